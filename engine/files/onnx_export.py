"""Export a network to ONNX, so it runs in ONNX Runtime or any framework that reads ONNX.

The graph for sizes [784, 30, 10] with sigmoid hidden units and a softmax output:

    input (n, 784) -> MatMul W1 (784, 30) -> Add b1 (30,) -> Sigmoid
                   -> MatMul W2 (30, 10)  -> Add b2 (10,) -> Softmax(axis=-1) -> output (n, 10)

Weights are stored as float32 initializers (float64 networks are converted), the
batch dimension is named "n". Needs the optional `onnx` package (`pip install onnx`;
in a checkout, `pip install ".[onnx]"` installs it with the app).
"""

from __future__ import annotations

import numpy as np

from engine.files.atomic import write_bytes
from engine.nn.network import Network

OPSET = 13
INSTALL_HINT = (
    "ONNX export needs the onnx package: pip install onnx "
    '(or, in a checkout of Backprop Studio, pip install ".[onnx]")'
)


def _activation_nodes(helper, g: str, z: str, a: str, l: int) -> list:
    """Nodes computing a = g(z) for layer l (1-based)."""
    if g == "sigmoid":
        return [helper.make_node("Sigmoid", [z], [a], name=f"sigmoid{l}")]
    if g == "tanh":
        return [helper.make_node("Tanh", [z], [a], name=f"tanh{l}")]
    if g == "relu":
        return [helper.make_node("Relu", [z], [a], name=f"relu{l}")]
    if g == "leaky_relu":
        from engine.nn.activations import LEAKY_SLOPE

        return [helper.make_node("LeakyRelu", [z], [a], alpha=LEAKY_SLOPE, name=f"leaky{l}")]
    if g == "linear":
        return [helper.make_node("Identity", [z], [a], name=f"linear{l}")]
    if g == "softmax":
        return [helper.make_node("Softmax", [z], [a], axis=-1, name=f"softmax{l}")]
    if g == "step":  # 1 where z > 0, else 0: relu(sign(z))
        return [
            helper.make_node("Sign", [z], [f"sign{l}"], name=f"sign{l}"),
            helper.make_node("Relu", [f"sign{l}"], [a], name=f"step{l}"),
        ]
    raise ValueError(f"cannot export the activation {g!r} to ONNX")


def to_onnx(network: Network):
    """The network as an onnx.ModelProto (checked with onnx.checker)."""
    try:
        import onnx
        from onnx import TensorProto, helper, numpy_helper
    except ImportError:
        raise ValueError(INSTALL_HINT) from None
    nodes, inits = [], []
    a = "input"
    last = len(network.weights)
    for l, (W, b, g) in enumerate(
        zip(network.weights, network.biases, network.activations, strict=True), start=1
    ):
        inits.append(numpy_helper.from_array(np.asarray(W, np.float32), f"W{l}"))
        inits.append(numpy_helper.from_array(np.asarray(b, np.float32), f"b{l}"))
        nodes.append(helper.make_node("MatMul", [a, f"W{l}"], [f"xW{l}"], name=f"matmul{l}"))
        nodes.append(helper.make_node("Add", [f"xW{l}", f"b{l}"], [f"z{l}"], name=f"add{l}"))
        out = "output" if l == last else f"a{l}"
        nodes += _activation_nodes(helper, g, f"z{l}", out, l)
        a = out
    graph = helper.make_graph(
        nodes,
        f"backprop_studio_{'_'.join(map(str, network.sizes))}",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["n", network.sizes[0]])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["n", network.sizes[-1]])],
        initializer=inits,
    )
    model = helper.make_model(
        graph,
        producer_name="Backprop Studio",
        opset_imports=[helper.make_opsetid("", OPSET)],
        doc_string=f"Backprop Studio MLP {network.describe()}",
    )
    model.ir_version = min(model.ir_version, 8)  # readable by older runtimes too
    onnx.checker.check_model(model)
    return model


def export_onnx(network: Network, path: str) -> None:
    """Write `network` to `path` as an ONNX model (atomically)."""
    model = to_onnx(network)
    write_bytes(path, model.SerializeToString())
