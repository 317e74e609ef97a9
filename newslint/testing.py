"""Helpers for testing newslint rules: lint a string in process, assert where a rule fires.

For plugin authors (and newslint's own rule tests), in the spirit of textlint-tester and pytest's
``pytester``: the text goes through the same engine as on the command line (the same plugin
loading, selection, rule options, isolation of crashes), so what a test sees is what users see.

- :func:`lint_text` / :func:`lint_texts` return the findings as :class:`~newslint.violation.Violation`.
- :func:`assert_flags` checks that one rule flags exactly the given lines; :func:`assert_clean`
  that it flags nothing. Both fail loudly, with the rule's crash message, when the rule crashed.
- :func:`assert_examples` checks that a rule's declared examples behave (what
  ``newslint test-rules`` checks).
- :func:`run_newslint` runs the real command line in a subprocess.
- The pytest fixture ``newslint_lint`` (this module is a pytest plugin, registered through the
  ``pytest11`` entry point) bundles all of these with a scratch folder for files.

Rules under test are passed as classes (``rules=[MyRule]``) or found by code or name among the
loaded plugins: the built-in rules, installed plugins (entry points, unless autoload is off) and
modules named in ``plugins=`` (what ``-p NAME`` does).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Sequence, Union

from newslint import hookimpl

if TYPE_CHECKING:
    from newslint.plugins import Plugins
    from newslint.rule import Rule
    from newslint.violation import Violation

#: A rule under test: its class, its code (``EX101``) or its name (``headline-urgency-label``).
RuleRef = Union["type[Rule]", str]

#: Codes that mean the run itself went wrong (a rule crashed, timed out or reported a bad span).
RUN_PROBLEMS = ("NL901", "NL902", "NL903")

#: The plugin name under which rule classes passed as ``rules=`` are registered.
TEST_PLUGIN_NAME = "newslint.testing"


class _RulesUnderTest:
    """An ad-hoc plugin providing the rule classes handed to :func:`lint_text`."""

    def __init__(self, rules: Sequence["type[Rule]"]):
        self._rules = list(rules)

    @hookimpl
    def newslint_rules(self) -> list:
        return list(self._rules)


def load_test_plugins(rules: Sequence["type[Rule]"] = (), plugins: Iterable[str] = (),
                      blocked: Iterable[str] = (), autoload: Optional[bool] = None) -> "Plugins":
    """Load plugins as the CLI does, plus ``rules`` registered as the plugin ``newslint.testing``.

    ``autoload=None`` follows the command line's default: entry points are loaded unless
    ``NEWSLINT_DISABLE_PLUGIN_AUTOLOAD`` is set.
    """
    from newslint.plugins import collect_rules, load_plugins

    loaded = load_plugins(blocked=list(blocked), extra=list(plugins), autoload=autoload)
    if rules:
        loaded.manager.register(_RulesUnderTest(rules), name=TEST_PLUGIN_NAME)
        loaded.rules = collect_rules(loaded.manager)
    return loaded


def lint_texts(
    texts: Mapping[str, str],
    *,
    rules: Sequence["type[Rule]"] = (),
    select: Optional[Sequence[str]] = None,
    ignore: Sequence[str] = (),
    plugins: Iterable[str] = (),
    blocked: Iterable[str] = (),
    autoload: Optional[bool] = None,
    rule_options: Optional[Mapping[str, Mapping[str, Any]]] = None,
    rule_timeout: float = 10.0,
    extend_select: Sequence[str] = (),
) -> list["Violation"]:
    """Lint several texts (path → text) as one run, corpus rules included.

    ``select`` defaults to the codes of ``rules`` when rule classes are given (so a test sees only
    the rules it is about), else to newslint's default selection; a context rule among ``rules``
    reads the other rules' verdicts, so it runs beside the default selection instead. The run-problem codes
    (``NL9xx``) are always selected, so a crashing rule shows up instead of looking clean.
    ``rule_options`` maps a rule name or code to its options, as ``[tool.newslint.rules.<name>]``
    does; bad options raise :class:`newslint.config.ConfigError`.
    """
    from newslint.document import Document, normalise_newlines
    from newslint.engine import CorpusState, Linter
    from newslint.rule import examined_alone
    from newslint.settings import Settings

    loaded = load_test_plugins(rules, plugins, blocked, autoload)
    if select is None and rules:
        chosen = examined_alone(rules)
        select = chosen.get("select")
        extend_select = [*extend_select, *chosen.get("extend_select", ())]
    if select is not None and any(code.startswith("NL9") for code in loaded.rules):
        select = [*select, "NL9"]
    settings = Settings(
        select=list(select) if select is not None else None,
        extend_select=list(extend_select),
        ignore=list(ignore),
        rule_options={name: dict(values) for name, values in (rule_options or {}).items()},
        blocked_plugins=list(blocked),
        extra_plugins=list(plugins),
        autoload_plugins=loaded_autoload(autoload),
        rule_timeout=rule_timeout,
    )
    loaded.manager.hook.newslint_configure.call_historic(kwargs={"settings": settings})
    linter = Linter(settings, loaded)
    corpus = CorpusState() if linter.corpus_rules else None
    found: list[Violation] = []
    for path, text in texts.items():
        found.extend(linter.lint(Document(path, normalise_newlines(text)), corpus))
    if corpus is not None:
        found.extend(linter.judge(corpus))
    return found


def loaded_autoload(autoload: Optional[bool]) -> bool:
    """Whether entry points are loaded: ``autoload``, or the environment's default."""
    from newslint.plugins import AUTOLOAD_ENV

    return (not os.environ.get(AUTOLOAD_ENV)) if autoload is None else autoload


def lint_text(text: str, *, path: str = "article.txt", **kwargs: Any) -> list["Violation"]:
    """Lint one text as if it were the file ``path``; keyword arguments as for :func:`lint_texts`.

    >>> from newslint.testing import lint_text
    >>> [v.code for v in lint_text("Headline\\n\\nBody.", select=["NL2"])]  # doctest: +SKIP
    []
    """
    return lint_texts({path: text}, **kwargs)


def _rule_selection(rule: RuleRef, kwargs: dict) -> tuple[str, dict]:
    """The code or name to select for ``rule``, and the lint keyword arguments to use."""
    from newslint.rule import examined_alone

    options = kwargs.pop("options", None)
    if isinstance(rule, str):
        key = rule
        kwargs.setdefault("select", [key])
    else:
        key = rule.code
        kwargs["rules"] = [*kwargs.get("rules", ()), rule]
        for setting, codes in examined_alone([rule]).items():
            kwargs.setdefault(setting, codes)
    if options is not None:
        kwargs["rule_options"] = {**kwargs.get("rule_options", {}), key: options}
    return key, kwargs


def _of_rule(violations: list["Violation"], key: str) -> list["Violation"]:
    return [v for v in violations if key in (v.code, v.name)]


def _describe(violations: Iterable["Violation"]) -> str:
    lines = [f"    {v.line}:{v.col}: {v.code} {v.message}" for v in violations]
    return "\n".join(lines) if lines else "    (none)"


def _fail_on_run_problems(violations: list["Violation"], key: str) -> None:
    problems = [v for v in violations if v.code in RUN_PROBLEMS]
    if problems:
        raise AssertionError(f"rule {key} did not run cleanly:\n{_describe(problems)}")


def assert_flags(rule: RuleRef, text: str, *, lines: Optional[Sequence[int]] = None,
                 count: Optional[int] = None, message: Optional[str] = None,
                 **kwargs: Any) -> list["Violation"]:
    """Assert that ``rule`` flags ``text``; return its findings.

    ``lines``: the 1-based lines of the findings, exactly (one entry per finding, any order).
    ``count``: the number of findings. ``message``: a substring every finding's message contains.
    ``options``: this rule's options. Other keyword arguments go to :func:`lint_text`.
    """
    key, kwargs = _rule_selection(rule, dict(kwargs))
    found = lint_text(text, **kwargs)
    _fail_on_run_problems(found, key)
    flagged = _of_rule(found, key)
    if not flagged:
        raise AssertionError(f"rule {key} flagged nothing, expected a finding")
    if lines is not None and sorted(v.line for v in flagged) != sorted(lines):
        raise AssertionError(f"rule {key} flagged lines {sorted(v.line for v in flagged)}, "
                             f"expected {sorted(lines)}:\n{_describe(flagged)}")
    if count is not None and len(flagged) != count:
        raise AssertionError(f"rule {key} made {len(flagged)} findings, expected {count}:\n"
                             f"{_describe(flagged)}")
    if message is not None:
        wrong = [v for v in flagged if message not in v.message]
        if wrong:
            raise AssertionError(f"rule {key}: messages without {message!r}:\n{_describe(wrong)}")
    return flagged


def assert_clean(rule: RuleRef, text: str, **kwargs: Any) -> None:
    """Assert that ``rule`` flags nothing in ``text`` (and ran without crashing)."""
    key, kwargs = _rule_selection(rule, dict(kwargs))
    found = lint_text(text, **kwargs)
    _fail_on_run_problems(found, key)
    flagged = _of_rule(found, key)
    if flagged:
        raise AssertionError(f"rule {key} flagged {len(flagged)} time(s), expected none:\n"
                             f"{_describe(flagged)}")


def assert_examples(rule: RuleRef, **kwargs: Any) -> None:
    """Assert that every example ``rule`` declares (:attr:`newslint.rule.Rule.examples`) behaves,
    as ``newslint test-rules`` checks it: each flag example flagged, each pass example not.

    ``rule`` is a class, a code or a name; ``plugins``, ``blocked`` and ``autoload`` choose the
    plugins as for :func:`lint_text`. A rule without examples fails: there is nothing to assert.
    """
    from newslint.ruletester import run_examples
    from newslint.selection import rule_by_code_or_name

    classes = [rule] if not isinstance(rule, str) else []
    loaded = load_test_plugins(classes, kwargs.pop("plugins", ()), kwargs.pop("blocked", ()),
                               kwargs.pop("autoload", None))
    if kwargs:
        raise TypeError(f"assert_examples: unexpected arguments {', '.join(sorted(kwargs))}")
    found = rule_by_code_or_name(loaded.rules, rule if isinstance(rule, str) else rule.code)
    if found is None:
        raise AssertionError(f"no loaded rule has the code or name {rule!r}")
    if not any(found.examples.get(kind) for kind in ("flag", "pass")):
        raise AssertionError(f"rule {found.code} declares no examples")
    failures = run_examples(found, loaded)
    if failures:
        raise AssertionError("examples that do not behave:\n" + "\n".join(
            f"    {failure}" for failure in failures))


def run_newslint(*args: str, input: Optional[str] = None, cwd: Union[str, Path, None] = None,
                 env: Optional[Mapping[str, str]] = None,
                 timeout: float = 120) -> "subprocess.CompletedProcess[str]":
    """Run ``python -m newslint ARGS`` as a real subprocess (text in and out, UTF-8, no colour)."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    for variable in ("FORCE_COLOR", "NO_COLOR"):
        if variable not in (env or {}):
            full_env.pop(variable, None)
    return subprocess.run([sys.executable, "-m", "newslint", *args], input=input, cwd=cwd,
                          env=full_env, capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout)


class NewslintTester:
    """What the ``newslint_lint`` fixture gives a test: the helpers above and a scratch folder.

    Call it like :func:`lint_text`. ``plugins``, ``blocked`` and ``autoload`` set here apply to
    every call (keyword arguments of a call still win).
    """

    def __init__(self, path: Path, plugins: Sequence[str] = (), blocked: Sequence[str] = (),
                 autoload: Optional[bool] = None):
        #: The scratch folder: :meth:`write` puts files here and :meth:`run` runs here.
        self.path = path
        self.plugins = list(plugins)
        self.blocked = list(blocked)
        self.autoload = autoload

    def _defaults(self, kwargs: dict) -> dict:
        kwargs.setdefault("plugins", self.plugins)
        kwargs.setdefault("blocked", self.blocked)
        kwargs.setdefault("autoload", self.autoload)
        return kwargs

    def __call__(self, text: str, **kwargs: Any) -> list["Violation"]:
        return lint_text(text, **self._defaults(kwargs))

    def flags(self, rule: RuleRef, text: str, **kwargs: Any) -> list["Violation"]:
        """:func:`assert_flags` with this tester's plugins."""
        return assert_flags(rule, text, **self._defaults(kwargs))

    def clean(self, rule: RuleRef, text: str, **kwargs: Any) -> None:
        """:func:`assert_clean` with this tester's plugins."""
        assert_clean(rule, text, **self._defaults(kwargs))

    def examples(self, rule: RuleRef, **kwargs: Any) -> None:
        """:func:`assert_examples` with this tester's plugins."""
        assert_examples(rule, **self._defaults(kwargs))

    def write(self, name: str, text: str) -> Path:
        """Write ``text`` (UTF-8) to ``name`` inside the scratch folder; return its path."""
        target = self.path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        return target

    def run(self, *args: str, input: Optional[str] = None,
            env: Optional[Mapping[str, str]] = None) -> "subprocess.CompletedProcess[str]":
        """Run the real ``newslint`` in the scratch folder, with this tester's ``-p`` options."""
        options: list[str] = []
        for name in [*self.plugins, *(f"no:{name}" for name in self.blocked)]:
            options += ["-p", name]
        if self.autoload is False:
            options.append("--disable-plugin-autoload")
        return run_newslint(*options, *args, input=input, cwd=self.path, env=env)


try:  # the pytest plugin part: only when pytest is there (it always is when pytest loads us)
    import pytest
except ImportError:  # pragma: no cover - newslint.testing used outside pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def newslint_lint(tmp_path: Path) -> NewslintTester:
        """A :class:`NewslintTester`: lint strings in process, or files with the real CLI in ``tmp_path``."""
        return NewslintTester(tmp_path)
