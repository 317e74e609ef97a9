"""The rule API: what a rule is, for built-in and third-party rules alike.

A rule is a class with metadata and one check method. There are three kinds, by what they see:

- :class:`LineRule` sees one line at a time, with its features and its role in the article. It names
  a ``trigger`` regular expression; the engine scans the text with it at C speed (see
  :mod:`newslint.scan`) and offers a line to the rule only when the trigger matches in it.
  Most boilerplate rules are line rules: that is where newslint's speed comes from.
- :class:`ArticleRule` sees the whole parsed article: bylines, attribution, duplicates, truncation.
- :class:`CorpusRule` sees every article of a run in two phases: ``collect`` gathers mergeable state
  per article, ``merge`` combines states (in any order: a Dask reduce works), ``judge`` flags.

Every rule class documents itself: its docstring has the sections *What it flags*, *Why it
matters* and *Example*; ``newslint rule CODE`` prints it.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Generic, Iterable, Mapping, NamedTuple, Optional, TypeVar

from newslint.article import Article, Line
from newslint.locate import Anchor, locate
from newslint.violation import Edit, Fix, Hit, Severity

CODE_PATTERN = re.compile(r"^[A-Z]{1,4}\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class Option(NamedTuple):
    """A rule option, set under ``[tool.newslint.rules.<rule-name>]``."""

    default: Any
    #: The accepted type: ``bool``, ``int``, ``float``, ``str``, or ``list`` (of strings).
    type: type
    help: str


class RuleError(Exception):
    """A rule class is malformed, or its options are wrong."""


class Rule:
    """Base of every rule. Subclass :class:`LineRule`, :class:`ArticleRule` or :class:`CorpusRule`."""

    #: Unique code: family prefix and three digits, ``NL201``.
    code: ClassVar[str]
    #: Unique kebab-case name, usable wherever a code is: ``see-also-link``.
    name: ClassVar[str]
    #: One line: what the rule flags.
    summary: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    #: Languages whose text the rule understands (ISO 639-1), or ``("*",)`` for any.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: Options this rule accepts, by kebab-case name.
    options: ClassVar[Mapping[str, Option]] = {}
    #: Measured quality on the development set, shown in the docs (``"precision 0.97, recall 0.41"``).
    measured: ClassVar[str] = ""
    #: Whether the rule is on when no ``select`` names it.
    default_enabled: ClassVar[bool] = True
    kind: ClassVar[str] = "rule"
    #: Set by the plugin manager: the plugin that provided the rule.
    plugin: ClassVar[str] = ""

    def __init__(self, options: Optional[Mapping[str, Any]] = None):
        values = {key: option.default for key, option in self.options.items()}
        for key, value in (options or {}).items():
            if key not in self.options:
                raise RuleError(f"unknown option {key!r} for rule {self.name}")
            values[key] = check_option_type(self.name, key, value, self.options[key].type)
        #: The rule's option values, defaults filled in.
        self.settings: dict[str, Any] = values

    @classmethod
    def validate_class(cls) -> None:
        """Raise :class:`RuleError` when the class metadata is incomplete or malformed."""
        for attribute in ("code", "name", "summary"):
            if not isinstance(getattr(cls, attribute, None), str):
                raise RuleError(f"rule class {cls.__qualname__} has no {attribute}")
        if not CODE_PATTERN.match(cls.code):
            raise RuleError(f"rule {cls.__qualname__}: code {cls.code!r} is not like NL201")
        if not NAME_PATTERN.match(cls.name):
            raise RuleError(f"rule {cls.code}: name {cls.name!r} is not kebab-case")
        if "\n" in cls.summary:
            raise RuleError(f"rule {cls.code}: summary must be one line")
        Severity(cls.severity)

    @classmethod
    def documentation(cls) -> str:
        """The rule's docstring, dedented."""
        import inspect

        return inspect.cleandoc(cls.__doc__ or cls.summary)


class LineRule(Rule):
    """A rule that looks at single lines. Override :meth:`check_line` and set ``trigger``."""

    kind = "line"
    #: A regular expression (``re`` syntax, compiled with ``re.MULTILINE``). A line is offered to
    #: :meth:`check_line` only when this matches somewhere in it. Keep it cheap and specific: it
    #: runs over all the text. Use inline flags ``(?i:…)`` for case-insensitive parts; give each
    #: top-level branch a literal every match contains (docs/plugins.md, "LineRule").
    trigger: ClassVar[str]

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        raise NotImplementedError


class ArticleRule(Rule):
    """A rule that looks at a whole article. Override :meth:`check`."""

    kind = "article"

    def check(self, article: Article) -> Iterable[Hit]:
        raise NotImplementedError


State = TypeVar("State")


class CorpusHit(NamedTuple):
    """A finding of a corpus rule: where (kept from ``collect``) and what."""

    anchor: Anchor
    message: str


class CorpusRule(Rule, Generic[State]):
    """A rule over the whole corpus: ``collect`` per article, ``merge``, then ``judge`` once.

    State must be picklable and ``merge`` associative, so runs on many processes or a cluster give
    the same findings as one process. Keep places to flag as :class:`Anchor` values (from
    :meth:`anchor`) inside the state: ``judge`` never sees the articles again.
    """

    kind = "corpus"

    def empty(self) -> State:
        raise NotImplementedError

    def collect(self, article: Article) -> State:
        raise NotImplementedError

    def merge(self, left: State, right: State) -> State:
        raise NotImplementedError

    def judge(self, state: State) -> Iterable[CorpusHit]:
        raise NotImplementedError

    def anchor(self, article: Article, start: int, end: int) -> Anchor:
        """A resolved, picklable place for ``article.text[start:end]``, to flag later."""
        return locate(article.document, start, end, self.code)


def remove_line(line: Line, *, safe: bool = False) -> Fix:
    """A fix that deletes ``line`` (a junk line) with its newline, and one blank line beside it so
    that the paragraphs around it stay separated by exactly as many blank lines as before.

    - ``A / blank / JUNK / blank / B`` becomes ``A / blank / B``: the blank line after the junk goes
      with it (the one before it still separates A from B);
    - ``A / JUNK / B`` becomes ``A / B``;
    - a junk line at the end takes the line breaks before it: ``A / blank / JUNK`` becomes ``A``
      (with the text's final newline, if it had one).

    Every rule that removes a whole line builds its fix with this. Removals of lines in a row
    do not overlap, except for several junk lines at the very end (each takes the breaks before
    it): the fixer applies what does not overlap and lints again.
    """
    article = line.article
    lines = article.lines
    index = line.index
    starts = article.line_starts
    last = len(lines) - 1
    end = starts[index + 1] if index < last else len(article.text)
    if all(not lines[i].strip() for i in range(index + 1, len(lines))):
        # Nothing but blank lines after it: remove it with the line break(s) before it, back to
        # the end of the last non-blank line; what followed it (the final newline) stays.
        previous = index - 1
        while previous >= 0 and not lines[previous].strip():
            previous -= 1
        if previous < 0:
            return Fix((Edit(0, end, ""),), safe)
        return Fix((Edit(starts[previous] + len(lines[previous]), line.end, ""),), safe)
    if (index == 0 or not lines[index - 1].strip()) and not lines[index + 1].strip():
        end = starts[index + 2]  # the blank line after it goes too
    return Fix((Edit(line.start, end, ""),), safe)


_TYPE_NAMES = {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
               list: "a list of strings", dict: "a table of strings"}


def check_option_type(rule: str, key: str, value: Any, expected: type) -> Any:
    """Return ``value`` when it is of ``expected`` type, else raise :class:`RuleError`."""
    ok: bool
    if expected is bool:
        ok = isinstance(value, bool)
    elif expected is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif expected is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif expected is list:
        ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
    elif expected is dict:
        ok = isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, (str, list)) for k, v in value.items())
    else:
        ok = isinstance(value, expected)
    if not ok:
        raise RuleError(
            f"option {key!r} of rule {rule} must be {_TYPE_NAMES.get(expected, expected.__name__)}, "
            f"not {type(value).__name__}"
        )
    return value
