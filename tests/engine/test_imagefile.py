"""Reading PNG and PGM images without an image library, and `predict` on a digit image."""

from __future__ import annotations

import json
import struct
import zlib

import numpy as np
import pytest

from engine import cli
from engine.data import imagefile
from engine.data.imagefile import ImageError
from engine.files import modelfile
from engine.nn.network import Network


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def filtered(rows: np.ndarray, bpp: int, kinds: list[int]) -> bytes:
    """PNG-filter each row of bytes (h, stride) with the filter kinds given, cycling."""
    out = bytearray()
    prev = np.zeros(rows.shape[1], np.int64)
    for y, row in enumerate(rows.astype(np.int64)):
        kind = kinds[y % len(kinds)]
        left = np.concatenate([np.zeros(bpp, np.int64), row[:-bpp]])
        up_left = np.concatenate([np.zeros(bpp, np.int64), prev[:-bpp]])
        if kind == 0:
            pred = np.zeros_like(row)
        elif kind == 1:
            pred = left
        elif kind == 2:
            pred = prev
        elif kind == 3:
            pred = (left + prev) // 2
        else:
            p = left + prev - up_left
            pa, pb, pc = abs(p - left), abs(p - prev), abs(p - up_left)
            pred = np.where((pa <= pb) & (pa <= pc), left, np.where(pb <= pc, prev, up_left))
        out.append(kind)
        out += ((row - pred) % 256).astype(np.uint8).tobytes()
        prev = row
    return bytes(out)


def png(pixels: np.ndarray, colour: int, depth: int = 8, kinds=(0, 1, 2, 3, 4), palette=None):
    """Encode pixels (h, w, channels) as a PNG file's bytes."""
    h, w = pixels.shape[:2]
    if depth == 16:
        raw = pixels.astype(">u2").tobytes()
    else:
        raw = pixels.astype(np.uint8).tobytes()
    stride = len(raw) // h
    bpp = max(1, stride // w)
    rows = np.frombuffer(raw, np.uint8).reshape(h, stride)
    data = zlib.compress(filtered(rows, bpp, list(kinds)))
    out = imagefile.PNG_SIGNATURE + chunk(
        b"IHDR", struct.pack(">IIBBBBB", w, h, depth, colour, 0, 0, 0)
    )
    if palette is not None:
        out += chunk(b"PLTE", palette.astype(np.uint8).tobytes())
    half = len(data) // 2  # two IDAT chunks, as encoders often write
    return out + chunk(b"IDAT", data[:half]) + chunk(b"IDAT", data[half:]) + chunk(b"IEND", b"")


@pytest.fixture
def grey():
    return np.random.default_rng(0).integers(0, 256, (9, 13)).astype(np.uint8)


def test_grey_png_every_filter(tmp_path, grey):
    path = tmp_path / "g.png"
    path.write_bytes(png(grey[..., None], colour=0))
    got = imagefile.read_grey(str(path))
    assert got.dtype == np.float32 and got.shape == (9, 13)
    np.testing.assert_allclose(got, grey / 255, atol=1e-6)


def test_rgb_rgba_palette_and_16_bit(tmp_path, grey):
    rgb = np.stack([grey, grey, grey], axis=-1)
    (tmp_path / "rgb.png").write_bytes(png(rgb, colour=2))
    np.testing.assert_allclose(
        imagefile.read_grey(str(tmp_path / "rgb.png")), grey / 255, atol=1e-5
    )
    rgba = np.concatenate([rgb, np.full(grey.shape + (1,), 255)], axis=-1)
    rgba[0, 0, 3] = 0  # a transparent pixel counts as white paper
    (tmp_path / "rgba.png").write_bytes(png(rgba, colour=6))
    got = imagefile.read_grey(str(tmp_path / "rgba.png"))
    assert got[0, 0] == pytest.approx(1.0)
    np.testing.assert_allclose(got[1:], grey[1:] / 255, atol=1e-5)
    palette = np.stack([np.arange(256)] * 3, axis=-1)
    (tmp_path / "pal.png").write_bytes(png(grey[..., None], colour=3, palette=palette))
    np.testing.assert_allclose(
        imagefile.read_grey(str(tmp_path / "pal.png")), grey / 255, atol=1e-6
    )
    deep = grey.astype(np.uint16)[..., None] * 257
    (tmp_path / "deep.png").write_bytes(png(deep, colour=0, depth=16))
    np.testing.assert_allclose(
        imagefile.read_grey(str(tmp_path / "deep.png")), grey / 255, atol=1e-6
    )


def test_pgm_binary_and_text(tmp_path, grey):
    (tmp_path / "b.pgm").write_bytes(b"P5\n# a comment\n13 9\n255\n" + grey.tobytes())
    np.testing.assert_allclose(imagefile.read_grey(str(tmp_path / "b.pgm")), grey / 255)
    text = "P2 13 9 255\n" + "\n".join(" ".join(map(str, r)) for r in grey)
    (tmp_path / "t.pgm").write_text(text)
    np.testing.assert_allclose(imagefile.read_grey(str(tmp_path / "t.pgm")), grey / 255)


@pytest.mark.parametrize(
    "data,fragment",
    [
        (b"GIF89a....", "not a PNG or PGM"),
        (b"P5\n13 9\n255\n" + bytes(10), "fewer than 13x9"),
        (b"P5\n99999 9\n255\n", "images up to"),
        (b"P5\nxx\n", "bad PGM header"),
        (imagefile.PNG_SIGNATURE + b"\x00\x00", "no header"),
    ],
)
def test_bad_images_are_refused(tmp_path, data, fragment):
    (tmp_path / "x.img").write_bytes(data)
    with pytest.raises(ImageError, match=fragment):
        imagefile.read_grey(str(tmp_path / "x.img"))


def test_damaged_png_data_is_refused(tmp_path, grey):
    data = bytearray(png(grey[..., None], colour=0))
    data[60:70] = b"\xff" * 10
    (tmp_path / "d.png").write_bytes(bytes(data))
    with pytest.raises(ImageError, match="d.png"):
        imagefile.read_grey(str(tmp_path / "d.png"))


def test_predict_reads_a_digit_image(tmp_path, capsys):
    net = Network.create([784, 16, 10], "sigmoid", "softmax", seed=3)
    modelfile.save(tmp_path / "digits.bps", net)
    digit = np.zeros((28, 28), np.uint8)
    digit[6:22, 12:16] = 255  # a "1"
    (tmp_path / "one.pgm").write_bytes(b"P5 28 28 255\n" + digit.tobytes())
    code = cli.main(
        ["predict", "--model", str(tmp_path / "digits.bps"), str(tmp_path / "one.pgm"), "--json"]
    )
    out = capsys.readouterr().out
    assert code == 0
    row = json.loads(out)
    try:
        from engine.data import preprocess

        x = preprocess.prepare(digit).x
    except ImportError:
        x = digit.reshape(-1) / 255
    want = net.feedforward(np.asarray(x, np.float32)[None, :])[0]
    np.testing.assert_allclose(row["output"], want, atol=1e-6)
    assert row["class"] == int(want.argmax())


def test_paeth_rows_past_the_limit_are_refused_not_ground_through(tmp_path):
    """1024 x 1024 RGBA in Paeth took ~9 s in Python's byte loop: refused from its rows."""
    pixels = np.zeros((1024, 1024, 4), np.uint8)
    path = tmp_path / "big.png"
    path.write_bytes(png(pixels, 6, kinds=(4,)))
    with pytest.raises(ImageError, match="big.png: 4,194,304 bytes use PNG's Average/Paeth"):
        imagefile.read_grey(str(path))


def test_a_text_pgm_of_many_numbers_reads_only_what_it_needs(tmp_path):
    path = tmp_path / "many.pgm"
    path.write_bytes(b"P2 2 2 255\n" + b"1 " * 4_000_000)
    assert imagefile.read_grey(str(path)).shape == (2, 2)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    import os

    os.mkfifo(tmp_path / "seven.png")
    with pytest.raises(ImageError, match="seven.png: is a named pipe"):
        imagefile.read_grey(str(tmp_path / "seven.png"))
