"""Settings: the resolved configuration of one run (config file, then command line).

Plain, picklable data: it travels to ``--jobs`` processes and Dask workers, which rebuild the same
linter from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, Optional

if TYPE_CHECKING:
    from newslint.custom_rules import CustomRuleSpec

from newslint.fix.options import FixOptions

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.ndjson.gz", "*.json")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "__pycache__",
                   "node_modules", ".mypy_cache", ".pytest_cache", "*.egg-info", "build", "dist")


class LocalPlugins(NamedTuple):
    """``[tool.newslint.local-plugins]``: plugin modules imported from the project's own folders."""

    #: Absolute folders put on ``sys.path`` (given relative to the configuration file).
    paths: tuple[str, ...] = ()
    #: Modules imported from them and registered as plugins.
    modules: tuple[str, ...] = ()
    #: Where they were configured, for messages (``pyproject.toml: tool.newslint.local-plugins``).
    where: str = ""


@dataclass
class Settings:
    #: Codes, prefixes or rule names to enable; ``None`` means the default rule set.
    select: Optional[list[str]] = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    extend_ignore: list[str] = field(default_factory=list)
    #: Glob of paths → codes, prefixes or names to ignore there.
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    extend_exclude: list[str] = field(default_factory=list)
    #: Rule name → its options, from ``[tool.newslint.rules.<name>]``.
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The lowest severity that fails the run: ``info`` (any finding), ``warning`` or ``error``.
    fail_on: str = "info"
    baseline: Optional[str] = None
    #: Plugin names blocked with ``-p no:NAME`` and modules loaded with ``-p NAME``.
    blocked_plugins: list[str] = field(default_factory=list)
    extra_plugins: list[str] = field(default_factory=list)
    autoload_plugins: bool = True
    require_plugins: list[str] = field(default_factory=list)
    #: Record fields: role → list of field names to try (``[tool.newslint.input]``).
    input_fields: dict[str, list[str]] = field(default_factory=dict)
    #: Other record fields the records reader copies onto ``Document.meta`` as they are. Empty for
    #: a lint run; reports that group records by a field (``--report-group-by``) set it when they
    #: read the documents again.
    report_fields: list[str] = field(default_factory=list)
    #: Seconds one rule may spend on one document before it is reported as timed out.
    rule_timeout: float = 10.0
    #: Declarative rules (``custom-rules`` tables and rule files), checked (newslint.custom_rules).
    custom_rules: "list[CustomRuleSpec]" = field(default_factory=list)
    #: Rule files named in the configuration (relative to it), read into ``custom_rules``.
    custom_rule_files: list[str] = field(default_factory=list)
    local_plugins: LocalPlugins = field(default_factory=LocalPlugins)
    #: Values of command-line options added by plugins (newslint_addoption): argparse dest → value.
    plugin_options: dict[str, Any] = field(default_factory=dict)
    #: Where the configuration came from (for messages), or ``None``.
    config_path: Optional[str] = None
    #: Directory that relative paths in the configuration are relative to.
    root: str = "."
    #: ``--fix``, ``--diff`` and their options; ``None`` when only linting.
    fix: Optional[FixOptions] = None
