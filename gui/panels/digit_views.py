"""Small views for digits: a greyscale image drawn pixel by pixel, and ten probability bars.

Both are plain QWidgets painted with QPainter: a 28×28 image and ten bars are
cheaper to repaint this way than as plot items, and they repaint on every
prediction while the user draws.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from gui.i18n import translate


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
        self._array: np.ndarray | None = None  # what is shown, to skip repeats
        self._title: QtGui.QStaticText | None = None  # laid out once per width
        self._title_width = -1
        self.setMinimumSize(84, 84 + (16 if title else 0))
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred
        )

    def set_array(self, a: np.ndarray | None) -> None:
        """Show a (h, w) float array in [0, 1]; None shows an empty frame. The same: no repaint."""
        if a is None and self._array is None:
            return
        if a is not None and self._array is not None and np.array_equal(a, self._array):
            return
        self._array = None if a is None else np.array(a, copy=True)
        self._image = None if a is None else grey_image(a)
        self._shape = None if a is None else a.shape
        self.update()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._title = None
        super().changeEvent(event)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        pal = self.palette()
        top = 0
        if self.title:
            if self._title is None or self._title_width != self.width():
                # a title wider than the view is cut with "…" (and whole in the tooltip)
                shown = QtGui.QFontMetrics(self.font()).elidedText(
                    self.title, QtCore.Qt.TextElideMode.ElideRight, self.width()
                )
                self._title = QtGui.QStaticText(shown)
                self._title.prepare(QtGui.QTransform(), self.font())
                self._title_width = self.width()
                if shown != self.title and not self.toolTip():
                    self.setToolTip(self.title)
            p.setPen(pal.color(QtGui.QPalette.ColorRole.WindowText))
            size = self._title.size()
            p.drawStaticText(
                QtCore.QPointF((self.width() - size.width()) / 2, (16 - size.height()) / 2),
                self._title,
            )
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
    What does not change between predictions (digits, empty tracks) is drawn once
    per size into a pixmap; a new set of probabilities repaints only when a bar's
    length in pixels, a percentage or the highlighted digit changed.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.probabilities: np.ndarray | None = None
        self._shown: tuple | None = None  # what the last update showed: (best, lengths, texts)
        self._background: QtGui.QPixmap | None = None
        self._texts: dict[str, QtGui.QStaticText] = {}
        self._laid_out: tuple | None = None  # ((width, height), _layout()) for the font in use
        self.setMinimumSize(160, 170)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(
            translate(
                "ProbabilityBars", "The network's output for each digit (softmax probabilities)"
            )
        )

    def _layout(self) -> tuple[float, float, float, float]:
        """(label_w, value_w, row_h, bar_w) in pixels for the current size and font (cached)."""
        key = (self.width(), self.height())
        if self._laid_out is None or self._laid_out[0] != key:
            fm = self.fontMetrics()
            label_w = fm.horizontalAdvance("0") + 8
            value_w = fm.horizontalAdvance("100%") + 6
            bar_w = max(self.width() - label_w - value_w, 10)
            self._laid_out = (key, (label_w, value_w, self.height() / 10, bar_w))
        return self._laid_out[1]

    def _look(self, p: np.ndarray | None) -> tuple | None:
        if p is None:
            return None
        bar_w = self._layout()[3]
        return (
            int(np.argmax(p)),
            tuple(np.rint(p * bar_w * 4).astype(int).tolist()),  # quarter pixels: antialiased
            tuple(f"{v:.0%}" for v in p.tolist()),
        )

    def set_probabilities(self, p: np.ndarray | None) -> None:
        self.probabilities = None if p is None else np.asarray(p, dtype=float).copy()
        look = self._look(self.probabilities)
        if look != self._shown:
            self._shown = look
            self.update()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        self._background = None
        self._shown = self._look(self.probabilities)
        super().resizeEvent(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() in (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.FontChange):
            self._background = None
            self._texts.clear()
            self._laid_out = None
        super().changeEvent(event)

    def _paint_background(self) -> QtGui.QPixmap:
        """The digits and the empty tracks, drawn once for this size."""
        dpr = self.devicePixelRatioF()
        pix = QtGui.QPixmap(self.size() * dpr)
        pix.setDevicePixelRatio(dpr)
        pal = self.palette()
        pix.fill(pal.color(QtGui.QPalette.ColorRole.Window))
        label_w, _, row_h, bar_w = self._layout()
        p = QtGui.QPainter(pix)
        p.setPen(pal.color(QtGui.QPalette.ColorRole.WindowText))
        for d in range(10):
            y = d * row_h
            p.drawText(
                QtCore.QRectF(0, y, label_w - 4, row_h),
                QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter,
                str(d),
            )
            track = QtCore.QRectF(label_w, y + row_h * 0.18, bar_w, row_h * 0.64)
            p.fillRect(track, pal.color(QtGui.QPalette.ColorRole.AlternateBase))
        p.end()
        return pix

    def _text(self, s: str) -> QtGui.QStaticText:
        t = self._texts.get(s)
        if t is None:
            t = self._texts[s] = QtGui.QStaticText(s)
            t.prepare(QtGui.QTransform(), self.font())
        return t

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        if self._background is None or self._background.size() != (
            self.size() * self.devicePixelRatioF()
        ):
            self._background = self._paint_background()
        p = QtGui.QPainter(self)
        p.drawPixmap(0, 0, self._background)
        if self.probabilities is not None:
            label_w, _, row_h, bar_w = self._layout()
            best = int(np.argmax(self.probabilities))
            p.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))
            text_h = self.fontMetrics().height()
            for d, v in enumerate(self.probabilities.tolist()):
                y = d * row_h
                colour = QtGui.QColor(31, 119, 180) if d == best else QtGui.QColor(150, 150, 150)
                p.fillRect(
                    QtCore.QRectF(label_w, y + row_h * 0.18, bar_w * v, row_h * 0.64), colour
                )
                p.drawStaticText(
                    QtCore.QPointF(label_w + bar_w + 4, y + (row_h - text_h) / 2),
                    self._text(f"{v:.0%}"),
                )
        p.end()
