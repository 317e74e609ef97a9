"""Needles: literal strings one of which every match of a pattern contains.

Read off the pattern's parse tree, the way ripgrep and Hyperscan pick a literal to look for before
running a regular expression. ``needle in text`` runs at memory speed (measured 2-4x faster than
``re`` scanning for the same literal, 10-20x faster than a pattern that does not start with one), so
the engine skips a trigger branch none of whose needles is in the text.

Which needles: every run of consecutive items that matches a small set of strings is a candidate,
and so is the best set inside each group or repetition; the one chosen has the lowest expected
cost (:func:`_cost`): one look per needle, plus the search when one is there. When no candidate is
cheaper than searching right away, the branch has no needles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from typing import Any, Iterable, Optional

from newslint.scan._sre import ATOMIC_GROUP, REPEATS, ZERO_WIDTH, sre_parse, subpattern_case
from newslint.scan.casefold import fold

#: At most this many alternatives in one needle set (``(a|b)(c|d)`` multiplies).
_MAX_NEEDLES = 32
_Strings = tuple[frozenset, bool]  # (strings, folded)


def needles(pattern: str, flags: int = 0, parsed: Any = None) -> Optional[tuple[tuple[str, ...], bool]]:
    """Strings one of which every match of ``pattern`` contains, and whether they are folded.

    ``None`` when looking for them would cost more than it saves (see :func:`_cost`), or when the
    pattern cannot be read. ``parsed``: the pattern already parsed (``sre_parse.parse``).
    """
    try:
        parsed = parsed if parsed is not None else sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern simply gets no needles
        return None
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)
    items = list(parsed)
    search = _search_cost(items, ignorecase)
    best = _required(items, ignorecase, search)
    if best is None or _cost(best, search) >= search:
        return None
    strings, folded = best
    if folded:
        strings = frozenset(fold(string) for string in strings)
    return tuple(sorted(strings, key=lambda string: (-len(string), string))), folded


# The cost model, in units of one ``needle in text``. A search for a pattern that starts with a
# case-sensitive literal is a literal scan (measured 2-4x slower than ``in``); any other start makes
# ``re`` try every position (10-20x). How often a needle is in a news text of a few kilobytes, by
# length, when it is made of letters and common punctuation; a rarer character makes it rare.
_LITERAL_SEARCH = 3.0
_OTHER_SEARCH = 15.0
_PRESENT = {0: 1.0, 1: 1.0, 2: 0.9, 3: 0.6, 4: 0.3, 5: 0.1}
_PRESENT_LONG = 0.05
_PRESENT_RARE = 0.2
#: Characters common in any news text.
_COMMON = frozenset(" \t\n.,;:!?'\"-()/&")
#: Runs longer than this gain nothing more in selectivity.
_LONGEST_RUN = 32


def _search_cost(items: list, ignorecase: bool) -> float:
    for op, _argument in items:
        if op is sre_parse.AT:
            continue
        return _LITERAL_SEARCH if op is sre_parse.LITERAL and not ignorecase else _OTHER_SEARCH
    return _OTHER_SEARCH


@lru_cache(maxsize=4096)
def _presence(needle: str) -> float:
    """The estimated chance that ``needle`` is in a text."""
    chance = _PRESENT.get(len(needle)) or _PRESENT_LONG * 0.9 ** (len(needle) - 6)
    if any(not char.isascii() or not (char.isalnum() or char in _COMMON) for char in needle):
        chance = min(chance, _PRESENT_RARE / len(needle))
    return chance


def _cost(candidate: _Strings, search: float) -> float:
    """Expected cost of looking for the needles, then searching when one is there."""
    strings = candidate[0]
    return len(strings) + search * min(1.0, sum(map(_presence, strings)))


def _char(code: int, ignorecase: bool) -> _Strings:
    return frozenset({fold(chr(code)) if ignorecase else chr(code)}), ignorecase


_EMPTY: _Strings = (frozenset({""}), False)


def _concat(left: Optional[_Strings], right: Optional[_Strings]) -> Optional[_Strings]:
    if left is None or right is None or len(left[0]) * len(right[0]) > _MAX_NEEDLES:
        return None
    return frozenset(a + b for a, b in product(left[0], right[0])), left[1] or right[1]


def _union(parts: Iterable[Optional[_Strings]]) -> Optional[_Strings]:
    strings: set[str] = set()
    folded = False
    for part in parts:
        if part is None:
            return None
        strings |= part[0]
        folded = folded or part[1]
        if len(strings) > _MAX_NEEDLES:
            return None
    return frozenset(strings), folded


def _exact(items: list, ignorecase: bool) -> Optional[_Strings]:
    """The strings the sequence ``items`` matches, all of them, or ``None`` when unbounded or many."""
    result: Optional[_Strings] = _EMPTY
    for item in items:
        result = _concat(result, _exact_item(item, ignorecase))
        if result is None:
            return None
    return result


def _exact_item(item: tuple, ignorecase: bool) -> Optional[_Strings]:
    op, argument = item
    if op is sre_parse.LITERAL:
        return _char(argument, ignorecase)
    if op in ZERO_WIDTH:
        return _EMPTY  # matches no characters: the strings around it are adjacent in the match
    if op is sre_parse.IN:
        if len(argument) > 8 or any(kind is not sre_parse.LITERAL for kind, _ in argument):
            return None
        return _union(_char(code, ignorecase) for _, code in argument)
    if op is sre_parse.SUBPATTERN:
        return _exact(list(argument[3]), subpattern_case(argument, ignorecase))
    if op is ATOMIC_GROUP:
        return _exact(list(argument), ignorecase)
    if op is sre_parse.BRANCH:
        return _union(_exact(list(branch), ignorecase) for branch in argument[1])
    if op in REPEATS:
        low, high, items = argument
        if low != high or low > 4:
            return None
        result: Optional[_Strings] = _EMPTY
        for _ in range(low):
            result = _concat(result, _exact(list(items), ignorecase))
        return result
    return None


def _required(items: list, ignorecase: bool, search: float) -> Optional[_Strings]:
    """The cheapest string set (:func:`_cost`) one member of which every match of ``items`` contains.

    Candidates are the runs of consecutive items that match a small set of strings (every run, not
    only the longest: ``popular`` is one needle where ``popular[ \t]`` is two) and the best set
    inside each other item.
    """
    exacts = [_exact_item(item, ignorecase) for item in items]
    candidates: list[_Strings] = []
    for start, item in enumerate(items):
        # A run starting after a single-string item is a suffix of the run starting at that item:
        # as many needles, each shorter. Only runs that start after a choice or a gap can win.
        if start == 0 or exacts[start - 1] is None or len(exacts[start - 1][0]) > 1:
            candidates.extend(_runs(exacts[start:]))
        inner = _required_inside(item, ignorecase, search)
        if inner is not None:
            candidates.append(inner)
    candidates = [candidate for candidate in candidates if "" not in candidate[0]]
    return min(candidates, key=lambda candidate: _cost(candidate, search), default=None)


def _runs(exacts: list) -> Iterable[_Strings]:
    """The runs from the first item on that may be cheapest: each one before a choice (more
    needles) and the longest."""
    run: Optional[_Strings] = _EMPTY
    for exact in exacts:
        if exact is None:
            break
        if len(exact[0]) > 1 and run is not _EMPTY:
            yield run  # the run before it multiplies the needles
        joined = _concat(run, exact)
        if joined is None:
            break
        run = joined
        if min(map(len, run[0])) >= _LONGEST_RUN:
            break
    if run is not _EMPTY:
        yield run


def _required_inside(item: tuple, ignorecase: bool, search: float) -> Optional[_Strings]:
    """A required string set inside one item that does not match a small set of strings."""
    op, argument = item
    if op is sre_parse.SUBPATTERN:
        return _required(list(argument[3]), subpattern_case(argument, ignorecase), search)
    if op is ATOMIC_GROUP:
        return _required(list(argument), ignorecase, search)
    if op in REPEATS and argument[0] >= 1:
        return _required(list(argument[2]), ignorecase, search)
    if op is sre_parse.BRANCH:
        return _union(_required(list(branch), ignorecase, search) for branch in argument[1])
    return None
