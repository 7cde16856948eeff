"""ONNX and .npz export: the exported model computes what the engine computes."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from engine.files import npz_export, onnx_export
from engine.nn.network import Network

HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear", "step"]


def inputs(n_in: int, n: int = 64) -> np.ndarray:
    return np.random.default_rng(5).normal(0, 2, (n, n_in)).astype(np.float32)


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("output", ["softmax", "sigmoid", "linear"])
def test_onnx_matches_engine_to_1e_5(tmp_path, hidden, output):
    ort = pytest.importorskip("onnxruntime", reason="onnxruntime is not installed")
    pytest.importorskip("onnx", reason="onnx is not installed")
    units = 1 if output == "sigmoid" else 4
    loss = "mse" if output == "linear" else "cross_entropy"
    net = Network.create([6, 9, 7, units], hidden, output, loss=loss, init="he_normal", seed=11)
    path = tmp_path / "net.onnx"
    onnx_export.export_onnx(net, path)
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    X = inputs(6)
    (got,) = session.run(["output"], {"input": X})
    want = net.feedforward(X)
    assert got.shape == want.shape == (64, units)
    np.testing.assert_allclose(got, want, atol=1e-5, rtol=0)


def test_onnx_of_a_float64_network_runs_in_float32(tmp_path):
    ort = pytest.importorskip("onnxruntime", reason="onnxruntime is not installed")
    net = Network.create([3, 5, 2], "tanh", "softmax", seed=2, dtype="float64")
    onnx_export.export_onnx(net, tmp_path / "n.onnx")
    session = ort.InferenceSession(str(tmp_path / "n.onnx"), providers=["CPUExecutionProvider"])
    X = inputs(3)
    (got,) = session.run(None, {"input": X})
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, net.feedforward(X), atol=1e-5, rtol=0)


def test_onnx_without_the_package_names_the_extra(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "onnx", None)  # makes `import onnx` fail
    with pytest.raises(
        ValueError,
        match=r'pip install onnx \(or, in a checkout of Backprop Studio, pip install "\.\[onnx\]"',
    ):
        onnx_export.export_onnx(Network.create([2, 2, 1]), tmp_path / "x.onnx")
    assert not (tmp_path / "x.onnx").exists()


def test_npz_holds_weights_and_architecture_without_pickle(tmp_path):
    net = Network.create([4, 3, 2], "relu", "softmax", loss="cross_entropy", seed=1)
    path = tmp_path / "w.npz"
    npz_export.export_npz(net, path)
    with np.load(path, allow_pickle=False) as d:
        assert sorted(d.files) == ["W1", "W2", "architecture", "b1", "b2"]
        for l in (1, 2):
            assert np.array_equal(d[f"W{l}"], net.weights[l - 1])
            assert np.array_equal(d[f"b{l}"], net.biases[l - 1])
        assert d["architecture"].shape == () and d["architecture"].dtype.kind == "U"
        arch = json.loads(str(d["architecture"]))
    assert arch["sizes"] == [4, 3, 2]
    assert arch["activations"] == ["relu", "softmax"]
    assert arch["loss"] == "cross_entropy" and arch["dtype"] == "float32"
    # the arrays are enough to recompute the network's output by hand
    X = inputs(4)
    with np.load(path, allow_pickle=False) as d:
        z = np.maximum(X @ d["W1"] + d["b1"], 0) @ d["W2"] + d["b2"]
    e = np.exp(z - z.max(axis=1, keepdims=True))
    np.testing.assert_allclose(e / e.sum(axis=1, keepdims=True), net.feedforward(X), atol=1e-6)
