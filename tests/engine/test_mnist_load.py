"""Finding and loading MNIST (tiny fake files), the BPS_MNIST_DIR override, and importing."""

from __future__ import annotations

import gzip
import os

import numpy as np
import pytest
from fake_mnist import digits, idx_bytes, pretend_official, write_set

from engine.data import idx, mnist
from engine.data.catalog import load_dataset
from engine.files import paths


@pytest.fixture(autouse=True)
def fresh(monkeypatch, tmp_path):
    """Each test gets its own data folder and no MNIST override."""
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BPS_MNIST_DIR", raising=False)
    mnist.clear_cache()
    yield
    mnist.clear_cache()


def test_load_splits_and_scales(tmp_path):
    raw = write_set(tmp_path / "m", n_train=60, n_test=12)
    d = mnist.load(tmp_path / "m")
    images = idx.parse(raw["train_images"])
    labels = idx.parse(raw["train_labels"])
    assert d.name == "mnist" and d.n_classes == 10 and d.image_shape == (28, 28)
    assert d.x_train.shape == (50, 784) and d.x_val.shape == (10, 784)
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.int64
    assert d.x_train.min() >= 0 and d.x_train.max() <= 1
    np.testing.assert_allclose(d.x_train[3] * 255, images[3].ravel(), atol=1e-4)
    np.testing.assert_array_equal(d.y_val, labels[50:])  # the last sixth validates
    assert d.params["source"] == str(tmp_path / "m")
    assert d.class_names == [str(i) for i in range(10)]
    X, y = mnist.load_split("test", tmp_path / "m")
    assert X.shape == (12, 784)
    np.testing.assert_array_equal(y, idx.parse(raw["test_labels"]))
    Xv, yv = mnist.load_split("val", tmp_path / "m")
    np.testing.assert_array_equal(Xv, d.x_val)
    Xt, _ = mnist.load_split("train", tmp_path / "m")
    assert Xt.shape == (50, 784)


def test_60000_images_split_50000_10000():
    assert mnist._n_val(60_000) == 10_000


def test_loaded_arrays_are_cached_read_only_and_refreshed_on_change(tmp_path):
    write_set(tmp_path / "m")
    first = mnist.load(tmp_path / "m")
    second = mnist.load(tmp_path / "m")
    assert second.x_train.base is first.x_train.base  # no second parse
    with pytest.raises(ValueError, match="read-only"):
        first.x_train[0, 0] = 0.5
    images, labels = digits(30, seed=9)
    idx.write(tmp_path / "m" / "train-images-idx3-ubyte.gz", images)
    idx.write(tmp_path / "m" / "train-labels-idx1-ubyte.gz", labels)
    third = mnist.load(tmp_path / "m")
    assert len(third.x_train) + len(third.x_val) == 30


def test_usual_names_plain_or_dotted(tmp_path):
    write_set(tmp_path / "dotted", gz=False, dotted=True)
    assert mnist.load(tmp_path / "dotted").x_train.shape == (50, 784)
    folder = tmp_path / "upper"
    write_set(folder)
    for p in folder.iterdir():
        p.rename(p.with_name(p.name.upper()))
    assert mnist.is_available(folder)


def test_env_override_comes_before_the_cache(tmp_path, monkeypatch):
    write_set(paths.mnist_dir(), n_train=60)
    write_set(tmp_path / "dev", n_train=30)
    assert mnist.locate() == paths.mnist_dir()
    monkeypatch.setenv("BPS_MNIST_DIR", str(tmp_path / "dev"))
    assert mnist.locate() == tmp_path / "dev"
    d = load_dataset("mnist")
    assert len(d.x_train) + len(d.x_val) == 30
    assert mnist.locate(paths.mnist_dir()) == paths.mnist_dir()  # an explicit folder wins


def test_env_override_missing_falls_back_to_cache(tmp_path, monkeypatch):
    write_set(paths.mnist_dir())
    monkeypatch.setenv("BPS_MNIST_DIR", str(tmp_path / "nowhere"))
    assert mnist.locate() == paths.mnist_dir()


def test_missing_says_where_it_looked_and_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("BPS_MNIST_DIR", str(tmp_path / "dev"))
    (tmp_path / "dev").mkdir()
    with pytest.raises(mnist.MnistMissing) as caught:
        mnist.load()
    message = str(caught.value)
    assert isinstance(caught.value, FileNotFoundError)
    assert str(tmp_path / "dev") in message and "BPS_MNIST_DIR" in message
    assert str(paths.mnist_dir()) in message and "does not exist" in message
    assert "Download" in message and "Import" in message
    assert not mnist.is_available()


def test_a_file_given_as_the_folder(tmp_path):
    (tmp_path / "mnist.npz").write_bytes(b"x")
    with pytest.raises(mnist.MnistMissing, match=r"mnist.npz \(the folder given: is a file"):
        mnist.load(tmp_path / "mnist.npz")


def test_test_set_missing_is_its_own_message(tmp_path):
    folder = tmp_path / "m"
    write_set(folder)
    for p in folder.glob("t10k*"):
        p.unlink()
    assert mnist.is_available(folder) and not mnist.is_available(folder, part="test")
    with pytest.raises(mnist.MnistMissing, match="test set"):
        mnist.load_split("test", folder)
    with pytest.raises(ValueError, match="unknown MNIST split 'dev'"):
        mnist.load_split("dev", folder)


def test_broken_files_in_the_cache_give_idx_errors(tmp_path):
    folder = tmp_path / "m"
    write_set(folder)
    data = (folder / "train-labels-idx1-ubyte.gz").read_bytes()
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(data[: len(data) // 2])
    with pytest.raises(
        idx.IdxError, match="train-labels-idx1-ubyte.gz: the gzip data is truncated"
    ):
        mnist.load(folder)


def test_images_of_another_size_are_refused(tmp_path):
    folder = tmp_path / "m"
    idx.write(folder / "train-images-idx3-ubyte", np.zeros((4, 32, 32), np.uint8))
    idx.write(folder / "train-labels-idx1-ubyte", np.zeros(4, np.uint8))
    with pytest.raises(idx.IdxError, match="28 x 28, these are 32 x 32"):
        mnist.load(folder)


# ---- import ----------------------------------------------------------------------------


def test_import_idx_folder_into_the_cache(tmp_path):
    raw = write_set(tmp_path / "downloads", gz=False, dotted=True)
    dest = mnist.import_folder(tmp_path / "downloads")
    assert dest == paths.mnist_dir()
    for key, data in raw.items():
        name = {
            "train_images": "train-images-idx3-ubyte",
            "train_labels": "train-labels-idx1-ubyte",
            "test_images": "t10k-images-idx3-ubyte",
            "test_labels": "t10k-labels-idx1-ubyte",
        }[key]
        assert gzip.decompress((dest / (name + ".gz")).read_bytes()) == data
    assert mnist.locate() == dest and mnist.is_available(part="test")


def test_import_keras_npz(tmp_path):
    x_train, y_train = digits(24, seed=1)
    x_test, y_test = digits(6, seed=2)
    np.savez(
        tmp_path / "mnist.npz",
        x_train=x_train,
        y_train=y_train.astype(np.int64),
        x_test=x_test,
        y_test=y_test,
    )
    mnist.import_folder(tmp_path)
    d = mnist.load()
    np.testing.assert_array_equal(d.y_train, y_train[:20])
    np.testing.assert_allclose(d.x_val * 255, x_train[20:].reshape(4, 784), atol=1e-4)
    X, y = mnist.load_split("test")
    np.testing.assert_array_equal(y, y_test)
    # the .npz file itself may be picked too
    mnist.clear_cache()
    assert mnist.import_folder(tmp_path / "mnist.npz") == paths.mnist_dir()


def test_import_npz_errors(tmp_path):
    np.savez(tmp_path / "a.npz", images=np.zeros((2, 28, 28), np.uint8))
    with pytest.raises(
        mnist.MnistImportError, match="a.npz: holds images; a Keras-style mnist.npz"
    ):
        mnist.import_folder(tmp_path)
    np.savez(tmp_path / "a.npz", x_train=np.zeros((3, 28, 28)) + 0.5, y_train=np.zeros(3))
    with pytest.raises(mnist.MnistImportError, match="pixel values must be whole numbers"):
        mnist.import_folder(tmp_path)
    np.savez(
        tmp_path / "a.npz", x_train=np.zeros((3, 28, 28), np.uint8), y_train=np.array([1, 2, 12])
    )
    with pytest.raises(mnist.MnistImportError, match=r"labels run from 1 to 12, expected 0\.\.9"):
        mnist.import_folder(tmp_path)
    np.savez(tmp_path / "a.npz", x_train=np.zeros((3, 20, 20), np.uint8), y_train=np.zeros(3, int))
    with pytest.raises(mnist.MnistImportError, match=r"images have shape \(3, 20, 20\)"):
        mnist.import_folder(tmp_path)
    np.savez(tmp_path / "a.npz", x_train=np.zeros((3, 784), np.uint8), y_train=np.zeros(2, int))
    with pytest.raises(mnist.MnistImportError, match="3 images but 2 labels"):
        mnist.import_folder(tmp_path)
    np.savez(tmp_path / "a.npz", x_train=np.array([None] * 3), y_train=np.zeros(3, int))
    with pytest.raises(mnist.MnistImportError, match="Python objects, which are never loaded"):
        mnist.import_folder(tmp_path)
    (tmp_path / "a.npz").write_bytes(b"this is not a zip file")
    with pytest.raises(mnist.MnistImportError, match="a.npz: not a .npz archive"):
        mnist.import_folder(tmp_path)
    assert not paths.mnist_dir().exists()  # nothing written by any failed import


def csv_text(images, labels, header=True, label_last=False):
    rows = []
    if header:
        pixels = [f"pixel{i}" for i in range(784)]
        rows.append(",".join([*pixels, "label"] if label_last else ["label", *pixels]))
    for image, label in zip(images.reshape(len(images), -1), labels, strict=True):
        values = [str(v) for v in image]
        rows.append(",".join([*values, str(label)] if label_last else [str(label), *values]))
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("header, label_last", [(False, False), (True, False), (True, True)])
def test_import_csv(tmp_path, header, label_last):
    x_train, y_train = digits(12, seed=3)
    x_test, y_test = digits(4, seed=4)
    src = tmp_path / "csv"
    src.mkdir()
    (src / "mnist_train.csv").write_text(csv_text(x_train, y_train, header, label_last))
    (src / "mnist_test.csv").write_text(csv_text(x_test, y_test, header, label_last))
    mnist.import_folder(src)
    d = mnist.load()
    np.testing.assert_array_equal(np.concatenate([d.y_train, d.y_val]), y_train)
    np.testing.assert_allclose(d.x_train[0] * 255, x_train[0].ravel(), atol=1e-4)
    X, y = mnist.load_split("test")
    np.testing.assert_array_equal(y, y_test)
    np.testing.assert_allclose(X * 255, x_test.reshape(4, -1), atol=1e-4)


def test_import_csv_errors(tmp_path):
    x, y = digits(3)
    src = tmp_path / "mnist_train.csv"
    src.write_text(csv_text(x, y)[: -(784 * 2)] + "\n")
    with pytest.raises(
        mnist.MnistImportError, match="mnist_train.csv: not a table of whole numbers"
    ):
        mnist.import_folder(src)
    src.write_text("\n".join(",".join(["0"] * 784) for _ in range(3)))
    with pytest.raises(mnist.MnistImportError, match="784 columns.*no label column"):
        mnist.import_folder(src)
    src.write_text(csv_text(x, np.array([1, 2, 300])))
    with pytest.raises(mnist.MnistImportError, match=r"labels run from 1 to 300"):
        mnist.import_folder(src)
    src.write_text("")
    with pytest.raises(mnist.MnistImportError, match="mnist_train.csv: the file is empty"):
        mnist.import_folder(src)
    assert not paths.mnist_dir().exists()


def test_import_refuses_what_is_not_mnist(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(mnist.MnistImportError, match="found no MNIST files; expected train-images"):
        mnist.import_folder(tmp_path)
    with pytest.raises(mnist.MnistImportError, match="pick the folder that holds the MNIST files"):
        mnist.import_folder(tmp_path / "notes.txt")
    with pytest.raises(mnist.MnistImportError, match="no such file or folder"):
        mnist.import_folder(tmp_path / "nowhere")
    raw = idx_bytes()
    (tmp_path / "train-images-idx3-ubyte").write_bytes(raw["train_images"])
    with pytest.raises(mnist.MnistImportError, match="not train-labels-idx1-ubyte beside it"):
        mnist.import_folder(tmp_path)
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(raw["train_labels"][:-1])
    with pytest.raises(mnist.MnistImportError, match="train-labels-idx1-ubyte: truncated"):
        mnist.import_folder(tmp_path)
    assert not paths.mnist_dir().exists()


def test_import_of_the_cache_itself_is_a_no_op(tmp_path):
    write_set(paths.mnist_dir())
    before = {p.name: p.stat().st_mtime_ns for p in paths.mnist_dir().iterdir()}
    assert mnist.import_folder(paths.mnist_dir()) == paths.mnist_dir()
    assert {p.name: p.stat().st_mtime_ns for p in paths.mnist_dir().iterdir()} == before


def test_load_dataset_mnist_names_unknown_parameters(tmp_path):
    write_set(tmp_path / "m")
    assert load_dataset("mnist", data_dir=tmp_path / "m").x_train.shape == (50, 784)
    with pytest.raises(ValueError, match="mnist takes only data_dir, not split"):
        load_dataset("mnist", split="test")


def test_memory_keeps_one_version_of_each_part(tmp_path):
    write_set(tmp_path / "a")
    write_set(tmp_path / "b")
    mnist.load(tmp_path / "a")
    mnist.load_split("test", tmp_path / "a")
    assert len(mnist._cache) == 2
    mnist.load(tmp_path / "b")  # another folder: a's arrays are let go
    assert len(mnist._cache) == 1
    images, labels = digits(30, seed=5)
    idx.write(tmp_path / "b" / "train-images-idx3-ubyte.gz", images)
    idx.write(tmp_path / "b" / "train-labels-idx1-ubyte.gz", labels)
    mnist.load(tmp_path / "b")  # changed files replace the old version
    assert len(mnist._cache) == 1


def test_params_say_whether_the_files_are_the_official_ones(tmp_path, monkeypatch):
    raw = write_set(tmp_path / "m")
    assert mnist.load(tmp_path / "m").params["official"] is False
    mnist.clear_cache()
    pretend_official(monkeypatch, raw)
    assert mnist.load(tmp_path / "m").params["official"] is True


def test_an_import_of_0_images_is_refused_and_keeps_the_cache(tmp_path):
    """Issue 16: a 0-image import replaced a good cache; every later use then failed with
    "cannot reshape array of size 0"."""
    good = tmp_path / "good"
    write_set(good, n_train=12, n_test=6)
    mnist.import_folder(good)
    cache = {p.name: p.read_bytes() for p in paths.mnist_dir().iterdir()}
    empty = tmp_path / "empty"
    idx.write(empty / "train-images-idx3-ubyte.gz", np.zeros((0, 28, 28), np.uint8))
    idx.write(empty / "train-labels-idx1-ubyte.gz", np.zeros(0, np.uint8))
    with pytest.raises(mnist.MnistImportError, match="holds no images"):
        mnist.import_folder(empty)
    assert {p.name: p.read_bytes() for p in paths.mnist_dir().iterdir()} == cache
    assert len(mnist.load().y_train) == 10  # 12 images: 2 validate


def honest_header_gz(n: int, dims: tuple[int, ...]) -> bytes:
    import gzip

    head = bytes([0, 0, 8, len(dims) + 1]) + b"".join(d.to_bytes(4, "big") for d in (n, *dims))
    return gzip.compress(head + bytes(1000))


def test_two_million_images_declared_are_refused_by_the_budget(tmp_path):
    """1.5 MB of .gz declaring 2,000,000 images asked for ~9 GB: "unexpected MemoryError"."""
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "train-images-idx3-ubyte.gz").write_bytes(honest_header_gz(2_000_000, (28, 28)))
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(honest_header_gz(2_000_000, ()))
    with pytest.raises(mnist.MnistImportError, match="memory budget of 1,024 MB"):
        mnist.import_folder(folder)
    with pytest.raises(idx.IdxError, match="loading its images needs 8,972 MB"):
        mnist.load(folder)
    assert not paths.mnist_dir().exists()


def test_a_crafted_npz_declaring_huge_arrays_is_refused(tmp_path):
    """mnist.npz files with lying headers gave MemoryError and AttributeError."""
    import zipfile

    header = b"{'descr': '|u1', 'fortran_order': False, 'shape': (3000000, 28, 28), }"
    body = header.ljust(118) + b"\n"
    member = b"\x93NUMPY\x01\x00" + len(body).to_bytes(2, "little") + body
    with zipfile.ZipFile(tmp_path / "mnist.npz", "w") as zf:
        zf.writestr("x_train.npy", member)
        zf.writestr("y_train.npy", member)
    with pytest.raises(mnist.MnistImportError, match="mnist.npz: x_train"):
        mnist.import_folder(tmp_path / "mnist.npz")
    with zipfile.ZipFile(tmp_path / "mnist.npz", "w") as zf:
        zf.writestr("x_train.npy", b"\x93NUMPY\x01\x00\x10\x00{'descr': (    \n")
        zf.writestr("y_train.npy", b"\x93NUMPY")
    with pytest.raises(mnist.MnistImportError, match="not a valid .npy array"):
        mnist.import_folder(tmp_path / "mnist.npz")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_to_import_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "mnist.csv")
    with pytest.raises(mnist.MnistImportError, match="mnist.csv: is a named pipe"):
        mnist.import_folder(tmp_path / "mnist.csv")
