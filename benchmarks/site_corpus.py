#!/usr/bin/env python3
"""Measure NL314 site-boilerplate on corpora with many pages per site, built from the dev sources.

Reads ``../shared/eval/dev.jsonl`` and ``../shared/eval/dev-trafilatura.jsonl`` beside the
repository (outside it: like every benchmark, this script is the only kind of code that reads
``../shared/``; pass ``--data-dir`` for another copy). Those sources hold about one page per site,
so a site-level rule cannot be measured on them as they are. This script builds, from each source
on its own, a corpus of simulated sites:

- a site is one real page P of the source (the *donor*) seen through one extractor: its chrome is
  P's lines labelled junk that stand before its first body line or after its last one, in order;
- each of the site's pages is the whole output of the same extractor for another real page Q of
  the source (its body, and its own page-specific junk), between P's head and tail chrome; each
  chrome line is on a page with probability ``--keep`` (templates and extractors drop lines);
- legitimate repeats, taken from the same source, are added to a share (``--legit-share``, a
  range) of a site's pages: one wire sign-off after the story, one dateline line before it, one
  quote, one subheading and one short sentence ("He said.") among its paragraphs; some pages come
  from two or three extractors with the same URL (one page, several records);
- small sites of 3 to 9 pages, whose chrome must never be flagged.

Scoring is per line occurrence, over the sites of ``--pages`` pages: *chrome* lines (P's labelled
junk) are the positives; the pages' body-labelled lines and the legitimate repeats are the
negatives; flagged lines that are the pages' own labelled junk are counted apart (true junk, but
not site chrome). Missed chrome is broken down by the rule's limits (too long, no letter,
credit-shaped); the small sites are scored apart: any finding there is a failure.

Modes::

    python benchmarks/site_corpus.py                       # both sources, default settings
    python benchmarks/site_corpus.py --source dev --keep 0.6 --legit-share 0.5-0.7
    python benchmarks/site_corpus.py --no-urls             # pages told apart by their text only
    python benchmarks/site_corpus.py --real                # the real sources, as they are
    python benchmarks/site_corpus.py --scale 200000        # memory and speed on a large corpus
    python benchmarks/site_corpus.py --speed               # NL314's share of a default run
    python benchmarks/site_corpus.py --write DIR           # also write the corpora as JSONL

``--real`` lints each real source as one corpus (records carry their URLs; the same page from
several extractors is one page) and lists every NL314 finding with its label, then shows the
NL2xx+NL3xx junk-line precision and recall of the default rules with and without NL314's lines.
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import random
import re
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newslint.article import DATELINE, SIGNOFF  # noqa: E402
from newslint.engine import CorpusState, Linter  # noqa: E402
from newslint.readers.records import FieldMap, document_from_value  # noqa: E402
from newslint.rules.site import MAX_LINE_CHARS, is_credit  # noqa: E402
from newslint.run import Run  # noqa: E402
from newslint.settings import Settings  # noqa: E402

DATA_DIR = HERE.parent.parent / "shared" / "eval"
SOURCES = {"dev": "dev.jsonl", "trafilatura": "dev-trafilatura.jsonl"}
CODE = "NL314"
_QUOTE = re.compile(r"[\"“”„«»]")
_TERMINAL = re.compile(r"[.!?:;,]\s*$")


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def body_range(labels: list[str]) -> tuple[int, int] | None:
    body = [i for i, label in enumerate(labels) if label == "body"]
    return (body[0], body[-1]) if body else None


def chrome_of(record: dict) -> tuple[list[str], list[str]]:
    """The donor's chrome: its junk-labelled lines before its first and after its last body line."""
    labels, lines = record["line_labels"], record["text"].split("\n")
    span = body_range(labels)
    if span is None:
        return [], []
    head = [lines[i] for i in range(span[0]) if labels[i] == "junk" and lines[i].strip()]
    tail = [lines[i] for i in range(span[1] + 1, len(lines)) if labels[i] == "junk" and lines[i].strip()]
    return head, tail


def repeat_pools(records: list[dict]) -> dict[str, list[str]]:
    """Real lines of the source that legitimately repeat across a site's stories."""
    pools: dict[str, set[str]] = defaultdict(set)
    for record in records:
        lines, labels = record["text"].split("\n"), record["line_labels"]
        for line, label in zip(lines, labels):
            text = line.strip()
            if not text:
                continue
            if SIGNOFF.match(text):
                pools["signoff"].add(text)
            match = DATELINE.match(text)
            if match and match.group("place"):
                pools["dateline"].add(match.group(0).strip())
            if label != "body":
                continue
            words = text.split()
            if _QUOTE.search(text) and 10 <= len(words) <= 60:
                pools["quote"].add(text)
            elif 2 <= len(words) <= 8 and text[0].isupper() and not _TERMINAL.search(text):
                pools["heading"].add(text)
            elif 1 <= len(words) <= 4 and text.endswith("."):
                pools["short"].add(text)
    return {kind: sorted(lines) for kind, lines in pools.items()}


class Corpus:
    """Records of simulated sites, and the kind of every line of every record."""

    def __init__(self) -> None:
        self.records: list[dict] = []
        self.kinds: list[list[str]] = []
        self.small_sites: set[str] = set()
        self.sites = 0

    def add(self, url: str, record_id: str, parts: list[tuple[str, str]]) -> None:
        self.records.append({"id": record_id, "url": url, "text": "\n".join(t for t, _ in parts)})
        self.kinds.append([kind for _, kind in parts])

    def without_urls(self) -> list[dict]:
        """The records with a domain field instead of their URL: pages told apart by text only."""
        return [{"id": r["id"], "source_domain": urlsplit(r["url"]).hostname, "text": r["text"]}
                for r in self.records]


def build(records: list[dict], rng: random.Random, pages: int, keep: float,
          legit: tuple[float, float], small: int, max_sites: int) -> Corpus:
    by_page: dict[str, dict[str, dict]] = defaultdict(dict)
    for record in records:
        by_page[record["doc"]][record["extractor"]] = record
    docs = sorted(by_page)
    pools = repeat_pools(records)
    donors = []
    for doc in docs:
        for extractor in sorted(by_page[doc]):
            head, tail = chrome_of(by_page[doc][extractor])
            if head or tail:
                donors.append((doc, extractor, head, tail))
    rng.shuffle(donors)
    corpus = Corpus()
    plan = [(donor, pages, False) for donor in donors[:max_sites]]
    plan += [(donor, rng.randint(3, 9), True) for donor in donors[max_sites:max_sites + small]]
    for number, ((donor, extractor, head, tail), size, is_small) in enumerate(plan):
        host = urlsplit(by_page[donor][extractor]["url"]).hostname or "example.org"
        site = f"s{number:03d}.{host}"
        if is_small:
            corpus.small_sites.add(site)
        corpus.sites += 1
        stories = [doc for doc in docs if doc != donor]
        rng.shuffle(stories)
        repeats = {kind: (rng.choice(lines), rng.uniform(*legit)) for kind, lines in pools.items()}
        for story in stories[:size]:
            versions = by_page[story]
            first = extractor if extractor in versions else sorted(versions)[0]
            others = [name for name in sorted(versions) if name != first]
            extra = rng.sample(others, min(len(others), rng.choice((1, 2)))) if rng.random() < 0.2 else []
            chosen = {kind: line for kind, (line, rate) in repeats.items() if rng.random() < rate}
            head_lines = [line for line in head if rng.random() < keep]
            tail_lines = [line for line in tail if rng.random() < keep]
            slots = {kind: rng.random() for kind in chosen}
            url = f"https://{site}/{story}"
            for version in [first, *extra]:
                parts = [(line, "chrome") for line in head_lines] + [("", "blank")]
                parts += story_lines(versions[version], chosen, slots)
                parts += [("", "blank")] + [(line, "chrome") for line in tail_lines]
                corpus.add(url, f"{site}:{story}:{version}", parts)
    return corpus


def story_lines(record: dict, chosen: dict[str, str], slots: dict[str, float]) -> list[tuple[str, str]]:
    """The record's lines with their kinds, the chosen legitimate repeats put where they stand in
    real stories: a dateline before the first body line, a sign-off after the last, the others
    before a body line drawn at random."""
    kinds = {"body": "body", "junk": "junk", "blank": "blank"}
    lines = [(line, kinds.get(label, "unscored"))
             for line, label in zip(record["text"].split("\n"), record["line_labels"])]
    body = [i for i, (_, kind) in enumerate(lines) if kind == "body"]
    first, last = (body[0], body[-1]) if body else (0, len(lines) - 1)
    inserts: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for kind, line in sorted(chosen.items()):
        if kind == "dateline":
            at = first
        elif kind == "signoff":
            at = last + 1
        else:
            at = body[int(slots[kind] * len(body))] if body else first
        inserts[at].append((line, f"legit:{kind}"))
    out: list[tuple[str, str]] = []
    for index, item in enumerate(lines):
        out.extend(inserts.pop(index, ()))
        out.append(item)
    for index in sorted(inserts):
        out.extend(inserts[index])
    return out


def write_jsonl(records: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def flagged_lines(linter: Linter, path: Path) -> dict[int, set[int]]:
    """Record number (1-based line of the file) → 0-based lines NL314 flags in it."""
    flagged: dict[int, set[int]] = defaultdict(set)
    for violation in Run(linter, [str(path)]).violations():
        if violation.code == CODE and violation.record is not None:
            flagged[violation.record].add((violation.field_line or 1) - 1)
    return flagged


def missed_because(text: str) -> str:
    """Why NL314 cannot flag a chrome line, by the rule's own limits, or ``other``."""
    text = text.strip()
    if len(text) > MAX_LINE_CHARS:
        return "longer than 300 characters"
    if not any(char.isalpha() for char in text):
        return "no letter"
    if is_credit(text):
        return "credit-shaped (byline, dateline, sign-off)"
    return "other"


def score(corpus: Corpus, flagged: dict[int, set[int]]) -> dict:
    occurrences: Counter = Counter()
    hits: Counter = Counter()
    missed: Counter = Counter()
    small_hits: Counter = Counter()
    for number, (record, kinds) in enumerate(zip(corpus.records, corpus.kinds), start=1):
        marks = flagged.get(number, set())
        small = urlsplit(record["url"]).hostname in corpus.small_sites
        lines = record["text"].split("\n")
        for index, kind in enumerate(kinds):
            if small:
                small_hits[kind] += index in marks
                continue
            occurrences[kind] += 1
            if index in marks:
                hits[kind] += 1
            elif kind == "chrome":
                missed[missed_because(lines[index])] += 1
    tp, chrome = hits["chrome"], occurrences["chrome"]
    negatives = ["body"] + sorted(kind for kind in occurrences if kind.startswith("legit:"))
    fp = sum(hits[kind] for kind in negatives)
    flaggable = chrome - sum(count for why, count in missed.items() if why != "other")
    return {
        "sites": corpus.sites, "records": len(corpus.records),
        "pages": len({record["url"] for record in corpus.records}),
        "chrome_lines": chrome, "tp": tp, "fp": fp,
        "precision": tp / (tp + fp) if tp + fp else float("nan"),
        "recall": tp / chrome if chrome else float("nan"),
        "recall_flaggable": tp / flaggable if flaggable else float("nan"),
        "missed": dict(missed.most_common()),
        "negatives": {kind: [hits[kind], occurrences[kind]] for kind in negatives},
        "own_junk_flagged": [hits["junk"], occurrences["junk"]],
        "unscored_flagged": [hits["unscored"], occurrences["unscored"]],
        "small_site_findings": sum(small_hits.values()),
        "small_site_findings_by_kind": {kind: count for kind, count in small_hits.items() if count},
    }


def parse_range(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    return float(low), float(high or low)


def rule_options(args) -> dict:
    options = {}
    for item in args.option or ():
        key, _, value = item.partition("=")
        options[key] = float(value) if "." in value else int(value)
    return {CODE: options} if options else {}


def simulate(args) -> int:
    results = {}
    linter = Linter(Settings(select=[CODE], rule_options=rule_options(args)))
    for source in args.source:
        records = load(args.data_dir / SOURCES[source])
        corpus = build(records, random.Random(f"{args.seed}:{source}"), args.pages, args.keep,
                       parse_range(args.legit_share), args.small_sites, args.sites)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(args.write or folder) / f"sites-{source}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            write_jsonl(corpus.without_urls() if args.no_urls else corpus.records, path)
            started = time.perf_counter()
            flagged = flagged_lines(linter, path)
            seconds = time.perf_counter() - started
            if args.examples:
                show_examples(corpus, flagged, args.examples)
        results[source] = dict(score(corpus, flagged), seconds=round(seconds, 1))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for source, row in results.items():
        print(f"{SOURCES[source]}-built: {row['sites']} sites ({args.small_sites} of 3-9 pages), "
              f"{row['pages']} pages, {row['records']} records{' (no URLs)' if args.no_urls else ''}; "
              f"keep {args.keep}, legitimate repeats on {args.legit_share} of a site's pages")
        print(f"  NL314 precision {row['precision']:.3f}, recall {row['recall']:.3f} "
              f"({row['tp']} of {row['chrome_lines']} chrome lines of the sites of 40 pages; "
              f"{row['fp']} negatives flagged); recall {row['recall_flaggable']:.3f} of the chrome "
              f"lines of a shape NL314 flags")
        print("    chrome missed: " + ", ".join(f"{why} {count}" for why, count in row["missed"].items()))
        for kind, (hit, total) in row["negatives"].items():
            print(f"    {kind:<16} {hit:>6} of {total:>7} flagged")
        print(f"    own junk lines {row['own_junk_flagged'][0]} of {row['own_junk_flagged'][1]} "
              f"flagged; unlabelled {row['unscored_flagged'][0]} of {row['unscored_flagged'][1]}; "
              f"findings in small sites: {row['small_site_findings']}"
              + "".join(f" ({kind} {count})" for kind, count in row["small_site_findings_by_kind"].items())
              + f"; {row['seconds']} s")
    return 0


def show_examples(corpus: Corpus, flagged: dict[int, set[int]], kind: str) -> None:
    """Print the lines of ``kind`` that were flagged (``fp``: negatives) or missed (``fn``: chrome)."""
    for number, (record, kinds) in enumerate(zip(corpus.records, corpus.kinds), start=1):
        lines = record["text"].split("\n")
        marks = flagged.get(number, set())
        for index, line_kind in enumerate(kinds):
            wanted = (kind == "fp" and index in marks and line_kind in ("body",) or
                      kind == "fp" and index in marks and line_kind.startswith("legit:") or
                      kind == "fn" and index not in marks and line_kind == "chrome")
            if wanted:
                print(f"[{kind} {line_kind}] {record['id']}:{index + 1}: {lines[index][:150]!r}")


# -- the real sources ----------------------------------------------------------------------------

def real(args) -> int:
    for source in args.source:
        path = args.data_dir / SOURCES[source]
        records = load(path)
        site_linter = Linter(Settings(select=[CODE], rule_options=rule_options(args)))
        flagged = flagged_lines(site_linter, path)
        print(f"{path.name}: {len(records)} records of "
              f"{len({r['doc'] for r in records})} pages, linted as one corpus")
        kinds: Counter = Counter()
        for number, lines in sorted(flagged.items()):
            record = records[number - 1]
            text = record["text"].split("\n")
            for index in sorted(lines):
                label = record["line_labels"][index]
                kinds[label] += 1
                print(f"  [{label}] {record['id']}:{index + 1}: {text[index][:120]!r}")
        print(f"  NL314 findings: {sum(kinds.values())} ({dict(kinds)})")
        # The same records without their URLs (a domain field only): each extractor's output is
        # then a page of its own, told from the others only by its text.
        with tempfile.TemporaryDirectory() as folder:
            bare = Path(folder) / path.name
            write_jsonl([{"id": r["id"], "source_domain": urlsplit(r["url"]).hostname, "text": r["text"]}
                         for r in records], bare)
            unlinked = flagged_lines(site_linter, bare)
        labels = Counter(records[number - 1]["line_labels"][index]
                         for number, lines in unlinked.items() for index in lines)
        print(f"  without URLs (each record a page): NL314 findings: {sum(labels.values())} ({dict(labels)})")
        # The junk-line figures of the default rules, with NL314's lines added to theirs.
        linter = Linter(Settings(select=["ALL"]))
        fields = FieldMap.from_settings(None)
        totals = {"before": [0, 0], "after": [0, 0]}
        junk_total = 0
        for number, record in enumerate(records, start=1):
            document = document_from_value(record, str(path), number, fields)
            lines = {(v.field_line or v.line) - 1 for v in linter.lint(document)
                     if v.code.startswith(("NL2", "NL3")) and v.code != CODE}
            junk, body = set(record["junk_lines"]), set(record["body_lines"])
            junk_total += len(junk)
            for name, marked in (("before", lines), ("after", lines | flagged.get(number, set()))):
                totals[name][0] += len(marked & junk)
                totals[name][1] += len(marked & body)
        for name, (tp, fp) in totals.items():
            label = "NL2xx+NL3xx" if name == "before" else "NL2xx+NL3xx+NL314"
            print(f"  {label:<18} precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, junk_total):.3f} "
                  f"({tp} of {junk_total} junk lines, {fp} body lines)")
    return 0


# -- memory and speed ----------------------------------------------------------------------------

def scale(args) -> int:
    """Collect and merge NL314's state over ``--scale`` generated documents of many sites (the
    dev pages' texts under synthetic URLs, with chrome), report the state's size and the time."""
    from newslint.document import Document

    records = load(args.data_dir / SOURCES["dev"])
    texts = [record["text"] for record in records if record["text"].strip()]
    rng = random.Random(args.seed)
    chrome = ["Home", "News", "Sport", "Business", "Subscribe to our newsletter",
              "© 2019 Example Media. All rights reserved."]
    linter = Linter(Settings(select=[CODE], rule_options=rule_options(args)))
    sites = max(1, args.scale // args.pages_per_site)
    corpus = CorpusState()
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    for number in range(args.scale):
        site = f"site{rng.randrange(sites)}.example"
        text = "\n".join(chrome) + "\n\n" + texts[number % len(texts)] + f"\n\nPage {number}"
        linter.lint(Document("shard.jsonl", text, url=f"https://{site}/{number}", record=number + 1),
                    corpus)
    collected = time.perf_counter() - started
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    state = corpus.states[CODE]
    size = len(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    started = time.perf_counter()
    findings = linter.judge(corpus)
    judged = time.perf_counter() - started
    print(f"{args.scale} documents of {sites} sites; NL314 alone: {collected:.1f} s to lint and "
          f"collect ({args.scale / collected:.0f} docs/s), {judged:.1f} s to judge")
    print(f"state: {state.count} pages of {len(state.sites)} sites kept, pickled {size / 1e6:.1f} MB "
          f"({size / max(1, state.count) / 1e3:.1f} kB a page); "
          f"traced memory now {current / 1e6:.1f} MB, peak {peak / 1e6:.1f} MB; "
          f"{len(findings)} findings")
    return 0


def speed(args) -> int:
    """NL314's share of a run with every default rule over ``dev.jsonl``, timed inside the run
    (CPU time of its collect, merge and judge against the whole run: steadier on a shared machine
    than two runs compared): with the records' URLs, and with each record a page of its own."""
    from newslint.document import Document

    records = load(args.data_dir / SOURCES["dev"])
    for label, own_pages in (("records with their URLs", False), ("each record a page of its own", True)):
        linter = Linter(Settings())
        rule = next(rule for rule in linter.corpus_rules if rule.code == CODE)
        spent = [0.0]

        def timed(method):
            def call(*arguments):
                started = time.process_time()
                try:
                    return method(*arguments)
                finally:
                    spent[0] += time.process_time() - started
            return call

        rule.collect, rule.merge, rule.judge = timed(rule.collect), timed(rule.merge), timed(rule.judge)
        shares = []
        for _ in range(3):
            spent[0] = 0.0
            corpus = CorpusState()
            started = time.process_time()
            for number, record in enumerate(records, start=1):
                url = record["url"] + (f"?record={number}" if own_pages else "")
                linter.lint(Document("dev.jsonl", record["text"], url=url, record=number), corpus)
            linter.judge(corpus)
            total = time.process_time() - started
            shares.append((spent[0] / total, total))
        share, total = min(shares)
        print(f"dev.jsonl, {label}: NL314 {share * 100:.1f} % of a {total:.2f} s run of every "
              f"default rule (best of 3)")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--source", choices=sorted(SOURCES), action="append")
    parser.add_argument("--pages", type=int, default=40, help="pages per simulated site")
    parser.add_argument("--sites", type=int, default=80, help="simulated sites per source")
    parser.add_argument("--small-sites", type=int, default=20, help="sites of 3-9 pages")
    parser.add_argument("--keep", type=float, default=0.9, help="chance a chrome line is on a page")
    parser.add_argument("--legit-share", default="0.1-0.4",
                        help="share of a site's pages each legitimate repeat is on (range)")
    parser.add_argument("--seed", default="1")
    parser.add_argument("--no-urls", action="store_true",
                        help="records without URLs: each extractor's output a page of its own")
    parser.add_argument("--option", action="append", metavar="KEY=VALUE", help="an NL314 option")
    parser.add_argument("--examples", choices=("fp", "fn"), help="print false positives or misses")
    parser.add_argument("--write", type=Path, metavar="DIR", help="keep the corpora as JSONL there")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--real", action="store_true", help="the real sources, as they are")
    parser.add_argument("--scale", type=int, metavar="DOCS", help="memory and speed on DOCS documents")
    parser.add_argument("--pages-per-site", type=int, default=100, help="with --scale (on average)")
    parser.add_argument("--speed", action="store_true", help="NL314's share of a default run")
    args = parser.parse_args(argv)
    args.source = args.source or sorted(SOURCES)
    missing = [name for name in SOURCES.values() if not (args.data_dir / name).exists()]
    if missing:
        print(f"no {', '.join(missing)} in {args.data_dir}: pass --data-dir", file=sys.stderr)
        return 2
    if args.scale:
        return scale(args)
    if args.speed:
        return speed(args)
    return real(args) if args.real else simulate(args)


if __name__ == "__main__":
    raise SystemExit(main())
