"""Text helpers shared by the boilerplate rules and their vocabularies: white space made one, a
line's bare form for comparing it with a phrase. Not a plugin: the leading underscore keeps the
module out of rule discovery."""

from __future__ import annotations

from typing import Any, TypeVar

from newslint.language import CAPITALS
from newslint.lazy import lazy_pattern

_V = TypeVar("_V")

#: A dateline's place, in capitals, at the start of a line: ``BONN``, ``NEW DELHI``, ``ST. JOSEPH``
#: (the rule adds what may follow it: a state, the date, a colon or a dash).
PLACE_IN_CAPITALS = rf"^[{CAPITALS}][{CAPITALS}.'’\-]+(?:[ -][{CAPITALS}][{CAPITALS}.'’\-]+){{0,3}}"

#: A run of letters (no digit, no underscore): a word as the date and capitals tests read it.
LETTERS = lazy_pattern(r"[^\W\d_]+")

#: What stands between the items of a menu or a footer's links on one line: a bar or a bullet.
ITEM_MARKS = "|•·∙"
#: A gap between items set on one line: blanks around a mark of :data:`ITEM_MARKS`, or two
#: blanks (the first half of a split pattern; a caller may add its own marks to the class).
ITEM_GAP = r"[ \t\u00a0]{2,}"

#: Bullets, pipes and dashes that menus and share bars put around their items.
_EDGE_MARKS = " \t\u00a0•·|*>»›-–—:："


class Kept(dict[str, Any]):
    """Answers kept per text for the texts met lately: a dozen rules ask about the same line, most
    of them many times (nine calls in ten were for a text asked before), and another document of
    the same site holds the same lines. Texts up to ``longest`` characters are kept, so that a
    megabyte-long line is never held; at ``most`` texts all are dropped (the lines of a few
    documents). Read it as a dict (``kept.get(text)``, at C speed); store with :meth:`keep`."""

    __slots__ = ("longest", "most")

    def __init__(self, longest: int = 2000, most: int = 4096):
        super().__init__()
        self.longest = longest
        self.most = most

    def keep(self, text: str, value: _V) -> _V:
        """``value``, kept for ``text`` if the text is short enough."""
        if len(text) <= self.longest:
            if len(self) >= self.most:
                self.clear()
            self[text] = value
        return value


_FLAT = Kept()
_BARE = Kept()


def flat(text: str) -> str:
    """The text with runs of white space (tabs, no-break spaces) made one space, and stripped.
    (``str.split`` splits at exactly the white space a regular expression matches; it is faster.)"""
    found = _FLAT.get(text)
    if found is None:
        found = _FLAT.keep(text, " ".join(text.split()))
    return found


def shortened(text: str, limit: int) -> str:
    """``text`` with its white space made single spaces, cut to ``limit`` characters with an
    ellipsis: a line as a message quotes it."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bare(text: str) -> str:
    """Lower-cased flat text without bullets, pipes or a trailing colon around it."""
    found = _BARE.get(text)
    if found is None:
        found = _BARE.keep(text, flat(text).strip(_EDGE_MARKS).lower())
    return found
