"""Plugins end to end: the example plugin pip-installed into a scratch environment, then real runs.

The scratch environment is a venv that sees this environment's packages (newslint, pluggy, pytest)
through a ``.pth`` file, so ``pip install --no-deps --no-build-isolation`` of the example plugin
is the only install and needs no network. From there ``python -m newslint`` finds the plugin
through its entry point exactly as a user's installation does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Optional

import pytest

from conftest import PLUGINS, REPO, plugin_env, run_newslint

from newslint import testing
from newslint.config import ConfigError
from newslint.plugins import AUTOLOAD_ENV, builtin_rule_modules
from newslint.rule import ArticleRule, CorpusHit, CorpusRule, LineRule
from newslint.violation import Hit

EXAMPLE = REPO / "examples" / "newslint-example-plugin"
STORY = ("BREAKING: US officials travel to Venezuela for talks\n\n"
         "Senior US officials traveled to Venezuela on Saturday for talks.\n")
EX101_LINE = "story.txt:1:1: EX101 headline starts with the live-page label 'BREAKING:'"


def make_venv(where: Path) -> Path:
    """A venv at ``where`` that also sees this environment's packages; returns its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    parent = sysconfig.get_paths()["purelib"]
    # addsitedir (not a bare path) so that the parent's own .pth files, such as newslint's
    # editable install, are processed too.
    Path(purelib, "_newslint_parent_env.pth").write_text(
        f"import site; site.addsitedir({parent!r})\n", encoding="utf-8")
    return python


def pip_install(python: Path, project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-build-isolation", "--no-index", str(project)],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def copy_project(source: Path, target: Path) -> Path:
    """Copy a project to build it outside the repository (pip builds in place: build/, egg-info)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__",
                                                                  ".pytest_cache"))
    return target


@pytest.fixture(scope="session")
def example_python(tmp_path_factory) -> Path:
    """The python of a scratch venv with newslint-example-plugin installed."""
    root = tmp_path_factory.mktemp("example-plugin")
    python = make_venv(root / "venv")
    pip_install(python, copy_project(EXAMPLE, root / "src"))
    return python


def newslint(python: Path, *args: str, cwd: Path, env: Optional[dict] = None,
             fixtures: bool = False) -> subprocess.CompletedProcess:
    """``python -m newslint ARGS`` with entry-point autoload on unless ``env`` turns it off."""
    full_env = {key: value for key, value in os.environ.items()
                if key not in (AUTOLOAD_ENV, "NO_COLOR", "FORCE_COLOR")}
    if fixtures:
        full_env.update(plugin_env())
    full_env.update(env or {})
    return subprocess.run([str(python), "-m", "newslint", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error: "), result.stderr
    return lines[0]


# -- the installed example plugin -----------------------------------------------------------------

def test_the_installed_plugin_reports_its_finding(example_python, story):
    result = newslint(example_python, "story.txt", cwd=story)
    assert result.returncode == 1, result.stderr
    assert EX101_LINE in result.stdout.splitlines()
    assert result.stderr == ""


def test_version_lists_the_plugin_and_its_distribution(example_python, story):
    result = newslint(example_python, "--version", cwd=story)
    assert result.returncode == 0
    assert "plugins: example: 0.1.0 (newslint-example-plugin)" in result.stdout


def test_rule_docs_come_from_the_plugin(example_python, story):
    result = newslint(example_python, "rule", "EX101", cwd=story)
    assert result.returncode == 0
    assert result.stdout.startswith("# EX101 headline-urgency-label\n")
    assert "Plugin: example." in result.stdout and "What it flags" in result.stdout


def test_the_plugins_rule_options_are_read_from_the_configuration(example_python, story):
    (story / "story.txt").write_text(STORY.replace("BREAKING:", "EXCLUSIVE:"), encoding="utf-8")
    assert "EX101" not in newslint(example_python, "story.txt", cwd=story).stdout
    (story / "newslint.toml").write_text(
        '[rules.headline-urgency-label]\nlabels = ["exclusive"]\n', encoding="utf-8")
    result = newslint(example_python, "--select", "EX101", "story.txt", cwd=story)
    assert result.stdout == "story.txt:1:1: EX101 headline starts with the live-page label 'EXCLUSIVE:'\n"


def test_dash_p_no_blocks_the_plugin(example_python, story):
    result = newslint(example_python, "-p", "no:example", "story.txt", cwd=story)
    assert "EX101" not in result.stdout
    assert "example" not in newslint(example_python, "-p", "no:example", "--version", cwd=story).stdout
    selected = newslint(example_python, "-p", "no:example", "--select", "EX101", "story.txt", cwd=story)
    assert "unknown rule code or name 'EX101'" in one_error_line(selected)


@pytest.mark.parametrize("how", ["environment", "option"])
def test_autoload_can_be_disabled(example_python, story, how):
    env = {AUTOLOAD_ENV: "1"} if how == "environment" else {}
    args = ["--disable-plugin-autoload"] if how == "option" else []
    result = newslint(example_python, *args, "story.txt", cwd=story, env=env)
    assert "EX101" not in result.stdout
    assert "example" not in newslint(example_python, *args, "--version", cwd=story, env=env).stdout
    # A plugin named with -p is still loaded.
    explicit = newslint(example_python, *args, "-p", "newslint_example", "story.txt", cwd=story, env=env)
    assert EX101_LINE in explicit.stdout.splitlines()


def test_rules_subcommand_respects_autoload_and_blocking(example_python, story):
    assert "EX101" in newslint(example_python, "rules", cwd=story).stdout
    assert "EX101" not in newslint(example_python, "rules", cwd=story, env={AUTOLOAD_ENV: "1"}).stdout
    assert "EX101" not in newslint(example_python, "rules", "-p", "no:example", cwd=story).stdout


def test_a_duplicate_rule_code_is_a_loud_error_naming_both_plugins(example_python, story):
    result = newslint(example_python, "-p", "clashing_fixture_rules", "story.txt", cwd=story,
                      fixtures=True)
    line = one_error_line(result)
    assert result.stdout == ""
    assert "rule EX101 is provided twice" in line
    assert "'example'" in line and "'clashing_fixture_rules'" in line


def test_the_example_plugins_own_tests_pass_with_newslint_testing(example_python, tmp_path):
    project = copy_project(EXAMPLE, tmp_path / "example")
    env = {key: value for key, value in os.environ.items() if key != AUTOLOAD_ENV}
    result = subprocess.run(
        [str(example_python), "-m", "pytest", "-q", "-p", "newslint.testing", "-p", "no:cacheprovider",
         str(project / "tests")], cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


# -- built-in modules are plugins too -------------------------------------------------------------

def blockable_builtins() -> list[str]:
    modules = builtin_rule_modules()
    return ["newslint.problems"] + modules[:1]


@pytest.mark.parametrize("module", blockable_builtins())
def test_dash_p_no_blocks_a_built_in_rule_module(module, tmp_path):
    short = module.rsplit(".", 1)[-1]
    listed = run_newslint(["rules", "--format", "json", "--disable-plugin-autoload"], cwd=tmp_path)
    provided = {rule["code"] for rule in json.loads(listed.stdout) if rule["plugin"] == module}
    assert provided, f"{module} provides no rule"
    blocked = run_newslint(["rules", "--format", "json", "--disable-plugin-autoload", "-p", f"no:{short}"],
                           cwd=tmp_path)
    remaining = {rule["code"] for rule in json.loads(blocked.stdout)}
    assert remaining and not provided & remaining
    version = run_newslint(["--version", "--disable-plugin-autoload"], cwd=tmp_path).stdout
    fewer = run_newslint(["--version", "--disable-plugin-autoload", "-p", f"no:{short}"], cwd=tmp_path).stdout
    count = int(version.split("(")[1].split()[0])
    assert f"({count - 1} built-in plugin modules" in fewer


# -- the other hooks, and broken plugins ----------------------------------------------------------

def test_addoption_configure_and_report_header_hooks(story):
    (story / "story.txt").write_text("Talks end\n\nSome text.\n\nLeave a Reply\n", encoding="utf-8")
    env = {"PYTHONPATH": str(PLUGINS)}
    args = ["--disable-plugin-autoload", "-p", "option_fixture_plugin", "--select", "XT501"]
    default = run_newslint([*args, "story.txt"], cwd=story, env=env)
    assert default.stdout == "story.txt:5:1: XT501 comment form (default label)\n"
    labelled = run_newslint([*args, "--fixture-label", "from the CLI", "story.txt"], cwd=story, env=env)
    assert labelled.stdout == "story.txt:5:1: XT501 comment form (from the CLI)\n"
    version = run_newslint([*args, "--version"], cwd=story, env=env)
    assert version.stdout.splitlines()[1:] == ["option_fixture_plugin: word list 2024-03"]
    helped = run_newslint([*args, "--help"], cwd=story, env=env)
    assert "--fixture-label" in helped.stdout


def test_a_misspelt_hook_is_a_start_up_error(story):
    result = run_newslint(["-p", "typo_hook_plugin", "story.txt"], cwd=story,
                          env={"PYTHONPATH": str(PLUGINS)})
    line = one_error_line(result)
    assert "typo_hook_plugin" in line and "newslint_rule" in line


def test_a_missing_dash_p_module_is_one_error_line(story):
    line = one_error_line(run_newslint(["-p", "no_such_plugin_module", "story.txt"], cwd=story))
    assert "'no_such_plugin_module'" in line and "ModuleNotFoundError" in line


@pytest.fixture(scope="module")
def broken_python(tmp_path_factory) -> Path:
    """A scratch venv with a plugin distribution whose module fails to import."""
    root = tmp_path_factory.mktemp("broken-plugin")
    project = root / "src"
    (project / "newslint_broken_plugin").mkdir(parents=True)
    (project / "newslint_broken_plugin" / "__init__.py").write_text(
        'raise ImportError("needs a word list that is not installed")\n', encoding="utf-8")
    (project / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"\n\n'
        '[project]\nname = "newslint-broken-plugin"\nversion = "0.0.1"\n\n'
        '[project.entry-points.newslint]\nbroken = "newslint_broken_plugin"\n\n'
        '[tool.setuptools]\npackages = ["newslint_broken_plugin"]\n', encoding="utf-8")
    python = make_venv(root / "venv")
    pip_install(python, project)
    return python


def test_a_plugin_that_fails_to_import_is_a_warning_and_the_run_goes_on(broken_python, story):
    result = newslint(broken_python, "--select", "NL9", "story.txt", cwd=story)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "newslint: warning: plugin 'broken' from newslint-broken-plugin 0.0.1 failed to load: "
        "ImportError: needs a word list that is not installed"]


def test_a_required_plugin_that_fails_to_import_stops_the_run(broken_python, story):
    result = newslint(broken_python, "--require-plugins", "newslint-broken-plugin", "story.txt", cwd=story)
    line = one_error_line(result)
    assert "'broken'" in line and "ImportError" in line
    missing = newslint(broken_python, "--require-plugins", "newslint-absent", "story.txt", cwd=story)
    assert missing.returncode == 2
    assert missing.stderr.splitlines()[-1] == "newslint: error: required plugins not loaded: newslint-absent"


# -- newslint.testing, in process -----------------------------------------------------------------

class _ShoutingLine(LineRule):
    """What it flags: a line in capitals. Why it matters: a test rule. Example: ``LEAVE A REPLY``."""

    code = "TT101"
    name = "test-shouting-line"
    summary = "test: a line in capitals"
    trigger = r"^[A-Z ]{6,}$"

    def check_line(self, line, article):
        yield Hit(*line.span(), "shouting")


class _CrashingRule(ArticleRule):
    """What it flags: nothing, it crashes. Why it matters: a test rule. Example: -."""

    code = "TT901"
    name = "test-crashing"
    summary = "test: always raises"

    def check(self, article):
        raise ValueError("bad regex state")


class _RepeatedLine(CorpusRule):
    """What it flags: a line found in more than one document. Why it matters: a test rule. Example: -."""

    code = "TT301"
    name = "test-repeated-line"
    summary = "test: a line repeated across documents"

    def empty(self):
        return {}

    def collect(self, article):
        return {line.stripped: [self.anchor(article, *line.span())] for line in article.paragraphs()}

    def merge(self, left, right):
        merged = {key: list(value) for key, value in left.items()}
        for key, anchors in right.items():
            merged.setdefault(key, []).extend(anchors)
        return merged

    def judge(self, state):
        for anchors in state.values():
            if len(anchors) > 1:
                yield from (CorpusHit(anchor, "repeated line") for anchor in anchors)


def test_assert_flags_and_assert_clean_check_lines_exactly():
    text = "Talks end\n\nLEAVE A REPLY\n\nsome text\n\nYOUR EMAIL ADDRESS\n"
    found = testing.assert_flags(_ShoutingLine, text, lines=[3, 7], message="shouting")
    assert [(v.line, v.col, v.end_col) for v in found] == [(3, 1, 14), (7, 1, 19)]
    with pytest.raises(AssertionError, match=r"flagged lines \[3, 7\], expected \[3\]"):
        testing.assert_flags(_ShoutingLine, text, lines=[3])
    with pytest.raises(AssertionError, match="flagged nothing"):
        testing.assert_flags(_ShoutingLine, "Talks end\n\nsome text\n")
    with pytest.raises(AssertionError, match=r"flagged 2 time\(s\), expected none:\n    3:1: TT101"):
        testing.assert_clean(_ShoutingLine, text)
    testing.assert_clean(_ShoutingLine, "Talks end\n\nsome text\n")


def test_a_crashing_rule_fails_the_assertion_with_its_error():
    with pytest.raises(AssertionError, match="NL901 rule TT901 .* crashed: ValueError: bad regex state"):
        testing.assert_clean(_CrashingRule, "Talks end\n\nsome text\n")


def test_rules_are_found_by_code_and_name_in_dash_p_modules(monkeypatch):
    monkeypatch.syspath_prepend(str(PLUGINS))
    text = "Talks end\n\nSee also  Other story\n\nLeave a Reply\n"
    testing.assert_flags("XT101", text, lines=[3], plugins=["newsroom_fixture_rules"], autoload=False)
    testing.assert_flags("fixture-leave-a-reply", text, lines=[5], plugins=["newsroom_fixture_rules"],
                         autoload=False)
    testing.assert_clean("XT101", text, plugins=["newsroom_fixture_rules"], autoload=False,
                         options={"max-words": 2})
    with pytest.raises(ConfigError, match="must be an integer"):
        testing.assert_clean("XT101", text, plugins=["newsroom_fixture_rules"], autoload=False,
                             options={"max-words": "2"})


def test_lint_text_selects_only_the_given_rules_and_normalises_newlines():
    found = testing.lint_text("Talks end\r\n\r\nLEAVE A REPLY\r\n", rules=[_ShoutingLine],
                              path="desk/story.txt")
    assert [(v.path, v.line, v.code) for v in found] == [("desk/story.txt", 3, "TT101")]


def test_lint_texts_runs_corpus_rules_across_documents():
    found = testing.lint_texts({"a.txt": "Talks end\n\nSubscribe to our newsletter\n",
                                "b.txt": "Other news\n\nSubscribe to our newsletter\n",
                                "c.txt": "Third story\n\nNothing shared\n"}, rules=[_RepeatedLine])
    assert sorted((v.path, v.line) for v in found) == [("a.txt", 3), ("b.txt", 3)]
