"""A model trained on the command line opens in the window, trains on, and is saved
back in a form the command line reads: the file format joins the two."""

from __future__ import annotations

import json
import types

import numpy as np
import pytest
from PySide6 import QtWidgets

from engine import cli
from engine.files import modelfile
from gui import MainWindow


@pytest.fixture
def window(qtbot, monkeypatch):
    B = QtWidgets.QMessageBox.StandardButton
    warnings = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: B.Discard)
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "warning", lambda p, t, text, *a, **k: warnings.append(text)
    )
    w = MainWindow()
    qtbot.addWidget(w)
    w.controls.set_speed(0)
    w.show()
    return types.SimpleNamespace(w=w, warnings=warnings)


def test_cli_model_opens_trains_on_and_saves_back(qtbot, window, tmp_path, capsys):
    path = tmp_path / "circles.bps"
    code = cli.main(
        [
            "train",
            "--dataset",
            "circles",
            "--points",
            "200",
            "--layers",
            "2,8,1",
            "--activation",
            "tanh",
            "--init",
            "he_normal",
            "--optimizer",
            "adam",
            "--lr",
            "0.02",
            "--batch-size",
            "25",
            "--epochs",
            "3",
            "--save",
            str(path),
        ]
    )
    capsys.readouterr()
    assert code == 0
    saved = modelfile.load(path)

    w = window.w
    assert w.open_model(str(path)), window.warnings
    assert w.state.network.sizes == [2, 8, 1]
    for a, b in zip(w.state.network.params, saved.network.params, strict=True):
        assert np.array_equal(a, b)
    assert w.state.config.lr == 0.02 and w.state.config.optimizer == "adam"
    assert w.state.config.init == "he_normal"
    assert w.state.trainer is not None and w.state.trainer.epoch == 3

    w.state.step_epoch()
    qtbot.waitUntil(lambda: not w.state.training, timeout=15_000)
    qtbot.wait(30)
    assert w.state.trainer.epoch == 4
    assert w.state.save(str(path))

    assert cli.main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["epochs_trained"] == 4 and info["sizes"] == [2, 8, 1]
    assert modelfile.load(path).history["loss"][:3] == saved.history["loss"]
