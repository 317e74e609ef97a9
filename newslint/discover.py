"""Expand the paths given on the command line into the files to lint, in a stable order.

Folders recurse (symlinked folders are not followed, so a symlink loop cannot trap the walk);
``include`` globs pick files inside folders; ``exclude`` globs drop files and whole folders,
matched against the name and the path. A file named explicitly is linted whatever its extension,
unless excluded. A path that does not exist is passed on so the reader reports it (``NL910``).
"""

from __future__ import annotations

import fnmatch
import os
from typing import Iterable, Iterator

from newslint.settings import Settings

STDIN = "-"


def _matches(path: str, patterns: Iterable[str]) -> bool:
    normalised = path.replace(os.sep, "/").removeprefix("./")
    name = normalised.rstrip("/").rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(normalised, pattern)
               for pattern in patterns)


def discover(paths: Iterable[str], settings: Settings) -> Iterator[str]:
    """Yield the files to lint (and ``-`` for stdin), folders expanded, in sorted order per folder."""
    exclude = [*settings.exclude, *settings.extend_exclude]
    include = settings.include
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            if not _matches(os.path.abspath(path), exclude) or path in (".", "./"):
                yield from _walk(path, include, exclude)
        elif not _matches(path, exclude):
            yield path


def _walk(top: str, include: list[str], exclude: list[str]) -> Iterator[str]:
    found: list[str] = []

    def onerror(error: OSError) -> None:
        # An unreadable folder is reported as a file the reader cannot open.
        found.append(error.filename or top)

    for folder, subfolders, files in os.walk(top, onerror=onerror):
        subfolders[:] = sorted(d for d in subfolders if not _matches(os.path.join(folder, d), exclude))
        for name in files:
            path = os.path.join(folder, name)
            if _matches(path, include) and not _matches(path, exclude):
                found.append(path)
    yield from sorted(found, key=lambda p: p.replace(os.sep, "/"))
