"""The window on a laptop's 1366×768 and on a large screen: what one draws on the canvas is
read where it can be seen, dock tabs show their titles, the step-through needs no sideways
scroll bar (the findings of issue 20's and the last session's screenshots)."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtTest import QTest

from gui import MainWindow
from gui.panels.canvas import CANVAS_SIDE, WIDE_FROM
from gui.panels.common import exposed

LEFT = QtCore.Qt.MouseButton.LeftButton
NONE = QtCore.Qt.KeyboardModifier.NoModifier


def opened(qtbot, size: tuple[int, int]) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(100)  # the docks take their first sizes once the window has its own
    return w


def draw_a_seven(qtbot, canvas) -> None:
    f = canvas._frame()
    s = f.width() / CANVAS_SIDE

    def at(x, y):
        return QtCore.QPoint(round(f.x() + x * s), round(f.y() + y * s))

    points = [(90, 60), (190, 60), (150, 140), (120, 230)]
    QTest.mousePress(canvas, LEFT, NONE, at(*points[0]))
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        for t in range(1, 11):
            QTest.mouseMove(canvas, at(x0 + (x1 - x0) * t / 10, y0 + (y1 - y0) * t / 10))
    QTest.mouseRelease(canvas, LEFT, NONE, at(*points[-1]))


def on_screen(widget: QtWidgets.QWidget, area: QtWidgets.QScrollArea) -> bool:
    """Whether all of `widget` lies inside what the scroll area shows."""
    top_left = widget.mapTo(area.viewport(), QtCore.QPoint(0, 0))
    rect = QtCore.QRect(top_left, widget.size())
    return area.viewport().rect().contains(rect)


@pytest.mark.parametrize("size", [(1366, 740), (1920, 1050)])
def test_the_digit_read_is_seen_while_drawing_and_nothing_scrolls_sideways(qtbot, size):
    w = opened(qtbot, size)
    w.docks["canvasPanel"].raise_()
    panel = w.panels["canvasPanel"]
    qtbot.waitUntil(lambda: exposed(panel), timeout=2_000)
    area = w.docks["canvasPanel"].widget()
    assert panel.narrow == (area.viewport().width() < WIDE_FROM)
    draw_a_seven(qtbot, panel.canvas)
    qtbot.waitUntil(lambda: panel.predicted.text() != "", timeout=2_000)
    assert on_screen(panel.predicted, area) and on_screen(panel.confidence, area)
    assert on_screen(panel.canvas, area)
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible(), timeout=2_000)
    w.shutdown()


def test_the_canvas_panel_lays_the_reading_beside_the_canvas_when_wide_and_under_when_narrow(
    qtbot,
):
    from gui.panels.canvas import DigitCanvas
    from gui.workspace import Workspace

    panel = DigitCanvas(Workspace())
    qtbot.addWidget(panel)
    for width, narrow in ((WIDE_FROM + 100, False), (WIDE_FROM - 200, True)):
        panel.arrange_for(width)
        panel.resize(width, 900)
        panel.show()
        panel.layout().activate()
        assert panel.narrow is narrow
        bars, canvas = panel.bars.geometry(), panel.canvas.geometry()
        if narrow:  # the bars under the canvas, the digit read still beside it
            assert bars.top() > canvas.bottom()
            assert panel.predicted.geometry().left() > canvas.right()
        else:
            assert bars.left() > canvas.right()


def test_dock_tabs_show_whole_titles_and_scroll_instead_of_eliding(qtbot):
    w = opened(qtbot, (1366, 740))
    bars = w.findChildren(
        QtWidgets.QTabBar, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly
    )
    assert len(bars) >= 2  # the right-hand and the bottom groups
    for bar in bars:
        assert bar.elideMode() == QtCore.Qt.TextElideMode.ElideNone
        assert bar.usesScrollButtons()
    w.layout_docks.reset(w.findChildren(QtWidgets.QToolBar))  # View → Reset layout too
    bars = w.findChildren(
        QtWidgets.QTabBar, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly
    )
    assert all(b.elideMode() == QtCore.Qt.TextElideMode.ElideNone for b in bars)
    w.shutdown()


def test_the_step_through_fits_a_laptop_dock_without_a_sideways_scroll_bar(qtbot):
    w = opened(qtbot, (1366, 740))
    w.docks["stepThrough"].raise_()
    qtbot.waitUntil(lambda: exposed(w.panels["stepThrough"]), timeout=2_000)
    area = w.docks["stepThrough"].widget()
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible(), timeout=2_000)
    w.shutdown()


def test_the_loss_landscape_fits_a_laptop_dock_and_shows_its_whole_explanation(qtbot):
    w = opened(qtbot, (1366, 740))
    w.docks["lossLandscape"].raise_()
    panel = w.panels["lossLandscape"]
    qtbot.waitUntil(lambda: panel.grid is not None and not panel.computing, timeout=10_000)
    area = w.docks["lossLandscape"].widget()
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible(), timeout=2_000)
    about = panel.about
    assert about.height() >= about.heightForWidth(about.width())  # no line cut off
    w.shutdown()
