"""The store of compiled regular expressions (newslint.compiled): every pattern it gives is the one
``re.compile`` gives, a run keeps what it compiled, and a later run reads it instead of compiling;
a garbled file, another Python or a bad pattern change nothing but the time it takes."""

from __future__ import annotations

import re
import shutil
import sys

import pytest

from conftest import REPO, run_newslint
from newslint import compiled
from newslint.engine import Linter
from newslint.lazy import LazyPattern
from newslint.settings import Settings

pytestmark = pytest.mark.skipif(not compiled._USABLE, reason="this Python's re engine is not the one known")


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A store folder of the test's own, and the module as a new process finds it."""
    monkeypatch.setenv("NEWSLINT_SCAN_STORE", str(tmp_path / "store"))
    compiled.reset_for_tests()
    yield tmp_path / "store"
    compiled.reset_for_tests()


def test_every_built_in_pattern_is_the_one_re_compile_makes():
    # Equal patterns have the same source, flags and program: the engine runs the same code.
    linter = Linter(Settings())
    sources = [(pattern.pattern, pattern._flags) for pattern in LazyPattern.made]
    sources += [(source, re.MULTILINE) for source, _ in linter.scanner.sources]
    assert len(sources) > 1000
    for source, flags in sources:
        assert compiled._built(source, compiled._entry(source, int(flags))) == re.compile(source, flags), source


def test_a_run_keeps_what_it_compiled_and_the_next_one_reads_it(fresh):
    patterns = [(r"\bfoo(?P<tail>bar)?", 0), (r"^See also\b", re.MULTILINE), ("(?i)straße", 0)]
    first = [compiled.compile(source, flags) for source, flags in patterns]
    assert compiled._new == {compiled._key(source, int(flags)) for source, flags in patterns}
    compiled.save()
    [kept] = list(fresh.glob("patterns-*.re"))
    compiled.reset_for_tests()  # as the next process
    again = [compiled.compile(source, flags) for source, flags in patterns]
    assert not compiled._new, "read from the store, nothing compiled anew"
    assert again == first == [re.compile(source, flags) for source, flags in patterns]
    assert again[0].match("foobar").group("tail") == "bar"
    before = kept.read_bytes()
    compiled.save()  # nothing new: the file is left as it is
    assert kept.read_bytes() == before


def test_a_garbled_store_is_compiled_again_and_written_anew(fresh):
    compiled.compile("abc")
    compiled.save()
    [kept] = list(fresh.glob("patterns-*.re"))
    kept.write_bytes(b"\x00 not what marshal wrote")
    compiled.reset_for_tests()
    assert compiled.compile("abc") == re.compile("abc")
    compiled.save()
    compiled.reset_for_tests()
    compiled.compile("abc")
    assert not compiled._new


def test_a_program_the_engine_refuses_is_compiled_anew(fresh):
    compiled.reset_for_tests({compiled._key("abc", 0): (0, b"\xff\xff\xff\xff", 0, {}, (None,))})
    assert compiled.compile("abc") == re.compile("abc")
    assert compiled._new == {compiled._key("abc", 0)}


def test_another_python_reads_another_file(fresh, monkeypatch):
    mine = compiled._path()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert compiled._path() != mine


def test_a_bad_pattern_raises_as_re_compile_does(fresh):
    with pytest.raises(re.error):
        compiled.compile("(unclosed")
    assert not compiled._new


def test_no_store_folder_compiles_every_time(monkeypatch):
    monkeypatch.setenv("NEWSLINT_SCAN_STORE", "")
    compiled.reset_for_tests()
    try:
        assert compiled.compile("abc") == re.compile("abc")
        compiled.save()  # nowhere to write: nothing happens
    finally:
        compiled.reset_for_tests()


def test_the_cli_keeps_its_patterns_and_the_next_run_reads_them(tmp_path):
    store = tmp_path / "store"
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    env = {"NEWSLINT_SCAN_STORE": str(store), "NEWSLINT_COMPILE_AHEAD": "0"}
    first = run_newslint(["--no-cache", str(seeds)], env=env)
    [kept] = list(store.glob("patterns-*.re"))
    written = kept.read_bytes()
    second = run_newslint(["--no-cache", str(seeds)], env=env)
    assert (second.returncode, second.stdout, second.stderr) == (first.returncode, first.stdout, first.stderr)
    assert first.returncode == 1 and first.stdout
    assert kept.read_bytes() == written, "the second run compiled nothing it had to keep"
