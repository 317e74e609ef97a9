#!/usr/bin/env python3
"""False alarms on clean copy: lint a folder of articles known to hold no junk, count every finding.

The dev sources score the junk-line rules on scraped pages whose lines are labelled; this script
measures the other half of precision on copy nobody tuned for: articles as their publisher wrote
them, where every finding of a junk-line rule (NL2xx, NL3xx) is a false alarm. Point it at any
folder of ``.txt`` articles (one article per file, a paragraph per line or blank-line separated):

    python benchmarks/clean_copy.py PATH                 # the junk-line rules (NL2, NL3)
    python benchmarks/clean_copy.py PATH --select NL     # every rule
    python benchmarks/clean_copy.py PATH --show          # and each finding with its line

It runs the ``newslint`` command beside this interpreter (as a user would, no cache) and reports,
per rule, the findings and the findings per 10,000 paragraphs. A corpus that fits: the BBC News
dataset of D. Greene and P. Cunningham (2,225 stories of 2004-05, five sections; public for
research), as ``bbc/<section>/<n>.txt``. The figures in the README were measured on it.

Clean copy in other languages: the Universal Dependencies treebanks hold news and web sentences
in many languages, as ``.conllu`` files. ``--conllu`` turns a folder of them into articles first
(a document per ``# newdoc``, else per 15 sentences; a paragraph per ``# newpar``, else a
sentence per line, which is harsher than a paper's paragraphs) and lints those:

    python benchmarks/clean_copy.py --conllu UD_FOLDER   # every *.conllu under it
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

_FINDING = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<message>.*)$")


def paragraphs(root: Path) -> tuple[int, int]:
    """The ``.txt`` files under ``root`` and their non-blank lines (paragraphs)."""
    files = lines = 0
    for path in sorted(root.rglob("*.txt")):
        files += 1
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines += sum(1 for line in handle if line.strip())
    return files, lines


#: How many sentences make an article of a treebank without document marks.
SENTENCES_PER_ARTICLE = 15


def conllu_articles(source: Path, target: Path) -> int:
    """Write the sentences of every ``.conllu`` file under ``source`` as ``.txt`` articles under
    ``target`` (one folder per treebank file); how many articles were written."""
    written = 0
    for conllu in sorted(source.rglob("*.conllu")):
        with open(conllu, encoding="utf-8", errors="replace") as handle:
            comments = [line for line in handle if line.startswith("# ")]
        paragraphs = any(line.startswith("# newpar") for line in comments)
        articles: list[list[list[str]]] = []  # article -> paragraphs -> sentences
        documents = False  # (until the first document mark, articles of 15 sentences)
        sentences = 0
        for line in comments:
            if line.startswith("# newdoc"):
                documents = True
                articles.append([])
            elif line.startswith("# newpar") and articles:
                articles[-1].append([])
            elif line.startswith("# text ="):
                if not articles or (not documents and sentences % SENTENCES_PER_ARTICLE == 0):
                    articles.append([])
                if not paragraphs or not articles[-1]:
                    articles[-1].append([])  # a sentence a line, or the first of the article
                articles[-1][-1].append(line.split("=", 1)[1].strip())
                sentences += 1
        folder = target / conllu.stem
        folder.mkdir(parents=True, exist_ok=True)
        for number, article in enumerate(articles):
            text = "\n\n".join(" ".join(paragraph) for paragraph in article if paragraph)
            if text:
                (folder / f"{number:05d}.txt").write_text(text + "\n", encoding="utf-8")
                written += 1
    return written


def lint(root: Path, select: str) -> list[dict]:
    """The findings of ``newslint --select SELECT ROOT``, one dict per line of its report."""
    command = [os.path.join(os.path.dirname(sys.executable), "newslint"), str(root),
               "--select", select, "--no-cache", "--format", "default"]
    run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    if run.returncode not in (0, 1):
        raise SystemExit(f"newslint exited with {run.returncode}: {run.stderr.strip()[:500]}")
    return [match.groupdict() for match in map(_FINDING.match, run.stdout.splitlines()) if match]


def line_text(path: str, number: int) -> str:
    with open(path, encoding="utf-8", errors="replace") as handle:
        for index, line in enumerate(handle, start=1):
            if index == number:
                return line.strip()
    return ""


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="a folder of clean .txt articles")
    parser.add_argument("--conllu", action="store_true",
                        help="PATH holds Universal Dependencies .conllu files: lint their sentences")
    parser.add_argument("--select", default="NL2,NL3", help="rules to run (default: NL2,NL3)")
    parser.add_argument("--show", action="store_true", help="print each finding and its line")
    args = parser.parse_args(argv)
    if not args.path.is_dir():
        parser.error(f"{args.path}: not a folder")
    if args.conllu:
        with tempfile.TemporaryDirectory(prefix="newslint-conllu-") as folder:
            if not conllu_articles(args.path, Path(folder)):
                parser.error(f"{args.path}: no sentences in any .conllu file")
            return report(Path(folder), args.select, args.show)
    return report(args.path, args.select, args.show)


def report(root: Path, select: str, show: bool) -> int:
    """Lint ``root`` and print the findings per rule (and each one with ``show``)."""
    files, lines = paragraphs(root)
    findings = lint(root, select)
    by_rule: Counter = Counter(finding["code"] for finding in findings)
    files_of: dict[str, set] = defaultdict(set)
    for finding in findings:
        files_of[finding["code"]].add(finding["path"])
    print(f"{files} files, {lines} paragraphs; rules {select}: {len(findings)} findings "
          f"({10000 * len(findings) / max(lines, 1):.1f} per 10,000 paragraphs)")
    for code, count in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {code}  {count:5d} findings in {len(files_of[code]):4d} files "
              f"({10000 * count / max(lines, 1):.2f} per 10,000 paragraphs)")
    if show:
        for finding in findings:
            text = line_text(finding["path"], int(finding["line"]))
            print(f"{finding['path']}:{finding['line']}: {finding['code']} {text[:120]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
