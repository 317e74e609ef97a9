"""Throughput and memory of newslint against bare regular-expression references, on real text.

Reads ``../shared/eval/dev.jsonl`` (real scraped news text, outside the repository) and repeats its
texts into a corpus of about ``--size-mb`` megabytes, twice: as one text file per article and as one
JSON Lines shard; plus a JSON Lines shard of ``--small-mb`` megabytes to check that memory stays flat
as the input grows. The corpus goes to ``benchmarks/_corpus/`` (git-ignored) and is reused while
its size matches.

Then, in the same run and on the same files, it measures, each in its own child process:

- the *shared reference*, ``../shared/bench/ref_scan.py`` (outside the repository, read-only): a
  plain cleaning script, 20 boilerplate regexes from ``ref_patterns.txt`` compiled with ``re.M``,
  each run once over each file (JSON Lines files are scanned as they are, not parsed), one line
  printed per match;
- *our reference*: one Python process scanning every text with 20 separately compiled regular
  expressions (:data:`REFERENCE_PATTERNS`: case-insensitive and ``\b``-led, so slower), JSON Lines
  parsed with :mod:`json`;
- ``newslint`` with every default rule, ``--jobs 1`` and ``--jobs`` all cores, default output
  format written to ``/dev/null``, without the cache (``--no-cache``);
- the same ``--jobs 1`` run without the scan accelerator (``NEWSLINT_ACCELERATOR=0``: the
  accelerator's effect on its own line; skipped when it is not installed);
- the cache: ``--jobs 1`` into an empty cache folder, then the same run again (all hits).

Before them, the scan accelerator's database and the rules' regular expressions are compiled once
into a folder of the benchmark's own (``NEWSLINT_SCAN_STORE``; ``newslint warm``), as the first
runs on a machine keep them in the user's cache folder, and that time is reported on its own line;
every run then loads them.

For each it reports wall seconds, MB/s and documents/s (input bytes and records over wall time),
CPU seconds, and peak memory: ``ru_maxrss`` of the child from ``wait4`` (the largest single process
of its tree, so for ``--jobs`` the biggest worker or the parent). Then it checks the targets:
one newslint process at least 0.5× the shared reference's speed; all cores at least 1.7× one job
(on 2 cores); peak memory at the big size within 20 % of the small size; a repeat run from the
cache at least 5× faster than the first, with the same report. Ratios to our own reference are
printed too.

    .venv/bin/python benchmarks/throughput.py                 # 200 MB, a few minutes
    .venv/bin/python benchmarks/throughput.py --size-mb 20    # a quick look
    .venv/bin/python benchmarks/throughput.py --profile 10    # where the time goes (cProfile, 10 MB)
    NEWSLINT_ACCELERATOR=0 .venv/bin/python benchmarks/throughput.py --profile 10   # without it
    .venv/bin/python benchmarks/throughput.py --only jsonl --big-mb 1000   # + memory on 1 GB of JSONL
    .venv/bin/python benchmarks/throughput.py --size-mb 20 --compare --compare-python OTHER/bin/python
                                                # + proselint and datatrove, from a venv that has them

On a shared machine, wall times move with the other load: compare CPU seconds too. Every child
runs from compiled bytecode, as an installed tool does (see :func:`with_bytecode`).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SOURCE = REPO.parent / "shared" / "eval" / "dev.jsonl"
SHARED_REFERENCE = REPO.parent / "shared" / "bench" / "ref_scan.py"
CORPUS = HERE / "_corpus"
SHARED_LABEL = "shared reference"
OWN_LABEL = "our reference"

#: The reference's 20 boilerplate patterns, compiled one by one (as a cleaning script does).
REFERENCE_PATTERNS = [
    r"^\s*(?:READ MORE|Read more|Read More)\b",
    r"^\s*See also\b",
    r"(?i)^\s*advertisement\s*$",
    r"(?i)\bsubscribe (?:to|now)\b",
    r"(?i)^\s*share (?:this|on)\b",
    r"(?i)\bclick here\b",
    r"(?i)^\s*(?:photo|image|picture)s?\s*(?:credit)?\s*:",
    r"(?i)\bimage copyright\b",
    r"(?i)\((?:image|photo) credit:[^)]*\)",
    r"(?i)^\s*follow (?:us|me)\b",
    r"(?i)\ball rights reserved\b",
    r"(?:©|\(c\)|copyright)\s*\d{4}",
    r"(?i)^\s*related(?: articles| stories| posts)?\s*:?\s*$",
    r"(?i)^\s*leave a (?:reply|comment)\b",
    r"(?i)your email address will not be published",
    r"(?i)^\s*sign up\b",
    r"(?i)\bcookies?\b.{0,60}\b(?:accept|policy|consent)\b",
    r"(?i)^\s*(?:updated|published|posted)\s*:?\s+\w+",
    r"(?i)^\s*most (?:read|popular|viewed)\b",
    r"(?i)\b(?:getty images|reuters/|ap photo)\b",
]


# -- the corpus ------------------------------------------------------------------------------------


def source_records() -> list[dict]:
    if not SOURCE.is_file():
        sys.exit(f"throughput: {SOURCE} not found (this benchmark reads ../shared/eval/dev.jsonl)")
    with open(SOURCE, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def repeated(records: list[dict], size: int) -> Iterator[tuple[int, dict]]:
    """(repetition, record) until about ``size`` bytes of text have been given."""
    given = 0
    repetition = 0
    while given < size:
        for record in records:
            yield repetition, record
            given += len(record["text"].encode("utf-8"))
            if given >= size:
                return
        repetition += 1


def build_text(records: list[dict], folder: Path, size: int) -> tuple[int, int]:
    count = 0
    for repetition, record in repeated(records, size):
        sub = folder / f"{count // 1000:03d}"
        if count % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{count:06d}.txt").write_text(record["text"], encoding="utf-8")
        count += 1
    return count, sum(p.stat().st_size for p in folder.rglob("*.txt"))


def build_jsonl(records: list[dict], path: Path, size: int) -> tuple[int, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for repetition, record in repeated(records, size):
            handle.write(json.dumps({"id": f"{record['id']}#{repetition}", "url": record["url"],
                                     "text": record["text"]}, ensure_ascii=False) + "\n")
            count += 1
    return count, path.stat().st_size


def corpus(size_mb: int, small_mb: int) -> dict:
    """Build (or reuse) the corpus; return its manifest: name → {path, documents, bytes}.

    Built in a child process: a child's ``ru_maxrss`` starts at its parent's peak (Linux copies the
    high-water mark across ``exec``), so this process must never hold the source data.
    """
    manifest_path = CORPUS / "manifest.json"
    wanted = {"size_mb": size_mb, "small_mb": small_mb, "source_bytes": SOURCE.stat().st_size}
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("wanted") == wanted:
            return manifest["sets"]
    subprocess.run([sys.executable, __file__, "--build", str(size_mb), str(small_mb)], check=True)
    return json.loads(manifest_path.read_text())["sets"]


def build(size_mb: int, small_mb: int) -> None:
    """Write the corpus and its manifest (in the ``--build`` child)."""
    manifest_path = CORPUS / "manifest.json"
    wanted = {"size_mb": size_mb, "small_mb": small_mb, "source_bytes": SOURCE.stat().st_size}
    import shutil

    shutil.rmtree(CORPUS, ignore_errors=True)
    CORPUS.mkdir(parents=True)
    records = source_records()
    print(f"building a {size_mb} MB corpus in {CORPUS} …", file=sys.stderr)
    sets = {}
    count, total = build_text(records, CORPUS / "text", size_mb * 10**6)
    sets["text"] = {"path": str(CORPUS / "text"), "documents": count, "bytes": total}
    for name, mb in (("jsonl", size_mb), ("jsonl-small", small_mb)):
        path = CORPUS / name / "shard.jsonl"
        count, total = build_jsonl(records, path, mb * 10**6)
        sets[name] = {"path": str(path), "documents": count, "bytes": total}
    manifest_path.write_text(json.dumps({"wanted": wanted, "sets": sets}, indent=2))


def big_shard(size_mb: int) -> dict:
    """Build (or reuse) one JSON Lines shard of ``size_mb`` MB for the memory check at scale."""
    path = CORPUS / "jsonl-big" / "shard.jsonl"
    manifest_path = path.parent / "manifest.json"
    wanted = {"size_mb": size_mb, "source_bytes": SOURCE.stat().st_size}
    if manifest_path.is_file() and path.is_file():
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("wanted") == wanted:
            return manifest["set"]
    subprocess.run([sys.executable, __file__, "--build-big", str(size_mb)], check=True)
    return json.loads(manifest_path.read_text())["set"]


def build_big(size_mb: int) -> None:
    """Write the big shard and its manifest (in the ``--build-big`` child)."""
    path = CORPUS / "jsonl-big" / "shard.jsonl"
    print(f"building a {size_mb} MB JSON Lines shard in {path} …", file=sys.stderr)
    count, total = build_jsonl(source_records(), path, size_mb * 10**6)
    wanted = {"size_mb": size_mb, "source_bytes": SOURCE.stat().st_size}
    data = {"path": str(path), "documents": count, "bytes": total}
    (path.parent / "manifest.json").write_text(json.dumps({"wanted": wanted, "set": data}, indent=2))


# -- the reference ---------------------------------------------------------------------------------


def reference_scan(path: str) -> None:
    """The bare reference, run in a child process: 20 compiled patterns over every text."""
    patterns = [re.compile(p, re.MULTILINE) for p in REFERENCE_PATTERNS]
    documents = matches = 0

    def scan(text: str) -> int:
        return sum(len(pattern.findall(text)) for pattern in patterns)

    if os.path.isdir(path):
        for folder, subfolders, files in os.walk(path):
            subfolders.sort()
            for name in sorted(files):
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    matches += scan(handle.read())
                documents += 1
    else:
        with open(path, "rb") as handle:
            for line in handle:
                if line.strip():
                    matches += scan(json.loads(line)["text"])
                    documents += 1
    print(json.dumps({"documents": documents, "matches": matches}))


# -- other tools, for context -----------------------------------------------------------------------
#
# proselint (a prose linter) and datatrove's quality filters (what data teams run on web text) are
# far slower than either newslint or the reference, so they get only the first ``--compare-mb`` MB of
# the small JSON Lines shard, and their own loop is timed (imports and set-up excluded). They are not
# dependencies of newslint: ``--compare-python`` names an interpreter that has them, e.g. a venv made
# with ``pip install proselint datatrove spacy``.


def _texts(path: str, limit: int) -> Iterator[str]:
    size = 0
    with open(path, "rb") as handle:
        for line in handle:
            if size >= limit:
                return
            if line.strip():
                size += len(line)
                yield json.loads(line)["text"]


def other_scan(tool: str, path: str, limit: int) -> None:
    """Run ``tool`` over the texts (in a child, under the interpreter that has it); print JSON."""
    texts = list(_texts(path, limit))
    if tool == "proselint":
        try:  # proselint 0.16+
            from proselint.checks import __register__
            from proselint.config import DEFAULT
            from proselint.registry import CheckRegistry
            from proselint.tools import LintFile

            CheckRegistry().register_many(__register__)

            def check(text: str) -> int:
                return len(LintFile("record", text).lint(DEFAULT))
        except ImportError:  # older proselint
            from proselint.tools import lint

            def check(text: str) -> int:
                return len(lint(text))
    else:
        from datatrove.data import Document
        from datatrove.pipeline.filters import (C4QualityFilter, FineWebQualityFilter,
                                                GopherQualityFilter, GopherRepetitionFilter)

        filters = [GopherRepetitionFilter(), GopherQualityFilter(),
                   C4QualityFilter(filter_no_terminal_punct=False), FineWebQualityFilter()]

        def check(text: str) -> int:
            document = Document(text=text, id="record")
            return sum(1 for f in filters if f.filter(document) is not True)

        check("Warm the tokenizer up. It loads on first use.")
    started = time.perf_counter()
    cpu = time.process_time()
    found = sum(check(text) for text in texts)
    print(json.dumps({"documents": len(texts), "bytes": sum(len(t.encode("utf-8")) for t in texts),
                      "seconds": time.perf_counter() - started,
                      "cpu": time.process_time() - cpu, "found": found}))


def compare_others(data: dict, python: str, megabytes: float) -> list[str]:
    """Lines of the context table: each other tool's MB/s on the start of the small shard."""
    lines = []
    labels = {"proselint": "proselint (all checks)",
              "datatrove": "datatrove quality filters (Gopher x2, C4, FineWeb)"}
    for tool, label in labels.items():
        result = subprocess.run([python, __file__, "--other", tool, data["path"],
                                 str(int(megabytes * 10**6))], capture_output=True, text=True)
        if result.returncode != 0:
            last = (result.stderr.strip().splitlines() or ["failed"])[-1]
            lines.append(f"{label:<52} skipped: {last[:100]}")
            continue
        measured = json.loads(result.stdout.strip().splitlines()[-1])
        lines.append(f"{label:<52} {measured['bytes'] / 1e6:>6.1f} MB {measured['documents']:>6} docs "
                     f"{measured['bytes'] / 1e6 / measured['seconds']:>7.3f} MB/s "
                     f"{measured['documents'] / measured['seconds']:>7.1f} docs/s")
    return lines


# -- measuring -------------------------------------------------------------------------------------


@dataclass
class Measure:
    label: str
    input: str
    bytes: int
    documents: int
    wall: float
    cpu: float
    maxrss_mb: float
    exit_code: int

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.wall

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.wall


def measure(label: str, input_name: str, command: list[str], data: dict,
            env: Optional[dict] = None, stdout: Optional[str] = None) -> Measure:
    """Run ``command`` as a child; wall time, CPU time and ru_maxrss from ``wait4``. ``stdout``:
    a file to keep the output in (else it is thrown away)."""
    import tempfile

    with tempfile.TemporaryFile() as stderr, \
            open(stdout or os.devnull, "wb") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO, stdout=output, stderr=stderr,
                                   env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        errors = stderr.read().decode("utf-8", "replace").strip()
    if process.returncode not in (0, 1):
        sys.exit(f"throughput: {' '.join(command)} failed ({process.returncode}): {errors[-2000:]}")
    return Measure(label, input_name, data["bytes"], data["documents"], wall,
                   usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode)


def with_bytecode() -> None:
    """Run every child as an installed newslint runs: from its modules' bytecode. ``pip install``
    compiles it (an editable install writes it on first import); a shell that forbids writing it
    (``PYTHONDONTWRITEBYTECODE``) would make every measured run compile some eighty modules from
    source first, a tenth of a second of start-up that no user's run pays."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "newslint", "rules"], cwd=REPO,
                   check=True)


def newslint_command(path: str, jobs: str, *options: str) -> list[str]:
    return [sys.executable, "-m", "newslint", "--isolated", "--progress", "never",
            "--jobs", jobs, *(options or ("--no-cache",)), path]


def accelerator_installed() -> bool:
    result = subprocess.run([sys.executable, "-c", "from newslint.scan import accelerator_available;"
                             "print(accelerator_available())"], cwd=REPO, capture_output=True,
                            text=True)
    return result.stdout.strip() == "True"


NO_ACCELERATOR = "newslint --jobs 1, exact scan"
CACHE_FIRST = "newslint --jobs 1, cache: first"
CACHE_REPEAT = "newslint --jobs 1, cache: repeat"


#: Seconds the scan accelerator's database took to compile (once per run of this benchmark).
COMPILE_SECONDS: list[float] = []


def run_all(sets: dict, jobs: str, which: list[str]) -> tuple[list[Measure], dict[str, bool]]:
    """The measures, and per input whether the cached repeat printed the first run's report."""

    results = []
    same_report = {}
    accelerated = accelerator_installed()
    if not accelerated:
        print("  the scan accelerator is not installed (pip install '.[fast]'): measuring the "
              "exact scan only", file=sys.stderr)
    else:
        # Every run keeps and loads the compiled scan database in a folder of this benchmark's own
        # (not the user's, whose state would change the figures); compiling it, once per machine
        # and rule set, is timed here on its own.
        store = tempfile.mkdtemp(prefix="newslint-bench-scan-")
        os.environ["NEWSLINT_SCAN_STORE"] = store
        atexit.register(shutil.rmtree, store, True)
        started = time.perf_counter()
        # (``newslint warm``: the rules' regular expressions are kept there too, as a user's
        # first runs keep them; see newslint/compiled.py)
        subprocess.run([sys.executable, "-m", "newslint", "warm"], cwd=REPO, check=True,
                       stdout=subprocess.DEVNULL)
        COMPILE_SECONDS.append(time.perf_counter() - started)
        print(f"  the scan accelerator's database and the rules' patterns compiled and kept in {store} in "
              f"{COMPILE_SECONDS[-1]:.1f} s (once per machine and rule set; every run below "
              f"loads it)", file=sys.stderr)
    for name in which:
        data = sets[name]
        folder = data["path"] if name == "text" else str(Path(data["path"]).parent)
        results.append(measure(SHARED_LABEL, name, [sys.executable, str(SHARED_REFERENCE), folder],
                               data))
        results.append(measure(OWN_LABEL, name, [
            sys.executable, __file__, "--reference", data["path"]], data))
        results.append(measure("newslint --jobs 1", name, newslint_command(data["path"], "1"), data))
        results.append(measure(f"newslint --jobs {jobs}", name,
                               newslint_command(data["path"], jobs), data))
        if accelerated:
            results.append(measure(NO_ACCELERATOR, name, newslint_command(data["path"], "1"), data,
                                   env={"NEWSLINT_ACCELERATOR": "0"}))
        cache = tempfile.mkdtemp(prefix="newslint-bench-cache-")
        reports = [os.path.join(cache, f"report-{n}.txt") for n in (1, 2)]
        try:
            for label, report_path in zip((CACHE_FIRST, CACHE_REPEAT), reports):
                results.append(measure(label, name, newslint_command(
                    data["path"], "1", "--cache-dir", os.path.join(cache, "cache")), data,
                    stdout=report_path))
            same_report[name] = Path(reports[0]).read_bytes() == Path(reports[1]).read_bytes()
        finally:
            shutil.rmtree(cache, ignore_errors=True)
        print(f"  {name}: done", file=sys.stderr)
    small = sets["jsonl-small"]
    results.append(measure("newslint --jobs 1", "jsonl-small", newslint_command(small["path"], "1"),
                           small))
    return results, same_report


def compile_line() -> Optional[str]:
    """What compiling the scan accelerator's database cost, for the report."""
    if not COMPILE_SECONDS:
        return None
    return (f"the scan accelerator's database: compiled in {COMPILE_SECONDS[0]:.1f} s, once per "
            f"machine and rule set (kept in the user's cache folder; each run above loaded it)")


def report(results: list[Measure], jobs: str, cores: int, same_report: dict[str, bool]) -> bool:
    print(f"{'input':<12} {'run':<34} {'MB':>7} {'docs':>7} {'wall s':>8} {'MB/s':>7} "
          f"{'docs/s':>8} {'CPU s':>8} {'peak RSS MB':>12}")
    for m in results:
        print(f"{m.input:<12} {m.label:<34} {m.bytes / 1e6:>7.1f} {m.documents:>7} {m.wall:>8.1f} "
              f"{m.mb_per_s:>7.2f} {m.docs_per_s:>8.0f} {m.cpu:>8.1f} {m.maxrss_mb:>12.0f}")
    ok = True
    if compile_line():
        print(compile_line())
    print()
    by = {(m.input, m.label): m for m in results}
    for name in sorted({m.input for m in results} - {"jsonl-small", "jsonl-big"}):
        shared = by[(name, SHARED_LABEL)]
        own = by[(name, OWN_LABEL)]
        one = by[(name, "newslint --jobs 1")]
        many = by[(name, f"newslint --jobs {jobs}")]
        speed = one.mb_per_s / shared.mb_per_s
        scaling = many.mb_per_s / one.mb_per_s
        print(f"{name}: one newslint process = {speed:.2f}x the shared reference (target >= 0.5): "
              f"{'ok' if speed >= 0.5 else 'BELOW'}; {one.mb_per_s / own.mb_per_s:.2f}x our "
              f"reference; the shared reference is {shared.mb_per_s / own.mb_per_s:.2f}x ours")
        scaling_target = 1.7 if cores >= 2 else 1.0
        print(f"{name}: --jobs {jobs} = {scaling:.2f}x --jobs 1 on {cores} cores "
              f"(target >= {scaling_target}): {'ok' if scaling >= scaling_target else 'BELOW'}")
        exact = by.get((name, NO_ACCELERATOR))
        if exact is not None:
            print(f"{name}: the scan accelerator: {one.mb_per_s:.2f} MB/s with it, "
                  f"{exact.mb_per_s:.2f} MB/s without ({exact.cpu / one.cpu:.2f}x the CPU time "
                  f"without it; {exact.mb_per_s / shared.mb_per_s:.2f}x the shared reference "
                  f"without it)")
        first, repeat = by[(name, CACHE_FIRST)], by[(name, CACHE_REPEAT)]
        speedup = first.wall / repeat.wall
        print(f"{name}: cache: repeat run {speedup:.1f}x faster than the first ({first.wall:.1f} s -> "
              f"{repeat.wall:.1f} s; target >= 5), same report byte for byte: "
              f"{'yes' if same_report.get(name) else 'NO'}")
        ok &= speed >= 0.5 and scaling >= scaling_target and speedup >= 5 and bool(same_report.get(name))
    # From the small shard to the main one, and from the main one (20 MB and up, where the scan
    # accelerator is compiled, as it is for any bigger run) to the big one.
    for small_input, big_input in (("jsonl-small", "jsonl"), ("jsonl", "jsonl-big")):
        if (small_input, "newslint --jobs 1") in by and (big_input, "newslint --jobs 1") in by:
            ok &= memory_flat(by[(small_input, "newslint --jobs 1")],
                              by[(big_input, "newslint --jobs 1")])
    return ok


def memory_flat(small: Measure, big: Measure) -> bool:
    """Print how one process's peak memory grew from the small input to the big one; within 20 %?"""
    growth = big.maxrss_mb / small.maxrss_mb - 1
    print(f"peak memory {small.bytes / 1e6:.0f} MB -> {big.bytes / 1e6:.0f} MB of JSON Lines: "
          f"{small.maxrss_mb:.0f} -> {big.maxrss_mb:.0f} MB ({growth:+.0%}, target within 20 %): "
          f"{'ok' if abs(growth) <= 0.2 else 'ABOVE'}")
    return abs(growth) <= 0.2


# -- profiling -------------------------------------------------------------------------------------


def profile(sets: dict, megabytes: int) -> None:
    """cProfile one process linting the first ``megabytes`` MB of the JSON Lines corpus: time per
    rule (the rule classes' check methods, cumulative, lines offered and calls), the trigger scan
    with and without the accelerator, and the top functions."""
    import cProfile
    import pstats

    sys.path.insert(0, str(REPO))
    from newslint.config import load_settings
    from newslint.engine import Linter
    from newslint.readers.records import read_records
    from newslint.scan import Scanner, accelerator_available

    accelerate = accelerator_available()
    linter = Linter(load_settings(isolated=True), accelerate=accelerate or None)
    path = sets["jsonl"]["path"]
    limit = megabytes * 10**6
    documents = []
    size = 0
    for document in read_records(path, path):
        documents.append(document)
        size += len(document.text.encode("utf-8"))
        if size >= limit:
            break
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for document in documents:
        linter.lint(document)
    profiler.disable()
    wall = time.perf_counter() - started
    print(f"linted {len(documents)} records, {size / 1e6:.1f} MB of text in {wall:.1f} s under "
          f"cProfile ({size / 1e6 / wall:.2f} MB/s), scan accelerator "
          f"{'on' if accelerate else 'not installed'}\n")
    stats = pstats.Stats(profiler)
    per_rule = []
    for rule in linter.rules:
        for method in ("check_line", "check", "collect"):
            function = getattr(type(rule), method, None)
            code = getattr(function, "__code__", None)
            if code is None:
                continue
            key = (code.co_filename, code.co_firstlineno, code.co_name)
            if key in stats.stats:  # type: ignore[attr-defined]
                calls, _, _, cumulative, _ = stats.stats[key]  # type: ignore[attr-defined]
                per_rule.append((cumulative, f"{rule.code} {rule.name} ({method}, {calls} calls)"))
    print("cumulative seconds per rule method (for a line rule: on the lines its trigger offered):")
    for seconds, name in sorted(per_rule, reverse=True)[:25]:
        print(f"  {seconds:8.2f}  {name}")
    print(f"  {sum(seconds for seconds, _ in per_rule):8.2f}  all rule methods")
    print()
    print("seconds of the trigger scan (every line rule's lines found, no rule run):")
    triggers = [rule.trigger for rule in linter.line_rules]
    ways = [("exact", Scanner(triggers, accelerate=False))]
    if accelerate:
        ways.append(("accelerated", Scanner(triggers, accelerate=True)))
    plain = [(document.text, document.line_starts) for document in documents]
    for label, scanner in ways:
        started = time.perf_counter()
        for text, starts in plain:
            scan = scanner.scan(text, starts)
            for number in range(len(triggers)):
                scan.lines(number)
        spent = time.perf_counter() - started
        print(f"  {spent:8.2f}  {label}: {len(scanner.branches)} distinct branches"
              f"{f', {scanner.accelerated} in the accelerator' if scanner.accelerated else ''}, "
              f"{size / 1e6 / spent:.1f} MB/s")
    print()
    stats.sort_stats("tottime").print_stats(25)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=200, help="corpus size (default 200)")
    parser.add_argument("--small-mb", type=int, default=None,
                        help="size of the small JSON Lines shard for the memory check "
                             "(default: a tenth of --size-mb, at least 10)")
    parser.add_argument("--jobs", default=str(os.cpu_count() or 1), help="the 'all cores' run")
    parser.add_argument("--only", choices=("text", "jsonl"), action="append",
                        help="measure only this input kind (repeatable)")
    parser.add_argument("--profile", type=int, metavar="MB",
                        help="profile one process on MB of the JSON Lines corpus instead")
    parser.add_argument("--big-mb", type=int, metavar="MB",
                        help="also lint one JSON Lines shard of MB megabytes with one process and "
                             "compare its peak memory with the small shard's (e.g. 1000)")
    parser.add_argument("--compare", action="store_true",
                        help="also time proselint and datatrove's quality filters on the start of "
                             "the small JSON Lines shard, for context")
    parser.add_argument("--compare-python", default=sys.executable, metavar="PYTHON",
                        help="the interpreter that has proselint and datatrove (default: this one)")
    parser.add_argument("--compare-mb", type=float, default=1.0, metavar="MB",
                        help="how much text the other tools get (default 1 MB: they are slow)")
    parser.add_argument("--reference", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--other", nargs=3, metavar=("TOOL", "PATH", "BYTES"), help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, type=int, help=argparse.SUPPRESS)
    parser.add_argument("--build-big", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.reference:
        reference_scan(args.reference)
        return 0
    if args.other:
        other_scan(args.other[0], args.other[1], int(args.other[2]))
        return 0
    if args.build:
        build(*args.build)
        return 0
    if args.build_big:
        build_big(args.build_big)
        return 0
    # At least 10 MB: a run compiles the scan accelerator (some 15 MB of memory) after 8 MB.
    small = args.small_mb or max(10, args.size_mb // 10)
    sets = corpus(args.size_mb, small)
    if args.profile:
        profile(sets, args.profile)
        return 0
    which = args.only or ["text", "jsonl"]
    cores = os.cpu_count() or 1
    with_bytecode()
    print(f"newslint throughput: {args.size_mb} MB corpus from {SOURCE.name}, {cores} cores, "
          f"Python {sys.version.split()[0]}", file=sys.stderr)
    results, same_report = run_all(sets, args.jobs, which)
    if args.big_mb:
        data = big_shard(args.big_mb)
        results.append(measure("newslint --jobs 1", "jsonl-big",
                               newslint_command(data["path"], "1"), data))
    ok = report(results, args.jobs, cores, same_report)
    if args.compare:
        print(f"\nfor context, other tools on the first {args.compare_mb:g} MB of the small JSON Lines "
              f"shard (their own loop timed, one process):")
        for line in compare_others(sets["jsonl-small"], args.compare_python, args.compare_mb):
            print(f"  {line}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
