"""How good a regression is: RMSE, MAE and R², from predictions and targets.

Shapes: predictions `a` and targets `y` are (n, k) (k = 1 for one number per sample);
every metric is over all n·k values.

    rmse  = √( mean (a − y)² )                 in the target's units
    mae   = mean |a − y|                       in the target's units, less swayed by outliers
    r2    = 1 − Σ (a − y)² / Σ (y − ȳ)²        1 = perfect, 0 = no better than predicting ȳ

Mean squared error as a loss, L = (1/n) Σ ½‖a − y‖², relates to RMSE by
RMSE = √(2L / k).
"""

from __future__ import annotations

import math

import numpy as np

from engine.nn.network import Network


def rmse(a: np.ndarray, y: np.ndarray) -> float:
    if np.size(y) == 0:
        return float("nan")
    d = np.asarray(a, np.float64) - np.asarray(y, np.float64)
    return math.sqrt(float(np.mean(d * d)))


def mae(a: np.ndarray, y: np.ndarray) -> float:
    if np.size(y) == 0:
        return float("nan")
    return float(np.mean(np.abs(np.asarray(a, np.float64) - np.asarray(y, np.float64))))


def r2(a: np.ndarray, y: np.ndarray) -> float:
    """Coefficient of determination; NaN when the targets do not vary (nothing to explain)."""
    y = np.asarray(y, np.float64)
    if y.size == 0:
        return float("nan")
    residual = float(np.sum((np.asarray(a, np.float64) - y) ** 2))
    total = float(np.sum((y - y.mean(axis=0)) ** 2))
    return 1.0 - residual / total if total > 0 else float("nan")


def regression_metrics(a: np.ndarray, y: np.ndarray) -> dict:
    """{"rmse", "mae", "r2"} of predictions a against targets y."""
    return {"rmse": rmse(a, y), "mae": mae(a, y), "r2": r2(a, y)}


def evaluate_regression(network: Network, X: np.ndarray, Y: np.ndarray, batch: int = 4096) -> dict:
    """{"loss", "rmse", "mae", "r2"} of `network` on inputs X (n, d) and targets Y (n, k)."""
    if len(X) == 0:
        nan = float("nan")
        return {"loss": nan, "rmse": nan, "mae": nan, "r2": nan}
    out = np.concatenate([network.feedforward(X[i : i + batch]) for i in range(0, len(X), batch)])
    loss, _ = network.evaluate(X, Y)
    return {"loss": loss, **regression_metrics(out, Y)}
