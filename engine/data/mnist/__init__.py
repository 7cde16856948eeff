"""MNIST as the app uses it: find the files, load them fast, or say how to get them.

    load()                -> Dataset "mnist": x_train (50000, 784) float32 in [0, 1],
                             y_train (50000,) int64, x_val (10000, 784), y_val (10000,)
    load_split("test")    -> X (10000, 784) float32, y (10000,) int64 (the t10k files)
    download(...)         fetch the four files into the cache (see engine.data.mnist.download)
    import_folder(src)    copy IDX / mnist.npz / CSV into the cache (engine.data.mnist.importing)

Where MNIST is looked for, first match wins:
    1. the `data_dir` argument, if given (then nothing else is tried);
    2. the folder named by the environment variable BPS_MNIST_DIR (for developers, tests);
    3. the cache, engine.files.paths.mnist_dir(), where Download and Import put the files.
The training set is split as usual: the first 50,000 images train, the last 10,000
validate (for a smaller file set: the last sixth validates). Parsed arrays stay in
memory per folder, so loading again is instant; they are read-only for that reason.
"""

from __future__ import annotations

import math
import os
import threading
from pathlib import Path

import numpy as np

from engine.data import idx
from engine.data.dataset import Dataset
from engine.data.mnist import files as mnist_files
from engine.data.mnist.download import DownloadCancelled, DownloadError, download
from engine.data.mnist.importing import MnistImportError, import_folder
from engine.files import limits, paths

__all__ = [
    "MNIST_DIR_ENV",
    "DownloadCancelled",
    "DownloadError",
    "MnistImportError",
    "MnistMissing",
    "clear_cache",
    "download",
    "import_folder",
    "is_available",
    "load",
    "load_split",
    "locate",
    "search_folders",
]

MNIST_DIR_ENV = "BPS_MNIST_DIR"
SPLITS = ("train", "val", "test")
CLASS_NAMES = [str(d) for d in range(10)]


class MnistMissing(FileNotFoundError):  # noqa: N818 (the name other parts use)
    """MNIST (or the part asked for) is in none of the folders looked in; the message says where."""


def search_folders(data_dir: str | os.PathLike | None = None) -> list[tuple[Path, str]]:
    """The folders MNIST is looked for in, in order, each with why: [(folder, reason), ...]."""
    if data_dir is not None:
        return [(Path(data_dir).expanduser(), "the folder given")]
    folders = []
    env = os.environ.get(MNIST_DIR_ENV)
    if env:
        folders.append((Path(env).expanduser(), MNIST_DIR_ENV))
    folders.append((paths.mnist_dir(), "the app's data folder"))
    return folders


def locate(data_dir: str | os.PathLike | None = None, part: str = "train") -> Path:
    """The folder holding the images and labels of `part` ("train" or "test"), or MnistMissing."""
    keys = mnist_files.SPLIT_FILES[part]
    looked = []
    for folder, why in search_folders(data_dir):
        found = mnist_files.find(folder)
        if all(k in found for k in keys):
            return folder
        missing = [mnist_files.NAMES[k] for k in keys if k not in found]
        if folder.is_dir():
            state = f"has no {' or '.join(missing)}"
        else:
            state = "is a file, not a folder" if folder.exists() else "does not exist"
        looked.append(f"{folder} ({why}: {state})")
    what = "MNIST" if part == "train" else "the MNIST test set (t10k files)"
    raise MnistMissing(
        f"{what} not found; looked in {'; '.join(looked)}. "
        "Use Download to fetch it, or Import to load MNIST files you already have."
    )


def is_available(data_dir: str | os.PathLike | None = None, part: str = "train") -> bool:
    """Whether `locate(data_dir, part)` would find the files."""
    try:
        locate(data_dir, part)
    except MnistMissing:
        return False
    return True


def load(data_dir: str | os.PathLike | None = None) -> Dataset:
    """The MNIST training files as a Dataset: 50,000 to train, 10,000 to validate."""
    folder = locate(data_dir, "train")
    x, y, official = _part(folder, "train")
    n_val = _n_val(len(y))
    n_train = len(y) - n_val
    return Dataset(
        name="mnist",
        x_train=x[:n_train],
        y_train=y[:n_train],
        x_val=x[n_train:],
        y_val=y[n_train:],
        n_classes=10,
        image_shape=(28, 28),
        params={
            "source": str(folder),
            "n_train": n_train,
            "n_val": n_val,
            "official": official,  # exactly the published MNIST training files
        },
        class_names=list(CLASS_NAMES),
    )


def load_split(
    split: str, data_dir: str | os.PathLike | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """X (n, 784) float32 in [0, 1] and y (n,) int64 of one split: "train", "val" or "test".

    e.g. load_split("val") -> X (10000, 784), y (10000,): the last 10,000 training images.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown MNIST split {split!r}; choose one of {', '.join(SPLITS)}")
    if split == "test":
        return _part(locate(data_dir, "test"), "test")[:2]
    x, y, _ = _part(locate(data_dir, "train"), "train")
    n_train = len(y) - _n_val(len(y))
    return (x[:n_train], y[:n_train]) if split == "train" else (x[n_train:], y[n_train:])


def _n_val(n: int) -> int:
    """Validation images out of n training images: 10,000 of 60,000, a sixth in general."""
    return max(1, round(n / 6)) if n > 1 else 0


# The parsed arrays of the folder loaded last, keyed by the files' identity, so a
# second load is instant and a re-import or download (new mtime/size) is noticed.
_cache: dict[tuple, tuple[np.ndarray, np.ndarray, bool]] = {}
_cache_lock = threading.Lock()


def clear_cache() -> None:
    """Forget the arrays kept in memory (the next load reads the files again)."""
    with _cache_lock:
        _cache.clear()


def _part(folder: Path, part: str) -> tuple[np.ndarray, np.ndarray, bool]:
    """X (n, 784) float32 in [0, 1] and y (n,) int64 of a part, read-only, cached in memory,
    and whether the files hold exactly the published MNIST (by the SHA-256 of the content)."""
    found = mnist_files.find(folder)
    image_path, label_path = (found[k] for k in mnist_files.SPLIT_FILES[part])
    key = (part, *(_identity(p) for p in (image_path, label_path)))
    with _cache_lock:
        if key in _cache:
            return _cache[key]
        _, shape = idx.read_shape(image_path)
        n_pixels = math.prod(shape)  # read as bytes (twice while unpacking), kept as float32
        limits.check_budget(6 * n_pixels, image_path.name, "loading its images", idx.IdxError)
        images, labels = idx.read_pair(image_path, label_path)
        if images.shape[1:] != (28, 28):
            raise idx.IdxError(
                f"{image_path.name}: MNIST images are 28 x 28, these are "
                f"{images.shape[1]} x {images.shape[2]}"
            )
        x = np.empty((len(images), 28 * 28), np.float32)
        np.divide(images.reshape(len(images), -1), np.float32(255), out=x)
        y = labels.astype(np.int64)
        image_key, label_key = mnist_files.SPLIT_FILES[part]
        official = mnist_files.is_genuine_array(label_key, labels) and (
            mnist_files.is_genuine_array(image_key, images)
        )
        x.flags.writeable = False
        y.flags.writeable = False
        # Keep one version of each part, all from one folder: the arrays are large.
        folder_now = image_path.resolve().parent
        for old in [k for k in _cache if k[0] == part or k[1][0].parent != folder_now]:
            del _cache[old]
        _cache[key] = (x, y, official)
        return x, y, official


def _identity(path: Path) -> tuple:
    stat = path.stat()
    return (path.resolve(), stat.st_mtime_ns, stat.st_size)
