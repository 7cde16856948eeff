"""Small views for digits: a greyscale image drawn pixel by pixel, and ten probability bars.

Both are plain QWidgets painted with QPainter: a 28×28 image and ten bars are
cheaper to repaint this way than as plot items, and they repaint on every
prediction while the user draws.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets


def grey_image(a: np.ndarray) -> QtGui.QImage:
    """A float image (h, w) in [0, 1] as a grey QImage (its own copy of the data)."""
    u8 = np.ascontiguousarray(np.clip(a, 0, 1) * 255 + 0.5, dtype=np.uint8)
    h, w = u8.shape
    grey = QtGui.QImage(u8.data, w, h, w, QtGui.QImage.Format.Format_Grayscale8)
    # RGB32 is what the raster painter draws fastest (no conversion on every paint)
    return grey.convertToFormat(QtGui.QImage.Format.Format_RGB32)


class DigitImage(QtWidgets.QWidget):
    """Shows a small greyscale image (e.g. 28×28) scaled up with square, visible pixels."""

    def __init__(self, title: str = "", parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._image: QtGui.QImage | None = None
        self._shape: tuple[int, int] | None = None
        self.setMinimumSize(84, 84 + (16 if title else 0))
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred
        )

    def set_array(self, a: np.ndarray | None) -> None:
        """Show a (h, w) float array in [0, 1]; None shows an empty frame."""
        self._image = None if a is None else grey_image(a)
        self._shape = None if a is None else a.shape
        self.update()

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        pal = self.palette()
        top = 0
        if self.title:
            p.setPen(pal.color(QtGui.QPalette.ColorRole.WindowText))
            title_rect = QtCore.QRect(0, 0, self.width(), 16)
            p.drawText(title_rect, QtCore.Qt.AlignmentFlag.AlignCenter, self.title)
            top = 16
        side = min(self.width(), self.height() - top)
        frame = QtCore.QRect((self.width() - side) // 2, top, side, side)
        p.fillRect(frame, QtGui.QColor(0, 0, 0))
        if self._image is not None and self._shape is not None:
            h, w = self._shape
            cell = side / max(h, w)  # keep the aspect ratio, centred in the square
            target = QtCore.QRectF(
                frame.x() + (side - w * cell) / 2,
                frame.y() + (side - h * cell) / 2,
                w * cell,
                h * cell,
            )
            p.drawImage(target, self._image)
        p.setPen(pal.color(QtGui.QPalette.ColorRole.Mid))
        p.drawRect(frame.adjusted(0, 0, -1, -1))
        p.end()


class ProbabilityBars(QtWidgets.QWidget):
    """Ten horizontal bars, one per digit, with the probability as a percentage.

    The predicted digit's bar is highlighted; with no prediction the bars are empty.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.probabilities: np.ndarray | None = None
        self.setMinimumSize(160, 170)
        self.setToolTip("The network's output for each digit (softmax probabilities)")

    def set_probabilities(self, p: np.ndarray | None) -> None:
        self.probabilities = None if p is None else np.asarray(p, dtype=float).copy()
        self.update()

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        pal = self.palette()
        text = pal.color(QtGui.QPalette.ColorRole.WindowText)
        fm = p.fontMetrics()
        label_w = fm.horizontalAdvance("0") + 8
        value_w = fm.horizontalAdvance("100%") + 6
        row_h = self.height() / 10
        bar_w = max(self.width() - label_w - value_w, 10)
        best = None if self.probabilities is None else int(np.argmax(self.probabilities))
        for d in range(10):
            y = d * row_h
            p.setPen(text)
            p.drawText(
                QtCore.QRectF(0, y, label_w - 4, row_h),
                QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter,
                str(d),
            )
            track = QtCore.QRectF(label_w, y + row_h * 0.18, bar_w, row_h * 0.64)
            p.fillRect(track, pal.color(QtGui.QPalette.ColorRole.AlternateBase))
            if self.probabilities is None:
                continue
            v = float(self.probabilities[d])
            colour = QtGui.QColor(31, 119, 180) if d == best else QtGui.QColor(150, 150, 150)
            p.fillRect(QtCore.QRectF(track.x(), track.y(), bar_w * v, track.height()), colour)
            p.drawText(
                QtCore.QRectF(label_w + bar_w + 4, y, value_w, row_h),
                QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
                f"{v:.0%}",
            )
        p.end()
