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
the previous content intact. Every change is made holding a lock file
(`my-digits.lock`: fcntl.flock on POSIX, msvcrt.locking on Windows) and starts by
reading the file again, so two windows or two copies of the app adding at once lose
nothing. A file that cannot be read (damaged, not a store, or larger than the memory
budget) is never dropped silently: it is renamed aside under a name no earlier damaged
copy has (`my-digits.damaged-<time>.npz`, then `-2`, `-3`, ...), `warning` says so (the
window shows it), and the store starts empty.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from engine.data import idx
from engine.files import limits, npyzip, paths
from engine.files.atomic import atomic_write

STORE_NAME = "my-digits.npz"
LOCK_NAME = "my-digits.lock"
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
        self._lock_depth = 0  # > 0 while this store holds the lock file
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
        with self._changing():
            images = np.concatenate([self._images, pixels[None]])
            labels = np.append(self._labels, np.uint8(label))
            self._save(images, labels)
        return len(labels) - 1

    def delete(self, index: int) -> None:
        """Forget digit `index` (0-based; negative counts from the end)."""
        with self._changing():
            n = len(self._labels)
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
        with self._changing():
            n = len(self._labels)
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

    @contextlib.contextmanager
    def _changing(self) -> Iterator[None]:
        """Hold the lock file and read the store again (whatever the file's stamp says):
        every method that writes the store makes its change inside this block."""
        with self._locked():
            self._stamp = None
            self._refresh()
            yield

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """The lock file, held exclusively (re-entrant within this store)."""
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            f = open(self.folder / LOCK_NAME, "a+b")  # noqa: SIM115 (held across the yield)
        except OSError as e:
            raise MyDigitsError(
                limits.short(f"cannot use My digits in {self.folder} ({limits.describe(e)})")
            ) from None
        with f:
            _lock_file(f)
            self._lock_depth = 1
            try:
                yield
            finally:
                self._lock_depth = 0
                _unlock_file(f)

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
        except MyDigitsError as e:
            with self._locked():  # another window may be putting it aside too
                try:
                    images, labels = _read_store(self.path)  # replaced meanwhile?
                except FileNotFoundError:
                    return
                except MyDigitsError:
                    aside = self._put_aside(e)
                    why = str(e).removeprefix(f"{STORE_NAME}: ")
                    self.warning = limits.short(
                        f"My digits could not be read ({why}); the file was kept as "
                        f"{aside.name} and a new, empty collection was started"
                    )
                    return
        except FileNotFoundError:
            return
        self._images, self._labels = images, labels

    def _put_aside(self, e: Exception) -> Path:
        """Rename the damaged store to a name no earlier damaged copy has (lock held)."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for i in range(1, 10_000):
            aside = self.path.with_name(f"my-digits.damaged-{stamp}{f'-{i}' if i > 1 else ''}.npz")
            try:
                _rename_no_replace(self.path, aside)
                return aside
            except FileExistsError:
                continue
            except OSError as move_error:
                raise MyDigitsError(
                    limits.short(
                        f"{self.path} cannot be read ({e}) nor moved aside "
                        f"({limits.describe(move_error)}); it was left untouched"
                    )
                ) from None
        raise MyDigitsError(limits.short(f"{self.path} cannot be read ({e}); left untouched"))

    def _remove_stale_temp_files(self) -> None:
        """Temporary files a crash left behind (never the store itself)."""
        now = time.time()
        for temp in self.folder.glob(f".{STORE_NAME}.*.part"):
            with contextlib.suppress(OSError):
                if now - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                    temp.unlink()


def _read_store(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """images (n, 28, 28) uint8 and labels (n,) uint8 from the store file; MyDigitsError
    for anything else (FileNotFoundError if there is no file), its size checked against
    the memory budget before anything is read."""
    if not path.exists():
        raise FileNotFoundError(path)
    arrays = npyzip.read_npz(path, MyDigitsError, keys={"images", "labels"})
    if set(arrays) != {"images", "labels"}:
        raise MyDigitsError(f"{path.name}: it is not a My digits file")
    images, labels = arrays["images"], arrays["labels"]
    if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (28, 28):
        raise MyDigitsError(
            f"{path.name}: its images are {images.dtype} {images.shape}, not uint8 (n, 28, 28)"
        )
    if labels.dtype != np.uint8 or labels.shape != (len(images),):
        raise MyDigitsError(
            f"{path.name}: its labels are {labels.dtype} {labels.shape}, not {len(images)} bytes"
        )
    if labels.size and labels.max() > 9:
        raise MyDigitsError(f"{path.name}: it holds a label {labels.max()}, outside 0..9")
    return images, labels


def _rename_no_replace(src: Path, dst: Path) -> None:
    """Rename src to dst; FileExistsError (and nothing changed) if dst exists."""
    if os.name == "nt":  # os.rename never replaces on Windows
        os.rename(src, dst)
        return
    try:
        os.link(src, dst)  # fails if dst exists: never overwrites
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename (lock held)
        if dst.exists():
            raise FileExistsError(dst) from None
        os.rename(src, dst)
        return
    os.unlink(src)


def _lock_file(f) -> None:
    """Block until this process holds the lock on the open file f."""
    if os.name == "nt":
        import msvcrt

        f.seek(0)
        while True:
            try:
                msvcrt.locking(f.fileno(), msvcrt.LK_LOCK, 1)  # retries for ~10 s itself
                return
            except OSError:
                continue
    import fcntl

    fcntl.flock(f.fileno(), fcntl.LOCK_EX)


def _unlock_file(f) -> None:
    if os.name == "nt":
        import msvcrt

        f.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(f.fileno(), fcntl.LOCK_UN)


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
