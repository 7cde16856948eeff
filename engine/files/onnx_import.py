"""Open a multilayer perceptron saved as ONNX (by this app, PyTorch, Keras, ...) as a model.

    model = load_onnx("mlp.onnx")      # a ModelFile: the Network, default training settings

The graph must be one chain from its one input to its one output, layer after layer:

    Gemm(a, W, b)   or   MatMul(a, W) followed by Add(·, b) (or no Add: b = 0)
    then one of      Relu, LeakyRelu (α = 0.01, the app's slope), Sigmoid, Tanh,
                     Softmax (the last layer, over its units), or nothing (a linear layer)

Identity nodes and Dropout in inference mode are passed over, a Flatten (axis 1) before
the first layer turns images into rows as the app does, and Sign followed by Relu is a
step unit (how the app exports one). Gemm's alpha, beta and transB are folded into W and
b, so a PyTorch Linear (weight stored as Wᵀ, exported as Gemm with transB=1) arrives as
the app's W of shape (inputs, outputs). Anything else is refused, naming the first operator that is
not an MLP layer, e.g. "mlp.onnx: the operator Conv (node conv1) is not part of an
MLP; Backprop Studio opens ...".

The weights come in as float64 if every weight is float64, else as float32. The loss is
cross-entropy for a softmax or sigmoid output, mse otherwise; training settings are the
app's defaults (ONNX stores neither). A 784-input, 10-output network is taken to be an
MNIST model; any other names no dataset (the app uses the one it has open). Reading needs
the `onnx` package: pip install onnx.
"""

from __future__ import annotations

import os

import numpy as np

from engine.files import modelfile
from engine.files.modelfile import ModelFile, ModelFileError
from engine.nn.activations import LEAKY_SLOPE
from engine.nn.network import Network
from engine.train.trainer import TrainConfig

INSTALL_HINT = (
    "opening ONNX models needs the onnx package: pip install onnx "
    '(or, in a checkout of Backprop Studio, pip install ".[onnx]")'
)
SUPPORTED = (
    "Backprop Studio opens MLPs made of Gemm, or MatMul and Add, with Relu, LeakyRelu, "
    "Sigmoid, Tanh, Softmax or nothing between them"
)
ACTIVATIONS = {
    "Relu": "relu",
    "LeakyRelu": "leaky_relu",
    "Sigmoid": "sigmoid",
    "Tanh": "tanh",
    "Softmax": "softmax",
}
IMPORTED = "onnx"  # metadata["imported_from"] of a model read here


def load_onnx(path: str) -> ModelFile:
    """The MLP in the ONNX file at `path`. Raises ModelFileError naming what is wrong."""
    path = os.fspath(path)
    name = os.path.basename(path)
    try:
        import onnx
    except ImportError:
        raise ModelFileError(f"{name}: {INSTALL_HINT}") from None
    try:
        size = os.path.getsize(path)
    except OSError as e:
        raise ModelFileError(f"{name}: cannot be read ({e.strerror or e})") from None
    if size > modelfile.MAX_FILE_BYTES:
        raise ModelFileError(f"{name}: is {size:,} bytes, larger than a model this app opens")
    try:
        proto = onnx.load(path, load_external_data=False)
    except Exception as e:  # protobuf's DecodeError and friends
        detail = (str(e).splitlines() or [type(e).__name__])[0][:120]
        raise ModelFileError(f"{name}: not a readable ONNX model ({detail})") from None
    return from_proto(proto, path)


def from_proto(proto, path: str = "") -> ModelFile:
    """A ModelFile from an onnx.ModelProto (see the module docstring for what is accepted)."""
    name = os.path.basename(path) or "the ONNX model"
    layers = _Chain(proto.graph, name).layers()
    dtype = np.float64 if all(W.dtype == np.float64 for W, _, _ in layers) else np.float32
    sizes = [layers[0][0].shape[0]] + [W.shape[1] for W, _, _ in layers]
    problem = modelfile.architecture_problem(sizes)
    if problem:
        raise ModelFileError(f"{name}: {problem}")
    acts = [g for _, _, g in layers]
    loss = "cross_entropy" if acts[-1] in ("softmax", "sigmoid") else "mse"
    try:
        network = Network(
            sizes,
            acts,
            loss,
            [np.ascontiguousarray(W, dtype) for W, _, _ in layers],
            [np.ascontiguousarray(b, dtype) for _, b, _ in layers],
        )
    except ValueError as e:
        raise ModelFileError(f"{name}: {e}") from None
    mnist = sizes[0] == 784 and sizes[-1] == 10
    producer = " ".join(p for p in (proto.producer_name, proto.producer_version) if p)
    return ModelFile(
        network=network,
        config=TrainConfig(),
        trainer_state=None,
        dataset_name="mnist" if mnist else None,
        dataset_params={},
        history={},
        metadata={"imported_from": IMPORTED, "producer": producer[:80]},
        path=path,
        dataset_info={"n_inputs": sizes[0], "n_classes": max(sizes[-1], 2)},
    )


class _Chain:
    """Walks an ONNX graph from its input to its output, collecting (W, b, activation)."""

    def __init__(self, graph, name: str) -> None:
        from onnx import numpy_helper

        self.name = name
        self.to_array = numpy_helper.to_array
        self.consts: dict[str, object] = {t.name: t for t in graph.initializer}
        self.nodes = []
        for node in graph.node:
            if node.op_type == "Constant" and len(node.output) == 1:
                value = [a for a in node.attribute if a.name == "value"]
                if value:
                    self.consts[node.output[0]] = value[0].t
                    continue
            self.nodes.append(node)
        inputs = [i.name for i in graph.input if i.name not in self.consts]
        if len(inputs) != 1 or len(graph.output) != 1:
            raise self.fail(
                f"has {len(inputs)} inputs and {len(graph.output)} outputs; an MLP has one of each"
            )
        self.input, self.output = inputs[0], graph.output[0].name
        self.consumers: dict[str, list] = {}
        for node in self.nodes:
            for x in node.input:
                self.consumers.setdefault(x, []).append(node)

    def fail(self, what: str) -> ModelFileError:
        return ModelFileError(f"{self.name}: {what}")

    def refuse(self, node, why: str = "is not part of an MLP") -> ModelFileError:
        label = f" (node {node.name})" if node.name else ""
        return self.fail(f"the operator {node.op_type}{label} {why}; {SUPPORTED}")

    def const(self, node, x: str) -> np.ndarray:
        """The constant tensor `x` (an initializer or Constant) as a float array."""
        tensor = self.consts.get(x)
        if tensor is None:
            raise self.refuse(node, f"takes the computed tensor {x!r} where a weight belongs")
        if getattr(tensor, "data_location", 0) == 1:  # EXTERNAL
            raise self.fail(f"{x} is stored outside the file (external data is not read)")
        try:
            a = self.to_array(tensor)
        except Exception as e:
            raise self.fail(f"cannot read the tensor {x!r} ({str(e)[:80]})") from None
        if a.dtype.kind != "f":
            raise self.fail(f"the weight {x!r} holds {a.dtype} values, not floating-point numbers")
        if not np.all(np.isfinite(a)):
            raise self.fail(f"the weight {x!r} contains infinite or NaN values")
        return a if a.dtype == np.float64 else a.astype(np.float32)

    def next_node(self, x: str):
        users = self.consumers.get(x, [])
        if len(users) > 1:
            raise self.refuse(users[1], f"reads {x!r} too: an MLP is one chain of layers")
        if not users:
            raise self.fail(f"the graph stops at {x!r} before it reaches its output")
        return users[0]

    @staticmethod
    def attrs(node) -> dict:
        from onnx import helper

        return {a.name: helper.get_attribute_value(a) for a in node.attribute}

    def layers(self) -> list[tuple[np.ndarray, np.ndarray, str]]:
        done: list[tuple[np.ndarray, np.ndarray, str]] = []
        W = b = None  # the layer being read: z = a·W + b, before its activation
        x, seen = self.input, 0
        while x != self.output:
            node = self.next_node(x)
            seen += 1
            if seen > len(self.nodes):
                raise self.fail("the graph has a cycle")
            op = node.op_type
            data_inputs = [i for i in node.input if i not in self.consts]
            if op in ("Gemm", "MatMul"):
                if W is not None:  # the previous layer had no activation: linear
                    done.append((W, b, "linear"))
                W, b = self.gemm(node, x) if op == "Gemm" else self.matmul(node, x)
                if done and W.shape[0] != done[-1][0].shape[1]:
                    raise self.refuse(node, "does not fit the layer before it")
            elif op == "Add" and W is not None and len(data_inputs) == 1:
                other = next(i for i in node.input if i != x)
                c = self.const(node, other)
                if c.size != W.shape[1] or (c.ndim == 2 and c.shape[0] != 1) or c.ndim > 2:
                    raise self.refuse(node, f"adds a {c.shape} tensor, not one bias per unit")
                b = b + c.reshape(-1)
            elif op in ACTIVATIONS and W is not None:
                done.append((W, b, self.activation(node)))
                W = b = None
            elif op == "Sign" and W is not None:
                relu = self.next_node(node.output[0])
                if relu.op_type != "Relu":
                    raise self.refuse(node)
                done.append((W, b, "step"))
                W = b = None
                node = relu
            elif op == "Identity" or (op == "Dropout" and self.inference_dropout(node)):
                pass  # both pass their input on unchanged when the network is used
            elif (
                op == "Flatten" and not done and W is None and self.attrs(node).get("axis", 1) == 1
            ):
                pass  # images (n, 1, 28, 28) to rows (n, 784), row by row: the app's inputs
            else:
                raise self.refuse(node)
            x = node.output[0]
        if W is not None:
            done.append((W, b, "linear"))
        if not done:
            raise self.fail(f"has no layers (no Gemm or MatMul); {SUPPORTED}")
        if len(done) > modelfile.MAX_LAYERS:
            raise self.fail(f"has {len(done)} layers; the app holds up to {modelfile.MAX_LAYERS}")
        return done

    def inference_dropout(self, node) -> bool:
        """Whether a Dropout node is the identity: no training_mode, and its mask unused."""
        if len(node.output) > 1 and node.output[1] and node.output[1] in self.consumers:
            return False
        if len(node.input) > 2 and node.input[2]:
            mode = self.consts.get(node.input[2])
            return mode is not None and not bool(self.to_array(mode))
        return True

    def gemm(self, node, x: str) -> tuple[np.ndarray, np.ndarray]:
        """Gemm: z = alpha·a·op(W) + beta·C, with op(W) = Wᵀ when transB = 1."""
        a = self.attrs(node)
        if a.get("transA", 0) or node.input[0] != x:
            raise self.refuse(node, "multiplies with its input transposed or second")
        W = self.const(node, node.input[1])
        if W.ndim != 2:
            raise self.refuse(node, f"has a {W.ndim}-D weight")
        if a.get("transB", 0):
            W = W.T
        W = W * np.asarray(a.get("alpha", 1.0), W.dtype)
        b = np.zeros(W.shape[1], W.dtype)
        if len(node.input) > 2 and node.input[2]:
            c = self.const(node, node.input[2])
            if c.size != W.shape[1] or c.ndim > 2 or (c.ndim == 2 and c.shape[0] != 1):
                raise self.refuse(node, f"adds a {c.shape} tensor, not one bias per unit")
            b = c.reshape(-1) * np.asarray(a.get("beta", 1.0), c.dtype)
        return W, b

    def matmul(self, node, x: str) -> tuple[np.ndarray, np.ndarray]:
        """MatMul: z = a·W (the bias, if any, comes in the Add after it)."""
        if node.input[0] != x:
            raise self.refuse(node, "multiplies its input from the right")
        W = self.const(node, node.input[1])
        if W.ndim != 2:
            raise self.refuse(node, f"has a {W.ndim}-D weight")
        return W, np.zeros(W.shape[1], W.dtype)

    def activation(self, node) -> str:
        g = ACTIVATIONS[node.op_type]
        a = self.attrs(node)
        if g == "leaky_relu" and not np.isclose(a.get("alpha", 0.01), LEAKY_SLOPE, rtol=1e-6):
            raise self.refuse(
                node, f"has slope {a['alpha']:g}; the app's leaky relu has {LEAKY_SLOPE}"
            )
        if g == "softmax" and a.get("axis", -1) not in (-1, 1):
            raise self.refuse(node, f"runs over axis {a['axis']}, not over the units")
        return g


def load_any(path: str) -> ModelFile:
    """A Backprop Studio model (.bps, a zip archive) or an ONNX MLP, told apart by content.

    Everything that opens a model (File → Open, `info`, `evaluate`, `predict`, `export`,
    `train --resume`) goes through here. Raises ModelFileError naming what is wrong.
    """
    path = os.fspath(path)
    try:
        with open(path, "rb") as f:
            head = f.read(2)
    except OSError:
        return modelfile.load(path)  # its message for a missing or unreadable file
    # an ONNX ModelProto starts with field 1, ir_version, a varint: the byte 0x08
    onnx_like = head[:1] == b"\x08" or path.lower().endswith(".onnx")
    if head == b"PK" or not onnx_like:
        return modelfile.load(path)
    return load_onnx(path)


def is_imported(model: ModelFile) -> bool:
    """Whether `model` was read from ONNX (so saving it means choosing a .bps name)."""
    return model.metadata.get("imported_from") == IMPORTED
