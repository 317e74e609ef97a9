"""The founding seed: ``newslint seeds/`` prints exactly the expected findings, and nothing in the
plain article paragraphs."""

from __future__ import annotations

import re

from conftest import REPO, run_newslint

SEED = "seeds/000_c63b3b5783eb788a.txt"
EXPECTED = REPO / "seeds" / "newslint-seeds.expected"

#: What a careful editor flags in the seed (seeds/README.md): line → why.
MUST_FLAG = {1: "Source: label in the headline", 3: "orphaned caption and credit",
             5: "byline spelling", 43: "sign-off spelling", 7: "outlet credit (Guardian)",
             13: "outlet credit (New York Times)", 23: "See also", 41: "See also",
             45: "comment form", 47: "comment form"}
#: Lines that may be flagged besides: line 7 also holds the spinner's fragment.
MAY_FLAG = {7}


def test_seed_output_is_exactly_the_expected_file():
    result = run_newslint(["seeds/"])
    assert result.stderr == ""
    assert result.returncode == 1
    assert result.stdout == EXPECTED.read_text(encoding="utf-8")


def test_expected_file_flags_every_editorial_problem_and_no_plain_paragraph():
    flagged: dict[int, list[str]] = {}
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        match = re.match(rf"^{re.escape(SEED)}:(\d+):(\d+): (NL\d{{3}}) ", line)
        assert match, f"not a flake8-shaped finding: {line!r}"
        flagged.setdefault(int(match.group(1)), []).append(match.group(3))
    missing = {line: why for line, why in MUST_FLAG.items() if line not in flagged}
    assert not missing, f"seed problems not flagged: {missing}"
    extra = set(flagged) - set(MUST_FLAG) - MAY_FLAG
    assert not extra, f"plain article lines flagged: {sorted(extra)}"


def test_seed_findings_come_from_the_right_families():
    text = EXPECTED.read_text(encoding="utf-8")
    codes = {int(m.group(1)): m.group(2) for m in re.finditer(r":(\d+):\d+: (NL\d)\d\d", text)}
    assert codes[23] == codes[41] == "NL2"  # injected links
    assert codes[3] == "NL2"  # caption and photo credit
    assert codes[45] == codes[47] == "NL3"  # page boilerplate
    assert codes[5] == codes[43] == codes[13] == codes[1] == "NL1"  # credits and headline
