"""The main window: dockable panels around the network being trained.

    window = MainWindow()      # default workspace: two moons, a 2-8-8-1 tanh network
    window.show()

Panels come from one list, PANELS: each is a QWidget built as `Class(state)` and
docked (or made the central widget when its area is None). The window owns the
workspace (network, dataset, training settings in `self.state`), the training
worker and its thread, the menus, the toolbar (gui.panels.controls), the status
bar, and opening/saving model files. The GUI thread never waits on training:
commands go to the worker's queue and snapshots come back as signals.
"""

from __future__ import annotations

import importlib
import os
import time

from PySide6 import QtCore, QtGui, QtWidgets

from engine.data.catalog import load_dataset
from engine.train.trainer import TrainConfig, Trainer
from gui import dialogs
from gui.panels.controls import Controls
from gui.panels.network_editor import NetworkSpec
from gui.snapshot import make_snapshot
from gui.state import AppState
from gui.worker import LIVE_SETTINGS, BackgroundCall, TrainingWorker

Area = QtCore.Qt.DockWidgetArea

# (module, class, dock title, dock area; None = the central widget)
PANELS = [
    ("gui.panels.network_editor", "NetworkEditor", "Network", Area.LeftDockWidgetArea),
    (
        "gui.panels.hyperparameters",
        "HyperparametersPanel",
        "Training settings",
        Area.LeftDockWidgetArea,
    ),
    ("gui.panels.loss_plot", "LossPlotPanel", "Loss and accuracy", Area.BottomDockWidgetArea),
    ("gui.panels.topology", "TopologyView", "Network topology", None),
    ("gui.panels.heatmaps", "WeightHeatmaps", "Weights", Area.RightDockWidgetArea),
    (
        "gui.panels.decision_boundary",
        "DecisionBoundary",
        "Decision boundary",
        Area.RightDockWidgetArea,
    ),
    (
        "gui.panels.receptive_fields",
        "ReceptiveFields",
        "Receptive fields",
        Area.RightDockWidgetArea,
    ),
    ("gui.panels.gradient_flow", "GradientFlow", "Gradient flow", Area.BottomDockWidgetArea),
    ("gui.panels.confusion", "Confusion", "Confusion matrix", Area.BottomDockWidgetArea),
    ("gui.panels.step_through", "Panel", "Step through", Area.BottomDockWidgetArea),
    ("gui.panels.canvas", "Panel", "Draw a digit", Area.RightDockWidgetArea),
]

# Docks that share one place as tabs (the first one shows): the inspection views are many.
TABS = [
    ("decisionBoundary", "weightHeatmaps", "receptiveFields", "canvasPanel"),
    ("lossPlotPanel", "gradientFlow", "confusionMatrix"),
]

LAYOUT_VERSION = 3  # bump when the set of docks changes: older saved layouts are ignored
MODEL_FILTER = "Backprop Studio models (*.bps);;All files (*)"
DEFAULT_DATASET = "moons"
TOY_PARAMS = {"n": 400, "noise": 0.15, "seed": 0}
DEFAULT_SPEC = NetworkSpec([8, 8], ["tanh", "tanh"], "sigmoid", "cross_entropy")
DEFAULT_INIT = "glorot_uniform"
DEFAULT_SPEED = 10  # batches per refresh: two moons learns visibly in a few seconds
# Share of the time the GUI thread may spend drawing snapshots while training runs. Drawing
# holds Python's lock, which the training thread needs too: past this share the window asks
# for fewer snapshots (down to MIN_FPS), and for more again (up to MAX_FPS) when it can.
# Measured (bench/gui_overhead.py): a frame costs the trainer ~2.5x the GUI thread's own
# CPU, so 2.5 % of drawing costs training ~6 %. Small networks draw cheaply and still get
# MAX_FPS; a 784-128-64-10 network with every panel shown gets a frame every 1-2 s.
FRAME_BUDGET = 0.025
MAX_FPS, MIN_FPS = 30.0, 0.5
# Full speed starts here and adapts (up when frames are cheap, down when not): starting at
# MAX_FPS, a big network spent its first seconds drawing far over the budget.
START_FPS = 2.0


def settings() -> QtCore.QSettings:
    """Where the window keeps its layout between runs."""
    return QtCore.QSettings("Backprop Studio", "Backprop Studio")


def default_config() -> TrainConfig:
    return TrainConfig(optimizer="adam", lr=0.03, batch_size=16, epochs=200)


class MainWindow(QtWidgets.QMainWindow):
    """Main window, built in its default state and not yet shown."""

    def __init__(self) -> None:
        super().__init__()
        self.resize(1440, 900)
        self.state = AppState(self)
        self.state.trainer_factory = self._make_trainer
        self.path: str | None = None
        self.initializer = DEFAULT_INIT
        self._worker: TrainingWorker | None = None
        self._thread: QtCore.QThread | None = None
        self._retiring: list[tuple[TrainingWorker, QtCore.QThread]] = []
        self._when_idle: list = []
        self._download: dialogs.MnistDownload | None = None
        self._loading: BackgroundCall | None = None  # a dataset loading in its thread
        self._last_seen = 0
        self._rate_mark: tuple[float, int] | None = None  # (wall time, samples seen)
        self._rate = 0.0
        self._frame_clock: tuple[float, float] | None = None  # (wall, GUI-thread CPU) seconds
        self.panels: dict[str, QtWidgets.QWidget] = {}
        self.docks: dict[str, QtWidgets.QDockWidget] = {}
        self._home: dict[str, QtCore.Qt.DockWidgetArea] = {}  # each dock's default area

        self._build_panels()
        self._build_toolbar()
        self._build_menus()
        self._build_status()
        self.editor = self.panels["networkEditor"]
        self.settings_panel = self.panels["hyperparameters"]
        self.loss_panel = self.panels["lossPlotPanel"]
        self.editor.applyRequested.connect(self.apply_network)
        self.editor.datasetRequested.connect(self.request_dataset)
        self.settings_panel.settingChanged.connect(self._on_setting)
        self.state.openModelRequested.connect(self.open_model)

        self.new_workspace(ask=False)
        self._restored = self.restore_layout()
        self._sized = False

    # -- building ------------------------------------------------------------------------

    def _build_panels(self) -> None:
        self.setDockNestingEnabled(True)
        Corner = QtCore.Qt.Corner
        self.setCorner(Corner.BottomLeftCorner, Area.LeftDockWidgetArea)
        self.setCorner(Corner.BottomRightCorner, Area.BottomDockWidgetArea)
        for module, cls_name, title, area in PANELS:
            cls = getattr(importlib.import_module(module), cls_name)
            self._place(cls(self.state), title, area)
        self._tabify()

    def _tabify(self) -> None:
        for names in TABS:
            docks = [self.docks[n] for n in names if n in self.docks]
            for other in docks[1:]:
                self.tabifyDockWidget(docks[0], other)
            if docks:
                docks[0].raise_()

    def _place(self, widget: QtWidgets.QWidget, title: str, area) -> None:
        name = widget.objectName()
        self.panels[name] = widget
        if area is None:
            self.setCentralWidget(widget)
            return
        dock = QtWidgets.QDockWidget(title, self)
        dock.setObjectName(name + "Dock")
        if area == Area.LeftDockWidgetArea:
            scroll = QtWidgets.QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setMinimumWidth(widget.sizeHint().width() + 24)
            scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
            dock.setWidget(scroll)
        else:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        self._home[name] = area

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if not self._restored:
                self._default_sizes()  # dock sizes only take once the window has its size

    def _default_sizes(self) -> None:
        """Side columns wide enough for their forms; the curves a third of the height."""
        docks = self.docks
        Qt = QtCore.Qt.Orientation
        left = [d for d in docks.values() if self.dockWidgetArea(d) == Area.LeftDockWidgetArea]
        right = [d for d in docks.values() if self.dockWidgetArea(d) == Area.RightDockWidgetArea]
        bottom = [d for d in docks.values() if self.dockWidgetArea(d) == Area.BottomDockWidgetArea]
        if left:
            self.resizeDocks(left, [330] * len(left), Qt.Horizontal)
        if right:
            self.resizeDocks(right, [320] * len(right), Qt.Horizontal)
        if bottom:
            self.resizeDocks(bottom, [320] * len(bottom), Qt.Vertical)
        if len(bottom) > 1:
            self.resizeDocks(bottom, [820] + [300] * (len(bottom) - 1), Qt.Horizontal)
        if "networkEditor" in docks and "hyperparameters" in docks:
            self.resizeDocks(
                [docks["networkEditor"], docks["hyperparameters"]], [380, 520], Qt.Vertical
            )

    def _build_toolbar(self) -> None:
        bar = self.addToolBar("Training")
        bar.setObjectName("trainingToolbar")
        bar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.controls = Controls(bar)
        self.controls.trainToggled.connect(self.toggle_training)
        self.controls.stepBatch.connect(self.step_batch)
        self.controls.stepEpoch.connect(self.step_epoch)
        self.controls.resetRequested.connect(self.reset_weights)
        self.controls.speedChanged.connect(self._on_speed)
        self.controls.set_speed(DEFAULT_SPEED)
        self.toolbar = bar

    def _build_menus(self) -> None:
        menu = self.menuBar()
        Key = QtGui.QKeySequence.StandardKey

        def add(m, text, slot, shortcut=None):
            a = m.addAction(text)
            a.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                a.setShortcut(QtGui.QKeySequence(shortcut))
            return a

        f = menu.addMenu("&File")
        self.new_action = add(f, "&New", self.new_workspace, Key.New)
        self.open_action = add(f, "&Open model…", self.open_model, Key.Open)
        self.save_action = add(f, "&Save", self.save, Key.Save)
        self.save_as_action = add(f, "Save &as…", self.save_as, "Ctrl+Shift+S")
        f.addSeparator()
        add(f, "&Import MNIST…", self.import_mnist)
        add(f, "&Download MNIST…", self.download_mnist)
        add(f, "&Export ONNX…", self.export_onnx)
        f.addSeparator()
        add(f, "&Quit", self.close, Key.Quit)
        v = menu.addMenu("&View")
        for dock in self.docks.values():
            v.addAction(dock.toggleViewAction())
        v.addAction(self.toolbar.toggleViewAction())
        v.addSeparator()
        add(v, "&Reset layout", self.reset_layout)
        h = menu.addMenu("&Help")
        add(h, "&Keyboard shortcuts", self.show_shortcuts, "F1")
        add(h, "&About Backprop Studio", lambda: dialogs.show_about(self))

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.status: dict[str, QtWidgets.QLabel] = {}
        widest = {
            "epoch": "epoch 9999.99",
            "batch": "batch 9999/9999",
            "speed": "999,999 samples/s",
            "elapsed": "9999.9 s of compute",
        }
        for key in ("epoch", "batch", "speed", "elapsed", "stopped"):
            label = QtWidgets.QLabel()
            label.setObjectName(f"status_{key}")
            label.setContentsMargins(8, 0, 8, 0)
            if key in widest:
                label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest[key]) + 16)
            bar.addPermanentWidget(label, 3 if key == "stopped" else 0)
            self.status[key] = label

    # -- the workspace ---------------------------------------------------------------------

    def _make_trainer(self) -> Trainer:
        st = self.state
        return Trainer(st.network, st.dataset, st.config)

    def _install(self, network, dataset, config, trainer=None, history=None, path=None) -> None:
        """Make (network, dataset, config) the workspace; panels rebuild."""
        self._retire_worker()
        st = self.state
        st.network, st.dataset, st.config, st.trainer = network, dataset, config, trainer
        st.snapshot = None
        self.settings_panel.set_config(config, self.initializer)
        st.modelChanged.emit()
        self._last_seen = 0
        if trainer is not None:
            snap = make_snapshot(trainer, 0)
            self._last_seen = snap.samples_seen
            st.snapshot = snap
            st.snapshotReady.emit(snap)
            self._show_status(snap)
        else:
            self._show_status(None)
            if history:
                self.loss_panel.set_history(history)
        self.controls.show_running(False, trainer is not None and trainer.samples_seen > 0)
        self.path = path
        self._update_title()

    def new_workspace(self, ask: bool = True) -> None:
        """Two moons and a 2-8-8-1 tanh network, Adam with η = 0.03."""
        if ask and not self._maybe_save("Start a new workspace"):
            return
        dataset = load_dataset(DEFAULT_DATASET, **TOY_PARAMS)
        config = default_config()
        self.initializer = DEFAULT_INIT
        network = DEFAULT_SPEC.build(dataset.n_inputs, dataset.n_classes, DEFAULT_INIT, config.seed)
        self._install(network, dataset, config)
        self.setWindowModified(False)

    def set_dataset(self, name: str) -> bool:
        """Switch the workspace to dataset `name` now; the input/output layers follow it.

        (MNIST loads here, under a wait cursor; the selector uses `request_dataset`,
        which loads it in the background.) True if the workspace switched.
        """
        st = self.state
        if st.dataset is not None and name == st.dataset.name:
            return True
        try:
            if name == "mnist":
                dataset = self._load_mnist()
                if dataset is None:
                    self.editor.sync_from_state()
                    return False
            else:
                dataset = load_dataset(name, **TOY_PARAMS)
        except Exception as exc:
            self._error("Load dataset", dialogs.error_text(exc))
            self.editor.sync_from_state()
            return False
        return self._switch_to(dataset)

    def request_dataset(self, name: str) -> bool:
        """The dataset selector's choice: like set_dataset, but MNIST loads in a background
        thread (seconds, the first time) and the switch completes when it is there.
        False if the choice was refused at once."""
        st = self.state
        if name != "mnist" or (st.dataset is not None and st.dataset.name == name):
            return self.set_dataset(name)
        if self._loading is not None or not self._mnist_ready():
            self.editor.sync_from_state()
            return False
        self._loading = BackgroundCall(lambda: load_dataset("mnist"), "loadMnist")
        self._loading.done.connect(self._on_dataset_loaded)
        self.editor.dataset_selector.setEnabled(False)
        self.statusBar().showMessage("Loading MNIST…")
        self._loading.start()
        return True

    def _on_dataset_loaded(self, dataset, error: str) -> None:
        self._loading.finish()
        self._loading = None
        self.editor.dataset_selector.setEnabled(True)
        self.statusBar().clearMessage()
        if dataset is None:
            self._error("Load dataset", error)
            self.editor.sync_from_state()
            return
        self._switch_to(dataset)

    def _switch_to(self, dataset) -> bool:
        st = self.state
        if not self._confirm_discard(f"Switching to {dataset.name}"):
            self.editor.sync_from_state()
            return False
        spec = NetworkSpec.of(st.network) if st.network is not None else DEFAULT_SPEC
        if dataset.n_classes > 2 and spec.output_activation == "sigmoid":
            spec.output_activation = "softmax"
        config = self.settings_panel.config()
        try:
            network = spec.build(dataset.n_inputs, dataset.n_classes, self.initializer, config.seed)
        except ValueError as exc:
            self._error("Network", str(exc))
            self.editor.sync_from_state()
            return False
        self._install(network, dataset, config)
        self.setWindowModified(True)
        return True

    def apply_network(self, spec: NetworkSpec) -> bool:
        """Build the network the editor describes (asks before dropping trained weights)."""
        ds = self.state.dataset
        if not self._confirm_discard("Changing the network"):
            self.editor.sync_from_state()
            return False
        config = self.settings_panel.config()
        try:
            network = spec.build(ds.n_inputs, ds.n_classes, self.initializer, config.seed)
        except ValueError as exc:
            self._error("Network", str(exc))
            return False
        self._install(network, ds, config, path=self.path)
        self.setWindowModified(True)
        return True

    def reset_weights(self) -> None:
        """New weights from the seed, with the current settings; curves start over."""
        st = self.state
        config = self.settings_panel.config()
        spec = NetworkSpec.of(st.network)
        try:
            network = spec.build(
                st.dataset.n_inputs, st.dataset.n_classes, self.initializer, config.seed
            )
        except ValueError as exc:
            self._error("Reset", str(exc))
            return
        self._install(network, st.dataset, config, path=self.path)
        self.setWindowModified(True)
        self.statusBar().showMessage(
            f"Weights re-initialised ({self.initializer}, seed {config.seed})", 4000
        )

    def _confirm_discard(self, what: str) -> bool:
        trainer = self.state.trainer
        if trainer is None or trainer.samples_seen == 0:
            return True
        answer = QtWidgets.QMessageBox.question(
            self,
            "Reset the trained weights?",
            f"{what} starts again from new weights: the {trainer.epoch_float:.1f} epochs "
            "trained so far are dropped (save first to keep them). Continue?",
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    # -- training ------------------------------------------------------------------------

    def _ensure_worker(self) -> TrainingWorker | None:
        if self._worker is not None:
            return self._worker
        try:
            trainer = self.state.ensure_trainer()
        except ValueError as exc:
            self._error("Cannot train", str(exc))
            return None
        worker = TrainingWorker(trainer)
        worker.batches_per_refresh = self.controls.batches_per_refresh()
        worker.interval = 1 / (MAX_FPS if worker.batches_per_refresh else START_FPS)
        worker.epochs_per_run = int(self.settings_panel.config().epochs)
        thread = QtCore.QThread()
        thread.setObjectName("trainingThread")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit, QtCore.Qt.ConnectionType.DirectConnection)
        worker.snapshotReady.connect(self._on_snapshot)
        worker.runningChanged.connect(self._on_running)
        worker.errorOccurred.connect(self._on_worker_error)
        self._worker, self._thread = worker, thread
        self._forget_finished()
        thread.start()
        return worker

    def _retire_worker(self) -> None:
        """Tell the current worker to stop; its thread ends on its own (never waited on here)."""
        worker, thread = self._worker, self._thread
        if worker is None:
            return
        self._worker = self._thread = None
        worker.snapshotReady.disconnect(self._on_snapshot)
        worker.runningChanged.disconnect(self._on_running)
        worker.errorOccurred.disconnect(self._on_worker_error)
        worker.post("stop")
        thread.quit()
        self._retiring.append((worker, thread))
        self.state.training = False
        self._when_idle.clear()

    def _forget_finished(self) -> None:
        self._retiring = [(w, t) for w, t in self._retiring if not t.isFinished()]

    def shutdown_training(self) -> None:
        """Stop every worker and join its thread (on close: the only wait on training)."""
        self._retire_worker()
        for _worker, thread in self._retiring:
            thread.quit()
            thread.wait()
        self._retiring.clear()
        if self._download is not None:
            self._download.shutdown()
            self._download = None
        if self._loading is not None:
            self._loading.done.disconnect(self._on_dataset_loaded)
            self._loading.finish()
            self._loading = None

    def toggle_training(self) -> None:
        """Train / Pause / Resume (Space)."""
        if self.state.training:
            if self._worker is not None:
                self._worker.post("pause")
            return
        worker = self._ensure_worker()
        if worker is not None:
            self.state.training = True
            self.controls.show_running(True, True)
            worker.post("train")

    def step_batch(self) -> None:
        """Train on exactly one mini-batch (→)."""
        self._step("step_batch")

    def step_epoch(self) -> None:
        """Train to the end of the current epoch (Shift+→)."""
        self._step("step_epoch")

    def _step(self, command: str) -> None:
        if self.state.training:
            return
        worker = self._ensure_worker()
        if worker is not None:
            self.state.training = True
            worker.post(command)

    def _on_snapshot(self, snap) -> None:
        worker = self._worker
        if worker is None:
            return
        st = self.state
        st.snapshot = snap
        st.snapshotReady.emit(snap)
        self._show_status(snap)
        if snap.samples_seen != self._last_seen:
            self._last_seen = snap.samples_seen
            self.setWindowModified(True)
        self._pace(worker)
        worker.take()

    def _pace(self, worker: TrainingWorker) -> None:
        """Keep drawing within FRAME_BUDGET of the time: adjust the snapshot interval.

        The GUI thread's CPU time between two snapshots (handling them, and painting what
        they changed) over the wall time between them is the share drawing takes.
        """
        now, cpu = time.perf_counter(), time.thread_time()
        if worker.batches_per_refresh:  # slow motion: the point is to watch, at full rate
            worker.interval = 1 / MAX_FPS
        elif self._frame_clock is not None and self.state.training:
            wall = now - self._frame_clock[0]
            if wall > 0:
                share = (cpu - self._frame_clock[1]) / wall
                interval = worker.interval
                if share > FRAME_BUDGET:
                    interval = min(1 / MIN_FPS, interval * 1.25)
                elif share < 0.75 * FRAME_BUDGET:
                    interval = max(1 / MAX_FPS, interval / 1.1)
                worker.interval = interval
        self._frame_clock = (now, cpu)

    def _on_running(self, running: bool) -> None:
        self.state.training = running
        trainer = self.state.trainer
        part_way = trainer is not None and trainer.samples_seen > 0 and not trainer.finished
        self.controls.show_running(running, part_way)  # "Train" again once a run has ended
        if self.state.snapshot is not None:
            self._show_status(self.state.snapshot)
        if not running:
            pending, self._when_idle = self._when_idle, []
            for fn in pending:
                fn()

    def _on_worker_error(self, message: str) -> None:
        self._error("Training stopped", message)

    def _on_speed(self, batches_per_refresh: int) -> None:
        if self._worker is not None:
            self._worker.post("set_speed", batches_per_refresh)
            self._worker.interval = 1 / (MAX_FPS if batches_per_refresh else START_FPS)

    def _on_setting(self, key: str, value) -> None:
        """A training setting was accepted in the settings panel."""
        self.setWindowModified(True)
        if key == "initializer":
            self.initializer = value
            return
        trainer = self.state.trainer
        if key == "epochs" and self._worker is not None:
            self._worker.epochs_per_run = int(value)
        if trainer is None:
            self.state.config = self.settings_panel.config()
            return
        if key not in ("lr", "optimizer", *LIVE_SETTINGS):
            return  # batch size and seed apply at the next Reset (the panel says so)
        if self._worker is not None:
            if key == "lr":
                self._worker.post("set_lr", value)
            elif key == "optimizer":
                self._worker.post("set_optimizer", value, {})
            else:
                self._worker.post("set_config", key, value)
        else:  # nobody trains: the trainer may be changed here
            try:
                if key == "lr":
                    trainer.lr = value
                elif key == "optimizer":
                    trainer.set_optimizer(value)
                else:
                    setattr(trainer.config, key, value)
            except ValueError as exc:
                self._error("Setting", str(exc))

    def _show_status(self, snap) -> None:
        s = self.status
        if snap is None:
            for label in s.values():
                label.clear()
            s["stopped"].setText("Ready: press Train (Space)")
            return
        trainer = self.state.trainer
        per_epoch = trainer.batches_per_epoch if trainer is not None else 0
        s["epoch"].setText(f"epoch {snap.epoch:.2f}")
        s["batch"].setText(
            f"batch {snap.batch}/{per_epoch}" if per_epoch else f"batch {snap.batch}"
        )
        s["speed"].setText(self._rate_text(snap))
        s["elapsed"].setText(f"{snap.elapsed:.1f} s of compute")
        if snap.stopped_because:
            s["stopped"].setText(f"Stopped: {snap.stopped_because}")
        elif self.state.training:
            s["stopped"].setText("Training…")
        else:
            s["stopped"].setText("Paused" if snap.samples_seen else "Ready: press Train (Space)")

    def _rate_text(self, snap) -> str:
        """Samples per second of wall time, measured over at least half a second."""
        now = time.perf_counter()
        mark = self._rate_mark
        if mark is None or snap.samples_seen < mark[1]:
            self._rate_mark = (now, snap.samples_seen)
            return self.status["speed"].text() if mark is not None else ""
        if now - mark[0] >= 0.5:
            self._rate = (snap.samples_seen - mark[1]) / (now - mark[0])
            self._rate_mark = (now, snap.samples_seen)
        if not self.state.training:
            self._rate_mark = None
        return f"{self._rate:,.0f} samples/s" if self._rate else ""

    def _do_when_idle(self, fn) -> None:
        """Run fn now if no batch is running, else pause training and run it then."""
        if self.state.training and self._worker is not None:
            self._when_idle.append(fn)
            self._worker.post("pause")
        else:
            fn()

    # -- files -----------------------------------------------------------------------------

    def open_model(self, path: str | None = None) -> bool:
        """Open a model file; on failure say why and keep the current model."""
        if not self._maybe_save("Open another model"):
            return False
        if path is None:
            path, _ = QtWidgets.QFileDialog.getOpenFileName(self, "Open model", "", MODEL_FILTER)
            if not path:
                return False
        try:
            from engine.files import modelfile

            model = modelfile.load(path)
            dataset = self._dataset_for(model)
            modelfile.check_fits(model, dataset)
            trainer = None
            if model.trainer_state is not None:
                trainer = modelfile.restore_trainer(model, dataset)
        except Exception as exc:
            self._error("Open model", f"{os.path.basename(path)}: {dialogs.error_text(exc)}")
            return False
        config = model.config if model.config is not None else default_config()
        self.initializer = (model.metadata or {}).get("initializer", self.initializer)
        self._install(model.network, dataset, config, trainer, model.history, path=path)
        self.setWindowModified(False)
        self.statusBar().showMessage(f"Opened {path}", 5000)
        return True

    def _dataset_for(self, model):
        name = model.dataset_name or self.state.dataset.name
        if name == "mnist":
            dataset = self._load_mnist()
            if dataset is None:
                raise ValueError(
                    "the model was trained on MNIST, which is not on this computer: get it with "
                    "File → Download MNIST… or File → Import MNIST…, then open the model again"
                )
            return dataset
        if name == self.state.dataset.name and not model.dataset_params:
            return self.state.dataset
        return load_dataset(name, **(model.dataset_params or {}))

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        start = self.path or os.path.join(os.path.expanduser("~"), "model.bps")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Save model", start, MODEL_FILTER)
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += ".bps"
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        if self.state.training:
            self._do_when_idle(lambda: self._save_to(path))
            self.statusBar().showMessage("Pausing to save…", 3000)
            return True
        st = self.state
        try:
            from engine.files import modelfile

            modelfile.save(
                path,
                st.network,
                config=st.config,
                trainer=st.trainer,
                dataset=st.dataset,
                metadata={"initializer": self.initializer, "app": "Backprop Studio"},
            )
        except Exception as exc:
            self._error("Save model", f"{os.path.basename(path)}: {dialogs.error_text(exc)}")
            return False
        self.path = path
        if st.trainer is not None:
            self._last_seen = st.trainer.samples_seen  # what is saved is not a change
        self.setWindowModified(False)
        self._update_title()
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def export_onnx(self) -> None:
        start = os.path.splitext(self.path)[0] + ".onnx" if self.path else "model.onnx"
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, "Export ONNX", start, "ONNX models (*.onnx)"
        )
        if path:
            self._do_when_idle(lambda: self._export_onnx_to(path))

    def _export_onnx_to(self, path: str) -> None:
        try:
            from engine.files.onnx_export import export_onnx

            export_onnx(self.state.network, path)
        except Exception as exc:
            self._error("Export ONNX", dialogs.error_text(exc))
            return
        self.statusBar().showMessage(f"Exported {path}", 5000)

    def _maybe_save(self, what: str) -> bool:
        """Ask about unsaved changes; False if the user cancels."""
        if not self.isWindowModified():
            return True
        B = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            self,
            "Unsaved changes",
            f"{what}: save the changes to {self._file_label()} first?",
            B.Save | B.Discard | B.Cancel,
            B.Save,
        )
        if answer == B.Cancel:
            return False
        if answer == B.Save:
            if self.state.training:
                self.shutdown_training()
            return self.save()
        return True

    def _file_label(self) -> str:
        return os.path.basename(self.path) if self.path else "the untitled model"

    def _update_title(self) -> None:
        name = os.path.basename(self.path) if self.path else "Untitled"
        self.setWindowTitle(f"{name}[*] — Backprop Studio")

    # -- MNIST -----------------------------------------------------------------------------

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

    def _load_mnist(self):
        """The MNIST Dataset (loaded here, with a wait cursor), or None if it is missing."""
        if not self._mnist_ready():
            return None
        self.statusBar().showMessage("Loading MNIST…")
        self.statusBar().repaint()
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            return load_dataset("mnist")
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def import_mnist(self) -> None:
        if dialogs.import_mnist(self, self._mnist()):
            self.statusBar().showMessage("MNIST imported", 5000)
            self.request_dataset("mnist")

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
            self.request_dataset("mnist")
        else:
            self._error("Download MNIST", message)

    # -- layout, help, closing ------------------------------------------------------------

    def restore_layout(self) -> bool:
        """Put the docks where they were last time (if saved by this layout version)."""
        s = settings()
        if s.value("layout/version", 0, type=int) != LAYOUT_VERSION:
            return False
        geometry, state = s.value("layout/geometry"), s.value("layout/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        return bool(state is not None and self.restoreState(state, LAYOUT_VERSION))

    def save_layout(self) -> None:
        s = settings()
        s.setValue("layout/version", LAYOUT_VERSION)
        s.setValue("layout/geometry", self.saveGeometry())
        s.setValue("layout/state", self.saveState(LAYOUT_VERSION))
        s.sync()

    def reset_layout(self) -> None:
        """Every panel back where it starts, shown."""
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self.toolbar.show()
        self.addToolBar(QtCore.Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        for name, dock in self.docks.items():
            self.removeDockWidget(dock)
            self.addDockWidget(self._home[name], dock)
            dock.show()
        self._tabify()
        self._default_sizes()

    def show_shortcuts(self) -> None:
        dialogs.ShortcutsDialog(self).exec()

    def _error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        QtWidgets.QMessageBox.warning(self, title, message)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if not self._maybe_save("Closing"):
            event.ignore()
            return
        self.shutdown_training()
        self.save_layout()
        event.accept()
