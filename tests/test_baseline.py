"""Baselines, by real subprocess runs: accept today's findings, fail only on new ones.

Findings come from the fixture plugin ``newsroom_fixture_rules`` (XT101 on "See also" lines, XT201
on "Leave a Reply"), so the tests do not move when built-in rules are tuned.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import plugin_env, run_newslint


STORY = """US officials travel to Venezuela for talks

Senior US officials traveled to Venezuela on Saturday for talks with President Nicolas Maduro's government.

See also  The UK has only a few days to save Christmas, why?

The visit comes as part of a US attempt to isolate Russian President Vladimir Putin.

See also  Your Most Popular Questions About CompTIA N10-007 Exam

Leave a Reply
"""


def lint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_newslint(["-p", "newsroom_fixture_rules", "--select", "XT", *args], cwd=cwd,
                        env=plugin_env())


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A folder with a story and a baseline of its three findings."""
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    written = lint("--write-baseline", "baseline.json", "story.txt", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert written.stdout == ""
    assert "wrote 3 findings to baseline.json" in written.stderr
    return tmp_path


def test_the_baseline_file_records_path_code_and_fingerprint(desk):
    data = json.loads((desk / "baseline.json").read_text(encoding="utf-8"))
    assert data["tool"] == "newslint"
    assert [(f["path"], f["code"], f["line"]) for f in data["findings"]] == [
        ("story.txt", "XT101", 5), ("story.txt", "XT101", 9), ("story.txt", "XT201", 11)]
    assert all(len(f["fingerprint"]) >= 8 for f in data["findings"])


def test_known_findings_are_hidden(desk):
    result = lint("--baseline", "baseline.json", "story.txt", cwd=desk)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_new_finding_still_fails(desk):
    (desk / "story.txt").write_text(STORY + "\nSee also  Maduro meets US delegation\n", encoding="utf-8")
    result = lint("--baseline", "baseline.json", "story.txt", cwd=desk)
    assert result.returncode == 1
    assert result.stdout == "story.txt:13:1: XT101 'See also' teaser line\n"


def test_a_second_copy_of_a_known_finding_is_new(desk):
    text = STORY.replace("Leave a Reply\n", "Leave a Reply\n\nLeave a Reply\n")
    (desk / "story.txt").write_text(text, encoding="utf-8")
    result = lint("--baseline", "baseline.json", "story.txt", cwd=desk)
    assert result.returncode == 1
    assert result.stdout.count("XT201") == 1


def test_moved_text_is_still_matched(desk):
    moved = ("Venezuela talks: what we know\n\nA new opening paragraph pushes everything down.\n\n"
             "And another one.\n\n" + STORY.split("\n", 2)[2])
    (desk / "story.txt").write_text(moved, encoding="utf-8")
    unfiltered = lint("story.txt", cwd=desk)
    assert [line.split(":")[1] for line in unfiltered.stdout.splitlines()] == ["9", "13", "15"]
    result = lint("--baseline", "baseline.json", "story.txt", cwd=desk)
    assert (result.returncode, result.stdout) == (0, "")


def test_stale_entries_are_reported_on_stderr(desk):
    (desk / "story.txt").write_text(STORY.replace("Leave a Reply\n", ""), encoding="utf-8")
    result = lint("--baseline", "baseline.json", "story.txt", cwd=desk)
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr.splitlines() == [
        "newslint: warning: 1 baseline entries in baseline.json match no finding any more "
        "(refresh with --write-baseline)"]


def test_baseline_in_the_configuration_is_relative_to_the_file(desk):
    (desk / "newslint.toml").write_text('baseline = "baseline.json"\n', encoding="utf-8")
    story = str(desk / "story.txt")  # absolute: the same path from any working directory
    assert lint("--write-baseline", "baseline.json", story, cwd=desk).returncode == 0
    (desk / "story.txt").write_text(STORY + "\nSee also  Maduro meets US delegation\n", encoding="utf-8")
    (desk / "sub").mkdir()
    # From a subfolder: the configuration is found upwards and its baseline read beside it.
    result = lint(story, cwd=desk / "sub")
    assert result.returncode == 1
    assert result.stdout == f"{story}:13:1: XT101 'See also' teaser line\n"
    assert len(lint("--isolated", story, cwd=desk / "sub").stdout.splitlines()) == 4


def test_write_baseline_ignores_the_configured_baseline(desk):
    (desk / "newslint.toml").write_text('baseline = "baseline.json"\n', encoding="utf-8")
    result = lint("--write-baseline", "fresh.json", "story.txt", cwd=desk)
    assert result.returncode == 0
    assert len(json.loads((desk / "fresh.json").read_text(encoding="utf-8"))["findings"]) == 3


@pytest.mark.parametrize("content, fragment", [
    ("not json", "not valid JSON"),
    ('{"tool": "newslint"}', "no 'findings' list"),
    ('{"findings": [{"path": "story.txt"}]}', "entry 0"),
])
def test_a_broken_baseline_is_one_error_line(desk, content, fragment):
    (desk / "broken.json").write_text(content, encoding="utf-8")
    result = lint("--baseline", "broken.json", "story.txt", cwd=desk)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and fragment in result.stderr and "broken.json" in result.stderr


def test_a_missing_baseline_is_one_error_line(desk):
    result = lint("--baseline", "nope.json", "story.txt", cwd=desk)
    assert result.returncode == 2
    assert result.stderr.startswith("newslint: error: nope.json: cannot read baseline")
