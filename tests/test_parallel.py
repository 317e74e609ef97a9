"""``--jobs``: the same findings, in the same order, from a process pool as from one process;
and the progress line.

The corpus is real: the record fixtures, a JSON Lines shard made of them large enough to be cut into
chunks, and text files. Rules: every default rule plus the fixture plugin ``corpus_fixture_rules``,
whose corpus rule (XC101, a paragraph repeated across documents) needs states merged across
processes.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import PLUGINS, REPO, plugin_env, run_newslint
from newslint.config import load_settings
from newslint.engine import Linter
from newslint.progress import Progress, wanted
from newslint.run import Run
from newslint.units import batches, plan

RECORDS = REPO / "tests" / "fixtures" / "records"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Record fixtures, a ~400 kB shard (cut into chunks with --jobs 2) and a few text files."""
    root = tmp_path_factory.mktemp("corpus")
    shards = root / "shards"
    shards.mkdir()
    for name in ("newsplease.jsonl", "bad.jsonl", "corrupt.jsonl.gz", "crlf.jsonl",
                 "fineweb-array.json", "trafilatura.json", "ccnews.jsonl.gz"):
        shutil.copy(RECORDS / name, shards / name)
    records = [json.loads(line) for name in ("newsplease.jsonl", "crlf.jsonl")
               for line in (RECORDS / name).read_text(encoding="utf-8").splitlines()]
    with open(shards / "big.jsonl", "w", encoding="utf-8") as handle:
        number = 0
        while handle.tell() < 400_000:
            record = dict(records[number % len(records)], id=f"big-{number}")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            number += 1
            if number % 37 == 0:
                handle.write("{not json}\n")
    texts = root / "texts"
    texts.mkdir()
    for number, record in enumerate(records):
        text = record.get("text") or record.get("maintext")
        (texts / f"story-{number}.txt").write_text(text, encoding="utf-8")
    return root


def lint(corpus: Path, *args: str, input: bytes | None = None):
    return run_newslint(["--isolated", "-p", "corpus_fixture_rules", *args], cwd=corpus,
                        input=input, env=plugin_env())


def test_jobs_output_is_identical_to_one_process(corpus):
    one = lint(corpus, "--jobs", "1", "shards", "texts")
    two = lint(corpus, "--jobs", "2", "shards", "texts")
    assert one.returncode == two.returncode == 1, (one.stderr, two.stderr)
    assert one.stderr == two.stderr == ""
    assert one.stdout == two.stdout
    lines = one.stdout.splitlines()
    codes = {line.split(" ")[1] for line in lines}
    # The run really exercised records, bad records, a corrupt archive and the corpus rule.
    assert {"XC101", "XC102", "NL920", "NL921"} <= codes
    assert any(line.startswith("shards/big.jsonl:") and "[record big-" in line for line in lines)
    # Corpus findings come last, after every file's own findings.
    first_corpus = next(i for i, line in enumerate(lines) if " XC101 " in line)
    assert all(" XC101 " in line for line in lines[first_corpus:])


def test_jobs_auto_and_json_output_match(corpus):
    one = lint(corpus, "--format", "json", "--select", "XC,NL9", "shards")
    auto = lint(corpus, "--format", "json", "--select", "XC,NL9", "--jobs", "auto", "shards")
    assert json.loads(one.stdout) == json.loads(auto.stdout)
    records = [item for item in json.loads(one.stdout) if item["path"] == "shards/big.jsonl"]
    assert records and all(item["record"] == item["line"] and item["field"] in ("text", "maintext")
                           for item in records if item["code"] == "XC102")


def test_stdin_is_linted_in_order_with_jobs(corpus):
    story = (corpus / "texts" / "story-1.txt").read_bytes()
    args = ("--select", "XC,NL9", "texts/story-0.txt", "-", "shards/crlf.jsonl")
    one = lint(corpus, *args, input=story)
    two = lint(corpus, "-j", "2", *args, input=story)
    assert one.stdout == two.stdout and "stdin:1:1: XC102" in one.stdout


def test_big_shard_is_cut_into_chunks_that_cover_it(corpus, monkeypatch):
    monkeypatch.syspath_prepend(str(PLUGINS))
    settings = load_settings(isolated=True)
    settings.extra_plugins = ["corpus_fixture_rules"]
    run = Run(Linter(settings), [str(corpus / "shards")], jobs=2)
    units = list(run.units())
    big = [unit for unit in units if unit.display.endswith("big.jsonl")]
    size = (corpus / "shards" / "big.jsonl").stat().st_size
    assert len(big) >= 3 and big[0].first and not any(unit.first for unit in big[1:])
    assert big[0].start == 0 and big[-1].end == size
    assert all(a.end == b.start for a, b in zip(big, big[1:]))
    lines = (corpus / "shards" / "big.jsonl").read_bytes()
    assert all(unit.first_line == lines[:unit.start].count(b"\n") + 1 for unit in big)
    # Chunks travel alone; small files are batched together.
    grouped = list(batches(units, batch_bytes=50_000))
    assert all(len(batch) == 1 for batch in grouped if batch[0].is_chunk)
    assert any(len(batch) > 1 for batch in grouped)


def test_in_process_api_matches_with_tiny_chunks(corpus, monkeypatch):
    monkeypatch.syspath_prepend(str(PLUGINS))
    settings = load_settings(isolated=True)
    settings.extra_plugins = ["corpus_fixture_rules"]
    linter = Linter(settings)
    paths = [str(corpus / "shards"), str(corpus / "texts")]
    serial = Run(linter, paths)
    expected = list(serial.violations())
    pooled = Run(linter, paths, jobs=2, chunk_bytes=20_000)
    assert list(pooled.violations()) == expected
    assert pooled.counts == serial.counts
    assert serial.counts.files == 8 + len(list((corpus / "texts").iterdir()))


def test_plan_keeps_gzip_and_json_whole(corpus):
    shards = corpus / "shards"
    files = [(str(shards / name), name, (shards / name).stat().st_size)
             for name in ("ccnews.jsonl.gz", "fineweb-array.json", "big.jsonl")]
    units = list(plan(files, chunk_bytes=1000, split=True))
    assert [u.display for u in units if not u.is_chunk] == ["ccnews.jsonl.gz", "fineweb-array.json"]
    assert list(plan(files, chunk_bytes=1000, split=False)) == [
        plan_unit for plan_unit in plan(files, chunk_bytes=10**9, split=True)]


# -- progress --------------------------------------------------------------------------------------

class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_quiet_at_first_then_shows_records_rate_and_eta():
    clock = FakeClock()
    stream = io.StringIO()
    progress = Progress(stream, delay=2.0, interval=0.5, clock=clock)
    progress.start(100_000_000)
    progress.advance(documents=10, size=5_000_000)
    assert stream.getvalue() == ""  # nothing during the first seconds
    clock.now += 10
    progress.advance(documents=990, size=15_000_000)
    line = stream.getvalue().rsplit("\r\x1b[K", 1)[-1]
    assert line == "newslint: 1,000 records, 20/100 MB, 2.0 MB/s, ETA 0:40"
    progress.clear()
    assert stream.getvalue().endswith("\r\x1b[K")
    clock.now += 0.1
    progress.advance(documents=1)  # within the interval: not redrawn
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_only_on_a_terminal_outside_ci_with_human_formats():
    terminal, pipe = Terminal(), io.StringIO()
    assert wanted("auto", True, terminal, environ={})
    assert not wanted("auto", True, terminal, environ={"CI": "true"})
    assert not wanted("auto", True, pipe, environ={})
    assert not wanted("auto", False, terminal, environ={})  # machine formats
    assert wanted("always", False, pipe, environ={"CI": "1"})
    assert not wanted("never", True, terminal, environ={})


def test_progress_never_reaches_a_pipe(corpus):
    result = lint(corpus, "--select", "XC102", "shards/newsplease.jsonl")
    assert result.stderr == "" and result.stdout.count("\n") == 1
