"""Training settings: a field for every setting in the engine's table (engine.train.settings).

The fields, their labels, tooltips, ranges and error messages all come from that one
table. Each number is typed into a field and checked when the field is left (or Enter
is pressed) with `settings.check`. A refused value leaves the setting as it was, marks
the field and says why; accepted values are announced with `settingChanged(key, value)`.
Settings the table marks live reach a running trainer at its next batch; the others
(batch size, seed, initializer) apply at the next Reset, and their tooltips say so.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6 import QtCore, QtWidgets

from engine.train import settings
from engine.train.settings import HYPER, SCHEDULE_PARAMS, SETTINGS
from engine.train.trainer import TrainConfig
from gui.i18n import engine_text, translate
from gui.layout import FieldErrors

# The number fields, in the table's order; target_error is typed in percent.
PERCENT = ("target_error",)


def _field_kind(name: str) -> str:
    s = SETTINGS[name]
    if name in PERCENT:
        return "percent"
    return ("opt_" if s.optional else "") + s.kind


def _capital(text: str) -> str:
    """'learning rate …' -> 'Learning rate …'; 'η 如何…' stays as it is (not Η)."""
    return text[:1].upper() + text[1:] if text[:1].isascii() else text


def _tooltip(name: str) -> str:
    s = SETTINGS[name]
    tip = engine_text(s.help)  # in the window's language
    tip = _capital(tip)
    if s.range_text:
        tip += translate("Hyperparameters", "; {0}").format(engine_text(s.range_text)) + (
            translate("Hyperparameters", " (typed in %)") if name in PERCENT else ""
        )
    if not s.live:
        tip += translate("Hyperparameters", " — applies at Reset")
    return tip


def _field_label(name: str) -> str:
    return _capital(engine_text(SETTINGS[name].label)) + (" (%)" if name in PERCENT else "")


# key: (label, kind, tooltip), from the engine's table
NUMBER_FIELDS = {
    name: (
        s.label[0].upper() + s.label[1:] + (" (%)" if name in PERCENT else ""),
        _field_kind(name),
        _tooltip(name),
    )
    for name, s in SETTINGS.items()
    if s.kind in ("int", "float")
}
APPLIED_AT_RESET = tuple(n for n, s in SETTINGS.items() if not s.live)
# the settings of each schedule, with their defaults (from the table)
SCHEDULE_SETTINGS = {
    name: {k: HYPER[k].default for k in keys if k != "period"}
    for name, keys in SCHEDULE_PARAMS.items()
}


def parse_schedule_params(schedule: str, text: str) -> dict:
    """'drop=0.5, every=5' -> {"drop": 0.5, "every": 5.0} for the step schedule.

    ValueError names what is wrong: an unknown setting, a missing '=', a bad number.
    """
    params: dict = {}
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(
                translate("Hyperparameters", "write settings as name=value, e.g. {0}").format(
                    _example(schedule)
                )
            )
        params[key.strip()] = value
    return settings.check_params(
        params, SCHEDULE_PARAMS.get(schedule, ()), f"the {schedule} schedule"
    )


def _example(schedule: str) -> str:
    return ", ".join(f"{k}={v:g}" for k, v in SCHEDULE_SETTINGS.get(schedule, {}).items())


def parse(key: str, text: str):
    """The value of `text` for setting `key`; ValueError says what is wrong (the table's
    words). parse("lr", "0.03") -> 0.03; parse("patience", "") -> None;
    parse("target_error", "5") -> 0.05 (typed in percent)."""
    if key in PERCENT and text.strip():
        try:
            percent = float(text.strip().replace(",", "."))
        except ValueError:
            raise ValueError(
                translate("Hyperparameters", "{0} takes a number, not {1!r}").format(
                    SETTINGS[key].label, text[:40]
                )
            ) from None
        return settings.check(key, percent / 100)
    return settings.check(key, text)


def check(config: TrainConfig, key: str, value) -> str | None:
    """Why `value` cannot be used for `key` together with the rest of `config`, or None."""
    try:
        replace(config, **{key: value}).validate()
    except ValueError as exc:
        return str(exc)
    return None


def show(kind: str, value) -> str:
    if value is None:
        return ""
    if kind == "percent":
        return f"{100 * value:g}"
    return f"{value:g}" if isinstance(value, float) else str(value)


class TrainingSettings(QtWidgets.QWidget):
    """Optimizer, learning rate, schedule, batch size, ...; built as TrainingSettings(workspace)."""

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
        self.optimizer.addItems(list(SETTINGS["optimizer"].choices))
        self.optimizer.setToolTip(_sentence(SETTINGS["optimizer"].help))
        self.schedule = QtWidgets.QComboBox()
        self.schedule.setObjectName("scheduleSelector")
        self.schedule.addItems(list(SETTINGS["schedule"].choices))
        self.schedule.setToolTip(_sentence(SETTINGS["schedule"].help))
        self.schedule_params = QtWidgets.QLineEdit()
        self.schedule_params.setObjectName("field_schedule_params")
        self.schedule_params.setToolTip(
            translate(
                "TrainingSettings",
                "step: η·drop every 'every' epochs; exponential: η·gamma^epoch; "
                "cosine: from η down to lr_min over the run. Empty = the defaults shown",
            )
        )
        self.schedule_params.editingFinished.connect(self.commit_schedule_params)
        self.fields["schedule_params"] = self.schedule_params
        self.init = QtWidgets.QComboBox()
        self.init.setObjectName("initializerSelector")
        self.init.addItems(list(SETTINGS["init"].choices))
        self.init.setToolTip(_tooltip("init"))

        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("TrainingSettings", "Optimizer"), self.optimizer)
        for key, (_label, _kind, _tip) in NUMBER_FIELDS.items():
            label, tip = _field_label(key), _tooltip(key)  # in the window's language
            edit = QtWidgets.QLineEdit()
            edit.setObjectName(f"field_{key}")
            edit.setToolTip(tip)
            if _kind.startswith("opt") or _kind == "percent":
                edit.setPlaceholderText(translate("TrainingSettings", "off"))
            edit.editingFinished.connect(lambda k=key: self.commit(k))
            self.fields[key] = edit
            form.addRow(label, edit)
            if key == "lr":
                form.addRow(translate("TrainingSettings", "Schedule"), self.schedule)
                form.addRow(
                    translate("TrainingSettings", "Schedule settings"), self.schedule_params
                )
            if key == "seed":
                form.addRow(translate("TrainingSettings", "Initializer"), self.init)
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
        self.errors = FieldErrors(form)  # a refused value's reason, under its field
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
        text = self.fields[key].text()
        try:
            value = parse(key, text)
        except ValueError as exc:
            return self._refuse(key, _sentence(str(exc)))
        problem = check(self._config, key, value) or self._fits_the_data(key, value)
        if problem:
            return self._refuse(key, _sentence(problem))
        self._mark(key, ok=True)
        if value != getattr(self._config, key):
            self._accept(key, value)
        return True

    def _accept(self, key: str, value) -> None:
        self._config = replace(self._config, **{key: value})
        if key == "optimizer":
            self._config.optimizer_params = {}
        if key in APPLIED_AT_RESET and self.state.trainer is not None:
            self.note.setText(
                translate("TrainingSettings", "{0} applies when you press Reset").format(
                    key.replace("_", " ")
                )
            )
        self.settingChanged.emit(key, value)

    def _refuse(self, key: str, message: str) -> bool:
        self._mark(key, ok=False, why=message)
        return False

    def _fits_the_data(self, key: str, value) -> str | None:
        """Why `value` cannot be used with the workspace's data, or None."""
        ds = self.state.dataset
        if key == "batch_size" and ds is not None and value > len(ds.x_train):
            return (
                f"batch size {value:,} is more than the {len(ds.x_train):,} training samples: "
                f"at most {len(ds.x_train):,}"
            )
        return None

    def _kept(self, key: str) -> str:
        """The value a field's setting still has (shown under a refused field)."""
        if key == "schedule_params":
            params = self._config.schedule_params
            return ", ".join(f"{k}={v:g}" for k, v in params.items()) or "the defaults"
        kind = NUMBER_FIELDS[key][1]
        return show(kind, getattr(self._config, key)) or "off"

    def _mark(self, key: str, ok: bool, why: str = "") -> None:
        """Show a field as accepted or refused; the message lists every refused field."""
        self.fields[key].setStyleSheet("" if ok else "border: 2px solid #b00020;")
        if ok:
            self.errors.clear(self.fields[key])
        else:
            self.errors.show(self.fields[key], why, self._kept(key))
        if ok:
            self._refusals.pop(key, None)
        else:
            self._refusals[key] = why
        lines = [
            translate("TrainingSettings", "Not changed — {0}").format(why)
            for why in self._refusals.values()
        ]
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    def _show_schedule_params(self) -> None:
        c = self._config
        self.schedule_params.setText(", ".join(f"{k}={v:g}" for k, v in c.schedule_params.items()))
        example = _example(c.schedule)
        self.schedule_params.setPlaceholderText(example or translate("TrainingSettings", "(none)"))
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
            return self._refuse("schedule_params", _sentence(str(exc)))
        self._mark("schedule_params", ok=True)
        if params != self._config.schedule_params:
            self._accept("schedule_params", params)
        return True

    def _on_initializer(self, name: str) -> None:
        self.initializer = name
        if self.state.trainer is not None:
            self.note.setText(
                translate("TrainingSettings", "initializer applies when you press Reset")
            )
        self.settingChanged.emit("initializer", name)

    def set_learning_rate_text(self, text: str) -> bool:
        """Type `text` into the learning-rate field and commit it (as a user would)."""
        self.fields["lr"].setText(text)
        return self.commit("lr")


def _sentence(message: str) -> str:
    """The engine's one-line message as a sentence: 'learning rate …' -> 'Learning rate …'
    (in the window's language)."""
    return _capital(engine_text(message))
