"""Write a file atomically: a temporary file beside it, then a rename, so a killed run never
leaves half a report or half a baseline behind.

Until the rename, readers of ``path`` see the previous file (or none); after it, the complete new
one. If the writer fails or is interrupted (an exception, Ctrl-C), the temporary file is removed
and ``path`` is untouched. A run killed outright (``SIGKILL``, power loss) can leave a hidden
``.NAME.*.tmp`` beside it, never a half-written ``NAME``.

Details that matter in practice:

- the new file gets the permissions of the file it replaces, or the usual ``0666 & ~umask`` for a
  new one (a temporary file alone would be private, ``0600``);
- a symbolic link is written through (the file it points to is replaced, the link kept);
- a path that is not a regular file (``/dev/null``, ``/dev/stdout``, a FIFO, a terminal) is written
  directly: it cannot be replaced, and must not be (as root, renaming over ``/dev/null`` would
  succeed);
- the data is flushed to disk before the rename, so the rename never exposes an empty file after
  a crash;
- errors name ``path`` itself, never the temporary file;
- a lone surrogate (valid in JSON, not in UTF-8) is written as ``\\ud800``, not a crash.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from typing import IO, Iterator


#: Text that UTF-8 cannot hold (a lone surrogate from a JSON record) is written escaped, not fatal.
_ERRORS = "backslashreplace"


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_write(path: str) -> Iterator[IO[str]]:
    """Open ``path`` for writing text (UTF-8, newlines as written); replace it only on success."""
    try:
        status = os.stat(path)  # through symbolic links (/dev/stdout → /proc/self/fd/1 → a pipe)
    except FileNotFoundError:
        mode = _default_mode()
    except OSError as error:
        raise OSError(error.errno, error.strerror, path) from None
    else:
        if not stat.S_ISREG(status.st_mode):
            with open(path, "w", encoding="utf-8", errors=_ERRORS, newline="") as direct:
                yield direct
            return
        mode = stat.S_IMODE(status.st_mode)
    target = os.path.realpath(path)

    directory = os.path.dirname(target)
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", errors=_ERRORS, newline="", dir=directory, prefix=f".{os.path.basename(target)}.",
            suffix=".tmp", delete=False,
        )
    except OSError as error:
        raise OSError(error.errno, error.strerror, path) from None
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, mode)
        os.replace(handle.name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
