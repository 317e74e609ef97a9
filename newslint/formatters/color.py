"""Whether to colour human output: ``--color auto|always|never`` and the usual environment.

The order is that of the common conventions (https://no-color.org, ``FORCE_COLOR``): an explicit
``always`` or ``never`` wins; then a non-empty ``NO_COLOR`` turns colour off, a non-empty
``FORCE_COLOR`` turns it on, ``TERM=dumb`` turns it off; otherwise colour is used when the stream is
a terminal. Only human formats (:attr:`Formatter.human`) are ever coloured.
"""

from __future__ import annotations

import os
from typing import IO, Mapping, Optional

MODES = ("auto", "always", "never")


def wants_color(mode: str, stream: IO[str], environ: Optional[Mapping[str, str]] = None) -> bool:
    """The decision alone, without touching the console (``environ`` defaults to ``os.environ``)."""
    if mode not in MODES:
        raise ValueError(f"--color must be one of {', '.join(MODES)}, not {mode!r}")
    if mode != "auto":
        return mode == "always"
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):  # a closed or detached stream
        return False


def use_color(mode: str, stream: IO[str]) -> bool:
    """Whether to colour output to ``stream``; when yes, make Windows consoles understand ANSI."""
    on = wants_color(mode, stream)
    if on:
        import colorama

        colorama.just_fix_windows_console()
    return on
