"""Apply fixes to a text: choose those that do not touch one another, splice them in, and map
offsets of the result back to the text the passes started from.

A fix is a set of edits applied together or not at all. In one pass, fixes are taken in order of
their first edit; a fix is left for the next pass when any of its edits overlaps or touches (ends
where another starts) an edit already taken, as ruff does: two removals side by side are not
always one removal of both (each decided which blank line to take with it from the line next to
it, which the other removes), so the second is decided again on the text the first left. A fix
whose edits are exactly those of a fix already taken (two rules flagging the same line) is applied
once and counts for both.
"""

from __future__ import annotations

import bisect
from typing import Sequence

from newslint.violation import Edit, Fix


def select(fixes: Sequence[Fix]) -> tuple[list[int], list[Edit]]:
    """The indexes of the fixes to apply in one pass, and their edits sorted and disjoint.

    Fixes are considered in order of their first edit (then their last, then as given); one whose
    edits overlap or touch an edit already taken waits for the next pass.
    """
    order = sorted(range(len(fixes)), key=lambda i: (
        min(edit.start for edit in fixes[i].edits), max(edit.end for edit in fixes[i].edits), i))
    taken: list[int] = []
    starts: list[int] = []  # taken edits, sorted by start; disjoint, so also sorted by end
    edits: list[Edit] = []
    seen: set[tuple[Edit, ...]] = set()
    for index in order:
        fix = fixes[index]
        key = tuple(sorted(fix.edits))
        if not key:
            continue
        if key in seen:
            taken.append(index)  # the same edits as a fix already taken: applied once, fixed twice
            continue
        if _clashes(key, starts, edits):
            continue
        for edit in key:
            position = bisect.bisect_left(starts, edit.start)
            starts.insert(position, edit.start)
            edits.insert(position, edit)
        seen.add(key)
        taken.append(index)
    return sorted(taken), edits


def _clashes(candidate: Sequence[Edit], starts: list[int], edits: list[Edit]) -> bool:
    """Whether an edit of ``candidate`` overlaps or touches a taken edit, or two of its own do."""
    for left, right in zip(candidate, candidate[1:]):
        if right.start <= left.end:
            return True
    for edit in candidate:
        position = bisect.bisect_left(starts, edit.start)
        # The taken edit starting at or after this one, and the one before it.
        if position < len(edits) and edits[position].start <= edit.end:
            return True
        if position > 0 and edits[position - 1].end >= edit.start:
            return True
    return False


def apply(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with sorted, disjoint ``edits`` applied."""
    pieces: list[str] = []
    position = 0
    for edit in edits:
        pieces.append(text[position:edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


class Origin:
    """Maps offsets in the text after some passes back to the text before the first.

    Each pass adds its sorted, disjoint edits (:meth:`add`); :meth:`original` undoes them from
    the last pass to the first. An offset inside a replacement maps to the start of the text it
    replaced (the end of it for the end of the replacement).
    """

    def __init__(self) -> None:
        self._passes: list[tuple[list[int], list[int], list[Edit], list[int]]] = []

    def add(self, edits: Sequence[Edit]) -> None:
        """Record one pass's edits (in the coordinates of the text the pass started from)."""
        new_starts: list[int] = []
        new_ends: list[int] = []
        shift = 0
        for edit in edits:
            new_starts.append(edit.start + shift)
            shift += len(edit.replacement) - (edit.end - edit.start)
            new_ends.append(edit.end + shift)
        self._passes.append((new_starts, new_ends, list(edits), [edit.start for edit in edits]))

    def original(self, offset: int, end: bool = False) -> int:
        """Where ``offset`` of the current text was in the original text (``end``: ``offset`` ends
        a span, so a place where text was removed maps to before the removal, not after it)."""
        locate = bisect.bisect_left if end else bisect.bisect_right
        for new_starts, new_ends, edits, _ in reversed(self._passes):
            # An end offset where an edit starts belongs to the text before that edit.
            index = locate(new_starts, offset) - 1
            if index < 0:
                continue
            edit = edits[index]
            if offset >= new_ends[index]:
                offset = edit.end + (offset - new_ends[index])
            elif end and offset > new_starts[index]:
                offset = edit.end
            else:
                offset = edit.start
        return offset

    def current(self, offset: int) -> "int | None":
        """Where ``offset`` of the original text is now, or ``None`` when an edit took the text
        there (an insertion right at ``offset`` moves it along)."""
        for new_starts, new_ends, edits, starts in self._passes:
            index = bisect.bisect_right(starts, offset) - 1
            if index < 0:
                continue
            edit = edits[index]
            if edit.start == edit.end == offset:
                offset = new_ends[index]
            elif offset < edit.end or offset == edit.start:
                return None
            else:
                offset += new_ends[index] - edit.end
        return offset
