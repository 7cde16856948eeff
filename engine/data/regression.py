"""Regression datasets, generated instantly from a seed: numbers to predict, not classes.

1D function fitting — x (n, 1) uniform in [-1, 1], y = f(x) (n, 1):

    sine    y = sin(π x)                       one full period
    abs     y = |x|                            a kink at 0
    step    y = 0 for x < 0, 1 for x ≥ 0       a jump: hard for smooth units
    bumps   y = Σ_k h_k · exp(−(x − c_k)² / (2 s²))   three bumps of different heights
    poly    y = 2x³ − x                        a cubic with two turns

2D surfaces — X (n, 2) uniform in [-1, 1]², y (n, 1), as in TensorFlow Playground:

    plane      y = (x₁ + x₂) / 2               a tilted plane
    gaussians  y = Σ_k s_k · exp(−‖x − c_k‖² / (2 σ²))   two hills and two hollows

`noise` is the standard deviation of gaussian noise added to every target, in the
target's units (the targets span about [-1, 1]). The validation targets are noisy too,
so a perfect fit's validation RMSE is about `noise`.
"""

from __future__ import annotations

import numpy as np

from engine.data.dataset import Dataset, check_generated

BUMPS = ((-0.6, 0.8), (0.0, -0.5), (0.55, 1.0))  # (centre c_k, height h_k)
BUMP_WIDTH = 0.15
HILLS = ((-0.5, -0.5, 1.0), (0.5, 0.5, 1.0), (-0.5, 0.5, -1.0), (0.5, -0.5, -1.0))
HILL_WIDTH = 0.3


def sine(x: np.ndarray) -> np.ndarray:
    return np.sin(np.pi * x)


def absolute(x: np.ndarray) -> np.ndarray:
    return np.abs(x)


def step(x: np.ndarray) -> np.ndarray:
    return (x >= 0).astype(x.dtype)


def bumps(x: np.ndarray) -> np.ndarray:
    return sum(h * np.exp(-((x - c) ** 2) / (2 * BUMP_WIDTH**2)) for c, h in BUMPS)


def poly(x: np.ndarray) -> np.ndarray:
    return 2 * x**3 - x


def plane(X: np.ndarray) -> np.ndarray:
    """X (n, 2) -> y (n,)."""
    return (X[:, 0] + X[:, 1]) / 2


def gaussians(X: np.ndarray) -> np.ndarray:
    """X (n, 2) -> y (n,)."""
    y = np.zeros(X.shape[0])
    for c1, c2, s in HILLS:
        d2 = (X[:, 0] - c1) ** 2 + (X[:, 1] - c2) ** 2
        y += s * np.exp(-d2 / (2 * HILL_WIDTH**2))
    return y


FUNCTIONS_1D = {"sine": sine, "abs": absolute, "step": step, "bumps": bumps, "poly": poly}
SURFACES_2D = {"plane": plane, "gaussians": gaussians}
GENERATORS = {**FUNCTIONS_1D, **SURFACES_2D}
FORMULAS = {
    "sine": "y = sin(πx)",
    "abs": "y = |x|",
    "step": "y = 1 if x ≥ 0 else 0",
    "bumps": "y = three gaussian bumps",
    "poly": "y = 2x³ − x",
    "plane": "y = (x₁ + x₂)/2",
    "gaussians": "y = two hills and two hollows",
}


def target(name: str, X: np.ndarray) -> np.ndarray:
    """The noiseless target f(X) (n,) of dataset `name` for inputs X (n, 1) or (n, 2)."""
    if name in FUNCTIONS_1D:
        return FUNCTIONS_1D[name](np.asarray(X, np.float64)[:, 0])
    return SURFACES_2D[name](np.asarray(X, np.float64))


def make(
    name: str,
    n: int = 200,
    noise: float = 0.0,
    seed: int = 0,
    val_fraction: float = 0.25,
) -> Dataset:
    """Dataset `name` with n samples in all, `val_fraction` of them held out for validation."""
    if name not in GENERATORS:
        raise ValueError(f"unknown regression dataset {name!r}; known: {', '.join(GENERATORS)}")
    n_train = check_generated(n, noise, val_fraction, seed)
    d = 1 if name in FUNCTIONS_1D else 2
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (n, d))
    y = target(name, X) + rng.normal(0, noise, n) if noise else target(name, X)
    X = X.astype(np.float32)
    y = y.astype(np.float32).reshape(-1, 1)
    return Dataset(
        name=name,
        x_train=X[:n_train],
        y_train=y[:n_train],
        x_val=X[n_train:],
        y_val=y[n_train:],
        n_classes=0,
        params={"n": n, "noise": noise, "seed": seed, "val_fraction": val_fraction},
        task="regression",
        feature_names=["x"] if d == 1 else ["x1", "x2"],
    )
