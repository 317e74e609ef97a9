"""What the junk-line rules' documentation says they measure: figures per development source and
per language, read from ``measured.json`` beside this module. ``python benchmarks/quality.py
--write-measured`` writes that file from both sources (``dev.jsonl``: news pages from 15
extractors, every line labelled; ``dev-trafilatura.jsonl``: pages of many sites and languages,
sparse labels); the figures are those of the whole sources, as the rules are shipped. Not a
plugin: the leading underscore keeps the module out of rule discovery.
"""

from __future__ import annotations

import json
from pathlib import Path

_SOURCES = (("dev", "dev.jsonl"), ("trafilatura", "dev-trafilatura.jsonl"))
_FIGURES: dict = json.loads((Path(__file__).with_name("measured.json")).read_text(encoding="utf-8"))


def measured(code: str) -> str:
    """The rule's figures on both sources: precision and recall against the labels, the lines it
    flagged that the labels call junk or body, and the same per language (junk/body)."""
    rule = _FIGURES["rules"].get(code)
    if rule is None:
        return "not measured: no line of either development source flagged"
    parts = []
    for key, name in _SOURCES:
        source = rule.get(key)
        if source is None:
            continue
        scored = source["junk"] + source["body"]
        if not scored:
            parts.append(f"{name}: no labelled line among the {source['flagged']} it flagged")
            continue
        precision = source["junk"] / scored
        recall = source["junk"] / source["junk_lines"] if source["junk_lines"] else 0.0
        languages = ", ".join(f"{language} {junk}/{body}"
                              for language, (junk, body) in source["languages"].items())
        parts.append(f"{name}: precision {precision:.2f}, recall {recall:.3f} ({source['junk']} junk "
                     f"and {source['body']} body lines of {source['flagged']} flagged; by language, "
                     f"junk/body: {languages})")
    return "; ".join(parts)
