"""NL3xx page-boilerplate rules on real lines.

Each fixture file in tests/fixtures/rules/nl3/ holds cases made of verbatim lines from the seed or
the development set, with the lines the rule must flag marked; every case runs through the real
``Linter`` with only that rule selected, and the rule must flag exactly the marked lines.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import patterns
from newslint.document import Document
from newslint.engine import Linter
from newslint.settings import Settings
from rule_cases import Case, flagged_lines, linter, load_cases, rule
from rule_languages import check_languages, check_measured

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules" / "nl3"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c63b3b5783eb788a.txt"
#: NL314 (site-boilerplate) is a corpus rule with tests of its own (test_rules_site.py).
CODES = tuple(f"NL3{number:02d}" for number in range(1, 21) if number != 14)


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
    check_measured(code, rule(code).measured)
    check_languages(code, rule(code).languages)


@pytest.mark.parametrize("code", [code for code in CODES if rule(code).kind == "line"])
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


_PHRASE_BITS = ["Cookies", "COOKIE", "Datenschutz", "ACEPTAR", "newsletter", "E-Mail", "ı", "ſ", "İ",
                "K", "ẞ", "é", "É", " ", "  ", "\n", "we use", "WE USE", "weiterlesen", "Accept"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_BITS), max_size=12).map("".join))
def test_the_vocabularies_phrase_test_never_refuses_a_line_its_phrases_match(text):
    """``Lexicon`` refuses a line by searching its phrases lower-cased before the case-blind
    patterns run: it may let a line through, never refuse one a phrase matches."""
    from newslint.rules import _vocab

    for lexicon in vars(_vocab).values():
        if isinstance(lexicon, _vocab.Lexicon) and lexicon._any_phrase.search(text):
            assert lexicon._may_hold_phrase(text), text


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_vocabularies_phrase_tree_matches_where_their_alternation_does(data):
    """The lower-cased phrase test searches one tree of the phrases (shared beginnings written
    once, a phrase another opens with standing for both): a line holds a match of it exactly when
    it holds one of the phrases' alternation, lower-cased."""
    import re

    from newslint.rules import _vocab

    lexicon = data.draw(st.sampled_from([
        lexicon for lexicon in vars(_vocab).values()
        if isinstance(lexicon, _vocab.Lexicon) and lexicon._any_phrase_items]))
    phrases = lexicon._any_phrase_items
    # Whole phrases, as written and with the blanks, hyphens and apostrophes their patterns
    # allow instead; their halves (beginnings without their ends); blanks.
    bits = [*phrases, *(phrase.replace(" ", " \t ").replace("-", "").replace("'", "’") for phrase in phrases),
            *(phrase[:len(phrase) // 2] for phrase in phrases),
            *(phrase[len(phrase) // 2:] for phrase in phrases), " ", "  ", "-", "’", "x"]
    text = "".join(data.draw(st.lists(st.sampled_from(bits), max_size=6))).lower()
    alternation = re.compile(lexicon._any_phrase_source.lower())
    assert bool(lexicon._any_phrase_lower.search(text)) == bool(alternation.search(text)), text


_COMMENT_LINKS = ["Leave a comment", "3 Comments", "No responses", "Comments off", "Hinterlasse eine Antwort",
                  "1 Kommentar", "Laisser un commentaire", "Sin comentarios", "Lascia un commento",
                  "Deixe um comentário", "Geen reacties", "No reſponses", "Geen reactİes", "Geen reactıes",
                  "October 5, 2018 Posted by Vortex", " ", " | ",
                  "ſ", "ı", "İ", "\u212a", "S", "I", "K", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_COMMENT_LINKS), max_size=8).map("".join))
def test_the_comment_link_tail_is_searched_where_its_words_may_be(text):
    """NL312's comment link is searched only in a line holding one of its words, lower-cased (or a
    letter whose case-blind match lower-casing does not show): the same matches as searching
    every line."""
    from newslint.rules._vocab import COMMENT_LINK_TAIL

    found = COMMENT_LINK_TAIL.search(text)
    expected = COMMENT_LINK_TAIL.pattern.search(text)
    assert (found and found.span()) == (expected and expected.span()), text


def test_the_pages_own_address_alone_is_a_share_boxs_link_and_other_addresses_are_not():
    """NL303 reads the record's address: the page's own address alone on a line is the share
    box's link to copy (three extractors of dev.jsonl kept it over the story), another address
    alone is the story's (a link it cites), and without an address nothing is compared."""
    url = "https://www.ctpost.com/news/article/Deval-Patrick-takes-nascent-2020-campaign-to-14847854.php"
    text = ("    https://www.ctpost.com/news/article/Deval-Patrick-takes-nascent-2020-campaign-to-14847854.php\n"
            "Former Massachusetts Gov. Deval Patrick said Thursday that he would enter the race.\n"
            "http://amzn.to/2A5qzvo\n"
            "http://ctpost.com/news/article/Deval-Patrick-takes-nascent-2020-campaign-to-14847854.php/?utm_source=x\n")
    linter = Linter(Settings(select=["NL303"]))
    flagged = [v.line for v in linter.lint(Document("record", text, url=url))]
    assert flagged == [1, 4]
    assert list(linter.lint(Document("article.txt", text))) == []


def test_the_headline_the_records_address_or_title_names_is_no_menu_item():
    """Page-text scrapes give the headline between the menu and the story, as short as the menu's
    items; the record's address or title names it, and neither NL315 nor NL309 takes it (the same
    text without the record's fields is one more item of the run)."""
    text = ("Startseite\nNews\nInfos zur ÖTV-Rangliste\nFAQ SEN-Anpassung\nSpieler\nRollstuhltennis\n"
            "Erfolgreiches Debüt für Taucher\n"
            "Bei den Junior Masters im französischen Tarbes konnte Maximilian Taucher erneut sein ganzes "
            "Können zeigen und erreichte das Halbfinale.\n")
    headline = 7
    linter = Linter(Settings(select=["NL315"]))
    bare_run = [v.line for v in linter.lint(Document("page.txt", text))]
    assert headline in bare_run
    for fields in ({"url": "https://www.example.at/news/artikel/d/erfolgreiches-debuet-fuer-taucher-2.html"},
                   {"url": "https://example.at/news/erfolgreiches-debut-fur-taucher/"},
                   {"title": "Erfolgreiches Debüt für Taucher | Tennisverband"}):
        flagged = [v.line for v in linter.lint(Document("record", text, **fields))]
        assert flagged == [line for line in bare_run if line != headline], fields
    # An address that names another story leaves the run whole.
    other = Document("record", text, url="https://www.example.at/news/artikel/d/neue-rangliste-2022.html")
    assert [v.line for v in linter.lint(other)] == bare_run
