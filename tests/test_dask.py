"""``--dask``: a real ``distributed.LocalCluster`` with 2 worker processes gives the same findings,
in the same order, as one process on the same shards, corpus-level rule included.

Workers import the fixture plugin ``corpus_fixture_rules`` by themselves (it is on ``PYTHONPATH``,
which worker processes inherit), as they would on a real cluster where it is installed.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402

from conftest import PLUGINS, REPO, plugin_env, run_newslint  # noqa: E402
from newslint.config import load_settings  # noqa: E402
from newslint.dask import READ_TEXT_OPTIONS, findings, lint_bag  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.run import Run  # noqa: E402

RECORDS = REPO / "tests" / "fixtures" / "records"


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> Path:
    """The record fixtures (bad records and a corrupt archive among them), a shard of ~100 kB made
    of them and a text file: paragraphs repeat across files, so the corpus rule fires."""
    root = tmp_path_factory.mktemp("cluster")
    folder = root / "shards"
    folder.mkdir()
    for name in ("newsplease.jsonl", "bad.jsonl", "corrupt.jsonl.gz", "crlf.jsonl",
                 "fineweb-array.json", "ccnews.jsonl.gz"):
        shutil.copy(RECORDS / name, folder / name)
    records = [json.loads(line) for line in (RECORDS / "crlf.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(folder / "many.jsonl", "w", encoding="utf-8") as handle:
        for number in range(40):
            handle.write(json.dumps(dict(records[number % 2], id=f"many-{number}")) + "\n")
            if number % 9 == 0:
                handle.write("truncated {\n")
    (folder / "story.txt").write_text(records[0]["text"].replace("\r\n", "\n"), encoding="utf-8")
    return root


def linter_with_fixture(monkeypatch) -> Linter:
    monkeypatch.syspath_prepend(str(PLUGINS))
    settings = load_settings(isolated=True)
    settings.extra_plugins = ["corpus_fixture_rules"]
    return Linter(settings)


def test_cluster_run_prints_what_one_process_prints(shards):
    args = ["--isolated", "-p", "corpus_fixture_rules", "shards"]
    local = run_newslint(args, cwd=shards, env=plugin_env())
    # Partitions of 8 KiB: many.jsonl is cut into several, whose records keep their line numbers.
    cluster = run_newslint(["--dask", "local", *args], cwd=shards, timeout=90,
                           env={**plugin_env(), "DASK_NEWSLINT__BLOCKSIZE": "8KiB"})
    assert cluster.returncode == local.returncode == 1, cluster.stderr
    assert cluster.stderr == ""
    assert cluster.stdout == local.stdout
    lines = local.stdout.splitlines()
    assert {"XC101", "XC102", "NL920", "NL921"} <= {line.split(" ")[1] for line in lines}
    assert sum(line.startswith("shards/many.jsonl:") for line in lines) > 20
    assert db.read_text(str(shards / "shards" / "many.jsonl"), blocksize="8KiB").npartitions > 2


def test_workers_with_other_plugin_versions_are_refused(shards):
    result = run_newslint(["--isolated", "-p", "drifting_fixture_plugin", "--dask", "local", "shards"],
                          cwd=shards, env=plugin_env(), timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("newslint: error: Dask worker tcp://")
    assert "drifting_fixture_plugin 1.0 (-p) here, 2.0-worker (-p) there" in line


def test_lint_bag_api_on_a_bag_of_several_files(shards, monkeypatch):
    linter = linter_with_fixture(monkeypatch)
    names = ["bad.jsonl", "crlf.jsonl", "many.jsonl"]  # in path order, as a Run reports
    paths = [str(shards / "shards" / name) for name in names]
    bag = db.read_text(paths, blocksize=4096, include_path=True, **READ_TEXT_OPTIONS)
    assert bag.npartitions > len(paths)
    bag_names = {path.replace(os.sep, "/"): path for path in paths}
    with dask.config.set(scheduler="sync"):
        results = lint_bag(bag, linter.settings, names=bag_names).compute()
    assert list(findings(results, linter)) == list(Run(linter, paths).violations())


def test_a_cluster_run_moves_the_progress_line_to_every_record_and_byte(shards):
    from newslint.dask import DaskRun
    from newslint.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    progress = Progress(stream, delay=0.0, interval=0.0)
    linter = Linter(load_settings(isolated=True))
    folder = shards / "shards"
    run = DaskRun(linter, [str(folder)], "local", progress=progress, blocksize=8192)
    found = list(run.violations())
    assert found and run.counts.documents > 40
    assert progress.documents == run.counts.documents
    assert progress.done == progress.total == sum(p.stat().st_size for p in folder.iterdir())
    drawn = [line for line in stream.getvalue().split("\r\x1b[K") if line]
    assert drawn and all(line.startswith("newslint: ") and " records, " in line for line in drawn)
    assert stream.getvalue().endswith("\r\x1b[K")  # erased at the end: the report follows cleanly
