"""Turn offsets in a document into reported places: line, column, record coordinates, fingerprint.

The single place where offsets become positions, used for rule hits, corpus anchors and input
problems alike.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple, Optional

from newslint.document import Document
from newslint.violation import Fix, Violation


class Anchor(NamedTuple):
    """A resolved place in one document (picklable; corpus rules keep these between phases)."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    source_line: str
    fingerprint: str
    record: Optional[int] = None
    record_id: Optional[str] = None
    field: Optional[str] = None
    field_line: Optional[int] = None
    field_col: Optional[int] = None


def fingerprint(path: str, code: str, flagged: str) -> str:
    """A short stable hash of where and what, independent of the line number."""
    digest = hashlib.sha1(f"{path}\0{code}\0{' '.join(flagged.split())}".encode("utf-8", "replace"))
    return digest.hexdigest()[:16]


def locate(document: Document, start: int, end: int, code: str) -> Anchor:
    """Resolve ``document.text[start:end]`` into an :class:`Anchor`.

    For a plain file, line and column are those of the file. For a record, ``line`` is the record's
    line in its file and ``col`` is 1; ``field_line`` and ``field_col`` give the place inside the
    field's text.
    """
    line, col = document.position(start)
    end_line, end_col = document.position(max(start, end))
    source = document.line_text(line)
    print_ = fingerprint(document.path if document.record is None
                         else f"{document.path}#{document.record_id or document.record}",
                         code, document.text[start:end])
    if document.record is None:
        return Anchor(document.path, line, col, end_line, end_col, source, print_)
    return Anchor(document.path, document.record, 1, document.record, 1, source, print_,
                  document.record, document.record_id, document.field, line, col)


def violation(anchor: Anchor, code: str, name: str, message: str, severity: str,
              fix: Optional[Fix] = None) -> Violation:
    """The :class:`Violation` for a finding at ``anchor``. Messages are forced onto one line."""
    if "\n" in message or "\r" in message:
        message = " ".join(message.split())
    return Violation(
        anchor.path, anchor.line, anchor.col, anchor.end_line, anchor.end_col, code, name,
        message, str(severity), anchor.source_line, anchor.fingerprint, anchor.record,
        anchor.record_id, anchor.field, anchor.field_line, anchor.field_col, fix,
    )
