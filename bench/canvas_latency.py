"""Latency from a mouse move on the canvas to the updated prediction on screen.

    QT_QPA_PLATFORM=offscreen python bench/canvas_latency.py [--strokes 300] [--model FILE]
    QT_QPA_PLATFORM=offscreen python bench/canvas_latency.py --window \
        --data-dir ../shared/data/mnist

Replays the strokes of tests/data/strokes/digits.json as mouse press / move /
release events on drawCanvas, digit by digit (the canvas cleared after each),
reading with the shipped default digit model (784-512-256-10) — or, if it is
missing, a fresh network of the same shape, which costs the same. Moves are
spaced like a fast mouse (a move every 8 ms), strokes of a digit PEN_UP apart,
and the writer looks at each reading for LOOK.

Two set-ups:
  default    the canvas panel alone (what the issue's figure is about);
  --window   the whole main window with the default model opened as the workspace
             (that needs MNIST, hence --data-dir) and the canvas tab in front, so the
             topology view and the step-through follow the drawing as a user sees them.

For each move, two latencies, both ending when the new prediction is painted:
  processing  from the move's delivery: the event, the stroke painted into the image,
              preprocessing, forward, labels and bars updated, then one frame — an
              UpdateRequest to the window, which repaints every region that asked for
              update() and flushes once, the way the event loop paints (left to the event
              loop, the platform would add its own frame pacing, which is not the app's
              work);
  from the mouse  from the moment the move was due: it also counts the time the move
              waited while the GUI thread was busy with other work (other views
              following the drawing, their painting), as a real mouse's event waits in
              the queue.
Between moves the event loop runs freely (timers, posted events, paints).

Printed from the same run: p50 / p99 / max of both, the split of processing, how
often each widget painted, and the parts measured alone (preprocessing a 280×280
image; one forward pass), so a busy machine shows up in both.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # as the app does (gui/__init__.py), before NumPy loads

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6 import QtCore, QtWidgets  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from engine.data import preprocess  # noqa: E402
from engine.nn.network import Network  # noqa: E402
from gui.panels import canvas as canvas_module  # noqa: E402
from gui.state import AppState  # noqa: E402

LEFT = QtCore.Qt.MouseButton.LeftButton
NONE = QtCore.Qt.KeyboardModifier.NoModifier
SPACING = 0.008  # seconds between mouse moves (a 125 Hz mouse)
PEN_UP = 0.15  # seconds between two strokes of a digit (the pen lifted and moved)
LOOK = 0.3  # seconds the writer looks at the reading before clearing, and after


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def summary(values: list[float]) -> str:
    ms = 1000
    return (
        f"p50 {percentile(values, 50) * ms:.2f} ms, p99 {percentile(values, 99) * ms:.2f} ms, "
        f"max {max(values) * ms:.2f} ms"
    )


class PaintCounter(QtCore.QObject):
    """Counts the paint events of some widgets (to show what the frames repainted)."""

    def __init__(self, widgets: list[QtWidgets.QWidget]) -> None:
        super().__init__()
        self.names = {w: w.objectName() or type(w).__name__ for w in widgets}
        self.counts = dict.fromkeys(self.names.values(), 0)
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Paint and watched in self.names:
            self.counts[self.names[watched]] += 1
        return False


def panel_alone(app: QtWidgets.QApplication, model: Path = canvas_module.DEFAULT_MODEL):
    """(panel, top-level widget, description): the canvas panel on its own."""
    state = AppState()
    try:
        net = canvas_module.load_default_network(model)
        which = f"{model.name} {net.describe()}, canvas panel alone"
    except (ValueError, ImportError) as exc:
        net = Network.create([784, 512, 256, 10], "relu", init="he_normal")
        which = f"a fresh 784-512-256-10 network ({exc}), canvas panel alone"
    state.network = net
    panel = canvas_module.DigitCanvas(state)
    panel.resize(760, 720)
    panel.show()
    return panel, panel, which


def whole_window(app: QtWidgets.QApplication, data_dir: str):
    """(panel, main window, description): the canvas tab of the main window, reading the
    default digit model opened as the workspace (the topology and step-through follow)."""
    os.environ["BPS_MNIST_DIR"] = str(Path(data_dir).resolve())
    from gui.app import freeze_heap
    from gui.main_window import MainWindow

    window = MainWindow()
    freeze_heap()  # as the app does at start
    window.resize(1366, 740)  # a laptop's screen (the reading shows beside the canvas)
    window.show()
    settle(app, 0.5)
    if not window.open_model(str(canvas_module.DEFAULT_MODEL)):
        sys.exit("could not open the default digit model as the workspace (is --data-dir MNIST?)")
    window.docks["canvasPanel"].raise_()
    settle(app, 1.0)
    which = f"default digit model {window.state.network.describe()}, whole window"
    return window.panels["canvasPanel"], window, which


def settle(app: QtWidgets.QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def run_until(app: QtWidgets.QApplication, due: float) -> None:
    """Run the event loop until `due` (perf_counter seconds), as an idle GUI thread would."""
    while True:
        left = due - time.perf_counter()
        if left <= 0:
            return
        app.processEvents()
        if left > 0.0015:
            time.sleep(0.0005)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strokes", type=int, default=300, help="strokes to replay")
    parser.add_argument("--window", action="store_true", help="draw in the whole main window")
    parser.add_argument(
        "--model", type=Path, default=canvas_module.DEFAULT_MODEL, help="panel alone: read with"
    )
    parser.add_argument("--data-dir", help="MNIST folder (for --window)")
    args = parser.parse_args()
    if args.window and not args.data_dir:
        parser.error("--window opens the default model as the workspace: give --data-dir MNIST")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    if args.window:
        panel, top, which = whole_window(app, args.data_dir)
    else:
        panel, top, which = panel_alone(app, args.model)
    app.processEvents()
    canvas = panel.canvas
    side = canvas_module.CANVAS_SIDE
    net = panel.reading_network()[0]

    def at(x: float, y: float) -> QtCore.QPoint:
        f = canvas._frame()
        s = f.width() / side
        return QtCore.QPoint(round(f.x() + x * s), round(f.y() + y * s))

    samples = json.loads((ROOT / "tests/data/strokes/digits.json").read_text())["samples"]
    digits, total = [], 0
    for sample in samples:  # whole digits, up to --strokes strokes in all
        if total >= args.strokes:
            break
        digits.append((sample["pen"], sample["strokes"][: args.strokes - total]))
        total += len(digits[-1][1])
    processing, from_mouse = [], []
    split: dict[str, list[float]] = {"predicted": [], "painted": []}
    watched = [canvas, panel.predicted, panel.confidence, panel.bars, panel.sees]
    if args.window:
        watched += [top.panels["topologyView"].canvas, top.panels["stepThrough"]]
    painted = PaintCounter(watched)
    frame = QtCore.QEvent(QtCore.QEvent.Type.UpdateRequest)
    due = time.perf_counter()
    for pen, strokes in digits:
        canvas.set_pen_width(pen)
        for stroke in strokes:
            # the pen comes down PEN_UP after it was lifted (not at once, to rest there: a
            # resting pen makes the drawing the current sample, which other views redraw for)
            run_until(app, due)
            due = time.perf_counter()
            QTest.mousePress(canvas, LEFT, NONE, at(*stroke[0]))
            last = at(*stroke[0])
            for x, y in stroke[1:]:
                pos = at(x, y)
                if pos == last:  # the same screen pixel: a mouse reports no move
                    continue
                last = pos
                due = max(due + SPACING, time.perf_counter())
                run_until(app, due)  # the mouse moves at `due`; the loop may be busy then
                before = panel.predictions
                t0 = time.perf_counter()
                QTest.mouseMove(canvas, pos)
                while panel.predictions == before:  # the throttle may hold it a moment
                    app.processEvents()
                    if time.perf_counter() - t0 > 2:
                        sys.exit("no prediction 2 s after a mouse move: the canvas did not react")
                t1 = time.perf_counter()
                QtWidgets.QApplication.sendEvent(top, frame)  # paint what asked for update()
                t2 = time.perf_counter()
                processing.append(t2 - t0)
                from_mouse.append(t2 - due)
                split["predicted"].append(t1 - t0)
                split["painted"].append(t2 - t1)
            QTest.mouseRelease(canvas, LEFT, NONE, at(*stroke[-1]))
            due = time.perf_counter() + PEN_UP
        run_until(app, due + LOOK)  # the writer looks at the reading, then clears
        panel.clear_button.click()
        due = time.perf_counter() + LOOK
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
    moves = len(processing)
    ms = 1000
    print(f"reading with: {which}")
    print(
        f"{len(digits)} digits, {total} strokes, {moves} mouse moves {SPACING * 1000:.0f} ms "
        f"apart, {PEN_UP * 1000:.0f} ms pen-up between strokes"
    )
    print(
        f"mouse move -> prediction painted, processing: {summary(processing)} (target p99 <= 5 ms)"
    )
    print(f"  from the mouse (with waiting for other GUI work): {summary(from_mouse)}")
    print(
        "  processing split: "
        + "; ".join(
            f"{name} p50 {percentile(v, 50) * ms:.2f} p99 {percentile(v, 99) * ms:.2f} ms"
            for name, v in (
                (
                    "until predicted (event, stroke, preprocess, forward, updates)",
                    split["predicted"],
                ),
                ("painting what changed", split["painted"]),
            )
        )
    )
    print(
        "  paints per move: "
        + ", ".join(f"{name} {n / moves:.2f}" for name, n in painted.counts.items())
    )
    print(
        f"reference, same run: preprocess 280x280 p50 {statistics.median(prep) * ms:.3f} ms "
        f"p99 {percentile(prep, 99) * ms:.3f} ms; forward p50 {statistics.median(fwd) * ms:.3f} ms "
        f"p99 {percentile(fwd, 99) * ms:.3f} ms"
    )
    top.close()


if __name__ == "__main__":
    main()
