"""JSON Lines output: one compact JSON object per finding and line, written as found.

For pipelines over large corpora (``jq``, pandas, a database loader): output starts at once and
memory stays flat. The objects are those of the ``json`` format.
"""

from __future__ import annotations

import json

from newslint.formatters.base import Formatter
from newslint.formatters.json import violation_dict
from newslint.violation import Violation


class JsonLinesFormatter(Formatter):
    """One ``json.dumps(..., ensure_ascii=False)`` object per line."""

    name = "json-lines"

    def handle(self, violation: Violation) -> None:
        self.write(json.dumps(violation_dict(violation), ensure_ascii=False,
                              separators=(",", ":")) + "\n")
