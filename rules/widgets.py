"""NL319: a weather widget's reading left in the text.

News portals show the weather in their header or sidebar: the temperature, maybe the place, the
sky, the next days. A page-text scraper keeps it as lines of their own (``40°F``, ``Austin 71°``,
``14°`` / ``partiellement nuageux``). Nothing in a story is a temperature alone on its line
outside its text, so the shape is enough, in any language.
"""

from __future__ import annotations

import re
from typing import Iterable

from newslint import hookimpl
from newslint.article import Article
from newslint.lazy import lazy_pattern
from newslint.rule import ArticleRule, Fixable
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import flat, hit
from newslint.rules._vocab import WEATHER

_DEGREES = r"[+\-−]?\d{1,3}(?:[.,]\d)?\s?°\s?[CFcf]?"
#: A temperature alone on its line, maybe after the widget's place (``Austin 71°``,
#: ``Santiago17.6°``) or as the day's low and high (``7 | 14 °C``, ``1°/5 °``): no sentence, no
#: other number.
_READING = lazy_pattern(
    r"^\s*(?:[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3}\s?)?"
    r"(?:[+\-−]?\d{1,3}(?:[.,]\d)?\s?°?\s?[CFcf]?\s?[/|–-]\s?)?" + _DEGREES + r"\s*$"
)
#: A reading under the widget's own label, wherever it stands: ``Weather: 72°F Sunny``, ``Wetter
#: 14 °C``, ``Météo : 14° nuageux``.
_LABELLED = lazy_pattern(
    r"^\s*(?:today'?s |current |local )?(?:weather|wetter|météo|meteo|el tiempo|clima|tempo|weer"
    r"|pogoda|погода)\s*:?\s*" + _DEGREES + r"(?![\d.,])[^.!?\d]{0,30}$",
    re.IGNORECASE)
#: A widget's sky stands this many lines at most from its temperature.
REACH = 2


_FIRST_DIGIT = lazy_pattern(r"[+\-−]?\d")


def reading(text: str) -> bool:
    """Whether ``text`` is a weather widget's temperature (see :data:`_READING`): the words of
    a place before it, if any, are capitalised but for short links (``Ciudad de Panamá``); a
    recipe's ``Heißluft etwa 180 °C`` is no reading."""
    if len(text) > 48 or "°" not in text or _READING.match(text) is None:
        return False
    place = text[:_FIRST_DIGIT.search(text).start()].split()
    return all(word[:1].isupper() or (len(word) <= 3 and word.islower()) for word in place)


class WeatherWidget(ArticleRule):
    """A weather widget's reading: a temperature alone on its line outside the story, and the
    sky beside it.

    What it flags:
        A line that is only a temperature (``40°F``, ``14 °``, ``+35°C``), maybe after the
        widget's place (``Austin 71°``) or as the day's low and high (``7 | 14 °C``), standing
        before the story's first paragraph of prose or after its last (or among them, with the
        sky beside it), or anywhere under the widget's label (``Weather: 72°F Sunny``, ``Wetter:
        14 °C``); and, within two lines of one (or of a sky so found), a line that names
        only the sky (``Partly cloudy``, ``wolkig``, ``partiellement nuageux``, ``nublado``), in
        the languages the rules read. A temperature between two paragraphs of prose (a recipe's
        oven) is left alone, and so is any line of a text without prose (a weather service's
        table).

    Why it matters:
        The reading is the page's furniture on the day it was scraped, not the story's: left in
        the text it dates it wrongly and puts numbers in front of its first sentence.

    Example:
        ``All Sections`` / ``Subscribe Now`` / ``40°F`` / ``Friday, January 20th 2023``
    """

    code = "NL319"
    fix = Fixable("remove-line", safe=False)
    name = "weather-widget"
    summary = "A weather widget's temperature and sky left in the text (40°F, Partly cloudy)"
    examples = {
        "flag": ["All Sections\nSubscribe Now\n40°F\n\nThe city council voted on Tuesday to "
                 "approve a new budget for the parks department, ending months of debate."],
        "pass": ["Heat the oven and bake the bread for forty minutes, until the crust is golden "
                 "and sounds hollow.\n200 °C\nLet it cool on a rack for an hour before you cut "
                 "it into slices."],
    }
    languages = ("*",)
    measured = figures("NL319")

    def check(self, article: Article) -> Iterable[Hit]:
        if "°" not in article.document.text:
            return
        count = article.paragraph_count
        bounds = article.story_bounds
        language = article.language

        def sky(ordinal: int) -> bool:
            return WEATHER.label(article.paragraph(ordinal).text, language) is not None

        def near(ordinal: int) -> range:
            return range(max(0, ordinal - REACH), min(count, ordinal + REACH + 1))

        readings = []
        lines = article.lines
        for ordinal, index in enumerate(article.paragraph_indexes):
            text = lines[index]
            if "°" not in text:
                continue
            if len(text) <= 80 and _LABELLED.match(text):
                readings.append(ordinal)
                continue
            # (in a text without prose only a labelled reading counts: a table of temperatures
            # may be a weather service's page)
            if bounds is None or not reading(text):
                continue
            # Inside the story a reading needs its sky beside it, and no paragraph of prose on
            # both sides (a recipe's oven stands there).
            line = article.paragraph(ordinal)
            if bounds[0] <= ordinal <= bounds[1] and (line.between_prose or not any(
                    sky(other) for other in near(ordinal) if other != ordinal)):
                continue
            readings.append(ordinal)
        if not readings:
            return
        flagged = set(readings)
        # The sky beside a reading, and beside a sky so found (a table of cities: their
        # temperatures, then their skies).
        todo = list(readings)
        while todo:
            for other in near(todo.pop()):
                if other not in flagged and sky(other):
                    flagged.add(other)
                    todo.append(other)
        for ordinal in sorted(flagged):
            line = article.paragraph(ordinal)
            what = "temperature" if ordinal in readings else "sky"
            yield hit(line, f"a weather widget's {what} “{flat(line.text).strip()}” left in the text")


@hookimpl
def newslint_rules():
    return [WeatherWidget]
