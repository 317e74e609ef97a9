"""NL315: junk known by where it stands — a run of link-shaped lines outside the story.

Most site chrome is a list of links: a menu, the sections of a footer, a tag cloud, the names of a
sidebar's boxes. An extractor or a page-text scraper turns each link into a line of its own, one
to four words long. No vocabulary names them all (``Energiewende``, ``Start-ups``, ``Lexikon``
are menu items on one site and words of the story on another), but their place does: they stand
in a run, before the story's first paragraph of prose or after its last, where a story has
nothing but its headline, byline and sign-off; between paragraphs of prose, a run of eight or more
is a sidebar's. The rule reads only shape and position, so it works in any language written with
spaces between words.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional

from newslint import hookimpl
from newslint.article import UNSPACED_LETTER, Article, Line
from newslint.lazy import lazy_pattern
from newslint.rule import ArticleRule, Fixable
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import flat, hit, repeats_title
from newslint.rules._vocab import VALEDICTION
from newslint.rules.navigation import above_story, title_in_run

#: A link-shaped line has at most this many words…
MAX_WORDS = 4
#: …and this many characters.
MAX_CHARS = 40
#: A run of link-shaped lines is chrome when it has this many lines…
LONG_RUN = 4
#: …or this many, when its lines have no more than :data:`SHORT_RUN_WORDS` words on average (a
#: menu's items are a word or two; a list of the story's points is longer).
SHORT_RUN, SHORT_RUN_WORDS = 3, 2.5
#: Between the first and the last paragraph of prose, a run is chrome only from this many lines
#: on (a sidebar, a footer between the story and the page's other teasers, an in-page table of
#: contents): a story's own list of a few names or places is shorter, or follows a line that
#: introduces it (``The candidates are:``).
MIDDLE_RUN = 8
#: The shortest run :meth:`LinkRun._flag` may flag.
_SHORTEST_RUN = min(LONG_RUN, SHORT_RUN)

#: Inside a link there is no sentence punctuation, no digit, no bracket or quotation mark: a
#: line holding one is data, a caption, a date or a sentence (``Portugal (Group B): Eighth
#: appearance``, ``Top 5``, ``„Wir sind bereit“``), never a menu item.
_NOT_A_LINK = lazy_pattern(r"[\d:;,.!?()\[\]{}\"“”„«»‹›¿¡=+/\\|@#%*…、。，！？；：「」『』（）【】]")
#: In a script written without spaces (Chinese, Japanese) a link is a few of its letters, where
#: a line of more is a sentence whatever its count of words.
MAX_UNSPACED_CHARS = 12
#: A list marker opening the line: the story's own list (``- Boil for 10 minutes``, ``1) …``).
LIST_MARK = lazy_pattern(r"^\s*(?:[-–—•·*▪►▶>»]|\w[.)])\s")


#: A pairing of two sides, as a fixture list or a draw prints it (``Oldham v Bolton``, ``Lakers vs
#: Celtics``): a run made of nothing else is the story's data, not a list of links.
_PAIRING = lazy_pattern(r"^\s*\S.*?\s(?:v|vs)\s+\S")


#: A year closing a menu item: an archive's or a campaign's (``Nachrichten 2022``, ``Saison
#: 2017/18``).
_YEAR_AT_END = lazy_pattern(r"\s(?:19|20)\d\d(?:/\d\d)?\s*$")


#: Initials with their full stops, as a link's name may hold them: ``L.A.``, ``U.S.``, ``D.C.``.
_INITIALS = lazy_pattern(r"(?<![\w.])(?:[A-Z]\.){2,3}(?=\s|$)")


def link_shaped(line: Line) -> bool:
    """One to :data:`MAX_WORDS` words, no digits (but a year closing the item), punctuation (but
    initials' full stops), brackets or list marker."""
    text = line.text
    if "." in text and _INITIALS.search(text):
        text = _INITIALS.sub("A", text)  # (``L.A. Times Events``, ``U.S. Politics``)
    if _NOT_A_LINK.search(text):  # first: a paragraph of prose is refused at its first comma
        year = _YEAR_AT_END.search(text) if len(text) <= 2 * MAX_CHARS else None
        if year is None or year.start() == 0 or _NOT_A_LINK.search(text, 0, year.start()):
            return False
    text = flat(text)
    if len(text) > MAX_UNSPACED_CHARS and UNSPACED_LETTER.search(text):
        return False
    return (0 < len(text) <= MAX_CHARS and line.words_at_least(1) and not line.words_at_least(MAX_WORDS + 1)
            and not LIST_MARK.match(line.text))


#: Besides letters, a menu's item between two links may hold a slash, a plus, a colon or a
#: question mark (``Kontakt/Impressum``, ``Eat + Drink``, ``Suche nach:``, ``Passwort
#: vergessen?``), but no digit (a table's cell, a date, a count) and no address (a list of
#: e-mail addresses is data).
_NO_BRIDGE = lazy_pattern(r"\d|@|//")
#: A bridge has at most this many words.
BRIDGE_WORDS = MAX_WORDS + 1


def bridge_shaped(line: Line) -> bool:
    """A short line that is no link by :func:`link_shaped` but may stand between two in a menu:
    at most :data:`MAX_CHARS` characters and :data:`BRIDGE_WORDS` words, a letter, no digit, no
    address, no sentence of prose."""
    text = flat(line.text)
    return (0 < len(text) <= MAX_CHARS and not _NO_BRIDGE.search(text) and line.words_at_least(1)
            and not line.words_at_least(BRIDGE_WORDS + 1) and not line.is_prose)


def _past_introduced_list(article: Article, links: list[Line], bridges: list[Line],
                          story_end: Optional[int]) -> tuple[list[Line], list[Line]]:
    """The run's links and bridges past the list a colon introduces, if one does.

    A list the story introduces with a colon (``Folgende Universitäten sind betroffen:``) is the
    story's own, however long; it ends where a bridge joins other links to it (``Drei gute
    Gründe:`` / three reasons / ``Sparen Sie für ein Eigenheim`` / a menu), which are a run of
    their own. With ``story_end`` set, only that paragraph (the story's last) may introduce it."""
    before = links[0].ordinal - 1
    if story_end is not None and before != story_end:
        return links, bridges
    if not article.paragraph(before).text.rstrip().endswith(":"):
        return links, bridges
    if not bridges:
        return [], []
    cut = bridges[0].ordinal
    return [line for line in links if line.ordinal > cut], bridges[1:]


def _past_signature(article: Article, links: list[Line],
                    bridges: list[Line]) -> tuple[list[Line], list[Line]]:
    """The run's links and bridges past the writer's signature opening it, if one does: the
    closing words of a letter or a blog post (``Herzlichst`` / ``Eure``, ``Cheers``) and the name
    under them."""
    count = 0
    while count < len(links) and VALEDICTION.label(links[count].text, article.language):
        count += 1
    if not count:
        return links, bridges
    links = links[count + 1:]
    if not links:
        return [], []
    return links, [line for line in bridges if line.ordinal > links[0].ordinal]


class LinkRun(ArticleRule):
    """A run of short link-shaped lines before the story's first paragraph or after its last, or
    a long one anywhere.

    What it flags:
        Every line of a run of four or more lines of one to four words (or of three or more
        lines of two and a half words on average, a year closing an item allowed: ``Nachrichten
        2022``) that stands before the first paragraph of prose or after the last one, or of eight or more lines between them that no line ending
        in a colon introduces (a sidebar, a footer between teasers, an in-page table of
        contents), where each line has no digit, no sentence punctuation (but initials'
        full stops: ``U.S.``, ``L.A. Times Events``), no bracket or quotation mark and no list
        marker (and, in Chinese or Japanese, at most twelve letters): ``Startseite`` /
        ``Politik`` / ``Wirtschaft`` /
        ``Kultur`` above a story, ``Kontakt`` / ``Impressum`` / ``Datenschutz`` /
        ``Karriere`` below it. The headline, byline, dateline and sign-off are never part of a
        run (nor the story's title above it, when the record's title or the page's address names
        it: ``…/erfolgreiches-masters-debuet-fuer-taucher-2.html``), nor is any line of a text without prose (a list, a table, a gallery: there is no
        story to stand outside of), nor a run of pairings (``Oldham v Bolton``: a fixture list).
        A run goes on over a single short line between two of its links that has a slash, a
        colon or a question mark but no digit and no address (``Kontakt/Impressum``, ``Suche
        nach:``), which is flagged with it. A line of the run that a keyword rule also knows (a
        section menu's item, NL309; a related-stories heading, NL203) is reported by both, as
        each rule is selected on its own. After the story, a list its last paragraph introduces
        with a colon is the story's own (up to a bridge, as between paragraphs), and a run opened
        by the closing words of a letter or a blog post (``Herzlichst`` / ``Eure``, ``Cheers``)
        starts after the writer's name under them.

    Why it matters:
        Menus and link lists are most of what a page-text scraper keeps besides the story, in
        every language; they head every summary and pollute every index built from the text.
        Their words are the site's, not the story's, and no keyword list can know them all.

    Example:
        ``Energiewende`` / ``Start-ups`` / ``Lexikon`` / ``Magazin`` after the last paragraph
    """

    code = "NL315"
    fix = Fixable("remove-line", safe=False)
    name = "link-run"
    summary = "A run of short link-shaped lines (menu, link list) before or after the story"
    examples = {
        "flag": ["Startseite\nPolitik\nWirtschaft\nKultur\n\nDie Bundesregierung hat am Montag einen "
                 "neuen Entwurf für den Haushalt vorgelegt, der deutliche Einsparungen vorsieht."],
        "pass": ["Die Bundesregierung hat am Montag einen neuen Entwurf für den Haushalt vorgelegt, "
                 "der deutliche Einsparungen vorsieht.\n\nBildung\nVerkehr\nWohnen\n\nDie Opposition "
                 "kritisierte den Entwurf noch am selben Tag als unausgewogen und unsozial.",
                 "Der Parteitag hat am Sonntag die Liste für die Landtagswahl im Herbst beschlossen, "
                 "nach einer langen Debatte.\n\nAuf den ersten Plätzen stehen:\n\nAnna Berger\n"
                 "Jonas Keller\nMaria Schulz\nLeon Wagner\nSofia Braun\nPaul Hoffmann\nLena Vogel\n"
                 "Felix Wolf\n\nDie Liste muss noch vom Landeswahlausschuss bestätigt werden, der im "
                 "Sommer darüber entscheidet."],
    }
    languages = ("*",)
    measured = figures("NL315")

    def check(self, article: Article) -> Iterable[Hit]:
        bounds = article.story_bounds
        if bounds is None:
            return
        first, last = bounds
        count = article.paragraph_count
        for links, bridges in self._runs(article, range(0, first), _SHORTEST_RUN):
            # The story's title under the menu, maybe with the page's controls under it (where the
            # run joined them over the title, as over a bridge).
            lines = sorted(links + bridges, key=lambda line: line.ordinal)
            title = title_in_run([line.text for line in lines], article, article)
            if title is not None and above_story(article, lines[title].ordinal):
                links = [line for line in links if line is not lines[title]]
                bridges = [line for line in bridges if line is not lines[title]]
            yield from self._flag(links, bridges, "before the story")
        for links, bridges in self._runs(article, range(first + 1, last), MIDDLE_RUN):
            links, bridges = _past_introduced_list(article, links, bridges, None)
            if len(links) >= MIDDLE_RUN:
                yield from self._flag(links, bridges, "inside the text")
        for links, bridges in self._runs(article, range(last + 1, count), _SHORTEST_RUN):
            # (only the story's own last paragraph introduces a list after it: a box's heading
            # ending in a colon, ``Folgen Sie uns:``, is no paragraph of prose)
            links, bridges = _past_introduced_list(article, links, bridges, last)
            links, bridges = _past_signature(article, links, bridges)
            yield from self._flag(links, bridges, "after the story")

    @staticmethod
    def _runs(article: Article, ordinals: range,
              shortest: int) -> Iterator[tuple[list[Line], list[Line]]]:
        """The runs of ``shortest`` or more link-shaped lines that are not the headline, byline,
        dateline or sign-off, among the paragraphs ``ordinals`` (a range of step 1), each as its
        links and the bridges between them (one :func:`bridge_shaped` line between two links).

        Where no run stands, only every ``shortest``-th paragraph is looked at: a run that long
        spans one of them (a link, or a bridge with a link after it), and from there the run is
        followed both ways."""
        roles: Optional[dict] = None  # the article's roles, decided only when a line needs them

        def usable(line: Line, ordinal: int) -> bool:
            nonlocal roles
            if ordinal and repeats_title(article, line.text):
                return False  # (the story's headline again under the menu is no link)
            roles = article.roles if roles is None else roles
            return line.index not in roles

        links_at: dict[int, bool] = {}  # (a bridge asks about the link after it, then the run)

        def link(ordinal: int) -> bool:
            found = links_at.get(ordinal)
            if found is None:
                line = article.paragraph(ordinal)
                found = links_at[ordinal] = link_shaped(line) and usable(line, ordinal)
            return found

        def bridge(ordinal: int, link_at: int) -> bool:
            """Whether paragraph ``ordinal`` bridges to a link at ``link_at``."""
            if not low <= link_at < high or not link(link_at):
                return False
            line = article.paragraph(ordinal)
            return bridge_shaped(line) and usable(line, ordinal)

        low, high = ordinals.start, ordinals.stop
        probe = low + shortest - 1
        while probe < high:
            if link(probe):
                seed = probe
            elif bridge(probe, probe + 1):
                seed = probe + 1
            else:
                probe += shortest
                continue
            links, bridges = [seed], []
            start = seed
            while True:
                if start - 1 >= low and link(start - 1):
                    start -= 1
                    links.append(start)
                elif start - 2 >= low and bridge(start - 1, start - 2):
                    bridges.append(start - 1)
                    start -= 2
                    links.append(start)
                else:
                    break
            end = seed + 1
            while True:
                if end < high and link(end):
                    links.append(end)
                    end += 1
                elif end + 1 < high and bridge(end, end + 1):
                    bridges.append(end)
                    links.append(end + 1)
                    end += 2
                else:
                    break
            if len(links) >= shortest:
                yield ([article.paragraph(ordinal) for ordinal in sorted(links)],
                       [article.paragraph(ordinal) for ordinal in sorted(bridges)])
            # (paragraph ``end`` is neither link nor bridge, or is past the range)
            probe = end + shortest

    @staticmethod
    def _flag(links: list[Line], bridges: list[Line], where: str) -> Iterator[Hit]:
        if not links:
            return
        words = sum(line.word_count for line in links) / len(links)
        if len(links) < LONG_RUN and not (len(links) >= SHORT_RUN and words <= SHORT_RUN_WORDS):
            return
        if all(_PAIRING.match(line.text) for line in links):
            return  # a fixture list or a draw
        size = len(links) + len(bridges)
        for line in sorted(links + bridges, key=lambda line: line.ordinal):
            yield hit(line, f"link-shaped line “{flat(line.text)}” in a run of {size} "
                            f"{where} (a menu or link list)")


@hookimpl
def newslint_rules():
    return [LinkRun]
