"""Does a statistical line model transfer between the two development sources?

Issue 9 allows a learnt line model beside the rules if, trained on one source only, it holds on
the other. This script is that test, kept so anyone can rerun it before such a model is turned on:

- every labelled line of both sources (``../shared/eval/``, read-only, outside the repository;
  junk lines that read exactly as a body line of the same record are left out, as no line-level
  model can tell them apart) is described by language-independent features of shape, position and
  neighbours: where it stands against the story (before its first paragraph of prose, inside,
  after its last), its length, how it ends, capitals, digits, separators, whether it is
  link-shaped, a role line (headline, byline, dateline, sign-off), its neighbours' kinds, the
  length of the run of short lines it is in, its distance from the story, and whether it repeats
  in the text; the position features are crossed with length, ending and run length;
- a logistic regression (plain Python, seeded stochastic gradient descent, no dependency) is
  trained on one source and scored on the other, both ways;
- at several thresholds it prints the model's precision and recall on the hidden source, and,
  what matters for newslint, the lines it would add to the rules' findings (labelled lines no
  NL2xx/NL3xx rule flags) with their precision.

A model is worth turning on only if what it adds holds at the rules' own standard (precision of
0.95 or more on 20 lines or more) in both directions; the script says whether it does and exits
1 when it does not. Nothing is written: no model is shipped.

    .venv/bin/python benchmarks/line_model.py
    .venv/bin/python benchmarks/line_model.py --epochs 30 --top 30   # longer training, more weights
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newslint.article import Article, parse  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.rules.layout import link_shaped  # noqa: E402
from newslint.settings import Settings  # noqa: E402

SHARED_EVAL = HERE.parent.parent / "shared" / "eval"
SOURCES = {"dev": SHARED_EVAL / "dev.jsonl", "trafilatura": SHARED_EVAL / "dev-trafilatura.jsonl"}
THRESHOLDS = (0.7, 0.8, 0.9, 0.95, 0.98)
#: What a model must add, in both directions, to be worth turning on: the rules' own standard.
ADDED_PRECISION, ADDED_LINES = 0.95, 20

_END = re.compile(r"([.!?…:;])[\"”’»)\]]*\s*$")
_DIGIT = re.compile(r"\d")
_BULLET = re.compile(r"^[-–—•·*▪►▶]\s")


class Sample(NamedTuple):
    features: list[str]
    junk: bool
    flagged: bool  # by an NL2xx/NL3xx rule


def _words_bucket(count: int) -> str:
    for limit, name in ((1, "1"), (2, "2"), (4, "3-4"), (8, "5-8"), (15, "9-15"), (30, "16-30")):
        if count <= limit:
            return name
    return "31+"


def _short(article: Article, ordinal: int) -> bool:
    if not 0 <= ordinal < article.paragraph_count:
        return False
    line = article.paragraph(ordinal)
    return line.word_count <= 8 and not line.ends_sentence


def features(article: Article, ordinal: int, counts: Counter) -> list[str]:
    """The features of paragraph ``ordinal``: shape, position, neighbours."""
    line = article.paragraph(ordinal)
    text = line.text.strip()
    bounds = article.story_bounds
    if bounds is None:
        where = "none"
    elif ordinal < bounds[0]:
        where = "before"
    elif ordinal > bounds[1]:
        where = "after"
    else:
        where = "edge" if ordinal in bounds else "inside"
    size = _words_bucket(line.word_count)
    end = _END.search(text)
    ending = {".": ".", "!": "!?", "?": "!?", "…": "…", ":": ":", ";": ":"}.get(
        end.group(1) if end else "", "-")
    found = ["bias", f"where={where}", f"words={size}", f"where*words={where}{size}",
             f"end={ending}", f"end*words={ending}{size}", f"third={ordinal * 3 // article.paragraph_count}"]
    letters = [char for char in text if char.isalpha()]
    if len(letters) >= 2 and all(char.isupper() for char in letters):
        found.append("capitals")
    words = text.split()
    if len(words) >= 2 and all(word[:1].isupper() for word in words if len(word) > 3 and word[:1].isalpha()):
        found.append("title-case")
    if text[:1].islower():
        found.append("lower-start")
    digits = len(_DIGIT.findall(text))
    if digits:
        found.append("digit" if digits < 0.3 * len(text) else "digits")
    for mark, name in (("|", "bar"), ("»", "chevron"), ("›", "chevron"), ("©", "copyright"),
                       ("@", "web"), ("http", "web"), ("www.", "web")):
        if mark in text and name not in found:
            found.append(name)
    if _BULLET.match(text):
        found.append("bullet")
    if link_shaped(line):
        found.append("link-shaped")
    if line.index in article.roles:
        found.append("role")
    for step, name in ((-1, "previous"), (1, "next")):
        other = ordinal + step
        if not 0 <= other < article.paragraph_count:
            found.append(f"{name}=none")
        else:
            kind = "prose" if article.paragraph(other).is_prose else "short" if _short(article, other) else "other"
            found.append(f"{name}={kind}")
    if _short(article, ordinal):
        start = end_ = ordinal
        while _short(article, start - 1):
            start -= 1
        while _short(article, end_ + 1):
            end_ += 1
        length = end_ - start + 1
        run = "1" if length == 1 else "2-3" if length <= 3 else "4-7" if length <= 7 else "8+"
        found += [f"run={run}", f"where*run={where}{run}"]
    if bounds is not None and where in ("before", "after"):
        distance = bounds[0] - ordinal if where == "before" else ordinal - bounds[1]
        found.append("distance=" + ("1" if distance <= 1 else "2-4" if distance <= 4 else "5+"))
    if counts[text] > 1:
        found.append("repeated")
    return found


def load(path: Path, linter: Linter) -> list[Sample]:
    samples: list[Sample] = []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            junk, body = set(record["junk_lines"]), set(record["body_lines"])
            document = Document(record["id"], record["text"], title=record.get("title"),
                                url=record.get("url"))
            flagged = {v.line - 1 for v in linter.lint(document) if v.code.startswith(("NL2", "NL3"))}
            article = parse(document)
            lines = article.lines
            body_texts = {lines[index].strip() for index in body}
            counts = Counter(lines[index].strip() for index in article.paragraph_indexes)
            for ordinal, index in enumerate(article.paragraph_indexes):
                if index not in junk and index not in body:
                    continue
                if index in junk and lines[index].strip() in body_texts:
                    continue  # a contradicting label: the same line is body elsewhere in the record
                samples.append(Sample(features(article, ordinal, counts), index in junk, index in flagged))
    return samples


def train(samples: list[Sample], epochs: int, rate: float = 0.05, l2: float = 1e-4) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    order = list(range(len(samples)))
    shuffle = random.Random(0).shuffle
    for _ in range(epochs):
        shuffle(order)
        for number in order:
            sample = samples[number]
            error = probability(weights, sample.features) - sample.junk
            for name in sample.features:
                weights[name] -= rate * (error + l2 * weights[name])
    return dict(weights)


def probability(weights: dict[str, float], names: list[str]) -> float:
    score = sum(weights.get(name, 0.0) for name in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def evaluate(weights: dict[str, float], samples: list[Sample]) -> list[dict]:
    junk_total = sum(sample.junk for sample in samples)
    rows = []
    scores = [probability(weights, sample.features) for sample in samples]
    for threshold in THRESHOLDS:
        tp = fp = added_tp = added_fp = 0
        for sample, score in zip(samples, scores):
            if score < threshold:
                continue
            tp += sample.junk
            fp += not sample.junk
            if not sample.flagged:
                added_tp += sample.junk
                added_fp += not sample.junk
        rows.append({"threshold": threshold, "precision": tp / (tp + fp) if tp + fp else float("nan"),
                     "recall": tp / junk_total if junk_total else float("nan"),
                     "added_junk": added_tp, "added_body": added_fp,
                     "added_precision": added_tp / (added_tp + added_fp) if added_tp + added_fp else float("nan")})
    return rows


def holds(rows: list[dict]) -> bool:
    return any(row["added_junk"] + row["added_body"] >= ADDED_LINES
               and row["added_precision"] >= ADDED_PRECISION for row in rows)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--top", type=int, default=12, help="how many of the largest weights to print")
    args = parser.parse_args(argv)
    linter = Linter(Settings())
    data = {name: load(path, linter) for name, path in SOURCES.items()}
    verdicts = []
    for trained_on, tested_on in (("dev", "trafilatura"), ("trafilatura", "dev")):
        weights = train(data[trained_on], args.epochs)
        test = data[tested_on]
        print(f"== trained on {trained_on} ({len(data[trained_on])} lines), scored on {tested_on} "
              f"({len(test)} lines, {sum(s.junk for s in test)} junk)")
        print("threshold  model P  model R   added beyond the rules: junk  body  precision")
        rows = evaluate(weights, test)
        for row in rows:
            print(f"{row['threshold']:9.2f}  {row['precision']:7.3f}  {row['recall']:7.3f}   "
                  f"{row['added_junk']:29d} {row['added_body']:5d}  {row['added_precision']:9.3f}")
        largest = sorted(weights.items(), key=lambda item: -abs(item[1]))[:args.top]
        print("largest weights: " + ", ".join(f"{name} {value:+.2f}" for name, value in largest))
        verdicts.append(holds(rows))
    if all(verdicts):
        print(f"transfer: what the model adds holds at precision >= {ADDED_PRECISION} both ways")
        return 0
    print(f"no transfer: in at least one direction, what the model adds to the rules stays below "
          f"precision {ADDED_PRECISION} (on {ADDED_LINES} lines or more) at every threshold; "
          f"no line model is turned on")
    return 1


if __name__ == "__main__":
    sys.exit(main())
