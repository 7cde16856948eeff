"""Gradient check: backpropagation against central differences, in float64.

For each weight or bias θ, the numerical derivative of the objective
J = mean loss + penalty(l1, l2) is

    ∂J/∂θ ≈ (J(θ + ε) − J(θ − ε)) / 2ε

(error O(ε²)). The check compares it with what `Network.backward` gives and
reports, for each parameter array, the largest relative error over its entries

    |analytic − numeric| / max(|analytic| + |numeric|, floor)

where `floor` (1e-6) keeps entries whose gradient is nearly zero (a dead relu
unit, a weight far from the loss) from dividing rounding noise by zero: those
are held to an absolute error of floor × tolerance instead. For example
{"W1": 3e-10, "b1": 1e-10, "W2": 2e-10, "b2": 9e-11} for sizes [3, 4, 2].
Errors below ~1e-6 mean backprop is right. The work is one pair of forward
passes per parameter entry, so use it on small networks (tens of weights).
"""

from __future__ import annotations

import numpy as np

from engine.nn.network import Network


def as_float64(network: Network) -> Network:
    """A float64 copy of `network` (the check needs the precision)."""
    return Network(
        network.sizes,
        network.activations,
        network.loss,
        [W.astype(np.float64) for W in network.weights],
        [b.astype(np.float64) for b in network.biases],
    )


def objective(network: Network, X: np.ndarray, Y: np.ndarray, l1: float, l2: float) -> float:
    """J = mean data loss over (X, Y) + l1·Σ|W| + ½·l2·Σ W²."""
    return network.loss_of(network.forward(X), Y) + network.penalty(l1, l2)


def gradcheck(
    network: Network,
    X: np.ndarray,
    Y: np.ndarray,
    l1: float = 0.0,
    l2: float = 0.0,
    eps: float = 1e-5,
    floor: float = 1e-6,
) -> dict[str, float]:
    """Max relative error between backprop and central differences, per parameter.

    X (n, sizes[0]) inputs, Y (n, sizes[-1]) targets. Keys are "W1", "b1", "W2", ...
    (1-based layers). The network itself is not changed: the check runs on a copy.
    Raises ValueError for a network backprop cannot train (e.g. a step activation).
    """
    net = as_float64(network)
    net.check_trainable()
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    analytic = [g.copy() for g in net.backward(net.forward(X), Y, l1=l1, l2=l2).gradients()]
    names = [f"{kind}{l + 1}" for l in range(len(net.weights)) for kind in ("W", "b")]
    errors = {}
    for name, theta, grad in zip(names, net.params, analytic, strict=True):
        numeric = np.empty_like(theta)
        flat, out = theta.reshape(-1), numeric.reshape(-1)
        for i in range(flat.size):
            keep = flat[i]
            flat[i] = keep + eps
            up = objective(net, X, Y, l1, l2)
            flat[i] = keep - eps
            down = objective(net, X, Y, l1, l2)
            flat[i] = keep
            out[i] = (up - down) / (2 * eps)
        scale = np.maximum(np.abs(grad) + np.abs(numeric), floor)
        errors[name] = float(np.max(np.abs(grad - numeric) / scale))
    return errors
