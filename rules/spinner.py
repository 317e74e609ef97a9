"""NL1xx spinner fragments: what an article spinner leaves when it mangles a sentence.

- NL107 ``spinner-fragment``: an attribution phrase left standing as a sentence of its own,
  with no verb ("Someone familiar with the matter.").

Article spinners rewrite copied stories word by word to hide the copy; they break the idioms of
news writing. "According to a person familiar with the matter" becomes "Someone familiar with the
matter." after a full stop: a sentence without a verb, which no editor lets through. Only that
shape is flagged (the source phrase with its synonyms, standing alone between sentence ends), so
the rule stays precise; other verbless sentences ("Not so.", "Hardly.") are style, not damage.
"""

from __future__ import annotations

import re
from typing import Iterable

from newslint import hookimpl
from newslint.article import Article
from newslint.lazy import lazy_pattern
from newslint.rule import ArticleRule
from newslint.violation import Hit, Severity

_KNOWING = r"(?:familiar|acquainted|conversant|knowledgeable|au\s+fait|briefed)"
#: Cheap test first (plain substring search): the text has the idiom's key word at all.
_HINT_WORDS = ("familiar", "acquainted", "conversant", "knowledgeable", "au fait", "briefed")
#: The fragment: who (a source, someone, people), knowing, with what; then a full stop.
_FRAGMENT = lazy_pattern(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))[ \t]*"
    r"(?P<fragment>(?:Someone|Somebody|A\s+person|An\s+individual|A\s+source|Persons|People|"
    r"Individuals|Sources|(?:Two|Three|Several|Some)\s+(?:people|persons|sources|individuals)|"
    r"An\s+official|Officials)"
    rf"(?:\s+(?:who\s+(?:is|are|was|were)\s+)?(?:directly\s+|closely\s+)?){_KNOWING}\s+(?:with|on|about)\s+"
    r"(?:the\s+|this\s+)?(?:matter|situation|subject|issue|problem|case|talks|plans?|discussions?|"
    r"negotiations|deal|decision|thinking|deliberations|investigation|probe|state\s+of\s+affairs|"
    r"circumstance|scenario)s?\s*\.)(?=\s|$)",
    re.MULTILINE,
)
#: The fragment alone, without what may stand before it: it opens on its subject's words, so
#: ``re`` skips to the positions where one of them starts, where :data:`_FRAGMENT` opens on a
#: line start or a look-behind and is tried at every character. Every match of :data:`_FRAGMENT`
#: holds a match of this one (its group ``fragment`` and the look-ahead after it), so a text
#: without one has none.
_FRAGMENT_ALONE = lazy_pattern(_FRAGMENT.pattern.split(r"[ \t]*", 1)[1], re.MULTILINE)


class SpinnerFragment(ArticleRule):
    """An attribution phrase standing alone as a sentence: "Someone familiar with the matter."

    What it flags: a sentence made only of a source description, with no verb: "Someone familiar
    with the matter.", "A person acquainted with the situation.", "Sources familiar with the
    talks." It stands between two sentence ends (or at the start of a line).

    Why it matters: this is what an article spinner leaves when it rewrites "…, according to a
    person familiar with the matter." word by word: the attribution has come loose from the claim.
    The text is a machine rewrite of someone else's story, and the claim it belonged to is now
    unattributed.

    Example: ``… amid its invasion of Ukraine, the Guardian reported. Someone familiar with the
    matter.`` → ``NL107 sentence without a verb: 'Someone familiar with the matter.' (a spinner's
    remnant of "according to a person familiar with the matter")``. Full sentences with the phrase
    ("A person familiar with the matter said …") are never flagged.
    """

    code = "NL107"
    name = "spinner-fragment"
    summary = "A source description left as a sentence of its own ('Someone familiar with the matter.')"
    examples = {
        "flag": [
            "WASHINGTON (Reuters) – Senior US officials traveled to Venezuela on Saturday for "
            "talks with President Nicolas Maduro’s government, seeking to determine whether "
            "Caracas is ready to distance itself from close ally Russia amid its invasion of "
            "Ukraine, the Guardian reported. Someone familiar with the matter.",
        ],
        "pass": [
            "The source told Reuters, who asked not to be named, that US and Venezuelan "
            "officials held a round of talks on Saturday, but they did not reach any agreement.",
        ],
    }
    severity = Severity.WARNING
    measured = ("dev set (1,373 records): 0 findings; the idiom ('familiar with the matter') "
                "occurs in 85 places, always in a full sentence; the seed's fragment found")

    def check(self, article: Article) -> Iterable[Hit]:
        text = article.text
        if not any(word in text for word in _HINT_WORDS) or _FRAGMENT_ALONE.search(text) is None:
            return
        for match in _FRAGMENT.finditer(text):
            fragment = " ".join(match.group("fragment").split())
            yield Hit(match.start("fragment"), match.end("fragment"),
                      f"sentence without a verb: '{fragment}' (a spinner's remnant of "
                      f"'according to a person familiar with the matter')")


@hookimpl
def newslint_rules():
    return [SpinnerFragment]
