"""Reporters' names: reading them from credit lines, and telling one reporter spelled two ways.

Part of the model layer (imports only :mod:`newslint.outlets`): the credit model
(:mod:`newslint.credits`) reads names with it, and the byline rules, one story (NL103) and the
corpus (NL108), compare them with it, so all three share one notion of a name.

- :func:`byline_credit` splits a byline into the names it gives and whatever follows them
  ("By Tess Bonn - 11/19/19 06:56 AM EST" → ``Tess Bonn`` and ``- 11/19/19 06:56 AM EST``).
- :func:`signoff_names` finds the people a sign-off credits ("(Reporting by X and Y in
  Washington; Editing by Z)", "(X reports).", "Fox News' X contributed to this report.").
- :func:`normal` is the comparable form of a name: case, accents, dots, hyphens and spacing
  ignored (a compound surname is one word: "Chavez-Dreyfuss" = "ChavezDreyfuss") ("José Pérez" = "JOSE PEREZ"; "Müller" = "Muller", and = "Mueller" where compared).
- :func:`spelling_variant` says whether two names are one reporter spelled two ways: the same
  given name (or its initial) and a surname one edit apart (a letter changed, added, dropped, or two
  neighbours swapped, anywhere in a surname of three letters or more), or two edits apart in a long
  surname (seven letters or more) that is not the start of the other ("Williams"/"Williamson" are two
  names). A given name of five letters or more one edit apart with the same surname counts too
  ("Micheal"/"Michael"); "Jon"/"John" and "Matt"/"Matthew" do not.

Edit distances are rapidfuzz's optimal string alignment distance (Levenshtein with transpositions).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple, Optional

from rapidfuzz.distance import OSA

from newslint.language import CAPITALS
from newslint.lazy import lazy_pattern
from newslint.outlets import OutletTable, outlet_table

#: One word of a name: "Spetalnick", "O'Brien", "Chavez-Dreyfuss", "L.", "KIRKA".
_NAME_WORD = rf"[{CAPITALS}](?:[^\W\d_]|['’\-](?=[^\W\d_]))*\.?"
#: Lower-case particles inside names: "Ludwig van Beethoven", "Koh Gui Qing".
_PARTICLE = r"(?:de|da|das|dos|del|della|der|den|di|du|la|le|van|von|bin|ibn|al|el|ter|ten)"
#: A person's name: two to five words, particles allowed between them.
NAME = lazy_pattern(rf"{_NAME_WORD}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}{_NAME_WORD}){{1,4}}")

#: Words that make a capitalised run an organisation, a title or a label, not a person.
_NOT_PERSON = frozenset(
    "press news staff agency reporter reporters writer writers editor editors media times post "
    "daily contributor contributors service team desk network group inc university space science "
    "association council office department ministry online magazine journal tribune herald "
    "gazette reuters bloomberg associated correspondent correspondents photographer published "
    "updated posted print share shares comments email follow the and by of for in on at "
    "redaktion agentur agencies agencia agence wire wires newsroom bureau".split()
)
#: Words that follow a name on a byline line without being part of it.
_TRAILING_NOISE = _NOT_PERSON | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec mon tue wed thu fri sat sun est edt pst pdt gmt utc bst cet".split()
)
#: Capitalised joining words a run of capitals may hold that end a name ("Glen Owen And Brendan
#: Carlin For The Mail On Sunday").
_NAME_BREAK = frozenset("and for with in at of the by from on und y et e".split())
#: Suffixes after a surname that are not the surname ("Perry Bacon Jr.").
_SUFFIXES = frozenset("jr sr ii iii iv".split())

#: Role markers inside a sign-off: "Reporting by", "additional reporting by", "Editing by".
_ROLE = lazy_pattern(
    r"(?:\b(?:additional|with|and|further)\s+)*\b(?:reporting|writing|editing|compiled|produced|"
    r"research|graphics|fact-checking)(?:\s+and\s+(?:writing|editing|reporting))?\s+by\s+",
    re.IGNORECASE,
)
_IN_PLACE = lazy_pattern(r"\s+(?:in|from|at)\s+[A-Z].*$", re.DOTALL)
#: One item of a list of names: the text between commas, "and", "&" and "with".
_LIST_ITEM = lazy_pattern(r"(?:(?!,|;|&|\band\b|\bwith\b).)+", re.IGNORECASE)
_REPORTS = lazy_pattern(r"^\s*\(\s*(?P<who>[^()]{2,80}?)\s+report(?:s|ed|ing)?\s*\.?\s*\)\s*\.?\s*$",
                        re.IGNORECASE)
_CONTRIBUTED = lazy_pattern(r"^\s*(?P<who>.{2,160}?)\s+contributed\b", re.IGNORECASE)
_POSSESSIVE = lazy_pattern(r"^.*?['’]s?\s+(?=[A-Z])")


class Credit(NamedTuple):
    """A name found in a line: the name as written, its offsets within the line, and its group
    (names listed together, as in "Reporting by A and B", share a group and are never compared)."""

    name: str
    start: int
    end: int
    group: int = 0


class BylineParts(NamedTuple):
    """A byline split into the names it gives and what follows them."""

    names: list[Credit]
    #: Offset in the line where the names start, and where the rest starts.
    names_start: int
    rest_start: int
    rest: str


#: What opens a byline before the name: "By", "Written by", and the same word in the languages
#: newslint reads ("Von", "Par", "Por", "Di", "Door", "Av"), or a label ("Author:", "Autor:").
BY_PREFIX = lazy_pattern(
    r"^\s*(?:(?:(?:written|words|story|text|reporting|posted|report|article)\s+)?by\s*[:\-]?"
    r"|(?-i:Von|VON|Par|PAR|Por|POR|Di|Door|Av|Af|Od)"
    r"|(?:author|autor|autorin|auteur|autore|reporter|text|texto|words)\s*:)\s+",
    re.IGNORECASE,
)
_NAME_JOIN = lazy_pattern(r"\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b|/)\s*", re.IGNORECASE)


def is_person(name: str, table: Optional[OutletTable] = None) -> bool:
    """Whether a capitalised run reads as a person's name (not "Associated Press", "Fox News",
    "Der Spiegel": no organisation word, and not an outlet's name)."""
    words = [word.strip(".").casefold() for word in name.split()]
    if len(words) < 2 or any(word in _NOT_PERSON for word in words):
        return False
    return (table or outlet_table()).canonical(name) is None


def byline_credit(text: str, table: Optional[OutletTable] = None) -> Optional[BylineParts]:
    """Split a byline line into names and the rest; ``None`` when no name follows "By"."""
    prefix = BY_PREFIX.match(text)
    position = prefix.end() if prefix else len(text) - len(text.lstrip())
    names_start = position
    names: list[Credit] = []
    while True:
        match = NAME.match(text, position)
        if match is None:
            break
        name = _trim_name(match.group())
        if not is_person(name, table):
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
    """Drop words glued after a name that are not part of it ("Jeff Foust Monday", "… PUBLISHED",
    "Glen Owen And Brendan …") and a full stop that ends a sentence rather than an initial
    ("Martin Howell.")."""
    words = name.replace("\u00a0", " ").split(" ")
    for index in range(2, len(words)):
        if words[index].casefold() in _NAME_BREAK:
            words = words[:index]
            break
    while len(words) > 2 and words[-1].strip(".:").casefold() in _TRAILING_NOISE:
        words.pop()
    if len(words[-1]) > 2 and words[-1].endswith(".") and words[-1][:-1].casefold() not in _SUFFIXES:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def signoff_names(text: str, table: Optional[OutletTable] = None) -> list[Credit]:
    """The people a sign-off line credits, with their offsets in the line and their group."""
    found: list[Credit] = []
    reports = _REPORTS.match(text)
    if reports:
        return _names_in(text, reports.start("who"), reports.end("who"), found, 0, table)
    contributed = _CONTRIBUTED.match(text)
    if contributed and not _ROLE.search(text):
        start, end = contributed.start("who"), contributed.end("who")
        possessive = _POSSESSIVE.match(text, start, end)
        if possessive:
            start = possessive.end()
        return _names_in(text, start, end, found, 0, table)
    markers = list(_ROLE.finditer(text))
    for number, marker in enumerate(markers):
        end = markers[number + 1].start() if number + 1 < len(markers) else len(text)
        _names_in(text, marker.end(), end, found, number, table)
    return found


def _names_in(text: str, start: int, end: int, found: list[Credit], group: int,
              table: Optional[OutletTable]) -> list[Credit]:
    """Add every person named in ``text[start:end]`` (a list "A, B and C in Place") to ``found``."""
    for item in _LIST_ITEM.finditer(text, start, end):
        segment = item.group()
        place = _IN_PLACE.search(segment)
        if place:
            segment = segment[: place.start()]
        for match in NAME.finditer(segment):
            name = _trim_name(match.group())
            if is_person(name, table):
                offset = item.start() + match.start()
                found.append(Credit(name, offset, offset + len(name), group))
    return found


# -- comparing names -----------------------------------------------------------------------------

#: Letters that Unicode decomposition leaves alone, and marks that are not part of the spelling.
_PLAIN = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
                        "þ": "th", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i",
                        "’": "'", "‘": "'", "ʼ": "'", "`": "'", ".": " ", "-": "", "‐": "",
                        "‑": "", "–": "", "\u00a0": " "})
#: German umlauts as a name is written without them ("Müller" → "Mueller").
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _words(name: str, umlauts: bool = False) -> list[str]:
    if umlauts:
        name = name.translate(_UMLAUTS)
    decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = plain.casefold().split()
    while len(words) > 2 and words[-1] in _SUFFIXES:
        words.pop()
    return words


def normal(name: str) -> str:
    """The comparable form of a name: case, accents, dots, hyphens and spacing ignored."""
    return " ".join(_words(name))


def display(name: str) -> str:
    """A name as it reads best in a message ("DANICA KIRKA" → "Danica Kirka")."""
    return name.title() if name.isupper() else name


class _Name:
    """A name's words folded two ways: accents dropped, and umlauts written out."""

    def __init__(self, name: str):
        self.plain = _words(name)
        german = _words(name, umlauts=True)
        self.german = german if len(german) == len(self.plain) else self.plain

    def same(self, other: "_Name", i: int, j: int) -> bool:
        return self.plain[i] == other.plain[j] or self.german[i] == other.german[j]

    def distance(self, other: "_Name", i: int, j: int, cutoff: int) -> int:
        return min(OSA.distance(self.plain[i], other.plain[j], score_cutoff=cutoff + 1),
                   OSA.distance(self.german[i], other.german[j], score_cutoff=cutoff + 1))


def _initial_of(left: str, right: str) -> bool:
    """One word is the other's initial ("m" and "matt")."""
    return (len(left) == 1 and right.startswith(left)) or (len(right) == 1 and left.startswith(right))


def _one_word_off(a: _Name, b: _Name, i: int, j: int, minimum: int, shortest: int = 2) -> bool:
    """Word ``i`` of ``a`` and word ``j`` of ``b`` are one word spelled two ways: the longer has
    ``minimum`` letters or more, the shorter ``shortest`` (a three-letter surname with a letter
    dropped is still that surname misspelled)."""
    x, y = a.plain[i], b.plain[j]
    shorter = min(len(x), len(y))
    if max(len(x), len(y)) < minimum or shorter < shortest:
        return False
    if a.distance(b, i, j, 1) <= 1:
        return True
    return shorter >= 7 and not (x.startswith(y) or y.startswith(x)) and a.distance(b, i, j, 2) <= 2


def spelling_variant(left: str, right: str, min_surname: int = 3, shortest: int = 2) -> Optional[int]:
    """When ``left`` and ``right`` are one reporter spelled two ways, the index in ``right``'s
    words of the word spelled differently; ``None`` when they are the same spelling or two people.

    The given names must agree (or one be the other's initial), middle names too where both have
    them; then either the surnames are one edit apart (two in a long surname), the longer
    spelling of ``min_surname`` letters or more and the shorter of ``shortest``, or the surnames
    agree and the given names (five letters or more) are one edit apart."""
    a, b = _Name(left), _Name(right)
    if len(a.plain) < 2 or len(b.plain) < 2 or abs(len(a.plain) - len(b.plain)) > 1:
        return None
    last_a, last_b = len(a.plain) - 1, len(b.plain) - 1
    if len(a.plain) == len(b.plain):
        for k in range(1, last_a):
            if not (a.same(b, k, k) or _initial_of(a.plain[k], b.plain[k])):
                return None
    given_same = a.same(b, 0, 0)
    surname_same = a.same(b, last_a, last_b)
    if surname_same:
        if given_same or _initial_of(a.plain[0], b.plain[0]):
            return None
        return 0 if _one_word_off(a, b, 0, 0, 5, 5) else None
    if not (given_same or _initial_of(a.plain[0], b.plain[0])):
        return None
    return last_b if _one_word_off(a, b, last_a, last_b, min_surname, shortest) else None


def differing_word(wrong: str, right: str) -> str:
    """The word of ``right`` that ``wrong`` spells differently ("Spetalnick")."""
    index = spelling_variant(wrong, right)
    words = right.split()
    if index is None or len(words) != len(_words(right)):
        return right
    return words[index]
