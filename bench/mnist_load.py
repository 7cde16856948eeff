"""How long loading MNIST takes: cold (parse the files) and cached (second load), with references.

    /work/venv/bin/python bench/mnist_load.py [folder with the MNIST training files] [--repeat 5]

The folder defaults to BPS_MNIST_DIR, else ../shared/data/mnist next to the repository.
Every figure is measured in this run, side by side with references that do the least
possible work on the same bytes, because the machine is shared and timings drift:
    read bytes        just reading the .gz files from disk (page cache warm)
    gunzip+frombuffer reading, decompressing, and viewing the bytes as uint8 (no checks)
    mnist.load cold   engine: read, gunzip, validate, scale to float32, split
    mnist.load cached engine: the second call (arrays kept in memory)
    ... uncompressed  the same from plain (not gzipped) copies of the files
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.data import mnist  # noqa: E402
from engine.data.mnist import files as mnist_files


def timed(fn, repeat: int) -> tuple[float, float]:
    """Median and best wall time of `repeat` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def main() -> None:
    default = (
        os.environ.get("BPS_MNIST_DIR") or Path(__file__).resolve().parents[3] / "shared/data/mnist"
    )
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(args.folder)
    found = mnist_files.find(folder)
    paths = [found[k] for k in mnist_files.SPLIT_FILES["train"]]

    def read_bytes():
        for p in paths:
            p.read_bytes()

    def gunzip_view():
        for p in paths:
            raw = gzip.decompress(p.read_bytes())
            np.frombuffer(raw, np.uint8)

    def load_cold(where):
        def run():
            mnist.clear_cache()
            mnist.load(where)

        return run

    rows = [
        ("read bytes (reference)", read_bytes),
        ("gunzip+frombuffer (reference)", gunzip_view),
        ("mnist.load cold", load_cold(folder)),
    ]
    mnist.clear_cache()
    mnist.load(folder)
    rows.append(("mnist.load cached", lambda: mnist.load(folder)))

    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp)
        for p in paths:
            (plain / p.name.removesuffix(".gz")).write_bytes(gzip.decompress(p.read_bytes()))
        rows.append(("mnist.load cold, uncompressed", load_cold(plain)))
        d = mnist.load(folder)
        print(
            f"MNIST from {folder}: x_train {d.x_train.shape} {d.x_train.dtype}, "
            f"x_val {d.x_val.shape}; {args.repeat} runs each, median (best)"
        )
        print(f"{'what':34s} {'median s':>9s} {'best s':>9s}")
        for label, fn in rows:
            median, best = timed(fn, args.repeat)
            print(f"{label:34s} {median:9.3f} {best:9.3f}")
    mnist.clear_cache()


if __name__ == "__main__":
    main()
