"""A fuzzing target for newslint: bytes in, a document read and linted by every built-in rule.

The invariants checked on every input are those of ``tests/test_properties.py``: reading never
raises, no rule crashes (``NL901``), hangs (``NL902``) or reports a span outside the text
(``NL903``), every finding lies inside the text, and linting twice gives the same findings. A
broken invariant raises, which the fuzzer reports with the input that caused it.

Run it with atheris (``pip install atheris``; coverage-guided, libFuzzer options apply). libFuzzer
adds the inputs it finds to the first folder it is given, so give it a scratch folder first and
the seed corpus second::

    mkdir -p fuzz/work && python fuzz/fuzz_lint.py fuzz/work fuzz/corpus -max_total_time=300
    python fuzz/fuzz_lint.py crash-1234abcd                       # replay one input

Without atheris, ``python fuzz/fuzz_lint.py --random SECONDS [SEED]`` feeds random mutations of
the corpus for a bounded time (what CI can run when atheris is not installed); the hypothesis
test ``test_the_fuzz_target_holds_on_any_bytes`` also calls :func:`check_one_input`.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path
from typing import Optional

_LINTER = None
CORPUS = Path(__file__).resolve().parent / "corpus"


def _linter():
    global _LINTER
    if _LINTER is None:
        from newslint.engine import Linter
        from newslint.plugins import load_plugins
        from newslint.settings import Settings

        settings = Settings(select=["ALL"], rule_timeout=20.0, autoload_plugins=False)
        _LINTER = Linter(settings, load_plugins(autoload=False))
    return _LINTER


def check_one_input(data: bytes) -> None:
    """Read ``data`` as a text file and lint it; raise ``AssertionError`` on a broken invariant."""
    from newslint.document import Document
    from newslint.readers.text import decode_document

    document = decode_document(data, "fuzz.txt")
    assert "\r" not in document.text
    linter = _linter()
    found = linter.lint(document)
    lines = document.text.split("\n")
    for violation in found:
        assert violation.code not in ("NL901", "NL902", "NL903"), violation.message
        assert 1 <= violation.line <= violation.end_line <= len(lines), violation
        assert 1 <= violation.col <= len(lines[violation.line - 1]) + 1, violation
        assert 1 <= violation.end_col <= len(lines[violation.end_line - 1]) + 1, violation
        assert "\n" not in violation.message, violation
    if document.readable:
        again = linter.lint(Document("fuzz.txt", document.text, problems=list(document.problems)))
        assert again == found, "linting is not deterministic"


def _mutate(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        position = rng.randint(0, len(buffer))
        if choice < 0.3 and buffer:
            del buffer[position:position + rng.randint(1, 16)]
        elif choice < 0.6:
            buffer[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif choice < 0.8:
            other = rng.choice(_corpus()) if _corpus() else b""
            start = rng.randint(0, len(other))
            buffer[position:position] = other[start:start + rng.randint(1, 200)]
        else:
            buffer[position:position] = rng.choice([b"\r\n", b"\r", b"\n\n", b"\xef\xbb\xbf", b"\xff",
                                                    b"By ", b"(Reuters) -", b"See also ", b" " * 50])
    return bytes(buffer)


_CORPUS_CACHE: Optional[list[bytes]] = None


def _corpus() -> list[bytes]:
    global _CORPUS_CACHE
    if _CORPUS_CACHE is None:
        _CORPUS_CACHE = [path.read_bytes() for path in sorted(CORPUS.glob("*")) if path.is_file()]
    return _CORPUS_CACHE


def random_run(seconds: float, seed: int = 0) -> int:
    """Feed random mutations of the corpus for ``seconds``; return the number of inputs tried."""
    rng = random.Random(seed)
    seeds = _corpus() or [b""]
    count = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        data = _mutate(rng.choice(seeds), rng)
        try:
            check_one_input(data)
        except AssertionError:
            name = f"crash-random-{seed}-{count}"
            Path(name).write_bytes(data)
            print(f"invariant broken; input written to {name}", file=sys.stderr)
            raise
        count += 1
    return count


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[1] == "--random":
        seconds = float(argv[2]) if len(argv) > 2 else 60.0
        seed = int(argv[3]) if len(argv) > 3 else int(os.environ.get("FUZZ_SEED", "0"))
        count = random_run(seconds, seed)
        print(f"fuzz_lint: {count} random inputs, no invariant broken")
        return 0
    import atheris

    with atheris.instrument_imports():
        import newslint.article  # noqa: F401 - instrumented for coverage guidance
        import newslint.readers.text  # noqa: F401
        import newslint.rules  # noqa: F401
    _linter()
    atheris.Setup(argv, check_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
