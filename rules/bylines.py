"""NL1xx credits: who a story says wrote it, checked against itself, the record and the corpus.

- NL103 ``byline-spelling``: the byline, the sign-off and the record's authors spell one reporter
  two ways.
- NL104 ``byline-not-a-name``: a byline with a timestamp, page furniture or other text glued on.
- NL108 ``rare-byline-spelling`` (corpus): a name spelled one way in many documents and a
  near-identical way in a few.

Names come from the credit model (``article.credits``, :mod:`newslint.credits`) and are compared
by :func:`newslint.names.spelling_variant`: the one notion of a reporter's name that the story rule
and the corpus rule share.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from rapidfuzz import fuzz, process

from newslint import hookimpl
from newslint.article import Article
from newslint.credits import Person
from newslint.lazy import lazy_pattern
from newslint.locate import Anchor
from newslint.names import display, normal, spelling_variant
from newslint.rule import ArticleRule, CorpusHit, CorpusRule, Option
from newslint.rules._examples import TITAN_LEAD
from newslint.violation import Hit, Severity

#: At most this many names are read from one article: a real byline and sign-off name a few
#: people, and a runaway list (a scraped staff page) must not make the comparison quadratic.
MAX_MENTIONS = 40


def credited_names(article: Article) -> list[Person]:
    """Every person the byline and the sign-offs name, in text order (at most ``MAX_MENTIONS``)."""
    return [person for person in article.credits.people if person.part != "authors"][:MAX_MENTIONS]


def _listed_apart(mention: Person, other: Person, people: list[Person]) -> bool:
    """Whether a list names both spellings as two people ("Reporting by Jane Doe and Jane Dow")."""
    for one, two in ((mention, other), (other, mention)):
        key = normal(one.name)
        if any(p.group == two.group and p is not two and normal(p.name) == key for p in people):
            return True
    return False


class BylineSpelling(ArticleRule):
    """The byline, the sign-off and the record's authors spell one reporter two ways.

    What it flags: a reporter's name in the byline ("By X", "Written by X", "X, Reuters", "Von
    X, dpa") and in the sign-off ("(Reporting by X; Editing by Y)", "(X reports).", "X
    contributed to this report.", "Additional reporting by X") spelled two ways: the same given
    name (or its initial) with a surname one edit apart, a letter changed, added or dropped or two
    neighbouring letters swapped, anywhere in a surname of three letters or more (Spitalnik and
    Spitalnick, Wall and Hall, Foust and Fuost, Lee and Le); two edits in a long surname that is not
    the start of the other; or a long given name one edit apart (Danica and Danika). Both places
    are flagged, each naming the other. Accents, capitals, hyphens and umlauts written out are not
    spelling (José Pérez is JOSE PEREZ, Müller is Mueller); names one list gives as two people
    ("Reporting by Jane Doe and Jane Dow") are never compared. When the document comes from a
    record with an authors field, the names in the text are checked against it too; with
    ``known-authors`` set, a near miss of a known name is flagged even alone, with the right
    spelling ("did you mean Matt Spetalnick?").

    Why it matters: a misspelled credit is a correction waiting to happen, and a story whose byline
    and sign-off disagree was retyped or machine-"spun" by someone who was not the reporter.

    Example: ``Written by Matt Spitalnik`` at the top and ``(Matt Spitalnick reports).`` at the
    bottom: ``5:12: NL103 byline spells the reporter 'Matt Spitalnik'; the sign-off on line 43
    has 'Matt Spitalnick'``. Matt and Matthew, Jon and John (short given names), Minh Do and Minh
    Du (two-letter surnames) and Williams and Williamson are never taken for one person. No fix is
    offered: one story cannot say which spelling is right (the seed's reporter is Matt Spetalnick,
    so both are wrong), and a near miss of a known author may be another reporter.

    Measured with ``python benchmarks/credit_probes.py --probe bylines`` (it reads the development
    sets beside the repository): 132 real reporters' names from both sources' bylines and
    sign-offs, each surname changed by one edit of each kind at its start, middle and end and put
    in a byline and a sign-off of real bodies: found 1.000 on each source's bodies (1,559 cases
    each) and 0.976 inside the extractors' output with the page's menus and footers around; false
    alarms 0.000 (399 cases each: the same spelling alike, in capitals, without accents, with an
    initial, and two different reporters).
    """

    code = "NL103"
    name = "byline-spelling"
    summary = "The byline, sign-off and record authors spell one reporter two ways"
    examples = {
        "flag": [
            "US officials travel to Russia’s ally Venezuela for talks\n\n"
            "Written by Matt Spitalnik\n\n"
            "WASHINGTON (Reuters) – Senior US officials traveled to Venezuela on Saturday for "
            "talks with President Nicolas Maduro’s government, seeking to determine whether "
            "Caracas is ready to distance itself from close ally Russia amid its invasion of "
            "Ukraine, the Guardian reported. Someone familiar with the matter.\n\n"
            "(Matt Spitalnick reports).",
        ],
        "pass": [
            "The First Map of Saturn's Moon Titan\n\nBy Will Dunham\n\n" + TITAN_LEAD
            + "\n\n(Reporting by Will Dunham; Editing by Tom Brown)",
        ],
    }
    severity = Severity.WARNING
    languages = ("*",)
    options = {
        "known-authors": Option([], list, "Correct spellings of reporters' names; a near miss of "
                                          "one is flagged with the right spelling"),
    }
    measured = ("byline probe (benchmarks/credit_probes.py): found 1.000 on both sources' bodies, "
                "0.976 inside the extractors' output, false alarms 0.000; dev sets (1,373 and 1,358 "
                "records): 0 findings, as none spells a reporter two ways; the seed's two spellings "
                "found at both places")

    def check(self, article: Article) -> Iterable[Hit]:
        mentions = credited_names(article)
        authors = [a.strip() for a in article.document.authors if a and a.strip()]
        known = list(self.settings["known-authors"])
        if not mentions or (len(mentions) < 2 and not authors and not known):
            return
        trusted = {normal(name) for name in (*authors, *known)}
        for mention in mentions:
            if normal(mention.name) in trusted:
                continue
            others = [f"the {other.part} on line {other.line} has '{other.name}'"
                      for other in mentions
                      if other.group != mention.group
                      and spelling_variant(mention.name, other.name) is not None
                      and not _listed_apart(mention, other, mentions)]
            others += [f"the record's authors field has '{author}'"
                       for author in authors if spelling_variant(mention.name, author) is not None]
            guesses = [name for name in known if spelling_variant(mention.name, name) is not None]
            if not others and not guesses:
                continue
            message = f"{mention.part} spells the reporter '{mention.name}'"
            if others:
                message += "; " + "; ".join(dict.fromkeys(others))
            if guesses:
                message += f"; did you mean '{guesses[0]}'?"
            yield Hit(mention.start, mention.end, message)


#: Dates and times glued after a byline's name.
_TIMESTAMP = lazy_pattern(
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}[-./]\d{1,2}[-./]\d{1,2}|\b\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|[ap]m\b)|\b(?:AM|PM)\b"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),"
    r"|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b"
    r"|\b(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|IST)\b"
    r"|\b(?:[Pp]ublished|PUBLISHED|[Uu]pdated|UPDATED|[Pp]osted|POSTED)\b"
)
#: Page furniture glued after a byline's name: share counts, print links, handles.
_FURNITURE = lazy_pattern(
    r"\b\d[\d,.]*[kK]?\s+(?:[Ss]hares?|[Cc]omments?|[Vv]iews?)\b|\b[Pp]rint(?: this (?:article|page|story))?\b"
    r"|\b(?:Share|Tweet|Email|Follow|Subscribe|Read more|Comments)\b|(?<![\w.])@\w{2,}"
)
_LOWER_WORD = lazy_pattern(r"\b[a-z]{3,}\b")
#: A run of blanks inside a line: what an extractor leaves where page blocks were joined.
_GAP = lazy_pattern(r"\s{3,}|\t")


class BylineNotAName(ArticleRule):
    """A byline with a timestamp, page furniture or other text glued after the name.

    What it flags: the part of the byline line that is not a credit: a date or time ("By Tess
    Bonn - 11/19/19 06:56 AM EST", "By Mike Wall 2019-11-18T20:51:19Z"), page furniture ("195
    Shares", "Print this article", "@handle"), the name twice, or text of another block run into
    the line after a wide gap. An organisation or role after the name ("By X, Cleveland.com",
    "By X | NJ Advance Media", "By X - Live Science Contributor") is a credit and is not flagged.

    Why it matters: an extractor joined the byline with the blocks beside it; whatever reads the
    byline as the author's name (an authors field, a search index) now holds a timestamp.

    Example: ``By Tess Bonn - 11/19/19 06:56 AM EST`` → ``NL104 byline has a timestamp after the
    name: '11/19/19 06:56 AM EST'``.
    """

    code = "NL104"
    name = "byline-not-a-name"
    summary = "A byline with a timestamp, share counts or other text glued after the name"
    examples = {
        "flag": ["By Justine Coleman - 11/18/19 11:04 PM EST"],
        "pass": ["By Sandee LaMotte, CNN"],
        "scope": "byline",
    }
    severity = Severity.WARNING
    languages = ("*",)
    measured = ("dev set (1,373 records, 74 bylines): 29 findings on 15 distinct byline lines, all "
                "true (timestamps, share counts, print links, a repeated name, a glued teaser); "
                "dev-trafilatura (1,358 records, 53 bylines): 9 findings on 9 lines, all true (dates "
                "glued to English, Spanish and German bylines, a comment count); bylines with names "
                "and credits only ('By X, Cleveland.com', '… For The Mail On Sunday') not flagged")

    def check(self, article: Article) -> Iterable[Hit]:
        byline = article.credits.byline_line
        parts = article.credits.byline_parts
        if byline is None or parts is None:
            return
        text = byline.text.rstrip()
        base = parts.rest_start
        outlet = article.credits.byline
        if outlet is not None and outlet.line == byline.index + 1:
            # The outlet named after the names is a credit ("For The Mail On Sunday", ", Reuters").
            base = max(base, outlet.end - byline.start)
        rest = byline.text[base:]
        if not rest.strip():
            return
        found = self._glued(rest, [credit.name for credit in parts.names])
        if found is None:
            return
        offset, message = found
        start = base + offset
        yield Hit(byline.start + start, byline.start + len(text),
                  f"{message}: '{_clip(text[start:])}'")

    @staticmethod
    def _glued(rest: str, names: list[str]) -> Optional[tuple[int, str]]:
        """(offset in ``rest``, message) of the first thing in ``rest`` that is not a credit."""
        signals = []
        stamp = _TIMESTAMP.search(rest)
        if stamp:
            signals.append((_claim_from(rest, stamp.start()), "byline has a timestamp after the name"))
        furniture = _FURNITURE.search(rest)
        if furniture:
            signals.append((furniture.start(), "byline has page furniture after the name"))
        for name in names:
            again = rest.find(name)
            if again >= 0:
                signals.append((again, "byline repeats the name"))
        gap = _GAP.search(rest)
        if gap and len(_LOWER_WORD.findall(rest, gap.end())) >= 2 and len(rest[gap.end():].split()) >= 4:
            # Prose after a wide gap (a teaser); a title in capitals ("Senior Writer, The Hill") is a credit.
            signals.append((gap.end(), "byline runs into other text"))
        return min(signals) if signals else None


_LEAD_IN = lazy_pattern(r"(?:\b(?:on|at|updated|published|posted)\s+|[-–—|•·,]\s*)$", re.IGNORECASE)


def _claim_from(rest: str, position: int) -> int:
    """Start a timestamp finding at the word that introduces it ("on Monday", "- 11/19")."""
    before = rest[:position]
    lead = _LEAD_IN.search(before)
    start = lead.start() if lead else position
    while start < position and not rest[start].isalnum():
        start += 1
    return start if rest[start:position].strip() else position


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# -- the corpus --------------------------------------------------------------------------------

#: Per name (normal form): documents naming it, the spelling to show, places (bounded).
NameTally = tuple[int, str, tuple[Anchor, ...]]
#: How many places are kept per name (the first ones in path order). Every name of the corpus keeps
#: its places until the end, so this bounds the rule's memory: at 50, a 200 MB corpus held 15 MB of
#: places, most of them of common spellings that are never reported.
MAX_ANCHORS = 10


def _anchor_key(anchor: Anchor) -> tuple:
    return (anchor.path, anchor.record or 0, anchor.line, anchor.field_line or 0, anchor.col,
            anchor.field_col or 0)


def _display_key(name: str) -> tuple:
    return (name.isupper(), name)


class RareBylineSpelling(CorpusRule):
    """A reporter's name spelled one way in many documents and a near-identical way in a few.

    What it flags: across every document of the run, each byline or sign-off name that is a
    spelling variant of a name that appears in at least ``min-common`` documents and in ``ratio``
    times as many documents as it. A variant is what NL103 calls one in a story (the same given name
    or initial, the surname one edit apart, diacritics ignored), with one more condition: across a
    corpus the surname needs ``min-surname`` letters (5), since short surnames one letter apart
    (Wall, Hall) are often two reporters of one newsroom. The rare spelling is flagged where it
    stands, naming the common one (at its first 10 places in path order; the message gives the
    number of documents). Names in the ``known-authors`` option count as common however often they
    appear.

    Why it matters: within one story both spellings may look plausible; across a corpus the
    reporter's real name is the one used dozens of times, and the odd one out is a typo or a
    spinner's rewrite. Training data and archives keep the misspelled credit forever.

    Example: 40 documents sign off ``(Reporting by Matt Spetalnick …)`` and 2 ``(Matt Spitalnick
    reports).``: each of the 2 gets ``NL108 'Matt Spitalnick' is spelled 'Matt Spetalnick'
    elsewhere, which appears in 40 documents (this spelling in 2)``. A single document never
    triggers it.
    """

    code = "NL108"
    name = "rare-byline-spelling"
    summary = "A reporter's name spelled differently from the spelling most documents use"
    examples = {
        "flag": [("By Matt Spetalnick",) * 6 + ("By Matt Spitalnick",)],
        "pass": [("By Mike Wall",) * 6 + ("By Mike Hall",)],
        "scope": "byline",
    }
    severity = Severity.WARNING
    languages = ("*",)
    options = {
        "min-common": Option(5, int, "Documents the common spelling must appear in"),
        "ratio": Option(5, int, "The common spelling must be this many times as frequent"),
        "known-authors": Option([], list, "Correct spellings that always count as common"),
        "min-surname": Option(5, int, "Letters a surname needs before a one-letter difference "
                                      "across documents is taken for a misspelling"),
    }
    measured = ("each dev set as one corpus (1,373 records of 92 pages; 1,358 of 481): 0 findings; "
                "no name there has a rarer spelling one edit away")

    def empty(self) -> dict[str, NameTally]:
        return {}

    def collect(self, article: Article) -> dict[str, NameTally]:
        state: dict[str, NameTally] = {}
        for mention in credited_names(article):
            key = normal(mention.name)
            anchor = self.anchor(article, mention.start, mention.end)
            count, shown, anchors = state.get(key, (1, mention.name, ()))
            if len(anchors) < MAX_ANCHORS:
                anchors = anchors + (anchor,)
            state[key] = (count, min(shown, mention.name, key=_display_key), anchors)
        for author in article.document.authors:
            key = normal(author) if author and author.strip() else ""
            if len(key.split()) >= 2 and key not in state:
                state[key] = (1, author.strip(), ())
        return state

    def merge(self, left: dict[str, NameTally], right: dict[str, NameTally]) -> dict[str, NameTally]:
        """Fold the smaller state into the larger and return it.

        The larger argument is updated in place (copying it for every document would make a run
        quadratic): as in a reduce, the states passed in are not used again by the caller.
        """
        if len(left) < len(right):
            left, right = right, left
        for key, (count, shown, anchors) in right.items():
            if key in left:
                old_count, old_shown, old_anchors = left[key]
                merged = tuple(sorted(set(old_anchors) | set(anchors), key=_anchor_key)[:MAX_ANCHORS])
                left[key] = (old_count + count, min(old_shown, shown, key=_display_key), merged)
            else:
                left[key] = (count, shown, anchors)
        return left

    def judge(self, state: dict[str, NameTally]) -> Iterable[CorpusHit]:
        minimum, ratio = self.settings["min-common"], max(1, self.settings["ratio"])
        minimum_surname = self.settings["min-surname"]
        common = {key: (count, shown) for key, (count, shown, _) in state.items() if count >= minimum}
        for name in self.settings["known-authors"]:
            common.setdefault(normal(name), (float("inf"), name))
        if not common:
            return
        keys = list(common)
        most = max(count for count, _ in common.values())
        for key in sorted(state):
            count, shown, anchors = state[key]
            if not anchors or count * ratio > most:
                continue
            candidates = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=75, limit=5)
            for other, _score, _index in candidates:
                other_count, other_shown = common[other]
                if other == key or other_count < count * ratio or \
                        spelling_variant(shown, other_shown, minimum_surname, minimum_surname) is None:
                    continue
                how_often = ("is a known author" if other_count == float("inf")
                             else f"appears in {other_count} documents")
                message = (f"'{shown}' is spelled '{display(other_shown)}' elsewhere, which "
                           f"{how_often} (this spelling in {count})")
                for anchor in sorted(anchors, key=_anchor_key):
                    yield CorpusHit(anchor, message)
                break


@hookimpl
def newslint_rules():
    return [BylineSpelling, BylineNotAName, RareBylineSpelling]
