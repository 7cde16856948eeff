"""Extra input features for 2D data: values, order, the kept points, refusals."""

from __future__ import annotations

import numpy as np
import pytest

from engine.data import features
from engine.data.catalog import load_dataset


def test_expand_values_in_the_chosen_order():
    X = np.array([[0.5, -2.0]], np.float32)
    out = features.expand(X, ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"])
    expected = [0.5, -2.0, 0.25, 4.0, -1.0, np.sin(0.5), np.sin(-2.0)]
    assert np.allclose(out[0], expected, atol=1e-6)


def test_with_features_keeps_points_labels_and_records_the_choice():
    d = load_dataset("circles", n=40, noise=0.0, seed=1)
    e = features.with_features(d, ["x2^2", "x1^2"])  # given in any order
    assert e.params["input_features"] == ["x1^2", "x2^2"] and e.n_inputs == 2
    assert e.feature_names == ["x₁²", "x₂²"] and e.points is d
    assert np.allclose(e.x_train, d.x_train**2)
    assert np.array_equal(e.y_train, d.y_train)
    grid = np.array([[0.1, 0.2]])
    assert np.allclose(features.inputs_for(e, grid), [[0.01, 0.04]])
    assert features.with_features(e, ["x1", "x2"]) is d  # back to the plain points
    assert features.inputs_for(d, grid).shape == (1, 2)


def test_refusals():
    d = load_dataset("moons", n=20)
    with pytest.raises(ValueError, match="unknown input feature 'x3'"):
        features.with_features(d, ["x3"])
    with pytest.raises(ValueError, match="at least one"):
        features.with_features(d, [])
    with pytest.raises(ValueError, match="need 2D points"):
        features.with_features(load_dataset("sine", n=20), ["x1"])
