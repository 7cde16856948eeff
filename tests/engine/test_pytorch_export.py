"""The PyTorch export: the script replays the app's run, and model files keep initial weights.

The equivalence tests need torch (`pip install "backprop-studio[torch]"`) and are skipped
without it; the model-file tests run everywhere.
"""

from __future__ import annotations

import contextlib
import io
import json
import runpy
import subprocess
import sys

import numpy as np
import pytest

from engine import cli
from engine.data import classic, mnist, regression, table, toy2d
from engine.files import modelfile, pytorch_export
from engine.nn.network import Network
from engine.train import optimizers
from engine.train.trainer import TrainConfig, Trainer
from tests.engine import fake_mnist

# The app's float32 losses and the script's differ by rounding only (a few units in the
# 7th digit after two epochs); a wrong rule, order or convention differs by far more.
TOLERANCE = 2e-5


def _torch():
    torch = pytest.importorskip("torch")
    torch.set_num_threads(1)  # tests share a small machine
    return torch


def train_and_save(tmp_path, sizes, config, dataset=None, **net_kw) -> tuple[Trainer, str]:
    dataset = dataset or toy2d.make("moons", n=120, noise=0.2, seed=3)
    net = Network.create(sizes, seed=1, **net_kw)
    trainer = Trainer(net, dataset, config)
    trainer.fit()
    path = str(tmp_path / "run.bps")
    modelfile.save(path, net, trainer=trainer)
    return trainer, path


def run_script(path: str, *args: str) -> list[dict]:
    """The exported script's main(), in this process, its --json lines parsed."""
    namespace = runpy.run_path(path, run_name="exported")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert namespace["main"]([*args, "--json"]) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def curve_difference(trainer: Trainer, records: list[dict], accuracy: bool = True) -> float:
    """Largest |app − script| over the batch losses, epoch losses and validation losses
    (and the accuracies, for classification)."""
    h = trainer.history
    batch = np.concatenate([r["batch_loss"] for r in records])
    assert len(batch) == len(h["batch_loss"])
    pairs = [(batch, h["batch_loss"])]
    keys = ("loss", "val_loss", "lr") + (("accuracy", "val_accuracy") if accuracy else ())
    for key in keys:
        pairs.append(([r[key] for r in records], h[key]))
    return max(float(np.max(np.abs(np.subtract(a, b)))) for a, b in pairs)


# -- the script replays the run ---------------------------------------------------------------


@pytest.mark.parametrize("optimizer", list(optimizers.OPTIMIZERS))
@pytest.mark.parametrize("loss", ["cross_entropy", "mse"])
def test_script_reproduces_the_loss_curve(tmp_path, optimizer, loss):
    _torch()
    lr = {"sgd": 0.5, "momentum": 0.1, "nesterov": 0.1, "adadelta": 1.0}.get(optimizer, 0.02)
    config = TrainConfig(optimizer=optimizer, lr=lr, batch_size=16, epochs=2, seed=7)
    trainer, path = train_and_save(
        tmp_path, [2, 6, 5, 2], config, activation="tanh", output_activation="softmax", loss=loss
    )
    script = str(tmp_path / "run.py")
    pytorch_export.export_pytorch(pytorch_export.run_of(modelfile.load(path), initial=True), script)
    records = run_script(script)
    assert [r["epoch"] for r in records] == [1, 2]
    assert curve_difference(trainer, records) < TOLERANCE
    # the run really learned something, so equal curves are not two flat lines
    assert trainer.history["batch_loss"][-1] != trainer.history["batch_loss"][0]


def test_sigmoid_output_l1_l2_dropout_and_schedule(tmp_path):
    _torch()
    config = TrainConfig(
        optimizer="momentum",
        lr=0.3,
        optimizer_params={"momentum": 0.8},
        schedule="step",
        schedule_params={"drop": 0.5, "every": 1},
        batch_size=10,
        epochs=3,
        l1=1e-3,
        l2=1e-2,
        dropout=0.3,
        seed=11,
    )
    data = toy2d.make("spiral", n=100, noise=0.2, seed=2, classes=2)
    trainer, path = train_and_save(tmp_path, [2, 7, 7, 1], config, data, activation="relu")
    script = str(tmp_path / "run.py")
    pytorch_export.export_pytorch(pytorch_export.run_of(modelfile.load(path), initial=True), script)
    records = run_script(script)
    assert curve_difference(trainer, records) < TOLERANCE
    assert [r["lr"] for r in records] == [0.15, 0.075, 0.0375]


def test_float64_network_matches_to_double_rounding(tmp_path):
    _torch()
    config = TrainConfig(optimizer="adam", lr=0.01, batch_size=8, epochs=2, seed=3)
    data = toy2d.make("blobs", n=90, noise=0.1, seed=4, classes=3)
    trainer, path = train_and_save(
        tmp_path, [2, 5, 3], config, data, activation="leaky_relu", dtype="float64"
    )
    script = str(tmp_path / "run.py")
    pytorch_export.export_pytorch(pytorch_export.run_of(modelfile.load(path), initial=True), script)
    assert curve_difference(trainer, run_script(script)) < 1e-12


def test_mnist_from_idx_files_with_weights_beside_the_script(tmp_path, monkeypatch):
    _torch()
    folder = tmp_path / "mnist"
    fake_mnist.write_set(folder, n_train=72, n_test=12)
    mnist.clear_cache()
    data = mnist.load(folder)
    config = TrainConfig(optimizer="rmsprop", lr=0.002, batch_size=20, epochs=2, seed=1)
    trainer, path = train_and_save(tmp_path, [784, 12, 10], config, data, activation="sigmoid")
    script = str(tmp_path / "out" / "digits.py")
    files = pytorch_export.export_pytorch(
        pytorch_export.run_of(modelfile.load(path), initial=True), script
    )
    assert files == [script, str(tmp_path / "out" / "digits.npz")]  # 9,550 parameters: beside
    with open(script) as f:
        assert "WEIGHTS = {" not in f.read()
    assert curve_difference(trainer, run_script(script)) < TOLERANCE
    # and it finds the data given elsewhere
    moved = tmp_path / "elsewhere"
    folder.rename(moved)
    assert len(run_script(script, "--epochs", "1", "--data-dir", str(moved))) == 1


def test_regression_dataset(tmp_path):
    _torch()
    config = TrainConfig(optimizer="adam", lr=0.01, batch_size=16, epochs=3, seed=2)
    data = regression.make("bumps", n=120, noise=0.05, seed=6)
    trainer, path = train_and_save(
        tmp_path, [1, 8, 1], config, data, activation="tanh", output_activation="linear", loss="mse"
    )
    script = str(tmp_path / "fit.py")
    pytorch_export.export_pytorch(pytorch_export.run_of(modelfile.load(path), initial=True), script)
    records = run_script(script)
    assert curve_difference(trainer, records, accuracy=False) < TOLERANCE
    rmse = np.sqrt(np.mean((trainer.network.feedforward(data.x_val) - data.y_val) ** 2))
    assert abs(records[-1]["val_rmse"] - rmse) < 1e-5


def test_table_from_its_csv(tmp_path):
    _torch()
    rng = np.random.default_rng(0)
    rows = ["id;size;weight;kind"]  # a semicolon table with decimal commas and text classes
    for i in range(90):
        kind = ("big", "small", "tiny")[i % 3]
        size, weight = rng.normal(3 - i % 3, 0.6), rng.normal(10 * (3 - i % 3), 4)
        rows.append(f"r{i};{size:.3f};{weight:.2f};{kind}".replace(".", ","))
    csv_path = tmp_path / "things.csv"
    csv_path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    data = table.load_table(csv_path, target="kind", features=["size", "weight"], seed=4)
    assert data.class_names == ["big", "small", "tiny"]
    config = TrainConfig(optimizer="nesterov", lr=0.05, batch_size=8, epochs=2, seed=9)
    trainer, path = train_and_save(tmp_path, [2, 5, 3], config, data, activation="relu")
    out = tmp_path / "out"
    files = pytorch_export.export_pytorch(
        pytorch_export.run_of(modelfile.load(path), initial=True), str(out / "t.py")
    )
    assert files == [str(out / "t.py")]  # the user's CSV is not copied: --data names it
    records = run_script(files[0], "--data", str(csv_path))
    assert curve_difference(trainer, records) < TOLERANCE


def test_classic_table_is_copied_beside_the_script(tmp_path):
    _torch()
    data = classic.load("iris", seed=1)
    config = TrainConfig(optimizer="sgd", lr=0.2, batch_size=10, epochs=2, seed=0)
    trainer, path = train_and_save(tmp_path, [4, 6, 3], config, data, activation="tanh")
    script = str(tmp_path / "iris_run.py")
    run = pytorch_export.run_of(modelfile.load(path), initial=True)
    files = pytorch_export.export_pytorch(run, script)
    assert files == [script, str(tmp_path / "iris_run.csv")]
    assert curve_difference(trainer, run_script(script)) < TOLERANCE


def test_the_script_runs_standalone_and_evaluates_current_weights(tmp_path):
    _torch()
    config = TrainConfig(optimizer="sgd", lr=0.5, batch_size=16, epochs=2, seed=0)
    trainer, path = train_and_save(tmp_path, [2, 4, 1], config, activation="tanh")
    script = tmp_path / "now.py"
    assert cli.main(["export", "--model", path, "--pytorch", str(script)]) == 0
    done = subprocess.run(
        [sys.executable, str(script), "--evaluate", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert abs(result["val_loss"] - trainer.history["val_loss"][-1]) < TOLERANCE
    assert result["val_accuracy"] == trainer.history["val_accuracy"][-1]


# -- export refusals and the CLI ---------------------------------------------------------------


def test_cli_exports_initial_weights(tmp_path, capsys):
    config = TrainConfig(optimizer="adam", lr=0.01, batch_size=16, epochs=1)
    trainer, path = train_and_save(tmp_path, [2, 3, 1], config)
    out = tmp_path / "s.py"
    assert cli.main(["export", "--model", path, "--pytorch", str(out), "--initial-weights"]) == 0
    assert "the run's initial weights" in capsys.readouterr().out
    text = out.read_text()
    W1 = trainer.initial_weights[0]
    assert (
        repr(float(W1[0, 0])) in text and repr(float(trainer.network.weights[0][0, 0])) not in text
    )
    compile(text, str(out), "exec")  # valid Python whether or not torch is here
    assert cli.main(["export", "--model", path, "--npz", str(out), "--initial-weights"]) == 2


def test_refusals(tmp_path):
    net = Network.create([2, 3, 1], seed=0)
    path = str(tmp_path / "weights_only.bps")
    modelfile.save(path, net)  # no trainer: no initial weights
    with pytest.raises(ValueError, match="does not hold the weights its run started from"):
        pytorch_export.run_of(modelfile.load(path), initial=True)
    run = pytorch_export.Run(net, TrainConfig(), "pendigits")
    with pytest.raises(ValueError, match="rebuilds MNIST, the 2D and regression datasets"):
        pytorch_export.export_pytorch(run, str(tmp_path / "x.py"))
    step = Network.create([2, 3, 1], activation="step", seed=0)
    with pytest.raises(ValueError, match="step units"):
        pytorch_export.export_pytorch(pytorch_export.Run(step, TrainConfig(), "moons"), "y.py")
    assert not (tmp_path / "x.py").exists()


# -- model files keep the initial weights --------------------------------------------------------


def test_model_file_keeps_initial_weights(tmp_path):
    data = toy2d.make("xor", n=60, seed=0)
    net = Network.create([2, 4, 1], seed=2)
    before = [p.copy() for p in net.params]
    trainer = Trainer(net, data, TrainConfig(epochs=2, batch_size=8))
    trainer.fit()
    path = tmp_path / "a.bps"
    modelfile.save(path, net, trainer=trainer)
    model = modelfile.load(path)
    assert model.format_version == 2
    assert all(np.array_equal(a, b) for a, b in zip(model.initial_weights, before, strict=True))
    assert not np.array_equal(model.network.weights[0], before[0])
    # resumed and saved again: still the run's start, not the weights at resumption
    resumed = modelfile.restore_trainer(model, data)
    resumed.extend(1)
    resumed.fit()
    modelfile.save(path, resumed.network, trainer=resumed)
    again = modelfile.load(path)
    assert all(np.array_equal(a, b) for a, b in zip(again.initial_weights, before, strict=True))
    # a file without a trainer has no initial weights and stays format version 1
    modelfile.save(tmp_path / "b.bps", net)
    plain = modelfile.load(tmp_path / "b.bps")
    assert plain.format_version == 1 and plain.initial_weights is None


def test_resumed_file_without_initial_weights_does_not_invent_them(tmp_path):
    data = toy2d.make("xor", n=60, seed=0)
    trainer = Trainer(Network.create([2, 4, 1], seed=2), data, TrainConfig(epochs=1))
    trainer.fit()
    trainer.initial_weights = None  # as a version 1 file, written before they were kept
    path = tmp_path / "old.bps"
    modelfile.save(path, trainer.network, trainer=trainer)
    model = modelfile.load(path)
    assert model.format_version == 1 and model.initial_weights is None
    assert modelfile.restore_trainer(model, data).initial_weights is None
