"""Learning-rate schedules: their values, and the trainer using them."""

import math

import numpy as np
import pytest

from engine.data.dataset import Dataset
from engine.nn.network import Network
from engine.train.schedules import learning_rate
from engine.train.trainer import TrainConfig, Trainer


def test_constant():
    assert [learning_rate("constant", 0.3, e) for e in (0, 5.5, 100)] == [0.3, 0.3, 0.3]


def test_step_decay_halves_every_ten_epochs():
    values = [learning_rate("step", 1.0, e, drop=0.5, every=10) for e in (0, 9.99, 10, 25, 30)]
    assert values == [1.0, 1.0, 0.5, 0.25, 0.125]


def test_exponential():
    assert learning_rate("exponential", 2.0, 0, gamma=0.9) == 2.0
    assert learning_rate("exponential", 2.0, 3, gamma=0.9) == pytest.approx(2.0 * 0.729)
    assert learning_rate("exponential", 2.0, 0.5, gamma=0.81) == pytest.approx(2.0 * 0.9)


def test_cosine_from_lr0_to_lr_min_over_the_period():
    def lr(e):
        return learning_rate("cosine", 1.0, e, period=10, lr_min=0.1)

    assert lr(0) == 1.0
    assert lr(5) == pytest.approx(0.55)  # halfway: (1 + 0.1) / 2
    assert lr(10) == pytest.approx(0.1)
    assert lr(20) == pytest.approx(0.1)  # stays at the floor after the period
    assert lr(2.5) == pytest.approx(0.1 + 0.45 * (1 + math.cos(math.pi / 4)))


def test_unknown_schedule_is_refused():
    with pytest.raises(ValueError, match="unknown schedule 'linear'; known: constant"):
        learning_rate("linear", 1.0, 0)


def test_trainer_applies_the_schedule_per_batch():
    rng = np.random.default_rng(0)
    X, y = rng.normal(0, 1, (40, 3)), rng.integers(0, 2, 40)
    net = Network.create([3, 4, 1], "tanh", "sigmoid", "cross_entropy")
    config = TrainConfig(
        lr=1.0, batch_size=10, epochs=4, schedule="step", schedule_params={"every": 2, "drop": 0.1}
    )
    trainer = Trainer(net, Dataset("d", X, y), config)
    lrs = [step.batch.lr for step in trainer.run()]  # each batch's own η, 4 batches an epoch
    assert trainer.history["lr"] == pytest.approx([1.0, 0.1, 0.1, 0.01])
    assert lrs[:4] == [1.0, 1.0, 1.0, 1.0]
    assert lrs[8:] == pytest.approx([0.1] * 8)
