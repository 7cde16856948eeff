"""The main window's menus and its training toolbar, wired to the window and the workspace.

build_toolbar(window)   the Training toolbar (gui.panels.controls): Train / Pause,
                        Step batch, Step epoch, Reset, speed; it follows trainingChanged
build_menus(window)     File, View (one entry per dock), Help
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui

from gui import dialogs, i18n
from gui.i18n import translate
from gui.panels.controls import Controls
from gui.workspace import RUNNING, STEPPING, STOPPED

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def build_toolbar(window: MainWindow) -> Controls:
    ws = window.workspace
    bar = window.addToolBar(translate("Menus", "Training"))
    bar.setObjectName("trainingToolbar")
    bar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
    controls = Controls(bar)
    controls.trainToggled.connect(ws.toggle_training)
    controls.stepBatch.connect(ws.step_batch)
    controls.stepEpoch.connect(ws.step_epoch)
    controls.resetRequested.connect(window.reset_training)  # asks before dropping epochs
    controls.speedChanged.connect(ws.set_speed)
    controls.set_speed(ws.speed)

    def follow(state: str, _reason: str) -> None:
        # "Train" again once a run has ended; "Resume" when paused part-way
        part_way = state not in (STOPPED, "ready")
        controls.show_running(state in (RUNNING, STEPPING), part_way)

    ws.trainingChanged.connect(follow)
    window.toolbar = bar
    return controls


def build_menus(window: MainWindow) -> None:
    menu = window.menuBar()
    Key = QtGui.QKeySequence.StandardKey

    def add(m, text, slot, shortcut=None):
        a = m.addAction(text)
        a.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            a.setShortcut(QtGui.QKeySequence(shortcut))
        return a

    f = menu.addMenu(translate("Menus", "&File"))
    window.new_action = add(f, translate("Menus", "&New"), window.new_workspace, Key.New)
    window.open_action = add(f, translate("Menus", "&Open model…"), window.open_model, Key.Open)
    window.save_action = add(f, translate("Menus", "&Save"), window.save, Key.Save)
    window.save_as_action = add(f, translate("Menus", "Save &as…"), window.save_as, "Ctrl+Shift+S")
    f.addSeparator()
    add(f, translate("Menus", "Import &table…"), window.import_table)
    add(f, translate("Menus", "&Import MNIST…"), window.import_mnist)
    add(f, translate("Menus", "&Download MNIST…"), window.download_mnist)
    add(f, translate("Menus", "&Export ONNX…"), window.export_onnx)
    add(f, translate("Menus", "Export &PyTorch script…"), window.export_pytorch)
    f.addSeparator()
    add(f, translate("Menus", "&Quit"), window.close, Key.Quit)
    v = menu.addMenu(translate("Menus", "&View"))
    for dock in window.docks.values():
        v.addAction(dock.toggleViewAction())
    v.addAction(window.toolbar.toggleViewAction())
    v.addSeparator()
    add(v, translate("Menus", "&Reset layout"), window.reset_layout)
    i18n.add_language_menu(window, v)
    h = menu.addMenu(translate("Menus", "&Help"))
    add(h, translate("Menus", "&Keyboard shortcuts"), window.show_shortcuts, "F1")
    add(h, translate("Menus", "&About Backprop Studio"), lambda: dialogs.show_about(window))
