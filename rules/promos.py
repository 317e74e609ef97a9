"""NL305–NL308: the publisher talking to the reader — newsletter and subscription prompts,
cookie and privacy notices, advertisement labels.

These are calls to action and legal notices, not reporting. Each is recognised by what it asks
of the reader (*sign up*, *subscribe*, *accept*) in the second person or the imperative, together
with its object (a newsletter, an inbox, a subscription, cookies), on a line of its own; a
sentence of the story that merely mentions a newsletter or cookies is not flagged.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.lazy import lazy_pattern
from newslint.rule import Fixable, LineRule
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import FOREIGN_REPORTED, REPORTED, bare, first_words, flat, hit
from newslint.rules._text import ITEM_GAP, ITEM_MARKS
from newslint.rules._vocab import (AD_LABEL, CONSENT, CONSENT_BOX, CONSENT_BUTTONS, LEGAL_PAGES,
                                   NEWSLETTER_CALL,
                                   NEWSLETTER_LABEL, NEWSLETTER_OBJECT, POST_ALERT_CALL,
                                   POST_ALERT_CHANNEL, POST_ALERT_OBJECT, POST_ALERT_READER,
                                   SUBSCRIPTION, UNDETERMINED)

_LEAD = r"^[ \t•·|*>»›\-–—]*"

# -- newsletters ----------------------------------------------------------------------------------

#: A call to sign up, at the start of a sentence; it needs a newsletter object after it.
_SIGN_UP_CALL = lazy_pattern(
    r"(?:^|[.!?:]\s+)(?:sign up|signup|subscribe|register|join|get|start your day|let our news"
    r"|stay up to date|stay (?:informed|in the know|on top|in touch)|keep up(?: to date)?|never miss"
    r"|don'?t miss|enter your e-?mail|want (?:more stories|the latest)|every (?:day|week|morning) we send"
    r"|by (?:signing up|subscribing|clicking (?:sign up|subscribe)))\b",
    re.IGNORECASE,
)
#: The messages of a sign-up form: flagged on their own.
_SIGN_UP_FORM = lazy_pattern(
    r"(?:^|[.!?:]\s+)(?:thanks? (?:you )?for (?:signing up|subscribing)"
    r"|you(?: have|'ve|’ve) (?:successfully |succesfully )?(?:been )?(?:subscribed|signed up)"
    r"|you(?:'re| are) (?:all set|now subscribed|subscribed|signed up)|keep an eye on your inbox"
    r"|please,? (?:check the opt-in|fill the form to subscribe|activate your subscription)"
    r"|there was an error processing your (?:subscription|request)|an email with an activation link"
    r"|(?:the news and stories that matter\w*|the latest news),? delivered"
    r" (?:to your inbox|weekday|daily|every)"
    # What a newsletter sends, delivered to the reader's inbox (``The best stories of the week,
    # delivered straight to your inbox.``), and the form's word to confirm (``Check your inbox or
    # spam folder to confirm your subscription.``, or only ``Check your inbox``).
    r"|(?:[\w'’-]+ ){0,6}?(?:news|stories|headlines|updates|newsletters?|digest|briefing|roundup|picks"
    r"|reads|articles|posts)\b[^.!?]{0,60}?,? delivered (?:straight |directly |right |free )?(?:to|into|in)"
    # (the promise ends the line: ``… delivered straight to your inbox are the newest scam`` goes
    # on as a story's sentence)
    r" your inbox(?: (?:every|each|daily|weekly|twice)\b[^.!?]{0,30})?[.!]?$"
    r"|(?:now )?check your (?:inbox|e-?mail)(?: (?:or|and) (?:your )?spam(?: folder)?)?(?: (?:to|and)"
    r" confirm your (?:subscription|sign-?up|e-?mail(?: address)?)\b|[.!]?$)"
    # … and in German: ``Überprüfen Sie Ihren Posteingang``, ``Prüfe deinen Posteingang oder
    # Spam-Ordner, um dein Abonnement zu bestätigen.`` (to check the mailbox for scam mail is a
    # story's advice: the form's line confirms, or is all there is).
    r"|(?:(?:über)?prüfen sie ihren|(?:über)?prüfe deinen) posteingang(?:[.!]?$|[^.!?]{0,80}\bbestätigen\b)"
    r"|invalid email|we will use your email address only for|sign up for free now"
    # The consent under a sign-up form: ``I hereby subscribe to receive information about new
    # articles …``, ``I know that I may withdraw my consent at any time.``
    r"|i (?:hereby )?subscribe to receive\b"
    r"|we use your sign-?up to provide content\b"
    r"|i (?:know|understand) that i (?:may|can) withdraw my consent"
    r"|(?:you|i) (?:can|may) unsubscribe at any time"
    # The sign-up box of Substack and Ghost: its e-mail field's placeholder, its call.
    r"|(?:type|enter) your e-?mail(?: address)?(?:…|\.\.\.)?$|sign up for more like this\.?$)",
    re.IGNORECASE,
)
#: What a newsletter call is about.
_NEWSLETTER_OBJECT = lazy_pattern(
    r"newsletter|inbox|\be-?mails?\b|mailing list|briefing|bulletin|digest|alerts?\b|activation link"
    r"|opt-in"
    # What the sign-up sends, besides a newsletter: updates, the week's best, a push to the
    # reader's phone ("Sign up to get the best content of the week", "Get regular updates on …").
    r"|\bupdates\b|straight to your (?:phone|device)|best (?:content|stories) of the (?:week|day)",
    re.IGNORECASE,
)
#: The name of a newsletter on a line of its own: ``Pick Six Newsletter``, ``Breaking News Emails``.
_NEWSLETTER_NAME = lazy_pattern(
    r"^[\w&'’.\- ]{0,40}\b(?:newsletters?|news emails|email newsletters?|e-?mail alerts)$", re.IGNORECASE)
#: A newsletter box squeezed onto one short line: ``DH Newsletter Privacy Policy Get top news in
#: your inbox daily``.
_NEWSLETTER_STRIP = lazy_pattern(
    r"^(?=.*\bnewsletters?\b)(?=.*\b(?:inbox|sign up|subscribe|e-?mail)\b)(?:\S+ ){0,14}\S+(?<![.!?])$",
    re.IGNORECASE)

class NewsletterPrompt(LineRule):
    """A newsletter sign-up call or the messages of a sign-up form.

    What it flags:
        A line of at most 60 words with a sentence opening with a sign-up call (*Sign up*,
        *Subscribe*, *Get … in your inbox*, *Thanks for signing up*, *Keep an eye on your
        inbox*) whose object is a newsletter, an inbox, an e-mail or updates (``Get regular
        updates on the latest tutorials``, ``Get the latest news straight to your phone``); or a
        newsletter's name alone on a line (``Pick Six Newsletter``); or a blog's offer to send its
        new posts by e-mail, in the languages the rules read (``Notify me of new posts by
        email.``, ``Gib deine E-Mail-Adresse ein, um über neue Beiträge per E-Mail informiert zu
        werden.``); or a push service's offer of notifications (``We'd like to show you
        notifications for the latest news and updates.``, ``Benachrichtigungen aktivieren``);
        or the consent under a sign-up form (``I know that I may withdraw my consent at any
        time.``, ``You can unsubscribe at any time``); or a newsletter's promise of the reader's
        inbox (``The best stories of the week, delivered straight to your inbox.``, ``Die
        wichtigsten Nachrichten des Tages direkt in Ihr Postfach``) and the form's word to
        confirm (``Check your inbox or spam folder to confirm your subscription.``, ``Prüfe
        deinen Posteingang …``). A longer paragraph is read by its first
        sentence (the form's small print: ``Mit Absenden meiner E-Mail-Adresse willige ich …
        ein, den Newsletter … zu erhalten. …``). Reported speech (*said*, quotes) is left alone.

    Why it matters:
        It is the publisher's promotion, not the story, and it is copied into every syndicated
        version of the text.

    Example:
        ``Click here to subscribe to The Paradigm Newsletter`` · ``Sign up for our Newsletter``
    """

    code = "NL305"
    fix = Fixable("remove-line", safe=True)
    name = "newsletter-prompt"
    summary = "A newsletter sign-up call or sign-up form message"
    examples = {
        "flag": ["Sign up to our newsletter for exclusive updates and enhanced content"],
        "pass": [
            "You’ll become comfortable being visible online in everything from a published blog "
            "post; an email inbox; a webinar; a live video; a podcast; a stage; and inside the "
            "pages of a book.",
        ],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL305")
    trigger = (r"ewsletter|EWSLETTER|nbox|NBOX|ign up|ign Up|IGN UP|igning up|igned up|ubscri|UBSCRI"
               r"|ign-up to provide"
               r"|^[ \t]*(?:[Tt]ype|[Ee]nter)[ \t][Yy]our[ \t][Ee]-?mail"
               r"|nvalid email|ill use your email|very day we send|mail alerts|ews emails|ews Emails"
               r"|ithdraw my consent"
               r"|^[ \t]*Get "
               "|" + NEWSLETTER_OBJECT.phrase_trigger() + "|" + NEWSLETTER_LABEL.line_start_trigger()
               # A blog's new posts, offered by e-mail: the whole words, as they are common.
               + "|" + POST_ALERT_OBJECT.whole_phrase_trigger()
               + r"|otification|OTIFICATION|enachrichtigung|itteilungen|otifiche|otificaciones"
               r"|otificações|eldingen")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text).strip("•·|*-–— ")
        if len(text) > 500 or len(text.split()) > 60:
            # The small print of a sign-up box runs long, but its first sentence says what it is
            # (``Mit Absenden meiner E-Mail-Adresse willige ich … ein, den Newsletter … zu
            # erhalten. Ich bin damit einverstanden, dass …``).
            if len(text) > 2000:
                return
            text = _SENTENCE_BREAK.split(text, 1)[0]
            if len(text) > 300:
                return
        if is_newsletter_prompt(text) or foreign_newsletter_prompt(text, article) or \
                post_alert_prompt(text, article):
            yield hit(line, "newsletter sign-up prompt left in the text")
        elif len(text.split()) <= 25 and _PUSH_PROMPT.search(text) and not REPORTED.search(text):
            yield hit(line, "push-notification prompt left in the text")


#: A site's offer of browser notifications: the push service's own words (``We'd like to show you
#: notifications for the latest news and updates.``, ``POPSUGAR Would Like To Send You Push
#: Notifications.``) or its button alone, in the languages the rules read.
_PUSH_PROMPT = lazy_pattern(
    r"(?:would like|['’]d like|wants?) to (?:send|show) you (?:push |browser )?notifications\b"
    r"|^(?:allow|enable|turn on|activate) (?:push |browser )?notifications[!.]?$"
    r"|möchten? (?:ihnen|dir) (?:push-)?(?:benachrichtigungen|mitteilungen) (?:senden|schicken|anzeigen)"
    r"|^(?:push-)?benachrichtigungen (?:aktivieren|erlauben)[!.]?$"
    r"|souhaite(?:rait|rions|ons)? vous (?:envoyer|afficher) des notifications|^activer les notifications$"
    r"|(?:quiere|queremos|desea|deseamos) (?:enviarte|enviarle|mostrarte) notificaciones"
    r"|^activar (?:las )?notificaciones$"
    r"|(?:vorrebbe|vorremmo) (?:inviarti|mostrarti) (?:delle )?notifiche|^attiva(?:re)? le notifiche$"
    r"|gostar(?:ia|íamos) de (?:lhe |te )?(?:enviar|mostrar) notificações|^ativar notificações$"
    r"|(?:wil|willen) (?:je|u) (?:push)?meldingen (?:sturen|tonen|laten zien)|^meldingen inschakelen$",
    re.IGNORECASE,
)


def is_newsletter_prompt(text: str) -> bool:
    if _NEWSLETTER_NAME.match(text) or _NEWSLETTER_STRIP.match(text):
        return True
    if REPORTED.search(text):
        return False
    if _SIGN_UP_FORM.search(text):
        return True
    return any(_NEWSLETTER_OBJECT.search(text, call.end()) for call in _SIGN_UP_CALL.finditer(text))


def post_alert_prompt(text: str, language: str) -> bool:
    """A blog's offer to send its new posts by e-mail (``Send me email every new post.``,
    ``Gib deine E-Mail-Adresse ein, um über neue Beiträge per E-Mail informiert zu werden.``):
    the posts, the e-mail and a word to the reader (*me*, *your*, an imperative opening a sentence)
    in one line of 40 words at most, not quoted or reported."""
    if len(text.split()) > 40 or text[:1] in "\"“„«‚'":
        return False
    # (the vocabularies first: their test refuses most lines at once, where the reported speech's
    # patterns are tried at each word)
    if not (POST_ALERT_OBJECT.phrase(text, language) and POST_ALERT_CHANNEL.phrase(text, language)):
        return False
    if REPORTED.search(text) or FOREIGN_REPORTED.search(text):
        return False
    return bool(POST_ALERT_READER.phrase(text, language)) or any(
        POST_ALERT_CALL.opener(sentence, language) for sentence in _SENTENCE_BREAK.split(text))


_SENTENCE_BREAK = lazy_pattern(r"(?<=[.!?:])\s+")


def foreign_newsletter_prompt(text: str, language: str) -> bool:
    """A newsletter's name or sign-up call in the document's language (``Newsletter abonnieren``,
    ``Inscrivez-vous à notre newsletter``): a call and a newsletter in one line of 40 words at most,
    not in quotation marks."""
    if NEWSLETTER_LABEL.label(text, language):
        return True
    if len(text.split()) > 40 or text[:1] in "\"“„«‚'":
        return False
    # (the vocabularies first: their test refuses most lines at once)
    return bool(NEWSLETTER_OBJECT.phrase(text, language) and NEWSLETTER_CALL.phrase(text, language)) \
        and not FOREIGN_REPORTED.search(text)


# -- subscriptions, paywalls, apps ----------------------------------------------------------------

#: A subscription or paywall prompt: the whole line, or the start of one.
_SUBSCRIBE_ALONE = lazy_pattern(
    r"^(?:subscribe|subscribe now|subscribe today|subscribe here|subscriptions?"
    r"|become a (?:member|subscriber)"
    r"|sign up|sign up now|join now|register now"
    r"|subscribers? only|for subscribers|get (?:it|started)|log ?in|sign in to (?:continue|view more|read more|keep reading)|support us"
    r"|support (?:our|independent|quality) journalism|donate|give now"
    # A reader-revenue button: a donation or a patron's membership.
    r"|donate (?:now|today|here)|give today|make a (?:one-time |monthly |recurring )?(?:donation|contribution)"
    r"|become a (?:patron|supporter)|support us on patreon|buy me a coffee|sign me up|member-only story"
    # An app store's badge: ``Get it on Google Play``.
    r"|(?:get it|download|available) on (?:the app store|google play)"
    r")[!.:]?$",
    re.IGNORECASE,
)
_SUBSCRIBE_CALL = lazy_pattern(
    r"(?:^|[.!?]\s+)(?:(?:click|tap) (?:here )?to subscribe|subscribe (?:to|for|now|today)\b"
    r"|(?:(?:click|tap) (?:here )?to )?(?:download|get) (?:the|our)(?: [\w.'’ ]{1,30}?)? apps?\b"
    r"|become an? (?:member|subscriber|paid subscriber|paying subscriber|supporter)\b"
    r"|activate your (?:digital |online |print |free )?(?:subscription|membership|account)\b"
    r"|already a (?:subscriber|member)|to continue reading|continue reading with"
    r"|already have an? (?:[\w.]+ )?account\?\s*(?:log|sign) ?in\b"
    r"|sign up to (?:discover|read|continue reading|unlock|keep reading)\b"
    r"|this (?:article|story|content) is (?:available |only )*(?:for|to) (?:subscribers|members)"
    r"|you(?:'ve| have) (?:reached|read) (?:your|\d+)"
    r"|get (?:unlimited |full |digital |instant )?access|unlock (?:this|unlimited|full)"
    r"|get \S+(?: \S+){0,4} delivered (?:to|through)"
    r"|need more \w+\? subscribe"
    r"|(?:please )?subscribe (?:to|for)\b|to (?:view|read|access|see|unlock) (?:the|this) (?:full|whole"
    r"|entire|complete|rest of the) (?:story|article|post)\b"
    # An appeal for the reader's money: ``Please consider supporting our work with a donation.``,
    # ``Can you chip in …?``
    r"|(?:please )?(?:consider )?(?:supporting|support|donating to|donate to) (?:us|our (?:work|journalism"
    r"|reporting|mission|newsroom))\b|(?:can you |please )(?:chip in (?:[$€£\d]|to (?:help|support|keep)"
    r"|today|now)|donate\b))"
    # … or in the middle of the call: ``If you enjoyed this post – would you consider supporting
    # our work?``, ``If you value our journalism, please consider supporting us.``
    r"|\b(?:would you (?:please )?|please )consider (?:supporting|donating|a donation"
    r"|making a (?:donation|contribution))\b"
    # … or an app's download call that names its stores: ``For the latest stories … download
    # the Nationnews apps for iOS and Android.``
    r"|\b(?:download|get|install) (?:the|our)(?: [\w.'’ -]{1,30}?)? apps? (?:for|on|from) "
    r"(?:ios|iphone|ipad|android|the app store|google play)\b",
    re.IGNORECASE,
)
#: The publisher's word that its readers pay for it, or its call for their money, in the languages
#: the rules read: ``Available for everyone, funded by readers``, ``We rely on your support to
#: make local news available to all``, ``Wir sind spendenfinanziert.``, ``Unterstützen Sie die JF
#: mit einer Spende.``, ``Si te parece valioso el trabajo de El Faro, apóyanos para seguir.``
#: (A call opens a sentence; *help us* alone is as often a police appeal, and is not read.)
_CALL_START = r"(?:^|[.!?:]\s+)(?:please |bitte )?"
_READER_FUNDING = lazy_pattern(
    r"\b(?:funded|financed|supported|made possible) by (?:readers|our readers|its readers"
    r"|(?:members|readers|viewers|listeners) like you)\b"
    r"|\bwe (?:rely|depend) on (?:your|readers['’]?|our readers['’]?)"
    r" (?:support|donations|contributions|generosity)\b"
    r"|\breader-(?:funded|supported)\b"
    r"|\b(?:our|this|independent|local|quality) journalism (?:needs|depends on|relies on)"
    r" (?:your|readers['’]?|our readers['’]?) (?:support|help)\b"
    + "|" + _CALL_START + r"make (?:your|a|an) (?:one-off |one-time |monthly |small |annual )?"
    r"(?:contribution|donation)\b"
    + "|" + _CALL_START + r"(?:donate|give) (?:now|today|monthly)\b"
    # German: the site says it lives on donations, or asks for one.
    # (The site says so of itself: ``Wir sind spendenfinanziert.``; a story says it of a
    # campaign, ``ihr Wahlkampf ist spendenfinanziert``.)
    r"|\bwir (?:sind|bleiben|arbeiten)\b[^.!?]{0,30}\bspendenfinanziert\b"
    r"|\bspendenfinanzierte[sn]? (?:medium|magazin|zeitung|portal|journalismus|redaktion)\b"
    r"|\bfinanzieren uns (?:durch|über|aus|mit) (?:spenden|leser)"
    r"|\bnur dank [^.!?]{0,40}\bspenden\b|\bwir freuen uns über (?:jede |ihre |deine )?spenden?\b"
    + "|" + _CALL_START + r"(?:unterstütze|unterstützt|unterstützen sie) (?:auch du )?"
    r"(?:uns|unsere arbeit|unseren journalismus|unabhängigen journalismus)\b"
    + "|" + _CALL_START + r"(?:unterstütze|unterstützt|unterstützen sie|helfen sie|hilf)\b"
    r"[^.!?]{0,40}\bmit (?:einer|deiner|ihrer) spende\b"
    + "|" + _CALL_START + r"(?:spenden sie|spende) (?:jetzt|via|per|hier)\b"
    r"|\bjetzt (?:für \S+ )?spenden\b"
    # Spanish, French, Italian, Portuguese, Dutch.
    r"|\bapóyanos\b|financiad[oa]s? por (?:nuestros |sus )?lectores"
    + "|" + _CALL_START + r"(?:apoya (?:el periodismo|nuestro trabajo)|haz (?:tu |una )?donación)"
    r"|financé par (?:ses|nos) lecteurs"
    + "|" + _CALL_START + r"(?:soutenez(?:-nous| notre travail| le journalisme| un journalisme)"
    r"|faites un don)\b"
    r"|\bsostienici\b"
    + "|" + _CALL_START + r"(?:fai una donazione|apoie (?:o jornalismo|nosso trabalho)"
    r"|faça uma doação|steun (?:ons|onze journalistiek|de journalistiek)|doneer (?:nu|vandaag))\b",
    re.IGNORECASE,
)
#: A paywall's meter in the other languages (``Vous avez lu 1 des 4 articles gratuits ce mois-ci.``;
#: English is :data:`_SUBSCRIBE_CALL`'s).
_METER_OPENING = r"(?:vous avez lu|has leído|hai letto|você leu|je hebt|sie haben|du hast)"
_METER = lazy_pattern(
    _METER_OPENING + r"\s\d+\s"
    r"(?:des?|de|dei|di|degli|van(?:\sde)?|von)\s\d+\s", re.IGNORECASE)
#: A paywall's word to subscribers anywhere in a sentence: ``If you’re seeing this message but
#: you’re already a subscriber, you can log in for immediate access to this story.``
_ALREADY_SUBSCRIBED = lazy_pattern(
    r"\balready an? (?:subscriber|member)\b[^.!?]{0,80}\b(?:log|sign) ?in\b", re.IGNORECASE)
#: An offer: a price or a number of issues.
_OFFER = lazy_pattern(
    r"(?:for (?:as little as|just|only)|\d+ issues|per (?:month|year|week)|a (?:month|year|week)\b"
    r"|[$£€₹]\s?\d|\brs\.? ?\d|\bfree trial)",
    re.IGNORECASE,
)


class SubscriptionPrompt(LineRule):
    """A subscription, paywall or app-download prompt.

    What it flags:
        ``Subscribe`` (or ``Subscribe now``, ``Become a member``) alone on a line; a line of at
        most 60 words with a sentence opening with a subscription call (*Subscribe to …*,
        *Already a subscriber?*, *To continue reading*, *To view the full story*, *Get
        unlimited access*, *Click here to get the … app*, *Get … delivered through your
        letterbox*), or telling subscribers to log in (*… already a subscriber, you can log in
        for immediate access …*); a login form's labels alone on a line (``Forgot your
        password?``, ``Remember me``, ``Passwort vergessen?``, ``Mot de passe``), the account
        wall around a subscription; a paywall's meter (``Vous avez lu 1 des 4 articles gratuits
        ce mois-ci.``); a reader-revenue appeal (``Donate now``, ``Make a contribution``, ``If you
        enjoyed this post – would you consider supporting our work?``, ``Spenden Sie jetzt``,
        ``Unterstützen Sie die JF mit einer Spende.``, ``apóyanos para seguir``) or the
        publisher's word that its readers pay for it (``Available for everyone, funded by
        readers``, ``We rely on your support …``, ``Wir sind spendenfinanziert.``); an
        app store's badge (``Get it on Google Play``) or a call anywhere in the line to download
        an app that names its stores (``… download the Nationnews apps for iOS and Android.``);
        a contract's cancellation button
        (``Verträge hier kündigen``). Newsletter calls are left to NL305, reported speech alone.

    Why it matters:
        A paywall or subscription pitch is the publisher selling itself; left in, it reads as
        part of the story and often truncates it (the text behind the paywall is missing).

    Example:
        ``CLICK HERE TO GET THE FOX NEWS APP`` · ``Subscribe to WIRED and stay smart …``
    """

    code = "NL306"
    fix = Fixable("remove-line", safe=True)
    name = "subscription-prompt"
    summary = "A subscription, paywall or app-download prompt"
    examples = {
        "flag": ["CLICK HERE TO GET THE FOX NEWS APP"],
        "pass": ["Click here to get more information or download this game."],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
    measured = figures("NL306")
    trigger = (rf"{_LEAD}" + first_words(
        "subscri", "become a", "for subscribers", "get it", "get started", "get unlimited", "get full",
        "get digital", "get instant", "get access", "get the", "get our", "log in", "login", "sign in",
        "sign up", "support us", "support our", "support independent", "support quality", "donate",
        "give now", "join now", "register now", "click", "tap", "already a", "to continue",
        "continue reading", "this article is", "this story is", "this content is", "you've", "you have",
        "you’ve", "unlock", "download", "need more", "make a", "buy me", "give today", "available on",
        "sign me", "already have", "member-only", "activate your") + r"|ubscribe|UBSCRIBE|elivered t|ELIVERED T"
        # A call for money mid-line, a paywall's meter in the other languages.
        + r"|onate|ONATE|hip in|HIP IN|upport us|upport our|UPPORT US|UPPORT OUR|onsider supporting"
        # The publisher's word that its readers pay, a call for their money: the whole phrases
        # (their words are common in stories).
        + r"|(?i:(?:unded|inanced|upported|ade possible) by (?:readers|our readers|its readers"
        r"|(?:members|readers|viewers|listeners) like you)"
        r"|(?:ely|epend) on (?:your|readers|our readers)|eader-funded|eader-supported"
        r"|journalism (?:needs|depends on|relies on) (?:your|readers|our readers)"
        r"|ake (?:your|a|an) (?:one-off |one-time |monthly |small |annual )?(?:contribution|donation)"
        r"|(?:onate|ive) (?:now|today|monthly)"
        r"|pendenfinanziert|inanzieren uns|nur dank[^\n]{0,40}spende"
        r"|reuen uns [Üü]ber[^\n]{0,8}spende"
        r"|nterst[Üü]tz(?:e|t|en sie) (?:auch du )?(?:uns|unsere|unseren|unabh[Ää]ngigen)"
        r"|it (?:einer|deiner|ihrer) spende|spende(?:n sie)? (?:jetzt|via|per|hier)"
        r"|jetzt (?:f[Üü]r )?[^\n]{0,30}spenden"
        r"|p[Óó]yanos|poya (?:el periodismo|nuestro trabajo)|az (?:tu |una )?donaci[Óó]n"
        r"|inanciad[oa]s? por (?:nuestros |sus )?lectores|inanc[Éé] par (?:ses|nos) lecteurs"
        r"|outenez(?:-nous| notre travail| le journalisme| un journalisme)|aites un don|ostienici"
        r"|ai una donazione|poie (?:o jornalismo|nosso trabalho)|a[Çç]a uma doa[Çç][Ãã]o"
        r"|teun (?:ons|onze journalistiek|de journalistiek)|oneer (?:nu|vandaag))"
        + r"|(?i:apps?[ \u00a0]+(?:for|on|from)[ \u00a0]+(?:ios|iphone|ipad|android|the[ \u00a0]+app"
        r"[ \u00a0]+store|google[ \u00a0]+play))"
        + rf"|^[ \t]*(?i:{_METER_OPENING})[ \t]+[0-9]"
        + "|" + SUBSCRIPTION.line_start_trigger())

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text).strip("•·|*-–— ")
        if len(text) > 500 or len(text.split()) > 60:
            return
        if _SUBSCRIBE_ALONE.match(text) or SUBSCRIPTION.label(text, article) or _METER.match(text):
            yield hit(line, f"subscription prompt “{text[:60]}” left in the text")
            return
        if len(text.split()) <= 40 and SUBSCRIPTION.opener(text, article) and not (
                foreign_newsletter_prompt(text, article) or FOREIGN_REPORTED.search(text)):
            yield hit(line, "subscription or paywall prompt left in the text")
            return
        if is_newsletter_prompt(text) or REPORTED.search(text):
            return
        if _ALREADY_SUBSCRIBED.search(text):
            yield hit(line, "subscription or paywall prompt left in the text")
            return
        if text[:1] not in "\"“„«‚'" and _READER_FUNDING.search(text) and \
                not FOREIGN_REPORTED.search(text):
            yield hit(line, "a call for the reader's money (a donation, a contribution) left in "
                            "the text")
            return
        call = _SUBSCRIBE_CALL.search(text)
        if call and (not call.group().lower().lstrip(".!? ").startswith("get ")
                     or _OFFER.search(text) or "app" in call.group().lower()):
            yield hit(line, "subscription or paywall prompt left in the text")


# -- cookie and privacy notices -------------------------------------------------------------------

_CONSENT = lazy_pattern(
    r"(?:\b(?:this|our) (?:web)?site uses cookies|\bwe(?: and our partners)? use cookies"
    r"|\bwe(?: are|'re|’re) using cookies"
    r"|\buse of cookies|\baccept (?:all )?cookies|\bcookie (?:policy|settings|preferences|notice|consent)"
    r"|\bby (?:continuing|using|clicking|browsing)\b.{0,60}\b(?:agree|consent|accept)"
    r"|\byour privacy is important to us|\bwe(?: have|'ve) updated our privacy (?:policy|notice)"
    r"|this site is protected by recaptcha|\bour (?:privacy|data protection|cookie) (?:policy|notice|statement)\b"
    r"|\b(?:registration on or )?use of this site constitutes acceptance"
    r"|\bdo not sell my (?:personal )?(?:info|data)|\bmanage (?:your )?(?:cookie|privacy) (?:settings|preferences)"
    # The fixed sentences of the common consent managers' dialogs (GDPR Cookie Compliance,
    # CookieYes, Complianz, OneTrust).
    r"|\bif you disable this cookie\b|\bcookie should be enabled at all times"
    r"|\bcookie information is stored in your browser|\bnecessary cookies are absolutely essential"
    r"|\bcookies that may not be particularly necessary|\bthe technical storage or access\b"
    r"|\bwe use technologies like cookies|\bstore or retrieve information on your browser"
    r"|\bcookies that are categori[sz]ed as necessary)",
    re.IGNORECASE,
)
#: The names of legal pages; a line made only of them is a footer's links.
_LEGAL_PAGES = frozenset("""
privacy|privacy policy|privacy notice|privacy statement|terms|terms of use|terms of service|
terms and conditions|terms & conditions|cookies|cookie policy|cookie settings|user agreement|
ad choices|adchoices|accessibility|do not sell my info|do not sell my personal information|sitemap|
contact us|about us|disclaimer|legal notice|accessibility statement|cookies policy|imprint|
collection notice|notice at collection""".replace("\n", "").split("|"))
#: Separators between legal links: a bar, a bullet, a comma, or a gap of two spaces.
_LINK_SPLIT = lazy_pattern(rf"[ \t\u00a0]*[{ITEM_MARKS},][ \t\u00a0]*|{ITEM_GAP}")

#: What a consent box agrees to: the site's terms, its privacy policy, the processing of the
#: reader's data, a newsletter, the comment rules, in the languages :data:`CONSENT_BOX` reads.
_CONSENT_OBJECT = lazy_pattern(
    r"\b(?:terms|conditions|privacy|policy|processing|personal data|newsletters?|e-?mails?|data"
    r"|comment (?:policy|rules|guidelines)|community (?:guidelines|standards)|user agreement"
    r"|datenschutz\w*|daten|nutzungsbedingungen|agb\w*|kommentar\w*|bedingungen|einwilligung|erhalt"
    r"|verarbeitung|e-mail-adresse|données|charte|confidentialité|politique|lettre d['’]information"
    r"|cgu|política|privacidad|términos|condiciones|datos|aviso legal|boletín|trattamento|dati"
    r"|termini|condizioni|informativa|privacidade|termos|condições|dados|voorwaarden|gegevens"
    r"|nieuwsbrief|regulamin\w*|polityk\w*|danych|przetwarzanie)\b", re.IGNORECASE)
#: The verb that makes a first-person line a consent (``Ich bin mit … einverstanden``, ``Ich habe
#: die Datenschutzerklärung gelesen``): openers like ``Ich bin mit`` need it further on.
_CONSENT_VERB = lazy_pattern(
    r"\b(?:agree|consent|accept|confirm|subscribe|receive|einverstanden|stimme|akzeptiere"
    r"|willige|bestätige|erkläre|gelesen|erhalten|zur kenntnis|accepte|consens|d['’]accord"
    r"|recevoir|autorise|lu|acepto|consiento|acuerdo|autorizo|consentimiento|recibir|accetto"
    r"|acconsento|letto|autorizzo|consenso|ricevere|aceito|concordo|li|receber|akkoord"
    r"|toestemming|gelezen|ontvangen|akceptuję|zgodę|zapoznałem|zapoznałam|oświadczam)\b",
    re.IGNORECASE)
#: The most words a consent box's line has; within how many words after its consent the
#: object stands.
_CONSENT_BOX_WORDS, _CONSENT_REACH = 60, 4


#: A consent manager's table of one cookie, a label over each value (Borlabs Cookie's, as a scrape
#: gives it: ``Name`` / ``Mitvergnuegen`` / ``Anbieter`` / … / ``Cookie Name`` / ``cookie-settings``
#: / ``Cookie Laufzeit`` / ``1 Jahr``): the labels only a cookie's table has, and those it shares.
_COOKIE_ROW_LABELS = frozenset({"cookie name", "cookie-name", "cookie laufzeit", "cookie-laufzeit",
                                "cookie expiry", "cookie duration", "cookie lifetime"})
_COOKIE_TABLE_LABELS = _COOKIE_ROW_LABELS | frozenset({
    "name", "anbieter", "provider", "zweck", "purpose", "datenschutzerklärung", "privacy policy",
    "host(s)", "hosts", "laufzeit", "expiry", "cookie-informationen", "opt-in cookie"})


def _cookie_table(line: Line) -> list[Line]:
    """The rows of the cookie's table around ``line``, a label of :data:`_COOKIE_ROW_LABELS`:
    each a label of :data:`_COOKIE_TABLE_LABELS` over one value, up and down from it."""
    def label(other: Optional[Line]) -> bool:
        return other is not None and flat(other.text).strip().lower() in _COOKIE_TABLE_LABELS

    rows = [line]
    value = line.neighbour(1)
    if value is None:
        return []
    rows.append(value)
    above = line.neighbour(-2)
    while label(above):
        rows[:0] = [above, above.neighbour(1)]
        above = above.neighbour(-2)
    below = value.neighbour(1)
    while label(below) and below.neighbour(1) is not None:
        rows += [below, below.neighbour(1)]
        below = below.neighbour(2)
    return rows


class CookieNotice(LineRule):
    """A cookie-consent banner or privacy/terms notice.

    What it flags:
        A line of at most 80 words (160 when it opens with them) that states the site's cookie or
        privacy terms to the reader
        (``This website uses cookies …``, ``By continuing to use this site you agree …``,
        ``Your privacy is important to us``, ``This site is protected by reCAPTCHA …``), or a
        line made only of legal links (``Privacy Policy | Terms of Service``, or a footer's row whose
        separators were lost: ``Impressum Datenschutz Kontakt``; three legal pages and more among other
        capitalised link names: ``… Kontakt Links Impressum Datenschutz Haftungsausschluss``), or a banner's
        heading or button alone on a line (``Accept all``, ``We value your privacy``, ``Alle
        akzeptieren``, ``Datenschutzeinstellungen``, ``Tout refuser``), or a form's consent box:
        a line of at most 60 words opening with the reader's own consent to the site's terms,
        its privacy policy, the processing of their data, a newsletter or the comment rules
        (``I agree to the processing of my personal data …``, ``Ich bin mit der Verarbeitung
        meiner Daten … einverstanden.``, ``J'ai lu et j'accepte la Charte des commentaires.``,
        ``Acepto los términos y condiciones.``, ``Wyrażam zgodę na przetwarzanie danych
        osobowych``); a consent manager's table of one cookie, each label over its value, read
        from a label only such a table has (``Name`` / ``Mitvergnuegen`` / ``Zweck`` / … /
        ``Cookie Name`` / ``cookie-settings`` / ``Cookie Laufzeit`` / ``1 Jahr``).

    Why it matters:
        Consent banners are page chrome; they end up at the top of the text, where a summary or
        a classifier gives them most weight.

    Example:
        ``This website uses cookies to improve your experience. We'll assume you're ok with this …``
    """

    code = "NL307"
    fix = Fixable("remove-line", safe=True)
    name = "cookie-notice"
    summary = "A cookie-consent banner or privacy and terms notice"
    examples = {
        "flag": [
            "We use cookies to improve your experience on our website. By browsing this website, "
            "you agree to our use of cookies.",
        ],
        "pass": [
            "Yoga is a practice that incorporates both the body and mind by using specific "
            "breathing exercises, poses, and meditation to reduce stress and enhance relaxation.",
        ],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL307")
    trigger = (r"ookie|OOKIE|echnical storage or access|rivacy|RIVACY|ecaptcha|eCAPTCHA|ECAPTCHA|erms of|ERMS OF|ser agreement"
               r"|ser Agreement|o not sell|o Not Sell|y continuing|y using|y browsing|y clicking"
               "|" + CONSENT.phrase_trigger() + "|" + LEGAL_PAGES.line_start_trigger()
               + "|" + CONSENT_BUTTONS.line_start_trigger() + "|" + CONSENT_BOX.line_start_trigger()
               # A footer's row of links whose legal pages come after others.
               + r"|(?i:impressum|datenschutz|nutzungsbedingungen|haftungsausschluss|mentions l"
               r"|aviso legal|note legali|privacybeleid|algemene voorwaarden)")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text).strip("•·|*-–— ")
        if (len(text) > 600 or len(text.split()) > 80) and not (
                # A consent manager's whole statement, which may run to a hundred words.
                len(text) <= 1200 and len(text.split()) <= 160 and _CONSENT.match(text)):
            return
        if text.lower() in _COOKIE_ROW_LABELS:
            rows = _cookie_table(line)
            # (reported from the table's first such label: ``Cookie Name`` and ``Cookie Laufzeit``
            # are both offered)
            if rows and next(row for row in rows if flat(row.text).strip().lower() in _COOKIE_ROW_LABELS) is line:
                for row in rows:
                    yield hit(row, f"consent manager's table of a cookie “{flat(row.text).strip()[:40]}” "
                                   f"left in the text")
            return
        language = article
        if is_legal_links(line.text, language) or (_CONSENT.search(text) and not REPORTED.search(text)):
            yield hit(line, "cookie or privacy notice left in the text")
        elif CONSENT.phrase(text, language) and not FOREIGN_REPORTED.search(text):
            yield hit(line, "cookie or privacy notice left in the text")
        elif CONSENT_BUTTONS.label(text, language):
            yield hit(line, f"cookie banner's button “{text}” left in the text")
        elif self._consent_box(text, language):
            yield hit(line, "a form's consent box (terms, privacy, data, newsletter) left in the text")
        elif LEGAL_PAGES.label(text, language) and self._among_furniture(line, language):
            yield hit(line, f"link to the site's legal page “{text[:40]}” left in the text")

    @staticmethod
    def _consent_box(text: str, language: str) -> bool:
        """The reader's consent, in the first person, to what a form asks them to agree to."""
        opener = CONSENT_BOX.opener(text, language)
        if opener is None or len(text.split()) > _CONSENT_BOX_WORDS or REPORTED.search(text):
            return False
        # What is agreed to follows the consent closely (``I agree to the processing of …``): an
        # answer in an interview agrees first and names its subject later (``I agree to some
        # extent with the privacy advocates``).
        following = " ".join(text[opener.end():].split()[:_CONSENT_REACH])
        return _CONSENT_OBJECT.search(following) is not None and _CONSENT_VERB.search(text) is not None

    @staticmethod
    def _among_furniture(line: Line, language: str) -> bool:
        """A legal page's name alone is a footer link at the very top or bottom, or beside
        another such link or a short line of the page's furniture."""
        if 0 <= line.ordinal < 3 or 0 <= line.from_end < 5:
            return True
        for step in (-1, 1):
            other = line.neighbour(step)
            if other is not None and (LEGAL_PAGES.label(other.text, language) or
                                      is_legal_links(other.text, language)):
                return True
        return False


def is_legal_links(text: str, language: str = "en") -> bool:
    """Whether the line is two or more legal-page links: ``Privacy Policy | Terms of Service``,
    ``Impressum | Datenschutz`` (in the document's language), or a footer's row of links that
    lost its separators (:func:`_legal_row`)."""
    items = [item.lower() for item in _LINK_SPLIT.split(text.strip()) if item]
    if len(items) >= 2 and all(_is_legal_page(item, language) for item in items):
        return True
    return len(items) == 1 and _legal_row(text.strip(), language)


def _is_legal_page(name: str, language: str) -> bool:
    return name in _LEGAL_PAGES or LEGAL_PAGES.label(name, language) is not None


def _legal_row(text: str, language: str) -> bool:
    """A footer's row of links joined by spaces alone: only the names of the site's pages, two
    of them at least and one a legal page (``Impressum Datenschutz Kontakt``, ``Privacy policy
    Terms of use``, ``Impressum & Datenschutz``); or three legal pages and more among other
    links, every word of them capitalised (``Nützliche Apps und Services Camping Tour Kontakt
    Impressum Datenschutz Haftungsausschluss``). A word in lower case outside a name (a verb,
    an article) makes it a sentence."""
    words = text.split()
    if not 2 <= len(words) <= _ROW_WORDS or text.rstrip()[-1:] in ".!?:;,":
        return False
    legal: set[str] = set()
    names = others = 0
    position = 0
    while position < len(words):
        for size in range(min(4, len(words) - position), 0, -1):
            name = " ".join(words[position:position + size]).lower()
            if _is_legal_page(name, language):
                legal.add(name)
                break
            if name in _SITE_PAGES:
                break
        else:
            word = words[position]
            if word.lower() not in _ROW_JOINS:
                if not word[:1].isupper():
                    return False
                others += 1
            position += 1
            continue
        names += 1
        position += size
    return (others == 0 and names >= 2 and len(legal) >= 1) or len(legal) >= 3


#: The most words a row of links joined by spaces has.
_ROW_WORDS = 20
#: The site's other pages a footer row names beside the legal ones.
_SITE_PAGES = frozenset("""
contact|contact us|about|about us|sitemap|site map|faq|faqs|help|jobs|careers|advertise|press|
newsletter|rss|home|kontakt|über uns|hilfe|karriere|mediadaten|presse|werben|startseite|
contacto|contáctanos|quiénes somos|sobre nosotros|ayuda|mapa del sitio|mapa web|inicio|contatti|
chi siamo|mappa del sito|contato|fale conosco|quem somos|sobre nós|mapa do site|over ons|
nous contacter|contactez-nous|qui sommes-nous|plan du site|à propos|accueil""".replace("\n", "").split("|"))
#: What joins two names in such a row.
_ROW_JOINS = frozenset("& and und et y e en / + · - –".split())


# -- advertisements -------------------------------------------------------------------------------

#: Labels an ad slot leaves behind, as the whole line.
_AD_LABELS = frozenset("""
advertisement|advertisements|advert|adverts|ad|ads|advertising|sponsored|sponsored content|supported by|
advertise here|advertise on this site|place an ad|place your ad|
sponsored links|sponsored link|sponsored stories|sponsored post|sponsored by|promoted|promoted content|
promoted stories|promoted links|paid content|paid post|paid partner content|partner content|
adchoices|ad choices|advertiser content|from our advertisers|from our advertiser|from our sponsors|
story continues|story continues below|story continues below advertisement|article continues below|
article continues below advertisement|continue reading below|continue reading the main story|
advertisement - scroll to continue|scroll to continue with content|inread invented by teads|
report this ad|this ad has been closed|ads by google|ads by teads|recommended by outbrain|
sponsored links by taboola|by taboola|by outbrain|close ad|skip ad|ad feedback|advertise with us|
advertising disclosure|affiliate disclosure|amazon associates disclosure|advertiser disclosure|
food advertising by|advertising by|advertisement - continue reading below|advertisement – continue reading below|
advertisement continue reading below|presented by|in partnership with|brought to you by|
in association with|content from our partners|ads by yahoo!|ads by yahoo|sponsored results|
sponsored listings|article continues
""".replace("\n", "").split("|"))
#: The stores an affiliate box links to.
_STORES = (r"amazon|amazon\.\w{2,6}|walmart|best buy|target|ebay|etsy|home depot|lowe's|costco|apple|"
           r"otto|mediamarkt|saturn|fnac|cdiscount|darty|el corte inglés|coolblue|bol\.com")
#: The buttons of an affiliate or shopping box, alone on a line, in the languages the rules read:
#: ``Buy now``, ``$29.99 at Amazon``, ``Check price on Amazon``, ``See deal``, ``Prices may vary``,
#: ``Jetzt kaufen``, ``29,99 € bei Amazon``, ``Zum Angebot``, ``Voir l'offre``, ``Ver oferta``.
_SHOP_BUTTON = lazy_pattern(
    r"^(?:(?:buy|shop|order) (?:it )?now|(?:see|view|check|compare) (?:the )?(?:latest )?prices?"
    r"(?: (?:at|on) (?:" + _STORES + r"))?|(?:get|see|view|shop) (?:the )?deals?"
    r"|(?:see|view|buy|shop|check) (?:it )?(?:at|on) (?:" + _STORES + r")"
    r"|(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?[$£€]|\d[\d.,]*\s?(?:eur|euro|usd)) (?:at|on|from|bei|chez|en|su|na|bij)"
    r" (?:" + _STORES + r")|prices? may vary"
    r"|jetzt (?:kaufen|bestellen)|(?:bei|auf) (?:" + _STORES + r") (?:ansehen|kaufen|bestellen)"
    r"|zum angebot|zum shop|preis prüfen|acheter maintenant|voir (?:sur|chez) (?:" + _STORES + r")"
    r"|voir l['’]offre|comprar ahora|ver en (?:" + _STORES + r")|ver (?:la )?oferta|acquista ora"
    r"|vedi su (?:" + _STORES + r")|vedi (?:l['’])?offerta|comprar agora|ver na (?:" + _STORES + r")"
    r"|nu kopen|bekijk (?:bij|op) (?:" + _STORES + r")|bekijk aanbieding)[.!]?$", re.IGNORECASE)
#: An ad label glued to the next paragraph: ``AdvertisementSubjects: Crime``.
#: (The next paragraph's first letter is matched case-sensitively, and a letter of its word must
#: follow in lower case or a space: "Advertising revenue fell" and "ADVERTISING" are words, not a
#: label glued to a sentence.)
_AD_GLUED = lazy_pattern(
    r"^(?:advertisement|advert|sponsored)(?=(?-i:[A-Z])(?-i:[a-z])|(?-i:[A-Z])\s)", re.IGNORECASE)
#: An affiliate disclosure: the publisher earns money from links in the article.
_AFFILIATE = lazy_pattern(
    r"\baffiliate (?:partnerships?|links?|commissions?)\b|^these partnerships do not influence"
    r"|\b(?:may|might|will|could|can) (?:earn|receive|get|make) (?:an? )?(?:small )?(?:affiliate )?"
    r"commission\b.{0,80}\b(?:purchases?|purchased|buy|links?|products?)\b"
    # Amazon's required disclosure: "… is a participant in the Amazon Services LLC Associates
    # Program …", "This site participates in the Amazon Associate program …".
    r"|\b(?:participant in|participates in|member of) the amazon (?:services llc )?associates?"
    r"|\bas an amazon associate\b"
    # The publisher's word that it is paid by the shops it names (``We may receive compensation
    # if you visit partners we recommend.``), and the link to its disclosure.
    r"|\bwe (?:may|might|will|could|can) (?:receive|earn|get) compensation\b"
    r"|\bwe (?:may|might) be compensated\b"
    r"|\b(?:read|see|view) our (?:full )?(?:advertiser|advertising|affiliate) disclosure\b",
    re.IGNORECASE,
)

#: The reader's ad blocker, as the publisher's notice names it, in the languages the rules read.
_BLOCKER = (r"(?:ad[- ]?block(?:er|ers|ing)?(?: plus)?|werbe-?blocker|bloqueur(?:s)? de pub(?:licités?|s)?"
            r"|bloqueador(?:es)? de (?:anuncios|anúncios|publicidad|publicidade)"
            r"|blocco (?:degli annunci|della pubblicità)|advertentieblokker)")
#: A notice to a reader who blocks ads: the reader's blocker (``your ad blocker``, ``Sie
#: benutzen einen Adblocker``, ``votre bloqueur de publicité``) in the same line as the
#: publisher's first person or its site (``we``, ``our journalism``, ``unseren Journalismus``,
#: ``für t3n.de``): a how-to's ``disable your ad blocker and reload`` names no publisher.
_AD_BLOCKER_READER = lazy_pattern(
    r"\b(?:your|you(?:'re|’re| are)? (?:using|use|running|have) an?"
    r"|(?:disable|turn off|deactivate|pause)(?: your)?|deinen|ihren|dein|ihr"
    r"|(?:sie|du) (?:benutzen|benutzt|verwenden|verwendest|nutzen|nutzt) (?:einen|ein)"
    r"|(?:benutzen|verwenden|nutzen) sie (?:einen|ein)|votre|ton|tu|su|il tuo|il vostro|seu|o seu"
    r"|teu|je|jouw|uw)\s+" + _BLOCKER + r"\b",
    re.IGNORECASE)
#: The publisher speaking of itself, or its site's address.
_PUBLISHER = lazy_pattern(
    r"\b(?:we|we're|we’re|our|us|this site|wir|uns|unser|unsere|unseren|unserer|nous|notre|nos"
    r"|nosotros|nuestro|nuestra|nuestros|noi|nostro|nostra|nós|nosso|nossa|wij|ons|onze)\b"
    r"|\b[\w-]+\.(?:com|de|fr|es|it|pt|nl|org|net|ch|at|co\.uk|com\.br)\b", re.IGNORECASE)


def ad_blocker_notice(text: str) -> bool:
    """Whether the line is a publisher's notice to a reader who blocks its ads."""
    return bool(_AD_BLOCKER_READER.search(text) and _PUBLISHER.search(text)
                and not REPORTED.search(text) and not FOREIGN_REPORTED.search(text))


class AdvertisementLabel(LineRule):
    """An advertisement label, sponsor tag or affiliate disclosure.

    What it flags:
        A line that is only an ad slot's label (``Advertisement``, ``ADVERTISEMENT``,
        ``Advert``, ``Sponsored``, ``AdChoices``, ``Story continues below advertisement``), a
        sponsor's tag without its name (``Presented by``, ``In Zusammenarbeit mit``), such a
        label glued to the next paragraph, the text ads under an ad network's label (``Ads by
        Google`` over a title, a line of copy and the advertiser's address, ``www.example.com``,
        up to four times), a shopping box's button (``Buy now``, ``$29.99 at
        Amazon``, ``See deal``, ``Jetzt kaufen``, ``Voir l'offre``), or an affiliate-commission
        disclosure (``… may earn an affiliate commission if you purchase something through links
        in this article``, ``We may receive compensation if you visit partners we recommend.``),
        of any length when it opens the paragraph; or a notice to readers who block ads, naming
        the reader's blocker and the publisher (``To read our full stories, please turn off your
        ad blocker.``, ``Bitte schalte deinen Adblocker für t3n.de aus``), not a how-to's step.

    Why it matters:
        The ad itself is gone; its label stays as a stray word between paragraphs, and a
        disclosure is the publisher's small print, not the story.

    Example:
        ``Advertisement`` · ``ADVERTISEMENT`` · ``Sponsored``
    """

    code = "NL308"
    fix = Fixable("remove-line", safe=True)
    name = "advertisement-label"
    summary = "An advertisement label, sponsor tag or affiliate disclosure"
    examples = {
        "flag": ["ADVERTISEMENT"],
        "pass": [
            "Bloomberg News reported on Friday that WeWork is facing scrutiny from the U.S. "
            "Securities and Exchange Commission over whether it violated financial rules as it "
            "sought its public listing.",
            "Advertising revenue fell 12 percent in the quarter, the company said, as marketers "
            "cut spending on print.",
        ],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL308")
    trigger = rf"{_LEAD}" + first_words(
        "ad\\b", "ads\\b", "advert", "sponsor", "place an ad", "place your ad", "supported by",
        "promoted", "adchoices", "AdChoices",
        "ad choices",
        "paid content", "paid post", "paid partner", "partner content", "story continues",
        "article continues", "continue reading", "scroll to continue", "inread", "inRead",
        "report this ad", "this ad", "recommended by", "by taboola", "by outbrain", "close ad", "skip ad",
        "ad feedback", "from our", "these partnerships", "food advertising", "amazon associates",
        "presented by", "in partnership", "brought to you", "in association", "content from") + (
        r"|^[ \t•·|*>-]*(?i:buy|shop|order|see|view|check|compare|get|prices?|jetzt|bei|auf|zum|preis"
        r"|acheter|voir|comprar|ver|acquista|vedi|nu|bekijk)[ \t][^\n]{0,60}(?:\n|\Z)"
        r"|^[ \t•·|*>-]*(?:[$£€][ \t]?[0-9]|[0-9][0-9.,]*[ \t]?(?:[$£€]|(?i:eur|euro|usd))[ \t])"
        r"[^\n]{0,40}(?:\n|\Z)") + (
        r"|ffiliate|FFILIATE|arn a commission|e may receive compensation|e may be compensated"
        r"|isclosure") + (
        r"|mazon [Aa]ssociate|mazon Services LLC|mazon associate"
        r"|(?i:ad[- ]?block|werbe-?blocker|bloqueur|bloqueador|blocco d|advertentieblokker)" +
        "|" + AD_LABEL.line_start_trigger() + "|" + AD_LABEL.phrase_trigger())

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text)
        if len(text) > 400:
            # A disclosure may run long, but then it opens the paragraph: ``This site
            # participates in the Amazon Associate program … Other advertisers include …``.
            disclosure = _AFFILIATE.search(text, 0, 120) if len(text) <= 1500 else None
            if disclosure is not None and disclosure.start() < 40 and not REPORTED.search(text):
                yield hit(line, "affiliate disclosure left in the text")
            return
        label = bare(text).rstrip(".…")
        language = article
        if label in _AD_LABELS or _AD_GLUED.match(text.lstrip("•·|*-–— ")) or \
                AD_LABEL.label(text, language):
            yield hit(line, f"advertisement label “{text[:40]}” left in the text")
            if label in _TEXT_AD_LABELS:
                for ad in _text_ads(line):
                    yield hit(ad, f"a text ad under “{text.strip()[:40]}” left in the text")
        elif len(text) <= 80 and _SHOP_BUTTON.match(text.strip("•·|*-–—> ")):
            yield hit(line, f"a shopping box's button “{text[:40]}” left in the text")
        elif len(text.split()) <= 60 and (
                (_AFFILIATE.search(text) and not REPORTED.search(text))
                or (AD_LABEL.phrase(text, language) and not FOREIGN_REPORTED.search(text))):
            yield hit(line, "affiliate disclosure left in the text")
        elif len(text.split()) <= 60 and ad_blocker_notice(text):
            yield hit(line, "a notice to readers who block ads left in the text")


#: The labels over a block of text ads (an ad network's: a title, a line of copy, the
#: advertiser's address, up to four times).
_TEXT_AD_LABELS = frozenset("""
ads by google|ads by yahoo|sponsored links|sponsored link|sponsored results|google-anzeigen|
anzeigen von google|gesponserte links|annonces google|liens sponsorisés|liens commerciaux|
enlaces patrocinados|anuncios google|anuncios de google|link sponsorizzati|annunci google|
links patrocinados|anúncios google|gesponsorde links|advertenties van google""".replace(
    "\n", "").split("|"))
#: An advertiser's address as a text ad shows it: a host name, maybe a path, nothing else.
_DISPLAY_URL = lazy_pattern(r"^(?:https?://)?(?:www\d?\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?$",
                            re.IGNORECASE)
#: The most lines of one text ad, and of the block under one label; the most words of a line (an
#: ad's title and copy are a few dozen characters each).
_AD_LINES, _AD_BLOCK_LINES, _AD_WORDS = 4, 16, 16


def _text_ads(label: Line) -> list[Line]:
    """The lines of the text ads under ``label``: each ad short lines that end with the
    advertiser's address (``Cheap Flights to Florida`` / ``Save up to 70% …`` /
    ``www.cheapflights.com``); the block ends where a line is long, or no address comes."""
    ads: list[Line] = []
    pending: list[Line] = []
    item = label.neighbour(1)
    while item is not None and len(ads) + len(pending) < _AD_BLOCK_LINES:
        text = flat(item.text).strip()
        if not text or len(text.split()) > _AD_WORDS or bare(text) in _AD_LABELS \
                or AD_LABEL.label(text, UNDETERMINED):
            break  # (another label opens another slot)
        pending.append(item)
        if _DISPLAY_URL.match(text):
            if len(pending) < 2:
                break  # an address alone is no ad
            ads.extend(pending)
            pending = []
        elif len(pending) >= _AD_LINES:
            break
        item = item.neighbour(1)
    return ads


@hookimpl
def newslint_rules():
    return [NewsletterPrompt, SubscriptionPrompt, CookieNotice, AdvertisementLabel]
