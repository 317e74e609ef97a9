"""Fix one document: lint, apply the fixes that do not touch one another, lint again, until stable.

Each pass lints the current text with the run's linter (so selection, per-file ignores and inline
suppressions apply exactly as in a report), leaves out the findings a baseline holds and the
unsafe fixes unless asked for, applies what :func:`newslint.fix.apply.select` takes, and lints the
new text. It stops when no fix is left to apply, when a pass changes nothing, or after
:data:`MAX_PASSES` passes (then the findings still there are reported as remaining). The engine
never writes: this module returns the new text; :mod:`newslint.fix.files` writes it.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, NamedTuple, Optional, Sequence

from newslint.article import parse
from newslint.document import Document
from newslint.engine import CorpusState, Linter
from newslint.fix.apply import Origin, apply, select
from newslint.fix.stored import Stored
from newslint.locate import locate, violation as make_violation
from newslint.rule import remove_line
from newslint.violation import Edit, Fix, Violation

#: Passes over one document at most (ruff stops at 100; removals of junk lines settle in two or
#: three, since only lines side by side wait for another pass).
MAX_PASSES = 10

#: A baseline entry's key: path (with forward slashes), code, fingerprint.
Key = tuple[str, str, str]


class Change(NamedTuple):
    """One edit a fix made, for the audit field: which rule, which lines of the original text it
    took text from (1-based, inclusive; a removal that also takes the line break before its lines
    does not count that earlier line), a fingerprint of the text taken out, and what was put in
    its place."""

    code: str
    first_line: int
    last_line: int
    fingerprint: str
    replacement: str

    def audit(self) -> dict:
        return {"code": self.code, "lines": [self.first_line, self.last_line],
                "fingerprint": self.fingerprint, "replacement": self.replacement}


def removed_fingerprint(text: str) -> str:
    """The fingerprint of removed text: the first 16 hex digits of its SHA-256 (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class BaselineHold:
    """Which findings a baseline holds (those are never fixed), for the documents of one file.

    A baseline entry covers one finding (two identical findings need two entries), counted over
    the file in order, as :meth:`newslint.baseline.Baseline.filter` counts over a run.
    """

    def __init__(self, counts: Mapping[Key, int]):
        self.counts = counts
        self.used: Counter = Counter()

    @staticmethod
    def key(found: Violation) -> Key:
        return (found.path.replace("\\", "/"), found.code, found.fingerprint)

    def marks(self, found: list[Violation]) -> list[bool]:
        """For each finding of one document, whether the baseline holds it (not committed)."""
        used: Counter = Counter()
        marks = []
        for item in found:
            key = self.key(item)
            held = self.counts.get(key, 0) - self.used[key] - used[key] > 0
            if held:
                used[key] += 1
            marks.append(held)
        return marks

    def commit(self, found: list[Violation]) -> list[Violation]:
        """Count the entries the document's remaining findings use; the findings not held."""
        kept = []
        for item, held in zip(found, self.marks(found)):
            if held:
                self.used[self.key(item)] += 1
            else:
                kept.append(item)
        return kept


@dataclass
class Outcome:
    """What fixing one document gave."""

    #: The fixed text (normalised, as the rules see it) and the stored form kept in step with it.
    text: str
    stored: Optional[Stored]
    #: Findings fixed (positions in the original text), and those left (positions in the new text;
    #: those the baseline holds left out).
    fixed: list[Violation] = field(default_factory=list)
    remaining: list[Violation] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    #: False when :data:`MAX_PASSES` passes still left fixes to apply.
    converged: bool = True

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


def fix_document(linter: Linter, document: Document, stored: Optional[Stored], *, unsafe: bool,
                 hold: Optional[BaselineHold] = None, corpus: Optional[CorpusState] = None,
                 planned: Sequence[Violation] = ()) -> Outcome:
    """Fix ``document`` (readable, without reading problems) in passes; ``stored`` follows the
    edits. Corpus rules (when ``corpus`` is given) collect from the final text. ``planned``: the
    document's corpus-rule findings whose lines to remove (:mod:`newslint.fix.corpus`).

    A line removal that had to wait (it touched another fix) stays decided: the next pass removes
    that line if it is still there unchanged, even when the new text no longer shows the rule what
    made it junk (a list item whose heading the first pass removed). So the rules' decisions are
    those made on the text as read, where their precision was measured.
    """
    origin = Origin()
    current = document
    outcome = Outcome(document.text, stored)
    state = CorpusState() if corpus is not None else None
    found = linter.lint(current, state)
    # Findings decided on an earlier text (positions in the original) whose lines are to go.
    pending = [item for item in planned if hold is None or not hold.counts.get(hold.key(item))]
    for number in range(MAX_PASSES + 1):
        held = hold.marks(found) if hold is not None else [False] * len(found)
        candidates = [item for item, kept in zip(found, held)
                      if item.fix is not None and not kept and (item.fix.safe or unsafe)]
        fresh = {(item.code, _line_index(item)) for item in candidates}
        # Each candidate's finding as reported once fixed: None for one to place in the original.
        reported: list[Optional[Violation]] = [None] * len(candidates)
        waiting = []
        for candidate, original, index in _placed(linter, pending, document, current, origin, unsafe):
            if (original.code, index) not in fresh:  # else the new text's finding stands for it
                candidates.append(candidate)
                reported.append(original)
                waiting.append(original)
        if not candidates:
            break
        if number == MAX_PASSES:
            outcome.converged = False
            break
        chosen, edits = select([item.fix for item in candidates])  # type: ignore[misc]
        text = apply(current.text, edits)
        if text == current.text:
            break
        taken = [(candidates[index], reported[index]) for index in chosen]
        done = {id(original) for _, original in taken if original is not None}
        left = set(range(len(candidates))) - set(chosen)
        pending = [item for item in waiting if id(item) not in done] + [
            item if current is document else _in_original(item, current, document, origin)
            for index, item in enumerate(candidates)
            if index in left and reported[index] is None and _removes_line(linter, item)]
        _record(outcome, taken, edits, current, document, origin)
        origin.add(edits)
        if stored is not None:
            stored.apply(edits)
        current = dataclasses.replace(document, text=text, problems=[], _starts=None)
        state = CorpusState() if corpus is not None else None
        found = linter.lint(current, state)
    outcome.text = current.text
    outcome.remaining = hold.commit(found) if hold is not None else found
    if corpus is not None and state is not None:
        corpus.states = linter.merge(corpus, state).states
    return outcome


def _line_index(item: Violation) -> int:
    """The 0-based line of a finding in its document's text (inside the field, for a record)."""
    return (item.field_line if item.record is not None else item.line or 1) - 1  # type: ignore[operator]


def _removes_line(linter: Linter, item: Violation) -> bool:
    declared = getattr(linter.plugins.rules.get(item.code), "fix", None)
    return declared is not None and declared.how == "remove-line"


def _placed(linter: Linter, pending: list[Violation], original: Document, current: Document,
            origin: Origin, unsafe: bool) -> list[tuple[Violation, Violation, int]]:
    """(candidate, decided finding, line index now) for each decided removal whose line is still
    there, unchanged: the candidate removes it from the current text."""
    found: list[tuple[Violation, Violation, int]] = []
    article = None
    for item in pending:
        declared = getattr(linter.plugins.rules.get(item.code), "fix", None)
        if declared is None or not (declared.safe or unsafe):
            continue
        number = _line_index(item) + 1
        if not 0 < number <= len(original.line_starts):
            continue
        start = origin.current(original.line_starts[number - 1])
        if start is None:
            continue
        if article is None:
            article = parse(current)
        line = article.line_at(start)
        if line.start != start or line.text != original.line_text(number):
            continue  # the line changed meanwhile: leave it to the report
        found.append((item._replace(fix=remove_line(line, safe=declared.safe)), item, line.index))
    return found


def _record(outcome: Outcome, taken: list[tuple[Violation, Optional[Violation]]], edits: list[Edit],
            current: Document, original: Document, origin: Origin) -> None:
    """Note the fixed findings (in the original's positions) and the changes of one pass."""
    codes: dict[Edit, str] = {}
    for item, reported in taken:
        assert item.fix is not None
        for edit in item.fix.edits:
            codes.setdefault(edit, item.code)
        if reported is None:
            reported = item if current is original else _in_original(item, current, original, origin)
        outcome.fixed.append(reported)
    for edit in edits:
        start, end = origin.original(edit.start), origin.original(edit.end, end=True)
        first = original.position(start)[0]
        last = original.position(max(start, end - 1))[0]
        if end - start > 1 and original.text[start] == "\n":
            first += 1  # it takes the line break before the lines it removes, not that line's text
        outcome.changes.append(Change(codes[edit], first, last,
                                      removed_fingerprint(current.text[edit.start:edit.end]),
                                      edit.replacement))


def _offset(document: Document, line: int, col: int) -> int:
    starts = document.line_starts
    return min(starts[min(line, len(starts)) - 1] + col - 1, len(document.text))


def _in_original(item: Violation, current: Document, original: Document, origin: Origin) -> Violation:
    """A finding of a later pass, placed in the original text (where the text it flags came from).
    Its fingerprint is kept: the flagged text is the same."""
    if item.record is None:
        start = _offset(current, item.line, item.col)
        end = _offset(current, item.end_line, item.end_col)
    else:  # a record's finding keeps only where it starts inside the field
        start = end = _offset(current, item.field_line or 1, item.field_col or 1)
    first = origin.original(start)
    last = max(first, origin.original(end, end=True))
    anchor = locate(original, first, last, item.code)._replace(fingerprint=item.fingerprint)
    fix = item.fix
    if fix is not None:
        fix = Fix(tuple(Edit(origin.original(edit.start), origin.original(edit.end, end=True),
                             edit.replacement) for edit in fix.edits), fix.safe)
    return make_violation(anchor, item.code, item.name, item.message, item.severity, fix)
