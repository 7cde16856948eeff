"""Pen-drawn digits as strokes (UNIPEN's format), a writer-disjoint split, and placement on
the canvas.

    digits = load("strokes.jsonl.gz")      # list of PenDigit(label, strokes, site, writer_id)
    held_out(d.writer_id)                  # True for ~20 % of the writers: never trained on
    placed = place(d.strokes, rng)         # the strokes scaled and moved into a 280×280 canvas

A digit is a list of strokes, each an (m, 2) array of (x, y) points in the order the
pen drew them, y growing downward (screen convention), in whatever units the tablet
used. `place` scales the whole digit (aspect ratio kept) so that its height is a random
share of the canvas, then puts it at a random position where it fits, as people draw at
different sizes and places.

The split is by writer, fixed and documented: a writer is held out when the first 8
hex digits of SHA-256(writer_id), read as a number, are 0 mod 5 (about 20 % of the
writers). It depends on nothing but the writer's name, so the benchmark and the
script that builds the default model agree without sharing a file.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from dataclasses import dataclass

import numpy as np

CANVAS = 280  # the drawing canvas's side in pixels (gui.panels.canvas.CANVAS_SIDE)
HELD_OUT_EVERY = 5  # one writer in five (by hash) is held out


@dataclass
class PenDigit:
    label: int
    strokes: list[np.ndarray]  # each (m, 2) float: x, y
    site: str
    writer_id: str


def load(path: str | os.PathLike) -> list[PenDigit]:
    """Read a `.jsonl` or `.jsonl.gz` file of {label, strokes, site, writer_id} objects."""
    opener = gzip.open if str(path).endswith(".gz") else open
    digits = []
    with opener(path, "rt", encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                strokes = [np.asarray(s, dtype=np.float64).reshape(-1, 2) for s in d["strokes"]]
                label = int(d["label"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}, line {number}: not a pen digit ({exc})") from None
            strokes = [s for s in strokes if len(s)]
            if not strokes or not 0 <= label <= 9:
                raise ValueError(f"{path}, line {number}: no strokes, or a label outside 0..9")
            digits.append(PenDigit(label, strokes, str(d.get("site", "")), str(d["writer_id"])))
    return digits


def held_out(writer_id: str) -> bool:
    """Whether this writer belongs to the held-out fifth (see the module docstring)."""
    h = int(hashlib.sha256(writer_id.encode("utf-8")).hexdigest()[:8], 16)
    return h % HELD_OUT_EVERY == 0


def place(
    strokes: list[np.ndarray],
    rng: np.random.Generator,
    height: tuple[float, float] = (0.35, 0.8),
    margin: float = 12.0,
    side: float = CANVAS,
) -> list[np.ndarray]:
    """The strokes scaled and moved into a side×side canvas -> list of (m, 2) arrays.

    The digit's height becomes a uniform random share `height` of the canvas (its width
    at most side - 2·margin, for wide digits); its bounding box is then put at a uniform
    random position at least `margin` pixels from every edge.
    """
    points = np.concatenate(strokes)
    lo, hi = points.min(axis=0), points.max(axis=0)
    w, h = np.maximum(hi - lo, 1e-9)
    room = side - 2 * margin
    s = rng.uniform(*height) * side / h
    s = min(s, room / w, room / h)
    w, h = w * s, h * s
    x0 = margin + rng.uniform(0, max(room - w, 0.0))
    y0 = margin + rng.uniform(0, max(room - h, 0.0))
    return [(stroke - lo) * s + (x0, y0) for stroke in strokes]
