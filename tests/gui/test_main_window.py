"""The main window builds in its default state and shows every named part."""

from PySide6 import QtWidgets

from gui import MainWindow

NAMED_PARTS = ["lossPlot", "topologyView", "weightHeatmaps", "drawCanvas", "stepThrough"]


def test_main_window_has_named_parts(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.isVisible()
    for name in NAMED_PARTS:
        assert window.findChild(QtWidgets.QWidget, name) is not None, name
