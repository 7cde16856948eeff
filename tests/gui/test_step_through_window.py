"""The step-through panel inside the main window: wired to its workspace and trainer."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6 import QtWidgets

from engine.data.dataset import encode_targets
from engine.train.trainer import Trainer
from gui import MainWindow


@pytest.fixture
def window(qtbot, monkeypatch):
    B = QtWidgets.QMessageBox.StandardButton
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: B.Discard)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_panel_traces_the_default_workspace(window):
    panel = window.findChild(QtWidgets.QWidget, "stepThrough")
    net = window.state.network
    assert panel.isVisible() and panel.trace is not None
    assert panel.trace.sizes == net.sizes
    assert np.array_equal(panel.trace.x[0], window.state.dataset.x_val[0].astype(net.dtype))
    assert "first validation example" in panel.sample_label.text()


def test_apply_update_trains_the_workspace_network_once_and_marks_the_work_changed(window):
    panel = window.findChild(QtWidgets.QWidget, "stepThrough")
    state = window.state
    net = state.network
    ref = net.copy()
    before = [p.copy() for p in net.params]
    assert not window.isWindowModified()
    panel.apply_update()
    trainer = state.trainer
    assert trainer is not None and trainer.network is net
    # the same step on a copy, through a trainer of the window's own making
    ref_trainer = Trainer(ref, state.dataset, replace(state.config))
    Y = encode_targets(np.array([panel.trace.target_class()]), net.sizes[-1], net.dtype)
    ref_trainer.train_on_batch(panel.trace.x, Y, use_dropout=False)
    for mine, theirs in zip(net.params, ref.params, strict=True):
        assert np.array_equal(mine, theirs)
    assert window.isWindowModified()
    assert state.snapshot is not None and np.array_equal(state.snapshot.weights[0], net.weights[0])
    panel.undo()
    for p, q in zip(net.params, before, strict=True):
        assert np.array_equal(p, q)
