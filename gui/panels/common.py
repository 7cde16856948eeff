"""What every panel needs to know before drawing: which weights, which input, which sizes.

Panels draw the latest snapshot while training runs (the worker owns the network's
arrays then) and `state.network` otherwise. `Model` is the read-only view of either.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Model:
    sizes: list[int]
    activations: list[str]
    weights: list[np.ndarray]
    biases: list[np.ndarray]


def current_model(state, snapshot=None) -> Model | None:
    """The weights to draw: `snapshot` (or state.snapshot) while training, else state.network.

    A snapshot whose sizes differ from state.network (an old run) is ignored.
    """
    net = state.network
    snap = snapshot if snapshot is not None else (state.snapshot if state.training else None)
    if snap is not None and (net is None or list(snap.sizes) == list(net.sizes)):
        return Model(list(snap.sizes), list(snap.activations), snap.weights, snap.biases)
    if net is None:
        return None
    return Model(list(net.sizes), list(net.activations), net.weights, net.biases)


def current_input(state, n_inputs: int) -> tuple[np.ndarray | None, str]:
    """(x (n_inputs,), where it comes from) for the topology: the current sample if it fits,
    else the first validation (or training) example of the dataset, else (None, reason)."""
    sample = state.sample
    if sample is not None and np.asarray(sample.x).size == n_inputs:
        return np.asarray(sample.x, dtype=np.float32).ravel(), sample.source
    ds = state.dataset
    if ds is not None and ds.n_inputs == n_inputs:
        if ds.x_val is not None and len(ds.x_val):
            return np.asarray(ds.x_val[0], dtype=np.float32), "validation set #0 (no sample chosen)"
        if len(ds.x_train):
            return np.asarray(ds.x_train[0], dtype=np.float32), "training set #0 (no sample chosen)"
    return None, "no sample"


def image_shape_of(state, n_inputs: int) -> tuple[int, int] | None:
    """The dataset's image shape if the inputs are the pixels of that image, else None."""
    ds = state.dataset
    shape = getattr(ds, "image_shape", None) if ds is not None else None
    if shape is None and n_inputs == 784:
        shape = (28, 28)  # an MNIST-shaped network loaded without its dataset
    if shape is not None and shape[0] * shape[1] == n_inputs:
        return tuple(shape)
    return None


def layer_name(l: int, L: int) -> str:
    """'input', 'hidden 1', ..., 'output' for layer l of a network with L weight layers."""
    if l == 0:
        return "input"
    if l == L:
        return "output"
    return f"hidden {l}"
