#!/usr/bin/env python3
"""Measure newslint's per-document language detector against the labels of both dev sources.

Reads ``../shared/eval/dev.jsonl`` and ``../shared/eval/dev-trafilatura.jsonl`` beside the
repository (the only kind of code that reads ``../shared/``). ``dev.jsonl`` labels each record
``en`` or ``non-en?`` (``lang_hint``); ``dev-trafilatura.jsonl`` gives a language (``lang``:
``de``, ``en``, ``es``, ``fr``, ``it``, ``pt`` or ``other``). Both labels are themselves guesses
by their makers, so a disagreement is printed for reading (``--show``), not assumed an error.

    python benchmarks/language.py            # agreement and confusion per source, docs/s
    python benchmarks/language.py --show 20  # the first disagreements of each source
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newslint.language import detect  # noqa: E402

SHARED_EVAL = HERE.parent.parent / "shared" / "eval"


def label(record: dict) -> str:
    if "lang" in record:
        return record["lang"]
    return "en" if record.get("lang_hint") == "en" else "other"


def comparable(found: str) -> str:
    """Our answer in the label's vocabulary: the label sets have no code for other languages."""
    return found if found in ("de", "en", "es", "fr", "it", "pt") else "other"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    for name in ("dev.jsonl", "dev-trafilatura.jsonl"):
        path = SHARED_EVAL / name
        records = [json.loads(line) for line in open(path, encoding="utf-8")]
        started = time.perf_counter()
        found = [detect(record["text"]) for record in records]
        seconds = time.perf_counter() - started
        pairs = Counter((label(r), comparable(f)) for r, f in zip(records, found))
        agree = sum(n for (want, got), n in pairs.items() if want == got)
        print(f"{name}: {len(records)} records, agreement with the labels {agree / len(records):.3f} "
              f"({len(records) / seconds:.0f} docs/s, "
              f"{sum(len(r['text']) for r in records) / seconds / 1e6:.1f} MB/s of text)")
        for want in sorted({w for w, _ in pairs}):
            row = {got: n for (w, got), n in pairs.items() if w == want}
            print(f"  label {want:<6} -> " + ", ".join(f"{got} {n}" for got, n in
                                                     sorted(row.items(), key=lambda i: -i[1])))
        shown = 0
        for record, got in zip(records, found):
            if shown >= args.show:
                break
            if comparable(got) != label(record):
                shown += 1
                print(f"    {record['id']}: label {label(record)}, found {got}: "
                      f"{record['text'][:100]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
