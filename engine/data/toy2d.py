"""Two-dimensional datasets, generated instantly from a seed: the app's default workspace.

Each generator returns points X (n, 2) roughly within [-1, 1]² and integer labels y (n,).
`noise` (0..1) is the standard deviation of gaussian jitter added to every point, in
units of the plane, except for the spiral, whose arms are closer together: there it is
a fraction of the gap between neighbouring arms, so that the same noise looks alike.

    xor      four clusters; the label is whether x and y have different signs
    circles  an inner disc (class 1) inside a ring (class 0)
    moons    two interleaving half circles
    spiral   k arms winding around the origin, one class per arm
    blobs    k gaussian clusters, one class each
"""

from __future__ import annotations

import numpy as np

from engine.data.dataset import Dataset, check_generated


def xor(n, noise, rng, classes=2):
    X = rng.uniform(-1, 1, (n, 2))
    X += np.sign(X) * 0.05  # keep points off the axes, where the label flips
    y = (X[:, 0] * X[:, 1] < 0).astype(np.int64)
    X += rng.normal(0, noise, X.shape)
    return X, y


def circles(n, noise, rng, classes=2):
    y = (np.arange(n) % 2).astype(np.int64)
    radius = np.where(y == 1, rng.uniform(0, 0.45, n), rng.uniform(0.65, 1.0, n))
    angle = rng.uniform(0, 2 * np.pi, n)
    X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    X += rng.normal(0, noise, X.shape)
    return X, y


def moons(n, noise, rng, classes=2):
    y = (np.arange(n) % 2).astype(np.int64)
    t = rng.uniform(0, np.pi, n)
    X = np.where(
        y[:, None] == 0,
        np.column_stack([np.cos(t), np.sin(t)]),
        np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)]),
    )
    X = (X - [0.5, 0.25]) / 1.25  # centre the pair in [-1, 1]²
    X += rng.normal(0, noise, X.shape)
    return X, y


SPIRAL_TURNS = 1.75


def spiral(n, noise, rng, classes=2):
    """Arms k = 0..classes-1 at angle 2π·(turns·r + k/classes); neighbouring arms lie
    1 / (turns·classes) apart in radius (0.29 for 2 arms), and the noise is measured in
    that gap: noise 0.15 blurs each arm by 15 % of the gap, noise 1 merges them."""
    y = (np.arange(n) % classes).astype(np.int64)
    r = rng.uniform(0.05, 1.0, n)
    angle = r * SPIRAL_TURNS * 2 * np.pi + y * (2 * np.pi / classes)
    X = np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    gap = 1 / (SPIRAL_TURNS * classes)
    X += rng.normal(0, noise * gap, X.shape)
    return X, y


def blobs(n, noise, rng, classes=3):
    y = (np.arange(n) % classes).astype(np.int64)
    centres_angle = 2 * np.pi * np.arange(classes) / classes + np.pi / 2
    centres = 0.6 * np.column_stack([np.cos(centres_angle), np.sin(centres_angle)])
    X = centres[y] + rng.normal(0, 0.15 + noise, (n, 2))
    return X, y


GENERATORS = {"xor": xor, "circles": circles, "moons": moons, "spiral": spiral, "blobs": blobs}
DEFAULT_CLASSES = {"xor": 2, "circles": 2, "moons": 2, "spiral": 2, "blobs": 3}


def make(
    name: str,
    n: int = 400,
    noise: float = 0.1,
    seed: int = 0,
    val_fraction: float = 0.25,
    classes: int | None = None,
) -> Dataset:
    """Dataset `name` with n points in all, `val_fraction` of them held out for validation."""
    if name not in GENERATORS:
        raise ValueError(f"unknown 2D dataset {name!r}; known: {', '.join(GENERATORS)}")
    n_train = check_generated(n, noise, val_fraction, seed)
    classes = DEFAULT_CLASSES[name] if classes is None else int(classes)
    if name in ("xor", "circles", "moons") and classes != 2:
        raise ValueError(f"{name} has exactly 2 classes")
    if not 2 <= classes <= 10:
        raise ValueError(f"{name} can have 2 to 10 classes, not {classes}")
    rng = np.random.default_rng(seed)
    X, y = GENERATORS[name](n, noise, rng, classes)
    order = rng.permutation(n)
    X, y = X[order].astype(np.float32), y[order]
    return Dataset(
        name=name,
        x_train=X[:n_train],
        y_train=y[:n_train],
        x_val=X[n_train:],
        y_val=y[n_train:],
        n_classes=classes,
        params={
            "n": n,
            "noise": noise,
            "seed": seed,
            "val_fraction": val_fraction,
            "classes": classes,
        },
    )
