"""Receptive fields: what each first-hidden unit looks for in an image.

Unit j of the first hidden layer computes z_j = Σ_i x_i·W¹[i, j] + b_j: its 784
incoming weights, laid out as the 28×28 image they multiply, show which pixels push
it up (blue) and which push it down (orange). All tiles share one symmetric scale,
drawn as a single mosaic image (one ImageItem) so a live update is one setImage.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from engine.teach import figures
from gui import colors
from gui.i18n import translate
from gui.panels.common import (
    Canvas,
    ElidedLabel,
    LivePanel,
    Model,
    current_model,
    image_shape_of,
    layer_name,
    step_aside,
)

MAX_TILES = 400
GAP = 1


class ReceptiveFields(LivePanel):
    """Panel `receptiveFields`: a gallery of the first hidden layer's incoming weights."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "receptiveFields", parent)
        self.image_shape = None
        self.grid = (0, 0)
        self.mosaic: np.ndarray | None = None
        self.updates = 0
        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.plot = self.canvas.addPlot(row=0, col=0)
        colors.style_plot(self.plot, still=True)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(colors.DIVERGING_LUT)
        self.plot.addItem(self.image)
        self.ring = pg.QtWidgets.QGraphicsRectItem(0, 0, 0, 0)
        self.ring.setPen(pg.mkPen((0, 0, 0), width=2, cosmetic=True))
        self.ring.setVisible(False)
        self.plot.addItem(self.ring)
        self.bar = colors.colorbar(translate("ReceptiveFields", "incoming weight w"))
        self.canvas.addItem(self.bar, row=0, col=1)
        self.message = QtWidgets.QLabel("")
        self.message.setWordWrap(True)
        self.info = ElidedLabel(" ")  # a hover readout: never widens the dock
        self.info.setObjectName("receptiveFieldsInfo")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.info)
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.canvas.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.follow(budget=0.1)
        state.neuronSelected.connect(self._on_selected)
        self.rebuild()

    @property
    def available(self) -> bool:
        return self.model is not None and self.image_shape is not None

    def rebuild(self, model: Model | None = None) -> None:
        self._rebuild(model)
        step_aside(self, self.available)

    def _rebuild(self, model: Model | None = None) -> None:
        self.model = model or current_model(self.state)
        self.info.setText(" ")  # it may name a unit the new network does not have
        self.image_shape = (
            None if self.model is None else image_shape_of(self.state, self.model.sizes[0])
        )
        self.mosaic = None
        self.canvas.setVisible(self.available)
        if self.model is None:
            self.message.setText(translate("ReceptiveFields", "No network yet."))
            return
        if self.image_shape is None:
            self.message.setText(
                translate(
                    "ReceptiveFields",
                    "Receptive fields need image inputs; this network takes {0} numbers that are "
                    "not an image. Choose MNIST to see them.",
                ).format(self.model.sizes[0])
            )
            return
        self.draw(self.model)

    def redraw(self, model: Model, snapshot) -> None:
        if self.available:
            self.draw(model)

    def draw(self, model: Model) -> None:
        W = model.weights[0]
        units = W.shape[1]
        shown = min(units, MAX_TILES)
        mosaic, rows, cols = figures.tile_mosaic(W[:, :shown], self.image_shape, gap=GAP)
        self.mosaic, self.grid = mosaic, (rows, cols)
        m = figures.symmetric_limit(W[:, :shown])
        self.image.setImage(mosaic, levels=(-m, m), autoLevels=False)
        self.bar.setLevels((-m, m))
        text = translate(
            "ReceptiveFields",
            "Incoming weights of each {0} unit as a {1}×{2} image (unit 0 top left, row by row).",
        ).format(
            layer_name(1, 2) if len(model.weights) > 1 else layer_name(1, 1),
            self.image_shape[0],
            self.image_shape[1],
        )
        if shown < units:
            text += translate("ReceptiveFields", " Showing units 0–{0} of {1}.").format(
                shown - 1, units
            )
        self.message.setText(text)
        self.updates += 1

    def tile_at(self, scene_pos) -> tuple[int, int, int, float] | None:
        """(unit, pixel row, pixel column, weight) under a scene position, or None."""
        if not self.available or self.mosaic is None:
            return None
        if not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.plot.vb.mapSceneToView(scene_pos)
        y, x = int(np.floor(p.y())), int(np.floor(p.x()))
        h, w = self.image_shape
        tile_row, r = divmod(y, h + GAP)
        tile_col, c = divmod(x, w + GAP)
        rows, cols = self.grid
        if not (0 <= tile_row < rows and 0 <= tile_col < cols and r < h and c < w):
            return None
        unit = tile_row * cols + tile_col
        if unit >= min(self.model.sizes[1], MAX_TILES):
            return None
        return unit, r, c, float(self.mosaic[y, x])

    def tile_scene_pos(self, unit: int):
        """The scene position of the centre of unit's tile (for tests and tools)."""
        h, w = self.image_shape
        rows, cols = self.grid
        tr, tc = divmod(unit, cols)
        return self.plot.vb.mapViewToScene(
            pg.QtCore.QPointF(tc * (w + GAP) + w / 2, tr * (h + GAP) + h / 2)
        )

    def _on_mouse_moved(self, scene_pos) -> None:
        hit = self.tile_at(scene_pos)
        if hit is None:
            self.info.setText(" ")
            return
        unit, r, c, v = hit
        self.info.setText(
            translate(
                "ReceptiveFields", "unit {0}, weight from pixel (row {1}, column {2}) = {3:.4g}"
            ).format(unit, r, c, v)
        )

    def _on_mouse_clicked(self, event) -> None:
        hit = self.tile_at(event.scenePos())
        if hit is not None:
            self.state.select_neuron(1, hit[0])

    def _on_selected(self, layer: int, unit: int) -> None:
        if layer != 1 or not self.available or self.mosaic is None or unit >= MAX_TILES:
            self.ring.setVisible(False)
            return
        h, w = self.image_shape
        tr, tc = divmod(unit, self.grid[1])
        self.ring.setRect(tc * (w + GAP) - 0.5, tr * (h + GAP) - 0.5, w + 1, h + 1)
        self.ring.setVisible(True)


Panel = ReceptiveFields
