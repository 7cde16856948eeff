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

from gui.i18n import QT_TRANSLATE_NOOP, translate

# (label, batches per refresh; 0 = as fast as the machine goes)
SPEEDS = [
    (QT_TRANSLATE_NOOP("Controls", "Full speed"), 0),
    (QT_TRANSLATE_NOOP("Controls", "Fast (100 batches/frame)"), 100),
    (QT_TRANSLATE_NOOP("Controls", "Watch (10 batches/frame)"), 10),
    (QT_TRANSLATE_NOOP("Controls", "Slow (1 batch/frame)"), 1),
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

        self.train = action(
            translate("Controls", "Train"),
            "Space",
            translate("Controls", "Train / pause"),
            self.trainToggled,
        )
        self.step_batch = action(
            translate("Controls", "Step batch"),
            "Right",
            translate("Controls", "Train on one mini-batch"),
            self.stepBatch,
        )
        self.step_epoch = action(
            translate("Controls", "Step epoch"),
            "Shift+Right",
            translate("Controls", "Train to the end of this epoch"),
            self.stepEpoch,
        )
        toolbar.addSeparator()
        self.reset = action(
            translate("Controls", "Reset"),
            "Ctrl+R",
            translate("Controls", "New weights from the seed; the curves start over"),
            self.resetRequested,
        )
        toolbar.widgetForAction(self.train).setObjectName("trainButton")
        toolbar.widgetForAction(self.step_batch).setObjectName("stepBatchButton")
        toolbar.widgetForAction(self.step_epoch).setObjectName("stepEpochButton")
        toolbar.widgetForAction(self.reset).setObjectName("resetButton")
        toolbar.addSeparator()
        toolbar.addWidget(QtWidgets.QLabel(translate("Controls", " Speed ")))
        self.speed = QtWidgets.QComboBox()
        self.speed.setObjectName("speedSelector")
        self.speed.setToolTip(
            translate("Controls", "How many batches run between two redraws (about 30 per second)")
        )
        for label, n in SPEEDS:
            self.speed.addItem(translate("Controls", label), n)
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
        self.train.setText(
            translate("Controls", "Pause")
            if running
            else (translate("Controls", "Resume") if started else translate("Controls", "Train"))
        )
        self.step_batch.setEnabled(not running)
        self.step_epoch.setEnabled(not running)
