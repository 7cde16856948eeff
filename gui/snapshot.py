"""Snapshots: copies of the engine's state, made in the worker thread, drawn by panels.

A Snapshot never shares an array with the engine, so the GUI can draw it while
the next batches train. The worker calls `make_snapshot` at most ~30 times a
second whatever the training speed.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

import numpy as np

from engine import inspect


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
    logs: dict  # the latest batch logs (and epoch logs merged in at epoch ends)
    history: dict  # name -> np.ndarray copies of Trainer.history
    stopped_because: str | None
    extras: dict = field(default_factory=dict)  # panel data computed by engine functions


# trainer -> (epochs finished when evaluated, ValidationReport): one evaluation per epoch
_reports: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def make_snapshot(
    trainer,
    serial: int,
    logs: dict | None = None,
    grid: tuple[tuple[float, float, float, float], int] | None = None,
    validation: bool | None = None,
) -> Snapshot:
    """Copy what the panels draw out of `trainer` (call it in the thread that trains).

    Optional extras, computed here (in the training thread) through engine.inspect:
      grid=(bounds, resolution)  extras["plane"]: every unit's output over the 2D plane
                                 (engine.inspect.PlaneMaps) for the decision boundary panel
      validation=None (default)  extras["validation"]: confusion matrix and misclassified
                                 examples of the validation set (engine.inspect.
                                 ValidationReport), evaluated once per finished epoch and
                                 handed to every later snapshot; True: evaluate now; False: never
    Panels compute what is missing themselves, so all of them are optional.
    """
    net = trainer.network
    extras = {}
    if grid is not None and net.sizes[0] == 2:
        bounds, resolution = grid
        extras["plane"] = inspect.plane_maps(
            net.weights, net.biases, net.activations, bounds, resolution
        )
    if validation is not False and trainer.x_val is not None:
        epochs = len(trainer.history["epoch"])
        cached = _reports.get(trainer)
        stale = epochs > 0 and (cached is None or cached[0] != epochs)
        if validation or stale:
            report = inspect.validation_report(
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
        logs=dict(logs or {}),
        history=history,
        stopped_because=trainer.stopped_because,
        extras=extras,
    )
