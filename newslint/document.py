"""A document: one piece of text to lint, where it came from, and its metadata.

Readers turn files and records into documents; the article parser and the rules only ever see
documents. Offsets into :attr:`Document.text` are the truth; lines and columns are derived here, at
the edge, by bisecting the line starts.

Line endings are normalised by the readers (``\\r\\n`` and a lone ``\\r`` become ``\\n``; a BOM is
dropped) so that a line and column computed on the text equal those an editor shows for the file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field as dataclass_field
from itertools import accumulate
from typing import Any, NamedTuple, Optional

#: A line's length plus its newline.
_PLUS_NEWLINE = (1).__add__


class Problem(NamedTuple):
    """Something wrong with the input itself, reported as an ``NL9xx`` finding."""

    code: str
    message: str
    line: int = 1
    col: int = 1


def normalise_newlines(text: str) -> str:
    """Drop a BOM and turn CRLF and lone CR into LF; lines and columns stay those of the file."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


@dataclass
class Document:
    """One text to lint.

    For a plain file, ``path`` is the file and the text is the whole file. For a record of a JSONL
    shard, ``record`` is the record's 1-based line in the file, ``field`` the field holding the text
    (``text``, ``maintext``, …) and ``record_id`` the record's id where it has one.
    """

    path: str
    text: str
    title: Optional[str] = None
    authors: tuple[str, ...] = ()
    outlet: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = None
    record: Optional[int] = None
    record_id: Optional[str] = None
    field: Optional[str] = None
    #: Other fields of the record, those named in ``Settings.report_fields`` (for reports).
    meta: dict[str, Any] = dataclass_field(default_factory=dict)
    #: Problems met while reading (undecodable bytes, a broken record, …).
    problems: list[Problem] = dataclass_field(default_factory=list)
    #: False when the document could not be read at all: only its problems are reported.
    readable: bool = True
    _starts: Optional[list[int]] = dataclass_field(default=None, repr=False, compare=False)

    @property
    def line_starts(self) -> list[int]:
        """Offsets at which each line starts (index 0 is line 1)."""
        if self._starts is None:
            # Each line starts one past the end of the one before (a running sum, in C).
            starts = list(accumulate(map(_PLUS_NEWLINE, map(len, self.text.split("\n"))), initial=0))
            starts.pop()  # (where a line after the last would start)
            self._starts = starts
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of a character offset."""
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line``, without its newline."""
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[start:end]
