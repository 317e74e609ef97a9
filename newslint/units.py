"""Units of work: what one process (or worker) lints, and how a run is cut into them.

A *unit* (:class:`Unit`) is a whole file, or — for a big uncompressed JSON Lines file — the records
starting in one byte range of it, so that one huge shard keeps every process busy. Units are grouped
into batches for workers (:func:`batches`); :func:`lint_units` lints some units anywhere (this
process, a pool worker, a Dask partition) and returns a picklable :class:`UnitResult`.

This module sits below both :mod:`newslint.run` (one process) and :mod:`newslint.parallel` /
:mod:`newslint.dask` (many): they import it, it imports neither.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from newslint.document import Document
from newslint.engine import CorpusState, Linter
from newslint.readers import is_record_file
from newslint.readers.records import is_gzip, is_jsonl, looks_binary, read_records
from newslint.readers.text import unreadable
from newslint.violation import Violation

if TYPE_CHECKING:
    from newslint.cache import Cache
    from newslint.fix.options import FixReport

#: A JSON Lines file larger than this is cut into chunks of about this size, linted separately.
CHUNK_BYTES = 4 * 1024 * 1024
#: Small files are handed to a worker in batches of about this many bytes…
BATCH_BYTES = 1024 * 1024
#: …and at most this many files.
BATCH_FILES = 256
#: With several jobs, chunks and batches shrink so that each job gets this many pieces of work
#: (down to :data:`MIN_PIECE_BYTES`): a small run is spread over every process too.
PIECES_PER_JOB = 8
MIN_PIECE_BYTES = 128 * 1024
_SCAN_BLOCK = 1 << 20


@dataclass
class RunCounts:
    files: int = 0
    documents: int = 0
    bytes: int = 0
    paths: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Unit:
    """A piece of work: a whole file, or the records whose lines start in ``[start, end)`` of one.

    ``first_line`` is the line number at ``start``; ``size`` the input bytes the unit covers (for
    progress); ``first`` whether this is the file's first unit (so the file is counted once).
    """

    path: str
    display: str
    size: int = 0
    start: int = 0
    end: Optional[int] = None
    first_line: int = 1
    first: bool = True

    @property
    def is_chunk(self) -> bool:
        return self.end is not None


@dataclass
class UnitResult:
    """What linting some units gave: findings in report order, counts, and corpus state."""

    violations: list[Violation] = field(default_factory=list)
    documents: int = 0
    text_chars: int = 0
    size: int = 0
    corpus: Optional[CorpusState] = None
    #: With ``--fix`` / ``--diff``: what was fixed, written or could not be (newslint.fix).
    fix: Optional["FixReport"] = None


def read_documents(linter: Linter, path: str, display_path: str) -> Iterator[Document]:
    """The documents of one file, through the first reader plugin that takes it."""
    hook = linter.plugins.manager.hook
    try:
        documents = hook.newslint_read(path=path, display_path=display_path,
                                       settings=linter.settings)
        if documents is None:
            return
        yield from documents
    except OSError as error:
        yield unreadable(display_path, error)


def unit_documents(linter: Linter, unit: Unit) -> Iterator[Document]:
    """The documents of one unit: a chunk straight from the records reader, a file via the hook."""
    if not unit.is_chunk:
        yield from read_documents(linter, unit.path, unit.display)
        return
    try:
        yield from read_records(unit.path, unit.display, linter.settings, start=unit.start,
                                end=unit.end, first_line=unit.first_line)
    except OSError as error:
        yield unreadable(unit.display, error)


def lint_units(linter: Linter, units: Iterable[Unit], collect: bool,
               cache: "Optional[Cache]" = None, seed: Optional[CorpusState] = None) -> UnitResult:
    """Lint ``units`` one after another (in a worker process); corpus state when ``collect``,
    started from ``seed`` (:meth:`Linter.seed`) when there is one and nothing is cached.

    With fixing on (``settings.fix``), fix them too (:mod:`newslint.fix.files`; a fixing run
    never uses the cache: it reads and writes the files itself). With a ``cache``
    (:mod:`newslint.cache`), a unit whose result is stored is not linted, and a linted unit's
    result is stored.
    """
    if linter.settings.fix is not None:
        from newslint.fix.files import fix_units

        return fix_units(linter, units, collect)
    if cache is None:
        result = UnitResult(corpus=(seed or CorpusState()) if collect else None)
        for unit in units:
            lint_unit(linter, unit, result)
        return result
    result = UnitResult(corpus=CorpusState() if collect else None)
    for unit in units:
        add_result(linter, result, cached_unit(linter, unit, collect, cache))
    return result


def lint_unit(linter: Linter, unit: Unit, result: UnitResult) -> None:
    """Lint one unit into ``result`` (and its corpus state)."""
    result.size += unit.size
    for document in unit_documents(linter, unit):
        result.documents += 1
        result.text_chars += len(document.text)
        result.violations.extend(linter.lint(document, result.corpus))


def cached_unit(linter: Linter, unit: Unit, collect: bool, cache: "Cache") -> UnitResult:
    """One unit's result: from the cache, or linted and stored."""
    key, stored = cache.lookup(unit)
    if stored is not None:
        return stored
    result = UnitResult(corpus=CorpusState() if collect else None)
    lint_unit(linter, unit, result)
    cache.store(unit, key, result)
    return result


def add_result(linter: Linter, total: UnitResult, part: UnitResult) -> None:
    """Add one unit's result to ``total`` (corpus states merged in order)."""
    total.violations.extend(part.violations)
    total.documents += part.documents
    total.text_chars += part.text_chars
    total.size += part.size
    if total.corpus is not None and part.corpus is not None:
        total.corpus = linter.merge(total.corpus, part.corpus)


def display_name(path: str, stdin_display_name: str) -> str:
    return stdin_display_name if path == "-" else path


def can_split(linter: Linter) -> bool:
    """Whether files may be cut into chunks: only when no plugin reader could claim a file first."""
    names = [impl.plugin_name for impl in linter.plugins.manager.hook.newslint_read.get_hookimpls()]
    return names == ["newslint.readers"]


def file_size(path: str) -> int:
    try:
        return os.path.getsize(path) if path != "-" else 0
    except OSError:
        return 0


def splittable(path: str, display: str, size: int, chunk_bytes: int) -> bool:
    """A plain JSON Lines file bigger than a chunk (and not binary) is linted in chunks."""
    return (path != "-" and size > chunk_bytes and is_record_file(display) and is_jsonl(display)
            and not is_gzip(display) and looks_binary(path) is None)


def chunks(path: str, display: str, size: int, chunk_bytes: int) -> Iterator[Unit]:
    """Cut a JSON Lines file at newlines into units of about ``chunk_bytes``, with their line numbers.

    Reads the file once, counting newlines (fast); a line longer than a chunk stays whole.
    """
    try:
        with open(path, "rb") as handle:
            start, line, first = 0, 1, True
            while True:
                end, newlines = _chunk_end(handle, start, chunk_bytes)
                if end <= start:
                    if first:  # the file shrank to nothing: let the reader see it
                        yield Unit(path, display, size)
                    return
                yield Unit(path, display, end - start, start, end, line, first)
                start, line, first = end, line + newlines, False
    except OSError:
        yield Unit(path, display, size)  # unreadable: the reader reports it


def _chunk_end(handle, start: int, chunk_bytes: int) -> tuple[int, int]:
    """From ``start`` (the handle's position): the end of the first line ending at or after
    ``start + chunk_bytes`` (or the end of the file), and the newlines in between."""
    position, newlines, last = start, 0, b"\n"
    target = start + chunk_bytes
    while position < target:
        block = handle.read(min(_SCAN_BLOCK, target - position))
        if not block:
            return position, newlines
        newlines += block.count(b"\n")
        position += len(block)
        last = block[-1:]
    if last == b"\n":
        return position, newlines
    while True:
        block = handle.read(_SCAN_BLOCK)
        if not block:
            return position, newlines
        index = block.find(b"\n")
        if index != -1:
            end = position + index + 1
            handle.seek(end)
            return end, newlines + 1
        position += len(block)


def plan(files: Iterable[tuple[str, str, int]], chunk_bytes: int, split: bool) -> Iterator[Unit]:
    """The units for (path, display, size) files, in report order."""
    for path, display, size in files:
        if split and splittable(path, display, size, chunk_bytes):
            yield from chunks(path, display, size, chunk_bytes)
        else:
            yield Unit(path, display, size)


def batches(units: Iterable[Unit], batch_bytes: int = BATCH_BYTES,
            batch_files: int = BATCH_FILES) -> Iterator[list[Unit]]:
    """Group consecutive small units (stdin always alone) so a worker gets enough per task."""
    batch: list[Unit] = []
    size = 0
    for unit in units:
        if unit.path == "-" or unit.is_chunk or unit.size >= batch_bytes:
            if batch:
                yield batch
                batch, size = [], 0
            yield [unit]
            continue
        batch.append(unit)
        size += unit.size
        if size >= batch_bytes or len(batch) >= batch_files:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
