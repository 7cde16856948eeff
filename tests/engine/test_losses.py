"""The softmax cross-entropy value: from the probabilities when it can, from z when it must."""

import numpy as np
import pytest

from engine.nn import activations, losses


def softmax(z):
    return activations.softmax(z, np.empty_like(z))


def log_sum_exp_loss(z, y):
    """−(1/n) Σ y·(z − log Σ e^z), in float64 from z: the reference."""
    z = z.astype(np.float64)
    m = z.max(axis=1, keepdims=True)
    log_sum = np.log(np.exp(z - m).sum(axis=1, keepdims=True)) + m
    return float((y * (log_sum - z)).sum() / z.shape[0])


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_loss_from_the_probabilities_equals_the_log_sum_exp_form(dtype):
    rng = np.random.default_rng(3)
    z = (rng.normal(size=(64, 10)) * 4).astype(dtype)
    y = np.eye(10, dtype=dtype)[rng.integers(0, 10, 64)]
    got = losses.value("cross_entropy", "softmax", z, softmax(z), y)
    assert got == pytest.approx(log_sum_exp_loss(z, y), rel=1e-6 if dtype == np.float32 else 1e-12)


def test_an_underflowed_probability_still_gives_the_finite_loss():
    # e^-200 is 0 in float32: log a would be −∞; the loss is 200 (the target's logit is 200 down)
    z = np.array([[0.0, -200.0], [3.0, 1.0]], np.float32)
    y = np.array([[0.0, 1.0], [1.0, 0.0]], np.float32)
    a = softmax(z)
    assert a[0, 1] == 0
    got = losses.value("cross_entropy", "softmax", z, a, y)
    assert np.isfinite(got)
    assert got == pytest.approx(log_sum_exp_loss(z, y), rel=1e-6)
    delta = np.empty_like(z)
    with np.errstate(over="raise", invalid="raise", divide="raise"):  # no log(0), no inf
        losses.value_and_delta("cross_entropy", "softmax", z, a, y, delta, np.empty_like(z))


def test_a_nan_output_gives_a_nan_loss_not_an_error():
    z = np.array([[np.nan, 0.0]], np.float32)
    y = np.array([[1.0, 0.0]], np.float32)
    with np.errstate(invalid="ignore"):
        assert np.isnan(losses.value("cross_entropy", "softmax", z, softmax(z), y))
