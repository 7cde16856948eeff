"""Teach mode says so when the My digits file was damaged and put aside (issue 16: the
window never said it, and some damaged files made Teach silently do nothing)."""

from __future__ import annotations

from engine.nn.network import Network
from gui.panels.canvas import DigitCanvas as Panel
from gui.panels.canvas import DrawCanvas
from gui.workspace import Workspace


def test_teach_reports_a_damaged_store_put_aside(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path))
    store_file = tmp_path / "my-digits" / "my-digits.npz"
    store_file.parent.mkdir()
    # a malformed .npy header inside: NumPy's parser raised tokenize.TokenError
    store_file.write_bytes(b"\x93NUMPY\x01\x00\x76\x00{'descr': '|u1', (" + b" " * 100 + b"\n")
    state = Workspace()
    state.network = Network.create([784, 8, 10], seed=0)
    p = Panel(state)
    qtbot.addWidget(p)
    p.resize(700, 700)
    p.show()
    qtbot.waitExposed(p)
    canvas: DrawCanvas = p.canvas
    canvas.begin_stroke(100, 60)
    for y in range(60, 220, 4):
        canvas.extend_stroke(110, y)
    canvas.end_stroke()
    p.teach(1)
    text = p.teach_status.text()
    assert "Added as a 1. My digits: 1." in text
    [aside] = store_file.parent.glob("my-digits.damaged-*.npz")
    assert "could not be read" in text and aside.name in text
    p.teach(1)  # said once, not on every digit
    assert "could not be read" not in p.teach_status.text()
