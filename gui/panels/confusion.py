"""Confusion matrix on the validation set after each epoch, and the misclassified examples.

Cell (true t, predicted p) holds how many validation examples of class t the network
called p; its colour is that count as a share of row t (so each row reads as "where
the t's went"), the diagonal being the correct ones. Below, the misclassified
examples, most confident mistakes first: the image (MNIST) or the point (2D), the
true label, the prediction and its probability. Click one to make it the current
sample (the topology and the step-through follow).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from engine.teach import figures
from gui import colors
from gui.i18n import translate
from gui.panels.common import Canvas, ElidedLabel, LivePanel, Model, current_model, image_shape_of
from gui.state import Sample

GALLERY_MAX = 60
ICON = 56
MATRIX_MIN = 150  # pixels: 10 classes still get 12-pixel cells and readable labels


class Confusion(LivePanel):
    """Panel `confusionMatrix`: validation confusion matrix + misclassified gallery."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "confusionMatrix", parent)
        self.report: figures.ValidationReport | None = None
        self.epochs_shown = -1
        self.updates = 0
        self.texts: list[pg.TextItem] = []
        self.k = 0
        self.hint = ""

        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.plot = self.canvas.addPlot(row=0, col=0)
        colors.style_plot(self.plot, still=True)
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.setLabel("bottom", translate("Confusion", "predicted"))
        self.plot.setLabel("left", translate("Confusion", "true"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(colors.SEQUENTIAL_LUT)
        self.plot.addItem(self.image)
        self.bar = colors.colorbar(
            translate("Confusion", "share of the true class's row"), 1.0, colors.SEQUENTIAL
        )
        self.bar.setLevels((0.0, 1.0))
        self.canvas.addItem(self.bar, row=0, col=1)
        self.title = QtWidgets.QLabel("")
        self.title.setWordWrap(True)
        self.gallery_title = QtWidgets.QLabel("")
        self.gallery_title.setWordWrap(True)
        self.gallery = QtWidgets.QListWidget()
        self.gallery.setObjectName("misclassifiedGallery")
        self.gallery.setViewMode(QtWidgets.QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QtCore.QSize(ICON, ICON))
        self.gallery.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QtWidgets.QListView.Movement.Static)
        self.gallery.setGridSize(QtCore.QSize(ICON + 70, ICON + 40))
        self.gallery.setWordWrap(True)
        self.gallery.itemClicked.connect(self._on_item_clicked)
        # Matrix and gallery side by side in a wide dock, one above the other in a tall one
        # (resizeEvent); the matrix never gets less than MATRIX_MIN pixels a side.
        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.canvas.setMinimumSize(MATRIX_MIN, MATRIX_MIN)
        top = QtWidgets.QWidget()
        top_layout = QtWidgets.QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.canvas, 1)
        self.info = ElidedLabel(" ")  # a hover readout: never widens the dock
        self.info.setObjectName("confusionInfo")
        top_layout.addWidget(self.info)
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.vb.sigResized.connect(self._fit_texts)
        bottom = QtWidgets.QWidget()
        bottom_layout = QtWidgets.QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.gallery_title)
        bottom_layout.addWidget(self.gallery, 1)
        self.gallery.setMinimumSize(ICON + 80, ICON + 50)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)
        self.follow(budget=0.1)
        self.rebuild()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Wide (a bottom dock): matrix left, gallery right; tall: one above the other."""
        super().resizeEvent(event)
        Orientation = QtCore.Qt.Orientation
        wide = self.width() > 1.3 * self.height()
        orientation = Orientation.Horizontal if wide else Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)

    # -- building -------------------------------------------------------------------

    def _validation_set(self):
        ds = self.state.dataset
        if ds is None or self.model is None or ds.n_inputs != self.model.sizes[0]:
            return None
        if ds.is_regression:  # no classes to confuse: the regression view shows the fit
            return None
        if ds.x_val is not None and len(ds.x_val):
            return ds.x_val, ds.y_val, translate("Confusion", "validation set")
        return (
            ds.x_train,
            ds.y_train,
            translate("Confusion", "training set"),
        )  # no validation split: say so

    def rebuild(self, model: Model | None = None) -> None:
        self.model = model or current_model(self.state)
        self.epochs_shown = -1
        self.info.setText(" ")
        for t in self.texts:
            self.plot.removeItem(t)
        self.texts = []
        ds = self.state.dataset
        self.k = max(2, ds.n_classes) if ds is not None else 0
        if self.model is None or self._validation_set() is None:
            self.report = None
            self.image.clear()
            self.gallery.clear()
            self.title.setText(
                translate(
                    "Confusion", "Regression: no classes to confuse (see the Regression view)."
                )
                if ds is not None and ds.is_regression
                else translate("Confusion", "No network or no dataset that fits it.")
            )
            self.gallery_title.setText("")
            return
        k = self.k
        names = ds.class_names or [str(i) for i in range(k)]
        ticks = [[(i + 0.5, names[i]) for i in range(k)]]
        self.plot.getAxis("bottom").setTicks(ticks)
        self.plot.getAxis("left").setTicks(ticks)
        self.plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.02)
        for t in range(k):
            for p in range(k):
                text = pg.TextItem("", color=colors.FOREGROUND, anchor=(0.5, 0.5))
                text.setPos(p + 0.5, t + 0.5)
                self.plot.addItem(text)
                self.texts.append(text)
        self.draw(self.model)

    # -- drawing -------------------------------------------------------------------

    def redraw(self, model: Model, snapshot) -> None:
        report = snapshot.extras.get("validation")
        epochs = len(snapshot.history.get("epoch", []))
        if report is not None:
            if report is not self.report:  # the worker evaluated it (once per epoch)
                self.draw(model, report, epochs)
        elif epochs != self.epochs_shown:  # an epoch ended: evaluate these weights
            self.draw(model, None, epochs)

    def draw(self, model: Model, report=None, epochs: int | None = None) -> None:
        data = self._validation_set()
        if data is None:
            return
        X, y, which = data
        if report is None or len(report.predicted) != len(y):
            report = figures.validation_report(
                model.weights, model.biases, model.activations, X, y, self.k
            )
        self.report = report
        if epochs is None:
            trainer = self.state.trainer
            epochs = trainer.epoch if trainer is not None else 0
        self.epochs_shown = epochs
        C = report.confusion
        totals = C.sum(axis=1, keepdims=True)
        share = np.divide(C, totals, out=np.zeros(C.shape), where=totals > 0).astype(np.float32)
        self.image.setImage(np.ascontiguousarray(share), levels=(0.0, 1.0), autoLevels=False)
        self.image.setRect(QtCore.QRectF(0, 0, self.k, self.k))
        for idx, text in enumerate(self.texts):
            t, p = divmod(idx, self.k)
            text.setText(str(int(C[t, p])))
            text.setColor((255, 255, 255) if share[t, p] > 0.55 else colors.FOREGROUND)
        self._fit_texts()
        when = (
            translate("Confusion", "after epoch {0}").format(epochs)
            if epochs
            else translate("Confusion", "before the first epoch ended")
        )
        self.title.setText(
            translate(
                "Confusion",
                "Confusion matrix on the {0} ({1:,} examples), {2}: accuracy {3:.1%}. Rows: true "
                "class; columns: predicted.",
            ).format(which, len(y), when, report.accuracy)
            + self.hint
        )
        self._fill_gallery(X, y, which)
        self.updates += 1

    def _fit_texts(self) -> None:
        """Counts are written in the cells when they fit; otherwise hover shows them."""
        if self.report is None or not self.texts:
            return
        (x0, x1), _ = self.plot.vb.viewRange()
        cell = self.plot.vb.width() / max(x1 - x0, 1e-9)  # pixels per cell
        digits = len(str(int(self.report.confusion.max())))
        fits = cell >= 8 * digits + 4
        for text in self.texts:
            text.setVisible(fits)
        self.hint = "" if fits else translate("Confusion", " Hover a cell for its count.")

    def cell_at(self, scene_pos) -> tuple[int, int] | None:
        """(true, predicted) of the cell under a scene position, or None."""
        if self.report is None or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.plot.vb.mapSceneToView(scene_pos)
        t, q = int(np.floor(p.y())), int(np.floor(p.x()))
        if 0 <= t < self.k and 0 <= q < self.k:
            return t, q
        return None

    def _on_mouse_moved(self, scene_pos) -> None:
        cell = self.cell_at(scene_pos)
        if cell is None:
            self.info.setText(" ")
            return
        t, q = cell
        C = self.report.confusion
        n = int(C[t].sum())
        share = (
            translate("Confusion", " ({0:.1%} of the true {1}s)").format(C[t, q] / n, t)
            if n
            else ""
        )
        self.info.setText(
            translate("Confusion", "true {0}, predicted {1}: {2:,}{3}").format(
                t, q, int(C[t, q]), share
            )
        )

    def _fill_gallery(self, X: np.ndarray, y: np.ndarray, which: str) -> None:
        report = self.report
        wrong = report.misclassified
        shown = wrong[:GALLERY_MAX]
        self.gallery_title.setText(
            translate("Confusion", "Misclassified: {0:,} of {1:,}").format(len(wrong), len(y))
            + (
                translate("Confusion", ", the {0} most confident mistakes shown").format(len(shown))
                if len(wrong) > len(shown)
                else ""
            )
            + translate("Confusion", ". Click one to make it the current sample.")
        )
        shape = image_shape_of(self.state, X.shape[1])
        self.gallery.clear()
        for i in shown:
            i = int(i)
            label = translate("Confusion", "true {0} → {1}\n{2:.0%} sure").format(
                int(y[i]), int(report.predicted[i]), report.confidence[i]
            )
            item = QtWidgets.QListWidgetItem(label)
            if shape is not None:
                item.setIcon(QtGui.QIcon(_image_pixmap(X[i], shape)))
            else:
                item.setText(
                    f"({X[i][0]:.2f}, {X[i][1]:.2f})\n" + label if X.shape[1] == 2 else label
                )
                item.setIcon(QtGui.QIcon(_dot_pixmap(int(y[i]), int(report.predicted[i]))))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, i)
            item.setToolTip(f"{which} #{i}")
            self.gallery.addItem(item)
        self._gallery_source = which

    def _on_item_clicked(self, item: QtWidgets.QListWidgetItem) -> None:
        data = self._validation_set()
        if data is None:
            return
        X, y, which = data
        i = int(item.data(QtCore.Qt.ItemDataRole.UserRole))
        if i >= len(y):
            return
        self.state.set_sample(Sample(np.array(X[i], dtype=np.float32), int(y[i]), f"{which} #{i}"))


def _image_pixmap(x: np.ndarray, shape: tuple[int, int]) -> QtGui.QPixmap:
    """A grey image of x (h·w,) in [0, 1], white ink on black as MNIST stores it."""
    img = (np.clip(np.asarray(x, dtype=np.float32).reshape(shape), 0, 1) * 255).astype(np.uint8)
    img = np.ascontiguousarray(img)
    qimg = QtGui.QImage(
        img.data, shape[1], shape[0], shape[1], QtGui.QImage.Format.Format_Grayscale8
    )
    return QtGui.QPixmap.fromImage(qimg.copy()).scaled(
        ICON, ICON, QtCore.Qt.AspectRatioMode.KeepAspectRatio
    )


def _dot_pixmap(true: int, predicted: int) -> QtGui.QPixmap:
    """Two discs: the true class's colour (left) and the predicted class's (right)."""
    pm = QtGui.QPixmap(ICON, ICON // 2)
    pm.fill(QtGui.QColor(255, 255, 255, 0))
    painter = QtGui.QPainter(pm)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    for k, cls in enumerate((true, predicted)):
        painter.setBrush(colors.class_color(cls))
        painter.setPen(QtGui.QPen(QtGui.QColor(40, 40, 40)))
        painter.drawEllipse(4 + k * (ICON // 2), 4, ICON // 2 - 8, ICON // 2 - 8)
    painter.end()
    return pm


Panel = Confusion
