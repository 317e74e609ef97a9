"""The plugin contract: every hook a newslint plugin may implement.

This module is the one documented interface between the engine and plugins. The built-in rule
modules (``newslint.rules.*``), readers and formatters implement these hooks exactly as third-party
plugins do; third-party plugins are found through the ``newslint`` entry-point group.

A plugin is any module or object with functions decorated by ``@newslint.hookimpl`` whose names
match the specifications below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import pluggy

if TYPE_CHECKING:
    import argparse

    from newslint.document import Document
    from newslint.formatters.base import Formatter
    from newslint.rule import Rule
    from newslint.settings import Settings

hookspec = pluggy.HookspecMarker("newslint")


@hookspec
def newslint_rules() -> "Iterable[type[Rule]]":
    """Return the rule classes this plugin provides.

    Each class subclasses :class:`newslint.rule.LineRule`, :class:`~newslint.rule.ArticleRule` or
    :class:`~newslint.rule.CorpusRule` and carries its metadata (code, name, severity, summary and a
    docstring with *What it flags / Why it matters / Example*). Codes must be unique across all
    loaded plugins: a clash is a start-up error naming both plugins.
    """


@hookspec
def newslint_addoption(parser: "argparse.ArgumentParser") -> None:
    """Add command-line options. Called once, before the arguments are parsed."""


@hookspec(historic=True)
def newslint_configure(settings: "Settings") -> None:
    """Receive the final settings once configuration is loaded.

    Historic: a plugin registered later still gets the call replayed.
    """


@hookspec(firstresult=True)
def newslint_read(path: str, display_path: str, settings: "Settings") -> "Iterable[Document] | None":
    """Read the file at ``path`` into documents, or return ``None`` to let another reader try.

    The first reader that returns a non-``None`` iterable wins. Readers must stream (yield one
    document at a time) so that large files are linted in constant memory. Problems with the input
    are never raised: yield a document with ``problems=[Problem(code, message, line, col)]`` (and
    ``readable=False`` when nothing of it can be linted); see :class:`newslint.document.Document`.
    """


@hookspec(firstresult=True)
def newslint_formatter(name: str) -> "type[Formatter] | None":
    """Return the formatter class for the output format ``name``, or ``None``."""


@hookspec
def newslint_report_header() -> "str | None":
    """Return a line describing the plugin for ``newslint --version`` (optional)."""
