"""Inline suppression in Markdown and HTML inputs, without touching the scraped text itself.

- ``<!-- newslint: ignore NL201 NL301 -->`` on a line: those codes (all codes if none are named)
  are not reported on that line; a comment standing alone on its line covers the next non-blank
  line instead (so it can sit above the line it is about).
- ``<!-- newslint: disable NL201 -->`` … ``<!-- newslint: enable NL201 -->``: not reported between.
- ``<!-- newslint: ignore-file -->`` anywhere: nothing in the file is reported.

Codes may be prefixes (``NL2``) or rule names. The marker ``newslint:`` is lower case (the engine
looks for it before parsing anything); the verbs may be in any case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

COMMENT = re.compile(
    r"<!--\s*(?-i:newslint):\s*(?P<verb>ignore-file|ignore|disable|enable)\b(?P<codes>[^>]*?)\s*-->",
    re.IGNORECASE,
)
ALL = "*"


@dataclass
class Suppressions:
    #: 1-based line → codes suppressed there (``*`` for all).
    lines: dict[int, set[str]] = field(default_factory=dict)
    #: (first line, last line or None, codes) ranges from disable/enable.
    ranges: list[tuple[int, int, set[str]]] = field(default_factory=list)
    whole_file: bool = False

    @classmethod
    def parse(cls, text: str) -> "Suppressions":
        found = cls()
        lines = text.split("\n")
        open_ranges: dict[str, int] = {}
        for number, line in enumerate(lines, start=1):
            if "newslint:" not in line:
                continue
            for match in COMMENT.finditer(line):
                verb = match.group("verb").lower()
                codes = set(re.split(r"[\s,]+", match.group("codes").strip())) - {""} or {ALL}
                if verb == "ignore-file":
                    found.whole_file = True
                elif verb == "ignore":
                    found.lines.setdefault(number, set()).update(codes)
                    alone = COMMENT.sub("", line).strip() == ""
                    following = _next_nonblank(lines, number) if alone else None
                    if following is not None:
                        found.lines.setdefault(following, set()).update(codes)
                elif verb == "disable":
                    for code in codes:
                        open_ranges.setdefault(code, number)
                else:  # enable
                    for code in list(open_ranges) if ALL in codes else codes:
                        if code in open_ranges:
                            found.ranges.append((open_ranges.pop(code), number, {code}))
        for code, start in open_ranges.items():
            found.ranges.append((start, len(lines), {code}))
        return found

    def suppressed(self, line: int, code: str, name: str = "") -> bool:
        if self.whole_file:
            return True
        codes = self.lines.get(line)
        if codes and _matches(codes, code, name):
            return True
        return any(start <= line <= end and _matches(codes_, code, name)
                   for start, end, codes_ in self.ranges)


def _matches(codes: set[str], code: str, name: str) -> bool:
    return ALL in codes or name in codes or any(code.startswith(prefix) for prefix in codes)


def _next_nonblank(lines: list[str], number: int) -> "int | None":
    for index in range(number, len(lines)):
        if lines[index].strip():
            return index + 1
    return None
