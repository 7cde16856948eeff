"""Driving the real window: train, pause, step, change settings live, open, close."""

from __future__ import annotations

import sys
import types

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from engine.data.dataset import Dataset
from gui import MainWindow
from gui.main_window import settings


@pytest.fixture
def answers(answers):
    """The shared scripted replies (tests/gui/conftest.py), answering Discard to questions."""
    answers.question = QtWidgets.QMessageBox.StandardButton.Discard
    return answers


@pytest.fixture
def window(qtbot, answers):
    w = MainWindow()
    qtbot.addWidget(w)
    w.controls.set_speed(0)  # full speed
    w.settings_panel.fields["epochs"].setText("100000")  # a run outlasts every test
    assert w.settings_panel.commit("epochs")
    w.state.set_modified(False)
    w.show()
    return w


def button(window, name):
    widget = window.findChild(QtWidgets.QWidget, name)
    assert widget is not None, name
    return widget


def batch_points(window) -> int:
    """Points given to the per-batch loss curve (before it is downsampled for display)."""
    x = window.loss_panel.batch_loss.xData
    return 0 if x is None else len(x)


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.state.training, timeout=15_000)
    qtbot.wait(30)  # the final snapshot follows


def test_train_on_the_default_workspace_the_loss_goes_down(qtbot, window):
    assert window.state.dataset.name == "moons"
    assert window.state.network.sizes == [2, 8, 8, 1]
    train = button(window, "trainButton")
    assert train.text() == "Train"
    qtbot.mouseClick(train, QtCore.Qt.MouseButton.LeftButton)
    assert window.state.training
    qtbot.waitUntil(lambda: window.state.snapshot is not None, timeout=5_000)
    qtbot.waitUntil(lambda: window.state.snapshot.epoch >= 8, timeout=15_000)
    assert train.text() == "Pause"
    qtbot.mouseClick(train, QtCore.Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert train.text() == "Resume"
    assert batch_points(window) > 50
    epoch_loss = window.loss_panel.train_loss.yData
    assert epoch_loss[-1] < 0.6 * epoch_loss[0]
    assert window.isWindowModified()
    assert "epoch" in window.status["epoch"].text()
    assert window.status["stopped"].text() == "Paused"


def test_pause_stops_new_points(qtbot, window):
    window.state.toggle_training()
    qtbot.waitUntil(lambda: batch_points(window) > 20, timeout=10_000)
    window.state.toggle_training()
    wait_idle(qtbot, window)
    n = batch_points(window)
    seen = window.state.trainer.samples_seen
    qtbot.wait(300)
    assert batch_points(window) == n
    assert window.state.trainer.samples_seen == seen
    assert len(window.state.trainer.history["batch_loss"]) == n


def test_step_adds_exactly_one_batch(qtbot, window):
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)  # the shortcut for one batch
    wait_idle(qtbot, window)
    assert batch_points(window) == 1
    window.state.step_batch()
    wait_idle(qtbot, window)
    assert batch_points(window) == 2
    assert window.state.trainer.samples_seen == 2 * 16
    window.state.step_epoch()
    wait_idle(qtbot, window)
    assert window.state.trainer.epoch == 1 and window.state.trainer.batch == 0


def test_space_starts_and_pauses_training(qtbot, window):
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert window.state.training
    qtbot.waitUntil(lambda: batch_points(window) > 0, timeout=10_000)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    wait_idle(qtbot, window)


def test_learning_rate_change_mid_training_reaches_the_engine(qtbot, window):
    window.state.toggle_training()
    qtbot.waitUntil(lambda: batch_points(window) > 10, timeout=10_000)
    trainer = window.state.trainer
    assert window.settings_panel.set_learning_rate_text("0.002")
    qtbot.waitUntil(lambda: trainer.optimizer.lr == 0.002, timeout=10_000)
    assert window.state.training  # changed without stopping
    window.settings_panel.optimizer.setCurrentText("rmsprop")
    qtbot.waitUntil(lambda: trainer.optimizer.name == "rmsprop", timeout=10_000)
    window.state.toggle_training()
    wait_idle(qtbot, window)
    assert trainer.config.lr == 0.002
    assert trainer.history["lr"][-1] == pytest.approx(0.002)


def test_invalid_field_input_is_refused_with_a_message(qtbot, window):
    panel = window.settings_panel
    message = panel.findChild(QtWidgets.QLabel, "settingsMessage")
    assert not panel.set_learning_rate_text("-1")
    assert message.isVisible()
    assert "Learning rate η must be > 0, not -1" in message.text()
    assert panel.config().lr == 0.03
    assert not panel.set_learning_rate_text("fast")
    assert "takes a number, not 'fast'" in message.text()
    field = panel.fields["batch_size"]
    field.setText("2.5")
    assert not panel.commit("batch_size")
    assert "whole number" in message.text()
    field.setText("0")
    assert not panel.commit("batch_size")
    assert "Batch size must be a whole number >= 1, not 0" in message.text()
    panel.fields["dropout"].setText("1")
    assert not panel.commit("dropout")
    assert "dropout" in message.text().lower()
    panel.fields["target_error"].setText("150")
    assert not panel.commit("target_error")
    assert panel.set_learning_rate_text("0.01")
    assert "Learning rate" not in message.text()
    assert "dropout" in message.text().lower()  # still refused, still said
    for key, good in (("batch_size", "32"), ("dropout", "0.2"), ("target_error", "5")):
        panel.fields[key].setText(good)
        assert panel.commit(key)
    assert not message.isVisible()
    assert panel.config().target_error == 0.05
    assert window.state.config.lr == 0.01


def test_network_editor_explains_combinations_that_cannot_train(qtbot, window):
    editor = window.editor
    message = editor.findChild(QtWidgets.QLabel, "networkMessage")
    apply = editor.findChild(QtWidgets.QPushButton, "applyNetwork")
    editor.output_activation.setCurrentText("tanh")
    assert "cross_entropy needs outputs that are probabilities" in message.text()
    assert not apply.isEnabled()
    editor.loss.setCurrentText("mse")
    assert message.text() == "" and apply.isEnabled()
    editor._rows[0].activation.setCurrentText("step")
    assert "cannot be trained by backpropagation" in message.text()
    assert not apply.isEnabled()


def test_architecture_change_asks_before_dropping_trained_weights(qtbot, window, answers):
    window.state.step_batch()
    wait_idle(qtbot, window)
    old = window.state.network
    window.editor.add_layer(5, "relu")
    B = QtWidgets.QMessageBox.StandardButton
    answers.question = B.No
    qtbot.mouseClick(button(window, "applyNetwork"), QtCore.Qt.MouseButton.LeftButton)
    assert answers.questions and "Reset the trained weights" in answers.questions[-1][0]
    assert window.state.network is old
    window.editor.add_layer(5, "relu")
    answers.question = B.Yes
    qtbot.mouseClick(button(window, "applyNetwork"), QtCore.Qt.MouseButton.LeftButton)
    assert window.state.network.sizes == [2, 8, 8, 5, 1]
    assert window.state.network.activations == ["tanh", "tanh", "relu", "sigmoid"]
    assert window.state.trainer is None
    assert batch_points(window) == 0


def test_dataset_switch_makes_input_and_output_follow(qtbot, window):
    selector = button(window, "datasetSelector")
    selector.setCurrentIndex(selector.findData("blobs"))
    selector.activated.emit(selector.currentIndex())
    net = window.state.network
    assert window.state.dataset.name == "blobs"
    assert net.sizes == [2, 8, 8, 3] and net.activations[-1] == "softmax"
    window.state.step_batch()
    wait_idle(qtbot, window)
    assert window.state.trainer.samples_seen == 16


def fake_mnist(monkeypatch, available: bool):
    """An engine.data.mnist stand-in with tiny 784-feature data (tests never download)."""
    rng = np.random.default_rng(0)
    calls = []
    mod = types.ModuleType("engine.data.mnist")
    mod.available = available
    mod.is_available = lambda data_dir=None: mod.available

    def import_folder(src):
        calls.append(("import", src))
        mod.available = True

    def load(data_dir=None):
        return Dataset(
            "mnist",
            rng.random((40, 784), dtype=np.float32),
            np.arange(40) % 10,
            rng.random((10, 784), dtype=np.float32),
            np.arange(10),
            n_classes=10,
            image_shape=(28, 28),
        )

    mod.import_folder, mod.load, mod.calls = import_folder, load, calls
    import engine.data

    monkeypatch.setitem(sys.modules, "engine.data.mnist", mod)
    monkeypatch.setattr(engine.data, "mnist", mod, raising=False)
    return mod


def test_switching_to_missing_mnist_offers_import(qtbot, window, monkeypatch, tmp_path):
    mnist = fake_mnist(monkeypatch, available=False)
    from gui import dialogs

    monkeypatch.setattr(dialogs, "ask_how_to_get_mnist", lambda parent: None)
    assert not window.state.change_dataset("mnist")
    assert window.state.dataset.name == "moons"
    assert button(window, "datasetSelector").currentData() == "moons"
    monkeypatch.setattr(dialogs, "ask_how_to_get_mnist", lambda parent: "import")
    monkeypatch.setattr(
        QtWidgets.QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path)
    )
    assert window.state.change_dataset("mnist")
    assert mnist.calls == [("import", str(tmp_path))]
    assert window.state.network.sizes == [784, 8, 8, 10]


def test_choosing_mnist_in_the_selector_loads_it_in_the_background(qtbot, window, monkeypatch):
    fake_mnist(monkeypatch, available=True)
    selector = button(window, "datasetSelector")
    selector.setCurrentIndex(selector.findData("mnist"))
    selector.activated.emit(selector.currentIndex())
    assert window.state.loading  # the GUI thread did not wait for it
    qtbot.waitUntil(lambda: window.state.dataset.name == "mnist", timeout=10_000)
    assert window.state.network.sizes == [784, 8, 8, 10]
    assert selector.isEnabled() and not window.state.loading


def model_files(monkeypatch):
    """engine.files.modelfile; until it is part of this tree, a stand-in that refuses any file."""
    try:
        from engine.files import modelfile
    except ImportError:
        modelfile = types.ModuleType("engine.files.modelfile")

        class ModelFileError(ValueError):
            pass

        def load(path):
            raise ModelFileError(f"{path}: not a Backprop Studio model file")

        modelfile.ModelFileError, modelfile.load = ModelFileError, load
        import engine.files

        monkeypatch.setitem(sys.modules, "engine.files.modelfile", modelfile)
        monkeypatch.setattr(engine.files, "modelfile", modelfile, raising=False)
    return modelfile


def write_garbage(path):
    path.write_bytes(b"PK\x03\x04 this is not a model file" + bytes(range(256)))
    return str(path)


def test_open_of_a_corrupt_file_shows_an_error_and_keeps_the_model(
    qtbot, window, answers, monkeypatch, tmp_path
):
    model_files(monkeypatch)
    window.state.step_batch()
    wait_idle(qtbot, window)
    window.state.set_modified(False)
    net, trainer = window.state.network, window.state.trainer
    W = net.weights[0].copy()
    path = write_garbage(tmp_path / "broken.bps")
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    assert not window.open_model()
    assert answers.warnings, "an error dialog is shown"
    title, text = answers.warnings[-1]
    assert title == "Open model" and "broken.bps" in text
    assert "Traceback" not in text
    assert window.state.network is net and window.state.trainer is trainer
    assert (net.weights[0] == W).all()
    assert batch_points(window) == 1


def test_save_then_open_restores_weights_settings_and_curves(qtbot, window, tmp_path):
    pytest.importorskip("engine.files.modelfile")  # lands with the model-files work
    window.settings_panel.set_learning_rate_text("0.02")
    window.state.step_epoch()
    wait_idle(qtbot, window)
    W = window.state.network.weights[0].copy()
    n = batch_points(window)
    path = tmp_path / "run.bps"
    assert window.state.save(str(path))
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("run.bps")
    window.new_workspace(ask=False)
    assert batch_points(window) == 0
    assert window.open_model(str(path))
    assert (window.state.network.weights[0] == W).all()
    assert window.settings_panel.config().lr == 0.02
    assert batch_points(window) == n
    window.state.step_batch()
    wait_idle(qtbot, window)
    assert batch_points(window) == n + 1


def test_closing_during_training_leaves_no_running_thread(qtbot, window, answers):
    window.state.toggle_training()
    qtbot.waitUntil(lambda: batch_points(window) > 5, timeout=10_000)
    thread = window.state.thread
    assert thread is not None and thread.isRunning()
    assert window.close()  # answers "Discard" to the unsaved-changes question
    assert answers.questions and answers.questions[-1][0] == "Unsaved changes"
    assert not thread.isRunning()
    assert window.state.thread is None and not window.state.training


def test_closing_can_be_cancelled(qtbot, window, answers):
    window.state.step_batch()
    wait_idle(qtbot, window)
    answers.question = QtWidgets.QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    answers.question = QtWidgets.QMessageBox.StandardButton.Discard


def test_layout_is_restored_and_can_be_reset(qtbot, answers):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.docks["weightHeatmaps"].hide()
    assert first.close()
    assert settings().value("layout/version", type=int) >= 1
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.docks["weightHeatmaps"].isHidden()
    assert not second.docks["lossPlotPanel"].isHidden()
    second.reset_layout()
    assert not second.docks["weightHeatmaps"].isHidden()
    second.close()


def test_view_menu_toggles_every_panel(qtbot, window):
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    titles = {a.text() for a in view.actions()}
    for dock in window.docks.values():
        assert dock.windowTitle() in titles


def test_save_during_training_pauses_then_saves(qtbot, window, tmp_path):
    pytest.importorskip("engine.files.modelfile")
    from engine.files import modelfile

    window.state.toggle_training()
    qtbot.waitUntil(lambda: batch_points(window) > 20, timeout=10_000)
    path = tmp_path / "live.bps"
    assert window.state.save(str(path))
    wait_idle(qtbot, window)
    qtbot.waitUntil(path.exists, timeout=10_000)
    assert not window.isWindowModified()
    model = modelfile.load(str(path))
    trainer = window.state.trainer
    assert len(model.history["batch_loss"]) == len(trainer.history["batch_loss"])
    assert (model.network.weights[0] == trainer.network.weights[0]).all()


def test_close_with_unsaved_changes_can_save_first(qtbot, window, answers, tmp_path, monkeypatch):
    pytest.importorskip("engine.files.modelfile")
    window.state.toggle_training()
    qtbot.waitUntil(lambda: batch_points(window) > 5, timeout=10_000)
    path = tmp_path / "closing.bps"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    answers.question = QtWidgets.QMessageBox.StandardButton.Save
    assert window.close()
    assert path.exists()
    assert window.state.thread is None


def test_export_onnx_writes_the_network(qtbot, window, tmp_path, monkeypatch):
    pytest.importorskip("onnx")
    path = tmp_path / "net.onnx"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.export_onnx()
    assert path.exists() and path.stat().st_size > 100


def test_schedule_settings_are_checked_and_reach_the_config(qtbot, window):
    panel = window.settings_panel
    message = panel.findChild(QtWidgets.QLabel, "settingsMessage")
    panel.schedule.setCurrentText("step")
    assert panel.schedule_params.placeholderText() == "drop=0.5, every=10"
    panel.schedule_params.setText("drop=2")
    assert not panel.commit_schedule_params()
    assert "drop must be a factor in (0, 1], not 2" in message.text()
    panel.schedule_params.setText("gamma=0.9")
    assert not panel.commit_schedule_params()
    assert "has no setting 'gamma'" in message.text()
    panel.schedule_params.setText("drop=0.1, every=2")
    assert panel.commit_schedule_params()
    assert not message.isVisible()
    assert window.state.config.schedule == "step"
    assert window.state.config.schedule_params == {"drop": 0.1, "every": 2.0}
    window.state.step_epoch()
    wait_idle(qtbot, window)
    window.state.step_epoch()
    wait_idle(qtbot, window)
    # the rate at each epoch's end: 0.03 · 0.1^floor(e / 2) at e = 1, 2
    assert window.state.trainer.history["lr"] == pytest.approx([0.03, 0.003])
    panel.schedule.setCurrentText("exponential")
    config = window.state.trainer.config
    qtbot.waitUntil(lambda: config.schedule == "exponential", timeout=5_000)
    qtbot.waitUntil(lambda: config.schedule_params == {}, timeout=5_000)


def test_drawing_is_paced_to_the_frame_budget(window):
    import time

    from gui.workspace import MAX_FPS, MIN_FPS

    worker = types.SimpleNamespace(interval=1 / MAX_FPS, batches_per_refresh=0)
    window.state.training = True
    try:
        # the GUI thread was busy half of the last second: fewer snapshots
        window.state._frame_clock = (time.perf_counter() - 1.0, time.thread_time() - 0.5)
        window.state._pace(worker)
        assert worker.interval == pytest.approx(1.25 / MAX_FPS)
        for _ in range(50):
            window.state._frame_clock = (time.perf_counter() - 1.0, time.thread_time() - 0.5)
            window.state._pace(worker)
        assert worker.interval == pytest.approx(1 / MIN_FPS)
        # idle since: more again
        window.state._frame_clock = (time.perf_counter() - 1.0, time.thread_time())
        window.state._pace(worker)
        assert worker.interval == pytest.approx(1 / MIN_FPS / 1.1)
        # slow motion always draws at the full rate
        worker.batches_per_refresh = 10
        window.state._pace(worker)
        assert worker.interval == pytest.approx(1 / MAX_FPS)
    finally:
        window.state.training = False


def test_closing_while_mnist_loads_joins_the_loader(qtbot, window, monkeypatch):
    import time

    mnist = fake_mnist(monkeypatch, available=True)
    fast_load = mnist.load

    def slow_load(data_dir=None):
        time.sleep(0.3)
        return fast_load()

    mnist.load = slow_load
    assert window.state.request_dataset("mnist")
    loader = window.state._loading.thread
    assert loader.isRunning()
    assert not window.editor.dataset_selector.isEnabled()
    assert window.close()
    assert not loader.isRunning()
    assert window.state.dataset.name == "moons"  # the switch never happened
