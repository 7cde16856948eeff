"""Regression views: the 1D function fit with its pieces, predicted vs true, the 2D surface."""

from __future__ import annotations

import numpy as np
import pytest
from panel_helpers import set_workspace, train_and_emit

from engine.data import features, regression
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer
from gui.panels.function_fit import FunctionFit, pieces
from gui.panels.regression import RegressionView
from gui.panels.surface import RegressionSurface


def regression_state(qtbot, cls, name="sine", sizes=(1, 6, 1), feature_names=None):
    from gui.workspace import Workspace

    state = Workspace()
    ds = regression.make(name, n=60, noise=0.05, seed=1)
    if feature_names:
        ds = features.with_features(ds, feature_names)
    sizes = [ds.n_inputs, *sizes[1:]]
    state.dataset = ds
    state.network = Network.create(sizes, "tanh", "linear", "mse", seed=2)
    state.trainer = Trainer(state.network, ds, TrainConfig(lr=0.05, batch_size=8))
    state.training = False
    state.snapshot = None
    w = cls(state)
    qtbot.addWidget(w)
    w.resize(700, 600)
    w.show()
    qtbot.waitExposed(w)
    state.modelChanged.emit()
    return w


def test_function_fit_pieces_add_up_to_the_output(qtbot):
    w = regression_state(qtbot, FunctionFit)
    assert w.available and len(w.piece_items) == 6
    x, y = w.output_curve.getData()
    _, c, b = pieces(w.model, w.xs)
    assert np.allclose(c.sum(axis=1) + b, y, atol=1e-5)  # linear output: Σ w·a + b = ŷ
    px, py = w.piece_items[0].getData()
    j = w.order[0]
    assert np.allclose(py, c[:, j])
    tx, ty = w.target_curve.getData()
    assert np.allclose(ty, np.sin(np.pi * tx))  # the target function of "sine"
    assert len(w.train_points.data) == 45 and len(w.val_points.data) == 15
    assert "RMSE" in w.info.text()
    before = w.updates
    train_and_emit(w.state, 20)
    qtbot.waitUntil(lambda: w.updates > before, timeout=3000)
    _, y2 = w.output_curve.getData()
    assert not np.allclose(y, y2)  # it follows training


def test_function_fit_hover_and_toggle(qtbot):
    w = regression_state(qtbot, FunctionFit)
    j = int(w.order[0])
    w.state.hover_neuron(1, j)
    assert w.piece_items[0].opts["pen"].width() == 3
    w.show_pieces.setChecked(False)
    assert not any(item.isVisible() for item in w.piece_items)


@pytest.mark.parametrize("cls", [FunctionFit, RegressionView, RegressionSurface])
def test_classification_data_is_not_drawn(qtbot, cls):
    from gui.workspace import Workspace

    state = Workspace()
    set_workspace(state, "moons")
    w = cls(state)
    qtbot.addWidget(w)
    assert not w.available and not w.canvas.isVisibleTo(w) and w.message.text()


def test_regression_view_metrics_and_points(qtbot):
    w = regression_state(qtbot, RegressionView)
    assert w.available
    ds, net = w.state.dataset, w.state.network
    out = net.feedforward(ds.x_val)
    rmse = float(np.sqrt(np.mean((out - ds.y_val) ** 2)))
    assert w.figures["validation"]["rmse"] == pytest.approx(rmse, rel=1e-5)
    xs, ys = w.val_points.getData()
    assert np.allclose(xs, ds.y_val[:, 0]) and np.allclose(ys, out[:, 0], atol=1e-6)
    rx, ry = w.residuals.getData()
    assert np.allclose(ry, out[:, 0] - ds.y_val[:, 0], atol=1e-6)
    assert "validation: RMSE" in w.info.text() and "R²" in w.info.text()


def test_surface_is_the_network_over_the_plane(qtbot):
    w = regression_state(qtbot, RegressionSurface, name="gaussians", sizes=(2, 8, 1))
    assert w.available and w.values.shape == (64, 64)
    x0, x1, y0, y1 = w.bounds
    corner = w.state.network.feedforward(np.array([[x0, y0]], np.float32))[0, 0]
    assert w.values[0, 0] == pytest.approx(corner, abs=1e-5)


def test_surface_with_extra_features(qtbot):
    w = regression_state(
        qtbot, RegressionSurface, name="plane", sizes=(3, 4, 1), feature_names=["x1", "x2", "x1^2"]
    )
    assert w.available and w.state.network.sizes[0] == 3
    x0, x1, y0, y1 = w.bounds
    inputs = features.expand(np.array([[x1, y1]]), ["x1", "x2", "x1^2"])
    top = w.state.network.feedforward(inputs)[0, 0]
    assert w.values[-1, -1] == pytest.approx(top, abs=1e-5)


def test_topology_names_the_input_features(qtbot):
    from gui.panels.topology import TopologyView
    from gui.workspace import Workspace

    state = Workspace()
    ds = features.with_features(regression.make("plane", n=40), ["x1", "x2", "x1*x2"])
    state.dataset = ds
    state.network = Network.create([3, 4, 1], "tanh", "linear", "mse")
    w = TopologyView(state)
    qtbot.addWidget(w)
    state.modelChanged.emit()
    names = [t.toPlainText() for t in w.texts]
    assert {"x₁", "x₂", "x₁x₂"} <= set(names)


def test_loss_plot_reads_rmse_for_regression(qtbot):
    from gui.panels.loss_plot import LossPlot
    from gui.workspace import Workspace

    state = Workspace()
    state.new()
    w = LossPlot(state)
    qtbot.addWidget(w)
    w.set_history(
        {
            "batch_epoch": [0.5, 1.0, 1.5, 2.0],
            "batch_loss": [0.5, 0.08, 0.02, 0.005],
            "batch_accuracy": [0.0, 0.0, 0.0, 0.0],
            "epoch": [1, 2],
            "loss": [0.2, 0.01],
            "val_loss": [0.3, 0.02],
            "rmse": [0.63, 0.14],
            "val_rmse": [0.77, 0.2],
        }
    )
    assert w.acc_plot.getPlotItem().getAxis("left").labelText == "RMSE"
    x, y = w.val_acc.getData()
    assert list(y) == [0.77, 0.2]
    w.smooth.setChecked(False)
    _, b = w.batch_acc.getData()
    assert np.allclose(b, np.sqrt(2 * np.array([0.5, 0.08, 0.02, 0.005])))
    assert "val. RMSE 0.2" in w.readout_text(2.0)
