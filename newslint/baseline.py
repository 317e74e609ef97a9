"""Baseline files: accept today's findings, fail only on new ones.

A baseline is a JSON file listing findings by path, code and fingerprint (a hash of the flagged
text, not its line number), so findings stay matched when text moves. Entries are counted: two
identical findings need two entries. Entries that match nothing any more are *stale*; the CLI
reports how many. Written atomically (temporary file, then rename).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Iterable, Iterator

from newslint.atomic import atomic_write
from newslint.config import ConfigError
from newslint.violation import Violation

VERSION = 1
Key = tuple[str, str, str]


def _key(violation: Violation) -> Key:
    return (violation.path.replace("\\", "/"), violation.code, violation.fingerprint)


def write_baseline(path: str, violations: Iterable[Violation]) -> int:
    entries = [
        {"path": v.path.replace("\\", "/"), "code": v.code, "fingerprint": v.fingerprint,
         "message": v.message, "line": v.line}
        for v in sorted(violations, key=Violation.sort_key)
    ]
    payload = {"tool": "newslint", "version": VERSION, "findings": entries}
    with atomic_write(path) as handle:
        json.dump(payload, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    return len(entries)


class Baseline:
    def __init__(self, keys: Counter[Key], path: str):
        self.remaining = keys
        self.path = path
        self.matched = 0

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except OSError as error:
            raise ConfigError(f"{path}: cannot read baseline: {error.strerror or error}") from None
        except (ValueError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: baseline is not valid JSON: {error}") from None
        findings = data.get("findings") if isinstance(data, dict) else None
        if not isinstance(findings, list):
            raise ConfigError(f"{path}: baseline has no 'findings' list")
        keys: Counter[Key] = Counter()
        for number, entry in enumerate(findings):
            try:
                keys[(str(entry["path"]), str(entry["code"]), str(entry["fingerprint"]))] += 1
            except (KeyError, TypeError):
                raise ConfigError(f"{path}: baseline entry {number} lacks path, code or fingerprint") from None
        return cls(keys, path)

    def filter(self, violations: Iterable[Violation]) -> Iterator[Violation]:
        """Yield the violations the baseline does not cover."""
        for violation in violations:
            key = _key(violation)
            if self.remaining.get(key, 0) > 0:
                self.remaining[key] -= 1
                self.matched += 1
                continue
            yield violation

    def consume(self, used: "Counter[Key]") -> None:
        """Count entries used elsewhere (``--fix`` filters in the processes that fix)."""
        for key, count in used.items():
            taken = min(count, self.remaining.get(key, 0))
            self.remaining[key] -= taken
            self.matched += taken

    @property
    def stale(self) -> int:
        return sum(count for count in self.remaining.values() if count > 0)
