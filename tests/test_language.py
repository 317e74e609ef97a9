"""The per-document language detector (newslint.language) on real paragraphs of both development
sets, one per language (tests/fixtures/languages.json: dev.jsonl and dev-trafilatura.jsonl records;
the texts belong to their publishers and serve here for testing only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.article import parse
from newslint.document import Document
from newslint.language import UNDETERMINED, detect

PARAGRAPHS = json.loads((Path(__file__).parent / "fixtures" / "languages.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_a_real_paragraph_is_read_in_its_language(language: str):
    assert detect(PARAGRAPHS[language]) == language


@pytest.mark.parametrize("text", ["", "12345 678", "  \n\n  ", "Home", "Kontakt Impressum",
                                  # Bengali: a script without a profile here
                                  "দেওলিয়া ঘোষণার পরিকল্পনা ছিল ইভ্যালির সিইও রাসেলের"])
def test_too_little_or_an_unknown_script_is_undetermined(text: str):
    assert detect(text) == UNDETERMINED


def test_two_languages_in_one_text_give_one_of_them_or_undetermined():
    assert detect(PARAGRAPHS["de"] + "\n\n" + PARAGRAPHS["en"]) in ("de", "en", UNDETERMINED)


def test_a_german_page_with_an_english_menu_is_german():
    text = "Home\nNews\nContact\n\n" + PARAGRAPHS["de"] + "\n\n" + PARAGRAPHS["de"]
    assert detect(text) == "de"


def test_the_article_decides_once_for_the_whole_document():
    article = parse(Document("x.txt", "Newsletter\n\n" + PARAGRAPHS["fr"]))
    assert article.language == "fr"
    assert article.language is article.language  # computed once


def test_only_the_start_of_a_huge_text_is_read():
    text = PARAGRAPHS["es"] * 40 + PARAGRAPHS["en"] * 4000
    assert detect(text) == "es"
