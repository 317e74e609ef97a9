"""flake8's ``pylint`` format, ``path:row: [CODE] message``: for tools that read pylint output."""

from __future__ import annotations

from newslint.formatters.base import Formatter
from newslint.formatters.fixes import ListsFixes
from newslint.formatters.default import BOLD, RED, RESET, display_message, printable, source_lines
from newslint.violation import Violation


class PylintFormatter(ListsFixes, Formatter):
    """``path:row: [CODE] message``; with colour the path is bold and the code bold red."""

    name = "pylint"
    human = True

    def format(self, violation: Violation) -> str:
        v = violation._replace(path=printable(violation.path))
        text = printable(display_message(violation))
        if self.options.color:
            return f"{BOLD}{v.path}{RESET}:{v.line}: [{BOLD}{RED}{v.code}{RESET}] {text}"
        return f"{v.path}:{v.line}: [{v.code}] {text}"

    def handle(self, violation: Violation) -> None:
        self.write(self.format(violation) + "\n")
        if self.options.show_source:
            self.write(source_lines(violation))
