"""``--format html``: one self-contained page to look at, for an editor or a data team.

The page (``-o report.html``) has an overview (totals; findings per family, per rule, per site and
per record field named with ``--report-group-by``, each with an inline SVG bar chart), the
documents worst first, the worst ones (``--report-max-documents``, default 200) in full with their
flagged spans highlighted and each finding beside its line, what ``--fix`` fixed (with
``--show-fixes``), and the documentation of every rule that fired. It loads nothing from anywhere
and reads without JavaScript; the inline script only adds sorting, filtering and keys.

The formatter sees the findings like every other one. The documents' text and record metadata
come from :attr:`ReportOptions.documents`, which the command line fills (the documents read again
after the run: :mod:`newslint.report_source`); without it, the page shows the flagged lines the
findings carry.

Modules: :mod:`.model` (the numbers), :mod:`.view` (one document's lines and spans),
:mod:`.charts` (SVG), :mod:`.render` (the page), ``report.css`` and ``report.js``.
"""

from __future__ import annotations

from newslint.formatters.base import Formatter, ReportOptions, RunStats
from newslint.formatters.html.model import Report, build
from newslint.formatters.html.render import render
from newslint.violation import Violation


class HtmlFormatter(Formatter):
    """Collects the findings and writes the page at the end of the run."""

    name = "html"
    wants_documents = True

    def __init__(self, options: ReportOptions):
        super().__init__(options)
        self.violations: list[Violation] = []
        self.fixed_violations: list[Violation] = []

    def handle(self, violation: Violation) -> None:
        self.violations.append(violation)

    def fixed(self, violation: Violation) -> None:
        """A finding ``--fix`` fixed (called when ``--show-fixes`` is given): listed as fixed."""
        self.fixed_violations.append(violation)

    def report(self, stats: RunStats) -> Report:
        """What the page will say (the documents are read here, once)."""
        return build(self.violations, self.fixed_violations, stats, self.options)

    def stop(self, stats: RunStats) -> None:
        page = render(self.report(stats))
        encoding = (getattr(self.stream, "encoding", None) or "utf-8").lower().replace("_", "-")
        if encoding not in ("utf-8", "utf8"):
            # The page says it is UTF-8; on a stream that is not, write every other character
            # as a character reference so the page is right whatever the stream's encoding.
            page = page.encode("ascii", "xmlcharrefreplace").decode("ascii")
        self.write(page)


__all__ = ["HtmlFormatter"]
