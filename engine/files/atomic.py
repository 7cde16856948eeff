"""Writing a file so that it is either the old content or the new, never half of either.

    with atomic_write(Path("cache/train-labels-idx1-ubyte")) as f:
        f.write(header)
        f.write(data)
    # only now does the name point at the new file

The bytes go to a temporary file in the same folder (so the final rename stays on
one file system), are flushed and fsynced, and the temporary file is renamed over
the target with os.replace, which is atomic on Linux, macOS and Windows. If the
block raises, the temporary file is removed and the target is left as it was.

A writer killed mid-write (SIGKILL, power cut) cannot remove its temporary file.
Those are named `.NAME.<pid>.<random>.part`, and each write to NAME first removes
the ones whose process has gone (`clean_leftovers`), so they never pile up. When NAME
is so long that the temporary name would pass the file system's limit on names
(usually 255 bytes), NAME is shortened in it (`temp_stem`): a legal target name
always gets a legal temporary name.

`check_target(path)` finds out before any long work (training, exporting) whether
`path` can be written: not a folder, a name the file system takes, a folder that
exists (or can be made) and takes a new file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
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
    clean_leftovers(path)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{temp_stem(path)}.{os.getpid()}.", suffix=".part", dir=path.parent
    )
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes 0600: give the file the mode it should have
            os.fchmod(fd, file_mode(path))
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


def file_mode(path: str | os.PathLike) -> int:
    """The permission bits a write to `path` gives it: those of the file it replaces, or
    for a new file 0o666 less the process's umask (as open() would give it)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: read it by setting it, and put it back at once
    os.umask(mask)
    return mask


DEFAULT_NAME_MAX = 255
TEMP_EXTRA = len(".") + len(".4194304.") + 8 + len(".part")  # pid up to 7 digits, 8 random


def name_max(folder: str | os.PathLike) -> int:
    """The longest file name, in bytes, the file system of `folder` takes (255 if unknown)."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, ValueError, OSError):
        return DEFAULT_NAME_MAX


def temp_stem(path: str | os.PathLike) -> str:
    """The part of `path`'s name its temporary files carry: the name itself, or when that
    would make them too long, its start and a short hash of the whole name.

    e.g. "model.bps" -> "model.bps"; "xxx...xxx.bps" (250 bytes) -> "xxx...x~3f9a0c1e"
    """
    path = Path(path)
    name = path.name
    folder = path.parent if path.parent.is_dir() else Path(".")
    room = name_max(folder) - TEMP_EXTRA
    if len(name.encode("utf-8", "surrogateescape")) <= room:
        return name
    digest = hashlib.sha1(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    keep = name.encode("utf-8", "surrogateescape")[: max(1, room - 9)]
    head = keep.decode("utf-8", "ignore").replace(".", "_")
    return f"{head}~{digest}"


def check_target(path: str | os.PathLike) -> None:
    """Raise ValueError (one line, naming the file) if `path` cannot be written.

    Checks, without changing anything: a name is given, it is not a folder, its name
    fits the file system, its folder is (or can be made) a folder that takes a new file
    (tried with a temporary file of the name atomic_write will use, then removed).
    """
    text = os.fspath(path)
    if not text or text.endswith(("/", os.sep)):
        raise ValueError(f"{_shown(text) or 'the output'}: not a file name")
    path = Path(text).expanduser()
    shown = _shown(str(path))
    folder = path.parent
    existing = folder
    try:
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        if not existing.is_dir():
            raise ValueError(f"{shown}: {_shown(str(existing))} is a file, not a folder")
        limit = name_max(existing)
        size = len(path.name.encode("utf-8", "surrogateescape"))
        if size > limit:
            raise ValueError(f"{shown}: the name is {size} bytes, the limit is {limit}")
        if path.is_dir():
            raise ValueError(f"{shown}: is a folder; give a file name")
    except OSError as e:  # e.g. a folder name too long for the file system
        raise ValueError(f"{shown}: cannot be written ({e.strerror or e})") from None
    if existing != folder:  # atomic_write makes the missing folders
        if not os.access(existing, os.W_OK):
            raise ValueError(f"{shown}: cannot make its folder (no permission)")
        return
    try:
        fd, probe = tempfile.mkstemp(
            prefix=f".{temp_stem(path)}.{os.getpid()}.", suffix=".part", dir=folder
        )
    except OSError as e:
        raise ValueError(f"{shown}: cannot be written ({e.strerror or e})") from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)


def _shown(text: str, limit: int = 120) -> str:
    """A path for a message: whole if short, else its start and end around "..."."""
    return text if len(text) <= limit else f"{text[: limit // 2 - 2]}...{text[-(limit // 2 - 1) :]}"


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


STALE_SECONDS = 3600.0  # where a writer's pid cannot be checked: leftovers older than this


def leftovers(path: str | os.PathLike) -> list[Path]:
    """Temporary files that writers of `path` left on disk (alive or not)."""
    path = Path(path)
    pattern = re.compile(rf"^\.{re.escape(temp_stem(path))}\.(\d+)\.[^.]+\.part$")
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [path.parent / n for n in names if pattern.match(n)]


def _writer_gone(temp: Path) -> bool:
    pid = int(temp.name.rsplit(".", 3)[-3])
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows: go by age
        try:
            return time.time() - temp.stat().st_mtime > STALE_SECONDS
        except OSError:
            return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists but belongs to someone else
        return False
    return False


def clean_leftovers(path: str | os.PathLike) -> int:
    """Remove the temporary files of writers of `path` that died mid-write; how many."""
    removed = 0
    for temp in leftovers(path):
        if _writer_gone(temp):
            with contextlib.suppress(OSError):
                temp.unlink()
                removed += 1
    return removed
