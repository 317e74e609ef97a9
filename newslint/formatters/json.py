"""JSON output: one array of finding objects, for scripts, dashboards and other tools.

Every object has the same keys (:data:`KEYS`), ``null`` where a value does not apply. The array is
one document, so findings are collected and written at the end of the run; for streaming use the
``json-lines`` format, which writes the same objects one per line as they are found.
"""

from __future__ import annotations

import json
from typing import Any

from newslint.formatters.base import Formatter, ReportOptions, RunStats
from newslint.formatters.default import one_line
from newslint.violation import Violation

KEYS = ("path", "line", "col", "end_line", "end_col", "code", "name", "message", "severity",
        "fingerprint", "record", "record_id", "field", "field_line", "field_col")


def violation_dict(violation: Violation) -> dict[str, Any]:
    """The JSON object for one finding: :data:`KEYS` in order, ``None`` for absent values."""
    v = violation
    return {
        "path": v.path, "line": v.line, "col": v.col, "end_line": v.end_line, "end_col": v.end_col,
        "code": v.code, "name": v.name, "message": one_line(v.message), "severity": str(v.severity),
        "fingerprint": v.fingerprint or None, "record": v.record, "record_id": v.record_id,
        "field": v.field, "field_line": v.field_line, "field_col": v.field_col,
    }


class JsonFormatter(Formatter):
    """A pretty-printed JSON array (``indent=2``, UTF-8 text unescaped), written at the end."""

    name = "json"

    def __init__(self, options: ReportOptions):
        super().__init__(options)
        self.items: list[dict[str, Any]] = []

    def handle(self, violation: Violation) -> None:
        self.items.append(violation_dict(violation))

    def stop(self, stats: RunStats) -> None:
        self.write(json.dumps(self.items, indent=2, ensure_ascii=False) + "\n")
