"""``newslint test-rules``: every loaded rule's examples, by real command-line runs.

The built-in rules all declare a flag and a pass example and all behave (this is the CI check of
the catalogue); a declarative rule's or a local plugin's example that misbehaves is one line naming
the rule, the example and where it is written, exit 1; a lint run never executes examples.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.article import parse
from newslint.document import Document
from newslint.ruletester import FRAME, place
from scratch_project import AGENCY, FOOTER, TRUST, lint as run, write

DESK_RULES = '''
from newslint import hookimpl
from newslint.rule import LineRule
from newslint.violation import Hit


class DeskNote(LineRule):
    """A note to the desk left in the copy."""

    code = "HX201"
    name = "desk-note"
    summary = "A note to the desk left in the copy"
    examples = EXAMPLES
    trigger = r"NOTE TO DESK|MARKER|CRASH"

    def check_line(self, line, article):
        if "MARKER" in line.text:
            open("examples-ran", "w").close()  # proves the examples were executed
        if "CRASH" in line.text:
            raise ValueError("cannot read " + line.text)
        if line.text.startswith("NOTE TO DESK"):
            yield Hit(*line.span(), "note to the desk left in the copy")


@hookimpl
def newslint_rules():
    return [DeskNote]
'''


def desk(tmp_path: Path, examples: str) -> Path:
    write(tmp_path / "newslint.toml", "[local-plugins]\npaths = ['lint']\nplugins = ['desk_rules']\n")
    write(tmp_path / "lint" / "desk_rules.py", DESK_RULES.replace("EXAMPLES", examples))
    return tmp_path


# -- the built-in rules: the CI check -------------------------------------------------------------

def test_every_built_in_rule_has_examples_and_they_all_behave(tmp_path):
    described = json.loads(run(tmp_path, "rules", "--format", "json", "--isolated").stdout)
    rules = [rule for rule in described if rule["kind"] != "problem"]
    for rule in rules:
        assert rule["examples"]["flag"] and rule["examples"]["pass"], rule["code"]
    examples = sum(len(rule["examples"]["flag"]) + len(rule["examples"]["pass"]) for rule in rules)
    result = run(tmp_path, "test-rules", "--isolated", "--disable-plugin-autoload",
                 "--require-examples")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"newslint test-rules: {len(rules)} rules, {examples} examples, all behave.\n"
    assert result.stderr == ""


def test_codes_prefixes_and_names_choose_the_rules(tmp_path):
    assert run(tmp_path, "test-rules", "--isolated", "NL201").stdout == \
        "newslint test-rules: 1 rule, 2 examples, all behave.\n"
    assert run(tmp_path, "test-rules", "--isolated", "see-also-link", "NL40").stdout.startswith(
        "newslint test-rules: 10 rules, ")
    result = run(tmp_path, "test-rules", "--isolated", "ZZ999")
    assert result.returncode == 2
    assert result.stderr == "newslint: error: newslint test-rules: unknown rule code or name 'ZZ999'\n"


# -- declarative rules ----------------------------------------------------------------------------

def test_a_declarative_rules_examples_behave(tmp_path):
    write(tmp_path / "pyproject.toml", TRUST)
    result = run(tmp_path, "test-rules", "HX")
    assert (result.returncode, result.stdout) == (0, "newslint test-rules: 1 rule, 2 examples, all behave.\n")


def test_misbehaving_examples_are_one_line_each_and_exit_1(tmp_path):
    write(tmp_path / "pyproject.toml", TRUST.replace(f'["{FOOTER}"]', "FLAG").replace(
        f'["{AGENCY}"]', f'["{FOOTER}"]').replace("FLAG", f'["{AGENCY}"]'))
    result = run(tmp_path, "test-rules", "HX101")
    where = f"{tmp_path.resolve() / 'pyproject.toml'}: tool.newslint.custom-rules.trust-principles.examples"
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"HX101 trust-principles: flag-example 1 was not flagged: '{AGENCY}' ({where}.flag)",
        f"HX101 trust-principles: pass-example 1 was flagged: '{FOOTER}' — "
        f"\"wire footer left in the text: {FOOTER}\" ({where}.pass)",
        "newslint test-rules: 2 of 2 examples misbehave, in 1 of 1 rule.",
    ]


def test_an_example_the_article_does_not_read_in_its_scope_says_so(tmp_path):
    write(tmp_path / "newslint.toml", """[custom-rules.staff-byline]
code = "HX102"
summary = "A byline crediting staff"
scope = "byline"
pattern = 'Staff'
examples.flag = ["By Reuters Staff", "Reuters Staff"]
""")
    result = run(tmp_path, "test-rules", "HX102")
    assert result.stdout.splitlines()[0] == (
        "HX102 staff-byline: flag-example 2 was not flagged: 'Reuters Staff' — newslint does not "
        f"read it as the byline where it stands ({tmp_path.resolve() / 'newslint.toml'}: "
        "custom-rules.staff-byline.examples.flag)")


# -- Python rules ---------------------------------------------------------------------------------

def test_a_local_plugins_examples_behave_or_say_why_not(tmp_path):
    root = desk(tmp_path, '{"flag": ["NOTE TO DESK: call Caracas", "Note to desk: call Caracas"], '
                          '"pass": ["The desk noted the figures.", "CRASH here"]}')
    result = run(root, "test-rules", "desk-note")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "HX201 desk-note: flag-example 2 was not flagged: 'Note to desk: call Caracas' "
        "(desk_rules.DeskNote.examples)",
        "HX201 desk-note: pass-example 2 crashed the rule: 'CRASH here' — rule HX201 (desk-note) "
        "crashed: ValueError: cannot read CRASH here (desk_rules.DeskNote.examples)",
        "newslint test-rules: 2 of 4 examples misbehave, in 1 of 1 rule.",
    ]


def test_require_examples_names_the_rules_without(tmp_path):
    root = desk(tmp_path, '{"flag": ["NOTE TO DESK: call Caracas"]}')
    plain = run(root, "test-rules", "HX201")
    assert (plain.returncode, plain.stdout) == (0, "newslint test-rules: 1 rule, 1 example, all behave.\n")
    strict = run(root, "test-rules", "HX201", "--require-examples")
    assert strict.returncode == 1
    assert strict.stdout.splitlines() == [
        "HX201 desk-note: declares no pass example (desk_rules.DeskNote.examples)",
        "newslint test-rules: 1 rule, 1 example, all behave; 1 without the examples required.",
    ]
    nothing = desk(tmp_path / "empty", "{}")
    assert run(nothing, "test-rules", "HX2").stdout == \
        "newslint test-rules: 1 rule, 0 examples, all behave; 1 without examples: HX201.\n"


def test_malformed_examples_are_refused_when_the_plugin_loads(tmp_path):
    root = desk(tmp_path, '{"flag": "NOTE TO DESK: call Caracas"}')
    result = run(root, "test-rules")
    assert result.returncode == 2
    assert result.stderr == (
        "newslint: error: plugin 'desk_rules': rule HX201: examples['flag'] must be a list of "
        "texts (a text, or a list of texts for a run of several documents)\n")


def test_a_lint_run_never_executes_examples(tmp_path):
    root = desk(tmp_path, '{"flag": ["NOTE TO DESK: MARKER"], "pass": ["The desk noted it."]}')
    write(root / "story.txt", "Headline of the story\n\nNOTE TO DESK: call Caracas\n")
    result = run(root, "--select", "HX201", "story.txt")
    assert result.stdout == "story.txt:3:1: HX201 note to the desk left in the copy\n"
    assert not (root / "examples-ran").exists()
    assert run(root, "test-rules", "HX201").returncode == 0
    assert (root / "examples-ran").exists()


# -- where a one-line example stands --------------------------------------------------------------

@pytest.mark.parametrize("scope, example", [
    ("headline", "BREAKING: Council approves budget"),
    ("byline", "By Matt Spetalnick"),
    ("lead", "WASHINGTON (Reuters) - Senior U.S. officials traveled to Venezuela on Saturday."),
    ("sign-off", "(Reporting by Matt Spetalnick; Editing by William Mallard)"),
])
def test_a_one_line_example_is_read_as_the_part_its_scope_names(scope, example):
    placed = place(example, scope)
    article = parse(Document("example.txt", placed.text))
    assert article.lines[placed.line] == example
    lines = article.signoffs if scope == "sign-off" else [getattr(article, scope)]
    assert placed.line in [line.index for line in lines]


def test_a_line_example_stands_between_the_lead_and_the_next_paragraph():
    placed = place("See also  Another story", "line")
    article = parse(Document("example.txt", placed.text))
    assert placed.line == 6 and article.lines[6] == "See also  Another story"
    assert article.lead.index == 4 and article.line(6).role == "body"
    assert [text for slot, text in FRAME if slot == "line"] == [""]


def test_a_text_with_a_line_break_or_of_text_scope_is_the_whole_document():
    assert place("A\n\nB", "headline") == ("A\n\nB", None)
    assert place("Only line", "text") == ("Only line", None)
