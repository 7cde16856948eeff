"""The training worker: runs the engine's Trainer in a QThread and sends back snapshots.

    worker = TrainingWorker(trainer)          # no parent: it is moved to its own thread
    thread = QtCore.QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    worker.post("train")                      # from the GUI thread, any time
    ...
    worker.post("stop"); thread.quit(); thread.wait()   # on close

`run()` loops in the worker thread: between two batches it takes the commands the
GUI posted on a thread-safe queue (train, pause, step_batch, step_epoch, set_lr,
set_optimizer, set_config, set_speed, stop), so the GUI never touches the trainer
while it trains. It emits a Snapshot (copies) at most every `interval` seconds, and
only once the GUI has taken the previous one (`take()`), so a slow redraw never
piles up signals; when training pauses or stops it always emits a last snapshot,
then `runningChanged(False)`: after that signal the worker waits for commands and
the GUI thread may read the trainer. Errors become
`errorOccurred(message)`; the loop goes on waiting for commands.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time

from PySide6 import QtCore

from engine.train.records import Step
from engine.train.settings import SETTINGS
from gui.snapshot import HistoryMirror, make_snapshot

COMMANDS = (
    "train",
    "pause",
    "step_batch",
    "step_epoch",
    "set_lr",
    "set_optimizer",
    "set_config",
    "set_speed",
    "stop",
)

# settings the trainer reads from its config at every batch, so they may change mid-run
# (the engine's table says which; the learning rate and optimizer have their own commands)
LIVE_SETTINGS = (
    *(n for n, s in SETTINGS.items() if s.live and n not in ("lr", "optimizer")),
    "schedule_params",
)


class TrainingWorker(QtCore.QObject):
    """Trains `trainer` in the thread it is moved to; see the module docstring."""

    snapshotReady = QtCore.Signal(object)  # gui.snapshot.Snapshot
    runningChanged = QtCore.Signal(bool)  # True while batches run continuously or stepping
    errorOccurred = QtCore.Signal(str)  # one-line message for the user
    finished = QtCore.Signal()  # run() returned (after "stop")

    def __init__(self, trainer, interval: float = 1 / 30) -> None:
        super().__init__()  # no parent: moveToThread requires it
        self.trainer = trainer
        self.interval = float(interval)
        self.batches_per_refresh = 0  # 0 = as fast as possible; N = at most N per refresh
        self.epochs_per_run = int(trainer.config.epochs)  # how far Train goes after a stop
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._taken = threading.Event()
        self._taken.set()
        self._mirror = HistoryMirror()
        self._serial = 0
        self._last_step: Step | None = None  # the latest step that ran a batch

    # -- called from the GUI thread ----------------------------------------------------

    def post(self, command: str, *args) -> None:
        """Queue a command for the worker thread (thread-safe, never blocks)."""
        if command not in COMMANDS:
            raise ValueError(f"unknown worker command {command!r}; known: {', '.join(COMMANDS)}")
        self._queue.put((command, args))

    def take(self) -> None:
        """The GUI has drawn the last snapshot: the worker may send the next one."""
        self._taken.set()

    def start_thread(self) -> QtCore.QThread:
        """Run this worker in a new thread "trainingThread"; it ends after "stop"."""
        thread = start_thread(self, self.run, "trainingThread")
        self.finished.connect(thread.quit, QtCore.Qt.ConnectionType.DirectConnection)
        return thread

    # -- the worker thread -------------------------------------------------------------

    @QtCore.Slot()
    def run(self) -> None:
        mode = "idle"  # idle | train | batch | epoch
        epoch_target = 0
        last_emit = time.perf_counter()
        since_emit = 0  # batches since the last snapshot
        while True:
            if mode == "idle":
                commands = [self._queue.get()]
            elif self.batches_per_refresh and since_emit >= self.batches_per_refresh:
                # slow motion: wait for the next refresh, still listening for commands
                wait = self.interval - (time.perf_counter() - last_emit)
                commands = []
                if wait > 0:
                    with contextlib.suppress(queue.Empty):
                        commands.append(self._queue.get(timeout=wait))
                if time.perf_counter() - last_emit >= self.interval and self._emit(force=False):
                    last_emit, since_emit = time.perf_counter(), 0
            else:
                commands = []
            commands += self._drain()
            new_mode = mode
            for command, args in commands:
                if command == "stop":
                    self._emit(force=True)
                    if mode != "idle":
                        self.runningChanged.emit(False)
                    self.finished.emit()
                    return
                changed = self._apply(command, args)
                if changed is not None:
                    new_mode = changed
                    epoch_target = self.trainer.epoch + 1
            if new_mode != "idle" and self.trainer.finished:
                self._extend()
            if (new_mode == "idle") != (mode == "idle"):
                if new_mode == "idle":  # the last picture first, then "stopped"
                    self._emit(force=True)
                    last_emit, since_emit = time.perf_counter(), 0
                self.runningChanged.emit(new_mode != "idle")
            mode = new_mode
            if mode == "idle" or (
                self.batches_per_refresh and since_emit >= self.batches_per_refresh
            ):
                continue
            try:
                step = self.trainer.step()
            except Exception as exc:  # the engine's own errors are one-line ValueErrors
                self.errorOccurred.emit(message_of(exc))
                step = None
            since_emit += 1
            if step is not None and step.batch is not None:
                if step.epoch is None and self._last_step is not None:
                    step = Step(step.batch, self._last_step.epoch, step.stopped_because)
                self._last_step = step
            done = (
                step is None
                or self.trainer.finished
                or mode == "batch"
                or (mode == "epoch" and self.trainer.epoch >= epoch_target)
            )
            if done:
                mode = "idle"
                self._emit(force=True)
                self.runningChanged.emit(False)
                last_emit, since_emit = time.perf_counter(), 0
                continue
            now = time.perf_counter()
            due = not self.batches_per_refresh and now - last_emit >= self.interval
            if due and self._emit(force=False):
                last_emit, since_emit = now, 0

    def _drain(self) -> list:
        out = []
        while True:
            try:
                out.append(self._queue.get_nowait())
            except queue.Empty:
                return out

    def _apply(self, command: str, args: tuple) -> str | None:
        """Carry out one command between batches; returns the new mode, if it changes."""
        t = self.trainer
        try:
            if command == "train":
                return "train"
            if command == "pause":
                return "idle"
            if command == "step_batch":
                return "batch"
            if command == "step_epoch":
                return "epoch"
            if command == "set_lr":
                t.lr = float(args[0])
            elif command == "set_optimizer":
                name, params = args[0], (args[1] if len(args) > 1 else {})
                t.set_optimizer(name, **params)
            elif command == "set_config":
                key, value = args
                if key not in LIVE_SETTINGS:
                    raise ValueError(f"{key} cannot change while a run is in progress; Reset")
                old = getattr(t.config, key)
                setattr(t.config, key, value)
                try:
                    t.config.validate()
                except ValueError:
                    setattr(t.config, key, old)
                    raise
                if key == "epochs":
                    self.epochs_per_run = int(value)
            elif command == "set_speed":
                self.batches_per_refresh = max(0, int(args[0]))
        except Exception as exc:
            self.errorOccurred.emit(message_of(exc))
        return None

    def _extend(self) -> None:
        """Train pressed after the run stopped: allow `epochs_per_run` more epochs."""
        t = self.trainer
        if t.stopped_because and t.stopped_because.startswith("diverging"):
            return  # training on would diverge again at once; the reason stays shown
        t.extend(self.epochs_per_run)

    def _emit(self, force: bool) -> bool:
        if not force and not self._taken.is_set():
            return False
        self._taken.clear()
        self._serial += 1
        snap = make_snapshot(self.trainer, self._serial, self._last_step, mirror=self._mirror)
        self.snapshotReady.emit(snap)
        return True


def message_of(exc: BaseException) -> str:
    """One line for the user: the message of the engine's own errors, else type + message."""
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    if isinstance(exc, ValueError | ArithmeticError | OSError) and first:
        return first
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def start_thread(obj: QtCore.QObject, run, name: str) -> QtCore.QThread:
    """Move `obj` (no parent) to a new QThread named `name`, call `run` there, start it.

    The one way work leaves the GUI thread: the training worker and every Job use it.
    """
    thread = QtCore.QThread()
    thread.setObjectName(name)
    obj.moveToThread(thread)
    thread.started.connect(run)
    thread.start()
    return thread


class _Runner(QtCore.QObject):
    """Calls the job's function in the job's thread (it lives there)."""

    done = QtCore.Signal(object, str)

    def __init__(self, job: Job) -> None:
        super().__init__()  # no parent: it is moved to its thread
        self._job = job

    @QtCore.Slot()
    def run(self) -> None:
        try:
            result = self._job.fn(self._job)
        except Exception as exc:
            self.done.emit(None, message_of(exc))
            return
        self.done.emit(result, "")


class Job(QtCore.QObject):
    """Run fn(job) once in its own thread: loading, downloading, fine-tuning.

        job = Job(lambda job: load_dataset("mnist"), "loadMnist")
        job.progress.connect(on_progress)   # (done, total, text) from job.report(...)
        job.done.connect(on_done)           # (result or None, "" or a one-line message)
        job.start()
        job.cancel()                        # fn sees job.cancelled() -> True and returns

    fn runs in the job's thread: it may call `job.report(done, total, text)` and
    `job.cancelled()`, nothing else of Qt. `done` arrives in the GUI thread once fn has
    returned and the thread has ended. `finish()` (on close) cancels and joins.
    """

    progress = QtCore.Signal(int, int, str)
    done = QtCore.Signal(object, str)

    def __init__(self, fn, name: str) -> None:
        super().__init__()
        self.fn = fn
        self.name = name
        self.thread: QtCore.QThread | None = None
        self._cancelled = threading.Event()
        self._runner = _Runner(self)
        self._runner.done.connect(self._on_done)

    def start(self) -> None:
        self.thread = start_thread(self._runner, self._runner.run, self.name)

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """From fn: how far it got (thread-safe)."""
        self.progress.emit(int(done), int(total or 0), str(text))

    def cancel(self) -> None:
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def finish(self) -> None:
        """Cancel and join the thread (fn has returned by then)."""
        self._cancelled.set()
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()

    def _on_done(self, result, error: str) -> None:
        self.thread.quit()
        self.thread.wait()  # fn has returned: the thread ends at once
        self.done.emit(result, error)
