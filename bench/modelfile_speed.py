"""How long saving and loading a model file takes, next to plain np.savez / np.load.

    python bench/modelfile_speed.py [--repeats 5]

For each network size: a Trainer (adam, so two optimizer slots) is stepped once
on random data, then saved with engine.files.modelfile.save (atomic: temp file, fsync,
rename, folder fsync, plus every check on load) and, as the reference measured in
the same run, the same weight and slot arrays with np.savez to a file (no fsync)
and np.load of every array. Prints the median of the repeats and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from engine.data.dataset import Dataset  # noqa: E402
from engine.files import modelfile  # noqa: E402
from engine.nn.network import Network  # noqa: E402
from engine.train.trainer import TrainConfig, Trainer  # noqa: E402

SIZES = [[784, 30, 10], [784, 128, 64, 10], [784, 512, 512, 10]]


def median_seconds(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    X = rng.random((2000, 784), dtype=np.float32)
    y = rng.integers(0, 10, 2000)
    data = Dataset("random", X[:1500], y[:1500], X[1500:], y[1500:], n_classes=10)
    folder = tempfile.mkdtemp(prefix="bps-bench-")
    print(
        f"{'network':>18} {'params':>9} {'file':>9} | {'save':>8} {'savez':>8} {'ratio':>6}"
        f" | {'load':>8} {'np.load':>8} {'ratio':>6}"
    )
    for sizes in SIZES:
        net = Network.create(sizes, "relu", "softmax", seed=0)
        trainer = Trainer(net, data, TrainConfig(optimizer="adam", lr=1e-3, batch_size=64))
        for _ in range(3):
            trainer.step()
        path = os.path.join(folder, "m.bps")
        ref = os.path.join(folder, "m.npz")
        arrays = {f"p{i}": p for i, p in enumerate(net.params)}
        for slot, values in trainer.optimizer.slots.items():
            arrays.update({f"{slot}{i}": a for i, a in enumerate(values)})

        def save_ref(arrays=arrays, ref=ref):
            np.savez(ref, **arrays)

        def load_ref(ref=ref):
            with np.load(ref, allow_pickle=False) as d:
                return [d[k] for k in d.files]

        def save(path=path, net=net, trainer=trainer):
            modelfile.save(path, net, trainer=trainer)

        def load(path=path):
            return modelfile.load(path)

        for fn in (save, save_ref, load, load_ref):  # warm up: imports, file cache
            fn()
        t_save = median_seconds(save, args.repeats)
        t_ref_save = median_seconds(save_ref, args.repeats)
        t_load = median_seconds(load, args.repeats)
        t_ref_load = median_seconds(load_ref, args.repeats)
        name = "-".join(map(str, sizes))
        print(
            f"{name:>18} {net.n_params:>9,} {os.path.getsize(path) / 1e6:>7.2f}MB | "
            f"{1e3 * t_save:>6.1f}ms {1e3 * t_ref_save:>6.1f}ms {t_save / t_ref_save:>5.1f}x | "
            f"{1e3 * t_load:>6.1f}ms {1e3 * t_ref_load:>6.1f}ms {t_load / t_ref_load:>5.1f}x"
        )


if __name__ == "__main__":
    main()
