"""Regression guard for PySide6 6.12.0 on Python < 3.12, which over-releases `None`
from void methods and kills the app with `Fatal Python error: none_dealloc`."""

import sys

from PySide6 import QtWidgets


def test_void_qt_calls_keep_none_refcount(qtbot):
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(5000):
        widget.update()
        widget.setToolTip("")
    after = sys.getrefcount(None)
    # None is immortal on 3.12+ (refcount is a huge constant); on 3.11 a leak of
    # one reference per call would move it by thousands.
    assert abs(after - before) < 500, f"None refcount drifted from {before} to {after}"
