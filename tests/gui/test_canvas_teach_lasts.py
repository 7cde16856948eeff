"""Teach mode that lasts: the fine-tuned default model survives a restart until restored; My
digits can be listed, relabelled and deleted; the canvas can choose which model reads."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtTest import QTest

from engine.data.mydigits import MyDigits
from engine.files import tuned_model
from engine.nn.network import Network
from gui.panels import canvas as canvas_module
from gui.panels.canvas import CANVAS_SIDE
from gui.panels.canvas import DigitCanvas as Panel
from gui.state import AppState

LEFT = QtCore.Qt.MouseButton.LeftButton
NONE = QtCore.Qt.KeyboardModifier.NoModifier


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def shipped(monkeypatch):
    """A small stand-in for the shipped default model (the tests check the panel)."""
    net = Network.create([784, 24, 10], "relu", init="he_normal", seed=5)
    monkeypatch.setattr(canvas_module, "load_default_network", lambda *a: net)
    return net


def make_panel(qtbot, state: AppState | None = None) -> Panel:
    p = Panel(state or AppState())
    qtbot.addWidget(p)
    p.resize(700, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def draw_bar(p: Panel, k: int) -> None:
    """A short stroke drawn with the mouse, a little different for each k."""
    f = p.canvas._frame()
    s = f.width() / CANVAS_SIDE

    def at(x, y):
        return QtCore.QPoint(round(f.x() + x * s), round(f.y() + y * s))

    x = 100 + 8 * (k % 5)
    QTest.mousePress(p.canvas, LEFT, NONE, at(x, 60))
    for y in range(70, 230, 10):
        QTest.mouseMove(p.canvas, at(x + (y - 60) * 0.05 * (k % 3), y))
    QTest.mouseRelease(p.canvas, LEFT, NONE, at(x, 220))


def fine_tune_default(qtbot, p: Panel) -> None:
    for k in range(6):
        draw_bar(p, k)
        p.teach_buttons[k % 2 + 1].click()
    p.fine_tune_button.click()
    qtbot.waitUntil(lambda: p.fine_tune_button.isEnabled(), timeout=60000)


def test_the_fine_tuned_default_model_is_kept_until_restored(qtbot, data_dir, shipped):
    p = make_panel(qtbot)  # an empty workspace: the default model reads
    assert not p.restore_button.isEnabled()
    fine_tune_default(qtbot, p)
    assert "Kept for next time" in p.teach_status.text(), p.teach_status.text()
    tuned = p.reading_network()[0]
    assert tuned is not shipped
    assert any(np.abs(a - b).max() > 1e-6 for a, b in zip(tuned.weights, shipped.weights))
    assert tuned_model.path() == data_dir / "models" / "default-digits-tuned.bps"
    assert tuned_model.path().is_file()
    p.close()

    again = make_panel(qtbot)  # the app restarted
    reader, note = again.reading_network()
    assert "fine-tuned on your digits" in note and again.restore_button.isEnabled()
    for W, W2 in zip(reader.weights, tuned.weights, strict=True):
        np.testing.assert_array_equal(W, W2)

    again.restore_button.click()
    assert not tuned_model.path().exists()
    assert again.reading_network()[0] is shipped
    assert "Restored the original" in again.teach_status.text()
    assert not again.restore_button.isEnabled()
    third = make_panel(qtbot)
    assert third.reading_network()[0] is shipped


def test_a_damaged_kept_model_is_said_and_the_original_reads(qtbot, data_dir, shipped):
    tuned_model.path().parent.mkdir(parents=True)
    tuned_model.path().write_bytes(b"half a file")
    p = make_panel(qtbot)
    reader, note = p.reading_network()
    assert reader is shipped
    assert "could not be read" in note and "original default digit model" in note
    assert p.restore_button.isEnabled()  # the way out: remove it
    p.restore_button.click()
    assert not tuned_model.path().exists() and "could not" not in p.model_note.text()


def test_the_reader_can_be_the_default_model_even_for_a_digit_workspace(qtbot, data_dir, shipped):
    state = AppState()
    state.network = Network.create([784, 12, 10], "relu", seed=9)
    p = make_panel(qtbot, state)
    box = p.findChild(QtWidgets.QComboBox, "readingModel")
    assert p.reading_network()[0] is state.network
    box.setCurrentIndex(1)
    reader, note = p.reading_network()
    assert reader is shipped and p.model_note.text() == note == (
        "Reading with the default digit model."
    )
    draw_bar(p, 0)
    qtbot.waitUntil(lambda: not p.throttle.isActive(), timeout=2000)
    x = p.prepared.x
    np.testing.assert_allclose(p.prediction, shipped.feedforward(x)[0], rtol=1e-5)
    box.setCurrentIndex(0)
    assert p.reading_network()[0] is state.network
    assert "workspace network" in p.model_note.text()


def test_my_digits_are_listed_relabelled_and_deleted(qtbot, data_dir, shipped):
    p = make_panel(qtbot)
    for k, label in enumerate((3, 7, 7)):
        draw_bar(p, k)
        p.teach_buttons[label].click()
    p.findChild(QtWidgets.QPushButton, "showMyDigits").click()
    dialog = p.findChild(QtWidgets.QDialog, "myDigitsDialog")
    assert dialog is not None and dialog.isVisible()
    listing = dialog.findChild(QtWidgets.QListWidget, "myDigitsList")
    assert [listing.item(i).text() for i in range(listing.count())] == ["3", "7", "7"]
    assert all(not listing.item(i).icon().isNull() for i in range(3))
    assert "3 digits" in dialog.findChild(QtWidgets.QLabel, "myDigitsCount").text()
    relabel = dialog.findChild(QtWidgets.QPushButton, "relabelButton")
    delete = dialog.findChild(QtWidgets.QPushButton, "deleteDigits")
    assert not relabel.isEnabled() and not delete.isEnabled()  # nothing selected

    images = MyDigits().images()
    listing.item(1).setSelected(True)
    dialog.findChild(QtWidgets.QComboBox, "relabelDigit").setCurrentIndex(1)
    relabel.click()
    assert MyDigits().labels().tolist() == [3, 1, 7]
    assert [listing.item(i).text() for i in range(listing.count())] == ["3", "1", "7"]

    listing.clearSelection()
    listing.item(0).setSelected(True)
    listing.item(2).setSelected(True)
    delete.click()
    kept = MyDigits()  # what the next session sees
    assert kept.labels().tolist() == [1]
    np.testing.assert_array_equal(kept.images()[0], images[1])
    assert listing.count() == 1 and listing.item(0).text() == "1"
    assert "My digits: 1" in p.teach_status.text()
