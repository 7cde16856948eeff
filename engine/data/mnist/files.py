"""The four MNIST files: their names, the SHA-256 of their content, and finding them in a folder.

    key            canonical name             uncompressed bytes   what
    train_images   train-images-idx3-ubyte    47,040,016           (60000, 28, 28) uint8
    train_labels   train-labels-idx1-ubyte    60,008               (60000,) uint8
    test_images    t10k-images-idx3-ubyte     7,840,016            (10000, 28, 28) uint8
    test_labels    t10k-labels-idx1-ubyte     10,008               (10000,) uint8

The hashes are of the *uncompressed* IDX content, so they hold whatever gzip wrapper
a mirror uses. Files are found under any of the names people use for them:
`train-images-idx3-ubyte`, `train-images.idx3-ubyte`, either with `.gz`, any case.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from engine.data import idx

NAMES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
SHA256 = {
    "train_images": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    "train_labels": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    "test_images": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    "test_labels": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
}
SIZES = {
    "train_images": 47_040_016,
    "train_labels": 60_008,
    "test_images": 7_840_016,
    "test_labels": 10_008,
}
SPLIT_FILES = {
    "train": ("train_images", "train_labels"),
    "test": ("test_images", "test_labels"),
}


def variants(key: str) -> list[str]:
    """Every file name `key` goes by, lower case, preferred first.

    e.g. "train_labels" -> ["train-labels-idx1-ubyte.gz", "train-labels-idx1-ubyte",
                            "train-labels.idx1-ubyte.gz", "train-labels.idx1-ubyte"]
    """
    name = NAMES[key]
    dotted = name.replace("-idx", ".idx")
    return [name + ".gz", name, dotted + ".gz", dotted]


def find(folder: Path) -> dict[str, Path]:
    """The MNIST files present in `folder`, by key, e.g. {"train_images": Path(...), ...}."""
    try:
        entries = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
    except OSError:
        return {}
    found = {}
    for key in NAMES:
        for name in variants(key):
            if name in entries:
                found[key] = entries[name]
                break
    return found


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_genuine(key: str, raw_idx: bytes) -> bool:
    """Whether `raw_idx` (uncompressed IDX bytes) is exactly the official MNIST file `key`."""
    return len(raw_idx) == SIZES[key] and sha256(raw_idx) == SHA256[key]


def is_genuine_array(key: str, values: np.ndarray) -> bool:
    """Whether uint8 `values` stored as IDX would be exactly the official file `key`
    (hashed in place, without building the file's bytes)."""
    head = idx.header(values)
    if values.dtype != np.uint8 or len(head) + values.nbytes != SIZES[key]:
        return False
    digest = hashlib.sha256(head)
    digest.update(np.ascontiguousarray(values).data)
    return digest.hexdigest() == SHA256[key]
