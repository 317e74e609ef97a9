"""The text as it is stored, kept in step with the text the rules see.

Readers hand the rules a normalised text (:func:`newslint.document.normalise_newlines`: ``\\r\\n``
and a lone ``\\r`` become ``\\n``, a leading BOM character is dropped). A fix is computed on that
text; :class:`Stored` applies the same edits to the text as it was read, so every line keeps its
own line ending (mixed endings included) and the BOM stays. For a string inside a JSON record it
also keeps how each character was written (``\\u00e9`` or ``é``, ``\\/`` or ``/``): only the
characters a fix puts in are encoded anew, in the style the string already uses.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from typing import Optional

from newslint.document import normalise_newlines
from newslint.violation import Edit

_ENDING = re.compile(r"\r\n|\r|\n")


def dominant_ending(raw: str) -> str:
    """The most common line ending of ``raw`` (``\\n`` when it has none, or on a tie)."""
    counts = Counter(_ENDING.findall(raw))
    if not counts:
        return "\n"
    best = max(counts.values())
    return "\n" if counts["\n"] == best else max(counts, key=lambda ending: (counts[ending], ending))


class Stored:
    """``raw``: the text as read (before normalisation). ``pieces``: for a JSON string, how each
    character of ``raw`` is written in the JSON text (one piece per character), else ``None``.
    ``ascii``: whether characters put in are written as ``\\uXXXX`` escapes (JSON only)."""

    def __init__(self, raw: str, pieces: Optional[list[str]] = None, ascii: bool = False):
        if pieces is not None and len(pieces) != len(raw):
            raise ValueError("one piece per character expected")
        self.raw = raw
        self.pieces = pieces
        self.ascii = ascii
        self.prefix = 1 if raw.startswith("\ufeff") else 0
        self.newline = dominant_ending(raw)

    @property
    def text(self) -> str:
        """The normalised text, as the rules see it."""
        return normalise_newlines(self.raw)

    def to_raw(self, offsets: list[int]) -> list[int]:
        """Offsets of the normalised text as offsets of :attr:`raw` (sorted input, any order out)."""
        raw = self.raw
        doubles: list[int] = []  # normalised offsets of the newlines written as "\r\n"
        removed = self.prefix
        position = raw.find("\r\n")
        while position != -1:
            doubles.append(position - removed)
            removed += 1
            position = raw.find("\r\n", position + 2)
        return [self.prefix + offset + bisect.bisect_left(doubles, offset) for offset in offsets]

    def apply(self, edits: list[Edit]) -> None:
        """Apply sorted, disjoint edits of the normalised text to the stored text.

        Where a removal would bring a line ending in a lone ``\r`` right before a blank line
        ending in ``\n`` (the two would read as one ``\r\n``), the blank line's ending is
        written ``\r\n``: the text keeps its line breaks, and every other line its ending."""
        if not edits:
            return
        bounds = self.to_raw([value for edit in edits for value in (edit.start, edit.end)])
        pieces = self.pieces
        segments: list[tuple[str, Optional[list[str]]]] = []
        position = 0
        for index, edit in enumerate(edits):
            start, end = bounds[2 * index], bounds[2 * index + 1]
            replacement = edit.replacement.replace("\n", self.newline) if self.newline != "\n" \
                else edit.replacement
            segments.append((self.raw[position:start], pieces[position:start] if pieces is not None else None))
            segments.append((replacement, [encode_char(char, self.ascii) for char in replacement]
                             if pieces is not None else None))
            position = end
        segments.append((self.raw[position:], pieces[position:] if pieces is not None else None))
        raw_parts: list[str] = []
        piece_parts: list[str] = []
        last = ""
        for text, text_pieces in segments:
            if not text:
                continue
            if last == "\r" and text[0] == "\n":
                raw_parts.append("\r")
                piece_parts.append(encode_char("\r", self.ascii))
            raw_parts.append(text)
            if text_pieces is not None:
                piece_parts += text_pieces
            last = text[-1]
        self.raw = "".join(raw_parts)
        if pieces is not None:
            self.pieces = piece_parts

    def json(self) -> str:
        """The stored string as a JSON string token, quotes included (JSON only)."""
        assert self.pieces is not None
        return '"' + "".join(self.pieces) + '"'


def encode_char(char: str, ascii: bool) -> str:
    """One character as a JSON string writes it (``json.dumps`` style)."""
    return json.dumps(char, ensure_ascii=ascii)[1:-1]


def json_pieces(token: str) -> tuple[str, list[str]]:
    """The decoded value of a JSON string token (``"…"``) and how each of its characters is
    written there: a character, an escape (``\\n``, ``\\"``, ``\\u00e9``) or a surrogate pair of
    escapes (one character). Raises ``ValueError`` when the token is not a JSON string."""
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        raise ValueError("not a JSON string")
    pieces: list[str] = []
    chars: list[str] = []
    index, last = 1, len(token) - 1
    while index < last:
        char = token[index]
        if char != "\\":
            pieces.append(char)
            chars.append(char)
            index += 1
            continue
        kind = token[index + 1:index + 2]
        if kind == "u":
            code = int(token[index + 2:index + 6], 16)
            width = 6
            if 0xD800 <= code < 0xDC00 and token[index + 6:index + 8] == "\\u":
                low = int(token[index + 8:index + 12], 16)
                if 0xDC00 <= low < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    width = 12
            pieces.append(token[index:index + width])
            chars.append(chr(code))
            index += width
            continue
        simple = _SIMPLE_ESCAPES.get(kind)
        if simple is None:
            raise ValueError(f"bad escape in a JSON string: \\{kind}")
        pieces.append(token[index:index + 2])
        chars.append(simple)
        index += 2
    return "".join(chars), pieces


_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                   "t": "\t"}


def writes_ascii(token: str) -> bool:
    """Whether a JSON string token writes characters beyond ASCII as ``\\u`` escapes (it holds
    such an escape and no such character written as itself)."""
    if not token.isascii():
        return False
    return re.search(r"\\u(?:00[89a-fA-F][0-9a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]{2}|[1-9a-fA-F][0-9a-fA-F]{3})",
                     token) is not None
