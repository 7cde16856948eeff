"""What augmentation costs: one training epoch with and without it, side by side.

    /work/venv/bin/python bench/augment_speed.py [--data-dir /work/shared/data/mnist] [--n 10000]

Trains the default digit model's shape (784-512-256-10, relu, Adam, batch 128)
for one epoch on n MNIST training images without augmentation, then one with,
alternating three times so both see the same machine load, and prints the
median epoch time of each and their ratio (the target is < 2). Without MNIST
(no --data-dir and none installed) it uses random images of the same shape:
the cost depends only on the shapes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

from engine.data import augment  # noqa: E402
from engine.data.dataset import Dataset  # noqa: E402
from engine.nn.network import Network  # noqa: E402
from engine.train.trainer import TrainConfig, Trainer  # noqa: E402


def images(data_dir: str | None, n: int) -> tuple[np.ndarray, np.ndarray, str]:
    try:
        from engine.data import mnist

        X, y = mnist.load_split("train", data_dir)
        return X[:n], y[:n], "MNIST"
    except (ImportError, OSError, ValueError):
        rng = np.random.default_rng(0)
        X = (rng.random((n, 784)) < 0.2).astype(np.float32)
        return X, rng.integers(0, 10, n), "random images (MNIST not found)"


def epoch_seconds(X, y, augmented: bool, seed: int) -> float:
    net = Network.create([784, 512, 256, 10], "relu", init="he_normal", seed=seed)
    ds = Dataset("bench", X, y, None, None, 10, (28, 28))
    config = TrainConfig(optimizer="adam", lr=1e-3, batch_size=128, epochs=1, augment=augmented)
    trainer = Trainer(net, ds, config, transform=augment.transform())
    t0 = time.perf_counter()
    trainer.run_epoch()
    return time.perf_counter() - t0


def runs(seconds: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--n", type=int, default=10000, help="training images per epoch")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    X, y, source = images(args.data_dir, args.n)
    plain, augmented = [], []
    for r in range(args.repeats):
        plain.append(epoch_seconds(X, y, False, r))
        augmented.append(epoch_seconds(X, y, True, r))
    rng = np.random.default_rng(0)
    t0 = time.perf_counter()
    for start in range(0, len(X), 128):
        augment.augment_batch(X[start : start + 128], rng)
    alone = time.perf_counter() - t0
    p, a = statistics.median(plain), statistics.median(augmented)
    print(f"data: {len(X)} {source}; network 784-512-256-10 relu, adam, batch 128")
    print(f"epoch without augmentation: {p:.2f} s (runs: {runs(plain)})")
    print(f"epoch with augmentation:    {a:.2f} s (runs: {runs(augmented)})")
    print(f"augmentation alone:         {alone:.2f} s ({alone / len(X) * 1e6:.0f} µs per image)")
    print(f"ratio with / without:       {a / p:.2f}  (target < 2)")


if __name__ == "__main__":
    main()
