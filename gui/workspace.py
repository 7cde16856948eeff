"""The workspace: everything the window works on, and the only code that changes it.

    ws = Workspace()              # empty; ws.new() makes the default workspace
    ws.new()                      # two moons, a 2-8-8-1 tanh network, Adam with η = 0.03
    ws.train(); ws.pause()        # the training thread starts, pauses: trainingChanged
    ws.change_setting("lr", 0.01) # checked with engine.train.settings; live while training
    ws.reset()                    # the same initial weights again (keep_initial_weights)

A `Workspace` (a QObject living in the GUI thread) owns the network, the dataset, the
training settings (`config`), the trainer and its thread, the current sample, the
selected neuron, the file path and the modified flag. Panels read these attributes
and follow the signals below; they never assign to them: every change is one of the
methods here (a test walks gui/panels and fails on an assignment).

Who may touch the weights. While training runs, the training thread owns the network's
arrays: panels draw `snapshot` (copies). Every change of the weights made from the GUI
thread (the step-through's Apply update and Undo, adopting a fine-tune) goes through
`_write_weights`, which only runs while no batch is running: when training runs, the
workspace pauses it first and does the change once the worker says it is idle. So two
threads never write the same arrays.

Signals (each says what changed; emitted after the attributes are set):
    workspaceReplaced       network, dataset, settings and trainer were replaced
                            (New, Open, a dataset switch, Apply network, Reset)
    modelChanged            the same moment, for panels that only rebuild their items
    trainingChanged(state, reason)  state: "ready", "running", "stepping", "paused",
                            "stopped"; reason: why it paused or stopped ("" when running)
    weightsChanged(cause)   the weights changed other than by training batches (which
                            come as snapshots): "apply update", "undo", "fine-tune"
    settingChanged(name)    a training setting was accepted (config holds it)
    snapshotReady(obj)      a new gui.snapshot.Snapshot (training progress, or the
                            weights after a change)
    sampleChanged           `sample` replaced (also None after New / a dataset switch)
    neuronSelected(l, j)    `selected` changed; (-1, -1) = none
    neuronHovered(l, j)     the pointer is over a neuron; (-1, -1) = over none
    traceStepChanged(obj)   the step-through shows this engine trace step (or None)
    openModelRequested(str) a panel asks to open this model file as the workspace
    modifiedChanged(bool), pathChanged(str)   for the title bar
    datasetLoading(bool)    a dataset is loading in the background (the selector waits)
    fineTuneProgress(float), fineTuneFinished(object, str)   a fine-tune's progress; its
                            FineTuneResult (None on failure) and a one-line message
    changeRefused(what)     a requested change ("network", "dataset") did not happen: the
                            editor shows the workspace as it is again
    message(title, text)    something went wrong or was refused: the window shows it
    status(text, ms)        a passing note for the status bar

Questions to the user go through two hooks the window sets (tests and scripts keep the
defaults): `confirm(title, text) -> bool` (default yes) and `ensure_mnist() -> bool`
(default: whether MNIST is on this computer).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace

import numpy as np
from PySide6 import QtCore

from engine.data import classic, features, regression
from engine.data.catalog import load_dataset
from engine.data.dataset import encode_targets
from engine.data.rebuild import rebuild
from engine.nn.network import Network
from engine.train import settings
from engine.train.trainer import TrainConfig, Trainer
from gui.i18n import engine_text, translate
from gui.panels.network_editor import NetworkSpec
from gui.snapshot import make_snapshot
from gui.worker import Job, TrainingWorker, message_of

DEFAULT_DATASET = "moons"
# Two moons with little noise: within a minute a 2-8-8-1 network reaches 97-99 % on the
# validation points and a network without hidden layers stays at 84-86 % with a straight
# boundary (3 seeds, 10-20 epochs: issue 15's measurement), so hidden layers visibly matter.
TOY_PARAMS = {"n": 400, "noise": 0.1, "seed": 0, "val_fraction": 0.25}
REGRESSION_PARAMS = {"n": 200, "noise": 0.05, "seed": 0}
DEFAULT_SPEC = NetworkSpec([8, 8], ["tanh", "tanh"], "sigmoid", "cross_entropy")
DEFAULT_SPEED = 10  # batches per refresh: two moons learns visibly in a few seconds
# Share of the time the GUI thread may spend drawing snapshots while training runs. Drawing
# holds Python's lock, which the training thread needs too: past this share the workspace
# asks for fewer snapshots (down to MIN_FPS), and for more again (up to MAX_FPS) when it can.
# Measured (bench/gui_overhead.py): a frame costs the trainer ~2.5x the GUI thread's own
# CPU, so 2.5 % of drawing costs training ~6 %. Small networks draw cheaply and still get
# MAX_FPS; a 784-128-64-10 network with every panel shown gets a frame every 1-2 s.
FRAME_BUDGET = 0.025
MAX_FPS, MIN_FPS = 30.0, 0.5
# Full speed starts here and adapts: starting at MAX_FPS, a big network spent its first
# seconds drawing far over the budget.
START_FPS = 2.0

READY, RUNNING, STEPPING, PAUSED, STOPPED = "ready", "running", "stepping", "paused", "stopped"
# names the settings panel used before the settings table (engine.train.settings)
SETTING_ALIASES = {"initializer": "init"}
# settings outside the table: the optimizer's and the schedule's own parameters
PARAM_SETTINGS = ("optimizer_params", "schedule_params")


def dataset_params(name: str) -> dict:
    """The settings a dataset chosen in the selector is made with."""
    if name == "mnist":
        return {}
    if name in classic.TABLES:
        return {"seed": 0}
    if name in regression.GENERATORS:
        return dict(REGRESSION_PARAMS)
    return dict(TOY_PARAMS)


def about_file(path: str, message: str) -> str:
    """`message` about file `path`, naming the file once: the engine's messages often name
    it already ("junk.bps: junk.bps: not a zip file" was shown)."""
    name = os.path.basename(path)
    return message if name in message else f"{name}: {message}"


def default_config() -> TrainConfig:
    return TrainConfig(optimizer="adam", lr=0.03, batch_size=16, epochs=200)


@dataclass(frozen=True)
class Sample:
    x: np.ndarray  # (n_inputs,) in the network's input space (already preprocessed)
    label: int | None
    source: str  # "training set #12", "validation set #3", "canvas", "plane (0.2, -0.4)"


@dataclass(frozen=True)
class _Start:
    """The weights a network started from, and the settings that drew them."""

    params: list[np.ndarray]
    seed: int
    init: str


class Workspace(QtCore.QObject):
    """The workspace and its transitions; see the module docstring."""

    modelChanged = QtCore.Signal()
    snapshotReady = QtCore.Signal(object)
    sampleChanged = QtCore.Signal()
    neuronSelected = QtCore.Signal(int, int)
    traceStepChanged = QtCore.Signal(object)
    neuronHovered = QtCore.Signal(int, int)
    openModelRequested = QtCore.Signal(str)
    workspaceReplaced = QtCore.Signal()
    trainingChanged = QtCore.Signal(str, str)
    weightsChanged = QtCore.Signal(str)
    settingChanged = QtCore.Signal(str)
    modifiedChanged = QtCore.Signal(bool)
    pathChanged = QtCore.Signal(str)
    datasetLoading = QtCore.Signal(bool)
    fineTuneProgress = QtCore.Signal(float)
    fineTuneFinished = QtCore.Signal(object, str)
    changeRefused = QtCore.Signal(str)
    message = QtCore.Signal(str, str)
    status = QtCore.Signal(str, int)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.network: Network | None = None
        self.dataset = None
        self.config: TrainConfig = default_config()  # the accepted settings
        self.trainer: Trainer | None = None  # built at the first Train / step / Apply update
        self.sample: Sample | None = None
        self.selected: tuple[int, int] | None = None
        self.snapshot = None  # the latest gui.snapshot.Snapshot
        self.history: dict | None = None  # the curves of a file opened without its trainer
        self.training = False  # True while the worker thread runs batches
        self.path: str | None = None
        self.modified = False
        self.speed = DEFAULT_SPEED  # batches per refresh; 0 = full speed
        self.confirm = lambda title, text: True
        self.ensure_mnist = self._mnist_here
        self._start: _Start | None = None  # where Reset goes back to
        self._worker: TrainingWorker | None = None
        self._thread: QtCore.QThread | None = None
        self._retiring: list[tuple[TrainingWorker, QtCore.QThread]] = []
        self._when_idle: list = []
        self._pause_reason = "paused"
        self._version = 0  # counts changes of the weights (batches trained, writes)
        self._undo: list[tuple[list[np.ndarray], dict, int]] = []  # (params, opt state, version)
        self._last_seen = 0
        self._frame_clock: tuple[float, float] | None = None  # (wall, GUI-thread CPU) seconds
        self._loading: Job | None = None  # a dataset loading in its thread
        self._fine_tune: Job | None = None

    # -- reading --------------------------------------------------------------------------

    @property
    def initializer(self) -> str:
        return self.config.init

    @property
    def training_state(self) -> str:
        """READY, RUNNING (or STEPPING), PAUSED or STOPPED: what the Train button says."""
        t = self.trainer
        if self.training:
            return RUNNING
        if t is not None and t.finished:
            return STOPPED
        return PAUSED if t is not None and t.samples_seen > 0 else READY

    @property
    def initial_weights(self) -> list[np.ndarray] | None:
        """Copies of the weights and biases (W1, b1, W2, ...) the network started from."""
        return None if self._start is None else [p.copy() for p in self._start.params]

    @property
    def weights_version(self) -> int:
        """Counts changes of the weights (a new network, batches trained, writes): equal
        numbers mean the same weights (views use it to skip redrawing the same thing)."""
        return self._version

    @property
    def thread(self) -> QtCore.QThread | None:
        """The training thread, while there is one."""
        return self._thread

    @property
    def can_undo(self) -> bool:
        """Whether Undo would put back the weights from before the last Apply update."""
        return bool(self._undo) and self._undo[-1][2] == self._version

    def ensure_trainer(self) -> Trainer:
        """The current Trainer; builds one (network, dataset, a copy of config) if there is
        none yet. Raises ValueError with the engine's reason if this cannot train."""
        if self.trainer is None:
            if self.network is None or self.dataset is None:
                raise ValueError(translate("Workspace", "there is no network or dataset to train"))
            self.trainer = Trainer(self.network, self.dataset, replace(self.config))
            if self._start is not None:
                self.trainer.initial_weights = [p.copy() for p in self._start.params]
        return self.trainer

    # -- what is selected ------------------------------------------------------------------

    def set_sample(self, sample: Sample | None) -> bool:
        """Make `sample` the current one (None: no sample). A sample the network cannot read
        (a drawing of 784 pixels while a 2-input network is worked on: the canvas reads
        with the default digit model then) is not taken; returns whether it was."""
        net = self.network
        if sample is not None and net is not None and np.size(sample.x) != net.sizes[0]:
            return False
        self.sample = sample
        self.sampleChanged.emit()
        return True

    def select_neuron(self, layer: int, unit: int) -> None:
        self.selected = None if layer < 0 else (layer, unit)
        self.neuronSelected.emit(layer, unit)

    def hover_neuron(self, layer: int, unit: int) -> None:
        """Tell the panels the pointer is over neuron (layer, unit); layer < 0 = over none."""
        if layer < 0:
            layer, unit = -1, -1
        self.neuronHovered.emit(layer, unit)

    def set_modified(self, modified: bool) -> None:
        if modified != self.modified:
            self.modified = modified
            self.modifiedChanged.emit(modified)

    # -- replacing the workspace -----------------------------------------------------------

    def _replace(
        self, network, dataset, config, trainer=None, history=None, path=None, fresh=True
    ) -> None:
        """Make (network, dataset, config[, trainer]) the workspace; every panel follows.
        fresh: the network's weights were just drawn (Reset can come back to them)."""
        self._retire_worker()
        same_inputs = (
            dataset is self.dataset
            and self.network is not None
            and network.sizes[0] == self.network.sizes[0]
        )
        self.network, self.dataset, self.config, self.trainer = network, dataset, config, trainer
        self.snapshot = None
        self.history = history if trainer is None else None
        self._undo.clear()
        self._version += 1
        if fresh:  # freshly drawn weights: where Reset goes back to
            initial = [p.copy() for p in network.params]
        else:  # from a file: what its run started from, when the file says
            initial = getattr(trainer, "initial_weights", None)
            if initial is not None and [np.shape(a) for a in initial] != [
                p.shape for p in network.params
            ]:
                initial = None
        self._start = None if initial is None else _Start(initial, config.seed, config.init)
        if self.selected is not None and not (
            0 <= self.selected[0] < len(network.sizes)
            and self.selected[1] < network.sizes[self.selected[0]]
        ):
            self.selected = None
        if path is not None or self.path is not None:
            self.path = path
            self.pathChanged.emit(path or "")
        self.workspaceReplaced.emit()
        self.modelChanged.emit()
        if not same_inputs and self.sample is not None:
            self.set_sample(None)  # the old sample belongs to the old data
        self._last_seen = 0
        if trainer is not None:
            snap = make_snapshot(trainer, 0)
            self._last_seen = snap.samples_seen
            self.snapshot = snap
            self.snapshotReady.emit(snap)
        self._announce_training()

    def new(self) -> None:
        """Two moons and a 2-8-8-1 tanh network, Adam with η = 0.03."""
        dataset = load_dataset(DEFAULT_DATASET, **TOY_PARAMS)
        config = default_config()
        network = DEFAULT_SPEC.build(dataset.n_inputs, dataset.n_classes, config.init, config.seed)
        self.path = None
        self._replace(network, dataset, config, path=None)
        self.pathChanged.emit("")
        self.set_modified(False)

    def _rebuild(self, dataset, spec: NetworkSpec, what: str, keep: _Start | None = None) -> bool:
        """A new network of `spec` on `dataset` (fresh weights from the seed, or `keep`)."""
        config = self.config
        try:
            network = spec.build(dataset.n_inputs, dataset.n_classes, config.init, config.seed)
        except ValueError as exc:
            self.message.emit(what, str(exc))
            return False
        if keep is not None:
            for p, p0 in zip(network.params, keep.params, strict=True):
                p[...] = p0
        self._replace(network, dataset, replace(config), path=self.path)
        self.set_modified(True)
        return True

    def _may_drop_training(self, what: str) -> bool:
        """Ask before dropping trained weights (through the confirm hook)."""
        t = self.trainer
        if t is None or t.samples_seen == 0:
            return True
        return bool(
            self.confirm(
                translate("Workspace", "Reset the trained weights?"),
                translate(
                    "Workspace",
                    "{0} starts again from new weights: the {1:.1f} epochs trained so far are "
                    "dropped (save first to keep them). Continue?",
                ).format(what, t.epoch_float),
            )
        )

    def apply_network(self, spec: NetworkSpec) -> bool:
        """Build the network `spec` describes on the current data (asks before dropping
        trained weights). True if the workspace changed."""
        if self.dataset is None or not self._may_drop_training(
            translate("Workspace", "Changing the network")
        ):
            self.changeRefused.emit("network")
            return False
        return self._rebuild(self.dataset, spec, translate("Workspace", "Network"))

    def reset(self, keep_initial_weights: bool = True) -> bool:
        """Start training again: the curves start over. With keep_initial_weights, the
        network gets back the weights it started from (the same start, any time), unless
        the seed or the initializer changed since (then they apply now, as the settings
        panel says); otherwise new weights are drawn from the seed."""
        if self.network is None:
            return False
        start, c = self._start, self.config
        same = (
            keep_initial_weights
            and start is not None
            and start.seed == c.seed
            and start.init == c.init
            and [p.shape for p in start.params] == [p.shape for p in self.network.params]
        )
        if not self._rebuild(
            self.dataset,
            NetworkSpec.of(self.network),
            translate("Workspace", "Reset"),
            start if same else None,
        ):
            return False
        if same:
            self._start = start
            self.status.emit(
                translate("Workspace", "Reset: the same initial weights as before"), 4000
            )
        else:
            self.status.emit(
                translate("Workspace", "Weights re-initialised ({0}, seed {1})").format(
                    c.init, c.seed
                ),
                4000,
            )
        return True

    def change_dataset(self, name: str) -> bool:
        """Switch to dataset `name` now (MNIST loads here: see request_dataset for the
        background way); the input and output layers follow it. True if it switched."""
        if self.dataset is not None and name == self.dataset.name:
            return True
        try:
            if name == "mnist" and not self.ensure_mnist():
                self.changeRefused.emit("dataset")  # the selector shows the current data again
                return False
            dataset = load_dataset(name, **dataset_params(name))
        except Exception as exc:
            self.message.emit(translate("Workspace", "Load dataset"), message_of(exc))
            self.changeRefused.emit("dataset")
            return False
        return self._switch_to(dataset)

    def regenerate_dataset(self, params: dict) -> bool:
        """Draw the current generated dataset again with `params` (some of n, noise,
        val_fraction, seed); the network keeps its layers (and, with the same seed, its
        initial weights). Asks before dropping trained weights. True if it changed."""
        from engine.data.rebuild import rebuild

        ds = self.dataset
        if ds is None or self.network is None:
            return False
        try:
            dataset = rebuild(ds.name, {**(ds.params or {}), **params})
        except ValueError as exc:
            self.message.emit(translate("Workspace", "Regenerate the data"), message_of(exc))
            self.changeRefused.emit("dataset")
            return False
        if not self._may_drop_training(translate("Workspace", "Regenerating the data")):
            self.changeRefused.emit("dataset")
            return False
        if not self._rebuild(
            dataset, NetworkSpec.of(self.network), translate("Workspace", "Network")
        ):
            self.changeRefused.emit("dataset")
            return False
        return True

    def request_dataset(self, name: str) -> bool:
        """Like change_dataset, but MNIST loads in a background thread (seconds, the first
        time) and the switch happens when it is there. False if refused at once."""
        if name != "mnist" or (self.dataset is not None and self.dataset.name == name):
            return self.change_dataset(name)
        if self._loading is not None or not self.ensure_mnist():
            self.changeRefused.emit("dataset")
            return False
        self._loading = Job(lambda _job: load_dataset("mnist"), "loadMnist")
        self._loading.done.connect(self._on_dataset_loaded)
        self.datasetLoading.emit(True)
        self.status.emit(translate("Workspace", "Loading MNIST…"), 0)
        self._loading.start()
        return True

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def _on_dataset_loaded(self, dataset, error: str) -> None:
        self._loading = None
        self.datasetLoading.emit(False)
        self.status.emit("", 0)
        if dataset is None:
            self.message.emit(translate("Workspace", "Load dataset"), error)
            self.changeRefused.emit("dataset")
            return
        self._switch_to(dataset)

    def _switch_to(self, dataset) -> bool:
        if not self._may_drop_training(
            translate("Workspace", "Switching to {0}").format(dataset.name)
        ):
            self.changeRefused.emit("dataset")
            return False
        spec = NetworkSpec.of(self.network) if self.network is not None else DEFAULT_SPEC
        if dataset.n_classes > 2 and spec.output_activation == "sigmoid":
            spec.output_activation = "softmax"
        if dataset.is_regression:  # a number to predict: a linear output, mean squared error
            spec.output_activation, spec.loss = "linear", "mse"
        elif self.dataset is not None and self.dataset.is_regression:  # back to classes
            spec.output_activation = "softmax" if dataset.n_classes > 2 else "sigmoid"
            spec.loss = "cross_entropy"
        if not self._rebuild(dataset, spec, translate("Workspace", "Network")):
            self.changeRefused.emit("dataset")
            return False
        return True

    def set_input_features(self, names: list[str]) -> bool:
        """The same 2D points reach the network as these inputs (engine.data.features:
        x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)); the input layer follows."""
        try:
            dataset = features.with_features(self.dataset, names)
        except ValueError as exc:
            self.message.emit(translate("Workspace", "Input features"), str(exc))
            self.changeRefused.emit("dataset")
            return False
        return self._switch_to(dataset)

    def use_dataset(self, dataset) -> bool:
        """Make `dataset` (an imported table) the workspace's data; the input and output
        layers follow it (asks before dropping trained weights). True if it switched."""
        return self._switch_to(dataset)

    # -- files ----------------------------------------------------------------------------

    def open(self, path: str) -> bool:
        """Make the model file at `path` (a .bps, or an MLP saved as ONNX) the workspace; on
        failure say why (message) and keep the current model."""
        from engine.files import modelfile, onnx_import

        try:
            model = onnx_import.load_any(path)
            dataset = self._dataset_for(model)
            modelfile.check_fits(model, dataset)
            trainer = None
            if model.trainer_state is not None:
                trainer = modelfile.restore_trainer(model, dataset)
        except Exception as exc:
            self.message.emit(
                translate("Workspace", "Open model"),
                about_file(path, message_of(exc)),
            )
            return False
        config = model.config if model.config is not None else default_config()
        init = (model.metadata or {}).get("initializer")
        if model.config is None and init:
            config = replace(config, init=init)
        if onnx_import.is_imported(model):  # Save asks for a .bps name: never over the .onnx
            self._replace(model.network, dataset, config, None, None, path=None, fresh=False)
            self.set_modified(False)
            self.status.emit(
                translate("Workspace", "Opened {0} (ONNX: {1}); Save writes a .bps").format(
                    path, model.network.describe()
                ),
                8000,
            )
            return True
        self._replace(
            model.network, dataset, config, trainer, model.history, path=path, fresh=False
        )
        self.set_modified(False)
        self.status.emit(translate("Workspace", "Opened {0}").format(path), 5000)
        return True

    def _dataset_for(self, model):
        name = model.dataset_name or self.dataset.name
        if name == "mnist":
            if not self.ensure_mnist():
                raise ValueError(
                    translate(
                        "Workspace",
                        "the model was trained on MNIST, which is not on this computer: get it "
                        "with File → Download MNIST… or File → Import MNIST…, then open the model "
                        "again",
                    )
                )
            return load_dataset("mnist")
        if name == self.dataset.name and not model.dataset_params:
            return self.dataset
        params = dict(model.dataset_params or {})
        if (model.dataset_info or {}).get("preprocessing") is not None:
            params["preprocessing"] = model.dataset_info["preprocessing"]
        table_path = None
        source = params.get("source") or {}
        if source and not params.get("builtin"):  # an imported table: look beside the model
            file = str(source.get("name", ""))
            near = os.path.join(os.path.dirname(os.path.abspath(model.path)), file)
            if os.path.basename(file) != file or not os.path.isfile(near):
                raise ValueError(
                    translate(
                        "Workspace",
                        "the model was trained on the table {0}, which is not beside it: put the "
                        "file next to the model, or import it with File → Import table…",
                    ).format(file)
                )
            table_path = near
        return rebuild(name, params, table_path=table_path)

    def save(self, path: str) -> bool:
        """Save the workspace to `path`. While training runs it pauses first and saves then
        (True: the save is on its way)."""
        if self.training:
            self.when_idle(lambda: self.save(path), "paused to save")
            self.status.emit(translate("Workspace", "Pausing to save…"), 3000)
            return True
        from engine.files import modelfile

        t = self.trainer
        try:
            modelfile.save(
                path,
                self.network,
                config=t.config if t is not None else self.config,
                trainer=t,
                dataset=self.dataset,
                metadata={"initializer": self.config.init, "app": "Backprop Studio"},
            )
        except Exception as exc:
            self.message.emit(
                translate("Workspace", "Save model"),
                about_file(path, message_of(exc)),
            )
            return False
        self.path = path
        self.pathChanged.emit(path)
        if t is not None:
            self._last_seen = t.samples_seen  # what is saved is not a change
        self.set_modified(False)
        self.status.emit(translate("Workspace", "Saved {0}").format(path), 5000)
        return True

    def export_onnx(self, path: str) -> None:
        """Write the network as ONNX (pauses training first)."""

        def export() -> None:
            from engine.files.onnx_export import export_onnx

            try:
                export_onnx(self.network, path)
            except Exception as exc:
                self.message.emit(translate("Workspace", "Export ONNX"), message_of(exc))
                return
            self.status.emit(translate("Workspace", "Exported {0}").format(path), 5000)

        self.when_idle(export, "paused to export")

    def export_pytorch(self, path: str, initial: bool) -> None:
        """Write a PyTorch script that trains the network again (pauses training first);
        `initial`: from the weights the run started from, so that it replays the run."""

        def export() -> None:
            from engine.files import pytorch_export

            t = self.trainer
            try:
                run = pytorch_export.run_of_workspace(
                    self.network,
                    t.config if t is not None else self.config,
                    self.dataset,
                    self.initial_weights if initial else None,
                    t.epoch if t is not None else 0,
                )
                files = pytorch_export.export_pytorch(run, path)
            except Exception as exc:
                self.message.emit(translate("Workspace", "Export PyTorch script"), message_of(exc))
                return
            self.status.emit(pytorch_export.describe_export(files, run), 8000)

        self.when_idle(export, "paused to export")

    @staticmethod
    def _mnist_here() -> bool:
        from engine.data import mnist

        return bool(mnist.is_available())

    # -- settings -------------------------------------------------------------------------

    def change_setting(self, name: str, value) -> str | None:
        """Change training setting `name` (checked with engine.train.settings). While a
        trainer exists, a live setting reaches it at the next batch; any other applies at
        the next Reset, and the status bar says so. Returns None if accepted, else why not
        (the setting keeps its value)."""
        name = SETTING_ALIASES.get(name, name)
        try:
            if name in settings.SETTINGS:
                value = settings.check(name, value)
            elif name not in PARAM_SETTINGS:
                raise ValueError(f"unknown training setting {name!r}")
            changes = {}  # a new optimizer or schedule drops the old one's parameters first
            if name == "optimizer" and value != self.config.optimizer:
                changes["optimizer_params"] = {}
            if name == "schedule" and value != self.config.schedule:
                changes["schedule_params"] = {}
            changes[name] = value
            trial = replace(self.config, **changes)
            trial.validate()
        except ValueError as exc:
            return str(exc)
        self.config = trial
        live = name in PARAM_SETTINGS or settings.SETTINGS[name].live
        t = self.trainer
        if t is not None:
            if live:
                for key, v in changes.items():
                    self._send_live(key, v)
            elif t.samples_seen == 0 and name not in ("seed", "init"):
                self._retire_worker()  # nothing trained yet: the next Train uses it
                self.trainer = None
                self._version += 1
            else:
                label = settings.SETTINGS[name].label
                self.status.emit(
                    translate("Workspace", "{0}{1} applies at the next Reset").format(
                        label[:1].upper(), label[1:]
                    ),
                    6000,
                )
        elif name in ("seed", "init"):
            self.status.emit(
                translate("Workspace", "New weights from it at the next Reset (Ctrl+R)"), 6000
            )
        self.set_modified(True)
        self.settingChanged.emit(name)
        return None

    def _send_live(self, name: str, value) -> None:
        """A live setting to the trainer: through the worker's queue if there is a worker,
        else directly (nobody trains)."""
        worker, t = self._worker, self.trainer
        if worker is not None:
            if name == "lr":
                worker.post("set_lr", value)
            elif name == "optimizer":
                worker.post("set_optimizer", value, {})
            else:
                worker.post("set_config", name, value)
            return
        if name == "lr":
            t.lr = value
        elif name == "optimizer":
            t.set_optimizer(value)
        else:
            setattr(t.config, name, value)

    # -- training -------------------------------------------------------------------------

    def _ensure_worker(self) -> TrainingWorker | None:
        if self._worker is not None:
            return self._worker
        try:
            trainer = self.ensure_trainer()
        except ValueError as exc:
            self.message.emit(translate("Workspace", "Cannot train"), str(exc))
            return None
        worker = TrainingWorker(trainer)
        worker.batches_per_refresh = self.speed
        worker.interval = 1 / (MAX_FPS if self.speed else START_FPS)
        worker.epochs_per_run = int(self.config.epochs)
        worker.snapshotReady.connect(self._on_snapshot)
        worker.runningChanged.connect(self._on_running)
        worker.errorOccurred.connect(self._on_worker_error)
        self._worker, self._thread = worker, worker.start_thread()
        self._retiring = [(w, t) for w, t in self._retiring if not t.isFinished()]
        return worker

    def _retire_worker(self) -> None:
        """Tell the current worker to stop; its thread ends on its own (never waited on)."""
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
        self.training = False
        self._when_idle.clear()

    def train(self) -> None:
        """Train (or resume) until a stopping condition or pause()."""
        if self.training:
            return
        worker = self._ensure_worker()
        if worker is not None:
            self._run(worker, "train")

    def pause(self, reason: str = "paused") -> None:
        if self.training and self._worker is not None:
            self._pause_reason = reason
            self._worker.post("pause")

    def toggle_training(self) -> None:
        """Train / Pause / Resume (the Train button, Space)."""
        if self.training:
            self.pause()
        else:
            self.train()

    def step_batch(self) -> None:
        """Train on exactly one mini-batch."""
        self._step("step_batch")

    def step_epoch(self) -> None:
        """Train to the end of the current epoch."""
        self._step("step_epoch")

    def _step(self, command: str) -> None:
        if self.training:
            return
        worker = self._ensure_worker()
        if worker is not None:
            self._run(worker, command)

    def _run(self, worker: TrainingWorker, command: str) -> None:
        self.training = True
        self._pause_reason = "paused"
        worker.post(command)
        self.trainingChanged.emit(RUNNING if command == "train" else STEPPING, "")

    def set_speed(self, batches_per_refresh: int) -> None:
        self.speed = int(batches_per_refresh)
        if self._worker is not None:
            self._worker.post("set_speed", self.speed)
            self._worker.interval = 1 / (MAX_FPS if self.speed else START_FPS)

    def when_idle(self, fn, reason: str = "paused") -> None:
        """Run fn now if no batch is running, else pause training and run it then."""
        if self.training and self._worker is not None:
            self._when_idle.append(fn)
            self.pause(reason)
        else:
            fn()

    def _on_snapshot(self, snap) -> None:
        worker = self._worker
        if worker is None:
            return
        self.snapshot = snap
        if snap.samples_seen != self._last_seen:
            self._last_seen = snap.samples_seen
            self._version += 1
            self.set_modified(True)
        total = self.trainer.config.epochs if self.trainer is not None else None
        if total is not None and total != self.config.epochs:
            # Train after a stop extended the run: epochs is the total, so it grew
            self.config = replace(self.config, epochs=int(total))
            self.settingChanged.emit("epochs")
        self.snapshotReady.emit(snap)
        self._pace(worker)
        worker.take()

    def _pace(self, worker) -> None:
        """Keep drawing within FRAME_BUDGET of the time: adjust the snapshot interval.

        The GUI thread's CPU time between two snapshots (handling them, and painting what
        they changed) over the wall time between them is the share drawing takes.
        """
        now, cpu = time.perf_counter(), time.thread_time()
        if worker.batches_per_refresh:  # slow motion: the point is to watch, at full rate
            worker.interval = 1 / MAX_FPS
        elif self._frame_clock is not None and self.training:
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
        self.training = running
        if running:
            return
        self._announce_training()
        pending, self._when_idle = self._when_idle, []
        for fn in pending:
            fn()

    def _announce_training(self) -> None:
        state = self.training_state
        reason = ""
        if state == STOPPED:
            reason = self.trainer.stopped_because or ""
        elif state == PAUSED:
            reason = self._pause_reason
        self.trainingChanged.emit(state, reason)

    def _on_worker_error(self, message: str) -> None:
        self.message.emit(translate("Workspace", "Training stopped"), message)

    def shutdown(self) -> None:
        """Stop every thread and join it (on close: the only wait on training)."""
        self._retire_worker()
        for _worker, thread in self._retiring:
            thread.quit()
            thread.wait()
        self._retiring.clear()
        for attr in ("_loading", "_fine_tune"):
            job = getattr(self, attr)
            if job is not None:
                job.done.disconnect()
                job.cancel()
                job.finish()
                setattr(self, attr, None)

    # -- changing the weights from the GUI thread ----------------------------------------

    def _write_weights(self, cause: str, write):
        """The one place the GUI thread changes the weights: `write()` runs now, with no
        batch running (callers come through when_idle). Returns what write() returns."""
        if self.training:
            raise RuntimeError(f"{cause}: the training thread owns the weights")
        result = write()
        self._version += 1
        return result

    def _announce_weights(self, cause: str) -> None:
        self.set_modified(True)
        t = self.trainer
        if t is not None and t.network is self.network:
            old = self.snapshot
            self.snapshot = make_snapshot(t, (old.serial + 1) if old is not None else 0)
            self._last_seen = t.samples_seen
        self.weightsChanged.emit(cause)
        if self.snapshot is not None:
            self.snapshotReady.emit(self.snapshot)

    def apply_update(self, x: np.ndarray, target: int) -> str | None:
        """One training step on the single sample x (d,) towards class `target`, through the
        trainer's own code path (no dropout). While training runs, it pauses first and
        applies then. Returns why nothing was applied, or None (weightsChanged follows)."""
        try:
            trainer = self.ensure_trainer()
        except ValueError as exc:
            return translate("Workspace", "Cannot train: {0}").format(exc)
        if trainer.network is not self.network:
            return translate(
                "Workspace", "The trainer trains another network: reset the model first."
            )

        def apply() -> None:
            net = trainer.network
            saved = [p.copy() for p in net.params], trainer.optimizer.state_dict()
            X = np.asarray(x, dtype=net.dtype).reshape(1, -1)
            Y = encode_targets(np.array([int(target)]), net.sizes[-1], net.dtype)
            logs = self._write_weights(
                "apply update", lambda: trainer.train_on_batch(X, Y, use_dropout=False)
            )
            if "diverged" in logs:
                self.status.emit(
                    translate("Workspace", "No update: {0}; the weights are unchanged.").format(
                        engine_text(logs["diverged"])
                    ),
                    6000,
                )
                return
            self._undo.append((saved[0], saved[1], self._version))
            self._announce_weights("apply update")

        self.when_idle(apply, "paused for the step-through's update")
        return None

    def undo_update(self) -> str | None:
        """Put back the weights and optimizer state from before the last Apply update (bit
        for bit), if nothing else changed the weights since. Returns why not, or None."""
        if not self._undo:
            return translate("Workspace", "Nothing to undo.")
        if self.trainer is None or self.trainer.network is not self.network:
            self._undo.clear()
            return translate("Workspace", "Nothing to undo: the model or its trainer was replaced.")
        if not self.can_undo:
            self._undo.clear()
            return translate(
                "Workspace",
                "Nothing to undo: the weights changed since the update (training, a reset).",
            )
        params, opt_state, _version = self._undo.pop()
        trainer = self.trainer

        def undo() -> None:
            def write() -> None:
                for p, saved in zip(trainer.network.params, params, strict=True):
                    p[...] = saved
                trainer.optimizer.load_state_dict(opt_state)

            self._write_weights("undo", write)
            if self._undo:  # the earlier updates can still be undone
                self._undo[-1] = (*self._undo[-1][:2], self._version)
            self._announce_weights("undo")

        self.when_idle(undo, "paused for the step-through's undo")
        return None

    def fine_tune(self, network: Network, X: np.ndarray, y: np.ndarray) -> str | None:
        """Fine-tune `network` (the workspace network, or another digit model such as the
        canvas's default) on the user's digits X (m, 784), y (m,), mixed with MNIST when it
        is here, in a background Job. fineTuneProgress and then fineTuneFinished(result,
        message) follow; when `network` is the workspace's, its weights take the result
        (unless training or a reset changed them meanwhile). Returns why it cannot start."""
        if self._fine_tune is not None:
            return translate("Workspace", "Fine-tuning is already running.")
        mine = network is self.network
        if mine and self.training:
            return translate("Workspace", "Pause training first: fine-tuning would fight it.")
        source = network.copy()  # the job never reads arrays anyone else may write
        version = self._version
        job = Job(lambda j: _fine_tune(source, X, y, j), "fineTune")
        job.progress.connect(
            lambda done, total, _text: self.fineTuneProgress.emit(done / max(total, 1))
        )
        job.done.connect(lambda result, error: self._on_fine_tuned(result, error, mine, version))
        self._fine_tune = job
        job.start()
        return None

    @property
    def fine_tuning(self) -> bool:
        return self._fine_tune is not None

    def _on_fine_tuned(self, result, error: str, mine: bool, version: int) -> None:
        self._fine_tune = None
        if result is None:
            self.fineTuneFinished.emit(None, error or "no result")
            return
        if mine:
            if self.training or self._version != version:
                self.fineTuneFinished.emit(
                    None,
                    translate(
                        "Workspace",
                        "the weights changed while fine-tuning ran (training, a reset or an "
                        "update): the fine-tuned weights were not applied",
                    ),
                )
                return
            tuned = result.network

            def adopt() -> None:
                for p, p2 in zip(self.network.params, tuned.params, strict=True):
                    p[...] = p2  # in place: the trainer and its optimizer keep their references

            self._write_weights("fine-tune", adopt)
            self._announce_weights("fine-tune")
        self.fineTuneFinished.emit(result, result.summary())

    def teach_digit(self, image: np.ndarray, label: int) -> int:
        """Add a 28×28 image (as the network sees it) to My digits; returns how many there
        are now. Raises OSError / ValueError with a readable message."""
        store = self.my_digits()
        store.add(image, int(label))
        return len(store)

    _my_digits = None

    def my_digits(self):
        if self._my_digits is None:
            from engine.data.mydigits import MyDigits

            self._my_digits = MyDigits()
        return self._my_digits


def _fine_tune(network: Network, X: np.ndarray, y: np.ndarray, job) -> object:
    """In the job's thread: MNIST for rehearsal (if here), then the FineTune run."""
    from engine.train.finetune import FineTune

    rehearse = check = (None, None)
    try:
        from engine.data import mnist

        Xt, yt = mnist.load_split("train")
        pick = np.random.default_rng(0).choice(len(Xt), 3000, replace=False)
        rehearse = (Xt[pick], yt[pick])
        Xv, yv = mnist.load_split("val")
        check = (Xv[:1000], yv[:1000])
    except (OSError, ValueError, ImportError):
        pass  # no MNIST on this computer: fine-tune on the user's digits alone
    ft = FineTune(network, X, y, *rehearse, *check)
    while not ft.done and not job.cancelled():
        ft.step()
        job.report(ft.done_steps, ft.steps)
    return ft.result
