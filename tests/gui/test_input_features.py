"""Extra input features in the Data box: ticking x₁² gives the network an input more."""

from __future__ import annotations

import numpy as np

from gui.panels.network_editor import NetworkEditor


def test_ticking_features_rebuilds_the_input_layer(qtbot):
    from gui.workspace import Workspace

    ws = Workspace()
    ws.new()
    editor = NetworkEditor(ws)
    qtbot.addWidget(editor)
    editor.show()
    ws.modelChanged.emit()
    box = editor.input_features
    assert box.isVisibleTo(editor) and box.chosen() == ["x1", "x2"]
    box.boxes["x1^2"].setChecked(True)
    assert ws.network.sizes[0] == 3 and ws.dataset.params["input_features"] == ["x1", "x2", "x1^2"]
    assert np.allclose(ws.dataset.x_train[:, 2], ws.dataset.points.x_train[:, 0] ** 2)
    box.boxes["x1"].setChecked(False)
    box.boxes["x2"].setChecked(False)
    assert ws.network.sizes[0] == 1 and box.chosen() == ["x1^2"]
    box.boxes["x1^2"].setChecked(False)  # the last one stays ticked
    assert box.chosen() == ["x1^2"] and ws.network.sizes[0] == 1
    ws.change_dataset("iris")
    assert not box.isVisibleTo(editor)
