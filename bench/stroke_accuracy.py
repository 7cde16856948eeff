"""How well a digit model reads drawn digits replayed through the canvas as mouse strokes.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python bench/stroke_accuracy.py [--model FILE]

Replays every digit of tests/data/strokes/digits.json (300 digits: 10 digits ×
30 writers, several letter-forms each) as mouse press / move / release events
on the canvas panel's drawCanvas and reads `predictedDigit`, exactly as a user
drawing with a mouse would see it. --model: a .bps file (default: the shipped
default digit model); --pen: one pen width for all (default: each writer's).
Prints the accuracy, per digit and per letter-form, and the misread ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6 import QtCore, QtWidgets  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from gui.panels import canvas as canvas_module  # noqa: E402
from gui.state import AppState  # noqa: E402

LEFT = QtCore.Qt.MouseButton.LeftButton
NONE = QtCore.Qt.KeyboardModifier.NoModifier


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=canvas_module.DEFAULT_MODEL)
    parser.add_argument(
        "--pen", type=float, help="draw every digit with this pen width (default: each writer's)"
    )
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    state = AppState()
    try:
        state.network = canvas_module.load_default_network(args.model)
    except (ValueError, ImportError) as exc:
        sys.exit(f"stroke_accuracy: {exc}")
    panel = canvas_module.DigitCanvas(state)
    panel.resize(760, 720)
    panel.show()
    app.processEvents()
    canvas = panel.canvas

    def at(x: float, y: float) -> QtCore.QPoint:
        f = canvas._frame()
        s = f.width() / canvas_module.CANVAS_SIDE
        return QtCore.QPoint(round(f.x() + x * s), round(f.y() + y * s))

    samples = json.loads((ROOT / "tests/data/strokes/digits.json").read_text())["samples"]
    right, by_digit, by_form, wrong = 0, Counter(), Counter(), []
    for s in samples:
        canvas.set_pen_width(args.pen or s["pen"])
        for stroke in s["strokes"]:
            QTest.mousePress(canvas, LEFT, NONE, at(*stroke[0]))
            for x, y in stroke[1:]:
                QTest.mouseMove(canvas, at(x, y))
            QTest.mouseRelease(canvas, LEFT, NONE, at(*stroke[-1]))
        panel.predict()  # the final reading (the throttle may still hold the last one)
        read = panel.predicted.text()
        ok = read == str(s["label"])
        right += ok
        by_digit[s["label"]] += ok
        by_form[f"{s['label']} {s['form']}"] += ok
        if not ok:
            wrong.append(f"{s['label']} ({s['form']}, writer {s['writer']}) read as {read}")
        panel.clear_button.click()
    panel.close()
    n = len(samples)
    forms = Counter(f"{s['label']} {s['form']}" for s in samples)
    digits = Counter(s["label"] for s in samples)
    print(f"model: {args.model.name} ({state.network.describe()})")
    print("pen width: " + (f"{args.pen:g} px for all" if args.pen else "each writer's own"))
    print(f"replayed through drawCanvas as mouse strokes: {right}/{n} = {right / n:.1%}")
    print("per digit: " + ", ".join(f"{d}: {by_digit[d]}/{digits[d]}" for d in sorted(digits)))
    weak = [f"{f} {by_form[f]}/{forms[f]}" for f in sorted(forms) if by_form[f] < forms[f]]
    print("letter-forms with misreadings: " + ("; ".join(weak) or "none"))
    for line in wrong:
        print("  misread:", line)


if __name__ == "__main__":
    main()
