"""Read a text or Markdown file (or stdin) into one document.

Bytes are decoded here, once: a UTF-8 or UTF-16/32 BOM picks the encoding, otherwise UTF-8. Bytes
that do not decode are replaced and reported (``NL912``, with the byte offset); the rest of the file
is still linted. A file with NUL bytes is binary and skipped (``NL911``). Line endings are
normalised so that lines and columns are those an editor shows.
"""

from __future__ import annotations

import codecs
import os
import sys
from typing import Iterator

from newslint.document import Document, Problem, normalise_newlines
from newslint.settings import Settings

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Files larger than this are not read whole (a page of that size is not an article).
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


def read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def unreadable(display_path: str, error: OSError) -> Document:
    reason = error.strerror or str(error)
    return Document(display_path, "", problems=[Problem("NL910", f"cannot read file: {reason}")],
                    readable=False)


def read_text(path: str, display_path: str, settings: Settings) -> Iterator[Document]:
    """Yield the one document of a text file (or a document holding only its problems)."""
    try:
        if path != "-" and os.path.getsize(path) > MAX_DOCUMENT_BYTES:
            size = os.path.getsize(path) / 1e6
            yield Document(display_path, "", readable=False, problems=[Problem(
                "NL922", f"file of {size:.1f} MB exceeds the {MAX_DOCUMENT_BYTES // 2**20} MiB limit, skipped")])
            return
        data = read_bytes(path)
    except OSError as error:
        yield unreadable(display_path, error)
        return
    yield decode_document(data, display_path)


def decode_document(data: bytes, display_path: str) -> Document:
    """Decode file bytes into a :class:`Document`, reporting binary data and bad bytes."""
    encoding = "utf-8"
    bom = b""
    for mark, name in _BOMS:
        if data.startswith(mark):
            encoding, bom = name, mark
            break
    if encoding == "utf-8":
        nul = data.find(b"\x00", 0, 1 << 16)
        if nul != -1:
            return Document(display_path, "", readable=False, problems=[
                Problem("NL911", f"binary file (NUL byte at offset {nul}), skipped")])
    body = data[len(bom):]
    problems: list[Problem] = []
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        text = body.decode(encoding, errors="replace")
        offset = error.start + len(bom)
        before = normalise_newlines(body[: error.start].decode(encoding, errors="replace"))
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        problems.append(Problem(
            "NL912", f"invalid {encoding.upper()} at byte {offset} (0x{body[error.start]:02x}); "
                     f"bad bytes replaced with U+FFFD", line, col))
    return Document(display_path, normalise_newlines(text), problems=problems)
