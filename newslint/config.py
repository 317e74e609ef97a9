"""Find, read and validate configuration: ``[tool.newslint]`` in ``pyproject.toml`` or ``newslint.toml``.

The file is found by walking up from the working directory (``--config FILE`` names one,
``--isolated`` ignores them all). Every key is checked: an unknown key, a wrong type or an
unreadable file is a :class:`ConfigError` naming the file and the key, reported on one line with
exit code 2. Rule options (``[tool.newslint.rules.<name>]``) are checked against the rules once the
plugins are loaded (:func:`check_rule_options`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Mapping, Optional

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from newslint.settings import Settings

CONFIG_FILES = ("newslint.toml", ".newslint.toml", "pyproject.toml")


class ConfigError(Exception):
    """Bad configuration; the message names the file and, where there is one, the key."""


_LIST = "list"
_STR = "str"
_NUM = "number"
_BOOL = "bool"
_TABLE_OF_LISTS = "table of lists"

#: TOML key → (type, Settings attribute).
SCHEMA: dict[str, tuple[str, str]] = {
    "select": (_LIST, "select"),
    "ignore": (_LIST, "ignore"),
    "extend-select": (_LIST, "extend_select"),
    "extend-ignore": (_LIST, "extend_ignore"),
    "per-file-ignores": (_TABLE_OF_LISTS, "per_file_ignores"),
    "include": (_LIST, "include"),
    "exclude": (_LIST, "exclude"),
    "extend-exclude": (_LIST, "extend_exclude"),
    "fail-on": (_STR, "fail_on"),
    "baseline": (_STR, "baseline"),
    "require-plugins": (_LIST, "require_plugins"),
    "rule-timeout": (_NUM, "rule_timeout"),
}
SEVERITIES = ("info", "warning", "error")
INPUT_ROLES = ("text", "title", "authors", "outlet", "url", "date", "id")


def find_config(start: Optional[Path] = None) -> Optional[Path]:
    """The nearest config file from ``start`` (default: the working directory) upwards."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or _has_newslint_table(candidate):
                return candidate
    return None


def _has_newslint_table(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return b"[tool.newslint" in data


def read_config_file(path: Path) -> dict[str, Any]:
    """The newslint table of ``path`` (empty if a ``pyproject.toml`` has none)."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read configuration: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 ({error.reason})") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("newslint", {})
        prefix = "tool.newslint."
    else:
        table, prefix = data, ""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: {prefix.rstrip('.') or 'newslint'} must be a table")
    return {"__prefix__": prefix, **table}


def apply_config(settings: Settings, table: Mapping[str, Any], path: Path) -> Settings:
    """Check every key of ``table`` and copy it onto ``settings``."""
    prefix = table.get("__prefix__", "")
    for key, value in table.items():
        if key == "__prefix__":
            continue
        where = f"{path}: {prefix}{key}"
        if key == "rules":
            settings.rule_options = _rule_tables(value, where)
            continue
        if key == "input":
            settings.input_fields = _input_table(value, where)
            continue
        if key not in SCHEMA:
            raise ConfigError(f"{where}: unknown key (known: {', '.join(sorted(SCHEMA))}, "
                              f"input, rules)")
        kind, attribute = SCHEMA[key]
        setattr(settings, attribute, _check(kind, value, where))
    if settings.fail_on not in SEVERITIES:
        raise ConfigError(f"{path}: {prefix}fail-on must be one of {', '.join(SEVERITIES)}")
    settings.config_path = str(path)
    settings.root = str(path.parent)
    return settings


def _check(kind: str, value: Any, where: str) -> Any:
    if kind == _LIST:
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return list(value)
        raise ConfigError(f"{where} must be a list of strings, not {_type(value)}")
    if kind == _STR:
        if isinstance(value, str):
            return value
        raise ConfigError(f"{where} must be a string, not {_type(value)}")
    if kind == _NUM:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
            return float(value)
        raise ConfigError(f"{where} must be a positive number, not {value!r}")
    if kind == _BOOL:
        if isinstance(value, bool):
            return value
        raise ConfigError(f"{where} must be true or false, not {_type(value)}")
    if kind == _TABLE_OF_LISTS:
        if not isinstance(value, dict):
            raise ConfigError(f"{where} must be a table, not {_type(value)}")
        return {str(k): _check(_LIST, v, f"{where}.{k}") for k, v in value.items()}
    raise AssertionError(kind)


def _rule_tables(value: Any, where: str) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{where} must hold one table per rule ([…rules.<rule-name>])")
    return {name: dict(options) for name, options in value.items()}


def _input_table(value: Any, where: str) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table, not {_type(value)}")
    fields: dict[str, list[str]] = {}
    for role, names in value.items():
        if role not in INPUT_ROLES:
            raise ConfigError(f"{where}.{role}: unknown input role (known: {', '.join(INPUT_ROLES)})")
        if isinstance(names, str):
            names = [names]
        fields[role] = _check(_LIST, names, f"{where}.{role}")
    return fields


def _type(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def load_settings(config: Optional[str] = None, isolated: bool = False) -> Settings:
    """Settings from the named or discovered config file (defaults when there is none)."""
    settings = Settings()
    if isolated:
        return settings
    path = Path(config) if config else find_config()
    if path is None:
        return settings
    if config and not os.path.exists(config):
        raise ConfigError(f"{config}: configuration file not found")
    return apply_config(settings, read_config_file(path), path)


def check_rule_options(settings: Settings, rules: Mapping[str, type]) -> None:
    """Refuse option tables for unknown rules and bad option values, naming file and key."""
    from newslint.rule import RuleError

    by_name = {rule.name: rule for rule in rules.values()}
    by_name.update({code: rule for code, rule in rules.items()})
    source = settings.config_path or "configuration"
    prefix = "tool.newslint.rules" if source.endswith("pyproject.toml") else "rules"
    for name, options in settings.rule_options.items():
        rule = by_name.get(name)
        if rule is None:
            raise ConfigError(f"{source}: {prefix}.{name}: unknown rule")
        try:
            rule(options)
        except RuleError as error:
            raise ConfigError(f"{source}: {prefix}.{name}: {error}") from None
