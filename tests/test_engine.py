"""The engine's contract, in process: positions, the trigger prefilter, isolation, selection."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "fixtures" / "plugins"))

import engine_probe  # noqa: E402

from newslint.article import parse  # noqa: E402
from newslint.config import ConfigError  # noqa: E402
from newslint.document import Document, normalise_newlines  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.settings import Settings  # noqa: E402

SEED = (REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8")


def probe_linter(**settings) -> Linter:
    settings.setdefault("select", ["ZZ"])
    return Linter(Settings(extra_plugins=["engine_probe"], autoload_plugins=False, **settings))


def test_positions_are_one_based_and_in_characters():
    doc = Document("x.txt", "héllo\nwörld See also\n\nSee also end")
    assert doc.position(0) == (1, 1)
    assert doc.position(6) == (2, 1)
    assert doc.position(len(doc.text) - 1) == (4, 12)
    assert doc.line_text(4) == "See also end"


@pytest.mark.parametrize("raw", ["a\r\nb\r\nSee also x", "a\rb\rSee also x", "\ufeffa\nb\nSee also x"])
def test_line_endings_and_bom_never_shift_a_position(raw):
    violations = probe_linter(select=["ZZ201"]).lint(Document("x.txt", normalise_newlines(raw)))
    assert [(v.line, v.col, v.end_col) for v in violations] == [(3, 1, 11)]


def test_only_lines_matching_a_trigger_reach_a_rule():
    engine_probe.SEEN_LINES.clear()
    probe_linter(select=["ZZ201"]).lint(Document("seed.txt", SEED))
    assert [line[:8] for line in engine_probe.SEEN_LINES] == ["See also", "See also"]


def test_a_crashing_rule_is_a_finding_and_the_others_still_run():
    violations = probe_linter(select=["ZZ", "NL901"]).lint(
        Document("x.txt", "Accept cookies\n\nSee also more"))
    codes = [(v.line, v.code) for v in violations]
    assert (1, "NL901") in codes and (1, "ZZ301") in codes and (3, "ZZ201") in codes
    crash = next(v for v in violations if v.code == "NL901")
    assert "ZZ901 (probe-crasher) crashed: RuntimeError: boom" in crash.message


def test_case_insensitive_trigger_parts_work_inside_the_joined_prefilter():
    violations = probe_linter(select=["ZZ301"]).lint(Document("x.txt", "We use COOKIES here"))
    assert [(v.line, v.col, v.end_col) for v in violations] == [(1, 8, 14)]


def test_select_by_name_and_ignore_by_prefix_most_specific_wins():
    linter = probe_linter(select=["probe-teaser", "ZZ3"], ignore=["ZZ"])
    assert sorted(rule.code for rule in linter.rules) == ["ZZ201", "ZZ301"]
    linter = probe_linter(select=["ZZ"], ignore=["ZZ30"])
    assert sorted(rule.code for rule in linter.rules) == ["ZZ201", "ZZ901"]


def test_unknown_codes_in_the_selection_are_refused():
    with pytest.raises(ConfigError, match="unknown rule code or name 'ZZ777'"):
        probe_linter(select=["ZZ777"])


def test_per_file_ignores_drop_findings_for_matching_paths():
    linter = probe_linter(select=["ZZ201"], per_file_ignores={"archive/*.txt": ["ZZ2"]})
    assert linter.lint(Document("archive/a.txt", "See also x")) == []
    assert len(linter.lint(Document("today/a.txt", "See also x"))) == 1


def test_findings_are_deterministic_and_sorted():
    text = "See also b\n\nCookie a\n\nSee also c"
    first = probe_linter(select=["ZZ2", "ZZ3"]).lint(Document("x.txt", text))
    second = probe_linter(select=["ZZ2", "ZZ3"]).lint(Document("x.txt", text))
    assert first == second
    assert [v.line for v in first] == [1, 3, 5]


def test_article_model_finds_the_seed_parts():
    article = parse(Document("seed.txt", SEED))
    assert article.headline.index + 1 == 1
    assert article.byline.index + 1 == 5
    assert article.dateline.index + 1 == 7
    assert article.dateline_outlet == "Reuters"
    assert [line.index + 1 for line in article.signoffs] == [43]
    assert article.line(22).role == "body" and article.line(4).role == "byline"


def test_builtin_rules_load_from_a_source_checkout_when_not_installed_as_newslint_rules():
    # `python -m newslint` from the repository root with a non-editable install imports the
    # folder newslint/, whose built-in rules are the sibling folder rules/.
    import subprocess

    script = (
        "import sys, importlib.abc\n"
        "class Hide(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name == 'newslint.rules':\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Hide())\n"
        "from newslint.plugins import load_plugins\n"
        "rules = load_plugins(autoload=False).rules\n"
        "print(len(rules), rules['NL201'].plugin)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    count, plugin = result.stdout.split()
    assert int(count) > 40 and plugin == "newslint.rules.injected"


# -- context rules: the other rules' verdicts ------------------------------------------------------

from newslint.rule import ContextRule  # noqa: E402
from newslint.testing import lint_text  # noqa: E402
from newslint.violation import Hit  # noqa: E402

_STORY = ("The city council voted on Tuesday to approve a new budget for the parks department.\n"
          "Share on Facebook\n"
          "Share on Twitter\n"
          "It takes effect in May, and the mayor said the vote was &amp; remains a good one.\n")


class _Recorder(ContextRule):
    """Flags the first paragraph and records what it was told was junk."""

    code = "EX320"
    name = "context-recorder"
    summary = "Records the junk paragraphs it is told of"
    seen: list = []

    def check_context(self, article, junk):
        type(self).seen.append(junk)
        first = article.paragraph(0)
        yield Hit(first.start, first.end, f"told of {sorted(junk)}")


class _Crasher(ContextRule):
    code = "EX321"
    name = "context-crasher"
    summary = "Crashes"

    def check_context(self, article, junk):
        raise ValueError("boom")


def test_a_context_rule_is_told_the_paragraphs_the_line_removing_rules_flagged():
    _Recorder.seen = []
    found = lint_text(_STORY, rules=[_Recorder], select=["NL303", "NL402", "EX320"])
    # NL303's two share buttons are junk; NL402's entity repair edits a span and says nothing of
    # the line.
    assert {v.code for v in found} == {"NL303", "NL402", "EX320"}
    assert _Recorder.seen == [frozenset({1, 2})]
    assert [v.message for v in found if v.code == "EX320"] == ["told of [1, 2]"]


def test_a_context_rule_reads_only_what_the_run_selected():
    _Recorder.seen = []
    lint_text(_STORY, rules=[_Recorder], select=["EX320"])
    assert _Recorder.seen == [frozenset()]


def test_a_crashing_context_rule_is_a_finding_and_the_others_still_stand():
    found = lint_text(_STORY, rules=[_Crasher], select=["NL303", "EX321"])
    assert [v.code for v in found] == ["NL901", "NL303", "NL303"]
    assert "EX321" in found[0].message and "ValueError: boom" in found[0].message


def test_the_testing_helpers_run_a_context_rule_beside_the_default_rules():
    from newslint.testing import assert_flags

    _Recorder.seen = []
    assert_flags(_Recorder, _STORY, lines=[1], message="told of [1, 2]")
    assert _Recorder.seen == [frozenset({1, 2})]
