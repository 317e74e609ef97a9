"""Progress of a long run on standard error: records done, MB/s and the time left.

Shown only where a person watches: ``--progress auto`` (the default) shows it when standard error
is a terminal, the environment is not CI (``CI`` set) and the report is in a human format; never
with machine formats, whose consumers read the terminal too. ``--progress always`` forces it,
``never`` turns it off. Nothing is drawn during the first seconds, so short runs stay quiet, and
the line is erased before any finding is printed, so findings never land on a progress line.
"""

from __future__ import annotations

import os
import sys
import time
from typing import IO, Mapping, Optional

#: Seconds before the first line is drawn, and between redraws.
DELAY = 2.0
INTERVAL = 0.5
_ERASE = "\r\x1b[K"


def wanted(mode: str, human_format: bool, stream: IO[str],
           environ: Mapping[str, str] = os.environ) -> bool:
    """Whether to show progress for ``--progress mode``."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if environ.get("CI") or not human_format:
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress_for(mode: str, human_format: bool, stream: Optional[IO[str]] = None) -> Optional["Progress"]:
    """A :class:`Progress` writing to standard error when ``mode`` says so, else ``None``."""
    stream = stream if stream is not None else sys.stderr
    return Progress(stream) if wanted(mode, human_format, stream) else None


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class Progress:
    """Counts documents and input bytes; redraws one status line at most every :data:`INTERVAL`."""

    def __init__(self, stream: IO[str], delay: float = DELAY, interval: float = INTERVAL,
                 clock=time.monotonic):
        self.stream = stream
        self.delay = delay
        self.interval = interval
        self.clock = clock
        self.total = 0
        self.documents = 0
        self.done = 0
        self.started = clock()
        self.next_draw = self.started + delay
        self.shown = False

    def start(self, total_bytes: int) -> None:
        """Begin: ``total_bytes`` of input to go."""
        self.total = total_bytes
        self.started = self.clock()
        self.next_draw = self.started + self.delay

    def advance(self, documents: int = 0, size: int = 0) -> None:
        self.documents += documents
        self.done += size
        now = self.clock()
        if now >= self.next_draw:
            self.next_draw = now + self.interval
            self._draw(now)

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [f"newslint: {self.documents:,} records",
                 f"{self.done / 1e6:,.0f}/{self.total / 1e6:,.0f} MB",
                 f"{rate / 1e6:.1f} MB/s"]
        if rate > 0 and self.total > self.done:
            parts.append(f"ETA {_duration((self.total - self.done) / rate)}")
        return ", ".join(parts)

    def _draw(self, now: float) -> None:
        try:
            self.stream.write(_ERASE + self.line(now))
            self.stream.flush()
            self.shown = True
        except (OSError, ValueError):
            self.shown = False

    def clear(self) -> None:
        """Erase the line (before a finding is printed); it comes back at the next redraw."""
        if self.shown:
            try:
                self.stream.write(_ERASE)
                self.stream.flush()
            except (OSError, ValueError):
                pass
            self.shown = False

    def finish(self) -> None:
        self.clear()
