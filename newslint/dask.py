"""Lint on a Dask cluster (``pip install 'newslint[dask]'``): ``newslint --dask SCHEDULER`` and an API.

JSON Lines shards are read as a Dask bag of lines (``dask.bag.read_text(..., blocksize=...)``) and
linted partition by partition on the workers by :func:`lint_partition`, a module-level function
workers import by name. Other files (gzipped shards, which cannot be split, ``.json`` files, text)
are one partition each, read on the worker by newslint's own readers. The client merges the
partitions' corpus-rule states in partition order and judges them, and prints the findings in the
order a local run prints them: the same findings, in the same order, as ``newslint`` on one machine.

Record numbers are line numbers in the file, so a file cut into several partitions is first
counted (one cheap pass: the lines of each partition) to learn where each partition starts.

Each worker discovers its plugins on its own. Before any work is sent, every worker reports the
names and versions of the plugins it loaded (:meth:`newslint.plugins.Plugins.signature`); a worker
that differs from the client is refused with one line and exit code 2, because it would report
different findings.

API::

    import dask.bag as db
    from newslint.dask import lint_bag, findings
    bag = db.read_text("shards/*.jsonl", blocksize="64MiB", include_path=True,
                       encoding="utf-8", errors="surrogateescape", linedelimiter="\\n")
    results = lint_bag(bag, settings)            # a bag: one UnitResult per partition
    for violation in findings(results.compute(), settings):
        print(violation)
"""

from __future__ import annotations

import logging
import os
import pickle
from typing import TYPE_CHECKING, Any, Iterable, Iterator, NamedTuple, Optional, Sequence

from newslint.config import ConfigError
from newslint.engine import CorpusState, Linter
from newslint.plugins import PluginError
from newslint.readers import is_record_file
from newslint.readers.records import (
    MAX_RECORD_BYTES, FieldMap, documents_from_lines, is_gzip, is_jsonl, looks_binary,
)
from newslint.units import (
    RunCounts, Unit, UnitResult, can_split, display_name, file_size, lint_units,
)
from newslint.settings import Settings
from newslint.violation import Violation

if TYPE_CHECKING:
    from newslint.progress import Progress
    import dask.bag

#: Bytes of a JSON Lines file per partition; Dask's configuration key ``newslint.blocksize``
#: (environment: ``DASK_NEWSLINT__BLOCKSIZE=16MiB``) overrides it.
DEFAULT_BLOCKSIZE = 64 * 2**20
#: Options of ``db.read_text`` that give back the file's bytes exactly, line by line.
READ_TEXT_OPTIONS = {"encoding": "utf-8", "errors": "surrogateescape", "linedelimiter": "\n"}
#: Seconds to wait for a remote scheduler.
CONNECT_TIMEOUT = 20


class Part(NamedTuple):
    """What a partition is: lines of ``display`` starting at ``first_line``, or the whole file at
    ``path`` (read on the worker)."""

    display: str
    first_line: int = 1
    path: Optional[str] = None


# -- on the workers --------------------------------------------------------------------------------

_linters: dict[bytes, Linter] = {}


def worker_linter(settings: Settings) -> Linter:
    """The linter for ``settings`` in this process, built once (plugins discovered here)."""
    key = pickle.dumps(settings)
    linter = _linters.get(key)
    if linter is None:
        from newslint.parallel import build_linter

        linter = _linters[key] = build_linter(settings)
    return linter


def worker_signature(settings: Settings) -> Any:
    """The plugin names and versions this worker loads for ``settings``, or why it cannot."""
    try:
        return worker_linter(settings).plugins.signature()
    except Exception as error:  # reported to the client as one line
        return f"{type(error).__name__}: {error}"


def _line_bytes(element: Any) -> bytes:
    line = element[0] if isinstance(element, tuple) else element
    return line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line


def lint_partition(elements: Iterable[Any], parts: Sequence[Part], settings: Settings,
                   limit: int = MAX_RECORD_BYTES) -> list[UnitResult]:
    """Lint one partition: JSON Lines (str lines from ``read_text``, or ``(line, path)`` pairs), or
    a whole file when the partition's :class:`Part` names a path. Returns ``[UnitResult]``."""
    part = parts[0]
    linter = worker_linter(settings)
    collect = bool(linter.corpus_rules)
    if part.path is not None:
        return [lint_units(linter, [Unit(part.path, part.display, file_size(part.path))], collect)]
    result = UnitResult(corpus=CorpusState() if collect else None)
    fields = FieldMap.from_settings(settings)

    def lines() -> Iterator[bytes]:
        for element in elements:
            line = _line_bytes(element)
            result.size += len(line)  # input bytes done, for the client's progress line
            yield line

    for document in documents_from_lines(lines(), part.display, fields, part.first_line, limit):
        result.documents += 1
        result.text_chars += len(document.text)
        result.violations.extend(linter.lint(document, result.corpus))
    return [result]


def partition_extent(elements: Iterable[Any]) -> list[tuple[Optional[str], int]]:
    """``[(path or None, number of lines)]`` of one partition (the counting pass)."""
    count = 0
    path = None
    for element in elements:
        if path is None and isinstance(element, tuple):
            path = element[1]
        count += 1
    return [(path, count)]


# -- on the client ---------------------------------------------------------------------------------


def _dask():
    try:
        import dask.bag as db
        import distributed  # noqa: F401
    except ImportError:
        raise ConfigError("--dask needs Dask: pip install 'newslint[dask]'") from None
    return db


def lint_bag(bag: "dask.bag.Bag", settings: Settings, path: str = "<bag>",
             names: Optional[dict[str, str]] = None) -> "dask.bag.Bag":
    """A bag holding one :class:`~newslint.run.UnitResult` per partition of ``bag``.

    ``bag`` holds JSON Lines as ``db.read_text`` gives them (use :data:`READ_TEXT_OPTIONS`), or
    ``(line, path)`` pairs with ``include_path=True``. Without paths every line is reported as a
    record of ``path``; ``names`` maps the bag's paths to the names to report. The lines of each
    partition are counted first (computed now), so that every record keeps its line number.
    """
    db = _dask()
    extents = bag.map_partitions(partition_extent).compute()
    parts: list[Part] = []
    next_line: dict[str, int] = {}
    for source, count in extents:
        name = (names or {}).get(source, source) if source is not None else path
        first = next_line.get(name, 1)
        parts.append(Part(name, first))
        next_line[name] = first + count
    return bag.map_partitions(lint_partition, db.from_sequence(parts, partition_size=1),
                              settings=settings)


def findings(results: Iterable[UnitResult], settings_or_linter: "Settings | Linter") -> Iterator[Violation]:
    """The findings of partition results in order, then the corpus rules' findings."""
    linter = (settings_or_linter if isinstance(settings_or_linter, Linter)
              else worker_linter(settings_or_linter))
    corpus = CorpusState()
    for result in results:
        if result.corpus is not None:
            corpus = linter.merge(corpus, result.corpus)
        yield from result.violations
    if linter.corpus_rules:
        yield from linter.judge(corpus)


def _describe(signature: Any) -> dict[str, str]:
    return {name: f"{version or '?'} ({distribution})" for name, distribution, version in signature}


def signature_mismatch(client: Any, worker: Any) -> str:
    """One line telling how a worker's plugins differ from the client's."""
    if isinstance(worker, str):
        return f"cannot load the plugins: {worker}"
    here, there = _describe(client), _describe(worker)
    differences = []
    for name in sorted(set(here) | set(there)):
        if here.get(name) != there.get(name):
            differences.append(f"{name} {here.get(name, 'missing')} here, "
                               f"{there.get(name, 'missing')} there")
    return "; ".join(differences)


def configured_blocksize() -> int:
    """The partition size: Dask's ``newslint.blocksize`` setting, else :data:`DEFAULT_BLOCKSIZE`."""
    _dask()
    import dask
    from dask.utils import parse_bytes

    value = dask.config.get("newslint.blocksize", None)
    if value is None:
        return DEFAULT_BLOCKSIZE
    try:
        size = parse_bytes(value) if isinstance(value, str) else int(value)
    except (ValueError, TypeError):
        raise ConfigError(f"Dask setting newslint.blocksize: {value!r} is not a size like 64MiB") from None
    if size <= 0:
        raise ConfigError(f"Dask setting newslint.blocksize must be positive, not {value!r}")
    return size


class DaskRun:
    """Lint ``paths`` on a Dask cluster. Same interface as :class:`newslint.run.Run`.

    ``scheduler``: ``local`` starts a 2-process ``LocalCluster`` (closed at the end); a path to an
    existing ``.json`` file is a scheduler file (``dask scheduler --scheduler-file``, the usual way
    on Slurm); anything else is a scheduler address (``tcp://host:8786``). From Python, a
    ``distributed.Client`` may be passed instead; it is left open.
    """

    def __init__(self, linter: Linter, paths: Iterable[str], scheduler: Any,
                 stdin_display_name: str = "stdin", blocksize: Optional[int] = None,
                 progress: Optional["Progress"] = None):
        self.linter = linter
        self.progress = progress
        self.paths = list(paths)
        self.scheduler = scheduler
        self.stdin_display_name = stdin_display_name
        self.blocksize = blocksize or configured_blocksize()
        self.counts = RunCounts()
        #: With fixing on: told what each partition fixed, in report order (newslint.fix).
        self.on_fix: Optional[Any] = None
        self.client: Any = None
        self.cluster: Any = None
        self._own_client = True
        self._connect()
        try:
            self._check_workers()
        except BaseException:
            self.close()
            raise

    # -- the cluster ------------------------------------------------------------------------------

    def _connect(self) -> None:
        _dask()
        from distributed import Client, LocalCluster

        logging.getLogger("distributed").setLevel(logging.ERROR)
        if isinstance(self.scheduler, Client):
            self.client, self._own_client = self.scheduler, False
            self.scheduler = self.client.scheduler.address
            return
        try:
            if self.scheduler == "local":
                # CRITICAL, not ERROR: on a busy machine a worker's last heartbeat can race the
                # scheduler's shutdown and log a traceback that is no concern of the user's; every
                # failure that is (a task's error, a lost worker) reaches us through the futures.
                self.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=logging.CRITICAL)
                self.client = Client(self.cluster)
            elif self.scheduler.endswith(".json") and os.path.isfile(self.scheduler):
                self.client = Client(scheduler_file=self.scheduler, timeout=CONNECT_TIMEOUT)
            else:
                self.client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            self.close()
            raise ConfigError(f"--dask {self.scheduler}: cannot reach the Dask scheduler: "
                              f"{error}") from None

    def _check_workers(self) -> None:
        """Refuse workers whose plugins differ from the client's (names and versions)."""
        signatures = self.client.run(worker_signature, self.linter.settings)
        if not signatures:
            raise ConfigError(f"--dask {self.scheduler}: the scheduler has no workers")
        mine = self.linter.plugins.signature()
        for address, theirs in sorted(signatures.items()):
            if isinstance(theirs, list):
                theirs = tuple(tuple(item) for item in theirs)
            if theirs != mine:
                raise PluginError(f"Dask worker {address} differs from this client in its plugins: "
                                  f"{signature_mismatch(mine, theirs)}; install the same plugins "
                                  f"and versions on every worker")

    def close(self) -> None:
        if self.client is not None:
            if self._own_client:
                self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    # -- the work ---------------------------------------------------------------------------------

    def _files(self) -> list[tuple[str, str]]:
        from newslint.discover import discover

        return [(path, display_name(path, self.stdin_display_name))
                for path in discover(self.paths, self.linter.settings)]

    def _line_bag(self, path: str) -> Optional["dask.bag.Bag"]:
        """The bag of lines of a plain JSON Lines file, or ``None`` when it is a whole-file part."""
        size = file_size(path)
        if path == "-" or size == 0 or not os.path.isfile(path) or is_gzip(path) \
                or looks_binary(path) is not None or self.linter.settings.fix is not None:
            return None  # a file being fixed is one partition: its worker writes it whole
        return _dask().read_text(os.path.abspath(path), blocksize=self.blocksize,
                                 **READ_TEXT_OPTIONS)

    def _plan(self, files: list[tuple[str, str]]):
        """The bag to lint (partitions in report order), its parts, and stdin's place."""
        db = _dask()
        bags: list[Any] = []
        parts: list[Part] = []
        split_files: list[tuple[int, Any]] = []  # (index of first part, bag) to count
        stdin_at: Optional[int] = None
        reader_is_builtin = can_split(self.linter)  # no plugin reader could claim a shard first
        for path, display in files:
            if path == "-":
                stdin_at = len(parts)
                continue
            line_bag = None
            if reader_is_builtin and is_record_file(display) and is_jsonl(display):
                line_bag = self._line_bag(path)
            if line_bag is None:
                bags.append(db.from_sequence([path], partition_size=1))
                parts.append(Part(display, 1, os.path.abspath(path)))
                continue
            if line_bag.npartitions > 1:
                split_files.append((len(parts), line_bag))
            bags.append(line_bag)
            parts.extend(Part(display, 1) for _ in range(line_bag.npartitions))
        if split_files:
            self._number_lines(parts, split_files)
        bag = db.concat(bags) if bags else None
        return bag, parts, stdin_at

    def _number_lines(self, parts: list[Part], split_files: list[tuple[int, Any]]) -> None:
        """Count the lines of each partition of split files, to give each its first line."""
        import dask

        counted = dask.compute(*[line_bag.map_partitions(partition_extent)
                                 for _, line_bag in split_files])
        for (first_part, _), extents in zip(split_files, counted):
            line = 1
            for offset, (_, count) in enumerate(extents):
                part = parts[first_part + offset]
                parts[first_part + offset] = part._replace(first_line=line)
                line += count

    def violations(self) -> Iterator[Violation]:
        try:
            yield from self._violations()
        finally:
            if self.progress is not None:
                self.progress.finish()
            self.close()

    def _violations(self) -> Iterator[Violation]:
        db = _dask()
        files = self._files()
        for _, display in files:
            self.counts.files += 1
            self.counts.paths.append(display)
        if self.progress is not None:
            self.progress.start(sum(file_size(path) for path, _ in files if path != "-"))
        bag, parts, stdin_at = self._plan(files)
        results: list[Any] = []
        if bag is not None:
            linted = bag.map_partitions(lint_partition, db.from_sequence(parts, partition_size=1),
                                        settings=self.linter.settings)
            results = self.client.compute(linted.to_delayed())
        corpus = CorpusState()
        for index in range(len(results)):
            if index == stdin_at:
                yield from self._stdin(corpus)
            future, results[index] = results[index], None  # let the cluster free what was read
            for result in future.result():
                yield from self._take(result, corpus)
        if stdin_at is not None and stdin_at >= len(results):
            yield from self._stdin(corpus)
        if self.linter.corpus_rules:
            yield from self.linter.judge(corpus)

    def _take(self, result: UnitResult, corpus: CorpusState) -> Iterator[Violation]:
        self.counts.documents += result.documents
        self.counts.bytes += result.text_chars
        if result.corpus is not None:
            corpus.states = self.linter.merge(corpus, result.corpus).states
        if result.fix is not None and self.on_fix is not None:
            self.on_fix(result.fix)
        progress = self.progress
        if progress is not None:
            # Results come in report order: the line moves as each partition is taken.
            progress.advance(documents=result.documents, size=result.size)
            if result.violations:
                progress.clear()
        yield from result.violations

    def _stdin(self, corpus: CorpusState) -> Iterator[Violation]:
        unit = Unit("-", self.stdin_display_name)
        yield from self._take(lint_units(self.linter, [unit], bool(self.linter.corpus_rules)), corpus)

