"""'My digits': the digits a user draws and labels in the app, kept between sessions.

    store = MyDigits()                  # the data folder's my-digits/my-digits.npz
    i = store.add(image, 7)             # image (28, 28) float in [0, 1] or uint8
    store.images()                      # (n, 28, 28) uint8
    store.labels()                      # (n,) int64 in 0..9
    X, y = store.as_arrays()            # X (n, 784) float32 in [0, 1], y (n,) int64
    store.entries()                     # [(index, label, image (28, 28) uint8), ...]
    store.relabel(i, 4); store.delete(i); store.export("digits.npz")

The store is one `.npz` file (arrays `images` uint8 (n, 28, 28) and `labels` uint8 (n,),
no pickle), rewritten whole and atomically on every change, so a crash mid-write leaves
the previous content intact. A file that cannot be read is never dropped silently: it
is renamed aside (`my-digits.damaged-<time>.npz`), `warning` says so, and the store
starts empty.
"""

from __future__ import annotations

import contextlib
import os
import time
import zipfile
from pathlib import Path

import numpy as np

from engine.data import idx
from engine.files import paths
from engine.files.atomic import atomic_write

STORE_NAME = "my-digits.npz"
STALE_TEMP_SECONDS = 3600


class MyDigitsError(ValueError):
    """A digit or an export the store cannot take; the message says why."""


class MyDigits:
    """The digits a user has drawn and labelled, persisted in `folder` (default: data folder)."""

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = Path(folder).expanduser() if folder is not None else paths.mydigits_dir()
        self.path = self.folder / STORE_NAME
        self.warning: str | None = None  # set when a damaged store file was put aside
        self._images = np.zeros((0, 28, 28), np.uint8)
        self._labels = np.zeros(0, np.uint8)
        self._stamp: tuple | None = None  # the file as last read or written
        self._remove_stale_temp_files()
        self._refresh()

    def __len__(self) -> int:
        self._refresh()
        return len(self._labels)

    def images(self) -> np.ndarray:
        """(n, 28, 28) uint8, ink bright on black as in MNIST (a copy)."""
        self._refresh()
        return self._images.copy()

    def labels(self) -> np.ndarray:
        """(n,) int64 in 0..9 (a copy)."""
        self._refresh()
        return self._labels.astype(np.int64)

    def as_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """X (n, 784) float32 in [0, 1] and y (n,) int64: ready to train on, like MNIST."""
        self._refresh()
        X = self._images.reshape(len(self._images), 28 * 28).astype(np.float32)
        X /= np.float32(255)
        return X, self._labels.astype(np.int64)

    def add(self, image: np.ndarray, label: int) -> int:
        """Keep a digit; returns its index. image: (28, 28) or (784,), float in [0, 1] or uint8."""
        pixels = _as_pixels(image)
        label = _as_label(label)
        self._refresh()
        images = np.concatenate([self._images, pixels[None]])
        labels = np.append(self._labels, np.uint8(label))
        self._save(images, labels)
        return len(labels) - 1

    def delete(self, index: int) -> None:
        """Forget digit `index` (0-based; negative counts from the end)."""
        n = len(self)  # refreshes
        if not isinstance(index, int | np.integer) or not -n <= index < n:
            raise MyDigitsError(f"no digit number {index}: the store holds {n}")
        keep = np.ones(n, bool)
        keep[index] = False
        self._save(self._images[keep], self._labels[keep])

    def entries(self) -> list[tuple[int, int, np.ndarray]]:
        """Every digit as (index, label, image (28, 28) uint8), in the order they were added:
        what a list of thumbnails shows. The images are copies."""
        self._refresh()
        return [(i, int(c), self._images[i].copy()) for i, c in enumerate(self._labels)]

    def relabel(self, index: int, label: int) -> None:
        """Give digit `index` (0-based; negative counts from the end) a new label 0..9."""
        label = _as_label(label)
        n = len(self)  # refreshes
        if not isinstance(index, int | np.integer) or not -n <= index < n:
            raise MyDigitsError(f"no digit number {index}: the store holds {n}")
        labels = self._labels.copy()
        labels[index] = label
        self._save(self._images, labels)

    def export(self, path: str | os.PathLike) -> list[Path]:
        """Write the digits to `path`: a Keras-style .npz (x_train, y_train), or else a folder
        receiving the IDX pair my-digits-images-idx3-ubyte.gz / my-digits-labels-idx1-ubyte.gz.
        Returns the files written."""
        if len(self) == 0:
            raise MyDigitsError("there are no digits to export yet")
        path = Path(path).expanduser()
        if path.suffix.lower() != ".npz" and path.exists() and not path.is_dir():
            raise MyDigitsError(f"{path}: export to a .npz file or to a folder, not this file")
        try:
            if path.suffix.lower() == ".npz":
                with atomic_write(path) as f:
                    np.savez_compressed(f, x_train=self._images, y_train=self._labels)
                return [path]
            return [
                idx.write(path / "my-digits-images-idx3-ubyte.gz", self._images),
                idx.write(path / "my-digits-labels-idx1-ubyte.gz", self._labels),
            ]
        except OSError as e:
            raise MyDigitsError(f"could not export to {path} ({e.strerror or e})") from None

    def _save(self, images: np.ndarray, labels: np.ndarray) -> None:
        """Replace the store file, then (only then) the in-memory arrays."""
        try:
            with atomic_write(self.path) as f:
                np.savez_compressed(f, images=images, labels=labels)
        except OSError as e:
            raise MyDigitsError(
                f"could not save My digits in {self.folder} ({e.strerror or e}); "
                "nothing was changed"
            ) from None
        self._images, self._labels = images, labels
        self._stamp = self._file_stamp()

    def _file_stamp(self) -> tuple | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _refresh(self) -> None:
        """Re-read the file if something else (another window, another copy of the app)
        changed it since this store last read or wrote it, so no change is overwritten."""
        stamp = self._file_stamp()
        if stamp == self._stamp:
            return
        self._images = np.zeros((0, 28, 28), np.uint8)
        self._labels = np.zeros(0, np.uint8)
        if stamp is not None:
            self._open()
        self._stamp = self._file_stamp()

    def _open(self) -> None:
        try:
            images, labels = _read_store(self.path)
        except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile) as e:
            aside = self.path.with_name(f"my-digits.damaged-{time.strftime('%Y%m%d-%H%M%S')}.npz")
            try:
                os.replace(self.path, aside)
            except OSError as move_error:
                raise MyDigitsError(
                    f"{self.path} cannot be read ({e}) nor moved aside ({move_error.strerror}); "
                    "it was left untouched"
                ) from None
            self.warning = (
                f"My digits could not be read ({e}); the file was kept as {aside.name} "
                "and a new, empty collection was started"
            )
            return
        self._images, self._labels = images, labels

    def _remove_stale_temp_files(self) -> None:
        """Temporary files a crash left behind (never the store itself)."""
        now = time.time()
        for temp in self.folder.glob(f".{STORE_NAME}.*.part"):
            with contextlib.suppress(OSError):
                if now - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                    temp.unlink()


def _read_store(path: Path) -> tuple[np.ndarray, np.ndarray]:
    with np.load(path, allow_pickle=False) as npz:
        if not isinstance(npz, np.lib.npyio.NpzFile) or set(npz.files) != {"images", "labels"}:
            raise ValueError("it is not a My digits file")
        images, labels = npz["images"], npz["labels"]
    if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (28, 28):
        raise ValueError(f"its images are {images.dtype} {images.shape}, not uint8 (n, 28, 28)")
    if labels.dtype != np.uint8 or labels.shape != (len(images),):
        raise ValueError(f"its labels are {labels.dtype} {labels.shape}, not {len(images)} bytes")
    if labels.size and labels.max() > 9:
        raise ValueError(f"it holds a label {labels.max()}, outside 0..9")
    return images, labels


def _as_pixels(image: np.ndarray) -> np.ndarray:
    """(28, 28) uint8 from (28, 28) / (784,) uint8, or float in [0, 1]."""
    image = np.asarray(image)
    if image.shape == (28 * 28,):
        image = image.reshape(28, 28)
    if image.shape != (28, 28):
        raise MyDigitsError(f"a digit is a 28 x 28 image, not an array of shape {image.shape}")
    if image.dtype == np.uint8:
        return image.copy()
    if image.dtype.kind not in "fiu":
        raise MyDigitsError(f"a digit's pixels must be numbers, not {image.dtype}")
    if image.dtype.kind == "f":
        if not np.all(np.isfinite(image)) or image.min() < 0 or image.max() > 1:
            raise MyDigitsError("a digit's float pixels must lie in [0, 1]")
        return np.rint(image * 255).astype(np.uint8)
    if image.min() < 0 or image.max() > 255:
        raise MyDigitsError("a digit's integer pixels must lie in 0..255")
    return image.astype(np.uint8)


def _as_label(label: int) -> int:
    if isinstance(label, bool) or not isinstance(label, int | np.integer) or not 0 <= label <= 9:
        raise MyDigitsError(f"a digit's label must be a whole number 0..9, not {label!r}")
    return int(label)
