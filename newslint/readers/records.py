"""Read scraped articles stored as records: JSON Lines (``.jsonl``, ``.ndjson``, gzipped or not) and
JSON (``.json``: one article object, or an array of them).

Records stream one at a time in constant memory, whatever the size of the file: JSON Lines line by
line, a JSON array element by element (an incremental scanner finds where each element ends). Each
record becomes one :class:`~newslint.document.Document` whose ``record`` is the record's 1-based
line in the file, ``record_id`` its id, ``field`` the field the text came from; title, authors,
outlet, URL and date are filled from the record's metadata so that byline and attribution rules can
check the text against them.

Which field plays which role is looked up through aliases covering the common scrapers (news-please,
trafilatura, CC-News, FineWeb/datatrove; see :data:`DEFAULT_FIELDS`), overridable per role by
``[tool.newslint.input]`` and ``--field ROLE=NAME`` (``Settings.input_fields``).

A record that cannot be linted never stops the file: a line that is not JSON, a record without a
text field or with a text that is not a string, a truncated last line (``NL920``), a record larger
than :data:`MAX_RECORD_BYTES` (``NL922``), and a gzip stream corrupt halfway (``NL921``, after the
records decoded before the damage) each yield a document with ``readable=False`` and a problem
naming the record; every other record is linted.

The JSON Lines parsing is split from the file handling (:func:`documents_from_lines`), so that a
chunk of a file (``--jobs``) or a Dask partition of lines (:mod:`newslint.dask`) turns into exactly
the same documents as the whole file read here.
"""

from __future__ import annotations

import errno
import io
import json
import re
import sys
import zlib
from dataclasses import dataclass
from typing import IO, Any, Iterable, Iterator, Mapping, Optional, Sequence
from urllib.parse import urlsplit

from newslint.document import Document, Problem, normalise_newlines
from newslint.settings import Settings

#: A record larger than this (bytes of its JSON) is skipped with ``NL922``: no article is that long.
MAX_RECORD_BYTES = 64 * 1024 * 1024
#: Bytes read at a time from a ``.json`` file.
READ_CHUNK = 1 << 20
#: How many leading bytes are checked for NUL (a NUL byte cannot appear in JSON text).
BINARY_SNIFF = 1 << 16

#: Role → field names tried in order. Sources: news-please (``maintext``, ``authors``,
#: ``source_domain``, ``date_publish``), trafilatura (``text``, ``author`` joined by "; ",
#: ``hostname``, ``sitename``, ``source`` = URL), CC-News (``domain``), FineWeb (``url`` only).
DEFAULT_FIELDS: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "maintext"),
    "title": ("title",),
    "authors": ("authors", "author"),
    "outlet": ("source_domain", "domain", "hostname", "source-hostname", "sitename"),
    "url": ("url", "source"),
    "date": ("date_publish", "date"),
    "id": ("id",),
}

_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number",
               bool: "a boolean", type(None): "null"}


@dataclass(frozen=True)
class FieldMap:
    """The field names tried for each role, defaults replaced by the configured ones."""

    text: tuple[str, ...]
    title: tuple[str, ...]
    authors: tuple[str, ...]
    outlet: tuple[str, ...]
    url: tuple[str, ...]
    date: tuple[str, ...]
    id: tuple[str, ...]
    #: Other fields copied onto :attr:`Document.meta` (``Settings.report_fields``).
    keep: tuple[str, ...] = ()

    @classmethod
    def from_settings(cls, settings: Optional[Settings]) -> "FieldMap":
        configured = settings.input_fields if settings is not None else {}
        keep = tuple(settings.report_fields) if settings is not None else ()
        return cls(**{role: tuple(configured.get(role) or names)
                      for role, names in DEFAULT_FIELDS.items()}, keep=keep)


def is_jsonl(name: str) -> bool:
    """Whether ``name`` is a JSON Lines file (plain or gzipped), as opposed to a ``.json`` file."""
    lower = name.lower()
    return lower.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"))


def is_gzip(name: str) -> bool:
    return name.lower().endswith(".gz")


def looks_binary(path: str) -> Optional[int]:
    """The offset of a NUL byte among the first bytes of ``path``, or ``None`` (also when unreadable)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(BINARY_SNIFF)
    except OSError:
        return None
    offset = head.find(b"\x00")
    return None if offset == -1 else offset


# -- one record ------------------------------------------------------------------------------------


def _type_name(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _first(record: Mapping[str, Any], names: Sequence[str]) -> tuple[Optional[str], Any]:
    """The first of ``names`` present in ``record`` with a non-null value: (name, value)."""
    for name in names:
        value = record.get(name)
        if value is not None:
            return name, value
    return None, None


def _string(value: Any) -> Optional[str]:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _authors(value: Any) -> tuple[str, ...]:
    """Author names from a list (news-please) or a ``"; "``-joined string (trafilatura)."""
    if isinstance(value, str):
        items: Iterable[Any] = value.split(";")
    elif isinstance(value, list):
        items = value
    else:
        return ()
    names = (" ".join(item.split()) for item in items if isinstance(item, str))
    return tuple(name for name in names if name)


def _url(record: Mapping[str, Any], names: Sequence[str]) -> Optional[str]:
    """The first field that holds a web address (trafilatura's ``source`` may hold a name instead)."""
    for name in names:
        value = _string(record.get(name))
        if value and urlsplit(value).netloc:
            return value
    return None


def _host(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _date(value: Any) -> Optional[str]:
    """A date as given; news-please writes a missing date as the string ``"None"``."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = _string(value)
    return None if text in (None, "None", "null") else text


def _record_id(value: Any) -> Optional[str]:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    return _string(value)


def bad_record(display_path: str, line: int, message: str, record_id: Optional[str] = None,
               field: Optional[str] = None, code: str = "NL920") -> Document:
    """A document that stands for a record that could not be linted, carrying its problem."""
    return Document(display_path, "", record=line, record_id=record_id, field=field,
                    problems=[Problem(code, message)], readable=False)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(text: str) -> tuple[str, Optional[str]]:
    """JSON may escape half a character (``"\\ud83d"``); no output can print it. Replace them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        first = _SURROGATE.search(text)
        return _SURROGATE.sub("\ufffd", text), first.group() if first else None
    return text, None


def document_from_value(value: Any, display_path: str, line: int, fields: FieldMap,
                        problems: Optional[list[Problem]] = None) -> Document:
    """The document for one decoded record (any JSON value; only objects with a text are readable)."""
    if not isinstance(value, dict):
        return bad_record(display_path, line, f"record is {_type_name(value)}, not an object")
    record_id = _record_id(_first(value, fields.id)[1])
    field, text = _first(value, fields.text)
    if field is None:
        present = [name for name in fields.text if name in value]
        if present:
            return bad_record(display_path, line, f"record's {present[0]!r} field is null",
                              record_id, present[0])
        return bad_record(display_path, line, f"record has no text field (looked for "
                          f"{', '.join(repr(name) for name in fields.text)})", record_id)
    if not isinstance(text, str):
        return bad_record(display_path, line, f"record's {field!r} field is {_type_name(text)}, "
                          f"not a string", record_id, field)
    text, surrogate = _without_lone_surrogates(text)
    if surrogate is not None:
        problems = [*(problems or []), Problem(
            "NL912", f"record's {field!r} field holds a lone surrogate (\\u{ord(surrogate):04x}), "
                     f"not a character; replaced with U+FFFD")]
    url = _url(value, fields.url)
    outlet = _string(_first(value, fields.outlet)[1]) or _host(url)
    return Document(
        display_path, normalise_newlines(text),
        title=_string(_first(value, fields.title)[1]),
        authors=_authors(_first(value, fields.authors)[1]),
        outlet=outlet, url=url, date=_date(_first(value, fields.date)[1]),
        record=line, record_id=record_id, field=field, problems=problems or [],
        meta={name: value[name] for name in fields.keep if name in value} if fields.keep else {},
    )


def document_from_json(raw: bytes, display_path: str, line: int, fields: FieldMap,
                       last: bool = False) -> Document:
    """The document for the JSON text of one record (``raw``: its bytes, without the newline).

    ``last`` tells that the record is the file's last line and has no newline: when it does not
    parse, it is reported as truncated.
    """
    problems: list[Problem] = []
    try:
        value = json.loads(raw)
    except UnicodeDecodeError as error:
        text = raw.decode("utf-8", errors="replace")
        problems.append(Problem("NL912", f"invalid UTF-8 at byte {error.start} of the record "
                                         f"(0x{raw[error.start]:02x}); bad bytes replaced with U+FFFD"))
        try:
            value = json.loads(text)
        except ValueError as inner:
            return _not_json(display_path, line, inner, last)
    except ValueError as error:
        return _not_json(display_path, line, error, last)
    except RecursionError:
        return bad_record(display_path, line, "record is nested too deeply to read")
    document = document_from_value(value, display_path, line, fields, problems)
    if problems and not document.readable:
        document.problems[:0] = problems
    return document


def _not_json(display_path: str, line: int, error: ValueError, last: bool) -> Document:
    reason = getattr(error, "msg", None) or str(error)
    if last:
        return bad_record(display_path, line, f"last record is truncated (no newline at the end of "
                                              f"the file and not valid JSON: {reason})")
    return bad_record(display_path, line, f"record is not valid JSON: {reason}")


def _size(count: int) -> str:
    return f"{count / 2**20:.1f} MiB" if count >= 2**20 else f"{count} bytes"


def oversized(display_path: str, line: int, size: int, limit: int) -> Document:
    return bad_record(display_path, line, f"record of {_size(size)} exceeds the {_size(limit)} "
                                          f"limit, skipped", code="NL922")


# -- JSON Lines ------------------------------------------------------------------------------------


def documents_from_lines(lines: Iterable[bytes], display_path: str, fields: FieldMap,
                         first_line: int = 1, limit: int = MAX_RECORD_BYTES) -> Iterator[Document]:
    """The documents of consecutive JSON Lines ``lines`` (bytes, each with its newline but the last).

    ``first_line`` is the line number of the first of them in the file. Blank lines are skipped (but
    counted). A line longer than ``limit`` is reported as oversized; readers that skip an oversized
    line without holding it pass an :class:`Oversized` marker instead of its bytes.
    """
    line_number = first_line - 1
    for raw in lines:
        line_number += 1
        if isinstance(raw, Oversized):
            yield oversized(display_path, line_number, raw.size, limit)
            continue
        ends = raw.endswith(b"\n")
        body = raw.rstrip(b"\r\n") if ends else raw
        if line_number == 1 and body.startswith(b"\xef\xbb\xbf"):
            body = body[3:]
        if len(body) > limit:
            yield oversized(display_path, line_number, len(body), limit)
            continue
        if not body.strip():
            continue
        yield document_from_json(body, display_path, line_number, fields, last=not ends)


class Oversized:
    """Stands for a line longer than the limit that a reader skipped without holding it."""

    __slots__ = ("size",)

    def __init__(self, size: int):
        self.size = size


def _raw_lines(handle: IO[bytes], limit: int, start: int = 0,
               end: Optional[int] = None) -> Iterator[Any]:
    """The lines of ``handle`` whose first byte lies in ``[start, end)``; an oversized one as :class:`Oversized`."""
    position = start
    readline = handle.readline
    while end is None or position < end:
        raw = readline(limit + 2)
        if not raw:
            return
        position += len(raw)
        if len(raw) > limit + 1 and not raw.endswith(b"\n"):
            size = len(raw)
            while True:  # drain the rest of the line without keeping it
                piece = readline(READ_CHUNK)
                if not piece:
                    break
                size += len(piece)
                position += len(piece)
                if piece.endswith(b"\n"):
                    size -= 1
                    break
            yield Oversized(size)
            continue
        yield raw


class _Gunzip(io.RawIOBase):
    """A gzip stream decompressed with :mod:`zlib` directly, so that a stream damaged halfway still
    gives every byte before the damage (:class:`gzip.GzipFile` drops the last decoded block).

    Concatenated gzip members are read one after another, as ``gzip`` does. The error is raised
    only once the bytes decoded before it have been read.
    """

    def __init__(self, compressed: IO[bytes]):
        self.compressed = compressed
        self.decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.pending = b""
        self.error: Optional[BaseException] = None
        self.started = False  # whether the current member has been fed any data

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed and self.compressed is not getattr(sys.stdin, "buffer", None):
            self.compressed.close()
        super().close()

    def readinto(self, target: Any) -> int:
        while not self.pending:
            if self.error is not None:
                raise self.error
            if not self._decode():
                return 0
        size = min(len(target), len(self.pending))
        target[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size

    def _decode(self) -> bool:
        """Decode the next piece into ``pending``; False at the clean end of the stream."""
        if self.decoder.eof:
            rest = self.decoder.unused_data
            self.decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self.started = False
            if rest.strip(b"\x00"):
                return self._feed(rest)
        tail = self.decoder.unconsumed_tail
        if tail:
            return self._feed(tail)
        data = self.compressed.read(_GZIP_PIECE)
        if not data:
            if self.started and not self.decoder.eof:
                self.pending = self.decoder.flush()
                self.error = EOFError("file ends before the end of the gzip stream (truncated)")
                return True
            return False
        return self._feed(data)

    def _feed(self, data: bytes) -> bool:
        self.started = True
        try:
            # Bounded output: when the stream turns out damaged, only this much is lost.
            self.pending = self.decoder.decompress(data, _GZIP_OUTPUT)
        except zlib.error as error:
            self.error = error
        return True


#: Compressed bytes read at a time, and decompressed bytes produced per call: what a damaged
#: stream may lose before the damage is at most one output piece.
_GZIP_PIECE = 1 << 16
_GZIP_OUTPUT = 1 << 14


def _stdin() -> IO[bytes]:
    stdin = sys.stdin
    if stdin is None or not hasattr(stdin, "buffer"):
        raise OSError(errno.EBADF, "standard input is closed", "-")
    return stdin.buffer


def _open(path: str, compressed: bool) -> IO[bytes]:
    stream: IO[bytes] = _stdin() if path == "-" else open(path, "rb")
    if compressed:
        return io.BufferedReader(_Gunzip(stream), buffer_size=READ_CHUNK)  # type: ignore[return-value]
    return stream


#: What reading a damaged gzip stream raises.
_GZIP_ERRORS = (OSError, EOFError, zlib.error)


def _gzip_failure(display_path: str, line: int, records: int, error: BaseException) -> Document:
    reason = str(error) or type(error).__name__
    where = f"after record {line - 1}" if records else "before the first record"
    if "incorrect data check" in reason:  # found only at the end: the damage may lie earlier
        reason += " (the checksum at the end does not match: records before may be damaged too)"
    return bad_record(display_path, line, f"gzip stream corrupt {where}: {reason}", code="NL921")


class _Counted:
    """Wraps an iterator of lines, counting them (to name the line where a gzip stream broke)."""

    def __init__(self, lines: Iterator[Any]):
        self.lines = lines
        self.count = 0

    def __iter__(self) -> Iterator[Any]:
        for line in self.lines:
            self.count += 1
            yield line


def read_jsonl(path: str, display_path: str, fields: FieldMap, start: int = 0,
               end: Optional[int] = None, first_line: int = 1,
               limit: int = MAX_RECORD_BYTES) -> Iterator[Document]:
    """The documents of a JSON Lines file, or of the lines starting in bytes ``[start, end)`` of it.

    ``first_line`` is the line number at ``start`` (found by the caller when it splits a file).
    """
    compressed = is_gzip(display_path)
    records = 0
    handle = _open(path, compressed)
    try:
        if start:
            handle.seek(start)
        elif path != "-" and not compressed:
            offset = handle.read(BINARY_SNIFF).find(b"\x00")
            if offset != -1:
                yield Document(display_path, "", readable=False, problems=[
                    Problem("NL911", f"binary file (NUL byte at offset {offset}), skipped")])
                return
            handle.seek(0)
        lines = _Counted(_raw_lines(handle, limit, start, end))
        try:
            for document in documents_from_lines(lines, display_path, fields, first_line, limit):
                records += 1
                yield document
        except _GZIP_ERRORS as error:
            if not compressed:
                raise
            yield _gzip_failure(display_path, first_line + lines.count, records, error)
    finally:
        if path != "-":
            handle.close()


# -- JSON ------------------------------------------------------------------------------------------

_OUTSIDE_STRING = re.compile(rb'["\[\]{}]')
_NOT_SPACE = re.compile(rb"[^ \t\r\n]")
_SCALAR_END = re.compile(rb"[,\]} \t\r\n]")


class _ValueEnd:
    """Finds where one JSON object, array or string ends, fed the bytes in pieces.

    Outside strings only brackets and quotes are looked at (with a regular expression, so the rest
    is skipped at C speed); inside a string only quotes, a quote being escaped when an odd run of
    backslashes precedes it. The value itself is parsed by :func:`json.loads` once its extent is
    known. ``data`` must hold the value from its first byte.
    """

    def __init__(self) -> None:
        self.depth = 0
        self.in_string = False

    def feed(self, data: bytes, position: int) -> int:
        """The index just past the value's end in ``data``, or -1 if it goes on past ``data``."""
        size = len(data)
        while position < size:
            if self.in_string:
                quote = data.find(b'"', position)
                if quote == -1:
                    return -1
                position = quote + 1
                backslash = quote - 1
                while backslash >= 0 and data[backslash] == 0x5C:  # stops at the opening quote
                    backslash -= 1
                if (quote - 1 - backslash) % 2:
                    continue  # an escaped quote
                self.in_string = False
                if self.depth == 0:
                    return position
                continue
            match = _OUTSIDE_STRING.search(data, position)
            if match is None:
                return -1
            position = match.end()
            token = match.group()
            if token == b'"':
                self.in_string = True
            elif token in (b"[", b"{"):
                self.depth += 1
            else:
                self.depth -= 1
                if self.depth <= 0:
                    return position
        return -1


class _JsonStream:
    """A buffer over a byte stream that knows the line number of every position it still holds.

    Consumed bytes are dropped only once they add up to a read's worth (dropping after every
    record would move the whole buffer each time); line numbers are counted incrementally from a
    cursor, since positions only move forward.
    """

    def __init__(self, handle: IO[bytes]):
        self.handle = handle
        self.buffer = bytearray()
        self.position = 0
        self.cursor = 0  # a position in the buffer …
        self.cursor_line = 1  # … and its line number
        self.eof = False
        #: Set when the stream ended inside a value.
        self.truncated = False

    def fill(self) -> bool:
        """Read more bytes; False at the end of the stream."""
        if self.eof:
            return False
        data = self.handle.read(READ_CHUNK)
        if not data:
            self.eof = True
            return False
        self.buffer += data
        return True

    def line_at(self, position: int) -> int:
        if position >= self.cursor:
            self.cursor_line += self.buffer.count(b"\n", self.cursor, position)
        else:
            self.cursor_line -= self.buffer.count(b"\n", position, self.cursor)
        self.cursor = position
        return self.cursor_line

    def drop_before(self, position: int) -> None:
        """Forget the bytes before ``position`` (still counting their newlines)."""
        self.line_at(position)
        del self.buffer[:position]
        self.cursor = 0
        self.position -= position

    def compact(self) -> None:
        """Drop the bytes already consumed once they are worth it."""
        if self.position >= READ_CHUNK:
            self.drop_before(self.position)

    def next_token(self) -> Optional[int]:
        """Skip white space; the byte there (as an int), or ``None`` at the end of the stream."""
        while True:
            match = _NOT_SPACE.search(self.buffer, self.position)
            if match is not None:
                self.position = match.start()
                return self.buffer[self.position]
            self.drop_before(len(self.buffer))
            self.position = 0
            if not self.fill():
                return None


def _json_values(stream: _JsonStream, limit: int) -> Iterator[tuple[int, Any]]:
    """(line, bytes | :class:`Oversized` | error message str) for each record of a JSON file."""
    first = stream.next_token()
    if first is None:
        return
    if first != ord("["):
        # One article object; or several values one after another (JSON Lines saved as .json).
        while stream.next_token() is not None:
            yield from _one_value(stream, limit)
            if stream.truncated:
                return
        return
    stream.position += 1
    expect_value = True
    while True:
        token = stream.next_token()
        if token is None:
            yield stream.line_at(stream.position), "file ends inside the JSON array (truncated)"
            return
        if token == ord("]"):
            return
        if not expect_value:
            if token != ord(","):
                yield stream.line_at(stream.position), (
                    f"expected ',' or ']' between records, found {chr(token)!r}; "
                    f"the rest of the file was not read")
                return
            stream.position += 1
            expect_value = True
            continue
        yield from _one_value(stream, limit)
        if stream.truncated:
            return
        expect_value = False


def _one_value(stream: _JsonStream, limit: int) -> Iterator[tuple[int, Any]]:
    """Read the value at the stream's position; leave the position just past it."""
    stream.compact()
    start = stream.position
    line = stream.line_at(start)
    buffer = stream.buffer
    if buffer[start] not in b'{["':  # a number, true, false, null or garbage: up to a separator
        searched = start
        while True:
            match = _SCALAR_END.search(buffer, searched)
            searched = len(buffer)
            if match is not None or searched - start > limit or not stream.fill():
                break
        end = max(match.start() if match is not None else len(buffer), start + 1)
        stream.position = end
        if end - start > limit:
            stream.truncated = True
            yield line, "not a JSON value; the rest of the file was not read"
            return
        yield line, bytes(buffer[start:end])
        return
    scanner = _ValueEnd()
    scanned = start
    skipped = 0  # bytes of an oversized value already dropped
    while True:
        end = scanner.feed(buffer, scanned)
        if end != -1:
            stream.position = end
            size = skipped + end - start
            yield line, Oversized(size) if size > limit else bytes(buffer[start:end])
            return
        scanned = len(buffer)
        if scanned - start > limit:  # too big to keep: count it, drop it
            skipped += scanned - start
            stream.position = scanned
            stream.drop_before(scanned)
            start = scanned = 0
        if not stream.fill():
            stream.position = len(buffer)
            stream.truncated = True
            yield line, "file ends inside this record (truncated)"
            return


def read_json(path: str, display_path: str, fields: FieldMap,
              limit: int = MAX_RECORD_BYTES) -> Iterator[Document]:
    """The documents of a ``.json`` file: one article object, or an array of them, streamed."""
    compressed = is_gzip(display_path)
    records = 0
    line = 1
    handle = _open(path, compressed)
    try:
        stream = _JsonStream(handle)
        try:
            stream.fill()
            offset = stream.buffer.find(b"\x00", 0, BINARY_SNIFF)
            if offset != -1:
                yield Document(display_path, "", readable=False, problems=[
                    Problem("NL911", f"binary file (NUL byte at offset {offset}), skipped")])
                return
            if stream.buffer.startswith(b"\xef\xbb\xbf"):
                del stream.buffer[:3]
            for line, value in _json_values(stream, limit):
                records += 1
                if isinstance(value, Oversized):
                    yield oversized(display_path, line, value.size, limit)
                elif isinstance(value, str):
                    yield bad_record(display_path, line, f"not valid JSON: {value}")
                else:
                    yield document_from_json(value, display_path, line, fields)
        except _GZIP_ERRORS as error:
            if not compressed:
                raise
            yield _gzip_failure(display_path, max(line, stream.cursor_line), records, error)
    finally:
        if path != "-":
            handle.close()


# -- the entry point -------------------------------------------------------------------------------


def read_records(path: str, display_path: str, settings: Optional[Settings] = None, *,
                 start: int = 0, end: Optional[int] = None, first_line: int = 1,
                 limit: int = MAX_RECORD_BYTES) -> Iterator[Document]:
    """The documents of a record file, chosen by ``display_path``'s name (``-`` reads stdin).

    ``start``, ``end`` and ``first_line`` read only the lines of a JSON Lines file that begin in
    that byte range (used to lint one big file in several processes).
    """
    fields = FieldMap.from_settings(settings)
    if is_jsonl(display_path):
        return read_jsonl(path, display_path, fields, start, end, first_line, limit)
    return read_json(path, display_path, fields, limit)
