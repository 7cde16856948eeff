"""Write a file so that a crash or a kill at any moment leaves the old file or the new one.

    write_atomically("run.bps", lambda f: f.write(data))

The bytes go to a temporary file in the same folder, named
`.run.bps.<pid>.<random>.partial`; it is flushed and fsynced, then moved over
the target with `os.replace` (atomic on POSIX and Windows), and finally the
folder itself is fsynced so the rename survives a power cut. A writer that is
killed mid-write leaves its temporary file behind: the next save to the same
target removes the leftovers of writers that are no longer running (so they
never pile up), and loaders never look at them.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from collections.abc import Callable
from typing import BinaryIO

TEMP_SUFFIX = ".partial"
STALE_SECONDS = 3600.0  # where we cannot ask whether a writer is alive, leftovers older than this


def temp_name(target: str) -> str:
    """Path of a fresh temporary file next to `target`, e.g. '/d/.run.bps.4242.9f3a.partial'."""
    folder, base = os.path.split(os.path.abspath(target))
    return os.path.join(folder, f".{base}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    except OSError:
        return True
    return True


def leftovers(target: str) -> list[str]:
    """Temporary files of earlier writers of `target` that are still on disk."""
    folder, base = os.path.split(os.path.abspath(target))
    pattern = re.compile(rf"^\.{re.escape(base)}\.(\d+)\.[0-9a-f]+{re.escape(TEMP_SUFFIX)}$")
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [os.path.join(folder, n) for n in names if pattern.match(n)]


def clean_leftovers(target: str) -> int:
    """Remove temporary files left by writers of `target` that died; returns how many."""
    removed = 0
    for path in leftovers(target):
        pid = int(os.path.basename(path).split(".")[-3])
        if os.name == "posix":
            stale = not _pid_alive(pid)
        else:  # os.kill(pid, 0) would terminate the process on Windows: go by age
            try:
                stale = time.time() - os.path.getmtime(path) > STALE_SECONDS
            except OSError:
                stale = False
        if stale:
            try:
                os.remove(path)
                removed += 1
            except OSError:
                pass
    return removed


def fsync_folder(folder: str) -> None:
    """Make a rename inside `folder` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on folders; the rename is still atomic
    finally:
        os.close(fd)


def write_atomically(target: str, write: Callable[[BinaryIO], None]) -> None:
    """Call write(f) on a temporary file, then put it in place of `target` atomically.

    If `write` raises, the temporary file is removed and `target` is untouched.
    """
    target = os.path.abspath(target)
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"the folder {folder} does not exist")
    clean_leftovers(target)
    tmp = temp_name(target)
    try:
        with open(tmp, "xb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise
    fsync_folder(folder)
