"""How a network moves the input plane: each layer maps, shifts and then bends the space.

Take the plane of a 2D dataset — its points and a grid of lines across it — and follow
it through the network one stage at a time:

    a⁰ = x                   the input plane
    z¹ = a⁰·W¹ + b¹          W¹ scales, rotates, and raises or lowers the dimension; b¹ shifts
    a¹ = g(z¹)               the activation bends the space, one coordinate at a time
    z², a², …, zᴸ, aᴸ        the same for every layer, up to the output

Learning is finding the bends after which one straight line (the output unit's decision)
separates the classes: in the last hidden layer's space the output layer's decision is the
line W·a + b = 0, and the points of the two classes lie on its two sides.

Every stage is shown in 2D coordinates:

- a stage of 2 units as it is (its numbers are the coordinates: exact);
- a stage of 1 unit on a line, at (value, 0);
- a wider stage of m units projected onto two directions: the first two principal
  components of its values over the data (`principal_plane`, with the share of the
  variance they keep), or two of its units the user picks, or — in the last hidden
  layer — the direction the output reads (the normal w of its decision) and the first
  principal component across it (`decision_plane`): there the decision line is exact.

Principal components have no sign and, when two variances are close, no stable order, so
a projection is aligned with the one drawn in the previous frame (`align`): the order that
matches the previous axes best, then each sign that makes the axis point the way it did.
Training then never flips or swaps the picture from one frame to the next.

Shapes, for n data points, a grid of r lines of k points each and a stage of m units:

    Stage.values (n, m)   the stage's numbers for the data (exactly the engine's z or a)
    Stage.points (n, 2)   their 2D coordinates
    Stage.grid (r, k, 2)  the grid lines' 2D coordinates
    Stage.sample (2,)     the current sample's coordinates (or None)

    space = trace_space(weights, biases, activations, X, grid_lines(bounds))
    frame = space.frame(2.5)    # halfway between stage 2 and stage 3, as the slider is
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.data.features import expand
from engine.data.features import labels as feature_labels
from engine.nn import activations as act
from engine.nn.network import Network

SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# The z above which g(z) > 0.5: where a one-unit output says "class 1" (Network.classes).
THRESHOLDS = {
    "sigmoid": 0.0,
    "tanh": math.atanh(0.5),
    "linear": 0.5,
    "relu": 0.5,
    "leaky_relu": 0.5,
    "step": 0.0,
}


def sup(l: int) -> str:
    """The layer number as a superscript: sup(2) -> '²'."""
    return str(l).translate(SUPERSCRIPTS)


# -- the input plane's grid -------------------------------------------------------------


def grid_lines(
    bounds: tuple[float, float, float, float], lines: int = 15, points: int = 61
) -> np.ndarray:
    """A grid over the rectangle bounds = (x_min, x_max, y_min, y_max): `lines` vertical
    lines, then `lines` horizontal ones, each sampled at `points` points.

    Returns (2·lines, points, 2). Straight lines stay straight under z = a·W + b; the
    points along them show how an activation bends them.
    """
    x0, x1, y0, y1 = (float(v) for v in bounds)
    xs = np.linspace(x0, x1, lines)
    ys = np.linspace(y0, y1, lines)
    tx = np.linspace(x0, x1, points)
    ty = np.linspace(y0, y1, points)
    grid = np.empty((2 * lines, points, 2))
    grid[:lines, :, 0] = xs[:, None]  # vertical lines: x fixed, y runs
    grid[:lines, :, 1] = ty[None, :]
    grid[lines:, :, 0] = tx[None, :]  # horizontal lines: y fixed, x runs
    grid[lines:, :, 1] = ys[:, None]
    return grid


# -- the stages of a forward pass -------------------------------------------------------


def stage_values(
    weights: list[np.ndarray],
    biases: list[np.ndarray],
    activations: list[str],
    X: np.ndarray,
) -> list[np.ndarray]:
    """[a⁰ = X, z¹, a¹, z², a², …, zᴸ, aᴸ] for inputs X (n, sizes[0]).

    Computed in the weights' dtype with the same operations as Network.forward
    (z = a·W into a buffer, then += b, then g), so each array equals the engine's own z
    and a bit for bit. Shapes (n, sizes[0]), then (n, sizes[l]) twice per layer l.
    """
    a = np.asarray(X, dtype=weights[0].dtype)
    if a.ndim != 2 or a.shape[1] != weights[0].shape[0]:
        raise ValueError(
            f"this network takes {weights[0].shape[0]} inputs, got an array of shape {a.shape}"
        )
    values = [a]
    for W, b, g in zip(weights, biases, activations, strict=True):
        z = np.empty((a.shape[0], W.shape[1]), dtype=a.dtype)
        np.matmul(a, W, out=z)
        z += b
        a = act.ACTIVATIONS[g](z, np.empty_like(z))
        values += [z, a]
    return values


def stage_titles(activations: list[str]) -> list[str]:
    """The formula of each stage: ['a⁰ = x', 'z¹ = a⁰·W¹ + b¹', 'a¹ = tanh(z¹)', …]."""
    titles = ["a⁰ = x"]
    for l, g in enumerate(activations, start=1):
        titles.append(f"z{sup(l)} = a{sup(l - 1)}·W{sup(l)} + b{sup(l)}")
        titles.append(f"a{sup(l)} = {g}(z{sup(l)})")
    return titles


# -- projections --------------------------------------------------------------------------


def canonical_signs(basis: np.ndarray) -> np.ndarray:
    """Flip each column of basis (m, 2) so that its largest entry (by size) is positive: a
    sign fixed by the numbers alone, for a projection with no previous frame to follow."""
    rows = np.abs(basis).argmax(axis=0)
    signs = np.where(basis[rows, np.arange(basis.shape[1])] < 0, -1.0, 1.0)
    return basis * signs


def align(basis: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """basis (m, 2) with its columns ordered and signed to follow reference (m, 2).

    Order by matching: the two columns are swapped when each one lies closer to the
    other's reference axis (|r₁·u₂| + |r₂·u₁| > |r₁·u₁| + |r₂·u₂|). Then each sign is the
    one that maximises the dot product with the reference axis (u flips when r·u < 0).
    """
    M = reference.T @ basis  # M[i, j] = r_i · u_j
    if abs(M[0, 1]) + abs(M[1, 0]) > abs(M[0, 0]) + abs(M[1, 1]):
        basis = basis[:, ::-1]
        M = M[:, ::-1]
    signs = np.where(np.diag(M) < 0, -1.0, 1.0)
    return basis * signs


def _top_two_by_gram(C: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The two widest directions of centred points C (n, m) with fewer points than units.

    C·Cᵀ (n × n) has the same nonzero eigenvalues λ as Cᵀ·C (m × m); for its eigenvector
    u, Cᵀ·u / √λ is the direction in unit space. So an n × n eigenproblem (600 points:
    a few hundredths of a second) replaces the m × m one or a full SVD of C (1,024 units:
    seconds). Returns (basis (m, 2) orthonormal, top (2,) the two largest λ ≥ 0). When the
    points span fewer than two directions, the missing axis is the first unit direction
    that is least along the others (made orthogonal to them): deterministic.
    """
    n, m = C.shape
    eigenvalues, vectors = np.linalg.eigh(C @ C.T)  # ascending, n × n
    top = np.zeros(2)
    k = min(2, n)
    top[:k] = eigenvalues[::-1][:k].clip(min=0.0)
    basis = np.zeros((m, 2))
    tiny = max(top[0], 1e-300) * n * np.finfo(np.float64).eps
    kept = 0
    for i in range(k):
        if top[i] <= tiny:
            break
        v = C.T @ vectors[:, -1 - i]
        basis[:, i] = v / np.linalg.norm(v)
        kept += 1
    for i in range(kept, 2):  # no spread along a second (or any) direction: complete
        known = basis[:, :i]
        e = int(np.abs(known).sum(axis=1).argmin()) if i else 0
        v = np.zeros(m)
        v[e] = 1.0
        v -= known @ (known.T @ v)
        basis[:, i] = v / np.linalg.norm(v)
        top[i] = 0.0
    return basis, top


def principal_plane(
    values: np.ndarray, reference: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, float]:
    """The plane of the first two principal components of values (n, m), m ≥ 2.

    Returns (basis (m, 2) with orthonormal columns, mean (m,), variance kept: the share of
    the total variance of the points that lies along the two directions, in [0, 1]).
    Deterministic; aligned to `reference` (m, 2) when given (`align`), else signed by
    `canonical_signs`.
    """
    V = np.asarray(values, dtype=np.float64)
    mean = V.mean(axis=0)
    C = V - mean
    n, m = C.shape
    if m <= n:
        eigenvalues, vectors = np.linalg.eigh(C.T @ C)  # ascending
        basis = vectors[:, [-1, -2]]
        top = eigenvalues[[-1, -2]].clip(min=0.0)
    else:
        basis, top = _top_two_by_gram(C)
    total = float((C * C).sum())
    kept = float(top.sum() / total) if total > 0 else 1.0
    basis = align(basis, reference) if reference is not None else canonical_signs(basis)
    return np.ascontiguousarray(basis), mean, min(kept, 1.0)


@dataclass(frozen=True)
class Projection:
    """How a stage of m units becomes 2D coordinates: c = (v − centre)·basis.

    kind: "exact" (2 units: c = v), "line" (1 unit: c = (v, 0)), "pca" (the first two
    principal components over the data; centre = their mean), "units" (two units
    (i, j) the user picked: c = (v_i, v_j)) or "decision" (`decision_plane`).
    mean (m,): the data's mean at this stage (the displayed plane of a projection passes
    through it). variance_kept: the share of the stage's variance over the data that the
    two displayed directions hold (1 for exact and line).
    """

    kind: str
    basis: np.ndarray  # (m, 2)
    centre: np.ndarray  # (m,)
    mean: np.ndarray  # (m,)
    variance_kept: float
    units: tuple[int, int] | None = None

    def apply(self, values: np.ndarray) -> np.ndarray:
        """2D coordinates (..., 2) of values (..., m), as float64. Exact and line stages
        copy the numbers unchanged (no arithmetic), so the drawn points are the z or a."""
        v = np.asarray(values)
        if self.kind == "exact":
            return v.astype(np.float64)
        if self.kind == "line":
            c = np.zeros(v.shape[:-1] + (2,))
            c[..., 0] = v[..., 0]
            return c
        if self.kind == "units":
            return v[..., list(self.units)].astype(np.float64)
        return (v - self.centre) @ self.basis

    @property
    def exact(self) -> bool:
        """Whether the 2D picture is the stage itself (nothing is hidden by projecting)."""
        return self.kind in ("exact", "line")

    def describe(self) -> str:
        """e.g. 'first two principal components, 93 % of the variance'."""
        if self.kind == "exact":
            return "2 units, shown exactly"
        if self.kind == "line":
            return "1 unit, shown on a line"
        share = f"{100 * self.variance_kept:.1f} % of the variance"
        if self.kind == "units":
            i, j = self.units
            return f"{len(self.mean)} units, showing units {i} and {j} ({share})"
        if self.kind == "decision":
            return (
                f"{len(self.mean)} units: across, the direction the output reads; up, the "
                f"first principal component across it ({share})"
            )
        return f"{len(self.mean)} units, first two principal components ({share})"


def decision_plane(
    values: np.ndarray, w: np.ndarray, reference: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, float]:
    """The plane of the direction an output reads and the widest direction across it.

    values (n, m), w (m,) the normal of the output's decision v·w + β = 0. The first
    axis is ŵ = w / |w| (class 1 towards +), the second the first principal component of
    the values with their ŵ part removed. Every point's first coordinate then decides its
    class, so the decision line is exact (a vertical line) whatever the other m − 2
    directions do. Returns (basis (m, 2), mean (m,), variance kept); the second axis's
    sign follows `reference` (m, 2) when given.
    """
    V = np.asarray(values, dtype=np.float64)
    mean = V.mean(axis=0)
    C = V - mean
    u1 = np.asarray(w, dtype=np.float64) / np.linalg.norm(w)
    across = C - np.outer(C @ u1, u1)
    pcs, _, _ = principal_plane(across)
    u2 = pcs[:, 0] - (pcs[:, 0] @ u1) * u1
    u2 /= np.linalg.norm(u2)
    if reference is not None and u2 @ reference[:, 1] < 0:
        u2 = -u2
    basis = np.column_stack([u1, u2])
    total = float((C * C).sum())
    kept = float(((C @ basis) ** 2).sum() / total) if total > 0 else 1.0
    return basis, mean, min(kept, 1.0)


def projection_for(
    values: np.ndarray,
    units: tuple[int, int] | str | None = None,
    reference: np.ndarray | None = None,
    direction: np.ndarray | None = None,
) -> Projection:
    """The projection of a stage whose data values are (n, m): exact for m = 2, a line for
    m = 1, else the two picked `units` (i, j), or with units="decision" the plane of the
    output's `direction` w (m,) (`decision_plane`), or the principal plane (aligned to
    `reference`, the previous frame's basis, when given)."""
    V = np.asarray(values)
    m = V.shape[1]
    if m == 1:
        mean = V.mean(axis=0, dtype=np.float64)
        return Projection("line", np.array([[1.0, 0.0]]), np.zeros(1), mean, 1.0)
    if m == 2:
        mean = V.mean(axis=0, dtype=np.float64)
        return Projection("exact", np.eye(2), np.zeros(2), mean, 1.0)
    if units == "decision":
        if direction is None or not np.any(direction):
            raise ValueError("the output's direction is only shown in the last hidden layer")
        basis, mean, kept = decision_plane(V, direction, reference)
        return Projection("decision", basis, mean, mean, kept)
    if units is None:
        basis, mean, kept = principal_plane(V, reference)
        return Projection("pca", basis, mean, mean, kept)
    i, j = (int(u) for u in units)
    if not (0 <= i < m and 0 <= j < m) or i == j:
        raise ValueError(f"pick two different units between 0 and {m - 1}, not {i} and {j}")
    mean = V.mean(axis=0, dtype=np.float64)
    variances = V.var(axis=0, dtype=np.float64)
    total = float(variances.sum())
    basis = np.zeros((m, 2))
    basis[i, 0] = basis[j, 1] = 1.0
    kept = float((variances[i] + variances[j]) / total) if total > 0 else 1.0
    return Projection("units", basis, np.zeros(m), mean, kept, (i, j))


# -- the output's decision ----------------------------------------------------------------


@dataclass(frozen=True)
class DecisionLine:
    """The line n·c + d = 0 in a stage's 2D coordinates c; class 1 where n·c + d > 0.

    exact: True when the stage is drawn as it is (2 units, or 1 unit on a line): then
    every point's side of the line is the class the network predicts for it. In a
    projection it is the intersection of the decision hyperplane with the displayed
    plane, which passes through the data's mean: a point off that plane can be drawn on
    the other side of the line than its prediction.
    """

    normal: np.ndarray  # (2,)
    offset: float
    exact: bool

    def side(self, points: np.ndarray) -> np.ndarray:
        """True (class 1) for the points (n, 2) where n·c + d > 0."""
        return np.asarray(points, dtype=np.float64) @ self.normal + self.offset > 0

    def segment(self, bounds: tuple[float, float, float, float]) -> np.ndarray | None:
        """The part of the line inside bounds (x_min, x_max, y_min, y_max): (2, 2) end
        points, or None when the line misses the rectangle."""
        n = self.normal
        nn = float(n @ n)
        p = -self.offset * n / nn  # the point of the line nearest the origin
        u = np.array([-n[1], n[0]])  # the line's direction
        lo, hi = -np.inf, np.inf
        for k, (a, b) in enumerate(((bounds[0], bounds[1]), (bounds[2], bounds[3]))):
            if abs(u[k]) < 1e-12 * math.sqrt(nn):
                if not a <= p[k] <= b:
                    return None
                continue
            t0, t1 = sorted(((a - p[k]) / u[k], (b - p[k]) / u[k]))
            lo, hi = max(lo, t0), min(hi, t1)
        if not lo <= hi:
            return None
        return np.array([p + lo * u, p + hi * u])


def decision_function(
    W: np.ndarray, b: np.ndarray, output_activation: str
) -> tuple[np.ndarray, float] | None:
    """The output layer's decision as a linear function of its input a (m,): (w (m,), β)
    such that the network predicts class 1 exactly when a·w + β > 0 (Network.classes).

    One output unit g(z) with z = a·W + b: class 1 when g(z) > 0.5, i.e. z > θ (θ = 0 for
    a sigmoid): w = W[:, 0], β = b₀ − θ. Two output units (a 2-class softmax, or any
    increasing g): class 1 when z₁ > z₀, the difference of the two logits: w = W[:, 1] −
    W[:, 0], β = b₁ − b₀. More units: None (no single line decides between k > 2 classes).
    """
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if W.shape[1] == 1:
        theta = THRESHOLDS.get(output_activation)
        if theta is None:
            return None
        return W[:, 0].copy(), float(b[0] - theta)
    if W.shape[1] == 2 and output_activation in ("softmax", "sigmoid", "tanh", "linear"):
        return W[:, 1] - W[:, 0], float(b[1] - b[0])
    return None


def output_decisions(
    weights: list[np.ndarray], biases: list[np.ndarray], activations: list[str]
) -> dict[int, tuple[np.ndarray, float]]:
    """The decision as a linear function (w, β) of each stage where it is one, by stage
    index: the last hidden layer's a (through the output layer), the output's z (z − θ,
    or z₁ − z₀) and, for a one-unit output, its a (a − 0.5). Class 1 where v·w + β > 0."""
    L = len(weights)
    g = activations[-1]
    decisions = {}
    last_hidden = 2 * (L - 1)  # the stage index of a^(L-1) (a⁰ when there is no hidden layer)
    f = decision_function(weights[-1], biases[-1], g)
    if f is None:
        return decisions
    decisions[last_hidden] = f
    k = weights[-1].shape[1]
    if k == 1:
        decisions[last_hidden + 1] = (np.ones(1), -THRESHOLDS[g])
        decisions[last_hidden + 2] = (np.ones(1), -0.5)
    else:
        decisions[last_hidden + 1] = (np.array([-1.0, 1.0]), 0.0)
        if g == "softmax":
            decisions[last_hidden + 2] = (np.array([-1.0, 1.0]), 0.0)
    return decisions


def line_in_display(w: np.ndarray, beta: float, projection: Projection) -> DecisionLine | None:
    """The decision v·w + β = 0 of a stage, in its 2D coordinates c.

    Exact and line stages: c is v (or (v, 0)), so the line is w·c + β = 0 itself. A
    projection (principal components or two picked units, basis B (m, 2) with orthonormal
    columns) shows the plane v = mean + B·t through the data's mean at this stage (every
    other direction held at the mean). There c = (v − centre)·B = (mean − centre)·B + t,
    and the decision hyperplane meets the plane in the line n·c + d = 0 with

        n = Bᵀw,   d = w·mean + β − n·((mean − centre)·B).
    """
    P = projection
    if P.kind == "line":
        n = np.array([float(w[0]), 0.0])
        d = float(beta)
    elif P.kind == "exact":
        n = np.asarray(w, dtype=np.float64)
        d = float(beta)
    else:
        n = P.basis.T @ w
        d = float(w @ P.mean + beta - n @ ((P.mean - P.centre) @ P.basis))
    if not np.all(np.isfinite(n)) or not math.isfinite(d) or float(n @ n) == 0.0:
        return None
    return DecisionLine(n, d, P.exact or P.kind == "decision")


# -- the whole picture, and the frames between stages -------------------------------------


@dataclass(frozen=True)
class Stage:
    """One stage: the data, the grid and the sample at a⁰, z¹, a¹, … in 2D coordinates."""

    index: int
    layer: int  # 0 for the input (and the plane), l for z^l and a^l
    kind: str  # "plane" (x, before input features), "input", "z" or "a"
    title: str  # "z¹ = a⁰·W¹ + b¹"
    units: int  # m
    values: np.ndarray  # (n, m)
    projection: Projection
    points: np.ndarray  # (n, 2)
    grid: np.ndarray  # (r, k, 2)
    sample: np.ndarray | None  # (2,)
    decision: DecisionLine | None
    bounds: tuple[float, float, float, float]  # the points' (and sample's) extent, padded


@dataclass(frozen=True)
class Frame:
    """What to draw at a position of the slider between stage `stage` and the next.

    position = stage + t with t in [0, 1); points (n, 2), grid (r, k, 2), sample (2,) or
    None, trail (2, 2) the sample's last move or None: from the stage before to here when
    exactly at a stage, from this stage to where it is now when between two; bounds the
    view (x_min, x_max, y_min, y_max), decision the line to draw (only exactly at a stage
    that has one).
    """

    position: float
    stage: int
    t: float
    points: np.ndarray
    grid: np.ndarray
    sample: np.ndarray | None
    trail: np.ndarray | None
    bounds: tuple[float, float, float, float]
    decision: DecisionLine | None


def _extent(points: np.ndarray, sample: np.ndarray | None, pad: float = 0.08) -> tuple:
    """The view around points (n, 2) and the sample: (x_min, x_max, y_min, y_max), padded."""
    if len(points):
        lo, hi = points.min(axis=0), points.max(axis=0)
        if sample is not None:
            lo, hi = np.minimum(lo, sample), np.maximum(hi, sample)
    elif sample is not None:
        lo = hi = np.asarray(sample, dtype=np.float64)
    else:
        return (-1.0, 1.0, -1.0, 1.0)
    if not (np.all(np.isfinite(lo)) and np.all(np.isfinite(hi))):
        return (-1.0, 1.0, -1.0, 1.0)
    span = max(float((hi - lo).max()), 1e-6)
    half = np.maximum((hi - lo) / 2 + pad * span, 0.05 * span)  # a line still gets height
    centre = (lo + hi) / 2
    return (
        float(centre[0] - half[0]),
        float(centre[0] + half[0]),
        float(centre[1] - half[1]),
        float(centre[1] + half[1]),
    )


def _union(a: tuple, b: tuple) -> tuple:
    return (min(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), max(a[3], b[3]))


def _lerp_bounds(a: tuple, b: tuple, t: float) -> tuple:
    return tuple((1 - t) * x + t * y for x, y in zip(a, b, strict=True))


@dataclass(frozen=True)
class Space:
    """Every stage of the network on the input plane (a⁰, z¹, a¹, …, aᴸ)."""

    stages: list[Stage]
    predicted: np.ndarray | None = None  # (n,) the class the network predicts for each point

    def agreement(self, index: int) -> float | None:
        """The share of the data points that stage `index`'s decision line puts on the side
        of the class the network predicts for them (1 wherever the line is exact, up to
        rounding at the line itself); None without a line."""
        stage = self.stages[index]
        if stage.decision is None or self.predicted is None or not len(self.predicted):
            return None
        return float(np.mean(stage.decision.side(stage.points) == self.predicted))

    def __len__(self) -> int:
        return len(self.stages)

    def frame(self, position: float) -> Frame:
        """The picture at `position` in [0, len − 1]: stage k at position k, and between
        two stages every point (data, grid, sample) lerped between its 2D coordinates
        there, (1 − t)·c_k + t·c_{k+1}.

        For 2-unit stages the coordinates are the numbers themselves, so this is the
        straight path from a to z = a·W + b (the linear map and shift, applied a fraction t)
        or from z to g(z). When the dimension changes (2 inputs into 8 units) or a stage is
        projected, the lerp runs in the displayed 2D coordinates. The view stays on stage
        k's extent at t = 0, widens to hold both stages halfway, and narrows to stage
        k+1's at t = 1, so a shift or a stretch is seen as movement, not as new axis labels.
        """
        last = len(self.stages) - 1
        position = min(max(float(position), 0.0), float(last))
        k = min(int(math.floor(position)), last)
        t = position - k
        a = self.stages[k]
        if t == 0.0 or k == last:
            trail = None
            if a.sample is not None:
                trail = np.array([self.stages[max(k - 1, 0)].sample, a.sample])
            return Frame(position, k, 0.0, a.points, a.grid, a.sample, trail, a.bounds, a.decision)
        b = self.stages[k + 1]
        points = (1 - t) * a.points + t * b.points
        grid = (1 - t) * a.grid + t * b.grid
        sample = trail = None
        if a.sample is not None:
            sample = (1 - t) * a.sample + t * b.sample
            trail = np.array([a.sample, sample])
        both = _union(a.bounds, b.bounds)
        if t < 0.5:
            bounds = _lerp_bounds(a.bounds, both, 2 * t)
        else:
            bounds = _lerp_bounds(both, b.bounds, 2 * t - 1)
        return Frame(position, k, t, points, grid, sample, trail, bounds, None)


def trace_space(
    weights: list[np.ndarray],
    biases: list[np.ndarray],
    activations: list[str],
    X: np.ndarray,
    grid: np.ndarray,
    sample: np.ndarray | None = None,
    previous: Space | None = None,
    picks: dict[int, tuple[int, int] | str] | None = None,
    decisions: bool = True,
    features: list[str] | None = None,
) -> Space:
    """Follow the data X (n, 2), the grid lines grid (r, k, 2) and one sample (2,) through
    the network, stage by stage.

    previous: the Space drawn last (the previous frame): each principal-component
    projection is aligned with that stage's previous basis, so axes neither flip nor swap
    while training. With no previous projection for a stage it follows the stage before
    it in this frame when that one has the same number of units (so the bend z → a is not
    drawn mirrored), else its signs are fixed by `canonical_signs`.
    picks: {layer l: (i, j)}: show the stages z^l and a^l of that (wider) layer on units
    i and j instead of principal components; {L − 1: "decision"}: show the last hidden
    layer's a on the direction the output reads (`decision_plane`; its z stays on
    principal components). decisions: draw the output's decision line
    (False for regression, where there is none).
    features: the input features the network reads (engine.data.features, e.g. ["x1",
    "x2", "x1^2", "x2^2"]) when they are not the points themselves: then the first stage
    is the plane x (kind "plane"), and a⁰ = the features of x comes next.
    """
    X = np.asarray(X)
    grid = np.asarray(grid)
    inputs = len(features) if features else 2
    if X.ndim != 2 or X.shape[1] != 2 or weights[0].shape[0] != inputs:
        raise ValueError(
            "the space view needs 2D data and a network with one input per coordinate "
            "(or per chosen input feature) of it"
        )
    picks = picks or {}
    extra = grid.reshape(-1, 2)
    if sample is not None:
        extra = np.concatenate([extra, np.asarray(sample, dtype=np.float64).reshape(1, 2)])
    titles = stage_titles(activations)
    first = 0  # the stage index of a⁰
    if features:
        data = [X] + stage_values(weights, biases, activations, expand(X, features))
        others = [extra] + stage_values(weights, biases, activations, expand(extra, features))
        titles = ["x = (x₁, x₂)", f"a⁰ = ({', '.join(feature_labels(features))})"] + titles[1:]
        first = 1
    else:
        data = stage_values(weights, biases, activations, X)
        others = stage_values(weights, biases, activations, extra)
    lines = {}
    if decisions:
        lines = {i + first: f for i, f in output_decisions(weights, biases, activations).items()}
    old = {}
    if previous is not None:
        old = {(s.layer, s.kind): s for s in previous.stages}
    stages: list[Stage] = []
    r, k = grid.shape[0], grid.shape[1]
    for index, (values, extra_values) in enumerate(zip(data, others, strict=True)):
        j = index - first  # the stage's place in the network: a⁰, z¹, a¹, ...
        layer = max(0, (j + 1) // 2)
        kind = "plane" if j < 0 else "input" if j == 0 else ("z" if j % 2 else "a")
        m = values.shape[1]
        pick = picks.get(layer) if m > 2 else None
        direction = None
        if pick == "decision":
            if kind in ("input", "a") and index in lines:
                direction = lines[index][0]
            elif kind == "z" and layer == len(weights) - 1:
                pick = None  # the output reads a, not z: z stays on principal components
        want = "decision" if pick == "decision" else "pca"
        reference = None
        before = old.get((layer, kind))
        same = stages[-1] if stages else None
        if before is not None and before.projection.kind == want and before.units == m:
            reference = before.projection.basis
        elif want == "pca" and same and same.projection.kind == "pca" and same.units == m:
            reference = same.projection.basis
        projection = projection_for(values, pick, reference, direction)
        points = projection.apply(values)
        shown = projection.apply(extra_values)
        grid_2d = shown[: r * k].reshape(r, k, 2)
        sample_2d = shown[r * k] if sample is not None else None
        decision = None
        if index in lines:
            w, beta = lines[index]
            decision = line_in_display(w, beta, projection)
        stages.append(
            Stage(
                index,
                layer,
                kind,
                titles[index],
                m,
                values,
                projection,
                points,
                grid_2d,
                sample_2d,
                decision,
                _extent(points, sample_2d),
            )
        )
    predicted = Network.classes(data[-1]) if decisions else None
    return Space(stages, predicted)
