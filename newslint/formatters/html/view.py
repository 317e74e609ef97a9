"""One document as the report shows it: its lines, the flagged spans in them, and gaps.

Findings give their place as line and column (for a record: the line and column inside the
field). A span's end inside a record is not part of the finding (it reports the record's line), but
its fingerprint is a hash of the flagged text (:func:`newslint.locate.fingerprint`):
:func:`span_end` finds the end whose text has that hash, so a record's span is highlighted as
exactly as a file's.

When the text read again does not match the findings (the file changed after the run, or could
not be read again), the view is made of the flagged lines the findings carry, and says so.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field as dataclass_field
from typing import Optional

from newslint.violation import Violation

#: A document longer than this (lines or characters) is shown as its flagged lines with
#: :data:`CONTEXT` lines around each, not whole.
MAX_FULL_LINES = 400
MAX_FULL_CHARS = 100_000
CONTEXT = 3
#: How far past its start a record's span is looked for (characters).
SPAN_SEARCH = 20_000


def span_end(text: str, start: int, path_key: str, code: str, fingerprint: str,
             limit: int = SPAN_SEARCH) -> Optional[int]:
    """The end of the span starting at ``start`` whose fingerprint is ``fingerprint``, or ``None``.

    The fingerprint hashes ``path_key``, the code and the flagged text with its white space runs
    folded to single spaces; the text is hashed as it grows, one character at a time, so finding
    the end costs one pass over the span.
    """
    if not fingerprint:
        return None
    head = f"{path_key}\0{code}\0".encode("utf-8", "replace")
    # Most findings flag the rest of their line (whole-line rules): try that end first.
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    flagged = " ".join(text[start:line_end].split())
    if hashlib.sha1(head + flagged.encode("utf-8", "replace")).hexdigest()[:16] == fingerprint:
        return start + len(text[start:line_end].rstrip()) if flagged else start
    digest = hashlib.sha1(head)
    if digest.hexdigest()[:16] == fingerprint:
        return start
    started = space = False
    for index in range(start, min(len(text), start + limit)):
        char = text[index]
        if char.isspace():
            space = started
            continue
        if space:
            digest.update(b" ")
            space = False
        digest.update(char.encode("utf-8", "replace"))
        started = True
        if digest.copy().hexdigest()[:16] == fingerprint:
            return index + 1
    return None


@dataclass
class Line:
    """One line of the view: its number, its text cut into segments, and the findings noted on it."""

    number: int
    #: (text, indices of the findings whose span covers it) in order.
    segments: list[tuple[str, tuple[int, ...]]]
    #: Findings that start on this line (their notes go beside it).
    notes: list[int] = dataclass_field(default_factory=list)
    #: Findings whose span covers part of this line.
    covered: set[int] = dataclass_field(default_factory=set)
    #: Lines left out just before this one (not shown: too far from any finding).
    skipped: int = 0


@dataclass
class View:
    lines: list[Line]
    #: Lines left out after the last line shown.
    skipped_after: int = 0
    #: False when the view is made of the flagged lines alone (text missing or changed).
    whole: bool = True
    #: Why the view is made of the flagged lines alone, or ``""``.
    note: str = ""


def _start(violation: Violation) -> tuple[int, int]:
    if violation.record is not None and violation.field_line is not None:
        return violation.field_line, violation.field_col or 1
    return violation.line, violation.col


def _path_key(violation: Violation) -> str:
    if violation.record is None:
        return violation.path
    return f"{violation.path}#{violation.record_id or violation.record}"


def _segments(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[str, tuple[int, ...]]]:
    """``text`` cut at every span boundary; each piece with the spans covering it."""
    if not spans:
        return [(text, ())]
    cuts = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    pieces: list[tuple[str, tuple[int, ...]]] = []
    for left, right in zip(cuts, cuts[1:]):
        if left >= right:
            continue
        covering = tuple(i for a, b, i in spans if a <= left and right <= b)
        if pieces and pieces[-1][1] == covering:
            pieces[-1] = (pieces[-1][0] + text[left:right], covering)
        else:
            pieces.append((text[left:right], covering))
    return pieces or [("", ())]


def build_view(text: Optional[str], violations: list[Violation], note: str = "") -> View:
    """The view of a document's ``text`` with ``violations`` (indices into this list are used)."""
    if text is None:
        return flagged_lines_view(violations, note or "its text could not be read again")
    lines = text.split("\n")
    starts = [0]
    for text_line in lines[:-1]:
        starts.append(starts[-1] + len(text_line) + 1)
    spans: list[tuple[int, int, int]] = []  # absolute [start, end) and finding index
    for index, violation in enumerate(violations):
        line, col = _start(violation)
        expected = violation.source_line.rstrip("\r\n")
        if line > len(lines) or (expected and lines[line - 1] != expected):
            return flagged_lines_view(violations, "the text changed after it was linted")
        start = starts[line - 1] + min(col - 1, len(lines[line - 1]))
        if violation.record is None:
            end_line = min(violation.end_line, len(lines))
            end = starts[end_line - 1] + min(violation.end_col - 1, len(lines[end_line - 1]))
        else:
            end = span_end(text, start, _path_key(violation), violation.code,
                           violation.fingerprint) or start
        spans.append((start, max(start, end), index))
    notes: dict[int, list[int]] = {}
    for index, violation in enumerate(violations):
        notes.setdefault(_start(violation)[0], []).append(index)
    on_line: dict[int, list[tuple[int, int, int]]] = {}  # line number → the spans touching it
    for span in spans:
        first = bisect.bisect_right(starts, span[0])
        last = bisect.bisect_right(starts, max(span[0], span[1] - 1))
        for number in range(first, last + 1):
            on_line.setdefault(number, []).append(span)
    view = View([])
    previous = 0
    for number in _shown_lines(lines, spans, starts):
        line_start = starts[number - 1]
        line_text = lines[number - 1]
        line_end = line_start + len(line_text)
        entry = Line(number, [], notes.get(number, []), skipped=number - previous - 1)
        visible = []
        for a, b, index in on_line.get(number, ()):
            if (a == b and line_start <= a <= line_end) or (a < b and a <= line_end and b > line_start):
                entry.covered.add(index)
                left, right = max(a, line_start) - line_start, min(b, line_end) - line_start
                if left < right:
                    visible.append((left, right, index))
        entry.segments = _segments(line_text, visible)
        view.lines.append(entry)
        previous = number
    view.skipped_after = len(lines) - previous
    return view


def _shown_lines(lines: list[str], spans: list[tuple[int, int, int]],
                 starts: list[int]) -> list[int]:
    """Every line of a short document; around the findings only for a long one."""
    if len(lines) <= MAX_FULL_LINES and sum(len(line) + 1 for line in lines) <= MAX_FULL_CHARS:
        return list(range(1, len(lines) + 1))
    wanted: set[int] = set()
    for start, end, _ in spans:
        first = bisect.bisect_right(starts, start)
        last = bisect.bisect_right(starts, max(start, end - 1))
        wanted.update(range(max(1, first - CONTEXT), min(len(lines), last + CONTEXT) + 1))
    return sorted(wanted)


def flagged_lines_view(violations: list[Violation], note: str) -> View:
    """A view of the flagged lines alone, from the lines the findings carry."""
    by_line: dict[int, tuple[str, list[int]]] = {}
    for index, violation in enumerate(violations):
        line, _ = _start(violation)
        text = violation.source_line.rstrip("\r\n")
        by_line.setdefault(line, (text, []))[1].append(index)
    view = View([], whole=False, note=note)
    previous = 0
    for number in sorted(by_line):
        text, indices = by_line[number]
        spans = []
        for index in indices:
            violation = violations[index]
            start = min(_start(violation)[1] - 1, len(text))
            if violation.record is None and violation.end_line == violation.line:
                end = min(violation.end_col - 1, len(text))
            elif violation.record is None:
                end = len(text)
            else:
                end = span_end(text, start, _path_key(violation), violation.code,
                               violation.fingerprint) or start
            spans.append((start, max(start, end), index))
        entry = Line(number, _segments(text, [s for s in spans if s[0] < s[1]]), list(indices),
                     set(indices), skipped=number - previous - 1 if previous else 0)
        view.lines.append(entry)
        previous = number
    return view
