"""NL312: publication stamps, reading times and meta labels left in the text.

The stamp grammar (``timestamp_shape`` in ``_boilerplate``) reads a line as tokens: it is a stamp
when every token is a date word (month, weekday, number, clock time, time zone, *Updated*,
*ago*, *min read*) and the tokens hold an actual date, time, age or reading time. Keywords alone
are never enough: ``Updated Police Identify Man, Woman Found Dead`` is a headline.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.language import CAPITALS
from newslint.lazy import lazy_pattern
from newslint.rule import Fixable, LineRule
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import (META_LABELS, WORD_END, date_words, ends_like_sentence,
                                         first_words, flat, hit, near_edge, neighbours,
                                         minute_of_day, paragraph_counts, per_article,
                                         timestamp_shape)
from newslint.rules._text import LETTERS, PLACE_IN_CAPITALS
from newslint.rules._vocab import (COMMENT_LINK_TAIL, DATE_WORDS, POST_META, POST_META_FIELD, POST_META_FILING,
                                   POST_META_LINK, POST_META_TAGS, Language, language_of,
                                   line_start_branch)

#: Words a stamp line may open with (the check reads the whole line).
_OPENERS = (
    "updated", "published", "posted", "submitted by", "submitted on", "last updated", "last modified",
    "last revised", "revised",
    "first published", "by\\b",
    "today", "yesterday", "publish", "author", "date", "written by", "reading time", "read time",
    "modified", "byline", "on mon", "on tue", "on wed", "on thu", "on fri", "on sat", "on sun",
    "on jan", "on feb", "on mar", "on apr", "on may", "on jun", "on jul", "on aug", "on sep",
    "on oct", "on nov", "on dec", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
    "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "this page", "this site",
    "this website", "this document",
) + tuple(sorted({label if len(label) > 3 else label + "\\b" for label in META_LABELS}))  # and labels


#: An old page's note of its own last change, before the date: ``This page was last updated on
#: 12/03/2007``.
_PAGE_CHANGED = lazy_pattern(
    r"^(?:(?:this )?(?:page|site|website|document) (?:was |has been )?(?:last )?"
    r"(?:updated|modified|revised|changed)(?: on| at)?"
    # … and as the other languages the rules read write it: ``Letzte Änderung: 12.03.2007``,
    # ``Dernière mise à jour : …``, ``Última actualización: …``, ``Laatst bijgewerkt op …``.
    r"|(?:seite |artikel )?(?:zuletzt (?:aktualisiert|geändert)|letzte (?:änderung|aktualisierung))(?: am)?"
    r"|dernière (?:mise à jour|modification)(?: le)?|mis à jour le|modifié le"
    r"|última (?:actualización|modificación|atualização|alteração)(?: el| em)?|actualizado el"
    r"|atualizado em|ultimo aggiornamento(?: il)?|aggiornato il|ultima modifica(?: il)?"
    r"|laatst (?:bijgewerkt|gewijzigd)(?: op)?|bijgewerkt op)\s*:?\s*", re.IGNORECASE)
#: A broadcaster's note of how long its video stays online, before the date: ``Video verfügbar bis
#: 28.02.2021``, ``Available until 4 March 2021``, ``Disponible jusqu'au 12/03/2021``.
_AVAILABLE_UNTIL = lazy_pattern(
    r"^(?:(?:video|audio|sendung|beitrag|clip|episode|folge|vidéo|vídeo) )?(?:verfügbar bis(?: zum)?"
    r"|available until|available to watch until|disponible jusqu['’]au|disponible hasta(?: el)?"
    r"|disponibile fino al|beschikbaar tot|disponível até)\s*:?\s*", re.IGNORECASE)
#: Notes made of a label and a date, and what each is.
_DATED_NOTES = ((_PAGE_CHANGED, "the page's note of its last change"),
                (_AVAILABLE_UNTIL, "a video's availability date"))
#: How those notes open in the other languages (for the trigger).
_CHANGED_OPENERS = (r"seite|artikel|zuletzt|letzte|dernière|derniere|mis|modifié|última|ultima|actualizado"
                    r"|atualizado|ultimo|aggiornato|laatst|bijgewerkt")
#: A news site's warning of a story's age over it: ``This article is more than 2 years old``,
#: ``This article was published more than 1 year ago``, ``Dieser Artikel ist mehr als 2 Jahre
#: alt``, ``Cet article date de plus de 3 ans``; and its note of where and when it first ran.
_ARTICLE_AGE = lazy_pattern(
    r"^(?:this (?:article|story|content|page) (?:is (?:more|over) than (?:\w+|\d+) (?:years?|months?) old"
    r"|was (?:first )?published (?:more|over) than (?:\w+|\d+) (?:years?|months?) ago)"
    r"|(?:dieser|der) (?:artikel|beitrag) ist (?:mehr als|über|älter als) (?:\w+|\d+) (?:jahre?|monate?)"
    r"(?: alt)?|cet article (?:date de|a) plus (?:de|d')\s?(?:\w+|\d+) (?:ans?|mois)"
    r"|este artículo tiene más de (?:\w+|\d+) (?:años?|meses)"
    r"|questo articolo ha più di (?:\w+|\d+) (?:anni|mesi)|dit artikel is (?:meer dan|ouder dan) "
    r"(?:\w+|\d+) (?:jaar|maanden) oud)\.?$"
    # … and the site's note of when it first ran and last changed: ``This article was first
    # published on guardian.co.uk at 12.01 GMT on Tuesday 11 March 2008. It was last updated at …``
    r"|^this (?:article|story) was (?:first )?published on [\w-]+(?:\.[\w-]+)+ (?:at|on) .{3,80}?\d{4}\."
    r"(?: it was last (?:updated|modified) (?:at|on) .{3,80}?\d{4}\.)?$"
    # … and that the story is kept as it was: ``Hinweis: Dieser Artikel wird nicht mehr
    # aktualisiert.``, ``This article is no longer being updated.``
    r"|^(?:(?:hinweis|note|nota|remarque)\s*:\s*)?(?:(?:dieser|der) (?:artikel|beitrag) wird nicht mehr"
    r" aktualisiert|this (?:article|story|page|live blog) is no longer (?:being )?updated"
    r"|cet article n['’]est plus mis à jour)\.?$", re.IGNORECASE)
#: A broadcaster's note under a story of when its programme aired it (``Über dieses Thema
#: berichtete NDR Info am 12. März 2024 um 08:00 Uhr.``, ``Dieses Thema im Programm: NDR
#: Fernsehen | Hallo Niedersachsen | 12.03.2024 | 19:30 Uhr``, ``Sendung: rbb24 Abendschau,
#: 12.03.2024, 19:30 Uhr``), or a sentence of when the story changed (``Dieser Artikel wurde am
#: 12.03.2024 um 15:20 Uhr aktualisiert.``, ``This article was updated on March 12, 2024.``): a
#: date must be in it.
_AIRED_NOTE = lazy_pattern(
    r"^(?:über dieses thema (?:berichtete|berichteten|berichtet)\b|darüber (?:berichtete|berichteten)\b"
    r"|dieses thema im programm\s*:|sendung\s*:"
    r"|(?:dieser|der) (?:artikel|beitrag) wurde (?:zuletzt )?am\b.{4,60}?\b(?:aktualisiert|geändert"
    r"|ergänzt|veröffentlicht)\.?$"
    r"|this (?:article|story|post) (?:was|has been) (?:last )?(?:updated|modified|corrected) (?:on|at)\b"
    r".{4,60}?\.?$)", re.IGNORECASE)
_HAS_DATE = lazy_pattern(r"\b\d{1,2}\.\s?(?:\d{1,2}\.\s?(?:\d{2}|\d{4})|[^\W\d_]{3,9}\.? \d{4})\b"
                         r"|\b[^\W\d_]{3,9}\.? \d{1,2}, \d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
#: The most words of such a note.
_AIRED_WORDS = 40
#: An age with its unit abbreviated and glued on, as live pages and feeds write it: ``2m ago``,
#: ``5h ago``, ``3d ago``.
_SHORT_AGE = lazy_pattern(r"^(?:updated |posted )?\d{1,3}(?:m|h|d|w|s)\s+ago\.?"
                          # … over a card's video or gallery: its length, or its count of pictures
                          # (``7H ago 08:51``, ``17H ago 50 photos``).
                          r"(?:\s+(?:\d{1,2}:\d\d(?::\d\d)?|\d{1,4} (?:photos|pictures|images|slides|videos)))?$",
                          re.IGNORECASE)
#: A reading time written as a sentence, as sites print it over a story (``This story takes 4
#: minutes to read``; Onet's ``Ten tekst przeczytasz w mniej niż minutę``).
_READING_SENTENCE = lazy_pattern(
    r"^(?:this (?:article|story|post) )?takes (?:about |around |less than )?(?:\d{1,3}|a|one) min(?:ute)?s?"
    r" to read\.?$"
    r"|^ten (?:tekst|artykuł) przeczytasz w (?:mniej niż |około |ok\. )?(?:minutę|\d{1,3} minut[ y]?)\.?$",
    re.IGNORECASE)
#: A wire service's slug, the story's name in the agency's system, and its version
#: (``BC-EU--Britain-Brexit-Election, 1st Ld-Writethru``, ``BC-US--Virus Outbreak-Vaccine``):
#: transmission metadata that travels above the story, never a sentence of it.
_WIRE_SLUG = lazy_pattern(
    r"^BC-[A-Z]{2,}(?:--?[A-Z0-9][\w&'.]*(?: [A-Z0-9][\w&'.]*){0,3})+"
    r"(?:,\s*(?:\d{1,2}(?:st|nd|rd|th) (?:Ld|Add)-Writethru|Writethru|Advisory|Correction|Urgent|Adv\d\d))*$")
#: How those warnings open (for the trigger).
_AGE_OPENERS = r"this|dieser|der|cet|este|questo|dit"

#: The same in the other languages with date words (``_vocab.DATE_WORDS``): stamp words, months,
#: weekdays, the words of ages and reading times, as a line may open with them.
_FOREIGN_OPENERS = tuple(sorted({
    word for table in DATE_WORDS.values() for key in ("stamp", "months", "weekdays", "ago", "reading")
    for word in (table[key].split() if key != "ago" else [table[key]])
    if len(word) >= 3 or (len(word) == 2 and not word.isascii())}))
#: The units Chinese, Japanese and Korean write after a date's or an age's number (2024年3月12日,
#: 3시간 전, 3小时前).
_UNIT_AFTER_NUMBER = r"[ \t]*[年년월月時时分시분일日小天週周个個]"
#: … in branches of their own, a hundred words each: one expression of them all is too long for
#: the scan accelerator.
_FOREIGN_OPENER_CHUNKS = [_FOREIGN_OPENERS[start:start + 100]
                          for start in range(0, len(_FOREIGN_OPENERS), 100)]


#: A story's dateline alone on its line: the place in capitals, a comma, the date (``BONN, 5.
#: Juli.``, ``WASHINGTON, Nov. 5``). It opens the story; a byline names its writer in
#: ordinary capitals or after *By*.
_PLACE_DATELINE = lazy_pattern(PLACE_IN_CAPITALS + r",[ \u00a0]+\w")


#: A sentence's full stop, not an abbreviation's (``a.m.``, ``Jr.``): a byline with its stamp has
#: none, a notice does (``Abertura hoje às 19h30.``, an exhibition's opening today).
_SENTENCE_STOP = lazy_pattern(r"(?<![.\s])(?<!\b[A-Za-z])(?<!\bJr)(?<!\bSr)(?<!\bInc)(?<!\bLtd)\.$")


def _opens_on_label(text: str) -> bool:
    """Whether the line opens on a meta label (``By``, ``Posted``, ``Von``): a stamp's line, even
    with a full stop at its end."""
    words = text.split(None, 1)
    return bool(words) and words[0].lower().rstrip(":") in META_LABELS


class TimestampLine(LineRule):
    """A line that is only a publication stamp: a date, a time, "Updated", "3 hours ago".

    What it flags:
        A paragraph made of nothing but a date, clock time, age or reading time and the words of
        a stamp (*Updated*, *Published*, *Posted*, *ago*, *min read*, a weekday, a time zone); an
        age with its unit glued on (``5h ago``, ``32M ago``), maybe over a card's video length or
        picture count (``7H ago 08:51``, ``17H ago 50 photos``); such
        a stamp beside a name among the first ten or last five paragraphs (``By Jane Doe -
        11/18/19 11:04 PM EST``); a meta label that lost its value (``Updated:``, ``Author:``,
        ``By``) at the top or next to a stamp. A bare date or time (``November 18, 2019``,
        ``2:13 p.m.``) between two paragraphs of prose below the top is a timeline's or a live
        report's heading and is left alone, and so is a range of times (``13:00 – 13:15 Uhr``,
        ``Montag - Freitag: 08.00 - 16.00 Uhr``: a programme or opening hours), and so are three or
        more times alone on their lines in the day's order (``8:00 AM`` / what happens /
        ``12:30 PM`` / …: a schedule's table; a page's stamps stand once, a live page's newest
        first); elsewhere a bare date counts only at the very top or
        bottom, beside other page furniture, or when it repeats. Also the sentence a blog theme
        writes under a post, in the languages the rules read, when it names the post's permalink
        or feed, or both where it was filed and how it was tagged (``This entry was posted in News and tagged
        Brexit. Bookmark the permalink.``, ``Der Beitrag wurde am Mittwoch, den 27. November 2019
        um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.``); Blogger's footer under a
        post, who posted it at what time, its comment count and links (``Posted by Anna at 3:45 PM 2
        comments:``, ``… 3 comments Links to this post``, ``Eingestellt von Anna um 15:45``);
        and a line of a post's meta fields, two labelled fields at least beside a stamp (``05/10/2018 - Publicado por:
        Clarissa Borba - Categoria: Saúde - Tags: …``); and a stamp, with or without the writer,
        closed by a link to the comments, anywhere (``October 5, 2018 Posted by Vortex Leave a
        comment``, ``27. November 2021 | 1 Kommentar``); and a reading time written as a sentence
        (``This story takes 4 minutes to read``, ``Ten tekst przeczytasz w mniej niż minutę``);
        and a site's note of the story's age
        (``This article is more than 2 years old``, ``Dieser Artikel ist mehr als 2 Jahre alt``)
        or that it is kept as it was (``Hinweis: Dieser Artikel wird nicht mehr aktualisiert.``);
        and a broadcaster's note of when its programme aired the story, with the date (``Über
        dieses Thema berichtete NDR Info am 12. März 2024 um 08:00 Uhr.``, ``Sendung: rbb24
        Abendschau, 12.03.2024, 19:30 Uhr``), or a sentence of when the story changed
        (``Dieser Artikel wurde am 12.03.2024 um 15:20 Uhr aktualisiert.``);
        and a wire service's slug, the story's name in the agency's system and its version
        (``BC-EU--Britain-Brexit-Election, 1st Ld-Writethru``); and a stamp in brackets among the
        last paragraphs, as Italian papers close a story (``(15 aprile 2008)``).

    Why it matters:
        The page's date line and "updated" stamp are metadata, not copy: left in the text they
        date the article twice, often wrongly (the time the page was scraped), and they break
        the first paragraph that summarisers and de-duplicators rely on.

    Example:
        ``Updated Nov. 19, 2019 8:21 am ET`` · ``Published 3 hours ago`` · ``5 min read`` ·
        ``By Justine Coleman - 11/18/19 11:04 PM EST``
    """

    code = "NL312"
    fix = Fixable("remove-line", safe=True)
    name = "timestamp-line"
    summary = "A line that is only a publication date, time stamp or reading time"
    examples = {
        "flag": ["Published 11:34 PM EST Nov 19, 2019"],
        "pass": ["(Published Monday, Nov. 18, 2019)"],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL312")
    #: A line opening with a number, a stamp word, a month or a weekday, or holding a clock time.
    trigger = (r"^[ \t•·|]*(?:\d{1,4}(?:[:/.-]\d|[ \t\u00a0]+[A-Za-z]|" + _UNIT_AFTER_NUMBER + r"|[ \t\u00a0]+[а-яА-Я]"
               # A day written with its stop, as German and the Nordic languages write it:
               # ``15. Oktober 2008, 12:34 Uhr``.
               + r"|\.[ \t\u00a0]+[A-Za-zÄÖÜäöüÅØÆåøæ])|"
               + first_words(*_OPENERS)
               + r")" + "".join("|" + line_start_branch(words, r"[ \t•·|]*", 0, WORD_END)
                                for words in _FOREIGN_OPENER_CHUNKS)
               + r"|:\d\d\s?[AaPp]\.?[Mm]" + WORD_END + "|" + POST_META.line_start_trigger()
               # A reading time after a dash, as Ghost's themes set it: ``— 4 min read``.
               + r"|^[ \t]*[—–-][ \t]*[0-9]{1,3}[ \t]*(?i:min)"
               # A stamp after a name and a bar, a clock time as French and Portuguese write it:
               # ``LE MONDE | 06.05.07 | 20h01``.
               + r"|[|•·][ \t]*[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]h[0-9]{2}" + WORD_END
               + r"|^[ \t]*\([0-9]{1,2}(?:\.?[ \t\u00a0]+[A-Za-zÀ-ÿ]|[./-][0-9])"
               + r"|^[ \t]*(?i:eingestellt|publicado|pubblicato|postado|geplaatst)[ \t]"
               # A broadcaster's note of how long its video stays online.
               + r"|^[ \t]*(?:(?i:video|audio|sendung|clip)[ \t])?(?i:verf)ügbar[ \t](?i:bis)"
               + r"|^[ \t]*(?i:available[ \t](?:to[ \t]watch[ \t])?until|disponible[ \t]jusqu|disponible[ \t]hasta"
                 r"|disponibile[ \t]fino|beschikbaar[ \t]tot)"
               # A post's date under its own label, among other fields: ``News date : 04/21/2022``.
               + r"|^[ \t]*(?i:news|release|post|publication)[ \t](?i:date)[ \t]*:"
               + r"|^[ \t]*(?i:page|site|website|document)[ \t](?i:was|has|last)[ \t]"
               + r"|^[ \t]*(?i:" + _CHANGED_OPENERS + r")[ \t]"
               # An age with its unit glued on, as live pages abbreviate it: ``2m ago``, ``5h ago``,
               # ``32M ago``.
               + r"|[0-9]{1,3}[mhdwsMHDWS][ \t]+(?i:ago)|^[ \t]*BC-[A-Z]"
               + r"|(?i:takes)[ \t][^\n]{0,40}(?i:to[ \t]read)|^[ \t]*(?i:ten[ \t](?:tekst|artykuł)[ \t]przeczytasz)"
               + r"|^[ \t]*(?i:" + _AGE_OPENERS + r")[ \t](?i:article|story|content|page|artikel"
                 r"|beitrag|artículo|articolo)[ \t]"
               # A broadcaster's note of when it aired the story; a note that the story is kept.
               + r"|^[ \t]*(?i:über[ \t]dieses[ \t]thema|darüber[ \t]berichtete|dieses[ \t]thema[ \t]im"
                 r"|sendung[ \t]*:|hinweis[ \t]*:|note[ \t]*:|nota[ \t]*:|remarque[ \t]*:)")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text)
        language = article  # its language is decided only if a line holds a foreign date word
        if len(text) <= 600 and POST_META.opener(text, language) and (
                POST_META_LINK.phrase(text, language) or (
                    POST_META_FILING.phrase(text, language) and POST_META_TAGS.phrase(text, language))):
            yield hit(line, "a blog theme's post footer (when it was posted, where it was filed) "
                            "left in the text")
            return
        # (the fields read from the line as it is: a run of spaces may be all that parts them)
        if len(text) <= 300 and text.count(":") >= 2 and _post_meta_fields(line.text.strip(), language):
            yield hit(line, "a post's meta fields (date, author, category, tags) left in the text")
            return
        if len(text) > 160:
            return
        if text.startswith("("):
            # A stamp in brackets closing the story, as Italian papers print it (``(15 aprile
            # 2008)``); any other bracketed line is a note or a credit.
            inner = text.strip()
            if inner.endswith(")") and timestamp_shape(inner[1:-1], language) == "date" \
                    and line.from_end < 8:
                yield hit(line, "publication stamp left in the text")
            return
        tail = COMMENT_LINK_TAIL.search(text)
        if tail is not None and tail.start() > 0 and timestamp_shape(text[:tail.start()], language) in (
                "date", "byline"):
            # A stamp (and the writer) with the link to the comments: a blog's entry line, wherever
            # it stands.
            yield hit(line, "a post's stamp and comment link left in the text")
            return
        if _BLOGGER_POST_FOOTER.match(text):
            yield hit(line, "a post's stamp and comment link left in the text")
            return
        if _SHORT_AGE.match(text):
            yield hit(line, "publication stamp left in the text")
            return
        if _READING_SENTENCE.match(text.strip()):
            yield hit(line, "reading time left in the text")
            return
        if _WIRE_SLUG.match(text.strip()):
            yield hit(line, "a wire service's slug (the story's name in its system) left in the text")
            return
        if _ARTICLE_AGE.match(text):
            yield hit(line, "the site's note of the story's age left in the text")
            return
        if len(text.split()) <= _AIRED_WORDS and _AIRED_NOTE.match(text.strip()) and _HAS_DATE.search(text):
            yield hit(line, "the note of when the story aired or changed left in the text")
            return
        for label, what in _DATED_NOTES:
            note = label.match(text)
            if note and timestamp_shape(text[note.end():], language) == "date":
                yield hit(line, f"{what} left in the text")
                return
        shape = timestamp_shape(text, language)
        if shape == "date":
            if self._placed_like_a_stamp(line, text, language):
                yield hit(line, "publication stamp left in the text")
        elif shape == "byline":
            if near_edge(line, 10, 5) and not _PLACE_DATELINE.match(text.strip()) \
                    and not (_SENTENCE_STOP.search(text.rstrip()) and not _opens_on_label(text)):
                yield hit(line, "byline with a publication stamp left in the text")
        elif shape == "label":
            near = [other for other in neighbours(line, 2)
                    if timestamp_shape(flat(other.text), language) is not None]
            if any(_in_a_date_column(other, language) for other in near):
                return  # a table's column head: ``Date`` over a column of dates
            if 0 <= line.ordinal < 8 or near:
                yield hit(line, "meta label (“Updated”, “By”, “Author:”) left without its value")

    @staticmethod
    def _placed_like_a_stamp(line: Line, text: str, language: Language) -> bool:
        """A stamp with a stamp word or a clock time, anywhere; a bare date ("November 18, 2019")
        at the very top or bottom, next to other page furniture, or repeated. A bare date between
        paragraphs of the story is a timeline's heading, not a stamp."""
        lower = text.lower()
        if any(word in lower for word in ("updat", "publish", "posted", "ago", "read")):
            return True
        if any(word in lower.split() for word in _STAMP_SIGNS) and language_of(language) != "en":
            return True
        if _between_paragraphs(line):
            return False  # a timeline's or a live report's heading: "2:13 p.m.", "Jan. 6, 2021"
        if _CLOCK_ALONE.match(text) and _in_a_programme(line):
            return False
        if ":" in lower:
            return True
        if _in_a_date_column(line, language):
            return False
        if _event_date(lower, language):
            return False
        if 0 <= line.ordinal < 4 or 0 <= line.from_end < 3:
            return True
        if paragraph_counts(line.article)[text] >= 2:
            return True
        return any(_furniture(flat(other.text), language) for other in neighbours(line))


_YEAR = lazy_pattern(r"\d{4}|['’]\d\d\b")


def _event_date(lower: str, language: Language) -> bool:
    """A bare date naming its weekday but not its year (``Tuesday, 1 March``, ``Samstag, 20.
    November``): the day of an event, as a fixture or a programme gives it. A page's stamp that
    names the weekday names the year too."""
    if _YEAR.search(lower):
        return False
    words = date_words(language_of(language))
    # (a weekday of two letters, ``Mo``, ``Di``, is too often something else)
    return any(len(word) > 2 and word in words.weekdays and word not in words.months
               for word in LETTERS.findall(lower))


#: What separates a theme's meta fields on one line.
_FIELD_BREAK = lazy_pattern(r"\s+[-–—|•·/]\s+|\s*\|\s*|\s{2,}")


def _post_meta_fields(text: str, language: Language) -> bool:
    """A line of a post's meta fields: two labelled fields at least (``Publicado por: …``,
    ``Categoria: …``, ``Tags: …``), every other part a date stamp or a few words (a comment
    count or link)."""
    parts = [part for part in _FIELD_BREAK.split(text) if part]
    if not 2 <= len(parts) <= 8:
        return False
    fields = 0
    for part in parts:
        if POST_META_FIELD.match(part):
            # A field's value is a name or a list of a few words each, not a sentence glued on
            # (``Tags: sad A equipe do Serviço … registrou …``).
            value = part.split(":", 1)[1]
            if any(len(item.split()) > 5 for item in value.split(",")):
                return False
            fields += 1
        elif len(part.split()) > 3 and timestamp_shape(part, language) != "date":
            return False
    return fields >= 2


#: A clock time alone on its line, as a programme's or a schedule's table cell holds it (``8:00
#: AM``, ``14.30 Uhr``, ``20h30``): the hour and the minute.
_CLOCK_ALONE = lazy_pattern(r"^\s*(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)"
                            r"(?:\s*(?P<half>[AaPp])\.?\s?[Mm]\.?|\s*(?:Uhr|h))?\s*$")
#: A programme has this many of its times in the day's order, one after the other.
PROGRAMME_TIMES = 3


def _in_a_programme(line: Line) -> bool:
    """Whether the clock time alone on the line is one of a programme's or a schedule's, each
    time over what happens then: :data:`PROGRAMME_TIMES` or more such times in a row, each later
    than the one before (a page's stamps stand once, a live report's newest first)."""
    runs = per_article(line.article, "programme-times", _programme_times)
    return line.ordinal in runs


def _programme_times(article: Article) -> frozenset[int]:
    """The paragraphs of ``article`` that are clock times in a programme's order (see
    :func:`_in_a_programme`)."""
    found: set[int] = set()
    run: list[int] = []
    last = -1
    lines = article.lines
    for ordinal, index in enumerate(article.paragraph_indexes):
        # (the raw lines: a line is built for no paragraph that is not a time)
        text = lines[index]
        match = _CLOCK_ALONE.match(text) if len(text) <= 20 else None
        minute = minute_of_day(match) if match is not None else None
        if minute is None:
            continue
        if run and minute <= last:
            if len(run) >= PROGRAMME_TIMES:
                found.update(run)
            run = []
        run.append(ordinal)
        last = minute
    if len(run) >= PROGRAMME_TIMES:
        found.update(run)
    return frozenset(found)


def _in_a_date_column(line: Line, language: Language) -> bool:
    """Whether the bare date is a cell of a table flattened into lines: other bare dates every
    second or third paragraph around it, the paragraphs between them short cells of another
    column (``4.2.3`` / ``April 2014`` / ``4.1.6`` / ``April 2014``: a release history). A list
    of other stories with their dates has headlines between the dates, an archive's list of
    months has no other column, and a page's stamp stands once."""
    for period in (2, 3):
        sides = [side for side in (-1, 1) if _is_bare_date(line.neighbour(side * period), language)]
        dates = len(sides) + sum(_is_bare_date(line.neighbour(2 * side * period), language)
                                 for side in sides)
        if dates >= 2 and all(
                len(other.text.split()) <= _CELL_WORDS and not _is_bare_date(other, language)
                for side in sides
                for other in (line.neighbour(side * step) for step in range(1, period))
                if other is not None):
            return True
    return False


def _is_bare_date(line: Optional[Line], language: Language) -> bool:
    return line is not None and len(line.text) <= 40 and timestamp_shape(
        flat(line.text), language) == "date"


#: The most words of a table's cell between the dates of a column.
_CELL_WORDS = 3


def _between_paragraphs(line: Line) -> bool:
    """A date or time alone between two paragraphs of prose, below the top of the text: the
    heading of a timeline's or a live report's entry, which the story keeps."""
    return line.ordinal >= 4 and line.between_prose


def _furniture(text: str, language: Language = "en") -> bool:
    """A neighbour that is not a paragraph of the story: a few words that do not end a sentence
    (a byline, a name, a section label) or another stamp."""
    return (len(text.split()) <= 8 and not ends_like_sentence(text) and not text.endswith(":")) or (
        timestamp_shape(text, language) is not None)


#: Words that make a date a stamp in other languages, as "updated", "ago" and "read" do in
#: English: published, updated, the words of an age, a reading time.
_STAMP_SIGNS = frozenset(
    "veröffentlicht aktualisiert publiziert erschienen stand vor lesezeit lesedauer publié publiée "
    "mis jour modifié lecture publicado publicada actualizado actualizada hace lectura pubblicato "
    "pubblicata aggiornato aggiornata fa lettura atualizado atualizada há leitura gepubliceerd "
    "bijgewerkt geleden leestijd uhr opublikowano zaktualizowano aktualizacja temu опубликовано "
    "обновлено назад".split())


#: Blogger's footer under a post, as it writes it in each language it is translated to: who posted
#: it at what time, and the comment count linked after (``Posted by Anna at 3:45 PM 2 comments:``,
#: ``Eingestellt von Anna um 15:45 Keine Kommentare:``).
_BLOGGER_POST_FOOTER = lazy_pattern(
    r"^(?:posted by|eingestellt von|publié par|publicado por|pubblicato da|postado por|geplaatst door)\s"
    rf"(?-i:[{CAPITALS}])[^\d:]{{0,40}}?\s(?:at|um|à|en|alle|às|op)\s\d{{1,2}}[:.]\d\d(?:\s?[ap]\.?m\.?)?"
    r"(?:\s+(?:\d+|no|keine|aucun|no hay|nessun|nenhum|geen)\s(?:comments?|kommentare?|commentaires?"
    r"|comentarios?|commenti|commento|comentários?|opmerkingen|reacties|reactie):?)?"
    # … and what the theme sets after the count: ``Links to this post``, the share links.
    r"(?:\s*(?:links to this post|email this|blogthis!|share to (?:twitter|facebook|pinterest|x)"
    r"|reactions:)){0,8}$", re.IGNORECASE)


@hookimpl
def newslint_rules():
    return [TimestampLine]
