"""The built-in output formats, registered as the plugin ``newslint.formatters``.

``--format`` takes a format name (:func:`formatter_names`; plugins may add more through the
``newslint_formatter`` hook) or a flake8-style template containing ``%(``, which the
``template`` formatter renders from :attr:`ReportOptions.template`.
"""

from __future__ import annotations

from typing import Optional

import newslint
from newslint.formatters.base import Formatter, ReportOptions, RunStats
from newslint.formatters.color import use_color
from newslint.formatters.default import DefaultFormatter
from newslint.formatters.github import GithubFormatter
from newslint.formatters.gitlab import GitlabFormatter
from newslint.formatters.html import HtmlFormatter
from newslint.formatters.json import JsonFormatter
from newslint.formatters.jsonlines import JsonLinesFormatter
from newslint.formatters.junit import JunitFormatter
from newslint.formatters.pylint import PylintFormatter
from newslint.formatters.sarif import SarifFormatter
from newslint.formatters.template import TemplateFormatter, check_template, is_template

#: Built-in format name → formatter class.
FORMATTERS: dict[str, type[Formatter]] = {
    "default": DefaultFormatter,
    "pylint": PylintFormatter,
    "json": JsonFormatter,
    "json-lines": JsonLinesFormatter,
    "github": GithubFormatter,
    "sarif": SarifFormatter,
    "gitlab": GitlabFormatter,
    "junit": JunitFormatter,
    "html": HtmlFormatter,
}


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
