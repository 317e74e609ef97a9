"""NL20x: links and teasers to other stories injected into the article text.

Publishers put links to their other stories inside and below the article: ``See also …``,
``READ MORE: …``, a ``Most read in world news`` box, ``… [INSIGHT]`` teasers. A scraper keeps
them as lines of text, and they read as sentences of the story.

Precision comes from shape: the line *opens* with a link label (``See also``, ``READ MORE:``,
``Related:``) followed by a headline-shaped title (short, no full stop at the end), or the whole
line *is* a section heading of a related-stories box (``You may also like``), or a title ends
with a publisher's tag (``[VIDEO]``). ``see also`` or ``read more`` inside a sentence is never
flagged, nor is a sentence (it ends with a full stop) after a label.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import islice
from typing import Iterable, Optional

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.language import CAPITALS
from newslint.lazy import lazy_pattern
from newslint.rule import Fixable, LineRule
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules.captions import is_caption_or_credit
from newslint.rules._boilerplate import flat, per_article, timestamp_shape
from newslint.rules._text import LETTERS, Kept, shortened
from newslint.rules._vocab import (COMMENT_THREAD, READ_MORE_ALONE, RELATED_HEADING, TEASER_LABEL,
                                   UNDETERMINED)

#: The end of a line, written so that RE2 runs it exactly as ``re`` does (``$`` differs before a
#: final newline): the pattern reads the same to both engines.
_EOL = r"(?:\n|\Z)"
#: Bullets and arrows that may stand before a label or a list item.
_BULLET = r"(?:[-–—•·*▪►▶>»›]+[ \t]*)?"

# -- labels ---------------------------------------------------------------------------------------

#: ``See also``-type labels (NL201): a link to one other story.
_SEE_ALSO = r"see[ \t]+also|also[ \t]+see|also[ \t]+read|read[ \t]+also"

#: Labels that open a teaser when a title follows on the same line (NL202).
#: Those in the first group may be followed by the title after a space alone (``Related articles
#: Hong Kong protests: …``); those in the second need a colon (``MORE: …``, ``Watch: …``).
_TEASER_LABEL_SPACED = (
    # (``Read more about TITLE``: Drupal's link to a post, its title spoken for screen readers.)
    r"read[ \t]+more[ \t]+about|read[ \t]+more|see[ \t]+more|read[ \t]+next|related[ \t]+(?:articles?|stories|story|posts?|content"
    r"|coverage|reading|links?|news|videos?|items?)|more[ \t]+on[ \t]+this[ \t]+story"
)
_TEASER_LABEL_COLON = (
    r"more|read|watch|listen|recommended(?:[ \t]+(?:reading|stories|articles|videos?))?"
    r"|don'?t[ \t]+miss|do[ \t]+not[ \t]+miss|must[ \t]+read|trending|popular|top[ \t]+stor(?:y|ies)"
    r"|editor'?s'?[ \t]+picks?|suggested(?:[ \t]+reading)?|more[ \t]+on"
    r"|more[ \t]+from[ \t]+\w+(?:[ \t]+\w+)?|latest|just[ \t]+in|full[ \t]+story|in[ \t]+pictures"
    r"|in[ \t]+photos|continue[ \t]+reading|read[ \t]+the[ \t]+full[ \t]+(?:story|article)"
    r"|related(?:[ \t]+\w+)?|you[ \t]+may[ \t]+also[ \t]+like"
    r"|also[ \t]+on[ \t]+[\w.]+"
    r"|on[ \t]+[A-Za-z][\w-]*\.(?:com|co\.uk|org|net|ca|com\.au|ie|in)"
)

_SEE_ALSO_LINE = lazy_pattern(
    rf"^\s*{_BULLET}(?P<label>(?i:{_SEE_ALSO}))(?P<sep>\s*[:\-–—|»›>]+\s*|\s+)(?P<rest>\S.*?)\s*$"
)
_TEASER_LINE = lazy_pattern(
    rf"^\s*{_BULLET}(?:(?P<spaced>(?i:{_TEASER_LABEL_SPACED}))(?P<sep1>\s*[:\-–—|»›>]+\s*|\s+)"
    rf"|(?P<colon>(?i:{_TEASER_LABEL_COLON}))\s*(?P<sep2>[:|»›>]+)\s*)(?P<rest>\S.*?)\s*$"
)
#: ``Read more`` / ``Read more »`` alone: the link of a teaser whose title went elsewhere.
_READ_MORE_ALONE = lazy_pattern(
    r"^\s*(?:[>»›]\s*)?(?:(?i:(?:click|tap)\s+here\s+to\s+)?(?i:read|see|view|show)\s+"
    r"(?i:more|(?:the\s+)?full\s+(?:story|article|post)"
    r"(?:\s+here)?|(?:the\s+)?original\s+(?:post|article|story))|(?i:full\s+(?:story|article)|source\s+link"
    # ``Continue reading on The Guardian``: the rest is at the publisher's, named after the link.
    r"|continue\s+reading(?:\s+(?:on|at)\s+[^\s.!?:;][^.!?:;]{1,40})?|original\s+(?:source|article|post|story)))"
    r"\s*(?:[.…]{1,3}|[>»›]+|:)?\s*$"
)
#: What :data:`_FEED_FOOTER` says before the site's name, in each language (one list for the
#: check, with ``\s`` between words, and the trigger, with ``[ \t]``).
_FEED_FOOTER_TAILS = ("appeared first on", "erschien zuerst auf", "est apparu en premier sur",
                      "se publicó primero en", "apareció primero en", "proviene da",
                      "apareceu primeiro em", "verscheen eerst op")
#: The sentence a blog's feed adds under each post, as the Yoast SEO plugin writes it in the
#: languages the rules read: ``The post TITLE appeared first on SITE.``, ``Der Beitrag TITLE
#: erschien zuerst auf SITE.`` It links back to the post's first home; no story writes it. The
#: site's name is a name (``L'articolo 3 proviene da una legge del 1948.`` is a sentence).
_FEED_FOOTER = lazy_pattern(
    r"^\s*(?:The\spost|Der\s(?:Beitrag|Artikel|Post)|L['’]article|L['’]entrée|Le\sbillet"
    r"|La\sentrada|El\s(?:post|artículo)|La\spublicación|L['’]articolo|O\s(?:post|artigo)"
    r"|Het\s(?:bericht|artikel))\s\S.{0,300}?\s(?:"
    + "|".join(tail.replace(" ", r"\s") for tail in _FEED_FOOTER_TAILS)
    + r")\s[^\s.,;a-zß-öø-ÿ][^.!?,;]{0,60}\.?\s*$"
)

# -- headings of a related-stories box (NL203) ------------------------------------------------------

_HEADING = lazy_pattern(
    r"^(?:"
    r"related(?:\s(?:articles?|stories|story|posts?|content|coverage|reading|links?|news|videos?|items?"
    r"|topics?\sarticles?))?"
    r"|more\s(?:stories|news|articles|headlines|videos|coverage|to\sread|top\sstories|from\s.{2,40}"
    r"|in\s.{2,40}|on\s.{2,40}|(?:great\s)?[\w.]+(?:\s[\w.]+)?\s(?:stories|news|articles|videos))"
    r"|most\s(?:read|popular|viewed|shared|watched|commented|e-?mailed|recent|blogged)"
    r"(?:\s(?:in|on|from)\s.{2,40}|\s(?:stories|articles|news)(?:\snow|\stoday|\sthis\sweek)?"
    r"|\s(?:now|today|this\sweek)|\s[\w&.-]{2,20}(?:\s[\w&.-]{2,20})?)?"
    r"|popular\s(?:on|in|from)\s.{2,40}|popular\s(?:stories|articles|posts|now|today|this\sweek)"
    r"|trending(?:\snow|\sstories|\snews|\sarticles|\son\s.{2,40}|\sin\s.{2,40})?"
    r"|you\s(?:may|might|could|will)\s(?:also\s)?(?:like|enjoy|love|be\sinterested\sin)"
    r"|you\s(?:may|might)\shave\smissed|in\scase\syou\smissed\sit|don'?t\smiss(?:\sthis)?|do\snot\smiss"
    r"|must\sreads?|see\salso|also\sread|also\ssee|read\salso|read\snext|what\sto\sread\snext"
    r"|recommended(?:\sfor\syou|\sstories|\sreading|\sarticles|\svideos)?|we\srecommend"
    r"|editor'?s'?\spicks?|(?:today'?s\s)?top\s(?:stories|headlines|news)|(?:all\s|more\s)?headlines"
    # The older news web's boxes: ``TOP UK STORIES``, ``LINKS TO MORE UK STORIES``, ``RELATED
    # INTERNET LINKS``, ``Past Coverage``, ``INSIDE NYTIMES.COM``.
    r"|top\s[\w.]+\s(?:stories|headlines)|links\sto\smore\s(?:[\w.]+\s){1,2}stories"
    r"|related\s(?:internet\slinks|information)|past\scoverage|inside\s[\w-]+\.(?:com|co\.uk|org|net)"
    r"|latest\s(?:news|stories|articles|headlines|posts|videos)|in\sother\snews"
    r"|(?:more\s)?(?:from\s)?around\sthe\sweb|elsewhere\son\sthe\sweb"
    r"|(?:related|popular|top|trending|recent)\s(?:searches|tags)"
    r"|further\sreading|keep\sreading|explore\sfurther|other\s(?:news|stories)"
    r"|(?:also\son|elsewhere\son|more\sfrom|more\son)\s.{2,40}|read\sthis\snext"
    r"|recent\s(?:posts|stories|articles)|similar\s(?:articles|stories|posts|news|reads|content)"
    r"|(?:also\s)?(?:read|see)\s(?:more\s)?(?:on|at)\s.{2,40}"
    r")\s*(?:[:…|»›>]+|\.\.\.)?$",
    re.IGNORECASE,
)
#: First words of a heading, for the trigger (the full check is :data:`_HEADING`).
_HEADING_TRIGGER = (
    r"related|more[ \t]|most[ \t]|popular[ \t]|trending|you[ \t]+m(?:ay|ight)|you[ \t]+(?:could|will)"
    r"|in[ \t]case|don'?t[ \t]miss|do[ \t]not|must[ \t]read|also[ \t]|read[ \t]|see[ \t]"
    r"|what[ \t]to|recommended|we[ \t]recommend|editor|top[ \t]stories|latest[ \t]|further[ \t]reading"
    r"|keep[ \t]reading|explore[ \t]further|other[ \t]|elsewhere|recent[ \t]|today|top[ \t]|all[ \t]"
    r"|headlines|in[ \t]other|around[ \t]|from[ \t]around|trending|links[ \t]to[ \t]more|past[ \t]coverage"
    r"|inside[ \t]|similar[ \t]"
)

# -- tagged teasers (NL204) -----------------------------------------------------------------------

#: The tags publishers put after a teaser's title: ``… [INSIGHT]``, ``… [VIDEO]``, ``… [PICS]``.
_TAGS = (
    r"INSIGHT|VIDEO|VIDEOS|PICS|PICTURES|PHOTOS|GALLERY|REACTION|NEWS|WARNING|REVEAL|REVEALED|LATEST"
    r"|ANALYSIS|POLL|UPDATE|LIVE|EXPLAINED|EXCLUSIVE|COMMENT|OPINION|INTERVIEW|QUIZ|LISTEN|WATCH|MAP"
    r"|MAPPED|CHART|GRAPHIC|EXPLAINER|REVIEW|PODCAST|SPOTLIGHT|EVIDENCE|TRENDING|LATEST[ \t]NEWS"
    r"|BREAKING|FULL[ \t]STORY|READ|MORE|SEE"
)
_TAGGED = lazy_pattern(rf"\[\s?(?P<tag>{_TAGS})\s?\]\s*[|,;]?\s*")

# -- shapes ---------------------------------------------------------------------------------------

_WORD = lazy_pattern(r"[^\W_]+(?:['’\-][^\W_]+)*")
_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with",
                "by", "from", "as", "is", "vs", "via", "up", "off", "out", "over", "into", "nor",
                "so", "yet", "per", "than", "after", "about", "amid", "be", "are", "was", "it"}


def is_title(text: str, max_words: int = 25) -> bool:
    """Whether ``text`` is shaped like a headline: short, opens with a capital, no final full stop.

    A question or an exclamation is a headline too (``… save Christmas, why?``); two sentences
    (a full stop followed by more text) are not.
    """
    text = text.strip().rstrip("|").strip()
    # The tests of one character first: most paragraphs of prose are refused before their words
    # are listed.
    first = text.lstrip("\"'“‘(«[ ")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if (text.endswith(".") and not text.endswith(("...", ".."))) or text.endswith(":"):
        return False  # a sentence, or a line introducing what follows
    # (counted up to one past the limit: a paragraph's words are not all listed)
    if not 2 <= sum(1 for _ in islice(_WORD.finditer(text), max_words + 1)) <= max_words:
        return False
    if _TWO_SENTENCES.search(text):  # two sentences: a teaser paragraph
        return False
    return True


_TWO_SENTENCES = lazy_pattern(r"[a-z0-9\"”’)][.!?]\s+[A-Z]")


def is_title_case(text: str) -> bool:
    """Whether the significant words of ``text`` are capitalised (``11 Fascinating Facts About …``)."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitalised >= 0.8 * len(words)


#: The most characters of a line its message quotes.
_SHOWN = 50


#: Headings whose last part names a site or section: ``More from Sportsnet``, ``Popular on
#: IndieWire``. That part must be capitalised, else it is a sub-heading of the story (``More from
#: the interview``).
_NAMED_HEADING = lazy_pattern(
    r"^(?i:more\s(?:from|in|on)|popular\s(?:on|in|from)|also\son|elsewhere\son"
    # … and a section named right after "most read" (``Most Read World``, ``Most Popular Sports``).
    r"|most\s(?:read|popular|viewed|shared|watched|commented|e-?mailed|recent|blogged)"
    r"(?!\s(?:in|on|from|stories|articles|news|now|today|this)\b))\s(?P<name>\S.*)$"
)


#: "More from" a section in the other languages the rules read, the section after it, one to
#: four words (``Mehr aus der Region``, ``Weitere Meldungen aus der Rubrik Politik:``, ``Plus
#: d'articles dans la rubrique Politique``, ``Más noticias de Política``, ``Altre notizie da
#: Politica``, ``Mais notícias de Política``, ``Meer nieuws uit Politiek``): the phrases name
#: no writer (``von``, ``de`` after a noun of stories is the section's).
_FOREIGN_MORE_FROM = lazy_pattern(
    r"^(?:(?:mehr|weitere\s(?:meldungen|artikel|nachrichten|beiträge|news|themen|berichte))\saus"
    r"(?:\s(?:dem|der|dieser|diesem|unserer|unserem|den))?"
    r"|(?:plus|d['’]autres)\sd?['’]?(?:articles|actualités|infos|informations)\s(?:dans|de|en|sur)"
    r"(?:\sla\srubrique)?"
    r"|(?:más|otras)\s(?:noticias|artículos)\s(?:de|en|sobre)(?:\sla\ssección)?"
    r"|altr[ei]\s(?:notizie|articoli)\s(?:da|di|su|in|dalla|della|dal|del|dalla\ssezione)"
    r"|(?:mais|outras)\s(?:notícias|artigos)\s(?:de|em|sobre|da|do|na|no)"
    r"|meer\s(?:nieuws|artikelen|berichten)\s(?:uit|over|in|van\sde\srubriek)"
    # … and the most read of a section (``Mais lidas em Esporte``, ``Lo más leído en Deportes``,
    # ``Les plus lus en Sport``, ``I più letti di Sport``, ``Meistgelesen in Sport``).
    r"|(?:(?:as|os)\s)?mais\s(?:lidas|lidos|vistas|vistos)\s(?:em|de|do|da|no|na)"
    r"|(?:lo\smás\s(?:leído|visto)|(?:las\s|los\s)?más\s(?:leídas|leídos|vistas|vistos))\s(?:en|de)"
    r"|les\splus\s(?:lus|vus|partagés|commentés)\s(?:en|de|dans)"
    r"|(?:i\s|le\s)?più\s(?:letti|lette|visti)\s(?:di|in|da)"
    r"|meistgelesen(?:e|en)?\s(?:in|im|aus)|meest\sgelezen\s(?:in|uit))"
    r"\s(?P<name>[^\s.!?,;:][^.!?,;:]{0,40}?):?$", re.IGNORECASE)
#: Their first words, for the triggers.
FOREIGN_MORE_FROM_TRIGGER = (
    r"^[ \t]*(?i:mehr[ \t]aus|weitere[ \t](?:meldungen|artikel|nachrichten|beitr|news|themen|berichte)"
    r"[ \t]aus|plus[ \t]d|d['’]autres[ \t]|más[ \t]noticias|más[ \t]art|otras[ \t]|altr[ei][ \t]"
    r"|mais[ \t]not|mais[ \t]artigos|outras[ \t]|meer[ \t](?:nieuws|artikelen|berichten)"
    r"|(?:as|os)[ \t]mais[ \t]|mais[ \t](?:lid|vist)|lo[ \t]más[ \t]|las[ \t]más|los[ \t]más|más[ \t](?:le|vi)"
    r"|les[ \t]plus[ \t]|i[ \t]più|le[ \t]più|più[ \t](?:lett|vist)|meistgelesen|meest[ \t]gelezen)")
#: The most words of the section's name after such a heading.
_MORE_FROM_NAME_WORDS = 4


#: A heading of another language followed by where its stories are, one to four words: the
#: site or its section (``auf MeinMMO``, ``bei SWR.de/Sport``, ``im Ressort``). Not *von*, *de*,
#: *from*: those name a writer as often (``Empfehlungen von Dennis:``, the story's own list).
_SITE_AFTER_HEADING = lazy_pattern(
    r"^(?P<head>.+?)\s(?:auf|bei|im|sur|chez|en|su|no|na|op|bij|on|at)"
    r"\s(?P<name>\S+(?:\s\S+){0,3}?):?$")


#: Bullets and blanks around a heading, stripped before it is read.
_HEADING_EDGE = "-–—•·*▪►▶ "


def heading_phrase(text: str, language: str = "en") -> Optional[str]:
    """The related-stories heading that ``text`` is, whole line (``You may also like``), if any.

    ``language``: the document's; headings in its language count too (``Mehr zum Thema``)."""
    reading = _HEADINGS.get(text, _UNREAD)
    if reading is _UNREAD:
        reading = _HEADINGS.keep(text, _heading_reading(text))
    if reading is None:
        return None
    phrase, matched = reading
    # (A closing "!", "?" or dots is read by the lexicon: ``Você pode gostar...``.)
    return phrase if matched or RELATED_HEADING.label(phrase, language) else None


def _heading_reading(text: str) -> Optional[tuple[str, bool]]:
    """What :func:`heading_phrase` reads in ``text`` whatever the language: ``None`` when it is
    no heading in any, else its flat phrase and whether the English pattern takes it (else it is
    a label of some language, and the lexicon is asked in the document's)."""
    # Nine words that each keep a character through the strip below make nine words or more of
    # the flat line: a paragraph is refused before it is made flat.
    words = text.split(None, 9)
    if len(words) > 9 and all(word.strip(_HEADING_EDGE) for word in words[:9]):
        return None
    # (the shared flat form, kept for a short line: ``str.split`` splits at the no-break space too;
    # its words are one space apart, and none stands at either end once stripped)
    phrase = flat(text).strip(_HEADING_EDGE)
    if not phrase or len(phrase) > 60 or phrase.count(" ") > 7:  # (nine words or more)
        return None
    more_from = _FOREIGN_MORE_FROM.match(phrase)
    if more_from is not None and len(more_from.group("name").split()) <= _MORE_FROM_NAME_WORDS:
        return phrase, True
    if not _HEADING.match(phrase):
        # (a label of no language is none of the document's: ``und`` reads them all)
        if RELATED_HEADING.label(phrase, UNDETERMINED):
            return phrase, False
        # A heading that names the site after it (``Mehr Kolumnen auf MeinMMO:``, ``Die
        # meistgelesenen Artikel bei SWR.de/Sport``): the heading before the name.
        named = _SITE_AFTER_HEADING.match(phrase)
        if named and all(word[:1].isupper() or "." in word
                         for word in named.group("name").split()) \
                and RELATED_HEADING.label(named.group("head"), UNDETERMINED):
            return named.group("head"), False
        return None
    named = _NAMED_HEADING.match(phrase)
    if named and named.group("name").lower() != "the web" and not any(
            word[:1].isupper() or "." in word for word in named.group("name").split()):
        # (a box's own heading of that shape is in the lexicon: ``More on this story``)
        return (phrase, False) if RELATED_HEADING.label(phrase, UNDETERMINED) else None
    return phrase, True


#: What the text alone says of a line, for the texts met lately: most lines are asked about
#: again, by a helper, another rule (NL310 reads headings too) or another document of the same
#: site.
_HEADINGS = Kept()
_UNREAD = object()


# -- the rules ------------------------------------------------------------------------------------


class SeeAlsoLink(LineRule):
    """A ``See also`` link to another story, injected between paragraphs.

    What it flags:
        A line that opens with ``See also``, ``Also see``, ``Also read`` or ``Read also``
        followed by the title of another story (a headline: short, capitalised, no final full
        stop). ``see also`` inside a sentence, or followed by a lower-case clause, is not flagged.

    Why it matters:
        Content farms and CMS plug-ins inject links to unrelated stories into the body; scraped,
        the link's title reads as a sentence of the article (often a non sequitur).

    Example:
        ``See also  The UK has only a few days to save Christmas, why?``
    """

    code = "NL201"
    fix = Fixable("remove-line", safe=False)
    name = "see-also-link"
    summary = "A 'See also' link to another story injected into the text"
    examples = {
        "flag": ["See also\u00a0 The UK has only a few days to save Christmas, why?"],
        "pass": [
            "Also, we hope you have as much fun as we did getting to know him better! Here’s "
            "what he had to say…",
        ],
    }
    languages = ("en",)
    measured = figures("NL201")
    trigger = rf"^[ \t]*{_BULLET}(?i:{_SEE_ALSO})"

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        match = _SEE_ALSO_LINE.match(line.text)
        if match is None:
            return
        rest = match.group("rest")
        if is_title(rest, max_words=30):
            yield Hit(*line.span(), f"injected link to another story: {match.group('label')} "
                                    f"'{shortened(rest, _SHOWN)}'")


class ReadMoreTeaser(LineRule):
    """A ``READ MORE:``-style teaser: a link label and the title of another story.

    What it flags:
        A line that opens with a teaser label (``READ MORE:``, ``SEE MORE:``, ``Related:``,
        ``Related articles``, ``MORE:``, ``Watch:``, ``Don't miss:``, ``On HoustonChronicle.com:``)
        followed by a headline-shaped title, and a lone ``Read more`` link (``Full story``,
        ``View original post``, ``Source link``, ``Continue reading on The Guardian``, ``Click
        here to read the full article.``; with the title standing right above it, if there is
        one); the sentence a blog's feed adds under a post to link back to it (``The post TITLE
        appeared first on SITE.``, ``Der Beitrag TITLE erschien zuerst auf SITE.``, as the Yoast
        SEO plugin writes it in the languages the rules read). Labels that are
        ordinary words (``More``, ``Watch``, ``Latest``) count only with a colon; a sentence
        after the label (it ends with a full stop) is not flagged.

    Why it matters:
        The teaser is a link to a different story; scraped into the text it interrupts the
        article with another story's headline.

    Example:
        ``READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing``
    """

    code = "NL202"
    fix = Fixable("remove-line", safe=True)
    name = "read-more-teaser"
    summary = "A 'READ MORE:'-style teaser for another story injected into the text"
    examples = {
        "flag": [
            "READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing",
        ],
        "pass": ["More information:"],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL202")
    trigger = (
        rf"^[ \t]*{_BULLET}(?i:read[ \t]|see[ \t]more|view[ \t]more|show[ \t]more|related|more|watch"
        r"|listen|recommended|don'?t[ \t]|do[ \t]not|must[ \t]|trending|popular|top[ \t]stor|editor"
        r"|suggested"
        r"|latest|just[ \t]in|full[ \t]story|full[ \t]article|source[ \t]link|view[ \t]original|view[ \t]the"
        r"|original[ \t]"
        r"|in[ \t]p|continue|you[ \t]may|also[ \t]on|on[ \t]\w+\.|click[ \t]here[ \t]to[ \t]read"
        r"|tap[ \t]here[ \t]to[ \t]read)"
        "|" + TEASER_LABEL.line_start_trigger() + "|" + READ_MORE_ALONE.line_start_trigger()
        + "|" + "|".join(tail.replace(" ", r"[ \t]") for tail in _FEED_FOOTER_TAILS)
    )

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        if line is article.headline:  # (the headline alone: cheaper than every role)
            return
        text = line.text
        if _FEED_FOOTER.match(text):
            yield Hit(*line.span(), "a feed's link back to the post's first home left in the text")
            return
        language = article
        if _READ_MORE_ALONE.match(text) or READ_MORE_ALONE.label(text, language):
            title = line.neighbour(-1)
            if title is not None and title.ordinal > 0 and _is_pair_title(title.text) and \
                    not is_caption_or_credit(title.text) and not _READ_MORE_ALONE.match(title.text):
                yield Hit(*title.span(), f"teaser for another story, before its '{shortened(text.strip(), _SHOWN)}'"
                                         f" link: '{shortened(title.text.strip(), _SHOWN)}'")
            yield Hit(*line.span(), f"'{shortened(text.strip(), _SHOWN)}' link left in the text")
            return
        if heading_phrase(text, language):
            return  # a heading alone: NL203
        match = _TEASER_LINE.match(text)
        if match is not None:
            rest = match.group("rest")
            label = match.group("spaced") or match.group("colon")
        else:
            opener = TEASER_LABEL.opener(text, language)
            if opener is None:
                return
            rest = text[opener.end():].strip(" \t:-–—|»›>…")
            label = opener.group().strip(" \t:-–—|»›>…•·*")
        if not rest or not is_title(rest):  # a sentence after the label is the story's own
            return
        yield Hit(*line.span(), f"teaser for another story: {shortened(label, _SHOWN)} '{shortened(rest, _SHOWN)}'")


class RelatedStoriesHeading(LineRule):
    """The heading of a related-stories box, alone on its line.

    What it flags:
        A short line that is only the heading of a box of links to other stories:
        ``Related``, ``Related articles``, ``Most read in world news``, ``You may also like``,
        ``More from Sportsnet``, ``Popular on IndieWire``, ``DON'T MISS``, ``Top stories``; in
        the other languages the rules read too (``Das könnte Sie auch interessieren!``,
        ``Você pode gostar...``), a closing ``!``, ``?`` or dots aside, and followed by where
        the stories are (``Mehr Kolumnen auf MeinMMO:``, ``Die meistgelesenen Artikel bei
        SWR.de/Sport``; not by whom: ``Empfehlungen von Dennis:`` may head the story's own list),
        and "more from" a section, the section after it in four words at most (``Mehr aus der
        Region``, ``Weitere Meldungen aus der Rubrik Politik:``, ``Plus d'articles dans la rubrique
        Politique``, ``Más noticias de Política``, ``Meer nieuws uit Politiek``).

    Why it matters:
        The box's links may be gone, but the heading stays in the text as a one-line paragraph
        that no article contains; where the links stayed too, NL205 flags them.

    Example:
        ``Most read in world news``
    """

    code = "NL203"
    fix = Fixable("remove-line", safe=True)
    name = "related-stories-heading"
    summary = "The heading of a related-stories box (Related, Most read, You may also like)"
    examples = {
        "flag": ["You may also like..."],
        "pass": ["UP NEXT"],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL203")
    trigger = (rf"^[ \t]*{_BULLET}(?i:{_HEADING_TRIGGER})|" + RELATED_HEADING.line_start_trigger()
               + "|" + FOREIGN_MORE_FROM_TRIGGER)

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        # Even as the first line (where the article model guesses a headline): no headline is
        # only "You may also like".
        phrase = heading_phrase(line.text, article)
        if phrase:
            yield Hit(*line.span(), f"related-stories heading: '{shortened(phrase, _SHOWN)}'")


class TaggedTeaser(LineRule):
    """A teaser title ending with a publisher's tag: ``… [INSIGHT]``, ``… [VIDEO]``.

    What it flags:
        A headline-shaped line (short, no final full stop) that ends with a bracketed upper-case
        tag from the vocabulary publishers use for links to their other stories (``[INSIGHT]``,
        ``[VIDEO]``, ``[PICS]``, ``[REACTION]``, ``[NEWS]``, ``[WARNING]``, …), possibly several
        teasers on one line. A source tag like ``[CNBC]`` or ``[The Verge]`` is not a teaser tag.

    Why it matters:
        These are links to other stories, listed inside the article; scraped, they read as
        headlines in the middle of the text.

    Example:
        ``BLACK DEATH PLAGUE fears: Holidaymakers die after eating marmot [INSIGHT]``
    """

    code = "NL204"
    fix = Fixable("remove-line", safe=True)
    name = "tagged-teaser"
    summary = "A teaser for another story tagged [INSIGHT], [VIDEO], [PICS] …"
    examples = {
        "flag": ["Plane passengers quarantined after BUBONIC PLAGUE outbreak [NEWS]"],
        "pass": ["Why Can’t Taylor Swift Perform Her Own Songs? It’s Complicated [Bloomberg]"],
    }
    languages = ("en",)
    measured = figures("NL204")
    trigger = rf"\[[ \t]?(?:{_TAGS})[ \t]?\][ \t]*[|,;]?[ \t]*{_EOL}"

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        if line is article.headline:  # (the headline alone: cheaper than every role)
            return
        text = line.text.strip()
        parts = _TAGGED.split(text)  # title, tag, title, tag, …, ""
        titles, tags = parts[0::2], parts[1::2]
        if titles and not titles[-1].strip():
            titles = titles[:-1]
        if not tags or len(titles) != len(tags):
            return
        if all(is_title(title, max_words=30) for title in titles):
            yield Hit(*line.span(),
                      f"teaser for another story tagged [{tags[0]}]: '{shortened(titles[0], _SHOWN)}'")


class RelatedStoryList(LineRule):
    """Headlines of other stories listed in the text: under a related-stories heading, in a
    tabloid's kicker-and-title list, over cut-off excerpts, or as a run after the prose.

    What it flags:
        The headline-shaped lines (short, no final full stop) that follow a related-stories
        heading (``You may also like…``, ``Most read in world news``), up to the first line that
        reads as prose; capitalised kickers over teaser titles (``RANDY ANDY`` / ``Andrew
        parties in unearthed pics …``), two pairs or more, or one in the second half of the
        text; titles over excerpts cut off by the widget (``… plus JBL he...``), two pairs or
        more; the summaries in a box of cards, each a title (and kicker) over one paragraph that
        sums its story up, two cards or more (``Latest news`` / ``Kim Kardashian, Christian
        Bale support UCLA Promise Institute`` / ``The decision to contribute proceeds …``), the
        card's label over its title when the next or the last card has the same (``dpa-Radsportnews``), a
        card's own ``Continue reading`` link under it left to NL202, up to a paragraph of prose
        after one (the story going on), and in a numbered box the ranks alone on their lines
        between its headlines (``Les plus partagés`` / ``1`` / ``Une jupe pas très «laïque» …``
        / ``2`` / …), counting up from one (and again from one after three ranks or more: the
        box's next tab, its label lost), the line under a rank read as its story's headline
        whatever its shape once the box has shown one or the next rank follows (``3`` / ``For
        years, people pinned dollar bills to the ceiling of Alameda bar. Why they finally took
        them down``); two or more headlines in a row, each with its comment count, as a box of
        the most commented stories lists them (``FBI Reveals How Boko Haram And Niger Delta
        Militants Collaborate - CNN 16 comments``; a blog's posts each have their own text under
        their meta line); a headline of nine words or
        more set in capitals between two paragraphs of prose (``TAYLOR SWIFT'S FORMER LABEL BOSS
        BLASTS HER SCOOTER BRAUN 'BULLYING' CLAIMS, SAYS SHE KNEW ABOUT SALE``), where a
        sub-heading in capitals is shorter; after a paragraph of prose in the second half of
        the text, a run of two or more lines in headline case (``15 Amazing Images of Stars`` /
        ``- 11 Fascinating Facts About Our Milky Way Galaxy``), bulleted or not; a box of cards
        set apart by lone marks after the story began, each a headline and a line under it, three
        cards at least (``-`` / ``Pats place Olszewski on IR`` / ``New England's roster is
        re-shuffling`` / ``-`` / …), where a menu between marks has one line each; and a list of
        dated cards, each a headline (with a byline or section label, and a summary last, or
        neither) and its date, the same pattern repeated, three cards at least, newest first
        (or the dates alike; unknown order only with a byline, label or summary in each card),
        prose standing elsewhere in the text (``Woman attacks female inspector …`` / ``April
        26, 2022`` / ``Latest News`` / ``Russia removed as host …`` / ``April 26, 2022`` /
        ``Latest News``). A timeline of the story runs oldest first and has no byline per
        entry; a live blog's entries (a paragraph under each) are stamped with times or ages,
        where cards with a summary carry dates; a page's own header (section, stamp, headline,
        byline) is one card; a comment thread (a *Reply* button in each) is NL302's. Lists of
        the story are left alone too: a run whose items share one pattern (``Spain (Group F): 11th appearance``), one that follows a
        line introducing it (``The five are:``), items under a capitalised sub-heading that
        follow one another (``NOT SCARY`` / ``Writing a blog post`` / ``Speaking to …``).

    Why it matters:
        The box's links are other stories' headlines: scraped, they sit between or after the
        paragraphs as if the article went on with them.

    Example:
        ``Who will make the Rock Hall in 2020?`` (under ``You may also like...``)
    """

    code = "NL205"
    fix = Fixable("remove-line", safe=True)
    name = "related-story-list"
    summary = "Headlines of other stories listed under a related-stories heading or after the prose"
    examples = {
        "flag": [
            "The Doobie Brothers are nominated for the Rock and Roll Hall of Fame’s Class of "
            "2020, which will be honored at Cleveland’s Public Auditorium on May 2. The band "
            "currently sits in third place in the annual Fan Vote.\n\n"
            "You may also like...\n\n"
            "Who will make the Rock Hall in 2020?\n\n"
            "Dave Matthews Band takes over Rock Hall Fan Vote\n\n"
            "Doobie Brothers perform with Santana at Blossom Music Center in 2019\n\n"
            "25 worst Rock and Roll Hall of Fame Inductees ever",
        ],
        "pass": [
            "The five companies join nine others selected by CLPS in November 2018, bringing the "
            "total number of private moon lander hopefuls to 14 firms.\n"
            "The newly selected five are:\n"
            "- Blue Origin, Kent, Washington\n"
            "- Ceres Robotics, Palo Alto, California\n"
            "- Sierra Nevada Corporation, Louisville, Colorado\n"
            "- SpaceX, Hawthorne, California\n"
            "- Tyvak Nano-Satellite Systems Inc., Irvine, California",
        ],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL205")
    #: How many titles a box holds at most.
    MAX_ITEMS = 16
    trigger = (
        rf"^[ \t]*{_BULLET}(?i:{_HEADING_TRIGGER})"
        rf"|^[ \t]*(?:[-–•·*▪►▶][ \t]+)?[\"'“‘„«]?[{CAPITALS}0-9][^\s]*[ \t]+[{CAPITALS}0-9][^\s]*[ \t]+"
        rf"(?:[a-zß-öø-ÿ]{{1,4}}[ \t]+)?[{CAPITALS}0-9]"
        rf"|^[ \t]*[\"'“‘„«]?[{CAPITALS}][{CAPITALS}'’ ,!?&-]{{2,40}}[\"'’”“»]?[ \t]*" + _EOL +
        r"|(?:\.\.\.|…)[ \t]*" + _EOL + "|" + RELATED_HEADING.line_start_trigger()
        + "|" + FOREIGN_MORE_FROM_TRIGGER
        # A card's date: a year, a numeric date or an age.
        + r"|(?:19|20)[0-9][0-9]|[0-9][./][0-9]{1,2}[./]|[0-9][ \t]+(?i:min|hours?|days?|weeks?"
        r"|months?|minuten|stunden?|tagen?|wochen?|monaten?)|(?i:vor)[ \t]+[0-9]"
        # A lone mark between cards of other stories.
        r"|^[ \t]*[-–—|•·*/][ \t]*" + _EOL
        # A headline with its comment count (a box of the most commented stories).
        + r"|[ \t][0-9]{1,5}[ \t](?i:comments?|kommentare?|commentaires?|comentarios?|commenti"
        r"|coment)[^\n]{0,4}" + _EOL
    )

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        if _SEPARATOR.match(line.text):
            yield from _separated_cards(line)
            return
        if _commented_headline(line.text) and any(
                other is not None and _commented_headline(other.text)
                for other in (line.neighbour(-1), line.neighbour(1))):
            yield Hit(*line.span(), f"headline of another story with its comment count: "
                                    f"'{shortened(line.text.strip(), _SHOWN)}'")
            return
        phrase = heading_phrase(line.text, article)
        if phrase:
            yield from self._items_under(line, phrase)
            return
        found = _SHAPES.get(line.text)
        if found is None:
            found = _SHAPES.keep(line.text, _line_shape(line))
        may_be_date, shape = found
        if not may_be_date:
            yield from self._undated_hits(line, article, shape)
            return
        # A line that may be a card's date is read as a stamp only where that decides: where it
        # may open a list of cards, or is else reported. Most are neither, and reading a stamp in
        # another language asks for the document's language.
        hits = list(self._undated_hits(line, article, shape))
        if (hits or _may_open_cards(line)) and _reads_as_date(line):
            yield from _dated_cards(line)
        else:
            yield from hits

    def _undated_hits(self, line: Line, article: Article, shape: str) -> Iterable[Hit]:
        """The findings of a line that is no heading and no card's date (``shape``: see
        :func:`_line_shape`)."""
        if line is article.headline:  # (the headline alone: cheaper than every role)
            return
        if shape == "k":
            yield from self._kicker_pairs(line)
            return
        if shape == "e":
            yield from self._excerpt_pair(line)
            return
        if shape == "c":
            previous, following = line.neighbour(-1), line.neighbour(1)
            # (Between paragraphs in small letters: copy set all in capitals, as old wire copy
            # is, has no headline in capitals to tell apart.)
            if previous is not None and following is not None and _is_prose(previous) \
                    and _is_prose(following) and not _in_capitals(previous.text) \
                    and not _in_capitals(following.text):
                yield Hit(*line.span(), f"headline of another story set in capitals between "
                                        f"paragraphs: '{shortened(line.text.strip(), _SHOWN)}'")
            return
        if line.ordinal < max(2, article.paragraph_count // 2):
            return  # such lists follow the story: in its first half, a list is the story's own
        previous = line.neighbour(-1)
        # (the paragraph above first: it is read at its end, the line's headline shape by a dozen
        # patterns)
        if previous is None or not _is_prose(previous) or not _is_headline_item(line.text):
            return  # not the first of a run after the prose (or under a list heading of the story)
        run = [line]
        following = line.neighbour(1)
        while following is not None and _is_headline_item(following.text) and len(run) < self.MAX_ITEMS:
            run.append(following)
            following = following.neighbour(1)
        if len(run) >= 2 and not parallel(run) and not enumerated(run):
            for item in run:
                yield Hit(*item.span(), f"headline of another story in a list after the article: "
                                        f"'{shortened(item.text.strip(), _SHOWN)}'")

    def _kicker_pairs(self, kicker: Line) -> Iterable[Hit]:
        """``RANDY ANDY`` / ``Andrew parties in unearthed pics …``: a capitalised kicker over a
        teaser's title, the way tabloids list their other stories. A sub-heading of the story
        is followed by prose, not by a title: the pair must be followed by another pair, or
        stand in the second half of the text."""
        previous = kicker.neighbour(-1)
        if previous is not None and (_is_kicker(previous.text) or heading_phrase(previous.text, kicker.article)):
            return  # inside a run, or under a heading (whose items are flagged from the heading)
        if previous is not None and _is_teaser_title(previous.text) and \
                (previous.neighbour(-1) is not None and _is_kicker(previous.neighbour(-1).text)):
            return  # not the first pair of the run: flagged from the first
        start = _card_start(kicker)
        if start is not kicker and any(kicker in kickers for kickers, _, _ in self._card_run(start)):
            return  # a card of a run of cards: flagged from the first
        cards = self._card_run(kicker)
        if cards:
            for kickers, title, summary in cards:
                yield from _teaser_hits(kickers, title, summary)
            return
        pairs: list[tuple[list[Line], Line]] = []  # (kickers, title): a label may stand over a kicker
        current: Optional[Line] = kicker
        while current is not None and len(pairs) < self.MAX_ITEMS:
            teaser = _kickers_and_title(current)
            if teaser is None:
                break
            after = teaser[1].neighbour(1)
            if after is not None and not _is_kicker(after.text) and is_title(after.text):
                break  # a list under a sub-heading of the story: item after item
            pairs.append(teaser)
            current = after
        if not pairs or (len(pairs) == 1 and kicker.ordinal < kicker.article.paragraph_count // 2):
            return
        for kickers, title in pairs:
            yield from _teaser_hits(kickers, title, None)

    def _card_run(self, kicker: Line) -> list[tuple[list[Line], Line, Optional[Line]]]:
        """Cards of other stories from ``kicker`` on: kicker, title, and one paragraph that sums
        the story up (``'A NATIONAL TRAGEDY'`` / ``Watching This Koala Get Rescued …`` / ``Dozens
        of bushfires are spreading …``). Two cards with their summary at least, else none: one
        capitalised sub-heading over a headline-shaped line and a paragraph may be the story's."""
        cards: list[tuple[list[Line], Line, Optional[Line]]] = []
        current: Optional[Line] = kicker
        while current is not None and len(cards) < self.MAX_ITEMS:
            teaser = _kickers_and_title(current)
            if teaser is None:
                break
            kickers, title = teaser
            summary = title.neighbour(1)
            if summary is None or _is_kicker(summary.text) or not _is_summary(summary):
                cards.append((kickers, title, None))
                break
            cards.append((kickers, title, summary))
            current = summary.neighbour(1)
        return cards if sum(1 for *_, summary in cards if summary is not None) >= 2 else []

    def _excerpt_pair(self, excerpt: Line) -> Iterable[Hit]:
        """A teaser's title over a cut excerpt of its story (``… plus JBL he...``), in a run of
        two such pairs at least: a related-posts widget with excerpts."""
        title = excerpt.neighbour(-1)
        if title is None or not _is_pair_title(title.text):
            return
        before = title.neighbour(-1)
        after = excerpt.neighbour(1)
        after_excerpt = after.neighbour(1) if after is not None else None
        if not ((before is not None and _is_excerpt(before.text)) or
                (after is not None and after_excerpt is not None and _is_pair_title(after.text)
                 and _is_excerpt(after_excerpt.text))):
            return
        yield Hit(*title.span(), f"headline of another story over its excerpt: "
                                 f"'{shortened(title.text.strip(), _SHOWN)}'")
        yield Hit(*excerpt.span(), f"excerpt of another story, cut off: "
                                   f"'{shortened(excerpt.text.strip(), _SHOWN)}'")

    def _items_under(self, heading: Line, phrase: str) -> Iterable[Hit]:
        items: list[tuple[Line, str]] = []  # (line, "title" | "kicker" | "summary" | "rank")
        item = heading.neighbour(1)
        language = heading.article
        rank = 0  # the rank a numbered box's next item shows (``Most read`` / ``1`` / title / ``2``)
        while item is not None and len(items) < 2 * self.MAX_ITEMS:
            text = item.text.strip()
            number = _RANK.match(text)
            if number is not None and (int(number.group(1)) == rank + 1 or (
                    int(number.group(1)) == 1 and rank >= RANKS_BEFORE_RESTART and items[-1][1] == "title")):
                # (the ranks may start again at one after a headline: the box's next tab,
                # ``Most shared`` under ``Most read``, whose own label the scrape lost)
                rank = int(number.group(1))
                items.append((item, "rank"))
                item = item.neighbour(1)
                continue
            if heading_phrase(text, language) or _TAGGED.search(text) or is_caption_or_credit(text):
                break  # another box, or a line another rule owns
            if items and _READ_MORE_ALONE.match(text):
                item = item.neighbour(1)  # a card's own link ("Continue reading") under its
                continue                  # summary: NL202 reports it, the box goes on
            if _READ_MORE_ALONE.match(text) or _TEASER_LINE.match(text) or _SEE_ALSO_LINE.match(text):
                break
            if items and items[-1][1] == "rank" and len(text) <= RANKED_TITLE_CHARS and (
                    any(kind == "title" for _, kind in items) or _next_rank(item, rank)):
                # Under its rank, a line is the ranked story's headline by where it stands,
                # whatever its shape (``3`` / ``For years, people pinned dollar bills to the
                # ceiling of Alameda bar. Why they finally took them down``), once the box has
                # shown a headline under a rank or the next rank follows (ranks alone over a
                # paragraph are a table's column).
                items.append((item, "title"))
                item = item.neighbour(1)
                continue
            if _not_a_headline(text) and len(text.split()) <= 12:
                item = item.neighbour(1)  # a share or subscribe button inside the box: not a
                continue                  # headline, not ours to flag, and not the box's end
            if is_title(text.lstrip("-–•·*▪►▶ "), max_words=20):
                items.append((item, "title"))
            elif _is_kicker(text) or _label_over_title(item):
                items.append((item, "kicker"))
            elif items and items[-1][1] == "title" and _is_summary(item):
                items.append((item, "summary"))  # a card: the title over its story's summary
            else:
                break
            item = item.neighbour(1)
        if items and items[-1][1] == "summary" and item is not None and _is_prose(item):
            # The story goes on after a box set in it: a paragraph of prose follows this one,
            # which is the story's (the box ends at the title before it, as without cards).
            items.pop()
        if _cards(items) < 2:
            # One title over a paragraph is not a box of cards: the box ends at the paragraph.
            cut = next((n for n, (_, kind) in enumerate(items) if kind == "summary"), len(items))
            items = items[:cut]
        while items and items[-1][1] in ("kicker", "rank"):
            items.pop()  # a kicker or a rank introduces a title: alone at the end, it is
                         # something else
        if not any(kind == "title" for _, kind in items):
            return  # (ranks alone: a table's first column, not a box of headlines)
        for line, kind in items:
            what = ("summary of another story" if kind == "summary" else
                    "rank of another story" if kind == "rank" else "headline of another story")
            yield Hit(*line.span(), f"{what} under '{shortened(phrase, 30)}': "
                                    f"'{shortened(line.text.strip(), _SHOWN)}'")


#: A rank alone on its line, as a box of the most read stories numbers its headlines: ``1``,
#: ``2.``, ``#3``.
_RANK = lazy_pattern(r"#?(\d{1,2})[.)]?$")
#: A headline and its story's comment count, as a box of the most commented stories lists them
#: (``FBI Reveals How Boko Haram And Niger Delta Militants Collaborate - CNN 16 comments``).
_COMMENTED_HEADLINE = lazy_pattern(
    r"(?P<title>[\w\"'“‘„«].{1,200}?)\s+\d{1,5}\s+(?:comments?|kommentare?|commentaires?|comentarios?"
    r"|commenti|comentários?)\s*$", re.IGNORECASE)
#: The words the count ends with, as the line's end is tested before the pattern.
_COMMENT_WORDS = ("comment", "comments", "kommentar", "kommentare", "commentaire", "commentaires",
                  "comentario", "comentarios", "commenti", "comentário", "comentários")


def _commented_headline(text: str) -> bool:
    """A headline with its comment count: the headline no sentence, no label's value and no
    post's meta line (``Veröffentlicht unter Allgemein | 1 Kommentar``, ``12/04/2020 by Kay 24
    Comments``): one of several in a row, as a box lists them (each post of a blog's page has its
    own text under its meta line)."""
    text = text.strip()
    if not text[-12:].casefold().endswith(_COMMENT_WORDS):
        return False  # (most lines NL205 is offered: the pattern's lazy title need not be tried)
    match = _COMMENTED_HEADLINE.match(text)
    if match is None:
        return False
    title = match.group("title").rstrip()
    return not title.endswith((".", ":", ";", ",", "|", "·", "•")) and "|" not in title \
        and len(title.split()) <= 30


def _next_rank(item: Line, rank: int) -> bool:
    """Whether the paragraph after ``item`` is the rank after ``rank``."""
    following = item.neighbour(1)
    number = _RANK.match(following.text.strip()) if following is not None else None
    return number is not None and int(number.group(1)) == rank + 1


#: The ranks a box shows before its ranks may start again at one (its next tab).
RANKS_BEFORE_RESTART = 3
#: The most characters of the line under a rank read as its story's headline: a headline and its
#: teaser's sentence, not a paragraph.
RANKED_TITLE_CHARS = 200


# -- cards between lone marks ----------------------------------------------------------------------

#: A line holding only a mark that sets a box's cards apart (``-``, ``|``, ``•``).
_SEPARATOR = lazy_pattern(r"^[ \t]*[-–—|•·*/][ \t]*$")
#: The fewest cards such a box is read with, and the most words of a card's line.
_SEPARATED_CARDS, _CARD_WORDS = 3, 25


def _separated_cards(separator: Line) -> Iterable[Hit]:
    """A box of other stories' cards set apart by lone marks, after the story began: each card a
    headline and a line under it (its summary or a second title), and a mark after it (``-`` /
    ``Gronk, Serena perform with Laker Girls`` / ``Gronk may have found his true calling`` / ``-``
    / …), three cards at least, reported from the first mark. A menu set apart by marks has one
    line between them; a story's scene breaks (``*``) stand between paragraphs of prose."""
    article, ordinal = separator.article, separator.ordinal
    count = article.paragraph_count

    def card_at(at: int) -> Optional[tuple[Line, Line]]:
        if at + 2 >= count:
            return None
        title, under = article.paragraph(at + 1), article.paragraph(at + 2)
        if _SEPARATOR.match(title.text) or _SEPARATOR.match(under.text):
            return None
        if not is_title(title.text, max_words=16) or under.words_at_least(_CARD_WORDS + 1):
            return None
        return title, under

    if ordinal >= 3 and _SEPARATOR.match(article.paragraph(ordinal - 3).text) \
            and card_at(ordinal - 3) is not None:
        return  # not the first mark of the box: reported from the first
    cards: list[tuple[Line, Line]] = []
    at = ordinal
    while len(cards) < RelatedStoryList.MAX_ITEMS:
        card = card_at(at)
        if card is None:
            break
        cards.append(card)
        at += 3
        if at >= count or not _SEPARATOR.match(article.paragraph(at).text):
            break
    if len(cards) < _SEPARATED_CARDS:
        return
    first_prose = per_article(article, "first-prose", _first_prose)
    if first_prose is None or first_prose > ordinal:
        return  # no story before it: a page of cards, or a menu
    for title, under in cards:
        yield Hit(*title.span(), f"headline of another story's card, between lone marks: "
                                 f"'{shortened(title.text.strip(), _SHOWN)}'")
        yield Hit(*under.span(), f"summary of another story's card, between lone marks: "
                                 f"'{shortened(under.text.strip(), _SHOWN)}'")


def _first_prose(article: Article) -> Optional[int]:
    """The ordinal of the article's first paragraph of prose, or ``None`` (asked once per article:
    a page of a thousand marks asks for it at each)."""
    return next((ordinal for ordinal in range(article.paragraph_count)
                 if article.paragraph(ordinal).is_prose), None)


# -- lists of dated cards ---------------------------------------------------------------------------

#: The most cards a list is followed through (a bound, not a limit a real list meets), and the most
#: lines a card has.
_MAX_CARDS, _CARD_LINES = 5_000, 4


def _card_kind(line: Line) -> str:
    """What a line may be in a card: ``D`` its date (a line of at most fourteen words that is only
    a date or age, or a name and a date), ``S`` a summary (a paragraph of prose), ``T`` a headline,
    byline or label (twenty words at most, no final full stop or colon), ``o`` none of them."""
    if _may_be_card_date(line) and _reads_as_date(line):
        return "D"
    if line.is_prose:
        return "S"
    return "T" if _title_shaped(line) else "o"


def _title_shaped(line: Line) -> bool:
    """Whether a line that is no date or prose is a card's ``T`` (see :func:`_card_kind`)."""
    # (the ending before the words: it is read at once)
    return not line.text.rstrip().endswith((".", ":")) and line.words_at_least(1) and \
        not line.words_at_least(21)


_ASCII_DIGIT = lazy_pattern(r"[0-9]")


def _may_be_card_date(line: Line) -> bool:
    """Whether the line is short enough for a card's date (see :func:`_card_kind`) and has a digit
    as ``str.isdigit`` reads it (superscripts and circled digits too, which ``\\d`` is not)."""
    text = line.text
    # (0-9 are looked for in one search, before the words are counted no further than the bound:
    # most lines offered are paragraphs; the other digits one character at a time, in a line with
    # other characters than ASCII alone, and after its words)
    if _ASCII_DIGIT.search(text) is None:
        return not (text.isascii() or line.words_at_least(15)) and any(map(str.isdigit, text))
    return not line.words_at_least(15)


def _may_hold_digit(text: str) -> bool:
    """Whether ``text`` may hold a digit as ``str.isdigit`` reads it: 0-9, or characters other than
    ASCII, which may be digits too."""
    return _ASCII_DIGIT.search(text) is not None or not text.isascii()


def _reads_as_date(line: Line) -> bool:
    """Whether a line that :func:`_may_be_card_date` reads as a date or age, or a name and one."""
    return timestamp_shape(flat(line.text).strip(), line.article) in ("date", "byline")


def _kind_at(article: Article, kinds: dict[int, str], ordinal: int) -> str:
    """:func:`_card_kind` of the ``ordinal``-th paragraph (``-`` outside the text), kept in
    ``kinds``, the article's: every date line asks about its neighbours."""
    if not 0 <= ordinal < article.paragraph_count:
        return "-"
    found = kinds.get(ordinal)
    if found is None:
        found = kinds[ordinal] = _card_kind(article.paragraph(ordinal))
    return found


def _may_open_cards(date: Line) -> bool:
    """Whether a date at this place may stand in the first card of a list of three cards or more
    (see :func:`_dated_cards`): every card it may stand in holds the line above it (the date is
    never first), which is then a headline, byline or label (see :func:`_valid_card`); and a date
    stands one and two cards further down."""
    article, ordinal = date.article, date.ordinal
    # (the shapes first, the line above's, then those of the dates further down: no stamp is read
    # where no list may be)
    if ordinal == 0:
        return False
    above = article.paragraph(ordinal - 1)
    if above.is_prose or not _title_shaped(above):
        return False  # (no headline, byline or label above, whether it is a date or not)
    texts, indexes = article.lines, article.paragraph_indexes

    def may_be_date(at: int) -> bool:
        # (whether the text may hold a digit first: no line is built where none may be)
        return _may_hold_digit(texts[indexes[at]]) and _may_be_card_date(article.paragraph(at))

    sizes = [size for size in range(2, _CARD_LINES + 1) if ordinal + 2 * size < len(indexes)
             and may_be_date(ordinal + size) and may_be_date(ordinal + 2 * size)]
    if not sizes:
        return False
    kinds: dict[int, str] = per_article(article, "card-kinds", lambda _: {})
    return _kind_at(article, kinds, ordinal - 1) == "T" and any(
        _kind_at(article, kinds, ordinal + size) == "D"
        and _kind_at(article, kinds, ordinal + 2 * size) == "D" for size in sizes)


#: :func:`_line_shape` of the texts met lately (see :data:`_HEADINGS`).
_SHAPES = Kept()


def _line_shape(line: Line) -> tuple[bool, str]:
    """What the text alone says of a line offered to :class:`RelatedStoryList`: whether it
    :func:`_may_be_card_date`, and ``k`` a kicker of two words or more, ``e`` an excerpt cut off,
    ``c`` a headline in capitals, or ``-`` none, as :meth:`RelatedStoryList._undated_hits` tries
    them in turn."""
    text = line.text
    may_be_date = _may_be_card_date(line)
    if _is_kicker(text) and not _is_single_word(text):
        return may_be_date, "k"
    if _is_excerpt(text):
        return may_be_date, "e"
    if _is_capitals_headline(text) and not line.ends_sentence:
        return may_be_date, "c"
    return may_be_date, "-"


def _valid_card(pattern: str) -> bool:
    """A card opens with its headline, has one date, a summary only last, nothing else."""
    return (pattern[:1] == "T" and pattern.count("D") == 1 and "o" not in pattern
            and pattern.count("S") <= 1 and ("S" not in pattern or pattern.endswith("S")))


def _dated_cards(date: Line) -> Iterable[Hit]:
    """The lines of the list of dated cards whose first card holds ``date``, if there is one."""
    article = date.article
    if not _may_open_cards(date):
        return  # most dates: their neighbours are read no further
    kinds: dict[int, str] = per_article(article, "card-kinds", lambda _: {})
    kind = partial(_kind_at, article, kinds)
    # The kinds around the date, read once: every card the date may stand in (its place never
    # first) lies within them.
    near = date.ordinal - (_CARD_LINES - 1)
    around = "".join(kind(ordinal) for ordinal in range(near, date.ordinal + _CARD_LINES - 1))
    best: Optional[tuple[int, int, str]] = None  # (first ordinal, cards, pattern)
    for size in range(2, _CARD_LINES + 1):
        for offset in range(1, size):  # the date's place in its card: never first
            start = date.ordinal - offset
            pattern = around[start - near:start - near + size]
            if not _valid_card(pattern):
                continue
            if "".join(kind(ordinal) for ordinal in range(start - size, start)) == pattern:
                return  # not the first card: the list is reported from its first date
            cards = 1
            while cards < _MAX_CARDS and "".join(
                    kind(ordinal) for ordinal in range(start + cards * size,
                                                       start + (cards + 1) * size)) == pattern:
                cards += 1
            if best is None or cards * size > best[1] * len(best[2]):
                best = (start, cards, pattern)
    if best is None:
        return
    start, cards, pattern = best
    if cards < 3:
        return  # two cards may be the page's own header: its section, stamp, headline, byline
    full = pattern.count("T") >= 2 or "S" in pattern  # a byline, label or summary beside the title
    lines = [article.paragraph(ordinal) for ordinal in range(start, start + cards * len(pattern))]
    dates = [line for line in lines if kinds[line.ordinal] == "D"]
    order = _newest_first([flat(line.text) for line in dates])
    if order is False or (order is None and not full):
        return  # oldest first (a timeline), or unknown without a byline or label to tell
    if "S" in pattern and not all((_date_key(flat(line.text)) or (1,))[0] == 0 for line in dates):
        return  # a paragraph under each stamp of the day or age: a live blog's entries, maybe
    if any(_is_reply_button(line) for line in lines):
        return  # a comment thread: name, date, comment, Reply (NL302's)
    inside = {line.ordinal for line in lines}
    if not any(article.paragraph(ordinal).is_prose for ordinal in range(article.paragraph_count)
               if ordinal not in inside):
        return  # a page that is only the list: no story to stand beside
    for line in lines:
        what = {"D": "date", "S": "summary"}.get(kinds[line.ordinal], "headline or byline")
        yield Hit(*line.span(), f"{what} of another story's card, in a list of dated cards: "
                                f"'{shortened(line.text.strip(), _SHOWN)}'")


def _is_reply_button(line: Line) -> bool:
    """A comment thread's control, its reply button first (``Reply``, ``Antworten``: NL302's
    vocabulary)."""
    text = flat(line.text)
    return len(text) <= 30 and (text.lower() == "reply" or bool(COMMENT_THREAD.label(text, line.article)))


#: The month of a date's word, by its first letters, in the languages the rules read (``mär``,
#: ``mars``, ``marzo``, ``março`` are March; ``mardi``, ``martes``, ``martedì`` are Tuesdays).
_MONTHS = {
    "jan": 1, "jän": 1, "ene": 1, "gen": 1, "feb": 2, "fév": 2, "fev": 2, "mar": 3, "mär": 3,
    "maa": 3, "mrt": 3, "apr": 4, "avr": 4, "abr": 4, "may": 5, "mai": 5, "mag": 5, "mei": 5,
    "jun": 6, "giu": 6, "juin": 6, "jul": 7, "lug": 7, "juil": 7, "aug": 8, "ago": 8, "aoû": 8,
    "sep": 9, "set": 9, "oct": 10, "okt": 10, "ott": 10, "out": 10, "nov": 11, "dec": 12,
    "dez": 12, "déc": 12, "dic": 12,
}
_YEAR = lazy_pattern(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NUMERIC_DATE = lazy_pattern(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)(?!\d)"
                             r"|(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_DAY = lazy_pattern(r"(?<![\d:.])(\d{1,2})(?![\d:])")
_AGE = lazy_pattern(r"(\d+)\s*(min|minute|minuten|std|stunde|stunden|hour|hours|h|tag|tage|tagen|day|days"
                    r"|woche|wochen|week|weeks|monat|monate|monaten|month|months|jahr|jahre|jahren|year"
                    r"|years)\b", re.IGNORECASE)
_AGE_MINUTES = {"min": 1, "h": 60, "std": 60, "hour": 60, "stunde": 60, "tag": 1440, "day": 1440,
                "woche": 10080, "week": 10080, "monat": 43200, "month": 43200, "jahr": 525600,
                "year": 525600}


def _date_key(text: str) -> Optional[tuple]:
    """A sortable key of a card's date: ``(0, year, month, day)`` for a date, ``(1, -minutes)``
    for an age (``vor 1 Woche``, ``3 hours ago``), ``None`` when it cannot be read."""
    numeric = _NUMERIC_DATE.search(text)
    if numeric:
        if numeric.group(1):
            year = int(numeric.group(3))
            return (0, year + 2000 if year < 100 else year, int(numeric.group(2)), int(numeric.group(1)))
        return (0, int(numeric.group(4)), int(numeric.group(5)), int(numeric.group(6)))
    year = _YEAR.search(text)
    month = next((_MONTHS[word[:4]] if word[:4] in _MONTHS else _MONTHS[word[:3]]
                  for word in (w.lower() for w in LETTERS.findall(text))
                  if not word.startswith(("mart", "mard")) and (word[:4] in _MONTHS or word[:3] in _MONTHS)),
                 None)
    if year and month:
        rest = text[:year.start()] + " " + text[year.end():]
        day = next((int(found) for found in _DAY.findall(rest) if 1 <= int(found) <= 31), 0)
        return (0, int(year.group(1)), month, day)
    age = _AGE.search(text)
    if age:
        unit = age.group(2).lower()
        scale = next(minutes for stem, minutes in _AGE_MINUTES.items() if unit.startswith(stem))
        return (1, -int(age.group(1)) * scale)
    return None


def _newest_first(dates: list[str]) -> Optional[bool]:
    """Whether the dates run newest first (or are all alike): ``True``; oldest first somewhere:
    ``False``; ``None`` when they cannot be compared."""
    if len(set(dates)) == 1:
        return True
    keys = [_date_key(text) for text in dates]
    pairs = [(earlier, later) for earlier, later in zip(keys, keys[1:])
             if earlier is not None and later is not None and earlier[0] == later[0]]
    if not pairs:
        return None
    return all(earlier >= later for earlier, later in pairs)


def _kickers_and_title(current: Line) -> Optional[tuple[list[Line], Line]]:
    """A teaser from ``current`` on: one or two capitalised kickers (a label may stand over a
    kicker) over another story's title; ``None`` when ``current`` opens none."""
    if not _is_kicker(current.text):
        return None
    kickers = [current]
    title = current.neighbour(1)
    while title is not None and _is_kicker(title.text) and len(kickers) < 2:
        kickers.append(title)
        title = title.neighbour(1)
    if title is None or not _is_teaser_title(title.text):
        return None
    return kickers, title


def _teaser_hits(kickers: list[Line], title: Line, summary: Optional[Line]) -> Iterable[Hit]:
    """The findings of one teaser: its kickers, its title and the summary under it, if any."""
    for line in kickers:
        yield Hit(*line.span(), f"kicker of another story's teaser: '{shortened(line.text.strip(), _SHOWN)}'")
    yield Hit(*title.span(), f"headline of another story under a kicker: '{shortened(title.text.strip(), _SHOWN)}'")
    if summary is not None:
        yield Hit(*summary.span(), f"summary of another story under its headline: "
                                   f"'{shortened(summary.text.strip(), _SHOWN)}'")



def _is_capitals_headline(text: str) -> bool:
    """A headline of nine words or more set in capitals, no final full stop (``TAYLOR SWIFT'S
    FORMER LABEL BOSS BLASTS HER SCOOTER BRAUN 'BULLYING' CLAIMS, SAYS SHE KNEW ABOUT SALE``):
    a link to another story set between the paragraphs. A sub-heading in capitals is shorter."""
    text = text.strip()
    if len(text) > 200 or text.endswith("."):
        return False
    return _in_capitals(text, 9, 30)


def _in_capitals(text: str, least: int = 3, most: int = 10_000) -> bool:
    """Whether the text is ``least`` to ``most`` words set in capitals (one word may carry a
    small letter: ``AMAs``)."""
    words = LETTERS.findall(text[:2000])
    if not least <= len(words) <= most:
        return False
    upper = sum(1 for word in words if word.isupper())
    return upper >= len(words) - 1


def _is_summary(line: Line) -> bool:
    """A card's summary of its story: one paragraph of six to sixty words that is not
    headline-shaped and does not introduce what follows."""
    text = line.text.strip()
    return line.words_at_least(6) and not line.words_at_least(61) and not text.endswith(":") and not is_title(text)


def _cards(items: list[tuple[Line, str]]) -> int:
    """How many titles in ``items`` stand over a summary."""
    return sum(1 for (_, kind), (_, following) in zip(items, items[1:])
               if kind == "title" and following == "summary")


def _card_start(kicker: Line) -> Line:
    """The first kicker of the run of cards (kicker, title, summary) that ends with ``kicker``."""
    start = kicker
    for _ in range(RelatedStoryList.MAX_ITEMS):
        summary = start.neighbour(-1)
        title = summary.neighbour(-1) if summary is not None else None
        if title is None or not _is_teaser_title(title.text) or not _is_summary(summary):
            break
        before = title.neighbour(-1)
        if before is None or not _is_kicker(before.text):
            break
        above = before.neighbour(-1)
        start = above if above is not None and _is_kicker(above.text) else before
    return start


def _is_headline_item(text: str) -> bool:
    """A line in headline case, bulleted or not: ``- 11 Fascinating Facts About Our Milky Way
    Galaxy``. Four words at least, so that names and places alone do not count."""
    body = text.strip().lstrip("-–•·*▪►▶ \t")
    if not is_title(body, max_words=16) or len(body.split()) < 4 or not is_title_case(body):
        return False
    if _not_a_headline(body) or is_caption_or_credit(body):
        return False
    return not (_TEASER_LINE.match(text) or _SEE_ALSO_LINE.match(text) or _TAGGED.search(text)
                or heading_phrase(text))


def _not_a_headline(text: str) -> bool:
    """A line shaped like a headline that is page furniture, not a headline: a byline, a time
    stamp, a footer's links, a call to subscribe, share or follow (the NL3xx rules' business)."""
    # (one pattern searched for all of these tried each at every place: the opening word is
    # matched at the start alone, a clock time only where a colon is)
    return bool(_FURNITURE_OPENER.match(text) or (":" in text and _CLOCK.search(text))
                or "©" in text or _FOOTER_WORD.search(text))


_FURNITURE_OPENER = lazy_pattern(
    r"(?i:by|published|updated|posted|written|subscribe|sign\s?up|share|sharing|follow|click|tap"
    r"|download|join|register|log\s?in|newsletter)\b")
_CLOCK = lazy_pattern(r"\d{1,2}:\d\d")
_FOOTER_WORD = lazy_pattern(r"(?i:privacy|terms\sof|cookie)")


def _is_prose(line: Line) -> bool:
    """A paragraph of the story: a sentence of ten words or more, not introducing a list."""
    text = line.text.rstrip()
    return line.ends_sentence and line.words_at_least(10) and not text.endswith(":")


_PUNCTUATION_ONLY = lazy_pattern(r"[\w\s'’-]+")


#: An item's label and number: ``Terminal 2``, ``Extract 3``, ``Day 1``, ``Schritt 4``.
_NUMBERED_LABEL = lazy_pattern(r"\s*[-–•·*▪►▶]?\s*(\w+)\s+(?:\d{1,3}|[IVX]{1,4})\b")


def enumerated(items: list[Line]) -> bool:
    """Whether every item opens with one word and a number (``Terminal 2: Alaska …``,
    ``Terminal 3: Delta …``): the story's own numbered list, not other stories' headlines."""
    labels = set()
    for item in items:
        match = _NUMBERED_LABEL.match(item.text)
        if match is None:
            return False
        labels.add(match.group(1).casefold())
    return len(labels) == 1


def parallel(items: list[Line]) -> bool:
    """Whether the items share one punctuation pattern (``Country (Group A): Nth appearance``):
    a list of data in the story, not a list of other stories' headlines."""
    skeletons = {_PUNCTUATION_ONLY.sub("", item.text.strip().lstrip("-–•·*▪►▶ "))
                 for item in items}
    return len(skeletons) == 1 and skeletons != {""}


def _is_teaser_title(text: str) -> bool:
    """A teaser's title under a kicker: a headline of five words or more, not itself a kicker."""
    return (len(text.split()) >= 5 and is_title(text, max_words=25) and not _is_kicker(text)
            and not _not_a_headline(text) and not is_caption_or_credit(text))


#: An excerpt cut off by the widget that shows it: an ellipsis right after a word, no space.
_CUT_OFF = lazy_pattern(r"[^\s.…](?:\.\.\.|…)\s*$")


def _is_excerpt(text: str) -> bool:
    """A paragraph cut off mid-sentence by a teaser widget (twelve words or more)."""
    # (the ellipsis first: it is tested at the end alone, where the words and the search read the
    # whole paragraph; ``\s`` and ``str.rstrip`` take the same white space)
    return text.rstrip().endswith(("...", "…")) and len(text.split()) >= 12 and \
        bool(_CUT_OFF.search(text))


def _is_pair_title(text: str) -> bool:
    return len(text.split()) >= 4 and is_title(text, max_words=25) and not _not_a_headline(text)


def _is_single_word(text: str) -> bool:
    return len(_WORD.findall(text)) == 1


_ASCII_LOWER = lazy_pattern(r"[a-z]")


#: The most words and letters of a box's label over each of its titles (``dpa-Radsportnews``).
_LABEL_WORDS, _LABEL_CHARS = 3, 40


def _label_over_title(line: Line) -> bool:
    """A short label over a title in a box of other stories, the same over the card before or
    after (its source: ``dpa-Radsportnews`` / ``Buchmann lässt die Tour für den Giro aus`` / its
    summary / ``dpa-Radsportnews`` / …), in any case: a word or three and no sentence's end, a
    title under it. (A word alone between titles, ``mehr``, is a link, not a card's label.)"""
    text = line.text.strip()
    if len(text) > _LABEL_CHARS or len(text.split()) > _LABEL_WORDS or text[-1:] in ".!?:;,…":
        return False
    following = line.neighbour(1)
    if following is None or not is_title(following.text.strip().lstrip("-–•·*▪►▶ "), max_words=20):
        return False
    return any(other is not None and other.text.strip() == text
               for other in (line.neighbour(step) for step in (-3, -2, 2, 3)))


def _is_kicker(text: str) -> bool:
    """An upper-case kicker over a teaser title (``RANDY ANDY``): one to five capitalised words;
    or one capitalised word alone (``Warning``)."""
    if _ASCII_LOWER.search(text):
        # A lower-case letter: not a kicker in capitals, so at most the one capitalised word
        # alone, which is then the whole stripped text (found without listing the words).
        stripped = text.strip()
        return stripped[:1].isupper() and _WORD.fullmatch(stripped) is not None
    words = _WORD.findall(text)
    if len(words) == 1 and text.strip() == words[0] and words[0][:1].isupper():
        return True
    if not 1 <= len(words) <= 5:
        return False  # before looking at every letter of a long paragraph
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@hookimpl
def newslint_rules():
    return [SeeAlsoLink, ReadMoreTeaser, RelatedStoriesHeading, TaggedTeaser, RelatedStoryList]
