"""How long Import takes for each accepted format, on the real 60,000 training images.

    /work/venv/bin/python bench/mnist_import.py [folder with the MNIST training files]

From the IDX files in the folder it builds, in a temporary folder, the other formats
a user may have (plain IDX, Keras-style mnist.npz, mnist_train.csv with a header), then
times engine.data.mnist.import_folder on each (validate + write gzipped IDX into a temporary
cache), next to a reference measured in the same run: numpy reading the same data
without any checking or writing (np.load for .npz, np.loadtxt for CSV, gunzip for IDX).
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.data import (
    idx,  # noqa: E402
    mnist,
)
from engine.data.mnist import files as mnist_files


def seconds(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    default = (
        os.environ.get("BPS_MNIST_DIR") or Path(__file__).resolve().parents[3] / "shared/data/mnist"
    )
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default))
    args = parser.parse_args()
    found = mnist_files.find(Path(args.folder))
    images, labels = idx.read_pair(found["train_images"], found["train_labels"])

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        plain, npz, csv = tmp / "plain", tmp / "npz", tmp / "csv"
        for d in (plain, npz, csv):
            d.mkdir()
        idx.write(plain / "train-images-idx3-ubyte", images)
        idx.write(plain / "train-labels-idx1-ubyte", labels)
        np.savez(npz / "mnist.npz", x_train=images, y_train=labels)
        table = np.column_stack([labels, images.reshape(len(images), -1)])
        header = ",".join(["label", *(f"pixel{i}" for i in range(784))])
        np.savetxt(
            csv / "mnist_train.csv", table, fmt="%d", delimiter=",", header=header, comments=""
        )

        def reference_gz():
            for p in (found["train_images"], found["train_labels"]):
                gzip.decompress(p.read_bytes())

        def reference_npz():
            with np.load(npz / "mnist.npz") as f:
                f["x_train"], f["y_train"]

        def reference_csv():
            np.loadtxt(csv / "mnist_train.csv", delimiter=",", skiprows=1, dtype=np.int64)

        cases = [
            ("IDX .gz (the dev copy)", Path(args.folder), reference_gz, "gunzip"),
            ("IDX plain", plain, lambda: None, "-"),
            ("mnist.npz", npz, reference_npz, "np.load"),
            ("mnist_train.csv", csv, reference_csv, "np.loadtxt"),
        ]
        size = {c[0]: sum(p.stat().st_size for p in c[1].iterdir()) for c in cases}
        print(f"import_folder of 60,000 training images; temporary cache in {tmp}")
        print(f"{'source':26s} {'MB':>7s} {'import s':>9s} {'reference':>11s} {'ref s':>7s}")
        for label, src, reference, ref_name in cases:
            dest = tmp / f"cache-{src.name}"
            took = seconds(lambda src=src, dest=dest: mnist.import_folder(src, dest))
            ref = seconds(reference)
            assert np.array_equal(idx.read(dest / "train-labels-idx1-ubyte.gz"), labels)
            print(f"{label:26s} {size[label] / 1e6:7.1f} {took:9.2f} {ref_name:>11s} {ref:7.2f}")


if __name__ == "__main__":
    main()
