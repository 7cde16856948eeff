"""Augmentation: seeded, shape-keeping, each transformation does what it says."""

from __future__ import annotations

import numpy as np
import pytest

from engine.data import augment
from engine.data.augment import augment_batch
from engine.data.dataset import Dataset
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer

OFF = dict(shift=0, rotate=0, scale=0, shear=0, elastic=0, thickness=0)


def digits(n=16, seed=0) -> np.ndarray:
    """n synthetic 28×28 'digits': a bar and a ring at random places, as rows (n, 784)."""
    rng = np.random.default_rng(seed)
    rr, cc = np.mgrid[0:28, 0:28]
    X = np.zeros((n, 28, 28), np.float32)
    for i in range(n):
        r, c = rng.uniform(10, 18, 2)
        ring = np.abs(np.hypot(rr - r, cc - c) - 5) < 1.2
        X[i][ring] = 1
        X[i, 6:22, int(c) + 6] = 0.8
    return X.reshape(n, 784)


def com(X: np.ndarray) -> np.ndarray:
    I = X.reshape(-1, 28, 28)
    m = I.sum((1, 2))
    return np.stack(
        [(I.sum(2) * np.arange(28)).sum(1) / m, (I.sum(1) * np.arange(28)).sum(1) / m], 1
    )


def test_shape_range_and_seeding():
    X = digits()
    a = augment_batch(X, np.random.default_rng(5))
    b = augment_batch(X, np.random.default_rng(5))
    c = augment_batch(X, np.random.default_rng(6))
    assert a.shape == X.shape and a.dtype == np.float32
    assert a.min() >= 0 and a.max() <= 1
    np.testing.assert_array_equal(a, b)
    assert np.abs(a - c).max() > 0.1
    assert np.abs(a - X).mean() > 0.01  # it did change the images
    np.testing.assert_array_equal(X, digits())  # the input is left alone


def test_everything_off_is_the_identity():
    X = digits()
    np.testing.assert_allclose(augment_batch(X, np.random.default_rng(0), **OFF), X, atol=1e-6)


def test_shift_moves_the_centre_of_mass_within_the_range():
    X = digits()
    Y = augment_batch(X, np.random.default_rng(1), **{**OFF, "shift": 2.0})
    d = com(Y) - com(X)
    assert np.abs(d).max() <= 2.0 + 0.05
    assert np.abs(d).max() > 0.5
    np.testing.assert_allclose(Y.sum(1), X.sum(1), rtol=0.02)  # ink moved, not lost


def test_rotation_keeps_mass_and_changes_the_image():
    X = digits()
    Y = augment_batch(X, np.random.default_rng(2), **{**OFF, "rotate": 15})
    np.testing.assert_allclose(Y.sum(1), X.sum(1), rtol=0.05)
    np.testing.assert_allclose(com(Y), com(X), atol=1.5)  # about the middle of the image
    assert np.abs(Y - X).max() > 0.3


def test_thickness_thickens_and_thins():
    X = digits(64)
    Y = augment_batch(X, np.random.default_rng(3), **{**OFF, "thickness": 1.0})
    ratio = Y.sum(1) / X.sum(1)
    assert ratio.max() > 1.3  # dilated
    assert ratio.min() < 0.85  # eroded
    assert (Y >= 0).all()


def test_elastic_is_a_smooth_local_warp():
    X = digits()
    Y = augment_batch(X, np.random.default_rng(4), **{**OFF, "elastic": 1.0})
    np.testing.assert_allclose(Y.sum(1), X.sum(1), rtol=0.25)  # local stretch
    assert np.abs(Y - X).mean() > 0.005
    U = augment._upsample_matrix(4)
    assert U.shape == (16, 784)
    np.testing.assert_allclose(U.sum(0), 1.0, rtol=1e-5)  # a partition of unity


def test_bad_arguments_are_named():
    with pytest.raises(ValueError, match="rotation"):
        augment_batch(digits(), np.random.default_rng(0), rotation=5)
    with pytest.raises(ValueError, match=r"\(n, 784\)"):
        augment_batch(np.zeros((3, 10), np.float32), np.random.default_rng(0))
    assert augment_batch(np.zeros((0, 784), np.float32), np.random.default_rng(0)).shape == (0, 784)


def test_trainer_uses_it_when_augment_is_on():
    X = digits(40)
    y = np.arange(40) % 10
    seen = []

    def spy(batch, rng):
        out = augment.transform()(batch, rng)
        seen.append(out)
        return out

    net = Network.create([784, 16, 10], "relu")
    ds = Dataset("d", X, y, None, None, 10, (28, 28))
    Trainer(net, ds, TrainConfig(batch_size=10, epochs=1, augment=True), transform=spy).fit()
    assert len(seen) == 4
    assert not any(np.isin(b, X).all() for b in seen)
