"""What training reports, as typed records whose fields never change meaning.

    step = trainer.step()
    step.batch     BatchRecord of the mini-batch just trained (None if none ran)
    step.epoch     EpochRecord when that batch completed an epoch, else None
    step.stopped_because   why training ended with this step, else None

A BatchRecord's `loss` is always one batch's loss and an EpochRecord's `loss` always
one epoch's mean: a consumer never has to ask which it got.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """One mini-batch. grad_norms: ‖∂L/∂Wˡ‖ per layer l = 1..L (a list of L floats)."""

    epoch: int  # the epoch this batch belongs to, counting from 1
    batch: int  # its index within that epoch, counting from 1
    progress: float  # epochs done, fractional: 2.5 = half-way through the third epoch
    loss: float
    accuracy: float
    lr: float  # η used for this batch (after the schedule)
    samples_seen: int  # training samples seen since the run began
    samples_per_second: float  # in this epoch so far
    grad_norms: list[float]
    update_norms: list[float]  # ‖ΔWˡ‖ of this batch's update, per layer


@dataclass(frozen=True, slots=True)
class EpochRecord:
    """One epoch. val_* are NaN without validation data. update_ratios: ‖ΔWˡ‖ / ‖Wˡ‖ of
    the epoch's last update, per layer; grad_norms: the epoch's mean ‖∂L/∂Wˡ‖ per layer."""

    epoch: int  # counting from 1
    loss: float  # mean training loss over the epoch's batches
    accuracy: float
    val_loss: float
    val_accuracy: float
    lr: float  # η at the epoch's end
    seconds: float
    samples_per_second: float
    grad_norms: list[float]
    update_ratios: list[float]
    # Regression only (engine.nn.metrics; NaN for classification, and accuracy is NaN for
    # regression): RMSE, MAE and R² of the epoch's final weights on the training and
    # validation data.
    rmse: float = math.nan
    val_rmse: float = math.nan
    mae: float = math.nan
    val_mae: float = math.nan
    r2: float = math.nan
    val_r2: float = math.nan

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def has_validation(self) -> bool:
        return math.isfinite(self.val_loss)


@dataclass(frozen=True, slots=True)
class Step:
    """What one Trainer.step() did."""

    batch: BatchRecord | None = None
    epoch: EpochRecord | None = None
    stopped_because: str | None = None
