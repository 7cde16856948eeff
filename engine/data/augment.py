"""Seeded image augmentation for 28×28 digits: the same digit, written a little differently.

    X2 = augment_batch(X, rng)          # X (n, 784) float32 in [0, 1] -> X2 (n, 784)

Each image gets its own random geometry — a shift, a small rotation, a scale
(slightly different across and down the page), a shear (slant) — and a smooth
random elastic displacement, all folded into one map from output pixel to
source position. The whole batch is then resampled at once with bilinear
interpolation (four gathers for n×784 positions). Before that, a random
fraction of images get thicker or thinner strokes: a blend between the image
and its 3×3 grey dilation (maximum of the neighbourhood) or erosion (minimum).

The elastic field is a coarse k×k grid of random displacements (k=4 here)
upsampled bilinearly to 28×28 by one matrix product — a smooth warp like a
Gaussian-filtered random field, without convolving every image.

Everything draws from the `rng` passed in, so a seed gives the same batch.
"""

from __future__ import annotations

import numpy as np

SIDE = 28
CENTRE = (SIDE - 1) / 2  # 13.5: rotate and scale about the middle of the image

DEFAULTS = {  # what the shipped default digit model was trained with
    "shift": 1.5,  # pixels, uniform in [-shift, shift] on each axis
    "rotate": 10.0,  # degrees, uniform in [-rotate, rotate]
    "scale": 0.1,  # relative, uniform in [1-scale, 1+scale] (times 1 ± scale/2 per axis)
    "shear": 0.2,  # slant: column += shear·row offset, uniform in [-shear, shear]
    "elastic": 1.0,  # pixels: std of the coarse random displacements
    "elastic_grid": 4,  # k: the displacement field is a k×k grid upsampled to 28×28
    "thickness": 0.6,  # fraction of images whose strokes get thicker or thinner
}


def _upsample_matrix(k: int, side: int = SIDE) -> np.ndarray:
    """U (k*k, side*side): field (n, k*k) @ U is the bilinear upsampling to side×side.

    E.g. k=4: control points sit at 0, 9, 18, 27 along each axis; each output
    pixel mixes its four nearest control points.
    """
    pos = np.linspace(0, k - 1, side)
    i0 = np.minimum(np.floor(pos).astype(int), k - 2)
    f = pos - i0
    A = np.zeros((side, k))  # 1-D interpolation: A[p, i] weight of control i at pixel p
    A[np.arange(side), i0] = 1 - f
    A[np.arange(side), i0 + 1] = f
    # 2-D weight of control (i, j) at pixel (r, c) = A[r, i] * A[c, j]
    U = np.einsum("ri,cj->ijrc", A, A).reshape(k * k, side * side)
    return U.astype(np.float32)


_UPSAMPLE: dict[int, np.ndarray] = {}
_rows, _cols = np.mgrid[0:SIDE, 0:SIDE].astype(np.float32)
_GRID_R = (_rows.ravel() - CENTRE)[None, :]  # (1, 784) output row offsets from the centre
_GRID_C = (_cols.ravel() - CENTRE)[None, :]


def _thicken_or_thin(images: np.ndarray, amount: np.ndarray) -> np.ndarray:
    """Blend each image (n, 28, 28) toward its 3×3 grey dilation (amount > 0) or erosion (< 0).

    amount (n,) in [-1, 1]: 0 leaves the image, 1 is the full dilation, -1 the full erosion.
    """
    out = images.copy()
    for chosen, extreme in ((amount > 0, np.maximum), (amount < 0, np.minimum)):
        if not chosen.any():
            continue
        sub = images[chosen]
        p = np.pad(sub, ((0, 0), (1, 1), (1, 1)), mode="edge")
        # separable 3×3 max (min): along columns, then along rows
        rows = extreme(extreme(p[:, :, :-2], p[:, :, 1:-1]), p[:, :, 2:])
        ext = extreme(extreme(rows[:, :-2], rows[:, 1:-1]), rows[:, 2:])
        t = np.abs(amount[chosen])[:, None, None]
        out[chosen] = sub + t * (ext - sub)
    return out


def source_positions(n: int, rng: np.random.Generator, **params: float):
    """Where each output pixel reads from: rows, cols (n, 784) in source pixel coordinates.

    One affine map per image (rotation, per-axis scale, shear, shift about the
    centre 13.5, 13.5) plus a smooth elastic displacement.
    """
    p = {**DEFAULTS, **params}
    theta = np.radians(rng.uniform(-p["rotate"], p["rotate"], n)).astype(np.float32)
    s = 1 + rng.uniform(-p["scale"], p["scale"], n)
    sx = (s * (1 + rng.uniform(-p["scale"] / 2, p["scale"] / 2, n))).astype(np.float32)
    sy = (s * (1 + rng.uniform(-p["scale"] / 2, p["scale"] / 2, n))).astype(np.float32)
    shear = rng.uniform(-p["shear"], p["shear"], n).astype(np.float32)
    shift = rng.uniform(-p["shift"], p["shift"], (n, 2)).astype(np.float32)
    # forward map of a point (r, c) about the centre: scale, then shear, then rotate;
    # we need the inverse (output -> source), so apply the inverse operations in reverse.
    cos, sin = np.cos(theta)[:, None], np.sin(theta)[:, None]
    r0 = _GRID_R - shift[:, :1]
    c0 = _GRID_C - shift[:, 1:]
    r1 = cos * r0 + sin * c0  # undo the rotation
    c1 = -sin * r0 + cos * c0
    c1 = c1 - shear[:, None] * r1  # undo the shear (slant: c grows with -r going up)
    rows = r1 / sy[:, None] + CENTRE  # undo the scale
    cols = c1 / sx[:, None] + CENTRE
    if p["elastic"] > 0:
        k = int(p["elastic_grid"])
        U = _UPSAMPLE.get(k)
        if U is None:
            U = _UPSAMPLE[k] = _upsample_matrix(k)
        coarse = rng.normal(0, p["elastic"], (2 * n, k * k)).astype(np.float32)
        # einsum's own loop, not BLAS: a small product where BLAS threads only add overhead
        field = np.einsum("nk,kp->np", coarse, U)
        rows += field[:n]
        cols += field[n:]
    return rows, cols


def bilinear(images: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Sample images (n, 28, 28) at (rows, cols) (n, m) with bilinear interpolation -> (n, m).

    Positions outside the image read black (0), fading in smoothly at the border.
    """
    n = images.shape[0]
    W = SIDE + 2  # padded by one black pixel on every side
    padded = np.zeros((n, W, W), np.float32)
    padded[:, 1:-1, 1:-1] = images
    flat = padded.ravel()
    r = np.clip(rows + 1, 0, W - 1.001)
    c = np.clip(cols + 1, 0, W - 1.001)
    r0 = r.astype(np.int32)
    c0 = c.astype(np.int32)
    fr = r - r0
    fc = c - c0
    i00 = r0 * W + c0
    i00 += (np.arange(n, dtype=np.int32) * (W * W))[:, None]  # into the flat batch
    top = np.take(flat, i00)
    top += (np.take(flat, i00 + 1) - top) * fc
    i00 += W
    bottom = np.take(flat, i00)
    bottom += (np.take(flat, i00 + 1) - bottom) * fc
    top += (bottom - top) * fr
    return top


def augment_batch(X: np.ndarray, rng: np.random.Generator, **params: float) -> np.ndarray:
    """A randomly re-written copy of each image in X (n, 784) float32 in [0, 1] -> (n, 784).

    params override DEFAULTS (shift, rotate, scale, shear, elastic, elastic_grid,
    thickness); 0 turns one off. E.g. augment_batch(X, rng, elastic=0, rotate=5).
    """
    unknown = set(params) - set(DEFAULTS)
    if unknown:
        known = ", ".join(DEFAULTS)
        raise ValueError(
            f"unknown augmentation setting {', '.join(sorted(unknown))}; known: {known}"
        )
    X = np.asarray(X, dtype=np.float32)
    if X.ndim != 2 or X.shape[1] != SIDE * SIDE:
        raise ValueError(f"augment_batch takes images as rows (n, 784), got shape {X.shape}")
    n = X.shape[0]
    if n == 0:
        return X.copy()
    p = {**DEFAULTS, **params}
    images = X.reshape(n, SIDE, SIDE)
    if p["thickness"] > 0:
        amount = rng.uniform(-1, 1, n) * (rng.random(n) < p["thickness"])
        amount[amount < 0] *= 0.6  # erosion removes thin strokes fast: be gentler
        images = _thicken_or_thin(images, amount.astype(np.float32))
    rows, cols = source_positions(n, rng, **params)
    out = bilinear(images, rows, cols)
    np.clip(out, 0, 1, out=out)
    return out


def transform(**params: float):
    """A Trainer transform f(X, rng) -> X that augments with these settings."""

    def f(X: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        return augment_batch(X, rng, **params)

    return f
