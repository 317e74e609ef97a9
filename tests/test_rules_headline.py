"""NL101 headline-label and NL102 headline-site-name, through the real linter on the founding seed,
real headlines from scraped pages and real wire stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from newslint.document import Document
from newslint.engine import Linter
from newslint.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "rules" / "nl1"
SEED = (REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8")
BODY = ("\n\nSenior U.S. officials traveled to Venezuela on Saturday for talks with President "
        "Nicolas Maduro's government, a person familiar with the matter said.\n\n"
        "The White House did not immediately respond to a request for comment.\n")
_LINTERS: dict = {}


def lint(text: str, code: str, **options):
    key = (code, repr(sorted(options.items())))
    if key not in _LINTERS:
        rule_options = {code: {k.replace("_", "-"): v for k, v in options.items()}} if options else {}
        _LINTERS[key] = Linter(Settings(select=[code], rule_options=rule_options))
    return _LINTERS[key].lint(Document("story.txt", text))


# -- NL101 headline-label -------------------------------------------------------------------------

def test_seed_headline_label_is_flagged():
    found = lint(SEED, "NL101")
    assert [(v.line, v.col, v.end_col) for v in found] == [(1, 1, 8)]
    assert found[0].message == "headline starts with the field label 'Source:'"


@pytest.mark.parametrize("headline", [
    "Title: US officials travel to Russia's ally Venezuela for talks",
    "HEADLINE: US officials travel to Russia's ally Venezuela for talks",
    "Original title: US officials travel to Russia's ally Venezuela for talks",
])
def test_other_labels_are_flagged(headline):
    assert [v.line for v in lint(headline + BODY, "NL101")] == [1]


@pytest.mark.parametrize("headline", [
    # Real headlines of the development pages: column names, not labels.
    "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?",
    "High School Roundup: Viera defeats Rockledge to remain undefeated",
    "Dear Abby: Husband springs for business class flight to India, but leaves wife in economy seat",
    "Julian Assange: Sweden drops rape investigation",
    "Sources: Nets to hire Steve Nash as head coach",
])
def test_real_headlines_with_colons_are_not_flagged(headline):
    assert lint(headline + BODY, "NL101") == []


def test_label_on_a_body_line_is_not_a_headline():
    text = "Senior officials met on Saturday in Caracas for talks.\n\nSource: Reuters\n"
    assert lint(text, "NL101") == []


# -- NL102 headline-site-name ---------------------------------------------------------------------

@pytest.mark.parametrize("headline, site", [
    ("Senior U.S. officials visit Venezuela for talks | The Guardian", "The Guardian"),
    ("Senior U.S. officials visit Venezuela for talks - Reuters", "Reuters"),
    ("UK election: Conservatives accused of deceiving voters - BBC News", "BBC News"),
    ("Doobie Brothers plan 50th anniversary tour | Cleveland.com", "Cleveland.com"),
    ("Storm hits the East Coast | Dallas Morning News", "Dallas Morning News"),
    ("'We Got Her!': Video Shows Dramatic Rescue of Kidnapped Fort Worth Girl  - NBC 5 Dallas-Fort Worth",
     "NBC 5 Dallas-Fort Worth"),
])
def test_site_names_after_the_headline_are_flagged(headline, site):
    found = lint(headline + BODY, "NL102")
    assert [v.line for v in found] == [1]
    assert found[0].message == f"headline ends with the site name '{site}'"


@pytest.mark.parametrize("headline", [
    "U.S. officials travel to Venezuela, a Russian ally, for talks - source",
    "Apple in talks to buy startup - WSJ",                   # Reuters crediting a paper
    "Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS",
    "Bubonic plague: Third case of plague in China as panic begins – ‘The plague is coming’",
    "Why bitcoin fell this week | Opinion",
    "Scooter Braun allegedly ‘frustrated’ with Big Machine partner Scott Borchetta amid Taylor Swift feud: report",
])
def test_real_headlines_with_dashes_and_pipes_are_not_flagged(headline):
    assert lint(headline + BODY, "NL102") == []


def test_reuters_story_crediting_another_outlet_in_its_headline():
    text = ("Tesla weighs bid for battery maker - Bloomberg News\n\n"
            "NEW YORK (Reuters) - Tesla Inc is weighing a bid for a battery maker, Bloomberg News "
            "reported on Tuesday, citing people familiar with the matter.\n\nMore text follows here.\n")
    assert lint(text, "NL102") == []
    assert [v.line for v in lint(text.replace("(Reuters)", "(AP)"), "NL102")] == []


def test_outlets_option_and_wire_stories():
    text = "Senior officials visit Caracas for talks - Kyiv Independent" + BODY
    assert lint(text, "NL102") == []
    assert len(lint(text, "NL102", outlets={"The Kyiv Independent": "Kyiv Independent"})) == 1
    for name in ("reuters_titan.txt", "ap_eee.txt"):
        text = (FIXTURES / name).read_text(encoding="utf-8")
        assert lint(text, "NL101") == [] and lint(text, "NL102") == []
