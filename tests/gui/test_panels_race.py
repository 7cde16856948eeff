"""The optimizer-race panel: racers from the workspace's start, curves, the shared
landscape, decision boundaries, the winner with times; the test-surface race."""

import numpy as np
from panel_helpers import shown_panel

from gui.panels.optimizer_race import OptimizerRace


def race_panel(qtbot, kind="moons"):
    w = shown_panel(qtbot, OptimizerRace, kind, size=(1200, 800))
    w.epochs.setValue(4)
    return w


def test_race_runs_and_names_the_winner(qtbot):
    w = race_panel(qtbot)
    assert w.objectName() == "optimizerRace"
    start = w.state.network.flat_params().copy()
    w.run_button.click()
    assert w.running and w.run_button.text() == "Stop"
    qtbot.waitUntil(lambda: not w.running, timeout=30000)
    v = w.view
    assert v.finished and len(v.labels) == 3  # the three rows ticked by default
    finals = [c["val_loss"][-1] for c in v.curves]
    assert v.winner == int(np.argmin(finals))
    assert f"Winner: {v.labels[v.winner]}" in w.results.text()
    for i in range(3):
        assert len(w.curves[i][0].getData()[0]) == 4  # four epochs of validation loss
        assert f"{v.seconds[i]:.2f} s" in w.results.text()
    # the shared landscape: all trajectories start at the common start, the centre
    assert v.grid is not None and v.grid.resolution == 33
    for coords in v.coords:
        np.testing.assert_allclose(coords[0], [0, 0], atol=1e-9)
        assert np.abs(coords[-1]).max() > 0
    assert w.land_image.image.shape == (33, 33)
    # decision boundaries as small multiples, one per racer
    assert len(w.boundary_images) == 3
    assert all(img.image.shape == (48, 48, 3) for _, img in w.boundary_images)
    # the workspace's own network was not trained by the race
    np.testing.assert_array_equal(w.state.network.flat_params(), start)


def test_bad_rows_are_refused_with_the_reason(qtbot):
    w = race_panel(qtbot)
    w.rows[1].hyper.setText("momentum")
    w.run_button.click()
    assert not w.running and "row 2" in w.results.text() and "key=number" in w.results.text()
    w.rows[1].hyper.setText("")
    for row in w.rows[1:]:
        row.enabled.setChecked(False)
    w.run_button.click()
    assert not w.running and "tick 2 to 7" in w.results.text()


def test_stop_ends_the_race_and_its_thread(qtbot):
    w = race_panel(qtbot)
    w.epochs.setValue(5000)
    w.run_button.click()
    qtbot.waitUntil(lambda: w.view is not None, timeout=10000)
    w.run_button.click()
    assert not w.running and "Stopped" in w.results.text()


def test_mnist_shaped_race_has_no_boundaries(qtbot):
    w = race_panel(qtbot, "images")
    w.epochs.setValue(2)
    w.run_button.click()
    qtbot.waitUntil(lambda: not w.running, timeout=60000)
    assert w.view.finished and w.view.boundaries is None and w.boundary_images == []
    assert "all 90 training samples" in w.results.text()


def test_surface_race_moves_the_points(qtbot):
    w = race_panel(qtbot)
    s = w.surface_view
    w.tabs.setCurrentWidget(s)
    s.run_button.click()
    assert s.timer.isActive()
    qtbot.waitUntil(lambda: s.shown_steps > 20, timeout=5000)
    s.finish()
    assert not s.timer.isActive()
    assert [p.label.split()[0] for p in s.paths] == ["sgd", "momentum", "adam"]
    for p, i in zip(s.paths, s.path_rows):
        x, y = s.lines[i].getData()
        np.testing.assert_array_equal(x, p.points[:, 0])
        assert p.points[0].tolist() == list(s.surface.start)
    assert "f = " in s.info.text()
    s.surface_box.setCurrentIndex(1)  # the saddle
    assert "saddle" in s.plot.titleLabel.text


def test_the_race_starts_from_the_workspaces_initial_weights(qtbot):
    from gui.workspace import Workspace

    ws = Workspace()
    ws.new()
    initial = np.concatenate([p.ravel() for p in ws.initial_weights])
    trainer = ws.ensure_trainer()
    for _ in range(30):  # the workspace trains: its weights move away from the start
        trainer.step()
    assert not np.array_equal(ws.network.flat_params(), initial)
    w = OptimizerRace(ws)
    qtbot.addWidget(w)
    w.epochs.setValue(1)
    w.run_button.click()
    qtbot.waitUntil(lambda: not w.running, timeout=30000)
    for racer in w.race.racers:
        np.testing.assert_array_equal(racer.trajectory[0], initial)
    assert "initial weights" in w.start_note.text()


def test_in_the_window_closing_ends_the_race_and_the_landscape(qtbot, monkeypatch):
    from PySide6 import QtWidgets

    from gui import MainWindow

    B = QtWidgets.QMessageBox.StandardButton
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: B.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    race, land = window.panels["optimizerRace"], window.panels["lossLandscape"]
    window.docks["lossLandscape"].raise_()
    qtbot.waitUntil(lambda: land.computing or land.grid is not None, timeout=10000)
    window.docks["optimizerRace"].raise_()
    race.epochs.setValue(5000)
    race.run_button.click()
    qtbot.waitUntil(lambda: race.view is not None, timeout=10000)
    assert race.running
    window.close()
    assert not race.running and not land.computing
