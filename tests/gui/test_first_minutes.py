"""A student's first minutes (issue 15): a window that fits the screen, stays put and does
not change a setting behind the student's back."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gui.layout import WheelGuard
from gui.panels.network_editor import NetworkEditor
from gui.state import AppState
from tests.gui.panel_helpers import set_workspace


def wheel(widget: QtWidgets.QWidget, notches: int = -3) -> None:
    """Turn the mouse wheel over the middle of `widget` (negative: towards the user)."""
    centre = QtCore.QPointF(widget.width() / 2, widget.height() / 2)
    event = QtGui.QWheelEvent(
        centre,
        QtCore.QPointF(widget.mapToGlobal(centre.toPoint())),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, 120 * notches),
        QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
        QtCore.Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(widget, event)


def editor(qtbot) -> NetworkEditor:
    state = AppState()
    set_workspace(state, "moons", sizes=[2, 8, 8, 1])
    w = NetworkEditor(state)
    w.sync_from_state()
    w.state_ref = state
    qtbot.addWidget(w)
    w.show()
    return w


def test_add_hidden_layer_gives_a_sensible_width(qtbot):
    w = editor(qtbot)
    before = len(w.spec().hidden)
    qtbot.mouseClick(w.add_button, QtCore.Qt.MouseButton.LeftButton)
    hidden = w.spec().hidden
    assert len(hidden) == before + 1
    assert hidden[-1] == hidden[-2] == 8  # as wide as the layer before it, not 1 unit
    for row in list(w._rows):
        w._remove_row(row)
    qtbot.mouseClick(w.add_button, QtCore.Qt.MouseButton.LeftButton)
    assert w.spec().hidden == [8]


def test_the_wheel_over_an_unfocused_combo_box_changes_nothing(qtbot):
    WheelGuard.install()
    w = editor(qtbot)
    combo = w.output_activation
    start = combo.currentText()
    combo.clearFocus()
    wheel(combo, -3)
    wheel(combo, 3)
    wheel(combo, -1)
    assert combo.currentText() == start
    units = w._rows[0].units
    wheel(units, 2)
    assert units.value() == 8
    combo.setFocus()  # clicked (or tabbed to) first: the wheel is the student's choice
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, -1)
    assert combo.currentText() != start


def test_the_decision_boundary_shades_all_of_its_view(qtbot):
    from gui.panels.decision_boundary import DecisionBoundary
    from tests.gui.panel_helpers import shown_panel

    for size in ((700, 320), (320, 700)):  # wider or taller than the data
        panel = shown_panel(qtbot, DecisionBoundary, "moons", size=size)
        qtbot.wait(50)
        (x0, x1), (y0, y1) = panel.plot.vb.viewRange()
        d0, d1, e0, e1 = panel.data_bounds  # all the data in view, and not much more
        assert x0 <= d0 + 1e-6 and x1 >= d1 - 1e-6 and y0 <= e0 + 1e-6 and y1 >= e1 - 1e-6
        assert min(x1 - x0 - (d1 - d0), y1 - y0 - (e1 - e0)) < 1e-3 * (x1 - x0)
        shaded = panel.image.mapRectToParent(panel.image.boundingRect())
        tol = 1e-3 * (x1 - x0)
        assert shaded.left() <= x0 + tol and shaded.right() >= x1 - tol, (shaded, x0, x1)
        assert shaded.top() <= y0 + tol and shaded.bottom() >= y1 - tol, (shaded, y0, y1)
        panel.state.modelChanged.emit()  # rebuilt at the same size: still all shaded
        shaded = panel.image.mapRectToParent(panel.image.boundingRect())
        assert shaded.left() <= x0 + tol and shaded.right() >= x1 - tol, (shaded, x0, x1)


def test_colour_bars_label_large_values_beside_their_title(qtbot):
    import pyqtgraph as pg

    from gui import colors

    view = pg.GraphicsLayoutWidget()
    qtbot.addWidget(view)
    limits = (0.003, 2.3e6)
    bars = [colors.colorbar("node: δ = ∂L/∂z", limit) for limit in limits]
    for i, bar in enumerate(bars):
        view.addItem(bar, row=0, col=i)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    for bar, limit in zip(bars, limits, strict=True):
        ticks = [v for _, level in bar.axis.tickValues(-limit, limit, 250) for v in level]
        labels = bar.axis.tickStrings(ticks, 1.0, 1.0)
        assert len(set(labels)) >= 3, labels  # not only "0"
        # room for the widest value drawn and the title: the title no longer overlaps them
        # (pyqtgraph fixed the bar's axis at 45 px whatever its values)
        qtbot.waitUntil(lambda b=bar: b.axis.textWidth > 0)
        room = bar.axis.textWidth + bar.axis.label.boundingRect().height()
        assert bar.axis.width() >= room, (bar.axis.width(), room)


def test_log_loss_axis_labels_do_not_stack(qtbot):
    from gui.panels.loss_plot import LossAxis

    axis = LossAxis("left")
    for low, high in ((-2.0, 0.0), (-1.3, -0.2), (-6.0, 1.0)):
        ticks = [v for _, level in axis.logTickValues(low, high, 250, []) for v in level]
        assert len(ticks) <= 8  # was 1…9 × 10^k: up to 18 labels within 250 pixels
        labels = axis.logTickStrings(ticks, 1.0, 1.0)
        digits = [label.lstrip("-0.")[:1] for label in labels if "×" not in label]
        assert set(digits) <= set("1257"), labels


def test_layer_titles_stand_above_the_units_in_a_short_view(qtbot):
    from gui.panels.topology import TopologyView
    from tests.gui.panel_helpers import shown_panel

    for height in (200, 260, 600):
        view = shown_panel(qtbot, TopologyView, "moons", size=(700, height))
        qtbot.wait(50)
        top_unit = min(view.view.mapViewToScene(QtCore.QPointF(*p)).y() for p in view._node_xy)
        for title in view._titles:
            bottom = title.sceneBoundingRect().bottom()
            assert bottom <= top_unit - 6, (height, title.toPlainText(), bottom, top_unit)
