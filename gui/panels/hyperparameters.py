"""Training settings: every field of the engine's TrainConfig, plus the initializer.

Each number is typed into a field and checked when the field is left (or Enter is
pressed): first that it is a number of the right kind, then with the engine's own
`TrainConfig.validate`. A refused value leaves the setting as it was, turns the
field red and says why under the form. Accepted values are announced with
`settingChanged(key, value)`; the window sends the live ones (learning rate,
optimizer, regularisation, stopping conditions) to the training worker, and the
others (batch size, seed, initializer) apply at the next Reset.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6 import QtCore, QtWidgets

from engine.nn import initializers
from engine.train import optimizers, schedules
from engine.train.trainer import TrainConfig

# key: (label, kind, tooltip). kind: float, int, opt_float, opt_int, percent (optional)
NUMBER_FIELDS = {
    "lr": ("Learning rate η", "float", "Step size of the optimizer, e.g. 0.03"),
    "batch_size": ("Batch size", "int", "Samples per mini-batch (applies at Reset)"),
    "epochs": ("Epochs", "int", "Passes over the training set in one run"),
    "l1": ("L1 penalty", "float", "λ₁ · Σ|W| added to the loss (0 = off)"),
    "l2": ("L2 penalty", "float", "λ₂/2 · Σ W² added to the loss (0 = off)"),
    "dropout": ("Dropout", "float", "Probability of dropping a hidden unit, in [0, 1)"),
    "seed": ("Seed", "int", "Seeds the weights and the shuffling (applies at Reset)"),
    "target_loss": ("Stop at loss ≤", "opt_float", "Empty = not used"),
    "target_error": ("Stop at error ≤ (%)", "percent", "Validation error; empty = not used"),
    "min_update_norm": ("Stop if ‖ΔW‖ <", "opt_float", "Empty = not used"),
    "patience": ("Early-stop patience", "opt_int", "Epochs without a better validation loss"),
    "max_seconds": ("Time limit (s)", "opt_float", "Empty = not used"),
}
APPLIED_AT_RESET = ("batch_size", "seed", "initializer")
# the settings of each schedule (engine.train.schedules.learning_rate), with their defaults
SCHEDULE_SETTINGS = {
    "constant": {},
    "step": {"drop": 0.5, "every": 10},
    "exponential": {"gamma": 0.95},
    "cosine": {"lr_min": 0.0},
}


def parse_schedule_params(schedule: str, text: str) -> dict:
    """'drop=0.5, every=5' -> {"drop": 0.5, "every": 5.0} for the step schedule.

    ValueError names what is wrong: an unknown setting, a missing '=', a bad number.
    """
    allowed = SCHEDULE_SETTINGS.get(schedule, {})
    params = {}
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip()
        if not sep:
            raise ValueError(f"write settings as name=value, e.g. {_example(schedule)}")
        if key not in allowed:
            known = ", ".join(allowed) or "none"
            raise ValueError(f"the {schedule} schedule has no setting {key!r} (it has: {known})")
        params[key] = parse("float", value)
    for key, value in params.items():
        if key in ("drop", "gamma") and not 0 < value <= 1:
            raise ValueError(f"{key} is a factor in (0, 1], not {value:g}")
        if key == "every" and value <= 0:
            raise ValueError(f"every is a number of epochs > 0, not {value:g}")
        if key == "lr_min" and value < 0:
            raise ValueError(f"lr_min must be >= 0, not {value:g}")
    return params


def _example(schedule: str) -> str:
    return ", ".join(f"{k}={v:g}" for k, v in SCHEDULE_SETTINGS.get(schedule, {}).items())


def parse(kind: str, text: str):
    """The value of `text` for a field of this kind; ValueError says what is wrong.

    parse("float", "0.03") -> 0.03; parse("opt_int", "") -> None; parse("percent", "5") -> 0.05
    """
    text = text.strip().replace(",", ".") if kind != "int" else text.strip()
    if not text:
        if kind.startswith("opt") or kind == "percent":
            return None
        raise ValueError("a value is needed")
    if kind in ("int", "opt_int"):
        try:
            return int(text.replace("_", ""))
        except ValueError:
            raise ValueError(f"{text!r} is not a whole number") from None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{text!r} is not a finite number")
    if kind == "percent":
        if not 0 <= value <= 100:
            raise ValueError(f"an error rate is between 0 and 100 %, not {value:g}")
        return value / 100
    return value


def check(config: TrainConfig, key: str, value) -> str | None:
    """Why `value` cannot be used for `key` (the engine's words), or None."""
    trial = replace(config, **{key: value})
    try:
        trial.validate()
    except ValueError as exc:
        return str(exc)
    if key == "seed" and value < 0:
        return f"the seed must be a whole number >= 0, not {value}"
    for name in ("target_loss", "min_update_norm", "max_seconds"):
        v = getattr(trial, name)
        if v is not None and v <= 0:
            return f"{NUMBER_FIELDS[name][0].lower()} must be a positive number, not {v:g}"
    return None


def show(kind: str, value) -> str:
    if value is None:
        return ""
    if kind == "percent":
        return f"{100 * value:g}"
    return f"{value:g}" if isinstance(value, float) else str(value)


class HyperparametersPanel(QtWidgets.QWidget):
    """Optimizer, learning rate, schedule, batch size, ...; built as HyperparametersPanel(state)."""

    settingChanged = QtCore.Signal(str, object)  # key, accepted value

    def __init__(self, state, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hyperparameters")
        self.state = state
        self._config = TrainConfig()
        self.initializer = "glorot_uniform"
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        self._refusals: dict[str, str] = {}  # field -> why its text was not accepted

        self.optimizer = QtWidgets.QComboBox()
        self.optimizer.setObjectName("optimizerSelector")
        self.optimizer.addItems(list(optimizers.OPTIMIZERS))
        self.schedule = QtWidgets.QComboBox()
        self.schedule.setObjectName("scheduleSelector")
        self.schedule.addItems(list(schedules.SCHEDULES))
        self.schedule.setToolTip("How η changes with the epoch (cosine decays over the run)")
        self.schedule_params = QtWidgets.QLineEdit()
        self.schedule_params.setObjectName("field_schedule_params")
        self.schedule_params.setToolTip(
            "step: η·drop every `every` epochs; exponential: η·gamma^epoch; "
            "cosine: from η down to lr_min over the run. Empty = the defaults shown"
        )
        self.schedule_params.editingFinished.connect(self.commit_schedule_params)
        self.fields["schedule_params"] = self.schedule_params
        self.init = QtWidgets.QComboBox()
        self.init.setObjectName("initializerSelector")
        self.init.addItems(list(initializers.INITIALIZERS))
        self.init.setToolTip("How the weights start (applies at Reset)")

        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Optimizer", self.optimizer)
        for key, (label, _kind, tip) in NUMBER_FIELDS.items():
            edit = QtWidgets.QLineEdit()
            edit.setObjectName(f"field_{key}")
            edit.setToolTip(tip)
            if _kind.startswith("opt") or _kind == "percent":
                edit.setPlaceholderText("off")
            edit.editingFinished.connect(lambda k=key: self.commit(k))
            self.fields[key] = edit
            form.addRow(label, edit)
            if key == "lr":
                form.addRow("Schedule", self.schedule)
                form.addRow("Schedule settings", self.schedule_params)
            if key == "seed":
                form.addRow("Initializer", self.init)
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.note = QtWidgets.QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self.optimizer.currentTextChanged.connect(lambda v: self._accept("optimizer", v))
        self.schedule.currentTextChanged.connect(self._on_schedule)
        self.init.currentTextChanged.connect(self._on_initializer)
        self.set_config(self._config, self.initializer)

    # -- values ------------------------------------------------------------------------

    def config(self) -> TrainConfig:
        """A copy of the accepted settings."""
        return replace(self._config)

    def set_config(self, config: TrainConfig, initializer: str | None = None) -> None:
        """Show `config` (e.g. from an opened model) without announcing changes."""
        self._config = replace(config)
        blockers = [QtCore.QSignalBlocker(w) for w in (self.optimizer, self.schedule, self.init)]
        self.optimizer.setCurrentText(config.optimizer)
        self.schedule.setCurrentText(config.schedule)
        if initializer is not None:
            self.initializer = initializer
            self.init.setCurrentText(initializer)
        del blockers
        for key, (_label, kind, _tip) in NUMBER_FIELDS.items():
            self.fields[key].setText(show(kind, getattr(config, key)))
            self._mark(key, ok=True)
        self._show_schedule_params()
        self.note.clear()

    def commit(self, key: str) -> bool:
        """Check the text of field `key`; accept it or say why not. True if accepted."""
        label, kind, _tip = NUMBER_FIELDS[key]
        text = self.fields[key].text()
        try:
            value = parse(kind, text)
        except ValueError as exc:
            return self._refuse(key, f"{label}: {exc}")
        problem = check(self._config, key, value)
        if problem:
            return self._refuse(key, f"{label}: {problem}")
        self._mark(key, ok=True)
        if value != getattr(self._config, key):
            self._accept(key, value)
        return True

    def _accept(self, key: str, value) -> None:
        self._config = replace(self._config, **{key: value})
        if key == "optimizer":
            self._config.optimizer_params = {}
        if key in APPLIED_AT_RESET and self.state.trainer is not None:
            self.note.setText(f"{key.replace('_', ' ')} applies when you press Reset")
        self.settingChanged.emit(key, value)

    def _refuse(self, key: str, message: str) -> bool:
        self._mark(key, ok=False, why=message)
        return False

    def _mark(self, key: str, ok: bool, why: str = "") -> None:
        """Show a field as accepted or refused; the message lists every refused field."""
        self.fields[key].setStyleSheet("" if ok else "border: 2px solid #b00020;")
        if ok:
            self._refusals.pop(key, None)
        else:
            self._refusals[key] = why
        lines = [f"Not changed — {why}" for why in self._refusals.values()]
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    def _show_schedule_params(self) -> None:
        c = self._config
        self.schedule_params.setText(", ".join(f"{k}={v:g}" for k, v in c.schedule_params.items()))
        example = _example(c.schedule)
        self.schedule_params.setPlaceholderText(example or "(none)")
        self.schedule_params.setEnabled(bool(example))
        self._mark("schedule_params", ok=True)

    def _on_schedule(self, name: str) -> None:
        self._accept("schedule", name)
        if self._config.schedule_params:
            self._accept("schedule_params", {})
        self._show_schedule_params()

    def commit_schedule_params(self) -> bool:
        """Check the schedule settings text; accept it or say why not."""
        try:
            params = parse_schedule_params(self._config.schedule, self.schedule_params.text())
        except ValueError as exc:
            return self._refuse("schedule_params", f"Schedule settings: {exc}")
        self._mark("schedule_params", ok=True)
        if params != self._config.schedule_params:
            self._accept("schedule_params", params)
        return True

    def _on_initializer(self, name: str) -> None:
        self.initializer = name
        if self.state.trainer is not None:
            self.note.setText("initializer applies when you press Reset")
        self.settingChanged.emit("initializer", name)

    def set_learning_rate_text(self, text: str) -> bool:
        """Type `text` into the learning-rate field and commit it (as a user would)."""
        self.fields["lr"].setText(text)
        return self.commit("lr")
