"""Configuration files, by real subprocess runs in scratch folders.

``[tool.newslint]`` in ``pyproject.toml`` or a top-level ``newslint.toml``, found by walking up from
the working directory; ``--config`` and ``--isolated``; selection keys; per-file ignores; rule
options; and every mistake reported as one line naming the file and the key, exit code 2.
Findings come from the fixture plugin ``newsroom_fixture_rules`` (XT1xx, XT201, XT301).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import plugin_env, run_newslint


#: XT101 on line 5, XT102 on line 9, XT201 on line 11, XT301 (off by default) on line 13.
STORY = """US officials travel to Venezuela for talks

Senior US officials traveled to Venezuela on Saturday for talks with President Nicolas Maduro's government.

See also  The UK has only a few days to save Christmas, why?

The visit comes as part of a US attempt to isolate Russian President Vladimir Putin.

Read more: the full story of the talks

Leave a Reply

Advertisement
"""


def lint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """``newslint -p newsroom_fixture_rules ARGS`` in ``cwd`` (fixture rules importable)."""
    return run_newslint(["-p", "newsroom_fixture_rules", *args], cwd=cwd, env=plugin_env())


def codes(result: subprocess.CompletedProcess) -> list[str]:
    """The codes reported, in order."""
    return [line.split(": ", 1)[1].split(" ", 1)[0] for line in result.stdout.splitlines()]


def fixture_codes(result: subprocess.CompletedProcess) -> list[str]:
    return [code for code in codes(result) if code.startswith("XT")]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with a story two levels down in ``desk/world``."""
    write(tmp_path / "proj" / "desk" / "world" / "story.txt", STORY)
    return tmp_path / "proj"


def assert_config_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    """Exit 2, nothing on stdout, exactly one line on stderr holding every fragment."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newslint: error: ") and "Traceback" not in lines[0]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


# -- finding the file -----------------------------------------------------------------------------

def test_pyproject_is_found_by_walking_up_from_the_working_directory(project):
    write(project / "pyproject.toml", '[project]\nname = "desk"\n\n[tool.newslint]\nselect = ["XT101"]\n')
    result = lint("story.txt", cwd=project / "desk" / "world")
    assert (result.returncode, codes(result)) == (1, ["XT101"])


def test_newslint_toml_is_found_and_has_top_level_keys(project):
    write(project / "newslint.toml", 'select = ["XT201"]\n')
    result = lint("story.txt", cwd=project / "desk" / "world")
    assert codes(result) == ["XT201"]


def test_newslint_toml_wins_over_pyproject_in_the_same_folder(project):
    write(project / "pyproject.toml", '[tool.newslint]\nselect = ["XT101"]\n')
    write(project / "newslint.toml", 'select = ["XT201"]\n')
    assert codes(lint("story.txt", cwd=project / "desk" / "world")) == ["XT201"]


def test_the_nearest_configuration_wins(project):
    write(project / "newslint.toml", 'select = ["XT201"]\n')
    write(project / "desk" / "newslint.toml", 'select = ["XT102"]\n')
    assert codes(lint("story.txt", cwd=project / "desk" / "world")) == ["XT102"]


def test_a_pyproject_without_a_newslint_table_does_not_stop_the_walk(project):
    write(project / "newslint.toml", 'select = ["XT201"]\n')
    write(project / "desk" / "pyproject.toml", '[project]\nname = "desk"\n')
    assert codes(lint("story.txt", cwd=project / "desk" / "world")) == ["XT201"]


def test_config_names_the_file_and_isolated_ignores_them_all(project):
    write(project / "newslint.toml", 'select = ["XT201"]\n')
    write(project / "elsewhere" / "strict.toml", 'select = ["XT102"]\n')
    world = project / "desk" / "world"
    assert codes(lint("--config", "../../elsewhere/strict.toml", "story.txt", cwd=world)) == ["XT102"]
    isolated = lint("--isolated", "story.txt", cwd=world)
    assert fixture_codes(isolated) == ["XT101", "XT102", "XT201"]  # the defaults: XT301 is off


def test_config_with_a_missing_file_is_one_error_line(project):
    assert_config_error(lint("--config", "nope.toml", "story.txt", cwd=project / "desk" / "world"),
                        "nope.toml", "not found")


# -- selection ------------------------------------------------------------------------------------

@pytest.mark.parametrize("table, expected", [
    ('select = ["XT"]\nignore = ["XT102"]', ["XT101", "XT201", "XT301"]),
    ('select = ["XT1", "XT2"]', ["XT101", "XT102", "XT201"]),
    ('extend-select = ["XT301"]', ["XT101", "XT102", "XT201", "XT301"]),
    ('extend-ignore = ["XT2"]', ["XT101", "XT102"]),
    # The more specific entry wins: ignore a family but keep one of its rules.
    ('select = ["XT"]\nignore = ["XT1"]\nextend-select = ["XT101"]', ["XT101", "XT201", "XT301"]),
    # Names work wherever codes do.
    ('select = ["fixture-leave-a-reply", "fixture-advertisement"]', ["XT201", "XT301"]),
])
def test_selection_keys(project, table, expected):
    write(project / "pyproject.toml", f"[tool.newslint]\n{table}\n")
    assert fixture_codes(lint("story.txt", cwd=project / "desk" / "world")) == expected


def test_the_command_line_overrides_and_extends_the_configuration(project):
    write(project / "newslint.toml", 'select = ["XT"]\nignore = ["XT102", "XT301"]\n')
    world = project / "desk" / "world"
    assert codes(lint("--ignore", "XT201", "story.txt", cwd=world)) == ["XT101", "XT102", "XT301"]
    assert codes(lint("--extend-ignore", "XT201", "story.txt", cwd=world)) == ["XT101"]
    assert codes(lint("--select", "XT102,XT201", "story.txt", cwd=world)) == ["XT201"]


def test_per_file_ignores(project):
    write(project / "archive" / "old.txt", STORY)
    write(project / "pyproject.toml",
          '[tool.newslint]\nselect = ["XT"]\n\n[tool.newslint.per-file-ignores]\n'
          '"archive/*.txt" = ["XT1", "fixture-advertisement"]\n')
    result = lint("archive/old.txt", "desk/world/story.txt", cwd=project)
    by_file: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        by_file.setdefault(line.split(":")[0], []).append(line.split(" ")[1])
    assert by_file == {"archive/old.txt": ["XT201"],
                       "desk/world/story.txt": ["XT101", "XT102", "XT201", "XT301"]}


def test_fail_on_in_the_configuration(project):
    write(project / "newslint.toml", 'select = ["XT101"]\nfail-on = "error"\n')
    result = lint("story.txt", cwd=project / "desk" / "world")
    assert (result.returncode, codes(result)) == (0, ["XT101"])
    assert lint("--fail-on", "warning", "story.txt", cwd=project / "desk" / "world").returncode == 1


# -- rule options ---------------------------------------------------------------------------------

def test_rule_options_by_rule_name(project):
    write(project / "pyproject.toml",
          '[tool.newslint]\nselect = ["XT101"]\n\n'
          '[tool.newslint.rules.fixture-see-also]\nlabel = "related-story"\n')
    result = lint("story.txt", cwd=project / "desk" / "world")
    assert result.stdout == "story.txt:5:1: XT101 'See also' related-story line\n"


def test_rule_options_change_what_is_flagged(project):
    # The See also line has 12 words: with max-words = 5 it is no longer flagged.
    write(project / "newslint.toml", 'select = ["XT101"]\n\n[rules.fixture-see-also]\nmax-words = 5\n')
    result = lint("story.txt", cwd=project / "desk" / "world")
    assert (result.returncode, result.stdout) == (0, "")


# -- mistakes: one line naming file and key, exit 2 -----------------------------------------------

@pytest.mark.parametrize("table, fragments", [
    ('selct = ["XT101"]', ["tool.newslint.selct", "unknown key"]),
    ('select = "XT101"', ["tool.newslint.select", "must be a list of strings"]),
    ('select = ["XT999"]', ["tool.newslint.select", "unknown rule code or name 'XT999'"]),
    ('extend-ignore = ["no-such-rule"]', ["tool.newslint.extend-ignore", "'no-such-rule'"]),
    ('fail-on = "fatal"', ["tool.newslint.fail-on", "must be one of"]),
    ('rule-timeout = -1', ["tool.newslint.rule-timeout", "positive number"]),
    ('[tool.newslint.per-file-ignores]\n"*.md" = ["XT9"]', ["tool.newslint.per-file-ignores.*.md", "'XT9'"]),
    ('[tool.newslint.rules.no-such-rule]\nx = 1', ["tool.newslint.rules.no-such-rule", "unknown rule"]),
    ('[tool.newslint.rules.fixture-see-also]\nmax-wrds = 3', ["tool.newslint.rules.fixture-see-also",
                                                             "unknown option 'max-wrds'"]),
    ('[tool.newslint.rules.fixture-see-also]\nmax-words = "3"', ["tool.newslint.rules.fixture-see-also",
                                                                 "'max-words'", "must be an integer"]),
    ('[tool.newslint.rules]\nfixture-see-also = 3', ["tool.newslint.rules", "one table per rule"]),
])
def test_pyproject_mistakes_name_the_file_and_the_key(project, table, fragments):
    config = write(project / "pyproject.toml", f"[tool.newslint]\n{table}\n")
    result = lint("story.txt", cwd=project / "desk" / "world")
    assert_config_error(result, str(config), *fragments)


@pytest.mark.parametrize("text, fragments", [
    ('selct = ["XT101"]', [": selct", "unknown key"]),
    ('select = ["XT999"]', [": select", "'XT999'"]),
    ('[rules.fixture-see-also]\nmax-words = true', ["rules.fixture-see-also", "must be an integer"]),
    ('select = [', ["invalid TOML"]),
])
def test_newslint_toml_mistakes_name_the_file_and_the_key(project, text, fragments):
    config = write(project / "newslint.toml", text + "\n")
    result = lint("story.txt", cwd=project / "desk" / "world")
    assert_config_error(result, str(config), *fragments)


def test_a_renamed_rule_answers_to_its_former_name(tmp_path):
    """NL106 was `dateline-credit-mismatch` before it read every credit of the copy: a
    configuration written with the old name keeps selecting it and setting its options."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newslint]\nselect = ["dateline-credit-mismatch"]\n'
        '[tool.newslint.rules.dateline-credit-mismatch]\nagencies = ["Example Wire"]\n',
        encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("WASHINGTON (Reuters) - Officials met on Monday to discuss the budget, "
                     "which is due next week.\n\nThey did not agree.\n\nSource: AFP\n",
                     encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "newslint", "story.txt"], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert {line.split()[1] for line in result.stdout.splitlines()} == {"NL106"}
