"""Fine-tuning a digit model on a user's own drawings, without forgetting the rest.

    ft = FineTune(network, X_mine, y_mine, X_rehearse, y_rehearse, X_check, y_check)
    while not ft.done:
        ft.step()                 # one mini-batch; call it from a worker or in short slices
    ft.result                     # accuracies before and after, and the tuned network

The user's digits (X_mine (m, 784), labels y_mine (m,)) are few — tens — so on
their own a few steps would pull the whole network toward them and it would
forget what it knew. So each training batch is mostly *rehearsal*: MNIST
training images (X_rehearse), with the user's digits repeated so that they make
up about `mine_fraction` (a quarter) of what it sees. Batches are augmented
(engine.data.augment), so the network learns the user's style rather than their
exact pixels. The training itself is an ordinary engine Trainer (Adam, a
small learning rate) on that mix, run on a copy of the network: the original
is untouched until the caller adopts `result.network`.

Without MNIST (X_rehearse None) it fine-tunes on the user's digits alone, with
fewer steps and a smaller learning rate, and `result.forgetting_measured` is
False: nothing can show what it forgot.

Before and after, it measures accuracy on the user's digits (the ones it
trains on: does it now read *this* handwriting?) and on `X_check` (held-out
MNIST validation images it never trains on: did it forget?).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.data import augment
from engine.data.dataset import Dataset
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer


@dataclass
class FineTuneResult:
    n_mine: int
    steps: int
    mine_before: float
    mine_after: float
    check_before: float | None  # accuracy on held-out MNIST images, None without them
    check_after: float | None
    network: Network  # the fine-tuned copy

    @property
    def forgetting_measured(self) -> bool:
        return self.check_before is not None

    def summary(self) -> str:
        """One line, e.g. 'Your 20 digits: 85% → 100%; MNIST check (1000): 98.9% → 98.7%'."""
        text = f"Your {self.n_mine} digits: {self.mine_before:.0%} → {self.mine_after:.0%}"
        if self.check_before is not None and self.check_after is not None:
            text += f"; held-out MNIST: {self.check_before:.1%} → {self.check_after:.1%}"
        else:
            text += "; MNIST is not available, so forgetting was not measured"
        return text


def accuracy(network: Network, X: np.ndarray, y: np.ndarray) -> float:
    """Fraction of rows of X (n, 784) the network labels as y (n,)."""
    if len(X) == 0:
        return float("nan")
    return float(np.mean(network.predict(X) == np.asarray(y)))


class FineTune:
    """Brief training on the user's digits mixed with rehearsal images; see the module doc."""

    def __init__(
        self,
        network: Network,
        X_mine: np.ndarray,
        y_mine: np.ndarray,
        X_rehearse: np.ndarray | None = None,
        y_rehearse: np.ndarray | None = None,
        X_check: np.ndarray | None = None,
        y_check: np.ndarray | None = None,
        *,
        steps: int | None = None,
        mine_fraction: float = 0.25,
        lr: float | None = None,
        batch_size: int = 64,
        seed: int = 0,
    ) -> None:
        if network.sizes[0] != 784 or network.sizes[-1] != 10:
            raise ValueError(
                "fine-tuning needs a digit model (784 inputs, 10 outputs), "
                f"not {network.describe()}"
            )
        X_mine = np.asarray(X_mine, dtype=np.float32).reshape(-1, 784)
        y_mine = np.asarray(y_mine, dtype=np.int64)
        if len(X_mine) == 0:
            raise ValueError(
                "there are no digits of yours to fine-tune on: draw and label some first"
            )
        if len(X_mine) != len(y_mine):
            raise ValueError(f"{len(X_mine)} digits but {len(y_mine)} labels")
        self.X_mine, self.y_mine = X_mine, y_mine
        self.X_check, self.y_check = X_check, y_check
        rehearse = X_rehearse is not None and len(X_rehearse) > 0
        if rehearse:
            n_r = len(X_rehearse)
            repeats = max(1, math.ceil(mine_fraction * n_r / ((1 - mine_fraction) * len(X_mine))))
            X = np.concatenate([np.repeat(X_mine, repeats, 0), X_rehearse]).astype(np.float32)
            y = np.concatenate([np.repeat(y_mine, repeats), np.asarray(y_rehearse)])
            steps = 150 if steps is None else steps
            lr = 3e-4 if lr is None else lr
        else:
            reps = max(1, math.ceil(batch_size / len(X_mine)))
            X, y = np.repeat(X_mine, reps, 0), np.repeat(y_mine, reps)
            steps = 40 if steps is None else steps
            lr = 1e-4 if lr is None else lr
        self.steps = int(steps)
        self.original = network
        self.network = network.copy()
        dataset = Dataset("my digits + rehearsal", X, y, None, None, 10, (28, 28))
        epochs = max(1, math.ceil(self.steps * batch_size / len(X)))
        config = TrainConfig(
            optimizer="adam", lr=lr, batch_size=batch_size, epochs=epochs, augment=True, seed=seed
        )
        self.trainer = Trainer(self.network, dataset, config, transform=augment.transform())
        self.mine_before = accuracy(network, X_mine, y_mine)
        self.check_before = None if X_check is None else accuracy(network, X_check, y_check)
        self.done_steps = 0
        self.result: FineTuneResult | None = None

    @property
    def done(self) -> bool:
        return self.result is not None

    @property
    def progress(self) -> float:
        return min(self.done_steps / self.steps, 1.0)

    def step(self) -> None:
        """Train on one mini-batch; after the last one, measure and fill `result`."""
        if self.done:
            return
        self.trainer.step()
        self.done_steps += 1
        if self.done_steps >= self.steps or self.trainer.finished:
            self._finish()

    def run(self) -> FineTuneResult:
        while not self.done:
            self.step()
        assert self.result is not None
        return self.result

    def _finish(self) -> None:
        net = self.network
        self.result = FineTuneResult(
            n_mine=len(self.X_mine),
            steps=self.done_steps,
            mine_before=self.mine_before,
            mine_after=accuracy(net, self.X_mine, self.y_mine),
            check_before=self.check_before,
            check_after=None if self.X_check is None else accuracy(net, self.X_check, self.y_check),
            network=net,
        )
