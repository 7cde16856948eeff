"""Latency from a mouse move on the canvas to the updated prediction on screen.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python bench/canvas_latency.py [--strokes 300]

Replays the strokes of tests/data/strokes/digits.json as mouse press / move /
release events on the canvas panel's drawCanvas, reading with the shipped
default digit model (784-512-256-10) — or, if it is missing, a fresh network of
the same shape, which costs the same. For each move it measures the time from
sending the event to the new prediction painted: the event is delivered, the
panel's throttle lets the prediction run (preprocess + forward + labels and bars
updated), then what changed is repainted synchronously with `repaint()`: the
canvas around the pen (the rectangle its update() asks for), the digit, the
bars and the 28×28 input. (Left to the event loop, the
platform adds its own frame pacing — the offscreen platform waits ~5 ms between
update requests — which is not the app's work.) Moves are spaced like a fast
mouse (8 ms apart), so the throttle does not merge them.

Printed side by side, from the same run: the latency p50 / p99 / max, its split
(until the prediction is made; the canvas repaint; the digit, bars and 28×28
view repaint), and the parts measured alone (preprocessing a 280×280 image; one forward pass), so a
busy machine shows up in both.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6 import QtCore, QtWidgets  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from engine import preprocess  # noqa: E402
from engine.network import Network  # noqa: E402
from gui.panels import canvas as canvas_module  # noqa: E402
from gui.state import AppState  # noqa: E402

LEFT = QtCore.Qt.MouseButton.LeftButton
NONE = QtCore.Qt.KeyboardModifier.NoModifier
SPACING = 0.008  # seconds between mouse moves (a 125 Hz mouse)


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strokes", type=int, default=300, help="strokes to replay")
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    state = AppState()
    try:
        net = canvas_module.load_default_network()
        which = f"default digit model {net.describe()}"
    except (ValueError, ImportError) as exc:
        net = Network.create([784, 512, 256, 10], "relu", init="he_normal")
        which = f"a fresh 784-512-256-10 network ({exc})"
    state.network = net
    panel = canvas_module.Panel(state)
    panel.resize(760, 720)
    panel.show()
    app.processEvents()
    canvas = panel.canvas
    side = canvas_module.CANVAS_SIDE

    def at(x: float, y: float) -> QtCore.QPoint:
        f = canvas._frame()
        s = f.width() / side
        return QtCore.QPoint(round(f.x() + x * s), round(f.y() + y * s))

    samples = json.loads((ROOT / "tests/data/strokes/digits.json").read_text())["samples"]
    strokes = [(s["pen"], st) for s in samples for st in s["strokes"]][: args.strokes]
    latencies = []
    split: dict[str, list[float]] = {"predicted": [], "canvas": [], "widgets": []}
    changed = [panel.predicted, panel.confidence, panel.bars, panel.sees]
    for pen, stroke in strokes:
        canvas.set_pen_width(pen)
        QTest.mousePress(canvas, LEFT, NONE, at(*stroke[0]))
        last = at(*stroke[0])
        for x, y in stroke[1:]:
            pos = at(x, y)
            if pos == last:  # the same screen pixel: a mouse reports no move
                continue
            last = pos
            due = time.perf_counter() + SPACING
            before = panel.predictions
            t0 = time.perf_counter()
            QTest.mouseMove(canvas, pos)
            while panel.predictions == before:  # the throttle may hold it a moment
                app.processEvents()
                if time.perf_counter() - t0 > 2:
                    sys.exit("no prediction 2 s after a mouse move: the canvas did not react")
            t1 = time.perf_counter()
            canvas.repaint(canvas.dirty_rect())  # what its update() asked for
            t2 = time.perf_counter()
            for widget in changed:
                widget.repaint()
            t3 = time.perf_counter()
            latencies.append(t3 - t0)
            split["predicted"].append(t1 - t0)
            split["canvas"].append(t2 - t1)
            split["widgets"].append(t3 - t2)
            app.processEvents()
            time.sleep(max(0.0, due - time.perf_counter()))  # the loop idles until the next
        QTest.mouseRelease(canvas, LEFT, NONE, at(*stroke[-1]))
        panel.clear_button.click()
        app.processEvents()

    image = canvas.array()
    image[60:220, 130:150] = 255
    prep, fwd = [], []
    for _ in range(300):
        t0 = time.perf_counter()
        r = preprocess.prepare(image)
        t1 = time.perf_counter()
        net.feedforward(r.x)
        t2 = time.perf_counter()
        prep.append(t1 - t0)
        fwd.append(t2 - t1)
    panel.close()
    ms = 1000
    print(f"reading with: {which}")
    print(f"{len(strokes)} strokes, {len(latencies)} mouse moves, {SPACING * 1000:.0f} ms apart")
    print(
        f"mouse move -> prediction painted: p50 {percentile(latencies, 50) * ms:.2f} ms, "
        f"p99 {percentile(latencies, 99) * ms:.2f} ms, max {max(latencies) * ms:.2f} ms "
        "(target p99 <= 5 ms)"
    )
    print(
        "  of which: "
        + "; ".join(
            f"{name} p50 {percentile(v, 50) * ms:.2f} p99 {percentile(v, 99) * ms:.2f} ms"
            for name, v in (
                (
                    "until predicted (event, stroke, throttle, preprocess, forward, updates)",
                    split["predicted"],
                ),
                ("canvas repaint", split["canvas"]),
                ("widgets repaint", split["widgets"]),
            )
        )
    )
    print(
        f"reference, same run: preprocess 280x280 p50 {statistics.median(prep) * ms:.3f} ms "
        f"p99 {percentile(prep, 99) * ms:.3f} ms; forward p50 {statistics.median(fwd) * ms:.3f} ms "
        f"p99 {percentile(fwd, 99) * ms:.3f} ms"
    )


if __name__ == "__main__":
    main()
