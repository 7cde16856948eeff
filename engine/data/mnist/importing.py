"""Importing MNIST from files a user already has, into the app's cache as standard IDX files.

    import_folder("~/Downloads/mnist") -> the cache folder, now holding
        train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz (+ the t10k pair if given)

Accepted, looked for in this order (the training set is required, the test set optional):
    IDX files   train-images-idx3-ubyte / train-images.idx3-ubyte, with or without .gz,
                t10k likewise (gzip is recognised by content)
    mnist.npz   Keras style: x_train (n, 28, 28), y_train (n,), x_test, y_test (no pickle)
    CSV         a label column and 784 pixel columns 0..255, header optional
                (mnist_train.csv / mnist_test.csv, or any *train*.csv / *test*.csv)
`src` may also name one such .npz or .csv file. Everything is validated before anything
is written (a set of 0 images is refused: it would replace a good cache with nothing),
each file is written atomically, and nothing larger than the memory budget
(engine.files.limits) is read. Every failure is a MnistImportError naming the file.
"""

from __future__ import annotations

import gzip
import os
import re
from pathlib import Path

import numpy as np

from engine.data import idx
from engine.data.mnist import files as mnist_files
from engine.files import limits, npyzip, paths
from engine.files.atomic import write_bytes

PIXELS = 28 * 28


class MnistImportError(ValueError):
    """The files picked are not usable MNIST data; the message says what is wrong."""


def import_folder(src: str | os.PathLike, dest: str | os.PathLike | None = None) -> Path:
    """Validate the MNIST data in `src` and write it into `dest` (default: the cache)."""
    src = Path(src).expanduser()
    dest = Path(dest).expanduser() if dest is not None else paths.mnist_dir()
    if not src.exists():
        raise MnistImportError(f"{src}: no such file or folder")
    if not src.is_dir():
        limits.regular_size(src, MnistImportError)  # a pipe or a device: refused at once
    try:
        parts = _read_file(src) if src.is_file() else _read_folder(src)
    except MnistImportError:
        raise
    except idx.IdxError as e:
        raise MnistImportError(str(e)) from None
    except OSError as e:
        raise MnistImportError(
            limits.short(f"{src}: cannot be read ({limits.describe(e)})")
        ) from None
    except limits.READ_ERRORS as e:
        raise MnistImportError(
            limits.short(f"{src.name}: cannot be read ({limits.describe(e)})")
        ) from None
    if "train" not in parts:
        raise MnistImportError(f"{src}: holds a test set but no training set to import")
    if src.is_dir() and src.resolve() == dest.resolve():
        return dest  # already the cache: validated, nothing to copy
    try:
        for part, (images, labels) in parts.items():
            # Pack both first (the slow part), then write them back to back, so that
            # new images never sit beside old labels for longer than one fsync.
            files = {
                dest / (mnist_files.NAMES[key] + ".gz"): gzip.compress(
                    idx.encode(values), compresslevel=1, mtime=0
                )
                for key, values in zip(mnist_files.SPLIT_FILES[part], (images, labels), strict=True)
            }
            for path, packed in files.items():
                write_bytes(path, packed)
    except OSError as e:
        raise MnistImportError(f"could not write into {dest}: {e.strerror or e}") from None
    return dest


def _read_folder(src: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    found = mnist_files.find(src)
    if found:
        return _read_idx(found)
    npz = sorted(src.glob("*.npz"), key=lambda p: (p.name.lower() != "mnist.npz", p.name))
    if npz:
        return _read_npz(npz[0])
    csvs = sorted(p for p in src.iterdir() if p.suffix.lower() == ".csv" and p.is_file())
    if csvs:
        parts = {}
        for path in csvs:
            part = _csv_part(path, only_one=len(csvs) == 1)
            if part is not None and part not in parts:
                parts[part] = _read_csv(path)
        if parts:
            return parts
    raise MnistImportError(
        f"{src}: found no MNIST files; expected train-images-idx3-ubyte and "
        "train-labels-idx1-ubyte (.gz or not), a mnist.npz, or mnist_train.csv"
    )


def _read_file(src: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    suffix = src.suffix.lower()
    if suffix == ".npz":
        return _read_npz(src)
    if suffix == ".csv":
        return {_csv_part(src, only_one=True): _read_csv(src)}
    raise MnistImportError(
        f"{src.name}: pick the folder that holds the MNIST files, or a mnist.npz or .csv file"
    )


def _read_idx(found: dict[str, Path]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    parts = {}
    for part, (image_key, label_key) in mnist_files.SPLIT_FILES.items():
        if image_key not in found and label_key not in found:
            continue
        for have, need in ((image_key, label_key), (label_key, image_key)):
            if have in found and need not in found:
                raise MnistImportError(
                    f"found {found[have].name} but not {mnist_files.NAMES[need]} beside it"
                )
        images, labels = idx.read_pair(found[image_key], found[label_key])
        name = found[image_key].name
        parts[part] = _pair(_as_images(images, name), labels, name)
    return parts


def _read_npz(path: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    arrays = npyzip.read_npz(path, MnistImportError)  # every array: the budget counts them
    if "x_train" not in arrays or "y_train" not in arrays:
        raise MnistImportError(
            limits.short(
                f"{path.name}: holds {', '.join(sorted(arrays)) or 'nothing'}; a "
                "Keras-style mnist.npz holds x_train, y_train, x_test, y_test"
            )
        )
    parts = {}
    for part in ("train", "test"):
        x_key, y_key = f"x_{part}", f"y_{part}"
        if x_key not in arrays or y_key not in arrays:
            continue
        name = f"{path.name} {x_key}/{y_key}"
        parts[part] = _pair(_as_images(arrays[x_key], name), _as_labels(arrays[y_key], name), name)
    return parts


def _csv_part(path: Path, only_one: bool) -> str | None:
    """Which set a CSV file holds, judged by its name: "train", "test", or None (unknown)."""
    words = set(re.split(r"[^a-z0-9]+", path.stem.lower()))
    if "test" in words or "t10k" in words:
        return "test"
    if "train" in words or only_one:
        return "train"
    return None


def _read_csv(path: Path) -> tuple[np.ndarray, np.ndarray]:
    # the table holds at most one int16 per two bytes of text: as many bytes as the file
    size = limits.regular_size(path, MnistImportError)
    limits.check_budget(2 * size, path.name, f"a table of {size:,} bytes", MnistImportError)
    try:
        with limits.open_regular(path, MnistImportError) as f:
            first = f.readline(1 << 16)
    except OSError as e:
        raise MnistImportError(f"{path.name}: cannot be read ({e.strerror or e})") from None
    if not first.strip():
        raise MnistImportError(f"{path.name}: the file is empty")
    names = [field.strip().strip(b"\"'").lower() for field in first.split(b",")]
    has_header = not names[0].lstrip(b"-").isdigit()
    label_column = names.index(b"label") if has_header and b"label" in names else 0
    try:
        table = np.loadtxt(path, delimiter=",", skiprows=int(has_header), dtype=np.int16, ndmin=2)
    except ValueError as e:
        raise MnistImportError(
            limits.short(f"{path.name}: not a table of whole numbers ({limits.describe(e)})")
        ) from None
    if table.shape[0] == 0:
        raise MnistImportError(f"{path.name}: has a header but no rows")
    if table.shape[1] != PIXELS + 1:
        hint = (
            " (no label column: a file without labels cannot be used)"
            if (table.shape[1] == PIXELS)
            else ""
        )
        raise MnistImportError(
            f"{path.name}: has {table.shape[1]} columns, expected a label column and "
            f"{PIXELS} pixel columns{hint}"
        )
    labels = table[:, label_column]
    pixels = np.delete(table, label_column, axis=1)
    return _pair(_as_images(pixels, path.name), _as_labels(labels, path.name), path.name)


def _pair(images: np.ndarray, labels: np.ndarray, name: str) -> tuple[np.ndarray, np.ndarray]:
    if len(images) != len(labels):
        raise MnistImportError(f"{name}: {len(images):,} images but {len(labels):,} labels")
    if len(images) == 0:
        raise MnistImportError(f"{name}: holds no images")
    return images, labels


def _as_images(x: np.ndarray, name: str) -> np.ndarray:
    """(n, 28, 28) uint8 from (n, 28, 28) or (n, 784) whole numbers in 0..255."""
    if x.ndim == 2 and x.shape[1] == PIXELS:
        x = x.reshape(-1, 28, 28)
    if x.ndim != 3 or x.shape[1:] != (28, 28):
        raise MnistImportError(f"{name}: images have shape {x.shape}, expected (n, 28, 28)")
    return _as_bytes(x, name, "pixel values", 255)


def _as_labels(y: np.ndarray, name: str) -> np.ndarray:
    """(n,) uint8 labels in 0..9 from (n,) or (n, 1) whole numbers."""
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.ndim != 1:
        raise MnistImportError(f"{name}: labels have shape {y.shape}, expected (n,)")
    return _as_bytes(y, name, "labels", 9)


def _as_bytes(a: np.ndarray, name: str, what: str, top: int) -> np.ndarray:
    if a.dtype == np.uint8 and top == 255:
        return np.ascontiguousarray(a)
    if a.dtype.kind not in "iuf" or (a.dtype.kind == "f" and not np.all(np.mod(a, 1) == 0)):
        raise MnistImportError(f"{name}: {what} must be whole numbers, found {a.dtype}")
    if a.dtype.kind == "f" and not np.all(np.isfinite(a)):
        raise MnistImportError(f"{name}: {what} must be whole numbers, found inf or nan")
    if a.size and (a.min() < 0 or a.max() > top):
        raise MnistImportError(
            f"{name}: {what} run from {a.min():g} to {a.max():g}, expected 0..{top}"
        )
    return a.astype(np.uint8)
