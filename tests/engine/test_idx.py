"""IDX files: round trips, and each kind of broken file gets a message naming it and the fault."""

from __future__ import annotations

import contextlib
import gzip
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from engine.data import idx


@pytest.mark.parametrize(
    "array",
    [
        np.arange(2 * 28 * 28, dtype=np.uint8).reshape(2, 28, 28),
        np.array([3, 1, 4, 1, 5], np.uint8),
        np.array([-128, 0, 127], np.int8),
        np.array([[-300, 2], [7, 30000]], np.int16),
        np.array([2**31 - 1, -(2**31)], np.int32),
        np.linspace(-1, 1, 12, dtype=np.float32).reshape(3, 4),
        np.array([np.pi, -1e300], np.float64),
        np.zeros((0, 28, 28), np.uint8),
    ],
    ids=lambda a: f"{a.dtype}{a.shape}",
)
@pytest.mark.parametrize("name", ["data-idx", "data-idx.gz"])
def test_round_trip(tmp_path, array, name):
    path = idx.write(tmp_path / name, array)
    assert (path.read_bytes()[:2] == idx.GZIP_MAGIC) == name.endswith(".gz")
    back = idx.read(path)
    assert back.dtype == array.dtype.newbyteorder("=")
    assert back.shape == array.shape
    np.testing.assert_array_equal(back, array)
    assert back.flags.writeable


def test_header_layout_is_the_standard_one():
    data = idx.encode(np.zeros((60000, 28, 28), np.uint8)[:3])
    assert data[:16] == bytes.fromhex("00000803 00000003 0000001c 0000001c")
    assert len(data) == 16 + 3 * 784
    assert idx.encode(np.array([1.5], np.float32))[:8] == bytes.fromhex("00000d01 00000001")


def test_gzip_is_recognised_by_content_not_name(tmp_path):
    labels = np.array([7, 2, 1], np.uint8)
    (tmp_path / "plain-named.idx").write_bytes(gzip.compress(idx.encode(labels)))
    (tmp_path / "unpacked-but-named.gz").write_bytes(idx.encode(labels))
    np.testing.assert_array_equal(idx.read(tmp_path / "plain-named.idx"), labels)
    np.testing.assert_array_equal(idx.read(tmp_path / "unpacked-but-named.gz"), labels)


def test_unstorable_arrays_are_refused():
    with pytest.raises(ValueError, match="cannot store complex128"):
        idx.encode(np.zeros(3, complex))
    with pytest.raises(ValueError, match="1 to 255 dimensions"):
        idx.encode(np.array(5, np.uint8))


GOOD = idx.encode(np.arange(12, dtype=np.uint8).reshape(3, 4))


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty-idx", b"", "empty-idx: the file is empty"),
        ("short-idx", b"\x00\x00", "short-idx: truncated: 2 bytes, shorter than the 4-byte"),
        ("magic-idx", b"\x12\x34\x08\x01" + bytes(8), "magic-idx: wrong magic number 12 34 08 01"),
        ("type-idx", b"\x00\x00\x07\x01\x00\x00\x00\x01\x05", "type-idx: wrong magic number"),
        ("zero-dims-idx", b"\x00\x00\x08\x00", "zero-dims-idx: wrong magic number"),
        ("page.gz", b"<!DOCTYPE html><html>", "page.gz: is named .gz but is not gzip data"),
        ("page-idx", b"<html>404</html>", "looks like a web page"),
        ("header-idx", GOOD[:9], "header-idx: truncated: the header of 2 dimensions needs 12"),
        (
            "cut-idx",
            GOOD[:-1],
            "cut-idx: truncated: dimensions 3 x 4 need 24 bytes, the file has 23",
        ),
        ("long-idx", GOOD + b"\x00\x01", "long-idx: 2 unexpected bytes after the data"),
        ("cut.gz", gzip.compress(GOOD)[:-12], "cut.gz: the gzip data is truncated"),
        ("bad.gz", gzip.compress(GOOD)[:10] + b"\xff" * 30, "bad.gz: the gzip data is corrupt"),
        ("emptygz.gz", gzip.compress(b""), "emptygz.gz: the gzip data unpacks to nothing"),
        ("innercut.gz", gzip.compress(GOOD[:-3]), "innercut.gz: truncated: dimensions 3 x 4"),
        (
            "damaged.gz",  # a cut deflate stream that unpacks to 00 00 08 08 08 08 ...
            bytes.fromhex("1f8b0800a375046b02ff6360e0180000"),
            "damaged.gz: dimensions 134744072 x 134744072",
        ),
        (
            "bomb.gz",
            gzip.compress(GOOD + bytes(3 << 20)),
            "bomb.gz: more than 1,048,576 unexpected bytes after the data",
        ),
        (
            "huge-idx",
            bytes.fromhex("00000803 ffffffff ffffffff ffffffff") + bytes(10),
            "huge-idx: dimensions 4294967295 x 4294967295 x 4294967295 would need",
        ),
    ],
)
def test_malformed_files_say_what_is_wrong(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(idx.IdxError) as caught:
        idx.read(tmp_path / name)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(idx.IdxError, match="nothing-here: no such file"):
        idx.read(tmp_path / "nothing-here")
    with pytest.raises(idx.IdxError, match="is a folder"):
        idx.read(tmp_path)


def test_images_and_labels_must_belong_together(tmp_path):
    idx.write(tmp_path / "images", np.zeros((5, 28, 28), np.uint8))
    idx.write(tmp_path / "labels", np.arange(4, dtype=np.uint8))
    with pytest.raises(idx.IdxError, match="images holds 5 images but labels holds 4 labels"):
        idx.read_pair(tmp_path / "images", tmp_path / "labels")


def test_labels_outside_0_to_9_are_named(tmp_path):
    idx.write(tmp_path / "labels", np.array([1, 2, 10, 3], np.uint8))
    with pytest.raises(idx.IdxError, match=r"labels: label 10 at position 2 is outside 0\.\.9"):
        idx.read_labels(tmp_path / "labels")


def test_images_and_labels_swapped_are_caught(tmp_path):
    idx.write(tmp_path / "images", np.zeros((5, 28, 28), np.uint8))
    idx.write(tmp_path / "labels", np.arange(5, dtype=np.uint8))
    with pytest.raises(idx.IdxError, match=r"labels: expected images \(uint8, 3 dimensions\)"):
        idx.read_pair(tmp_path / "labels", tmp_path / "images")
    with pytest.raises(idx.IdxError, match=r"images: expected labels \(uint8, 1 dimension\)"):
        idx.read_labels(tmp_path / "images")


def test_write_is_atomic_when_it_fails(tmp_path, monkeypatch):
    target = tmp_path / "labels-idx1-ubyte"
    idx.write(target, np.array([1, 2, 3], np.uint8))
    before = target.read_bytes()

    def fail(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("engine.files.atomic.os.fsync", fail)
    with pytest.raises(OSError, match="No space left"):
        idx.write(target, np.arange(1000, dtype=np.uint8) % 10)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_multi_member_gzip_reads_as_one(tmp_path):
    data = idx.encode(np.arange(100, dtype=np.uint8))
    (tmp_path / "two-members.gz").write_bytes(gzip.compress(data[:37]) + gzip.compress(data[37:]))
    np.testing.assert_array_equal(idx.read(tmp_path / "two-members.gz"), np.arange(100))


# ---- properties ------------------------------------------------------------------------


IDX_DTYPES = st.sampled_from([np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64])


@settings(max_examples=60, deadline=None)
@given(
    array=IDX_DTYPES.flatmap(
        lambda dt: hnp.arrays(dt, hnp.array_shapes(min_dims=1, max_dims=4, max_side=6))
    ),
    packed=st.booleans(),
)
def test_any_array_round_trips(array, packed):
    data = idx.encode(array)
    if packed:
        data = gzip.compress(data)
    back = idx.parse(data, "x")
    assert back.shape == array.shape
    np.testing.assert_array_equal(back, array)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64), st.booleans())
def test_any_bytes_give_an_array_or_an_idx_error(data, packed):
    """Never another exception, whatever the file holds."""
    if packed:
        data = gzip.compress(data)
    try:
        idx.parse(data, "fuzz.gz")
    except idx.IdxError as e:
        assert str(e).startswith("fuzz.gz: ") and "\n" not in str(e)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 200), st.binary(min_size=1, max_size=8))
def test_damaged_gzip_gives_an_idx_error(cut, junk):
    good = gzip.compress(idx.encode(np.arange(50, dtype=np.uint8)))
    damaged = good[: cut % len(good)] + junk
    with contextlib.suppress(idx.IdxError):  # anything else fails the test
        idx.parse(damaged, "d.gz")


@settings(max_examples=100, deadline=None)
@given(
    st.binary(max_size=3000),
    st.lists(st.integers(0, 3000), max_size=3),
    st.integers(1, 700),
    st.sampled_from([b"", b"\x00" * 5]),
)
def test_gunzip_stream_agrees_with_gzip(content, cuts, piece, padding):
    """Members split anywhere, read in pieces of any size: the same bytes as gzip gives."""
    bounds = sorted({0, len(content), *(min(c, len(content)) for c in cuts)})
    packed = b"".join(gzip.compress(content[a:b]) for a, b in zip(bounds, bounds[1:], strict=False))
    packed = (packed or gzip.compress(b"")) + padding
    stream = idx._GunzipStream(packed)
    out = b""
    while chunk := stream.read(piece):
        out += chunk
    assert out == gzip.decompress(packed) == content


def honest_gzip_header(n: int) -> bytes:
    """A small .gz IDX file whose header honestly declares n images of 28 x 28 (and holds
    only a few of them: the rest never arrives)."""
    import gzip

    head = bytes([0, 0, 8, 3]) + b"".join(d.to_bytes(4, "big") for d in (n, 28, 28))
    return gzip.compress(head + bytes(784 * 100))


def test_a_header_declaring_two_million_images_is_refused_by_the_budget(tmp_path):
    """Two .gz files of 1.5 MB declaring 2,000,000 images asked for ~9 GB and ended in
    "unexpected MemoryError"; now refused from the header, naming size and budget."""
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(honest_gzip_header(2_000_000))
    with pytest.raises(idx.IdxError) as info:
        idx.read(path)
    msg = str(info.value)
    assert msg.startswith("train-images-idx3-ubyte.gz: unpacking 2000000 x 28 x 28 uint8 values")
    assert "memory budget of 1,024 MB" in msg and "BPS_MEMORY_BUDGET_MB" in msg
    assert idx.read_shape(path) == (np.dtype(np.uint8), (2_000_000, 28, 28))


def test_the_budget_can_be_raised_deliberately(tmp_path, monkeypatch):
    path = tmp_path / "images.idx3"
    idx.write(path, np.zeros((100, 28, 28), np.uint8))
    monkeypatch.setenv("BPS_MEMORY_BUDGET_MB", "16")
    idx.write(tmp_path / "big.idx3", np.zeros((12_000, 28, 28), np.uint8))  # 9.4 MB, x2 > 16 MB
    with pytest.raises(idx.IdxError, match="memory budget of 16 MB"):
        idx.read(tmp_path / "big.idx3")
    assert idx.read(path).shape == (100, 28, 28)
    monkeypatch.setenv("BPS_MEMORY_BUDGET_MB", "32")
    assert idx.read(tmp_path / "big.idx3").shape == (12_000, 28, 28)


def test_out_of_memory_while_parsing_is_an_idx_error(monkeypatch):
    def no_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(idx.np, "frombuffer", no_memory)
    with pytest.raises(idx.IdxError, match="x: cannot be read \\(not enough memory"):
        idx.parse(idx.encode(np.zeros(3, np.uint8)), "x")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(idx.IdxError, match="pipe: is a named pipe"):
        idx.read(tmp_path / "pipe")
