"""Gradient flow: how strongly each layer learns, over time, on a log scale.

Top: ‖∂L/∂W‖ of each layer. Bottom: ‖ΔW‖ / ‖W‖, the size of each update relative to
the weights (about 1e-3 is healthy; far smaller means the layer hardly learns). Thin
lines follow the batches (as sampled by the snapshots), dots the epoch means of the
trainer's history. In a deep sigmoid network the first layers' lines sit orders of
magnitude below the last one: vanishing gradients, visible.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from engine.teach import figures
from gui import colors
from gui.i18n import translate
from gui.panels.common import Canvas, LivePanel, current_model, layer_name

MAX_POINTS = 4000
STEPS = np.log10([1.0, 2.0, 5.0])


class DecadeAxis(pg.AxisItem):
    """An axis for log10 values that labels 1, 2, 5 × 10^k as plain numbers (0.002, 0.05, 1)."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph's names)
        if not (np.isfinite(minVal) and np.isfinite(maxVal)) or maxVal <= minVal:
            return []
        decades = np.arange(np.floor(minVal), np.ceil(maxVal) + 1)
        major = decades[(decades >= minVal) & (decades <= maxVal)]
        candidates = (decades[:, None] + STEPS[1:]).ravel()
        minor = candidates[(candidates >= minVal) & (candidates <= maxVal)]
        if len(major) >= 3 or size < 50:  # plenty of decades (or little room): 10^k only
            return [(1.0, major.tolist())]
        return [(1.0, major.tolist()), (0.5, minor.tolist())]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        return [f"{10.0**v:.3g}" for v in values]


def _log10(values: np.ndarray) -> np.ndarray:
    """log10 of the values, drawn on a DecadeAxis (zero, negative or NaN values: a gap)."""
    v = np.asarray(values, dtype=float)
    ok = np.isfinite(v) & (v > 0)
    return np.log10(np.where(ok, v, 1.0), where=ok, out=np.full(v.shape, np.nan))


class GradientFlow(LivePanel):
    """Panel `gradientFlow`: per-layer gradient norm and update/weight ratio vs epoch."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "gradientFlow", parent)
        self.sizes: list[int] | None = None
        self.updates = 0
        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.grad_plot = self.canvas.addPlot(row=0, col=0, axisItems={"left": DecadeAxis("left")})
        self.ratio_plot = self.canvas.addPlot(row=1, col=0, axisItems={"left": DecadeAxis("left")})
        self.side_by_side = False
        for plot, title, ylabel in (
            (self.grad_plot, translate("GradientFlow", "gradient norm per layer"), "‖∂L/∂W‖"),
            (
                self.ratio_plot,
                translate("GradientFlow", "update size relative to the weights"),
                "‖ΔW‖ / ‖W‖",
            ),
        ):
            colors.style_plot(plot)
            plot.setTitle(title, size="9pt")
            plot.setLabel("left", ylabel)
            plot.setLabel("bottom", translate("GradientFlow", "epoch"))
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMenuEnabled(False)
        self.ratio_plot.setXLink(self.grad_plot)
        self.canvas.setMinimumHeight(160)
        # The layers' colours are named under the plots: a legend inside a plot covered the
        # lines and was cut off in a small dock.
        self.legend = QtWidgets.QLabel()
        self.legend.setObjectName("gradientFlowLegend")
        self.legend.setWordWrap(True)
        self.note = QtWidgets.QLabel(
            translate(
                "GradientFlow",
                "Thin lines: batches (sampled); dots: epoch means. Log scale (ticks at 1, 2, 5 × "
                "10ᵏ).",
            )
        )
        self.note.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)
        self.batch_curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.epoch_curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self._x: list[float] = []
        self._grads: list[list[float]] = []
        self._ratios: list[list[float]] = []
        self._samples_seen = -1
        self.follow(budget=0.1)
        self.rebuild()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Wide (a bottom dock): the two plots side by side; tall: one above the other."""
        super().resizeEvent(event)
        wide = self.width() > 1.6 * self.height()
        if wide != self.side_by_side:
            self.side_by_side = wide
            self.canvas.ci.removeItem(self.ratio_plot)
            if wide:
                self.canvas.ci.addItem(self.ratio_plot, row=0, col=1)
            else:
                self.canvas.ci.addItem(self.ratio_plot, row=1, col=0)

    def rebuild(self, sizes: list[int] | None = None) -> None:
        model = current_model(self.state)
        self.sizes = sizes or (model.sizes if model is not None else None)
        for batch, epoch in self.batch_curves + self.epoch_curves:
            for plot, item in ((self.grad_plot, batch), (self.ratio_plot, epoch)):
                plot.removeItem(item)
        self.legend.clear()
        self.batch_curves, self.epoch_curves = [], []
        self._x, self._grads, self._ratios = [], [], []
        self._samples_seen = -1
        if self.sizes is None:
            return
        L = len(self.sizes) - 1
        self.legend.setText(
            "&nbsp;&nbsp;".join(
                colors.swatch_html(
                    tuple(int(c) for c in colors.CLASS_COLORS[l % len(colors.CLASS_COLORS)]),
                    f"W{l + 1} ({layer_name(l + 1, L)})",
                )
                for l in range(L)
            )
        )
        for l in range(L):
            color = colors.class_color(l)
            name = f"W{l + 1} ({layer_name(l + 1, L)})"
            thin = pg.mkPen(color, width=1)
            pair = []
            for plot in (self.grad_plot, self.ratio_plot):
                curve = plot.plot([], [], pen=thin, name=name if plot is self.grad_plot else None)
                curve.setDownsampling(auto=True, method="peak")
                curve.setClipToView(True)
                pair.append(curve)
            self.batch_curves.append(tuple(pair))
            pair = []
            for plot in (self.grad_plot, self.ratio_plot):
                pair.append(
                    plot.plot(
                        [],
                        [],
                        pen=pg.mkPen(color, width=2),
                        symbol="o",
                        symbolSize=6,
                        symbolBrush=color,
                        symbolPen=pg.mkPen(color),
                    )
                )
            self.epoch_curves.append(tuple(pair))
        trainer = self.state.trainer
        if trainer is not None and list(trainer.network.sizes) == list(self.sizes):
            self._draw_epochs({k: np.array(v, dtype=float) for k, v in trainer.history.items()})

    def on_snapshot(self, snapshot) -> None:
        if self.sizes is None or list(snapshot.sizes) != list(self.sizes):
            self.rebuild(list(snapshot.sizes))
        if snapshot.samples_seen < self._samples_seen:  # a new run started: start over
            self.rebuild(list(snapshot.sizes))
        self._samples_seen = snapshot.samples_seen
        batch = snapshot.last_batch
        L = len(self.sizes) - 1
        grads = batch.grad_norms if batch is not None else None
        updates = batch.update_norms if batch is not None else None
        if grads is not None and len(grads) == L:
            self._x.append(float(snapshot.epoch))
            self._grads.append(list(grads))
            if updates is not None and len(updates) == L:
                norms = figures.layer_norms(snapshot.weights)
                self._ratios.append(
                    [u / w if w > 0 else np.nan for u, w in zip(updates, norms, strict=True)]
                )
            else:
                self._ratios.append([np.nan] * L)
            if len(self._x) > MAX_POINTS:  # keep every other old point
                half = len(self._x) // 2
                for series in (self._x, self._grads, self._ratios):
                    series[:half] = series[:half:2]
            x = np.array(self._x)
            G, R = np.array(self._grads), np.array(self._ratios)
            for l, (g_curve, r_curve) in enumerate(self.batch_curves):
                g_curve.setData(x, _log10(G[:, l]))
                r_curve.setData(x, _log10(R[:, l]))
        self._draw_epochs(snapshot.history)
        self.updates += 1

    def _draw_epochs(self, history: dict) -> None:
        L = len(self.sizes) - 1
        x = np.asarray(history.get("epoch", []), dtype=float)
        for key, index in (("grad_norms", 0), ("update_ratios", 1)):
            values = np.asarray(history.get(key, []), dtype=float)
            if values.ndim != 2 or values.shape[1] != L or len(values) != len(x):
                continue
            for l, pair in enumerate(self.epoch_curves):
                pair[index].setData(x, _log10(values[:, l]))


Panel = GradientFlow
