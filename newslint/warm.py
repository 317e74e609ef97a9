"""Compile the scan accelerator ahead of the runs that need it.

The accelerator's database (:mod:`newslint.scan.accelerator`) takes seconds to compile and
milliseconds to load once it is kept. A run compiles it only when it is big enough to pay for it
(:data:`newslint.scan.WARM_AFTER`); so after an install or an upgrade, every small run (a
pre-commit hook's, an editor's) would scan without it, about a second slower, for ever.

Two ways out, both here:

- ``newslint warm [OPTIONS]`` compiles it now, for the rules the same options and configuration
  select (a Docker image's build step, a CI cache's), and every rule's regular expressions too
  (:mod:`newslint.compiled`);
- :func:`compile_ahead`: a run that scanned without it starts ``newslint warm`` in the
  background when it ends, detached from the terminal and at a low priority. One compiles at a
  time (a lock file in the store); ``NEWSLINT_COMPILE_AHEAD=0`` turns this off, and so does an
  empty ``NEWSLINT_SCAN_STORE``, which keeps nothing to load.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from typing import Callable, Optional, Sequence

from newslint import compiled
from newslint.engine import Linter
from newslint.lazy import LazyPattern
from newslint.scan import accelerator_available
from newslint.store import store_folder

#: What ``newslint warm --help`` prints.
HELP = """usage: newslint warm [OPTIONS]

Compile the scan accelerator's database for the rules a run with the same OPTIONS and
configuration would select (--config, --isolated, --select, --ignore, -p …), and every rule's
regular expressions, and keep them in the user's cache folder (or $NEWSLINT_SCAN_STORE), where
every later run loads them in milliseconds. Runs of 8 MB or more compile the database
themselves, and a smaller run that had none starts this command in the background as it ends
(NEWSLINT_COMPILE_AHEAD=0 turns that off); call it in a Docker image's build step or a CI
cache's. Exit status 0, or 2 for a bad option or configuration.
"""

#: Set to ``0`` never to compile in the background.
ENV = "NEWSLINT_COMPILE_AHEAD"
#: Set by :func:`compile_ahead` for the process it starts: the lock that process removes.
LOCK_ENV = "NEWSLINT_WARM_LOCK"
#: The lock's name in the store.
LOCK_NAME = "compiling.lock"
#: A lock older than this is left over from a compile that was killed: it is taken over.
STALE_AFTER = 15 * 60.0


def prepare(linter: Linter) -> str:
    """Load or compile the accelerator of ``linter``'s rules; what was done, in one line."""
    scanner = linter.scanner
    if not scanner.branches:
        return "newslint: no line rule is selected: the scan has nothing to compile"
    if not accelerator_available():
        return ("newslint: the scan accelerator is not available here (pip install "
                "'newslint[fast]'); runs use the exact scan")
    folder = store_folder()
    kept = f"kept in {folder}" if folder else "not kept: NEWSLINT_SCAN_STORE is empty"
    if scanner.complete:
        return f"newslint: the scan accelerator is ready ({scanner.accelerated} branches, {kept})"
    start = time.perf_counter()
    scanner.warm()
    return (f"newslint: compiled the scan accelerator ({scanner.accelerated} branches) in "
            f"{time.perf_counter() - start:.1f} s; {kept}")


def keep_patterns() -> None:
    """Compile every rule's pattern now and keep it in the store (:mod:`newslint.compiled`),
    where the runs that use it would have kept it one by one (a ``--jobs`` worker keeps
    nothing)."""
    for pattern in list(LazyPattern.made):
        with contextlib.suppress(Exception):  # (a plugin's bad pattern fails where it is used)
            pattern.search  # noqa: B018 - compiles it
    compiled.save()


def main(build: Callable[[], Linter]) -> int:
    """``newslint warm``: build the run's linter (``build``: from its options and configuration)
    and print what :func:`prepare` did. Started by :func:`compile_ahead`, it removes the lock
    it was given whatever happens."""
    lock = os.environ.get(LOCK_ENV)
    if lock:
        # Started by a run that has ended: give the user's work the machine first.
        with contextlib.suppress(AttributeError, OSError):
            os.nice(10)
    try:
        linter = build()
        message = prepare(linter)
        keep_patterns()
        print(message)
    finally:
        _release(lock)
    return 0


def compile_ahead(linter: Linter, argv: Sequence[str]) -> bool:
    """Start ``newslint warm`` with the run's own arguments in the background when this run
    scanned without the accelerator that it could have had (the rules' database is not kept yet);
    whether one was started."""
    if os.environ.get(ENV, "1") == "0" or not sys.executable or not linter.scanner.pending:
        return False
    folder = store_folder()
    if folder is None:
        return False
    lock = _lock(folder)
    if lock is None:
        return False
    environment = dict(os.environ, **{LOCK_ENV: lock})
    detached: dict = ({"creationflags": subprocess.DETACHED_PROCESS  # type: ignore[attr-defined]
                       | subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined]
                      if os.name == "nt" else {"start_new_session": True})
    try:
        subprocess.Popen([sys.executable, "-m", "newslint", "warm", *argv], env=environment,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, close_fds=True, **detached)
    except (OSError, ValueError):
        _release(lock)
        return False
    return True


def _lock(folder: str) -> Optional[str]:
    """Take the store's compile lock (its path), or ``None`` when another compile holds it or
    the store cannot be written."""
    path = os.path.join(folder, LOCK_NAME)
    for _ in range(2):
        try:
            os.makedirs(folder, exist_ok=True)
            handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            try:
                if time.time() - os.stat(path).st_mtime < STALE_AFTER:
                    return None
                os.unlink(path)
            except OSError:
                return None
            continue
        except OSError:
            return None
        with os.fdopen(handle, "w") as out:
            out.write(f"{os.getpid()}\n")
        return path
    return None


def _release(lock: Optional[str]) -> None:
    if lock:
        with contextlib.suppress(OSError):
            os.unlink(lock)
