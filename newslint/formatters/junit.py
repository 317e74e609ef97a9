"""JUnit XML output: for CI test-report views (GitLab, Jenkins, GitHub test-report actions).

One ``<testsuite name="newslint">`` with one ``<testcase>`` per linted path. A path with findings
fails with one ``<failure>`` whose ``message`` is the first finding (``CODE message``, and how many
more) and whose text lists them all, one ``path:line:col: CODE message`` line each: JUnit readers
expect at most one failure per test case. Paths linted without findings (:attr:`RunStats.paths`)
are passing test cases.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from newslint.formatters.base import Formatter, ReportOptions, RunStats
from newslint.formatters.default import display_message
from newslint.violation import Violation

#: Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with characters XML 1.0 forbids replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def line(violation: Violation) -> str:
    v = violation
    return f"{v.path}:{v.line}:{v.col}: {v.code} {display_message(v)}"


class JunitFormatter(Formatter):
    """The JUnit document, written at the end of the run."""

    name = "junit"

    def __init__(self, options: ReportOptions):
        super().__init__(options)
        self.by_path: dict[str, list[Violation]] = {}

    def handle(self, violation: Violation) -> None:
        self.by_path.setdefault(violation.path, []).append(violation)

    def document(self, stats: RunStats) -> ET.Element:
        """The ``<testsuites>`` element."""
        paths = list(dict.fromkeys([*stats.paths, *self.by_path]))
        failures = sum(1 for path in paths if self.by_path.get(path))
        counts = {"tests": str(len(paths)), "failures": str(failures), "errors": "0"}
        root = ET.Element("testsuites", {"name": "newslint", **counts})
        suite = ET.SubElement(root, "testsuite", {"name": "newslint", **counts, "skipped": "0"})
        for path in paths:
            name = xml_text(path)
            case = ET.SubElement(suite, "testcase", {"classname": name, "name": name})
            found = self.by_path.get(path)
            if not found:
                continue
            first = found[0]
            message = f"{first.code} {display_message(first)}"
            if len(found) > 1:
                message += f" (and {len(found) - 1} more)"
            failure = ET.SubElement(case, "failure", {"message": xml_text(message),
                                                      "type": first.code})
            failure.text = xml_text("\n".join(line(v) for v in found))
        return root

    def stop(self, stats: RunStats) -> None:
        root = self.document(stats)
        ET.indent(root)
        self.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.write(ET.tostring(root, encoding="unicode") + "\n")
