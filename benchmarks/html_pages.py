#!/usr/bin/env python3
"""Make a labelled source for ``quality.py`` from saved web pages and their true article text.

The two development sources are what the rules are tuned on. This script turns any folder of
saved pages that come with a human-checked article text into a third source, in the same record
shape, so the rules can be scored on pages nobody tuned them to. It expects one folder per page
holding ``source.html`` (the page as saved) and ``expected.html`` (the article alone, as HTML), and
optionally ``expected-metadata.json`` (``title``, ``byline``, ``excerpt``, ``lang``): the layout of
the test pages of Mozilla's Readability (``test/test-pages/``, Apache-2.0, about 130 pages of news
sites, blogs and references in a dozen languages) and of its ports. Nothing of them is in this
repository; point the script at a copy::

    python benchmarks/html_pages.py PAGES_DIR -o pages.jsonl
    python benchmarks/quality.py --data pages=pages.jsonl --source pages
    python benchmarks/quality.py --data pages=pages.jsonl --source pages --missed

Each page is scraped as a naive scraper does (``page-text``, as in ``dev-trafilatura.jsonl``): the
visible text of the page block by block, one block a line (no scripts, styles, ``hidden`` or
``aria-hidden`` elements). Its lines are labelled against the expected article as ``dev.jsonl``'s
were: by token 3-grams after normalising case, quotes, dashes and white space, a line with at
least 80 % of its tokens covered by the article's 3-grams is ``body``, at most 20 % ``junk``, in
between ``partial``; a line of one or two tokens is ``body`` where it equals a line of the article,
else ``junk``. The page's headline, byline and standfirst (from the metadata, which the expected
article leaves out) are labelled ``title``, ``byline`` and ``standfirst`` and not scored, nor are
lines without a letter or digit (``nonword``). Chinese, Japanese and Korean text counts a
character a token.

It also reads the layout of Zyte's (Scrapinghub's) Article Extraction Benchmark
(``github.com/scrapinghub/article-extraction-benchmark``, MIT, 181 news pages of 2019–2020 from
many sites, most in English): a folder holding ``ground-truth.json`` (the article body as plain
text, per page id) and ``html/<id>.html.gz``. Its truth has no metadata, so the page's own
``og:title`` (else its ``<title>``) stands for the headline and its ``<html lang>`` for the
language; pages whose true body was cut short by a paywall (it ends with an ellipsis) are left
out, as their unseen paragraphs would count as junk::

    python benchmarks/html_pages.py article-extraction-benchmark -o aeb.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import html.parser
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Iterable, Optional

#: Elements whose content is never visible text.
INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "iframe",
                       "object", "canvas", "title"})
#: Elements that start and end a block (a line of the scraped text).
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "option",
    "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "br", "button", "select", "textarea", "center",
})
#: Elements without content (no end tag).
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


class PageText(html.parser.HTMLParser):
    """The visible text of an HTML page, one block a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._buffer: list[str] = []
        self._open: list[tuple[str, bool]] = []  # (tag, hides its content)

    @property
    def _hidden(self) -> bool:
        return any(hides for _, hides in self._open)

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if text:
            self.lines.append(text)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in BLOCKS:
            self._flush()
        if tag in VOID:
            return
        values = {name: (value or "") for name, value in attrs}
        hides = tag in INVISIBLE or "hidden" in values or values.get("aria-hidden") == "true" \
            or bool(_HIDDEN_STYLE.search(values.get("style", "")))
        self._open.append((tag, hides))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self._flush()
        for depth in range(len(self._open) - 1, -1, -1):
            if self._open[depth][0] == tag:
                del self._open[depth:]
                break

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._buffer.append(data)

    def text(self) -> str:
        self._flush()
        return "\n".join(self.lines)


def page_text(markup: str) -> str:
    parser = PageText()
    parser.feed(markup)
    parser.close()
    return parser.text()


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"',
                         "«": '"', "»": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]|"
                    r"[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold())


def trigrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def label_lines(lines: list[str], expected: str, metadata: dict) -> list[str]:
    """One label per line: body, junk, partial, title, byline, standfirst, nonword or blank."""
    expected_lines = [tokens(line) for line in expected.split("\n")]
    grams: set[tuple[str, ...]] = set()
    for words in expected_lines:
        grams |= trigrams(words)
    whole = {tuple(words) for words in expected_lines if words}
    special = {}
    for key, label in (("title", "title"), ("byline", "byline"), ("excerpt", "standfirst")):
        value = metadata.get(key)
        if isinstance(value, str) and tokens(value):
            special.setdefault(tuple(tokens(value)), label)
    labels = []
    for line in lines:
        words = tokens(line)
        if not line.strip():
            labels.append("blank")
        elif not words:
            labels.append("nonword")
        elif tuple(words) in special:
            labels.append(special[tuple(words)])
        elif len(words) < 3:
            labels.append("body" if tuple(words) in whole else "junk")
        else:
            covered = [False] * len(words)
            for i in range(len(words) - 2):
                if tuple(words[i:i + 3]) in grams:
                    covered[i] = covered[i + 1] = covered[i + 2] = True
            share = sum(covered) / len(words)
            labels.append("body" if share >= 0.8 else "junk" if share <= 0.2 else "partial")
    return labels


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def records(root: Path) -> Iterable[dict]:
    for folder in sorted(path.parent for path in root.rglob("source.html")):
        expected_path = folder / "expected.html"
        if not expected_path.exists():
            continue
        metadata = {}
        if (folder / "expected-metadata.json").exists():
            metadata = json.loads(read(folder / "expected-metadata.json"))
        text = page_text(read(folder / "source.html"))
        lines = text.split("\n")
        labels = label_lines(lines, page_text(read(expected_path)), metadata)
        language = (metadata.get("lang") or "").split("-")[0].lower() or "other"
        name = folder.relative_to(root).as_posix()
        yield {
            "id": f"page:{name}:page-text", "doc": name, "extractor": "page-text",
            "lang": language, "title": metadata.get("title"), "text": text,
            "junk_lines": [i for i, label in enumerate(labels) if label == "junk"],
            "body_lines": [i for i, label in enumerate(labels) if label == "body"],
            "line_labels": labels,
        }


_META_TITLE = re.compile(
    r"<meta\s[^>]*?(?:property|name)\s*=\s*[\"']?(?:og:title|twitter:title)[\"']?[^>]*>", re.IGNORECASE)
_CONTENT = re.compile(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def page_title(markup: str) -> Optional[str]:
    """The page's headline as it declares it: ``og:title``, ``twitter:title``, else ``<title>``."""
    for tag in _META_TITLE.finditer(markup):
        content = _CONTENT.search(tag.group(0))
        if content:
            return html.unescape(content.group(1) or content.group(2) or "").strip() or None
    title = _TITLE.search(markup)
    return html.unescape(title.group(1)).strip() or None if title else None


def benchmark_records(root: Path) -> Iterable[dict]:
    """Records of the Article Extraction Benchmark's layout (``ground-truth.json``, ``html/``)."""
    truth = json.loads(read(root / "ground-truth.json"))
    for page_id in sorted(truth):
        body = truth[page_id].get("articleBody") or ""
        source = root / "html" / f"{page_id}.html.gz"
        if not source.exists() or body.rstrip().endswith(("...", "…")):
            continue
        markup = gzip.decompress(source.read_bytes()).decode("utf-8", errors="replace")
        text = page_text(markup)
        title = page_title(markup)
        language = _LANG.search(markup)
        labels = label_lines(text.split("\n"), body, {"title": title} if title else {})
        yield {
            "id": f"page:{page_id[:16]}:page-text", "doc": page_id[:16], "extractor": "page-text",
            "lang": language.group(1).lower() if language else "other",
            "url": truth[page_id].get("url"), "title": title, "text": text,
            "junk_lines": [i for i, label in enumerate(labels) if label == "junk"],
            "body_lines": [i for i, label in enumerate(labels) if label == "body"],
            "line_labels": labels,
        }


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path,
                        help="a folder of page folders (source.html, expected.html), or one holding "
                             "ground-truth.json and html/")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the JSON Lines file to write")
    args = parser.parse_args(argv)
    if not args.pages.is_dir():
        parser.error(f"{args.pages}: not a folder")
    written = junk = body = 0
    with open(args.output, "w", encoding="utf-8") as handle:
        pages = (benchmark_records(args.pages) if (args.pages / "ground-truth.json").exists()
                 else records(args.pages))
        for record in pages:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
            junk += len(record["junk_lines"])
            body += len(record["body_lines"])
    if not written:
        print(f"{args.pages}: no folder holds source.html and expected.html, and no page of "
              "ground-truth.json is in html/", file=sys.stderr)
        return 1
    print(f"wrote {written} pages to {args.output}: {junk} junk lines, {body} body lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
