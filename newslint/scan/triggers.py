"""Compile a line rule's trigger for fast scanning.

Python's ``re`` finds a pattern that starts with a literal (or a small set of first characters) at
C speed, but an alternation of branches with different starts must be tried at every position:
measured on the dev set, a rule's trigger joined from fast branches (70-2700 MB/s each) scanned at
9-17 MB/s. So a trigger is split at its top-level ``|`` and each branch scans the text on its own;
the lines any branch matches are the rule's candidate lines, exactly as for the whole pattern.

A branch anchored at a line start (``^…``) still makes ``re`` try every position. Written as
``\n…`` and searched in the text with a newline put in front, it starts with a literal, so ``re``
jumps from newline to newline: about twice as fast on the dev set. A match at index ``k`` of the
padded text is a match at the line starting at offset ``k`` of the text.

Three more savings, each exact (the engine offers a rule the same lines either way):

- *needles* (:mod:`newslint.scan.needles`): strings one of which every match of a branch contains;
  when none is in the text, the branch is skipped without running ``re``;
- a branch with case-insensitive parts is rewritten, when its meaning allows, as a case-sensitive
  one over the text's folded copy (:mod:`newslint.scan.casefold`), several times faster;
- a branch that several rules' triggers have in common is searched once per text
  (:class:`newslint.scan.Scanner` numbers distinct branches).

Measured together on the dev set, they cut the trigger scan from 3.0 to 1.3 seconds.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from newslint.compiled import compile as compile_pattern
from newslint.scan._sre import sre_parse
from newslint.scan.casefold import case_folded
from newslint.scan.needles import needles

_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def split_alternation(pattern: str) -> list[str]:
    """The top-level branches of ``pattern`` (``[pattern]`` when it has none or cannot be split)."""
    if _GLOBAL_FLAGS.match(pattern):
        return [pattern]  # flags for the whole pattern would apply to the first branch only
    branches: list[str] = []
    depth = 0
    start = 0
    index = 0
    length = len(pattern)
    while index < length:
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    if depth != 0 or any(branch == "" for branch in branches):
        return [pattern]  # unbalanced or an empty branch (matches everywhere): keep it whole
    return branches


def _class_end(pattern: str, index: int) -> int:
    """The index just after the character class opening at ``index``."""
    index += 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1  # a ']' first in a class is a literal
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "]":
            return index + 1
        index += 1
    return index


class Branch(NamedTuple):
    pattern: "re.Pattern[str]"
    #: Search the padded text (``"\n" + text``): the branch was ``^…`` and is now ``\n…``.
    newline_led: bool
    #: Every match contains one of these; ``()`` when no useful needle is known (always search).
    needles: tuple[str, ...] = ()
    #: The needles are folded (:func:`fold`): look for them in the folded text.
    folded: bool = False
    #: The same branch without ``re.IGNORECASE``, for the folded text (see :func:`case_folded`);
    #: ``None`` when the branch has no case-insensitive part or cannot be written so.
    on_folded: "Optional[re.Pattern[str]]" = None


def compile_trigger(pattern: str, readings: bool = True) -> list[Branch]:
    """The compiled branches of a trigger (``re.MULTILINE``), or the whole pattern when a branch
    does not compile on its own.

    ``readings=False`` leaves out the needles and the case-folded pattern (``()`` and ``None``:
    what a branch without them has): parsing the branch for them costs more than compiling it,
    and a branch whose lines the accelerator locates never uses them. :func:`with_readings`
    adds them later, the same as ``readings=True`` gives at once."""
    try:
        branches = [compile_branch(source, newline_led) for source, newline_led in branch_sources(pattern)]
    except re.error:
        branches = [compile_branch(pattern, False)]
    return [with_readings(branch) for branch in branches] if readings else branches


def branch_sources(pattern: str) -> list[tuple[str, bool]]:
    """The branches of a trigger as :func:`compile_trigger` compiles them, not compiled: each
    one's pattern (``^…`` written ``\\n…``) and whether it is newline-led. (When one of them does
    not compile on its own, :func:`compile_trigger` compiles the whole trigger instead.)"""
    return [("\n" + branch[1:], True) if branch.startswith("^") else (branch, False)
            for branch in split_alternation(pattern)]


def compile_branch(source: str, newline_led: bool) -> Branch:
    """One branch (see :func:`branch_sources`), compiled as the scan searches it."""
    return Branch(compile_pattern(source, re.MULTILINE), newline_led)


def with_readings(branch: Branch) -> Branch:
    """``branch`` with its needles and its case-folded pattern (see :class:`Branch`)."""
    compiled, newline_led = branch.pattern, branch.newline_led
    pattern, flags = compiled.pattern, compiled.flags
    try:
        parsed = sre_parse.parse(pattern, flags)  # once, for both readings below
    except Exception:  # noqa: BLE001 - re compiled it; if sre's parser moved, no shortcuts
        return Branch(compiled, newline_led)
    found = needles(pattern, flags, parsed=parsed)
    strings, folded = found if found is not None else ((), False)
    # The folded copy of the text has a newline in front: a branch that is not newline-led
    # searches it from index 1 (see newslint.scan.exact).
    on_folded = case_folded(pattern, flags, padded=not newline_led, parsed=parsed)
    return Branch(compiled, newline_led, strings, folded, on_folded)
