"""Regression datasets and metrics: shapes, seeds, the functions themselves, RMSE/MAE/R²."""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine.data import regression
from engine.data.catalog import DATASETS, load_dataset
from engine.data.dataset import encode_targets
from engine.nn import metrics


@pytest.mark.parametrize("name", list(regression.GENERATORS))
def test_shapes_seed_and_noise(name):
    d = load_dataset(name, n=100, noise=0.0, seed=4, val_fraction=0.2)
    dims = 1 if name in regression.FUNCTIONS_1D else 2
    assert d.task == "regression" and d.n_classes == 0 and d.output_units() == 1
    assert d.x_train.shape == (80, dims) and d.y_train.shape == (80, 1)
    assert d.x_val.shape == (20, dims) and d.y_val.dtype == np.float32
    assert np.allclose(d.y_train[:, 0], regression.target(name, d.x_train), atol=1e-6)
    again = load_dataset(name, n=100, noise=0.0, seed=4, val_fraction=0.2)
    assert np.array_equal(d.x_train, again.x_train)
    noisy = load_dataset(name, n=2000, noise=0.1, seed=4)
    residual = noisy.y_train[:, 0] - regression.target(name, noisy.x_train)
    assert 0.08 < residual.std() < 0.12
    assert name in DATASETS


def test_the_functions():
    x = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
    assert np.allclose(regression.sine(x), [0, -1, 0, 1, 0], atol=1e-12)
    assert np.allclose(regression.absolute(x), [1, 0.5, 0, 0.5, 1])
    assert np.allclose(regression.step(x), [0, 0, 1, 1, 1])
    assert np.allclose(regression.poly(x), [-1, 0.25, 0, -0.25, 1])
    assert regression.bumps(np.array([0.55]))[0] == pytest.approx(1.0, abs=1e-3)
    X = np.array([[1.0, 1.0], [-1.0, 0.0], [0.5, 0.5], [-0.5, 0.5]])
    assert np.allclose(regression.plane(X), [1, -0.5, 0.5, 0])
    g = regression.gaussians(X)
    assert g[2] == pytest.approx(1.0, abs=0.05) and g[3] == pytest.approx(-1.0, abs=0.05)


def test_bad_settings_are_refused():
    for kwargs, text in [
        ({"n": 2}, "between 4"),
        ({"noise": 2.0}, "noise"),
        ({"val_fraction": 1.0}, "validation"),
        ({"seed": -1}, "seed"),
    ]:
        with pytest.raises(ValueError, match=text):
            regression.make("sine", **kwargs)


def test_targets_pass_through_encode_targets():
    y = np.array([[0.5], [-1.25]], np.float32)
    assert np.array_equal(encode_targets(y, 1), y)
    with pytest.raises(ValueError, match="one unit per target column"):
        encode_targets(y, 3)


def test_metrics_by_hand():
    y = np.array([[1.0], [2.0], [3.0], [4.0]])
    a = np.array([[1.0], [2.0], [3.0], [6.0]])
    assert metrics.rmse(a, y) == pytest.approx(1.0)  # √(4/4)
    assert metrics.mae(a, y) == pytest.approx(0.5)
    assert metrics.r2(a, y) == pytest.approx(1 - 4 / 5)  # Σ(y−ȳ)² = 5
    assert metrics.r2(y, y) == 1.0
    assert math.isnan(metrics.r2(y, np.ones_like(y)))
    assert math.isnan(metrics.rmse(a[:0], y[:0]))
