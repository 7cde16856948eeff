"""File → Import table…: a CSV/TSV file becomes the workspace's dataset.

The dialog reads the file (engine.data.table) and shows what was parsed: the dialect
(delimiter, decimal mark, header), the number of rows and a preview of the first rows.
The user picks the target column, the feature columns, the task (automatic,
classification or regression), the validation share and the seed. OK builds the Dataset;
a bad table keeps the dialog open with the engine's one-line message (row and column),
and nothing is loaded.

    dialog = ImportTableDialog(parent, path)     # path: None asks with a file dialog first
    if dialog.exec():
        dataset = dialog.dataset                 # engine Dataset, features standardised
"""

from __future__ import annotations

import os

from PySide6 import QtCore, QtWidgets

from engine.data import table as tables
from gui.i18n import QT_TRANSLATE_NOOP, engine_text, translate

PREVIEW_ROWS = 12
FILE_FILTER = "Tables (*.csv *.tsv *.txt);;All files (*)"
TASKS = ("automatic", "classification", "regression")
_TASK_WORDS = (  # for lupdate: the tasks' names as the dialog shows them
    QT_TRANSLATE_NOOP("ImportTableDialog", "automatic"),
    QT_TRANSLATE_NOOP("ImportTableDialog", "classification"),
    QT_TRANSLATE_NOOP("ImportTableDialog", "regression"),
)


def choose_table(parent: QtWidgets.QWidget | None) -> str | None:
    """A table file chosen with the system's file dialog, or None."""
    path, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent, translate("ImportTable", "Import a table"), "", FILE_FILTER
    )
    return path or None


class ImportTableDialog(QtWidgets.QDialog):
    """Preview a table and choose what to learn from it; `dataset` holds the result."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importTableDialog")
        self.setWindowTitle(translate("ImportTableDialog", "Import a table"))
        self.resize(760, 560)
        self.table: tables.Table | None = None
        self.numeric: list[bool] = []  # per column: holds numbers (a feature by default)
        self.dataset = None
        self._updating = False

        self.path_label = QtWidgets.QLabel(translate("ImportTableDialog", "No file chosen"))
        self.path_label.setObjectName("tablePath")
        self.path_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QtWidgets.QPushButton(translate("ImportTableDialog", "Choose file…"))
        self.choose_button.clicked.connect(self._choose)
        self.dialect_label = QtWidgets.QLabel()
        self.dialect_label.setObjectName("tableDialect")
        self.preview = QtWidgets.QTableWidget()
        self.preview.setObjectName("tablePreview")
        self.preview.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.preview.verticalHeader().setDefaultSectionSize(20)
        self.target = QtWidgets.QComboBox()
        self.target.setObjectName("tableTarget")
        self.features = QtWidgets.QListWidget()
        self.features.setObjectName("tableFeatures")
        self.features.setMaximumHeight(130)
        self.task = QtWidgets.QComboBox()
        self.task.setObjectName("tableTask")
        self.task.addItems([translate("ImportTableDialog", t) for t in TASKS])
        self.val_share = QtWidgets.QDoubleSpinBox()
        self.val_share.setObjectName("tableValShare")
        self.val_share.setRange(0.0, 0.9)
        self.val_share.setSingleStep(0.05)
        self.val_share.setDecimals(2)
        self.val_share.setValue(0.2)
        self.seed = QtWidgets.QSpinBox()
        self.seed.setObjectName("tableSeed")
        self.seed.setRange(0, 2**31 - 1)
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("tableSummary")
        self.summary.setWordWrap(True)
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("tableMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("ImportTableDialog", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.path_label, 1)
        top.addWidget(self.choose_button)
        form = QtWidgets.QFormLayout()
        form.addRow(translate("ImportTableDialog", "Target column"), self.target)
        form.addRow(translate("ImportTableDialog", "Feature columns"), self.features)
        form.addRow(translate("ImportTableDialog", "Task"), self.task)
        form.addRow(translate("ImportTableDialog", "Validation share"), self.val_share)
        form.addRow(translate("ImportTableDialog", "Seed"), self.seed)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.dialect_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.target.currentIndexChanged.connect(self._on_target)
        self.features.itemChanged.connect(self._validate)
        self.task.currentIndexChanged.connect(self._validate)
        self._show_table()
        if path:
            self.open(path)

    # -- reading -----------------------------------------------------------------------

    def _choose(self) -> None:
        path = choose_table(self)
        if path:
            self.open(path)

    def open(self, path: str) -> bool:  # noqa: A003 (the dialog opens a file)
        """Read `path`; on a bad file, say why and keep nothing of it."""
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            self.table = tables.read_table(path)
            error = ""
        except (tables.TableError, OSError) as e:
            self.table, error = None, str(e)
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()
        self.path_label.setText(path)
        self.message.setText(engine_text(error))
        self._show_table()
        return self.table is not None

    def _show_table(self) -> None:
        t = self.table
        self._updating = True
        self.target.clear()
        self.features.clear()
        self.preview.clear()
        if t is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.dialect_label.setText("")
            self.summary.setText("")
            self.ok_button.setEnabled(False)
            self._updating = False
            return
        d = t.dialect()
        self.dialect_label.setText(
            translate(
                "ImportTableDialog",
                "{0:,} rows × {1} columns · delimiter: {2} · decimal mark: {3} · header row: {4} "
                "· {5:,} bytes",
            ).format(
                t.n_rows,
                len(t.columns),
                engine_text(d["delimiter"]),
                translate("ImportTableDialog", "comma")
                if t.decimal == ","
                else translate("ImportTableDialog", "point"),
                translate("ImportTableDialog", "yes")
                if t.header
                else translate("ImportTableDialog", "no (columns numbered)"),
                t.source.get("size", 0),
            )
        )
        rows = t.preview(PREVIEW_ROWS)
        self.preview.setColumnCount(len(t.columns))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([engine_text(c) for c in t.columns])
        self.preview.setVerticalHeaderLabels([str(line) for line in t.lines[: len(rows)]])
        for i, cells in enumerate(rows):
            for j, cell in enumerate(cells):
                self.preview.setItem(i, j, QtWidgets.QTableWidgetItem(cell))
        self.preview.resizeColumnsToContents()
        self.target.addItems([engine_text(c) for c in t.columns])
        self.numeric = tables.numeric_columns(t)
        for name, numeric in zip(t.columns, self.numeric, strict=True):
            shown = engine_text(name)  # "column 3" (no header row) in the window's language
            item = QtWidgets.QListWidgetItem(
                shown if numeric else translate("ImportTableDialog", "{0}  (text)").format(shown)
            )
            item.setData(QtCore.Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | QtCore.Qt.ItemFlag.ItemIsUserCheckable)
            check = QtCore.Qt.CheckState.Checked if numeric else QtCore.Qt.CheckState.Unchecked
            item.setCheckState(check)
            self.features.addItem(item)
        self._updating = False
        self.target.setCurrentIndex(len(t.columns) - 1)
        self._on_target()

    # -- choices -----------------------------------------------------------------------

    def _on_target(self) -> None:
        """The target cannot be a feature: uncheck and disable it; the previous target comes
        back as a feature if it holds numbers."""
        if self._updating or self.table is None:
            return
        self._updating = True
        jt = self.target.currentIndex()
        for j in range(self.features.count()):
            item = self.features.item(j)
            flags = item.flags()
            if j == jt:
                item.setCheckState(QtCore.Qt.CheckState.Unchecked)
                item.setFlags(flags & ~QtCore.Qt.ItemFlag.ItemIsEnabled)
            else:
                if not flags & QtCore.Qt.ItemFlag.ItemIsEnabled and self.numeric[j]:
                    item.setCheckState(QtCore.Qt.CheckState.Checked)
                item.setFlags(flags | QtCore.Qt.ItemFlag.ItemIsEnabled)
        self._updating = False
        auto = tables.infer_task(self.table, jt + 1)
        self.task.setItemText(
            0,
            translate("ImportTableDialog", "automatic ({0})").format(
                translate("ImportTableDialog", auto)
            ),
        )
        self._validate()

    def chosen_features(self) -> list[str]:
        return [
            self.features.item(j).data(QtCore.Qt.ItemDataRole.UserRole)
            for j in range(self.features.count())
            if self.features.item(j).checkState() == QtCore.Qt.CheckState.Checked
        ]

    def chosen_task(self) -> str | None:
        i = self.task.currentIndex()
        return None if i == 0 else TASKS[i]

    def _build(self):
        t = self.table
        return tables.to_dataset(
            t,
            target=t.columns[self.target.currentIndex()],
            features=self.chosen_features(),
            task=self.chosen_task(),
            val_fraction=round(self.val_share.value(), 4),
            seed=self.seed.value(),
            name=os.path.splitext(t.name)[0],
        )

    def _validate(self) -> None:
        """Try the choice now, so a bad column is named before Import is pressed."""
        if self._updating or self.table is None:
            return
        try:
            d = self._build()
        except tables.TableError as e:
            self.summary.setText("")
            self.message.setText(engine_text(str(e)))
            self.ok_button.setEnabled(False)
            return
        self.message.setText("")
        self.ok_button.setEnabled(True)
        if d.task == "classification":
            names = ", ".join(d.class_names[:8]) + (" …" if len(d.class_names) > 8 else "")
            what = translate("ImportTableDialog", "classification into {0} classes ({1})").format(
                d.n_classes, names
            )
        else:
            what = translate(
                "ImportTableDialog", "regression (a number per row; linear output and mse suit it)"
            )
        self.summary.setText(
            translate(
                "ImportTableDialog",
                "{0}; {1} inputs, standardised with the training rows' mean and spread; "
                "{2:,} rows to train on, {3:,} for validation",
            ).format(what, d.n_inputs, len(d.x_train), len(d.x_val))
        )

    def accept(self) -> None:
        if self.table is None:
            return
        try:
            self.dataset = self._build()
        except tables.TableError as e:
            self.message.setText(engine_text(str(e)))
            return
        super().accept()
