"""Loss and accuracy against epochs, live: per batch (fractional epochs) and per epoch.

Two pyqtgraph plots share the epoch axis: `lossPlot` (loss; log scale on request)
and `accuracyPlot` (accuracy in %). Each shows the training loss of every batch
(thin, optionally smoothed with an exponential moving average), the training
value over each whole epoch, and the validation value at each epoch's end.
The items are made once and updated with setData from each Snapshot; the batch
curves are peak-downsampled and clipped to the view, so 150k batches still draw
fast. Moving the mouse over either plot shows the values under the cursor.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from gui.colors import tick_text
from gui.i18n import translate
from gui.panels.common import ElidedLabel, PlotCanvas, Throttle, exposed

DOWNSAMPLE_FROM = 4000  # points per curve
SYMBOLS_UP_TO = 40  # epochs: beyond, the validation curves are plain dashed lines
TRAIN_COLOR = (31, 119, 180)
VAL_COLOR = (214, 39, 40)
BATCH_COLOR = (31, 119, 180, 90)


def ema(values: np.ndarray, alpha: float, start: float | None = None) -> np.ndarray:
    """Exponential moving average s_i = α·x_i + (1−α)·s_{i−1}, s_0 = x_0 (or `start`).

    values (n,) -> (n,). ema([1, 3], 0.5) -> [1, 2].
    """
    out = np.empty(len(values), dtype=float)
    s = values[0] if start is None and len(values) else start
    for i, x in enumerate(values):
        s = alpha * x + (1 - alpha) * s
        out[i] = s
    return out


def nice_ceiling(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k that is >= x. nice_ceiling(0.73) -> 1.0."""
    if not x > 0:
        return 1.0
    k = 10 ** np.floor(np.log10(x))
    for m in (1, 2, 2.5, 5, 10):
        if m * k >= x * (1 - 1e-12):
            return float(m * k)
    return float(10 * k)


class LossAxis(pg.AxisItem):
    """The loss axis. On a log scale it labels 1, 2, 5 × 10^k only (pyqtgraph labels every
    1…9 × 10^k, and within a decade those labels stacked on each other)."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 (pyqtgraph)
        if not (np.isfinite(minVal) and np.isfinite(maxVal)) or maxVal <= minVal:
            return []
        decades = np.arange(np.floor(minVal), np.ceil(maxVal) + 1)
        major = decades[(decades >= minVal) & (decades <= maxVal)].tolist()
        steps = np.log10([2.0, 5.0]) if maxVal - minVal < 2.5 and size > 80 else []
        minor = [v for d in decades for v in d + np.asarray(steps) if minVal <= v <= maxVal]
        if len(major) < 2 and size > 80 and maxVal - minVal < 1:  # within one decade
            minor = [
                v
                for d in decades
                for v in d + np.log10([2.0, 3.0, 5.0, 7.0])
                if minVal <= v <= maxVal
            ]
        return [(1.0, major), (None, minor)]

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        return [tick_text(float(10.0**v) * scale) for v in values]


class _Smoother:
    """Keeps the EMA of a growing series, computing it only for new points."""

    def __init__(self, alpha: float) -> None:
        self.alpha = alpha
        self.values = np.zeros(0)

    def update(self, series: np.ndarray) -> np.ndarray:
        n, m = len(series), len(self.values)
        if n < m:  # a new run: start over
            self.values, m = np.zeros(0), 0
        if n > m:
            start = self.values[-1] if m else None
            self.values = np.concatenate([self.values, ema(series[m:n], self.alpha, start)])
        return self.values


class LossPlot(QtWidgets.QWidget):
    """Loss and accuracy curves; built as LossPlot(workspace)."""

    def __init__(self, state, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossPlotPanel")
        self.state = state
        self._history: dict = {}
        self._loss_smoother = _Smoother(0.05)
        self._acc_smoother = _Smoother(0.05)
        self._x_right: float | None = None
        self._y_top: float | None = None
        self._downsampling = False
        self._epochs_drawn = -1
        self._user_view = False  # the user zoomed or panned: leave the epoch axis alone
        self._setting_range = False

        self.log_scale = QtWidgets.QCheckBox(translate("LossPlot", "Log scale"))
        self.log_scale.setObjectName("lossLogScale")
        self.log_scale.setToolTip(translate("LossPlot", "Show the loss on a logarithmic axis"))
        self.smooth = QtWidgets.QCheckBox(translate("LossPlot", "Smooth"))
        self.smooth.setObjectName("lossSmooth")
        self.smooth.setChecked(True)
        self.smooth.setToolTip(
            translate("LossPlot", "Exponential moving average of the per-batch curves (α = 0.05)")
        )
        # Never wider than the dock gives it: the readout is long (it used to widen the dock).
        self.readout = ElidedLabel(translate("LossPlot", "Train to see the loss fall"))
        self.readout.setObjectName("lossReadout")

        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.log_scale)
        bar.addWidget(self.smooth)
        bar.addSpacing(12)
        bar.addWidget(self.readout, 1)

        self.loss_plot = PlotCanvas(axisItems={"left": LossAxis("left")})
        self.loss_plot.setObjectName("lossPlot")
        self.acc_plot = PlotCanvas()
        self.acc_plot.setObjectName("accuracyPlot")
        self.acc_plot.setXLink(self.loss_plot)
        for plot, ylabel in (
            (self.loss_plot, translate("LossPlot", "loss")),
            (self.acc_plot, translate("LossPlot", "accuracy (%)")),
        ):
            plot.setBackground("w")
            item = plot.getPlotItem()
            item.showGrid(x=True, y=True, alpha=0.25)
            item.setLabel("bottom", translate("LossPlot", "epoch"))
            item.setLabel("left", ylabel)
            item.setClipToView(True)
            item.setDownsampling(auto=False, mode="peak")
            item.getAxis("left").enableAutoSIPrefix(False)
            for side in ("left", "bottom"):
                # An axis draws the grid too, so it covers the whole plot: without a cache
                # every new point would make it re-render its tick labels.
                item.getAxis(side).setCacheMode(
                    QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
                )
            if plot is self.loss_plot:  # one legend: the accuracy curves use the same colours
                item.addLegend(
                    offset=(-4, 4),
                    labelTextColor=(40, 40, 40),
                    labelTextSize="8pt",
                    brush=(255, 255, 255, 200),
                    verSpacing=-6,
                )
            plot.setMinimumHeight(90)
        self.acc_plot.setYRange(0, 100, padding=0.02)
        self.loss_plot.getPlotItem().enableAutoRange(x=False, y=False)
        for plot in (self.loss_plot, self.acc_plot):
            plot.getPlotItem().vb.sigRangeChangedManually.connect(self._on_manual_range)

        def curve(plot, name, color, width=2, style=QtCore.Qt.PenStyle.SolidLine, symbol=None):
            pen = pg.mkPen(color, width=width, style=style)
            kwargs = {"symbol": symbol, "symbolSize": 5, "symbolBrush": color} if symbol else {}
            return plot.plot([], [], pen=pen, name=name, connect="finite", **kwargs)

        self.batch_loss = curve(
            self.loss_plot, translate("LossPlot", "training (batch)"), BATCH_COLOR, 1
        )
        self.train_loss = curve(
            self.loss_plot, translate("LossPlot", "training (epoch)"), TRAIN_COLOR, 2
        )
        self.val_loss = curve(
            self.loss_plot,
            translate("LossPlot", "validation"),
            VAL_COLOR,
            2,
            QtCore.Qt.PenStyle.DashLine,
            "o",
        )
        self.batch_acc = curve(
            self.acc_plot, translate("LossPlot", "training, per batch"), BATCH_COLOR, 1
        )
        self.train_acc = curve(
            self.acc_plot, translate("LossPlot", "training, per epoch"), TRAIN_COLOR, 2
        )
        self.val_acc = curve(
            self.acc_plot,
            translate("LossPlot", "validation"),
            VAL_COLOR,
            2,
            QtCore.Qt.PenStyle.DashLine,
            "o",
        )
        self.cursor_lines = []
        for plot in (self.loss_plot, self.acc_plot):
            line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen((120, 120, 120), width=1))
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self.cursor_lines.append(line)
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_mouse_moved(p, pos))

        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        split.addWidget(self.loss_plot)
        split.addWidget(self.acc_plot)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.log_scale.toggled.connect(self._on_log_scale)
        self.smooth.toggled.connect(lambda _on: self.redraw())
        self._cost = 0.0  # seconds: the last redraw during training and its painting
        self._redraw_timer = QtCore.QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.timeout.connect(self._timed_redraw)
        self._awaiting_paint = False
        for plot in (self.loss_plot, self.acc_plot):
            plot.painted.connect(self._on_painted)
        state.snapshotReady.connect(self.show_history)
        state.modelChanged.connect(self._on_model_changed)

    # -- drawing ---------------------------------------------------------------------

    def show_history(self, snapshot) -> None:
        """Draw the history of a Snapshot (or any object with a `history` dict)."""
        had = len(self._history.get("batch_epoch", ()))
        self._history = snapshot.history if snapshot is not None else {}
        if self.state.training:
            # Drawn in an event-loop iteration of its own (the snapshot's handler stays
            # short), at once; the throttled panels wait for it and its painting.
            Throttle.book(self._cost)
            if not self._redraw_timer.isActive():
                self._redraw_timer.start(0)
        else:
            self._redraw_timer.stop()
            self._timed_redraw()
        if not had and not any(line.isVisible() for line in self.cursor_lines):
            self.readout.setText(self._hint())

    def _timed_redraw(self) -> None:
        """redraw(full=False), keeping what it and the painting of the last one cost."""
        painting = self.loss_plot.paint_seconds + self.acc_plot.paint_seconds
        t0 = time.perf_counter()
        self.redraw(full=False)
        self._cost = time.perf_counter() - t0 + painting
        if exposed(self):  # the throttled panels wait until this is painted
            self._awaiting_paint = True
            Throttle.hold()

    def _on_painted(self) -> None:
        if self._awaiting_paint:
            self._awaiting_paint = False
            Throttle.release()

    def set_history(self, history: dict) -> None:
        """Draw a history dict of lists or arrays (e.g. from a model file)."""
        self._history = {k: np.asarray(v, dtype=float) for k, v in history.items()}
        self._fit_x(force=True)
        self.redraw()
        self.readout.setText(self._hint())

    def redraw(self, full: bool = True) -> None:
        """Give the curves the current history; full=False skips unchanged epoch curves."""
        h = self._history

        def get(key):
            v = h.get(key)
            return np.zeros(0) if v is None else v

        regression = "rmse" in h  # the right plot shows RMSE instead of accuracy
        self._show_regression(regression)
        be, bl, ba = get("batch_epoch"), get("batch_loss"), get("batch_accuracy")
        if regression:  # one number per sample, L = ½ mean (ŷ − y)²: RMSE = √(2L)
            ba = np.sqrt(2 * np.clip(bl, 0, None))
        n = min(len(be), len(bl), len(ba))
        be, bl, ba = be[:n], bl[:n], ba[:n]
        if self.smooth.isChecked() and n:
            bl = self._loss_smoother.update(bl)
            ba = self._acc_smoother.update(ba)
        self._downsample(n > DOWNSAMPLE_FROM)
        self.batch_loss.setData(be, self._positive(bl))
        self.batch_acc.setData(be, ba if regression else 100 * ba)
        self._fit_x()
        self._fit_loss_y(bl, get("loss"), get("val_loss"))
        ep = get("epoch")
        if not full and len(ep) == self._epochs_drawn:
            return  # the per-epoch curves only change at an epoch's end
        self._epochs_drawn = len(ep)
        symbol = "o" if len(ep) <= SYMBOLS_UP_TO else None
        if symbol != self.val_loss.opts["symbol"]:
            self.val_loss.setSymbol(symbol)
            self.val_acc.setSymbol(symbol)
        for key, curve, scale in (
            ("loss", self.train_loss, 1),
            ("val_loss", self.val_loss, 1),
            ("rmse" if regression else "accuracy", self.train_acc, 1 if regression else 100),
            ("val_rmse" if regression else "val_accuracy", self.val_acc, 1 if regression else 100),
        ):
            y = get(key)
            m = min(len(ep), len(y))
            y = scale * y[:m] if scale != 1 else self._positive(y[:m])
            curve.setData(ep[:m], y)

    def _show_regression(self, on: bool) -> None:
        """The right plot reads RMSE (auto-ranged) for regression, accuracy in % otherwise."""
        if on == getattr(self, "_regression", False):
            return
        self._regression = on
        item = self.acc_plot.getPlotItem()
        item.setLabel(
            "left", translate("LossPlot", "RMSE") if on else translate("LossPlot", "accuracy (%)")
        )
        if on:
            item.enableAutoRange(y=True)
        else:
            self.acc_plot.setYRange(0, 100, padding=0.02)

    def _downsample(self, on: bool) -> None:
        """Peak-downsample long curves; short ones are drawn point by point (pyqtgraph's
        automatic factor can drop the first few points entirely)."""
        if on != self._downsampling:
            self._downsampling = on
            for plot in (self.loss_plot, self.acc_plot):
                plot.getPlotItem().setDownsampling(auto=on, mode="peak")

    def planned_epochs(self) -> float:
        config = self.state.config
        return float(config.epochs) if config is not None else 1.0

    def _fit_x(self, force: bool = False) -> None:
        """Show epochs 0..a round number ahead of training, at most the planned epochs.

        The right end grows in round steps (1, 2, 2.5, 5, 10, 20, ...), so the epoch axis
        is redrawn a few times per run rather than with every batch; once the user zooms
        or pans, the view is theirs.
        """
        be = self._history.get("batch_epoch")
        last = float(be[-1]) if be is not None and len(be) else 0.0
        planned = self.planned_epochs()
        right = nice_ceiling(max(1.25 * last, 1.0))
        if last <= planned:
            right = min(right, planned)
        if force:
            self._user_view = False
            self._y_top = None
        if self._user_view or right == self._x_right:
            return
        self._x_right = right
        self._setting_range = True
        self.loss_plot.setXRange(0, right, padding=0.02)
        self._setting_range = False

    def _fit_loss_y(self, *series: np.ndarray) -> None:
        """Loss axis from 0 to a round number above the highest loss (linear scale).

        It changes only when the curves outgrow it or shrink below a third of it, so the
        axis labels are not redrawn with every batch. On a log axis pyqtgraph autoscales.
        """
        if self._user_view or self.log_scale.isChecked():
            return
        finite = [float(np.nanmax(v)) for v in series if len(v) and np.isfinite(v).any()]
        if not finite:
            return
        top = max(finite)
        if self._y_top is not None and top / 3 <= self._y_top and top <= self._y_top:
            return
        self._y_top = nice_ceiling(top)
        self._setting_range = True
        self.loss_plot.setYRange(0, self._y_top, padding=0.02)
        self._setting_range = False

    def _on_manual_range(self, *_args) -> None:
        if not self._setting_range:
            self._user_view = True

    def _positive(self, y: np.ndarray) -> np.ndarray:
        """On a log axis a zero loss has no place: show it as a gap instead of an error."""
        if not self.log_scale.isChecked() or not len(y):
            return y
        return np.where(y > 0, y, np.nan)

    def _on_log_scale(self, on: bool) -> None:
        item = self.loss_plot.getPlotItem()
        item.setLogMode(y=on)
        self._y_top = None
        if on:
            item.enableAutoRange(y=True)
        self.redraw()

    def _on_model_changed(self) -> None:
        self._loss_smoother = _Smoother(0.05)
        self._acc_smoother = _Smoother(0.05)
        self._history = {}
        self._x_right = None
        self._y_top = None
        self._user_view = False
        self.redraw()
        self.readout.setText(self._hint())

    # -- crosshair readout ---------------------------------------------------------------

    def _on_mouse_moved(self, plot: pg.PlotWidget, pos) -> None:
        vb = plot.getPlotItem().vb
        if not plot.sceneBoundingRect().contains(pos) and not vb.sceneBoundingRect().contains(pos):
            return
        x = vb.mapSceneToView(pos).x()
        self.show_readout(x)

    def show_readout(self, epoch: float) -> None:
        """Show the values nearest to `epoch` and place the cursor lines there."""
        for line in self.cursor_lines:
            line.setPos(epoch)
            line.setVisible(True)
        self.readout.setText(self.readout_text(epoch))

    def _hint(self) -> str:
        if len(self._history.get("batch_epoch", ())):
            return translate("LossPlot", "Point at the curves to read their values")
        return translate("LossPlot", "Train to see the loss fall")

    def readout_text(self, epoch: float) -> str:
        h = self._history
        parts = [translate("LossPlot", "epoch {0:.2f}").format(epoch)]
        be = h.get("batch_epoch")
        if be is not None and len(be):
            i = int(np.clip(np.searchsorted(be, epoch), 0, len(be) - 1))
            loss = h["batch_loss"][i]
            parts.append(translate("LossPlot", "batch loss {0:.4g}").format(loss))
            if "rmse" in h:
                rmse = np.sqrt(2 * max(loss, 0))
                parts.append(translate("LossPlot", "batch RMSE {0:.4g}").format(rmse))
            else:
                accuracy = 100 * h["batch_accuracy"][i]
                parts.append(translate("LossPlot", "batch accuracy {0:.1f}%").format(accuracy))
        ep = h.get("epoch")
        if ep is not None and len(ep):
            j = int(np.clip(np.searchsorted(ep, epoch), 0, len(ep) - 1))
            last = (
                ("val_rmse", translate("LossPlot", "val. RMSE"))
                if "rmse" in h
                else ("val_accuracy", translate("LossPlot", "val. acc."))
            )
            for key, label in (("val_loss", translate("LossPlot", "validation loss")), last):
                v = h.get(key)
                if v is not None and len(v) > j and np.isfinite(v[j]):
                    text = f"{100 * v[j]:.1f}%" if key == "val_accuracy" else f"{v[j]:.4g}"
                    parts.append(
                        translate("LossPlot", "{0} {1} (end of epoch {2})").format(
                            label, text, int(ep[j])
                        )
                    )
        if len(parts) == 1:
            return self._hint()
        return " · ".join(parts)
