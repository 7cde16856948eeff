"""Space view: the input plane through the stages, drawn from engine.teach.space."""

import numpy as np
import pytest
from panel_helpers import set_workspace, settle, shown_panel, train_and_emit

from engine.nn.network import Network
from gui.panels.space_view import STEPS, SpaceView
from gui.state import Sample


def drawn_points(w) -> np.ndarray:
    """The data points as the panel drew them, back in the panel's row order."""
    out = np.full((len(w.X), 2), np.nan)
    for item, rows in zip(w.points, w.class_rows, strict=True):
        x, y = item.getData()
        out[rows, 0], out[rows, 1] = x, y
    return out


def network_of(snap) -> Network:
    return Network(snap.sizes, snap.activations, "cross_entropy", snap.weights, snap.biases)


def moons_panel(qtbot, sizes, steps=40):
    w = shown_panel(qtbot, SpaceView, "moons")
    set_workspace(w.state, "moons", sizes=sizes)
    snap = train_and_emit(w.state, steps)
    return w, snap


def test_two_unit_layers_are_drawn_as_the_engine_computes_them(qtbot):
    w, snap = moons_panel(qtbot, [2, 2, 2, 1])
    assert w.objectName() == "spaceView" and w.available
    assert not w.pick_row.isVisible()  # no layer wider than 2: nothing to pick
    assert len(w.X) == len(w.state.dataset.x_train) + len(w.state.dataset.x_val)
    p = network_of(snap).forward(w.X)
    expected = [w.X, p.zs[0], p.activations[1], p.zs[1], p.activations[2]]
    assert w.slider.maximum() == 6 * STEPS  # a⁰, z¹, a¹, z², a², z³, a³
    for k, values in enumerate(expected):
        w.slider.setValue(k * STEPS)
        np.testing.assert_array_equal(drawn_points(w), values)  # bit for bit
        assert "shown exactly" in w.stage_label.text()
    w.slider.setValue(5 * STEPS)  # the output unit, on a line
    np.testing.assert_array_equal(drawn_points(w)[:, 0], p.zs[2][:, 0])
    assert not drawn_points(w)[:, 1].any() and "on a line" in w.stage_label.text()
    # the grid: 13 vertical + 13 horizontal lines, NaN between lines
    x, _ = w.grid_v.getData()
    assert np.isnan(x).sum() == 13
    # between two stages every point is on its way: the lerp, 1/4 along
    w.slider.setValue(STEPS + STEPS // 4)
    np.testing.assert_allclose(
        drawn_points(w), 0.75 * p.zs[0] + 0.25 * p.activations[1], rtol=1e-6, atol=1e-6
    )
    assert "→" in w.stage_label.text() and len(w.decision_line.getData()[0]) == 0


def test_decision_line_in_the_last_hidden_space_splits_as_the_output(qtbot):
    w, snap = moons_panel(qtbot, [2, 2, 2, 1], steps=200)
    predicted = network_of(snap).predict(w.X)
    assert 0 < predicted.sum() < len(predicted)
    w.slider.setValue(4 * STEPS)  # a², the last hidden layer
    x, y = w.decision_line.getData()
    assert len(x) == 2  # a segment across the view
    (x0, x1), (y0, y1) = x, y
    pts = drawn_points(w)
    cross = (x1 - x0) * (pts[:, 1] - y0) - (y1 - y0) * (pts[:, 0] - x0)
    away = np.abs(cross) > 1e-6 * np.hypot(x1 - x0, y1 - y0)
    sides = cross[away] > 0
    # every point on one side is predicted one class, on the other side the other class
    assert np.array_equal(sides, predicted[away] == 1) or np.array_equal(
        sides, predicted[away] == 0
    )
    assert "exact here" in w.stage_label.text() and "100.0 %" in w.stage_label.text()
    w.slider.setValue(2 * STEPS)  # a¹: no line there
    assert len(w.decision_line.getData()[0]) == 0


def test_wide_layers_show_principal_components_or_picked_units(qtbot):
    w, snap = moons_panel(qtbot, [2, 8, 8, 1])
    w.slider.setValue(2 * STEPS)  # a¹, 8 units
    text = w.stage_label.text()
    assert "principal components" in text and "% of the variance" in text
    assert w.pick_row.isVisible()
    assert w.axes.isEnabled() and not w.unit_x.isVisible()
    first = w.space.stages[2].projection.basis.copy()
    train_and_emit(w.state, 5, serial=1)
    now = w.space.stages[2].projection.basis
    assert np.all(np.diag(first.T @ now) > 0)  # the axes kept their order and sign
    w.axes.setCurrentIndex(1)
    w.unit_x.setValue(5)
    w.unit_y.setValue(3)
    a1 = network_of(w.state.snapshot).forward(w.X).activations[1]
    np.testing.assert_array_equal(drawn_points(w), a1[:, [5, 3]])
    assert "units 5 and 3" in w.stage_label.text()
    assert w.plot.getAxis("bottom").labelText == "a¹ unit 5"
    w.unit_y.setValue(5)  # the same unit twice: the other one moves along
    assert w.picks[1] == (5, 6)
    w.slider.setValue(0)  # the input: nothing to pick
    assert not w.axes.isEnabled()
    w.slider.setValue(2 * STEPS)
    assert w.axes.currentIndex() == 1 and w.unit_x.value() == 5  # the layer's choice stays
    w.axes.setCurrentIndex(0)
    assert 1 not in w.picks and "principal components" in w.stage_label.text()


def test_the_current_sample_is_followed(qtbot):
    w, snap = moons_panel(qtbot, [2, 2, 2, 1])
    x = np.array([0.3, -0.2], dtype=np.float32)
    w.state.set_sample(Sample(x, 1, "training set #4"))
    w.slider.setValue(2 * STEPS)
    a1 = network_of(snap).feedforward(x[None, :], all_layers=True)[1][0]
    mx, my = w.sample_marker.getData()
    np.testing.assert_allclose([mx[0], my[0]], a1, rtol=1e-6)
    tx, ty = w.path.getData()  # its last move: from z¹ to a¹
    z1 = x @ snap.weights[0] + snap.biases[0]
    np.testing.assert_allclose([tx[0], ty[0]], z1, rtol=1e-5)
    assert "training set #4" in w.stage_label.text()


def test_play_runs_the_stages_and_stops_when_hidden(qtbot):
    w, _ = moons_panel(qtbot, [2, 2, 2, 1])
    w.slider.setValue(0)
    w.play_button.click()
    assert w.timer.isActive() and w.play_button.isChecked()
    qtbot.waitUntil(lambda: w.slider.value() > STEPS // 2, timeout=5000)
    w.hide()
    assert not w.timer.isActive() and not w.play_button.isChecked()
    w.show()
    qtbot.waitExposed(w)
    w.slider.setValue(w.slider.maximum())
    w.play_button.click()  # at the end: starts again from the input
    assert w.slider.value() == 0 and w.timer.isActive()
    w.close()
    assert not w.timer.isActive()


def test_follows_training_live(qtbot):
    w, _ = moons_panel(qtbot, [2, 3, 2])
    w.slider.setValue(2 * STEPS)
    before, updates = drawn_points(w).copy(), w.updates
    train_and_emit(w.state, 30, serial=1)
    settle()
    assert w.updates > updates and not np.array_equal(before, drawn_points(w))


@pytest.mark.parametrize("sizes", [[2, 4, 3], None])
def test_other_data_and_networks(qtbot, sizes):
    w = shown_panel(qtbot, SpaceView, "blobs")
    if sizes:
        set_workspace(w.state, "blobs", sizes=sizes)
    assert w.available
    w.slider.setValue(w.slider.maximum() - STEPS)  # the last hidden layer: 3 classes, no line
    assert len(w.decision_line.getData()[0]) == 0
    set_workspace(w.state, "images")
    assert not w.available and not w.canvas.isVisible()
    assert "2-input" in w.message.text() and "784 inputs" in w.message.text()
    train_and_emit(w.state, 2)  # a snapshot of an image network must not break it
    set_workspace(w.state, "moons")
    assert w.available and w.canvas.isVisible() and w.message.text() == ""


def test_the_last_hidden_layer_can_be_drawn_along_the_output_direction(qtbot):
    w, snap = moons_panel(qtbot, [2, 8, 8, 1], steps=150)
    w.slider.setValue(2 * STEPS)  # a¹: not the last hidden layer, no such choice
    assert w.axes.count() == 2
    w.slider.setValue(4 * STEPS)  # a²
    assert w.axes.count() == 3
    w.axes.setCurrentIndex(2)
    assert w.picks[2] == "decision" and not w.unit_x.isVisible()
    predicted = network_of(snap).predict(w.X)
    x, y = w.decision_line.getData()
    assert x[0] == pytest.approx(x[1])  # a vertical line: the output reads across
    pts = drawn_points(w)
    away = np.abs(pts[:, 0] - x[0]) > 1e-6
    np.testing.assert_array_equal((pts[:, 0] > x[0])[away], predicted[away] == 1)
    assert "exact here" in w.stage_label.text() and "direction the output reads" in (
        w.stage_label.text()
    )
    w.slider.setValue(2 * STEPS)
    assert w.axes.count() == 2 and w.axes.currentIndex() == 0


def test_inputs_made_of_features_start_from_the_plane(qtbot):
    from engine.data import toy2d
    from engine.data.features import with_features
    from engine.train.trainer import TrainConfig, Trainer

    w = shown_panel(qtbot, SpaceView, "moons")
    state = w.state
    names = ["x1", "x2", "x1^2", "x2^2"]
    state.dataset = with_features(toy2d.make("circles", n=80, seed=0, noise=0.05), names)
    state.network = Network.create([4, 1], "tanh", seed=0)
    state.trainer = Trainer(state.network, state.dataset, TrainConfig(lr=0.1, batch_size=8))
    state.modelChanged.emit()
    assert w.available and w.message.text() == ""
    assert [s.kind for s in w.space.stages] == ["plane", "input", "z", "a"]
    assert w.slider.maximum() == 3 * STEPS
    base = state.dataset.base
    np.testing.assert_array_equal(drawn_points(w), np.concatenate([base.x_train, base.x_val]))
    assert w.plot.getAxis("bottom").labelText == "x₁"
    w.slider.setValue(STEPS)  # a⁰: the four features, read directly by the output
    assert "a⁰ = (x₁, x₂, x₁², x₂²)" in w.stage_label.text()
    assert w.axes.count() == 3  # the output reads a⁰: its direction is offered
    w.axes.setCurrentIndex(2)
    assert w.space.stages[1].projection.kind == "decision"
    x = np.array([0.5, -0.25, 0.25, 0.0625], dtype=np.float32)  # a sample in the inputs' space
    state.set_sample(Sample(x, 1, "validation set #3"))
    w.slider.setValue(0)
    mx, my = w.sample_marker.getData()
    assert (mx[0], my[0]) == (0.5, -0.25)


def test_docked_in_the_window_with_the_inspection_tabs_and_live(qtbot, monkeypatch):
    from PySide6 import QtWidgets

    from gui.main_window import MainWindow
    from gui.panels.common import exposed

    B = QtWidgets.QMessageBox.StandardButton
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: B.Yes)
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda *a, **k: B.Ok)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel, dock = window.panels["spaceView"], window.docks["spaceView"]
    assert dock in window.tabifiedDockWidgets(window.docks["decisionBoundary"])
    assert panel.available  # the default workspace is 2D
    dock.raise_()
    qtbot.waitUntil(lambda: exposed(panel), timeout=5000)
    before = panel.updates
    ws = window.workspace
    ws.set_speed(0)  # full speed: snapshots paced by the frame budget, not slow motion
    # a run that outlasts the test: at full speed the default 200 epochs of two moons can
    # end in well under a second, before the view has drawn twice
    window.settings_panel.fields["epochs"].setText("100000")
    assert window.settings_panel.commit("epochs")
    ws.train()
    qtbot.waitUntil(lambda: panel.updates >= before + 2, timeout=20_000)
    ws.pause()
    qtbot.waitUntil(lambda: not ws.training, timeout=15_000)
    qtbot.wait(50)
    settle()  # draw now what the throttle still holds (the pause's last snapshot)
    # what it draws is the last snapshot's network (2-8-8-1: z¹ on principal components)
    p = network_of(ws.snapshot).forward(panel.X)
    panel.slider.setValue(STEPS)
    z1 = panel.space.stages[1]
    np.testing.assert_array_equal(z1.values, p.zs[0])
    np.testing.assert_allclose(drawn_points(panel), z1.projection.apply(p.zs[0]))
    assert "principal components" in panel.stage_label.text()
