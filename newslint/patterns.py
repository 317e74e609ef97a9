"""Compile regular expressions that users write in configuration, so that none can stall a run.

A pattern from a config file runs over every line of every document, written by someone who
cannot know which patterns make a backtracking engine take exponential time (``(a+)+$``,
``(\\w+\\s?)+$``). :func:`compile_user_pattern` is the one way rules compile such patterns:

1. The pattern is parsed with Python's own parser: Python's ``re`` syntax is the documented
   syntax whichever engine runs it, and a syntax error is a :class:`ConfigError` naming the option
   and the position.
2. It is translated to RE2 syntax from the parse tree (not by rewriting text), keeping Python's
   meaning of ``\\w``, ``\\d`` and ``\\s`` (Unicode letters and digits, every Unicode space): RE2's
   own are ASCII-only, which would miss names like "Zoë".
3. With google-re2 installed (``pip install newslint[re2]``), a pattern that translates exactly
   runs on RE2, whose matching time is linear in the text. A pattern RE2 cannot run exactly
   (lookarounds, ``\\b`` next to non-ASCII letters, a final-newline ``$``) runs on ``re`` when it
   is safe; when it is not safe but RE2 can still run it approximately, it runs on RE2 (the
   differences are listed in ``docs/errors.md``).
4. Without RE2, a pattern runs on Python's ``re`` if a conservative check finds none of the
   constructs behind catastrophic backtracking, and is refused otherwise. The check refuses
   backreferences, a repetition inside a repetition (``(a+)+``, ``(\\w+\\s?)*``) and a repeated
   alternation whose branches can start alike (``(a|ab)+``). It does not prove linear time:
   polynomial cases such as ``\\s*x`` over a long run of spaces remain, and the per-document
   ``rule-timeout`` is the last guard against them.

The result, :class:`UserPattern`, offers ``search``, ``match``, ``fullmatch``, ``finditer``,
``findall`` and ``sub`` with ``re``'s signatures and match objects with ``group``, ``start``,
``end``, ``span`` and ``groupdict``. With RE2, each call encodes its text to UTF-8 and maps
offsets back: call it per line, or use ``finditer`` over a long text, rather than calling
``search(text, pos)`` in a loop over a whole document.
"""

from __future__ import annotations

import re
import sys
from typing import Any, Callable, Iterator, Optional

from newslint.config import ConfigError

if sys.version_info >= (3, 11):
    import re._constants as sre_constants
    import re._parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

try:  # the linear-time engine, from the ``re2`` extra
    import re2 as _re2
except ImportError:  # pragma: no cover - depends on the installation
    _re2 = None

#: RE2's largest counted repetition (``x{1000}``).
_RE2_MAX_REPEAT = 1000
#: Flags a caller may pass: ``re.IGNORECASE``, ``re.MULTILINE``, ``re.DOTALL``, ``re.ASCII``,
#: ``re.VERBOSE``.
ALLOWED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.ASCII | re.VERBOSE

_C = sre_constants
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT)


def re2_available() -> bool:
    """Whether google-re2 is installed, so that user patterns run in linear time."""
    return _re2 is not None


class UserPattern:
    """A compiled user pattern; ``engine`` says which engine runs it (``"re2"`` or ``"re"``)."""

    search: Callable[..., Any]
    match: Callable[..., Any]
    fullmatch: Callable[..., Any]
    finditer: Callable[..., Iterator[Any]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., Any]

    def __init__(self, pattern: str, flags: int, compiled: Any, engine: str):
        #: The pattern as the user wrote it.
        self.pattern = pattern
        self.flags = flags
        self.engine = engine
        self.compiled = compiled
        self.groups: int = compiled.groups
        self.groupindex = dict(compiled.groupindex)
        for name in ("search", "match", "fullmatch", "finditer", "findall", "sub"):
            setattr(self, name, getattr(compiled, name))

    def __repr__(self) -> str:
        return f"UserPattern({self.pattern!r}, engine={self.engine!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt where it lands (a --jobs worker, a Dask worker) from the user's text.
        return (_rebuild, (self.pattern, self.flags))


def _rebuild(pattern: str, flags: int) -> UserPattern:
    return compile_user_pattern(pattern, "pattern", flags)


def compile_user_pattern(pattern: Any, where: str, flags: int = 0) -> UserPattern:
    """Compile ``pattern`` (Python ``re`` syntax) from the configuration option ``where``.

    ``where`` names the option in messages, e.g. ``"pyproject.toml: tool.newslint.rules.promo-line.patterns[2]"``.
    ``flags`` may combine :data:`ALLOWED_FLAGS`. Raises :class:`ConfigError` (one line, exit 2)
    for a pattern that is not a string, does not parse, or could take super-linear time without
    RE2.
    """
    if not isinstance(pattern, str):
        raise ConfigError(f"{where}: a pattern must be a string, not {type(pattern).__name__}")
    if flags & ~ALLOWED_FLAGS:
        raise ValueError(f"compile_user_pattern: unsupported flags {flags & ~ALLOWED_FLAGS:#x}")
    try:
        tree = sre_parse.parse(pattern, flags)
    except re.error as error:
        at = f" at position {error.pos}" if error.pos is not None else ""
        raise ConfigError(f"{where}: invalid regular expression {pattern!r}: {error.msg}{at}") from None
    except (OverflowError, RecursionError) as error:
        raise ConfigError(f"{where}: regular expression {pattern!r} is too complex ({error})") from None

    try:
        hazard = find_hazard(tree)
    except RecursionError:
        raise ConfigError(f"{where}: regular expression {pattern!r} is nested too deeply") from None
    translation = to_re2(tree) if _re2 is not None else None
    if translation is not None:
        source, exact = translation
        if exact or hazard is not None:
            compiled = _compile_re2(source)
            if compiled is not None:
                return UserPattern(pattern, flags, compiled, "re2")
    if hazard is None:
        return UserPattern(pattern, flags, re.compile(pattern, flags), "re")
    advice = ("rewrite it without that construct" if _re2 is not None
              else "rewrite it, or install the linear-time engine with 'pip install newslint[re2]'")
    raise ConfigError(f"{where}: regular expression {pattern!r} is refused: {hazard} can take "
                      f"exponential time on some text; {advice}")


def _compile_re2(source: str) -> Any:
    assert _re2 is not None
    options = _re2.Options()
    options.log_errors = False  # RE2 would print to standard error
    options.max_mem = 64 << 20
    try:
        return _re2.compile(source, options)
    except Exception:  # re2.error, or a pattern too large for max_mem: fall back to the check
        return None


# -- the safety check ------------------------------------------------------------------------------

def find_hazard(tree: Any) -> Optional[str]:
    """A description of the first construct in the parsed pattern that can make a backtracking
    engine take exponential time, or ``None``."""
    return _hazard(tree.data if hasattr(tree, "data") else tree, repeated=False)


def _variable(minimum: int, maximum: int) -> bool:
    return minimum != maximum


def _hazard(items: Any, repeated: bool) -> Optional[str]:
    for op, av in items:
        if op in (_C.GROUPREF, _C.GROUPREF_EXISTS):
            return "a backreference"
        if op in _REPEATS or op == getattr(_C, "POSSESSIVE_REPEAT", None):
            minimum, maximum, body = av
            if op in _REPEATS and repeated and _variable(minimum, maximum):
                return "a repetition inside a repetition (as in '(a+)+')"
            outer = maximum > 1 and op in _REPEATS
            found = _hazard(body, repeated or outer)
        elif op == _C.BRANCH:
            if repeated and _branches_overlap(av[1]):
                return "a repeated alternation whose branches can match alike (as in '(a|ab)+')"
            found = None
            for branch in av[1]:
                found = found or _hazard(branch, repeated)
        elif op == _C.SUBPATTERN:
            found = _hazard(av[-1], repeated)
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            found = _hazard(av[1], repeated)
        elif op == getattr(_C, "ATOMIC_GROUP", None):
            found = _hazard(av, False)  # no backtracking into an atomic group
        else:
            found = None
        if found:
            return found
    return None


def _first_literal(items: Any) -> Optional[int]:
    """The character a branch must start with, when it is one fixed character."""
    for op, av in items:
        if op == _C.LITERAL:
            return av
        if op == _C.SUBPATTERN:
            return _first_literal(av[-1])
        return None
    return None


def _branches_overlap(branches: list[Any]) -> bool:
    firsts = [_first_literal(branch) for branch in branches]
    if any(first is None for first in firsts):
        return True
    return len(set(firsts)) < len(firsts)


# -- translation to RE2 ---------------------------------------------------------------------------

class _Untranslatable(Exception):
    """The pattern uses something RE2 cannot run at all (a backreference, a lookaround)."""


#: Every character for which ``str.isspace()`` holds: Python's ``\s`` (checked by the tests).
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b)))
           + "\u2028\u2029\u202f\u205f\u3000")


def _char(code: int) -> str:
    char = chr(code)
    if char.isascii() and char.isalnum():
        return char
    return f"\\x{{{code:x}}}"


def _space_items() -> str:
    items, start = [], None
    codes = [ord(c) for c in _SPACES]
    for index, code in enumerate(codes):
        if start is None:
            start = code
        if index + 1 == len(codes) or codes[index + 1] != code + 1:
            items.append(_char(start) if start == code else f"{_char(start)}-{_char(code)}")
            start = None
    return "".join(items)


_UNICODE_CLASS = {
    _C.CATEGORY_DIGIT: (r"\p{Nd}", True),
    _C.CATEGORY_WORD: (r"\p{L}\p{N}_", True),
    _C.CATEGORY_SPACE: (_space_items(), True),
    _C.CATEGORY_NOT_DIGIT: (r"\p{Nd}", False),
    _C.CATEGORY_NOT_WORD: (r"\p{L}\p{N}_", False),
    _C.CATEGORY_NOT_SPACE: (_space_items(), False),
}
_ASCII_CLASS = {
    _C.CATEGORY_DIGIT: ("0-9", True),
    _C.CATEGORY_WORD: ("0-9A-Za-z_", True),
    _C.CATEGORY_SPACE: (r"\t\n\x0b\x0c\r ", True),
    _C.CATEGORY_NOT_DIGIT: ("0-9", False),
    _C.CATEGORY_NOT_WORD: ("0-9A-Za-z_", False),
    _C.CATEGORY_NOT_SPACE: (r"\t\n\x0b\x0c\r ", False),
}
_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))


def _flag_text(flags: int) -> str:
    return "".join(letter for flag, letter in _FLAG_LETTERS if flags & flag)


class _Translator:
    def __init__(self, tree: Any):
        self.names = {number: name for name, number in tree.state.groupdict.items()}
        #: False once something is translated with a (documented) difference in meaning.
        self.exact = True

    def sequence(self, items: Any, ascii: bool) -> str:
        return "".join(self.node(op, av, ascii) for op, av in items)

    def node(self, op: Any, av: Any, ascii: bool) -> str:
        if op == _C.LITERAL:
            return _char(av)
        if op == _C.NOT_LITERAL:
            return f"[^{_char(av)}]"
        if op == _C.ANY:
            return "."
        if op == _C.IN:
            return self.char_class(av, ascii)
        if op == _C.BRANCH:
            return "(?:" + "|".join(self.sequence(branch, ascii) for branch in av[1]) + ")"
        if op == _C.SUBPATTERN:
            group, add, remove, body = av
            if add & re.ASCII:
                ascii = True
            if remove & re.ASCII:
                ascii = False
            inner = self.sequence(body, ascii)
            if group is not None:
                name = self.names.get(group)
                return f"(?P<{name}>{inner})" if name else f"({inner})"
            on, off = _flag_text(add), _flag_text(remove)
            flags = on + (f"-{off}" if off else "")
            return f"(?{flags}:{inner})"
        if op in _REPEATS:
            minimum, maximum, body = av
            if minimum > _RE2_MAX_REPEAT or (maximum != _C.MAXREPEAT and maximum > _RE2_MAX_REPEAT):
                raise _Untranslatable("repetition count above 1000")
            if maximum == _C.MAXREPEAT:
                quantifier = {0: "*", 1: "+"}.get(minimum, f"{{{minimum},}}")
            elif minimum == maximum:
                quantifier = f"{{{minimum}}}"
            elif (minimum, maximum) == (0, 1):
                quantifier = "?"
            else:
                quantifier = f"{{{minimum},{maximum}}}"
            lazy = "?" if op == _C.MIN_REPEAT else ""
            return f"(?:{self.sequence(body, ascii)}){quantifier}{lazy}"
        if op == _C.AT:
            return self.anchor(av)
        raise _Untranslatable(str(op))  # backreferences, lookarounds, atomic groups, possessives

    def anchor(self, code: Any) -> str:
        if code in (_C.AT_BEGINNING, _C.AT_BEGINNING_LINE):
            return "^"
        if code == _C.AT_BEGINNING_STRING:
            return r"\A"
        if code == _C.AT_END_STRING:
            return r"\z"
        if code in (_C.AT_END, _C.AT_END_LINE):
            self.exact = False  # RE2's $ does not match before a final newline
            return "$"
        if code in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY):
            self.exact = False  # RE2's \b knows only ASCII letters
            return r"\b" if code == _C.AT_BOUNDARY else r"\B"
        raise _Untranslatable(str(code))

    def char_class(self, items: Any, ascii: bool) -> str:
        table = _ASCII_CLASS if ascii else _UNICODE_CLASS
        negate = False
        positive: list[str] = []
        negative: list[str] = []
        for op, av in items:
            if op == _C.NEGATE:
                negate = True
            elif op == _C.LITERAL:
                positive.append(_char(av))
            elif op == _C.RANGE:
                positive.append(f"{_char(av[0])}-{_char(av[1])}")
            elif op == _C.CATEGORY:
                if av not in table:
                    raise _Untranslatable(str(av))
                text, is_positive = table[av]
                (positive if is_positive else negative).append(text)
            else:
                raise _Untranslatable(str(op))
        if negative:
            # [\W] alone is [^\p{L}\p{N}_]; a complement mixed with other items has no RE2 form.
            if len(negative) == 1 and not positive and not negate:
                return f"[^{negative[0]}]"
            raise _Untranslatable("a negated class inside a set")
        return f"[{'^' if negate else ''}{''.join(positive)}]"


def to_re2(tree: Any) -> Optional[tuple[str, bool]]:
    """The RE2 form of a parsed pattern and whether it means exactly the same, or ``None`` when
    RE2 cannot run it."""
    translator = _Translator(tree)
    flags = tree.state.flags
    try:
        body = translator.sequence(tree.data, bool(flags & re.ASCII))
    except (_Untranslatable, RecursionError):
        return None
    prefix = _flag_text(flags)
    return (f"(?{prefix}){body}" if prefix else body), translator.exact
