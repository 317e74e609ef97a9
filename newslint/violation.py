"""What a rule finds (:class:`Hit`) and what the engine reports (:class:`Violation`).

A rule yields hits: offsets into the document's text and a message. The engine resolves each hit
into a :class:`Violation` with line and column, the record coordinates where the document came from
a record, and a fingerprint of the flagged text. Violations are plain, picklable named tuples so
they travel between processes and cluster workers unchanged.
"""

from __future__ import annotations

import enum
from typing import NamedTuple, Optional


class Severity(str, enum.Enum):
    """How bad a finding is; ``--fail-on`` chooses which severities fail the run."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __str__(self) -> str:
        return self.value


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement`` (offsets into the document's text)."""

    start: int
    end: int
    replacement: str


class Fix(NamedTuple):
    """A proposed fix: edits applied together or not at all (see :mod:`newslint.fix`).

    ``safe`` fixes are applied by ``--fix``; the others only with ``--unsafe-fixes`` as well. The
    engine makes a fix safe only when the rule's class declares it so (``Rule.fix``).
    """

    edits: tuple[Edit, ...]
    safe: bool = False


class Hit(NamedTuple):
    """One finding as a rule reports it: a span of the document's text and a message.

    ``start`` and ``end`` are character offsets into :attr:`newslint.document.Document.text`
    (``end`` exclusive). Messages are one line: the engine replaces any newline.
    """

    start: int
    end: int
    message: str
    fix: Optional[Fix] = None


class Violation(NamedTuple):
    """One reported finding, with every position resolved (1-based lines and columns)."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    code: str
    name: str
    message: str
    severity: str
    #: The text of the flagged line (for ``--show-source``); for records, the line of the field.
    source_line: str = ""
    #: A hash of path, code and the flagged text: stable when the text moves (baseline, GitLab).
    fingerprint: str = ""
    #: For records: the 1-based line of the record in its file (then ``line == record``).
    record: Optional[int] = None
    record_id: Optional[str] = None
    field: Optional[str] = None
    field_line: Optional[int] = None
    field_col: Optional[int] = None
    #: How to fix the finding (offsets into the document's text), or ``None``.
    fix: Optional[Fix] = None

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.field or "", self.field_line or 0, self.col,
                self.field_col or 0, self.code, self.message)
