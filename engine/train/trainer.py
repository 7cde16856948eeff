"""Mini-batch training, one step at a time, so the caller decides when the next batch runs.

    trainer = Trainer(network, dataset, TrainConfig(optimizer="sgd", lr=3.0, batch_size=10))
    for step in trainer.run():          # or call trainer.step() yourself: pause = don't call it
        step.batch                      # BatchRecord: loss, accuracy, epoch, batch, lr, ...
        step.epoch                      # EpochRecord at an epoch's end: val_loss, ..., else None
    trainer.stopped_because             # "reached 30 epochs", "diverging: ...", ...

Between two steps the caller may change `trainer.lr`, swap the optimizer with
`set_optimizer`, or call `stop()`. Shuffling uses a seeded numpy Generator:
the same seed gives the same run, bit for bit, and `state_dict()` captures the
generator so a saved run resumes exactly where it stopped.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field

import numpy as np

from engine.data.dataset import Dataset, encode_targets
from engine.nn import metrics
from engine.nn.network import Network
from engine.train import optimizers, schedules, settings
from engine.train.divergence import DivergenceWatch
from engine.train.records import BatchRecord, EpochRecord, Step
from engine.train.settings import SETTINGS

# the per-epoch curves of a regression (engine.nn.metrics), besides loss and val_loss
REGRESSION_CURVES = ("rmse", "val_rmse", "mae", "val_mae", "r2", "val_r2")


def _default(name: str):
    return SETTINGS[name].default


@dataclass
class TrainConfig:
    """Everything that decides how training runs (stored in model files). Each field is
    declared, with its range and help, in engine.train.settings.SETTINGS."""

    optimizer: str = _default("optimizer")
    lr: float = _default("lr")
    optimizer_params: dict = field(default_factory=dict)  # momentum, beta1, rho, epsilon...
    schedule: str = _default("schedule")
    schedule_params: dict = field(default_factory=dict)  # drop, every, gamma, period, lr_min
    batch_size: int = _default("batch_size")
    epochs: int = _default("epochs")  # the total: stop when this many epochs have run
    l1: float = _default("l1")
    l2: float = _default("l2")
    dropout: float = _default("dropout")
    seed: int = _default("seed")
    init: str = _default("init")  # how the network's weights started (Network.create)
    augment: bool = _default("augment")
    # stopping conditions besides `epochs` (None = not used)
    target_loss: float | None = _default("target_loss")
    target_error: float | None = _default("target_error")
    min_update_norm: float | None = _default("min_update_norm")
    patience: int | None = _default("patience")
    max_seconds: float | None = _default("max_seconds")

    def validate(self) -> None:
        """Raise ValueError naming the first setting that cannot be used (the table's words)."""
        for name in SETTINGS:
            settings.check(name, getattr(self, name))
        what = f"the {self.optimizer} optimizer"
        settings.check_params(
            self.optimizer_params, settings.optimizer_params(self.optimizer), what
        )
        names = settings.SCHEDULE_PARAMS[self.schedule]
        settings.check_params(self.schedule_params, names, f"the {self.schedule} schedule")

    def to_dict(self) -> dict:
        return asdict(self)


# No weight may exceed this in size: far from float32's overflow at 3.4e38, so that
# W + ΔW and every product in the next forward pass stay finite.
WEIGHT_LIMIT = 1e18


def exact_norms(arrays: list[np.ndarray]) -> list[float]:
    """‖a‖ of each array, summed in float64: never overflows, unlike float32 ‖a‖² (plain
    sums, no BLAS call, which can cost milliseconds on a busy machine). The weight-limit
    guard uses it, here and in engine.teach.tracing."""
    return [math.sqrt(float(np.square(a, dtype=np.float64).sum())) for a in arrays]


def squared_norms(parts: list[np.ndarray]) -> list[float]:
    """Σ x² of each 1-D array, in its own dtype (a BLAS dot each: the fastest way, run on
    every step for the gradients and updates; the sum of the results tells whether any
    value is infinite or NaN)."""
    return [float(np.dot(x, x)) for x in parts]


class Trainer:
    """Trains `network` on `dataset` under `config`, one mini-batch per `step()`.

    transform: optional f(X_batch, rng) -> X_batch applied to each training batch
    when config.augment is set (the datasets module provides image augmentation).
    """

    def __init__(
        self,
        network: Network,
        dataset: Dataset,
        config: TrainConfig,
        transform: Callable[[np.ndarray, np.random.Generator], np.ndarray] | None = None,
    ) -> None:
        config.validate()
        network.check_trainable()
        if dataset.n_inputs != network.sizes[0]:
            raise ValueError(
                f"the network takes {network.sizes[0]} inputs but {dataset.name} has "
                f"{dataset.n_inputs} features per sample"
            )
        self.network = network
        self.dataset = dataset
        self.config = config
        self.transform = transform
        dt = network.dtype
        units = network.sizes[-1]
        self.x_train = np.ascontiguousarray(dataset.x_train, dtype=dt)
        self.y_train = encode_targets(dataset.y_train, units, dt)
        self.labels_train = network.classes_of_targets(self.y_train)
        has_val = dataset.x_val is not None and len(dataset.x_val) > 0
        self.x_val = np.ascontiguousarray(dataset.x_val, dtype=dt) if has_val else None
        self.y_val = encode_targets(dataset.y_val, units, dt) if has_val else None
        self.optimizer = optimizers.make(config.optimizer, config.lr, **config.optimizer_params)
        self.rng = np.random.default_rng(config.seed)
        # the weights this run starts from, [W1, b1, ...]: model files keep them, so that an
        # exported script (engine.files.pytorch_export) can replay the run from its start
        self.initial_weights: list[np.ndarray] | None = [p.copy() for p in network.params]
        # progress
        self.epoch = 0  # completed epochs
        self.batch = 0  # batches done in the current epoch
        self.order: np.ndarray | None = None  # this epoch's shuffled sample order
        self.samples_seen = 0
        self.elapsed = 0.0  # seconds spent inside step()
        self.stopped_because: str | None = None
        self._stop_requested: str | None = None
        self.best_val_loss = math.inf
        self.epochs_without_improvement = 0
        self.divergence = DivergenceWatch()
        self.history: dict[str, list] = {
            "batch_epoch": [],  # fractional epoch at the end of each batch
            "batch_loss": [],
            "batch_accuracy": [],
            "epoch": [],
            "loss": [],
            "accuracy": [],
            "val_loss": [],
            "val_accuracy": [],
            "lr": [],
            "seconds": [],
            "grad_norms": [],  # per epoch: list per layer (mean over the epoch's batches)
            "update_ratios": [],  # per epoch: list per layer, ‖ΔW‖ / ‖W‖
        }
        self.regression = dataset.is_regression  # numbers to predict: RMSE, MAE, R² per epoch
        if self.regression:
            for key in REGRESSION_CURVES:
                self.history[key] = []
        self._epoch_stats = self._fresh_epoch_stats()
        n = self.x_train.shape[0]
        bs = min(config.batch_size, n)
        self._xb = np.empty((bs, self.x_train.shape[1]), dt)
        self._yb = np.empty((bs, units), dt)
        self._bpe_for, self._bpe = 0, 0
        self._norm_bound: list[float] = []  # upper bounds of ‖W1‖, ‖b1‖, ... (see WEIGHT_LIMIT)

    # -- what the caller may change between steps -------------------------------------

    @property
    def lr(self) -> float:
        """The base learning rate η₀ (the schedule scales it)."""
        return self.config.lr

    @lr.setter
    def lr(self, value: float) -> None:
        self.config.lr = settings.check("lr", value)

    def set_optimizer(self, name: str, **params: float) -> None:
        """Switch optimizer (its state starts fresh) from the next batch on."""
        self.optimizer = optimizers.make(name, self.config.lr, **params)
        self.config.optimizer = name
        self.config.optimizer_params = dict(params)

    def stop(self, reason: str = "stopped by the user") -> None:
        """Ask training to stop before the next batch (safe to call from another thread)."""
        self._stop_requested = reason

    @property
    def finished(self) -> bool:
        return self.stopped_because is not None

    @property
    def batches_per_epoch(self) -> int:
        return math.ceil(self.x_train.shape[0] / self.config.batch_size)

    @property
    def _batches_per_epoch(self) -> int:
        # batch_size may change between steps; cache keyed on it (a property is slow per step)
        bs = self.config.batch_size
        if self._bpe_for != bs:
            self._bpe_for, self._bpe = bs, math.ceil(self.x_train.shape[0] / bs)
        return self._bpe

    @property
    def epoch_float(self) -> float:
        return self.epoch + self.batch / self.batches_per_epoch

    def current_lr(self) -> float:
        c = self.config
        if c.schedule == "constant":
            return c.lr
        params = {"period": c.epochs, **c.schedule_params}
        return schedules.learning_rate(c.schedule, c.lr, self.epoch_float, **params)

    # -- one step ---------------------------------------------------------------------

    def train_on_batch(
        self, X: np.ndarray, Y: np.ndarray, use_dropout: bool = True, labels=None
    ) -> dict:
        """One training step on the batch X (n, d), Y (n, units): forward, backward, update.

        The single code path of training (the step-through panel's "Apply update" uses it too).
        Returns the batch's logs: loss, accuracy, lr, and per layer grad_norms ‖∂L/∂W‖ and
        update_norms ‖ΔW‖. On a non-finite loss, gradient or update, or an update that
        would push a weight past WEIGHT_LIMIT, the weights are left as they were and
        logs["diverged"] says why. `labels` (n,) are the target classes, if at hand.
        """
        net, c = self.network, self.config
        # 1. forward: zˡ = aˡ⁻¹·Wˡ + bˡ, aˡ = g(zˡ) for every layer, then the loss L
        p = net.forward(X, dropout=c.dropout if use_dropout else 0.0, rng=self.rng)
        # 2. backward: δᴸ = ∂L/∂zᴸ, δˡ = (δˡ⁺¹·Wˡ⁺¹ᵀ) ⊙ g'(zˡ), ∂L/∂Wˡ = aˡ⁻¹ᵀ·δˡ (+ L1/L2)
        net.backward(p, Y, l1=c.l1, l2=c.l2)
        loss = p.loss
        if not math.isfinite(loss):
            return {"loss": loss, "diverged": f"the loss became {loss}"}
        grads = p.gradients()
        flat_params = net.flat_params()
        flat_grad = p.flat_grad
        sq = squared_norms(p.grad_parts)  # ‖∂L/∂W1‖², ‖∂L/∂b1‖², ...
        if not math.isfinite(sum(sq)):  # a NaN or ∞ anywhere makes its sum non-finite
            return {"loss": loss, "diverged": "a gradient became infinite or NaN"}
        opt = self.optimizer
        opt.lr = lr = self.current_lr()
        updates = opt.updates(grads, flat=flat_grad)
        flat_update = opt.flat_updates
        if opt.name == "sgd":  # ΔW = −η·∂L/∂W: the update norms are at hand
            norms = [lr * math.sqrt(v) for v in sq]
        else:
            norms = [math.sqrt(v) for v in squared_norms([u.reshape(-1) for u in updates])]
            if not math.isfinite(sum(norms)):
                return {"loss": loss, "diverged": "a weight update became infinite or NaN"}
        bound = self._norm_bound
        if len(bound) != len(norms):
            bound[:] = exact_norms(net.params)
        for i, u in enumerate(norms):
            if bound[i] + u > WEIGHT_LIMIT:  # ‖W + ΔW‖ ≤ ‖W‖ + ‖ΔW‖; look closer
                bound[i] = exact_norms([net.params[i]])[0]
                if bound[i] + u > WEIGHT_LIMIT:
                    return {"loss": loss, "diverged": f"the weights grew past {WEIGHT_LIMIT:g}"}
        # 3. the update, W ← W + ΔW (for sgd ΔW = −η·∂L/∂W), for every W and b at once: they
        # are views of one flat array, and so are their updates
        flat_params += flat_update
        for i, u in enumerate(norms):
            bound[i] += u
        if self.regression:  # no classes to count: RMSE and R² come at the epoch's end
            accuracy = math.nan
        else:
            if labels is None:
                labels = net.classes_of_targets(Y)
            correct = int(np.count_nonzero(net.classes(p.activations[-1]) == labels))
            accuracy = correct / X.shape[0]
        return {
            "loss": loss,
            "accuracy": accuracy,
            "lr": lr,
            "grad_norms": [math.sqrt(v) for v in sq[0::2]],
            "update_norms": norms[0::2],
        }

    def step(self) -> Step:
        """Train on the next mini-batch. Returns a Step: its BatchRecord, the EpochRecord if
        the batch completed an epoch, and `stopped_because` if training ended with it.

        A diverging step may make NumPy warn about an overflow before the guard reports it;
        callers that step by hand can wrap their loop in np.errstate(over="ignore",
        invalid="ignore"), as fit() and run_epoch() do.
        """
        if self.stopped_because is not None:
            return Step(stopped_because=self.stopped_because)
        if self._stop_requested:
            return Step(stopped_because=self._finish(self._stop_requested))
        t0 = time.perf_counter()
        bs = self.config.batch_size
        if self.samples_seen == 0 and self.divergence.untrained_loss is None:
            self.divergence.note_untrained_loss(self._untrained_loss())
        if self.order is None:
            self.order = self.rng.permutation(self.x_train.shape[0])
            self._epoch_started = t0
        idx = self.order[self.batch * bs : (self.batch + 1) * bs]
        m = idx.shape[0]
        if m == self._xb.shape[0]:
            # mode="clip": idx is a permutation, always in range; the default mode="raise"
            # gathers into a temporary and copies it into `out` (2.5x slower for 64 rows)
            X = self.x_train.take(idx, axis=0, out=self._xb, mode="clip")
            Y = self.y_train.take(idx, axis=0, out=self._yb, mode="clip")
        else:
            X, Y = self.x_train[idx], self.y_train[idx]
        if self.config.augment and self.transform is not None:
            X = self.transform(X, self.rng)
        logs = self.train_on_batch(X, Y, labels=self.labels_train.take(idx))
        if "diverged" in logs:
            reason = self._finish(
                f"diverging: {logs['diverged']} at epoch {self.epoch + 1}, batch "
                f"{self.batch + 1} (learning rate {self.current_lr():g}); the weights are "
                "the last finite ones — lower the learning rate and reset"
            )
            return Step(stopped_because=reason)
        self.batch += 1
        self.samples_seen += m
        now = time.perf_counter()
        self.elapsed += now - t0
        s = self._epoch_stats
        loss = logs["loss"]
        s["loss"] += loss * m
        s["correct"] += logs["accuracy"] * m
        s["n"] += m
        s["grad_norms"] = [a + b for a, b in zip(s["grad_norms"], logs["grad_norms"], strict=True)]
        s["update_norms"] = logs["update_norms"]
        s["batches"] += 1
        epoch_float = self.epoch + self.batch / self._batches_per_epoch
        h = self.history
        h["batch_epoch"].append(epoch_float)
        h["batch_loss"].append(loss)
        h["batch_accuracy"].append(logs["accuracy"])
        batch = BatchRecord(
            epoch=self.epoch + 1,
            batch=self.batch,
            progress=epoch_float,
            loss=loss,
            accuracy=logs["accuracy"],
            lr=logs["lr"],
            samples_seen=self.samples_seen,
            samples_per_second=s["n"] / max(now - self._epoch_started, 1e-9),
            grad_norms=logs["grad_norms"],
            update_norms=logs["update_norms"],
        )
        if self.batch >= self._batches_per_epoch:
            epoch = self._end_epoch()
            return Step(batch, epoch, self.stopped_because)
        if self.config.max_seconds is not None and self.elapsed >= self.config.max_seconds:
            reason = self._finish(f"time limit of {self.config.max_seconds:g} s reached")
            return Step(batch, None, reason)
        return Step(batch)

    def run(self) -> Iterator[Step]:
        """Generator: yields each step's records until a stopping condition is met."""
        while not self.finished:
            yield self.step()

    def run_epoch(self) -> Step:
        """Train to the end of the current epoch; returns the last Step."""
        step = Step(stopped_because=self.stopped_because)
        start_epoch = self.epoch
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is reported, not warned
            while not self.finished and self.epoch == start_epoch:
                step = self.step()
        return step

    def fit(self) -> Step:
        """Train until a stopping condition; returns the last Step."""
        step = Step(stopped_because=self.stopped_because)
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is reported, not warned
            while not self.finished:
                step = self.step()
        return step

    # -- epoch end and stopping ---------------------------------------------------------

    def _fresh_epoch_stats(self) -> dict:
        L = len(self.network.weights)
        return {
            "loss": 0.0,
            "correct": 0.0,
            "n": 0,
            "batches": 0,
            "grad_norms": [0.0] * L,
            "update_norms": [0.0] * L,
        }

    def _untrained_loss(self, most: int = 1024) -> float:
        """The loss before any update, on the first `most` training samples (the divergence
        watch compares later losses with it)."""
        X, Y = self.x_train[:most], self.y_train[:most]
        return self.network.evaluate(X, Y)[0]

    def evaluate_validation(self) -> tuple[float, float]:
        if self.x_val is None:
            return float("nan"), float("nan")
        loss, accuracy = self.network.evaluate(self.x_val, self.y_val)
        return loss, math.nan if self.regression else accuracy  # regression has no classes

    def regression_figures(self) -> dict:
        """RMSE, MAE and R² of the network on the training (and validation) data, e.g.
        {"rmse": 0.02, "mae": 0.016, "r2": 0.999, "val_rmse": ..., ...} (engine.nn.metrics)."""
        out = {}
        for prefix, X, Y in (("", self.x_train, self.y_train), ("val_", self.x_val, self.y_val)):
            if X is not None:
                fit = metrics.regression_metrics(self.network.feedforward(X), Y)
                out.update({prefix + k: v for k, v in fit.items()})
        return out

    def _end_epoch(self) -> EpochRecord:
        s = self._epoch_stats
        seconds = time.perf_counter() - self._epoch_started
        val_loss, val_acc = self.evaluate_validation()
        fit = self.regression_figures() if self.regression else {}
        self._norm_bound = exact_norms(self.network.params)
        weight_norms = self._norm_bound[0::2]
        record = EpochRecord(
            epoch=self.epoch + 1,
            loss=s["loss"] / s["n"],
            accuracy=s["correct"] / s["n"],
            val_loss=val_loss,
            val_accuracy=val_acc,
            lr=self.current_lr(),
            seconds=seconds,
            samples_per_second=s["n"] / max(seconds, 1e-9),
            grad_norms=[g / max(s["batches"], 1) for g in s["grad_norms"]],
            update_ratios=[
                u / w if w > 0 else float("inf")
                for u, w in zip(s["update_norms"], weight_norms, strict=True)
            ],
            **fit,
        )
        h = self.history
        for key in ("epoch", "loss", "accuracy", "val_loss", "val_accuracy", "lr", "seconds"):
            h[key].append(getattr(record, key))
        for key in REGRESSION_CURVES if self.regression else ():
            h[key].append(getattr(record, key))
        h["grad_norms"].append(record.grad_norms)
        h["update_ratios"].append(record.update_ratios)
        self.epoch += 1
        self.batch = 0
        self.order = None
        self._epoch_stats = self._fresh_epoch_stats()
        weight_rms = [
            n / math.sqrt(W.size) for n, W in zip(weight_norms, self.network.weights, strict=True)
        ]
        reason = self.divergence.epoch_end(record.loss, weight_rms)
        reason = reason or self._stopping_reason(record, s)
        if reason:
            self._finish(reason)
        return record

    def _stopping_reason(self, record: EpochRecord, stats: dict) -> str | None:
        c = self.config
        if c.target_loss is not None and record.loss <= c.target_loss:
            return f"training loss {record.loss:.4g} reached the target {c.target_loss:g}"
        if c.target_error is not None:
            has_val = record.has_validation
            error = 1 - (record.val_accuracy if has_val else record.accuracy)
            which = "validation" if has_val else "training"
            if error <= c.target_error:
                return f"{which} error {error:.2%} reached the target {c.target_error:.2%}"
        if c.min_update_norm is not None:
            norm = math.sqrt(sum(u * u for u in stats["update_norms"]))
            if norm < c.min_update_norm:
                return f"weight updates became tiny (‖ΔW‖ = {norm:.3g} < {c.min_update_norm:g})"
        if c.patience is not None and record.has_validation:
            if record.val_loss < self.best_val_loss:
                self.best_val_loss = record.val_loss
                self.epochs_without_improvement = 0
            else:
                self.epochs_without_improvement += 1
                if self.epochs_without_improvement >= c.patience:
                    return (
                        f"early stopping: validation loss has not improved for {c.patience} "
                        f"epochs (best {self.best_val_loss:.4g})"
                    )
        if c.max_seconds is not None and self.elapsed >= c.max_seconds:
            return f"time limit of {c.max_seconds:g} s reached"
        if self.epoch >= c.epochs:
            return f"reached {c.epochs} epoch{'s' if c.epochs != 1 else ''}"
        return None

    def _finish(self, reason: str) -> str:
        self.stopped_because = reason
        self._stop_requested = None
        return reason

    def extend(self, epochs: int) -> None:
        """Allow `epochs` more epochs after training stopped (e.g. Train pressed again):
        config.epochs, always the total, becomes the epochs done + `epochs`."""
        self.config.epochs = self.epoch + int(epochs)
        self.stopped_because = None
        self._stop_requested = None

    # -- saving and resuming ---------------------------------------------------------

    def state_dict(self) -> dict:
        """Plain data (numbers, lists, arrays) to resume exactly: progress, RNG, history."""
        return {
            "epoch": self.epoch,
            "batch": self.batch,
            "order": None if self.order is None else self.order.copy(),
            "samples_seen": self.samples_seen,
            "elapsed": self.elapsed,
            "rng": self.rng.bit_generator.state,
            "best_val_loss": self.best_val_loss,
            "epochs_without_improvement": self.epochs_without_improvement,
            "stopped_because": self.stopped_because,
            "history": {k: list(v) for k, v in self.history.items()},
            "optimizer": self.optimizer.state_dict(),
            "epoch_stats": {  # sums over the current epoch's batches so far
                **{k: self._epoch_stats[k] for k in ("loss", "correct", "n", "batches")},
                "grad_norms": [float(v) for v in self._epoch_stats["grad_norms"]],
                "update_norms": [float(v) for v in self._epoch_stats["update_norms"]],
            },
        }

    def load_state_dict(self, state: dict) -> None:
        """Restore what state_dict() gave (the network's weights are restored separately)."""
        self.epoch = int(state["epoch"])
        self.batch = int(state["batch"])
        order = state.get("order")
        self.order = None if order is None else np.asarray(order, dtype=np.int64)
        if self.batch and self.order is None:
            raise ValueError("resume state is mid-epoch but has no sample order")
        self._epoch_started = time.perf_counter()
        self.samples_seen = int(state["samples_seen"])
        self.elapsed = float(state["elapsed"])
        self.rng.bit_generator.state = state["rng"]
        self._norm_bound = []
        self.best_val_loss = float(state["best_val_loss"])
        self.epochs_without_improvement = int(state["epochs_without_improvement"])
        self.stopped_because = state.get("stopped_because")
        for k, v in state["history"].items():
            if k in self.history:
                self.history[k] = list(v)
        self.divergence = DivergenceWatch()
        finite = [x for x in self.history["loss"] if math.isfinite(x)]
        if finite:
            self.divergence.best = min(finite)
        self.optimizer.load_state_dict(state["optimizer"])
        self._epoch_stats = self._fresh_epoch_stats()
        stats = state.get("epoch_stats")
        if stats is not None:
            L = len(self.network.weights)
            if len(stats["grad_norms"]) != L or len(stats["update_norms"]) != L:
                raise ValueError("resume state has epoch statistics for another number of layers")
            self._epoch_stats.update(
                loss=float(stats["loss"]),
                correct=float(stats["correct"]),
                n=int(stats["n"]),
                batches=int(stats["batches"]),
                grad_norms=[float(v) for v in stats["grad_norms"]],
                update_norms=[float(v) for v in stats["update_norms"]],
            )
