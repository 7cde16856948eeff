"""What every panel needs to know before drawing: which weights, which input, which sizes.

Panels draw the latest snapshot while training runs (the worker owns the network's
arrays then) and `state.network` otherwise. `Model` is the read-only view of either.
"""

from __future__ import annotations

import itertools
import time
import weakref
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtWidgets

from gui.i18n import translate


@dataclass(frozen=True)
class Model:
    sizes: list[int]
    activations: list[str]
    weights: list[np.ndarray]
    biases: list[np.ndarray]


def current_model(state, snapshot=None) -> Model | None:
    """The weights to draw: `snapshot` (or state.snapshot) while training, else state.network.

    A snapshot whose sizes differ from state.network (an old run) is ignored.
    """
    net = state.network
    snap = snapshot if snapshot is not None else (state.snapshot if state.training else None)
    if snap is not None and (net is None or list(snap.sizes) == list(net.sizes)):
        return Model(list(snap.sizes), list(snap.activations), snap.weights, snap.biases)
    if net is None:
        return None
    return Model(list(net.sizes), list(net.activations), net.weights, net.biases)


def current_input(state, n_inputs: int) -> tuple[np.ndarray | None, str]:
    """(x (n_inputs,), where it comes from) for the topology: the current sample if it fits,
    else the first validation (or training) example of the dataset, else (None, reason)."""
    sample = state.sample
    if sample is not None and np.asarray(sample.x).size == n_inputs:
        return np.asarray(sample.x, dtype=np.float32).ravel(), sample.source
    ds = state.dataset
    if ds is not None and ds.n_inputs == n_inputs:
        if ds.x_val is not None and len(ds.x_val):
            return np.asarray(ds.x_val[0], dtype=np.float32), translate(
                "Common", "validation set #0 (no sample chosen)"
            )
        if len(ds.x_train):
            return np.asarray(ds.x_train[0], dtype=np.float32), translate(
                "Common", "training set #0 (no sample chosen)"
            )
    return None, translate("Common", "no sample")


def image_shape_of(state, n_inputs: int) -> tuple[int, int] | None:
    """The dataset's image shape if the inputs are the pixels of that image, else None."""
    ds = state.dataset
    shape = getattr(ds, "image_shape", None) if ds is not None else None
    if shape is None and n_inputs == 784:
        shape = (28, 28)  # an MNIST-shaped network loaded without its dataset
    if shape is not None and shape[0] * shape[1] == n_inputs:
        return tuple(shape)
    return None


def unit_ticks(n: int, most: int = 10) -> list[list[tuple[float, str]]]:
    """Axis ticks for n units drawn as cells [i, i + 1): the unit's number at the cell's
    centre, every 1, 2, 5, 10, 20, 50, ... units so that at most `most` are labelled
    (for `AxisItem.setTicks`)."""
    steps = (m * 10**k for k in itertools.count() for m in (1, 2, 5))
    step = next(s for s in steps if n <= most * s)
    return [[(i + 0.5, str(i)) for i in range(0, n, step)]]


def layer_name(l: int, L: int) -> str:
    """'input', 'hidden 1', ..., 'output' for layer l of a network with L weight layers."""
    if l == 0:
        return translate("Common", "input")
    if l == L:
        return translate("Common", "output")
    return translate("Common", "hidden {0}").format(l)


def exposed(widget: QtWidgets.QWidget) -> bool:
    """Whether any of `widget` can be seen. A dock in a tab behind another one stays
    "visible" to Qt (isVisible() is True) but has nothing of it on screen."""
    return shiboken6.isValid(widget) and widget.isVisible() and not widget.visibleRegion().isEmpty()


class ElidedLabel(QtWidgets.QLabel):
    """One line of text that never asks for more width than its layout gives it.

    A QLabel asks for the width of its whole text, so a long readout in a dock widens the
    dock (and pushes its neighbours off the screen). This one draws what fits, ending in
    "…", and shows the whole text as its tooltip.
    """

    def __init__(self, text: str = "", parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        policy = QtWidgets.QSizePolicy.Policy
        self.setSizePolicy(policy.Ignored, policy.Preferred)
        self.setMinimumWidth(0)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        """The whole text, also where it is drawn cut short."""
        return self._full

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        return QtCore.QSize(60, super().sizeHint().height())

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        return QtCore.QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, QtCore.Qt.TextElideMode.ElideRight, max(0, self.width() - 2)
        )
        super().setText(shown)


class Canvas(pg.GraphicsLayoutWidget):
    """A GraphicsLayoutWidget on the panels' white background that times its own painting,
    so a panel's Throttle can count painting as part of what a draw costs; `painted` tells
    it when the canvas is painted (e.g. its dock tab was just brought to the front)."""

    painted = QtCore.Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setBackground("w")
        self.ci.setContentsMargins(4, 8, 16, 6)  # room for the colour bars' rotated labels
        self.paint_seconds = 0.0

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        t0 = time.perf_counter()
        super().paintEvent(event)
        self.paint_seconds += time.perf_counter() - t0
        self.painted.emit()

    def take_paint_seconds(self) -> float:
        seconds, self.paint_seconds = self.paint_seconds, 0.0
        return seconds


class PlotCanvas(pg.PlotWidget):
    """A PlotWidget that times its own painting and says when it painted (as `Canvas`
    does), for panels that draw every snapshot without a Throttle but hold the throttles'
    timeline (`Throttle.hold`/`release`) while they draw and paint."""

    painted = QtCore.Signal()

    def __init__(self, **kwargs) -> None:
        """kwargs: as for pg.PlotWidget (e.g. axisItems)."""
        super().__init__(**kwargs)
        self.paint_seconds = 0.0

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        t0 = time.perf_counter()
        super().paintEvent(event)
        self.paint_seconds = time.perf_counter() - t0
        self.painted.emit()


class Throttle:
    """Draw the latest snapshot, but spend at most `budget` of the main thread's time on it.

    `submit(snapshot)` draws at once if the panel has rested long enough since its last
    draw (rest = cost of that draw × (1/budget − 1)); otherwise it keeps the snapshot and
    draws the latest one kept when the rest is over. The cost counts the painting of the
    panel's `Canvas` widgets since the previous draw (a single-shot timer tied to the
    panel, so it dies with it). A hidden panel (e.g. a dock tab behind another) does not
    draw at all: it draws the latest snapshot when it is shown again (call `shown()`).

    The panels take turns: a draw never happens inside `submit` (the signal handler that
    reaches every panel at once) but from the panel's timer, at a slot on a timeline the
    throttles share (booked from each panel's last cost), and only once the previous
    panel's draw has been *painted* (or HOLD has passed): the main thread is held from a
    draw until its paint. So one snapshot becomes several short event-loop iterations, one
    panel each, rather than one long one in which every panel draws and then every canvas
    paints; the event loop (input, the status bar, the stall probe) runs in between.
    """

    # Where on the perf_counter timeline the next panel may draw (shared by all throttles).
    next_slot: float = 0.0
    # Until when a draw waits: the last draw's painting has not happened yet.
    busy_until: float = 0.0
    GAP = 0.004  # seconds between a paint and the next panel's draw: the event loop runs
    HOLD = 0.1  # at most this long a draw waits for the previous one to be painted

    live: weakref.WeakSet = weakref.WeakSet()  # every throttle (tests wait for them to settle)

    def __init__(self, owner: QtWidgets.QWidget, draw, budget: float = 0.25) -> None:
        Throttle.live.add(self)
        # Weak references only: a panel <-> throttle cycle would leave the panel to the cyclic
        # garbage collector, which may then delete its Qt widget in the middle of a paint.
        self._owner = weakref.ref(owner)
        self._draw = weakref.WeakMethod(draw)
        self.budget = budget
        self.pending = None
        self.timer = QtCore.QTimer(owner)  # a child of the panel: it goes when the panel goes
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timeout)
        for canvas in owner.findChildren(Canvas):
            canvas.painted.connect(self._on_painted)
        self.next_allowed = 0.0
        self.cost = 0.0
        self._awaiting_paint = False  # drawn, not painted yet: the others wait
        self._waiting_turn = False  # due, but another panel's draw was not painted yet

    @property
    def owner(self) -> QtWidgets.QWidget | None:
        return self._owner()

    def visible(self) -> bool:
        owner = self._owner()
        return owner is not None and exposed(owner)

    @classmethod
    def book(cls, seconds: float) -> None:
        """Keep the next `seconds` (and a GAP) of the main thread for a draw made outside
        the throttles (e.g. the loss plot drawing each snapshot at once, then painting):
        no throttled panel draws in them."""
        cls.next_slot = max(cls.next_slot, time.perf_counter()) + seconds + cls.GAP

    @classmethod
    def hold(cls) -> None:
        """A draw was made and will be painted: no panel draws until `release()` (or HOLD)."""
        cls.busy_until = time.perf_counter() + cls.HOLD

    @classmethod
    def release(cls) -> None:
        """The held draw was painted: the next panel waiting for its turn draws after GAP."""
        cls.busy_until = time.perf_counter() + cls.GAP
        for t in list(cls.live):
            if t._waiting_turn and t.timer.isActive():
                t.timer.start(max(1, round(1000 * cls.GAP)))

    def _on_painted(self) -> None:
        """Its draw is on screen: the next panel's turn. Seen again (say its tab came to the
        front) with a snapshot kept: draw it soon."""
        if self._awaiting_paint:
            self._awaiting_paint = False
            Throttle.release()
        if self.pending is not None and not self.timer.isActive():
            self.timer.start(0)

    def submit(self, snapshot) -> None:
        self.pending = snapshot
        if not self.visible() or self.timer.isActive():
            return  # hidden: drawn when shown; a draw is booked: it will take this one
        now = time.perf_counter()
        turn = max(now, Throttle.next_slot)  # the first free slot on the shared timeline
        at = max(turn, self.next_allowed)  # and this panel's own rest after its last draw
        if at == turn:  # book the slot: the next panel waits for this draw and its painting
            Throttle.next_slot = at + self.cost + Throttle.GAP
        # else it is resting: the others draw meanwhile (a panel with a long rest, e.g. the
        # optimizer race at 2 % of the time, once held every panel back for all of its rest)
        self.timer.start(max(0, round(1000 * (at - now))))

    def _timeout(self) -> None:
        if not self.visible():
            return
        wait = Throttle.busy_until - time.perf_counter()
        self._waiting_turn = wait > 0
        if self._waiting_turn:  # the previous panel's draw is not painted yet
            self.timer.start(max(1, round(1000 * wait)))
            return
        self.flush()

    def shown(self) -> None:
        """Call from the panel's showEvent: draw what arrived while it was hidden."""
        if self.pending is not None:
            self.flush()

    def hidden(self) -> None:
        """Call from the panel's hideEvent: no drawing (nor timer) while hidden."""
        self.timer.stop()
        self._waiting_turn = False
        if self._awaiting_paint:  # it will not be painted now
            self._awaiting_paint = False
            Throttle.release()

    def flush(self) -> None:
        snapshot, self.pending = self.pending, None
        draw = self._draw()
        if snapshot is None or draw is None:
            return
        owner = self._owner()
        canvases = owner.findChildren(Canvas) if owner is not None else []
        painted = sum(c.take_paint_seconds() for c in canvases)  # painting the last draw
        t0 = time.perf_counter()
        draw(snapshot)
        t1 = time.perf_counter()
        self.cost = t1 - t0 + painted
        self.next_allowed = t1 + self.cost * (1.0 / self.budget - 1.0)
        self._waiting_turn = False
        if canvases and self.visible():  # its canvases will paint what it drew
            self._awaiting_paint = True
            Throttle.hold()


def dock_of(widget: QtWidgets.QWidget) -> QtWidgets.QDockWidget | None:
    """The dock `widget` is in (directly, or inside the dock's scroll area), or None."""
    w = widget.parentWidget()
    while w is not None and not isinstance(w, QtWidgets.QDockWidget):
        w = w.parentWidget()
    return w


def panel_of(dock: QtWidgets.QDockWidget) -> QtWidgets.QWidget | None:
    """The panel a dock shows (its widget, or the widget of the dock's scroll area)."""
    w = dock.widget()
    return w.widget() if isinstance(w, QtWidgets.QScrollArea) else w


def step_aside(panel: QtWidgets.QWidget, available: bool) -> None:
    """A view with nothing to show for this dataset gives its tab to a sibling that has.

    When `panel` is docked as a tab (QMainWindow.tabifyDockWidget) and cannot draw the
    current dataset (e.g. the decision boundary for MNIST), the first sibling tab that
    can is raised; when it can draw again and had stepped aside, it comes back forward.
    """
    dock = dock_of(panel)
    window = dock.parentWidget() if dock is not None else None
    if dock is None or not isinstance(window, QtWidgets.QMainWindow):
        return
    siblings = window.tabifiedDockWidgets(dock)
    if not siblings:
        return
    if not available:
        if exposed(panel):
            for other in siblings:
                sibling = panel_of(other)
                if hasattr(sibling, "catch_up"):  # `available` of the current model
                    sibling.catch_up()
                if getattr(sibling, "available", True):
                    other.raise_()
                    # only the tab the student had in front comes back: a tab raised here
                    # that cannot draw either passes the turn on without claiming it
                    if panel.property("raisedAside"):
                        panel.setProperty("raisedAside", False)
                    else:
                        panel.setProperty("steppedAside", True)
                    if sibling is not None:
                        sibling.setProperty("raisedAside", True)
                    return
    elif panel.property("steppedAside"):
        panel.setProperty("steppedAside", False)
        for other in siblings:  # whoever was raised for it goes back behind
            sibling = panel_of(other)
            if sibling is not None:
                sibling.setProperty("raisedAside", False)
                sibling.setProperty("steppedAside", False)
        dock.raise_()


class LivePanel(QtWidgets.QWidget):
    """A panel that draws snapshots through `self.throttle`.

    A subclass's __init__ calls `super().__init__(state, "objectName", parent)`, builds
    its widgets, then `self.follow(budget)` to be told of new models and (throttled)
    snapshots, then draws once with `self.rebuild()`. The panel pauses its throttle
    while hidden and catches up when shown again; in a shown window a hidden panel also
    puts off rebuilding for a new model until it is shown (`stale`, `catch_up`). Its
    `on_snapshot` rebuilds the items when the architecture changed (`rebuild(model)`),
    and otherwise keeps the new model and calls `redraw(model, snapshot)`.
    """

    throttle: Throttle  # made by follow()
    model: Model | None  # what the panel last drew, None before its first drawing

    def __init__(self, state, name: str, parent: QtWidgets.QWidget | None = None) -> None:
        """`name`: the object name, by which the window's docks and the tests find it."""
        super().__init__(parent)
        self.setObjectName(name)
        self.state = state
        self.model = None
        self.stale = False  # a model change waits until the panel is shown
        self._watching_dock = False

    def follow(self, budget: float) -> None:
        """Rebuild on every new model; draw snapshots through a Throttle with this budget
        (the share of the GUI thread's time this panel may take while training)."""
        self.state.modelChanged.connect(self.on_model_changed)
        self.throttle = Throttle(self, self.on_snapshot, budget=budget)
        self.state.snapshotReady.connect(self.throttle.submit)

    def on_model_changed(self) -> None:
        """A new model: rebuild now, unless the panel is out of sight in a shown window (a
        dock tab behind another, a closed dock): then it rebuilds when shown (`catch_up`),
        so opening a model costs only the panels one can see."""
        window = self.window()
        behind = (
            window is not self
            and window.isVisible()
            and not window.isMinimized()
            and not exposed(self)  # a tab behind another stays isVisible() to Qt
            and not self.property("steppedAside")  # one that stepped aside comes back
        )
        if behind:
            self.stale = True
            dock = dock_of(self)
            if dock is not None and not self._watching_dock:  # its tab comes to the front
                self._watching_dock = True
                dock.visibilityChanged.connect(self._on_dock_visible)
            return
        self.stale = False
        self.rebuild()

    def _on_dock_visible(self, visible: bool) -> None:
        if visible and self.stale:  # once the tab switch is laid out (the panel's size)
            QtCore.QTimer.singleShot(0, self, self.catch_up)

    def show_if_available(self, widgets: list, no_network: str, unavailable: str) -> bool:
        """Show `widgets` if the panel can draw the current model and data (`available`),
        else hide them, give the tab to a sibling (`step_aside`) and say why in
        `self.message` (`no_network` when there is no model, else `unavailable`)."""
        ok = self.available
        for widget in widgets:
            widget.setVisible(ok)
        step_aside(self, ok)
        self.message.setText("" if ok else no_network if self.model is None else unavailable)
        return ok

    def catch_up(self) -> None:
        """Rebuild for the current model if a model change was put off while hidden."""
        if self.stale:
            self.stale = False
            self.rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.catch_up()  # the model changed while hidden
        self.throttle.shown()  # draw what arrived while hidden

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.throttle.hidden()

    def on_snapshot(self, snapshot) -> None:
        self.catch_up()
        model = current_model(self.state, snapshot)
        if model is None:
            return
        if self.model is None or model.sizes != self.model.sizes:
            self.rebuild(model)
            return
        self.model = model
        self.redraw(model, snapshot)

    def rebuild(self, model: Model | None = None) -> None:
        raise NotImplementedError

    def redraw(self, model: Model, snapshot) -> None:
        raise NotImplementedError
