"""Junk known by where it stands: a line inside a block of page furniture (NL320).

The other junk-line rules read a line by what it says. Many lines of a page's chrome say nothing
any rule knows (a menu's ``Formel E``, a footer's ``Mediadaten``, a sidebar's ``10 tematów``)
and stand among lines the rules do know. This rule reads what the run's other rules decided and
flags the short line inside such a block.
"""

from __future__ import annotations

from typing import Iterable

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.rule import ContextRule, Fixable
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import flat, hit, named_title, repeats_title
from newslint.rules._text import shortened

#: Flagged paragraphs needed on each side of the line (or of the two lines).
REACH = 2
#: The most unflagged lines read together between flagged ones.
MOST_LINES = 2
#: The most words of a line read as one of a block's items, and the most characters.
MOST_WORDS, MOST_CHARS = 8, 100
#: Above or below the story, a longer run between flagged blocks: its fewest and most lines, and
#: the most words and characters of each (other stories' headlines between a menu and the next).
LIST_LINES, MOST_LIST_LINES = 3, 30
MOST_LIST_WORDS, MOST_LIST_CHARS = 12, 140
#: The fewest words of a headline: at least half of such a list's lines have as many (a column
#: of a table's cells, ``FP`` / ``Feilen`` / ``LF1 Seite 85-87``, is not a list of headlines).
HEADLINE_WORDS = 4
#: How a line that is a sentence, or leads into what follows, ends.
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "…")
#: How a line of a list of headlines never ends (a headline may ask or exclaim).
_LIST_ENDS = (".", ":", ";", "…")


class AmidBoilerplate(ContextRule):
    """A short line inside a block of page furniture that the other rules flagged.

    What it flags:
        A line of eight words or fewer that is not a sentence (no full stop, question or
        exclamation mark, colon or ellipsis at its end), or two such lines together, where the
        two paragraphs before and the two after are each flagged as junk by another rule of the
        run (a line-removing rule: NL2xx, NL3xx, a house rule or a plugin's): a menu's item, a
        footer's link, a sidebar's heading that no vocabulary knows, among items the rules do
        know (``Artikel teilen`` / ``Auf Facebook teilen`` / **``Unsere App Deutsche Weine im
        AppStore``** / ``Impressum`` / ``Datenschutz``). It reads what the run selected: with ``--select
        NL320`` alone there is nothing to read. The page's headline is left alone: the last line
        above the story that no rule flagged (under the menu, over the byline and the share
        buttons), and wherever it stands a line the record's title or address names or the first
        line repeats. A text without a paragraph of prose is left alone. Also such a line at the
        foot of the page, below the story: the two paragraphs before it flagged and every one
        after it (``Impressum`` / ``Datenschutz`` / **``Theme: Pirate Rogue von xwolf``**, the
        last line). And above or below the story, a longer list between two such blocks: three
        to thirty lines of twelve words or fewer, none a statement (a headline may ask or
        exclaim), at least half of them as long as a headline (four words): other stories'
        headlines between the menu and the share buttons, or between the share buttons and the
        footer, or closing the page under its furniture. A column of a table's cells (``FP`` /
        ``Feilen`` / ``Drehen``) is no list of headlines.

    Why it matters:
        Page chrome is made of short labels, most of them a site's own; a rule that reads words
        cannot know them all, and the one left behind breaks the block's removal into pieces
        (the app's line alone between two paragraphs after a fix). Its neighbours say what it
        is: on the development sources no line with two flagged paragraphs on each side was a
        line of the story, nor were two such lines together.

    Example:
        ``Unsere App Deutsche Weine im AppStore`` between ``Artikel teilen`` / ``Auf Facebook
        teilen`` and ``Impressum`` / ``Datenschutz`` after the story.
    """

    code = "NL320"
    fix = Fixable("remove-line", safe=False)
    name = "amid-boilerplate"
    summary = "A short line inside a block of page furniture the other rules flagged"
    examples = {
        "flag": ["Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der zwei Millionen "
                 "Euro für die Pflege der Parks vorsieht.\nDie Opposition kritisierte, dass für den "
                 "Wohnungsbau zu wenig Geld bleibe, und kündigte Widerstand an.\nArtikel teilen\n"
                 "Auf Facebook teilen\nUnsere App Deutsche Weine im AppStore\nImpressum\n"
                 "Datenschutz\n"],
        "pass": ["The city council voted on Tuesday to approve a new budget for the parks "
                 "department, ending months of debate.\nShare on Facebook\nShare on Twitter\n"
                 "The vote was close.\nPrivacy Policy\nTerms of Use\n"],
    }
    languages = ("*",)
    measured = figures("NL320")

    def check_context(self, article: Article, junk: frozenset[int]) -> Iterable[Hit]:
        bounds = article.story_bounds
        if len(junk) < REACH or bounds is None:
            return  # (a text without a paragraph of prose has no story to tell its headline by)
        # The last line above the story that no rule flagged stands where the headline does
        # (under the menu, over the byline and the share buttons): it is left alone.
        headline = next((ordinal for ordinal in range(bounds[0] - 1, -1, -1) if ordinal not in junk),
                        None)
        # From this paragraph on, every one is flagged: the page's foot, when it follows the story.
        foot = article.paragraph_count
        while foot > 0 and foot - 1 in junk:
            foot -= 1
        for ordinal in sorted(junk):
            # The unflagged paragraphs right after a flagged one that has REACH - 1 flagged
            # before it (the candidates are few): a line or two, REACH flagged on each side.
            start = ordinal + 1
            if start in junk or not all(start - step in junk for step in range(1, REACH + 1)):
                continue
            end = start
            while (end < article.paragraph_count and end not in junk
                   and end - start <= MOST_LIST_LINES):
                end += 1
            length = end - start
            if length > MOST_LIST_LINES or headline is not None and start <= headline < end:
                continue
            flagged_after = all(end + step in junk for step in range(REACH))
            most_words, most_chars = MOST_WORDS, MOST_CHARS
            if length <= MOST_LINES and flagged_after:
                where = (f"inside a block of page furniture (the {REACH} paragraphs before and after "
                         f"it are flagged)")
            elif length >= LIST_LINES and flagged_after and (
                    end + REACH <= bounds[0] or start > bounds[1]):
                side = "above" if start < bounds[0] else "below"
                where = (f"in a list of {length} short lines {side} the story, between blocks of page "
                         f"furniture (the {REACH} paragraphs before and after the list are flagged)")
                most_words, most_chars = MOST_LIST_WORDS, MOST_LIST_CHARS
            elif length <= MOST_LINES and start > bounds[1] and end >= foot:
                where = (f"at the page's foot, after its furniture (the {REACH} paragraphs before it "
                         f"and every one after are flagged)")
            elif length >= LIST_LINES and start > bounds[1] and end >= foot:
                where = (f"in a list of {length} short lines at the page's foot, after its furniture "
                         f"(the {REACH} paragraphs before it and every one after are flagged)")
                most_words, most_chars = MOST_LIST_WORDS, MOST_LIST_CHARS
            else:
                continue
            lines = [article.paragraph(candidate) for candidate in range(start, end)]
            if length >= LIST_LINES and (
                    2 * sum(line.words_at_least(HEADLINE_WORDS) for line in lines) < length):
                continue
            ends = _LIST_ENDS if length >= LIST_LINES else _SENTENCE_ENDS
            if all(self._an_item(line, article, most_words, most_chars, ends) for line in lines):
                for line in lines:
                    yield hit(line, f"short line “{shortened(line.text, 40)}” {where}")

    @staticmethod
    def _an_item(line: Line, article: Article, most_words: int, most_chars: int,
                 ends: tuple[str, ...]) -> bool:
        text = flat(line.text).strip()
        if not text or len(text) > most_chars or text.endswith(ends):
            return False
        if line.words_at_least(most_words + 1):
            return False
        return not (named_title(article, text) or repeats_title(article, text))


@hookimpl
def newslint_rules():
    return [AmidBoilerplate]
