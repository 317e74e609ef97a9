"""The exact scan: Python's ``re`` finds the lines where a trigger branch matches.

This is what decides, with or without the accelerator. Searched from the top, a branch's lines are
found with one ``search`` per matching line: after a match, the search goes on from the next line.
Given *candidate* lines (a superset of the lines where the branch can match, from the
accelerator), the search starts only at candidates: a match found from candidate ``c`` is the
first one at or after line ``c`` (so no line between them can hold one), and the next search
starts at the next candidate after the match's line. A newline-led branch can only match at a
line's leading newline, so from candidates it is matched there, once per candidate, and never
searched on to the end of the text past a candidate where it does not match. Either way the lines
are exactly those holding the start of a match of the branch, as ``re`` sees it in the whole text.
"""

from __future__ import annotations

import bisect
from typing import Iterable, Optional

from newslint.lazy import lazy
from newslint.scan.casefold import CATEGORY_CHANGING, fold

#: One branch as the scan loop reads it (tuple unpacking is cheaper than attribute access):
#: search, search of the folded text or None, newline-led, needles, needles folded, match.
Step = tuple


class ScanText:
    """One text as the scan searches it: the text, its line starts, and copies made on demand."""

    def __init__(self, text: str, starts: list[int]):
        self.text = text
        #: Offset of each line's first character (index 0 is the first line).
        self.starts = starts

    @lazy
    def padded(self) -> str:
        """The text with a newline in front: line-start branches search it as ``\\n…``."""
        return "\n" + self.text

    @lazy
    def folded(self) -> str:
        """The padded text folded as ``re.IGNORECASE`` compares it (:mod:`newslint.scan.casefold`)."""
        return fold(self.padded)

    @lazy
    def folding_aligned(self) -> bool:
        r"""Whether case-folded branches may search the folded text: it has the text's length, so
        positions in one are positions in the other (always, as far as Unicode 15 goes; checked
        rather than assumed), and no character in it changes what ``\w`` means
        (``newslint.scan.casefold.CATEGORY_CHANGING``)."""
        return len(self.folded) == len(self.padded) and \
            not any(char in self.text for char in CATEGORY_CHANGING)


def absent(step: Step, scan: ScanText) -> bool:
    """Whether none of the branch's needles is in the text (so it cannot match)."""
    needles, folded = step[3], step[4]
    if not needles:
        return False
    # The padded text holds the same strings plus a newline in front, which a needle may start with.
    present = scan.folded if folded else scan.padded
    for needle in needles:
        if needle in present:
            return False
    return True


def branch_lines(step: Step, scan: ScanText, candidates: Optional[Iterable[int]] = None) -> list[int]:
    """The sorted lines holding the start of a match of the branch; ``candidates``: sorted lines,
    a superset of those, to search from (``None``: search the whole text)."""
    search, folded_search, newline_led = step[0], step[1], step[2]
    # A newline-led branch searches "\n" + text: its match at k is the line starting at k.
    # Searched from the top, a case-insensitive branch searches the folded "\n" + text (same
    # length) case-sensitively; if it is not newline-led, from index 1, so ``shift`` is 1. From
    # candidates it searches the text as written: a search from a candidate line mostly ends on
    # it, and folding the whole text would cost more than it saves.
    shift = 0
    if folded_search is not None and candidates is None and scan.folding_aligned:
        search = folded_search
        haystack = scan.folded
        shift = 0 if newline_led else 1
    else:
        haystack = scan.padded if newline_led else scan.text
    starts = scan.starts
    found: list[int] = []
    if candidates is not None:
        if newline_led:
            # A newline-led branch can match only at a line's leading newline (``starts[i]`` in
            # the padded text), and only on candidate lines: a search from a candidate that
            # fails there would try every later line to the end of the text (a tenth of the
            # scan). Whether it matches at each candidate's newline is the same answer.
            match = step[5]
            return [candidate for candidate in candidates if match(haystack, starts[candidate])]
        last = -1
        for candidate in candidates:
            if candidate <= last:
                continue
            match = search(haystack, starts[candidate] + shift)
            if match is None:
                break
            last = bisect.bisect_right(starts, match.start() - shift) - 1
            found.append(last)
        return found
    length = len(scan.text)
    match = search(haystack, shift)
    while match is not None:
        index = bisect.bisect_right(starts, match.start() - shift) - 1
        found.append(index)
        following = starts[index + 1] if index + 1 < len(starts) else length + 1
        if following > length:
            break
        match = search(haystack, following + shift)
    return found
