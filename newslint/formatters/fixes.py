"""``--show-fixes`` in the human formats: what ``--fix`` fixed, per file and rule, as ruff lists it::

    Fixed 3 findings:
    - seeds/a.txt:
        2 × NL201 (see-also-link)
        1 × NL301 (comment-form)
"""

from __future__ import annotations

from collections import Counter

from newslint.formatters.base import RunStats
from newslint.violation import Violation


class ListsFixes:
    """Mixin for a :class:`~newslint.formatters.base.Formatter`: with ``--show-fixes``, counts
    the fixed findings (:meth:`fixed`) and lists them at the end of the report (:meth:`stop`)."""

    def fixed(self, violation: Violation) -> None:
        if not self.options.show_fixes:  # type: ignore[attr-defined]
            return
        listing: dict[str, Counter] = self.__dict__.setdefault("_fixed_listing", {})
        listing.setdefault(violation.path, Counter())[(violation.code, violation.name)] += 1

    def stop(self, stats: RunStats) -> None:
        listing: dict[str, Counter] = self.__dict__.get("_fixed_listing", {})
        if listing:
            total = sum(sum(counts.values()) for counts in listing.values())
            lines = [f"Fixed {total} finding{'' if total == 1 else 's'}:"]
            for path, counts in listing.items():
                lines.append(f"- {path}:")
                lines += [f"    {count} × {code} ({name})" for (code, name), count in sorted(counts.items())]
            self.write("\n".join(lines) + "\n")  # type: ignore[attr-defined]
        super().stop(stats)  # type: ignore[misc]
