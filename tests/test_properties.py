"""Property-based tests (hypothesis) over the readers, the article parser and every built-in rule.

- any bytes decode into a document without raising, with no CR left and no position lost;
- any Unicode text parses, and every part of the article lies inside the text;
- every finding of every built-in rule (default-off ones too) lies inside the text, and no rule
  crashes (``NL901``), times out (``NL902``) or reports a bad span (``NL903``) on any text;
- linting is deterministic: twice with one linter, and with a fresh linter, the same findings.

Texts are drawn both from all of Unicode and from news-shaped lines (bylines, datelines,
sign-offs, page furniture, odd spaces and line breaks), which reach deeper into the rules.
The number of examples is bounded (``HYPOTHESIS_PROFILE=ci`` is the default here) so the file runs
in well under a few minutes on CI's two cores; ``HYPOTHESIS_PROFILE=thorough`` runs more.
"""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import REPO
from newslint.article import _MAX_COUNTED, _WORD, _at_least_words, parse
from newslint.document import Document, normalise_newlines
from newslint.engine import Linter
from newslint.plugins import load_plugins
from newslint.readers.text import decode_document
from newslint.settings import Settings

sys.path.insert(0, str(REPO / "fuzz"))

settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FRAGMENTS = [
    "By Jane Doe", "By JANE DOE - 11/19/19", "Written by Zoë Ünal", "Jane Doe, Reuters",
    "WASHINGTON (Reuters) -", "LONDON, March 5 (AP) —", "(CNN)The", "ST. JOSEPH, Mich. (AP) —",
    "(Reporting by Jane Doe; Editing by John Roe)", "Jane Doe contributed to this report.",
    "See also", "Read more:", "Related:", "Advertisement", "Click here to subscribe",
    "Photo: AP", "Getty Images", "Copyright 2024 The Associated Press. All rights reserved.",
    "Leave a Reply", "Share this:", "Follow us on Twitter", "Source:", "Image caption",
    "The company said it would close three plants in the", "…", "[…]", "Continue reading",
    "Sign up for our newsletter", "Posted on March 3, 2021", "Updated 5 hours ago",
    "The New York Times first reported", "according to a person familiar with the matter.",
    "Someone familiar with the matter.", "http://example.com/story?id=1", "<b>bold</b>", "&amp;",
    "Ã©tÃ©", "â€™", "\u00a0", "\u2003", "\u200b", "\u2028", "\t", "\ufeff", "\x00", "\r", "\r\n",
    "é", "e\u0301", "\u0301", "রাজনীতি", "है।", "\u200c", "🙂", "‮", "ﬁ", "İ", "ß", "Σ", "汉字", "١٢٣", "    ", ".", "?", "!", "\"", "“", "”",
]

news_line = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=8).map(" ".join)
news_text = st.lists(news_line, max_size=25).map("\n".join)
any_text = st.one_of(st.text(max_size=400), news_text)


@pytest.fixture(scope="module")
def linter() -> Linter:
    plugins = load_plugins(autoload=False)
    # Every rule, default-off ones included; a generous budget so only a real hang times out.
    return Linter(Settings(select=["ALL"], rule_timeout=20.0, autoload_plugins=False), plugins)


@given(st.binary(max_size=600))
def test_any_bytes_decode_into_a_document(data):
    document = decode_document(data, "fuzz.txt")
    assert "\r" not in document.text
    assert not document.text.startswith("\ufeff") or data.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    for problem in document.problems:
        assert problem.code in ("NL911", "NL912") and "\n" not in problem.message
        assert problem.line >= 1 and problem.col >= 1
    if not document.readable:
        assert b"\x00" in data


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300))
def test_valid_utf8_round_trips_except_line_endings_and_bom(text):
    document = decode_document(text.encode("utf-8"), "x.txt")
    assert document.problems == []
    assert document.text == normalise_newlines(text)


@given(any_text)
def test_any_text_parses_and_every_part_lies_inside_it(text):
    text = normalise_newlines(text)
    article = parse(Document("x.txt", text))
    length = len(text)
    assert len(article.lines) == text.count("\n") + 1
    for index in range(len(article.lines)):
        line = article.line(index)
        assert 0 <= line.start <= line.end <= length
        assert text[line.start:line.end] == line.text
        start, end = line.span()
        assert line.start <= start <= end <= line.end
        line.words, line.word_count, line.ends_sentence, line.role, line.from_end
        line.neighbour(-1), line.neighbour(1)
    for part in (article.headline, article.byline, article.dateline, *article.signoffs):
        assert part is None or 0 <= part.start <= part.end <= length
    article.dateline_outlet, article.roles, list(article.paragraphs())
    credits = article.credits
    for credit in (*credits.suppliers, *credits.scoops, *credits.lead_citations):
        assert 0 <= credit.start <= credit.end <= length and credit.outlets
        assert text[credit.start:credit.end].split() == credit.written.split()
    for person in credits.people:
        assert person.part == "authors" or text[person.start:person.end].split() == person.name.split()


@given(any_text, st.integers(min_value=1, max_value=40))
def test_asking_for_at_least_n_words_agrees_with_counting_them(text, count):
    words = len(_WORD.findall(text))
    assert _at_least_words(text, count) == (words >= count)
    assert _at_least_words(text, count + _MAX_COUNTED) == (words >= count + _MAX_COUNTED)


@pytest.mark.parametrize("text, words", [
    ("যুক্তরাজ্য বাংলাদেশ", 2),  # Bengali: vowel signs and the virama inside the words
    ("यह खबर है।", 3),  # Hindi, with its full stop (the danda)
    ("Gl\u00fccksmomente", 1), ("Glu\u0308cksmomente", 1),  # composed and decomposed: one word
    ("\u0301 x", 2),  # a stray mark starts a word, as it does for _WORD
    ("Vor\u00adsor\u00adge\u00admaß\u00adnah\u00admen", 1),  # a page's soft hyphens: one word
    ("می\u200cخواهم", 1),  # Persian: the zero-width non-joiner inside the word
])
def test_a_word_is_its_letters_and_the_marks_that_combine_with_them(text, words):
    assert len(_WORD.findall(text)) == words
    assert _at_least_words(text, words) and not _at_least_words(text, words + 1)


@pytest.mark.parametrize("text", ["यह खबर है।", "ماذا حدث؟", "یہ خبر ہے۔", "Это новость.", "これはニュースです。",
                                  "«Ceci est une nouvelle.»"])
def test_a_sentence_ends_on_its_scripts_full_stop(text):
    assert parse(Document("x.txt", text)).line(0).ends_sentence


@pytest.mark.parametrize("text, ends", [
    ("Add the green vegetables.\u2063", True),  # a recipe site's invisible separator
    ("He said it was “over.”\u200b", True),  # a zero-width space after the closing quote
    ("Stir briefly\u2060", False),  # nothing shown is no full stop
])
def test_a_sentence_ends_past_characters_that_show_nothing(text, ends):
    assert parse(Document("x.txt", text)).line(0).ends_sentence is ends


@pytest.mark.parametrize("first, headline", [
    ("Home", False), ("Menü", False), ("Advertisement", False),  # a page's menu or its ad label
    ("Apple unveils a new iPad", True), ("Brexit: what now?", True),
])
def test_a_headline_is_two_words_or_more(first, headline):
    article = parse(Document("x.txt", first + "\n\nThe company said on Tuesday that it would close "
                                              "three plants in the region and cut 400 jobs."))
    assert (article.headline is not None) == headline


def test_a_page_opening_on_a_menu_has_no_headline_in_it():
    story = "The company said on Tuesday that it would close three plants in the region."
    menu = parse(Document("x.txt", "Skip to content\nHome\nNews\nSport\n\nPlants to close\n\n" + story))
    assert menu.headline is None
    page = parse(Document("x.txt", "Plants to close\nBy Jane Doe\nHome\nNews\n\n" + story))
    assert page.headline is not None and page.headline.text == "Plants to close"


def _check_findings(document: Document, violations) -> None:
    lines = document.text.split("\n")
    for violation in violations:
        assert violation.code not in ("NL901", "NL902", "NL903"), violation.message
        assert 1 <= violation.line <= violation.end_line <= len(lines), violation
        assert 1 <= violation.col <= len(lines[violation.line - 1]) + 1, violation
        assert 1 <= violation.end_col <= len(lines[violation.end_line - 1]) + 1, violation
        if violation.line == violation.end_line:
            assert violation.col <= violation.end_col, violation
        assert "\n" not in violation.message and "\r" not in violation.message
        assert violation.source_line == lines[violation.line - 1]


@given(any_text)
def test_every_finding_of_every_rule_lies_inside_the_text(linter, text):
    document = Document("x.txt", normalise_newlines(text))
    _check_findings(document, linter.lint(document))


@given(any_text)
def test_linting_is_deterministic(linter, text):
    text = normalise_newlines(text)
    first = linter.lint(Document("x.txt", text))
    again = linter.lint(Document("x.txt", text))
    assert first == again
    fresh = Linter(Settings(select=["ALL"], rule_timeout=20.0, autoload_plugins=False),
                   linter.plugins).lint(Document("x.txt", text))
    assert first == fresh


@given(st.binary(max_size=600))
def test_the_fuzz_target_holds_on_any_bytes(data):
    import fuzz_lint

    fuzz_lint.check_one_input(data)
