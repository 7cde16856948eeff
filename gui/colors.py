"""Shared colours: one diverging map for signed numbers, one sequential map, class colours.

Signed numbers (weights, activations of tanh, δ, gradients) always use DIVERGING:
negative = orange-red, zero = near white, positive = blue, with symmetric levels
(−m, m) so that zero sits in the middle. Counts use SEQUENTIAL (white → dark blue).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

NEGATIVE = (214, 96, 39)  # orange-red
ZERO = (247, 247, 247)
POSITIVE = (33, 102, 172)  # blue
BACKGROUND = "w"
FOREGROUND = (40, 40, 40)

DIVERGING = pg.ColorMap(
    [0.0, 0.25, 0.5, 0.75, 1.0],
    [(165, 40, 20), (239, 138, 98), ZERO, (103, 169, 207), (5, 48, 120)],
    name="bps-diverging",
)
SEQUENTIAL = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (8, 48, 107)], name="bps-sequential")
GREYS = pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)], name="bps-greys")

# Ten distinguishable class colours (class 0 orange, class 1 blue as in the diverging map).
CLASS_COLORS = np.array(
    [
        (230, 120, 40),
        (40, 110, 185),
        (60, 160, 70),
        (200, 50, 60),
        (140, 100, 190),
        (140, 90, 75),
        (220, 110, 190),
        (120, 120, 120),
        (180, 180, 40),
        (30, 180, 190),
    ],
    dtype=np.float32,
)

_LUT_SIZE = 255
DIVERGING_LUT = DIVERGING.getLookupTable(0.0, 1.0, _LUT_SIZE, alpha=False)
SEQUENTIAL_LUT = SEQUENTIAL.getLookupTable(0.0, 1.0, _LUT_SIZE, alpha=False)
GREYS_LUT = GREYS.getLookupTable(0.0, 1.0, _LUT_SIZE, alpha=False)
_DIVERGING_BRUSHES: list[QtGui.QBrush] | None = None


def class_color(k: int, alpha: int = 255) -> QtGui.QColor:
    r, g, b = CLASS_COLORS[k % len(CLASS_COLORS)]
    return QtGui.QColor(int(r), int(g), int(b), alpha)


def diverging_brushes(values: np.ndarray, limit: float) -> list[QtGui.QBrush]:
    """One brush per value, from the diverging map with levels (−limit, limit)."""
    global _DIVERGING_BRUSHES
    if _DIVERGING_BRUSHES is None:
        _DIVERGING_BRUSHES = [QtGui.QBrush(QtGui.QColor(*map(int, c))) for c in DIVERGING_LUT]
    t = np.nan_to_num(np.asarray(values, dtype=np.float64) / max(limit, 1e-12), nan=0.0)
    idx = np.clip(np.rint((t + 1) * 0.5 * (_LUT_SIZE - 1)), 0, _LUT_SIZE - 1).astype(int)
    return [_DIVERGING_BRUSHES[i] for i in idx]


def blend_classes(probabilities: np.ndarray) -> np.ndarray:
    """RGB image (r, r, 3) uint8 from class probabilities (r, r, k): colours mixed by p.

    Two classes use the diverging map on p(class 1); more classes mix the class colours,
    lightened toward white where the network is unsure (max p low).
    """
    k = probabilities.shape[-1]
    if k == 2:
        t = np.clip(probabilities[..., 1], 0.0, 1.0)
        lut = DIVERGING.getLookupTable(0.0, 1.0, _LUT_SIZE, alpha=False).astype(np.float32)
        rgb = lut[np.rint(t * (_LUT_SIZE - 1)).astype(int)]
    else:
        rgb = probabilities.astype(np.float32) @ CLASS_COLORS[:k]
        certainty = (probabilities.max(axis=-1, keepdims=True) - 1.0 / k) * k / (k - 1)
        rgb = 255 - (255 - rgb) * np.clip(certainty, 0.15, 1.0)
    # Light enough for points on top to stand out.
    rgb = 255 - (255 - rgb) * 0.75
    return np.ascontiguousarray(np.clip(rgb, 0, 255).astype(np.uint8))


def colorbar(label: str, limit: float = 1.0, cmap: pg.ColorMap = DIVERGING) -> pg.ColorBarItem:
    """A non-interactive vertical colour bar with levels (−limit, limit) and a label."""
    bar = pg.ColorBarItem(
        values=(-limit, limit), colorMap=cmap, interactive=False, width=14, pen=FOREGROUND
    )
    bar.axis.setPen(pg.mkPen(FOREGROUND))
    bar.axis.setTextPen(pg.mkPen(FOREGROUND))
    bar.axis.enableAutoSIPrefix(False)  # show 0.001, never "w (x0.001)"
    # pyqtgraph fixes the bar's axis at 45 px: wide values (-0.002, 40000) then ran into the
    # label or were dropped (a bar of large weights showed only "0"). Sized to its text:
    bar.axis.setWidth(None)
    bar.axis.tickStrings = lambda values, scale, spacing: [tick_text(v * scale) for v in values]
    for name in ("left", "bottom", "right", "top"):  # the bar's frame and its value axis
        cache_axis(bar.getAxis(name))
    set_bar_label(bar, label)
    return bar


SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def tick_text(v: float) -> str:
    """A short tick label: 0.002, 35, 4000; past 10⁴ or below 10⁻³ as 2×10⁶, 5×10⁻⁴."""
    if v == 0 or not np.isfinite(v):
        return "0" if v == 0 else str(v)
    a = abs(v)
    if 1e-3 <= a < 1e4:
        return np.format_float_positional(v, precision=3, fractional=False, trim="-")
    k = int(np.floor(np.log10(a)))
    m = float(f"{v / 10**k:.2g}")
    if abs(m) >= 10:
        m, k = m / 10, k + 1
    power = "10" + str(k).translate(SUPERSCRIPT)
    if abs(m) == 1:
        return power if m > 0 else "-" + power
    return f"{m:g}×{power}"


def set_bar_label(bar: pg.ColorBarItem, label: str) -> None:
    """Name what the colours of `bar` mean (shown along the bar, next to its values)."""
    bar.axis.setLabel(label, color="#282828")


def swatch_html(rgb: tuple[int, int, int], text: str) -> str:
    """A coloured square and its name, never broken over two lines (rich text)."""
    r, g, b = rgb
    name = text.replace(" ", "&nbsp;")
    return f"<span style='color: rgb({r},{g},{b}); font-size: 14pt'>&#9632;</span>&nbsp;{name}"


def cache_axis(axis: pg.AxisItem) -> None:
    """Paint `axis` from a pixmap until its range, ticks or size change.

    Without it an axis re-renders its ticks and labels whenever anything near it is
    repainted (and with a grid it covers its whole plot): during training that was most
    of what painting the panels cost.
    """
    axis.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)


def style_plot(plot: pg.PlotItem, still: bool = False) -> None:
    """Dark axes and text on the white background of the panels, axes cached as pixmaps.

    still=True: a picture rather than a plot to explore — no zooming or panning with
    the mouse, no context menu, no auto-range button.
    """
    if still:
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(FOREGROUND))
        axis.setTextPen(pg.mkPen(FOREGROUND))
        axis.enableAutoSIPrefix(False)
        cache_axis(axis)
    plot.titleLabel.setAttr("color", "#282828")
