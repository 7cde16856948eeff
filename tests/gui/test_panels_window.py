"""In the real window: train for a moment and every inspection panel draws what it learns."""

from __future__ import annotations

import sys
import types

import numpy as np
import pytest
from panel_helpers import image_dataset
from PySide6 import QtWidgets

from gui import MainWindow

PANELS = ["topologyView", "weightHeatmaps", "decisionBoundary", "gradientFlow", "confusionMatrix"]


def draws(panel) -> int:
    return panel.refreshes if panel.objectName() == "topologyView" else panel.updates


@pytest.fixture
def window(qtbot, monkeypatch):
    B = QtWidgets.QMessageBox.StandardButton
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: B.Discard)
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda *a, **k: B.Ok)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown_training()


def train_a_moment(qtbot, window, names):
    before = {n: draws(window.panels[n]) for n in names}
    window.toggle_training()
    qtbot.waitUntil(
        lambda: all(draws(window.panels[n]) >= before[n] + 2 for n in names), timeout=20_000
    )
    window.toggle_training()
    qtbot.waitUntil(lambda: not window.state.training, timeout=15_000)


def test_every_panel_is_in_the_window_and_follows_training(qtbot, window):
    for name in PANELS + ["receptiveFields"]:
        assert window.findChild(QtWidgets.QWidget, name) is not None, name
    assert window.centralWidget().objectName() == "topologyView"
    heat = window.panels["weightHeatmaps"]
    W_before = heat.layers[0].image.image.copy()
    train_a_moment(qtbot, window, PANELS)
    assert not np.array_equal(W_before, heat.layers[0].image.image)
    assert window.panels["gradientFlow"].batch_curves[0][0].getData()[0] is not None
    rf = window.panels["receptiveFields"]
    assert not rf.available and "image inputs" in rf.message.text()


def test_switching_to_an_image_dataset_rebuilds_the_panels(qtbot, window, monkeypatch):
    mod = types.ModuleType("engine.mnist")  # tests never read real MNIST: tiny images instead
    mod.is_available = lambda data_dir=None: True
    mod.load = lambda data_dir=None: image_dataset(n=80)
    import engine

    monkeypatch.setitem(sys.modules, "engine.mnist", mod)
    monkeypatch.setattr(engine, "mnist", mod, raising=False)
    assert window.set_dataset("mnist")
    assert window.state.network.sizes[0] == 784
    topo = window.panels["topologyView"]
    rf = window.panels["receptiveFields"]
    db = window.panels["decisionBoundary"]
    assert topo.image.isVisible() and rf.available
    assert not db.available and "2-input" in db.message.text()
    train_a_moment(qtbot, window, ["topologyView", "receptiveFields", "weightHeatmaps"])
    final = window.state.snapshot.weights[0][:, 0].reshape(28, 28)
    qtbot.waitUntil(lambda: np.allclose(rf.mosaic[:28, :28], final), timeout=5_000)
