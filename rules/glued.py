"""NL4xx glued text: words and sentences run together where the page had a boundary.

- NL406 ``glued-words``: two words with no space between them ("whichThe", "2019,as").
- NL407 ``glued-sentences``: a sentence end with no space before the next ("said.The").

Extractors drop the space where a link, a heading or a paragraph break stood: the link text or
the next block is glued to the word before it. The shapes are precise: a word of lower-case letters
followed directly by a capitalised word ("appearanceCzech") never occurs in edited prose, while
CamelCase names begin with a capital (YouTube, McDonald, PlayStation, JavaScript) or a single
lower-case letter (iPhone, eBay) and are left alone. Lower-case brands and units that do fit the
shape (arXiv, mmHg, theGrio) are listed; the ``allow`` option adds more.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterable, Iterator

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.lazy import lazy_pattern
from newslint.rule import Fixable, LineRule, Option
from newslint.violation import Edit, Fix, Hit, Severity

#: lower-case word + Capitalised word, as one token.
_CAMEL = lazy_pattern(
    r"(?<![\w@#/.:=?&%$’'\-])(?P<left>[a-z]{2,})(?P<right>[A-Z][a-z]+)(?![\w@/’']|\.[a-z])")
#: A capitalised word glued to a sentence's first word ("© AmazonThe symptoms …"): only words no
#: CamelCase name ends with. (It opens with the capital and then looks behind it, so that ``re``
#: skips to the next capital at C speed instead of looking behind at every position.)
_CAPITAL_THE = lazy_pattern(
    r"(?P<left>[A-Z](?<![\w@#/.:=?&%$’'\-][A-Z])[a-z]{2,})(?P<right>The|This|These|Those|However)"
    r"(?=\s)")
#: Where a match of :data:`_CAMEL` has its capital: right after two lower-case letters (found at
#: C speed, from capital to capital).
_JUNCTION = lazy_pattern(r"[A-Z](?<=[a-z][a-z][A-Z])")
#: What every match of :data:`_COMMA` holds: a line without it is not searched with it (it looks
#: behind at every position; this is found at C speed).
_COMMA_HINT = lazy_pattern(r",[A-Za-z]")


def _camel_matches(text: str) -> Iterator[re.Match]:
    """The matches of :data:`_CAMEL` in ``text``, as ``finditer`` gives them, found from their
    capitals. A match opens where a run of lower-case letters does (inside one, the letter before
    is a word's), and that run ends at the capital: so each capital after two lower-case letters
    is tried once, from the start of its run, and the matches cannot overlap."""
    for junction in _JUNCTION.finditer(text):
        start = junction.start() - 2
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        match = _CAMEL.match(text, start)  # (its look-behind reads the text before ``start``)
        if match is not None:
            yield match
#: The words :data:`_CAPITAL_THE` looks for (only a line holding one is searched with it).
_SENTENCE_STARTS = ("The", "This", "These", "Those", "However")


def _has_capital_word(text: str) -> bool:
    return any(word in text for word in _SENTENCE_STARTS)


#: A comma with a word right after it: "2019,as", "Colorado,Washington".
_COMMA = lazy_pattern(r"(?:(?<=[A-Za-z]{2})|(?<=[0-9]{4})),(?=[a-z]{2,}\b|[A-Z][a-z]+\b)")
#: Two-letter words that can end a sentence or precede a link ("toTalking", "usThe", "itToday").
#: Not "in", "on", "at", "up", "my", "we", "go", "do": brands start with them (inRead, WeChat).
_TWO_LETTER_WORDS = frozenset("of to is it as be by he me us no or so if an am".split())
#: Name particles and prefixes written before a capital ("deGrom", "vanDyke", "macOS").
_PARTICLES = frozenset("de da di du la le van von der den del des dos das mac bin ibn ter ten".split())
#: Lower-case-initial names that fit the shape.
_BUILTIN_ALLOW = frozenset(
    "arXiv bioRxiv medRxiv chemRxiv psyArXiv theGrio theSkimm mmHg cmHg inHg mmol ngOn "
    "eduTrust".split())
_WORD_BEFORE = lazy_pattern(r"\w*$")
_WORD_AFTER = lazy_pattern(r"\w*")
#: Tokens that are addresses or code, not prose.
_NOT_PROSE = lazy_pattern(r"[/@=_\\]|https?:|www\.|\.(?:com|org|net)\b")

#: lower-case word, sentence end, capitalised word: "said.The", 'exciting."The', "it.”The".
_STOP = lazy_pattern(
    r"(?<![\w.@/’'\-])(?P<left>[a-z]{2,})(?P<stop>[.!?][\"”’)]?)(?P<right>[\"“]?[A-Z][a-z]+)\b")


#: Where :data:`_STOP` may match, found from the stop (rarer than lower-case letters, and a class
#: ``re`` scans for at C speed): two lower-case letters before it, maybe a closing and an opening
#: quote after it, a capital and a lower-case letter (what every match of :data:`_STOP` holds
#: around its stop).
_GLUED_STOP = lazy_pattern(r"[.!?](?<=[a-z][a-z][.!?])[\"”’)]?[\"“]?[A-Z][a-z]")


def _stop_matches(text: str) -> Iterator[re.Match]:
    """The matches of :data:`_STOP` in ``text``, as ``finditer`` gives them, found from their
    stops (:data:`_GLUED_STOP`). A match opens where a run of lower-case letters does (inside
    one, the letter before is a word's), and that run ends at the stop: so each stop after two
    lower-case letters is tried once, from the start of its run. ``finditer`` read the line at
    every lower-case word (a glued paragraph is kilobytes long); this reads it at its stops."""
    end = 0
    for stop in _GLUED_STOP.finditer(text):
        start = stop.start() - 2
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if start < end:
            continue  # (inside the match before: finditer goes on from its end)
        match = _STOP.match(text, start)  # (its look-behind reads the text before ``start``)
        if match is not None:
            end = match.end()
            yield match


#: Candidates looked at per line: enough for any real line, bounded for a line of junk.
_MAX_CANDIDATES = 200
#: A token longer than this is an address, a hash or run-together junk, never prose.
_LONGEST_TOKEN = 80


def _token(text: str, start: int, end: int) -> str:
    """The run of non-blank characters around ``text[start:end]`` (at most ``_LONGEST_TOKEN`` to
    either side, so that a line of one huge token stays linear); ``"/"`` stands for a longer one,
    which is never prose."""
    low, high = max(0, start - _LONGEST_TOKEN), min(len(text), end + _LONGEST_TOKEN)
    while start > low and not text[start - 1].isspace():
        start -= 1
    while end < high and not text[end].isspace():
        end += 1
    if (start == low and low > 0) or (end == high and high < len(text)):
        return "/"
    return text[start:end]


class GluedWords(LineRule):
    """Two words with no space between them: "whichThe", "appearanceCzech", "2019,as".

    What it flags: a lower-case word followed directly by a capitalised word in one token
    ("whichThe", "captionJulian"), or a comma with a word right after it ("2019,as",
    "Colorado,Washington"). One finding per line (the first), with how many more.

    Why it matters: the page had a boundary there (a link whose text was dropped, a heading, a
    caption) and the extractor removed it with the space. Readers stumble, and tokenisers see one
    unknown word instead of two.

    Example: ``He said the deal, whichThe Times reported, …`` → ``NL406 words glued together:
    'whichThe'``. CamelCase names starting with a capital or one lower-case letter (YouTube,
    McDonald, iPhone, eBay), name particles (deGrom, vanDyke), addresses and handles are not
    flagged; the ``allow`` option lists more tokens to leave alone.
    """

    code = "NL406"
    name = "glued-words"
    summary = "Two words with no space between them ('whichThe', '2019,as')"
    examples = {
        "flag": [
            "Media captionJulian Assange being dragged from the Ecuadorean embassy in London",
        ],
        "pass": [
            "WeWork’s 2025 bond has weakened sharply in the past week, hitting 16.057% on "
            "Monday, according to data from MarketAxess.",
        ],
    }
    severity = Severity.WARNING
    languages = ("*",)
    options = {"allow": Option([], list, "Tokens that are right as written (brand names)")}
    # Anchored on the capital and the comma (rarer than lower-case letters) and looking back:
    # what every match of _CAMEL and _CAPITAL_THE (two lower-case letters, a capital and a
    # lower-case one) and of _COMMA (two letters or four digits, a comma, a letter and a
    # lower-case one) holds.
    trigger = (r"[A-Z](?<=[a-z][a-z][A-Z])[a-z]|,(?<=[A-Za-z][A-Za-z],)[A-Za-z][a-z]"
               r"|,(?<=[0-9][0-9][0-9][0-9],)[A-Za-z][a-z]")
    measured = ("dev set (1,373 records): 119 findings on 59 distinct lines, all true (headings, "
                "captions and credits glued to text: 'appearanceCzech', 'treatmentCredit', "
                "'AmazonThe', 'Colorado,Washington'); 73 are inside body-labelled lines, each a "
                "real glue there; 0 of 39 real lines with CamelCase names, handles and links")

    @property
    def _allow(self) -> frozenset:
        allow = self.__dict__.get("_allow_set")
        if allow is None:
            allow = self.__dict__["_allow_set"] = _BUILTIN_ALLOW | frozenset(self.settings["allow"])
        return allow

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = line.text
        allow = self._allow
        found: list[tuple[int, int, str]] = []
        for match in islice(_camel_matches(text), _MAX_CANDIDATES):
            left, word = match.group("left"), match.group()
            if word in allow or left in _PARTICLES or (
                    len(left) == 2 and left not in _TWO_LETTER_WORDS):
                continue
            if text[match.end():match.end() + 1] == "(" or _NOT_PROSE.search(
                    _token(text, match.start(), match.end())):
                continue
            found.append((match.start(), match.end(), "words glued together"))
        for match in islice(_CAPITAL_THE.finditer(text) if _has_capital_word(text) else (),
                            _MAX_CANDIDATES):
            if match.group() not in allow and not _NOT_PROSE.search(
                    _token(text, match.start(), match.end())):
                found.append((match.start(), match.end(), "words glued together"))
        for match in islice(_COMMA.finditer(text) if _COMMA_HINT.search(text) else (),
                            _MAX_CANDIDATES):
            token = _token(text, match.start(), match.end())
            if token.count(",") > 2 or _NOT_PROSE.search(token) or token.strip(",.;:") in allow:
                continue
            start = _WORD_BEFORE.search(text, max(0, match.start() - _LONGEST_TOKEN), match.start()).start()
            end = _WORD_AFTER.match(text, match.end()).end()
            found.append((start, end, "missing space after a comma"))
        if not found:
            return
        found.sort()
        start, end, what = found[0]
        message = f"{what}: '{text[start:end]}'"
        if len(found) > 1:
            message += f"; {len(found) - 1} more on this line"
        yield Hit(line.start + start, line.start + end, message)


class GluedSentences(LineRule):
    """A sentence end with no space before the next sentence: "he said.The valuation".

    What it flags: a lower-case word, a full stop, question or exclamation mark (maybe a closing
    quote or bracket) and a capitalised word, with no space: "it.Apple's", 'exciting."The',
    "quipped.Another". One finding per line (the first), with how many more on the line.

    Why it matters: the extractor dropped a paragraph break or the block between two paragraphs;
    sentence splitters then read two sentences as one, and readers see a typo on every paragraph.

    Example: ``… he said.The valuation of the company …`` → ``NL407 no space after the sentence
    end: 'said.The'``; the fix puts the space back (``said. The``), on every such place of the
    line, except after a straight quote ('said."The': the quote may open the next sentence). Abbreviations, domain names ("Amazon.com"), initials ("J.K.Rowling"),
    addresses and code are not flagged.
    """

    code = "NL407"
    fix = Fixable("edit", safe=True)
    name = "glued-sentences"
    summary = "A sentence end with no space before the next sentence ('said.The')"
    examples = {
        "flag": ["Our present financial ruin is being turned into a business model.Twitter"],
        "pass": [
            "We're not certain when Apple last issued four updates to the MacBook Pro within 18 "
            "months, or to any laptop it has ever produced. But, here we are.",
        ],
    }
    severity = Severity.INFO
    languages = ("*",)
    trigger = r"[.!?](?<=[a-z][.!?])[\"”’)]?[\"“]?[A-Z][a-z]"
    measured = ("dev set (1,373 records): 215 findings on 88 distinct lines, all true "
                "(paragraph breaks dropped by the extractor: 'said.The', 'it.”The'); 206 are "
                "inside body-labelled lines, each a real missing space there")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = line.text
        found = [match for match in islice(_stop_matches(text), _MAX_CANDIDATES)
                 if not _NOT_PROSE.search(_token(text, match.start(), match.end()))]
        if not found:
            return
        first = found[0]
        message = f"no space after the sentence end: '{first.group()}'"
        if len(found) > 1:
            message += f"; {len(found) - 1} more on this line"
        # The fix puts a space after each stop; not after a straight quote, which may open the
        # next sentence as well as close this one ('said."The').
        edits = tuple(Edit(line.start + match.end("stop"), line.start + match.end("stop"), " ")
                      for match in found if '"' not in match.group("stop"))
        yield Hit(line.start + first.start(), line.start + first.end(), message,
                  Fix(edits, safe=True) if edits else None)


@hookimpl
def newslint_rules():
    return [GluedWords, GluedSentences]
