"""Learning-rate schedules: η as a function of the (fractional) epoch.

constant     η(e) = η₀
step         η(e) = η₀ · drop^⌊e / every⌋          (drop=0.5, every=10)
exponential  η(e) = η₀ · gamma^e                   (gamma=0.95)
cosine       η(e) = η_min + ½(η₀ − η_min)(1 + cos(π·e/period))   (period = epochs)
"""

from __future__ import annotations

import math

SCHEDULES = ("constant", "step", "exponential", "cosine")


def learning_rate(
    schedule: str,
    lr0: float,
    epoch: float,
    *,
    drop: float = 0.5,
    every: float = 10,
    gamma: float = 0.95,
    period: float = 30,
    lr_min: float = 0.0,
) -> float:
    """η at `epoch` (0-based, may be fractional) under `schedule`, starting from lr0."""
    if schedule == "constant":
        return lr0
    if schedule == "step":
        return lr0 * drop ** math.floor(epoch / max(every, 1e-12))
    if schedule == "exponential":
        return lr0 * gamma**epoch
    if schedule == "cosine":
        progress = min(epoch / max(period, 1e-12), 1.0)
        return lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * progress))
    raise ValueError(f"unknown schedule {schedule!r}; known: {', '.join(SCHEDULES)}")
