"""The parser and compiler behind :mod:`re`, by their names on every supported Python.

They are private to the standard library, so everything built on them (trigger needles, case
folding) falls back to the plain pattern when they do not behave as expected.
"""

from __future__ import annotations

import re

try:
    from re import _compiler as sre_compile  # Python 3.11+
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

__all__ = ["sre_compile", "sre_parse", "ZERO_WIDTH", "REPEATS", "ATOMIC_GROUP", "NARROW_CASES",
           "subpattern_case"]

#: Zero-width items: they match no characters.
ZERO_WIDTH = {sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT}
#: Repetitions (``*``, ``+``, ``?``, ``{m,n}`` in their greedy, lazy and possessive forms).
REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", None)}
#: Atomic groups (Python 3.11+), or ``None``.
ATOMIC_GROUP = getattr(sre_parse, "ATOMIC_GROUP", None)
#: Flags under which ``re.IGNORECASE`` equates ASCII letters only (``(?ai)i`` is no ``ı``): a
#: pattern under them is neither searched over case-folded text nor rewritten exactly.
NARROW_CASES = re.ASCII | re.LOCALE


def subpattern_case(argument: tuple, ignorecase: bool) -> bool:
    """Whether a group ``(?flags:…)`` with this parsed argument is case-insensitive inside."""
    _group, add_flags, del_flags, _items = argument
    if add_flags & re.IGNORECASE:
        return True
    if del_flags & re.IGNORECASE:
        return False
    return ignorecase
