"""Size and cost of the HTML report on 3,000 real records, and how fast a browser opens it.

Reads the two development sets beside the repository (``../shared/eval/dev.jsonl`` and
``../shared/eval/dev-trafilatura.jsonl``: real extractor output of news and other web pages) and
writes a shard of ``--records`` records (both sets, then the first records again with new ids)
to ``benchmarks/_corpus/report-<N>.jsonl`` (git-ignored). Then, each in its own process:

- ``newslint --format json`` (the lint alone, for comparison);
- ``newslint --format html --report-group-by extractor -o report.html`` with ``--jobs 1`` and
  ``--jobs 2`` (the pages must be identical);

(wall seconds, and CPU seconds, which the other load of a shared machine does not inflate as much)
and in this process, the second reading the report does (:class:`newslint.report_source.RunDocuments`
over the shard: what the HTML format adds to the run besides writing the page). It prints wall
seconds, the page's size against the 20 MB target, and, when Chromium is installed, how long the
page takes to open in headless Chromium (navigation to load event, from the browser's own
Navigation Timing; the fastest of three openings, since on a shared machine the others measure
the other load too) and how many DOM elements it has.

    .venv/bin/python benchmarks/report_size.py                  # 3,000 records
    .venv/bin/python benchmarks/report_size.py --records 10000 --max-documents 500
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SOURCES = [REPO.parent / "shared" / "eval" / "dev.jsonl",
           REPO.parent / "shared" / "eval" / "dev-trafilatura.jsonl"]
CORPUS = HERE / "_corpus"
TARGET_MB = 20.0
OPENINGS = 3


def build_shard(count: int) -> Path:
    """``count`` records of both sets (``id``, ``extractor``, ``url``, ``text``), in set order."""
    CORPUS.mkdir(exist_ok=True)
    shard = CORPUS / f"report-{count}.jsonl"
    if shard.exists():
        return shard
    records = []
    for source in SOURCES:
        with open(source, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                records.append({key: record.get(key) for key in ("id", "extractor", "url", "text")})
    with open(shard, "w", encoding="utf-8") as out:
        for number in range(count):
            record = dict(records[number % len(records)])
            if number >= len(records):
                record["id"] = f"{record['id']}#{number // len(records)}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return shard


def timed(args: list[str]) -> tuple[str, subprocess.CompletedProcess]:
    """Run newslint; its wall and CPU seconds (CPU: this child and its workers), and its result."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "newslint", *args], cwd=REPO,
                            capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        sys.exit(f"newslint failed: {result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return f"{wall:6.1f} s wall, {cpu:6.1f} s CPU", result


def reread_seconds(shard: Path) -> tuple[float, int]:
    """The report's second reading of the shard, alone: (seconds, documents)."""
    from newslint.config import load_settings
    from newslint.plugins import load_plugins
    from newslint.report_source import RunDocuments

    settings = load_settings(isolated=True)
    source = RunDocuments(load_plugins(autoload=False), settings, [str(shard)],
                          group_by=["extractor"])
    started = time.perf_counter()
    count = sum(1 for _ in source.documents([str(shard)]))
    return time.perf_counter() - started, count


def open_in_chromium(page: Path) -> dict | None:
    sys.path.insert(0, str(REPO / "tests"))
    from chromium import Browser, find_chromium

    if find_chromium() is None:
        return None
    opened = []
    with Browser() as browser:
        for _ in range(OPENINGS):  # the fastest of a few: the others waited for other work
            browser.open("about:blank")
            browser.open_file(page)
            opened.append(browser.evaluate("""(() => {
                const nav = performance.getEntriesByType('navigation')[0];
                return {dom_ready_ms: Math.round(nav.domContentLoadedEventEnd),
                        load_ms: Math.round(nav.loadEventEnd),
                        elements: document.getElementsByTagName('*').length,
                        documents_shown: document.querySelectorAll('article.doc').length}; })()"""))
    return min(opened, key=lambda timing: timing["load_ms"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--max-documents", type=int, default=200)
    args = parser.parse_args()
    shard = build_shard(args.records)
    size_mb = shard.stat().st_size / 1e6
    print(f"shard: {shard.relative_to(REPO)}, {args.records:,} records, {size_mb:.1f} MB")

    lint, result = timed(["--isolated", "--format", "json", str(shard)])
    findings = len(json.loads(result.stdout))
    print(f"lint alone (--format json):   {lint}, {findings:,} findings")
    pages = []
    for jobs in ("1", "2"):
        out = CORPUS / f"report-{args.records}-j{jobs}.html"
        seconds, _ = timed(["--isolated", "--jobs", jobs, "--format", "html", "--report-group-by",
                            "extractor", "--report-max-documents", str(args.max_documents),
                            "-o", str(out), str(shard)])
        pages.append(out)
        print(f"--format html --jobs {jobs}:       {seconds}")
    same = pages[0].read_bytes() == pages[1].read_bytes()
    reread, documents = reread_seconds(shard)
    print(f"the report's second reading:  {reread:6.1f} s wall ({documents:,} documents)")
    page_mb = pages[0].stat().st_size / 1e6
    print(f"page: {page_mb:.1f} MB ({'within' if page_mb <= TARGET_MB else 'OVER'} the "
          f"{TARGET_MB:.0f} MB target); --jobs 1 and 2 pages identical: {same}")
    opened = open_in_chromium(pages[0])
    if opened is None:
        print("Chromium not found: opening time not measured")
    else:
        print(f"in headless Chromium: DOM ready {opened['dom_ready_ms']} ms, loaded "
              f"{opened['load_ms']} ms, {opened['elements']:,} elements, "
              f"{opened['documents_shown']} documents in full")
    return 0 if same and page_mb <= TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
