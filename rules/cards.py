"""NL318: cards of other stories outside the story, known by their shape and where they stand.

A news page closes its story with cards of other stories: each a headline over a paragraph that
sums the story up. Under a heading (``Latest news``) NL205 reports them; often there is none, or
the scraper dropped it, and the cards read as the story going on. Their shape gives them away:
the same pair again and again (a headline of a few words with no full stop, one short paragraph
under it), three times or more, after the story has told itself, and nothing of the story after
them. Above the story a portal lists its other headlines alone, three or more in a row over the
story's own headline. A story's own sub-headings head several paragraphs, or a list the story
introduces; a round-up's items run long. A portal's ticker is another such box: headlines after their times,
newest first. So is a sponsored-links widget: each card the advertiser's name, then the promoted
headline with the name glued to it. The rule reads only shape and position, so it works in any
language written with spaces between words.
"""

from __future__ import annotations

from typing import Iterable, Optional

from newslint import hookimpl
from newslint.article import BYLINE, Article, Line, ends_sentence
from newslint.lazy import lazy_pattern
from newslint.rule import ArticleRule, Fixable
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import flat, hit, holds_date, minute_of_day, repeats_title
from newslint.rules.captions import is_caption_or_credit
from newslint.rules.injected import enumerated, heading_phrase, parallel
from newslint.rules.layout import LIST_MARK

#: A card's headline has this many words at least, and at most…
TITLE_WORDS = (4, 16)
#: …and its summary this many.
SUMMARY_WORDS = (6, 45)
#: A line longer than this is no card's headline (sixteen long words and their spaces).
TITLE_CHARS = 250
#: The fewest cards in a row that are read as a box of other stories.
MIN_CARDS = 3
#: The most cards read in one box.
MAX_CARDS = 16
#: A paragraph of the story has more words than this (a card's summary is shorter).
STORY_WORDS = 20
#: Before the cards, the story has told itself in this many paragraphs at least; after them, at
#: most one such paragraph follows (a page's closing note, not the story going on).
STORY_BEFORE, STORY_AFTER = 3, 1


#: Above the story, the last lines of a run of headlines may be the story's own headline and
#: standfirst: so many are set aside, unless the story's title stands below the run.
OWN_HEAD_LINES = 2
#: … and right over a byline or a date, the story's head may hold its points too (a headline, a
#: standfirst and up to four points in a list, as tabloids set them): so many are set aside there.
MARKED_HEAD_LINES = 6


#: A ticker's line: a clock time (maybe glued to the box's label: ``News14:48``), then a
#: headline.
#: A sponsored-links widget: the fewest cards, the most words of an advertiser's name, the fewest
#: words of a promoted headline (see :meth:`StoryCards._sponsored`), and the fewest characters a
#: headline adds to the name.
MIN_SPONSORED, SPONSOR_WORDS, PROMOTED_WORDS, _SPONSORED_GLUE = 2, 6, 4, 8


def _sponsor_name(text: str) -> bool:
    """An advertiser's name as a card shows it: at most :data:`SPONSOR_WORDS` words, opening on a
    capital or a digit (``Babbel``, ``InsideGov — By Graphiq``, ``Save70``)."""
    return 2 <= len(text) <= 60 and (text[0].isupper() or text[0].isdigit()) and \
        len(text.split()) <= SPONSOR_WORDS


def _promoted_title(title: str) -> bool:
    """The headline of a promoted card before the advertiser's name glued to it: no space or
    word's joint at the glue (a compound, ``Hardshell-Hosen``, or an address has one), no web
    address, :data:`PROMOTED_WORDS` words or more."""
    return not (title[-1].isspace() or title[-1] in "-/@._:") and "/" not in title and \
        len(title.split()) >= PROMOTED_WORDS


_TICKER_LINE = lazy_pattern(r"^\s*[^\W\d_]{0,12}?(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?:\s*(?:Uhr|h))?\s+(?P<title>\S.*)$")


#: A time alone on its line, or a clip's length: ``14:32``, ``9.05 Uhr``, ``1:02:15``.
_TIME_ALONE = lazy_pattern(r"^\s*(\d{1,2})[:.]([0-5]\d)(?::([0-5]\d))?(?:\s*(?:Uhr|h))?\s*$")


def _ticker_time(line: Line) -> Optional[int]:
    """The minute of the day a ticker's line gives its headline, else ``None``: a time, then a
    headline (four to sixteen words, no sentence's end)."""
    if len(line.text) > 200 or not _TICKER_LINE.match(line.text):  # (the raw text first: cheap)
        return None
    text = flat(line.text).strip()
    match = _TICKER_LINE.match(text)
    minute = minute_of_day(match) if match is not None else None
    if minute is None:
        return None
    title = match.group("title")
    words = len(title.split())
    if not TITLE_WORDS[0] <= words <= TITLE_WORDS[1] or ends_sentence(title):
        return None
    return minute


def _may_be_title(text: str) -> bool:
    """What a card's headline is by its text alone (most paragraphs are refused here, before
    their line is built): short enough, opening on a capital or a digit, no sentence's end (nor a
    colon, which introduces what follows: :func:`~newslint.article.ends_sentence` reads both)."""
    if len(text) > TITLE_CHARS:
        return False
    stripped = text.strip()
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit()) \
        and not ends_sentence(stripped) and not stripped.endswith("：")


def _title(line: Line) -> bool:
    """A card's headline, past :func:`_may_be_title`: a few words."""
    low, high = TITLE_WORDS
    return line.words_at_least(low) and not line.words_at_least(high + 1)


def _card(article: Article, ordinal: int) -> bool:
    """Whether paragraphs ``ordinal`` and the next are a card: a headline (no credit) over its
    summary (the dearer tests last; most paragraphs are refused by their text alone, before a
    line is built)."""
    lines, indexes = article.lines, article.paragraph_indexes
    if not _may_be_title(lines[indexes[ordinal]]) \
            or not ends_sentence(lines[indexes[ordinal + 1]]):
        return False
    title = article.paragraph(ordinal)
    return _title(title) and _summary(article.paragraph(ordinal + 1)) \
        and not is_caption_or_credit(flat(title.text).strip())


def _summary(line: Line) -> bool:
    """A card's summary, past its end (a sentence's, or cut off: ``…``): a short paragraph."""
    low, high = SUMMARY_WORDS
    return line.words_at_least(low) and not line.words_at_least(high + 1)


#: The story the examples close with cards, or with sections of its own.
_STORY = (
    "The city council approved a new budget on Tuesday after a debate that lasted more than six "
    "hours, officials said, and the mayor called it fair.\n\n"
    "The plan raises spending on schools and roads by four percent, according to the finance "
    "department, which published the figures on Monday after weeks of talks with the unions.\n\n"
    "Council members said the vote was the hardest of the year, and that more cuts would follow "
    "in the spring if tax revenue kept falling as it has since the factory closed.\n\n"
)


def _story_paragraph(line: Line) -> bool:
    return line.is_prose and line.words_at_least(STORY_WORDS + 1)


def _story_paragraph_at(article: Article, ordinal: int) -> bool:
    """:func:`_story_paragraph` of the ``ordinal``-th paragraph, its text's own tests first (a
    paragraph of more than twenty words is longer than forty characters and ends as a sentence):
    most paragraphs are refused before their line is built."""
    text = article.lines[article.paragraph_indexes[ordinal]]
    return len(text) > 2 * STORY_WORDS and ends_sentence(text) and \
        _story_paragraph(article.paragraph(ordinal))


def _has_story(article: Article) -> bool:
    """Whether the text tells a story: :data:`STORY_BEFORE` paragraphs of prose or more, each of
    more than :data:`STORY_WORDS` words."""
    bounds = article.story_bounds
    if bounds is None:
        return False
    found = 0
    for ordinal in range(bounds[0], bounds[1] + 1):  # (prose stands between the bounds alone)
        if _story_paragraph_at(article, ordinal):
            found += 1
            if found >= STORY_BEFORE:
                return True
    return False


def _boxed_headline(article: Article, ordinal: int) -> bool:
    """Whether paragraph ``ordinal`` may be a headline in a box of other stories': shaped as a
    card's headline (:func:`_may_be_title`, :func:`_title`), not the page's headline, byline or
    dateline, not the story's title, no caption or credit, no list marker."""
    text = article.lines[article.paragraph_indexes[ordinal]]
    # (the text's own tests first, four words split off at most: most lines above a story are
    # a menu's, of a word or two, and are refused before their line is built)
    if not _may_be_title(text) or len(text.split(None, TITLE_WORDS[0] - 1)) < TITLE_WORDS[0] \
            or LIST_MARK.match(text):
        return False
    line = article.paragraph(ordinal)
    return _title(line) and line.index not in article.roles and not repeats_title(article, text) \
        and not is_caption_or_credit(flat(text).strip()) and not _head_mark(text)


def _head_mark(text: str) -> bool:
    """Whether a line marks a story's head, wherever it stands: a byline (``By Glen Owen …``) or
    a date (``17. Februar 2020 Frau Sabienes``, ``Published: 22:00 GMT, 26 September 2020``)."""
    return BYLINE.match(text) is not None or holds_date(text)


class StoryCards(ArticleRule):
    """Cards of other stories closing the text: a headline over a one-paragraph summary, three
    or more in a row, after the story and with nothing of it after them; a box of other
    stories' headlines above the story; a ticker's headlines outside the story; a
    sponsored-links widget's cards.

    What it flags:
        Both lines of each card of a run of three or more cards, where a card is a headline (four
        to sixteen words, no full stop or colon at its end, opening on a capital or a digit) over
        one paragraph of six to forty-five words that ends as a sentence or is cut off (``…``),
        when at least three paragraphs of the story's prose (more than twenty words each)
        stand before the run and at most one after it, and the page's furniture (a line of
        fewer than four words: a button, a box's label) between the story and the run (``Armenia named most popular spot for
        Russian travelers`` / ``Armenia has been named the most popular destination …`` /
        ``Kim Kardashian, Christian Bale support UCLA Promise Institute`` / ``The decision to
        contribute proceeds …`` / …). Not a run under a related-stories heading (NL205's), nor
        one a line ending in a colon introduces (the story's own list), nor a question over its
        answer (a question ends as a sentence), nor the story's own sections, each a sub-heading
        over a paragraph, right after its text. Also a box of other stories' headlines above
        the story, before its first paragraph of prose in a text that tells a story (three
        paragraphs of more than twenty words): three or more headlines in a row (four to sixteen
        words, no sentence's end; no caption, credit, list marker, byline or date), past the
        run's last two lines, which may be the story's own headline and standfirst (unless the
        story's title stands below the run), or its last six right over a byline or a date (a
        headline with its points); not a run a colon or a related-stories heading introduces, nor
        one of parallel items or holding a date (a schedule: ``1a etapa: 10 de março –
        Interlagos``). Also the lines of a ticker, three or more in a
        row before the story's first paragraph of prose or after its last, each a clock time
        and a headline (four to sixteen words, no sentence's end), the times newest first
        (``14:34 Iran interested in Russian S-400s, Pentagon says`` / ``14:32 Emirates signs
        deal with Boeing to buy 30 planes`` / …); a live report's entries, sentences under their
        times, are the story's. The same with each time (or a video clip's length) alone on the
        line above its headline, three pairs or more outside the story, the times not in the
        day's order, as a programme's are (``01:45`` / ``Mayor answers questions on the new
        budget`` / ``09:09`` / …). And a sponsored-links widget's cards, two or more anywhere: each the
        advertiser's name alone on its line (six words at most, opening on a capital or a digit),
        then the promoted headline (four words or more) with the same name glued to its end, no
        space between (``Xtra-PC`` / ``Tiny Device Turns Old Computer into New Fast PCXtra-PC``),
        as a recommendation widget's text comes out of a page; a compound word's hyphen or a web
        address at the joint is no card.

    Why it matters:
        Other stories' headlines and summaries read as the story going on: a summary, an index
        or a model trained on the text takes them for its last paragraphs.

    Example:
        ``Kim Kardashian, Christian Bale support UCLA Promise Institute`` / ``The decision to
        contribute proceeds from the film was led by …`` (the second of three cards after the
        story)
    """

    code = "NL318"
    fix = Fixable("remove-line", safe=False)
    name = "story-cards"
    summary = ("Other stories' cards after the story (headlines over summaries), their headlines above it, "
               "or a ticker's timed headlines")
    examples = {
        "flag": [
            _STORY +
            "Share this story\n\n"
            "Armenia named most popular spot for Russian travelers\n\n"
            "Armenia has been named the most popular destination among Russian tourists this "
            "autumn, a travel agency said.\n\n"
            "Kim Kardashian, Christian Bale support UCLA Promise Institute\n\n"
            "The decision to contribute proceeds from the film was led by its producers.\n\n"
            "New bridge opens to traffic after three years\n\n"
            "Drivers crossed the river on the new bridge for the first time on Monday morning.",
        ],
        "pass": [
            _STORY +
            "What the plan pays for\n\n"
            "Most of the money goes to repairs of schools built in the 1960s.\n\n"
            "What it leaves out\n\n"
            "Parks and libraries get nothing new, the finance department said.\n\n"
            "What comes next for the council\n\n"
            "The council will review the budget again in the autumn.\n\n"
            "The mayor said she expected the autumn review to bring the first cuts in a decade, "
            "and that the council would hold public hearings in every district before it votes.",
        ],
    }
    languages = ("*",)
    measured = figures("NL318")

    def check(self, article: Article) -> Iterable[Hit]:
        yield from self._cards(article)
        yield from self._headlines_above(article)
        yield from self._ticker(article)
        yield from self._timed_headlines(article)
        yield from self._sponsored(article)

    @staticmethod
    def _headlines_above(article: Article) -> Iterable[Hit]:
        """A box of other stories' headlines above the story: three or more headlines in a row
        before its first paragraph of prose, past the run's last two lines (the story's own
        headline and standfirst may close it, unless its title stands below the run; right over a
        byline or a date, the last six, the story's points with them)."""
        bounds = article.story_bounds
        if bounds is None or bounds[0] < MIN_CARDS + OWN_HEAD_LINES:
            return
        first = bounds[0]
        runs = []
        # Only every third paragraph is looked at where no run stands: a run of three spans one,
        # and from there it is followed both ways.
        low, probe = 0, MIN_CARDS - 1
        while probe < first:
            if not _boxed_headline(article, probe):
                probe += MIN_CARDS
                continue
            start, end = probe, probe + 1
            while start > low and _boxed_headline(article, start - 1):
                start -= 1
            while end < first and _boxed_headline(article, end):
                end += 1
            if end - start >= MIN_CARDS:
                runs.append((start, end))
            low, probe = end + 1, end + MIN_CARDS
        if not runs or not _has_story(article):
            return
        title_at = next((ordinal for ordinal in range(first - 1, runs[0][1] - 1, -1)
                         if repeats_title(article, article.lines[article.paragraph_indexes[ordinal]])),
                        None)
        roles = article.roles
        for start, end in runs:
            below = article.paragraph(end)
            if below.index in roles or _head_mark(below.text):
                end -= MARKED_HEAD_LINES  # (the story's own head over its byline or date)
            elif title_at is None or title_at < end:
                end -= OWN_HEAD_LINES
            if end - start < MIN_CARDS or (start and not StoryCards._stands_alone(article, start)):
                continue
            items = [article.paragraph(number) for number in range(start, end)]
            if parallel(items) or enumerated(items) or any(holds_date(item.text) for item in items):
                continue  # the story's own list, or a schedule (``1a etapa: 10 de março – …``)
            for line in items:
                yield hit(line, f"headline of another story in a box above the story "
                                f"(“{flat(line.text).strip()[:40]}”, one of {len(items)})")

    @staticmethod
    def _sponsored(article: Article) -> Iterable[Hit]:
        """A sponsored-links widget's cards, two or more: each the advertiser's name alone, then
        the promoted headline with the same name glued to its end (``Xtra-PC`` / ``Tiny Device
        Turns Old Computer into New Fast PCXtra-PC``), as a recommendation widget's text comes
        out of a page."""
        lines, indexes = article.lines, article.paragraph_indexes
        cards = []
        name = lines[indexes[0]].strip() if indexes else ""
        for ordinal in range(1, len(indexes)):
            text = lines[indexes[ordinal]].strip()
            # (the last characters first: nearly every pair of lines differs there)
            if text[-1:] == name[-1:] and len(text) > len(name) + _SPONSORED_GLUE and \
                    text.endswith(name) and _sponsor_name(name) and _promoted_title(text[:-len(name)]):
                cards.append(ordinal)
            name = text
        if len(cards) < MIN_SPONSORED:
            return
        for ordinal in cards:
            name, title = article.paragraph(ordinal - 1), article.paragraph(ordinal)
            shown = flat(name.text).strip()[:40]
            yield hit(name, f"advertiser's name over its promoted headline (“{shown}”, one of "
                            f"{len(cards)} sponsored cards)")
            yield hit(title, f"promoted headline with its advertiser's name glued on (“{shown}”, "
                             f"one of {len(cards)} sponsored cards)")

    @staticmethod
    def _ticker(article: Article) -> Iterable[Hit]:
        """A ticker of other stories' headlines, each after its time, newest first, three or
        more in a row, outside the story (before its first paragraph of prose or after its
        last)."""
        bounds = article.story_bounds
        count = article.paragraph_count
        ordinal = 0
        while ordinal < count:
            if bounds is not None and bounds[0] <= ordinal <= bounds[1]:
                ordinal = bounds[1] + 1
                continue
            times: list[int] = []
            end = ordinal
            while end < count and not (bounds is not None and bounds[0] <= end <= bounds[1]):
                minute = _ticker_time(article.paragraph(end))
                if minute is None or (times and minute > times[-1]):
                    break
                times.append(minute)
                end += 1
            if len(times) >= MIN_CARDS:
                for number in range(ordinal, end):
                    line = article.paragraph(number)
                    yield hit(line, f"headline of another story in a ticker "
                                    f"(“{flat(line.text).strip()[:40]}”, one of {len(times)})")
            ordinal = max(end, ordinal + 1)

    @staticmethod
    def _timed_headlines(article: Article) -> Iterable[Hit]:
        """A ticker's or a video playlist's headlines, each with its time (or its clip's length)
        alone on the line above it, three pairs or more in a row outside the story, the times not
        in the day's order (a programme's are: ``09:00`` / ``Opening of the hearing``)."""
        bounds = article.story_bounds
        lines, indexes = article.lines, article.paragraph_indexes
        count = len(indexes)

        def outside(ordinal: int) -> bool:
            return bounds is None or not bounds[0] <= ordinal <= bounds[1]

        ordinal = 0
        while ordinal + 1 < count:
            times: list[tuple[int, ...]] = []
            end = ordinal
            while end + 1 < count and outside(end) and outside(end + 1):
                text = lines[indexes[end]]
                time = _TIME_ALONE.match(text) if len(text) <= 16 else None
                if time is None or not _may_be_title(lines[indexes[end + 1]]) \
                        or not _title(article.paragraph(end + 1)):
                    break
                times.append(tuple(int(part) for part in time.groups() if part))
                end += 2
            if len(times) >= MIN_CARDS and any(later < earlier for earlier, later in zip(times, times[1:])):
                for number in range(ordinal + 1, end, 2):
                    line = article.paragraph(number)
                    yield hit(line, f"headline of another story under its time in a ticker or a "
                                    f"video list (“{flat(line.text).strip()[:40]}”, one of {len(times)})")
            ordinal = max(end, ordinal + 1)

    def _cards(self, article: Article) -> Iterable[Hit]:
        count = article.paragraph_count
        if count < STORY_BEFORE + 2 * MIN_CARDS or article.story_bounds is None:
            return
        story: Optional[list[int]] = None  # paragraphs of the story's prose before each ordinal
        ordinal = STORY_BEFORE
        while ordinal + 2 * MIN_CARDS <= count:
            end = self._run_end(article, ordinal, count)
            if end is None:
                ordinal += 1
                continue
            if story is None:  # (counted once, when a run is first found)
                story = [0]
                for number in range(count):
                    story.append(story[-1] + _story_paragraph_at(article, number))
            if story[ordinal] >= STORY_BEFORE and story[count] - story[end] <= STORY_AFTER \
                    and self._stands_alone(article, ordinal) and self._apart(article, ordinal):
                for card in range(ordinal, end):
                    line = article.paragraph(card)
                    what = "headline" if (card - ordinal) % 2 == 0 else "summary"
                    yield hit(line, f"{what} of another story's card after the story "
                                    f"(“{flat(line.text).strip()[:40]}”, one of "
                                    f"{(end - ordinal) // 2} cards)")
            ordinal = end

    @staticmethod
    def _run_end(article: Article, start: int, count: int) -> Optional[int]:
        """Where a run of :data:`MIN_CARDS` cards or more that starts at paragraph ``start``
        ends (the ordinal after its last summary), else ``None`` (``count``: the paragraphs)."""
        end = start
        while end + 1 < count and (end - start) // 2 < MAX_CARDS and _card(article, end):
            end += 2
        return end if (end - start) // 2 >= MIN_CARDS else None

    @staticmethod
    def _apart(article: Article, start: int) -> bool:
        """Whether the page's furniture (a line of fewer than four words: a button, a label, a
        box's heading) stands between the story's last paragraph and the run: a story's own
        sections under sub-headings follow its text at once."""
        low = TITLE_WORDS[0]
        for ordinal in range(start - 1, -1, -1):
            line = article.paragraph(ordinal)
            if _story_paragraph(line):
                return False
            if not line.words_at_least(low):
                return True
        return False

    @staticmethod
    def _stands_alone(article: Article, start: int) -> bool:
        """Whether the run has no heading (NL205 reports a box under one) and no line that
        introduces it as the story's own list."""
        text = flat(article.paragraph(start - 1).text).strip()
        return not text.endswith((":", "：")) and not heading_phrase(text, article)


@hookimpl
def newslint_rules():
    return [StoryCards]
