"""The Dataset record every part of the app passes around, and target encoding.

A dataset is plain arrays plus how it was made, e.g. for MNIST:
    x_train (50000, 784) float32 in [0, 1], y_train (50000,) int64 in 0..9,
    x_val   (10000, 784),                  y_val   (10000,),
    n_classes 10, image_shape (28, 28).
For a 2D dataset such as two moons: x_train (n, 2), n_classes 2, image_shape None.
For regression (task "regression") the targets are numbers, not classes:
    x_train (n, d) float32, y_train (n, k) float32 (k target columns, usually 1), n_classes 0.
A table read from a CSV file also names its columns (feature_names, class_names) and keeps
in params["preprocessing"] what was done to the raw values (e.g. standardisation), so new
rows can be prepared the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Dataset:
    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray | None = None
    y_val: np.ndarray | None = None
    n_classes: int = 2
    image_shape: tuple[int, int] | None = None
    params: dict = field(default_factory=dict)  # how it was made: seed, noise, size, source
    class_names: list[str] | None = None
    task: str = "classification"  # or "regression"
    feature_names: list[str] | None = None  # one name per input column, e.g. ["x1", "x2"]
    base: Dataset | None = None  # the 2D points these inputs were made from (engine.data.features)

    @property
    def n_inputs(self) -> int:
        return int(self.x_train.shape[1])

    @property
    def points(self) -> Dataset:
        """The dataset of the raw points: `base` when the inputs are made features, else self."""
        return self.base if self.base is not None else self

    @property
    def is_regression(self) -> bool:
        return self.task == "regression"

    @property
    def preprocessing(self) -> dict | None:
        """What was done to the raw values (params["preprocessing"]), or None."""
        return self.params.get("preprocessing")

    def output_units(self) -> int:
        """Units of the natural output layer: one per target column for regression;
        1 for two classes (sigmoid), else one per class."""
        if self.is_regression:
            return 1 if self.y_train.ndim == 1 else int(self.y_train.shape[1])
        return 1 if self.n_classes == 2 else self.n_classes

    def fits_outputs(self, units: int) -> bool:
        """Whether an output layer of `units` units can learn these targets."""
        if self.is_regression:
            return units == self.output_units()
        return units == self.n_classes or (units == 1 and self.n_classes == 2)


def encode_targets(labels: np.ndarray, output_units: int, dtype=np.float32) -> np.ndarray:
    """Class labels (n,) -> targets (n, output_units).

    One output unit: the label itself (0 or 1) as a column, for sigmoid outputs.
    Several: one-hot rows, e.g. label 3 of 10 -> [0,0,0,1,0,0,0,0,0,0].
    Regression targets, already (n, k) numbers, are returned as they are (in `dtype`).
    """
    labels = np.asarray(labels)
    if labels.ndim == 2:
        if labels.shape[1] != output_units:
            raise ValueError(
                f"the targets have {labels.shape[1]} columns, but the output layer has "
                f"{output_units} units: give it one unit per target column"
            )
        return np.ascontiguousarray(labels, dtype=dtype)
    if output_units == 1:
        return labels.astype(dtype).reshape(-1, 1)
    if labels.size and (labels.min() < 0 or labels.max() >= output_units):
        raise ValueError(
            f"labels run from {labels.min()} to {labels.max()}, but the output layer has "
            f"{output_units} units: give it one unit per class"
        )
    Y = np.zeros((labels.shape[0], output_units), dtype=dtype)
    Y[np.arange(labels.shape[0]), labels.astype(np.int64)] = 1
    return Y


def check_generated(n, noise, val_fraction, seed) -> int:
    """Check the settings every generated dataset shares (n points in all, noise in
    [0, 1], the share held out for validation, the random seed); returns the number of
    training points, n − round(n · val_fraction). ValueError says what is wrong."""
    if isinstance(n, bool) or not isinstance(n, int | np.integer):
        raise ValueError(f"number of points must be a whole number, not {n!r}")
    if not 4 <= n <= 1_000_000:
        raise ValueError(f"number of points must be between 4 and 1,000,000, not {n}")
    if not 0 <= noise <= 1:
        raise ValueError(f"noise must be between 0 and 1, not {noise}")
    if not 0 <= val_fraction < 1:
        raise ValueError(f"validation fraction must be in [0, 1), not {val_fraction}")
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise ValueError(f"seed must be a whole number >= 0, not {seed!r}")
    n_train = n - int(round(n * val_fraction))
    if n_train < 2:
        raise ValueError(
            f"{n} points with a validation fraction of {val_fraction} leave {n_train} to train on; "
            "use more points or a smaller fraction"
        )
    return n_train
