""".npy arrays and zip archives of them (.npz, .bps) read from outside files, with bounds.

    check_zip_directory(f, "run.bps", max_members=4096, error=ModelFileError)
        before zipfile.ZipFile(f): the end-of-central-directory record says how many
        members the archive lists and how big its directory is; zipfile would parse
        the whole directory (3,000,000 entries: 1.4 GB) before anyone could count.
    read_member(zf, info, limit, ...)  a member's bytes, read in pieces, at most `limit`
        (the sizes the directory claims are never trusted: a member that claims 4 kB
        may inflate to 1 GB).
    npy_header(stream, ...)           -> (shape, dtype), from a checked .npy header
    npy_data(stream, shape, dtype)    -> the array, read into one preallocated buffer
    read_npy(path, error)             -> one array from a .npy file, budget checked
    read_npz(path, error, keys)       -> {key: array} from a .npz, every header and the
                                         total size checked before any data is read

No pickle is ever loaded: arrays of Python objects are refused by their header.
"""

from __future__ import annotations

import math
import os
import struct
import zipfile
from typing import BinaryIO

import numpy as np

from engine.files import limits

EOCD = b"PK\x05\x06"
EOCD64_LOCATOR = b"PK\x06\x07"
EOCD64 = b"PK\x06\x06"
EOCD_SIZE = 22
DIRECTORY_BYTES_PER_MEMBER = 512  # 46 fixed bytes + name + extra fields, generously
MAX_NPY_HEADER = 4096
CHUNK = 1 << 20
NPZ_MAX_MEMBERS = 64


def check_zip_directory(f: BinaryIO, name: str, max_members: int, error: type[Exception]) -> None:
    """Refuse a zip whose end record lists more than `max_members` entries or a directory
    larger than they need, before the directory is parsed. `f` is left at offset 0."""
    f.seek(0, os.SEEK_END)
    size = f.tell()
    tail_start = max(0, size - EOCD_SIZE - 0xFFFF)
    f.seek(tail_start)
    tail = f.read(size - tail_start)
    f.seek(0)
    at = tail.rfind(EOCD, 0, max(0, len(tail) - EOCD_SIZE + 4))
    if len(tail) >= EOCD_SIZE and tail[-EOCD_SIZE:][:4] == EOCD:
        at = len(tail) - EOCD_SIZE  # no comment: the common case, as zipfile looks first
    if at < 0:
        raise error(limits.short(f"{name}: not a zip archive (no end-of-directory record)"))
    _, _, _, on_disk, total, dir_size, _, _ = struct.unpack("<4s4H2LH", tail[at : at + 22])
    locator = tail[at - 20 : at] if at >= 20 else b""
    if locator[:4] == EOCD64_LOCATOR:  # ZIP64: the real counts are in another record
        (offset,) = struct.unpack("<Q", locator[8:16])
        if offset > size - 56:
            raise error(limits.short(f"{name}: damaged zip archive (bad ZIP64 record)"))
        f.seek(offset)
        record = f.read(56)
        f.seek(0)
        if record[:4] != EOCD64:
            raise error(limits.short(f"{name}: damaged zip archive (bad ZIP64 record)"))
        on_disk, total, dir_size = struct.unpack("<QQQ", record[24:48])
    count = max(on_disk, total)
    if count > max_members:
        raise error(
            limits.short(f"{name}: the archive lists {count:,} members, more than {max_members:,}")
        )
    if dir_size > max_members * DIRECTORY_BYTES_PER_MEMBER or dir_size > size:
        raise error(
            limits.short(f"{name}: the archive's directory claims {dir_size:,} bytes (damaged)")
        )


def check_members(zf: zipfile.ZipFile, name: str, max_members: int, error: type[Exception]):
    """The members of an opened zip, refused if too many, encrypted or oddly compressed."""
    infos = zf.infolist()
    if len(infos) > max_members:
        raise error(limits.short(f"{name}: holds {len(infos):,} members, more than {max_members}"))
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise error(
                limits.short(f"{name}: {info.filename[:60]} uses an unsupported zip compression")
            )
        if info.flag_bits & 0x1:
            raise error(limits.short(f"{name}: {info.filename[:60]} is encrypted"))
    return infos


def read_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str, error: type[Exception]
) -> bytes:
    """The bytes of member `info`, read in pieces; `error` if it holds more than `limit`."""
    pieces, got = [], 0
    with zf.open(info) as m:
        while True:
            piece = m.read(min(CHUNK, limit + 1 - got))
            if not piece:
                break
            pieces.append(piece)
            got += len(piece)
            if got > limit:
                raise error(
                    limits.short(
                        f"{name}: {info.filename[:60]} holds more than {limit:,} bytes, "
                        "more than it may"
                    )
                )
    return b"".join(pieces)


def npy_header(f: BinaryIO, name: str, error: type[Exception]) -> tuple[tuple[int, ...], np.dtype]:
    """(shape, dtype) from the .npy header at the start of `f`; C order, no Python objects."""
    try:
        version = np.lib.format.read_magic(f)
        if version not in ((1, 0), (2, 0), (3, 0)):
            raise ValueError(f"unsupported .npy version {version}")
        reader = (
            np.lib.format.read_array_header_1_0
            if version == (1, 0)
            else np.lib.format.read_array_header_2_0
        )
        shape, fortran, dtype = reader(f, max_header_size=MAX_NPY_HEADER)
    except limits.READ_ERRORS as e:
        raise error(
            limits.short(f"{name}: not a valid .npy array ({limits.describe(e)})")
        ) from None
    if dtype.hasobject:
        raise error(
            limits.short(f"{name}: holds Python objects, which are never loaded (only numbers)")
        )
    if fortran and len(shape) > 1:
        raise error(limits.short(f"{name}: stored in Fortran order, which is not read"))
    if not all(isinstance(s, int) and s >= 0 for s in shape) or len(shape) > 32:
        raise error(limits.short(f"{name}: the .npy header has a bad shape"))
    return tuple(shape), dtype


def nbytes_of(shape: tuple[int, ...], dtype: np.dtype) -> int:
    return math.prod(shape) * dtype.itemsize


def describe_array(shape: tuple[int, ...], dtype: np.dtype) -> str:
    """e.g. "(2,000,000, 28, 28) uint8" """
    dims = ", ".join(f"{s:,}" for s in shape)
    return f"({dims}{',' if len(shape) == 1 else ''}) {dtype}"


def npy_data(
    f: BinaryIO, shape: tuple[int, ...], dtype: np.dtype, name: str, error: type[Exception]
) -> np.ndarray:
    """The array's data, read into one buffer (no second copy); `error` if cut short or
    followed by more bytes. Native byte order."""
    a = np.empty(shape, dtype)
    view = memoryview(a.reshape(-1).view(np.uint8)) if a.size else memoryview(b"")
    got, total = 0, a.nbytes
    while got < total:
        piece = f.read(min(CHUNK, total - got))
        if not piece:
            raise error(limits.short(f"{name}: cut short ({got:,} of {total:,} bytes of data)"))
        view[got : got + len(piece)] = piece
        got += len(piece)
    if f.read(1):
        raise error(limits.short(f"{name}: more bytes than its header announces"))
    return a.astype(dtype.newbyteorder("="), copy=False)


def read_npy(path: str | os.PathLike, error: type[Exception]) -> np.ndarray:
    """The array in the .npy file `path`, its size checked against the budget first."""
    name = os.path.basename(os.fspath(path))
    with limits.open_regular(path, error) as f:
        try:
            shape, dtype = npy_header(f, name, error)
            limits.check_budget(nbytes_of(shape, dtype), name, describe_array(shape, dtype), error)
            return npy_data(f, shape, dtype, name, error)
        except error:
            raise
        except limits.READ_ERRORS as e:
            raise error(limits.short(f"{name}: cannot be read ({limits.describe(e)})")) from None


def read_npz(
    path: str | os.PathLike, error: type[Exception], keys: set[str] | None = None
) -> dict[str, np.ndarray]:
    """The arrays of the .npz file `path` (only `keys`, if given, that are present).

    Every member's header is read and the total checked against the budget before the
    data of any is read.
    """
    name = os.path.basename(os.fspath(path))
    with limits.open_regular(path, error) as f:
        if f.read(4)[:2] != b"PK":
            raise error(limits.short(f"{name}: not a .npz archive (a single .npy array?)"))
        f.seek(0)
        check_zip_directory(f, name, NPZ_MAX_MEMBERS, error)
        try:
            with zipfile.ZipFile(f) as zf:
                infos = check_members(zf, name, NPZ_MAX_MEMBERS, error)
                wanted = {}
                for info in infos:
                    key = info.filename[:-4] if info.filename.endswith(".npy") else None
                    if key is None or (keys is not None and key not in keys) or key in wanted:
                        continue
                    wanted[key] = info
                headers, total = {}, 0
                for key, info in wanted.items():
                    with zf.open(info) as m:
                        headers[key] = npy_header(m, f"{name} {key}", error)
                    total += nbytes_of(*headers[key])
                described = ", ".join(f"{k} {describe_array(*headers[k])}" for k in headers)
                limits.check_budget(total, name, described or "nothing", error)
                out = {}
                for key, info in wanted.items():
                    with zf.open(info) as m:
                        npy_header(m, f"{name} {key}", error)
                        out[key] = npy_data(m, *headers[key], f"{name} {key}", error)
                return out
        except error:
            raise
        except limits.READ_ERRORS as e:
            raise error(
                limits.short(f"{name}: damaged .npz archive ({limits.describe(e)})")
            ) from None
