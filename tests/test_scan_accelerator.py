"""The scan accelerator: its rewrite of a branch is never narrower than ``re``'s reading of it,
and the lines a rule is offered are the same with and without it, on real and generated text
(long runs of blanks before a line-start branch, for the Vectorscan 5.4.12 bug; Unicode classes
and case folding as Python sees them; lone surrogates; triggers it cannot take)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import REPO
from newslint import store as store_module
from newslint.document import Document
from newslint.engine import Linter
from newslint.plugins import load_plugins
from newslint.scan import Scanner, accelerator as accelerator_module, accelerator_available
from newslint.scan import translate as translate_module
from newslint.scan._sre import sre_parse
from newslint.scan.translate import Untranslatable, translate
from newslint.settings import Settings

needs_accelerator = pytest.mark.skipif(not accelerator_available(),
                                       reason="the scan accelerator is not installed")

#: Every character a Python ``str`` can hold, but the surrogates.
EVERYTHING = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)


def _members(ranges) -> set[str]:
    return {chr(code) for low, high in ranges for code in range(low, high + 1)
            if not 0xD800 <= code <= 0xDFFF}


def test_the_extra_case_folds_are_those_re_ignorecase_makes():
    for letter in "abcdefghijklmnopqrstuvwxyz" "éÉßẞęíçñøæœıİſµΩΣςÿǅ":
        equal = {match.group() for match in re.finditer(f"(?i){re.escape(letter)}", EVERYTHING)}
        assert _members(translate_module._literal(ord(letter), True)) == equal, letter


@pytest.mark.parametrize("category, pattern", [
    (sre_parse.CATEGORY_WORD, r"\w"), (sre_parse.CATEGORY_DIGIT, r"\d"),
    (sre_parse.CATEGORY_SPACE, r"\s"), (sre_parse.CATEGORY_NOT_WORD, r"\W"),
    (sre_parse.CATEGORY_NOT_DIGIT, r"\D"), (sre_parse.CATEGORY_NOT_SPACE, r"\S"),
])
def test_classes_are_spelled_out_around_what_python_means(category, pattern):
    python = set(re.findall(pattern, EVERYTHING))
    assert python <= _members(translate_module._category(category, subset=False))
    assert _members(translate_module._category(category, subset=True)) <= python


@pytest.mark.parametrize("pattern, flags, newline_led, expression, line_local, exact", [
    ("\nsee also", re.M, True, "\\nsee\\x{20}also", True, True),
    (r"(?i:ki)", re.M, False, "(?:[Kk\\x{212a}][Ii\\x{130}-\\x{131}])", True, True),
    (r"foo\s+bar", re.M, False, "foo(?:[\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{80}-\\x{d7ff}\\x{e000}-\\x{10ffff}])+bar",
     False, False),
    (r"\bword(?=s)\b$", re.M, False, "word$", True, False),
    (r"\bword(?=s)\b", re.M, False, "word", True, False),
    (r"[.(v}](?:(?<=window\.)|(?<=v)ar)", re.M, False, "(?:window\\x{2e}|var)", True, False),
    (r"[A-Z,](?:(?<=[a-z][A-Z])[a-z]|(?<=[A-Za-z0-9],)[A-Za-z])", re.M, False,
     "(?:[a-z][A-Z][a-z]|[0-9A-Za-z]\\x{2c}[A-Za-z])", True, False),
    (r"x{0,150}y{3}", re.M, False, "(?:x){0,150}(?:y){3}", True, True),
    (r"(?:Getty|AP)(?:/[^\n]{1,30})?\)?[ \t]*(?:\n|\Z)", re.M, False,
     r"(?:Getty|AP)(?:\x{2f}(?:[\x{0}-\x{9}\x{b}-\x{d7ff}\x{e000}-\x{10ffff}]){1,30}){0,1}"
     r"(?:\x{29}){0,1}(?:[\x{9}\x{20}])*$", True, True),
    (r"(?:Getty|AP)(?:/[^\n]{1,30})?\.?", re.M, False, "(?:Getty|AP)", True, True),
    (r"(?:Getty\s?Images|AP)\s*(?:\n|\Z)", re.M, False,
     "(?:Getty(?:[\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{80}-\\x{d7ff}\\x{e000}-\\x{10ffff}]){0,1}Images|AP)", False, False),
    (r"x[^\n]{2,30}", re.M, False, r"x(?:[\x{0}-\x{9}\x{b}-\x{d7ff}\x{e000}-\x{10ffff}]){2}", True, True),
    # re.ASCII folds no "ſ" or "K": the spelled-out letters match more
    (r"(?a:(?i:sk))", re.M, False, "(?:(?:[Ss\\x{17f}][Kk\\x{212a}]))", True, False),
    (r"(?ai)sk", re.M, False, "[Ss\\x{17f}][Kk\\x{212a}]", True, False),
])
def test_rewrites(pattern, flags, newline_led, expression, line_local, exact):
    assert translate(pattern, flags, newline_led) == (expression, line_local, exact)


def test_long_repeats_are_widened_for_an_engine_that_refuses_them():
    # (widened, it matches more: no longer exact)
    assert translate(r"x{0,150}y{3}", re.M, False, widen=True) == ("(?:x)*(?:y){3}", True, False)


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?i:[à-ÿ])", r"(?(1)a|b)", r"\b"])
def test_what_the_rewrite_does_not_take(pattern):
    with pytest.raises(Untranslatable):
        translate(pattern, re.M, False)


# -- the same lines both ways -------------------------------------------------------------------

LINE_RULES = [rule for rule in load_plugins(autoload=False).rules.values() if rule.kind == "line"]
TRIGGERS = [rule().trigger for rule in LINE_RULES]
EXTRA_TRIGGERS = [r"\w+ly\b", r"\d{2}", r"(?i:straße|kelvin|sit)", r"(?i:crédit|Ωm)", r"\s\s+x", r"^\W+$",
                  r"(?i)^[ \t]*\(?(?:image|artwork)", r"[^\w\s]{3}", r"(?i:[a-c])\d\s",
                  # exact rewrites (no search by re after the engine): case-blind ranges and
                  # letters, a line's end, trimmed repeats; and a case-blind negation (not exact)
                  r"(?i:[h-l]t|kelvin)", r"^[ \t]*(?i:sit)[ \t]*$", r"ab[^\n]{2,5}", r"(?i:[^k]s)x",
                  # ASCII-only case folding (a plugin's pattern may ask for it): not exact
                  r"(?a:(?i:sk))", r"(?ai)kelvin"]


@pytest.fixture(scope="module")
def both_ways():
    if not accelerator_available():
        pytest.skip("the scan accelerator is not installed")
    triggers = TRIGGERS + EXTRA_TRIGGERS
    return Scanner(triggers, accelerate=False), Scanner(triggers, accelerate=True)


@needs_accelerator
def test_every_branch_of_the_built_in_triggers_goes_into_the_accelerator():
    """A branch the engine refuses (too long an expression, a construct it lacks) is scanned
    without it, and planning the database then compiles branch by branch: a vocabulary that grows
    must keep every built-in branch in the engine."""
    scanner = Scanner(TRIGGERS, accelerate=True)
    refused = [source[0][:80] for number, source in enumerate(scanner.sources)
               if number not in scanner.accelerator.covered]
    assert not refused and scanner.accelerated == len(scanner.branches)
    # Most are rewritten exactly (literals, classes, repeats): re never searches them.
    assert len(scanner.exact) > len(scanner.branches) // 2


def _offered(scanner: Scanner, text: str) -> list[list[int]]:
    scan = scanner.scan(text, Document("t.txt", text).line_starts)
    return [scan.lines(number) for number in range(len(scanner.triggers))]


def _same_both_ways(both_ways, text: str) -> None:
    exact, accelerated = both_ways
    assert accelerated.accelerator is not None and accelerated.accelerated > 0
    expected = _offered(exact, text)
    got = _offered(accelerated, text)
    differ = [(code, expected[n], got[n]) for n, code in
              enumerate([rule.code for rule in LINE_RULES] + EXTRA_TRIGGERS) if expected[n] != got[n]]
    assert not differ, (text[:200], differ)


@needs_accelerator
def test_the_vectorscan_probe_passes_on_the_installed_engine():
    assert accelerator_module._probe()


@needs_accelerator
@pytest.mark.parametrize("blanks", [0, 1, 27, 28, 29, 40, 200])
def test_a_caption_after_a_line_ending_in_blanks(both_ways, blanks):
    text = f"The river rose.{' ' * blanks}\n(Image by Jane Doe/Reuters)\n{chr(9) * blanks}\nArtwork: X\n"
    _same_both_ways(both_ways, text)
    caption = len(LINE_RULES) + EXTRA_TRIGGERS.index(r"(?i)^[ \t]*\(?(?:image|artwork)")
    assert _offered(both_ways[1], text)[caption] == [1, 3]


_WORDS = ["(Image", "Image", "Artwork", "Photo:", "PHOTO", "Getty Images", "READ MORE:",
          "Related", "Advertisement", "© 2019", "Share this", "Follow us on", "Sign up",
          "said.The", "whichThe", "2019,as", "&amp;", "<p>", "[caption]", "window.x = 1",
          "Updated: 5:30 p.m.", "By Jane Doe", "...", "…", "Leave a Reply", "cookies", "x"]
_BLANKS = st.sampled_from([" " * n for n in (1, 2, 27, 28, 30, 64)] + ["\t" * 3, " \t " * 10, ""])
_LINE = st.lists(st.one_of(st.sampled_from(_WORDS), _BLANKS, st.text(max_size=4)),
                 max_size=8).map("".join)


@needs_accelerator
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(lines=st.lists(_LINE, max_size=12))
def test_generated_text_with_long_blank_runs(both_ways, lines):
    _same_both_ways(both_ways, "\n".join(lines))


_UNICODE = ["İ", "ı", "ſ", "K", "ß", "ẞ", "Σ", "ς", "é", "É", "中", "٣", "߀", "𝟘", "\u00a0",
            "\u1680", "\u2003", "\u3000", "\x1c", "\x85", "\u180e", "\u0345", "ǅ", "ﬅ", "Ω", "µ",
            "STRASSE", "Straße", "STRAẞE", "CRÉDIT", "crÉdit", "credit", "ωM", "\u2126m", "KELVIN", "kelvın", "SİT", "sıt", "ſit", "ab", "Ab", "c7 ", "ly",
            "x", " ", "\n", "\t", "-", "."]


@needs_accelerator
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.lists(st.one_of(st.sampled_from(_UNICODE), st.sampled_from(_WORDS),
                               st.text(max_size=3)), max_size=30).map("".join))
def test_unicode_classes_and_case_folding_as_python_sees_them(both_ways, text):
    _same_both_ways(both_ways, text)


@needs_accelerator
def test_real_texts_both_ways(both_ways):
    for path in [REPO / "seeds" / "000_c63b3b5783eb788a.txt",
                 *sorted((REPO / "tests" / "fixtures").rglob("*.txt"))]:
        _same_both_ways(both_ways, path.read_text(encoding="utf-8", errors="replace"))


@needs_accelerator
def test_a_text_the_engine_cannot_take_is_scanned_exactly(both_ways):
    text = "x\nSee also: y \ud800\n(Image by Jane)\n"
    exact, accelerated = both_ways
    assert accelerated.accelerator.scan("\n" + text, [0, 2, 17]) is None  # a lone surrogate: no UTF-8
    _same_both_ways(both_ways, text)


@needs_accelerator
def test_a_branch_the_rewrite_cannot_take_falls_back_alone():
    scanner = Scanner([r"(\w)\1x|^see also|(?i:caf[à-ÿ])"], accelerate=True)
    covered = scanner.accelerator.covered
    assert [number in covered for number in scanner.triggers[0]] == [False, True, False]
    text = "aax\nsee also\nnothing\nbbx CAFÉ\n"
    assert scanner.scan(text, Document("t.txt", text).line_starts).lines(0) == [0, 1, 3]


@needs_accelerator
def test_with_a_stored_plan_a_branch_is_compiled_when_first_searched(tmp_path, monkeypatch):
    """Compiling every branch was a third of start-up, and most never get a candidate line: a
    scanner that finds the accelerator's plan of its very branches stored (made by a run that
    compiled each on its own) compiles a branch when it is first searched (one it finds exactly,
    never). A trigger with a
    branch that does not compile on its own is compiled whole, as without a plan."""
    triggers = [r"^see also|(?i:crédit)", r"never here|\d{4}"]
    text = "see also\nCRÉDIT 2019\nab\n"
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    # (patched: the store of the test session is back for the tests after this one)
    monkeypatch.setattr(store_module, "_store", str(tmp_path / "scan"))
    monkeypatch.setattr(store_module, "_store_given", True)
    for these in (triggers, triggers + [r"(a)|b\1"]):
        first = Scanner(these, accelerate=True)  # nothing stored: each compiled now
        assert None not in first.branches and len(first.branches) == len(these) + 2
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})  # a later run
    later = Scanner(triggers)
    assert later.accelerator is not None and later.branches.count(None) == 4
    scan = later.scan(text, Document("t.txt", text).line_starts)
    assert [scan.lines(number) for number in range(2)] == [[0, 1], [1]]
    # "see also" and "crédit" are found exactly by the engine and never compiled; "never
    # here" had no candidate line; "\d{4}" (rewritten as a superset) was searched by re.
    assert [branch is not None for branch in later.branches] == [False, False, False, True]
    assert [scan.lines(number) for number in range(2)] == \
        _offered(Scanner(triggers, accelerate=False), text)
    whole = Scanner(triggers + [r"(a)|b\1"])  # "b\1" alone does not compile
    assert None not in whole.branches and len(whole.branches) == 5
    scan = whole.scan(text, Document("t.txt", text).line_starts)
    assert [scan.lines(number) for number in range(3)] == [[0, 1], [1], [0, 2]]


def test_an_engine_that_fails_the_probe_is_not_used(monkeypatch):
    monkeypatch.setattr(accelerator_module, "_probe_result", False)
    scanner = Scanner([r"^see also"], accelerate=None)
    scanner.warm()
    assert scanner.accelerator is None
    with pytest.raises(RuntimeError, match="not available"):
        Scanner([r"^see also"], accelerate=True)


def test_the_accelerator_is_compiled_once_a_run_has_scanned_enough(monkeypatch, tmp_path):
    """Compiling costs seconds: a run compiles the accelerator only once it has scanned
    ``WARM_AFTER`` characters; a later run finds it kept and loads it before the first text."""
    if not accelerator_available():
        pytest.skip("the scan accelerator is not installed")
    from newslint import scan as scan_module

    monkeypatch.setattr(scan_module, "WARM_AFTER", 100)
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    monkeypatch.setattr(store_module, "_store", str(tmp_path / "store"))
    monkeypatch.setattr(store_module, "_store_given", True)
    triggers = [r"^see also", r"(?i:crédit)"]
    scanner = Scanner(triggers)
    scanner.scan("x" * 60, [0])
    assert scanner.accelerator is None
    scanner.scan("x" * 60, [0])
    assert scanner.accelerator is not None

    monkeypatch.setattr(accelerator_module, "_DATABASES", {})  # a new process
    monkeypatch.setattr(accelerator_module, "_compile", None)  # never called: loaded
    later = Scanner(triggers)
    assert later.accelerator is not None and later.accelerated == 2
    text = "see also\nCRÉDIT\n"
    assert later.scan(text, [0, 9]).lines(1) == [1]
    assert Scanner(triggers, accelerate=False).accelerator is None


@needs_accelerator
def test_every_finding_is_the_same_with_and_without_the_accelerator():
    plugins = load_plugins(autoload=False)
    settings = Settings(select=[code for code, rule in plugins.rules.items() if rule.kind != "problem"])
    exact = Linter(settings, plugins, accelerate=False)
    accelerated = Linter(settings, plugins, accelerate=True)
    texts = [path for path in [REPO / "seeds" / "000_c63b3b5783eb788a.txt",
                               *sorted((REPO / "tests" / "fixtures").rglob("*.txt"))]]
    assert len(texts) > 10
    for path in texts:
        document = Document(str(path), path.read_text(encoding="utf-8", errors="replace"))
        assert exact.lint(document) == accelerated.lint(document), path


@needs_accelerator
def test_when_the_engine_refuses_the_database_each_branch_is_tried_alone(monkeypatch):
    compiled = accelerator_module._database
    calls = []

    def refuse_the_first(kept):
        calls.append(len(kept))
        if len(calls) == 1:
            raise RuntimeError("Pattern is too large")  # as hyperscan.error would say
        return compiled(kept)

    compiles = accelerator_module._compiles
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    monkeypatch.setattr(accelerator_module, "_database", refuse_the_first)
    monkeypatch.setattr(accelerator_module, "_compiles",
                        lambda expression, kind: "never" not in expression and compiles(expression, kind))
    scanner = Scanner([r"^see also|never here", r"x\s+y"], accelerate=True)
    assert calls == [3, 2]
    assert scanner.accelerator.covered == {scanner.triggers[0][0], scanner.triggers[1][0]}
    text = "see also\nnever here\nx\ny\n"
    scan = scanner.scan(text, Document("t.txt", text).line_starts)
    assert (scan.lines(0), scan.lines(1)) == ([0, 1], [2])


@needs_accelerator
def test_a_compiled_database_is_kept_and_loaded_instead_of_compiled_again(tmp_path, monkeypatch):
    """With a store (the cache folder gives one), the first build compiles and keeps the
    database's bytes; a later build of the same branches loads them and never compiles, and the
    loaded database offers the same lines."""
    triggers = [rule.trigger for rule in Linter(Settings()).line_rules]
    text = (REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    # (patched: the store of the test session is back for the tests after this one)
    monkeypatch.setattr(store_module, "_store", str(tmp_path / "scan"))
    monkeypatch.setattr(store_module, "_store_given", True)
    first = Scanner(triggers, accelerate=True)
    first.warm()
    (stored,) = (tmp_path / "scan").glob("*.hsdb")
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})

    compiled = []
    real_compile = accelerator_module._compile

    def counting(*args, **kwargs):
        compiled.append(1)
        return real_compile(*args, **kwargs)

    translated = []
    real_translate = accelerator_module.translate

    def counting_translations(*args, **kwargs):
        translated.append(1)
        return real_translate(*args, **kwargs)

    monkeypatch.setattr(accelerator_module, "_compile", counting)
    monkeypatch.setattr(accelerator_module, "translate", counting_translations)
    second = Scanner(triggers, accelerate=True)
    second.warm()
    assert not compiled, "compiled again although a database was stored"
    assert not translated, "translated again although the plan was stored"
    assert second.accelerator.covered == first.accelerator.covered
    assert second.accelerator.entries == first.accelerator.entries
    assert _offered(second, text) == _offered(first, text)
    (plan,) = (tmp_path / "scan").glob("*.plan.json")
    plan.write_text("[[1, 2", encoding="ascii")  # cut short: planned again, same database
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    again = Scanner(triggers, accelerate=True)
    again.warm()
    assert translated and not compiled
    assert again.accelerator.entries == first.accelerator.entries
    stored.write_bytes(b"not a database")  # cut short or another engine's: compiled again
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    third = Scanner(triggers, accelerate=True)
    third.warm()
    assert compiled and _offered(third, text) == _offered(first, text)


def test_the_store_keeps_the_most_recently_used_files(tmp_path):
    """Every edit of a custom rule makes another database: the store keeps the
    ``STORE_FILES`` most recently used and removes the rest, and nothing else in the folder."""
    limit = store_module.STORE_FILES
    for number in range(limit + 5):
        path = tmp_path / f"{number:04d}.hsdb"
        path.write_bytes(b"x")
        accelerator_module.os.utime(path, (1_000_000 + number, 1_000_000 + number))
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    store_module.touch(str(tmp_path / "0000.hsdb"))  # used just now: kept
    store_module.prune(str(tmp_path))
    kept = sorted(path.name for path in tmp_path.glob("*.hsdb"))
    assert len(kept) == limit
    assert "0000.hsdb" in kept and "0001.hsdb" not in kept and f"{limit + 4:04d}.hsdb" in kept
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


@needs_accelerator
def test_without_a_result_cache_the_database_is_kept_in_the_users_folder(tmp_path, monkeypatch):
    """``--no-cache`` turns off the result cache, not the compiled database: with no folder given,
    it is kept in ``$NEWSLINT_SCAN_STORE``, else ``newslint/scan`` in the user's cache folder;
    an empty ``NEWSLINT_SCAN_STORE`` keeps nothing."""
    triggers = [rule.trigger for rule in Linter(Settings()).line_rules]
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    monkeypatch.setattr(store_module, "_store_given", False)
    monkeypatch.setenv("NEWSLINT_SCAN_STORE", str(tmp_path / "store"))
    Scanner(triggers, accelerate=True).warm()
    assert len(list((tmp_path / "store").glob("*.hsdb"))) == 1

    monkeypatch.setenv("NEWSLINT_SCAN_STORE", "")
    assert store_module.user_store() is None
    monkeypatch.delenv("NEWSLINT_SCAN_STORE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert store_module.user_store() == str(tmp_path / "xdg" / "newslint" / "scan")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if accelerator_module.os.name != "nt":
        assert store_module.user_store() == str(tmp_path / "home" / ".cache" / "newslint" / "scan")


@needs_accelerator
def test_the_built_in_rules_database_serves_every_selection_and_house_rule(tmp_path, monkeypatch):
    """The built-in rules' triggers are one tier, compiled once whatever a run selects: a run
    with fewer rules, or with a house rule besides, loads it and never compiles it again; the
    house rule's own branches are a small tier of their own, compiled at start-up and kept. The
    lines offered are those of the exact scan either way."""
    plugins = load_plugins(autoload=False)
    universe = [rule.trigger for rule in Linter(Settings(), plugins).line_rules]
    house = r"^[ \t]*Our Standards:|(?i:trust principles)"
    text = (REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8") + \
        "\nOur Standards: The Thomson Reuters Trust Principles.\n"
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    monkeypatch.setattr(store_module, "_store", str(tmp_path / "store"))
    monkeypatch.setattr(store_module, "_store_given", True)
    Scanner(universe, accelerate=True, universe=universe)  # the first run: compiles and keeps it

    compiled: list[int] = []
    real_compile = accelerator_module._compile
    monkeypatch.setattr(accelerator_module, "_compile",
                        lambda expressions, *rest: compiled.append(len(expressions)) or
                        real_compile(expressions, *rest))
    for triggers in (universe[::3], [*universe, house], [house, *universe[1::2]]):
        monkeypatch.setattr(accelerator_module, "_DATABASES", {})  # a new process
        compiled.clear()
        scanner = Scanner(triggers, universe=universe)
        assert scanner.complete and scanner.accelerated == len(scanner.sources)
        assert all(count <= 2 for count in compiled), "the built-in rules' database compiled again"
        assert _offered(scanner, text) == _offered(Scanner(triggers, accelerate=False), text)
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    compiled.clear()
    again = Scanner([*universe, house], universe=universe)  # the house rule's tier is kept too
    assert not compiled and again.complete
    (line,) = [number for number, line in enumerate(text.split("\n")) if line.startswith("Our Standards")]
    assert line in again.scan(text, Document("t.txt", text).line_starts).lines(len(universe))
