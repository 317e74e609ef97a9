"""Text helpers shared by the boilerplate rules and their vocabularies: white space made one, a
line's bare form for comparing it with a phrase. Not a plugin: the leading underscore keeps the
module out of rule discovery."""

from __future__ import annotations

#: Bullets, pipes and dashes that menus and share bars put around their items.
_EDGE_MARKS = " \t\u00a0•·|*>»›-–—:"


def flat(text: str) -> str:
    """The text with runs of white space (tabs, no-break spaces) made one space, and stripped.
    (``str.split`` splits at exactly the white space a regular expression matches; it is faster.)"""
    return " ".join(text.split())


def bare(text: str) -> str:
    """Lower-cased flat text without bullets, pipes or a trailing colon around it."""
    return flat(text).strip(_EDGE_MARKS).lower()
