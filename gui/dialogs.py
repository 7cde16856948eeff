"""Dialogs: getting MNIST (download with progress and Cancel, or import a folder),
About, and the keyboard shortcuts.

The MNIST functions take the `engine.data.mnist` module as an argument (`mnist`), so a
test can hand them a stand-in with the same names: `is_available()`,
`download(dest=None, progress=cb(done, total, filename), cancelled=callable)`,
`import_folder(src)`, `load()`, and the exceptions `DownloadError`,
`DownloadCancelled`.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gui.i18n import QT_TRANSLATE_NOOP, engine_text, translate
from gui.worker import Job

SHORTCUTS = [
    ("Space", QT_TRANSLATE_NOOP("Shortcuts", "Train / pause / resume")),
    ("→", QT_TRANSLATE_NOOP("Shortcuts", "Train on one mini-batch")),
    ("Shift+→", QT_TRANSLATE_NOOP("Shortcuts", "Train to the end of the epoch")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Reset: new weights from the seed")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New workspace")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Open a model")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the model")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the model as…")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list")),
]


def error_text(exc: BaseException) -> str:
    """One line for the user: the message of the engine's own errors, else type + message."""
    lines = str(exc).strip().splitlines()
    first = engine_text(lines[0]) if lines else ""  # in the window's language
    if isinstance(exc, ValueError | OSError) or type(exc).__module__.startswith("engine"):
        return first or type(exc).__name__
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def ask_how_to_get_mnist(parent: QtWidgets.QWidget | None) -> str | None:
    """Ask whether to download MNIST or import it from a folder: "download", "import", None."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "MNIST is not here yet"))
    box.setText(
        translate("Dialogs", "The MNIST digits (about 11 MB) are not on this computer yet.")
    )
    box.setInformativeText(
        translate(
            "Dialogs",
            "Download them (checked by SHA-256, kept for next time), or import the four "
            "IDX files from a folder you already have.",
        )
    )
    download = box.addButton(
        translate("Dialogs", "Download"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
    )
    folder = box.addButton(
        translate("Dialogs", "Import folder…"), QtWidgets.QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is download:
        return "download"
    if clicked is folder:
        return "import"
    return None


def import_mnist(parent: QtWidgets.QWidget | None, mnist) -> bool:
    """Let the user pick a folder with the MNIST IDX files and import it. True on success."""
    src = QtWidgets.QFileDialog.getExistingDirectory(
        parent, translate("Dialogs", "Folder with the MNIST IDX files")
    )
    if not src:
        return False
    try:
        mnist.import_folder(src)
    except Exception as exc:
        QtWidgets.QMessageBox.warning(parent, translate("Dialogs", "Import MNIST"), error_text(exc))
        return False
    return True


def _download(mnist, job: Job) -> str:
    """In the job's thread: download MNIST; returns the message for the user."""
    try:
        mnist.download(progress=job.report, cancelled=job.cancelled)
    except Exception as exc:
        cancelled_type = getattr(mnist, "DownloadCancelled", ())
        if cancelled_type and isinstance(exc, cancelled_type):
            raise ValueError(
                translate("MnistDownload", "Download cancelled; nothing was kept.")
            ) from None
        raise ValueError(error_text(exc)) from None
    return translate("MnistDownload", "MNIST downloaded and verified.")


class MnistDownload(QtCore.QObject):
    """Download MNIST in a Job with a progress dialog and a Cancel button.

        d = MnistDownload(window, engine.data.mnist); d.finished.connect(on_done); d.start()

    `finished(ok, message)` comes once the thread has ended; the GUI never waits on it.
    """

    finished = QtCore.Signal(bool, str)

    def __init__(self, parent: QtWidgets.QWidget | None, mnist) -> None:
        super().__init__(parent)
        self.dialog = QtWidgets.QProgressDialog(
            translate("MnistDownload", "Downloading MNIST…"),
            translate("MnistDownload", "Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setObjectName("mnistDownloadProgress")
        self.dialog.setWindowTitle(translate("MnistDownload", "Download MNIST"))
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.job = Job(lambda job: _download(mnist, job), "mnistDownload")
        self.job.progress.connect(self._on_progress)
        self.job.done.connect(self._on_done)
        self.result: tuple[bool, str] | None = None

    @property
    def thread(self) -> QtCore.QThread | None:
        return self.job.thread

    def start(self) -> None:
        self.dialog.show()
        self.job.start()

    def cancel(self) -> None:
        self.job.cancel()
        self.dialog.setLabelText(translate("MnistDownload", "Cancelling…"))

    def shutdown(self) -> None:
        """Cancel and join (used when the window closes)."""
        self.job.finish()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self.job.cancelled():
            return
        if total > 0:
            self.dialog.setMaximum(1000)
            self.dialog.setValue(int(1000 * min(done, total) / total))
            self.dialog.setLabelText(
                translate("MnistDownload", "Downloading {0}: {1:.1f} of {2:.1f} MB").format(
                    name, done / 1e6, total / 1e6
                )
            )
        else:
            self.dialog.setLabelText(
                translate("MnistDownload", "Downloading {0}: {1:.1f} MB").format(name, done / 1e6)
            )

    def _on_done(self, message, error: str) -> None:
        ok = message is not None
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.hide()  # (close() would count as Cancel)
        self.result = (ok, message if ok else error)
        self.finished.emit(*self.result)


def show_about(parent: QtWidgets.QWidget | None) -> None:
    from engine import __version__

    QtWidgets.QMessageBox.about(
        parent,
        translate("Dialogs", "About Backprop Studio"),
        translate(
            "Dialogs",
            "<b>Backprop Studio {0}</b><p>Build a small neural network, train it, and watch it "
            "learn: weights, curves, and one forward and backward pass with the real "
            "numbers.</p><p>The engine is plain NumPy; the window is PySide6 and pyqtgraph.</p>",
        ).format(__version__),
    )


class ShortcutsDialog(QtWidgets.QDialog):
    """A table of the keyboard shortcuts."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        table = QtWidgets.QTableWidget(len(SHORTCUTS), 2)
        table.setHorizontalHeaderLabels(
            [translate("ShortcutsDialog", "Keys"), translate("ShortcutsDialog", "Does")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, (keys, does) in enumerate(SHORTCUTS):
            table.setItem(i, 0, QtWidgets.QTableWidgetItem(keys))
            table.setItem(i, 1, QtWidgets.QTableWidgetItem(translate("Shortcuts", does)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(420, 380)
