"""How the window fits a screen and treats the pointer: helpers the main window uses.

- `scrolled(widget)`: a dock's contents in a scroll area, so that no panel forces the
  window's minimum size (a small screen gets scroll bars, not unreachable parts).
- `fit_to_screen(window)`: the window's first size and place, inside the screen's
  available area (without the task bar).
- `WheelGuard`: the mouse wheel scrolls the dock instead of changing the combo box or
  spin box under the pointer, unless that field has the keyboard focus (clicked first).
- `HelpButton` / `DockTitleBar`: the "?" of every panel ("What am I looking at?"),
  with the words of gui.help_texts.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gui.help_texts import HELP, help_for
from gui.i18n import translate

# On a screen up to this size the window opens maximised (its whole available area);
# on a larger one it opens at PREFERRED_SIZE, centred.
MAXIMISE_UP_TO = (1920, 1200)
PREFERRED_SIZE = (1600, 1000)


def scrolled(widget: QtWidgets.QWidget, horizontal: bool = True) -> QtWidgets.QScrollArea:
    """`widget` in a frameless scroll area, so that it never forces the window's minimum
    size: a form (horizontal=False) keeps its natural height and scrolls vertically; a
    view (horizontal=True) fills the area and scrolls only below its minimum size."""
    area = QtWidgets.QScrollArea() if not horizontal else FillScrollArea()
    area.setObjectName(widget.objectName() + "Scroll")
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    if not horizontal:
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMinimumWidth(widget.sizeHint().width() + 24)
    area.setWidget(widget)
    return area


class FillScrollArea(QtWidgets.QScrollArea):
    """A scroll area whose widget fills it, down to the widget's minimum size (then it
    scrolls); a widget with `arrange_for(width)` is told the width first, to lay itself
    out for it. QScrollArea's own "resizable" mode gives a widget with wrapped text its
    preferred height for the width, which made plot panels far taller than their dock."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)

    def setWidget(self, widget: QtWidgets.QWidget) -> None:  # noqa: N802 (Qt's name)
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.widget() and event.type() == QtCore.QEvent.Type.LayoutRequest:
            # with self as the context, the call is dropped if the area is deleted first
            QtCore.QTimer.singleShot(0, self, self._fit)
        return False

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        return QtCore.QSize(60, 60)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        w = self.widget()
        return w.sizeHint() if w is not None else super().sizeHint()

    def _fit(self) -> None:
        w = self.widget()
        if w is None:
            return
        arrange = getattr(w, "arrange_for", None)  # a panel that lays out for its width
        if arrange is not None:
            arrange(self.viewport().width())
        room, least = self.viewport().size(), w.minimumSizeHint().expandedTo(w.minimumSize())
        size = room.expandedTo(least)
        if size != w.size():
            w.resize(size)


def fit_to_screen(window: QtWidgets.QWidget, screen: QtGui.QScreen | None = None) -> None:
    """The window's first size: the screen's available area (maximised, so that a window
    manager keeps the title bar and the status bar on the screen) on a screen up to
    MAXIMISE_UP_TO, else PREFERRED_SIZE centred. Never larger than the available area."""
    screen = screen or window.screen() or QtGui.QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*PREFERRED_SIZE)
        return
    area = screen.availableGeometry()
    if area.width() <= MAXIMISE_UP_TO[0] and area.height() <= MAXIMISE_UP_TO[1]:
        window.setGeometry(area)
        window.setWindowState(window.windowState() | QtCore.Qt.WindowState.WindowMaximized)
        return
    w, h = min(PREFERRED_SIZE[0], area.width()), min(PREFERRED_SIZE[1], area.height())
    window.resize(w, h)
    window.move(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2)


class WheelGuard(QtCore.QObject):
    """Install on the QApplication: a wheel turned over a combo box, spin box or slider that
    does not have the keyboard focus scrolls the enclosing scroll area (if any) instead of
    changing the value. Clicking (or tabbing into) the field first lets the wheel change it.
    """

    GUARDED = (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox, QtWidgets.QAbstractSlider)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() != QtCore.QEvent.Type.Wheel or not isinstance(obj, self.GUARDED):
            return False
        if isinstance(obj, QtWidgets.QScrollBar) or obj.hasFocus():
            return False
        area = _scroll_area_of(obj)
        if area is not None:
            QtCore.QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True  # the field keeps its value

    @classmethod
    def install(cls, app: QtCore.QCoreApplication | None = None) -> WheelGuard:
        """The one guard of `app` (made and installed the first time)."""
        app = app or QtCore.QCoreApplication.instance()
        guard = app.findChild(WheelGuard, "wheelGuard")
        if guard is None:
            guard = WheelGuard(app)
            guard.setObjectName("wheelGuard")
            app.installEventFilter(guard)
        return guard


def _scroll_area_of(widget: QtWidgets.QWidget) -> QtWidgets.QAbstractScrollArea | None:
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QtWidgets.QAbstractScrollArea):
            return w
        w = w.parentWidget()
    return None


class FieldErrors:
    """Why a field's value was refused, shown right under the field in its form, with the
    value the setting still has: "Learning rate must be positive — still 0.03". One red
    line per refused field, made when first needed; gone when the field is accepted."""

    def __init__(self, form: QtWidgets.QFormLayout) -> None:
        self.form = form
        self.labels: dict[QtWidgets.QWidget, QtWidgets.QLabel] = {}

    def show(self, field: QtWidgets.QWidget, why: str, kept: str) -> None:
        label = self.labels.get(field)
        if label is None:
            label = QtWidgets.QLabel()
            label.setObjectName(field.objectName() + "Error")
            label.setWordWrap(True)
            label.setStyleSheet("color: #b00020;")
            row, _role = self.form.getWidgetPosition(field)
            self.form.insertRow(row + 1, "", label)
            self.labels[field] = label
        label.setText(f"{why.rstrip('.')} — still {kept}")
        label.show()

    def clear(self, field: QtWidgets.QWidget) -> None:
        label = self.labels.get(field)
        if label is not None:
            label.hide()

    def text(self, field: QtWidgets.QWidget) -> str:
        """What is shown under `field` ("" when nothing)."""
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


class HelpButton(QtWidgets.QToolButton):
    """A small "?" that shows the "What am I looking at?" text of panel `name`."""

    def __init__(self, name: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(name + "Help")
        self.setText("?")
        self.setAutoRaise(True)
        self.setToolTip(translate("HelpButton", "What am I looking at?"))
        self.setFixedSize(20, 20)
        self.clicked.connect(self.show_help)
        self.box: QtWidgets.QMessageBox | None = None

    def show_help(self) -> QtWidgets.QMessageBox:
        """Open the explanation (non-modal: the panel stays usable beside it)."""
        title, text = help_for(self.name)
        if self.box is None:
            self.box = QtWidgets.QMessageBox(self.window())
            self.box.setObjectName("helpBox")
            self.box.setIcon(QtWidgets.QMessageBox.Icon.Information)
            self.box.setModal(False)
        self.box.setWindowTitle(
            translate("HelpButton", "What am I looking at? — {0}").format(title)
        )
        self.box.setText(title)
        self.box.setInformativeText(text)
        self.box.show()
        self.box.raise_()
        return self.box


class DockTitleBar(QtWidgets.QWidget):
    """A dock's title bar: its title, the panel's "?" button, float and close buttons."""

    def __init__(self, dock: QtWidgets.QDockWidget, name: str) -> None:
        super().__init__(dock)
        self.setObjectName(name + "TitleBar")
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(6, 1, 2, 1)
        layout.setSpacing(2)
        self.title = QtWidgets.QLabel(dock.windowTitle())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        policy = QtWidgets.QSizePolicy.Policy
        self.title.setSizePolicy(policy.Ignored, policy.Preferred)
        layout.addWidget(self.title, 1)
        self.help = HelpButton(name, self) if name in HELP else None
        if self.help is not None:
            layout.addWidget(self.help)
        style = self.style()
        SP = QtWidgets.QStyle.StandardPixmap
        for icon, tip, slot in (
            (
                SP.SP_TitleBarNormalButton,
                translate("DockTitleBar", "Float in a large window, or dock again"),
                self.toggle_float,
            ),
            (
                SP.SP_TitleBarCloseButton,
                translate("DockTitleBar", "Close (View menu shows it again)"),
                dock.close,
            ),
        ):
            b = QtWidgets.QToolButton(self)
            b.setIcon(style.standardIcon(icon))
            b.setAutoRaise(True)
            b.setToolTip(tip)
            b.setFixedSize(18, 18)
            b.clicked.connect(slot)
            layout.addWidget(b)
        dock.windowTitleChanged.connect(self.title.setText)
        self.dock = dock

    def toggle_float(self) -> None:
        """Float the dock in a large window (most panels, the step-through above all, are
        cramped in their dock), or put it back in its place."""
        dock = self.dock
        if dock.isFloating():
            dock.setFloating(False)
            return
        window = dock.parentWidget()
        dock.setFloating(True)
        if window is not None:
            g = window.geometry()
            w, h = int(g.width() * 0.75), int(g.height() * 0.75)
            dock.setGeometry(g.x() + (g.width() - w) // 2, g.y() + (g.height() - h) // 2, w, h)

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        return QtCore.QSize(60, super().minimumSizeHint().height())


def corner_help(widget: QtWidgets.QWidget, name: str) -> HelpButton:
    """A "?" button in the top-right corner of `widget` (for a panel that is not in a dock,
    like the central topology view); it follows the widget's resizes."""
    button = HelpButton(name, widget)

    class _Follow(QtCore.QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QtCore.QEvent.Type.Resize:
                button.move(obj.width() - button.width() - 4, 4)
                button.raise_()
            return False

    follower = _Follow(button)
    widget.installEventFilter(follower)
    button.move(max(0, widget.width() - button.width() - 4), 4)
    button.show()
    return button


def keep_on_screen(window: QtWidgets.QWidget) -> None:
    """After a saved geometry was restored: if it does not fit the screen the window is on
    now (say it was saved on a larger monitor), fit the window to this screen."""
    screen = window.screen() or QtGui.QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    g = window.geometry()
    if g.width() > area.width() or g.height() > area.height() or not area.intersects(g):
        fit_to_screen(window, screen)


def dress(window: QtWidgets.QMainWindow, docks: dict, central: QtWidgets.QWidget | None) -> None:
    """What every dock of the window gets: a title bar with the panel's "?" button; the
    central panel gets its "?" in its corner; the wheel guard for the whole application."""
    for name, dock in docks.items():
        dock.setTitleBarWidget(DockTitleBar(dock, name))
    if central is not None and central.objectName() in HELP:
        corner_help(central, central.objectName())
    WheelGuard.install()


def message_toolbar(window: QtWidgets.QMainWindow):
    """A full-width row at the top of the window (a dock without a title bar, across the
    top) holding a gui.message_bar.MessageBar; the row shows only while the bar has a
    message. Returns the bar."""
    from gui.message_bar import MessageBar

    row = QtWidgets.QDockWidget(window)
    row.setObjectName("messageRow")
    row.setTitleBarWidget(QtWidgets.QWidget(row))  # no title bar
    row.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
    row.setAllowedAreas(QtCore.Qt.DockWidgetArea.TopDockWidgetArea)
    bar = MessageBar(row)
    bar.host = row
    row.setWidget(bar)
    window.addDockWidget(QtCore.Qt.DockWidgetArea.TopDockWidgetArea, row)
    row.hide()
    return bar
