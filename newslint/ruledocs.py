"""``newslint rules`` (the catalogue as a table or JSON) and ``newslint rule CODE`` (one rule's docs).

The documentation is the rule class's own docstring (What it flags / Why it matters / Example), so
docs and code cannot drift apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from newslint.config import ConfigError
from newslint.plugins import Plugins
from newslint.settings import Settings
from newslint.rule import Example, Rule
from newslint.selection import rule_by_code_or_name


def describe(rule: type[Rule]) -> dict:
    return {
        "code": rule.code, "name": rule.name, "summary": rule.summary,
        "severity": str(rule.severity), "kind": rule.kind, "plugin": rule.plugin,
        "languages": list(rule.languages), "default_enabled": rule.default_enabled,
        "measured": rule.measured,
        "fix": {"how": rule.fix.how, "safe": rule.fix.safe} if rule.fix is not None else None,
        "options": {key: {"default": option.default, "type": option.type.__name__, "help": option.help}
                    for key, option in rule.options.items()},
        "documentation": rule.documentation(),
        "examples": {key: [_json_example(example) for example in rule.examples.get(key, ())]
                     for key in ("flag", "pass")},
        **_declared(rule),
    }


def _json_example(example: Example) -> "str | list[str]":
    return example if isinstance(example, str) else list(example)


def _declared(rule: type[Rule]) -> dict:
    """What a declarative rule adds to its description: its pattern, scope, fix and table."""
    spec = getattr(rule, "spec", None)
    if spec is None:
        return {}
    return {"pattern": spec.pattern, "scope": spec.scope, "fix": spec.fix,
            "fix_safe": spec.fix_safe, "declared_in": spec.where}


def render_examples(rule: type[Rule]) -> list[str]:
    """The rule's examples as Markdown, as ``newslint rule CODE`` shows them."""
    lines: list[str] = []
    scope = rule.examples.get("scope", "line")
    for key, label in (("flag", "Flagged"), ("pass", "Not flagged")):
        for example in rule.examples.get(key, ()):
            if isinstance(example, str):
                lines += _example_lines(f"- {label}:", f"- {label}, a whole text:", example, "  ")
                continue
            lines.append(f"- {label}, as one run of {len(example)} documents:")
            for number, text in enumerate(example, 1):
                lines += _example_lines(f"  {number}.", f"  {number}. A whole text:", text, "     ")
    if lines:
        where = "" if scope == "line" else f"; a one-line example stands as the {scope}"
        lines[:0] = [f"Examples (`newslint test-rules` runs them{where}):", ""]
    return lines


def _example_lines(head: str, block_head: str, text: str, indent: str) -> list[str]:
    if "\n" not in text and "`" not in text:
        return [f"{head} `{text}`"]
    return [block_head, "", f"{indent}```",
            *[f"{indent}{line}".rstrip() for line in text.split("\n")], f"{indent}```", ""]
def fix_label(rule: type[Rule]) -> str:
    """``safe``, ``unsafe`` or ``-``: whether ``--fix`` (or ``--unsafe-fixes``) fixes the rule's
    findings."""
    if rule.fix is None:
        return "-"
    return "safe" if rule.fix.safe else "unsafe"


def render_markdown(rule: type[Rule]) -> str:
    """A rule's page, as ``newslint rule CODE`` prints it."""
    lines = [f"# {rule.code} {rule.name}", "", rule.summary, "",
             f"Severity: {rule.severity}. Kind: {rule.kind} rule. Plugin: {rule.plugin}. "
             f"Languages: {', '.join(rule.languages)}." + ("" if rule.default_enabled else
                                                          " Off unless selected."), ""]
    if rule.measured:
        lines += [f"Measured on the development sources: {rule.measured}.", ""]
    lines += [f"Fix: {rule.fix.describe()}." if rule.fix is not None else "Fix: none.", ""]
    lines.append(rule.documentation())
    if rule.options:
        lines += ["", f"Options ([tool.newslint.rules.{rule.name}]):"]
        for key, option in rule.options.items():
            lines.append(f"  {key} ({option.type.__name__}, default {option.default!r}): {option.help}")
    examples = render_examples(rule)
    if examples:
        lines += ["", *examples]
    return "\n".join(lines) + "\n"


def catalogue_markdown(rules: list[type[Rule]]) -> str:
    """The whole catalogue as one Markdown page (``docs/rules.md`` is generated with this)."""
    parts = ["# newslint rules", "",
             "Generated from the rules' docstrings by `newslint rules --format markdown "
             "--disable-plugin-autoload`; do not edit by hand.", "",
             "| code | name | severity | fix | summary |", "|---|---|---|---|---|"]
    parts += [f"| {r.code} | `{r.name}` | {r.severity} | {fix_label(r)} | {r.summary} |" for r in rules]
    parts.append("")
    for rule in rules:
        page = render_markdown(rule).replace(f"# {rule.code}", f"## {rule.code}", 1)
        parts.append(page)
    return "\n".join(parts)


def add_plugin_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that choose the plugins (and so the rules): as for a lint run."""
    parser.add_argument("-p", dest="plugins", action="append", default=[], metavar="NAME",
                        help="load plugin module NAME, or 'no:NAME' to block a plugin")
    parser.add_argument("--disable-plugin-autoload", action="store_true",
                        help="do not load plugins from entry points")
    parser.add_argument("--config", help="read this configuration file instead of looking for one")
    parser.add_argument("--isolated", action="store_true",
                        help="ignore every configuration file (no local plugins, no custom rules)")


def plugins_of(args: argparse.Namespace) -> "tuple[Settings, Plugins]":
    """The settings, and the plugins (and so the rules) a lint run with the same options and
    configuration would load."""
    import os

    from newslint.config import load_settings
    from newslint.plugins import AUTOLOAD_ENV, plugins_for

    settings = load_settings(args.config, args.isolated)
    settings.blocked_plugins = [p[3:] for p in args.plugins if p.startswith("no:")]
    settings.extra_plugins = [p for p in args.plugins if not p.startswith("no:")]
    settings.autoload_plugins = not (args.disable_plugin_autoload or os.environ.get(AUTOLOAD_ENV))
    return settings, plugins_for(settings)


def main(argv: Sequence[str]) -> int:
    command, rest = argv[0], list(argv[1:])
    parser = argparse.ArgumentParser(prog=f"newslint {command}")
    if command == "rule":
        parser.add_argument("rule", help="a rule code or name")
    parser.add_argument("--format", "--output-format", dest="format", default="text",
                        choices=("text", "json", "markdown"))
    add_plugin_arguments(parser)
    args = parser.parse_args(rest)
    _, plugins = plugins_of(args)
    if command == "rule":
        rule = rule_by_code_or_name(plugins.rules, args.rule)
        if rule is None:
            raise ConfigError(f"unknown rule code or name {args.rule!r} (see 'newslint rules')")
        if args.format == "json":
            print(json.dumps(describe(rule), indent=2, ensure_ascii=False))
        else:
            sys.stdout.write(render_markdown(rule))
        return 0
    rules = list(plugins.rules.values())
    if args.format == "markdown":
        sys.stdout.write(catalogue_markdown(rules))
        return 0
    if args.format == "json":
        print(json.dumps([describe(rule) for rule in rules], indent=2, ensure_ascii=False))
        return 0
    width = max((len(rule.name) for rule in rules), default=4)
    print(f"{'code':<6} {'name':<{width}} {'severity':<8} {'fix':<6} summary")
    for rule in rules:
        print(f"{rule.code:<6} {rule.name:<{width}} {str(rule.severity):<8} {fix_label(rule):<6} "
              f"{rule.summary}")
    return 0
