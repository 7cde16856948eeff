"""Open the window in one of the regression states, for a screenshot of what a student sees.

    xshot -s 1366x768 -d 8 -o docs/screenshots/function-fit.png -- \\
        python scripts/regression_screenshots.py fit
    ... regression_screenshots.py surface      # gaussians, 2-8-8-1, the regression surface
    ... regression_screenshots.py import       # File → Import table… on a semicolon table

`fit` trains a 1-16-1 tanh network on the sine (300 points, noise 0.05), `surface` a
2-8-8-1 tanh network on the gaussians (300 points), both with the default settings (Adam,
η = 0.03, batch 16, 200 epochs) in this process once the window is up (the same engine
calls as the Train button), then float the Function fit or Regression surface panel over
the window, with the Regression view in front at the bottom. `import` writes a small table with
decimal commas, quoted text and a BOM into a temporary folder and opens the dialog on it.
A developer's tool, not a test.
"""

from __future__ import annotations

import os
import sys
import tempfile

from PySide6 import QtCore, QtWidgets

from gui.panels.network_editor import NetworkSpec

PLANTS = (
    "\ufeffplant;leaf width (cm);leaf length (cm);height (m);kind\n"
    + "".join(
        f'"plant {i}, row {i % 4}";{1 + (i * 7) % 10 / 4:.2f};{3 + (i * 5) % 9 / 3:.2f};'
        f"{0.5 + (i * 3) % 11 / 5:.2f};{('fern', 'palm', 'moss')[i % 3]}\n".replace(".", ",")
        for i in range(60)
    )
    + "\n\n"
)


def train(window, name: str, hidden: list[int], noise: float) -> None:
    ws = window.workspace
    ws.change_dataset(name)
    from engine.data import regression

    ws.use_dataset(regression.make(name, n=300, noise=noise, seed=0))
    ws.apply_network(NetworkSpec(hidden, ["tanh"] * len(hidden), "linear", "mse"))
    trainer = ws.ensure_trainer()
    trainer.fit()
    print(f"{name}: {trainer.stopped_because}", file=sys.stderr)
    from gui.snapshot import make_snapshot

    snap = make_snapshot(trainer, 1)
    ws.snapshot = snap
    ws.snapshotReady.emit(snap)
    ws.modelChanged.emit()


def show_large(window, name: str, size: tuple[int, int]) -> None:
    """Float the panel's dock over the window, large, with the Regression view beside it."""
    window.docks["regressionView"].raise_()
    dock = window.docks[name]
    dock.setFloating(True)
    dock.resize(*size)
    screen = window.screen().availableGeometry()
    dock.move(screen.right() - size[0] - 10, screen.top() + 60)
    dock.raise_()


def main() -> int:
    what = sys.argv[1] if len(sys.argv) > 1 else "fit"
    app = QtWidgets.QApplication(sys.argv)
    from gui.main_window import MainWindow

    window = MainWindow()
    window.showMaximized()
    app.processEvents()
    if what == "import":
        from gui.import_table import ImportTableDialog

        path = os.path.join(tempfile.mkdtemp(), "plants.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(PLANTS)
        dialog = ImportTableDialog(window, path)
        dialog.val_share.setValue(0.25)
        dialog.show()
    elif what == "surface":
        train(window, "gaussians", [8, 8], 0.0)
        show_large(window, "regressionSurface", (760, 640))
    else:
        train(window, "sine", [16], 0.05)
        show_large(window, "functionFit", (900, 640))
    QtCore.QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
