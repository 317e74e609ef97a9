"""Read a text or Markdown file (or stdin) into one document.

Bytes are decoded here, once: a UTF-8 or UTF-16/32 BOM picks the encoding, otherwise UTF-8. Bytes
that do not decode are replaced with U+FFFD and reported once per file (``NL912``, with the byte
offset, line and column of the first bad byte and how many there were); the rest of the file is
still linted. A file with a NUL byte (and no UTF-16/32 BOM) is binary and skipped (``NL911``). A
file larger than :data:`MAX_DOCUMENT_BYTES` is skipped unread (``NL922``). A file that cannot be
opened or read (missing, vanished, no permission, a broken symbolic link or a loop of them, a
folder) is ``NL910``. Line endings are normalised so that lines and columns are those an editor
shows.

Nothing here raises for bad input: every problem becomes a document that carries it.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
import threading
from typing import BinaryIO, Iterator, Optional

from newslint.document import Document, Problem, normalise_newlines
from newslint.settings import Settings

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Files larger than this are not read (a page of that size is not an article).
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
_READ_CHUNK = 1 << 20


class _TooLarge(Exception):
    def __init__(self, size: Optional[int]):
        super().__init__(size)
        self.size = size


def _read_limited(handle: BinaryIO, limit: int) -> bytes:
    """Read ``handle`` to its end, refusing more than ``limit`` bytes (pipes, devices, stdin)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = handle.read(_READ_CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limit:
            raise _TooLarge(None)
        chunks.append(chunk)


def read_bytes(path: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of ``path`` (``-``: standard input); :class:`_TooLarge` past ``limit``."""
    if path == "-":
        stdin = sys.stdin
        if stdin is None or not hasattr(stdin, "buffer"):
            raise OSError(errno.EBADF, "standard input is closed", "-")
        return _read_limited(stdin.buffer, limit)
    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())
        if stat.S_ISREG(status.st_mode):
            if status.st_size > limit:
                raise _TooLarge(status.st_size)
            return handle.read()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
        return _read_limited(handle, limit)  # a pipe or a device named on the command line


def _reason(error: OSError) -> str:
    """Why a file could not be read, in words a user knows."""
    path = error.filename
    if isinstance(path, str):
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if error.errno == errno.ENOENT and os.path.islink(path):
            try:
                return f"broken symbolic link (to {os.readlink(path)!r}, which does not exist)"
            except OSError:
                return "broken symbolic link"
    return error.strerror or str(error)


def unreadable(display_path: str, error: OSError) -> Document:
    """The document reporting that ``display_path`` could not be read (``NL910``)."""
    return Document(display_path, "", problems=[Problem("NL910", f"cannot read file: {_reason(error)}")],
                    readable=False)


def oversized(display_path: str, size: Optional[int], limit: int = MAX_DOCUMENT_BYTES) -> Document:
    """The document reporting a file too large to lint (``NL922``)."""
    what = f"file of {size / 1e6:.1f} MB" if size is not None else "input"
    return Document(display_path, "", readable=False, problems=[Problem(
        "NL922", f"{what} exceeds the {limit // 2**20} MiB limit, skipped")])


def read_text(path: str, display_path: str, settings: Optional[Settings] = None) -> Iterator[Document]:
    """Yield the one document of a text file (or a document holding only its problems)."""
    try:
        data = read_bytes(path)
    except _TooLarge as error:
        yield oversized(display_path, error.size)
        return
    except OSError as error:
        yield unreadable(display_path, error)
        return
    yield decode_document(data, display_path)


class _BadBytes(threading.local):
    """Offsets of the undecodable byte sequences met by the current decode, per thread."""

    def __init__(self) -> None:
        self.first: Optional[int] = None
        self.count = 0


_BAD = _BadBytes()


def _replace_and_count(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    if _BAD.first is None:
        _BAD.first = error.start
    _BAD.count += 1
    return "\ufffd", error.end


codecs.register_error("newslint-replace", _replace_and_count)


def decode(body: bytes, encoding: str) -> tuple[str, Optional[int], int]:
    """``body`` decoded, with undecodable bytes replaced: (text, offset of the first bad byte or
    ``None``, number of bad sequences). Linear in the size of ``body`` however many bad bytes."""
    try:
        return body.decode(encoding), None, 0
    except UnicodeDecodeError:
        pass
    _BAD.first, _BAD.count = None, 0
    text = body.decode(encoding, errors="newslint-replace")
    return text, _BAD.first, _BAD.count


def detect_encoding(data: bytes) -> tuple[str, bytes]:
    """The encoding of file bytes and the BOM that named it: a BOM decides, else UTF-8 (no BOM)."""
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name, mark
    return "utf-8", b""


def decode_document(data: bytes, display_path: str) -> Document:
    """Decode file bytes into a :class:`Document`, reporting binary data and bad bytes."""
    encoding, bom = detect_encoding(data)
    if encoding == "utf-8":
        nul = data.find(b"\x00")
        if nul != -1:
            return Document(display_path, "", readable=False, problems=[
                Problem("NL911", f"binary file (NUL byte at offset {nul}), skipped")])
    body = data[len(bom):]
    problems: list[Problem] = []
    text, first_bad, bad_count = decode(body, encoding)
    if first_bad is not None:
        before = normalise_newlines(body[:first_bad].decode(encoding, errors="replace"))
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        more = f"; {bad_count} bad byte sequences in all" if bad_count > 1 else ""
        problems.append(Problem(
            "NL912", f"invalid {encoding.upper()} at byte {first_bad + len(bom)} "
                     f"(0x{body[first_bad]:02x}){more}, replaced with U+FFFD", line, col))
    return Document(display_path, normalise_newlines(text), problems=problems)
