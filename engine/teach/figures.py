"""What the panels draw that has to be computed from a network: every number they show.

Panels never do maths: they call these functions (or read their results from a
snapshot) and draw. Everything works on plain arrays — `weights`, `biases` and
`activations` as a Network or a Snapshot holds them — so it can run in the
training thread on copies, or in the window on a network nobody is training.

For sizes [2, 4, 1] (two inputs, four hidden units, one sigmoid output):

    layer_outputs(W, b, g, X (n, 2))         -> [a0 (n, 2), a1 (n, 4), a2 (n, 1)]
    class_probabilities(a2)                  -> (n, 2): [1 − p, p]
    plane_maps(W, b, g, bounds, 48)          -> PlaneMaps: per layer (units, 48, 48)
    validation_report(W, b, g, X, y, 2)      -> ValidationReport: confusion (2, 2), misclassified
    strongest_units(W_in, W_out, k)          -> indices of the k units with the largest weights
    strongest_edges(W, rows, cols, k)        -> the k largest |w| of a block of W
    tile_mosaic(W (784, h), (28, 28))        -> one image holding h 28×28 tiles
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.nn import activations as act

# -- forward pass on plain arrays -------------------------------------------------------


def layer_outputs(
    weights: list[np.ndarray],
    biases: list[np.ndarray],
    activations: list[str],
    X: np.ndarray,
) -> list[np.ndarray]:
    """Activations of every layer for inputs X (n, sizes[0]) (or one sample (sizes[0],)).

    Returns [a0 = X, a1, ..., aL] as fresh float arrays, e.g. for sizes [784, 30, 10] and
    n = 5: shapes (5, 784), (5, 30), (5, 10).
    """
    if not weights:
        raise ValueError("the network has no layers")
    dt = weights[0].dtype
    a = np.asarray(X, dtype=dt)
    if a.ndim == 1:
        a = a[None, :]
    if a.ndim != 2 or a.shape[1] != weights[0].shape[0]:
        raise ValueError(
            f"this network takes {weights[0].shape[0]} inputs, got an array of shape {a.shape}"
        )
    layers = [a]
    for W, b, g in zip(weights, biases, activations, strict=True):
        z = a @ W
        z += b
        a = act.ACTIVATIONS[g](z, z)
        layers.append(a)
    return layers


def class_probabilities(output: np.ndarray) -> np.ndarray:
    """Per-class probabilities (n, k) from network outputs (n, units).

    One output unit (sigmoid) is p(class 1): returns [1 − p, p] (k = 2). Several units
    are read as scores of each class, clipped at 0 and normalised to sum to 1 (a softmax
    output is returned unchanged, up to rounding).
    """
    output = np.asarray(output, dtype=np.float64)
    if output.shape[1] == 1:
        p = np.clip(output[:, 0], 0.0, 1.0)
        return np.column_stack([1.0 - p, p])
    scores = np.clip(output, 0.0, None)
    total = scores.sum(axis=1, keepdims=True)
    k = output.shape[1]
    return np.divide(scores, total, out=np.full_like(scores, 1.0 / k), where=total > 0)


# -- validation: confusion matrix and misclassified examples ----------------------------


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """Counts C (n_classes, n_classes) with C[t, p] = how many of true class t were predicted p.

    e.g. y_true [0, 1, 1], y_pred [0, 0, 1], 2 classes -> [[1, 0], [1, 1]].
    """
    y_true = np.asarray(y_true, dtype=np.int64)
    y_pred = np.asarray(y_pred, dtype=np.int64)
    if y_true.shape != y_pred.shape:
        raise ValueError(f"{y_true.shape[0]} true labels but {y_pred.shape[0]} predictions")
    k = int(n_classes)
    if y_true.size and (
        min(y_true.min(), y_pred.min()) < 0 or max(y_true.max(), y_pred.max()) >= k
    ):
        raise ValueError(f"labels must lie in 0..{k - 1}")
    return np.bincount(y_true * k + y_pred, minlength=k * k).reshape(k, k)


@dataclass(frozen=True)
class ValidationReport:
    """How a network does on a labelled set, class by class.

    For 10,000 MNIST validation images: confusion (10, 10) counts; predicted (10000,);
    confidence (10000,) = probability of the predicted class; misclassified: indices into
    the set, most confident mistakes first.
    """

    confusion: np.ndarray
    predicted: np.ndarray
    confidence: np.ndarray
    misclassified: np.ndarray

    @property
    def accuracy(self) -> float:
        total = int(self.confusion.sum())
        return float(np.trace(self.confusion)) / total if total else float("nan")


def validation_report(
    weights: list[np.ndarray],
    biases: list[np.ndarray],
    activations: list[str],
    X: np.ndarray,
    y: np.ndarray,
    n_classes: int,
    batch: int = 4096,
) -> ValidationReport:
    """Confusion matrix, predictions, confidences and misclassified indices on X (n, d), y (n,)."""
    n = X.shape[0]
    k = max(int(n_classes), 2)
    predicted = np.empty(n, dtype=np.int64)
    confidence = np.empty(n, dtype=np.float64)
    for start in range(0, n, batch):
        probs = class_probabilities(
            layer_outputs(weights, biases, activations, X[start : start + batch])[-1]
        )
        predicted[start : start + batch] = probs.argmax(axis=1)
        confidence[start : start + batch] = probs.max(axis=1)
    y = np.asarray(y, dtype=np.int64)
    units = weights[-1].shape[1]
    k = max(k, units if units > 1 else 2, int(y.max()) + 1 if y.size else 0)  # fit all labels
    wrong = np.flatnonzero(predicted != y)
    wrong = wrong[np.argsort(-confidence[wrong], kind="stable")]
    return ValidationReport(confusion_matrix(y, predicted, k), predicted, confidence, wrong)


# -- the plane of a 2D dataset ----------------------------------------------------------


@dataclass(frozen=True)
class PlaneMaps:
    """Every unit's output over a square grid of the input plane.

    bounds (x_min, x_max, y_min, y_max); resolution r; maps[l] (units of layer l+1, r, r)
    with maps[l][j, row, col] the output of unit j at x = xs[col], y = ys[row] (row 0 is
    y_min); probabilities (r, r, k) the predicted class probabilities.
    """

    bounds: tuple[float, float, float, float]
    xs: np.ndarray
    ys: np.ndarray
    maps: list[np.ndarray]
    probabilities: np.ndarray


def plane_bounds(X: np.ndarray, margin: float = 0.1) -> tuple[float, float, float, float]:
    """A square (x_min, x_max, y_min, y_max) holding every point of X (n, 2), plus a margin."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != 2 or X.shape[0] == 0:
        return (-1.0, 1.0, -1.0, 1.0)
    lo, hi = X.min(axis=0), X.max(axis=0)
    centre = (lo + hi) / 2
    half = max(float((hi - lo).max()) / 2, 1e-3) * (1 + margin)
    return (centre[0] - half, centre[0] + half, centre[1] - half, centre[1] + half)


def forward_macs(sizes: list[int]) -> int:
    """Multiply-adds of one forward pass of one input through a network of these sizes
    (Σ sizes[l]·sizes[l+1]; at least 1): what a view pays per point it maps."""
    return sum(a * b for a, b in zip(sizes, sizes[1:], strict=False)) or 1


def plane_maps(
    weights: list[np.ndarray],
    biases: list[np.ndarray],
    activations: list[str],
    bounds: tuple[float, float, float, float],
    resolution: int = 48,
) -> PlaneMaps:
    """Outputs of every unit of a 2-input network over a resolution × resolution grid."""
    if weights[0].shape[0] != 2:
        raise ValueError(f"the plane needs a 2-input network, this one takes {weights[0].shape[0]}")
    r = int(resolution)
    xs = np.linspace(bounds[0], bounds[1], r)
    ys = np.linspace(bounds[2], bounds[3], r)
    gx, gy = np.meshgrid(xs, ys)  # gx[row, col] = xs[col], gy[row, col] = ys[row]
    points = np.column_stack([gx.ravel(), gy.ravel()])
    layers = layer_outputs(weights, biases, activations, points)
    # views, not copies: 8 layers of 1,024 units at r = 64 would copy 128 MB for the few
    # maps a panel shows (each copies its own)
    maps = [a.T.reshape(a.shape[1], r, r) for a in layers[1:]]
    probabilities = class_probabilities(layers[-1]).reshape(r, r, -1)
    return PlaneMaps(tuple(float(v) for v in bounds), xs, ys, maps, probabilities)


# -- choosing what fits on screen -------------------------------------------------------


def strongest_units(W_in: np.ndarray | None, W_out: np.ndarray | None, k: int) -> np.ndarray:
    """Indices (sorted) of the k units of a layer with the largest weights in and out.

    W_in (sizes[l-1], units) holds the weights into the layer, W_out (units, sizes[l+1])
    the weights out of it (either may be None). Score of unit j: ‖W_in[:, j]‖ + ‖W_out[j]‖.
    e.g. a 512-unit layer shown with k = 24 keeps the 24 units that matter most.
    """
    units = W_in.shape[1] if W_in is not None else W_out.shape[0]
    if units <= k:
        return np.arange(units)
    score = np.zeros(units)
    if W_in is not None:
        score += np.sqrt(np.einsum("ij,ij->j", W_in, W_in, dtype=np.float64))
    if W_out is not None:
        score += np.sqrt(np.einsum("ij,ij->i", W_out, W_out, dtype=np.float64))
    top = np.argpartition(-score, k - 1)[:k]
    return np.sort(top)


def strongest_edges(
    W: np.ndarray, rows: np.ndarray, cols: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The k weights of largest |w| in the block W[rows][:, cols].

    Returns (i, j, w): positions *within* rows and cols (so rows[i] is the unit below,
    cols[j] the unit above) and the weights, each (min(k, block size),).
    """
    block = W[np.ix_(rows, cols)]
    flat = block.ravel()
    if flat.size > k:
        pick = np.argpartition(np.abs(flat), flat.size - k)[flat.size - k :]
    else:
        pick = np.arange(flat.size)
    i, j = np.divmod(pick, block.shape[1])
    return i, j, flat[pick]


# -- images of weights ------------------------------------------------------------------


def symmetric_limit(*arrays: np.ndarray) -> float:
    """max |value| over the arrays (at least a tiny positive number): levels (−m, m)."""
    m = 0.0
    for a in arrays:
        if a is None or not a.size:
            continue
        top = max(abs(float(np.max(a))), abs(float(np.min(a))))  # no temporary copy of a
        if not np.isfinite(top):
            finite = np.abs(a[np.isfinite(a)])
            top = float(finite.max()) if finite.size else 0.0
        m = max(m, top)
    return m if m > 0 else 1e-12


def histogram(values: np.ndarray, bins: int = 60) -> tuple[np.ndarray, np.ndarray]:
    """(edges (bins+1,), counts (bins,)) of the finite values, over a range symmetric about 0."""
    m = symmetric_limit(values)
    flat = np.asarray(values, dtype=np.float64).ravel()
    counts, edges = np.histogram(flat[np.isfinite(flat)], bins=bins, range=(-m, m))
    return edges, counts


def tile_mosaic(
    W: np.ndarray, image_shape: tuple[int, int], columns: int | None = None, gap: int = 1
) -> tuple[np.ndarray, int, int]:
    """Each column of W (h·w, units) as an h × w tile, laid out in one image.

    Returns (mosaic, rows, columns): mosaic float32 (rows·(h+gap) − gap, columns·(w+gap) − gap),
    row-major, tile of unit j at grid row j // columns, column j % columns; gaps are NaN.
    e.g. W (784, 30) with (28, 28) -> a 5 × 6 grid of tiles, mosaic (144, 173).
    """
    h, w = image_shape
    if W.shape[0] != h * w:
        raise ValueError(f"{W.shape[0]} inputs are not {h}×{w} images")
    units = W.shape[1]
    if columns is None:
        columns = max(1, math.ceil(math.sqrt(units)))
    rows = max(1, math.ceil(units / columns))
    tiles = np.full((rows * columns, h + gap, w + gap), np.nan, dtype=np.float32)
    tiles[:units, :h, :w] = W.T.reshape(units, h, w)
    mosaic = tiles.reshape(rows, columns, h + gap, w + gap).transpose(0, 2, 1, 3)
    mosaic = mosaic.reshape(rows * (h + gap), columns * (w + gap))
    return (
        np.ascontiguousarray(mosaic[: mosaic.shape[0] - gap, : mosaic.shape[1] - gap]),
        rows,
        columns,
    )


def layer_norms(arrays: list[np.ndarray]) -> np.ndarray:
    """‖A‖ (Frobenius) of each array, e.g. the weights of each layer: (len(arrays),)."""
    return np.array([float(np.sqrt(np.sum(np.square(a, dtype=np.float64)))) for a in arrays])
