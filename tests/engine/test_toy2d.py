"""The 2D datasets: shapes, labels, seeds, parameters, and that each is learnable-shaped."""

from __future__ import annotations

import numpy as np
import pytest

from engine.data import toy2d
from engine.data.catalog import DATASETS, load_dataset

NAMES = list(toy2d.GENERATORS)


@pytest.mark.parametrize("name", NAMES)
def test_shape_dtype_split_and_labels(name):
    d = toy2d.make(name, n=200, noise=0.1, seed=3, val_fraction=0.25)
    assert d.name == name and d.image_shape is None
    assert d.x_train.shape == (150, 2) and d.x_val.shape == (50, 2)
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.int64
    y = np.concatenate([d.y_train, d.y_val])
    assert set(np.unique(y)) == set(range(d.n_classes))
    counts = np.bincount(y, minlength=d.n_classes)
    assert counts.max() - counts.min() <= max(2, 0.3 * counts.mean())  # roughly balanced
    X = np.concatenate([d.x_train, d.x_val])
    assert np.all(np.isfinite(X)) and np.abs(X).max() < 2
    assert d.params == {
        "n": 200,
        "noise": 0.1,
        "seed": 3,
        "val_fraction": 0.25,
        "classes": d.n_classes,
    }


@pytest.mark.parametrize("name", NAMES)
def test_same_seed_same_data_other_seed_other_data(name):
    a = toy2d.make(name, n=100, seed=7)
    b = toy2d.make(name, n=100, seed=7)
    c = toy2d.make(name, n=100, seed=8)
    np.testing.assert_array_equal(a.x_train, b.x_train)
    np.testing.assert_array_equal(a.y_val, b.y_val)
    assert not np.allclose(a.x_train, c.x_train)


@pytest.mark.parametrize("name", NAMES)
def test_noise_spreads_points(name):
    """More noise moves points further from the noiseless shape (same seed)."""
    calm, some, more = (
        toy2d.make(name, n=400, noise=noise, seed=1, val_fraction=0).x_train
        for noise in (0.0, 0.1, 0.3)
    )
    assert np.std(more - calm) > 2.5 * np.std(some - calm) > 0.02


def class_centres(d):
    return np.array([d.x_train[d.y_train == k].mean(axis=0) for k in range(d.n_classes)])


def test_default_noise_keeps_spiral_arms_apart():
    """At the app's usual noise (0.15) a point stays nearer its own arm than the next one."""
    d = toy2d.make("spiral", n=2000, noise=0.15, seed=0, val_fraction=0)
    r = np.hypot(*d.x_train.T)
    angle = np.arctan2(d.x_train[:, 1], d.x_train[:, 0])
    # the radius at which arm k passes this angle, nearest to the point's own radius
    gap = 1 / (toy2d.SPIRAL_TURNS * 2)
    phase = (angle / (2 * np.pi) - d.y_train / 2) / toy2d.SPIRAL_TURNS
    offset = (r - phase) / (2 * gap)  # in units of a full turn of the same arm
    misses = np.abs(offset - np.round(offset)) * 2 * gap
    inner = r > 0.25  # near the centre the arms meet anyway
    assert np.mean(misses[inner] < gap / 2) > 0.97


def test_each_generator_has_its_geometry():
    xor = toy2d.make("xor", n=400, noise=0, seed=0, val_fraction=0)
    np.testing.assert_array_equal(xor.y_train, xor.x_train[:, 0] * xor.x_train[:, 1] < 0)
    circles = toy2d.make("circles", n=400, noise=0, seed=0, val_fraction=0)
    radius = np.hypot(*circles.x_train.T)
    assert radius[circles.y_train == 1].max() < radius[circles.y_train == 0].min()
    moons = toy2d.make("moons", n=400, noise=0, seed=0, val_fraction=0)
    upper = moons.x_train[moons.y_train == 0]
    assert upper[:, 1].mean() > moons.x_train[moons.y_train == 1][:, 1].mean()
    blobs = toy2d.make("blobs", n=300, noise=0, seed=0, classes=4, val_fraction=0)
    centres = class_centres(blobs)
    gaps = np.linalg.norm(centres[:, None] - centres[None], axis=-1)[~np.eye(4, dtype=bool)]
    assert gaps.min() > 0.5


@pytest.mark.parametrize("arms", [2, 3, 5])
def test_spiral_arms_wind_around_the_origin(arms):
    d = toy2d.make("spiral", n=300 * arms, noise=0, seed=0, classes=arms, val_fraction=0)
    assert d.n_classes == arms and set(np.unique(d.y_train)) == set(range(arms))
    for k in range(arms):
        angle = np.unwrap(
            np.arctan2(
                *d.x_train[d.y_train == k][np.argsort(np.hypot(*d.x_train[d.y_train == k].T))].T[
                    ::-1
                ]
            )
        )
        assert abs(angle[-1] - angle[0]) > 2 * np.pi  # more than a full turn


def test_bad_parameters_say_what_is_wrong():
    with pytest.raises(ValueError, match="unknown 2D dataset 'rings'"):
        toy2d.make("rings")
    with pytest.raises(ValueError, match="between 4 and 1,000,000, not 2"):
        toy2d.make("xor", n=2)
    with pytest.raises(ValueError, match="whole number, not 10.5"):
        toy2d.make("xor", n=10.5)
    with pytest.raises(ValueError, match="noise must be between 0 and 1"):
        toy2d.make("xor", noise=-0.1)
    with pytest.raises(ValueError, match=r"validation fraction must be in \[0, 1\)"):
        toy2d.make("xor", val_fraction=1)
    with pytest.raises(ValueError, match="leave 1 to train on"):
        toy2d.make("xor", n=4, val_fraction=0.8)
    with pytest.raises(ValueError, match="moons has exactly 2 classes"):
        toy2d.make("moons", classes=3)
    with pytest.raises(ValueError, match="2 to 10 classes, not 11"):
        toy2d.make("spiral", classes=11)
    with pytest.raises(ValueError, match="seed must be a whole number"):
        toy2d.make("xor", seed=-1)


def test_load_dataset_reaches_every_generator():
    assert set(NAMES) <= set(DATASETS) and "mnist" in DATASETS
    for name in NAMES:
        d = load_dataset(name, n=40, seed=2)
        np.testing.assert_array_equal(d.x_train, toy2d.make(name, n=40, seed=2).x_train)
    with pytest.raises(ValueError, match="unknown dataset 'cifar'"):
        load_dataset("cifar")
