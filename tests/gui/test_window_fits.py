"""The window on a small screen (issue 15): it fits 1280×720, nothing a panel shows widens a
dock, the wheel does not change settings by itself, Reset layout puts things back, Reset
asks first, and a run that diverges says so where it can be read whole."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from gui import MainWindow, layout
from tests.gui.test_first_minutes import wheel

TITLE_BAR = 40  # what a window manager's title bar may take of the screen's height


@pytest.fixture
def window(qtbot, answers):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768 - TITLE_BAR)
    w.show()
    qtbot.waitExposed(w)
    return w


def dock_widths(window) -> dict[str, int]:
    return {name: d.width() for name, d in window.docks.items() if d.isVisible()}


def test_the_window_fits_1280x720(qtbot, window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720 - TITLE_BAR, hint
    window.resize(1280, 720 - TITLE_BAR)
    qtbot.wait(50)
    assert (window.width(), window.height()) == (1280, 720 - TITLE_BAR)
    # every dock and the status bar lie inside the window
    inside = window.rect()
    for name, dock in window.docks.items():
        if dock.isVisible() and not dock.isFloating() and not dock.visibleRegion().isEmpty():
            box = QtCore.QRect(dock.mapTo(window, QtCore.QPoint(0, 0)), dock.size())
            assert inside.contains(box), name
    bar = window.statusBar()
    assert inside.contains(QtCore.QRect(bar.mapTo(window, QtCore.QPoint(0, 0)), bar.size()))


def test_fit_to_screen_stays_inside_the_available_area(qtbot):
    w = QtWidgets.QMainWindow()
    qtbot.addWidget(w)
    layout.fit_to_screen(w)
    area = w.screen().availableGeometry()
    assert w.width() <= area.width() and w.height() <= area.height()
    assert area.contains(w.geometry().topLeft())


def test_pointing_at_the_loss_plot_widens_no_dock(qtbot, window):
    panel = window.loss_panel
    n = 400
    be = np.arange(1, n + 1) / 20
    panel.set_history(
        {
            "batch_epoch": be,
            "batch_loss": 1234.5678 / (1 + be),
            "batch_accuracy": np.full(n, 0.5123),
            "epoch": np.arange(1, 21, dtype=float),
            "loss": np.full(20, 0.123456),
            "accuracy": np.full(20, 0.5),
            "val_loss": np.full(20, 0.654321),
            "val_accuracy": np.full(20, 0.4321),
        }
    )
    window.docks["lossPlotPanel"].raise_()
    qtbot.wait(50)
    before, size = dock_widths(window), window.size()
    for plot in (panel.loss_plot, panel.acc_plot):
        centre = plot.getPlotItem().vb.sceneBoundingRect().center()
        plot.scene().sigMouseMoved.emit(centre)
        qtbot.wait(30)
    assert "validation loss" in panel.readout.text()  # the readout shows, whole in its tip
    assert panel.readout.toolTip() == panel.readout.text()
    assert dock_widths(window) == before
    assert window.size() == size


def test_the_wheel_over_the_settings_changes_nothing_unfocused(qtbot, window):
    ws = window.workspace
    optimizer = window.settings_panel.optimizer
    output = window.editor.output_activation
    start = (optimizer.currentText(), output.currentText(), ws.config.optimizer)
    for combo in (optimizer, output):
        combo.clearFocus()
        wheel(combo, -2)
        wheel(combo, 1)
    assert (optimizer.currentText(), output.currentText(), ws.config.optimizer) == start


def test_reset_layout_puts_the_docks_back(qtbot, window):
    qtbot.wait(50)
    home = {n: window.dockWidgetArea(d) for n, d in window.docks.items()}
    widths = dock_widths(window)
    dock = window.docks["hyperparameters"]
    window.removeDockWidget(dock)
    window.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    window.docks["stepThrough"].setFloating(True)
    window.resizeDocks([window.docks["networkEditor"]], [600], QtCore.Qt.Orientation.Horizontal)
    window.reset_layout()
    qtbot.wait(50)
    assert {n: window.dockWidgetArea(d) for n, d in window.docks.items()} == home
    assert not window.docks["stepThrough"].isFloating()
    assert dock_widths(window)["networkEditor"] == pytest.approx(widths["networkEditor"], abs=4)


def test_every_panel_has_a_what_am_i_looking_at_button(qtbot, window):
    from gui.help_texts import HELP

    for name in window.panels:
        assert name in HELP, f"{name} has no 'What am I looking at?' text"
        button = window.findChild(QtWidgets.QToolButton, name + "Help")
        assert button is not None, name
        box = button.show_help()
        assert box.isVisible() and HELP[name][0] in box.text()
        assert "Try" in box.informativeText()
        box.close()


def test_reset_asks_before_dropping_trained_epochs(qtbot, window, answers):
    ws = window.workspace
    ws.step_epoch()
    qtbot.waitUntil(lambda: not ws.training, timeout=15_000)
    trained = ws.network
    answers.question = QtWidgets.QMessageBox.StandardButton.No
    window.controls.resetRequested.emit()
    assert answers.questions and "Reset" in answers.questions[-1][0]
    assert ws.network is trained and ws.trainer.samples_seen > 0
    answers.question = QtWidgets.QMessageBox.StandardButton.Yes
    window.controls.resetRequested.emit()
    assert ws.trainer is None or ws.trainer.samples_seen == 0


def test_learning_rate_1000_on_two_moons_pauses_with_a_diverging_message(qtbot, window):
    ws = window.workspace
    panel = window.settings_panel
    assert panel.set_learning_rate_text("1000")
    assert ws.config.lr == 1000
    window.controls.set_speed(0)
    ws.train()
    qtbot.waitUntil(lambda: not ws.training, timeout=60_000)
    qtbot.wait(50)
    assert ws.trainer.stopped_because.startswith("diverging")
    bar = window.message_bar
    assert bar.isVisible() and "diverging" in bar.message()
    # read whole: the bar is as tall as its wrapped text
    text = bar.text
    needed = text.fontMetrics().boundingRect(
        0, 0, text.width(), 10_000, QtCore.Qt.TextFlag.TextWordWrap, text.text()
    )
    assert text.height() >= needed.height()
    assert "diverging" in window.status["stopped"].text()
    hint = window.minimumSizeHint()  # the long reason widens nothing
    assert hint.width() <= 1280 and hint.height() <= 720 - TITLE_BAR, hint
    (lower,) = bar.buttons()
    assert "100" in lower.text()
    lower.click()
    assert ws.config.lr == pytest.approx(100)
    assert panel.fields["lr"].text() == "100"
    assert ws.trainer is None or ws.trainer.samples_seen == 0
    assert not bar.isVisible()


def test_about_names_the_version(qtbot, monkeypatch):
    import engine
    from gui import dialogs

    seen = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "about", lambda p, t, text: seen.append(text))
    dialogs.show_about(None)
    assert engine.__version__ in seen[0]


def panel_texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QtWidgets.QLabel))


def test_new_and_a_dataset_switch_leave_no_stale_sample(qtbot, window):
    from gui.workspace import Sample

    ws = window.workspace
    steps, topology = window.panels["stepThrough"], window.panels["topologyView"]

    def choose() -> np.ndarray:
        ds = ws.dataset
        x = np.array(ds.x_val[3])
        ws.set_sample(Sample(x, int(ds.y_val[3]), "validation set #3"))
        qtbot.wait(20)
        assert "validation set #3" in panel_texts(steps)
        assert np.allclose(topology.node_values[0], x)  # the input the topology shows
        return x

    def stale(x) -> bool:
        shown = topology.node_values[0]
        return (
            ws.sample is not None
            or "validation set #3" in panel_texts(steps)
            or (shown is not None and np.allclose(shown, x))
        )

    x = choose()
    window.new_workspace(ask=False)
    qtbot.wait(20)
    assert not stale(x)
    x = choose()
    ws.change_dataset("blobs")
    qtbot.wait(20)
    assert ws.network.sizes[-1] == 3 and not stale(x)


def test_the_data_box_regenerates_the_data_and_keeps_the_network(qtbot, window, answers):
    ws = window.workspace
    box = window.editor.data_params
    assert box.isVisible()
    # the default workspace, as the Data box shows it
    assert ws.dataset.params["noise"] == 0.1
    assert box.params() == {"n": 400, "noise": 0.1, "val_fraction": 0.25, "seed": 0}
    sizes = list(ws.network.sizes)
    box.size.setValue(200)
    box.noise.setValue(0.3)
    box.val_share.setValue(50)
    box.seed.setValue(5)
    assert "changed" in box.regenerate.text()  # nothing applies by itself
    assert ws.dataset.params["n"] == 400
    qtbot.mouseClick(box.regenerate, QtCore.Qt.MouseButton.LeftButton)
    p = ws.dataset.params
    assert (p["n"], p["noise"], p["val_fraction"], p["seed"]) == (200, 0.3, 0.5, 5)
    assert len(ws.dataset.x_val) == 100 and ws.dataset.name == "moons"
    assert list(ws.network.sizes) == sizes
    assert box.regenerate.text() == "Regenerate"
    # after training, regenerating asks first
    ws.step_batch()
    qtbot.waitUntil(lambda: not ws.training, timeout=15_000)
    answers.question = QtWidgets.QMessageBox.StandardButton.No
    box.noise.setValue(0.05)
    box.request()
    assert ws.dataset.params["noise"] == 0.3 and box.noise.value() == 0.3


def test_samples_per_second_start_over_with_a_new_run(qtbot, window):
    ws = window.workspace
    window.controls.set_speed(0)
    ws.train()
    qtbot.waitUntil(lambda: "samples/s" in window.status["speed"].text(), timeout=30_000)
    ws.pause()
    qtbot.waitUntil(lambda: not ws.training, timeout=15_000)
    window.reset_training()
    assert window.status["speed"].text() == ""  # not the last run's figure


def test_a_refused_field_says_why_beside_it_and_keeps_its_value(qtbot, window):
    panel = window.settings_panel
    lr = panel.fields["lr"]
    assert not panel.set_learning_rate_text("-1")
    error = panel.findChild(QtWidgets.QLabel, "field_lrError")
    assert error is not None and error.isVisible()
    assert "must be > 0" in error.text() and "still 0.03" in error.text()
    # right under its field, not at the bottom of the form
    below = error.mapTo(panel, QtCore.QPoint(0, 0)).y() - lr.mapTo(panel, QtCore.QPoint(0, 0)).y()
    assert 0 < below <= lr.height() + 12
    assert window.workspace.config.lr == 0.03
    assert panel.set_learning_rate_text("0.01")
    assert not error.isVisible()
    # a batch larger than the training set is refused with a message
    batch = panel.fields["batch_size"]
    batch.setText("1000000")
    assert not panel.commit("batch_size")
    message = panel.findChild(QtWidgets.QLabel, "field_batch_sizeError").text()
    assert "300 training samples" in message and "still 16" in message
    assert window.workspace.config.batch_size == 16


def test_an_unreadable_file_is_named_once(qtbot, window, answers, tmp_path):
    junk = tmp_path / "junk.bps"
    junk.write_bytes(b"not a model")
    assert not window.open_model(str(junk))
    (title, text) = answers.warnings[-1]
    assert text.count("junk.bps") == 1, text  # was "junk.bps: junk.bps: ..."


def test_tooltips_show_no_markdown(qtbot, window):
    for widget in window.findChildren(QtWidgets.QWidget):
        assert "`" not in widget.toolTip(), (widget.objectName(), widget.toolTip())
