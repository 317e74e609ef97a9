#!/usr/bin/env python3
"""Measure newslint's junk-line rules on real, labelled scraped text from two development sources.

Reads ``../shared/eval/`` beside the repository (outside it: this script, like every benchmark, is
the only kind of code that reads ``../shared/``; ``--data NAME=PATH`` points elsewhere):

- ``dev`` (``dev.jsonl``): 92 news pages × 15 article extractors, every line labelled body or junk;
- ``trafilatura`` (``dev-trafilatura.jsonl``): 481 web pages of many sites and languages, each
  scraped three ways, with sparse labels (only lines holding a benchmark snippet are labelled).

For the lines flagged by NL2xx and NL3xx rules (injected content and page boilerplate) it prints
precision and recall against the junk labels, per source and pooled, per rule, per language and per
extractor. Lines labelled title, standfirst, partial, blank, nonword or unlabelled are not scored.
NL1xx and NL4xx rules flag defects inside lines, not junk lines: their counts are shown for reading
(``benchmarks/quality_articles.py``). Under each source's figures, ``contradicting labels`` counts
the junk lines that read exactly as a body line of the same record (a table whose ground truth
keeps some cells and drops others): no rule reading a line can tell them apart, so the recall on
the other junk lines is shown beside the full figure (the targets use the full one).

**Discipline.** Tune on one source with the other hidden, then check on the other, then swap: a
change that helps one source and hurts the other is tuning, not generalising. ``--hide NAME``
drops a source from everything printed (figures, examples, missed lines), so you cannot look at it
while you tune::

    python benchmarks/quality.py --hide trafilatura --missed     # tune on dev.jsonl
    python benchmarks/quality.py --hide dev                      # then look at the other
    python benchmarks/quality.py                                 # both, and pooled
    python benchmarks/quality.py --examples NL301 --kind fp      # a rule's false positives
    python benchmarks/quality.py --split test                    # one half of the pages
    python benchmarks/quality.py --check                         # exit 1 unless targets are met

Targets (issue 9), for each source on its own: NL2xx+NL3xx precision >= 0.97; recall >= 0.60 on
dev, >= 0.45 on trafilatura and >= 0.35 on its non-English pages; every rule that flags >= 20 lines
of a source at precision >= 0.95 there.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newslint.document import Document  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.settings import Settings  # noqa: E402

SHARED_EVAL = HERE.parent.parent / "shared" / "eval"
SOURCES = {"dev": SHARED_EVAL / "dev.jsonl", "trafilatura": SHARED_EVAL / "dev-trafilatura.jsonl"}
SCORED_FAMILIES = ("NL2", "NL3")
#: Where --write-measured puts the figures the rules' documentation shows (rules/_measured.py).
MEASURED = HERE.parent / "rules" / "measured.json"
TARGET_PRECISION = 0.97
TARGET_RECALL = {"dev": 0.60, "trafilatura": 0.45}
TARGET_RECALL_NON_ENGLISH = {"trafilatura": 0.35}
TARGET_RULE_PRECISION, RULE_MIN_LINES = 0.95, 20


def split_of(doc: str) -> str:
    """A stable half of the pages: ``train`` or ``test`` (split by page, never by record)."""
    return "test" if int(hashlib.sha256(f"split:{doc}".encode()).hexdigest()[:8], 16) % 2 else "train"


def language_of(record: dict) -> str:
    """The record's language as its source labels it (``lang``, else dev's ``lang_hint``)."""
    if record.get("lang"):
        return record["lang"]
    return "en" if record.get("lang_hint") == "en" else "other"


def load(path: Path, split: str) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if split != "all" and split_of(record["doc"]) != split:
                continue
            yield record


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else float("nan")


@dataclass
class Tally:
    """Scored lines of one slice (a source, a language, an extractor, or all pooled)."""

    records: int = 0
    junk: int = 0
    body: int = 0
    tp: int = 0
    fp: int = 0

    def add(self, junk: int, body: int, tp: int, fp: int) -> None:
        self.records += 1
        self.junk += junk
        self.body += body
        self.tp += tp
        self.fp += fp

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.junk)

    def line(self) -> str:
        return (f"precision {self.precision:.3f}, recall {self.recall:.3f} ({self.tp} of {self.junk} "
                f"junk lines; {self.fp} of {self.body} body lines flagged)")


@dataclass
class SourceScore:
    name: str
    total: Tally = field(default_factory=Tally)
    by_language: dict = field(default_factory=lambda: defaultdict(Tally))
    by_extractor: dict = field(default_factory=lambda: defaultdict(Tally))
    #: code → {"flagged", "tp", "fp", "other"}
    rules: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    #: Junk lines whose text is also a body line's in the same record, and how many were flagged:
    #: no rule that reads a line's text can tell them apart (a table whose cells the ground truth
    #: keeps in part, a headline the labels call body in one place and junk in another).
    contradicted: Tally = field(default_factory=Tally)
    #: code → language → {"tp", "fp"}
    rule_languages: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(int))))

    def non_english(self) -> Tally:
        tally = Tally()
        for language, part in self.by_language.items():
            if language != "en":
                tally.records += part.records
                tally.junk += part.junk
                tally.body += part.body
                tally.tp += part.tp
                tally.fp += part.fp
        return tally


def score_source(linter: Linter, name: str, path: Path, split: str, args) -> SourceScore:
    score = SourceScore(name)
    for record in load(path, split):
        junk, body = set(record["junk_lines"]), set(record["body_lines"])
        lines = record["text"].split("\n")
        language = language_of(record)
        document = Document(record["id"], record["text"], title=record.get("title"),
                            url=record.get("url"))
        flagged: set[int] = set()
        seen: set[tuple[str, int]] = set()
        for v in linter.lint(document):
            index = v.line - 1
            if (v.code, index) in seen:
                continue
            seen.add((v.code, index))
            kind = "tp" if index in junk else "fp" if index in body else "other"
            stats = score.rules[v.code]
            stats["flagged"] += 1
            stats[kind] += 1
            score.rule_languages[v.code][language][kind] += 1
            if v.code.startswith(SCORED_FAMILIES):
                flagged.add(index)
            if args.examples and v.code == args.examples and args.kind in (kind, "all"):
                print(f"[{kind}] {record['id']}:{v.line}: {lines[index][:160]!r}  -- {v.message}")
        tp, fp = len(flagged & junk), len(flagged & body)
        score.total.add(len(junk), len(body), tp, fp)
        body_texts = {lines[index].strip() for index in body}
        both = {index for index in junk if lines[index].strip() in body_texts}
        score.contradicted.add(len(both), 0, len(flagged & both), 0)
        score.by_language[language].add(len(junk), len(body), tp, fp)
        score.by_extractor[record.get("extractor", "?")].add(len(junk), len(body), tp, fp)
        if args.missed and (args.lang in ("all", language)):
            for index in sorted(junk - flagged):
                print(f"[missed] {record['id']} ({language}):{index + 1}: {lines[index][:160]!r}")
    return score


def failures_of(score: SourceScore) -> list[str]:
    failures = []
    name = score.name
    if not score.total.precision >= TARGET_PRECISION:
        failures.append(f"{name}: precision {score.total.precision:.3f} < {TARGET_PRECISION}")
    target = TARGET_RECALL.get(name)
    if target is not None and not score.total.recall >= target:
        failures.append(f"{name}: recall {score.total.recall:.3f} < {target}")
    target = TARGET_RECALL_NON_ENGLISH.get(name)
    if target is not None and not score.non_english().recall >= target:
        failures.append(f"{name}: non-English recall {score.non_english().recall:.3f} < {target}")
    for code, stats in sorted(score.rules.items()):
        scored = stats["tp"] + stats["fp"]
        if code.startswith(SCORED_FAMILIES) and scored >= RULE_MIN_LINES and \
                ratio(stats["tp"], scored) < TARGET_RULE_PRECISION:
            failures.append(f"{name}: {code} precision {ratio(stats['tp'], scored):.3f} "
                            f"< {TARGET_RULE_PRECISION} on {scored} scored lines")
    return failures


def print_source(score: SourceScore, names: dict, split: str) -> None:
    total = score.total
    print(f"== {score.name} (split {split}): {total.records} records, {total.junk} junk lines, "
          f"{total.body} body lines")
    print(f"{'code':<6} {'name':<28} {'flagged':>7} {'junk':>6} {'body':>6} {'precision':>9} {'recall':>7}")
    for code in sorted(score.rules):
        stats = score.rules[code]
        scored = code.startswith(SCORED_FAMILIES)
        precision = f"{ratio(stats['tp'], stats['tp'] + stats['fp']):>9.3f}" if scored else "        -"
        recall = f"{ratio(stats['tp'], total.junk):7.3f}" if scored else "      -"
        print(f"{code:<6} {names.get(code, '?'):<28} {stats['flagged']:>7} {stats['tp']:>6} "
              f"{stats['fp']:>6} {precision} {recall}")
    print(f"NL2xx+NL3xx lines: {total.line()}")
    both = score.contradicted
    if both.junk:
        print(f"  contradicting labels: {both.junk} junk lines read exactly as a body line of the "
              f"same record ({both.tp} flagged); recall on the other junk lines "
              f"{ratio(total.tp - both.tp, total.junk - both.junk):.3f}")
    languages = sorted(score.by_language.items(), key=lambda item: -item[1].junk)
    print("  by language:  " + "; ".join(
        f"{lang} P {t.precision:.3f} R {t.recall:.3f} ({t.junk} junk)" for lang, t in languages))
    if len(score.by_language) > 1:
        print(f"  non-English:  {score.non_english().line()}")
    extractors = sorted(score.by_extractor.items(), key=lambda item: -item[1].junk)
    print("  by extractor: " + "; ".join(
        f"{name} P {t.precision:.3f} R {t.recall:.3f}" for name, t in extractors))
    print()


def as_json(score: SourceScore, names: dict) -> dict:
    def tally(t: Tally) -> dict:
        return {"records": t.records, "junk": t.junk, "body": t.body, "tp": t.tp, "fp": t.fp,
                "precision": t.precision, "recall": t.recall}

    return {
        "total": tally(score.total),
        "contradicted": {"junk": score.contradicted.junk, "tp": score.contradicted.tp},
        "non_english": tally(score.non_english()),
        "languages": {lang: tally(t) for lang, t in score.by_language.items()},
        "extractors": {name: tally(t) for name, t in score.by_extractor.items()},
        "rules": {code: {"name": names.get(code, "?"), **dict(stats),
                         "languages": {lang: dict(v) for lang, v in score.rule_languages[code].items()}}
                  for code, stats in sorted(score.rules.items())},
        "failures": failures_of(score),
    }


def write_measured(scores: list[SourceScore]) -> None:
    """Each scored rule's figures per source and language, for its documentation."""
    figures: dict = {}
    for score in scores:
        for code, stats in score.rules.items():
            if not code.startswith(SCORED_FAMILIES):
                continue
            figures.setdefault(code, {})[score.name] = {
                "flagged": stats["flagged"], "junk": stats["tp"], "body": stats["fp"],
                "junk_lines": score.total.junk, "body_lines": score.total.body,
                "records": score.total.records,
                "languages": {language: [counts["tp"], counts["fp"]] for language, counts
                              in sorted(score.rule_languages[code].items())
                              if counts["tp"] or counts["fp"]}}
    for score in scores:  # a rule that flagged nothing in a source is measured there too
        for code in figures:
            figures[code].setdefault(score.name, {
                "flagged": 0, "junk": 0, "body": 0, "junk_lines": score.total.junk,
                "body_lines": score.total.body, "records": score.total.records, "languages": {}})
    totals = {score.name: {"precision": score.total.precision, "recall": score.total.recall,
                           "non_english_recall": score.non_english().recall,
                           "junk": score.total.tp, "body": score.total.fp,
                           "junk_lines": score.total.junk, "body_lines": score.total.body}
              for score in scores}
    MEASURED.write_text(json.dumps({"rules": dict(sorted(figures.items())), "totals": totals},
                                   indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", action="append", default=[], metavar="NAME=PATH",
                        help="a source's file (default: ../shared/eval/ beside the repository); "
                             "another NAME adds a source, e.g. one made by html_pages.py")
    parser.add_argument("--hide", action="append", default=[], choices=sorted(SOURCES),
                        help="leave this source out entirely (tune on the other)")
    parser.add_argument("--source", action="append", default=[],
                        help="only this source (repeatable; a name given with --data too)")
    parser.add_argument("--split", choices=("all", "train", "test"), default="all")
    parser.add_argument("--lang", default="all", help="with --missed: only this language")
    parser.add_argument("--select", default="ALL", help="rules to run (codes or prefixes, comma-separated)")
    parser.add_argument("--examples", metavar="CODE", help="print flagged lines of this rule")
    parser.add_argument("--kind", choices=("fp", "tp", "other", "all"), default="fp")
    parser.add_argument("--missed", action="store_true", help="print junk lines no rule flags")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the targets are met")
    parser.add_argument("--write-measured", action="store_true",
                        help=f"write each NL2xx/NL3xx rule's figures to {MEASURED.relative_to(HERE.parent)} "
                             "(the rules' documentation reads them; both sources, whole pages)")
    args = parser.parse_args(argv)

    paths = dict(SOURCES)
    for item in args.data:
        name, _, path = item.partition("=")
        if not name or not path:
            parser.error(f"--data {item!r}: expected NAME=PATH")
        paths[name] = Path(path)
    chosen = [name for name in paths if (not args.source or name in args.source)
              and name not in args.hide]
    for name in chosen:
        if not paths[name].exists():
            print(f"no data at {paths[name]}: pass --data {name}=PATH", file=sys.stderr)
            return 2

    linter = Linter(Settings(select=args.select.split(",")))
    names = {rule.code: rule.name for rule in linter.rules}
    scores = [score_source(linter, name, paths[name], args.split, args) for name in chosen]
    failures = [failure for score in scores for failure in failures_of(score)]
    if args.write_measured:
        if args.hide or args.source or args.split != "all" or args.select != "ALL":
            parser.error("--write-measured measures every rule on both sources, whole: drop the "
                         "other options")
        write_measured(scores)
        print(f"wrote {MEASURED}")
    if args.json:
        print(json.dumps({score.name: as_json(score, names) for score in scores}, indent=2))
    elif not args.examples and not args.missed:
        for score in scores:
            print_source(score, names, args.split)
        if len(scores) > 1:
            pooled = Tally()
            for score in scores:
                for key in ("records", "junk", "body", "tp", "fp"):
                    setattr(pooled, key, getattr(pooled, key) + getattr(score.total, key))
            print(f"pooled NL2xx+NL3xx lines: {pooled.line()}")
        print("targets (issue 9): " + ("met" if not failures else "NOT met:\n  " + "\n  ".join(failures)))
    return 1 if (args.check and failures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
