"""Loss functions L(a, y) averaged over a batch, and the output-layer error δ = ∂L/∂z.

Shapes: `z`, `a` and `y` are (n, units), e.g. (10, 10) for ten MNIST samples
with one-hot targets. The loss is the *mean* over the n samples, so every δ
here already carries the factor 1/n and `dW = a_prevᵀ·δ` is the mean gradient.

    mse            L = (1/n) Σ ½‖a − y‖²        (the quadratic cost of Nielsen's book)
    cross_entropy  with softmax output: L = −(1/n) Σ Σ_j y_j log a_j, and δ = (a − y)/n
                   with sigmoid output: binary cross-entropy per unit,  δ = (a − y)/n

The softmax and sigmoid pairs are fused: δ skips the Jacobian, and the loss
never takes log(0). Softmax's loss is −Σ y·log a while every probability is
above 0, and comes from z with the log-sum-exp trick once one has underflowed;
sigmoid's always comes from z.
"""

from __future__ import annotations

import numpy as np

from engine.nn.activations import DERIVATIVES, STEP_REFUSAL

LOSSES = ("mse", "cross_entropy")


def check(loss: str, output_activation: str, output_units: int) -> None:
    """Raise ValueError, with the reason in plain words, if the pair cannot be trained."""
    if loss not in LOSSES:
        raise ValueError(f"unknown loss {loss!r}; known: {', '.join(LOSSES)}")
    if output_activation == "softmax" and output_units < 2:
        raise ValueError(
            "softmax over a single output unit always outputs 1; use sigmoid for one "
            "output unit, or give the output layer one unit per class"
        )
    if loss == "cross_entropy" and output_activation not in ("softmax", "sigmoid"):
        raise ValueError(
            f"cross_entropy needs outputs that are probabilities (softmax or sigmoid), "
            f"not {output_activation}; use mse for a {output_activation} output"
        )
    if output_activation == "step":
        raise ValueError(STEP_REFUSAL)


def value(loss: str, output_activation: str, z: np.ndarray, a: np.ndarray, y: np.ndarray) -> float:
    """Mean loss over the batch (a Python float)."""
    n = z.shape[0]
    if loss == "mse":
        diff = (a - y).reshape(-1)
        return 0.5 * float(np.dot(diff, diff)) / n
    if output_activation == "softmax":
        if a.min() > 0:  # no probability underflowed to 0 (and none is NaN): −Σ y·log a
            return float(-np.einsum("ij,ij->", y, np.log(a)) / n)
        # otherwise from z with the log-sum-exp trick, finite for any z
        m = z.max(axis=1, keepdims=True)
        log_sum = np.log(np.exp(z - m).sum(axis=1, keepdims=True)) + m
        return float(np.einsum("ij,ij->", y, log_sum - z) / n)
    # sigmoid + binary cross-entropy, stable form: max(z,0) − z·y + log(1 + e^−|z|)
    per_unit = np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
    return float(per_unit.sum() / n)


def value_and_delta(
    loss: str,
    output_activation: str,
    z: np.ndarray,
    a: np.ndarray,
    y: np.ndarray,
    out: np.ndarray,
    scratch: np.ndarray,
) -> float:
    """Mean loss over the batch, with δ = ∂L/∂z (n, units) written into `out` on the way.

    One pass for training: a − y is computed once and serves both. `scratch` is a
    buffer shaped like z (it receives g'(z) for mse). Same loss as `value`.
    """
    n = z.shape[0]
    np.subtract(a, y, out=out)  # ∂L/∂a for mse; already n·∂L/∂z for the fused pairs
    if loss == "mse":
        flat = out.reshape(-1)
        total = 0.5 * float(np.dot(flat, flat)) / n
        if output_activation == "softmax":
            # Jacobian-vector product of softmax: a ⊙ (e − (e·a))
            dot = np.einsum("ij,ij->i", out, a)[:, None]
            out -= dot
            out *= a
        elif output_activation != "linear":
            out *= DERIVATIVES[output_activation](z, a, scratch)
    else:
        total = value(loss, output_activation, z, a, y)
    out *= 1.0 / n
    return total
