"""What reading a file from outside may cost, and one way for every such read to fail.

Every reader of a file the user picks (model files, IDX, mnist.npz, CSV, images,
My digits) works out from the file's headers what reading it would allocate and
refuses, before allocating anything, a file that would need more than the memory
budget:

    budget_bytes()          1,024 MB, or BPS_MEMORY_BUDGET_MB (a whole number of MB)
    check_budget(nbytes, "mnist.npz", "x_train (2,000,000, 28, 28) uint8", MnistImportError)
        -> MnistImportError("mnist.npz: x_train (2,000,000, 28, 28) uint8 needs 1,568 MB,
           more than the memory budget of 1,024 MB (BPS_MEMORY_BUDGET_MB raises it)")

`open_regular(path, error)` opens a file for reading only if it is a regular file: a
named pipe would block forever, a device would never end. `short(text)` makes any
message one line of at most ~300 characters. `READ_ERRORS` are the exceptions a
damaged file can raise from the standard library and NumPy while it is parsed; a reader
turns them into its own error class with `describe(exc)`.
"""

from __future__ import annotations

import os
import stat
import struct
import tokenize
import zipfile
import zlib
from typing import BinaryIO

BUDGET_ENV = "BPS_MEMORY_BUDGET_MB"
DEFAULT_BUDGET_MB = 1024
MIN_BUDGET_MB = 16
MAX_MESSAGE = 300

# What parsing a damaged or hostile file can raise besides the reader's own error:
# tokenize.TokenError and SyntaxError come from NumPy's .npy header parser,
# RecursionError from deeply nested JSON, MemoryError from any allocation.
READ_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    EOFError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    OverflowError,
    RecursionError,
    MemoryError,
    SyntaxError,
    tokenize.TokenError,
    struct.error,
    zlib.error,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
)


def budget_bytes() -> int:
    """The memory budget in bytes: BPS_MEMORY_BUDGET_MB (if a whole number >= 16) or 1,024 MB."""
    text = os.environ.get(BUDGET_ENV, "").strip()
    mb = DEFAULT_BUDGET_MB
    if text.isdigit():
        mb = max(MIN_BUDGET_MB, int(text))
    return mb << 20


def megabytes(nbytes: int) -> str:
    """e.g. 1_645_000_000 -> "1,569 MB"; below 1 MB in kB."""
    if nbytes < 1 << 20:
        return f"{max(1, round(nbytes / 1024)):,} kB"
    return f"{round(nbytes / (1 << 20)):,} MB"


def check_budget(nbytes: int, name: str, what: str, error: type[Exception]) -> None:
    """Raise `error` naming the file, the size and the budget if `nbytes` is over the budget."""
    budget = budget_bytes()
    if nbytes > budget:
        raise error(
            short(
                f"{name}: {what} needs {megabytes(nbytes)}, more than the memory budget of "
                f"{megabytes(budget)} ({BUDGET_ENV} raises it)"
            )
        )


def short(text: str, limit: int = MAX_MESSAGE) -> str:
    """`text` on one line, cut to `limit` characters with "..." where it was cut."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3].rstrip() + "..."


def describe(exc: BaseException) -> str:
    """What went wrong, in a few words, for a message that already names the file.

    An OSError gives its strerror ("Permission denied"), never the path twice;
    NumPy's advice to load "unsafely using allow_pickle" is never repeated.
    """
    if isinstance(exc, MemoryError):
        return "not enough memory to read it"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "allow_pickle" in text or "pickle" in text.lower():
        return "it holds Python objects, which are never loaded"
    return short(text, 120)


def open_regular(path: str | os.PathLike, error: type[Exception]) -> BinaryIO:
    """`path` opened for binary reading, or `error` if it is missing, a folder, a pipe, a device.

    The file is checked with os.stat before it is opened (opening a named pipe blocks
    until someone writes to it) and again with os.fstat once open (it may have been
    swapped meanwhile; on POSIX the open itself cannot block, O_NONBLOCK).
    """
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise error(short(f"{name}: no such file")) from None
    except OSError as e:
        raise error(short(f"{name}: cannot be read ({describe(e)})")) from None
    _require_regular(st, name, error)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise error(short(f"{name}: cannot be read ({describe(e)})")) from None
    try:
        _require_regular(os.fstat(fd), name, error)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def regular_size(path: str | os.PathLike, error: type[Exception]) -> int:
    """The size in bytes of the regular file `path` (else `error`, as open_regular)."""
    with open_regular(path, error) as f:
        return os.fstat(f.fileno()).st_size


def _require_regular(st: os.stat_result, name: str, error: type[Exception]) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise error(short(f"{name}: is a folder, not a file"))
    if not stat.S_ISREG(st.st_mode):
        kind = "a named pipe" if stat.S_ISFIFO(st.st_mode) else "a device or special file"
        raise error(short(f"{name}: is {kind}, not a regular file"))
