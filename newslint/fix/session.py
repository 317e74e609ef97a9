"""The command line's side of fixing: the options checked, what each unit fixed told to the
formatter and the user, the closing line and the exit status (as ruff does them).

- ``--fix``: findings fixed are not reported; the rest are. ``Fixed N findings (M remaining)`` on
  standard error at the end. Exit status from what remains (``--fail-on``, ``--exit-zero``).
- ``--fix-only``: the same, without reporting what remains; exit 0.
- ``--diff``: the unified diffs on standard output, nothing written, nothing else reported;
  ``Would fix N findings (M remaining)``; exit 1 when something would change, else 0.
- A file that could not be written (it changed on disk since it was read, no permission, a full
  disk) is one ``newslint: error:`` line, and the exit status is 2 (the other files are fixed).
  A file or record that could not be fixed safely is one ``newslint: warning:`` line.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import TYPE_CHECKING, Optional

from newslint.config import ConfigError
from newslint.fix.options import FixOptions, FixReport

if TYPE_CHECKING:
    from newslint.formatters.base import Formatter
    from newslint.violation import Violation
    from newslint.settings import Settings

EXIT_ERROR = 2


def fix_options(args: argparse.Namespace, settings: "Settings") -> Optional[FixOptions]:
    """The fixing asked for on the command line, or ``None``; :class:`ConfigError` when the
    options contradict one another."""
    fixing = args.fix or args.fix_only or args.diff or args.fix_output is not None
    if not fixing:
        if args.fix_audit:
            raise ConfigError("--fix-audit: nothing is fixed without --fix, --fix-only or --fix-output")
        return None
    if args.diff and args.fix_output is not None:
        raise ConfigError("--diff writes nothing: it does not go with --fix-output")
    if getattr(args, "write_baseline", None):
        raise ConfigError("--write-baseline records findings: it does not go with --fix or --diff")
    if args.fix_audit is not None and not args.fix_audit.strip():
        raise ConfigError("--fix-audit needs a field name")
    output = None
    if args.fix_output is not None:
        if not args.fix_output.strip():
            raise ConfigError("--fix-output needs a folder")
        output = os.path.abspath(args.fix_output)
        if os.path.exists(output) and not os.path.isdir(output):
            raise ConfigError(f"--fix-output {args.fix_output}: not a folder")
    baseline = os.path.abspath(settings.baseline) if settings.baseline else None
    return FixOptions(mode="diff" if args.diff else "fix", unsafe=args.unsafe_fixes, output=output,
                      output_display=args.fix_output, root=os.getcwd(), audit=args.fix_audit,
                      baseline=baseline)


class FixSession:
    """Collects what the units fixed, as the run reports it (in report order)."""

    def __init__(self, args: argparse.Namespace, options: FixOptions):
        self.options = options
        self.diff = options.mode == "diff"
        #: Whether the findings that remain are reported (not with --fix-only or --diff).
        self.report_remaining = not (args.fix_only or self.diff)
        self.quiet = args.quiet
        self.formatter: Optional["Formatter"] = None
        self.fixed = 0
        self.files_changed = 0
        self.errors = 0
        #: Baseline entries the remaining findings used (the units left those findings out).
        self.baseline_used = FixReport().baseline_used
        #: Remaining findings whose fix is unsafe and --unsafe-fixes was not given.
        self.unsafe_left = 0

    def take(self, report: FixReport) -> None:
        """One unit's (or batch's) report: tell the formatter, print diffs, errors and warnings."""
        self.fixed += len(report.fixed)
        self.files_changed += report.files_changed
        self.baseline_used.update(report.baseline_used)
        if self.formatter is not None:
            for violation in report.fixed:
                self.formatter.fixed(violation)
        for diff in report.diffs:
            sys.stdout.write(diff)
        for message in report.warnings:
            _say(f"newslint: warning: {message}")
        for message in report.errors:
            self.errors += 1
            _say(f"newslint: error: {message}")

    def remains(self, violation: "Violation") -> None:
        """A finding left after fixing (reported or not): counted when only --unsafe-fixes
        would have fixed it, for the closing line's hint."""
        if violation.fix is not None and not violation.fix.safe and not self.options.unsafe:
            self.unsafe_left += 1

    def closing(self, remaining: int) -> None:
        """``Fixed N findings (M remaining)`` (``Would fix`` with --diff), on standard error,
        with ruff's hint when some of the rest only --unsafe-fixes would fix."""
        if self.quiet >= 2:
            return
        verb = "Would fix" if self.diff else "Fixed"
        noun = "finding" if self.fixed == 1 else "findings"
        hint = ""
        if self.unsafe_left:
            hint = f", {self.unsafe_left} fixable with --unsafe-fixes"
        _say(f"{verb} {self.fixed} {noun} ({remaining} remaining{hint})")

    def exit_status(self, lint_status: int) -> int:
        """The exit status: 2 when a file could not be written; with --diff 1 when something
        would change; with --fix-only 0; else the status of the findings that remain."""
        if self.errors:
            return EXIT_ERROR
        if self.diff:
            return 1 if self.files_changed else 0
        if not self.report_remaining:
            return 0
        return lint_status


def _say(line: str) -> None:
    with contextlib.suppress(OSError):
        sys.stdout.flush()
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
