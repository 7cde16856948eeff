"""The divergence watch: a run that blows up stops with a reason starting "diverging",
in the engine and on the command line; a healthy run, even one whose loss wobbles near
zero, does not."""

import json
import subprocess
import sys
import warnings

import pytest

from engine.data import toy2d
from engine.nn.network import Network
from engine.train import divergence
from engine.train.divergence import DivergenceWatch
from engine.train.trainer import TrainConfig, Trainer


def moons_trainer(optimizer: str, lr: float, epochs: int = 200, loss="cross_entropy"):
    data = toy2d.make("moons", n=300, noise=0.2, seed=0)
    net = Network.create([2, 8, 8, 1], "tanh", "sigmoid", loss, seed=0)
    return Trainer(net, data, TrainConfig(optimizer=optimizer, lr=lr, epochs=epochs))


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam", "rmsprop", "adagrad"])
def test_lr_1000_on_two_moons_stops_diverging_long_before_its_epochs(optimizer):
    trainer = moons_trainer(optimizer, 1000.0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no NumPy warning may escape either
        trainer.fit()
    assert trainer.stopped_because.startswith("diverging"), trainer.stopped_because
    assert "learning rate" in divergence.explain(trainer.stopped_because)
    assert trainer.epoch < 20


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "rmsprop", "nesterov"])
def test_a_healthy_run_is_not_called_diverging(optimizer):
    lr = {"adam": 0.03, "rmsprop": 0.01, "nesterov": 0.03}.get(optimizer, 0.3)
    trainer = moons_trainer(optimizer, lr, epochs=150)
    trainer.fit()
    assert trainer.stopped_because == "reached 150 epochs"


def test_a_nearly_perfect_fit_whose_loss_wobbles_is_not_diverging():
    watch = DivergenceWatch(untrained_loss=0.69)
    for loss in [0.3, 0.01, 1e-5, 3e-4, 5e-4, 8e-4, 2e-4, 6e-4]:  # 60x its best, but tiny
        assert watch.epoch_end(loss, [3.0]) is None


def test_a_loss_far_above_its_best_for_three_epochs_is_diverging():
    watch = DivergenceWatch(untrained_loss=0.69)
    assert watch.epoch_end(0.2, [1.0]) is None
    assert watch.epoch_end(40.0, [9.0]) is None
    assert watch.epoch_end(3.0, [9.0]) is None  # 3.0 > 10 × 0.2 as well: the second
    reason = watch.epoch_end(50.0, [9.0])
    assert reason.startswith("diverging: the loss (50) has stayed more than 10× its best")
    recovered = DivergenceWatch(untrained_loss=0.69)
    for loss in [0.2, 40.0, 30.0, 0.25, 40.0, 30.0]:  # a recovery resets the count
        assert recovered.epoch_end(loss, [1.0]) is None


def test_a_saturated_network_worse_than_untrained_is_diverging():
    watch = DivergenceWatch(untrained_loss=0.125)  # e.g. sigmoid + mse: the loss has a ceiling
    reasons = [watch.epoch_end(0.26, [50.0]) for _ in range(3)]
    assert reasons[:2] == [None, None]
    assert reasons[2].startswith("diverging: the loss (0.26) has stayed above the untrained")


def test_exploding_weights_are_diverging_at_once():
    watch = DivergenceWatch(untrained_loss=0.69)
    reason = watch.epoch_end(0.5, [2.0, 3e4])
    assert reason.startswith("diverging: the weights of layer 2 exploded")


def test_command_line_lr_1000_ends_diverging_with_no_numpy_warnings():
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "engine",
            "train",
            "--dataset",
            "moons",
            "--layers",
            "2,8,8,1",
            "--activation",
            "tanh",
            "--lr",
            "1000",
            "--epochs",
            "20",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no RuntimeWarning from NumPy
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["stopped_because"].startswith("diverging")
