"""The loss landscape: the centre is the current loss, the vectorised grid agrees with
evaluating one network per point, directions are what they claim, refinement reuses."""

import numpy as np
import pytest

from engine.data import toy2d
from engine.data.dataset import encode_targets
from engine.nn.network import Network
from engine.teach import landscape as ls
from engine.train.trainer import TrainConfig, Trainer


def moons(dtype):
    ds = toy2d.make("moons", n=200, noise=0.15, seed=0, val_fraction=0.25)
    return ds, ds.x_train.astype(dtype), encode_targets(ds.y_train, 1, dtype)


def mnist_shaped(n=120, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.random((n, 784), dtype=np.float32)
    return X, encode_targets(rng.integers(0, 10, n), 10)


def trained(dtype, epochs=3):
    ds, X, Y = moons(dtype)
    net = Network.create([2, 8, 8, 1], activation="tanh", seed=0, dtype=dtype)
    Trainer(net, ds, TrainConfig(optimizer="adam", lr=0.03, batch_size=16, epochs=epochs)).fit()
    return net, X, Y


@pytest.mark.parametrize("dtype, rtol", [("float32", 1e-6), ("float64", 1e-13)])
def test_centre_equals_the_current_loss(dtype, rtol):
    net, X, Y = trained(dtype)
    current = net.evaluate(X, Y)[0]
    for directions in (ls.random_directions(net, seed=3), ls.random_directions(net, 4, "layer")):
        grid = list(ls.refine(net, X, Y, directions, resolution=9))[-1]
        c = grid.resolution // 2
        assert grid.alphas[c] == 0 and grid.betas[c] == 0
        assert grid.loss[c, c] == pytest.approx(current, rel=rtol)
        assert grid.centre_loss == current
        assert grid.loss.max() > current * 1.01  # a real landscape, not a flat copy


@pytest.mark.parametrize("sizes, acts", [([2, 8, 8, 1], "tanh"), ([784, 30, 10], "sigmoid")])
def test_grid_agrees_with_one_network_at_a_time(sizes, acts):
    if sizes[0] == 2:
        net, X, Y = trained("float64")
    else:
        net = Network.create(sizes, activation=acts, seed=1, dtype="float64")
        X, Y = mnist_shaped()
        X = X.astype(np.float64)
    d = ls.random_directions(net, seed=5)
    grid = list(ls.refine(net, X, Y, d, resolution=9, span=(1.0, 0.5)))[-1]
    rows, cols = np.meshgrid(np.arange(9), np.arange(9), indexing="ij")
    coeffs = np.column_stack([grid.alphas[cols.ravel()], grid.betas[rows.ravel()]])
    reference = ls.plane_losses_one_by_one(net, X, Y, net.flat_params(), d, coeffs)
    np.testing.assert_allclose(grid.loss.ravel(), reference, rtol=1e-10)
    assert np.ptp(reference) > 0.01


def test_small_chunks_give_the_same_grid(monkeypatch):
    net, X, Y = trained("float64")
    d = ls.random_directions(net, seed=2)
    whole = list(ls.refine(net, X, Y, d, resolution=9))[-1].loss
    monkeypatch.setattr(ls, "CHUNK_VALUES", 1)  # one point per batched pass
    np.testing.assert_array_equal(list(ls.refine(net, X, Y, d, resolution=9))[-1].loss, whole)


def test_refinement_goes_coarse_to_fine_and_reuses_points():
    net, X, Y = trained("float64", epochs=1)
    d = ls.random_directions(net)
    grids = list(ls.refine(net, X, Y, d, resolution=17))
    assert [g.resolution for g in grids] == [5, 9, 17]
    assert [g.evaluated for g in grids] == [25, 81 - 25, 289 - 81]
    for coarse, fine in zip(grids, grids[1:]):
        np.testing.assert_array_equal(fine.loss[::2, ::2], coarse.loss)
        np.testing.assert_array_equal(fine.alphas[::2], coarse.alphas)
    assert ls.levels(21) == [5, 9, 17, 21]
    assert not np.isnan(grids[-1].loss).any()


def test_refine_stops_when_asked():
    net, X, Y = trained("float64", epochs=1)
    stop = []
    grids = []
    for grid in ls.refine(net, X, Y, ls.random_directions(net), 17, should_stop=lambda: stop):
        grids.append(grid)
        stop.append(True)  # asked to stop after the first (coarse) grid
    assert [g.resolution for g in grids] == [5]


def test_filter_normalisation_matches_each_units_norm():
    net = Network.create([5, 4, 3], activation="relu", seed=0)
    d = ls.random_directions(net, seed=0, normalisation="filter")
    for D, W in zip(ls.unflatten(d.d1, net.sizes)[0], net.weights):
        np.testing.assert_allclose(np.linalg.norm(D, axis=0), np.linalg.norm(W, axis=0), 1e-6)
    assert not ls.unflatten(d.d1, net.sizes)[1][0].any()  # biases held
    d = ls.random_directions(net, seed=0, normalisation="layer")
    for D, W in zip(ls.unflatten(d.d2, net.sizes)[0], net.weights):
        assert np.linalg.norm(D) == pytest.approx(np.linalg.norm(W), rel=1e-6)
    with pytest.raises(ValueError, match="normalisation"):
        ls.random_directions(net, normalisation="unit")


def test_pca_directions_find_the_plane_of_a_planar_trajectory():
    rng = np.random.default_rng(0)
    P = 50
    u, v = np.linalg.qr(rng.standard_normal((P, 2)))[0].T
    centre = rng.standard_normal(P)
    t = np.linspace(0, 1, 30)[:, None]
    points = centre + 3 * t * u + np.sin(4 * t) * v
    d = ls.pca_directions(points, centre)
    basis = np.column_stack([u, v])
    for direction in (d.d1, d.d2):  # inside span(u, v), unit length
        assert np.linalg.norm(basis @ (basis.T @ direction)) == pytest.approx(1.0)
    coords = ls.project(points, centre, d)
    rebuilt = centre + coords[:, :1] * d.d1 + coords[:, 1:] * d.d2
    np.testing.assert_allclose(rebuilt, points, atol=1e-10)
    assert d.explained[0] + d.explained[1] == pytest.approx(1.0)
    with pytest.raises(ValueError, match="at least two points"):
        ls.pca_directions(centre[None, :], centre)


def test_subsample_says_what_it_took():
    X, Y = mnist_shaped(50)
    Xs, Ys, text = ls.subsample(X, Y, 20, seed=1)
    assert Xs.shape == (20, 784) and Ys.shape == (20, 10) and "20 of 50" in text
    assert ls.subsample(X, Y, None)[2] == "all 50 training samples"


@pytest.mark.parametrize(
    "loss, out_act, units",
    [("mse", "linear", 2), ("mse", "sigmoid", 1), ("cross_entropy", "sigmoid", 1),
     ("cross_entropy", "softmax", 3)],
)  # fmt: skip
def test_chunk_losses_are_the_engines_losses(loss, out_act, units):
    from engine.nn import activations, losses

    rng = np.random.default_rng(0)
    z = rng.normal(0, 3, (5, 40, units))
    z[2] *= 200  # softmax: some probabilities underflow to 0 in this one
    a = np.empty_like(z)
    activations.ACTIVATIONS[out_act](z.reshape(-1, units), a.reshape(-1, units))
    labels = rng.integers(0, max(units, 2), 40)
    Y = np.eye(units)[labels] if units > 1 else labels[:, None].astype(float)
    got = ls.mean_losses(loss, out_act, z, a, Y)
    want = [losses.value(loss, out_act, z[i], a[i], Y) for i in range(5)]
    np.testing.assert_allclose(got, want, rtol=1e-12)
    assert np.isfinite(got).all()
