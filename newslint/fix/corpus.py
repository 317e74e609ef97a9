"""Fixes for corpus rules: lines judged junk only once every document has been seen (the same
site boilerplate on a thousand pages).

A corpus rule's findings exist only after the whole run, when the files are already written. So
when an enabled corpus rule declares a line removal (``fix = Fixable("remove-line", …)``), the run
first lints the paths with those corpus rules alone (cheap: they only collect), judges, and hands
each document its planned removals (:class:`CorpusPlan`, carried on the run's fix options to every
process and worker). The fixing run then removes those lines with the document's other fixes, in
the same passes (:func:`newslint.fix.document.fix_document`); the corpus rules collect again from
the fixed text, and what they still find is reported as remaining.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import TYPE_CHECKING, Iterable, Optional

from newslint.violation import Violation

if TYPE_CHECKING:
    from newslint.engine import Linter
    from newslint.fix.options import FixOptions

#: (display path, record line or None) → the corpus findings planned for that document.
CorpusPlan = dict[tuple[str, Optional[int]], tuple[Violation, ...]]


def fixable_corpus_codes(linter: "Linter") -> list[str]:
    """Codes of the enabled corpus rules whose findings remove their line in this run: safe
    fixes, and unsafe ones under ``--unsafe-fixes`` (else the pre-pass would plan nothing)."""
    options = linter.settings.fix
    unsafe = options is not None and options.unsafe
    return [rule.code for rule in linter.corpus_rules
            if rule.fix is not None and rule.fix.how == "remove-line" and (rule.fix.safe or unsafe)]


def plan_corpus_fixes(linter: "Linter", findings: Iterable[Violation]) -> CorpusPlan:
    """Group a pre-pass's corpus findings by document (only those whose rules remove lines)."""
    codes = set(fixable_corpus_codes(linter))
    plan: dict[tuple[str, Optional[int]], list[Violation]] = {}
    for found in findings:
        if found.code in codes:
            plan.setdefault((found.path, found.record), []).append(found)
    return {key: tuple(found) for key, found in plan.items()}


def with_corpus_plan(linter: "Linter", run_factory) -> Optional["FixOptions"]:
    """The run's fix options with the corpus plan in them, after a pre-pass of the fixable corpus
    rules over the same paths (``run_factory(linter)`` builds the run), or ``None`` when no
    enabled corpus rule removes lines."""
    from newslint.engine import Linter

    codes = fixable_corpus_codes(linter)
    options = linter.settings.fix
    if not codes or options is None:
        return None
    settings = copy.deepcopy(linter.settings)
    settings.fix = None
    settings.select, settings.extend_select, settings.ignore = codes, [], []
    settings.extend_ignore = []
    pre = Linter(settings, linter.plugins)
    findings = list(run_factory(pre).violations())
    return dataclasses.replace(options, corpus=plan_corpus_fixes(linter, findings))
