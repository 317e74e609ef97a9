"""The optional accelerator: every trigger branch in one Hyperscan database, one pass per text.

``pip install "newslint[fast]"`` installs Hyperscan's Python binding. Each branch that
:mod:`newslint.scan.translate` can rewrite goes into one database; one pass over a text (UTF-8,
with a newline in front, as line-start branches expect) tells, per branch:

- *line-local* branches (no match can hold a newline): the lines where a match ends, which are
  the lines where it starts; ``re`` then searches only from those lines
  (:func:`newslint.scan.exact.branch_lines`), unless the rewrite is *exact*
  (:class:`~newslint.scan.translate.Translation`): then those lines are the branch's, and ``re``
  neither searches nor compiles it (half the branches of the built-in triggers);
- other branches (a match may span lines): with ``HS_FLAG_SOM_LEFTMOST``, each match's leftmost
  start and its end; the lines from the start's to the end's are candidates (a match of ``re``
  starts at or after the leftmost start of the rewrite's match with the same end). Where the
  engine cannot track starts for a branch, whether it matches at all (``HS_FLAG_SINGLEMATCH``),
  and if so ``re`` searches the whole text as without the accelerator.

The rewrite is a superset of the branch, so a branch that Hyperscan does not report cannot match,
and the findings are those of the exact scan (a test runs the checks both ways).

Not every build can be trusted: the wheels 0.7.30-0.9.1 (Vectorscan 5.4.12) miss
``\\n[ \\t]*\\(?(?:Image|Artwork)`` after a line ending in many spaces. The extra pins 0.7.0
(Vectorscan 5.4.11) where it has wheels, and :func:`available` runs that probe once: an engine
that fails it is not used, and the exact scan runs alone.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import platform
import sys
from itertools import accumulate
from typing import Any, NamedTuple, Optional, Sequence

from newslint.scan.translate import Untranslatable, translate
from newslint.store import prune, store_folder, touch, write_atomically

try:  # the ``fast`` extra
    import hyperscan as _hs
except Exception:  # noqa: BLE001 - not installed, or a binary that does not load here
    _hs = None

#: Set to ``0`` to never use the accelerator (the exact scan alone), e.g. to compare.
ENV = "NEWSLINT_ACCELERATOR"

_probe_result: Optional[bool] = None

_PLUS_ONE = (1).__add__

#: How a branch's matches are read: the line of the end, the lines from start to end, "any", or
#: the line of the end as the branch's own line (an exact rewrite: no ``re`` search after it).
LINE, SPAN, ANY, EXACT = 0, 1, 2, 3
#: The kinds read by the line of a match's end.
_BY_END = (LINE, EXACT)


class Entry(NamedTuple):
    """A branch in the database: its number among the scanner's branches and how to read it."""

    branch: int
    kind: int


def available() -> bool:
    """Whether Hyperscan is installed, allowed (``NEWSLINT_ACCELERATOR``) and passes the probe."""
    global _probe_result
    if _hs is None or os.environ.get(ENV, "1") == "0":
        return False
    if _probe_result is None:
        _probe_result = _probe()
    return _probe_result


def _probe() -> bool:
    """The known engine bug of Vectorscan 5.4.12, on a text where ``re`` finds the match."""
    try:
        database = _compile(["\\n[ \\t]*\\(?(?:Image|Artwork)"], [0], [_flags(LINE)])
        found: list[int] = []
        database.scan(b"\nx" + b" " * 40 + b"\n(Image by",
                      match_event_handler=lambda *match: found.append(match[0]))
        return bool(found)
    except Exception:  # noqa: BLE001 - an engine that cannot even do this is not used
        return False


def _compile(expressions: list[str], ids: list[int], flags: list[int]) -> Any:
    database = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    database.compile(expressions=[e.encode("utf-8") for e in expressions], ids=ids,
                     elements=len(expressions), flags=flags)
    return database


#: Databases compiled in this process, by their patterns: a ``--jobs`` worker forked after the
#: parent compiled reuses the parent's.
_DATABASES: dict[tuple, tuple[Any, list[Entry]]] = {}


class Accelerator:
    """One database for the branches that translate; ``entries[i]`` says what match id ``i`` is."""

    def __init__(self, branches: Sequence[tuple[str, int, bool]]):
        """``branches``: (pattern, flags, newline-led) of every distinct branch, by number."""
        key = tuple(branches)
        if key not in _DATABASES:
            _DATABASES[key] = _build(branches)
        self.database, self.entries = _DATABASES[key]
        #: The branch numbers the database covers.
        self.covered = frozenset(entry.branch for entry in self.entries)
        #: Those it gives candidate lines for (not only "it matches somewhere").
        self.located = frozenset(entry.branch for entry in self.entries if entry.kind != ANY)
        #: Those whose candidate lines are their lines: ``re`` need not search them.
        self.exact = frozenset(entry.branch for entry in self.entries if entry.kind == EXACT)
        #: Per entry, its branch number when it is line-local (:data:`LINE`), else -1: what
        #: the match handler reads first.
        self.line_local = [entry.branch if entry.kind in _BY_END else -1 for entry in self.entries]

    @classmethod
    def stored(cls, branches: Sequence[tuple[str, int, bool]]) -> Optional["Accelerator"]:
        """The accelerator of these branches if it is at hand: built in this process, or its plan
        and database kept in the store (loading both takes milliseconds); else ``None``, and
        nothing is translated or compiled."""
        key = tuple(branches)
        if key not in _DATABASES:
            database, entries = _database(_load_plan(branches) or [], may_compile=False)
            if database is None:
                return None
            _DATABASES[key] = database, entries
        return cls(branches)

    def scan(self, padded: str, starts: list[int]) -> Optional[dict[int, Any]]:
        """Branch number → sorted candidate lines, or ``True`` (it matches somewhere: search the
        whole text) for the covered branches that may match; ``None`` when the text cannot be
        scanned (it holds a lone surrogate: the exact scan takes it).

        ``padded`` is the text with a newline in front (``"\n" + text``, as line-start branches
        search it), ``starts`` its lines' starts in the text."""
        if self.database is None:
            return {}
        encoded = encode(padded, starts)
        return None if encoded is None else self.scan_data(*encoded)

    def scan_data(self, data: bytes, starts: list[int]) -> dict[int, Any]:
        """:meth:`scan` of the text :func:`encode` gave."""
        if self.database is None:
            return {}
        entries = self.entries
        line_local = self.line_local
        found: dict[int, Any] = {}
        # Per database entry, the offsets (in data) between which a match adds nothing:
        # its lines are recorded already. A long line can hold a match at every character.
        low = [0] * len(entries)
        high = [-1] * len(entries)
        bisect_right = bisect.bisect_right
        last_line = len(starts) - 1
        beyond = len(data) + 1

        # Offsets are in data ("\n" + text): the newline in front of line i is at ``starts[i]``,
        # so the byte at offset x (x >= 1) is on line bisect_right(starts, x - 1) - 1, and a match
        # whose last byte is at ``end - 1`` ends on line bisect_right(starts, end - 1) - 1 (a
        # newline-led match's leading newline counts as the line it leads).
        def on_match(id_: int, start: int, end: int, _flags: int, _context: Any) -> None:
            if end <= high[id_] and start >= low[id_]:
                return
            branch = line_local[id_]
            if branch >= 0:
                # A line-local entry (nearly all of them, a hundred thousand matches a 20 MB
                # run): the one line of the match's end, added to the set as it is.
                last = bisect_right(starts, end - 1) - 1
                lines = found.get(branch)
                if lines is None:
                    found[branch] = {last}
                else:
                    lines.add(last)
                high[id_] = starts[last + 1] if last < last_line else beyond
                return
            branch, kind = entries[id_]
            if kind == ANY:
                found[branch] = True
                low[id_], high[id_] = 0, beyond
                return
            last = bisect_right(starts, end - 1) - 1
            first = max(0, bisect_right(starts, start - 1) - 1)
            lines = found.get(branch)
            if lines is None:
                lines = found[branch] = set()
            lines.update(range(first, last + 1))
            low[id_] = starts[first] + 1
            high[id_] = starts[last + 1] if last < last_line else beyond

        self.database.scan(data, match_event_handler=on_match)
        return {branch: lines if lines is True else sorted(lines) for branch, lines in found.items()}


class Tiered:
    """Accelerators of several sets of branches (*tiers*), read as one over a run's branches.

    A tier is the branches a database is compiled for and, per branch, its number in the run
    (``-1``: the run does not use it). The built-in rules' triggers are one tier whatever the
    run selects, so a run with ``--select``, ``--ignore`` or another configuration loads the
    database every run shares; the branches of house rules and plugins are another, small one,
    which compiles in a moment. A house rule's edit compiles its own tier again, never the
    built-in one's (seconds). Each tier's matches are read in its own numbers and given in the
    run's; a branch of no loaded tier is scanned as without the accelerator."""

    def __init__(self, tiers: Sequence[tuple[Accelerator, Sequence[int]]]):
        self.tiers = [(accelerator, list(remap)) for accelerator, remap in tiers]
        self.covered = self._in_run(lambda accelerator: accelerator.covered)
        self.located = self._in_run(lambda accelerator: accelerator.located)
        self.exact = self._in_run(lambda accelerator: accelerator.exact)
        #: Each tier's entries, in the run's branch numbers (those the run uses).
        self.entries = [Entry(remap[entry.branch], entry.kind)
                        for accelerator, remap in self.tiers for entry in accelerator.entries
                        if remap[entry.branch] >= 0]
        self._identity = len(self.tiers) == 1 and self.tiers[0][1] == list(range(len(self.tiers[0][1])))

    def _in_run(self, numbers: Any) -> frozenset[int]:
        return frozenset(remap[number] for accelerator, remap in self.tiers
                         for number in numbers(accelerator) if remap[number] >= 0)

    def scan(self, padded: str, starts: list[int]) -> Optional[dict[int, Any]]:
        """:meth:`Accelerator.scan` of every tier, in the run's branch numbers."""
        if self._identity:
            return self.tiers[0][0].scan(padded, starts)
        encoded = encode(padded, starts)
        if encoded is None:
            return None
        found: dict[int, Any] = {}
        for accelerator, remap in self.tiers:
            for number, lines in accelerator.scan_data(*encoded).items():
                if remap[number] >= 0:
                    found[remap[number]] = lines
        return found


def encode(padded: str, starts: list[int]) -> Optional[tuple[bytes, list[int]]]:
    """The text as the engine scans it (UTF-8) and where its lines start in those bytes; ``None``
    when it holds a lone surrogate (no UTF-8: the exact scan takes it)."""
    try:
        data = padded.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return data, (starts if len(data) == len(padded) else _newlines(data))


def _build(branches: Sequence[tuple[str, int, bool]]) -> tuple[Any, list[Entry]]:
    """Compile the branches that translate into one database. When the engine refuses it, each
    branch is tried on its own (as written, then with long repeats widened; one whose matches may
    span lines with start-of-match tracking, else as "any") and those it refuses are left out.

    What goes into the database (the *plan*) is kept in the store beside it: a run that finds both
    neither translates nor compiles (a third of a small run's start-up)."""
    kept = _load_plan(branches)
    if kept is not None:
        try:
            return _database(kept)
        except Exception:  # noqa: BLE001 - the plan no longer compiles: plan again
            pass
    rewritten = []
    for number, (pattern, flags, newline_led) in enumerate(branches):
        try:
            rewritten.append((number, pattern, flags, newline_led,
                              translate(pattern, flags, newline_led)))
        except Untranslatable:
            continue
    kept = [(expression, Entry(number, EXACT if exact else LINE if line_local else SPAN))
            for number, _, _, _, (expression, line_local, exact) in rewritten]
    try:  # the usual case: all at once, one compilation
        built = _database(kept)
    except Exception:  # noqa: BLE001 - hyperscan.error: find what it refuses
        kept = []
        for number, pattern, flags, newline_led, translation in rewritten:
            for widen in (False, True):
                if widen:
                    translation = translate(pattern, flags, newline_led, widen=True)
                expression, line_local, exact = translation
                kinds = (EXACT,) if exact else (LINE,) if line_local else (SPAN, ANY)
                kind = next((kind for kind in kinds if _compiles(expression, kind)), None)
                if kind is not None:
                    kept.append((expression, Entry(number, kind)))
                    break
        try:
            built = _database(kept)
        except Exception:  # noqa: BLE001 - each compiles, all together do not: use none
            return None, []
    _save_plan(branches, kept)
    return built


#: The code a plan is derived from, besides the branches and the engine: a plan made by other
#: code is never read.
_PLAN_SOURCES = ("accelerator.py", "translate.py", "_sre.py")


def planned(branches: Sequence[tuple[str, int, bool]]) -> bool:
    """Whether a plan of these branches is kept in the store. A plan is made only from branches
    that each compiled on their own, and its name hashes the Python that compiled them: a scanner
    that finds one may compile each branch when it first needs it."""
    return _load_plan(branches) is not None


#: The plan's path per store and branches, worked out once per process: a run asks for it when
#: it decides which branches to compile and again when it loads the plan, and hashing a thousand
#: branches takes milliseconds of start-up.
_PLAN_PATHS: dict[tuple, Optional[str]] = {}


def _plan_path(branches: Sequence[tuple[str, int, bool]]) -> Optional[str]:
    store = store_folder()
    if store is None:
        return None
    key = (store, tuple(branches))
    if key not in _PLAN_PATHS:
        _PLAN_PATHS[key] = _plan_path_in(store, branches)
    return _PLAN_PATHS[key]


def _plan_path_in(store: str, branches: Sequence[tuple[str, int, bool]]) -> Optional[str]:
    digest = hashlib.sha256(repr((1, getattr(_hs, "__version__", ""), platform.machine(),
                                  platform.python_implementation(), sys.version_info[:3],
                                  list(branches))).encode("utf-8", "surrogatepass"))
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        for name in _PLAN_SOURCES:
            with open(os.path.join(here, name), "rb") as handle:
                digest.update(handle.read())
    except OSError:
        return None  # (run from a zip or a frozen build: plan every time)
    return os.path.join(store, digest.hexdigest()[:32] + ".plan.json")


def _load_plan(branches: Sequence[tuple[str, int, bool]]) -> Optional[list[tuple[str, Entry]]]:
    """The stored plan of these branches: (expression, entry) per database entry, or ``None``."""
    path = _plan_path(branches)
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            rows = json.load(handle)
        plan = [(expression, Entry(branch, kind)) for expression, branch, kind in rows]
    except Exception:  # noqa: BLE001 - missing, cut short, unreadable: plan again
        return None
    touch(path)
    if not all(isinstance(expression, str) and isinstance(entry.branch, int) and
               0 <= entry.branch < len(branches) and entry.kind in (LINE, SPAN, ANY, EXACT)
               for expression, entry in plan):
        return None
    return plan


def _save_plan(branches: Sequence[tuple[str, int, bool]], kept: list[tuple[str, Entry]]) -> None:
    path = _plan_path(branches)
    if path is not None:
        write_atomically(path, json.dumps([[expression, entry.branch, entry.kind]
                                            for expression, entry in kept]).encode("ascii"))
        prune(os.path.dirname(path))


def _flags(kind: int) -> int:
    extra = {LINE: 0, EXACT: 0, SPAN: _hs.HS_FLAG_SOM_LEFTMOST, ANY: _hs.HS_FLAG_SINGLEMATCH}[kind]
    # (Multi-line: the ``$`` a rewrite ends on is a line's end, as re.MULTILINE reads it.)
    return _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_MULTILINE | extra


def _database(kept: list[tuple[str, Entry]], may_compile: bool = True) -> tuple[Any, list[Entry]]:
    """The database of ``kept``: loaded from the store, else compiled and stored (``may_compile``:
    else ``(None, [])``)."""
    if not kept:
        return None, []
    expressions = [expression for expression, _ in kept]
    flags = [_flags(entry.kind) for _, entry in kept]
    database = _load(expressions, flags)
    if database is None:
        if not may_compile:
            return None, []
        database = _compile(expressions, list(range(len(kept))), flags)
        _save(database, expressions, flags)
    return database, [entry for _, entry in kept]


def _stored_path(expressions: list[str], flags: list[int]) -> Optional[str]:
    """Where the database of these expressions is kept: its name hashes the expressions, their
    flags, the engine's version and the machine's kind, so another set, engine or architecture
    never reads it."""
    store = store_folder()
    if store is None:
        return None
    # (A home folder shared by machines of another kind: the engine also refuses a database
    # built for another platform, and it is compiled again.)
    digest = hashlib.sha256(repr((getattr(_hs, "__version__", ""), _hs.HS_MODE_BLOCK,
                                  platform.machine(), expressions, flags)
                                 ).encode("utf-8", "surrogatepass"))
    return os.path.join(store, digest.hexdigest()[:32] + ".hsdb")


def _load(expressions: list[str], flags: list[int]) -> Any:
    """The stored database of these expressions, or ``None`` (none stored, or unreadable)."""
    path = _stored_path(expressions, flags)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            database = _hs.loadb(handle.read(), _hs.HS_MODE_BLOCK)
        database.scratch = _hs.Scratch(database)  # a loaded database comes without one
        touch(path)
        return database
    except Exception:  # noqa: BLE001 - missing, cut short, another engine's: compile instead
        return None


def _save(database: Any, expressions: list[str], flags: list[int]) -> None:
    """Keep a compiled database for later runs."""
    path = _stored_path(expressions, flags)
    if path is not None:
        write_atomically(path, _hs.dumpb(database))
        prune(os.path.dirname(path))


def _compiles(expression: str, kind: int) -> bool:
    try:
        _compile([expression], [0], [_flags(kind)])
        return True
    except Exception:  # noqa: BLE001 - refused: that branch stays with re alone
        return False


def _newlines(data: bytes) -> list[int]:
    """Where each newline is in ``data`` (the first, at 0, is the one put in front of the text):
    the i-th is in front of line i, as ``starts[i]`` is for a text of single-byte characters."""
    # Each newline is one past the end of the line before it (a running sum, in C).
    found = list(accumulate(map(_PLUS_ONE, map(len, data.split(b"\n"))), initial=-1))
    return found[1:-1]  # (not the -1 before the first line, nor the end of the last)
