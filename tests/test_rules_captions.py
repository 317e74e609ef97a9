"""NL21x caption, credit and gallery rules on real lines (tests/fixtures/rules/nl2/): each case is a
run of verbatim lines from the seed or the development set, the lines to flag marked."""

from __future__ import annotations

import re
import time

import pytest

from newslint import patterns
from newslint.document import Document
from rule_cases import Case, flagged_lines, linter, load_cases

CODES = ("NL210", "NL211", "NL212")
ALL_CASES = [case for code in CODES for case in load_cases(code)]


@pytest.mark.parametrize("case", ALL_CASES, ids=[f"{c.code}:{c.title[:60]}" for c in ALL_CASES])
def test_rule_flags_exactly_the_marked_lines(case: Case):
    assert flagged_lines(case.code, case.text) == set(case.flagged)


def test_every_rule_has_lines_to_flag_and_lines_to_leave():
    for code in CODES:
        cases = load_cases(code)
        assert any(case.flagged for case in cases), code
        assert any(not case.flagged for case in cases), code


def test_a_caption_with_its_credit_is_one_finding_of_the_caption_rule():
    (case,) = [c for c in load_cases("NL210") if c.title.startswith("seeds/")]
    found = linter("NL2").lint(Document("seed.txt", case.text))
    assert [(v.line, v.code) for v in found] == [(3, "NL210")]
    assert "REUTERS/Manor Quintero" in found[0].message


def test_a_credit_under_its_caption_is_reported_by_the_credit_rule_only():
    (case,) = [c for c in load_cases("NL211") if "Photo: Name, AP" in c.title]
    found = linter("NL2").lint(Document("credit.txt", case.text))
    assert {(v.line, v.code) for v in found if v.line in case.flagged} == \
        {(line, "NL211") for line in case.flagged}


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
    hostile = "\n".join([" \t" * 20_000 + "x", "(" * 20_000, "Photo: " + "A" * 40_000,
                         "This " + "photo " * 10_000, "1 " * 20_000])
    started = time.perf_counter()
    list(trigger.finditer(hostile))
    assert time.perf_counter() - started < 0.5
