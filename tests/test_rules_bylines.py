"""NL103 byline-spelling, NL104 byline-not-a-name and the corpus rule NL108 rare-byline-spelling,
through the real linter on real bylines, sign-offs and the founding seed."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from conftest import REPO
from newslint.document import Document
from newslint.engine import CorpusState, Linter
from newslint.settings import Settings
from rule_cases import Case, flagged_lines, load_cases

FIXTURES = Path(__file__).parent / "fixtures" / "rules" / "nl1"
SEED = (REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8")
_LINTERS: dict = {}


def linter(code: str, **options) -> Linter:
    key = (code, repr(sorted(options.items())))
    if key not in _LINTERS:
        rule_options = {code: {k.replace("_", "-"): v for k, v in options.items()}} if options else {}
        _LINTERS[key] = Linter(Settings(select=[code], rule_options=rule_options))
    return _LINTERS[key]


def lint(text: str, code: str, authors=(), path="story.txt", **options):
    return linter(code, **options).lint(Document(path, text, authors=tuple(authors)))


def story(byline: str, signoff: str) -> str:
    """A short wire story with the given byline and sign-off (lines 3 and 9)."""
    return (f"US officials travel to Venezuela for talks\n\n{byline}\n\n"
            "WASHINGTON (Reuters) - Senior U.S. officials traveled to Venezuela on Saturday for talks "
            "with President Nicolas Maduro's government, according to a person familiar with the matter.\n\n"
            "The visit was first reported by The New York Times.\n\n"
            "The White House did not immediately respond to a request for comment.\n\n"
            f"{signoff}\n")


# -- NL103 byline-spelling ------------------------------------------------------------------------

def test_seed_byline_and_signoff_are_both_flagged_each_naming_the_other():
    found = lint(SEED, "NL103")
    assert [(v.line, v.code) for v in found] == [(5, "NL103"), (43, "NL103")]
    assert "'Matt Spitalnik'" in found[0].message and "line 43" in found[0].message
    assert "'Matt Spitalnick'" in found[0].message
    assert "'Matt Spitalnick'" in found[1].message and "line 5" in found[1].message
    # The finding covers the name, not the whole line.
    assert (found[0].col, found[0].end_col) == (12, 26)


def test_known_authors_adds_the_right_spelling():
    found = lint(SEED, "NL103", known_authors=["Matt Spetalnick"])
    assert [v.line for v in found] == [5, 43]
    assert all("did you mean 'Matt Spetalnick'?" in v.message for v in found)


def test_known_author_flags_a_near_miss_even_without_a_second_spelling():
    text = story("By Matt Spitalnick", "(Editing by William Mallard)")
    assert lint(text, "NL103") == []
    found = lint(text, "NL103", known_authors=["Matt Spetalnick", "William Mallard"])
    assert [v.line for v in found] == [3]
    assert "did you mean 'Matt Spetalnick'?" in found[0].message


def test_record_authors_are_compared_with_the_text():
    text = story("By Matt Spetalnick", "(Matt Spitalnick reports).")
    found = lint(text, "NL103", authors=["Matt Spetalnick"])
    # The byline agrees with the record: only the sign-off is wrong.
    assert [v.line for v in found] == [11]
    assert "record's authors field has 'Matt Spetalnick'" in found[0].message
    assert "byline on line 3 has 'Matt Spetalnick'" in found[0].message


def test_record_author_alone_against_the_signoff():
    text = story("Reuters staff", "(Reporting by Matt Spitalnick; Editing by William Mallard)")
    found = lint(text, "NL103", authors=["Matt Spetalnick"])
    assert [v.line for v in found] == [11]
    assert "'Matt Spitalnick'" in found[0].message


@pytest.mark.parametrize("byline, signoff", [
    ("By Matt Spetalnick", "(Reporting by Matt Spetalnick; Editing by William Mallard)"),
    ("By MATT SPETALNICK", "(Reporting by Matt Spetalnick; Editing by William Mallard)"),
    ("By Matthew Spetalnick", "(Matt Spetalnick reports)."),     # a nickname, not a typo
    ("By Jon Smith", "(Reporting by John Smith)"),                # too short to tell
    ("By Will Dunham", "(Reporting by Will Dunham; Editing by Tom Brown)"),
    ("By Troy L. Smith, Cleveland.com", "Fox News’ Jessica Napoli contributed to this report."),
])
def test_same_person_or_different_people_are_not_flagged(byline, signoff):
    assert lint(story(byline, signoff), "NL103") == []


@pytest.mark.parametrize("byline, signoff, wrong", [
    # One story, one given name, a surname one letter apart: one reporter spelled two ways, however
    # short the surname and wherever the letter (Hall and Wall are two names, but a byline and a
    # sign-off of one story that differ so are a typo far more often than two reporters).
    ("By Mike Wall", "(Reporting by Mike Hall; Editing by Tom Brown)", "Mike Hall"),
    ("By Mike Wall", "(Reporting by Mike Walls; Editing by Tom Brown)", "Mike Walls"),
    ("By Ian Lee", "(Reporting by Ian Le; Editing by Tom Brown)", "Ian Le"),  # "Lee" misspelled
    ("By Minh Do", "(Reporting by Minh Du; Editing by Tom Brown)", None),  # two-letter surnames
    ("By Jeff Foust", "(Jeff Fuost reports).", "Jeff Fuost"),             # a transposition
    ("By Jeff Foust", "(Jeff Fous reports).", "Jeff Fous"),               # a letter dropped at the end
    ("By J. Foust", "(Jeff Faust reports).", "Jeff Faust"),               # an initial
    ("By José Pérez", "(Reporting by Jose Perez)", None),                 # diacritics are not spelling
    ("By José Pérez", "(Reporting by Jose Perex)", "Jose Perex"),
    ("By Jörn Müller", "(Reporting by Joern Mueller)", None),             # umlauts written out
    ("By Perry Bacon Jr.", "(Reporting by Perry Bacon)", None),
    ("By Danica Kirka", "(Reporting by Danika Kirka)", "Danika Kirka"),   # a long given name
    ("By Jane Doe", "(Reporting by Jane Doe and Jane Dow)", None),        # listed as two people
])
def test_one_edit_in_a_surname_is_one_reporter(byline, signoff, wrong):
    found = lint(story(byline, signoff), "NL103")
    if wrong is None:
        assert found == []
    else:
        assert [v.line for v in found] == [3, 11]
        assert f"'{wrong}'" in found[0].message and f"'{wrong}'" in found[1].message


NL103_CASES = load_cases("NL103")


@pytest.mark.parametrize("case", NL103_CASES, ids=[c.title[:60] for c in NL103_CASES])
def test_real_bylines_and_sign_offs(case: Case):
    assert flagged_lines("NL103", case.text) == set(case.flagged)


def test_real_wire_stories_are_clean():
    for name in ("reuters_titan.txt", "ap_eee.txt"):
        assert lint((FIXTURES / name).read_text(encoding="utf-8"), "NL103",
                    authors=["Will Dunham"]) == []


def test_glued_signoff_at_the_end_of_a_paragraph_is_read():
    text = story("By Will Dunhm", "")
    text += '"It will be really exciting."(Reporting by Will Dunham; Editing by Tom Brown)© Reuters\n'
    found = lint(text, "NL103")
    assert [v.line for v in found] == [3, 12]


# -- NL104 byline-not-a-name ----------------------------------------------------------------------

def _byline_story(byline: str) -> str:
    return f"Headline of the story\n\n{byline}\n\nFirst paragraph of the story, which is long enough.\n"


@pytest.mark.parametrize("byline", (FIXTURES / "bylines_glued.txt").read_text(encoding="utf-8").splitlines())
def test_real_bylines_with_something_glued_on_are_flagged(byline):
    found = lint(_byline_story(byline), "NL104")
    assert [v.line for v in found] == [3], byline
    flagged = byline[found[0].col - 1:found[0].end_col - 1]
    # The finding starts after the name: the name itself is never part of it.
    assert flagged and not byline.startswith(flagged)


@pytest.mark.parametrize("byline", (FIXTURES / "bylines_credit.txt").read_text(encoding="utf-8").splitlines())
def test_real_bylines_with_names_and_credits_are_not_flagged(byline):
    assert lint(_byline_story(byline), "NL104") == []


def test_byline_messages_say_what_was_glued():
    found = lint(_byline_story("By Tess Bonn - 11/19/19 06:56 AM EST"), "NL104")
    assert found[0].message == "byline has a timestamp after the name: '11/19/19 06:56 AM EST'"
    found = lint(_byline_story("By Nathan Birch 195 Shares"), "NL104")
    assert found[0].message == "byline has page furniture after the name: '195 Shares'"


def test_sentences_starting_with_by_are_not_bylines():
    text = ("Headline of the story\n\nBy the time the polls closed, turnout was high.\n\n"
            "By clicking Subscribe 11/19/19 you agree\n\nBody text of the story goes on here.\n")
    assert lint(text, "NL104") == []


# -- NL108 rare-byline-spelling (corpus) ----------------------------------------------------------

def _corpus(stories):
    engine = linter("NL108")
    corpus = CorpusState()
    for number, (byline, signoff) in enumerate(stories):
        engine.lint(Document(f"story{number:02}.txt", story(byline, signoff)), corpus)
    return engine, corpus


def test_rare_spelling_is_flagged_across_the_corpus():
    stories = [("By Matt Spetalnick", "(Editing by William Mallard)")] * 6
    stories += [("By Matt Spitalnick", "(Editing by William Mallard)")]
    engine, corpus = _corpus(stories)
    found = engine.judge(corpus)
    assert [(v.path, v.line, v.code) for v in found] == [("story06.txt", 3, "NL108")]
    assert "'Matt Spitalnick'" in found[0].message and "'Matt Spetalnick'" in found[0].message
    assert "6 documents" in found[0].message


def test_single_document_and_small_corpus_never_fire():
    engine, corpus = _corpus([("By Matt Spitalnick", "(Matt Spetalnick reports).")])
    assert engine.judge(corpus) == []
    stories = [("By Matt Spetalnick", "(Editing by Tom Brown)")] * 3 + [("By Matt Spitalnick", "")]
    engine, corpus = _corpus(stories)
    assert engine.judge(corpus) == []


def test_two_common_spellings_of_different_people_are_not_flagged():
    # Across a corpus, short surnames one letter apart are often two reporters of one newsroom.
    stories = [("By Mike Wall", "")] * 6 + [("By Mike Hall", "")] * 1
    engine, corpus = _corpus(stories)
    assert engine.judge(corpus) == []


@pytest.mark.parametrize("common, rare", [
    ("By Matt Spetalnick", "By Matt Spetalnik"),        # a letter dropped at the end
    ("By Jeff Mason", "By Jeff Maosn"),                 # two letters swapped
    ("By José Pérez-Núñez", "By Jose Perez-Nunex"),     # accents ignored, one letter changed
])
def test_corpus_shares_the_story_rules_notion_of_a_name(common, rare):
    engine, corpus = _corpus([(common, "")] * 6 + [(rare, "")])
    assert [v.path for v in engine.judge(corpus)] == ["story06.txt"]


def test_corpus_state_merges_in_any_order_and_pickles():
    rule = linter("NL108").corpus_rules[0]
    engine = linter("NL108")
    states = []
    for number, byline in enumerate(["By Matt Spetalnick"] * 6 + ["By Matt Spitalnick"]):
        corpus = CorpusState()
        engine.lint(Document(f"s{number}.txt", story(byline, "")), corpus)
        states.append(pickle.loads(pickle.dumps(corpus.states["NL108"])))

    def fold(order):
        state = rule.empty()
        for index in order:
            state = rule.merge(state, dict(states[index]))
        return state

    forward = fold(range(len(states)))
    backward = fold(reversed(range(len(states))))
    assert forward == backward
    left = rule.merge(fold(range(3)), fold(range(3, 7)))
    assert left == forward
    assert [h.anchor.path for h in rule.judge(forward)] == ["s6.txt"]
