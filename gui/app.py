"""Application entry point: `backprop-studio` and `python -m gui`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import pyqtgraph as pg
    from PySide6 import QtWidgets

    from gui.main_window import MainWindow

    argv = sys.argv if argv is None else argv
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv)
    app.setApplicationName("Backprop Studio")
    app.setOrganizationName("Backprop Studio")
    pg.setConfigOptions(antialias=True)
    window = MainWindow()
    window.show()
    return app.exec()
