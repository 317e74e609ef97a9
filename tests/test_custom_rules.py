"""Declarative rules (``custom-rules``), by real command-line runs in scratch projects.

A newsroom's house rule in its configuration: found in ``pyproject.toml``, ``newslint.toml``, a
``newslint-rules.toml`` beside them or files named in ``custom-rule-files``; every scope; the
message with ``{match}`` and named groups; selection, per-file ignores, inline ignores, the
baseline, every output format, ``--jobs``, ``newslint rule`` and ``newslint rules``; the fixes the
hits carry; and every mistake as one line naming the file, the table and the key, exit code 2.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import plugin_env, run_newslint
from scratch_project import FOOTER, TRUST, lint, one_error, write
from newslint.article import parse
from newslint.config import ConfigError
from newslint.custom_rules import build_rule, line_trigger, read_rule_tables
from newslint.document import Document
from newslint.engine import Linter
from newslint.patterns import re2_available
from newslint.plugins import load_plugins
from newslint.rule import remove_line
from newslint.settings import Settings
from newslint.violation import Edit, Fix

#: A Reuters story as scraped (fixture tests/fixtures/rules/nl1/reuters_titan.txt, shortened) with
#: the wire's standards footer left at the end: headline 1, byline 3, lead 5, body 7, sign-off 9,
#: footer 11.
STORY = """Scientists unveil first global map of Saturn's moon Titan

By Will Dunham

WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map of Saturn's moon Titan including vast plains and dunes of frozen organic material and lakes of liquid methane.

Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said study co-author Anezina Solomonidou, a European Space Agency research fellow.

(Reporting by Will Dunham; Editing by Tom Brown)

Our Standards: The Thomson Reuters Trust Principles.
"""

def project(tmp_path: Path, config: str, name: str = "pyproject.toml", story: str = STORY) -> Path:
    write(tmp_path / name, config)
    write(tmp_path / "story.txt", story)
    return tmp_path


# -- a rule in the configuration ------------------------------------------------------------------

def test_the_issues_rule_flags_the_footer(tmp_path):
    result = lint(project(tmp_path, TRUST), "story.txt")
    assert result.returncode == 1, result.stderr
    assert result.stdout == f"story.txt:11:1: HX101 wire footer left in the text: {FOOTER}\n"


def test_newslint_toml_takes_custom_rules_at_the_top_level(tmp_path):
    config = TRUST.replace("[tool.newslint.custom-rules.", "[custom-rules.")
    result = lint(project(tmp_path, config, "newslint.toml"), "story.txt")
    assert result.stdout == f"story.txt:11:1: HX101 wire footer left in the text: {FOOTER}\n"


def test_a_rules_file_beside_the_configuration_is_read(tmp_path):
    write(tmp_path / "newslint-rules.toml", TRUST.replace("[tool.newslint.custom-rules.", "[custom-rules."))
    project(tmp_path, "[tool.newslint]\nfail-on = 'warning'\n")
    write(tmp_path / "desk" / "story.txt", STORY)
    result = lint(tmp_path / "desk", "story.txt")
    assert result.stdout == f"story.txt:11:1: HX101 wire footer left in the text: {FOOTER}\n"


def test_a_rules_file_alone_is_found_from_a_subfolder(tmp_path):
    write(tmp_path / "newslint-rules.toml", TRUST.replace("[tool.newslint.custom-rules.", "[custom-rules."))
    write(tmp_path / "desk" / "story.txt", STORY)
    assert lint(tmp_path / "desk", "story.txt").stdout.startswith("story.txt:11:1: HX101 ")
    assert lint(tmp_path / "desk", "--isolated", "story.txt").stdout == ""


def test_custom_rule_files_are_relative_to_the_configuration(tmp_path):
    shared = TRUST.replace("[tool.newslint.custom-rules.", "[custom-rules.")
    write(tmp_path / "shared" / "wire-rules.toml", shared)
    write(tmp_path / "repo" / "pyproject.toml",
          "[tool.newslint]\ncustom-rule-files = ['../shared/wire-rules.toml']\n")
    write(tmp_path / "repo" / "desk" / "story.txt", STORY)
    result = lint(tmp_path / "repo" / "desk", "story.txt")
    assert result.stdout == f"story.txt:11:1: HX101 wire footer left in the text: {FOOTER}\n"


def test_message_with_named_groups_and_the_default_message(tmp_path):
    config = r"""
[tool.newslint.custom-rules.wire-footer]
code = "HX102"
summary = "A wire service's standards footer"
pattern = '^Our Standards: The (?P<agency>[A-Z][\w ]+?) Trust Principles'
message = "{agency}'s footer: '{match}'"

[tool.newslint.custom-rules.editing-credit]
code = "HX103"
summary = "An editing credit"
pattern = 'Editing by [A-Z]\w+ [A-Z]\w+'
"""
    result = lint(project(tmp_path, config), "story.txt")
    assert result.stdout.splitlines() == [
        "story.txt:9:28: HX103 An editing credit: 'Editing by Tom Brown'",
        "story.txt:11:1: HX102 Thomson Reuters's footer: "
        "'Our Standards: The Thomson Reuters Trust Principles'",
    ]


@pytest.mark.parametrize("scope, pattern, line", [
    ("headline", "Titan$", 1),
    ("byline", "Will Dunham", 3),  # not the sign-off's "Will Dunham" on line 9
    ("lead", r"\(Reuters\)", 5),
    ("sign-off", "Will Dunham", 9),  # not the byline's
    ("line", "Will Dunham", 3),  # every line: byline and sign-off
    ("text", r"Brown\)\n\nOur Standards", 9),
])
def test_each_scope_looks_where_it_says(tmp_path, scope, pattern, line):
    config = (f"[tool.newslint.custom-rules.probe]\ncode = 'HX110'\nsummary = 'probe'\n"
              f"scope = '{scope}'\npattern = '{pattern}'\n")
    result = lint(project(tmp_path, config), "story.txt")
    found = [int(row.split(":")[1]) for row in result.stdout.splitlines()]
    assert found[0] == line, result.stdout + result.stderr
    expected = [3, 9] if scope == "line" else [line]
    assert found == expected


def test_a_text_rule_reports_across_lines_and_anchors_at_each_line(tmp_path):
    config = ("[tool.newslint.custom-rules.closing-block]\ncode = 'HX111'\nsummary = 'closing'\n"
              "scope = 'text'\npattern = '^\\(Reporting by .*\\)\\n\\n^Our Standards.*$'\n")
    result = lint(project(tmp_path, config), "--format", "json", "story.txt")
    (finding,) = json.loads(result.stdout)
    assert (finding["line"], finding["end_line"], finding["code"]) == (9, 11, "HX111")


# -- like any rule --------------------------------------------------------------------------------

def test_select_ignore_and_names(tmp_path):
    root = project(tmp_path, TRUST)
    assert lint(root, "--select", "HX", "story.txt").stdout.startswith("story.txt:11:1: HX101")
    assert lint(root, "--select", "trust-principles", "story.txt").stdout.count("HX101") == 1
    assert "HX101" not in lint(root, "--ignore", "HX101", "story.txt").stdout
    assert "HX101" not in lint(root, "--extend-ignore", "trust-principles", "story.txt").stdout
    assert lint(root, "--select", "NL2", "story.txt").stdout == ""


def test_per_file_ignores_in_the_configuration(tmp_path):
    root = project(tmp_path, TRUST + "\n[tool.newslint.per-file-ignores]\n'archive/*' = ['HX1']\n")
    write(root / "archive" / "old.txt", STORY)
    result = lint(root, "story.txt", "archive/old.txt")
    assert [row.split(":")[0] for row in result.stdout.splitlines() if "HX101" in row] == ["story.txt"]


def test_inline_ignore_in_markdown(tmp_path):
    root = project(tmp_path, TRUST)
    markdown = STORY.replace(FOOTER, "<!-- newslint: ignore HX101 -->\n" + FOOTER)
    write(root / "story.md", markdown)
    assert "HX101" not in lint(root, "story.md").stdout
    write(root / "story.md", STORY.replace(FOOTER, "<!-- newslint: ignore trust-principles -->\n" + FOOTER))
    assert "HX101" not in lint(root, "story.md").stdout


def test_baseline_hides_a_known_finding(tmp_path):
    root = project(tmp_path, TRUST)
    written = lint(root, "--write-baseline", "baseline.json", "story.txt")
    assert written.returncode == 0, written.stderr
    assert [entry["code"] for entry in json.loads((root / "baseline.json").read_text())["findings"]
            if entry["code"].startswith("HX")] == ["HX101"]
    assert "HX101" not in lint(root, "--baseline", "baseline.json", "story.txt").stdout


@pytest.mark.parametrize("format_name", ["default", "pylint", "json", "json-lines", "github",
                                         "sarif", "gitlab", "junit", "%(path)s|%(code)s|%(text)s"])
def test_every_output_format_reports_it(tmp_path, format_name):
    result = lint(project(tmp_path, TRUST), "--select", "HX", "--format", format_name, "story.txt")
    assert result.returncode == 1, result.stderr
    assert "HX101" in result.stdout
    if format_name == "sarif":
        (rule,) = json.loads(result.stdout)["runs"][0]["tool"]["driver"]["rules"]
        assert rule["id"] == "HX101" and rule["name"] == "trust-principles"
        assert rule["shortDescription"]["text"] == "A wire service's standards footer left in the text"
    if format_name.startswith("%("):
        assert result.stdout == "story.txt|HX101|wire footer left in the text: " + FOOTER + "\n"


def test_jobs_and_one_process_report_the_same(tmp_path):
    root = project(tmp_path, TRUST)
    for number in range(6):
        write(root / "desk" / f"story{number}.txt", STORY)
    one = lint(root, "--select", "HX", "desk")
    two = lint(root, "--select", "HX", "--jobs", "2", "desk")
    assert one.returncode == two.returncode == 1, two.stderr
    assert one.stdout == two.stdout and one.stdout.count("HX101") == 6


def test_dash_p_no_custom_rules_turns_them_all_off(tmp_path):
    root = project(tmp_path, TRUST)
    assert "HX101" in lint(root, "story.txt").stdout
    result = lint(root, "-p", "no:custom-rules", "story.txt")
    assert result.returncode == 0 and "HX101" not in result.stdout
    assert "custom-rules" not in lint(root, "-p", "no:custom-rules", "--version").stdout


def test_version_lists_the_rules_and_their_file(tmp_path):
    result = lint(project(tmp_path, TRUST), "--version")
    assert re.search(r"plugins: custom-rules: 1 rule #[0-9a-f]{12} \(pyproject\.toml\)", result.stdout)


def test_rule_shows_summary_pattern_scope_fix_and_examples(tmp_path):
    result = lint(project(tmp_path, TRUST), "rule", "HX101")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "# HX101 trust-principles\n\n"
        "A wire service's standards footer left in the text\n\n"
        "Severity: warning. Kind: line rule. Plugin: custom-rules. Languages: *.\n\n"
        "Fix: removes the flagged line (unsafe: only with --unsafe-fixes).\n\n"
        "Pattern (scope line: searched in every line): "
        "`^Our Standards: The Thomson Reuters Trust Principles\\.?$`\n"
        "Message: wire footer left in the text: {match}\n"
        "The fix (unsafe): delete-line.\n"
        f"Declared in {tmp_path.resolve() / 'pyproject.toml'}: "
        "tool.newslint.custom-rules.trust-principles.\n\n"
        "Examples (`newslint test-rules` runs them):\n\n"
        f"- Flagged: `{FOOTER}`\n"
        "- Not flagged: `The agency said its standards were under review.`\n")
    assert lint(tmp_path, "rule", "trust-principles").stdout == result.stdout


def test_rules_lists_it_and_json_describes_it(tmp_path):
    root = project(tmp_path, TRUST)
    table = lint(root, "rules").stdout
    assert "HX101  trust-principles" in table
    (described,) = [rule for rule in json.loads(lint(root, "rules", "--format", "json").stdout)
                    if rule["code"] == "HX101"]
    assert described["plugin"] == "custom-rules" and described["scope"] == "line"
    assert described["pattern"] == r"^Our Standards: The Thomson Reuters Trust Principles\.?$"
    assert described["examples"] == {"flag": [FOOTER],
                                     "pass": ["The agency said its standards were under review."]}
    assert "HX101" not in lint(root, "rules", "--isolated").stdout


# -- the trigger scan -----------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, trigger", [
    (r"^Our Standards: .*$", r"^Our Standards: .*$"),       # safe: the pattern itself
    (r"(?<=\. )Getty Images$", r"Getty\ Images"),            # a lookbehind sees past a line: needles
    (r"\AAdvertisement", "Advertisement"),                    # \A means the line's start here
    (r"(?=x)\w", r"\S"),                                      # nothing to look for: every line
])
def test_line_rules_trigger_on_their_own_pattern_when_it_means_the_same(pattern, trigger):
    assert line_trigger(pattern) == trigger


@pytest.mark.parametrize("pattern", [
    r"^Our Standards: .*$", r"(?<=\. )Getty Images$", r"\AAdvertisement", r"Photo\b",
    r"(?i)advertisement$", r"^(?!The )[A-Z]\w+ Images$", r"\bwire\b(?! service)",
])
def test_the_trigger_scan_offers_every_line_the_pattern_matches(pattern):
    lines = ["Advertisement", "ADVERTISEMENT", "Ad: Advertisement", "Photo. Getty Images",
             "Getty Images", "The Images", "Photos Images", "Photo", "Photograph",
             "Our Standards: The Thomson Reuters Trust Principles.", "a wire", "wire service",
             "the wire\n", ""]
    text = "\n".join(lines)
    (spec,) = read_rule_tables({"probe": {"code": "HX190", "summary": "probe", "pattern": pattern}},
                               Path("newslint.toml"), "custom-rules")
    rule = build_rule(spec)
    plugins = load_plugins(autoload=False)
    plugins.manager.register(type("P", (), {"newslint_rules": staticmethod(lambda: [rule])})(),
                             name="probe")
    from newslint.plugins import collect_rules

    plugins.rules = collect_rules(plugins.manager)
    linter = Linter(Settings(select=["HX190"]), plugins)
    found = {v.line for v in linter.lint(Document("probe.txt", text))}
    expected = {number for number, line in enumerate(text.split("\n"), 1)
                if any(m.end() > m.start() for m in re.finditer(pattern, line))}
    assert found == expected


# -- the fixes the hits carry ---------------------------------------------------------------------

def hits_of(table: dict, text: str = STORY):
    (spec,) = read_rule_tables({"probe": {"code": "HX191", "summary": "probe", **table}},
                               Path("pyproject.toml"), "tool.newslint.custom-rules")
    rule = build_rule(spec)()
    article = parse(Document("story.txt", text))
    if rule.kind == "line":
        return article, [hit for line in article.paragraphs() for hit in rule.check_line(line, article)]
    return article, list(rule.check(article))


def test_delete_line_is_remove_line_and_unsafe():
    article, (hit,) = hits_of({"pattern": "^Our Standards", "fix": "delete-line"})
    assert hit.fix == remove_line(article.line(10), safe=False)
    assert hit.fix.safe is False
    start = STORY.index(FOOTER)
    # The footer is the story's last line: the blank line before it and its own line break go,
    # and the line before it keeps its line break, which ends the text.
    assert STORY.endswith(FOOTER + "\n")
    assert hit.fix == Fix((Edit(STORY.rindex("\n\n", 0, start) + 1, start + len(FOOTER) + 1, ""),),
                          False)


def test_delete_match_and_replace_edit_the_span():
    _, (hit,) = hits_of({"pattern": r" *\(Reuters\)", "fix": "delete-match", "scope": "lead"})
    start = STORY.index(" (Reuters)")
    assert (hit.start, hit.end) == (start, start + len(" (Reuters)"))
    assert hit.fix == Fix((Edit(start, start + len(" (Reuters)"), ""),), False)
    _, (hit,) = hits_of({"pattern": r"Editing by (?P<name>\w+ \w+)", "fix": "replace",
                         "replacement": "edited by {name}", "fix-safe": True, "scope": "sign-off"})
    start = STORY.index("Editing by")
    assert hit.fix == Fix((Edit(start, start + len("Editing by Tom Brown"), "edited by Tom Brown"),),
                          True)


def test_every_match_is_a_finding_but_a_deleted_line_is_one():
    # "moon Titan" in the headline and the lead, "Titan" alone in the body line.
    _, hits = hits_of({"pattern": r"\bmoon\b|\bTitan\b"})
    assert len(hits) == 5
    _, hits = hits_of({"pattern": r"\bmoon\b|\bTitan\b", "fix": "delete-line"})
    assert [STORY[hit.start:hit.end] for hit in hits] == ["moon", "moon", "Titan"]


# -- mistakes -------------------------------------------------------------------------------------

WHERE = "tool.newslint.custom-rules.trust-principles"


def rule_table(**changes: str | None) -> str:
    """TRUST with keys replaced (a value of None drops the key); values are TOML."""
    lines = TRUST.strip().splitlines()
    out = [lines[0]]
    seen = set()
    for line in lines[1:]:
        key = line.split("=", 1)[0].strip()
        if key in changes:
            seen.add(key)
            if changes[key] is not None:
                out.append(f"{key} = {changes[key]}")
        else:
            out.append(line)
    out += [f"{key} = {value}" for key, value in changes.items() if key not in seen and value is not None]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("changes, message", [
    ({"code": "'hx1'"}, ".code: 'hx1' is not a rule code (1 to 4 capital letters and 3 digits, like 'HX101')"),
    ({"code": "'NL999'"}, ".code: 'NL999': codes starting with NL are newslint's own; pick a prefix of your own, like 'HX101'"),
    ({"code": None}, ": code is missing"),
    ({"pattern": None}, ": pattern is missing"),
    ({"scope": "'paragraph'"}, ".scope: unknown scope 'paragraph' (known: line, headline, byline, lead, sign-off, text)"),
    ({"severity": "'fatal'"}, ".severity: 'fatal' is not one of info, warning, error"),
    ({"colour": "'red'"}, ".colour: unknown key (known: code, summary, pattern, message, scope, severity, fix, replacement, fix-safe, description, examples)"),
    ({"summary": "'''two\nlines'''"}, ".summary must be one line of text"),
    ({"code": "101"}, ".code must be a string, not int"),
    ({"pattern": "'(Our'"}, ".pattern: invalid regular expression '(Our': missing ), unterminated subpattern at position 0"),
    ({"pattern": r"'(\w+)\s\1'"}, r".pattern: regular expression '(\\w+)\\s\\1' is refused: a backreference can take exponential time on some text; "),
    ({"pattern": "'x*'"}, ".pattern: pattern 'x*' matches an empty text, so it would flag every line"),
    ({"message": "'footer: {agency}'"}, ".message: unknown field {agency} (known: {match})"),
    ({"message": "'footer: {'"}, ".message: Single '{' encountered in format string (write a brace as '{{' or '}}')"),
    ({"fix": "'remove'"}, ".fix: unknown fix 'remove' (known: delete-line, delete-match, replace)"),
    ({"fix": "'replace'"}, ".replacement: give a replacement exactly when fix = 'replace'"),
    ({"replacement": "'x'"}, ".replacement: give a replacement exactly when fix = 'replace'"),
    ({"fix": None, "fix-safe": "true"}, ".fix-safe: the rule has no fix"),
    ({"fix-safe": "'yes'"}, ".fix-safe must be true or false"),
    ({"scope": "'text'"}, ".fix: delete-line needs a scope of lines (line, headline, byline, lead or sign-off), not text"),
    ({"examples.flag": "'one'", "examples.pass": "[1]"}, ".examples.pass must be a list of texts"),
    ({"examples.fail": "['x']"}, ".examples.fail: unknown key (known: flag, pass)"),
])
def test_mistakes_in_a_rule_name_file_table_and_key(tmp_path, changes, message):
    result = lint(project(tmp_path, rule_table(**changes)), "story.txt")
    line = one_error(result)
    assert line.startswith(f"{tmp_path.resolve() / 'pyproject.toml'}: {WHERE}{message}"), line
    assert result.stdout == ""


def test_a_name_that_is_not_kebab_case(tmp_path):
    config = TRUST.replace("trust-principles]", "Trust_Principles]")
    line = one_error(lint(project(tmp_path, config), "story.txt"))
    assert line == (f"{tmp_path.resolve() / 'pyproject.toml'}: tool.newslint.custom-rules."
                    "Trust_Principles: the rule name 'Trust_Principles' must be kebab-case, like "
                    "'trust-principles'")


def test_a_built_in_name_or_a_plugins_code_is_taken(tmp_path):
    config = TRUST.replace("trust-principles]", "see-also-link]")
    line = one_error(lint(project(tmp_path, config), "story.txt"))
    assert line == (f"{tmp_path.resolve() / 'pyproject.toml'}: tool.newslint.custom-rules."
                    "see-also-link: name 'see-also-link' is already taken by rule NL201 see-also-link "
                    "(plugin 'newslint.rules.injected')")
    config = TRUST.replace('"HX101"', '"XT101"')
    result = run_newslint(["-p", "newsroom_fixture_rules", "story.txt"], cwd=project(tmp_path, config),
                          env=plugin_env())
    assert one_error(result) == (
        f"{tmp_path.resolve() / 'pyproject.toml'}: {WHERE}.code: code 'XT101' is already taken by "
        "rule XT101 fixture-see-also (plugin 'newsroom_fixture_rules')")


def test_the_same_code_in_two_files(tmp_path):
    project(tmp_path, TRUST)
    other = TRUST.replace("[tool.newslint.custom-rules.trust-principles]", "[custom-rules.wire-footer]")
    write(tmp_path / "newslint-rules.toml", other)
    line = one_error(lint(tmp_path, "story.txt"))
    assert line == (f"{tmp_path.resolve() / 'newslint-rules.toml'}: custom-rules.wire-footer.code: "
                    "code 'HX101' is already taken by rule HX101 trust-principles "
                    f"({tmp_path.resolve() / 'pyproject.toml'}: {WHERE})")


@pytest.mark.parametrize("config, message", [
    ("[tool.newslint]\ncustom-rule-files = ['team/rules.toml']\n",
     "pyproject.toml: tool.newslint.custom-rule-files[0]: 'team/rules.toml' is not a file (relative to {root})"),
    ("[tool.newslint]\ncustom-rules = 3\n",
     "pyproject.toml: tool.newslint.custom-rules must hold one table per rule ([tool.newslint.custom-rules.<rule-name>])"),
])
def test_mistakes_around_the_rules(tmp_path, config, message):
    line = one_error(lint(project(tmp_path, config), "story.txt"))
    root = tmp_path.resolve()
    assert line == f"{root}/" + message.format(root=root)


def test_a_rules_file_holds_only_rules(tmp_path):
    write(tmp_path / "newslint-rules.toml", "select = ['HX']\n")
    line = one_error(lint(project(tmp_path, "[tool.newslint]\n"), "story.txt"))
    assert line == (f"{tmp_path.resolve() / 'newslint-rules.toml'}: select: unknown key (a rules "
                    "file holds only [custom-rules.<rule-name>] tables)")
    write(tmp_path / "newslint-rules.toml", "[custom-rules.x\n")
    assert one_error(lint(tmp_path, "story.txt")).startswith(
        f"{tmp_path.resolve() / 'newslint-rules.toml'}: invalid TOML: ")


def test_an_exponential_pattern_runs_on_re2_or_is_refused_naming_the_key(tmp_path):
    root = project(tmp_path, rule_table(pattern=r"'^(\w+\s?)+$'", message="'{match}'"))
    if re2_available():
        result = lint(root, "--select", "HX", "story.txt")
        assert result.stdout == "story.txt:3:1: HX101 By Will Dunham\n", result.stderr
    # Without google-re2 (blocked by a module of the same name that fails to import):
    write(tmp_path / "no_re2" / "re2.py", "raise ImportError('google-re2 is not installed')\n")
    result = lint(root, "story.txt", env={"PYTHONPATH": str(tmp_path / "no_re2")})
    assert one_error(result) == (
        f"{tmp_path.resolve() / 'pyproject.toml'}: {WHERE}.pattern: regular expression "
        r"'^(\\w+\\s?)+$' is refused"
        ": a repetition inside a repetition (as in '(a+)+') can take "
        "exponential time on some text; rewrite it, or install the linear-time engine with "
        "'pip install newslint[re2]'")


def test_a_lint_run_never_checks_the_examples(tmp_path):
    # The pass example would be flagged: only `newslint test-rules` says so.
    config = rule_table(**{"examples.pass": f"['{FOOTER}']"})
    result = lint(project(tmp_path, config), "story.txt")
    assert result.returncode == 1 and result.stderr == ""
    assert result.stdout == f"story.txt:11:1: HX101 wire footer left in the text: {FOOTER}\n"


def test_reading_a_table_in_process_raises_config_error():
    with pytest.raises(ConfigError, match=r"^x\.toml: custom-rules\.probe\.scope: unknown scope"):
        read_rule_tables({"probe": {"code": "HX190", "summary": "s", "pattern": "p", "scope": "page"}},
                         Path("x.toml"), "custom-rules")
