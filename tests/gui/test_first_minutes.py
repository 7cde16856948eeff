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
        shaded = panel.image.mapRectToParent(panel.image.boundingRect())
        tol = 1e-3 * (x1 - x0)
        assert shaded.left() <= x0 + tol and shaded.right() >= x1 - tol, (shaded, x0, x1)
        assert shaded.top() <= y0 + tol and shaded.bottom() >= y1 - tol, (shaded, y0, y1)
