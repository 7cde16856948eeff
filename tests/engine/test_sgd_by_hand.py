"""One SGD step on a 2-2-1 network, against numbers worked out by hand.

Network: 2 inputs, 2 sigmoid hidden units, 1 linear output, loss ½(a − y)², η = 0.5.
    x = [1, 0.5], y = 1
    W1 = [[0.1, 0.2],      b1 = [0.1, −0.1]      W2 = [[0.5],      b2 = [0.2]
          [0.3, 0.4]]                                  [−0.5]]
"""

import numpy as np
import pytest

from engine.data.dataset import Dataset
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer


def hand_network(dtype="float64"):
    W1 = np.array([[0.1, 0.2], [0.3, 0.4]], dtype)
    b1 = np.array([0.1, -0.1], dtype)
    W2 = np.array([[0.5], [-0.5]], dtype)
    b2 = np.array([0.2], dtype)
    return Network([2, 2, 1], ["sigmoid", "linear"], "mse", [W1, W2], [b1, b2])


def trainer_for(net):
    data = Dataset("hand", np.array([[1.0, 0.5]]), np.array([1]), n_classes=2)
    return Trainer(net, data, TrainConfig(optimizer="sgd", lr=0.5, batch_size=1, epochs=1))


# Forward
#   z1 = x·W1 + b1 = [1·0.1 + 0.5·0.3 + 0.1, 1·0.2 + 0.5·0.4 − 0.1] = [0.35, 0.3]
#   a1 = σ(z1) = [1/(1 + e^−0.35), 1/(1 + e^−0.3)] = [0.5866175789, 0.5744425168]
#   z2 = 0.5·0.5866175789 − 0.5·0.5744425168 + 0.2 = 0.2060875311 = a2 (linear)
#   L  = ½(0.2060875311 − 1)² = ½·0.7939124689² = 0.3151485042
# Backward
#   δ2 = a2 − y = −0.7939124689
#   ∂L/∂W2 = a1ᵀ·δ2 = [0.5866175789·−0.7939124689, 0.5744425168·−0.7939124689]
#          = [−0.4657230104, −0.4560570768];  ∂L/∂b2 = −0.7939124689
#   σ'(z1) = a1(1 − a1) = [0.5866175789·0.4133824211, 0.5744425168·0.4255574832]
#          = [0.2424973950, 0.2444583117]
#   δ1 = (δ2·W2ᵀ) ⊙ σ'(z1) = [−0.7939124689·0.5·0.2424973950, −0.7939124689·−0.5·0.2444583117]
#      = [−0.0962608528, 0.0970392509]
#   ∂L/∂W1 = xᵀ·δ1 = [[−0.0962608528, 0.0970392509], [−0.0481304264, 0.0485196254]]
# Update W ← W − 0.5·∂L/∂W
#   W1 = [[0.1 + 0.0481304264, 0.2 − 0.0485196254], [0.3 + 0.0240652132, 0.4 − 0.0242598127]]
#   b1 = [0.1 + 0.0481304264, −0.1 − 0.0485196254]
#   W2 = [[0.5 + 0.2328615052], [−0.5 + 0.2280285384]];  b2 = 0.2 + 0.3969562345
LOSS = 0.3151485042
A1 = [0.5866175789, 0.5744425168]
DELTA1 = [-0.0962608528, 0.0970392509]
DELTA2 = -0.7939124689
NABLA_W1 = [[-0.0962608528, 0.0970392509], [-0.0481304264, 0.0485196254]]
NABLA_W2 = [[-0.4657230104], [-0.4560570768]]
W1_AFTER = [[0.1481304264, 0.1514803746], [0.3240652132, 0.3757401873]]
B1_AFTER = [0.1481304264, -0.1485196254]
W2_AFTER = [[0.7328615052], [-0.2719714616]]
B2_AFTER = [0.5969562345]


def test_forward_and_backward_match_hand_numbers():
    net = hand_network()
    p = net.backward(net.forward(np.array([[1.0, 0.5]])), np.array([[1.0]]))
    assert p.loss == pytest.approx(LOSS, abs=1e-9)
    np.testing.assert_allclose(p.activations[1], [A1], atol=1e-9)
    np.testing.assert_allclose(p.deltas[1], [[DELTA2]], atol=1e-9)
    np.testing.assert_allclose(p.deltas[0], [DELTA1], atol=1e-9)
    np.testing.assert_allclose(p.nabla_w[0], NABLA_W1, atol=1e-9)
    np.testing.assert_allclose(p.nabla_w[1], NABLA_W2, atol=1e-9)
    np.testing.assert_allclose(p.nabla_b[0], DELTA1, atol=1e-9)
    np.testing.assert_allclose(p.nabla_b[1], [DELTA2], atol=1e-9)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_one_training_step_matches_hand_numbers(dtype):
    net = hand_network(dtype)
    trainer = trainer_for(net)
    logs = trainer.step().batch
    tol = 1e-9 if dtype == "float64" else 1e-6
    assert logs.loss == pytest.approx(LOSS, abs=tol)
    np.testing.assert_allclose(net.weights[0], W1_AFTER, atol=tol)
    np.testing.assert_allclose(net.biases[0], B1_AFTER, atol=tol)
    np.testing.assert_allclose(net.weights[1], W2_AFTER, atol=tol)
    np.testing.assert_allclose(net.biases[1], B2_AFTER, atol=tol)
    # the logged norms are those of the same numbers: ‖∂L/∂W1‖ and ‖ΔW2‖ = η‖∂L/∂W2‖
    assert logs.grad_norms[0] == pytest.approx(np.linalg.norm(NABLA_W1), rel=1e-5)
    assert logs.update_norms[1] == pytest.approx(0.5 * np.linalg.norm(NABLA_W2), rel=1e-5)


def test_the_gradient_is_the_batch_mean():
    """The same sample twice in one batch gives exactly the one-sample step."""
    net = hand_network()
    trainer = trainer_for(net)
    X, Y = np.array([[1.0, 0.5], [1.0, 0.5]]), np.array([[1.0], [1.0]])
    trainer.train_on_batch(X, Y)
    np.testing.assert_allclose(net.weights[0], W1_AFTER, atol=1e-9)
    np.testing.assert_allclose(net.biases[1], B2_AFTER, atol=1e-9)
