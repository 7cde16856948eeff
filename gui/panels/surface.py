"""Regression surface: for 2D regression data, the network's output over the plane.

The plane is coloured by the predicted value ŷ(x₁, x₂) on the diverging map (blue
positive, orange negative, white zero, levels symmetric around 0 and spanning the
targets), with the samples on top in the same colours: training points as circles,
validation points as squares. Where a point's colour matches the ground under it the
network is right. With extra input features (x₁², sin x₁, ...) the network's inputs
are made from each point of the plane the same way (engine.data.features).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from engine.data import features
from engine.teach import figures
from gui import colors
from gui.i18n import translate
from gui.panels.common import Canvas, LivePanel, Model, current_model

RESOLUTION = 64


class RegressionSurface(LivePanel):
    """Panel `regressionSurface`: ŷ over the plane with the samples on top."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "regressionSurface", parent)
        self.bounds = (-1.0, 1.0, -1.0, 1.0)
        self.limit = 1.0
        self.values: np.ndarray | None = None
        self.updates = 0

        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.plot = self.canvas.addPlot(row=0, col=0)
        colors.style_plot(self.plot, still=True)
        self.plot.setAspectLocked(True)
        self.plot.setLabel("bottom", "x₁")
        self.plot.setLabel("left", "x₂")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(colors.DIVERGING_LUT)
        self.plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen((90, 90, 90), width=1))
        self.val_points = pg.ScatterPlotItem(
            size=8, symbol="s", pen=pg.mkPen((20, 20, 20), width=1.2)
        )
        self.plot.addItem(self.train_points)
        self.plot.addItem(self.val_points)
        self.bar = colors.colorbar(translate("RegressionSurface", "predicted ŷ"))
        self.canvas.addItem(self.bar, row=0, col=1)
        self.message = QtWidgets.QLabel("")
        self.message.setWordWrap(True)
        self.legend = QtWidgets.QLabel(
            translate(
                "RegressionSurface",
                "Ground: the network's output ŷ over the plane. Points: the samples coloured by "
                "their true y (● training, ■ validation); a point that blends into the ground is "
                "predicted well.",
            )
        )
        self.legend.setWordWrap(True)
        self.info = QtWidgets.QLabel(" ")
        self.info.setObjectName("regressionSurfaceInfo")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.info)
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.follow(budget=0.1)
        self.rebuild()

    @property
    def available(self) -> bool:
        ds = self.state.dataset
        return (
            self.model is not None
            and ds is not None
            and ds.is_regression
            and ds.points.n_inputs == 2
            and self.model.sizes[0] == ds.n_inputs
            and self.model.sizes[-1] == 1
        )

    def rebuild(self, model: Model | None = None) -> None:
        self.model = model or current_model(self.state)
        if not self.show_if_available(
            [self.canvas, self.legend],
            translate("RegressionSurface", "No network yet."),
            translate(
                "RegressionSurface",
                "The regression surface is drawn for regression on 2D points "
                "(the datasets plane and gaussians).",
            ),
        ):
            return
        pts = self.state.dataset.points
        parts = [pts.x_train] + ([pts.x_val] if pts.x_val is not None else [])
        self.bounds = figures.plane_bounds(np.concatenate(parts))
        y = np.concatenate(
            [pts.y_train[:, 0]] + ([pts.y_val[:, 0]] if pts.x_val is not None else [])
        )
        self.limit = max(float(np.abs(y).max()), 1e-6)
        self.bar.setLevels((-self.limit, self.limit))
        self.train_points.setData(pos=pts.x_train, brush=self._brushes(pts.y_train[:, 0]))
        if pts.x_val is not None and len(pts.x_val):
            self.val_points.setData(pos=pts.x_val, brush=self._brushes(pts.y_val[:, 0]))
        else:
            self.val_points.setData([], [])
        x0, x1, y0, y1 = self.bounds
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.draw(self.model)

    def _brushes(self, values: np.ndarray) -> list:
        return colors.diverging_brushes(values, self.limit)

    def redraw(self, model: Model, snapshot) -> None:
        if self.available:
            self.draw(model)

    def draw(self, model: Model) -> None:
        x0, x1, y0, y1 = self.bounds
        r = RESOLUTION
        gx, gy = np.meshgrid(np.linspace(x0, x1, r), np.linspace(y0, y1, r))
        points = np.column_stack([gx.ravel(), gy.ravel()])
        inputs = features.inputs_for(self.state.dataset, points)
        out = figures.layer_outputs(model.weights, model.biases, model.activations, inputs)[-1]
        self.values = np.ascontiguousarray(out[:, 0].reshape(r, r), dtype=np.float32)
        m = self.limit
        self.image.setImage(self.values, levels=(-m, m), autoLevels=False)
        self.image.setRect(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
        self.updates += 1

    def _on_mouse_moved(self, scene_pos) -> None:
        if self.values is None or not self.available:
            return
        vb = self.plot.vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            self.info.setText(" ")
            return
        p = vb.mapSceneToView(scene_pos)
        x0, x1, y0, y1 = self.bounds
        if not (x0 <= p.x() <= x1 and y0 <= p.y() <= y1):
            self.info.setText(" ")
            return
        r = RESOLUTION
        col = min(int((p.x() - x0) / (x1 - x0) * r), r - 1)
        row = min(int((p.y() - y0) / (y1 - y0) * r), r - 1)
        self.info.setText(f"({p.x():.2f}, {p.y():.2f}): ŷ = {self.values[row, col]:.3f}")


Panel = RegressionSurface
