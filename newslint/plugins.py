"""Finding and loading plugins: built-in ones, those installed under the ``newslint`` group, the
project's local plugins and its declarative rules.

Built-in rule modules, readers and formatters are registered through the same hooks as third-party
plugins; ``-p no:NAME`` blocks any of them, and ``NEWSLINT_DISABLE_PLUGIN_AUTOLOAD`` (or
``--disable-plugin-autoload``) skips the entry points. pluggy does not isolate a plugin that fails
to import, so entry points are loaded one by one here and a failure becomes a clear message.

Local plugins (``[tool.newslint.local-plugins]``, as flake8's ``local-plugins``) are modules imported
from the project's own folders and registered exactly as entry-point plugins are; the declarative
rules (:mod:`newslint.custom_rules`) are one more plugin, ``custom-rules``.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
import os
import pkgutil
from dataclasses import dataclass, field
from importlib import metadata
from typing import Iterable, Optional

import pluggy

from newslint import __version__, hookspecs
from newslint.rule import Rule, RuleError
from newslint.settings import LocalPlugins, Settings

ENTRY_POINT_GROUP = "newslint"
AUTOLOAD_ENV = "NEWSLINT_DISABLE_PLUGIN_AUTOLOAD"

#: Engine modules that are plugins too (readers, formatters).
BUILTIN_ENGINE_PLUGINS = ("newslint.problems", "newslint.readers", "newslint.formatters")


class PluginError(Exception):
    """A plugin could not be loaded, or plugins clash. Reported on one line, exit code 2."""


@dataclass
class PluginInfo:
    """What ``newslint --version`` prints about one plugin."""

    name: str
    #: The distribution, ``"newslint"`` for built-ins, ``"-p"``, ``"local"`` for a local plugin,
    #: ``"config"`` for the declarative rules.
    distribution: str
    version: str
    #: Files or folders the plugin is made of, when they are the project's own (a local plugin's
    #: module file or package folder; the declarative rules' configuration and rule files): what a
    #: cache of results must hash, since no version number changes when they do.
    sources: tuple[str, ...] = ()


@dataclass
class Plugins:
    """The loaded plugins and the rule classes they provide."""

    manager: pluggy.PluginManager
    rules: dict[str, type[Rule]]
    infos: list[PluginInfo]
    #: Plugins that failed to load: (entry point or module, distribution, error).
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    def signature(self) -> tuple[tuple[str, str, str], ...]:
        """Names and versions of the loaded plugins: equal on client and workers, or refuse."""
        return tuple(sorted((i.name, i.distribution, i.version) for i in self.infos))


def _rules_package():
    """The ``newslint.rules`` package: installed, or the ``rules/`` folder of a source checkout.

    ``python -m newslint`` run from the repository root finds the ``newslint/`` folder before
    the installed package, and ``rules/`` is its sibling there, not its child.
    """
    try:
        import newslint.rules as package
    except ModuleNotFoundError:
        folder = Path(__file__).resolve().parent.parent / "rules"
        spec = importlib.util.spec_from_file_location(
            "newslint.rules", folder / "__init__.py", submodule_search_locations=[str(folder)])
        if spec is None or spec.loader is None or not folder.is_dir():
            raise
        package = importlib.util.module_from_spec(spec)
        sys.modules["newslint.rules"] = package
        spec.loader.exec_module(package)
    return package


def builtin_rule_modules() -> list[str]:
    """The modules of ``newslint.rules`` (the repository's ``rules/`` folder)."""
    package = _rules_package()

    return sorted(
        info.name
        for info in pkgutil.iter_modules(package.__path__, "newslint.rules.")
        if not info.name.rsplit(".", 1)[-1].startswith("_")
    )


def _blocked(name: str, blocked: Iterable[str]) -> bool:
    return any(name == item or name.endswith("." + item) for item in blocked)


def plugins_for(settings: Settings) -> Plugins:
    """The plugins a run with ``settings`` loads (what every process of the run loads alike)."""
    return load_plugins(settings.blocked_plugins, settings.extra_plugins, settings.autoload_plugins,
                        local=settings.local_plugins, custom_rules=settings.custom_rules)


def load_plugins(
    blocked: Iterable[str] = (),
    extra: Iterable[str] = (),
    autoload: Optional[bool] = None,
    local: LocalPlugins = LocalPlugins(),
    custom_rules: Iterable = (),
) -> Plugins:
    """Create the plugin manager, register built-ins, entry points, local plugins, ``-p`` modules
    and the declarative rules.

    ``blocked`` names plugins not to load (``-p no:NAME``); ``extra`` names modules to import and
    register (``-p NAME``); ``local`` the configured local plugins; ``custom_rules`` the checked
    declarative rules (:class:`newslint.custom_rules.CustomRuleSpec`). Raises
    :class:`PluginError` on clashing rules or a broken ``-p`` module or local plugin, and
    :class:`newslint.config.ConfigError` for a declarative rule whose code or name is taken.
    """
    blocked = list(blocked)
    if autoload is None:
        autoload = not os.environ.get(AUTOLOAD_ENV)
    manager = pluggy.PluginManager("newslint")
    manager.add_hookspecs(hookspecs)
    infos: list[PluginInfo] = []
    failures: list[tuple[str, str, str]] = []

    for name in (*BUILTIN_ENGINE_PLUGINS, *builtin_rule_modules()):
        if _blocked(name, blocked):
            continue
        manager.register(importlib.import_module(name), name=name)
        infos.append(PluginInfo(name, "newslint", __version__))

    if autoload:
        for dist, entry_point in _entry_points():
            if _blocked(entry_point.name, blocked) or manager.has_plugin(entry_point.name):
                continue
            dist_name = dist.metadata["Name"] if dist is not None else "?"
            dist_version = dist.version if dist is not None else "?"
            try:
                plugin = entry_point.load()
            except Exception as error:  # any import-time failure of a stranger's code
                failures.append((entry_point.name, f"{dist_name} {dist_version}",
                                 f"{type(error).__name__}: {error}"))
                continue
            manager.register(plugin, name=entry_point.name)
            infos.append(PluginInfo(entry_point.name, dist_name, dist_version))

    _load_local(manager, local, blocked, infos)

    for name in extra:
        if manager.has_plugin(name):
            continue
        try:
            module = importlib.import_module(name)
        except Exception as error:
            raise PluginError(f"cannot load plugin module {name!r} given with -p: "
                              f"{type(error).__name__}: {error}") from None
        manager.register(module, name=name)
        infos.append(PluginInfo(name, "-p", getattr(module, "__version__", "")))

    for name in blocked:
        manager.set_blocked(name)
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        name = manager.get_name(error.plugin) or repr(error.plugin)
        unknown = sorted(caller.name for caller in manager.get_hookcallers(error.plugin) or ()
                         if not caller.has_spec())
        raise PluginError(f"plugin {name!r} implements an unknown hook: "
                          f"{', '.join(unknown) or error}") from None

    rules = collect_rules(manager)
    custom_rules = list(custom_rules)
    if custom_rules and not _blocked(CUSTOM_RULES, blocked):
        from newslint.custom_rules import CustomRules, check_clashes

        check_clashes(custom_rules, rules)
        plugin = CustomRules(custom_rules)
        manager.register(plugin, name=CUSTOM_RULES)
        infos.append(PluginInfo(CUSTOM_RULES, "config", plugin.version(), plugin.sources()))
        rules = collect_rules(manager)
    return Plugins(manager, rules, infos, failures)


#: The plugin name of the declarative rules (``newslint.custom_rules.PLUGIN_NAME``).
CUSTOM_RULES = "custom-rules"


def _load_local(manager: pluggy.PluginManager, local: LocalPlugins, blocked: list[str],
                infos: list[PluginInfo]) -> None:
    """Import the local plugins from their folders and register them, as flake8's local-plugins.

    The folders go at the end of ``sys.path`` (a local module never hides the standard library),
    and a module that is found elsewhere first (an installed one of the same name) is refused
    rather than silently used in place of the project's own.
    """
    for folder in local.paths:
        if folder not in sys.path:
            sys.path.append(folder)
    for name in local.modules:
        if _blocked(name, blocked) or manager.has_plugin(name):
            continue
        try:
            module = importlib.import_module(name)
        except Exception as error:  # the project's own code, failing as it is imported
            raise PluginError(f"{local.where}.plugins: cannot import local plugin {name!r}: "
                              f"{_failure(error, local.paths)}") from None
        source = _module_source(module)
        if local.paths and not any(_inside(source, folder) for folder in local.paths):
            raise PluginError(
                f"{local.where}.plugins: local plugin {name!r} was imported from {source}, not from "
                f"the local-plugins paths ({', '.join(local.paths)}): rename it, or uninstall the "
                f"module of the same name")
        manager.register(module, name=name)
        infos.append(PluginInfo(name, "local", str(getattr(module, "__version__", "") or ""),
                                (source,)))


def _module_source(module) -> str:
    """The module's file, or its package's folder."""
    file = getattr(module, "__file__", None)
    if file is None:  # a namespace package
        return str(next(iter(getattr(module, "__path__", [])), ""))
    path = Path(file).resolve()
    return str(path.parent if path.name == "__init__.py" else path)


def _inside(path: str, folder: str) -> bool:
    try:
        Path(path).relative_to(folder)
    except ValueError:
        return False
    return True


def _failure(error: BaseException, folders: Iterable[str]) -> str:
    """``ErrorType: message``, after the place in the project's own files where it was raised."""
    import traceback

    place = ""
    for frame in traceback.extract_tb(error.__traceback__):
        if any(_inside(str(Path(frame.filename).resolve()), folder) for folder in folders):
            place = f"{frame.filename}:{frame.lineno}: "
    if isinstance(error, SyntaxError) and error.filename:
        place = f"{error.filename}:{error.lineno}: "
        return f"{place}SyntaxError: {error.msg}"
    return f"{place}{type(error).__name__}: {error}"


def _entry_points() -> list[tuple[Optional[metadata.Distribution], metadata.EntryPoint]]:
    found = []
    seen: set[tuple[str, str]] = set()
    for dist in metadata.distributions():
        for entry_point in dist.entry_points:
            if entry_point.group != ENTRY_POINT_GROUP:
                continue
            key = (entry_point.name, entry_point.value)
            if key in seen:  # the same distribution on sys.path twice
                continue
            seen.add(key)
            found.append((dist, entry_point))
    return sorted(found, key=lambda pair: pair[1].name)


def collect_rules(manager: pluggy.PluginManager) -> dict[str, type[Rule]]:
    """Ask every plugin for its rules; validate them; refuse duplicate codes or names loudly."""
    rules: dict[str, type[Rule]] = {}
    names: dict[str, type[Rule]] = {}
    for plugin in manager.get_plugins():
        implementation = getattr(plugin, "newslint_rules", None)
        if implementation is None or not manager.is_registered(plugin):
            continue
        plugin_name = manager.get_name(plugin) or repr(plugin)
        try:
            provided = list(implementation() or ())
        except Exception as error:
            raise PluginError(f"plugin {plugin_name!r} failed to list its rules: "
                              f"{type(error).__name__}: {error}") from None
        for rule in provided:
            if not (isinstance(rule, type) and issubclass(rule, Rule)):
                raise PluginError(f"plugin {plugin_name!r} returned {rule!r}, not a Rule class")
            try:
                rule.validate_class()
            except RuleError as error:
                raise PluginError(f"plugin {plugin_name!r}: {error}") from None
            for key, table in ((rule.code, rules), (rule.name, names)):
                other = table.get(key)
                if other is not None and other is not rule:
                    raise PluginError(
                        f"rule {key} is provided twice: by plugin {other.plugin!r} "
                        f"({other.__qualname__}) and by plugin {plugin_name!r} ({rule.__qualname__})"
                    )
            rule.plugin = plugin_name
            rules[rule.code] = rule
            names[rule.name] = rule
    return dict(sorted(rules.items()))
