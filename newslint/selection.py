"""Which rules run, and which findings are kept: select, ignore and per-file ignores.

As in flake8: entries are codes, code prefixes (``NL2``, ``NL20``) or rule names; when both a
select and an ignore entry match a code, the longer (more specific) one wins, and a tie is ignored.
"""

from __future__ import annotations

import fnmatch
import re
from typing import Iterable, Mapping, Optional

from newslint.config import ConfigError
from newslint.settings import Settings
from newslint.rule import names_of

_PREFIX = re.compile(r"^[A-Z]{1,4}\d{0,3}$")


def resolve_entries(entries: Iterable[str], codes: Mapping[str, type], where: str) -> list[str]:
    """Turn codes, prefixes and names into code prefixes; an entry matching no rule is an error."""
    names = {name: code for code, rule in codes.items() for name in names_of(rule)}
    resolved = []
    for entry in entries:
        entry = entry.strip()
        if not entry:
            continue
        if entry in names:
            resolved.append(names[entry])
        elif entry == "ALL":
            resolved.append("")
        elif _PREFIX.match(entry) and any(code.startswith(entry) for code in codes):
            resolved.append(entry)
        else:
            raise ConfigError(f"{where}: unknown rule code or name {entry!r}")
    return resolved


def _longest(code: str, prefixes: Iterable[str]) -> int:
    return max((len(prefix) for prefix in prefixes if code.startswith(prefix)), default=-1)


#: Settings attribute → its configuration key (and ``--option``), for messages.
SELECTION_KEYS = (("select", "select"), ("extend_select", "extend-select"),
                  ("ignore", "ignore"), ("extend_ignore", "extend-ignore"))
COMMAND_LINE = "command line"


def _where(source: str, key: str) -> str:
    return f"--{key}" if source == COMMAND_LINE else f"{source}{key}"


def check_entries(settings: Settings, rules: Mapping[str, type], source: str) -> None:
    """Raise :class:`ConfigError` for an entry that names no rule, naming ``source`` and the key.

    ``source`` prefixes the key: ``"pyproject.toml: tool.newslint."`` for a configuration file.
    """
    for attribute, key in SELECTION_KEYS:
        resolve_entries(getattr(settings, attribute) or [], rules, _where(source, key))
    for pattern, entries in settings.per_file_ignores.items():
        resolve_entries(entries, rules, _where(source, f"per-file-ignores.{pattern}"))


class Selection:
    """Decides, from the settings, whether a rule is enabled and whether a finding is kept."""

    def __init__(self, settings: Settings, rules: Mapping[str, type], source: str = COMMAND_LINE):
        self._rules = rules
        self._explicit = settings.select is not None
        self.select = resolve_entries(settings.select or [], rules, _where(source, "select"))
        self.select += resolve_entries(settings.extend_select, rules, _where(source, "extend-select"))
        self.ignore = resolve_entries(settings.ignore, rules, _where(source, "ignore"))
        self.ignore += resolve_entries(settings.extend_ignore, rules, _where(source, "extend-ignore"))
        self.per_file = [
            (pattern, resolve_entries(entries, rules, _where(source, "per-file-ignores")))
            for pattern, entries in settings.per_file_ignores.items()
        ]

    def enabled(self, code: str) -> bool:
        """Whether the rule (or input problem) ``code`` is reported at all."""
        selected = _longest(code, self.select)
        ignored = _longest(code, self.ignore)
        if selected < 0 and ignored < 0:
            rule = self._rules.get(code)
            default = getattr(rule, "default_enabled", True)
            return default and not self._explicit
        return selected > ignored

    def ignored_for(self, path: str, code: str) -> bool:
        """Whether ``path``'s per-file ignores drop ``code``."""
        if not self.per_file:
            return False
        normalised = path.replace("\\", "/").removeprefix("./")
        for pattern, prefixes in self.per_file:
            if _path_matches(normalised, pattern) and _longest(code, prefixes) >= 0:
                return True
        return False


def _path_matches(path: str, pattern: str) -> bool:
    pattern = pattern.replace("\\", "/").removeprefix("./")
    if fnmatch.fnmatch(path, pattern):
        return True
    name = path.rsplit("/", 1)[-1]
    return "/" not in pattern and fnmatch.fnmatch(name, pattern)


def rule_by_code_or_name(rules: Mapping[str, type], key: str) -> Optional[type]:
    """The rule class for a code or a name, or ``None``."""
    if key in rules:
        return rules[key]
    for rule in rules.values():
        if key in names_of(rule):
            return rule
    return None
