"""Panels draw the latest snapshot within a time budget, later if need be, never while hidden."""

import time

from panel_helpers import set_workspace, settle, train_and_emit

from gui.panels.heatmaps import WeightHeatmaps
from gui.snapshot import make_snapshot
from gui.workspace import Workspace as AppState


def heatmaps(qtbot, shown: bool = True) -> tuple[AppState, WeightHeatmaps]:
    """A weights panel on a two-moons workspace, shown (and exposed) unless `shown` is False."""
    state = AppState()
    set_workspace(state, "moons")
    w = WeightHeatmaps(state)
    qtbot.addWidget(w)
    if shown:
        w.show()
        qtbot.waitExposed(w)
    return state, w


def test_a_snapshot_arriving_during_the_rest_is_drawn_later(qtbot):
    state, w = heatmaps(qtbot)
    train_and_emit(state, 2)
    drawn = w.updates
    w.throttle.next_allowed = time.perf_counter() + 0.05  # as if the last draw had been slow
    state.trainer.step()
    snap = make_snapshot(state.trainer, 2)
    state.snapshotReady.emit(snap)
    assert w.updates == drawn  # resting: kept, not drawn
    assert w.throttle.pending is snap
    qtbot.waitUntil(lambda: w.updates == drawn + 1, timeout=2000)
    assert (w.layers[0].image.image == snap.weights[0]).all()


def test_hidden_panel_draws_when_shown(qtbot):
    state, w = heatmaps(qtbot, shown=False)
    w.resize(700, 600)  # wide from the start: showing it does not re-lay it out
    drawn = w.updates
    snap = train_and_emit(state, 3)  # hidden: nothing drawn
    assert w.updates == drawn and w.throttle.pending is snap
    w.show()
    qtbot.waitExposed(w)
    settle()
    assert w.updates == drawn + 1
    assert (w.layers[0].image.image == snap.weights[0]).all()


def test_hiding_cancels_a_deferred_draw_until_shown(qtbot):
    state, w = heatmaps(qtbot)
    w.throttle.next_allowed = time.perf_counter() + 10  # a long rest
    snap = train_and_emit(state, 2, wait=False)
    assert w.throttle.timer.isActive() and w.throttle.pending is snap
    w.hide()
    assert not w.throttle.timer.isActive()  # nothing left running while hidden
    w.throttle.next_allowed = 0
    w.show()
    qtbot.waitExposed(w)
    assert w.throttle.pending is None
    assert (w.layers[0].image.image == snap.weights[0]).all()


def test_one_panel_resting_long_does_not_hold_the_others_back(qtbot):
    """A panel with a long rest (its last draw was slow, its budget small) waits alone: the
    others still draw the next snapshot at once (they once waited for all of its rest)."""
    state = AppState()
    set_workspace(state, "moons")
    slow, quick = WeightHeatmaps(state), WeightHeatmaps(state)
    for w in (slow, quick):
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
    train_and_emit(state, 2)
    slow.throttle.next_allowed = time.perf_counter() + 30  # e.g. a 0.6 s draw at a 2 % budget
    drawn_slow, drawn_quick = slow.updates, quick.updates
    train_and_emit(state, 1, serial=5, wait=False)
    qtbot.waitUntil(lambda: quick.updates == drawn_quick + 1, timeout=2000)
    assert slow.updates == drawn_slow and slow.throttle.timer.isActive()  # still resting
    slow.throttle.timer.stop()
