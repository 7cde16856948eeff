"""Opening ONNX MLPs: the app's own exports, PyTorch's, and refusals that name the operator."""

from __future__ import annotations

import json
import sys
import warnings

import numpy as np
import pytest

from engine import cli
from engine.data import toy2d
from engine.files import modelfile, onnx_export, onnx_import
from engine.files.modelfile import ModelFileError
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer

onnx = pytest.importorskip("onnx")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

X = np.random.default_rng(0).normal(size=(64, 3)).astype(np.float32)


@pytest.mark.parametrize(
    "hidden, output, units",
    [
        ("sigmoid", "softmax", 4),
        ("tanh", "sigmoid", 1),
        ("relu", "linear", 2),
        ("leaky_relu", "softmax", 3),
        ("linear", "sigmoid", 2),
        ("step", "sigmoid", 1),
    ],
)
def test_app_to_onnx_to_app_predicts_identically(tmp_path, hidden, output, units):
    loss = "mse" if output == "linear" else "cross_entropy"
    net = Network.create([3, 6, 5, units], hidden, output, loss=loss, seed=4)
    path = tmp_path / "m.onnx"
    onnx_export.export_onnx(net, path)
    model = onnx_import.load_any(path)
    back = model.network
    assert back.sizes == net.sizes and back.activations == net.activations
    assert back.loss == loss and back.dtype == np.float32
    assert np.array_equal(back.feedforward(X), net.feedforward(X))
    assert np.array_equal(back.predict(X), net.predict(X))
    assert onnx_import.is_imported(model) and model.trainer_state is None


def test_imported_model_trains_and_saves_as_bps(tmp_path):
    net = Network.create([2, 5, 1], "tanh", seed=1)
    onnx_export.export_onnx(net, tmp_path / "m.onnx")
    model = onnx_import.load_any(tmp_path / "m.onnx")
    data = toy2d.make("moons", n=80, seed=0)
    modelfile.check_fits(model, data)
    trainer = Trainer(model.network, data, TrainConfig(epochs=1, batch_size=8, lr=0.5))
    trainer.fit()
    assert trainer.epoch == 1 and not np.array_equal(model.network.weights[0], net.weights[0])
    modelfile.save(tmp_path / "tuned.bps", model.network, trainer=trainer)
    again = onnx_import.load_any(tmp_path / "tuned.bps")
    assert np.array_equal(again.network.feedforward(X[:, :2]), model.network.feedforward(X[:, :2]))


def test_torch_onnx_export_opens_and_predicts_like_onnxruntime(tmp_path):
    torch = pytest.importorskip("torch")
    ort = pytest.importorskip("onnxruntime")
    torch.manual_seed(0)
    mlp = torch.nn.Sequential(
        torch.nn.Linear(4, 8),
        torch.nn.ReLU(),
        torch.nn.Linear(8, 6),
        torch.nn.Tanh(),
        torch.nn.Linear(6, 5),
        torch.nn.LeakyReLU(0.01),
        torch.nn.Linear(5, 3),
        torch.nn.Softmax(dim=1),
    )
    path = str(tmp_path / "torch.onnx")
    with warnings.catch_warnings():  # the TorchScript exporter says it is deprecated
        warnings.simplefilter("ignore")
        torch.onnx.export(
            mlp,
            (torch.zeros(2, 4),),
            path,
            dynamo=False,
            input_names=["x"],
            output_names=["y"],
            dynamic_axes={"x": {0: "n"}},
        )
    assert {n.op_type for n in onnx.load(path).graph.node} >= {"Gemm", "Relu", "Softmax"}
    model = onnx_import.load_any(path)
    net = model.network
    assert net.sizes == [4, 8, 6, 5, 3]
    assert net.activations == ["relu", "tanh", "leaky_relu", "softmax"]
    assert model.metadata["producer"].startswith("pytorch")
    x = np.random.default_rng(1).normal(size=(200, 4)).astype(np.float32)
    reference = ort.InferenceSession(path).run(None, {"x": x})[0]
    ours = net.feedforward(x)
    assert np.max(np.abs(ours - reference)) < 1e-6
    assert np.array_equal(net.predict(x), reference.argmax(axis=1))
    with torch.no_grad():  # and both are PyTorch's network
        assert np.max(np.abs(ours - mlp(torch.from_numpy(x)).numpy())) < 1e-6


def _graph_file(tmp_path, nodes, inits, name="g.onnx", n_in=2, n_out=2):
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", n_in])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", n_out])],
        initializer=[numpy_helper.from_array(np.asarray(a, np.float32), k) for k, a in inits],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    path = tmp_path / name
    path.write_bytes(model.SerializeToString())
    return path


def test_matmul_add_gemm_with_alpha_beta_and_identity(tmp_path):
    W1, b1 = np.arange(6).reshape(2, 3) / 10, np.array([0.1, -0.2, 0.3])
    W2, b2 = np.arange(6).reshape(2, 3) / 7 - 0.3, np.array([0.5, -0.5])  # stored as W2ᵀ
    nodes = [
        helper.make_node("MatMul", ["x", "W1"], ["h"]),
        helper.make_node("Add", ["b1", "h"], ["z1"]),  # the bias first: also a bias
        helper.make_node("Sigmoid", ["z1"], ["a1"]),
        helper.make_node("Identity", ["a1"], ["i1"]),
        helper.make_node("Gemm", ["i1", "W2", "b2"], ["y"], alpha=2.0, beta=0.5, transB=1),
    ]
    path = _graph_file(tmp_path, nodes, [("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2)])
    net = onnx_import.load_any(path).network
    assert net.activations == ["sigmoid", "linear"] and net.loss == "mse"
    x = np.array([[0.3, -1.2]], np.float32)
    a1 = 1 / (1 + np.exp(-(x @ W1 + b1)))
    expected = 2.0 * a1 @ W2.T + 0.5 * b2
    assert np.allclose(net.feedforward(x), expected, atol=1e-6)


def test_flatten_first_and_inference_dropout_pass_over(tmp_path):
    ort = pytest.importorskip("onnxruntime")
    W1, b1 = np.linspace(-1, 1, 12).reshape(4, 3), np.array([0.1, 0.0, -0.1])
    W2, b2 = np.linspace(1, -1, 6).reshape(3, 2), np.array([0.2, -0.2])
    nodes = [
        helper.make_node("Flatten", ["x"], ["rows"], axis=1),
        helper.make_node("Gemm", ["rows", "W1", "b1"], ["z1"]),
        helper.make_node("Tanh", ["z1"], ["a1"]),
        helper.make_node("Dropout", ["a1"], ["d1"], name="drop"),
        helper.make_node("Gemm", ["d1", "W2", "b2"], ["z2"]),
        helper.make_node("Softmax", ["z2"], ["y"], axis=1),
    ]
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", 1, 2, 2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", 2])],
        initializer=[
            numpy_helper.from_array(np.asarray(a, np.float32), k)
            for k, a in (("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2))
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    path = tmp_path / "images.onnx"
    path.write_bytes(model.SerializeToString())
    net = onnx_import.load_any(path).network
    assert net.sizes == [4, 3, 2] and net.activations == ["tanh", "softmax"]
    images = np.random.default_rng(2).normal(size=(10, 1, 2, 2)).astype(np.float32)
    reference = ort.InferenceSession(str(path)).run(None, {"x": images})[0]
    assert np.max(np.abs(net.feedforward(images.reshape(10, 4)) - reference)) < 1e-6


@pytest.mark.parametrize(
    "nodes, named",
    [
        ([("Gemm", ["x", "W", "b"], ["z"]), ("Erf", ["z"], ["y"])], "the operator Erf"),
        ([("Conv", ["x", "W"], ["y"])], "the operator Conv (node bad)"),
        (
            [("Gemm", ["x", "W", "b"], ["z"]), ("LeakyRelu", ["z"], ["y"], {"alpha": 0.2})],
            "LeakyRelu (node bad) has slope 0.2",
        ),
        (
            [("Gemm", ["x", "W", "b"], ["z"]), ("Relu", ["z"], ["r"]), ("Relu", ["r"], ["y"])],
            "the operator Relu",
        ),
        ([("Gemm", ["x", "W", "b"], ["z"]), ("Mul", ["z", "z"], ["y"])], "the operator Mul"),
        (
            [("Gemm", ["x", "W", "b"], ["z"]), ("Relu", ["z"], ["r"]), ("Flatten", ["r"], ["y"])],
            "the operator Flatten",
        ),
    ],
)
def test_unsupported_graphs_are_refused_naming_the_operator(tmp_path, nodes, named):
    made = []
    for i, spec in enumerate(nodes):
        op, ins, outs = spec[:3]
        attrs = spec[3] if len(spec) > 3 else {}
        last = i == len(nodes) - 1
        made.append(helper.make_node(op, ins, outs, name="bad" if last else f"n{i}", **attrs))
    inits = [("W", np.ones((2, 2))), ("b", np.zeros(2))]
    path = _graph_file(tmp_path, made, inits)
    with pytest.raises(ModelFileError) as e:
        onnx_import.load_any(path)
    assert named in str(e.value) and "Backprop Studio opens MLPs made of Gemm" in str(e.value)
    assert str(e.value).startswith("g.onnx: ")


def test_not_onnx_and_missing_onnx_package(tmp_path, monkeypatch):
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"\x08\xff\xff\xff garbage")
    with pytest.raises(ModelFileError, match="junk.onnx: not a readable ONNX model"):
        onnx_import.load_any(junk)
    text = tmp_path / "notes.bps"
    text.write_text("hello")
    with pytest.raises(ModelFileError, match="not a zip archive"):  # .bps messages unchanged
        onnx_import.load_any(text)
    net = Network.create([2, 3, 1], seed=0)
    onnx_export.export_onnx(net, tmp_path / "m.onnx")
    monkeypatch.setitem(sys.modules, "onnx", None)
    with pytest.raises(ModelFileError, match=r"needs the onnx package: pip install onnx"):
        onnx_import.load_any(tmp_path / "m.onnx")


def test_cli_info_evaluate_predict_on_onnx(tmp_path, capsys):
    net = Network.create([2, 4, 1], "tanh", seed=3)
    path = str(tmp_path / "m.onnx")
    onnx_export.export_onnx(net, path)
    assert cli.main(["info", path]) == 0
    assert "(ONNX, made by Backprop Studio" in capsys.readouterr().out
    assert cli.main(["evaluate", "--model", path, "--dataset", "moons", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    data = toy2d.make("moons")
    assert result["accuracy"] == float(np.mean(net.predict(data.x_val) == data.y_val))
    rows = tmp_path / "rows.csv"
    rows.write_text("0.5,-0.25\n-1,1\n")
    assert cli.main(["predict", "--model", path, str(rows), "--json"]) == 0
    lines = [json.loads(s) for s in capsys.readouterr().out.splitlines()]
    expected = net.predict(np.array([[0.5, -0.25], [-1, 1]], np.float32))
    assert [r["class"] for r in lines] == expected.tolist()
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"\x08\x01 not really")
    assert cli.main(["info", str(bad)]) == 2
    assert capsys.readouterr().err.startswith("error: bad.onnx: not a readable ONNX model")
