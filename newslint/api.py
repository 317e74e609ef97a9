"""newslint from Python: lint and fix texts and records inside your own pipeline.

For a data team's notebook, a pandas ``map``, a datatrove step or a Spark job, where the command
line is in the way::

    import newslint

    for v in newslint.lint(text):              # the findings, as the command line reports them
        print(v.line, v.col, v.code, v.message)
    clean = newslint.fix_text(text).text        # the safe fixes applied, every other byte kept

    checker = newslint.Checker(select=["NL2", "NL3"], isolated=True)
    for record in records:                      # dicts, with the fields the readers know
        record = checker.fix_record(record)     # a copy, its text field fixed

A :class:`Checker` is set up once, exactly as the command line sets itself up for the same
options (the same plugins, the configuration file it would find, the same selection and rule
options), and then lints as many texts as it is handed: its compiled patterns and the scan
accelerator are loaded once. The module-level :func:`lint` and :func:`fix_text` share one
default checker (``fix_text``: ``newslint.fix`` is the package of the fixer). Checkers are not shared between threads; make one per worker process (they pickle as
their options and are rebuilt on the other side).

Texts are linted one at a time, so the corpus rules, which compare documents (NL108's rare
spelling of a reporter, NL314's lines repeated across a site), do not run here: lint a corpus with
the command line, ``--jobs`` or :mod:`newslint.dask`. A record that cannot be read (no text field,
a text that is not a string) gives its ``NL920`` finding, as on the command line, and never
raises: one bad record does not stop a pipeline. Bad options (an unknown rule, a configuration
file that is not there) raise :class:`newslint.config.ConfigError` when the checker is made.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence, Union

from newslint.document import Document
from newslint.violation import Violation

__all__ = ["Checker", "Fixed", "fix_text", "lint"]

#: Options of :class:`Checker` that name a list of rules.
_LISTS = ("select", "ignore", "extend_select", "extend_ignore")


@dataclass(frozen=True)
class Fixed:
    """What fixing one text gave: the new text (line endings and a byte-order mark as they were),
    the findings fixed (positions in the text given) and those left (positions in the new
    text)."""

    text: str
    fixed: list[Violation] = field(default_factory=list)
    remaining: list[Violation] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


class Checker:
    """newslint set up once, for many texts.

    ``select``, ``ignore``, ``extend_select``, ``extend_ignore``: codes, prefixes or names, as
    ``--select`` and the others take them. ``config``: a configuration file (``pyproject.toml``,
    ``newslint.toml``); by default the one the command line would find from the working folder,
    and none with ``isolated=True``. ``plugins``: modules to load as plugins (``-p NAME``);
    ``autoload_plugins=False`` leaves installed plugins out. ``unsafe_fixes``: let :meth:`fix`
    apply the fixes a rule marks unsafe too (``--unsafe-fixes``). ``rule_timeout``: seconds a
    rule may spend on one text.
    """

    def __init__(self, *, select: Optional[Sequence[str]] = None, ignore: Optional[Sequence[str]] = None,
                 extend_select: Sequence[str] = (), extend_ignore: Sequence[str] = (),
                 config: Optional[str] = None, isolated: bool = False, plugins: Sequence[str] = (),
                 autoload_plugins: bool = True, unsafe_fixes: bool = False,
                 rule_timeout: Optional[float] = None):
        self._options: dict[str, Any] = {
            "select": select, "ignore": ignore, "extend_select": extend_select,
            "extend_ignore": extend_ignore, "config": config, "isolated": isolated,
            "plugins": plugins, "autoload_plugins": autoload_plugins, "unsafe_fixes": unsafe_fixes,
            "rule_timeout": rule_timeout}
        for name in _LISTS:
            value = self._options[name]
            if isinstance(value, str):
                raise TypeError(f"Checker({name}=...): a list of codes, not a string: "
                                f"{name}={[item.strip() for item in value.split(',')]!r}")
        self.unsafe_fixes = unsafe_fixes
        self._build()

    def _build(self) -> None:
        from newslint.cli import configure
        from newslint.config import ConfigError
        from newslint.engine import Linter
        from newslint.readers.records import FieldMap

        try:
            _, settings, plugins = configure(self._argv())
        except SystemExit as stop:  # (argparse refuses a value)
            raise ConfigError(f"bad options: {self._options!r}") from stop
        self.settings = settings
        self.linter = Linter(settings, plugins)
        self._fields = FieldMap.from_settings(settings)

    def _argv(self) -> list[str]:
        options = self._options
        argv: list[str] = []
        for name in _LISTS:
            value = options[name]
            if value is not None and (value or name in ("select", "ignore")):
                argv += [f"--{name.replace('_', '-')}", ",".join(value)]
        if options["config"]:
            argv += ["--config", str(options["config"])]
        if options["isolated"]:
            argv.append("--isolated")
        for plugin in options["plugins"]:
            argv += ["-p", plugin]
        if not options["autoload_plugins"]:
            argv.append("--disable-plugin-autoload")
        if options["rule_timeout"] is not None:
            argv += ["--rule-timeout", str(options["rule_timeout"])]
        return argv

    def __getstate__(self) -> dict:
        return {"options": self._options}

    def __setstate__(self, state: dict) -> None:
        self._options = state["options"]
        self.unsafe_fixes = self._options["unsafe_fixes"]
        self._build()

    def __repr__(self) -> str:
        shown = {name: value for name, value in self._options.items()
                 if value not in (None, (), False) and not (name == "autoload_plugins" and value)}
        return f"Checker({', '.join(f'{name}={value!r}' for name, value in shown.items())})"

    # -- texts ------------------------------------------------------------------------------------

    def document(self, text: str, *, name: str = "<text>", title: Optional[str] = None,
                 url: Optional[str] = None, authors: Sequence[str] = (),
                 date: Optional[str] = None) -> Document:
        """The document the rules read for ``text`` (newlines normalised, as the readers do)."""
        from newslint.document import normalise_newlines

        if not isinstance(text, str):
            raise TypeError(f"newslint lints text (str), not {type(text).__name__}")
        return Document(name, normalise_newlines(text), title=title, url=url,
                        authors=tuple(authors), date=date)

    def lint(self, text: str, *, name: str = "<text>", title: Optional[str] = None,
             url: Optional[str] = None, authors: Sequence[str] = (),
             date: Optional[str] = None) -> list[Violation]:
        """The findings for ``text``, sorted by position. ``name`` is the path they carry;
        ``title``, ``url``, ``authors`` and ``date`` are what a record would say of the text (the
        rules that compare the credits or the headline read them)."""
        return self.linter.lint(self.document(text, name=name, title=title, url=url,
                                              authors=authors, date=date))

    def fix(self, text: str, *, unsafe: Optional[bool] = None, name: str = "<text>",
            title: Optional[str] = None, url: Optional[str] = None, authors: Sequence[str] = (),
            date: Optional[str] = None) -> Fixed:
        """``text`` with its findings' fixes applied, in passes until nothing changes, as
        ``--fix`` does: the safe fixes, and the unsafe ones with ``unsafe=True`` (default: the
        checker's ``unsafe_fixes``). Only the fixed spans change; each line keeps its ending."""
        from newslint.fix.document import fix_document
        from newslint.fix.stored import Stored

        document = self.document(text, name=name, title=title, url=url, authors=authors, date=date)
        stored = Stored(text)
        outcome = fix_document(self.linter, document, stored,
                               unsafe=self.unsafe_fixes if unsafe is None else unsafe)
        return Fixed(stored.raw if outcome.changed else text, outcome.fixed, outcome.remaining)

    # -- records ----------------------------------------------------------------------------------

    def record_document(self, record: Mapping[str, Any], *, name: str = "<record>",
                        number: int = 1) -> Document:
        """The document a JSON Lines reader makes of ``record`` (a dict): its text, title,
        authors, url and date found under the names the readers know (``text``/``maintext``,
        ``title``, ``authors``, ``url``, …; the configuration's ``[tool.newslint.input]`` too)."""
        from newslint.readers.records import document_from_value

        return document_from_value(record, name, number, self._fields)

    def lint_record(self, record: Mapping[str, Any], *, name: str = "<record>",
                    number: int = 1) -> list[Violation]:
        """The findings for ``record``; a record without a readable text gives ``NL920``."""
        return self.linter.lint(self.record_document(record, name=name, number=number))

    def fix_record(self, record: Mapping[str, Any], *, unsafe: Optional[bool] = None,
                   name: str = "<record>", number: int = 1) -> dict:
        """A copy of ``record`` with its text field fixed (the record itself is not changed; one
        that cannot be read comes back as it was)."""
        from newslint.fix.document import fix_document
        from newslint.fix.stored import Stored

        document = self.record_document(record, name=name, number=number)
        copied = copy.copy(dict(record))
        if not document.readable or document.field is None or document.problems:
            return copied  # (a text with bytes the reader replaced is not written back)
        raw = record[document.field]
        if not isinstance(raw, str):
            return copied
        stored = Stored(raw)
        outcome = fix_document(self.linter, document, stored,
                               unsafe=self.unsafe_fixes if unsafe is None else unsafe)
        if outcome.changed:
            copied[document.field] = stored.raw
        return copied


_DEFAULT: Optional[Checker] = None


def _default() -> Checker:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Checker()
    return _DEFAULT


def lint(text: str, **fields: Union[str, Sequence[str], None]) -> list[Violation]:
    """The findings for ``text`` with the default checker (the configuration the command line
    would find, every default rule): see :meth:`Checker.lint`."""
    return _default().lint(text, **fields)  # type: ignore[arg-type]


def fix_text(text: str, *, unsafe: bool = False, **fields: Union[str, Sequence[str], None]) -> Fixed:
    """``text`` with the default checker's fixes applied: see :meth:`Checker.fix`."""
    return _default().fix(text, unsafe=unsafe, **fields)  # type: ignore[arg-type]
