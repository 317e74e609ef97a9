"""Output formats: a snapshot per format, plus the properties each consumer relies on.

Snapshots live in ``tests/snapshots/<format>.txt``; ``NEWSLINT_UPDATE_SNAPSHOTS=1`` rewrites them
(review the diff), otherwise the output must match byte for byte.
"""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Optional

import colorama
import jsonschema
import pluggy
import pytest

from newslint import hookspecs
from newslint.formatters import (
    FORMATTERS, TemplateFormatter, builtin_formatter, check_template, formatter_names,
)
from newslint.formatters import color as color_module
from newslint.formatters.base import Formatter, ReportOptions, RunStats
from newslint.formatters.color import use_color, wants_color
from newslint.formatters.default import DefaultFormatter, record_suffix, source_lines
from newslint.formatters.github import annotation, escape_data, escape_property
from newslint.formatters.gitlab import GitlabFormatter
from newslint.formatters.json import KEYS
from newslint.formatters.sarif import SarifFormatter, artifact_location
from newslint.locate import fingerprint
from newslint.rule import LineRule
from newslint.violation import Severity, Violation

HERE = Path(__file__).parent
SNAPSHOTS = HERE / "snapshots"
SARIF_SCHEMA = HERE / "fixtures" / "sarif-schema-2.1.0.json"
UPDATE = os.environ.get("NEWSLINT_UPDATE_SNAPSHOTS") == "1"

ARTICLE = "articles/000_c63b3b5783eb788a.txt"
SHARD = "shards/cc-news-2022-03.jsonl"
CLEAN = "articles/001_clean.txt"

LINE_1 = "Source: US officials travel to Russia’s ally Venezuela for talks"
LINE_5 = "Written by Matt Spitalnik"
LINE_7 = ("WASHINGTON (Reuters) – Senior US officials traveled to Venezuela on Saturday for talks with "
          "President Nicolas Maduro’s government, seeking to determine whether Caracas is ready to "
          "distance itself from close ally Russia amid its invasion of Ukraine, the Guardian "
          "reported. Someone familiar with the matter.")
GUARDIAN_COL = LINE_7.index("the Guardian") + 1


def shard_print(record: str, code: str, flagged: str) -> str:
    return fingerprint(f"{SHARD}#{record}", code, flagged)


#: Findings as the engine reports them, in report order: a text file, then records of a shard.
VIOLATIONS = [
    Violation(ARTICLE, 1, 1, 1, 9, "NL104", "source-label",
              "Headline starts with a scraper label “Source:”", "error", LINE_1,
              fingerprint(ARTICLE, "NL104", "Source: ")),
    Violation(ARTICLE, 5, 12, 5, 26, "NL310", "byline-mismatch",
              "Byline “Matt Spitalnik” and sign-off “Matt Spitalnick” (line 43) spell the reporter "
              "differently", "warning", LINE_5, fingerprint(ARTICLE, "NL310", "Matt Spitalnik")),
    Violation(ARTICLE, 7, GUARDIAN_COL, 7, GUARDIAN_COL + 12, "NL402", "credit-conflict",
              "Credit: “the Guardian” here, but “The New York Times” at 13:115 (50% of credits)",
              "info", LINE_7, fingerprint(ARTICLE, "NL402", "the Guardian")),
    Violation(SHARD, 17, 1, 17, 1, "NL201", "see-also-link", "“See also” teaser", "warning",
              "See also\xa0 Your Most Popular Questions About Ins and Outs of CompTIA N10-007 Exam",
              shard_print("abc123", "NL201", "See also"), 17, "abc123", "text", 3, 1),
    Violation(SHARD, 18, 1, 18, 1, "NL501", "comment-form", "Comment form left in the text",
              "warning", "Read more.    Leave a Reply", shard_print("18", "NL501", "Leave a Reply"),
              18, None, "maintext", 12, 15),
    Violation(SHARD, 19, 1, 19, 1, "NL901", "broken-record",
              "Record is not valid JSON: Expecting ',' delimiter: line 1 column 88 (char 87)",
              "error", "", "", 19),
]
PATHS = [ARTICLE, CLEAN, SHARD]


class SourceLabel(LineRule):
    """Flags a scraper's ``Source:`` label at the start of the headline.

    What it flags: ``Source: US officials travel…``.
    """

    code = "NL104"
    name = "source-label"
    summary = "Headline starts with a scraper label"
    severity = Severity.ERROR
    trigger = r"^Source:"


class SeeAlsoLink(LineRule):
    """Flags “See also” teasers injected into the body.

    What it flags: ``See also  The UK has only a few days to save Christmas, why?``.
    """

    code = "NL201"
    name = "see-also-link"
    summary = "Injected “See also” teaser"
    trigger = r"(?i:see also)"


RULES = {rule.code: rule for rule in (SourceLabel, SeeAlsoLink)}


def render(name: str, violations=VIOLATIONS, *, color: bool = False, show_source: bool = False,
           template: Optional[str] = None, paths=PATHS) -> str:
    stream = io.StringIO()
    cls = builtin_formatter(template or name)
    assert cls is not None
    formatter = cls(ReportOptions(stream=stream, color=color, show_source=show_source, rules=RULES,
                                  tool_version="0.1.0", template=template))
    formatter.start()
    for violation in violations:
        formatter.handle(violation)
    formatter.stop(RunStats(files=len(paths), documents=5, violations=len(violations),
                            paths=list(paths)))
    return stream.getvalue()


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / f"{name}.txt"
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        return
    assert path.exists(), f"no snapshot {path.name}: run with NEWSLINT_UPDATE_SNAPSHOTS=1"
    with open(path, encoding="utf-8", newline="") as file:
        expected = file.read()
    assert text == expected, f"output differs from {path.name} (NEWSLINT_UPDATE_SNAPSHOTS=1 rewrites)"


TEMPLATE = "%(path)s|%(row)d|%(col)d|%(end_row)d|%(end_col)d|%(severity)s|%(code)s|%(name)s|%(text)s"


@pytest.mark.parametrize("name", formatter_names())
def test_snapshot(name: str) -> None:
    check_snapshot(name, render(name))


def test_snapshot_show_source() -> None:
    check_snapshot("default-show-source", render("default", show_source=True))


def test_snapshot_template() -> None:
    check_snapshot("template", render("template", template=TEMPLATE))


def test_snapshots_exist_for_every_format() -> None:
    names = {path.stem for path in SNAPSHOTS.glob("*.txt")}
    assert set(formatter_names()) <= names


# --- registry and hook ---------------------------------------------------------------------------

def test_registry_names() -> None:
    assert formatter_names() == ["default", "pylint", "json", "json-lines", "github", "sarif",
                                 "gitlab", "junit", "html"]
    for name, cls in FORMATTERS.items():
        assert cls.name == name and issubclass(cls, Formatter) and cls.__doc__
    assert {name for name, cls in FORMATTERS.items() if cls.human} == {"default", "pylint"}
    assert TemplateFormatter.human


def test_hook_resolves_names_and_templates() -> None:
    import newslint.formatters

    manager = pluggy.PluginManager("newslint")
    manager.add_hookspecs(hookspecs)
    manager.register(newslint.formatters, name="newslint.formatters")
    hook = manager.hook.newslint_formatter
    assert hook(name="sarif") is SarifFormatter
    assert hook(name="json-lines").name == "json-lines"
    assert hook(name="%(path)s: %(text)s") is TemplateFormatter
    assert hook(name="no-such-format") is None


# --- default, pylint, show-source, colour --------------------------------------------------------

def test_default_lines() -> None:
    lines = render("default").splitlines()
    assert lines[0] == (f"{ARTICLE}:1:1: NL104 Headline starts with a scraper label “Source:”")
    assert lines[3] == f"{SHARD}:17:1: NL201 “See also” teaser [record abc123, text 3:1]"
    assert lines[4].endswith("[record #18, maintext 12:15]")
    assert lines[5].endswith("(char 87) [record #19]")
    assert len(lines) == len(VIOLATIONS)


def test_pylint_line() -> None:
    assert render("pylint").splitlines()[1] == (
        f"{ARTICLE}:5: [NL310] Byline “Matt Spitalnik” and sign-off “Matt Spitalnick” (line 43) "
        "spell the reporter differently")


def caret_column(text: str) -> tuple[str, int]:
    source, caret = text.rstrip("\n").split("\n")
    assert caret.strip() == "^"
    return source, caret.index("^") + 1


def test_show_source_caret_under_column() -> None:
    source, col = caret_column(source_lines(VIOLATIONS[2]))
    assert source == LINE_7
    assert col == GUARDIAN_COL == 250
    assert source[col - 1:].startswith("the Guardian")


def test_show_source_uses_field_column_for_records() -> None:
    source, col = caret_column(source_lines(VIOLATIONS[4]))
    assert col == 15 and source[col - 1:] == "Leave a Reply"


def test_show_source_keeps_tabs_aligned_and_skips_missing_lines() -> None:
    v = VIOLATIONS[0]._replace(source_line="\tSee also\tnow", col=6)
    assert source_lines(v) == "\tSee also\tnow\n\t    ^\n"
    assert source_lines(VIOLATIONS[5]) == ""
    out = render("default", [VIOLATIONS[0], VIOLATIONS[5]], show_source=True).splitlines()
    assert out[1:3] == [LINE_1, "^"] and len(out) == 4


def test_colour_in_default_output() -> None:
    line = render("default", VIOLATIONS[:1], color=True).rstrip("\n")
    bold, reset, cyan, red = "\x1b[1m", "\x1b[0m", "\x1b[36m", "\x1b[31m"
    colon = f"{cyan}:{reset}"
    assert line == (f"{bold}{ARTICLE}{reset}{colon}1{colon}1{colon} {bold}{red}NL104{reset} "
                    "Headline starts with a scraper label “Source:”")
    assert "\x1b" not in render("default", VIOLATIONS[:1], color=False)


@pytest.mark.parametrize("name", [n for n, cls in FORMATTERS.items() if not cls.human])
def test_machine_formats_never_colour(name: str) -> None:
    assert "\x1b" not in render(name, color=True)


def test_messages_stay_on_one_line_and_controls_are_escaped() -> None:
    bad = VIOLATIONS[0]._replace(message="two\nlines\r\nand an \x1b[2J escape")
    for name in ("default", "pylint", "github"):
        out = render(name, [bad])
        assert out.count("\n") == 1, name
    assert "two lines and an \\x1b[2J escape" in render("default", [bad])
    record = json.loads(render("json-lines", [bad]))
    assert "\n" not in record["message"]


class FakeTTY(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("mode, env, tty, expected", [
    ("always", {"NO_COLOR": "1"}, False, True),
    ("never", {"FORCE_COLOR": "1"}, True, False),
    ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
    ("auto", {"NO_COLOR": ""}, True, True),
    ("auto", {"FORCE_COLOR": "1", "TERM": "dumb"}, False, True),
    ("auto", {"FORCE_COLOR": ""}, False, False),
    ("auto", {"TERM": "dumb"}, True, False),
    ("auto", {"TERM": "xterm-256color"}, True, True),
    ("auto", {}, False, False),
])
def test_use_color(monkeypatch, mode, env, tty, expected) -> None:
    for key in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    calls: list[int] = []
    monkeypatch.setattr(colorama, "just_fix_windows_console", lambda: calls.append(1))
    assert use_color(mode, FakeTTY(tty)) is expected
    assert calls == ([1] if expected else [])


def test_use_color_rejects_unknown_mode_and_survives_closed_streams() -> None:
    with pytest.raises(ValueError, match="--color"):
        use_color("sometimes", io.StringIO())
    closed = io.StringIO()
    closed.close()
    assert wants_color("auto", closed, environ={}) is False
    assert color_module.MODES == ("auto", "always", "never")


# --- template -------------------------------------------------------------------------------------

def test_template_keys() -> None:
    lines = render("template", template=TEMPLATE).splitlines()
    assert lines[2] == (f"{ARTICLE}|7|{GUARDIAN_COL}|7|{GUARDIAN_COL + 12}|info|NL402|credit-conflict|"
                        f"{VIOLATIONS[2].message}")
    assert lines[3].endswith("[record abc123, text 3:1]")


def test_template_colour_keys_and_errors() -> None:
    colored = render("template", VIOLATIONS[:1], template="%(bold)s%(code)s%(reset)s", color=True)
    assert colored == "\x1b[1mNL104\x1b[0m\n"
    plain = render("template", VIOLATIONS[:1], template="%(bold)s%(code)s%(reset)s", color=False)
    assert plain == "NL104\n"
    with pytest.raises(ValueError, match="unknown key 'line'"):
        check_template("%(path)s:%(line)d")
    with pytest.raises(ValueError, match="bad --format template"):
        check_template("%(path)s:%(row)q")
    with pytest.raises(ValueError):
        TemplateFormatter(ReportOptions(stream=io.StringIO()))


# --- JSON and JSON Lines --------------------------------------------------------------------------

def test_json_objects_have_exactly_the_keys() -> None:
    out = render("json")
    assert out.endswith("]\n") and "“See also”" in out  # not \u-escaped
    items = json.loads(out)
    assert [list(item) for item in items] == [list(KEYS)] * len(VIOLATIONS)
    assert items[5]["fingerprint"] is None and items[5]["field"] is None and items[5]["record"] == 19
    assert items[3]["record_id"] == "abc123" and items[3]["field_line"] == 3
    assert render("json", []) == "[]\n"


def test_json_lines_each_line_parses() -> None:
    lines = render("json-lines").splitlines()
    assert len(lines) == len(VIOLATIONS)
    parsed = [json.loads(line) for line in lines]
    assert parsed == json.loads(render("json"))
    assert render("json-lines", []) == ""


# --- GitHub ---------------------------------------------------------------------------------------

def test_github_escaping() -> None:
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    line = annotation(VIOLATIONS[2]._replace(path="dir,x/a:b.txt"))
    assert line == (f"::notice file=dir%2Cx/a%3Ab.txt,line=7,col={GUARDIAN_COL},endLine=7,"
                    f"endColumn={GUARDIAN_COL + 12},title=NL402 credit-conflict::Credit: “the "
                    "Guardian” here, but “The New York Times” at 13:115 (50%25 of credits)")


def test_github_commands_by_severity_and_records() -> None:
    lines = render("github").splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == [
        "::error", "::warning", "::notice", "::warning", "::warning", "::error"]
    assert lines[3] == (f"::warning file={SHARD},line=17,endLine=17,title=NL201 see-also-link::"
                        "“See also” teaser [record abc123, text 3:1]")


# --- SARIF ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def test_sarif_validates_against_schema(sarif_validator) -> None:
    log = json.loads(render("sarif"))
    errors = list(sarif_validator.iter_errors(log))
    assert errors == [], [error.message for error in errors]
    assert list(sarif_validator.iter_errors(json.loads(render("sarif", [])))) == []
    # The validator does catch a wrong value (the test can fail).
    log["runs"][0]["results"][0]["level"] = "info"
    assert list(sarif_validator.iter_errors(log))


def test_sarif_rules_and_results() -> None:
    run = json.loads(render("sarif"))["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "newslint" and driver["version"] == "0.1.0"
    rules = driver["rules"]
    assert [rule["id"] for rule in rules] == ["NL104", "NL201", "NL310", "NL402", "NL501", "NL901"]
    label = rules[0]
    assert label["shortDescription"]["text"] == SourceLabel.summary
    assert label["help"]["text"] == SourceLabel.documentation()
    assert label["defaultConfiguration"]["level"] == "error"
    assert rules[5]["name"] == "broken-record"  # synthesised: no rule class
    assert [result["level"] for result in run["results"]] == [
        "error", "warning", "note", "warning", "warning", "error"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    first = run["results"][0]
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": ARTICLE, "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 9}}
    assert first["partialFingerprints"] == {"newslint/v1": VIOLATIONS[0].fingerprint}
    record = run["results"][3]
    assert record["properties"] == {"record": 17, "recordId": "abc123", "field": "text",
                                    "fieldLine": 3, "fieldColumn": 1}
    assert "partialFingerprints" not in run["results"][5]


def test_sarif_uris(tmp_path, monkeypatch) -> None:
    assert artifact_location("news/a b/é.txt") == {"uri": "news/a%20b/%C3%A9.txt",
                                                   "uriBaseId": "%SRCROOT%"}
    assert artifact_location("./news/x.txt")["uri"] == "news/x.txt"
    monkeypatch.chdir(tmp_path)
    assert artifact_location(str(tmp_path / "sub" / "x.txt"))["uri"] == "sub/x.txt"
    outside = artifact_location(str(tmp_path.parent / "x y.txt"))
    assert outside["uri"].startswith("file:///") and outside["uri"].endswith("/x%20y.txt")
    assert "uriBaseId" not in outside


# --- GitLab ---------------------------------------------------------------------------------------

def test_gitlab_code_quality() -> None:
    items = json.loads(render("gitlab"))
    assert [item["severity"] for item in items] == ["major", "minor", "info", "minor", "minor",
                                                    "major"]
    assert items[0] == {"description": "NL104 Headline starts with a scraper label “Source:”",
                        "check_name": "NL104", "fingerprint": VIOLATIONS[0].fingerprint,
                        "severity": "major",
                        "location": {"path": ARTICLE, "lines": {"begin": 1}}}
    prints = [item["fingerprint"] for item in items]
    assert len(set(prints)) == len(prints) and all(prints)


def test_gitlab_fingerprints_unique_for_repeats() -> None:
    twice = [VIOLATIONS[1], VIOLATIONS[1]._replace(line=9)]
    prints = [item["fingerprint"] for item in json.loads(render("gitlab", twice))]
    assert prints[0] == VIOLATIONS[1].fingerprint and prints[1] != prints[0]
    assert GitlabFormatter.name == "gitlab"


# --- JUnit ----------------------------------------------------------------------------------------

def test_junit_parses_and_counts() -> None:
    out = render("junit")
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(out.split("\n", 1)[1])
    assert root.tag == "testsuites" and root.get("tests") == "3" and root.get("failures") == "2"
    (suite,) = root
    assert suite.get("name") == "newslint" and suite.get("tests") == "3"
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert list(cases) == PATHS
    assert cases[CLEAN].find("failure") is None
    failure = cases[ARTICLE].find("failure")
    assert failure.get("message") == (
        "NL104 Headline starts with a scraper label “Source:” (and 2 more)")
    assert failure.text.splitlines() == [
        f"{v.path}:{v.line}:{v.col}: {v.code} {v.message}" for v in VIOLATIONS[:3]]
    assert len(cases[SHARD].findall("failure")) == 1
    assert cases[SHARD].find("failure").text.splitlines()[0].endswith("[record abc123, text 3:1]")


def test_junit_survives_characters_xml_forbids() -> None:
    nasty = VIOLATIONS[0]._replace(message="bell \x07 & <tag> \"quoted\"")
    root = ET.fromstring(render("junit", [nasty], paths=[]).split("\n", 1)[1])
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == "NL104 bell \ufffd & <tag> \"quoted\""


def test_record_suffix() -> None:
    assert record_suffix(VIOLATIONS[0]) == ""
    assert record_suffix(VIOLATIONS[3]) == " [record abc123, text 3:1]"
    assert record_suffix(VIOLATIONS[5]) == " [record #19]"


def test_default_formatter_is_registered_class() -> None:
    assert builtin_formatter("default") is DefaultFormatter
    assert builtin_formatter("nope") is None
