#!/usr/bin/env python3
"""Measure what ``newslint --fix`` does to real scraped text: junk removed, body lost, and whether
each rule's fix is rightly declared safe.

Reads the two labelled development sources beside the repository, ``../shared/eval/dev.jsonl``
and ``../shared/eval/dev-trafilatura.jsonl`` (outside it: like every benchmark, this script is
the only kind of code that reads ``../shared/``; ``--data`` names other copies). Each record is an
extractor's output for a real page, with lines labelled junk or body (see that folder's README).

(a) The fixes of the default rule set are applied to every record exactly as ``--fix`` applies
    them (:func:`newslint.fix.document.fix_document`: passes, re-lint), once with the safe fixes
    and once with the unsafe ones too, and the output is compared with the input:

    - a **junk line is removed** when the line is gone from the output (aligned line by line;
      a line that was only repaired, not removed, does not count);
    - a **body line is lost** when no line of the output keeps at least 80 % of its words (so a
      repeated paragraph's second copy is not lost: the first keeps its words).

(b) Each rule with a fix is scored on each source, from the findings of one lint of the input:

    - a line removal is right on a line labelled junk and wrong on one labelled body (lines with
      other labels are not scored, nor a body line another copy of which the rule keeps: as in
      (a), the body loses nothing; a source labelled from snippets labels every copy); for
      ``duplicate-paragraph`` (NL408, the later copy of a paragraph) the removal is right when the page's ground truth holds the paragraph, fewer
      times than the text does, and wrong when it holds it as often; a paragraph the ground truth
      does not hold is right on a junk line, else unscored;
    - a span repair (entity, tag, shortcode, mojibake, glued sentence) is right when the repaired
      words, with two words of context each side, occur in the page's ground truth, and wrong when
      the unrepaired ones do (else unscored: the ground truth of dev-trafilatura holds only a few
      snippets per page).

Text is compared as a reader sees it: invisible formatting characters (soft hyphens, zero-width
spaces, word joiners, byte-order marks, which the pages and even dev.jsonl's ground truth carry)
are left out of both sides, so that removing them (NL410) neither loses a line nor misses one.

    A rule may be declared safe (``fix = Fixable(..., safe=True)``) only when its precision is at
    least 0.99 on every source where it is scored, and it is scored on at least one: a rule
    declared safe that misses this is flagged.

Usage::

    python benchmarks/fix_quality.py            # both sources, the tables
    python benchmarks/fix_quality.py --check    # exit 1 if a rule declared safe is not, or the
                                                # safe fixes lose more than 0.1 % of body lines
    python benchmarks/fix_quality.py --examples NL205 --kind wrong   # read a rule's mistakes

Targets (issue 11): body lines lost <= 0.1 % on each source; junk lines removed >= 40 % on
dev.jsonl with the safe fixes.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newslint.document import Document  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.fix.document import fix_document  # noqa: E402
from newslint.settings import Settings  # noqa: E402

SHARED = HERE.parent.parent / "shared" / "eval"
DEFAULT_DATA = [SHARED / "dev.jsonl", SHARED / "dev-trafilatura.jsonl"]
SAFE_PRECISION = 0.99
TARGET_LOST, TARGET_REMOVED = 0.001, 0.40
KEEP_SHARE = 0.8
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


#: Characters no reader sees (NL410's): out of every comparison.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_INVISIBLE).lower())


def flat(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_INVISIBLE)).strip().lower()


def kept_by(line_words: list[str], candidates: list[set[str]]) -> bool:
    """Whether one of the candidate lines (as word sets) holds >= 80 % of the line's words."""
    if not line_words:
        return True
    need = KEEP_SHARE * len(line_words)
    return any(sum(word in candidate for word in line_words) >= need for candidate in candidates)


def removed_lines(before: list[str], after: list[str]) -> set[int]:
    """Indexes of the lines of ``before`` that are gone from ``after`` (aligned; a line replaced
    by one that keeps 80 % of its words was repaired, not removed)."""
    gone: set[int] = set()
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or tag == "insert":
            continue
        replacement = [set(words(line)) for line in after[j1:j2]]
        for index in range(i1, i2):
            if tag == "delete" or not kept_by(words(before[index]), replacement):
                gone.add(index)
    return gone


def load(path: Path):
    import json

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


class Scores:
    """Right, wrong and unscored fixes of one rule on one source."""

    def __init__(self) -> None:
        self.right = self.wrong = self.unscored = 0

    @property
    def precision(self) -> float:
        judged = self.right + self.wrong
        return self.right / judged if judged else float("nan")


def judge_edit(text: str, start: int, end: int, replacement: str, clean: str) -> str:
    """``right``, ``wrong`` or ``unscored`` for one span repair, against the ground truth."""
    left = start
    for _ in range(2):  # two words of context before …
        left = text.rfind(" ", 0, max(0, left - 1)) + 1 if left > 0 else 0
    right = end
    for _ in range(2):  # … and after
        found = text.find(" ", right + 1)
        right = len(text) if found == -1 else found
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    left = max(left, line_start)
    right = min(right, len(text) if line_end == -1 else line_end)
    repaired = flat(text[left:start] + replacement + text[end:right])
    original = flat(text[left:right])
    if repaired and repaired in clean:
        return "right"
    if original and original in clean:
        return "wrong"
    return "unscored"


def kept_elsewhere(copies: dict[str, list[int]], text: str, removed: set[int]) -> bool:
    """Whether a copy of a line (``copies``: its flat text's line indexes) is not removed: the
    body loses nothing by the removal, as (a) counts a loss. The page's own headline repeated in
    its list of latest stories is such a copy; a source whose labels come from snippets
    (dev-trafilatura) labels every copy body."""
    return bool(text) and any(other not in removed for other in copies.get(text, ()))


def score_rules(linter: Linter, record: dict, scores: dict, examples: list, wanted: tuple) -> None:
    text = record["text"]
    lines = text.split("\n")
    junk, body = set(record["junk_lines"]), set(record["body_lines"])
    clean = flat(record.get("clean") or "")
    seen = set()
    findings = list(linter.lint(Document(record["id"], text)))
    copies = defaultdict(list)  # flat text -> the lines that read so
    for number, line in enumerate(lines):
        copies[flat(line)].append(number)
    removed = defaultdict(set)  # code -> the lines its fixes remove
    for found in findings:
        rule = linter.plugins.rules.get(found.code)
        if found.fix is not None and rule is not None and rule.fix is not None and \
                rule.fix.how == "remove-line":
            removed[found.code].add(found.line - 1)
    for found in findings:
        rule = linter.plugins.rules.get(found.code)
        if found.fix is None or rule is None or rule.fix is None:
            continue
        index = found.line - 1
        if rule.fix.how == "remove-line":
            if (found.code, index) in seen:
                continue
            seen.add((found.code, index))
            if found.code == "NL408":
                paragraph = flat(lines[index])
                kept = clean.count(paragraph) if paragraph else 0
                if kept:  # the ground truth holds it: right if fewer times than the text
                    verdict = "right" if kept < sum(flat(line) == paragraph for line in lines) else "wrong"
                else:  # it does not (junk, or a sparse ground truth): by the line's label
                    verdict = "right" if index in junk else "unscored"
            elif index in body and kept_elsewhere(copies, flat(lines[index]), removed[found.code]):
                verdict = "unscored"  # another copy of the line stays: nothing of the body is lost
            else:
                verdict = "right" if index in junk else "wrong" if index in body else "unscored"
        else:
            verdicts = [judge_edit(text, edit.start, edit.end, edit.replacement, clean)
                        for edit in found.fix.edits]
            verdict = ("wrong" if "wrong" in verdicts else "right" if "right" in verdicts
                       else "unscored")
        stats = scores[found.code]
        setattr(stats, verdict, getattr(stats, verdict) + 1)
        if wanted and found.code == wanted[0] and wanted[1] in (verdict, "all"):
            examples.append(f"[{verdict}] {record['id']}:{found.line}: {lines[index][:160]!r}")


def measure_fixes(linter: Linter, record: dict, unsafe: bool) -> tuple[int, int, int, int]:
    """(junk lines, junk removed, body lines, body lost) of one record fixed as --fix does."""
    text = record["text"]
    outcome = fix_document(linter, Document(record["id"], text), None, unsafe=unsafe)
    before, after = text.split("\n"), outcome.text.split("\n")
    junk, body = set(record["junk_lines"]), set(record["body_lines"])
    if not outcome.changed:
        return len(junk), 0, len(body), 0
    gone = removed_lines(before, after)
    out_words = [set(words(line)) for line in after]
    lost = sum(1 for index in body if not kept_by(words(before[index]), out_words))
    return len(junk), len(junk & gone), len(body), lost


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="+", default=DEFAULT_DATA,
                        help="labelled JSONL sources (default: both under ../shared/eval)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if a rule declared safe is not, or the safe fixes lose body lines")
    parser.add_argument("--examples", metavar="CODE", help="print this rule's scored fixes")
    parser.add_argument("--kind", choices=("right", "wrong", "unscored", "all"), default="wrong")
    parser.add_argument("--limit", type=int, default=0, help="records per source (0: all)")
    args = parser.parse_args(argv)
    missing = [str(path) for path in args.data if not path.exists()]
    if missing:
        print(f"no data at {', '.join(missing)}: pass --data PATH ...", file=sys.stderr)
        return 2
    print(f"reading {', '.join(str(path) for path in args.data)}")

    linter = Linter(Settings())
    declared = {code: rule.fix for code, rule in linter.plugins.rules.items()
                if rule.fix is not None and code in {r.code for r in linter.rules}}
    names = {code: rule.name for code, rule in linter.plugins.rules.items()}
    per_source: dict[str, dict] = {}
    examples: list[str] = []
    wanted = (args.examples, args.kind) if args.examples else ()
    for path in args.data:
        scores: dict[str, Scores] = defaultdict(Scores)
        totals = {"safe": [0, 0, 0, 0], "all": [0, 0, 0, 0]}
        for number, record in enumerate(load(path)):
            if args.limit and number >= args.limit:
                break
            score_rules(linter, record, scores, examples, wanted)
            if wanted:
                continue
            for mode, unsafe in (("safe", False), ("all", True)):
                for position, value in enumerate(measure_fixes(linter, record, unsafe)):
                    totals[mode][position] += value
        per_source[path.name] = {"scores": scores, "totals": totals}
    if wanted:
        print("\n".join(examples))
        return 0

    failures: list[str] = []
    print()
    print("(a) fixes applied as --fix applies them (default rules)")
    print(f"{'source':<24} {'fixes':<14} {'junk removed':>18} {'body lost':>18}")
    for source, data in per_source.items():
        for mode, label in (("safe", "safe"), ("all", "safe + unsafe")):
            junk, removed, body, lost = data["totals"][mode]
            print(f"{source:<24} {label:<14} {removed:>6} / {junk:<5} {removed / max(junk, 1):>5.1%} "
                  f"{lost:>6} / {body:<5} {lost / max(body, 1):>5.2%}")
            if mode == "safe" and lost > TARGET_LOST * body:
                failures.append(f"{source}: safe fixes lose {lost} of {body} body lines "
                                f"(> {TARGET_LOST:.1%})")
    first = next(iter(per_source.values()))["totals"]["safe"]
    removed_share = first[1] / max(first[0], 1)
    print(f"targets: body lost <= {TARGET_LOST:.1%} on each source"
          f" ({'met' if not failures else 'NOT met'}); junk removed >= {TARGET_REMOVED:.0%} on "
          f"{next(iter(per_source))} with safe fixes ({removed_share:.1%}: "
          f"{'met' if removed_share >= TARGET_REMOVED else 'NOT met'})")

    print()
    print("(b) each fixable rule: fixes right / wrong (unscored) per source; precision")
    sources = list(per_source)
    header = "".join(f" {source[:22]:>30}" for source in sources)
    print(f"{'code':<6} {'name':<24} {'declared':<8}{header}  verdict")
    for code in sorted(declared):
        fix = declared[code]
        cells, measured, low = [], False, []
        for source in sources:
            stats = per_source[source]["scores"][code]
            precision = stats.precision
            if stats.right + stats.wrong:
                measured = True
                if precision < SAFE_PRECISION:
                    low.append(f"{precision:.3f} on {source}")
            text = f"{stats.right}/{stats.wrong} ({stats.unscored}) " + (
                f"{precision:.3f}" if stats.right + stats.wrong else "  n/a")
            cells.append(f" {text:>30}")
        could_be_safe = measured and not low
        if fix.safe and not could_be_safe:
            verdict = "declared safe, but " + ("; ".join(low) if low else "never scored")
            failures.append(f"{code} {verdict}")
        elif fix.safe:
            verdict = "safe: ok"
        else:
            verdict = "unsafe" + (" (could be safe)" if could_be_safe else
                                  f" ({'; '.join(low)})" if low else " (never scored)")
        print(f"{code:<6} {names[code]:<24} {'safe' if fix.safe else 'unsafe':<8}{''.join(cells)}  {verdict}")
    print()
    if failures:
        print("failures: " + "; ".join(failures))
    else:
        print(f"every rule declared safe is at >= {SAFE_PRECISION} on every source where it is "
              f"scored; safe fixes lose <= {TARGET_LOST:.1%} of body lines")
    return 1 if args.check and failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
