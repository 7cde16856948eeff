"""Extra input features for 2D data, as in TensorFlow Playground: x₁², x₂², x₁x₂, sin x₁, sin x₂.

A point (x₁, x₂) becomes one input per chosen feature, e.g. ["x1", "x2", "x1^2"] turns
the inputs X (n, 2) into (n, 3) with columns x₁, x₂, x₁². A circle is then a straight
line in the new inputs, so a network without hidden layers can separate circles.

    d2 = with_features(load_dataset("circles"), ["x1", "x2", "x1^2", "x2^2"])
    d2.n_inputs                  4
    d2.base                      the 2D dataset the inputs were made from (for drawing)
    expand(grid, d2.params["input_features"])    the same inputs for any other points

The choice is recorded in params["input_features"] and params["preprocessing"], so a model
file says how its inputs were made and `evaluate` makes them again.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from engine.data.dataset import Dataset

# name -> (label as shown on an input node, f(x1, x2))
FEATURES = {
    "x1": ("x₁", lambda x1, x2: x1),
    "x2": ("x₂", lambda x1, x2: x2),
    "x1^2": ("x₁²", lambda x1, x2: x1 * x1),
    "x2^2": ("x₂²", lambda x1, x2: x2 * x2),
    "x1*x2": ("x₁x₂", lambda x1, x2: x1 * x2),
    "sin(x1)": ("sin x₁", lambda x1, x2: np.sin(x1)),
    "sin(x2)": ("sin x₂", lambda x1, x2: np.sin(x2)),
}
PLAIN = ["x1", "x2"]


def check(names: list[str]) -> list[str]:
    """The names in FEATURES order; ValueError for an unknown name or an empty choice."""
    unknown = [n for n in names if n not in FEATURES]
    if unknown:
        raise ValueError(f"unknown input feature {unknown[0]!r}; known: {', '.join(FEATURES)}")
    if not names:
        raise ValueError("choose at least one input feature")
    return [n for n in FEATURES if n in names]


def labels(names: list[str]) -> list[str]:
    """How each input is written, e.g. ["x₁", "x₁²"]."""
    return [FEATURES[n][0] for n in names]


def expand(X: np.ndarray, names: list[str]) -> np.ndarray:
    """Inputs (n, len(names)) float32 from points X (n, 2)."""
    X = np.asarray(X, np.float32)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"input features are made from 2D points, not rows of {X.shape[-1]}")
    x1, x2 = X[:, 0], X[:, 1]
    return np.column_stack([FEATURES[n][1](x1, x2) for n in names]).astype(np.float32)


def with_features(dataset: Dataset, names: list[str]) -> Dataset:
    """`dataset` (2D points) with inputs made of the chosen features; `base` keeps the points."""
    base = dataset.base if dataset.base is not None else dataset
    if base.n_inputs != 2:
        raise ValueError(f"input features need 2D points; {base.name} has {base.n_inputs} inputs")
    names = check(names)
    if names == PLAIN:
        return base
    params = dict(base.params)
    params["input_features"] = names
    params["preprocessing"] = {
        "input": "2D points turned into input features",
        "features": names,
    }
    return replace(
        base,
        x_train=expand(base.x_train, names),
        x_val=None if base.x_val is None else expand(base.x_val, names),
        params=params,
        feature_names=labels(names),
        base=base,
    )


def inputs_for(dataset: Dataset, points: np.ndarray) -> np.ndarray:
    """The network inputs of `dataset` for 2D points (n, 2): the points themselves, or their
    features when the dataset uses extra input features (e.g. for a decision-boundary grid)."""
    names = dataset.params.get("input_features")
    return expand(points, names) if names else np.asarray(points, np.float32)
