"""How long the window takes to open model files of the largest shapes a file may hold.

    QT_QPA_PLATFORM=offscreen python bench/open_model.py [--shapes 2-8-8-1,2-1024-1024-1]
                                                         [--repeats 1] [--skip-largest]

Builds the main window offscreen (default layout, 1440x900, shown), saves one model file
per shape with engine.files.modelfile.save (tanh hidden layers; two-moons models without a
dataset section, so they open on the window's two moons; the 784-input one on a small
MNIST-shaped data set written to a temporary folder), then per shape prints, in seconds:

  load        modelfile.load(path) alone: the reference, measured in the same run
  open        MainWindow.open_model(path) until it returns (the window is usable again
              then, unless a background open is still running: see "ready")
  ready       until the workspace holds the new network (a background open included)
  frame       from "ready" until the window has drawn its first frame (the queued
              events processed, then the whole window painted into a pixmap)
  tab max     then each tab behind another is brought forward once (what it put off
  tabs        while hidden is done then): the slowest one, and the sum over all tabs

Target (issue 16): open < 2 s for every accepted model, or the open runs in the background
with progress and Cancel (then "open" is the time the window was held, "ready" the time
the user waits, with a working Cancel).
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="bps-bench-open-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())  # never the user's settings
os.environ["BPS_DATA_DIR"] = os.path.join(_HOME, "data")
os.environ["BPS_MNIST_DIR"] = os.path.join(_HOME, "mnist")

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before NumPy loads, as gui/__init__.py does in the app

import numpy as np  # noqa: E402
from PySide6 import QtCore, QtWidgets  # noqa: E402

from engine.data import idx  # noqa: E402
from engine.data.mnist import files as mnist_files  # noqa: E402
from engine.files import modelfile  # noqa: E402
from engine.nn.network import Network  # noqa: E402

SHAPES = {
    "2-8-8-1": [2, 8, 8, 1],
    "2-(3x15)-1": [2, *[3] * 15, 1],
    "2-1024-1024-1": [2, 1024, 1024, 1],
    "2-(1024x8)-1": [2, *[1024] * 8, 1],
    "784-1024-1024-10": [784, 1024, 1024, 10],
    "2-(1024x15)-1": [2, *[1024] * 15, 1],  # the most layers a file holds: 14.7 M parameters
    "784-(1024x15)-10": [784, *[1024] * 15, 10],  # and with MNIST's inputs: 15.5 M
}


def fake_mnist(folder: str, n: int = 600) -> None:
    """Random 28x28 "digits" under MNIST's file names (never the real files)."""
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(0)
    for key, count in (("train", n), ("test", n // 5)):
        images = rng.integers(0, 256, (count, 28, 28), dtype=np.uint8)
        labels = (np.arange(count) % 10).astype(np.uint8)
        for part, a in (("images", images), ("labels", labels)):
            name = mnist_files.NAMES[f"{key}_{part}"]
            with open(os.path.join(folder, name + ".gz"), "wb") as f:
                f.write(gzip.compress(idx.encode(a), compresslevel=1))


def save_model(folder: str, label: str, sizes: list[int]) -> str:
    net = Network.create(sizes, "tanh", "softmax" if sizes[-1] > 1 else "sigmoid", seed=0)
    path = os.path.join(folder, label.replace("(", "").replace(")", "") + ".bps")
    dataset = None
    if sizes[0] == 784:
        from engine.data.mnist import load

        dataset = load()
    modelfile.save(path, net, dataset=dataset)
    return path


def settle(app: QtWidgets.QApplication, until, timeout: float = 600.0) -> None:
    t_end = time.perf_counter() + timeout
    while not until() and time.perf_counter() < t_end:
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)


def tab_times(app: QtWidgets.QApplication, window) -> list[float]:
    """Seconds to bring each dock tab that is behind another forward (and paint it); the
    tabs that were in front are put back in front afterwards."""
    from gui.main_window import TABS
    from gui.panels.common import exposed

    times = []
    for group in TABS:
        front = [n for n in group if exposed(window.panels[n])]
        for name in group:
            if name in front:
                continue
            t0 = time.perf_counter()
            window.docks[name].raise_()
            app.processEvents()
            app.processEvents()  # the put-off rebuild runs from a 0 ms timer
            window.docks[name].widget().grab()
            times.append(time.perf_counter() - t0)
        for name in front:
            window.docks[name].raise_()
        app.processEvents()
    return times or [0.0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated labels")
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    labels = [s for s in args.shapes.split(",") if s]
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    # a refused file would open a modal box: print its text instead
    QtWidgets.QMessageBox.warning = lambda _parent, title, text, *a: print("  !", title, text)

    from gui.main_window import MainWindow

    fake_mnist(os.environ["BPS_MNIST_DIR"])
    folder = os.path.join(_HOME, "models")
    os.makedirs(folder)
    paths = {label: save_model(folder, label, SHAPES[label]) for label in labels}

    window = MainWindow()
    window.show()
    settle(app, lambda: False, timeout=0.5)
    ws = window.workspace
    import gui

    where = os.path.dirname(os.path.dirname(os.path.abspath(gui.__file__)))
    print(f"code in {where}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"{'model':>18} {'params':>10} {'load':>7} {'open':>7} {'ready':>7} {'frame':>7}"
        f" {'tab max':>8} {'tabs':>7}"
    )
    for label in labels:
        for _ in range(args.repeats):
            window.workspace.new()  # from the default workspace each time
            settle(app, lambda: False, timeout=0.3)
            path = paths[label]
            t0 = time.perf_counter()
            model = modelfile.load(path)
            t_load = time.perf_counter() - t0
            del model
            t0 = time.perf_counter()
            window.open_model(path)
            t_open = time.perf_counter() - t0
            settle(app, lambda p=path: ws.path == p)
            t_ready = time.perf_counter() - t0
            if ws.path != path:
                print(f"{label:>18}  not opened")
                continue
            t1 = time.perf_counter()
            app.processEvents()
            window.grab()  # paints every shown widget: the first frame
            t_frame = time.perf_counter() - t1
            tabs = tab_times(app, window)
            n = sum(p.size for p in ws.network.params)
            print(
                f"{label:>18} {n:>10,} {t_load:7.2f} {t_open:7.2f} {t_ready:7.2f} {t_frame:7.2f}"
                f" {max(tabs):8.2f} {sum(tabs):7.2f}"
            )
    window.workspace.set_modified(False)
    window.close()


if __name__ == "__main__":
    main()
