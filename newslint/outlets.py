"""News outlets, their aliases and which of them are agencies: the data the credit model reads.

Part of the model layer (imports nothing of newslint): the credit model (:mod:`newslint.credits`),
the person-name reader (:mod:`newslint.names`) and the headline and credit rules share this one
notion of an outlet.

One canonical name per outlet with the other spellings a story uses for it ("AP", "The Associated
Press", "Associated Press"). Only names that point to one outlet are listed: "the Times", "the Post"
or "the Journal" could be any of several papers, so they are not aliases. *Agencies* (wires) are the
outlets whose business is supplying copy to others (Reuters, AP, AFP, dpa, PTI, …): their name at a
credit position says who supplied the copy; a paper's or a site's name there may only say who
published or passed it on. Rule options add outlets, aliases and agencies
(``{"Canonical Name" = ["Alias", …]}``); :func:`outlet_table` merges them in.

Two ways to find an outlet:

- :meth:`OutletTable.canonical` and :meth:`OutletTable.leading` look a name up exactly (case,
  spacing and a leading "The" ignored), for the text at a credit position ("Source: AFP",
  "(Reuters)", "By Jane Doe, Associated Press"). Short all-capital aliases ("AP", "PTI", "ANI")
  count only when written in capitals, so "App" or "Ani" is never an agency.
- :attr:`OutletTable.regex`, one compiled alternation (longest alias first), case-sensitive so that a
  word such as "ap" or "times" in running text is never taken for an outlet: for attribution inside
  sentences (", the Guardian reported.").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Mapping, NamedTuple, Optional, Union

from newslint.compiled import compile as compile_pattern
from newslint.lazy import lazy_pattern

#: The agencies (wires): canonical name → other names that mean the same agency.
AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Thomson Reuters", "Reuters News", "Reuters.com", "Reuters Breakingviews"),
    "The Associated Press": ("Associated Press", "AP", "AP News", "APNews"),
    "Agence France-Presse": ("AFP", "Agence France Presse", "France-Presse", "France Presse",
                             "AFP News", "AFP News Agency"),
    "Bloomberg": ("Bloomberg News", "Bloomberg L.P.", "Bloomberg LP"),
    "Dow Jones Newswires": ("Dow Jones",),
    "UPI": ("United Press International",),
    "dpa": ("Deutsche Presse-Agentur", "Deutsche Presse Agentur", "dpa-AFX"),
    "EFE": ("Agencia EFE",),
    "ANSA": ("Agenzia ANSA",),
    "AGI": ("Agenzia Italia",),
    "Adnkronos": (),
    "Europa Press": (),
    "Lusa": ("Agência Lusa", "Agencia Lusa"),
    "APA": ("Austria Presse Agentur",),
    "Belga": (),
    "ANP": (),
    "Ritzau": (),
    "PAP": ("Polish Press Agency", "Polska Agencja Prasowa"),
    "CTK": ("ČTK", "Czech News Agency"),
    "MTI": (),
    "Ukrinform": (),
    "UNIAN": (),
    "TASS": ("ITAR-TASS",),
    "RIA Novosti": ("RIA",),
    "Interfax": (),
    "Sputnik": ("Sputnik News",),
    "Anadolu Agency": ("Anadolu", "Anadolu Ajansi"),
    "Xinhua": ("Xinhua News Agency", "Xinhua News", "Xinhuanet", "Xinhua.net"),
    "Kyodo News": ("Kyodo",),
    "Jiji Press": ("Jiji", "JIJI Press"),
    "Yonhap": ("Yonhap News Agency", "Yonhap News"),
    "KCNA": ("Korean Central News Agency",),
    "Central News Agency": ("CNA", "Focus Taiwan"),
    "Press Trust of India": ("PTI",),
    "Asian News International": ("ANI",),
    "Indo-Asian News Service": ("IANS", "Indo Asian News Service"),
    "United News of India": ("UNI",),
    "Associated Press of Pakistan": (),
    "Bernama": (),
    "Antara": ("Antara News",),
    "Philippine News Agency": ("PNA",),
    "Vietnam News Agency": ("VNA",),
    "IRNA": ("Islamic Republic News Agency",),
    "Kuwait News Agency": ("KUNA",),
    "Qatar News Agency": ("QNA",),
    "Saudi Press Agency": ("SPA",),
    "Emirates News Agency": ("WAM",),
    "MENA": ("Middle East News Agency",),
    "WAFA": (),
    "Australian Associated Press": ("AAP",),
    "PA Media": ("Press Association", "PA"),
    "The Canadian Press": ("Canadian Press",),
    "Notimex": (),
    "Télam": ("Telam",),
    "Agência Brasil": ("Agencia Brasil",),
}

#: Papers, broadcasters and sites: canonical name → other names that mean the same outlet.
PUBLISHERS: dict[str, tuple[str, ...]] = {
    "The New York Times": ("New York Times", "NYT", "NYTimes", "N.Y. Times", "nytimes.com"),
    "The Washington Post": ("Washington Post", "WaPo", "washingtonpost.com"),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ", "wsj.com"),
    "The Guardian": ("Guardian", "guardian.co.uk", "theguardian.com"),
    "The Observer": (),
    "Financial Times": ("The Financial Times", "FT", "ft.com"),
    "BBC": ("BBC News", "bbc.co.uk", "BBC.com"),
    "CNN": ("CNN.com", "CNN International", "CNN Business", "CNN Wire"),
    "Fox News": ("FOX News", "Fox News Channel", "FoxNews", "foxnews.com"),
    "NBC News": ("NBC",),
    "CBS News": ("CBS",),
    "ABC News": ("ABC",),
    "CNBC": ("CNBC.com",),
    "NPR": ("National Public Radio",),
    "MSNBC": (),
    "Axios": (),
    "Politico": ("POLITICO", "Politico Europe"),
    "The Hill": (),
    "Business Insider": (),
    "The Daily Beast": ("Daily Beast",),
    "HuffPost": ("Huffington Post", "The Huffington Post"),
    "BuzzFeed News": ("BuzzFeed",),
    "Vox": (),
    "The Atlantic": (),
    "The New Yorker": (),
    "The Intercept": (),
    "ProPublica": (),
    "The Conversation": (),
    "KFF Health News": ("Kaiser Health News", "KHN"),
    "Semafor": (),
    "The Information": (),
    "USA Today": ("USA TODAY",),
    "Los Angeles Times": ("The Los Angeles Times", "LA Times", "L.A. Times"),
    "Chicago Tribune": ("The Chicago Tribune",),
    "The Boston Globe": ("Boston Globe",),
    "New York Post": ("The New York Post", "NY Post"),
    "New York Daily News": ("The New York Daily News",),
    "Washington Examiner": ("The Washington Examiner",),
    "The Washington Times": ("Washington Times",),
    "Newsweek": (),
    "Time magazine": ("TIME magazine",),
    "Forbes": (),
    "Fortune magazine": (),
    "The Economist": (),
    "The Telegraph": ("Daily Telegraph", "The Daily Telegraph"),
    "The Times of London": ("The Sunday Times",),
    "The Independent": (),
    "Daily Mail": ("The Daily Mail", "Mail Online", "MailOnline", "The Mail on Sunday"),
    "The Sun": (),
    "Daily Express": ("The Daily Express", "Express.co.uk"),
    "Daily Mirror": ("The Mirror", "The Daily Mirror"),
    "Sky News": (),
    "ITV News": (),
    "Channel 4 News": (),
    "Al Jazeera": ("Al-Jazeera", "Aljazeera"),
    "Al Arabiya": (),
    "Deutsche Welle": ("DW",),
    "Der Spiegel": ("Spiegel",),
    "Bild": (),
    "Handelsblatt": (),
    "Le Monde": (),
    "Le Figaro": (),
    "El País": ("El Pais",),
    "La Repubblica": (),
    "Corriere della Sera": (),
    "Kommersant": (),
    "Nikkei": ("Nikkei Asia", "Nikkei Asian Review"),
    "NHK": ("NHK World",),
    "South China Morning Post": ("SCMP", "The South China Morning Post"),
    "Channel NewsAsia": (),
    "The Straits Times": ("Straits Times",),
    "The Times of India": ("Times of India",),
    "Hindustan Times": (),
    "The Hindu": (),
    "The Indian Express": ("Indian Express",),
    "NDTV": (),
    "Haaretz": (),
    "The Times of Israel": ("Times of Israel",),
    "The Jerusalem Post": ("Jerusalem Post",),
    "The Globe and Mail": ("Globe and Mail",),
    "CBC News": ("CBC",),
    "ABC Australia": ("Australian Broadcasting Corporation",),
    "The Sydney Morning Herald": ("Sydney Morning Herald",),
    "TechCrunch": (),
    "The Verge": (),
    "Wired": ("WIRED",),
    "Variety": (),
    "The Hollywood Reporter": ("Hollywood Reporter",),
    "Deadline": (),
    "TMZ": (),
    "Page Six": (),
    "People magazine": (),
    "Rolling Stone": (),
    "Mother Jones": (),
    "Breitbart": ("Breitbart News",),
}

#: Every outlet: canonical name → aliases.
OUTLETS: dict[str, tuple[str, ...]] = {**AGENCIES, **PUBLISHERS}

#: The wire agencies' canonical names.
WIRES = frozenset(AGENCIES)

#: Outlets that pass on another's copy under their own name: distributor → the wires it re-credits.
#: A credit to one and a credit to the other are one supply chain, not two suppliers. Empty by
#: default (who distributes whom is a contract, not a fact of the text); the ``partners`` option of
#: the credit rule fills it, e.g. ``{"Australian Associated Press" = ["Reuters", "AP"]}``.
PARTNERS: dict[str, tuple[str, ...]] = {}

#: Agency names that are also words or everyday abbreviations in capitals ("PA" for Pennsylvania,
#: "SPA", "MENA" for a region, "UNI"): alone on a line they are a menu item as often as a credit,
#: so they count only inside a credit's frame ("Source: PA", "(PA) -", "By Jane Doe, PA").
NOT_ALONE = frozenset({"PA", "SPA", "MENA", "APA", "WAM", "UNI", "AGI", "ANP", "MTI", "PAP"})

OutletOption = Mapping[str, Union[str, list]]
#: At most this many words make one outlet's name ("Agenzia Nazionale Stampa Associata").
MAX_NAME_WORDS = 6
_WORD_SPAN = lazy_pattern(r"\S+")


def _longest_first(name: str) -> tuple[int, str]:
    return -len(name), name


class OutletTable:
    """Outlet names with their aliases, which are agencies, and which are partners.

    ``canonical(name)``, ``leading(text)`` and ``is_agency(name)`` look names up; ``pattern`` and
    ``regex`` find them in running text.
    """

    def __init__(self, outlets: Mapping[str, Iterable[str]], agencies: Iterable[str] = WIRES,
                 partners: Optional[Mapping[str, Iterable[str]]] = None):
        self._canonical: dict[str, str] = {}
        #: Keys that count only when written in capitals (short all-capital aliases).
        self._capitals: set[str] = set()
        for canonical, aliases in outlets.items():
            for name in (canonical, *aliases):
                for written in (name, name[4:]) if name.startswith("The ") else (name,):
                    key = _key(written)
                    self._canonical.setdefault(key, canonical)
                    if written.isupper() and len(written.replace(".", "")) <= 4:
                        self._capitals.add(key)
        #: The first word of every name, case-folded: a cheap test before a lookup.
        self.first_words = frozenset(_key(name).split()[0] for name in self._canonical if name.split())
        self._agencies = frozenset(self.canonical(name) or name for name in agencies)
        self._partners: dict[str, set[str]] = {}
        for distributor, wires in (partners or {}).items():
            left = self.canonical(distributor) or distributor
            for wire in [wires] if isinstance(wires, str) else wires:
                right = self.canonical(wire) or wire
                self._partners.setdefault(left, set()).add(right)
                self._partners.setdefault(right, set()).add(left)
        names = {name for canonical, aliases in outlets.items() for name in (canonical, *aliases)}
        # "The Guardian" needs its article ("the Guardian"): a bare "Hill" or "Sun" is a word.
        # Other names may take one ("the BBC", "the AP") or not.
        # (Longest first, so that a name is tried before its prefix; then in order, so that the
        # pattern is the same text in every process: a set's order is not.)
        with_the = sorted({name[4:] for name in names if name.startswith("The ")}, key=_longest_first)
        bare = sorted({name for name in names if not name.startswith("The ")}, key=_longest_first)
        alternatives = [rf"[Tt]he\s+(?:{'|'.join(re.escape(n) for n in with_the)})"] if with_the else []
        alternatives.append(rf"(?:[Tt]he\s+)?(?:{'|'.join(re.escape(n) for n in bare)})")
        #: Matches one outlet name as whole words.
        self.pattern = rf"(?<![\w.-])(?:{'|'.join(alternatives)})(?![\w-]|\.\w)"
        #: :attr:`pattern`, compiled.
        self.regex = compile_pattern(self.pattern)

    def canonical(self, name: str) -> Optional[str]:
        """The canonical name of outlet ``name`` ("AP" → "The Associated Press"), or ``None``."""
        key = _key(name)
        if key in self._capitals:
            written = name.strip()
            if written[:4].lower() == "the ":
                written = written[4:]
            if not written.isupper():
                return None
        return self._canonical.get(key)

    def leading(self, text: str, start: int = 0) -> Optional[tuple[str, int, int]]:
        """The longest outlet name opening ``text[start:]`` (after blanks): (canonical, start, end)."""
        words = []
        for match in _WORD_SPAN.finditer(text, start):
            words.append(match)
            if len(words) == MAX_NAME_WORDS:
                break
        for count in range(len(words), 0, -1):
            first, last = words[0].start(), words[count - 1].end()
            written = text[first:last].rstrip(".,;:!?)]}”’\"'")
            outlet = self.canonical(written) if written else None
            if outlet is not None:
                return outlet, first, first + len(written)
        return None

    def is_agency(self, outlet: str) -> bool:
        """Whether canonical ``outlet`` is a wire agency (a supplier of copy to others)."""
        return outlet in self._agencies

    def partners(self, left: str, right: str) -> bool:
        """Whether two canonical outlets are syndication partners (one passes on the other's copy)."""
        return right in self._partners.get(left, ())


def _key(name: str) -> str:
    name = " ".join(name.split())
    if name[:4].lower() == "the ":
        name = name[4:]
    return name.casefold()


def outlet_table(extra: Optional[OutletOption] = None, agencies: Iterable[str] = (),
                 partners: Optional[OutletOption] = None) -> OutletTable:
    """The built-in outlets plus ``extra`` (canonical name → alias or list of aliases), with
    ``agencies`` counted as agencies besides the built-in ones, and ``partners`` (distributor →
    wire or list of wires) as syndication partners."""
    agencies = list(agencies)
    if not extra and not agencies and not partners:
        return _builtin()
    merged = {name: list(aliases) for name, aliases in OUTLETS.items()}
    for name, aliases in (extra or {}).items():
        aliases = [aliases] if isinstance(aliases, str) else list(aliases)
        merged.setdefault(name, []).extend(aliases)
    for name in agencies:
        merged.setdefault(name, [])
    return OutletTable(merged, [*WIRES, *agencies], partners)


@lru_cache(maxsize=1)
def _builtin() -> OutletTable:
    return OutletTable(OUTLETS)


# -- a site's name after a headline --------------------------------------------------------------

#: The last " | ", " - ", " – ", " — " or " :: " of a headline and what follows it.
_SUFFIX = lazy_pattern(r"\s+(?P<sep>\||-|–|—|::|»)\s+(?P<site>[^|–—»]{2,60}?)\s*$")
#: A domain name: "NJ.com", "theguardian.com", "www.bbc.co.uk".
_DOMAIN = lazy_pattern(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|co|uk|de|fr|in|ca|au|"
                       r"io|news|info|tv|us|ie|nz|es|it)$", re.IGNORECASE)
#: Words that end a site's name: "Dallas Morning News", "The Daily Star", "Times of India".
_SITE_WORD = lazy_pattern(
    r"\b(?:News|Times|Post|Daily|Journal|Tribune|Herald|Gazette|Magazine|Online|TV|Radio|Press|"
    r"Today|Express|Mail|Guardian|Telegraph|Observer|Chronicle|Reporter|Insider|Review|Star|"
    r"Standard|Independent|Wire|Network|Media|Dispatch|Courier|Register|Bulletin|Sentinel|Record|"
    r"Inquirer|Examiner|Monitor|Week|Weekly|Digest|Report|Channel)\b")


class SiteSuffix(NamedTuple):
    """A site's name after a headline: where it starts (the separator) and the name."""

    start: int
    name: str
    #: The outlet's canonical name when it is a known outlet.
    outlet: Optional[str]


def site_suffix(headline: str, table: OutletTable, wire: Optional[str] = None) -> Optional[SiteSuffix]:
    """The site name ending ``headline``, or ``None``.

    After a pipe, any known outlet, domain or name ending in a site word ("… | Fox News", "… |
    NJ.com", "… | Dallas Morning News"). After a dash, only a full outlet name, a domain or a name
    of "News": Reuters headlines credit other papers with a dash ("… - WSJ", "… - Bloomberg News"),
    so in a story datelined ``wire`` a dash counts only when it names that wire itself.
    """
    match = _SUFFIX.search(headline)
    if match is None or match.start() < 10:
        return None
    site, sep = match.group("site").strip(), match.group("sep")
    words = site.split()
    if not words or len(words) > 6 or not (site[0].isupper() or site[0].isdigit() or _DOMAIN.match(site)):
        return None
    outlet = table.canonical(site) or _leading_outlet(site, table)
    if sep == "|" or sep == "::" or sep == "»":
        known = outlet is not None or _DOMAIN.match(site) or (
            _SITE_WORD.search(site) and all(w[0].isupper() or w[0].isdigit() for w in words))
    else:
        if wire is not None and outlet != wire:
            return None
        full_name = outlet is not None and (len(site) > 4 or site == "BBC") and not site.isupper()
        known = full_name or _DOMAIN.match(site) or (
            words[-1] == "News" and all(w[0].isupper() or w[0].isdigit() for w in words))
        if outlet is not None and site.isupper() and outlet != wire:
            known = False
    if not known:
        return None
    return SiteSuffix(match.start("sep"), site, outlet)


def _leading_outlet(site: str, table: OutletTable) -> Optional[str]:
    """The outlet a site name starts with ("NBC 5 Dallas-Fort Worth" → "NBC News")."""
    first = site.split()[0]
    return table.canonical(first) if first.isupper() and len(first) >= 3 else None
