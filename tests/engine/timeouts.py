"""A guard the fuzz tests share: fail instead of hanging (not a speed test: bench/ measures)."""

from __future__ import annotations

import signal
from contextlib import contextmanager


@contextmanager
def time_limit(seconds: float, what: str = "no answer"):
    """Raise TimeoutError in the block after `seconds` (POSIX: SIGALRM interrupts a stuck
    read); elsewhere the block just runs."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):
        raise TimeoutError(f"{what} after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
