"""Trigger compilation: split at top-level '|', line-start branches searched as '\\n…'.

The split must never change which lines a rule is offered: checked for every built-in line rule
on real texts (the seed and the rule fixtures)."""

from __future__ import annotations

import bisect
import re

import pytest

from conftest import REPO
from newslint.plugins import load_plugins
from newslint.triggers import compile_trigger, split_alternation


@pytest.mark.parametrize("pattern, branches", [
    (r"a|b", ["a", "b"]),
    (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),
    (r"[|]x|y", ["[|]x", "y"]),
    (r"[]|]x|y", ["[]|]x", "y"]),
    (r"[^]|]x|y", ["[^]|]x", "y"]),
    (r"\|x|y", [r"\|x", "y"]),
    (r"(?i)a|b", ["(?i)a|b"]),          # a global flag belongs to every branch: kept whole
    (r"a||b", ["a||b"]),                # an empty branch matches everywhere: kept whole
    (r"^(?i:see also)|\[VIDEO\]", ["^(?i:see also)", r"\[VIDEO\]"]),
])
def test_split_alternation(pattern, branches):
    assert split_alternation(pattern) == branches


def _lines_split(pattern: str, text: str) -> set[int]:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    found = set()
    for branch, newline_led in compile_trigger(pattern):
        haystack = "\n" + text if newline_led else text
        position = 0
        while (match := branch.search(haystack, position)) is not None:
            index = bisect.bisect_right(starts, match.start()) - 1
            found.add(index)
            if index + 1 >= len(starts):
                break
            position = starts[index + 1]
    return found


TEXTS = [(REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8")] + [
    path.read_text(encoding="utf-8") for path in sorted((REPO / "tests" / "fixtures" / "rules").rglob("*.txt"))]
LINE_RULES = [rule for rule in load_plugins(autoload=False).rules.values() if rule.kind == "line"]


@pytest.mark.parametrize("rule", LINE_RULES, ids=[rule.code for rule in LINE_RULES])
def test_split_triggers_offer_the_same_lines_as_the_whole_pattern(rule):
    for text in TEXTS:
        whole = set()
        # the whole pattern, searched line after line as the engine did before the split
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        compiled = re.compile(rule.trigger, re.M)
        position = 0
        while (match := compiled.search(text, position)) is not None:
            index = bisect.bisect_right(starts, match.start()) - 1
            whole.add(index)
            if index + 1 >= len(starts):
                break
            position = starts[index + 1]
        assert _lines_split(rule.trigger, text) == whole, rule.code
