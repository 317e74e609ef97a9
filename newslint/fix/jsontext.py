"""Where things are in JSON text: the members of an object, the values of an array, so that a
record can be rewritten by replacing one string token and leaving every other byte alone.

Only positions are computed here; values are decoded by the standard :mod:`json` module (its
``scanstring`` and ``raw_decode``), so what counts as a member is what :func:`json.loads` sees
(with a repeated key, the last one wins, as there).
"""

from __future__ import annotations

import json
import re
from json.decoder import scanstring
from typing import NamedTuple

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class Member(NamedTuple):
    """One member of an object: its key, where the key's token starts and ends, where the value's
    token starts and ends (offsets in the text)."""

    key: str
    key_start: int
    key_end: int
    value_start: int
    value_end: int


class ObjectText(NamedTuple):
    """An object's members in order, and the offset of its closing brace."""

    members: list[Member]
    close: int

    def last(self, key: str) -> "Member | None":
        """The member ``json.loads`` keeps for ``key`` (the last of that name)."""
        found = None
        for member in self.members:
            if member.key == key:
                found = member
        return found


def skip_space(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    return match.end() if match else index


def value_end(text: str, index: int) -> int:
    """The offset just past the JSON value starting at ``index`` (``ValueError`` if none)."""
    try:
        return _DECODER.raw_decode(text, index)[1]
    except json.JSONDecodeError as error:
        raise ValueError(error.msg) from None


def parse_object(text: str, index: int = 0) -> ObjectText:
    """The members of the JSON object starting at ``index`` (after white space)."""
    index = skip_space(text, index)
    if text[index:index + 1] != "{":
        raise ValueError("not a JSON object")
    index = skip_space(text, index + 1)
    members: list[Member] = []
    if text[index:index + 1] == "}":
        return ObjectText(members, index)
    while True:
        if text[index:index + 1] != '"':
            raise ValueError("expected a key")
        key_start = index
        try:
            key, key_end = scanstring(text, index + 1)
        except json.JSONDecodeError as error:
            raise ValueError(error.msg) from None
        index = skip_space(text, key_end)
        if text[index:index + 1] != ":":
            raise ValueError("expected ':'")
        start = skip_space(text, index + 1)
        end = value_end(text, start)
        members.append(Member(key, key_start, key_end, start, end))
        index = skip_space(text, end)
        mark = text[index:index + 1]
        if mark == "}":
            return ObjectText(members, index)
        if mark != ",":
            raise ValueError("expected ',' or '}'")
        index = skip_space(text, index + 1)


def top_level_values(text: str, index: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each record of a ``.json`` file's text: the elements of a top-level array,
    else the one value (or the values one after another) at the top."""
    index = skip_space(text, index)
    spans: list[tuple[int, int]] = []
    if text[index:index + 1] != "[":
        while index < len(text):
            end = value_end(text, index)
            spans.append((index, end))
            index = skip_space(text, end)
        return spans
    index = skip_space(text, index + 1)
    if text[index:index + 1] == "]":
        return spans
    while True:
        end = value_end(text, index)
        spans.append((index, end))
        index = skip_space(text, end)
        mark = text[index:index + 1]
        if mark == "]":
            break
        if mark != ",":
            raise ValueError("expected ',' or ']'")
        index = skip_space(text, index + 1)
    if skip_space(text, index + 1) != len(text):
        raise ValueError("text after the array")
    return spans
