"""Each optimizer against its textbook update, written out again here, over three steps.

The problem: minimise f(w) = ½ Σ k ⊙ (w − w*)² for a 2×3 matrix and a 3-vector, so
the gradient is k ⊙ (w − w*), with a different curvature k per entry.
"""

import math

import numpy as np
import pytest

from engine.train import optimizers

RNG = np.random.default_rng(7)
TARGETS = [RNG.normal(0, 1, (2, 3)), RNG.normal(0, 1, 3)]
CURVATURE = [RNG.uniform(0.5, 3, (2, 3)), RNG.uniform(0.5, 3, 3)]
START = [RNG.normal(0, 1, (2, 3)), RNG.normal(0, 1, 3)]
STEPS = 3


def grad(w, i):
    return CURVATURE[i] * (w - TARGETS[i])


def engine_path(name, lr, **hyper):
    opt = optimizers.make(name, lr, **hyper)
    params = [p.copy() for p in START]
    path = []
    for _ in range(STEPS):
        updates = opt.updates([grad(p, i) for i, p in enumerate(params)])
        for p, u in zip(params, updates, strict=True):
            p += u
        path.append([p.copy() for p in params])
    return path


def reference_path(rule, lr, **hyper):
    """Same problem; rule(w, g, state, t) returns the new w (state is a dict per array)."""
    params = [p.copy() for p in START]
    states = [{} for _ in params]
    path = []
    for t in range(1, STEPS + 1):
        params = [rule(w, grad(w, i), states[i], t, lr, **hyper) for i, w in enumerate(params)]
        path.append([p.copy() for p in params])
    return path


# -- the textbook rules, as they are usually written ---------------------------------------


def sgd(w, g, s, t, lr):
    return w - lr * g


def momentum(w, g, s, t, lr, momentum):
    # Polyak heavy ball in the "buffer" form: buf ← μ·buf + g;  w ← w − η·buf
    s["buf"] = momentum * s.get("buf", 0) + g
    return w - lr * s["buf"]


def nesterov(w, g, s, t, lr, momentum):
    # Nesterov in the form of Sutskever et al. 2013 / PyTorch: buf ← μ·buf + g;
    # w ← w − η·(g + μ·buf)
    s["buf"] = momentum * s.get("buf", 0) + g
    return w - lr * (g + momentum * s["buf"])


def adagrad(w, g, s, t, lr, epsilon):
    s["G"] = s.get("G", 0) + g**2
    return w - lr * g / (np.sqrt(s["G"]) + epsilon)


def rmsprop(w, g, s, t, lr, rho, epsilon):
    s["E"] = rho * s.get("E", 0) + (1 - rho) * g**2
    return w - lr * g / (np.sqrt(s["E"]) + epsilon)


def adadelta(w, g, s, t, lr, rho, epsilon):
    # Zeiler 2012, Algorithm 1 (with a learning rate scaling Δx, 1 in the paper)
    s["Eg2"] = rho * s.get("Eg2", 0) + (1 - rho) * g**2
    dx = -np.sqrt(s.get("Edx2", 0) + epsilon) / np.sqrt(s["Eg2"] + epsilon) * g
    s["Edx2"] = rho * s.get("Edx2", 0) + (1 - rho) * dx**2
    return w + lr * dx


def adam(w, g, s, t, lr, beta1, beta2, epsilon):
    # Kingma & Ba 2015, Algorithm 1
    s["m"] = beta1 * s.get("m", 0) + (1 - beta1) * g
    s["v"] = beta2 * s.get("v", 0) + (1 - beta2) * g**2
    m_hat = s["m"] / (1 - beta1**t)
    v_hat = s["v"] / (1 - beta2**t)
    return w - lr * m_hat / (np.sqrt(v_hat) + epsilon)


CASES = [
    ("sgd", sgd, 0.1, {}),
    ("momentum", momentum, 0.1, {"momentum": 0.9}),
    ("nesterov", nesterov, 0.1, {"momentum": 0.8}),
    ("adagrad", adagrad, 0.5, {"epsilon": 1e-8}),
    ("rmsprop", rmsprop, 0.01, {"rho": 0.9, "epsilon": 1e-8}),
    ("adadelta", adadelta, 1.0, {"rho": 0.95, "epsilon": 1e-6}),
    ("adam", adam, 0.01, {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}),
]


@pytest.mark.parametrize(("name", "rule", "lr", "hyper"), CASES, ids=[c[0] for c in CASES])
def test_optimizer_follows_its_textbook_update(name, rule, lr, hyper):
    got = engine_path(name, lr, **hyper)
    want = reference_path(rule, lr, **hyper)
    for step, (g, w) in enumerate(zip(got, want, strict=True), start=1):
        for a, b in zip(g, w, strict=True):
            np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-12, err_msg=f"step {step}")
    # and it moves: every step changes the weights
    assert not np.allclose(got[0][0], got[1][0])


def test_every_optimizer_is_covered():
    assert {c[0] for c in CASES} == set(optimizers.OPTIMIZERS)


def test_defaults_are_the_textbook_ones():
    assert optimizers.make("adam", 0.001).hyper == {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}
    assert optimizers.make("momentum", 0.1).hyper == {"momentum": 0.9}


@pytest.mark.parametrize("name", list(optimizers.OPTIMIZERS))
def test_state_round_trip_continues_identically(name):
    a = optimizers.make(name, 0.05)
    grads = [grad(p, i) for i, p in enumerate(START)]
    a.updates(grads)
    b = optimizers.make(name, 0.05)
    b.load_state_dict(a.state_dict())
    ua = [u.copy() for u in a.updates(grads)]
    ub = b.updates(grads)
    for x, y in zip(ua, ub, strict=True):
        np.testing.assert_array_equal(x, y)


def test_bad_settings_are_refused_with_a_message():
    with pytest.raises(ValueError, match="unknown optimizer 'adamw'"):
        optimizers.make("adamw", 0.1)
    with pytest.raises(ValueError, match="sgd has no setting momentum"):
        optimizers.make("sgd", 0.1, momentum=0.9)
    for lr in (0, -1, math.nan, math.inf):
        with pytest.raises(ValueError, match="learning rate must be a positive number"):
            optimizers.make("adam", lr)


@pytest.mark.parametrize("name", list(optimizers.OPTIMIZERS))
def test_one_flat_step_equals_the_step_parameter_by_parameter(name):
    """The trainer passes its gradients as views of one flat array: same numbers."""
    flat = np.concatenate([p.ravel() for p in START]) * 0.3
    views = [flat[:6].reshape(2, 3), flat[6:]]
    a, b = optimizers.make(name, 0.05), optimizers.make(name, 0.05)
    for _ in range(3):
        ua = [u.copy() for u in a.updates(views, flat=flat)]
        ub = b.updates([v.copy() for v in views])
        for x, y in zip(ua, ub, strict=True):
            assert x.tobytes() == y.tobytes()
        np.testing.assert_array_equal(a.flat_updates, np.concatenate([u.ravel() for u in ub]))
        flat *= 0.9


@pytest.mark.parametrize("name", ["momentum", "adam", "adadelta"])
def test_a_deep_copy_steps_on_its_own(name):
    import copy

    a = optimizers.make(name, 0.05)
    grads = [grad(p, i) for i, p in enumerate(START)]
    a.updates(grads)
    b = copy.deepcopy(a)
    ub = [u.copy() for u in b.updates(grads)]
    assert a.t == 1 and b.t == 2  # the original did not move
    ua = a.updates(grads)
    for x, y in zip(ua, ub, strict=True):
        np.testing.assert_array_equal(x, y)
    assert b.state_dict()["t"] == 2 and set(b.slots) == set(a.slot_names)


def test_the_same_gradient_list_again_skips_the_shape_check_but_a_new_one_does_not():
    """The trainer hands over its workspace's list every step; any other list is checked."""
    opt = optimizers.make("momentum", 0.1)
    grads = [np.ones((2, 3)), np.ones(3)]
    opt.updates(grads)
    opt.updates(grads)  # the very same list: no rebuild, the velocity carries on
    assert opt.slots["velocity"][0][0, 0] == pytest.approx(0.9 * -0.1 - 0.1)
    other = [np.ones((3, 2)), np.ones(3)]  # same total size, other shapes
    updates = opt.updates(other)
    assert [u.shape for u in updates] == [(3, 2), (3,)]  # rebuilt for the new shapes
    assert opt.slots["velocity"][0][0, 0] == pytest.approx(-0.1)  # state started afresh


def test_a_copy_keeps_no_reference_to_the_gradients_it_saw():
    import copy
    import pickle

    opt = optimizers.make("adam", 0.1)
    grads = [np.ones((2, 3)), np.ones(3)]
    opt.updates(grads)
    assert copy.deepcopy(opt)._seen is None
    assert pickle.loads(pickle.dumps(opt))._seen is None
