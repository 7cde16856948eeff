"""Backpropagation agrees with central differences for every trainable combination."""

import numpy as np
import pytest

from engine.nn.gradcheck import gradcheck
from engine.nn.network import Network

HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
# (output activation, loss, output units): every pair the engine accepts for training
OUTPUTS = [
    ("sigmoid", "mse", 3),
    ("tanh", "mse", 3),
    ("relu", "mse", 3),
    ("leaky_relu", "mse", 3),
    ("linear", "mse", 3),
    ("softmax", "mse", 3),
    ("softmax", "cross_entropy", 3),
    ("sigmoid", "cross_entropy", 3),
    ("sigmoid", "cross_entropy", 1),  # binary cross-entropy on one unit
]
TOLERANCE = 1e-5  # float64, ε = 1e-5: right backprop gives ~1e-9, a wrong one ~1e-2


def make_case(hidden, output, loss, units, seed=0):
    rng = np.random.default_rng(seed)
    net = Network.create(
        [4, 5, units], hidden, output, loss, init="glorot_normal", seed=seed, dtype="float64"
    )
    for b in net.biases:  # non-zero biases, so their gradients are exercised too
        b[:] = rng.normal(0, 0.3, b.shape)
    X = rng.normal(0, 1, (6, 4))
    if units == 1 or (loss == "cross_entropy" and output == "sigmoid"):
        Y = (rng.random((6, units)) > 0.5).astype(float)
    elif loss == "cross_entropy":
        Y = np.eye(units)[rng.integers(0, units, 6)]
    else:
        Y = rng.uniform(-0.5, 1, (6, units))
    return net, X, Y


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize(("output", "loss", "units"), OUTPUTS)
def test_backprop_matches_central_differences(hidden, output, loss, units):
    net, X, Y = make_case(hidden, output, loss, units)
    errors = gradcheck(net, X, Y)
    assert set(errors) == {"W1", "b1", "W2", "b2"}
    assert max(errors.values()) < TOLERANCE, errors


@pytest.mark.parametrize(("l1", "l2"), [(0.0, 0.1), (0.05, 0.0), (0.03, 0.2)])
@pytest.mark.parametrize(("output", "loss", "units"), [OUTPUTS[0], OUTPUTS[6]])
def test_backprop_with_regularisation(l1, l2, output, loss, units):
    net, X, Y = make_case("tanh", output, loss, units, seed=3)
    errors = gradcheck(net, X, Y, l1=l1, l2=l2)
    assert max(errors.values()) < TOLERANCE, errors


def test_deeper_network_float32_weights_checked_in_float64():
    rng = np.random.default_rng(5)
    net = Network.create([3, 4, 4, 3], "tanh", "softmax", "cross_entropy", init="he_normal")
    assert net.dtype == np.float32
    X = rng.normal(0, 1, (5, 3))
    Y = np.eye(3)[rng.integers(0, 3, 5)]
    errors = gradcheck(net, X, Y)
    assert list(errors) == ["W1", "b1", "W2", "b2", "W3", "b3"]
    assert max(errors.values()) < TOLERANCE, errors


def test_gradcheck_detects_a_wrong_gradient(monkeypatch):
    """The check can fail: break the sigmoid derivative and it must notice."""
    from engine.nn import activations

    net, X, Y = make_case("sigmoid", "linear", "mse", 3)
    monkeypatch.setitem(activations.DERIVATIVES, "sigmoid", activations.d_tanh)
    errors = gradcheck(net, X, Y)
    assert errors["W1"] > 1e-2 and errors["b1"] > 1e-2
    assert errors["W2"] < TOLERANCE  # the output layer does not use the hidden g'


@pytest.mark.parametrize("where", ["hidden", "output"])
def test_step_activation_is_refused_with_its_reason(where):
    hidden, output = ("step", "sigmoid") if where == "hidden" else ("sigmoid", "step")
    with pytest.raises(ValueError, match="derivative is 0"):
        net = Network.create([2, 3, 1], hidden, output, "mse")
        net.check_trainable()
    if where == "hidden":  # a step network can still be built and run forward
        net = Network.create([2, 3, 1], "step", "sigmoid", "mse")
        assert net.feedforward(np.ones((1, 2))).shape == (1, 1)
        with pytest.raises(ValueError, match="cannot be trained by backpropagation"):
            gradcheck(net, np.ones((1, 2)), np.ones((1, 1)))


@pytest.mark.parametrize(
    ("output", "loss", "units", "message"),
    [
        ("linear", "cross_entropy", 3, "cross_entropy needs outputs that are probabilities"),
        ("relu", "cross_entropy", 3, "cross_entropy needs outputs that are probabilities"),
        ("tanh", "cross_entropy", 3, "cross_entropy needs outputs that are probabilities"),
        ("softmax", "mse", 1, "softmax over a single output unit"),
        ("softmax", "cross_entropy", 1, "softmax over a single output unit"),
        ("sigmoid", "hinge", 3, "unknown loss 'hinge'"),
    ],
)
def test_incompatible_pairs_are_refused(output, loss, units, message):
    with pytest.raises(ValueError, match=message):
        Network.create([2, 3, units], "sigmoid", output, loss)


def test_softmax_refused_in_a_hidden_layer():
    with pytest.raises(ValueError, match="only available for the output layer"):
        Network.create([2, 3, 3], "softmax", "softmax", "cross_entropy")
