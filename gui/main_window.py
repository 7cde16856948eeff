"""The main window: dockable panels around the network being trained."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

# (object name, dock title, where it docks)
PANELS = [
    ("networkEditor", "Network", QtCore.Qt.DockWidgetArea.LeftDockWidgetArea),
    ("hyperparameters", "Training settings", QtCore.Qt.DockWidgetArea.LeftDockWidgetArea),
    ("lossPlot", "Loss and accuracy", QtCore.Qt.DockWidgetArea.BottomDockWidgetArea),
    ("weightHeatmaps", "Weights", QtCore.Qt.DockWidgetArea.RightDockWidgetArea),
    ("drawCanvas", "Draw a digit", QtCore.Qt.DockWidgetArea.RightDockWidgetArea),
    ("stepThrough", "Step through", QtCore.Qt.DockWidgetArea.BottomDockWidgetArea),
]


class MainWindow(QtWidgets.QMainWindow):
    """Main window, built in its default state and not yet shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Backprop Studio")
        self.resize(1440, 900)
        central = QtWidgets.QLabel("Network topology")
        central.setObjectName("topologyView")
        central.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(central)
        self.docks: dict[str, QtWidgets.QDockWidget] = {}
        for name, title, area in PANELS:
            dock = QtWidgets.QDockWidget(title, self)
            dock.setObjectName(name + "Dock")
            body = QtWidgets.QLabel(title)
            body.setObjectName(name)
            body.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            dock.setWidget(body)
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        self.statusBar().showMessage("Ready")
