"""How well a digit model reads real pen-drawn digits of writers it never saw, through the canvas.

    QT_QPA_PLATFORM=offscreen python bench/unipen_canvas.py \
        [--data ../shared/data/unipen-digits/strokes.jsonl.gz] [--model FILE] [--limit N]

Takes the UNIPEN digits of the held-out writers (engine.data.pendigits.held_out: one
writer in five, by a hash of writer_id; the default model's build script never trains on
them), scales each digit into the 280×280 canvas at a seeded random size (35-80 % of the
canvas height) and position (engine.data.pendigits.place), and replays its strokes as
mouse press / move / release events on the canvas panel's `drawCanvas`, exactly as a
person drawing with a mouse: each point becomes a move to the nearest screen pixel, the
panel reads live as it would, and the final `predictedDigit` is the answer. The pen is
the canvas's default (18 px) unless --pen says otherwise.

Prints the accuracy, per digit and per site (markdown tables), and the top confusions.
--model: a .bps file (default: the shipped default digit model); --limit: replay only
the first N held-out digits (in a seeded shuffle), for a quick look; --json: also write
the per-digit results.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6 import QtCore, QtWidgets  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from engine.data import pendigits  # noqa: E402
from gui.panels import canvas as canvas_module  # noqa: E402
from gui.state import AppState  # noqa: E402

LEFT = QtCore.Qt.MouseButton.LeftButton
NONE = QtCore.Qt.KeyboardModifier.NoModifier
DATA = ROOT.parent / "shared" / "data" / "unipen-digits" / "strokes.jsonl.gz"


def held_out_digits(path: Path, seed: int, limit: int | None) -> list[pendigits.PenDigit]:
    """The held-out writers' digits, in a seeded order (so --limit takes a fair sample)."""
    digits = [d for d in pendigits.load(path) if pendigits.held_out(d.writer_id)]
    order = np.random.default_rng(seed).permutation(len(digits))
    digits = [digits[i] for i in order]
    return digits[:limit] if limit else digits


def table(title: str, rows: list[tuple[str, int, int]]) -> str:
    lines = [f"| {title} | digits | read right | accuracy |", "|---|---|---|---|"]
    lines += [f"| {k} | {n} | {r} | {r / n:.1%} |" for k, n, r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="UNIPEN strokes.jsonl.gz")
    parser.add_argument("--model", type=Path, default=canvas_module.DEFAULT_MODEL)
    parser.add_argument("--seed", type=int, default=0, help="sizes, positions and order")
    parser.add_argument("--limit", type=int, help="replay only this many digits")
    parser.add_argument("--pen", type=float, default=canvas_module.DEFAULT_PEN)
    parser.add_argument("--json", type=Path, help="write each digit's result here")
    args = parser.parse_args()
    try:
        digits = held_out_digits(args.data, args.seed, args.limit)
    except (OSError, ValueError) as exc:
        sys.exit(f"unipen_canvas: cannot read {args.data}: {exc}")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    state = AppState()
    try:
        state.network = canvas_module.load_default_network(args.model)
    except (ValueError, ImportError) as exc:
        sys.exit(f"unipen_canvas: {exc}")
    panel = canvas_module.DigitCanvas(state)
    panel.resize(760, 720)
    panel.show()
    app.processEvents()
    canvas = panel.canvas
    canvas.set_pen_width(args.pen)
    f = canvas._frame()
    scale = f.width() / canvas_module.CANVAS_SIDE

    def at(x: float, y: float) -> QtCore.QPoint:
        return QtCore.QPoint(round(f.x() + x * scale), round(f.y() + y * scale))

    results = []
    t0 = time.perf_counter()
    for i, d in enumerate(digits):
        rng = np.random.default_rng([args.seed, i])
        for stroke in pendigits.place(d.strokes, rng):
            first = at(*stroke[0])
            QTest.mousePress(canvas, LEFT, NONE, first)
            last = first
            for x, y in stroke[1:]:
                pos = at(x, y)
                if pos != last:  # a mouse reports no move within one screen pixel
                    QTest.mouseMove(canvas, pos)
                    last = pos
            QTest.mouseRelease(canvas, LEFT, NONE, last)
        panel.predict()  # the final reading (the throttle may still hold the last one)
        read = panel.predicted.text()
        results.append({"label": d.label, "read": read, "site": d.site, "writer": d.writer_id})
        panel.clear_button.click()
    seconds = time.perf_counter() - t0
    panel.close()

    n = len(results)
    right = sum(r["read"] == str(r["label"]) for r in results)
    writers = len({r["writer"] for r in results})
    print(f"model: {args.model.name} ({state.network.describe()})")
    print(
        f"held-out UNIPEN writers: {n} digits of {writers} writers, replayed through drawCanvas "
        f"as mouse strokes (canvas {f.width():.0f} px on screen, pen {args.pen:g} px, "
        f"seed {args.seed}), {seconds:.0f} s"
    )
    print(f"accuracy: {right}/{n} = {right / n:.2%}\n")
    by = {"digit": Counter(), "site": Counter()}
    ok = {"digit": Counter(), "site": Counter()}
    for r in results:
        good = r["read"] == str(r["label"])
        for key, value in (("digit", r["label"]), ("site", r["site"])):
            by[key][value] += 1
            ok[key][value] += good
    print(table("digit", [(str(k), by["digit"][k], ok["digit"][k]) for k in sorted(by["digit"])]))
    print()
    print(table("site", [(k, by["site"][k], ok["site"][k]) for k in sorted(by["site"])]))
    confusions = Counter(
        (r["label"], r["read"]) for r in results if r["read"] != str(r["label"])
    ).most_common(10)
    print(f"\ntop confusions (of {n - right} errors): ")
    print(", ".join(f"{a}→{b or 'nothing'} {c}" for (a, b), c in confusions))
    if args.json:
        args.json.write_text(json.dumps(results))


if __name__ == "__main__":
    main()
