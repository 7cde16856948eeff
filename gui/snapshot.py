"""Snapshots: copies of the engine's state, made in the worker thread, drawn by panels.

A Snapshot never shares an array with the engine, so the GUI can draw it while
the next batches train. The worker calls `make_snapshot` at most ~30 times a
second whatever the training speed.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

import numpy as np

from engine.teach import figures
from engine.train.records import BatchRecord, EpochRecord, Step


@dataclass(frozen=True)
class Snapshot:
    serial: int  # increases by one per snapshot
    sizes: list[int]
    activations: list[str]
    weights: list[np.ndarray]  # copies: W[l] (sizes[l], sizes[l+1])
    biases: list[np.ndarray]  # copies: b[l] (sizes[l+1],)
    epoch: float  # fractional epoch
    batch: int
    samples_seen: int
    elapsed: float
    last_batch: BatchRecord | None  # the latest mini-batch's record
    last_epoch: EpochRecord | None  # the latest finished epoch's record
    history: dict  # name -> np.ndarray copies of Trainer.history
    stopped_because: str | None
    extras: dict = field(default_factory=dict)  # panel data computed by engine functions


# trainer -> (epochs finished when evaluated, ValidationReport): one evaluation per epoch
_reports: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def make_snapshot(
    trainer,
    serial: int,
    step: Step | None = None,
    mirror: HistoryMirror | None = None,
    grid: tuple[tuple[float, float, float, float], int] | None = None,
    validation: bool | None = None,
) -> Snapshot:
    """Copy what the panels draw out of `trainer` (call it in the thread that trains).

    step: the trainer's latest Step that ran a batch (its records go into the snapshot).
    mirror: a HistoryMirror kept by the caller between calls, so the history is copied
    incrementally (the worker passes one); without it the whole history is copied.

    Optional extras, computed here (in the training thread) through engine.teach.figures:
      grid=(bounds, resolution)  extras["plane"]: every unit's output over the 2D plane
                                 (engine.teach.figures.PlaneMaps) for the decision boundary panel
      validation=None (default)  extras["validation"]: confusion matrix and misclassified
                                 examples of the validation set (engine.teach.figures.
                                 ValidationReport), evaluated once per finished epoch and
                                 handed to every later snapshot; True: evaluate now; False: never
    Panels compute what is missing themselves, so all of them are optional.
    """
    net = trainer.network
    extras = {}
    if grid is not None and net.sizes[0] == 2:
        bounds, resolution = grid
        extras["plane"] = figures.plane_maps(
            net.weights, net.biases, net.activations, bounds, resolution
        )
    regression = getattr(trainer.dataset, "is_regression", False)  # no classes to confuse
    if validation is not False and trainer.x_val is not None and not regression:
        epochs = len(trainer.history["epoch"])
        cached = _reports.get(trainer)
        stale = epochs > 0 and (cached is None or cached[0] != epochs)
        if validation or stale:
            report = figures.validation_report(
                net.weights,
                net.biases,
                net.activations,
                trainer.x_val,
                trainer.dataset.y_val,
                trainer.dataset.n_classes,
            )
            _reports[trainer] = cached = (epochs, report)
        if cached is not None:
            extras["validation"] = cached[1]
    if mirror is not None:
        history = mirror.update(trainer.history)
    else:
        history = {}
        for key, values in trainer.history.items():
            history[key] = np.array(values, dtype=float) if values else np.zeros(0)
    return Snapshot(
        serial=serial,
        sizes=list(net.sizes),
        activations=list(net.activations),
        weights=[W.copy() for W in net.weights],
        biases=[b.copy() for b in net.biases],
        epoch=trainer.epoch_float,
        batch=trainer.batch,
        samples_seen=trainer.samples_seen,
        elapsed=trainer.elapsed,
        last_batch=step.batch if step is not None else None,
        last_epoch=step.epoch if step is not None else None,
        history=history,
        stopped_because=trainer.stopped_because,
        extras=extras,
    )


class HistoryMirror:
    """Append-only NumPy copies of a Trainer's history, grown by what is new each time.

    `make_snapshot(..., mirror=m)` calls `m.update(trainer.history)`: only the entries
    appended since the last call are copied (the batch history can reach 150k points;
    copying it whole 30 times a second would cost the training thread). Each array
    handed out is a read-only view of the first n rows of a buffer whose rows are never
    written again, so snapshots stay immutable while the buffer grows. When a history
    list got shorter (a reset or a loaded run), that key is copied afresh.

        m = HistoryMirror()
        m.update({"batch_loss": [0.7, 0.6]})["batch_loss"]  -> array([0.7, 0.6])
    """

    def __init__(self) -> None:
        self._buffers: dict[str, np.ndarray] = {}
        self._counts: dict[str, int] = {}

    def update(self, history: dict) -> dict[str, np.ndarray]:
        out = {}
        for key, values in history.items():
            n = len(values)
            buf, m = self._buffers.get(key), self._counts.get(key, 0)
            if n > m:
                new = np.asarray(values[m:n], dtype=float)
                if buf is None or n < m or new.shape[1:] != buf.shape[1:]:
                    buf, m = None, 0  # first time, shrunk, or rows changed shape: start over
                    new = np.asarray(values[:n], dtype=float)
                if buf is None or n > buf.shape[0]:
                    grown = np.empty((max(2 * n, 256), *new.shape[1:]), dtype=float)
                    grown[:m] = buf[:m] if buf is not None else grown[:0]
                    buf = grown
                buf[m:n] = new
            elif n < m:
                buf = None if n == 0 else np.array(values, dtype=float)
            self._buffers[key], self._counts[key] = buf, n
            if buf is None or n == 0:
                out[key] = np.zeros(0)
            else:
                view = buf[:n]
                view.flags.writeable = False
                out[key] = view
        return out
