"""benchmarks/html_pages.py: saved pages and their true article text become a labelled source.

The script is how a third and a fourth source are made for ``benchmarks/quality.py``; a wrong
label there moves every figure measured on them, so its two page layouts are run here as a user
runs the script, on small made-up pages.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "html_pages.py"

STORY = ("The city council voted on Tuesday to approve a new budget for the parks department, "
         "ending months of debate among its members.")
SECOND = ("The plan raises spending on playgrounds by four percent, according to the finance "
          "department, which published the figures on Monday.")
PAGE = f"""<!doctype html>
<html lang="en-US"><head><title>Council passes budget | Daily Courier</title>
<meta property="og:title" content="Council passes parks budget">
<style>p {{ color: red }}</style><script>var x = "Home";</script></head>
<body><nav><ul><li>Home</li><li>Sports</li></ul></nav>
<h1>Council passes parks budget</h1>
<div style="display:none">Hidden promo</div>
<article><p>{STORY}</p><p>{SECOND}</p></article>
<footer>Privacy Policy</footer></body></html>"""


def run(tmp_path: Path, pages: Path) -> list[dict]:
    output = tmp_path / "out.jsonl"
    result = subprocess.run([sys.executable, str(SCRIPT), str(pages), "-o", str(output)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]


def labelled(record: dict) -> list[tuple[str, str]]:
    lines = record["text"].split("\n")
    return [(line, label) for line, label in zip(lines, record["line_labels"]) if label != "blank"]


def test_the_article_extraction_benchmark_layout(tmp_path: Path) -> None:
    pages = tmp_path / "benchmark"
    (pages / "html").mkdir(parents=True)
    truth = {
        "a1": {"articleBody": f"{STORY}\n\n{SECOND}", "url": "https://example.com/a1"},
        "b2": {"articleBody": f"{STORY} More for subscribers...", "url": "https://example.com/b2"},
    }
    (pages / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    for page_id in truth:
        (pages / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))

    records = run(tmp_path, pages)

    assert len(records) == 1  # b2's truth was cut short by a paywall: left out
    record = records[0]
    assert (record["id"], record["lang"], record["url"], record["title"]) == (
        "page:a1:page-text", "en", "https://example.com/a1", "Council passes parks budget")
    assert labelled(record) == [
        ("Home", "junk"), ("Sports", "junk"), ("Council passes parks budget", "title"),
        (STORY, "body"), (SECOND, "body"), ("Privacy Policy", "junk")]
    assert [record["text"].split("\n")[index] for index in record["junk_lines"]] == [
        "Home", "Sports", "Privacy Policy"]


def test_the_readability_layout_labels_the_metadata_it_names(tmp_path: Path) -> None:
    folder = tmp_path / "pages" / "courier-1"
    folder.mkdir(parents=True)
    (folder / "source.html").write_text(
        PAGE.replace("<article>", "<p>By Jane Roe</p><article>"), encoding="utf-8")
    (folder / "expected.html").write_text(f"<div><p>{STORY}</p><p>{SECOND}</p></div>",
                                          encoding="utf-8")
    (folder / "expected-metadata.json").write_text(
        json.dumps({"title": "Council passes parks budget", "byline": "By Jane Roe", "lang": "en"}),
        encoding="utf-8")

    records = run(tmp_path, tmp_path / "pages")

    assert [(record["id"], record["lang"]) for record in records] == [
        ("page:courier-1:page-text", "en")]
    assert labelled(records[0]) == [
        ("Home", "junk"), ("Sports", "junk"), ("Council passes parks budget", "title"),
        ("By Jane Roe", "byline"), (STORY, "body"), (SECOND, "body"), ("Privacy Policy", "junk")]


def test_a_folder_without_pages_is_a_one_line_error(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), "-o",
                             str(tmp_path / "out.jsonl")], capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "no folder holds" in result.stderr
