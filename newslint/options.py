"""The command line: every option, and how it lands on :class:`~newslint.settings.Settings`."""

from __future__ import annotations

import argparse
import os
from typing import NamedTuple, Optional, Sequence

from newslint import __version__
from newslint.config import ConfigError, SEVERITIES
from newslint.plugins import AUTOLOAD_ENV
from newslint.settings import Settings

EXIT_CODES = """exit codes:
  0    no finding that fails the run (see --fail-on)
  1    findings (with --diff: something to fix)
  2    usage, configuration, plugin or internal error; with --fix, a file not written
  130  interrupted (Ctrl-C)
"""


def comma_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def non_negative(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, not {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newslint",
        description="Lint scraped news copy: text files, Markdown and JSONL records. "
                    "Other commands: 'newslint rules' lists the rules, 'newslint rule CODE' explains one, "
                    "'newslint test-rules [CODE...]' runs the rules' examples, "
                    "'newslint clean-cache' removes the cache, "
                    "'newslint warm' compiles the scan accelerator now.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders to lint ('-' reads standard input); default: .")
    parser.add_argument("--version", action="store_true", help="show the version and loaded plugins")

    selection = parser.add_argument_group("selecting rules")
    selection.add_argument("--select", type=comma_list, help="codes, prefixes or names to enable (replaces the default set)")
    selection.add_argument("--ignore", type=comma_list, help="codes, prefixes or names to disable (replaces the configured list)")
    selection.add_argument("--extend-select", type=comma_list, default=[], help="add to the selection")
    selection.add_argument("--extend-ignore", type=comma_list, default=[], help="add to the ignored")
    selection.add_argument("--per-file-ignores", default=None,
                           help="'GLOB:CODES GLOB:CODES', e.g. 'archive/*.txt:NL3,NL401'")

    files = parser.add_argument_group("choosing files")
    files.add_argument("--include", type=comma_list, help="globs of files to lint inside folders")
    files.add_argument("--exclude", type=comma_list, help="globs of files and folders to skip (replaces the defaults)")
    files.add_argument("--extend-exclude", type=comma_list, default=[], help="more globs to skip")
    files.add_argument("--stdin-display-name", default="stdin", help="the name reported for '-'")
    files.add_argument("--field", action="append", default=[], metavar="ROLE=NAME",
                       help="record field for a role (text, title, authors, outlet, url, date, id); repeatable")

    output = parser.add_argument_group("output")
    output.add_argument("--format", "--output-format", dest="format", default="default",
                        help="default, pylint, json, json-lines, github, sarif, gitlab, junit, html, "
                             "or a template such as '%%(path)s:%%(row)d: %%(code)s %%(text)s'")
    output.add_argument("--color", "--colour", choices=("auto", "always", "never"), default="auto",
                        help="colour the human formats (default: auto; NO_COLOR and FORCE_COLOR apply)")
    output.add_argument("--show-source", action="store_true", help="print the flagged line and a caret")
    output.add_argument("--statistics", action="store_true", help="count findings per code at the end")
    output.add_argument("--count", action="store_true", help="print the number of findings at the end")
    output.add_argument("-o", "--output-file", help="write the report to this file (replaced, atomically)")
    output.add_argument("--tee", action="store_true", help="with --output-file, print the report too")
    output.add_argument("-q", "--quiet", action="count", default=0,
                        help="-q: only the names of files with findings; -qq: nothing")
    output.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                        help="progress on standard error (auto: only on a terminal, never in CI)")

    report = parser.add_argument_group("HTML report (--format html)")
    report.add_argument("--report-group-by", action="append", default=[], metavar="FIELD",
                        help="also count findings per value of this record field (e.g. extractor); repeatable")
    report.add_argument("--report-max-documents", type=non_negative, default=200, metavar="N",
                        help="show the N worst documents in full, the rest in the tables (default: 200)")

    outcome = parser.add_argument_group("outcome")
    outcome.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    outcome.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that fails the run (default: info, i.e. any finding)")
    outcome.add_argument("--baseline", help="hide the findings recorded in this baseline file")
    outcome.add_argument("--write-baseline", metavar="FILE", help="record the current findings as a baseline and exit 0")

    fixing = parser.add_argument_group("fixing (safe fixes only, unless --unsafe-fixes)")
    fixing.add_argument("--fix", action="store_true",
                        help="fix what can be fixed, in place (atomically); report what remains")
    fixing.add_argument("--unsafe-fixes", action="store_true",
                        help="apply unsafe fixes too (rules below 0.99 precision: check the result)")
    fixing.add_argument("--fix-only", action="store_true",
                        help="fix, and report nothing of what remains (implies --fix)")
    fixing.add_argument("--show-fixes", action="store_true",
                        help="list what was fixed, per file and rule")
    fixing.add_argument("--diff", action="store_true",
                        help="print a unified diff of what --fix would change; change nothing "
                             "(exit 1 when there is something to fix)")
    fixing.add_argument("--fix-output", metavar="DIR",
                        help="write cleaned copies of every input file under DIR, mirroring their "
                             "paths, instead of fixing in place (implies --fix)")
    fixing.add_argument("--fix-audit", metavar="FIELD",
                        help="in each cleaned record, list what was removed in FIELD (code, "
                             "original lines, fingerprint of the removed text)")

    config = parser.add_argument_group("configuration")
    config.add_argument("--config", help="read this file instead of looking for one")
    config.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    config.add_argument("--rule-timeout", type=float, help="seconds one rule may spend on one document")

    plugins = parser.add_argument_group("plugins")
    plugins.add_argument("-p", dest="plugins", action="append", default=[], metavar="NAME",
                         help="load plugin module NAME, or 'no:NAME' to block a plugin (built-ins too)")
    plugins.add_argument("--disable-plugin-autoload", action="store_true",
                         help="do not load plugins from entry points (also NEWSLINT_DISABLE_PLUGIN_AUTOLOAD=1)")
    plugins.add_argument("--require-plugins", type=comma_list, default=[],
                         help="fail (exit 2) unless these plugin distributions load")

    scale = parser.add_argument_group("scale")
    scale.add_argument("-j", "--jobs", default="1", help="processes to use, or 'auto' for one per core (default: 1)")
    scale.add_argument("--dask", metavar="SCHEDULER",
                       help="lint on a Dask cluster: 'local' starts a LocalCluster, else a scheduler address")

    cache = parser.add_argument_group("cache")
    cache.add_argument("--cache-dir", metavar="DIR",
                       help="where results of unchanged files are kept (default: .newslint_cache "
                            "beside the configuration file, else here; or NEWSLINT_CACHE_DIR)")
    cache.add_argument("--no-cache", action="store_true",
                       help="lint every file and keep nothing (the cache is also off under --dask)")
    return parser


def apply_arguments(settings: Settings, args: argparse.Namespace) -> Settings:
    """Command-line values override the configuration file's."""
    if args.select is not None:
        settings.select = args.select
    if args.ignore is not None:
        settings.ignore = args.ignore
    settings.extend_select += args.extend_select
    settings.extend_ignore += args.extend_ignore
    if args.per_file_ignores:
        settings.per_file_ignores = parse_per_file_ignores(args.per_file_ignores)
    if args.include is not None:
        settings.include = args.include
    if args.exclude is not None:
        settings.exclude = args.exclude
    settings.extend_exclude += args.extend_exclude
    if args.fail_on:
        settings.fail_on = args.fail_on
    if args.baseline:
        settings.baseline = args.baseline
    elif settings.baseline and settings.config_path:
        settings.baseline = os.path.join(settings.root, settings.baseline)
    if args.rule_timeout is not None:
        if args.rule_timeout <= 0:
            raise ConfigError("--rule-timeout must be a positive number of seconds")
        settings.rule_timeout = args.rule_timeout
    for plugin in args.plugins:
        if plugin.startswith("no:"):
            settings.blocked_plugins.append(plugin[3:])
        else:
            settings.extra_plugins.append(plugin)
    if args.disable_plugin_autoload or os.environ.get(AUTOLOAD_ENV):
        settings.autoload_plugins = False
    settings.require_plugins += args.require_plugins
    from newslint.fix.session import fix_options

    settings.fix = fix_options(args, settings)
    for item in args.field:
        role, sep, name = item.partition("=")
        from newslint.config import INPUT_ROLES

        if not sep or role not in INPUT_ROLES or not name:
            raise ConfigError(f"--field {item!r}: expected ROLE=NAME with ROLE one of {', '.join(INPUT_ROLES)}")
        settings.input_fields[role] = [name]
    return settings


class EarlyArguments(NamedTuple):
    """What is read from the command line before the plugins are loaded."""

    blocked: list[str]
    extra: list[str]
    autoload: bool
    config: Optional[str]
    isolated: bool


def parse_early_arguments(argv: Sequence[str]) -> EarlyArguments:
    """``-p``, ``--disable-plugin-autoload``, ``--config`` and ``--isolated``, before the full parse:
    the configuration names local plugins and declarative rules, which are loaded with the others."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--config")
    early.add_argument("--isolated", action="store_true")
    known, _ = early.parse_known_args(list(argv))
    blocked, extra, autoload = parse_plugin_arguments(argv)
    return EarlyArguments(blocked, extra, autoload, known.config, known.isolated)


def parse_plugin_arguments(argv: Sequence[str]) -> tuple[list[str], list[str], bool]:
    """(blocked, extra, autoload) from ``-p`` and ``--disable-plugin-autoload``, before the full parse.

    Plugins are loaded before the command line is parsed, so that their ``newslint_addoption``
    can add options to it (as pytest does with ``-p``).
    """
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("-p", dest="plugins", action="append", default=[])
    early.add_argument("--disable-plugin-autoload", action="store_true")
    known, _ = early.parse_known_args(list(argv))
    blocked = [name[3:] for name in known.plugins if name.startswith("no:")]
    extra = [name for name in known.plugins if not name.startswith("no:")]
    autoload = not (known.disable_plugin_autoload or os.environ.get(AUTOLOAD_ENV))
    return blocked, extra, autoload


def parse_per_file_ignores(value: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for item in value.split():
        pattern, sep, codes = item.rpartition(":")
        if not sep or not pattern:
            raise ConfigError(f"--per-file-ignores: {item!r} is not GLOB:CODES")
        table.setdefault(pattern, []).extend(comma_list(codes))
    return table


def parse_jobs(value: str) -> int:
    if value == "auto":
        return os.cpu_count() or 1
    try:
        jobs = int(value)
    except ValueError:
        raise ConfigError(f"--jobs must be a number or 'auto', not {value!r}") from None
    if jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    return jobs


def _plugin_label(info) -> str:
    """``example: 0.1.0 (newslint-example-plugin)``, ``module (-p)`` for a ``-p`` module,
    ``house_rules (local: lint/house_rules.py)`` for a local plugin, ``custom-rules: 2 rules
    #1a2b3c4d5e6f (pyproject.toml)`` for the declarative rules."""
    if info.distribution == "config":
        return f"{info.name}: {info.version} ({', '.join(_display_path(p) for p in info.sources)})"
    label = f"{info.name}: {info.version}" if info.version else info.name
    if info.distribution == "-p":
        return f"{label} (-p)"
    if info.distribution == "local":
        return f"{label} (local: {', '.join(_display_path(path) for path in info.sources)})"
    return label if info.distribution == info.name else f"{label} ({info.distribution})"


def _display_path(path: str) -> str:
    """``path`` relative to the working directory when it is inside it."""
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
    except ValueError:  # another drive
        return path


def version_line(infos) -> str:
    import platform

    plugins = ", ".join(_plugin_label(i) for i in infos if i.distribution != "newslint")
    builtin = sum(1 for i in infos if i.distribution == "newslint")
    extra = f"; plugins: {plugins}" if plugins else ""
    return (f"{__version__} ({builtin} built-in plugin modules{extra}) "
            f"{platform.python_implementation()} {platform.python_version()} on {platform.system()}")
