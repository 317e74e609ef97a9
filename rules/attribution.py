"""NL1xx outlet credits: who the story says supplied the copy, and who it says broke the news.

- NL105 ``conflicting-credit``: the same report credited to two outlets ("…, the Guardian
  reported." in the lead, "was initially reported by The New York Times" further down).
- NL106 ``conflicting-supplier``: two credit positions of the copy (dateline, byline, sign-off,
  source, provider, copyright and origin lines) name different suppliers.

Both read the credit model (:mod:`newslint.credits`); outlets are matched by name and alias (AP =
The Associated Press, NYT = The New York Times, …, see :mod:`newslint.outlets`); the ``outlets``
option adds more.
"""

from __future__ import annotations

from typing import Iterable, Optional

from newslint import hookimpl
from newslint.article import Article
from newslint.credits import Credit, Credits, contradicts, read_credits
from newslint.outlets import OutletTable, outlet_table
from newslint.rule import ArticleRule, Option
from newslint.rules._examples import TITAN
from newslint.violation import Hit, Severity


class _OutletRule(ArticleRule):
    """An article rule with the ``outlets`` option, its table built once per rule instance."""

    options = {
        "outlets": Option({}, dict, "More outlets: canonical name = alias or list of aliases"),
    }
    _table: Optional[OutletTable] = None

    @property
    def table(self) -> OutletTable:
        if self._table is None:
            self._table = outlet_table(self.settings["outlets"], self.settings.get("agencies", ()),
                                       self.settings.get("partners"))
        return self._table

    def credits(self, article: Article) -> Credits:
        return read_credits(article, self.table)


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
            TITAN + "\n\n(Reporting by Will Dunham; Editing by Tom Brown)",
        ],
    }
    severity = Severity.WARNING
    measured = ("dev sets (1,373 and 1,358 records): 0 findings; no page there says who first "
                "reported its story, so the seed and the tests exercise it (seed: both credits "
                "found); credit probe (benchmarks/credit_probes.py): 0 of 1,422 real bodies citing "
                "other outlets in passing flagged")

    def check(self, article: Article) -> Iterable[Hit]:
        credits = self.credits(article)
        if not credits.scoops:
            return
        # Credits to the story's own outlet (its dateline's wire, the record's outlet) are its own.
        own = {outlet for credit in credits.datelines[:1] for outlet in credit.outlets}
        if article.document.outlet and self.table.canonical(article.document.outlet):
            own.add(self.table.canonical(article.document.outlet))
        scoops = [credit for credit in credits.scoops if credit.outlets[0] not in own]
        if not scoops:
            return
        found = scoops + [credit for credit in credits.lead_citations if credit.outlets[0] not in own]
        if len({credit.outlets[0] for credit in found}) < 2:
            return
        found.sort(key=lambda credit: credit.start)
        for credit in found:
            other = next(other for other in found if other.outlets[0] != credit.outlets[0])
            where = f"line {other.line}" if other.line != credit.line else "this line"
            said = (f"says {other.written} first reported it" if other.kind == "first-reported"
                    else f"credits it to {other.written}")
            claim = (f"says {credit.written} first reported this" if credit.kind == "first-reported"
                     else f"the lead credits the report to {credit.written}")
            yield Hit(credit.start, credit.end, f"{claim}; {where} {said}")


class ConflictingSupplier(_OutletRule):
    """Two credits of the copy name different suppliers: "(Reuters)" at the top, "Source: AFP" at the end.

    What it flags: the places where a story says who supplied its copy, when two of them name
    different outlets: the dateline (``WASHINGTON (Reuters) -``, ``Paris (AFP) -``), the byline
    (``By Jane Doe, Reuters``, ``By AFP``, an agency's name alone at the top), an agency alone at the
    end (``— AFP``, ``(dpa)``), a source or provider line (``Source: AFP``, ``© Provided by
    Reuters``), an agency's copyright line (``(c) 2024 Reuters``, ``Copyright 2019 The Associated
    Press. All rights reserved.``), an origin credit (``This article was originally published by
    AFP.``), and an agency named after the headline (``… | Reuters``). Both places are flagged,
    each naming the other. An agency's copy takes no other outlet's contribution, so ``AFP
    contributed to this report.`` under ``(Reuters)`` is flagged too.

    Not flagged: aliases of one outlet (AP, Associated Press; Reuters, Thomson Reuters), a credit
    naming several outlets where one is the other's (``Source: Reuters/AFP``), syndication
    partners (the ``partners`` option), a paper or site passing copy on (``© Provided by The
    Independent`` under ``(AFP)``, a site's own copyright line, ``… | Fox News`` over ``(AP)``), a
    paper's story with an agency's contribution (``By Jane Doe, Fox News`` and ``The Associated
    Press contributed to this report.``), picture credits (``REUTERS/Jane Doe``, ``Image copyright
    AFP``), and any sentence of the story citing another outlet for a fact ("…, Reuters reported",
    "told AFP"): only credit positions count.

    Why it matters: the same copy cannot come from two suppliers. One credit was pasted onto
    another's copy, or a credit was rewritten: the story is not what it claims to be, or it is
    credited to the wrong agency, a licensing problem as well as an accuracy one.

    Example: ``WASHINGTON (Reuters) - …`` on line 7 and ``Source: AFP`` on line 43 → ``7:…: NL106
    dateline on line 7 credits Reuters; source line on line 43 credits AFP`` and ``43:…: NL106
    source line on line 43 credits AFP; dateline on line 7 credits Reuters``. No fix is offered:
    which credit is true is a question for the desk, not for a linter. (Before it read every
    credit of the copy, this rule compared the dateline only, as ``dateline-credit-mismatch``.)

    An agency's name alone counts as a byline only among a story's first three lines (lower down
    it is a picture's credit as often as the copy's), and alone at the end only after the story's
    prose or sign-off (or after a dash: ``— AFP``). Agencies and their aliases are data
    (``newslint.outlets``): Reuters, AP, AFP, Bloomberg, dpa, EFE, ANSA, Xinhua, Kyodo, Yonhap, PTI,
    ANI, IANS, CNA and some forty more; ``outlets``, ``agencies`` and ``partners`` add to them.

    Measured with ``python benchmarks/credit_probes.py --probe credits`` (it reads the development
    sets beside the repository): real bodies with an agency's credit at the top (a dateline in the
    agency's style, the agency alone, "By Jane Doe, Agency") and another's at the bottom ("Source:
    …", "© Provided by …", "(c) 2024 …", an agency's copyright line, "… originally published by
    …", "… contributed to this report", "— …"): found 1.000 on dev.jsonl's bodies (228 cases),
    0.998 on dev-trafilatura's (1,194) and 0.960 inside the extractors' output with the page's
    junk around; false alarms 0.000 (836 and 4,378 cases: one outlet under two names, partners,
    bodies citing other outlets, pictures', charts' and sites' credits at the end).
    """

    code = "NL106"
    name = "conflicting-supplier"
    former_names = ("dateline-credit-mismatch",)
    summary = "Two credits of the copy (dateline, byline, source or copyright line) name different suppliers"
    examples = {
        "flag": [
            "The First Map of Saturn's Moon Titan\n\nBy Sandee LaMotte, CNN\n\n" + TITAN,
        ],
        "pass": [
            "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a 6th fatality "
            "linked to Eastern Equine Encephalitis.\n\n"
            "Berrien County Health Department officials said Monday the victim was one of two "
            "people who contracted the mosquito borne virus. The death occurred Saturday.",
        ],
    }
    severity = Severity.WARNING
    languages = ("*",)
    options = {
        "outlets": Option({}, dict, "More outlets: canonical name = alias or list of aliases"),
        "agencies": Option([], list, "More outlets that are agencies (suppliers of copy to others)"),
        "partners": Option({}, dict, "Syndication partners: distributor = wire or list of wires "
                                     "whose copy it passes on under its own credit"),
    }
    measured = ("credit probe (benchmarks/credit_probes.py): found 1.000 and 0.998 on the two "
                "sources' bodies, 0.960 inside the extractors' output, false alarms 0.000; dev sets "
                "(1,373 and 1,358 records, 157 with a credit of the copy): 0 findings, all "
                "consistent (Reuters, AP, CNN, dpa and EFE stories with their own credits)")

    #: At most this many credits of one story are compared (a scraped page of many stories).
    MAX_CREDITS = 40

    def check(self, article: Article) -> Iterable[Hit]:
        credits = self.credits(article).suppliers[:self.MAX_CREDITS]
        if len(credits) < 2:
            return
        table = self.table
        other_of: dict[Credit, Credit] = {}
        for number, left in enumerate(credits):
            for right in credits[number + 1:]:
                if contradicts(left, right, table):
                    other_of.setdefault(left, right)
                    other_of.setdefault(right, left)
        for credit in credits:
            other = other_of.get(credit)
            if other is not None:
                yield Hit(credit.start, credit.end, f"{credit.place} credits {credit.written}; "
                                                    f"{other.place} credits {other.written}")


@hookimpl
def newslint_rules():
    return [ConflictingCredit, ConflictingSupplier]
