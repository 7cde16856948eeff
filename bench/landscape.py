"""What a loss landscape costs, and whether the window stays responsive while it computes.

    QT_QPA_PLATFORM=offscreen python bench/landscape.py [--resolution 33] [--rounds 2]

Part 1 (engine). For a 2-8-8-1 network on two moons (300 samples) and a 784-30-10
network on MNIST-shaped data (1000 samples, the panel's subsample for MNIST): the time
of `engine.teach.landscape.refine` up to resolution × resolution (every coarser level
included, the way the panel computes it), next to the reference measured in the same
run: the same points evaluated one network at a time (`plane_losses_one_by_one`, a
Network per point and its `evaluate`). For 784-30-10 the reference runs on a 9×9 grid
and its per-point time is multiplied out (one point takes as long wherever it is).

Part 2 (thread). The same computation in a plain Python thread while the main thread
sleeps 5 ms at a time: how long it waits for Python's lock, with the machine's own
stalls (the same probe without the thread) as the reference.

Part 3 (GUI). The loss-landscape panel computes the 784-30-10 landscape at 65×65 in its
background thread while a 10 ms QTimer in the GUI thread records the gaps between its
ticks; the same probe with the panel shown and idle is the reference (after a first,
17×17 landscape, so that the panel's first paint is not counted). A gap of 10 ms is no
stall.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # as the app does (gui/__init__.py), before NumPy loads

from engine.data import toy2d  # noqa: E402
from engine.data.dataset import Dataset, encode_targets  # noqa: E402
from engine.nn.network import Network  # noqa: E402
from engine.teach import landscape  # noqa: E402


def mnist_shaped(n: int = 1000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Digit-like images: 10 random prototypes with noise (learnable, never the real files)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 10, n)
    prototypes = rng.random((10, 784)) < 0.15
    X = (prototypes[y] ^ (rng.random((n, 784)) < 0.05)).astype(np.float32)
    return X, y


def cases():
    moons = toy2d.make("moons", n=400, noise=0.15, seed=0, val_fraction=0.25)
    net = Network.create([2, 8, 8, 1], activation="tanh", seed=0)
    yield "2-8-8-1 (moons, 300 samples)", net, moons.x_train, encode_targets(moons.y_train, 1)
    X, y = mnist_shaped()
    net = Network.create([784, 30, 10], activation="sigmoid", seed=0)
    yield "784-30-10 (MNIST-shaped, 1000 samples)", net, X, encode_targets(y, 10)


def engine_part(resolution: int, rounds: int) -> None:
    print(f"engine: landscape up to {resolution}x{resolution}, median of {rounds} rounds")
    header = (
        f"{'network':<40} {'grid':>7} {'points':>7} {'refine':>9} {'one at a time':>14} "
        f"{'speed-up':>9} {'max |diff|':>11}"
    )
    print(header)
    for name, net, X, Y in cases():
        d = landscape.random_directions(net, seed=0)
        centre = net.flat_params().copy()
        times, grid = [], None
        for _ in range(rounds):
            t0 = time.perf_counter()
            *_, grid = landscape.refine(net, X, Y, d, resolution)
            times.append(time.perf_counter() - t0)
        refine_s = statistics.median(times)
        # the reference: one Network per point, on a (smaller) grid of the same plane
        ref_res = resolution if net.sizes[0] == 2 else 9
        idx = np.linspace(0, resolution - 1, ref_res).round().astype(int)
        rows, cols = np.meshgrid(idx, idx, indexing="ij")
        coeffs = np.column_stack([grid.alphas[cols.ravel()], grid.betas[rows.ravel()]])
        t0 = time.perf_counter()
        ref = landscape.plane_losses_one_by_one(net, X, Y, centre, d, coeffs)
        per_point = (time.perf_counter() - t0) / len(coeffs)
        one_by_one_s = per_point * resolution**2
        diff = float(np.abs(ref - grid.loss[rows.ravel(), cols.ravel()]).max())
        est = "" if ref_res == resolution else "*"
        print(
            f"{name:<40} {resolution:>3}x{resolution:<3} {resolution**2:>7} "
            f"{refine_s:>8.3f}s {one_by_one_s:>12.3f}s{est:1} {one_by_one_s / refine_s:>8.1f}x "
            f"{diff:>11.2e}"
        )
    print("* per-point time of a 9x9 run, times the grid's points\n")


def thread_part() -> None:
    """The engine alone in a thread (no Qt): how long the main thread waits for Python's
    lock while it computes, probed by 5 ms sleeps; the same probe with no thread as the
    reference (what the machine's load alone does)."""
    import threading

    X, y = mnist_shaped()
    Y = encode_targets(y, 10)
    net = Network.create([784, 30, 10], activation="sigmoid", seed=0)
    d = landscape.random_directions(net, seed=0)

    def probe(until) -> np.ndarray:
        gaps, t = [], time.perf_counter()
        while not until():
            time.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - t)
            t = now
        return 1000 * np.array(gaps)

    done = threading.Event()

    def work() -> None:
        for _ in landscape.refine(net, X, Y, d, 33):
            pass
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    busy = probe(done.is_set)
    worker.join()
    end = time.perf_counter() + 3.0
    idle = probe(lambda: time.perf_counter() > end)
    print("thread: refine of 784-30-10 at 33x33 in a Python thread, main thread sleeping 5 ms:")
    for name, v in (("while computing", busy), ("no thread (reference)", idle)):
        print(
            f"  gaps {name:<22}: worst {v.max():6.1f} ms, 99th percentile "
            f"{np.percentile(v, 99):6.1f} ms, median {np.median(v):5.1f} ms"
        )


def gui_part(seconds_idle: float = 2.0) -> None:
    from PySide6 import QtCore, QtWidgets

    from gui.panels.loss_landscape import LossLandscape
    from gui.state import AppState

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    state = AppState()
    X, y = mnist_shaped(3000)
    state.dataset = Dataset("mnist-shaped", X[:2500], y[:2500], X[2500:], y[2500:], 10, (28, 28))
    state.network = Network.create([784, 30, 10], activation="sigmoid", seed=0)
    panel = LossLandscape(state)
    panel.resize(760, 640)
    cpu: list[float] = []  # the GUI thread's own CPU time for each grid drawn and painted
    draw, paint = panel._on_grid, type(panel.canvas).paintEvent

    def timed(fn):
        def run(*args):
            c = time.thread_time()
            fn(*args)
            cpu.append(time.thread_time() - c)

        return run

    panel._on_grid = timed(draw)  # the slot recompute() connects
    type(panel.canvas).paintEvent = timed(paint)  # the only canvas in this process

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    probe = QtCore.QTimer()
    probe.setInterval(10)
    probe.timeout.connect(tick)

    def measure(until) -> list[float]:
        gaps.clear()
        last[0] = time.perf_counter()
        probe.start()
        while not until():
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)
        probe.stop()
        return [1000 * g for g in gaps]

    panel.resolution_box.setCurrentIndex(0)  # a first, small landscape: the panel's first
    panel.show()  # paint (fonts, layout) is not what is measured
    panel.recompute()
    while panel.computing:
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
    t_end = time.perf_counter() + seconds_idle
    idle = measure(lambda: time.perf_counter() > t_end)
    panel.resolution_box.blockSignals(True)
    panel.resolution_box.setCurrentIndex(2)  # 65 x 65
    panel.resolution_box.blockSignals(False)
    t0 = time.perf_counter()
    cpu.clear()
    panel.recompute()
    busy = measure(lambda: not panel.computing)
    took = time.perf_counter() - t0
    g = panel.grid
    panel.close()
    print(
        f"GUI: the panel computed 784-30-10 on {panel.data_text} at "
        f"{g.resolution}x{g.resolution} in {took:.2f} s (levels drawn: {panel.drawn})"
    )
    for name, values in (("while computing", busy), ("idle (reference)", idle)):
        v = np.array(values)
        print(
            f"  main-thread gaps {name:<17}: {len(v):>4} ticks, worst {v.max():6.1f} ms, "
            f"99th percentile {np.percentile(v, 99):6.1f} ms, median {np.median(v):5.1f} ms "
            f"(target: worst <= 50 ms)"
        )
    c = 1000 * np.array(cpu)
    print(
        f"  GUI-thread CPU per grid drawn or canvas painted: {len(c)} times, worst "
        f"{c.max():.1f} ms, median {np.median(c):.1f} ms (the rest of a stall is waiting: "
        "for a core, or for Python's lock)"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  load average {load:.1f} on {os.cpu_count()} cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolution", type=int, default=33)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()
    engine_part(args.resolution, args.rounds)
    thread_part()
    if not args.no_gui:
        gui_part()


if __name__ == "__main__":
    main()
