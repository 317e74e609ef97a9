"""Local plugins (``[tool.newslint.local-plugins]``), by real command-line runs in scratch projects.

A newsroom's own plugin module in its repository, as flake8's ``local-plugins`` and pytest's
``conftest.py`` teach: imported from folders given relative to the configuration file, registered
through the same hooks as an installed plugin (rules, readers, formatters), listed by
``--version``, blocked by ``-p no:NAME``, isolated (a crashing rule is NL901), and every mistake
one line naming the file and the key, exit code 2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.config import load_settings
from newslint.plugins import plugins_for
from scratch_project import lint, one_error, write

STORY = """US officials travel to Venezuela for talks

NOTE TO DESK: check the figures with the Caracas bureau before publishing

Senior US officials traveled to Venezuela on Saturday for talks with President Nicolas Maduro's government.
"""

#: The plugin: a rule, a rule that crashes on one line, a reader for .desk files, a formatter.
HOUSE_RULES = '''
"""The desk's own rules."""
from newslint import hookimpl
from newslint.document import Document, normalise_newlines
from newslint.formatters.base import Formatter
from newslint.rule import LineRule
from newslint.violation import Hit

__version__ = "1.2"


class DeskNote(LineRule):
    """A note to the desk left in the copy."""

    code = "HX201"
    name = "desk-note"
    summary = "A note to the desk left in the copy"
    examples = {"flag": ["NOTE TO DESK: check the figures"],
                "pass": ["The desk noted the figures."]}
    trigger = r"^NOTE TO DESK\\b"

    def check_line(self, line, article):
        yield Hit(*line.span(), "note to the desk left in the copy")


class Crashes(LineRule):
    """Crashes on the word Caracas."""

    code = "HX202"
    name = "desk-crash"
    summary = "Crashes"
    trigger = r"Caracas"

    def check_line(self, line, article):
        return [1 / 0]


class Tsv(Formatter):
    name = "tsv"

    def handle(self, v):
        self.write(f"{v.path}\\t{v.line}\\t{v.code}\\n")


@hookimpl
def newslint_rules():
    return [DeskNote, Crashes]


@hookimpl
def newslint_formatter(name):
    return Tsv if name == "tsv" else None


@hookimpl
def newslint_read(path, display_path, settings):
    if not display_path.endswith(".desk"):
        return None
    with open(path, encoding="utf-8") as handle:
        return [Document(display_path, normalise_newlines(handle.read().replace("~", "\\n")))]
'''

CONFIG = """[tool.newslint.local-plugins]
paths = ["lint"]
plugins = ["house_rules"]
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    write(tmp_path / "pyproject.toml", CONFIG)
    write(tmp_path / "lint" / "house_rules.py", HOUSE_RULES)
    write(tmp_path / "story.txt", STORY)
    return tmp_path


def test_the_local_rule_reports_and_a_crash_is_nl901(desk):
    result = lint(desk, "--select", "HX,NL9", "story.txt")
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "story.txt:1:1: NL901 rule HX202 (desk-crash) crashed: ZeroDivisionError: division by zero",
        "story.txt:3:1: HX201 note to the desk left in the copy",
    ]


def test_paths_are_relative_to_the_configuration_file(desk):
    write(desk / "world" / "europe" / "story.txt", STORY)
    result = lint(desk / "world" / "europe", "--select", "HX201", "story.txt")
    assert result.stdout == "story.txt:3:1: HX201 note to the desk left in the copy\n"


def test_a_local_reader_and_formatter(desk):
    write(desk / "story.desk", STORY.replace("\n", "~"))
    result = lint(desk, "--select", "HX201", "--format", "tsv", "story.desk")
    assert result.stdout == "story.desk\t3\tHX201\n", result.stderr


def test_version_lists_it_and_dash_p_no_blocks_it(desk):
    version = lint(desk, "--version").stdout
    assert "plugins: house_rules: 1.2 (local: lint/house_rules.py)" in version
    blocked = lint(desk, "-p", "no:house_rules", "story.txt")
    assert blocked.returncode == 0 and "HX" not in blocked.stdout
    assert "house_rules" not in lint(desk, "-p", "no:house_rules", "--version").stdout


def test_rules_rule_and_require_plugins_see_it(desk):
    assert "HX201  desk-note" in lint(desk, "rules").stdout
    page = lint(desk, "rule", "desk-note").stdout
    assert page.startswith("# HX201 desk-note\n") and "Plugin: house_rules." in page
    required = lint(desk, "--require-plugins", "house_rules", "--select", "HX201", "story.txt")
    assert required.returncode == 1 and "HX201" in required.stdout


def test_jobs_load_it_in_every_worker(desk):
    for number in range(6):
        write(desk / "desk" / f"story{number}.txt", STORY)
    one = lint(desk, "--select", "HX201", "desk")
    two = lint(desk, "--select", "HX201", "--jobs", "2", "desk")
    assert one.stdout == two.stdout and one.stdout.count("HX201") == 6, two.stderr


def test_a_package_is_a_local_plugin_and_its_source_is_exposed_for_a_cache(tmp_path):
    write(tmp_path / "newslint.toml", "[local-plugins]\npaths = ['tools']\nplugins = ['house']\n")
    write(tmp_path / "tools" / "house" / "__init__.py", HOUSE_RULES)
    settings = load_settings(str(tmp_path / "newslint.toml"))
    plugins = plugins_for(settings)
    (info,) = [info for info in plugins.infos if info.name == "house"]
    assert (info.distribution, info.version) == ("local", "1.2")
    assert info.sources == (str((tmp_path / "tools" / "house").resolve()),)
    assert plugins.rules["HX201"].plugin == "house"


@pytest.mark.parametrize("config, message", [
    ('[tool.newslint.local-plugins]\npaths = ["tools"]\nplugins = ["house_rules"]\n',
     "tool.newslint.local-plugins.paths[0]: 'tools' is not a folder (relative to {root})"),
    ('[tool.newslint.local-plugins]\npaths = ["lint"]\nplugins = ["house-rules"]\n',
     "tool.newslint.local-plugins.plugins[0]: 'house-rules' is not a module name (like "
     "'house_rules' or 'lint.house_rules')"),
    ('[tool.newslint.local-plugins]\npath = ["lint"]\n',
     "tool.newslint.local-plugins.path: unknown key (known: paths, plugins)"),
    ('[tool.newslint.local-plugins]\npaths = "lint"\n',
     "tool.newslint.local-plugins.paths must be a list of strings, not a string"),
    ('[tool.newslint]\nlocal-plugins = ["lint"]\n',
     "tool.newslint.local-plugins must be a table with 'paths' and 'plugins'"),
    ('[tool.newslint.local-plugins]\npaths = ["lint"]\nplugins = ["missing_rules"]\n',
     "tool.newslint.local-plugins.plugins: cannot import local plugin 'missing_rules': "
     "ModuleNotFoundError: No module named 'missing_rules'"),
    ('[tool.newslint.local-plugins]\npaths = ["lint"]\nplugins = ["json"]\n',
     "tool.newslint.local-plugins.plugins: local plugin 'json' was imported from {json}, not from "
     "the local-plugins paths ({root}/lint): rename it, or uninstall the module of the same name"),
])
def test_mistakes_name_the_file_and_the_key(desk, config, message):
    import json

    write(desk / "pyproject.toml", config)
    root = desk.resolve()
    expected = f"{root / 'pyproject.toml'}: " + message.format(
        root=root, json=Path(json.__file__).resolve().parent)
    assert one_error(lint(desk, "story.txt")) == expected


def test_a_plugin_that_fails_as_it_is_imported_says_where(desk):
    write(desk / "lint" / "house_rules.py", "import os\n\nLIMIT = 1 / 0\n")
    assert one_error(lint(desk, "story.txt")) == (
        f"{desk.resolve() / 'pyproject.toml'}: tool.newslint.local-plugins.plugins: cannot import "
        f"local plugin 'house_rules': {desk.resolve() / 'lint' / 'house_rules.py'}:3: "
        "ZeroDivisionError: division by zero")
    write(desk / "lint" / "house_rules.py", "def broken(:\n")
    assert one_error(lint(desk, "story.txt")) == (
        f"{desk.resolve() / 'pyproject.toml'}: tool.newslint.local-plugins.plugins: cannot import "
        f"local plugin 'house_rules': {desk.resolve() / 'lint' / 'house_rules.py'}:1: "
        "SyntaxError: invalid syntax")


def test_a_typo_in_a_hook_name_is_refused(desk):
    write(desk / "lint" / "house_rules.py",
          "from newslint import hookimpl\n\n@hookimpl\ndef newslint_rule():\n    return []\n")
    assert one_error(lint(desk, "story.txt")) == \
        "plugin 'house_rules' implements an unknown hook: newslint_rule"
