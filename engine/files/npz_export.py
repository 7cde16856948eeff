"""Export a network's weights as plain NumPy arrays (.npz), for inspection in NumPy.

For sizes [784, 30, 10] the archive holds W1 (784, 30), b1 (30,), W2 (30, 10),
b2 (10,) and `architecture`, a 0-d text array with JSON such as
{"sizes": [784, 30, 10], "activations": ["sigmoid", "softmax"], "loss": "mse"}.
No pickle: read it with

    d = np.load("weights.npz", allow_pickle=False)
    arch = json.loads(str(d["architecture"]))
"""

from __future__ import annotations

import json

import numpy as np

import engine
from engine.files.atomic import atomic_write
from engine.nn.network import Network


def arrays(network: Network) -> dict[str, np.ndarray]:
    """{'W1': ..., 'b1': ..., ..., 'architecture': 0-d unicode array of JSON}."""
    out: dict[str, np.ndarray] = {}
    for l, (W, b) in enumerate(zip(network.weights, network.biases, strict=True), start=1):
        out[f"W{l}"] = np.ascontiguousarray(W)
        out[f"b{l}"] = np.ascontiguousarray(b)
    architecture = {
        "sizes": network.sizes,
        "activations": network.activations,
        "loss": network.loss,
        "dtype": network.dtype.name,
        "formula": "z = a_prev @ W + b, a = g(z), layer by layer",
        "app_version": engine.__version__,
    }
    out["architecture"] = np.array(json.dumps(architecture))
    return out


def export_npz(network: Network, path: str) -> None:
    """Write the weights and biases of `network` to `path` (.npz), atomically."""
    data = arrays(network)
    with atomic_write(path) as f:
        np.savez(f, **data)
