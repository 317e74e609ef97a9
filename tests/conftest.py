"""Shared helpers for newslint's tests: the repository root and a real CLI subprocess runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Optional, Sequence

import pytest

REPO = Path(__file__).resolve().parent.parent
#: Fixture plugins (importable modules): a run sees them when this folder is on PYTHONPATH.
PLUGINS = REPO / "tests" / "fixtures" / "plugins"


def plugin_env(**extra: str) -> dict:
    """Environment for a newslint subprocess (or Dask worker) that imports the fixture plugins."""
    path = os.pathsep.join(p for p in (str(PLUGINS), os.environ.get("PYTHONPATH")) if p)
    return {"PYTHONPATH": path, **extra}


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


@pytest.fixture(autouse=True, scope="session")
def _scan_store(tmp_path_factory: pytest.TempPathFactory):
    """The scan accelerator keeps its compiled databases in a folder of the test session (every
    newslint subprocess inherits it), not in the user's cache folder; and a small run does not
    compile it in the background (tests/test_warm.py turns that on where it is tested), which
    would take a core for seconds and write to the folder while tests read it."""
    added = {name: value for name, value in (
        ("NEWSLINT_SCAN_STORE", str(tmp_path_factory.mktemp("scan-store"))),
        ("NEWSLINT_COMPILE_AHEAD", "0")) if name not in os.environ}
    os.environ.update(added)
    yield
    for name in added:
        os.environ.pop(name, None)


@pytest.fixture
def newslint_cli():
    """The :func:`run_newslint` runner."""
    return run_newslint


@pytest.fixture
def repo_root() -> Path:
    return REPO
