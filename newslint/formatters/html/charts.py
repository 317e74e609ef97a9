"""Horizontal bar charts drawn as inline SVG: no script, no image file, printable, scalable.

Each chart is a ``<figure>`` with an SVG (``role="img"``, a title and a text description of every
bar, for screen readers) and a caption; the numbers are also written beside each bar, so the
chart reads without colour, and the table under it has them all.
"""

from __future__ import annotations

from typing import Sequence

from newslint.formatters.html.text import esc

WIDTH = 640
LABEL = 190
COUNT = 70
BAR = 18
GAP = 6
#: Bars drawn at most (the biggest); the table below a chart lists every row.
MAX_BARS = 20


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def bar_chart(chart_id: str, title: str, bars: Sequence[tuple[str, int]], unit: str) -> str:
    """A chart of ``bars`` (label, value), biggest first as given, at most :data:`MAX_BARS`."""
    drawn = list(bars[:MAX_BARS])
    if not drawn:
        return ""
    top = max(value for _, value in drawn) or 1
    span = WIDTH - LABEL - COUNT
    height = len(drawn) * (BAR + GAP) + GAP
    parts = [
        f'<figure class="chart" id="{chart_id}">',
        f'<svg role="img" aria-labelledby="{chart_id}-t {chart_id}-d" viewBox="0 0 {WIDTH} {height}"'
        f' width="{WIDTH}" height="{height}" preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-t">{esc(title)}</title>',
        f'<desc id="{chart_id}-d">'
        + esc("; ".join(f"{label}: {value:,} {unit}" for label, value in drawn)) + "</desc>",
    ]
    for row, (label, value) in enumerate(drawn):
        y = GAP + row * (BAR + GAP)
        width = max(1, round(span * value / top)) if value else 0
        middle = y + BAR / 2
        parts.append(
            f'<g><title>{esc(label)}: {value:,} {esc(unit)}</title>'
            f'<text class="label" x="{LABEL - 8}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="central">{esc(_short(label))}</text>'
            f'<rect class="bar" x="{LABEL}" y="{y}" width="{width}" height="{BAR}" rx="2"/>'
            f'<text class="value" x="{LABEL + width + 6}" y="{middle}" '
            f'dominant-baseline="central">{value:,}</text></g>')
    parts.append("</svg>")
    more = len(bars) - len(drawn)
    caption = title + (f" (the {len(drawn)} biggest of {len(bars):,}; the table lists all)"
                       if more > 0 else "")
    parts.append(f"<figcaption>{esc(caption)}</figcaption></figure>")
    return "".join(parts)
