"""The "My digits" store: add, list, delete, export, and surviving a crash mid-write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from engine.data import idx, mnist
from engine.data.mydigits import MyDigits, MyDigitsError
from engine.files import paths

ROOT = Path(__file__).resolve().parents[2]


def stroke(seed: int) -> np.ndarray:
    """A (28, 28) float image in [0, 1] with one bright bar, different per seed."""
    image = np.zeros((28, 28))
    row = 4 + seed % 20
    image[row : row + 3, 6:22] = np.linspace(0.2, 1.0, 16)
    return image


def test_add_list_delete_and_persist(tmp_path):
    store = MyDigits(tmp_path)
    assert len(store) == 0 and store.images().shape == (0, 28, 28) and store.warning is None
    assert store.add(stroke(0), 3) == 0
    assert store.add((stroke(1) * 255).astype(np.uint8), 7) == 1
    assert store.add(stroke(2).ravel(), 0) == 2
    assert len(store) == 3
    np.testing.assert_array_equal(store.labels(), [3, 7, 0])
    assert store.labels().dtype == np.int64 and store.images().dtype == np.uint8
    assert store.images()[0].max() == 255 and store.images()[0, 4, 6] == 51  # 0.2 * 255

    store.delete(1)
    again = MyDigits(tmp_path)  # what a restarted app sees
    np.testing.assert_array_equal(again.labels(), [3, 0])
    np.testing.assert_array_equal(again.images(), store.images())
    X, y = again.as_arrays()
    assert X.shape == (2, 784) and X.dtype == np.float32 and y.dtype == np.int64
    np.testing.assert_allclose(X[1].reshape(28, 28), np.rint(stroke(2) * 255) / 255, atol=1e-6)
    again.delete(-1)
    assert len(MyDigits(tmp_path)) == 1


def test_default_folder_is_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path))
    store = MyDigits()
    store.add(stroke(0), 1)
    assert (
        store.path
        == tmp_path / "my-digits" / "my-digits.npz"
        == paths.mydigits_dir() / "my-digits.npz"
    )
    assert store.path.exists()


def test_two_stores_on_one_file_never_overwrite_each_other(tmp_path):
    """E.g. the canvas and a My digits browser, or two copies of the app."""
    canvas, browser = MyDigits(tmp_path), MyDigits(tmp_path)
    canvas.add(stroke(0), 1)
    browser.add(stroke(1), 2)  # sees the canvas's digit first
    canvas.add(stroke(2), 3)
    np.testing.assert_array_equal(browser.labels(), [1, 2, 3])
    browser.delete(0)
    assert len(canvas) == 2
    np.testing.assert_array_equal(canvas.as_arrays()[1], [2, 3])
    canvas.path.unlink()  # removed outside the app
    assert len(browser) == 0 and browser.images().shape == (0, 28, 28)


def test_returned_arrays_are_copies(tmp_path):
    store = MyDigits(tmp_path)
    store.add(stroke(0), 1)
    store.images()[0] = 0
    store.labels()[0] = 9
    assert store.images()[0].max() == 255 and store.labels()[0] == 1


@pytest.mark.parametrize(
    "image, label, message",
    [
        (np.zeros((20, 20)), 1, r"28 x 28 image, not an array of shape \(20, 20\)"),
        (np.full((28, 28), 1.5), 1, r"float pixels must lie in \[0, 1\]"),
        (np.full((28, 28), np.nan), 1, r"float pixels must lie in \[0, 1\]"),
        (np.full((28, 28), 300), 1, r"integer pixels must lie in 0\.\.255"),
        (np.full((28, 28), "a"), 1, "must be numbers"),
        (np.zeros((28, 28)), 10, "label must be a whole number 0..9, not 10"),
        (np.zeros((28, 28)), -1, "not -1"),
        (np.zeros((28, 28)), 2.0, "not 2.0"),
        (np.zeros((28, 28)), True, "not True"),
    ],
)
def test_bad_digits_are_refused_and_nothing_changes(tmp_path, image, label, message):
    store = MyDigits(tmp_path)
    store.add(stroke(0), 4)
    before = store.path.read_bytes()
    with pytest.raises(MyDigitsError, match=message):
        store.add(image, label)
    assert len(store) == 1 and store.path.read_bytes() == before


def test_delete_out_of_range(tmp_path):
    store = MyDigits(tmp_path)
    store.add(stroke(0), 4)
    with pytest.raises(MyDigitsError, match="no digit number 1: the store holds 1"):
        store.delete(1)


def test_export_npz_and_idx_and_import_them_back(tmp_path, monkeypatch):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path / "data"))
    store = MyDigits(tmp_path / "store")
    with pytest.raises(MyDigitsError, match="no digits to export"):
        store.export(tmp_path / "out.npz")
    for i in range(6):
        store.add(stroke(i), i % 10)
    [npz] = store.export(tmp_path / "out.npz")
    with np.load(npz, allow_pickle=False) as f:
        np.testing.assert_array_equal(f["x_train"], store.images())
        np.testing.assert_array_equal(f["y_train"], store.labels())
    images_path, labels_path = store.export(tmp_path / "idx")
    images, labels = idx.read_pair(images_path, labels_path)
    np.testing.assert_array_equal(images, store.images())
    np.testing.assert_array_equal(labels, store.labels())
    # the exported .npz is a valid Keras-style MNIST file for Import
    mnist.clear_cache()
    mnist.import_folder(npz)
    d = mnist.load()
    np.testing.assert_array_equal(np.concatenate([d.y_train, d.y_val]), store.labels())
    mnist.clear_cache()
    (tmp_path / "file").write_text("x")
    with pytest.raises(MyDigitsError, match="export to a .npz file or to a folder"):
        store.export(tmp_path / "file")
    with pytest.raises(MyDigitsError, match="could not export to"):
        store.export(tmp_path / "file" / "inside.npz")  # a folder that is a file


def test_a_write_that_fails_halfway_leaves_the_old_store(tmp_path, monkeypatch):
    store = MyDigits(tmp_path)
    store.add(stroke(0), 1)
    store.add(stroke(1), 2)
    before = store.path.read_bytes()

    def half_then_crash(f, **arrays):
        f.write(b"PK\x03\x04" + b"\x00" * 100)  # the start of a zip, then the "power cut"
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("engine.data.mydigits.np.savez_compressed", half_then_crash)
    with pytest.raises(MyDigitsError, match=r"could not save My digits in .* \(Input/output"):
        store.add(stroke(2), 3)
    with pytest.raises(MyDigitsError, match="nothing was changed"):
        store.delete(0)
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my-digits.lock", "my-digits.npz"]
    assert len(store) == 2  # the in-memory store did not run ahead of the file
    np.testing.assert_array_equal(MyDigits(tmp_path).labels(), [1, 2])


WRITER = """
import sys, numpy as np
from engine.data.mydigits import MyDigits
store = MyDigits(sys.argv[1])
i = len(store)
while True:
    image = np.random.default_rng(i).random((28, 28))
    store.add(image, i % 10)
    i += 1
    print(len(store), flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_killed_mid_write_the_store_still_loads(tmp_path):
    """A process adding digits in a loop is killed at arbitrary moments; what it had
    written must always load, whole, with no warning."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    confirmed = 0
    for round_ in range(4):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
            text=True,
        )
        target = confirmed + 3 + round_
        for line in writer.stdout:
            confirmed = int(line)
            if confirmed >= target:
                break
        time.sleep(0.003 * round_)  # land the kill at different points of a write
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
        writer.stdout.close()
        store = MyDigits(tmp_path)
        assert store.warning is None
        assert len(store) >= confirmed  # every confirmed digit survived
        confirmed = len(store)
        np.testing.assert_array_equal(store.labels(), np.arange(confirmed) % 10)
        expected = np.rint(np.random.default_rng(confirmed - 1).random((28, 28)) * 255)
        np.testing.assert_array_equal(store.images()[-1], expected)
    assert not list(tmp_path.glob("my-digits.damaged-*"))


def test_a_damaged_store_is_put_aside_and_reported(tmp_path):
    store = MyDigits(tmp_path)
    store.add(stroke(0), 5)
    data = store.path.read_bytes()
    store.path.write_bytes(data[: len(data) // 2])
    reopened = MyDigits(tmp_path)
    assert len(reopened) == 0
    assert reopened.warning is not None and "could not be read" in reopened.warning
    [aside] = tmp_path.glob("my-digits.damaged-*.npz")
    assert aside.name in reopened.warning
    assert aside.read_bytes() == data[: len(data) // 2]  # kept exactly as it was
    reopened.add(stroke(1), 6)
    assert len(MyDigits(tmp_path)) == 1 and MyDigits(tmp_path).warning is None


@pytest.mark.parametrize(
    "arrays, reason",
    [
        ({"images": np.zeros((2, 28, 28), np.uint8)}, "not a My digits file"),
        ({"images": np.zeros((2, 28, 28)), "labels": np.zeros(2, np.uint8)}, "not uint8"),
        (
            {"images": np.zeros((2, 28, 28), np.uint8), "labels": np.zeros(3, np.uint8)},
            "not 2 bytes",
        ),
        (
            {"images": np.zeros((1, 28, 28), np.uint8), "labels": np.array([11], np.uint8)},
            "label 11",
        ),
    ],
)
def test_wrong_content_is_reported(tmp_path, arrays, reason):
    np.savez(tmp_path / "my-digits.npz", **arrays)
    store = MyDigits(tmp_path)
    assert len(store) == 0 and reason in store.warning


def add_many(folder: str, first: int, count: int) -> None:
    """A second copy of the app: adds `count` digits labelled from `first` (run in a process)."""
    store = MyDigits(folder)
    for i in range(first, first + count):
        image = np.full((28, 28), i % 256, np.uint8)
        store.add(image, i % 10)


def test_two_processes_adding_200_each_keep_all_400(tmp_path):
    """Two windows adding at once lost drawings (201-234 of 400 kept): the lock file and
    the re-read under it keep them all."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=add_many, args=(str(tmp_path), k * 200, 200)) for k in (0, 1)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    store = MyDigits(tmp_path)
    assert len(store) == 400 and store.warning is None
    shades = sorted(int(image[0, 0]) for image in store.images())
    assert shades == sorted(i % 256 for i in range(400))


def test_two_damaged_stores_in_the_same_second_keep_both(tmp_path):
    """Put aside in the same second, the second damaged copy used to overwrite the first."""
    for garbage in (b"first damaged store", b"second damaged store"):
        (tmp_path / "my-digits.npz").write_bytes(garbage)
        store = MyDigits(tmp_path)
        assert store.warning is not None and len(store) == 0
    kept = sorted(p.read_bytes() for p in tmp_path.glob("my-digits.damaged-*.npz"))
    assert kept == [b"first damaged store", b"second damaged store"]


def npy_member(header: bytes, data: bytes = b"") -> bytes:
    """A .npy member whose header dictionary is `header`, padded as NumPy pads it."""
    body = header.ljust(118) + b"\n"
    return b"\x93NUMPY\x01\x00" + len(body).to_bytes(2, "little") + body + data


@pytest.mark.parametrize(
    "make, reason",
    [
        # Python objects inside: NumPy's message advised loading "unsafely using allow_pickle"
        (
            lambda p: np.savez(
                p, images=np.array([None], dtype=object), labels=np.zeros(1, np.uint8)
            ),
            "Python objects, which are never loaded",
        ),
        # a bare .npy (np.load returns an array, not an archive)
        (lambda p: p.write_bytes(npy_member(b"{}")), "not a .npz archive"),
        # a malformed header: NumPy's parser raised tokenize.TokenError
        (
            lambda p: zipfile_with(
                p, {"images.npy": npy_member(b"{'descr': '|u1', ("), "labels.npy": npy_member(b"{")}
            ),
            "not a valid .npy array",
        ),
        # a header declaring 10^9 images: refused by the budget before anything is allocated
        (
            lambda p: zipfile_with(
                p,
                {
                    "images.npy": npy_member(
                        b"{'descr': '|u1', 'fortran_order': False, 'shape': (1000000000, 28, 28), }"
                    ),
                    "labels.npy": npy_member(
                        b"{'descr': '|u1', 'fortran_order': False, 'shape': (1000000000,), }"
                    ),
                },
            ),
            "memory budget",
        ),
    ],
)
def test_hostile_stores_are_put_aside_with_a_reason(tmp_path, make, reason):
    """These made Teach silently do nothing (an exception escaped in the slot)."""
    make(tmp_path / "my-digits.npz")
    store = MyDigits(tmp_path)
    assert store.warning is not None and reason in store.warning, store.warning
    assert "allow_pickle" not in store.warning and len(store.warning) <= 300
    assert store.add(stroke(0), 1) == 0


def zipfile_with(path, items: dict[str, bytes]) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        for name, data in items.items():
            zf.writestr(name, data)
