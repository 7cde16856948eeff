"""From a drawing to what an MNIST network expects: the digit as MNIST prepared its own.

MNIST's digits were prepared like this (LeCun et al.): the ink's bounding box
was scaled, keeping its aspect ratio, so that its longer side is 20 pixels,
with anti-aliasing (grey edges); the result was placed in a 28×28 field so
that the intensity centre of mass sits at the field's centre. We do the same:

    r = prepare(canvas)         # canvas (H, W) greyscale, uint8 0..255 or float 0..1
    r.x                         # (784,) float32 in [0, 1], or None for an empty canvas
    r.cropped                   # the ink's bounding box, e.g. (182, 121)
    r.fitted                    # longer side 20, e.g. (20, 13), area-averaged
    r.centred                   # (28, 28): r.x as an image

"Centre" precisely: in pixel-index coordinates (row i, column j are the centres
of pixel (i, j), 0..27), the intensity-weighted mean position
    com = (Σ I·i / Σ I,  Σ I·j / Σ I)
is put at CENTRE = (14.0, 14.0). That is where MNIST's own digits have it:
over its training images the mean is (13.996, 14.004), because MNIST shifted
by whole pixels so that the centre of mass lands on the pixel at 14 (the
middle of the field, 13.5, rounded up). We shift by a fraction of a pixel
(linear interpolation, which moves the centre of mass exactly), so ours lands
on (14.0, 14.0) to within float rounding unless the digit would stick out of
the field, in which case it is pushed back inside (rare: a 20-pixel box has
4 pixels of room on each side).

Ink is bright on dark, as in MNIST. A drawing with dark ink on a light
background is detected (its border is mostly bright) and inverted first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

SIDE = 28  # the field
BOX = 20  # the longer side of the ink's bounding box, after scaling
CENTRE = (14.0, 14.0)  # where the centre of mass goes (row, column), see above
INK = 0.1  # a pixel brighter than this (of 1) counts as ink for the bounding box
NOTHING = "nothing to classify: the canvas is empty"


@dataclass
class Prepared:
    """The stages of `prepare`, for the GUI to show; x is what the network reads."""

    x: np.ndarray | None  # (784,) float32 in [0, 1], or None when there is no ink
    cropped: np.ndarray | None  # (h, w) float32: the ink's bounding box
    fitted: np.ndarray | None  # (h', w') with max(h', w') == 20
    centred: np.ndarray | None  # (28, 28) float32
    bbox: tuple[int, int, int, int] | None  # (top, left, bottom, right) in the canvas, exclusive
    centre_of_mass: tuple[float, float] | None  # of `centred`, (row, column)
    message: str = ""  # "" or why there is nothing to classify

    @property
    def empty(self) -> bool:
        return self.x is None


def as_ink(image: np.ndarray) -> np.ndarray:
    """A greyscale image (H, W) as float32 ink in [0, 1]: bright ink on a dark background.

    uint8 is divided by 255; floats are taken as 0..1 (or 0..255 if any value is above 1).
    Dark-on-light drawings (the border is mostly bright) are inverted.
    """
    a = np.asarray(image)
    if a.ndim == 3 and a.shape[2] in (3, 4):  # RGB(A): use the mean of the colour channels
        a = a[..., :3].mean(axis=2)
    if a.ndim != 2 or a.shape[0] < 1 or a.shape[1] < 1:
        raise ValueError(f"a drawing is a 2-D greyscale image, got an array of shape {a.shape}")
    if a.dtype == np.uint8:
        ink = a.astype(np.float32) * np.float32(1 / 255)
    else:
        ink = a.astype(np.float32)
        if not np.isfinite(ink).all():
            raise ValueError("the drawing contains NaN or infinite values")
        if ink.max(initial=0) > 1:
            ink *= np.float32(1 / 255)
        np.clip(ink, 0, 1, out=ink)
    border = np.concatenate([ink[0], ink[-1], ink[:, 0], ink[:, -1]])
    if np.median(border) > 0.5:
        ink = 1 - ink
    return ink


# the largest byte value that as_ink does not count as ink: v > U8_INK <=> v / 255 > INK
U8_INK = int(np.flatnonzero(np.arange(256, dtype=np.float32) * np.float32(1 / 255) > INK)[0]) - 1


def _light(a: np.ndarray) -> bool:
    """Whether a uint8 drawing (H, W) may be dark ink on light (as_ink would then invert it).

    as_ink inverts when the border's median is above 0.5, which needs at least half of
    the border's bytes at 128 or more; with fewer, the drawing is certainly ink on dark.
    """
    border = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])
    return 2 * int(np.count_nonzero(border >= 128)) >= border.size


@functools.lru_cache(maxsize=1024)
def area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """R (n_out, n_in): output pixel k averages the input pixels its interval covers.

    Output pixel k spans [k·s, (k+1)·s) of the input with s = n_in / n_out; each
    input pixel i contributes in proportion to its overlap, so R @ v is area
    averaging (an anti-aliased shrink; when enlarging, each output takes the
    pixels under it). Rows sum to 1. E.g. area_matrix(4, 2) = [[.5 .5 0 0], [0 0 .5 .5]].
    """
    s = n_in / n_out
    lo = np.arange(n_out)[:, None] * s  # (n_out, 1) interval starts
    hi = lo + s
    i = np.arange(n_in)[None, :]  # (1, n_in) input pixel [i, i+1)
    overlap = np.clip(np.minimum(hi, i + 1) - np.maximum(lo, i), 0, None)
    R = (overlap / s).astype(np.float32)
    R.flags.writeable = False  # cached and shared: a drawing's sizes repeat while it is drawn
    return R


def shift_matrix(n_in: int, n_out: int, offset: float) -> np.ndarray:
    """S (n_out, n_in): places a length-n_in signal at `offset` in n_out, by linear interpolation.

    Input pixel i lands at position offset + i, split between the two output
    pixels either side, so the centre of mass moves by exactly `offset`.
    """
    S = np.zeros((n_out, n_in), np.float32)
    whole = int(np.floor(offset))
    frac = offset - whole
    i = np.arange(n_in)
    for k, weight in ((whole + i, 1 - frac), (whole + i + 1, frac)):
        inside = (k >= 0) & (k < n_out)
        S[k[inside], i[inside]] += weight
    return S


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, column) intensity-weighted mean position in an image (h, w), in pixel indices."""
    total = float(image.sum())
    rows = float(image.sum(axis=1) @ np.arange(image.shape[0])) / total
    cols = float(image.sum(axis=0) @ np.arange(image.shape[1])) / total
    return rows, cols


def prepare(image: np.ndarray) -> Prepared:
    """A drawing of any size (H, W) -> the 28×28 MNIST-like image, with every stage.

    e.g. a 280×280 canvas with a "7" drawn in its top half: cropped (120, 96),
    fitted (20, 16), centred (28, 28) with its centre of mass at (14.0, 14.0),
    x (784,). A canvas with no ink gives x None and message NOTHING.
    """
    a = np.asarray(image)
    if a.dtype == np.uint8 and a.ndim == 2 and min(a.shape) > 0 and not _light(a):
        # the canvas's case: find the ink on the bytes, convert only the crop (same numbers)
        ink, inked = a, a > U8_INK
    else:
        ink = as_ink(image)
        inked = ink > INK
    rows = np.flatnonzero(inked.any(axis=1))
    if rows.size == 0:
        return Prepared(None, None, None, None, None, None, NOTHING)
    cols = np.flatnonzero(inked[rows[0] : rows[-1] + 1].any(axis=0))
    top, bottom, left, right = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    cropped = ink[top:bottom, left:right]
    if cropped.dtype == np.uint8:
        cropped = cropped.astype(np.float32) * np.float32(1 / 255)
    h, w = cropped.shape
    scale = BOX / max(h, w)
    fh, fw = max(1, round(h * scale)), max(1, round(w * scale))
    fitted = area_matrix(h, fh) @ cropped @ area_matrix(w, fw).T
    peak = float(fitted.max())
    if peak <= 0:
        return Prepared(None, None, None, None, None, None, NOTHING)
    cr, cc = centre_of_mass(fitted)
    # put the centre of mass on CENTRE, but keep the whole box inside the field
    oy = min(max(CENTRE[0] - cr, 0.0), SIDE - fh - 1e-6 if fh < SIDE else 0.0)
    ox = min(max(CENTRE[1] - cc, 0.0), SIDE - fw - 1e-6 if fw < SIDE else 0.0)
    centred = shift_matrix(fh, SIDE, oy) @ fitted @ shift_matrix(fw, SIDE, ox).T
    np.clip(centred, 0, 1, out=centred)
    centred = np.ascontiguousarray(centred, dtype=np.float32)
    return Prepared(
        x=centred.reshape(SIDE * SIDE).copy(),
        cropped=cropped,
        fitted=fitted,
        centred=centred,
        bbox=(top, left, bottom, right),
        centre_of_mass=centre_of_mass(centred),
    )
