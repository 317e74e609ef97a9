"""The command-line contract, by real subprocess runs: input, output options, exit codes, rule docs.

Findings come from the fixture plugin ``newsroom_fixture_rules`` (XT101 warning, XT102 info, XT201
error, XT301 off by default), so these tests do not move when built-in rules are tuned.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import plugin_env, run_newslint


#: Lines 5 (XT101 warning), 9 (XT102 info) and 11 (XT201 error) are flagged by the fixture rules.
STORY = """US officials travel to Venezuela for talks

Senior US officials traveled to Venezuela on Saturday for talks with President Nicolas Maduro's government.

See also  The UK has only a few days to save Christmas, why?

The visit comes as part of a US attempt to isolate Russian President Vladimir Putin.

Read more: the full story of the talks

Leave a Reply
"""
CLEAN = "US officials travel to Venezuela for talks\n\nSenior US officials traveled to Venezuela.\n"


def fixture_env() -> dict:
    return plugin_env()


def lint(*args: str, cwd: Path, input: bytes | None = None) -> subprocess.CompletedProcess:
    """``newslint -p newsroom_fixture_rules --select XT ARGS`` in ``cwd``."""
    return run_newslint(["-p", "newsroom_fixture_rules", "--select", "XT", *args], cwd=cwd,
                        input=input, env=fixture_env())


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def assert_one_error_line(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error: "), result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


# -- input ----------------------------------------------------------------------------------------

def test_findings_are_flake8_lines_and_exit_1(story):
    result = lint("story.txt", cwd=story)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "story.txt:5:1: XT101 'See also' teaser line",
        "story.txt:9:1: XT102 'Read more' line",
        "story.txt:11:1: XT201 comment form heading",
    ]
    assert result.stderr == ""


def test_a_clean_file_exits_0_and_prints_nothing(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    result = lint("clean.txt", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_stdin_is_read_with_a_dash_and_named_by_stdin_display_name(tmp_path):
    result = lint("-", cwd=tmp_path, input=STORY.encode())
    assert result.stdout.splitlines()[0] == "stdin:5:1: XT101 'See also' teaser line"
    named = lint("--stdin-display-name", "desk/story.md", "-", cwd=tmp_path, input=STORY.encode())
    assert named.returncode == 1
    assert [line.split(" ")[0] for line in named.stdout.splitlines()] == [
        "desk/story.md:5:1:", "desk/story.md:9:1:", "desk/story.md:11:1:"]


def test_per_file_ignores_apply_to_the_stdin_display_name(tmp_path):
    result = lint("--stdin-display-name", "archive/story.txt", "--per-file-ignores",
                  "archive/*.txt:XT1", "-", cwd=tmp_path, input=STORY.encode())
    assert result.stdout.splitlines() == ["archive/story.txt:11:1: XT201 comment form heading"]


def test_folders_recurse_and_files_and_folders_mix(tmp_path):
    (tmp_path / "desk" / "world").mkdir(parents=True)
    (tmp_path / "desk" / "world" / "a.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "desk" / "notes.csv").write_text(STORY, encoding="utf-8")  # not picked in folders
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    result = lint("desk", "b.txt", cwd=tmp_path)
    paths = sorted({line.split(":")[0] for line in result.stdout.splitlines()})
    assert paths == ["b.txt", os.path.join("desk", "world", "a.md")]


def test_a_missing_file_is_a_finding_not_a_crash(tmp_path):
    result = run_newslint(["missing.txt"], cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("missing.txt:1:1: NL910 ")
    assert "Traceback" not in result.stderr


def test_python_dash_m_and_the_console_script_agree(story):
    script = Path(sys.executable).with_name("newslint")
    if not script.exists():
        pytest.skip("no newslint console script next to this Python")
    module = lint("story.txt", cwd=story)
    console = subprocess.run([str(script), "-p", "newsroom_fixture_rules", "--select", "XT",
                              "story.txt"], cwd=story, capture_output=True, text=True,
                             env={**os.environ, **fixture_env()})
    assert (console.returncode, console.stdout) == (module.returncode, module.stdout)


# -- outcome --------------------------------------------------------------------------------------

def test_exit_zero_reports_but_exits_0(story):
    result = lint("--exit-zero", "story.txt", cwd=story)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize("select, fail_on, expected", [
    ("XT101", "error", 0),    # a warning does not fail --fail-on error
    ("XT201", "error", 1),    # an error does
    ("XT102", "warning", 0),  # info does not fail --fail-on warning
    ("XT101", "warning", 1),
    ("XT102", "info", 1),
])
def test_fail_on_sets_the_lowest_failing_severity(story, select, fail_on, expected):
    result = run_newslint(["-p", "newsroom_fixture_rules", "--select", select, "--fail-on", fail_on,
                           "story.txt"], cwd=story, env=fixture_env())
    assert result.returncode == expected
    assert result.stdout.count(select) == 1  # reported either way


def test_usage_errors_exit_2_with_one_line(story):
    result = lint("--no-such-option", "story.txt", cwd=story)
    assert result.returncode == 2 and "unrecognized arguments: --no-such-option" in result.stderr
    assert_one_error_line(lint("--format", "yaml", "story.txt", cwd=story), "yaml")
    assert_one_error_line(lint("--jobs", "many", "story.txt", cwd=story), "--jobs")
    assert_one_error_line(lint("--select", "XT999", "story.txt", cwd=story),
                          "--select", "'XT999'")


# -- output ---------------------------------------------------------------------------------------

def test_count_prints_the_total_last(story):
    result = lint("--count", "story.txt", cwd=story)
    assert result.stdout.splitlines()[-1] == "3"
    assert result.returncode == 1


def test_statistics_counts_per_code(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    result = lint("--statistics", "a.txt", "b.txt", cwd=tmp_path)
    assert result.stdout.splitlines()[-3:] == [
        "2     XT101 'See also' teaser line",
        "2     XT102 'Read more' line",
        "2     XT201 comment form heading",
    ]


def test_quiet_prints_file_names_then_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CLEAN, encoding="utf-8")
    once = lint("-q", "a.txt", "b.txt", cwd=tmp_path)
    assert (once.returncode, once.stdout) == (1, "a.txt\n")
    twice = lint("-qq", "a.txt", "b.txt", cwd=tmp_path)
    assert (twice.returncode, twice.stdout) == (1, "")


def test_output_file_replaces_its_content(story):
    report = story / "report.txt"
    report.write_text("old content that must go\n" * 50, encoding="utf-8")
    result = lint("--output-file", "report.txt", "story.txt", cwd=story)
    assert result.returncode == 1 and result.stdout == ""
    assert report.read_text(encoding="utf-8").splitlines() == [
        "story.txt:5:1: XT101 'See also' teaser line",
        "story.txt:9:1: XT102 'Read more' line",
        "story.txt:11:1: XT201 comment form heading",
    ]
    (story / "story.txt").write_text(CLEAN, encoding="utf-8")
    assert lint("-o", "report.txt", "story.txt", cwd=story).returncode == 0
    assert report.read_text(encoding="utf-8") == ""


def test_tee_writes_the_file_and_prints(story):
    result = lint("--output-file", "report.txt", "--tee", "story.txt", cwd=story)
    assert result.stdout == (story / "report.txt").read_text(encoding="utf-8")
    assert len(result.stdout.splitlines()) == 3


def test_show_source_prints_the_line_and_a_caret(story):
    result = lint("--select", "XT201", "--show-source", "story.txt", cwd=story)
    lines = result.stdout.splitlines()
    assert lines[:3] == ["story.txt:11:1: XT201 comment form heading", "Leave a Reply", "^"]


def test_machine_formats_keep_stdout_parseable_with_count(story):
    result = lint("--format", "json", "--count", "story.txt", cwd=story)
    findings = json.loads(result.stdout)
    assert [f["code"] for f in findings] == ["XT101", "XT102", "XT201"]
    assert result.stderr.strip() == "3"


# -- rule documentation ---------------------------------------------------------------------------

def test_rule_code_prints_the_rules_documentation(tmp_path):
    result = run_newslint(["rule", "XT101", "-p", "newsroom_fixture_rules"], cwd=tmp_path,
                          env=fixture_env())
    assert result.returncode == 0
    assert result.stdout.startswith("# XT101 fixture-see-also\n")
    for section in ("What it flags", "Why it matters", "Example", "Plugin: newsroom_fixture_rules",
                    "max-words (int, default 20)"):
        assert section in result.stdout
    by_name = run_newslint(["rule", "fixture-see-also", "-p", "newsroom_fixture_rules"],
                           cwd=tmp_path, env=fixture_env())
    assert by_name.stdout == result.stdout


def test_rule_for_a_built_in_code_prints_its_documentation(tmp_path):
    result = run_newslint(["rule", "NL910"], cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("# NL910 unreadable-file\n") and "What it flags" in result.stdout


def test_rule_with_an_unknown_code_is_one_error_line(tmp_path):
    assert_one_error_line(run_newslint(["rule", "XT999"], cwd=tmp_path), "'XT999'", "newslint rules")


def test_rules_lists_the_catalogue_as_a_table(tmp_path):
    result = run_newslint(["rules", "-p", "newsroom_fixture_rules"], cwd=tmp_path, env=fixture_env())
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["code", "name", "severity", "fix", "summary"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert rows["XT101"][1:4] == ["fixture-see-also", "warning", "-"]
    assert rows["XT201"][1:4] == ["fixture-leave-a-reply", "error", "-"]
    assert rows["NL910"][1] == "unreadable-file"
    assert list(rows) == sorted(rows)


def test_rules_as_json_describe_every_rule(tmp_path):
    result = run_newslint(["rules", "--format", "json", "-p", "newsroom_fixture_rules"], cwd=tmp_path,
                          env=fixture_env())
    assert result.returncode == 0
    rules = {rule["code"]: rule for rule in json.loads(result.stdout)}
    see_also = rules["XT101"]
    assert see_also["name"] == "fixture-see-also"
    assert see_also["severity"] == "warning"
    assert see_also["kind"] == "line"
    assert see_also["plugin"] == "newsroom_fixture_rules"
    assert see_also["options"]["max-words"] == {"default": 20, "type": "int",
                                                "help": "longer lines are not flagged"}
    assert "Why it matters" in see_also["documentation"]
    assert rules["XT301"]["default_enabled"] is False
    assert all(rule["summary"] and "\n" not in rule["summary"] for rule in rules.values())


def test_files_in_any_order_are_reported_sorted_by_path_and_each_once(tmp_path):
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text("See also  A story about other things entirely\n", encoding="utf-8")
    result = run_newslint(["--isolated", "--select", "NL201", "b.txt", "a.txt", "b.txt"], cwd=tmp_path)
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["a.txt", "b.txt"]
