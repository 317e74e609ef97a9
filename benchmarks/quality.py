#!/usr/bin/env python3
"""Measure newslint's rules on real, labelled scraped-news text.

Reads the development set ``../shared/eval/dev.jsonl`` beside the repository (outside it: this
script, like every benchmark, is the only kind of code that reads ``../shared/``; pass ``--data``
to use another copy). Each record is an extractor's output for a real news page, with each line
labelled article body or junk (see that folder's README).

For the lines flagged by NL2xx and NL3xx rules (injected content and page boilerplate) it prints
precision and recall against the junk labels, overall and per rule, and the false-positive rate on
body lines. Lines labelled title, standfirst, partial, blank or nonword are not scored. Other
families (NL1xx, NL4xx) do not flag junk lines as such; their findings are counted, and how many
land on body lines is shown, for reading by hand (``--examples CODE``).

Usage::

    python benchmarks/quality.py                 # the table, all records
    python benchmarks/quality.py --split test    # pages whose id hashes into the test half
    python benchmarks/quality.py --examples NL301 --kind fp   # see a rule's false positives
    python benchmarks/quality.py --check         # exit 1 unless the targets are met

Targets (issue 3): NL2xx+NL3xx precision >= 0.95 with recall >= 0.50; no rule below 0.90.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newslint.document import Document  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.settings import Settings  # noqa: E402

DEFAULT_DATA = HERE.parent.parent / "shared" / "eval" / "dev.jsonl"
SCORED_FAMILIES = ("NL2", "NL3")
TARGET_PRECISION, TARGET_RECALL, TARGET_RULE_PRECISION = 0.95, 0.50, 0.90


def split_of(doc: str) -> str:
    """A stable half of the pages: ``train`` or ``test`` (split by page, never by record)."""
    return "test" if int(hashlib.sha256(f"split:{doc}".encode()).hexdigest()[:8], 16) % 2 else "train"


def load(path: Path, split: str, lang: str):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if split != "all" and split_of(record["doc"]) != split:
                continue
            if lang != "all" and record.get("lang_hint") != lang:
                continue
            yield record


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else float("nan")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=("all", "train", "test"), default="all")
    parser.add_argument("--lang", choices=("all", "en", "non-en?"), default="all")
    parser.add_argument("--examples", metavar="CODE", help="print flagged lines of this rule")
    parser.add_argument("--kind", choices=("fp", "tp", "all"), default="fp")
    parser.add_argument("--missed", action="store_true", help="print junk lines no rule flags")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the targets are met")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}: pass --data PATH/TO/dev.jsonl", file=sys.stderr)
        return 2

    linter = Linter(Settings(select=["ALL"]))
    names = {rule.code: rule.name for rule in linter.rules}
    per_rule = defaultdict(lambda: {"tp": 0, "fp": 0, "other": 0, "flagged": 0})
    total = {"tp": 0, "fp": 0, "junk": 0, "body": 0, "records": 0}
    missed = []

    for record in load(args.data, args.split, args.lang):
        total["records"] += 1
        junk, body = set(record["junk_lines"]), set(record["body_lines"])
        total["junk"] += len(junk)
        total["body"] += len(body)
        lines = record["text"].split("\n")
        violations = linter.lint(Document(record["id"], record["text"]))
        flagged_scored: set[int] = set()
        seen_rule_lines = set()
        for v in violations:
            index = v.line - 1
            if (v.code, index) in seen_rule_lines:
                continue
            seen_rule_lines.add((v.code, index))
            stats = per_rule[v.code]
            stats["flagged"] += 1
            kind = "tp" if index in junk else "fp" if index in body else "other"
            stats[kind] += 1
            if v.code.startswith(SCORED_FAMILIES):
                flagged_scored.add(index)
            if args.examples and v.code == args.examples and args.kind in (kind, "all"):
                print(f"[{kind}] {record['id']}:{v.line}: {lines[index][:160]!r}  -- {v.message}")
        total["tp"] += len(flagged_scored & junk)
        total["fp"] += len(flagged_scored & body)
        if args.missed:
            missed.extend((record["id"], i, lines[i]) for i in sorted(junk - flagged_scored))

    if args.missed:
        for rid, index, text in missed:
            print(f"[missed] {rid}:{index + 1}: {text[:160]!r}")
    precision = ratio(total["tp"], total["tp"] + total["fp"])
    recall = ratio(total["tp"], total["junk"])
    fp_rate = ratio(total["fp"], total["body"])
    rows = []
    for code in sorted(per_rule):
        s = per_rule[code]
        rows.append({"code": code, "name": names.get(code, "?"), "flagged": s["flagged"],
                     "tp": s["tp"], "fp": s["fp"], "unscored": s["other"],
                     "precision": ratio(s["tp"], s["tp"] + s["fp"]),
                     "recall": ratio(s["tp"], total["junk"])})
    failures = []
    if not precision >= TARGET_PRECISION:
        failures.append(f"precision {precision:.3f} < {TARGET_PRECISION}")
    if not recall >= TARGET_RECALL:
        failures.append(f"recall {recall:.3f} < {TARGET_RECALL}")
    for row in rows:
        if row["code"].startswith(SCORED_FAMILIES) and row["tp"] + row["fp"] and \
                row["precision"] < TARGET_RULE_PRECISION:
            failures.append(f"{row['code']} precision {row['precision']:.3f} < {TARGET_RULE_PRECISION}")

    if args.json:
        print(json.dumps({"records": total["records"], "precision": precision, "recall": recall,
                          "body_fp_rate": fp_rate, "rules": rows, "failures": failures}, indent=2))
    elif not args.examples and not args.missed:
        print(f"data: {args.data.name}, split {args.split}, lang {args.lang}: "
              f"{total['records']} records, {total['junk']} junk lines, {total['body']} body lines")
        print()
        print(f"{'code':<6} {'name':<28} {'flagged':>7} {'junk':>6} {'body':>6} {'precision':>9} {'recall':>7}")
        print("(flagged lines per rule; 'junk'/'body': how many of them the labels call junk or body)")
        for row in rows:
            scored = row["code"].startswith(SCORED_FAMILIES)
            # NL1xx/NL4xx flag defects inside lines, not junk lines: their counts are for reading
            # (benchmarks/quality_articles.py), not precision against the junk labels.
            recall_text = f"{row['recall']:7.3f}" if scored else "      -"
            precision_text = f"{row['precision']:>9.3f}" if scored else "        -"
            print(f"{row['code']:<6} {row['name']:<28} {row['flagged']:>7} {row['tp']:>6} {row['fp']:>6} "
                  f"{precision_text} {recall_text}")
        print()
        print(f"NL2xx+NL3xx lines: precision {precision:.3f}, recall {recall:.3f} "
              f"({total['tp']} of {total['junk']} junk lines; {total['fp']} body lines flagged, "
              f"false-positive rate on body lines {fp_rate:.4f})")
        print(f"targets: precision >= {TARGET_PRECISION}, recall >= {TARGET_RECALL}, "
              f"each rule >= {TARGET_RULE_PRECISION}: " + ("met" if not failures else "NOT met: " + "; ".join(failures)))
    return 1 if (args.check and failures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
