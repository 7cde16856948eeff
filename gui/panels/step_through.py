"""The step-through panel (`stepThrough`): one forward and one backward pass, with the real numbers.

It traces the current sample (`state.sample`; the first validation example when there
is none) through `engine.teach.tracing`, lists the steps (forward z and a per layer, the loss,
δ, ∂L/∂W and ∂L/∂b, the optimizer's update), and shows for the active step its
formula, a sentence a teacher would say, the selected neuron's formulas with the
actual values, and tables of every number small enough to read. Each move emits
`state.traceStepChanged(step)` (None when the panel is hidden or has nothing to show),
so the topology view highlights the active layer.

"Apply update" asks the workspace (`Workspace.apply_update`) for exactly one training
step on the sample, through `Trainer.train_on_batch` (the training code path); when
`weightsChanged` says it happened, the panel traces again and shows the loss on the
sample before → after. Undo (`Workspace.undo_update`) puts the weights and the
optimizer's state back bit for bit. The panel changes nothing itself. It follows
`trainingChanged`: while training runs it waits (the buttons are off), and when
training pauses or stops it traces the weights as they are then.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from engine.teach.tracing import SYMBOLS, Trace, TraceStep, fmt, short, sub, sup, trace
from engine.train import optimizers
from gui import colors
from gui.i18n import engine_text, translate

MAX_CELLS = 400  # arrays with more numbers than this are summarised, not tabulated
MAX_ROWS = 32  # taller tables scroll

# which layer each named array of a step belongs to, relative to the step's layer
ARRAY_LAYER = {"a_prev": -1, "delta_next": 1, "W_next": 1}
BIAS_ARRAYS = ("b", "db", "update_b", "b_new")

# signed numbers as everywhere in the app (gui.colors): negative orange-red, positive blue;
# a table cell's tint grows stronger with |value|
NEGATIVE = QtGui.QColor(*colors.NEGATIVE)
POSITIVE = QtGui.QColor(*colors.POSITIVE)

Role = QtCore.Qt.ItemDataRole
DISPLAY, USER, TOOLTIP = Role.DisplayRole, Role.UserRole, Role.ToolTipRole
BACKGROUND, ALIGNMENT = Role.BackgroundRole, Role.TextAlignmentRole
HORIZONTAL = QtCore.Qt.Orientation.Horizontal
RIGHT = int((QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter).value)


def list_title(step: TraceStep) -> str:
    """The step named short enough for the list; its full formula is its title."""
    l = sup(step.layer)
    if step.kind == "loss":
        return translate("StepThrough", "loss L")
    if step.kind == "delta":
        return f"δ{l} = ∂L/∂z{l}"
    if step.kind == "grad":
        return f"∂L/∂W{l}, ∂L/∂b{l}"
    if step.kind == "update":
        return translate("StepThrough", "update W{0}, b{0}").format(l)
    return step.title


class ArrayModel(QtCore.QAbstractTableModel):
    """A read-only table over a 2-D array: formatted numbers, the exact value in UserRole.

    A batch of vectors (n, units) is shown transposed, one row per unit, like the
    columns of nodes in the topology view; a weight matrix (sizes[l-1], sizes[l]) as it is.
    """

    def __init__(self, values: np.ndarray, transpose: bool, parent=None) -> None:
        super().__init__(parent)
        values = np.atleast_2d(values)
        self.values = values.T if transpose else values
        self.transpose = transpose
        finite = self.values[np.isfinite(self.values)]
        scale = float(np.abs(finite).max()) if finite.size else 0.0
        # everything a cell shows is made once: views ask for it many times per paint
        self.texts = [[fmt(v) for v in row] for row in self.values.tolist()]
        self.brushes = [[_tint(v, scale) for v in row] for row in self.values.tolist()]

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else self.values.shape[0]

    def columnCount(self, parent=QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else self.values.shape[1]

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == DISPLAY:
            return self.texts[r][c]
        if role == BACKGROUND:
            return self.brushes[r][c]
        if role == ALIGNMENT:
            return RIGHT
        if role == USER:
            return float(self.values[r, c])
        if role == TOOLTIP:
            return repr(float(self.values[r, c]))
        return None

    def headerData(self, section, orientation, role=DISPLAY):
        if role != DISPLAY:
            return None
        if self.transpose and orientation == QtCore.Qt.Orientation.Horizontal:
            return "" if self.values.shape[1] == 1 else f"#{section}"
        return str(section)


def _tint(v: float, scale: float) -> QtGui.QBrush | None:
    if scale <= 0 or not np.isfinite(v) or v == 0:
        return None
    color = QtGui.QColor(POSITIVE if v > 0 else NEGATIVE)
    color.setAlpha(int(150 * min(abs(v) / scale, 1.0)))
    return QtGui.QBrush(color)


class ArrayBox(QtWidgets.QFrame):
    """One named array of the step: its label over a table sized to its contents.

    `set_values` shows new numbers of the same shape in the same table (a new sample or
    new weights), which is much cheaper than building the table again.
    """

    cellClicked = QtCore.Signal(int)  # the unit (column of the layer) that was clicked

    def __init__(self, name: str, label: str, values: np.ndarray, parent=None) -> None:
        super().__init__(parent)
        self.name = name
        values = np.asarray(values)
        self.shape = values.shape
        matrix = (
            values.ndim == 2
            and name in ("W", "W_next", "dW", "update", "W_new")
            or (values.ndim == 2 and name.endswith("_W"))
        )
        self.is_matrix = matrix
        if matrix:
            size = "×".join(str(s) for s in values.shape)
        elif values.ndim == 2 and values.shape[0] > 1:
            size = translate("ArrayBox", "{0} units × {1} samples").format(
                values.shape[1], values.shape[0]
            )
        else:
            size = (
                translate("ArrayBox", "{0} units").format(values.shape[-1])
                if values.shape[-1] > 1
                else translate("ArrayBox", "1 unit")
            )
        self.title = QtWidgets.QLabel(
            translate("ArrayBox", "<b>{0}</b>  <span style='color:gray'>{1}</span>").format(
                label, size
            )
        )
        self.title.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.table = QtWidgets.QTableView()
        self.table.setObjectName(f"array_{name}")
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        off = QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.table.setHorizontalScrollBarPolicy(off)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(20)
        self.table.clicked.connect(self._on_clicked)
        self.model: ArrayModel | None = None
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self.set_values(values)

    def set_values(self, values: np.ndarray) -> None:
        """Show `values` (the shape the box was made for) and fit the table to them."""
        old = self.model
        self.model = ArrayModel(np.asarray(values), transpose=not self.is_matrix, parent=self)
        self.table.setModel(self.model)
        if old is not None:
            old.deleteLater()
        vh, hh = self.table.verticalHeader(), self.table.horizontalHeader()
        hh.setVisible(self.model.columnCount() > 1)
        metrics = self.table.fontMetrics()
        for c in range(self.model.columnCount()):
            texts = [row[c] for row in self.model.texts] + [self.model.headerData(c, HORIZONTAL)]
            self.table.setColumnWidth(c, max(metrics.horizontalAdvance(t) for t in texts) + 12)
        # the whole table when it fits, else MAX_ROWS rows with a scroll bar
        frame = 2 * self.table.frameWidth()
        width = vh.sizeHint().width() + hh.length() + frame
        rows = self.model.rowCount()
        header = hh.sizeHint().height() if hh.isVisibleTo(self.table) else 0
        if rows > MAX_ROWS:
            width += self.table.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
            rows = MAX_ROWS
        else:
            self.table.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedSize(width, rows * 20 + header + frame)
        self.setFixedWidth(max(self.table.width(), self.title.sizeHint().width()))

    def _on_clicked(self, index: QtCore.QModelIndex) -> None:
        self.cellClicked.emit(index.column() if self.is_matrix else index.row())


class ImageStrip(pg.GraphicsLayoutWidget):
    """For image inputs (MNIST): the input and one unit's 784 weights drawn as pictures.

    Three slots, each a title over an image; items are made once and updated with setImage.
    """

    SLOTS = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("stepImages")
        self.setBackground("w")
        self.setFixedHeight(170)
        self.titles, self.images = [], []
        for k in range(self.SLOTS):
            title = self.addLabel("", row=0, col=k, color=(40, 40, 40), size="9pt")
            view = self.addViewBox(row=1, col=k, lockAspect=True, enableMouse=False)
            view.invertY(True)
            image = pg.ImageItem(axisOrder="row-major")
            view.addItem(image)
            self.titles.append(title)
            self.images.append(image)
        self.shown: list[tuple[str, np.ndarray]] = []
        self._maps: list[pg.ColorMap | None] = [None] * self.SLOTS

    def _color_map(self, k: int, cmap: pg.ColorMap) -> None:
        if self._maps[k] is not cmap:
            self.images[k].setColorMap(cmap)
            self._maps[k] = cmap

    def show_images(self, pictures: list[tuple[str, np.ndarray, bool]]) -> None:
        """pictures: (title, image (h, w), signed); signed ones get symmetric levels."""
        self.shown = [(title, image) for title, image, _signed in pictures]
        for k in range(self.SLOTS):
            if k < len(pictures):
                title, image, signed = pictures[k]
                image = np.ascontiguousarray(image, dtype=np.float32)
                finite = image[np.isfinite(image)]
                if signed:
                    m = float(np.abs(finite).max()) if finite.size else 0.0
                    levels = (-m, m) if m > 0 else (-1.0, 1.0)
                    self._color_map(k, colors.DIVERGING)
                    scale = f"−{fmt(m, 3)} orange … blue +{fmt(m, 3)}"
                    title += translate(
                        "ImageStrip", "<br><span style='color:#888'>{0}</span>"
                    ).format(scale)
                else:
                    levels = (0.0, max(1.0, float(finite.max()) if finite.size else 1.0))
                    self._color_map(k, colors.GREYS)
                    title += translate(
                        "ImageStrip", "<br><span style='color:#888'>0 black … white {0}</span>"
                    ).format(fmt(levels[1], 3))
                self.images[k].setImage(image, levels=levels)
                self.images[k].setVisible(True)
                if self.titles[k].text != title:
                    self.titles[k].setText(title)
            else:
                self.images[k].setVisible(False)
                if self.titles[k].text:
                    self.titles[k].setText("")


class StepThrough(QtWidgets.QWidget):
    """The step-through panel, built as StepThrough(workspace)."""

    def __init__(self, state, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepThrough")
        self.state = state
        self.trace: Trace | None = None
        self.index = 0
        self.loss_change: tuple[float, float] | None = None
        self._x: np.ndarray | None = None
        self._target: int | None = None
        self._loss_before: float | None = None  # the loss before an Apply update in flight
        self._stale = True  # the trace is out of date (it is made when the panel is shown)
        self._traced: tuple | None = None  # _trace_key() of the weights last traced
        self._told: TraceStep | None = None  # the step the views were last told about
        self._pages: dict[int, tuple[QtWidgets.QWidget, list[ArrayBox], int]] = {}
        self._stale_pages: set[int] = set()  # kept pages that show the previous trace

        # -- top bar: the sample, the target, the moves
        self.sample_label = QtWidgets.QLabel()
        self.sample_label.setObjectName("stepSample")
        self.target_box = QtWidgets.QComboBox()
        self.target_box.setObjectName("stepTarget")
        self.target_box.setToolTip(
            translate("StepThrough", "The class the loss compares the output with")
        )
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        self.sample_label.setWordWrap(True)
        bar = QtWidgets.QHBoxLayout()
        moves = [
            (
                "first",
                translate("StepThrough", "First"),
                "Home",
                self.first,
            ),
            (
                "previous",
                translate("StepThrough", "◀ Previous"),
                "Left",
                self.previous,
            ),
            (
                "next",
                translate("StepThrough", "Next ▶"),
                "Right",
                self.next,
            ),
            ("last", translate("StepThrough", "Last"), "End", self.last),
            (
                "apply",
                translate("StepThrough", "Apply update"),
                "Ctrl+Return",
                self.apply_update,
            ),
            (
                "undo",
                translate("StepThrough", "Undo"),
                "Ctrl+Z",
                self.undo,
            ),
        ]
        for key, text, shortcut, slot in moves:
            button = QtWidgets.QPushButton(text)
            button.setObjectName(f"step{key.capitalize()}")
            button.setToolTip(f"{text.strip('◀▶ ')} ({shortcut})")
            button.clicked.connect(slot)
            # may give up the style's padding (not the text) in a narrow dock: six buttons
            # then fit a laptop's bottom-right dock without a sideways scroll bar
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 12)
            sc = QtGui.QShortcut(QtGui.QKeySequence(shortcut), self)
            sc.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        about = QtWidgets.QHBoxLayout()  # the sample and its target
        about.addWidget(self.sample_label, 1)
        about.addWidget(QtWidgets.QLabel(translate("StepThrough", "target:")))
        about.addWidget(self.target_box)
        self.buttons["apply"].setToolTip(
            translate(
                "StepThrough",
                "Train one step on this sample (the same code path as training) (Ctrl+Return)",
            )
        )
        self.buttons["undo"].setToolTip(
            translate(
                "StepThrough",
                "Put back the weights and optimizer state from before the last update (Ctrl+Z)",
            )
        )
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("stepStatus")
        self.status.setWordWrap(True)

        # -- left: the steps
        self.step_list = QtWidgets.QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.currentRowChanged.connect(self._on_row_changed)
        self.step_list.setMinimumWidth(120)

        # -- right: title, sentence, neuron, tables
        self.title = QtWidgets.QLabel()
        self.title.setObjectName("stepTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QtWidgets.QLabel()
        self.explanation.setObjectName("stepExplanation")
        self.explanation.setWordWrap(True)
        self.neuron_title = QtWidgets.QLabel()
        self.neuron_title.setObjectName("stepNeuronTitle")
        self.neuron_title.setWordWrap(True)
        self.neuron_lines = QtWidgets.QLabel()
        self.neuron_lines.setObjectName("stepNeuron")
        self.neuron_lines.setWordWrap(True)
        self.neuron_lines.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        bigger = self.neuron_lines.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.1)  # the subscripts stay readable
        self.neuron_lines.setFont(bigger)
        neuron_frame = QtWidgets.QFrame()
        neuron_frame.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        nl = QtWidgets.QVBoxLayout(neuron_frame)
        nl.setContentsMargins(6, 4, 6, 4)
        nl.addWidget(self.neuron_title)
        nl.addWidget(self.neuron_lines)
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("stepSummary")
        self.summary.setWordWrap(True)
        self.tables = QtWidgets.QWidget()
        self.tables_layout = QtWidgets.QVBoxLayout(self.tables)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        # the tables scroll sideways on their own; formulas above wrap at the visible width
        self.tables_scroll = QtWidgets.QScrollArea()
        self.tables_scroll.setObjectName("stepTables")
        self.tables_scroll.setWidgetResizable(True)
        self.tables_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.tables_scroll.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables_scroll.setWidget(self.tables)
        scroll_body = QtWidgets.QWidget()
        sb = QtWidgets.QVBoxLayout(scroll_body)
        sb.setContentsMargins(0, 0, 0, 0)
        sb.addWidget(neuron_frame)
        self.images = ImageStrip()
        self.images.hide()
        sb.addWidget(self.images)
        sb.addWidget(self.summary)
        sb.addWidget(self.tables_scroll)
        sb.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(scroll_body)
        right = QtWidgets.QWidget()
        rl = QtWidgets.QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.explanation)
        rl.addWidget(scroll, 1)
        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        split.addWidget(self.step_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([170, 900])

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addLayout(about)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

        self.target_box.activated.connect(self._on_target_chosen)
        state.modelChanged.connect(self._on_model_changed)
        state.sampleChanged.connect(self.refresh)
        state.snapshotReady.connect(self._on_snapshot)
        state.trainingChanged.connect(self._on_training)
        state.weightsChanged.connect(self._on_weights_changed)
        state.neuronSelected.connect(self._on_neuron_selected)
        self.refresh()

    # -- what to trace ---------------------------------------------------------------

    def _sample(self) -> tuple[np.ndarray, int | None, str] | None:
        """(x, label, description) of the sample to trace, or None with the reason shown."""
        s = self.state.sample
        if s is not None:
            return np.asarray(s.x).ravel(), s.label, s.source
        data = self.state.dataset
        if data is None:
            return None
        if data.x_val is not None and len(data.x_val):
            x, label = data.x_val[0], data.y_val[0]
            where = translate("StepThrough", "validation")
        elif len(data.x_train):
            x, label = data.x_train[0], data.y_train[0]
            where = translate("StepThrough", "training")
        else:
            return None
        return (
            np.asarray(x).ravel(),
            int(label),
            translate("StepThrough", "no sample chosen: using the first {0} example").format(where),
        )

    def _classes(self) -> int:
        units = self.state.network.sizes[-1]
        return 2 if units == 1 else units

    def _class_name(self, k: int) -> str:
        names = getattr(self.state.dataset, "class_names", None)
        if names and k < len(names):
            return f"{k} ({names[k]})"
        return str(k)

    def _optimizer_and_config(self):
        """The optimizer, config and learning rate the next training step would use."""
        trainer = self.state.trainer
        if trainer is not None and trainer.network is self.state.network:
            return trainer.optimizer, trainer.config, trainer.current_lr()
        config = self.state.config
        if config is None:
            from engine.train.trainer import TrainConfig

            config = TrainConfig()
        opt = optimizers.make(config.optimizer, config.lr, **config.optimizer_params)
        return opt, config, config.lr

    def refresh(self) -> None:
        """Trace the current sample again (weights, sample or target changed)."""
        if not self.isVisible():  # a hidden panel traces when it is shown
            self._stale = True
            return
        self._stale = False
        self._traced = None if self.state.training else self._trace_key()
        if self.state.training:  # the worker thread owns the weights: wait for a pause
            self._update_enabled()
            if self.isVisible():
                self._tell(None)
            return
        net = self.state.network
        if net is None:
            return self._show_nothing(
                translate("StepThrough", "No network yet: build one to step through it.")
            )
        if getattr(self.state.dataset, "is_regression", False):  # its targets are numbers
            return self._show_nothing(
                translate(
                    "StepThrough",
                    "The step-through traces a class target; this dataset is a regression "
                    "(watch it in the Function fit, Regression surface and Regression views).",
                )
            )
        picked = self._sample()
        if picked is None:
            return self._show_nothing(
                translate("StepThrough", "No sample: load a dataset, or pick a sample to trace.")
            )
        x, label, source = picked
        if x.shape[0] != net.sizes[0]:
            return self._show_nothing(
                translate(
                    "StepThrough",
                    "The sample has {0} values but the network takes {1} inputs: pick a sample of "
                    "this dataset.",
                ).format(x.shape[0], net.sizes[0])
            )
        try:
            opt, config, lr = self._optimizer_and_config()
        except ValueError as exc:
            return self._show_nothing(
                translate("StepThrough", "Cannot step through with these settings: {0}.").format(
                    exc
                )
            )
        if self._x is None or not np.array_equal(x, self._x):
            self._target = None  # a new sample: its own label is the target again
            self.loss_change = None
        self._x = x
        has_label = label is not None and 0 <= int(label) < self._classes()
        if self._target is not None:
            target = self._target
        elif has_label:
            target = int(label)
        else:  # pinned for this sample, so that Apply update compares losses on one target
            target = self._target = int(net.predict(x[None])[0])
        if has_label:
            note = translate("StepThrough", " — label {0}").format(self._class_name(int(label)))
        elif label is not None:
            note = translate(
                "StepThrough",
                " — its label {0} is not one of this network's {1} classes: the target is the "
                "predicted class; choose another →",
            ).format(label, self._classes())
        else:
            note = translate(
                "StepThrough", " — no label: the target is the predicted class; choose another →"
            )
        try:
            self.trace = trace(net, x, target, opt, config, lr=lr)
        except ValueError as exc:
            return self._show_nothing(
                translate("StepThrough", "Cannot step through this network: {0}.").format(exc)
            )
        self.sample_label.setText(translate("StepThrough", "Sample: {0}{1}").format(source, note))
        self.target_box.blockSignals(True)
        names = [
            translate("StepThrough", "class {0}").format(self._class_name(k))
            for k in range(self._classes())
        ]
        if [self.target_box.itemText(k) for k in range(self.target_box.count())] != names:
            self.target_box.clear()
            for k, name in enumerate(names):
                self.target_box.addItem(name, k)
        self.target_box.setCurrentIndex(target)
        self.target_box.blockSignals(False)
        titles = [f"{i + 1}. {list_title(step)}" for i, step in enumerate(self.trace.steps)]
        if [self.step_list.item(i).text() for i in range(self.step_list.count())] != titles:
            self._clear_pages()  # another network: other steps, other tables
            self.step_list.blockSignals(True)
            self.step_list.clear()
            for i, step in enumerate(self.trace.steps):
                self.step_list.addItem(titles[i])
                self.step_list.item(i).setToolTip(step.title)
            self.step_list.blockSignals(False)
        else:  # the same steps (e.g. another sample): the tables built so far are kept
            for i, step in enumerate(self.trace.steps):
                self.step_list.item(i).setToolTip(step.title)
        self._stale_pages = set(self._pages)
        self.index = min(self.index, len(self.trace.steps) - 1)
        self._update_enabled()
        self._show_step()

    def _show_nothing(self, message: str) -> None:
        self.trace = None
        self.step_list.clear()
        self.sample_label.setText(translate("StepThrough", "Sample: none"))
        self.title.setText("")
        self.explanation.setText(message)
        self.neuron_title.setText("")
        self.neuron_lines.setText("")
        self.summary.setText("")
        self.images.hide()  # e.g. MNIST pictures of a workspace that is gone
        self.target_box.clear()
        self._target = None
        self._clear_pages()
        self._update_enabled()
        self._tell(None)

    # -- moving ----------------------------------------------------------------------

    @property
    def step(self) -> TraceStep | None:
        return None if self.trace is None else self.trace.steps[self.index]

    def go(self, index: int) -> None:
        if self.trace is None:
            return
        self.index = max(0, min(index, len(self.trace.steps) - 1))
        self._show_step()

    def first(self) -> None:
        self.go(0)

    def previous(self) -> None:
        self.go(self.index - 1)

    def next(self) -> None:
        self.go(self.index + 1)

    def last(self) -> None:
        self.go(len(self.trace.steps) - 1 if self.trace else 0)

    def _on_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.go(row)

    # -- showing one step ------------------------------------------------------------

    def _show_step(self) -> None:
        step = self.step
        t = self.trace
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(self.index)
        self.step_list.blockSignals(False)
        self.title.setText(
            translate("StepThrough", "Step {0} of {1}:  {2}").format(
                self.index + 1, len(t.steps), step.title
            )
        )
        self.explanation.setText(engine_text(step.explanation))
        self._show_neuron()
        small, big = [], []
        for name, values in step.arrays.items():
            (small if np.size(values) <= MAX_CELLS else big).append(name)
        self._show_tables(self.index, [(n, step.labels[n], step.arrays[n]) for n in small])
        lines = []
        for name in big:
            v = np.asarray(step.arrays[name])
            shape = "×".join(str(s) for s in v.shape)
            lines.append(f"{engine_text(step.labels[name])} ({shape}): {engine_text(short(v))}")
        shown = {k: v for k, v in step.scalars.items() if k not in ("l1", "l2") or v}
        if shown:
            lines.append("   ".join(f"{SYMBOLS.get(k, k)} = {fmt(v)}" for k, v in shown.items()))
        if step.kind == "loss" and self.loss_change is not None:
            before, after = self.loss_change
            lines.append(
                translate(
                    "StepThrough", "loss on this sample before the update {0} → now {1}"
                ).format(fmt(before), fmt(after))
            )
        if big:
            lines.append(
                translate(
                    "StepThrough",
                    "Too many numbers to list them all: the selected neuron's formula shows "
                    "the largest terms.",
                )
            )
        self.summary.setText("\n".join(lines))
        self.summary.setVisible(bool(lines))
        if self.isVisible():  # a hidden panel leaves the topology view alone
            self._tell(step)

    def neuron(self) -> tuple[int, int, str]:
        """(layer, unit, why) of the neuron whose formulas are shown for the active step."""
        step, t = self.step, self.trace
        sel = self.state.selected
        inputs_of_step = step.kind in ("forward_z", "grad", "update")
        if sel is not None:
            layer, unit = sel
            fits = 0 <= layer <= t.L and 0 <= unit < t.sizes[layer]
            if fits and (layer == step.layer or (inputs_of_step and layer == step.layer - 1)):
                return layer, unit, "selected"
        l = step.layer
        if l == t.L:
            why = translate(
                "StepThrough", "the predicted class; click a node or a row to pick another"
            )
            return l, t.predicted_unit(), why
        values = (
            t.passed.deltas[l - 1][0]
            if step.kind in ("delta", "grad", "update")
            else t.passed.activations[l][0]
        )
        unit = int(np.argmax(np.abs(values)))
        which = (
            "|δ|"
            if step.kind in ("delta", "grad", "update")
            else translate("StepThrough", "activation")
        )
        return (
            l,
            unit,
            translate(
                "StepThrough", "the largest {0} of layer {1}; click a node or a row to pick another"
            ).format(which, l),
        )

    def _show_neuron(self) -> None:
        layer, unit, why = self.neuron()
        view = self.trace.neuron(layer, unit)
        self.neuron_view = view
        self.neuron_title.setText(
            translate("StepThrough", "<b>Neuron: {0}</b> — {1}").format(engine_text(view.name), why)
        )
        as_input = layer == self.step.layer - 1
        lines = view.lines_for(self.step.kind, as_input)
        self.neuron_lines.setText("\n".join(engine_text(line) for line in lines))
        self._show_images(layer, unit)

    def _show_images(self, layer: int, unit: int) -> None:
        """The input image and, on steps of layer 1, the selected unit's weights as images."""
        t, step = self.trace, self.step
        shape = getattr(self.state.dataset, "image_shape", None)
        if shape is None and t.sizes[0] == 784:
            shape = (28, 28)
        if shape is None or shape[0] * shape[1] != t.sizes[0]:
            self.images.hide()
            return
        x = t.x[0].reshape(shape)
        pictures = [("input a⁰", x, False)]
        if step.layer == 1 and layer == 1:  # the weights into unit j are an image too
            j = unit
            W = t.weights[0][:, j]
            if step.kind in ("forward_z", "forward_a"):
                pictures.append(
                    (translate("StepThrough", "w¹ into unit {0}").format(j), W.reshape(shape), True)
                )
                products = (W * t.x[0]).reshape(shape)
                pictures.append(
                    (
                        translate("StepThrough", "w·a: what each pixel adds to z¹{0}").format(
                            sub(j)
                        ),
                        products,
                        True,
                    )
                )
            elif step.kind in ("delta", "grad"):
                dW = t.passed.nabla_w[0][:, j]
                pictures.append(
                    (
                        translate("StepThrough", "∂L/∂w¹ into unit {0}").format(j),
                        dW.reshape(shape),
                        True,
                    )
                )
            elif step.kind == "update":
                pictures.append(
                    (translate("StepThrough", "w¹ into unit {0}").format(j), W.reshape(shape), True)
                )
                update = t.updates[0][:, j]
                pictures.append(
                    (
                        translate("StepThrough", "Δw¹ into unit {0}").format(j),
                        update.reshape(shape),
                        True,
                    )
                )
        self.images.show_images(pictures)
        self.images.show()

    def _clear_pages(self) -> None:
        """Forget the tables built for the previous trace."""
        for page, _boxes, _width in self._pages.values():
            self.tables_layout.removeWidget(page)
            page.hide()
            page.deleteLater()
        self._pages = {}
        self._stale_pages = set()
        self.tables.setMinimumWidth(0)
        self.tables_scroll.setFixedHeight(0)

    def _show_tables(self, index: int, arrays) -> None:
        """The tables of step `index`, built on its first visit and kept for the next ones.

        One table per array; an update step puts the bias arrays on a second row. After a
        new trace (another sample, new weights) a kept page takes the new numbers in place.
        """
        page_of = self._pages.get(index)
        if page_of is not None:
            page, boxes, _width = page_of
            if [(b.name, b.shape) for b in boxes] != [(n, np.shape(v)) for n, _l, v in arrays]:
                self.tables_layout.removeWidget(page)
                page.hide()
                page.deleteLater()
                del self._pages[index]
            elif index in self._stale_pages:
                for box, (_name, _label, values) in zip(boxes, arrays, strict=True):
                    box.set_values(values)
                self._pages[index] = (page, boxes, self._page_width(page, boxes))
        self._stale_pages.discard(index)
        if index not in self._pages:
            page = QtWidgets.QWidget()
            grid = QtWidgets.QGridLayout(page)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop)
            kind = self.trace.steps[index].kind
            boxes, columns = [], [0, 0]
            for name, label, values in arrays:
                box = ArrayBox(name, engine_text(label), values)
                box.cellClicked.connect(lambda unit, n=name: self._on_cell_clicked(n, unit))
                row = int(kind == "update" and (name in BIAS_ARRAYS or name.endswith("_b")))
                grid.addWidget(box, row, columns[row])
                columns[row] += 1
                boxes.append(box)
            page.hide()
            self.tables_layout.addWidget(page)
            self._pages[index] = (page, boxes, self._page_width(page, boxes))
        for i, (page, _boxes, width) in self._pages.items():
            if i == index:
                self.tables.setMinimumWidth(width)
                page.show()
                bar = self.tables_scroll.horizontalScrollBar().sizeHint().height()
                self.tables_scroll.setFixedHeight(page.minimumSizeHint().height() + bar + 2)
            else:
                page.hide()

    @staticmethod
    def _page_width(page: QtWidgets.QWidget, boxes: list[ArrayBox]) -> int:
        """The width the page's grid needs (the scroll area scrolls rather than squeeze it)."""
        grid = page.layout()
        widths: dict[int, int] = {}
        for box in boxes:
            column = grid.getItemPosition(grid.indexOf(box))[1]
            widths[column] = max(widths.get(column, 0), box.width())
        spacing = max(grid.horizontalSpacing(), 6)
        return sum(widths.values()) + spacing * max(len(widths) - 1, 0)

    def boxes(self) -> dict[str, ArrayBox]:
        """The tables on show, by array name (for tests and tools)."""
        if self.trace is None or self.index not in self._pages:
            return {}
        return {box.name: box for box in self._pages[self.index][1]}

    def _on_cell_clicked(self, name: str, unit: int) -> None:
        step = self.step
        if step is None:
            return
        layer = step.layer + ARRAY_LAYER.get(name, 0)
        if name == "y":
            layer = self.trace.L
        self.state.select_neuron(layer, unit)

    def _on_neuron_selected(self, layer: int, unit: int) -> None:
        if self.trace is not None:
            self._show_neuron()

    # -- apply update and undo -------------------------------------------------------

    def _update_enabled(self) -> None:
        training = bool(self.state.training)
        has = self.trace is not None and not training
        for key in ("first", "previous", "next", "last"):
            self.buttons[key].setEnabled(has)
        self.step_list.setEnabled(has)
        self.target_box.setEnabled(has)
        self.buttons["apply"].setEnabled(has)
        self.buttons["undo"].setEnabled(self.state.can_undo and not training)
        if training:
            self.status.setText(
                translate(
                    "StepThrough",
                    "Training is running: pause it to step through one sample and apply updates.",
                )
            )
        elif self.loss_change is not None:
            before, after = self.loss_change
            self.status.setText(
                translate(
                    "StepThrough",
                    "Update applied: the loss on this sample went from {0} to {1}. Undo puts the "
                    "weights back.",
                ).format(fmt(before), fmt(after))
            )
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))

    def apply_update(self) -> None:
        """Ask the workspace for one training step on the sample; the trace follows."""
        if self.trace is None or self.state.training:
            return
        self._loss_before = self.trace.loss
        problem = self.state.apply_update(self.trace.x[0], self.trace.target_class())
        if problem:
            self._loss_before = None
            self.status.setText(problem)
            self.status.setVisible(True)

    def undo(self) -> None:
        """Ask the workspace to put back the weights from before the last Apply update."""
        if self.state.training:
            return
        problem = self.state.undo_update()
        if problem:
            self._update_enabled()
            self.status.setText(problem)
            self.status.setVisible(True)

    def _on_weights_changed(self, cause: str) -> None:
        """The weights changed (an update, an undo, a fine-tune): trace again."""
        before, self._loss_before = self._loss_before, None
        self.loss_change = None
        self.refresh()
        if cause == "apply update" and before is not None and self.trace is not None:
            self.loss_change = (before, self.trace.loss)
            self._update_enabled()
            self._show_step()

    def _trace_key(self) -> tuple:
        """Which weights a trace is of: the network, the workspace's count of changes and
        the samples its trainer has seen (a batch the worker ran before its last snapshot)."""
        trainer = self.state.trainer
        seen = None if trainer is None else trainer.samples_seen
        return (id(self.state.network), self.state.weights_version, seen)

    def _tell(self, step: TraceStep | None) -> None:
        """Tell the views which step is shown; None (no step) only once, not per snapshot."""
        if step is None and self._told is None:
            return
        self._told = step
        self.state.traceStepChanged.emit(step)

    # -- following the state ---------------------------------------------------------

    def _on_model_changed(self) -> None:
        self.loss_change = None
        self._target = None
        self.index = 0
        self.refresh()

    def _on_snapshot(self, _snapshot) -> None:
        if self.state.training:  # the worker thread owns the weights: say so, trace later
            self._update_enabled()
            self._tell(None)

    def _on_training(self, state: str, _reason: str) -> None:
        """Training started, paused or stopped: while it runs, wait; after, the weights
        have moved on: trace again."""
        if self.state.training:
            self._update_enabled()
            self._tell(None)
        elif self._traced != self._trace_key():  # the weights moved on since the last trace
            self.loss_change = None
            self.refresh()
        else:  # e.g. a model just opened, traced already: only the buttons follow
            self._update_enabled()

    def _on_target_chosen(self, row: int) -> None:
        self._target = int(self.target_box.itemData(row))
        self.loss_change = None
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        elif self.step is not None and not self.state.training:
            self._tell(self.step)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        # the panel alone was hidden (its dock closed or tabbed away): the topology view goes
        # back to its live view. When the whole window hides or closes, every view goes with
        # it, and some may already be torn down: nothing to tell them.
        window = self.window()
        if window is self or window.isVisible():
            self._tell(None)
