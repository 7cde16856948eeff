"""Writing a file so that it is either the old content or the new, never half of either.

    with atomic_write(Path("cache/train-labels-idx1-ubyte")) as f:
        f.write(header)
        f.write(data)
    # only now does the name point at the new file

The bytes go to a temporary file in the same folder (so the final rename stays on
one file system), are flushed and fsynced, and the temporary file is renamed over
the target with os.replace, which is atomic on Linux, macOS and Windows. If the
block raises, the temporary file is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file object whose content replaces `path` only when the block ends cleanly."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        _replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(path.parent)


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Replace the content of `path` with `data`, atomically."""
    with atomic_write(path) as f:
        f.write(data)


def _replace(tmp_name: str, path: Path) -> None:
    """os.replace; on Windows, retried briefly while another program (a virus scanner,
    an indexer) holds the target open, which makes the rename fail there."""
    for wait in (0.05, 0.1, 0.2, 0.4):
        try:
            os.replace(tmp_name, path)
            return
        except PermissionError:
            if os.name != "nt":
                raise
            time.sleep(wait)
    os.replace(tmp_name, path)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
