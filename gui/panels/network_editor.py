"""The network editor: which dataset, which hidden layers, which output and loss.

The input layer has as many units as the dataset has features and the output layer
one unit per class (one sigmoid unit for two classes): both follow the dataset.
The hidden layers (1 to 1024 units each, an activation each) are edited here.
Every edit is checked at once with the engine's own rules (the Network
constructor and `check_trainable`), and the reason a combination cannot train is
shown under the editor; "Apply" asks the workspace to build the network
(`Workspace.apply_network`, which asks first if that would throw away trained weights),
and choosing data asks it to switch (`Workspace.request_dataset`). When a request is
refused (`changeRefused`) the editor shows the workspace as it is again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6 import QtCore, QtWidgets

from engine.data.catalog import DATASETS
from engine.nn import activations, losses
from engine.nn.network import Network
from gui.i18n import QT_TRANSLATE_NOOP, dataset_name, translate
from gui.panels.data_params import DataParams
from gui.panels.input_features import InputFeatures

HIDDEN_ACTIVATIONS = [a for a in activations.ACTIVATIONS if a != "softmax"]
OUTPUT_ACTIVATIONS = ["sigmoid", "softmax", "linear", "tanh", "relu", "leaky_relu", "step"]
MAX_UNITS = 1024
MAX_HIDDEN_LAYERS = 8
DATASET_TITLES = {
    "moons": QT_TRANSLATE_NOOP("NetworkEditor", "Two moons"),
    "spiral": QT_TRANSLATE_NOOP("NetworkEditor", "Spiral"),
    "circles": QT_TRANSLATE_NOOP("NetworkEditor", "Circles"),
    "xor": QT_TRANSLATE_NOOP("NetworkEditor", "XOR"),
    "blobs": QT_TRANSLATE_NOOP("NetworkEditor", "Gaussian blobs"),
    "mnist": QT_TRANSLATE_NOOP("NetworkEditor", "MNIST digits"),
}


@dataclass
class NetworkSpec:
    """What the editor describes; the dataset fills in the input and output sizes.

    NetworkSpec([8, 8], ["tanh", "tanh"], "sigmoid", "cross_entropy") on two moons
    (2 features, 2 classes) is the network 2-8-8-1.
    """

    hidden: list[int] = field(default_factory=lambda: [8, 8])
    activations: list[str] = field(default_factory=lambda: ["tanh", "tanh"])
    output_activation: str = "sigmoid"
    loss: str = "cross_entropy"

    def output_units(self, n_classes: int) -> int:
        """One sigmoid (or other) unit for two classes; softmax always one unit per class;
        one unit for regression (n_classes 0: the number to predict)."""
        if n_classes == 0:
            return 1
        if n_classes == 2 and self.output_activation != "softmax":
            return 1
        return n_classes

    def sizes(self, n_inputs: int, n_classes: int) -> list[int]:
        return [n_inputs, *self.hidden, self.output_units(n_classes)]

    def problem(self, n_inputs: int, n_classes: int) -> str | None:
        """Why this network cannot be trained on the data (the engine's words), or None."""
        sizes = self.sizes(n_inputs, n_classes)
        for units in self.hidden:
            if not 1 <= units <= MAX_UNITS:
                return translate(
                    "NetworkSpec", "a hidden layer needs 1 to {0} units, not {1}"
                ).format(MAX_UNITS, units)
        shapes = list(zip(sizes[:-1], sizes[1:], strict=True))
        try:
            net = Network(
                sizes,
                [*self.activations, self.output_activation],
                self.loss,
                [np.empty(s, np.float32) for s in shapes],
                [np.empty(s[1], np.float32) for s in shapes],
            )
            net.check_trainable()
        except ValueError as exc:
            return str(exc)
        return None

    def build(self, n_inputs: int, n_classes: int, init: str, seed: int) -> Network:
        """A freshly initialised Network (raises ValueError with the engine's reason)."""
        sizes = self.sizes(n_inputs, n_classes)
        first = self.activations[0] if self.activations else "sigmoid"
        fresh = Network.create(sizes, first, self.output_activation, self.loss, init, seed)
        net = Network(
            sizes,
            [*self.activations, self.output_activation],
            self.loss,
            fresh.weights,
            fresh.biases,
        )
        net.check_trainable()
        return net

    @classmethod
    def of(cls, network: Network) -> NetworkSpec:
        return cls(
            hidden=list(network.sizes[1:-1]),
            activations=list(network.activations[:-1]),
            output_activation=network.activations[-1],
            loss=network.loss,
        )


class _LayerRow(QtWidgets.QWidget):
    changed = QtCore.Signal()
    removeRequested = QtCore.Signal(object)

    def __init__(self, units: int, activation: str) -> None:
        super().__init__()
        self.title = QtWidgets.QLabel()
        self.units = QtWidgets.QSpinBox()
        self.units.setRange(1, MAX_UNITS)
        self.units.setValue(units)
        self.units.setToolTip(
            translate("_LayerRow", "Units in this hidden layer (1–{0})").format(MAX_UNITS)
        )
        self.activation = QtWidgets.QComboBox()
        self.activation.addItems(HIDDEN_ACTIVATIONS)
        self.activation.setCurrentText(activation)
        self.remove = QtWidgets.QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(translate("_LayerRow", "Remove this hidden layer"))
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addWidget(self.units)
        row.addWidget(self.activation, 1)
        row.addWidget(self.remove)
        self.units.valueChanged.connect(self.changed)
        self.activation.currentTextChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))


class NetworkEditor(QtWidgets.QWidget):
    """Dataset choice and network architecture; built as NetworkEditor(state)."""

    def __init__(self, state, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkEditor")
        self.state = state
        self._rows: list[_LayerRow] = []
        self._applied: NetworkSpec | None = None
        self._updating = False

        self.dataset_selector = QtWidgets.QComboBox()
        self.dataset_selector.setObjectName("datasetSelector")
        for name in (*[d for d in DATASETS if d != "mnist"], "mnist"):
            self.dataset_selector.addItem(
                translate("NetworkEditor", DATASET_TITLES[name])
                if name in DATASET_TITLES
                else dataset_name(name),
                name,
            )
        self.input_features = InputFeatures()  # 2D points only: x₁², sin x₁, ...
        self.input_features.changed.connect(lambda names: self.state.set_input_features(names))
        self.dataset_info = QtWidgets.QLabel()
        self.dataset_info.setWordWrap(True)
        # size, noise, validation share and seed of a generated dataset, and Regenerate
        self.data_params = DataParams()
        self.input_label = QtWidgets.QLabel()
        self.layers_box = QtWidgets.QVBoxLayout()
        self.layers_box.setSpacing(2)
        self.add_button = QtWidgets.QPushButton(translate("NetworkEditor", "Add hidden layer"))
        self.add_button.setObjectName("addLayer")
        self.output_label = QtWidgets.QLabel()
        self.output_activation = QtWidgets.QComboBox()
        self.output_activation.setObjectName("outputActivation")
        self.output_activation.addItems(OUTPUT_ACTIVATIONS)
        self.loss = QtWidgets.QComboBox()
        self.loss.setObjectName("lossSelector")
        self.loss.addItems(list(losses.LOSSES))
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("networkMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.apply_button = QtWidgets.QPushButton(translate("NetworkEditor", "Apply"))
        self.apply_button.setObjectName("applyNetwork")
        self.apply_button.setToolTip(
            translate("NetworkEditor", "Build this network (new weights, from the seed)")
        )

        form = QtWidgets.QFormLayout()
        form.addRow(translate("NetworkEditor", "Data"), self.dataset_selector)
        form.addRow("", self.dataset_info)
        form.addRow(self.data_params)
        form.addRow(self.input_features)
        form.addRow(translate("NetworkEditor", "Input"), self.input_label)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addWidget(
            QtWidgets.QLabel(translate("NetworkEditor", "Hidden layers (units, activation)"))
        )
        layout.addLayout(self.layers_box)
        layout.addWidget(self.add_button)
        out = QtWidgets.QFormLayout()
        out.addRow(translate("NetworkEditor", "Output"), self.output_label)
        out.addRow(translate("NetworkEditor", "Output activation"), self.output_activation)
        out.addRow(translate("NetworkEditor", "Loss"), self.loss)
        layout.addLayout(out)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)

        # not connect(self.add_layer): clicked(False) would arrive as the unit count
        self.add_button.clicked.connect(lambda _checked=False: self.add_layer())
        self.output_activation.currentTextChanged.connect(self._on_edit)
        self.loss.currentTextChanged.connect(self._on_edit)
        self.apply_button.clicked.connect(self._on_apply)
        self.dataset_selector.activated.connect(self._on_dataset_chosen)
        state.modelChanged.connect(self.sync_from_state)
        state.changeRefused.connect(lambda _what: self.sync_from_state())
        state.datasetLoading.connect(lambda busy: self.dataset_selector.setEnabled(not busy))

    # -- reading and writing the spec -----------------------------------------------------

    def spec(self) -> NetworkSpec:
        return NetworkSpec(
            hidden=[r.units.value() for r in self._rows],
            activations=[r.activation.currentText() for r in self._rows],
            output_activation=self.output_activation.currentText(),
            loss=self.loss.currentText(),
        )

    def set_spec(self, spec: NetworkSpec) -> None:
        self._updating = True
        try:
            for row in list(self._rows):
                self._drop_row(row)
            for units, g in zip(spec.hidden, spec.activations, strict=True):
                self.add_layer(units, g)
            self.output_activation.setCurrentText(spec.output_activation)
            self.loss.setCurrentText(spec.loss)
        finally:
            self._updating = False
        self._on_edit()

    def sync_from_state(self) -> None:
        """Show the state's network and dataset (after New, Open, Apply, a dataset switch)."""
        st = self.state
        if st.dataset is not None:
            i = self.dataset_selector.findData(st.dataset.name)
            if i < 0 and "source" in st.dataset.params:  # an imported table joins the list
                self.dataset_selector.addItem(f"{st.dataset.name} (table)", st.dataset.name)
                i = self.dataset_selector.count() - 1
            if i >= 0:
                self.dataset_selector.setCurrentIndex(i)
            self.show_dataset(st.dataset)
        if st.network is not None:
            self._applied = NetworkSpec.of(st.network)
            self.set_spec(self._applied)
        self._on_edit()

    # -- editing -----------------------------------------------------------------------

    def add_layer(self, units: int | None = None, activation: str | None = None) -> None:
        """Add a hidden layer at the end: as wide as the last one (8 for the first) and
        with its activation, unless given."""
        if len(self._rows) >= MAX_HIDDEN_LAYERS:
            self.message.setText(
                translate("NetworkEditor", "at most {0} hidden layers").format(MAX_HIDDEN_LAYERS)
            )
            return
        if units is None or isinstance(units, bool):
            units = self._rows[-1].units.value() if self._rows else 8
        if activation is None:
            activation = self._rows[-1].activation.currentText() if self._rows else "tanh"
        row = _LayerRow(int(units), activation)
        row.changed.connect(self._on_edit)
        row.removeRequested.connect(self._remove_row)
        self._rows.append(row)
        self.layers_box.addWidget(row)
        self._on_edit()

    def remove_layer(self, index: int) -> None:
        self._remove_row(self._rows[index])

    def _remove_row(self, row: _LayerRow) -> None:
        self._drop_row(row)
        self._on_edit()

    def _drop_row(self, row: _LayerRow) -> None:
        self._rows.remove(row)
        self.layers_box.removeWidget(row)
        row.setParent(None)
        row.deleteLater()

    def _on_edit(self, *_args) -> None:
        if self._updating:
            return
        for i, row in enumerate(self._rows, start=1):
            row.title.setText(f"{i}.")
        self.add_button.setEnabled(len(self._rows) < MAX_HIDDEN_LAYERS)
        ds = self.state.dataset
        if ds is None:
            return
        spec = self.spec()
        sizes = spec.sizes(ds.n_inputs, ds.n_classes)
        self.input_label.setText(
            translate("NetworkEditor", "{0} units (one per feature of the data)").format(
                ds.n_inputs
            )
        )
        out_units = sizes[-1]
        self.output_label.setText(
            (
                translate("NetworkEditor", "{0} units ").format(out_units)
                if out_units > 1
                else translate("NetworkEditor", "1 unit ")
            )
            + (
                translate("NetworkEditor", "(the predicted value)")
                if ds.is_regression
                else translate("NetworkEditor", "(probability of class 1)")
                if out_units == 1
                else translate("NetworkEditor", "(one per class)")
            )
        )
        problem = spec.problem(ds.n_inputs, ds.n_classes)
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))
        n_params = sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:], strict=True))
        pending = self._applied is not None and spec != self._applied
        self.summary.setText(
            translate("NetworkEditor", "{0}: {1:,} weights and biases").format(
                "-".join(map(str, sizes)), n_params
            )
            + (translate("NetworkEditor", " — press Apply to build it") if pending else "")
        )
        self.apply_button.setEnabled(problem is None and pending)

    def _on_apply(self) -> None:
        spec = self.spec()
        ds = self.state.dataset
        if ds is not None and spec.problem(ds.n_inputs, ds.n_classes) is None:
            self.state.apply_network(spec)

    def _on_dataset_chosen(self, index: int) -> None:
        self.state.request_dataset(self.dataset_selector.itemData(index))

    def show_dataset(self, dataset) -> None:
        """Describe the workspace's data under the selector."""
        self.input_features.show_dataset(dataset)
        self.data_params.show_dataset(dataset)
        n_val = 0 if dataset.x_val is None else len(dataset.x_val)
        self.dataset_info.setText(
            translate(
                "NetworkEditor", "{0:,} training + {1:,} validation samples, {2} features, "
            ).format(len(dataset.x_train), n_val, dataset.n_inputs)
            + (
                translate("NetworkEditor", "a number to predict")
                if dataset.is_regression
                else translate("NetworkEditor", "{0} classes").format(dataset.n_classes)
            )
        )
