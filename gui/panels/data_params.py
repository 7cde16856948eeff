"""The parameters of a generated 2D dataset, in the Data box: size, noise, validation
share, seed, and Regenerate.

`DataParams` shows the parameters of the workspace's dataset (`show(dataset)`) and is
hidden for data that is not generated (MNIST, tables). Regenerate (or Enter in a field)
emits `regenerateRequested(params)` with the keyword arguments of
`engine.data.toy2d.make` (n, noise, val_fraction, seed); the window makes the dataset
anew with them and keeps the network. The fields change nothing by themselves: the
data only changes when Regenerate is pressed, and the button says when the fields
differ from the data shown.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from engine.data import regression, toy2d
from gui.i18n import translate

MAX_POINTS = 100_000


class DataParams(QtWidgets.QWidget):
    """Object name `dataParams`; fields `dataSize`, `dataNoise`, `dataValShare`,
    `dataSeed`, button `regenerateData`."""

    regenerateRequested = QtCore.Signal(dict)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataParams")
        self._shown: dict | None = None
        self.size = QtWidgets.QSpinBox()
        self.size.setObjectName("dataSize")
        self.size.setRange(20, MAX_POINTS)
        self.size.setSingleStep(100)
        self.size.setGroupSeparatorShown(True)
        self.size.setToolTip(
            translate("DataParams", "How many points in all (training and validation)")
        )
        self.noise = QtWidgets.QDoubleSpinBox()
        self.noise.setObjectName("dataNoise")
        self.noise.setRange(0.0, 1.0)
        self.noise.setSingleStep(0.05)
        self.noise.setDecimals(2)
        self.noise.setToolTip(
            translate(
                "DataParams", "How far the points scatter from their shape (0 = exactly on it)"
            )
        )
        self.val_share = QtWidgets.QSpinBox()
        self.val_share.setObjectName("dataValShare")
        self.val_share.setRange(0, 90)
        self.val_share.setSingleStep(5)
        self.val_share.setSuffix(" %")
        self.val_share.setToolTip(
            translate(
                "DataParams",
                "Share of the points held out for validation: the network never trains on them",
            )
        )
        self.seed = QtWidgets.QSpinBox()
        self.seed.setObjectName("dataSeed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(translate("DataParams", "The same seed draws the same points"))
        self.regenerate = QtWidgets.QPushButton(translate("DataParams", "Regenerate"))
        self.regenerate.setObjectName("regenerateData")
        self.regenerate.setToolTip(
            translate("DataParams", "Draw the points again with these settings; keeps the network")
        )

        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for i, (label, field) in enumerate(
            (
                (translate("DataParams", "Points"), self.size),
                (translate("DataParams", "Noise"), self.noise),
                (translate("DataParams", "Validation"), self.val_share),
                (translate("DataParams", "Seed"), self.seed),
            )
        ):
            grid.addWidget(QtWidgets.QLabel(label), i // 2, 2 * (i % 2))
            grid.addWidget(field, i // 2, 2 * (i % 2) + 1)
        grid.addWidget(self.regenerate, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.regenerate.clicked.connect(lambda _checked=False: self.request())
        for field in (self.size, self.noise, self.val_share, self.seed):
            field.valueChanged.connect(self._mark)
            field.lineEdit().returnPressed.connect(self.request)

    def params(self) -> dict:
        """The fields as keyword arguments of engine.data.toy2d.make."""
        return {
            "n": self.size.value(),
            "noise": round(self.noise.value(), 4),
            "val_fraction": self.val_share.value() / 100,
            "seed": self.seed.value(),
        }

    def show_dataset(self, dataset) -> None:
        """Show `dataset`'s parameters (hidden unless it is a generated 2D dataset)."""
        params = getattr(dataset, "params", None) or {}
        makers = (*toy2d.GENERATORS, *regression.GENERATORS)  # 2D sets and regression functions
        generated = dataset is not None and dataset.name in makers and "n" in params
        self.setVisible(generated)
        if not generated:
            self._shown = None
            return
        for field, value in (
            (self.size, int(params["n"])),
            (self.noise, float(params.get("noise", 0.0))),
            (self.val_share, round(100 * float(params.get("val_fraction", 0.25)))),
            (self.seed, int(params.get("seed", 0))),
        ):
            field.blockSignals(True)
            field.setValue(value)
            field.blockSignals(False)
        self._shown = self.params()
        self._mark()

    def request(self) -> None:
        self.regenerateRequested.emit(self.params())

    def _mark(self) -> None:
        changed = self._shown is not None and self.params() != self._shown
        self.regenerate.setText(
            translate("DataParams", "Regenerate (changed)")
            if changed
            else translate("DataParams", "Regenerate")
        )
