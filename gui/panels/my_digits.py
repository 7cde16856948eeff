"""The "My digits" window: every digit taught on the canvas as a thumbnail, to relabel or delete.

    dialog = MyDigitsDialog(store, parent)     # store: engine.data.mydigits.MyDigits
    dialog.show()                              # non-modal: the canvas stays usable

Object names: myDigitsDialog, myDigitsList (one item per digit: its 28×28 image, shown
2× larger, and its label), relabelDigit (0..9) with relabelButton, deleteDigits,
myDigitsCount, myDigitsStatus. Each change is written to the store at once (atomically,
by MyDigits), and the list is read back from the store afterwards, so what is shown is
what is kept — also when another window changed the store meanwhile.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from engine.data.mydigits import MyDigits, MyDigitsError
from gui.i18n import translate

THUMB = 56  # pixels of a thumbnail (the 28×28 image at 2×)
INDEX_ROLE = QtCore.Qt.ItemDataRole.UserRole


def thumbnail(image: np.ndarray) -> QtGui.QPixmap:
    """A (28, 28) uint8 digit (ink bright on black) as a THUMB×THUMB pixmap, pixels kept sharp."""
    pixels = np.ascontiguousarray(image, dtype=np.uint8)
    h, w = pixels.shape
    qimage = QtGui.QImage(pixels.data, w, h, w, QtGui.QImage.Format.Format_Grayscale8).copy()
    return QtGui.QPixmap.fromImage(
        qimage.scaled(THUMB, THUMB, QtCore.Qt.AspectRatioMode.KeepAspectRatio)
    )


class MyDigitsDialog(QtWidgets.QDialog):
    """Lists My digits with thumbnails; relabels or deletes the selected ones."""

    changed = QtCore.Signal()  # after a relabel or delete (the canvas updates its count)

    def __init__(self, store: MyDigits, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myDigitsDialog")
        self.setWindowTitle(translate("MyDigitsDialog", "My digits"))
        self.store = store
        self.list = QtWidgets.QListWidget()
        self.list.setObjectName("myDigitsList")
        self.list.setViewMode(QtWidgets.QListView.ViewMode.IconMode)
        self.list.setIconSize(QtCore.QSize(THUMB, THUMB))
        self.list.setGridSize(QtCore.QSize(THUMB + 18, THUMB + 26))
        self.list.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.list.setMovement(QtWidgets.QListView.Movement.Static)
        self.list.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._selection_changed)

        self.count = QtWidgets.QLabel("")
        self.count.setObjectName("myDigitsCount")
        self.label_box = QtWidgets.QComboBox()
        self.label_box.setObjectName("relabelDigit")
        self.label_box.addItems([str(d) for d in range(10)])
        self.relabel_button = QtWidgets.QPushButton(translate("MyDigitsDialog", "Change label"))
        self.relabel_button.setObjectName("relabelButton")
        self.relabel_button.setToolTip(
            translate("MyDigitsDialog", "Give the selected digits this label")
        )
        self.relabel_button.clicked.connect(self.relabel_selected)
        self.delete_button = QtWidgets.QPushButton(translate("MyDigitsDialog", "Delete"))
        self.delete_button.setObjectName("deleteDigits")
        self.delete_button.setToolTip(
            translate("MyDigitsDialog", "Remove the selected digits from My digits")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.status = QtWidgets.QLabel("")
        self.status.setObjectName("myDigitsStatus")
        self.status.setWordWrap(True)
        close = QtWidgets.QPushButton(translate("MyDigitsDialog", "Close"))
        close.clicked.connect(self.close)

        tools = QtWidgets.QHBoxLayout()
        tools.addWidget(QtWidgets.QLabel(translate("MyDigitsDialog", "Selected:")))
        tools.addWidget(self.label_box)
        tools.addWidget(self.relabel_button)
        tools.addWidget(self.delete_button)
        tools.addStretch(1)
        tools.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        self.resize(520, 420)
        self.refresh()

    def refresh(self) -> None:
        """Read the store again and show every digit (the selection is kept where it can be)."""
        selected = set(self.selected())
        try:
            entries = self.store.entries()
        except (OSError, ValueError) as exc:
            entries = []
            self.status.setText(
                translate("MyDigitsDialog", "My digits could not be read: {0}").format(exc)
            )
        if self.store.warning:
            self.status.setText(self.store.warning)
        self.list.clear()
        for index, label, image in entries:
            item = QtWidgets.QListWidgetItem(QtGui.QIcon(thumbnail(image)), str(label))
            item.setData(INDEX_ROLE, index)
            item.setToolTip(
                translate("MyDigitsDialog", "Digit {0}, labelled {1}").format(index + 1, label)
            )
            item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter)
            self.list.addItem(item)
            item.setSelected(index in selected)
        n = len(entries)
        counts = np.bincount([label for _, label, _ in entries], minlength=10)
        per = ", ".join(f"{d}: {c}" for d, c in enumerate(counts) if c)
        self.count.setText(
            translate("MyDigitsDialog", "{0} digit{1}").format(n, "s" * (n != 1))
            + (
                translate("MyDigitsDialog", " ({0})").format(per)
                if per
                else translate("MyDigitsDialog", ": teach some on the canvas")
            )
        )
        self._selection_changed()

    def selected(self) -> list[int]:
        """Store indices of the selected thumbnails, in order."""
        return sorted(int(item.data(INDEX_ROLE)) for item in self.list.selectedItems())

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.relabel_button.setEnabled(bool(chosen))
        self.delete_button.setEnabled(bool(chosen))
        if len(chosen) == 1:
            self.label_box.setCurrentIndex(int(self.list.selectedItems()[0].text()))

    def relabel_selected(self) -> None:
        chosen = self.selected()
        label = self.label_box.currentIndex()
        try:
            for index in chosen:
                self.store.relabel(index, label)
        except MyDigitsError as exc:
            self.status.setText(
                translate("MyDigitsDialog", "Could not change the label: {0}").format(exc)
            )
        else:
            self.status.setText(
                translate("MyDigitsDialog", "Labelled {0} as {1}.").format(len(chosen), label)
            )
        self.refresh()
        self.changed.emit()

    def delete_selected(self) -> None:
        chosen = self.selected()
        try:
            for index in reversed(chosen):  # from the end: the earlier indices stay valid
                self.store.delete(index)
        except MyDigitsError as exc:
            self.status.setText(translate("MyDigitsDialog", "Could not delete: {0}").format(exc))
        else:
            self.status.setText(translate("MyDigitsDialog", "Deleted {0}.").format(len(chosen)))
        self.list.clearSelection()
        self.refresh()
        self.changed.emit()
