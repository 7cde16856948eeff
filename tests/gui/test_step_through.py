"""The step-through panel shows the engine's trace, moves through it, and trains one step."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from PySide6 import QtCore

from engine.data.dataset import Dataset, encode_targets
from engine.nn.network import Network
from engine.teach.tracing import fmt, trace
from engine.train.trainer import TrainConfig, Trainer
from gui.panels.network_editor import NetworkSpec
from gui.panels.step_through import MAX_CELLS
from gui.panels.step_through import StepThrough as Panel
from gui.snapshot import make_snapshot
from gui.workspace import Sample, Workspace

USER = QtCore.Qt.ItemDataRole.UserRole
SHOWN = QtCore.Qt.ItemDataRole.DisplayRole


def make_state(sizes, optimizer="sgd", lr=0.1, warm_steps=0):
    """A Workspace with a random network and dataset; warm_steps trains a little first."""
    rng = np.random.default_rng(11)
    n_classes = sizes[-1]
    X = rng.random((16, sizes[0])).astype(np.float32)
    y = rng.integers(0, n_classes, 16)
    data = Dataset("random", X, y, X[:4], y[:4], n_classes=n_classes)
    net = Network.create(sizes, activation="sigmoid", seed=2)
    config = TrainConfig(optimizer=optimizer, lr=lr, batch_size=4, l2=0.001)
    state = Workspace()
    state.network, state.dataset, state.config = net, data, config
    if warm_steps:
        trainer = state.ensure_trainer()
        for _ in range(warm_steps):
            trainer.step()
    return state


def make_panel(qtbot, state):
    panel = Panel(state)
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    return panel


def shown_values(box) -> np.ndarray:
    m = box.model
    rows, cols = m.rowCount(), m.columnCount()
    values = np.array([[m.data(m.index(r, c), USER) for c in range(cols)] for r in range(rows)])
    texts = [[m.data(m.index(r, c), SHOWN) for c in range(cols)] for r in range(rows)]
    assert texts == [[fmt(v) for v in row] for row in values]
    return values.T if not box.is_matrix else values


def reference_trace(state, x, label):
    trainer = state.trainer
    if trainer is None:
        c = state.config
        from engine.train import optimizers

        opt = optimizers.make(c.optimizer, c.lr, **c.optimizer_params)
        return trace(state.network, x, label, opt, c, lr=c.lr)
    return trace(state.network, x, label, trainer.optimizer, trainer.config, trainer.current_lr())


@pytest.mark.parametrize("sizes", [[2, 3, 2], [784, 30, 10]])
@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_the_numbers_shown_are_the_engine_trace(qtbot, sizes, optimizer):
    state = make_state(sizes, optimizer, lr=0.01, warm_steps=2)
    x = np.random.default_rng(3).random(sizes[0]).astype(np.float32)
    state.set_sample(Sample(x, 1, "training set #5"))
    panel = make_panel(qtbot, state)
    ref = reference_trace(state, x, 1)
    assert panel.step_list.count() == len(ref.steps)
    for i, step in enumerate(ref.steps):
        panel.go(i)
        assert panel.title.text().endswith(step.title)
        assert panel.explanation.text() == step.explanation
        boxes = panel.boxes()
        for name, values in step.arrays.items():
            if np.size(values) <= MAX_CELLS:
                assert np.array_equal(shown_values(boxes[name]), np.atleast_2d(values)), name
            else:
                assert name not in boxes and step.labels[name] in panel.summary.text()
        layer, unit, _why = panel.neuron()
        lines = ref.neuron(layer, unit).lines_for(step.kind, layer == step.layer - 1)
        assert lines and panel.neuron_lines.text() == "\n".join(lines)
    if sizes[0] == 784:  # the formula of a large layer lists the top terms and the rest
        panel.go(0)
        assert "779 smaller terms" in panel.neuron_lines.text()
        # and the input and the unit's weights are drawn as 28×28 images
        layer, unit, _why = panel.neuron()
        assert panel.images.isVisible() and layer == 1
        titles = [title for title, _image in panel.images.shown]
        assert titles[1] == f"w¹ into unit {unit}"
        assert np.array_equal(panel.images.shown[0][1], x.reshape(28, 28))
        assert np.array_equal(panel.images.shown[1][1], ref.weights[0][:, unit].reshape(28, 28))
        panel.go(8)  # ∂L/∂W¹
        layer, unit, _why = panel.neuron()
        dW = ref.passed.nabla_w[0][:, unit].reshape(28, 28)
        assert np.array_equal(panel.images.shown[1][1], dW)
    else:
        assert not panel.images.isVisible()


def test_moves_and_the_topology_follows(qtbot):
    state = make_state([2, 3, 2])
    panel = make_panel(qtbot, state)
    seen = []
    state.traceStepChanged.connect(seen.append)

    def last_seen():
        return (seen[-1].kind, seen[-1].layer)

    panel.buttons["next"].click()
    assert last_seen() == ("forward_a", 1) and panel.step_list.currentRow() == 1
    panel.buttons["last"].click()
    assert last_seen() == ("update", 2)
    panel.buttons["previous"].click()
    assert last_seen() == ("update", 1)
    panel.buttons["next"].click()
    panel.buttons["next"].click()  # stays on the last step
    assert last_seen() == ("update", 2) and panel.index == 10
    panel.buttons["first"].click()
    assert last_seen() == ("forward_z", 1)
    panel.step_list.setCurrentRow(7)
    assert last_seen() == ("delta", 1)
    assert np.array_equal(seen[-1].node_values[1], panel.trace.passed.deltas[0][0])
    panel.step_list.setFocus()
    qtbot.keyClick(panel.step_list, QtCore.Qt.Key.Key_End)
    assert last_seen() == ("update", 2)
    panel.hide()
    assert seen[-1] is None


def test_keyboard_shortcuts_move(qtbot):
    state = make_state([2, 3, 2])
    panel = make_panel(qtbot, state)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.buttons["next"].setFocus()
    qtbot.keyClick(panel.buttons["next"], QtCore.Qt.Key.Key_Right)
    assert panel.index == 1
    qtbot.keyClick(panel.buttons["next"], QtCore.Qt.Key.Key_End)
    assert panel.index == 10
    qtbot.keyClick(panel.buttons["next"], QtCore.Qt.Key.Key_Home)
    assert panel.index == 0


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_apply_update_is_one_training_step_and_undo_restores_it(qtbot, optimizer):
    state = make_state([784, 30, 10], optimizer, lr=0.01, warm_steps=1)
    x = np.random.default_rng(4).random(784).astype(np.float32)
    state.set_sample(Sample(x, 3, "validation set #2"))
    panel = make_panel(qtbot, state)
    trainer = state.trainer
    net = state.network
    before = [p.copy() for p in net.params]
    opt_before = copy.deepcopy(trainer.optimizer.state_dict())
    # the reference: the same step by a trainer of its own on copies
    ref = Trainer(net.copy(), state.dataset, copy.deepcopy(trainer.config))
    ref.optimizer = copy.deepcopy(trainer.optimizer)
    Y = encode_targets(np.array([3]), 10, net.dtype)
    ref.train_on_batch(x[None], Y, use_dropout=False)
    loss_before = panel.trace.loss
    snapshots = []
    state.snapshotReady.connect(snapshots.append)

    panel.buttons["apply"].click()

    for mine, theirs in zip(net.params, ref.network.params, strict=True):
        assert np.array_equal(mine, theirs)
    assert trainer.optimizer.t == ref.optimizer.t
    assert panel.loss_change == (loss_before, panel.trace.loss)
    assert panel.trace.loss < loss_before
    assert f"from {fmt(loss_before)} to {fmt(panel.trace.loss)}" in panel.status.text()
    assert panel.buttons["undo"].isEnabled()
    assert snapshots and np.array_equal(snapshots[-1].weights[0], net.weights[0])

    panel.buttons["apply"].click()  # two updates, two undos
    panel.buttons["undo"].click()
    panel.buttons["undo"].click()
    for p, q in zip(net.params, before, strict=True):
        assert np.array_equal(p, q)
    opt_after = trainer.optimizer.state_dict()
    assert opt_after["t"] == opt_before["t"]
    for slot, values in opt_before["slots"].items():
        for a, b in zip(values, opt_after["slots"][slot], strict=True):
            assert np.array_equal(a, b)
    assert panel.trace.loss == loss_before
    assert not panel.buttons["undo"].isEnabled()


def test_apply_update_builds_the_trainer_when_there_is_none(qtbot):
    state = make_state([2, 3, 2], "sgd", lr=0.5)
    panel = make_panel(qtbot, state)
    dW = panel.trace.passed.nabla_w[0].copy()
    W = state.network.weights[0].copy()
    panel.apply_update()
    assert state.trainer is not None
    assert np.array_equal(state.network.weights[0], W + np.float32(-0.5) * dW)


def test_disabled_while_training_and_refreshed_after(qtbot):
    state = make_state([2, 3, 2], warm_steps=1)
    panel = make_panel(qtbot, state)
    seen = []
    state.traceStepChanged.connect(seen.append)
    state.training = True
    state.snapshotReady.emit(make_snapshot(state.trainer, 1))
    assert not panel.buttons["apply"].isEnabled() and not panel.buttons["next"].isEnabled()
    assert "pause it" in panel.status.text()
    assert seen[-1] is None
    W = state.network.weights[0].copy()
    panel.apply_update()
    assert np.array_equal(state.network.weights[0], W)
    state.trainer.step()  # training moved the weights on
    state.training = False
    state.trainingChanged.emit("paused", "paused")
    assert panel.buttons["apply"].isEnabled()
    assert np.array_equal(panel.trace.weights[0], state.network.weights[0])
    assert seen[-1] is panel.step


def test_without_a_sample_it_uses_the_first_validation_example(qtbot):
    state = make_state([2, 3, 2])
    panel = make_panel(qtbot, state)
    assert "first validation example" in panel.sample_label.text()
    assert np.array_equal(panel.trace.x[0], state.dataset.x_val[0])
    assert panel.trace.target_class() == state.dataset.y_val[0]


def test_an_unlabelled_sample_takes_the_predicted_class_and_the_target_can_change(qtbot):
    state = make_state([2, 3, 2])
    x = np.array([0.3, 0.9], np.float32)
    state.set_sample(Sample(x, None, "plane (0.3, 0.9)"))
    panel = make_panel(qtbot, state)
    predicted = int(state.network.predict(x[None])[0])
    assert panel.trace.target_class() == predicted
    assert "no label" in panel.sample_label.text()
    other = 1 - predicted
    panel.target_box.setCurrentIndex(other)
    panel.target_box.activated.emit(other)
    assert panel.trace.target_class() == other
    # a sample the network cannot read is refused by the workspace: the trace stays
    assert not state.set_sample(Sample(np.array([1, 2, 3], np.float32), 0, "wrong"))
    assert panel.trace is not None and panel.trace.target_class() == other
    assert "takes 2 inputs" not in panel.explanation.text()


def test_the_neuron_follows_the_selection(qtbot):
    state = make_state([2, 3, 2])
    panel = make_panel(qtbot, state)
    panel.go(0)
    state.select_neuron(1, 2)
    assert "unit 2 of layer 1" in panel.neuron_title.text()
    assert panel.neuron_lines.text().startswith("z¹₂ = ")
    panel.go(2)  # z² = a¹·W² + b²: the selected unit of layer 1 is one of its inputs
    assert "unit 2 of layer 1" in panel.neuron_title.text()
    assert "a¹₂ adds w·a to z²" in panel.neuron_lines.text()
    panel.go(6)  # ∂L/∂W²: the gradients of the weights out of the selected unit
    assert "∂L/∂w²₂,₀ = δ²₀ × a¹₂" in panel.neuron_lines.text()
    panel.go(3)  # a² = g(z²): a unit of layer 2 is shown, the predicted one
    assert f"unit {panel.trace.predicted()} of layer 2" in panel.neuron_title.text()
    box = panel.boxes()["z"]
    box.table.clicked.emit(box.model.index(1, 0))
    assert state.selected == (2, 1)
    assert "unit 1 of layer 2" in panel.neuron_title.text()


def test_a_new_model_resets_the_panel(qtbot):
    state = make_state([2, 3, 2])
    panel = make_panel(qtbot, state)
    panel.apply_update()
    panel.go(5)
    spec = NetworkSpec.of(state.network)
    spec.hidden = [4]
    assert state.apply_network(spec)
    assert panel.index == 0 and not panel.buttons["undo"].isEnabled()
    assert panel.trace.sizes == [2, 4, 2]
    state.network = None
    state.modelChanged.emit()
    assert panel.trace is None and "No network" in panel.explanation.text()


def test_one_sigmoid_output_unit_two_classes(qtbot):
    """The 2D datasets' natural network: one sigmoid output unit, targets 0 or 1."""
    rng = np.random.default_rng(0)
    X = rng.random((8, 2)).astype(np.float32)
    y = (X[:, 0] > X[:, 1]).astype(np.int64)
    state = Workspace()
    state.network = Network.create([2, 3, 1], activation="tanh", seed=1)
    state.dataset = Dataset("toy", X, y, X[:2], y[:2], n_classes=2)
    state.config = TrainConfig(optimizer="momentum", lr=0.3)
    panel = make_panel(qtbot, state)
    assert panel.target_box.count() == 2
    for i in range(len(panel.trace.steps)):
        panel.go(i)
        assert panel.neuron_lines.text()
    panel.go(3)
    assert "unit 0 of layer 2 (output)" in panel.neuron_title.text()
    assert "0.5" in panel.explanation.text()
    loss = panel.trace.loss
    panel.apply_update()
    assert panel.trace.loss < loss


def test_nothing_is_traced_while_training_runs(qtbot):
    state = make_state([2, 3, 2], warm_steps=1)
    panel = make_panel(qtbot, state)
    before = panel.trace
    state.training = True
    state.set_sample(Sample(np.array([0.5, 0.5], np.float32), 1, "plane (0.5, 0.5)"))
    assert panel.trace is before and not panel.buttons["next"].isEnabled()
    state.training = False
    state.trainingChanged.emit("paused", "paused")
    assert np.array_equal(panel.trace.x[0], [0.5, 0.5])


def test_bad_settings_and_a_replaced_trainer_are_said_plainly(qtbot):
    state = make_state([2, 3, 2])
    state.config.lr = -1.0
    panel = make_panel(qtbot, state)
    assert panel.trace is None
    assert "learning rate must be a positive number" in panel.explanation.text()
    state.config.lr = 0.1
    state.sampleChanged.emit()
    panel.apply_update()
    state.trainer = None  # e.g. the window built a new trainer for a reset run
    W = state.network.weights[0].copy()
    panel.undo()
    assert np.array_equal(state.network.weights[0], W)
    assert "Nothing to undo" in panel.status.text() and not panel.buttons["undo"].isEnabled()


def test_a_hidden_panel_traces_only_when_shown(qtbot):
    state = make_state([2, 3, 2])
    panel = Panel(state)
    qtbot.addWidget(panel)
    assert panel.trace is None  # built hidden: nothing traced yet
    seen = []
    state.traceStepChanged.connect(seen.append)
    panel.show()
    assert panel.trace is not None and seen[-1] is panel.step
    panel.hide()
    assert seen[-1] is None
    state.set_sample(Sample(np.array([0.1, 0.2], np.float32), 0, "plane (0.1, 0.2)"))
    assert not np.array_equal(panel.trace.x[0], [0.1, 0.2])  # not traced while hidden
    panel.show()
    assert np.array_equal(panel.trace.x[0], np.array([0.1, 0.2], np.float32))


def test_closing_the_window_tells_nobody_but_closing_the_dock_does(qtbot):
    from PySide6 import QtWidgets

    state = make_state([2, 3, 2])
    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    dock = QtWidgets.QDockWidget("Step through", window)
    panel = Panel(state)
    dock.setWidget(panel)
    window.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.show()
    seen = []
    state.traceStepChanged.connect(seen.append)
    dock.hide()
    assert seen == [None]
    dock.show()
    assert seen[-1] is panel.step
    window.hide()
    assert seen[-1] is panel.step  # the window went: the views went with it


def test_the_update_uses_the_scheduled_learning_rate(qtbot):
    state = make_state([2, 3, 2], "sgd", lr=0.5)
    state.config.schedule = "cosine"
    trainer = state.ensure_trainer()
    for _ in range(3):  # 3 of the 4 batches of the first epoch: η has decayed
        trainer.step()
    assert trainer.current_lr() < 0.5
    panel = make_panel(qtbot, state)
    assert panel.trace.lr == trainer.current_lr()
    expected = [
        W - np.float32(panel.trace.lr) * dW
        for W, dW in zip(state.network.weights, panel.trace.passed.nabla_w, strict=True)
    ]
    panel.apply_update()
    for W, e in zip(state.network.weights, expected, strict=True):
        assert np.allclose(W, e, rtol=0, atol=1e-7)


def test_the_topology_view_highlights_the_layer_of_each_step(qtbot):
    from gui.panels.topology import TopologyView

    state = make_state([2, 3, 2])
    topology = TopologyView(state)
    qtbot.addWidget(topology)
    topology.show()
    panel = make_panel(qtbot, state)

    def highlighted():
        band = topology.band
        return band.rect().center().x() if band.isVisible() else None

    assert topology.step is panel.step and highlighted() == pytest.approx(1)
    panel.buttons["last"].click()
    assert topology.step.kind == "update" and highlighted() == pytest.approx(2)
    panel.step_list.setCurrentRow(7)  # δ¹
    assert topology.step is panel.step and highlighted() == pytest.approx(1)
    panel.buttons["previous"].click()  # ∂L/∂W², ∂L/∂b²
    assert topology.step.kind == "grad" and highlighted() == pytest.approx(2)
    panel.buttons["first"].click()
    assert topology.step.kind == "forward_z" and highlighted() == pytest.approx(1)
    panel.hide()
    assert topology.step is None and highlighted() is None


def test_a_new_sample_shows_its_numbers_in_the_tables_already_built(qtbot):
    state = make_state([2, 3, 2], "adam", warm_steps=1)
    panel = make_panel(qtbot, state)
    for i in range(len(panel.trace.steps)):
        panel.go(i)
    panel.go(2)
    kept = panel.boxes()["W"]
    x = np.array([0.7, -0.2], np.float32)
    state.set_sample(Sample(x, 0, "plane (0.7, -0.2)"))
    ref = reference_trace(state, x, 0)
    for i, step in enumerate(ref.steps):
        panel.go(i)
        boxes = panel.boxes()
        for name, values in step.arrays.items():
            assert np.array_equal(shown_values(boxes[name]), np.atleast_2d(values)), (i, name)
    panel.go(2)
    assert panel.boxes()["W"] is kept  # the same table, new numbers


def test_an_unlabelled_sample_keeps_its_target_through_apply_update(qtbot):
    state = make_state([2, 3, 2], "sgd", lr=5.0)
    x = np.array([0.9, 0.1], np.float32)
    state.set_sample(Sample(x, None, "canvas"))
    panel = make_panel(qtbot, state)
    target = panel.trace.target_class()
    other = 1 - target
    panel.target_box.setCurrentIndex(other)
    panel.target_box.activated.emit(other)  # "what if it were the other class?"
    for _ in range(3):  # a big step towards `other`: the prediction flips
        panel.apply_update()
    assert int(state.network.predict(x[None])[0]) == other
    assert panel.trace.target_class() == other
    state.set_sample(Sample(x.copy(), None, "canvas"))  # the canvas publishes it again
    assert panel.trace.target_class() == other
