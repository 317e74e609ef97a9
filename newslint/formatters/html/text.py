"""Text into HTML: escaped, with control characters made visible (one character for one)."""

from __future__ import annotations

import html
import re

_C0 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_C1 = re.compile(r"[\x80-\x9f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _picture(match: re.Match) -> str:
    code = ord(match.group())
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def visible(text: str) -> str:
    """C0 controls as their Unicode pictures (NUL → ␀), C1 controls as U+FFFD: HTML cannot show
    them, and one character for one keeps columns where the findings say."""
    if _CONTROL.search(text) is None:
        return text
    return _C1.sub("\ufffd", _C0.sub(_picture, text))


def esc(text: object) -> str:
    """``text`` safe inside HTML elements and quoted attributes."""
    return html.escape(visible(str(text)), quote=True)


def number(value: int) -> str:
    """A count as a table cell: sortable by its value, shown with thousands separators."""
    return f'<td class="num" data-sort="{value}">{value:,}</td>'
