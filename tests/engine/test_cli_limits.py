"""Issue 16's command-line reproducers: every refusal is one `error:` line (at most ~300
characters) and exit status 2, found out before training, never "unexpected ... exit 1"."""

from __future__ import annotations

import json
import os
import threading
import zipfile

import numpy as np
import pytest
from modelfile_helpers import members, write_members

from engine import cli
from engine.files import modelfile
from engine.nn.network import Network

MOONS = ["--dataset", "moons", "--points", "80", "--layers", "2,4,1", "--epochs", "1"]


def refused(capsys, *argv, fragment: str = "") -> str:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 2, (code, err)
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert fragment in lines[0] and len(lines[0]) <= 310, lines[0]
    assert "unexpected" not in err and "allow_pickle" not in err
    return out


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "m.bps"
    modelfile.save(path, Network.create([2, 4, 1], seed=0))
    return path


def with_manifest(src, dst, change) -> None:
    items = members(src)
    manifest = json.loads(items["manifest.json"])
    change(manifest)
    items["manifest.json"] = json.dumps(manifest).encode()
    write_members(dst, items)


def test_info_json_on_900_deep_metadata(tmp_path, capsys, model):
    """RecursionError: 'unexpected ... exit 1'."""
    deep: list = []
    for _ in range(900):
        deep = [deep]
    with_manifest(model, tmp_path / "deep.bps", lambda m: m.update(metadata={"x": deep}))
    refused(capsys, "info", "--json", tmp_path / "deep.bps", fragment="nests more than 32")


def test_evaluate_and_resume_with_an_infinite_dataset_parameter(tmp_path, capsys, model):
    """OverflowError on a dataset parameter `Infinity`."""

    def infinite(m):
        m["dataset"] = {"name": "moons", "params": {"n": float("inf"), "seed": 0}}

    with_manifest(model, tmp_path / "inf.bps", infinite)
    refused(capsys, "evaluate", "--model", tmp_path / "inf.bps", fragment="not valid JSON")
    refused(capsys, "train", "--resume", tmp_path / "inf.bps", fragment="not valid JSON")


def test_predict_on_a_0d_npy(tmp_path, capsys, model):
    """IndexError on a 0-d .npy."""
    np.save(tmp_path / "one.npy", np.float64(3.0))
    refused(capsys, "predict", "--model", model, tmp_path / "one.npy", fragment="single number")


def npy_with_header(header: bytes) -> bytes:
    body = header.ljust(118) + b"\n"
    return b"\x93NUMPY\x01\x00" + len(body).to_bytes(2, "little") + body


def test_predict_on_a_header_claiming_10_to_the_12_rows(tmp_path, capsys, model):
    """MemoryError: the header was believed."""
    header = b"{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000, 2), }"
    (tmp_path / "huge.npy").write_bytes(npy_with_header(header))
    refused(capsys, "predict", "--model", model, tmp_path / "huge.npy", fragment="memory budget")


def test_predict_on_a_malformed_npy_header(tmp_path, capsys, model):
    """tokenize.TokenError ('EOF in multi-line statement')."""
    (tmp_path / "bad.npy").write_bytes(npy_with_header(b"{'descr': '<f8', ("))
    refused(capsys, "predict", "--model", model, tmp_path / "bad.npy", fragment="not a valid .npy")


def test_predict_on_python_objects_gives_no_pickle_advice(tmp_path, capsys, model):
    np.save(tmp_path / "objects.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    refused(
        capsys, "predict", "--model", model, tmp_path / "objects.npy", fragment="Python objects"
    )


def test_predict_on_an_empty_csv_says_so_in_one_line(tmp_path, capsys, model):
    """Three lines and the wrong reason before."""
    (tmp_path / "empty.csv").write_text("")
    refused(capsys, "predict", "--model", model, tmp_path / "empty.csv", fragment="no rows")


def test_train_with_layers_of_100000_units_is_refused_before_allocating(capsys):
    """MemoryError: 'unexpected ... exit 1'."""
    refused(
        capsys,
        "train",
        "--dataset",
        "moons",
        "--layers",
        "2,100000,100000,1",
        fragment="1 to 1,024 units, not 100000",
    )


def test_save_onto_a_folder_is_refused_before_training(tmp_path, capsys):
    """Finished training was thrown away at save time."""
    (tmp_path / "out.bps").mkdir()
    out = refused(capsys, "train", *MOONS, "--save", tmp_path / "out.bps", fragment="is a folder")
    assert "epoch" not in out  # refused before the first epoch


def test_a_long_legal_save_name_trains_and_saves(tmp_path, capsys):
    """~235-255 characters: the temporary name passed the file system's limit."""
    path = tmp_path / ("n" * 247 + ".bps")
    assert cli.main(["train", *MOONS, "--save", str(path), "--json"]) == 0
    capsys.readouterr()
    assert modelfile.load(path).network.sizes == [2, 4, 1]


def test_a_name_over_the_limit_is_refused_before_training(tmp_path, capsys):
    path = tmp_path / ("n" * 300 + ".bps")
    refused(capsys, "train", *MOONS, "--save", path, fragment="the limit is 255")


def test_export_onto_a_folder_is_refused_first(tmp_path, capsys, model):
    (tmp_path / "out.npz").mkdir()
    refused(capsys, "export", "--model", model, "--npz", tmp_path / "out.npz", fragment="folder")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipes_as_model_or_input_are_refused_at_once(tmp_path, capsys, model):
    """A named pipe given as a model or predict input blocked forever."""
    os.mkfifo(tmp_path / "pipe.bps")
    os.mkfifo(tmp_path / "pipe.csv")
    done = []

    def both():
        done.append(cli.main(["info", str(tmp_path / "pipe.bps")]))
        done.append(cli.main(["predict", "--model", str(model), str(tmp_path / "pipe.csv")]))

    thread = threading.Thread(target=both, daemon=True)
    thread.start()
    thread.join(10)
    for name in ("pipe.bps", "pipe.csv"):  # release a stuck reader, if any
        fd = os.open(tmp_path / name, os.O_RDWR | os.O_NONBLOCK)
        os.close(fd)
    thread.join(5)
    err = capsys.readouterr().err
    assert done == [2, 2], err
    assert err.count("is a named pipe, not a regular file") == 2


def test_long_values_in_messages_are_shortened(tmp_path, capsys, model):
    """An error line of 688,963 characters echoed a bad value whole."""

    def long_name(m):
        m["dataset"] = {"name": "moons", "params": {"n": "9" * 700_000}}

    with_manifest(model, tmp_path / "long.bps", long_name)
    refused(capsys, "evaluate", "--model", tmp_path / "long.bps")
    assert zipfile.is_zipfile(tmp_path / "long.bps")
