"""What declarative rules cost: their scan time next to the built-in rules', on real text.

Reads ``../shared/eval/dev.jsonl`` and ``../shared/eval/dev-trafilatura.jsonl`` (real scraped text,
outside the repository). A set of house rules of the kinds newsrooms write (wire footers, desk
notes, labels in the headline, a byline or sign-off check, a multi-line block) is declared as
``custom-rules`` tables, checked and built exactly as a configuration file's are; then, in this
process, CPU time is measured for:

- every default built-in rule, alone (the baseline run);
- the same with the house rules added (what they cost together, and per rule);
- each house rule alone, with its trigger mode: its own pattern (the trigger scan), its needles
  (a pattern the scan may not run as written), or every line;
- ``newslint test-rules`` over the built-in catalogue (every example of every rule).

Best of ``--repeat`` runs, CPU seconds (``time.process_time``), since the machine is shared.

    .venv/bin/python benchmarks/custom_rules.py
    .venv/bin/python benchmarks/custom_rules.py --repeat 5
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SOURCES = [REPO.parent / "shared" / "eval" / name for name in ("dev.jsonl", "dev-trafilatura.jsonl")]
sys.path.insert(0, str(REPO))

from newslint.custom_rules import line_trigger, read_rule_tables  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.plugins import load_plugins  # noqa: E402
from newslint.settings import Settings  # noqa: E402

#: House rules as a newsroom would write them (pyproject.toml, [tool.newslint.custom-rules.*]).
HOUSE_RULES = {
    "trust-principles": {"code": "HX101", "summary": "Reuters standards footer",
                         "pattern": r"^Our Standards: The Thomson Reuters Trust Principles\.?$"},
    "desk-note": {"code": "HX102", "summary": "A note to the desk",
                  "pattern": r"^(?:NOTE TO (?:DESK|EDITORS)|EDITOR'?S NOTE)\b"},
    "click-to-read": {"code": "HX103", "summary": "A click-to-read prompt",
                      "pattern": r"(?i)\bclick here to (?:read|see|watch)\b"},
    "ap-copyright": {"code": "HX104", "summary": "AP's licence notice",
                     "pattern": r"^Copyright \d{4} The Associated Press\. All rights reserved\."},
    "getty-after-caption": {"code": "HX105", "summary": "A Getty credit glued after a caption",
                            "pattern": r"(?<=[a-z.])(?:Getty Images|AFP via Getty Images)$"},
    "headline-wire-label": {"code": "HX106", "summary": "A wire label in the headline", "scope": "headline",
                       "pattern": r"^(?:UPDATE \d+|BREAKING|EXCLUSIVE)[:-]"},
    "staff-byline": {"code": "HX107", "summary": "A byline crediting staff", "scope": "byline",
                     "pattern": r"\b[Ss]taff\b"},
    "editing-credit": {"code": "HX108", "summary": "An editing credit in the sign-off",
                       "scope": "sign-off", "pattern": r"Editing by [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+"},
    "share-block": {"code": "HX109", "summary": "A share block", "scope": "text",
                    "pattern": r"^Share(?: this)?\n+^(?:Tweet|Facebook)$"},
    "long-capitals": {"code": "HX110", "summary": "A line of capitals and spaces",
                      "pattern": r"^(?:[A-Z]+ ?)+$"},
}


def texts() -> list[str]:
    found = []
    for source in SOURCES:
        with open(source, encoding="utf-8") as handle:
            found += [json.loads(line)["text"] for line in handle if line.strip()]
    return found


def linter(specs: list, select) -> Linter:
    """The engine as a run with these declarative rules in its configuration builds it."""
    return Linter(Settings(select=select), load_plugins(autoload=False, custom_rules=specs))


def cpu(engine: Linter, documents: list[Document], repeat: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(repeat):
        start = time.process_time()
        count = sum(len(engine.lint(document)) for document in documents)
        best = min(best, time.process_time() - start)
    return best, count


def trigger_mode(rule: type) -> str:
    if getattr(rule, "kind", "") != "line":
        return f"{rule.spec.scope} (article part)"
    trigger = line_trigger(rule.spec.pattern)
    if trigger == rule.spec.pattern:
        return "line: its own pattern"
    return "line: every line" if trigger == r"\S" else f"line: needles {trigger!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    documents = [Document(f"doc{number}.txt", text) for number, text in enumerate(texts())]
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    specs = read_rule_tables(HOUSE_RULES, Path("pyproject.toml"), "tool.newslint.custom-rules")
    print(f"{len(documents)} documents, {megabytes:.1f} MB (dev.jsonl + dev-trafilatura.jsonl); "
          f"best of {args.repeat}, CPU seconds")

    builtin = linter([], None)
    base, base_found = cpu(builtin, documents, args.repeat)
    print(f"built-in rules ({len(builtin.rules)}):            {base:6.2f} s  "
          f"{megabytes / base:5.1f} MB/s  {base_found} findings")
    both = linter(specs, [*(rule.code for rule in builtin.rules), "HX"])
    house = [rule for rule in both.plugins.rules.values() if rule.plugin == "custom-rules"]
    total, total_found = cpu(both, documents, args.repeat)
    added = total - base
    print(f"+ {len(house)} house rules:                   {total:6.2f} s  "
          f"{megabytes / total:5.1f} MB/s  {total_found} findings  "
          f"(+{added:.2f} s, {1000 * added / len(house) / megabytes:.1f} ms/MB per house rule; "
          f"built-in: {1000 * base / len(builtin.rules) / megabytes:.1f} ms/MB per rule)")
    print("each house rule alone:")
    for rule in house:
        alone, found = cpu(linter(specs, [rule.code]), documents, args.repeat)
        print(f"  {rule.code} {rule.name:<20} {1000 * alone / megabytes:6.1f} ms/MB  "
              f"{found:4} findings  {trigger_mode(rule)}")

    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "newslint", "test-rules", "--isolated",
                             "--disable-plugin-autoload", "--require-examples"],
                            cwd=REPO, capture_output=True, text=True)
    print(f"newslint test-rules (built-ins): {time.perf_counter() - start:.2f} s wall, exit "
          f"{result.returncode}: {result.stdout.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
