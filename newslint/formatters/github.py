"""GitHub Actions workflow commands: findings become annotations on the pull request's diff.

Each finding is one ``::error``/``::warning``/``::notice`` command. GitHub shows at most 10
annotations of each type per step, so a workflow should also print the default report (run
newslint twice, or once with ``--format github`` and once plain).
"""

from __future__ import annotations

from newslint.formatters.base import Formatter
from newslint.formatters.default import display_message
from newslint.violation import Violation

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as the message, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(violation: Violation) -> str:
    """The workflow command for one finding.

    For a finding inside a record the annotation covers the record's whole line (no columns): the
    place inside the record is in the message.
    """
    v = violation
    command = COMMANDS.get(str(v.severity), "warning")
    props = [f"file={escape_property(v.path)}", f"line={v.line}"]
    if v.record is None:
        props.append(f"col={v.col}")
    props.append(f"endLine={v.end_line}")
    if v.record is None:
        props.append(f"endColumn={v.end_col}")
    props.append(f"title={escape_property(f'{v.code} {v.name}')}")
    return f"::{command} {','.join(props)}::{escape_data(display_message(v))}"


class GithubFormatter(Formatter):
    """One workflow command per finding, streamed."""

    name = "github"

    def handle(self, violation: Violation) -> None:
        self.write(annotation(violation) + "\n")
