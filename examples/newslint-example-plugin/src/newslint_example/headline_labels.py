"""EX101: a headline that still carries a live-page label such as ``BREAKING:`` or ``UPDATE 2-``."""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Optional

from newslint.article import Article, Line
from newslint.rule import LineRule, Option
from newslint.violation import Hit, Severity

#: Labels that live pages and wire feeds put in front of a headline, and that age at once.
DEFAULT_LABELS = ["breaking news", "breaking", "just in", "developing", "updated", "update",
                  "live", "watch", "video"]

#: After the label: a colon or bar, a spaced dash, or the wire's glued hyphen (``UPDATE 2-U.S.``).
_SEPARATOR = r"(?:[ \t]*[:|][ \t]*|[ \t]+[-–—][ \t]+|-(?=[A-Z0-9]))"
#: Words the rest of the headline must have: a label followed by one word is a section name.
MIN_WORDS_AFTER = 3


def label_pattern(labels: Iterable[str]) -> str:
    """The regular expression for a line opening with one of ``labels`` (any case, optional number)."""
    words = sorted({" ".join(label.split()).lower() for label in labels if label.strip()},
                   key=len, reverse=True)
    alternatives = "|".join(r"[ \t]+".join(map(re.escape, label.split())) for label in words)
    return rf"^[ \t]*(?P<label>(?i:{alternatives})(?:[ \t]+\d{{1,2}})?){_SEPARATOR}"


class HeadlineUrgencyLabel(LineRule):
    """A headline starts with a live-page label: ``BREAKING:``, ``JUST IN:``, ``UPDATE 2-``.

    What it flags:
        The headline (the first paragraph, when it is shaped like one) opening with a label that
        a live page or a wire feed puts in front of a story for its first hours: ``BREAKING:``,
        ``BREAKING NEWS |``, ``JUST IN:``, ``DEVELOPING -``, ``LIVE:``, ``WATCH:``, ``VIDEO:``,
        and the Reuters wire's ``UPDATE 2-`` prefix. Only the label is flagged, and only when at
        least three words of headline follow it. Body lines are never looked at.

    Why it matters:
        The label is page furniture, not the headline. A scraped copy keeps it forever: an archive
        calls a three-year-old story "BREAKING", headline deduplication misses the same story
        with and without ``UPDATE 1-``, and a model trained on the corpus learns to write labels.

    Example:
        ``BREAKING: US officials travel to Venezuela for talks`` is flagged at ``BREAKING:``;
        ``US officials travel to Venezuela for talks`` and a body sentence such as
        ``Watch: the minister said nothing.`` are not. Set ``labels`` under
        ``[tool.newslint.rules.headline-urgency-label]`` to change the list.
    """

    code = "EX101"
    name = "headline-urgency-label"
    summary = "A headline starts with a live-page label such as BREAKING: or UPDATE 2-"
    #: What ``newslint test-rules`` (and ``newslint.testing.assert_examples``) checks: one-line
    #: examples stand as the headline of a small article ("scope"), the rest of it is prose.
    examples = {
        "flag": ["BREAKING: US officials travel to Russia's ally Venezuela for talks",
                 "UPDATE 2-U.S. officials travel to Venezuela, a Russian ally, for talks"],
        "pass": ["US officials travel to Russia's ally Venezuela for talks",
                 "BREAKING: Venezuela",
                 "Live-action remake of classic tops the box office",
                 # A whole text: the label on a body line is not the headline's.
                 "US officials travel to Venezuela for talks\n\n"
                 "Watch: the minister said nothing at all today."],
        "scope": "headline",
    }
    severity = Severity.WARNING
    languages = ("en",)
    options = {
        "labels": Option(DEFAULT_LABELS, list, "labels to flag at the start of a headline (any case)"),
    }
    trigger = label_pattern(DEFAULT_LABELS)

    def __init__(self, options: Optional[Mapping[str, Any]] = None):
        super().__init__(options)
        # The trigger follows the configured labels: the engine reads it from the instance.
        self.trigger = label_pattern(self.settings["labels"])
        self._label = re.compile(self.trigger)

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        if line.role != "headline":
            return
        match = self._label.match(line.text)
        if match is None or len(line.text[match.end():].split()) < MIN_WORDS_AFTER:
            return
        label_start = match.start("label")
        label = line.text[label_start:match.end()].rstrip()  # the label and its separator
        start = line.start + label_start
        yield Hit(start, start + len(label), f"headline starts with the live-page label '{label}'")
