"""What the junk-line rules' documentation promises, checked against their fixtures: figures from
both development sources, and honest languages: a rule that claims languages besides English
flags real lines of one of them at least in its fixtures, and flags none in a language it does
not claim."""

from __future__ import annotations

import re

from newslint.article import parse
from newslint.document import Document
from newslint.rules._vocab import LANGUAGES
from rule_cases import load_cases

SOURCES = ("dev.jsonl", "dev-trafilatura.jsonl")


def check_measured(code: str, measured: str) -> None:
    """Both sources named, each with its precision and recall or saying nothing was scored."""
    for source in SOURCES:
        assert re.search(rf"(?:^|; ){re.escape(source)}: (?:precision \d\.\d\d, recall \d\.\d{{3}}"
                         r"|no labelled line)", measured), f"{code}: no figures for {source}"


def check_languages(code: str, languages: tuple[str, ...]) -> None:
    """``("*",)``, or English with languages of the vocabulary, each shown flagged by a case."""
    if languages == ("*",):
        return
    assert languages[0] == "en" and set(languages[1:]) <= set(LANGUAGES), (code, languages)
    flagged_in = {parse(Document("case.txt", case.text)).language
                  for case in load_cases(code) if case.flagged}
    unclaimed = [language for language in flagged_in if language not in languages and language in LANGUAGES]
    assert not unclaimed, f"{code} flags {unclaimed} in its fixtures but does not claim it"
    if len(languages) > 1:
        assert set(languages[1:]) & flagged_in, f"{code}: no case of real lines in {languages[1:]} that it flags"
