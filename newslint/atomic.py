"""Write a file atomically: a temporary file beside it, then a rename, so a killed run never
leaves half a report or half a baseline behind.

Until the rename, readers of ``path`` see the previous file (or none); after it, the complete new
one. If the writer fails or is interrupted (an exception, Ctrl-C), the temporary file is removed
and ``path`` is untouched. A run killed outright (``SIGKILL``, power loss) can leave a hidden
``.NAME.*.tmp`` beside it, never a half-written ``NAME``.

Details that matter in practice:

- the new file gets the permissions of the file it replaces (and its owner, where the process may
  set it), or the usual ``0666 & ~umask`` for a new one (a temporary file alone would be private,
  ``0600``);
- a symbolic link is written through (the file it points to is replaced, the link kept);
- a path that is not a regular file (``/dev/null``, ``/dev/stdout``, a FIFO, a terminal) is written
  directly: it cannot be replaced, and must not be (as root, renaming over ``/dev/null`` would
  succeed);
- the data is flushed to disk before the rename, so the rename never exposes an empty file after
  a crash;
- errors name ``path`` itself, never the temporary file;
- a lone surrogate (valid in JSON, not in UTF-8) is written as ``\\ud800``, not a crash;
- the temporary files being written are listed in :data:`PENDING`, so that a process stopped by
  a signal handler that cannot unwind (a ``--jobs`` worker on Ctrl-C) removes them first
  (:func:`remove_pending`);
- raising :class:`Discard` inside the block removes the temporary file and leaves ``path`` as it
  was (a writer that learns only at the end that nothing changed).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from typing import IO, Any, Callable, Iterator, Optional


#: Text that UTF-8 cannot hold (a lone surrogate from a JSON record) is written escaped, not fatal.
_ERRORS = "backslashreplace"
#: Temporary files being written right now, by this process.
PENDING: set[str] = set()
#: Open the temporary file in binary mode on Windows (newlines are the writer's business).
_O_BINARY = getattr(os, "O_BINARY", 0)


class Discard(Exception):
    """Raised inside :func:`atomic_write`: drop the new content, keep ``path`` as it was."""


def remove_pending() -> None:
    """Remove the temporary files this process is writing (from a signal handler, before exiting)."""
    for name in list(PENDING):
        with contextlib.suppress(OSError):
            os.unlink(name)
    PENDING.clear()


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_write(path: str, binary: bool = False,
                 before_replace: Optional[Callable[[], None]] = None) -> Iterator[IO[Any]]:
    """Open ``path`` for writing text (UTF-8, newlines as written), or bytes when ``binary``;
    replace it only on success. ``before_replace`` is called once the new content is on disk,
    just before the rename: raising there keeps ``path`` as it was."""
    text = {} if binary else {"encoding": "utf-8", "errors": _ERRORS, "newline": ""}
    mode_string = "wb" if binary else "w"
    try:
        status = os.stat(path)  # through symbolic links (/dev/stdout → /proc/self/fd/1 → a pipe)
    except FileNotFoundError:
        mode = _default_mode()
        owner = None
    except OSError as error:
        raise OSError(error.errno, error.strerror, path) from None
    else:
        if not stat.S_ISREG(status.st_mode):
            with open(path, mode_string, **text) as direct:
                yield direct
            return
        mode = stat.S_IMODE(status.st_mode)
        owner = (status.st_uid, status.st_gid)
    target = os.path.realpath(path)

    directory = os.path.dirname(target)
    prefix = os.path.join(directory, f".{os.path.basename(target)}.")
    # The name is listed as pending, and held as this writer's, before the file exists: a signal
    # at any moment after the file is made finds it listed (a --jobs worker's handler removes what
    # is listed) and, where it raises (Ctrl-C in the main process), finds it this writer's to
    # remove below, never a temporary file nobody knows of. Only a name another writer holds
    # (``FileExistsError``) is let go, before anything else.
    name: Optional[str] = None  # the temporary file's, once this writer holds it
    candidate: Optional[str] = None
    try:
        while True:
            candidate = f"{prefix}{secrets.token_hex(4)}.tmp"
            PENDING.add(candidate)
            name = candidate
            try:
                descriptor = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600)
                break
            except FileExistsError:
                name = None
                PENDING.discard(candidate)
        temporary = candidate
        with os.fdopen(descriptor, mode_string, **text) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        if owner is not None and owner != (os.getuid(), os.getgid()):
            with contextlib.suppress(OSError, AttributeError):  # only root may give a file away
                os.chown(temporary, *owner)
        if before_replace is not None:
            before_replace()
        os.replace(temporary, target)
    except BaseException as error:
        if name is not None:
            with contextlib.suppress(OSError):
                os.unlink(name)
        if isinstance(error, Discard):
            return
        if isinstance(error, OSError) and error.filename is not None and error.filename == candidate:
            raise OSError(error.errno, error.strerror, path) from None
        raise
    finally:
        for listed in (name, candidate):
            if listed is not None:
                PENDING.discard(listed)
