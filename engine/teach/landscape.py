"""The loss landscape: the loss over a 2D slice of weight space through a point θ₀.

All P parameters of a network, in the order of `Network.flat_params` (W1, b1, W2, ...),
form one vector θ (P,). Two directions d₁, d₂ (P,) span a plane through θ₀ and

    L(α, β) = loss(θ₀ + α·d₁ + β·d₂)       on data X (n, d), targets Y (n, units)

is what the panel draws as a heat map. The directions are either

- random, normalised per filter (Li et al. 2018, "Visualizing the Loss Landscape of
  Neural Nets"): each unit's incoming weights W[:, j] get a random direction of the
  same length as themselves, so α = 1 moves every unit by its own size and the picture
  does not depend on how the weights happen to be scaled; or per layer (‖d_l‖ = ‖W_l‖).
  The biases' directions are zero, as in the paper;
- or the first two principal directions of a trajectory θ₁ … θ_T: the right singular
  vectors of the matrix of displacements θ_t − θ₀ (T, P), the plane in which the
  trajectory moved most.

Vectorised over K points of the plane at once. The first layer is linear in (α, β):

    z¹(α, β) = X·(W¹ + α·D¹ + β·E¹) + b¹ = X·W¹ + α·(X·D¹) + β·(X·E¹) + b¹

so X·W¹, X·D¹ and X·E¹ are computed once per grid, whatever K is (for MNIST that is
most of the work). Every later layer stacks its K weight matrices (K, h_prev, h) and
multiplies them with the K batches of activations (K, n, h_prev) in one batched matmul.
The loss of each point is `engine.nn.losses.value`, the function training reports.

`refine` computes grids of 5×5, 9×9, 17×17, … points, each containing the previous one's
points (only the new ones are computed), so a caller can draw a coarse picture at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from engine.nn import activations as act
from engine.nn import losses
from engine.nn.network import Network

DIRECTIONS = ("random", "pca")
NORMALISATIONS = ("filter", "layer")
CHUNK_VALUES = 2_000_000  # K·n·(widest layer) numbers per batched pass: bounds the memory


@dataclass
class Directions:
    """Two directions d1, d2 (P,) through weight space and how they were chosen."""

    d1: np.ndarray
    d2: np.ndarray
    kind: str  # "random" or "pca"
    description: str  # one sentence for the panel / the command line
    explained: tuple[float, float] | None = None  # pca: share of the displacements' variance


@dataclass
class Grid:
    """L(α, β) on a grid: loss[i, j] is the loss at α = alphas[j], β = betas[i].

    The centre (α = β = 0, the middle of both axes) is θ₀ itself; centre_loss is the
    network's own `evaluate` there, on the same data.
    """

    alphas: np.ndarray  # (r,)
    betas: np.ndarray  # (r,)
    loss: np.ndarray  # (r, r) float64
    centre_loss: float
    n_samples: int
    seconds: float  # spent computing this grid (and the coarser ones it reuses)
    evaluated: int  # points computed for this grid (the rest came from the coarser one)
    extra: dict = field(default_factory=dict)

    @property
    def resolution(self) -> int:
        return len(self.alphas)


# -- the network's parameters as one vector -----------------------------------------------


def flatten(weights: list[np.ndarray], biases: list[np.ndarray]) -> np.ndarray:
    """θ (P,) = [W1.ravel(), b1, W2.ravel(), b2, ...], as Network.flat_params orders them."""
    parts = [p.reshape(-1) for pair in zip(weights, biases, strict=True) for p in pair]
    return np.concatenate(parts)


def unflatten(theta: np.ndarray, sizes: list[int]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The inverse of `flatten`: ([W1, W2, ...], [b1, b2, ...]) as views of theta."""
    weights, biases, start = [], [], 0
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:], strict=True):
        weights.append(theta[start : start + fan_in * fan_out].reshape(fan_in, fan_out))
        start += fan_in * fan_out
        biases.append(theta[start : start + fan_out])
        start += fan_out
    if start != theta.shape[-1]:
        raise ValueError(f"a vector of {theta.shape[-1]} parameters does not fit sizes {sizes}")
    return weights, biases


# -- directions ---------------------------------------------------------------------------


def random_directions(network: Network, seed: int = 0, normalisation: str = "filter") -> Directions:
    """Two random Gaussian directions, rescaled per filter (unit) or per layer."""
    if normalisation not in NORMALISATIONS:
        raise ValueError(
            f"normalisation is one of {', '.join(NORMALISATIONS)}, not {normalisation}"
        )
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(2):
        d_weights, d_biases = [], []
        for W, b in zip(network.weights, network.biases, strict=True):
            W = W.astype(np.float64)
            D = rng.standard_normal(W.shape)
            if normalisation == "filter":  # column j = the weights into unit j
                D *= np.linalg.norm(W, axis=0) / np.maximum(np.linalg.norm(D, axis=0), 1e-12)
            else:
                D *= np.linalg.norm(W) / max(np.linalg.norm(D), 1e-12)
            d_weights.append(D)
            d_biases.append(np.zeros(b.shape))
        out.append(flatten(d_weights, d_biases))
    what = "each unit's" if normalisation == "filter" else "each layer's"
    return Directions(
        out[0],
        out[1],
        "random",
        f"two random directions (seed {seed}), scaled to {what} weights "
        f"({normalisation} normalisation, Li et al. 2018); biases held",
    )


def pca_directions(points: np.ndarray, centre: np.ndarray) -> Directions:
    """The first two principal directions of the displacements points − centre.

    points (T, P): e.g. a training trajectory; centre (P,): the plane's origin θ₀.
    Raises ValueError if the points do not move in two independent directions.
    """
    M = np.asarray(points, np.float64) - np.asarray(centre, np.float64)
    M = M[np.linalg.norm(M, axis=1) > 0]
    if M.shape[0] < 2:
        raise ValueError(
            "principal directions need a trajectory of at least two points away from the "
            "current weights: train a little first (or use random directions)"
        )
    _, s, Vt = np.linalg.svd(M, full_matrices=False)
    var = s**2
    if var.size < 2 or var[1] <= var[0] * 1e-20:
        raise ValueError("the trajectory moved along a single line: there is no second direction")
    explained = (float(var[0] / var.sum()), float(var[1] / var.sum()))
    return Directions(
        Vt[0].copy(),
        Vt[1].copy(),
        "pca",
        f"the first two principal directions of {M.shape[0]} trajectory points "
        f"({explained[0]:.0%} and {explained[1]:.0%} of their spread)",
        explained,
    )


def project(points: np.ndarray, centre: np.ndarray, directions: Directions) -> np.ndarray:
    """(α, β) (T, 2) of points (T, P): the least-squares point of the plane nearest each.

    For principal directions (orthonormal) this is the plain projection; random
    directions are not orthogonal, and the points mostly lie off their plane: what
    is drawn is their shadow on it.
    """
    D = np.column_stack([directions.d1, directions.d2])  # (P, 2)
    M = np.atleast_2d(np.asarray(points, np.float64)) - np.asarray(centre, np.float64)
    coeffs, *_ = np.linalg.lstsq(D, M.T, rcond=None)
    return coeffs.T


# -- losses at many points of the plane ---------------------------------------------------


def plane_losses(
    network: Network,
    X: np.ndarray,
    Y: np.ndarray,
    centre: np.ndarray,
    directions: Directions,
    coeffs: np.ndarray,
    should_stop: Callable[[], bool] | None = None,
) -> np.ndarray:
    """Loss (K,) at θ = centre + α·d1 + β·d2 for each row (α, β) of coeffs (K, 2).

    `network` gives the architecture and loss (its weights are not used); X (n, d) and
    Y (n, units) the data, in the network's dtype. Computed in chunks of points, all
    of a chunk at once (see the module docstring); `should_stop()` is asked between
    chunks and a True ends early with the rest left NaN.
    """
    dt = network.dtype
    sizes = network.sizes
    X = np.ascontiguousarray(X, dtype=dt)
    Y = np.ascontiguousarray(Y, dtype=dt)
    coeffs = np.asarray(coeffs, np.float64).reshape(-1, 2)
    n = X.shape[0]
    W0, b0 = unflatten(np.asarray(centre, dt), sizes)
    D1, e1 = unflatten(np.asarray(directions.d1, dt), sizes)
    D2, e2 = unflatten(np.asarray(directions.d2, dt), sizes)
    # the first layer, linear in (α, β): three products for the whole grid
    XW, XD1, XD2 = X @ W0[0], X @ D1[0], X @ D2[0]  # (n, sizes[1]) each
    out = np.full(len(coeffs), np.nan)
    K = max(1, CHUNK_VALUES // max(1, n * max(sizes[1:])))
    for start in range(0, len(coeffs), K):
        if should_stop is not None and should_stop():
            break
        c = coeffs[start : start + K].astype(dt)
        alpha, beta = c[:, 0, None, None], c[:, 1, None, None]  # (k, 1, 1)
        z = XW + alpha * XD1 + beta * XD2  # (k, n, sizes[1])
        z += b0[0] + alpha * e1[0] + beta * e2[0]
        a = _activate(network.activations[0], z)
        for l in range(1, len(sizes) - 1):
            W = W0[l] + alpha * D1[l] + beta * D2[l]  # (k, sizes[l], sizes[l+1])
            z = np.matmul(a, W)  # (k, n, sizes[l+1]): one batched product for the chunk
            z += b0[l] + alpha * e1[l] + beta * e2[l]
            a = _activate(network.activations[l], z)
        out[start : start + len(c)] = mean_losses(network.loss, network.activations[-1], z, a, Y)
    return out


def mean_losses(
    loss: str, output_activation: str, z: np.ndarray, a: np.ndarray, Y: np.ndarray
) -> np.ndarray:
    """The mean loss (k,) of each of k networks' outputs z, a (k, n, units) against Y (n,
    units): `engine.nn.losses.value` for a whole chunk at once, with its formulas (the same
    numbers to float precision: only the order of the sums differs)."""
    n = z.shape[1]
    if loss == "mse":
        diff = a - Y
        return 0.5 * np.einsum("knj,knj->k", diff, diff) / n
    if output_activation == "softmax":
        out = np.empty(z.shape[0])
        fine = (a > 0).all(axis=(1, 2))  # no probability underflowed: −Σ y·log a
        if fine.any():
            out[fine] = -np.einsum("knj,nj->k", np.log(a[fine]), Y) / n
        for i in np.flatnonzero(~fine):  # log-sum-exp from z, as losses.value does
            out[i] = losses.value(loss, output_activation, z[i], a[i], Y)
        return out
    # sigmoid + binary cross-entropy, stable form: max(z,0) − z·y + log(1 + e^−|z|)
    per_unit = np.maximum(z, 0) - z * Y + np.log1p(np.exp(-np.abs(z)))
    return per_unit.sum(axis=(1, 2)) / n


def _activate(g: str, z: np.ndarray) -> np.ndarray:
    """a = g(z) for z (k, n, h): as rows (k·n, h), the shape the activation tables take."""
    a = np.empty_like(z)
    h = z.shape[-1]
    act.ACTIVATIONS[g](z.reshape(-1, h), a.reshape(-1, h))
    return a


def plane_losses_one_by_one(
    network: Network,
    X: np.ndarray,
    Y: np.ndarray,
    centre: np.ndarray,
    directions: Directions,
    coeffs: np.ndarray,
) -> np.ndarray:
    """The same as `plane_losses`, one network per point (the reference it is tested
    and benchmarked against): θ is built, put into a Network, and evaluated."""
    dt = network.dtype
    out = np.empty(len(coeffs))
    for i, (alpha, beta) in enumerate(np.asarray(coeffs, np.float64).reshape(-1, 2)):
        theta = (centre + alpha * directions.d1 + beta * directions.d2).astype(dt)
        weights, biases = unflatten(theta, network.sizes)
        net = Network(network.sizes, network.activations, network.loss, weights, biases)
        out[i] = net.evaluate(X, Y)[0]
    return out


# -- grids, coarse to fine ------------------------------------------------------------------


def axis(span: float, resolution: int) -> np.ndarray:
    """resolution (odd) values from −span to span; the middle one is exactly 0."""
    if resolution < 3 or resolution % 2 == 0:
        raise ValueError(f"the resolution must be an odd number >= 3, not {resolution}")
    v = np.linspace(-span, span, resolution)
    v[resolution // 2] = 0.0
    return v


def levels(resolution: int, coarsest: int = 5) -> list[int]:
    """The resolutions `refine` goes through: 5, 9, 17, ... (each 2r − 1) up to resolution.

    The last is `resolution` itself when it is one of them; otherwise it is the
    largest of them below it plus `resolution` on its own (computed from scratch).
    """
    out = [min(coarsest, resolution)]
    while 2 * out[-1] - 1 <= resolution:
        out.append(2 * out[-1] - 1)
    if out[-1] != resolution:
        out.append(resolution)
    return out


def refine(
    network: Network,
    X: np.ndarray,
    Y: np.ndarray,
    directions: Directions,
    resolution: int = 33,
    span: tuple[float, float] | float = 1.0,
    centre: np.ndarray | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Iterator[Grid]:
    """Generator: grids of increasing resolution (5×5, 9×9, ... resolution×resolution).

    centre: θ₀ (P,), by default the network's own weights; span: the largest |α| (and
    |β|), or (span_α, span_β). A finer grid reuses every point of the coarser one (its
    even rows and columns). Stops early, without yielding, once should_stop() is True.
    """
    if centre is None:
        centre = network.flat_params()
    centre = np.asarray(centre).copy()
    sa, sb = (span, span) if np.isscalar(span) else span
    if not (np.isfinite(sa) and np.isfinite(sb) and sa > 0 and sb > 0):
        raise ValueError(f"the span must be positive, not {span}")
    weights, biases = unflatten(centre.astype(network.dtype), network.sizes)
    at_centre = Network(network.sizes, network.activations, network.loss, weights, biases)
    X = np.ascontiguousarray(X, dtype=network.dtype)
    Y = np.ascontiguousarray(Y, dtype=network.dtype)
    centre_loss = at_centre.evaluate(X, Y)[0]
    t0 = time.perf_counter()
    previous: np.ndarray | None = None
    for r in levels(resolution):
        alphas, betas = axis(sa, r), axis(sb, r)
        loss = np.full((r, r), np.nan)
        todo = np.ones((r, r), bool)
        if previous is not None and 2 * previous.shape[0] - 1 == r:
            loss[::2, ::2] = previous
            todo[::2, ::2] = False
        rows, cols = np.nonzero(todo)
        coeffs = np.column_stack([alphas[cols], betas[rows]])
        loss[rows, cols] = plane_losses(
            network, X, Y, centre, directions, coeffs, should_stop=should_stop
        )
        if should_stop is not None and should_stop():
            return
        previous = loss
        yield Grid(
            alphas, betas, loss, centre_loss, X.shape[0], time.perf_counter() - t0, len(rows)
        )


def trajectory_span(coords: np.ndarray, margin: float = 1.3, least: float = 1e-3) -> tuple:
    """(span_α, span_β) of a grid centred on 0 that holds every point of coords (T, 2)."""
    if len(coords) == 0:
        return (1.0, 1.0)
    m = np.abs(np.asarray(coords)).max(axis=0) * margin
    return (max(float(m[0]), least), max(float(m[1]), least))


def subsample(
    X: np.ndarray, Y: np.ndarray, n: int | None, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, str]:
    """(X, Y, description): at most n rows of X (m, d), Y (m, k), drawn without
    replacement with `seed` (all of them, in order, when n is None or >= m)."""
    m = X.shape[0]
    if n is None or n >= m:
        return X, Y, f"all {m:,} training samples"
    idx = np.sort(np.random.default_rng(seed).choice(m, size=n, replace=False))
    return X[idx], Y[idx], f"{n:,} of {m:,} training samples (random, seed {seed})"
