#!/usr/bin/env python3
"""Measure the article-level rules (NL1xx credits, NL4xx text integrity) on real scraped text.

These rules do not flag junk lines as such, so precision against the junk labels means little;
what matters is how often they fire on a line the labels call article body, and whether each such
finding is a real defect of that line (read them: ``--examples CODE``). The corpus rules run over
the whole selection as one corpus.

Reads ``../shared/eval/dev.jsonl`` beside the repository (``--data`` for another copy).

Usage::

    python benchmarks/quality_articles.py                       # NL1 and NL4 rules, all records
    python benchmarks/quality_articles.py --select NL406 --examples NL406 --kind body
    python benchmarks/quality_articles.py --split test --timing
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from newslint.document import Document  # noqa: E402
from newslint.engine import CorpusState, Linter  # noqa: E402
from newslint.settings import Settings  # noqa: E402
from quality import DEFAULT_DATA, load  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=("all", "train", "test"), default="all")
    parser.add_argument("--lang", choices=("all", "en", "non-en?"), default="all")
    parser.add_argument("--select", default="NL1,NL4", help="codes or prefixes, comma-separated")
    parser.add_argument("--examples", metavar="CODE", help="print this rule's findings")
    parser.add_argument("--kind", choices=("body", "junk", "other", "all"), default="all")
    parser.add_argument("--timing", action="store_true", help="time each rule over the set")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}: pass --data PATH/TO/dev.jsonl", file=sys.stderr)
        return 2

    linter = Linter(Settings(select=args.select.split(",")))
    names = {rule.code: rule.name for rule in linter.rules}
    records = list(load(args.data, args.split, args.lang))
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    distinct: dict[str, set] = defaultdict(set)
    corpus = CorpusState()
    lines_of = {}
    for record in records:
        lines = record["text"].split("\n")
        lines_of[record["id"]] = (lines, record)
        document = Document(record["id"], record["text"], authors=tuple(record.get("authors") or ()))
        for v in linter.lint(document, corpus):
            _count(v, lines, record, stats, distinct, args)
    for v in linter.judge(corpus):
        lines, record = lines_of[v.path]
        _count(v, lines, record, stats, distinct, args)

    if not args.examples:
        print(f"{len(records)} records, split {args.split}, lang {args.lang}")
        print(f"{'code':<6} {'name':<24} {'flagged':>7} {'distinct':>8} {'body':>5} {'junk':>5} {'other':>5}")
        for code in sorted(names):
            s = stats[code]
            print(f"{code:<6} {names[code]:<24} {s['flagged']:>7} {len(distinct[code]):>8} "
                  f"{s['body']:>5} {s['junk']:>5} {s['other']:>5}")
    if args.timing:
        _timing(linter, records)
    return 0


def _count(v, lines, record, stats, distinct, args) -> None:
    index = v.line - 1
    label = record["line_labels"][index] if index < len(record["line_labels"]) else "blank"
    kind = "body" if label == "body" else "junk" if label == "junk" else "other"
    stats[v.code]["flagged"] += 1
    stats[v.code][kind] += 1
    distinct[v.code].add((lines[index].strip(), v.message))
    if args.examples == v.code and args.kind in (kind, "all"):
        print(f"[{kind}:{label}] {record['id']}:{v.line}:{v.col}: {lines[index].strip()[:150]!r}\n"
              f"    -> {v.message}")


def _timing(linter: Linter, records) -> None:
    """Seconds each article rule spends over all records (line rules are timed as a group)."""
    from newslint.article import parse

    documents = [Document(r["id"], r["text"]) for r in records]
    size = sum(len(d.text) for d in documents) / 1e6
    for rule in linter.article_rules:
        started = time.perf_counter()
        for document in documents:
            list(rule.check(parse(document)) or ())
        elapsed = time.perf_counter() - started
        print(f"{rule.code} {rule.name:<24} {elapsed:6.3f} s  ({size / elapsed:7.1f} MB/s)")
    started = time.perf_counter()
    for document in documents:
        linter.lint(document)
    elapsed = time.perf_counter() - started
    print(f"all selected rules with parsing: {elapsed:.3f} s for {size:.1f} MB ({size / elapsed:.1f} MB/s)")


if __name__ == "__main__":
    raise SystemExit(main())
