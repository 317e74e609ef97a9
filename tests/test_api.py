"""newslint from Python (newslint.api): the same findings and fixes as the command line."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newslint
from newslint.api import Checker, Fixed
from newslint.config import ConfigError
from newslint.testing import run_newslint

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c63b3b5783eb788a.txt"
ISOLATED = ["--isolated", "--disable-plugin-autoload", "--no-cache"]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(isolated=True, autoload_plugins=False)


def cli_findings(path: Path, *options: str) -> list[tuple]:
    result = run_newslint(*ISOLATED, "--format", "json", *options, str(path))
    assert result.returncode in (0, 1), result.stderr
    return [(item["line"], item["col"], item["code"], item["message"])
            for item in json.loads(result.stdout)]


def test_lint_gives_what_the_command_line_reports_for_the_seed(checker):
    found = checker.lint(SEED.read_text(encoding="utf-8"), name=str(SEED))
    assert [(v.line, v.col, v.code, v.message) for v in found] == cli_findings(SEED)
    assert found and all(v.path == str(SEED) for v in found)


def test_fix_gives_the_text_the_command_line_writes(checker, tmp_path):
    copy = tmp_path / "seed.txt"
    shutil.copyfile(SEED, copy)
    run_newslint(*ISOLATED, "--fix", str(copy))
    fixed = checker.fix(SEED.read_text(encoding="utf-8"))
    assert fixed.changed and fixed.text == copy.read_text(encoding="utf-8")
    assert [v.code for v in fixed.fixed] == ["NL301", "NL301"]
    assert checker.fix(fixed.text) == Fixed(fixed.text, [], fixed.remaining)  # idempotent


def test_fix_keeps_every_line_ending_and_the_byte_order_mark(checker):
    text = SEED.read_text(encoding="utf-8")
    crlf = "\ufeff" + text.replace("\n", "\r\n")
    fixed = checker.fix(crlf)
    assert fixed.text.startswith("\ufeff") and "\n" not in fixed.text.replace("\r\n", "")
    assert fixed.text.replace("\r\n", "\n")[1:] == checker.fix(text).text


def test_fix_changes_nothing_when_there_is_nothing_to_fix(checker):
    text = "The council approved the budget on Tuesday.\r\nIt takes effect in May.\r\n"
    assert checker.fix(text) == Fixed(text, [], [])


def test_unsafe_fixes_only_when_asked(checker):
    text = ("The council approved the budget on Tuesday after a long debate, officials said.\n"
            "The vote was 7 to 2, and the plan takes effect in May.\n"
            "See also: Council delays vote on parks plan\n")
    assert [v.code for v in checker.lint(text)] == ["NL201"]
    assert not checker.fix(text).changed
    assert checker.fix(text, unsafe=True).text == text.rsplit("See also", 1)[0]


def test_a_record_is_read_as_the_jsonl_reader_reads_it(checker, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    record = {"id": "a1", "maintext": text, "title": "Officials say", "url": "https://example.com/x"}
    shard = tmp_path / "shard.jsonl"
    shard.write_text(json.dumps(record) + "\n", encoding="utf-8")
    found = checker.lint_record(record, name=str(shard))
    assert [(v.line, v.col, v.code, v.message) for v in found] == cli_findings(shard)
    assert {(v.record_id, v.field) for v in found} == {("a1", "maintext")}


def test_fix_record_returns_a_fixed_copy_and_leaves_the_record(checker):
    record = {"id": "a1", "text": SEED.read_text(encoding="utf-8"), "views": 3}
    before = dict(record)
    fixed = checker.fix_record(record)
    assert record == before
    assert fixed == {**record, "text": checker.fix(record["text"]).text}


@pytest.mark.parametrize("record", [{"id": "x"}, {"text": 3}, ["not", "a", "record"]])
def test_a_bad_record_gives_its_finding_and_never_raises(checker, record):
    found = checker.lint_record(record)
    assert [v.code for v in found] == ["NL920"]
    if isinstance(record, dict):
        assert checker.fix_record(record) == record


def test_selection_and_options_are_the_command_lines(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    every = Checker(isolated=True, autoload_plugins=False).lint(text)
    only = Checker(select=["NL3"], isolated=True, autoload_plugins=False).lint(text)
    assert {v.code for v in only} == {"NL301"} and len({v.code for v in every}) > 1
    assert only == [v for v in every if v.code.startswith("NL3")]
    assert Checker(ignore=["comment-form"], isolated=True, autoload_plugins=False).lint(text) == [
        v for v in every if v.code != "NL301"]
    with pytest.raises(TypeError, match="a list of codes"):
        Checker(select="NL2,NL3")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="not found"):
        Checker(config=str(tmp_path / "missing.toml"))


def test_the_configuration_file_is_found_as_the_command_line_finds_it(tmp_path, monkeypatch):
    (tmp_path / "newslint.toml").write_text('select = ["NL3"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    text = SEED.read_text(encoding="utf-8")
    assert {v.code for v in Checker(autoload_plugins=False).lint(text)} == {"NL301"}
    assert len({v.code for v in Checker(isolated=True, autoload_plugins=False).lint(text)}) > 1


def test_a_checker_pickles_as_its_options(checker):
    again = pickle.loads(pickle.dumps(checker))
    text = SEED.read_text(encoding="utf-8")
    assert again.lint(text) == checker.lint(text) and repr(again) == repr(checker)


def test_the_module_functions_use_one_default_checker(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    text = SEED.read_text(encoding="utf-8")
    assert newslint.lint(text) == Checker().lint(text)
    assert newslint.fix_text(text).text == Checker().fix(text).text
    assert newslint.Checker is Checker


def test_importing_newslint_loads_no_engine():
    code = "import sys, newslint; print(sorted(m for m in sys.modules if m.startswith('newslint')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['newslint']"
