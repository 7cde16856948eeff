"""Loss landscape: the loss over a plane of weight space through the current weights.

A heat map of L(α, β) = loss(θ + α·d₁ + β·d₂) with contour lines, and the training
trajectory drawn on it (where it came from, and the current weights at the centre).
The directions are two random ones scaled to each unit's weights (filter
normalisation, Li et al. 2018) or the first two principal directions of the
trajectory so far; the panel says which, and on which data the loss is measured (for
MNIST a random subsample of the training set).

The grid is computed by engine.teach.landscape in a background thread, coarse first
(5×5, 9×9, 17×17, ...), each finer grid drawn as it arrives; the contour lines are
traced there too, so the GUI thread only draws. It is computed when the panel is
shown, when Recompute is pressed, and (with "Recompute when training pauses") when
training pauses or stops. While training runs, the new weights are projected onto the
plane in place: the trajectory grows on the landscape it started from.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from engine.data.dataset import encode_targets
from engine.nn.network import Network
from engine.teach import landscape
from gui import colors
from gui.i18n import dataset_name, engine_text, translate
from gui.panels.common import Canvas, LivePanel, Model, current_model, dock_of, exposed
from gui.stream import Stream

RESOLUTIONS = (17, 33, 65)
MAX_SAMPLES = 1000  # a larger training set is measured on this many of its samples
MAX_TRAJECTORY = 400  # points kept; beyond, every other one is dropped
CONTOURS = 8
LANDSCAPE_MAP = pg.colormap.get("viridis")
LANDSCAPE_LUT = LANDSCAPE_MAP.getLookupTable(0.0, 1.0, 255, alpha=False)


def contour_levels(loss: np.ndarray, k: int = CONTOURS) -> np.ndarray:
    """k levels at evenly spaced quantiles of log(loss): the low valley gets as many
    lines as the high walls."""
    v = loss[np.isfinite(loss)]
    if v.size == 0 or np.ptp(v) == 0:
        return np.array([])
    return np.unique(np.quantile(v, np.linspace(0.04, 0.9, k)))


def contour_segments(values: np.ndarray, xs: np.ndarray, ys: np.ndarray, levels) -> np.ndarray:
    """The contour lines of values (r_y, r_x) at `levels` as line segments (m, 2, 2): each
    segment's two (x, y) ends, with values[i, j] at (xs[j], ys[i]).

    Marching squares, vectorised over every cell: a level crosses a cell's edge where one
    end is above it and the other not (at the linearly interpolated point); a cell crossed
    on two edges gets one segment, on four (a saddle) two, paired by the cell's mean.
    Pure NumPy, no Python loop over cells: it runs in the background thread without
    holding Python's lock for long.
    """
    v = np.asarray(values, np.float64)
    a, b, c, d = v[:-1, :-1], v[:-1, 1:], v[1:, 1:], v[1:, :-1]  # corners: bl, br, tr, tl
    x0, x1 = xs[None, :-1], xs[None, 1:]
    y0, y1 = ys[:-1, None], ys[1:, None]
    shape = a.shape
    out = []
    for level in levels:
        with np.errstate(divide="ignore", invalid="ignore"):
            edges = [  # bottom, right, top, left: (crossed, x, y)
                (a > level, b > level, x0 + (level - a) / (b - a) * (x1 - x0), y0),
                (b > level, c > level, x1, y0 + (level - b) / (c - b) * (y1 - y0)),
                (d > level, c > level, x0 + (level - d) / (c - d) * (x1 - x0), y1),
                (a > level, d > level, x0, y0 + (level - a) / (d - a) * (y1 - y0)),
            ]
        crossed = np.stack([p != q for p, q, _, _ in edges], axis=-1)  # (..., 4)
        points = np.stack(
            [
                np.stack([np.broadcast_to(x, shape), np.broadcast_to(y, shape)], axis=-1)
                for _, _, x, y in edges
            ],
            axis=-2,
        )  # (..., 4, 2)
        n = crossed.sum(axis=-1)
        two = n == 2
        out.append(points[two][crossed[two]].reshape(-1, 2, 2))
        four = n == 4
        if four.any():
            p = points[four]
            same = ((a + b + c + d)[four] / 4 > level) == (a[four] > level)
            first = np.where(same[:, None, None], p[:, [0, 1]], p[:, [0, 3]])
            second = np.where(same[:, None, None], p[:, [2, 3]], p[:, [2, 1]])
            out += [first, second]
    return np.concatenate(out) if out else np.zeros((0, 2, 2))


class Contour(pg.IsocurveItem):
    """An IsocurveItem drawing contour segments traced elsewhere (`contour_segments`, in the
    background thread): the GUI thread only turns them into one path, never traces."""

    def set_segments(self, segments: np.ndarray) -> None:
        if len(segments):
            x, y = segments[:, :, 0].ravel(), segments[:, :, 1].ravel()
            path = pg.functions.arrayToQPath(x, y, connect="pairs")
        else:
            path = QtGui.QPainterPath()
        self.data = segments  # what IsocurveItem checks before painting
        self.prepareGeometryChange()
        self.path = path
        self.update()

    def generatePath(self) -> None:  # noqa: N802 (pyqtgraph's name)
        if self.path is None:
            self.path = QtGui.QPainterPath()


class LossLandscape(LivePanel):
    """Panel `lossLandscape`: L(α, β) around the current weights, and the trajectory."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "lossLandscape", parent)
        self.stream: Stream | None = None
        self.grid: landscape.Grid | None = None
        self.directions: landscape.Directions | None = None
        self.centre: np.ndarray | None = None
        self.trajectory: list[np.ndarray] = []
        self.coords = np.zeros((0, 2))
        self._pinv: np.ndarray | None = None  # (2, P): θ − centre -> (α, β)
        self.data_text = ""
        self.dirty = True
        self._dock_watched = False  # its dock's visibilityChanged is connected (showEvent)
        self.drawn: list[int] = []  # the resolutions drawn since the last recompute
        self._target = 0  # the resolution being computed
        self._view: tuple | None = None  # the plot's range (α and β from, to)

        self.directions_box = QtWidgets.QComboBox()
        self.directions_box.setObjectName("landscapeDirections")
        self.directions_box.addItem(
            translate("LossLandscape", "random directions (filter-normalised)"),
            "random",
        )
        self.directions_box.addItem(
            translate("LossLandscape", "principal directions of the trajectory"),
            "pca",
        )
        self.resolution_box = QtWidgets.QComboBox()
        self.resolution_box.setObjectName("landscapeResolution")
        for r in RESOLUTIONS:
            self.resolution_box.addItem(f"{r} × {r}", r)
        self.resolution_box.setCurrentIndex(1)
        self.recompute_button = QtWidgets.QPushButton(translate("LossLandscape", "Recompute"))
        self.recompute_button.setObjectName("landscapeRecompute")
        self.recompute_button.setToolTip(
            translate("LossLandscape", "Centre the plane on the current weights again")
        )
        self.follow_box = QtWidgets.QCheckBox(
            translate("LossLandscape", "Recompute when training pauses")
        )
        self.follow_box.setChecked(True)
        # two rows, the long choices eliding: the panel fits a laptop's right-hand dock
        self.directions_box.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.directions_box.setMinimumContentsLength(16)
        top = QtWidgets.QGridLayout()
        top.addWidget(self.directions_box, 0, 0, 1, 2)
        top.addWidget(self.resolution_box, 0, 2)
        top.addWidget(self.recompute_button, 1, 0)
        top.addWidget(self.follow_box, 1, 1, 1, 2)
        top.setColumnStretch(1, 1)

        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.plot = self.canvas.addPlot(row=0, col=0)
        colors.style_plot(self.plot, still=True)
        self.plot.setLabel("bottom", translate("LossLandscape", "α (first direction)"))
        self.plot.setLabel("left", translate("LossLandscape", "β (second direction)"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(LANDSCAPE_LUT)
        self.plot.addItem(self.image)
        self.contours = Contour(pen=pg.mkPen((255, 255, 255, 170), width=1))
        self.plot.addItem(self.contours)
        self.path = pg.PlotDataItem(
            pen=pg.mkPen((250, 90, 40), width=2),
            symbol="o",
            symbolSize=4,
            symbolBrush=(250, 90, 40),
            symbolPen=None,
        )
        self.plot.addItem(self.path)
        self.start_marker = pg.ScatterPlotItem(
            size=11, symbol="s", brush=pg.mkBrush(255, 255, 255), pen=pg.mkPen("k", width=1.5)
        )
        self.now_marker = pg.ScatterPlotItem(
            size=16, symbol="star", brush=pg.mkBrush(255, 60, 30), pen=pg.mkPen("k", width=1)
        )
        self.plot.addItem(self.start_marker)
        self.plot.addItem(self.now_marker)
        self.bar = pg.ColorBarItem(
            values=(0, 1), colorMap=LANDSCAPE_MAP, interactive=False, width=14, pen="k"
        )
        self.bar.axis.setTextPen(pg.mkPen(colors.FOREGROUND))
        self.bar.axis.enableAutoSIPrefix(False)  # log₁₀ loss as it is, never "(x0.001)"
        for side in ("left", "bottom", "right", "top"):  # painted from pixmaps (colors.py)
            colors.cache_axis(self.bar.getAxis(side))
        colors.set_bar_label(self.bar, translate("LossLandscape", "log₁₀ loss"))
        self.canvas.addItem(self.bar, row=0, col=1)

        self.about = QtWidgets.QLabel("")
        self.about.setObjectName("landscapeAbout")
        self.about.setWordWrap(True)
        self.status = QtWidgets.QLabel(" ")
        self.status.setObjectName("landscapeStatus")
        self.status.setWordWrap(True)
        # room for three lines of text each, so that a new text never resizes the canvas
        # (which would repaint all of it while the background thread competes for Python)
        line = self.fontMetrics().lineSpacing()
        self.about.setFixedHeight(4 * line + 4)
        self.status.setFixedHeight(2 * line + 4)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)

        self.directions_box.currentIndexChanged.connect(self.recompute)
        self.resolution_box.currentIndexChanged.connect(self.recompute)
        self.recompute_button.clicked.connect(self.recompute)
        self.follow(budget=0.05)
        for name, slot in (
            ("trainingChanged", self._on_training),
            ("weightsChanged", self._on_weights),
        ):
            signal = getattr(state, name, None)
            if signal is not None:
                signal.connect(slot)
        self.rebuild()

    # -- what is drawn on -----------------------------------------------------------------

    def _network(self, model: Model) -> Network | None:
        net = self.state.network
        if net is None:
            return None
        weights = [np.array(W) for W in model.weights]
        biases = [np.array(b) for b in model.biases]
        return Network(model.sizes, model.activations, net.loss, weights, biases)

    def _data(self, network: Network):
        ds = self.state.dataset
        if ds is None or ds.n_inputs != network.sizes[0]:
            return None
        X = np.asarray(ds.x_train, network.dtype)
        Y = encode_targets(ds.y_train, network.sizes[-1], network.dtype)
        X, Y, text = landscape.subsample(X, Y, MAX_SAMPLES if len(X) > 2 * MAX_SAMPLES else None)
        return X, Y, f"{dataset_name(ds.name)}: {engine_text(text)}"

    # -- LivePanel ------------------------------------------------------------------------

    def rebuild(self, model: Model | None = None) -> None:
        self.model = model or current_model(self.state)
        self.stop()
        self.grid = None
        self.directions = None
        self._pinv = None
        self.trajectory = []
        self.coords = np.zeros((0, 2))
        self.image.clear()
        self.contours.set_segments(np.zeros((0, 2, 2)))
        self.path.setData([], [])
        self.start_marker.setData([], [])
        self.now_marker.setData([], [])
        if self.model is None:
            self.about.setText(translate("LossLandscape", "No network yet."))
            return
        self.about.setText("")  # what the plane is, once it is computed (when shown)
        self._add_point(self.model)
        self.dirty = True
        if exposed(self):
            self.recompute()

    def redraw(self, model: Model, snapshot) -> None:
        self._add_point(model)
        self._draw_trajectory()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        dock = dock_of(self)
        if dock is not None and not self._dock_watched:
            # a tab brought to the front gets no showEvent (behind, it was "visible" to
            # Qt): its dock says so, and the landscape is computed then
            self._dock_watched = True
            dock.visibilityChanged.connect(self._on_dock_shown)
        self._on_dock_shown(True)

    def _on_dock_shown(self, visible: bool) -> None:
        if visible and self.dirty and self.stream is None:
            QtCore.QTimer.singleShot(0, self, self._recompute_if_dirty)

    def _fit_about(self) -> None:
        """The explanation gets the height its text needs at the panel's width (at least
        four lines): set only when the text or the width changes, so a new grid never
        resizes the canvas while the background thread computes."""
        lines = 4 * self.fontMetrics().lineSpacing() + 4
        self.about.setFixedHeight(max(lines, self.about.heightForWidth(self.about.width())))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_about()

    def _recompute_if_dirty(self) -> None:
        if self.dirty and exposed(self):
            self.recompute()

    def _on_training(self, state: str, _reason: str = "") -> None:
        if state in ("paused", "stopped", "ready") and self.follow_box.isChecked():
            self.dirty = True
            self._recompute_if_dirty()

    def _on_weights(self, _cause: str = "") -> None:
        model = current_model(self.state)
        if model is not None and self.model is not None and model.sizes == self.model.sizes:
            self._add_point(model)
            self._draw_trajectory()

    # -- the trajectory -------------------------------------------------------------------

    def _add_point(self, model: Model) -> None:
        theta = landscape.flatten(model.weights, model.biases).astype(np.float64)
        if self.trajectory and np.array_equal(theta, self.trajectory[-1]):
            return
        self.trajectory.append(theta)
        if len(self.trajectory) > MAX_TRAJECTORY:  # keep the first and last, thin the rest
            self.trajectory = self.trajectory[:1] + self.trajectory[2:-1:2] + self.trajectory[-1:]
            self.coords = self._project(np.array(self.trajectory))
        elif self._pinv is not None:
            self.coords = np.vstack([self.coords, self._project(theta[None, :])])

    def _project(self, points: np.ndarray) -> np.ndarray:
        if self._pinv is None:
            return np.zeros((0, 2))
        return (points - self.centre) @ self._pinv.T

    def _draw_trajectory(self) -> None:
        c = self.coords
        if len(c) == 0:
            self.path.setData([], [])
            self.start_marker.setData([], [])
            self.now_marker.setData([], [])
            return
        self.path.setData(c[:, 0], c[:, 1])
        self.start_marker.setData([c[0, 0]], [c[0, 1]])
        self.now_marker.setData([c[-1, 0]], [c[-1, 1]])

    # -- computing ------------------------------------------------------------------------

    @property
    def computing(self) -> bool:
        return self.stream is not None

    def stop(self) -> None:
        if self.stream is not None:
            stream, self.stream = self.stream, None
            stream.latest.disconnect()
            stream.done.disconnect()
            stream.finish()

    def shutdown(self) -> None:
        """Stop the background computation and join its thread (the window closes)."""
        self.stop()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.stop()
        super().closeEvent(event)

    def recompute(self, *_args) -> None:
        """Compute the landscape around the current weights again (in the background)."""
        self.stop()
        model = current_model(self.state)
        if model is None:
            return
        if self.model is None or model.sizes != self.model.sizes:
            self.rebuild(model)
            return
        self.model = model
        self._add_point(model)
        network = self._network(model)
        data = self._data(network) if network is not None else None
        if data is None:
            self.about.setText(
                translate(
                    "LossLandscape", "The loss landscape needs a network that fits the dataset."
                )
            )
            return
        X, Y, self.data_text = data
        kind = self.directions_box.currentData()
        resolution = self._target = int(self.resolution_box.currentData())
        trajectory = np.array(self.trajectory)
        centre = network.flat_params().astype(np.float64)
        self.dirty = False

        def work(stop):
            if kind == "pca":
                directions = landscape.pca_directions(trajectory, centre)
                coords = landscape.project(trajectory, centre, directions)
                span = landscape.trajectory_span(coords)
            else:
                directions = landscape.random_directions(network, seed=0)
                span = (1.0, 1.0)
            for grid in landscape.refine(
                network, X, Y, directions, resolution, span, centre, should_stop=stop
            ):
                log_loss = np.log10(np.maximum(grid.loss, 1e-12))
                levels = contour_levels(log_loss)
                lines = contour_segments(log_loss, grid.alphas, grid.betas, levels)
                yield grid, directions, centre, log_loss, levels, lines

        self.drawn = []
        self.status.setText(
            translate("LossLandscape", "computing the {0} × {1} grid (coarse first)…").format(
                resolution, resolution
            )
        )
        self.stream = Stream(work, "lossLandscape")
        self.stream.latest.connect(self._on_grid)
        self.stream.done.connect(self._on_done)
        self.stream.start()

    def _on_grid(self, item) -> None:
        grid, directions, centre, log_loss, levels, lines = item
        if self.directions is not directions:  # the first grid on a new plane
            self.directions, self.centre = directions, centre
            self._pinv = np.linalg.pinv(np.column_stack([directions.d1, directions.d2]))
            self.coords = self._project(np.array(self.trajectory))
        self.grid = grid
        self._draw_grid(grid, log_loss, levels, lines)
        self._draw_trajectory()
        about = translate(
            "LossLandscape",
            "Directions: {0}. Loss on {1}. ■ start, ★ the weights now; (0, 0): the weights "
            "the plane was computed at.",
        ).format(engine_text(directions.description), self.data_text) + (
            translate(
                "LossLandscape",
                " The trajectory lies mostly off a random plane: drawn is its shadow.",
            )
            if directions.kind == "random"
            else ""
        )
        if about != self.about.text():
            self.about.setText(about)
            self._fit_about()
        c = grid.resolution // 2
        self.status.setText(
            translate(
                "LossLandscape",
                "{0} × {1} grid, {2:.2f} s; loss at the centre {3:.4g} (the network's own "
                "{4:.4g}), lowest {5:.4g}, highest {6:.4g}",
            ).format(
                grid.resolution,
                grid.resolution,
                grid.seconds,
                grid.loss[c, c],
                grid.centre_loss,
                np.nanmin(grid.loss),
                np.nanmax(grid.loss),
            )
        )
        self.drawn.append(grid.resolution)

    def _draw_grid(self, grid, log_loss, levels, lines) -> None:
        a, b = grid.alphas, grid.betas
        lo, hi = float(np.nanmin(log_loss)), float(np.nanmax(log_loss))
        hi = hi if hi > lo else lo + 1e-6
        self.image.setImage(
            np.ascontiguousarray(log_loss, dtype=np.float32), levels=(lo, hi), autoLevels=False
        )
        da, db = a[1] - a[0], b[1] - b[0]
        self.image.setRect(
            QtCore.QRectF(a[0] - da / 2, b[0] - db / 2, a[-1] - a[0] + da, b[-1] - b[0] + db)
        )
        self.contours.set_segments(lines)
        # Axes and the colour bar re-render their ticks when their range changes: only
        # when the plane changes, and the bar once the finest grid is in.
        view = (float(a[0]), float(a[-1]), float(b[0]), float(b[-1]))
        if view != self._view:
            self._view = view
            self.plot.setRange(xRange=view[:2], yRange=view[2:], padding=0)
        if grid.resolution == self._target:
            self.bar.setLevels((lo, hi))

    def _on_done(self, error: str) -> None:
        self.stream = None
        if error:
            self.status.setText(translate("LossLandscape", "Not computed: {0}").format(error))


Panel = LossLandscape
