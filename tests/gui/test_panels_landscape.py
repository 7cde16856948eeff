"""The loss-landscape panel: computed in the background coarse to fine, centred on the
current loss, the trajectory on it, principal directions, and nothing left running."""

import numpy as np
import pytest
from panel_helpers import set_workspace, shown_panel, train_and_emit

from engine.data.dataset import encode_targets
from gui.panels.loss_landscape import LossLandscape, contour_segments


def wait_for_grid(qtbot, w, resolution):
    qtbot.waitUntil(
        lambda: not w.computing and w.grid is not None and w.grid.resolution == resolution,
        timeout=20000,
    )


def current_loss(state):
    net, ds = state.network, state.dataset
    X = np.asarray(ds.x_train, net.dtype)
    return net.evaluate(X, encode_targets(ds.y_train, net.sizes[-1], net.dtype))[0]


def test_landscape_is_computed_coarse_to_fine_around_the_current_loss(qtbot):
    w = shown_panel(qtbot, LossLandscape, "moons")
    assert w.objectName() == "lossLandscape"
    wait_for_grid(qtbot, w, 33)
    assert w.drawn[-1] == 33 and w.drawn == sorted(w.drawn)  # coarse first
    g = w.grid
    assert g.loss[16, 16] == pytest.approx(current_loss(w.state), rel=1e-6)
    assert w.image.image.shape == (33, 33)
    assert "random directions" in w.about.text() and "all 60 training samples" in w.about.text()
    assert "loss at the centre" in w.status.text()
    assert w.contours.path.elementCount() > 0  # contour lines drawn
    assert len(w.now_marker.data) == 1


def test_trajectory_grows_while_training_and_pca_centres_on_the_weights(qtbot):
    w = shown_panel(qtbot, LossLandscape, "moons")
    wait_for_grid(qtbot, w, 33)
    for serial in range(5):
        train_and_emit(w.state, 8, serial=serial)
    assert len(w.trajectory) == 6 and len(w.coords) == 6
    # pca: recompute on the trajectory so far, centred on the weights now
    w.state.training = False
    w.directions_box.setCurrentIndex(1)
    wait_for_grid(qtbot, w, 33)
    assert w.directions.kind == "pca" and "principal directions" in w.about.text()
    np.testing.assert_allclose(w.coords[-1], [0, 0], atol=1e-6)  # the weights now: centre
    assert np.abs(w.coords).max(axis=0) @ [1, 1] > 0  # the path goes somewhere
    assert w.grid.alphas[-1] >= np.abs(w.coords[:, 0]).max()  # the grid holds the path
    g = w.grid
    assert g.loss[16, 16] == pytest.approx(current_loss(w.state), rel=1e-6)


def test_pca_without_a_trajectory_says_why(qtbot):
    w = shown_panel(qtbot, LossLandscape, "moons")
    wait_for_grid(qtbot, w, 33)
    w.directions_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not w.computing, timeout=10000)
    assert "train a little first" in w.status.text()


def test_mnist_shaped_network_uses_a_subsample_and_stops_on_close(qtbot):
    w = shown_panel(qtbot, LossLandscape, "images")
    w.resolution_box.setCurrentIndex(0)
    wait_for_grid(qtbot, w, 17)
    assert "all 90 training samples" in w.about.text()
    set_workspace(w.state, "moons")
    assert w.grid is None or w.grid.loss.shape[0] <= 33
    w.close()
    assert not w.computing


def test_contour_segments_follow_the_level():
    xs = np.linspace(-1, 1, 41)
    ys = np.linspace(-1.2, 1.2, 49)
    values = xs[None, :] ** 2 + ys[:, None] ** 2
    segments = contour_segments(values, xs, ys, [0.25, 0.64])
    radii = np.hypot(segments[..., 0], segments[..., 1]).ravel()
    near = np.minimum(abs(radii - 0.5), abs(radii - 0.8))
    assert near.max() < 0.01  # every end lies on one of the two circles
    assert (abs(radii - 0.5) < 0.01).sum() > 50 and (abs(radii - 0.8) < 0.01).sum() > 80
    # a saddle cell (two opposite corners above the level) gets two segments
    saddle = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert contour_segments(saddle, np.array([0.0, 1.0]), np.array([0.0, 1.0]), [0.5]).shape == (
        2,
        2,
        2,
    )
    assert contour_segments(values, xs, ys, [5.0]).shape == (0, 2, 2)  # above everything


def test_the_landscape_tab_brought_to_the_front_computes_for_the_workspace(qtbot, answers):
    """In the window the landscape is a tab behind others; clicking its tab (no showEvent
    then: Qt counts a tab behind as visible) computes the plane, and it never says "No
    network yet." while the workspace has one."""
    from gui import MainWindow
    from gui.panels.common import exposed

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    panel = w.panels["lossLandscape"]
    assert not exposed(panel) and w.workspace.network is not None
    assert "No network" not in panel.about.text()
    w.docks["lossLandscape"].raise_()
    qtbot.waitUntil(lambda: panel.grid is not None and not panel.computing, timeout=10_000)
    assert "Directions" in panel.about.text()
    c = panel.grid.resolution // 2
    assert panel.grid.loss[c, c] == pytest.approx(panel.grid.centre_loss, rel=1e-5)
    w.shutdown()
