"""The docks of the main window: where each panel goes, which share a place as tabs, their
first sizes, and the layout saved between runs.

    docks = Docks(window)                      # window: a QMainWindow
    docks.add(panel, "Weights", Area.RightDockWidgetArea)   # area None = central widget
    docks.tabify(TABS)
    docks.restore() / docks.save() / docks.reset()
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gui.i18n import translate
from gui.layout import scrolled

Area = QtCore.Qt.DockWidgetArea
DIRECT = QtCore.Qt.FindChildOption.FindDirectChildrenOnly  # the main window's own tab bars
LAYOUT_VERSION = 5  # bump when the set of docks changes: older saved layouts are ignored
RIGHT_WIDTH, RIGHT_SHARE = 320, 0.26  # the right-hand column: pixels at least, window share


def settings() -> QtCore.QSettings:
    """Where the window keeps its layout between runs."""
    return QtCore.QSettings("Backprop Studio", "Backprop Studio")


class Docks:
    """The panels of a QMainWindow by object name (`panels`, `docks`) and their places."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        self.window = window
        self.panels: dict[str, QtWidgets.QWidget] = {}
        self.docks: dict[str, QtWidgets.QDockWidget] = {}
        self.home: dict[str, Area] = {}  # each dock's default area
        self.tabs: list[tuple[str, ...]] = []
        window.setDockNestingEnabled(True)
        Corner = QtCore.Qt.Corner
        # the bottom row runs under the right column, so a wide bottom panel does not
        # squeeze the right one
        window.setCorner(Corner.BottomLeftCorner, Area.LeftDockWidgetArea)
        window.setCorner(Corner.BottomRightCorner, Area.BottomDockWidgetArea)

    def add(self, widget: QtWidgets.QWidget, title: str, area: Area | None) -> None:
        """Dock `widget` (found by its object name) in `area`; None: the central widget.
        Every dock's contents scroll rather than force the window's minimum size (left-column
        forms vertically only)."""
        name = widget.objectName()
        self.panels[name] = widget
        if area is None:
            self.window.setCentralWidget(widget)
            return
        dock = QtWidgets.QDockWidget(translate("Docks", title), self.window)
        dock.setObjectName(name + "Dock")
        dock.setWidget(scrolled(widget, horizontal=area != Area.LeftDockWidgetArea))
        self.window.addDockWidget(area, dock)
        self.docks[name] = dock
        self.home[name] = area

    def tabify(self, groups: list[tuple[str, ...]] | None = None) -> None:
        """Docks that share one place as tabs; the first of each group shows."""
        if groups is not None:
            self.tabs = list(groups)
        for names in self.tabs:
            docks = [self.docks[n] for n in names if n in self.docks]
            for other in docks[1:]:
                self.window.tabifyDockWidget(docks[0], other)
            if docks:
                docks[0].raise_()

    def readable_tabs(self) -> None:
        """Dock tabs show their whole titles and scroll (arrows) when they do not fit,
        instead of eliding every title to a letter or two ("D…", "R…") in a narrow column.
        Qt makes a dock area's tab bar when docks are first tabified or restored."""
        for bar in self.window.findChildren(QtWidgets.QTabBar, options=DIRECT):
            bar.setElideMode(QtCore.Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def default_sizes(self) -> None:
        """Side columns wide enough for their forms; the curves a third of the height.
        (Dock sizes only take once the window has its size: call it when first shown.)"""
        w, docks = self.window, self.docks
        Qt = QtCore.Qt.Orientation

        def in_area(area):
            return [d for d in docks.values() if w.dockWidgetArea(d) == area]

        left, right = in_area(Area.LeftDockWidgetArea), in_area(Area.RightDockWidgetArea)
        bottom = in_area(Area.BottomDockWidgetArea)
        if left:
            w.resizeDocks(left, [330] * len(left), Qt.Horizontal)
        if right:  # a quarter of a large window; 320 px at least (a laptop's 1366)
            side = max(RIGHT_WIDTH, round(RIGHT_SHARE * w.width()))
            w.resizeDocks(right, [side] * len(right), Qt.Horizontal)
        if bottom:
            w.resizeDocks(bottom, [320] * len(bottom), Qt.Vertical)
        if len(bottom) > 1:
            w.resizeDocks(bottom, [820] + [300] * (len(bottom) - 1), Qt.Horizontal)
        if "networkEditor" in docks and "hyperparameters" in docks:
            w.resizeDocks(
                [docks["networkEditor"], docks["hyperparameters"]], [380, 520], Qt.Vertical
            )

    def restore(self) -> bool:
        """Put the docks where they were last time (if saved by this layout version)."""
        s = settings()
        if s.value("layout/version", 0, type=int) != LAYOUT_VERSION:
            return False
        geometry, state = s.value("layout/geometry"), s.value("layout/state")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        return bool(state is not None and self.window.restoreState(state, LAYOUT_VERSION))

    def save(self) -> None:
        s = settings()
        s.setValue("layout/version", LAYOUT_VERSION)
        s.setValue("layout/geometry", self.window.saveGeometry())
        s.setValue("layout/state", self.window.saveState(LAYOUT_VERSION))
        s.sync()

    def reset(self, toolbars: list[QtWidgets.QToolBar]) -> None:
        """Every panel back where it starts, shown."""
        w = self.window
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        for bar in toolbars:
            bar.show()
            w.addToolBar(QtCore.Qt.ToolBarArea.TopToolBarArea, bar)
        for name, dock in self.docks.items():
            w.removeDockWidget(dock)
            w.addDockWidget(self.home[name], dock)
            dock.show()
        self.tabify()
        self.default_sizes()
        self.readable_tabs()
