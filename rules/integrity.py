"""NL4xx text integrity of the whole article: repeated paragraphs and a cut-off ending.

- NL408 ``duplicate-paragraph``: the same long paragraph twice.
- NL409 ``truncated-ending``: the text stops mid-sentence or with a "… Read more" excerpt mark.

Character-level remnants (mojibake, markup, glued words) are line rules in
:mod:`newslint.rules.mojibake`, :mod:`newslint.rules.markup` and :mod:`newslint.rules.glued`.
"""

from __future__ import annotations

import hashlib
import re
from string import ascii_letters
from typing import Iterable, Optional

from newslint import hookimpl
from newslint.article import Article
from newslint.lazy import lazy_pattern
from newslint.rule import ArticleRule, Fixable, Option
from newslint.rules._examples import TITAN
from newslint.violation import Hit, Severity


#: Paragraphs at least this long are compared by a digest of their words (see :func:`_long_key`).
_LONG_PARAGRAPH = 1 << 16
#: A long paragraph is read in pieces of about this many characters, cut at white space.
_PIECE = 1 << 16
_SPACE = lazy_pattern(r"\s")


def _long_key(text: str) -> tuple[int, object, bool]:
    """(words, key, ends with '?') of a long paragraph, the key being its words joined by single
    spaces (as for a short one) or, when that is itself long, a digest of it: a page scraped onto
    one line can be megabytes, and the joined words (and the list ``split`` makes) are copies of
    it, so it is read piece by piece. Whether a key is a digest depends only on the joined words,
    so equal paragraphs get equal keys."""
    digest = hashlib.blake2b(digest_size=20)
    words = length = 0
    last = ""
    position = 0
    while position < len(text):
        end = min(len(text), position + _PIECE)
        if end < len(text):
            space = _SPACE.search(text, end)  # cut between words
            end = space.start() if space else len(text)
        parts = text[position:end].split()
        position = end
        if not parts:
            continue
        joined = " ".join(parts)
        if length:
            digest.update(b" ")
            length += 1
        digest.update(joined.encode("utf-8", "surrogatepass"))
        length += len(joined)
        words += len(parts)
        last = parts[-1]
    if length < _LONG_PARAGRAPH:
        return words, " ".join(text.split()), last.endswith("?")
    return words, ("digest", digest.digest()), last.endswith("?")


class DuplicateParagraph(ArticleRule):
    """The same long paragraph twice in one text.

    What it flags: a paragraph of at least ``min-words`` words (default 12) that repeats an
    earlier paragraph word for word (spacing aside). The later copy is flagged, naming the line
    of the first. Questions are not compared: an interview may put the same question to each
    guest.

    Why it matters: an extractor took the same block twice (a teaser and the story, a mobile and
    a desktop copy, a pull quote); the article reads twice as long in places, and duplicate
    sentences skew any statistics or model trained on the text.

    Example: the lead paragraph appearing again after the photo gallery → ``NL408 paragraph
    repeats line 3``; the fix removes the later copy. Short repeated lines ("Advertisement", "Share this") are boilerplate, left
    to the NL3xx rules.
    """

    code = "NL408"
    fix = Fixable("remove-line", safe=True)
    name = "duplicate-paragraph"
    summary = "The same long paragraph twice in one text"
    examples = {
        "flag": [
            "Assange: Sweden drops rape investigation\n\n"
            "She added that an appeal against the decision could be made to the office of "
            "Sweden’s attorney general.\n\n"
            "Assange is battling extradition to the United States.\n\n"
            "She added that an appeal against the decision could be made to the office of "
            "Sweden’s attorney general.",
        ],
        "pass": [
            "Assange: Sweden drops rape investigation\n\n"
            "She added that an appeal against the decision could be made to the office of "
            "Sweden’s attorney general.\n\n"
            "Assange is battling extradition to the United States.",
        ],
    }
    severity = Severity.WARNING
    languages = ("*",)
    options = {"min-words": Option(12, int, "Paragraphs shorter than this are not compared")}
    measured = ("dev set (1,373 records): 42 findings on 24 distinct lines, all true (captions, "
                "titles and a paragraph the page itself repeats); an interview putting one "
                "question to 20 guests is not flagged (questions are skipped)")

    def check(self, article: Article) -> Iterable[Hit]:
        minimum = self.settings["min-words"]
        # A paragraph of N words has at least 2N - 1 characters: skip shorter lines unseen.
        shortest = 2 * minimum - 1
        lines, first_seen = article.lines, {}
        for index in article.paragraph_indexes:
            text = lines[index]
            if len(text) < shortest:
                continue
            # Questions repeat legitimately (the same question put to each guest of an interview).
            if len(text) >= _LONG_PARAGRAPH:
                words, key, question = _long_key(text)
                if words < minimum or question:
                    continue
            else:
                key = text.strip()
                if "  " in key or "\t" in key or "\xa0" in key:
                    key = " ".join(key.split())
            earlier = first_seen.setdefault(key, index)
            if earlier == index:
                continue
            # A short paragraph's words and question mark are read from its key, so only for a
            # repeat: equal keys are skipped alike, and a skipped paragraph is never an earlier.
            if isinstance(key, str) and (key.count(" ") + 1 < minimum or key.endswith("?")):
                continue
            start, end = article.line(index).span()
            yield Hit(start, end, f"paragraph repeats line {earlier + 1}")


#: Words that cannot end a sentence: an ending on one was cut.
_FUNCTION_WORDS = frozenset(
    "the a an of to and or but nor in on at for with by from into onto about as than that which "
    "who whom whose whether is are was were be been being has have had will would could should "
    "shall may might must can its their his her our your my this these those not very such".split())
#: An excerpt mark: "… Read more", "[…]", "... Continue reading", "(more…)".
_EXCERPT = lazy_pattern(
    r"(?:\[\s*(?:…|\.\.\.)\s*\]|(?<=\w)\s?(?:…|\.\.\.))\s*"
    r"(?:(?:Read|Continue|Keep)\s+(?:more|reading|the\s+(?:full\s+)?(?:story|article))\b.{0,20}"
    r"|\((?:more|read\s+more)\s*(?:…|\.\.\.)?\))?\s*$",
    re.IGNORECASE,
)
_LAST_WORD = lazy_pattern(r"([A-Za-z]+)\s*(?:…|\.\.\.)?\s*$")
_OPEN_END = lazy_pattern(r"[(,\[]\s*$")
#: At most this many characters other than white space are in a match of :data:`_EXCERPT` (47:
#: ``[...]`` and ``Continue the full article`` and twenty more).
_MARK_CHARS = 60


def _excerpt_mark(text: str) -> "Optional[re.Match[str]]":
    """``_EXCERPT.search(text)`` (``text`` right-stripped), reading only the end of the text.

    Every mark holds an ellipsis: a text without one is not searched. A match ends at the end of
    the text and holds fewer than :data:`_MARK_CHARS` non-blank characters, so none opens before
    the last of them; the search starts there (its look-behind still reads the text before)."""
    if "…" not in text and "..." not in text:
        return None
    start, seen = len(text), 0
    while start > 0 and seen < _MARK_CHARS:
        start -= 1
        if not text[start].isspace():
            seen += 1
    return _EXCERPT.search(text, start)


def _last_word_start(text: str) -> int:
    """Where the run of letters that :data:`_LAST_WORD` reads in ``text`` (right-stripped) would
    open: a match is letters followed by nothing but blanks and an ellipsis, so none opens
    before the letters that stand before the blanks and dots ending the text."""
    start = len(text)
    while start > 0 and (text[start - 1] in ".…" or text[start - 1].isspace()):
        start -= 1
    while start > 0 and text[start - 1] in ascii_letters:
        start -= 1
    return start


#: What a text that is not cut may end with.
_CLOSED = ("?", "!", ".", ":", ";", "\"", "”", "’", "'", ")", "]")


class TruncatedEnding(ArticleRule):
    """The text stops mid-sentence or with an excerpt mark ("… Read more", "[…]").

    What it flags: the last paragraph, when it is prose (at least ``min-words`` words, default
    15) and ends
    - with an excerpt mark: "[…]", "[...]", or an ellipsis followed by "Read more", "Continue
      reading" or "(more…)";
    - cut mid-sentence: on a word that cannot end a sentence ("the", "of", "would", "their"),
      with or without an ellipsis, or on an open bracket or a comma.

    Why it matters: the scrape holds a teaser or a feed excerpt, not the story: the rest of the
    article is missing, and anything built on the text (a summary, a dataset) takes the part for
    the whole.

    Example: ``… the company said it would close three plants in the`` (last line) → ``NL409
    text ends mid-sentence: '…plants in the'``. An ending on a quoted ellipsis ('"we will
    see…"'), a list item or a heading is not flagged: only prose cut on a function word, an
    open bracket or a comma, or an explicit excerpt mark, counts.
    """

    code = "NL409"
    name = "truncated-ending"
    summary = "The text stops mid-sentence or with an excerpt mark ('… Read more', '[…]')"
    examples = {
        "flag": [
            TITAN[:TITAN.index(" 2017.")],  # cut short by the scraper
        ],
        "pass": [
            TITAN,
        ],
    }
    severity = Severity.WARNING
    options = {"min-words": Option(15, int, "Shorter last paragraphs are not judged")}
    measured = ("dev set (1,373 records): 2 findings, both true (body paragraphs cut on an open "
                "bracket by one extractor); endings on lists, headings and sign-offs not flagged")

    def check(self, article: Article) -> Iterable[Hit]:
        if not article.paragraph_count:
            return
        last = article.paragraph(-1)
        text = last.text.rstrip()
        excerpt = _excerpt_mark(text)
        if excerpt and not (excerpt.group().strip().startswith("[")
                            or re.search(r"[A-Za-z(]", excerpt.group())):
            excerpt = None
        if excerpt is None and text.endswith(_CLOSED):
            return  # (most texts: decided before the words are counted and the roles read)
        if last.word_count < self.settings["min-words"] or last.role != "body":
            return
        if excerpt:
            start = excerpt.start() + len(excerpt.group()) - len(excerpt.group().lstrip())
            yield Hit(last.start + start, last.start + len(text),
                      f"text ends with an excerpt mark: '{excerpt.group().strip()}'")
            return
        cut = None
        # Both patterns end the text: they are searched from where they may open, not from its
        # first character (the text is right-stripped, so an open end is its last character).
        if _OPEN_END.search(text, max(0, len(text) - 1)):
            cut = "text ends mid-sentence, on an open bracket or a comma"
        else:
            word = _LAST_WORD.search(text, _last_word_start(text))
            if word and word.group(1) in _FUNCTION_WORDS:
                cut = "text ends mid-sentence"
        if cut is None:
            return
        tail = text[-40:]
        tail_start = len(text) - len(tail)
        yield Hit(last.start + tail_start, last.start + len(text), f"{cut}: '…{tail.lstrip()}'")


@hookimpl
def newslint_rules():
    return [DuplicateParagraph, TruncatedEnding]
