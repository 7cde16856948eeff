"""Canvas preprocessing: crop, fit the longer side to 20 px, centre the mass in 28×28."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.data import preprocess
from engine.data.preprocess import CENTRE, NOTHING, area_matrix, centre_of_mass, prepare


def stroke_image(h=280, w=280, seed=0, thickness=14, points=None) -> np.ndarray:
    """A synthetic drawn stroke: a thick polyline through random points, ink 255 on 0."""
    rng = np.random.default_rng(seed)
    if points is None:
        points = rng.uniform([0.1 * h, 0.1 * w], [0.9 * h, 0.7 * w], (4, 2))
    rr, cc = np.mgrid[0:h, 0:w]
    img = np.zeros((h, w), np.float32)
    for (r0, c0), (r1, c1) in zip(points[:-1], points[1:]):
        d = np.array([r1 - r0, c1 - c0])
        t = np.clip(((rr - r0) * d[0] + (cc - c0) * d[1]) / max(d @ d, 1e-9), 0, 1)
        dist = np.hypot(rr - (r0 + t * d[0]), cc - (c0 + t * d[1]))
        img = np.maximum(img, np.clip(thickness / 2 - dist + 0.5, 0, 1))
    return (img * 255).astype(np.uint8)


def bbox(a: np.ndarray, level=0.0) -> tuple[int, int]:
    rows = np.flatnonzero((a > level).any(1))
    cols = np.flatnonzero((a > level).any(0))
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def test_drawn_stroke_becomes_an_mnist_like_image():
    r = prepare(stroke_image(seed=1))
    assert r.x.shape == (784,) and r.x.dtype == np.float32
    assert r.x.min() >= 0 and r.x.max() <= 1
    assert r.centred.shape == (28, 28)
    np.testing.assert_array_equal(r.x, r.centred.ravel())
    h, w = bbox(r.centred)
    assert max(h, w) <= 21 and min(h, w) >= 1  # 20 px, plus one when shifted by a fraction
    cr, cc = centre_of_mass(r.centred)
    assert abs(cr - CENTRE[0]) < 0.5 and abs(cc - CENTRE[1]) < 0.5
    assert abs(cr - 14.0) < 0.05 and abs(cc - 14.0) < 0.05  # in fact exactly (14, 14)
    assert r.centre_of_mass == pytest.approx((cr, cc))


def test_stages_are_crop_then_fit_then_centre():
    img = np.zeros((300, 200), np.uint8)
    img[50:250, 80:130] = 255  # a tall bar: 200 × 50
    r = prepare(img)
    assert r.bbox == (50, 80, 250, 130)
    assert r.cropped.shape == (200, 50)
    assert r.fitted.shape == (20, 5)  # aspect ratio kept
    np.testing.assert_allclose(r.fitted, 1.0, atol=1e-5)  # area average of solid ink


def test_area_averaging_gives_grey_edges():
    # a 1-px-wide line in a 40-px crop shrinks by 2: its pixels average to half grey
    img = np.zeros((40, 40), np.uint8)
    img[:, 19] = 255
    img[0, :] = 255  # a top bar makes the crop 40 × 40
    r = prepare(img)
    assert r.fitted.shape == (20, 20)
    assert r.fitted[5:, 9].max() == pytest.approx(0.5, abs=1e-5)
    np.testing.assert_allclose(area_matrix(4, 2), [[0.5, 0.5, 0, 0], [0, 0, 0.5, 0.5]])
    np.testing.assert_allclose(area_matrix(7, 3).sum(1), 1.0, rtol=1e-6)


def test_empty_canvas_is_nothing_to_classify():
    for blank in (np.zeros((280, 280), np.uint8), np.full((50, 80), 255, np.uint8)):
        r = prepare(blank)
        assert r.empty and r.x is None and r.centred is None
        assert r.message == NOTHING
    faint = np.zeros((100, 100), np.uint8)
    faint[40:60, 40:60] = 10  # below the ink level: a smudge, not a digit
    assert prepare(faint).empty


def test_dark_ink_on_white_is_inverted():
    ink = stroke_image(seed=3)
    a, b = prepare(ink), prepare(255 - ink)
    np.testing.assert_allclose(a.x, b.x, atol=1e-5)


def test_float_input_and_any_size():
    img = stroke_image(97, 61, seed=4, thickness=5).astype(np.float64) / 255
    r = prepare(img)
    assert r.x.shape == (784,)
    assert max(r.fitted.shape) == 20
    small = np.zeros((10, 10))
    small[2:8, 4] = 1.0  # a tiny drawing is enlarged to 20
    assert max(prepare(small).fitted.shape) == 20


def test_bad_input_gets_a_clear_message():
    with pytest.raises(ValueError, match="2-D greyscale image"):
        prepare(np.zeros(784))
    with pytest.raises(ValueError, match="NaN"):
        prepare(np.full((5, 5), np.nan))


@settings(max_examples=40, deadline=None)
@given(
    h=st.integers(20, 200),
    w=st.integers(20, 200),
    seed=st.integers(0, 10_000),
    thickness=st.integers(2, 12),
)
def test_centre_of_mass_lands_on_the_centre(h, w, seed, thickness):
    r = prepare(stroke_image(h, w, seed=seed, thickness=thickness))
    if r.empty:
        return
    cr, cc = r.centre_of_mass
    fh, fw = r.fitted.shape
    # the centre of mass is on (14, 14) unless the box had to be pushed back inside the field
    inside = all(
        0 <= c - m <= preprocess.SIDE - n
        for c, m, n in (
            (CENTRE[0], centre_of_mass(r.fitted)[0], fh),
            (CENTRE[1], centre_of_mass(r.fitted)[1], fw),
        )
    )
    if inside:
        assert abs(cr - CENTRE[0]) < 1e-3 and abs(cc - CENTRE[1]) < 1e-3
    assert max(bbox(r.centred, 1e-6)) <= 21
    assert abs(r.centred.sum() - r.fitted.sum()) < 1e-2 * r.fitted.sum() + 1e-3  # no ink lost


def test_bytes_take_the_fast_path_to_exactly_the_same_result():
    """A uint8 canvas is cropped on its bytes; the result equals the float path's, bit for bit."""
    rng = np.random.default_rng(5)
    for trial in range(20):
        a = np.zeros((90, 70), np.uint8)
        t, l = rng.integers(0, 40), rng.integers(0, 30)
        a[t : t + 30, l : l + 25] = rng.integers(0, 256, (30, 25), dtype=np.uint8)
        a[rng.integers(0, 90), rng.integers(0, 70)] = 25 + trial % 3  # around the ink threshold
        fast, slow = prepare(a), prepare(a.astype(np.float32))
        assert fast.bbox == slow.bbox
        np.testing.assert_array_equal(fast.x, slow.x)
        np.testing.assert_array_equal(fast.cropped, slow.cropped)
    light = np.full((40, 40), 255, np.uint8)
    light[10:30, 18:22] = 0  # dark ink on white: inverted, as before
    assert prepare(light).bbox == (10, 18, 30, 22)


def test_prepare_keeps_no_view_of_the_drawing():
    """The canvas passes a view of its live image bytes: nothing returned may alias it."""
    rgb32 = np.zeros((280, 4 * 280), np.uint8)
    drawing = rgb32[:, ::4]  # one channel of 4-byte pixels, as DrawCanvas.array(copy=False)
    drawing[60:200, 100:130] = 255
    r = preprocess.prepare(drawing)
    for stage in (r.x, r.cropped, r.fitted, r.centred):
        assert not np.shares_memory(stage, rgb32)
    x = r.x.copy()
    rgb32[:] = 0  # the next stroke repaints the image
    np.testing.assert_array_equal(r.x, x)
