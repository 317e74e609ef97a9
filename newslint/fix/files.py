"""Fix the files of some units of work and write them back: text and Markdown files, JSON Lines
shards (plain or gzipped) and JSON record files.

Each file is read once by newslint's own readers (so every document, record number and finding is
the one a report gives), fixed document by document (:func:`newslint.fix.document.fix_document`)
and written whole, atomically (:func:`newslint.atomic.atomic_write`): a temporary file beside the
target, flushed to disk, then renamed over it. Until the rename the old file is there; after it,
the new one; a failure (a full disk, no permission) or Ctrl-C in between removes the temporary
file and leaves the old one.

- A text file keeps its encoding, its BOM and every line ending (:class:`~newslint.fix.stored.Stored`).
- A JSON Lines file is streamed: each line is copied byte for byte unless its record changed; a
  changed record keeps every byte but those of its text field's string that a fix touched
  (:mod:`newslint.fix.records`); a gzipped one is written gzipped again (deterministically: no
  name, time 0, level 6).
- A ``.json`` file (one object, an array of them, or objects one after another) is rewritten in
  memory the same way, record by record; bigger than :data:`MAX_JSON_BYTES`, it is not fixed.
- In place, a file is not replaced when it changed on disk since it was read (its size, time or
  content differ): that is an error for that file (exit 2), as are a file that cannot be written
  and a write that fails. With ``--fix-output DIR`` every input file gets its copy under DIR,
  cleaned or as it was; nothing is written in place.
- What cannot be fixed safely is left as it was and linted as usual, with a warning when it had
  fixes to apply: bytes that are not valid in the file's encoding, a record whose text field holds
  a lone surrogate, a corrupt gzip stream, a file a third-party reader plugin reads.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import os
import shutil
import stat
import sys
import tempfile
from typing import IO, Any, Callable, Iterable, Iterator, Optional

from newslint.atomic import Discard, atomic_write
from newslint.document import Document
from newslint.engine import CorpusState, Linter
from newslint.fix.diff import document_name, unified
from newslint.fix.document import BaselineHold, Key, Outcome, fix_document
from newslint.fix.jsontext import top_level_values
from newslint.fix.options import FixOptions, FixReport
from newslint.fix.records import RecordError, RecordText
from newslint.fix.stored import Stored
from newslint.readers import is_record_file
from newslint.readers.records import _Gunzip, is_gzip, is_jsonl, read_records
from newslint.readers.text import MAX_DOCUMENT_BYTES, _TooLarge, decode_document, detect_encoding, read_bytes
from newslint.units import Unit, UnitResult, read_documents
from newslint.violation import Violation

#: A ``.json`` record file is fixed in memory up to this size (decompressed); JSON Lines streams.
MAX_JSON_BYTES = MAX_DOCUMENT_BYTES
#: Problems after which a record file is not rewritten: binary data, a corrupt gzip stream.
_UNFIXABLE_FILE = ("NL911", "NL921")
_BUILTIN_READER = "newslint.readers"


class Fallback(Exception):
    """The file cannot be fixed: lint it as it is (with the warning, if any)."""

    def __init__(self, reason: Optional[str] = None):
        super().__init__(reason)
        self.reason = reason


class WriteFailure(Exception):
    """The fixed file could not be written; the original is as it was."""


class _Changed(Exception):
    """Raised just before the rename: the file changed on disk since it was read."""


class _ReadFailure(Exception):
    """Reading the input failed halfway (not a write failure)."""


def fix_units(linter: Linter, units: Iterable[Unit], collect: bool) -> UnitResult:
    """Fix ``units`` one after another (in any process): the findings left, and the fix report."""
    options = linter.settings.fix
    assert options is not None
    result = UnitResult(corpus=CorpusState() if collect else None, fix=FixReport())
    counts = _baseline_counts(options.baseline)
    for unit in units:
        result.size += unit.size
        _FileFixer(linter, unit, options, result, counts).run()
    return result


_BASELINES: dict[str, dict[Key, int]] = {}


def _baseline_counts(path: Optional[str]) -> dict[Key, int]:
    """The baseline's entries (key → count), read once per process."""
    if not path:
        return {}
    counts = _BASELINES.get(path)
    if counts is None:
        from newslint.baseline import Baseline

        counts = _BASELINES[path] = dict(Baseline.load(path).remaining)
    return counts


class _FileResult:
    """What fixing one file gave, kept apart until the file is done (dropped on a fallback)."""

    def __init__(self, collect: bool):
        self.violations: list[Violation] = []
        self.fixed: list[Violation] = []
        self.diffs: list[str] = []
        self.warnings: list[str] = []
        self.documents = 0
        self.text_chars = 0
        self.changed = False
        self.corpus = CorpusState() if collect else None


class _FileFixer:
    def __init__(self, linter: Linter, unit: Unit, options: FixOptions, result: UnitResult,
                 baseline: dict[Key, int]):
        self.linter = linter
        self.unit = unit
        self.options = options
        self.result = result
        self.report: FixReport = result.fix  # type: ignore[assignment]
        self.collect = result.corpus is not None
        self.hold = BaselineHold(baseline) if baseline else None
        self.stdin = unit.path == "-"
        #: Where the input is read from: the file, or a copy of standard input.
        self.source = unit.path
        self.diff = options.mode == "diff"
        if options.output and not self.stdin:
            mirrored = options.mirrored(unit.path)
            self.target = os.path.join(options.output, mirrored)
            self.shown = os.path.join(options.output_display or options.output, mirrored)
        else:
            self.target, self.shown = unit.path, unit.display
        self.file = _FileResult(self.collect)

    # -- the whole file -----------------------------------------------------------------------------

    def run(self) -> None:
        if not self.stdin:
            self._run()
            return
        # Standard input is read once, into a file the readers can go back to.
        with tempfile.TemporaryDirectory(prefix="newslint-stdin-") as folder:
            self.source = os.path.join(folder, os.path.basename(self.unit.display) or "stdin")
            with open(self.source, "wb") as handle:
                try:
                    shutil.copyfileobj(_stdin(), handle)
                except Fallback:
                    pass
            self._run()

    def _run(self) -> None:
        try:
            claimed = self._plugin_documents()
            if claimed is not None:
                name, documents = claimed
                self._plain(documents, f"read by the reader plugin {name!r}")
                self._copy_original()
            elif self.unit.is_chunk:
                raise Fallback("a part of a file cannot be fixed alone")
            elif is_record_file(self.unit.display):
                self._records()
            else:
                self._text()
        except Fallback as fallback:
            self._restart(fallback.reason)
            self._copy_original()
        except WriteFailure as failure:
            self._restart(None)
            self.report.errors.append(str(failure))
        self._finish()

    def _restart(self, reason: Optional[str]) -> None:
        """Drop what fixing gave and lint the file as it is on disk."""
        self.file = _FileResult(self.collect)
        self._plain(read_documents(self.linter, self.source, self.unit.display), reason)

    def _finish(self) -> None:
        file, result = self.file, self.result
        result.documents += file.documents
        result.text_chars += file.text_chars
        result.violations += file.violations
        if result.corpus is not None and file.corpus is not None:
            result.corpus = self.linter.merge(result.corpus, file.corpus)
        self.report.fixed += sorted(file.fixed, key=Violation.sort_key)  # not in pass order
        self.report.diffs += file.diffs
        self.report.warnings += file.warnings
        self.report.files_changed += file.changed
        if self.hold is not None:
            self.report.baseline_used.update(self.hold.used)

    def _plain(self, documents: Iterable[Document], reason: Optional[str],
               name: Optional[str] = None) -> None:
        """Lint ``documents`` without fixing; warn with ``reason`` if one had fixes to apply."""
        fixable = False
        for document in documents:
            fixable = self._lint(document) or fixable
        if reason and fixable:
            self.file.warnings.append(f"{name or self.unit.display}: not fixed: {reason}")

    def _lint(self, document: Document) -> bool:
        """Lint one document without fixing it; whether it had fixes to apply."""
        self.file.documents += 1
        self.file.text_chars += len(document.text)
        found = self.linter.lint(document, self.file.corpus)
        held = self.hold.marks(found) if self.hold is not None else [False] * len(found)
        unsafe = self.options.unsafe
        fixable = any(item.fix is not None and (item.fix.safe or unsafe) and not kept
                      for item, kept in zip(found, held))
        self.file.violations += self._shown(self.hold.commit(found) if self.hold else found)
        return fixable

    def _shown(self, found: list[Violation]) -> list[Violation]:
        """Findings as reported: under ``--fix-output``, in the cleaned copy."""
        if self.shown == self.unit.display:
            return found
        return [item._replace(path=self.shown) for item in found]

    def _fix(self, document: Document, stored: Optional[Stored]) -> Outcome:
        self.file.documents += 1
        self.file.text_chars += len(document.text)
        planned = (self.options.corpus or {}).get((document.path, document.record), ())
        return fix_document(self.linter, document, stored, unsafe=self.options.unsafe,
                            hold=self.hold, corpus=self.file.corpus, planned=planned)

    def _take(self, document: Document, outcome: Outcome) -> None:
        """Keep a document's outcome: its fixed and remaining findings, its diff."""
        self.file.fixed += outcome.fixed
        self.file.violations += self._shown(outcome.remaining)
        if not outcome.converged:
            self.file.warnings.append(f"{document_name(document)}: fixes did not settle after "
                                      f"the maximum number of passes; the rest are reported")
        if outcome.changed:
            self.file.changed = True
            if self.diff:
                self.file.diffs.append(unified(document.text, outcome.text, document_name(document)))

    def _plugin_documents(self) -> Optional[tuple[str, Iterable[Document]]]:
        """The documents of a third-party reader that claims the file, with its name, or ``None``."""
        hook = self.linter.plugins.manager.hook.newslint_read
        arguments = {"path": self.source, "display_path": self.unit.display,
                     "settings": self.linter.settings}
        for implementation in reversed(hook.get_hookimpls()):  # pluggy's calling order
            if implementation.plugin_name == _BUILTIN_READER:
                return None
            if implementation.hookwrapper or getattr(implementation, "wrapper", False):
                continue
            found = implementation.function(**{name: arguments[name]
                                               for name in implementation.argnames})
            if found is not None:
                return implementation.plugin_name, found
        return None

    # -- text files ---------------------------------------------------------------------------------

    def _text(self) -> None:
        state = self._state()
        try:
            data = read_bytes(self.source)
        except (OSError, _TooLarge):
            raise Fallback(None) from None
        document = decode_document(data, self.unit.display)
        if not document.readable or document.problems:
            reason = document.problems[0].message if document.problems else None
            raise Fallback(reason)
        encoding, bom = detect_encoding(data)
        stored = Stored(data[len(bom):].decode(encoding))
        if stored.text != document.text:
            raise Fallback("its text does not read back as linted")
        outcome = self._fix(document, stored)
        self._take(document, outcome)
        new = bom + stored.raw.encode(encoding) if outcome.changed else data
        if self.diff:
            return
        digest = hashlib.sha256(data).digest()
        if self.stdin:
            self._to_stdout(new)
        elif self.target != self.unit.path or outcome.changed:
            with self._output(state, digest) as handle:
                handle.write(new)

    # -- record files -------------------------------------------------------------------------------

    def _records(self) -> None:
        source = self.source
        documents = _unless_unreadable(read_records(source, self.unit.display, self.linter.settings))
        if is_jsonl(self.unit.display):
            self._jsonl(source, documents)
        else:
            self._json(source, documents)

    def _record(self, document: Document, body: bytes) -> Optional[bytes]:
        """The new bytes of one record (its line without the line ending), or ``None`` to keep it."""
        if document.record is None:
            raise Fallback(document.problems[0].message if document.problems else None)
        name = document_name(document)
        if not document.readable or document.problems:
            reason = document.problems[0].message if document.problems else None
            self._plain([document], reason, name)
            return None
        try:
            record = RecordText(body.decode("utf-8"), document, self.options.audit)
        except (UnicodeDecodeError, RecordError) as error:
            self._plain([document], str(error), name)
            return None
        outcome = self._fix(document, record.stored)
        self._take(document, outcome)
        return record.rewritten(outcome).encode("utf-8") if outcome.changed else None

    def _jsonl(self, source: str, documents: Iterator[Document]) -> None:
        state = self._state()
        with _RawLines(source, is_gzip(self.unit.display)) as lines:
            if self.diff:
                for document in documents:
                    self._check_whole(document)
                    self._record(document, lines.line(document.record).rstrip(b"\r\n"))
                return
            with self._output(state, lines.digest, gzipped=is_gzip(self.unit.display)) as out:
                for document in documents:
                    self._check_whole(document)
                    for early in lines.before(document.record):
                        out.write(early)
                    raw = lines.line(document.record)
                    body = raw.rstrip(b"\r\n")
                    new = self._record(document, body)
                    out.write(raw if new is None else new + raw[len(body):])
                for rest in lines.rest():
                    out.write(rest)
                if not self.file.changed and not self.stdin and self.target == self.unit.path:
                    raise Discard()

    def _json(self, source: str, documents: Iterator[Document]) -> None:
        state = self._state()
        compressed = is_gzip(self.unit.display)
        data, digest = _read_all(source, compressed)
        records = list(documents)
        for document in records:
            self._check_whole(document)
        text = data.decode("utf-8", "surrogateescape")
        try:
            spans = top_level_values(text, 1 if text.startswith("\ufeff") else 0)
        except ValueError as error:
            raise Fallback(f"cannot locate its records ({error})") from None
        if len(spans) != len(records) or any(
                document.record != text.count("\n", 0, start) + 1
                for document, (start, _) in zip(records, spans)):
            raise Fallback("cannot locate its records")
        pieces: list[str] = []
        position = 0
        for document, (start, end) in zip(records, spans):
            new = self._record(document, text[start:end].encode("utf-8", "surrogateescape"))
            if new is not None:
                pieces += [text[position:start], new.decode("utf-8")]
                position = end
        pieces.append(text[position:])
        if self.diff:
            return
        if self.file.changed:
            data = "".join(pieces).encode("utf-8", "surrogateescape")
        elif self.target == self.unit.path and not self.stdin:
            return
        with self._output(state, digest, gzipped=compressed) as out:
            out.write(data)

    @staticmethod
    def _check_whole(document: Document) -> None:
        """Stop fixing a record file that is binary or whose gzip stream is corrupt."""
        if any(problem.code in _UNFIXABLE_FILE for problem in document.problems):
            raise Fallback(document.problems[0].message)

    # -- writing ------------------------------------------------------------------------------------

    def _state(self) -> Optional[tuple[int, int, int]]:
        """The input file's size, time and inode before reading (``None`` for standard input)."""
        if self.stdin:
            return None
        try:
            status = os.stat(self.unit.path)
        except OSError:
            raise Fallback(None) from None
        if not stat.S_ISREG(status.st_mode) and not self.diff:
            raise Fallback("not a regular file")
        return status.st_size, status.st_mtime_ns, status.st_ino

    @contextlib.contextmanager
    def _output(self, state: Optional[tuple[int, int, int]], digest: Callable[[], bytes] | bytes,
                gzipped: bool = False) -> Iterator[Any]:
        """A binary stream to the fixed file (standard output for standard input), replaced
        atomically on success; gzip-compressed when ``gzipped``."""
        if self.stdin:  # written out once whole: a failure halfway prints nothing
            buffer = io.BytesIO()
            with _compressed(buffer, gzipped) as out:
                yield out
            self._to_stdout(buffer.getvalue())
            return
        in_place = self.target == self.unit.path
        if in_place:
            _check_writable(self.target, self.unit.display)

        def unchanged() -> None:
            if in_place:
                _check_unchanged(self.unit.path, state, digest() if callable(digest) else digest)

        where = self.unit.display if in_place else self.shown
        kept = "left as it was" if in_place else "no cleaned copy written"
        try:
            if not in_place:
                os.makedirs(os.path.dirname(self.target) or ".", exist_ok=True)
            with atomic_write(self.target, binary=True, before_replace=unchanged) as handle:
                with _compressed(handle, gzipped) as out:
                    yield out
        except _Changed:
            raise WriteFailure(f"{where}: changed on disk since it was read; not overwritten "
                               f"(run again to fix it)") from None
        except _ReadFailure as failure:
            raise Fallback(str(failure) or None) from None
        except OSError as error:
            raise WriteFailure(f"{where}: cannot write the fixes: {error.strerror or error}; "
                               f"{kept}") from None

    def _to_stdout(self, data: bytes) -> None:
        stream = sys.stdout.buffer
        stream.write(data)
        stream.flush()

    def _copy_original(self) -> None:
        """Under ``--fix-output``, a file that was not fixed is copied as it is; standard input
        is written back to standard output as it came."""
        if self.stdin and not self.diff:
            with open(self.source, "rb") as source:
                self._to_stdout(source.read())
            return
        if self.diff or self.target == self.unit.path:
            return
        try:
            if not stat.S_ISREG(os.stat(self.unit.path).st_mode):
                return  # a pipe or a device: what was read is gone
            source = open(self.unit.path, "rb")
        except OSError:
            return  # nothing to copy: the report has the reading problem
        try:
            with source, self._output(None, b"") as out:
                shutil.copyfileobj(source, out)
        except WriteFailure as failure:
            self.report.errors.append(str(failure))


@contextlib.contextmanager
def _compressed(stream: Any, gzipped: bool) -> Iterator[Any]:
    if not gzipped:
        yield stream
        return
    with gzip.GzipFile(filename="", mode="wb", fileobj=stream, compresslevel=6, mtime=0) as out:
        yield out


def _check_writable(path: str, display: str) -> None:
    """Refuse to replace a file its owner may not write (a rename would replace it anyway)."""
    try:
        os.close(os.open(path, os.O_WRONLY))  # no O_TRUNC, nothing written: the file is unchanged
    except OSError as error:
        raise WriteFailure(f"{display}: cannot write the fixes: {error.strerror or error}; "
                           f"left as it was") from None


def _check_unchanged(path: str, state: Optional[tuple[int, int, int]], digest: bytes) -> None:
    """Raise :class:`_Changed` unless ``path`` has the size, time, inode and content read."""
    try:
        status = os.stat(path)
    except OSError:
        raise _Changed() from None
    if state is not None and (status.st_size, status.st_mtime_ns, status.st_ino) != state:
        raise _Changed()
    hasher = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                hasher.update(block)
    except OSError:
        raise _Changed() from None
    if hasher.digest() != digest:
        raise _Changed()


class _Hashing(io.RawIOBase):
    """A raw binary stream that hashes every byte read through it."""

    def __init__(self, handle: IO[bytes]):
        self.handle = handle
        self.hasher = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        try:
            data = self.handle.read(len(target))
        except OSError as error:
            raise _ReadFailure(f"reading failed: {error.strerror or error}") from None
        self.hasher.update(data)
        target[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self.handle.close()
        super().close()


class _RawLines:
    """The lines of a JSON Lines file as bytes, endings kept, numbered as the reader numbers them;
    the file's bytes (compressed ones for gzip) are hashed on the way."""

    def __init__(self, path: str, compressed: bool):
        self.path = path
        self.compressed = compressed
        self.number = 0

    def __enter__(self) -> "_RawLines":
        try:
            raw = open(self.path, "rb", buffering=0)
        except OSError:
            raise Fallback(None) from None
        self.hashing = _Hashing(raw)
        stream: Any = _Gunzip(self.hashing) if self.compressed else self.hashing
        self.stream = io.BufferedReader(stream, buffer_size=1 << 20)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stream.close()

    def _next(self) -> bytes:
        try:
            line = self.stream.readline()
        except _ReadFailure as failure:
            raise Fallback(str(failure)) from None
        except (OSError, EOFError) as error:
            raise Fallback(f"reading failed: {error}") from None
        self.number += 1
        return line

    def before(self, number: int) -> Iterator[bytes]:
        """The lines before line ``number`` not yet taken."""
        while self.number < number - 1:
            yield self._next()

    def line(self, number: int) -> bytes:
        """Line ``number`` (the lines before it are skipped)."""
        for _ in self.before(number):
            pass
        return self._next()

    def rest(self) -> Iterator[bytes]:
        while True:
            line = self._next()
            if not line:
                return
            yield line

    def digest(self) -> bytes:
        """The hash of the file's bytes (read to the end first)."""
        while self.hashing.readinto(bytearray(1 << 20)):
            pass
        return self.hashing.hasher.digest()


def _read_all(path: str, compressed: bool) -> tuple[bytes, Callable[[], bytes]]:
    """The (decompressed) bytes of a ``.json`` file and a function giving the hash of the file's
    own bytes; :class:`Fallback` when it is too big to fix in memory or unreadable."""
    try:
        raw = open(path, "rb", buffering=0)
    except OSError:
        raise Fallback(None) from None
    hashing = _Hashing(raw)
    with io.BufferedReader(_Gunzip(hashing) if compressed else hashing) as stream:
        try:
            data = stream.read(MAX_JSON_BYTES + 1)
        except _ReadFailure as failure:
            raise Fallback(str(failure)) from None
        except (OSError, EOFError) as error:
            raise Fallback(f"reading failed: {error}") from None
        if len(data) > MAX_JSON_BYTES:
            raise Fallback(f"a .json file over {MAX_JSON_BYTES // 2**20} MiB is not fixed in "
                           f"memory (JSON Lines files stream)")
        while hashing.readinto(bytearray(1 << 20)):
            pass
    digest = hashing.hasher.digest()
    return data, lambda: digest


def _unless_unreadable(documents: Iterator[Document]) -> Iterator[Document]:
    """The documents, or :class:`Fallback` when the file cannot be read at all (it vanished)."""
    try:
        yield from documents
    except OSError:
        raise Fallback(None) from None


def _stdin() -> IO[bytes]:
    stdin = sys.stdin
    if stdin is None or not hasattr(stdin, "buffer"):
        raise Fallback(None)
    return stdin.buffer
