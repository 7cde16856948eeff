"""Topology view: live colours, large layers summarised honestly, hover, click, trace steps."""

from dataclasses import dataclass, field

import numpy as np
import pytest
from panel_helpers import click, hover, set_workspace, train_and_emit
from PySide6 import QtWidgets

from gui.panels.topology import TopologyView
from gui.workspace import Sample
from gui.workspace import Workspace as AppState


@pytest.fixture
def view(qtbot):
    state = AppState()
    set_workspace(state, "moons")
    w = TopologyView(state)
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    qtbot.waitExposed(w)
    return w


def edge_data(w):
    return np.concatenate(
        [
            np.concatenate(c.getData())
            for c in w.edge_curves.values()
            if c.getData()[0] is not None and len(c.getData()[0])
        ]
    )


def test_named_and_draws_every_unit_of_a_small_net(view):
    assert view.objectName() == "topologyView"
    # 2-5-3-1: every unit drawn, every weight an edge
    assert len(view._node_xy) == 2 + 5 + 3 + 1
    assert len(view._edge_xy) == 2 * 5 + 5 * 3 + 3 * 1
    assert not view.image.isVisible()


def test_updates_between_two_snapshots(view):
    train_and_emit(view.state, 3, serial=1)
    first_edges = edge_data(view).copy()
    first_vals = [v.copy() for v in view.node_values]
    train_and_emit(view.state, 20, serial=2)
    assert not np.array_equal(first_edges, edge_data(view))
    assert any(not np.allclose(a, b) for a, b in zip(first_vals[1:], view.node_values[1:]))


def test_sample_change_recolours_nodes(view):
    view.state.set_sample(Sample(np.array([0.9, 0.9], np.float32), None, "plane (0.9, 0.9)"))
    a = view.node_values[-1].copy()
    view.state.set_sample(Sample(np.array([-0.9, -0.9], np.float32), None, "plane"))
    assert not np.allclose(a, view.node_values[-1])
    np.testing.assert_allclose(view.node_values[0], [-0.9, -0.9])
    assert "plane" in view.note.text()


def test_mnist_shaped_net_is_summarised_honestly(qtbot, view):
    state = view.state
    set_workspace(state, "images", sizes=[784, 64, 10], activation="relu")
    assert view.image.isVisible()
    assert len(view.shown[1]) == view.max_units < 64
    assert "+44 more" in [t.toPlainText() for t in view.texts]
    note = view.note.text()
    assert f"{view.max_edges} of 50,176" in note and "hidden 1 20 of 64" in note
    assert len(view._edge_xy) <= 2 * view.max_edges
    # the shown hidden units are the ones with the largest weights
    W = state.network.weights
    score = np.linalg.norm(W[0], axis=0) + np.linalg.norm(W[1], axis=1)
    assert set(view.shown[1]) == set(np.argsort(-score)[:20])
    # and back to a 2D net: no stale image, every unit again
    set_workspace(state, "moons")
    assert not view.image.isVisible()
    assert len(view._node_xy) == 11


def test_snapshot_of_a_new_architecture_rebuilds(view):
    state = view.state
    set_workspace(state, "moons", sizes=[2, 7, 1])
    train_and_emit(state, 2)
    assert len(view._node_xy) == 2 + 7 + 1


def test_click_selects_neuron_and_hover_reports_value(qtbot, view):
    state = view.state
    seen = []
    state.neuronSelected.connect(lambda l, u: seen.append((l, u)))
    hovered = []
    state.neuronHovered.connect(lambda l, u: hovered.append((l, u)))
    pos = view.node_scene_pos(1, 3)
    click(qtbot, view.canvas, pos)
    assert seen[-1] == (1, 3) and state.selected == (1, 3)
    assert len(view.ring.data) == 1
    hover(qtbot, view.canvas, pos)
    assert "hidden 1 unit 3: activation =" in view.info.text()
    assert hovered[-1] == (1, 3)
    value = float(view.info.text().split("=")[1])
    assert value == pytest.approx(view.node_values[1][3], abs=1e-3)


def test_hover_over_an_edge_reports_its_weight(qtbot, view):
    k = 0
    x0, y0, x1, y1 = view._edge_xy[k]
    l, i, j, w = view._edge_info[k]
    mid = view.view.mapViewToScene(QtWidgets.QGraphicsLineItem(x0, y0, x1, y1).line().center())
    hover(qtbot, view.canvas, mid)
    text = view.info.text()
    assert "from" in text and f"{w:.4g}" in text


@dataclass
class StandInStep:  # the fields of engine.teach.tracing.TraceStep that the view uses
    kind: str
    layer: int
    title: str
    explanation: str = ""
    node_values: dict = field(default_factory=dict)
    edge_values: dict = field(default_factory=dict)
    arrays: dict = field(default_factory=dict)


def test_follows_the_step_through(view):
    net = view.state.network
    delta = np.array([0.01, -0.02, 0.03])
    dW = np.full(net.weights[1].shape, -0.5)
    step = StandInStep("grad", 2, "∂L/∂W² = a¹ᵀ·δ²", node_values={2: delta}, edge_values={2: dW})
    view.state.traceStepChanged.emit(step)
    assert view.band.isVisible()
    np.testing.assert_allclose(view.node_values[2], delta)
    assert "δ" in view.bar.axis.labelText
    # every layer stays connected (issue 15: a step of one layer left the rest bare), but
    # only layer 2's edges (all negative, the largest) are strong; the others are faint
    assert len(view._edge_xy) == 2 * 5 + 5 * 3 + 3
    assert len(view.edge_curves[(False, 3)].getData()[0]) == 2 * 5 * 3
    assert all(len(c.getData()[0]) == 0 for (pos, b), c in view.edge_curves.items() if pos and b)
    view.state.traceStepChanged.emit(None)
    assert not view.band.isVisible()
    assert "activation" in view.bar.axis.labelText
    assert len(view._edge_xy) == 2 * 5 + 5 * 3 + 3


def test_follows_every_step_of_a_real_trace(view):
    from engine.teach.tracing import trace
    from engine.train import optimizers

    net = view.state.network
    t = trace(net, np.array([0.3, -0.2], np.float32), 1, optimizers.make("sgd", 0.1))
    kinds = set()
    for step in t.steps:
        view.state.traceStepChanged.emit(step)
        kinds.add(step.kind)
        assert view.band.isVisible()
        for l, values in step.node_values.items():
            if l >= 1:
                np.testing.assert_allclose(view.node_values[l], values)
    assert {"forward_z", "forward_a", "delta", "grad", "update"} <= kinds
    view.state.traceStepChanged.emit(None)
    assert not view.band.isVisible()
