"""Weight heatmaps: each layer's W as an image, with its colour bar and its histogram.

Row i, column j of the image is W[i, j], the weight from unit i of the layer below
to unit j of the layer above (for W¹ of a 784-30-10 network: 784 rows, 30 columns).
The colour map is diverging and its levels symmetric (−max|W|, +max|W|), so white is
zero. The selected neuron's incoming weights (its column) are outlined in black, its
outgoing weights (its row in the next layer's W) dashed. A network of more than PAGE
weight layers is shown PAGE layers at a time; a picker above chooses which.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from engine.teach import figures
from gui import colors
from gui.i18n import translate
from gui.panels.common import (
    Canvas,
    ElidedLabel,
    LivePanel,
    Model,
    current_model,
    layer_name,
    unit_ticks,
)
from gui.panels.loss_plot import nice_ceiling

BINS = 60


class _Layer:
    """The items of one layer: heatmap plot, image, colour bar, histogram, selection boxes."""

    def __init__(
        self, canvas: pg.GraphicsLayoutWidget, row: int, l: int, m: Model, wide: bool
    ) -> None:
        L = len(m.weights)
        rows, cols = m.sizes[l], m.sizes[l + 1]
        # still pictures: no context menu (built and then dropped, it was most of the cost)
        self.plot = canvas.addPlot(row=row, col=0, enableMenu=False)
        colors.style_plot(self.plot, still=True)
        self.plot.setTitle(
            f"W{l + 1}: {layer_name(l, L)} → {layer_name(l + 1, L)}  ({rows} × {cols})",
            size="9pt",
        )
        self.plot.setLabel("left", translate("_Layer", "from unit ({0})").format(layer_name(l, L)))
        self.plot.setLabel(
            "bottom", translate("_Layer", "to unit ({0})").format(layer_name(l + 1, L))
        )
        self.plot.invertY(True)
        self.plot.getAxis("left").setTicks(unit_ticks(rows))
        self.plot.getAxis("bottom").setTicks(unit_ticks(cols))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(colors.DIVERGING_LUT)
        self.plot.addItem(self.image)
        self.plot.setRange(xRange=(0, cols), yRange=(0, rows), padding=0.02)
        self.column_box = QtWidgets.QGraphicsRectItem(0, 0, 1, rows)
        self.column_box.setPen(pg.mkPen((0, 0, 0), width=2, cosmetic=True))
        self.column_box.setVisible(False)
        self.plot.addItem(self.column_box)
        self.row_box = QtWidgets.QGraphicsRectItem(0, 0, cols, 1)
        self.row_box.setPen(
            pg.mkPen((0, 0, 0), width=2, style=QtCore.Qt.PenStyle.DashLine, cosmetic=True)
        )
        self.row_box.setVisible(False)
        self.plot.addItem(self.row_box)
        self.bar = colors.colorbar("w")
        canvas.addItem(self.bar, row=row, col=1)
        # wide: [heatmap | bar | histogram] per row; narrow: the histogram on the row below
        at = {"row": row, "col": 2} if wide else {"row": row + 1, "col": 0}
        self.hist = canvas.addPlot(**at, enableMenu=False)
        colors.style_plot(self.hist, still=True)
        self.hist.setTitle(translate("_Layer", "histogram of W{0}").format(l + 1), size="9pt")
        self.hist.setLabel("bottom", "w")
        self.hist.setLabel("left", translate("_Layer", "count"))
        self.curve = pg.PlotCurveItem(
            np.array([-1.0, 1.0]),
            np.zeros(1),
            stepMode="center",
            fillLevel=0,
            brush=pg.mkBrush(*colors.POSITIVE, 120),
            pen=pg.mkPen(colors.POSITIVE),
        )
        self.hist.addItem(self.curve)
        self.zero = pg.InfiniteLine(
            0, angle=90, pen=pg.mkPen((120, 120, 120), style=QtCore.Qt.PenStyle.DotLine)
        )
        self.hist.addItem(self.zero)
        # The histogram's axes move in round steps (see `_fit`), not with every draw.
        self.hist.enableAutoRange(enable=False)
        self.x_limit = 0.0
        self.y_limit = 0.0
        self.W: np.ndarray | None = None

    def update(self, W: np.ndarray) -> None:
        self.W = W
        m = figures.symmetric_limit(W)
        image = np.ascontiguousarray(W, dtype=np.float32)
        self.image.setImage(image, levels=(-m, m), autoLevels=False)
        self.bar.setLevels((-m, m))
        edges, counts = figures.histogram(W, BINS)
        self.curve.setData(edges, counts.astype(float))
        self._fit(max(abs(float(edges[0])), abs(float(edges[-1]))), float(counts.max(initial=0)))

    def _fit(self, x_max: float, y_max: float) -> None:
        """Show w in ±(a round number >= x_max) and counts up to a round number >= y_max.

        A limit grows to the next of 1, 2, 2.5, 5 × 10^k when the data outgrow it and
        shrinks only when the data fall below a third of it, so the axes (whose tick
        labels are costly to draw) change a few times in a run rather than every frame.
        """
        x = _stepped(self.x_limit, x_max)
        y = _stepped(self.y_limit, y_max)
        if (x, y) != (self.x_limit, self.y_limit):
            self.x_limit, self.y_limit = x, y
            self.hist.setRange(xRange=(-x, x), yRange=(0, y), padding=0.02)


def _stepped(limit: float, value: float) -> float:
    """`limit` if `value` lies in (limit / 3, limit], else the round number above `value`."""
    if limit / 3 < value <= limit:
        return limit
    return nice_ceiling(value)


# Smallest height of one layer's row(s), in pixels: heatmap and histogram side by side
# (wide), or the histogram under its heatmap (narrow).
LAYER_HEIGHT_WIDE = 170
LAYER_HEIGHT_NARROW = 300
# Layers drawn at once (about what the dock shows; each costs three plots to build): a
# deeper network gets a picker of pages, "W5–W8 of 16".
PAGE = 4


class WeightHeatmaps(LivePanel):
    """Panel `weightHeatmaps`: one heatmap + colour bar + histogram per layer, live."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "weightHeatmaps", parent)
        self.layers: list[_Layer] = []
        self.first = 0  # the layer index of layers[0] (the page shown)
        self.wide = True
        self.updates = 0
        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.info = ElidedLabel(" ")  # a hover readout: never widens the dock
        self.info.setObjectName("weightHeatmapsInfo")
        self.empty = QtWidgets.QLabel(translate("WeightHeatmaps", "No network yet."))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.empty)
        self.pages = QtWidgets.QComboBox()
        self.pages.setObjectName("weightHeatmapsPages")
        self.pages.setToolTip(translate("WeightHeatmaps", "Which of the layers' weights to show"))
        self.pages.setVisible(False)
        self.pages.currentIndexChanged.connect(self._on_page)
        layout.addWidget(self.pages)
        # Each layer keeps a readable height; a deep network scrolls instead of squashing.
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.canvas)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.info)
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.follow(budget=0.1)
        state.neuronSelected.connect(self._on_selected)
        self.rebuild()

    def rebuild(self, model: Model | None = None) -> None:
        self.model = model or current_model(self.state)
        self.info.setText(" ")  # it may name a layer the new network does not have
        self.canvas.clear()
        self.layers = []
        self.empty.setVisible(self.model is None)
        if self.model is None:
            return
        self.wide = self._is_wide()
        L = len(self.model.weights)
        if self.first >= L:
            self.first = 0
        self._fill_pages(L)
        shown = range(self.first, min(L, self.first + PAGE))
        per_layer = LAYER_HEIGHT_WIDE if self.wide else LAYER_HEIGHT_NARROW
        self.canvas.setMinimumHeight(per_layer * len(shown))
        for i, l in enumerate(shown):
            row = i if self.wide else 2 * i
            self.layers.append(_Layer(self.canvas, row, l, self.model, self.wide))
        grid = self.canvas.ci.layout
        if self.wide:
            grid.setColumnStretchFactor(0, 3)
            grid.setColumnStretchFactor(2, 2)
        else:
            grid.setColumnStretchFactor(0, 1)
            grid.setColumnStretchFactor(2, 0)
            for l in range(len(self.layers)):
                grid.setRowStretchFactor(2 * l, 3)
                grid.setRowStretchFactor(2 * l + 1, 1)
        self.draw(self.model)
        sel = self.state.selected
        self._on_selected(*(sel if sel is not None else (-1, -1)))

    def _fill_pages(self, L: int) -> None:
        """The page picker: "W1–W4 of 16", ...; shown when there are more than PAGE layers."""
        self.pages.blockSignals(True)
        self.pages.clear()
        for first in range(0, L, PAGE):
            last = min(L, first + PAGE)
            self.pages.addItem(
                translate("WeightHeatmaps", "W{0}–W{1} of {2} layers").format(first + 1, last, L)
                if last > first + 1
                else translate("WeightHeatmaps", "W{0} of {1} layers").format(last, L)
            )
        self.pages.setCurrentIndex(self.first // PAGE)
        self.pages.blockSignals(False)
        self.pages.setVisible(L > PAGE)

    def _on_page(self, index: int) -> None:
        if index >= 0 and self.model is not None:
            self.first = index * PAGE
            self.rebuild(self.model)

    def _is_wide(self) -> bool:
        return self.width() >= 560

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Side by side when there is room, histograms under their heatmaps when narrow."""
        super().resizeEvent(event)
        if self.model is not None and self._is_wide() != self.wide:
            self.rebuild(self.model)

    def redraw(self, model: Model, snapshot) -> None:
        self.draw(model)

    def draw(self, model: Model) -> None:
        shown = model.weights[self.first : self.first + len(self.layers)]
        for layer, W in zip(self.layers, shown, strict=True):
            layer.update(W)
        self.updates += 1

    def _on_selected(self, layer: int, unit: int) -> None:
        for l, items in enumerate(self.layers, start=self.first):
            items.column_box.setVisible(layer == l + 1)
            items.row_box.setVisible(layer == l)
            if layer == l + 1:
                items.column_box.setRect(unit, 0, 1, self.model.sizes[l])
            if layer == l:
                items.row_box.setRect(0, unit, self.model.sizes[l + 1], 1)

    def value_at(self, scene_pos) -> tuple[int, int, int, float] | None:
        """(layer index l of W[l], row, column, value) under a scene position, or None."""
        for l, items in enumerate(self.layers, start=self.first):
            vb = items.plot.vb
            if items.W is None or not vb.sceneBoundingRect().contains(scene_pos):
                continue
            p = vb.mapSceneToView(scene_pos)
            r, c = int(np.floor(p.y())), int(np.floor(p.x()))
            if 0 <= r < items.W.shape[0] and 0 <= c < items.W.shape[1]:
                return l, r, c, float(items.W[r, c])
        return None

    def _on_mouse_moved(self, scene_pos) -> None:
        hit = self.value_at(scene_pos)
        if hit is None:
            self.info.setText(" ")
            return
        l, r, c, v = hit
        self.info.setText(
            translate("WeightHeatmaps", "W{0}[row {1}, column {2}] = {3:.4g}").format(
                l + 1, r, c, v
            )
        )


Panel = WeightHeatmaps
