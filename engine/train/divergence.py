"""Telling a run that is blowing up from one that is learning, before it wastes its epochs.

    watch = DivergenceWatch(untrained_loss=0.69)  # the loss before any update
    watch.epoch_end(loss=812.0, weight_rms=[3.1, 40.2])  -> None, None, then after 3 such
                                                          epochs: "diverging: the loss ..."

A loss that is not finite, or weights past engine.train.trainer.WEIGHT_LIMIT, are caught
at once by the trainer's guard on every step. This watch catches the slower kind that a
too-large learning rate usually gives: the loss jumps far above its best and stays there
while the weights keep growing. Its verdicts start with "diverging:" and name the likely
cause.
"""

from __future__ import annotations

import math

# The epoch's loss must stay above FACTOR × the best loss seen (the untrained network's
# counts as seen), and above FLOOR × the untrained network's (a nearly perfect fit whose
# loss wobbles between 1e-5 and 1e-3 is not diverging), for PATIENCE epochs in a row...
FACTOR = 10.0
FLOOR = 0.5
PATIENCE = 3
# ...or stay above WORSE_THAN_UNTRAINED × the untrained network's loss for PATIENCE
# epochs: worse than knowing nothing. Losses with a ceiling (sigmoid + mse) cannot grow
# tenfold, but a network saturated by huge steps does this.
WORSE_THAN_UNTRAINED = 1.2
# Weights whose root-mean-square passes this have exploded (trained networks here stay
# below ~100; the trainer's hard limit on a single norm is far higher, 1e18).
WEIGHT_RMS_LIMIT = 1e4


class DivergenceWatch:
    """Follows a run's epoch losses and weight sizes; says when it is diverging."""

    def __init__(self, untrained_loss: float | None = None) -> None:
        self.best = math.inf
        self.untrained_loss: float | None = None
        self.bad_epochs = 0
        if untrained_loss is not None:
            self.note_untrained_loss(untrained_loss)

    def note_untrained_loss(self, loss: float) -> None:
        """The loss before any update (on the training data): what knowing nothing costs."""
        if math.isfinite(loss):
            self.untrained_loss = loss
            self.best = min(self.best, loss)

    def epoch_end(self, loss: float, weight_rms: list[float]) -> str | None:
        """A reason starting with "diverging:" if the run is diverging (with the likely
        cure: a smaller learning rate), else None."""
        verdict = self._verdict(loss, weight_rms)
        return explain(verdict) if verdict else None

    def _verdict(self, loss: float, weight_rms: list[float]) -> str | None:
        for l, rms in enumerate(weight_rms, start=1):
            if not rms <= WEIGHT_RMS_LIMIT:
                return (
                    f"diverging: the weights of layer {l} exploded (root mean square "
                    f"{rms:.3g}, above {WEIGHT_RMS_LIMIT:g})"
                )
        if not math.isfinite(loss):
            return f"diverging: the epoch's loss is {loss}"
        untrained = self.untrained_loss
        floor = FLOOR * untrained if untrained is not None else 0.0
        far_above_best = loss > FACTOR * self.best and loss > floor
        worse_than_untrained = untrained is not None and loss > WORSE_THAN_UNTRAINED * untrained
        if far_above_best or worse_than_untrained:
            self.bad_epochs += 1
        else:
            self.bad_epochs = 0
        self.best = min(self.best, loss)
        if self.bad_epochs >= PATIENCE:
            if far_above_best:
                how = f"more than {FACTOR:g}× its best ({self.best:.3g})"
            else:
                how = f"above the untrained network's ({untrained:.3g})"
            return f"diverging: the loss ({loss:.3g}) has stayed {how} for {PATIENCE} epochs"
        return None

    def state_dict(self) -> dict:
        return {
            "best": self.best,
            "untrained_loss": self.untrained_loss,
            "bad_epochs": self.bad_epochs,
        }

    def load_state_dict(self, state: dict) -> None:
        self.best = float(state.get("best", math.inf))
        untrained = state.get("untrained_loss")
        self.untrained_loss = None if untrained is None else float(untrained)
        self.bad_epochs = int(state.get("bad_epochs", 0))


ADVICE = "the learning rate is probably too large: lower it (e.g. ÷10) and reset"


def explain(reason: str) -> str:
    """`reason` with the usual cure added, for a reason that says the run diverged."""
    if reason.startswith("diverg") and ADVICE not in reason:
        return f"{reason} — {ADVICE}"
    return reason
