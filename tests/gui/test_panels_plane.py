"""Decision boundary and gradient flow: live maps of the plane, per-layer learning signals."""

import numpy as np
import pytest
from panel_helpers import click, set_workspace, shown_panel, train_and_emit
from PySide6 import QtCore

from engine.teach import figures
from gui.panels.decision_boundary import RESOLUTION, DecisionBoundary
from gui.panels.gradient_flow import GradientFlow


def make(qtbot, cls, kind):
    return shown_panel(qtbot, cls, kind)


def test_decision_boundary_is_the_network_prediction(qtbot):
    w = make(qtbot, DecisionBoundary, "moons")
    assert w.objectName() == "decisionBoundary"
    net, ds = w.state.network, w.state.dataset
    assert w.maps.probabilities.shape == (RESOLUTION, RESOLUTION, 2)
    direct = net.feedforward(np.array([[w.maps.xs[5], w.maps.ys[9]]]))[0, 0]
    assert w.maps.probabilities[9, 5, 1] == pytest.approx(direct, abs=1e-5)
    assert len(w.train_points.data) == len(ds.x_train)
    assert len(w.val_points.data) == len(ds.x_val)
    assert len(w.small) == 5 + 3  # one small map per hidden neuron
    # the image covers the plane, pixel for grid point
    rect = w.image.mapRectToView(w.image.boundingRect())
    x0, x1, y0, y1 = w.bounds
    assert (rect.left(), rect.right()) == pytest.approx((x0, x1))
    assert (rect.top(), rect.bottom()) == pytest.approx((y0, y1))
    before = w.image.image.copy()
    small_before = w.small[0][2].image.copy()
    train_and_emit(w.state, 30)
    assert not np.array_equal(before, w.image.image)
    assert not np.array_equal(small_before, w.small[0][2].image)


def test_decision_boundary_uses_snapshot_plane_when_given(qtbot):
    w = make(qtbot, DecisionBoundary, "moons")
    snap = train_and_emit(w.state, 3, grid=(w.bounds, RESOLUTION))
    assert w.maps is snap.extras["plane"]


def test_hovered_neuron_shown_large_and_click_sets_sample(qtbot):
    w = make(qtbot, DecisionBoundary, "moons")
    w.state.hover_neuron(1, 2)
    assert "hidden 1 unit 2" in w.plot.titleLabel.text
    np.testing.assert_allclose(w.image.image, w.maps.maps[0][2], rtol=1e-5)
    w.state.hover_neuron(-1, -1)
    assert w.image.image.shape == (RESOLUTION, RESOLUTION, 3)
    x0, x1, y0, y1 = w.bounds
    target = ((x0 + x1) / 2 + 0.1, (y0 + y1) / 2 - 0.2)
    click(qtbot, w.canvas, w.plot.vb.mapViewToScene(QtCore.QPointF(*target)))
    s = w.state.sample
    assert s is not None and s.label is None and s.source.startswith("plane (")
    np.testing.assert_allclose(s.x, target, atol=(x1 - x0) / 50)
    assert len(w.sample_marker.data) == 1


def test_decision_boundary_k_classes_and_images(qtbot):
    w = make(qtbot, DecisionBoundary, "blobs")
    assert w.maps.probabilities.shape[-1] == 3 and not w.bar.isVisible()
    set_workspace(w.state, "images")
    assert not w.available and "2-input" in w.message.text()
    train_and_emit(w.state, 2)  # a snapshot of an image net must not break it
    set_workspace(w.state, "moons")
    assert w.available and w.canvas.isVisible()


def test_gradient_flow_follows_training(qtbot):
    w = make(qtbot, GradientFlow, "moons")
    assert w.objectName() == "gradientFlow"
    assert len(w.batch_curves) == 3
    assert w.grad_plot.getAxis("left").tickStrings([-3.0, 0.0], 1, 1) == ["0.001", "1"]
    train_and_emit(w.state, 3, serial=1)
    train_and_emit(w.state, 3, serial=2)
    x, y = w.batch_curves[0][0].getData()
    assert len(x) == 2
    batch = w.state.snapshot.last_batch
    assert 10 ** y[-1] == pytest.approx(batch.grad_norms[0], rel=1e-6)
    ratio = batch.update_norms[2] / figures.layer_norms(w.state.snapshot.weights)[2]
    _, ry = w.batch_curves[2][1].getData()
    assert 10 ** ry[-1] == pytest.approx(ratio, rel=1e-6)
    # a whole epoch: the epoch means appear
    train_and_emit(w.state, w.state.trainer.batches_per_epoch, serial=3)
    ex, _ = w.epoch_curves[0][0].getData()
    assert len(ex) >= 1
    set_workspace(w.state, "moons", sizes=[2, 3, 3, 3, 1], activation="sigmoid")
    assert len(w.batch_curves) == 4
    assert w.batch_curves[0][0].getData()[0] is None or len(w.batch_curves[0][0].getData()[0]) == 0
