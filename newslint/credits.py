"""The credit model: who a story says wrote it, and who supplied, published or added to the copy.

Part of the model layer, beside :mod:`newslint.article` (it imports only the article model, the
outlet table of :mod:`newslint.outlets` and the name reader of :mod:`newslint.names`). An
article's credits are read once, lazily (``article.credits``), from the places a newsroom puts them:

- the **dateline** credit: ``WASHINGTON (Reuters) -``, ``(AP) —``, ``Paris (AFP) -``,
  ``New Delhi, Nov 19 (IANS)``, ``Madrid, 19 nov (EFE).-``;
- the **byline**: a person (``By Jane Doe``, ``Von Jane Doe``), a person and an outlet
  (``By Jane Doe, Reuters``, ``Jane Doe | AP``), or an agency alone (``By Reuters``, ``AFP``);
- the **sign-off**: ``(Reporting by …; Editing by …)``, ``(X reports).``, an agency alone at the
  end (``— AFP``, ``(dpa)``);
- **provider** and **copyright** credits near the end: ``Source: AFP``, ``© Provided by Reuters``,
  ``(c) 2024 Reuters``, ``Copyright 2019 The Associated Press. All rights reserved.``;
- **origin** credits: ``This article was originally published by …``, ``… first appeared in …``,
  ``republished from …``;
- **contributor** credits: ``… contributed to this report``, ``With AFP``, ``(With inputs from PTI)``;
- the site's name after the headline when it names an outlet (``… | Reuters``);
- and, for the scoop rule, ``… first reported by X`` and the lead's ``…, X reported.``.

Each :class:`Credit` knows its kind, its line, where its outlet names stand, the outlets (canonical
names of :mod:`newslint.outlets`) and its *role*: ``author`` (the dateline, the byline, a sign-off:
who wrote the copy), ``provider`` (who supplied or published it) or ``contributor`` (who added to
it). :func:`contradicts` says when two credits name different suppliers of the same copy. Each
:class:`Person` is a reporter named by the byline, a sign-off or the record's authors.

Sentences of the story are never credits of the copy: "the Guardian reported", "told Reuters", "a
Reuters report" cite another outlet for a fact. Credits are read only where their shape puts them:
line-shaped forms at the top or the bottom, brackets at the start of a paragraph. Photo credits
("REUTERS/Jane Doe", "Image copyright AFP", "© AFP / Jane Doe", "AFP via Getty Images") are credits
of a picture, not of the copy, and are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Iterator, NamedTuple, Optional

from newslint.article import BYLINE_WIRE, SIGNOFF
from newslint.compiled import compile as compile_pattern
from newslint.language import CAPITALS
from newslint.lazy import lazy, lazy_pattern
from newslint.names import BY_PREFIX, BylineParts, byline_credit, signoff_names
from newslint.outlets import NOT_ALONE, OutletTable, outlet_table, site_suffix

if TYPE_CHECKING:
    from newslint.article import Article, Line

#: Paragraphs from the top always read for a byline; further down, a byline may stand above the
#: story's first paragraphs of prose (after a scraper's menus), in the top half of the text.
HEAD_PARAGRAPHS = 6
#: Paragraphs from the bottom always read for sign-offs and credits; further up, the line-shaped
#: credits ("Source: AFP", "(c) 2024 Reuters", "… contributed to this report") are read in the
#: bottom half of the text, above what a scraper left after the story (comments, menus, footers).
TAIL_PARAGRAPHS = 12
#: Weak credit shapes (a bare "© AFP", an agency's name alone on a line) count only this near the end.
WEAK_TAIL_PARAGRAPHS = 6
#: Only this many characters of a line are read for a line-shaped credit: credits are short, and a
#: bound keeps every pattern linear on a megabyte-long line.
WINDOW = 300

#: At most this many characters make a line that holds only outlet names ("By Reuters Staff").
LONE_LENGTH = 80

#: The roles of a credit.
AUTHOR, PROVIDER, CONTRIBUTOR = "author", "provider", "contributor"

#: How a credit's kind reads in a message ("byline on line 5 credits Reuters").
KIND_NAMES = {
    "dateline": "dateline", "byline": "byline", "sign-off": "sign-off", "source": "source line",
    "provider": "provider credit", "copyright": "copyright line", "origin": "origin credit",
    "contributor": "contributor credit", "headline": "headline", "first-reported": "scoop credit",
    "lead": "lead",
}


class Credit(NamedTuple):
    """One credit position: what kind, where, which outlets, and in what role."""

    #: ``dateline``, ``byline``, ``sign-off``, ``source``, ``provider``, ``copyright``, ``origin``,
    #: ``contributor``, ``headline``; for the scoop rule ``first-reported`` and ``lead``.
    kind: str
    #: Canonical names of the outlets credited, in the order written (``("Reuters", "AFP")``).
    outlets: tuple[str, ...]
    #: The outlet names as written ("AFP", "Reuters/AFP", "the Guardian").
    written: str
    #: Offsets of the outlet names in the document's text.
    start: int
    end: int
    #: 1-based line.
    line: int
    #: ``author``, ``provider`` or ``contributor``.
    role: str

    @property
    def place(self) -> str:
        """How the credit is named in a message: "byline on line 5"."""
        return f"{KIND_NAMES.get(self.kind, self.kind)} on line {self.line}"


class Person(NamedTuple):
    """A reporter a credit names: as written, where, in which part, and in which list."""

    name: str
    start: int
    end: int
    #: ``byline``, ``sign-off`` or ``authors`` (the record's authors field: no place in the text).
    part: str
    #: 1-based line (0 for the record's authors).
    line: int
    #: Names listed together ("By A and B", "Reporting by A, B") share a group: one list names
    #: different people, so names of one group are never taken for one person spelled two ways.
    group: tuple[int, int]


def contradicts(left: Credit, right: Credit, table: OutletTable) -> bool:
    """Whether two credits name different suppliers of the same copy.

    Never when they share an outlet, name syndication partners, or stand at one position. A
    contributor contradicts only an agency's claim (a wire's copy takes no other outlet's
    contribution; a paper's often does). A provider credit naming only papers or sites (no agency)
    contradicts nothing: papers publish agency copy, and sites pass papers' copy on. Any other two
    credits naming different outlets contradict each other: two datelines, a dateline and a
    byline, an author and an agency's provider, source or copyright line.
    """
    if (left.kind, left.line) == (right.kind, right.line) or set(left.outlets) & set(right.outlets):
        return False
    if any(table.partners(x, y) for x in left.outlets for y in right.outlets):
        return False
    for one, other in ((left, right), (right, left)):
        if one.role == CONTRIBUTOR:
            return other.role != CONTRIBUTOR and all(table.is_agency(o) for o in other.outlets)
    for one in (left, right):
        if one.role == PROVIDER and not any(table.is_agency(o) for o in one.outlets):
            return False
    return True


# -- shapes --------------------------------------------------------------------------------------

#: A dateline: a place (capitalised words, maybe a date) and an outlet in brackets at the start of a
#: paragraph, then a dash, a colon or the story's first word: "WASHINGTON (Reuters) -",
#: "LONDON, March 5 (Reuters) -", "Paris (AFP) -", "(AP) —", "Madrid, 19 nov (EFE).-".
_DATELINE = lazy_pattern(
    r"^\s*(?P<place>[^()\n]{0,80}?)\(\s*(?P<outlets>[^()\n]{2,60}?)\s*\)"
    r"(?P<after>\s*(?:\.?\s*[-–—:]|(?=\S)))"
)
_BRACKETED = lazy_pattern(r"\[[^\[\]\n]{1,40}\]")
#: What may follow a dateline's bracket without a dash: the story's first word, not lower case.
_OPENING = lazy_pattern(r"[\"“”„‘’‚'«»¿¡\d]|[^\W\d_]")
#: A place word before a dateline's bracket: capitalised, a number, or a date's small word.
_PLACE_WORD = lazy_pattern(rf"^(?:[{CAPITALS}][\w.'’\-]*,?|\d{{1,4}}(?:st|nd|rd|th)?,?|[a-zé]{{2,5}}\.?,?|[-–—,])$")
#: What separates outlets in one credit: "Reuters/AFP", "AFP, Reuters and dpa", "dpa/lby".
_LIST_SEP = lazy_pattern(r"\s*(?:/|,|;|&|\+|\||\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
#: Words that may follow an agency's name in a credit without naming another outlet.
_STAFF = lazy_pattern(
    r"(?:\s*[-–—,|]?\s*(?:staff(?:\s+(?:writers?|reporters?))?|writers?|reporters?|correspondents?"
    r"|news\s+service|wire(?:\s+service)?|newswire|desk|bureau|report|agency|redaktion|agencies))+\s*$",
    re.IGNORECASE)
#: What stands between a byline's names and the outlet: ", ", " | ", " for ", " - ".
_BEFORE_OUTLET = lazy_pattern(r"\s*(?:[,|/–—\-]\s*)?(?:(?:for|of|from|with)\s+)?", re.IGNORECASE)
#: The first word of a line's text (an outlet's name starts so: "Agence", "AFP", "dpa").
_FIRST_WORD = lazy_pattern(r"(?:the\s+)?([^\W_][\w.\-]*)", re.IGNORECASE)
#: Words that open a lone-outlet byline: "By Reuters", "From AFP", "Por Agencia EFE".
_LONE_PREFIX = lazy_pattern(r"^\s*(?:(?:by|from|von|par|por|di|door|av)\b\s*:?\s*)?", re.IGNORECASE)
#: A credit's frame around an agency alone on a line: "— AFP", "(dpa)", "-- Reuters", "[AFP]".
_FRAME = lazy_pattern(r"[\s(\[–—\-_*•·|]*(?P<with>with\s+)?(?P<list>.*?)[\s)\].;:–—\-_*•·|]*$",
                      re.IGNORECASE | re.DOTALL)

#: "Source: AFP", "Sources: Reuters, AFP", "Quelle: dpa", "Fuente: EFE", "Fonte: ANSA", glued
#: after a sentence or alone on the line.
_SOURCE = lazy_pattern(
    r"(?:^|(?<=[.!?”\"')\]]))\s*(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fonti)"
    r"\s*:\s*(?P<list>[^:\n]{2,80}?)[\s.]*$", re.IGNORECASE)
#: "© Provided by Reuters", "Provided by AFP", "Distributed by …", "Courtesy of …".
_PROVIDED = lazy_pattern(
    r"^[\s©]*(?:(?:content\s+)?provided\s+by|distributed\s+by|courtesy\s+of|courtesy\s*:|"
    r"supplied\s+by|bereitgestellt\s+von|fourni\s+par)\s+(?P<list>.{2,80}?)[\s.]*$",
    re.IGNORECASE)
#: A copyright mark and the year(s) after it: "©", "(c) 2024", "Copyright © 2019-2024".
_COPYRIGHT = lazy_pattern(
    r"(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)(?:\s*(?:©|\([cC]\)|[Cc]opyright\b|COPYRIGHT\b))?\s*"
    r"(?P<year>(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?)(?:by\s+)?")
#: What makes a bare "© X" a strong copyright credit: a year, the word, or the rights reserved.
_RIGHTS = lazy_pattern(r"all rights reserved|tous droits|alle rechte|todos los derechos|may not be "
                       r"(?:published|reproduced)", re.IGNORECASE)
#: The story says where it was first published: "This article was originally published by X",
#: "Originally published on X", "A version of this story first appeared in X", "republished from X".
_ORIGIN = lazy_pattern(
    r"(?:\b(?:this|the)\s+(?:article|story|post|piece|report|column|interview|content|version)\b"
    r"[^.!?\n]{0,60}?\b|^\s*|[.!?]\s+)"
    r"(?:(?:originally|first)\s+(?:published|appeared|ran|posted)|republished|reprinted|"
    r"reproduced|syndicated|was\s+produced)\s+"
    r"(?:(?:here\s+)?with\s+(?:the\s+)?permission\s+(?:of|from)\s+|under\s+[^.]{0,60}?\s+from\s+|"
    r"(?:in|on|by|at|from)\s+(?:the\s+(?:website|site|pages)\s+of\s+)?)",
    re.IGNORECASE)
#: "X contributed to this report", "X contributed reporting".
_CONTRIBUTED = lazy_pattern(r"^(?P<who>[^\n]{2,200}?)\s+contributed\s+(?:reporting|to\s+th(?:is|e)\s+"
                            r"(?:report|story|article))", re.IGNORECASE)
#: "(With inputs from PTI)", "With AFP", "with agency inputs", "(FRANCE 24 with AFP, Reuters)",
#: "Additional reporting by Reuters".
_WITH = lazy_pattern(
    r"^\s*\(?\s*(?:[-–—]+\s*)?(?:with\s+(?:(?:agency\s+)?inputs?\s+from\s+|reporting\s+from\s+)?"
    r"|(?:additional\s+)?reporting\s+by\s+|inputs?\s+from\s+)"
    r"(?P<list>[^()\n]{2,80}?)\s*(?:inputs?)?\s*\)?[\s.]*$", re.IGNORECASE)
#: Words that make a line a picture's caption or credit ("REUTERS/Jane Doe", "AFP via Getty").
_PICTURE = (r"\b(?:photo(?:s|graph|grapher)?|pictures?|pic|image|images|imagery|illustration|video|"
            r"footage|file|caption|getty|shutterstock|alamy|pool|foto|fotos|bild|bilder|imagen|"
            r"capture)\b|/\s*[A-Z][a-z]+\s+[A-Z]|\bvia\s+")
_PHOTO = lazy_pattern(_PICTURE, re.IGNORECASE)
#: Words that make a credit line a picture's or a chart's ("Source: Reuters calculations").
_NOT_COPY = lazy_pattern(_PICTURE + r"|\b(?:charts?|maps?|graphics?|data|calculations?|polls?|survey|"
                         r"table|figures|estimates)\b", re.IGNORECASE)
#: The words of a source line's label, lower-cased (:data:`_SOURCE` also needs a colon).
_SOURCE_WORDS = ("source", "quelle", "fuente", "fonte")
#: Credits that list outlets after a label, tried in turn on a short line near the end:
#: (words one of which the lower-cased line must hold, finder, kind, role).
_LISTED = ((_SOURCE_WORDS, _SOURCE.search, "source", PROVIDER),
           (("provided", "distributed", "courtesy", "supplied", "bereitgestellt", "fourni"),
            _PROVIDED.match, "provider", PROVIDER),
           (("with", "input", "reporting by"), _WITH.search, "contributor", CONTRIBUTOR))
#: What a copyright credit and an origin credit hold, lower-cased.
_COPYRIGHT_WORDS = ("©", "(c)", "copyright")
_ORIGIN_WORDS = ("ublish", "ppeared", "eprint", "roduced")
#: What the window of a line holding a credit near the end has, but for a weak one (an agency's
#: name alone): on a line longer than the window a copyright mark or an origin, on a shorter one
#: also a contribution or a label of :data:`_LISTED` (see :func:`_may_credit`).
_LONG_LINE_CREDIT_WORDS = _COPYRIGHT_WORDS + _ORIGIN_WORDS
_SHORT_LINE_CREDIT_WORDS = _LONG_LINE_CREDIT_WORDS + ("contribut",)
#: The words of the labels :data:`_PROVIDED` and :data:`_WITH` read at the start of a line.
_LABEL_WORDS = tuple(word for words, *_ in _LISTED[1:] for word in words)
#: What those two labels may follow at the start of a line (and blanks).
_LABEL_LEADS = frozenset("©(-–—")
#: The words those two labels open with where nothing of :data:`_LABEL_LEADS` comes first.
_LABEL_OPENINGS = ("content", "provided", "distributed", "courtesy", "supplied", "bereitgestellt",
                   "fourni", "with", "additional", "reporting", "input")
#: The letters of an opening the labels' case-blind match takes others for, and those others
#: lower-cased: "ı" and "İ" ("i̇") for an "i", "ſ" for an "s".
_CASE_BLIND = {"i": ("i", "ı", "i\u0307"), "s": ("s", "ſ")}
#: How a line one of them opens starts, lower-cased: its first two letters, each as the match
#: may take it.
_LABEL_STARTS = tuple(sorted({first + second for word in _LABEL_OPENINGS
                              for first in _CASE_BLIND.get(word[0], (word[0],))
                              for second in _CASE_BLIND.get(word[1], (word[1],))}))


def _holds(lower: str, words: tuple[str, ...]) -> bool:
    """Whether ``lower`` holds one of ``words``: substring searches, a cheap test before the
    patterns (seven times faster than a ``re.IGNORECASE`` alternation of the words)."""
    for word in words:
        if word in lower:
            return True
    return False


def _may_credit(text: str, lower: str) -> bool:
    """Whether a line no longer than the window (``lower``: lower-cased) may hold a credit but an
    agency's name alone: a word of :data:`_SHORT_LINE_CREDIT_WORDS`, a label's word in a line a
    label opens (:data:`_LABEL_LEADS`, :data:`_LABEL_OPENINGS`), or a source line's word and its
    colon. (Most lines have none; "with" is in one line of prose in eight, "source" and a colon in
    fewer together.)"""
    for word in _SHORT_LINE_CREDIT_WORDS:
        if word in lower:
            return True
    first = lower[:1]
    opens = first in _LABEL_LEADS or first.isspace() or lower.startswith(_LABEL_STARTS)
    return opens and _holds(lower, _LABEL_WORDS) or ":" in text and _holds(lower, _SOURCE_WORDS)


#: A sign-off glued to the end of a paragraph: '… exciting."(Reporting by X; Editing by Y)'.
_GLUED_SIGNOFF = lazy_pattern(
    r"\(\s*(?:additional\s+)?(?:reporting|writing)\s+by\b[^()\n]{3,300}\)", re.IGNORECASE)
#: How a line :data:`~newslint.article.SIGNOFF` or :data:`_ROLE_LINE` matches opens, lower-cased
#: (a bracket, "additional", "further", "reporting", "writing", "editing", "compiled", "produced").
_SIGNOFF_OPENINGS = ("(", "[", "add", "fur", "rep", "wr", "ed", "comp", "prod")
#: A sign-off line opened by a role: "Additional reporting by X", "Editing by X".
_ROLE_LINE = lazy_pattern(r"^\s*[(\[]?\s*(?:additional\s+|further\s+)?(?:reporting|writing|editing|"
                          rf"compiled|produced)(?:\s+and\s+\w+)?\s+by\s+[{CAPITALS}]", re.IGNORECASE)

# -- the scoop rule's credits: who the story says broke the news -----------------------------------

#: Words before "reported" that make it a scoop: "was first reported by X", "X first reported".
_FIRST = r"(?:first|initially|originally|exclusively)"
#: In the passive, "earlier" and "previously" say the same: "was earlier reported by X".
_FIRST_PASSIVE = r"(?:first|initially|originally|exclusively|earlier|previously)"
#: The words of :data:`_FIRST_PASSIVE`, for :func:`_mentions_scoop`.
_FIRST_WORDS = ("first", "initially", "originally", "exclusively", "earlier", "previously")


def _mentions_scoop(text: str) -> bool:
    """Whether the text may credit a scoop ("first reported", "was the first to report", "broke
    the news"): a cheap test before any outlet pattern runs. It looks back from each "reported"
    (``str.find``; a pattern over the whole text costs fifteen times more: it opens on a word
    boundary, so ``re`` tries it at every character) and may say yes where the patterns find
    nothing, never the other way round."""
    if "was the first to report" in text or "broke the news" in text or "broke the story" in text:
        return True
    position = text.find("reported")
    while position != -1:
        end = position
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end < position and text.endswith(_FIRST_WORDS, 0, end):
            return True
        position = text.find("reported", position + 8)
    return False
#: A time before the story's: a scoop credit with one is about an earlier report, not this one
#: ("Bloomberg first reported the plan in March", "… first reported by the Journal last year").
_EARLIER = lazy_pattern(
    r"\b(?:last|previous|earlier\s+this|earlier\s+in\s+the)\s+(?:week|weekend|month|year|spring|"
    r"summer|fall|autumn|winter|decade)\b|\b(?:weeks|months|years|days)\s+(?:ago|earlier|before)\b"
    r"|\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:19|20)\d\d)\b|\bback\s+in\b")
_SENTENCE_END = lazy_pattern(r"[.!?](?=\s|$)")
#: What may stand between an outlet's name and its verb: "the Guardian newspaper reported".
_KIND = r"(?:\s+(?:newspaper|magazine|news\s+agency|agency|website|daily|network|outlet))?"


class _ScoopPatterns:
    """The scoop and lead-credit phrases for one outlet table, compiled once per table."""

    def __init__(self, table: OutletTable):
        outlet = rf"(?P<outlet>{table.pattern})"
        #: "was first reported by X", "initially reported in X".
        self.scoop_by = compile_pattern(rf"\b{_FIRST_PASSIVE}\s+reported\s+(?:on\s+)?(?:by|in)\s+{outlet}")
        #: "X first reported", "X was the first to report", "X broke the news".
        self.scoop_subject = compile_pattern(
            rf"{outlet}{_KIND}\s+(?:had\s+)?(?:{_FIRST}\s+reported\b|was\s+the\s+first\s+to\s+report\b"
            rf"|(?:first\s+)?broke\s+the\s+(?:news|story)\b)")
        #: The end of a sentence of the lead: ", the Guardian reported." / "— X said Saturday."
        self.lead_reported = compile_pattern(
            rf"(?:,|\s[–—])\s+{outlet}{_KIND}\s+(?:reported|reports|said)"
            rf"(?:\s+on\s+\w+|\s+\w+day|\s+late\s+\w+)?\s*(?=[.;]|$)")
        #: ", according to the Guardian." / ", according to a report in X."
        self.lead_according = compile_pattern(
            rf"(?:,|\s[–—])\s+according\s+to\s+(?:an?\s+(?:\w+\s+)?report\s+(?:by|in|from)\s+)?"
            rf"{outlet}{_KIND}\s*(?=[.;]|$)")
        #: Each lead pattern with words one of which every match of it holds, as written (the
        #: patterns are case-sensitive outside the outlet's name): a lead without them is passed
        #: over without running the outlets' alternation at each comma and blank of it.
        self.lead: tuple[tuple["re.Pattern[str]", tuple[str, ...]], ...] = (
            (self.lead_reported, ("report", "said")), (self.lead_according, ("according",)))


_SCOOP_PATTERNS: dict[int, tuple[OutletTable, _ScoopPatterns]] = {}


def _scoop_patterns(table: OutletTable) -> _ScoopPatterns:
    cached = _SCOOP_PATTERNS.get(id(table))
    if cached is None or cached[0] is not table:
        if len(_SCOOP_PATTERNS) > 16:
            _SCOOP_PATTERNS.clear()
        cached = _SCOOP_PATTERNS[id(table)] = (table, _ScoopPatterns(table))
    return cached[1]


def _sentence(text: str, position: int) -> str:
    """The sentence of ``text`` around ``position`` (to the sentence ends on either side)."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if end.start() >= position:
            return text[start:end.end()]
        start = end.end()
    return text[start:]


#: An agency's name framed as a credit: after a dash, or in brackets ("— AFP", "(dpa)", "[Reuters]").
_FRAMED = lazy_pattern(r"^\s*(?:[-–—]+\s*\S|[(\[][^()\[\]]{2,40}[)\]]\s*\.?\s*$)")


#: An agency's name after a dash, the sign-off of copy (a picture's credit is not written so).
_DASHED = lazy_pattern(r"^\s*[-–—]+\s*\S")


#: When a picture was taken, as a caption says it: a weekday, a month, a year.
_CAPTION_TIME = lazy_pattern(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|March|April|"
    r"June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:19|20)\d\d)\b")


def _caption(line: "Line") -> bool:
    """A picture's caption or credit: it names a photo, a file picture or an agency's photographer,
    or it is a short sentence saying when ("… in Caracas, Venezuela, January 12, 2021.")."""
    text = line.text[-WINDOW:]
    if _PHOTO.search(text):
        return True
    return not line.words_at_least(41) and text.rstrip().endswith(".") and bool(_CAPTION_TIME.search(text))


def _menu_item(line: Optional["Line"]) -> bool:
    """A short line that is not a sentence: a menu item, a label (or no line at all)."""
    return line is None or (not line.ends_sentence and not line.words_at_least(6))


# -- the reading ---------------------------------------------------------------------------------


class Credits:
    """The credits of one article, read lazily with one outlet table.

    Build with :func:`read_credits` (or use ``article.credits`` for the built-in outlet table).
    """

    def __init__(self, article: "Article", table: OutletTable):
        self.article = article
        self.table = table

    # -- the top ------------------------------------------------------------------------------------

    @lazy
    def datelines(self) -> list[Credit]:
        """Every paragraph opening with a dateline that credits a known outlet, in text order."""
        return list(self._datelines())

    def _datelines(self, last_index: Optional[int] = None) -> Iterator[Credit]:
        """:attr:`datelines` one by one, those in lines up to ``last_index`` (all by default)."""
        article = self.article
        text, lines, starts = article.text, article.lines, article.line_starts
        # Only a paragraph with a bracket in its first 160 characters is read: the brackets are
        # found in the text (a few per story) rather than each paragraph looked at in turn.
        last = len(starts) - 1 if last_index is None else min(last_index, len(starts) - 1)
        position = text.find("(")
        while position != -1:
            index = bisect_right(starts, position) - 1
            if index > last:
                break
            if position - starts[index] < 160:
                credit = self._dateline(article.line(index), lines[index][:160])
                if credit is not None:
                    yield credit
            if index == last:
                break
            position = text.find("(", starts[index + 1])

    @lazy
    def dateline(self) -> Optional[Credit]:
        """The story's dateline credit: the first one in the top half of the text."""
        count = self.article.paragraph_count
        top = max(HEAD_PARAGRAPHS, count // 2)
        if "datelines" in self.__dict__:
            found: Iterator[Credit] = iter(self.datelines)
        else:
            # Read no further than the top half's last paragraph: a dateline found below it
            # is not the story's, nor is any after it.
            indexes = self.article.paragraph_indexes
            found = self._datelines(indexes[top] if top < count else None)
        for credit in found:
            line = self.article.line(credit.line - 1)
            return credit if line.ordinal <= top else None
        return None

    def _dateline(self, line: "Line", head: str) -> Optional[Credit]:
        match = _DATELINE.match(head)
        if match is None:
            return None
        after = match.group("after")
        if not after.strip():
            following = head[match.end():match.end() + 1]
            if not _OPENING.match(following) or following.islower():
                return None
        # A country in square brackets is part of a place: "New Delhi [India], Nov 19 (ANI):".
        place = _BRACKETED.sub("", match.group("place")).split()
        if len(place) > 10 or not all(_PLACE_WORD.match(word) for word in place):
            return None
        if place and not (place[0][0].isupper() or place[0][0].isdigit()):
            return None
        found = self._outlet_list(head, match.start("outlets"), match.end("outlets"), strict=False)
        if found is None:
            return None
        written = head[found[1]:found[2]]
        if written in NOT_ALONE and place and not all(word.isupper() or not word[0].isalpha() for word in place):
            return None  # "Rodney Solognier (SPA):" is a person and a party, not "RIYADH (SPA) -"
        return self._credit("dateline", found, line, AUTHOR)

    @lazy
    def byline_line(self) -> Optional["Line"]:
        """The byline above the story: the article model's, or one in another language, or "Jane
        Doe, Reuters", or a lone agency's name ("Von Jane Doe", "Por Agencia EFE", "AFP")."""
        article = self.article
        indexes, lines = article.paragraph_indexes, article.lines
        for ordinal in range(self._head_end()):
            index = indexes[ordinal]
            text = lines[index]
            if len(text) > WINDOW:
                continue
            # A line of more than 14 words is no byline; its words are counted only for a line
            # some shape below takes (counting is the dearest test). The line is built, and the
            # article model's byline read, only for a line of a byline's shape: the model's
            # matches BYLINE, whose "By" is one of BY_PREFIX's, or BYLINE_WIRE.
            prefix, wire = BY_PREFIX.match(text), BYLINE_WIRE.match(text)
            if (prefix or wire) and article.line(index) is article.byline or \
                    prefix and (byline_credit(text, self.table) or self._lone(text, True)):
                line = article.line(index)
                if not line.words_at_least(15) and not self._signs_off(text):
                    return line
                continue
            if wire or self._named_outlet(text):
                line = article.line(index)
                previous = line.neighbour(-1)  # (only for a line of this shape: most are not)
                if previous is None or not previous.ends_sentence:
                    if not line.words_at_least(15):
                        return line  # after a sentence, "Michael Conroy, AP" is a photo's credit
                    continue
            if self._lone(text, False):
                line = article.line(index)
                if (_STAFF.search(text) or (ordinal <= 2 and self._opens(line))) and not line.words_at_least(15):
                    return line
        return None

    def _named_outlet(self, text: str) -> bool:
        """A line of names and an outlet only: "Jane Doe, The New York Times", "Jane Doe | AFP"."""
        if len(text) > LONE_LENGTH or not ("," in text or "|" in text or "/" in text):
            return False
        parts = byline_credit(text, self.table)
        if parts is None or parts.names_start > len(text) - len(text.lstrip()):
            return False
        found = self._after_names(text, parts.rest_start)
        return found is not None and not text[found[2]:].strip(" .")

    @staticmethod
    def _signs_off(text: str, lower: Optional[str] = None) -> bool:
        """A sign-off line ("Reporting by …", "… contributed to this report"), not a byline
        (``lower``: its first ``2 * WINDOW`` characters lower-cased, when the caller has them)."""
        # Each pattern opens on a bracket or a role's word or needs "contributed": a line of prose
        # is let go without the three, most of them on its opening (the prefixes leave out "i"
        # and "s", whose case-blind matches include "ı" and "ſ"; the callers pass no more than
        # twice the window).
        if lower is None:
            lower = text[:WINDOW * 2].lower()
        if not (text.lstrip()[:4].lower().startswith(_SIGNOFF_OPENINGS) or "contr" in lower):
            return False
        if not ("by" in lower or "report" in lower or "contribut" in lower):
            return False
        return bool(SIGNOFF.match(text) or _ROLE_LINE.match(text) or _CONTRIBUTED.match(text))

    @lazy
    def byline_parts(self) -> Optional[BylineParts]:
        """The byline split into the people it names and what follows them."""
        line = self.byline_line
        return byline_credit(line.text, self.table) if line is not None else None

    @lazy
    def byline(self) -> Optional[Credit]:
        """The outlet the byline credits: "By Jane Doe, Reuters", "By AFP", "Reuters" alone."""
        line = self.byline_line
        if line is None:
            return None
        text = line.text[:WINDOW]
        parts = self.byline_parts
        if parts is None:
            prefix = _LONE_PREFIX.match(text)
            found = self._lone(text, bool(prefix and prefix.end()))
        else:
            found = self._after_names(text, parts.rest_start)
        return self._credit("byline", found, line, AUTHOR) if found else None

    def _after_names(self, text: str, position: int) -> Optional[tuple[tuple[str, ...], int, int]]:
        """The outlet named after a byline's names: ", Reuters", "| AFP", "for MailOnline"."""
        lead = _BEFORE_OUTLET.match(text, position)
        start = lead.end() if lead else position
        found = self.table.leading(text, start)
        if found is None:
            return None
        outlet, first, last = found
        after = text[last:].strip()
        if after and not (re.match(r"^[,|/–—\-(]", after) or _STAFF.match(" " + after)):
            return None
        return (outlet,), first, last

    def _lone(self, text: str, prefixed: bool) -> Optional[tuple[tuple[str, ...], int, int]]:
        """The outlets of a line that is only outlet names, maybe after "By": "By Reuters Staff",
        "AFP", "— Reuters", "(dpa)". Without "By" only agencies count: a paper's name alone on
        a line is the site's logo or menu."""
        if len(text) > LONE_LENGTH:
            return None
        prefix = _LONE_PREFIX.match(text)
        start = prefix.end() if prefix else 0
        if not prefixed and start:
            return None
        first = _FIRST_WORD.search(text, start)
        if first is None or first.group(1).casefold() not in self.table.first_words:
            return None
        frame = _FRAME.match(text, start)
        if frame is None or frame.group("with"):
            return None
        first, last = frame.start("list"), frame.end("list")
        staff = _STAFF.search(text, first, last)
        if staff:
            last = staff.start()
        found = self._outlet_list(text, first, last, strict=True)
        if found is None:
            return None
        if not prefixed and not (all(self.table.is_agency(o) for o in found[0])
                                 and text[found[1]:found[2]].strip() not in NOT_ALONE):
            return None
        return found

    def _opens(self, line: "Line") -> bool:
        """An agency's name alone stands where a byline does (among the first three lines, under the
        headline and maybe a date): not after a caption (there it is the picture's credit) and not among menu items
        (short lines on both sides). Lower down it is a picture's credit as often as the copy's."""
        previous, following = line.neighbour(-1), line.neighbour(1)
        if previous is not None and _caption(previous):
            return False
        return previous is None or not (_menu_item(previous) and _menu_item(following))

    @lazy
    def headline(self) -> Optional[Credit]:
        """The outlet named after the headline ("… | Reuters"); after a dash only the dateline's
        own wire counts (Reuters headlines credit other papers with a dash: "… - WSJ")."""
        headline = self.article.headline
        if headline is None or headline.ordinal != 0:
            return None
        text = headline.text.rstrip()
        if not any(sep in text for sep in (" |", " -", " –", " —", " ::", " »")):
            return None
        dateline = self.dateline
        suffix = site_suffix(text, self.table, dateline.outlets[0] if dateline else None)
        if suffix is None or suffix.outlet is None:
            return None
        start = text.index(suffix.name, suffix.start)
        return self._credit("headline", ((suffix.outlet,), start, start + len(suffix.name)),
                            headline, PROVIDER)

    # -- the bottom ---------------------------------------------------------------------------------

    @lazy
    def ending(self) -> list[Credit]:
        """The credits near the end: sign-off agencies, source, provider, copyright, origin and
        contributor credits, in text order."""
        found: list[Credit] = []
        article = self.article
        indexes, lines = article.paragraph_indexes, article.lines
        weak_from = article.paragraph_count - WEAK_TAIL_PARAGRAPHS
        long_words = _LONG_LINE_CREDIT_WORDS
        for ordinal, lower in enumerate(self._tail_lower, self._tail_start(half=True)):
            text = lines[indexes[ordinal]]
            weak = ordinal >= weak_from
            # Most lines have no word a credit needs: they are passed over without building them
            # (the long lines' words looked for here, not in a call: this loop sees every line of
            # the bottom half, and most lines are refused after the last word). A weak line may
            # also be an agency's name alone.
            if lower is not None:
                if not _may_credit(text, lower) and not (weak and self._lone(text, False)):
                    continue
            else:
                lower = text[-WINDOW:].lower()
                for word in long_words:
                    if word in lower:
                        break
                else:
                    continue
            found.extend(self._ending(article.line(indexes[ordinal]), weak, lower))
        return found

    def _ending(self, line: "Line", weak: bool, lower: str) -> Iterator[Credit]:
        """The credit of one line near the end (``lower``: its window, lower-cased)."""
        text = line.text
        window_start = max(0, len(text) - WINDOW)
        window = text[window_start:]
        if window_start == 0:
            contributed = _CONTRIBUTED.match(text) if "contribut" in lower else None
            if contributed:
                found = self._outlets_in(text, contributed.start("who"), contributed.end("who"))
                if found:
                    yield self._credit("contributor", found, line, CONTRIBUTOR)
                return
            listed = self._listed(line, lower, weak)
            if listed is not None:
                yield listed
                return
        if _holds(lower, _COPYRIGHT_WORDS):
            for mark in _COPYRIGHT.finditer(window):
                credit = self._copyright(line, window, window_start, mark, weak)
                if credit is not None:
                    yield credit
                    return
        if _holds(lower, _ORIGIN_WORDS):
            for origin in _ORIGIN.finditer(window):
                found = self.table.leading(window, origin.end())
                if found and not _NOT_COPY.search(window[max(0, origin.start() - 40):origin.end()]):
                    outlet, first, last = found
                    yield self._credit("origin", ((outlet,), window_start + first, window_start + last),
                                       line, PROVIDER)
                    return

    def _listed(self, line: "Line", lower: str, weak: bool) -> Optional[Credit]:
        """A short line listing outlets after a label ("Source: AFP"), or an agency alone."""
        text = line.text
        for words, find, kind, role in _LISTED:
            match = find(text) if _holds(lower, words) else None
            found = match and self._outlet_list(text, match.start("list"), match.end("list"), strict=True)
            if found and not _NOT_COPY.search(text):
                return self._credit(kind, found, line, role)
        if weak:
            found = self._lone(text, False)
            if found and not _NOT_COPY.search(text) and self._opens_ending(line, framed=bool(_FRAMED.match(text))):
                return self._credit("sign-off", found, line, AUTHOR)
        return None

    def _opens_ending(self, line: "Line", framed: bool = False) -> bool:
        """An agency alone on a line (or a bare "© AFP") at the end is the copy's credit when it
        does not follow a caption (naming a photo, a file picture) and, unless a dash or brackets
        frame it as a credit ("— AFP", "(dpa)"), follows the story's prose or its sign-off, not a
        menu."""
        previous = line.neighbour(-1)
        if previous is None:
            return False
        if framed and _DASHED.match(line.text):
            return True
        if _PHOTO.search(previous.text[-WINDOW:]):
            return False
        return framed or (previous.ends_sentence and previous.words_at_least(8)) or \
            (len(previous.text) <= WINDOW * 2 and self._signs_off(previous.text))

    def _copyright(self, line: "Line", window: str, base: int, mark: re.Match,
                   weak: bool) -> Optional[Credit]:
        before = window[max(0, mark.start() - 30):mark.start()]
        if _NOT_COPY.search(before) or re.search(r"(?:^|\s)(?:image|photo|foto|bild)\s*:?\s*$", before, re.I):
            return None
        found = self.table.leading(window, mark.end())
        if found is None:
            return None
        outlet, first, last = found
        after = window[last:last + 40]
        if re.match(r"\s*/\s*\S", after) or _NOT_COPY.match(after.strip()):
            return None  # "© AFP / Jane Doe": a photographer's credit
        strong = bool(mark.group("year").strip()) or "opyright" in mark.group() or "OPYRIGHT" in \
            mark.group() or bool(re.match(r"\s*,?\s*(?:19|20)\d\d\b", after)) or bool(_RIGHTS.search(window, last))
        if not strong and not (weak and self._opens_ending(line)):
            return None
        return self._credit("copyright", ((outlet,), base + first, base + last), line, PROVIDER)

    # -- people ---------------------------------------------------------------------------------------

    @lazy
    def signoffs(self) -> list["Line"]:
        """Sign-off lines in the bottom half: the article model's, and lines opened by a role
        ("Additional reporting by X", "Editing by X") or closing on a contribution ("X
        contributed to this report.")."""
        article = self.article
        found = {line.index: line for line in article.signoffs}
        indexes, lines = article.paragraph_indexes, article.lines
        for ordinal, lower in enumerate(self._tail_lower, self._tail_start(half=True)):
            index = indexes[ordinal]
            text = lines[index]
            if index not in found and len(text) <= WINDOW * 2 and \
                    self._signs_off(text, text.lower() if lower is None else lower):
                found[index] = article.line(index)
        return [found[index] for index in sorted(found)]

    @lazy
    def _tail_lower(self) -> list[Optional[str]]:
        """The paragraphs from :meth:`_tail_start` (``half``) lower-cased, those no longer than
        the window (``None`` for the others): the sign-offs and the credits near the end are read
        in them both."""
        article = self.article
        lines = article.lines
        return [lines[index].lower() if len(lines[index]) <= WINDOW else None
                for index in article.paragraph_indexes[self._tail_start(half=True):]]

    @lazy
    def people(self) -> list[Person]:
        """Every person the byline and the sign-offs name, in text order, then the record's
        authors."""
        people: list[Person] = []
        line = self.byline_line
        if line is not None and self.byline_parts is not None:
            people.extend(Person(c.name, line.start + c.start, line.start + c.end, "byline",
                                 line.index + 1, (line.index, -1)) for c in self.byline_parts.names)
        seen = set()
        for line in self.signoffs:
            seen.add(line.index)
            people.extend(Person(c.name, line.start + c.start, line.start + c.end, "sign-off",
                                 line.index + 1, (line.index, c.group))
                          for c in signoff_names(line.text, self.table))
        article = self.article
        count = article.paragraph_count
        for ordinal in range(max(self._tail_start(), count - 3), count):
            index = article.paragraph_indexes[ordinal]
            if index in seen or "by" not in article.lines[index]:
                continue
            line = article.line(index)
            for number, match in enumerate(_GLUED_SIGNOFF.finditer(line.text)):
                base = line.start + match.start()
                people.extend(Person(c.name, base + c.start, base + c.end, "sign-off", line.index + 1,
                                     (line.index, 100 * (number + 1) + c.group))
                              for c in signoff_names(match.group(), self.table))
        people.sort(key=lambda person: person.start)
        people.extend(Person(author.strip(), 0, 0, "authors", 0, (-1, 0))
                      for author in self.article.document.authors if author and author.strip())
        return people

    # -- all of them --------------------------------------------------------------------------------

    @lazy
    def suppliers(self) -> list[Credit]:
        """Every credit of the copy (not the scoop credits), in text order: the story's dateline
        (a dateline further down opens another story's teaser, or a roundup's next item), the
        headline's and the byline's, and those near the end."""
        found = [self.dateline] if self.dateline is not None else []
        for credit in (self.headline, self.byline):
            if credit is not None:
                found.append(credit)
        found.extend(self.ending)
        unique = {(credit.kind, credit.start): credit for credit in found}
        return sorted(unique.values(), key=lambda credit: (credit.start, credit.kind))

    @lazy
    def scoops(self) -> list[Credit]:
        """Who the story says first reported its news ("was first reported by X", "X first
        reported"), leaving out scoops on an earlier matter ("… first reported in March")."""
        text = self.article.text
        if not _mentions_scoop(text):
            return []
        patterns = _scoop_patterns(self.table)
        found = []
        for regex in (patterns.scoop_by, patterns.scoop_subject):
            for match in regex.finditer(text):
                line = self.article.line_at(match.start("outlet"))
                if _EARLIER.search(_sentence(line.text, match.start() - line.start)):
                    continue
                credit = self._cited(match, "first-reported", line, 0)
                if credit is not None:
                    found.append(credit)
        return sorted(found)

    @lazy
    def lead_citations(self) -> list[Credit]:
        """Outlets the lead credits with its news (", the Guardian reported.", ", according to X.")."""
        lead = self.article.lead
        if lead is None:
            return []
        text = lead.text
        found = []
        for regex, words in _scoop_patterns(self.table).lead:
            if not _holds(text, words):
                continue
            for match in regex.finditer(text):
                credit = self._cited(match, "lead", lead, lead.start)
                if credit is not None:
                    found.append(credit)
        return sorted(found, key=lambda credit: credit.start)

    # -- helpers ----------------------------------------------------------------------------------------

    def _cited(self, match: re.Match, kind: str, line: "Line", base: int) -> Optional[Credit]:
        written = " ".join(match.group("outlet").split())
        outlet = self.table.canonical(written)
        if outlet is None:
            return None
        return Credit(kind, (outlet,), written, base + match.start("outlet"),
                      base + match.end("outlet"), line.index + 1, PROVIDER)

    def _credit(self, kind: str, found: tuple[tuple[str, ...], int, int], line: "Line",
                role: str) -> Credit:
        outlets, first, last = found
        written = line.text[first:last] if last <= len(line.text) else line.text[first:]
        return Credit(kind, outlets, " ".join(written.split()), line.start + first,
                      line.start + last, line.index + 1, role)

    def _outlet_list(self, text: str, start: int, end: int,
                     strict: bool) -> Optional[tuple[tuple[str, ...], int, int]]:
        """The outlets of ``text[start:end]``, a list of outlet names ("Reuters/AFP", "AFP, dpa").
        ``strict``: every item must be an outlet, editor's initials ("Reuters/gs") or "agencies";
        else items that are not outlets are skipped ("dpa/lby" in a dateline)."""
        outlets: list[str] = []
        position = start
        first = last = None
        for separator in [*_LIST_SEP.finditer(text, start, end), None]:
            item_end = separator.start() if separator is not None else end
            item = text[position:item_end].strip(" .")
            if item:
                outlet = self.table.canonical(item)
                if outlet is not None:
                    if outlet not in outlets:
                        outlets.append(outlet)
                    if first is None:
                        first = position + (len(text[position:item_end]) - len(text[position:item_end].lstrip()))
                    last = position + len(text[position:item_end].rstrip(" ."))
                elif strict and not (re.fullmatch(r"[a-z]{1,4}", item) or
                                     item.casefold() in ("agencies", "agency", "wires", "staff")):
                    return None
            if separator is not None:
                position = separator.end()
        if not outlets or first is None or last is None:
            return None
        return tuple(outlets), first, last

    def _outlets_in(self, text: str, start: int, end: int) -> Optional[tuple[tuple[str, ...], int, int]]:
        """The outlets named anywhere in ``text[start:end]`` ("CNN's Jane Doe and Reuters")."""
        outlets: list[str] = []
        first = last = None
        for match in self.table.regex.finditer(text, start, end):
            outlet = self.table.canonical(match.group())
            if outlet is None:
                continue
            if outlet not in outlets:
                outlets.append(outlet)
            first = match.start() if first is None else first
            last = match.end()
        if not outlets or first is None or last is None:
            return None
        return tuple(outlets), first, last

    def _head_end(self) -> int:
        """How many paragraphs from the top a byline may stand in: those above the story, whose
        start is its dateline or, without one, its second paragraph of prose; the first few at
        least, the top half at most."""
        article = self.article
        count = article.paragraph_count
        dateline = self.dateline
        if dateline is not None:
            return min(article.line(dateline.line - 1).ordinal, count)
        limit, prose = min(max(HEAD_PARAGRAPHS, count // 2), count), 0
        indexes, lines = article.paragraph_indexes, article.lines
        for ordinal in range(limit):
            if len(lines[indexes[ordinal]]) >= 49:  # (a line is built only for a long one)
                line = article.paragraph(ordinal)
                if line.ends_sentence and line.words_at_least(25):
                    prose += 1
                    if prose == 2:
                        return ordinal
        return limit

    def _tail_start(self, half: bool = False) -> int:
        """The ordinal of the first of the last paragraphs (``half``: of the bottom half at least),
        after the byline and the dateline paragraph: where sign-offs and credits are read."""
        count = self.article.paragraph_count
        start = max(0, count - TAIL_PARAGRAPHS)
        if half:
            start = min(start, count // 2)
        for top in (self.byline_line, self.dateline and self.article.line(self.dateline.line - 1)):
            if top is not None:
                start = max(start, top.ordinal + 1)
        return start


def read_credits(article: "Article", table: Optional[OutletTable] = None) -> Credits:
    """The credits of ``article`` read with ``table`` (the built-in outlets by default).

    With the built-in table this is ``article.credits``, read once per article; rules with their own
    outlets read their own copy.
    """
    if table is None or table is outlet_table():
        return article.credits
    return Credits(article, table)


def credits_of(article: "Article") -> Credits:
    """The credits of ``article`` with the built-in outlet table (what ``article.credits`` holds)."""
    return Credits(article, outlet_table())


__all__ = ["AUTHOR", "CONTRIBUTOR", "PROVIDER", "Credit", "Credits", "KIND_NAMES", "Person",
           "contradicts", "credits_of", "read_credits"]
