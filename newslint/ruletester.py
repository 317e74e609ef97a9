"""``newslint test-rules [CODE…]``: run every loaded rule's examples, as Vale and textlint test theirs.

A rule's examples (:attr:`newslint.rule.Rule.examples`, or a declarative rule's
``examples.flag`` / ``examples.pass``) say what it must flag and what it must leave alone. Each
example runs through the real engine (the rule alone selected, its default options, crashes
isolated as in a lint run) as a small article:

- An example with no line break is placed in :data:`FRAME`, a five-paragraph article, in the slot
  of the rule's scope (``examples["scope"]``, a declarative rule's ``scope``): ``headline``,
  ``byline``, ``lead`` and ``sign-off`` replace that paragraph of the frame; ``line`` (the default,
  and what every Python rule gets unless it names a scope) stands as a paragraph of its own between
  the lead and the next paragraph of prose; ``text`` is the whole text, with no frame.
  A flag example passes when the rule flags that line; a pass example when it flags nothing on it
  (what the rule says about the frame's own lines does not count).
- An example with a line break is the whole text of the document, used as it is: a flag example
  passes when the rule flags anything, a pass example when it flags nothing.
- An example that is a list of texts is one run over several documents (for corpus rules), each
  text placed as above.

A lint run never executes examples; this command (and :func:`newslint.testing.assert_examples`)
does. Exit status: 0 when every example behaves, 1 when one does not (one line for each), 2 for a
configuration or plugin error.
"""

from __future__ import annotations

import argparse
import sys
from typing import Iterable, Mapping, NamedTuple, Optional, Sequence

from newslint.article import parse
from newslint.document import Document
from newslint.plugins import Plugins
from newslint.rule import Example, Rule, examined_alone
from newslint.settings import Settings

#: The article a one-line example is placed in: its paragraphs by slot, in order. The ``line``
#: slot is empty here: a ``line`` example is inserted there as a paragraph of its own.
FRAME: tuple[tuple[str, str], ...] = (
    ("headline", "Council approves new budget for the city's schools"),
    ("byline", "By Jane Doe"),
    ("lead", "The city council approved a new budget for its schools on Tuesday, after months of "
             "debate over teacher pay and the repair of old buildings."),
    ("line", ""),
    ("body", "Officials said the money would be spent over the next three years, starting with "
             "the oldest school buildings in the north of the city."),
    ("sign-off", "(Reporting by Jane Doe; Editing by John Smith)"),
)
KINDS = ("flag", "pass")


class Placed(NamedTuple):
    """One document of an example: its text, and the 0-based line the example stands on (``None``:
    the example is the whole text)."""

    text: str
    line: Optional[int]


def place(example: str, scope: str = "line") -> Placed:
    """Where ``example`` stands in the document that runs it (see the module's docstring)."""
    if "\n" in example or scope == "text":
        return Placed(example, None)
    paragraphs: list[str] = []
    line = 0
    for slot, text in FRAME:
        if slot == scope:
            line = 2 * len(paragraphs)
            paragraphs.append(example)
        elif text:
            paragraphs.append(text)
    return Placed("\n\n".join(paragraphs) + "\n", line)


def documents(example: Example, scope: str = "line") -> list[Placed]:
    """The documents of one example (several for a list of texts)."""
    texts = [example] if isinstance(example, str) else list(example)
    return [place(text, scope) for text in texts]


class Failure(NamedTuple):
    """An example that does not behave."""

    code: str
    name: str
    kind: str  # "flag" or "pass"
    number: int  # 1-based, within its kind
    example: Example
    problem: str  # "was flagged", "was not flagged", "crashed the rule"
    detail: str  # the finding's message, the crash, or why the example was not seen
    where: str

    def __str__(self) -> str:
        detail = f" — {self.detail}" if self.detail else ""
        return (f"{self.code} {self.name}: {self.kind}-example {self.number} {self.problem}: "
                f"{quote(self.example)}{detail} ({self.where})")


def quote(example: Example, limit: int = 70) -> str:
    """The example on one line, quoted and shortened: ``'Our Standards: …'``."""
    text = example if isinstance(example, str) else " | ".join(example)
    text = text.replace("\n", "\\n")
    if len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    return f"'{text}'"


def defined_in(rule: type[Rule], kind: str) -> str:
    """Where the rule's examples of ``kind`` are written: a declarative rule's table key, or the
    Python class."""
    spec = getattr(rule, "spec", None)
    if spec is not None:
        return f"{spec.where}.examples.{kind}"
    return f"{rule.__module__}.{rule.__qualname__}.examples"


def run_examples(rule: type[Rule], plugins: Plugins, settings: Optional[Settings] = None) -> list[Failure]:
    """The examples of ``rule`` that do not behave (run with its default options)."""
    from newslint.engine import CorpusState, Linter

    also = ["NL9"] if any(code.startswith("NL9") for code in plugins.rules) \
        and not rule.code.startswith("NL9") else []
    base = settings or Settings()
    # The rule alone, with its default options: examples are written against the defaults.
    linter = Linter(Settings(**examined_alone([rule], *also), rule_timeout=base.rule_timeout),
                    plugins)
    scope = rule.examples.get("scope", "line")
    failures: list[Failure] = []
    for kind in KINDS:
        for number, example in enumerate(rule.examples.get(kind, ()), 1):
            placed = documents(example, scope)
            corpus = CorpusState() if linter.corpus_rules else None
            found = []
            for index, document in enumerate(placed):
                path = f"example-{index + 1}.txt"
                found += [(path, v) for v in linter.lint(Document(path, document.text), corpus)]
            if corpus is not None:
                found += [(v.path, v) for v in linter.judge(corpus)]
            problem = _judge(rule, kind, placed, found, scope)
            if problem is not None:
                failures.append(Failure(rule.code, rule.name, kind, number, example, *problem,
                                        defined_in(rule, kind)))
    return failures


def _judge(rule: type[Rule], kind: str, placed: list[Placed], found: list,
           scope: str) -> Optional[tuple[str, str]]:
    """(problem, detail) when the example does not behave, else ``None``."""
    crashes = [v for _, v in found if v.code in ("NL901", "NL902", "NL903")]
    if crashes:
        return "crashed the rule", crashes[0].message
    lines = {f"example-{index + 1}.txt": document.line for index, document in enumerate(placed)}
    hits = [v for path, v in found if v.code == rule.code and (
        lines.get(path) is None or v.line <= lines[path] + 1 <= v.end_line)]
    if kind == "flag" and not hits:
        return "was not flagged", _not_in_its_slot(placed, scope)
    if kind == "pass" and hits:
        return "was flagged", f'"{hits[0].message}"'
    return None


def _not_in_its_slot(placed: list[Placed], scope: str) -> str:
    """Why a one-line example of a headline, byline, lead or sign-off rule was not seen, when the
    article does not read it as that part."""
    if scope not in ("headline", "byline", "lead", "sign-off"):
        return ""
    for document in placed:
        if document.line is None:
            continue
        article = parse(Document("example.txt", document.text))
        lines = article.signoffs if scope == "sign-off" else [getattr(article, scope)]
        if all(line is None or line.index != document.line for line in lines):
            return f"newslint does not read it as the {scope} where it stands"
    return ""


# -- the command ----------------------------------------------------------------------------------

class Outcome(NamedTuple):
    rules: int
    examples: int
    failures: list[Failure]
    #: Rules without a flag example or without a pass example: (rule, missing kinds).
    missing: list[tuple[type[Rule], tuple[str, ...]]]


def check_rules(rules: Iterable[type[Rule]], plugins: Plugins,
               settings: Optional[Settings] = None) -> Outcome:
    """Run the examples of ``rules``."""
    tested = [rule for rule in rules if rule.kind != "problem"]
    failures: list[Failure] = []
    missing = []
    examples = 0
    for rule in tested:
        examples += sum(len(rule.examples.get(kind, ())) for kind in KINDS)
        failures += run_examples(rule, plugins, settings)
        lacking = tuple(kind for kind in KINDS if not rule.examples.get(kind))
        if lacking:
            missing.append((rule, lacking))
    return Outcome(len(tested), examples, failures, missing)


def chosen_rules(rules: Mapping[str, type[Rule]], entries: Sequence[str]) -> list[type[Rule]]:
    """The rules named by codes, prefixes or names (all when none is given)."""
    from newslint.selection import resolve_entries

    if not entries:
        return list(rules.values())
    prefixes = resolve_entries(entries, rules, "newslint test-rules")
    return [rule for code, rule in rules.items() if any(code.startswith(p) for p in prefixes)]


def main(argv: Sequence[str]) -> int:
    from newslint.ruledocs import add_plugin_arguments, plugins_of

    parser = argparse.ArgumentParser(
        prog="newslint test-rules",
        description="Run the examples of every loaded rule (built-in, plugins, local plugins and "
                    "declarative rules): each flag example must be flagged, each pass example not. "
                    "Exit 0 when all behave, 1 when one does not, 2 on a configuration error.")
    parser.add_argument("rules", nargs="*", metavar="CODE",
                        help="rule codes, prefixes or names to test (default: every rule)")
    parser.add_argument("--require-examples", action="store_true",
                        help="fail for a rule without a flag example or without a pass example")
    add_plugin_arguments(parser)
    args = parser.parse_args(list(argv[1:]))
    settings, plugins = plugins_of(args)
    plugins.manager.hook.newslint_configure.call_historic(kwargs={"settings": settings})
    outcome = check_rules(chosen_rules(plugins.rules, args.rules), plugins, settings)
    out = sys.stdout
    for failure in outcome.failures:
        out.write(f"{failure}\n")
    failed = len(outcome.failures)
    if args.require_examples:
        for rule, lacking in outcome.missing:
            out.write(f"{rule.code} {rule.name}: declares no {' and no '.join(lacking)} example "
                      f"({defined_in(rule, lacking[0])})\n")
        failed += len(outcome.missing)
    rules = f"{outcome.rules} rule{'s' if outcome.rules != 1 else ''}"
    examples = f"{outcome.examples} example{'s' if outcome.examples != 1 else ''}"
    if outcome.failures:
        in_rules = len({failure.code for failure in outcome.failures})
        out.write(f"newslint test-rules: {len(outcome.failures)} of {examples} misbehave, in "
                  f"{in_rules} of {rules}.\n")
    elif failed:
        out.write(f"newslint test-rules: {rules}, {examples}, all behave; "
                  f"{len(outcome.missing)} without the examples required.\n")
    else:
        without = [rule.code for rule, lacking in outcome.missing if len(lacking) == len(KINDS)]
        note = f"; {len(without)} without examples: {', '.join(without)}" if without else ""
        out.write(f"newslint test-rules: {rules}, {examples}, all behave{note}.\n")
    return 1 if failed else 0
