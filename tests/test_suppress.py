"""Inline suppression comments in Markdown (``<!-- newslint: ignore NL201 -->``), by real CLI runs.

Most cases use the fixture plugin's XT101 ("See also" lines) and XT201 ("Leave a Reply"); one
case uses the built-in NL201 on the seed's real injected "See also" line, as users would.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import plugin_env, run_newslint

SEE_ALSO_1 = "See also  The UK has only a few days to save Christmas, why?"
SEE_ALSO_2 = "See also  Your Most Popular Questions About CompTIA N10-007 Exam"


def lint_markdown(tmp_path: Path, text: str, *args: str) -> subprocess.CompletedProcess:
    (tmp_path / "story.md").write_text(text, encoding="utf-8")
    return run_newslint(["-p", "newsroom_fixture_rules", "--select", "XT", *args, "story.md"],
                        cwd=tmp_path, env=plugin_env())


def flagged(result: subprocess.CompletedProcess) -> list[tuple[int, str]]:
    """(line, code) of every finding."""
    return [(int(line.split(":")[1]), line.split(" ")[1]) for line in result.stdout.splitlines()]


def story(*middle: str) -> str:
    return "\n\n".join(["# US officials travel to Venezuela for talks",
                        "Senior US officials traveled to Venezuela on Saturday.", *middle,
                        "Leave a Reply"]) + "\n"


def test_without_comments_everything_is_flagged(tmp_path):
    result = lint_markdown(tmp_path, story(SEE_ALSO_1, SEE_ALSO_2))
    assert flagged(result) == [(5, "XT101"), (7, "XT101"), (9, "XT201")]


def test_a_trailing_comment_ignores_its_own_line_only(tmp_path):
    text = story(SEE_ALSO_1 + " <!-- newslint: ignore XT101 -->", SEE_ALSO_2)
    assert flagged(lint_markdown(tmp_path, text)) == [(7, "XT101"), (9, "XT201")]


def test_a_comment_alone_on_its_line_covers_the_next_nonblank_line(tmp_path):
    text = story("<!-- newslint: ignore XT101 -->\n\n" + SEE_ALSO_1, SEE_ALSO_2)
    assert flagged(lint_markdown(tmp_path, text)) == [(9, "XT101"), (11, "XT201")]


def test_a_comment_for_another_code_suppresses_nothing(tmp_path):
    text = story(SEE_ALSO_1 + " <!-- newslint: ignore XT201 -->", SEE_ALSO_2)
    assert flagged(lint_markdown(tmp_path, text)) == [(5, "XT101"), (7, "XT101"), (9, "XT201")]


@pytest.mark.parametrize("comment", [
    "<!-- newslint: ignore -->",                     # every code
    "<!-- newslint: ignore XT1 -->",                 # a prefix
    "<!-- newslint: ignore fixture-see-also -->",    # a rule name
    "<!--newslint:ignore XT201, XT101-->",           # tight spacing, a comma list
    "<!-- newslint: IGNORE XT101 -->",               # any case for the verb
])
def test_ignore_accepts_all_codes_prefixes_and_names(tmp_path, comment):
    text = story(SEE_ALSO_1 + " " + comment, SEE_ALSO_2)
    assert flagged(lint_markdown(tmp_path, text)) == [(7, "XT101"), (9, "XT201")]


def test_disable_and_enable_bound_a_range(tmp_path):
    text = story("<!-- newslint: disable XT101 -->", SEE_ALSO_1, SEE_ALSO_2,
                 "<!-- newslint: enable XT101 -->", SEE_ALSO_1)
    assert flagged(lint_markdown(tmp_path, text)) == [(13, "XT101"), (15, "XT201")]


def test_disable_without_enable_runs_to_the_end(tmp_path):
    text = story("<!-- newslint: disable -->", SEE_ALSO_1)
    assert flagged(lint_markdown(tmp_path, text)) == []


def test_ignore_file_silences_the_whole_file(tmp_path):
    text = "<!-- newslint: ignore-file -->\n\n" + story(SEE_ALSO_1)
    result = lint_markdown(tmp_path, text)
    assert (result.returncode, result.stdout) == (0, "")


def test_a_suppressed_file_still_counts_as_clean_for_the_exit_code(tmp_path):
    text = story(SEE_ALSO_1 + " <!-- newslint: ignore -->").replace(
        "Leave a Reply", "Leave a Reply <!-- newslint: ignore XT201 -->")
    result = lint_markdown(tmp_path, text)
    assert (result.returncode, result.stdout) == (0, "")


def test_the_built_in_see_also_rule_is_suppressed_on_the_seed_line(tmp_path):
    text = story(SEE_ALSO_1 + " <!-- newslint: ignore NL201 -->", SEE_ALSO_2)
    (tmp_path / "story.md").write_text(text, encoding="utf-8")
    result = run_newslint(["--select", "NL201", "story.md"], cwd=tmp_path)
    assert flagged(result) == [(7, "NL201")]
    (tmp_path / "story.md").write_text(text.replace("NL201", "see-also-link"), encoding="utf-8")
    assert flagged(run_newslint(["--select", "NL201", "story.md"], cwd=tmp_path)) == [(7, "NL201")]
