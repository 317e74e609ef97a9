"""Shared helpers for newslint's tests: the repository root and a real CLI subprocess runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Optional, Sequence

import pytest

REPO = Path(__file__).resolve().parent.parent


def run_newslint(args: Sequence[str], cwd: Optional[Path] = None, input: Optional[bytes] = None,
                 env: Optional[dict] = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``python -m newslint ARGS`` as a real subprocess; output decoded as UTF-8."""
    full_env = {**os.environ, "NO_COLOR": "", "FORCE_COLOR": "", "PYTHONIOENCODING": "utf-8"}
    full_env.pop("NO_COLOR")
    full_env.pop("FORCE_COLOR")
    full_env.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "newslint", *args], cwd=cwd or REPO, input=input,
        capture_output=True, env=full_env, timeout=timeout,
    )
    result.stdout = result.stdout.decode("utf-8")  # type: ignore[assignment]
    result.stderr = result.stderr.decode("utf-8")  # type: ignore[assignment]
    return result


@pytest.fixture
def newslint_cli():
    """The :func:`run_newslint` runner."""
    return run_newslint


@pytest.fixture
def repo_root() -> Path:
    return REPO
