"""The trace is exactly one training step, recorded operation by operation."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.data.dataset import Dataset, encode_targets
from engine.nn.network import Network
from engine.teach.tracing import KINDS, fmt, sub, sup, trace
from engine.train import optimizers
from engine.train.trainer import TrainConfig, Trainer

CASES = [
    ([2, 3, 2], "sgd"),
    ([2, 3, 2], "adam"),
    ([784, 30, 10], "sgd"),
    ([784, 30, 10], "adam"),
]


def make_trainer(
    sizes, optimizer, l1=0.0, l2=0.0, dropout=0.0, activation="sigmoid", dtype="float32"
):
    rng = np.random.default_rng(7)
    n_classes = sizes[-1]
    X = rng.random((12, sizes[0]))
    y = rng.integers(0, n_classes, 12)
    data = Dataset("random", X, y, X[:4], y[:4], n_classes=n_classes)
    net = Network.create(sizes, activation=activation, seed=3, dtype=dtype)
    config = TrainConfig(optimizer=optimizer, lr=0.05, batch_size=4, l1=l1, l2=l2, dropout=dropout)
    trainer = Trainer(net, data, config)
    for _ in range(2):  # the optimizer has state (Adam's t, m, v) before the traced step
        trainer.step()
    x = rng.random(sizes[0]).astype(net.dtype)
    return trainer, x, int(rng.integers(0, n_classes))


@pytest.mark.parametrize("sizes,optimizer", CASES)
def test_trace_equals_one_training_step(sizes, optimizer):
    trainer, x, label = make_trainer(sizes, optimizer, l1=0.001, l2=0.01, dropout=0.3)
    net = trainer.network
    before = [p.copy() for p in net.params]
    opt_before = trainer.optimizer.state_dict()

    t = trace(net, x, label, trainer.optimizer, trainer.config, lr=trainer.current_lr())

    # tracing changes nothing
    for p, q in zip(net.params, before, strict=True):
        assert np.array_equal(p, q)
    assert trainer.optimizer.t == opt_before["t"]
    # the same step through the trainer's own code path
    Y = encode_targets(np.array([label]), sizes[-1], net.dtype)
    logs = trainer.train_on_batch(x[None], Y, use_dropout=False)
    used = net._workspaces[1]  # the pass train_on_batch just computed
    assert t.loss == logs["loss"]
    for l in range(len(sizes) - 1):
        assert np.array_equal(t.passed.nabla_w[l], used.nabla_w[l])
        assert np.array_equal(t.passed.nabla_b[l], used.nabla_b[l])
        assert np.array_equal(t.new_weights[l], net.weights[l])
        assert np.array_equal(t.new_biases[l], net.biases[l])
        assert np.array_equal(t.weights[l], before[2 * l])
    after = trainer.optimizer.state_dict()
    assert t.optimizer_state["t"] == after["t"]
    for slot, values in after["slots"].items():
        for mine, theirs in zip(t.optimizer_state["slots"][slot], values, strict=True):
            assert np.array_equal(mine, theirs)


def test_gradients_match_finite_differences():
    net = Network.create([2, 3, 2], activation="tanh", seed=5, dtype="float64")
    x, label, l2 = np.array([0.4, -0.7]), 1, 0.02
    t = trace(net, x, label, optimizers.make("sgd", 0.1), TrainConfig(l2=l2))
    Y = encode_targets(np.array([label]), 2, np.float64)

    def loss():
        data = net.loss_of(net.forward(x[None]), Y)
        return data + 0.5 * l2 * sum(float((W * W).sum()) for W in net.weights)

    eps = 1e-6
    for l, W in enumerate(net.weights):
        for idx in np.ndindex(W.shape):
            old = W[idx]
            W[idx] = old + eps
            up = loss()
            W[idx] = old - eps
            down = loss()
            W[idx] = old
            assert t.passed.nabla_w[l][idx] == pytest.approx((up - down) / (2 * eps), abs=1e-7)


def test_steps_come_in_operation_order_with_consistent_numbers():
    trainer, x, label = make_trainer([2, 3, 2], "momentum")
    t = trace(trainer.network, x, label, trainer.optimizer, trainer.config)
    order = [(s.kind, s.layer) for s in t.steps]
    assert order == [
        ("forward_z", 1),
        ("forward_a", 1),
        ("forward_z", 2),
        ("forward_a", 2),
        ("loss", 2),
        ("delta", 2),
        ("grad", 2),
        ("delta", 1),
        ("grad", 1),
        ("update", 1),
        ("update", 2),
    ]
    for s in t.steps:
        assert s.kind in KINDS
        assert s.title and s.explanation.endswith(".")
        assert set(s.labels) == set(s.arrays)
        for layer, values in s.node_values.items():
            assert values.shape == (t.sizes[layer],)
        for layer, values in s.edge_values.items():
            assert values.shape == (t.sizes[layer - 1], t.sizes[layer])
    z1 = t.steps[0].arrays
    assert np.allclose(z1["a_prev"] @ z1["W"] + z1["b"], z1["z"], atol=1e-6)
    back = t.steps[7].arrays
    assert np.array_equal(back["back"] * back["g_prime"], back["delta"])
    update = t.steps[9]
    assert "velocity_W" in update.arrays and update.scalars["momentum"] == 0.9
    assert np.array_equal(update.arrays["W"] + update.arrays["update"], update.arrays["W_new"])
    assert np.array_equal(update.edge_values[1], update.arrays["update"])
    assert np.array_equal(update.node_values[2], t.passed.deltas[1][0])
    assert "η = 0.05" in update.explanation
    # forward steps show activations on the nodes, backward ones δ
    assert np.array_equal(t.steps[1].node_values[1], t.passed.activations[1][0])
    assert np.array_equal(t.steps[7].node_values[1], t.passed.deltas[0][0])
    assert np.array_equal(t.steps[6].edge_values[2], t.passed.nabla_w[1])


def test_neuron_view_of_a_large_layer_lists_the_top_terms():
    trainer, x, label = make_trainer([784, 30, 10], "sgd")
    t = trace(trainer.network, x, label, trainer.optimizer, trainer.config)
    v = t.neuron(1, 4)
    assert len(v.z_terms) == 5 and v.z_rest_count == 779
    products = [abs(term.product) for term in v.z_terms]
    assert products == sorted(products, reverse=True)
    total = sum(term.product for term in v.z_terms) + v.z_rest_sum + v.b
    assert total == pytest.approx(v.z, abs=1e-4)
    assert "779 smaller terms" in v.z_line and v.z_line.startswith("z¹₄ = ")
    assert len(v.delta_terms) == 5 and v.delta_rest_count == 5
    assert v.delta_line.endswith(fmt(t.passed.deltas[0][0, 4]))
    # the chain rule per edge: upstream δ_j × local a_i = ∂L/∂w_ij
    for e in v.edges:
        assert e.downstream == t.passed.nabla_w[0][e.source, e.target]
        assert e.upstream * e.local == pytest.approx(e.downstream, rel=1e-5, abs=1e-9)
        assert e.line.startswith(f"∂L/∂w¹{sub(e.source)},{sub(e.target)} = δ¹₄ × a⁰")
    out = t.neuron(2, t.predicted())
    assert out.delta_terms == [] and "− " in out.delta_line
    assert len(out.z_terms) == 5 and out.z_rest_count == 25
    inp = t.neuron(0, 300)
    assert inp.z is None and inp.edges == [] and len(inp.out_edges) == 5
    assert inp.lines_for("forward_z") == [inp.a_line, inp.feeds_line]
    assert inp.feeds_line.startswith("a⁰₃₀₀ adds w·a to z¹") and "25 smaller" in inp.feeds_line
    hidden = t.neuron(1, 4)  # as an input of layer 2: the weights out of it
    assert [e.source for e in hidden.out_edges] == [4] * 5
    grad_lines = hidden.lines_for("grad", as_input=True)
    assert grad_lines[2].startswith("∂L/∂w²₄,")
    assert hidden.lines_for("update", as_input=True)[0].startswith("w²₄,")


def test_neuron_view_of_a_small_layer_lists_every_term():
    trainer, x, label = make_trainer([2, 3, 2], "sgd")
    t = trace(trainer.network, x, label, trainer.optimizer, trainer.config)
    v = t.neuron(1, 2)
    assert len(v.z_terms) == 2 and v.z_rest_count == 0 and "smaller" not in v.z_line
    assert len(v.edges) == 2 and v.edges_rest_count == 0
    assert any("upstream gradient × local gradient" in line for line in v.lines_for("grad"))
    with pytest.raises(ValueError, match="layer 1 has 3 units"):
        t.neuron(1, 3)


def test_a_batch_and_targets_as_arrays():
    net = Network.create([2, 3, 1], seed=0)
    X = np.array([[0.1, 0.2], [0.3, -0.4], [1.0, 0.0]], dtype=np.float32)
    t = trace(net, X, np.array([1, 0, 1]), optimizers.make("sgd", 0.5))
    assert t.y.shape == (3, 1) and t.x.shape == (3, 2)
    assert "averaged over the 3 samples" in t.steps[4].explanation
    with pytest.raises(ValueError, match="the network needs"):
        trace(net, X, np.zeros((3, 2)), optimizers.make("sgd", 0.5))
    with pytest.raises(ValueError, match="takes 2 inputs, got 3"):
        trace(net, np.zeros(3), 1, optimizers.make("sgd", 0.5))


def test_a_diverged_step_updates_nothing():
    net = Network.create([2, 2, 2], activation="relu", output_activation="linear", loss="mse")
    net.weights[0][:] = np.float32(3e38)
    with np.errstate(all="ignore"):  # the overflow is the point of this test
        t = trace(net, np.array([1e3, 1e3]), 0, optimizers.make("sgd", 0.1))
    assert t.diverged
    assert np.array_equal(t.new_weights[0], net.weights[0])
    assert t.steps[-1].explanation.startswith("No update")


def test_number_formatting():
    assert fmt(0.5) == "0.5"
    assert fmt(-0.123456) == "−0.1235"
    assert fmt(-0.000012345) == "−1.234×10⁻⁵"
    assert fmt(0) == "0"
    assert fmt(123456.0) == "1.235×10⁵"
    assert fmt(float("nan")) == "NaN"
    assert sup(12) == "¹²" and sub(3) == "₃"


@pytest.mark.parametrize(
    "output,loss", [("sigmoid", "cross_entropy"), ("sigmoid", "mse"), ("softmax", "mse")]
)
def test_every_output_and_loss_pair_is_traced_and_explained(output, loss):
    units = 1 if output == "sigmoid" else 3
    net = Network.create([2, 4, units], "relu", output, loss, seed=4, dtype="float64")
    t = trace(net, np.array([0.2, -0.9]), 1, optimizers.make("rmsprop", 0.01))
    assert len(t.steps) == 11
    out = t.neuron(2, t.predicted_unit())
    assert out.delta_line.endswith(fmt(t.passed.deltas[1][0, t.predicted_unit()]))
    if loss == "mse" and output == "sigmoid":
        assert "σ'(z²" in t.steps[5].title
        y = float(t.y[0, 0])
        assert out.g_prime * (out.a - y) == pytest.approx(out.delta)
    hidden = t.neuron(1, 0)
    assert hidden.g_prime in (0.0, 1.0)  # relu'
    assert all(s.explanation for s in t.steps)


def test_update_lines_show_the_optimizer_state_of_each_weight():
    net = Network.create([2, 3, 2], seed=1, dtype="float64")
    t = trace(net, np.array([0.5, -0.3]), 1, optimizers.make("adam", 0.01))
    v = t.neuron(2, 0)
    line = v.lines_for("update")[0]
    e = v.edges[0]
    g = e.downstream
    assert f"m = {fmt(0.1 * g)}, v = {fmt(0.001 * g * g)}" in line
    assert line.startswith(f"w²{sub(e.source)},₀: {fmt(e.weight)} − ")
    sgd = trace(net, np.array([0.5, -0.3]), 1, optimizers.make("sgd", 0.01))
    assert "m =" not in sgd.neuron(2, 0).lines_for("update")[0]


@settings(max_examples=25, deadline=None)
@given(
    hidden=st.lists(st.integers(1, 5), min_size=0, max_size=2),
    activation=st.sampled_from(["sigmoid", "tanh", "relu", "leaky_relu", "linear"]),
    optimizer=st.sampled_from(sorted(optimizers.OPTIMIZERS)),
    loss=st.sampled_from(["cross_entropy", "mse"]),
    outputs=st.integers(1, 3),
    seed=st.integers(0, 1000),
)
def test_any_network_and_optimizer_the_trace_is_the_training_step(
    hidden, activation, optimizer, loss, outputs, seed
):
    sizes = [3, *hidden, outputs]
    output = "sigmoid" if outputs == 1 else "softmax"
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(6, 3))
    y = rng.integers(0, max(outputs, 2), 6)
    data = Dataset("random", X, y, n_classes=max(outputs, 2))
    net = Network.create(sizes, activation, output, loss, seed=seed)
    trainer = Trainer(net, data, TrainConfig(optimizer=optimizer, lr=0.05, batch_size=3, l2=0.01))
    trainer.step()  # some optimizer state first
    x, label = X[0].astype(np.float32), int(y[0])
    t = trace(net, x, label, trainer.optimizer, trainer.config, lr=trainer.current_lr())
    Y = encode_targets(np.array([label]), outputs, net.dtype)
    trainer.train_on_batch(x[None], Y, use_dropout=False)
    for l in range(len(sizes) - 1):
        assert np.array_equal(t.new_weights[l], net.weights[l])
        assert np.array_equal(t.new_biases[l], net.biases[l])
    assert [s.kind for s in t.steps].count("update") == len(sizes) - 1


def test_an_update_past_the_weight_limit_is_refused_like_the_trainer_does():
    from engine.train.trainer import WEIGHT_LIMIT

    trainer, x, label = make_trainer([2, 3, 2], "sgd", dtype="float64")
    trainer.config.lr = 1e3 * WEIGHT_LIMIT  # one step throws the weights far out
    net = trainer.network
    t = trace(net, x, label, trainer.optimizer, trainer.config, lr=trainer.current_lr())
    Y = encode_targets(np.array([label]), 2, net.dtype)
    logs = trainer.train_on_batch(x[None], Y, use_dropout=False)
    assert logs["diverged"] == t.diverged == f"the weights grew past {WEIGHT_LIMIT:g}"
    assert np.array_equal(t.new_weights[0], net.weights[0])
