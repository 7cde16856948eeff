"""Write digits.json: handwritten-style digits as pen strokes, from letter-forms + writer variation.

    /work/venv/bin/python tests/data/strokes/make_strokes.py          # rewrites digits.json

Each digit has several letter-forms, the ways people actually write it (7 with
and without a bar, 1 as a bare stick or with a flag and a foot, 4 open or
closed, 9 with a straight or curved tail, 2 with or without a loop, ...). A
letter-form is a list of strokes, each a list of points in a unit box (x right,
y down, 0..1). A "writer" then draws it: a slant, a width-to-height ratio, a
size and a place on the 280×280 canvas, a small rotation, a wobble (smooth,
low-frequency noise along the stroke) and a pen width. The output is what a
tablet or mouse would record: one polyline per stroke, in canvas pixels.

Every sample records its letter-form and writer number so tests can train on
some writers and test on others.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

CANVAS = 280
PER_DIGIT = 30  # samples per digit
SEED = 20261123


def arc(cx, cy, rx, ry, a0, a1, n=24):
    """Points on an ellipse from angle a0 to a1 (degrees; 0 = right, 90 = down)."""
    t = np.radians(np.linspace(a0, a1, n))
    return [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in t]


def line(*points, n=8):
    """A polyline through the points, each segment sampled with n points."""
    out = []
    for (x0, y0), (x1, y1) in zip(points[:-1], points[1:], strict=True):
        for k in range(n):
            f = k / n
            out.append((x0 + f * (x1 - x0), y0 + f * (y1 - y0)))
    out.append(points[-1])
    return out


# letter-forms: name -> list of strokes (unit box, y down)
FORMS: dict[int, dict[str, list]] = {
    0: {
        "oval": [arc(0.5, 0.5, 0.42, 0.5, -90, 275, 40)],
        "narrow": [arc(0.5, 0.5, 0.3, 0.5, -100, 265, 40)],
        "overlap": [arc(0.5, 0.5, 0.45, 0.48, -70, 320, 40)],
    },
    1: {
        "stick": [line((0.5, 0.0), (0.5, 1.0))],
        "flag": [line((0.25, 0.22), (0.55, 0.0), (0.55, 1.0))],
        "flag-foot": [line((0.25, 0.22), (0.55, 0.0), (0.55, 1.0)), line((0.25, 1.0), (0.85, 1.0))],
    },
    2: {
        "plain": [
            arc(0.5, 0.28, 0.42, 0.28, 200, 360, 16) + line((0.92, 0.3), (0.05, 1.0), (1.0, 1.0))
        ],
        "curved": [
            arc(0.5, 0.3, 0.44, 0.3, 190, 360, 18)
            + arc(0.05, 0.3, 0.89, 0.7, 0, 90, 12)[1:]
            + line((0.05, 1.0), (1.0, 0.97))
        ],
        "loop": [
            arc(0.5, 0.28, 0.42, 0.28, 200, 360, 16)
            + line((0.92, 0.3), (0.2, 0.9))
            + arc(0.25, 0.88, 0.12, 0.1, 120, -200, 14)
            + line((0.3, 0.97), (1.0, 0.95))
        ],
    },
    3: {
        "round": [
            arc(0.45, 0.25, 0.4, 0.25, 200, 450, 20) + arc(0.45, 0.74, 0.48, 0.26, -90, 160, 22)
        ],
        "flat-top": [
            line((0.05, 0.0), (0.9, 0.0), (0.4, 0.42)) + arc(0.45, 0.7, 0.45, 0.3, -80, 160, 22)
        ],
        "two-strokes": [
            arc(0.45, 0.25, 0.4, 0.25, 200, 440, 18),
            arc(0.45, 0.73, 0.48, 0.27, -100, 160, 22),
        ],
    },
    4: {
        "open": [line((0.55, 0.0), (0.05, 0.68), (1.0, 0.68)), line((0.75, 0.3), (0.75, 1.0))],
        "closed": [line((0.7, 0.0), (0.0, 0.68), (1.0, 0.68)), line((0.7, 0.0), (0.7, 1.0))],
        "hooked": [line((0.3, 0.0), (0.12, 0.6), (0.95, 0.6)), line((0.72, 0.1), (0.72, 1.0))],
    },
    5: {
        "bar-last": [
            line((0.2, 0.0), (0.12, 0.45)) + arc(0.45, 0.68, 0.45, 0.32, -130, 150, 22),
            line((0.2, 0.0), (0.9, 0.0)),
        ],
        "one-stroke": [
            line((0.9, 0.0), (0.2, 0.0), (0.12, 0.45)) + arc(0.45, 0.68, 0.45, 0.32, -130, 150, 22)
        ],
        "round-belly": [
            line((0.85, 0.02), (0.25, 0.02), (0.2, 0.4)) + arc(0.5, 0.68, 0.42, 0.32, -140, 170, 24)
        ],
    },
    6: {
        "curved": [
            arc(0.95, 0.75, 0.85, 0.75, -110, -180, 12) + arc(0.5, 0.72, 0.4, 0.28, 180, 530, 28)
        ],
        "straight": [line((0.65, 0.0), (0.12, 0.62)) + arc(0.5, 0.72, 0.38, 0.28, 200, 540, 26)],
        "small-loop": [
            arc(0.9, 0.8, 0.8, 0.8, -100, -180, 12) + arc(0.45, 0.8, 0.35, 0.2, 180, 520, 24)
        ],
    },
    7: {
        "plain": [line((0.0, 0.0), (1.0, 0.0), (0.35, 1.0))],
        "bar": [line((0.0, 0.0), (1.0, 0.0), (0.35, 1.0)), line((0.3, 0.5), (0.9, 0.5))],
        "hook": [line((0.0, 0.15), (0.05, 0.0), (1.0, 0.0), (0.45, 1.0))],
        "curved": [line((0.0, 0.02), (1.0, 0.0)) + arc(-0.3, 0.0, 1.3, 1.0, 0, 55, 12)],
    },
    8: {
        "s-loop": [
            arc(0.5, 0.25, 0.38, 0.25, 0, -270, 22)
            + arc(0.5, 0.74, 0.45, 0.26, -90, 270, 30)
            + line((0.5, 0.48), (0.88, 0.25))
        ],
        "two-circles": [
            arc(0.5, 0.24, 0.35, 0.24, 90, 450, 24),
            arc(0.5, 0.73, 0.45, 0.27, -90, 270, 28),
        ],
        "figure": [
            arc(0.5, 0.25, 0.38, 0.25, -20, -180, 16)
            + line((0.12, 0.28), (0.8, 0.66))
            + arc(0.5, 0.75, 0.4, 0.25, -30, 210, 24)
            + line((0.15, 0.62), (0.86, 0.18))
        ],
    },
    9: {
        "straight": [arc(0.5, 0.28, 0.42, 0.28, 0, -360, 28) + line((0.92, 0.28), (0.85, 1.0))],
        "curved": [arc(0.5, 0.28, 0.42, 0.28, 0, -360, 28) + arc(0.2, 0.3, 0.72, 0.7, 0, 100, 12)],
        "two-strokes": [arc(0.5, 0.28, 0.42, 0.28, -20, -370, 28), line((0.92, 0.15), (0.9, 1.0))],
    },
}


def wobble(points: np.ndarray, rng: np.random.Generator, amount: float) -> np.ndarray:
    """Add a smooth, low-frequency displacement along the stroke (a hand is not a plotter)."""
    n = len(points)
    t = np.linspace(0, 1, n)[:, None]
    out = points.copy()
    for k in (1, 2, 3):
        phase = rng.uniform(0, 2 * np.pi, 2)
        amp = rng.normal(0, amount / k, 2)
        out += amp * np.sin(2 * np.pi * k * t / 2 + phase)
    return out


def write(form: list, rng: np.random.Generator) -> tuple[list, float]:
    """One writer's rendition of a letter-form: strokes in canvas pixels, and the pen width."""
    height = rng.uniform(0.4, 0.82) * CANVAS
    width = height * rng.uniform(0.55, 0.85)
    slant = rng.uniform(-0.15, 0.4)  # x shifts right going up (italic)
    angle = np.radians(rng.uniform(-8, 8))
    wob = rng.uniform(0.0, 0.035)
    strokes = []
    for stroke in form:
        p = wobble(np.asarray(stroke, float), rng, wob)
        x = (p[:, 0] - 0.5) * width + slant * (0.5 - p[:, 1]) * height
        y = (p[:, 1] - 0.5) * height
        c, s = np.cos(angle), np.sin(angle)
        strokes.append(np.stack([c * x - s * y, s * x + c * y], 1))
    allp = np.concatenate(strokes)
    lo, hi = allp.min(0), allp.max(0)
    margin = 12
    room = np.maximum(CANVAS - 2 * margin - (hi - lo), 0)
    offset = margin - lo + rng.uniform(0, 1, 2) * room
    pen = float(rng.uniform(0.06, 0.13) * height)
    return [np.round(st + offset, 1).tolist() for st in strokes], round(pen, 1)


def make(seed: int = SEED, per_digit: int = PER_DIGIT) -> dict:
    rng = np.random.default_rng(seed)
    samples = []
    for label, forms in FORMS.items():
        names = list(forms)
        for i in range(per_digit):
            name = names[i % len(names)]
            strokes, pen = write(forms[name], rng)
            samples.append(
                {"label": label, "form": name, "writer": i, "pen": pen, "strokes": strokes}
            )
    return {"canvas": CANVAS, "seed": seed, "samples": samples}


if __name__ == "__main__":
    out = Path(__file__).with_name("digits.json")
    data = make()
    out.write_text(json.dumps(data, separators=(",", ":")))
    print(f"wrote {len(data['samples'])} digits to {out}")
