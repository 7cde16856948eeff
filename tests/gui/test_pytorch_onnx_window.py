"""File → Export PyTorch script… replays the window's run; File → Open takes an ONNX MLP."""

from __future__ import annotations

import contextlib
import io
import json
import runpy
import types

import numpy as np
import pytest
from PySide6 import QtWidgets

from engine.files import modelfile, onnx_export
from engine.nn.network import Network
from gui.main_window import MainWindow


@pytest.fixture
def warnings_shown(monkeypatch):
    log = types.SimpleNamespace(warnings=[])

    def warning(parent, title, text, *args, **kwargs):
        log.warnings.append((title, text))
        return QtWidgets.QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", warning)
    discard = QtWidgets.QMessageBox.StandardButton.Discard  # "save the changes?" on close
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: discard)
    return log


@pytest.fixture
def window(qtbot, warnings_shown):
    w = MainWindow()
    qtbot.addWidget(w)
    w.controls.set_speed(0)
    w.show()
    return w


def choose(monkeypatch, answer: str, path) -> None:
    """Answer the export's question with the button `answer` and its file dialog with path."""
    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(
        QtWidgets.QMessageBox,
        "clickedButton",
        lambda box: next(b for b in box.buttons() if b.text() == answer),
    )
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_export_pytorch_from_the_initial_weights_replays_the_run(
    qtbot, window, tmp_path, monkeypatch
):
    torch = pytest.importorskip("torch")
    torch.set_num_threads(1)
    ws = window.workspace
    for _ in range(2):
        ws.step_epoch()
        qtbot.waitUntil(lambda: not ws.training and ws.trainer.batch == 0, timeout=15_000)
    assert ws.trainer.epoch == 2
    script = tmp_path / "moons"
    choose(monkeypatch, "Initial weights", script)
    window.export_pytorch()
    assert (tmp_path / "moons.py").exists()
    namespace = runpy.run_path(str(tmp_path / "moons.py"), run_name="exported")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        namespace["main"](["--epochs", "2", "--json"])
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    ours = np.concatenate([r["batch_loss"] for r in records])
    app = np.array(ws.trainer.history["batch_loss"])
    assert ours.shape == app.shape and np.max(np.abs(ours - app)) < 2e-5
    assert "Exported" in window.statusBar().currentMessage() or "wrote" in (
        window.statusBar().currentMessage()
    )


def test_export_pytorch_current_weights(qtbot, window, tmp_path, monkeypatch):
    ws = window.workspace
    ws.step_batch()
    qtbot.waitUntil(lambda: not ws.training and ws.trainer.samples_seen > 0, timeout=15_000)
    choose(monkeypatch, "Current weights", tmp_path / "now.py")
    file_menu = window.menuBar().actions()[0].menu()
    item = next(a for a in file_menu.actions() if a.text() == "Export &PyTorch script…")
    item.trigger()  # through the File menu
    text = (tmp_path / "now.py").read_text()
    assert repr(float(ws.network.weights[0][0, 0])) in text
    assert "the weights at export" in text


def test_open_onnx_inspect_train_and_save_as_bps(qtbot, window, tmp_path, warnings_shown):
    pytest.importorskip("onnx")
    net = Network.create([2, 5, 3, 1], "relu", seed=8)
    path = tmp_path / "outside.onnx"
    onnx_export.export_onnx(net, path)
    assert window.open_model(str(path))
    ws = window.workspace
    assert ws.network.sizes == [2, 5, 3, 1] and ws.network.activations == [
        "relu",
        "relu",
        "sigmoid",
    ]
    assert all(np.array_equal(a, b) for a, b in zip(ws.network.params, net.params, strict=True))
    assert ws.path is None  # Save asks for a .bps name: the .onnx is never overwritten
    ws.step_epoch()  # fine-tune it on the open dataset
    qtbot.waitUntil(lambda: not ws.training and ws.trainer.epoch == 1, timeout=15_000)
    assert not np.array_equal(ws.network.weights[0], net.weights[0])
    assert ws.save(str(tmp_path / "tuned.bps"))
    saved = modelfile.load(tmp_path / "tuned.bps")
    assert np.array_equal(saved.network.weights[0], ws.network.weights[0])
    assert warnings_shown.warnings == []


def test_open_refuses_an_unsupported_graph_naming_the_operator(
    qtbot, window, tmp_path, warnings_shown
):
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Conv", ["x", "x"], ["y"], name="conv1")],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", 2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", 2])],
    )
    path = tmp_path / "conv.onnx"
    path.write_bytes(helper.make_model(graph).SerializeToString())
    before = window.workspace.network
    assert onnx is not None and not window.open_model(str(path))
    assert window.workspace.network is before
    assert "the operator Conv (node conv1)" in warnings_shown.warnings[-1][1]
