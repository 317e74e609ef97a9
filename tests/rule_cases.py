"""Fixture cases of real lines for rule tests, shared by the NL2xx and NL3xx rule tests.

A fixture file ``tests/fixtures/rules/nl<family>/<CODE>-<name>.txt`` holds cases: ``----`` opens a
case (naming its source), ``+ `` marks a line the rule must flag, two spaces a line it must leave
alone, an empty line is an empty line of the text; ``#`` lines before a case's first line are
comments. Every case runs through the real :class:`~newslint.engine.Linter` with one rule selected.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from newslint.document import Document
from newslint.engine import Linter
from newslint.plugins import plugins_for
from newslint.rule import examined_alone
from newslint.settings import Settings

RULE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules"


class Case(NamedTuple):
    code: str
    title: str
    text: str
    flagged: frozenset[int]  # 1-based lines of ``text`` the rule must flag


def load_cases(code: str) -> list[Case]:
    """The cases of ``code``'s fixture file."""
    (path,) = (RULE_FIXTURES / f"nl{code[2]}").glob(f"{code}-*.txt")
    cases: list[Case] = []
    title, lines, flagged = None, [], set()
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("----"):
            if title is not None:
                cases.append(Case(code, title, "\n".join(lines), frozenset(flagged)))
            title, lines, flagged = raw[4:].strip(), [], set()
        elif title is None or (raw.startswith("#") and not lines):
            continue
        elif raw == "":
            lines.append("")
        else:
            tag, text = raw[:2], raw[2:]
            assert tag in ("+ ", "  "), f"{path.name}: bad tag in {raw!r}"
            lines.append(text)
            if tag == "+ ":
                flagged.add(len(lines))
    if title is not None:
        while lines and lines[-1] == "":  # the file's final newline
            lines.pop()
        cases.append(Case(code, title, "\n".join(lines), frozenset(flagged)))
    return cases


@lru_cache(maxsize=None)
def linter(code: str) -> Linter:
    """A linter that shows rule ``code`` (or the rules of a prefix) at work on its own (a context
    rule beside the default rules, whose verdicts it reads)."""
    rule_class = plugins_for(Settings()).rules.get(code)
    if rule_class is None:
        return Linter(Settings(select=[code]))
    return Linter(Settings(**examined_alone([rule_class])))


def flagged_lines(code: str, text: str) -> set[int]:
    return {v.line for v in linter(code).lint(Document("case.txt", text)) if v.code == code}


def rule(code: str):
    return next(rule for rule in linter(code).rules if rule.code == code)
