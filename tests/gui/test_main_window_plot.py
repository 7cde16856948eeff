"""The loss plot: incremental history, smoothing, log scale, readout, axis ranges."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtWidgets

from engine.train.trainer import TrainConfig
from gui.panels.loss_plot import LossPlot, ema, nice_ceiling
from gui.workspace import Workspace as AppState


@pytest.fixture
def panel(qtbot):
    state = AppState()
    state.config = TrainConfig(epochs=10)
    p = LossPlot(state)
    qtbot.addWidget(p)
    p.resize(800, 300)
    p.show()
    p.state_ref = state  # keep the state alive as long as the panel
    return p


def history(n_epochs=3, per_epoch=5):
    n = n_epochs * per_epoch
    be = np.arange(1, n + 1) / per_epoch
    return {
        "batch_epoch": be,
        "batch_loss": 1.0 / (1 + be),
        "batch_accuracy": np.minimum(1, 0.5 + be / 10),
        "epoch": np.arange(1, n_epochs + 1, dtype=float),
        "loss": 1.0 / (1.5 + np.arange(n_epochs)),
        "accuracy": np.full(n_epochs, 0.8),
        "val_loss": 1.0 / (1.4 + np.arange(n_epochs)),
        "val_accuracy": np.full(n_epochs, 0.75),
    }


def test_ema_and_nice_ceiling():
    assert ema(np.array([1.0, 3.0]), 0.5).tolist() == [1.0, 2.0]
    assert ema(np.array([4.0]), 0.5, start=2.0).tolist() == [3.0]
    assert [nice_ceiling(x) for x in (0.73, 1.0, 1.1, 2.2, 30, 0.0)] == [1, 1, 2, 2.5, 50, 1]


def test_curves_follow_the_history_and_smoothing_is_incremental(panel):
    h = history()
    panel.set_history(h)
    assert len(panel.batch_loss.xData) == 15
    assert panel.val_acc.yData.tolist() == [75.0, 75.0, 75.0]  # percent
    smoothed = panel.batch_loss.yData.copy()
    assert smoothed[0] == pytest.approx(h["batch_loss"][0]) and smoothed[-1] > h["batch_loss"][-1]
    longer = history(4)
    panel.set_history(longer)
    # the first 15 smoothed values did not change when 5 more came
    assert np.allclose(panel.batch_loss.yData[:15], smoothed)
    panel.smooth.setChecked(False)
    assert np.allclose(panel.batch_loss.yData, longer["batch_loss"])


def test_epoch_axis_grows_in_round_steps_up_to_the_planned_epochs(panel):
    panel.set_history(history(3))
    (x0, x1), _ = panel.loss_plot.getPlotItem().vb.viewRange()
    assert x1 == pytest.approx(5 * 1.02, rel=0.05)  # 3 epochs * 1.25 -> 5
    panel.set_history(history(9))
    (x0, x1), _ = panel.loss_plot.getPlotItem().vb.viewRange()
    assert x1 == pytest.approx(10 * 1.02, rel=0.05)  # capped at the 10 planned epochs


def test_log_scale_toggle(panel):
    panel.set_history(history())
    panel.log_scale.setChecked(True)
    assert panel.loss_plot.getPlotItem().ctrl.logYCheck.isChecked()
    panel.log_scale.setChecked(False)
    assert not panel.loss_plot.getPlotItem().ctrl.logYCheck.isChecked()


def test_readout_names_the_values_under_the_cursor(panel):
    panel.set_history(history())
    panel.show_readout(2.0)
    text = panel.readout.text()
    assert text.startswith("epoch 2.00")
    assert "batch loss 0.3333" in text
    assert "validation loss 0.4167 (end of epoch 2)" in text
    assert all(line.isVisible() for line in panel.cursor_lines)
    label = panel.findChild(QtWidgets.QLabel, "lossReadout")
    assert label is panel.readout
