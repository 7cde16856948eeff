"""The MNIST downloader against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import gzip
import io
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from fake_mnist import idx_bytes, pretend_official

from engine.data import idx, mnist
from engine.data.mnist import files as mnist_files
from engine.data.mnist.download import OFFLINE_MESSAGE

GZ_NAMES = sorted(name + ".gz" for name in mnist_files.NAMES.values())


class Mirror:
    """A local web server: `files` maps a URL path to its body; `behaviour` to how to serve it."""

    def __init__(self):
        self.files: dict[str, bytes] = {}
        self.behaviour: dict[str, str] = {}  # "drop-once", "drop-always", "no-length"
        self.requests: list[str] = []
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                mirror.requests.append(self.path)
                body = mirror.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                how = mirror.behaviour.get(self.path)
                self.send_response(200)
                if how != "no-length":  # HTTP/1.0 without a length: the body ends at close
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if how in ("drop-once", "drop-always"):
                    if how == "drop-once":
                        del mirror.behaviour[self.path]
                    self.wfile.write(body[: len(body) // 2])
                    self.close_connection = True
                    return
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def serve_mnist(self, folder: str, raw: dict[str, bytes]) -> str:
        for key, data in raw.items():
            self.files[f"/{folder}/{mnist_files.NAMES[key]}.gz"] = gzip.compress(data)
        return f"{self.url}/{folder}/"

    def close(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    mirror = Mirror()
    yield mirror
    mirror.close()


@pytest.fixture
def raw(monkeypatch):
    """Fake MNIST content the downloader is told to accept as official."""
    data = idx_bytes(n_train=120, n_test=30)
    pretend_official(monkeypatch, data)
    return data


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/mnist/"


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_good_mirror_gives_four_verified_files_with_progress(server, raw, tmp_path):
    url = server.serve_mnist("mnist", raw)
    calls = []
    dest = mnist.download(
        tmp_path / "cache", progress=lambda *a: calls.append(a), mirrors=[url], timeout=5
    )
    assert dest == tmp_path / "cache"
    assert files_in(dest) == GZ_NAMES  # nothing else: no temporary files
    for key, data in raw.items():
        assert gzip.decompress((dest / f"{mnist_files.NAMES[key]}.gz").read_bytes()) == data
    # progress: per file from 0 to the whole size, never going back
    for name in GZ_NAMES:
        mine = [(done, total) for done, total, n in calls if n == name]
        size = len(server.files[f"/mnist/{name}"])
        assert mine[0] == (0, size) and mine[-1] == (size, size)
        assert all(a[0] <= b[0] for a, b in zip(mine, mine[1:], strict=False))
    dataset = mnist.load(dest)
    assert dataset.x_train.shape == (100, 784) and dataset.x_val.shape == (20, 784)
    X, y = mnist.load_split("test", dest)
    assert X.shape == (30, 784) and y.dtype == np.int64


def test_default_destination_is_the_cache_in_the_data_folder(server, raw, tmp_path, monkeypatch):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path / "home"))
    dest = mnist.download(mirrors=[server.serve_mnist("m", raw)], timeout=5)
    assert dest == tmp_path / "home" / "mnist"
    assert mnist.is_available() and mnist.is_available(part="test")
    assert mnist.locate() == dest


def test_verified_files_are_not_fetched_again(server, raw, tmp_path):
    url = server.serve_mnist("mnist", raw)
    mnist.download(tmp_path, mirrors=[url], timeout=5)
    server.requests.clear()
    mnist.download(tmp_path, mirrors=[url], timeout=5)
    assert server.requests == []


def test_corrupt_file_is_rejected_and_the_next_mirror_used(server, raw, tmp_path):
    bad = server.serve_mnist("bad", raw)
    broken = bytearray(raw["train_images"])
    broken[-1] ^= 0xFF  # one pixel off: same size, wrong hash
    server.files["/bad/train-images-idx3-ubyte.gz"] = gzip.compress(bytes(broken))
    good = server.serve_mnist("good", raw)
    mnist.download(tmp_path, mirrors=[bad, good], timeout=5)
    assert "/good/train-images-idx3-ubyte.gz" in server.requests
    assert "/good/train-labels-idx1-ubyte.gz" not in server.requests  # bad mirror served it fine
    assert (
        gzip.decompress((tmp_path / "train-images-idx3-ubyte.gz").read_bytes())
        == raw["train_images"]
    )


def test_corrupt_file_with_no_other_mirror_leaves_nothing(server, raw, tmp_path):
    url = server.serve_mnist("bad", raw)
    server.files["/bad/train-images-idx3-ubyte.gz"] = gzip.compress(raw["train_images"][:-5])
    with pytest.raises(mnist.DownloadError) as caught:
        mnist.download(tmp_path / "cache", mirrors=[url], timeout=5)
    message = str(caught.value)
    assert "train-images-idx3-ubyte" in message and "SHA-256" in message
    assert "import" in message
    assert files_in(tmp_path / "cache") == []


def test_gzip_garbage_is_rejected(server, raw, tmp_path):
    url = server.serve_mnist("bad", raw)
    server.files["/bad/train-images-idx3-ubyte.gz"] = b"\x1f\x8b" + b"\x00" * 50
    with pytest.raises(mnist.DownloadError, match="served a corrupt gzip file"):
        mnist.download(tmp_path, mirrors=[url], timeout=5)
    assert files_in(tmp_path) == []


def test_missing_file_on_mirror(server, raw, tmp_path):
    url = server.serve_mnist("some", raw)
    del server.files["/some/t10k-images-idx3-ubyte.gz"]
    with pytest.raises(
        mnist.DownloadError, match=r"t10k-images-idx3-ubyte \(127\.0\.0\.1:\d+: HTTP 404"
    ):
        mnist.download(tmp_path, mirrors=[url], timeout=5)
    # what was verified before the failure is kept, whole; nothing else
    assert files_in(tmp_path) == ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"]
    assert mnist.is_available(tmp_path) and not mnist.is_available(tmp_path, part="test")


def test_dropped_connection_is_a_clean_error_and_a_retry_works(server, raw, tmp_path):
    url = server.serve_mnist("mnist", raw)
    server.behaviour["/mnist/train-images-idx3-ubyte.gz"] = "drop-once"
    with pytest.raises(mnist.DownloadError, match="connection dropped after") as caught:
        mnist.download(tmp_path, mirrors=[url], timeout=5)
    assert "\n" not in str(caught.value)
    assert files_in(tmp_path) == []
    mnist.download(tmp_path, mirrors=[url], timeout=5)
    assert files_in(tmp_path) == GZ_NAMES


def test_dropped_connection_falls_back_to_the_next_mirror(server, raw, tmp_path):
    first = server.serve_mnist("first", raw)
    server.behaviour["/first/train-labels-idx1-ubyte.gz"] = "drop-always"
    second = server.serve_mnist("second", raw)
    mnist.download(tmp_path, mirrors=[first, second], timeout=5)
    assert files_in(tmp_path) == GZ_NAMES
    assert "/second/train-labels-idx1-ubyte.gz" in server.requests


def test_cancel_leaves_nothing_partial(server, raw, tmp_path):
    url = server.serve_mnist("mnist", raw)
    seen = []

    def progress(done, total, name):
        seen.append(done)

    with pytest.raises(mnist.DownloadCancelled):
        mnist.download(
            tmp_path / "cache",
            progress=progress,
            cancelled=lambda: any(done > 0 for done in seen),
            mirrors=[url],
            timeout=5,
        )
    assert files_in(tmp_path / "cache") == []
    assert len(server.requests) == 1


def test_cancel_between_files_keeps_only_whole_verified_files(server, raw, tmp_path):
    url = server.serve_mnist("mnist", raw)
    names = []

    def progress(done, total, name):
        names.append(name)

    with pytest.raises(mnist.DownloadCancelled):
        mnist.download(
            tmp_path,
            progress=progress,
            cancelled=lambda: "train-labels-idx1-ubyte.gz" in names,
            mirrors=[url],
            timeout=5,
        )
    assert files_in(tmp_path) == ["train-images-idx3-ubyte.gz"]
    assert idx.read(tmp_path / "train-images-idx3-ubyte.gz").shape == (120, 28, 28)


def test_all_mirrors_unreachable_says_offline_and_suggests_import(tmp_path):
    with pytest.raises(mnist.DownloadError) as caught:
        mnist.download(tmp_path, mirrors=[closed_port_url(), closed_port_url()], timeout=5)
    assert str(caught.value) == OFFLINE_MESSAGE
    assert isinstance(caught.value, OSError)  # callers that catch OSError show it as it is
    assert "are you offline?" in OFFLINE_MESSAGE and "import" in OFFLINE_MESSAGE
    assert files_in(tmp_path) == []


def test_unreachable_mirror_falls_back_to_a_reachable_one(server, raw, tmp_path):
    mnist.download(tmp_path, mirrors=[closed_port_url(), server.serve_mnist("m", raw)], timeout=5)
    assert files_in(tmp_path) == GZ_NAMES


def test_keras_npz_mirror_is_converted_and_verified(server, raw, tmp_path):
    arrays = {
        "x_train": idx.parse(raw["train_images"]),
        "y_train": idx.parse(raw["train_labels"]),
        "x_test": idx.parse(raw["test_images"]),
        "y_test": idx.parse(raw["test_labels"]),
    }
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    server.files["/keras/mnist.npz"] = buffer.getvalue()
    mnist.download(tmp_path, mirrors=[closed_port_url(), f"{server.url}/keras/mnist.npz"])
    assert files_in(tmp_path) == GZ_NAMES
    assert server.requests == ["/keras/mnist.npz"]  # fetched once for all four files
    for key, data in raw.items():
        assert gzip.decompress((tmp_path / f"{mnist_files.NAMES[key]}.gz").read_bytes()) == data


def test_npz_mirror_serving_junk_is_rejected(server, raw, tmp_path):
    server.files["/keras/mnist.npz"] = b"PK\x03\x04 not really a zip"
    with pytest.raises(mnist.DownloadError, match="not a valid mnist.npz"):
        mnist.download(tmp_path, mirrors=[f"{server.url}/keras/mnist.npz"], timeout=5)
    assert files_in(tmp_path) == []


def test_real_hashes_reject_fake_data(server, tmp_path):
    """Without pretending, the official SHA-256 values refuse anything that is not MNIST."""
    url = server.serve_mnist("mnist", idx_bytes(n_train=12, n_test=3))
    with pytest.raises(mnist.DownloadError, match="does not match the official SHA-256"):
        mnist.download(tmp_path, mirrors=[url], timeout=5)
    assert files_in(tmp_path) == []


def test_mirror_serving_unpacked_content_is_verified_and_packed(server, raw, tmp_path):
    url = server.serve_mnist("plain", raw)
    server.files["/plain/train-labels-idx1-ubyte.gz"] = raw["train_labels"]
    mnist.download(tmp_path, mirrors=[url], timeout=5)
    packed = (tmp_path / "train-labels-idx1-ubyte.gz").read_bytes()
    assert packed[:2] == b"\x1f\x8b" and gzip.decompress(packed) == raw["train_labels"]


def test_a_broken_file_in_the_cache_is_fetched_again(server, raw, tmp_path):
    url = server.serve_mnist("mnist", raw)
    mnist.download(tmp_path, mirrors=[url], timeout=5)
    (tmp_path / "train-labels-idx1-ubyte.gz").write_bytes(b"\x1f\x8b broken")
    server.requests.clear()
    mnist.download(tmp_path, mirrors=[url], timeout=5)
    assert server.requests == ["/mnist/train-labels-idx1-ubyte.gz"]
    assert mnist.load(tmp_path).x_train.shape == (100, 784)


def test_size_unknown_reports_total_zero(server, raw, tmp_path):
    url = server.serve_mnist("mnist", raw)
    server.behaviour["/mnist/train-labels-idx1-ubyte.gz"] = "no-length"
    calls = []
    mnist.download(tmp_path, progress=lambda *a: calls.append(a), mirrors=[url], timeout=5)
    labels = [(done, total) for done, total, name in calls if name.startswith("train-labels")]
    assert {total for _, total in labels} == {0}
    assert labels[-1][0] == len(server.files["/mnist/train-labels-idx1-ubyte.gz"])
    assert files_in(tmp_path) == GZ_NAMES


def test_a_web_page_instead_of_the_file_is_named(server, raw, tmp_path):
    url = server.serve_mnist("portal", raw)
    server.files["/portal/train-images-idx3-ubyte.gz"] = b"<!DOCTYPE html><title>Log in</title>"
    with pytest.raises(mnist.DownloadError, match="served a web page instead of the file"):
        mnist.download(tmp_path, mirrors=[url], timeout=5)
    with pytest.raises(ValueError, match="unknown MNIST part 'val'"):
        mnist.download(tmp_path, mirrors=[url], parts=["val"])
