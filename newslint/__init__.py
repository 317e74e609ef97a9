"""newslint: a linter for scraped news copy."""

import pluggy

__version__ = "0.1.0"

#: Marker for plugin hook implementations: ``@newslint.hookimpl``.
hookimpl = pluggy.HookimplMarker("newslint")

__all__ = ["__version__", "hookimpl"]
