"""NL20x injected-content rules on real lines: each fixture case is a run of verbatim lines from the
seed or the development set, with the lines the rule must flag marked (tests/fixtures/rules/nl2/)."""

from __future__ import annotations

import re
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from newslint import patterns
from newslint.document import Document
from newslint.engine import Linter
from newslint.settings import Settings
from rule_cases import Case, flagged_lines, linter, load_cases
from rule_languages import check_languages, check_measured

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules" / "nl2"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c63b3b5783eb788a.txt"
CODES = ("NL201", "NL202", "NL203", "NL204", "NL205")
#: The whole NL2xx family (captions rules' cases are in test_rules_captions.py).
FAMILY = CODES + ("NL210", "NL211", "NL212")


ALL_CASES = [case for code in FAMILY for case in load_cases(code)]


@pytest.mark.parametrize("case", ALL_CASES, ids=[f"{c.code}:{c.title[:60]}" for c in ALL_CASES])
def test_rule_flags_exactly_the_marked_lines(case: Case):
    assert flagged_lines(case.code, case.text) == set(case.flagged)


def test_every_rule_has_lines_to_flag_and_lines_to_leave():
    for code in FAMILY:
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


@pytest.mark.parametrize("code", FAMILY)
def test_rule_documents_itself_and_its_measured_quality(code: str):
    rule = _rule(code)
    doc = rule.documentation()
    for section in ("What it flags:", "Why it matters:", "Example:"):
        assert section in doc, f"{code}: no {section!r}"
    check_measured(code, rule.measured)
    check_languages(code, rule.languages)


@pytest.mark.parametrize("code", FAMILY)
def test_trigger_runs_on_re2_exactly_and_has_no_backtracking_hazard(code: str):
    tree = patterns.sre_parse.parse(_rule(code).trigger, re.MULTILINE)
    translated = patterns.to_re2(tree)
    assert translated is not None and translated[1], f"{code}: trigger is not exact RE2"
    assert patterns.find_hazard(tree) is None


@pytest.mark.parametrize("code", FAMILY)
def test_trigger_stays_linear_on_hostile_lines(code: str):
    trigger = re.compile(_rule(code).trigger, re.MULTILINE)
    hostile = "\n".join([" \t" * 20_000 + "x", "A " * 20_000, "- " * 20_000 + ".", "[" * 20_000,
                         "(" * 20_000, "Photo: " + "A" * 40_000, "This " + "photo " * 10_000,
                         "1 " * 20_000])
    started = time.perf_counter()
    list(trigger.finditer(hostile))
    assert time.perf_counter() - started < 0.5


_PROSE = ("The minister said on Tuesday that the plan would be reviewed by the cabinet before the "
          "end of the year.")


def _flagged(code: str, text: str) -> list[int]:
    found = Linter(Settings(select=[code])).lint(Document("t.txt", text))
    return [violation.line for violation in found]


def test_a_headline_in_capitals_between_paragraphs_but_not_in_copy_set_all_in_capitals():
    """NL205: another story's headline in capitals stands out from the small letters around it;
    copy set all in capitals (old wire copy) has no such headline to tell apart."""
    headline = "TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS HER SCOOTER BRAUN 'BULLYING' CLAIMS, SAYS SHE KNEW"
    assert _flagged("NL205", f"{_PROSE}\n\n{headline}\n\n{_PROSE}\n") == [3]
    wire = ("THE PRESIDENT SAID ON TUESDAY THAT THE PLAN WOULD BE REVIEWED BY THE CABINET SOON.\n\n"
            "THE MINISTER ADDED THAT THE TALKS WOULD GO ON WITH ALL THE PARTIES INVOLVED IN IT\n\n"
            "OFFICIALS SAID THE NEXT ROUND OF TALKS WOULD BE HELD IN GENEVA LATER THIS MONTH.\n")
    assert _flagged("NL205", wire) == []
    quote = '"WE WILL NOT GIVE UP ON THIS FIGHT AND WE WILL WIN IT IN THE END," HE SAID!'
    assert _flagged("NL205", f"{_PROSE}\n\n{quote}\n\n{_PROSE}\n") == []


def test_an_about_box_names_a_person_not_a_heading_of_the_story():
    """NL313: ``About <Name>`` over a paragraph naming them is an author box; ``About The
    Company`` over a paragraph opening with "The" is a heading of the story."""
    box = "About Jane Doe\n\nJane Doe is a reporter who covers politics and the economy for the paper."
    assert _flagged("NL313", f"{_PROSE}\n\n{_PROSE}\n\n{box}\n") == [5, 7]
    heading = ("About The Company\n\nThe company was founded in 1990 and makes parts for cars in "
               "three countries.")
    assert _flagged("NL313", f"{_PROSE}\n\n{_PROSE}\n\n{heading}\n\n{_PROSE}\n") == []


_STORY = ("The council approved the new budget on Monday after a debate that lasted most of the "
          "afternoon, with savings in almost every department.")
_TITLES = ["Council approves the new budget for next year", "Mayor opens the bridge over the river",
           "Schools prepare for the winter break", "Police close the old market road"]


def test_dated_cards_newest_first_are_flagged_a_timeline_oldest_first_is_not():
    """A list of other stories runs newest first; a timeline of the story, oldest first."""
    newest = ["November 19, 2019", "November 12, 2019", "October 30, 2019", "October 2, 2019"]
    cards = "\n".join(f"{title}\n{date}" for title, date in zip(_TITLES, newest))
    assert flagged_lines("NL205", f"{_STORY}\n{cards}") == set(range(2, 10))
    timeline = "\n".join(f"{title}\n{date}" for title, date in zip(_TITLES, reversed(newest)))
    assert flagged_lines("NL205", f"{_STORY}\n{timeline}") == set()


def test_cards_need_three_of_a_pattern_and_prose_beside_them():
    two = "\n".join(f"{title}\nNovember {19 - n}, 2019\nLocal News" for n, title in enumerate(_TITLES[:2]))
    assert flagged_lines("NL205", f"{_STORY}\n{two}") == set()
    three = "\n".join(f"{title}\nNovember {19 - n}, 2019\nLocal News" for n, title in enumerate(_TITLES[:3]))
    assert flagged_lines("NL205", f"{_STORY}\n{three}") == set(range(2, 11))
    assert flagged_lines("NL205", three) == set()  # a page that is only the list


def test_a_live_blogs_entries_stamped_with_times_are_not_cards():
    """Headline, stamp, one paragraph, newest first: cards with a summary carry calendar dates;
    a live blog's entries carry times."""
    entries = "\n".join(f"{title}\n{time}\n{_STORY}" for title, time in
                        zip(_TITLES, ["4:45 pm", "3:10 pm", "1:05 pm", "11:30 am"]))
    assert flagged_lines("NL205", entries) == set()
    dated = "\n".join(f"{title}\nNovember {19 - n}, 2019\n{_STORY}" for n, title in enumerate(_TITLES))
    assert flagged_lines("NL205", f"{_STORY}\n{dated}") == set(range(2, 14))


def test_a_long_list_of_dated_cards_is_flagged_to_its_end():
    """A site's archive of a hundred dated headlines under a story: every card, not the first few."""
    days = [date(2019, 12, 31) - timedelta(days=3 * n) for n in range(100)]  # newest first
    cards = "\n".join(f"Council story number {n} of the year\n{day:%B} {day.day}, {day.year}"
                      for n, day in enumerate(days))
    assert flagged_lines("NL205", f"{_STORY}\n{cards}") == set(range(2, 202))



def test_a_page_of_lone_marks_is_read_once_not_once_per_mark(monkeypatch):
    """Each lone mark may open a box of cards; whether a story stands before it is asked once per
    page, so the paragraphs NL205 reads grow with the page, not with its square (read at each mark,
    30,000 marks ran NL205 out of its time budget). Counted at two sizes, not timed."""
    from newslint.article import Article

    reads = [0]
    paragraph = Article.paragraph

    def counted(self, ordinal):
        reads[0] += 1
        return paragraph(self, ordinal)

    monkeypatch.setattr(Article, "paragraph", counted)
    linter = Linter(Settings(select=["NL205"]))
    for page in (["-"], ["-", "word"]):
        per_size = []
        for size in (1_000, 10_000):
            reads[0] = 0
            assert linter.lint(Document("marks.txt", "\n".join(page * size) + "\n")) == []
            per_size.append(reads[0])
        assert per_size[1] <= 12 * per_size[0], per_size
