"""The shared state of the window: what is loaded, what is selected, what training shows.

One `AppState` lives in the MainWindow; every panel receives it and connects to
its signals (one line per thing it follows). Only the main thread touches it.

    state.network        the engine Network being edited/trained. While training runs,
                         the worker thread owns its arrays: panels read snapshots instead.
    state.dataset        the engine Dataset of the workspace
    state.config         the engine TrainConfig
    state.trainer        the engine Trainer (None until the first Train / step)
    state.sample         the current sample: Sample(x (d,), label or None, source str)
    state.selected       (layer, unit) of the selected neuron, or None; layer 0 = inputs
    state.snapshot       the latest Snapshot (gui.snapshot), or None
    state.training       True while the worker thread is running batches
    state.ensure_trainer()  the current Trainer, built by the window's factory if there is none

Signals (emit after changing the attribute):
    modelChanged         network and/or dataset replaced: panels rebuild their items
    snapshotReady(obj)   a new Snapshot, at most ~30 per second while training
    sampleChanged        state.sample replaced
    neuronSelected(int, int)   state.selected changed (layer, unit); (-1, -1) = none
    traceStepChanged(obj)      the step-through panel moved to a step (engine trace step or None)
    neuronHovered(int, int)    the pointer is over neuron (layer, unit); (-1, -1) = left it
    openModelRequested(str)    a panel asks the window to open this model file as the workspace
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore


@dataclass(frozen=True)
class Sample:
    x: np.ndarray  # (n_inputs,) in the network's input space (already preprocessed)
    label: int | None
    source: str  # "training set #12", "validation set #3", "canvas", "plane (0.2, -0.4)"


class AppState(QtCore.QObject):
    modelChanged = QtCore.Signal()
    snapshotReady = QtCore.Signal(object)
    sampleChanged = QtCore.Signal()
    neuronSelected = QtCore.Signal(int, int)
    traceStepChanged = QtCore.Signal(object)
    neuronHovered = QtCore.Signal(int, int)
    openModelRequested = QtCore.Signal(str)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.network = None
        self.dataset = None
        self.config = None
        self.trainer = None
        self.sample: Sample | None = None
        self.selected: tuple[int, int] | None = None
        self.snapshot = None
        self.training = False
        self.trainer_factory = None  # set by the MainWindow: () -> engine Trainer

    def ensure_trainer(self):
        """The current Trainer; builds one (network, dataset, config) if there is none yet."""
        if self.trainer is None:
            if self.trainer_factory is None:
                raise RuntimeError("no trainer factory: the window has not been set up")
            self.trainer = self.trainer_factory()
        return self.trainer

    def set_sample(self, sample: Sample | None) -> None:
        self.sample = sample
        self.sampleChanged.emit()

    def select_neuron(self, layer: int, unit: int) -> None:
        self.selected = None if layer < 0 else (layer, unit)
        self.neuronSelected.emit(layer, unit)

    def hover_neuron(self, layer: int, unit: int) -> None:
        """Tell the panels the pointer is over neuron (layer, unit); layer < 0 = over none."""
        if layer < 0:
            layer, unit = -1, -1
        self.neuronHovered.emit(layer, unit)
