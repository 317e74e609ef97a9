"""The result cache: a repeat run reads unchanged files' findings instead of linting them, prints
the same report byte for byte, feeds the corpus rules, and never serves a stale result."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLUGINS, REPO, plugin_env, run_newslint
from newslint import cache as cache_module
from newslint.cache import Cache, CacheError, canonical_settings, clean, run_key
from newslint.config import load_settings
from newslint.engine import Linter
from newslint.run import Run
from newslint.settings import Settings
from newslint.units import Unit, UnitResult
from newslint.violation import Violation

RECORDS = REPO / "tests" / "fixtures" / "records"
SEED = REPO / "seeds" / "000_c63b3b5783eb788a.txt"


@pytest.fixture()
def corpus(tmp_path) -> Path:
    """Text files and record shards whose paragraphs repeat across files (the corpus fixture
    rule XC101 fires across them)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    for name in ("newsplease.jsonl", "crlf.jsonl", "bad.jsonl"):
        shutil.copy(RECORDS / name, folder / name)
    records = [json.loads(line) for line in (RECORDS / "crlf.jsonl").read_text(encoding="utf-8").splitlines()]
    (folder / "copy.txt").write_text(records[0]["text"].replace("\r\n", "\n"), encoding="utf-8")
    (folder / "other.txt").write_text("See also: a story\n\nLeave a Reply\n", encoding="utf-8")
    return tmp_path


ARGS = ["--isolated", "-p", "corpus_fixture_rules", "--select", "NL,XC"]


def lint(cwd: Path, *options: str) -> subprocess.CompletedProcess:
    return run_newslint([*ARGS, *options, "articles"], cwd=cwd, env=plugin_env())


def entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.parent.parent.parent.name == "v1")


def test_a_repeat_run_prints_the_same_report_from_the_cache(corpus):
    first = lint(corpus)
    assert first.returncode == 1 and first.stderr == ""
    assert "XC101" in first.stdout  # the corpus rule judged across files
    folder = corpus / ".newslint_cache"
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (folder / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert len(entries(folder)) == 6  # one per file
    second = lint(corpus, "--statistics")
    assert (second.returncode, second.stderr) == (1, "")
    assert second.stdout.startswith(first.stdout)
    for options in (["--format", "json"], ["--jobs", "2"]):
        cached, fresh = lint(corpus, *options), lint(corpus, "--no-cache", *options)
        assert cached.stdout == fresh.stdout and cached.returncode == fresh.returncode


def test_no_cache_and_cache_dir(corpus, tmp_path):
    lint(corpus, "--no-cache")
    assert not (corpus / ".newslint_cache").exists()
    lint(corpus, "--cache-dir", str(tmp_path / "elsewhere"))
    assert not (corpus / ".newslint_cache").exists()
    assert len(entries(tmp_path / "elsewhere")) == 6
    result = run_newslint([*ARGS, "articles"], cwd=corpus,
                          env=plugin_env(NEWSLINT_CACHE_DIR=str(tmp_path / "from-env")))
    assert result.returncode == 1 and len(entries(tmp_path / "from-env")) == 6


def _counting_run(linter: Linter, paths: list[str], cache: Cache, jobs: int = 1):
    linted: list[str] = []
    original = linter.lint

    def lint(document, corpus=None):
        linted.append(document.path)
        return original(document, corpus)

    linter.lint = lint  # type: ignore[method-assign]
    run = Run(linter, paths, cache=cache, jobs=jobs)
    return list(run.violations()), linted, run.counts


def _linter(**changes) -> Linter:
    settings = dataclasses.replace(load_settings(isolated=True), **changes)
    return Linter(settings)


def test_only_changed_files_are_linted_again_and_the_corpus_rules_still_see_everything(
        corpus, tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(PLUGINS))
    monkeypatch.chdir(corpus)
    linter = _linter(extra_plugins=["corpus_fixture_rules"])
    cache = Cache.open(str(tmp_path / "cache"), linter)
    first, linted, counts = _counting_run(linter, ["articles"], cache)
    assert len(set(linted)) == 6
    again, linted, counts_again = _counting_run(_linter(extra_plugins=["corpus_fixture_rules"]),
                                                ["articles"], cache)
    assert again == first and linted == []
    assert (counts_again.files, counts_again.documents, counts_again.bytes) == \
        (counts.files, counts.documents, counts.bytes)
    assert any(v.code == "XC101" for v in again)  # judged from the stored corpus state

    # One file changes: only it is linted, and the corpus rule still sees the other files.
    path = corpus / "articles" / "other.txt"
    path.write_text("See also: a story\n", encoding="utf-8")  # its comment form is gone
    changed, linted, _ = _counting_run(_linter(extra_plugins=["corpus_fixture_rules"]),
                                       ["articles"], cache)
    assert set(linted) == {"articles/other.txt"}
    fresh = list(Run(_linter(extra_plugins=["corpus_fixture_rules"]), ["articles"]).violations())
    assert changed == fresh != first


def test_with_jobs_the_workers_use_the_cache(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(corpus)
    cache = Cache.open(str(tmp_path / "cache"), _linter())
    serial = list(Run(_linter(), ["articles"], cache=cache).violations())
    assert len(entries(tmp_path / "cache")) == 6
    shutil.rmtree(tmp_path / "cache" / "v1")
    cache = Cache.open(str(tmp_path / "cache"), _linter())
    parallel = list(Run(_linter(), ["articles"], cache=cache, jobs=2).violations())
    assert parallel == serial and len(entries(tmp_path / "cache")) == 6  # stored by the workers
    again, linted, _ = _counting_run(_linter(), ["articles"], cache, jobs=2)
    assert again == serial


def test_every_settings_field_is_in_the_key():
    linter = _linter()
    base = run_key(linter)
    settings = Settings()
    def changed_value(value):
        if hasattr(value, "_fields"):  # a table of its own (local plugins): change a field
            first = value._fields[0]
            return value._replace(**{first: changed_value(getattr(value, first))})
        return {list: ["x"], tuple: ("x",), dict: {"x": ["y"]}, str: "other", float: 3.5,
                bool: not value, type(None): "set"}[type(value)]

    for field in dataclasses.fields(Settings):
        other = changed_value(getattr(settings, field.name))
        changed = dataclasses.replace(linter.settings, **{field.name: other})
        assert canonical_settings(changed) != canonical_settings(linter.settings), field.name
        linter_changed = Linter.__new__(Linter)
        linter_changed.settings, linter_changed.plugins = changed, linter.plugins
        assert run_key(linter_changed) != base, field.name


def test_a_rule_option_plugin_or_file_change_is_never_served_stale(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text("Leave a Reply\n\nThe story.\n", encoding="utf-8")
    plugin = tmp_path / "plugins" / "local_rule.py"
    plugin.parent.mkdir()
    source = (PLUGINS / "engine_probe.py").read_text(encoding="utf-8")
    plugin.write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(plugin.parent))

    def key(**changes) -> str:
        return run_key(_linter(**changes))

    base = key(extra_plugins=["local_rule"])
    assert key(extra_plugins=["local_rule"]) == base  # stable
    assert key(extra_plugins=["local_rule"], rule_options={"comment-form": {}}) != base
    assert key(extra_plugins=["local_rule"], select=["NL3"]) != base
    plugin.write_text(source + "\n# edited\n", encoding="utf-8")
    cache_module._SOURCE_HASHES.clear()
    assert key(extra_plugins=["local_rule"]) != base  # a plugin without a distribution: its source

    linter = _linter()
    cache = Cache.open(str(tmp_path / "cache"), linter)
    unit = Unit("story.txt", "story.txt", 0)
    before = cache.unit_key(unit)
    (tmp_path / "story.txt").write_text("Leave a Reply\n\nThe story, edited.\n", encoding="utf-8")
    assert cache.unit_key(unit) != before
    assert cache.unit_key(Unit("-", "stdin")) is None


def test_findings_about_the_run_are_never_stored_and_a_broken_entry_is_a_miss(tmp_path):
    cache = Cache(str(tmp_path), "k" * 40)
    timeout = Violation("a.txt", 1, 1, 1, 1, "NL902", "rule-timeout", "rule X timed out", "error", "")
    cache.save("ab" + "0" * 38, UnitResult(violations=[timeout], documents=1))
    assert cache.load("ab" + "0" * 38) is None
    cache.save("cd" + "0" * 38, UnitResult(documents=3))
    assert cache.load("cd" + "0" * 38).documents == 3
    entry = Path(cache._path("cd" + "0" * 38))
    entry.write_bytes(entry.read_bytes()[:10])  # a run killed mid-write on a system without rename
    assert cache.load("cd" + "0" * 38) is None
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]  # no temporary left behind


def test_two_runs_at_once_share_the_cache(corpus):
    command = [sys.executable, "-m", "newslint", *ARGS, "articles"]
    env = {**os.environ, **plugin_env()}
    runs = [subprocess.Popen(command, cwd=corpus, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE) for _ in range(3)]
    outputs = [run.communicate(timeout=120) for run in runs]
    fresh = lint(corpus, "--no-cache")
    for out, err in outputs:
        assert (out.decode(), err.decode()) == (fresh.stdout, "")
    assert lint(corpus).stdout == fresh.stdout
    assert not [p for p in (corpus / ".newslint_cache").rglob("*.tmp-*")]


def test_clean_cache(corpus, tmp_path):
    lint(corpus)
    result = run_newslint(["clean-cache"], cwd=corpus)
    assert (result.returncode, result.stdout, result.stderr) == (
        0, "newslint: removed ./.newslint_cache\n", "")
    assert not (corpus / ".newslint_cache").exists()
    result = run_newslint(["clean-cache", "--cache-dir", "nothing-here"], cwd=corpus)
    assert (result.returncode, result.stdout) == (0, "newslint: no cache at nothing-here\n")
    # A folder that is not a cache is never removed.
    result = run_newslint(["clean-cache", "--cache-dir", "articles"], cwd=corpus)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == ("newslint: error: articles: not a newslint cache folder (no newslint "
                             ".gitignore in it); not removed\n")
    assert (corpus / "articles" / "seed.txt").exists()
    with pytest.raises(CacheError):
        clean(str(corpus / "articles"))


def test_an_unwritable_cache_folder_is_a_warning_and_the_run_goes_on(corpus):
    (corpus / "blocker").write_text("a file, not a folder", encoding="utf-8")
    result = lint(corpus, "--cache-dir", "blocker/cache")
    fresh = lint(corpus, "--no-cache")
    assert result.stdout == fresh.stdout and result.returncode == 1
    assert result.stderr.startswith("newslint: warning: cache not used: blocker")
    assert len(result.stderr.splitlines()) == 1


def test_a_corpus_rule_that_merges_in_place_is_judged_the_same_from_the_cache(tmp_path, monkeypatch):
    # NL108 folds one state into the other in place: an entry must hold its own file's state only.
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "bylines"
    folder.mkdir()
    body = "\n\nThe minister said on Monday that the plan would go ahead as announced last year.\n"
    for number in range(6):
        (folder / f"a{number}.txt").write_text(f"Headline {number}\n\nBy Matt Spetalnick{body}",
                                               encoding="utf-8")
    (folder / "b.txt").write_text(f"Headline b\n\nBy Matt Spetalnik{body}", encoding="utf-8")

    def run(cache):
        return list(Run(_linter(select=["NL108"]), ["bylines"], cache=cache).violations())

    # A file naming two reporters has a bigger state than the run's so far: merged into it.
    (folder / "a1.txt").write_text(f"Headline\n\nBy Matt Spetalnick and Humeyra Pamuk{body}",
                                   encoding="utf-8")
    fresh = run(None)
    assert [v.code for v in fresh] == ["NL108"], fresh
    cache = Cache.open(str(tmp_path / "cache"), _linter(select=["NL108"]))
    assert run(cache) == fresh
    linter = _linter(select=["NL108"])
    for path in sorted(folder.iterdir()):  # each entry holds its own file's state, nothing more
        unit = Unit(str(Path("bylines") / path.name), str(Path("bylines") / path.name),
                    path.stat().st_size)
        alone = list(Run(linter, [unit.path]).units())
        assert cache.load(cache.unit_key(alone[0])).corpus.states == \
            _alone_state(linter, alone[0]), path.name
    assert run(cache) == fresh  # all hits
    (folder / "a0.txt").write_text("Headline 0\n\nBy Matt Spetalnick" + body + "More.\n", encoding="utf-8")
    assert run(cache) == run(None)


def _alone_state(linter: Linter, unit: Unit):
    from newslint.units import lint_units

    return lint_units(linter, [unit], collect=True).corpus.states


def test_an_upgraded_dependency_is_a_new_key(monkeypatch):
    from importlib import metadata

    linter = _linter()
    before = run_key(linter)
    versions = cache_module.dependency_versions()
    assert {"ftfy", "rapidfuzz", "pluggy"} <= set(versions) and "pytest" not in versions
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "99.0" if name == "ftfy" else real(name))
    assert run_key(linter) != before
