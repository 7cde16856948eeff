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

from gui.worker import Job

SHORTCUTS = [
    ("Space", "Train / pause / resume"),
    ("→", "Train on one mini-batch"),
    ("Shift+→", "Train to the end of the epoch"),
    ("Ctrl+R", "Reset: new weights from the seed"),
    ("Ctrl+N", "New workspace"),
    ("Ctrl+O", "Open a model"),
    ("Ctrl+S", "Save the model"),
    ("Ctrl+Shift+S", "Save the model as…"),
    ("Ctrl+Q", "Quit"),
    ("F1", "This list"),
]


def error_text(exc: BaseException) -> str:
    """One line for the user: the message of the engine's own errors, else type + message."""
    lines = str(exc).strip().splitlines()
    first = lines[0] if lines else ""
    if isinstance(exc, ValueError | OSError) or type(exc).__module__.startswith("engine"):
        return first or type(exc).__name__
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def ask_how_to_get_mnist(parent: QtWidgets.QWidget | None) -> str | None:
    """Ask whether to download MNIST or import it from a folder: "download", "import", None."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Question)
    box.setWindowTitle("MNIST is not here yet")
    box.setText("The MNIST digits (about 11 MB) are not on this computer yet.")
    box.setInformativeText(
        "Download them (checked by SHA-256, kept for next time), or import the four "
        "IDX files from a folder you already have."
    )
    download = box.addButton("Download", QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton("Import folder…", QtWidgets.QMessageBox.ButtonRole.ActionRole)
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
    src = QtWidgets.QFileDialog.getExistingDirectory(parent, "Folder with the MNIST IDX files")
    if not src:
        return False
    try:
        mnist.import_folder(src)
    except Exception as exc:
        QtWidgets.QMessageBox.warning(parent, "Import MNIST", error_text(exc))
        return False
    return True


def _download(mnist, job: Job) -> str:
    """In the job's thread: download MNIST; returns the message for the user."""
    try:
        mnist.download(progress=job.report, cancelled=job.cancelled)
    except Exception as exc:
        cancelled_type = getattr(mnist, "DownloadCancelled", ())
        if cancelled_type and isinstance(exc, cancelled_type):
            raise ValueError("Download cancelled; nothing was kept.") from None
        raise ValueError(error_text(exc)) from None
    return "MNIST downloaded and verified."


class MnistDownload(QtCore.QObject):
    """Download MNIST in a Job with a progress dialog and a Cancel button.

        d = MnistDownload(window, engine.data.mnist); d.finished.connect(on_done); d.start()

    `finished(ok, message)` comes once the thread has ended; the GUI never waits on it.
    """

    finished = QtCore.Signal(bool, str)

    def __init__(self, parent: QtWidgets.QWidget | None, mnist) -> None:
        super().__init__(parent)
        self.dialog = QtWidgets.QProgressDialog("Downloading MNIST…", "Cancel", 0, 0, parent)
        self.dialog.setObjectName("mnistDownloadProgress")
        self.dialog.setWindowTitle("Download MNIST")
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
        self.dialog.setLabelText("Cancelling…")

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
                f"Downloading {name}: {done / 1e6:.1f} of {total / 1e6:.1f} MB"
            )
        else:
            self.dialog.setLabelText(f"Downloading {name}: {done / 1e6:.1f} MB")

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
        "About Backprop Studio",
        f"<b>Backprop Studio {__version__}</b><p>Build a small neural network, train it, "
        "and watch it "
        "learn: weights, curves, and one forward and backward pass with the real numbers."
        "</p><p>The engine is plain NumPy; the window is PySide6 and pyqtgraph.</p>",
    )


class ShortcutsDialog(QtWidgets.QDialog):
    """A table of the keyboard shortcuts."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        table = QtWidgets.QTableWidget(len(SHORTCUTS), 2)
        table.setHorizontalHeaderLabels(["Keys", "Does"])
        table.verticalHeader().hide()
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, (keys, does) in enumerate(SHORTCUTS):
            table.setItem(i, 0, QtWidgets.QTableWidgetItem(keys))
            table.setItem(i, 1, QtWidgets.QTableWidgetItem(does))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(420, 380)
