"""Text helpers shared by the boilerplate rules and their vocabularies: white space made one, a
line's bare form for comparing it with a phrase. Not a plugin: the leading underscore keeps the
module out of rule discovery."""

from __future__ import annotations

#: Bullets, pipes and dashes that menus and share bars put around their items.
_EDGE_MARKS = " \t\u00a0•·|*>»›-–—:"

#: Lines up to this long have their flat and bare forms kept (a dozen rules ask for the same
#: line's, most of them many times: nine calls in ten were for a text asked before). Longer
#: lines are worked out each time, so that a megabyte-long line is never held.
_KEPT_CHARS = 2000
#: The most texts kept at once; all are dropped when it is reached (the lines of a few documents).
_KEPT_TEXTS = 4096
_FLAT: dict[str, str] = {}
_BARE: dict[str, str] = {}


def flat(text: str) -> str:
    """The text with runs of white space (tabs, no-break spaces) made one space, and stripped.
    (``str.split`` splits at exactly the white space a regular expression matches; it is faster.)"""
    found = _FLAT.get(text)
    if found is None:
        found = " ".join(text.split())
        if len(text) <= _KEPT_CHARS:
            if len(_FLAT) >= _KEPT_TEXTS:
                _FLAT.clear()
            _FLAT[text] = found
    return found


def bare(text: str) -> str:
    """Lower-cased flat text without bullets, pipes or a trailing colon around it."""
    found = _BARE.get(text)
    if found is None:
        found = flat(text).strip(_EDGE_MARKS).lower()
        if len(text) <= _KEPT_CHARS:
            if len(_BARE) >= _KEPT_TEXTS:
                _BARE.clear()
            _BARE[text] = found
    return found
