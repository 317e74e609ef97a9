"""Expand the paths given on the command line into the files to lint, in a stable order.

Folders recurse; ``include`` globs pick files inside folders; ``exclude`` globs drop files and
whole folders, matched against the name and the path. A file named explicitly is linted whatever
its extension, unless excluded; a path that does not exist is passed on so that the reader reports
it (``NL910``), as is a folder that cannot be listed.

Hostile trees are safe to walk:

- the walk keeps its own stack instead of recursing, so a tree thousands of folders deep is fine;
- symbolic links to folders are not followed (as in flake8 and ripgrep), so a symlink loop cannot
  trap the walk and no folder is linted twice; a folder named on the command line is walked even
  when it is a symbolic link;
- a symbolic link to a file is linted as that file; a broken link or a link loop whose name the
  ``include`` globs pick is passed on, and the reader reports it (``NL910``);
- FIFOs, sockets and devices inside folders are skipped (opening a FIFO would block the run);
  named explicitly, they are read (``newslint <(zcat shard.gz)``).
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
from typing import Iterable, Iterator

from newslint.settings import Settings

STDIN = "-"


def _matches(path: str, patterns: Iterable[str]) -> bool:
    normalised = path.replace(os.sep, "/").removeprefix("./")
    name = normalised.rstrip("/").rsplit("/", 1)[-1]
    globs = _globs(tuple(patterns))
    return bool(globs.match(os.path.normcase(name)) or globs.match(os.path.normcase(normalised)))


@functools.lru_cache(maxsize=32)
def _globs(patterns: tuple[str, ...]) -> "re.Pattern[str]":
    """The patterns as one expression, matched as :func:`fnmatch.fnmatch` matches each (case
    folded where the file system folds it): one match per path instead of one per pattern."""
    return re.compile("|".join(f"(?:{fnmatch.translate(os.path.normcase(pattern))})"
                               for pattern in patterns) or "(?!)")


def discover(paths: Iterable[str], settings: Settings) -> Iterator[str]:
    """Yield the files to lint, folders expanded, each once, sorted by path (as the report is);
    ``-`` (stdin) comes first when given."""
    found = set(_expand(paths, settings))
    if STDIN in found:
        found.discard(STDIN)
        yield STDIN
    yield from sorted(found, key=_sort_key)


def _sort_key(path: str) -> str:
    return path.replace(os.sep, "/")


def _expand(paths: Iterable[str], settings: Settings) -> Iterator[str]:
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
    """The files under ``top`` to lint, sorted by path; folders that cannot be listed included
    (the reader reports them)."""
    found: list[str] = []
    folders = [top]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:
            found.append(folder)  # unreadable, vanished, name too long: the reader says which
            continue
        for entry in listed:
            path = os.path.join(folder, entry.name)
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not _matches(path, exclude):
                        folders.append(path)
                    continue
                if not (_matches(path, include) and not _matches(path, exclude)):
                    continue
                if entry.is_file() or (entry.is_symlink() and not os.path.exists(path)):
                    found.append(path)  # a regular file, a link to one, or a broken link / loop
            except OSError:
                found.append(path)  # vanished while listed: the reader reports it
    yield from sorted(found, key=lambda p: p.replace(os.sep, "/"))
