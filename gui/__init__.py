"""Backprop Studio GUI (PySide6 + pyqtgraph). Imports engine; engine never imports gui."""

from gui.main_window import MainWindow

__all__ = ["MainWindow"]
