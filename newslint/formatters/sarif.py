"""SARIF 2.1.0 output: for GitHub code scanning and other static-analysis dashboards.

One SARIF log with one run. ``tool.driver.rules`` describes every rule that has a result (from the
rule classes in :attr:`ReportOptions.rules`, or synthesised from the finding for codes without a
class, like input problems); results point at their rule by ``ruleId`` and ``ruleIndex``. Columns
count Unicode characters (``columnKind: unicodeCodePoints``). Relative paths are URIs relative to
``%SRCROOT%``, the checkout's root. A finding inside a record of a JSONL shard covers the record's
line; the place inside the record is in the message and the result's ``properties``.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from typing import Any, Optional
from urllib.parse import quote

from newslint.formatters.base import Formatter, ReportOptions, RunStats
from newslint.formatters.default import display_message, one_line
from newslint.violation import Violation

SCHEMA_URI = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
              "sarif-schema-2.1.0.json")
INFORMATION_URI = "https://pypi.org/project/newslint/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_location(path: str) -> dict[str, str]:
    """``{"uri", "uriBaseId"}`` for a relative path; a ``file:`` URI for an absolute one."""
    pure = PurePath(path)
    if pure.is_absolute():
        try:
            pure = Path(path).relative_to(Path.cwd())
        except ValueError:
            return {"uri": Path(path).as_uri()}
    return {"uri": quote(pure.as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def region(violation: Violation) -> dict[str, int]:
    v = violation
    if v.record is not None:
        return {"startLine": v.line, "endLine": max(v.end_line, v.line)}
    return {"startLine": v.line, "startColumn": v.col, "endLine": max(v.end_line, v.line),
            "endColumn": max(v.end_col, 1)}


def rule_descriptor(code: str, rule: Optional[type], violation: Violation) -> dict[str, Any]:
    """The ``reportingDescriptor`` of ``code``: from its rule class, or from a finding of it."""
    if rule is not None:
        name = getattr(rule, "name", violation.name)
        summary = one_line(getattr(rule, "summary", "") or name)
        documentation = rule.documentation() if hasattr(rule, "documentation") else summary
        severity = str(getattr(rule, "severity", violation.severity))
    else:
        name = violation.name
        summary = documentation = name or code
        severity = str(violation.severity)
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": summary},
        "help": {"text": documentation},
        "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
    }


def result(violation: Violation, rule_index: int) -> dict[str, Any]:
    v = violation
    item: dict[str, Any] = {
        "ruleId": v.code,
        "ruleIndex": rule_index,
        "level": LEVELS.get(str(v.severity), "warning"),
        "message": {"text": display_message(v)},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(v.path),
                                            "region": region(v)}}],
    }
    if v.fingerprint:
        item["partialFingerprints"] = {"newslint/v1": v.fingerprint}
    if v.record is not None:
        props = {"record": v.record, "recordId": v.record_id, "field": v.field,
                 "fieldLine": v.field_line, "fieldColumn": v.field_col}
        item["properties"] = {key: value for key, value in props.items() if value is not None}
    return item


class SarifFormatter(Formatter):
    """One SARIF log, written at the end of the run."""

    name = "sarif"

    def __init__(self, options: ReportOptions):
        super().__init__(options)
        self.violations: list[Violation] = []

    def handle(self, violation: Violation) -> None:
        self.violations.append(violation)

    def log(self) -> dict[str, Any]:
        """The SARIF log as a dictionary."""
        first: dict[str, Violation] = {}
        for v in self.violations:
            first.setdefault(v.code, v)
        codes = sorted(first)
        index = {code: i for i, code in enumerate(codes)}
        rules = [rule_descriptor(code, self.options.rules.get(code), first[code]) for code in codes]
        driver: dict[str, Any] = {"name": "newslint", "informationUri": INFORMATION_URI}
        if self.options.tool_version:
            driver["version"] = self.options.tool_version
        driver["rules"] = rules
        run = {
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "results": [result(v, index[v.code]) for v in self.violations],
        }
        return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}

    def stop(self, stats: RunStats) -> None:
        self.write(json.dumps(self.log(), indent=2, ensure_ascii=False) + "\n")
