"""NL21x: photo captions, photo credits and gallery counters left in the text.

When a page is scraped, the pictures go but the words around them stay: the caption, the credit
line (``Photo: Ringo H.W. Chiu, AP``), the slideshow counter (``Image 1 of 5``). Standing alone
between paragraphs they read as if they were part of the story.

Precision comes from shape, not from words: a caption is a line that *opens* with a caption label
(``FILE PHOTO:``, ``In this Dec. 12, 2006, file photo``) or *ends* with a credit (``REUTERS/Name``,
``(Image: Getty)``, ``Photo: Name, AP``); a credit line is short, has no sentence in it, and is
made of a credit label or an agency name. A body sentence that merely mentions a photo or Getty
Images is neither, and is left alone.

One line is one finding: a caption that ends with its credit is reported once, as a caption
(NL210), never again as a credit (NL211).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from newslint.article import Article, Line
from newslint.language import CAPITALS
from newslint.lazy import lazy_pattern
from newslint.rules._boilerplate import COMPANY_COPYRIGHT, per_article
from newslint.rules._text import PLACE_IN_CAPITALS, shortened
from newslint import hookimpl
from newslint.rule import Fixable, LineRule
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._vocab import GALLERY, GALLERY_COUNTER

#: The most characters of a line its message quotes.
_SHOWN = 40

#: The end of a line, written so that RE2 runs it exactly as ``re`` does (``$`` differs before a
#: final newline): the pattern reads the same to both engines.
_EOL = r"(?:\n|\Z)"

# -- the vocabulary of credits ----------------------------------------------------------------------

#: Agencies and libraries that only ever credit pictures: a line naming one alone is a credit.
_PICTURE_AGENCY = (
    r"Getty(?:\s?Images)?|GETTY(?:\s?IMAGES)?|Shutter[Ss]tock|SHUTTERSTOCK|iStock(?:photo)?|Alamy|ALAMY|"
    r"EPA(?:-EFE)?|Rex(?:\s(?:Features|Shutterstock))?|REX|Zuma(?:\s?Press)?|ZUMA(?:\s?PRESS)?|"
    r"NurPhoto|SOPA\sImages|WireImage|FilmMagic|Corbis|Imago|IMAGO|PA\s(?:Images|Wire|Media)|"
    r"Unsplash|Pixabay|Pexels|Wikimedia(?:\sCommons)?|Flickr|Handout|HANDOUT|Courtesy|"
    r"WENN(?:\.com)?|picture[\s-]alliance|Keystone|KEYSTONE|Agencia\sUNO|Bestimage|ABACAPRESS|SIPA|"
    r"Fotolia(?:\.com)?|Adobe\sStock|stock\.adobe\.com|Depositphotos|Dreamstime|123RF|Colourbox|"
    r"PantherMedia|pixelio(?:\.de)?"
)
#: News agencies: they write stories too, so a line naming one alone needs a caption beside it.
_NEWS_AGENCY = (
    r"AP|Associated\sPress|ASSOCIATED\sPRESS|AFP|Reuters|REUTERS|Xinhua|XINHUA|PTI|ANI|IANS|dpa|DPA"
    r"|Bloomberg|Anadolu|EFE|ANSA|ANP|Belga|Télam|KNA|epd|Kyodo|Yonhap|TASS|Europa\sPress"
    # National agencies of the other languages the rules read.
    r"|Ag[êe]ncia\sBrasil|Lusa|LUSA|Notimex|Adnkronos|AGI|APA|PAP|Folhapress|Estad[ãa]o\sConte[úu]do"
)
_AGENCY = rf"(?:{_PICTURE_AGENCY}|{_NEWS_AGENCY})"

#: Credit labels in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Japanese,
#: Chinese and Korean (``Foto:``,
#: ``Bild:``, ``Crédits photos :``, ``crédito:``, ``Fotografía:``, ``Beeld:``): the frame of a credit
#: (a label, a colon, a name) reads the same in any language, so they are not tied to one.
_FOREIGN_CREDIT_LABEL = (
    r"(?:Fotos?|Bild(?:er|quelle|nachweis|rechte?)?|Foto-?\s?nachweis|Titelbild|Symbolbild|Archivbild"
    r"|Beitragsbild|Cr[ée]dits?\s(?:photos?|foto)|Cr[ée]dit[oa]?s?|Fotograf[ií]a|Imagen|Immagine"
    r"|Imagem|Beeld|Afbeelding|Zdj[eę]cie|Fot"
    # Russian, Japanese, Chinese and Korean: ``Фото: …``, ``写真：…``, ``图片来源：…``, ``사진=…``
    # (Korean papers join label and agency with an equals sign).
    r"|Фото(?:графия)?|Источник\sфото|Иллюстрация|Кадр|写真|画像|撮影|出典|图片来源|圖片來源|图片|圖片"
    r"|摄影|攝影|图|圖|사진|사진\s?제공|그래픽)"
)
#: Words that open a credit: ``Photo: X``, ``Image credit: X``, ``Photograph by X``.
_CREDIT_LABEL = (
    r"(?:(?:Photo|Image|Picture|Pic|Video)\s?(?:credit|source|courtesy)s?|Credits?"
    r"|(?:Featured?|Header|Top|Lead|Main|Cover|Hero|Banner|Thumbnail)\s(?:image|photo|picture|pic)"
    r"|Screenshot|Screengrab|Screen\s?grab|Screen\scapture"
    r"|Photo\sillustration|Illustration|Photo(?:graph)?|Picture|Pic|Image|Footage|Artwork"
    r"|(?:Photo(?:graph)?s|Pictures|Pics|Images)(?=\s*(?:[:\-–—]\s*)?(?:by|via|courtesy)\b)"
    # The same labels in other languages: German, French, Spanish, Italian, Portuguese, Dutch.
    rf"|{_FOREIGN_CREDIT_LABEL})"
)

#: A credit label followed by the credited name: ``Photo: Ringo H.W. Chiu, AP``,
#: ``(Image credit: Ceres Robotics)``, ``Photo by David Dyer-Bennet``, ``Featured image via X``,
#: ``Credit...Doug Mills/The New York Times`` (a label the page hides, and its ellipsis).
_LABELLED_CREDIT = lazy_pattern(
    rf"^\(?\s*{_CREDIT_LABEL}\s*(?:(?:[:\-–—|：=]|\.{{3}}|…)\s*(?:by\s+|via\s+|courtesy(?:\s+of)?\s+)?"
    r"|(?<=Fot)\.\s*"
    r"|by\s+|via\s+|courtesy(?:\s+of)?\s+|©\s*)"
    r"(?P<who>[^\s].*?)\s*\)?\s*[.;]?\s*$",
    re.IGNORECASE,
)
#: ``Image copyright Getty Images`` (the BBC's form), or the bare label alone on its line.
_IMAGE_COPYRIGHT = lazy_pattern(
    r"^(?:Image|Photo|Picture)\s+copyright(?:\s+(?P<who>\S.*?))?\s*$", re.IGNORECASE
)
#: ``© Aaron Schwartz`` (no year: with a year it is the page's copyright footer, not a credit).
_COPYRIGHT_SIGN = lazy_pattern(r"^\(?©\s*(?P<who>[^\d\s][^©]*?)\s*\)?$")
#: ``REUTERS/Brendan McDermid``, ``AP Photo/Evan Vucci``, ``(AP Photo/Evan Vucci, File)``,
#: ``Imago/Sven Simon``: any agency of the vocabulary above, a slash, a name.
_AGENCY_SLASH = lazy_pattern(
    rf"^\(?(?:AP\sPhoto|AFP\sPhoto|ANADOLU|imago(?:\s[Ii]mages)?|IMAGO\sIMAGES|Imago\s[Ii]mages"
    rf"|ddp|{_AGENCY})\s?/\s?[{CAPITALS}][^()]{{1,60}}\)?$"
)
#: A picture library's credit beside its photographer's handle, maybe after a source label or a
#: copyright sign: ``Quelle: jorisvo / Fotolia.com``, ``© Fotolia / jorisvo``, ``Kzenon -
#: Fotolia.com`` (a stock library credits nothing but pictures; the handle need not be a name).
_LIBRARY_CREDIT = lazy_pattern(
    rf"^(?:(?:Quelle|Source|Fuente|Fonte|Bron|Źródło)\s?:\s*|\(?©\s?)?"
    rf"(?:[^/|,©:]{{1,40}}?\s?[-–/|,]\s?)?(?:{_PICTURE_AGENCY})"
    rf"(?:\s?[-–/|,]\s?[^/|,©:]{{1,40}})?\s*\)?\.?$"
    # … or after the caption it closes, a slash and a source label before it: ``Praca w
    # magazynie, zdjęcie ilustracyjne / Źródło: Pixabay``.
    rf"|^[^/|©]{{1,80}}?\s?[/|]\s?(?:Quelle|Source|Fuente|Fonte|Bron|Źródło|Fotos?|Photo|Fot\.?)\s?:\s*"
    rf"(?:{_PICTURE_AGENCY})\s*\)?\.?$"
)
#: A name and an agency: ``Michael Conroy, AP``, ``Alex Wong | Getty Images``,
#: ``Sakib Ali/Hindustan Times/Getty Images``, ``New York State Sex Offender Registry via AP``,
#: ``AFP via Getty Images``, ``Jupiterimages, Getty Images/Creatas RF``.
_NAME_AND_AGENCY = lazy_pattern(
    rf"^\(?[{CAPITALS}][^()]{{0,70}}?(?:\s?[/|]\s?|,\s|\s(?:via|for)\s){_AGENCY}"
    rf"(?:\s?/\s?[{CAPITALS}][\w.\- ]{{0,30}}|\s(?:via|for)\s[{CAPITALS}][\w.\- ]{{0,30}})?\s*\)?$"
)
#: ``Meg Kinnard and Errin Haines, Associated Press``: reporters of an agency, a byline.
_BYLINE_OF_AGENCY = lazy_pattern(r"\sand\s[^,]+,\s(?:Associated\sPress|ASSOCIATED\sPRESS|Reuters|AFP)\s*$")
#: An agency alone on its line: ``Getty``, ``EPA``, ``AP``.
#: Agencies whose initials also abbreviate other names (``PA``: Pennsylvania), known only alone.
_AGENCY_INITIALS = r"PA"
_AGENCY_ALONE = lazy_pattern(
    rf"^\(?(?P<agency>{_AGENCY}|{_AGENCY_INITIALS})(?:\s?/\s?{_AGENCY})?\)?\.?$")
_PICTURE_AGENCY_ALONE = lazy_pattern(rf"^\(?(?:{_PICTURE_AGENCY})(?:\s?/\s?{_AGENCY})?\)?\.?$")

#: A credit at the end of a caption: ``… in Caracas. REUTERS/Manor Quintero``,
#: ``… (Image: GETTY)``, ``… Photo: John Locher, AP``, ``… treatmentCredit: EPA``,
#: ``… (AP)``, ``… (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)``, ``… Getty``.
_TRAILING_CREDIT = lazy_pattern(
    r"(?:"
    rf"\b(?:REUTERS|Reuters|AP\sPhoto|AFP\sPhoto)\s?/\s?[{CAPITALS}][\w.'’\- ]{{1,40}}(?:,\s?File)?\)?"
    rf"|\(\s*(?:{_CREDIT_LABEL})\s*(?::|by|via)\s*[^()]{{1,70}}\)(?:\s?(?:Getty|GETTY)(?:\sImages)?)?"
    r"|\((?:AP|AFP|Reuters|REUTERS|EPA|PA|Getty(?:\sImages)?|GETTY|Shutterstock|File|FILE)\)"
    rf"|\([^()]{{2,50}}/\s?(?:{_AGENCY})\)|\((?:AP|AFP|Reuters|REUTERS)(?:\sPhoto)?\s?/[^()]{{2,50}}\)"
    r"|(?:\s|(?<=[a-z]))(?:Photo|Photograph|Picture|Pic|Credit|Image(?:\scredit)?|Photo\scredit"
    r"|Foto|Bild|Imagen|Immagine|Imagem|Beeld|(?<=, )(?:photo|foto|imagen|bild))\s?:\s[^.:;!?]{1,60}"
    # "… Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO": a credit with the sign, no year.
    rf"|[.!?]\s©\s?[{CAPITALS}][^©\d.!?]{{1,60}}"
    # … or after the caption's last word, with a slash or not: ``… Pennsylvania © Noah Addis``,
    # ``… hall de l’université / (C) Kab Niang``.
    # (No bracket or colon in it: ``… (… Wake News © Feiertags-Angebot):`` is no credit.)
    rf"|\s(?:/\s)?(?:©|\([cC]\))\s?[{CAPITALS}][^©\d.!?():]{{1,60}}"
    r"|\s(?:Getty(?:\sImages)?|GETTY(?:\sIMAGES)?)"
    r")\s*$"
)
#: The word of a numbered figure's label, in the languages the rules read (``Figure 3:``).
_FIGURE = r"(?:Figure|FIGURE|Fig\.|Abbildung|Abb\.|Bild|Grafik|Figura|Gráfico|Afbeelding|Figuur)"
#: Labels that open a caption: ``FILE PHOTO:``, ``file image.``, ``Image caption``,
#: ``In this Dec. 12, 2006, file photo, …``, ``This March 28, 2017, file photo …``,
#: ``Pictured: …``, ``Photo: A man walks …`` (``Photo: Name, AP`` is a credit:
#: :func:`credit_only` is asked first).
_CAPTION_LABEL = lazy_pattern(
    r"^\W{0,2}(?:"
    r"(?i:file)\s?(?i:photo|image|picture|pic)s?\s?[:.,\-–—]"
    r"|FILE\s?[:\-–—]"
    r"|(?i:image|media|photo|picture|video)\s?caption"
    r"|(?i:image|photo|picture)\scopyright\s.{1,40}?(?i:image|media)\s?caption"
    r"|(?i:caption|pictured|above|inset|main\s(?:image|picture|photo))\s?:"
    # A numbered figure's caption: ``Figure 3: Changing Font Size of Axis Text.``,
    # ``Abbildung 4: klassische Schwachschicht.``
    rf"|{_FIGURE}\s?\d{{1,3}}[a-z]?\s?[:.|–—-]"
    r"|(?P<bare>(?i:photo(?:graph)?|picture|image|pic)\s?:)"
    r"|(?i:enlarge\s(?:this\s)?(?:image|photo|picture))\s"
    # A picture's enlarge button glued to its caption, as German CMSs write it (``Vergrößern Eine
    # kleine runde Aussparung …``; ``Vergrößern Sie …`` is the imperative of a sentence).
    r"|Vergrößern\s(?!Sie\b)(?=[A-ZÄÖÜ])"
    r"|(?:In\s)?(?:this|these|This|These)\s.{0,50}?(?:\d{4}|undated|handout|file)(?:,)?\s(?:file\s)?"
    r"(?:photo|image|picture|photograph|frame\sgrab|video\sgrab|screen\sgrab|handout\sphoto)s?\b"
    r"|(?:This|These)\s(?:[\w'’-]+\s){0,3}?(?:photo|image|picture|photograph|screenshot|screen\sgrab"
    r"|still|frame\sgrab|illustration|rendering)s?\s(?:[^\s.]+\s){0,10}?"
    r"(?:shows?|showing|taken|released|provided|made\savailable|depicts?)\b"
    r")"
)
#: A credit opening a caption: ``Alex Wong | Getty Images Kristi Noem, governor of …``,
#: ``© John Brecher Needle poking skin during …``.
_LEADING_CREDIT = lazy_pattern(
    rf"^(?:[{CAPITALS}][\w.'’\- ]{{1,40}}?\s?[|/]\s?(?:[{CAPITALS}][\w.'’\- ]{{1,30}}?\s?[|/]\s?)?"
    rf"(?:{_PICTURE_AGENCY}|{_NEWS_AGENCY})"
    rf"|©\s?[{CAPITALS}][\w.'’\-]*(?:\s[{CAPITALS}][\w.'’\-]*){{0,2}})\s+(?=[A-Z“\"‘])"
)
#: An AP-style caption: present tense, the full date with its weekday, then the place:
#: ``…, speaks during a campaign stop, Tuesday, Nov. 19, 2019, in Columbia, S.C.``
_DATED_CAPTION = lazy_pattern(
    r",\s(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s(?:19|20)\d\d"
    r"(?:,\s(?:in|at|near|outside|during|on)\s[^\n]{2,80}?)?\.?\s*$"
)


#: An agency's own photo credit: ``AP Photo``, ``(PTI Photo)``, ``Reuters Photo/Jane Doe``.
_AGENCY_PHOTO = lazy_pattern(
    r"^\(?(?:AP|AFP|PTI|ANI|IANS|UNI|Reuters|REUTERS|Xinhua|XINHUA|EPA|UPI|Bloomberg|Yonhap|Kyodo)"
    r"\s(?:Photo|PHOTO|Photos|Images?|IMAGES?)(?:\s?/\s?[^()]{1,60})?\)?\.?$")
#: What kind of picture it is, as a local paper credits it: ``Courtesy photo``, ``Submitted
#: photo``, ``File photo``, ``Staff photo by Jane Doe``.
_PICTURE_KIND = lazy_pattern(
    r"^\(?(?:courtesy|submitted|contributed|file|staff|special|handout|provided|pool|family"
    r"|supplied) (?:photo|image|picture|graphic)s?(?: (?:by|of|from|courtesy of) [^.()]{1,60})?\)?\.?$"
    # The marker of a stock or archive picture, alone or before its credit: ``Symbolbild``,
    # ``Photo d'illustration``, ``Imagen de archivo``.
    r"|^\(?(?:symbolbild|symbolfoto|archivbild|archivfoto|photo d['’]illustration"
    r"|image d['’]illustration|photo d['’]archives|imagen de archivo|foto de archivo|imagen ilustrativa"
    r"|foto d['’]archivio|immagine di repertorio|foto di repertorio|foto de arquivo|imagem ilustrativa"
    r"|archiefbeeld|archieffoto|stock (?:photo|image)|file (?:image|picture)"
    # … and as English papers in India and elsewhere mark it: ``Representative image``,
    # ``(Representational Image)``, ``Image for representation purposes only``.
    r"|representative (?:image|photo|picture)|representational (?:image|photo|picture|pic)"
    r"|(?:image|photo|picture|pic)s? (?:used )?(?:is )?for (?:representation|representational|illustrative)"
    r" purposes?(?: only)?|for (?:representation|representational|illustrative) purposes? only)\)?"
    r"(?:\s*[:/|]\s*[^.()]{1,60}|\s*\([^()]{1,60}\))?\)?\.?$",
    re.IGNORECASE)


#: The phrases of :data:`_PRIVATE_SOURCE` that say enough alone on a line, with ``{s}`` between
#: words (the trigger's and the check's are one list).
_PRIVATE_PHRASES = (
    r"(?:private|personal|family){s}(?:archives?|collection|photo)"
    r"|archives?{s}(?:personnelles?|privées?|familiales?)|collection{s}(?:privée|particulière)"
    r"|archivo{s}(?:personal|particular|privado|familiar)|archivio{s}(?:personale|privato|di{s}famiglia)"
    r"|arquivo{s}(?:pessoal|particular|familiar)|priv[ée]{s}archief|familiearchief"
    r"|archiwum{s}(?:prywatne|własne|rodzinne)|prywatne{s}archiwum"
)
#: A picture from a private source, as a credit names the source in the languages the rules read:
#: ``privat``, ``zVg`` (*zur Verfügung gestellt*), ``personal archive``, ``archives personnelles``,
#: ``archivo personal``, ``archivio privato``, ``arquivo pessoal``, ``privé``, ``archiwum
#: prywatne``, an archive (``archivio``) or the subject's press office (``divulgação``), maybe
#: followed by whose it is (``archivo personal de Ana Gómez``). The words are
#: common nouns and adjectives in lower case, which the name test refuses: after a credit label
#: they are the source all the same. (Russian's ``личный архив`` is not read: on the one page of
#: the development sources that has it, the ground truth keeps six of its 22 credits and drops
#: the others, so it measures at 32 junk lines against 19 body lines.)
_PRIVATE_SOURCE = lazy_pattern(
    # (The phrases first: ``archives personnelles`` is one, not the word ``archives`` and a name.)
    r"^(?:(?P<phrase>" + _PRIVATE_PHRASES.format(s=r"\s") + ")"
    r"|(?P<word>privat|privatarchiv|privatfoto|zvg|z\.\s?v\.\s?g\.?|privé|privéfoto|eigen\sfoto"
    # … or an archive, or the subject's own press office: ``Foto: archivio``, ``Foto: divulgação``.
    r"|archiv|archives?|archivo|archivio|arquivo|archief|archiwum|file|divulga[çc][ãa]o"
    r"|reprodu[çc][ãa]o|cortes[íi]a|cedida|handout|materiały\sprasowe|materiały\spromocyjne"
    # … or that it is a screenshot: ``Foto: Captura de pantalla``.
    r"|captura(?:\sde\s(?:pantalla|tela))?|capture\sd['’]écran|bildschirmfoto|schermata))"
    r"(?:(?P<slash>\s?/\s?)(?P<where>[^/.!?]{1,40})"
    r"|\s+(?:(?:of|de|di|do|da|dos|das|del|della|von|du|des|van|the)\s+)?(?P<whose>\S.*?))?[.)]?$",
    re.IGNORECASE)


def private_source(text: str, bare: bool = False) -> bool:
    """Whether ``text`` (what a credit label credits, or with ``bare`` the whole line) names a
    private source of the picture (:data:`_PRIVATE_SOURCE`), and after it only whose it is, by a
    name, or where it was taken from, after a slash (``Reprodução/Redes sociais``). A line
    without a label must say more than one word (``archivo personal de Ana Gómez``): ``privat``
    alone is as likely a heading or a table's cell."""
    match = _PRIVATE_SOURCE.match(text.strip())
    if match is None or (bare and not match.group("phrase")):
        return False
    if match.group("slash"):  # ``Reprodução/Redes sociais``, ``Divulgação/Polícia Civil``
        return len(match.group("where").split()) <= 4
    whose = match.group("whose")
    return whose is None or _is_name_list(whose)


def credit_only(text: str) -> Optional[str]:
    """What kind of credit ``text`` is when the whole line is a photo credit, else ``None``."""
    text = text.strip()
    if not text or len(text) > 120:
        return None
    match = _IMAGE_COPYRIGHT.match(text)
    if match:
        return "image copyright notice"
    match = _LABELLED_CREDIT.match(text)
    if match and (_is_name_list(match.group("who")) or _STOCK_SITE.search(match.group("who"))
                  or private_source(match.group("who"))):
        return "photo credit"
    if private_source(text, bare=True):
        return "photo credit"
    match = _COPYRIGHT_SIGN.match(text)
    if match and _is_name_list(match.group("who")) and not COMPANY_COPYRIGHT.match(text):
        return "photo credit"
    if _AGENCY_SLASH.match(text) or _LIBRARY_CREDIT.match(text):
        return "photo credit"
    if _NAME_AND_AGENCY.match(text) and _is_name_list(text) and not _BYLINE_OF_AGENCY.search(text):
        return "photo credit"
    if _PICTURE_AGENCY_ALONE.match(text):
        return "photo agency credit"
    if _AGENCY_PHOTO.match(text) or _PICTURE_KIND.match(text):
        return "photo credit"
    return None


#: Agencies that write their names in lower case: after a credit label, the name is theirs.
_LOWER_CASE_AGENCIES = frozenset({"dpa", "epa", "afp", "ap", "ddp", "apa", "epd", "kna", "dapd", "sid"})
#: Lower-case words that may stand in a credited name ("Photo courtesy of the family",
#: "picture alliance/dpa").
_NAME_GLUE = frozenset({"and", "of", "for", "via", "de", "da", "del", "der", "van", "von", "the",
                        "le", "la", "du", "y", "e", "courtesy", "by", "photo", "photos", "file",
                        "staff", "handout", "illustration", "on", "at", "in", "images", "picture",
                        "alliance", "imago"}) | _LOWER_CASE_AGENCIES
#: Picture libraries as a credit may write them, in lower case (``Foto: unsplash/Bill Mead``): only
#: ever a source of pictures, so they may stand in a credited name like an agency.
_LIBRARY_WORDS = frozenset({"unsplash", "pixabay", "pexels", "shutterstock", "istock", "istockphoto",
                            "fotolia", "pixelio", "colourbox", "depositphotos", "dreamstime",
                            "flickr", "wikimedia", "getty", "alamy", "imago"})
#: A web address standing for the source: ``Foto: www.k-einbruch.de``.
_ADDRESS = lazy_pattern(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}", re.IGNORECASE)
#: A stock-photo site's credit, whatever the case of the photographer's handle:
#: ``Photo by ev on Unsplash``.
_STOCK_SITE = lazy_pattern(r"\s(?:on|via|from)\s+(?:Unsplash|Pexels|Pixabay)\.?$", re.IGNORECASE)


def _is_name_list(text: str) -> bool:
    """Whether ``text`` reads as a list of names (people, agencies), not as a sentence."""
    text = text.strip().rstrip(".")
    words = re.findall(r"[^\s,/|;:()]+", text)
    if not 1 <= len(words) <= 10:
        return False
    if re.search(r"[.!?]\s+[a-z]", text) or text.endswith(("!", "?")):
        return False
    lower = [w for w in words if w[0].islower() and w.lower() not in _NAME_GLUE
             and w.lower() not in _LIBRARY_WORDS]
    if lower and not all(w[:1].isalpha() and "." in w for w in lower):  # e.g. "tmalik@space.com"
        return False
    if _CASELESS_SENTENCE.search(text):
        return False  # a sentence in a script without capitals (``。``, ``，``)
    return any(w[0].isupper() or w[0].isdigit() or w[0] in "©@" or _caseless_word(w)
               or w.lower() in _LOWER_CASE_AGENCIES or w.lower() in _LIBRARY_WORDS
               or _ADDRESS.fullmatch(w) for w in words)


#: The punctuation of a sentence in Chinese and Japanese (a name has none).
_CASELESS_SENTENCE = lazy_pattern(r"[。，、！？]")


def _caseless_word(word: str) -> bool:
    """A word of a script without capitals (Chinese, Japanese, Korean), as short as a name or an
    agency's is (``共同通信``, ``新华社``, ``연합뉴스``): it may name one, as a capital does in
    the Latin script."""
    first = word[0]
    return first.isalpha() and not first.isupper() and not first.islower() and len(word) <= 12


#: How far from the end of a line a credit of :data:`_TRAILING_CREDIT` may start but for one in
#: brackets: the other shapes are at most 76 characters long (``re._parser``'s widths; the test
#: keeps this in step).
_TRAILING_REACH = 96


def trailing_credit(text: str) -> Optional[re.Match]:
    """The credit glued to the end of ``text`` (a caption), if any.

    Only the end of the line is searched (the pattern is anchored there; searching a paragraph from
    its start tried every place of it): the last :data:`_TRAILING_REACH` characters, and before
    them only the last "(", for a credit in brackets holds no other bracket however many blanks it
    has. The search starts at an offset, not on a slice, so ``\b`` and the look-behind still see
    the characters before and the match is the one of the whole line."""
    text = text.rstrip()
    start = len(text) - _TRAILING_REACH
    if start <= 0:
        return _TRAILING_CREDIT.search(text)
    bracket = text.rfind("(", 0, start)
    if bracket >= 0 and text.find("(", start) < 0:
        bracketed = _TRAILING_CREDIT.match(text, bracket)
        if bracketed is not None:
            return bracketed
    return _TRAILING_CREDIT.search(text, start)


def caption_label(text: str) -> Optional[re.Match]:
    """The caption label opening ``text`` (``FILE PHOTO:``, ``In this … photo``), if any."""
    return _CAPTION_LABEL.match(text.strip())


def is_caption_or_credit(text: str) -> bool:
    """Whether the line is a caption or a credit by the rules of this module (for other rules)."""
    stripped = text.strip()
    return bool(credit_only(stripped) or caption_label(stripped) or trailing_credit(stripped)
                or _DATED_CAPTION.search(stripped))


# -- the rules ----------------------------------------------------------------------------------------


def _positions(space: str) -> str:
    """Where a caption places its people in the picture, in the languages the rules read:
    ``(left)``, ``(centre)``, ``(l.)``, ``(v.l.n.r.)``, ``(rechts)``, ``(à gauche)``, ``(izquierda)``,
    ``(a destra)`` (``(pictured)`` is a tabloid's prose as much as a caption's), as an alternation
    with ``space`` between words: the trigger's and the check's are one list."""
    return ("left|right|cent(?:er|re)|far{s}(?:left|right)|l\\.|r\\.|links|rechts|mitte"
            "|v\\.{s}?l\\.(?:{s}?n\\.{s}?r\\.)?|von{s}links|à{s}gauche|à{s}droite|au{s}centre|izquierda"
            "|derecha|centro|a{s}sinistra|a{s}destra|al{s}centro|esquerda|direita|midden").format(s=space)


class OrphanedCaption(LineRule):
    """A photo caption standing in the text without its picture.

    What it flags:
        A line that opens with a caption label (``FILE PHOTO:``, ``file image.``,
        ``In this Dec. 12, 2006, file photo, …``, ``Image caption …``, ``Pictured: …``, a numbered
        figure's ``Figure 3:`` or ``Abbildung 4:``, a German enlarge button's ``Vergrößern``), that opens
        or ends with a photo credit (``Alex Wong | Getty Images Kristi Noem, governor of …``,
        ``… REUTERS/Manor Quintero``, ``… (Image: GETTY)``, ``… Photo: John Locher, AP``), or
        that is an agency caption by its form (present tense, the full date with its weekday, then
        the place: ``…, Tuesday, Nov. 19, 2019, in Columbia, S.C.``), or that says where its
        people stand in the picture, in one or two sentences of at most 50 words (``US professor
        Kevin King (left) and his Australian colleague Timothy Weeks``, ``Marcell Jansen (l.) und
        Piotr Trochowski …``, ``… (izquierda) y … (derecha) …``), or whose subject is the picture
        itself, in one or two sentences of at most 40 words (``An artist's illustration of a plume
        of water vapor …``, ``A stock image of a woman holding a joint.``, ``An aerial view of
        …``); and a caption label left alone (``Image caption``). A caption with its credit is one finding, reported here and not
        again as a credit. A paragraph of the story with a caption glued to its end (three
        sentences or more before the credit) is left alone.

    Why it matters:
        The picture was dropped by the scraper, the caption was not: it reads as a sentence of
        the story, often with a date and a place that contradict it, and it leaks the credit
        into the text. Readers, summarisers and language-model training all take it as body.

    Example:
        ``file image. Venezuelan President Nicolas Maduro delivers his annual State of the Nation
        Address … January 12, 2021. REUTERS/Manor Quintero``
    """

    code = "NL210"
    fix = Fixable("remove-line", safe=False)
    name = "orphaned-caption"
    summary = "A photo caption (with or without its credit) left in the text without its picture"
    examples = {
        "flag": ["Plague can be easily vaccinated (Image: GETTY)"],
        "pass": [
            "During the visit, he was photographed having long and serious chats with Epstein "
            "while strolling around Central Park. Was this to find out how vulnerable the royal "
            "was from potential scandal fall-out?",
        ],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
    measured = figures("NL210")
    trigger = (
        r"^[ \t]*[\"'“‘(\[•·*-]{0,2}(?:(?i:file)[ \t]?(?i:photo|image|picture|pic|:|-)"
        r"|(?i:image|media|photo|picture|video)[ \t]?(?i:caption|copyright)"
        r"|(?i:caption|pictured|above|inset|main[ \t](?:image|picture|photo))[ \t]?:"
        r"|(?i:enlarge)[ \t]|©"
        r"|(?:In[ \t])?[Tt]h(?:is|ese)[ \t][^\n]{0,60}?"
        r"(?i:photo|image|picture|illustration|screenshot|still|grab|rendering)"
        r"|(?:An?|The)[ \t](?i:artist|stock|archive|aerial|satellite))"
        rf"|[|/][ \t]?(?:{_AGENCY})"
        r"|(?:REUTERS|Reuters|AP[ \t]Photo|AFP[ \t]Photo)[ \t]?/"
        r"|\((?i:photo|image|picture|pic|credit|ap|afp|reuters|epa|pa|getty|shutterstock|file)"
        r"|(?:Photo|Photograph|Picture|Pic|Credit|Image|Foto|Bild|Imagen|Immagine|Imagem|Beeld)[ \t]?:"
        r"|,[ \t](?:photo|foto|imagen|bild)[ \t]?:"
        r"|\((?:(?i:foto|bild)|(?i:cr)[éÉeE](?i:dit))|[ \t]©|[ \t]\([cC]\)[ \t]"
        r"|Getty|GETTY"
        r"|day,[ \t](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        rf"|^[ \t]*{_FIGURE}[ \t]?[0-9]|^[ \t]*Vergrößern[ \t]"
        + r"|\((?i:" + _positions(r"[ \t]") + r")\)"
    )

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = line.text.strip()
        if credit_only(text):
            return  # NL211
        words = line.word_count
        label = caption_label(text)
        if label and label.group("bare") and not _reads_as_caption(text[label.end():], minimum=4):
            label = None  # "Photo: Name Surname" is a credit, "Photos: Europa, …" a teaser title
        if label and not _is_quote(text) and words <= 90 and \
                len(_SENTENCE_BREAK.findall(text)) <= 3:  # more: the story glued after a caption
            rest = len(text[label.end():].split())
            if rest >= 3 or (rest == 0 and words <= 3):
                credit = trailing_credit(text)
                if not rest:
                    message = f"caption label left without its caption: {shortened(text, _SHOWN)}"
                elif credit and credit.start() > label.end():
                    message = (f"orphaned photo caption with its credit ({shortened(label.group(0), _SHOWN)} … "
                               f"{shortened(credit.group(0).strip(), _SHOWN)})")
                else:
                    message = f"orphaned photo caption ({shortened(label.group(0), _SHOWN)}…)"
                yield Hit(*line.span(), message)
                return
        lead = _LEADING_CREDIT.match(text)
        caption = text[lead.end():] if lead else ""
        if lead and _reads_as_caption(caption, minimum=4) and _caption_body_ok(caption):
            yield Hit(*line.span(),
                      f"orphaned photo caption after its credit ({shortened(lead.group(0).strip(), _SHOWN)})")
            return
        credit = trailing_credit(text)
        if credit and 4 <= words <= 90 and credit.start() > 0:
            caption = text[: credit.start()].strip()
            if (_caption_body_ok(caption) or _portrait(caption)) and not (
                    _BARE_AGENCY.fullmatch(credit.group(0).strip()) and _OPENS_DATELINE.match(caption)):
                yield Hit(*line.span(), f"orphaned photo caption with its credit "
                                        f"({shortened(credit.group(0).strip(), _SHOWN)})")
                return
        dated = _DATED_CAPTION.search(text) if 8 <= words <= 70 else None
        if dated and _reads_as_caption(text[: dated.start()]) and not _is_quote(text):
            yield Hit(*line.span(), "orphaned photo caption (agency caption: weekday, full date, place)")
            return
        if 5 <= words <= 40 and _IMAGE_SUBJECT.match(text) and \
                len(_SENTENCE_BREAK.findall(text)) <= 1:
            yield Hit(*line.span(), f"orphaned photo caption (the picture is its subject: "
                                    f"{shortened(text, _SHOWN)})")
            return
        placed = _PLACED.search(text) if 4 <= words <= 50 else None
        if placed and not _is_quote(text) and len(_SENTENCE_BREAK.findall(text)) <= 1:
            yield Hit(*line.span(), f"orphaned photo caption (it says where its people stand in the "
                                    f"picture: {placed.group(0)})")


_PLACED = lazy_pattern(r"\((?:" + _positions(r"\s") + r")\)", re.IGNORECASE)
#: A caption whose subject is the picture itself: ``An artist's illustration of a plume of water
#: vapor …``, ``A stock image of a woman holding a joint.``, ``An aerial view of the flooded …``.
#: A sentence of a story names what the picture shows, not the picture (``NASA released an artist's
#: illustration …``); one or two sentences, at most 40 words.
_IMAGE_SUBJECT = lazy_pattern(
    r"^(?:an?|the) (?:artist['’]s (?:illustration|impression|rendering|rendition|concept|depiction)"
    r"|(?:stock|archive) (?:image|photo|picture|photograph)"
    r"|aerial (?:view|photo|photograph|image)|satellite (?:image|photo|view))"
    r" (?:of|shows|showing|depicting|from|taken)\b", re.IGNORECASE)


_SENTENCE_BREAK = lazy_pattern(r"[a-z0-9)”\"'’][.!?][\"”’)]*\s+[A-Z“\"‘]")


#: A news agency alone in brackets: a caption's credit, or a brief's sign-off.
_BARE_AGENCY = lazy_pattern(r"\((?:AP|AFP|Reuters|REUTERS)\)")
#: A story's dateline, the place in capitals before a colon or a dash (``NEW DELHI: Indian
#: authorities on Saturday charged …``): with an agency alone at its end, the line is a news
#: brief signed by its agency, not a caption.
_OPENS_DATELINE = lazy_pattern(
    PLACE_IN_CAPITALS + rf"(?:, [{CAPITALS}][\w.]+(?: [\w.]+){{0,2}})? ?(?::|[-–—] )")


def _caption_body_ok(caption: str) -> bool:
    """A caption before a trailing credit: a few words in one or two sentences (more is a
    paragraph of the story with a caption glued to its end: report that one as a caption would
    flag the paragraph too)."""
    return len(caption.split()) >= 3 and not caption.endswith(":") and \
        len(_SENTENCE_BREAK.findall(caption)) <= 1


def _portrait(caption: str) -> bool:
    """A portrait's caption before its credit: the sitter's name and a comma (``Roman Prymula,
    photo: …``)."""
    return caption.endswith(",") and len(caption.split()) >= 2 and _is_name_list(caption[:-1])


def _reads_as_caption(text: str, minimum: int = 6) -> bool:
    """A clause (who does what), not a time stamp or a list of names: enough words, several of
    them lower-case."""
    words = text.split()
    return len(words) >= minimum and sum(1 for word in words if word[:1].islower()) >= 3


def _is_quote(text: str) -> bool:
    return text[:1] in "\"“‘'"


class PhotoCredit(LineRule):
    """A photo credit standing alone on its line.

    What it flags:
        A short line that is only a picture credit: a credit label and a name
        (``Photo: Ringo H.W. Chiu, AP``, ``(Image credit: Ceres Robotics)``, ``Photo by X``,
        ``Featured image via X``, ``Image copyright Getty Images``), a name and a picture agency
        (``Alex Wong | Getty Images``, ``Michael Conroy, AP``, ``REUTERS/Brendan McDermid``), a
        ``© Name`` without a year, an agency's photo desk (``AP Photo``, ``(PTI Photo)``), the
        kind of picture a local paper credits (``Courtesy photo``, ``Staff photo by X``), the
        marker of a stock or archive picture (``Symbolbild``, ``Photo d'illustration``,
        ``Representative image``), a
        screenshot's source (``Screenshot: YouTube``), or a picture agency alone (``Getty
        Images``, ``EPA``). A news
        agency alone (``AP``, ``Reuters``) is flagged only where a picture's credit stands: right
        after a caption or an ``Image copyright`` label, between two paragraphs in the middle of
        the story, or as one of several under the captions of a gallery or the titles of a
        teaser list; above or below the story it is a byline or a sign-off.

    Why it matters:
        The credit belonged under a picture the scraper dropped; in the text it is a stray line
        that names an agency as if it had written the story.

    Example:
        ``Photo: Ringo H.W. Chiu, AP``
    """

    code = "NL211"
    fix = Fixable("remove-line", safe=False)
    name = "photo-credit"
    summary = "A photo credit left on its own line (Photo: X, Getty Images, Image copyright X)"
    examples = {
        "flag": ["Photo: Ringo H.W. Chiu, AP"],
        "pass": ["Meg Kinnard and Errin Haines, Associated Press"],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL211")
    trigger = (
        r"^[ \t]*(?:\([ \t]*)?(?i:photo|image|picture|pic|credit|copyright|source|featured?|header|top"
        r"|lead|main|cover|hero|banner|thumbnail|illustration|footage|artwork|video|screen"
        r"|courtesy|submitted|contributed|file|staff|special|handout|provided|pool|family|supplied"
        r"|symbolbild|symbolfoto|archivbild|archivfoto|photo[ \t]d|image[ \t]d|imagen[ \t]de|foto[ \t]de"
        r"|imagen[ \t]il|foto[ \t]d|immagine[ \t]di|foto[ \t]di|imagem[ \t]il|archiefbeeld|archieffoto"
        r"|stock|representati|for[ \t]representati|for[ \t]illustrative)"
        r"|^[ \t]*\(?(?:AP|AFP|PTI|ANI|IANS|UNI|Reuters|REUTERS|Xinhua|XINHUA|EPA|UPI|Bloomberg"
        r"|Yonhap|Kyodo)[ \t](?:Photo|PHOTO|Image|IMAGE)"
        rf"|^[ \t]*(?:\([ \t]*)?(?i:{_FOREIGN_CREDIT_LABEL})[ \t]*[:/：=.]"
        # A private source alone on its line: ``Archivo personal de Ana Gómez``.
        + r"|^[ \t]*\(?(?i:" + _PRIVATE_PHRASES.format(s=r"[ \t]") + ")"
        r"|©|(?:REUTERS|Reuters|AP[ \t]Photo|AFP[ \t]Photo)[ \t]?/"
        # An agency name ending the line; check_line decides whether the whole line is a credit.
        # (Not anchored at the line start: a lazy run before an alternation is tried at every
        # position of every line, the slowest trigger in the catalogue.)
        rf"|(?:{_AGENCY})(?:[ \t]?/[^\n]{{1,30}}|[ \t]for[ \t][^\n]{{1,40}})?"
        rf"\)?\.?[ \t]*{_EOL}"
        rf"|^[ \t]*\(?(?:{_AGENCY_INITIALS})\)?[ \t]*{_EOL}"
    )

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = line.text.strip()
        if line.words_at_least(17) or line is line.article.byline:
            return
        library = _LIBRARY_CREDIT.match(text)  # a picture library credits pictures only
        if text.lower().startswith("by ") or (text.lower().startswith("source:") and not library):
            return
        kind = credit_only(text)
        if kind and text.startswith("©") and line.from_end <= 1 and not _follows_caption(line) \
                and not library:
            return  # "© Regan" closing the page: the author's copyright notice, not a credit
        if kind is None and _AGENCY_ALONE.match(text):
            if _follows_caption(line) or _in_a_gallery(line):
                kind = "news agency credit under a caption"
            elif _between_paragraphs(line):
                kind = "news agency credit between paragraphs"
        if kind is None:
            return
        if kind == "image copyright notice" and text.lower().rstrip().endswith("copyright"):
            kind = "image copyright label"
        yield Hit(*line.span(), f"{kind} on its own line: {shortened(text, _SHOWN)}")


#: How captions place people in the picture: ``(left)``, ``(pictured)``, ``…, center, …``.
_POSITION_MARK = lazy_pattern(
    r"\((?:left|right|center|centre|pictured|top|bottom|inset|foreground|background)\)"
    r"|,\s(?:left|right|center|centre|second\sfrom\s(?:left|right)),\s"
)


def _follows_caption(line: Line) -> bool:
    """Whether the line before is a caption, a credit label, or a credit."""
    previous = line.neighbour(-1)
    if previous is None:
        return False
    text = previous.text.strip()
    if _IMAGE_COPYRIGHT.match(text) or is_caption_or_credit(text):
        return True
    # A caption without a label says where its people stand: "US professor Kevin King (left) …"
    return bool(_POSITION_MARK.search(text)) and len(text.split()) <= 60


def _between_paragraphs(line: Line) -> bool:
    """Whether the line stands between two paragraphs of the story's prose, after its second: a
    byline stands above the story, a sign-off below it, and what a picture in the middle of the
    story leaves is its credit."""
    bounds = line.article.story_bounds
    return bounds is not None and line.ordinal > bounds[0] + 1 and line.between_prose


def _in_a_gallery(line: Line) -> bool:
    """Whether the line, under a line that is not a sentence (a caption or a teaser's title) and
    above one that is not prose, is one of several such credits on the page: a gallery's or a
    teaser list's pictures, where a byline or a sign-off stands once."""
    if not _under_a_title(line):
        return False
    # (Counted once per article: a page of a thousand such lines is read once, not once per line.)
    credits = per_article(line.article, "credits-under-titles", lambda article: sum(
        1 for other in article.paragraphs()
        if len(other.text) < 40 and _AGENCY_ALONE.match(other.stripped) and _under_a_title(other)))
    return credits >= 2


def _under_a_title(line: Line) -> bool:
    """Under a line that is not a sentence nor the headline, above none or one that is not prose."""
    previous, following = line.neighbour(-1), line.neighbour(1)
    return previous is not None and not previous.ends_sentence \
        and previous is not line.article.headline and (following is None or not following.is_prose)


#: A gallery's controls, as whole lines (English; other languages are ``_vocab.GALLERY``).
_CONTROLS = (
    r"back[ \t]to[ \t](?:the[ \t])?gallery|enlarge[ \t](?:this[ \t])?(?:image|photo|picture)"
    r"|(?:view|open|launch|see|expand|start|browse)[ \t](?:the[ \t])?(?:full[ \t])?"
    r"(?:gallery|slideshow|photo[ \t]?gallery)"
    r"|(?:view|see|browse)[ \t](?:all[ \t])?(?:the[ \t])?(?:photos|pictures|images)"
    # A newspaper group's photo-store button under each picture (``Buy Photo``).
    r"|buy[ \t](?:this[ \t])?(?:photo|image|picture)"
    r"|(?:show|hide|toggle)[ \t]caption|expand[ \t](?:image|photo)|caption"
    r"|(?:photo|image|picture)?[ \t]?gallery|slideshow"
)


class GalleryCounter(LineRule):
    """The counter and controls of a photo gallery left in the text.

    What it flags:
        Lines that are a slideshow's chrome: a counter (``1 of 6``, ``Image 1 of 5``,
        ``1 / 13``, ``Photo 3 of 12``), a counter broken over lines (``Image`` / ``1`` / ``of`` /
        ``5``), or a gallery control (``Back to Gallery``, ``Enlarge Image``, ``View gallery``,
        ``View Photos``, ``Hide caption``, a photo store's ``Buy Photo``); and a gallery's slides scraped one after the other, each title after
        its counter (``1/50 United goin down``, ``2/50 …``, ``3/50 …``: three or more counting
        up by one over one total).

    Why it matters:
        They are user-interface text, not prose: a stray ``1 of 6`` between paragraphs shows
        that a gallery was scraped into the article (its captions usually came along too).

    Example:
        ``Image 1 of 5``
    """

    code = "NL212"
    fix = Fixable("remove-line", safe=True)
    name = "gallery-counter"
    summary = "A photo-gallery counter or control (1 of 6, Image 1 of 5, Back to Gallery)"
    examples = {
        "flag": ["Image 1 of 5"],
        "pass": [
            "James finished with 25 points, 11 rebounds and 10 assists to post a triple-double "
            "against his 30th opponent for the NBA-leading Lakers, who have won 12 of 13 after a "
            "perfect four-game homestand.",
        ],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL212")
    trigger = (
        r"^[ \t]*(?:(?i:image|photo|picture|slide|pic|gallery|item)s?[ \t\xa0]*)?\d{1,3}[ \t\xa0]*"
        r"(?:(?i:of)|/)[ \t\xa0]*(?:/[ \t\xa0]*)?\d{1,3}[ \t\xa0]*" + _EOL +
        r"|^[ \t]*(?i:" + _CONTROLS + r")[ \t]*" + _EOL +
        r"|^[ \t]*(?i:of|/)[ \t]*" + _EOL +
        # A slide's counter before its title: ``3/50 Natalie Massenet Leaves Net-a-Porter``.
        r"|^[ \t]*[0-9]{1,3}[ \t\xa0]?/[ \t\xa0]?[0-9]{1,3}[ \t\xa0]+[^ \t\n0-9]" +
        # Other languages: "Bild 1 von 5", "Photo 2 sur 12", "Foto 3 de 10"; "Bildergalerie".
        r"|^[ \t]*(?:(?i:bild|foto|photo|image|imagen|immagine|imagem|afbeelding)[ \t\xa0]+)?\d{1,3}"
        r"[ \t\xa0]*(?i:von|sur|de|di|van)[ \t\xa0]*\d{1,3}[ \t\xa0]*" + _EOL +
        "|" + GALLERY.line_start_trigger()
    )
    _CONTROL = re.compile(r"(?:" + _CONTROLS + r")", re.IGNORECASE)

    _COUNTER = re.compile(
        r"^(?:(?:image|photo|picture|slide|pic|gallery|item)s?\s*)?(?P<n>\d{1,3})\s*(?:of|/)\s*"
        r"(?:/\s*)?(?P<m>\d{1,3})$",
        re.IGNORECASE,
    )

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = " ".join(line.text.replace("\xa0", " ").split())
        counter = self._COUNTER.match(text) or GALLERY_COUNTER.match(text)
        if counter:
            n, m = int(counter.group("n")), int(counter.group("m"))
            if 1 <= n <= m and m >= 2 and not _in_number_table(line):
                yield Hit(*line.span(), f"photo-gallery counter: {text}")
            return
        if text.lower() in ("of", "/"):
            yield from self._split_counter(line)
            return
        slide = _SLIDE.match(text) if len(text) <= _SLIDE_MOST else None
        if slide is not None:
            if line.ordinal in per_article(article, "gallery-slides", _gallery_slides):
                yield Hit(*line.span(), f"photo-gallery slide's counter and title: "
                                        f"{shortened(text, _SHOWN)}")
            return
        if self._CONTROL.fullmatch(text) or GALLERY.label(text, article):
            yield Hit(*line.span(), f"photo-gallery control: {text}")

    def _split_counter(self, line: Line) -> Iterable[Hit]:
        """``Image`` / ``1`` / ``of`` / ``5`` on lines of their own: flag each piece once."""
        before, after = line.neighbour(-1), line.neighbour(1)
        if before is None or after is None:
            return
        slash = None
        if after.text.strip() == "/" and line.text.strip() != "/":
            slash, after = after, after.neighbour(1)
        if after is None or not before.text.strip().isdigit() or not after.text.strip().isdigit():
            return
        n, m = int(before.text.strip()), int(after.text.strip())
        if not 1 <= n <= m or m < 2:
            return
        pieces = [before, line] + ([slash] if slash is not None else []) + [after]
        label = before.neighbour(-1)
        if label is not None and label.text.strip().lower() in ("image", "photo", "picture", "slide"):
            pieces.insert(0, label)
        counter = f"{n} of {m}"
        for piece in pieces:
            yield Hit(*piece.span(), f"photo-gallery counter broken over lines: {counter}")


#: A slide's counter before its title, as a gallery scraped into the text shows each slide
#: (``3/50 Natalie Massenet Leaves Net-a-Porter``).
_SLIDE = lazy_pattern(r"^(?P<n>\d{1,3}) ?/ ?(?P<m>\d{1,3}) (?P<title>\D.*)$")
#: The longest such line read, and how many slides in a row make a gallery.
_SLIDE_MOST, _SLIDES = 200, 3


def _gallery_slides(article: Article) -> frozenset[int]:
    """The paragraphs of ``article`` that are a gallery's slides: counters of one total, each
    one more than the one before (``1/50 …``, ``2/50 …``, ``3/50 …``), :data:`_SLIDES` or more
    in a row among the counter lines. A recipe's fractions (``1/2 cup``, ``3/4 tsp``) never count
    up by one over one total."""
    found: set[int] = set()
    last: dict[int, tuple[int, list[int]]] = {}  # total → (last counter, its run of paragraphs)
    lines = article.lines
    for ordinal, index in enumerate(article.paragraph_indexes):
        text = lines[index]
        if len(text) > _SLIDE_MOST or not text.strip()[:1].isdigit():
            continue
        slide = _SLIDE.match(" ".join(text.replace("\xa0", " ").split()))
        if slide is None:
            continue
        n, m = int(slide.group("n")), int(slide.group("m"))
        if not 1 <= n <= m or m < 2:
            continue
        counter, run = last.get(m, (0, []))
        run = run + [ordinal] if n == counter + 1 else [ordinal]
        last[m] = (n, run)
        if len(run) >= _SLIDES:
            found.update(run)
    return frozenset(found)


def _in_number_table(line: Line) -> bool:
    """Whether the line sits among lines of bare numbers and scores (a results table)."""
    for step in (-1, 1):
        other = line.neighbour(step)
        if other is not None and re.fullmatch(r"[\d\s:./-]+", other.text.strip() or "x"):
            return True
    return False


@hookimpl
def newslint_rules():
    return [OrphanedCaption, PhotoCredit, GalleryCounter]
