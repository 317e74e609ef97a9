"""newslint: a linter for scraped news copy.

``newslint.lint(text)``, ``newslint.fix_text(text)`` and ``newslint.Checker`` are the library's entry
points (:mod:`newslint.api`); importing ``newslint`` alone stays light (a plugin imports it for
:data:`hookimpl`), the engine is loaded on first use.
"""

from typing import Any

import pluggy

__version__ = "0.1.0"

#: Marker for plugin hook implementations: ``@newslint.hookimpl``.
hookimpl = pluggy.HookimplMarker("newslint")

#: What ``newslint.NAME`` finds in :mod:`newslint.api`, imported when first asked for.
_API = ("Checker", "Fixed", "fix_text", "lint")

__all__ = ["__version__", "hookimpl", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        from newslint import api

        return getattr(api, name)
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")
