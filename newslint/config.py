"""Find, read and validate configuration: ``[tool.newslint]`` in ``pyproject.toml`` or ``newslint.toml``.

The file is found by walking up from the working directory (``--config FILE`` names one,
``--isolated`` ignores them all). Every key is checked: an unknown key, a wrong type or an
unreadable file is a :class:`ConfigError` naming the file and the key, reported on one line with
exit code 2. Rule options (``[tool.newslint.rules.<name>]``) are checked against the rules once the
plugins are loaded (:func:`check_rule_options`).

Declarative rules are read here too: ``custom-rules`` tables, the files of ``custom-rule-files``
and a ``newslint-rules.toml`` beside the configuration (or, without one, the nearest upwards),
each checked by :mod:`newslint.custom_rules`; and ``local-plugins``, whose folders are resolved
against the configuration file's. Both are plugins that :mod:`newslint.plugins` loads.
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

from newslint.settings import LocalPlugins, Settings

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
    "custom-rule-files": (_LIST, "custom_rule_files"),
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


def load_toml(path: Path) -> dict[str, Any]:
    """The TOML document at ``path``; an unreadable or invalid file is a :class:`ConfigError`."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read configuration: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 ({error.reason})") from None


def read_config_file(path: Path) -> dict[str, Any]:
    """The newslint table of ``path`` (empty if a ``pyproject.toml`` has none)."""
    data = load_toml(path)
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
        if key == "custom-rules":
            from newslint.custom_rules import read_rule_tables

            settings.custom_rules += read_rule_tables(value, path, f"{prefix}{key}")
            continue
        if key == "local-plugins":
            settings.local_plugins = _local_plugins(value, path, where)
            continue
        if key not in SCHEMA:
            raise ConfigError(f"{where}: unknown key (known: {', '.join(sorted(SCHEMA))}, "
                              f"custom-rules, input, local-plugins, rules)")
        kind, attribute = SCHEMA[key]
        setattr(settings, attribute, _check(kind, value, where))
    if settings.fail_on not in SEVERITIES:
        raise ConfigError(f"{path}: {prefix}fail-on must be one of {', '.join(SEVERITIES)}")
    settings.config_path = str(path)
    settings.root = str(path.parent)
    _read_rule_files(settings, path, prefix)
    return settings


def _read_rule_files(settings: Settings, path: Path, prefix: str) -> None:
    """The rules of ``custom-rule-files`` (relative to the configuration file) and of a
    ``newslint-rules.toml`` beside it."""
    from newslint.custom_rules import RULES_FILE, read_rules_file

    folder = path.parent
    files: list[Path] = []
    for index, name in enumerate(settings.custom_rule_files):
        candidate = (folder / name).resolve()
        if not candidate.is_file():
            raise ConfigError(f"{path}: {prefix}custom-rule-files[{index}]: {name!r} is not a file "
                              f"(relative to {folder})")
        files.append(candidate)
    beside = (folder / RULES_FILE).resolve()
    if beside.is_file() and beside != path.resolve():
        files.append(beside)
    for file in dict.fromkeys(files):
        settings.custom_rules += read_rules_file(file)


def _local_plugins(value: Any, path: Path, where: str) -> LocalPlugins:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table with 'paths' and 'plugins'")
    for key in value:
        if key not in ("paths", "plugins"):
            raise ConfigError(f"{where}.{key}: unknown key (known: paths, plugins)")
    paths = _check(_LIST, value.get("paths", []), f"{where}.paths")
    modules = _check(_LIST, value.get("plugins", []), f"{where}.plugins")
    folders = []
    for index, name in enumerate(paths):
        folder = (path.parent / name).resolve()
        if not folder.is_dir():
            raise ConfigError(f"{where}.paths[{index}]: {name!r} is not a folder (relative to "
                              f"{path.parent})")
        folders.append(str(folder))
    for index, module in enumerate(modules):
        if not all(part.isidentifier() for part in module.split(".")):
            raise ConfigError(f"{where}.plugins[{index}]: {module!r} is not a module name "
                              f"(like 'house_rules' or 'lint.house_rules')")
    return LocalPlugins(tuple(folders), tuple(modules), where)


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
        return _rules_file_alone(settings)
    if config and not os.path.exists(config):
        raise ConfigError(f"{config}: configuration file not found")
    return apply_config(settings, read_config_file(path), path)


def _rules_file_alone(settings: Settings) -> Settings:
    """Without a configuration file, the nearest ``newslint-rules.toml`` still brings its rules
    (and its folder is the root)."""
    from newslint.custom_rules import RULES_FILE, read_rules_file

    directory = Path.cwd().resolve()
    for folder in (directory, *directory.parents):
        candidate = folder / RULES_FILE
        if candidate.is_file():
            settings.custom_rules = read_rules_file(candidate)
            settings.root = str(folder)
            break
    return settings


def check_rule_options(settings: Settings, rules: Mapping[str, type]) -> None:
    """Refuse option tables for unknown rules and bad option values, naming file and key."""
    from newslint.rule import RuleError

    from newslint.rule import names_of

    by_name = {name: rule for rule in rules.values() for name in names_of(rule)}
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
