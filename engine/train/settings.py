"""Every training setting, declared once: name, type, default, range, live or not, help.

    SETTINGS["lr"].default                  -> 0.1
    check("lr", -1)                         -> ValueError("learning rate η must be > 0, not -1")
    check("batch_size", "64")               -> 64 (text from a field or a flag is parsed)
    SETTINGS["batch_size"].live             -> False: applies when training is reset

TrainConfig (engine.train.trainer) validates with this table; the settings panel builds
its fields, tooltips and error messages from it; the command line builds its flags from
it; the model file checks what it reads against it. The optimizers' and schedules' own
settings (momentum, β₁, …, drop, every, …) are in HYPER, with their ranges.

`live` says whether a running trainer may take the new value between two batches
(learning rate, optimizer, regularisation, stopping conditions) or whether it applies
only to a freshly built trainer (batch size, seed, initializer, augmentation).
`epochs` is the total: training stops when that many epochs have run in all.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from engine.nn import initializers
from engine.train import optimizers, schedules


@dataclass(frozen=True)
class Setting:
    """One training setting. kind: "float", "int", "choice", "bool"; optional = may be None."""

    name: str
    label: str  # as a form or a message names it, e.g. "learning rate η"
    kind: str
    default: object
    help: str
    live: bool
    ok: Callable[[float], bool] | None = None  # the range, for numbers
    range_text: str = ""  # the range in words, e.g. "> 0"
    choices: tuple[str, ...] = ()
    optional: bool = False  # None means "not used" (stopping conditions)

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


def _positive(x: float) -> bool:
    return x > 0


def _non_negative(x: float) -> bool:
    return x >= 0


_TABLE = [
    Setting(
        "optimizer",
        "optimizer",
        "choice",
        "sgd",
        "how each gradient becomes a weight update",
        live=True,
        choices=tuple(optimizers.OPTIMIZERS),
    ),
    Setting(
        "lr",
        "learning rate η",
        "float",
        0.1,
        "step size of the optimizer, e.g. 0.03",
        live=True,
        ok=_positive,
        range_text="> 0",
    ),
    Setting(
        "schedule",
        "schedule",
        "choice",
        "constant",
        "how η changes with the epoch (cosine decays over the run)",
        live=True,
        choices=schedules.SCHEDULES,
    ),
    Setting(
        "batch_size",
        "batch size",
        "int",
        32,
        "samples per mini-batch; at most the number of training samples",
        live=False,
        ok=lambda x: 1 <= x <= 10_000_000,
        range_text="a whole number >= 1",
    ),
    Setting(
        "epochs",
        "epochs (total)",
        "int",
        30,
        "training stops when this many epochs have run in all (Train after it stopped "
        "adds this many more and shows the new total)",
        live=True,
        ok=lambda x: 1 <= x <= 10_000_000,
        range_text="a whole number >= 1",
    ),
    Setting(
        "l1",
        "L1 penalty λ₁",
        "float",
        0.0,
        "λ₁ · Σ|W| is added to the loss (0 = off)",
        live=True,
        ok=_non_negative,
        range_text=">= 0",
    ),
    Setting(
        "l2",
        "L2 penalty λ₂",
        "float",
        0.0,
        "λ₂/2 · Σ W² is added to the loss (0 = off)",
        live=True,
        ok=_non_negative,
        range_text=">= 0",
    ),
    Setting(
        "dropout",
        "dropout",
        "float",
        0.0,
        "probability of dropping each hidden unit during training",
        live=True,
        ok=lambda x: 0 <= x < 1,
        range_text="a probability in [0, 1)",
    ),
    Setting(
        "seed",
        "seed",
        "int",
        0,
        "seeds the weights, the shuffling and dropout (same seed, same run)",
        live=False,
        ok=lambda x: 0 <= x < 2**63,
        range_text="a whole number >= 0",
    ),
    Setting(
        "init",
        "initializer",
        "choice",
        "glorot_uniform",
        "how the weights start",
        live=False,
        choices=tuple(initializers.INITIALIZERS),
    ),
    Setting(
        "augment",
        "augmentation",
        "bool",
        False,
        "distort training images (shift, rotate, scale, thicken); digits only",
        live=False,
    ),
    Setting(
        "target_loss",
        "stop at training loss ≤",
        "float",
        None,
        "stop when the epoch's training loss reaches this (empty = not used)",
        live=True,
        ok=_positive,
        range_text="> 0",
        optional=True,
    ),
    Setting(
        "target_error",
        "stop at error ≤",
        "float",
        None,
        "stop when the validation error rate (training, without validation data) reaches "
        "this share, 0..1 (empty = not used)",
        live=True,
        ok=lambda x: 0 <= x <= 1,
        range_text="in [0, 1]",
        optional=True,
    ),
    Setting(
        "min_update_norm",
        "stop if ‖ΔW‖ <",
        "float",
        None,
        "stop when the last update's size falls below this (empty = not used)",
        live=True,
        ok=_positive,
        range_text="> 0",
        optional=True,
    ),
    Setting(
        "patience",
        "early-stopping patience",
        "int",
        None,
        "stop after this many epochs without a better validation loss (empty = not used)",
        live=True,
        ok=lambda x: 1 <= x <= 10_000_000,
        range_text="a whole number >= 1",
        optional=True,
    ),
    Setting(
        "max_seconds",
        "time limit (s)",
        "float",
        None,
        "stop after this much training time, in seconds (empty = not used)",
        live=True,
        ok=_positive,
        range_text="> 0",
        optional=True,
    ),
]
SETTINGS: dict[str, Setting] = {s.name: s for s in _TABLE}
STOPPING = ("target_loss", "target_error", "min_update_norm", "patience", "max_seconds")

# The optimizers' and schedules' own settings (TrainConfig.optimizer_params /
# schedule_params). Outside these ranges training would divide by zero or overflow
# (e.g. Adam's β₁ = 1), so forms, flags and files outside are refused.
HYPER: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting(
            "momentum",
            "momentum",
            "float",
            0.9,
            "momentum/nesterov: share of the last update kept",
            True,
            lambda x: 0 <= x < 1,
            "in [0, 1)",
        ),
        Setting(
            "beta1",
            "beta1",
            "float",
            0.9,
            "adam: decay of the mean of gradients",
            True,
            lambda x: 0 <= x < 1,
            "in [0, 1)",
        ),
        Setting(
            "beta2",
            "beta2",
            "float",
            0.999,
            "adam: decay of the mean of squared gradients",
            True,
            lambda x: 0 <= x < 1,
            "in [0, 1)",
        ),
        Setting(
            "rho",
            "rho",
            "float",
            0.9,
            "rmsprop/adadelta: decay of the running averages",
            True,
            lambda x: 0 <= x < 1,
            "in [0, 1)",
        ),
        Setting(
            "epsilon",
            "epsilon",
            "float",
            1e-8,
            "adagrad/rmsprop/adadelta/adam: keeps the division finite",
            True,
            lambda x: 0 < x <= 1,
            "in (0, 1]",
        ),
        Setting(
            "drop",
            "drop",
            "float",
            0.5,
            "step schedule: η is multiplied by this",
            True,
            lambda x: 0 < x <= 1,
            "a factor in (0, 1]",
        ),
        Setting(
            "every",
            "every",
            "float",
            10,
            "step schedule: epochs between drops",
            True,
            lambda x: 0 < x <= 1e6,
            "a number of epochs > 0",
        ),
        Setting(
            "gamma",
            "gamma",
            "float",
            0.95,
            "exponential schedule: factor per epoch",
            True,
            lambda x: 0 < x <= 1,
            "a factor in (0, 1]",
        ),
        Setting(
            "period",
            "period",
            "float",
            30,
            "cosine schedule: epochs to reach lr_min",
            True,
            lambda x: 0 < x <= 1e9,
            "a number of epochs > 0",
        ),
        Setting(
            "lr_min",
            "lr_min",
            "float",
            0.0,
            "cosine schedule: the final learning rate",
            True,
            lambda x: 0 <= x < 1e6,
            ">= 0",
        ),
    ]
}
# which of HYPER each schedule takes (period defaults to the run's epochs)
SCHEDULE_PARAMS = {
    "constant": (),
    "step": ("drop", "every"),
    "exponential": ("gamma",),
    "cosine": ("lr_min", "period"),
}


def _parse(s: Setting, value: object) -> object:
    """value (a Python value, or text from a field or a flag) as the setting's type."""
    if isinstance(value, str):
        text = value.strip()
        if s.kind == "choice":
            value = text
        elif not text:
            if s.optional:
                return None
            raise ValueError(f"{s.label} needs a value")
        elif s.kind == "bool":
            if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(f"{s.label} is yes or no, not {text[:40]!r}")
            return text.lower() in ("true", "1", "yes")
        elif s.kind == "int":
            try:
                value = int(text.replace("_", ""))
            except ValueError:
                raise ValueError(f"{s.label} takes a whole number, not {text[:40]!r}") from None
        else:
            try:
                value = float(text.replace(",", ".") if text.count(",") == 1 else text)
            except ValueError:
                raise ValueError(f"{s.label} takes a number, not {text[:40]!r}") from None
    if value is None:
        if s.optional:
            return None
        raise ValueError(f"{s.label} needs a value")
    if s.kind == "choice":
        if value not in s.choices:
            raise ValueError(
                f"unknown {s.label} {str(value)[:40]!r}; known: {', '.join(s.choices)}"
            )
        return value
    if s.kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"{s.label} is true or false, not {value!r}")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{s.label} takes a number, not {str(value)[:40]!r}")
    if s.kind == "int":
        if isinstance(value, float) and not (math.isfinite(value) and value == int(value)):
            raise ValueError(f"{s.label} must be {s.range_text}, not {value:g}")
        value = int(value)
    else:
        value = float(value)
    if not (math.isfinite(value) and (s.ok is None or s.ok(value))):
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        raise ValueError(f"{s.label} must be {s.range_text}, not {shown}")
    return value


def check(name: str, value: object) -> object:
    """The value of training setting `name` (parsed from text if need be) or ValueError
    with one line that names the setting, its range and the refused value."""
    if name not in SETTINGS:
        raise ValueError(f"unknown training setting {name[:40]!r}")
    return _parse(SETTINGS[name], value)


def check_params(params: dict, names: tuple[str, ...] | None, what: str) -> dict:
    """An optimizer's or schedule's own settings, checked against HYPER.

    names: the settings `what` takes (None: any of HYPER). Raises ValueError, e.g.
    check_params({"beta1": 1.0}, None, "adam") -> "adam: beta1 must be in [0, 1), not 1".
    """
    out = {}
    for key, value in params.items():
        if key not in HYPER or (names is not None and key not in names):
            known = ", ".join(names if names is not None else HYPER) or "none"
            raise ValueError(f"{what} has no setting {str(key)[:40]!r} (it has: {known})")
        try:
            out[key] = _parse(HYPER[key], value)
        except ValueError as e:
            raise ValueError(f"{what}: {e}") from None
    return out


def optimizer_params(optimizer: str) -> tuple[str, ...]:
    """The names of the settings `optimizer` takes, e.g. ("beta1", "beta2", "epsilon")."""
    return tuple(optimizers.OPTIMIZERS[optimizer].defaults)
