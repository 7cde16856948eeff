"""A generator run in a background thread, its items handed to the GUI thread as they come.

    stream = Stream(lambda stop: refine(..., should_stop=stop), "lossLandscape")
    stream.latest.connect(draw)       # draw(item): the newest item, in the GUI thread
    stream.done.connect(on_done)      # on_done("" or a one-line error message)
    stream.start()
    stream.finish()                   # cancel and join (on close, or before a new stream)

Built on gui.worker.Job (the one way work leaves the GUI thread). The generator gets
`stop`, a function that says whether it has been cancelled, to ask between its steps.
Items travel through a queue; when the GUI thread is busy and several have piled up,
only the newest is delivered (each item is a whole picture, so older ones are stale).
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator

from PySide6 import QtCore

from gui.worker import Job


class Stream(QtCore.QObject):
    latest = QtCore.Signal(object)
    done = QtCore.Signal(str)

    def __init__(self, make: Callable[[Callable[[], bool]], Iterator], name: str) -> None:
        super().__init__()
        self._make = make
        self._items: queue.SimpleQueue = queue.SimpleQueue()
        self.job = Job(self._run, name)
        self.job.progress.connect(self._deliver)
        self.job.done.connect(self._on_done)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.job.start()

    def cancel(self) -> None:
        self.job.cancel()

    def finish(self) -> None:
        """Cancel and wait for the thread (the generator stops at its next step)."""
        self.job.cancel()
        if self.running:
            self.job.finish()
            self.running = False

    def _run(self, job: Job) -> None:  # in the job's thread
        for item in self._make(job.cancelled):
            if job.cancelled():
                return
            self._items.put(item)
            job.report(1)

    def _deliver(self, *_args) -> None:
        item = None
        while True:
            try:
                item = self._items.get_nowait()
            except queue.Empty:
                break
        if item is not None and not self.job.cancelled():
            self.latest.emit(item)

    def _on_done(self, _result, error: str) -> None:
        self._deliver()
        self.running = False
        self.done.emit(error)
