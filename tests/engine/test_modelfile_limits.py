"""Model files that are valid, or nearly, but would cost too much: refused before they cost it.

Each test here is one of issue 16's reproducers: a small file that asked for gigabytes,
froze the window, or escaped ModelFileError. Every refusal is one line naming the file.
"""

from __future__ import annotations

import io
import json
import os
import struct
import threading
import tracemalloc
import zipfile

import numpy as np
import pytest
from modelfile_helpers import members, npy_bytes, saved_mid_epoch, write_members

from engine.files import modelfile
from engine.files.modelfile import ModelFileError
from engine.nn.network import Network


def forge(path, sizes, dtype="<f4", history=None, metadata=None, extra=None) -> None:
    """A model file of any architecture, all weights zero, written deflated (as a hostile
    file would be: tiny on disk). `history` {name: array} adds a trainer section."""
    small = path.parent / "small.bps"
    saved_mid_epoch(small, "sgd") if history is not None else modelfile.save(
        small, Network.create([2, 3, 1], seed=0)
    )
    items = members(small)
    manifest = json.loads(items["manifest.json"])
    manifest["network"]["sizes"] = sizes
    manifest["network"]["activations"] = ["tanh"] * (len(sizes) - 2) + ["sigmoid"]
    manifest["network"]["dtype"] = "float32" if dtype == "<f4" else "float64"
    arrays = {}
    for l in range(1, len(sizes)):
        arrays[f"network/W{l}"] = np.zeros((sizes[l - 1], sizes[l]), dtype)
        arrays[f"network/b{l}"] = np.zeros(sizes[l], dtype)
    if history is not None:
        manifest["trainer"]["optimizer"]["slots"] = []
        manifest["trainer"]["history"] = list(history)
        manifest["trainer"].pop("epoch_stats", None)
        manifest["trainer"].pop("initial_weights", None)
        order = np.frombuffer(items["trainer/order.npy"][128:], "<i8")
        arrays["trainer/order"] = order
        for key, values in history.items():
            arrays[f"history/{key}"] = values
    if metadata is not None:
        manifest["metadata"] = metadata
    manifest["arrays"] = {
        k: {"shape": list(a.shape), "dtype": np.lib.format.dtype_to_descr(a.dtype)}
        for k, a in arrays.items()
    }
    manifest.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for key, a in arrays.items():
            zf.writestr(f"{key}.npy", npy_bytes(a))


def refused(path, *fragments) -> str:
    with pytest.raises(ModelFileError) as info:
        modelfile.load(path)
    msg = str(info.value)
    assert msg.startswith(os.path.basename(path) + ": ") and "\n" not in msg and len(msg) <= 300
    for fragment in fragments:
        assert fragment in msg
    return msg


def peak_mb(fn) -> float:
    """Peak of Python allocations (MB) while fn() runs; fn's ModelFileError is expected."""
    tracemalloc.start()
    try:
        with pytest.raises(ModelFileError):
            fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_a_100000_unit_layer_is_refused_not_opened(tmp_path):
    """1.6 MB on disk, 3.3 GB and 9.6 s in the window before."""
    path = tmp_path / "wide.bps"
    forge(path, [2, 100_000, 1])
    assert path.stat().st_size < 2_000_000
    refused(path, "1 to 1,024 units, not 100000")


def test_64_layers_are_refused(tmp_path):
    """2-(3 x 63)-1 froze the window for 9 s."""
    path = tmp_path / "deep.bps"
    forge(path, [2] + [3] * 63 + [1])
    refused(path, "1 to 16 layers of weights, not 64")


def test_a_history_curve_of_ten_million_values_is_refused(tmp_path):
    """An 80 kB file whose curve (9,998,000, 1) took 1.28 GB and 5 s as Python lists."""
    path = tmp_path / "curve.bps"
    forge(path, [2, 6, 5, 1], history={"loss": np.zeros((9_998_000, 1))})
    assert path.stat().st_size < 200_000
    refused(path, "history holds more than 1,000,000 values")


def test_arrays_over_the_memory_budget_are_refused_before_reading(tmp_path, monkeypatch):
    """Deflated zeros: a small file whose arrays would fill the memory budget (1 GB of them
    hung the window). Here 24 MB of arrays against a budget lowered to 16 MB."""
    path = tmp_path / "zeros.bps"
    forge(path, [1000, 1024, 1024, 1024, 1], dtype="<f8")
    assert path.stat().st_size < 200_000
    monkeypatch.setenv("BPS_MEMORY_BUDGET_MB", "16")
    msg = refused(path, "zeros.bps: reading its arrays needs 24 MB", "BPS_MEMORY_BUDGET_MB")
    assert "memory budget of 16 MB" in msg
    assert peak_mb(lambda: modelfile.load(path)) < 4
    monkeypatch.setenv("BPS_MEMORY_BUDGET_MB", "64")  # raised deliberately: it loads
    assert modelfile.load(path).network.sizes == [1000, 1024, 1024, 1024, 1]


def set_sizes_in_directory(data: bytes, name: bytes, size: int) -> bytes:
    """The zip `data` with the uncompressed size of member `name` set to `size` in the
    central directory and the local header (the lie a hostile zip tells)."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        n = struct.unpack("<H", out[at + 28 : at + 30])[0]
        if out[at + 46 : at + 46 + n] == name:
            struct.pack_into("<I", out, at + 24, size)
            local = struct.unpack("<I", out[at + 42 : at + 46])[0]
            struct.pack_into("<I", out, local + 22, size)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def test_a_manifest_that_inflates_far_past_its_claimed_size_is_read_in_bounded_pieces(tmp_path):
    """The directory claims 4 kB, the member inflates to 100 MB: read whole, it peaked at
    2 GB for 1.2 GB; now no more than the manifest limit is ever unpacked."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "manifest.json", b'{"format": "backprop-studio-model", "x": "' + b" " * (100 << 20)
        )
    path = tmp_path / "bomb.bps"
    path.write_bytes(set_sizes_in_directory(buf.getvalue(), b"manifest.json", 4096))
    assert path.stat().st_size < 300_000
    assert peak_mb(lambda: modelfile.load(path)) < 20


def test_a_directory_of_65535_entries_is_refused_from_its_end_record(tmp_path):
    """zipfile parses the whole central directory before the members can be counted
    (3,000,000 entries: 17 s, 1.4 GB); the end record is read first now."""
    n = 65_535
    fields = (20, 20, 0, 0, 0, 0) + (0, 0, 0) + (1, 0, 0, 0, 0) + (0, 0)
    entry = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", *fields)
    directory = b"".join(entry + b"%c" % (97 + i % 26) for i in range(n))
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, n, n, len(directory), 0, 0)
    path = tmp_path / "many.bps"
    path.write_bytes(directory + end)
    refused(path, "lists 65,535 members, more than 4,096")
    assert peak_mb(lambda: modelfile.load(path)) < 2


def test_a_malformed_npy_header_is_a_model_file_error(tmp_path):
    """tokenize.TokenError escaped from NumPy's header parser ('EOF in multi-line statement')."""
    good = tmp_path / "good.bps"
    modelfile.save(good, Network.create([2, 3, 1], seed=0))
    items = members(good)
    w1 = items["network/W1.npy"]
    head_len = struct.unpack("<H", w1[8:10])[0]
    header = b"{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), ("
    header = header.ljust(head_len - 1) + b"\n"
    items["network/W1.npy"] = w1[:10] + header + w1[10 + head_len :]
    bad = tmp_path / "bad.bps"
    write_members(bad, items)
    refused(bad, "network/W1.npy: not a valid .npy array")


def test_900_deep_metadata_is_refused_and_not_saved(tmp_path):
    """`info --json` hit RecursionError on it; a resumed run with 600-deep metadata
    trained and then failed to save."""
    deep: dict = {}
    inner = deep
    for _ in range(900):
        inner["x"] = {}
        inner = inner["x"]
    path = tmp_path / "deep-json.bps"
    forge(path, [2, 3, 1], metadata=deep)
    refused(path, "nests more than 32 levels")
    with pytest.raises(ModelFileError, match="nests more than 30 levels"):
        modelfile.save(tmp_path / "out.bps", Network.create([2, 3, 1]), metadata=deep)
    assert not (tmp_path / "out.bps").exists()


def test_json_infinity_in_the_manifest_is_refused(tmp_path):
    """A dataset parameter `Infinity` reached int() in evaluate and train --resume."""
    path = tmp_path / "inf.bps"
    forge(path, [2, 3, 1], extra={"dataset": {"name": "moons", "params": {"n": 1e999}}})
    assert b"Infinity" in members(path)["manifest.json"]
    refused(path, "manifest.json is not valid JSON")


def test_long_values_are_shortened_in_messages(tmp_path):
    path = tmp_path / "long.bps"
    forge(path, [2, 3, 1], extra={"format_version": "9" * 700_000})
    msg = refused(path)
    assert len(msg) <= 300


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    """Opening a FIFO to read blocks until someone writes: it was blocking forever."""
    fifo = tmp_path / "pipe.bps"
    os.mkfifo(fifo)
    outcome = []

    def load():
        try:
            modelfile.load(fifo)
        except ModelFileError as e:
            outcome.append(str(e))

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():  # release the stuck reader so the test run can end
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
    assert outcome == ["pipe.bps: is a named pipe, not a regular file"]


def test_a_name_near_the_file_system_limit_saves(tmp_path):
    """A legal 250-byte name: the temporary name used to add ~21 bytes and fail."""
    path = tmp_path / ("m" * 246 + ".bps")
    modelfile.save(path, Network.create([2, 3, 1], seed=0))
    assert modelfile.load(path).network.sizes == [2, 3, 1]
    assert os.listdir(tmp_path) == [path.name]


def test_saving_onto_a_folder_is_refused_before_writing(tmp_path):
    (tmp_path / "taken.bps").mkdir()
    with pytest.raises(ModelFileError, match="is a folder"):
        modelfile.save(tmp_path / "taken.bps", Network.create([2, 3, 1]))
    assert os.listdir(tmp_path) == ["taken.bps"]
