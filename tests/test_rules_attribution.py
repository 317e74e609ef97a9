"""NL105 conflicting-credit, NL106 dateline-credit-mismatch and NL107 spinner-fragment, through the
real linter on the founding seed, real wire stories and the original wording of the seed's story."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_newslint
from newslint.document import Document
from newslint.engine import Linter
from newslint.settings import Settings
from rule_cases import Case, flagged_lines, load_cases

FIXTURES = Path(__file__).parent / "fixtures" / "rules" / "nl1"
SEED = (REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8")
WIRE_STORIES = [(FIXTURES / name).read_text(encoding="utf-8")
                 for name in ("reuters_titan.txt", "ap_eee.txt")]
_LINTERS: dict = {}


def lint(text: str, code: str, **options):
    key = (code, repr(sorted(options.items())))
    if key not in _LINTERS:
        rule_options = {code: {k.replace("_", "-"): v for k, v in options.items()}} if options else {}
        _LINTERS[key] = Linter(Settings(select=[code], rule_options=rule_options))
    return _LINTERS[key].lint(Document("story.txt", text))


#: The seed story's lead as Reuters wrote it, and its paragraph crediting the scoop.
LEAD = ("WASHINGTON (Reuters) - Senior U.S. officials traveled to Venezuela on Saturday for talks "
        "with President Nicolas Maduro's government, seeking to determine whether Caracas is ready to "
        "distance itself from close ally Russia amid its invasion of Ukraine{credit}.")
#: How Reuters ended the lead: an anonymous source, not an outlet.
SOURCE = ", according to a person familiar with the matter"
SCOOP = "The visit, which involved senior officials from the White House and State Department, {scoop}."


def wire_story(credit: str = SOURCE, scoop: str = "was first reported by The New York Times",
               headline: str = "U.S. officials travel to Venezuela, a Russian ally, for talks - source",
               byline: str = "By Matt Spetalnick", tail: str = "") -> str:
    return (f"{headline}\n\n{byline}\n\n{LEAD.format(credit=credit)}\n\n"
            "The source, who asked not to be named, said the two sides had not reached an agreement.\n\n"
            f"{SCOOP.format(scoop=scoop)}\n\n"
            "(Reporting by Matt Spetalnick; Editing by William Mallard)\n" + tail)


# -- NL105 conflicting-credit ---------------------------------------------------------------------

def test_seed_two_outlets_are_flagged_on_both_lines():
    found = lint(SEED, "NL105")
    assert [v.line for v in found] == [7, 13]
    assert found[0].message == ("the lead credits the report to the Guardian; line 13 says "
                                "The New York Times first reported it")
    assert found[1].message == ("says The New York Times first reported this; line 7 credits it "
                                "to the Guardian")
    source = SEED.split("\n")
    assert source[6][found[0].col - 1:found[0].end_col - 1] == "the Guardian"
    assert source[12][found[1].col - 1:found[1].end_col - 1] == "The New York Times"


def test_original_wording_is_clean():
    assert lint(wire_story(), "NL105") == []


@pytest.mark.parametrize("credit, scoop", [
    (", the Guardian reported", "was first reported by The New York Times"),
    (", the Guardian newspaper reported on Saturday", "was initially reported by the NYT"),
    (SOURCE, "was first reported by The New York Times, while the Guardian first reported the date"),
    (", according to the Guardian", "was first reported by The New York Times"),
    (", the Washington Post reported", "was earlier reported by the Wall Street Journal"),
])
def test_two_outlets_credited_for_the_scoop(credit, scoop):
    found = lint(wire_story(credit=credit, scoop=scoop), "NL105")
    assert len(found) >= 2 and len({v.line for v in found}) >= 1
    assert all(v.code == "NL105" for v in found)


@pytest.mark.parametrize("credit, scoop", [
    # The same outlet under two names.
    (", the New York Times reported", "was first reported by The New York Times"),
    (", the NYT reported", "was first reported by The New York Times"),
    # "X told Reuters" and "a Reuters report" are not credits; Reuters is the story's own wire.
    (", a person familiar with the matter told Reuters", "was first reported by The New York Times"),
    (SOURCE, "was first reported by Reuters, citing a Reuters report"),
    # Another outlet reporting something else, without a scoop phrase.
    (SOURCE, "was reported by The Guardian last week as a possibility"),
    # A lead credit without any scoop phrase anywhere.
    (", the Guardian reported", "was discussed in Washington"),
    # Unknown outlets and ambiguous short names are not credits.
    (", the Times reported", "was first reported by The New York Times"),
])
def test_ordinary_attribution_is_not_flagged(credit, scoop):
    assert lint(wire_story(credit=credit, scoop=scoop), "NL105") == []


def test_outlets_option_adds_an_outlet():
    text = wire_story(credit=", the Kyiv Independent reported")
    assert lint(text, "NL105") == []
    found = lint(text, "NL105", outlets={"The Kyiv Independent": ["Kyiv Independent"]})
    assert len(found) == 2


def test_real_wire_stories_are_clean():
    for text in WIRE_STORIES:
        assert lint(text, "NL105") == []
        assert lint(text, "NL106") == []


# -- NL106 conflicting-supplier -------------------------------------------------------------------

def test_byline_credit_contradicts_the_dateline():
    text = wire_story(byline="By Matt Spetalnick, Associated Press")
    found = lint(text, "NL106")
    assert [v.line for v in found] == [3, 5]
    assert found[0].message == "byline on line 3 credits Associated Press; dateline on line 5 credits Reuters"
    assert found[1].message == "dateline on line 5 credits Reuters; byline on line 3 credits Associated Press"
    source = text.split("\n")
    assert source[2][found[0].col - 1:found[0].end_col - 1] == "Associated Press"
    assert source[4][found[1].col - 1:found[1].end_col - 1] == "Reuters"


def test_wire_copyright_and_headline_suffix_contradict_the_dateline():
    text = wire_story(tail="\nCopyright 2022 The Associated Press. All rights reserved.\n")
    found = lint(text, "NL106")
    assert [v.line for v in found] == [5, 13]
    assert found[1].message == ("copyright line on line 13 credits The Associated Press; dateline on "
                                "line 5 credits Reuters")
    text = wire_story(headline="U.S. officials travel to Venezuela for talks | AP News")
    assert [v.line for v in lint(text, "NL106")] == [1, 5]


@pytest.mark.parametrize("kwargs", [
    {"byline": "By Matt Spetalnick, Reuters"},
    {"byline": "By Reuters Staff"},
    {"headline": "U.S. officials travel to Venezuela for talks - Reuters"},
    {"tail": "\n© 2022 FOX News Network, LLC. All rights reserved.\n"},   # the site's own copyright
    {"tail": "\nCopyright 2022 Thomson Reuters.\n"},
    {"headline": "U.S. officials travel to Venezuela for talks - WSJ"},  # Reuters crediting a paper
    # After a dash, a Reuters headline credits another outlet's scoop, not its own copy.
    {"headline": "U.S. officials travel to Venezuela for talks - Bloomberg News"},
    {"headline": "U.S. officials travel to Venezuela for talks | Fox News"},  # a site running the wire
])
def test_consistent_or_site_credits_are_not_flagged(kwargs):
    assert lint(wire_story(**kwargs), "NL106") == []


NL106_CASES = load_cases("NL106")


@pytest.mark.parametrize("case", NL106_CASES, ids=[c.title[:60] for c in NL106_CASES])
def test_real_credit_lines(case: Case):
    assert flagged_lines("NL106", case.text) == set(case.flagged)


@pytest.mark.parametrize("tail, written, kind", [
    ("Source: AFP", "AFP", "source line"),
    ("© Provided by Agence France-Presse", "Agence France-Presse", "provider credit"),
    ("(c) 2022 AFP", "AFP", "copyright line"),
    ("This article was originally published by AFP.", "AFP", "origin credit"),
    ("AFP contributed to this report.", "AFP", "contributor credit"),
    ("— AFP", "AFP", "sign-off"),
])
def test_a_provider_credit_at_the_end_contradicts_the_dateline(tail, written, kind):
    text = wire_story(tail="\n" + tail + "\n")
    found = lint(text, "NL106")
    assert [v.line for v in found] == [5, 13]
    assert found[0].message == f"dateline on line 5 credits Reuters; {kind} on line 13 credits {written}"
    assert found[1].message == f"{kind} on line 13 credits {written}; dateline on line 5 credits Reuters"


@pytest.mark.parametrize("tail", [
    "Source: Reuters", "© 2022 Thomson Reuters", "Source: Reuters/AFP",     # one outlet, or both
    "REUTERS/Manor Quintero", "Image copyright AFP", "© AFP / Juan Barreto",  # pictures' credits
    "Source: AFP data", "© Provided by The Independent",                    # a chart, a site
    "AFP could not independently verify the report.",                       # a sentence
])
def test_other_credits_at_the_end_are_not_flagged(tail):
    assert lint(wire_story(tail="\n" + tail + "\n"), "NL106") == []


def test_body_sentences_citing_other_outlets_are_not_flagged():
    text = wire_story(credit=", a person familiar with the matter told AFP",
                      scoop="was discussed in Washington, the Associated Press reported")
    assert lint(text, "NL106") == [] and lint(text, "NL105") == []


def test_partners_and_agencies_options():
    text = wire_story(tail="\nSource: AAP\n")
    assert [v.line for v in lint(text, "NL106")] == [5, 13]
    assert lint(text, "NL106", partners={"Australian Associated Press": ["Reuters", "AP"]}) == []
    text = wire_story(tail="\n(c) 2022 Ukrinform\n")
    assert [v.line for v in lint(text, "NL106")] == [5, 13]
    text = wire_story(tail="\n© Provided by Kyiv Post\n")
    assert lint(text, "NL106", outlets={"Kyiv Post": []}) == []      # a paper passing copy on
    assert [v.line for v in lint(text, "NL106", outlets={"Kyiv Post": []}, agencies=["Kyiv Post"])] == [5, 13]


def test_the_cli_reports_both_places(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(wire_story(tail="\nSource: AFP\n"), encoding="utf-8")
    result = run_newslint(["--select", "NL106", str(path)])
    assert result.returncode == 1, result.stderr
    assert result.stdout == (
        f"{path}:5:13: NL106 dateline on line 5 credits Reuters; source line on line 13 credits AFP\n"
        f"{path}:13:9: NL106 source line on line 13 credits AFP; dateline on line 5 credits Reuters\n")


# -- NL107 spinner-fragment -----------------------------------------------------------------------

def test_seed_fragment_is_flagged():
    found = lint(SEED, "NL107")
    assert [v.line for v in found] == [7]
    assert SEED.split("\n")[6][found[0].col - 1:found[0].end_col - 1] == "Someone familiar with the matter."


@pytest.mark.parametrize("text", [
    "Officials met on Saturday. A person acquainted with the situation.\n",
    "Officials met on Saturday. Sources familiar with the talks.\n",
    "Someone conversant with the matter.\nOfficials met on Saturday.\n",
])
def test_spun_fragments_are_flagged(text):
    assert len(lint(text, "NL107")) == 1


@pytest.mark.parametrize("text", [
    "Officials met on Saturday, according to a person familiar with the matter.\n",
    "A person familiar with the matter said the talks would resume.\n",
    "Two people familiar with the matter said so. Officials met on Saturday.\n",
    "She is familiar with the matter. He is not.\n",
    LEAD.format(credit=SOURCE) + "\n",
])
def test_full_sentences_with_the_idiom_are_not_flagged(text):
    assert lint(text, "NL107") == []


@pytest.mark.parametrize("scoop", [
    "was first reported by The New York Times last month",
    "was first reported by The New York Times in March",
    "was initially reported by The New York Times two weeks ago",
])
def test_a_scoop_on_an_earlier_matter_is_not_a_conflict(scoop):
    assert lint(wire_story(credit=", the Guardian reported", scoop=scoop), "NL105") == []
