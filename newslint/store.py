"""The machine's store of compiled artefacts, kept between runs.

Compiling is slow and its results depend only on what is compiled and on the tools that compile
it, never on what is linted: the scan accelerator's databases (:mod:`newslint.scan.accelerator`)
and the rules' regular expressions (:mod:`newslint.compiled`) are kept in one folder, named by
:func:`store_folder`, and loaded by later runs in milliseconds. ``--no-cache``, which turns off
the result cache, does not turn this off; ``NEWSLINT_SCAN_STORE=`` (empty) does.

Every file in it is written whole through a rename (:func:`write_atomically`), named by a hash of
what it was compiled from, and only a hint: missing, cut short or from another build, it is
compiled again. The folder keeps the :data:`STORE_FILES` most recently used (:func:`prune`).
"""

from __future__ import annotations

import os
import tempfile
from typing import Optional

__all__ = ["STORE_ENV", "STORE_FILES", "use_store", "user_store", "store_folder", "write_atomically",
           "touch", "prune"]

#: The folder for compiled artefacts; empty: none (compile in every run).
STORE_ENV = "NEWSLINT_SCAN_STORE"

#: The folder :func:`use_store` gave (tests), used instead of :func:`user_store` once given.
_store: Optional[str] = None
_store_given = False

#: The store keeps this many files, the most recently used: one database per set of rules a user
#: runs (a set changes with every edit of a custom rule), one file of patterns per Python.
STORE_FILES = 64
#: The endings of the files :func:`prune` may remove (nothing else in the folder is touched).
_KEPT_ENDINGS = (".hsdb", ".plan.json", ".re")


def use_store(directory: Optional[str]) -> None:
    """Keep compiled artefacts in ``directory`` (``None``: compile in every run). Without a call,
    :func:`user_store` is used."""
    global _store, _store_given
    _store, _store_given = directory, True


def user_store() -> Optional[str]:
    """The user's folder for compiled artefacts, as black and pip keep theirs:
    ``$NEWSLINT_SCAN_STORE`` (empty: none), else ``newslint/scan`` in ``$XDG_CACHE_HOME``,
    ``%LOCALAPPDATA%`` on Windows, or ``~/.cache``."""
    setting = os.environ.get(STORE_ENV)
    if setting is not None:
        return setting or None
    base = os.environ.get("XDG_CACHE_HOME") or (os.environ.get("LOCALAPPDATA") if os.name == "nt"
                                                 else None)
    if not base:
        home = os.path.expanduser("~")
        if home == "~":
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "newslint", "scan")


def store_folder() -> Optional[str]:
    """The folder compiled artefacts are kept in (see :func:`use_store`), or ``None``."""
    return _store if _store_given else user_store()


def write_atomically(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed over it (a reader never sees
    half a file; a failure only costs the next run a compilation)."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except Exception:  # noqa: BLE001 - read-only folder, full disk: compile next time
        pass


def touch(path: str) -> None:
    """Mark a stored file as used now (the store keeps the most recently used)."""
    try:
        os.utime(path)
    except OSError:
        pass


def prune(folder: str) -> None:
    """Remove the least recently used files of the store beyond :data:`STORE_FILES` (a file in
    use elsewhere is read already or compiled again: nothing breaks)."""
    try:
        entries = [entry for entry in os.scandir(folder)
                   if entry.name.endswith(_KEPT_ENDINGS) and entry.is_file()]
        if len(entries) <= STORE_FILES:
            return
        entries.sort(key=lambda entry: entry.stat().st_mtime, reverse=True)
        for entry in entries[STORE_FILES:]:
            os.unlink(entry.path)
    except OSError:
        pass
