"""Pen-drawn digits: reading the strokes format, the writer-disjoint split, placement."""

from __future__ import annotations

import gzip
import json

import numpy as np
import pytest

from engine.data import pendigits


def test_load_reads_strokes_labels_and_writers(tmp_path):
    rows = [
        {"label": 7, "strokes": [[[0, 0], [10, 0], [4, 20]]], "site": "a", "writer_id": "a/1"},
        {"label": 1, "strokes": [[[5, 0], [5, 30]], [[2, 3]]], "site": "b", "writer_id": "b/2"},
    ]
    path = tmp_path / "d.jsonl.gz"
    with gzip.open(path, "wt") as f:
        f.write("\n".join(json.dumps(r) for r in rows) + "\n")
    digits = pendigits.load(path)
    assert [(d.label, d.site, d.writer_id) for d in digits] == [(7, "a", "a/1"), (1, "b", "b/2")]
    assert digits[1].strokes[0].shape == (2, 2) and len(digits[1].strokes) == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"label": 12, "strokes": [[[0, 0]]], "writer_id": "x"}\n')
    with pytest.raises(ValueError, match="line 1"):
        pendigits.load(bad)


def test_held_out_is_a_fixed_fifth_of_the_writers():
    writers = [f"site{k % 7}/writer{k}" for k in range(2000)]
    out = [w for w in writers if pendigits.held_out(w)]
    assert 0.17 < len(out) / len(writers) < 0.23
    assert out == [w for w in writers if pendigits.held_out(w)]  # the same every time


def test_place_keeps_the_shape_and_fits_the_canvas():
    strokes = [np.array([[100.0, 50.0], [140.0, 50.0], [110.0, 250.0]]), np.array([[90, 150.0]])]
    for seed in range(50):
        placed = pendigits.place(strokes, np.random.default_rng(seed))
        pts = np.concatenate(placed)
        assert pts.min() >= 12 - 1e-9 and pts.max() <= 280 - 12 + 1e-9
        h = pts[:, 1].max() - pts[:, 1].min()
        assert 0.35 * 280 - 1e-6 <= h <= 0.8 * 280 + 1e-6
        w = pts[:, 0].max() - pts[:, 0].min()
        assert w / h == pytest.approx(50 / 200)  # aspect ratio kept
