"""How long the topology view takes to refresh for a 784-512-256-10 network.

    QT_QPA_PLATFORM=offscreen python bench/topology_refresh.py [--repeats 200]

Prints, per refresh (median and 90th percentile, milliseconds):
  refresh          TopologyView.on_snapshot(snapshot): forward pass of the sample, choosing
                   the strongest edges, recolouring nodes, setData on the edge buckets
  refresh+paint    the same plus painting the view into an offscreen image
  reference        the same edges drawn the naive way, one QGraphicsLineItem per edge
                   recoloured per refresh (plus painting), measured in the same run
Each snapshot holds different weights (a real Trainer steps between them), so no
result is cached. Target: refresh <= 10 ms, well inside a 33 ms frame (30 snapshots/s).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # as the app does (gui/__init__.py), before NumPy loads

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6 import QtGui, QtWidgets  # noqa: E402

from engine.data.dataset import Dataset  # noqa: E402
from engine.nn.network import Network  # noqa: E402
from engine.train.trainer import TrainConfig, Trainer  # noqa: E402
from gui.panels.topology import TopologyView  # noqa: E402
from gui.snapshot import make_snapshot  # noqa: E402
from gui.state import AppState  # noqa: E402


def stats(ms: list[float]) -> str:
    ms = sorted(ms)
    p90 = ms[int(0.9 * (len(ms) - 1))]
    return f"median {statistics.median(ms):6.2f} ms   p90 {p90:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    rng = np.random.default_rng(0)
    X = (rng.random((256, 784)) * (rng.random((256, 784)) > 0.8)).astype(np.float32)
    y = rng.integers(0, 10, 256)
    state = AppState()
    state.dataset = Dataset("synthetic", X[:192], y[:192], X[192:], y[192:], 10, (28, 28))
    state.network = Network.create([784, 512, 256, 10], "relu", seed=0)
    trainer = Trainer(state.network, state.dataset, TrainConfig(lr=0.05, batch_size=32))
    view = TopologyView(state)
    view.resize(1000, 640)
    view.show()
    app.processEvents()
    snapshots = []
    for i in range(8):  # different weights for every refresh
        trainer.step()
        snapshots.append(make_snapshot(trainer, i))
    state.training = True
    image = QtGui.QImage(view.canvas.size(), QtGui.QImage.Format.Format_ARGB32_Premultiplied)

    def paint():
        image.fill(0)
        painter = QtGui.QPainter(image)
        view.canvas.render(painter)
        painter.end()

    refresh, refresh_paint, reference = [], [], []
    for i in range(10):  # warm up
        view.on_snapshot(snapshots[i % len(snapshots)])
    for i in range(args.repeats):
        snap = snapshots[i % len(snapshots)]
        t0 = time.perf_counter()
        view.on_snapshot(snap)
        t1 = time.perf_counter()
        paint()
        t2 = time.perf_counter()
        refresh.append((t1 - t0) * 1e3)
        refresh_paint.append((t2 - t0) * 1e3)

    # Reference: the same edges, one line item each, recoloured per refresh.
    segs = view._edge_xy
    infos = view._edge_info
    for curve in view.edge_curves.values():
        curve.setData([], [])
    lines = []
    for s in segs:
        line = pg.QtWidgets.QGraphicsLineItem(s[0], s[1], s[2], s[3])
        view.view.addItem(line)
        lines.append(line)
    for i in range(args.repeats):
        snap = snapshots[i % len(snapshots)]
        t0 = time.perf_counter()
        for line, (l, a, b, _) in zip(lines, infos, strict=True):
            w = float(snap.weights[l - 1][a, b])
            color = (33, 102, 172) if w >= 0 else (214, 96, 39)
            line.setPen(pg.mkPen(color, width=0.5 + 2 * min(abs(w) * 10, 1)))
        paint()
        reference.append((time.perf_counter() - t0) * 1e3)

    print(f"topology refresh, 784-512-256-10, {len(segs)} edges drawn, {args.repeats} refreshes")
    print(f"  refresh (target <= 10 ms)        {stats(refresh)}")
    print(f"  refresh + paint                  {stats(refresh_paint)}")
    print(f"  reference: one item per edge     {stats(reference)}   (recolour + paint)")
    view.close()


if __name__ == "__main__":
    main()
