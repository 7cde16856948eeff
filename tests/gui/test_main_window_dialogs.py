"""The MNIST download dialog (progress, Cancel, errors) with a stand-in downloader."""

from __future__ import annotations

import threading
import types

from PySide6 import QtCore, QtWidgets

from gui.dialogs import MnistDownload, ShortcutsDialog, error_text


class DownloadCancelled(Exception):
    pass


class DownloadError(Exception):
    pass


def fake_mnist(steps=5, fail=None, gate=None):
    """download() reports `steps` progress calls, checks `cancelled` between them."""
    mod = types.SimpleNamespace(DownloadCancelled=DownloadCancelled, DownloadError=DownloadError)
    mod.seen = []

    def download(dest=None, progress=None, cancelled=None):
        for i in range(1, steps + 1):
            if gate is not None:
                gate.wait(5)
            if cancelled():
                raise DownloadCancelled("cancelled")
            progress(i * 1_000_000, steps * 1_000_000, "train-images-idx3-ubyte.gz")
            mod.seen.append(i)
            if fail is not None and i == 2:
                raise fail

    mod.download = download
    return mod


def test_download_reports_progress_and_success(qtbot):
    d = MnistDownload(None, fake_mnist())
    with qtbot.waitSignal(d.finished, timeout=10_000) as blocker:
        d.start()
    assert blocker.args == [True, "MNIST downloaded and verified."]
    assert not d.thread.isRunning()
    assert d.dialog.value() == 1000  # the bar reached the end
    assert "of 5.0 MB" in d.dialog.labelText()


def test_cancel_stops_the_download(qtbot):
    gate = threading.Event()
    mnist = fake_mnist(steps=50, gate=gate)
    d = MnistDownload(None, mnist)
    with qtbot.waitSignal(d.finished, timeout=10_000) as blocker:
        d.start()
        cancel = d.dialog.findChild(QtWidgets.QPushButton)
        qtbot.mouseClick(cancel, QtCore.Qt.MouseButton.LeftButton)
        gate.set()
    ok, message = blocker.args
    assert not ok and "cancelled" in message
    assert len(mnist.seen) < 50
    assert not d.thread.isRunning()


def test_download_errors_come_back_as_one_line(qtbot):
    mnist = fake_mnist(fail=DownloadError("every mirror failed: connection refused"))
    d = MnistDownload(None, mnist)
    with qtbot.waitSignal(d.finished, timeout=10_000) as blocker:
        d.start()
    assert blocker.args == [False, "DownloadError: every mirror failed: connection refused"]


def test_error_text_is_one_line():
    assert error_text(ValueError("bad value\nmore detail")) == "bad value"
    assert error_text(RuntimeError("boom")) == "RuntimeError: boom"
    assert (
        error_text(OSError(28, "No space left on device")) == "[Errno 28] No space left on device"
    )


def test_shortcuts_dialog_lists_the_keys(qtbot):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    table = dialog.findChild(QtWidgets.QTableWidget)
    keys = [table.item(i, 0).text() for i in range(table.rowCount())]
    assert "Space" in keys and "→" in keys
