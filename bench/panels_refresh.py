"""Time each inspection panel's snapshot refresh (+ paint) for an MNIST-shaped network.

    QT_QPA_PLATFORM=offscreen python bench/panels_refresh.py [--sizes 784,512,256,10]

For each panel: median and 90th percentile milliseconds of handling one snapshot
(its slot on snapshotReady), and of that plus painting it offscreen. The reference,
measured in the same run, is one plain pyqtgraph ImageItem.setImage + paint of the
first weight matrix (the least a weights view can do). The confusion panel evaluates
the validation set only when an epoch has ended; its figure is that evaluation (in the
window the training thread does it: the snapshot hands the report over). Panels that do
not apply to the network (decision boundary for 784 inputs, receptive fields for 2) show
a message and cost nothing: run with --sizes 2,8,8,1 for the 2D views. The space view's
second line is moving its slider (between two stages: lerp + setData, no forward pass).
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
from gui.panels import (  # noqa: E402
    confusion,
    decision_boundary,
    gradient_flow,
    heatmaps,
    receptive_fields,
    space_view,
    topology,
)
from gui.snapshot import make_snapshot  # noqa: E402
from gui.state import AppState  # noqa: E402


def fmt(ms: list[float]) -> str:
    ms = sorted(ms)
    return f"median {statistics.median(ms):7.2f} ms  p90 {ms[int(0.9 * (len(ms) - 1))]:7.2f} ms"


def paint_into(widget: QtWidgets.QWidget, image: QtGui.QImage) -> None:
    image.fill(0)
    QtWidgets.QWidget.render(widget, image)  # (a GraphicsView's own render() wants a painter)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="784,512,256,10")
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--val", type=int, default=10000, help="validation examples")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    rng = np.random.default_rng(0)
    n = 512 + args.val
    X = (rng.random((n, sizes[0])) * (rng.random((n, sizes[0])) > 0.8)).astype(np.float32)
    y = rng.integers(0, sizes[-1], n)
    shape = (28, 28) if sizes[0] == 784 else None
    state = AppState()
    state.dataset = Dataset("synthetic", X[:512], y[:512], X[512:], y[512:], sizes[-1], shape)
    state.network = Network.create(sizes, "relu", seed=0)
    state.trainer = Trainer(state.network, state.dataset, TrainConfig(lr=0.05, batch_size=32))
    mods = (
        topology,
        heatmaps,
        receptive_fields,
        decision_boundary,
        space_view,
        gradient_flow,
        confusion,
    )
    panels = [m.Panel(state) for m in mods]
    for p in panels:
        p.resize(900, 640)
        p.show()
    app.processEvents()
    snaps = []
    for i in range(6):
        step = state.trainer.step()
        snaps.append(make_snapshot(state.trainer, i, step))
    state.training = True
    image = QtGui.QImage(900, 640, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    print(f"panel refresh per snapshot, network {'-'.join(map(str, sizes))}, {args.repeats} each")
    for p in panels:
        handle, total = [], []
        for i in range(args.repeats + 3):
            snap = snaps[i % len(snaps)]
            if isinstance(p, confusion.Confusion):
                p.epochs_shown = -1  # as if an epoch had just ended
            t0 = time.perf_counter()
            p.on_snapshot(snap)
            t1 = time.perf_counter()
            paint_into(p, image)
            t2 = time.perf_counter()
            if i >= 3:
                handle.append((t1 - t0) * 1e3)
                total.append((t2 - t0) * 1e3)
        print(f"  {p.objectName():17s} refresh {fmt(handle)}   refresh+paint {fmt(total)}")
        if isinstance(p, space_view.SpaceView) and p.available:
            slide, slide_paint = [], []
            for _ in range(args.repeats):
                t0 = time.perf_counter()
                p.slider.setValue((p.slider.value() + 7) % p.slider.maximum())
                t1 = time.perf_counter()
                paint_into(p, image)
                slide.append((t1 - t0) * 1e3)
                slide_paint.append((time.perf_counter() - t0) * 1e3)
            name = "  slider move"
            print(f"  {name:17s} draw    {fmt(slide)}   draw+paint    {fmt(slide_paint)}")
    ref_view = pg.GraphicsLayoutWidget()
    ref_view.resize(900, 640)
    item = pg.ImageItem(axisOrder="row-major")
    ref_view.addViewBox().addItem(item)
    ref = []
    for i in range(args.repeats):
        W = np.ascontiguousarray(snaps[i % len(snaps)].weights[0], dtype=np.float32)
        t0 = time.perf_counter()
        item.setImage(W, levels=(-0.1, 0.1), autoLevels=False)
        paint_into(ref_view, image)
        ref.append((time.perf_counter() - t0) * 1e3)
    print(f"  reference: one ImageItem of W1, setImage+paint  {fmt(ref)}")
    for p in panels:
        p.close()
    ref_view.close()
    del panels, ref_view, item
    app.processEvents()


if __name__ == "__main__":
    main()
