"""Inverted dropout: expectation preserved, masks only while training, gradients through them."""

import numpy as np
import pytest

from engine.data.dataset import Dataset
from engine.nn.gradcheck import as_float64
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer


def wide_net(dtype="float64"):
    return Network.create([5, 400, 2], "sigmoid", "softmax", "cross_entropy", seed=0, dtype=dtype)


@pytest.mark.parametrize("p", [0.2, 0.5, 0.8])
def test_inverted_dropout_keeps_the_expected_activation(p):
    net = wide_net()
    X = np.random.default_rng(1).normal(0, 1, (200, 5))
    rng = np.random.default_rng(2)
    plain = net.forward(X).activations[1].copy()
    dropped = net.forward(X, dropout=p, rng=rng)
    mask = dropped.masks[1]
    # each unit is kept with probability 1 − p and then scaled by 1/(1 − p)
    values = np.unique(mask)
    assert len(values) == 2 and values[0] == 0 and values[1] == pytest.approx(1 / (1 - p))
    assert (mask == 0).mean() == pytest.approx(p, abs=0.01)
    np.testing.assert_array_equal(dropped.activations[1], plain)  # a itself is untouched
    np.testing.assert_allclose(dropped.inputs[1], plain * mask)
    # 80,000 kept-or-dropped activations: their mean equals the undropped mean
    assert dropped.inputs[1].mean() == pytest.approx(plain.mean(), rel=0.02)


def test_no_masks_outside_training():
    net = wide_net()
    X = np.random.default_rng(1).normal(0, 1, (8, 5))
    expected = net.forward(X).output.copy()
    net.forward(X, dropout=0.5, rng=np.random.default_rng(0))  # leaves masks in the buffers
    p = net.forward(X)
    assert p.masks[1] is None
    np.testing.assert_array_equal(p.output, expected)
    np.testing.assert_array_equal(net.feedforward(X), expected)
    X2 = np.vstack([X, X])
    data = Dataset("d", X2, np.arange(16) % 2, X, np.arange(8) % 2, n_classes=2)
    net2 = Network.create([5, 400, 2], "sigmoid", "softmax", "cross_entropy", seed=0)
    trainer = Trainer(net2, data, TrainConfig(dropout=0.5, batch_size=8, epochs=1, lr=1e-9))
    trainer.step()  # training drew a mask...
    assert net2._workspace(8).masks[1] is not None
    # ...validation did not: two evaluations agree, and match the plain forward pass
    assert trainer.evaluate_validation() == trainer.evaluate_validation()
    assert trainer.evaluate_validation()[0] == pytest.approx(
        net2.loss_of(net2.forward(trainer.x_val), trainer.y_val)
    )


def test_backprop_through_a_fixed_mask_matches_central_differences():
    net = as_float64(Network.create([3, 6, 2], "tanh", "softmax", "cross_entropy", seed=4))
    rng = np.random.default_rng(3)
    X = rng.normal(0, 1, (5, 3))
    Y = np.eye(2)[rng.integers(0, 2, 5)]
    p = net.forward(X, dropout=0.5, rng=np.random.default_rng(9))
    mask = p.masks[1].copy()
    analytic = net.backward(p, Y).nabla_w[0].copy()

    def loss_with_mask(W1):
        a1 = np.tanh(X @ W1 + net.biases[0]) * mask
        z2 = a1 @ net.weights[1] + net.biases[1]
        z2 = z2 - z2.max(axis=1, keepdims=True)
        log_softmax = z2 - np.log(np.exp(z2).sum(axis=1, keepdims=True))
        return -(Y * log_softmax).sum() / X.shape[0]

    eps = 1e-6
    numeric = np.zeros_like(analytic)
    for i in np.ndindex(*analytic.shape):
        up, down = net.weights[0].copy(), net.weights[0].copy()
        up[i] += eps
        down[i] -= eps
        numeric[i] = (loss_with_mask(up) - loss_with_mask(down)) / (2 * eps)
    np.testing.assert_allclose(analytic, numeric, atol=1e-8)
    assert (analytic[:, (mask == 0).all(axis=0)] == 0).all()  # units dropped for all samples
