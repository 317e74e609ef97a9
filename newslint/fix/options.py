"""What ``--fix`` and its companions asked for, and what a run of fixes reports back.

Both are plain, picklable data: :class:`FixOptions` travels on :class:`~newslint.settings.Settings`
to ``--jobs`` processes and Dask workers, and :class:`FixReport` comes back from them with each
unit's result (:class:`~newslint.units.UnitResult`).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from newslint.violation import Violation


@dataclass(frozen=True)
class FixOptions:
    #: ``"fix"``: write the fixed files; ``"diff"``: write nothing, return unified diffs.
    mode: str = "fix"
    #: Apply unsafe fixes too (``--unsafe-fixes``).
    unsafe: bool = False
    #: ``--fix-output DIR``: write cleaned copies under this folder (absolute) instead of in place…
    output: Optional[str] = None
    #: … and name them so in reports (the folder as the user wrote it).
    output_display: Optional[str] = None
    #: The folder input paths are mirrored from (the working directory of the command).
    root: str = "."
    #: ``--fix-audit FIELD``: list each record's changes in this field.
    audit: Optional[str] = None
    #: The baseline whose findings are not fixed (absolute path), if any.
    baseline: Optional[str] = None
    #: Corpus-rule findings whose lines to remove, per (path, record) (newslint.fix.corpus).
    corpus: Optional[dict] = None

    def mirrored(self, path: str) -> str:
        """Where a cleaned copy of input ``path`` goes under ``--fix-output``: its path relative
        to :attr:`root`, or for a path outside it, its absolute path without the root."""
        absolute = os.path.abspath(os.path.join(self.root, path))
        relative = os.path.relpath(absolute, self.root)
        if relative == os.pardir or relative.startswith(os.pardir + os.sep) or os.path.isabs(relative):
            drive, rest = os.path.splitdrive(absolute)
            relative = os.path.join(drive.replace(":", ""), rest.lstrip("/\\"))
        return relative


@dataclass
class FixReport:
    """What fixing some units did."""

    #: The findings fixed, in report order (positions in the text before fixing).
    fixed: list[Violation] = field(default_factory=list)
    #: Unified diffs (``--diff``), in report order.
    diffs: list[str] = field(default_factory=list)
    #: Files left as they were because writing failed or they changed meanwhile (exit 2).
    errors: list[str] = field(default_factory=list)
    #: Files or records not fixed, and why (a warning each).
    warnings: list[str] = field(default_factory=list)
    #: Files written (or, with ``--diff``, that would be).
    files_changed: int = 0
    #: Baseline entries used by the findings that remain: key → count.
    baseline_used: Counter = field(default_factory=Counter)

    def add(self, other: "FixReport") -> None:
        self.fixed += other.fixed
        self.diffs += other.diffs
        self.errors += other.errors
        self.warnings += other.warnings
        self.files_changed += other.files_changed
        self.baseline_used.update(other.baseline_used)
