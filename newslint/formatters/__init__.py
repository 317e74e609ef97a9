"""The built-in output formats, registered as the plugin ``newslint.formatters``.

``--format`` takes a format name (:func:`formatter_names`; plugins may add more through the
``newslint_formatter`` hook) or a flake8-style template containing ``%(``, which the
``template`` formatter renders from :attr:`ReportOptions.template`.
"""

from __future__ import annotations

import importlib
from typing import Iterator, Mapping, Optional

import newslint
from newslint.formatters.base import Formatter, ReportOptions, RunStats
from newslint.formatters.color import use_color
from newslint.formatters.template import TemplateFormatter, check_template, is_template

#: Built-in format name → the module and class of its formatter.
_BUILTIN: dict[str, tuple[str, str]] = {
    "default": ("newslint.formatters.default", "DefaultFormatter"),
    "pylint": ("newslint.formatters.pylint", "PylintFormatter"),
    "json": ("newslint.formatters.json", "JsonFormatter"),
    "json-lines": ("newslint.formatters.jsonlines", "JsonLinesFormatter"),
    "github": ("newslint.formatters.github", "GithubFormatter"),
    "sarif": ("newslint.formatters.sarif", "SarifFormatter"),
    "gitlab": ("newslint.formatters.gitlab", "GitlabFormatter"),
    "junit": ("newslint.formatters.junit", "JunitFormatter"),
    "html": ("newslint.formatters.html", "HtmlFormatter"),
}


class _Formatters(Mapping[str, type[Formatter]]):
    """Built-in format name → formatter class, each module imported when its class is first asked
    for: a run writes one format, and importing all nine (the HTML report's renderer, JUnit's XML)
    took a tenth of a small run's start-up."""

    def __getitem__(self, name: str) -> type[Formatter]:
        module, cls = _BUILTIN[name]
        return getattr(importlib.import_module(module), cls)

    def __iter__(self) -> Iterator[str]:
        return iter(_BUILTIN)

    def __len__(self) -> int:
        return len(_BUILTIN)


#: Built-in format name → formatter class.
FORMATTERS: Mapping[str, type[Formatter]] = _Formatters()


def formatter_names() -> list[str]:
    """The built-in format names, for ``--format`` help and errors."""
    return list(FORMATTERS)


def builtin_formatter(name: str) -> Optional[type[Formatter]]:
    """The built-in class for ``name`` (any template: :class:`TemplateFormatter`), or ``None``."""
    if is_template(name):
        return TemplateFormatter
    return FORMATTERS.get(name)


@newslint.hookimpl
def newslint_formatter(name: str) -> Optional[type[Formatter]]:
    return builtin_formatter(name)


__all__ = [
    "FORMATTERS", "Formatter", "ReportOptions", "RunStats", "TemplateFormatter",
    "builtin_formatter", "check_template", "formatter_names", "is_template", "newslint_formatter",
    "use_color",
]
