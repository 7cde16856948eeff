"""The Dataset record every part of the app passes around, and target encoding.

A dataset is plain arrays plus how it was made, e.g. for MNIST:
    x_train (50000, 784) float32 in [0, 1], y_train (50000,) int64 in 0..9,
    x_val   (10000, 784),                  y_val   (10000,),
    n_classes 10, image_shape (28, 28).
For a 2D dataset such as two moons: x_train (n, 2), n_classes 2, image_shape None.
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

    @property
    def n_inputs(self) -> int:
        return int(self.x_train.shape[1])

    def output_units(self) -> int:
        """Units of the natural output layer: 1 for two classes (sigmoid), else one per class."""
        return 1 if self.n_classes == 2 else self.n_classes


def encode_targets(labels: np.ndarray, output_units: int, dtype=np.float32) -> np.ndarray:
    """Class labels (n,) -> targets (n, output_units).

    One output unit: the label itself (0 or 1) as a column, for sigmoid outputs.
    Several: one-hot rows, e.g. label 3 of 10 -> [0,0,0,1,0,0,0,0,0,0].
    """
    labels = np.asarray(labels)
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
