"""Test-wide setup: Qt runs offscreen, and no test may leave a QThread or QTimer running."""

from __future__ import annotations

import gc
import os
import sys
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the user's real settings, cache and data untouched: every test session gets
# its own empty home for QSettings, the data folder and the download cache.
_HOME = tempfile.mkdtemp(prefix="bps-test-home-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())
os.environ["BPS_DATA_DIR"] = os.path.join(_HOME, "data")
os.environ.pop("BPS_MNIST_DIR", None)


def _running_qt_workers() -> list[str]:
    """Names of QThreads still running and QTimers still active (only if Qt was loaded)."""
    if "PySide6.QtCore" not in sys.modules:
        return []
    import shiboken6
    from PySide6 import QtCore

    app = QtCore.QCoreApplication.instance()
    if app is not None:
        # Let deleteLater() and queued thread shutdowns complete.
        for _ in range(3):
            QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
            app.processEvents()
    leftovers = []
    for obj in gc.get_objects():
        try:
            if isinstance(obj, QtCore.QThread):
                if shiboken6.isValid(obj) and obj.isRunning() and obj is not app.thread():
                    leftovers.append(f"QThread {obj.objectName() or type(obj).__name__}")
            elif isinstance(obj, QtCore.QTimer) and shiboken6.isValid(obj) and obj.isActive():
                leftovers.append(f"QTimer {obj.objectName() or type(obj).__name__}")
        except ReferenceError:
            continue
    return leftovers


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield  # every fixture (qtbot's widget cleanup included) has been torn down here
    leftovers = _running_qt_workers()
    if leftovers:
        pytest.fail(f"{item.nodeid} left Qt work running: {', '.join(leftovers)}", pytrace=False)


@pytest.fixture(autouse=True)
def _fresh_window_settings(request):
    """Each test's window starts from the default layout and language: a window closed by
    an earlier test saves its dock layout, which the next window would restore (a tab it
    left in front made later tests' panels hidden, and their waits time out)."""
    if "qtbot" in request.fixturenames:
        from PySide6 import QtCore

        stored = QtCore.QSettings("Backprop Studio", "Backprop Studio")
        stored.clear()
        stored.sync()
    yield


@pytest.fixture(autouse=True)
def _no_unanswered_dialog(request):
    """A test that leaves a modal dialog open (e.g. "Save the changes?" when a window
    closes at teardown) fails, naming the dialog, instead of hanging the whole run."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6 import QtCore, QtWidgets

    request.getfixturevalue("qapp")
    seen: list[str] = []
    waited = {"ticks": 0}

    def answer():
        modal = QtWidgets.QApplication.activeModalWidget()
        if modal is None:
            waited["ticks"] = 0
            return
        waited["ticks"] += 1
        if waited["ticks"] >= 20:  # 5 s with nobody answering: close it and fail the test
            text = modal.windowTitle()
            if isinstance(modal, QtWidgets.QMessageBox):
                text = f"{text}: {modal.text()}"
            seen.append(f"{type(modal).__name__} {text!r}")
            modal.reject()
            waited["ticks"] = 0

    guard = QtCore.QTimer()
    guard.setObjectName("unansweredDialogGuard")
    guard.timeout.connect(answer)
    guard.start(250)
    yield
    guard.stop()
    guard.deleteLater()
    if seen:
        pytest.fail(f"a modal dialog was left unanswered: {'; '.join(seen)}", pytrace=False)
