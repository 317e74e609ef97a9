"""NL309–NL310: site navigation left in the text — menus, section labels, breadcrumbs, skip links.

A menu reaches the text as a run of one- or two-word lines (``Home``, ``News``, ``Sports``,
``Real Estate``) at the top or the bottom of the page, or as one line of such words. Keywords
alone would flag the story's own subheadings, so a section name is flagged only where menus
stand: among the first or last paragraphs, or in a run of short lines most of which are menu
words. Interface words that are never copy on their own (``Close``, ``Back to Gallery``,
``Skip to content``) are flagged wherever they stand alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from newslint import hookimpl
from newslint.article import UNSPACED_LETTER, Article, Line
from newslint.language import CAPITALS
from newslint.lazy import lazy_pattern
from newslint.rule import ArticleRule, Fixable, LineRule
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import (MONTH_NAMES, bare, ends_like_sentence, first_words, flat,
                                         hit, named_title, per_article, repeats_title)
from newslint.rules.injected import heading_phrase
from newslint.rules._text import ITEM_GAP, ITEM_MARKS
from newslint.rules._vocab import (CONTROLS as FOREIGN_CONTROLS, LOADING_WORDS,
                                   SECTIONS as FOREIGN_SECTIONS, SHARE, STORY_NAVIGATION,
                                   TAG_HEADERS as FOREIGN_TAG_HEADERS)
from newslint.rules.social import is_share_bar

#: Section names of news sites: a menu item, or the section label above a story.
SECTIONS = frozenset("""
home|homepage|home page|main page|guestbook|webmaster|about me|news|latest news|world|world news|us|u.s.|us news|u.s. news|uk|uk news|nation|
national|local|local news|metro|region|regional|politics|government|election|elections|business|money|
markets|economy|finance|personal finance|companies|industry|tech|technology|science|health|wellness|
fitness|sports|sport|football|soccer|basketball|baseball|hockey|golf|tennis|cricket|rugby|nfl|nba|mlb|
nhl|nascar|college sports|high school sports|entertainment|celebrity|celebrities|movies|film|tv|
television|tv & showbiz|showbiz|music|books|arts|art|culture|arts & culture|arts and culture|style|
fashion|beauty|lifestyle|living|life|home & garden|travel|food|food & drink|eat + drink|a&e|opinion|
opinions|editorials|columns|columnists|letters|blogs|video|videos|photos|photo gallery|photo galleries|
galleries|gallery|podcasts|podcast|weather|traffic|obituaries|obits|classifieds|jobs|careers|cars|autos|
motoring|real estate|homes|property|shopping|deals|reviews|review|features|magazine|education|
environment|climate|crime|religion|faith|media|space|spaceflight|astronomy|science & astronomy|
tech & science|science & technology|investigations|special reports|events|puzzles|games|crosswords|
horoscopes|comics|multimedia|interactive|graphics|insider|e-edition|print edition|archives|archive|
newsletters|rss|apps|family|parenting|relationships|pets|outdoors|local professional services|
breaking news|sections|all sections|topics|tags|categories|filed under|menu|main menu|navigation|
search|sign in|log in|login|log out|logout|register|my account|account|profile|contact|contact us|
about|about us|advertise|advertise with us|help|faq|terms|terms of use|terms of service|privacy|
privacy policy|sitemap|site map|corrections|more|more news|more sections|all news|quick links|
related tags|related topics|highlights|story highlights|key points|key takeaways|customer service|
contact the newsroom|submit a news tip|submit a tip|send us a tip|news tips|got a news tip?|got a tip?|
got a news tip|got a tip|send us your photos|submit photos|place an ad|find a business|local jobs|
letters to the editor|today's weather|subscriber services|manage subscription|buy photos|
photo reprints|order reprints|buy this photo|today's paper|todays paper|home delivery""".replace("\n", "")
    .split("|"))

#: Interface words: never copy when they stand alone on a line, wherever that is.
CONTROLS = frozenset("""
close|open|back|next|previous|prev|back to top|back to gallery|return to top|go to top|top|loading|
loading content|loading...|enlarge image|enlarge|expand|collapse|show more|show less|see all|view all|
load more|view more|play|replay|pause|mute|unmute|watch|watch now|watch video|watch the video|listen|listen now|
play video|full screen|fullscreen|exit full screen|skip|skip ad|jump to|toggle navigation|open menu|
close menu|menu|search|search for:|search for: search|go|submit|caption|hide caption|toggle caption|image|
media playback is unsupported on your device|your browser does not support the video tag.|
video|just watched|must watch|more videos|autoplay|scroll down for video|reuse this content|
javascript is disabled|please enable javascript|previous article|next article|previous post|next post|
post navigation|posts navigation|comment navigation|story saved|article saved|
you can find this story in my bookmarks.|send this page to someone via email|
send this page to a friend|send this article to a friend|send this story to a friend|
tell a friend about this page|tell a friend about this site|tell a friend about this article|
tell a friend about this story|sign our guestbook|sign my guestbook|view guestbook|view our guestbook|
view my guestbook|read the guestbook|read our guestbook|
audio is not supported on your browser. please upgrade.|your browser does not support the audio element.|
prev post|older post|newer post|older posts|newer posts|previous story|next story|previous page|next page|
report an error|report a correction|report an issue|report a typo|text size|font size|
listen to this article|listen to this story|click to enlarge|click to expand|click to expand...|
tap to enlarge|tap to expand|click image to enlarge|printer-friendly version|printer friendly version|
printer-friendly|printable version|print version|send to a friend|email to a friend|e-mail to a friend|
email this to a friend|tell a friend|bookmark this page|bookmark this|add to favorites|add to favourites|
top of page|return to top of page|back to top of page|search this site|search this blog|welcome, guest|
thread tools|display modes|reply with quote|report post|back to forum|quick reply|links to this post|
create a link|trackback url|digg this|add to del.icio.us|stumble it|stumbleupon|contact the webmaster|
save this article|save this story|save article|save story|reprints|story tools|article tools|page tools|
increase text size|decrease text size|increase font size|decrease font size|reset text size|rss feed|
rss feeds|scroll to top|back to home|back to homepage|back to the homepage|return to homepage|
return to home page|pin it|copy link|link copied|link copied!|copy link to clipboard|show all|
type your search|press enter to search|no results found|get the app|download the app|download our app|
entries rss|comments rss|entries feed|comments feed|members login|member login|
dismiss|close modal|close dialog|close window|show transcript|hide transcript|view transcript|
recommend this page|send this page to a friend|go back|sign my guestbook|sign the guestbook|site meter|
embed|embed code|copy embed code|get the embed code|embed this video|
show key events only|pinned post|load earlier posts|load more updates|load more posts|
show new updates|show new posts|refresh|
open in browser|view in full|watch live|
today's posts|mark forums read|view my complete profile|blog archive|permalink|text-only version|
text only version|add to my yahoo!|recommend|recommend this article|recommend this story|
sign in to recommend|find this article at:|add to cart|add to basket|add to bag|view cart|shopping cart|
add to wishlist|add to wish list|write a review|subscribe via rss|subscribe to rss|get rss feed|
rss feed for this article|mobile version|mobile site|switch to mobile site|switch to mobile version|
view mobile site|view full site|full site|desktop version|view desktop version|switch to desktop|
contents|table of contents|open in app|view in app|open in the app|suggest a correction|send feedback|
give feedback|share your feedback|thanks for your feedback|thanks for your feedback!|show sources|
hide sources|translate|translated by google|show original|see original|see translation|
listen to article|swipe for more|tap to unmute|learn more|find out more|add to calendar|save|saved|
follow|following|unfollow|not interested|hide this|book now|call now|get directions|
high contrast|easy read|sign language|show map|view map|export to ical|add to google calendar|
add to outlook|add to ical|report a barrier|previous slide|next slide|close gallery|now playing|
autoplay on|autoplay off|save for later|copied!|printer friendly|print friendly|print-friendly|
print-friendly version|print friendly version|view larger image|view larger|single page|
single page view|view as single page|send to friend|digg it|del.icio.us|e-mail this to a friend|
mixx it|im story|im this story|discuss|add a comment|low graphics|high graphics|accessibility help|
back to previous page|what's this?|what are these?|feedback|purchase this article|
buy a link to this story|reprints & permissions|reprints and permissions|about this article|
article history|personal tools|what links here|related changes|special pages|permanent link|
page information|cite this page|recent changes|random page|upload file|log in / create account|
create account|view source|view history|edit this page|edit links|wikidata item|toolbox|
jump to: navigation, search|jump to navigation|jump to search|jump to navigation jump to search|add to my stories|advanced search|
font resize|return to top|
watch on youtube|watch later|more videos|include playlist|you're signed out|
if playback doesn't begin shortly, try restarting your device.|
an error occurred while retrieving sharing information. please try again later.|
report this content|view site in reader|collapse this bar|manage subscriptions|
wishlist|my wishlist|cart|my cart|your cart|basket|your basket|checkout|proceed to checkout|
send message|send your message|
discussion about this post|ready for more?""".replace("\n", "").split("|"))

#: Controls of a photo gallery or caption toggle: reported by NL212 (gallery-counter), not here.
GALLERY_CONTROLS = frozenset({"back to gallery", "enlarge image", "caption", "hide caption",
                              "toggle caption"})


def is_gallery_control(text: str) -> bool:
    return text.strip().lower() in GALLERY_CONTROLS


#: Languages as a language switcher names them, each in its own language (and a few with a
#: region): a line of nothing else is the switcher, in any language of the page.
ENDONYMS = frozenset("""
english|english (us)|english (uk)|english (international)|español|espanol|français|francais|deutsch|
italiano|português|portugues|português (brasil)|nederlands|polski|русский|中文|简体中文|繁體中文|
日本語|한국어|العربية|türkçe|svenska|dansk|norsk|suomi|ελληνικά|čeština|magyar|română|हिन्दी|
bahasa indonesia|tiếng việt|ไทย|українська|עברית|فارسی|català|galego|euskara|hrvatski|slovenčina|
slovenščina|български|srpski|српски|lietuvių|latviešu|eesti|bosanski|shqip|íslenska|gaeilge|cymraeg|
bahasa melayu|kiswahili|lëtzebuergesch|rumantsch|føroyskt|kalaallisut|afrikaans""".replace("\n", "")
    .split("|"))
#: Codes of languages as a switcher shows them, upper case: ``DE | EN``, ``EN FR NL``.
_LANGUAGE_CODES = frozenset(
    "EN DE FR ES IT PT NL PL RU ZH JA KO AR TR SV DA NO FI EL CS HU RO HI ID VI TH UK HE FA CA EU "
    "GL HR SK SL BG SR LT LV ET LB RM".split())


#: What a switcher's first item opens with (checked before the line is split into items).
_SWITCHER_OPENERS = frozenset(name.split()[0] for name in ENDONYMS) | frozenset(
    code.lower() for code in _LANGUAGE_CODES)
#: What ends a line's first item. White space is the same to ``\s`` and to ``str.strip``, so the
#: stripped line and its flat form (see :func:`flat`) have the same first item.
_FIRST_ITEM = lazy_pattern(r"[\s|•·/,]")


def language_switcher(text: str) -> bool:
    """A language switcher on one line: ``English | Español | Français``, ``DE | EN``, ``EN FR NL``
    (two or more languages' own names, or upper-case codes, and nothing else)."""
    # The first item first: most lines are refused there, before the line is made flat.
    # (the item is cut at the first mark found, without splitting off the rest of the line)
    stripped = text.strip()
    end = _FIRST_ITEM.search(stripped)
    if (stripped[:end.start()] if end else stripped).lower() not in _SWITCHER_OPENERS:
        return False
    text = flat(text)
    if len(text) > 160:
        return False
    items = [item for item in _MENU_SPLIT.split(text) if item] if _has_menu_mark(text) else []
    if len(items) < 2:
        items = re.split(r"\s*[/,]\s*|\s+", text)
    if len(items) < 2:
        return False
    return all(item.lower() in ENDONYMS or item in _LANGUAGE_CODES for item in items)


#: An edition picker's entry: a place or a label, then the edition's language in its own name,
#: in brackets (``Australia (English)``, ``América Latina (español)``, ``India (বাংলা)``).
_EDITION = lazy_pattern(r"^(?P<place>[^\W\d_][^()\n.!?:]{0,40}?)\s*\((?P<language>[^()\n]{2,30})\)$")
#: The languages an edition picker names that :data:`ENDONYMS` leaves out (scripts of India's).
_EDITION_LANGUAGES = frozenset("বাংলা मराठी தமிழ் తెలుగు ಕನ್ನಡ മലയാളം ગુજરાતી ਪੰਜਾਬੀ اردو".split())


def edition_entry(text: str) -> bool:
    """An edition picker's entry (``Afrique francophone (français)``): a place of four words or
    fewer and a language's own name in brackets."""
    if not text.endswith(")"):
        return False
    match = _EDITION.match(flat(text).strip())
    if match is None or len(match.group("place").split()) > 4:
        return False
    language = match.group("language").strip().lower()
    return language in ENDONYMS or language in _EDITION_LANGUAGES


#: A count in brackets after a control: ``View all (4)``.
_COUNT = lazy_pattern(r"\s*[(\[]\d+[)\]]$")
#: Notices of the page's machinery: ``You will be redirected back to your article in 13 seconds``.
_NOTICE = lazy_pattern(
    r"^(?:you will be redirected\b|show \d{1,4} new (?:updates?|posts?)$|(?:these|this) (?:are|is an?) external links? and will open in a new"
    r"|(?:this|the) (?:video|content|media) (?:is|will be) (?:not available|unavailable)"
    r"|javascript is (?:disabled|required)"
    r"|(?:this|the) (?:slideshow|gallery|video|content|page|site|feature|form|map|player|quiz|poll)"
    r" requires javascript"
    r"|please (?:enable|turn on) javascript|your browser does not support"
    # A print page's note on its list of links (``Check the box to include the list of links …``).
    r"|check the box to include the list of links referenced in the article\.?$"
    # A link's call alone, no sentence: ``Click here to read more``, ``Click here for the full
    # story``, ``CLICK HERE TO GET THE APP``.
    r"|(?:click|tap) here(?: (?:to|for)\b(?! (?:download|get|subscribe)\b)[^.!?]{1,50})?[!…:.]*$"
    # A player's length: ``Video duration 02:15``.
    r"|(?:video )?duration\s*:?\s*\d{1,2}:\d\d(?::\d\d)?$"
    # A wiki's frame around its article (MediaWiki): where the page came from, when it changed,
    # whose wiki it is (``Retrieved from "https://…"``, ``This page was last modified on 12 March
    # 2008, at 14:32.``, ``From Wikipedia, the free encyclopedia``).
    r"|this page was last (?:modified|edited) on [^.!?]{1,40}(?:, at \d{1,2}[:.]\d\d)?\.?$"
    r"|from [\w .'’-]{1,40}, the free (?:encyclopedia|cookbook|dictionary|encyclopaedia|wiki"
    r"|knowledge base)$"
    # A portal's offer to be the browser's start page, and its sign-in pair (``Make MSN my
    # homepage``, ``Make Y! your home page``, ``Set as homepage``, ``Sign In New User? Sign Up``).
    r"|(?:make|set) (?:\S+ ){0,2}(?:(?:your|my|as (?:your |my )?)\s?)home ?page[!.]?$"
    r"|(?:sign in\s+)?new user\?\s*(?:sign up|register)(?: here| now)?!?$"
    # A list's sort control: ``Sort by: Newest``.
    r"|sort(?:ed)? by\s*:?\s*(?:newest|oldest|latest|date|relevance|popularity|popular|best|top|votes"
    r"|most recent|most popular|newest first|oldest first)$"
    r"|(?:sortieren nach|sortiert nach|trier par|ordenar por|ordina per|sorteer op)\s*:?\s*(?:neueste|älteste"
    r"|datum|relevanz|beliebteste|plus récents|plus anciens|date|pertinence|popularité|más recientes"
    r"|más antiguos|fecha|relevancia|più recenti|data|rilevanza|mais recentes|relevância|nieuwste"
    r"|oudste|relevantie)$"
    # A text-size widget: its letters in three sizes, or two with a sign (``Text size: A A A``,
    # ``A- A+``).
    r"|(?:(?:text|font)[ -]?size\s*:?\s*)?(?:(?:a[+\-−]?\s+){2,3}a[+\-−]?|a[+\-−]\s*a[+\-−])$)",
    re.IGNORECASE,
)
#: A widget's string whose value its script never filled in: a placeholder of printf
#: (``%s``, ``%d``, ``%1$s``) or of a template (``{{ article.dateHour }}``), as WordPress.com's
#: like button (``%d bloggers like this:``) and its comment form (``Connecting to %s``) or a
#: page built in the browser leave them in a scrape.
_PLACEHOLDER = lazy_pattern(r"(?<![\w%])%(?:[1-9]\$)?[sd](?!\w)|\{\{[^{}\n]{1,80}\}\}")
#: The most words of such a string, and what code has that it has not (code in a story prints
#: placeholders too: ``printf("%d", count);``).
_PLACEHOLDER_WORDS = 10
_CODE_MARKS = frozenset('=;("')


def unfilled_string(text: str) -> bool:
    """A widget's string with its placeholder unfilled (see :data:`_PLACEHOLDER`): ten words at
    most, no sentence (a tutorial's ``Use %d for an integer.``), no mark of code."""
    return bool(_PLACEHOLDER.search(text)) and len(text.split()) <= _PLACEHOLDER_WORDS and \
        not ends_like_sentence(text) and not _CODE_MARKS.intersection(text)


#: The Wayback Machine's banner over an archived page, as its text comes out: ``success`` /
#: ``fail`` / months, days and years of its calendar / ``5 captures`` / ``09 Jan 2014 - 01 Jan
#: 2017`` / ``About this capture`` / ``COLLECTED BY`` / the collection's notes / ``TIMESTAMPS``.
_CAPTURES = lazy_pattern(r"^\s*\d[\d,.]*\s+captures?\s*$", re.IGNORECASE)
_BANNER_TOP = lazy_pattern(r"^\s*(?:success|fail|[A-Za-z]{3}|\d{1,2}|(?:19|20)\d\d|"
                           r"\d{1,2} [A-Za-z]{3} \d{4}\s*-\s*\d{1,2} [A-Za-z]{3} \d{4})\s*$")
#: How far the banner's notes run below ``About this capture`` to its ``TIMESTAMPS``, in lines.
_BANNER_NOTES = 30


def archive_banner(line: Line) -> list[Line]:
    """The lines of the Wayback Machine's banner around its ``About this capture`` (``line``),
    or none: it is the banner only with its count of captures just above and its
    ``TIMESTAMPS`` below."""
    above = [line.neighbour(-step) for step in (1, 2)]
    if not any(other is not None and _CAPTURES.match(other.text) for other in above):
        return []
    block = [line]
    below = line.neighbour(1)
    while below is not None and len(block) <= _BANNER_NOTES:
        block.append(below)
        if below.text.strip().upper() == "TIMESTAMPS":
            break
        below = below.neighbour(1)
    else:
        return []
    top = line.neighbour(-1)
    while top is not None and (_CAPTURES.match(top.text) or _BANNER_TOP.match(top.text)):
        block.insert(0, top)
        top = top.neighbour(-1)
    return block


#: A site's error-report widget: select the mistake and press Ctrl+Enter (``Нашли ошибку?
#: Выделите текст и нажмите Ctrl+Enter``, ``Found a typo? Select it and press Ctrl+Enter``).
_CTRL_ENTER = lazy_pattern(r"\b(?:ctrl|strg)\s?\+\s?enter\b", re.IGNORECASE)
#: … in a line that speaks of a mistake (``To send the mail, press Ctrl+Enter`` is a how-to's).
_MISTAKE = lazy_pattern(r"\b(?:error|typo|mistake|misprint|fehler|tippfehler|erreur|faute|coquille|errata"
                        r"|errore|erro|fout|typfout|błąd|literówk|ошибк|опечатк)",
                        re.IGNORECASE)
#: Where a wiki's page came from, under its article (MediaWiki): ``Retrieved from "https://…"``
#: (an address of any length).
_WIKI_SOURCE = lazy_pattern(r"^retrieved from [\"“]\S{1,300}[\"”]$", re.IGNORECASE)
#: Headers of a list of topic tags: the short lines after them are tags.
TAG_HEADERS = frozenset(
    "tags|tagged|topics|related topics|related tags|filed under|categories|keywords|subjects|more on"
    .split("|"))
#: Headers that head nothing but tags, wherever they stand (``Categories`` or ``Themen`` may head a
#: part of the story).
_ONLY_TAG_HEADERS = frozenset(
    "tags|tagged|tagged with|filed under|markiert mit|getaggt|verschlagwortet mit|schlagworte|"
    "schlagwörter|stichworte|stichwörter|mots-clés|mots clés|étiquettes|etiquetas|etichette|"
    "palavras-chave|trefwoorden".split("|"))
#: A tag list on one line: ``Tags Kristi Noem South Dakota``, ``Filed under: afghanistan, hostages``.
_TAG_LINE = lazy_pattern(
    r"^(?:(?:technorati tags|tags|tagged|topics|filed under|categories|keywords|subjects)\s*[:\-]?\s+\S"
    # A blog's post meta: ``Labels: genres, interviews`` (Blogger), ``Posted in News, Politics``,
    # ``Category: Press Releases``, and WordPress's own translations of "Posted in"
    # (``Veröffentlicht unter Allgemein | 1 Kommentar``, ``Geplaatst in Nieuws``) …
    r"|(?:labels|category|related (?:topics|tags)|more on)\s*:\s*\S|(?:posted in|veröffentlicht unter|geplaatst (?:in|onder)"
    # (WordPress's "Tagged" in German: ``Verschlagwortet mit Stadt, Markt``.)
    r"|verschlagwortet mit|getaggt mit)\s+"
    rf"(?-i:[{CAPITALS}])"
    # … and those a publication note may share: only before a list or a bar (``Veröffentlicht in
    # Männer, Recht``, where ``Publicado en El País`` names the paper the story comes from).
    r"|(?:veröffentlicht in|publié dans|publicado (?:en|em)|pubblicato in|gepubliceerd in)\s+"
    rf"(?-i:[{CAPITALS}])[^,|.]{{0,40}}[,|])", re.IGNORECASE)
#: A post's meta naming the category WordPress files a post in by default, in its languages (no
#: paper is called so, where ``Publicado en El País`` names the paper): ``Publicado en Sin
#: categoría``, ``Veröffentlicht in Allgemein``, ``Posted in Uncategorized``.
_DEFAULT_CATEGORY = lazy_pattern(
    r"^(?:posted in|filed under|veröffentlicht (?:in|unter)|publié dans|publicado (?:en|em)|pubblicato in"
    r"|gepubliceerd in|geplaatst in|opublikowano w)\s+(?:uncategori[sz]ed|allgemein|non classé"
    r"|sin categoría|senza categoria|sem categoria|geen categorie|ongecategoriseerd|bez kategorii)\s*$",
    re.IGNORECASE)
#: WordPress's "Tagged" in French, Spanish, Italian, Portuguese and Dutch before a list of two
#: tags or more, none a clause (``Etiquetado política, alcaldía``; ``Marcado por la tragedia, …``
#: opens a sentence).
_FOREIGN_TAGGED = lazy_pattern(
    r"^(?:étiqueté|etiquetado|taggato|marcado|getagd)\s+"
    r"(?!(?:como|por|pela|pelo|pelos|pelas|para|a|al|ao|à|alla|come|comme|par|pour|de|da|do|con|com"
    r"|avec|as|en|in|met|door|per|voor|naar|sur|su|sobre|el|la|le|les|los|las|il|lo|o|os|un|una|um|uma)\b)"
    r"[^,.;:!?\s][^,.;:!?]{0,30}(?:,\s[^,.;:!?]{1,30}){1,10}$", re.IGNORECASE)
#: A post's section as its meta names it, on one line: ``Rubrik: Topthemen Banken``.
_SECTION_LABEL = lazy_pattern(
    r"^(?:section|rubrik|rubrique|sección|sezione|rubrica|seção|secção|rubriek)\s?:\s*\S", re.IGNORECASE)
#: The short tag lines of a post's meta (``Posted in Politics``, ``Tagged Budget``): flagged
#: even where they are shaped like a menu's item (which alone is no finding).
_SHORT_TAG_LINE = lazy_pattern(
    r"^(?:tags|tagged|filed under|keywords|posted in|veröffentlicht unter|geplaatst (?:in|onder))\s",
    re.IGNORECASE)

#: A line that is only a separator between menu items: ``,``, ``|``, ``•``.
_SEPARATOR = lazy_pattern(r"^[,|•·/\-–—\s\u00a0]{1,4}$")
_TAG_INITIALS = frozenset("TtFfCcKkSsLlPpVvGgRrMm")


def _has_menu_mark(text: str) -> bool:
    """Whether the text holds a mark that separates the items of a one-line menu (checked before
    splitting the line): a bar, a bullet, a tab, two spaces or a no-break space. (Substring tests
    are faster than one search for them all.)"""
    # (the marks of ITEM_MARKS, spelled out)
    return "|" in text or "•" in text or "·" in text or "∙" in text or "\t" in text \
        or "  " in text or "\u00a0" in text


#: Breadcrumb separators: ``Home > World > Asia``, ``News / Politics``, ``Sport » Football``.
_CRUMB_SPLIT = lazy_pattern(r"\s*(?:>|›|»|/|\\|→)\s*")
#: Separators between the items of a one-line menu: a bar, a bullet, or a gap of two spaces.
_MENU_SPLIT = lazy_pattern(rf"[ \t\u00a0]*[{ITEM_MARKS}][ \t\u00a0]*|{ITEM_GAP}")
#: A menu-shaped line: a few words, no digits, no sentence punctuation inside.
_MENU_SHAPED = lazy_pattern(r"^[^\W\d_][\w&+'’.\- ]{0,30}:?$")

#: How far from the top and bottom menus are looked for, in paragraphs: a section name alone
#: within EDGE paragraphs of either end, or beside another short line within HEAD / TAIL.
EDGE, HEAD, TAIL = 5, 12, 12


def is_section_word(text: str, language: str = "en") -> bool:
    """Whether the text is a section name (in English or the document's ``language``)."""
    label = bare(text)
    return label in SECTIONS or label in ENDONYMS or bool(FOREIGN_SECTIONS.label(text, language))


#: An accessible page's skip link, as its grammar builds it in each language the rules read: a
#: verb of going (or none) and the part of the page it skips to (``Skip to main content``,
#: ``Jump to navigation``, ``Zur Suche springen``, ``Navigation überspringen``, ``Aller au
#: contenu principal``, ``Saltar al contenido``, ``Vai al menu``, ``Pular para o conteúdo``,
#: ``Naar de hoofdinhoud``); the whole line, nothing else.
_SKIP_LINK = lazy_pattern(
    r"^(?:(?:skip|jump|go|move)(?:\sdirectly)?\sto\s(?:the\s)?(?:main\s|primary\s|page\s)?"
    r"(?:content|navigation|menu|search|footer|sidebar|article|comments|recipe|reviews|site\sindex)"
    r"|skip\sto\smain|skip\s(?:navigation|links?)"
    r"|(?:direkt\s|springe\s|spring\s)?zu(?:m|r)\s(?:haupt)?(?:inhalt|navigation|suche|fußzeile"
    r"|footer|menü|seitenanfang|rezept)(?:\s(?:springen|wechseln|gehen))?"
    r"|(?:direkt\s)?zu\sden\skommentaren(?:\s(?:springen|wechseln|gehen))?"
    r"|(?:haupt)?(?:navigation|menü|inhalt)\s(?:überspringen|anspringen)"
    r"|(?:aller|passer|accéder|sauter)(?:\sdirectement)?\s(?:au|à\sla|aux)\s(?:contenu"
    r"(?:\sprincipal)?|navigation|menu|recherche|pied\sde\spage|commentaires|recette)"
    r"|passer\sla\snavigation"
    r"|(?:ir|saltar|pasar)(?:\sdirectamente)?\s(?:al|a\sla|a\slos)\s(?:contenido(?:\sprincipal)?"
    r"|navegación|menú|búsqueda|pie\sde\spágina|comentarios|receta)"
    r"|(?:saltar|omitir)\s(?:la\s)?navegación"
    r"|(?:vai|salta|passa)(?:\sdirettamente)?\s(?:al|alla|ai)\s(?:contenuto(?:\sprincipale)?"
    r"|navigazione|menu|ricerca|piè\sdi\spagina|commenti|ricetta)|salta\s(?:la\s)?navigazione"
    r"|(?:ir|pular|saltar)(?:\sdiretamente)?\spara\s(?:o|a|os)\s(?:conteúdo(?:\sprincipal)?"
    r"|navegação|menu|pesquisa|busca|rodapé|comentários|receita)"
    r"|(?:ga\s|spring\s|direct\s)?naar\s(?:de\s)?(?:hoofd)?(?:inhoud|navigatie|zoeken|menu|footer"
    r"|reacties|recept)"
    r"(?:\s(?:springen|gaan))?|(?:navigatie|menu)\soverslaan"
    r"|przejdź\sdo\s(?:treści|zawartości|menu|nawigacji|wyszukiwarki|stopki)|pomiń\snawigację"
    r"|перейти\sк\s(?:основному\s)?(?:содержимому|содержанию|контенту|навигации|поиску|меню)|к\sсодержанию"
    r"|пропустить\sнавигацию|(?:本文|メインコンテンツ|コンテンツ|メニュー)へ(?:スキップ|移動)?"
    r"|(?:跳到|跳至|跳转到|跳轉到)(?:主要)?(?:内容|內容|正文|导航|導航)|(?:跳过|跳過)(?:导航|導航)"
    r"|(?:본문|메뉴|주메뉴|주\s메뉴)(?:으로)?\s?바로가기)[.…]?$",
    re.IGNORECASE)
#: What a skip link opens with, beyond the openers of the controls (for the trigger).
_SKIP_OPENERS = (r"skip|jump|move|springe?|zu[mr]?|direkte?|direct|navigation|hauptnavigation|menü|inhalt"
                 r"|hauptinhalt|aller|passer|accéder|acceder|sauter|ir|saltar|pasar|omitir|vai"
                 r"|salta|passa|pular|ga|naar|navigatie|menu|przejdź|pomiń|перейти|к|пропустить"
                 r"|본문|메뉴|주메뉴|주")
#: … and in the scripts that write no space after it (``本文へスキップ``, ``跳到主要内容``,
#: ``본문바로가기``).
_SKIP_UNSPACED = r"(?:本文|メインコンテンツ|コンテンツ|メニュー)へ|跳到|跳至|跳转到|跳轉到|跳过|跳過|(?:본문|메뉴|주메뉴)바로가기"
#: A player's notice that its video or audio is gone, in the languages the rules read.
_MEDIA_GONE = lazy_pattern(
    r"^(?:(?:this|the)\s(?:video|clip|audio|content|media)\s(?:is|has\sbeen)\s(?:no\slonger\savailable"
    r"|not\savailable|unavailable|removed|expired)"
    r"|(?:dieses|das)\s(?:video|audio)\sist\s(?:nicht\smehr|leider\snicht(?:\smehr)?)\s(?:verfügbar|abrufbar)"
    r"|(?:cette|la)\svidéo\sn'est\splus\sdisponible|(?:este|el)\svídeo\s(?:ya\s)?no\sestá\s(?:ya\s)?disponible"
    r"|(?:questo|il)\svideo\snon\sè\spiù\sdisponibile|(?:este|o)\svídeo\snão\sestá\smais\sdisponível"
    r"|(?:deze|de)\svideo\sis\sniet\smeer\sbeschikbaar)[.!]?$",
    re.IGNORECASE)


#: How much longer than every other item of a menu the story's title under it is.
TITLE_OVER_MENU = 1.5


def above_story(article: Article, ordinal: int) -> bool:
    """Whether paragraph ``ordinal`` stands right above the story's first paragraph of prose, or
    with only its byline, its dateline, stamps (a line with a digit), a share bar's buttons (a
    word or two: ``Share`` / ``Tweet``, ``微信`` / ``微博``; ``Compartilhar no WhatsApp``) or the
    page's controls (``Artikel vorlesen lassen``) between."""
    bounds = article.story_bounds
    if bounds is None or ordinal >= bounds[0]:
        return False
    roles = article.roles
    return all(_between_title_and_story(article.paragraph(between).text, article,
                                        article.paragraph(between).index in roles)
               for between in range(ordinal + 1, bounds[0]))


def _between_title_and_story(text: str, language: str, has_role: bool = False) -> bool:
    text = flat(text).strip()
    return has_role or (len(text.split()) <= 2 and len(text) <= 16) or _under_title(text, language)


def title_in_run(texts: list[str], language: str = "en",
                 article: Optional[Article] = None) -> Optional[int]:
    """Where the story's title stands in a run of short lines above the story, if it does: the
    last line that is not a control, a share button or a stamp, when it is the title under the
    menu above it (:func:`title_under_menu`): ``Startseite`` / ``Politik`` / ``Regierung kündigt
    Steuerreform an`` / ``Artikel teilen`` / ``Vorlesen``; or when the record's title or the
    page's address names it (:func:`named_title`), however short."""
    last = len(texts) - 1
    while last >= 0 and _under_title(flat(texts[last]).strip(), language):
        last -= 1
    if last >= 0 and article is not None and named_title(article, texts[last]):
        return last
    return last if last >= 2 and title_under_menu(texts[:last + 1], language) else None


def _under_title(text: str, language: str) -> bool:
    """Whether a line of a run (its text made :func:`flat` and stripped) may stand under the
    story's title: a control, a share button or a stamp (a menu's items stand above it)."""
    return any(char.isdigit() for char in text) or is_control(text, language) or is_share_bar(text) \
        or SHARE.label(text, language) is not None


def title_under_menu(texts: list[str], language: str = "en") -> bool:
    """Whether the last of a run of short lines above the story is the story's title, not the
    menu's last item: half as long again as every item above it (three or more), and no section
    name or control (``Home`` / ``News`` / ``Local`` / ``Council approves budget``, ``首页`` /
    ``新闻`` / ``社会`` / ``市议会通过公园新预算``; ``Home`` / ``News`` / ``Science & Astronomy`` is a
    menu). A menu's items are alike; the title under them is not one of them."""
    if len(texts) < 3:
        return False
    title = flat(texts[-1]).strip()
    longest = max(len(flat(text).strip()) for text in texts[:-1])
    # (A title of two words or more, or of six letters of a script written without spaces.)
    return len(title) >= TITLE_OVER_MENU * longest and (
        " " in title or (len(title) >= 6 and UNSPACED_LETTER.search(title) is not None)) and \
        not is_section_word(title, language) and not is_control(title, language)


_TRAILING_ELLIPSIS = lazy_pattern(r"\s*(?:\.{3}|…)$")
#: A loading note's word, read as one only with its dots (``Laden...``, ``Cargando…``: ``Laden``
#: alone is a shop).
_LOADING_WORDS = frozenset(LOADING_WORDS)


def is_control(text: str, language: str = "en") -> bool:
    """Whether the text is only an interface control (``Close``, ``View all (4)``, ``Zurück``,
    ``Zur Navigation springen``) or a player's notice (``This video is no longer available``)."""
    label = _COUNT.sub("", bare(text))
    if label.endswith((".", "…")):
        dotted = _TRAILING_ELLIPSIS.sub("", label)  # (``Loading ...``, ``Loading content …``)
        if dotted != label and dotted in _LOADING_WORDS:
            return True
        label = dotted
    line = flat(text)
    if label in CONTROLS or line.lower() in CONTROLS or _NOTICE.match(line) \
            or FOREIGN_CONTROLS.label(label, language):
        return True
    if len(line) > 90:
        return False
    if _SKIP_LINK.match(line) or (len(line) <= 60 and _MEDIA_GONE.match(line)):
        return True
    # Skip links as an accessible page lists them: with their access keys (``Ir para o conteúdo
    # [1]``), or two or three on one line (``Jump to navigation Skip navigation``). (Most lines
    # asked about are refused by their last character or their first word.)
    if line.endswith("]"):
        line = _ACCESS_KEY.sub("", line)
        if _SKIP_LINK.match(line):
            return True
    first = line.split(None, 1)
    if not first:
        return False
    if first[0].lower() == "toggle":
        # A toggle button's label (``Toggle main menu``, ``Toggle dark mode``, ``Toggle search``).
        return len(line.split()) <= 4 and not ends_like_sentence(line) and line[-1:].isalpha()
    if first[0].lower() not in _SKIP_FIRST_WORDS:
        return len(line) <= 40 and _two_states(line)
    # (… glued by a scraper that drops the space between links: ``Skip to contentSkip to site
    # index``)
    return _skip_links(line.split(), 3) or _skip_links(_GLUED_LINK.sub(" ", line).split(), 3)


def _two_states(line: str) -> bool:
    """A toggle button scraped with its other state, glued or not: ``FollowFollowing``, ``Follow
    Followed``, ``Follow Unfollow`` (a control, then the same word inflected or undone)."""
    parts = line.split()
    if len(parts) == 1 and line[1:] != line[1:].lower():  # (a capital inside: maybe glued)
        parts = _GLUED_LINK.sub(" ", line).split()
    if not 2 <= len(parts) <= 3:
        return False
    stem = parts[0].lower()
    return stem in CONTROLS and all(
        part.lower().removeprefix("un").startswith(stem) for part in parts[1:])


#: Where a scraper glued two links or two menu items: a small letter or a digit, then a capital
#: and a small letter (``Skip to contentSkip to site index``, ``FollowFollowing``,
#: ``HomeWeatherTraffic``, ``Sports13 Investigates``).
_GLUED_LINK = lazy_pattern(r"(?<=[a-zà-öø-ÿ0-9])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


#: A link's access key after it, as accessible pages print it: ``[1]``.
_ACCESS_KEY = lazy_pattern(r"\s*\[\d{1,2}\]$")
#: The words a skip link opens with, in the languages whose skip links are written with spaces.
_SKIP_FIRST_WORDS = frozenset(
    "skip jump go move zum zur zu direkt springe spring navigation hauptnavigation menü inhalt "
    "hauptinhalt aller passer accéder sauter ir saltar pasar omitir vai salta passa pular ga naar "
    "navigatie menu przejdź pomiń перейти к пропустить".split())


def _skip_links(words: list[str], most: int) -> bool:
    """Whether ``words`` are two to ``most`` skip links one after the other."""
    if most < 2 or not 2 <= len(words) <= 4 * most or words[0].lower() not in _SKIP_FIRST_WORDS:
        return False
    for cut in range(1, len(words)):
        rest = words[cut:]
        if rest[0].lower() in _SKIP_FIRST_WORDS and _SKIP_LINK.match(" ".join(words[:cut])) and (
                _SKIP_LINK.match(" ".join(rest)) or _skip_links(rest, most - 1)):
            return True
    return False


def _menu_items(text: str, language: str = "en") -> list[str]:
    """The items of a one-line menu (``Home | News | Sports``), or [] when it is not one: section
    names, or any short link-shaped items between bars (``Impressum | Datenschutzbestimmungen |
    Nutzungsbedingungen``), the bar being a menu's own separator; a table's row opens or closes
    with one (``| Pos | Player |``), and is not a menu."""
    stripped = text.strip()
    if stripped[:1] in "[【" and _BRACKET_MENU.match(stripped):
        items = [item.strip() for item in _BRACKET_ITEM.findall(stripped)]
        return items if all(menu_shaped(item) for item in items) else []
    items = [item for item in _MENU_SPLIT.split(stripped) if item]
    if len(items) == 2 and "|" in stripped and all(
            bare(item) in SECTIONS for item in items):
        return items  # ``Login | Register``: two of the site's own sections
    if len(items) < 3 and " - " in stripped:
        items = [item for item in stripped.split(" - ") if item]
        # ``Home - About - Contact``: a dash between section names only (a headline's dash
        # stands between words that are not).
        return items if len(items) >= 3 and all(is_section_word(item, language) for item in items) \
            else []
    if len(items) < 3:
        return []
    if all(is_section_word(item.strip(":"), language) for item in items):
        return items
    if "|" in stripped and stripped[:1] != "|" and stripped[-1:] != "|" and len(items) <= 15 and \
            all((menu_shaped(item) or is_control(item, language)) and not item.endswith(":")
                for item in items) and \
            [item for item in _BAR_SPLIT.split(stripped) if item] == items:
        # (a story's toolbar too: ``Email | Print | Share | Reprints | Recommend (12)``)
        return items
    return []


#: The fewest items of a glued menu, and the most words and characters of each.
GLUED_MENU_ITEMS, GLUED_ITEM_WORDS, GLUED_ITEM_CHARS = 5, 4, 32
#: What a glued menu never holds: a sentence's end, a comma (a list of names in camel case:
#: ``logAdminCommands, showDeathMessages``), a hashtag, or a label's value (``Protein: 5g``).
_NOT_GLUED_MENU = lazy_pattern(r"[.!?。,#]|:\s*\d")


def _glued_menu(text: str, article: Article, ordinal: int) -> bool:
    """A menu whose links the scrape glued into one word, outside the story's span: at least
    five short items, each opening on a capital (``HomeWeatherTrafficWatchPhotosApps``,
    ``ImpressumAllgemeine GeschäftsbedingungenDatenschutzhinweise``). A name written in camel
    case (``YouTube``, ``iPhone``) glues far fewer."""
    bounds = article.story_bounds  # (first: most paragraphs are the story's)
    if bounds is not None and bounds[0] <= ordinal <= bounds[1]:
        return False
    if len(text) > 400 or _NOT_GLUED_MENU.search(text):
        return False
    items = _GLUED_LINK.split(text)
    return len(items) >= GLUED_MENU_ITEMS and all(
        len(item) <= GLUED_ITEM_CHARS and len(item.split()) <= GLUED_ITEM_WORDS for item in items)


def _in_edition_picker(text: str, article: Article, ordinal: int) -> bool:
    """An edition picker's entry beside another (one alone may be a story's line)."""
    if not edition_entry(text):
        return False
    lines, indexes = article.lines, article.paragraph_indexes
    return any(0 <= other < len(indexes) and edition_entry(lines[indexes[other]].strip())
               for other in (ordinal - 1, ordinal + 1))


#: A menu of bracketed links, as older pages wrote it: ``[ Home ] [ About ] [ Contact ]``, and
#: Chinese portals' toolbars in their lenticular brackets (``【 评论 】【 打印 】【 关闭 】``).
_BRACKET_MENU = lazy_pattern(r"^(?:[\[【][^\[\]【】\n]{1,40}[\]】]\s*){3,}$")
_BRACKET_ITEM = lazy_pattern(r"[\[【]([^\[\]【】\n]{1,40})[\]】]")
#: Bars alone between items: a menu of bar-separated links.
_BAR_SPLIT = lazy_pattern(r"[ \t\u00a0]*\|[ \t\u00a0]*")


def menu_shaped(text: str) -> bool:
    """One to four words, at most 32 characters, no digits, no sentence punctuation."""
    text = flat(text)
    return bool(_MENU_SHAPED.match(text)) and len(text.split()) <= 4 and not ends_like_sentence(text)


@lru_cache(maxsize=None)
def _header_openers() -> frozenset[str]:
    """The first words of the tag headers of several words (a test every short paragraph passes
    before the headers are looked up)."""
    return frozenset(label.split()[0] for labels in FOREIGN_TAG_HEADERS.labels.values()
                     for label in labels if " " in label)


def _tags_after_header(text: str, language: str) -> bool:
    """A tag list behind a header of two words or more, without a colon, in the document's
    language (``Temas en este artículo SNAP Paso Centurión Glifosato``, ``Themen im Artikel
    Energie Klima``): the tags open on a capital or a digit, and no sentence ends the line. (A
    header of one word, ``Temas``, opens sentences too.)"""
    words = text.split()
    if not 3 <= len(words) <= 16 or words[0].lower() not in _header_openers() or ends_like_sentence(text):
        return False
    for size in (4, 3, 2):
        if size < len(words) and all(any(char.isalpha() for char in word) for word in words[:size]) \
                and FOREIGN_TAG_HEADERS.label(" ".join(words[:size]), language):
            first = words[size]
            return first[:1].isupper() or first[:1].isdigit()
    return False


class NavigationMenu(ArticleRule):
    """Menu items, section labels and tag lists of the site's navigation.

    What it flags:
        A paragraph that is a section name (``Home``, ``News``, ``Sports``, ``Real Estate``, ``Sign
        In``, ``Highlights``) among the first or last five paragraphs, or beside another short line
        within twelve; every line of a run of three or more short menu-shaped lines most of which
        are section names; the tags after a ``Tags`` / ``Topics`` / ``Filed under`` header, such a
        header alone over a line that is no sentence (a cloud of tags with their counts, tags glued
        into one word), a post's category line, however short (``Posted in Politics``,
        ``Veröffentlicht unter Allgemein | 1 Kommentar``, ``Category: Press Releases``, ``Rubrik:
        Wirtschaft``), and a tag list or a whole menu on one line (``Tags Kristi Noem South
        Dakota``, behind a header of several words in another language without its colon:
        ``Temas en este artículo SNAP Paso Centurión``; ``Home | News | Sports | Business``, or any three or more short items between
        bars: ``Foren-Registrierung | Foren-Login | Anwalts-Login``, or in brackets: ``[ Home ] [
        About ]``, or section names between dashes, or five or more short items the scrape glued
        into one word, outside the story: ``Últimas NoticiasSociedadPolíticaEl Mundo``); a
        language switcher, on one line (``English |
        Español | Français``, ``DE | EN``) or a language's own name among the menu lines
        (``Deutsch``), and an edition picker's entries, two or more in a row (``Australia
        (English)`` / ``América Latina (español)``). A line that is also the heading of a related-stories box (``Latest news``) is
        left to NL203: one finding per line.

    Why it matters:
        A menu is the most common junk an extractor lets through: it is not part of the story,
        and it ends up in the first sentence of any summary or index built from the text.

    Example:
        ``Home`` / ``News`` / ``Sports`` / ``UConn Nation`` / ``Business`` at the top of a story
    """

    code = "NL309"
    fix = Fixable("remove-line", safe=True)
    name = "navigation-menu"
    summary = "Site menu items and section labels left in the text"
    examples = {
        "flag": ["Tags Kristi Noem South Dakota"],
        "pass": ["US FALLS"],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL309")

    def check(self, article: Article) -> Iterable[Hit]:
        lines = article.lines
        indexes = article.paragraph_indexes
        count = len(indexes)
        flagged: set[int] = set()
        run: list[int] = []
        for ordinal in range(count + 1):
            text = lines[indexes[ordinal]].strip() if ordinal < count else ""
            if len(text) <= 60 and ordinal < count and menu_shaped(text) and not (
                    ordinal and repeats_title(article, text)):
                if (text[:1] in _TAG_INITIALS and _SHORT_TAG_LINE.match(text)
                        and _TAG_LINE.match(text)) or _DEFAULT_CATEGORY.match(text):
                    flagged.add(ordinal)  # a post's tag line, however short: not only in a menu
                elif language_switcher(text):
                    flagged.add(ordinal)  # ``Deutsch English``: short, and a switcher anywhere
                run.append(ordinal)
                continue
            if run and ordinal < count and _SEPARATOR.match(text):
                continue  # a lone "," or "|" between menu items does not end the menu
            if run:
                flagged.update(self._run_items(article, run))
                run = []
            if ordinal < count and (len(text) <= 200 and self._one_line_menu(text, article)
                                    or _glued_menu(text, article, ordinal)
                                    or _in_edition_picker(text, article, ordinal)):
                flagged.add(ordinal)
        for ordinal in sorted(flagged):
            line = article.paragraph(ordinal)
            if heading_phrase(line.text, article):
                continue  # "Latest news" alone heads a related-stories box: NL203 reports it
            what = "language switcher" if language_switcher(line.text) else "site menu item"
            yield hit(line, f"{what} “{flat(line.text)[:40]}” left in the text")

    @staticmethod
    def _one_line_menu(text: str, language: str) -> bool:
        """A tag list (``Tags Kristi Noem South Dakota``, ``Schlagworte: Energie, Klima``) or a
        whole menu on one line."""
        if text[:1] in _TAG_INITIALS and _TAG_LINE.match(text):
            return not ends_like_sentence(text) and len(text.split()) <= 16
        if _FOREIGN_TAGGED.match(text):
            return len(text.split()) <= 16
        if ":" in text or "：" in text:
            head, _, rest = text.replace("：", ":").partition(":")
            if rest.strip() and FOREIGN_TAG_HEADERS.label(head, language):
                return not ends_like_sentence(text) and len(text.split()) <= 16
            if _SECTION_LABEL.match(text):
                return not ends_like_sentence(text) and len(text.split()) <= 6
        elif _tags_after_header(text, language):
            return True
        return (_has_menu_mark(text) or text[:1] in "[【" or " - " in text) and bool(
            _menu_items(text, language)) or language_switcher(text)

    @staticmethod
    def _run_items(article: Article, run: list[int]) -> Iterator[int]:
        """The ordinals to flag in a run of menu-shaped paragraphs."""
        if not run:
            return
        lines, indexes, count = article.lines, article.paragraph_indexes, article.paragraph_count
        language = article
        title = title_in_run([lines[indexes[ordinal]] for ordinal in run], language, article)
        if title is not None and above_story(article, run[title]):
            run = run[:title] + run[title + 1:]  # the story's title under the menu
            if not run:
                return
        sections = [ordinal for ordinal in run if is_section_word(lines[indexes[ordinal]], language)]
        for position, ordinal in enumerate(run[:-1]):
            header = lines[indexes[ordinal]]
            if (bare(header) in TAG_HEADERS or FOREIGN_TAG_HEADERS.label(header, language)) and (
                    ordinal < HEAD or count - 1 - ordinal < TAIL or position + 3 < len(run)):
                yield from run[position:position + 16]
        last = run[-1]
        header = lines[indexes[last]]
        if (bare(header) in TAG_HEADERS or FOREIGN_TAG_HEADERS.label(header, language)) and (
                last < HEAD or count - 1 - last < TAIL or bare(header) in _ONLY_TAG_HEADERS) and \
                last + 1 < count and not ends_like_sentence(flat(lines[indexes[last + 1]])):
            # The header of a tag list that is no menu (``Filed under`` over a cloud of tags with
            # their counts, ``MARKIERT MIT`` over tags glued into one word).
            yield last
        if len(run) >= 3 and len(sections) >= 2 and 2 * len(sections) >= len(run):
            yield from run
            return
        for ordinal in sections:
            label = flat(lines[indexes[ordinal]]).strip()
            if len(run) == 1 and not label.endswith(":") and label.casefold() not in _MEDIA_LABELS \
                    and article.paragraph(ordinal).between_prose:
                continue  # a subhead of the story (``Life``, ``Climate``), prose above and below
            if ordinal < EDGE or count - 1 - ordinal < EDGE or (
                    (ordinal < HEAD or count - 1 - ordinal < TAIL) and len(run) >= 2):
                yield ordinal


#: The label an embedded video, gallery or graphic leaves between two paragraphs (``Video``): a
#: player's, not a subhead.
_MEDIA_LABELS = frozenset("""
video videos vídeo vídeos vidéo vidéos photo photos foto fotos gallery galerie galería galleria
bildergalerie fotogalerie fotogalería audio podcast infographic infografik infografía grafik
graphic interactive multimedia""".split())


#: A breadcrumb trail's own label, in the languages the rules read: whatever follows it on the
#: line is the trail (``You are here: Home » Travel``, ``Sie sind hier: Startseite » Essen``).
_YOU_ARE_HERE_WORDS = (r"you are here|sie sind hier|du bist hier|vous êtes ici|usted está aquí|estás aquí"
                       r"|ti trovi in|você está aqui|u bent hier|je bent hier"
                       # (Joomla's breadcrumb label in German, Italian and Polish.)
                       r"|aktuelle seite|sei qui|jesteś tutaj")
_YOU_ARE_HERE = lazy_pattern(rf"^(?:{_YOU_ARE_HERE_WORDS})\s*:", re.IGNORECASE)
#: A link back to a section of the site: ``Return to News``, ``Back to Sports``.
_BACK_TO = lazy_pattern(
    r"^(?:return|back|go back) to (?:the )?(?P<place>[^\W\d_][\w&'’ .-]{1,30}?)\s*(?:page)?$", re.IGNORECASE)
#: The same link in the other languages the rules read: ``Zurück zum Lexikon``, ``Retour à la
#: liste``, ``Volver al índice``, ``Torna all'elenco``, ``Voltar para a lista``, ``Terug naar het
#: overzicht``.
_BACK_TO_FOREIGN = lazy_pattern(
    r"^(?:zurück (?:zu[rm]?|nach)|retour (?:aux|au|à|vers)|volver (?:al|a)|regresar (?:al|a)"
    r"|torna(?:re)? (?:all[’']|alla|agli|al|ai|a)|voltar (?:para|ao|à|a)|terug naar)(?: |(?<=[’']))"
    r"(?:(?:der|die|das|den|la|les|el|los|las|il|lo|gli|o|os|as|de|het) |l[’'])?"
    r"(?P<place>[^\W\d_][\w&'’ .-]{1,30}?)$", re.IGNORECASE)
#: What a link back leads to when it is not a section: a list, an index, the previous page.
_LISTING = lazy_pattern(r"(?:^|\s)(?:list|index|overview|archive|archives|listing|listings|results"
                        r"|contents|main page|home page|previous page|search results"
                        r"|übersicht|liste|lexikon|glossar|archiv|startseite|suchergebnisse"
                        r"|inhaltsverzeichnis"
                        r"|sommaire|accueil|résultats|lista|índice|archivo|portada|inicio|resultados"
                        r"|elenco|indice|archivio|risultati|arquivo|início|overzicht|lijst|archief"
                        r"|resultaten)$", re.IGNORECASE)
#: A pager's position: ``Page 1 of 3``, ``Seite 2 von 5``, ``Página 1 de 4``.
_PAGE_OF = lazy_pattern(r"^(?:page|seite|página|pagina|pagina) \d{1,3} (?:of|von|de|di|sur|van) \d{1,3}"
                        r"(?:\s*\[\s*[\d,.]+ (?:posts?|beiträge|messages|mensajes|messaggi)\s*\])?$",
                        re.IGNORECASE)
#: A pager's page numbers (``Pages: 1 2 3 Next``) and a print edition's jump line (``Continued on
#: page 2``): the story goes on elsewhere on the page it was scraped from, not in the text.
_PAGER = lazy_pattern(r"^(?:pages?\s*:?\s*(?:\d{1,3}\s*[|,·]?\s*){2,}(?:next|weiter)?\s*[»›>]?"
                      r"|continued on (?:page [a-z]?\d{1,3}|(?:the )?next page))\.?$", re.IGNORECASE)

#: A pager's page numbers alone, between its arrows or words: ``1 | 2 | 3 | 4 | 5``, ``« 1 2 3 …
#: 10 Next »``, ``1 2 3 4 5 Weiter``.
_BARE_PAGER = lazy_pattern(
    r"^(?:[«‹<←]+|prev(?:ious)?|zurück|précédent|anterior|precedente|vorige)?\s*"
    r"(?P<numbers>1(?:\s*[|·,/]?\s*(?:\d{1,3}|…|\.\.\.))+)\s*"
    r"(?:next|weiter|suivant|siguiente|successivo|próxima|próximo|volgende|last|letzte)?\s*[»›>→]*$",
    re.IGNORECASE)


def _bare_pager(text: str) -> bool:
    """Whether ``text`` is a pager's page numbers (:data:`_BARE_PAGER`): three or more, from 1,
    counting up by one until a gap (``1 2 3 … 10``)."""
    pager = _BARE_PAGER.match(text.strip()) if len(text) <= 120 else None
    if pager is None:
        return False
    numbers = [int(number) for number in re.findall(r"\d+", pager.group("numbers"))]
    run = 1
    while run < len(numbers) and numbers[run] == numbers[run - 1] + 1:
        run += 1
    return run >= 3 and all(later > earlier for earlier, later in zip(numbers, numbers[1:]))


#: An entry of a blog's archive or category widget: a month (maybe with its year), a year, or a
#: category, and the count of its posts, maybe after the widget's toggle (``► August (1)``,
#: ``2006 (45)``, ``Juni 2019 (3)``, ``Marketing (2)``).
_ARCHIVE_ENTRY = lazy_pattern(
    r"^[►▼▶◄◀»•·\s-]*(?P<name>(?P<first>[^\W\d_][\w.&'’-]{1,24})(?:\s+(?P<year>(?:19|20)\d\d)"
    r"|(?:\s+[^\W\d_][\w.&'’-]{0,24}){0,2})|(?:19|20)\d\d)\s*\(\d{1,5}\)$")


def archive_entry(text: str) -> Optional[str]:
    """``"archive"`` when the line is a month's or a year's entry of an archive widget,
    ``"category"`` when a category's (a name and a count: known only beside others), else ``None``.
    Months of every language count: an archive's are the blog's, which a sidebar's few words do
    not tell."""
    match = _ARCHIVE_ENTRY.match(text)
    if match is None:
        return None
    first = match.group("first")
    if first is None or first.lower().rstrip(".") in MONTH_NAMES:
        return "archive"
    return None if match.group("year") else "category"


#: Inside the story's span, the fewest entries in a row that make a category widget (a story's
#: own list of names with numbers is shorter: ``Republicans (52)`` / ``Democrats (47)``).
CATEGORY_RUN = 5


def _in_entry_run(line: Line, least: int) -> bool:
    """Whether the line stands in a run of at least ``least`` entries of an archive widget."""
    count = 1
    for direction in (-1, 1):
        step = direction
        while count < least:
            other = line.neighbour(step)
            if other is None or archive_entry(flat(other.text).strip()) is None:
                break
            count += 1
            step += direction
    return count >= least


def _archive_widget(line: Line) -> bool:
    """A widget's entry: outside the story, a month or a year with its count, or a category with
    its count beside two more entries (a run of three); anywhere, a month or a year in a run of
    three months and years (a story's own table names its rows otherwise), or any entry in a run
    of :data:`CATEGORY_RUN`."""
    kind = archive_entry(flat(line.text).strip())
    if kind is None:
        return False
    bounds = line.article.story_bounds
    outside = bounds is None or not bounds[0] <= line.ordinal <= bounds[1]
    if kind == "archive" and outside:
        return True
    if kind != "archive" and not outside:
        return _in_entry_run(line, CATEGORY_RUN)
    around = [line.neighbour(step) for step in (-2, -1, 1, 2)]
    kinds = [archive_entry(flat(other.text).strip()) if other is not None else None
             for other in around]
    wanted = ("archive",) if not outside else ("archive", "category")
    found = [other in wanted for other in kinds]
    return (found[0] and found[1]) or (found[1] and found[2]) or (found[2] and found[3])


#: The count closing an archive widget's entry, and the most posts an open entry lists.
_ENTRY_COUNT = lazy_pattern(r"\((\d{1,5})\)\s*$")
_ARCHIVE_POSTS = 30


def _archive_posts(entry: Line) -> list[Line]:
    """The titles of the posts an open month lists under its entry (``▼ March (3)`` over three
    titles, then ``► February (9)``): as many lines as its count says, each short and no entry
    itself; none when the count is not met so (a year opens onto its months, not its posts)."""
    text = flat(entry.text).strip()
    count = _ENTRY_COUNT.search(text)
    if not text.startswith("▼") or count is None or not 0 < int(count.group(1)) <= _ARCHIVE_POSTS:
        return []
    posts: list[Line] = []
    other = entry.neighbour(1)
    while other is not None and len(posts) < int(count.group(1)):
        title = flat(other.text).strip()
        if archive_entry(title) or len(title.split()) > 20 or ends_like_sentence(title):
            return []
        posts.append(other)
        other = other.neighbour(1)
    return posts if len(posts) == int(count.group(1)) else []


#: What a line of NL310 may open with: the controls' and notices' first words (prefixes, in lower
#: case; ``\b`` ends a whole word), and the sections a breadcrumb opens with.
_CONTROL_OPENERS = (
    "close", "open", "back", "next", "prev", "return to", "go\\b", "top\\b", "loading", "enlarge",
    "expand", "collapse", "show ", "see all", "view ", "load more", "play", "replay", "pause", "mute",
    "unmute", "watch", "listen", "full screen", "fullscreen", "exit full", "skip", "jump to", "toggle",
    "menu", "search", "submit", "caption", "hide caption", "image\\b", "media playback",
    "your browser", "javascript", "JavaScript", "please enable", "please turn on",
    "you will be redirected", "check the box", "click here", "tap here", "weather", "today's weather",
    "current weather", "local weather", "duration", "sort by", "sorted by", "sortieren nach",
    "sortiert nach", "trier par", "ordenar por", "ordina per", "sorteer op",
    "these are external", "this is an external", "this video", "the video", "the content",
    "this content", "just watched", "must watch", "more videos", "autoplay", "scroll down",
    "reuse this", "home", "news", "world", "sport", "politics", "business", "video",
    "retrieved from", "this page was last", "new user", "sign in", "this slideshow", "the slideshow",
    "this gallery", "the gallery", "this feature", "this page requires", "this site requires",
    "this form", "this map", "this player", "this quiz", "this poll")


def _controls_beyond(openers: tuple[str, ...]) -> list[str]:
    """The first words of the controls of :data:`CONTROLS` that none of ``openers`` opens: the
    trigger reads the vocabulary the check reads, so a control added to it is offered without a
    second list. A first word and its space, as the rest of a control may be written in any case
    (``Trackback URL``); a one-word control as the whole word."""
    prefixes = tuple(opener.removesuffix("\\b").lower() for opener in openers)
    return sorted({control.split(" ", 1)[0] + " " if " " in control else control + "\\b"
                   for control in CONTROLS
                   if len(control) > 1 and not control.startswith(prefixes)})


#: "PDF" as a word: not the end of a file's name in an address (``…/Merkblatt.pdf``).
_PDF = lazy_pattern(r"(?<![\w.])pdf\b", re.IGNORECASE)
#: What a PDF link offers to do with it, in the languages the rules read.
_PDF_VERB = lazy_pattern(
    r"\b(?:download|save|print|view|open|get|herunterladen|downloaden|speichern|drucken|ansehen"
    r"|öffnen|télécharger|enregistrer|imprimer|voir|descargar|guardar|imprimir|ver|scarica|scaricare"
    r"|salva|stampa|apri|baixar|salvar|abrir|opslaan|printen|bekijken)\b", re.IGNORECASE)
#: A PDF link without a verb: ``PDF``, ``PDF-Ausgabe``, ``Edición PDF``, ``Artikel als PDF``, a
#: document's link marked with its kind or size (``Programm der Tagung (PDF)``, ``pdf (83,14 KB)``).
_PDF_LABEL = lazy_pattern(
    r"^\(?pdf(?:[- ](?:version|ausgabe|download|vorschau|datei|file|edition))?\)?$"
    r"|^(?:edición|édition|edizione|edição|version|versione|versão|versie) pdf$"
    r"|^(?:[\w'’-]+ ){0,3}als pdf$"
    r"|\(\s*pdf\b[^()]{0,20}\)$|\bpdf\s*[(,]\s*[\d.,]+\s*[kmg]i?b\)?$", re.IGNORECASE)


def _is_pdf_link(text: str) -> bool:
    """A link to the page or a document as PDF: eight words at most, no sentence, ``PDF`` as a
    word with what to do with it (``Download PDF``, ``Als PDF speichern``) or alone as the
    link's label (``PDF-Ausgabe``, ``Programm der Tagung (PDF)``)."""
    if not _PDF.search(text) or len(text.split()) > 8 or ends_like_sentence(text):
        return False
    return bool(_PDF_VERB.search(text) or _PDF_LABEL.search(text))


#: A link's label glued to the title after it: small letters, then a capital with no space.
_GLUED_TITLE = lazy_pattern(rf"^(?P<label>[^\W\d_][^\n]{{2,28}}?[^\W\d_{CAPITALS}А-Я])(?=[{CAPITALS}А-Я][^\W\d_])")


#: A control spelled out as a call: ``Click here to report a typo.``
_CLICK_HERE_TO = lazy_pattern(r"^(?:click|tap) here to (.{3,60}?)[.!]?$", re.IGNORECASE)
#: A line of links each in square brackets, as old pages and text browsers set them (``[Back]``,
#: ``[ Home ] [ Top ]``, ``[Accueil] | [Politique]``), and one such link.
_BRACKETED_LINKS = lazy_pattern(r"^\s*(?:\[[^\[\]\n]{1,30}\]\s*(?:[|•·-]\s*)?)+$")
_BRACKETED_LINK = lazy_pattern(r"\[\s*([^\[\]\n]*?)\s*\]")


#: A video player's own labels, which no story prints (video.js's and players like it, whose hidden
#: text a scrape keeps): its clock and buffer readouts with their values, its live and speed
#: controls, its caption menus' states and its settings dialog, in the languages the rules read.
_PLAYER_LABEL = lazy_pattern(
    r"^(?:(?:video|audio|media) player is loading\.?|(?:video|audio) player"
    r"|(?:current time|duration(?: time)?|remaining time|aktueller zeitpunkt|verbleibende zeit|temps actuel"
    r"|temps restant|tiempo reproducido|tiempo restante|orario attuale|tempo rimanente|tempo restante"
    r"|huidige tijd|resterende tijd)\s*-?\s*\d{1,2}:\d\d(?::\d\d)?"
    r"|(?:loaded|progress|geladen|chargé|progression|cargado|progreso|caricato|carregado|progresso"
    r"|voortgang)\s*:?\s*\d{1,3}(?:[.,]\d+)?\s*%"
    r"|stream\s*type\s*live|streamtyp\s*live|seek to live, currently (?:behind|playing) live"
    r"|playback rate|wiedergabegeschwindigkeit|vitesse de lecture|velocidad de reproducción"
    r"|velocità di riproduzione|afspeelsnelheid|next playlist item"
    r"|(?:captions and subtitles|subtitles|captions|descriptions|chapters) off"
    r"|(?:untertitel|beschreibungen) aus|sous-titres(?: transcrits)? désactivés|descriptions désactivées"
    r"|subtítulos(?: especiales)? desactivados|descripciones desactivadas|senza (?:sottotitoli|didascalie)"
    r"|(?:ondertiteling(?: \(cc\))?|beschrijvingen) uit"
    r"|[^,\n]{1,40}, (?:selected|ausgewählt|sélectionné|seleccionado|selezionato|selecionada|geselecteerd)"
    r"|(?:captions|subtitles|descriptions) settings(?:, opens (?:captions|subtitles|descriptions) settings"
    r" dialog)?|caption settings dialog|(?:this is a )?modal window\.?|close modal dialog"
    r"|beginning of dialog window\..{0,80}|end of dialog window\.?|this modal can be closed by .{0,80}"
    r"|dies ist ein modales fenster|modales fenster schließen|ende des dialogfensters\."
    r"|ceci est une fenêtre modale|fin de la fenêtre de dialogue\.|esta es una ventana modal"
    r"|final de la ventana de diálogo\.|(?:reset\s*)?restore all settings to the default values"
    r"|text edge style|caption area background|semi-transparent|semi-opaque"
    r"|(?:proportional|monospace) (?:sans-serif|serif)|(?:exit |playing in )?picture-in-picture"
    r"|exit fullscreen|non-fullscreen|skip (?:backward|forward) \d{1,3} seconds"
    r"|no compatible source was found for this media\.?"
    # (the player's ad break, as the ad SDKs word it)
    r"|you can skip (?:this )?ad in \d{1,2}(?: seconds?)?\.?)$", re.IGNORECASE)
#: What else a player's controls and its settings dialog show, read as the player's only in a
#: block with its own labels (:data:`_PLAYER_LABEL`): ``Play``, ``Chapters``, a colour, a size.
_PLAYER_WORDS = frozenset("""
play pause replay mute unmute fullscreen live close done reset text color colour opacity opaque
transparent white black red green blue yellow magenta cyan background foreground window none raised
depressed uniform casual script chapters descriptions subtitles captions duration
""".split()) | frozenset(("play video", "audio track", "volume level", "font size", "font family",
                          "drop shadow", "small caps", "text background", "current time",
                          "remaining time", "stream type", "playback rate", "captions settings",
                          "1x", "normal"))
#: A player's value alone on its line: a time, a size, a speed, a digit; or a mark between its
#: menus.
_PLAYER_VALUE = lazy_pattern(
    r"^(?:-?\d{1,2}:\d\d(?::\d\d)?|\d{1,3}\s?%|\d(?:[.,]\d{1,2})?x|\d|[-–—/|]{1,5})$")
#: The first words of the player's labels, and its words alone on their lines, for the trigger
#: (ASCII letters, which the scan reads in either case; the rule's own check reads the line).
_PLAYER_OPENERS = (r"video[ \t]player|audio[ \t]player|media[ \t]player|current[ \t]time|duration[ \t]"
                   r"|remaining[ \t]time|aktueller[ \t]zeitpunkt|verbleibende[ \t]zeit|temps[ \t]actuel"
                   r"|temps[ \t]restant|tiempo[ \t]reproducido|tiempo[ \t]restante|orario[ \t]attuale"
                   r"|tempo[ \t]r[ei]|huidige[ \t]tijd|resterende[ \t]tijd|loaded|progress|geladen|charg"
                   r"|cargado|progreso|caricato|carregado|voortgang|stream[ \t]?typ|seek[ \t]to[ \t]live"
                   r"|playback[ \t]rate|wiedergabegeschwindigkeit|vitesse[ \t]de[ \t]lecture|velocidad[ \t]de"
                   r"|velocit|afspeelsnelheid|next[ \t]playlist|captions[ \t]|subtitles[ \t]|descriptions[ \t]"
                   r"|chapters[ \t]off|untertitel[ \t]aus|beschreibungen[ \t]aus|sous-titres|descriptions[ \t]d"
                   r"|subt[ií]tulos|descripciones[ \t]d|senza[ \t]|ondertiteling|beschrijvingen[ \t]uit"
                   r"|caption[ \t]|(?:this[ \t]is[ \t]a[ \t])?modal|close[ \t]modal|beginning[ \t]of[ \t]dialog"
                   r"|end[ \t]of[ \t]dialog|this[ \t]modal|dies[ \t]ist[ \t]ein[ \t]modales|modales"
                   r"|ende[ \t]des[ \t]dialog|ceci[ \t]est[ \t]une[ \t]fen|fin[ \t]de[ \t]la[ \t]fen"
                   r"|esta[ \t]es[ \t]una[ \t]ventana|final[ \t]de[ \t]la[ \t]ventana|reset|restore[ \t]all"
                   r"|text[ \t]edge|semi-|proportional[ \t]|monospace[ \t]|exit[ \t]|playing[ \t]in"
                   r"|picture-in|non-fullscreen|skip[ \t]backward|skip[ \t]forward|no[ \t]compatible"
                   r"|you[ \t]can[ \t]skip")
_PLAYER_WORDS_ALONE = "|".join(word.replace(" ", r"[ \t]") for word in sorted(
    word for word in _PLAYER_WORDS if word.isascii() and word[:1].isalpha()))
#: The most lines a player's block spans.
PLAYER_LINES = 120


def _player_part(text: str) -> bool:
    """Whether a line may be part of a player's block: one of its labels, words or values."""
    text = text.strip()
    return bool(text) and len(text) <= 160 and (text.casefold() in _PLAYER_WORDS or bool(
        _PLAYER_VALUE.match(text)) or bool(_PLAYER_LABEL.match(text)))


def _player_lines(article: Article) -> frozenset[int]:
    """The ordinals of the paragraphs in a video player's blocks: the player's labels and the
    run of its words and values around them."""
    lines, indexes, count = article.lines, article.paragraph_indexes, article.paragraph_count
    found: set[int] = set()
    for ordinal in range(count):
        if ordinal in found or not _PLAYER_LABEL.match(flat(lines[indexes[ordinal]]).strip()):
            continue
        low = ordinal
        while low > 0 and ordinal - low < PLAYER_LINES and _player_part(flat(lines[indexes[low - 1]])):
            low -= 1
        high = ordinal
        while high + 1 < count and high - ordinal < PLAYER_LINES and \
                _player_part(flat(lines[indexes[high + 1]])):
            high += 1
        found.update(range(low, high + 1))
    return frozenset(found)


class NavigationLink(LineRule):
    """A lone navigation control, player label or breadcrumb trail.

    What it flags:
        A line that is only an interface control or a player's label (``Close``, ``Back to
        Gallery``, ``Video``, ``View all (4)``, ``Show transcript``), a skip link as its grammar
        reads in each language (``Skip to main content``, ``Zur Suche springen``, ``Navigation
        überspringen``, ``Aller au contenu principal``, ``Jump to comments``, ``Jump to Recipe``,
        ``本文へスキップ``), a player's notice that its video is gone
        (``This video is no longer available``); gallery controls such as ``Back
        to Gallery`` are NL212's), a notice of the page's machinery (``Media playback is unsupported
        on your device``, ``You will be redirected back to your article in 13 seconds``, ``This
        slideshow requires JavaScript.``), a loading note with its dots, in the languages the
        rules read (``Loading ...``, ``Laden...``, ``Cargando…``), a toggle button's label of four words or fewer
        (``Toggle main menu``, ``Toggle dark mode``), or a
        breadcrumb trail (``Home > World > Asia``) that opens with a section name or its label
        (``You are here: Home » Travel``, ``Sie sind hier: Startseite``), or a pager's position
        (``Page 1 of 3``), a text-size widget (``Text size: A A A``), a list's sort control (``Sort
        by: Newest``), a weather widget (``Weather: 72°F Sunny``), a table of contents' heading
        (``Contents``, ``Inhaltsverzeichnis``), a wiki's frame around its article (``Jump to:
        navigation, search``, ``What links here``, ``Retrieved from "https://…"``, ``This page
        was last modified on 12 March 2008, at 14:32.``), the Wayback Machine's banner over an
        archived page (its calendar, ``5 captures``, ``About this capture``, ``COLLECTED BY``, the
        collection's notes, down to ``TIMESTAMPS``), a portal's offer to be the start page
        (``Make MSN my homepage``) and its sign-in pair (``Sign In New User? Sign Up``), a toggle
        button scraped with its other state (``FollowFollowing``, ``Follow Followed``), controls
        side by side between bars (``skip to
        main | skip to sidebar``), a link back to a section or a list (``Return to
        News``, ``Zurück zum Lexikon``, ``Retour à la liste``), a link to the next or previous
        story with its title (``Next article: …``, ``Artículo siguiente …``, its label glued to
        the title as a scraper joins the link's parts: ``Vorheriger ArtikelImmer mehr
        Wildschweine in Köln``), or a link marked with an arrow, also as ASCII pages draw it
        (``← Older posts``, ``<< Previous | Next >>``, ``Das sind die Testsieger >>``), or
        controls and section names each in square brackets (``[Back]``, ``[ Home ] [ Top ]``;
        a bracketed source, ``[The Guardian]``, stays), or a link's call that is no sentence
        (``Click here for the full story``), or a link to the page or a document as PDF, eight
        words at most and no sentence (``Download PDF``, ``Artikel als PDF speichern``,
        ``Programm der Tagung (PDF)``, ``pdf (83,14 KB)``), or an
        entry of a blog's archive or category widget: a month or a year with its count of posts,
        maybe behind the widget's toggle (``► August (1)``, ``2006 (45)``, ``Januar 2015 (2)``),
        outside the story or in a run of three such entries anywhere, and a category with its
        count (``Tutorials (33)``) in a run of three outside the story, or of five within its
        span (a sidebar beside the story; a story's own table of names with counts is shorter),
        with the titles of the posts an open month
        lists under it when there are as many as its count (``▼ March (3)`` over three titles).
        And a video player's hidden text as a block: the player's own labels, which no story
        prints (``Video Player is loading.``, ``Current Time 0:00``, ``Loaded: 0%``, ``Playback
        Rate``, ``captions off, selected``, ``End of dialog window.``; video.js's wording, in
        seven languages; its ad break's ``You can skip this ad in 5 seconds.``), and the words and
        values of its menus and settings around them
        (``Chapters``, ``Opaque``, ``75%``, ``1x``), which alone may be a story's. And a widget's
        string whose placeholder its script never filled in, ten words at most and no sentence
        (``%d bloggers like this:``, ``Connecting to %s``, ``{{ article.dateHour }}``); code
        printing one (``printf("%d", n);``) is left alone.

    Why it matters:
        Controls and breadcrumbs are the page's furniture; in the text they read as stray words
        between paragraphs.

    Example:
        ``Skip to content`` · ``Home > World > Asia`` · ``Back to Gallery``
    """

    code = "NL310"
    fix = Fixable("remove-line", safe=True)
    name = "navigation-link"
    summary = "A lone navigation control or breadcrumb trail"
    examples = {
        "flag": ["Skip to content"],
        "pass": ["Back to Taylor! It’s her music, so why can’t she sing it?"],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL310")
    trigger = r"^[ \t]*" + first_words(*_CONTROL_OPENERS, *_controls_beyond(_CONTROL_OPENERS)) + (
        "|" + FOREIGN_CONTROLS.line_start_trigger() + "|" + FOREIGN_SECTIONS.line_start_trigger()
        + "|" + STORY_NAVIGATION.line_start_trigger() + r"|^[ \t]*[←«][ \t]| [→»][ \t]*(?:\n|\Z)"
        + r"|^[ \t]*(?i:" + _YOU_ARE_HERE_WORDS + r")[ \t]*:"
        + r"|^[ \t]*(?i:page|seite|página|pagina)[ \t][0-9]|^[ \t]*A[+\-−]?[ \t]*A"
        + r"|^[ \t]*[Pp]ages?[ \t]*:?[ \t]*[0-9]|^[ \t]*[Cc]ontinued on "
        # A pager's bare page numbers: ``1 | 2 | 3 | 4 | 5``, ``« 1 2 3 … 10 Next »``.
        + r"|^[ \t]*(?:[«‹<←][ \t]*)?1[ \t]*[|·,/ ][ \t]*2[ \t]*[|·,/ ][ \t]*3"
        + r"|\([0-9]{1,5}\)[ \t]*(?:\n|\Z)|(?i:ctrl|strg)[ \t]?\+[ \t]?(?i:enter)"
        # A wiki's masthead and a portal's start-page offer: common first words, so spelled out.
        + r"|^[ \t]*[Ff]rom [^\n,]{1,40}, the free |^[ \t]*(?i:make|set)[ \t][^\n]{0,30}(?i:home[ \t]?page)"
        + r"|^[ \t]*[<‹][ \t]| [>›][ \t]*(?:\n|\Z)|^[ \t]*<<|>>[ \t]*(?:\n|\Z)|^[ \t]*\[[^\n\[\]]{1,30}\]|PDF|pdf|Pdf"
        + r"|^[ \t]*(?i:zurück|retour|volver|regresar|torna|voltar|terug)[ \t]"
        + r"|^[ \t]*(?i:" + _SKIP_OPENERS + r")[ \t]|^[ \t]*(?:" + _SKIP_UNSPACED + ")"
        + r"|^[ \t]*(?i:this|the|dieses|das|cette|la|este|el|questo|il|o|deze|de)[ \t]"
          r"(?i:video|vídeo|vidéo|clip|audio|content|media)[ \t]"
        # A toggle glued to its other state: ``FollowFollowing``.
        + r"|^[ \t]*[A-Z][a-z]{2,11}[A-Z][a-z]{2,14}[ \t]*(?:\n|\Z)"
        # A video player's labels, words and values (read in its block: see _player_lines).
        + r"|^[ \t]*(?i:" + _PLAYER_OPENERS + r")|^[ \t]*(?i:" + _PLAYER_WORDS_ALONE + r")[ \t]*(?:\n|\Z)"
        + r"|^[ \t]*(?:-?[0-9]{1,2}:[0-9][0-9]|[0-9]{1,3}[ \t]?%|[0-9](?:[.,][0-9]{1,2})?x|[0-9]|[-–—/|]{1,5})"
          r"[ \t]*(?:\n|\Z)|, (?i:selected|ausgewählt|seleccionado|selezionato|selecionada|geselecteerd)"
          r"|, sélectionné|, SÉLECTIONNÉ"
        # The web archive's banner, read from its ``About this capture``.
        + r"|^[ \t]*(?i:about[ \t]this[ \t]capture)[ \t]*(?:\n|\Z)"
        # A widget's string with its placeholder unfilled: ``Connecting to %s``, ``{{ date }}``.
        + r"|%(?:[1-9]\$)?[sd]|\{\{"
        # A loading note in another language, with its dots: ``Laden...``, ``Cargando…``.
        + r"|^[ \t]*(?i:" + "|".join(word.replace(" ", r"[ \t]") for word in LOADING_WORDS)
        + r")[ \t]*(?:\.\.\.|…)")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text)
        if _player_part(text) and line.ordinal in per_article(article, "player-lines", _player_lines):
            yield hit(line, f"video player's control or label “{text.strip()[:40]}” left in the text")
            return
        if len(text) <= 250 and _YOU_ARE_HERE.match(text):  # the trail may name a long title
            yield hit(line, "breadcrumb trail left in the text")
            return
        if text.strip().lower() == "about this capture":
            for part in archive_banner(line):
                yield hit(part, f"the web archive's banner over the page “{part.text.strip()[:40]}” "
                                f"left in the text")
            return
        if len(text) <= 320 and _WIKI_SOURCE.match(text):
            yield hit(line, "the wiki's note of where the page came from left in the text")
            return
        if len(text) <= 160 and _CTRL_ENTER.search(text) and _MISTAKE.search(text):
            yield hit(line, "the site's error-report widget (select the text, press Ctrl+Enter) left in the text")
            return
        link = self._story_link(text, article) if len(text) <= 200 else ""
        if link:
            yield hit(line, f"{link} “{text[:40]}” left in the text")
            return
        if len(text) > 80:
            return
        if unfilled_string(text):
            yield hit(line, f"widget's string with its placeholder unfilled “{text.strip()[:40]}” left in the text")
            return
        if _PAGE_OF.match(text) or _PAGER.match(text) or _bare_pager(text):
            yield hit(line, f"pager “{text}” left in the text")
            return
        language = article
        if text.rstrip().endswith(")") and _archive_widget(line):
            yield hit(line, f"archive or category widget's entry “{text.strip()[:40]}” left in the text")
            for post in _archive_posts(line):
                yield hit(post, f"a post's title in the archive widget (under “{text.strip()[:30]}”) left in the text")
            return
        if text.lstrip().startswith("[") and _BRACKETED_LINKS.match(text):
            items = _BRACKETED_LINK.findall(text)
            if all(item and not is_gallery_control(item) and (
                    is_control(item, language) or is_section_word(item, language)) for item in items):
                yield hit(line, f"navigation {'control' if len(items) == 1 else 'controls'} "
                                f"“{text.strip()[:40]}” left in the text")
            return
        if is_control(text, language):
            if is_gallery_control(text):
                return  # NL212 (gallery-counter) owns these: one finding per line
            yield hit(line, f"navigation control “{text[:40]}” left in the text")
            return
        called = _CLICK_HERE_TO.match(text.strip())
        if called and is_control(called.group(1), language):
            yield hit(line, f"navigation control “{text[:40]}” left in the text")
            return
        controls = [item for item in _MENU_SPLIT.split(text.strip()) if item]
        if len(controls) >= 2 and all(is_control(item, language) for item in controls):
            yield hit(line, f"navigation controls “{text[:40]}” left in the text")
            return
        if _is_pdf_link(text):
            yield hit(line, f"link to a PDF “{text[:40]}” left in the text")
            return
        back = _BACK_TO.match(text) or _BACK_TO_FOREIGN.match(text)
        if back and (is_section_word(back.group("place"), language)
                     or _LISTING.search(back.group("place"))):
            yield hit(line, f"link back “{text[:40]}” left in the text")
            return
        crumbs = [item for item in _CRUMB_SPLIT.split(text) if item]
        if len(crumbs) >= 2 and is_section_word(crumbs[0], language) and all(
                menu_shaped(item) for item in crumbs[:-1]) and len(text.split()) <= 14:
            yield hit(line, "breadcrumb trail left in the text")


    @staticmethod
    def _story_link(text: str, language: str) -> str:
        """What link the line is, or ``""``: ``Next article: …``, ``Artículo siguiente …`` (the
        page's links to the next and previous story, a title after the label), or a link marked
        with an arrow (``← Older title``, ``Newer title →``, ``Alle Beiträge »``)."""
        opener = STORY_NAVIGATION.opener(text, language)
        if opener is not None and text[opener.end():].strip(" :-–—|»›>←→"):
            return "link to the next or previous story"
        # The label glued to the title, as a scraper joins a link's two spans
        # (``Vorheriger ArtikelImmer mehr Wildschweine in Köln``): the label must end at the seam.
        glued = _GLUED_TITLE.match(text)
        if glued:
            label = glued.group("label")
            opener = STORY_NAVIGATION.opener(label, language)
            if opener is not None and opener.end() == len(label):
                return "link to the next or previous story"
        if len(text) > 80:
            return ""
        # (and as ASCII pages draw them: ``<< Previous | Next >>``, ``Täglich locken tolle Preise >>``)
        arrows = text.startswith(("← ", "« ", "‹ ", "< ", "<<")) or (
            text.endswith((" →", " »", " ›", " >", ">>")) and not ("<" in text[1:] or "‹" in text[1:]))
        # A closing guillemet whose opening one stands inside the line closes a quotation, as
        # French sets it with a space inside (``Jean-Marie Le Pen traite sa fille de
        # « petite-bourgeoise »``), not an arrow. (Around the whole line, ``« Previous Next »``,
        # ``« 2 von 8 »``, they are a pager's arrows.)
        if arrows and text[:1] not in "←«‹<" and text[-1:] in "»›" and \
                text.count("«") == text.count("»") and text.count("‹") == text.count("›"):
            arrows = False
        if arrows and not ends_like_sentence(text.strip("←→«»‹›<> ")) and 2 <= len(text.split()) <= 30:
            return "navigation link"
        return ""


@hookimpl
def newslint_rules():
    return [NavigationMenu, NavigationLink]
