"""The trigger scan: split at top-level '|', line-start branches searched as '\\n…', needles,
case folding, shared branches, and the accelerator.

None of it may change which lines a rule is offered: checked for every built-in line rule on real
texts (the seed and the rule fixtures) and for generated triggers and texts, each both ways:
with the accelerator (when installed: the ``fast`` extra, in the ``test`` extra) and without."""

from __future__ import annotations

import bisect
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import REPO
from newslint.document import Document
from newslint.plugins import load_plugins
from newslint.scan import Scanner, accelerator_available
from newslint.scan.casefold import CATEGORY_CHANGING, case_folded, fold
from newslint.scan.exact import ScanText
from newslint.scan.needles import needles
from newslint.scan.triggers import compile_trigger, split_alternation

#: The two ways every scan check runs: the exact scan alone, and with the accelerator.
WAYS = [pytest.param(False, id="exact"),
        pytest.param(True, id="accelerated", marks=pytest.mark.skipif(
            not accelerator_available(), reason="the scan accelerator is not installed"))]


@pytest.mark.parametrize("pattern, branches", [
    (r"a|b", ["a", "b"]),
    (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),
    (r"[|]x|y", ["[|]x", "y"]),
    (r"[]|]x|y", ["[]|]x", "y"]),
    (r"[^]|]x|y", ["[^]|]x", "y"]),
    (r"\|x|y", [r"\|x", "y"]),
    (r"(?i)a|b", ["(?i)a|b"]),          # a global flag belongs to every branch: kept whole
    (r"a||b", ["a||b"]),                # an empty branch matches everywhere: kept whole
    (r"^(?i:see also)|\[VIDEO\]", ["^(?i:see also)", r"\[VIDEO\]"]),
])
def test_split_alternation(pattern, branches):
    assert split_alternation(pattern) == branches


_SCANNERS: dict[tuple, Scanner] = {}


def scanner(triggers: tuple[str, ...], accelerate: bool) -> Scanner:
    key = (triggers, accelerate)
    if key not in _SCANNERS:
        _SCANNERS[key] = Scanner(list(triggers), accelerate)
    return _SCANNERS[key]


def _lines_split(pattern: str, text: str, accelerate: bool = False) -> set[int]:
    """The lines the engine offers a rule with trigger ``pattern`` (split, needles, folding)."""
    scan = scanner((pattern,), accelerate).scan(text, Document("t.txt", text).line_starts)
    return set(scan.lines(0))


def _whole(pattern: str, text: str) -> set[int]:
    """The lines where the whole pattern has a match starting, searched line after line as the
    engine did before the split."""
    whole = set()
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    compiled = re.compile(pattern, re.M)
    position = 0
    while position <= len(text) and (match := compiled.search(text, position)) is not None:
        index = bisect.bisect_right(starts, match.start()) - 1
        whole.add(index)
        if index + 1 >= len(starts):
            break
        position = starts[index + 1]
    return whole


TEXTS = [(REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8")] + [
    path.read_text(encoding="utf-8") for path in sorted((REPO / "tests" / "fixtures" / "rules").rglob("*.txt"))]
LINE_RULES = [rule for rule in load_plugins(autoload=False).rules.values() if rule.kind == "line"]


@pytest.mark.parametrize("accelerate", WAYS)
@pytest.mark.parametrize("rule", LINE_RULES, ids=[rule.code for rule in LINE_RULES])
def test_split_triggers_offer_the_same_lines_as_the_whole_pattern(rule, accelerate):
    for text in TEXTS:
        assert _lines_split(rule.trigger, text, accelerate) == _whole(rule.trigger, text), rule.code


# -- needles: a branch is skipped only when it cannot match ---------------------------------------

BRANCHES = [(rule.code, branch) for rule in LINE_RULES for branch in compile_trigger(rule.trigger)]


@pytest.mark.parametrize("pattern, expected", [
    (r"ollow on [Tt]witter", (("ollow on ",), False)),   # one needle beats two longer ones
    (r"(?i)\nREAD (?:more|also)\b:?", (("\nread ",), True)),   # folded
    (r"ights [Rr]eserved", (("eserved",), False)),     # one needle beats two longer ones
    (r"(?:\.\.\.|…)[ \t]*(?:\n|\Z)", (("...", "…"), False)),
    (r"day,[ \t](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", (("day,",), False)),
    (r"[A-Z,](?:(?<=[a-z][A-Z])[a-z]|(?<=[A-Za-z0-9],)[A-Za-z])", None),  # nothing literal
    (r"a|bc", None),                                    # too common to be worth a look
    (r"x*", None),
])
def test_needles(pattern, expected):
    assert needles(pattern, re.M) == expected


@pytest.mark.parametrize("code, branch", [pytest.param(code, branch, id=f"{code}-{i}")
                                          for i, (code, branch) in enumerate(BRANCHES)
                                          if branch.needles])
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_of_a_branch_holds_one_of_its_needles(code, branch, data):
    try:
        text = data.draw(st.from_regex(branch.pattern, fullmatch=True))
    except Exception:  # noqa: BLE001 - a construct hypothesis cannot generate (lookbehind)
        pytest.skip("hypothesis cannot generate this branch")
    match = branch.pattern.search(text)
    assert match is not None
    seen = fold(match.group()) if branch.folded else match.group()
    assert any(needle in seen for needle in branch.needles), (code, match.group(), branch.needles)


def test_fold_is_re_ignorecase_for_ascii_letters_and_keeps_every_length():
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    folded = fold(everything)
    assert len(folded) == len(everything)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = {match.start() for match in re.finditer(f"(?i){letter}", everything)}
        folded_to = {match.start() for match in re.finditer(letter, folded)}
        assert matched == folded_to, (letter, {everything[i] for i in matched ^ folded_to})
    # \w, \d, \s (and so \b) must mean the same on the folded text: case-folded branches use
    # them. The one exception is known, and texts holding it are searched unfolded.
    assert CATEGORY_CHANGING == {"\u0345"}
    for category in (r"\w", r"\d", r"\s"):
        differ = {everything[i] for i in {m.start() for m in re.finditer(category, everything)}
                  ^ {m.start() for m in re.finditer(category, folded)}}
        assert differ <= CATEGORY_CHANGING, category
    assert not ScanText("Related\n\u0345\n", [0, 8, 10]).folding_aligned
    assert ScanText("Related\nİſ\n", [0, 8, 11]).folding_aligned


TRICKY = ["İ", "ı", "ſ", "K", "ẞ", "ß", "Σ", "ς", "σ", "µ", "Å", "ﬅ", "ǅ", "\u0345", "\n", " ",
          "RELATED", "Related", "rElAtEd", "MORE ", "Read ", "see also", "(Photo", "• ", "of", "/"]


@pytest.mark.parametrize("code, branch", [pytest.param(code, branch, id=f"{code}-{i}")
                                          for i, (code, branch) in enumerate(BRANCHES)
                                          if branch.on_folded is not None])
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_case_folded_branch_matches_the_folded_text_where_the_original_matches(code, branch,
                                                                                   data):
    pieces = st.one_of(st.sampled_from(TRICKY), st.text(max_size=6),
                       st.from_regex(branch.pattern, fullmatch=True))
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    # As the engine searches: the folded copy has a newline in front; a branch that is not
    # newline-led searches it from index 1.
    padded = "\n" + text
    folded = fold(padded)
    assert len(folded) == len(padded)
    shift = 0 if branch.newline_led else 1
    original = [m.start() for m in branch.pattern.finditer(padded if branch.newline_led else text)]
    rewritten = [m.start() - shift for m in branch.on_folded.finditer(folded, shift)]
    assert original == rewritten, (code, text)


@pytest.mark.parametrize("pattern", [
    r"[A-Z][a-z]+",                 # cased characters outside a case-insensitive part
    r"(?i:caf\u00e9)",              # a non-ASCII cased literal
    r"(?i:[a-f]x)",                 # a range of cased characters
    r"(?i:(a)\1)",                  # a backreference
    r"\n[ \t]*see",                 # no case-insensitive part: nothing to gain
    r"(?ai)see",                    # re.ASCII folds only ASCII letters ("ſ" is no "s")
    r"(?a:(?i:see))",
])
def test_branches_that_would_change_meaning_on_folded_text_keep_the_original(pattern):
    assert case_folded(pattern, re.M) is None


@pytest.mark.parametrize("accelerate", WAYS)
@pytest.mark.parametrize("pattern", [r"(?ai)kelvin", r"(?a:(?i:sk))x", r"(?i)kelvin", r"(?i:sk)x"])
@pytest.mark.parametrize("text", ["kelvın", "\u212aelvin", "ſKx", "skx", "KELVIN SKX"])
def test_a_pattern_that_folds_ascii_only_offers_what_re_finds(accelerate, pattern, text):
    """A plugin's trigger may fold case for ASCII letters only (``re.ASCII``): neither the folded
    copy of the text nor the accelerator's spelled-out letters may offer more than ``re`` finds."""
    assert _lines_split(pattern, text, accelerate) == _whole(pattern, text)


@pytest.mark.parametrize("pattern", [r"\A(?i:see)", r"(?<=\d)(?i:see)", r"(?<!\n)(?i:see)"])
def test_what_looks_before_the_text_is_not_searched_in_the_padded_folded_copy(pattern):
    assert case_folded(pattern, re.M) is not None
    assert case_folded(pattern, re.M, padded=True) is None


def _searches(scanner: Scanner, number: int) -> list:
    """The calls ``re`` gets for branch ``number`` from now on."""
    calls: list = []
    search, match = scanner.steps[number][0], scanner.steps[number][5]
    scanner.steps[number] = (lambda *args: calls.append(args) or search(*args),
                             *scanner.steps[number][1:5],
                             lambda *args: calls.append(args) or match(*args))
    return calls


@pytest.mark.parametrize("accelerate", WAYS)
def test_a_branch_two_rules_share_is_searched_once_per_text(accelerate):
    # (``\b``: the accelerator's rewrite drops it, so re confirms the lines: see the next test)
    shared = Scanner([r"^see also\b|^foo", r"^bar|^see also\b"], accelerate)
    assert len(shared.branches) == 3
    number = shared.triggers[0][0]
    assert number == shared.triggers[1][1] and shared.shared == [True, False, False]
    calls = _searches(shared, number)
    text = "x\nsee also: y\n"
    scan = shared.scan(text, Document("t.txt", text).line_starts)
    assert scan.lines(0) == [1]
    searched = len(calls)
    assert searched and scan.lines(1) == [1] and len(calls) == searched  # not searched again


@pytest.mark.skipif(not accelerator_available(), reason="the scan accelerator is not installed")
def test_a_branch_the_accelerator_finds_exactly_is_not_searched_by_re():
    scanner = Scanner([r"^see also|^foo", r"^bar|(?i:kelvin)[ \t]*$"], accelerate=True)
    numbers = [*scanner.triggers[0], *scanner.triggers[1]]
    assert set(numbers) <= scanner.exact
    calls = [_searches(scanner, number) for number in numbers]
    text = "x\nsee also: y\nfoo\nbar KELVIN \nkelvin x\n"
    scan = scanner.scan(text, Document("t.txt", text).line_starts)
    assert (scan.lines(0), scan.lines(1)) == ([1, 2], [3])
    assert not any(calls)


# -- any trigger a plugin author may write ----------------------------------------------------------

_ATOMS = st.sampled_from([
    "a", "b", "Ab", "see", "SEE", "ı", "İ", "ſ", "K", "σ", "é", "x y", r"\.", r"\n", " ", "-", "•",
    "[ab]", "[A-Z]", "[^a]", "[0-9]", r"\w", r"\W", r"\d", r"\s", ".", r"\b", "^", "$", r"\A", r"\Z",
    "(?=a)", "(?<=a)", "(?<!b)", "(?!x)",
])


def _patterns() -> st.SearchStrategy:
    def extend(inner):
        return st.one_of(
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, inner).map(lambda p: f"{p[0]}|{p[1]}"),
            inner.map(lambda p: f"(?:{p})"),
            inner.map(lambda p: f"(?i:{p})"),
            inner.map(lambda p: f"({p})"),
            st.tuples(inner, st.sampled_from(["*", "+", "?", "{2}", "{0,3}", "*?"])).map(
                lambda p: f"(?:{p[0]}){p[1]}"),
        )
    return st.recursive(_ATOMS, extend, max_leaves=8)


_TEXT = st.lists(st.sampled_from(["a", "b", "A", "B", "see", "SEE", "Se", "ı", "İ", "ſ", "K", "k",
                                  "σ", "ς", "Σ", "é", "É", " ", "\n", "-", "•", ".", "x y", "0", "7",
                                  "\u0345", "\t"]), max_size=30).map("".join)


@pytest.mark.parametrize("accelerate", WAYS)
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(pattern=_patterns(), text=_TEXT)
def test_any_trigger_offers_the_lines_its_whole_pattern_matches(accelerate, pattern, text):
    try:
        re.compile(pattern, re.M)
    except re.error:
        return  # not a valid trigger (a lookbehind of variable width, say)
    assert _lines_split(pattern, text, accelerate) == _whole(pattern, text), (pattern, text)
