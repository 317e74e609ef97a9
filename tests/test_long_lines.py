"""A document on one long line (a scraped page without line breaks) costs time and memory in
proportion to its size: proven by structure — how many searches the scan makes, how much memory
the engine and the NL4xx rules hold at their peak (tracemalloc), at two sizes — not by wall time.
And the rewrites that made the NL4xx rules linear find what they found before."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given, settings, strategies as st

from conftest import REPO
from newslint.document import Document
from newslint.engine import Linter
from newslint.plugins import load_plugins
from newslint.scan import Scanner, accelerator_available
from newslint.settings import Settings
from newslint.article import parse
from rules import glued, integrity, markup

SEED = (REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8")
WAYS = [pytest.param(False, id="exact"),
        pytest.param(True, id="accelerated", marks=pytest.mark.skipif(
            not accelerator_available(), reason="the scan accelerator is not installed"))]


def one_line(size: int) -> str:
    """Real article text with its line breaks taken out, repeated to ``size`` characters."""
    prose = " ".join(SEED.split("\n"))
    return (prose * (size // len(prose) + 1))[:size]


@pytest.mark.parametrize("accelerate", WAYS)
def test_the_scan_searches_a_long_line_once_per_branch(accelerate):
    plugins = load_plugins(autoload=False)
    triggers = [rule().trigger for rule in plugins.rules.values() if rule.kind == "line"]
    counts = []
    for size in (20_000, 2_000_000):
        scanner = Scanner(triggers, accelerate)
        calls = []

        def counted(search, number):
            def wrapper(*args):
                calls.append(number)
                return search(*args)
            return wrapper

        scanner.steps = [(counted(step[0], n), step[1] and counted(step[1], n), *step[2:5],
                          counted(step[5], n)) for n, step in enumerate(scanner.steps)]
        text = one_line(size)
        scan = scanner.scan(text, Document("t.txt", text).line_starts)
        lines = [scan.lines(number) for number in range(len(triggers))]
        assert all(found in ([], [0]) for found in lines)
        assert len(calls) == len(set(calls)) <= len(scanner.branches)  # one search per branch at most
        counts.append(len(calls))
    assert counts[1] <= counts[0] + 5  # the same searches, whatever the length of the line


def _peak(text: str, accelerate: bool) -> int:
    plugins = load_plugins(autoload=False)
    codes = [code for code in plugins.rules if code.startswith("NL4")]
    linter = Linter(Settings(select=codes, rule_timeout=600), plugins, accelerate=accelerate)
    document = Document("long.txt", text)
    document.line_starts  # noqa: B018 - the document's own table, made by the reader in a run
    tracemalloc.start()
    try:
        found = linter.lint(document)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert not [v for v in found if v.code.startswith("NL9")], found
    return peak


@pytest.mark.parametrize("accelerate", WAYS)
def test_nl4xx_rules_and_the_engine_hold_memory_in_proportion_to_a_long_line(accelerate):
    small, big = 100_000, 400_000
    peaks = [_peak(one_line(size), accelerate) for size in (small, big)]
    # Characters of this text take one byte each in a str: 8x the text is 8x its characters.
    assert peaks[1] <= 8 * big, peaks
    assert peaks[1] <= 4.5 * peaks[0] + 200_000, peaks  # grows linearly, not faster


# -- the linear rewrites find what the originals found ---------------------------------------------

_SCRIPT_PIECES = ["function(a, b){", "function x ( y ) {", "window.x = 1", "window.a.b ||",
                  "document.write(", "document.cookie =", "googletag.cmd", "adsbygoogle",
                  "dataLayer.push(", "_gaq.push (", "jQuery(", "$( document )", "fbq('", "gtag(\"",
                  "var x = 1;", "var", "})(window);", "}", ")", "(", " ", "\n", "x", "the window.",
                  "various", "=", ";"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SCRIPT_PIECES), max_size=14).map("".join))
def test_the_script_search_branch_by_branch_is_the_alternation(text):
    expected = markup._SCRIPT.search(text)
    got = markup._script(text)
    assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group()))


def _short_key(text: str):
    key = " ".join(text.split())
    return key.count(" ") + 1, key, key.endswith("?")


@pytest.mark.parametrize("text", [
    "word " * 20_000,                                  # long, and long once joined
    "word" + " " * 70_000 + "end?",                    # long, short once joined
    ("a\u00a0b\t" * 20_000) + "?",
    "x" * 1_500_000 + " y " + "z\n" * 600_000,       # a word longer than a piece
])
def test_a_long_paragraph_is_keyed_as_its_joined_words(text):
    words, key, question = integrity._long_key(text)
    short_words, short_key, short_question = _short_key(text)
    assert (words, question) == (short_words, short_question)
    if len(short_key) < integrity._LONG_PARAGRAPH:
        assert key == short_key
    else:
        assert key == integrity._long_key(" ".join(text.split()) + "  ")[1]  # spacing aside, equal
        assert key != integrity._long_key(short_key + " more")[1]


def test_a_long_duplicated_paragraph_is_still_found():
    paragraph = "The same long paragraph of words, " * 3000
    text = f"Headline\n\n{paragraph}\n\nMiddle.\n\n{paragraph.replace(' ', '  ')}\n"
    plugins = load_plugins(autoload=False)
    found = Linter(Settings(select=["NL408"]), plugins).lint(Document("t.txt", text))
    assert [(v.line, v.message) for v in found] == [(7, "paragraph repeats line 3")]


_GLUE_PIECES = ["whichThe", "said.The", "2019,as", "Colorado,Washington", "AmazonThe", "iPhone",
                "McDonald", "deGrom", "a,b", "x", " ", ",", ".", "The", "However", "ab", "Cd", "1,000",
                "www.x.com", "@handle", "théThe", "é", "\t"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_GLUE_PIECES), max_size=16).map("".join))
def test_the_glued_words_shortcuts_skip_only_lines_without_a_match(text):
    class Everything:
        @staticmethod
        def search(text):
            return True

    article = parse(Document("t.txt", text))
    rule = glued.GluedWords()
    with_hints = [list(rule.check_line(article.line(i), article)) for i in range(len(article.lines))]
    saved = glued._camel_matches, glued._COMMA_HINT, glued._has_capital_word
    glued._camel_matches = glued._CAMEL.finditer  # (the matches found from their capitals)
    glued._COMMA_HINT = Everything
    glued._has_capital_word = lambda text: True
    try:
        without = [list(rule.check_line(article.line(i), article)) for i in range(len(article.lines))]
    finally:
        glued._camel_matches, glued._COMMA_HINT, glued._has_capital_word = saved
    assert with_hints == without
