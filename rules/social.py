"""NL303–NL304: share buttons and "follow us" prompts left in the text.

A share bar reaches the text as a line of button labels (``Share Tweet Submit``, ``Share to
facebook``, ``197 Shares``); a follow prompt as a sentence telling the reader where to follow
the outlet or the reporter (``Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.``).
A sentence of the story that names a network (``Facebook said on Monday …``) is neither: the
share rule wants a line made of button words only, the follow rule an imperative *Follow …
on <network>* (or a handle, or a link).
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.lazy import lazy_pattern
from newslint.rule import Fixable, LineRule
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import first_words, flat, hit, near_edge, neighbours
from newslint.rules._vocab import FOLLOW, LIKE_WIDGET, SHARE, trigger_form

#: Words of a share bar. A line made only of these (and counts) is a share bar.
_SHARE_WORDS = frozenset("""
share shares shared sharing tweet tweets retweet print email e-mail mail pin pint pinit whatsapp
facebook twitter linkedin reddit pinterest tumblr flipboard messenger telegram sms google+ google pocket
copy link url permalink shortlink submit save via by to on this article story post page video photo
gallery options all sharing the with friends x your baixar close panel
digg del icio us delicious newsvine stumbleupon technorati mixx yahoo buzz fark slashdot myspace
sharethis addthis bookmark bookmarks comment comments flattr add restack restacks
what are these
bookmarken bei mister wong misterwong yigg webnews linkarena folkd oneview meneame menéame
""".split())
#: Words of a share bar that are about sharing (at least one must be there).
_SHARE_CORE = frozenset("""
share shares sharing tweet retweet print email e-mail pin pint pinit whatsapp facebook twitter
linkedin reddit pinterest tumblr flipboard messenger telegram permalink shortlink
digg delicious newsvine stumbleupon technorati mixx sharethis addthis myspace fark slashdot flattr
restack restacks bookmarken misterwong yigg webnews linkarena folkd meneame menéame
""".split())
_NETWORKS = frozenset("""
facebook twitter linkedin reddit pinterest tumblr flipboard messenger telegram whatsapp
""".split())
_SHARE_TOKEN = lazy_pattern(r"[\w+\-]+")
#: A count glued to its label: ``195Shares``.
_GLUED_COUNT = lazy_pattern(r"(\d)([A-Za-z])")
#: Share prompts that are phrases rather than button rows.
_SHARE_PHRASE = lazy_pattern(
    # (A politeness may open it, as Nigerian and Indian papers write it: ``Kindly share this
    # story:``, ``Please share this article``.)
    r"^(?:(?:kindly |please )?shar(?:e|ing) (?:this|the) (?:article|story|post|page|video|photo|gallery"
    r"|image|link)"
    r"|sharing is caring|share (?:on|to|via|with) |click to (?:share|tweet|email|print|pin)"
    r"|share your thoughts|print this (?:article|page|story)|email this (?:article|story|page)"
    r"|tweet this|spread the word|like this:$|share this:?$"
    # The bookmarking buttons of the older web: ``Bookmark with del.icio.us``, ``Add to Technorati
    # Favorites``, ``Bookmark and Share``, feedburner's ``Subscribe in a reader``.
    r"|bookmark (?:with|on|at) (?:del\.icio\.us|delicious|digg|google|technorati|stumbleupon)\b"
    r"|bookmark and share$|add to (?:technorati|digg|google)\b"
    r"|subscribe in a reader$"
    r"|(?:enjoyed|liked|like) (?:this|the|our|what you(?:'ve)? read)(?: \w+)?\?\s+share (?:it|this)\b)",
    re.IGNORECASE,
)

#: The verb of a share call, in the languages the rules read: a short line ending with it is a
#: call to share the page (``Artikel gefallen? Vergiss nicht zu teilen!``, ``NEWS TEILEN:``).
_SHARE_VERBS = frozenset("""
share teilen partager partagez compartir comparte compártelo condividi condividere compartilhe
compartilhar partilhe partilhar delen deel
""".split())
#: What such a call may name as the thing to share (or ask after, before its question mark).
_SHARED_THINGS = frozenset("""
it this article story post page news artikel beitrag seite news nachricht inhalt ihn es article
cet l'article page actualité artículo noticia nota articolo notizia pagina artigo notícia matéria
bericht pagina
""".split())
#: What a call may name in place of the thing to share (``Share it!``, ``Teile es``).
_PRONOUNS = frozenset("it this es ihn".split())
_WORDS_OF_CALL = lazy_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def share_call(text: str) -> bool:
    """A short call to share the page: at most eight words, ending with the share verb (or the
    verb and *it*), not with a full stop, and with a question before it (``Like it? Share it!``),
    a thing to share (``Den Artikel teilen:``), or an exclamation of four words at most (``Be
    Sociable, Share!``)."""
    stripped = text.rstrip()
    if stripped.endswith(".") or len(stripped) > 80:
        return False
    words = [word.lower() for word in _WORDS_OF_CALL.findall(stripped)]
    if not 1 <= len(words) <= 8:
        return False
    if words[-1] in _SHARE_VERBS:
        verb = len(words) - 1
    elif len(words) >= 2 and words[-2] in _SHARE_VERBS and words[-1] in _PRONOUNS:
        verb = len(words) - 2
    else:
        return False
    if verb == 0:
        return False  # the verb alone is a label (the lexicon's), not a call
    return ("?" in stripped or any(word in _SHARED_THINGS for word in words[:verb])
            or (stripped.endswith("!") and len(words) <= 4))


#: The imperative of the share verb opening a sentence, in the languages the rules read.
_SHARE_IMPERATIVES = frozenset("""
share teile teilt partagez partage comparte compartí condividi condividete compartilhe partilhe deel
""".split())
_SHARE_FORMAL = lazy_pattern(r"^teilen sie\b", re.IGNORECASE)


def share_sentence(text: str) -> bool:
    """A short sentence asking to share the page: the share verb's imperative first, a thing to
    share among the next three words, twelve words at most (``Teile diesen Beitrag auf Social
    Media.``, ``Share this story with your friends!``, ``Partagez cet article``). A story's
    ``Share prices fell …`` names nothing to share."""
    if len(text) > 100:
        return False
    words = [word.lower() for word in _WORDS_OF_CALL.findall(text)]
    if not 2 <= len(words) <= 12:
        return False
    start = 2 if _SHARE_FORMAL.match(text) else 1 if words[0] in _SHARE_IMPERATIVES else 0
    # (the page named: "this" alone is as often the writer's own plea, ``Share this information,
    # please?``, which the story keeps)
    return start > 0 and "?" not in text and any(
        word in _SHARED_THINGS and word not in _PRONOUNS for word in words[start:start + 3])


#: A web address, for comparing a line with the page's own: scheme, ``www.``, query, fragment and
#: a final slash aside.
_ADDRESS = lazy_pattern(r"^(?:https?://)?(?:www\.)?(?P<rest>[^\s?#]+?)/?(?:[?#]\S*)?$", re.IGNORECASE)


def own_address(text: str, url: "str | None") -> bool:
    """Whether the line is nothing but the page's own address (``url``, the record's)."""
    if not url:
        return False
    line, page = _ADDRESS.match(text.strip()), _ADDRESS.match(url.strip())
    return bool(line and page and line.group("rest").lower() == page.group("rest").lower())


#: Social networks a follow prompt names.
_NETWORK = (r"(?:twitter|facebook|instagram|youtube|linkedin|tiktok|snapchat|pinterest|flipboard"
            r"|telegram|whatsapp|facebook messenger|google news|apple news|threads|mastodon|bluesky"
            # Google News as it is called in the other languages the rules read.
            r"|google (?:actualités|noticias|notícias|nachrichten|notizie|nieuws)"
            r"|social media|x)")
#: A follow prompt: an imperative sentence "Follow/Like/Find/Join … on <network>" (or @handle,
#: or a link), at the start of the line or as a later sentence of it.
_FOLLOW = lazy_pattern(
    # (A call opens a sentence, maybe after what the reader gets for it: ``For more news, follow
    # us on Twitter``.)
    r"(?:^|[.!?]\s+)(?:for (?:more|the latest|all the latest|regular|daily|live)\b[^,.!?]{0,60},\s+)?"
    r"(?:(?:follow|like|find|join|connect with|chat with|subscribe to|keep up with"
    r"|stay connected with)\s+(?:\S+\s+){0,8}?(?:on|in|via|at)\s+" + _NETWORK + r"\b"
    r"|follow\s+(?:us|me|him|her|them|\S+)\s+(?:on\s+\w+\s+)?@\w"
    r"|follow\s+(?:\S+\s+){0,10}?at\s+https?://"
    r"|follow\s+(?:on\s+)?" + _NETWORK + r"$"
    r"|follow (?:us|me)(?: on)?:?$"
    r"|follow @\w+$"
    r"|join (?:our|the) [\w' ]{0,30}?(?:forums?|community|discord|facebook group|subreddit)\b"
    r"|reach the reporters?\s+(?:on|at|via)\s"
    # A station's line under each story: ``For the latest news, weather, sports, and streaming
    # video, head to WDAF-TV FOX4.``
    r"|for the latest news\b[^.!?]{0,80}?,\s+(?:head|go) (?:to|over to)\s+\S[^.!?]{0,40}[.!]?$"
    r"|more \S+(?: \S+){0,3}: https?://\S+(?: and https?://\S+)?$)",
    re.IGNORECASE,
)


#: A link to the outlet's page on a network, as its label reaches the text: a name and the
#: network, one to four words before it (``MZ Dessau-Roßlau bei Facebook``, ``The Hill on
#: Twitter``, ``Le Monde sur Instagram``).
_LINKED_NETWORKS = ("twitter", "facebook", "instagram", "youtube", "linkedin", "tiktok", "pinterest",
                    "xing", "mastodon", "threads", "bluesky", "telegram", "whatsapp", "flipboard",
                    # … and the podcast platforms: ``Listen on Spotify``, ``Écouter sur Deezer``.
                    "spotify", "apple podcasts", "google podcasts", "soundcloud", "deezer", "stitcher")
#: What a social network's embed leaves when the extractor drops its frame: Instagram's link and
#: caption line (``View this post on Instagram``, ``A post shared by NAME (@handle)``, as
#: translated), a tweet's picture link alone (``pic.twitter.com/…``); a podcast platform's button
#: with its verb after it (``Jetzt auf Spotify anhören``). (A tweet's signature, ``— NAME
#: (@handle) March 12, 2021``, is the quoted tweet's attribution: both sources keep it as body.)
_EMBED = lazy_pattern(
    r"^(?:(?:view this (?:post|photo|video|profile) on instagram|diesen beitrag auf instagram ansehen"
    r"|(?:dieses|das) (?:foto|video) auf instagram ansehen|voir cette publication sur instagram"
    r"|ver esta publicación en instagram|visualizza questo post su instagram"
    r"|ver (?:esta|essa) publicação no instagram|dit bericht op instagram bekijken)"
    r"|(?:a post shared by|ein beitrag geteilt von|une publication partagée par"
    r"|una publicación compartida por|un post condiviso da|uma publicação compartilhada por"
    r"|een bericht gedeeld door) .{1,80}\(@[\w.]{1,30}\)"
    r"|pic\.twitter\.com/\w+"
    # An embedded timeline's link, left without its tweets (``Tweets by @NationBarbados``).
    r"|tweets (?:by|from) @\w{1,30}"
    r"|(?:jetzt )?(?:auf|bei) (?:spotify|apple podcasts|google podcasts|deezer|soundcloud|youtube)"
    r" (?:anhören|hören|abonnieren|ansehen))[.!]?$", re.IGNORECASE)
_NETWORK_LINK = lazy_pattern(
    r"^(?:\S+\s+){1,4}(?:on|bei|auf|sur|en|su|no|na|em|op)\s+(?:" + "|".join(_LINKED_NETWORKS) + r")$",
    re.IGNORECASE)
#: A follow prompt to the reader's networks in general: ``Folge uns überall!``, ``Folge uns auch
#: in den sozialen Medien …``: the call, then the networks in general.
_FOLLOW_US = lazy_pattern(
    r"^(?:follow us|folge uns|folgt uns|folgen sie uns|suivez-nous|suivez nous|síguenos|siguenos"
    r"|seguici|seguiteci|siga-nos|volg ons)\b", re.IGNORECASE)
_NETWORKS_IN_GENERAL = lazy_pattern(
    r"\b(?:überall|sozialen medien|sozialen netzwerken|social media|réseaux sociaux|redes sociales"
    r"|social network|sociale media|redes sociais|ovunque|partout)\b", re.IGNORECASE)

#: A call to join the outlet's group or channel on a messenger, or to add it to a news reader:
#: ``Join our WhatsApp group for the latest updates``, ``Add us to your Google News feed``.
_JOIN_CHANNEL = lazy_pattern(
    r"^(?:join|follow|subscribe to) (?:our|the) (?:[\w.'’-]+ ){0,3}?(?:whatsapp|telegram|signal|viber"
    r"|discord) (?:group|channel|community|broadcast)s?\b"
    r"|^add us (?:to|on|as a (?:preferred )?source (?:on|in)) (?:your )?google news\b"
    r"|^(?:treten sie|tritt) unserem (?:whatsapp|telegram)-(?:kanal|gruppe|community) bei\b"
    r"|^unser (?:whatsapp|telegram)-(?:kanal|gruppe)\b"
    # … and in the other languages the rules read: ``Abonnieren Sie unseren WhatsApp-Kanal``,
    # ``Rejoignez notre chaîne WhatsApp``, ``Unisciti al nostro canale Telegram``, ``Participe do
    # nosso grupo no Telegram``, ``Receba as notícias no seu WhatsApp``.
    r"|^(?:jetzt )?(?:abonnieren sie|abonniere) unseren (?:whatsapp|telegram)-(?:kanal|gruppe)\b"
    r"|^(?:jetzt )?unseren (?:whatsapp|telegram)-(?:kanal|gruppe) abonnieren\b"
    r"|^(?:rejoignez|rejoins|abonnez-vous à|suivez) (?:notre|la) (?:chaîne|canal|groupe|communauté)"
    r" (?:whatsapp|telegram)\b"
    r"|^(?:únete|suscríbete|sigue) (?:a )?(?:nuestro|al) (?:canal|grupo|comunidad) (?:de |en )?(?:whatsapp|telegram)\b"
    r"|^(?:unisciti|iscriviti) al (?:nostro )?(?:canale|gruppo) (?:whatsapp|telegram)\b"
    r"|^(?:participe|entre|faça parte) (?:do|no|de) (?:nosso )?(?:grupo|canal|comunidade) (?:no|do|de) (?:whatsapp|telegram)\b"
    r"|^receba (?:as |nossas )?notícias (?:no seu|pelo|no) (?:whatsapp|telegram)\b"
    r"|^(?:word lid van|volg) ons (?:whatsapp|telegram)-(?:kanaal|groep)\b", re.IGNORECASE)

#: The follower count of a social widget: ``4 Tsd. Abonnenten``, ``12K followers``.
_FOLLOWERS = (r"(?:abonnenten|follower[sn]?|fans|subscribers|abonnés|suscriptores|seguidores|iscritti|volgers"
              r"|abonnees)")
_FOLLOWER_COUNT = lazy_pattern(r"^[\d.,]+\s?(?:tsd\.?|k|m|mio\.?)?\s?" + _FOLLOWERS + "$", re.IGNORECASE)
#: A blog's follow-by-email widget with its count, as WordPress writes it in the languages the
#: rules read: ``Join 1,234 other subscribers``, ``Schließe dich 1.234 anderen Abonnenten an``,
#: ``Schließe dich 600 Followern an``.
_JOIN_FOLLOWERS = lazy_pattern(
    r"^(?:join|schließe dich|schließen sie sich|rejoignez|rejoindre|únete a|unirse a|unisciti a"
    r"|junte-se a|sluit je aan bij)(?: otros| altri| outros)? [\d.,\u00a0\u202f ]*\d "
    r"(?:other |anderen |autres |otros |altri |outros |andere )?(?:" + _FOLLOWERS[3:-1]
    + r"|assinantes|followers)(?: an)?\.?$", re.IGNORECASE)

#: A network named after a follow prompt in any language (``Folgen Sie uns auf Facebook``), as
#: languages that decline it write it too (``na Facebooku``, ``в Телеграме``, ``во ВКонтакте``).
_NETWORK_NAMED = lazy_pattern(r"\b(?:" + _NETWORK + r"|телеграм|вконтакте|vk|одноклассник|дзен)\w{0,4}\b",
                              re.IGNORECASE)


#: A share button's text with its "opens in a new window" note, as Jetpack writes it in the
#: languages the rules read (``Klicken, um auf Twitter zu teilen (Wird in neuem Fenster
#: geöffnet)``, ``Cliquez pour partager sur Twitter(ouvre dans une nouvelle fenêtre)``).
_SHARE_IN_NEW_WINDOW = lazy_pattern(
    r"^(?:click|klicken|klick|cliquez|cliquer|haz clic|haga clic|fai clic|clique|klik)\b.{0,60}?\s?"
    r"\((?:opens in (?:a )?new window|wird in neuem fenster geöffnet|öffnet in (?:einem )?neuen fenster"
    r"|ouvre dans une nouvelle fenêtre|se abre en una (?:ventana|pestaña) nueva"
    r"|si apre in una nuova (?:finestra|scheda)|abre em (?:uma )?nova janela|abre numa nova janela"
    r"|wordt in een nieuw venster geopend)\)$", re.IGNORECASE)


#: Blogger's share bar, its buttons glued into one word by the extractor: the button to blog the
#: post (``BlogThis!``, ``Escribe un blog``, ``Postalo sul blog``, ``Postar no blog!``) right
#: against the next one.
_BLOGGER_SHARE_BAR = lazy_pattern(
    r"(?:BlogThis!|Escribe un blog|Postalo sul blog|Postar no blog!)(?:Share|In |Auf |Partager|Compartir"
    r"|Condividi|Compartilhar|Delen)")
#: What Jetpack's share-by-e-mail button answers, left in the text: ``Post was not sent - check your
#: email addresses!``, ``Beitrag nicht abgeschickt - E-Mail Adresse kontrollieren!``; and its dialog's
#: fields on one line.
_SHARE_BY_MAIL_NOTE = lazy_pattern(
    r"^(?:post was not sent - check your e-?mail addresses!|sorry, your blog cannot share posts by e-?mail\."
    r"|e-?mail check failed, please try again|beitrag nicht abgeschickt - e-mail adresse kontrollieren!"
    r"|sorry, dein blog kann keine beiträge per e-mail teilen\.|ihr blog kann leider keine beiträge per"
    r" e-mail teilen\.|e-mail-überprüfung fehlgeschlagen, bitte versuche es noch einmal"
    # The dialog's fields, one line: ``Send to Email Address Your Name Your Email Address``.
    r"|send to e-?mail address your name your e-?mail address"
    r"|an e-mail-adresse senden dein name deine e-mail-adresse)$", re.IGNORECASE)


class ShareButtons(LineRule):
    """A share bar or share prompt.

    What it flags:
        A line made only of share-button words (``Share Tweet Submit``, ``Share to facebook``,
        ``Whatsapp Facebook Pint``, ``197 Shares``) or a share prompt (``Share this article``,
        ``Sharing is caring!``, ``Click to tweet``, Jetpack's buttons in the languages the rules
        read: ``Klicken, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)``, and its
        share-by-e-mail notes: ``Post was not sent - check your email addresses!``; Blogger's share
        bar glued into one word: ``Email ThisBlogThis!Share to Twitter…``); a blog's like
        button, its heading or the
        button with its loading note (``Gefällt mir:``, ``Like Loading...``), in the languages
        the rules read. A line that is a single network name (``Facebook``) counts only near the
        top or bottom or next to another share line. A call to share in a line of eight words at
        most that ends with the verb, not with a full stop, after a question, a thing to share or
        in a short exclamation (``Artikel gefallen? Vergiss nicht zu teilen!``, ``NEWS
        TEILEN:``, ``Like it? Share it!``), or that opens with the verb's imperative and names
        the page among the next three words, twelve words at most and no question (``Teile
        diesen Beitrag auf Social Media.``); a label of the share bar beside another (``Teilen
        Drucken``); the page's own address alone on a line (a share box's link to copy), where the
        record gives the page's address.

    Why it matters:
        Button labels are not copy; they sit between paragraphs as stray words.

    Example:
        ``Share this article`` · ``Share Tweet Submit`` · ``Sharing is caring!``
    """

    code = "NL303"
    fix = Fixable("remove-line", safe=True)
    name = "share-buttons"
    summary = "Share-button labels or a share prompt (Share this article, Share Tweet Submit)"
    examples = {
        "flag": ["Share Tweet Submit"],
        "pass": ["A favor: would you take a moment to share this information?"],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL303")
    trigger = r"^[ \t•·|]*(?:\d[\d,.]*[kK]?[ \t]*)?" + first_words(
        "share", "shares", "shared", "sharing", "tweet", "print", "email", "e-mail", "pin", "whatsapp",
        "WhatsApp", "facebook", "twitter", "linkedin", "LinkedIn", "reddit", "pinterest", "flipboard",
        "tumblr", "telegram", "messenger", "click", "spread", "like", "x share", "close", "digg", "enjoyed",
        "del.icio.us", "delicious", "newsvine", "stumbleupon", "StumbleUpon", "technorati",
        "sharethis", "ShareThis", "addthis", "AddThis", "bookmark", "yahoo", "myspace", "MySpace",
        "add to", "subscribe in a", "flattr", "restack", "kindly share", "please share") + (
        "|" + SHARE.line_start_trigger()
        + r"|^[ \t]*(?i:gef[äÄ]llt mir|liken|j['’]aime|me gusta|mi piace|curtir|vind[- ]ik|lubi[ęĘ] to|podoba mi si[ęĘ])"
        + r"|^[ \t]*(?i:klicken|klick|cliquez|cliquer|haz[ \t]clic|haga[ \t]clic|fai[ \t]clic|clique|klik"
        r"|post[ \t]was[ \t]not|sorry,|e-?mail[ \t]check|beitrag[ \t]nicht|ihr[ \t]blog|send[ \t]to"
        r"|an[ \t]e-mail-adresse)[ \t,]|^[ \t]*(?i:e-mail-)[Üü]"
        # A call to share, ending with its verb.
        + "|(?:" + "|".join(trigger_form(verb) for verb in sorted(_SHARE_VERBS)) + ")"
        + r"(?:[ \t]+(?i:it|this|ihn|es))?[ \t]*[!:?…]*[ \t]*(?:\n|\Z)"
        # A web address alone: the page's own, to copy.
        + r"|^[ \t]*(?i:https?://|www\.)|BlogThis!|Escribe un blogC|Postalo sul blogC|Postar no blog!C"
        # A button's count alone on its line (``Share`` / ``0`` / ``Tweet`` / ``0``).
        + r"|^[ \t]*[0-9][0-9.,]*[kKmM]?[ \t]*(?:\n|\Z)")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text).strip("•·|*-–— ")
        if len(text) > 120:
            return
        if _COUNT.match(text):
            if any(is_share_bar(flat(other.text).strip("•·|*-–— ")) or LIKE_WIDGET.match(flat(other.text))
                   for other in _bar_neighbours(line)):
                yield hit(line, "a share button's count left in the text")
            return
        if (_SHARE_PHRASE.match(text) and len(text.split()) <= 20) or _SHARE_IN_NEW_WINDOW.match(text) \
                or _SHARE_BY_MAIL_NOTE.match(text) or _BLOGGER_SHARE_BAR.search(text):
            yield hit(line, "share prompt left in the text")
            return
        if LIKE_WIDGET.match(text):
            yield hit(line, "like button left in the text")
            return
        if SHARE.label(text, article):
            yield hit(line, "share buttons left in the text")
            return
        if share_call(text) or share_sentence(text):
            yield hit(line, "call to share the page left in the text")
            return
        if own_address(text, article.document.url):
            yield hit(line, "the page's own address alone on a line (a share box's link) left in the text")
            return
        if is_share_bar(text):
            words = text.lower().split()
            if len(words) == 1 and words[0] in _NETWORKS | {"print", "email", "e-mail"} and not (
                    near_edge(line, 8, 8)
                    or any(is_share_bar(flat(other.text)) or SHARE.label(flat(other.text), article)
                           for other in _bar_neighbours(line))):
                return
            yield hit(line, "share buttons left in the text")


#: A count alone: a share button's (``0``, ``2.4K``, ``1,204``).
_COUNT = lazy_pattern(r"\d[\d,.]*[kKmM]?$")


def _bar_neighbours(line: Line) -> Iterator[Line]:
    """The paragraphs before and after the line, past buttons' counts alone on their lines
    (``Pin`` / ``0`` / ``Email``, ``12`` / ``3`` / ``Share``: the bar goes on)."""
    for step in (-1, 1):
        other = line.neighbour(step)
        for _ in range(3):
            if other is None or not _COUNT.match(flat(other.text).strip()):
                break
            other = other.neighbour(step)
        if other is not None:
            yield other


def is_share_bar(text: str) -> bool:
    """Whether the text is made only of share-button words (and counts), one of them a share word."""
    tokens = [token.lower() for token in _SHARE_TOKEN.findall(_GLUED_COUNT.sub(r"\1 \2", text))]
    if not tokens or len(tokens) > 20:
        return False
    words = [token for token in tokens if not token.isdigit()]
    if len(words) == len(tokens) and len(words) == 1 and words[0] in ("share", "shares"):
        return True
    return (all(word in _SHARE_WORDS for word in words) and any(word in _SHARE_CORE for word in words)
            and not text.rstrip().endswith("."))


class FollowPrompt(LineRule):
    """A prompt to follow the outlet or the reporter on social media.

    What it flags:
        A line that opens with, or holds a later sentence that is, an imperative *follow*
        prompt: ``Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.``, ``Follow her
        on Twitter @AmyKup``, ``Like us on Facebook``, ``Join our Space Forums …``, ``Reach the
        reporters on Twitter at …``; or a link to the outlet's coverage (``Follow AP's full
        coverage of Brexit at https://…``, ``More AP NBA: https://…``); or the label of a link
        to the outlet's page on a network (a name and the network: ``MZ Dessau-Roßlau bei
        Facebook``) before the story's first paragraph or after its last, or beside another such
        link or a share bar; a follow prompt to the reader's networks in general (``Folge uns
        überall!``); a social widget's follower count (``4 Tsd. Abonnenten``, ``12K followers``); a
        call to join the outlet's messenger channel or add it to a news reader (``Join our
        WhatsApp group for the latest updates``, ``Add us to your Google News feed``), or to go to
        the station's own site (``For the latest news, weather, sports, and streaming video, head
        to WDAF-TV FOX4.``); a
        row of the outlet's network icons, three networks or more and nothing else (``Facebook
        Twitter Instagram RSS Feed``, ``FacebookTwitterYouTube``); what a
        social network's embed leaves without its frame (``View this post on Instagram``, ``A post
        shared by NAME (@handle)``, an embedded timeline's link without its tweets: ``Tweets by
        @NationBarbados``; a quoted tweet's signature is its attribution and stays), and
        a podcast platform's button (``Listen on Spotify``, ``Jetzt auf Spotify anhören``).

    Why it matters:
        It is the publisher's promotion, not the story; syndicated copies carry the first
        publisher's accounts into other outlets' pages.

    Example:
        ``Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.``
    """

    code = "NL304"
    fix = Fixable("remove-line", safe=False)
    name = "follow-prompt"
    summary = "A prompt to follow the outlet or reporter on social media"
    examples = {
        "flag": ["Follow NBC Latino on Facebook , Twitter and Instagram ."],
        "pass": [
            "And if you haven’t yet noticed what might be wrong, a whole lot of people on "
            "Twitter pointed it out.",
        ],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL304")
    trigger = (r"(?i:for the latest news)|ollow |ollow:|OLLOW|each the reporter|ike us on|ind us on|oin us on|onnect with us"
               r"|hat with us|tay connected|oin our|oin the|: http|dd us|DD US|reten Sie unserem|ritt unserem"
               r"|^[ \t]*(?i:join|schließe|schließen|rejoignez|rejoindre|únete|unirse|unisciti|junte-se"
               r"|sluit)[ \t]"
               r"|nser WhatsApp|nser Telegram|nseren WhatsApp|nseren Telegram|otre chaîne|ostro canale"
               r"|osso grupo|osso canal|uestro canal|uestro grupo|eceba as notícias|eceba notícias"
               r"|" + FOLLOW.line_start_trigger()
               # A follower count: the count, then its word.
               + r"|^[ \t]*[0-9][0-9.,]*[ \t]?(?:[A-Za-z]{1,3}\.?[ \t]?)?(?i:" + _FOLLOWERS
               + r")[ \t]*(?:\n|\Z)"
               # The label of a link to a network page: the network ends the line.
               + r"|[ \t](?i:" + "|".join(_LINKED_NETWORKS) + r"|rss|feed|vimeo|flickr)[ \t]*(?:\n|\Z)"
               # A row of the outlet's network icons, glued or spaced (``FacebookTwitterYouTube``).
               + r"|(?i:facebook)[ \t|/]*(?i:twitter)|(?i:twitter)[ \t|/]*(?i:facebook)"
               # An embed's chrome: Instagram's, a tweet's handle in brackets, a podcast button.
               + r"|(?i:instagram)|[ \t]\(@|pic\.twitter\.com/|(?i:spotify|apple[ \t]podcasts|deezer)[ \t]"
               + r"|^[ \t]*(?i:tweets)[ \t](?i:by|from)[ \t]@")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text).strip("•·|*-–— ")
        if len(text) > 400 or len(text.split()) > 60:
            return
        if _FOLLOW.search(text) or FOLLOW.label(text, article) or (
                FOLLOW.opener(text, article) and _NETWORK_NAMED.search(text)) or (
                _FOLLOW_US.match(text) and _NETWORKS_IN_GENERAL.search(text)) or \
                _FOLLOWER_COUNT.match(text) or _JOIN_CHANNEL.match(text) or _JOIN_FOLLOWERS.match(text):
            yield hit(line, "prompt to follow the publisher on social media left in the text")
            return
        if len(text) <= 120 and _network_bar(text):
            yield hit(line, f"the outlet's social network icons “{text[:40]}” left in the text")
            return
        if len(text) <= 160 and _EMBED.match(text):
            yield hit(line, f"a social network's embed or a podcast button “{text[:40]}” left in the text")
            return
        if _NETWORK_LINK.match(text) and text.split()[0].lower() not in _SHARE_VERBS and \
                line is not article.headline and _outside_prose(line):
            # (``Share on Facebook`` is a share button's, NL303; ``Trump on Twitter`` may head
            # the story)
            yield hit(line, f"link to the outlet's page on a social network “{text}” left in the text")


#: The networks a site's row of profile icons names, and what may stand with them (its feed, its
#: e-mail): the icons' labels, spaced, separated or glued (``Facebook Twitter Instagram RSS Feed``,
#: ``Twitter / Facebook / RSS``, ``FacebookTwitterYouTube``).
_BAR_NETWORKS = (*(name for name in _LINKED_NETWORKS if " " not in name),
                 "vimeo", "flickr", "snapchat", "tumblr")
_BAR_NAMES = r"(?:" + "|".join(_BAR_NETWORKS) + r"|rss|feed|e-?mail)"
_BAR_NAME = lazy_pattern(_BAR_NAMES, re.IGNORECASE)
_NETWORK_BAR = lazy_pattern(r"^(?:[\s|/•·,]*" + _BAR_NAMES + r")+[\s|/•·,]*$", re.IGNORECASE)
#: A row of icons names this many networks at least (two may be a sentence's pair).
_BAR_MIN = 3


def _network_bar(text: str) -> bool:
    """Whether the line is nothing but the labels of a site's social network icons, three
    networks or more (:data:`_NETWORK_BAR`)."""
    if _NETWORK_BAR.match(text) is None:
        return False
    names = {name.lower() for name in _BAR_NAME.findall(text)}
    return len(names & set(_BAR_NETWORKS)) >= _BAR_MIN


def _outside_prose(line: Line) -> bool:
    """Whether the line stands before the story's first paragraph of prose or after its last,
    or beside another line of the page's social links or share bar."""
    bounds = line.article.story_bounds
    if bounds is None or not bounds[0] <= line.ordinal <= bounds[1]:
        return True
    return any(_NETWORK_LINK.match(flat(other.text).strip("•·|*-–— "))
               or is_share_bar(flat(other.text)) for other in neighbours(line))


@hookimpl
def newslint_rules():
    return [ShareButtons, FollowPrompt]
