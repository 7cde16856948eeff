"""engine.teach.figures: the numbers the panels draw, checked against hand-worked values."""

import numpy as np
import pytest

from engine.data import toy2d
from engine.nn.network import Network
from engine.teach import figures


def small_net(seed=0, sizes=(2, 3, 1), activation="tanh"):
    return Network.create(list(sizes), activation, seed=seed, dtype="float64")


def test_layer_outputs_match_feedforward():
    net = small_net(sizes=(4, 5, 3), activation="relu")
    X = np.random.default_rng(1).normal(size=(7, 4))
    ours = figures.layer_outputs(net.weights, net.biases, net.activations, X)
    ref = net.feedforward(X, all_layers=True)
    assert [a.shape for a in ours] == [(7, 4), (7, 5), (7, 3)]
    for a, b in zip(ours, ref, strict=True):
        np.testing.assert_allclose(a, b)


def test_layer_outputs_one_sample_and_wrong_width():
    net = small_net()
    out = figures.layer_outputs(net.weights, net.biases, net.activations, np.array([0.5, -0.5]))
    assert out[-1].shape == (1, 1)
    with pytest.raises(ValueError, match="takes 2 inputs"):
        figures.layer_outputs(net.weights, net.biases, net.activations, np.zeros((3, 5)))


def test_class_probabilities_one_unit_and_several():
    p = figures.class_probabilities(np.array([[0.2], [0.9]]))
    np.testing.assert_allclose(p, [[0.8, 0.2], [0.1, 0.9]])
    q = figures.class_probabilities(np.array([[1.0, 3.0], [0.0, 0.0]]))
    np.testing.assert_allclose(q, [[0.25, 0.75], [0.5, 0.5]])


def test_confusion_matrix_by_hand():
    C = figures.confusion_matrix([0, 1, 1, 2, 2, 2], [0, 0, 1, 2, 1, 2], 3)
    np.testing.assert_array_equal(C, [[1, 0, 0], [1, 1, 0], [0, 1, 2]])
    with pytest.raises(ValueError, match="labels must lie"):
        figures.confusion_matrix([0, 3], [0, 1], 3)


def test_validation_report_counts_and_orders_mistakes():
    # A 1-unit sigmoid "network" whose output is sigmoid(10·x0): predicts class 1 iff x0 > 0.
    W = [np.array([[10.0], [0.0]])]
    b = [np.zeros(1)]
    X = np.array([[1.0, 0], [-1.0, 0], [0.05, 0], [-2.0, 0], [0.3, 0]])
    y = np.array([1, 1, 0, 0, 0])
    r = figures.validation_report(W, b, ["sigmoid"], X, y, 2)
    np.testing.assert_array_equal(r.predicted, [1, 0, 1, 0, 1])
    np.testing.assert_array_equal(r.confusion, [[1, 2], [1, 1]])
    assert r.accuracy == pytest.approx(2 / 5)
    # mistakes: #1 (conf 1−σ(−10)), #4 (σ(3)), #2 (σ(0.5)): most confident first
    np.testing.assert_array_equal(r.misclassified, [1, 4, 2])
    assert r.confidence[4] == pytest.approx(1 / (1 + np.exp(-3.0)))


def test_plane_maps_shapes_and_orientation():
    net = small_net(sizes=(2, 3, 1))
    maps = figures.plane_maps(net.weights, net.biases, net.activations, (-1, 1, -2, 2), 5)
    assert [m.shape for m in maps.maps] == [(3, 5, 5), (1, 5, 5)]
    assert maps.probabilities.shape == (5, 5, 2)
    # row 0 is y_min, column 0 is x_min: check one grid point against a direct evaluation
    direct = figures.layer_outputs(net.weights, net.biases, net.activations, np.array([1.0, -2.0]))
    np.testing.assert_allclose(maps.maps[0][:, 0, 4], direct[1][0])
    np.testing.assert_allclose(maps.probabilities.sum(axis=-1), 1.0)
    with pytest.raises(ValueError, match="2-input"):
        net3 = small_net(sizes=(3, 2, 1))
        figures.plane_maps(net3.weights, net3.biases, net3.activations, (-1, 1, -1, 1), 4)


def test_plane_bounds_square_with_margin():
    x0, x1, y0, y1 = figures.plane_bounds(np.array([[0.0, 0.0], [2.0, 1.0]]), margin=0.0)
    assert (x0, x1) == pytest.approx((0.0, 2.0))
    assert (y0, y1) == pytest.approx((-0.5, 1.5))
    ds = toy2d.make("moons", n=50)
    b = figures.plane_bounds(ds.x_train)
    assert b[0] < ds.x_train[:, 0].min() and b[1] > ds.x_train[:, 0].max()


def test_strongest_units_and_edges():
    W_in = np.zeros((3, 6))
    W_in[:, 4] = 5
    W_out = np.zeros((6, 2))
    W_out[1] = 3
    np.testing.assert_array_equal(figures.strongest_units(W_in, W_out, 2), [1, 4])
    np.testing.assert_array_equal(figures.strongest_units(W_in, None, 10), np.arange(6))
    W = np.arange(12.0).reshape(3, 4) - 6  # |w| largest at W[0,0] = −6, W[2,3] = 5
    i, j, w = figures.strongest_edges(W, np.array([0, 2]), np.array([0, 3]), 2)
    got = sorted(zip(i.tolist(), j.tolist(), w.tolist()))
    assert got == [(0, 0, -6.0), (1, 1, 5.0)]


def test_tile_mosaic_places_each_unit():
    W = np.arange(4 * 5, dtype=float).reshape(4, 5)  # 2×2 images, 5 units
    mosaic, rows, cols = figures.tile_mosaic(W, (2, 2), gap=1)
    assert (rows, cols) == (2, 3)
    assert mosaic.shape == (2 * 3 - 1, 3 * 3 - 1)
    # unit 4 sits at grid row 1, column 1
    np.testing.assert_array_equal(mosaic[3:5, 3:5], W[:, 4].reshape(2, 2))
    assert np.isnan(mosaic[2, 0]) and np.isnan(mosaic[3, 6])  # gap and unused tile
    with pytest.raises(ValueError, match="not 3×3"):
        figures.tile_mosaic(W, (3, 3))


def test_symmetric_limit_and_histogram():
    a = np.array([0.5, -2.0, np.nan, np.inf])
    assert figures.symmetric_limit(a) == 2.0
    assert figures.symmetric_limit(np.zeros(3)) > 0
    edges, counts = figures.histogram(np.array([-1.0, 0.1, 0.2, 1.0]), bins=4)
    np.testing.assert_allclose(edges, [-1, -0.5, 0, 0.5, 1])
    np.testing.assert_array_equal(counts, [1, 0, 2, 1])


def test_layer_norms():
    np.testing.assert_allclose(figures.layer_norms([np.array([3.0, 4.0]), np.ones((2, 2))]), [5, 2])


def test_validation_report_grows_to_fit_more_outputs_than_classes():
    # a 3-output network on 2-class data: predictions of class 2 still fit the matrix
    W, b = [np.array([[0.0, 0.0, 5.0]])], [np.zeros(3)]
    r = figures.validation_report(W, b, ["softmax"], np.ones((4, 1)), np.array([0, 1, 1, 0]), 2)
    assert r.confusion.shape == (3, 3) and r.confusion[:, 2].sum() == 4


def test_forward_macs_counts_the_multiply_adds_of_one_input():
    from engine.teach.figures import forward_macs

    assert forward_macs([2, 8, 8, 1]) == 2 * 8 + 8 * 8 + 8 * 1
    assert forward_macs([2, *[1024] * 8, 1]) == 2 * 1024 + 7 * 1024 * 1024 + 1024
    assert forward_macs([5]) == 1  # no layer: never a division by zero
