"""Read a small image file (PNG or PGM) into a grey array, with no image library.

    read_grey("seven.png")   -> (H, W) float32 in [0, 1], e.g. (28, 28)

PNG: 8- or 16-bit, grey, grey+alpha, RGB, RGBA or palette, not interlaced.
PGM: binary (P5) or text (P2). Colour becomes grey as 0.299 R + 0.587 G + 0.114 B;
transparent pixels count as white paper. Images larger than 1024 × 1024 are refused, and
so are files larger than 64 MB, anything but a regular file (a named pipe would block),
and PNGs with more than 2,000,000 bytes of rows in the Average and Paeth filters (those
are undone byte by byte in Python, about a second per million bytes). Every failure is
an ImageError naming the file.
"""

from __future__ import annotations

import os
import struct
import zlib

import numpy as np

from engine.files import limits

MAX_SIDE = 1024
MAX_FILE_BYTES = 64 << 20
MAX_SLOW_FILTER_BYTES = 2_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # PNG colour type -> samples per pixel


class ImageError(ValueError):
    """The image cannot be read; the message names the file and why."""


def read_grey(path: str) -> np.ndarray:
    """The image at `path` as (H, W) float32 grey values in [0, 1] (0 black, 1 white)."""
    name = os.path.basename(os.fspath(path))
    with limits.open_regular(path, ImageError) as f:
        try:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise ImageError(f"{name}: {size:,} bytes; image files up to 64 MB are read")
            data = f.read(MAX_FILE_BYTES)
        except OSError as e:
            raise ImageError(
                limits.short(f"{name}: cannot be read ({limits.describe(e)})")
            ) from None
    try:
        if data.startswith(PNG_SIGNATURE):
            return _png(data, name)
        if data[:2] in (b"P5", b"P2"):
            return _pgm(data, name)
    except ImageError:
        raise
    except limits.READ_ERRORS as e:
        raise ImageError(limits.short(f"{name}: damaged image ({limits.describe(e)})")) from None
    raise ImageError(f"{name}: not a PNG or PGM image")


def _check_size(w: int, h: int, name: str) -> None:
    if not (1 <= w <= MAX_SIDE and 1 <= h <= MAX_SIDE):
        raise ImageError(f"{name}: {w}x{h} pixels; images up to {MAX_SIDE}x{MAX_SIDE} are read")


def _pgm(data: bytes, name: str) -> np.ndarray:
    fields, pos = [], 2
    while len(fields) < 3:  # width, height, maxval, with # comments between them
        while data[pos : pos + 1].isspace():
            pos += 1
        if data[pos : pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while data[end : end + 1].isdigit():
            end += 1
        if end == pos:
            raise ImageError(f"{name}: bad PGM header")
        fields.append(int(data[pos:end]))
        pos = end
    w, h, maxval = fields
    _check_size(w, h, name)
    if not 1 <= maxval <= 65535:
        raise ImageError(f"{name}: PGM maxval {maxval} is outside 1..65535")
    if data[:2] == b"P2":
        values = np.array(data[pos:].split(maxsplit=w * h)[: w * h], dtype=np.float64)
    else:
        dtype = np.dtype(">u2") if maxval > 255 else np.dtype(np.uint8)
        body = data[pos + 1 : pos + 1 + w * h * dtype.itemsize]
        values = np.frombuffer(body, dtype=dtype).astype(np.float64)
    if values.size != w * h:
        raise ImageError(f"{name}: the PGM holds fewer than {w}x{h} pixels")
    return (values.reshape(h, w) / maxval).astype(np.float32)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def _unfilter(raw: bytes, h: int, stride: int, bpp: int, name: str) -> np.ndarray:
    """Undo PNG's per-row filters: rows (h, stride) of bytes."""
    if len(raw) < h * (stride + 1):
        raise ImageError(f"{name}: the PNG's pixel data is cut short")
    rows = np.frombuffer(raw[: h * (stride + 1)], np.uint8).reshape(h, stride + 1)
    slow = int(np.isin(rows[:, 0], (3, 4)).sum()) * stride
    if slow > MAX_SLOW_FILTER_BYTES:
        raise ImageError(
            f"{name}: {slow:,} bytes use PNG's Average/Paeth filters, which this reader undoes "
            f"slowly; up to {MAX_SLOW_FILTER_BYTES:,} are read (save the image smaller)"
        )
    out = np.zeros((h, stride), np.int32)
    prev = np.zeros(stride, np.int32)
    for y in range(h):
        kind, line = rows[y, 0], rows[y, 1:].astype(np.int32)
        if kind == 0:
            cur = line
        elif kind == 2:
            cur = (line + prev) & 0xFF
        elif kind == 1 and stride % bpp == 0:  # Sub: a running sum per channel
            cur = (np.cumsum(line.reshape(-1, bpp), axis=0).reshape(-1)) & 0xFF
        elif kind in (1, 3, 4):  # these depend on the pixel to the left: go byte by byte
            ln, up_row, c = line.tolist(), prev.tolist(), [0] * stride
            for x in range(stride):
                left = c[x - bpp] if x >= bpp else 0
                up = up_row[x]
                if kind == 1:
                    pred = left
                elif kind == 3:
                    pred = (left + up) >> 1
                else:
                    pred = _paeth(left, up, up_row[x - bpp] if x >= bpp else 0)
                c[x] = (ln[x] + pred) & 0xFF
            cur = np.array(c, np.int32)
        else:
            raise ImageError(f"{name}: unknown PNG filter {kind}")
        out[y] = cur
        prev = cur
    return out


def _png(data: bytes, name: str) -> np.ndarray:
    pos, idat, palette, header = 8, [], None, None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = np.frombuffer(body, np.uint8).reshape(-1, 3)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise ImageError(f"{name}: the PNG has no header")
    w, h, depth, colour, _, _, interlace = header
    _check_size(w, h, name)
    if colour not in CHANNELS or depth not in (8, 16) or interlace:
        raise ImageError(f"{name}: only 8/16-bit non-interlaced PNGs are read")
    if colour == 3 and (palette is None or depth != 8):
        raise ImageError(f"{name}: a palette PNG without a usable palette")
    channels = CHANNELS[colour]
    bpp = channels * depth // 8
    limit = h * (w * bpp + 1)
    raw = zlib.decompressobj().decompress(b"".join(idat), limit)
    px = _unfilter(raw, h, w * bpp, bpp, name)
    if depth == 16:
        px = px.reshape(h, w * channels, 2)
        values = (px[..., 0] * 256 + px[..., 1]).astype(np.float64) / 65535
    else:
        values = px.astype(np.float64) / 255
    values = values.reshape(h, w, channels)
    if colour == 3:
        rgb = palette[np.minimum(px.reshape(h, w), len(palette) - 1)].astype(np.float64) / 255
        values, alpha = rgb, None
    elif channels in (2, 4):
        values, alpha = values[..., :-1], values[..., -1]
    else:
        alpha = None
    if values.shape[-1] == 3:
        grey = values @ np.array([0.299, 0.587, 0.114])
    else:
        grey = values[..., 0]
    if alpha is not None:  # composite over white paper
        grey = grey * alpha + (1 - alpha)
    return grey.astype(np.float32)
