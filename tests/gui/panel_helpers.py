"""Tiny workspaces for the panel tests: a 2D dataset and an MNIST-shaped one, made here."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets

from engine.data import toy2d
from engine.data.dataset import Dataset
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer
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


def shown_panel(qtbot, cls, kind: str, size=(700, 700)):
    """Panel `cls` on a fresh AppState with the `kind` workspace, shown and exposed."""
    from gui.workspace import Workspace as AppState

    state = AppState()
    set_workspace(state, kind)
    w = cls(state)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


def train_and_emit(state, steps: int, serial: int = 0, wait: bool = True, **extras):
    """Run `steps` real training steps, then emit one snapshot as the worker would
    (and, unless wait=False, let the panels draw it at once)."""
    trainer = state.trainer
    step = None
    state.training = True
    for _ in range(steps):
        step = trainer.step()
    snap = make_snapshot(trainer, serial, step, **extras)
    state.snapshot = snap
    state.snapshotReady.emit(snap)
    if wait:
        settle()
    return snap


def settle() -> None:
    """Draw now what every visible panel's throttle is holding back (the window would draw
    it a little later; tests check the drawing, not the pacing)."""
    QtWidgets.QApplication.processEvents()
    for t in list(Throttle.live):
        if t.pending is not None and t.visible():
            t.timer.stop()
            t.flush()


def click(qtbot, canvas, scene_pos) -> None:
    """Left-click a pyqtgraph canvas at a scene position."""
    pos = canvas.mapFromScene(scene_pos)
    qtbot.mouseClick(canvas.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)


def hover(qtbot, canvas, scene_pos) -> None:
    pos = canvas.mapFromScene(scene_pos)
    qtbot.mouseMove(canvas.viewport(), pos=pos)
