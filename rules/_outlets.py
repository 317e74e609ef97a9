"""News outlets and their aliases, shared by the credit and headline rules (not a plugin).

One canonical name per outlet with the other spellings a story uses for it ("AP", "The Associated
Press", "Associated Press"). Only names that point to one outlet are listed: "the Times", "the Post"
or "the Journal" could be any of several papers, so they are not aliases. A rule option adds outlets
or aliases (``{"Canonical Name" = ["Alias", …]}``); :func:`outlet_table` merges them in.

Matching is by one compiled alternation (longest alias first), case-sensitive so that a word such as
"ap" or "times" in running text is never taken for an outlet.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Mapping, NamedTuple, Optional, Union

#: Canonical outlet name → other names that mean the same outlet.
OUTLETS: dict[str, tuple[str, ...]] = {
    "Reuters": ("Thomson Reuters", "Reuters News", "Reuters.com"),
    "The Associated Press": ("Associated Press", "AP", "AP News", "APNews"),
    "Agence France-Presse": ("AFP", "Agence France Presse", "France-Presse", "France Presse"),
    "Bloomberg": ("Bloomberg News", "Bloomberg L.P."),
    "The New York Times": ("New York Times", "NYT", "NYTimes", "N.Y. Times", "nytimes.com"),
    "The Washington Post": ("Washington Post", "WaPo", "washingtonpost.com"),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ", "wsj.com"),
    "The Guardian": ("Guardian", "guardian.co.uk", "theguardian.com"),
    "The Observer": (),
    "Financial Times": ("The Financial Times", "FT", "ft.com"),
    "BBC": ("BBC News", "bbc.co.uk", "BBC.com"),
    "CNN": ("CNN.com", "CNN International"),
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
    "The Times of London": ("The Times of London", "The Sunday Times"),
    "The Independent": (),
    "Daily Mail": ("The Daily Mail", "Mail Online", "MailOnline"),
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
    "dpa": ("Deutsche Presse-Agentur",),
    "EFE": ("Agencia EFE",),
    "ANSA": (),
    "Xinhua": ("Xinhua News Agency",),
    "TASS": ("Tass",),
    "RIA Novosti": ("RIA",),
    "Interfax": (),
    "Kommersant": (),
    "Kyodo News": ("Kyodo",),
    "Nikkei": ("Nikkei Asia", "Nikkei Asian Review"),
    "Yonhap": ("Yonhap News Agency",),
    "South China Morning Post": ("SCMP", "The South China Morning Post"),
    "The Times of India": ("Times of India",),
    "Hindustan Times": (),
    "Haaretz": (),
    "The Times of Israel": ("Times of Israel",),
    "The Jerusalem Post": ("Jerusalem Post",),
    "The Globe and Mail": ("Globe and Mail",),
    "CBC News": ("CBC",),
    "ABC Australia": ("Australian Broadcasting Corporation",),
    "The Sydney Morning Herald": ("Sydney Morning Herald",),
    "UPI": ("United Press International",),
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

#: The wire agencies: their bracket in a dateline says who wrote the story.
WIRES = frozenset({"Reuters", "The Associated Press", "Agence France-Presse", "UPI", "dpa", "EFE",
                   "ANSA", "Xinhua", "TASS", "Interfax", "Kyodo News", "Yonhap", "Bloomberg"})

OutletOption = Mapping[str, Union[str, list]]


class OutletTable:
    """Outlet names with a matcher: ``canonical(name)`` and ``pattern`` (alternation of names)."""

    def __init__(self, outlets: Mapping[str, Iterable[str]]):
        self._canonical: dict[str, str] = {}
        for canonical, aliases in outlets.items():
            for name in (canonical, *aliases):
                self._canonical[_key(name)] = canonical
                if name.startswith("The "):
                    self._canonical[_key(name[4:])] = canonical
        names = {name for canonical, aliases in outlets.items() for name in (canonical, *aliases)}
        # "The Guardian" needs its article ("the Guardian"): a bare "Hill" or "Sun" is a word.
        # Other names may take one ("the BBC", "the AP") or not.
        with_the = sorted({name[4:] for name in names if name.startswith("The ")}, key=len, reverse=True)
        bare = sorted({name for name in names if not name.startswith("The ")}, key=len, reverse=True)
        alternatives = [rf"[Tt]he\s+(?:{'|'.join(re.escape(n) for n in with_the)})"] if with_the else []
        alternatives.append(rf"(?:[Tt]he\s+)?(?:{'|'.join(re.escape(n) for n in bare)})")
        #: Matches one outlet name as whole words.
        self.pattern = rf"(?<![\w.-])(?:{'|'.join(alternatives)})(?![\w-]|\.\w)"
        #: :attr:`pattern`, compiled.
        self.regex = re.compile(self.pattern)

    def canonical(self, name: str) -> Optional[str]:
        """The canonical name of outlet ``name`` ("AP" → "The Associated Press"), or ``None``."""
        return self._canonical.get(_key(name))


def _key(name: str) -> str:
    name = " ".join(name.split())
    if name[:4].lower() == "the ":
        name = name[4:]
    return name.casefold()


def outlet_table(extra: Optional[OutletOption] = None) -> OutletTable:
    """The built-in outlets plus ``extra`` (canonical name → alias or list of aliases)."""
    if not extra:
        return _builtin()
    merged = {name: list(aliases) for name, aliases in OUTLETS.items()}
    for name, aliases in extra.items():
        aliases = [aliases] if isinstance(aliases, str) else list(aliases)
        merged.setdefault(name, []).extend(aliases)
    return OutletTable(merged)


@lru_cache(maxsize=1)
def _builtin() -> OutletTable:
    return OutletTable(OUTLETS)


# -- a site's name after a headline --------------------------------------------------------------

#: The last " | ", " - ", " – ", " — " or " :: " of a headline and what follows it.
_SUFFIX = re.compile(r"\s+(?P<sep>\||-|–|—|::|»)\s+(?P<site>[^|–—»]{2,60}?)\s*$")
#: A domain name: "NJ.com", "theguardian.com", "www.bbc.co.uk".
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|co|uk|de|fr|in|ca|au|"
                     r"io|news|info|tv|us|ie|nz|es|it)$", re.IGNORECASE)
#: Words that end a site's name: "Dallas Morning News", "The Daily Star", "Times of India".
_SITE_WORD = re.compile(
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
