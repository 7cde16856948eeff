"""What the live window costs training: throughput with the window vs headless, and stalls.

    QT_QPA_PLATFORM=offscreen python bench/gui_overhead.py [--seconds 1.5] [--rounds 16]

On a 784-128-64-10 network (ReLU, softmax, cross-entropy, SGD, batch 32) and
MNIST-shaped random data (10,000 samples of 784 features, 10 classes), it measures
in the same run, in alternating short segments so that the noise of a shared machine
hits both alike:

  headless   Trainer.step() in a plain loop on the main thread, the window paused
  window     the full MainWindow shown (offscreen), training in its worker thread at
             full speed, its snapshots drawn as they come (at most ~30 per second);
             then, still training, half a segment with the stall probe on

and prints samples/s for each, the ratio window/headless per round and its median
(target >= 90 %), and the main-thread stalls while the window trains: a 10 ms
QTimer probe records how late each tick fires (target <= 50 ms), next to the same
probe with the window shown and idle (what the machine itself costs). It also
prints the GUI thread's own CPU time while training (share of the time, and per
frame drawn): unlike the stalls, that does not grow when other programs load the
machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the window saves its layout on close: keep the user's own settings untouched
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bps-bench-")
# Both sides run with the BLAS threads the app uses (gui/__init__.py sets this default
# before NumPy loads; here NumPy loads first, so say it here too).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import numpy as np  # noqa: E402
from PySide6 import QtCore, QtWidgets  # noqa: E402

from engine.data.dataset import Dataset  # noqa: E402
from engine.nn.network import Network  # noqa: E402
from engine.train.trainer import TrainConfig, Trainer  # noqa: E402

SIZES = [784, 128, 64, 10]
PROBE_MS = 10


def mnist_shaped(n: int = 10_000, seed: int = 0) -> Dataset:
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 10, n)
    X = rng.random((n, 784), dtype=np.float32) * 0.5
    X[np.arange(n), y * 78] += 1.0  # a learnable feature per class
    n_val = n // 6
    return Dataset(
        "mnist", X[n_val:], y[n_val:], X[:n_val], y[:n_val], n_classes=10, image_shape=(28, 28)
    )


def fresh(dataset: Dataset) -> tuple[Network, TrainConfig]:
    net = Network.create(SIZES, "relu", "softmax", "cross_entropy", "he_normal", seed=0)
    return net, TrainConfig(optimizer="sgd", lr=0.05, batch_size=32, epochs=1000)


class Probe:
    """A PRECISE QTimer every PROBE_MS on the main thread: how late each tick fires."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self._last = 0.0
        self.timer = QtCore.QTimer()
        self.timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.late.append(max(0.0, now - self._last - PROBE_MS / 1000))
        self._last = now

    def run(self, seconds: float) -> list[float]:
        """Spin the event loop for `seconds` with the probe on; the lateness in ms."""
        self.late, self._last = [], 0.0
        self.timer.start(PROBE_MS)
        spin(seconds)
        self.timer.stop()
        return [1000 * x for x in self.late]


def spin(seconds: float) -> None:
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def headless(trainer: Trainer, seconds: float) -> float:
    start, seen0 = time.perf_counter(), trainer.samples_seen
    while time.perf_counter() - start < seconds:
        trainer.step()
    return (trainer.samples_seen - seen0) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.5, help="per segment")
    parser.add_argument(
        "--rounds",
        type=int,
        default=16,
        help="headless/window pairs (this machine's noise moves single rounds by ±15 %%)",
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="sys.setswitchinterval in ms after the window is built (default: as the app sets it)",
    )
    args = parser.parse_args(argv)
    _app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from gui import MainWindow
    from gui.app import freeze_heap

    dataset = mnist_shaped()
    net, config = fresh(dataset)
    reference = Trainer(net, dataset, config)
    reference.step()  # warm the buffers

    window = MainWindow()
    freeze_heap()  # as the app does at start
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1000)
    window.show()
    net, config = fresh(dataset)
    window.workspace._replace(net, dataset, config)  # this network on this data
    window.controls.set_speed(0)
    frames = []
    window.state.snapshotReady.connect(lambda snap: frames.append(snap.serial))
    probe = Probe()
    spin(1.0)  # the panels' first drawing of the new network is not part of the reference
    idle_late = probe.run(args.seconds)  # the reference stall: window shown, nothing trains

    print(
        f"network {'-'.join(map(str, SIZES))}, batch 32, SGD; {args.rounds} rounds of "
        f"{args.seconds:g} s headless then {args.seconds:g} s in the window; "
        f"GIL switch interval {1000 * sys.getswitchinterval():g} ms"
    )
    print(
        f"{'round':>5} {'headless samples/s':>19} {'window samples/s':>17} {'ratio':>7} "
        f"{'worst stall':>12} {'frames/s':>9} {'GUI CPU':>9} {'per frame':>11}"
    )
    ratios, late_all, shares, per_frame = [], [], [], []
    for r in range(1, args.rounds + 1):
        h = headless(reference, args.seconds)
        trainer = window.state.ensure_trainer()
        window.workspace.toggle_training()  # Train / Resume
        spin(0.2)  # the thread picks up the command
        # throughput without the probe (its 100 ticks a second would cost the trainer too)
        seen0, n0, t0 = trainer.samples_seen, len(frames), time.perf_counter()
        cpu0 = time.thread_time()
        spin(args.seconds)
        elapsed = time.perf_counter() - t0
        gui_cpu = time.thread_time() - cpu0
        w = (trainer.samples_seen - seen0) / elapsed
        fps = (len(frames) - n0) / elapsed
        late = probe.run(args.seconds / 2)  # then the stalls, still training
        window.workspace.toggle_training()  # Pause
        while window.state.training:
            spin(0.02)
        ratios.append(w / h)
        late_all += late
        shares.append(gui_cpu / elapsed)
        per_frame.append(1000 * gui_cpu / max(1, len(frames) - n0))
        print(
            f"{r:>5} {h:>19,.0f} {w:>17,.0f} {w / h:>7.1%} {max(late):>9.1f} ms {fps:>9.1f} "
            f"{gui_cpu / elapsed:>9.1%} {per_frame[-1]:>8.1f} ms"
        )
    window.workspace.set_modified(False)
    window.close()
    p99 = float(np.percentile(late_all, 99))
    print(
        f"median ratio {statistics.median(ratios):.1%} (target >= 90%); "
        f"main-thread stall while training: worst {max(late_all):.1f} ms, 99th percentile "
        f"{p99:.1f} ms (target <= 50 ms); reference with the window idle: worst "
        f"{max(idle_late):.1f} ms, 99th percentile {np.percentile(idle_late, 99):.1f} ms"
    )
    print(
        f"GUI thread CPU while training: median {statistics.median(shares):.1%} of the time, "
        f"{statistics.median(per_frame):.1f} ms per frame drawn; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
