"""newslint-example-plugin: one rule, EX101, registered through the ``newslint`` entry point.

This module is the plugin: newslint imports it through the entry point declared in
``pyproject.toml`` and calls the hooks it implements (here only ``newslint_rules``).
"""

from __future__ import annotations

from newslint import hookimpl

from newslint_example.headline_labels import HeadlineUrgencyLabel

__version__ = "0.1.0"


@hookimpl
def newslint_rules():
    """The rule classes this plugin provides."""
    return [HeadlineUrgencyLabel]
