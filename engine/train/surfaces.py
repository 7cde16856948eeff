"""Classic test surfaces f(x, y), and optimizers racing on them as points on the surface.

The simplest picture of why optimizers differ: a point (x, y) is the "weights", f the
"loss", and each step is the optimizer's own `updates([∇f])`, the very objects that
train the networks (engine.train.optimizers).

    rosenbrock   f = (1 − x)² + 100·(y − x²)²: a long, narrow, curved valley with its
                 minimum at (1, 1). Plain gradient descent zig-zags across the valley
                 and crawls along it; momentum overshoots and swings; Adam adapts
                 each coordinate's step.
    saddle       f = x² + y⁴/4 − y²/2: a saddle point at (0, 0) between two minima
                 (0, ±1). From a start almost on the ridge (y ≈ 0) the gradient towards
                 either minimum is tiny: plain descent sits near the saddle for long,
                 methods that rescale small gradients leave it quickly.

The learning rates that suit a surface have nothing to do with those that suit a
network (Rosenbrock's gradients reach hundreds), so each surface proposes its own
per optimizer (`Surface.lr`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.train import optimizers


@dataclass(frozen=True)
class Surface:
    name: str
    formula: str
    f: Callable[[np.ndarray, np.ndarray], np.ndarray]  # works on arrays of x and y
    grad: Callable[[float, float], tuple[float, float]]
    start: tuple[float, float]
    bounds: tuple[float, float, float, float]  # x_min, x_max, y_min, y_max (for drawing)
    minima: tuple[tuple[float, float], ...]
    lr: dict  # a learning rate per optimizer name that shows its character here
    steps: int  # how many steps the race runs

    def grid(self, resolution: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(xs (r,), ys (r,), f (r, r)) with f[row, col] = f(xs[col], ys[row])."""
        x0, x1, y0, y1 = self.bounds
        xs, ys = np.linspace(x0, x1, resolution), np.linspace(y0, y1, resolution)
        gx, gy = np.meshgrid(xs, ys)
        return xs, ys, self.f(gx, gy)


def _rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def _rosenbrock_grad(x, y):
    return (-2 * (1 - x) - 400 * x * (y - x**2), 200 * (y - x**2))


def _saddle(x, y):
    return x**2 + y**4 / 4 - y**2 / 2


def _saddle_grad(x, y):
    return (2 * x, y**3 - y)


SURFACES = {
    "rosenbrock": Surface(
        "rosenbrock",
        "f = (1 − x)² + 100·(y − x²)²",
        _rosenbrock,
        _rosenbrock_grad,
        (-1.2, 1.0),
        (-2.0, 2.0, -1.0, 3.0),
        ((1.0, 1.0),),
        {
            "sgd": 0.001,
            "momentum": 0.0005,
            "nesterov": 0.0005,
            "adagrad": 0.3,
            "rmsprop": 0.01,
            "adadelta": 1.0,
            "adam": 0.05,
        },
        600,
    ),
    "saddle": Surface(
        "saddle",
        "f = x² + y⁴/4 − y²/2",
        _saddle,
        _saddle_grad,
        (1.5, 1e-4),
        (-2.0, 2.0, -1.8, 1.8),
        ((0.0, 1.0), (0.0, -1.0)),
        {
            "sgd": 0.05,
            "momentum": 0.02,
            "nesterov": 0.02,
            "adagrad": 0.3,
            "rmsprop": 0.02,
            "adadelta": 1.0,
            "adam": 0.05,
        },
        300,
    ),
}


@dataclass
class Path:
    """One optimizer's walk on a surface: points (steps + 1, 2), f at each, and whether
    (and when) it left the drawn region or became non-finite (then the walk stops)."""

    label: str
    points: np.ndarray
    values: np.ndarray
    stopped: str | None = None


def walk(
    surface: Surface,
    name: str,
    lr: float | None = None,
    steps: int | None = None,
    start: tuple[float, float] | None = None,
    **hyper: float,
) -> Path:
    """Run optimizer `name` on `surface` from `start` for `steps` steps."""
    lr = surface.lr.get(name, 0.01) if lr is None else lr
    steps = surface.steps if steps is None else int(steps)
    opt = optimizers.make(name, lr, **hyper)
    p = np.array(start if start is not None else surface.start, dtype=np.float64)
    g = np.zeros(2)
    points, stopped = [p.copy()], None
    x0, x1, y0, y1 = surface.bounds
    far = 10 * max(x1 - x0, y1 - y0)
    with np.errstate(over="ignore", invalid="ignore"):
        for t in range(steps):
            g[:] = surface.grad(p[0], p[1])
            p += opt.updates([g])[0]
            if not np.isfinite(p).all() or np.abs(p).max() > far:
                stopped = f"flew off the surface at step {t + 1}"
                break
            points.append(p.copy())
    pts = np.array(points)
    extra = "".join(f", {k} {v:g}" for k, v in sorted(hyper.items()))
    return Path(f"{name} η={lr:g}{extra}", pts, surface.f(pts[:, 0], pts[:, 1]), stopped)
