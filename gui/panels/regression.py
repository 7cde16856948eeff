"""Regression view: where the confusion matrix makes no sense, predicted against true.

Left: every validation sample (squares) and training sample (faint dots) at (true y,
predicted ŷ); a perfect network puts them all on the diagonal ŷ = y. Right: the
residuals ŷ − y of the validation samples against the true value, with the zero line;
a pattern there (a slope, a curve) is what the network has not learnt yet. The title
reads RMSE, MAE and R² of both splits (engine.nn.metrics). For several target columns
the first is drawn.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from engine.nn import metrics
from engine.teach import figures
from gui import colors
from gui.i18n import translate
from gui.panels.common import LivePanel, Model, current_model

MAX_POINTS = 5000  # per split, so a large table still draws quickly


class RegressionView(LivePanel):
    """Panel `regressionView`: predicted vs true, residuals, RMSE / MAE / R²."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "regressionView", parent)
        self.figures: dict[str, dict] = {}
        self.updates = 0

        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground(colors.BACKGROUND)
        self.scatter_plot = self.canvas.addPlot(row=0, col=0)
        self.residual_plot = self.canvas.addPlot(row=0, col=1)
        for p in (self.scatter_plot, self.residual_plot):
            colors.style_plot(p)
            p.showGrid(x=True, y=True, alpha=0.15)
        self.scatter_plot.setLabel("bottom", translate("RegressionView", "true y"))
        self.scatter_plot.setLabel("left", translate("RegressionView", "predicted ŷ"))
        self.scatter_plot.setTitle(translate("RegressionView", "predicted vs true"), size="9pt")
        self.residual_plot.setLabel("bottom", translate("RegressionView", "true y"))
        self.residual_plot.setLabel("left", translate("RegressionView", "residual ŷ − y"))
        self.residual_plot.setTitle(
            translate("RegressionView", "residuals (validation)"), size="9pt"
        )
        self.diagonal = pg.PlotDataItem(pen=pg.mkPen((120, 120, 120), width=1, dash=[4, 4]))
        self.train_points = pg.ScatterPlotItem(
            size=4, pen=None, brush=pg.mkBrush(120, 120, 120, 90)
        )
        self.val_points = pg.ScatterPlotItem(
            size=6, symbol="s", pen=pg.mkPen(colors.POSITIVE), brush=pg.mkBrush(33, 102, 172, 90)
        )
        for item in (self.diagonal, self.train_points, self.val_points):
            self.scatter_plot.addItem(item)
        self.zero = pg.InfiniteLine(angle=0, pos=0, pen=pg.mkPen((120, 120, 120), dash=[4, 4]))
        self.residuals = pg.ScatterPlotItem(
            size=6, symbol="s", pen=pg.mkPen(colors.NEGATIVE), brush=pg.mkBrush(214, 96, 39, 90)
        )
        self.residual_plot.addItem(self.zero)
        self.residual_plot.addItem(self.residuals)

        self.message = QtWidgets.QLabel("")
        self.message.setWordWrap(True)
        self.info = QtWidgets.QLabel(" ")
        self.info.setObjectName("regressionInfo")
        self.info.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.info)
        self.follow(budget=0.08)
        self.rebuild()

    @property
    def available(self) -> bool:
        ds = self.state.dataset
        return (
            self.model is not None
            and ds is not None
            and ds.is_regression
            and (self.model.sizes[0] == ds.n_inputs and self.model.sizes[-1] == ds.output_units())
        )

    def rebuild(self, model: Model | None = None) -> None:
        self.model = model or current_model(self.state)
        if not self.show_if_available(
            [self.canvas, self.info],
            translate("RegressionView", "No network yet."),
            translate(
                "RegressionView",
                "Predicted against true values is drawn for regression datasets "
                "(classification has the confusion matrix).",
            ),
        ):
            return
        ds = self.state.dataset
        y = np.concatenate([ds.y_train[:, 0]] + ([ds.y_val[:, 0]] if ds.x_val is not None else []))
        lo, hi = float(y.min()), float(y.max())
        pad = 0.1 * max(hi - lo, 1e-3)
        self.diagonal.setData([lo - pad, hi + pad], [lo - pad, hi + pad])
        self.scatter_plot.setRange(xRange=(lo - pad, hi + pad), yRange=(lo - pad, hi + pad))
        self.draw(self.model)

    def redraw(self, model: Model, snapshot) -> None:
        if self.available:
            self.draw(model)

    def _predict(self, model: Model, X: np.ndarray) -> np.ndarray:
        return figures.layer_outputs(model.weights, model.biases, model.activations, X)[-1]

    def draw(self, model: Model) -> None:
        ds = self.state.dataset
        self.figures = {}
        Xt, Yt = ds.x_train[:MAX_POINTS], ds.y_train[:MAX_POINTS]
        out_t = self._predict(model, Xt)
        self.train_points.setData(Yt[:, 0], out_t[:, 0])
        self.figures["training"] = metrics.regression_metrics(out_t, Yt)
        if ds.x_val is not None and len(ds.x_val):
            Xv, Yv = ds.x_val[:MAX_POINTS], ds.y_val[:MAX_POINTS]
            out_v = self._predict(model, Xv)
            self.val_points.setData(Yv[:, 0], out_v[:, 0])
            self.residuals.setData(Yv[:, 0], out_v[:, 0] - Yv[:, 0])
            self.figures["validation"] = metrics.regression_metrics(out_v, Yv)
        else:
            self.val_points.setData([], [])
            self.residuals.setData(Yt[:, 0], out_t[:, 0] - Yt[:, 0])
            self.residual_plot.setTitle(
                translate("RegressionView", "residuals (training)"), size="9pt"
            )
        self.info.setText(
            "   ".join(
                f"{split}: RMSE {m['rmse']:.4f}, MAE {m['mae']:.4f}, R² {m['r2']:.3f}"
                for split, m in self.figures.items()
            )
            + translate(
                "RegressionView", "   (● training, ■ validation; on the dashed diagonal ŷ = y)"
            )
        )
        self.updates += 1


Panel = RegressionView
