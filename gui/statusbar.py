"""The status bar: epoch, batch, speed, compute time and what training is doing, as the
workspace says (it follows the workspace's signals; it changes nothing).

    StatusBar(window.statusBar(), workspace)
    status.labels["stopped"].text()     # "Paused", "Training…", "Stopped: reached 200 epochs"
"""

from __future__ import annotations

import time

import numpy as np
from PySide6 import QtWidgets

from gui.i18n import engine_text, translate
from gui.panels.common import ElidedLabel
from gui.workspace import PAUSED, READY, STOPPED, Workspace

WIDEST = {
    "epoch": "epoch 9999.99",
    "batch": "batch 9999/9999",
    "speed": "999,999 samples/s",
    "elapsed": "9999.9 s of compute",
}


class StatusBar:
    """Labels status_epoch, status_batch, status_speed, status_elapsed, status_stopped."""

    def __init__(self, bar: QtWidgets.QStatusBar, workspace: Workspace) -> None:
        self.bar = bar
        self.ws = workspace
        self.labels: dict[str, QtWidgets.QLabel] = {}
        for key in ("epoch", "batch", "speed", "elapsed", "fit", "stopped"):
            # what stopped training can be long: cut short here (whole in its tooltip, and
            # in the window's message row), never widening the window
            label = ElidedLabel() if key == "stopped" else QtWidgets.QLabel()
            label.setObjectName(f"status_{key}")
            label.setContentsMargins(8, 0, 8, 0)
            if key in WIDEST:
                label.setMinimumWidth(label.fontMetrics().horizontalAdvance(WIDEST[key]) + 16)
            bar.addPermanentWidget(label, 3 if key == "stopped" else 0)
            self.labels[key] = label
        self._rate_mark: tuple[float, int] | None = None  # (wall time, samples seen)
        self._rate = 0.0
        workspace.snapshotReady.connect(self.show_progress)
        workspace.trainingChanged.connect(self._on_training)
        workspace.workspaceReplaced.connect(self._on_replaced)
        workspace.status.connect(self._note)

    def _note(self, text: str, ms: int) -> None:
        if text:
            self.bar.showMessage(text, ms)
        else:
            self.bar.clearMessage()

    def _on_replaced(self) -> None:
        """A new run: the old run's samples/s goes (it stayed on until the new one's came)."""
        self._rate, self._rate_mark = 0.0, None
        self.labels["speed"].clear()
        self.show_progress(self.ws.snapshot)

    def _on_training(self, state: str, reason: str) -> None:
        self.show_progress(self.ws.snapshot)

    def show_progress(self, snap) -> None:
        s = self.labels
        if snap is None:
            for label in s.values():
                label.clear()
            s["stopped"].setText(translate("StatusBar", "Ready: press Train (Space)"))
            return
        trainer = self.ws.trainer
        per_epoch = trainer.batches_per_epoch if trainer is not None else 0
        s["epoch"].setText(translate("StatusBar", "epoch {0:.2f}").format(snap.epoch))
        s["batch"].setText(
            translate("StatusBar", "batch {0}/{1}").format(snap.batch, per_epoch)
            if per_epoch
            else translate("StatusBar", "batch {0}").format(snap.batch)
        )
        s["speed"].setText(self._rate_text(snap))
        s["elapsed"].setText(translate("StatusBar", "{0:.1f} s of compute").format(snap.elapsed))
        s["fit"].setText(self._fit_text(snap))
        state = self.ws.training_state
        if state == STOPPED and snap.stopped_because:
            s["stopped"].setText(
                translate("StatusBar", "Stopped: {0}").format(engine_text(snap.stopped_because))
            )
        elif self.ws.training:
            s["stopped"].setText(translate("StatusBar", "Training…"))
        elif state == PAUSED:
            s["stopped"].setText(translate("StatusBar", "Paused"))
        elif state == READY:
            s["stopped"].setText(translate("StatusBar", "Ready: press Train (Space)"))

    @staticmethod
    def _fit_text(snap) -> str:
        """Regression: the last epoch's RMSE, MAE and R² (validation, else training)."""
        h = snap.history
        which = "val_" if len(h.get("val_rmse", ())) and np.isfinite(h["val_rmse"][-1]) else ""
        if not len(h.get(which + "rmse", ())):
            return ""
        rmse, mae, r2 = (h[which + k][-1] for k in ("rmse", "mae", "r2"))
        split = "validation" if which else "training"
        return f"{split} RMSE {rmse:.4g}, MAE {mae:.4g}, R² {r2:.3f}"

    def _rate_text(self, snap) -> str:
        """Samples per second of wall time, measured over at least half a second."""
        now = time.perf_counter()
        mark = self._rate_mark
        if mark is None or snap.samples_seen < mark[1]:
            self._rate_mark = (now, snap.samples_seen)
            return self.labels["speed"].text() if mark is not None else ""
        if now - mark[0] >= 0.5:
            self._rate = (snap.samples_seen - mark[1]) / (now - mark[0])
            self._rate_mark = (now, snap.samples_seen)
        if not self.ws.training:
            self._rate_mark = None
        return translate("StatusBar", "{0:,.0f} samples/s").format(self._rate) if self._rate else ""
