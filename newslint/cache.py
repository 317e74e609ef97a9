"""The result cache: a repeat run over unchanged files reads their findings instead of linting.

As ruff does it. Between discovery and the engine: for every unit of work (a file, or a chunk of a
big JSON Lines file, see :mod:`newslint.units`) the run asks :meth:`Cache.lookup`; on a miss it
lints the unit and :meth:`Cache.store` keeps what came out: the findings, the counts and the
corpus rules' state for the unit (so that a hit still feeds NL108 and every other corpus rule's
judgement).

An entry is found by a key made of

- the *run key* (:func:`run_key`): newslint's version and a hash of its source, the versions of
  the packages it needs, every loaded plugin (name, distribution, version, and a hash of its
  module's source, so an edited local or editable plugin counts as a new one), the Python
  version, and every field of the resolved
  :class:`~newslint.settings.Settings` serialised canonically (so options added later are in the
  key without anyone remembering to add them);
- the unit: its displayed path, where it starts (a chunk's byte range and first line) and a hash
  of its bytes.

So nothing stale is ever served: a changed file, rule option, plugin or newslint gives another key.
Entries are written to a temporary file and renamed into place (atomic on POSIX and Windows), so
two runs at once, or a run killed mid-write, never leave a half entry; an entry that cannot be read
is a miss. Findings that depend on the machine rather than the text (NL901 crashes, NL902
timeouts, NL903) are never stored.

The folder (``.newslint_cache/`` beside the configuration file, else in the working directory;
``--cache-dir`` or ``NEWSLINT_CACHE_DIR`` to move it) holds its own ``.gitignore`` and a
``CACHEDIR.TAG``. ``newslint clean-cache`` removes it. Standard input is never cached.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import os
import pickle
import platform
import re
import shutil
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Optional

from newslint import __version__

if TYPE_CHECKING:
    from newslint.engine import Linter
    from newslint.settings import Settings
    from newslint.units import Unit, UnitResult

DEFAULT_DIR = ".newslint_cache"
ENV = "NEWSLINT_CACHE_DIR"
#: Bumped when the entry format changes.
FORMAT = 1
#: Findings about the run rather than the text: never stored.
UNSTABLE = frozenset({"NL901", "NL902", "NL903"})
_GITIGNORE = "# Created by newslint: this folder is a cache of lint results.\n*\n"
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by newslint.\n"
        "# For information about cache directory tags see https://bford.info/cachedir/\n")
_BLOCK = 1 << 20


class CacheError(Exception):
    """The cache folder cannot be used (the run goes on without it) or removed."""


def default_directory(settings: "Settings") -> str:
    """Where the cache goes when no ``--cache-dir`` names it: ``NEWSLINT_CACHE_DIR``, else beside
    the configuration file, else in the working directory."""
    if os.environ.get(ENV):
        return os.environ[ENV]
    return os.path.join(settings.root if settings.config_path else ".", DEFAULT_DIR)


class Cache:
    """The entries of one run key in one cache folder. Picklable: ``--jobs`` workers use it too."""

    def __init__(self, directory: str, key: str):
        self.directory = directory
        self.key = key
        self.folder = os.path.join(directory, f"v{FORMAT}", key[:24])

    @classmethod
    def open(cls, directory: str, linter: "Linter") -> "Cache":
        """The cache for ``linter``'s run in ``directory`` (created, with its ``.gitignore``).

        Raises :class:`CacheError` when the folder cannot be created or written.
        """
        cache = cls(directory, run_key(linter))
        try:
            os.makedirs(cache.folder, exist_ok=True)
            # (The scan accelerator's compiled database and the rules' compiled patterns are
            # kept in the user's folder, cache or not: newslint.store.user_store.)
            for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _TAG)):
                path = os.path.join(directory, name)
                if not os.path.exists(path):
                    _write_atomically(path, text.encode("utf-8"))
        except OSError as error:
            raise CacheError(f"{error.filename or directory}: {error.strerror or error}") from None
        return cache

    # -- entries ----------------------------------------------------------------------------------

    def unit_key(self, unit: "Unit") -> Optional[str]:
        """The key of ``unit``'s entry, from its bytes; ``None`` for standard input, a named pipe
        or device (read once, by the reader) or a file that cannot be read (the run lints it and
        reports why)."""
        if unit.path == "-":
            return None
        try:
            if not stat.S_ISREG(os.stat(unit.path).st_mode):
                return None
        except OSError:
            return None
        digest = hashlib.blake2b(digest_size=20)
        digest.update(json.dumps([self.key, unit.display, unit.start, unit.end,
                                  unit.first_line]).encode("utf-8"))
        try:
            with open(unit.path, "rb") as handle:
                if unit.start:
                    handle.seek(unit.start)
                left = None if unit.end is None else unit.end - unit.start
                while left is None or left > 0:
                    block = handle.read(_BLOCK if left is None else min(_BLOCK, left))
                    if not block:
                        break
                    digest.update(block)
                    if left is not None:
                        left -= len(block)
        except OSError:
            return None
        return digest.hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key)

    def load(self, key: str) -> "Optional[UnitResult]":
        """The stored result for ``key``, or ``None`` (not there, or unreadable: a miss)."""
        try:
            with open(self._path(key), "rb") as handle:
                data = handle.read()
            stored_format, stored_key, result = pickle.loads(data)
        except Exception:  # noqa: BLE001 - missing, truncated, from another Python: a miss
            return None
        if stored_format != FORMAT or stored_key != key:
            return None
        return result

    def save(self, key: str, result: "UnitResult") -> None:
        """Keep ``result`` under ``key`` (not when it holds findings about the run)."""
        if any(violation.code in UNSTABLE for violation in result.violations):
            return
        path = self._path(key)
        data = pickle.dumps((FORMAT, key, result), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            try:
                _write_atomically(path, data)
            except FileNotFoundError:  # the first entry under this prefix
                os.makedirs(os.path.dirname(path), exist_ok=True)
                _write_atomically(path, data)
        except OSError:
            pass  # a full disk or a folder removed mid-run: the next run lints again

    # -- what the run calls -----------------------------------------------------------------------

    def lookup(self, unit: "Unit") -> "tuple[Optional[str], Optional[UnitResult]]":
        """(key, stored result or ``None``) for ``unit``; the key is ``None`` when it is not cached."""
        key = self.unit_key(unit)
        return key, (self.load(key) if key is not None else None)

    def store(self, unit: "Unit", key: Optional[str], result: "UnitResult") -> None:
        """Keep ``result`` for ``unit`` if the unit's bytes are still those its key was made from
        (a file changed while it was linted is not stored)."""
        if key is not None and self.unit_key(unit) == key:
            self.save(key, result)


_written = itertools.count()


def _write_atomically(path: str, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` (unique to this process), then rename it
    into place: a reader sees the old file or the whole new one, never a part."""
    temporary = f"{path}.tmp-{os.getpid()}-{next(_written)}"
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o644)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


# -- the run key ------------------------------------------------------------------------------------


def run_key(linter: "Linter") -> str:
    """A hash of everything besides a file's bytes that its findings depend on."""
    material = {
        "format": FORMAT,
        "newslint": __version__,
        "python": [platform.python_implementation(), list(sys.version_info[:2])],
        "source": _source_hash(sys.modules["newslint"]),
        "dependencies": dependency_versions(),
        "plugins": plugin_fingerprints(linter),
        "settings": canonical_settings(linter.settings),
    }
    text = json.dumps(material, sort_keys=True, separators=(",", ":"), default=_plain)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=20).hexdigest()


def dependency_versions() -> dict[str, str]:
    """The installed version of every package newslint needs, and of google-re2 (it runs patterns
    users write): ftfy and rapidfuzz decide findings too, and an upgrade must not be served the
    old one's results."""
    from importlib import metadata

    try:
        requirements = metadata.requires("newslint") or []
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        requirements = []
    versions = {}
    for requirement in requirements:
        if "extra ==" in requirement and "'re2'" not in requirement and '"re2"' not in requirement:
            continue  # tools (tests, Dask, the scan accelerator) do not change a finding
        name = re.split(r"[\s;\[<>=!~(]", requirement, maxsplit=1)[0]
        try:
            versions[name.lower()] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # an extra that is not installed
    return versions


def canonical_settings(settings: "Settings") -> Any:
    """Every field of the settings as plain JSON-able data (sets sorted)."""
    return _plain(dataclasses.asdict(settings))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in sorted(value.items(), key=lambda i: str(i[0]))}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(item) for item in value), key=repr)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def plugin_fingerprints(linter: "Linter") -> list:
    """(name, distribution, version, source hash) of every loaded plugin, built-ins included."""
    manager = linter.plugins.manager
    infos = {info.name: info for info in linter.plugins.infos}
    found = []
    for name, plugin in sorted(manager.list_name_plugin(), key=lambda pair: pair[0]):
        if plugin is None:
            continue  # blocked
        info = infos.get(name)
        found.append([name, info.distribution if info else "", info.version if info else "",
                      _source_hash(plugin)])
    return found


_SOURCE_HASHES: dict[str, str] = {}


def _source_hash(plugin: Any) -> str:
    """A hash of the source of the package a plugin module belongs to (its top-level package's
    ``.py`` files, or the module's own file); ``""`` when it has none."""
    module = sys.modules.get(getattr(plugin, "__name__", ""), plugin)
    filename = getattr(module, "__file__", None)
    if not filename:
        return ""
    path = Path(filename).resolve()
    top = getattr(module, "__name__", "").split(".")[0]
    root = path.parent
    # Walk up to the top-level package folder (newslint.rules lives in rules/: its own package).
    package = sys.modules.get(top)
    if package is not None and getattr(package, "__file__", None) and \
            Path(package.__file__).name == "__init__.py":
        candidate = Path(package.__file__).resolve().parent
        if candidate in path.parents:
            root = candidate
    elif path.name != "__init__.py":
        return _hash_files([path])
    key = str(root)
    if key not in _SOURCE_HASHES:
        _SOURCE_HASHES[key] = _hash_files(sorted(root.rglob("*.py")))
    return _SOURCE_HASHES[key]


def _hash_files(paths: Iterable[Path]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for path in paths:
        try:
            digest.update(path.name.encode("utf-8", "surrogateescape") + b"\0" + path.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


# -- the command line -------------------------------------------------------------------------------


def for_run(args: Any, linter: "Linter") -> "Optional[Cache]":
    """The cache a command-line run uses, or ``None``: off with ``--no-cache``, under ``--dask``
    (workers on other machines have no shared folder), and when the folder cannot be written
    (a warning says why; the run goes on without it)."""
    if getattr(args, "no_cache", False) or getattr(args, "dask", None):
        return None
    directory = getattr(args, "cache_dir", None) or default_directory(linter.settings)
    try:
        return Cache.open(directory, linter)
    except CacheError as error:
        sys.stderr.write(f"newslint: warning: cache not used: {error}\n")
        return None


def clean_main(argv: list[str]) -> int:
    """``newslint clean-cache [--cache-dir DIR] [--config FILE | --isolated]``."""
    import argparse

    from newslint.config import ConfigError, load_settings

    parser = argparse.ArgumentParser(prog="newslint clean-cache",
                                     description="Remove the cache of lint results.")
    parser.add_argument("--cache-dir", help=f"the cache folder (default: {DEFAULT_DIR} beside the "
                                            f"configuration file, else here; or ${ENV})")
    parser.add_argument("--config", help="read this configuration file to find the folder")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    args = parser.parse_args(argv)
    directory = args.cache_dir or default_directory(load_settings(args.config, args.isolated))
    try:
        removed = clean(directory)
    except CacheError as error:
        raise ConfigError(str(error)) from None
    print(f"newslint: removed {directory}" if removed else f"newslint: no cache at {directory}")
    return 0


# -- clean-cache ------------------------------------------------------------------------------------


def clean(directory: str) -> bool:
    """Remove the cache folder ``directory``; ``False`` when there is none. Refuses (CacheError) a
    folder that is not a newslint cache, so a mistyped ``--cache-dir`` cannot delete real files."""
    if not os.path.exists(directory):
        return False
    marker = os.path.join(directory, ".gitignore")
    try:
        with open(marker, encoding="utf-8") as handle:
            ours = handle.read() == _GITIGNORE
    except OSError:
        ours = False
    if not ours:
        raise CacheError(f"{directory}: not a newslint cache folder (no newslint .gitignore in "
                         f"it); not removed")
    try:
        shutil.rmtree(directory)
    except OSError as error:
        raise CacheError(f"{error.filename or directory}: {error.strerror or error}") from None
    return True
