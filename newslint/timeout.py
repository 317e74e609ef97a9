"""A time budget for one rule call.

On POSIX, in the main thread, an interval timer interrupts a rule that runs too long (the regular
expression engine checks for signals, so a runaway pattern is interrupted too). Elsewhere (worker
threads, Windows) the budget is not enforced.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator


class RuleTimeout(Exception):
    """A rule ran past its budget."""

    def __init__(self, seconds: float):
        super().__init__(f"timed out after {seconds:g} s")
        self.seconds = seconds


_CAN_TIME = hasattr(signal, "setitimer")


@contextlib.contextmanager
def budget(seconds: float) -> Iterator[None]:
    """Raise :class:`RuleTimeout` inside the block when it runs longer than ``seconds``."""
    if not _CAN_TIME or seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):  # noqa: ARG001 - signal handler signature
        raise RuleTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
