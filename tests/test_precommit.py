"""The pre-commit hook, for real: ``pre-commit try-repo`` against a scratch git repository.

The hook repository is a scratch git copy of this project (committed, so that files not yet
committed here are part of it); pre-commit builds the hook's venv from it with ``pip install .``,
which fetches newslint's dependencies from the package registry. The target repository holds the
seed article, a clean Markdown file and a CSV file that the hook's ``files`` pattern must skip.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

SEED = REPO / "seeds" / "000_c63b3b5783eb788a.txt"
#: What the hook repository needs to be pip-installable and to declare the hook.
HOOK_REPO_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "newslint", "rules")

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                       reason="pre-commit is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", "-c", "user.name=newslint tests", "-c", "user.email=tests@example.invalid",
                    "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                   cwd=cwd, check=True, capture_output=True)


def hook_repository(target: Path) -> Path:
    target.mkdir()
    for name in HOOK_REPO_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc"))
        else:
            shutil.copy2(source, target / name)
    git("init", "-q", cwd=target)
    git("add", "-A", cwd=target)
    git("commit", "-q", "-m", "newslint hook", cwd=target)
    return target


def articles_repository(target: Path) -> Path:
    target.mkdir()
    shutil.copy2(SEED, target / "story.txt")
    (target / "clean.md").write_text(
        "# US officials travel to Venezuela for talks\n\n"
        "Senior US officials traveled to Venezuela on Saturday for talks.\n", encoding="utf-8")
    # Not a file kind the hook takes: its See also line must not be reported.
    (target / "notes.csv").write_text("line,text\n1,See also  The UK has only a few days\n",
                                      encoding="utf-8")
    git("init", "-q", cwd=target)
    git("add", "-A", cwd=target)
    return target


def try_repo(hooks: Path, articles: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("NEWSLINT_DISABLE_PLUGIN_AUTOLOAD", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "newslint",
                           "--verbose", *args], cwd=articles, env=env, capture_output=True, text=True,
                          timeout=900)


def test_try_repo_runs_the_hook_on_the_articles(tmp_path):
    hooks = hook_repository(tmp_path / "hooks")
    articles = articles_repository(tmp_path / "articles")
    home = tmp_path / "pre-commit-home"

    result = try_repo(hooks, articles, home, "--all-files")
    output = result.stdout + result.stderr
    assert "newslint" in output and "Failed" in output, output[-4000:]
    assert result.returncode == 1, output[-4000:]
    reported = [line for line in result.stdout.splitlines() if line.startswith(("story.txt:", "clean.md:", "notes.csv:"))]
    assert "story.txt:23:1: NL201" in "\n".join(reported)
    assert "story.txt:41:1: NL201" in "\n".join(reported)
    assert all(line.startswith("story.txt:") for line in reported), reported

    # The venv is built once; a clean file passes.
    clean = try_repo(hooks, articles, home, "--files", "clean.md")
    assert clean.returncode == 0, (clean.stdout + clean.stderr)[-4000:]
    assert "Passed" in clean.stdout


def test_the_hook_fixes_with_args_fix(tmp_path):
    """As ruff documents it: ``args: [--fix]`` in ``.pre-commit-config.yaml``. The hook fixes the
    story (pre-commit fails the run because files changed), then reports what remains."""
    hooks = hook_repository(tmp_path / "hooks")
    articles = articles_repository(tmp_path / "articles")
    revision = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hooks, check=True, capture_output=True,
                              text=True).stdout.strip()
    (articles / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {revision}\n    hooks:\n      - id: newslint\n"
        f"        args: [--fix]\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "home"), "PRE_COMMIT_COLOR": "never"}
    env.pop("NEWSLINT_DISABLE_PLUGIN_AUTOLOAD", None)
    result = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=articles,
                            env=env, capture_output=True, text=True, timeout=900)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output[-4000:]
    assert "files were modified by this hook" in output, output[-4000:]
    story = (articles / "story.txt").read_text(encoding="utf-8")
    seed = SEED.read_text(encoding="utf-8")
    assert "Leave a Reply" in seed and "Leave a Reply" not in story
    assert story == seed[:seed.index("\n\nLeave a Reply")]
    assert "Fixed 2 findings" in output
