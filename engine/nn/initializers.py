"""Weight initializers: INITIALIZERS[name](fan_in, fan_out, rng, dtype) -> W.

W has shape (fan_in, fan_out), e.g. (784, 30) for the first layer of a 784-30-10
network, so a layer computes z = a_prev @ W + b. Biases start at zero, except
with `gaussian`, which draws them from N(0, 1) as Nielsen's network.py does.

    gaussian        N(0, 1)                      Nielsen's network.py
    uniform         U(−0.05, 0.05)               Keras' RandomUniform default
    glorot_normal   N(0, 2/(fan_in+fan_out))     Glorot & Bengio 2010 (truncation omitted)
    glorot_uniform  U(±√(6/(fan_in+fan_out)))    for sigmoid / tanh layers
    he_normal       N(0, 2/fan_in)               He et al. 2015, for relu layers
    he_uniform      U(±√(6/fan_in))
    sparse          15 non-zero N(0,1) weights into each unit (Martens 2010)
    zeros           all zero: every hidden unit stays identical — the symmetry problem
"""

from __future__ import annotations

import numpy as np

SPARSE_CONNECTIONS = 15


def gaussian(fan_in, fan_out, rng, dtype):
    return rng.standard_normal((fan_in, fan_out)).astype(dtype)


def uniform(fan_in, fan_out, rng, dtype):
    return rng.uniform(-0.05, 0.05, (fan_in, fan_out)).astype(dtype)


def glorot_normal(fan_in, fan_out, rng, dtype):
    std = np.sqrt(2.0 / (fan_in + fan_out))
    return (rng.standard_normal((fan_in, fan_out)) * std).astype(dtype)


def glorot_uniform(fan_in, fan_out, rng, dtype):
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, (fan_in, fan_out)).astype(dtype)


def he_normal(fan_in, fan_out, rng, dtype):
    std = np.sqrt(2.0 / fan_in)
    return (rng.standard_normal((fan_in, fan_out)) * std).astype(dtype)


def he_uniform(fan_in, fan_out, rng, dtype):
    limit = np.sqrt(6.0 / fan_in)
    return rng.uniform(-limit, limit, (fan_in, fan_out)).astype(dtype)


def sparse(fan_in, fan_out, rng, dtype):
    W = np.zeros((fan_in, fan_out), dtype=dtype)
    k = min(SPARSE_CONNECTIONS, fan_in)
    for j in range(fan_out):
        rows = rng.choice(fan_in, size=k, replace=False)
        W[rows, j] = rng.standard_normal(k)
    return W


def zeros(fan_in, fan_out, rng, dtype):
    return np.zeros((fan_in, fan_out), dtype=dtype)


INITIALIZERS = {
    "gaussian": gaussian,
    "uniform": uniform,
    "glorot_normal": glorot_normal,
    "glorot_uniform": glorot_uniform,
    "he_normal": he_normal,
    "he_uniform": he_uniform,
    "sparse": sparse,
    "zeros": zeros,
}


def initial_bias(init: str, fan_out: int, rng, dtype) -> np.ndarray:
    """Bias vector (fan_out,) that goes with the weight initializer `init`."""
    if init == "gaussian":
        return rng.standard_normal(fan_out).astype(dtype)
    return np.zeros(fan_out, dtype=dtype)
