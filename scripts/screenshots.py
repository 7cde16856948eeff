"""Screenshots of the real window, for the docs and for looking at what a student sees.

    python scripts/screenshots.py                      # every size, every state
    python scripts/screenshots.py --sizes 1366x768 --states start,divergence
    python scripts/screenshots.py --sizes 1366x768 --lang zh_CN   # docs/screenshots/zh_CN/
    BPS_MNIST_DIR=~/mnist python scripts/screenshots.py

For each screen size it starts a virtual X screen (Xvfb; `apt-get install xvfb` if it is
missing), runs the app's own window there (Qt's xcb platform, a fresh settings folder so
the default layout shows), drives it through the main states and saves the whole screen
as docs/screenshots/<state>-<W>x<H>.png:

    start        the window as it opens
    moons        two moons (the default workspace) after 40 epochs (--epochs)
    mnist        a 784-32-10 network after one epoch of MNIST (real files from BPS_MNIST_DIR, else
                 a tiny generated MNIST-shaped set, said so in the window title)
    forward      the step-through at a forward step, in a large floating window
    backward     the step-through at a backward step (δ)
    digit        a digit drawn on the canvas (mouse strokes sent to drawCanvas)
    confusion    the confusion matrix after training on MNIST
    divergence   two moons at learning rate 1000: training stops and says why

This is a developer's tool, not a test: it reads real MNIST files when given them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ["1280x720", "1366x768", "1920x1080"]
STATES = ["start", "moons", "forward", "backward", "mnist", "digit", "confusion", "divergence"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(SIZES), help="e.g. 1366x768,1920x1080")
    ap.add_argument("--states", default=",".join(STATES), help="which states, in this order")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--epochs", type=float, default=40, help="epochs of two moons to train")
    ap.add_argument(
        "--lang", choices=["en", "zh_CN", "zh_TW"], help="window language; PNGs in OUT/LANG/"
    )
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--size", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    states = [s for s in args.states.split(",") if s]
    unknown = sorted(set(states) - set(STATES))
    if unknown:
        ap.error(f"unknown states {', '.join(unknown)}; known: {', '.join(STATES)}")
    if args.child:
        shooter = Shooter(args.size, states, Path(args.out), args.epochs)
        shooter.lang = args.lang or "en"
        return shooter.run()
    if args.lang:
        args.out = os.path.join(args.out, args.lang)
    if shutil.which("Xvfb") is None:
        print("error: Xvfb is not installed (apt-get install xvfb)", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    status = 0
    for size in args.sizes.split(","):
        status |= run_on_virtual_screen(size, states, args)
    return status


def run_on_virtual_screen(size: str, states: list[str], args) -> int:
    """Start Xvfb at `size`, run this script's child part on it, stop Xvfb."""
    display = 90
    while Path(f"/tmp/.X{display}-lock").exists():
        display += 1
    xvfb = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.05)
        home = tempfile.mkdtemp(prefix="bps-shots-")
        env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[var] = os.path.join(home, var.lower())
        env["BPS_DATA_DIR"] = os.path.join(home, "data")
        if "BPS_MNIST_DIR" not in env and (ROOT.parent / "shared" / "data" / "mnist").is_dir():
            env["BPS_MNIST_DIR"] = str(ROOT.parent / "shared" / "data" / "mnist")
        cmd = [sys.executable, __file__, "--child", "--size", size, "--out", args.out]
        cmd += ["--states", ",".join(states), "--epochs", str(args.epochs)]
        cmd += ["--lang", args.lang] if args.lang else []
        print(f"{size}: {' '.join(states)}", flush=True)
        result = subprocess.run(cmd, env=env, timeout=900)
        shutil.rmtree(home, ignore_errors=True)
        return result.returncode
    finally:
        xvfb.terminate()
        xvfb.wait()


class Shooter:
    """The child process: the window on the virtual screen, driven state by state."""

    def __init__(self, size: str, states: list[str], out: Path, epochs: float) -> None:
        self.size, self.states, self.out, self.epochs = size, states, out, epochs

    def run(self) -> int:
        import pyqtgraph as pg
        from PySide6 import QtWidgets

        app = QtWidgets.QApplication([sys.argv[0]])
        app.setApplicationName("Backprop Studio")
        app.setOrganizationName("Backprop Studio")
        pg.setConfigOptions(antialias=True)
        from gui import i18n
        from gui.app import open_window

        i18n.install(app, getattr(self, "lang", "en"))  # --lang (the settings are fresh)

        self.app = app
        self.window = w = open_window()  # as the app opens it: sized to the screen
        w.workspace.confirm = lambda _title, _text: True  # no questions: drop and go on
        w.show()
        self.wait(1500)
        self.mnist_ready = False
        for state in self.states:
            getattr(self, "state_" + state)()
            self.shoot(state)
        w.workspace.shutdown()
        w.workspace.set_modified(False)  # else closing asks "save the changes?" and waits
        w.close()
        return 0

    # -- helpers ---------------------------------------------------------------------------

    def wait(self, ms: float) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(int(ms))

    def shoot(self, state: str) -> None:
        from PySide6 import QtGui

        self.wait(400)
        screen = QtGui.QGuiApplication.primaryScreen()
        path = self.out / f"{state}-{self.size}.png"
        screen.grabWindow(0).save(str(path))
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}", flush=True)

    def train_until(self, epochs: float, seconds: float = 90.0) -> None:
        """Train at full speed until `epochs` epochs have run (or `seconds` passed)."""
        ws = self.window.workspace
        ws.set_speed(0)
        ws.train()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and ws.training:
            t = ws.trainer
            if t is not None and t.epoch_float >= epochs:
                break
            self.wait(100)
        ws.pause()
        deadline = time.monotonic() + 30
        while ws.training and time.monotonic() < deadline:  # the pause takes a batch
            self.wait(100)
        self.wait(800)

    def raise_dock(self, name: str) -> None:
        dock = self.window.docks[name]
        dock.show()
        dock.raise_()
        self.wait(300)

    def new_workspace(self) -> None:
        self.window.workspace.new()
        self.wait(300)

    def ensure_mnist(self) -> None:
        """MNIST in the workspace with a 784-32-10 network (real files or a tiny stand-in)."""
        from gui.panels.network_editor import NetworkSpec

        ws = self.window.workspace
        if ws.dataset is None or ws.dataset.name != "mnist":
            from engine.data import mnist

            if not mnist.is_available():
                self.make_tiny_mnist()
            ws.change_dataset("mnist")
            ws.apply_network(NetworkSpec([32], ["relu"], "softmax", "cross_entropy"))
            ws.change_setting("epochs", 1)  # the run stops at the end of its first epoch
            self.window.settings_panel.set_config(ws.config, ws.config.init)
            self.wait(500)

    def make_tiny_mnist(self) -> None:
        """Write 600 MNIST-shaped IDX files (random strokes) and point BPS_MNIST_DIR at them."""
        import numpy as np

        from engine.data import idx

        folder = Path(tempfile.mkdtemp(prefix="bps-tiny-mnist-"))
        rng = np.random.default_rng(0)
        n = 600
        labels = rng.integers(0, 10, n).astype(np.uint8)
        images = np.zeros((n, 28, 28), np.uint8)
        for i, label in enumerate(labels):  # a bar whose place is the label: learnable
            images[i, 4:24, 2 + 2 * label : 5 + 2 * label] = 255
        idx.write(folder / "train-images-idx3-ubyte", images)
        idx.write(folder / "train-labels-idx1-ubyte", labels)
        os.environ["BPS_MNIST_DIR"] = str(folder)
        self.window.setWindowTitle(
            "Tiny generated MNIST-shaped data — " + self.window.windowTitle()
        )

    # -- the states ------------------------------------------------------------------------

    def state_start(self) -> None:
        pass

    def state_moons(self) -> None:
        self.new_workspace()
        self.raise_dock("decisionBoundary")
        self.raise_dock("lossPlotPanel")
        self.train_until(self.epochs)

    def state_mnist(self) -> None:
        self.dock_again("stepThrough")
        self.ensure_mnist()
        self.raise_dock("receptiveFields")
        self.raise_dock("lossPlotPanel")
        self.train_until(1.0, seconds=300)

    def _step_through(self, kind: str) -> None:
        panel = self.window.panels["stepThrough"]
        dock = self.window.docks["stepThrough"]
        dock.show()
        dock.raise_()
        self.wait(300)
        if panel.trace is None:
            panel.refresh()
        kinds = [s.kind for s in panel.trace.steps]
        index = kinds.index(kind) if kind in kinds else 0
        panel.go(index)
        self.wait(300)

    def state_forward(self) -> None:
        if self.window.workspace.dataset.name == "mnist":
            self.new_workspace()
            self.train_until(2)
        self._step_through("forward_a")
        self.float_large("stepThrough")

    def state_backward(self) -> None:
        self._step_through("delta")
        self.float_large("stepThrough")

    def float_large(self, name: str) -> None:
        """The dock in a large floating window, as its title bar's float button opens it."""
        dock = self.window.docks[name]
        if not dock.isFloating():
            dock.titleBarWidget().toggle_float()
        self.wait(600)

    def dock_again(self, name: str) -> None:
        dock = self.window.docks[name]
        if dock.isFloating():
            dock.titleBarWidget().toggle_float()
            self.wait(300)

    def state_digit(self) -> None:
        from PySide6 import QtCore
        from PySide6.QtTest import QTest

        self.raise_dock("canvasPanel")
        canvas = self.window.findChild(QtCore.QObject, "drawCanvas")
        w, h = canvas.width(), canvas.height()
        # a "2": an arc over the top, a diagonal down to the left, a stroke along the bottom
        points = [(0.3, 0.3), (0.4, 0.2), (0.55, 0.18), (0.67, 0.27), (0.66, 0.4), (0.5, 0.58)]
        points += [(0.35, 0.75), (0.3, 0.8), (0.45, 0.8), (0.6, 0.8), (0.72, 0.79)]
        pts = [QtCore.QPoint(int(x * w), int(y * h)) for x, y in points]
        left = QtCore.Qt.MouseButton.LeftButton
        QTest.mousePress(canvas, left, QtCore.Qt.KeyboardModifier.NoModifier, pts[0])
        for a, b in zip(pts, pts[1:], strict=False):
            for t in range(1, 6):
                p = a + (b - a) * (t / 5)
                QTest.mouseMove(canvas, p, 5)
        QTest.mouseRelease(canvas, left, QtCore.Qt.KeyboardModifier.NoModifier, pts[-1])
        self.wait(600)

    def state_confusion(self) -> None:
        self.ensure_mnist()
        t = self.window.workspace.trainer
        if t is None or not t.epoch:
            self.train_until(1.0, seconds=300)
        self.raise_dock("confusionMatrix")

    def state_divergence(self) -> None:
        ws = self.window.workspace
        self.dock_again("stepThrough")
        self.new_workspace()
        self.raise_dock("lossPlotPanel")
        self.raise_dock("decisionBoundary")
        ws.change_setting("optimizer", "sgd")
        ws.change_setting("lr", 1000.0)
        self.window.settings_panel.set_config(ws.config, ws.config.init)
        ws.set_speed(0)
        ws.train()
        deadline = time.monotonic() + 60
        while ws.training and time.monotonic() < deadline:
            self.wait(200)
        self.wait(500)


if __name__ == "__main__":
    sys.exit(main())
