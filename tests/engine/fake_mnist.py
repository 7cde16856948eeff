"""Tiny MNIST-shaped data the tests make themselves (never the real files, never the network)."""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

from engine.data import idx
from engine.data.mnist import files as mnist_files


def digits(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Images (n, 28, 28) uint8 of random ink, labels (n,) uint8 cycling 0..9."""
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, (n, 28, 28), dtype=np.uint8)
    labels = (np.arange(n) % 10).astype(np.uint8)
    return images, labels


def idx_bytes(n_train: int = 60, n_test: int = 20, seed: int = 0) -> dict[str, bytes]:
    """The uncompressed IDX content of a fake MNIST, by file key."""
    train_x, train_y = digits(n_train, seed)
    test_x, test_y = digits(n_test, seed + 1)
    arrays = {
        "train_images": train_x,
        "train_labels": train_y,
        "test_images": test_x,
        "test_labels": test_y,
    }
    return {key: idx.encode(a) for key, a in arrays.items()}


def write_set(folder: Path, n_train: int = 60, n_test: int = 20, gz: bool = True, dotted=False):
    """Write a fake MNIST into `folder` under the usual names; returns the raw IDX bytes by key."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = idx_bytes(n_train, n_test)
    for key, data in raw.items():
        name = mnist_files.NAMES[key]
        if dotted:
            name = name.replace("-idx", ".idx")
        if gz:
            (folder / (name + ".gz")).write_bytes(gzip.compress(data))
        else:
            (folder / name).write_bytes(data)
    return raw


def pretend_official(monkeypatch, raw: dict[str, bytes]) -> None:
    """Make the downloader accept these fake files as the official ones (hash and size)."""
    for key, data in raw.items():
        monkeypatch.setitem(mnist_files.SHA256, key, mnist_files.sha256(data))
        monkeypatch.setitem(mnist_files.SIZES, key, len(data))
