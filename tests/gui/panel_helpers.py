"""Tiny workspaces for the panel tests: a 2D dataset and an MNIST-shaped one, made here."""

from __future__ import annotations

import time

import numpy as np
from PySide6 import QtCore, QtWidgets

from engine import toy2d
from engine.dataset import Dataset
from engine.network import Network
from engine.trainer import TrainConfig, Trainer
from gui.panels.common import Throttle
from gui.snapshot import make_snapshot


def image_dataset(n=120, seed=0) -> Dataset:
    """n random sparse 28×28 'images' with 10 labels (learnable: label = brightest band)."""
    rng = np.random.default_rng(seed)
    X = (rng.random((n, 784)) * (rng.random((n, 784)) > 0.85)).astype(np.float32)
    y = rng.integers(0, 10, n)
    for i, label in enumerate(y):  # make the label visible in the image
        X[i, label * 78 : label * 78 + 40] = 1.0
    split = n * 3 // 4
    return Dataset("tiny-images", X[:split], y[:split], X[split:], y[split:], 10, (28, 28))


def set_workspace(state, kind: str, sizes=None, activation="tanh", seed=0) -> Trainer:
    """Put a network + dataset into state ('moons', 'blobs' or 'images'), emit modelChanged."""
    if kind == "images":
        state.dataset = image_dataset()
        sizes = sizes or [784, 24, 10]
    else:
        state.dataset = toy2d.make(kind, n=80, seed=seed)
        sizes = sizes or [2, 5, 3, state.dataset.output_units()]
    state.network = Network.create(list(sizes), activation, seed=seed)
    state.trainer = Trainer(state.network, state.dataset, TrainConfig(lr=0.3, batch_size=8))
    state.training = False
    state.snapshot = None
    state.sample = None
    state.selected = None
    state.modelChanged.emit()
    return state.trainer


def train_and_emit(state, steps: int, serial: int = 0, **extras):
    """Run `steps` real training steps, then emit one snapshot as the worker would."""
    trainer = state.trainer
    logs = {}
    state.training = True
    for _ in range(steps):
        logs = trainer.step()
    snap = make_snapshot(trainer, serial, logs, **extras)
    state.snapshot = snap
    state.snapshotReady.emit(snap)
    settle()
    return snap


def settle(timeout: float = 5.0) -> None:
    """Let every visible panel draw the snapshots its throttle is holding back (a rest
    longer than a second is a test's own doing: those are left alone)."""
    deadline = time.monotonic() + timeout

    def waiting():
        now = time.perf_counter()
        return any(
            t.pending is not None and t.visible() and t.next_allowed - now < 1.0
            for t in list(Throttle.live)
        )

    while waiting():
        if time.monotonic() > deadline:
            raise AssertionError("a panel did not draw its latest snapshot")
        QtWidgets.QApplication.processEvents()
        time.sleep(0.002)


def click(qtbot, canvas, scene_pos) -> None:
    """Left-click a pyqtgraph canvas at a scene position."""
    pos = canvas.mapFromScene(scene_pos)
    qtbot.mouseClick(canvas.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)


def hover(qtbot, canvas, scene_pos) -> None:
    pos = canvas.mapFromScene(scene_pos)
    qtbot.mouseMove(canvas.viewport(), pos=pos)
