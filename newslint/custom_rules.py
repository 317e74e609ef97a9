"""Declarative rules: a house rule written as a few lines of TOML instead of a Python package.

A team writes, in ``[tool.newslint.custom-rules.<name>]`` (``pyproject.toml``), ``[custom-rules.<name>]``
(``newslint.toml``, a ``newslint-rules.toml`` beside the configuration, or a file named in
``custom-rule-files``)::

    [tool.newslint.custom-rules.trust-principles]
    code = "HX101"
    summary = "A wire service's standards footer left in the text"
    pattern = '^Our Standards: The Thomson Reuters Trust Principles\\.?$'
    message = "wire footer left in the text: {match}"
    scope = "line"
    fix = "delete-line"
    examples.flag = ["Our Standards: The Thomson Reuters Trust Principles."]
    examples.pass = ["The agency said its standards were under review."]

Each table is checked when the configuration is read (:func:`read_rule_tables`: every key, the
pattern through the safe-pattern path of :mod:`newslint.patterns`), and becomes an ordinary rule
class (:func:`build_rule`) that the plugin :class:`CustomRules` provides through the
``newslint_rules`` hook, like any built-in rule: selection, per-file ignores, inline ignores, the
baseline, every output format and ``newslint rule CODE`` treat it alike. A ``line`` rule is a
:class:`~newslint.rule.LineRule` whose trigger is its own pattern, so it runs in the same trigger
scan as the built-in line rules; the other scopes are article rules that look at one part of the
article. The examples are run by ``newslint test-rules`` (:mod:`newslint.ruletester`), never by a
lint run.

Fixes: ``delete-line`` removes the line with :func:`newslint.rule.remove_line`, ``delete-match``
and ``replace`` edit the matched span. They are unsafe (applied only with ``--unsafe-fixes``)
unless the table says ``fix-safe = true``: a pattern someone wrote for their own copy has no
measured precision behind it.
"""

from __future__ import annotations

import hashlib
import re
import string
from pathlib import Path
from typing import Any, ClassVar, Iterable, Iterator, Mapping, NamedTuple, Optional

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.config import ConfigError, SEVERITIES
from newslint.patterns import UserPattern, compile_user_pattern, find_hazard
from newslint.rule import CODE_PATTERN, NAME_PATTERN, SCOPES, ArticleRule, Fixable, LineRule, \
    Rule, remove_line
from newslint.violation import Edit, Fix, Hit

#: The configuration key (and the only key of a rules file).
TABLE_KEY = "custom-rules"
#: A standalone rules file, read from beside the configuration file.
RULES_FILE = "newslint-rules.toml"
FIXES = ("delete-line", "delete-match", "replace")
KEYS = ("code", "summary", "pattern", "message", "scope", "severity", "fix", "replacement",
        "fix-safe", "description", "examples")
#: Matched text longer than this is shortened in a message.
MATCH_IN_MESSAGE = 80


class CustomRuleSpec(NamedTuple):
    """One declarative rule, as checked from its table: plain data (it travels in the settings to
    ``--jobs`` processes and Dask workers, which build the same rule class from it)."""

    name: str
    code: str
    summary: str
    pattern: str
    scope: str = "line"
    severity: str = "warning"
    message: Optional[str] = None
    fix: Optional[str] = None
    replacement: Optional[str] = None
    fix_safe: bool = False
    description: str = ""
    flag: tuple[str, ...] = ()
    passes: tuple[str, ...] = ()
    #: Where the table is: ``"pyproject.toml: tool.newslint.custom-rules.trust-principles"``.
    where: str = ""
    #: The file it came from.
    path: str = ""


# -- reading the tables ---------------------------------------------------------------------------

def read_rule_tables(value: Any, path: Path, table: str) -> list[CustomRuleSpec]:
    """The rules of a ``custom-rules`` table (``table`` is its dotted name in ``path``)."""
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{path}: {table} must hold one table per rule ([{table}.<rule-name>])")
    return [_read_rule(name, fields, path, f"{table}.{name}") for name, fields in value.items()]


def read_rules_file(path: Path) -> list[CustomRuleSpec]:
    """The rules of a standalone rules file (``newslint-rules.toml``, or one in ``custom-rule-files``):
    ``[custom-rules.<name>]`` tables, exactly as in ``newslint.toml``."""
    from newslint.config import load_toml

    data = load_toml(path)
    for key in data:
        if key != TABLE_KEY:
            raise ConfigError(f"{path}: {key}: unknown key (a rules file holds only "
                              f"[{TABLE_KEY}.<rule-name>] tables)")
    return read_rule_tables(data.get(TABLE_KEY, {}), path, TABLE_KEY)


def _read_rule(name: str, fields: Mapping[str, Any], path: Path, table: str) -> CustomRuleSpec:
    where = f"{path}: {table}"
    if not NAME_PATTERN.match(name):
        raise ConfigError(f"{where}: the rule name {name!r} must be kebab-case, like "
                          f"'trust-principles'")
    for key in fields:
        if key not in KEYS:
            raise ConfigError(f"{where}.{key}: unknown key (known: {', '.join(KEYS)})")
    for key in ("code", "summary", "pattern"):
        if key not in fields:
            raise ConfigError(f"{where}: {key} is missing")

    def text(key: str, default: Optional[str] = None) -> Optional[str]:
        value = fields.get(key, default)
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{where}.{key} must be a string, not {type(value).__name__}")
        return value

    code = text("code") or ""
    if not CODE_PATTERN.match(code):
        raise ConfigError(f"{where}.code: {code!r} is not a rule code (1 to 4 capital letters and "
                          f"3 digits, like 'HX101')")
    if code.startswith("NL"):
        raise ConfigError(f"{where}.code: {code!r}: codes starting with NL are newslint's own; "
                          f"pick a prefix of your own, like 'HX101'")
    summary = (text("summary") or "").strip()
    if not summary or "\n" in summary:
        raise ConfigError(f"{where}.summary must be one line of text")
    scope = text("scope", "line")
    if scope not in SCOPES:
        raise ConfigError(f"{where}.scope: unknown scope {scope!r} (known: {', '.join(SCOPES)})")
    severity = text("severity", "warning")
    if severity not in SEVERITIES:
        raise ConfigError(f"{where}.severity: {severity!r} is not one of {', '.join(SEVERITIES)}")
    pattern = text("pattern") or ""
    compiled = compile_pattern(pattern, scope, f"{where}.pattern")  # type: ignore[arg-type]
    fields_known = ("match", *compiled.groupindex)
    message = text("message")
    if message is not None:
        _check_template(message, fields_known, f"{where}.message")
    fix = text("fix")
    if fix is not None and fix not in FIXES:
        raise ConfigError(f"{where}.fix: unknown fix {fix!r} (known: {', '.join(FIXES)})")
    if fix == "delete-line" and scope == "text":
        raise ConfigError(f"{where}.fix: delete-line needs a scope of lines (line, headline, "
                          f"byline, lead or sign-off), not text")
    replacement = text("replacement")
    if (fix == "replace") != (replacement is not None):
        raise ConfigError(f"{where}.replacement: give a replacement exactly when fix = 'replace'")
    if replacement is not None:
        _check_template(replacement, fields_known, f"{where}.replacement")
    fix_safe = fields.get("fix-safe", False)
    if not isinstance(fix_safe, bool):
        raise ConfigError(f"{where}.fix-safe must be true or false")
    if fix_safe and fix is None:
        raise ConfigError(f"{where}.fix-safe: the rule has no fix")
    flag, passes = _read_examples(fields.get("examples", {}), f"{where}.examples")
    return CustomRuleSpec(name=name, code=code, summary=summary, pattern=pattern,
                          scope=scope, severity=severity, message=message,  # type: ignore[arg-type]
                          fix=fix, replacement=replacement, fix_safe=fix_safe,
                          description=(text("description") or "").strip(), flag=flag,
                          passes=passes, where=where, path=str(path))


def _read_examples(value: Any, where: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table with 'flag' and 'pass' lists")
    found: dict[str, tuple[str, ...]] = {"flag": (), "pass": ()}
    for key, texts in value.items():
        if key not in found:
            raise ConfigError(f"{where}.{key}: unknown key (known: flag, pass)")
        if isinstance(texts, str):
            texts = [texts]
        if not isinstance(texts, list) or not all(isinstance(t, str) and t.strip() for t in texts):
            raise ConfigError(f"{where}.{key} must be a list of texts")
        found[key] = tuple(texts)
    return found["flag"], found["pass"]


def _check_template(template: str, known: Iterable[str], where: str) -> None:
    """Refuse a message or replacement whose ``{fields}`` are not ``match`` or a named group."""
    known = tuple(known)
    try:
        fields = [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]
    except ValueError as error:
        raise ConfigError(f"{where}: {error} (write a brace as '{{{{' or '}}}}')") from None
    for field in fields:
        if field not in known:
            raise ConfigError(f"{where}: unknown field {{{field}}} (known: "
                              f"{', '.join('{' + name + '}' for name in known)})")


def compile_pattern(pattern: str, scope: str, where: str) -> UserPattern:
    """The rule's pattern through the safe-pattern path: ``text`` scope with ``^``/``$`` at every
    line (``re.MULTILINE``), the other scopes on one line at a time."""
    flags = re.MULTILINE if scope == "text" else 0
    compiled = compile_user_pattern(pattern, where, flags)
    if compiled.search("") is not None:
        raise ConfigError(f"{where}: pattern {pattern!r} matches an empty text, so it would flag "
                          f"every line")
    return compiled


def check_clashes(specs: Iterable[CustomRuleSpec], rules: Mapping[str, type[Rule]]) -> None:
    """Refuse a declarative rule whose code or name another rule (or declarative rule) has."""
    codes = {code: (f"rule {code} {rule.name}", f"plugin {rule.plugin!r}")
             for code, rule in rules.items()}
    names = {rule.name: (f"rule {code} {rule.name}", f"plugin {rule.plugin!r}")
             for code, rule in rules.items()}
    for spec in specs:
        for key, value, table in (("code", spec.code, codes), ("name", spec.name, names)):
            other = table.get(value)
            if other is not None:
                what = "code" if key == "code" else "name"
                where = f"{spec.where}.code" if key == "code" else spec.where
                raise ConfigError(f"{where}: {what} {value!r} is already taken by {other[0]} "
                                  f"({other[1]})")
            table[value] = (f"rule {spec.code} {spec.name}", spec.where)


# -- the rule classes -----------------------------------------------------------------------------

def line_trigger(pattern: str) -> str:
    """A trigger that matches in every line where ``pattern`` matches the line alone.

    The pattern itself, when ``re`` may scan whole texts with it (no construct that can take
    exponential time) and it means the same in the text as in a line (no ``\\A``, ``\\Z`` or
    lookaround, which could see past the line's end); else its needles (strings one of which
    every match contains, see :mod:`newslint.scan.needles`); else any non-blank line.
    """
    from newslint.scan._sre import sre_parse
    from newslint.scan.needles import needles

    tree = sre_parse.parse(pattern)
    if find_hazard(tree) is None and not _sees_past_the_line(tree.data):
        return pattern
    found = needles(pattern, 0, parsed=tree)
    if found is not None:
        strings, folded = found
        alternation = "|".join(re.escape(needle) for needle in strings)
        return f"(?i:{alternation})" if folded else alternation
    return r"\S"


def _sees_past_the_line(items: Any) -> bool:
    from newslint.scan._sre import sre_parse

    for op, argument in items:
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            return True
        if op == sre_parse.AT and argument in (sre_parse.AT_BEGINNING_STRING,
                                                sre_parse.AT_END_STRING):
            return True
        if any(_sees_past_the_line(child) for child in _children(argument)):
            return True
    return False


def _children(argument: Any) -> Iterator[Any]:
    from newslint.scan._sre import sre_parse

    if isinstance(argument, sre_parse.SubPattern):
        yield argument.data
    elif isinstance(argument, (tuple, list)):
        for item in argument:
            yield from _children(item)


def _shorten(text: str, limit: int = MATCH_IN_MESSAGE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class _Declared:
    """What every declarative rule class shares: its spec, its pattern, and how a match becomes a hit."""

    spec: ClassVar[CustomRuleSpec]
    pattern: ClassVar[UserPattern]
    code: ClassVar[str]
    summary: ClassVar[str]

    def _hit(self, match: Any, offset: int, line: Optional[Line]) -> Hit:
        spec = self.spec
        values = {"match": _shorten(match.group(0)),
                  **{key: _shorten(value or "") for key, value in match.groupdict().items()}}
        if spec.message is None:
            message = f"{spec.summary}: '{values['match']}'"
        else:
            message = spec.message.format_map(values)
        start, end = offset + match.start(), offset + match.end()
        fix: Optional[Fix] = None
        if spec.fix == "delete-line" and line is not None:
            fix = remove_line(line, safe=spec.fix_safe)
        elif spec.fix == "delete-match":
            fix = Fix((Edit(start, end, ""),), spec.fix_safe)
        elif spec.fix == "replace":
            raw = {"match": match.group(0),
                   **{key: value or "" for key, value in match.groupdict().items()}}
            fix = Fix((Edit(start, end, (spec.replacement or "").format_map(raw)),), spec.fix_safe)
        return Hit(start, end, message, fix)

    def _line_hits(self, line: Line) -> Iterator[Hit]:
        """Every non-empty match in the line (the first only, when the fix deletes the line)."""
        for match in self.pattern.finditer(line.text):
            if match.end() > match.start():
                yield self._hit(match, line.start, line)
                if self.spec.fix == "delete-line":
                    return


class _DeclaredLineRule(_Declared, LineRule):
    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        return self._line_hits(line)


class _DeclaredPartRule(_Declared, ArticleRule):
    """A rule over one part of the article: its headline, byline, lead or sign-offs."""

    def check(self, article: Article) -> Iterable[Hit]:
        for line in article_part(article, self.spec.scope):
            yield from self._line_hits(line)


class _DeclaredTextRule(_Declared, ArticleRule):
    def check(self, article: Article) -> Iterable[Hit]:
        for match in self.pattern.finditer(article.text):
            if match.end() > match.start():
                yield self._hit(match, 0, None)


def article_part(article: Article, scope: str) -> list[Line]:
    """The lines of ``article`` a rule of ``scope`` looks at (``headline``, ``byline``, ``lead``,
    ``sign-off``; ``line`` and ``text`` are every line)."""
    if scope == "sign-off":
        return list(article.signoffs)
    if scope in ("headline", "byline", "lead"):
        line = getattr(article, scope)
        return [line] if line is not None else []
    return list(article.paragraphs())


def build_rule(spec: CustomRuleSpec) -> type[Rule]:
    """The rule class for ``spec``."""
    base: type = {"line": _DeclaredLineRule, "text": _DeclaredTextRule}.get(spec.scope,
                                                                           _DeclaredPartRule)
    class_name = "".join(part.capitalize() for part in spec.name.split("-")) or "CustomRule"
    attributes: dict[str, Any] = {
        "__doc__": documentation(spec),
        "__module__": __name__,
        "__qualname__": class_name,
        "code": spec.code,
        "name": spec.name,
        "summary": spec.summary,
        "severity": spec.severity,
        "languages": ("*",),
        "spec": spec,
        "pattern": compile_pattern(spec.pattern, spec.scope, f"{spec.where}.pattern"),
        "examples": {"flag": list(spec.flag), "pass": list(spec.passes), "scope": spec.scope},
        # --fix applies a declared fix; "delete-line" is the engine's whole-line removal.
        "fix": None if spec.fix is None else Fixable(
            "remove-line" if spec.fix == "delete-line" else "edit", safe=spec.fix_safe),
    }
    if spec.scope == "line":
        attributes["trigger"] = line_trigger(spec.pattern)
    return type(class_name, (base,), attributes)


def documentation(spec: CustomRuleSpec) -> str:
    """The rule's page for ``newslint rule CODE``: its description, pattern, scope and fix."""
    parts = [spec.description, ""] if spec.description else []
    pattern = spec.pattern if "`" in spec.pattern else f"`{spec.pattern}`"
    parts.append(f"Pattern ({describe_scope(spec.scope)}): {pattern}")
    if spec.message is not None:
        parts.append(f"Message: {spec.message}")
    if spec.fix is not None:
        what = f"replace with {spec.replacement!r}" if spec.fix == "replace" else spec.fix
        parts.append(f"The fix ({'fix-safe' if spec.fix_safe else 'unsafe'}): {what}.")
    parts.append(f"Declared in {spec.where}.")
    return "\n".join(parts)


def describe_scope(scope: str) -> str:
    return {
        "line": "scope line: searched in every line",
        "headline": "scope headline: searched in the headline",
        "byline": "scope byline: searched in the byline",
        "lead": "scope lead: searched in the lead paragraph",
        "sign-off": "scope sign-off: searched in the wire sign-offs",
        "text": "scope text: searched in the whole text, ^ and $ at every line",
    }[scope]


# -- the plugin -----------------------------------------------------------------------------------

class CustomRules:
    """The plugin that provides the declarative rules of one configuration."""

    def __init__(self, specs: Iterable[CustomRuleSpec]):
        self.specs = list(specs)
        self.rules = [build_rule(spec) for spec in self.specs]

    @hookimpl
    def newslint_rules(self) -> list[type[Rule]]:
        return list(self.rules)

    def version(self) -> str:
        """The plugin's version: how many rules, and a short hash of every definition, so that it
        changes when any rule does (``2 rules #1a2b3c4d5e6f``)."""
        text = repr([tuple(spec._replace(where="", path="")) for spec in self.specs])
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        count = len(self.specs)
        return f"{count} rule{'s' if count != 1 else ''} #{digest}"

    def sources(self) -> tuple[str, ...]:
        """The files the rules came from, in order."""
        return tuple(dict.fromkeys(spec.path for spec in self.specs))
