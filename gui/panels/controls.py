"""Training controls: Train/Pause/Resume, one batch, one epoch, Reset, and the speed.

They are QActions with keyboard shortcuts, shown as the main window's toolbar:

    Space        Train / Pause / Resume
    →            one batch        Shift+→   one epoch
    Ctrl+R       Reset (new weights from the seed)

The Train button (object name `trainButton`) reads "Train" before the first batch,
"Pause" while training runs and "Resume" when paused part-way.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

# (label, batches per refresh; 0 = as fast as the machine goes)
SPEEDS = [
    ("Full speed", 0),
    ("Fast (100 batches/frame)", 100),
    ("Watch (10 batches/frame)", 10),
    ("Slow (1 batch/frame)", 1),
]


class Controls(QtCore.QObject):
    """The training actions and the speed selector, added to `toolbar`."""

    trainToggled = QtCore.Signal()
    stepBatch = QtCore.Signal()
    stepEpoch = QtCore.Signal()
    resetRequested = QtCore.Signal()
    speedChanged = QtCore.Signal(int)  # batches per refresh

    def __init__(self, toolbar: QtWidgets.QToolBar) -> None:
        super().__init__(toolbar)
        window = toolbar.parent()

        def action(text, shortcut, tip, signal):
            a = QtGui.QAction(text, window)
            a.setShortcut(QtGui.QKeySequence(shortcut))
            a.setToolTip(f"{tip} ({QtGui.QKeySequence(shortcut).toString()})")
            a.triggered.connect(signal)
            toolbar.addAction(a)
            return a

        self.train = action("Train", "Space", "Train / pause", self.trainToggled)
        self.step_batch = action("Step batch", "Right", "Train on one mini-batch", self.stepBatch)
        self.step_epoch = action(
            "Step epoch", "Shift+Right", "Train to the end of this epoch", self.stepEpoch
        )
        toolbar.addSeparator()
        self.reset = action(
            "Reset",
            "Ctrl+R",
            "New weights from the seed; the curves start over",
            self.resetRequested,
        )
        toolbar.widgetForAction(self.train).setObjectName("trainButton")
        toolbar.widgetForAction(self.step_batch).setObjectName("stepBatchButton")
        toolbar.widgetForAction(self.step_epoch).setObjectName("stepEpochButton")
        toolbar.widgetForAction(self.reset).setObjectName("resetButton")
        toolbar.addSeparator()
        toolbar.addWidget(QtWidgets.QLabel(" Speed "))
        self.speed = QtWidgets.QComboBox()
        self.speed.setObjectName("speedSelector")
        self.speed.setToolTip("How many batches run between two redraws (about 30 per second)")
        for label, n in SPEEDS:
            self.speed.addItem(label, n)
        self.speed.currentIndexChanged.connect(
            lambda i: self.speedChanged.emit(int(self.speed.itemData(i)))
        )
        toolbar.addWidget(self.speed)

    def set_speed(self, batches_per_refresh: int) -> None:
        i = self.speed.findData(int(batches_per_refresh))
        if i >= 0:
            self.speed.setCurrentIndex(i)

    def batches_per_refresh(self) -> int:
        return int(self.speed.currentData())

    def show_running(self, running: bool, started: bool) -> None:
        """Label the Train action for what pressing it will do now."""
        self.train.setText("Pause" if running else ("Resume" if started else "Train"))
        self.step_batch.setEnabled(not running)
        self.step_epoch.setEnabled(not running)
