"""The default format, flake8's ``path:row:col: CODE message``: for people and for editors.

Editors and CI log parsers recognise this line (it is flake8's, ruff's and GCC's), so it stays the
default. Findings inside a record of a JSONL shard report the record's line in the file and add
where inside the record they are: ``shard.jsonl:17:1: NL201 msg [record abc123, text 3:1]``.

The helpers here (:func:`record_suffix`, :func:`printable`, :func:`source_lines`) are shared by the
other human formats.
"""

from __future__ import annotations

import re

from colorama import Fore, Style

from newslint.formatters.base import Formatter
from newslint.formatters.fixes import ListsFixes
from newslint.violation import Violation

BOLD = Style.BRIGHT
RESET = Style.RESET_ALL
RED = Fore.RED
CYAN = Fore.CYAN

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """``text`` with any line break folded into single spaces (as the engine does)."""
    if "\n" in text or "\r" in text:
        return " ".join(text.split())
    return text


def printable(text: str) -> str:
    """``text`` on one line and safe for a terminal: control characters become ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", one_line(text))


def record_suffix(violation: Violation) -> str:
    """`` [record <id or #line>, <field> <line>:<col>]`` for a finding in a record, else ``""``."""
    if violation.record is None:
        return ""
    where = violation.record_id if violation.record_id else f"#{violation.record}"
    parts = [f"record {where}"]
    if violation.field:
        inside = violation.field
        if violation.field_line is not None:
            inside += f" {violation.field_line}:{violation.field_col or 1}"
        parts.append(inside)
    return " [" + ", ".join(parts) + "]"


def display_message(violation: Violation) -> str:
    """The message as reports show it: one line, with the record suffix where there is one."""
    return one_line(violation.message) + record_suffix(violation)


def source_lines(violation: Violation) -> str:
    """The flagged line and a caret under the column (``--show-source``), or ``""`` without one.

    Columns count characters. Nothing is expanded: the caret is indented with a space per character
    before the column, except that a tab in the line stays a tab so the caret still lines up.
    """
    line = violation.source_line
    if not line:
        return ""
    line = _CONTROL.sub("\ufffd", one_line(line.rstrip("\r\n")))
    col = violation.col
    if violation.record is not None and violation.field_col:
        col = violation.field_col
    before = line[: max(col - 1, 0)]
    pad = "".join("\t" if char == "\t" else " " for char in before)
    pad += " " * (max(col - 1, 0) - len(before))
    return f"{line}\n{pad}^\n"


class DefaultFormatter(ListsFixes, Formatter):
    """``path:row:col: CODE message``, coloured like flake8 when colour is on."""

    name = "default"
    human = True

    def format(self, violation: Violation) -> str:
        v = violation._replace(path=printable(violation.path))
        text = printable(display_message(violation))
        if self.options.color:
            colon = f"{CYAN}:{RESET}"
            return (f"{BOLD}{v.path}{RESET}{colon}{v.line}{colon}{v.col}{colon} "
                    f"{BOLD}{RED}{v.code}{RESET} {text}")
        return f"{v.path}:{v.line}:{v.col}: {v.code} {text}"

    def handle(self, violation: Violation) -> None:
        self.write(self.format(violation) + "\n")
        if self.options.show_source:
            self.write(source_lines(violation))
