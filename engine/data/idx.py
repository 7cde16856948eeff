"""IDX files, the format MNIST ships in: read and write, gzipped or not, fully checked.

An IDX file is a 4-byte magic number, one big-endian uint32 per dimension, then the
values in C order, big-endian:

    00 00 08 03 | 00 00 EA 60 | 00 00 00 1C | 00 00 00 1C | 47,040,000 bytes
    zero zero, type uint8, 3 dims: 60000 x 28 x 28          -> images (60000, 28, 28)
    00 00 08 01 | 00 00 EA 60 | 60,000 bytes                -> labels (60000,)

Whether a file is gzipped is decided by its content (the gzip magic 1f 8b), not by
its name, so a browser that unpacked `train-images-idx3-ubyte.gz` but kept the name
does no harm. Anything else raises IdxError naming the file and what is wrong,
including a file whose header announces more data than the memory budget allows
(engine.files.limits, BPS_MEMORY_BUDGET_MB): that is refused before it is unpacked.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np

from engine.files import limits
from engine.files.atomic import write_bytes

GZIP_MAGIC = b"\x1f\x8b"
MAX_BYTES = 2**31  # the largest IDX content read (MNIST's images are 47 MB), budget permitting
CHUNK_BYTES = 8 << 20  # read in pieces: a header's claim is never allocated up front
TRAILING_LIMIT = 1 << 20  # how much past the announced data is counted before giving up

# IDX type code -> NumPy dtype of the stored (big-endian) values.
DTYPES = {
    0x08: np.dtype(np.uint8),
    0x09: np.dtype(np.int8),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
CODES = {dtype.newbyteorder("="): code for code, dtype in DTYPES.items()}


class IdxError(ValueError):
    """A file that is not a valid IDX file (or not the IDX file expected); the message says why."""


def read(path: str | os.PathLike) -> np.ndarray:
    """The array stored in IDX file `path` (native byte order, writeable).

    e.g. read("train-labels-idx1-ubyte.gz") -> uint8 array (60000,)
    """
    path = Path(path)
    with limits.open_regular(path, IdxError) as f:
        try:
            size = os.fstat(f.fileno()).st_size
            limits.check_budget(size, path.name, f"a file of {size:,} bytes", IdxError)
            raw = f.read()
        except IdxError:
            raise
        except limits.READ_ERRORS as e:
            raise IdxError(
                limits.short(f"{path.name}: cannot be read ({limits.describe(e)})")
            ) from None
    return parse(raw, path.name)


def read_shape(path: str | os.PathLike) -> tuple[np.dtype, tuple[int, ...]]:
    """The dtype and shape an IDX file's header announces, reading (or unpacking) only
    the header: what reading it whole would cost, known before it is read."""
    path = Path(path)
    with limits.open_regular(path, IdxError) as f:
        try:
            start = f.read(1 << 16)
        except OSError as e:
            raise IdxError(
                limits.short(f"{path.name}: cannot be read ({limits.describe(e)})")
            ) from None
    if start[:2] == GZIP_MAGIC:
        head = _take(_GunzipStream(start), 4 + 4 * 255, path.name)
    else:
        head = start[: 4 + 4 * 255]
    if len(head) < 4 or head[0] != 0 or head[1] != 0 or head[2] not in DTYPES or head[3] == 0:
        raise IdxError(f"{path.name}: not an IDX file (wrong magic number)")
    ndim = head[3]
    if len(head) < 4 + 4 * ndim:
        raise IdxError(f"{path.name}: truncated IDX header")
    shape = tuple(int.from_bytes(head[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    return DTYPES[head[2]], shape


def parse(raw: bytes, name: str = "<data>") -> np.ndarray:
    """The array in the IDX content `raw` (gzipped or not); `name` is used in messages."""
    try:
        return _parse(raw, name)
    except IdxError:
        raise
    except limits.READ_ERRORS as e:  # MemoryError and the like: still one IdxError
        raise IdxError(limits.short(f"{name}: cannot be read ({limits.describe(e)})")) from None


def _parse(raw: bytes, name: str) -> np.ndarray:
    if not raw:
        raise IdxError(f"{name}: the file is empty")
    if raw[:2] == GZIP_MAGIC:
        stream = _GunzipStream(raw)
    elif name.lower().endswith(".gz") and raw[:2] != b"\x00\x00":
        raise IdxError(f"{name}: is named .gz but is not gzip data (nor a raw IDX file)")
    else:
        stream = io.BytesIO(raw)
    with stream:
        return _parse_stream(stream, name, "unpacks to" if raw[:2] == GZIP_MAGIC else "has")


class _GunzipStream:
    """read(n) over gzip data (every member), unpacking only as much as is asked for.

    zlib checks each member's CRC-32 and length; zero padding after the last member is
    allowed, as gzip allows it. Truncated data raises EOFError, damaged data zlib.error.
    """

    def __init__(self, raw: bytes):
        self._inflate = zlib.decompressobj(wbits=31)  # 31: expect a gzip header
        self._input = raw

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def read(self, n: int) -> bytes:
        pieces, want = [], n
        while want > 0:
            if self._inflate.eof:
                rest = self._inflate.unused_data.lstrip(b"\x00")
                if not rest:
                    break
                self._inflate = zlib.decompressobj(wbits=31)
                self._input = rest
            before = self._input
            out = self._inflate.decompress(self._input, want)
            self._input = self._inflate.unconsumed_tail
            if out:
                pieces.append(out)
                want -= len(out)
            elif not self._inflate.eof and (not self._input or self._input == before):
                raise EOFError("the compressed data ends early")
        return b"".join(pieces)


def _take(stream: BinaryIO, n: int, name: str) -> bytes:
    """Up to n bytes from the (possibly gzip) stream; gzip faults become IdxError."""
    try:
        return stream.read(n)
    except EOFError:
        raise IdxError(f"{name}: the gzip data is truncated (a cut-short download?)") from None
    except (gzip.BadGzipFile, zlib.error, OSError) as e:
        raise IdxError(f"{name}: the gzip data is corrupt ({e})") from None


def _parse_stream(stream: BinaryIO, name: str, has: str) -> np.ndarray:
    """Read the header, then exactly the data it announces, then check nothing follows.

    Reading only what the header announces means a gzip file that would unpack to far
    more (a "zip bomb") is stopped after TRAILING_LIMIT extra bytes.
    """
    head = _take(stream, 4, name)
    if not head:
        raise IdxError(f"{name}: the gzip data unpacks to nothing")
    if len(head) < 4:
        raise IdxError(f"{name}: truncated: {len(head)} bytes, shorter than the 4-byte IDX header")
    if head[0] != 0 or head[1] != 0 or head[2] not in DTYPES or head[3] == 0:
        hint = " (it looks like a web page)" if head.lstrip()[:1] == b"<" else ""
        raise IdxError(
            f"{name}: wrong magic number {head.hex(' ')}{hint}; an IDX file starts with "
            "00 00, a type code (08 09 0b 0c 0d 0e) and the number of dimensions"
        )
    dtype, ndim = DTYPES[head[2]], head[3]
    header = 4 + 4 * ndim
    dims_raw = _take(stream, 4 * ndim, name)
    if len(dims_raw) < 4 * ndim:
        raise IdxError(
            f"{name}: truncated: the header of {ndim} dimensions needs {header} bytes, "
            f"the file {has} {4 + len(dims_raw)}"
        )
    shape = tuple(int.from_bytes(dims_raw[4 * i : 4 * i + 4], "big") for i in range(ndim))
    n_bytes = int(np.prod(shape, dtype=object)) * dtype.itemsize
    dims = " x ".join(map(str, shape))
    if n_bytes > MAX_BYTES:
        raise IdxError(
            f"{name}: dimensions {dims} would need {n_bytes:,} bytes, more than the "
            f"{MAX_BYTES // 2**30} GB this app reads (a damaged header?)"
        )
    # the unpacked pieces, then the array: twice the data, besides the file's bytes
    limits.check_budget(2 * n_bytes, name, f"unpacking {dims} {dtype} values", IdxError)
    pieces, got = [], 0
    while got < n_bytes:
        piece = _take(stream, min(CHUNK_BYTES, n_bytes - got), name)
        if not piece:
            break
        pieces.append(piece)
        got += len(piece)
    data = pieces[0] if len(pieces) == 1 else b"".join(pieces)
    del pieces  # the data once, then its array: twice the data at most (the budget above)
    if len(data) < n_bytes:
        raise IdxError(
            f"{name}: truncated: dimensions {dims} need {header + n_bytes:,} bytes, "
            f"the file {has} {header + len(data):,}"
        )
    extra = len(_take(stream, TRAILING_LIMIT, name))
    if extra:
        more = "more than " if extra == TRAILING_LIMIT else ""
        raise IdxError(
            f"{name}: {more}{extra:,} unexpected bytes after the data "
            f"(dimensions {dims} need {header + n_bytes:,} bytes)"
        )
    values = np.frombuffer(data, dtype=dtype).reshape(shape)
    return values.astype(dtype.newbyteorder("="), copy=True)


def encode(array: np.ndarray) -> bytes:
    """The IDX bytes (not gzipped) for `array`, e.g. uint8 (2, 28, 28) -> 16 + 1568 bytes."""
    array = np.asarray(array)
    head = header(array)
    return head + np.ascontiguousarray(array, dtype=DTYPES[head[2]]).tobytes()


def header(array: np.ndarray) -> bytes:
    """The IDX header for `array`, e.g. uint8 (2, 28, 28) -> 00 00 08 03 | 2 | 28 | 28."""
    array = np.asarray(array)
    code = CODES.get(array.dtype.newbyteorder("="))
    if code is None:
        known = ", ".join(str(d.newbyteorder("=")) for d in DTYPES.values())
        raise ValueError(f"IDX cannot store {array.dtype} values; it stores {known}")
    if not 1 <= array.ndim <= 255:
        raise ValueError(f"IDX stores 1 to 255 dimensions, not {array.ndim}")
    if max(array.shape) >= 2**32:
        raise ValueError(f"IDX dimensions must be below 2**32, not {array.shape}")
    return bytes([0, 0, code, array.ndim]) + b"".join(
        int(d).to_bytes(4, "big") for d in array.shape
    )


def write(
    path: str | os.PathLike, array: np.ndarray, compress: bool | None = None, level: int = 1
) -> Path:
    """Write `array` to IDX file `path` atomically; gzipped if `compress` (default: if .gz).

    Gzip `level` 1 packs MNIST's images to 11.0 MB in about half the time level 6 takes
    for 9.8 MB.
    """
    path = Path(path)
    data = encode(array)
    if compress is None:
        compress = path.name.lower().endswith(".gz")
    if compress:
        data = gzip.compress(data, compresslevel=level, mtime=0)
    write_bytes(path, data)
    return path


def read_images(path: str | os.PathLike) -> np.ndarray:
    """Images (n, rows, cols) uint8 from an idx3-ubyte file."""
    images = read(path)
    if images.dtype != np.uint8 or images.ndim != 3:
        raise IdxError(
            f"{Path(path).name}: expected images (uint8, 3 dimensions), found "
            f"{images.dtype} with {images.ndim} dimension(s) {images.shape}"
        )
    return images


def read_labels(path: str | os.PathLike, n_classes: int = 10) -> np.ndarray:
    """Labels (n,) uint8, each in 0..n_classes-1, from an idx1-ubyte file."""
    labels = read(path)
    if labels.dtype != np.uint8 or labels.ndim != 1:
        raise IdxError(
            f"{Path(path).name}: expected labels (uint8, 1 dimension), found "
            f"{labels.dtype} with {labels.ndim} dimension(s) {labels.shape}"
        )
    check_labels(labels, Path(path).name, n_classes)
    return labels


def check_labels(labels: np.ndarray, name: str, n_classes: int = 10) -> None:
    """Raise IdxError if any label lies outside 0..n_classes-1."""
    bad = (labels < 0) | (labels >= n_classes)
    if bad.any():
        i = int(np.argmax(bad))
        raise IdxError(
            f"{name}: label {int(labels[i])} at position {i} is outside 0..{n_classes - 1}"
        )


def read_pair(
    images_path: str | os.PathLike, labels_path: str | os.PathLike, n_classes: int = 10
) -> tuple[np.ndarray, np.ndarray]:
    """Images (n, rows, cols) uint8 and labels (n,) uint8 that belong together."""
    images = read_images(images_path)
    labels = read_labels(labels_path, n_classes)
    if len(images) != len(labels):
        raise IdxError(
            f"{Path(images_path).name} holds {len(images):,} images but "
            f"{Path(labels_path).name} holds {len(labels):,} labels: they do not belong together"
        )
    return images, labels
