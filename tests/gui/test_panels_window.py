"""In the real window: train for a moment and every inspection panel draws what it learns."""

from __future__ import annotations

import sys
import types

import numpy as np
import pytest
from panel_helpers import image_dataset
from PySide6 import QtWidgets

from gui.panels.common import exposed

PANELS = ["topologyView", "weightHeatmaps", "decisionBoundary", "gradientFlow", "confusionMatrix"]


def draws(panel) -> int:
    return panel.refreshes if panel.objectName() == "topologyView" else panel.updates


@pytest.fixture
def window(shown_window):
    return shown_window  # tests/gui/conftest.py


def train_a_moment(qtbot, window, names):
    before = {n: draws(window.panels[n]) for n in names}
    window.settings_panel.fields["epochs"].setText("100000")  # the run outlasts the wait
    assert window.settings_panel.commit("epochs")
    window.state.toggle_training()
    qtbot.waitUntil(
        lambda: all(draws(window.panels[n]) >= before[n] + 2 for n in names), timeout=20_000
    )
    window.state.toggle_training()
    qtbot.waitUntil(lambda: not window.state.training, timeout=15_000)


def bring_forward(qtbot, window, name):
    """Raise a panel's dock tab; it draws the snapshot it kept while it was behind."""
    panel = window.panels[name]
    before = draws(panel)
    window.docks[name].raise_()
    qtbot.waitUntil(lambda: exposed(panel) and draws(panel) > before, timeout=10_000)


def test_every_panel_is_in_the_window_and_follows_training(qtbot, window):
    for name in PANELS + ["receptiveFields"]:
        assert window.findChild(QtWidgets.QWidget, name) is not None, name
    assert window.centralWidget().objectName() == "topologyView"
    front = [n for n in PANELS if exposed(window.panels[n])]
    behind = [n for n in PANELS if n not in front]
    assert "topologyView" in front and "decisionBoundary" in front
    heat = window.panels["weightHeatmaps"]
    assert heat in [window.panels[n] for n in behind]  # a tab behind the decision boundary
    W_before = heat.layers[0].image.image.copy()
    drawn_behind = {n: draws(window.panels[n]) for n in behind}
    train_a_moment(qtbot, window, front)
    # tabs behind others did not draw while training ...
    assert all(draws(window.panels[n]) == drawn_behind[n] for n in behind)
    for name in behind:  # ... and catch up when brought forward
        bring_forward(qtbot, window, name)
    final = window.state.snapshot
    np.testing.assert_allclose(heat.layers[0].image.image, final.weights[0])
    assert not np.array_equal(W_before, heat.layers[0].image.image)
    # the gradient flow, behind all along, drew the last snapshot when brought forward:
    # the last batch's gradient norm is its batch curve's last point (an epoch's end too:
    # the batch record always holds the batch, the epoch record the epoch)
    flow = window.panels["gradientFlow"]
    _, y = flow.batch_curves[0][0].getData()
    assert y[-1] == pytest.approx(np.log10(final.last_batch.grad_norms[0]))
    assert window.panels["confusionMatrix"].report.confusion.sum() == len(
        window.state.dataset.y_val
    )
    rf = window.panels["receptiveFields"]
    assert not rf.available and "image inputs" in rf.message.text()


def test_switching_to_an_image_dataset_rebuilds_the_panels(qtbot, window, monkeypatch):
    mod = types.ModuleType("engine.data.mnist")  # tests never read real MNIST: tiny images instead
    mod.is_available = lambda data_dir=None: True
    mod.load = lambda data_dir=None: image_dataset(n=80)
    import engine.data

    monkeypatch.setitem(sys.modules, "engine.data.mnist", mod)
    monkeypatch.setattr(engine.data, "mnist", mod, raising=False)
    db = window.panels["decisionBoundary"]
    window.docks["decisionBoundary"].raise_()  # in front (a saved layout may have another)
    qtbot.waitUntil(lambda: exposed(db), timeout=2_000)
    assert window.state.change_dataset("mnist")
    assert window.state.network.sizes[0] == 784
    topo = window.panels["topologyView"]
    rf = window.panels["receptiveFields"]
    db = window.panels["decisionBoundary"]
    assert topo.image.isVisible()  # rf, a tab behind, rebuilds when shown (or asked)
    assert not db.available and "2-input" in db.message.text()
    qtbot.waitUntil(lambda: exposed(window.panels["weightHeatmaps"]), timeout=2_000)
    assert not exposed(db)  # its tab stepped aside for one that has something to show
    train_a_moment(qtbot, window, ["topologyView", "weightHeatmaps"])
    bring_forward(qtbot, window, "receptiveFields")
    assert rf.available and not rf.stale
    final = window.state.snapshot.weights[0][:, 0].reshape(28, 28)
    qtbot.waitUntil(lambda: np.allclose(rf.mosaic[:28, :28], final), timeout=5_000)
    assert window.state.change_dataset("moons")
    qtbot.waitUntil(lambda: exposed(db), timeout=2_000)  # and comes back for 2D data
    assert db.available and not topo.image.isVisible()
