"""NL21x caption, credit and gallery rules on real lines (tests/fixtures/rules/nl2/): each case is a
run of verbatim lines from the seed or the development set, the lines to flag marked."""

from __future__ import annotations

from newslint.document import Document
from rule_cases import linter, load_cases

# The fixture cases of these rules, their documentation, RE2 and hostile-line checks run with the
# rest of the NL2xx family in test_rules_injected.py (FAMILY); here: what is particular to captions.


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


# The per-rule checks of documentation, RE2 exactness and hostile lines run for the captions
# rules too, in test_rules_injected.py (FAMILY).
