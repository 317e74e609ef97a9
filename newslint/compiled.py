"""Regular expressions compiled once per machine: :func:`compile` is ``re.compile``, kept.

Python compiles a pattern in Python code (the parser and compiler behind :mod:`re`) and hands the
resulting program, a list of numbers, to its C engine (``_sre.compile``). The rules' patterns are
many and long (vocabularies in a dozen languages): compiling the ones a pre-commit run over
``seeds/`` wakes took 0.12 s of its 0.3 s. The program is a pure function of the pattern, its flags
and the Python build, so it is kept in the store (:mod:`newslint.store`, beside the scan
accelerator's databases) and a later run hands it to the engine directly: milliseconds for all.
The pattern object is the one ``re.compile`` gives (they compare equal, program included: a test
checks every built-in pattern).

The file is named by the Python build and the engine's version (``_sre.MAGIC``), so another
Python never reads it; a process checks its first own compilation against ``re.compile`` before
it trusts the way it compiles; anything unexpected (an unreadable file, a private function that
changed) and patterns are compiled by ``re.compile``, as without the store. What a process
compiles that the store lacks is added when it exits (merged with what other runs added since).
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import platform
import re
import sys
from array import array
from typing import Any, Optional

from newslint.store import prune, store_folder, touch, write_atomically

try:
    import _sre  # the engine behind re: its compile() takes the program re's compiler makes
    try:
        from re import _compiler as _sre_compile, _parser as _sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_compile as _sre_compile  # type: ignore[no-redef]
        import sre_parse as _sre_parse  # type: ignore[no-redef]
    _USABLE = callable(getattr(_sre, "compile", None)) and hasattr(_sre, "MAGIC") \
        and callable(getattr(_sre_compile, "_code", None)) \
        and array("I").itemsize == getattr(_sre, "CODESIZE", 0)
except ImportError:  # pragma: no cover - another implementation of Python
    _USABLE = False

__all__ = ["compile", "save"]

#: The version of the file's layout.
_FORMAT = 2
#: A file holding more patterns than this starts again from the patterns this process used (a
#: house rule edited many times leaves its old versions behind).
MOST = 20_000

#: One pattern as the engine takes it: flags (the pattern's own included), program (its numbers'
#: bytes: read back in a moment, where a list of numbers took five times as long), groups, group
#: names to numbers, numbers to names.
Entry = tuple

#: A pattern's key: a digest of its source and flags (the sources themselves, long alternations of
#: vocabulary, made reading the file seven times slower).
Key = bytes
#: Key → entry: the store's, once read, and this process's.
_entries: Optional[dict[Key, Entry]] = None
#: The keys this process compiled itself (to add to the store) and those it used.
_new: set[Key] = set()
_used: set[Key] = set()
#: Whether this process's way of compiling matched ``re.compile`` (``None``: not checked yet).
_trusted: Optional[bool] = None
_saving = False


def compile(source: str, flags: int = 0) -> "re.Pattern[str]":  # noqa: A001 - re.compile's name
    """``re.compile(source, flags)``, from the store when it holds the pattern."""
    if not _USABLE or _trusted is False or not isinstance(source, str):
        return re.compile(source, flags)
    key = _key(source, int(flags))
    entries = _entries if _entries is not None else _load()
    entry = entries.get(key)
    if entry is not None:
        try:
            pattern = _built(source, entry)
            _used.add(key)
            return pattern
        except Exception:  # noqa: BLE001 - a program this engine refuses: compile it anew
            del entries[key]
    try:
        entry = _entry(source, int(flags))
        pattern = _built(source, entry)
    except Exception:  # noqa: BLE001 - not a valid pattern (re.compile says why), or sre moved
        return re.compile(source, flags)
    if not _trust(pattern, source, flags):
        return re.compile(source, flags)
    entries[key] = entry
    _new.add(key)
    _used.add(key)
    _save_at_exit()
    return pattern


def _key(source: str, flags: int) -> Key:
    return hashlib.blake2b(source.encode("utf-8", "surrogatepass") + b"\0%d" % flags,
                           digest_size=16).digest()


def _entry(source: str, flags: int) -> Entry:
    """What ``re.compile`` hands the engine for this pattern (as its compiler does)."""
    parsed = _sre_parse.parse(source, flags)
    code = array("I", _sre_compile._code(parsed, flags)).tobytes()
    names = dict(parsed.state.groupdict)
    by_number: list[Optional[str]] = [None] * parsed.state.groups
    for name, number in names.items():
        by_number[number] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, tuple(by_number))


def _built(source: str, entry: Entry) -> "re.Pattern[str]":
    """The pattern the engine makes of an entry."""
    flags, code, groups, names, by_number = entry
    program = array("I")
    program.frombytes(code)
    return _sre.compile(source, flags, program.tolist(), groups, names, by_number)


def _trust(pattern: "re.Pattern[str]", source: str, flags: int) -> bool:
    """Whether the first pattern this process compiled is ``re.compile``'s (equal: same flags,
    same program); if not, no pattern is compiled this way in this process."""
    global _trusted
    if _trusted is None:
        try:
            _trusted = pattern == re.compile(source, flags)
        except Exception:  # noqa: BLE001
            _trusted = False
    return bool(_trusted)


def _path() -> Optional[str]:
    """The store's file of patterns for this Python, or ``None`` (no store)."""
    folder = store_folder()
    if folder is None:
        return None
    build = repr((_FORMAT, sys.version, sys.implementation.cache_tag, platform.machine(),
                  getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None)))
    return os.path.join(folder, "patterns-" + hashlib.sha256(build.encode()).hexdigest()[:24] + ".re")


def _read(path: Optional[str]) -> dict[Key, Entry]:
    """The entries kept at ``path``, or none (no file, or not one this Python wrote)."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            entries = marshal.load(handle)
        if isinstance(entries, dict):
            return entries
    except Exception:  # noqa: BLE001 - missing, cut short, garbled: compile instead
        pass
    return {}


def _load() -> dict[Key, Entry]:
    """Read the store's entries once per process."""
    global _entries
    path = _path()
    _entries = _read(path)
    if _entries and path is not None:
        touch(path)
    return _entries


def _save_at_exit() -> None:
    global _saving
    if not _saving:
        _saving = True
        atexit.register(save)


def save() -> None:
    """Add the patterns this process compiled to the store (merged with the file as it is now:
    another run may have added others since this one read it)."""
    global _new
    if not _new or _entries is None:
        return
    path = _path()
    if path is None:
        return
    kept = _read(path)
    added = {key: _entries[key] for key in _new if key in _entries}
    if len(kept) + len(added) > MOST:
        kept = {key: _entries[key] for key in _used if key in _entries}
    kept.update(added)
    try:
        data = marshal.dumps(kept)
    except ValueError:  # pragma: no cover - an entry marshal cannot write: keep nothing new
        return
    write_atomically(path, data)
    prune(os.path.dirname(path))
    _new = set()


def reset_for_tests(entries: Optional[dict[Key, Any]] = None) -> None:
    """Forget what this process read and compiled (tests: as a new process would start)."""
    global _entries, _new, _used, _trusted
    _entries, _new, _used, _trusted = entries, set(), set(), None
