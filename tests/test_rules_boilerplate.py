"""NL3xx page-boilerplate rules on real lines.

Each fixture file in tests/fixtures/rules/nl3/ holds cases made of verbatim lines from the seed or
the development set, with the lines the rule must flag marked; every case runs through the real
``Linter`` with only that rule selected, and the rule must flag exactly the marked lines.
"""

from __future__ import annotations

import re
import time
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pytest

from newslint import patterns
from newslint.document import Document
from newslint.engine import Linter
from newslint.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules" / "nl3"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c63b3b5783eb788a.txt"
CODES = tuple(f"NL3{number:02d}" for number in range(1, 14))


class Case(NamedTuple):
    code: str
    title: str
    text: str
    flagged: frozenset[int]  # 1-based lines of ``text`` the rule must flag


def load_cases(code: str) -> list[Case]:
    """The cases of ``code``'s fixture file: ``----`` opens a case, ``+ `` marks a line to flag,
    two spaces a line to leave alone, an empty line is an empty line."""
    (path,) = FIXTURES.glob(f"{code}-*.txt")
    cases: list[Case] = []
    title, lines, flagged = None, [], set()
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("----"):
            if title is not None:
                cases.append(Case(code, title, "\n".join(lines), frozenset(flagged)))
            title, lines, flagged = raw[4:].strip(), [], set()
        elif title is None:
            continue
        elif raw == "":
            lines.append("")
        else:
            tag, text = raw[:2], raw[2:]
            assert tag in ("+ ", "  "), f"{path.name}: bad tag in {raw!r}"
            lines.append(text)
            if tag == "+ ":
                flagged.add(len(lines))
    if title is not None:
        while lines and lines[-1] == "":  # the file's final newline
            lines.pop()
        cases.append(Case(code, title, "\n".join(lines), frozenset(flagged)))
    return cases


@lru_cache(maxsize=None)
def linter(code: str) -> Linter:
    return Linter(Settings(select=[code]))


def flagged_lines(code: str, text: str) -> set[int]:
    return {v.line for v in linter(code).lint(Document("case.txt", text)) if v.code == code}


def rule(code: str):
    return next(rule for rule in linter(code).rules if rule.code == code)


ALL_CASES = [case for code in CODES for case in load_cases(code)]


@pytest.mark.parametrize("case", ALL_CASES, ids=[f"{c.code}:{c.title[:60]}" for c in ALL_CASES])
def test_rule_flags_exactly_the_marked_lines(case: Case):
    assert flagged_lines(case.code, case.text) == set(case.flagged)


@pytest.mark.parametrize("code", CODES)
def test_every_rule_has_lines_to_flag_and_lines_to_leave(code: str):
    cases = load_cases(code)
    assert any(case.flagged for case in cases), code
    left_alone = sum(case.text.count("\n") + 1 - len(case.flagged) for case in cases)
    assert any(not case.flagged for case in cases) or left_alone >= 3, code


def test_seed_gives_exactly_the_comment_form_and_nothing_else():
    found = Linter(Settings(select=["NL3"])).lint(
        Document(str(SEED), SEED.read_text(encoding="utf-8")))
    assert [(v.line, v.code) for v in found] == [(45, "NL301"), (47, "NL301")]


@pytest.mark.parametrize("code", CODES)
def test_rule_documents_itself_and_its_measured_quality(code: str):
    documentation = rule(code).documentation()
    for section in ("What it flags:", "Why it matters:", "Example:"):
        assert section in documentation, f"{code}: no {section!r}"
    assert re.search(r"precision \d\.\d+, recall \d\.\d+ \(dev set", rule(code).measured), code
    assert rule(code).languages in (("en",), ("*",)), code


@pytest.mark.parametrize("code", [code for code in CODES if code != "NL309"])
def test_trigger_runs_on_re2_exactly_and_has_no_backtracking_hazard(code: str):
    tree = patterns.sre_parse.parse(rule(code).trigger, re.MULTILINE)
    translated = patterns.to_re2(tree)
    assert translated is not None and translated[1], f"{code}: trigger is not exact RE2"
    assert patterns.find_hazard(tree) is None


HOSTILE = "\n".join([
    " \t" * 20_000 + "x", "A " * 20_000, "- " * 20_000 + ".", "[" * 20_000,
    "Follow " * 5_000, "Share " * 5_000, "Nov 19, " * 5_000, "Home | " * 5_000,
    "Privacy Policy  " * 5_000 + "!", "© 2019 " * 5_000,
])


@pytest.mark.parametrize("code", CODES)
def test_rule_stays_linear_on_hostile_lines(code: str):
    started = time.perf_counter()
    linter(code).lint(Document("hostile.txt", HOSTILE))
    assert time.perf_counter() - started < 2.0, code
