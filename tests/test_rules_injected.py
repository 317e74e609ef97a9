"""NL20x injected-content rules on real lines: each fixture case is a run of verbatim lines from the
seed or the development set, with the lines the rule must flag marked (tests/fixtures/rules/nl2/)."""

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

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules" / "nl2"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c63b3b5783eb788a.txt"
CODES = ("NL201", "NL202", "NL203", "NL204", "NL205")


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
        elif title is None or (raw.startswith("#") and not lines):
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


ALL_CASES = [case for code in CODES for case in load_cases(code)]


@pytest.mark.parametrize("case", ALL_CASES, ids=[f"{c.code}:{c.title[:60]}" for c in ALL_CASES])
def test_rule_flags_exactly_the_marked_lines(case: Case):
    assert flagged_lines(case.code, case.text) == set(case.flagged)


def test_every_rule_has_lines_to_flag_and_lines_to_leave():
    for code in CODES:
        cases = load_cases(code)
        assert any(case.flagged for case in cases), code
        assert any(not case.flagged for case in cases), code


def test_no_line_of_any_fixture_gets_two_findings_from_the_family():
    family = Linter(Settings(select=["NL2"]))
    for path in sorted(FIXTURES.glob("NL2*.txt")):
        for case in load_cases(path.name[:5]):
            lines = [v.line for v in family.lint(Document("case.txt", case.text))]
            assert len(lines) == len(set(lines)), f"{case.code} {case.title}: {sorted(lines)}"


def test_seed_gives_the_caption_and_the_two_see_also_links_and_nothing_else():
    found = Linter(Settings(select=["NL2"])).lint(
        Document(str(SEED), SEED.read_text(encoding="utf-8")))
    assert [(v.line, v.code) for v in found] == [(3, "NL210"), (23, "NL201"), (41, "NL201")]


def test_a_finding_names_the_story_it_links_to():
    (first,) = [v for v in linter("NL201").lint(Document("s.txt", load_cases("NL201")[0].text))]
    assert "The UK has only a few days to save Christmas" in first.message
    assert "\n" not in first.message


def _rule(code: str):
    return next(rule for rule in linter(code).rules if rule.code == code)


@pytest.mark.parametrize("code", CODES)
def test_rule_documents_itself_and_its_measured_quality(code: str):
    rule = _rule(code)
    doc = rule.documentation()
    for section in ("What it flags:", "Why it matters:", "Example:"):
        assert section in doc, f"{code}: no {section!r}"
    assert "dev set" in rule.measured, code
    assert re.search(r"precision \d\.\d+, recall \d\.\d+", rule.measured) or \
        rule.measured.startswith("not measurable"), code
    assert rule.languages == ("en",)


@pytest.mark.parametrize("code", CODES)
def test_trigger_runs_on_re2_exactly_and_has_no_backtracking_hazard(code: str):
    tree = patterns.sre_parse.parse(_rule(code).trigger, re.MULTILINE)
    translated = patterns.to_re2(tree)
    assert translated is not None and translated[1], f"{code}: trigger is not exact RE2"
    assert patterns.find_hazard(tree) is None


@pytest.mark.parametrize("code", CODES)
def test_trigger_stays_linear_on_hostile_lines(code: str):
    trigger = re.compile(_rule(code).trigger, re.MULTILINE)
    hostile = "\n".join([" \t" * 20_000 + "x", "A " * 20_000, "- " * 20_000 + ".", "[" * 20_000])
    started = time.perf_counter()
    list(trigger.finditer(hostile))
    assert time.perf_counter() - started < 0.5
