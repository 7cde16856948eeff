"""Weight heatmaps and receptive fields: the images are the weights, live, and follow selection."""

import numpy as np
import pytest
from panel_helpers import click, hover, set_workspace, shown_panel, train_and_emit

from gui.panels.heatmaps import WeightHeatmaps
from gui.panels.receptive_fields import ReceptiveFields


def make(qtbot, cls, kind):
    return shown_panel(qtbot, cls, kind)


def test_heatmaps_show_each_layer_live(qtbot):
    w = make(qtbot, WeightHeatmaps, "moons")
    assert w.objectName() == "weightHeatmaps"
    assert len(w.layers) == 3
    net = w.state.network
    for items, W in zip(w.layers, net.weights, strict=True):
        np.testing.assert_allclose(items.image.image, W)
        lo, hi = items.image.getLevels()
        assert lo == pytest.approx(-hi) and hi == pytest.approx(np.abs(W).max())
    before = w.layers[0].image.image.copy()
    hist_before = w.layers[0].curve.getData()[1].copy()
    train_and_emit(w.state, 15)
    after = w.layers[0].image.image
    assert not np.array_equal(before, after)
    np.testing.assert_allclose(after, w.state.snapshot.weights[0])
    assert w.layers[0].curve.getData()[1].sum() == net.weights[0].size
    assert not np.array_equal(hist_before, w.layers[0].curve.getData()[1])


def test_heatmaps_follow_selected_neuron_and_hover(qtbot):
    w = make(qtbot, WeightHeatmaps, "moons")
    w.state.select_neuron(1, 3)
    box = w.layers[0].column_box
    assert box.isVisible() and box.rect().x() == 3
    assert w.layers[1].row_box.isVisible() and w.layers[1].row_box.rect().y() == 3
    assert not w.layers[2].column_box.isVisible()
    vb = w.layers[1].plot.vb
    scene = vb.mapViewToScene(vb.mapToView(vb.rect().center()))
    hit = w.value_at(scene)
    assert hit is not None and hit[0] == 1
    hover(qtbot, w.canvas, scene)
    l, r, c, v = hit
    assert w.info.text() == f"W2[row {r}, column {c}] = {v:.4g}"
    assert v == pytest.approx(float(w.state.network.weights[1][r, c]))


def test_heatmaps_rebuild_on_architecture_change(qtbot):
    w = make(qtbot, WeightHeatmaps, "moons")
    set_workspace(w.state, "images")
    assert len(w.layers) == 2
    assert w.layers[0].image.image.shape == (784, 24)
    set_workspace(w.state, "moons", sizes=[2, 4, 1])
    train_and_emit(w.state, 2)
    assert [items.image.image.shape for items in w.layers] == [(2, 4), (4, 1)]


def test_receptive_fields_tiles_are_the_incoming_weights(qtbot):
    w = make(qtbot, ReceptiveFields, "images")
    assert w.objectName() == "receptiveFields"
    assert w.available and w.grid == (5, 5)  # 24 units
    W = w.state.network.weights[0]
    np.testing.assert_allclose(w.mosaic[:28, :28], W[:, 0].reshape(28, 28))
    np.testing.assert_allclose(w.mosaic[29:57, 29:57], W[:, 6].reshape(28, 28))
    lo, hi = w.image.getLevels()
    assert lo == pytest.approx(-hi)
    before = w.image.image.copy()
    train_and_emit(w.state, 10)
    assert not np.array_equal(before, w.image.image, equal_nan=True)
    seen = []
    w.state.neuronSelected.connect(lambda l, u: seen.append((l, u)))
    qtbot.wait(20)  # let the layout settle after the message line changed
    click(qtbot, w.canvas, w.tile_scene_pos(7))
    assert seen == [(1, 7)] and w.ring.isVisible()


def test_receptive_fields_explain_2d_and_come_back(qtbot):
    w = make(qtbot, ReceptiveFields, "moons")
    assert not w.available and "image inputs" in w.message.text()
    assert not w.canvas.isVisible()
    set_workspace(w.state, "images")
    assert w.available and w.canvas.isVisible()


def test_heatmaps_put_histograms_below_when_narrow(qtbot):
    w = make(qtbot, WeightHeatmaps, "moons")
    assert w.wide
    w.resize(320, 800)
    qtbot.waitUntil(lambda: not w.wide, timeout=2_000)
    assert len(w.layers) == 3  # rebuilt, same layers, still drawn from the weights
    np.testing.assert_allclose(w.layers[2].image.image, w.state.network.weights[2])


def test_the_pictures_are_still_no_pan_zoom_menu_or_autorange_button(qtbot):
    from gui.panels.confusion import Confusion
    from gui.panels.decision_boundary import DecisionBoundary

    heatmaps = make(qtbot, WeightHeatmaps, "moons")
    plots = [layer.plot for layer in heatmaps.layers] + [layer.hist for layer in heatmaps.layers]
    for cls, kind in (
        (ReceptiveFields, "images"),
        (DecisionBoundary, "moons"),
        (Confusion, "blobs"),
    ):
        plots.append(make(qtbot, cls, kind).plot)
    for plot in plots:
        assert plot.vb.state["mouseEnabled"] == [False, False]
        assert not plot.menuEnabled()
        assert plot.buttonsHidden


def test_heatmap_axes_number_the_units_at_the_cells_centres(qtbot):
    from gui.panels.common import unit_ticks

    w = make(qtbot, WeightHeatmaps, "moons")  # 2-5-3-1
    first = w.layers[0].plot
    # pyqtgraph keeps what setTicks() was given in _tickLevels (no public getter)
    assert first.getAxis("left")._tickLevels == [[(0.5, "0"), (1.5, "1")]]
    assert first.getAxis("bottom")._tickLevels == [[(i + 0.5, str(i)) for i in range(5)]]
    for n in (1, 7, 10, 11, 64, 784, 1024):
        (ticks,) = unit_ticks(n)
        assert 1 <= len(ticks) <= 10 and ticks[0] == (0.5, "0")
        assert all(0 < pos < n for pos, _ in ticks)
