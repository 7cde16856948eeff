"""Extra input features for 2D data, in the Data box: x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂.

`InputFeatures` shows one check box per feature (engine.data.features) for data made of
2D points and is hidden otherwise. Ticking or clearing one asks the workspace for the
same points with those inputs (`Workspace.set_input_features`): the input layer follows,
so the network is built anew (the workspace asks first if it has trained). At least one
box stays ticked.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from engine.data import features
from gui.i18n import translate


class InputFeatures(QtWidgets.QWidget):
    """Object name `inputFeatures`; one check box per feature, named `feature_<name>`."""

    changed = QtCore.Signal(list)  # the chosen feature names, in FEATURES order

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputFeatures")
        self.boxes: dict[str, QtWidgets.QCheckBox] = {}
        layout = QtWidgets.QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        for i, (name, (label, _f)) in enumerate(features.FEATURES.items()):
            box = QtWidgets.QCheckBox(label)
            box.setObjectName(f"feature_{name}")
            box.setToolTip(
                translate("InputFeatures", "Give the network {0} of each point as an input").format(
                    label
                )
            )
            box.toggled.connect(self._on_toggled)
            layout.addWidget(box, i // 4, i % 4)
            self.boxes[name] = box
        self._updating = False

    def chosen(self) -> list[str]:
        return [n for n, box in self.boxes.items() if box.isChecked()]

    def show_dataset(self, dataset) -> None:
        """Tick the dataset's features; hidden unless its samples are 2D points."""
        points = dataset.points if dataset is not None else None
        self.setVisible(points is not None and points.n_inputs == 2 and points.image_shape is None)
        names = (dataset.params.get("input_features") if dataset is not None else None) or list(
            features.PLAIN
        )
        self._updating = True
        for name, box in self.boxes.items():
            box.setChecked(name in names)
        self._updating = False

    def _on_toggled(self, _on: bool) -> None:
        if self._updating:
            return
        names = self.chosen()
        if not names:  # at least one input: tick it again
            self._updating = True
            self.sender().setChecked(True)
            self._updating = False
            return
        self.changed.emit(names)
