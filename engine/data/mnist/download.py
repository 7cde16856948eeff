"""Downloading MNIST: four files, several mirrors, every byte checked before it is kept.

    download(progress=lambda done, total, name: ..., cancelled=lambda: False) -> cache folder

For each file, mirrors are tried in order until one gives content whose SHA-256 (of the
uncompressed IDX bytes) matches the official value. A file is written, atomically, only
after it has been verified, so the cache never holds a partial or unverified file.
A file already in the destination that verifies is not fetched again.

Mirrors are URLs of folders holding the `.gz` files (as torchvision uses), or of a
Keras-style `mnist.npz` (converted to IDX, then verified the same way).
`progress(done_bytes, total_bytes, filename)` is called as bytes arrive (total_bytes is
0 when the server does not say); `cancelled()` is polled between chunks and, when it
returns True, the download stops with DownloadCancelled.
"""

from __future__ import annotations

import gzip
import http.client
import io
import os
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
import zipfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from engine.data import idx
from engine.data.mnist import files as mnist_files
from engine.files import paths
from engine.files.atomic import write_bytes

DEFAULT_MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
    "https://storage.googleapis.com/tensorflow/tf-keras-datasets/mnist.npz",
)
CHUNK_BYTES = 64 * 1024
USER_AGENT = "BackpropStudio/1.0 (+MNIST downloader, Python urllib)"
OFFLINE_MESSAGE = (
    "could not reach any MNIST mirror (are you offline?); "
    "you can import MNIST files from a folder instead"
)
NPZ_ARRAYS = {
    "train_images": "x_train",
    "train_labels": "y_train",
    "test_images": "x_test",
    "test_labels": "y_test",
}

Progress = Callable[[int, int, str], None]


class DownloadError(OSError):
    """No mirror gave a verified copy of a file; the message says what each one did."""


class DownloadCancelled(Exception):  # noqa: N818 (the name other parts use)
    """The user cancelled; nothing partial was written."""


class _MirrorError(Exception):
    """Why one mirror did not give one file; `unreachable` means no connection at all."""

    def __init__(self, reason: str, unreachable: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.unreachable = unreachable


def download(
    dest: str | os.PathLike | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    mirrors: Iterable[str] | None = None,
    timeout: float = 30,
    parts: Iterable[str] = ("train", "test"),
) -> Path:
    """Fetch the MNIST files of `parts` into `dest` (default: the cache); returns the folder."""
    dest = Path(dest).expanduser() if dest is not None else paths.mnist_dir()
    mirrors = list(DEFAULT_MIRRORS if mirrors is None else mirrors)
    if not mirrors:
        raise ValueError("no MNIST mirrors to download from")
    parts = list(parts)
    unknown = [p for p in parts if p not in mnist_files.SPLIT_FILES]
    if unknown:
        raise ValueError(f"unknown MNIST part {unknown[0]!r}; parts are train and test")
    fetcher = _Fetcher(progress, cancelled or (lambda: False), timeout)
    keys = [k for part in parts for k in mnist_files.SPLIT_FILES[part]]
    for key in keys:
        fetcher.check_cancelled()
        if _verified_copy_exists(dest, key):
            continue
        failures = []
        for mirror in mirrors:
            fetcher.check_cancelled()
            try:
                raw, packed = fetcher.idx_bytes(mirror, key)
            except _MirrorError as failure:
                failures.append((mirror, failure))
                continue
            if mnist_files.is_genuine(key, raw):
                _save(dest, key, packed or gzip.compress(raw, compresslevel=1, mtime=0))
                break
            failures.append((mirror, _MirrorError("content does not match the official SHA-256")))
        else:
            raise DownloadError(_explain(key, failures))
    return dest


def _verified_copy_exists(dest: Path, key: str) -> bool:
    path = mnist_files.find(dest).get(key)
    if path is None:
        return False
    try:
        raw = path.read_bytes()
        if raw[:2] == idx.GZIP_MAGIC:
            raw = gzip.decompress(raw)
    except (OSError, EOFError, zlib.error):
        return False
    return mnist_files.is_genuine(key, raw)


def _save(dest: Path, key: str, packed: bytes) -> None:
    """Write the verified, gzipped file `key` into `dest` (atomically)."""
    path = dest / (mnist_files.NAMES[key] + ".gz")
    try:
        write_bytes(path, packed)
    except OSError as e:
        raise DownloadError(f"could not save {path.name} in {dest}: {e.strerror or e}") from None


def _explain(key: str, failures: list[tuple[str, _MirrorError]]) -> str:
    if all(f.unreachable for _, f in failures):
        return OFFLINE_MESSAGE
    each = "; ".join(f"{urllib.parse.urlsplit(m).netloc or m}: {f.reason}" for m, f in failures)
    return (
        f"could not download {mnist_files.NAMES[key]} ({each}); "
        "try again later, or import MNIST files from a folder instead"
    )


class _Fetcher:
    """HTTP GETs with progress, cancel and plain-language failures; remembers fetched npz files."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool], timeout: float):
        self.progress = progress
        self.cancelled = cancelled
        self.timeout = timeout
        self.npz: dict[str, dict[str, np.ndarray] | _MirrorError] = {}

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise DownloadCancelled("download cancelled; nothing partial was kept")

    def idx_bytes(self, mirror: str, key: str) -> tuple[bytes, bytes | None]:
        """The uncompressed IDX content of `key` as this mirror serves it (not yet verified),
        and the gzip file it came in, if any (kept as it is once the content verifies)."""
        if urllib.parse.urlsplit(mirror).path.endswith(".npz"):
            return self._from_npz(mirror, key), None
        name = mnist_files.NAMES[key] + ".gz"
        payload = self.get(urllib.parse.urljoin(mirror.rstrip("/") + "/", name), name)
        if payload.lstrip()[:1] == b"<":
            raise _MirrorError("served a web page instead of the file (a network login page?)")
        if payload[:2] != idx.GZIP_MAGIC:
            return payload, None  # served already unpacked: the hash check decides
        try:
            return gzip.decompress(payload), payload
        except (OSError, EOFError, zlib.error):
            raise _MirrorError("served a corrupt gzip file") from None

    def _from_npz(self, url: str, key: str) -> bytes:
        if url not in self.npz:
            try:
                payload = self.get(url, "mnist.npz")
                with np.load(io.BytesIO(payload), allow_pickle=False) as npz:
                    self.npz[url] = {k: npz[k] for k in NPZ_ARRAYS.values()}
            except _MirrorError as failure:
                self.npz[url] = failure
            except (ValueError, KeyError, OSError, zipfile.BadZipFile):
                self.npz[url] = _MirrorError("served a file that is not a valid mnist.npz")
        arrays = self.npz[url]
        if isinstance(arrays, _MirrorError):
            raise arrays
        array = arrays[NPZ_ARRAYS[key]]
        if array.dtype != np.uint8:
            if not np.issubdtype(array.dtype, np.integer) or array.min() < 0 or array.max() > 255:
                raise _MirrorError("served a mnist.npz whose values are not bytes")
            array = array.astype(np.uint8)
        return idx.encode(array)

    def get(self, url: str, name: str) -> bytes:
        """The whole body of `url`, reporting progress under `name`."""
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            response = urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as e:
            raise _MirrorError(f"HTTP {e.code} {e.reason}") from None
        except urllib.error.URLError as e:
            raise _MirrorError(_reason(e.reason), unreachable=_unreachable(e.reason)) from None
        except (OSError, http.client.HTTPException) as e:
            raise _MirrorError(_reason(e), unreachable=_unreachable(e)) from None
        except ValueError as e:
            raise _MirrorError(f"not a usable URL ({e})") from None
        with response:
            total = int(response.headers.get("Content-Length") or 0)
            body = bytearray()
            self._report(0, total, name)
            while True:
                self.check_cancelled()
                try:
                    chunk = response.read(CHUNK_BYTES)
                except (OSError, http.client.HTTPException) as e:
                    raise _MirrorError(
                        f"connection dropped after {_mb(len(body))} of {_mb(total)} ({_reason(e)})"
                    ) from None
                if not chunk:
                    break
                body += chunk
                self._report(len(body), total, name)
        if total and len(body) != total:
            raise _MirrorError(f"connection dropped after {_mb(len(body))} of {_mb(total)}")
        return bytes(body)

    def _report(self, done: int, total: int, name: str) -> None:
        if self.progress is not None:
            self.progress(done, total, name)


def _unreachable(error: object) -> bool:
    """Whether a failure to connect means no network path (offline), not a broken server."""
    return isinstance(error, OSError) and not isinstance(error, ssl.SSLError)


def _reason(error: object) -> str:
    if isinstance(error, socket.gaierror):
        return "server name not found"
    if isinstance(error, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, http.client.IncompleteRead):
        return "the server closed the connection early"
    if isinstance(error, ssl.SSLError):
        return f"secure connection failed ({error.reason or error})"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"
