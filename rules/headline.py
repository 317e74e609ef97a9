"""NL1xx headline artefacts: what a scraper or spinner leaves in the headline line.

- NL101 ``headline-label``: a field label before the headline ("Source: …", "Title: …").
- NL102 ``headline-site-name``: the site's name after the headline ("… | The Guardian").

Both look only at ``article.headline``: the first paragraph, when it is shaped like a headline.
"""

from __future__ import annotations

import re
from typing import Iterable

from newslint import hookimpl
from newslint.article import Article
from newslint.lazy import lazy_pattern
from newslint.rule import ArticleRule, Option
from newslint.violation import Hit, Severity

from newslint.credits import read_credits
from newslint.outlets import outlet_table, site_suffix

#: Field labels a scraper or a spinner's template puts before the title.
_LABEL = lazy_pattern(
    r"^\s*(?P<label>(?:source|title|headline|original\s+(?:title|headline)|article\s+title|"
    r"post\s+title|page\s+title|news\s+title|subject)\s*:)\s*(?=\S)",
    re.IGNORECASE,
)


class HeadlineLabel(ArticleRule):
    """A field label before the headline: ``Source:``, ``Title:``, ``Headline:``.

    What it flags: a headline (the first line, shaped like a title) that starts with the label of
    the field it was scraped from or of a spinner's template: ``Source:``, ``Title:``,
    ``Headline:``, ``Original title:``, ``Post title:``, ``Subject:``. Column names that are part
    of real headlines ("Fact Check:", "Dear Abby:", "Opinion:") are not labels and are not
    flagged.

    Why it matters: the label becomes part of the title everywhere the text goes: in search
    results, in training data, in a republished page.

    Example: ``Source: US officials travel to Russia's ally Venezuela for talks`` →
    ``1:1: NL101 headline starts with the field label 'Source:'``. Sports sites write "Sources:
    Nets to hire Nash" as a real headline; the plural is therefore not a label here.
    """

    code = "NL101"
    name = "headline-label"
    summary = "A field label such as 'Source:' or 'Title:' before the headline"
    examples = {
        "flag": ["Source: US officials travel to Russia’s ally Venezuela for talks"],
        "pass": ["Sources: Nets to hire Steve Nash as head coach"],
        "scope": "headline",
    }
    severity = Severity.WARNING
    measured = ("dev set (1,373 records, 548 with a headline line): 0 findings, none missed by "
                "reading; the seed's 'Source:' found; dev-trafilatura (1,358 records): 1 finding, "
                "true ('Headline: Energiewende und gesellschaftlicher Wandel')")

    def check(self, article: Article) -> Iterable[Hit]:
        headline = article.headline
        if headline is None or ":" not in headline.text:
            return
        match = _LABEL.match(headline.text)
        if match:
            label = " ".join(match.group("label").split())
            yield Hit(headline.start + match.start("label"), headline.start + match.end("label"),
                      f"headline starts with the field label '{label}'")


class HeadlineSiteName(ArticleRule):
    """The site's name after the headline: ``… | The Guardian``, ``… - BBC News``.

    What it flags: a headline on the first line that ends with the name of the site it came from,
    after a separator: a pipe followed by a known outlet, a domain or a name ending in a site word
    ("| Fox News", "| NJ.com", "| Dallas Morning News"), or a dash followed by a full outlet name,
    a domain or a name ending in "News" ("- Reuters", "- The New York Times", "- BBC News").

    Why it matters: the page title (headline plus site name) was taken for the headline; the site
    name then travels as part of the title.

    Example: ``Senior U.S. officials visit Venezuela | The Guardian`` → ``NL102 headline ends
    with the site name 'The Guardian'``. Reuters headlines credit other papers after a dash
    ("Apple to buy X - WSJ", "… - Bloomberg News"): abbreviations after a dash, and any outlet
    other than the story's own wire in a wire-datelined story, are not flagged.
    """

    code = "NL102"
    name = "headline-site-name"
    summary = "The site's name after the headline ('… | The Guardian', '… - Reuters')"
    examples = {
        "flag": ["UK election: Conservatives accused of deceiving voters - BBC News"],
        "pass": ["Julian Assange: Sweden drops rape investigation"],
        "scope": "headline",
    }
    severity = Severity.WARNING
    options = {
        "outlets": Option({}, dict, "More outlets: canonical name = alias or list of aliases"),
    }
    measured = ("dev set (1,373 records, 548 with a headline line): 0 findings; the one page title "
                "there ('… - NBC 5 Dallas-Fort Worth') is glued to the next text, so not a suffix")

    def check(self, article: Article) -> Iterable[Hit]:
        headline = article.headline
        if headline is None or headline.ordinal != 0:
            return
        text = headline.text.rstrip()
        if not any(sep in text for sep in (" |", " -", " –", " —", " ::", " »")):
            return
        table = outlet_table(self.settings["outlets"])
        dateline = read_credits(article, table).dateline
        suffix = site_suffix(text, table, dateline.outlets[0] if dateline else None)
        if suffix is not None:
            yield Hit(headline.start + suffix.start, headline.start + len(text),
                      f"headline ends with the site name '{suffix.name}'")


@hookimpl
def newslint_rules():
    return [HeadlineLabel, HeadlineSiteName]
