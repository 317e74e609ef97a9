"""Every finding on both development sources, with and without the scan accelerator: identical?

Reads ``../shared/eval/dev.jsonl`` and ``../shared/eval/dev-trafilatura.jsonl`` (outside the
repository), lints every record with every default rule twice — the exact scan alone, then with the
Hyperscan accelerator (the ``fast`` extra) — and compares the findings record by record. Prints
the counts, the first differences if any, and the time each way; exits 1 on any difference.

    .venv/bin/python benchmarks/scan_identity.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO.parent / "shared" / "eval" / name for name in ("dev.jsonl", "dev-trafilatura.jsonl")]


def main() -> int:
    sys.path.insert(0, str(REPO))
    from newslint.config import load_settings
    from newslint.engine import Linter
    from newslint.readers.records import read_records
    from newslint.scan import accelerator_available

    if not accelerator_available():
        sys.exit("scan_identity: the accelerator is not installed (pip install '.[fast]')")
    settings = load_settings(isolated=True)
    exact = Linter(settings, accelerate=False)
    accelerated = Linter(settings, exact.plugins, accelerate=True)
    differences = 0
    for source in SOURCES:
        if not source.is_file():
            sys.exit(f"scan_identity: {source} not found (this benchmark reads ../shared/eval/)")
        documents = list(read_records(str(source), source.name))
        found = []
        for linter in (exact, accelerated):
            started = time.process_time()
            found.append([linter.lint(document) for document in documents])
            found.append(time.process_time() - started)
        (plain, plain_cpu, fast, fast_cpu) = found
        differ = [(document.record, a, b) for document, a, b in zip(documents, plain, fast) if a != b]
        differences += len(differ)
        print(f"{source.name}: {len(documents)} records, {sum(map(len, plain))} findings; "
              f"{len(differ)} records differ; CPU {plain_cpu:.1f} s exact, {fast_cpu:.1f} s "
              f"accelerated ({accelerated.scanner.accelerated} of {len(accelerated.scanner.branches)} "
              f"branches in the accelerator)")
        for record, a, b in differ[:5]:
            print(f"  record {record}:\n    exact:       {a}\n    accelerated: {b}")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
