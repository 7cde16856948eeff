"""One forward and one backward pass, operation by operation, with the real numbers.

    t = trace(network, x, y, optimizer, config, lr=trainer.current_lr())
    for step in t.steps:            # forward_z, forward_a (per layer), loss, delta, grad, update
        step.title, step.explanation, step.arrays["z"], ...
    view = t.neuron(2, 3)           # unit 3 of layer 2: z, a, δ and the chain rule per edge

For sizes [2, 3, 2] and one sample there are 11 steps:

    z¹ = a⁰·W¹ + b¹,  a¹ = σ(z¹),  z² = a¹·W² + b²,  a² = softmax(z²),  L,
    δ²,  ∂L/∂W² and ∂L/∂b²,  δ¹ = (δ²·W²ᵀ) ⊙ σ'(z¹),  ∂L/∂W¹ and ∂L/∂b¹,
    update of W¹ and b¹,  update of W² and b²

The numbers come from the engine's own `Network.forward` / `Network.backward`
(dropout off, the trainer's l1 and l2 included), and the update from a deep copy
of the optimizer, so the trace is exactly what `Trainer.train_on_batch(x, y,
use_dropout=False)` computes and applies, and nothing of the network or the
optimizer changes. Layers are numbered as in the books: 0 is the input, L the
output; W[l] below means the weights feeding layer l, the network's weights[l-1].
Units are numbered from 0 (output unit j is class j).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field

import numpy as np

from engine.data.dataset import encode_targets
from engine.nn import activations as act
from engine.nn.network import Network, Pass
from engine.train.optimizers import Optimizer
from engine.train.trainer import WEIGHT_LIMIT, exact_norms

CHAIN_RULE = "chain rule on each edge: upstream gradient × local gradient = downstream gradient"
KINDS = ("forward_z", "forward_a", "loss", "delta", "grad", "update")

_SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def sup(n: int | str) -> str:
    """Superscript digits: sup(2) == '²' (the layer index on z, a, W, b, δ)."""
    return str(n).translate(_SUP)


def sub(n: int | str) -> str:
    """Subscript digits: sub(12) == '₁₂' (the unit index)."""
    return str(n).translate(_SUB)


def fmt(v: float, digits: int = 4) -> str:
    """A number for people: 4 significant digits, a real minus sign, ×10ⁿ for the very
    small or large. fmt(-0.000012345) == '−1.234×10⁻⁵', fmt(0.5) == '0.5'."""
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    if v == 0:
        return "0"
    if 1e-3 <= abs(v) < 1e5:
        text = f"{v:.{digits}g}"
        if "e" in text:  # e.g. 1e+04 from rounding
            text = f"{v:.0f}"
    else:
        mantissa, exponent = f"{v:.{digits - 1}e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        text = f"{mantissa}×10{sup(int(exponent))}"
    return text.replace("-", "−")


def _paren(v: float) -> str:
    """A factor in a product: negative numbers in parentheses, (−0.3)×0.4."""
    text = fmt(v)
    return f"({text})" if v < 0 else text


def short(values: np.ndarray, limit: int = 4) -> str:
    """A vector in a sentence: every value when there are few, else its range."""
    values = np.ravel(values)
    if values.size <= limit:
        return "[" + ", ".join(fmt(v, 3) for v in values) + "]"
    return f"{values.size} values from {fmt(values.min(), 3)} to {fmt(values.max(), 3)}"


G_SYMBOL = {
    "sigmoid": "σ",
    "tanh": "tanh",
    "relu": "relu",
    "leaky_relu": "leaky_relu",
    "linear": "id",
    "softmax": "softmax",
}

G_PHRASE = {
    "sigmoid": "squashes each z into (0, 1)",
    "tanh": "squashes each z into (−1, 1)",
    "relu": "keeps each positive z and turns each negative one into 0",
    "leaky_relu": f"keeps each positive z and scales each negative one by {act.LEAKY_SLOPE}",
    "linear": "passes each z through unchanged",
    "softmax": "turns the scores z into probabilities that add up to 1",
}


@dataclass
class TraceStep:
    """One operation of the pass. See docs/ARCHITECTURE.md for how panels use it.

    kind: one of KINDS; layer: the layer of units involved (1..L; the loss step uses L).
    node_values {layer: (units,)}: what the nodes show (activations forward and at the
    loss, δ backward and at the updates), for the first sample of the batch.
    edge_values {layer: (sizes[l-1], sizes[l])}: weights forward, ∂L/∂W backward, ΔW updates.
    arrays: every named number of the step (e.g. z, a_prev, W, b), batch arrays (n, units);
    labels: how each array is written (e.g. {"a_prev": "a¹", "W": "W²"});
    scalars: named single numbers (loss, η, t, λ₂...).
    """

    kind: str
    layer: int
    title: str
    explanation: str
    node_values: dict[int, np.ndarray] = field(default_factory=dict)
    edge_values: dict[int, np.ndarray] = field(default_factory=dict)
    arrays: dict[str, np.ndarray] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    scalars: dict[str, float] = field(default_factory=dict)


@dataclass
class Term:
    """One term of a sum in a neuron's formula: weight × value = product."""

    index: int  # the unit at the other end of the weight
    weight: float
    value: float
    product: float


@dataclass
class EdgeGradient:
    """The chain rule on one weight w_ij: upstream δ_j × local a_i (+ regularisation) = ∂L/∂w_ij."""

    source: int  # i, unit of layer l−1
    target: int  # j, unit of layer l
    upstream: float  # δ_j (summed with a_i over the batch when n > 1)
    local: float  # a_i = ∂z_j/∂w_ij
    downstream: float  # ∂L/∂w_ij, the engine's number
    weight: float
    update: float  # Δw_ij from the optimizer
    line: str


@dataclass
class NeuronView:
    """Unit `unit` of layer `layer`, with the actual values of its formulas.

    For unit 3 of layer 2 in a 784-30-10 network: z_terms holds the `top` largest terms
    w²ᵢ₃·a¹ᵢ of its 30-term sum, z_rest_count (25) and z_rest_sum the others; delta_terms
    is empty (an output unit's δ comes from the loss); edges are its 30 incoming weights,
    largest gradients first. Input units (layer 0) have a value and outgoing edges only.
    """

    layer: int
    unit: int
    sample: int
    name: str
    a: float
    z: float | None = None
    b: float | None = None
    delta: float | None = None
    g_prime: float | None = None
    z_terms: list[Term] = field(default_factory=list)
    z_rest_count: int = 0
    z_rest_sum: float = 0.0
    delta_terms: list[Term] = field(default_factory=list)
    delta_rest_count: int = 0
    delta_rest_sum: float = 0.0
    edges: list[EdgeGradient] = field(default_factory=list)
    edges_rest_count: int = 0
    z_line: str = ""
    a_line: str = ""
    delta_line: str = ""
    bias_line: str = ""
    update_lines: list[str] = field(default_factory=list)
    # the same seen from the layer above (not for output units): the weights out of the unit
    out_edges: list[EdgeGradient] = field(default_factory=list)
    out_edges_rest_count: int = 0
    out_update_lines: list[str] = field(default_factory=list)
    feeds_line: str = ""

    def lines_for(self, kind: str, as_input: bool = False) -> list[str]:
        """The formulas that belong to a step of this kind, ready to lay out.

        as_input: the step is about the layer above, which this unit feeds (z of the next
        layer, or the gradients and updates of the weights out of this unit).
        """
        if as_input or self.layer == 0:
            edges, rest, updates = self.out_edges, self.out_edges_rest_count, self.out_update_lines
        else:
            edges, rest, updates = self.edges, self.edges_rest_count, self.update_lines
        more = [f"… and {rest} more weights"] if rest else []
        chain = [e.line for e in edges]
        if as_input or self.layer == 0:
            if kind in ("forward_z", "forward_a", "loss"):
                lines = [self.a_line, self.feeds_line]
            elif kind in ("delta", "grad"):
                lines = [CHAIN_RULE, self.a_line, *chain, *more]
            else:
                lines = [*updates, *more]
        elif kind in ("forward_z", "forward_a", "loss"):
            lines = [self.z_line, self.a_line]
        elif kind == "delta":
            lines = [self.delta_line]
        elif kind == "grad":
            lines = [CHAIN_RULE, self.delta_line, *chain, *more, self.bias_line]
        else:  # the weights' updates, then the bias's
            lines = [*updates[:-1], *more, *updates[-1:]]
        return [line for line in lines if line]


@dataclass
class Trace:
    """A full record of one training step on x, y (nothing of the network changed).

    x (n, sizes[0]), y (n, sizes[-1]) targets; weights/biases: copies before the step;
    passed: the engine's Pass (zs, activations, deltas, nabla_w, nabla_b, loss);
    updates: ΔW for [W1, b1, W2, b2, ...]; new_weights/new_biases: after the update
    (what train_on_batch leaves in the network); diverged: why no update, or None.
    """

    sizes: list[int]
    activations: list[str]
    loss_name: str
    optimizer_name: str
    rule: str
    lr: float
    l1: float
    l2: float
    x: np.ndarray
    y: np.ndarray
    weights: list[np.ndarray]
    biases: list[np.ndarray]
    passed: Pass
    updates: list[np.ndarray]
    new_weights: list[np.ndarray]
    new_biases: list[np.ndarray]
    optimizer_state: dict  # the copy's state after the step (t, slots)
    diverged: str | None
    steps: list[TraceStep] = field(default_factory=list)

    @property
    def loss(self) -> float:
        return self.passed.loss

    @property
    def L(self) -> int:
        return len(self.sizes) - 1

    @property
    def output(self) -> np.ndarray:
        return self.passed.activations[-1]

    def predicted(self, sample: int = 0) -> int:
        return int(Network.classes(self.output[sample : sample + 1])[0])

    def predicted_unit(self, sample: int = 0) -> int:
        """The output unit that decides the prediction: the predicted class, or the only unit."""
        return self.predicted(sample) if self.sizes[-1] > 1 else 0

    def target_class(self, sample: int = 0) -> int:
        return int(Network.classes_of_targets(self.y[sample : sample + 1])[0])

    def neuron(self, layer: int, unit: int, sample: int = 0, top: int = 5) -> NeuronView:
        """The formulas of one unit with the actual numbers (see NeuronView)."""
        return neuron_view(self, layer, unit, sample, top)


def _targets(y, units: int, n: int, dtype) -> np.ndarray:
    """Targets (n, units) from a label, n labels, or targets as the trainer encodes them."""
    y = np.asarray(y)
    if y.ndim == 0 or (y.ndim == 1 and y.shape[0] == n and y.dtype.kind in "iu"):
        return encode_targets(np.atleast_1d(y), units, dtype)
    if y.size != n * units:
        raise ValueError(f"targets have shape {y.shape}; the network needs ({n}, {units})")
    return np.ascontiguousarray(y.reshape(n, units), dtype=dtype)


def trace(
    network: Network,
    x: np.ndarray,
    y,
    optimizer: Optimizer,
    config=None,
    lr: float | None = None,
) -> Trace:
    """Record one training step on sample x (d,) — or a small batch (n, d) — with target y.

    y: a class label (int), or targets (units,) / (n, units) as the trainer encodes them.
    config: the TrainConfig (its l1 and l2 are used; dropout is off). lr: the learning
    rate of this step (the trainer's current_lr()); by default the optimizer's own.
    Neither the network's weights nor the optimizer change.
    """
    network.check_trainable()
    dt = network.dtype
    X = np.ascontiguousarray(np.atleast_2d(np.asarray(x, dtype=dt)))
    if X.shape[1] != network.sizes[0]:
        raise ValueError(f"this network takes {network.sizes[0]} inputs, got {X.shape[1]}")
    n = X.shape[0]
    Y = _targets(y, network.sizes[-1], n, dt)
    l1 = float(getattr(config, "l1", 0.0) or 0.0)
    l2 = float(getattr(config, "l2", 0.0) or 0.0)

    weights = [W.copy() for W in network.weights]
    biases = [b.copy() for b in network.biases]
    p = network.forward(X)
    network.backward(p, Y, l1=l1, l2=l2)
    passed = p.copy()

    opt = copy.deepcopy(optimizer)
    if lr is not None:
        opt.lr = float(lr)
    diverged = None
    if not math.isfinite(passed.loss):
        diverged = f"the loss became {passed.loss}"
        updates = [np.zeros_like(g) for g in passed.gradients()]
    else:
        updates = [u.copy() for u in opt.updates(passed.gradients())]
        if not all(np.isfinite(u).all() for u in updates):
            diverged = "a gradient or weight update became infinite or NaN"
        else:  # the trainer's guard: ‖W‖ + ‖ΔW‖ must stay within WEIGHT_LIMIT
            sizes = zip(exact_norms(network.params), exact_norms(updates), strict=True)
            if any(w + u > WEIGHT_LIMIT for w, u in sizes):
                diverged = f"the weights grew past {WEIGHT_LIMIT:g}"
    new_params = [p0 + u for p0, u in zip(network.params, updates, strict=True)]
    if diverged:
        new_params = [p0.copy() for p0 in network.params]
    t = Trace(
        sizes=list(network.sizes),
        activations=list(network.activations),
        loss_name=network.loss,
        optimizer_name=opt.name,
        rule=opt.rule,
        lr=opt.lr,
        l1=l1,
        l2=l2,
        x=X.copy(),
        y=Y,
        weights=weights,
        biases=biases,
        passed=passed,
        updates=updates,
        new_weights=new_params[0::2],
        new_biases=new_params[1::2],
        optimizer_state=opt.state_dict(),
        diverged=diverged,
    )
    t.steps = _steps(t)
    return t


# -- the steps ------------------------------------------------------------------------


def _a(t: Trace, l: int) -> np.ndarray:
    return t.passed.activations[l]


def _steps(t: Trace) -> list[TraceStep]:
    steps = []
    for l in range(1, t.L + 1):
        steps += [_forward_z(t, l), _forward_a(t, l)]
    steps.append(_loss(t))
    steps.append(_delta(t, t.L))
    for l in range(t.L, 0, -1):
        steps.append(_grad(t, l))
        if l > 1:
            steps.append(_delta(t, l - 1))
    steps += [_update(t, l) for l in range(1, t.L + 1)]
    return steps


def _forward_nodes(t: Trace, l: int, last: np.ndarray) -> dict[int, np.ndarray]:
    nodes = {k: _a(t, k)[0] for k in range(l)}
    nodes[l] = last[0]
    return nodes


def _forward_z(t: Trace, l: int) -> TraceStep:
    z = t.passed.zs[l - 1]
    n_in, n_out = t.sizes[l - 1], t.sizes[l]
    what = "the input" if l == 1 else f"layer {l - 1}"
    return TraceStep(
        kind="forward_z",
        layer=l,
        title=f"z{sup(l)} = a{sup(l - 1)}·W{sup(l)} + b{sup(l)}",
        explanation=(
            f"{'The one unit' if n_out == 1 else f'Each of the {n_out} units'} of layer {l} "
            f"adds up {'the value' if n_in == 1 else f'the {n_in} values'} of {what}, "
            f"{'times its' if n_in == 1 else 'each times its'} weight, plus its bias: "
            f"z{sup(l)} = {short(z[0])}."
        ),
        node_values=_forward_nodes(t, l, z),
        edge_values={k: t.weights[k - 1] for k in range(1, l + 1)},
        arrays={"a_prev": _a(t, l - 1), "W": t.weights[l - 1], "b": t.biases[l - 1], "z": z},
        labels={
            "a_prev": f"a{sup(l - 1)}",
            "W": f"W{sup(l)}",
            "b": f"b{sup(l)}",
            "z": f"z{sup(l)}",
        },
    )


def _forward_a(t: Trace, l: int) -> TraceStep:
    g = t.activations[l - 1]
    a = _a(t, l)
    sentence = f"The activation {g} {G_PHRASE[g]}: a{sup(l)} = {short(a[0])}."
    if l == t.L and t.sizes[-1] > 1:
        k = t.predicted()
        sentence += f" The network predicts class {k} (output {fmt(a[0, k], 3)})."
    elif l == t.L:
        k, out = t.predicted(), float(a[0, 0])
        sentence += (
            f" The network predicts class {k} (output {fmt(out, 3)} {'>' if k else '≤'} 0.5)."
        )
    return TraceStep(
        kind="forward_a",
        layer=l,
        title=f"a{sup(l)} = {G_SYMBOL[g]}(z{sup(l)})",
        explanation=sentence,
        node_values=_forward_nodes(t, l, a),
        edge_values={k: t.weights[k - 1] for k in range(1, l + 1)},
        arrays={"z": t.passed.zs[l - 1], "a": a},
        labels={"z": f"z{sup(l)}", "a": f"a{sup(l)}"},
        scalars={},
    )


def _loss(t: Trace) -> TraceStep:
    L = t.L
    target = t.target_class()
    if t.loss_name == "mse":
        how = "half the squared distance between the output and the target"
    else:
        how = "minus the log of the probability the network gave the right class"
    if t.x.shape[0] > 1:
        how += f", averaged over the {t.x.shape[0]} samples"
    return TraceStep(
        kind="loss",
        layer=L,
        title=(
            f"L = ½ Σⱼ (a{sup(L)}ⱼ − yⱼ)²" if t.loss_name == "mse" else f"L = −Σⱼ yⱼ·log a{sup(L)}ⱼ"
        ),
        explanation=(
            f"The loss measures how wrong the output is for the target (class {target}): "
            f"{how}, here L = {fmt(t.loss)}."
        ),
        node_values={k: _a(t, k)[0] for k in range(L + 1)},
        edge_values={k: t.weights[k - 1] for k in range(1, L + 1)},
        arrays={"a": _a(t, L), "y": t.y},
        labels={"a": f"a{sup(L)}", "y": "y"},
        scalars={"loss": t.loss},
    )


def _g_prime(t: Trace, l: int) -> np.ndarray:
    """g'(z) of layer l through the engine's DERIVATIVES table (hidden layers)."""
    z = t.passed.zs[l - 1]
    return act.DERIVATIVES[t.activations[l - 1]](z, _a(t, l), np.empty_like(z))


def _backward_nodes(t: Trace, l: int) -> dict[int, np.ndarray]:
    return {k: t.passed.deltas[k - 1][0] for k in range(t.L, l - 1, -1)}


def _delta(t: Trace, l: int) -> TraceStep:
    delta = t.passed.deltas[l - 1]
    n = t.x.shape[0]
    per = f"/{n}" if n > 1 else ""
    grads_so_far = {k: t.passed.nabla_w[k - 1] for k in range(t.L, l, -1)}
    if l == t.L:
        g = t.activations[-1]
        fused = t.loss_name == "cross_entropy" or g == "linear"
        if fused:
            title = f"δ{sup(l)} = ∂L/∂z{sup(l)} = (a{sup(l)} − y){per}"
            why = (
                f"for cross-entropy with {g} outputs it is simply output minus target"
                if t.loss_name == "cross_entropy"
                else "for mse with linear outputs it is simply output minus target"
            )
        elif g == "softmax":
            title = f"δ{sup(l)} = softmax'(z{sup(l)})ᵀ·(a{sup(l)} − y){per}"
            why = "for mse through softmax, the error a − y goes through softmax's Jacobian"
        else:
            title = f"δ{sup(l)} = (a{sup(l)} − y) ⊙ {G_SYMBOL[g]}'(z{sup(l)}){per}"
            why = f"for mse it is output minus target, times the slope of {g}"
        arrays = {"a": _a(t, l), "y": t.y, "delta": delta}
        labels = {"a": f"a{sup(l)}", "y": "y", "delta": f"δ{sup(l)}"}
        return TraceStep(
            kind="delta",
            layer=l,
            title=title,
            explanation=(
                f"Backpropagation starts at the output: δ{sup(l)} tells how much the loss "
                f"changes when each output z changes; {why}: δ{sup(l)} = {short(delta[0])}."
            ),
            node_values=_backward_nodes(t, l),
            edge_values=grads_so_far,
            arrays=arrays,
            labels=labels,
        )
    g = t.activations[l - 1]
    W_next = t.weights[l]
    delta_next = t.passed.deltas[l]
    back = delta_next @ W_next.T
    return TraceStep(
        kind="delta",
        layer=l,
        title=f"δ{sup(l)} = (δ{sup(l + 1)}·W{sup(l + 1)}ᵀ) ⊙ {G_SYMBOL[g]}'(z{sup(l)})",
        explanation=(
            f"The error flows back: each unit of layer {l} collects the δ of the units it "
            f"feeds, weighted by the same weights, times the slope of its activation: "
            f"δ{sup(l)} = {short(delta[0])}."
        ),
        node_values=_backward_nodes(t, l),
        edge_values=grads_so_far,
        arrays={
            "delta_next": delta_next,
            "W_next": W_next,
            "back": back,
            "g_prime": _g_prime(t, l),
            "delta": delta,
        },
        labels={
            "delta_next": f"δ{sup(l + 1)}",
            "W_next": f"W{sup(l + 1)}",
            "back": f"δ{sup(l + 1)}·W{sup(l + 1)}ᵀ",
            "g_prime": f"{G_SYMBOL[g]}'(z{sup(l)})",
            "delta": f"δ{sup(l)}",
        },
    )


def _grad(t: Trace, l: int) -> TraceStep:
    dW, db = t.passed.nabla_w[l - 1], t.passed.nabla_b[l - 1]
    title = f"∂L/∂W{sup(l)} = a{sup(l - 1)}ᵀ·δ{sup(l)}"
    extra = ""
    if t.l2:
        title += f" + λ₂·W{sup(l)}"
        extra += f", plus λ₂·W = {fmt(t.l2)}·W from L2 regularisation"
    if t.l1:
        title += f" + λ₁·sign(W{sup(l)})"
        extra += f", plus λ₁·sign(W) = {fmt(t.l1)}·sign(W) from L1 regularisation"
    title += f",  ∂L/∂b{sup(l)} = δ{sup(l)}"
    big = np.unravel_index(np.argmax(np.abs(dW)), dW.shape)
    return TraceStep(
        kind="grad",
        layer=l,
        title=title,
        explanation=(
            f"Each weight's gradient is the δ of the unit it feeds times the activation that "
            f"flows through it{extra}; the largest is ∂L/∂w{sup(l)}{sub(big[0])},{sub(big[1])} "
            f"= {fmt(dW[big])}. Each bias's gradient is the δ of its unit."
        ),
        node_values=_backward_nodes(t, l),
        edge_values={k: t.passed.nabla_w[k - 1] for k in range(t.L, l - 1, -1)},
        arrays={"a_prev": _a(t, l - 1), "delta": t.passed.deltas[l - 1], "dW": dW, "db": db},
        labels={
            "a_prev": f"a{sup(l - 1)}",
            "delta": f"δ{sup(l)}",
            "dW": f"∂L/∂W{sup(l)}",
            "db": f"∂L/∂b{sup(l)}",
        },
        scalars={"l1": t.l1, "l2": t.l2},
    )


# how settings and scalars are written
SYMBOLS = {
    "lr": "η",
    "t": "t",
    "beta1": "β₁",
    "beta2": "β₂",
    "epsilon": "ε",
    "momentum": "μ",
    "rho": "ρ",
    "loss": "L",
    "l1": "λ₁",
    "l2": "λ₂",
}

OPTIMIZER_NAMES = {
    "sgd": "Gradient descent",
    "momentum": "Momentum",
    "nesterov": "Nesterov momentum",
    "adagrad": "Adagrad",
    "rmsprop": "RMSprop",
    "adadelta": "Adadelta",
    "adam": "Adam",
}

SLOT_SYMBOLS = {
    "velocity": "v",
    "sum_sq": "G",
    "mean_sq": "E",
    "mean_sq_grad": "E_g",
    "mean_sq_delta": "E_Δ",
    "m": "m",
    "v": "v",
}


def _update(t: Trace, l: int) -> TraceStep:
    i = 2 * (l - 1)
    dW, db = t.updates[i], t.updates[i + 1]
    arrays = {
        "W": t.weights[l - 1],
        "dW": t.passed.nabla_w[l - 1],
        "update": dW,
        "W_new": t.new_weights[l - 1],
        "b": t.biases[l - 1],
        "db": t.passed.nabla_b[l - 1],
        "update_b": db,
        "b_new": t.new_biases[l - 1],
    }
    labels = {
        "W": f"W{sup(l)}",
        "dW": f"∂L/∂W{sup(l)}",
        "update": f"ΔW{sup(l)}",
        "W_new": f"new W{sup(l)}",
        "b": f"b{sup(l)}",
        "db": f"∂L/∂b{sup(l)}",
        "update_b": f"Δb{sup(l)}",
        "b_new": f"new b{sup(l)}",
    }
    state = t.optimizer_state
    for slot, values in state["slots"].items():
        symbol = SLOT_SYMBOLS.get(slot, slot)
        arrays[f"{slot}_W"], arrays[f"{slot}_b"] = values[i], values[i + 1]
        labels[f"{slot}_W"] = f"{symbol} of W{sup(l)}"
        labels[f"{slot}_b"] = f"{symbol} of b{sup(l)}"
    scalars = {"lr": t.lr, "t": float(state["t"]), **state["hyper"]}
    settings = ", ".join(
        [f"η = {fmt(t.lr)}"]
        + [f"{SYMBOLS.get(k, k)} = {fmt(v)}" for k, v in state["hyper"].items()]
    )
    big = float(np.abs(dW).max()) if dW.size else 0.0
    if t.diverged:
        sentence = f"No update: {t.diverged}, so the weights stay as they were."
    elif t.optimizer_name == "sgd":
        sentence = (
            f"Gradient descent moves every weight a small step against its gradient, "
            f"W ← W − η·∂L/∂W with η = {fmt(t.lr)}; the largest change in W{sup(l)} is "
            f"{fmt(big)}."
        )
    else:
        sentence = (
            f"{OPTIMIZER_NAMES.get(t.optimizer_name, t.optimizer_name)} applies its rule at "
            f"step t = {state['t']} with {settings}, "
            f"using its running values ({', '.join(SLOT_SYMBOLS.get(s, s) for s in state['slots'])}"
            f"); the largest change in W{sup(l)} is {fmt(big)}."
        )
    return TraceStep(
        kind="update",
        layer=l,
        title=f"W{sup(l)}, b{sup(l)}:  {t.rule}",
        explanation=sentence,
        node_values=_backward_nodes(t, 1),
        edge_values={l: dW},
        arrays=arrays,
        labels=labels,
        scalars=scalars,
    )


# -- one neuron -----------------------------------------------------------------------


def _terms(weights: np.ndarray, values: np.ndarray, top: int) -> tuple[list[Term], int, float]:
    """Terms w·v sorted by |w·v|; all of them when there are few, else the `top` largest."""
    products = weights.astype(np.float64) * values.astype(np.float64)
    order = np.argsort(-np.abs(products), kind="stable")
    keep = order if order.size <= top + 2 else order[:top]
    terms = [Term(int(i), float(weights[i]), float(values[i]), float(products[i])) for i in keep]
    rest = order[len(keep) :]
    return terms, int(rest.size), float(products[rest].sum())


def _sum_text(terms: list[Term], rest_count: int, rest_sum: float) -> str:
    parts = [f"{_paren(term.weight)}×{_paren(term.value)}" for term in terms]
    if rest_count:
        parts.append(f"[{rest_count} smaller terms: {fmt(rest_sum)}]")
    return " + ".join(parts) if parts else "0"


def neuron_view(t: Trace, layer: int, unit: int, sample: int = 0, top: int = 5) -> NeuronView:
    """Unit `unit` of layer `layer` (0 = input) with its formulas and actual numbers."""
    L = t.L
    if not 0 <= layer <= L:
        raise ValueError(f"layer {layer} does not exist: layers run from 0 to {L}")
    if not 0 <= unit < t.sizes[layer]:
        raise ValueError(f"layer {layer} has {t.sizes[layer]} units, not a unit {unit}")
    s = sample
    role = "input" if layer == 0 else "output" if layer == L else "hidden"
    l, j = layer, unit
    a = float(_a(t, l)[s, j])
    view = NeuronView(l, j, s, f"unit {j} of layer {l} ({role})", a)
    if l == 0:
        view.a_line = f"a⁰{sub(j)} = x{sub(j)} = {fmt(a)}"
        view.z_line = ""
        view.out_edges, view.out_edges_rest_count, view.out_update_lines = _edges(
            t, view, outgoing=True, top=top
        )
        view.feeds_line = _feeds(t, view, top)
        return view
    lbl = f"{sup(l)}{sub(j)}"
    W = t.weights[l - 1]
    z = float(t.passed.zs[l - 1][s, j])
    b = float(t.biases[l - 1][j])
    view.z, view.b = z, b
    view.z_terms, view.z_rest_count, view.z_rest_sum = _terms(W[:, j], _a(t, l - 1)[s], top)
    view.z_line = (
        f"z{lbl} = Σᵢ w{sup(l)}ᵢ{sub(j)}·a{sup(l - 1)}ᵢ + b{lbl} = "
        f"{_sum_text(view.z_terms, view.z_rest_count, view.z_rest_sum)} + {_paren(b)} = {fmt(z)}"
    )
    g = t.activations[l - 1]
    if g == "softmax":
        view.a_line = f"a{lbl} = e^z{lbl} / Σₖ e^z{sup(l)}ₖ = {fmt(a)}"
    else:
        view.a_line = f"a{lbl} = {G_SYMBOL[g]}(z{lbl}) = {G_SYMBOL[g]}({fmt(z)}) = {fmt(a)}"
    delta = float(t.passed.deltas[l - 1][s, j])
    view.delta = delta
    n = t.x.shape[0]
    per = f" / {n}" if n > 1 else ""
    if l == L:
        y = float(t.y[s, j])
        if t.loss_name == "cross_entropy" or g == "linear":
            if n > 1:
                view.delta_line = (
                    f"δ{lbl} = (a{lbl} − y{sub(j)}){per} = ({fmt(a)} − {fmt(y)}){per} "
                    f"= {fmt(delta)}"
                )
            else:
                view.delta_line = (
                    f"δ{lbl} = a{lbl} − y{sub(j)} = {fmt(a)} − {fmt(y)} = {fmt(delta)}"
                )
        elif g == "softmax":
            view.delta_line = (
                f"δ{lbl} = a{lbl}·((a − y){sub(j)} − Σₖ (a − y)ₖ·aₖ){per} = {fmt(delta)}"
            )
        else:
            gp = float(act.DERIVATIVES[g](np.array([z]), np.array([a]), np.empty(1))[0])
            view.g_prime = gp
            view.delta_line = (
                f"δ{lbl} = (a{lbl} − y{sub(j)})·{G_SYMBOL[g]}'(z{lbl}){per} = "
                f"({fmt(a)} − {fmt(y)}) × {fmt(gp)}{per} = {fmt(delta)}"
            )
    else:
        W_next = t.weights[l]
        gp = float(_g_prime(t, l)[s, j])
        view.g_prime = gp
        view.delta_terms, view.delta_rest_count, view.delta_rest_sum = _terms(
            W_next[j], t.passed.deltas[l][s], top
        )
        total = sum(term.product for term in view.delta_terms) + view.delta_rest_sum
        view.delta_line = (
            f"δ{lbl} = (Σₖ w{sup(l + 1)}{sub(j)}ₖ·δ{sup(l + 1)}ₖ)·{G_SYMBOL[g]}'(z{lbl}) = "
            f"({_sum_text(view.delta_terms, view.delta_rest_count, view.delta_rest_sum)}) "
            f"× {fmt(gp)} = {fmt(total)} × {fmt(gp)} = {fmt(delta)}"
        )
    db = float(t.passed.nabla_b[l - 1][j])
    upstream = float(t.passed.deltas[l - 1][:, j].sum())
    view.bias_line = f"∂L/∂b{lbl} = δ{lbl} × 1 = {_paren(upstream)} × 1 = {fmt(db)}"
    view.edges, view.edges_rest_count, view.update_lines = _edges(t, view, outgoing=False, top=top)
    if l < L:
        view.out_edges, view.out_edges_rest_count, view.out_update_lines = _edges(
            t, view, outgoing=True, top=top
        )
        view.feeds_line = _feeds(t, view, top)
    return view


def _edges(
    t: Trace, view: NeuronView, outgoing: bool, top: int
) -> tuple[list[EdgeGradient], int, list[str]]:
    """The chain rule on the weights into (or out of) the unit, largest gradient first.

    Returns (edges, how many smaller ones were left out, update lines).
    """
    s = view.sample
    if outgoing:
        l = view.layer + 1
        dW_unit = t.passed.nabla_w[l - 1][view.unit, :]
        pairs = [(view.unit, k) for k in range(t.sizes[l])]
    else:
        l = view.layer
        dW_unit = t.passed.nabla_w[l - 1][:, view.unit]
        pairs = [(i, view.unit) for i in range(t.sizes[l - 1])]
    order = np.argsort(-np.abs(dW_unit.astype(np.float64)), kind="stable")
    keep = order if order.size <= top + 2 else order[:top]
    W, dW, dWu = t.weights[l - 1], t.passed.nabla_w[l - 1], t.updates[2 * (l - 1)]
    a_prev, delta = _a(t, l - 1), t.passed.deltas[l - 1]
    n = t.x.shape[0]
    edges, updates = [], []
    for k in keep:
        i, j = pairs[k]
        w = float(W[i, j])
        reg = t.l2 * w + t.l1 * float(np.sign(w))
        name = f"∂L/∂w{sup(l)}{sub(i)},{sub(j)}"
        up, loc = float(delta[s, j]), float(a_prev[s, i])
        if n == 1:
            line = (
                f"{name} = δ{sup(l)}{sub(j)} × a{sup(l - 1)}{sub(i)} = {_paren(up)} × {_paren(loc)}"
            )
        else:
            line = f"{name} = Σ_samples δ{sup(l)}{sub(j)} × a{sup(l - 1)}{sub(i)}"
        if reg:
            line += f" + {fmt(reg)} (regularisation)"
        line += f" = {fmt(dW[i, j])}"
        edges.append(EdgeGradient(i, j, up, loc, float(dW[i, j]), w, float(dWu[i, j]), line))
        updates.append(
            f"w{sup(l)}{sub(i)},{sub(j)}: {fmt(w)} {'+' if dWu[i, j] >= 0 else '−'} "
            f"{fmt(abs(dWu[i, j]))} → {fmt(t.new_weights[l - 1][i, j])}"
            f"   (∂L/∂w = {fmt(dW[i, j])}{_slot_values(t, 2 * (l - 1), (i, j))})"
        )
    if not outgoing:
        j = view.unit
        ub = float(t.updates[2 * (l - 1) + 1][j])
        updates.append(
            f"b{sup(l)}{sub(j)}: {fmt(t.biases[l - 1][j])} {'+' if ub >= 0 else '−'} "
            f"{fmt(abs(ub))} → {fmt(t.new_biases[l - 1][j])}   (∂L/∂b = "
            f"{fmt(t.passed.nabla_b[l - 1][j])}{_slot_values(t, 2 * (l - 1) + 1, (j,))})"
        )
    return edges, int(order.size - keep.size), updates


def _slot_values(t: Trace, param: int, where: tuple[int, ...]) -> str:
    """The optimizer's state for one number after the step, e.g. '; m = 0.0514, v = 2.6×10⁻⁴'."""
    slots = t.optimizer_state["slots"]
    if not slots:
        return ""
    parts = [f"{SLOT_SYMBOLS.get(k, k)} = {fmt(v[param][where])}" for k, v in slots.items()]
    return "; " + ", ".join(parts)


def _feeds(t: Trace, view: NeuronView, top: int) -> str:
    """What the unit adds to each z of the layer above: w·a, largest first."""
    l, j, s = view.layer, view.unit, view.sample
    W = t.weights[l]
    products = W[j].astype(np.float64) * float(_a(t, l)[s, j])
    order = np.argsort(-np.abs(products), kind="stable")
    keep = order if order.size <= top + 2 else order[:top]
    parts = [
        f"to z{sup(l + 1)}{sub(int(k))}: {_paren(W[j, k])}×{_paren(view.a)} = {fmt(products[k])}"
        for k in keep
    ]
    if order.size > keep.size:
        parts.append(f"and {order.size - keep.size} smaller ones")
    return f"a{sup(l)}{sub(j)} adds w·a " + ";  ".join(parts)
