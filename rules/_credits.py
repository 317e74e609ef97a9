"""Reporters' names in bylines and sign-offs, and when two spellings are one person (not a plugin).

Shared by the byline rules of :mod:`newslint.rules.bylines` (one article, and the whole corpus).

- :func:`byline_credit` splits a byline into the names it gives and whatever follows them
  ("By Tess Bonn - 11/19/19 06:56 AM EST" → ``Tess Bonn`` and ``- 11/19/19 06:56 AM EST``).
- :func:`signoff_names` finds the people a wire sign-off credits ("(Reporting by X and Y in
  Washington; Editing by Z)", "(X reports).", "Fox News' X contributed to this report.").
- :func:`near_miss` says whether two names are one person spelled two ways: the same number of
  words, one word different by one or two letters (never a first letter changed on a short name,
  never one word the start of the other, as in Matt/Matthew), the others equal.

Spelling differences are measured with rapidfuzz's Levenshtein distance.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple, Optional

from rapidfuzz.distance import Levenshtein

#: One word of a name: "Spetalnick", "O'Brien", "Chavez-Dreyfuss", "L.", "KIRKA".
_NAME_WORD = r"[A-Z\u00C0-\u00DE](?:[^\W\d_]|['’\-](?=[^\W\d_]))*\.?"
#: Lower-case particles inside names: "Ludwig van Beethoven", "Koh Gui Qing".
_PARTICLE = r"(?:de|da|das|dos|del|della|der|den|di|du|la|le|van|von|bin|ibn|al|el|ter|ten)"
#: A person's name: two to five words, particles allowed between them.
NAME = re.compile(rf"{_NAME_WORD}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}{_NAME_WORD}){{1,4}}")

#: Words that make a capitalised run an organisation, a title or a label, not a person.
_NOT_PERSON = frozenset(
    "press news staff agency reporter reporters writer writers editor editors media times post "
    "daily contributor contributors service team desk network group inc university space science "
    "association council office department ministry online magazine journal tribune herald "
    "gazette reuters bloomberg associated correspondent correspondents photographer published "
    "updated posted print share shares comments email follow the and by of for in on at".split()
)
#: Words that follow a name on a byline line without being part of it.
_TRAILING_NOISE = _NOT_PERSON | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec mon tue wed thu fri sat sun est edt pst pdt gmt utc bst cet".split()
)

#: Role markers inside a sign-off: "Reporting by", "additional reporting by", "Editing by".
_ROLE = re.compile(
    r"(?:\b(?:additional|with|and|further)\s+)*\b(?:reporting|writing|editing|compiled|produced|"
    r"research|graphics|fact-checking)(?:\s+and\s+(?:writing|editing|reporting))?\s+by\s+",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z].*$", re.DOTALL)
#: One item of a list of names: the text between commas, "and", "&" and "with".
_LIST_ITEM = re.compile(r"(?:(?!,|;|&|\band\b|\bwith\b).)+", re.IGNORECASE)
_REPORTS = re.compile(r"^\s*\(\s*(?P<who>[^()]{2,80}?)\s+reports?\s*\.?\s*\)\s*\.?\s*$", re.IGNORECASE)
_CONTRIBUTED = re.compile(r"^\s*(?P<who>.{2,120}?)\s+contributed\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^.*?['’]s?\s+(?=[A-Z])")


class Credit(NamedTuple):
    """A name found in a line: the name as written and its offsets within the line."""

    name: str
    start: int
    end: int


class BylineParts(NamedTuple):
    """A byline split into the names it gives and what follows them."""

    names: list[Credit]
    #: Offset in the line where the names start, and where the rest starts.
    names_start: int
    rest_start: int
    rest: str


_BY_PREFIX = re.compile(
    r"^\s*(?:(?:written|words|story|text|reporting|posted|report|article)\s+)?by\s*[:\-]?\s+",
    re.IGNORECASE,
)
_NAME_JOIN = re.compile(r"\s*(?:,|\band\b|&)\s*")


def is_person(name: str) -> bool:
    """Whether a capitalised run reads as a person's name (not "Associated Press", "Fox News")."""
    words = [word.strip(".").casefold() for word in name.split()]
    return len(words) >= 2 and not any(word in _NOT_PERSON for word in words)


def byline_credit(text: str) -> Optional[BylineParts]:
    """Split a byline line into names and the rest; ``None`` when no name follows "By"."""
    prefix = _BY_PREFIX.match(text)
    position = prefix.end() if prefix else len(text) - len(text.lstrip())
    names_start = position
    names: list[Credit] = []
    while True:
        match = NAME.match(text, position)
        if match is None:
            break
        name = _trim_name(match.group())
        if not is_person(name):
            break
        names.append(Credit(name, match.start(), match.start() + len(name)))
        position = match.start() + len(name)
        joiner = _NAME_JOIN.match(text, position)
        if joiner is None or NAME.match(text, joiner.end()) is None:
            break
        position = joiner.end()
    if not names:
        return None
    return BylineParts(names, names_start, position, text[position:])


def _trim_name(name: str) -> str:
    """Drop words glued after a name that are not part of it ("Jeff Foust Monday", "… PUBLISHED")
    and a full stop that ends a sentence rather than an initial ("Martin Howell.")."""
    words = name.replace("\u00a0", " ").split(" ")
    while len(words) > 2 and words[-1].strip(".:").casefold() in _TRAILING_NOISE:
        words.pop()
    if len(words[-1]) > 2 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def signoff_names(text: str) -> list[Credit]:
    """The people a sign-off line credits, with their offsets in the line."""
    found: list[Credit] = []
    reports = _REPORTS.match(text)
    if reports:
        return _names_in(text, reports.start("who"), reports.end("who"), found)
    contributed = _CONTRIBUTED.match(text)
    if contributed and not _ROLE.search(text):
        start, end = contributed.start("who"), contributed.end("who")
        possessive = _POSSESSIVE.match(text, start, end)
        if possessive:
            start = possessive.end()
        return _names_in(text, start, end, found)
    markers = list(_ROLE.finditer(text))
    for number, marker in enumerate(markers):
        end = markers[number + 1].start() if number + 1 < len(markers) else len(text)
        _names_in(text, marker.end(), end, found)
    return found


def _names_in(text: str, start: int, end: int, found: list[Credit]) -> list[Credit]:
    """Add every person named in ``text[start:end]`` (a list "A, B and C in Place") to ``found``."""
    for item in _LIST_ITEM.finditer(text, start, end):
        segment = item.group()
        place = _IN_PLACE.search(segment)
        if place:
            segment = segment[: place.start()]
        for match in NAME.finditer(segment):
            name = _trim_name(match.group())
            if is_person(name):
                offset = item.start() + match.start()
                found.append(Credit(name, offset, offset + len(name)))
    return found


def normal(name: str) -> str:
    """The comparable form of a name: case, accents, dots and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.replace(".", " ").replace("’", "'").casefold().split())


def display(name: str) -> str:
    """A name as it reads best in a message ("DANICA KIRKA" → "Danica Kirka")."""
    return name.title() if name.isupper() else name


def _word_near(left: str, right: str) -> bool:
    """Two words of a name that are one spelled two ways (Spitalnik / Spitalnick)."""
    if left == right or left.startswith(right) or right.startswith(left):
        return False
    shorter = min(len(left), len(right))
    if shorter <= 4:
        return False
    limit = 1 if shorter <= 6 else 2
    if limit == 1 and left[0] != right[0]:
        return False
    return Levenshtein.distance(left, right, score_cutoff=limit) <= limit


def near_miss(left: str, right: str) -> bool:
    """Whether two names are the same person spelled two ways (never for equal names)."""
    a, b = normal(left).split(), normal(right).split()
    if a == b or len(a) != len(b) or len(a) < 2:
        return False
    different = [(x, y) for x, y in zip(a, b) if x != y]
    return len(different) == 1 and _word_near(*different[0])


def differing_word(wrong: str, right: str) -> str:
    """The word of ``right`` that ``wrong`` spells differently ("Spetalnick")."""
    for x, y in zip(wrong.split(), right.split()):
        if normal(x) != normal(y):
            return y
    return right
