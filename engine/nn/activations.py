"""Activation functions g(z) and their derivatives g'(z), as small lookup tables.

Every function works on a batch: `z` has shape (n, units), e.g. (10, 30) for a
batch of ten samples entering a 30-unit layer. Each writes its result into
`out` (same shape as `z`), so the trainer can reuse preallocated buffers.

    ACTIVATIONS[name](z, out)        -> out = g(z)
    DERIVATIVES[name](z, a, out)     -> out = g'(z)   (a = g(z), given for speed)

softmax has no elementwise derivative: its Jacobian is used only through the
loss (see losses.value_and_delta). step has none at all: its derivative is zero
wherever it exists, so no gradient can flow through it.
"""

from __future__ import annotations

import numpy as np

LEAKY_SLOPE = 0.01


def step(z, out):
    return np.greater(z, 0, out=out, casting="unsafe")


def sigmoid(z, out):
    # 1 / (1 + e^-z), computed as 0.5 * (1 + tanh(z / 2)): stable for any z, no overflow.
    np.multiply(z, 0.5, out=out)
    np.tanh(out, out=out)
    out += 1
    out *= 0.5
    return out


def tanh(z, out):
    return np.tanh(z, out=out)


def relu(z, out):
    return np.maximum(z, 0, out=out)


def leaky_relu(z, out):
    # z * slope goes to a temporary: `out` may be `z` itself (feedforward works in place)
    return np.maximum(z, z * LEAKY_SLOPE, out=out)


def linear(z, out):
    out[...] = z
    return out


def softmax(z, out):
    np.subtract(z, z.max(axis=1, keepdims=True), out=out)
    np.exp(out, out=out)
    out /= out.sum(axis=1, keepdims=True)
    return out


def d_sigmoid(z, a, out):
    np.subtract(1, a, out=out)
    out *= a
    return out


def d_tanh(z, a, out):
    np.multiply(a, a, out=out)
    np.subtract(1, out, out=out)
    return out


def d_relu(z, a, out):
    return np.greater(z, 0, out=out, casting="unsafe")


def d_leaky_relu(z, a, out):
    np.greater(z, 0, out=out, casting="unsafe")
    out *= 1 - LEAKY_SLOPE
    out += LEAKY_SLOPE
    return out


def d_linear(z, a, out):
    out.fill(1)
    return out


ACTIVATIONS = {
    "step": step,
    "sigmoid": sigmoid,
    "tanh": tanh,
    "relu": relu,
    "leaky_relu": leaky_relu,
    "linear": linear,
    "softmax": softmax,
}

DERIVATIVES = {
    "sigmoid": d_sigmoid,
    "tanh": d_tanh,
    "relu": d_relu,
    "leaky_relu": d_leaky_relu,
    "linear": d_linear,
}

STEP_REFUSAL = (
    "the step activation cannot be trained by backpropagation: its derivative is 0 "
    "everywhere (and undefined at 0), so no gradient flows through it. Use sigmoid, "
    "which is a smooth step, or another activation"
)


def check_name(name: str) -> str:
    """Return `name` if it is a known activation, else raise ValueError listing them."""
    if name not in ACTIVATIONS:
        known = ", ".join(ACTIVATIONS)
        raise ValueError(f"unknown activation {name!r}; known: {known}")
    return name
