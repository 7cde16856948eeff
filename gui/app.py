"""Application entry point: `backprop-studio` and `python -m gui`."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    import pyqtgraph as pg
    from PySide6 import QtWidgets

    from gui import i18n

    argv = sys.argv if argv is None else argv
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv)
    app.setApplicationName("Backprop Studio")
    app.setOrganizationName("Backprop Studio")
    pg.setConfigOptions(antialias=True)
    i18n.install(app)  # the saved language, else the system's; CJK font fallback
    window = open_window()
    freeze_heap()
    window.show()
    return app.exec()


def open_window():
    """The main window as the app opens it: the saved layout, or sized to the screen."""
    from gui import layout
    from gui.main_window import MainWindow

    window = MainWindow()
    if window.restored_layout:
        layout.keep_on_screen(window)  # saved on a larger screen: fit this one
    else:
        layout.fit_to_screen(window)  # the screen's available area, maximised
    return window


def freeze_heap() -> None:
    """Keep what exists now (modules, widgets, plot items: it lives as long as the app) out
    of the garbage collector's full passes, which otherwise walk all of it, holding Python's
    lock for tens of milliseconds in the middle of drawing or training."""
    gc.collect()
    gc.freeze()
