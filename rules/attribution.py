"""NL1xx outlet attribution: who the story says broke it, and who the story says wrote it.

- NL105 ``conflicting-credit``: the same report credited to two outlets ("…, the Guardian
  reported." in the lead, "was initially reported by The New York Times" further down).
- NL106 ``dateline-credit-mismatch``: a wire dateline ("WASHINGTON (Reuters) –") contradicted by
  the story's own credit (a byline, a headline suffix or a copyright line naming another outlet).

Outlets are matched by name and alias (AP = The Associated Press, NYT = The New York Times, …,
see :mod:`newslint.rules._outlets`); the ``outlets`` option adds more.
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple, Optional

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.rule import ArticleRule, Option
from newslint.violation import Hit, Severity

from ._outlets import WIRES, OutletTable, outlet_table, site_suffix

#: Words before "reported" that make it a scoop: "was first reported by X", "X first reported".
_FIRST = r"(?:first|initially|originally|exclusively)"
#: In the passive, "earlier" and "previously" say the same: "was earlier reported by X".
_FIRST_PASSIVE = r"(?:first|initially|originally|exclusively|earlier|previously)"
#: Cheap test before any outlet regex runs: the text mentions a scoop at all.
_SCOOP_HINT = re.compile(
    rf"\b{_FIRST_PASSIVE}\s+reported\b|\bwas the first to report\b|\bbroke the (?:news|story)\b")
#: A time before the story's: a scoop credit with one is about an earlier report, not this one
#: ("Bloomberg first reported the plan in March", "… first reported by the Journal last year").
_EARLIER = re.compile(
    r"\b(?:last|previous|earlier\s+this|earlier\s+in\s+the)\s+(?:week|weekend|month|year|spring|"
    r"summer|fall|autumn|winter|decade)\b|\b(?:weeks|months|years|days)\s+(?:ago|earlier|before)\b"
    r"|\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:19|20)\d\d)\b|\bback\s+in\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
#: What may stand between an outlet's name and its verb: "the Guardian newspaper reported".
_KIND = r"(?:\s+(?:newspaper|magazine|news\s+agency|agency|website|daily|network|outlet))?"


class Credit(NamedTuple):
    """An outlet credited with the story's news: where, which outlet, and how."""

    start: int
    end: int
    outlet: str
    #: As written ("the Guardian", "The New York Times").
    written: str
    #: ``lead`` (", X reported." in the first paragraph) or ``scoop`` ("first reported by X").
    kind: str
    line: int


class CreditPatterns:
    """The credit phrases for one outlet table, compiled once per rule instance."""

    def __init__(self, table: OutletTable):
        outlet = rf"(?P<outlet>{table.pattern})"
        #: "was first reported by X", "initially reported in X".
        self.scoop_by = re.compile(rf"\b{_FIRST_PASSIVE}\s+reported\s+(?:on\s+)?(?:by|in)\s+{outlet}")
        #: "X first reported", "X was the first to report", "X broke the news".
        self.scoop_subject = re.compile(
            rf"{outlet}{_KIND}\s+(?:had\s+)?(?:{_FIRST}\s+reported\b|was\s+the\s+first\s+to\s+report\b"
            rf"|(?:first\s+)?broke\s+the\s+(?:news|story)\b)")
        #: The end of a sentence of the lead: ", the Guardian reported." / "— X said Saturday."
        self.lead_reported = re.compile(
            rf"(?:,|\s[–—])\s+{outlet}{_KIND}\s+(?:reported|reports|said)"
            rf"(?:\s+on\s+\w+|\s+\w+day|\s+late\s+\w+)?\s*(?=[.;]|$)")
        #: ", according to the Guardian." / ", according to a report in X."
        self.lead_according = re.compile(
            rf"(?:,|\s[–—])\s+according\s+to\s+(?:an?\s+(?:\w+\s+)?report\s+(?:by|in|from)\s+)?"
            rf"{outlet}{_KIND}\s*(?=[.;]|$)")


def _own_outlets(article: Article, table: OutletTable) -> set[str]:
    """The outlets the story itself comes from (dateline wire, record's outlet)."""
    own = set()
    for name in (article.dateline_outlet, article.document.outlet):
        if name and table.canonical(name):
            own.add(table.canonical(name))
    return own


def _credit(match: re.Match, kind: str, table: OutletTable, line: Line, base: int) -> Optional[Credit]:
    written = " ".join(match.group("outlet").split())
    outlet = table.canonical(written)
    if outlet is None:
        return None
    start, end = base + match.start("outlet"), base + match.end("outlet")
    return Credit(start, end, outlet, written, kind, line.index + 1)


class _OutletRule(ArticleRule):
    """An article rule with the ``outlets`` option, its table built once per rule instance."""

    options = {
        "outlets": Option({}, dict, "More outlets: canonical name = alias or list of aliases"),
    }
    _table: Optional[OutletTable] = None
    _patterns: Optional[CreditPatterns] = None

    @property
    def table(self) -> OutletTable:
        if self._table is None:
            self._table = outlet_table(self.settings["outlets"])
        return self._table

    @property
    def patterns(self) -> CreditPatterns:
        if self._patterns is None:
            self._patterns = CreditPatterns(self.table)
        return self._patterns


class ConflictingCredit(_OutletRule):
    """The same report credited to two different outlets.

    What it flags: a story that says its news was first reported by one outlet ("was initially
    reported by The New York Times", "The Wall Street Journal first reported") and credits another
    outlet with it elsewhere: in the lead (", the Guardian reported.", ", according to the
    Guardian.") or in a second "first reported by". Both places are flagged, each naming the other.
    A scoop phrase is required: two outlets each reporting something ("the Post reported
    Tuesday … Reuters reported in May") are ordinary journalism; so is a scoop on an earlier
    matter ("Bloomberg first reported the plan in March", "… last year"), which is skipped.
    "X told Reuters" and "a Reuters report" are not credits. Credits to the story's own outlet
    (its dateline wire) are ignored.

    Why it matters: a story credited to two outlets has been rewritten by someone who changed one
    credit: a spinner swapping outlet names, or a careless rewrite. At least one credit is false.

    Example: ``WASHINGTON (Reuters) – … amid its invasion of Ukraine, the Guardian reported.``
    (line 7) and ``The visit … was initially reported by The New York Times.`` (line 13) →
    ``7:…: NL105 the lead credits the report to the Guardian; line 13 says The New York Times
    first reported it`` and, on line 13, ``says The New York Times first reported this; line 7
    credits it to the Guardian``.
    """

    code = "NL105"
    name = "conflicting-credit"
    summary = "The same report credited to two different outlets"
    examples = {
        "flag": [
            "US officials travel to Russia’s ally Venezuela for talks\n\n"
            "WASHINGTON (Reuters) – Senior US officials traveled to Venezuela on Saturday for "
            "talks with President Nicolas Maduro’s government, seeking to determine whether "
            "Caracas is ready to distance itself from close ally Russia amid its invasion of "
            "Ukraine, the Guardian reported. Someone familiar with the matter.\n\n"
            "The visit, which involved senior officials from the White House and State "
            "Department, was initially reported by The New York Times.",
        ],
        "pass": [
            "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological "
            "map of Saturn's moon Titan including vast plains and dunes of frozen organic "
            "material and lakes of liquid methane, illuminating an exotic world considered a "
            "strong candidate in the search for life beyond Earth.\n\n"
            "The map was based on radar, infrared and other data collected by NASA's Cassini "
            "spacecraft, which studied Saturn and its moons from 2004 to 2017. Titan, with a "
            "diameter of 3,200 miles (5,150 km), is the Solar System's second-biggest moon "
            "behind Jupiter's Ganymede. It is larger than the planet Mercury.\n\n"
            "(Reporting by Will Dunham; Editing by Tom Brown)",
        ],
    }
    severity = Severity.WARNING
    measured = ("dev set (1,373 records): 0 findings; no page there says who first reported its "
                "story, so only the seed and the tests exercise it (seed: both credits found)")

    def check(self, article: Article) -> Iterable[Hit]:
        text = article.text
        if not ("reported" in text or "first to report" in text or "broke the" in text) \
                or not _SCOOP_HINT.search(text):
            return
        table, patterns = self.table, self.patterns
        own = _own_outlets(article, table)
        credits: list[Credit] = []
        for regex in (patterns.scoop_by, patterns.scoop_subject):
            for match in regex.finditer(text):
                line = article.line_at(match.start("outlet"))
                if _EARLIER.search(_sentence(line.text, match.start() - line.start)):
                    continue
                credit = _credit(match, "scoop", table, line, 0)
                if credit is not None and credit.outlet not in own:
                    credits.append(credit)
        if not credits:
            return
        lead = article.lead
        if lead is not None:
            for regex in (patterns.lead_reported, patterns.lead_according):
                for match in regex.finditer(lead.text):
                    credit = _credit(match, "lead", table, lead, lead.start)
                    if credit is not None and credit.outlet not in own:
                        credits.append(credit)
        if len({credit.outlet for credit in credits}) < 2:
            return
        credits.sort()
        for credit in credits:
            other = next(other for other in credits if other.outlet != credit.outlet)
            where = f"line {other.line}" if other.line != credit.line else "this line"
            said = (f"says {other.written} first reported it" if other.kind == "scoop"
                    else f"credits it to {other.written}")
            claim = (f"says {credit.written} first reported this" if credit.kind == "scoop"
                     else f"the lead credits the report to {credit.written}")
            yield Hit(credit.start, credit.end, f"{claim}; {where} {said}")


def _sentence(text: str, position: int) -> str:
    """The sentence of ``text`` around ``position`` (to the sentence ends on either side)."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if end.start() >= position:
            return text[start:end.end()]
        start = end.end()
    return text[start:]


class OwnCredit(NamedTuple):
    """A credit the story gives itself: a byline, a headline suffix or a copyright line."""

    start: int
    end: int
    outlet: str
    #: ``byline``, ``headline`` or ``copyright line``.
    part: str


#: A copyright line naming an outlet: "Copyright 2019 The Associated Press", "© Reuters".
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bCopyright\b)\s*(?:\d{4}\s+)?", re.IGNORECASE)
#: The outlet named after a byline's name: "By Jane Doe, Associated Press", "Jane Doe | AFP".
_BYLINE_OUTLET = re.compile(r"(?:,|\||/|–|—|-|\bfor\b)\s*(?P<rest>[^,|/–—-]+?)\s*$")
_BY_ONLY = re.compile(r"^\s*by\s+(?P<rest>.+?)(?:\s+staff)?\s*$", re.IGNORECASE)


class DatelineCreditMismatch(_OutletRule):
    """A wire dateline that contradicts the story's own credit.

    What it flags: a story datelined for one wire ("WASHINGTON (Reuters) –", "LONDON (AP) —")
    whose own credit names another outlet: the byline ("By Jane Doe, Associated Press", "By
    AFP"), the site name after the headline ("… - Reuters" over an "(AP)" story) or a copyright
    line of a wire ("Copyright 2019 The Associated Press" under "(Reuters)"). The dateline and
    the credit are both flagged, each naming the other.

    Why it matters: a dateline says who wrote the story. When the credit says someone else, one of
    them was pasted or rewritten: the story is not what it claims to be, or it is credited to the
    wrong agency (a licensing problem as well as an accuracy one).

    Example: ``By Matt Spetalnick, Reuters`` over ``WASHINGTON (AP) — …`` → ``NL106 dateline
    credits The Associated Press but the byline on line 3 credits Reuters``. A site's own
    copyright ("© 2019 FOX News Network") under a wire story is normal and is not flagged.
    """

    code = "NL106"
    name = "dateline-credit-mismatch"
    summary = "A wire dateline contradicted by the story's byline, headline or copyright credit"
    examples = {
        "flag": [
            "The First Map of Saturn's Moon Titan\n\n"
            "By Sandee LaMotte, CNN\n\n"
            "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological "
            "map of Saturn's moon Titan including vast plains and dunes of frozen organic "
            "material and lakes of liquid methane, illuminating an exotic world considered a "
            "strong candidate in the search for life beyond Earth.\n\n"
            "The map was based on radar, infrared and other data collected by NASA's Cassini "
            "spacecraft, which studied Saturn and its moons from 2004 to 2017. Titan, with a "
            "diameter of 3,200 miles (5,150 km), is the Solar System's second-biggest moon "
            "behind Jupiter's Ganymede. It is larger than the planet Mercury.",
        ],
        "pass": [
            "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a 6th fatality "
            "linked to Eastern Equine Encephalitis.\n\n"
            "Berrien County Health Department officials said Monday the victim was one of two "
            "people who contracted the mosquito borne virus. The death occurred Saturday.",
        ],
    }
    severity = Severity.WARNING
    measured = ("dev set (1,373 records, 106 with a wire dateline): 0 findings, all consistent "
                "(Reuters, AP, CNN datelines with their own bylines and sign-offs)")

    def check(self, article: Article) -> Iterable[Hit]:
        dateline = article.dateline
        if dateline is None or not article.dateline_outlet:
            return
        table = self.table
        wire = table.canonical(article.dateline_outlet)
        if wire is None:
            return
        credits = [credit for credit in self._credits(article, table) if credit.outlet != wire]
        if not credits:
            return
        bracket = dateline.text.find(article.dateline_outlet)
        d_start = dateline.start + bracket
        d_end = d_start + len(article.dateline_outlet)
        first = credits[0]
        yield Hit(d_start, d_end, f"dateline credits {wire} but the {first.part} on line "
                                  f"{article.line_at(first.start).index + 1} credits {first.outlet}")
        for credit in credits:
            yield Hit(credit.start, credit.end, f"{credit.part} credits {credit.outlet} but the "
                                                f"dateline on line {dateline.index + 1} credits {wire}")

    def _credits(self, article: Article, table: OutletTable) -> Iterable["OwnCredit"]:
        """Every credit the story gives itself that names an outlet."""
        byline = article.byline
        if byline is not None:
            text = byline.text.rstrip()
            match = _BY_ONLY.match(text)
            found = None
            if match and table.canonical(match.group("rest")):
                found = match.start("rest"), match.end("rest"), table.canonical(match.group("rest"))
            else:
                match = _BYLINE_OUTLET.search(text)
                if match and table.canonical(match.group("rest")):
                    found = match.start("rest"), match.end("rest"), table.canonical(match.group("rest"))
            if found:
                yield OwnCredit(byline.start + found[0], byline.start + found[1], found[2], "byline")
        headline = article.headline
        if headline is not None and headline.ordinal == 0:
            suffix = site_suffix(headline.text.rstrip(), table)
            if suffix is not None and suffix.outlet is not None:
                yield OwnCredit(headline.start + suffix.start,
                                headline.start + len(headline.text.rstrip()), suffix.outlet, "headline")
        count = article.paragraph_count
        for ordinal in range(max(0, count - 4), count):
            line = article.paragraph(ordinal)
            for match in _COPYRIGHT.finditer(line.text):
                outlet = _outlet_at(line.text, match.end(), table)
                if outlet is not None and outlet[2] in WIRES:
                    yield OwnCredit(line.start + match.start(), line.start + outlet[1], outlet[2],
                                    "copyright line")


def _outlet_at(text: str, position: int, table: OutletTable) -> Optional[tuple[int, int, str]]:
    match = table.regex.match(text, position)
    if match is None:
        return None
    outlet = table.canonical(match.group())
    return (match.start(), match.end(), outlet) if outlet else None


@hookimpl
def newslint_rules():
    return [ConflictingCredit, DatelineCreditMismatch]
