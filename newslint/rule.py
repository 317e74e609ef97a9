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
from typing import Any, ClassVar, Generic, Iterable, Mapping, NamedTuple, Optional, Sequence, \
    TypedDict, TypeVar, Union

from newslint.article import Article, Line
from newslint.locate import Anchor, locate
from newslint.violation import Edit, Fix, Hit, Severity

CODE_PATTERN = re.compile(r"^[A-Z]{1,4}\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

#: Where in an article a declarative rule looks, and where a one-line example is placed when
#: ``newslint test-rules`` runs it (see :mod:`newslint.ruletester`).
SCOPES = ("line", "headline", "byline", "lead", "sign-off", "text")

#: One example: a text, or several texts linted as one run (one document each, for corpus rules).
Example = Union[str, Sequence[str]]

#: A rule's examples (:attr:`Rule.examples`): ``flag`` texts the rule must flag, ``pass`` texts it
#: must leave alone, and optionally ``scope``, where a one-line example is placed (default
#: ``line``: a body paragraph). The same keys as a declarative rule's ``examples`` table.
Examples = TypedDict("Examples", {"flag": Sequence[Example], "pass": Sequence[Example],
                                  "scope": str}, total=False)


class Option(NamedTuple):
    """A rule option, set under ``[tool.newslint.rules.<rule-name>]``."""

    default: Any
    #: The accepted type: ``bool``, ``int``, ``float``, ``str``, or ``list`` (of strings).
    type: type
    help: str


class RuleError(Exception):
    """A rule class is malformed, or its options are wrong."""


#: How a rule's findings can be fixed (:attr:`Fixable.how`).
FIX_KINDS = ("remove-line", "edit")


class Fixable(NamedTuple):
    """Declares on a rule class that its findings can be fixed, and whether safely::

        fix = Fixable("remove-line", safe=True)

    ``how`` is ``"remove-line"`` (the engine deletes the line holding each finding, with
    :func:`remove_line`: the rule's check code stays as it is) or ``"edit"`` (the rule's hits carry
    their own :class:`~newslint.violation.Fix`). ``safe`` fixes are applied by ``--fix``, the
    others only with ``--unsafe-fixes`` too. A fix is declared safe only when the rule's measured
    precision is at least 0.99 on every development source (``benchmarks/fix_quality.py --check``
    says whether each declaration holds); a hit may still offer an unsafe fix of a safe rule, never
    the other way round.
    """

    how: str
    safe: bool = False

    def describe(self) -> str:
        """``"removes the flagged line (safe)"`` and the like, for the rule's documentation."""
        what = "removes the flagged line" if self.how == "remove-line" else "repairs the flagged text"
        return f"{what} ({'safe' if self.safe else 'unsafe: only with --unsafe-fixes'})"


class Rule:
    """Base of every rule. Subclass :class:`LineRule`, :class:`ArticleRule`, :class:`ContextRule` or
    :class:`CorpusRule`."""

    #: Unique code: family prefix and three digits, ``NL201``.
    code: ClassVar[str]
    #: Unique kebab-case name, usable wherever a code is: ``see-also-link``.
    name: ClassVar[str]
    #: Names the rule had before (ruff's redirects): configurations written with one keep working.
    former_names: ClassVar[tuple[str, ...]] = ()
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
    #: How ``--fix`` fixes the rule's findings, and whether safely; ``None``: no fix.
    fix: ClassVar[Optional[Fixable]] = None
    kind: ClassVar[str] = "rule"
    #: Set by the plugin manager: the plugin that provided the rule.
    plugin: ClassVar[str] = ""
    #: Texts that show what the rule flags and what it leaves alone, run by ``newslint test-rules``
    #: (never by a lint run): ``{"flag": [...], "pass": [...]}``. A one-line example is placed in a
    #: small article (a body paragraph, or the slot named by ``"scope"``); an example with a line
    #: break is the whole text; a list of texts is a run of several documents (corpus rules).
    #: A flag example passes when the rule flags the example's own line (or anything, for a whole
    #: text); a pass example when it flags nothing there. See docs/plugins.md, "Examples".
    examples: ClassVar[Examples] = {}

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
        for name in (cls.name, *cls.former_names):
            if not NAME_PATTERN.match(name):
                raise RuleError(f"rule {cls.code}: name {name!r} is not kebab-case")
        if "\n" in cls.summary:
            raise RuleError(f"rule {cls.code}: summary must be one line")
        Severity(cls.severity)
        check_examples(cls.code, cls.examples)
        if cls.fix is not None and (not isinstance(cls.fix, Fixable) or cls.fix.how not in FIX_KINDS
                                    or not isinstance(cls.fix.safe, bool)):
            raise RuleError(f"rule {cls.code}: fix must be Fixable(HOW, safe=BOOL) with HOW one of "
                            f"{', '.join(FIX_KINDS)}, not {cls.fix!r}")

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


class ContextRule(Rule):
    """A rule that reads a whole article together with what the run's other rules found: the
    paragraphs that a line-removing rule (``fix = Fixable("remove-line", …)``) flagged as junk.
    Override :meth:`check_context`. It runs after the line and article rules, on the verdicts of
    the rules the run selected (with ``--select`` naming it alone it sees none)."""

    kind = "context"

    def check_context(self, article: Article, junk: frozenset[int]) -> Iterable[Hit]:
        """``junk``: the ordinals (:meth:`Article.paragraph`) of the paragraphs flagged as junk."""
        raise NotImplementedError


def examined_alone(rules: "Sequence[type[Rule]]", *also: str) -> dict[str, list[str]]:
    """The selection (a settings' ``select`` or ``extend_select``) that shows ``rules`` (and the
    codes ``also``) at work on their own, as tests and ``newslint test-rules`` run them: those
    rules alone, or, with a context rule among them, the default rules beside them (a context
    rule reads their verdicts)."""
    codes = [*(rule.code for rule in rules), *also]
    if any(issubclass(rule, ContextRule) for rule in rules):
        return {"extend_select": codes}
    return {"select": codes}


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

    def seed(self, state: State) -> Optional[State]:
        """Where a new part of the corpus (a ``--jobs`` worker's batch) may start, while ``state``
        is what the run has merged so far; ``None`` (the default): from :meth:`empty`.

        A seed may refuse in advance what merging into ``state`` would drop anyway, so the worker
        does not read it. The contract: merging the part started from the seed into ``state``
        gives what merging the part started from nothing gives. Never stored in the cache (a
        stored part starts from nothing)."""
        return None

    def anchor(self, article: Article, start: int, end: int) -> Anchor:
        """A resolved, picklable place for ``article.text[start:end]``, to flag later."""
        return locate(article.document, start, end, self.code)


def remove_line(line: Line, *, safe: bool = False) -> Fix:
    """A fix that deletes ``line`` (a junk line) with its newline, and blank lines beside it so
    that the paragraphs around it stay separated as before: never by more blank lines than stood
    on either side of the junk, never by none where there were some.

    - ``A / blank / JUNK / blank / B`` becomes ``A / blank / B``: the blank line after the junk goes
      with it (the one before it still separates A from B); with runs of blank lines on both sides,
      the longer run stays;
    - ``A / JUNK / B`` becomes ``A / B``; ``A / JUNK / blank / B`` becomes ``A / blank / B``;
    - a junk line at the top takes the blank lines after it: ``JUNK / blank / B`` becomes ``B``;
    - a junk line at the end takes the blank lines before it: ``A / blank / JUNK`` becomes ``A``
      (with the text's final newline, if it had one: A's own line break);
    - every line kept keeps its own line break (the stored text's ``\r\n`` or ``\n`` with it).

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
        # Nothing but blank lines after it: remove it with the blank lines before it, back to the
        # last non-blank line, whose own line break then ends the text as the junk's did; what
        # followed the junk (more blank lines) stays. Without a line break after the junk, the
        # text ended on it without one: the break before it goes instead, so the text still does.
        previous = index - 1
        while previous >= 0 and not lines[previous].strip():
            previous -= 1
        if previous < 0:
            return Fix((Edit(0, end, ""),), safe)
        if index < last:
            return Fix((Edit(starts[previous + 1], end, ""),), safe)
        return Fix((Edit(starts[previous] + len(lines[previous]), line.end, ""),), safe)
    after = 0  # blank lines right after it (some non-blank line follows them)
    while not lines[index + 1 + after].strip():
        after += 1
    before = 0  # and right before it
    while index - 1 - before >= 0 and not lines[index - 1 - before].strip():
        before += 1
    # Between paragraphs, the longer of the two blank runs stays (as many blank lines go with it
    # as the shorter run has); at the top, the blank lines after it go: the text starts as before.
    take = after if index - before == 0 else min(before, after)
    return Fix((Edit(line.start, starts[index + 1 + take], ""),), safe)


def check_examples(code: str, examples: Any) -> None:
    """Raise :class:`RuleError` unless ``examples`` has the shape of :data:`Examples`."""
    if not isinstance(examples, Mapping):
        raise RuleError(f"rule {code}: examples must be a dict with 'flag' and 'pass' lists")
    for key, value in examples.items():
        if key == "scope":
            if value not in SCOPES:
                raise RuleError(f"rule {code}: examples scope {value!r} is not one of "
                                f"{', '.join(SCOPES)}")
            continue
        if key not in ("flag", "pass"):
            raise RuleError(f"rule {code}: examples has an unknown key {key!r} (known: flag, pass, "
                            f"scope)")
        if isinstance(value, str) or not isinstance(value, Sequence) or not all(
                _is_example(item) for item in value):
            raise RuleError(f"rule {code}: examples[{key!r}] must be a list of texts (a text, or "
                            f"a list of texts for a run of several documents)")


def _is_example(item: Any) -> bool:
    if isinstance(item, str):
        return True
    return isinstance(item, Sequence) and bool(item) and all(isinstance(text, str) for text in item)


_TYPE_NAMES = {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
               list: "a list of strings", dict: "a table of strings"}


def names_of(rule: type) -> tuple[str, ...]:
    """Every name a rule answers to: its name, then its former names."""
    return (rule.name, *getattr(rule, "former_names", ()))


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
