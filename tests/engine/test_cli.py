"""The headless command line: help, a full train→info→evaluate→predict→export round trip,
exact resume, and refusals that are one line, exit 2 and never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import cli
from engine.files import modelfile

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ["train", "evaluate", "predict", "export", "info"]
MOONS = ["--dataset", "moons", "--points", "160", "--layers", "2,8,1", "--activation", "tanh"]


def run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = cli.main([str(a) for a in argv])
    except SystemExit as e:  # argparse's own refusals (a flag's type or range) exit here
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def tiny_mnist(data) -> list:
    """The flags that train a 784-8-10 network on the fake MNIST folder `data`."""
    return ["--dataset", "mnist", "--data-dir", data, "--layers", "784,8,10"]


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def python_m_engine(*argv, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "engine", *map(str, argv)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=120,
    )


# -- help ---------------------------------------------------------------------------------


def test_help_lists_every_command():
    proc = python_m_engine("--help")
    assert proc.returncode == 0
    for command in COMMANDS:
        assert command in proc.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_each_command(capsys, command):
    with pytest.raises(SystemExit) as e:
        cli.main([command, "--help"])
    out = capsys.readouterr().out
    assert e.value.code == 0
    assert out.startswith(f"usage: python -m engine {command}")
    flags = {
        "train": ["--dataset", "--layers", "--resume", "--save", "--json", "--patience"],
        "evaluate": ["--model", "--split", "--json"],
        "predict": ["--model", "INPUT"],
        "export": ["--onnx", "--npz"],
        "info": ["FILE"],
    }[command]
    for flag in flags:
        assert flag in out


# -- the round trip -----------------------------------------------------------------------


def test_train_save_info_evaluate_predict_export(tmp_path, capsys):
    model = tmp_path / "moons.bps"
    argv = [*MOONS, "--optimizer", "adam", "--lr", "0.03", "--epochs", "4", "--batch-size", "16"]
    code, out, err = run(capsys, "train", *argv, "--seed", "2", "--save", model, "--json")
    assert code == 0, err
    lines = json_lines(out)
    epochs, summary = lines[:-1], lines[-1]
    assert [e["epoch"] for e in epochs] == [1, 2, 3, 4]
    for e in epochs:
        for key in (
            "loss",
            "accuracy",
            "val_loss",
            "val_accuracy",
            "seconds",
            "samples_per_second",
        ):
            assert isinstance(e[key], float), key
        assert e["samples_per_second"] > 0 and 0 <= e["val_accuracy"] <= 1
    assert summary["stopped_because"] == "reached 4 epochs"
    assert summary["saved"] == str(model)
    assert err == ""

    code, out, _ = run(capsys, "info", model, "--json")
    info = json_lines(out)[0]
    assert code == 0
    assert info["sizes"] == [2, 8, 1] and info["activations"] == ["tanh", "sigmoid"]
    assert info["dataset"] == "moons" and info["dataset_params"]["n"] == 160
    assert info["epochs_trained"] == 4 and info["optimizer"] == "adam"
    assert info["metrics"]["val_accuracy"] == epochs[-1]["val_accuracy"]
    code, out, _ = run(capsys, "info", model)
    assert code == 0 and "2-8-1 tanh/sigmoid" in out and "4 of 4 epochs" in out

    # evaluate regenerates the moons from the parameters stored in the file
    code, out, _ = run(capsys, "evaluate", "--model", model, "--split", "val", "--json")
    result = json_lines(out)[0]
    assert code == 0
    assert result["n"] == 40
    assert result["accuracy"] == epochs[-1]["val_accuracy"]
    assert result["loss"] == pytest.approx(epochs[-1]["val_loss"], rel=1e-6)
    code, out, _ = run(capsys, "evaluate", "--model", model, "--split", "train", "--json")
    assert json_lines(out)[0]["n"] == 120
    code, out, _ = run(capsys, "evaluate", "--model", model, "--split", "test")
    assert code == 0 and out.startswith("moons test: accuracy") and "/160" in out

    # predict: rows from .csv and .npy agree with the engine
    net = modelfile.load(model).network
    X = np.array([[0.1, 0.2], [-0.8, 0.3], [0.9, -0.4]], np.float32)
    np.savetxt(tmp_path / "p.csv", X, delimiter=",")
    np.save(tmp_path / "p.npy", X)
    code, out, _ = run(
        capsys, "predict", "--model", model, tmp_path / "p.csv", tmp_path / "p.npy", "--json"
    )
    rows = json_lines(out)
    assert code == 0 and len(rows) == 6
    want = net.feedforward(X)[:, 0]
    for r in rows:
        assert r["output"][0] == pytest.approx(float(want[r["row"]]), abs=1e-6)
        assert r["class"] == int(want[r["row"]] > 0.5)
    code, out, _ = run(capsys, "predict", "--model", model, tmp_path / "p.csv")
    assert code == 0 and out.count("class") == 3

    # export: ONNX and npz files that hold this network
    code, out, _ = run(capsys, "export", "--model", model, "--npz", tmp_path / "w.npz")
    assert code == 0 and "wrote" in out
    with np.load(tmp_path / "w.npz", allow_pickle=False) as d:
        assert np.array_equal(d["W1"], net.weights[0])
    code, out, _ = run(capsys, "export", "--model", model, "--onnx", tmp_path / "m.onnx")
    assert code == 0
    ort = pytest.importorskip("onnxruntime", reason="onnxruntime is not installed")
    session = ort.InferenceSession(str(tmp_path / "m.onnx"), providers=["CPUExecutionProvider"])
    np.testing.assert_allclose(session.run(None, {"input": X})[0][:, 0], want, atol=1e-5)


def test_readable_output_without_json(tmp_path, capsys):
    code, out, err = run(capsys, "train", *MOONS, "--epochs", "2", "--save", tmp_path / "m.bps")
    assert code == 0, err
    assert "training 2-8-1 tanh/sigmoid" in out
    assert "epoch 1/2" in out and "epoch 2/2" in out and "val_acc" in out
    assert "stopped: reached 2 epochs" in out and "saved" in out


def test_resume_continues_exactly(tmp_path, capsys):
    argv = [*MOONS, "--optimizer", "momentum", "--lr", "0.2", "--batch-size", "10", "--seed", "5"]
    assert run(capsys, "train", *argv, "--epochs", "5", "--save", tmp_path / "straight.bps")[0] == 0
    assert run(capsys, "train", *argv, "--epochs", "2", "--save", tmp_path / "part.bps")[0] == 0
    code, out, err = run(
        capsys, "train", "--resume", tmp_path / "part.bps", "--epochs", "5", "--json"
    )
    assert code == 0, err
    lines = json_lines(out)
    assert [e["epoch"] for e in lines[:-1]] == [3, 4, 5]
    a = modelfile.load(tmp_path / "straight.bps")
    b = modelfile.load(tmp_path / "part.bps")  # --resume without --save updates the file
    for p, q in zip(a.network.params, b.network.params, strict=True):
        assert np.array_equal(p, q)
    assert a.history["val_loss"] == b.history["val_loss"]
    assert b.epochs_trained == 5
    assert b.metadata["initializer"] == "glorot_uniform"  # kept across the resume


def test_stopping_condition_is_reported(tmp_path, capsys):
    code, out, _ = run(
        capsys,
        "train",
        *MOONS,
        "--optimizer",
        "adam",
        "--lr",
        "0.05",
        "--epochs",
        "200",
        "--target-error",
        "0.2",
        "--json",
    )
    summary = json_lines(out)[-1]
    assert code == 0
    assert "reached the target" in summary["stopped_because"]
    assert summary["epochs"] < 200


# -- refusals -----------------------------------------------------------------------------


def refused(capsys, *argv, fragment: str) -> str:
    code, out, err = run(capsys, *argv)
    lines = err.strip().splitlines()
    assert code == 2, (code, err)
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and fragment in lines[0], lines[0]
    assert "Traceback" not in err + out
    return lines[0]


@pytest.fixture
def saved(tmp_path, capsys):
    path = tmp_path / "m.bps"
    assert run(capsys, "train", *MOONS, "--epochs", "2", "--save", path)[0] == 0
    return path


def test_refusals_are_one_line(tmp_path, capsys, saved):
    (tmp_path / "notes.bps").write_text("not a model")
    np.save(tmp_path / "three.npy", np.zeros((2, 3)))
    cases = [
        (["evaluate", "--model", tmp_path / "nope.bps"], "nope.bps: no such file"),
        (["info", tmp_path / "notes.bps"], "notes.bps: not a Backprop Studio model"),
        (
            ["train", "--dataset", "moons", "--layers", "784,30,10"],
            "--layers 784,30,10 does not fit moons",
        ),
        (["train", "--dataset", "moons", "--lr", "-1"], "learning rate η must be > 0, not -1"),
        (
            ["train", "--dataset", "moons", "--schedule", "constant", "--drop", "0.5"],
            "the constant schedule has no setting drop",
        ),
        (["train", "--dataset", "moons", "--dropout", "1.5"], "dropout"),
        (
            ["train", "--dataset", "moons", "--optimizer", "adam", "--momentum", "0.9"],
            "adam has no setting momentum",
        ),
        (["train", "--dataset", "moons", "--augment"], "--augment"),
        (
            ["train", "--dataset", "moons", "--optimizer", "adam", "--beta1", "1"],
            "beta1 must be in [0, 1), not 1",
        ),
        (
            ["train", "--dataset", "moons", "--optimizer", "momentum", "--momentum", "-0.5"],
            "momentum must be in [0, 1), not -0.5",
        ),
        (
            ["train", "--dataset", "moons", "--schedule", "step", "--every", "0"],
            "every must be a number of epochs > 0, not 0",
        ),
        (["train", "--dataset", "moons", "--points", "2"], "number of points"),
        (["train", "--layers", "2,8,1"], "--dataset"),
        (
            ["train", "--dataset", "moons", "--save", tmp_path / "notes.bps" / "m.bps"],
            "cannot save",
        ),
        (["train", "--resume", saved, "--lr", "0.5"], "--lr cannot be changed when resuming"),
        (["train", "--resume", saved, "--epochs", "2"], "already trained 2 epochs"),
        (
            ["evaluate", "--model", saved, "--dataset", "blobs"],
            "m.bps takes 2 inputs and has 1 outputs; blobs has 2 features and 3 classes",
        ),
        (["predict", "--model", saved, tmp_path / "three.npy"], "the model takes 2"),
        (["predict", "--model", saved, tmp_path / "notes.bps"], "give a .npy"),
        (["predict", "--model", saved, tmp_path / "missing.csv"], "missing.csv"),
        (["export", "--model", saved, "--onnx", tmp_path / "notes.bps" / "m.onnx"], "notes.bps"),
        (["train", "--dataset", "mnist", "--data-dir", tmp_path / "empty"], "MNIST"),
    ]
    for argv, fragment in cases:
        refused(capsys, *argv, fragment=fragment)
    assert sorted(os.listdir(tmp_path)) == ["m.bps", "notes.bps", "three.npy"]


@pytest.mark.parametrize(
    "argv",
    [
        ["train", "--dataset", "moons", "--layers", "abc"],
        ["train", "--dataset", "nope"],
        ["train", "--dataset", "moons", "--epochs", "0"],
        ["evaluate"],
        ["export", "--model", "m.bps"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2_with_an_error_line(capsys, argv):
    with pytest.raises(SystemExit) as e:
        cli.main(argv)
    err = capsys.readouterr().err
    assert e.value.code == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("error: ") and "--help)" in err
    assert "Traceback" not in err


def test_a_real_process_refuses_without_traceback(tmp_path):
    (tmp_path / "bad.bps").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    proc = python_m_engine("info", tmp_path / "bad.bps")
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: bad.bps: ") and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr


# -- MNIST (a tiny fake one, written by the test) -----------------------------------------


def test_mnist_train_evaluate_resume(tmp_path, capsys):
    import fake_mnist

    data = tmp_path / "mnist"
    fake_mnist.write_set(data, n_train=60, n_test=20)
    argv = [
        *tiny_mnist(data),
        "--activation",
        "sigmoid",
        "--loss",
        "mse",
        "--output-activation",
        "sigmoid",
        "--init",
        "gaussian",
        "--optimizer",
        "sgd",
        "--lr",
        "3.0",
        "--batch-size",
        "10",
    ]
    code, out, err = run(
        capsys, "train", *argv, "--epochs", "3", "--save", tmp_path / "a.bps", "--json"
    )
    assert code == 0, err
    assert [e["epoch"] for e in json_lines(out)[:-1]] == [1, 2, 3]
    code, out, err = run(capsys, "train", *argv, "--epochs", "1", "--save", tmp_path / "b.bps")
    assert code == 0, err
    code, out, err = run(
        capsys, "train", "--resume", tmp_path / "b.bps", "--data-dir", data, "--epochs", "3"
    )
    assert code == 0, err
    a, b = modelfile.load(tmp_path / "a.bps"), modelfile.load(tmp_path / "b.bps")
    for p, q in zip(a.network.params, b.network.params, strict=True):
        assert np.array_equal(p, q)
    assert a.dataset_name == "mnist" and a.dataset_info["image_shape"] == [28, 28]

    for split, n in (("train", 50), ("val", 10), ("test", 20)):
        code, out, err = run(
            capsys,
            "evaluate",
            "--model",
            tmp_path / "a.bps",
            "--dataset",
            "mnist",
            "--data-dir",
            data,
            "--split",
            split,
            "--json",
        )
        assert code == 0, err
        result = json_lines(out)[0]
        assert result["n"] == n and 0 <= result["accuracy"] <= 1
    assert result["accuracy"] * 20 == pytest.approx(round(result["accuracy"] * 20))

    # a 2D model does not fit MNIST, and MNIST that is not there is said so in one line
    moons_model = tmp_path / "moons.bps"
    assert run(capsys, "train", *MOONS, "--epochs", "1", "--save", moons_model)[0] == 0
    refused(
        capsys,
        "evaluate",
        "--model",
        moons_model,
        "--dataset",
        "mnist",
        "--data-dir",
        data,
        fragment="moons.bps takes 2 inputs and has 1 outputs; mnist has 784 features",
    )
    refused(
        capsys,
        "evaluate",
        "--model",
        tmp_path / "a.bps",
        "--data-dir",
        tmp_path / "none",
        fragment="MNIST",
    )


def endless_training(model, text: bool = False) -> subprocess.Popen:
    """`python -m engine train` on the moons for 100,000 epochs, saving to `model`, with
    --json lines on a pipe: a run that only a signal or a closed output ends."""
    argv = ["train", *MOONS, "--epochs", "100000", "--save", str(model), "--json"]
    return subprocess.Popen(
        [sys.executable, "-m", "engine", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=text,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT")
def test_ctrl_c_stops_after_the_batch_and_saves(tmp_path):
    import signal

    model = tmp_path / "long.bps"
    proc = endless_training(model, text=True)
    first = json.loads(proc.stdout.readline())  # training is under way
    assert first["epoch"] == 1
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    summary = json_lines(out)[-1]
    assert summary["stopped_because"] == "stopped by the user (Ctrl-C)"
    assert "Traceback" not in err
    m = modelfile.load(model)
    assert m.epochs_trained == summary["epochs"] >= 1
    assert m.metrics["stopped_because"] == "stopped by the user (Ctrl-C)"


def test_closed_output_stops_training_and_still_saves(tmp_path):
    model = tmp_path / "piped.bps"
    proc = endless_training(model)
    assert json.loads(proc.stdout.readline())["epoch"] == 1
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert modelfile.load(model).metrics["stopped_because"] == "the output was closed"


def test_training_flags_reach_the_saved_config(tmp_path, capsys):
    model = tmp_path / "m.bps"
    code, out, err = run(
        capsys,
        "train",
        *MOONS,
        "--optimizer",
        "momentum",
        "--momentum",
        "0.5",
        "--lr",
        "0.3",
        "--schedule",
        "step",
        "--drop",
        "0.5",
        "--every",
        "1",
        "--l2",
        "0.001",
        "--dropout",
        "0.1",
        "--batch-size",
        "8",
        "--epochs",
        "3",
        "--patience",
        "5",
        "--dtype",
        "float64",
        "--init",
        "he_uniform",
        "--loss",
        "mse",
        "--output-activation",
        "linear",
        "--save",
        model,
        "--json",
    )
    assert code == 0, err
    lrs = [e["lr"] for e in json_lines(out)[:-1]]
    assert lrs[1] == lrs[0] / 2 and lrs[2] == lrs[1] / 2  # the step schedule: halved each epoch
    m = modelfile.load(model)
    c = m.config
    assert (c.optimizer, c.optimizer_params, c.lr) == ("momentum", {"momentum": 0.5}, 0.3)
    assert (c.schedule, c.schedule_params) == ("step", {"drop": 0.5, "every": 1.0})
    assert (c.l2, c.dropout, c.batch_size, c.patience) == (0.001, 0.1, 8, 5)
    assert m.network.dtype == np.float64 and m.network.activations == ["tanh", "linear"]
    assert m.network.loss == "mse"
    assert m.metadata["initializer"] == "he_uniform"  # what the app's settings panel shows


def test_augment_applies_the_digit_augmentation_to_each_batch(tmp_path, capsys, monkeypatch):
    import types

    import fake_mnist

    calls = []

    def augment_batch(X, rng):
        calls.append(X.shape)
        return X[:, ::-1]  # any distortion will do: mirror the pixel order

    fake = types.ModuleType("engine.data.augment")
    fake.augment_batch = augment_batch
    monkeypatch.setitem(sys.modules, "engine.data.augment", fake)
    import engine.data

    monkeypatch.setattr(engine.data, "augment", fake, raising=False)  # if already imported
    data = tmp_path / "mnist"
    fake_mnist.write_set(data, n_train=60, n_test=20)
    model = tmp_path / "aug.bps"
    code, out, err = run(
        capsys,
        "train",
        *tiny_mnist(data),
        "--batch-size",
        "25",
        "--epochs",
        "2",
        "--augment",
        "--save",
        model,
    )
    assert code == 0, err
    assert calls == [(25, 784), (25, 784), (25, 784), (25, 784)]  # 50 training images, 2 epochs
    assert modelfile.load(model).config.augment is True
    assert modelfile.load(model).dataset_info["preprocessing"]["augment"] is True


def test_augment_with_the_real_digit_augmentation(tmp_path, capsys):
    pytest.importorskip("engine.data.augment")
    import fake_mnist

    data = tmp_path / "mnist"
    fake_mnist.write_set(data, n_train=60, n_test=20)
    argv = ["train", *tiny_mnist(data), "--batch-size", "25", "--epochs", "2"]
    assert run(capsys, *argv, "--save", tmp_path / "plain.bps")[0] == 0
    assert run(capsys, *argv, "--augment", "--save", tmp_path / "aug.bps")[0] == 0
    plain, aug = modelfile.load(tmp_path / "plain.bps"), modelfile.load(tmp_path / "aug.bps")
    assert not np.array_equal(plain.network.weights[0], aug.network.weights[0])
    # and an augmented run resumes exactly: the distortions come from the saved generator
    assert (
        run(capsys, *argv[:-2], "--epochs", "1", "--augment", "--save", tmp_path / "half.bps")[0]
        == 0
    )
    assert (
        run(
            capsys, "train", "--resume", tmp_path / "half.bps", "--data-dir", data, "--epochs", "2"
        )[0]
        == 0
    )
    half = modelfile.load(tmp_path / "half.bps")
    for p, q in zip(half.network.params, aug.network.params, strict=True):
        assert np.array_equal(p, q)


def test_info_on_a_weights_only_file_says_what_its_description_knows(tmp_path, capsys):
    """Like the shipped model: saved without a trainer, with its figures in the metadata."""
    from engine.data import toy2d
    from engine.nn.network import Network
    from engine.train.trainer import TrainConfig

    data = toy2d.make("moons", n=160, seed=0)
    net = Network.create([2, 8, 1], "tanh", seed=0)
    path = tmp_path / "weights.bps"
    metadata = {"epochs": 7, "val_accuracy": 0.875, "val_loss": 0.3}
    modelfile.save(str(path), net, TrainConfig(epochs=7), dataset=data, metadata=metadata)

    code, out, _ = run(capsys, "info", path)
    assert code == 0
    assert "trained 7 epochs; weights only, no optimizer state or progress saved" in out
    assert "val_loss 0.3000, val_accuracy 87.50% (from its description)" in out
    assert "0 of 7 epochs" not in out
    # a description that says something odd is not repeated as a count of epochs
    for odd in (True, -3, "many", 2.5):
        metadata = {"epochs": odd, "val_accuracy": "high"}
        modelfile.save(str(path), net, TrainConfig(epochs=7), dataset=data, metadata=metadata)
        code, out, _ = run(capsys, "info", path)
        assert code == 0 and "trained" not in out and "val_accuracy -" in out
    # and --resume does what info says: on from these weights, counting from epoch 1
    code, out, err = run(capsys, "train", "--resume", path, "--epochs", "1", "--json")
    assert code == 0, err
    assert json_lines(out)[0]["epoch"] == 1
