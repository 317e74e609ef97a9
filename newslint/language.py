"""Which language a document is written in: a stop-word profile, decided once per document.

Boilerplate vocabularies differ by language (``Share`` / ``Teilen`` / ``Partager``), so keyword
rules need to know the language of the text they read. Function words give it away: a few dozen
of the commonest words of each language cover a third or more of any running text in it, and
hardly occur in others. This module counts them, weighting a word shared by several languages
(``de``, ``la``, ``in``) by how many share it, and names the language with the highest score when
the evidence is clear; otherwise it says ``"und"`` (undetermined). Texts in Cyrillic, Greek,
Arabic, Hebrew, Devanagari, Thai, Hangul, Kana or Han script are named by their script's main
language, which no keyword rule here reads anyway.

The decision is per document, never per line: a German page keeps its English menu words, and a
line of boilerplate is too short to say anything reliable. The words are read from the document's
running text where it has some (its lines of a sentence's length, wherever they stand), else from
its start: a page scraped whole opens on menus, language switchers and share links, whose words
(``EN``, ``Login``, an English address's ``what-happens-to-your-brain``) would outvote the story
below them. Web addresses are never read.

Measured by ``benchmarks/language.py`` against the labels of both development sources.
"""

from __future__ import annotations

import re
from collections import Counter

from newslint.lazy import lazy_pattern

#: The capital letters of the languages written in Latin script (ASCII's and Latin-1's: ``É``, ``Ö``,
#: ``Ñ``, not ``×``), as a character class's contents: where a pattern needs a name or a title to
#: open on a capital, ``[A-Z]`` alone misses ``Élodie``, ``Über`` and ``SÃO PAULO``.
CAPITALS = "A-ZÀ-ÖØ-Þ"

#: Languages with a stop-word profile here (ISO 639-1).
PROFILED = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")

_STOPWORDS = {
    "en": "the and of to in is that for it with was on as are be this by at from have has not but "
          "or an they he she we you his her their which will been were would said who its",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an "
          "als werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über "
          "einen so zum war haben nur oder aber vor zur bis mehr durch man kann ich wir",
    "fr": "le la les de des et est un une du en que qui dans pour pas sur au avec ce il elle "
          "sont par plus ne se ont aux été cette mais ou nous vous son sa ses leur",
    "es": "el la los las de del y en que es un una por con para no se su al lo como más pero "
          "sus le ha este esta fue son entre cuando muy sin sobre también me hay donde",
    "it": "il lo la i gli le di del della e è un una che in per con non si da dei delle al "
          "alla sono ha come anche più ma questo questa nel nella degli sul o se",
    "pt": "o a os as de do da dos das e é um uma que em no na nos nas para com não se por mais "
          "ao como mas foi ser seu sua são está também pelo pela já ou",
    "nl": "de het een en van is dat die in te op niet zijn met voor er aan ook als bij door maar "
          "om naar dan wordt nog hij ze was heeft worden deze kan al over uit wij zij tot",
    "pl": "i w na z się nie do to jest że o jak co ale od za po tak jego przez dla być już "
          "tylko czy są też ma",
}

#: Each stop word → {language: weight}; a word in k profiles weighs 1/k in each.
_WEIGHTS: dict[str, dict[str, float]] = {}
for _language, _words in _STOPWORDS.items():
    for _word in set(_words.split()):
        _WEIGHTS.setdefault(_word, {})[_language] = 1.0
for _word, _languages in _WEIGHTS.items():
    for _language in _languages:
        _languages[_language] = 1.0 / len(_languages)

#: Scripts whose letters name the language (or family) outright: (first, last, language).
_SCRIPTS = (
    ("\u0370", "\u03ff", "el"), ("\u0400", "\u04ff", "ru"), ("\u0590", "\u05ff", "he"),
    ("\u0600", "\u06ff", "ar"), ("\u0900", "\u097f", "hi"), ("\u0e00", "\u0e7f", "th"),
    ("\u3040", "\u30ff", "ja"), ("\u4e00", "\u9fff", "zh"), ("\uac00", "\ud7af", "ko"),
)
_WORD = lazy_pattern(r"[^\W\d_]+")
#: Letters outside the Latin script and its extensions.
_NON_LATIN = lazy_pattern(r"[^\W\d_A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff]")

#: Characters read from the text: enough for a verdict, bounded for speed on huge documents.
SAMPLE_CHARS = 6_000
#: How far into the text its running text is looked for (bounded for speed too).
READ_CHARS = 100_000
#: A line of running text is at least this long and has a space (a menu item, a caption's credit or
#: an address is shorter or has none)…
PROSE_LINE_CHARS = 80
#: …and the running text is read instead of the start when it has at least this many characters.
MIN_PROSE_CHARS = 400
#: A web address (its words are a slug's, often in another language than the page).
_ADDRESS = lazy_pattern(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S*", re.IGNORECASE)
#: The best language needs this score (about this many clear stop words)…
MIN_SCORE = 3.0
#: …this share of the words (text in a language without a profile scores a few chance hits)…
MIN_COVERAGE = 0.08
#: …and this many times the runner-up's score.
MIN_MARGIN = 1.3
#: A script-named language needs this share of the non-Latin letters.
MIN_SCRIPT_SHARE = 0.3
#: Japanese text has at least this share of kana among its kana and Chinese characters (about half,
#: in running text; a Chinese text quoting a Japanese name has a few).
MIN_KANA_SHARE = 0.15

UNDETERMINED = "und"


def detect(text: str) -> str:
    """The language of ``text`` (ISO 639-1), or ``"und"`` when the evidence is not clear."""
    sample = _sample(text)
    words = _WORD.findall(sample.lower())
    if not words:
        return UNDETERMINED
    if not sample.isascii():
        other = _NON_LATIN.findall(sample)
        if len(other) * 2 > sum(map(len, words)):
            return _script_language(other)
    scores = dict.fromkeys(PROFILED, 0.0)
    for word, count in Counter(words).items():
        weights = _WEIGHTS.get(word)
        if weights:
            for language, weight in weights.items():
                scores[language] += weight * count
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= MIN_SCORE and top >= MIN_COVERAGE * len(words) and top >= MIN_MARGIN * second:
        return best
    return UNDETERMINED


def _sample(text: str) -> str:
    """What :func:`detect` reads: the text's running text (its lines of :data:`PROSE_LINE_CHARS`
    or more, in order, up to :data:`SAMPLE_CHARS`) when it has enough, else its start; without
    web addresses."""
    sample = text[:SAMPLE_CHARS]
    if "\n" in sample.strip():
        prose: list[str] = []
        size = 0
        for line in text[:READ_CHARS].split("\n"):
            if len(line) >= PROSE_LINE_CHARS and " " in line.strip():
                prose.append(line)
                size += len(line) + 1
                if size >= SAMPLE_CHARS:
                    break
        if size >= MIN_PROSE_CHARS:
            sample = "\n".join(prose)[:SAMPLE_CHARS]
    if "://" in sample or "www." in sample or "WWW." in sample:
        sample = _ADDRESS.sub(" ", sample)
    return sample


def _script_language(letters: list[str]) -> str:
    """The language named by the script most of ``letters`` are in, else ``"und"``."""
    counts: Counter = Counter()
    for char in letters[:500]:
        for first, last, language in _SCRIPTS:
            if first <= char <= last:
                counts[language] += 1
                break
    # Japanese writes its words in Chinese characters and its endings and particles in kana,
    # which Chinese never uses: the two are one script here, told apart by the kana's share.
    kana, han = counts.pop("ja", 0), counts.pop("zh", 0)
    if kana + han:
        counts["ja" if kana >= (kana + han) * MIN_KANA_SHARE else "zh"] = kana + han
    if counts:
        language, found = counts.most_common(1)[0]
        if found >= min(len(letters), 500) * MIN_SCRIPT_SHARE:
            return language
    return UNDETERMINED
