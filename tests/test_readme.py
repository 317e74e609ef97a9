"""The README's promises: the two set-up commands exist, and CI runs the README's test command."""

from __future__ import annotations

from conftest import REPO


def _code_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_readme_has_the_main_job_command():
    readme = _code_lines((REPO / "README.md").read_text(encoding="utf-8"))
    assert any(line.endswith("newslint seeds/") and "pip install" in line for line in readme)


def test_ci_runs_the_readme_test_command_verbatim():
    readme = _code_lines((REPO / "README.md").read_text(encoding="utf-8"))
    test_commands = [line for line in readme if "pip install" in line and "pytest" in line]
    assert len(test_commands) == 1, test_commands
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test_commands[0] in _code_lines(ci)
