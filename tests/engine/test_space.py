"""engine.teach.space: the input plane followed through the layers, checked against the
engine's own forward pass and against hand-made geometry."""

import numpy as np
import pytest

from engine.data import toy2d
from engine.nn.network import Network
from engine.teach import figures, space
from engine.train.trainer import TrainConfig, Trainer


def trained(sizes, activation="tanh", output=None, steps=60, data="moons", seed=0):
    ds = toy2d.make(data, n=200, seed=seed, noise=0.1)
    net = Network.create(list(sizes), activation, output_activation=output, seed=seed)
    trainer = Trainer(net, ds, TrainConfig(lr=0.05, batch_size=16, optimizer="adam", seed=seed))
    for _ in range(steps):
        trainer.step()
    return net, ds


def traced(net, X, **kw):
    grid = space.grid_lines(figures.plane_bounds(X), lines=7, points=9)
    return space.trace_space(net.weights, net.biases, net.activations, X, grid, **kw)


def test_two_unit_stages_are_the_engine_z_and_a_bit_for_bit():
    net, ds = trained([2, 2, 2, 1])
    X = ds.x_train
    sp = traced(net, X, sample=X[3])
    p = net.forward(X)
    assert [s.title for s in sp.stages] == [
        "a⁰ = x",
        "z¹ = a⁰·W¹ + b¹",
        "a¹ = tanh(z¹)",
        "z² = a¹·W² + b²",
        "a² = tanh(z²)",
        "z³ = a²·W³ + b³",
        "a³ = sigmoid(z³)",
    ]
    np.testing.assert_array_equal(sp.stages[0].points, X)
    for l in range(3):
        z, a = sp.stages[2 * l + 1], sp.stages[2 * l + 2]
        np.testing.assert_array_equal(z.values, p.zs[l])
        np.testing.assert_array_equal(a.values, p.activations[l + 1])
        if l < 2:  # 2 units: the drawn coordinates are the numbers themselves
            assert z.projection.kind == a.projection.kind == "exact"
            np.testing.assert_array_equal(z.points, p.zs[l])
            np.testing.assert_array_equal(a.points, p.activations[l + 1])
    # the output unit on a line: (value, 0)
    out = sp.stages[6]
    assert out.projection.kind == "line"
    np.testing.assert_array_equal(out.points[:, 0], p.activations[3][:, 0])
    assert not out.points[:, 1].any()
    # the grid and the sample go through the same layers
    layers = net.feedforward(sp.stages[0].grid.reshape(-1, 2), all_layers=True)
    np.testing.assert_allclose(sp.stages[4].grid.reshape(-1, 2), layers[2], atol=1e-6)
    np.testing.assert_allclose(sp.stages[4].sample, net.feedforward(X[3:4], True)[2][0], atol=1e-6)
    np.testing.assert_array_equal(sp.frame(4).trail, [sp.stages[3].sample, sp.stages[4].sample])


@pytest.mark.parametrize(
    ("sizes", "output"),
    [([2, 2, 2, 1], "sigmoid"), ([2, 2, 2, 2], "softmax"), ([2, 3, 1, 1], "sigmoid")],
)
def test_decision_line_in_the_last_hidden_space_splits_as_the_output_does(sizes, output):
    net, ds = trained(sizes, output=output, steps=120)
    X = np.concatenate([ds.x_train, ds.x_val])
    sp = traced(net, X)
    predicted = net.predict(X)
    assert 0 < predicted.sum() < len(X)  # both classes predicted: the test can fail
    last_hidden = sp.stages[2 * (len(sizes) - 2)]
    line = last_hidden.decision
    assert line is not None and line.exact
    # away from rounding at the line itself, the side of the line is the prediction
    f = last_hidden.points @ line.normal + line.offset
    away = np.abs(f) > 1e-5
    assert away.mean() > 0.95
    np.testing.assert_array_equal(line.side(last_hidden.points)[away], predicted[away] == 1)
    assert sp.agreement(last_hidden.index) == pytest.approx(1.0, abs=1 - away.mean())
    # the output's own stages carry their threshold too
    for stage in sp.stages[last_hidden.index + 1 :]:
        if stage.decision is not None:
            np.testing.assert_array_equal(stage.decision.side(stage.points)[away], predicted[away])


def test_no_line_for_three_classes_or_regression():
    net, ds = trained([2, 4, 3], data="blobs", steps=5)
    sp = traced(net, ds.x_train)
    assert all(s.decision is None for s in sp.stages)
    net, ds = trained([2, 2, 1], steps=2)
    sp = traced(net, ds.x_train, decisions=False)
    assert all(s.decision is None for s in sp.stages) and sp.predicted is None


def test_principal_plane_by_hand():
    rng = np.random.default_rng(0)
    # points on a tilted plane in 3D: two components keep everything
    t = rng.normal(size=(50, 2))
    t -= t.mean(axis=0)
    t = t @ np.linalg.inv(np.linalg.cholesky(t.T @ t / 50)).T * [3.0, 1.0]  # variances 9, 1
    e1, e2 = np.array([1.0, 1.0, 0.0]) / np.sqrt(2), np.array([0.0, 0.0, 1.0])
    V = 5.0 + t[:, :1] * e1 + t[:, 1:] * e2
    basis, mean, kept = space.principal_plane(V)
    assert kept == pytest.approx(1.0)
    np.testing.assert_allclose(mean, V.mean(axis=0))
    np.testing.assert_allclose(basis.T @ basis, np.eye(2), atol=1e-12)
    np.testing.assert_allclose(basis[:, 0], e1, atol=1e-9)  # the wider direction first
    np.testing.assert_allclose(basis[:, 1], e2, atol=1e-9)  # signs: largest entry positive
    # independent coordinates with variances 4, 1, 1/4 (exactly, after whitening)
    Z = rng.normal(size=(400, 3))
    Z -= Z.mean(axis=0)
    Z = Z @ np.linalg.inv(np.linalg.cholesky(Z.T @ Z / 400)).T
    _, _, kept = space.principal_plane(Z * [2.0, 1.0, 0.5])
    assert kept == pytest.approx(5.0 / 5.25)


def test_projection_is_deterministic_and_fewer_points_than_units_agrees():
    rng = np.random.default_rng(1)
    V = rng.normal(size=(20, 64)) @ rng.normal(size=(64, 64))
    a = space.principal_plane(V)
    b = space.principal_plane(V.copy())
    for x, y in zip(a, b, strict=True):
        np.testing.assert_array_equal(x, y)
    basis, _, kept = a
    np.testing.assert_allclose(basis.T @ basis, np.eye(2), atol=1e-9)
    C = V - V.mean(axis=0)
    lam = np.linalg.eigvalsh(C.T @ C)
    assert kept == pytest.approx((lam[-1] + lam[-2]) / lam.sum())
    net, ds = trained([2, 16, 16, 1], steps=20)
    s1, s2 = traced(net, ds.x_train), traced(net, ds.x_train)
    for x, y in zip(s1.stages, s2.stages, strict=True):
        np.testing.assert_array_equal(x.points, y.points)
        np.testing.assert_array_equal(x.grid, y.grid)


def test_align_keeps_order_and_sign_of_the_previous_axes():
    rng = np.random.default_rng(2)
    base = rng.normal(size=(300, 3))
    base -= base.mean(axis=0)
    base = base @ np.linalg.inv(np.linalg.cholesky(base.T @ base / 300)).T
    before = base * [1.0, 0.98, 0.1]  # e0 is the first component, e1 a close second
    after = base * [0.98, 1.0, 0.1]  # a little training later they trade places
    first, _, _ = space.principal_plane(before)
    alone, _, _ = space.principal_plane(after)
    np.testing.assert_allclose(np.abs(alone[:, 0]), [0, 1, 0], atol=1e-9)  # swapped alone
    followed, _, _ = space.principal_plane(after, reference=first)
    np.testing.assert_allclose(followed, first, atol=1e-9)  # same axes, same order
    # a reference pointing the other way flips the sign
    flipped, _, _ = space.principal_plane(before, reference=-first)
    np.testing.assert_allclose(flipped, -first, atol=1e-9)


def test_orientation_holds_while_training():
    ds = toy2d.make("spiral", n=200, seed=0, noise=0.1)
    net = Network.create([2, 12, 12, 1], "tanh", seed=3)
    trainer = Trainer(net, ds, TrainConfig(lr=0.03, batch_size=16, optimizer="adam"))
    previous = traced(net, ds.x_train)
    for _ in range(25):
        for _ in range(4):
            trainer.step()
        now = traced(net, ds.x_train, previous=previous)
        for old, new in zip(previous.stages, now.stages, strict=True):
            if new.projection.kind == "pca":
                M = old.projection.basis.T @ new.projection.basis
                assert M[0, 0] > 0 and M[1, 1] > 0  # no axis flipped
                assert abs(M[0, 0]) + abs(M[1, 1]) >= abs(M[0, 1]) + abs(M[1, 0])  # none swapped
        previous = now
    # the bend z -> a of the same layer is not drawn mirrored either (first frame)
    fresh = traced(net, ds.x_train)
    z, a = fresh.stages[1], fresh.stages[2]
    assert np.all(np.diag(z.projection.basis.T @ a.projection.basis) > 0)


def test_picked_units_and_their_line():
    net, ds = trained([2, 6, 1], steps=80)
    X = ds.x_train
    sp = traced(net, X, picks={1: (4, 1)})
    a1 = sp.stages[2]
    assert a1.projection.kind == "units" and a1.projection.units == (4, 1)
    np.testing.assert_array_equal(a1.points, a1.values[:, [4, 1]])
    var = a1.values.var(axis=0, dtype=np.float64)
    assert a1.projection.variance_kept == pytest.approx((var[4] + var[1]) / var.sum())
    assert "units 4 and 1" in a1.projection.describe()
    with pytest.raises(ValueError, match="two different units"):
        traced(net, X, picks={1: (2, 2)})
    with pytest.raises(ValueError, match="between 0 and 5"):
        traced(net, X, picks={1: (0, 6)})


@pytest.mark.parametrize("picks", [None, {1: (0, 3)}])
def test_projected_line_is_the_hyperplane_on_the_plane_through_the_mean(picks):
    net, ds = trained([2, 6, 1], steps=80)
    sp = traced(net, ds.x_train, picks=picks)
    stage = sp.stages[2]
    P, line = stage.projection, stage.decision
    assert not line.exact
    w, beta = space.decision_function(net.weights[1], net.biases[1], "sigmoid")
    # points of the displayed plane: v = mean + B t; their 2D coordinates and sides
    t = np.random.default_rng(0).normal(size=(200, 2))
    v = P.mean + t @ P.basis.T
    c = P.apply(v)
    np.testing.assert_array_equal(line.side(c), v @ w + beta > 0)
    # the segment's ends lie on the hyperplane
    ends = line.segment(stage.bounds)
    back = P.mean + (ends - (P.mean - P.centre) @ P.basis) @ P.basis.T
    np.testing.assert_allclose(back @ w + beta, 0.0, atol=1e-9)
    assert 0.5 < sp.agreement(2) <= 1.0


def test_segment_clipping():
    line = space.DecisionLine(np.array([2.0, 0.0]), -1.0, True)  # x = 0.5
    ends = line.segment((0, 1, 0, 1))
    np.testing.assert_allclose(sorted(map(tuple, ends)), [(0.5, 0.0), (0.5, 1.0)])
    assert line.segment((0.6, 1, 0, 1)) is None
    diagonal = space.DecisionLine(np.array([1.0, -1.0]), 0.0, True)  # y = x
    ends = diagonal.segment((-1, 2, 0, 1))
    np.testing.assert_allclose(sorted(map(tuple, ends)), [(0, 0), (1, 1)], atol=1e-12)


def test_frames_between_stages():
    net, ds = trained([2, 2, 2, 1], steps=30)
    sp = traced(net, ds.x_train, sample=ds.x_train[0])
    for k in range(len(sp)):
        f = sp.frame(k)
        assert f.stage == k and f.t == 0.0
        assert f.points is sp.stages[k].points and f.bounds == sp.stages[k].bounds
    mid = sp.frame(1.25)
    a, b = sp.stages[1], sp.stages[2]
    np.testing.assert_allclose(mid.points, 0.75 * a.points + 0.25 * b.points)
    np.testing.assert_allclose(mid.grid, 0.75 * a.grid + 0.25 * b.grid)
    np.testing.assert_allclose(mid.sample, 0.75 * a.sample + 0.25 * b.sample)
    np.testing.assert_array_equal(mid.trail, [a.sample, mid.sample])
    assert mid.decision is None
    # halfway the view holds both stages
    half = sp.frame(1.5).bounds
    for s in (a, b):
        assert half[0] <= s.bounds[0] and half[1] >= s.bounds[1]
        assert half[2] <= s.bounds[2] and half[3] >= s.bounds[3]
    assert sp.frame(-3).stage == 0 and sp.frame(99).stage == len(sp) - 1
    assert sp.frame(4).decision is sp.stages[4].decision is not None


def test_refuses_a_network_that_does_not_take_2d_points():
    net = Network.create([3, 2, 1], "tanh", seed=0)
    with pytest.raises(ValueError, match="2D data"):
        space.trace_space(
            net.weights, net.biases, net.activations, np.zeros((4, 3)), np.zeros((1, 2, 2))
        )


def test_the_output_direction_makes_a_wide_last_hidden_layer_exact():
    net, ds = trained([2, 12, 1], data="circles", steps=150)
    X = np.concatenate([ds.x_train, ds.x_val])
    predicted = net.predict(X)
    assert 0 < predicted.sum() < len(X)
    pca = traced(net, X).stages[2]
    sp = traced(net, X, picks={1: "decision"})
    z1, a1 = sp.stages[1], sp.stages[2]
    assert z1.projection.kind == "pca"  # the output reads a¹, not z¹
    assert a1.projection.kind == "decision" and a1.decision.exact
    w, beta = space.decision_function(net.weights[1], net.biases[1], "sigmoid")
    np.testing.assert_allclose(a1.projection.basis[:, 0], w / np.linalg.norm(w))
    np.testing.assert_allclose(a1.projection.basis.T @ a1.projection.basis, np.eye(2), atol=1e-12)
    # the line is vertical and every point's side is its prediction, in or off the plane
    assert a1.decision.normal[1] == pytest.approx(0.0, abs=1e-9)
    f = a1.values.astype(np.float64) @ w + beta
    away = np.abs(f) > 1e-5
    np.testing.assert_array_equal(a1.decision.side(a1.points)[away], predicted[away] == 1)
    assert pca.projection.variance_kept >= a1.projection.variance_kept - 1e-12
    # the second axis keeps its sign from frame to frame
    again = traced(net, X, picks={1: "decision"}, previous=sp).stages[2]
    assert again.projection.basis[:, 1] @ a1.projection.basis[:, 1] > 0
    with pytest.raises(ValueError, match="last hidden layer"):
        net2, ds2 = trained([2, 6, 6, 1], steps=2)
        traced(net2, ds2.x_train, picks={1: "decision"})


def test_input_features_start_from_the_plane():
    from engine.data.features import with_features

    names = ["x1", "x2", "x1^2", "x2^2"]
    ds = with_features(toy2d.make("circles", n=200, seed=0, noise=0.05), names)
    net = Network.create([4, 1], "tanh", seed=0)  # no hidden layer: circles need x²
    trainer = Trainer(net, ds, TrainConfig(lr=0.1, batch_size=16, optimizer="adam"))
    for _ in range(300):
        trainer.step()
    points = ds.points.x_train
    grid = space.grid_lines(figures.plane_bounds(points), lines=5, points=7)
    sp = space.trace_space(
        net.weights,
        net.biases,
        net.activations,
        points,
        grid,
        features=names,
        picks={0: "decision"},
    )
    assert [s.kind for s in sp.stages] == ["plane", "input", "z", "a"]
    assert sp.stages[1].title == "a⁰ = (x₁, x₂, x₁², x₂²)"
    np.testing.assert_array_equal(sp.stages[0].points, points)
    np.testing.assert_array_equal(sp.stages[1].values, ds.x_train)
    np.testing.assert_array_equal(sp.stages[2].values, net.forward(ds.x_train).zs[0])
    # the inputs are the last hidden space: along the output's direction the line is exact
    a0 = sp.stages[1]
    assert a0.projection.kind == "decision" and a0.decision.exact
    predicted = net.predict(ds.x_train)
    assert 0 < predicted.sum() < len(predicted)
    f = a0.values.astype(np.float64) @ net.weights[0][:, 0] + net.biases[0][0]
    away = np.abs(f) > 1e-5
    np.testing.assert_array_equal(a0.decision.side(a0.points)[away], predicted[away] == 1)
    with pytest.raises(ValueError, match="per chosen input feature"):
        space.trace_space(net.weights, net.biases, net.activations, points, grid)


def test_fewer_points_than_units_agrees_with_a_full_eigendecomposition():
    """The n × n Gram route (used when points < units) gives the axes and the variance of
    the m × m eigenproblem of Cᵀ·C, to 1e-8."""
    rng = np.random.default_rng(7)
    for n, m in ((30, 200), (120, 1024), (3, 5)):
        V = rng.normal(size=(n, m)) @ rng.normal(size=(m, m)) / np.sqrt(m) + rng.normal(size=m)
        basis, mean, kept = space.principal_plane(V)
        C = V - V.mean(axis=0)
        lam, vec = np.linalg.eigh(C.T @ C)
        full = space.canonical_signs(vec[:, [-1, -2]])  # the m × m route's signs too
        np.testing.assert_allclose(basis, full, atol=1e-8)
        np.testing.assert_allclose(basis.T @ basis, np.eye(2), atol=1e-12)
        assert kept == pytest.approx((lam[-1] + lam[-2]) / lam.sum(), abs=1e-8)


def test_fewer_points_than_units_without_two_directions_still_gives_a_plane():
    rng = np.random.default_rng(8)
    one = space.principal_plane(rng.normal(size=(1, 50)))  # a single point: no spread at all
    line = rng.normal(size=(6, 1)) * rng.normal(size=(1, 50)) + 3.0  # points on one line
    basis, _, kept = space.principal_plane(line)
    for b in (one[0], basis):
        np.testing.assert_allclose(b.T @ b, np.eye(2), atol=1e-12)
    assert kept == pytest.approx(1.0)  # the line's direction holds all the variance
    direction = line[1] - line[0]
    assert abs(basis[:, 0] @ direction) == pytest.approx(np.linalg.norm(direction))
