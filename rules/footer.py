"""NL311, NL313 and NL316: the page's footer left in the text — copyright notices, author boxes
and contact boxes.

A copyright footer is recognised by its form (``©``/``Copyright`` with a year, *All rights
reserved*, *may not be reproduced*), an author box by where it stands (the last paragraphs) and
its form: a name followed by *is a reporter for …*, a contact line (*may be reached at*,
*Email X at x@y*), or the box's links (``View author archive``); a contact box's line by its
grammar alone: labelled telephone and fax numbers and addresses, nothing else.
"""

from __future__ import annotations

import re
from typing import Iterable

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.language import CAPITALS
from newslint.lazy import lazy_pattern
from newslint.rule import Fixable, LineRule
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import (COMPANY_COPYRIGHT, REPORTED, bare, first_words, flat, hit,
                                         neighbours)
from newslint.rules._vocab import AUTHOR_BOX, COPYRIGHT

# -- copyright ------------------------------------------------------------------------------------

_COPYRIGHT_SIGN = lazy_pattern(r"(?:©|ⓒ|\(c\)|\bcopyright\b|some rights reserved\b)", re.IGNORECASE)
_YEAR = lazy_pattern(r"\b(?:19[89]\d|20\d\d)\b")
#: The sign and its year anywhere in a short line: a footer that opens on the site's or the
#: software's name (``Forum software by XenForo® © 2010-2019 XenForo Ltd.``, ``Royal Road® ©
#: 2013-2020, background by …``) or that a scraper glued to the footer's links.
_SIGN_AND_YEAR = lazy_pattern(r"(?:©|ⓒ|\([cC]\))\s*" + _YEAR.pattern)
#: … or the sign, the owner's name and the year closing the line, after nothing but the site's
#: address or name (``guardian.co.uk © Guardian News and Media Limited 2008``; a caption before
#: it makes a picture's credit).
_SIGN_NAME_YEAR = lazy_pattern(
    r"^\s*[^\s©ⓒ]{0,40}\s*(?:©|ⓒ|\([cC]\))\s*[^\d©ⓒ.!?]{2,60}?\s" + _YEAR.pattern + r"\.?\s*$")
#: … in a line of at most this many words.
SIGN_AND_YEAR_WORDS = 20
#: What a notice may say before its sign: ``All contents © Copyright 2008 The Springfield Gazette``.
_CONTENTS_LEAD = lazy_pattern(r"(?:all |entire |site )?contents?(?: of this (?:site|website|page))?:?\s+",
                              re.IGNORECASE)
#: A market data provider's delay: ``Data is delayed at least 15 minutes``.
_DATA_DELAY_WORDS = r"(?:quotes|data) (?:are |is )?delayed (?:by )?(?:a minimum of|at least) \d+ minutes"
_RIGHTS = lazy_pattern(
    r"\b(?:all|some) rights reserved\b|\bmay not be (?:re)?produced|\bmay not be (?:published|copied|reprinted)"
    r"|\bno part (?:of this \w+ )?may be reproduced|\bpart may be reproduced without"
    r"|\bis subject to copyright\b|\breproduction (?:in whole or in part )?(?:without [\w ]{0,30}permission )?"
    r"(?:is )?(?:strictly )?prohibited|the contents of this site are\s*©|^via syndigate\.info"
    r"|" + _DATA_DELAY_WORDS,
    re.IGNORECASE,
)
#: A market data provider's notice opening its line, and the providers it names after it
#: (``Quotes delayed at least 15 minutes. Real-time quotes provided by …``).
_DATA_DELAY = lazy_pattern(r"^(?:all )?" + _DATA_DELAY_WORDS, re.IGNORECASE)
#: A site's licence, stated of its own content: the licence (``Creative Commons``, ``CC BY-SA``,
#: the GNU documentation licence) and a verb that grants it, said of *this* site or work, of
#: *all* its posts, or *unless otherwise noted* (``Dieses Werk ist lizenziert unter einer
#: Creative Commons …``, ``Alle Beiträge dieser Website stehen unter einer Creative Commons
#: Lizenz``, ``Soweit nicht anders gekennzeichnet, stehen unsere Texte … unter …``); or a licence
#: given as a label or a line of its own (``Lizenz: CC-BY 4.0``, ``LICENSED UNDER CC BY NC ND``).
#: A story that discusses licences names them without saying what this page is under.
_LICENCE_NAME = r"(?:creative[ -]?commons|\bcc[ -]?(?:by|0)\b|\bgnu free documentation|\bgfdl\b)"
_LICENCE_GRANT = lazy_pattern(
    r"\b(?:licen[cs]ed|lizenziert|licenciad[oa]s?|licenziat[oi]|publi(?:shed|é|cado|cados) (?:under|sous|bajo)"
    r"|available under|distributed under|released under|veröffentlicht unter|sous (?:la |une )?licence"
    r"|bajo (?:una |la )?licencia|sob (?:a |uma )?licença|sotto (?:la |una )?licenza|onder (?:een |de )?licentie"
    r"|(?:steht|stehen|unterliegt|unterliegen|ist|sind) (?:[^.;]{0,80}? )?(?:unter|als|der lizenz)\b)",
    re.IGNORECASE)
_LICENCE_SELF = lazy_pattern(
    r"\b(?:this|these|our|all|dies\w*|unser\w*|alle|sämtliche|ce|cet|cette|nos|tous|todos|todas|nuestros"
    r"|nuestras|este|esta|questo|questa|tutti|tutte|nostri|deze|onze|alle)\s+(?:\w+\s+){0,3}?"
    r"(?:work|site|website|blog|page|content|contents|texts?|posts?|articles?|werk|website|webseite|seite"
    r"|blog|inhalte?|texte?|beiträge|artikel|site|contenus?|textes|articles|sitio|contenidos?|textos"
    r"|artículos|sito|contenuti|testi|articoli|werk|inhoud|teksten)\b"
    r"|\b(?:content|inhalte?|contenu|contenidos?|contenuti|conteúdos?)\b(?: \w+){0,3} (?:is|are|ist|sind|est|sont|está|están|è|sono|é|são)\b"
    r"|\b(?:except|unless) (?:where |as )?otherwise (?:noted|stated|indicated|specified)"
    r"|\b(?:soweit|sofern|wenn) nicht anders\b|\bsauf mention contraire|\bsalvo (?:donde|que|indicación)"
    r"|\bove non (?:diversamente|altrimenti)|\btenzij anders|\bsalvo (?:indicação|quando)", re.IGNORECASE)
#: … or said in the words only a licence notice uses, whatever it is said of (``Python Insider …
#: is licensed under a Creative Commons Attribution …``, ``Inhalte unter der Lizenz CC BY``).
_LICENCE_STATED = lazy_pattern(
    r"\b(?:is|are) (?:licensed|available|published|distributed) under (?:a |the )?(?:creative commons|cc[ -]by)"
    r"|\bunder (?:a |the )?creative commons (?:attribution|license|licence)"
    r"|\b(?:unter (?:der|einer) )?(?:lizenz|licence|licencia|licença) (?:cc[ -]by|creative commons)"
    r"|\bsteht unter einer creative commons", re.IGNORECASE)
_LICENCE_ALONE = lazy_pattern(
    r"^\s*(?:(?:licen[cs]e|lizenz|licencia|licença|licenza|licentie)\s*:\s*|licen[cs]ed under\s+)"
    + _LICENCE_NAME, re.IGNORECASE)
_LICENCE = lazy_pattern(_LICENCE_NAME, re.IGNORECASE)
#: The most words of a licence's line.
_LICENCE_WORDS = 50
#: A site's trademark notice, the whole of its line: ``ScienceBlogs ist ein geschütztes
#: Markenzeichen.``, ``CNET is a trademark of CBS Interactive Inc.``, ``Silkroad Online und alle
#: damit in Verbindung stehenden Logos … sind Warenzeichen oder eingetragene Warenzeichen von …``.
_TRADEMARK = lazy_pattern(
    r"^[^.!?\"“”„«»]{2,160}?\b(?:(?:is|are) (?:a |the )?(?:registered (?:trade ?marks?|service marks?)"
    r"|(?:trade ?marks?|service marks?) of (?-i:[A-Z]))"
    r"|(?:ist|sind) (?:ein |eine )?(?:(?:eingetragene[sn]?|geschützte[sn]?) (?:marken(?:zeichen)?|warenzeichen|marke)"
    r"|warenzeichen)"
    r"|(?:est|sont) (?:une |des )?marques? déposées?"
    r"|(?:es|son) (?:una |unas )?marcas? registradas?"
    r"|(?:è|sono) (?:un |dei )?march(?:io|i) registrat[oi]"
    r"|(?:é|são) (?:uma )?marcas? registradas?"
    r"|(?:is|zijn) (?:een )?(?:geregistreerde? )?handelsmerk(?:en)?)[^.!?]{0,120}[.!]?\s*$",
    re.IGNORECASE)
#: … or a notice that others' marks belong to their owners, anywhere in its line.
_OWNERS_MARKS = lazy_pattern(
    r"\b(?:(?:are|is) (?:the )?property of their respective (?:owners|holders)"
    r"|eigentum (?:ihrer|der) jeweiligen (?:besitzer|inhaber|eigentümer)"
    r"|propriété de leurs (?:propriétaires|détenteurs) respectifs"
    r"|propiedad de sus respectivos (?:dueños|propietarios|titulares)"
    r"|propriet(?:à|a) dei rispettivi (?:proprietari|titolari)"
    r"|propriedade de seus respectivos (?:donos|proprietários|titulares)"
    r"|eigendom van (?:hun|de) respectieve(?:lijke)? eigenaars?)\b", re.IGNORECASE)
#: The most words of a trademark notice.
_TRADEMARK_WORDS = 30
#: A paper's note of where the story ran in print, as its system writes it under every story:
#: ``A version of this article appears in print on Nov. 19, 2019, Section A, Page 1 of the New York
#: edition with the headline: …``, ``This article appeared in the print edition of …``,
#: ``Dieser Artikel erschien in der Printausgabe vom 12.03.2021``.
_PRINT_NOTE = lazy_pattern(
    r"^(?:a version of this (?:article|story|review|column|essay) appear(?:s|ed) in print on\s"
    r"|this (?:article|story) (?:appeared|appears|ran|was published) in (?:the )?print edition\b"
    r"|dieser (?:artikel|beitrag|text) (?:erschien|ist erschienen) (?:zuerst )?in der (?:print|druck)?ausgabe\b"
    r"|cet article est paru dans l'édition (?:imprimée|papier)\b)", re.IGNORECASE)
#: An aggregator's note of where its copy came from, not written by anyone: ``(This story has not
#: been edited by NDTV staff and is auto-generated from a syndicated feed.)``, ``Disclaimer: This
#: story is auto-generated from a syndicated feed.``, ``We do not claim legitimacy, ownership or
#: copyright of any of the content above.``
_SYNDICATION_NOTE = lazy_pattern(
    r"\b(?:this (?:story|article|report|copy|news|content) has not been edited by\b.{0,60}?\bstaff\b"
    r"|(?:story|article|report|copy|content|news|post) (?:is|was|has been) (?:auto-?generated|automatically"
    r" generated|auto-?published|published|generated) from an? (?:syndicated|wire|agency) (?:news )?feed\b"
    r"|auto-?generated from an? syndicated (?:news )?feed\b"
    r"|we do not claim (?:any )?(?:legitimacy, )?ownership(?: or| and|,) copyright\b"
    # A press-release wire's note under each release: ``Original-Content von: Polizei Ulm,
    # übermittelt durch news aktuell``.
    r"|^original[- ]content (?:von|of):? .{1,120}?,? (?:übermittelt durch|transmitted by) news aktuell\b"
    r"|(?:article|story|post|content) (?:has|have) been indexed (?:to|on|by) our (?:site|website)\b"
    # The German wire's note under a story its system wrote alone …
    r"|teil eines automatisierten angebots\b|von der redaktion (?:nicht bearbeitet|nicht geprüft)\b)"
    # … and its code of the story under every copy of it (``© dpa-infocom, dpa:220124-99-835563/5``).
    r"|^(?:©\s*)?(?:dpa-infocom,?\s*)?dpa:\d{6}-\d{2}-\d{4,7}/\d+\s*$",
    re.IGNORECASE)
#: The registration number a company's site states in its footer, with its label, in the
#: countries of the languages the rules read: ``P.IVA 01578251009``, ``CNPJ 83.102.459/0001-23``,
#: ``USt-IdNr.: DE123456789``, ``HRB 12345``, ``SIRET : 123 456 789 00012``, ``CIF: B12345678``,
#: ``VAT No. GB123456789``, ``Company number 01234567``, ``KvK 12345678``, ``NIP 123-456-78-90``.
_COMPANY_NUMBER = lazy_pattern(
    r"(?:^|[\s|–·•,(-])(?:p\.\s?iva|partita\s(?:iva|i\.v\.a\.)|c\.f\.|codice\sfiscale|cnpj|ust-?id(?:nr)?\.?"
    r"|ust\.?-?idnr\.?|umsatzsteuer-?id(?:entifikationsnummer)?|steuernummer|hr[ab]|handelsregister(?:nummer)?"
    r"|registergericht|siret|siren|rcs(?:\s[a-zé-]+)?|tva\sintracommunautaire|n°\stva|cif|nif|n\.i\.f\."
    r"|vat\s(?:no|number|reg(?:istration)?(?:\sno)?)\.?|company\s(?:no|number|registration(?:\snumber)?)\.?"
    r"|registered\s(?:in\s(?:england|scotland)(?:\sand\swales)?|company)(?:\s(?:no|number))?\.?"
    r"|kvk(?:-nummer)?|btw(?:-nummer)?|abn|acn|nip|regon|krs|инн|огрн)"
    r"\s?[:.#]?\s?(?:n[°o]\.?\s?)?[a-z]{0,3}\s?\d[\d .\-/]{4,22}\d\b",
    re.IGNORECASE)
#: The licence numbers every site in mainland China shows at its foot: the ICP filing or licence
#: (``京ICP备05070602号``, ``京ICP证030173号``) and the public-security filing (``京公网安备
#: 11010802020088号``).
_CN_LICENCE = lazy_pattern(r"ICP[备证][^\d\n]{0,6}\d{4,}|公网安备[^\d\n]{0,6}\d{6,}")
#: Four words in small letters in a row: a sentence's, where a footer holds names, labels and
#: numbers (``A empresa, de CNPJ …, foi multada em …`` is a story's).
_PROSE_RUN = lazy_pattern(r"(?:(?<!\S)[a-zß-öø-ÿ][\w'’-]*\s+){3}[a-zß-öø-ÿ]")
#: An e-mail address.
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
#: A name a site's footer credits: capitalised (``Studio X``, ``phpBB``), a web address or an
#: e-mail address, whatever the case of the words around it.
_CREDITED = rf"(?-i:[{CAPITALS}0-9][\w.&+®™-]*|[a-z]+[A-Z][\w.®™-]*|[a-z][\w-]*\.[a-z]{{2,}}[\w./-]*|" + _EMAIL + ")"
#: The site's own credits in its footer: the software it runs on and who built it (``Powered by
#: WordPress``, ``Proudly powered by Blogger.``, ``Website by Studio X``, ``Valid XHTML 1.0``), a
#: forum's clock (``All times are GMT. The time now is 10:05 AM.``). The credited name is a name
#: (capitalised words or an address), not a phrase of the story's (``Powered by the sun``).
_SITE_CREDIT = lazy_pattern(
    r"^(?:(?:print )?(?:proudly )?powered by|(?:web ?)?site (?:designed |built |developed )?by|website by"
    r"|theme by|(?:web )?design(?:ed)? by|wordpress theme by|hosted by"
    # A theme's credit with its name (``Theme: Twenty Seventeen by WordPress.com``, ``Hemingway
    # theme by Anders Norén``), and Blogger's credit of a theme's pictures.
    r"|theme\s*:\s*(?:[\w'’-]+\s+){1,4}(?:by|von|par|por|di|door)|(?:[\w'’-]+\s+){1,2}theme by"
    r"|theme images by"
    r"|(?:this )?(?:page|site|website|web site) (?:maintained|managed|created|updated) by|maintained by"
    # … as WordPress and Blogger write it in the other languages the rules read.
    r"|(?:fièrement )?propulsé par|(?:stolz )?präsentiert von|bereitgestellt von|erstellt mit"
    r"|theme von|thème par|tema por|tema de|tema di|funciona con|funciona gracias a"
    r"|con la tecnología de|realizzato con|offerto da|tecnologia do|desenvolvido por|orgulhosamente"
    r" mantido com|mogelijk gemaakt door|aangedreven door|thema door|(?:dumnie )?wspierane przez"
    r"|(?:dumnie )?napędzane przez)\s*:?\s+"
    # (a second credit after a bar: ``Designed by Elegant Themes | Powered by WordPress``)
    + _CREDITED + r"(?:\s+(?:" + _CREDITED + r"|and|und|et|y|&|[|·•-]|by|von|par|por|di|door))*"
    # … and the software's own copyright after its name (``Powered by phpBB © 2000, 2002 phpBB
    # Group``, ``Powered by vBulletin® Version 3.8.4 Copyright ©2000 - 2009, Jelsoft …``).
    r"(?:,?\s*(?:copyright\s*)?(?:©|\(c\)|copyright)\s?(?:19|20)\d\d\b.{0,80})?\.?$"
    r"|^valid (?:x?html|css)\b[\w .!]{0,20}$"
    # The webmaster's address, and the browser the old page was made for.
    r"|^(?:web ?master|site ?master)\s*:\s*\S.{0,60}$"
    r"|^(?:this (?:site|page|website) is )?best viewed (?:with|in|using|at|on|by)\b.{0,80}$"
    r"|^all times are (?:gmt|utc)\b"
    # Substack's footer credit.
    r"|^substack is the home for great (?:culture|writing)\.?$"
    # WordPress.com's footer, in the languages the rules read: ``Blog at WordPress.com.``,
    # ``Erstelle kostenlos eine Website oder ein Blog auf WordPress.com.``
    # (``Design a site like this with WordPress.com``, ``Erstelle eine Website wie diese mit …``.)
    r"|^(?:create|start|design|erstelle|gestalte|créez|crea|crie|maak)\b[\w'’ -]{0,50}"
    r"\b(?:blog|website|site|sitio|sito)\b"
    r"[\w'’ –—-]{0,30} (?:at|auf|sur|con|en|su|no|op|with|mit|avec|com|met) wordpress\.com\.?$"
    r"|^(?:bloggen|blog|website powered by|website built with) (?:(?:at|auf|op|en|su|no|sur) )?wordpress\.com\.?$"
    # A site builder's: ``Proudly created with Wix.com``, ``This site was designed with the Wix
    # website builder. Create your website today.``
    r"|^(?:proudly )?(?:created|made|built) with (?:wix|jimdo|weebly|squarespace|webflow)(?:\.com)?\.?$"
    r"|^this (?:site|website) was (?:designed|built|created|made) with the [\w.]+ website builder\b.{0,60}$"
    # Blogger's, after the theme's name: ``Simple theme. Powered by Blogger.``, ``Tema Sencillo. Con
    # la tecnología de Blogger.``
    # (with the credit of the theme's pictures between: ``Simple theme. Theme images by luoman.
    # Powered by Blogger.``)
    r"|^(?:[\w:]+ ){1,2}[\w]+\. (?:(?:theme images by|designbilder von|images du thème de"
    r"|imágenes del tema:?|immagini dei temi di|imagens de tema por|themafoto's van) [^.]{1,40}\. )?"
    r"(?:powered by|fourni par|con la tecnología de|tecnologia do"
    r"|mogelijk gemaakt door|bereitgestellt von|präsentiert von|con tecnologia) blogger\.?$",
    re.IGNORECASE,
)
#: The site's disclaimer under its links out: ``The BBC is not responsible for the content of
#: external internet sites``, ``We are not responsible for the content of external websites.``
_EXTERNAL_LINKS = lazy_pattern(
    r"^(?:the )?[\w.&' -]{2,40} (?:is|are) not responsible for the content (?:of|on) (?:external|"
    r"third[- ]party|linked|other) (?:internet )?(?:sites|websites|web sites|pages|links)\.?$"
    # … as German, French and Spanish sites write it: ``SPIEGEL ONLINE ist nicht verantwortlich
    # für die Inhalte externer Internetseiten.``
    r"|^[\w.&' -]{2,40} (?:ist|sind) nicht verantwortlich für (?:den|die) Inhalte? externer "
    r"(?:Internetseiten|Webseiten|Seiten|Links)\.?$"
    r"|^[\w.&' -]{2,40} n['’](?:est|sont) pas responsables? du contenu des sites (?:internet |web )?"
    r"externes\.?$"
    r"|^[\w.&' -]{2,40} no (?:se hace|se hacen|es|son) responsables? de(?:l| los) contenidos? de "
    r"(?:los )?sitios (?:web )?externos\.?$"
    # … or its note that links out open elsewhere and are not endorsed: ``External sites open in
    # new browser window; not endorsed by CNN Interactive.``, ``CNN.com does not endorse external
    # sites.``
    r"|^(?:all )?external (?:internet )?(?:sites|websites|links) (?:will )?open in (?:a )?new "
    r"(?:browser(?: window)?|window)s?(?:[;,.] not endorsed by [\w.&' -]{2,40})?\.?$"
    r"|^[\w.&' -]{2,40} does not endorse (?:the content of )?(?:external|linked|third[- ]party) "
    r"(?:internet )?(?:sites|websites|links)\.?$", re.IGNORECASE)
#: The citation block of a science site's page: ``Citation:``, ``… (2019, November 18) retrieved 20
#: November 2019 from https://…`` (one line or three).
_CITATION = lazy_pattern(
    r"^citation\s*:\s*(?:$|.{1,200}\(\d{4}, \w+ \d{1,2}\)\s+retrieved \d{1,2} \w+ \d{4})"
    r"|^retrieved \d{1,2} \w+ \d{4}(?: from https?://\S+)?$"
    r"|^\S.{0,200}\(\d{4}, \w+ \d{1,2}\)$"
    r"|^from https?://\S+$",
    re.IGNORECASE,
)
#: Wire agencies: their copyright line is part of the licensed story (the agency requires it to
#: travel with the text), like a wire sign-off, so it is not page boilerplate. (A line naming one
#: is never this rule's: Reuters' ``Our Standards: The Thomson Reuters Trust Principles.`` is left
#: to NL314 across a site's pages and to a house rule, the README's first example.)
_WIRE = lazy_pattern(
    r"\b(?:associated press|the canadian press|reuters|afp|agence france-presse|press association"
    r"|pa media|bloomberg|dow jones|united press international|upi)\b",
    re.IGNORECASE,
)


class CopyrightNotice(LineRule):
    """A site's copyright footer or reproduction notice.

    What it flags:
        A line of at most 50 words that opens with ``©`` or *Copyright* and a year, or with
        ``©`` and a company's name in its corporate form (``© Future US, Inc. 11 West 42nd
        Street, …``, also with the word or the publisher's name before the sign: ``Hearst
        Newspapers © Copyright Hearst Communications, Inc.``; ``© Provided by …`` is a
        picture's credit), a line of at
        most 20 words that holds ``©`` and a year anywhere (``Forum software by XenForo® ©
        2010-2019 XenForo Ltd.``), or a line that says *All rights reserved*, *may not be
        reproduced*, *is subject to copyright*, or a market data provider's delay (``Data is
        delayed at least 15 minutes``; opening the line, however many providers it names after
        it); the
        lines of a page's citation block (``Citation: … retrieved 20 November 2019 from …``); the
        site's own credits (``Powered by WordPress``, ``Website by Studio X``, ``Valid XHTML
        1.0``, ``Propulsé par WordPress``, ``Theme: Twenty Seventeen by WordPress.com``,
        ``Designed by Elegant Themes | Powered by WordPress``), when what it credits is a name,
        with the software's own copyright after it if any (``Powered by phpBB © 2000, 2002 phpBB
        Group``); ``©
        Name`` without a year closing the page under its furniture (under the story's last
        sentence it is the writer's own notice); the
        webmaster's address (``Webmaster: …``) and the browser an old page was made for (``Best
        viewed with …``); Blogger's theme credit (``Simple theme. Powered by Blogger.``, ``Tema
        Sencillo. Con la tecnología de Blogger.``); WordPress.com's own footer (``Blog at WordPress.com.``, ``Erstelle
        kostenlos eine Website oder ein Blog auf WordPress.com.``); a paper's note of where the
        story ran in print (``A version of this article appears in print on …, Section A, Page 1
        of the New York edition …``, ``Dieser Artikel erschien in der Printausgabe vom …``); the
        site's disclaimer of the sites it links to (``The BBC is not responsible for the content
        of external internet sites``, ``SPIEGEL ONLINE ist nicht verantwortlich für die Inhalte
        externer Internetseiten.``, in French and Spanish too), or its note that links out open
        in a new window or are not endorsed (``CNN.com does not endorse external sites.``); an
        aggregator's note of where its copy came from (``This story has not been edited by NDTV
        staff and is auto-generated from a syndicated feed.``, ``We do not claim legitimacy,
        ownership or copyright of any of the content above.``, ``Original-Content von: …,
        übermittelt durch news aktuell``); the company's registration number its footer states
        (``P.iva 01578251009``, ``CNPJ: 83.102.459/0001-23``, ``USt-IdNr.: DE123456789``,
        ``SIRET : 123 456 789 00012``, ``VAT No. GB123456789``) on a line of names, labels and
        numbers (a sentence that gives one is a story's); the site's licence, stated of its own
        content or alone on its line (``Dieses Werk ist lizenziert unter einer Creative Commons …``,
        ``Content is available under CC BY-SA unless otherwise noted.``, ``Lizenz: CC-BY 4.0``;
        a post that discusses licences says what no page is under); a trademark notice, the whole
        of its line (``ScienceBlogs ist ein geschütztes Markenzeichen.``, ``CNET is a trademark of
        CBS Interactive, Inc.``, ``All trademarks are the property of their respective owners.``;
        a hat that is someone's trademark stays). A wire agency's notice (``© 2019 Associated Press. All Rights
        Reserved.``) is left alone: the agency requires it to travel with the story. A photo credit (``© Getty``, no year) is
        NL211's. ``©`` with a year reads the same in any language; the phrases are English, the
        site credits also as WordPress and Blogger translate them.

    Why it matters:
        The publisher's footer is not the story; in a corpus it repeats on every page of a site
        and gets learned as if it were news.

    Example:
        ``© 2019 OregonLive.com. All rights reserved (About Us).``
    """

    code = "NL311"
    fix = Fixable("remove-line", safe=False)
    name = "copyright-notice"
    summary = "A site's copyright footer or reproduction notice"
    examples = {
        "flag": ["© 2019 OregonLive.com. All rights reserved ( About Us )."],
        "pass": [
            "© 2019 Associated Press. All Rights Reserved. This material may not be published, "
            "broadcast, rewritten, or redistributed.",
        ],
    }
    languages = ("*",)
    measured = figures("NL311")
    trigger = (r"©|ⓒ|\([cC]\)|opyright|OPYRIGHT|ights [Rr]eserved|IGHTS RESERVED|e reproduced|E REPRODUCED"
               r"|ot responsible for the content|icht verantwortlich für|as responsables? du contenu"
               r"|esponsables? de(?:l| los) contenido|(?i:external (?:internet )?(?:sites|websites|links) "
               r"(?:will )?open in)|oes not endorse"
               r"|ppears in print|ppeared in print|rint edition|rintausgabe|ruckausgabe|dition imprimée"
               r"|dition papier|rschien zuerst in der"
               # A company's registration number (``P.IVA 0157…``, ``CNPJ: 83.102…``, ``HRB 12345``).
               r"|(?i:p\.[ \t]?iva|partita[ \t]i|codice[ \t]fiscale|cnpj|ust-?id|ust\.-?id|umsatzsteuer-?id"
               r"|steuernummer|handelsregister|registergericht|siret|siren[ \t:]|rcs[ \t]|tva[ \t]intra"
               r"|n°[ \t]tva|vat[ \t](?:no|number|reg)|company[ \t](?:no|number|registration)"
               r"|registered[ \t](?:in[ \t]england|in[ \t]scotland|company)|kvk|btw-?nummer|regon|инн|огрн)"
               r"|(?:HR[AB]|CIF|NIF|ABN|ACN|NIP|KRS|C\.F\.|N\.I\.F\.)[ \t:.]?[ \t]?[0-9A-Z]"
               r"|yndicated feed|yndicated news feed|gency feed|ire feed|ot been edited by"
               r"|dpa:[0-9]|utomatisierten Angebot|edaktion nicht bearbeitet|edaktion nicht geprüft"
               r"|een indexed to|een indexed on|een indexed by|bermittelt durch news|ransmitted by news"
               r"|e published, broadcast|yndiGate|ontents of this site|ur Standards:|uotes delayed|ata is delayed|eproduction"
        r"|itation|etrieved \d|rom http|\(\d\d\d\d, [A-Z][a-z]+ \d|reative [Cc]ommons|[Ll]izenz CC"
        r"|(?i:creative[ \t-]?commons|licen[cs]ed[ \t]under|cc[ \t-]by)|rademark|RADEMARK|arenzeichen"
        r"|arkenzeichen|(?i:property of their respective|jeweiligen (?:besitzer|inhaber|eigentümer)|respectifs"
        r"|sus respectivos|rispettivi|seus respectivos|respectieve)|arques? déposées?|arcas? registradas?"
        r"|archi(?:o)? registrat|andelsmerk"
        r"|[Ll]icen[cs]ia CC|CC-BY|owered by|OWERED BY|ite by|ite designed|ite built|ite developed"
        r"|heme by|heme:|heme images|esign by|esigned by|osted by|^[ \t]*[Vv]alid [XxHhCc]|ll times are"
        r"|ebmaster|EBMASTER|itemaster|ite master|est viewed|EST VIEWED|owered By|ite By|esigned By|heme By"
        r"|aintained by|aintained By|esign By|osted By|ropulsé par|ROPULSÉ PAR|räsentiert von|ereitgestellt von|rstellt mit"
        r"|heme von|hème par|ema por|ema de|ema di|unciona con|unciona gracias|ecnología de|ealizzato con"
        r"|fferto da|ecnologia do|esenvolvido por|antido com|emaakt door|angedreven door|hema door|spierane przez|apędzane przez"
        r"|ordPress\.com|ORDPRESS\.COM| Blogger\.|reated with|ade with|uilt with|ebsite builder"
        r"|ubstack is the home|ICP备|ICP证|公网安备"
        r"|" + COPYRIGHT.phrase_trigger())

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text)
        if len(text) <= 400 and _PRINT_NOTE.match(text):
            yield hit(line, "the paper's note of the story's print edition left in the text")
            return
        if len(text.split()) <= 60 and _SYNDICATION_NOTE.search(text):
            yield hit(line, "an aggregator's note of where its copy came from left in the text")
            return
        if len(text.split()) <= 24 and _COMPANY_NUMBER.search(text) and not _PROSE_RUN.search(text):
            yield hit(line, "the company's registration number (site footer) left in the text")
            return
        if len(text) <= 200 and _CN_LICENCE.search(text):
            yield hit(line, "the site's licence number (a Chinese site's footer) left in the text")
            return
        if len(text) <= 1000 and _DATA_DELAY.match(text):
            # The market data provider's notice, however many providers it names after it (a
            # wire service's among them: ``Dow Jones & Company Terms & Conditions``).
            yield hit(line, "copyright footer left in the text")
            return
        if _WIRE.search(text):
            return
        lead = _CONTENTS_LEAD.match(text)
        opens = _COPYRIGHT_SIGN.match(text, lead.end() if lead else 0)
        if len(text) > 500 or len(text.split()) > 50:
            # A footer that glued the site's small print to its notice (``© 2004-2020 Healthline
            # Media UK Ltd … All rights reserved. … not intended as a substitute for …``): the
            # sign and a year open it, and it reserves the rights.
            if not (opens and len(text) <= 1000 and len(text.split()) <= 120 and _RIGHTS.search(text)
                    and _YEAR.search(text, opens.end(), opens.end() + 40)):
                return
        if (opens and _YEAR.search(text, opens.end(), opens.end() + 40)) or _RIGHTS.search(text) \
                or COMPANY_COPYRIGHT.match(text) \
                or COPYRIGHT.phrase(text, article) or (
                    len(text.split()) <= SIGN_AND_YEAR_WORDS and (
                        _SIGN_AND_YEAR.search(text) or _SIGN_NAME_YEAR.match(text))):
            yield hit(line, "copyright footer left in the text")
        elif opens and opens.start() == 0 and text[:1] in "©ⓒ" and self._closes_the_footer(line, text):
            yield hit(line, "copyright footer left in the text")
        elif self._licence(text):
            yield hit(line, "the site's licence notice left in the text")
        elif (len(text.split()) <= _TRADEMARK_WORDS and _TRADEMARK.match(text)) or (
                len(text.split()) <= 2 * _TRADEMARK_WORDS and _OWNERS_MARKS.search(text)):
            yield hit(line, "trademark notice (site footer) left in the text")
        elif len(text) <= 120 and _SITE_CREDIT.match(text):
            yield hit(line, "site footer credit left in the text")
        elif len(text) <= 160 and _EXTERNAL_LINKS.match(text):
            yield hit(line, "the site's disclaimer of the sites it links to left in the text")
        elif _CITATION.match(text) and self._in_citation_block(line, text):
            yield hit(line, "citation footer (“Citation: … retrieved … from …”) left in the text")

    @staticmethod
    def _licence(text: str) -> bool:
        """A site's licence, stated of its own content or alone on its line (:data:`_LICENCE_GRANT`)."""
        if len(text.split()) > _LICENCE_WORDS:
            return False
        if (_LICENCE_ALONE.match(text) and len(text.split()) <= 10) or _LICENCE_STATED.search(text):
            return True
        return bool(_LICENCE.search(text) and _LICENCE_GRANT.search(text) and _LICENCE_SELF.search(text))

    @staticmethod
    def _closes_the_footer(line: Line, text: str) -> bool:
        """``© Name`` without a year closing the page under its furniture (``© Medienverbund
        Nürnberger Land GmbH``, under ``Partner``): under the story's last paragraph it is the
        writer's notice (``© Regan``)."""
        previous = line.neighbour(-1)
        return line.from_end <= 1 and len(text.split()) <= 12 and previous is not None \
            and not previous.is_prose and not previous.ends_sentence

    @staticmethod
    def _in_citation_block(line: Line, text: str) -> bool:
        """A ``Citation:`` line, or a title, ``retrieved`` or ``from`` line within three lines of
        one."""
        if text[:1] in "Cc":
            return True
        return any(other.text.strip()[:8].lower() == "citation" for other in neighbours(line, 3))


# -- author boxes ---------------------------------------------------------------------------------

#: The link that closes a blog's profile box, as Blogger writes it in the languages the rules
#: read, and the box's heading above it; the lines between are the blogger's name, place and bio.
_PROFILE_END = frozenset("""
view my complete profile|mein profil vollständig anzeigen|afficher mon profil complet|
ver todo mi perfil|visualizza il mio profilo completo|ver meu perfil completo|
mijn volledige profiel tonen""".replace("\n", "").split("|"))
_PROFILE_HEADINGS = frozenset("""
about me|about the author|über mich|qui êtes-vous ?|qui êtes-vous|à propos de moi|datos personales|
quién soy|informazioni personali|chi sono|quem sou eu|sobre mim|over mij""".replace("\n", "").split("|"))
#: The most lines between the box's heading and its closing link.
_PROFILE_LINES = 6

#: A person's name: capitalised words, maybe joined by the particles of a surname (``Jan de
#: Vries``, ``Ursula von der Leyen``, ``Ana de la Torre``).
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ten|ter|zu|y|e|bin|ibn|al|el)"
_NAME = rf"[{CAPITALS}][\w'’.-]+(?: (?:{_PARTICLE} ){{0,3}}[{CAPITALS}][\w'’.-]+){{0,3}}"
_ROLE = (r"(?:reporter|writer|journalist|editor|correspondent|columnist|contributor|producer|author"
         r"|blogger|photographer|photojournalist|critic|freelancer|intern|anchor|host|publisher"
         r"|fellow|analyst|commentator|storyteller|novelist)s?")
#: What an op-ed's or a guest post's writer is besides (``Heiko Sauer is a Professor of Public
#: Law at …``, ``Jake is the co-founder of …``): words a story says of the people in it too, so
#: only right after the article and a word or three, and with where they are that.
_GUEST_ROLE = (r"(?:professor|lecturer|researcher|scholar|historian|economist|expert|consultant"
               r"|co-?founder|founder)")
#: "Jane Doe is a reporter for …", "Jeff Foust (jeff@…) is the editor and publisher of …",
#: "I am a writer, journalist, professor …".
#: A bio is written in the present: the writer *is* a reporter, *covers* a beat. "… was a
#: columnist", "… joined the protest" are sentences of a story about a person.
_BIO = lazy_pattern(
    rf"^(?:{_NAME}(?: \([^)]{{1,60}}\))?|I) (?:is|am|has been|works as) (?:a|an|the)\b"
    rf"(?:[^.]{{0,80}}?)\b(?i:{_ROLE})\b"
    rf"|^(?!The ){_NAME} is (?:a|an|the) (?:[\w&-]+ ){{0,3}}?(?i:{_GUEST_ROLE})s?"
    rf" (?:at|of|in|for|with|and)\b"
    rf"|^{_NAME} (?:has been (?:reporting|writing|covering)|covers|writes about)\b"
    rf"|^{_NAME} joined\b(?=.{{0,200}}\b(?:(?i:{_ROLE}|staff|newsroom|desk)|(?:has been|is) "
    rf"(?:reporting|writing|covering)|covers|writes about)\b)",
)
#: The same bio in the other languages the rules read: a name, *is*, maybe an article and a word
#: or two, then a newsroom role (``Anna Müller ist Redakteurin im Ressort Politik.``, ``Anne
#: Martin est journaliste au service politique.``, ``Ana García es periodista de …``).
_FOREIGN_ROLE = (
    r"(?:redakteur|redakteurin|journalist|journalistin|autor|autorin|korrespondent|korrespondentin"
    r"|reporter|reporterin|volontär|volontärin|kolumnist|kolumnistin|fotograf|fotografin"
    r"|chefredakteur|chefredakteurin|ressortleiter|ressortleiterin|redaktionsleiter"
    r"|redaktionsleiterin|moderator|moderatorin|bloggerin"
    r"|journaliste|rédacteur|rédactrice|correspondant|correspondante|chroniqueur|chroniqueuse"
    r"|éditorialiste|photographe|reporteur|reportrice"
    r"|periodista|redactor|redactora|corresponsal|reportero|reportera|columnista|fotógrafo|fotógrafa"
    r"|giornalista|redattore|redattrice|corrispondente|inviato|inviata|editorialista|fotografo"
    r"|fotografa|jornalista|repórter|redator|redatora|correspondente|colunista"
    r"|redacteur|redactrice|verslaggever|verslaggeefster|columniste|fotograaf)"
)
#: A newsroom role in any of the languages the rules read.
_ANY_ROLE = lazy_pattern(rf"\b(?i:{_ROLE}|{_FOREIGN_ROLE})\b")
#: A bio says what the writer is; a story says what a person has become or was (``Schneider ist
#: bisher Chefredakteur der Zeitschrift …``, ``… est désormais rédactrice en chef``): words of a
#: change before the role make it a story's.
_CAREER_CHANGE = (
    r"(?:bisher|noch|nun|jetzt|künftig|neuer|neue|ehemaliger|ehemalige|früherer|frühere"
    r"|designierter|designierte|zuletzt|inzwischen|mittlerweile|désormais|ancien|ancienne"
    r"|nouveau|nouvelle|ahora|nuevo|nueva|ora|nuovo|nuova|agora|novo|nova|nu|nieuwe"
    r"|voormalig|voormalige)")
#: (German puts the verb second: in ``Jetzt ist der Autor von … gestorben`` the first word is not
#: the subject, and the one after *ist* comes with its article; a bio says *ist Autor*.)
_FOREIGN_BIO = lazy_pattern(
    rf"^{_NAME} (?:ist|est|es|è|é|is) (?!(?:der|die|das|den) )"
    rf"(?!(?:[\w-]+ )?(?i:{_CAREER_CHANGE})\b)"
    rf"(?:(?:ein|eine|un|une|una|uno|um|uma|een|la|le|el|il|lo|o|a)"
    rf" )?(?:[\w-]+ ){{0,2}}?(?i:{_FOREIGN_ROLE})\b(?!-)")
#: The outlet's call for readers' stories and tips, with how to send them: ``Got a story? Email
#: news@… or call …``, ``Do you have a story for us? Contact our newsdesk.``, ``Want to get in
#: touch? Email us`` (anywhere in the page: unlike a writer's contact line, it names no one).
_TIP_CALL = lazy_pattern(
    r"(?:^|[.!?]\s+)(?:(?:got|have) a (?:news )?(?:story|tip|story tip|story idea)(?: for us)?\?"
    r"|do you have a (?:news )?(?:story|tip|story tip|story idea)(?: for us)?\?|want to get in touch\?)"
    r"\s+(?:please )?(?:e-?mail|contact|call|send|get in touch|tell|drop|write|whatsapp|message)\b"
    # … and a paper's call for its readers' reports in German: ``Hast du etwas beobachtet? Schick
    # uns deine Fotos und Videos.``, ``Haben Sie einen Hinweis? Schreiben Sie uns.``
    r"|(?:^|[.!?]\s+)(?:hast du|haben sie) (?:etwas beobachtet|einen hinweis|eine geschichte|einen tipp)\?"
    r"\s+(?:jetzt )?(?:schick|schicken|schreib|schreiben|melde|melden|kontaktier|kontaktieren)\b",
    re.IGNORECASE)
#: Contact lines of an author box.
_CONTACT = lazy_pattern(
    r"(?:^|[.!?]\s+)(?:have a (?:news )?tip\?"
    r"|(?:e-?mail|contact|reach|write to) (?:the (?:author|reporter|writer)|" + _NAME + r")"
    r"(?: at\s|\s?:\s?\S+@)"
    r"|send (?:us )?(?:your )?(?:news )?tips to|e-?mail us at\s"
    r"|to contact the (?:reporters?|editors?|authors?)(?: responsible for this story)?(?: on this story)?:"
    r"|do you have a story for|we pay for your stories|got a (?:news )?(?:story|tip)\?)"
    r"|\b(?:may|can) be reached at\s",
    re.IGNORECASE,
)
#: A line that ends on an e-mail address (and its full stop).
_ENDS_ON_ADDRESS = lazy_pattern(r"@[\w.-]+\.[A-Za-z]{2,}\.?\s*$")
#: The links of an author box, alone on a line.
_AUTHOR_LINKS = frozenset("""
view author archive|author archive|email the author|e-mail the author|follow on twitter|
get author rss feed|author rss|more from this author|more from author|more by this author|
about the author|author bio|see all posts by|view all posts by|view all articles|more articles by|
contact the author|contact author|follow the author|
dem autor folgen|der autorin folgen|e-mail an den autor|e-mail an die autorin|autor kontaktieren|
suivre l'auteur|contacter l'auteur|seguir al autor|contactar al autor|segui l'autore|
seguir o autor|volg de auteur|
über den autor|über die autorin|über die autoren|zum autor|zur autorin|à propos de l'auteur|
à propos de l’auteur|sobre el autor|sobre la autora|sobre o autor|sobre a autora|sull'autore|
sull’autore|over de auteur
""".replace("\n", "").split("|")) | _PROFILE_END

#: How many paragraphs from the bottom an author box may start; how many from the top a
#: first-person bio may stand.
TAIL, HEAD = 6, 3


#: A box's heading naming whom it is about: ``About Jane Doe``, ``Über Moritz Bachmann``, ``Sobre
#: Carlos Nadalim`` (a name in capitals: ``About us`` is a menu's link), with the count of their
#: articles a blog's box adds (``Über Luis Holuch 257 Artikel``).
_ABOUT_NAME = lazy_pattern(
    r"^(?:About|Über|Sobre|À propos de|Acerca de|Over)[ ]+"
    rf"(?P<name>[{CAPITALS}][\w'’.-]*(?:[ ][{CAPITALS}][\w'’.-]*){{0,3}})"
    r"(?P<count>[ ]+\d{1,6}[ ](?:Artikel|Beiträge|articles?|posts?|artículos|articoli|artigos|artikelen))?$"
)
#: Words of a heading that name nobody ("About The Company", "Over De Jaren", "Sobre Nosotros").
_NOT_A_NAME = frozenset(
    "the this that these those our your my his her their its us me it a an one all more "
    "der die das den dem des ein eine einer uns mich dich sich ihn ihr "
    "le la les un une nous vous moi lui "
    "el los las una nosotros mi tu su "
    "o os as um uma nós "
    "de het een ons jou".split())
#: How far from the bottom an about box's heading may stand, in paragraphs.
ABOUT_TAIL = 8


def about_box(line: Line) -> "Line | None":
    """The paragraph under an ``About <Name>`` heading that names the one it is about (a bio, a
    company's boilerplate) near the bottom (anywhere, under ``About <Name> 257 Artikel``), if
    ``line`` is such a heading."""
    match = _ABOUT_NAME.match(flat(line.text).strip())
    # (With the count of their articles, it is a blog's author box wherever it stands: the page's
    # comments and furniture may follow it.)
    if match is None or (line.from_end >= ABOUT_TAIL and not match.group("count")):
        return None
    names = [word for word in match.group("name").split()
             if len(word) > 2 and word.casefold() not in _NOT_A_NAME]
    if len(names) < len(match.group("name").split()) - 1:
        return None  # "About The Company", "Über Den Autor": a heading, not a name
    following = line.neighbour(1)
    if following is None or not following.words_at_least(12):
        return None
    if any(re.search(rf"\b{re.escape(word)}\b", following.text) for word in names):
        return following
    # Under a blog's box heading with the count of the writer's articles, the bio may not repeat
    # the name (``Seit 2010 als Journalist tätig …``): a newsroom role says it is the bio.
    if match.group("count") and _ANY_ROLE.search(following.text, 0, 300):
        return following
    return None


def counted_about(text: str) -> bool:
    """Whether ``text`` is a blog's author-box heading with the count of the writer's articles
    (``Über Luis Holuch 257 Artikel``): the box's, wherever it stands and whatever follows."""
    match = _ABOUT_NAME.match(flat(text).strip())
    return bool(match and match.group("count"))




def _profile_widget(end: Line) -> list[Line]:
    """The lines of a blog's profile box above its closing link ``end``, up to its heading
    (``About Me`` / ``Mike Jones`` / ``Springfield, IL`` / ``Former reporter …`` / ``View my
    complete profile``); none when no heading stands within reach."""
    lines: list[Line] = []
    other = end.neighbour(-1)
    while other is not None and len(lines) <= _PROFILE_LINES:
        text = flat(other.text).strip()
        if bare(text) in _PROFILE_HEADINGS:
            return [other] + lines[::-1]
        if len(text.split()) > 60:
            break
        lines.append(other)
        other = other.neighbour(-1)
    return []


class AuthorBio(LineRule):
    """The author box at the bottom: a bio, a contact line, its links.

    What it flags:
        Among the last six paragraphs, below the story's last paragraph, or anywhere with no
        paragraph of prose under it (a handle, a *Comments* heading, the page's links), a line
        that opens with a name and *is a / the … reporter, writer, editor, correspondent …*
        (``Phil Helsel is a reporter for NBC News.``; a first-person bio, ``I am a writer,
        journalist …``, also among the first three), or a guest writer's *is a professor,
        founder, consultant … at / of* (``Heiko Sauer is a Professor of Public Law at the
        University of Bonn.``), the same in the other languages the rules read (``Anna Müller
        ist Redakteurin im Ressort Politik.``, ``Anne Martin est journaliste …``), or a contact
        line (``Have a tip? … may be reached at …``, ``Email Tariq Malik at …``); anywhere, a
        line that is only an author-box link or heading (``View author archive``, ``email the
        author``, ``Über den Autor``), and a blog's profile box from its heading to the link that
        closes it (``About Me`` / name / place / bio / ``View my complete profile``), or the outlet's call for readers' stories and tips with
        how to send them (``Got a story? Email news@… or call …``, ``Do you have a story for us?
        Contact our newsdesk.``);
        among the last eight paragraphs, a box's heading ``About <Name>`` (``Über Moritz
        Bachmann``, ``Sobre Carlos Nadalim``), or anywhere with the count of their articles a
        blog's box adds (``Über Steffi 1009 Artikel``), and the paragraph under it when that
        paragraph names the one it is about (under a heading with the count, or names a newsroom
        role: ``Seit 2010 als Journalist tätig …``). Quotations are left alone.

    Why it matters:
        The bio belongs to the page, not the story: it repeats under every article by the same
        writer, and a syndicated copy carries another outlet's staff bio into the text.

    Example:
        ``Phil Helsel is a reporter for NBC News.`` · ``View author archive``
    """

    code = "NL313"
    fix = Fixable("remove-line", safe=True)
    name = "author-bio"
    summary = "An author's bio, contact line or author-box link at the bottom of the text"
    examples = {
        "flag": ["Phil Helsel is a reporter for NBC News."],
        "pass": [
            "Dear Abby is written by Abigail Van Buren, also known as Jeanne Phillips, and was "
            "founded by her mother, Pauline Phillips. Contact Dear Abby at www.DearAbby.com or "
            "P.O. Box 69440, Los Angeles, CA 90069.",
        ],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl")
    measured = figures("NL313")
    trigger = (
        r"eporter|EPORTER|riter|RITER|ournalist|ditor|EDITOR|orrespondent|olumnist|ontributor"
        r"|roducer|uthor|UTHOR|logger|hotographer|reelance|oined |eporting on|riting about"
        # (a guest writer's bio only where a name opens the line: the words are common)
        rf"|^[ \t]*[{CAPITALS}][^\n]{{0,60}}?[ \t]is[ \t](?:a|an|the)[ \t][^\n]{{0,40}}?"
        r"(?i:" + _GUEST_ROLE + ")"
        r"|e reached at|ave a tip|ave a news tip|o contact the|o you have a story|e pay for your"
        r"|mail [A-Z]|ontact [A-Z]|omplete profile|rofil vollständig|rofil complet|odo mi perfil"
        r"|rofilo completo|erfil completo|olledige profiel"
        r"|ot a story|ot a tip|ollow on [Tt]witter|ail us at|end us your|end your tips|ips to"
        r"|ave a story|et in touch\?|twas beobachtet\?|inen Hinweis\?|inen Tipp\?"
        rf"|^[ \t]*(?:About|Über|Sobre|À propos de|Acerca de|Over)[ \t]+[{CAPITALS}]"
        r"|edakteur|ournalist|orrespondent|olumnist|otograf|ournaliste|édact|hroniqu|eriodista"
        r"|edactor|orresponsal|eporter|iornalista|edattor|ornalista|erslaggev|otograa"
        r"|[Aa]utor(?:in|a)?(?:[ \t]|\n|\Z)|[Aa]uteur|[Aa]utore|"
        + AUTHOR_BOX.line_start_trigger()
    )

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text)
        if len(text) > 600 or len(text.split()) > 80:
            return
        if len(text) <= 60:
            box = about_box(line)
            if box is not None:
                yield hit(line, "heading of an author box left in the text")
                yield hit(box, "author box left in the text")
                return
            if counted_about(text):
                yield hit(line, "heading of an author box left in the text")
                return
        if line.from_end < ABOUT_TAIL:
            previous = line.neighbour(-1)
            if previous is not None and len(previous.text) <= 60 and about_box(previous) is line:
                return  # flagged from its heading
        if bare(text) in _AUTHOR_LINKS:
            yield hit(line, "author box link left in the text")
            if bare(text) in _PROFILE_END:
                for other in _profile_widget(line):
                    yield hit(other, "a blog's profile box (About Me) left in the text")
            return
        language = article
        if (AUTHOR_BOX.label(text, language) and line.from_end < TAIL) or (
                len(text.split()) <= 8 and AUTHOR_BOX.opener(text, language) and line.from_end < TAIL):
            yield hit(line, "author box left in the text")
            return
        if "“" in text or '"' in text[:3]:
            return
        if len(text.split()) <= 40 and _TIP_CALL.search(text):
            yield hit(line, "the outlet's call for readers' stories and tips left in the text")
            return
        bounds = article.story_bounds
        if line.from_end >= TAIL and not (bounds is not None and line.ordinal > bounds[1]):
            # (the author box stands among the last paragraphs, or right under the story with the
            # page's furniture below it)
            # A first-person bio opens some pages (``I am a writer, journalist, …``); a third-person
            # one at the top is as likely the story's lead about a journalist.
            if line.ordinal < HEAD and text.startswith("I am ") and _BIO.match(text):
                yield hit(line, "author bio left in the text")
            elif _above_furniture(line) and (_BIO.match(text) or _FOREIGN_BIO.match(text)) \
                    and not _named_in_headline(text, article):
                yield hit(line, "author bio left in the text")
            elif "@" in text and _ENDS_ON_ADDRESS.search(text) and _CONTACT.search(text) \
                    and _above_furniture(line) and _below_prose(line):
                # The writer's contact line closing the story, the page's furniture under it
                # (``Contact John Smith at 555-1234 or jsmith@citynews.com.``); a note that says
                # what to write for (``… at jane@church.org for tickets.``) is the story's.
                yield hit(line, "author contact line left in the text")
            return
        if (_BIO.match(text) or _FOREIGN_BIO.match(text)) and not _named_in_headline(text, article):
            yield hit(line, "author bio left in the text")
        elif _CONTACT.search(text) and "@" in text:
            yield hit(line, "author contact line left in the text")


def _named_in_headline(text: str, article: Article) -> bool:
    """Whether the one a bio names is named in the headline too: then the story is about them,
    and the bio introduces them (``Wikinews interviews … Aner Shalev`` over ``Aner Shalev is an
    Israeli mathematician and writer …``)."""
    headline = article.headline
    name = re.match(_NAME, text)
    if headline is None or name is None or headline is article.byline:
        return False
    surname = name.group(0).split()[-1]
    words = flat(headline.text).split()
    # (A name alone, ``Emiliano Bellini``, or ``by Jeff Foust``, heads the writer's box.)
    return len(surname) > 2 and surname in (word.strip(".,:;!?'’\"“”") for word in words) and \
        len(words) >= 4 and words[0].lower() not in _BY_WORDS


#: The word a byline opens with, in the languages the rules read.
_BY_WORDS = frozenset("by von par por di da door".split())


def _below_prose(line: Line) -> bool:
    """Whether the paragraph above the line is prose."""
    previous = line.neighbour(-1)
    return previous is not None and previous.is_prose


def _above_furniture(line: Line) -> bool:
    """Whether the paragraph under the line is page furniture (a few words, no sentence: a
    handle, a network's name, a "Comments" heading) or there is none."""
    following = line.neighbour(1)
    return following is None or not following.is_prose


# -- contact boxes --------------------------------------------------------------------------------

#: The labels of a contact field, in the languages the rules read: ``Tel.``, ``Fax``, ``E-Mail``,
#: ``Telefon``, ``Tél.``, ``Teléfono``, ``Tfno.``, ``Telefoon``, ``Mobil``, ``Faks`` …
_CONTACT_LABELS = (
    "phone", "telephone", "tel", "fax", "telefax", "mobile", "mobil", "mob", "cell", "handy",
    "e-mail", "email", "mail", "fon", "telefon", "tél", "téléphone", "portable", "teléfono",
    "telefono", "telefone", "tfno", "móvil", "celular", "cellulare", "telefoon", "mobiel", "gsm",
    "faks", "tel. kom",
)
_LABEL = "(?:" + "|".join(sorted(map(re.escape, _CONTACT_LABELS), key=len, reverse=True)) + ")"
#: A telephone or fax number (``+41 (0)58 765 55 11``, ``(+48) 22 525 80 00``, ``0201.2402-403``,
#: ``030/226 343-0``): its digits and the marks that group them; six digits at least (checked apart).
_NUMBER = r"\(?\+?\(?\d[\d ()./–-]{4,28}\d"
_WEB = r"(?:https?://|www\.)\S+"
#: One field: a label, its mark, and a number or address.
_FIELD = rf"{_LABEL}\.?[ \t]*[:.]?[ \t]*(?:{_NUMBER}|{_EMAIL})"
#: A line of contact fields and nothing else (``Tel.: 044 826 76 75``, ``Fax +41 44 826 76 86``,
#: ``E-Mail: info@example.org``, ``Tel.: 0471 80 60 745 * info@example.org``): a labelled field
#: first, then labelled fields, bare addresses or a web address, between marks.
_CONTACT_LINE = lazy_pattern(
    rf"^{_FIELD}(?:[ \t]*(?:[|*·•,;/–-]|[ \t]{{2}}|[ \t](?=\S))[ \t]*(?:{_FIELD}|{_EMAIL}|{_WEB}))*"
    r"[ \t]*[|*·•,;–-]?$",
    re.IGNORECASE,
)
#: The most characters a contact line has (a box's three fields on one line fit well inside).
_CONTACT_CHARS = 160


#: The heading of a contact box, alone on its line: ``Pressekontakt:``, ``Rückfragen bitte an:``,
#: ``Media contact``, ``Contact presse :``, ``Ufficio stampa``.
_CONTACT_HEADINGS = (
    r"(?:media|press|news|public relations|pr|investor) contacts?|contacts?|press office"
    r"|for (?:more|further) information(?:,? (?:please )?contact)?"
    r"|pressekontakte?|medienkontakte?|kontakte?|ansprechpartner(?:in)?|rückfragen(?: bitte)? an"
    r"|für rückfragen|pressestelle|contacts? (?:presse|médias?)|service de presse"
    r"|contactos?(?: de prensa| para medios)?|gabinete de prensa|contatt[oi](?: stampa)?"
    r"|ufficio stampa|contatos?(?: de imprensa| para imprensa)?|assessoria de imprensa"
    r"|perscontact|persvoorlichting|kontakt dla mediów|biuro prasowe"
)
_CONTACT_HEADING = lazy_pattern(rf"^(?:{_CONTACT_HEADINGS})[ \t]*:?$", re.IGNORECASE)
#: How many lines of a box (a name, an office, an address) may stand between its heading and
#: its first contact field.
_CONTACT_BOX_LINES = 4


def _contact_line(text: str) -> bool:
    """Whether ``text`` is a line of contact fields and nothing else (a box's number has six
    digits at least: ``Tel. 112`` in a sentence's place is no box's field)."""
    return len(text) <= _CONTACT_CHARS and bool(_CONTACT_LINE.match(text)) and (
        "@" in text or sum(character.isdigit() for character in text) >= 6)


def _box_line(text: str) -> bool:
    """Whether ``text`` may be a line of a contact box between its heading and its fields: short,
    and no sentence (a name, an office, an address)."""
    return len(text) <= 60 and len(text.split()) <= 8 and not text.endswith((".", "!", "?", ":"))


def _box_under(heading: Line) -> "list[Line] | None":
    """The lines of the contact box under ``heading`` down to its first contact field (the field
    not included; none when the field follows the heading), if a field stands within
    :data:`_CONTACT_BOX_LINES` lines of the box (:func:`_box_line`); else ``None``."""
    lines: list[Line] = []
    following = heading.neighbour(1)
    while following is not None and len(lines) <= _CONTACT_BOX_LINES:
        text = flat(following.text).strip()
        if _contact_line(text):
            return lines
        if not _box_line(text):
            return None
        lines.append(following)
        following = following.neighbour(1)
    return None


def _heading_above(line: Line) -> bool:
    """Whether a contact box's heading stands above ``line`` within the box's lines (the heading
    above reports it)."""
    above = line.neighbour(-1)
    for _ in range(_CONTACT_BOX_LINES):
        if above is None:
            return False
        text = flat(above.text).strip()
        if _CONTACT_HEADING.match(text):
            return True
        if not _box_line(text):
            return False
        above = above.neighbour(-1)
    return False


class ContactDetails(LineRule):
    """A contact box's line: telephone, fax or e-mail, labelled, and nothing else.

    What it flags:
        A line made only of labelled contact fields — a telephone, fax or mobile number or an
        e-mail address after its label (``Tel.: 044 826 76 75``, ``Fax +41 44 826 76 86``,
        ``E-Mail: info@example.org``, ``Telefon: +49 (0)30 / 420248-0``, ``Tél : 71 341 066``,
        ``Teléfono: +507 204-0000``), one or several, with a bare address or web address after a
        labelled field (``Tel.: 0471 80 60 745 * info@example.org``). The contact box of the site's
        footer, its imprint, or a press release's *media contact* sets its fields one to a line.
        A sentence that gives a number (``Tickets at the box office or by phone on …``), a
        byline with the writer's address, a line of an address or opening hours are left alone.
        Above the fields, the box's heading (``Pressekontakt:``, ``Rückfragen bitte an:``,
        ``Media contact``, ``Contact presse``, ``Ufficio stampa``) and the short lines under it
        that name whom to contact (``Nordex SE``, ``Felix Losada``, an office, an address), when
        a field follows within four such lines.

    Why it matters:
        The box is the page's or the issuer's, not the story's: scraped, its numbers stand
        between the story and the footer, and repeat under every page of the site.

    Example:
        ``Phone  +41 41 544 78 00`` · ``E-Mail: rathaus@stadt.ahlen.de``
    """

    code = "NL316"
    fix = Fixable("remove-line", safe=False)
    name = "contact-details"
    summary = "A contact box's line: a labelled telephone, fax or e-mail field and nothing else"
    examples = {
        "flag": ["Tel.: +49 (0) 541 98256-778"],
        "pass": ["Tickets are sold at the box office or by phone on 0345 122 99 84."],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
    measured = figures("NL316")
    # (a label another one opens, ``telefax`` after ``tel``, is offered by the shorter one's prefix)
    trigger = (r"^[ \t]*" + first_words(*(label for label in _CONTACT_LABELS if not any(
        other != label and label.startswith(other) for other in _CONTACT_LABELS)))
        + r"|^[ \t]*(?i:" + _CONTACT_HEADINGS.replace(" ", r"[ \t]") + r")[ \t]*:?[ \t]*(?:\n|\Z)")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text).strip()
        if _CONTACT_HEADING.match(text):
            if _heading_above(line):
                return  # a heading inside a box (``Pressestelle`` under ``Rückfragen bitte an:``)
            box = _box_under(line)
            if box is not None:
                for member in (line, *box):
                    yield hit(member, "contact box (its heading, name or office) left in the text")
            return
        if _contact_line(text):
            yield hit(line, "contact box line (telephone, fax, e-mail) left in the text")


# -- an issuer's boilerplate ----------------------------------------------------------------------

#: What an organisation calls itself after *is a …*: ``provider``, ``company``, ``manufacturer`` …
_ISSUER_NOUN = (
    r"(?:provider|company|manufacturer|developer|supplier|leader|group|firm|producer|distributor"
    r"|specialist|platform|organi[sz]ation|institution|bank|insurer|retailer|publisher|operator"
    r"|innovator|pioneer|corporation|enterprise|consultancy|foundation|association|charity"
    r"|non-?profit|start-?up|holding)s?"
)
#: The paragraph that opens an issuer's description of itself: its name (``Ascom``, ``Acme Corp.
#: (NASDAQ: ACME)``), *is*, and within a clause what kind of organisation it is: ``Ascom is a
#: global solutions provider focused on …``.
_ISSUER_OPENER = lazy_pattern(
    rf"^(?P<name>[{CAPITALS}][\w&.'’-]*(?: (?:[{CAPITALS}(][\w&.'’()-]*|&|and|of))*?)"
    r"(?: \([^()]{1,40}\))?,? is (?:[^.!?]{0,120}?)"
    r"\b(?i:" + _ISSUER_NOUN + r")\b"
)
#: The facts an issuer states of itself, one pattern a kind: where it is headquartered, how many
#: it employs, where its shares are listed, where to learn more, when it was founded, in how many
#: countries it works. A story's background names one at most, and says who said so.
_ISSUER_FACTS = tuple(lazy_pattern(pattern, re.IGNORECASE) for pattern in (
    r"\bheadquartered in\b|\bheadquarters (?:is|are) in\b",
    r"\bemploys (?:around |approximately |about |more than |over |some |nearly |roughly )?\d"
    r"|\b\d[\d,.]*\+? employees\b",
    r"\b(?:listed|traded) on\b|\((?:NYSE|NASDAQ|LSE|TSX|SIX|ASX|OTC|Euronext|XETRA)\b"
    r"|\bstock exchange\b",
    r"\bfor more information,? (?:please )?visit\b",
    r"\bfounded in \d{4}\b",
    r"\bin (?:more than |over )?\d+ countries\b",
))
#: A paragraph that quotes or reports someone (anywhere in it, an announcement too) is a story's,
#: not an issuer's description of itself.
_REPORTED = lazy_pattern(r"[“”\"]|\bannounced\b|" + REPORTED.pattern, re.IGNORECASE)
#: How far from the bottom an issuer's description may start, in paragraphs; how many of its
#: paragraphs may stand above a fact.
ISSUER_TAIL, ISSUER_ABOVE = 16, 3
#: Words in the opener that only an organisation's description of itself uses of itself.
_PROMOTING = lazy_pattern(r"\b(?:leading|global|premier|innovative|trusted|foremost)\b",
                          re.IGNORECASE)


def _issuer_run(line: Line) -> "tuple[list[Line], re.Match[str]] | None":
    """The paragraphs of an issuer's description of itself that ``line`` is one of, if it is,
    and the match of their opener: a paragraph that opens it (:data:`_ISSUER_OPENER`) at most
    :data:`ISSUER_ABOVE` paragraphs up, and every paragraph from there down that opens on the
    issuer's name again."""
    for step in range(0, -ISSUER_ABOVE - 1, -1):
        first = line if step == 0 else line.neighbour(step)
        if first is None:
            return None
        opener = _ISSUER_OPENER.match(flat(first.text).strip())
        if opener is None:
            continue
        name = opener.group("name").split()
        subject = re.compile(r"(?:%s|%s)(?:’s|'s)?\b" % (re.escape(" ".join(name)),
                                                          re.escape(name[0])))
        run = [first]
        following = first.neighbour(1)
        while following is not None and subject.match(flat(following.text).strip()) \
                and following.words_at_least(8):
            run.append(following)
            following = following.neighbour(1)
        if line in run:
            return run, opener
    return None


class IssuerBoilerplate(LineRule):
    """A press release's boilerplate: the issuer's description of itself below the story.

    What it flags:
        In the last paragraphs, below the lead, an organisation's description of itself: a
        paragraph that opens with its name and *is a … provider, company, manufacturer …*
        (``Ascom is a global solutions provider focused on …``, ``Acme Corp. (NASDAQ: ACME) is a
        leading provider of …``), with the paragraphs after it that open on
        the name again, when together they state the facts an issuer states of itself — where it
        is headquartered, how many it employs, where its shares are listed, when it was founded, in
        how many countries it works, where to learn more: three of them, or one under a
        self-promoting word (*leading*, *global*). A paragraph that quotes or reports someone
        (*said*, *according to*) is a story's background and is left alone. English only: the
        other languages' sources label such a profile (``Die Nordex Group im Profil``) the
        story's.

    Why it matters:
        A press release republished as news keeps the issuer's standing paragraph (the "About
        us" boilerplate) under every release: the company's words about itself, not the story.

    Example:
        ``Ascom is headquartered in Baar (Switzerland), has operating businesses in 18 countries
        and employs around 1,300 people worldwide.`` under ``Ascom is a global solutions provider
        …``
    """

    code = "NL317"
    fix = Fixable("remove-line", safe=False)
    name = "issuer-boilerplate"
    summary = "A press release's boilerplate: the issuer's description of itself below the story"
    examples = {
        "flag": ["First paragraph of the release about a new product that the company launched on "
                 "Tuesday in three markets.\n\nThe second paragraph tells what the product does for "
                 "the hospitals that will use it first.\n\nAcme Corp. (NASDAQ: ACME) is a leading "
                 "provider of clinical software. Founded in 1998, Acme is headquartered in Austin, "
                 "Texas, and employs about 2,000 people.\n"],
        "pass": ["WeWork is headquartered in New York City. A company spokesperson said in an "
                 "email that it had received an inquiry.",
                 "Boeing will cut production of its 737 jet as demand slowed in the third quarter."
                 "\n\nThe planemaker reported a loss of 1.2 billion dollars for the quarter, more "
                 "than analysts had expected.\n\nBoeing is the world's largest aerospace company "
                 "and employs more than 150,000 people in 65 countries.\n"],
    }
    measured = figures("NL317")
    trigger = (
        r"eadquartered in|eadquarters (?:is|are) in|mploys|mployees|isted on|raded on"
        r"|\((?:NYSE|NASDAQ|LSE|TSX|SIX|ASX|OTC|Euronext|XETRA)|(?i:stock exchange)"
        r"|(?i:for more information)|ounded in [0-9]|[0-9] countries"
    )

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        if line.from_end >= ISSUER_TAIL or len(line.text) > 1500:
            return
        bounds = article.story_bounds
        if bounds is None or line.ordinal <= bounds[0]:
            return
        found = _issuer_run(line)
        if found is None or found[0][0].ordinal <= bounds[0]:
            return
        run, opener = found
        texts = [flat(paragraph.text) for paragraph in run]
        position = run.index(line)
        if any(_ISSUER_OFFERED.search(text) for text in texts[:position]):
            return  # the run is flagged from the first of its paragraphs the trigger offers
        if any(_REPORTED.search(text) for text in texts):
            return
        kinds = sum(1 for fact in _ISSUER_FACTS if any(fact.search(text) for text in texts))
        promoting = _PROMOTING.search(opener.group(0)) is not None
        # A story's background states a fact or two plainly (``Boeing is the world's largest
        # aerospace company and employs more than 150,000 people in 65 countries.``); an issuer
        # praises itself while it states them, or states three.
        if kinds >= 3 or (kinds >= 1 and promoting):
            for paragraph in run:
                yield hit(paragraph, "an issuer's description of itself (a press release's "
                                     "boilerplate) left in the text")


#: The trigger, to tell which of a run's paragraphs the engine offers first.
_ISSUER_OFFERED = lazy_pattern(IssuerBoilerplate.trigger, re.MULTILINE)


@hookimpl
def newslint_rules():
    return [CopyrightNotice, AuthorBio, ContactDetails, IssuerBoilerplate]
