"""A trigger branch rewritten for a multi-pattern engine, as a *superset* of what ``re`` matches.

The accelerator (:mod:`newslint.scan.accelerator`) does not decide which lines a rule is offered:
it only says where a branch *may* match, and ``re`` decides (:mod:`newslint.scan.exact`). So the
rewritten pattern need not be exact, only never narrower than the original: every string the
original matches (with any text around it) the rewrite matches too. That makes the rewrite simple
and safe where engines differ from ``re``:

- zero-width assertions (``^`` inside a branch, ``$``, ``\\b``, lookarounds) are dropped: a pattern
  without an assertion matches everything the pattern with it matches;
- ``\\w``, ``\\d`` and ``\\s`` are spelled out as their ASCII members plus *every* non-ASCII
  character: Hyperscan's Unicode tables are older than Python's, so they may not be trusted;
  inside ``[^…]`` they stand for their ASCII members only (a smaller set excluded: a larger set
  kept);
- case-insensitive letters are spelled out as ``re.IGNORECASE`` sees them (``[iIİı]``, ``[kKK]``,
  ``[sSſ]``, ``[éÉ]``): Hyperscan does not fold İ, ı, ſ or K as Python does, and its Unicode
  tables are older. A case-insensitive range of non-ASCII letters is refused (the branch stays
  with ``re`` alone);
- what may follow the last required character is dropped (``Getty(?:/[^\\n]{1,30})?\\.?`` is
  ``Getty``, ``x[^\\n]{1,30}`` is ``x[^\\n]``): every match of the branch starts with a match of
  the rest, which ends on the same line for a line-local branch; and the engine reports a match
  at every end, so a trailing ``[^\\n]+`` would report every character after it;
  but a branch that ends on a line's end (``$``, ``\\Z``, ``(?:\\n|\\Z)``) keeps it, as ``$``
  under the engine's multi-line flag (before any newline or at the end: a superset of each), with
  what stands before it (``Getty(?:/[^\\n]{1,30})?[ \\t]*(?:\\n|\\Z)`` is
  ``Getty(?:/[^\\n]{1,30})?[ \\t]*$``): only a line ending so is a candidate, and a match ends
  only there. Only when that rewrite is line-local: else the branch is trimmed as above;
- with ``widen``, long bounded repeats are widened (``{0,150}`` → ``*``), for an engine that
  finds the branch too large as written;
- atomic groups and possessive or lazy repeats become plain ones (they match a subset of those);
- backreferences and conditionals are refused.

The leading newline of a line-start branch (``^…`` searched as ``\\n…`` in ``"\\n" + text``, see
:mod:`newslint.scan.triggers`) is kept exactly, so such a branch is as selective as the original.

A rewrite that took none of the liberties above but trimming (a line-local branch of literals,
classes of literals and ranges, groups, alternations and greedy or lazy repeats, ending where it
ends or on a line's end; not under ``re.ASCII`` or ``re.LOCALE``, whose case-blind letters fold
fewer characters than are spelled out) is *exact*: a line holds a match of the rewrite if and only if it holds the
start of a match of the branch, so ``re`` need not look again (see
:class:`~newslint.scan.accelerator.Accelerator`). Trimming keeps that: a branch whose last
required character matches on a line matches there with the rest left empty or at its fewest.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Optional

from newslint.scan._sre import ATOMIC_GROUP, NARROW_CASES, REPEATS, sre_parse, subpattern_case

_MAX = 0x10FFFF
_SURROGATES = (0xD800, 0xDFFF)
#: With ``widen``, bounded repeats longer than this become unbounded (a superset, and a smaller
#: database).
_LONGEST_BOUND = 12

Ranges = list[tuple[int, int]]

#: ASCII members of the categories, and what ``re`` adds outside ASCII (everything, to be safe).
_ASCII_WORD: Ranges = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
_ASCII_DIGIT: Ranges = [(0x30, 0x39)]
_ASCII_SPACE: Ranges = [(0x09, 0x0D), (0x1C, 0x20)]
_NON_ASCII: Ranges = [(0x80, _MAX)]
#: Non-ASCII characters ``re.IGNORECASE`` equates with an ASCII letter (checked by a test).
_EXTRA_FOLDS = {"i": (0x130, 0x131), "k": (0x212A,), "s": (0x17F,)}


class Untranslatable(Exception):
    """The branch has a construct the rewrite does not take: it stays with ``re`` alone."""


class Translation(NamedTuple):
    #: The rewritten pattern (Hyperscan/PCRE syntax, for ``HS_FLAG_UTF8``).
    expression: str
    #: No match of the rewrite (after a newline-led branch's leading newline) holds a newline: the
    #: line of a match's last character is the line it starts in.
    line_local: bool
    #: Line-local, and the lines holding a match of the rewrite are exactly those holding the start
    #: of a match of the branch (see the module).
    exact: bool = False


def translate(pattern: str, flags: int, newline_led: bool, widen: bool = False) -> Translation:
    """The superset rewrite of a compiled branch (``pattern`` and ``flags`` as ``re`` has them).

    Raises :class:`Untranslatable` when it cannot be rewritten.
    """
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception as error:  # noqa: BLE001 - re compiled it; sre's parser may have moved
        raise Untranslatable(str(error)) from None
    # With the line's end a branch ends on, when that rewrite takes it and stays line-local (kept,
    # what follows the last required character may hold a newline; and tracking where matches
    # spanning lines start, the engine refuses some such rewrites).
    try:
        ending = _rewrite(parsed, newline_led, widen, line_ends=True)
    except Untranslatable:
        ending = None
    if ending is not None and ending.line_local:
        return ending
    return _rewrite(parsed, newline_led, widen, line_ends=False)


def _rewrite(parsed, newline_led: bool, widen: bool, line_ends: bool) -> Translation:
    items = list(parsed)
    state = _State(parsed.state.flags, widen)
    if newline_led:
        if not items or items[0] != (sre_parse.LITERAL, 10):
            raise Untranslatable("a newline-led branch must start with its newline")
        body = state.sequence(_trimmed(items[1:], line_ends, state))
    else:
        alternatives = [state.looking_back(_trimmed(alternative, line_ends, state))
                        for alternative in _distributed(items)]
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if not body:
        raise Untranslatable("nothing left to look for")
    line_local = not state.newline
    return Translation(("\\n" if newline_led else "") + body, line_local, line_local and state.exact)


_SINGLE = (sre_parse.LITERAL, sre_parse.NOT_LITERAL, sre_parse.IN, sre_parse.ANY)
#: At most this many alternatives are distributed (see :func:`_distributed`).
_MOST_ALTERNATIVES = 16


def _distributed(items: list) -> list[list]:
    """``C(?:(?<=X)A|(?<=Y)B)…`` as ``C(?<=X)A…`` and ``C(?<=Y)B…`` (the same language), so that
    each lookbehind follows the single characters it looks back over (see :meth:`_State.looking_back`)."""
    first = 0
    while first < len(items) and items[first][0] in _SINGLE:
        first += 1
    if first == len(items) or items[first][0] is not sre_parse.BRANCH:
        return [items]
    alternatives = items[first][1][1]
    if len(alternatives) > _MOST_ALTERNATIVES or not any(
            alternative and _lookbehind(alternative[0]) for alternative in alternatives):
        return [items]
    return [items[:first] + list(alternative) + items[first + 1:] for alternative in alternatives]


#: The end of a line a branch requires at its end, written ``$`` for an engine that reads it as
#: Hyperscan's ``$`` under ``HS_FLAG_MULTILINE``: before any newline, or at the end of the text.
_LINE_END = "line-end"


def _trimmed(items: list, line_ends: bool = False, state: Optional["_State"] = None) -> list:
    """``items`` without what may follow their last required character (see the module); with
    ``line_ends``, a line's end that ends them stays, as :data:`_LINE_END`. ``state`` learns
    when that loses exactness: an assertion dropped, or a line's end the engine reads otherwise."""
    items = list(items)
    while items and _nullable(items[-1]) and not _lookbehind(items[-1]):
        if line_ends and _line_end(items[-1]) and not all(_nullable(item) for item in items[:-1]):
            if state is not None and not _multiline_end(items[-1], state.multiline):
                state.exact = False
            items[-1] = (_LINE_END, None)
            return items
        if state is not None and _asserts(items[-1]):
            state.exact = False  # ("x\\b" is not "x": what may be left empty must not assert)
        items.pop()  # (a lookbehind after the first characters becomes characters: kept)
    if not items:
        return items
    op, argument = items[-1]
    if op in REPEATS:
        low, high, inner = argument
        items[-1] = (op, (low, low, _trimmed(list(inner), line_ends, state) if low == 1 else inner))
    elif op is sre_parse.SUBPATTERN:
        group, add_flags, del_flags, inner = argument
        items[-1] = (op, (group, add_flags, del_flags, _trimmed(list(inner), line_ends, state)))
    elif op is sre_parse.BRANCH:
        items[-1] = (op, (argument[0], [_trimmed(list(branch), line_ends, state) for branch in argument[1]]))
    elif op is ATOMIC_GROUP:
        items[-1] = (op, _trimmed(list(argument), line_ends, state))
    return items


def _multiline_end(item: tuple, multiline: bool) -> bool:
    """Whether a line's end is one the engine's ``$`` (under its multi-line flag: before any
    newline, or at the end) reads alike at a line's level: ``(?:\\n|\\Z)``, or ``$`` under
    ``re.MULTILINE``."""
    op, argument = item
    if op is sre_parse.AT:
        return argument is sre_parse.AT_END and multiline
    return op is sre_parse.BRANCH and len(argument[1]) == 2 and \
        sorted(map(tuple, argument[1])) == sorted([((sre_parse.LITERAL, 10),),
                                                   ((sre_parse.AT, sre_parse.AT_END_STRING),)])


def _asserts(item: tuple) -> bool:
    """Whether the item holds a zero-width assertion anywhere."""
    op, argument = item
    if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return True
    if op in REPEATS:
        return any(_asserts(inner) for inner in argument[2])
    if op is sre_parse.SUBPATTERN:
        return any(_asserts(inner) for inner in argument[3])
    if op is ATOMIC_GROUP:
        return any(_asserts(inner) for inner in argument)
    if op is sre_parse.BRANCH:
        return any(_asserts(inner) for branch in argument[1] for inner in branch)
    return False


def _line_end(item: tuple) -> bool:
    """Whether the item matches only at a line's end: ``$``, ``\\Z``, or an alternation of them
    and a newline (``(?:\\n|\\Z)``, which, last in a branch, ends its match on that line's end)."""
    op, argument = item
    if op is sre_parse.AT:
        return argument in (sre_parse.AT_END, sre_parse.AT_END_STRING)
    if op is sre_parse.BRANCH:
        return all(len(branch) == 1 and (branch[0] == (sre_parse.LITERAL, 10) or _line_end(branch[0]))
                   for branch in argument[1])
    return False


def _nullable(item: tuple) -> bool:
    """Whether the item can match the empty string (assertions included)."""
    op, argument = item
    if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return True
    if op in REPEATS:
        return argument[0] == 0 or all(_nullable(inner) for inner in argument[2])
    if op is sre_parse.SUBPATTERN:
        return all(_nullable(inner) for inner in argument[3])
    if op is ATOMIC_GROUP:
        return all(_nullable(inner) for inner in argument)
    if op is sre_parse.BRANCH:
        return any(all(_nullable(inner) for inner in branch) for branch in argument[1])
    return False


def _lookbehind(item: tuple) -> bool:
    return item[0] is sre_parse.ASSERT and item[1][0] < 0


class _State:
    def __init__(self, flags: int, widen: bool = False):
        self.ignorecase = bool(flags & re.IGNORECASE)
        self.dotall = bool(flags & re.DOTALL)
        self.multiline = bool(flags & re.MULTILINE)
        self.widen = widen
        #: Whether some character class of the rewrite admits a newline.
        self.newline = False
        #: Whether the rewrite so far matches exactly what the branch matches (see the module): a
        #: widened one never does.
        self.exact = not widen and not flags & NARROW_CASES

    def looking_back(self, items: list) -> str:
        """``items`` with a lookbehind that follows only single characters at the start turned
        into characters: ``[.(v}](?<=window\\.)`` is ``window\\.``, ``[A-Z](?<=[a-z][A-Z])`` is
        ``[a-z][A-Z]``. The characters it looks back over (before the match) become part of the
        rewrite's match: its end, which places a line-local match, does not move."""
        sets: list[Ranges] = []
        index = 0
        while index < len(items) and items[index][0] in _SINGLE:
            sets.append(self.single(*items[index], self.ignorecase))
            index += 1
        context: list[Ranges] = []
        if index < len(items) and _lookbehind(items[index]):
            behind = list(items[index][1][1])
            if behind and all(op in _SINGLE for op, _ in behind):
                wanted = [self.single(op, argument, self.ignorecase) for op, argument in behind]
                overlap = min(len(sets), len(wanted))
                for back in range(1, overlap + 1):
                    sets[-back] = _intersection(sets[-back], wanted[-back])
                context = wanted[:len(wanted) - overlap]
                index += 1
                self.exact = False  # (looked-back characters are matched: a superset)
        before = "".join(_emit(_nonempty(ranges)) for ranges in context)
        return before + "".join(self.chars(ranges) for ranges in sets) + self.sequence(items[index:])

    def single(self, op, argument, ignorecase: bool) -> Ranges:
        """The characters one single-character item may match (a superset)."""
        if op is sre_parse.LITERAL:
            return _literal(argument, ignorecase)
        if op is sre_parse.NOT_LITERAL:
            if ignorecase and _cased(argument):
                self.exact = False  # ("[^a]" case-blind leaves out "A" too: a superset)
            return _complement([(argument, argument)])
        if op is sre_parse.ANY:
            return [(0, _MAX)] if self.dotall else _complement([(10, 10)])
        if not _exact_class(argument, ignorecase):
            self.exact = False
        return _class(argument, ignorecase)

    def sequence(self, items, ignorecase: Optional[bool] = None) -> str:
        case = self.ignorecase if ignorecase is None else ignorecase
        return "".join(self.item(op, argument, case) for op, argument in items)

    def chars(self, ranges: Ranges) -> str:
        ranges = _nonempty(ranges)
        if any(low <= 10 <= high for low, high in ranges):
            self.newline = True
        return _emit(ranges)

    def item(self, op, argument, ignorecase: bool) -> str:
        if op is _LINE_END:
            return "$"
        if op in _SINGLE:
            return self.chars(self.single(op, argument, ignorecase))
        if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            self.exact = False
            return ""  # zero-width: dropped (the rewrite matches more, never less)
        if op is sre_parse.SUBPATTERN:
            if argument[1] & NARROW_CASES:
                self.exact = False  # ("(?a:…)")
            inner = self.sequence(argument[3], subpattern_case(argument, ignorecase))
            return f"(?:{inner})" if inner else ""
        if op is ATOMIC_GROUP:
            self.exact = False  # (an atomic group gives up less than a plain one: a superset)
            inner = self.sequence(argument, ignorecase)
            return f"(?:{inner})" if inner else ""
        if op is sre_parse.BRANCH:
            alternatives = [self.sequence(branch, ignorecase) for branch in argument[1]]
            return "(?:" + "|".join(alternatives) + ")"
        if op in REPEATS:
            if op not in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
                self.exact = False  # (a possessive repeat: as an atomic group)
            low, high, items = argument
            inner = self.sequence(items, ignorecase)
            if not inner:
                return ""
            if self.widen:
                low = min(low, _LONGEST_BOUND)
            if high is sre_parse.MAXREPEAT or (self.widen and high > _LONGEST_BOUND):
                bound = "*" if low == 0 else "+" if low == 1 else f"{{{low},}}"
            elif low == high:
                bound = f"{{{low}}}"
            else:
                bound = f"{{{low},{high}}}"
            return f"(?:{inner}){bound}"
        raise Untranslatable(str(op))  # backreferences, conditionals, anything new


def _literal(code: int, ignorecase: bool) -> Ranges:
    char = chr(code)
    if not ignorecase or char.lower() == char.upper():
        return [(code, code)]
    if not char.isascii():
        return [(c, c) for c in _equal_ignoring_case(code)]
    lower = char.lower()
    codes = [ord(lower), ord(char.upper()), *_EXTRA_FOLDS.get(lower, ())]
    return [(c, c) for c in codes]


@functools.lru_cache(maxsize=None)
def _equal_ignoring_case(code: int) -> tuple[int, ...]:
    """Every character ``re.IGNORECASE`` equates with the non-ASCII letter ``code`` (É for é,
    ẞ for ß, Ω for the ohm sign), found by asking ``re`` about every character that may have
    another case (none lies above U+1FFFF): exact on any Python, once per letter and run."""
    matches = re.compile(re.escape(chr(code)), re.IGNORECASE).fullmatch
    return tuple(other for other in range(0x1FFFF + 1)
                 if not _SURROGATES[0] <= other <= _SURROGATES[1] and matches(chr(other)))


def _class(items, ignorecase: bool) -> Ranges:
    """A superset of what ``[…]`` matches (``[^…]``: the complement of a subset of its items)."""
    negate = bool(items) and items[0][0] is sre_parse.NEGATE
    ranges: Ranges = []
    for kind, value in items[1:] if negate else items:
        if kind is sre_parse.LITERAL:
            ranges += [(value, value)] if negate else _literal(value, ignorecase)
        elif kind is sre_parse.RANGE:
            low, high = value
            ranges.append((low, high))
            if ignorecase and not negate:
                ranges += _folded_range(low, high)
        elif kind is sre_parse.CATEGORY:
            ranges += _category(value, subset=negate)
        else:
            raise Untranslatable(str(kind))
    return _complement(ranges) if negate else ranges


def _exact_class(items, ignorecase: bool) -> bool:
    """Whether :func:`_class` spells ``[…]`` out exactly: literals and ranges only, and when
    negated under ``re.IGNORECASE``, none of them cased (``[^a]`` leaves out ``A`` too)."""
    negate = bool(items) and items[0][0] is sre_parse.NEGATE
    for kind, value in items[1:] if negate else items:
        if kind is sre_parse.LITERAL:
            if negate and ignorecase and _cased(value):
                return False
        elif kind is sre_parse.RANGE:
            if negate and ignorecase and any(_cased(code) for code in range(value[0], value[1] + 1)):
                return False
        else:
            return False  # \w, \d, \s: spelled out as a superset
    return True


def _folded_range(low: int, high: int) -> Ranges:
    """What ``re.IGNORECASE`` adds to the range ``low``-``high`` (ASCII letters only)."""
    if high > 0x7F and any(_cased(code) for code in range(max(low, 0x80), high + 1)):
        raise Untranslatable("a case-insensitive range of non-ASCII letters")
    extra: Ranges = []
    for code in range(max(low, 0x41), min(high, 0x7A) + 1):
        if chr(code).isalpha():
            extra += _literal(code, True)
    return extra


def _cased(code: int) -> bool:
    """Whether ``re.IGNORECASE`` may equate the character with another: every character it
    equates has another case (no cased letter lies above U+1FFFF)."""
    if code > 0x1FFFF:
        return False
    char = chr(code)
    return char.lower() != char or char.upper() != char


def _category(name, subset: bool) -> Ranges:
    """``\\w``, ``\\d``, ``\\s`` and their negations: a superset (``subset``: a subset)."""
    positive = {sre_parse.CATEGORY_WORD: _ASCII_WORD, sre_parse.CATEGORY_DIGIT: _ASCII_DIGIT,
                sre_parse.CATEGORY_SPACE: _ASCII_SPACE}
    negative = {sre_parse.CATEGORY_NOT_WORD: _ASCII_WORD, sre_parse.CATEGORY_NOT_DIGIT: _ASCII_DIGIT,
                sre_parse.CATEGORY_NOT_SPACE: _ASCII_SPACE}
    if name in positive:
        return list(positive[name]) if subset else positive[name] + _NON_ASCII
    if name in negative:
        ascii_others = [(low, min(high, 0x7F)) for low, high in _complement(negative[name])
                        if low < 0x80]
        return ascii_others if subset else _complement(negative[name])
    raise Untranslatable(str(name))


def _normalise(ranges: Ranges) -> Ranges:
    """Sorted, merged ranges without the surrogates (UTF-8 cannot hold them)."""
    cut: Ranges = []
    for low, high in ranges:
        if low <= _SURROGATES[1] and high >= _SURROGATES[0]:
            if low < _SURROGATES[0]:
                cut.append((low, _SURROGATES[0] - 1))
            if high > _SURROGATES[1]:
                cut.append((_SURROGATES[1] + 1, high))
        else:
            cut.append((low, high))
    merged: Ranges = []
    for low, high in sorted(cut):
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged


def _nonempty(ranges: Ranges) -> Ranges:
    ranges = _normalise(ranges)
    if not ranges:
        raise Untranslatable("a class that matches nothing")
    return ranges


def _intersection(left: Ranges, right: Ranges) -> Ranges:
    """The characters in both (an empty class makes the branch untranslatable, see ``chars``)."""
    return _complement(_complement(left) + _complement(right))


def _complement(ranges: Ranges) -> Ranges:
    result: Ranges = []
    start = 0
    for low, high in _normalise(ranges):
        if low > start:
            result.append((start, low - 1))
        start = max(start, high + 1)
    if start <= _MAX:
        result.append((start, _MAX))
    return _normalise(result)


def _emit(ranges: Ranges) -> str:
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return _char(ranges[0][0])
    return "[" + "".join(_char(low) if low == high else f"{_char(low)}-{_char(high)}"
                         for low, high in ranges) + "]"


def _char(code: int) -> str:
    char = chr(code)
    if char.isascii() and char.isalnum():
        return char
    return f"\\x{{{code:x}}}"
