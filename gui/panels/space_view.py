"""Space view: how each layer maps, shifts and bends the input plane until one line
separates the classes.

For a 2-input network on 2D data: the plane's grid lines and the data points (coloured
by class), and their images after each stage — z = a·W + b (the linear map and the
shift), then a = g(z) (the bend) — for every layer. A slider moves smoothly from one
stage to the next (every point lerped between its positions) and Play runs through them.
Layers of 2 units are drawn as they are, 1 unit on a line, wider layers on their first
two principal components (or two units picked below the slider); the label says which,
and how much of the variance the picture keeps. In the last hidden layer's space the
output's decision line is drawn (dashed). The current sample's route through the stages
is drawn in black. Everything drawn comes from `engine.teach.space`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from engine.teach import figures, space
from gui import colors
from gui.i18n import QT_TRANSLATE_NOOP, engine_text, translate
from gui.panels.common import Canvas, LivePanel, Model, current_model, step_aside

STEPS = 60  # slider steps from one stage to the next
TICK_MS = 30  # the play timer's interval
STEP_PER_TICK = 3  # 20 ticks (0.6 s) from one stage to the next while playing
DWELL_TICKS = 20  # and 0.6 s at each stage
MAX_POINTS = 600  # data points drawn (every k-th when there are more)
GRID_LINES, GRID_POINTS = 13, 41
# Multiply-adds one picture of every stage may cost: 600 points and 2 × 13 × 41 grid points
# through a 2-1024-1024-1 network (~0.1 s on the GUI thread). A bigger network follows
# fewer points (2-(1024×8)-1: 100 points, lines of 9), never under MIN_POINTS and MIN_GRID.
TRACE_MACS = 2_000_000_000
MIN_POINTS, MIN_GRID = 100, 9


def points_for(sizes: list[int]) -> tuple[int, int]:
    """(data points, points per grid line) followed through a network of these sizes."""
    macs = figures.forward_macs(sizes)
    share = min(1.0, TRACE_MACS / macs / (MAX_POINTS + 2 * GRID_LINES * GRID_POINTS))
    return max(MIN_POINTS, int(MAX_POINTS * share)), max(MIN_GRID, int(GRID_POINTS * share))


DIRECTION = QT_TRANSLATE_NOOP(
    "SpaceView", "the output's direction"
)  # the third choice, in the last hidden layer only


def flat_lines(lines: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) of lines (r, k, 2) as one polyline with a NaN between lines (connect='finite')."""
    r, k, _ = lines.shape
    out = np.full((r, k + 1, 2), np.nan)
    out[:, :k] = lines
    out = out.reshape(-1, 2)
    return out[:, 0], out[:, 1]


class SpaceView(LivePanel):
    """Panel `spaceView`: the input plane through the stages of the network."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "spaceView", parent)
        self.space: space.Space | None = None
        self.frame: space.Frame | None = None
        self.picks: dict[int, tuple[int, int] | str] = {}  # layer -> units, or "decision"
        self.base = None  # the dataset of the 2D points
        self.features: list[str] | None = None  # the input features made from them, if any
        self.X = np.zeros((0, 2), dtype=np.float32)
        self.classes = np.zeros(0, dtype=np.int64)
        self.grid = np.zeros((0, 2, 2))
        self.decisions = True
        self.sample_source = ""
        self.updates = 0
        self._dwell = 0
        self._axis_labels: tuple[str, str] = ("", "")
        self._picker_for: tuple[int, int] | None = None  # (layer, units) the picker shows

        self.message = QtWidgets.QLabel("")
        self.message.setObjectName("spaceMessage")
        self.message.setWordWrap(True)

        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.canvas.setMinimumHeight(220)
        self.plot = self.canvas.addPlot(row=0, col=0)
        colors.style_plot(self.plot, still=True)
        self.plot.setAspectLocked(True)
        self.plot.showGrid(x=False, y=False)
        self.grid_v = pg.PlotCurveItem(pen=pg.mkPen((110, 140, 195), width=1), connect="finite")
        self.grid_h = pg.PlotCurveItem(pen=pg.mkPen((200, 145, 105), width=1), connect="finite")
        self.plot.addItem(self.grid_v)
        self.plot.addItem(self.grid_h)
        self.points: list[pg.ScatterPlotItem] = []  # one per class
        self.decision_line = pg.PlotCurveItem(
            pen=pg.mkPen((30, 30, 30), width=2.5, style=QtCore.Qt.PenStyle.DashLine)
        )
        self.plot.addItem(self.decision_line)
        self.path = pg.PlotCurveItem(pen=pg.mkPen((0, 0, 0), width=1.5))
        self.sample_marker = pg.ScatterPlotItem(
            size=16, symbol="o", pen=pg.mkPen((0, 0, 0), width=3), brush=pg.mkBrush(255, 230, 0)
        )
        for item in (self.path, self.sample_marker):
            item.setZValue(10)
            self.plot.addItem(item)

        self.stage_label = QtWidgets.QLabel(" ")
        self.stage_label.setObjectName("spaceStage")
        self.stage_label.setWordWrap(True)
        self.play_button = QtWidgets.QPushButton(translate("SpaceView", "▶ Play"))
        self.play_button.setObjectName("spacePlay")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(
            translate("SpaceView", "Run through the stages, pausing at each one")
        )
        self.slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.slider.setObjectName("spaceSlider")
        self.slider.setTickPosition(QtWidgets.QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(STEPS)
        self.slider.setPageStep(STEPS)
        self.slider.setToolTip(translate("SpaceView", "Stage: input, then z and a of each layer"))
        self.axes = QtWidgets.QComboBox()
        self.axes.setObjectName("spaceAxes")
        self.axes.addItems(
            [translate("SpaceView", "principal components"), translate("SpaceView", "two units")]
        )
        self.axes.setToolTip(
            translate("SpaceView", "How this layer is drawn when it has more than 2 units")
        )
        self.unit_x = QtWidgets.QSpinBox()
        self.unit_x.setObjectName("spaceUnitX")
        self.unit_y = QtWidgets.QSpinBox()
        self.unit_y.setObjectName("spaceUnitY")
        self.unit_x.setPrefix("x: unit ")
        self.unit_y.setPrefix("y: unit ")
        self.legend = QtWidgets.QLabel("")
        self.legend.setWordWrap(True)

        self.timer = QtCore.QTimer(self)
        self.timer.setObjectName("spacePlayTimer")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

        play_row = QtWidgets.QHBoxLayout()
        play_row.addWidget(self.play_button)
        play_row.addWidget(self.slider, 1)
        self.pick_row = QtWidgets.QWidget()
        pick_row = QtWidgets.QHBoxLayout(self.pick_row)
        pick_row.setContentsMargins(0, 0, 0, 0)
        self.pick_label = QtWidgets.QLabel(translate("SpaceView", "Wide layer drawn on:"))
        pick_row.addWidget(self.pick_label)
        pick_row.addWidget(self.axes)
        pick_row.addWidget(self.unit_x)
        pick_row.addWidget(self.unit_y)
        pick_row.addStretch(1)
        self.controls = QtWidgets.QWidget()
        controls = QtWidgets.QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.stage_label)
        controls.addLayout(play_row)
        controls.addWidget(self.pick_row)
        controls.addWidget(self.legend)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.controls)

        self.slider.valueChanged.connect(self._draw_frame)
        self.play_button.toggled.connect(self._on_play)
        self.axes.currentIndexChanged.connect(self._on_pick)
        self.unit_x.valueChanged.connect(self._on_pick)
        self.unit_y.valueChanged.connect(self._on_pick)
        self.follow(budget=0.15)
        state.sampleChanged.connect(self._on_sample)
        self.rebuild()

    @property
    def available(self) -> bool:
        return self.model is not None and len(self.X) > 0

    @property
    def position(self) -> float:
        """Where the slider is, in stages (2.5 = halfway from stage 2 to stage 3)."""
        return self.slider.value() / STEPS

    # -- building -------------------------------------------------------------------

    def rebuild(self, model: Model | None = None) -> None:
        self._rebuild(model)
        step_aside(self, self.available)

    def _rebuild(self, model: Model | None = None) -> None:
        self.stop()
        self.model = model or current_model(self.state)
        self.space = None
        self.frame = None
        self.picks = {}
        ds = self.state.dataset
        # the 2D points (`base` when the inputs are features made from them, e.g. x₁²)
        base = self.base = getattr(ds, "base", None) or ds
        self.features = ds.params.get("input_features") if base is not ds else None
        fits = ds is not None and self.model is not None and self.model.sizes[0] == ds.n_inputs
        two_d = fits and base.n_inputs == 2
        if two_d:
            parts = [(base.x_train, ds.y_train)]
            if base.x_val is not None and len(base.x_val):
                parts.append((base.x_val, ds.y_val))
            X = np.concatenate([p[0] for p in parts])
            y = np.concatenate([np.asarray(p[1]) for p in parts])
            most, self.grid_points = points_for(self.model.sizes)
            every = max(1, -(-len(X) // most))
            self.X = np.ascontiguousarray(X[::every])
            regression = bool(getattr(ds, "is_regression", False))
            self.classes = np.zeros(len(self.X), np.int64) if regression else y[::every]
            self.decisions = not regression
            self.grid = space.grid_lines(figures.plane_bounds(X), GRID_LINES, self.grid_points)
        else:
            self.X = np.zeros((0, 2), dtype=np.float32)
            self.classes = np.zeros(0, dtype=np.int64)
        ok = self.available
        self.canvas.setVisible(ok)
        self.controls.setVisible(ok)
        if self.model is None:
            self.message.setText(translate("SpaceView", "No network yet."))
            return
        if not ok:
            if ds is None or not fits:
                why = translate("SpaceView", "there are no 2D data points to follow")
            else:
                why = translate("SpaceView", "this network takes {0} inputs").format(
                    self.model.sizes[0]
                )
            self.message.setText(
                translate(
                    "SpaceView",
                    "The space view follows the input plane through the layers, so it needs a "
                    "2-input network on 2D data (two moons, circles, spiral, ...); {0}.",
                ).format(why)
            )
            return
        self.message.setText("")
        self._build_points()
        self._compute(self.model)
        stages = len(self.space.stages)
        self.slider.blockSignals(True)
        self.slider.setRange(0, (stages - 1) * STEPS)
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        self._legend_text()
        self.pick_row.setVisible(any(s.units > 2 for s in self.space.stages))
        self.draw()

    def _build_points(self) -> None:
        for item in self.points:
            self.plot.removeItem(item)
        self.points = []
        self.class_rows = []
        for k in np.unique(self.classes):
            item = pg.ScatterPlotItem(
                size=6, pen=pg.mkPen((255, 255, 255), width=0.8), brush=colors.class_color(int(k))
            )
            item.setZValue(5)
            self.plot.addItem(item)
            self.points.append(item)
            self.class_rows.append(np.flatnonzero(self.classes == k))

    def _legend_text(self) -> None:
        n = len(np.unique(self.classes))
        swatches = "&nbsp; ".join(
            colors.swatch_html(
                tuple(int(c) for c in colors.CLASS_COLORS[i]),
                translate("SpaceView", "class {0}").format(i),
            )
            for i in range(min(n, 10))
        )
        text = translate(
            "SpaceView", "{0}. Grid of the input plane: blue x₁ = const, brown x₂ = const."
        ).format(swatches)
        if self.decisions:
            text += translate("SpaceView", " Dashed: the output's decision.")
        text += translate("SpaceView", " Yellow: the current sample and its last move.")
        self.legend.setText(text)

    # -- computing ------------------------------------------------------------------

    def _compute(self, model: Model) -> None:
        """The engine's picture of every stage for `model` (axes kept from the last one)."""
        x, self.sample_source = self._sample_point()
        self.space = space.trace_space(
            model.weights,
            model.biases,
            model.activations,
            self.X,
            self.grid,
            sample=x,
            previous=self.space,
            picks=self.picks,
            decisions=self.decisions,
            features=self.features,
        )

    def _sample_point(self) -> tuple[np.ndarray | None, str]:
        """The current sample as a point of the plane (its x₁, x₂ when the network reads
        features of it), else the first validation point; and where it comes from."""
        s = self.state.sample
        if s is not None:
            x = np.asarray(s.x, dtype=np.float32).ravel()
            if x.size == 2:
                return x, s.source
            names = self.features or []
            if x.size == len(names) and "x1" in names and "x2" in names:
                return x[[names.index("x1"), names.index("x2")]], s.source
        base = self.base
        if base is not None and base.x_val is not None and len(base.x_val):
            return np.asarray(base.x_val[0], np.float32), translate(
                "SpaceView", "validation set #0 (no sample chosen)"
            )
        if base is not None and len(base.x_train):
            return np.asarray(base.x_train[0], np.float32), translate(
                "SpaceView", "training set #0 (no sample chosen)"
            )
        return None, translate("SpaceView", "no sample")

    def redraw(self, model: Model, snapshot) -> None:
        if self.available:
            self._compute(model)
            self.draw()

    def _on_sample(self) -> None:
        if self.available and self.model is not None and not self.stale:  # stale: when shown
            self._compute(self.model)
            self.draw()

    # -- drawing -------------------------------------------------------------------

    def draw(self) -> None:
        self._picker_for = None  # the picker shows this layer's choice again
        self._draw_frame()
        self.updates += 1

    def _draw_frame(self, _value: int | None = None) -> None:
        if self.space is None:
            return
        f = self.frame = self.space.frame(self.position)
        gx, gy = flat_lines(f.grid)
        r = len(f.grid) // 2
        cut = r * (f.grid.shape[1] + 1)  # the vertical lines, each with its break
        self.grid_v.setData(gx[:cut], gy[:cut])
        self.grid_h.setData(gx[cut:], gy[cut:])
        for item, rows in zip(self.points, self.class_rows, strict=True):
            item.setData(f.points[rows, 0], f.points[rows, 1])
        x0, x1, y0, y1 = f.bounds
        ends = None
        if f.decision is not None:  # across a rectangle three times the view: past its edges
            w, h = x1 - x0, y1 - y0
            ends = f.decision.segment((x0 - w, x1 + w, y0 - h, y1 + h))
        if ends is not None:
            self.decision_line.setData(ends[:, 0], ends[:, 1])
        else:
            self.decision_line.setData([], [])
        if f.sample is not None:
            self.path.setData(f.trail[:, 0], f.trail[:, 1])
            self.sample_marker.setData([f.sample[0]], [f.sample[1]])
        else:
            for item in (self.path, self.sample_marker):
                item.setData([], [])
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._label(f)
        if self._current_layer() != self._picker_for:
            self._sync_picker()

    def _label(self, f: space.Frame) -> None:
        stages = self.space.stages
        a = stages[f.stage]
        total = len(stages)
        if f.t == 0.0:
            text = translate("SpaceView", "<b>{0}</b> — stage {1} of {2}: {3}.").format(
                a.title, f.stage + 1, total, engine_text(a.projection.describe())
            )
            if a.decision is not None:
                agree = self.space.agreement(f.stage)
                if a.decision.exact:
                    text += translate(
                        "SpaceView", " Dashed: the output's decision line, exact here"
                    )
                else:
                    text += translate(
                        "SpaceView",
                        " Dashed: where the output's decision hyperplane meets the shown plane"
                        " (through the data's mean)",
                    )
                if agree is not None:
                    text += translate(
                        "SpaceView", "; it puts {0:.1f} % of the points on their predicted side"
                    ).format(100 * agree)
                text += "."
        else:
            b = stages[f.stage + 1]
            text = (
                f"<b>{a.title}</b> → <b>{b.title}</b> ({100 * f.t:.0f} %): "
                f"{a.projection.describe()} → {b.projection.describe()}."
            )
            if a.units != b.units or not (a.projection.exact and b.projection.exact):
                text += translate("SpaceView", " Moving in the drawn 2D coordinates.")
        text += translate("SpaceView", " Sample: {0}.").format(self.sample_source)
        if text != self.stage_label.text():
            self.stage_label.setText(text)
        near = stages[min(round(self.position), total - 1)]
        names = self._axis_names(near)
        if names != self._axis_labels:
            self._axis_labels = names
            self.plot.setLabel("bottom", names[0])
            self.plot.setLabel("left", names[1])

    @staticmethod
    def _axis_names(stage: space.Stage) -> tuple[str, str]:
        v = stage.title.split(" ")[0]  # a¹, z²
        P = stage.projection
        if P.kind == "exact":
            unit = translate("SpaceView", "{0} unit {1}")
            return (unit.format(v, 0), unit.format(v, 1)) if stage.layer else ("x₁", "x₂")
        if P.kind == "line":
            return v, ""
        if P.kind == "units":
            unit = translate("SpaceView", "{0} unit {1}")
            return unit.format(v, P.units[0]), unit.format(v, P.units[1])
        if P.kind == "decision":
            return translate("SpaceView", "{0}: the direction the output reads").format(
                v
            ), translate("SpaceView", "{0}: principal component across it").format(v)
        return translate("SpaceView", "{0}: principal component 1").format(v), translate(
            "SpaceView", "{0}: principal component 2"
        ).format(v)

    # -- picking units of a wide layer -------------------------------------------------

    def _current_layer(self) -> tuple[int, int]:
        """(layer, units) of the stage nearest the slider."""
        stage = self.space.stages[min(round(self.position), len(self.space.stages) - 1)]
        return stage.layer, stage.units

    def _offers_direction(self, layer: int) -> bool:
        """Whether `layer` is the one the output reads (the last hidden layer, or the inputs
        of a network without one) and the output has a decision line there."""
        return any(
            s.layer == layer and s.kind in ("input", "a") and s.decision is not None
            for s in self.space.stages[:-2]
        )

    def _sync_picker(self) -> None:
        """Show the choice of the layer nearest the slider (disabled for 2 units or fewer)."""
        if self.space is None:
            return
        layer, m = self._picker_for = self._current_layer()
        wide = m > 2
        for w in (self.axes, self.unit_x, self.unit_y, self.pick_label):
            w.setEnabled(wide)
        pick = self.picks.get(layer)
        for w in (self.axes, self.unit_x, self.unit_y):
            w.blockSignals(True)
        offers = wide and self._offers_direction(layer)
        if offers and self.axes.count() == 2:
            self.axes.addItem(translate("SpaceView", DIRECTION))
        elif not offers and self.axes.count() == 3:
            self.axes.removeItem(2)
        self.axes.setCurrentIndex({None: 0, "decision": 2}.get(pick, 1))
        self.unit_x.setRange(0, max(0, m - 1))
        self.unit_y.setRange(0, max(0, m - 1))
        i, j = pick if isinstance(pick, tuple) else (0, 1)
        self.unit_x.setValue(i)
        self.unit_y.setValue(j)
        for w in (self.axes, self.unit_x, self.unit_y):
            w.blockSignals(False)
        self.unit_x.setVisible(isinstance(pick, tuple))
        self.unit_y.setVisible(isinstance(pick, tuple))
        tip = (
            ""
            if wide
            else translate("SpaceView", "This stage has at most 2 units: it is drawn exactly.")
        )
        self.pick_label.setToolTip(tip)

    def _on_pick(self, *_args) -> None:
        if self.space is None or self.model is None:
            return
        layer, m = self._current_layer()
        if m <= 2:
            return
        choice = self.axes.currentIndex()
        if choice == 0:
            self.picks.pop(layer, None)
        elif choice == 2:
            self.picks[layer] = "decision"
        else:
            i, j = self.unit_x.value(), self.unit_y.value()
            if i == j:  # two different units: move the other one along
                j = (i + 1) % m
                self.unit_y.blockSignals(True)
                self.unit_y.setValue(j)
                self.unit_y.blockSignals(False)
            self.picks[layer] = (i, j)
        self.unit_x.setVisible(choice == 1)
        self.unit_y.setVisible(choice == 1)
        self._compute(self.model)
        self.draw()

    # -- playing -------------------------------------------------------------------

    def _on_play(self, on: bool) -> None:
        if on:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(0)
            self._dwell = DWELL_TICKS
            self.play_button.setText(translate("SpaceView", "❚❚ Pause"))
            self.timer.start()
        else:
            self.timer.stop()
            self.play_button.setText(translate("SpaceView", "▶ Play"))

    def _tick(self) -> None:
        if self._dwell > 0:
            self._dwell -= 1
            return
        value = min(self.slider.value() + STEP_PER_TICK, self.slider.maximum())
        self.slider.setValue(value)
        if value >= self.slider.maximum():
            self.stop()
        elif value % STEPS == 0:
            self._dwell = DWELL_TICKS

    def stop(self) -> None:
        """Stop playing (the timer stops; the slider stays where it is)."""
        self.timer.stop()
        if self.play_button.isChecked():
            self.play_button.blockSignals(True)
            self.play_button.setChecked(False)
            self.play_button.blockSignals(False)
        self.play_button.setText(translate("SpaceView", "▶ Play"))

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.stop()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.stop()
        super().closeEvent(event)


Panel = SpaceView
