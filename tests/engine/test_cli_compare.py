"""`python -m engine race` and `python -m engine landscape`: output, agreement with the
engine, refusals as one `error:` line with exit status 2."""

import json

import numpy as np
import pytest

from engine import cli
from engine.files import modelfile
from tests.engine import fake_mnist

MOONS = ["--dataset", "moons", "--points", "160", "--layers", "2,8,1"]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_race_prints_one_line_per_optimizer_per_epoch_then_the_winner(capsys):
    code, out, err = run(
        capsys, "race", *MOONS, "--optimizers", "sgd:0.3,momentum:0.1,adam:0.02",
        "--epochs", "3", "--seed", "4", "--json",
    )  # fmt: skip
    assert code == 0, err
    lines = json_lines(out)
    epochs, summary = lines[:-1], lines[-1]
    assert [(e["epoch"], e["optimizer"]) for e in epochs] == [
        (k, name) for k in (1, 2, 3) for name in ("sgd", "momentum", "adam")
    ]
    for e in epochs:
        assert {"loss", "accuracy", "val_loss", "val_accuracy", "seconds", "lr"} <= set(e)
    finals = {e["label"]: e["val_loss"] for e in epochs if e["epoch"] == 3}
    assert summary["winner"] == min(finals, key=finals.get)
    assert summary["by"] == "val_loss"
    assert [r["label"] for r in summary["results"]] == list(finals)
    # the same seed gives the same race, number for number
    code, again, _ = run(
        capsys, "race", *MOONS, "--optimizers", "sgd:0.3,momentum:0.1,adam:0.02",
        "--epochs", "3", "--seed", "4", "--json",
    )  # fmt: skip
    strip = [{k: v for k, v in e.items() if k != "seconds"} for e in json_lines(again)[:-1]]
    assert strip == [{k: v for k, v in e.items() if k != "seconds"} for e in epochs]


def test_race_readable_output(capsys):
    code, out, _ = run(capsys, "race", *MOONS, "--optimizers", "sgd:0.3,adam:0.02", "--epochs", 2)
    assert code == 0
    assert "same weights with the same batches" in out
    assert out.count("epoch   2") == 2 and "winner: " in out


def test_race_on_tiny_mnist(tmp_path, capsys):
    fake_mnist.write_set(tmp_path / "mnist", n_train=60, n_test=20)
    code, out, err = run(
        capsys, "race", "--dataset", "mnist", "--data-dir", tmp_path / "mnist",
        "--layers", "784,8,10", "--optimizers", "sgd:0.1,adam:0.01", "--epochs", 1, "--json",
    )  # fmt: skip
    assert code == 0, err
    assert len(json_lines(out)) == 3


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["--optimizers", "sgd:0.1"], "2 to 7"),
        (["--optimizers", ",".join(["sgd:0.1"] * 8)], "2 to 7"),
        (["--optimizers", "sgd:0.1,rocket:1"], "unknown optimizer"),
        (["--optimizers", "sgd,adam:0.1"], "learning rate"),
        (["--optimizers", "sgd:0.1,adam:0.1:momentum=0.9"], "no setting"),
        (["--optimizers", "sgd:0.1,adam:0.1", "--layers", "3,4,1"], "does not fit"),
    ],
)
def test_race_refusals_are_one_line(capsys, argv, fragment):
    code, out, err = run(capsys, "race", "--dataset", "moons", *argv)
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1 and fragment in err
    assert out == ""


@pytest.fixture
def moons_model(tmp_path, capsys):
    path = tmp_path / "moons.bps"
    code, _, err = run(
        capsys, "train", *MOONS, "--activation", "tanh", "--optimizer", "adam", "--lr",
        "0.03", "--epochs", "4", "--batch-size", "16", "--save", path,
    )  # fmt: skip
    assert code == 0, err
    return path


def test_landscape_prints_the_grid_centred_on_the_models_loss(capsys, moons_model):
    code, out, err = run(capsys, "landscape", "--model", moons_model, "--resolution", 7, "--json")
    assert code == 0, err
    (grid,) = json_lines(out)
    loss = np.array(grid["loss"])
    assert loss.shape == (7, 7) and grid["resolution"] == 7
    assert grid["alphas"][3] == 0 and grid["betas"][3] == 0
    model = modelfile.load(str(moons_model))
    X, y, _ = cli._split_data(model, "moons", "train", None)
    net = model.network
    current = net.evaluate(X.astype(net.dtype), y.reshape(-1, 1).astype(net.dtype))[0]
    assert loss[3, 3] == pytest.approx(current, rel=1e-6)
    assert grid["centre_loss"] == pytest.approx(current, rel=1e-12)
    assert "random" in grid["description"] and grid["samples"] == 120
    assert loss.max() > loss[3, 3]


def test_landscape_pca_replays_the_trajectory(capsys, moons_model):
    code, out, err = run(
        capsys, "landscape", "--model", moons_model, "--resolution", 5, "--directions", "pca",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    (grid,) = json_lines(out)
    assert grid["directions"] == "pca" and "principal" in grid["description"]
    trajectory = np.array(grid["trajectory"])
    assert trajectory.shape[1] == 2 and len(trajectory) > 10
    np.testing.assert_allclose(trajectory[-1], [0, 0], atol=1e-9)  # it ends at the centre
    assert abs(trajectory[0]).max() <= max(grid["alphas"][-1], grid["betas"][-1])
    assert sum(grid["explained"]) <= 1 + 1e-9


def test_landscape_text_output_and_refusals(capsys, moons_model, tmp_path):
    code, out, _ = run(capsys, "landscape", "--model", moons_model, "--resolution", 5)
    assert code == 0 and "loss at the centre" in out and len(out.splitlines()) == 9
    for argv, fragment in [
        (["--resolution", "4"], "odd number"),
        (["--resolution", "1"], "odd number"),
        (["--span", "-1"], "positive"),
    ]:
        code, out, err = run(capsys, "landscape", "--model", moons_model, *argv)
        assert code == 2 and err.startswith("error: ") and fragment in err, err
    code, _, err = run(capsys, "landscape", "--model", tmp_path / "missing.bps")
    assert code == 2 and err.startswith("error: ")
    weights_only = tmp_path / "weights.bps"
    modelfile.save(str(weights_only), modelfile.load(str(moons_model)).network)
    code, _, err = run(capsys, "landscape", "--model", weights_only, "--directions", "pca")
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1
