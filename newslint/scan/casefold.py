"""Case folding as ``re.IGNORECASE`` does it, and case-insensitive patterns rewritten for it.

:func:`fold` maps every character to one representative of the characters ``re.IGNORECASE``
treats as equal to it, keeping the text's length, so a position in the folded text is the same
position in the text. Trigger needles of case-insensitive parts are looked for in the folded text
(:mod:`newslint.needles`), and :func:`case_folded` rewrites a case-insensitive branch as a
case-sensitive one over the folded text, which ``re`` runs several times faster.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from newslint.scan._sre import (ATOMIC_GROUP, NARROW_CASES, REPEATS, sre_compile, sre_parse,
                               subpattern_case)


def _extra_cases() -> dict[int, tuple[int, ...]]:
    """Characters ``re.IGNORECASE`` treats as equal beyond their lower case (``ı``/``i``, ``ſ``/``s``…)."""
    try:
        from re import _casefix  # Python 3.11+
        return dict(_casefix._EXTRA_CASES)
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_compile
        return dict(sre_compile._ignorecase_fixes)  # type: ignore[attr-defined]


def _fold_table() -> dict[int, int]:
    r"""Map each member of an equivalence group to one representative: a letter where the group
    has one (``ι`` for ``ͅ``, ``ι``, ``ι``), so that ``\w`` means the same on the folded text for
    every character but those in :data:`CATEGORY_CHANGING`."""
    groups: dict[int, set[int]] = {}
    for char, others in _extra_cases().items():
        group = {char, *others}
        for member in list(group):
            group |= groups.get(member, set())
        for member in group:
            groups[member] = group
    table = {}
    for member, group in groups.items():
        representative = min(group, key=lambda code: (not chr(code).isalnum(), code))
        if member != representative:
            table[member] = representative
    return table


_FOLD = _fold_table()
#: Characters that ``re.IGNORECASE`` equates with a letter but that are not word characters
#: themselves (only U+0345, the Greek iota subscript): folded, they would turn into word characters.
#: A text holding one is searched with the original patterns (``Article.folding_aligned``).
CATEGORY_CHANGING = frozenset(
    chr(member) for member, representative in _FOLD.items()
    if any(test(chr(member)) != test(chr(representative))
           for test in (str.isalnum, str.isdigit, str.isspace)))
_NEEDS_TABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]")


def fold(text: str) -> str:
    """``text`` with every character replaced by a representative of its ``re.IGNORECASE`` class.

    ``re`` compares one character's simple lower case (plus a few extra equivalences); ``str.lower``
    differs from that only for U+0130 (``İ`` → ``i̇``, two characters), mapped to ``i`` first.
    """
    if text.isascii():
        return text.lower()
    lowered = text.replace("\u0130", "i").lower()
    if _NEEDS_TABLE.search(lowered):
        lowered = lowered.translate(_FOLD)
    return lowered


#
# ``re`` matches a case-insensitive literal by lowering each character of the text as it goes,
# several times slower than a plain comparison (measured 2.6x on a line-start alternation of 27
# words). The article's folded text is computed once and has the same length as the text (see
# :func:`fold`), so a branch whose case-insensitive literals are folded and whose other parts do not
# depend on case matches the folded text exactly where the original matches the text.


class _CaseDependent(Exception):
    """The branch has a part whose meaning changes on folded text: keep the original."""


def case_folded(pattern: str, flags: int = 0, padded: bool = False,
                parsed: Any = None) -> "Optional[re.Pattern[str]]":
    r"""``pattern`` without ``re.IGNORECASE``, to search the folded text, or ``None``.

    ``None`` when the pattern has no case-insensitive part (nothing to gain) or a part that would
    match differently on folded text: a cased character outside the case-insensitive parts, a
    non-ASCII cased character or a range of cased characters inside them, a backreference.

    ``padded``: the pattern will search the folded text with a newline put in front, from index 1
    (the article keeps that one folded copy). Only ``\A`` and lookbehinds can tell the difference,
    so a pattern with either is refused. ``parsed``: the pattern already parsed (left as it was).
    """
    try:
        parsed = parsed if parsed is not None else sre_parse.parse(pattern, flags)
        if parsed.state.flags & NARROW_CASES:
            return None  # (case folds only ASCII letters there: "(?ai)i" is not "ı")
        ignorecase = bool(parsed.state.flags & re.IGNORECASE)
        folder = _Folder(padded)
        items = folder.items(parsed.data, ignorecase)
        if not folder.folded_any:
            return None
        state_flags = parsed.state.flags
        parsed.state.flags &= ~re.IGNORECASE
        try:
            return sre_compile.compile(sre_parse.SubPattern(parsed.state, items),
                                       flags & ~re.IGNORECASE)
        finally:
            parsed.state.flags = state_flags
    except Exception:  # noqa: BLE001 - _CaseDependent, or an sre internal that moved: keep the original
        return None


def _cased(char: str) -> bool:
    """Whether ``char`` has another case or an ``re.IGNORECASE`` equivalent."""
    return char.lower() != char or char.upper() != char or ord(char) in _FOLD or ord(char) in _FOLD_TARGETS


_FOLD_TARGETS = frozenset(_FOLD.values())


class _Folder:
    """Rewrites a parsed pattern for the folded text; raises :class:`_CaseDependent` when it cannot."""

    def __init__(self, padded: bool = False) -> None:
        #: Whether a case-insensitive cased literal was folded (else there is nothing to gain).
        self.folded_any = False
        #: Refuse what sees the padding in front of the text (see :func:`case_folded`).
        self.padded = padded

    def code(self, code: int, ignorecase: bool) -> int:
        char = chr(code)
        if not _cased(char):
            return code
        if ignorecase and char.isascii():
            self.folded_any = True
            return ord(fold(char))
        raise _CaseDependent(char)

    def items(self, items, ignorecase: bool) -> list:
        return [self.item(op, argument, ignorecase) for op, argument in items]

    def sub(self, items, ignorecase: bool):
        return sre_parse.SubPattern(items.state, self.items(items.data, ignorecase))

    def item(self, op, argument, ignorecase: bool) -> tuple:
        if op is sre_parse.LITERAL or op is sre_parse.NOT_LITERAL:
            return op, self.code(argument, ignorecase)
        if op is sre_parse.IN:
            return op, [self.set_item(kind, value, ignorecase) for kind, value in argument]
        if self.padded and (argument is sre_parse.AT_BEGINNING_STRING if op is sre_parse.AT else
                            op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT) and argument[0] < 0):
            raise _CaseDependent("looks before the text")
        if op in (sre_parse.ANY, sre_parse.AT, sre_parse.CATEGORY):
            return op, argument  # \w, \d, \s and boundaries mean the same on folded text
        if op is sre_parse.SUBPATTERN:
            group, add_flags, del_flags, items = argument
            if add_flags & NARROW_CASES:
                raise _CaseDependent("folds as re.ASCII or re.LOCALE")
            inner = subpattern_case(argument, ignorecase)
            return op, (group, add_flags & ~re.IGNORECASE, del_flags & ~re.IGNORECASE,
                        self.sub(items, inner))
        if op is sre_parse.BRANCH:
            return op, (None, [self.sub(branch, ignorecase) for branch in argument[1]])
        if op in REPEATS:
            low, high, items = argument
            return op, (low, high, self.sub(items, ignorecase))
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            direction, items = argument
            return op, (direction, self.sub(items, ignorecase))
        if op is ATOMIC_GROUP:
            return op, self.sub(argument, ignorecase)
        raise _CaseDependent(str(op))  # backreferences, conditionals, anything new

    def set_item(self, kind, value, ignorecase: bool) -> tuple:
        if kind is sre_parse.LITERAL:
            return kind, self.code(value, ignorecase)
        if kind is sre_parse.RANGE:
            low, high = value
            if high - low > 4096 or any(_cased(chr(code)) for code in range(low, high + 1)):
                raise _CaseDependent("range")
            return kind, value
        if kind in (sre_parse.CATEGORY, sre_parse.NEGATE):
            return kind, value
        raise _CaseDependent(str(kind))
