"""One run over paths: discover files → read documents → lint → violations, in report order.

Per-document violations come out file by file, in the order the files were discovered, each
document's sorted by position; corpus-rule findings, which need every document first, follow at
the end (sorted among themselves).

The work is cut into *units* (:mod:`newslint.units`): a whole file, or — for a big uncompressed JSON
Lines file — the records starting in one byte range of it, so that one huge shard keeps every process
busy. Units run in this process (``--jobs 1``) or in a process pool (:mod:`newslint.parallel`);
either way their findings are reported in unit order, so the output is the same, byte for byte,
whatever the number of jobs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional

from newslint.discover import discover
from newslint.engine import CorpusState, Linter
from newslint.scan import WARM_AFTER
from newslint.units import (
    BATCH_BYTES, CHUNK_BYTES, MIN_PIECE_BYTES, PIECES_PER_JOB, RunCounts, Unit, UnitResult,
    batches, can_split, display_name, file_size, lint_units, plan, unit_documents,
)
from newslint.violation import Violation

if TYPE_CHECKING:
    from newslint.cache import Cache
    from newslint.fix.options import FixReport
    from newslint.progress import Progress

class Run:
    """Lint ``paths`` with ``linter``; iterate :meth:`violations` once.

    ``jobs`` > 1 lints in that many worker processes; the findings and their order are those of
    ``jobs=1``. ``progress`` (see :mod:`newslint.progress`) is told of every record and byte done.
    ``cache`` (:mod:`newslint.cache`): units whose results it holds are not linted again, and the
    results of those linted are stored; ``None`` lints everything and stores nothing (a run that
    must see every document itself passes ``None``).
    """

    def __init__(self, linter: Linter, paths: Iterable[str], stdin_display_name: str = "stdin",
                 jobs: int = 1, progress: Optional["Progress"] = None,
                 chunk_bytes: int = CHUNK_BYTES, cache: Optional["Cache"] = None):
        self.linter = linter
        self.paths = list(paths)
        self.stdin_display_name = stdin_display_name
        self.jobs = jobs
        self.progress = progress
        self.chunk_bytes = chunk_bytes
        self.cache = cache
        self.counts = RunCounts()
        self.corpus: Optional[CorpusState] = CorpusState() if linter.corpus_rules else None
        self._batch_bytes = BATCH_BYTES
        #: With fixing on: told what each batch of units fixed, in report order (newslint.fix).
        self.on_fix: Optional[Callable[["FixReport"], None]] = None
        self.fixing = linter.settings.fix is not None

    def files(self) -> Iterator[str]:
        return discover(self.paths, self.linter.settings)

    def _piece_bytes(self, total: int, largest: int) -> int:
        """How big a chunk or batch is: :data:`CHUNK_BYTES`, smaller when the run is small (a
        power of two, so that a run a little bigger or smaller cuts files the same way and the
        cache still knows their chunks)."""
        if self.jobs <= 1:
            return largest
        wanted = max(MIN_PIECE_BYTES, total // (self.jobs * PIECES_PER_JOB))
        return min(largest, 1 << (wanted.bit_length() - 1))

    def units(self) -> Iterator[Unit]:
        files = [(path, display_name(path, self.stdin_display_name), file_size(path))
                 for path in self.files()]
        total = sum(size for _, _, size in files)
        if self.progress is not None:
            self.progress.start(total)
        self._batch_bytes = self._piece_bytes(total, BATCH_BYTES)
        # A file being fixed is written whole, by one process: it is never cut into chunks.
        split = can_split(self.linter) and not self.fixing
        if total >= WARM_AFTER:
            # Big enough to pay for the scan accelerator: compile it (once per machine: it is kept,
            # and later runs load it in milliseconds) before --jobs forks its workers.
            self.linter.scanner.warm()
        return plan(files, self._piece_bytes(total, self.chunk_bytes), split)

    def violations(self) -> Iterator[Violation]:
        try:
            units = self.units()
            if self.jobs > 1:
                # (Imported here: a run of one process never needs the process pool.)
                from newslint.parallel import parallel_results

                results = parallel_results(self.linter, batches(units, self._batch_bytes),
                                           self.jobs, self._lint_here, self.cache, self._seed)
                yield from self._report(results)
            elif self.fixing:
                yield from self._report(([unit], self._lint_here([unit])) for unit in units)
            else:
                yield from self._lint_serially(units)
            if self.corpus is not None:
                yield from self.linter.judge(self.corpus)
        finally:
            if self.progress is not None:
                self.progress.finish()

    # -- one process ------------------------------------------------------------------------------

    def _count_unit(self, unit: Unit) -> None:
        if unit.first:
            self.counts.files += 1
            self.counts.paths.append(unit.display)

    def _lint_serially(self, units: Iterable[Unit]) -> Iterator[Violation]:
        """Lint unit after unit in this process, yielding each document's findings at once."""
        progress = self.progress
        for unit in units:
            self._count_unit(unit)
            key, stored = self.cache.lookup(unit) if self.cache is not None else (None, None)
            if stored is not None:
                yield from self._take(stored)
                continue
            # Collect the unit's own result only when it is to be stored.
            result = UnitResult(corpus=CorpusState() if self.corpus is not None else None) \
                if key is not None else None
            corpus = result.corpus if result is not None else self.corpus
            for document in unit_documents(self.linter, unit):
                self.counts.documents += 1
                self.counts.bytes += len(document.text)
                found = self.linter.lint(document, corpus)
                if result is not None:
                    result.documents += 1
                    result.text_chars += len(document.text)
                    result.violations.extend(found)
                if progress is not None:
                    progress.advance(documents=1)
                    if found:
                        progress.clear()
                yield from found
            if result is not None:
                result.size = unit.size
                # Stored before it is merged: a corpus rule's merge may fold the run's state
                # into the unit's in place.
                self.cache.store(unit, key, result)  # type: ignore[union-attr]
                self._merge(result.corpus)
            if progress is not None:
                progress.advance(size=unit.size)

    def _take(self, result: UnitResult) -> Iterator[Violation]:
        """Report a unit's stored result as if it had just been linted here."""
        self.counts.documents += result.documents
        self.counts.bytes += result.text_chars
        self._merge(result.corpus)
        if self.progress is not None:
            self.progress.advance(documents=result.documents, size=result.size)
            if result.violations:
                self.progress.clear()
        yield from result.violations

    def _merge(self, corpus: Optional[CorpusState]) -> None:
        if self.corpus is not None and corpus is not None:
            self.corpus = self.linter.merge(self.corpus, corpus)

    def _seed(self) -> Optional[CorpusState]:
        """Where a worker's next batch starts its corpus state: from what the run has so far."""
        return self.linter.seed(self.corpus) if self.corpus is not None else None

    def _lint_here(self, batch: list[Unit]) -> UnitResult:
        """Lint a batch in this process (standard input cannot go to a worker)."""
        return lint_units(self.linter, batch, self.corpus is not None, self.cache)

    # -- many processes ---------------------------------------------------------------------------

    def _report(self, results: Iterable[tuple[list[Unit], UnitResult]]) -> Iterator[Violation]:
        progress = self.progress
        for batch, result in results:
            for unit in batch:
                self._count_unit(unit)
            self.counts.documents += result.documents
            self.counts.bytes += result.text_chars
            self._merge(result.corpus)
            if result.fix is not None and self.on_fix is not None:
                self.on_fix(result.fix)
            if progress is not None:
                progress.advance(documents=result.documents, size=result.size)
                if result.violations:
                    progress.clear()
            yield from result.violations
