"""The window with regression and tables: the data box, File → Import table…, the panels."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtWidgets

from gui.import_table import ImportTableDialog


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    """Closing the window asks whether to save: the answer is Discard."""
    discard = QtWidgets.QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: discard)


def make_window(qtbot):
    from gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.workspace.confirm = lambda *a: True
    return w


def test_regression_data_gets_a_linear_output_and_the_data_box(qtbot):
    w = make_window(qtbot)
    ws = w.workspace
    assert ws.change_dataset("sine")
    assert ws.network.activations[-1] == "linear" and ws.network.loss == "mse"
    assert ws.network.sizes[0] == 1 and ws.network.sizes[-1] == 1
    assert w.panels["functionFit"].available and w.panels["regressionView"].available
    assert not w.panels["decisionBoundary"].available
    box = w.editor.data_params
    assert box.isVisibleTo(w.editor)
    start = [p.copy() for p in ws.network.params]
    box.size.setValue(120)
    box.request()  # Regenerate keeps the network
    assert len(ws.dataset.x_train) + len(ws.dataset.x_val) == 120
    assert all(np.array_equal(a, b) for a, b in zip(start, ws.network.params, strict=True))
    assert ws.change_dataset("moons")  # back to classes: a probability output again
    assert ws.network.loss == "cross_entropy" and ws.network.activations[-1] == "sigmoid"


def test_import_table_makes_it_the_workspace(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "flowers.csv"
    path.write_text("a;b;kind\n" + "".join(f"{i},5;{i % 3};{'xyz'[i % 3]}\n" for i in range(30)))
    monkeypatch.setattr(ImportTableDialog, "exec", lambda self: (self.accept(), 1)[1])
    w = make_window(qtbot)
    assert w.import_table(str(path))
    ws = w.workspace
    assert ws.dataset.name == "flowers" and ws.dataset.class_names == ["x", "y", "z"]
    assert ws.network.sizes[0] == 2 and ws.network.sizes[-1] == 3
    assert w.editor.dataset_selector.currentText() == "flowers (table)"
    save = tmp_path / "f.bps"
    assert ws.save(str(save))
    assert ws.open(str(save))  # the table is found beside the model and split the same way
    assert ws.dataset.params["source"]["name"] == "flowers.csv"
