"""Every transition of the workspace, then what every panel shows: the current state.

Each test drives the real window through the workspace's transitions (train, pause,
step, stop by each stopping condition and by divergence, reset, new, open, save, change
the data, apply a network, change a setting, Apply update / Undo, teach, fine-tune) and
then `shows_the_workspace` reads what the panels display — the Train button, the status
bar, the network editor, the loss curve, the step-through's trace and buttons, the
topology's weights, the title's modified mark — and compares it with the workspace.

Three defects of the window before the Workspace are pinned here: the step-through kept
"Training is running" and its old numbers after training paused or stopped; after New or
a dataset switch it kept the old sample ("The sample has 784 values but the network
takes 2 inputs") and its MNIST pictures; fine-tuning and Apply update / Undo wrote
weights the training thread owned.
"""

from __future__ import annotations

import numpy as np
import pytest
from panel_helpers import settle
from PySide6 import QtWidgets
from test_main_window_training import answers, fake_mnist  # noqa: F401 (answers: a fixture)

from gui import MainWindow
from gui.panels.network_editor import NetworkSpec
from gui.workspace import PAUSED, READY, RUNNING, STOPPED, Sample

TRAIN_TEXT = {READY: "Train", PAUSED: "Resume", STOPPED: "Train", RUNNING: "Pause"}


@pytest.fixture
def window(qtbot, answers):  # noqa: F811 (the fixture imported above)
    w = MainWindow()
    qtbot.addWidget(w)
    w.workspace.set_speed(0)  # full speed
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()


def wait_idle(qtbot, window, timeout=20_000) -> None:
    qtbot.waitUntil(lambda: not window.workspace.training, timeout=timeout)
    qtbot.wait(20)
    settle()


def train_a_little(qtbot, window, batches=5) -> None:
    ws = window.workspace
    seen = ws.trainer.samples_seen if ws.trainer is not None else 0
    ws.train()
    assert ws.training
    qtbot.waitUntil(
        lambda: ws.snapshot is not None and ws.snapshot.samples_seen > seen + batches * 16,
        timeout=10_000,
    )


def shows_the_workspace(window) -> None:
    """Assert that every panel displays the workspace as it is now (nothing training)."""
    ws = window.workspace
    assert not ws.training
    state = ws.training_state
    net, data = ws.network, ws.dataset
    # the toolbar and the status bar
    assert window.findChild(QtWidgets.QWidget, "trainButton").text() == TRAIN_TEXT[state]
    stopped = window.status["stopped"].text()
    if state == STOPPED:
        assert stopped == f"Stopped: {ws.trainer.stopped_because}"
    elif state == PAUSED:
        assert stopped == "Paused"
    else:
        assert stopped.startswith("Ready")
    assert window.isWindowModified() == ws.modified
    # the network editor: this data, this network
    editor = window.panels["networkEditor"]
    assert editor.dataset_selector.currentData() == data.name
    assert editor.dataset_selector.isEnabled()
    assert editor.summary.text().startswith("-".join(map(str, net.sizes)) + ":")
    # the loss curve: every batch trained, no more
    curve = window.loss_panel.batch_loss.xData
    trained = len(ws.trainer.history["batch_loss"]) if ws.trainer is not None else 0
    assert (0 if curve is None else len(curve)) == trained
    # the step-through: ready to step, tracing today's weights on a sample of this data
    st = window.panels["stepThrough"]
    assert "Training is running" not in st.status.text()
    assert st.trace is not None, st.explanation.text()
    assert st.buttons["apply"].isEnabled() and st.buttons["next"].isEnabled()
    assert st.buttons["undo"].isEnabled() == ws.can_undo
    for W, W_traced in zip(net.weights, st.trace.weights, strict=True):
        assert np.array_equal(W, W_traced)
    x = ws.sample.x if ws.sample is not None else data.x_val[0]
    assert np.array_equal(st.trace.x[0], np.asarray(x, net.dtype).ravel())
    if ws.sample is None:
        assert "first validation example" in st.sample_label.text()
    assert st.target_box.count() == max(2, net.sizes[-1])
    assert st.images.isVisibleTo(st) == (getattr(data, "image_shape", None) is not None)
    # the topology (the central view): these weights
    topology = window.panels["topologyView"]
    assert topology.model is not None and topology.model.sizes == net.sizes
    for W, W_drawn in zip(net.weights, topology.model.weights, strict=True):
        assert np.array_equal(W, W_drawn)


def test_the_default_workspace(qtbot, window):
    settle()
    assert window.workspace.training_state == READY
    shows_the_workspace(window)


def test_step_batch_step_epoch_train_and_pause(qtbot, window):
    ws = window.workspace
    ws.step_batch()
    wait_idle(qtbot, window)
    assert ws.trainer.samples_seen == 16 and ws.training_state == PAUSED
    shows_the_workspace(window)
    ws.step_epoch()
    wait_idle(qtbot, window)
    assert ws.trainer.batch == 0 and ws.trainer.epoch == 1
    shows_the_workspace(window)
    train_a_little(qtbot, window)
    st = window.panels["stepThrough"]
    assert "Training is running" in st.status.text()
    assert not st.buttons["apply"].isEnabled()
    ws.pause()
    wait_idle(qtbot, window)  # the step-through comes back at once: no sample picked
    shows_the_workspace(window)


STOPPING = [
    ({"epochs": 2}, "reached 2 epochs"),
    ({"target_loss": 10.0}, "reached the target"),
    ({"target_error": 1.0}, "error"),
    ({"min_update_norm": 1e6}, "tiny"),
    ({"optimizer": "sgd", "lr": 1e-12, "patience": 1}, "early stopping"),
    ({"max_seconds": 0.05}, "time limit"),
    ({"optimizer": "sgd", "lr": 1e6}, "diverg"),
]


@pytest.mark.parametrize(("settings", "reason"), STOPPING, ids=[r.split()[0] for _s, r in STOPPING])
def test_training_stops_by_each_condition_and_every_panel_shows_it(qtbot, window, settings, reason):
    ws = window.workspace
    for name, value in settings.items():
        assert ws.change_setting(name, value) is None
    ws.train()
    qtbot.waitUntil(lambda: ws.training_state == STOPPED, timeout=30_000)
    wait_idle(qtbot, window)
    assert reason in ws.trainer.stopped_because
    shows_the_workspace(window)
    assert reason in window.status["stopped"].text()


def test_reset_keeps_the_initial_weights_and_reinitialises_when_asked(qtbot, window):
    ws = window.workspace
    start = ws.initial_weights
    train_a_little(qtbot, window)
    ws.pause()
    wait_idle(qtbot, window)
    assert ws.reset()
    settle()
    assert ws.training_state == READY
    assert all(np.array_equal(p, p0) for p, p0 in zip(ws.network.params, start, strict=True))
    shows_the_workspace(window)
    assert ws.change_setting("seed", 7) is None
    assert ws.reset()  # a new seed applies at Reset: new weights
    settle()
    assert not np.array_equal(ws.network.params[0], start[0])
    shows_the_workspace(window)
    again = ws.initial_weights
    assert ws.reset(keep_initial_weights=False)  # drawn again from seed 7: the same
    settle()
    assert all(np.array_equal(p, p0) for p, p0 in zip(ws.network.params, again, strict=True))
    shows_the_workspace(window)


def test_new_and_a_dataset_switch_drop_the_old_sample(qtbot, window, monkeypatch):
    ws = window.workspace
    fake_mnist(monkeypatch, available=True)
    assert ws.change_dataset("mnist")
    settle()
    ws.set_sample(Sample(ws.dataset.x_val[3], int(ws.dataset.y_val[3]), "validation set #3"))
    st = window.panels["stepThrough"]
    assert st.images.isVisibleTo(st) and st.target_box.count() == 10
    shows_the_workspace(window)
    assert ws.change_dataset("moons")  # was: "The sample has 784 values but ... 2 inputs"
    settle()
    assert ws.sample is None
    shows_the_workspace(window)
    ws.set_sample(Sample(ws.dataset.x_val[5], int(ws.dataset.y_val[5]), "validation set #5"))
    assert ws.change_dataset("blobs")
    settle()
    shows_the_workspace(window)
    ws.set_sample(Sample(ws.dataset.x_val[1], int(ws.dataset.y_val[1]), "validation set #1"))
    window.new_workspace(ask=False)
    settle()
    assert ws.sample is None and ws.dataset.name == "moons"
    shows_the_workspace(window)


def test_apply_network_open_and_save(qtbot, window, answers, tmp_path):  # noqa: F811
    pytest.importorskip("engine.files.modelfile")
    ws = window.workspace
    answers.question = QtWidgets.QMessageBox.StandardButton.Yes  # drop the trained weights
    ws.step_epoch()
    wait_idle(qtbot, window)
    spec = NetworkSpec.of(ws.network)
    spec.hidden = [5, 4, 3]
    spec.activations = ["relu", "relu", "tanh"]
    assert ws.apply_network(spec)
    assert answers.questions[-1][0] == "Reset the trained weights?"
    settle()
    assert ws.network.sizes == [2, 5, 4, 3, 1] and ws.trainer is None
    shows_the_workspace(window)
    ws.step_epoch()
    wait_idle(qtbot, window)
    path = str(tmp_path / "saved.bps")
    assert ws.save(path)
    assert not ws.modified and window.windowTitle().startswith("saved.bps")
    shows_the_workspace(window)
    W = [p.copy() for p in ws.network.params]
    window.new_workspace(ask=False)
    settle()
    shows_the_workspace(window)
    assert window.open_model(path)
    settle()
    assert all(np.array_equal(p, q) for p, q in zip(ws.network.params, W, strict=True))
    assert ws.training_state == PAUSED
    shows_the_workspace(window)


def test_a_live_setting_reaches_the_running_trainer_and_a_reset_one_waits(qtbot, window):
    ws = window.workspace
    train_a_little(qtbot, window)
    trainer = ws.trainer
    assert ws.change_setting("lr", 0.002) is None
    qtbot.waitUntil(lambda: trainer.optimizer.lr == 0.002, timeout=10_000)
    assert ws.training  # changed without stopping
    assert "must be" in ws.change_setting("lr", -1)  # refused: the value stays
    assert ws.config.lr == 0.002
    assert window.settings_panel.fields["lr"].text() == "0.002"  # the panel shows it
    assert ws.change_setting("batch_size", 8) is None  # not live: said, applied at Reset
    assert "Reset" in window.statusBar().currentMessage()
    ws.pause()
    wait_idle(qtbot, window)
    assert trainer.config.batch_size == 16 and ws.config.batch_size == 8
    shows_the_workspace(window)
    assert ws.reset()
    settle()
    ws.step_batch()
    wait_idle(qtbot, window)
    assert ws.trainer.samples_seen == 8
    shows_the_workspace(window)


def test_apply_update_and_undo_while_training_pause_it_first(qtbot, window):
    ws = window.workspace
    st = window.panels["stepThrough"]
    x, target = ws.dataset.x_val[0], int(ws.dataset.y_val[0])
    train_a_little(qtbot, window)
    assert ws.apply_update(x, target) is None  # training runs: it pauses, then applies
    wait_idle(qtbot, window)
    assert ws.training_state == PAUSED and ws.can_undo
    shows_the_workspace(window)
    applied = [p.copy() for p in ws.network.params]
    st.undo()
    settle()
    undone = [p.copy() for p in ws.network.params]
    assert not ws.can_undo
    shows_the_workspace(window)
    st.apply_update()  # the same update again, from the same weights and optimizer state
    settle()
    assert st.loss_change is not None  # "the loss on this sample went from … to …"
    assert "Update applied" in st.status.text()
    assert all(np.array_equal(p, q) for p, q in zip(ws.network.params, applied, strict=True))
    shows_the_workspace(window)
    st.undo()
    settle()
    assert all(np.array_equal(p, q) for p, q in zip(ws.network.params, undone, strict=True))
    shows_the_workspace(window)
    ws.step_batch()  # training moved the weights on: nothing to undo any more
    wait_idle(qtbot, window)
    st.apply_update()
    settle()
    ws.step_batch()
    wait_idle(qtbot, window)
    assert not ws.can_undo and "Nothing to undo" in ws.undo_update()
    shows_the_workspace(window)


def test_teach_and_fine_tune_the_workspace_network(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path))
    mnist = fake_mnist(monkeypatch, available=True)
    mnist.load_split = lambda split, data_dir=None: (_ for _ in ()).throw(OSError("no MNIST"))
    ws = window.workspace
    assert ws.change_dataset("mnist")
    settle()
    canvas = window.panels["canvasPanel"]
    for label in range(3):  # teach: three drawings
        canvas.canvas.begin_stroke(90 + 30 * label, 60)
        canvas.canvas.extend_stroke(140, 200)
        canvas.canvas.end_stroke()
        canvas.teach(label)
        assert f"Added as a {label}. My digits: {label + 1}." in canvas.teach_status.text()
    assert ws.change_setting("epochs", 100_000) is None  # 40 images: 200 epochs pass at once
    train_a_little(qtbot, window, batches=1)
    canvas.start_fine_tune()  # training runs: refused, nothing written
    assert "Pause training first" in canvas.teach_status.text()
    ws.pause()
    wait_idle(qtbot, window)
    before = [p.copy() for p in ws.network.params]
    canvas.start_fine_tune()
    assert ws.fine_tuning
    qtbot.waitUntil(lambda: not ws.fine_tuning, timeout=60_000)
    settle()
    assert canvas.teach_status.text().startswith("Fine-tuned."), canvas.teach_status.text()
    assert any(not np.array_equal(p, q) for p, q in zip(ws.network.params, before, strict=True))
    shows_the_workspace(window)
