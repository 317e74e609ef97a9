"""NL301–NL302: the page's comment section left in the text — the form and the thread.

A comment form reaches the text as a handful of stock lines (``Leave a Reply``, ``Your email
address will not be published.``, ``Required fields are marked *``); a thread as its count
(``Comments (11)``) and one header per comment (``6ringsandarapist says:``). The stock phrases
are flagged when they open a line, not when a sentence of the story mentions comments
(``declined to comment``).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.compiled import compile as compile_pattern
from newslint.lazy import lazy_pattern
from newslint.rule import Fixable, LineRule
from newslint.violation import Hit

from newslint.rules._measured import measured as figures

from newslint.rules._boilerplate import (FOREIGN_REPORTED, REPORTED, first_words, flat, hit,
                                         neighbours, page_title, per_article, repeats_title,
                                         timestamp_shape)
from newslint.rules._vocab import (COMMENT_COUNT, COMMENT_FORM, COMMENT_THREAD, COMMENTING,
                                   LOGGED_OUT, LOGIN_REQUIRED, READER_FEEDBACK)

_BULLET = r"[ \t•·|*>»›\-–—]*"

#: The stock lines of a comment form, matched at the start of the line.
_FORM = lazy_pattern(
    r"^(?:leave a (?:reply|comment|response)|post a (?:reply|comment)|add (?:a|your) comment"
    r"|write a comment|submit (?:a )?comment|post comment|cancel reply"
    r"|your email(?: address)? will not be (?:published|shared|displayed)"
    r"|required fields are marked|fields marked (?:with )?(?:an )?\* are required"
    r"|save my name,? email,? and website|notify me of (?:new |follow-up )?(?:comments|posts|replies)"
    r"|all fields are required\.? your email(?: address)? will not be (?:published|shared|displayed)"
    r"|you must (?:be )?log(?:ged)? ?in to (?:post a )?comment|(?:log|sign) ?in to (?:post a )?comment"
    r"|(?:log ?in|sign ?in) or register to (?:post )?(?:a )?comments?|discuss this (?:story|article|post)$"
    r"|please (?:log|sign) ?in to (?:post a )?comment|(?:please )?enable javascript to view (?:the )?comments"
    r"|comments (?:are|have been) (?:now )?(?:closed|disabled|moderated|turned off)|comment(?:ing)? policy"
    r"|(?:this|the) (?:article|story|post|entry|thread|discussion) (?:is|has been) (?:now )?closed"
    r" (?:for|to) (?:new )?(?:comments|commenting)"
    r"|commenting (?:is|has been) (?:closed|disabled|turned off)"
    r"|be the first to comment|join the (?:conversation|discussion)|tell us what you think"
    r"|have your say|(?:all )?comments? (?:are|is) (?:subject to|reviewed|moderated)"
    r"|your comment (?:contains|will|has|is|was|must)|thank you!? your comment"
    r"|note: we are (?:temporarily )?moderating"
    r"|we (?:are )?(?:temporarily )?moderat\w+ (?:all )?comments"
    r"|by submitting (?:this form|a comment|your comment)|community (?:rules|guidelines|standards) apply"
    r"|comments? (?:are|is) welcome|click here to (?:post a )?comment"
    r"|the comments below have not been moderated"
    # WordPress.com's sign-in line above its comment box.
    r"|fill in your details below or click an icon to log in"
    r"|the views expressed in the contents above are those of our users"
    r"|by posting your comment|share what you think|share or comment on this article"
    r"|do you want to automatically post your \w+ comments|your comment will be posted to"
    r"|this site uses akismet to reduce spam|you may use these html tags and attributes"
    r"|here'?s what readers have had to say|why not add your (?:thoughts|comments?|views)"
    r"|who is this week'?s top commenter"
    # A news theme's form messages: "Please enter your comment!", "Please enter your name here".
    r"|please enter your (?:comment|name here|name|email address here)!?$"
    # A contact form's messages, as Contact Form 7 writes them under the form.
    r"|thank you for your message\. it has been sent\.?$"
    r"|there was an error trying to send your message\. please try again later\.?$"
    r"|one or more fields have an error\. please check and try again\.?$"
    r"|you have entered an incorrect email address)",
    re.IGNORECASE,
)
#: Phrases of a comment form that are never the story's, wherever they stand in the line (an
#: extractor glues them to the previous label: ``All commentsThank you! Your comment will be …``).
_FORM_ANYWHERE = lazy_pattern(
    r"your email address will not be published|required fields are marked \*"
    r"|your comment (?:will be reviewed|is awaiting moderation|has been (?:submitted|received))"
    # Drupal's help under its comment box.
    r"|lines and paragraphs break automatically|web page addresses and e-?mail addresses turn into links"
    r"|^allowed html tags:|^more information about text formats$|^no html tags allowed\.?$"
    r"|^weitere informationen über textformate$|^zeilenumbrüche und absätze werden automatisch erzeugt\.?$"
    # … and its e-mail field's note, and WordPress's link to cancel a reply.
    r"|^the content of this field is kept private and will not be shown publicly\.?$"
    r"|^der inhalt dieses feldes wird nicht öffentlich zugänglich angezeigt\.?$"
    r"|^click here to cancel reply\.?$|^hier klicken, um das antworten abzubrechen\.?$"
    # The comment widgets of WordPress.com, Disqus and Facebook, as their placeholders read.
    r"|^(?:loading comments|write a comment)\W*$|^comments powered by disqus\.?$"
    r"|^facebook comments plugin$",
    re.IGNORECASE,
)

#: A comment section's rules, wherever the sentence stands in the line: what happens to comments
#: (``Comments are moderated.``, ``any comments posted can be edited``), the site's right over
#: them (``We reserve the right to delete inappropriate posts``, ``The administration has the
#: right to block a user's access``), the reader told to keep its rules (``Please … adhere to our
#: Community Guidelines.``, ``please abide by our submission guidelines``), the head of the list
#: of what gets a comment deleted (``A user comment will be deleted if it:``).
#: What comments must be, and what the site may do with them (``We ask that comments are civil``,
#: ``Some comments may be republished in the newspaper``; a regulator's comments are
#: "submitted"); a reader told to keep the site's rules in German: read by the policy check and
#: offered by the trigger alike.
_COMMENTS_MUST_BE = (r"comments? (?:are|be|must be|should be|need to be|have to be) (?:civil"
                     r"|respectful|polite|courteous|relevant|on[- ]topic|constructive|free (?:of|from))")
_COMMENTS_MAY_BE = r"comments? (?:may|will|can) be (?:edited|shortened|republished)"
_OUR_RULES_DE = r"unsere[rn]? (?:netiquette|diskussionsregeln|kommentarregeln|community-richtlinien)"
_POLICY = lazy_pattern(
    r"\bcomments? (?:posted )?(?:are|is|will be|may be|can be|might be|could be) "
    r"(?:pre-?)?(?:moderated|deleted|removed)\b"
    # (a story's "public comments will be reviewed" is a regulator's: the reader's own comments)
    r"|\b(?:your|all|reader|readers['’]|user|users['’]|any) comments? (?:posted )?(?:are|is|will be"
    r"|may be|can be) (?:reviewed|edited|screened|checked)\b"
    r"|\bany comments posted can be edited\b"
    # The site's own right over the comments: said by the site, not of a company in a story.
    r"|\b(?:we|the (?:web)?sites?['’]? administration|the administration|the administrators?"
    r"|the moderators?|the editors?|the editorial (?:team|staff|board)|the (?:site|website|blog) "
    r"(?:owners?|operators?|team)) (?:(?:also|therefore|always) )?(?:reserve|reserves|has|have) the "
    r"right to (?:delete|remove|edit|block|ban|moderate|refuse|reject|not publish)\b"
    r"(?=[^.]{0,80}\b(?:comments?|posts?|users?|accounts?|messages?|contributions?|submissions?)\b)"
    r"|\b(?:adhere to|abide by|follow|respect|observe|in (?:accordance|compliance) with) "
    r"(?:our|the|these) (?:community|comment(?:ing)?|discussion|forum|submission|posting|user) "
    r"(?:guidelines|standards|rules|polic(?:y|ies)|terms)\b"
    r"|^(?:a |your |any )?(?:user(?:['’]s)? )?comments? will be (?:deleted|removed|rejected) if\b"
    r"|^users are obliged\b"
    # The site's word that its readers' comments are not its own: ``Disclaimer: Comments expressed
    # here do not reflect the opinions of the publisher or its staff.``
    r"|\b(?:comments|views|opinions) expressed (?:here|below|in (?:the |these |our )?(?:reader |readers' |user )?comments?(?: section)?)"
    r" (?:do not|don['’]t|does not|are not|are those)\b"
    # … or whose they are: ``Reader comments are the opinions of the writer, not the Gazette.``
    r"|^(?:reader|readers['’]|user|users['’]|posted|all|the) comments (?:are|represent|reflect) (?:the|solely the|only the)"
    r" (?:opinions?|views?) of\b"
    rf"|\b{_COMMENTS_MUST_BE}\b|\b{_COMMENTS_MAY_BE}\b"
    # The same in German, French and Spanish: the site's comment function closed, its comments
    # moderated, its rules ("halten Sie sich an unsere Netiquette").
    r"|\bkommentarfunktion (?:wird|ist)\b[^.\n]{0,80}?\b(?:geschlossen|deaktiviert|abgeschaltet"
    r"|gesperrt)\b"
    r"|\bkommentare (?:werden|wird)\b[^.\n]{0,60}?\b(?:moderiert|geprüft|überprüft|gelöscht"
    r"|freigeschaltet|entfernt)\b"
    rf"|\b{_OUR_RULES_DE}\b"
    r"|\bles commentaires (?:sont|seront) (?:modérés|supprimés|vérifiés|relus)\b"
    r"|\blos comentarios (?:son|serán|están) (?:moderados|revisados|eliminados)\b",
    re.IGNORECASE,
)
#: A policy's heading, alone on a line, flagged beside a line of the policy.
_POLICY_HEADINGS = frozenset((
    "community standards", "community guidelines", "comment guidelines", "commenting guidelines",
    "comment rules", "discussion rules", "comment policy", "commenting policy", "house rules",
    "netiquette", "diskussionsregeln", "kommentarregeln"))
#: An item of the list under a policy's head ending in a colon: a clause in lower case that ends
#: with a semicolon or a stop (``does not correspond with the subject of the post;``).
_POLICY_ITEM = lazy_pattern(r"^[“\"]?[a-z][^\n]{0,400}[;.]\)?$")
#: The most items such a list has.
_POLICY_ITEMS = 30


def _policy(text: str) -> bool:
    """A line of the comment section's rules; one that reports them is a story's (``Facebook said
    comments … will be removed``, ``Die Kommentare werden künftig geprüft, teilte … mit``)."""
    return len(text.split()) <= 80 and _POLICY.search(text) is not None \
        and not REPORTED.search(text) and not FOREIGN_REPORTED.search(text)


def _policy_list_head(line: Line) -> Optional[Line]:
    """The policy line ending in a colon that ``line`` is an item of the list under, if any."""
    above = line
    for _ in range(_POLICY_ITEMS):
        above = above.neighbour(-1)
        if above is None:
            return None
        text = flat(above.text).strip()
        if text.endswith(":"):
            return above if _policy(text) else None
        if not _POLICY_ITEM.match(text):
            return None
    return None


#: A field of a comment or login form, as its label reaches the text: ``Name *``, ``E-Mail-Adresse
#: (wird nicht veröffentlicht)``, ``E-Mail (wird benötigt und nicht veröffentlicht)``, ``Website``.
#: Field names of the languages the rules read, with the form's note in brackets that the field is
#: required or kept private; the label alone is the whole line.
_FIELD_NAMES = (
    "name", "full name", "first name", "last name", "your name", "e-mail", "email", "e-mail address",
    "email address", "your email", "your e-mail", "e-mail-adresse", "email-adresse", "website",
    "web site", "webseite", "url", "comment", "your comment", "kommentar", "dein kommentar",
    "ihr kommentar", "ihr name", "dein name", "ihre e-mail", "password", "passwort", "ihr passwort",
    "username", "benutzername", "ihr benutzername", "nom", "prénom", "votre nom", "adresse e-mail",
    "adresse email", "adresse de messagerie", "site web", "site internet", "commentaire",
    "votre commentaire", "mot de passe", "nombre", "correo", "correo electrónico", "sitio web",
    "comentario", "tu comentario", "contraseña", "nome", "commento", "sito web", "nome utente",
    "comentário", "seu nome", "senha", "naam", "reactie", "wachtwoord", "je naam", "uw naam",
    "vorname", "nachname", "deine e-mail", "deine e-mail-adresse", "ihre e-mail-adresse", "apellido",
    "apellidos", "cognome", "sobrenome", "voornaam", "achternaam", "имя", "ваше имя", "фамилия",
    "сайт", "комментарий", "ваш комментарий", "пароль",
    # A contact form's own fields (a bare one is read only beside another field).
    "phone", "phone number", "telephone", "subject", "message", "your message", "company",
    "telefon", "telefonnummer", "betreff", "nachricht", "ihre nachricht", "deine nachricht",
    "téléphone", "sujet", "votre message", "teléfono", "asunto", "mensaje", "tu mensaje",
    "telefono", "oggetto", "messaggio", "il tuo messaggio", "telefone", "assunto", "mensagem",
    "sua mensagem", "telefoonnummer", "onderwerp", "bericht", "uw bericht", "je bericht")
#: A petition's or a sign-up form's address fields: read only when marked required (``ZIP Code
#: *``), since bare they are as often a table's column heads (``Name`` / ``City`` / ``Country``).
_ADDRESS_FIELDS = (
    "zip", "zip code", "postal code", "postcode", "street address", "address", "city", "country",
    "state", "plz", "postleitzahl", "ort", "wohnort", "straße", "code postal", "ville", "pays",
    "adresse", "código postal", "ciudad", "país", "dirección", "cap", "città", "indirizzo", "cep",
    "cidade", "endereço", "woonplaats", "adres", "land")
_FIELD = lazy_pattern(
    r"^(?P<name>" + "|".join(re.escape(name) for name in sorted(_FIELD_NAMES + _ADDRESS_FIELDS,
                                                                 key=len, reverse=True))
    # The mark: a star, or one or two notes in brackets saying the field is required, optional or
    # kept private ("(wird benötigt und nicht veröffentlicht)", "(will not be published) (required)").
    + r")(?P<mark>(?:\s*(?:\*|\((?:[^()\n]{0,40}?\b)?(?:required|erforderlich|benötigt|pflichtfeld"
    r"|obligatoire|obligatorio|obrigatório|obbligatorio|verplicht|requis|richiesto|vereist"
    r"|(?:not|never) be (?:published|shared|displayed)|never made public|nicht veröffentlicht"
    r"|niemals veröffentlicht|nicht angezeigt"
    r"|nicht weitergegeben|bleibt (?:natürlich |selbstverständlich )?(?:unter uns|privat|geheim)"
    r"|ne sera pas publié|ne sera jamais publié|no será publicado|não será publicado"
    r"|non sarà pubblicato|wordt niet gepubliceerd|optional|optionnel|facultatif|opcional"
    r"|facoltativo|optioneel)\b[^()\n]{0,40}\))){1,2})?"
    r"\s*:?\s*(?P<star>\*)?$",
    re.IGNORECASE,
)


#: The account a reader comments with, as WordPress.com's form shows it with its two links
#: (``You are commenting using your Twitter account. ( Log Out / Change )``, ``Du kommentierst
#: mit Deinem Google-Konto. ( Abmelden / Ändern )``), in the languages the rules read.
_COMMENTING_AS = lazy_pattern(
    r"^(?:you are commenting using your|du kommentierst mit deinem|sie kommentieren mit ihrem"
    r"|vous commentez à l[’']aide de votre|estás comentando usando tu|stai commentando usando il tuo"
    r"|você está comentando utilizando sua|je reageert onder je) "
    r"[^()\n]{1,60}?\(\s*[^()/\n]{1,25}/[^()/\n]{1,25}\)$", re.IGNORECASE)
#: A comment form's box to tick for the thread's follow-ups (``Notify me of followup comments via
#: e-mail``, ``Benachrichtigung bei weiteren Kommentaren per E-Mail senden.``, ``Ich möchte bei
#: Antworten zu meinen Kommentaren benachrichtigt werden.``, ``Beri tahu saya komentar baru melalui
#: email.``): in one short line, a word of notifying and a word of comments or replies, the
#: notifying in the reader's first person or opening the label. Stems, in the languages the rules
#: read and in Indonesian, whose WordPress comment forms are common.
_FOLLOW_UP_NOTIFY = lazy_pattern(
    r"notif|benachrichtig|avvis|av[ií]s[ae]|pr[ée]ven|beri\s?tahu|op\sde\shoogte|informe[zr]?-moi",
    re.IGNORECASE)
_FOLLOW_UP_COMMENTS = lazy_pattern(
    r"comment|coment|koment|kommentar|antwort|repl(?:y|ies)|r[ée]ponse|respuest|rispost|respost"
    r"|reactie", re.IGNORECASE)
#: The reader in the first person, as such a box speaks (``Notify me``, ``Avísame``, ``Ich
#: möchte``, ``Beri tahu saya``).
_FOLLOW_UP_READER = lazy_pattern(r"(?<!\w)(?:me|mich|ich|moi|mi|mij|saya)(?!\w)", re.IGNORECASE)
#: The most words of a follow-up box's label; the notifying word opens it within this many.
_FOLLOW_UP_WORDS, _FOLLOW_UP_OPENS = 20, 2


def follow_up_box(text: str) -> bool:
    """A comment form's follow-up box (see :data:`_FOLLOW_UP_NOTIFY`). A sentence reporting it
    (``she said``) is a story's, and so is one of a third person notifying (``The council will
    notify residents of comments by email``)."""
    if len(text) > 200 or len(text.split()) > _FOLLOW_UP_WORDS:
        return False
    notify = _FOLLOW_UP_NOTIFY.search(text)
    if notify is None or not _FOLLOW_UP_COMMENTS.search(text):
        return False
    opens = len(text[:notify.start()].split()) < _FOLLOW_UP_OPENS
    return (opens or bool(_FOLLOW_UP_READER.search(text))) and not (
        REPORTED.search(text) or FOREIGN_REPORTED.search(text))


#: A form's trap for spam robots: a hidden field whose label tells a human to leave it empty
#: (``Leave this field blank``, ``Bitte dieses Feld leer lassen``, ``Wenn du ein Mensch bist,
#: lasse das Feld leer:``), in the languages the rules read; the whole line.
_HONEYPOT = lazy_pattern(
    r"^(?:(?:please\s)?leave\sthis\sfield\s(?:blank|empty)(?:\sif\syou(?:['’]re|\sare)\s(?:a\s)?human)?"
    r"|this\sfield\s(?:should|must)\sbe\sleft\s(?:blank|empty)"
    r"|(?:bitte\s)?(?:dieses|das)\sfeld\s(?:bitte\s)?leer\slassen"
    r"|wenn\sdu\sein\smensch\sbist,?\slasse?\sdas\sfeld\sleer"
    r"|(?:laissez|laisser)\sce\schamp\svide|ne\spas\sremplir\sce\schamp"
    r"|(?:deja|dejar|deje)\seste\scampo\s(?:vacío|en\sblanco)"
    r"|(?:lascia|lasciare)\s(?:questo\scampo\svuoto|vuoto\squesto\scampo)|non\scompilare\squesto\scampo"
    r"|(?:deixe|deixar)\seste\scampo\s(?:em\sbranco|vazio)|não\spreencha\seste\scampo"
    r"|laat\sdit\sveld\sleeg|dit\sveld\sleeg\slaten)[.:!]?$",
    re.IGNORECASE)


def form_field(text: str) -> "Optional[re.Match[str]]":
    """The label of a form field (``Name *``, ``Website``, ``ZIP Code *``), or ``None``."""
    field = _FIELD.match(text) if len(text) <= 60 else None
    if field is not None and not (field.group("mark") or field.group("star")) \
            and field.group("name").lower() in _ADDRESS_FIELDS:
        return None
    return field


#: The count or toggle of a thread: ``Comments (11)``, ``11 Comments``, ``View Comments``.
_THREAD = lazy_pattern(
    r"^(?:\d+\s+)?(?:(?:view|show|hide|read|see|load|open|close)(?: all)? )?(?:\d+ )?"
    r"(?:comments?|replies|responses|reader comments)(?: \(\+?\d*\+?\))?(?: \(\+\))?"
    r"(?:\s*[(\[]\d+[)\]])?(?:\s*\d+)?:?$"
    r"|^\d+\s+(?:post )?comments?(?: \(\+\))?:?$"
    r"|^(?:one|no) (?:comments?|responses?|replies|reply)(?: yet)?$"
    # A thread's pager: ``Show 12 more replies``, ``Load more comments``.
    r"|^(?:show|view|load|see) (?:\d+ )?more (?:comments|replies)$"
    # Blogger's count under a post, with its colon (NL301 reads ``Keine Kommentare:`` and its
    # kind as a form's note already).
    r"|^(?:no comments|nenhum comentário|geen opmerkingen):$",
    re.IGNORECASE,
)
#: A blog theme's thread heading, a count of comments on the post's quoted title: "11 responses
#: to “Title”", "3 thoughts on “Title”", "Ein Gedanke zu „Titel“", "2 réflexions sur « Titre »",
#: "Un comentario en «Título»" (WordPress writes it so in every language it is translated to).
_THREAD_COUNT_ON = (
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|ein|eine|zwei|drei|une?|deux|trois"
    r"|uno|dos|tres|um|uma|dois|duas|één|een|twee|drie)\s+"
    r"(?:(?:responses?|comments?|replies|thoughts?|reactions?)\s+(?:to|on)"
    r"|(?:gedanken?|kommentare?|antworten|antwort)\s+(?:zu|auf)"
    r"|(?:réflexions?|commentaires?|réponses?)\s+(?:sur|à|a)"
    r"|(?:comentarios?|respuestas?|pensamientos?|comentários?|respostas?|opiniões|opinião)"
    r"\s+(?:en|a|sobre|em|para)"
    r"|(?:pensieri|pensiero|commenti|commento|risposte|risposta)\s+(?:su|a)"
    r"|(?:gedachten?|reacties|reactie)\s+(?:over|op))\s+"
)
_THREAD_HEADING = lazy_pattern(_THREAD_COUNT_ON + r"[“\"‘'«„‹]\s?.{1,200}$", re.IGNORECASE)
#: The same heading whose title lost its quotation marks (``One Response to Apple unveils iPad
#: mini``): a thread's only when the title is the page's.
_BARE_THREAD_HEADING = lazy_pattern(_THREAD_COUNT_ON + r"(?P<title>[^“\"‘'«„‹].{0,199})$", re.IGNORECASE)
#: What a blog theme writes in a comment thread or in a post's meta line, in every language it is
#: translated to: a pingback (``Pingback: Title | Blog``), and the note that comments are off on a
#: post (``Comments Off on Title``, ``Kommentare deaktiviert für Titel``).
_THREAD_NOTE = lazy_pattern(
    r"^(?:pingback|trackback)\s?:"
    r"|\b(?:comments off on|kommentare deaktiviert für|kommentare geschlossen für"
    r"|commentaires fermés sur|commentaires désactivés sur|comentarios desactivados en"
    r"|comentarios cerrados en|commenti disabilitati su|commenti chiusi su"
    r"|comentários desativados em|reacties uitgeschakeld voor)\s",
    re.IGNORECASE,
)
#: A view counter with its label: ``46677 views``, ``1.2K views``, ``1.234 Aufrufe``.
_VIEW_COUNT = lazy_pattern(
    r"^[\d.,]+\s?[kKmM]?\s(?:views|aufrufe|vues|visitas|visualizzazioni|visualizações|weergaven)$",
    re.IGNORECASE)
#: A page's hit counter: ``Hits: 1234``, ``You are visitor number 12345``, ``This page has been
#: viewed 1,234 times``. Each entry: how the line opens, and the rest of it (both patterns, read
#: case-blind; the trigger is made of the openers).
_HIT_COUNTS = (
    (r"(?:hits|visitors|visits|page ?views|views|besucher|zugriffe|visiteurs|visites|visitas|visite"
     r"|visitatori|visitantes|bezoekers)", r"\s*:\s*[\d.,\u00a0\u202f ]+"),
    (r"you are (?:visitor|guest)", r" (?:number |no\.? ?|# ?)?[\d.,]+\.?"),
    (r"sie sind (?:der )?besucher", r" (?:nr\.? ?|nummer )?[\d.,]+\.?"),
    (r"this (?:page|site) has been (?:visited|viewed|accessed)", r" [\d.,]+ times(?: since .{1,40})?\.?"),
)
#: The fixed wording of discussion-forum software around a thread's posts (phpBB, vBulletin and
#: their kin): a post's header fields (``Originally Posted by NAME``, ``Join Date: Jan 2005``,
#: ``Posts: 1,234``, ``Post subject: …``, ``Last edited by NAME; …``) and the thread's frame
#: (``Who is online``, ``Users browsing this forum: …``, ``You cannot post new topics in this
#: forum``, ``BB code is On``, ``Similar Threads``, ``Post new topic``, ``Goto page 1, 2 Next``,
#: ``Reply With Quote``); entries as in :data:`_HIT_COUNTS`.
_FORUM_LINES = (
    (r"originally posted by", r"\s+\S.{0,40}"), (r"quote", r"\s*:"),
    (r"join(?:ed)? date", r"\s*:\s*\S.{0,20}"), (r"posts", r"\s*:\s*[\d.,]+"),
    (r"post subject", r"\s*:.{0,100}"), (r"last edited by", r"\s+\S.{0,40}?(?:;|\bon\b|\bat\b).{0,60}"),
    (r"who is online", r""), (r"users browsing this (?:forum|thread|topic)", r"\s*:.{0,100}"),
    (r"currently active users viewing this thread", r"\s*:.{0,80}"),
    (r"you (?:cannot|can ?not|may not|can) (?:post new (?:topics|threads)|post replies|reply to"
     r" (?:topics|threads)|edit your posts|delete your posts|post attachments|vote in polls)", r"\b.{0,30}"),
    (r"(?:bb ?code|smilies|\[img\] code|\[video\] code|html code|refbacks|pingbacks|trackbacks)"
     r" (?:is|are) (?:on|off)", r""),
    (r"similar threads|posting rules|forum rules", r""), (r"display posts from previous", r"\s*:.{0,160}"),
    # Disqus's frame around its comments.
    (r"log in with", r""), (r"or sign up with disqus", r"\s*\??"), (r"add disqus to your site", r""),
    (r"disqus['’]s? privacy policy", r""),
    # vBulletin's menu under a poster's name.
    (r"view (?:public )?profile", r""), (r"send (?:a )?private message(?: to)?", r"(?:\s+\S.{0,40})?"),
    (r"add", r"\s+\S.{0,40}\s+to your (?:contacts|buddy list|ignore list)"),
    # A post's number and its date and time over it (``#2 03-04-2008, 10:15 AM``).
    (r"#\d{1,5}", r"\s+\d{1,2}[-./]\d{1,2}[-./](?:\d\d){1,2},?\s+\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?"),
    (r"find (?:all|more) posts by", r"\s+\S.{0,40}"), (r"visit [^\n]{1,40}['’]s homepage!?", r""),
    # phpBB's and vBulletin's frame around a topic: its header menu and buttons, the pager, the
    # columns of the post table, a post's header fields, the thread's tools.
    (r"joined", r"\s*:\s*\S.{0,20}"), (r"faq search memberlist", r".{0,60}"),
    (r"(?:profile )?log in to check your private messages", r".{0,20}"),
    (r"go ?to page", r"\s*\d[\d ,.…]*(?:\s*next)?"), (r"post new (?:topic|thread)", r"(?:\s+reply to (?:topic|thread))?"),
    (r"reply to (?:topic|thread)", r""), (r"author message", r""), (r"jump to", r"\s*:\s*select a forum"),
    (r"posted", r"\s*:.{1,60}?\s+post subject\s*:.{0,100}"),
    # The board's statistics under its index (``Threads: 1,234``, ``Online now: 12 guests, 3
    # members``, ``Newest member: jdoe``, ``In total there are 5 users online :: …``).
    (r"(?:threads|topics|total (?:posts|members|topics|threads)|users online|guests online"
     r"|members online|online now)", r"\s*:\s*[\d.,]+(?:\s+\w+)?(?:,\s*[\d.,]+(?:\s+\w+)?){0,3}"),
    (r"newest member", r"\s*:?\s*\S.{0,40}"), (r"who['’]s online", r"\s*\??"),
    (r"most users ever online was", r".{0,80}"), (r"our members have made a total of", r".{0,60}"),
    (r"we have [0-9.,]+ registered (?:users|members)", r".{0,40}"),
    (r"in total there (?:is|are) [0-9.,]+ users? online", r".{0,160}"),
    (r"thread tools|display modes|rate this thread|search this thread|show printable version"
     r"|linear mode|switch to (?:hybrid|threaded|linear) mode|reply with quote|multi-quote this message"
     r"|quick reply|quick navigation", r""),
    # … and the same furniture as the software writes it in the other languages the rules read.
    (r"registriert seit", r"\s*:.{1,20}"), (r"beiträge", r"\s*:\s*[\d.,]+"), (r"zitat von", r"\s+\S.{0,40}"),
    (r"zitat", r"\s*:"), (r"wer ist online", r"\s*\??"), (r"du kannst keine neuen themen", r" .{0,40}"),
    (r"alle zeiten sind (?:utc|gmt|mez|mesz)", r".{0,20}"), (r"forum-regeln", r""),
    (r"inscrit le", r"\s*:.{1,30}"), (r"messages", r"\s*:\s*[\d.,\u00a0\u202f ]+"),
    (r"qui est en ligne", r"\s*\??"), (r"sujets similaires", r""),
    (r"vous ne pouvez pas (?:poster|répondre|éditer|supprimer)", r" .{0,60}"),
    (r"registrado", r"\s*:.{1,20}"), (r"mensajes", r"\s*:\s*[\d.,]+"),
    (r"¿?quién está conectado", r"\s*\??"), (r"temas similares", r""),
    (r"no puede (?:abrir|responder|editar|borrar)", r" .{0,60}"), (r"chi c'è in linea", r"\s*\??"),
    (r"discussioni simili", r""), (r"quem está ligado", r"\s*\??"), (r"tópicos semelhantes", r""),
    (r"wie is er online", r"\s*\??"),
)


def _whole_lines(entries: tuple[tuple[str, str], ...]) -> "re.Pattern[str]":
    """The lines one of ``entries`` (opener, rest) is the whole of."""
    return compile_pattern("^(?:" + "|".join(opener + rest for opener, rest in entries) + ")$",
                           re.IGNORECASE)


_HIT_COUNT = _whole_lines(_HIT_COUNTS)
_FORUM = _whole_lines(_FORUM_LINES)
#: A reply button with its count, as comment widgets print it (``924Reply``, ``3 Replies``,
#: ``1000 Antworten``), the whole line, in the languages the rules read.
_REPLY_COUNT = lazy_pattern(r"^\d{1,6}\s?(?:reply|replies|antwort|antworten|réponses?|respuestas?|risposte"
                            r"|respostas?|reacties)$", re.IGNORECASE)
#: A comment's two buttons, to reply and to delete, as Blogger prints them under each comment and
#: a scrape glues them (``ReplyDelete``, ``AntwortenLöschen``).
_REPLY_DELETE = lazy_pattern(r"^(?:reply|antworten|répondre|responder|rispondi|beantwoorden)\s?"
                             r"(?:delete|löschen|supprimer|eliminar|elimina|excluir|verwijderen)$",
                             re.IGNORECASE)
#: A number alone on a line, as a comment, share or view counter leaves it.
_LONE_COUNT = lazy_pattern(r"^\s*\d{1,4}\s*$")
#: The numbers read as years when they stand in a column.
_YEARS = (1800, 2100)
#: A clock time or a year: the line before a counter may be the story's stamp.
_STAMP_MARK = lazy_pattern(r"\d{1,2}:\d\d|\b(?:19|20)\d\d\b")
#: A comment's header: a user name and ``says:`` / ``wrote:``.
_SAYS = lazy_pattern(r"^(?P<name>\S(?:.{0,40}\S)?)\s+(?:says|said|wrote|writes|commented"
                     # A comment's header in the other languages the rules read ("NAME sagt:").
                     r"|sagt|schreibt|meint|kommentierte|dit|écrit|dice|escribe|scrive|diz|disse"
                     r"|escreveu|zegt|schreef|schrijft)(?::|\s?\.\.\.|\s?…)$")
#: First words of a sentence, not of a user name: "He says:", "The report says:".
_NOT_A_USER = frozenset(
    "he she it they we i you this that the a an his her their its our who which what one source "
    "sources official officials statement report spokesman spokeswoman spokesperson "
    # … and in the other languages: "Er sagt:", "Il dit :", "Ella dice:"
    "er sie es wir ihr man der die das dieser diese ein eine il elle on nous vous ils elles le la "
    "él ella ellos ellas lui lei loro ele ela eles elas hij zij wij het de een".split())


class CommentForm(LineRule):
    """A stock line of a comment form or comment policy.

    What it flags:
        A line that opens with a comment form's stock phrase: ``Leave a Reply``, ``Your email
        address will not be published.``, ``Required fields are marked *``, ``Save my name,
        email, and website …``, ``You must log in to post a comment.``, ``Note: we are
        temporarily moderating all comments …``; or a line holding a form phrase that is never
        the story's (``Your email address will not be published``) after another label the
        extractor glued to it; or the label of a form field, marked required (``Name *``,
        ``E-Mail (wird nicht veröffentlicht)``) or beside another field's (``Website``); or the
        login state the form shows, as a sentence opening the line (``You are not logged in.``,
        ``Sie sind aktuell nicht eingeloggt.``), or a sentence telling the reader to log in that
        also speaks of commenting (``Um … kommentieren zu können, müssen Sie eingeloggt sein.``),
        in the languages the rules read; or, in a line of fifteen words at most, a reader-feedback
        widget's question or call (``Was this article helpful?``, ``Fanden Sie diesen Artikel
        hilfreich?``, ``Artikel bewerten``, ``(Noch keine Bewertungen)``); Drupal's help under
        its comment box (``Lines and paragraphs break automatically.``, ``Zeilenumbrüche und
        Absätze werden automatisch erzeugt.``) and the note on its e-mail field (``Der Inhalt
        dieses Feldes wird nicht öffentlich zugänglich angezeigt.``), WordPress's link to cancel a
        reply (``Click here to cancel reply.``) and the placeholders of the comment widgets of
        WordPress.com, Disqus and Facebook (``Loading Comments...``, ``comments powered by
        Disqus``) and the account WordPress.com's form says a reader comments with, with its two
        links (``You are commenting using your Google account. ( Log Out / Change )``, ``Du
        kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )``); the box to tick
        for the thread's follow-ups, a line of twenty words at most that speaks of notifying, in
        the reader's first person or as the label's first word, and of comments or replies
        (``Notify me of followup comments via e-mail``, ``Benachrichtigung bei weiteren
        Kommentaren per E-Mail senden.``, ``Ich möchte bei Antworten zu meinen Kommentaren
        benachrichtigt werden.``), unless a third person notifies or the line reports it; the label of a
        form's trap for spam robots, the whole line, in the languages
        the rules read (``Leave this field blank``, ``Bitte dieses Feld leer lassen``). A form's heading
        beside its cancel link (``Hinterlassen Sie einen Kommentar Antworten abbrechen``) is
        one line of the form. The comment section's rules, wherever the sentence stands in a
        line of at most 80 words: what happens to comments (``Comments are moderated.``, ``Some
        comments may be republished in the newspaper``), what they must be (``We ask that
        comments are civil``), the site's right to delete them or block their writers, the reader
        told to keep the community or submission guidelines, and the head of a list of what gets
        a comment deleted (``A user comment will be deleted if it:``) with its items; the same in
        German, French and Spanish (``Die Kommentarfunktion wird 2 Tage nach
        Veröffentlichungsdatum geschlossen``, ``halten Sie sich an unsere Netiquette``, ``Les
        commentaires sont modérés``); a policy's heading (``Community standards``, ``House
        rules``, ``Netiquette``) beside such a line. A sentence that reports a policy (*said*,
        *according to*, *teilte mit*, *selon*, *según*) is a story's, and so is a regulator's
        call for comments (``comments must be submitted by March 1``).

    Why it matters:
        The comment form is the page's furniture: in the text it reads as an invitation from the
        writer, and it tells a reader (or a model trained on the text) that this is a blog page.

    Example:
        ``Leave a Reply`` · ``Your email address will not be published.``
    """

    code = "NL301"
    fix = Fixable("remove-line", safe=True)
    name = "comment-form"
    summary = "A comment form's stock line (Leave a Reply, Your email address will not be published)"
    examples = {
        "flag": ["Your email address will not be published."],
        "pass": ["A spokeswoman for Neumann declined to comment."],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL301")
    trigger = r"^" + _BULLET + first_words(
        "leave a", "post a", "post comment", "add a comment", "add your comment", "write a comment",
        "submit", "cancel reply", "your email", "your comment", "required fields", "fields marked",
        "save my name", "notify me", "you must", "log in to", "login to", "sign in to", "please log",
        "please sign", "please enable", "comment", "be the first", "join the", "tell us",
        "have your say",
        "all comments", "thank you", "note: we", "we are", "we moderat", "by submitting", "by posting",
        "community", "click here to", "the comments", "the views expressed", "share what",
        "share or comment", "do you want", "your comment", "this site uses", "please enter",
        "you have entered", "login or", "log in or", "sign in or", "discuss this", "lines and paragraphs",
        "web page addresses", "allowed", "more information about", "no html", "no HTML",
        "all fields are required", "loading comments", "write a", "facebook comments",
        "you may use these", "here's what", "heres what", "why not add", "who is this week",
        "fill in your details", "there was an error trying", "one or more fields",
        "house rules", "netiquette", "diskussionsregeln", "kommentarregeln") + (
        "|" + COMMENT_FORM.line_start_trigger() + "|" + COMMENT_FORM.phrase_trigger()
        # (``Enable JavaScript to view comments``: the brand's capitals are its own.)
        + "|" + r"^[ \t]*(?i:enable[ \t]javascript[ \t]to[ \t]view)"
        # A field's label is the whole of a short line.
        + "|" + r"^[ \t]*" + first_words(*sorted({name.split()[0]
                                                   for name in _FIELD_NAMES + _ADDRESS_FIELDS}))
        + r"[^\n]{0,50}(?:\n|\Z)"
        # A form's trap for spam robots, and a thread closed in so many words.
        + "|" + r"(?i:leave[ \t]this[ \t]field|this[ \t]field[ \t](?:should|must)|feld[ \t]leer"
        r"|feld[ \t]bitte[ \t]leer|ce[ \t]champ|este[ \t]campo|questo[ \t]campo|campo[ \t]vuoto"
        r"|dit[ \t]veld|(?:article|story|post|entry|thread|discussion)[ \t](?:is|has[ \t]been)[ \t]"
        r"(?:now[ \t])?closed)"
        # The account a reader comments with (WordPress.com's form).
        + "|" + r"^[ \t]*(?:(?i:you[ \t]are[ \t]commenting|du[ \t]kommentierst|sie[ \t]kommentieren[ \t]mit"
        r"|vous[ \t]commentez|stai[ \t]commentando|je[ \t]reageert[ \t]onder)|Est[áa]s[ \t]comentando"
        r"|Voc[êe][ \t]est[áa][ \t]comentando)"
        # Drupal's help and note under its comment box, in German too, and WordPress's cancel link.
        + "|" + r"^[ \t]*(?i:weitere[ \t]informationen[ \t]|zeilenumbr|der[ \t]inhalt[ \t]dieses[ \t]feldes"
        r"|the[ \t]content[ \t]of[ \t]this[ \t]field|hier[ \t]klicken,)"
        # The box to tick for the thread's follow-ups.
        # (Case-blind on ASCII letters only, as every engine reads it: the accented ones spelled.)
        + "|" + r"(?i:notif|benachrichtig|avvis|avis[ae]|preven|beri[ \t]?tahu|op[ \t]de[ \t]hoogte"
        r"|informe[zr]?-moi)|(?i:av)[íÍ](?i:s[ae])|(?i:pr)[éÉ](?i:ven)"
        # The login state the form shows, and a reader told to log in to comment.
        + "|" + LOGGED_OUT.line_start_trigger() + "|" + LOGIN_REQUIRED.whole_phrase_trigger()
        # A reader-feedback widget: its phrases are of common words, spelled out whole.
        + "|" + READER_FEEDBACK.whole_phrase_trigger()
        # A comment section's rules, anywhere in the line.
        + "|" + r"(?i:comments? (?:posted )?(?:are|is|will be|may be|can be|might be|could be) "
        r"(?:pre-?)?(?:moderated|deleted|removed|reviewed|edited|screened)"
        r"|the right to (?:delete|remove|edit|block|ban|moderate|refuse|reject|not publish)"
        r"|(?:community|comment|commenting|discussion|forum|submission|posting|user) "
        r"(?:guidelines|standards|rules|polic)|users are obliged"
        rf"|{_COMMENTS_MUST_BE}|{_COMMENTS_MAY_BE}|{_OUR_RULES_DE}"
        r"|kommentarfunktion (?:wird|ist)|kommentare (?:werden|wird)"
        r"|les commentaires (?:sont|seront)|los comentarios (?:son|serán|están)"
        r"|(?:comments|views|opinions) expressed (?:here|below|in (?:the |these |our )?(?:reader |readers' |user )?comment)"
        r"|comments (?:are|represent|reflect) (?:the|solely|only) )")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text).lstrip("•·|*>»›-–— ")
        if _POLICY_ITEM.match(text.strip()) and _policy_list_head(line) is not None:
            return  # an item of a policy's list: flagged from the list's head
        if len(text) <= 600 and _policy(text):
            yield hit(line, "comment section's rules left in the text")
            if text.rstrip().endswith(":"):
                item = line.neighbour(1)
                for _ in range(_POLICY_ITEMS):
                    if item is None or not _POLICY_ITEM.match(flat(item.text).strip()):
                        break
                    yield hit(item, "comment section's rules left in the text")
                    item = item.neighbour(1)
            return
        if len(text) > 300:
            return
        if text.strip().lower() in _POLICY_HEADINGS and any(
                _policy(flat(other.text)) for other in neighbours(line)):
            yield hit(line, "comment section's rules left in the text")
            return
        if _FORM.match(text) or _FORM_ANYWHERE.search(text):
            yield hit(line, "comment form left in the text")
            return
        if _HONEYPOT.match(text.strip()):
            yield hit(line, "form's field for spam robots left in the text")
            return
        if _COMMENTING_AS.match(text.strip()):
            yield hit(line, "comment form's account line left in the text")
            return
        if follow_up_box(text):
            yield hit(line, "comment form's box for the thread's follow-ups left in the text")
            return
        field = form_field(text)
        if field is not None:
            # A label marked required is a form's; a bare one (``Website``) only beside another.
            if field.group("mark") or field.group("star") or any(
                    form_field(flat(other.text)) or _FORM.match(flat(other.text))
                    for other in neighbours(line)):
                yield hit(line, f"form field “{text}” left in the text")
            return
        language = article
        if COMMENT_FORM.label(text, language) or COMMENT_FORM.phrase(text, language) or (
                len(text.split()) <= 60 and COMMENT_FORM.opener(text, language)):
            yield hit(line, "comment form left in the text")
            return
        if LOGGED_OUT.opener(text, language) or (
                len(text.split()) <= 60 and LOGIN_REQUIRED.phrase(text, language)
                and COMMENTING.phrase(text, language)):
            yield hit(line, "comment form's login notice left in the text")
            return
        if len(text.split()) <= 15 and READER_FEEDBACK.phrase(text, language):
            yield hit(line, "reader-feedback widget (was this helpful, rate this) left in the text")


class CommentThread(LineRule):
    """The count, toggle or a comment header of the page's comment thread.

    What it flags:
        A line that is only a comment count or toggle (``Comments (11)``, ``11 Comments``, ``View
        Comments``, ``3 Comments:``, Blogger's ``No comments:``) or a blog's thread heading, the count on the post's quoted
        title (``3 thoughts on “Title”``, ``Ein Gedanke zu „Titel“``, or without the quotation
        marks when the title is the page's own), a pingback, or a post's note
        that its comments are off (``Comments Off on Title``), a view or hit counter (``46677
        views``, ``Hits: 1234``, ``You are visitor number 12345``); a discussion forum's fixed
        wording around its posts (``Originally Posted by NAME``, ``Join Date: Jan 2005``, ``Users
        browsing this forum: …``, ``Wer ist online?``, ``Post new topic``, ``Goto page 1, 2 Next``,
        ``Reply With Quote``, Blogger's reply and delete buttons under a comment, glued:
        ``ReplyDelete``) and the board's statistics (``Online now: 12 guests, 3 members``,
        ``Newest member: jdoe``); a number alone between two paragraphs of
        prose (or after the story's stamp), a counter of comments, shares or views, unless it is one
        of a numbered sequence, a table's cell or a footnote mark; a thread's controls as comment
        software writes them (``Log in to Reply``, ``Newest first``, ``Report abuse``, ``Load more
        comments``, ``Trackbacks/Pingbacks``, ``Zum Antworten anmelden``, a reply button with its
        count: ``924Reply``, ``1000 Antworten``); or a comment's header — a user
        name followed by ``says:`` (or a capitalised name and ``said...``, as Blogger writes it) —
        where a date stamp, another header or a comment form stands next to it or it sits in the
        last third of the text.

    Why it matters:
        Readers' comments are not the article: kept in the text they attribute strangers' words
        to the publication.

    Example:
        ``Comments (11)`` · ``6ringsandarapist says:``
    """

    code = "NL302"
    fix = Fixable("remove-line", safe=True)
    name = "comment-thread"
    summary = "A comment count, toggle or commenter header (Comments (11), NAME says:)"
    examples = {
        "flag": ["Comments (11)"],
        "pass": ["Post Comment (+)"],
    }
    languages = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
    measured = figures("NL302")
    trigger = (r"omment|OMMENT|eplies|EPLIES|esponses|ESPONSES|says:|said:|wrote:|writes:|ommented:"
               r"|^[ \t]*(?i:geen[ \t]opmerkingen|nenhum[ \t]comentário):"
               r"|said\.\.\.|said …|said…|says\.\.\.|wrote\.\.\."
               r"|(?i:thoughts? on|response to|ingback|rackback|deaktiviert für|comments off|"
               r"fermés sur|désactivés sur|desactivados en|cerrados en|disabilitati su|chiusi su"
               r"|desativados em|uitgeschakeld voor|[0-9kKmM] views|[0-9kKmM] aufrufe|[0-9kKmM] vues"
               r"|[0-9kKmM] visitas|[0-9kKmM] visualiz|[0-9kKmM] weergaven|gedanken? zu|réflexions? sur"
               r"|pensamientos? sobre|pensieri su"
               r"|pensiero su|gedachten? over|respuestas? a|opiniões sobre)"
               # A forum's furniture and a page's hit counter open the line (a branch of their own:
               # one led by the line's start costs the exact scan nothing on other lines).
               r"|^[ \t•·|*>»›\-–—]*(?i:" + "|".join(opener for opener, _ in _FORUM_LINES + _HIT_COUNTS)
               + ")"
               r"|[ \t](?:sagt|schreibt|meint|kommentierte|dit|[ée]crit|dice|escribe|scrive|diz|disse"
               r"|escreveu|zegt|schreef|schrijft):[ \t]*(?:\n|\Z)"
               r"|^[ \t•·|*>»›\-–—]*(?:[Rr]eply|REPLY)[ \t]*(?:\n|\Z)|" + COMMENT_THREAD.line_start_trigger()
               + r"|^[ \t]*(?i:one|no)[ \t]+(?i:response|reply)[ \t]*(?:\n|\Z)"
               + r"|(?i:kommentar|commentaire|comentario|commenti|coment|reactie|komentarz)|[rR][éÉeE](?i:action)"
               + r"|^[ \t]*[0-9]{1,4}[ \t]*(?:\n|\Z)"
               # A comment's reply and delete buttons, glued: ``ReplyDelete``, ``AntwortenLöschen``.
               + r"|^[ \t]*(?i:reply|antworten|responder|rispondi|beantwoorden)[ \t]?[DdLlEeVv]"
               + r"|^[ \t]*(?:R[ée]pondre|R[ÉE]PONDRE)[ \t]?[Ss]"
               # A reply button with its count: ``924Reply``, ``1000 Antworten``.
               + r"|^[ \t]*[0-9]{1,6}[ \t]?(?:(?i:repl|antwort|respuesta|rispost|resposta|reactie)|[Rr][ée]ponse"
                 r"|R[ÉE]PONSE)"
               # Chinese, Japanese and Korean comment links with their counts.
               + r"|^[ \t]*(?:我要|网友|網友)?(?:评论|評論|留言|跟帖|コメント|댓글)|[0-9][ \t]*(?:条评论|條評論|则评论"
                 r"|則評論|件のコメント|개의[ \t]댓글)")

    @staticmethod
    def _bare_thread_heading(text: str, article: Article) -> bool:
        """``One Response to Apple unveils iPad mini``: a thread's heading without its quotation
        marks, known by the title being the page's own."""
        heading = _BARE_THREAD_HEADING.match(text)
        if heading is None:
            return False
        title = heading.group("title").strip()
        return title == page_title(article) or repeats_title(article, title)

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = flat(line.text).strip("•·|*>»›-–—→ ")
        if len(text) <= 260:  # a heading quotes the post's title, however long
            if _THREAD_HEADING.match(text) or self._bare_thread_heading(text, article):
                shown = text if len(text) <= 60 else text[:60] + "…"
                yield hit(line, f"comment thread heading “{shown}” left in the text")
                return
            if _THREAD_NOTE.search(text):
                yield hit(line, "comment thread note (a pingback, comments off) left in the text")
                return
            if _FORUM.match(text):
                shown = text if len(text) <= 40 else text[:40] + "…"
                yield hit(line, f"discussion forum's furniture “{shown}” left in the text")
                return
        if len(text) > 60:
            return
        if _VIEW_COUNT.match(text) or _HIT_COUNT.match(text):
            yield hit(line, f"view counter “{text}” left in the text")
            return
        if _THREAD.match(text) or text.lower() == "reply" or COMMENT_COUNT.match(text) or \
                _REPLY_COUNT.match(text) or _REPLY_DELETE.match(text) or COMMENT_THREAD.label(text, article):
            yield hit(line, f"comment thread marker “{text}” left in the text")
            return
        if _LONE_COUNT.match(text):
            if self._is_counter(line, int(text)):
                yield hit(line, f"lone counter “{text}” left in the text (a widget's count of "
                                f"comments, shares, views or photos)")
            return
        says = _SAYS.match(text)
        if says and not text.endswith(":") and not all(
                word[:1].isupper() for word in says.group("name").split()[:3]):
            says = None  # "NAME said ..." (a blog's comment header) only after a name in capitals
        if says and self._is_commenter(says.group("name"), line):
            yield hit(line, "commenter header (NAME says:) left in the text")

    @staticmethod
    def _is_counter(line: Line, value: int) -> bool:
        """A number alone between two paragraphs of prose (or a stamp and prose) is a widget's
        count. Not one of a numbered sequence (``1`` / ``2`` heading a list's items), nor a
        table's cell (a short neighbour), nor a footnote mark (``(`` / ``1`` / ``).``)."""
        before, after = line.neighbour(-1), line.neighbour(1)
        if before is None or after is None or not after.words_at_least(6):
            return False
        if before.text.rstrip().endswith(("(", "[", ",")) or after.text.lstrip()[:1] in ").,;:%]":
            return False
        if not before.words_at_least(6) and not _STAMP_MARK.search(before.text):
            return False
        numbers = per_article(line.article, "lone-numbers", lambda article: {
            int(other.text) for other in article.paragraphs() if _LONE_COUNT.match(other.text)})
        if value - 1 in numbers or value + 1 in numbers:
            return False
        # A year among other years a few paragraphs apart is a table's column flattened into
        # lines (a film, its year, what it is about), not a count.
        return not (_YEARS[0] <= value <= _YEARS[1] and any(
            _LONE_COUNT.match(other.text) and _YEARS[0] <= int(other.text) <= _YEARS[1]
            for other in neighbours(line, 4)))

    @staticmethod
    def _is_commenter(name: str, line: Line) -> bool:
        words = name.split()
        if not 1 <= len(words) <= 4 or words[0].lower() in _NOT_A_USER:
            return False
        if 3 * line.ordinal >= 2 * line.article.paragraph_count:
            return True
        for other in neighbours(line, 2):
            text = flat(other.text)
            if timestamp_shape(text, line.article) == "date" or _SAYS.match(text) or _FORM.match(text):
                return True
        return False


@hookimpl
def newslint_rules():
    return [CommentForm, CommentThread]
