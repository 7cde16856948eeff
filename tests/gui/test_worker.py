"""The training worker: commands between batches, throttled snapshots, errors, prompt stop."""

from __future__ import annotations

import pytest
from PySide6 import QtCore

from engine.data.toy2d import make
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer
from gui.worker import TrainingWorker


def tiny_trainer(**config) -> Trainer:
    data = make("moons", n=64, seed=1)
    net = Network.create([2, 4, 1], "tanh", "sigmoid", "cross_entropy", seed=1)
    settings = {"optimizer": "sgd", "lr": 0.5, "batch_size": 8, "epochs": 3, **config}
    return Trainer(net, data, TrainConfig(**settings))


class Recorder(QtCore.QObject):
    """Lives in the main thread, so the worker's signals reach it queued."""

    def __init__(self) -> None:
        super().__init__()
        self.snapshots, self.running, self.errors = [], [], []

    @QtCore.Slot(object)
    def on_snapshot(self, snap) -> None:
        self.snapshots.append(snap)

    @QtCore.Slot(bool)
    def on_running(self, running: bool) -> None:
        self.running.append(running)

    @QtCore.Slot(str)
    def on_error(self, message: str) -> None:
        self.errors.append(message)


@pytest.fixture
def run_worker(qtbot):
    started = []

    def start(trainer, interval=1 / 30, take=True):
        worker = TrainingWorker(trainer, interval=interval)
        thread = QtCore.QThread()
        worker.moveToThread(thread)
        rec = Recorder()
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit, QtCore.Qt.ConnectionType.DirectConnection)
        worker.snapshotReady.connect(rec.on_snapshot)
        worker.runningChanged.connect(rec.on_running)
        worker.errorOccurred.connect(rec.on_error)
        if take:
            worker.snapshotReady.connect(worker.take, QtCore.Qt.ConnectionType.DirectConnection)
        thread.start()
        started.append((worker, thread))
        return worker, thread, rec

    yield start
    for worker, thread in started:
        worker.post("stop")
        thread.quit()
        assert thread.wait(10_000)


def wait_idle(qtbot, rec, count=1):
    qtbot.waitUntil(lambda: rec.running.count(False) >= count, timeout=10_000)
    qtbot.wait(20)  # the final snapshot follows the runningChanged(False) signal


def test_step_batch_trains_exactly_one_batch(qtbot, run_worker):
    trainer = tiny_trainer()
    worker, _thread, rec = run_worker(trainer)
    worker.post("step_batch")
    wait_idle(qtbot, rec)
    assert trainer.samples_seen == 8
    assert len(rec.snapshots[-1].history["batch_loss"]) == 1
    worker.post("step_batch")
    wait_idle(qtbot, rec, 2)
    assert len(trainer.history["batch_loss"]) == 2


def test_step_epoch_stops_at_the_epoch_end(qtbot, run_worker):
    trainer = tiny_trainer(epochs=5)
    worker, _thread, rec = run_worker(trainer)
    worker.post("step_batch")
    wait_idle(qtbot, rec)
    worker.post("step_epoch")
    wait_idle(qtbot, rec, 2)
    assert (trainer.epoch, trainer.batch) == (1, 0)
    assert rec.snapshots[-1].epoch == 1.0


def test_train_runs_to_the_end_and_snapshots_are_time_throttled(qtbot, run_worker):
    # An interval of an hour: the only snapshots are the ones forced when training stops.
    trainer = tiny_trainer(epochs=4)
    worker, _thread, rec = run_worker(trainer, interval=3600)
    worker.post("train")
    wait_idle(qtbot, rec)
    assert trainer.stopped_because == "reached 4 epochs"
    assert len(rec.snapshots) == 1
    snap = rec.snapshots[0]
    assert snap.stopped_because == "reached 4 epochs"
    assert len(snap.history["batch_loss"]) == 4 * trainer.batches_per_epoch


def test_no_new_snapshot_until_the_gui_took_the_last_one(qtbot, run_worker):
    trainer = tiny_trainer(epochs=100_000)  # never ends (an end would force a snapshot)
    worker, _thread, rec = run_worker(trainer, interval=0.0, take=False)
    worker.post("train")
    qtbot.waitUntil(lambda: len(rec.snapshots) >= 1, timeout=10_000)
    qtbot.wait(100)
    assert len(rec.snapshots) == 1  # the worker waits for take()
    worker.take()
    qtbot.waitUntil(lambda: len(rec.snapshots) >= 2, timeout=10_000)
    worker.post("pause")
    wait_idle(qtbot, rec)


def test_snapshots_are_copies(qtbot, run_worker):
    trainer = tiny_trainer(epochs=50)
    worker, _thread, rec = run_worker(trainer)
    worker.post("step_batch")
    wait_idle(qtbot, rec)
    snap = rec.snapshots[-1]
    W0 = snap.weights[0].copy()
    losses = snap.history["batch_loss"].copy()
    worker.post("step_epoch")
    wait_idle(qtbot, rec, 2)
    assert (snap.weights[0] == W0).all()
    assert (snap.history["batch_loss"] == losses).all()
    assert not (trainer.network.weights[0] == W0).all()


def test_learning_rate_and_optimizer_change_between_batches(qtbot, run_worker):
    trainer = tiny_trainer(epochs=100_000)
    worker, _thread, rec = run_worker(trainer)
    worker.post("train")
    qtbot.waitUntil(lambda: len(rec.snapshots) >= 1, timeout=10_000)
    worker.post("set_lr", 0.01)
    worker.post("set_optimizer", "momentum", {"momentum": 0.5})
    worker.post("set_config", "l2", 0.001)
    qtbot.waitUntil(lambda: trainer.optimizer.name == "momentum", timeout=10_000)
    worker.post("pause")
    wait_idle(qtbot, rec)
    assert trainer.config.lr == 0.01
    assert trainer.optimizer.lr == 0.01  # used by the batches since
    assert trainer.optimizer.hyper["momentum"] == 0.5
    assert trainer.config.l2 == 0.001


def test_bad_commands_become_messages(qtbot, run_worker):
    trainer = tiny_trainer()
    worker, _thread, rec = run_worker(trainer)
    worker.post("set_lr", -1.0)
    worker.post("set_config", "dropout", 1.5)
    worker.post("set_config", "batch_size", 3)
    qtbot.waitUntil(lambda: len(rec.errors) == 3, timeout=10_000)
    assert "learning rate η must be > 0" in rec.errors[0]
    assert "dropout" in rec.errors[1]
    assert "batch_size cannot change" in rec.errors[2]
    assert trainer.config.lr == 0.5 and trainer.config.dropout == 0.0
    with pytest.raises(ValueError, match="unknown worker command"):
        worker.post("fly")


def test_an_error_in_training_reaches_the_gui_and_the_worker_lives_on(qtbot, run_worker):
    trainer = tiny_trainer()

    def broken_step():
        raise RuntimeError("the disk caught fire")

    trainer.step = broken_step
    worker, thread, rec = run_worker(trainer)
    worker.post("train")
    qtbot.waitUntil(lambda: bool(rec.errors), timeout=10_000)
    assert rec.errors == ["RuntimeError: the disk caught fire"]
    wait_idle(qtbot, rec)
    worker.post("stop")
    assert thread.wait(5_000)


def test_stop_during_training_ends_the_thread_promptly(qtbot, run_worker):
    trainer = tiny_trainer(epochs=100_000)
    worker, thread, rec = run_worker(trainer)
    worker.post("train")
    qtbot.waitUntil(lambda: len(rec.snapshots) >= 2, timeout=10_000)
    worker.post("stop")
    thread.quit()
    assert thread.wait(5_000)
    assert not thread.isRunning()
    assert trainer.stopped_because is None  # paused, not finished: Train can resume it


def test_slow_motion_limits_batches_per_refresh(qtbot, run_worker):
    trainer = tiny_trainer(epochs=100_000)
    worker, _thread, rec = run_worker(trainer, interval=0.01)
    worker.post("set_speed", 1)
    worker.post("train")
    qtbot.waitUntil(lambda: len(rec.snapshots) >= 6, timeout=10_000)
    worker.post("pause")
    wait_idle(qtbot, rec)
    # every refresh carried at most one new batch
    counts = [len(s.history["batch_loss"]) for s in rec.snapshots]
    assert all(b - a <= 1 for a, b in zip(counts, counts[1:]))
