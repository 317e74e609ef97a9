"""Line shapes shared by the NL3xx page-boilerplate rules (modules comments, social, promos,
navigation, footer and dates).

Page furniture that an extractor lets through has a shape of its own: a line that stands alone,
is short, does not end like a sentence, opens with a stock phrase, and sits at the top or the
bottom of the text or among other lines of the same kind. These helpers measure that shape once
so each rule reads as a list of conditions. Not a plugin: the leading underscore keeps the
module out of rule discovery.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections import Counter
from typing import Any, Callable, Iterator, NamedTuple, Optional

from newslint.article import FULL_STOPS, UNSPACED_SCRIPT, WORD_CHARS, Article, Line
from newslint.language import CAPITALS
from newslint.lazy import lazy_pattern
from newslint.violation import Hit

from newslint.rules._text import Kept, bare, flat
from newslint.rules import _vocab

#: A sentence-like ending: a full stop, question or exclamation mark of any script after a word's
#: last character (which may be a combining mark: ``है।``, ``হয়েছে।``).
#: (French sets a space before ``?`` and ``!`` and inside its guillemets: ``Est-ce qu'il y a un
#: poème ce matin ? »``.)
_SENTENCE_END = lazy_pattern(
    rf"[{WORD_CHARS}][\"'”’)\]»]?(?:[{re.escape(FULL_STOPS)}]|[ \u00a0\u202f][?!])"
    rf"(?:[ \u00a0\u202f]?[\"'”’)\]»])*$")


def ends_like_sentence(text: str) -> bool:
    """Whether the text ends with a word followed by ``.``, ``!``, ``?`` or ``…``."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def hit(line: Line, message: str) -> Hit:
    """A hit on the whole line (outer white space excluded)."""
    start, end = line.span()
    return Hit(start, end, message)


def near_edge(line: Line, head: int, tail: int) -> bool:
    """Whether the line is among the first ``head`` or the last ``tail`` paragraphs."""
    return 0 <= line.ordinal < head or 0 <= line.from_end < tail


def neighbours(line: Line, reach: int = 1) -> Iterator[Line]:
    """The paragraphs up to ``reach`` before and after the line, nearest first."""
    for step in range(1, reach + 1):
        for direction in (-step, step):
            other = line.neighbour(direction)
            if other is not None:
                yield other


#: Values worked out once per article (paragraph counts), dropped with the article.
_PER_ARTICLE: "weakref.WeakKeyDictionary[Article, dict[str, Any]]" = weakref.WeakKeyDictionary()


#: The article asked about last (a weak reference) and its values: rules ask about one article
#: at a time, tens of thousands of times a run, and the weak dictionary's lookup makes a weak
#: reference each time.
_LAST_ARTICLE: tuple[Any, dict[str, Any]] = (lambda: None, {})


def per_article(article: Article, key: str, compute: Callable[[Article], Any]) -> Any:
    """``compute(article)``, worked out once per article and shared by every rule that asks."""
    global _LAST_ARTICLE
    last, cache = _LAST_ARTICLE
    if last() is not article:
        cache = _PER_ARTICLE.setdefault(article, {})
        _LAST_ARTICLE = (weakref.ref(article), cache)
    if key not in cache:
        cache[key] = compute(article)
    return cache[key]


#: A company's copyright notice without a year: the sign, then a name with its corporate form
#: (``© Future US, Inc. 11 West 42nd Street, …``, ``© Guardian News & Media Limited``): the
#: publisher's footer, where ``© Aaron Schwartz`` alone is a picture's credit, and so is ``©
#: Provided by Business Insider Inc``. The word may stand before the sign, and so may the
#: publisher's name (``Copyright © Mortons Media Group Ltd``, ``Hearst Newspapers © Copyright
#: Hearst Communications, Inc.``).
COMPANY_COPYRIGHT = lazy_pattern(
    r"^\s*(?:[A-Z][\w&.’-]*\s+){0,3}?\(?(?:[Cc]opyright\s+)?(?:©|ⓒ)"
    r"(?!\s*(?i:provided|courtesy|photo|image|picture|foto|bild)\b)\s*(?:[Cc]opyright\s+)?"
    r"[^\d©ⓒ.!?]{1,60}?,?\s(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH"
    r"|AG|S\.A|plc|PLC|Corp|Corporation|Pty|B\.V|N\.V|S\.p\.A|S\.r\.l|SAS|SARL|KGaA|KG)\b")


#: A line that reports someone's words (``… said``, ``according to …``) or opens on a quotation:
#: a story's sentence, however much it sounds like the page's furniture.
REPORTED = lazy_pattern(r"\b(?:said|says|told|according to|reported)\b|^[“\"]", re.IGNORECASE)
#: The same in the other languages the rules read (``teilte das Unternehmen mit``, ``selon``,
#: ``según``): news about a newsletter or a comment policy, not the page's own.
FOREIGN_REPORTED = lazy_pattern(
    r"\b(?:sagte|sagt|erklärte|teilte|berichtete|hieß es|laut|zufolge|a déclaré|a dit|a annoncé"
    r"|selon|dijo|afirmó|anunció|según|ha detto|secondo|disse|afirmou|segundo|zei|volgens)\b",
    re.IGNORECASE)

#: What joins a page's title to its site's name: ``Apple unveils iPad mini | TechDaily``,
#: ``TechDaily - Apple unveils iPad mini``, ``Lenta.ru: Экономика: …`` (after the title, before it).
_TITLE_JOIN = lazy_pattern(r"\s*[|–—:·•»«/>-]")
_TITLE_JOIN_END = lazy_pattern(r"[|–—:·•»«/>-]\s*$")


def page_title(article: Article) -> str:
    """The page's title as the text gives it: its first paragraph, flat (read once per article)."""
    return per_article(article, "title", lambda a: flat(a.paragraph(0).text).strip()
                       if a.paragraph_count else "")


def repeats_title(article: Article, text: str) -> bool:
    """Whether ``text`` (of two words or more) is the page's title, the first paragraph, without
    the site's name joined to it: the story's headline standing again under the page's menu
    (``Apple unveils iPad mini`` under ``Home`` / ``About`` after ``Apple unveils iPad mini |
    TechDaily``)."""
    text = flat(text).strip()
    if " " not in text or not article.paragraph_count:
        return False
    title = page_title(article)
    if len(title) <= len(text):
        return False
    if title.startswith(text):
        return _TITLE_JOIN.match(title, len(text)) is not None
    if title.endswith(text):
        head = title[:len(title) - len(text)]
        return bool(head.strip()) and _TITLE_JOIN_END.search(head) is not None
    return False


#: German letters as a page's address spells them (``debuet``, ``fuer``, ``strasse``); the address
#: may also drop the dots (``debut``): both spellings are tried.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SLUG_SPLIT = lazy_pattern(r"[^a-z0-9]+")
#: What closes a page's address after its title: an id or a page number, a file's extension.
_SLUG_TAIL = lazy_pattern(r"(?:-\d+)*$")
#: The fewest letters of a title the record's address or title field can name.
_NAMED_TITLE_CHARS = 10


def _slugs(text: str) -> set[str]:
    """The ways a page's address may spell ``text``: lower case, words joined by hyphens, accents
    dropped, German umlauts spelled out or not."""
    lower = text.lower()
    forms = set()
    for spelled in (lower.translate(_UMLAUTS), lower):
        plain = "".join(char for char in unicodedata.normalize("NFKD", spelled)
                        if not unicodedata.combining(char))
        forms.add(_SLUG_SPLIT.sub("-", plain).strip("-"))
    return forms


def _record_names(article: Article) -> tuple[str, ...]:
    """The story's title as its record names it, spelled as an address: the title field, and the
    last part of the page's address when it is a title of two words or more
    (``…/erfolgreiches-masters-debuet-fuer-taucher-2.html``)."""
    def names(a: Article) -> tuple[str, ...]:
        found: list[str] = []
        document = a.document
        if document.title:
            found.extend(_slugs(document.title))
        if document.url:
            path = document.url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
            last = path.rsplit("/", 1)[-1] if path.count("/") > 2 else ""
            last = last.rsplit(".", 1)[0] if last.lower().endswith((".html", ".htm", ".php", ".aspx")) else last
            slug = _SLUG_TAIL.sub("", _SLUG_SPLIT.sub("-", last.lower()).strip("-"))
            if "-" in slug:
                found.append(slug)
        return tuple(name for name in found if len(name) >= _NAMED_TITLE_CHARS)
    return per_article(article, "record-names", names)


def named_title(article: Article, text: str) -> bool:
    """Whether ``text`` (two words or more) is the story's title as the record names it, in its
    title field or in the page's address (:func:`_record_names`): the same words, or the
    record's with the site's name after them. Page-text scrapes give the headline between the
    menu and the story, where it is shaped like one more link."""
    names = _record_names(article)
    if not names or " " not in text.strip():
        return False
    for form in _slugs(flat(text)):
        if len(form) < _NAMED_TITLE_CHARS:
            continue
        for name in names:
            if name == form or (name.startswith(form + "-") and 2 * len(form) >= len(name)):
                return True
    return False


def paragraph_counts(article: Article) -> Counter:
    """How often each paragraph's flat text occurs in the article."""
    return per_article(article, "paragraph-counts",
                       lambda a: Counter(flat(line.text) for line in a.paragraphs()))


# -- dates and times ------------------------------------------------------------------------------

_MONTHS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december".split())
_WEEKDAYS = frozenset(
    "mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat "
    "saturday sun sunday".split())
_CLOCK = frozenset("am pm a.m a.m. p.m p.m. noon midnight".split())
_ZONES = frozenset(
    "et est edt ct cst cdt mt mst mdt pt pst pdt akst akdt hst gmt utc bst cet cest eet eest wet "
    "ist amt aest aedt acst awst nzst nzdt hkt jst kst sgt pht wib msk sast wat eat".split())
#: Words of a publication stamp: "Updated", "First published on", "Last modified at".
_STAMP_WORDS = frozenset(
    "updated update published publish posted modified revised last first date time on at and "
    "released publication edited submitted".split())
_RELATIVE = frozenset(
    "ago hour hours hr hrs minute minutes min mins second seconds sec secs day days week weeks "
    "month months year years yesterday today just now an a".split())
#: Labels of a page's meta block that lost their value: ``Author:``, ``Publish date:``, ``By``.
META_LABELS = frozenset(
    "by|author|authors|written by|posted by|byline|date|publish date|published date|date published|"
    "publication date|posted on|published on|updated on|last updated|last modified|first published|"
    "published|updated|posted|modified|reading time|read time|"
    # The same labels in German, French, Spanish, Italian, Portuguese and Dutch: alone on a line
    # they are labels whatever the document's language.
    "autor|autorin|von|veröffentlicht|veröffentlicht am|aktualisiert|aktualisiert am|lesezeit|"
    "lesedauer|auteur|publié|publié le|mis à jour|mis à jour le|temps de lecture|publicado|"
    "publicado el|publicado em|actualizado|actualizado el|atualizado|atualizado em|"
    "tiempo de lectura|tempo de leitura|tempo di lettura|autore|pubblicato|pubblicato il|"
    "aggiornato|aggiornato il|auteur|gepubliceerd|gepubliceerd op|bijgewerkt|bijgewerkt op|"
    "leestijd".split("|"))
_READING = frozenset("read reading time min mins minute minutes".split())
_DATE_MARKS = frozenset(",|/-–—•·:;@.()：，、")


class DateWords(NamedTuple):
    """The words of dates and stamps that :func:`timestamp_shape` reads, for some languages."""

    words: frozenset
    months: frozenset
    weekdays: frozenset
    #: Words that make a number an age: "ago", "vor", "hace", "fa", "há", "geleden", "il y a".
    ago: frozenset
    #: Words of a reading time ("read", "Lesezeit", "lecture") and of its unit ("min").
    reading: frozenset
    minutes: frozenset



_ENGLISH_DATES = DateWords(
    _MONTHS | _WEEKDAYS | _CLOCK | _ZONES | _STAMP_WORDS | _RELATIVE | _READING, _MONTHS,
    _WEEKDAYS, frozenset({"ago"}), frozenset({"read", "reading"}),
    frozenset({"min", "mins", "minute", "minutes"}))
_DATE_WORDS_BY_LANGUAGE: dict[str, DateWords] = {}
#: The date words of the other languages that English has not: a line holding none reads in
#: English alone, and the document's language need not be decided for it.
def _date_tokens(words: str) -> frozenset[str]:
    """The tokens of a list of date words as :data:`_TOKEN` cuts a line: a hyphenated word is its
    parts too (``sexta-feira`` is read as ``sexta``, ``-``, ``feira``)."""
    return frozenset(part for word in words.split() for part in (word, *word.split("-")) if part)


#: Month names (and their short forms) of every language the rules read: what a line's own
#: words name when the document's language cannot be told from a few of them.
MONTH_NAMES = _MONTHS.union(*(_date_tokens(table["months"]) for table in _vocab.DATE_WORDS.values()
                              if "months" in table))

#: A day's date inside a line, in any language the rules read: a numeric date (``26/12/2019``,
#: ``10.10.19``) or a day's number beside a month's name (``10 de março``, ``März 10``, ``Nov. 8``).
_MONTH_ALTERNATIVES = "|".join(sorted((re.escape(name) for name in MONTH_NAMES if name.isalpha()),
                                      key=len, reverse=True))
_DATE_IN_TEXT = lazy_pattern(
    r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)"
    rf"|(?<!\d)\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH_ALTERNATIVES})\b"
    rf"|\b(?:{_MONTH_ALTERNATIVES})\.?\s+\d{{1,2}}(?!\d)", re.IGNORECASE)


_DIGIT = lazy_pattern(r"\d")


def holds_date(text: str) -> bool:
    """Whether ``text`` holds a day's date somewhere (see :data:`_DATE_IN_TEXT`), not only as the
    whole line (:func:`timestamp_shape`): a schedule's entry, a dated item."""
    # (a digit first: most lines have none, and the month names are many)
    return _DIGIT.search(text) is not None and _DATE_IN_TEXT.search(text) is not None


_FOREIGN_DATE_WORDS = frozenset(
    word for table in _vocab.DATE_WORDS.values() for value in table.values()
    for word in _date_tokens(value)) - _ENGLISH_DATES.words


def date_words(language: str = "en") -> DateWords:
    """English date words, with those of ``language`` (see ``_vocab.DATE_WORDS``) added."""
    cached = _DATE_WORDS_BY_LANGUAGE.get(language)
    if cached is not None:
        return cached
    found = _ENGLISH_DATES
    for other in _vocab.languages_for(language):
        if other not in _vocab.DATE_WORDS:
            continue
        table = {key: _date_tokens(value) for key, value in _vocab.DATE_WORDS[other].items()}
        # A reading time's unit (``Minuten``, ``minut``, ``мин``): the other words are its label.
        units = {word for word in table["reading"] if word.startswith(("min", "мин"))}
        found = DateWords(
            found.words | frozenset().union(*table.values()), found.months | table["months"],
            found.weekdays | table["weekdays"], found.ago | table["ago"],
            found.reading | (table["reading"] - units - {"de", "di"}), found.minutes | units)
        # An age written as one word, its unit and the word for "ago" run together (3時間前,
        # 3小时前): the whole word says "ago".
        found = found._replace(ago=found.ago | {word for word in table["relative"]
                                                if word.endswith(tuple(table["ago"]))})
    _DATE_WORDS_BY_LANGUAGE[language] = found
    return found


_TOKEN = lazy_pattern(
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?"  # a clock time, maybe with am/pm glued on
    r"|\d{1,2}h\d{2}"  # a clock time as French and Portuguese write it: "14h30"
    r"|\d+(?:st|nd|rd|th|[ap]m)?"  # a number, an ordinal, "8am"
    r"|[^\W\d_]+(?:\.[^\W\d_]+)*\.?"  # a word, "a.m.", "Nov."
    r"|\S"  # a mark
)
_CLOCK_TIME = lazy_pattern(r"^\d{1,2}(?::|h)\d{2}")


def minute_of_day(match: "re.Match[str]") -> Optional[int]:
    """The minute of the day a clock time gives, from a match with the groups ``hour`` and
    ``minute`` (and maybe ``half``: ``a`` or ``p`` of a 12-hour clock), or ``None`` when it is no
    time of day (``25:10``, ``13:30 PM``)."""
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    half = (match.groupdict().get("half") or "").lower()
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + minute
#: An ISO 8601 stamp, ``2019-11-18T20:51:19Z``: split into date and time before tokenising.
_ISO_STAMP = lazy_pattern(r"\b(\d{4}-\d\d-\d\d)T(\d\d:\d\d(?::\d\d)?)(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?\b")
_NUMERIC_DATE = lazy_pattern(r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})\b")
#: The credit line of an embedded tweet, ``— Jane Doe (@janedoe) November 18, 2019``: part of the
#: story, not a stamp.
_TWEET_CREDIT = lazy_pattern(r"\(@\w+\)")
#: A word of a name in a byline beside a date: "By Jane Doe", "Associated Press", "@handle".
_NAME_WORD = lazy_pattern(rf"^(?:[{CAPITALS}@][\w.'’-]*|and|of|the|by|de|van|von|&|,)$")


def _is_date_token(token: str, words: frozenset) -> bool:
    lower = token.lower()
    return (lower[0].isdigit() or lower in words or lower.rstrip(".") in words
            or lower in _DATE_MARKS)


def _strong(tokens: list[str], raw: str, vocabulary: DateWords) -> bool:
    """Whether date-word tokens carry an actual date, clock time, age or reading time."""
    lowered = [token.lower().rstrip(".") for token in tokens]
    numbers = [i for i, token in enumerate(lowered) if token[:1].isdigit()]
    if any(_CLOCK_TIME.match(lowered[i]) for i in numbers) or _NUMERIC_DATE.search(raw.replace(" ", "")):
        return True
    words = [token for token in lowered if token not in _DATE_MARKS]
    for i, token in enumerate(words):
        if token in vocabulary.months and any(
                other[:1].isdigit() for other in words[max(0, i - 3):i + 4]):
            return True
    present = set(words)
    if present & vocabulary.ago and (numbers or "an" in words or "a" in words):
        return True
    if present & vocabulary.reading and numbers and (present & vocabulary.minutes):
        return True
    return any(token[:1].isdigit() and token.endswith(("am", "pm")) for token in words) and bool(
        present & (vocabulary.months | vocabulary.weekdays))


#: A user name as blog software writes it after *by*, in lower case (``Posted on … by admin``).
_HANDLE = lazy_pattern(r"^[a-z0-9][a-z0-9_.-]{1,29}$")


#: A source's or a writer's name in a script written without capitals (Chinese, Japanese,
#: Korean): a short run of its letters, read as a name only beside a clock time.
_CJK_SOURCE = lazy_pattern(rf"^[{UNSPACED_SCRIPT}\uac00-\ud7af]{{2,12}}$")
_CLOCK_ANYWHERE = lazy_pattern(r"\d{1,2}:\d\d")


def _name_like(tokens: list[str]) -> bool:
    words = [token for token in tokens if token not in ",&"]
    if len(words) == 1 and _CJK_SOURCE.match(words[0]):
        return True  # (let through the tokens only beside a clock time: see read_timestamp)
    if len(words) == 2 and words[0].lower() == "by" and _HANDLE.match(words[1]):
        return True  # a blog's user: ``by admin``, ``by jsmith``
    return 0 < len(words) <= 6 and all(_NAME_WORD.match(token) for token in tokens) and any(
        token[:1].isupper() for token in tokens)


#: The date words of every language: a token outside them (not a number or a mark) is no date
#: token, whatever the document's language.
_ANY_DATE_WORDS = _ENGLISH_DATES.words | _FOREIGN_DATE_WORDS


#: :func:`_in_no_stamp` of the tokens met (a token's answer is the same in every line); words,
#: not a page's worth of letters.
_NO_STAMP_TOKENS = Kept(longest=40, most=50_000)


def _in_no_stamp(token: str) -> bool:
    """Whether a line holding ``token`` is no stamp, in any language: the token is no date token
    (so it stands in a run of names) and cannot be a name's word (``said``), so that run is not
    a name either (see :func:`_name_like`)."""
    return not _NAME_WORD.match(token) and not _is_date_token(token, _ANY_DATE_WORDS)


#: Two clock times joined as a range: a programme or opening hours (``13:00 – 13:15 Uhr``,
#: ``Montag - Freitag: 08.00 - 16.00 Uhr``, ``9 am to 5 pm``), not a stamp.
_TIME_RANGE = lazy_pattern(
    r"\d{1,2}[:.h]\d\d\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|—|bis|to|until|till|à|a|al|alle|tot)\s*"
    r"\d{1,2}[:.h]\d\d"
    r"|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:-|–|—|to|until|till)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)",
    re.IGNORECASE)


def timestamp_shape(text: str, language: "_vocab.Language" = "en") -> Optional[str]:
    """:func:`read_timestamp` of the text; with a document for ``language``, read once per text
    and document (NL205's cards, NL312 and NL302 ask about the same lines)."""
    if not isinstance(language, Article):
        return read_timestamp(text, language)
    shapes: dict[str, Optional[str]] = per_article(language, "timestamp-shapes", lambda _: {})
    if text in shapes:
        return shapes[text]
    shape = shapes[text] = read_timestamp(text, language)
    return shape


def read_timestamp(text: str, language: "_vocab.Language" = "en") -> Optional[str]:
    """How the text reads as a publication stamp, or ``None`` when it does not.

    ``"date"``: nothing but a date, time, age or reading time, with stamp words ("Updated Nov. 19,
    2019 8:21 am ET", "Published 3 hours ago", "5 min read"). ``"byline"``: such a stamp beside a
    name ("By Jane Doe - 11/18/19 11:04 PM EST", "Chris Davies - Nov 19, 2019"). ``"label"``: a
    stamp or meta label alone ("Updated:", "Author:", "By"). ``language``: the document's; its
    date words count too ("Veröffentlicht am 12. März 2021 um 14:00 Uhr", "il y a 3 heures").
    """
    if bare(text) in META_LABELS:
        return "label"
    if _TWEET_CREDIT.search(text):
        return None
    # (an ISO stamp holds a "T" and a colon: most lines are not searched for one)
    tokens: list[str] = []
    # The tokens are read one by one: most lines are decided at their first word that is no
    # stamp's, in any language, where listing them all read the whole line (more than 40 tokens,
    # or none, is no stamp either).
    for match in _TOKEN.finditer(_ISO_STAMP.sub(r"\1 \2", text) if "T" in text and ":" in text else text):
        token = match.group()
        no_stamp = _NO_STAMP_TOKENS.get(token)
        if no_stamp is None:
            no_stamp = _NO_STAMP_TOKENS.keep(token, _in_no_stamp(token))
        if no_stamp and tokens and tokens[-1].lower() == "by" and _HANDLE.match(token):
            no_stamp = False  # a blog's user after "by": ``Posted on … by admin``
        elif no_stamp and _CJK_SOURCE.match(token) and _CLOCK_ANYWHERE.search(text):
            no_stamp = False  # a source beside a clock time: ``2008年08月06日 10:32 新华网``
        if no_stamp or len(tokens) == 40:
            return None
        tokens.append(token)
    if not tokens:
        return None
    if _TIME_RANGE.search(text):
        return None  # a schedule or opening hours, never a stamp
    vocabulary = _ENGLISH_DATES
    if language != "en" and any(token.lower().rstrip(".") in _FOREIGN_DATE_WORDS for token in tokens):
        vocabulary = date_words(_vocab.language_of(language))  # asked only when it may matter
    runs: list[tuple[bool, list[str]]] = []
    for token in tokens:
        is_date = _is_date_token(token, vocabulary.words)
        if runs and (runs[-1][0] == is_date or (token in ",&" and not runs[-1][0])):
            runs[-1][1].append(token)
        else:
            runs.append((is_date, [token]))
    dated = [run for is_date, run in runs if is_date]
    named = [run for is_date, run in runs if not is_date]
    if not any(_strong(run, " ".join(run), vocabulary) for run in dated):
        if not named and all(token.lower() in _STAMP_WORDS or token in _DATE_MARKS
                             for token in tokens) and any(token[0].isalpha() for token in tokens):
            return "label"
        return None
    if not named:
        return "date"
    if len(named) <= 2 and all(_name_like(run) for run in named) and text.lstrip()[:1] not in "—–-":
        return "byline"  # (a dash opens the credit of a quotation, not a byline)
    return None


# -- triggers -------------------------------------------------------------------------------------

#: Triggers are written so that RE2 can run them exactly and ``newslint.patterns.find_hazard``
#: finds nothing: no look-arounds, no ``\b`` or ``$`` (RE2's differ), no nested repetition.
#: The end of a word is spelled ``(?:\W|\Z)``.
WORD_END = r"(?:\W|\Z)"


def first_words(*words: str) -> str:
    """A trigger fragment for lines opening with one of ``words``: ``[A-Za-z0-9](?:hare|HARE|…)``.

    Each word or phrase is matched as a prefix, in lower case, capitalised, title case or upper
    case (``Leave a reply``, ``Leave A Reply``, ``LEAVE A REPLY``, ``E-Mail``); end it with
    ``\\b`` to match a whole word only (spelled :data:`WORD_END` in the pattern). The first
    letter is matched by one class shared by every word, the rest of each word by an
    alternation: a line that opens
    with anything else is refused in one step, which keeps the trigger linear with a small
    constant even over a million blank lines or spaces, where an alternation of whole words is
    tried once per line. The fragment may let through a line opening with a different first
    letter (``Xhare``); the rule's own check reads the whole line case-insensitively.
    """
    tails: list[str] = []
    for word in words:
        boundary = WORD_END if word.endswith(r"\b") else ""
        word = word[:-2] if boundary else word
        if len(word) < 2:
            raise ValueError(f"first_words: {word!r} would let every line through")
        rest = word[1:]
        title = re.sub(r"([ -])(\w)", lambda match: match.group(1) + match.group(2).upper(), rest)
        for tail in (rest, title, rest.upper()):
            tails.append(re.escape(tail) + boundary)
    return "[A-Za-z0-9](?:" + "|".join(dict.fromkeys(tails)) + ")"
