"""``--format html``: the report looked at as a person would, in a real browser.

The pages are made by real ``newslint`` runs and opened from disk in headless Chromium (Debian's
``chromium``; ``.ci/run`` installs it). The tests read the DOM (every finding is there, beside its
line, its span highlighted; the overview's numbers are those of the JSON output of the same run),
look at screenshots (not blank; the highlighted text is drawn in its highlight colour), and use the
page without JavaScript, on a phone-sized screen and as printed. Runs with ``--jobs 2``, ``--dask``
and from standard input must give the same page as one process reading files.

Without Chromium these tests are skipped on a developer's machine and fail in CI (``CI`` set).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from chromium import Browser, decode_png, find_chromium
from conftest import REPO, run_newslint
from newslint.document import Document
from newslint.formatters import builtin_formatter
from newslint.formatters.base import ReportOptions, RunStats
from newslint.formatters.html import HtmlFormatter
from newslint.formatters.html.view import build_view, span_end
from newslint.locate import fingerprint
from newslint.plugins import load_plugins
from newslint.violation import Violation

SEED = "seeds/000_c63b3b5783eb788a.txt"
RECORDS = REPO / "tests" / "fixtures" / "records" / "extractors.jsonl"
#: What the page is asked for in the DOM: totals, every table, and every document shown.
READ_PAGE = r"""(() => {
  const table = (el) => {
    const heads = [...el.tHead.rows[0].cells].map((c) => c.textContent.trim());
    return [...el.tBodies[0].rows].map((row) =>
      Object.fromEntries([...row.cells].map((c, i) => [heads[i], c.textContent.trim()])));
  };
  const tables = {};
  document.querySelectorAll("table[id]").forEach((el) => { tables[el.id] = table(el); });
  const totals = {};
  document.querySelectorAll("dl.totals dd").forEach((dd) => {
    totals[dd.id.replace("total-", "")] = Number(dd.dataset.value);
  });
  const offsets = (cell) => {  // [start, end, text] of each highlight in its line's text
    const found = []; let at = 0;
    cell.childNodes.forEach((node) => {
      const length = node.textContent.length;
      if (node.nodeName === "MARK") { found.push([at, at + length, node.textContent]); }
      at += length;
    });
    return found;
  };
  const docs = [...document.querySelectorAll("article.doc")].map((doc) => ({
    id: doc.id,
    heading: doc.querySelector("h3").textContent,
    note: (doc.querySelector("p.note") || {}).textContent || "",
    lines: [...doc.querySelectorAll("table.review tbody tr:not(.gap)")].map((row) => ({
      number: Number(row.querySelector("th").textContent),
      text: row.querySelector("td.src").textContent,
      hit: row.classList.contains("hit"),
      marks: offsets(row.querySelector("td.src")),
      findings: [...row.querySelectorAll("li.f")].map((li) => ({
        code: li.querySelector(".code").textContent,
        severity: li.querySelector(".sev").textContent,
        message: li.querySelector(".msg").textContent,
        rule: li.querySelector(".code").getAttribute("href"),
      })),
    })),
  }));
  return {totals, tables, docs, title: document.title};
})()"""


# -- making reports --------------------------------------------------------------------------------


def newslint_html(args, cwd: Path, input: bytes | None = None, out: str = "report.html",
                  quiet: bool = True) -> str:
    """The page a real ``newslint --format html -o OUT`` run writes in ``cwd``.

    ``quiet=False`` lets standard error speak (a Dask cluster on a busy machine logs that its
    event loop was slow)."""
    result = run_newslint(["--format", "html", "-o", out, *args], cwd=cwd, input=input)
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout == "" and (result.stderr == "" or not quiet), result.stderr
    return (Path(cwd) / out).read_text(encoding="utf-8")


def newslint_json(args, cwd: Path = REPO, input: bytes | None = None) -> list[dict]:
    result = run_newslint(["--format", "json", *args], cwd=cwd, input=input)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seed, the records fixture (three sites, eight extractors) and a clean text file."""
    root = tmp_path_factory.mktemp("report")
    (root / "seeds").mkdir()
    shutil.copy(REPO / SEED, root / SEED)
    (root / "shards").mkdir()
    shutil.copy(RECORDS, root / "shards" / "extractors.jsonl")
    (root / "seeds" / "clean.txt").write_text("A short clean story.\n\nNothing to flag.\n",
                                               encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("seed")
    (root / "seeds").mkdir()
    shutil.copy(REPO / SEED, root / SEED)
    newslint_html(["seeds/"], cwd=root, out="seed.html")
    return root / "seed.html"


@pytest.fixture(scope="module")
def records_page(corpus) -> Path:
    newslint_html(["--report-group-by", "extractor", "seeds", "shards"], cwd=corpus,
                  out="records.html")
    return corpus / "records.html"


# -- the browser -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if find_chromium() is None:
        message = ("no Chromium to render the HTML report in (Debian's 'chromium' package; "
                   ".ci/run installs it)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with Browser(width=1280, height=900) as chromium:
        yield chromium


def read_page(browser: Browser, page: Path) -> dict:
    browser.open_file(page)
    return browser.evaluate(READ_PAGE)


def next_frame(browser: Browser) -> None:
    """Wait until the browser has drawn what the last change did (two animation frames)."""
    browser.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


# -- the seed: every finding, in place -------------------------------------------------------------


def test_every_finding_of_the_seed_is_beside_its_line_with_its_span_highlighted(browser, seed_page):
    expected = newslint_json([SEED])
    page = read_page(browser, seed_page)
    [doc] = page["docs"]
    assert doc["heading"].endswith(SEED) and doc["note"] == ""
    lines = (REPO / SEED).read_text(encoding="utf-8").split("\n")
    assert [line["text"] for line in doc["lines"]] == lines  # the whole text, line by line
    shown = [(line["number"], f["code"], f["severity"], f["message"], f["rule"])
             for line in doc["lines"] for f in line["findings"]]
    assert shown == [(v["line"], v["code"], v["severity"], v["message"], f"#rule-{v['code']}")
                     for v in expected]
    by_number = {line["number"]: line for line in doc["lines"]}
    for finding in expected:
        assert finding["end_line"] == finding["line"]
        line = by_number[finding["line"]]
        flagged = lines[finding["line"] - 1][finding["col"] - 1:finding["end_col"] - 1]
        assert line["hit"]
        assert any(start <= finding["col"] - 1 and finding["end_col"] - 1 <= end
                   for start, end, _ in line["marks"]), (finding, line["marks"])
        assert flagged in "".join(text for _, _, text in line["marks"])
    flagged_lines = {v["line"] for v in expected}
    assert {line["number"] for line in doc["lines"] if line["hit"]} == flagged_lines
    assert all(not line["marks"] for line in doc["lines"] if line["number"] not in flagged_lines)


def test_the_overview_says_what_the_json_output_of_the_same_run_says(browser, seed_page):
    expected = newslint_json([SEED])
    page = read_page(browser, seed_page)
    severities = Counter(v["severity"] for v in expected)
    assert page["totals"] == {
        "findings": len(expected), "flagged": 1, "documents": 1, "files": 1,
        "error": severities["error"], "warning": severities["warning"], "info": severities["info"],
    }
    codes = Counter(v["code"] for v in expected)
    rules = {row["Code"]: row for row in page["tables"]["table-rules"]}
    assert {code: int(row["Findings"]) for code, row in rules.items()} == dict(codes)
    assert all(row["Documents with findings"] == "1" for row in rules.values())
    plugins = load_plugins(autoload=False)
    assert {code: row["Summary"] for code, row in rules.items()} == {
        code: plugins.rules[code].summary for code in codes}
    families = Counter(code[:3] + "xx" for code in codes.elements())
    assert {row["Family"]: int(row["Findings"]) for row in page["tables"]["table-families"]} == \
        dict(families)
    # Each rule's code links to its documentation in the page, and that section exists.
    for code in codes:
        assert browser.evaluate(f"!!document.getElementById('rule-{code}')")
        docs = browser.evaluate(f"document.getElementById('rule-{code}').textContent")
        assert plugins.rules[code].summary in docs and "What it flags" in docs
    assert page["title"] == f"newslint report: {len(expected)} findings in 1 document"


def test_a_screenshot_shows_the_page_and_the_highlighted_line(browser, seed_page):
    browser.open_file(seed_page)
    full = decode_png(browser.screenshot())
    assert (full.width, full.height) == (1280, 900)
    colours = Counter(full.rgb(x, y) for y in range(0, full.height, 3) for x in range(0, full.width, 3))
    white = colours[(255, 255, 255)] / sum(colours.values())
    assert len(colours) > 50 and white < 0.9, "the page looks blank"
    # The first highlight, scrolled into view: drawn in its own background colour.
    browser.evaluate("document.querySelector('mark.hl').scrollIntoView({block: 'center'})")
    next_frame(browser)
    box = browser.evaluate("""(() => { const m = document.querySelector('mark.hl');
        const r = m.getBoundingClientRect();
        return {x: r.x, y: r.y, width: r.width, height: r.height, text: m.textContent,
                colour: getComputedStyle(m).backgroundColor}; })()""")
    assert box["text"] == "Source:" and 0 <= box["y"] and box["y"] + box["height"] <= 900
    wanted = tuple(int(part) for part in re.findall(r"\d+", box["colour"])[:3])
    assert wanted != (255, 255, 255)
    shot = decode_png(browser.screenshot())
    inside = [shot.rgb(x, y) for y in range(int(box["y"]) + 2, int(box["y"] + box["height"]) - 2)
              for x in range(int(box["x"]) + 1, int(box["x"] + box["width"]) - 1)]
    close = sum(1 for pixel in inside if max(abs(a - b) for a, b in zip(pixel, wanted)) <= 8)
    assert inside and close / len(inside) > 0.4, (wanted, Counter(inside).most_common(3))
    ink = sum(1 for pixel in inside if max(pixel) < 120)
    assert ink > 0, "the highlighted text itself is drawn"


def test_the_page_loads_nothing_and_reads_without_javascript(browser, seed_page):
    html = seed_page.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    for forbidden in ("<link", " src=", "@import", "url(", "http://", "https://"):
        assert forbidden not in html, forbidden
    browser.open_file(seed_page)
    requests = [event["request"]["url"] for event in browser.events("Network.requestWillBeSent")]
    assert requests and all(url == seed_page.resolve().as_uri() for url in requests), requests
    with_script = browser.evaluate(READ_PAGE)
    assert browser.evaluate("document.documentElement.classList.contains('js')")
    browser.disable_scripts()
    try:
        without = read_page(browser, seed_page)
        assert not browser.evaluate("document.documentElement.classList.contains('js')")
        assert browser.evaluate("[...document.querySelectorAll('.controls')].every(c => c.hidden)")
    finally:
        browser.call("Emulation.setScriptExecutionDisabled", value=False)
    assert without["docs"] == with_script["docs"] and without["totals"] == with_script["totals"]
    assert without["tables"] == with_script["tables"]


def test_on_a_phone_the_findings_go_under_their_line_and_nothing_overflows(browser, seed_page):
    browser.set_viewport(390, 844, mobile=True)
    try:
        browser.open_file(seed_page)
        next_frame(browser)
        assert browser.evaluate("document.documentElement.scrollWidth") <= 390
        layout = browser.evaluate("""(() => { const row = document.getElementById('doc-1-L5');
            const text = row.querySelector('td.src').getBoundingClientRect();
            const notes = row.querySelector('td.notes').getBoundingClientRect();
            return {textBottom: text.bottom, notesTop: notes.top, notesWidth: notes.width}; })()""")
        assert layout["notesTop"] >= layout["textBottom"] - 1 and layout["notesWidth"] > 300
    finally:
        browser.set_viewport(1280, 900)


def test_printed_the_navigation_goes_and_the_highlights_stay(browser, seed_page):
    browser.open_file(seed_page)
    browser.emulate_media("print")
    try:
        assert browser.evaluate("getComputedStyle(document.querySelector('nav.sections')).display") \
            == "none"
        assert browser.evaluate("getComputedStyle(document.querySelector('.doc-nav')).display") == "none"
        mark = browser.evaluate("""(() => { const s = getComputedStyle(document.querySelector('mark.hl'));
            return [s.backgroundColor, s.textDecorationLine, s.printColorAdjust || s.webkitPrintColorAdjust];
            })()""")
        assert mark[0] not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
        assert mark[1] == "underline" and mark[2] == "exact"
        pdf = browser.call("Page.printToPDF")["data"]
        assert len(pdf) > 10000
    finally:
        browser.emulate_media("")


def test_the_markup_is_accessible(browser, seed_page):
    browser.open_file(seed_page)
    facts = browser.evaluate("""(() => ({
      levels: [...document.querySelectorAll('h1,h2,h3,h4')].map(h => Number(h.tagName[1])),
      tablesWithoutHeaders: [...document.querySelectorAll('table')].filter(
        t => !t.tHead || [...t.tHead.querySelectorAll('th')].some(th => th.scope !== 'col')).length,
      tablesWithoutCaption: [...document.querySelectorAll('table')].filter(t => !t.caption).length,
      rowsWithoutHeader: [...document.querySelectorAll('table.review tbody tr:not(.gap)')].filter(
        r => !r.querySelector('th[scope=row]')).length,
      chartsWithoutTitle: [...document.querySelectorAll('svg')].filter(
        s => s.getAttribute('role') !== 'img' || !s.querySelector('title')).length,
      marks: document.querySelectorAll('mark.hl').length,
      lang: document.documentElement.lang,
    }))()""")
    levels = facts["levels"]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels
    assert facts["tablesWithoutHeaders"] == facts["tablesWithoutCaption"] == 0
    assert facts["rowsWithoutHeader"] == facts["chartsWithoutTitle"] == 0
    assert facts["lang"] == "en" and facts["marks"] >= 11
    # Colour is never the only signal: each highlighted line names the code and the severity in
    # words, and highlights are underlined.
    unsaid = browser.evaluate("""[...document.querySelectorAll('tr.hit')].filter(r =>
        r.querySelector('mark') && !r.querySelector('li.f .sev')).length""")
    assert unsaid == 0


def test_javascript_sorts_and_filters(browser, records_page):
    browser.open_file(records_page)
    order = "[...document.querySelectorAll('#table-rules tbody tr')].map(r => r.dataset.key)"
    findings = ("[...document.querySelectorAll('#table-rules tbody tr')]"
                ".map(r => Number(r.cells[4].dataset.sort))")
    assert browser.evaluate(findings) == sorted(browser.evaluate(findings), reverse=True)
    browser.evaluate("document.querySelector('#table-rules thead th:nth-child(5) button').click()")
    assert browser.evaluate(findings) == sorted(browser.evaluate(findings))
    assert browser.evaluate("document.querySelector('#table-rules thead th:nth-child(5)')"
                            ".getAttribute('aria-sort')") == "ascending"
    codes = browser.evaluate(order)
    browser.evaluate("document.querySelector('#table-rules thead th:nth-child(1) button').click()")
    assert browser.evaluate(order) == sorted(codes)
    # Filtering the documents by a word: only the rows that hold it stay.
    browser.evaluate("""(() => { const input = document.querySelector('input[data-filter]');
        input.value = 'boilerpipe_rs'; input.dispatchEvent(new Event('input')); })()""")
    visible = browser.evaluate("[...document.querySelectorAll('#table-documents tbody tr')]"
                               ".filter(r => !r.hidden).map(r => r.textContent)")
    assert len(visible) == 1 and "boilerpipe_rs" in visible[0]
    # Documents in full: one rule only, and only the flagged lines.
    browser.evaluate("""(() => { const s = document.getElementById('rule-filter');
        s.value = 'NL212'; s.dispatchEvent(new Event('change')); })()""")
    shown = browser.evaluate("[...document.querySelectorAll('article.doc')].filter(a => !a.hidden)"
                             ".map(a => a.dataset.codes)")
    assert shown and all("NL212" in codes.split() for codes in shown)
    browser.evaluate("document.getElementById('only-flagged').click()")
    rows = browser.evaluate("""[...document.querySelectorAll(
        'article.doc:not([hidden]) table.review tbody tr')]
        .map(r => [r.className, getComputedStyle(r).display])""")
    assert all((display == "none") == (name != "hit") for name, display in rows if name != "gap")


def test_keys_move_between_documents(browser, records_page):
    browser.open_file(records_page)
    browser.call("Input.dispatchKeyEvent", type="keyDown", key="j", text="j")
    browser.call("Input.dispatchKeyEvent", type="keyUp", key="j")
    next_frame(browser)
    assert browser.evaluate("location.hash") == "#doc-1"
    browser.call("Input.dispatchKeyEvent", type="keyDown", key="j", text="j")
    browser.call("Input.dispatchKeyEvent", type="keyUp", key="j")
    next_frame(browser)
    assert browser.evaluate("location.hash") == "#doc-2"
    assert abs(browser.evaluate("document.getElementById('doc-2').getBoundingClientRect().top")) <= 1


# -- records: sites, fields, record coordinates ----------------------------------------------------


def test_records_are_counted_per_site_and_per_named_field(browser, corpus, records_page):
    expected = newslint_json(["seeds", "shards"], cwd=corpus)
    records = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]
    extractor = {number: record["extractor"] for number, record in enumerate(records, 1)}
    site = {number: re.sub(r"^www\.", "", record["url"].split("/")[2])
            for number, record in enumerate(records, 1)}
    page = read_page(browser, records_page)
    assert page["totals"]["findings"] == len(expected)
    assert page["totals"]["documents"] == len(records) + 2
    assert page["totals"]["flagged"] == len({(v["path"], v["record"]) for v in expected})

    def table(name: str, key_of, column: str) -> None:
        findings, documents, flagged = Counter(), Counter(), Counter()
        for number in extractor:
            documents[key_of(number)] += 1
        documents[None] += 2  # the two text files
        seen = set()
        for v in expected:
            key = key_of(v["record"]) if v["record"] else None
            findings[key] += 1
            if (v["path"], v["record"]) not in seen:
                seen.add((v["path"], v["record"]))
                flagged[key] += 1
        rows = {row[column]: row for row in page["tables"][name]}
        missing = "(no site)" if column == "Site" else "(no value)"
        assert {key: (int(r["Documents read"]), int(r["With findings"]), int(r["Findings"]))
                for key, r in rows.items()} == {
            (key or missing): (documents[key], flagged[key], findings[key]) for key in documents}

    table("table-by-site", site.get, "Site")
    table("table-by-field-extractor", extractor.get, "Extractor")
    # Each record shown says which record it is, and its findings sit at their line in the field.
    for v in expected:
        if v["record"] is None:
            continue
        [doc] = [d for d in page["docs"] if f"record {v['record']} " in d["heading"]]
        assert v["record_id"] in doc["heading"] and "field text" in doc["heading"]
        [line] = [line for line in doc["lines"] if line["number"] == v["field_line"]]
        assert (v["code"], v["message"]) in [(f["code"], f["message"]) for f in line["findings"]]
        assert line["hit"]


def test_a_record_span_is_highlighted_exactly(browser, records_page):
    """A record's finding has no end column inside the field: the fingerprint gives it back."""
    page = read_page(browser, records_page)
    glued = [(line, f) for doc in page["docs"] for line in doc["lines"] for f in line["findings"]
             if f["code"] == "NL406"]
    assert glued
    for line, finding in glued:
        word = re.search(r"'(\w+)'", finding["message"]).group(1)
        assert word in [text for _, _, text in line["marks"]], line["marks"]


def test_span_end_finds_the_end_that_locate_hashed():
    text = "A line with  glued\u00a0wordsHere and\tmore.\nNext line.\n"
    for start, end in [(0, 6), (7, 18), (13, 29), (20, 41), (5, 5), (30, 46)]:
        code = "NL406"
        found = span_end(text, start, "shard.jsonl#7", code, fingerprint("shard.jsonl#7", code,
                                                                            text[start:end]))
        assert found is not None
        assert " ".join(text[start:found].split()) == " ".join(text[start:end].split())
        assert found <= end
    assert span_end(text, 0, "p", "NL1", "") is None
    assert span_end(text, 0, "p", "NL1", "0" * 16) is None


# -- the same page however the run ran -------------------------------------------------------------


def test_jobs_and_dask_runs_write_the_same_page_as_one_process(corpus):
    args = ["--report-group-by", "extractor", "seeds", "shards"]
    one = newslint_html(args, cwd=corpus)
    two = newslint_html(["--jobs", "2", *args], cwd=corpus)
    assert two == one
    pytest.importorskip("distributed")
    cluster = newslint_html(["--dask", "local", *args], cwd=corpus, quiet=False)
    assert cluster == one
    assert one.count('<article class="doc"') == 9


def test_standard_input_is_kept_for_the_report(corpus):
    from_file = newslint_html([SEED], cwd=corpus)
    piped = newslint_html(["--stdin-display-name", SEED, "-"], cwd=corpus,
                          input=(corpus / SEED).read_bytes())
    assert piped == from_file and "Only the flagged lines" not in piped
    # Records on standard input, with --jobs 2 (standard input is linted in the main process).
    shard = "shards/extractors.jsonl"
    records = newslint_html(["--report-group-by", "extractor", shard], cwd=corpus)
    piped = newslint_html(["--jobs", "2", "--report-group-by", "extractor", "--stdin-display-name",
                           shard, "-"], cwd=corpus, input=(corpus / shard).read_bytes())
    assert piped == records and piped.count('<article class="doc"') == 8


def test_a_named_pipe_is_not_read_twice_and_its_flagged_lines_are_shown(tmp_path):
    pipe = tmp_path / "story.txt"
    os.mkfifo(pipe)
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", "--format", "html", "-o", "out.html", "story.txt"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with open(pipe, "wb") as writer:
        writer.write((REPO / SEED).read_bytes())
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1 and err == b"" and out == b""
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "Only the flagged lines are shown: its text could not be read again" in page
    assert page.count('<li class="f"') == len(newslint_json([SEED]))


# -- the formatter on its own ----------------------------------------------------------------------


def _findings(text: str, path: str = "story.txt") -> list[Violation]:
    from newslint.engine import Linter
    from newslint.settings import Settings

    return Linter(Settings(autoload_plugins=False)).lint(Document(path, text))


class _Source:
    """A document source handing out given documents (as the command line's would)."""

    def __init__(self, *documents: Document):
        self.list = documents
        self.asked: list[list[str]] = []

    def documents(self, paths):
        self.asked.append(list(paths))
        return iter(self.list)


def _page(violations, fixed=(), source=None, **options) -> str:
    stream = io.StringIO()
    plugins = load_plugins(autoload=False)
    formatter = HtmlFormatter(ReportOptions(stream=stream, rules=plugins.rules, tool_version="9.9",
                                            documents=source, **options))
    formatter.start()
    for violation in violations:
        formatter.handle(violation)
    for violation in fixed:
        formatter.fixed(violation)
    paths = sorted({v.path for v in [*violations, *fixed]})
    formatter.stop(RunStats(files=len(paths), documents=len(paths),
                            violations=len(violations), paths=paths))
    return stream.getvalue()


class _Text(HTMLParser):
    """The text of the elements with a given class, and of ``id``-ed elements."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str, str]] = []
        self.by_class: dict[str, list[str]] = {}
        self.by_id: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("meta", "br", "input", "rect", "link"):
            return
        self.stack.append((tag, attrs.get("class") or "", attrs.get("id") or ""))
        self.by_class.setdefault(attrs.get("class") or "", [])
        self._open = getattr(self, "_open", [])
        self._open.append([])

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            return
        _, cls, ident = self.stack.pop()
        text = "".join(self._open.pop())
        if self._open:
            self._open[-1].append(text)
        if cls:
            self.by_class.setdefault(cls, []).append(text)
        if ident:
            self.by_id[ident] = text

    def handle_data(self, data):
        if getattr(self, "_open", None):
            self._open[-1].append(data)


def parse(page: str) -> _Text:
    parser = _Text()
    parser.feed(page)
    return parser


def test_fixed_findings_are_listed_as_fixed_with_the_text_they_removed():
    text = (REPO / SEED).read_text(encoding="utf-8")
    found = _findings(text, SEED)
    fixed = [v for v in found if v.code == "NL201"]
    remaining = [v for v in found if v.code != "NL201"]
    page = parse(_page(remaining, fixed, _Source(Document(SEED, text))))
    assert page.by_id["total-fixed"] == str(len(fixed)) == "2"
    assert page.by_id["total-findings"] == str(len(remaining))
    rows = page.by_class["fixed-row"]
    assert len(rows) == 2
    for row, violation in zip(rows, fixed):
        assert violation.message in row and violation.source_line in row and "NL201" in row
    [listed] = page.by_class["fixed-list"]
    assert "Fixed here (2)" in listed and "See also" in listed
    # Shown in the rule table too, in a Fixed column.
    assert "NL201" in page.by_id["rule-NL201"]


def test_without_documents_the_flagged_lines_are_shown():
    text = (REPO / SEED).read_text(encoding="utf-8")
    found = _findings(text, SEED)
    page = _page(found)
    assert "Only the flagged lines are shown: the report was made without the documents" in page
    parsed = parse(page)
    assert len(parsed.by_class["f"]) == len(found)
    assert "Findings per site" not in page


def test_a_document_changed_since_the_run_is_shown_from_its_flagged_lines():
    text = (REPO / SEED).read_text(encoding="utf-8")
    found = _findings(text, SEED)
    changed = Document(SEED, text.replace("Written by", "Reported by"))
    page = _page(found, source=_Source(changed))
    assert "Only the flagged lines are shown: the text changed after it was linted" in page
    view = build_view(changed.text, found)
    assert not view.whole and [line.number for line in view.lines] == sorted(
        {v.line for v in found})


def test_a_long_document_shows_its_flagged_lines_in_context():
    lines = [f"Paragraph {n} of a long story, with nothing wrong in it." for n in range(1, 601)]
    lines[299] = "Leave a Reply"
    text = "\n".join(lines) + "\n"
    found = _findings(text)
    assert [v.line for v in found] == [300]
    view = build_view(text, found)
    assert [line.number for line in view.lines] == list(range(297, 304))
    assert view.lines[0].skipped == 296 and view.skipped_after == len(text.split("\n")) - 303
    assert "296 lines without findings" in _page(found, source=_Source(Document("story.txt", text)))


def test_only_the_worst_documents_are_shown_in_full(corpus):
    page = newslint_html(["--report-max-documents", "2", "seeds", "shards"], cwd=corpus)
    assert page.count('<article class="doc"') == 2
    expected = newslint_json(["seeds", "shards"], cwd=corpus)
    per_doc = Counter((v["path"], v["record"]) for v in expected)
    assert len(re.findall(r"<tr><td class=\"num\" data-sort=\"\d+\">", page)) == len(per_doc)
    assert max(per_doc, key=per_doc.__getitem__) == (SEED, None)  # 11 findings, the most
    assert SEED in parse(page).by_id["doc-1-h"]
    none = newslint_html(["--report-max-documents", "0", "seeds"], cwd=corpus)
    assert '<article class="doc"' not in none and 'id="worst"' in none


def test_control_characters_and_markup_in_the_text_are_shown_not_obeyed():
    text = "Leave a Reply\n<script>alert(1)</script> \x00\x1b[31m caf\u00e9\n"
    found = _findings(text)
    page = _page(found, source=_Source(Document("story.txt", text)))
    assert "<script>alert" not in page
    assert '&lt;script&gt;</mark>alert(1)&lt;/script&gt;' in page  # the tag highlighted, as text
    assert "\x00" not in page and "\x1b" not in page and "\u2400\u241b[31m" in page


def test_the_page_is_right_on_a_stream_that_is_not_utf8():
    text = "Leave a Reply\nCaf\u00e9 \u201cquoted\u201d\n"
    stream = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    formatter = HtmlFormatter(ReportOptions(stream=stream, documents=_Source(Document("s.txt", text))))
    for violation in _findings(text, "s.txt"):
        formatter.handle(violation)
    formatter.stop(RunStats(files=1, documents=1, violations=1, paths=["s.txt"]))
    stream.flush()
    data = stream.buffer.getvalue()  # type: ignore[attr-defined]
    assert data.isascii() and b"Caf&#233; &#8220;quoted&#8221;" in data


def test_a_clean_run_says_so(corpus):
    result = run_newslint(["--format", "html", "-o", "clean.html", "seeds/clean.txt"], cwd=corpus)
    assert result.returncode == 0 and result.stdout == result.stderr == ""
    page = parse((corpus / "clean.html").read_text(encoding="utf-8"))
    assert page.by_id["total-findings"] == "0" and page.by_id["total-documents"] == "1"
    assert "No findings: every document passed the selected rules." in page.by_class["clean"]
    assert "worst" not in page.by_id and "documents" not in page.by_id


def test_html_is_a_built_in_format_that_wants_documents():
    assert builtin_formatter("html") is HtmlFormatter and HtmlFormatter.wants_documents


def test_report_options_are_checked(corpus):
    result = run_newslint(["--format", "html", "--report-max-documents", "-3", "seeds"], cwd=corpus)
    assert result.returncode == 2 and result.stdout == ""
    assert "--report-max-documents: expected 0 or more, not -3" in result.stderr


# -- the README's picture --------------------------------------------------------------------------


def test_the_readme_shows_the_screenshot_made_by_the_script_in_the_repo():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "![" in readme and "docs/report.png" in readme
    image = decode_png((REPO / "docs" / "report.png").read_bytes())
    assert image.width >= 800 and image.height >= 500
    script = (REPO / "docs" / "report_screenshot.py").read_text(encoding="utf-8")
    assert "docs/report.png" in script or '"report.png"' in script
