"""Page furniture every site shares, one line after a story, in the languages the rules read; and
whole pages of the older web.

Each line below stands alone after three paragraphs of a story in its language, the way an
extractor leaves it, and some NL2xx or NL3xx rule must flag it, and no line of the story. The lines are the interface texts of common CMS themes, consent tools, blog
and forum software (their wording is fixed by the software, not by one site): a regression here
means a rule lost a whole family of pages, on any site that runs that software."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.settings import Settings

STORIES = {
    "en": (
        (
            "The city council voted on Tuesday to approve a new budget that includes funding for road"
            " repairs and public parks across the district, officials said."
        ),
        (
            "Mayor Jane Smith said the plan would help residents and businesses recover after a "
            "difficult year, and promised that work would begin in the spring."
        ),
        (
            "Opponents argued that the budget relied too heavily on one-off grants and warned that "
            "the city could face a shortfall next year if they are not renewed."
        ),
    ),
    "de": (
        (
            "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der Geld für die "
            "Reparatur von Straßen und für die öffentlichen Parks im ganzen Bezirk vorsieht."
        ),
        (
            "Die Bürgermeisterin sagte, der Plan werde den Bürgern und den Betrieben nach einem "
            "schwierigen Jahr helfen, und versprach, dass die Arbeiten im Frühjahr beginnen."
        ),
        (
            "Die Opposition kritisierte, dass der Haushalt zu sehr auf einmalige Zuschüsse setze, und"
            " warnte vor einem Defizit im nächsten Jahr, wenn diese nicht verlängert werden."
        ),
    ),
    "fr": (
        (
            "Le conseil municipal a approuvé mardi un nouveau budget qui prévoit des fonds pour la "
            "réparation des routes et pour les parcs publics dans tout le quartier."
        ),
        (
            "La maire a déclaré que ce plan aiderait les habitants et les entreprises à se relever "
            "après une année difficile, et a promis que les travaux commenceraient au printemps."
        ),
        "L'opposition a estimé que le budget dépendait trop de subventions ponctuelles et a mis en garde contre un déficit l'an prochain si elles ne sont pas renouvelées.",
    ),
    "es": (
        (
            "El ayuntamiento aprobó el martes un nuevo presupuesto que incluye fondos para la "
            "reparación de carreteras y para los parques públicos de todo el distrito."
        ),
        (
            "La alcaldesa dijo que el plan ayudará a los vecinos y a las empresas a recuperarse "
            "después de un año difícil, y prometió que las obras empezarán en la primavera."
        ),
        (
            "La oposición afirmó que el presupuesto depende demasiado de subvenciones puntuales y "
            "advirtió de un déficit el próximo año si no se renuevan."
        ),
    ),
    "it": (
        (
            "Il consiglio comunale ha approvato martedì un nuovo bilancio che prevede fondi per la "
            "riparazione delle strade e per i parchi pubblici in tutto il quartiere."
        ),
        (
            "La sindaca ha detto che il piano aiuterà i cittadini e le imprese a riprendersi dopo un "
            "anno difficile, e ha promesso che i lavori inizieranno in primavera."
        ),
        (
            "L'opposizione ha sostenuto che il bilancio dipende troppo da contributi una tantum e ha "
            "avvertito che la città potrebbe avere un deficit il prossimo anno."
        ),
    ),
    "pt": (
        (
            "A câmara municipal aprovou na terça-feira um novo orçamento que inclui verbas para a "
            "reparação de estradas e para os parques públicos de todo o distrito."
        ),
        (
            "A presidente da câmara disse que o plano vai ajudar os moradores e as empresas a "
            "recuperar depois de um ano difícil, e prometeu que as obras começam na primavera."
        ),
        (
            "A oposição afirmou que o orçamento depende demasiado de subsídios pontuais e avisou que "
            "a cidade pode ter um défice no próximo ano se não forem renovados."
        ),
    ),
    "nl": (
        (
            "De gemeenteraad heeft dinsdag een nieuwe begroting goedgekeurd met geld voor het herstel"
            " van wegen en voor de openbare parken in de hele wijk, zeggen ambtenaren."
        ),
        (
            "De burgemeester zei dat het plan bewoners en bedrijven zal helpen herstellen na een "
            "moeilijk jaar, en beloofde dat het werk in het voorjaar begint."
        ),
        (
            "De oppositie vond dat de begroting te veel afhangt van eenmalige subsidies en "
            "waarschuwde dat de stad volgend jaar een tekort kan hebben als die niet worden verlengd."
        ),
    ),
}

FURNITURE = {
    "en": (
        "Skip to content",
        "Search",
        "Close",
        "Log in",
        "Sign up",
        "Home",
        "Back to top",
        "Print",
        "Share",
        "Previous article",
        "Next article",
        "Tags: budget, council",
        "Related articles",
        "Most read",
        "Privacy Policy",
        "Terms of Use",
        "All rights reserved.",
        "Read more",
        "Read also",
        "You may also like",
        "Advertisement",
        "Subscribe",
        "Comments",
        "Leave a comment",
        "Reading time: 3 minutes",
        "3 min read",
        "Share this article",
        "Previous post",
        "Next post",
        "Published March 12, 2021",
        "Published on March 12, 2021",
        "March 12, 2021",
        "12.03.2021",
        "Forgot your password?",
        "Forgot password?",
        "Remember me",
        "Lost your password?",
        "Report an error",
        "Report a correction",
        "Report this ad",
        "Accept",
        "Accept all",
        "Accept cookies",
        "One thought on “Budget approved”",
        "2 thoughts on “Budget approved”",
        "One comment",
        "One response to “Budget approved”",
        "No comments yet",
        "Home > News > Politics",
        "Home » Blog » City council approves budget",
        "You are here: Home / News / Politics",
        "Home / News",
        "Home › Local › Budget",
        "Posted in News, Politics",
        "Filed under: News",
        "Categories: Local news",
        "Share this:",
        "Like this:",
        "Like Loading...",
        "Related",
        "Email this page",
        "Print this page",
        "Font size",
        "Listen to this article",
        "0 shares",
        "123 views",
        "Page 1 of 3",
        "1 2 3 Next »",
        "« Previous 1 2 3 Next »",
        "Copyright 2021 The Daily News. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Follow us on Twitter @dailynews",
        "Follow @dailynews",
        "Photo: John Doe/The Daily News",
        "Click to enlarge",
        "Advertisement - Continue Reading Below",
        "Story continues below advertisement",
        "Sponsored content",
        "Trending now",
        "Don't miss",
        "Editor's picks",
        "Most popular",
        "Latest news",
        "Watch: Mayor speaks about budget",
        "RELATED: Council approves spending plan",
        "MORE: Budget news",
        "Printer-friendly version",
        "Printer friendly version",
        "Print this article",
        "Email this article",
        "Send to a friend",
        "E-mail to a friend",
        "Bookmark this page",
        "Add to favorites",
        "Top of page",
        "Return to top of page",
        "Last updated: 12 March 2007",
        "Last modified: March 12, 2007",
        "Powered by WordPress",
        "Powered by vBulletin",
        "Site designed by Acme Web Design",
        "Valid XHTML 1.0",
        "Site map",
        "Sitemap",
        "Contact the webmaster",
        "Disclaimer",
        "Terms and conditions",
        "Home | About | Contact",
        "[ Home ] [ About ] [ Contact ]",
        "Home - About - Contact",
        "Search this site",
        "Search:",
        "Go",
        "Login | Register",
        "Welcome, Guest",
        "You are not logged in.",
        "Posted by John at 10:05 AM",
        "Labels: politics, budget",
        "Newer Post Older Post Home",
        "Subscribe to: Post Comments (Atom)",
        "Links to this post",
        "Trackback URL",
        "Digg this",
        "Add to del.icio.us",
        "Stumble it",
        "Reply with quote",
        "Report post",
        "Back to forum",
        "Thread Tools",
        "Display Modes",
        "All times are GMT. The time now is 10:05 AM.",
        "Photo: Getty Images",
        "AP Photo",
        "(AP Photo)",
        "Getty Images/iStockphoto",
        "Image: Shutterstock",
        "Photograph: Alamy",
        "Credit: Reuters",
        "Photo by John Doe on Unsplash",
        "Image via Wikimedia Commons",
        "Picture: PA",
        "Pic: Getty",
        "(Photo by Chip Somodevilla/Getty Images)",
        "Photo credit should read JOHN DOE/AFP via Getty Images",
        "Illustration by Jane Doe",
        "Photo illustration: The Daily News",
        "AFP/Getty Images",
        "EPA/JOHN DOE",
        "Xinhua/Li Ming",
        "PTI Photo",
        "ANI Photo",
        "Photo: Twitter",
        "Image: Twitter/@user",
        "Screenshot: YouTube",
        "Courtesy photo",
        "Submitted photo",
        "Contributed photo",
        "File photo",
        "Staff photo by John Doe",
        "Photo by Jane Smith | The Daily News",
        "John Doe/The Daily News via AP",
        "Foto: Michael Kappeler/dpa",
        "Foto: Kay Nietfeld/dpa",
        "Bild: imago images/Future Image",
        "Photo : AFP",
        "Crédit photo : Reuters",
        "Foto: EFE",
        "Fotografía: EFE",
        "Imagen: Archivo",
        "(Foto: dpa)",
        (
            "Sign up to get the best content of the week, and great gaming deals, as picked by the "
            "editors."
        ),
        "Get regular updates on the latest tutorials, offers & news at Statistics Globe.",
        "This work is licensed under a Creative Commons Attribution 4.0 International License.",
        # The older web's news pages, forums and blogs.
        "Most e-mailed",
        "Save this article",
        "Reprints",
        "Story tools",
        "Text size: A A A",
        "A- A+",
        "Increase text size",
        "RSS feeds",
        "Story highlights",
        "Find this article at:",
        "Check the box to include the list of links referenced in the article.",
        "Return to News",
        "< Previous story",
        "Print Powered By Format Dynamics",
        "Recommend (3)",
        "Sign in to recommend",
        "Discuss this story",
        "Login or register to post comments",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Webmaster: webmaster@example.com",
        "This page was last updated on March 12, 2007",
        "Hits: 1234",
        "You are visitor number 12345",
        "Best viewed with Internet Explorer 6.0 at 1024x768",
        "Originally Posted by John",
        "Join Date: Jan 2005",
        "Posts: 1,234",
        "Post subject: Budget approved",
        "Last edited by John; 03-12-2007 at 10:05 AM.",
        "Display posts from previous: All posts",
        "Page 1 of 1 [ 3 posts ]",
        "Who is online",
        "Users browsing this forum: No registered users and 1 guest",
        "You cannot post new topics in this forum",
        "Currently Active Users Viewing This Thread: 1 (0 members and 1 guests)",
        "BB code is On",
        "Similar Threads",
        "Powered by phpBB © 2000, 2002, 2005, 2007 phpBB Group",
        "Powered by vBulletin® Version 3.8.4 Copyright ©2000 - 2009, Jelsoft Enterprises Ltd.",
        "Mark Forums Read",
        "View my complete profile",
        "Blog Archive",
        "Permalink",
        "Entries RSS",
        "Add to cart",
        "Connect with us",
        "Scroll to top",
        "Link copied",
        "Sort by: Newest",
        "Digg del.icio.us Facebook Newsvine Reddit",
        "Bookmark with: Delicious Digg reddit Facebook StumbleUpon",
        "ShareThis",
        "Advertise here",
        "Place an ad",
        "Click here to read more",
        "Click here for the full story",
        "CLICK HERE TO GET THE APP",
        "Subscribe via RSS",
        "Mobile version",
        "View full site",
        "Weather: 72°F Sunny",
        "Submit a news tip",
        "Letters to the editor",
        "Related searches",
        "Today's top stories",
        "Top headlines",
        "In other news",
        "From around the web",
        "Elsewhere on the web",
        "3 Comments:",
        "Anonymous said...",
        "Back to seminar list",
        "Table of contents",
        "Full story",
        "View original post",
        "Source link",
        "Read the full article here",
        "Download the app for breaking news alerts",
        "Want to read more? Become a subscriber.",
        "Join our WhatsApp group for the latest updates",
        "Add us to your Google News feed",
        "Enjoyed this article? Share it with your friends.",
        "12K followers",
        "E-mail | Print | Comments (4) | Digg | del.icio.us",
        "Page maintained by webmaster@physics.example.ac.uk",
    ),
    "de": (
        "Zum Inhalt springen",
        "Direkt zum Inhalt",
        "Suche",
        "Menü",
        "Schließen",
        "Anmelden",
        "Registrieren",
        "Startseite",
        "Kommentar abschicken",
        "Nach oben",
        "Drucken",
        "Teilen",
        "Vorheriger Artikel",
        "Nächster Artikel",
        "Schlagworte: Haushalt, Stadtrat",
        "Ähnliche Beiträge",
        "Meistgelesen",
        "Impressum",
        "Datenschutz",
        "Kontakt",
        "AGB",
        "Alle Rechte vorbehalten.",
        "Mehr zum Thema",
        "Das könnte Sie auch interessieren",
        "Artikel teilen",
        "Zur Startseite",
        "Zurück",
        "Weiterlesen",
        "Mehr lesen",
        "Anzeige",
        "Werbung",
        "Jetzt abonnieren",
        "Newsletter abonnieren",
        "Kommentare",
        "Kommentar schreiben",
        "Diesen Artikel teilen",
        "Lesezeit: 3 Minuten",
        "E-Mail",
        "Kommentar",
        "Passwort",
        "Benutzername",
        "Passwort vergessen?",
        "Angemeldet bleiben",
        "Keine Kommentare",
        "1 Kommentar",
        "Ein Kommentar",
        "Ein Gedanke zu „Haushalt beschlossen“",
        "Aktualisiert: 12.03.2021, 10:05 Uhr",
        "Stand: 12.03.2021 10:05 Uhr",
        "vor 3 Stunden",
        "Teilen auf Facebook",
        "Auf Twitter teilen",
        "Per E-Mail versenden",
        "Link kopieren",
        "Folgen Sie uns auf Facebook",
        "Bildergalerie",
        "Bild 1 von 12",
        "Artikel drucken",
        "Fehler melden",
        "Seite drucken",
        "Hier klicken",
        "Cookie-Einstellungen",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "Akzeptieren",
        "Alle akzeptieren",
        "Foto: unsplash/Bill Mead",
        "Foto:\xa0www.k-einbruch.de",
        "Zurück zur Übersicht",
        "Seite empfehlen",
        "Schrift vergrößern",
        "zurück zum Seitenanfang",
        "Mehr aus dem Ressort",
        "Zitieren",
        "Registriert seit: Jan 2005",
        "Beiträge: 1.234",
        "Zitat von Hans",
        "Wer ist online?",
        "Du kannst keine neuen Themen in diesem Forum erstellen.",
        "Alle Zeiten sind UTC+1",
        "Besucher: 12345",
        "Sie sind Besucher Nr. 12345",
        "Erweiterte Suche",
        "In den Warenkorb",
        "RSS-Feed",
        "Link kopiert",
        "Sortieren nach: Neueste",
        "Stolz präsentiert von WordPress",
        "Blog-Archiv",
        "Neuere Posts Ältere Posts Startseite",
        "Abonnieren Kommentare zum Post (Atom)",
        "Kommentar veröffentlichen",
        "Inhaltsverzeichnis",
        "4 Tsd. Abonnenten",
        "Produktempfehlung",
    ),
    "fr": (
        "Aller au contenu principal",
        "Rechercher",
        "Fermer",
        "Se connecter",
        "S'inscrire",
        "Accueil",
        "Retour en haut",
        "Imprimer",
        "Partager",
        "Article précédent",
        "Article suivant",
        "Mots-clés : budget, conseil",
        "Articles similaires",
        "Les plus lus",
        "Mentions légales",
        "Politique de confidentialité",
        "Tous droits réservés.",
        "Lire aussi",
        "À lire aussi",
        "Sur le même sujet",
        "Publicité",
        "Abonnez-vous",
        "Commentaires",
        "Laisser un commentaire",
        "Lire la suite",
        "Temps de lecture : 3 min",
        "Mot de passe",
        "Mot de passe oublié ?",
        "Aucun commentaire",
        "1 commentaire",
        "Publié le 3 mars 2021 à 10h05",
        "Mis à jour le 3 mars 2021",
        "Il y a 3 heures",
        "Partager sur Facebook",
        "Partager sur Twitter",
        "Envoyer par e-mail",
        "Copier le lien",
        "Suivez-nous sur Facebook",
        "Diaporama",
        "Signaler une erreur",
        "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
        "Accepter",
        "Tout accepter",
        "Version imprimable",
        "Agrandir le texte",
        "Signaler un abus",
        "Inscrit le : 12 mars 2007",
        "Qui est en ligne ?",
        "Vous ne pouvez pas poster de nouveaux sujets dans ce forum",
        "Visiteurs : 12345",
        "Ajouter au panier",
        "Flux RSS",
        "Trier par : Plus récents",
        "Fièrement propulsé par WordPress",
        "Archives du blog",
        "Articles plus récents Articles plus anciens Accueil",
        "Enregistrer un commentaire",
    ),
    "es": (
        "Saltar al contenido",
        "Buscar",
        "Cerrar",
        "Iniciar sesión",
        "Registrarse",
        "Inicio",
        "Volver arriba",
        "Imprimir",
        "Compartir",
        "Artículo anterior",
        "Artículo siguiente",
        "Etiquetas: presupuesto",
        "Artículos relacionados",
        "Lo más leído",
        "Aviso legal",
        "Política de privacidad",
        "Todos los derechos reservados.",
        "Lee también",
        "Te puede interesar",
        "Publicidad",
        "Suscríbete",
        "Comentarios",
        "Deja un comentario",
        "Leer más",
        "Tiempo de lectura: 3 minutos",
        "Contraseña",
        "¿Olvidaste tu contraseña?",
        "Sin comentarios",
        "1 comentario",
        "Publicado el 3 de marzo de 2021",
        "Actualizado: 03/03/2021 10:05",
        "Hace 3 horas",
        "Compartir en Facebook",
        "Compartir en Twitter",
        "Enviar por correo",
        "Copiar enlace",
        "Síguenos en Facebook",
        "Galería de fotos",
        "Reportar un error",
        "Utilizamos cookies para mejorar su experiencia.",
        "Aceptar",
        "Aceptar todas",
        "Versión para imprimir",
        "Volver a la portada",
        "Registrado: 12 mar 2007",
        "¿Quién está conectado?",
        "No puede abrir nuevos temas en este Foro",
        "Añadir al carrito",
        "Enlace copiado",
        "Funciona con WordPress",
        "Archivo del blog",
        "Entrada más reciente Entrada antigua Inicio",
        "Publicar un comentario",
    ),
    "it": (
        "Vai al contenuto",
        "Cerca",
        "Chiudi",
        "Accedi",
        "Registrati",
        "Home",
        "Torna su",
        "Stampa",
        "Condividi",
        "Articolo precedente",
        "Articolo successivo",
        "Tag: bilancio, comune",
        "Articoli correlati",
        "I più letti",
        "Note legali",
        "Informativa sulla privacy",
        "Tutti i diritti riservati.",
        "Leggi anche",
        "Potrebbe interessarti anche",
        "Pubblicità",
        "Abbonati",
        "Commenti",
        "Lascia un commento",
        "Leggi di più",
        "Accetta tutti",
        "Password dimenticata?",
        "Pubblicato il 12 marzo 2021",
        "12 marzo 2021",
        "Versione stampabile",
        "Aggiungi al carrello",
        "Post più recente Post più vecchio Home page",
        "Posta un commento",
        "Chi c'è in linea?",
        "Realizzato con WordPress",
    ),
    "pt": (
        "Ir para o conteúdo",
        "Pesquisar",
        "Fechar",
        "Entrar",
        "Início",
        "Voltar ao topo",
        "Imprimir",
        "Compartilhar",
        "Artigo anterior",
        "Próximo artigo",
        "Tags: orçamento",
        "Artigos relacionados",
        "Mais lidas",
        "Política de privacidade",
        "Todos os direitos reservados.",
        "Leia também",
        "Publicidade",
        "Assine",
        "Comentários",
        "Deixe um comentário",
        "Leia mais",
        "Aceitar",
        "Esqueceu a senha?",
        "Publicado em 12 de março de 2021",
        "Versão para impressão",
        "Adicionar ao carrinho",
        "Postagem mais recente Postagem mais antiga Página inicial",
        "Postar um comentário",
        "Tecnologia do Blogger.",
    ),
    "nl": (
        "Naar de inhoud springen",
        "Zoeken",
        "Sluiten",
        "Inloggen",
        "Home",
        "Naar boven",
        "Printen",
        "Delen",
        "Vorig artikel",
        "Volgend artikel",
        "Tags: begroting",
        "Gerelateerde artikelen",
        "Meest gelezen",
        "Privacybeleid",
        "Alle rechten voorbehouden.",
        "Lees ook",
        "Advertentie",
        "Abonneer",
        "Reacties",
        "Laat een reactie achter",
        "Lees meer",
        "Alles accepteren",
        "Wachtwoord vergeten?",
        "Gepubliceerd op 12 maart 2021",
        "Printversie",
        "Winkelwagen",
        "Nieuwere post Oudere post Startpagina",
        "Een reactie posten",
        "Mogelijk gemaakt door WordPress",
        "Wie is er online?",
    ),
}

#: Every NL2xx and NL3xx rule, as a user runs them.
LINTER = Linter(Settings(select=["NL2", "NL3"]))
CASES = [(language, line) for language, lines in FURNITURE.items() for line in lines]
#: The furniture line's number: after three paragraphs and their blank lines.
LAST = 7


def _page(language: str, line: str) -> str:
    return "\n\n".join(STORIES[language] + (line,)) + "\n"


@pytest.mark.parametrize("language,line", CASES, ids=[f"{lang}:{line[:40]}" for lang, line in CASES])
def test_furniture_alone_after_a_story_is_flagged_and_the_story_is_not(language: str, line: str):
    found = LINTER.lint(Document("page.txt", _page(language, line)))
    assert {v.line for v in found} == {LAST}, (
        f"{line!r} after a story in {language!r}: flagged lines {sorted({v.line for v in found})}")


def test_each_story_alone_has_no_finding():
    for language, story in STORIES.items():
        assert LINTER.lint(Document("story.txt", "\n\n".join(story) + "\n")) == [], language


#: Whole pages in the shape of the older web's (a club's page, a department's seminar page, a
#: 2007 blog post, a 2008 news page): ``+ `` a line some NL2xx/NL3xx rule must flag, ``  `` a line
#: of the story none may flag, ``? `` a line either way (bylines, addresses, readers' comments).
PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.txt"))


def _read_page(path: Path) -> tuple[str, set[int], set[int]]:
    lines = [line for line in path.read_text(encoding="utf-8").split("\n")[:-1]
             if not line.startswith("#")]
    texts = [line[2:] for line in lines]
    flag = {number for number, line in enumerate(lines, 1) if line.startswith("+ ")}
    keep = {number for number, line in enumerate(lines, 1) if line.startswith("  ")}
    return "\n".join(texts) + "\n", flag, keep


@pytest.mark.parametrize("path", PAGES, ids=[path.stem for path in PAGES])
def test_a_whole_page_of_the_older_web_loses_its_chrome_and_keeps_its_story(path: Path):
    text, flag, keep = _read_page(path)
    flagged = {violation.line for violation in LINTER.lint(Document(path.name, text))}
    assert flag - flagged == set(), "chrome left unflagged"
    assert keep & flagged == set(), "story lines flagged"


def test_the_pages_are_there():
    assert len(PAGES) == 4 and all(_read_page(path)[1] and _read_page(path)[2] for path in PAGES)
