"""Decision boundary: for a 2-input network, what it predicts at every point of the plane.

The large map colours each point of the plane by the predicted class probability
(two classes: the diverging map on p(class 1); more: class colours mixed by
probability, paler where unsure), with the training points (circles) and
validation points (squares) on top. Below, one small map per hidden neuron shows
that neuron's own output over the plane, as TensorFlow Playground does; hovering a
neuron in the topology view shows its map large. Click the plane to make that point
the current sample.
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
    step_aside,
)
from gui.state import Sample

RESOLUTION = 64
# Multiply-adds one map of the plane may cost (a 2-1024-1024-1 network at 45 × 45 points,
# ~0.1 s on the GUI thread): a bigger one gets fewer points, never under 16 × 16.
PLANE_MACS = 2_200_000_000
MIN_RESOLUTION = 16
SMALL_PER_LAYER = 8
SMALL_LAYERS = 8  # rows of small maps (hidden layers); a model file may hold 15


def resolution_for(sizes: list[int]) -> int:
    """Points per side of the plane's maps for a network of these sizes (see PLANE_MACS)."""
    macs = figures.forward_macs(sizes)
    side = int(np.sqrt(PLANE_MACS / macs))
    return max(MIN_RESOLUTION, min(RESOLUTION, side))


class DecisionBoundary(LivePanel):
    """Panel `decisionBoundary`: the plane coloured by prediction, and per-neuron maps."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "decisionBoundary", parent)
        self.bounds = (-1.0, 1.0, -1.0, 1.0)
        self.maps: figures.PlaneMaps | None = None
        self.hovered: tuple[int, int] | None = None
        self.updates = 0
        self.small: list[tuple[int, int, pg.ImageItem]] = []
        self.resolution = RESOLUTION  # points per side of the maps (resolution_for)

        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.plot = self.canvas.addPlot(row=0, col=0)
        colors.style_plot(self.plot, still=True)
        self.plot.setAspectLocked(True)
        self.plot.disableAutoRange()  # the view shows the data (the shaded plane follows it)
        self.plot.setLabel("bottom", "x₁")
        self.plot.setLabel("left", "x₂")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen((255, 255, 255), width=1))
        self.val_points = pg.ScatterPlotItem(
            size=8, symbol="s", pen=pg.mkPen((20, 20, 20), width=1.2)
        )
        self.plot.addItem(self.train_points)
        self.plot.addItem(self.val_points)
        self.sample_marker = pg.ScatterPlotItem(
            size=18, symbol="+", pen=pg.mkPen((0, 0, 0), width=3), brush=pg.mkBrush(0, 0, 0)
        )
        self.plot.addItem(self.sample_marker)
        self.bar = colors.colorbar(translate("DecisionBoundary", "p(class 1)"))
        self.canvas.addItem(self.bar, row=0, col=1)

        self.small_canvas = Canvas()
        self.small_canvas.setBackground(colors.BACKGROUND)
        self.small_canvas.setMinimumHeight(90)
        self.canvas.setMinimumHeight(160)  # below this the dock scrolls: the plane stays legible
        self.message = QtWidgets.QLabel("")
        self.message.setWordWrap(True)
        self.legend = QtWidgets.QLabel("")
        self.legend.setWordWrap(True)
        self.info = ElidedLabel(" ")  # a hover readout: never widens the dock
        self.info.setObjectName("decisionBoundaryInfo")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.canvas, 3)
        layout.addWidget(self.legend)
        layout.addWidget(self.small_canvas, 1)
        layout.addWidget(self.info)

        # the aspect is locked, so the view shows more than the data on one axis: the shaded
        # plane follows the view (it left white bands beside the data's bounds)
        self.data_bounds = self.bounds
        self.plot.vb.sigRangeChanged.connect(self._fit_plane)
        self.plot.vb.sigResized.connect(self._show_data)
        self.canvas.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.follow(budget=0.15)
        state.sampleChanged.connect(self._draw_sample)
        state.neuronHovered.connect(self._on_hovered)
        self.rebuild()

    @property
    def available(self) -> bool:
        ds = self.state.dataset
        regression = ds is not None and ds.is_regression  # drawn by the regression surface
        return self.model is not None and self.model.sizes[0] == 2 and not regression

    # -- building -------------------------------------------------------------------

    def rebuild(self, model: Model | None = None) -> None:
        self._rebuild(model)
        step_aside(self, self.available)

    def _rebuild(self, model: Model | None = None) -> None:
        self.model = model or current_model(self.state)
        self.hovered = None
        self.info.setText(" ")
        self.small_canvas.clear()
        self.small = []
        self.maps = None  # the old model's: moving the view below must not redraw with them
        self.resolution = RESOLUTION if self.model is None else resolution_for(self.model.sizes)
        ok = self.available
        self.canvas.setVisible(ok)
        self.small_canvas.setVisible(ok)
        self.legend.setVisible(ok)
        if self.model is None:
            self.message.setText(translate("DecisionBoundary", "No network yet."))
            return
        if not ok:
            self.message.setText(
                translate(
                    "DecisionBoundary",
                    "The decision boundary is drawn for 2-input networks (the 2D datasets); this "
                    "one takes {0} inputs.",
                ).format(self.model.sizes[0])
            )
            return
        self.message.setText("")
        ds = self.state.dataset
        if ds is not None and ds.n_inputs == 2:
            parts = [ds.x_train] + ([ds.x_val] if ds.x_val is not None else [])
            self.bounds = figures.plane_bounds(np.concatenate(parts))
            self.train_points.setData(
                pos=ds.x_train, brush=[colors.class_color(int(k)) for k in ds.y_train]
            )
            if ds.x_val is not None:
                self.val_points.setData(
                    pos=ds.x_val, brush=[colors.class_color(int(k)) for k in ds.y_val]
                )
            else:
                self.val_points.setData([], [])
            n_classes = ds.n_classes
        else:
            self.bounds = (-1.0, 1.0, -1.0, 1.0)
            self.train_points.setData([], [])
            self.val_points.setData([], [])
            n_classes = max(2, self.model.sizes[-1])
        self.data_bounds = self.bounds
        self._show_data()
        self.n_classes = n_classes
        self._legend_text()
        self._build_small()
        self._draw_sample()
        (x0, x1), (y0, y1) = self.plot.vb.viewRange()  # shade what the view shows (as
        if x1 > x0 and y1 > y0:  # _fit_plane would at once): the maps are computed once
            self.bounds = (float(x0), float(x1), float(y0), float(y1))
        self.draw(self.model)
        self._fit_plane()  # the shading covers the whole view, not only the data

    def _legend_text(self) -> None:
        k = self.n_classes
        names = getattr(self.state.dataset, "class_names", None) or []  # a table's names
        swatches = "&nbsp; ".join(
            colors.swatch_html(
                tuple(int(c) for c in colors.CLASS_COLORS[i]),
                names[i]
                if i < len(names)
                else translate("DecisionBoundary", "class {0}").format(i),
            )
            for i in range(min(k, 10))
        )
        text = translate("DecisionBoundary", "● training, ■ validation, by true class: {0}").format(
            swatches
        )
        tip = translate(
            "DecisionBoundary",
            "Points: training (circles) and validation (squares), coloured by their true class.",
        )
        if k > 2:
            tip += translate(
                "DecisionBoundary",
                " Background: class colours mixed by predicted probability (paler = unsure).",
            )
        tip += translate(
            "DecisionBoundary",
            " Click the plane to make a point the current sample. Small maps: each hidden",
        )
        tip += translate(
            "DecisionBoundary", " neuron's output (hover a neuron in the topology to see it large)."
        )
        self.legend.setText(text)  # short: the plane gets the room; the rest is its tooltip
        self.legend.setToolTip(tip)

    def _build_small(self) -> None:
        L = len(self.model.weights)
        shown = min(L - 1, SMALL_LAYERS)
        for l in range(1, shown + 1):
            units = min(self.model.sizes[l], SMALL_PER_LAYER)
            label = self.small_canvas.addLabel(
                f"{layer_name(l, L)}"
                + ("" if units == self.model.sizes[l] else f" (first {units})"),
                row=l - 1,
                col=0,
                color="#282828",
                size="8pt",
            )
            label.setMaximumWidth(110)
            for j in range(units):
                # no context menu: built and dropped, it was most of a view box's cost
                vb = self.small_canvas.addViewBox(
                    row=l - 1, col=j + 1, lockAspect=True, enableMenu=False
                )
                vb.setMouseEnabled(x=False, y=False)
                img = pg.ImageItem(axisOrder="row-major")
                img.setLookupTable(colors.DIVERGING_LUT)
                vb.addItem(img)
                r = self.resolution
                vb.setRange(xRange=(0, r), yRange=(0, r), padding=0.02)
                self.small.append((l, j, img))
        if shown < L - 1:  # rows past these would be too thin to see
            self.small_canvas.addLabel(
                translate(
                    "DecisionBoundary",
                    "+ {0} more hidden layers: hover a neuron in the topology to see its map",
                ).format(L - 1 - shown),
                row=shown,
                col=0,
                colspan=SMALL_PER_LAYER + 1,
                color="#282828",
                size="8pt",
            )

    def _show_data(self, *_args) -> None:
        """The view shows all the data, centred (and more on one axis: the aspect is locked)."""
        x0, x1, y0, y1 = self.data_bounds
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._fit_plane()  # also when the range did not change (no sigRangeChanged then)

    def _fit_plane(self, *_args) -> None:
        """Shade the whole of what the view shows: its range becomes the plane's bounds."""
        if not self.available or self.maps is None:
            return
        (x0, x1), (y0, y1) = self.plot.vb.viewRange()
        if not (x1 > x0 and y1 > y0):
            return
        b = self.bounds
        tol = 1e-6 * max(x1 - x0, y1 - y0)
        if max(abs(x0 - b[0]), abs(x1 - b[1]), abs(y0 - b[2]), abs(y1 - b[3])) <= tol:
            return
        self.bounds = (float(x0), float(x1), float(y0), float(y1))
        self.draw(self.model)

    # -- drawing -------------------------------------------------------------------

    def redraw(self, model: Model, snapshot) -> None:
        if self.available:
            plane = snapshot.extras.get("plane")
            if plane is not None and (
                plane.bounds != tuple(self.bounds) or len(plane.xs) != self.resolution
            ):
                plane = None
            self.draw(model, plane)

    def draw(self, model: Model, plane: figures.PlaneMaps | None = None) -> None:
        if plane is None:
            plane = figures.plane_maps(
                model.weights, model.biases, model.activations, self.bounds, self.resolution
            )
        self.maps = plane
        self._draw_main()
        for l, j, img in self.small:
            values = np.ascontiguousarray(plane.maps[l - 1][j], dtype=np.float32)
            m = max(1.0, figures.symmetric_limit(values))
            img.setImage(values, levels=(-m, m), autoLevels=False)
        self.updates += 1

    def _draw_main(self) -> None:
        plane = self.maps
        if plane is None:
            return
        self._paint_main()
        x0, x1, y0, y1 = self.bounds
        # after setImage: setRect scales by the image's size (before the first image it has none)
        self.image.setRect(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))

    def _paint_main(self) -> None:
        plane = self.maps
        L = len(self.model.weights)
        hovered = self.hovered
        if (
            hovered is not None
            and 1 <= hovered[0] <= L
            and hovered[1] < self.model.sizes[hovered[0]]
        ):
            l, j = hovered
            values = np.ascontiguousarray(plane.maps[l - 1][j], dtype=np.float32)
            m = max(1.0, figures.symmetric_limit(values))
            self.image.setLookupTable(colors.DIVERGING_LUT)
            self.image.setImage(values, levels=(-m, m), autoLevels=False)
            self.bar.setVisible(True)
            self.bar.setLevels((-m, m))
            colors.set_bar_label(
                self.bar,
                translate("DecisionBoundary", "output a of {0} unit {1}").format(
                    layer_name(l, L), j
                ),
            )
            self.plot.setTitle(
                translate("DecisionBoundary", "{0} unit {1}: its output over the plane").format(
                    layer_name(l, L), j
                ),
                size="9pt",
            )
            return
        self.image.setLookupTable(None)
        rgb = colors.blend_classes(plane.probabilities)
        self.image.setImage(rgb, autoLevels=False, levels=(0, 255))
        two = plane.probabilities.shape[-1] == 2
        self.bar.setVisible(two)
        if two:
            self.bar.setLevels((0.0, 1.0))
            colors.set_bar_label(self.bar, translate("DecisionBoundary", "predicted p(class 1)"))
        self.plot.setTitle(
            translate("DecisionBoundary", "predicted class over the plane"), size="9pt"
        )

    def _draw_sample(self) -> None:
        s = self.state.sample
        if self.available and s is not None and np.asarray(s.x).size == 2:
            x = np.asarray(s.x, dtype=float).ravel()
            self.sample_marker.setData([x[0]], [x[1]])
        else:
            self.sample_marker.setData([], [])

    def _on_hovered(self, layer: int, unit: int) -> None:
        self.hovered = None if layer < 0 else (layer, unit)
        if self.available:
            self._draw_main()

    # -- pointer -------------------------------------------------------------------

    def plane_point(self, scene_pos) -> tuple[float, float] | None:
        if not self.available or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.plot.vb.mapSceneToView(scene_pos)
        x0, x1, y0, y1 = self.bounds
        if x0 <= p.x() <= x1 and y0 <= p.y() <= y1:
            return float(p.x()), float(p.y())
        return None

    def _on_mouse_moved(self, scene_pos) -> None:
        pt = self.plane_point(scene_pos)
        if pt is None or self.maps is None:
            self.info.setText(" ")
            return
        r = len(self.maps.xs)
        x0, x1, y0, y1 = self.bounds
        col = min(int((pt[0] - x0) / (x1 - x0) * r), r - 1)
        row = min(int((pt[1] - y0) / (y1 - y0) * r), r - 1)
        probs = self.maps.probabilities[row, col]
        ps = ", ".join(f"p({k}) = {p:.2f}" for k, p in enumerate(probs))
        self.info.setText(f"({pt[0]:.2f}, {pt[1]:.2f}): {ps}")

    def _on_mouse_clicked(self, event) -> None:
        pt = self.plane_point(event.scenePos())
        if pt is None:
            return
        x = np.array(pt, dtype=np.float32)
        where = translate("DecisionBoundary", "plane ({0:.2f}, {1:.2f})").format(pt[0], pt[1])
        self.state.set_sample(Sample(x, None, where))


Panel = DecisionBoundary
