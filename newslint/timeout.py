"""A time budget for rule calls, cheap enough to wrap every call of every rule.

Why not a plain ``setitimer`` per call: arming and disarming an interval timer and swapping the
``SIGALRM`` handler costs about 30 µs of system calls per rule call, which at millions of documents
and tens of calls each is minutes of overhead. Why not a watchdog thread: a thread needs the GIL to
run, and a runaway regular expression holds the GIL inside C code for as long as it runs, so the
thread would never get to interrupt it.

So: one interval timer, re-armed rarely. Entering a budget only writes the deadline into a slot
(``time.monotonic()`` and an attribute store, well under a microsecond). The real-time timer
(``SIGALRM``) is armed once and fires at the earliest deadline it knows of; its handler then looks
at the slot: if the call in the slot is past its deadline it raises :class:`RuleTimeout` in the
main thread, otherwise it re-arms the timer for the slot's remaining time (or lets it lapse when no
call is running). That is at most one signal per budget period, whatever the number of calls.

The signal is delivered by the kernel, not by Python code, so it interrupts anything that checks
for signals: Python bytecode, ``time.sleep``, blocking I/O, and CPython's regular-expression
engine, which calls ``PyErr_CheckSignals`` periodically while matching (verified by
``tests/test_hostile_input.py``). :class:`RuleTimeout` derives from :class:`BaseException` so a rule's
``except Exception`` cannot swallow it; a rule that swallows it anyway (bare ``except:``) is
interrupted again after :data:`REFIRE_SECONDS`.

Limits: the budget is enforced in the main thread of a process on POSIX (each ``--jobs`` worker
process has its own main thread and timer). In other threads (a Dask worker's threads) and on
Windows the budget is not enforced: the call runs to its end. The ``SIGALRM`` handler stays
installed in a process once a budget has been used there, and the timer is disarmed when the
process exits: an interpreter shutting down puts the default handler back, and a timer firing
then would kill the process with "Alarm clock" (exit 142) after its report was written.
"""

from __future__ import annotations

import atexit
import math
import os
import signal
import threading
import time
from typing import Any, Optional

#: After a timeout has been raised, how long a call that is still running (it swallowed the
#: exception) gets before the exception is raised again.
REFIRE_SECONDS = 0.5
#: How often the timeout is raised for one call before it is left to run to its end.
MAX_RAISES = 20


class RuleTimeout(BaseException):
    """A rule ran past its budget.

    A :class:`BaseException`, like :class:`KeyboardInterrupt`, so that ``except Exception`` in a
    rule does not swallow it. ``seconds`` is the budget that was exceeded.
    """

    def __init__(self, seconds: float):
        super().__init__(f"timed out after {seconds:g} s")
        self.seconds = seconds


_CAN_TIME = hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")
_MAIN_THREAD = threading.main_thread().ident
get_ident = threading.get_ident


class _Timer:
    """The process-wide state: the current slot and whether the interval timer is armed."""

    def __init__(self) -> None:
        #: The budget of the call being timed, or ``None``.
        self.slot: Optional[budget] = None
        #: Monotonic time at which the armed timer fires, or 0.0 when it is not armed.
        self.fires_at = 0.0
        self.installed = False

    def reset(self) -> None:
        """Forget everything (in a forked child: timers are not inherited, handlers are)."""
        global _MAIN_THREAD
        self.slot = None
        self.fires_at = 0.0
        _MAIN_THREAD = threading.main_thread().ident

    def install(self) -> None:
        signal.signal(signal.SIGALRM, self._on_alarm)
        self.installed = True
        atexit.register(self.disarm)

    def disarm(self) -> None:
        """Stop the interval timer (at exit: before the interpreter drops the handler)."""
        self.fires_at = 0.0
        signal.setitimer(signal.ITIMER_REAL, 0)

    def arm(self, seconds: float) -> None:
        self.fires_at = time.monotonic() + seconds
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-4))

    def _on_alarm(self, signum: int, frame: Any) -> None:  # noqa: ARG002 - handler signature
        self.fires_at = 0.0
        slot = self.slot
        if slot is None:
            return  # nothing is being timed: let the timer lapse
        now = time.monotonic()
        if now < slot.deadline:
            if slot.deadline != math.inf:
                self.arm(slot.deadline - now)  # fired for an earlier call: wait for this one
            return  # (a paused lap: let the timer lapse)
        if frame is not None and frame.f_code in _OWN_CODE:
            # Entering or leaving the budget itself: raising here could leave the slot behind.
            self.arm(1e-3)
            return
        if slot.raised >= MAX_RAISES:
            return  # give up on a call that swallows every timeout; it runs to its end
        slot.raised += 1
        self.arm(REFIRE_SECONDS)  # in case the rule swallows the exception
        raise RuleTimeout(slot.limit)


_TIMER = _Timer()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_TIMER.reset)


class laps:  # noqa: N801 - used like a function: ``with laps() as clock:``
    """Many consecutive calls, each with its own budget, for the price of one slot.

    The engine times every rule on every document; a :class:`budget` per call costs a few
    microseconds of object and context-manager overhead, which at 40 rules per document is a tenth
    of the run. Inside ``with laps() as clock``, :meth:`start` gives the next call its budget (two
    attribute stores and a clock read) and :meth:`stop` pauses the slot and returns the seconds the
    call took. Put both inside the ``try`` that catches :class:`RuleTimeout`: a timeout that fires
    just after the call returned, before :meth:`stop`, still belongs to that call.
    """

    __slots__ = ("deadline", "limit", "raised", "_started", "_timed", "_previous")

    def __init__(self) -> None:
        self.deadline = math.inf
        self.limit: Optional[float] = None
        self.raised = 0
        self._started = 0.0
        self._timed = False
        self._previous: Optional[Any] = None

    def __enter__(self) -> "laps":
        if _CAN_TIME and get_ident() == _MAIN_THREAD:
            timer = _TIMER
            if not timer.installed:
                timer.install()
            self._previous = timer.slot
            timer.slot = self
            self._timed = True
        return self

    def start(self, seconds: float, limit: float) -> None:
        """Time the next call: ``seconds`` from now (``limit`` is the budget named on timeout)."""
        self._started = now = time.monotonic()
        if not self._timed or seconds == math.inf:
            return
        if seconds <= 0:
            raise RuleTimeout(limit)
        self.limit = limit
        self.raised = 0
        self.deadline = deadline = now + seconds
        fires_at = _TIMER.fires_at
        if not fires_at or fires_at > deadline:
            _TIMER.arm(seconds)

    def stop(self) -> float:
        """Pause the slot; the seconds since :meth:`start`."""
        self.deadline = math.inf
        return time.monotonic() - self._started

    def __exit__(self, *exc_info: Any) -> None:
        self.deadline = math.inf
        if self._timed:
            if _TIMER.slot is self:
                _TIMER.slot = self._previous
            self._previous = None
            self._timed = False


class budget(laps):  # noqa: N801 - used like a function: ``with budget(seconds):``
    """Raise :class:`RuleTimeout` inside the block when it runs longer than ``seconds``.

    ``seconds`` of ``None`` or infinity means no limit; zero or less means the time is already
    used up (where budgets are enforced, the block is not entered). ``limit`` is the budget named
    in the exception (default: ``seconds``), so that a caller spreading one budget over many calls
    reports the whole budget. After the block, :attr:`elapsed` holds the seconds it took.

    A :class:`laps` slot timing one call. Budgets do not nest: an inner budget replaces the outer
    one until it ends.
    """

    __slots__ = ("seconds", "elapsed")

    def __init__(self, seconds: Optional[float], limit: Optional[float] = None):
        super().__init__()
        self.seconds = math.inf if seconds is None else seconds
        self.limit = seconds if limit is None else limit
        self.elapsed = 0.0

    def __enter__(self) -> "budget":
        super().__enter__()
        try:
            self.start(self.seconds, self.limit if self.limit is not None else 0.0)
        except RuleTimeout:
            super().__exit__()
            raise
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.elapsed = self.stop()
        super().__exit__(*exc_info)


_OWN_CODE = frozenset({budget.__enter__.__code__, budget.__exit__.__code__,
                       laps.__enter__.__code__, laps.start.__code__, laps.stop.__code__,
                       laps.__exit__.__code__})


def timing_enforced() -> bool:
    """Whether a budget entered here, now, would interrupt a runaway call."""
    return _CAN_TIME and get_ident() == _MAIN_THREAD
