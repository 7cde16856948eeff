"""A race of optimizers: the same network, the same start, the same batches.

    race = Race(network, dataset, TrainConfig(batch_size=16, epochs=30, seed=0),
                [Entry("sgd", 0.1), Entry("momentum", 0.1), Entry("adam", 0.01)])
    for steps in race.run():           # one list per epoch: each racer's last Step
        ...                            # (steps[i].epoch: its EpochRecord)
    race.winner()                      # the racer with the lowest validation loss

Every racer is an ordinary `Trainer` on its own copy of `network` (so they all start
from exactly the same weights), with the same config except the optimizer. Each
Trainer seeds its own generator with config.seed, and draws from it the same way
whatever the optimizer (one permutation per epoch, then — with dropout — masks of the
same shapes for every batch), so the racers see the same batches in the same order;
`Racer.orders` keeps each epoch's order so that this can be checked. They step in
lock-step: one batch each, in turn. A racer that diverges stops; the others go on.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import numpy as np

from engine.data.dataset import Dataset
from engine.nn.network import Network
from engine.train import optimizers
from engine.train.records import Step
from engine.train.trainer import TrainConfig, Trainer

MIN_RACERS, MAX_RACERS = 2, 7


@dataclass(frozen=True)
class Entry:
    """One racer's optimizer: its name, learning rate and settings (momentum, beta1, ...)."""

    optimizer: str
    lr: float
    hyper: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        extra = "".join(f", {k} {v:g}" for k, v in sorted(self.hyper.items()))
        return f"{self.optimizer} η={self.lr:g}{extra}"

    def check(self) -> None:
        optimizers.make(self.optimizer, self.lr, **self.hyper)  # raises ValueError


def parse_entries(text: str) -> list[Entry]:
    """'sgd:0.1,momentum:0.1:momentum=0.95,adam:0.01' -> [Entry, ...] (ValueError if bad)."""
    entries = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, *rest = part.split(":")
        if not rest:
            raise ValueError(f"{part!r}: give each optimizer a learning rate, e.g. {name}:0.1")
        try:
            lr = float(rest[0])
        except ValueError:
            raise ValueError(f"{part!r}: the learning rate {rest[0]!r} is not a number") from None
        hyper = {}
        for setting in rest[1:]:
            key, sep, value = setting.partition("=")
            try:
                hyper[key] = float(value)
            except ValueError:
                sep = ""
            if not sep:
                raise ValueError(f"{part!r}: write settings as key=number, e.g. momentum=0.9")
        entry = Entry(name, lr, hyper)
        entry.check()
        entries.append(entry)
    return entries


@dataclass
class Racer:
    """One optimizer in the race: its trainer, its path through weight space, its time."""

    entry: Entry
    trainer: Trainer
    trajectory: list[np.ndarray]  # θ (P,) copies: the start, then every `record_every` batches
    seconds: float = 0.0  # wall time spent in its own steps (validation included)
    orders: list[np.ndarray] = field(default_factory=list)  # each epoch's sample order

    @property
    def label(self) -> str:
        return self.entry.label

    @property
    def history(self) -> dict:
        return self.trainer.history

    @property
    def finished(self) -> bool:
        return self.trainer.finished

    @property
    def val_loss(self) -> float:
        """The last epoch's validation loss (training loss without a validation set)."""
        h = self.trainer.history
        values = h["val_loss"] if self.trainer.x_val is not None else h["loss"]
        return float(values[-1]) if values else math.nan

    def summary(self) -> dict:
        h = self.trainer.history
        last = lambda k: h[k][-1] if h[k] else math.nan  # noqa: E731
        return {
            "optimizer": self.entry.optimizer,
            "lr": self.entry.lr,
            "hyper": dict(self.entry.hyper),
            "label": self.label,
            "epochs": self.trainer.epoch,
            "loss": last("loss"),
            "accuracy": last("accuracy"),
            "val_loss": last("val_loss"),
            "val_accuracy": last("val_accuracy"),
            "seconds": self.seconds,
            "stopped_because": self.trainer.stopped_because,
        }


class Race:
    """N trainers from one start, stepped in lock-step (see the module docstring).

    network: the common start (copied, never changed); config: the shared settings
    (batch size, epochs, seed, l1/l2, dropout, ...; its optimizer and lr are replaced
    by each entry's); record_every: batches between two recorded trajectory points
    (None: about 10 per epoch).
    """

    def __init__(
        self,
        network: Network,
        dataset: Dataset,
        config: TrainConfig,
        entries: list[Entry],
        record_every: int | None = None,
        transform=None,
    ) -> None:
        if not MIN_RACERS <= len(entries) <= MAX_RACERS:
            raise ValueError(
                f"a race takes {MIN_RACERS} to {MAX_RACERS} optimizers, not {len(entries)}"
            )
        self.start = network.flat_params().copy()
        self.racers: list[Racer] = []
        for entry in entries:
            entry.check()
            cfg = replace(
                config,
                optimizer=entry.optimizer,
                lr=float(entry.lr),
                optimizer_params=dict(entry.hyper),
                schedule_params=dict(config.schedule_params),
            )
            trainer = Trainer(network.copy(), dataset, cfg, transform=transform)
            self.racers.append(Racer(entry, trainer, [self.start.copy()]))
        bpe = self.racers[0].trainer.batches_per_epoch
        self.record_every = record_every or max(1, bpe // 10)
        self.steps = 0

    @property
    def finished(self) -> bool:
        return all(r.finished for r in self.racers)

    def step(self) -> list[Step]:
        """One batch for every racer still running; their Steps (an empty one if stopped)."""
        out = []
        self.steps += 1
        record = self.steps % self.record_every == 0
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is reported
            for r in self.racers:
                if r.finished:
                    out.append(Step(stopped_because=r.trainer.stopped_because))
                    continue
                t = r.trainer
                t0 = time.perf_counter()
                step = t.step()
                r.seconds += time.perf_counter() - t0
                if t.batch == 1 or (t.batch == 0 and t.batches_per_epoch == 1):
                    r.orders.append(self._order_of(t))
                if record or step.epoch is not None or t.finished:
                    theta = t.network.flat_params()
                    if np.isfinite(theta).all() and not np.array_equal(theta, r.trajectory[-1]):
                        r.trajectory.append(theta.copy())
                out.append(step)
        return out

    @staticmethod
    def _order_of(t: Trainer) -> np.ndarray:
        # mid-epoch the trainer keeps its order; after a one-batch epoch it is already gone,
        # but the batch it took is the whole (shuffled) set: its order is not needed then
        return np.array([], np.int64) if t.order is None else t.order.copy()

    def run_epoch(self) -> list[Step]:
        """Step every racer to the end of its current epoch; each one's last Step (its
        `epoch` holds the EpochRecord; for a racer that stopped, `stopped_because`)."""
        last = [Step(stopped_because=r.trainer.stopped_because) for r in self.racers]
        epochs = [r.trainer.epoch for r in self.racers]
        while any(
            not r.finished and r.trainer.epoch == e
            for r, e in zip(self.racers, epochs, strict=True)
        ):
            for i, step in enumerate(self.step()):
                if step.batch is not None or step.stopped_because:
                    last[i] = step
        return last

    def run(self) -> Iterator[list[Step]]:
        """Generator: each racer's last Step of every epoch, until every racer has stopped."""
        while not self.finished:
            yield self.run_epoch()

    def winner(self) -> Racer | None:
        """The racer with the lowest final validation loss (training loss without a
        validation set); None if none has a finite one."""
        scored = [r for r in self.racers if math.isfinite(r.val_loss)]
        return min(scored, key=lambda r: r.val_loss) if scored else None

    def trajectories(self) -> list[np.ndarray]:
        """Each racer's trajectory as one array (T_i, P)."""
        return [np.array(r.trajectory) for r in self.racers]
