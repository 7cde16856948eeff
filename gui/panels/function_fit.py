"""Function fit: a 1-input regression network drawn as the curve it computes, and its pieces.

For one input x and one output, the network's output is assembled from its last hidden
layer: ŷ(x) = g(Σ_j w_j · a_j(x) + b), with a_j the hidden units' outputs, w_j their
weights into the output and g the output activation (linear: nothing). The panel draws
the target function (for the generated datasets), the training samples (dots) and the
validation samples (squares), the network's output ŷ(x) (thick), and every hidden
unit's contribution w_j · a_j(x) (thin: blue where w_j > 0, orange where w_j < 0), so
the student sees the curve being put together from pieces: the universal-approximation
picture. Hovering a hidden unit in the topology highlights its piece.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from engine.data import regression
from engine.teach import figures
from gui import colors
from gui.i18n import translate
from gui.panels.common import LivePanel, Model, current_model, step_aside

POINTS = 400  # where the curves are evaluated
MAX_PIECES = 64  # contributions drawn (the strongest |w_j| first)


def pieces(model: Model, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(output ŷ (n,), contributions (n, h) = w_j · a_j(x) of the last hidden layer, bias b)
    of a 1-input, 1-output network at the points x (n,)."""
    layers = figures.layer_outputs(model.weights, model.biases, model.activations, x[:, None])
    a_hidden = layers[-2].astype(np.float64)  # (n, h): the input itself without hidden layers
    w = model.weights[-1][:, 0].astype(np.float64)  # (h,)
    return layers[-1][:, 0].astype(np.float64), a_hidden * w, float(model.biases[-1][0])


class FunctionFit(LivePanel):
    """Panel `functionFit`: target, samples, the network's curve and its hidden pieces."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "functionFit", parent)
        self.xs = np.linspace(-1.0, 1.0, POINTS)
        self.piece_items: list[pg.PlotDataItem] = []
        self.order = np.zeros(0, np.int64)  # unit index drawn by each piece item
        self.hovered: int | None = None
        self.updates = 0

        self.canvas = pg.PlotWidget()
        self.canvas.setBackground(colors.BACKGROUND)
        self.plot = self.canvas.getPlotItem()
        colors.style_plot(self.plot)
        self.plot.setLabel("bottom", "x")
        self.plot.setLabel("left", "y")
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.target_curve = pg.PlotDataItem(pen=pg.mkPen((60, 160, 70), width=2, dash=[6, 4]))
        self.train_points = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(40, 40, 40, 150))
        self.val_points = pg.ScatterPlotItem(
            size=6, symbol="s", pen=pg.mkPen((40, 40, 40), width=1), brush=None
        )
        self.bias_line = pg.InfiniteLine(
            angle=0, pen=pg.mkPen((120, 120, 120), width=1, dash=[2, 4])
        )
        self.output_curve = pg.PlotDataItem(pen=pg.mkPen((20, 20, 20), width=3))
        for item in (self.bias_line, self.target_curve, self.train_points, self.val_points):
            self.plot.addItem(item)
        self.output_curve.setZValue(10)
        self.plot.addItem(self.output_curve)

        self.message = QtWidgets.QLabel("")
        self.message.setWordWrap(True)
        self.legend = QtWidgets.QLabel("")
        self.legend.setWordWrap(True)
        self.show_pieces = QtWidgets.QCheckBox(
            translate("FunctionFit", "Show each hidden unit's contribution w·a")
        )
        self.show_pieces.setObjectName("functionFitPieces")
        self.show_pieces.setChecked(True)
        self.show_pieces.toggled.connect(self._on_toggle)
        self.info = QtWidgets.QLabel(" ")
        self.info.setObjectName("functionFitInfo")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.show_pieces)
        layout.addWidget(self.legend)
        layout.addWidget(self.info)

        self.follow(budget=0.1)
        state.neuronHovered.connect(self._on_hovered)
        self.rebuild()

    @property
    def available(self) -> bool:
        ds = self.state.dataset
        m = self.model
        return (
            m is not None
            and ds is not None
            and ds.is_regression
            and ds.n_inputs == 1
            and m.sizes[0] == 1
            and m.sizes[-1] == 1
        )

    # -- building -------------------------------------------------------------------

    def rebuild(self, model: Model | None = None) -> None:
        self.model = model or current_model(self.state)
        self.hovered = None
        for item in self.piece_items:
            self.plot.removeItem(item)
        self.piece_items = []
        ok = self.available
        self.canvas.setVisible(ok)
        self.show_pieces.setVisible(ok)
        self.legend.setVisible(ok)
        step_aside(self, ok)
        if self.model is None:
            self.message.setText(translate("FunctionFit", "No network yet."))
            return
        if not ok:
            self.message.setText(
                translate(
                    "FunctionFit",
                    "The function fit is drawn for regression with one input and one output "
                    "(the 1D datasets sine, abs, step, bumps, poly).",
                )
            )
            return
        self.message.setText("")
        ds = self.state.dataset
        xs_all = [ds.x_train[:, 0]] + ([ds.x_val[:, 0]] if ds.x_val is not None else [])
        x = np.concatenate(xs_all)
        lo, hi = float(x.min()), float(x.max())
        pad = 0.05 * max(hi - lo, 1e-3)
        self.xs = np.linspace(lo - pad, hi + pad, POINTS)
        self.train_points.setData(ds.x_train[:, 0], ds.y_train[:, 0])
        if ds.x_val is not None and len(ds.x_val):
            self.val_points.setData(ds.x_val[:, 0], ds.y_val[:, 0])
        else:
            self.val_points.setData([], [])
        generated = ds.name in regression.FUNCTIONS_1D and "source" not in ds.params
        if generated:
            self.target_curve.setData(self.xs, regression.target(ds.name, self.xs[:, None]))
        else:
            self.target_curve.setData([], [])
        name = (ds.feature_names or ["x"])[0]
        self.plot.setLabel("bottom", name)
        hidden = self.model.sizes[-2] if len(self.model.sizes) > 2 else 0
        w = np.abs(self.model.weights[-1][:, 0]) if hidden else np.zeros(0)
        self.order = np.argsort(-w, kind="stable")[:MAX_PIECES]
        for _ in self.order:
            item = pg.PlotDataItem(pen=pg.mkPen(colors.POSITIVE, width=1))
            item.setVisible(self.show_pieces.isChecked())
            self.plot.addItem(item)
            self.piece_items.append(item)
        y = np.concatenate([ds.y_train[:, 0]] + ([ds.y_val[:, 0]] if ds.x_val is not None else []))
        ylo, yhi = float(y.min()), float(y.max())
        ypad = 0.25 * max(yhi - ylo, 1e-3)
        self.plot.setRange(xRange=(self.xs[0], self.xs[-1]), yRange=(ylo - ypad, yhi + ypad))
        self._legend_text(generated, hidden)
        self.draw(self.model)

    def _legend_text(self, generated: bool, hidden: int) -> None:
        out = self.model.activations[-1]
        text = translate("FunctionFit", "Thick black: the network's output ŷ(x)")
        text += translate("FunctionFit", "; dashed green: the target function") if generated else ""
        text += translate("FunctionFit", "; dots: training samples, squares: validation samples.")
        if hidden:
            shown = len(self.order)
            which = (
                translate("FunctionFit", "each of the {0}").format(hidden)
                if shown == hidden
                else translate("FunctionFit", "the {0} strongest of").format(shown)
            )
            text += translate(
                "FunctionFit",
                " Thin lines: {0} last hidden layer's units' contribution w·a(x) (blue w > 0, "
                "orange w < 0); grey dotted: the output bias b.",
            ).format(which)
            if out == "linear":
                text += translate(
                    "FunctionFit",
                    " ŷ = Σ w·a + b: the thin lines and the bias add up to the thick one.",
                )
            else:
                text += f" ŷ = {out}(Σ w·a + b)."
        self.legend.setText(text)

    # -- drawing -------------------------------------------------------------------

    def redraw(self, model: Model, snapshot) -> None:
        if self.available:
            self.draw(model)

    def draw(self, model: Model) -> None:
        y, contributions, b = pieces(model, self.xs)
        self.output_curve.setData(self.xs, y)
        self.bias_line.setValue(b)
        w = model.weights[-1][:, 0]
        for item, j in zip(self.piece_items, self.order, strict=True):
            color = colors.POSITIVE if w[j] >= 0 else colors.NEGATIVE
            width = 3 if self.hovered == j else 1
            item.setPen(pg.mkPen(color, width=width))
            item.setData(self.xs, contributions[:, j])
        self._metrics_text(model)
        self.updates += 1

    def _metrics_text(self, model: Model) -> None:
        ds = self.state.dataset
        parts = []
        for what, X, Y in (
            ("training", ds.x_train, ds.y_train),
            ("validation", ds.x_val, ds.y_val),
        ):
            if X is None or not len(X):
                continue
            out = figures.layer_outputs(model.weights, model.biases, model.activations, X)[-1]
            err = out.astype(np.float64) - Y
            parts.append(f"{what} RMSE {np.sqrt(np.mean(err * err)):.4f}")
        self.info.setText(", ".join(parts) if parts else " ")

    def _on_toggle(self, on: bool) -> None:
        for item in self.piece_items:
            item.setVisible(on)

    def _on_hovered(self, layer: int, unit: int) -> None:
        m = self.model
        last_hidden = len(m.sizes) - 2 if m is not None else -1
        self.hovered = unit if layer == last_hidden and layer > 0 else None
        if self.available:
            self.draw(self.model)


Panel = FunctionFit
