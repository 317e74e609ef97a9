"""A user's own line format, flake8 style: ``--format='%(path)s:%(row)d: %(code)s %(text)s'``.

For editors and scripts that expect some other one-line layout. Keys: ``path``, ``row``, ``col``,
``end_row``, ``end_col``, ``code``, ``name``, ``severity``, ``text`` (the message as the default
format shows it, with the record suffix), ``message`` (the bare message) and ``fingerprint``; and,
as in flake8, the colour keys ``bold``, ``reset``, ``black``, ``red``, ``green``, ``yellow``,
``blue``, ``magenta``, ``cyan`` and ``white``, which are empty when colour is off.
"""

from __future__ import annotations

from typing import Any

from colorama import Fore, Style

from newslint.formatters.base import Formatter, ReportOptions
from newslint.formatters.fixes import ListsFixes
from newslint.formatters.default import display_message, printable, source_lines
from newslint.violation import Violation

COLORS = {
    "bold": Style.BRIGHT, "reset": Style.RESET_ALL, "black": Fore.BLACK, "red": Fore.RED,
    "green": Fore.GREEN, "yellow": Fore.YELLOW, "blue": Fore.BLUE, "magenta": Fore.MAGENTA,
    "cyan": Fore.CYAN, "white": Fore.WHITE,
}
NO_COLORS = dict.fromkeys(COLORS, "")

_SAMPLE = Violation("sample.txt", 1, 1, 1, 2, "NL000", "sample", "sample", "warning")


def is_template(name: str) -> bool:
    """Whether a ``--format`` value is a template rather than a format name."""
    return "%(" in name


def template_keys(violation: Violation, color: bool = False) -> dict[str, Any]:
    """The values a template may use for ``violation``."""
    v = violation
    return {
        **(COLORS if color else NO_COLORS),
        "path": printable(v.path), "row": v.line, "col": v.col, "end_row": v.end_line,
        "end_col": v.end_col, "code": v.code, "name": v.name, "severity": str(v.severity),
        "text": printable(display_message(v)), "message": printable(v.message),
        "fingerprint": v.fingerprint,
    }


def check_template(template: str) -> None:
    """Raise ``ValueError`` naming the problem when ``template`` cannot format a finding."""
    try:
        template % template_keys(_SAMPLE)
    except KeyError as error:
        raise ValueError(f"unknown key {error} in --format template {template!r}; "
                         f"known keys: {', '.join(sorted(template_keys(_SAMPLE)))}") from None
    except (ValueError, TypeError) as error:
        raise ValueError(f"bad --format template {template!r}: {error}") from None


class TemplateFormatter(ListsFixes, Formatter):
    """Formats each finding with ``options.template`` (``%``-style, named keys)."""

    name = "template"
    human = True

    def __init__(self, options: ReportOptions):
        super().__init__(options)
        if not options.template:
            raise ValueError("the template format needs ReportOptions.template")
        check_template(options.template)
        self.template = options.template

    def format(self, violation: Violation) -> str:
        return self.template % template_keys(violation, self.options.color)

    def handle(self, violation: Violation) -> None:
        self.write(self.format(violation) + "\n")
        if self.options.show_source:
            self.write(source_lines(violation))
