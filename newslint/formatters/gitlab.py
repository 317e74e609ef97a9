"""GitLab Code Quality output: a JSON array GitLab shows in merge requests (``codequality`` report).

Fingerprints come from the finding (path, code and flagged text, not the line), so GitLab tracks a
finding when the text around it moves. GitLab needs them unique: a repeat of the same finding in the
same file (the same teaser twice) gets a fingerprint derived from the first and its ordinal.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from newslint.formatters.base import Formatter, ReportOptions, RunStats
from newslint.formatters.default import display_message
from newslint.violation import Violation

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def base_fingerprint(violation: Violation) -> str:
    """The finding's fingerprint, or one made from path, code and message when it has none."""
    if violation.fingerprint:
        return violation.fingerprint
    key = f"{violation.path}\0{violation.code}\0{violation.message}"
    return hashlib.sha1(key.encode("utf-8", "replace")).hexdigest()[:16]


class GitlabFormatter(Formatter):
    """The Code Quality array, written at the end of the run."""

    name = "gitlab"

    def __init__(self, options: ReportOptions):
        super().__init__(options)
        self.items: list[dict[str, Any]] = []
        self.seen: dict[str, int] = {}

    def fingerprint(self, violation: Violation) -> str:
        base = base_fingerprint(violation)
        count = self.seen.get(base, 0) + 1
        self.seen[base] = count
        if count == 1:
            return base
        return hashlib.sha1(f"{base}\0{count}".encode()).hexdigest()[:16]

    def handle(self, violation: Violation) -> None:
        v = violation
        self.items.append({
            "description": f"{v.code} {display_message(v)}",
            "check_name": v.code,
            "fingerprint": self.fingerprint(v),
            "severity": SEVERITIES.get(str(v.severity), "minor"),
            "location": {"path": v.path.replace("\\", "/"), "lines": {"begin": v.line}},
        })

    def stop(self, stats: RunStats) -> None:
        self.write(json.dumps(self.items, indent=2, ensure_ascii=False) + "\n")
