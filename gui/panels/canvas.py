"""Draw a digit and watch the network read it as you draw; teach it your handwriting.

The panel (`DigitCanvas(workspace)`) holds:
  drawCanvas       the drawing surface (DrawCanvas): mouse or tablet pen, smooth round strokes
  clearCanvas      clears it; undoStroke removes the last stroke; penWidth sets the pen
  predictedDigit   the digit the network reads ("" while the canvas is empty)
  probabilityBars  the ten output probabilities
  networkInput     the 28×28 image the network actually reads (engine.data.preprocess)
  showStages       shows the preprocessing stages: crop → 20×20 → centred 28×28
  modelNote        which network reads the drawing, and useDigitModel to make the
                   default digit model the workspace (Workspace.openModelRequested)
  readingModel     which network reads: the workspace's (when it is a digit model) or the
                   default digit model
  teach0..teach9   label the drawing and add it to "My digits"; fineTune trains briefly
                   on them mixed with MNIST and shows accuracy before and after;
                   showMyDigits opens the list of My digits (gui.panels.my_digits) to
                   relabel or delete them; restoreDefaultModel forgets the fine-tuned
                   default model

Which network reads: the workspace network when it is a digit model (784 inputs,
10 outputs) — while it trains, a network rebuilt from the latest snapshot's
copies of the weights, never the arrays being trained; otherwise the default
digit model shipped in assets/ (DEFAULT_MODEL). readingModel can make the default model
read even when the workspace holds a digit network.

Teach mode that lasts: the default model fine-tuned on the user's digits is kept in the
data folder (engine.files.tuned_model) and read again at the next start, until "Restore
the original model" removes it. A fine-tuned workspace network is the workspace's: it is
kept when the user saves the workspace.

The drawing becomes the application's current sample (Workspace.set_sample, which
drives the topology's activations and the step-through) when a stroke ends or the
pen rests for REST_MS, not on every move: those views take several milliseconds
to redraw, and a moving pen must not wait for them.

Predictions are throttled by their cost. The typical cost is the median of the
last few predictions (one slowed by a busy machine does not hold back the
next). A network that reads in under SYNC_COST (the default model takes about
a millisecond) reads right in the mouse move: the pen waits no longer than
that, and moves that arrive meanwhile are merged by the event loop. A slower
one waits, after each prediction, three times its cost, so the pen gets at
least three quarters of the time and never lags; the last change is always read.
"""

from __future__ import annotations

import statistics
import time
from collections import deque
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from assets import ASSETS_DIR
from engine.data import preprocess
from engine.files import tuned_model
from engine.nn.network import Network
from gui.i18n import dataset_name, translate
from gui.panels.digit_views import DigitImage, ProbabilityBars
from gui.workspace import Sample

DEFAULT_MODEL = ASSETS_DIR / "default_digits.bps"
CANVAS_SIDE = 280  # pixels of the drawing image, whatever the widget's size on screen
DEFAULT_PEN = 18.0  # a digit drawn ~200 px tall has strokes ~1.8 px wide at 20 px: MNIST's
COSTS_KEPT = 5  # the throttle's cost estimate is the median of this many predictions
SYNC_COST = 0.004  # seconds: a prediction this cheap runs in the mouse move, unthrottled (a
# 125 Hz mouse still has half its 8 ms; the default model takes ~1 ms, more on a busy machine)
# While a stroke is being drawn, the drawing becomes the current sample (which the topology
# and the step-through then redraw for, ~5-20 ms of the GUI thread) only when the pen rests
# this long, or is lifted: their work never lands between two moves of a moving pen.
REST_MS = 120
WIDE_FROM = 600  # pixels: a panel this wide shows the reading beside the canvas (arrange_for)


def is_digit_network(network) -> bool:
    return network is not None and network.sizes[0] == 784 and network.sizes[-1] == 10


_default_cache: dict[str, object] = {}


def load_default_network(path: Path = DEFAULT_MODEL) -> Network:
    """The shipped default digit model (read once). Raises ValueError with a readable message.

    A file that cannot be read is not retried on every stroke: the failure is remembered.
    """
    key = str(path)
    if key not in _default_cache:
        from engine.files import modelfile

        try:
            _default_cache[key] = modelfile.load(key).network
        except (OSError, ValueError) as exc:
            _default_cache[key] = ValueError(
                translate("Canvas", "the default digit model {0} could not be read: {1}").format(
                    path.name, exc
                )
            )
    found = _default_cache[key]
    if isinstance(found, Exception):
        raise found
    return found  # type: ignore[return-value]


def describe_workspace(state) -> str:
    """e.g. 'moons (2 inputs)' — what the workspace holds, for the canvas's note."""
    net = state.network
    name = getattr(state.dataset, "name", None)
    name = dataset_name(name) if name else translate("DigitCanvas", "network")
    if net is None:
        return translate("DigitCanvas", "empty")
    return translate("DigitCanvas", "{0} ({1} inputs)").format(name, net.sizes[0])


class DrawCanvas(QtWidgets.QWidget):
    """A square drawing surface: white ink on black, like MNIST, in a 280×280 greyscale image.

    Strokes are kept as lists of (x, y, pressure) in image pixels, so undo can redraw
    the rest. Between mouse points the stroke is smoothed with quadratic curves
    through the midpoints; the pen is round-capped and antialiased; a tablet pen's
    pressure scales its width.
    """

    changed = QtCore.Signal()  # after every point added, undo and clear

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawCanvas")
        # RGB32: the raster painter's fast path, for drawing into it and onto the screen
        self.image = QtGui.QImage(CANVAS_SIDE, CANVAS_SIDE, QtGui.QImage.Format.Format_RGB32)
        self.image.fill(QtGui.QColor(0, 0, 0))
        self.strokes: list[list[tuple[float, float, float]]] = []
        self.pen_width = DEFAULT_PEN
        self._drawing = False
        self.setMinimumSize(180, 180)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )
        self.setCursor(QtCore.Qt.CursorShape.CrossCursor)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(translate("DrawCanvas", "Draw a digit with the mouse or a pen"))

    # -- geometry: widget coordinates <-> image pixels -------------------------------------

    def _frame(self) -> QtCore.QRectF:
        side = min(self.width(), self.height())
        return QtCore.QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_image(self, pos: QtCore.QPointF) -> tuple[float, float]:
        f = self._frame()
        s = CANVAS_SIDE / f.width()
        return (pos.x() - f.x()) * s, (pos.y() - f.y()) * s

    # -- what others read ---------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        return not self.strokes

    @property
    def drawing(self) -> bool:
        """Whether a stroke is in progress (the pen is down)."""
        return self._drawing

    def array(self, copy: bool = True) -> np.ndarray:
        """The drawing as (280, 280) uint8, ink bright (white ink, so any channel).

        A copy; with copy=False a strided view of the image's own bytes, valid only until
        the next stroke (the live prediction reads it at once: no 78 kB copy per move).
        """
        bpl = self.image.bytesPerLine()
        buf = np.frombuffer(self.image.constBits(), np.uint8, count=bpl * CANVAS_SIDE)
        view = buf.reshape(CANVAS_SIDE, bpl)[:, 0 : 4 * CANVAS_SIDE : 4]
        return view.copy() if copy else view

    # -- editing ------------------------------------------------------------------------

    def set_pen_width(self, width: float) -> None:
        self.pen_width = float(width)

    def clear(self) -> None:
        self.strokes.clear()
        self._drawing = False
        self.image.fill(QtGui.QColor(0, 0, 0))
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        """Remove the last stroke (redraws the others)."""
        if not self.strokes:
            return
        self.strokes.pop()
        self._drawing = False
        self.image.fill(QtGui.QColor(0, 0, 0))
        painter = self._painter()
        for stroke in self.strokes:
            for k in range(len(stroke)):
                self._paint_segment(painter, stroke, k)
            self._paint_end(painter, stroke)
        painter.end()
        self.update()
        self.changed.emit()

    def begin_stroke(self, x: float, y: float, pressure: float = 1.0) -> None:
        self.strokes.append([(x, y, pressure)])
        self._drawing = True
        painter = self._painter()
        self._paint_segment(painter, self.strokes[-1], 0)
        painter.end()
        self._changed_around()

    def extend_stroke(self, x: float, y: float, pressure: float = 1.0) -> None:
        if not self._drawing:
            return
        stroke = self.strokes[-1]
        px, py, _ = stroke[-1]
        if (x - px) ** 2 + (y - py) ** 2 < 0.25:  # under half a pixel: nothing to add
            return
        stroke.append((x, y, pressure))
        painter = self._painter()
        self._paint_segment(painter, stroke, len(stroke) - 1)
        painter.end()
        self._changed_around()

    def end_stroke(self) -> None:
        if not self._drawing:
            return
        self._drawing = False
        painter = self._painter()
        self._paint_end(painter, self.strokes[-1])
        painter.end()
        self._changed_around()

    def dirty_rect(self) -> QtCore.QRect:
        """The part of the widget the last point changed: around the stroke's last three points."""
        f = self._frame()
        s = f.width() / CANVAS_SIDE
        last = self.strokes[-1][-3:] if self.strokes else [(0.0, 0.0, 1.0)]
        xs, ys = [pt[0] for pt in last], [pt[1] for pt in last]
        r = self.pen_width / 2 + 2
        box = QtCore.QRectF(
            min(xs) - r, min(ys) - r, max(xs) - min(xs) + 2 * r, max(ys) - min(ys) + 2 * r
        )
        return (
            QtCore.QRectF(
                f.x() + box.x() * s, f.y() + box.y() * s, box.width() * s, box.height() * s
            )
            .toAlignedRect()
            .adjusted(-1, -1, 1, 1)
        )

    def _changed_around(self) -> None:
        if len(self.strokes) == 1 and len(self.strokes[0]) == 1:
            self.update()  # the first point: the "Draw a digit here" hint goes away
        else:
            self.update(self.dirty_rect())
        self.changed.emit()

    # -- painting into the image ----------------------------------------------------------

    def _painter(self) -> QtGui.QPainter:
        p = QtGui.QPainter(self.image)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        return p

    def _pen(self, pressure: float) -> QtGui.QPen:
        width = self.pen_width * (0.4 + 0.6 * min(max(pressure, 0.0), 1.0))
        return QtGui.QPen(
            QtGui.QColor(255, 255, 255),
            width,
            QtCore.Qt.PenStyle.SolidLine,
            QtCore.Qt.PenCapStyle.RoundCap,
            QtCore.Qt.PenJoinStyle.RoundJoin,
        )

    @staticmethod
    def _mid(a, b) -> QtCore.QPointF:
        return QtCore.QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)

    def _paint_segment(self, p: QtGui.QPainter, stroke: list, k: int) -> None:
        """Paint what point k adds: a quadratic curve from the previous midpoint to the new one."""
        pt = stroke[k]
        p.setPen(self._pen(pt[2]))
        if k == 0:
            p.drawPoint(QtCore.QPointF(pt[0], pt[1]))  # a dot, so a tap leaves a mark
            return
        prev = stroke[k - 1]
        path = QtGui.QPainterPath()
        if k == 1:
            path.moveTo(prev[0], prev[1])
            path.lineTo(self._mid(prev, pt))
        else:
            path.moveTo(self._mid(stroke[k - 2], prev))
            path.quadTo(QtCore.QPointF(prev[0], prev[1]), self._mid(prev, pt))
        p.drawPath(path)

    def _paint_end(self, p: QtGui.QPainter, stroke: list) -> None:
        """Finish a stroke: the last half-segment from the last midpoint to the last point."""
        if len(stroke) < 2:
            return
        a, b = stroke[-2], stroke[-1]
        p.setPen(self._pen(b[2]))
        p.drawLine(self._mid(a, b), QtCore.QPointF(b[0], b[1]))

    # -- events ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.begin_stroke(*self.to_image(event.position()))
            event.accept()

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        if self._drawing:
            self.extend_stroke(*self.to_image(event.position()))
            event.accept()

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.end_stroke()
            event.accept()

    def tabletEvent(self, event: QtGui.QTabletEvent) -> None:
        x, y = self.to_image(event.position())
        pressure = float(event.pressure())
        kind = event.type()
        if kind == QtCore.QEvent.Type.TabletPress:
            self.begin_stroke(x, y, pressure)
        elif kind == QtCore.QEvent.Type.TabletMove:
            self.extend_stroke(x, y, pressure)
        elif kind == QtCore.QEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()  # no synthesised mouse events: the pen has drawn already

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        area = QtCore.QRectF(event.rect())
        p.fillRect(area, self.palette().color(QtGui.QPalette.ColorRole.Window))
        f = self._frame()
        # scale only the part being repainted (a few pixels around the pen while drawing)
        target = area.intersected(f)
        s = CANVAS_SIDE / f.width()
        source = QtCore.QRectF(
            (target.x() - f.x()) * s,
            (target.y() - f.y()) * s,
            target.width() * s,
            target.height() * s,
        )
        p.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
        p.drawImage(target, self.image, source)
        if not self.strokes:
            p.setPen(QtGui.QColor(140, 140, 140))
            p.drawText(
                f, QtCore.Qt.AlignmentFlag.AlignCenter, translate("DrawCanvas", "Draw a digit here")
            )
        p.end()


class DigitCanvas(QtWidgets.QWidget):
    """The canvas panel: drawing, live prediction, preprocessing stages, teach mode."""

    def __init__(self, state, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvasPanel")
        self.state = state
        self.prediction: np.ndarray | None = None  # the latest probabilities (10,)
        self.prepared: preprocess.Prepared | None = None
        self._published_x: np.ndarray | None = None  # the drawing last made the current sample
        self.predictions = 0  # how many predictions ran (tests and the benchmark count them)
        self._costs: deque[float] = deque(maxlen=COSTS_KEPT)  # the last predictions' seconds
        self._last_run = -1e9
        self._snapshot_network: tuple[int, Network] | None = None
        self._tuned_default: Network | None = None
        self._tuned_error = ""  # why the kept fine-tuned default model could not be read
        self._use_default = False  # readingModel: the default model reads even a digit workspace
        self._my_digits_dialog = None
        self._load_tuned_default()
        self._fine_tune_target: Network | None = None  # what this panel's fine-tune tunes

        self.canvas = DrawCanvas(self)
        self.throttle = QtCore.QTimer(self)
        self.throttle.setObjectName("canvasPredictionThrottle")
        self.throttle.setSingleShot(True)
        self.throttle.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self.throttle.timeout.connect(self.predict)
        self.rest = QtCore.QTimer(self)
        self.rest.setObjectName("canvasPenRest")
        self.rest.setSingleShot(True)
        self.rest.setInterval(REST_MS)
        self.rest.timeout.connect(self.publish)

        self._build()
        self.canvas.changed.connect(self.request_prediction)
        state.modelChanged.connect(self._on_model_changed)
        state.snapshotReady.connect(self._on_snapshot)
        state.weightsChanged.connect(lambda _cause: self._on_model_changed())
        state.fineTuneProgress.connect(self._on_fine_tune_progress)
        state.fineTuneFinished.connect(self._on_fine_tuned)
        self._on_model_changed()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.clear_button = QtWidgets.QPushButton(translate("DigitCanvas", "Clear"))
        self.clear_button.setObjectName("clearCanvas")
        self.clear_button.setToolTip(translate("DigitCanvas", "Clear the canvas"))
        self.clear_button.clicked.connect(self.canvas.clear)
        self.undo_button = QtWidgets.QPushButton(translate("DigitCanvas", "Undo stroke"))
        self.undo_button.setObjectName("undoStroke")
        self.undo_button.clicked.connect(self.canvas.undo)
        self.undo_shortcut = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.activated.connect(self.canvas.undo)
        self.pen = QtWidgets.QSpinBox()
        self.pen.setObjectName("penWidth")
        self.pen.setRange(4, 40)
        self.pen.setValue(int(DEFAULT_PEN))
        self.pen.setSuffix(" px")
        self.pen.setToolTip(
            translate(
                "DigitCanvas",
                "Pen width on the 280-pixel canvas; the default gives MNIST's stroke width "
                "for a digit drawn across most of the canvas",
            )
        )
        self.pen.valueChanged.connect(self.canvas.set_pen_width)

        self.tools = QtWidgets.QWidget()
        tools = QtWidgets.QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(QtWidgets.QLabel(translate("DigitCanvas", "Pen")))
        tools.addWidget(self.pen)
        tools.addStretch(1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)

        self.predicted = QtWidgets.QLabel("")
        self.predicted.setObjectName("predictedDigit")
        self.predicted.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        font = self.predicted.font()
        font.setPointSize(40)
        font.setBold(True)
        self.predicted.setFont(font)
        self.predicted.setMinimumWidth(70)
        self.predicted.setToolTip(translate("DigitCanvas", "The digit the network reads"))
        self.confidence = QtWidgets.QLabel("")
        self.confidence.setObjectName("predictionConfidence")
        self.confidence.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.bars = ProbabilityBars()
        self.bars.setObjectName("probabilityBars")
        self.sees = DigitImage(translate("DigitCanvas", "Network input 28×28"))
        self.sees.setObjectName("networkInput")
        self.sees.setToolTip(
            translate(
                "DigitCanvas",
                "Exactly what the network reads: the drawing cropped, scaled, centred",
            )
        )

        self.stages_box = QtWidgets.QCheckBox(translate("DigitCanvas", "Show preprocessing steps"))
        self.stages_box.setObjectName("showStages")
        self.stage_views = [
            DigitImage(translate("DigitCanvas", "1. ink cropped")),
            DigitImage(translate("DigitCanvas", "2. fitted in 20×20")),
            DigitImage("3. centred 28×28"),
        ]
        stages = QtWidgets.QWidget()
        stages.setObjectName("preprocessStages")
        row = QtWidgets.QHBoxLayout(stages)
        row.setContentsMargins(0, 0, 0, 0)
        for view in self.stage_views:
            row.addWidget(view)
        self.stages = stages
        stages.setVisible(False)
        self.stages_box.toggled.connect(self._show_stages)

        self.model_note = QtWidgets.QLabel("")
        self.model_note.setObjectName("modelNote")
        self.model_note.setWordWrap(True)
        self.use_model = QtWidgets.QPushButton(
            translate("DigitCanvas", "Open the digit model as the workspace")
        )
        self.use_model.setObjectName("useDigitModel")
        self.use_model.clicked.connect(self._open_default_model)
        self.reader_box = QtWidgets.QComboBox()
        self.reader_box.setObjectName("readingModel")
        self.reader_box.addItems(
            [
                translate("DigitCanvas", "the workspace's network, if it reads digits"),
                translate("DigitCanvas", "the default digit model"),
            ]
        )
        self.reader_box.setToolTip(
            translate(
                "DigitCanvas",
                "Which network reads the drawing. The workspace's network reads only when it is "
                "a digit model (784 inputs, 10 outputs); otherwise the default model does.",
            )
        )
        self.reader_box.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reader_box.setMinimumContentsLength(12)  # its long choices elide in a narrow dock
        self.reader_box.currentIndexChanged.connect(self._choose_reader)
        reader_row = QtWidgets.QHBoxLayout()
        reader_row.addWidget(QtWidgets.QLabel(translate("DigitCanvas", "Read with")))
        reader_row.addWidget(self.reader_box, 1)

        self.top = QtWidgets.QGridLayout()  # the canvas and its reading: see arrange_for
        self.narrow: bool | None = None
        self._arrange(narrow=False)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(self.top, 1)
        layout.addWidget(self.stages_box)
        layout.addWidget(stages)
        layout.addLayout(reader_row)
        layout.addWidget(self.model_note)
        layout.addWidget(self.use_model)
        layout.addWidget(self._build_teach())

    def arrange_for(self, width: int) -> None:
        """Lay the reading out for a panel `width` pixels wide (the dock's scroll area
        calls this): beside the canvas when there is room (WIDE_FROM), else the digit read
        beside the canvas and the probability bars under the tools, so that a narrow dock
        still shows what the network reads while one draws."""
        self._arrange(narrow=width < WIDE_FROM)

    def _arrange(self, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        grid = self.top
        parts = (self.canvas, self.tools, self.predicted, self.confidence, self.bars, self.sees)
        for widget in parts:
            grid.removeWidget(widget)
        for i in range(5):
            grid.setColumnStretch(i, 0)
            grid.setRowStretch(i, 0)
        grid.addWidget(self.canvas, 0, 0, 3, 1)
        grid.addWidget(self.predicted, 0, 1)
        grid.addWidget(self.confidence, 1, 1)
        if narrow:  # canvas | digit, confidence, input; then the tools; then the bars
            grid.addWidget(self.sees, 2, 1)
            grid.addWidget(self.tools, 3, 0, 1, 2)
            grid.addWidget(self.bars, 4, 0, 1, 2)
            grid.setColumnStretch(0, 1)
        else:  # canvas and tools | digit and bars, the input under them
            grid.addWidget(self.bars, 0, 2, 2, 1)
            grid.addWidget(self.sees, 2, 1, 1, 2)
            grid.addWidget(self.tools, 3, 0)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(2, 2)
        grid.setRowStretch(2, 1)

    def _build_teach(self) -> QtWidgets.QWidget:
        box = QtWidgets.QGroupBox(translate("DigitCanvas", "Teach it your handwriting"))
        box.setObjectName("teachBox")
        grid = QtWidgets.QGridLayout(box)
        grid.addWidget(
            QtWidgets.QLabel(translate("DigitCanvas", "This drawing is a:")), 0, 0, 1, 10
        )
        self.teach_buttons = []
        for d in range(10):
            b = QtWidgets.QPushButton(str(d))
            b.setObjectName(f"teach{d}")
            b.setToolTip(
                translate("DigitCanvas", "Add this drawing to My digits as a {0}").format(d)
            )
            b.setMinimumWidth(22)
            b.clicked.connect(lambda _=False, d=d: self.teach(d))
            grid.addWidget(b, 1, d)
            self.teach_buttons.append(b)
        self.fine_tune_button = QtWidgets.QPushButton(
            translate("DigitCanvas", "Fine-tune on my digits")
        )
        self.fine_tune_button.setObjectName("fineTune")
        self.fine_tune_button.setToolTip(
            translate(
                "DigitCanvas",
                "Train briefly on your digits mixed with MNIST, so the model learns your "
                "handwriting without forgetting the rest",
            )
        )
        self.fine_tune_button.clicked.connect(self.start_fine_tune)
        self.fine_tune_progress = QtWidgets.QProgressBar()
        self.fine_tune_progress.setObjectName("fineTuneProgress")
        self.fine_tune_progress.setRange(0, 100)
        self.fine_tune_progress.setVisible(False)
        self.teach_status = QtWidgets.QLabel("")
        self.teach_status.setObjectName("teachStatus")
        self.teach_status.setWordWrap(True)
        self.my_digits_button = QtWidgets.QPushButton(translate("DigitCanvas", "My digits…"))
        self.my_digits_button.setObjectName("showMyDigits")
        self.my_digits_button.setToolTip(
            translate("DigitCanvas", "See the digits you taught; relabel or delete them")
        )
        self.my_digits_button.clicked.connect(self.show_my_digits)
        self.restore_button = QtWidgets.QPushButton(
            translate("DigitCanvas", "Restore the original model")
        )
        self.restore_button.setObjectName("restoreDefaultModel")
        self.restore_button.setToolTip(
            translate(
                "DigitCanvas",
                "Forget the fine-tuning of the default digit model: read with the model as shipped",
            )
        )
        self.restore_button.clicked.connect(self.restore_original)
        self.restore_button.setEnabled(self._tuned_default is not None or bool(self._tuned_error))
        # one button a row: the box fits the narrow right-hand dock of a laptop screen
        grid.addWidget(self.fine_tune_button, 2, 0, 1, 10)
        grid.addWidget(self.fine_tune_progress, 3, 0, 1, 10)
        grid.addWidget(self.my_digits_button, 4, 0, 1, 10)
        grid.addWidget(self.restore_button, 5, 0, 1, 10)
        grid.addWidget(self.teach_status, 6, 0, 1, 10)
        grid.setHorizontalSpacing(3)
        return box

    def _show_stages(self, on: bool) -> None:
        self.stages.setVisible(on)
        self._show_prepared()

    # -- which network reads -------------------------------------------------------------

    def reading_network(self) -> tuple[Network | None, str]:
        """(network, note): the network that reads the drawing, and a line saying which."""
        s = self.state
        if is_digit_network(s.network) and not self._use_default:
            if not s.training:
                return s.network, translate(
                    "DigitCanvas", "Reading with the workspace network ({0})."
                ).format(s.network.describe())
            snap = s.snapshot
            if snap is not None and snap.sizes[0] == 784 and snap.sizes[-1] == 10:
                cached = self._snapshot_network
                if cached is None or cached[0] != snap.serial:
                    net = Network(
                        snap.sizes, snap.activations, s.network.loss, snap.weights, snap.biases
                    )
                    self._snapshot_network = (snap.serial, net)
                return self._snapshot_network[1], (
                    translate(
                        "DigitCanvas", "Reading with the network being trained (epoch {0:.1f})."
                    ).format(snap.epoch)
                )
        if self._tuned_default is not None:
            return (
                self._tuned_default,
                translate(
                    "DigitCanvas",
                    "Reading with the default digit model, fine-tuned on your digits.",
                ),
            )
        try:
            net = load_default_network(DEFAULT_MODEL)
        except (ValueError, ImportError) as exc:
            return None, translate("DigitCanvas", "Nothing can read the drawing: {0}").format(exc)
        if self._tuned_error:
            return net, translate(
                "DigitCanvas", "{0}; reading with the original default digit model."
            ).format(self._tuned_error)
        if self._use_default:
            return net, translate("DigitCanvas", "Reading with the default digit model.")
        if is_digit_network(s.network) and s.training:
            return (
                net,
                translate(
                    "DigitCanvas",
                    "Training has just started: reading with the default digit model "
                    "until the first update.",
                ),
            )
        return net, (
            translate(
                "DigitCanvas", "The workspace is {0}: reading with the default digit model."
            ).format(describe_workspace(s))
        )

    def _on_model_changed(self) -> None:
        self._snapshot_network = None
        self.request_prediction()
        self._update_note()

    def _on_snapshot(self, snapshot) -> None:
        if is_digit_network(self.state.network) and not self.canvas.is_empty:
            self.request_prediction()

    def _update_note(self) -> None:
        _, note = self.reading_network()
        self.model_note.setText(note)
        self.use_model.setVisible(not is_digit_network(self.state.network))

    def _open_default_model(self) -> None:
        self.state.openModelRequested.emit(str(DEFAULT_MODEL))

    def _choose_reader(self, index: int) -> None:
        self._use_default = index == 1
        self._on_model_changed()

    def _load_tuned_default(self) -> None:
        """Read the fine-tuned default model the user kept, if any (a message if unreadable)."""
        try:
            self._tuned_default, self._tuned_error = tuned_model.load(), ""
        except tuned_model.TunedModelError as exc:
            self._tuned_default, self._tuned_error = None, str(exc)

    def restore_original(self) -> None:
        """Forget the fine-tuned default model (its file too): the shipped one reads again."""
        try:
            tuned_model.remove()
        except tuned_model.TunedModelError as exc:
            self.teach_status.setText(str(exc))
            return
        self._tuned_default, self._tuned_error = None, ""
        self.restore_button.setEnabled(False)
        self.teach_status.setText(
            translate("DigitCanvas", "Restored the original default digit model.")
        )
        self._update_note()
        self.request_prediction()

    def show_my_digits(self) -> None:
        """Open (or raise) the My digits window: thumbnails to relabel or delete."""
        from gui.panels.my_digits import MyDigitsDialog

        try:
            store = self.my_digits()
        except (OSError, ValueError) as exc:
            self.teach_status.setText(
                translate("DigitCanvas", "Could not open My digits: {0}").format(exc)
            )
            return
        if self._my_digits_dialog is None:
            self._my_digits_dialog = MyDigitsDialog(store, self)
            self._my_digits_dialog.changed.connect(self._my_digits_changed)
        else:
            self._my_digits_dialog.refresh()
        self._my_digits_dialog.show()
        self._my_digits_dialog.raise_()

    def _my_digits_changed(self) -> None:
        self.teach_status.setText(
            translate("DigitCanvas", "My digits: {0}.").format(len(self.my_digits()))
        )

    # -- prediction ----------------------------------------------------------------------------

    def request_prediction(self) -> None:
        """Predict now, or as soon as the throttle allows (at most one pending)."""
        cost = statistics.median(self._costs) if self._costs else 0.0
        wait = 0.0 if cost <= SYNC_COST else self._last_run + 3 * cost - time.perf_counter()
        if wait <= 0:
            self.throttle.stop()
            self.predict()
        elif not self.throttle.isActive():
            self.throttle.start(max(1, int(wait * 1000)))

    def predict(self) -> None:
        """Read the canvas now: preprocess, forward, and show the result."""
        t0 = time.perf_counter()
        self.prepared = preprocess.prepare(self.canvas.array(copy=False))  # keeps no view
        net, note = self.reading_network()
        if self.model_note.text() != note:
            self.model_note.setText(note)
        if self.prepared.empty or net is None:
            self.prediction = None
            self._set_text(self.predicted, "")
            self._set_text(self.confidence, "")
            self.bars.set_probabilities(None)
            self.rest.stop()
            self._published_x = None
            if self.state.sample is not None and self.state.sample.source == "canvas":
                self.state.set_sample(None)
        else:
            p = net.feedforward(self.prepared.x)[0]
            self.prediction = p
            best = int(np.argmax(p))
            self._set_text(self.predicted, str(best))
            self._set_text(self.confidence, f"{p[best]:.0%} sure")
            self.bars.set_probabilities(p)
            if self.canvas.drawing:
                self.rest.start()  # published when the pen rests or is lifted
            else:
                self.publish()
        self._show_prepared()
        self.predictions += 1
        self._last_run = time.perf_counter()
        self._costs.append(self._last_run - t0)

    def publish(self) -> None:
        """Make the drawing the current sample, if it changed since it last was: a re-read
        after a snapshot must not take the place of a sample picked in another panel."""
        self.rest.stop()
        x = None if self.prepared is None else self.prepared.x
        if x is None or (self._published_x is not None and np.array_equal(self._published_x, x)):
            return
        self._published_x = x
        self.state.set_sample(Sample(x, None, translate("DigitCanvas", "canvas")))

    @staticmethod
    def _set_text(label: QtWidgets.QLabel, text: str) -> None:
        """Set a label's text only when it changes: no repaint for the same digit."""
        if label.text() != text:
            label.setText(text)

    def _show_prepared(self) -> None:
        r = self.prepared
        self.sees.set_array(None if r is None else r.centred)
        if self.stages.isVisible() or self.stages_box.isChecked():
            for view, a in zip(
                self.stage_views,
                (None, None, None) if r is None else (r.cropped, r.fitted, r.centred),
                strict=True,
            ):
                view.set_array(a)

    # -- teach mode ------------------------------------------------------------------------------

    def my_digits(self):
        """The workspace's My digits store."""
        return self.state.my_digits()

    def teach(self, label: int) -> None:
        """Add the current drawing, as the network sees it, to My digits with this label."""
        r = preprocess.prepare(self.canvas.array())
        if r.empty:
            self.teach_status.setText(
                translate("DigitCanvas", "Draw a digit first, then press its label.")
            )
            return
        try:
            count = self.state.teach_digit(r.centred, int(label))
        except (OSError, ValueError) as exc:
            self.teach_status.setText(
                translate("DigitCanvas", "Could not add it to My digits: {0}").format(exc)
            )
            return
        text = translate(
            "DigitCanvas", "Added as a {0}. My digits: {1}. Draw the next one."
        ).format(label, count)
        warning = getattr(self.my_digits(), "warning", None)  # a damaged store was put aside
        if warning and warning != getattr(self, "_shown_warning", None):
            self._shown_warning = warning
            text = f"{warning}. {text}"
        self.teach_status.setText(text)
        self.canvas.clear()

    def start_fine_tune(self) -> None:
        """Ask the workspace to fine-tune the reading network on My digits (+ MNIST
        rehearsal) in the background; its progress and result come back as signals."""
        if self.state.fine_tuning:
            return
        net, _ = self.reading_network()
        if net is None:
            self.teach_status.setText(
                translate("DigitCanvas", "There is no digit model to fine-tune.")
            )
            return
        if self._snapshot_network is not None and net is self._snapshot_network[1]:
            net = self.state.network  # a copy of the weights being trained: tune the real one
        try:
            X, y = self.my_digits().as_arrays()
        except (OSError, ValueError) as exc:
            self.teach_status.setText(
                translate("DigitCanvas", "Could not read My digits: {0}").format(exc)
            )
            return
        if len(X) == 0:
            self.teach_status.setText(
                translate(
                    "DigitCanvas", "My digits is empty: draw a digit and press its label first."
                )
            )
            return
        problem = self.state.fine_tune(net, X, y)
        if problem:
            self.teach_status.setText(problem)
            return
        self._fine_tune_target = net
        self.fine_tune_button.setEnabled(False)
        self.fine_tune_progress.setValue(0)
        self.fine_tune_progress.setVisible(True)
        self.teach_status.setText(translate("DigitCanvas", "Fine-tuning…"))

    def _on_fine_tune_progress(self, fraction: float) -> None:
        self.fine_tune_progress.setValue(int(fraction * 100))

    def _on_fine_tuned(self, result, message: str) -> None:
        """The workspace's fine-tune ended: when it tuned the workspace network, the
        workspace has adopted the weights; a tuned default model is kept here."""
        target, self._fine_tune_target = self._fine_tune_target, None
        if target is None:
            return  # another panel's fine-tune
        self.fine_tune_button.setEnabled(True)
        self.fine_tune_progress.setVisible(False)
        if result is None:
            self.teach_status.setText(
                translate("DigitCanvas", "Fine-tuning failed: {0}").format(message)
            )
            return
        kept = "" if target is self.state.network else self._adopt(result.network, message)
        self.teach_status.setText(translate("DigitCanvas", "Fine-tuned. ") + message + kept)
        self.request_prediction()

    def _adopt(self, tuned: Network, summary: str = "") -> str:
        """The fine-tuned default model reads the canvas now and is kept in the data folder.
        Returns what to add to the status line."""
        self._tuned_default, self._tuned_error = tuned, ""
        self.restore_button.setEnabled(True)
        self._update_note()
        try:
            tuned_model.save(tuned, summary)
        except (tuned_model.TunedModelError, ValueError) as exc:
            return translate(
                "DigitCanvas", " It reads now, but will not be there next time: {0}"
            ).format(exc)
        return translate(
            "DigitCanvas", " Kept for next time (Restore the original model undoes it)."
        )

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.throttle.stop()
        self.rest.stop()
        super().closeEvent(event)
