"""Fine-tuning on a user's digits, with and without MNIST rehearsal."""

from __future__ import annotations

import numpy as np
import pytest

from engine.data.dataset import Dataset
from engine.nn.network import Network
from engine.train.finetune import FineTune
from engine.train.trainer import TrainConfig, Trainer


def blobs(n, seed, mine=False):
    """Ten classes of 28×28 images: class k is a bright 5×5 square in cell k of a 4×4 grid.

    mine=True: the user writes 7, 8 and 9 differently — in cells 10, 11 and 12, which
    the other style never uses — so the original network misreads them.
    """
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 10, n)
    X = rng.random((n, 28, 28), dtype=np.float32) * 0.1
    for i, k in enumerate(y):
        cell = k + 3 if mine and k >= 7 else k
        r, c = 7 * (cell // 4) + 1, 7 * (cell % 4) + 1
        X[i, r : r + 5, c : c + 5] += 0.9
    return X.reshape(n, 784), y


@pytest.fixture(scope="module")
def trained():
    X, y = blobs(600, 0)
    net = Network.create([784, 32, 10], "relu", seed=0)
    ds = Dataset("blobs", X, y, None, None, 10, (28, 28))
    Trainer(net, ds, TrainConfig(optimizer="adam", lr=3e-3, batch_size=32, epochs=8)).fit()
    return net


def test_learns_the_users_style_without_forgetting(trained):
    mine_X, mine_y = blobs(40, 1, mine=True)
    mine_X, mine_y = mine_X[mine_y >= 7], mine_y[mine_y >= 7]  # the digits it gets wrong
    reh_X, reh_y = blobs(500, 2)
    chk_X, chk_y = blobs(300, 3)
    original = [W.copy() for W in trained.weights]
    ft = FineTune(trained, mine_X, mine_y, reh_X, reh_y, chk_X, chk_y, steps=120, lr=2e-3)
    assert ft.mine_before < 0.5
    r = ft.run()
    assert r.mine_after > 0.9
    assert r.check_after > 0.9 and r.forgetting_measured
    assert "held-out MNIST" in r.summary()
    for W, W0 in zip(trained.weights, original):  # the original is untouched
        np.testing.assert_array_equal(W, W0)
    assert any(np.abs(W - W0).max() > 0 for W, W0 in zip(r.network.weights, original))
    assert ft.progress == 1.0 and ft.done


def test_without_mnist_it_still_runs_and_says_so(trained):
    mine_X, mine_y = blobs(12, 4, mine=True)
    r = FineTune(trained, mine_X, mine_y, steps=15).run()
    assert r.steps == 15 and not r.forgetting_measured
    assert "not measured" in r.summary()


def test_refusals_are_clear(trained):
    with pytest.raises(ValueError, match="draw and label some first"):
        FineTune(trained, np.zeros((0, 784)), np.zeros(0))
    with pytest.raises(ValueError, match="digit model"):
        FineTune(Network.create([2, 3, 1]), np.zeros((1, 2)), np.zeros(1))
