"""The network as a graph: neurons coloured by activation, weights as coloured edges.

Layers stand in columns, left (input) to right (output). A node's colour is its
value for the current sample (or, following the step-through, the value of the
current step: activation, δ, ...); an edge's colour is the sign of its weight
(blue +, orange −) and its width and opacity grow with |w|. What does not fit is
said, never hidden: a 784-pixel input is drawn as its 28×28 image, a layer wider
than `max_units` shows its strongest units and "+N more", and only the
`max_edges` largest weights of each layer are drawn, with a note saying so.

Edges are drawn as 2 signs × 4 width buckets = 8 PlotCurveItems (connect="pairs"),
created once and refreshed with setData.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from engine.teach import figures
from gui import colors
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.panels.common import (
    Canvas,
    ElidedLabel,
    LivePanel,
    Model,
    current_input,
    current_model,
    image_shape_of,
    layer_name,
)

BUCKETS = 4
STEP_SCALES = {
    "forward_z": QT_TRANSLATE_NOOP("TopologyView", "z (weighted input)"),
    "forward_a": QT_TRANSLATE_NOOP("TopologyView", "activation a"),
    "loss": QT_TRANSLATE_NOOP("TopologyView", "activation a"),
    "delta": "δ = ∂L/∂z",
    "grad": "δ (nodes), ∂L/∂W (edges)",
    "update": "δ (nodes), ΔW (edges)",
}
EDGE_WIDTHS = (1, 1, 2, 3)
TOP = 0.95
BOTTOM = 0.05


def _edge_color(rgb: tuple[int, int, int], bucket: int) -> QtGui.QColor:
    """Stronger buckets are more opaque: pre-mixed with the white background and drawn
    opaque, because Qt paints translucent lines about ten times slower (thin ones too:
    with the 784-128-64-10 network's ~150 weakest edges a bucket took ~4 ms to paint
    translucent, ~0.5 ms opaque)."""
    alpha = 0.25 + 0.75 * (bucket + 1) / BUCKETS
    return QtGui.QColor(*(int(255 - (255 - c) * alpha) for c in rgb))


class TopologyView(LivePanel):
    """Panel `topologyView`: the graph of the network, live."""

    def __init__(self, state, parent=None, max_units: int = 20, max_edges: int = 200) -> None:
        super().__init__(state, "topologyView", parent)
        self.max_units = max_units
        self.max_edges = max_edges
        self.step = None
        self.shown: list[np.ndarray] = []  # per layer: unit indices drawn
        self.node_values: list[np.ndarray | None] = []  # per layer: full value arrays
        self.refreshes = 0
        self._epoch_shown = -1
        self._hovered = (-1, -1)
        self._drawn_nodes = b""
        self._bar_state = None

        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.canvas.ci.setContentsMargins(2, 12, 2, 12)
        self.view = self.canvas.addViewBox(row=0, col=0)
        self.view.setMouseEnabled(x=False, y=False)
        self.view.setMenuEnabled(False)
        self.view.enableAutoRange(enable=False)
        self.bar = colors.colorbar(translate("TopologyView", "node: activation a"))
        self.canvas.addItem(self.bar, row=0, col=1)

        self.band = QtWidgets.QGraphicsRectItem(0, 0, 0, 0)
        self.band.setBrush(QtGui.QBrush(QtGui.QColor(255, 220, 90, 70)))
        self.band.setPen(pg.mkPen(None))
        self.band.setVisible(False)
        self.view.addItem(self.band)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(10)  # edges leave the pixels from under the image
        self.image.setLookupTable(colors.GREYS_LUT)
        self.image.setVisible(False)
        self.view.addItem(self.image)
        self.image_frame = QtWidgets.QGraphicsRectItem(0, 0, 0, 0)
        self.image_frame.setPen(pg.mkPen(colors.FOREGROUND, width=1))
        self.image_frame.setVisible(False)
        self.image_frame.setZValue(11)
        self.view.addItem(self.image_frame)
        self.edge_curves: dict[tuple[bool, int], pg.PlotCurveItem] = {}
        for positive in (False, True):
            rgb = colors.POSITIVE if positive else colors.NEGATIVE
            for b in range(BUCKETS):
                pen = pg.mkPen(_edge_color(rgb, b), width=EDGE_WIDTHS[b])
                curve = pg.PlotCurveItem(pen=pen, connect="pairs", antialias=False)
                curve.setSegmentedLineMode("on")  # drawLines: far faster than a wide path
                curve.setZValue(b)
                self.view.addItem(curve)
                self.edge_curves[(positive, b)] = curve
        self.nodes = pg.ScatterPlotItem(size=15, pen=pg.mkPen(colors.FOREGROUND, width=1))
        self.view.addItem(self.nodes)
        self.ring = pg.ScatterPlotItem(
            size=23, pen=pg.mkPen((20, 20, 20), width=3), brush=pg.mkBrush(None)
        )
        self.view.addItem(self.ring)
        self.texts: list[pg.TextItem] = []
        self._titles: list[pg.TextItem] = []  # the layers' titles (in texts too)

        self.info = ElidedLabel(" ")  # a hover readout: never widens the dock
        self.info.setObjectName("topologyInfo")
        self.note = QtWidgets.QLabel(" ")
        self.note.setObjectName("topologyNote")
        self.note.setWordWrap(True)
        legend = QtWidgets.QLabel(
            translate("TopologyView", "Edges: ")
            + colors.swatch_html(colors.POSITIVE, translate("TopologyView", "positive weight"))
            + "&nbsp;&nbsp;"
            + colors.swatch_html(colors.NEGATIVE, translate("TopologyView", "negative weight"))
            + translate(
                "TopologyView",
                "&nbsp;&nbsp;— thicker and darker = larger |w| (relative to the layer's largest).",
            )
            + translate("TopologyView", " Hover for values, click a neuron to select it.")
        )
        legend.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(legend)
        layout.addWidget(self.note)
        layout.addWidget(self.info)

        # Drawn geometry, kept for hover and click lookups.
        self._node_xy = np.zeros((0, 2))
        self._node_id = np.zeros((0, 2), dtype=int)
        self._edge_xy = np.zeros((0, 4))
        self._edge_info: list[tuple[int, int, int, float]] = []
        self._image_rect = None  # (x0, y0, w, h) of the input image in view units
        self._view_range = ((-0.55, 1.55), (-0.08, 1.14))

        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.canvas.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.view.sigResized.connect(self._on_resized)
        self.follow(budget=0.25)
        state.sampleChanged.connect(self.refresh)
        state.neuronSelected.connect(self._on_selected)
        state.traceStepChanged.connect(self.on_trace_step)
        self.rebuild()

    # -- building -------------------------------------------------------------------

    def rebuild(self) -> None:
        """New network or dataset: choose units, place layers, relabel; then redraw."""
        self.model = current_model(self.state)
        self.step = None
        self.info.setText(" ")  # it may name a unit or layer the new network does not have
        for t in self.texts:
            self.view.removeItem(t)
        self.texts = []
        self._titles = []
        self._epoch_shown = -1
        if self.model is None:
            self.shown = []
            self._clear()
            self.note.setText(
                translate("TopologyView", "No network yet: build one in the Network panel.")
            )
            return
        self._choose_units(self.model)
        self._make_labels()
        self.refresh()

    def _label_inputs(self) -> None:
        """Name the input nodes after the data's features (x₁, x₁², a table's columns)."""
        ds = self.state.dataset
        names = getattr(ds, "feature_names", None)
        if self.image_shape is not None or not names or len(names) != self.model.sizes[0]:
            return
        units = self.shown[0]
        if len(units) > 30:
            return
        for (x, y), j in zip(self._positions(0, units), units, strict=True):
            name = names[int(j)]
            name = name if len(name) <= 16 else name[:15] + "…"
            label = pg.TextItem(name, color=(70, 70, 70), anchor=(1, 0.5))
            label.setPos(x - 0.05, y)
            self.view.addItem(label)
            self.texts.append(label)

    def _choose_units(self, m: Model) -> None:
        L = len(m.weights)
        self.image_shape = image_shape_of(self.state, m.sizes[0])
        shown = []
        for l in range(L + 1):
            if l == 0 and self.image_shape is not None:
                shown.append(np.arange(m.sizes[0]))
                continue
            W_in = m.weights[l - 1] if l > 0 else None
            W_out = m.weights[l] if l < L else None
            shown.append(figures.strongest_units(W_in, W_out, self.max_units))
        self.shown = shown

    def _make_labels(self) -> None:
        m = self.model
        L = len(m.weights)
        for l in range(L + 1):
            size = m.sizes[l]
            if l == 0:
                text = translate("TopologyView", "input\n{0}").format(size)
                if self.image_shape is not None:
                    text += translate("TopologyView", " ({0}×{1} image)").format(
                        *self.image_shape[:2]
                    )
            else:
                text = f"{layer_name(l, L)}\n{size} {m.activations[l - 1]}"
            if l == 0 and self.image_shape is not None:
                # the long title of an image input starts at the view's left edge: centred
                # on a narrow column (many layers) it was cut off
                label = pg.TextItem(text, color=colors.FOREGROUND, anchor=(0, 0))
                label.setPos(-0.53, 1.13)
            else:
                label = pg.TextItem(text, color=colors.FOREGROUND, anchor=(0.5, 0))
                label.setPos(l, 1.13)
            self.view.addItem(label)
            self.texts.append(label)
            self._titles.append(label)
            hidden = size - len(self.shown[l])
            if hidden > 0:
                more = pg.TextItem(
                    translate("TopologyView", "+{0} more").format(hidden),
                    color=(90, 90, 90),
                    anchor=(0.5, 0),
                )
                more.setPos(l, BOTTOM - 0.01)
                self.view.addItem(more)
                self.texts.append(more)
        self._label_inputs()
        self._view_range = ((-0.55, L + 0.55), (-0.08, 1.14))
        self._fit_titles()

    def _fit_titles(self) -> None:
        """Room above the top units for the layers' two-line titles, in pixels: in a short
        view the titles stood on the first units (the view's top is raised to make room)."""
        (x0, x1), _ = self._view_range
        height = self.view.height()
        top = 1.14
        if height > 20:
            need = 2 * QtGui.QFontMetrics(QtGui.QFont()).height() + 8  # pixels for a title
            r = min(0.6, need / height)  # the share of the view's height titles take
            top = max(top, (TOP + 0.02 + 0.08 * r) / (1 - r))
        for label in self._titles:
            label.setPos(label.pos().x(), top - 0.005)
        self._view_range = ((x0, x1), (-0.08, top))
        self.view.setRange(xRange=(x0, x1), yRange=(-0.08, top), padding=0)

    def _clear(self) -> None:
        for curve in self.edge_curves.values():
            curve.setData([], [])
        self.nodes.setData([], [])
        self.ring.setData([], [])
        self.image.setVisible(False)
        self.image_frame.setVisible(False)
        self.band.setVisible(False)

    # -- geometry ------------------------------------------------------------------

    def _unit_ys(self, n: int) -> np.ndarray:
        if n == 1:
            return np.array([0.5])
        spacing = min((TOP - BOTTOM) / (n - 1), 0.14)
        half = spacing * (n - 1) / 2
        return np.linspace(0.5 + half, 0.5 - half, n)

    def _image_geometry(self) -> tuple[float, float, float, float]:
        """(x0, y0, w, h) of the input image, square on screen."""
        h = 0.62
        (x0, x1), (y0, y1) = self._view_range
        size = self.view.size()
        if size.width() > 1 and size.height() > 1:
            w = h * (x1 - x0) / size.width() * size.height() / (y1 - y0)
        else:
            w = h
        if w > 0.8:  # a narrow column: keep the image square, make it shorter
            h, w = h * 0.8 / w, 0.8
        return (-w / 2, 0.5 - h / 2, w, h)

    def _positions(self, l: int, units: np.ndarray) -> np.ndarray:
        """(len(units), 2) view positions of the given units of layer l (all drawn)."""
        if l == 0 and self.image_shape is not None:
            x0, y0, w, h = self._image_rect
            rows, cols = self.image_shape
            r, c = np.divmod(units, cols)
            return np.column_stack([x0 + (c + 0.5) * w / cols, y0 + h - (r + 0.5) * h / rows])
        ys = self._unit_ys(len(self.shown[l]))
        where = np.searchsorted(self.shown[l], units)
        return np.column_stack([np.full(len(units), float(l)), ys[where]])

    # -- drawing -------------------------------------------------------------------

    def on_snapshot(self, snapshot) -> None:
        model = current_model(self.state, snapshot)
        if model is None:
            return
        if self.model is None or model.sizes != self.model.sizes:
            self.model = model
            self.rebuild_from(model)
            return
        self.model = model
        epoch = int(snapshot.epoch)
        if epoch != self._epoch_shown and self.step is None:
            self._epoch_shown = epoch  # pick the strongest units again once per epoch
            self._choose_units(model)
        self.refresh()

    def rebuild_from(self, model: Model) -> None:
        for t in self.texts:
            self.view.removeItem(t)
        self.texts = []
        self._titles = []
        self._choose_units(model)
        self._make_labels()
        self.refresh()

    def refresh(self) -> None:
        """Recolour nodes and edges from the current model and sample (or trace step)."""
        m = self.model
        if m is None or not self.shown:
            return
        net = self.state.network
        if (
            self.step is None
            and net is not None
            and list(net.sizes) != m.sizes
            and not self.state.training
        ):
            self.rebuild()
            return
        L = len(m.weights)
        step = self.step
        if step is not None:
            values = [step.node_values.get(l) for l in range(L + 1)]
            edge_arrays = [step.edge_values.get(l) for l in range(1, L + 1)]
            # the layers the step does not touch keep their weights, drawn faint, so the
            # network still reads as connected (a step of layer 1 used to leave the rest bare)
            faint = {l for l in range(1, L + 1) if edge_arrays[l - 1] is None}
            edge_arrays = [
                m.weights[l - 1] if l in faint else W for l, W in enumerate(edge_arrays, start=1)
            ]
            source = translate("TopologyView", "step: {0}").format(step.title)
        else:
            x, source = current_input(self.state, m.sizes[0])
            if x is None:
                values = [None] * (L + 1)
            else:
                values = [
                    a[0] for a in figures.layer_outputs(m.weights, m.biases, m.activations, x)
                ]
            edge_arrays = list(m.weights)
            faint = set()
        self.node_values = values

        # input image
        self._image_rect = self._image_geometry() if self.image_shape is not None else None
        if self._image_rect is not None:
            x0, y0, w, h = self._image_rect
            a0 = values[0]
            img = np.zeros(self.image_shape, np.float32) if a0 is None else a0
            img = np.ascontiguousarray(
                np.flipud(np.asarray(img, np.float32).reshape(self.image_shape))
            )
            lim = figures.symmetric_limit(img)
            if step is None:
                self.image.setLookupTable(colors.GREYS_LUT)
                levels = (0.0, max(1.0, lim))
            else:
                self.image.setLookupTable(colors.DIVERGING_LUT)
                levels = (-lim, lim)
            self.image.setImage(img, levels=levels, autoLevels=False)
            self.image.setRect(QtCore.QRectF(x0, y0, w, h))
            self.image_frame.setRect(QtCore.QRectF(x0, y0, w, h))
            self.image.setVisible(True)
            self.image_frame.setVisible(True)
        else:
            self.image.setVisible(False)
            self.image_frame.setVisible(False)

        # nodes
        first = 1 if self.image_shape is not None else 0
        xy, ids, vals = [], [], []
        for l in range(first, L + 1):
            units = self.shown[l]
            xy.append(self._positions(l, units))
            ids.append(np.column_stack([np.full(len(units), l), units]))
            v = values[l]
            vals.append(np.full(len(units), np.nan) if v is None else np.asarray(v)[units])
        self._node_xy = np.concatenate(xy)
        self._node_id = np.concatenate(ids)
        node_vals = np.concatenate(vals)
        if step is None:
            limit = max(1.0, figures.symmetric_limit(node_vals))
            label = translate("TopologyView", "node: activation a")
        else:
            limit = figures.symmetric_limit(node_vals)
            scale = translate("TopologyView", STEP_SCALES.get(step.kind, step.kind))
            label = translate("TopologyView", "node: {0}").format(
                scale.split(" (")[0].split("（")[0]
            )
        brushes = colors.diverging_brushes(node_vals, limit)
        no_value = np.flatnonzero(~np.isfinite(node_vals))
        for i in no_value:
            brushes[i] = pg.mkBrush(200, 200, 200)
        key = self._node_xy.tobytes()
        if key != self._drawn_nodes:  # new places: re-add the spots; else only recolour
            self._drawn_nodes = key
            self.nodes.setData(pos=self._node_xy, brush=brushes)
        else:
            self.nodes.setBrush(brushes)
        if (limit, label) != self._bar_state:
            self._bar_state = (limit, label)
            self.bar.setLevels((-limit, limit))
            colors.set_bar_label(self.bar, label)
        self._draw_ring()

        # edges
        seg, sign, bucket, info, notes = [], [], [], [], []
        for l in range(1, L + 1):
            W = edge_arrays[l - 1]
            if W is None:
                continue
            rows, cols = self.shown[l - 1], self.shown[l]
            i, j, w = figures.strongest_edges(W, rows, cols, self.max_edges)
            lim = figures.symmetric_limit(W)
            p0 = self._positions(l - 1, rows[i])
            p1 = self._positions(l, cols[j])
            seg.append(np.column_stack([p0, p1]))
            sign.append(w >= 0)
            if l in faint:
                bucket.append(np.zeros(len(w), dtype=int))
            else:
                bucket.append(np.minimum((np.abs(w) / lim * BUCKETS).astype(int), BUCKETS - 1))
            info.extend(
                zip([l] * len(w), rows[i].tolist(), cols[j].tolist(), w.tolist(), strict=True)
            )
            total = W.shape[0] * W.shape[1]
            if len(w) < total:
                notes.append(
                    translate("TopologyView", "{0}: {1:,} of {2:,}").format(
                        layer_name(l, L), len(w), total
                    )
                )
        if seg:
            segs = np.concatenate(seg)
            signs = np.concatenate(sign)
            buckets = np.concatenate(bucket)
        else:
            segs, signs, buckets = np.zeros((0, 4)), np.zeros(0, bool), np.zeros(0, int)
        self._edge_xy = segs
        self._edge_info = info
        for (positive, b), curve in self.edge_curves.items():
            sel = segs[(signs == positive) & (buckets == b)]
            xs = np.empty(2 * len(sel))
            ys = np.empty(2 * len(sel))
            xs[0::2], xs[1::2] = sel[:, 0], sel[:, 2]
            ys[0::2], ys[1::2] = sel[:, 1], sel[:, 3]
            curve.setData(xs, ys, connect="pairs")

        # highlighted layer of the step
        if step is not None:
            self.band.setRect(QtCore.QRectF(step.layer - 0.3, -0.02, 0.6, 1.04))
            self.band.setVisible(True)
        else:
            self.band.setVisible(False)
        note = translate("TopologyView", "Sample: {0}.").format(source)
        if notes:
            note += (
                translate("TopologyView", " Edges drawn: the strongest ")
                + "; ".join(notes)
                + translate("TopologyView", " weights.")
            )
        hidden = [
            translate("TopologyView", "{0} {1} of {2}").format(
                layer_name(l, L), len(self.shown[l]), m.sizes[l]
            )
            for l in range(first, L + 1)
            if len(self.shown[l]) < m.sizes[l]
        ]
        if hidden:
            note += (
                translate("TopologyView", " Units shown (strongest): ") + ", ".join(hidden) + "."
            )
        self.note.setText(note)
        self.refreshes += 1

    def _draw_ring(self) -> None:
        sel = self.state.selected
        if sel is None or self.model is None or not self.shown:
            self.ring.setData([], [])
            return
        l, unit = sel
        if not 0 <= l < len(self.shown):
            self.ring.setData([], [])
            return
        if l == 0 and self.image_shape is not None:
            if self._image_rect is None or unit >= self.model.sizes[0]:
                self.ring.setData([], [])
                return
            pos = self._positions(0, np.array([unit]))
        elif unit in set(self.shown[l].tolist()):
            pos = self._positions(l, np.array([unit]))
        else:
            self.ring.setData([], [])
            return
        self.ring.setData(pos=pos)

    # -- following other panels ------------------------------------------------------

    def on_trace_step(self, step) -> None:
        """Show a step of the step-through (None: back to the live view)."""
        if step is not None and self.model is not None:
            L = len(self.model.weights)
            if any(l > L for l in list(step.node_values) + list(step.edge_values)):
                step = None  # a step of another network
        self.step = step
        self.refresh()

    def _on_selected(self, layer: int, unit: int) -> None:
        self._draw_ring()

    def _on_resized(self) -> None:
        if self.model is not None and self._titles:
            self._fit_titles()
        if self.model is not None and self.image_shape is not None:
            self.refresh()

    # -- pointer -------------------------------------------------------------------

    def _hit(self, scene_pos) -> tuple[str, tuple] | None:
        """What is under a scene position: ('node', (l, j, value)), 'pixel' or 'edge'."""
        if self.model is None or not self.view.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.view.mapSceneToView(scene_pos)
        px, py = self.view.viewPixelSize()
        if len(self._node_xy):
            d = np.hypot((self._node_xy[:, 0] - p.x()) / px, (self._node_xy[:, 1] - p.y()) / py)
            k = int(d.argmin())
            if d[k] <= 10:
                l, j = (int(v) for v in self._node_id[k])
                v = self.node_values[l]
                return "node", (l, j, None if v is None else float(v[j]))
        if self._image_rect is not None:
            x0, y0, w, h = self._image_rect
            if x0 <= p.x() < x0 + w and y0 <= p.y() < y0 + h:
                rows, cols = self.image_shape
                c = int((p.x() - x0) / w * cols)
                r = int((y0 + h - p.y()) / h * rows)
                unit = r * cols + c
                v = self.node_values[0]
                return "pixel", (r, c, unit, None if v is None else float(v[unit]))
        if len(self._edge_xy):
            a = self._edge_xy[:, :2] / (px, py)
            b = self._edge_xy[:, 2:] / (px, py)
            q = np.array([p.x() / px, p.y() / py])
            ab = b - a
            t = np.clip(
                np.einsum("ij,ij->i", q - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), 1e-9),
                0,
                1,
            )
            d = np.hypot(*(a + ab * t[:, None] - q).T)
            k = int(d.argmin())
            if d[k] <= 4:
                return "edge", self._edge_info[k]
        return None

    def describe(self, hit) -> str:
        if hit is None:
            return " "
        kind, data = hit
        L = len(self.model.weights)
        name = (
            translate("TopologyView", "value")
            if self.step is None
            else translate("TopologyView", STEP_SCALES.get(self.step.kind, "value"))
        )
        if kind == "node":
            l, j, v = data
            shown = "—" if v is None else f"{v:.4g}"
            word = "activation" if self.step is None else name.split(" (")[0]
            return f"{layer_name(l, L)} unit {j}: {word} = {shown}"
        if kind == "pixel":
            r, c, unit, v = data
            shown = "—" if v is None else f"{v:.4g}"
            return translate(
                "TopologyView", "input pixel (row {0}, column {1}) = unit {2}: {3}"
            ).format(r, c, unit, shown)
        l, i, j, w = data
        word = (
            translate("TopologyView", "weight")
            if self.step is None
            else translate("TopologyView", "edge value")
        )
        return (
            f"{word} from {layer_name(l - 1, L)} unit {i} to {layer_name(l, L)} unit {j}: {w:.4g}"
        )

    def _on_mouse_moved(self, scene_pos) -> None:
        hit = self._hit(scene_pos)
        self.info.setText(self.describe(hit))
        hovered = (hit[1][0], hit[1][1]) if hit is not None and hit[0] == "node" else (-1, -1)
        if hovered != self._hovered:
            self._hovered = hovered
            self.state.hover_neuron(*hovered)

    def _on_mouse_clicked(self, event) -> None:
        hit = self._hit(event.scenePos())
        if hit is None:
            return
        if hit[0] == "node":
            self.state.select_neuron(hit[1][0], hit[1][1])
        elif hit[0] == "pixel":
            self.state.select_neuron(0, hit[1][2])

    def node_scene_pos(self, layer: int, unit: int) -> QtCore.QPointF:
        """Where neuron (layer, unit) is drawn, in scene coordinates (for tests and tools)."""
        pos = self._positions(layer, np.array([unit]))[0]
        return self.view.mapViewToScene(QtCore.QPointF(float(pos[0]), float(pos[1])))


Panel = TopologyView
