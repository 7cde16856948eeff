"""A seeded fuzz over every reader of outside files (issue 16), a few seconds in all.

Model files (every kind in fuzz_files.KINDS), IDX files, mnist.npz imports, My digits
stores, predict inputs (.npy, .csv) and images are damaged or made to lie, and each
reader must answer with its documented error (one line, at most ~300 characters, naming
the file) or read the file: no other exception, no hang, no pickle advice.
bench/modelfile_fuzz.py runs 10,000 model files with time and memory watched.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import struct
import zipfile
import zlib

import numpy as np
import pytest
from fuzz_files import KINDS, base_members, mutate
from timeouts import time_limit

from engine import cli
from engine.data import idx, imagefile, mnist
from engine.data.mydigits import MyDigits
from engine.files import modelfile
from engine.nn.network import Network

SEED = 16


def one_line(msg: str, name: str) -> None:
    assert "\n" not in msg and len(msg) <= 310, msg[:400]
    assert name in msg, msg
    assert "allow_pickle" not in msg


def damage(data: bytes, rng: random.Random) -> bytes:
    """Bit flips, a cut, a repeat, or numbers in a header made huge."""
    how = rng.choice(["flip", "cut", "repeat", "numbers"])
    if how == "cut":
        return data[: rng.randrange(len(data))]
    if how == "repeat":
        i = rng.randrange(len(data))
        return data[:i] + data[i : i + rng.randrange(1, 200)] * rng.randrange(2, 50) + data[i:]
    if how == "numbers":
        out = bytearray(data)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(min(len(out), 200))
            out[at : at + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x7f\xff\xff\xff", b"9999"])
        return bytes(out)
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        bit = rng.randrange(8 * len(out))
        out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


@pytest.mark.parametrize("kind", list(KINDS))
def test_model_files(tmp_path, kind):
    rng = random.Random(f"{SEED}-{kind}")
    base = base_members(tmp_path)
    path = tmp_path / "fuzzed.bps"
    for _ in range(8):
        _, data = mutate(base, rng, kind)
        path.write_bytes(data)
        try:
            with time_limit(20):
                modelfile.load(path)
        except modelfile.ModelFileError as e:
            one_line(str(e), "fuzzed.bps")


def test_idx_files(tmp_path):
    rng = random.Random(f"{SEED}-idx")
    images = np.arange(5 * 28 * 28, dtype=np.uint8).reshape(5, 28, 28)
    raw = idx.encode(images)
    for i in range(80):
        data = damage(gzip.compress(raw) if i % 2 else raw, rng)
        path = tmp_path / "train-images-idx3-ubyte.gz"
        path.write_bytes(data)
        try:
            with time_limit(20):
                idx.read_images(path)
        except idx.IdxError as e:
            one_line(str(e), "train-images-idx3-ubyte")


def npz_bytes(**arrays) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    return buf.getvalue()


def test_mnist_npz_imports(tmp_path, monkeypatch):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path / "data"))
    rng = random.Random(f"{SEED}-npz")
    x = np.zeros((12, 28, 28), np.uint8)
    y = np.arange(12) % 10
    good = npz_bytes(x_train=x, y_train=y, x_test=x[:4], y_test=y[:4])
    for _ in range(60):
        (tmp_path / "mnist.npz").write_bytes(damage(good, rng))
        try:
            with time_limit(20):
                mnist.import_folder(tmp_path / "mnist.npz")
        except mnist.MnistImportError as e:
            one_line(str(e), "mnist.npz")


def test_my_digits_stores(tmp_path):
    rng = random.Random(f"{SEED}-mydigits")
    good = npz_bytes(images=np.zeros((3, 28, 28), np.uint8), labels=np.arange(3, dtype=np.uint8))
    for i in range(40):
        folder = tmp_path / f"store{i}"
        folder.mkdir()
        (folder / "my-digits.npz").write_bytes(damage(good, rng))
        with time_limit(20):
            store = MyDigits(folder)
            n = len(store)
        if store.warning:
            one_line(store.warning, "my-digits.damaged-")
            assert n == 0
        else:
            assert n == 3


def test_predict_inputs(tmp_path, capsys):
    rng = random.Random(f"{SEED}-predict")
    model = tmp_path / "m.bps"
    modelfile.save(model, Network.create([2, 3, 1]))
    buf = io.BytesIO()
    np.save(buf, np.zeros((4, 2)))
    npy = buf.getvalue()
    csv = b"0.5,1.0\n-1,2\n3,4e-3\n"
    for i in range(50):
        path = tmp_path / ("x.npy" if i % 2 else "x.csv")
        path.write_bytes(damage(npy if i % 2 else csv, rng))
        with time_limit(20):
            code = cli.main(["predict", "--model", str(model), str(path)])
        err = capsys.readouterr().err
        assert code in (0, 2), err
        if code == 2:
            [line] = err.strip().splitlines()
            one_line(line, path.name)


def png_bytes(pixels: np.ndarray) -> bytes:
    h, w = pixels.shape
    rows = b"".join(bytes([i % 5]) + pixels[i].tobytes() for i in range(h))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_images(tmp_path):
    rng = random.Random(f"{SEED}-images")
    pixels = (np.arange(28 * 28) % 256).astype(np.uint8).reshape(28, 28)
    png = png_bytes(pixels)
    pgm = b"P5 28 28 255\n" + pixels.tobytes()
    for i in range(60):
        path = tmp_path / ("digit.png" if i % 2 else "digit.pgm")
        path.write_bytes(damage(png if i % 2 else pgm, rng))
        try:
            with time_limit(20):
                imagefile.read_grey(str(path))
        except imagefile.ImageError as e:
            one_line(str(e), path.name)


def test_the_fuzz_starts_from_files_that_read(tmp_path):
    """The damaged files above start from good ones (else the fuzz would prove nothing)."""
    base = base_members(tmp_path)
    with zipfile.ZipFile(tmp_path / "base.bps", "w") as zf:
        for name, data in base.items():
            zf.writestr(name, data)
    assert modelfile.load(tmp_path / "base.bps").network.sizes == [2, 6, 5, 1]
    assert os.path.getsize(tmp_path / "base.bps") < 100_000
