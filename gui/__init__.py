"""Backprop Studio GUI (PySide6 + pyqtgraph). Imports engine; engine never imports gui."""

import os

# One BLAS thread unless the user asks for more (set before NumPy loads). The window
# trains in one thread while the GUI thread draws: extra BLAS threads spin for cores
# that the drawing needs, and on a busy 2-core machine they made training ~20x slower
# (bench/gui_overhead.py, docs/gui.md).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from gui.main_window import MainWindow  # noqa: E402

__all__ = ["MainWindow"]
