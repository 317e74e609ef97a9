"""Helpers shared by the tests that run newslint in scratch projects: write files, run the real
command line there (entry-point autoload off, so only what the project configures is loaded), read
the one error line of a run that failed on a user's mistake, and the issue's declarative rule."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Optional

from conftest import run_newslint
from newslint.plugins import AUTOLOAD_ENV

#: The rule of issue 12, as a newsroom writes it: Reuters' standards footer left in the text.
TRUST = r"""
[tool.newslint.custom-rules.trust-principles]
code = "HX101"
summary = "A wire service's standards footer left in the text"
pattern = '^Our Standards: The Thomson Reuters Trust Principles\.?$'
message = "wire footer left in the text: {match}"
scope = "line"
severity = "warning"
fix = "delete-line"
examples.flag = ["Our Standards: The Thomson Reuters Trust Principles."]
examples.pass = ["The agency said its standards were under review."]
"""
FOOTER = "Our Standards: The Thomson Reuters Trust Principles."
AGENCY = "The agency said its standards were under review."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def lint(cwd: Path, *args: str, env: Optional[dict] = None) -> subprocess.CompletedProcess:
    """``newslint ARGS`` in ``cwd``, entry points not loaded."""
    return run_newslint(list(args), cwd=cwd, env={AUTOLOAD_ENV: "1", **(env or {})})


def one_error(result: subprocess.CompletedProcess) -> str:
    """The one error line of a run that failed as a user's mistake: exit 2, no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error: "), result.stderr
    return lines[0][len("newslint: error: "):]
