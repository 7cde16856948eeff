"""The main window: dockable panels around the workspace.

    window = MainWindow()      # default workspace: two moons, a 2-8-8-1 tanh network
    window.show()
    window.workspace           # gui.workspace.Workspace (also window.state): what is worked on

The window builds the docks (from the one list PANELS), the menus and toolbar
(gui.menus), the status bar (gui.statusbar), and asks the user what only a window can
ask: file names, "save the changes first?", "drop the trained weights?", how to get
MNIST. Everything else — training, settings, opening and saving, the weights — is a
method of the workspace, which every panel follows through its signals.
"""

from __future__ import annotations

import os

from PySide6 import QtGui, QtWidgets

from gui import dialogs, layout
from gui.docks import Area, Docks, settings
from gui.i18n import QT_TRANSLATE_NOOP, engine_text, translate
from gui.menus import build_menus, build_toolbar
from gui.panels.canvas import DigitCanvas
from gui.panels.confusion import Confusion
from gui.panels.decision_boundary import DecisionBoundary
from gui.panels.function_fit import FunctionFit
from gui.panels.gradient_flow import GradientFlow
from gui.panels.heatmaps import WeightHeatmaps
from gui.panels.hyperparameters import TrainingSettings
from gui.panels.loss_landscape import LossLandscape
from gui.panels.loss_plot import LossPlot
from gui.panels.network_editor import NetworkEditor
from gui.panels.optimizer_race import OptimizerRace
from gui.panels.receptive_fields import ReceptiveFields
from gui.panels.regression import RegressionView
from gui.panels.space_view import SpaceView
from gui.panels.step_through import StepThrough
from gui.panels.surface import RegressionSurface
from gui.panels.topology import TopologyView
from gui.statusbar import StatusBar
from gui.workspace import MAX_FPS, MIN_FPS, Workspace  # noqa: F401 (MAX_FPS, MIN_FPS: tests)

__all__ = ["MainWindow", "PANELS", "TABS", "settings"]

# (panel class, dock title, dock area; None = the central widget). Each is built as Class(ws).
PANELS = [
    (NetworkEditor, QT_TRANSLATE_NOOP("Docks", "Network"), Area.LeftDockWidgetArea),
    (TrainingSettings, QT_TRANSLATE_NOOP("Docks", "Training settings"), Area.LeftDockWidgetArea),
    (LossPlot, QT_TRANSLATE_NOOP("Docks", "Loss and accuracy"), Area.BottomDockWidgetArea),
    (TopologyView, QT_TRANSLATE_NOOP("Docks", "Network topology"), None),
    (WeightHeatmaps, QT_TRANSLATE_NOOP("Docks", "Weights"), Area.RightDockWidgetArea),
    (DecisionBoundary, QT_TRANSLATE_NOOP("Docks", "Decision boundary"), Area.RightDockWidgetArea),
    (RegressionSurface, QT_TRANSLATE_NOOP("Docks", "Regression surface"), Area.RightDockWidgetArea),
    (FunctionFit, QT_TRANSLATE_NOOP("Docks", "Function fit"), Area.RightDockWidgetArea),
    (ReceptiveFields, QT_TRANSLATE_NOOP("Docks", "Receptive fields"), Area.RightDockWidgetArea),
    (SpaceView, QT_TRANSLATE_NOOP("Docks", "Space view"), Area.RightDockWidgetArea),
    (GradientFlow, QT_TRANSLATE_NOOP("Docks", "Gradient flow"), Area.BottomDockWidgetArea),
    (Confusion, QT_TRANSLATE_NOOP("Docks", "Confusion matrix"), Area.BottomDockWidgetArea),
    (RegressionView, QT_TRANSLATE_NOOP("Docks", "Regression"), Area.BottomDockWidgetArea),
    (StepThrough, QT_TRANSLATE_NOOP("Docks", "Step through"), Area.BottomDockWidgetArea),
    (DigitCanvas, QT_TRANSLATE_NOOP("Docks", "Draw a digit"), Area.RightDockWidgetArea),
    (LossLandscape, QT_TRANSLATE_NOOP("Docks", "Loss landscape"), Area.RightDockWidgetArea),
    (OptimizerRace, QT_TRANSLATE_NOOP("Docks", "Optimizer race"), Area.BottomDockWidgetArea),
]

# Docks that share one place as tabs (the first one shows): the inspection views are many.
TABS = [
    (
        "decisionBoundary",
        "regressionSurface",
        "functionFit",
        "spaceView",
        "weightHeatmaps",
        "receptiveFields",
        "canvasPanel",
        "lossLandscape",
    ),
    ("lossPlotPanel", "gradientFlow", "confusionMatrix", "regressionView", "optimizerRace"),
]

MODEL_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Backprop Studio models (*.bps);;All files (*)")
OPEN_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Models (*.bps *.onnx);;Backprop Studio models (*.bps);;ONNX MLPs (*.onnx);;All (*)",
)


class MainWindow(QtWidgets.QMainWindow):
    """Main window, built in its default state and not yet shown."""

    def __init__(self) -> None:
        super().__init__()
        self.resize(1440, 900)
        ws = self.workspace = self.state = Workspace(self)
        ws.confirm = self._confirm
        ws.ensure_mnist = self._mnist_ready
        self._download: dialogs.MnistDownload | None = None

        self.layout_docks = Docks(self)
        for cls, title, area in PANELS:
            self.layout_docks.add(cls(ws), title, area)
        self.layout_docks.tabify(TABS)
        self.panels, self.docks = self.layout_docks.panels, self.layout_docks.docks
        self.controls = build_toolbar(self)
        build_menus(self)
        self.status_bar = StatusBar(self.statusBar(), ws)
        self.status = self.status_bar.labels
        self.editor = self.panels["networkEditor"]
        self.settings_panel = self.panels["hyperparameters"]
        self.loss_panel = self.panels["lossPlotPanel"]

        self.settings_panel.settingChanged.connect(self._on_setting)
        ws.workspaceReplaced.connect(self._on_replaced)
        ws.settingChanged.connect(self._follow_setting)
        ws.openModelRequested.connect(self.open_model)
        ws.message.connect(self._error)
        ws.modifiedChanged.connect(self.setWindowModified)
        ws.pathChanged.connect(lambda _path: self._update_title())
        ws.trainingChanged.connect(self._on_training)
        self.editor.data_params.regenerateRequested.connect(ws.regenerate_dataset)
        layout.dress(self, self.docks, self.centralWidget())  # "?" buttons, wheel guard
        self.message_bar = layout.message_toolbar(self)  # e.g. why a run diverged, whole

        ws.new()
        self._restored = self.layout_docks.restore()
        self._sized = False

    @property
    def restored_layout(self) -> bool:
        """Whether the docks and the window's geometry were put back as saved last time."""
        return self._restored

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if not self._restored:
                self.layout_docks.default_sizes()  # dock sizes only take once it has its size
            self.layout_docks.readable_tabs()

    # -- following the workspace ----------------------------------------------------------

    def _on_replaced(self) -> None:
        ws = self.workspace
        self.settings_panel.set_config(ws.config, ws.config.init)
        if ws.trainer is None and ws.history:
            self.loss_panel.set_history(ws.history)
        self._update_title()

    def _on_training(self, state: str, reason: str) -> None:
        """A run that diverged says so where it can be read whole, with the way out."""
        if state == "stopped" and reason.startswith("diverg"):
            lower = self.workspace.config.lr / 10
            self.message_bar.show_message(
                translate("MainWindow", "Training stopped: {0}").format(engine_text(reason)),
                [
                    (
                        translate(
                            "MainWindow", "Lower the learning rate to {0:g} and reset"
                        ).format(lower),
                        self.lower_lr_and_reset,
                    )
                ],
            )
        elif state == "running":
            self.message_bar.dismiss()

    def lower_lr_and_reset(self) -> None:
        """The divergence message's button: η ÷ 10, then Reset (the same initial weights)."""
        ws = self.workspace
        problem = ws.change_setting("lr", ws.config.lr / 10)
        if problem:
            self._error(translate("MainWindow", "Setting"), problem)
            return
        ws.reset()

    def reset_training(self) -> None:
        """Reset (toolbar, Ctrl+R): asks first when it would drop trained epochs."""
        t = self.workspace.trainer
        if t is not None and t.samples_seen:
            question = translate(
                "MainWindow",
                "Reset starts again from the initial weights: the {0:.1f} "
                "epochs trained so far are dropped (save first to keep them). Continue?",
            ).format(t.epoch_float)
            if not self._confirm(translate("MainWindow", "Reset the training?"), question):
                return
        self.workspace.reset()

    def _on_setting(self, key: str, value) -> None:
        """A setting the settings panel accepted: the workspace checks and applies it."""
        problem = self.workspace.change_setting(key, value)
        if problem:  # the panel shows the workspace's settings again, and why
            self.settings_panel.set_config(self.workspace.config, self.workspace.config.init)
            self._error(translate("MainWindow", "Setting"), problem)

    def _follow_setting(self, name: str) -> None:
        """A setting changed by someone else (e.g. the message bar's "lower the learning
        rate"): the settings panel shows the workspace's settings again."""
        panel, config = self.settings_panel, self.workspace.config
        shown = panel.initializer if name == "init" else getattr(panel.config(), name, None)
        if shown != getattr(config, name, None):
            panel.set_config(config, config.init)

    def _update_title(self) -> None:
        path = self.workspace.path
        name = os.path.basename(path) if path else translate("MainWindow", "Untitled")
        self.setWindowTitle(translate("MainWindow", "{0}[*] — Backprop Studio").format(name))

    def _error(self, title: str, message: str) -> None:
        message = engine_text(message)  # the engine's messages in the window's language
        self.statusBar().showMessage(message, 8000)
        QtWidgets.QMessageBox.warning(self, translate("MainWindow", title), message)

    def _confirm(self, title: str, text: str) -> bool:
        B = QtWidgets.QMessageBox.StandardButton
        return QtWidgets.QMessageBox.question(self, title, text, B.Yes | B.No, B.No) == B.Yes

    # -- files ----------------------------------------------------------------------------

    def new_workspace(self, ask: bool = True) -> None:
        """Two moons and a 2-8-8-1 tanh network, Adam with η = 0.03."""
        if ask and not self._maybe_save(translate("MainWindow", "Start a new workspace")):
            return
        self.workspace.new()

    def open_model(self, path: str | None = None) -> bool:
        """Open a model file; on failure say why and keep the current model."""
        if not self._maybe_save(translate("MainWindow", "Open another model")):
            return False
        if path is None:
            path, _ = QtWidgets.QFileDialog.getOpenFileName(
                self,
                translate("MainWindow", "Open model"),
                "",
                translate("MainWindow", OPEN_FILTER),
            )
            if not path:
                return False
        return self.workspace.open(path)

    def import_table(self, path: str | None = None) -> bool:
        """File → Import table…: preview a CSV/TSV file, choose its columns, make it the
        data (the input and output layers follow it). True if the workspace switched."""
        from gui.import_table import ImportTableDialog, choose_table

        path = path or choose_table(self)
        if not path:
            return False
        dialog = ImportTableDialog(self, path)
        if not dialog.exec() or dialog.dataset is None:
            return False
        return self.workspace.use_dataset(dialog.dataset)

    def save(self) -> bool:
        if self.workspace.path is None:
            return self.save_as()
        return self.workspace.save(self.workspace.path)

    def save_as(self) -> bool:
        path = self.workspace.path
        start = path or os.path.join(os.path.expanduser("~"), "model.bps")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Save model"),
            start,
            translate("MainWindow", MODEL_FILTER),
        )
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += ".bps"
        return self.workspace.save(path)

    def export_onnx(self) -> None:
        path = self.workspace.path
        start = os.path.splitext(path)[0] + ".onnx" if path else "model.onnx"
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Export ONNX"),
            start,
            translate("MainWindow", "ONNX models (*.onnx)"),
        )
        if path:
            self.workspace.export_onnx(path)

    def export_pytorch(self) -> None:
        """File → Export PyTorch script…: a script that trains the network again; after
        some training, from the run's initial weights (it then replays the run) or now's."""
        ws = self.workspace
        initial = False
        trained = ws.trainer is not None and ws.trainer.samples_seen > 0
        if trained and ws.initial_weights is not None:
            box = QtWidgets.QMessageBox(self)
            box.setWindowTitle(translate("MainWindow", "Export PyTorch script"))
            box.setText(translate("MainWindow", "Start the script from which weights?"))
            box.setInformativeText(
                translate(
                    "MainWindow",
                    "The run's initial weights: the script replays this run, its loss curve the "
                    "app's. The current weights: it trains on from where the network is now.",
                )
            )
            first = box.addButton(
                translate("MainWindow", "Initial weights"),
                QtWidgets.QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                translate("MainWindow", "Current weights"),
                QtWidgets.QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.buttonRole(box.clickedButton()) != QtWidgets.QMessageBox.ButtonRole.AcceptRole:
                return
            initial = box.clickedButton() is first
        elif ws.initial_weights is not None:
            initial = True  # not trained yet: the initial weights are the current ones
        start = os.path.splitext(ws.path)[0] + ".py" if ws.path else "model.py"
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Export PyTorch script"),
            start,
            translate("MainWindow", "Python scripts (*.py)"),
        )
        if path:
            if not os.path.splitext(path)[1]:
                path += ".py"
            ws.export_pytorch(path, initial)

    def _maybe_save(self, what: str) -> bool:
        """Ask about unsaved changes; False if the user cancels."""
        ws = self.workspace
        if not ws.modified:
            return True
        B = QtWidgets.QMessageBox.StandardButton
        label = (
            os.path.basename(ws.path) if ws.path else translate("MainWindow", "the untitled model")
        )
        answer = QtWidgets.QMessageBox.question(
            self,
            translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "{0}: save the changes to {1} first?").format(what, label),
            B.Save | B.Discard | B.Cancel,
            B.Save,
        )
        if answer == B.Cancel:
            return False
        if answer == B.Save:
            if ws.training:
                ws.shutdown()
            return self.save()
        return True

    # -- MNIST ----------------------------------------------------------------------------

    def _mnist(self):
        from engine.data import mnist

        return mnist

    def _mnist_ready(self) -> bool:
        """True if MNIST is here; else offer Download / Import (download finishes later)."""
        mnist = self._mnist()
        if mnist.is_available():
            return True
        choice = dialogs.ask_how_to_get_mnist(self)
        if choice == "download":
            self.download_mnist()
            return False
        return choice == "import" and dialogs.import_mnist(self, mnist)

    def import_mnist(self) -> None:
        if dialogs.import_mnist(self, self._mnist()):
            self.statusBar().showMessage(translate("MainWindow", "MNIST imported"), 5000)
            self.workspace.request_dataset("mnist")

    def download_mnist(self) -> None:
        if self._download is not None:
            return
        self._download = dialogs.MnistDownload(self, self._mnist())
        self._download.finished.connect(self._on_download_finished)
        self._download.start()

    def _on_download_finished(self, ok: bool, message: str) -> None:
        self._download = None
        if ok:
            self.statusBar().showMessage(message, 5000)
            self.workspace.request_dataset("mnist")
        else:
            self._error(translate("MainWindow", "Download MNIST"), message)

    # -- layout, help, closing ------------------------------------------------------------

    def reset_layout(self) -> None:
        """Every panel back where it starts, shown."""
        self.layout_docks.reset([self.toolbar])

    def show_shortcuts(self) -> None:
        dialogs.ShortcutsDialog(self).exec()

    def shutdown(self) -> None:
        """Stop training and every background job, joining their threads."""
        self.workspace.shutdown()
        for panel in self.panels.values():  # panels with background work of their own
            if hasattr(panel, "shutdown"):
                panel.shutdown()
        if self._download is not None:
            self._download.shutdown()
            self._download = None

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if not self._maybe_save(translate("MainWindow", "Closing")):
            event.ignore()
            return
        self.shutdown()
        self.layout_docks.save()
        event.accept()
