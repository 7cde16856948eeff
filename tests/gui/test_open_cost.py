"""Opening a large model costs only what can be seen: tabs behind others rebuild when shown,
the weights are drawn a page of layers at a time, the decision boundary's maps once.
(Counts of work done, never wall-clock time: bench/open_model.py measures the time.)"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from panel_helpers import set_workspace, shown_panel

from engine.files import modelfile
from engine.nn.network import Network
from engine.teach import figures, space
from gui.panels import decision_boundary, heatmaps
from gui.panels.common import exposed


@pytest.fixture
def window(shown_window):
    return shown_window  # tests/gui/conftest.py


def counting(monkeypatch, module, name: str) -> list:
    calls = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def saved(tmp_path, sizes) -> str:
    path = str(tmp_path / "wide.bps")
    modelfile.save(path, Network.create(sizes, "tanh", "sigmoid", seed=1))
    return path


def test_tabs_behind_others_rebuild_for_a_new_model_only_when_shown(
    qtbot, window, tmp_path, monkeypatch
):
    space_view, heat = window.panels["spaceView"], window.panels["weightHeatmaps"]
    db = window.panels["decisionBoundary"]
    window.docks["decisionBoundary"].raise_()  # in front (a saved layout may have another)
    qtbot.waitUntil(lambda: exposed(db), timeout=2_000)
    assert not exposed(space_view) and not exposed(heat)  # tabs behind the decision boundary
    traced = counting(monkeypatch, space, "trace_space")
    sizes = [2, 64, 64, 1]
    assert window.open_model(saved(tmp_path, sizes))
    assert window.workspace.network.sizes == sizes
    qtbot.wait(50)
    assert traced == [] and space_view.stale  # no projection of a view no one sees
    assert heat.stale and heat.model.sizes != sizes
    assert not db.stale and db.model.sizes == sizes  # the front tab follows at once
    window.docks["spaceView"].raise_()
    qtbot.waitUntil(lambda: not space_view.stale, timeout=5_000)
    assert len(traced) >= 1 and space_view.model.sizes == sizes
    assert [s.units for s in space_view.space.stages][1:3] == [64, 64]
    window.docks["weightHeatmaps"].raise_()
    qtbot.waitUntil(lambda: not heat.stale, timeout=5_000)
    for items, W in zip(heat.layers, window.workspace.network.weights, strict=True):
        np.testing.assert_allclose(items.image.image, W)


def test_a_deep_network_draws_a_page_of_weight_layers(qtbot):
    w = shown_panel(qtbot, heatmaps.WeightHeatmaps, "moons")
    sizes = [2, *[3] * 15, 1]  # 16 weight layers, the most a model file holds
    set_workspace(w.state, "moons", sizes=sizes)
    plots = [i for i in w.canvas.ci.items if isinstance(i, pg.PlotItem)]
    assert len(w.layers) == heatmaps.PAGE and len(plots) <= 3 * heatmaps.PAGE
    assert w.pages.isVisibleTo(w) and w.pages.count() == 4
    weights = w.state.network.weights
    w.pages.setCurrentIndex(3)  # W13-W16
    assert [items.image.image.shape for items in w.layers] == [W.shape for W in weights[12:]]
    for items, W in zip(w.layers, weights[12:], strict=True):
        np.testing.assert_allclose(items.image.image, W)
    vb = w.layers[1].plot.vb
    hit = w.value_at(vb.mapViewToScene(vb.mapToView(vb.rect().center())))
    assert hit is not None and hit[0] == 13  # W14: the layer's own index, not its row
    w.state.select_neuron(14, 2)  # W14's column 2 in, W15's row 2 out
    assert w.layers[1].column_box.isVisible() and w.layers[2].row_box.isVisible()
    set_workspace(w.state, "moons", sizes=[2, 4, 1])
    assert len(w.layers) == 2 and not w.pages.isVisibleTo(w)


def test_decision_boundary_computes_its_maps_once_and_caps_the_small_ones(qtbot, monkeypatch):
    w = shown_panel(qtbot, decision_boundary.DecisionBoundary, "moons")
    maps = counting(monkeypatch, figures, "plane_maps")
    set_workspace(w.state, "circles", sizes=[2, *[3] * 15, 1])  # other data: the view moves
    assert len(maps) == 1  # the view's own range changes did not compute them again
    rows = {l for l, _j, _img in w.small}
    assert rows == set(range(1, decision_boundary.SMALL_LAYERS + 1))
    labels = [i for i in w.small_canvas.ci.items if isinstance(i, pg.LabelItem)]
    assert any("7 more hidden layers" in label.text for label in labels)
    x0, x1, y0, y1 = w.bounds
    (v0, v1), (u0, u1) = w.plot.vb.viewRange()  # the maps shade what the view shows
    assert (x0, x1, y0, y1) == pytest.approx((v0, v1, u0, u1))
    w.state.hover_neuron(12, 1)  # a layer without a small map is still drawn large
    np.testing.assert_allclose(w.image.image, w.maps.maps[11][1])


def test_the_plane_gets_fewer_points_only_for_networks_too_big_to_map_at_full_size():
    r = decision_boundary.resolution_for
    assert r([2, 8, 8, 1]) == r([2, 512, 512, 1]) == decision_boundary.RESOLUTION
    assert r([2, 1024, 1024, 1]) == 45  # 1.05 M multiply-adds a point
    assert r([2, *[1024] * 8, 1]) == 17  # the editor's largest: 7.3 M
    assert r([2, *[1024] * 15, 1]) == decision_boundary.MIN_RESOLUTION  # a file's largest: 14.7 M
    assert r([2, 10**9, 1]) == decision_boundary.MIN_RESOLUTION  # never fewer


def test_opening_a_model_traces_the_step_through_once(qtbot, window, tmp_path, monkeypatch):
    from gui.panels import step_through

    window.docks["stepThrough"].raise_()
    qtbot.waitUntil(lambda: exposed(window.panels["stepThrough"]), timeout=2_000)
    traces = counting(monkeypatch, step_through, "trace")
    assert window.open_model(saved(tmp_path, [2, 16, 16, 1]))
    assert len(traces) == 1  # the new model is traced; "training: ready" after it is not
    panel = window.panels["stepThrough"]
    assert np.array_equal(panel.trace.weights[0], window.workspace.network.weights[0])
    window.workspace.step_batch()  # the weights move on: traced again
    qtbot.waitUntil(lambda: len(traces) == 2, timeout=5_000)
    assert np.array_equal(panel.trace.weights[0], window.workspace.network.weights[0])


def test_the_space_view_follows_fewer_points_only_through_networks_too_big_for_all():
    from gui.panels import space_view

    full = (space_view.MAX_POINTS, space_view.GRID_POINTS)
    assert space_view.points_for([2, 8, 8, 1]) == space_view.points_for([2, 1024, 1024, 1]) == full
    most, per_line = space_view.points_for([2, *[1024] * 8, 1])
    assert (most, per_line) == (space_view.MIN_POINTS, space_view.MIN_GRID)
    grid_points = 2 * space_view.GRID_LINES * per_line
    full_count = space_view.MAX_POINTS + 2 * space_view.GRID_LINES * space_view.GRID_POINTS
    assert most + grid_points < full_count / 4  # its floors: a fifth of the points, not all


def test_a_huge_network_in_the_space_view_draws_its_thinner_grid_whole(qtbot, window, tmp_path):
    window.docks["spaceView"].raise_()
    view = window.panels["spaceView"]
    qtbot.waitUntil(lambda: exposed(view), timeout=2_000)
    assert window.open_model(saved(tmp_path, [2, *[1024] * 8, 1]))
    qtbot.waitUntil(lambda: view.space is not None and view.model.sizes[1] == 1024, timeout=10_000)
    assert len(view.X) <= space_view_points(view)
    x, _y = view.grid_v.getData()
    lines = view.grid.shape[0] // 2
    assert len(x) == lines * (view.grid.shape[1] + 1)  # every vertical line, none of the others


def space_view_points(view) -> int:
    from gui.panels import space_view

    return space_view.points_for(view.model.sizes)[0]
