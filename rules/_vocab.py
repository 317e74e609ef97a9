"""Boilerplate vocabulary beyond English: what sites in German, French, Spanish, Italian,
Portuguese and Dutch (and, for the page furniture their CMSs write, Polish, Russian, Japanese,
Chinese and Korean) write on their buttons, labels, notices and stamps, by concept.

Each keyword rule keeps its English vocabulary where it was (with the English grammar of its
prompts); this module gives it the same concepts in other languages, as data. A :class:`Lexicon`
holds, per language:

- ``labels``: whole lines (``Teilen``, ``Ähnliche Beiträge``, ``Publicité``), compared after
  :func:`~newslint.rules._boilerplate.bare` (case, white space, bullets and a final colon aside);
- ``openers``: phrases a line opens with, followed by more (``Lesen Sie auch: …``, ``Suivez-nous
  sur …``);
- ``phrases``: phrases that give the line away wherever they stand (``Alle Rechte vorbehalten``,
  ``Ce site utilise des cookies``).

A lexicon made with ``runs=True`` also takes a line of two or three of its labels side by side,
as a widget's controls reach the text when the extractor joins them (``Hinterlassen Sie einen
Kommentar Antworten abbrechen``: the form's heading and its cancel link).

A rule asks with the document's language (:attr:`newslint.article.Article.language`, decided once
per document from its whole text): German words are looked for in German text only, so a word
that is a label in one language and prose in another (``Mais``, ``Home``) cannot cross over. A
text whose language is undetermined (``"und"``: short, mixed, or in another language) is read with
every language here. English documents are left to the rules' English vocabulary; the few
lexicons that have English words of their own (``"en"``) read them in every document, as English
boilerplate stands on pages in any language.

Phrases were written from what these things are on sites in each language (the buttons of share
bars, the headings of related-stories boxes, the wording of consent banners and paywalls), not
from lines of the development data. Not a plugin: the leading underscore keeps the module out of
rule discovery.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Union

from newslint.compiled import compile as compile_pattern
from newslint.lazy import lazy_pattern
from newslint.rules._text import bare

#: Languages with vocabulary here (ISO 639-1).
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko")
UNDETERMINED = "und"

#: What may follow an opener: the end, a separator, or a space and more words.
_OPENER_END = r"(?:$|[\s:.,!?…»›>|\-–—：、。])"
#: Bullets and marks that may stand before a label on its line.
LEAD = r"[ \t\u00a0•·|*>»›\-–—]*"


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.replace("\n", " ").split("|") if item.strip()]


#: Spanish as Argentina, Uruguay and Paraguay write it (*voseo*): the reader is *vos*, so a page
#: says ``Suscribite``, ``Ingresá``, ``¿Ya tenés suscripción?``, ``Leé también``, where Spain and
#: Mexico say ``Suscríbete``, ``Ingresa``, ``¿Ya tienes …?``, ``Lee también``. The Spanish
#: vocabularies are written in the *tú* forms; each phrase is read in both (:func:`_with_voseo`).
_VOSEO = {
    "suscríbete": "suscribite", "suscribete": "suscribite", "regístrate": "registrate",
    "inscríbete": "inscribite", "apúntate": "anotate", "únete": "unite", "síguenos": "seguinos",
    "siguenos": "seguinos", "sígueme": "seguime", "sigue": "seguí", "lee": "leé", "mira": "mirá",
    "comparte": "compartí", "compártelo": "compartilo", "deja": "dejá", "déjanos": "dejanos",
    "recibe": "recibí", "descarga": "descargá", "descárgalo": "descargalo", "hazte": "hacete",
    "haz": "hacé", "apoya": "apoyá", "apóyanos": "apoyanos", "ingresa": "ingresá", "inicia": "iniciá",
    "escribe": "escribí", "escríbenos": "escribinos", "escucha": "escuchá", "entra": "entrá",
    "conoce": "conocé", "descubre": "descubrí", "contáctanos": "contactanos", "contacta": "contactá",
    "dona": "doná", "tienes": "tenés", "eres": "sos", "puedes": "podés", "quieres": "querés",
    "accede": "accedé", "activa": "activá", "elige": "elegí", "prueba": "probá", "disfruta": "disfrutá",
    "cancela": "cancelá", "guarda": "guardá", "recuerda": "recordá", "mantente": "mantenete",
    "comenta": "comentá", "participa": "participá", "envía": "enviá", "completa": "completá",
    "ayúdanos": "ayudanos", "acepta": "aceptá", "visita": "visitá", "agrega": "agregá",
    "busca": "buscá", "vuelve": "volvé", "cierra": "cerrá", "aporta": "aportá",
}


def _with_voseo(items: list[str]) -> list[str]:
    """Spanish phrases, each also in its *voseo* form where it has one (see :data:`_VOSEO`)."""
    out = list(items)
    for item in items:
        words = item.split(" ")
        changed = [_VOSEO.get(word.lower().lstrip("¿¡"), None) for word in words]
        if any(changed):
            out.append(" ".join(
                (word[:len(word) - len(word.lstrip("¿¡"))] + new) if new else word
                for word, new in zip(words, changed)))
    return out


def _items(language: str, text: str) -> list[str]:
    """A vocabulary's phrases in one language (Spanish also in its *voseo* forms)."""
    items = _split(text)
    return _with_voseo(items) if language == "es" else items


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a regular expression: spaces match any run of white space, apostrophes any
    apostrophe, and a hyphen an optional hyphen or space (``E-Mail``, ``Email``, ``E Mail``)."""
    parts = []
    for char in phrase:
        if char == " ":
            parts.append(r"\s+")
        elif char in "'’":
            parts.append("['’]")
        elif char == "-":
            parts.append(r"[-\s]?")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _alternation(phrases: Iterable[str]) -> str:
    # Longest first, so that a phrase is not cut short by one of its prefixes.
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(_phrase_pattern(phrase) for phrase in ordered)


def _phrase_tree(phrases: Iterable[str]) -> str:
    """Whether a lower-cased line holds one of the phrases, as a pattern: the lower-cased
    :func:`_phrase_pattern` of each, with the beginnings they share written once (``sign\\s+
    (?:in|up)``), and a phrase that another one opens with standing for both (a line holding the
    longer holds the shorter). It matches in the same lines as their alternation, where a search
    tries a few branches at each character instead of every phrase."""
    tree: dict[str, Any] = {}
    piece_of: dict[str, str] = {}  # each character's piece, worked out once
    for phrase in phrases:
        pieces = []
        for char in phrase:
            piece = piece_of.get(char)
            if piece is None:
                piece = piece_of[char] = _phrase_pattern(char).lower()
            pieces.append(piece)
        node = tree
        for number, piece in enumerate(pieces):
            child = node.get(piece, tree)
            if child is None:
                break  # a phrase this one opens with is there already
            if number == len(pieces) - 1:
                node[piece] = None  # its end: what longer phrases add is not needed
            else:
                if child is tree:
                    child = node[piece] = {}
                node = child

    def written(node: Optional[dict[str, Any]]) -> str:
        if node is None:
            return ""
        branches = [piece + written(child) for piece, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return written(tree)


def languages_for(language: str) -> tuple[str, ...]:
    """The vocabularies to read a text in ``language`` with (none for English or another one),
    after a lexicon's English words, which are read in every text."""
    if language in LANGUAGES:
        return ("en", language)
    if language == UNDETERMINED:
        return ("en",) + LANGUAGES
    return ("en",)


#: How much of a phrase a line-start trigger spells out: enough to be selective, short enough for
#: the scan to stay cheap.
TRIGGER_CHARS = 8
_ASCII_RUN = lazy_pattern(r"[A-Za-z]{4,}")


def trigger_form(text: str, limit: int = 0) -> str:
    """``text`` (its first ``limit`` characters, if given) as a trigger fragment the scan runs
    fast: runs of ASCII case-insensitive (``(?i:…)``), any other letter as a class of its cases
    (``[öÖ]``), spaces as white space. A superset of what ``re.IGNORECASE`` would match but for a
    few exotic case pairs; the check, not the trigger, decides."""
    text = text[:limit] if limit else text
    parts: list[str] = []
    ascii_run: list[str] = []

    def close() -> None:
        if ascii_run:
            parts.append("(?i:" + "".join(ascii_run) + ")")
            ascii_run.clear()

    for char in text:
        if char == " ":
            ascii_run.append(r"[ \t\u00a0]+")  # within the line: the scan keeps to one line
        elif char.isascii():
            ascii_run.append(re.escape(char))
        elif char in "’":
            close()
            parts.append("['’]")
        elif char.isalpha():
            close()
            cases = sorted(c for c in {char, char.lower(), char.upper()} if len(c) == 1)
            parts.append(f"[{''.join(cases)}]" if len(cases) > 1 else re.escape(char))
        else:
            close()
            parts.append(re.escape(char))
    close()
    return "".join(parts)


def phrase_key(phrase: str) -> str:
    """The trigger fragment of a phrase: its longest run of four or more ASCII letters, else the
    whole phrase (:func:`trigger_form`). A phrase mostly in another script is spelled whole: its
    ASCII word is a loan (``email`` in ``сохранить моё имя, email и адрес сайта``) that English
    lines hold far more often."""
    runs = _ASCII_RUN.findall(phrase)
    letters = sum(1 for char in phrase if char.isalpha())
    if runs and 2 * sum(1 for char in phrase if char.isascii() and char.isalpha()) >= letters:
        return trigger_form(max(runs, key=len))
    return trigger_form(phrase)


#: A document's language, or something that knows it (an article, asked only when needed: most
#: lines match no vocabulary at all, and deciding the language costs a pass over the text).
Language = Union[str, Any]


def language_of(language: Language) -> str:
    return language if isinstance(language, str) else language.language


def _first_match(patterns: Mapping[str, "re.Pattern[str]"], language: Language,
                 find: Any) -> "Optional[re.Match[str]]":
    """``find(pattern)`` for the patterns of the languages a text in ``language`` is read with,
    the first that matches."""
    for candidate in languages_for(language_of(language)):
        pattern = patterns.get(candidate)
        match = find(pattern) if pattern is not None else None
        if match:
            return match
    return None


def _lower_case_search(pattern: str, flags: int) -> "Optional[re.Pattern[str]]":
    """``pattern`` compiled with ``flags`` (case-blind, made of lower-cased letters, ``\\s`` and
    classes of marks, as :class:`Lexicon` writes its phrases) for a lower-cased text, where it runs
    without ``re.IGNORECASE``; ``None`` for a pattern with an escape a lower-casing changes."""
    if not flags & re.IGNORECASE or not _lowers_alike(pattern):
        return None
    return compile_pattern(pattern.lower())


def _lowers_alike(pattern: str) -> bool:
    """Whether lower-casing ``pattern`` keeps its meaning: it has no escape but ``\\s``."""
    return not re.search(r"\\[A-Za-z]", pattern.replace("\\s", ""))


def _splits_into(words: list[str], labels: "frozenset[str] | tuple", most: int) -> bool:
    """Whether ``words`` are one to ``most`` labels of ``labels`` side by side."""
    if " ".join(words) in labels:
        return True
    if most <= 1:
        return False
    return any(" ".join(words[:cut]) in labels and _splits_into(words[cut:], labels, most - 1)
               for cut in range(1, len(words)))


class _Compiled(Mapping[str, "re.Pattern[str]"]):
    """Language → the pattern of its items, each compiled on first use and kept."""

    def __init__(self, items: Mapping[str, list[str]],
                 compile_items: Callable[[list[str]], "re.Pattern[str]"]):
        self._items = items
        self._compile = compile_items
        self._compiled: dict[str, "re.Pattern[str]"] = {}

    def __getitem__(self, language: str) -> "re.Pattern[str]":
        pattern = self._compiled.get(language)
        if pattern is None:
            pattern = self._compiled[language] = self._compile(self._items[language])
        return pattern

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


class Lexicon:
    """One concept's vocabulary in several languages (see the module's docstring)."""

    def __init__(self, labels: Optional[Mapping[str, str]] = None,
                 openers: Optional[Mapping[str, str]] = None,
                 phrases: Optional[Mapping[str, str]] = None, runs: bool = False):
        self.runs = runs
        self.labels = {language: frozenset(bare(item) for item in _items(language, text))
                       for language, text in (labels or {}).items()}
        self._openers = {language: _items(language, text) for language, text in (openers or {}).items()}
        self._phrases = {language: _items(language, text) for language, text in (phrases or {}).items()}
        # Per language, compiled when a line is first read in it (a run meets few languages, and
        # compiling them all took a third of the start-up).
        self.openers: Mapping[str, "re.Pattern[str]"] = _Compiled(self._openers, self._opener_pattern)
        self.phrases: Mapping[str, "re.Pattern[str]"] = _Compiled(
            self._phrases, lambda items: compile_pattern(_alternation(items), re.IGNORECASE))
        # Every language at once: a line that matches none is refused before the document's
        # language is asked for.
        self._any_label = frozenset().union(*self.labels.values())
        # (compiled on first use, as the languages' own patterns: see the properties below)
        self._any_opener_items = [item for items in self._openers.values() for item in items]
        self._any_phrase_items = [item for items in self._phrases.values() for item in items]
        self._any_phrase_source = _alternation(self._any_phrase_items) or "(?!)"

    @cached_property
    def _any_opener(self) -> "re.Pattern[str]":
        return self._opener_pattern(self._any_opener_items)

    @cached_property
    def _any_phrase(self) -> "re.Pattern[str]":
        """Every language's phrases, case-blind: asked only where :attr:`_any_phrase_lower` cannot
        decide (see :meth:`_may_hold_phrase`)."""
        return compile_pattern(self._any_phrase_source, re.IGNORECASE)

    @cached_property
    def _any_phrase_lower(self) -> "Optional[re.Pattern[str]]":
        source = self._any_phrase_source
        if not self._any_phrase_items or "Σ" in source or not _lowers_alike(source):
            # (a sigma lower-cases by its neighbours: not one character at a time)
            return _lower_case_search(source, re.IGNORECASE)
        return compile_pattern(_phrase_tree(self._any_phrase_items))

    @staticmethod
    def _opener_pattern(items: Iterable[str]) -> "re.Pattern[str]":
        alternation = _alternation(items)
        return compile_pattern(LEAD + r"(?:" + (alternation or "(?!)") + r")" + _OPENER_END, re.IGNORECASE)

    @property
    def languages(self) -> tuple[str, ...]:
        found = set(self.labels) | set(self.openers) | set(self.phrases)
        return tuple(language for language in ("en",) + LANGUAGES if language in found)

    def label(self, text: str, language: Language) -> Optional[str]:
        """The language whose label the whole line is, or ``None``."""
        key = bare(text)
        if key not in self._any_label:
            # A label may close with "!", "?", a full stop or dots (``Empfiehl dies deinen
            # Freunden.``, ``Gefällt mir Lade …``): the same label.
            key = key.rstrip("!?.… ")
            if key not in self._any_label:
                return self._run_label(key, language) if self.runs else None
        for candidate in languages_for(language_of(language)):
            if key in self.labels.get(candidate, ()):
                return candidate
        return None

    #: The most words a run of labels may have (three labels of four words).
    _RUN_WORDS = 12

    def _run_label(self, key: str, language: Language) -> Optional[str]:
        """The language of which ``key`` is two or three labels side by side, or ``None``: the
        first label is the line's start up to a space, the rest one label or two."""
        words = key.split(" ")
        if not 2 <= len(words) <= self._RUN_WORDS:
            return None
        heads = [" ".join(words[:cut]) for cut in range(1, len(words))]
        if not any(head in self._any_label for head in heads):
            return None  # (most lines: no label opens them)
        for candidate in languages_for(language_of(language)):
            labels = self.labels.get(candidate, ())
            if labels and _splits_into(words, labels, 3):
                return candidate
        return None

    def opener(self, text: str, language: Language) -> "Optional[re.Match[str]]":
        """The opening phrase of the line, when it is one of the language's, else ``None``."""
        if not self._any_opener.match(text):
            return None
        return _first_match(self.openers, language, lambda pattern: pattern.match(text))

    def phrase(self, text: str, language: Language) -> "Optional[re.Match[str]]":
        """A phrase of the language anywhere in the line, else ``None``."""
        if not self._may_hold_phrase(text):
            return None
        return _first_match(self.phrases, language, lambda pattern: pattern.search(text))

    def _may_hold_phrase(self, text: str) -> bool:
        """Whether the line may hold a phrase of any language (a test before the document's
        language is asked for): the phrases, lower-cased, searched in the lower-cased line (a
        dozen times faster than their case-blind alternation). Where lower-casing and a
        case-blind match differ (dotless ı, long ſ, İ), the case-blind search decides."""
        lower_search = self._any_phrase_lower
        if lower_search is None:
            return self._any_phrase.search(text) is not None
        lower = text.lower()
        if "ı" in lower or "ſ" in lower or "\u0307" in lower:
            return self._any_phrase.search(text) is not None
        return lower_search.search(lower) is not None

    def line_start_trigger(self) -> str:
        """A trigger branch for lines that open with a label or opener of any language.

        Written as :func:`newslint.rules._boilerplate.first_words` writes the English ones: one
        class for the first letter of every phrase, then the alternation of the start of the rest,
        so that a line opening with anything else is refused in one step (a million blank lines
        or spaces stay linear). The trigger only offers lines: it may let through a line whose
        first letter or later words differ, and the check reads the whole line. Its words are
        written so the scan can run them fast (:func:`trigger_form`)."""
        phrases = sorted({phrase for phrase in self._label_texts() + self._opener_texts()
                          if len(phrase) > 1}, key=lambda phrase: (phrase.lower(), phrase))
        # A long vocabulary is cut into several branches, by first letter: a multi-pattern engine
        # bounds the length of one expression (Hyperscan refuses one of 16,000 characters).
        chunks: list[list[str]] = [[]]
        size = 0
        for phrase in phrases:
            if size > _TRIGGER_CHUNK and phrase[0].lower() != chunks[-1][-1][0].lower():
                chunks.append([])
                size = 0
            chunks[-1].append(phrase)
            size += len(phrase) + 1
        return "|".join(line_start_branch(chunk) for chunk in chunks if chunk)

    def phrase_trigger(self) -> str:
        """A trigger branch for lines holding a phrase of any language: each phrase's longest
        run of ASCII letters (``ffentlicht`` for ``veröffentlicht``), so that the scan looks for
        plain, case-insensitive ASCII words; the check reads the whole phrase."""
        keys = {phrase_key(item) for items in self._phrases.values() for item in items}
        # Top-level branches: each a word the scan finds at memory speed (see newslint.scan).
        return "|".join(sorted(keys, key=lambda k: (-len(k), k)))

    def whole_phrase_trigger(self) -> str:
        """A trigger branch for lines holding a phrase of any language, spelled out whole: for
        phrases of common words (``new posts``, ``neue Beiträge``), whose single words would offer
        too many lines."""
        forms = {trigger_form(item) for items in self._phrases.values() for item in items}
        return "|".join(sorted(forms, key=lambda form: (-len(form), form)))

    def _label_texts(self) -> list[str]:
        return sorted({item for items in self.labels.values() for item in items})

    def _opener_texts(self) -> list[str]:
        return sorted({item for items in self._openers.values() for item in items})


#: How many characters of phrases one line-start trigger branch holds before the next begins.
_TRIGGER_CHUNK = 1500


def line_start_branch(phrases: Iterable[str], lead: str = LEAD, limit: int = TRIGGER_CHARS,
                      end: str = "") -> str:
    """One trigger branch for lines opening with one of ``phrases`` (see
    :meth:`Lexicon.line_start_trigger`): after ``lead``, one class of their first letters, then
    the rest of each (its first ``limit`` characters; 0: all of it), then ``end`` (a word's end,
    for phrases that must be whole words). A line opening with anything else is refused in one
    step."""
    phrases = list(phrases)
    first = sorted({case for phrase in phrases for case in (phrase[0].lower(), phrase[0].upper())
                    if len(case) == 1})
    rests = {trigger_form(phrase[1:], limit) for phrase in phrases}
    return ("^" + lead + "[" + re.escape("".join(first)) + "](?:"
            + "|".join(sorted(rests, key=lambda r: (-len(r), r))) + ")" + end)

# -- share bars and follow prompts (NL303, NL304) ------------------------------------------------

SHARE = Lexicon(labels={
    "de": "teilen|jetzt teilen|artikel teilen|beitrag teilen|seite teilen|inhalt teilen|versenden|"
          "diesen artikel teilen|diesen beitrag teilen|teilen auf facebook|teilen auf twitter|"
          "auf facebook teilen|auf twitter teilen|per e-mail teilen|per whatsapp teilen|"
          "per mail versenden|per e-mail versenden|artikel versenden|link kopieren|url kopieren|"
          "url zum kopieren|link zum artikel kopieren|drucken|artikel drucken|seite drucken|"
          "druckversion|empfehlen|artikel empfehlen|weiterempfehlen|empfiehl dies deinen freunden|"
          "teilen mit|diese seite teilen|mitteilen|merken|artikel merken|teile diesen artikel|"
          "teile diesen beitrag|teile den artikel|teile den beitrag|diese news teilen|"
          "teilen sie dies mit|teile dies mit|sharen mit|teilen mit:",
    "fr": "partager|partager l'article|partager cet article|partager sur facebook|"
          "partager sur twitter|partager par e-mail|partager par mail|envoyer par e-mail|"
          "envoyer par mail|envoyer à un ami|copier le lien|imprimer|imprimer l'article|partage|"
          "partagez cet article|partager la page|imprimer cet article|envoyer cet article|"
          "classer cet article|sauvegarder cet article",
    "es": "compartir|compartir en facebook|compartir en twitter|compartir en whatsapp|"
          "enviar por whatsapp|enviar por correo|enviar por e-mail|compartir por whatsapp|"
          "compartir por correo|compartir por e-mail|"
          "comparte esto|compartir esto|compartir en x|comparte esta nota|"
          "compartir artículo|compartir esta noticia|compartir este artículo|enviar por correo|"
          "enviar por email|enviar por e-mail|copiar enlace|copiar link|imprimir|"
          "imprimir noticia|imprimir artículo|comparte esta noticia|enviar noticia|"
          "enviar artículo|enviar a un amigo|imprimir esta noticia|enviar esta noticia|menéame",
    "it": "condividi|condividi su facebook|condividi su twitter|condividi su whatsapp|"
          "invia su whatsapp|invia per email|invia per e-mail|"
          "condividi l'articolo|condividi questo articolo|invia per email|invia per e-mail|"
          "copia link|copia il link|stampa|stampa l'articolo|condividi la notizia|"
          "stampa questo articolo|invia questo articolo|invia l'articolo|invia ad un amico|"
          "invia articolo",
    "pt": "compartilhar|compartilhe|partilhar|partilhe|compartilhar no facebook|"
          "enviar por whatsapp|enviar por e-mail|"
          "compartilhar no twitter|compartilhar no whatsapp|partilhar no facebook|"
          "enviar por e-mail|enviar por email|copiar link|copiar o link|imprimir|"
          "envie por e-mail|envie por email|envie para um amigo|"
          "compartilhe esta notícia|partilhe este artigo|compartilhe isso|partilhe isto|"
          "curtir isso|"
          "compartilhe no whatsapp|compartilhe no facebook|compartilhe no twitter",
    "nl": "delen|deel dit artikel|deel dit bericht|delen op facebook|delen op twitter|"
          "delen via e-mail|delen via whatsapp|mail dit artikel|link kopiëren|kopieer link|"
          "printen|print dit artikel|deel|dit delen|vind ik leuk|stuur door|doorsturen|mailen|"
          "deel via whatsapp|deel op facebook|deel op twitter|deel via e-mail|deel via mail",
    "pl": "udostępnij|podziel się|drukuj|skopiuj link|udostępnij na facebooku|"
          "udostępnij na twitterze|udostępnij artykuł|wyślij|wyślij e-mailem|kopiuj link|"
          "skopiuj adres|lubię to|drukuj artykuł",
    "ru": "поделиться|поделитесь|поделиться в telegram|поделиться в vk|поделиться в вконтакте|"
          "поделиться в facebook|поделиться в twitter|поделиться в whatsapp|"
          "поделиться в одноклассниках|отправить|распечатать|печать|версия для печати|"
          "копировать ссылку|скопировать ссылку|ссылка скопирована|отправить ссылку",
    "ja": "シェア|シェアする|ツイート|ツイートする|印刷|印刷する|リンクをコピー|urlをコピー|"
          "この記事をシェア|この記事をシェアする|ブックマーク|はてなブックマーク|はてブ|lineで送る|"
          "メールで送る|送る|保存",
    "zh": "分享|分享到|分享至|分享本文|分享此文|打印|列印|复制链接|複製連結|复制网址|转发|轉發|"
          "收藏|点赞|點讚|微信|微博|分享到微信|分享到微博|分享到朋友圈",
    "ko": "공유|공유하기|인쇄|인쇄하기|프린트|스크랩|링크 복사|url 복사|주소 복사|카카오톡|"
          "카카오스토리|페이스북|트위터|네이버 블로그|기사 공유하기|기사 공유",
}, runs=True)

FOLLOW = Lexicon(labels={
    "en": "connect with us|stay connected|get social|follow us on social media|find us on social media",
    "de": "folgen sie uns|folge uns|folgt uns|folgen|folge",
    "fr": "suivez-nous|suivez nous|nous suivre|retrouvez-nous",
    "es": "síguenos|siguenos|sígueme|seguir",
    "it": "seguici|seguiteci|segui",
    "pt": "siga-nos|siga nos|acompanhe-nos|nos siga|seguir",
    "nl": "volg ons|volgen",
    "pl": "obserwuj nas|śledź nas|dołącz do nas",
    "ru": "подписывайтесь на нас|мы в соцсетях|мы в социальных сетях|присоединяйтесь|"
          "присоединяйтесь к нам|следите за нами",
    "ja": "フォローする|フォローしてね|公式sns|公式アカウント|snsでフォロー",
    "zh": "关注我们|關注我們|关注我们：|扫码关注|掃碼關注|扫一扫，关注我们|扫一扫关注我们|掃一掃，關注我們",
    "ko": "팔로우|팔로우하기|공식 sns",
}, openers={
    "de": "folgen sie uns auf|folgen sie uns bei|folge uns auf|folge uns bei|folgt uns auf|"
          "folgt uns bei|besuchen sie uns auf|werden sie fan auf|werde fan auf",
    "fr": "suivez-nous sur|suivez nous sur|retrouvez-nous sur|rejoignez-nous sur|"
          "abonnez-vous à notre page|suivez-nous aussi sur",
    "es": "síguenos en|siguenos en|síguenos también en|únete a nuestro canal|"
          "síguenos a través de|sigue a|sigue al",
    "it": "seguici su|seguici anche su|seguiteci su|iscriviti al nostro canale",
    "pt": "siga-nos no|siga-nos na|siga-nos nas|siga-nos nos|siga-nos em|acompanhe-nos no|"
          "acompanhe-nos nas|siga o|siga a",
    "nl": "volg ons op|volg ons via|like ons op|volg ons ook op",
    "pl": "obserwuj nas na|śledź nas na|dołącz do nas na|polub nas na|obserwuj nas w|śledź nas w",
    "ru": "подписывайтесь на нас в|подписывайтесь на наш канал|подпишитесь на наш канал|"
          "читайте нас в|следите за нами в|присоединяйтесь к нам в|мы в",
})

# -- newsletters and subscriptions (NL305, NL306) ------------------------------------------------

#: A newsletter prompt names a newsletter and asks the reader to sign up: both must be there.
NEWSLETTER_OBJECT = Lexicon(phrases={
    "de": "newsletter|newslettern|infobrief|rundbrief|e-mail-benachrichtigung|"
          # (What lands in the reader's mailbox: ``… direkt in Ihr Postfach``.)
          "dein postfach|ihr postfach|deinen posteingang|ihren posteingang|e-mail-postfach",
    "fr": "newsletter|newsletters|lettre d'information|lettre d'info|infolettre|"
          "votre boîte mail|votre boîte e-mail|votre boîte de réception|votre boîte aux lettres",
    "es": "newsletter|newsletters|boletín|boletines|tu bandeja de entrada|su bandeja de entrada|"
          "en tu correo|en tu email|en tu e-mail",
    "it": "newsletter|nella tua casella|la tua casella di posta|nella tua email|nella tua e-mail|"
          "nella tua mail",
    "pt": "newsletter|newsletters|boletim|boletins|sua caixa de entrada|no seu email|no seu e-mail|"
          "no seu correio eletrónico|no seu correio eletrônico|na sua caixa de correio",
    "nl": "nieuwsbrief|nieuwsbrieven|newsletter|je inbox|je mailbox|uw inbox|uw mailbox",
    "pl": "newsletter|newslettera|newsletterze|newsletterów",
    "ru": "рассылк|новостную рассылку|e-mail рассылку",
    "ja": "ニュースレター|メールマガジン|メルマガ",
    "zh": "电子报|電子報|新闻简报|新聞簡報|邮件订阅|郵件訂閱",
    "ko": "뉴스레터",
})
NEWSLETTER_CALL = Lexicon(phrases={
    "en": "stay up to date|stay up-to-date|keep up to date|stay informed|keep informed|"
          "stay in the loop|keeps you informed|keep you informed|keep you up to date",
    "de": "abonnieren|abonniere|abonnieren sie|anmelden|melden sie sich|melde dich|eintragen|"
          "auf dem laufenden|informiert sie|informiert dich|halten sie auf dem laufenden|"
          "tragen sie sich|registrieren|bestellen|jetzt kostenlos|kostenlos zum|nichts mehr verpassen|"
          "nichts verpassen|keine news|verpasse keine|verpassen sie keine|informiert bleiben|"
          "bleiben sie informiert|bleib informiert|erhalten sie|erhalte|abonnement|"
          "direkt in|direkt ins|bequem in|bequem ins|bestätige|bestätigen sie",
    "fr": "abonnez-vous|abonnez vous|inscrivez-vous|inscrivez vous|inscription|s'inscrire|"
          "s'abonner|je m'abonne|je m'inscris|recevez|recevoir|ne manquez|ne ratez|"
          "restez informé|restez informés|tenez-vous informé|restez au courant|"
          "directement dans|confirmer votre abonnement|confirmez votre abonnement",
    "es": "suscríbete|suscribete|suscríbase|suscribirse|suscribirte|regístrate|registrate|"
          "apúntate|recibe|recibir|no te pierdas|inscríbete|mantente informado|mantente al día|"
          "manténgase informado|directamente en|confirma tu suscripción|"
          "confirmar tu suscripción",
    "it": "iscriviti|iscriversi|iscrizione|ricevi|ricevere|abbonati|non perdere|resta aggiornato|"
          "rimani aggiornato|resta informato|direttamente nella|"
          "confermare la tua iscrizione",
    "pt": "assine|assinar|inscreva-se|inscreva se|cadastre-se|cadastre se|receba|receber|"
          "não perca|subscreva|fique por dentro|fique informado|mantenha-se informado|"
          "direto no|direto na|diretamente no|diretamente na|confirmar sua inscrição",
    "nl": "schrijf je in|schrijf u in|inschrijven|aanmelden|meld je aan|meld u aan|abonneer|"
          "ontvang|ontvangen|mis niets|blijf op de hoogte|op de hoogte blijven|houden je op de hoogte|"
          "direct in|bevestig je inschrijving",
    "pl": "zapisz się|zapisz się do|zasubskrybuj|subskrybuj|zamów",
    "ru": "подпишитесь|подписаться|подпишись|оформить подписку|подписывайтесь",
    "ja": "登録|購読|配信登録|登録する|登録はこちら",
    "zh": "订阅|訂閱",
    "ko": "구독|신청",
})
#: A blog's offer to send its new posts by e-mail (``Notify me of new posts by email.``, ``Gib
#: deine E-Mail-Adresse ein, um über neue Beiträge per E-Mail informiert zu werden.``): what is
#: sent, and how; both in one line make the offer.
POST_ALERT_OBJECT = Lexicon(phrases={
    "en": "new posts|every new post|new blog posts|new articles|latest posts|new entries",
    "de": "neue beiträge|neuen beiträgen|neue artikel|neuen artikeln|neue posts|neuen posts|"
          "neue einträge|neuen einträgen|neue blogbeiträge|neuen blogbeiträgen|neue blogartikel|"
          "neuen blogartikel|neuen blogartikeln|neuesten artikel|neuesten beiträge|"
          "jeden neuen beitrag|jeden neuen artikel",
    "fr": "nouveaux articles|nouvelles publications|nouveaux billets|nouveaux posts|nouveaux contenus|"
          "chaque nouvelle publication|chaque nouvel article",
    "es": "nuevas entradas|nuevos artículos|nuevas publicaciones|nuevos posts|cada nueva publicación|"
          "cada nueva entrada",
    "it": "nuovi articoli|nuovi post|nuovi contenuti|nuove pubblicazioni",
    "pt": "novos posts|novos artigos|novas publicações|novas postagens|novos conteúdos",
    "nl": "nieuwe berichten|nieuwe artikelen|nieuwe posts|nieuwe blogs|nieuwe blogberichten",
})
POST_ALERT_CHANNEL = Lexicon(phrases={
    "en": "by email|by e-mail|via email|via e-mail|email every|e-mail every|to your inbox|"
          "in your inbox|into your inbox|email notifications|e-mail notifications|"
          "notifications of new|notify me",
    "de": "per e-mail|via e-mail|per mail|e-mail-benachrichtigung|benachrichtige mich|"
          "benachrichtigen sie mich|informiere mich|in dein postfach|in ihr postfach|e-mail-adresse|"
          "in deinen posteingang|in ihren posteingang|ins postfach|ins e-mail-postfach|"
          "abonnierst|abonnieren",
    "fr": "par e-mail|par email|par courriel|par mail|dans votre boîte|prévenez-moi|avertissez-moi",
    "es": "por correo|por email|por e-mail|en tu bandeja|en tu buzón|notifícame|avísame",
    "it": "via email|via e-mail|per email|per e-mail|tramite email|tramite e-mail|avvisami|"
          "nella tua casella",
    "pt": "por e-mail|por email|na sua caixa|notifique-me|avise-me",
    "nl": "per e-mail|via e-mail|per mail|in je inbox|in uw inbox|stuur mij|houd mij op de hoogte",
})
#: ... and the offer's address to the reader: *me* or *your* anywhere, an imperative opening a
#: sentence. Without it the line tells of someone else's e-mails (``The agency will alert
#: journalists to new articles by email``).
POST_ALERT_READER = Lexicon(phrases={
    "en": "send me|notify me|email me|e-mail me|keep me|enter your|your email|your e-mail|your inbox",
    "de": "gib deine|geben sie ihre|deine e-mail|ihre e-mail|informiere mich|benachrichtige mich|"
          "benachrichtigen sie mich|dein postfach|ihr postfach|trage dich|tragen sie sich|"
          "e-mail-adresse eingeben|e-mail-adresse ein|wenn du|wenn sie",
    "fr": "votre e-mail|votre adresse|prévenez-moi|avertissez-moi",
    "es": "tu correo|tu email|tu dirección|notifícame|avísame",
    "it": "la tua email|la tua e-mail|il tuo indirizzo|avvisami",
    "pt": "seu e-mail|seu email|seu endereço|notifique-me|avise-me",
    "nl": "je e-mail|uw e-mail|stuur mij|houd mij",
})
POST_ALERT_CALL = Lexicon(openers={
    "en": "subscribe|sign up|get|receive|follow",
    "de": "abonniere|abonnieren sie|erhalte|erhalten sie|folge|folgen sie",
    "fr": "recevez|abonnez-vous|inscrivez-vous|suivez",
    "es": "recibe|reciba|suscríbete|suscríbase|sigue|siga",
    "it": "ricevi|iscriviti|segui",
    "pt": "receba|assine|inscreva-se|siga",
    "nl": "ontvang|schrijf je in|abonneer|volg",
})
NEWSLETTER_LABEL = Lexicon(labels={
    "en": "follow blog via email|subscribe to blog via email|follow via email|subscribe via email|"
          "follow by email|subscribe by email",
    "de": "newsletter|newsletter abonnieren|zum newsletter anmelden|newsletter bestellen|"
          "blog via e-mail abonnieren|blog per e-mail abonnieren|per e-mail abonnieren|"
          "newsletteranmeldung|newsletter-anmeldung|anmeldung zum newsletter|"
          "jetzt newsletter abonnieren|newsletter anmeldung|unser newsletter|"
          "newsletter abonnieren und nichts verpassen|zum newsletter",
    "fr": "newsletter|lettre d'information|infolettre|inscription à la newsletter|"
          "abonnez-vous à la newsletter|s'inscrire à la newsletter|nos newsletters",
    "es": "newsletter|boletín|suscríbete al boletín|suscríbete a la newsletter|"
          "suscríbete a nuestro boletín|boletín de noticias",
    "it": "newsletter|iscriviti alla newsletter|iscrizione newsletter|le nostre newsletter",
    "pt": "newsletter|boletim|assine a newsletter|assine a nossa newsletter|"
          "inscreva-se na newsletter|receba a newsletter",
    "nl": "nieuwsbrief|schrijf je in voor de nieuwsbrief|aanmelden nieuwsbrief|"
          "inschrijven nieuwsbrief",
    "pl": "newsletter|zapisz się do newslettera|zapisz się na newsletter|subskrybuj newsletter",
    "ru": "рассылка|подписка на рассылку|подписаться на рассылку|подпишитесь на рассылку|"
          "подпишитесь на нашу рассылку|наша рассылка",
    "ja": "ニュースレター|メールマガジン|メルマガ登録|メールマガジン登録|ニュースレター登録",
    "zh": "电子报|電子報|订阅电子报|訂閱電子報|邮件订阅|訂閱我們的電子報|订阅我们的电子报",
    "ko": "뉴스레터|뉴스레터 구독|뉴스레터 구독하기|뉴스레터 신청",
})

SUBSCRIPTION = Lexicon(labels={
    # A login form's labels: the account wall around a subscription.
    "en": "forgot your password|forgot password|lost your password|remember me|keep me logged in|"
          "keep me signed in|stay signed in|stay logged in|create an account|create account|"
          "create a free account|sign up for free|"
          "reset password|reset your password|password|username|user name|username or email|"
          "username or email address|email or username|"
          # A subscription offered as a gift, a platform's button (Substack's).
          "give a gift subscription|gift a subscription|give a gift|"
          # A news theme's log-in box (tagDiv's Newspaper): its greeting and its note.
          "welcome! log into your account|a password will be e-mailed to you",
    "de": "abonnieren|jetzt abonnieren|abo|abo abschließen|jetzt abo abschließen|zum abo|abos|"
          "mitglied werden|jetzt mitglied werden|jetzt registrieren|registrieren|jetzt anmelden|"
          "anmelden|einloggen|login|abmelden|jetzt spenden|spenden|jetzt unterstützen|"
          "unterstützen sie uns|unterstütze uns|jetzt testen|gratis testen|ausgabe kaufen|"
          "aktuelle ausgabe|e-paper|epaper|zum e-paper|abo-shop|zum shop|shop|"
          "ja. ich bin abonnent|ich bin abonnent|jetzt aktivieren|möchten sie weiterlesen?|"
          "passwort vergessen|angemeldet bleiben|eingeloggt bleiben|konto erstellen|"
          "benutzerkonto erstellen|passwort zurücksetzen|passwort|benutzername|"
          "benutzername oder e-mail|e-mail oder benutzername|jetzt abonnent werden|"
          "werden sie abonnent|abonnent werden|digital-abo|digitalabo|jetzt kostenlos testen|"
          "kostenlos testen|kostenlos registrieren|hier anmelden|hier einloggen|"
          "jetzt die app herunterladen|app herunterladen|laden sie unsere app herunter|"
          "noch kein konto? jetzt registrieren|sie sind bereits registriert? hier einloggen|"
          "spenden sie jetzt|werden sie mitglied|unterstützen sie unsere arbeit|"
          "laden sie jetzt unsere app herunter|jetzt im app store|jetzt bei google play|"
          "laden im app store|jetzt herunterladen bei google play|"
          # The button a contract must offer online in Germany since 2022.
          "verträge hier kündigen|vertrag hier kündigen|abonnement hier kündigen|abo hier kündigen|"
          "abo kündigen|jederzeit kündbar|monatlich kündbar|"
          "herzlich willkommen! loggen sie sich in ihrem konto ein|"
          "ein passwort wird ihnen per e-mail zugeschickt",
    "fr": "s'abonner|abonnez-vous|je m'abonne|abonnement|s'abonner maintenant|se connecter|"
          "connexion|créer un compte|faire un don|soutenez-nous|déjà abonné|mon compte|"
          "s'inscrire|inscription|se déconnecter|déconnexion|"
          "mot de passe oublié|se souvenir de moi|rester connecté|créer mon compte|mot de passe|"
          "nom d'utilisateur|identifiant|devenez membre|faites un don|je fais un don|"
          "téléchargez notre application|téléchargez l'application|disponible sur google play|"
          "télécharger dans l'app store|disponible sur l'app store|article réservé aux abonnés|"
          "résiliable à tout moment|sans engagement, résiliable à tout moment",
    "es": "suscríbete|suscribirse|suscríbete ahora|hazte socio|hazte suscriptor|iniciar sesión|"
          "regístrate|registrarse|dona|donar|apóyanos|mi cuenta|suscripción|ingresar|entrar|"
          "¿olvidaste tu contraseña|olvidaste tu contraseña|olvidé mi contraseña|recordarme|"
          "crear cuenta|crear una cuenta|contraseña|nombre de usuario|haz una donación|"
          "hazte miembro|descarga nuestra app|descarga la app|disponible en google play|"
          "descárgalo en el app store|consíguelo en google play|cancela cuando quieras|"
          "cancela en cualquier momento|haz tu aporte|haz un aporte|aporta|ingresa|"
          "suscríbete gratis|suscríbete o ingresa|suscríbete o inicia sesión|regístrate o inicia sesión|"
          "inicia sesión|regístrate gratis|¿ya tienes suscripción?|¿ya tienes cuenta?|"
          "ya tienes suscripción|ya tienes cuenta",
    "it": "abbonati|abbonati ora|abbonamento|accedi|registrati|sostienici|dona ora|il mio account|"
          "password dimenticata|hai dimenticato la password|ricordami|crea un account|nome utente|"
          "fai una donazione|diventa socio|scarica la nostra app|scarica l'app|"
          "disponibile su google play|scarica su app store|disdici quando vuoi|"
          "disdici in qualsiasi momento",
    "pt": "assine|assine já|assine agora|assinatura|entrar|cadastre-se|apoie|doe|minha conta|"
          "esqueceu a senha|esqueceu sua senha|esqueci minha senha|lembrar-me|criar conta|senha|"
          "nome de usuário|faça uma doação|doe agora|seja assinante|seja membro|"
          "baixe nosso aplicativo|baixe o aplicativo|baixe o nosso aplicativo|baixe o app|"
          "baixe nosso app|baixe o nosso app|disponível no google play|"
          "baixar na app store|cancele quando quiser|cancele a qualquer momento|registe-se|"
          "registar|inicie sessão|iniciar sessão|faça login|fazer login|subscreva|subscreva já|"
          "torne-se assinante|seja assinante|já é assinante?",
    "nl": "abonneer|abonneren|word abonnee|abonnement|inloggen|registreren|steun ons|doneer|"
          "wachtwoord vergeten|onthoud mij|ingelogd blijven|account aanmaken|wachtwoord|"
          "gebruikersnaam|doneer nu|word lid|word donateur|download onze app|download de app|"
          "ontdek het op google play|download in de app store|altijd opzegbaar|"
          "maandelijks opzegbaar|dagelijks opzegbaar",
    "pl": "zaloguj się|zaloguj|zarejestruj się|załóż konto|wyloguj się|subskrybuj|wykup subskrypcję|"
          "kup subskrypcję|masz już konto?|nie pamiętasz hasła?|nie masz konta?",
}, openers={
    "de": "weiterlesen mit|jetzt weiterlesen|um weiterzulesen|sie haben bereits ein abo|"
          "sie sind bereits abonnent|bereits abonnent|bereits registriert|lesen sie jetzt weiter|"
          "dieser artikel ist nur für abonnenten|exklusiv für abonnenten|nur für abonnenten|"
          "dieser artikel gehört zum angebot von|"
          "wählen sie ihren zugang|jetzt abo abschließen|jetzt abonnieren|testen sie jetzt|"
          "unterstützen sie unabhängigen journalismus|unterstütze|jetzt gratis testen|"
          "sie möchten weiterlesen|zugang zu allen artikeln|sie sind nicht verbunden|"
          "loggen sie sich ein oder registrieren",
    "fr": "cet article est réservé aux abonnés|réservé aux abonnés|la suite est réservée|"
          "pour lire la suite|déjà abonné|abonnez-vous pour|abonnez-vous à partir de|"
          "pour accéder en illimité|abonnez-vous au|abonnez-vous à|abonnez-vous dès|"
          "il vous reste|soutenez",
    "es": "este contenido es exclusivo para suscriptores|contenido exclusivo para suscriptores|"
          "exclusivo para suscriptores|para seguir leyendo|ya eres suscriptor|¿ya eres suscriptor|"
          "suscríbete para|suscríbete desde|suscríbete por|apoya el periodismo|hazte miembro|"
          "¿ya tienes suscripción|ya tienes suscripción|¿ya tienes cuenta|ya tienes cuenta",
    "it": "contenuto riservato agli abbonati|riservato agli abbonati|per continuare a leggere|"
          "sei già abbonato|abbonati per|abbonati a partire da|sostieni",
    "pt": "conteúdo exclusivo para assinantes|exclusivo para assinantes|para continuar lendo|"
          "para continuar a ler|já é assinante|assine para|assine a partir de|assine por|apoie o jornalismo|"
          "este artigo é exclusivo para assinantes|esta notícia é exclusiva para assinantes|"
          "este conteúdo é exclusivo para assinantes|subscreva para|registe-se para",
    "nl": "dit artikel is alleen voor abonnees|alleen voor abonnees|lees verder met|"
          "dit artikel is exclusief voor abonnees|exclusief voor abonnees|"
          "ben je al abonnee|al abonnee|word abonnee en|steun",
    "pl": "masz już konto|nie masz konta|ten artykuł jest dostępny tylko dla|artykuł dostępny tylko dla|"
          "treść dostępna tylko dla|zaloguj się, aby|wykup dostęp",
})

# -- consent, legal pages, advertising (NL307, NL308) --------------------------------------------

#: The buttons of a cookie-consent banner, as the whole line (``Accept all``, ``Alle akzeptieren``,
#: ``Tout refuser``): alone on a line they are never the story's words.
CONSENT_BUTTONS = Lexicon(labels={
    "en": "accept|accept all|accept all cookies|accept cookies|reject all|decline all|allow all|"
          "allow all cookies|allow cookies|agree and close|manage cookies|manage preferences|"
          "manage cookie preferences|save preferences|only necessary cookies|"
          # A consent tool's heading and buttons beyond accepting (IAB frameworks, US notices).
          "we value your privacy|your privacy choices|your privacy options|accept and continue|"
          "agree and continue|accept & continue|agree & continue|got it|got it!|"
          # The headings, categories and buttons of the common consent managers' dialogs.
          "privacy overview|strictly necessary cookies|necessary cookies|performance cookies|"
          "functional cookies|targeting cookies|analytics cookies|marketing cookies|"
          "advertising cookies|enable or disable cookies|manage cookie consent|manage consent|"
          "manage consent preferences|confirm my choices|necessary always enabled|always enabled|"
          "functional always active|always active|non-necessary|cookie list|manage options|"
          "manage services|manage vendors|view preferences|reject all cookies|"
          "allow selection|use necessary cookies only",
    "de": "akzeptieren|alle akzeptieren|alle cookies akzeptieren|cookies akzeptieren|ablehnen|"
          "alle ablehnen|einstellungen speichern|auswahl speichern|auswahl bestätigen|zustimmen|"
          "alle zulassen|cookies zulassen|nur notwendige cookies|nur essenzielle cookies|"
          "cookie-einstellungen anpassen|alle cookies zulassen|akzeptieren und weiter|"
          "ok, verstanden|datenschutzeinstellungen|privatsphäre-einstellungen|"
          "notwendige cookies|essenzielle cookies|statistik-cookies|marketing-cookies|"
          "cookie-details|individuelle datenschutzeinstellungen|nur essenzielle cookies akzeptieren|"
          "notwendig immer aktiv|immer aktiv|ich akzeptiere|alle cookies ablehnen|auswahl erlauben|"
          "details zeigen|nur notwendige zulassen|unbedingt erforderliche cookies|leistungs-cookies|"
          "funktionelle cookies|cookies für marketingzwecke|cookie-liste|meine auswahl bestätigen|"
          "zustimmung verwalten",
    "fr": "accepter|tout accepter|accepter tout|accepter et fermer|refuser|tout refuser|"
          "continuer sans accepter|paramétrer les cookies|gérer les cookies|accepter les cookies|"
          "nous respectons votre vie privée|accepter et continuer|j'ai compris|"
          "paramètres de confidentialité|panneau de gestion des cookies|cookies strictement nécessaires|"
          "autoriser tous les cookies|autoriser la sélection|tout autoriser|afficher les détails|"
          "cookies de performance|cookies de fonctionnalité|cookies de ciblage|confirmer mes choix|"
          "gérer le consentement|liste des cookies",
    "es": "aceptar|aceptar todas|aceptar todo|aceptar todas las cookies|rechazar|rechazar todas|"
          "rechazar todo|configurar cookies|ajustes de cookies|aceptar cookies|"
          "valoramos tu privacidad|aceptar y continuar|configuración de privacidad|permitir todas|"
          "permitir todas las cookies|permitir selección|mostrar detalles|"
          "cookies estrictamente necesarias|cookies de rendimiento|cookies funcionales|cookies dirigidas|"
          "confirmar mis preferencias|gestionar el consentimiento|lista de cookies",
    "it": "accetta|accetta tutti|accetta tutto|rifiuta|rifiuta tutti|rifiuta tutto|"
          "accetta e chiudi|gestisci cookie|accetta i cookie|accetta e continua|ho capito|"
          "impostazioni privacy|impostazioni della privacy|consenti tutti|consenti tutti i cookie|"
          "consenti la selezione|mostra dettagli|cookie strettamente necessari|cookie prestazionali|"
          "cookie funzionali|cookie di targeting|conferma le mie scelte|gestisci consenso|elenco dei cookie",
    "pt": "aceitar|aceitar todos|aceitar tudo|rejeitar|rejeitar todos|recusar|configurar cookies|"
          "aceitar cookies|aceitar e continuar|definições de privacidade|"
          "configurações de privacidade|permitir todos|permitir todos os cookies|permitir seleção|"
          "mostrar detalhes|cookies estritamente necessários|cookies de desempenho|cookies funcionais|"
          "cookies de segmentação|confirmar as minhas escolhas|gerir consentimento|lista de cookies",
    "nl": "accepteren|alles accepteren|alle cookies accepteren|weigeren|alles weigeren|"
          "cookies accepteren|cookie-instellingen|accepteren en doorgaan|privacy-instellingen|"
          "privacyinstellingen|alle cookies toestaan|alles toestaan|selectie toestaan|details tonen|"
          "strikt noodzakelijke cookies|prestatiecookies|functionele cookies|mijn keuzes bevestigen|"
          "toestemming beheren|cookielijst",
    "pl": "akceptuję|akceptuj|akceptuj wszystkie|zaakceptuj wszystkie|przejdź do serwisu|"
          "ustawienia cookies|ustawienia plików cookie|odrzuć wszystkie|zapisz ustawienia|"
          "szanujemy twoją prywatność|ustawienia prywatności",
    "ru": "принять|принять все|принять cookie|принять файлы cookie|принять cookies|разрешить все|"
          "отклонить все|настройки cookie|настройки файлов cookie",
    "ja": "すべて同意|すべて同意する|同意して閉じる|クッキーを許可|cookieを許可|すべて許可|"
          "すべて拒否|cookie設定|クッキー設定",
    "zh": "接受所有|全部接受|接受全部|接受 cookies|接受cookies|接受 cookie|同意并继续|同意並繼續|"
          "拒绝所有|拒絕所有|cookie 设置|cookie 設定",
    "ko": "모두 동의|모두 허용|쿠키 허용|모두 거부|쿠키 설정",
})
CONSENT = Lexicon(phrases={
    "de": "diese website verwendet cookies|diese webseite verwendet cookies|"
          "diese seite verwendet cookies|wir verwenden cookies|wir nutzen cookies|"
          "verwendet cookies|nutzt cookies|setzt cookies ein|einsatz von cookies|"
          "verwendung von cookies|cookie-einstellungen|cookie-richtlinie|cookie-hinweis|"
          "datenschutzerklärung|datenschutzhinweise|mit der nutzung dieser website|"
          "durch die nutzung dieser website|durch die weitere nutzung|"
          "stimmen sie der verwendung|erklären sie sich damit einverstanden|"
          "wir respektieren deine privatsphäre|wir respektieren ihre privatsphäre|"
          "ihre privatsphäre ist uns wichtig|externe inhalte|externer inhalt|"
          "empfohlener redaktioneller inhalt|um den inhalt von|inhalte von drittanbietern|"
          "ich bin damit einverstanden, dass mir externe inhalte|"
          "mit einem klick auf|zum laden des inhalts|einige von ihnen sind essenziell",
    "fr": "ce site utilise des cookies|ce site web utilise des cookies|nous utilisons des cookies|"
          "utilise des cookies|utilisation des cookies|accepter les cookies|"
          "politique de confidentialité|gestion des cookies|paramètres des cookies|"
          "en poursuivant votre navigation|en continuant à naviguer|vos données personnelles|"
          "politique relative aux cookies|sur ceux que vous souhaitez activer",
    "es": "este sitio web utiliza cookies|este sitio utiliza cookies|esta web utiliza cookies|"
          "esta página web utiliza cookies|utilizamos cookies|usamos cookies|utiliza cookies|"
          "política de privacidad|política de cookies|aceptar cookies|configuración de cookies|"
          "si continúa navegando|si continúas navegando|uso de cookies|este sitio usa cookies|"
          "al continuar usando este sitio",
    "it": "questo sito utilizza cookie|questo sito usa cookie|questo sito utilizza i cookie|"
          "utilizziamo i cookie|usiamo i cookie|utilizza cookie|informativa sulla privacy|"
          "informativa privacy|informativa cookie|accetta i cookie|continuando la navigazione|"
          "uso dei cookie",
    "pt": "este site utiliza cookies|este site usa cookies|este website utiliza cookies|"
          "utilizamos cookies|usamos cookies|utiliza cookies|política de privacidade|"
          "política de cookies|aceitar cookies|ao continuar navegando|ao continuar a navegar|"
          "uso de cookies",
    "nl": "deze website maakt gebruik van cookies|deze website gebruikt cookies|"
          "deze site gebruikt cookies|wij gebruiken cookies|we gebruiken cookies|"
          "maakt gebruik van cookies|privacybeleid|privacyverklaring|cookiebeleid|"
          "cookie-instellingen|cookies accepteren",
    "pl": "pliki cookies|plików cookies|pliki cookie|plików cookie|ciasteczka|ciasteczek|"
          "korzystamy z cookies|używamy cookies|wykorzystujemy cookies|"
          "polityka prywatności|polityce prywatności|polityką prywatności",
    "ru": "файлы cookie|файлов cookie|файлы cookies|файлов cookies|использует cookie|"
          "используем cookie|куки|политика конфиденциальности|политикой конфиденциальности",
    "ja": "クッキーを使用|cookieを使用|クッキー（cookie）|cookieを利用|クッキーを利用|"
          "プライバシーポリシー",
    "zh": "使用cookie|使用 cookie|使用cookies|使用 cookies|隐私政策|隱私政策|隐私权政策|隱私權政策",
    "ko": "쿠키를 사용|쿠키 사용|개인정보처리방침|개인정보 처리방침",
})
#: A form's consent box: the reader's own words, in the first person, opening the line (``I agree
#: to the processing of my personal data …``, ``Ich bin mit der Verarbeitung meiner Daten …
#: einverstanden``, ``J'ai lu et j'accepte la Charte des commentaires.``, ``Acepto los términos
#: y condiciones.``, ``Wyrażam zgodę na przetwarzanie danych osobowych``); NL307 asks also for
#: what is agreed to (:data:`newslint.rules.promos._CONSENT_OBJECT`).
CONSENT_BOX = Lexicon(openers={
    "en": "i agree to|i consent to|i accept the|i have read and agree|"
          "i have read and accept|i have read and understood|i hereby agree|i hereby consent|"
          "i hereby accept|i hereby subscribe|i hereby confirm|i would like to receive|"
          "yes, i agree|yes, i would like to receive|yes, i want to receive",
    "de": "ich bin damit einverstanden|ich bin mit|ich stimme|ich akzeptiere|ich willige|"
          "ich erkläre mich|ich habe die|hiermit erkläre ich|hiermit bestätige ich|"
          "hiermit willige ich|hiermit stimme ich|hiermit akzeptiere ich|ja, ich möchte|"
          "ja, ich habe|mit der anmeldung|mit dem absenden|mit der registrierung|"
          "mit dem abschicken",
    "fr": "j'accepte|j'ai lu et accepte|j'ai lu et j'accepte|je consens|je suis d'accord|"
          "je souhaite recevoir|je reconnais avoir lu|j'autorise|oui, je souhaite",
    "es": "acepto|he leído y acepto|consiento|estoy de acuerdo con|autorizo|"
          "doy mi consentimiento|sí, quiero recibir|sí, deseo recibir",
    "it": "accetto|ho letto e accetto|acconsento|dichiaro di aver letto|autorizzo|"
          "do il consenso|do il mio consenso|sì, voglio ricevere|sì, desidero ricevere",
    "pt": "aceito|li e aceito|concordo com|declaro que li|autorizo|sim, quero receber|"
          "sim, desejo receber",
    "nl": "ik ga akkoord|ik heb de|ik geef toestemming|ja, ik wil",
    "pl": "akceptuję|wyrażam zgodę|zapoznałem się|zapoznałam się|oświadczam, że",
})
#: The names of a site's legal pages: a footer's links, alone or side by side on a line.
LEGAL_PAGES = Lexicon(labels={
    "en": "privacy|privacy policy|privacy notice|privacy statement|terms of use|terms of service|"
          "terms and conditions|terms & conditions|cookie policy|cookies policy|cookie settings|"
          "user agreement|accessibility|accessibility statement|disclaimer|legal notice|imprint|"
          "do not sell my info|do not sell my personal information|collection notice|notice at collection|"
          "do not sell or share my personal information|your privacy choices|"
          "your california privacy rights|california privacy rights|"
          "limit the use of my sensitive personal information",
    "de": "impressum|datenschutz|datenschutzerklärung|datenschutzhinweise|agb|"
          "nutzungsbedingungen|cookie-einstellungen|cookies|barrierefreiheit|"
          "erklärung zur barrierefreiheit|haftungsausschluss|rechtliche hinweise|"
          "privatsphäre-einstellungen|cookie-richtlinie|anbieterkennzeichnung|netiquette|"
          "provider information / impressum",
    "fr": "mentions légales|politique de confidentialité|confidentialité|cgu|cgv|"
          "conditions générales|conditions générales d'utilisation|gestion des cookies|cookies|"
          "accessibilité|données personnelles|déclaration d'accessibilité",
    "es": "aviso legal|política de privacidad|privacidad|política de cookies|cookies|"
          "términos y condiciones|condiciones de uso|accesibilidad|protección de datos|"
          "declaración de accesibilidad",
    "it": "note legali|privacy|informativa sulla privacy|cookie policy|privacy policy|"
          "termini e condizioni|condizioni d'uso|accessibilità|dichiarazione di accessibilità",
    "pt": "aviso legal|política de privacidade|privacidade|política de cookies|cookies|"
          "termos de uso|termos e condições|acessibilidade|declaração de acessibilidade",
    "nl": "privacybeleid|privacyverklaring|privacy|cookiebeleid|cookieverklaring|cookies|disclaimer|"
          "algemene voorwaarden|toegankelijkheid|cookie-instellingen",
    "pl": "polityka prywatności|polityka cookies|regulamin|regulamin serwisu|kontakt|o nas|"
          "mapa strony|redakcja|dla mediów|reklama w serwisie|ochrona danych|deklaracja dostępności",
    "ru": "политика конфиденциальности|пользовательское соглашение|условия использования|"
          "правила использования|контакты|о нас|о проекте|реклама на сайте|обратная связь|"
          "карта сайта|редакция|политика обработки персональных данных",
    "ja": "プライバシーポリシー|個人情報保護方針|利用規約|お問い合わせ|お問合せ|サイトマップ|"
          "会社概要|運営会社|免責事項|著作権について|広告掲載|サイトについて",
    "zh": "隐私政策|隱私政策|隐私权政策|隱私權政策|使用条款|使用條款|服务条款|服務條款|联系我们|"
          "聯絡我們|聯繫我們|关于我们|關於我們|网站地图|網站地圖|免责声明|免責聲明|广告服务|"
          "廣告服務",
    "ko": "개인정보처리방침|개인정보 처리방침|개인정보취급방침|이용약관|회사소개|광고문의|제휴문의|"
          "고객센터|청소년보호정책|이메일무단수집거부|기사제보|저작권 정책",
})

AD_LABEL = Lexicon(labels={
    "de": "anzeige|anzeigen|- anzeige -|werbung|werbeanzeige|gesponsert|sponsored|advertorial|"
          "produktempfehlung|produktempfehlungen|"
          "partner-inhalt|partnerinhalt|in kooperation mit|unterstützt von|präsentiert von|"
          "anzeige - weiterlesen nach der anzeige|weiterlesen nach der anzeige|"
          "artikel wird nach der anzeige fortgesetzt|werbefreie version|anzeige melden|"
          "in zusammenarbeit mit|google-anzeigen|anzeigen von google|gesponserte links",
    "fr": "publicité|pub|sponsorisé|contenu sponsorisé|contenu partenaire|annonce|article sponsorisé|"
          "la suite après la publicité|la suite après cette publicité|signaler cette publicité|"
          "signaler cette annonce|présenté par|en partenariat avec|annonces google|liens sponsorisés|"
          "liens commerciaux",
    "es": "publicidad|anuncio|patrocinado|contenido patrocinado|contenido de marca|artículo patrocinado|"
          "sigue leyendo después de la publicidad|denunciar este anuncio|presentado por|"
          "en colaboración con|enlaces patrocinados|anuncios google|anuncios de google",
    "it": "pubblicità|sponsorizzato|contenuto sponsorizzato|annuncio|contenuto di marca|articolo sponsorizzato|"
          "continua a leggere dopo la pubblicità|segnala questo annuncio|presentato da|"
          "in collaborazione con|link sponsorizzati|annunci google",
    "pt": "publicidade|anúncio|patrocinado|conteúdo patrocinado|conteúdo de marca|artigo patrocinado|"
          "continua depois da publicidade|continua após a publicidade|denunciar este anúncio|"
          "apresentado por|em parceria com|links patrocinados|anúncios google",
    "nl": "advertentie|gesponsord|gesponsorde inhoud|adverteren|"
          "het artikel gaat verder onder de advertentie|deze advertentie rapporteren|"
          "gepresenteerd door|in samenwerking met|gesponsorde links|advertenties van google",
    "pl": "reklama|artykuł sponsorowany|materiał sponsorowany|materiał partnera",
    "ru": "реклама|партнерский материал|партнёрский материал|на правах рекламы|спецпроект|"
          "материал партнера|материал партнёра|промо",
    "ja": "広告|スポンサーリンク|スポンサードリンク|スポンサーサイト|広告の後に続きます",
    "zh": "广告|廣告|赞助内容|贊助內容|推广|推廣|赞助|贊助",
    "ko": "광고|협찬|스폰서|후원",
}, phrases={
    "de": "affiliate-link|affiliate link|affiliate-links|affiliate links|provisionslink|"
          "provisions-link|werbelink|erhalten wir eine provision|wir erhalten eine provision|"
          "bekommen wir eine provision|bei den verlinkungen handelt es sich um|"
          "dieser beitrag enthält werbung|dieser artikel enthält werbung|enthält werbung für|"
          "unbezahlte werbung|bezahlte werbung|werbung wegen markennennung|*werbung|"
          "eine provision vom händler|provision vom händler|erhalten wir ggf. eine provision|"
          "erhalten wir gegebenenfalls eine provision|erhalten wir unter umständen eine provision",
    "fr": "liens affiliés|lien affilié|liens d'affiliation|nous percevons une commission|"
          "nous touchons une commission",
    "es": "enlaces de afiliados|enlace de afiliado|enlaces de afiliación|recibimos una comisión|"
          "podemos recibir una comisión",
    "it": "link di affiliazione|link affiliati|riceviamo una commissione|"
          "potremmo ricevere una commissione",
    "pt": "links de afiliados|link de afiliado|recebemos uma comissão|"
          "podemos receber uma comissão",
    "nl": "affiliate links|affiliatelinks|ontvangen wij een commissie|ontvangen we een commissie",
})

# -- navigation (NL309, NL310) -------------------------------------------------------------------

#: Section names: a menu's items.
SECTIONS = Lexicon(labels={
    "de": "startseite|home|nachrichten|aktuelles|aktuell|news|politik|wirtschaft|finanzen|sport|"
          "kultur|wissen|wissenschaft|gesundheit|panorama|reise|reisen|auto|mobilität|digital|"
          "technik|meinung|kommentare|lokales|regional|region|ratgeber|leben|lifestyle|"
          "unterhaltung|stars|karriere|immobilien|video|videos|fotos|bilder|bildergalerien|"
          "podcast|podcasts|wetter|themen|service|kontakt|impressum|datenschutz|suche|menü|archiv|"
          "newsletter|abo|mediathek|magazin|blog|termine|veranstaltungen|über uns|presse|shop|jobs|"
          "login|anmelden|mein konto|hilfe|faq|international|deutschland|welt|ausland|"
          "inland|kommunen|bildung|umwelt|klima|gesellschaft|familie|verbraucher|geld|börse|"
          "fußball|bundesliga|kino|musik|literatur|medien|netzwelt|spiele|rätsel|horoskop|"
          "anzeigen|traueranzeigen|veranstaltungskalender|leserbriefe|mehr|alle themen|ressorts|"
          "mediadaten|sitemap|kontaktformular|"
          # A blog's sidebar, as WordPress and the older web's site builders name its boxes.
          "über mich|kategorien|feed der einträge|kommentare-feed|blogroll|gästebuch|besucherzähler",
    "fr": "accueil|actualités|actualité|actu|infos|politique|économie|international|monde|france|"
          "société|sport|sports|culture|sciences|santé|high-tech|tech|environnement|planète|"
          "médias|people|vidéos|vidéo|photos|podcasts|météo|opinions|idées|débats|éditorial|"
          "régions|local|contact|recherche|menu|archives|newsletter|abonnement|connexion|"
          "mon compte|à propos|services|emploi|immobilier|voyage|auto|lifestyle|style|cuisine|"
          "jeux|horoscope|faits divers|justice|éducation|livres|cinéma|musique|plus|"
          "nous contacter|plan du site|publicité|à propos de moi|catégories|flux des publications|"
          "flux des commentaires|livre d'or|livre d’or",
    "es": "inicio|portada|noticias|actualidad|última hora|política|economía|internacional|"
          "mundo|nacional|sociedad|deportes|cultura|ciencia|salud|tecnología|opinión|"
          "espectáculos|entretenimiento|gente|vídeos|videos|fotos|fotogalerías|podcast|tiempo|"
          "clima|contacto|buscar|menú|archivo|hemeroteca|suscripción|acceder|mi cuenta|"
          "quiénes somos|servicios|empleo|motor|viajes|gastronomía|estilo|local|regional|"
          "sucesos|educación|medio ambiente|fútbol|cine|música|libros|más|contáctenos|"
          "mapa del sitio|sobre mí|archivos|categorías|feed de entradas|feed de comentarios|"
          "libro de visitas",
    "it": "home|notizie|news|attualità|cronaca|politica|economia|esteri|mondo|italia|sport|"
          "cultura|scienza|salute|tecnologia|tech|spettacoli|spettacolo|opinioni|editoriali|"
          "video|foto|fotogallery|podcast|meteo|contatti|chi siamo|cerca|menu|archivio|"
          "newsletter|abbonamenti|accedi|lavoro|motori|viaggi|cucina|moda|lifestyle|ambiente|"
          "regioni|calcio|cinema|musica|libri|altro|contattaci|mappa del sito|archivi|categorie|"
          "chi sono|feed dei contenuti|feed dei commenti|libro degli ospiti",
    "pt": "início|página inicial|notícias|últimas notícias|política|economia|mundo|"
          "internacional|brasil|portugal|país|sociedade|desporto|esportes|esporte|cultura|"
          "ciência|saúde|tecnologia|opinião|entretenimento|vídeos|fotos|podcast|tempo|contato|"
          "contacto|pesquisar|buscar|menu|arquivo|newsletter|assinatura|entrar|quem somos|"
          "serviços|empregos|carros|viagem|gastronomia|educação|ambiente|futebol|cinema|música|"
          "livros|mais|fale conosco|mapa do site|arquivos|categorias|sobre mim|feed de posts|"
          "feed de comentários|livro de visitas",
    "nl": "home|nieuws|binnenland|buitenland|politiek|economie|financiën|sport|cultuur|"
          "wetenschap|gezondheid|tech|media|opinie|video|video's|foto's|podcast|weer|contact|"
          "zoeken|menu|archief|nieuwsbrief|abonnement|inloggen|over ons|service|regio|lifestyle|"
          "reizen|auto|wonen|werk|voetbal|film|muziek|boeken|meer|colofon|sitemap|archieven|"
          "categorieën|over mij|berichten feed|reacties feed|gastenboek",
    "pl": "strona główna|wiadomości|aktualności|polityka|gospodarka|biznes|sport|kultura|nauka|"
          "technologie|świat|kraj|polska|opinie|rozrywka|zdrowie|motoryzacja|najnowsze|publikacje|"
          "archiwum|kategorie|szukaj|menu|region|pogoda|wideo|zdjęcia|podcasty|kontakt",
    "ru": "главная|новости|политика|экономика|общество|спорт|культура|наука|технологии|в мире|мир|"
          "россия|происшествия|мнения|авто|здоровье|главное|все новости|рубрики|архив|поиск|войти|"
          "меню|регионы|шоу-бизнес|путешествия|недвижимость|свежие записи|свежие комментарии|мета|"
          "категории|метки|архивы|обо мне",
    "ja": "ホーム|トップ|トップページ|ニュース|政治|経済|国際|社会|スポーツ|エンタメ|ライフ|"
          "テクノロジー|カテゴリー|カテゴリ|アーカイブ|最近の投稿|最近のコメント|メタ情報|"
          "プロフィール|検索|メニュー|新着|ランキング",
    "zh": "首页|首頁|新闻|新聞|国内|國內|国际|國際|财经|財經|体育|體育|娱乐|娛樂|科技|社会|社會|"
          "军事|軍事|文化|教育|健康|评论|評論|视频|視頻|影音|图片|圖片|搜索|搜尋|导航|導航|"
          "最新文章|分类|分類|归档|歸檔",
    "ko": "홈|뉴스|정치|경제|사회|국제|문화|스포츠|연예|오피니언|전체기사|포토|영상|전국|생활|"
          "it/과학|검색|메뉴|로그인|회원가입",
})

#: Interface controls: never copy when alone on a line.
CONTROLS = Lexicon(labels={
    # (Skip links, ``Zum Inhalt springen``, are read by their grammar: navigation._SKIP_LINK.)
    "de": "zurück|weiter|zurück nach oben|nach oben|zum seitenanfang|seitenanfang|"
          "audio herunterladen|video herunterladen|herunterladen|"
          "vorheriges|nächstes|vorheriges weiter|vorheriges nächstes|zurück weiter|"
          "zur startseite|zurück zur startseite|zurück zur übersicht|"
          "zur übersicht|zurück zur listenansicht|mehr anzeigen|weniger anzeigen|alle anzeigen|"
          "mehr laden|weitere laden|weitere artikel laden|schließen|öffnen|menü öffnen|"
          "menü schließen|navigation öffnen|suche öffnen|suchen|suchbegriff eingeben|"
          "vorheriger artikel|nächster artikel|vorheriger beitrag|nächster beitrag|"
          "der nächste beitrag|der vorherige beitrag|volltextsuche|volltext-suche|"
          "beitrags-navigation|beitragsnavigation|kommentar-navigation|artikel-navigation|"
          "artikel verschenken|zur merkliste hinzufügen|zur merkliste|auf die merkliste|"
          "audio starten|artikel vorlesen lassen|vorlesen lassen|zur diskussion|"
          "vorherige seite|nächste seite|bild vergrößern|video abspielen|abspielen|"
          "wird geladen|lädt|mehr erfahren|alle artikel|alle beiträge|alle meldungen|"
          "zum artikel|zum beitrag|hier klicken|ausklappen|einklappen|bild 1|weitere infos|"
          "nachtmodus ein / aus|nachtmodus|vorlesen|artikel vorlesen|audio abspielen|fehler melden|"
          "schriftgröße|artikel anhören|zum vergrößern klicken|seite empfehlen|"
          "seite versenden|artikel versenden|artikel empfehlen|schrift vergrößern|schrift verkleinern|"
          "text vergrößern|text verkleinern|zurück zum seitenanfang|zitieren|beitrag melden|"
          "seite durchsuchen|suche starten|erweiterte suche|keine ergebnisse gefunden|"
          "in den warenkorb|warenkorb|merkzettel|rss-feed|rss-feeds|app herunterladen|link kopiert|"
          "bewerten|permalink|blog-archiv|mein profil vollständig anzeigen|druckansicht|"
          "neuere posts ältere posts startseite|neuerer post älterer post startseite|"
          "abonnieren kommentare zum post (atom)|abonnieren posts (atom)|kommentar veröffentlichen|"
          "inhalt|inhaltsverzeichnis|zum video|video ansehen|jetzt ansehen|audio anhören|"
          "podcast hören|jetzt anhören|"
          # Accessibility, calendar and map widgets of institutions' pages.
          "leichte sprache|gebärdensprache|deutsche gebärdensprache|kontrast|kontrast ändern|"
          "hoher kontrast|schriftgröße ändern|in kalender eintragen|in den kalender eintragen|"
          "zum kalender hinzufügen|termin exportieren|ical-export|ical export|karte anzeigen|"
          "route planen|nach oben scrollen|zur mobilen ansicht|barriere melden|transkript anzeigen|"
          "live ansehen|jetzt live ansehen|nur wichtigste ereignisse anzeigen|"
          "neue beiträge anzeigen|ältere beiträge laden|aktualisieren|fehler gefunden|"
          "fehler gefunden? jetzt melden|"
          # WordPress's search form: its label, and its button beside it.
          "suche nach:|suche nach: suche|suche nach: suchen",
    "fr": "retour|suivant|rechercher :|rechercher : rechercher|précédent|retour en haut|haut de page|retour en haut de page|"
          "navigation de l’article|navigation de l'article|navigation des articles|"
          "fermer|ouvrir|"
          "voir plus|voir tout|voir tous|afficher plus|charger plus|article précédent|"
          "article suivant|rechercher|agrandir|lire la vidéo|voir la vidéo|regarder la vidéo|"
          "chargement|en savoir plus|"
          "cliquez ici|retour à l'accueil|signaler une erreur|taille du texte|écouter cet article|"
          "cliquez pour agrandir|version imprimable|envoyer cet article|recommander cet article|"
          "agrandir le texte|réduire le texte|retour en haut de la page|tous les articles|citer|"
          "signaler un abus|rechercher sur le site|aucun résultat|aucun résultat trouvé|"
          "ajouter au panier|panier|mon panier|flux rss|télécharger l'application|lien copié|"
          "archives du blog|afficher mon profil complet|permalien|enregistrer un commentaire|"
          "articles plus récents articles plus anciens accueil|"
          "article plus récent article plus ancien accueil|"
          "s'abonner à : publier les commentaires (atom)|sommaire|table des matières|"
          "contraste renforcé|ajouter au calendrier|afficher la carte|voir la carte|"
          "regarder en direct|voir la transcription|signaler un contenu|signaler ce contenu",
    "es": "volver|siguiente|buscar:|buscar: buscar|anterior|volver arriba|ir arriba|cerrar|abrir|ver más|ver todo|ver todos|mostrar más|cargar más|"
          "ver video|ver vídeo|ver el video|ver el vídeo|"
          "navegación de entradas|"
          "artículo anterior|artículo siguiente|noticia anterior|noticia siguiente|buscar|"
          "entrada anterior|entrada siguiente|escucha este artículo|escucha esta noticia|"
          "escucha la nota|escuchar la nota|escucha la noticia|escuchar la noticia|"
          "ampliar|reproducir|cargando|leer más|haz clic aquí|volver al inicio|"
          "escucha esta nota aquí|escuchar esta nota|escuchar|reportar un error|reportar error|"
          "tamaño de letra|tamaño del texto|escuchar este artículo|haz clic para ampliar|"
          "versión para imprimir|versión imprimible|enviar a un amigo|aumentar tamaño|"
          "disminuir tamaño|volver a la portada|citar|buscar en el sitio|"
          "no se encontraron resultados|añadir al carrito|agregar al carrito|carrito|"
          "descargar la app|enlace copiado|archivo del blog|ver todo mi perfil|enlace permanente|"
          "entrada más reciente entrada antigua inicio|"
          "entradas más recientes entradas antiguas inicio|publicar un comentario|cerrar sesión|"
          "suscribirse a: enviar comentarios (atom)|índice|tabla de contenidos|tabla de contenido|"
          "alto contraste|añadir al calendario|ver mapa|lectura fácil|lengua de signos|"
          "ver en directo|ver en vivo|ver transcripción",
    "it": "indietro|avanti|cerca:|cerca: cerca|successivo|precedente|torna su|torna all'inizio|chiudi|apri|mostra di più|vedi tutti|vedi tutto|carica altro|"
          "guarda il video|guarda il video completo|"
          "navigazione articoli|"
          "articolo precedente|articolo successivo|cerca|ingrandisci|caricamento|leggi di più|"
          "ascolta l'articolo|ascolta questo articolo|"
          "clicca qui|torna alla home|segnala un errore|versione stampabile|invia a un amico|"
          "aggiungi al carrello|carrello|archivio blog|visualizza il mio profilo completo|"
          "post più recente post più vecchio home page|posta un commento|link permanente|cita|indice|"
          "sommario|alto contrasto|aggiungi al calendario|mostra mappa|visualizza mappa|"
          "lingua dei segni|guarda in diretta|guarda la diretta",
    "pt": "voltar|próximo|pesquisar por:|pesquisar por: pesquisar|anterior|voltar ao topo|fechar|abrir|ver mais|ver todos|ver tudo|carregar mais|artigo anterior|"
          "assista ao vídeo|veja o vídeo|ver vídeo|"
          "navegação de post|navegação de posts|"
          "próximo artigo|notícia anterior|próxima notícia|pesquisar|ampliar|carregando|"
          "ouça este artigo|ouvir este artigo|ouça esta notícia|ouvir esta notícia|"
          "ouça a notícia|ouvir a notícia|ouça a matéria|ouvir a matéria|ouça o artigo|"
          "clique aqui|voltar ao início|versão para impressão|enviar para um amigo|"
          "adicionar ao carrinho|carrinho|arquivo do blog|ver meu perfil completo|"
          "postagem mais recente postagem mais antiga página inicial|postar um comentário|"
          "link permanente|índice|sumário|pesquisar por|alto contraste|adicionar ao calendário|"
          "ver mapa|língua de sinais|assista ao vivo|assistir ao vivo|"
          "reportar erro|comunicar erro",
    "nl": "terug|volgende|zoeken naar:|zoeken naar: zoeken|vorige|naar boven|terug naar boven|sluiten|openen|meer tonen|toon meer|alles bekijken|meer laden|"
          "bekijk de video|bekijk video|"
          "berichtnavigatie|luister naar dit artikel|beluister dit artikel|vorig bericht|volgend bericht|"
          "vorig artikel|volgend artikel|zoeken|vergroten|laden|klik hier|terug naar home|"
          "printversie|in winkelwagen|winkelwagen|blogarchief|mijn volledige profiel tonen|"
          "nieuwere post oudere post startpagina|een reactie posten|citeren|inhoud|inhoudsopgave|"
          "zoeken naar|hoog contrast|toevoegen aan agenda|toon kaart|bekijk kaart|gebarentaal|"
          "bekijk live|kijk live|"
          "fout gezien|fout gezien? mail de redactie|fout gezien? laat het ons weten|"
          "meld een fout|fout melden",
    "pl": "wróć|powrót|wróć do góry|do góry|dalej|wstecz|zamknij|pokaż więcej|załaduj więcej|"
          "nawigacja wpisu|nawigacja wpisów|poprzedni wpis|następny wpis|"
          "rozwiń|zwiń|następny|poprzedni|następna strona|poprzednia strona|zobacz wszystkie|"
          "wszystkie artykuły|wróć na stronę główną|poprzedni artykuł|następny artykuł|"
          "poprzedni wpis|następny wpis",
    "ru": "назад|наверх|вернуться наверх|далее|вперед|вперёд|закрыть|показать еще|показать ещё|"
          "загрузить еще|загрузить ещё|развернуть|свернуть|все новости|все статьи|"
          "следующая страница|предыдущая страница|на главную|вернуться на главную|"
          "предыдущая статья|следующая статья|предыдущая запись|следующая запись",
    "ja": "戻る|前へ|次へ|もっと見る|閉じる|ページトップへ|ページの先頭へ|ページの先頭へ戻る|"
          "トップへ戻る|ページトップ|一覧へ戻る|一覧に戻る|メニュー|一覧を見る|すべて見る|拡大する|"
          "前の記事|次の記事|前の投稿|次の投稿|読み込み中",
    "zh": "返回|返回顶部|返回頂部|返回首页|返回首頁|回到顶部|回到頂部|上一页|下一页|上一頁|下一頁|"
          "更多|查看更多|加载更多|載入更多|关闭|關閉|展开|展開|收起|展开全文|展開全文|回到首页|"
          "上一篇|下一篇|正在加载|正在載入|加载中|載入中",
    "ko": "뒤로가기|뒤로|이전|다음|더보기|닫기|맨위로|맨 위로|위로|목록|목록으로|처음으로|"
          "이전 페이지|다음 페이지|전체보기|이전글|다음글|이전 기사|다음 기사",
})

# -- related stories (NL202, NL203) --------------------------------------------------------------

#: Headings of a related-stories box, as the whole line.
RELATED_HEADING = Lexicon(labels={
    "de": "am meisten gelesen|am häufigsten gelesen|am meisten kommentiert|meist gelesen|"
          "das könnte sie auch interessieren|das könnte dich auch interessieren|"
          "das könnte ihnen auch gefallen|das könnte dir auch gefallen|"
          "das thema könnte dich auch interessieren|ähnliche beiträge|ähnliche artikel|"
          "ähnliche themen|ähnliche nachrichten|ähnliche meldungen|ähnliche news|verwandte artikel|verwandte beiträge|verwandte themen|mehr zum thema|"
          "auch interessant|ebenfalls interessant|empfohlene beiträge|empfohlene artikel|"
          "neueste artikel|neueste beiträge|neue beiträge|letzte beiträge|aktuelle beiträge|"
          "aktuelle artikel|meistgelesen|meistgelesene artikel|meistgelesene|meist gelesen|"
          "meistkommentiert|meist-diskutiert|meistgeklickt|beliebte beiträge|beliebte artikel|"
          "beliebteste artikel|top-artikel|top artikel|weitere artikel|weitere beiträge|"
          "weitere beiträge zum thema|weitere artikel zum thema|weitere nachrichten zum thema|"
          "weitere artikel in diesem ressort|weitere beiträge in diesem ressort|"
          "weitere pressemitteilungen dieses verbands|"
          "weitere nachrichten|weitere meldungen|weitere themen|mehr artikel|mehr nachrichten|"
          "mehr aus|mehr aus dem ressort|mehr aus der rubrik|lesen sie auch|lesen sie mehr|lesenswert|"
          "auch lesenswert|aktuelle nachrichten|top-nachrichten|top nachrichten|"
          "die wichtigsten nachrichten|nachrichten aus der region|"
          "empfehlungen|unsere empfehlungen|"
          "empfehlung der redaktion|redaktionsempfehlung|passend dazu|dazu passend|zum thema|"
          "mehr zu diesem thema|weitere beiträge aus der kolumne|themen in diesem artikel|"
          "vorschau auf den nächsten artikel|nachfolgebeitrag|vorheriger beitrag|"
          "weitere tipps|auch spannend|top-themen|top themen|im fokus|schlagzeilen|"
          "weiterführende informationen|weiterführende links|weiterführende artikel|"
          "lesen sie auch die folgenden beiträge|"
          "letzte artikel|letzte meldungen|meist gelesene beiträge|meistgelesene beiträge|"
          "kommentierte artikel|videos zum thema|bilder zum thema|weitere videos|viel gelesen|"
          "meistgelesene nachrichten|aktuelle meldungen|neueste meldungen|am meisten gelesen|"
          "am häufigsten gelesen|die meistgelesenen artikel|die meistgelesenen|meistgesehen|"
          "meistgesehene videos|artikel zum thema|beiträge zum thema|nachrichten zum thema|"
          "die redaktion empfiehlt|unsere redaktion empfiehlt|für dich empfohlen|"
          "für sie empfohlen|empfohlen für dich|empfohlen für sie|"
          "diese artikel könnten dich interessieren|diese artikel könnten sie interessieren|"
          "diese beiträge könnten dich interessieren|diese beiträge könnten sie interessieren|"
          "das könnte sie interessieren|das könnte dich interessieren|"
          "das könnte ihnen gefallen|das könnte dir gefallen|noch mehr news|noch mehr nachrichten|"
          "noch mehr artikel|mehr news|mehr videos|weitere news|top-news|top news|verwandte links|"
          "weiterführender link|themenrelevante nachrichten|top themen der redaktion|"
          "top-themen der redaktion|aktuelle news|zu allen beiträgen|alle beiträge anzeigen|"
          "weitere pressemitteilungen|mehr kolumnen|weitere kolumnen|meist gesucht|meistgesucht|"
          "mehr aus der sendung",
    "en": "discover our latest editorial picks|more from our newsroom|recommended stories|"
          "latest posts|related reading|related tutorials|trending nationally|trending now|"
          "trending stories|popular stories|popular posts|top posts|top stories|"
          "stories you may have missed|more stories you may have missed|want more stories like this?|"
          "most searched|most searched for|recommended from medium|from our partners|"
          "more on this story|related topics|related internet links|top picks",
    "fr": "articles similaires|articles liés|articles connexes|à lire aussi|a lire aussi|similaire|"
          "lire aussi|sur le même sujet|sur le même thème|dans la même rubrique|les plus lus|"
          "les plus partagés|les plus commentés|vous aimerez aussi|"
          "vous pourriez aimer|ça peut vous intéresser|cela peut vous intéresser|"
          "articles récents|derniers articles|dernières actualités|dernières infos|à découvrir|"
          "à voir aussi|nos articles|plus d'articles|plus d'actualités|en ce moment|"
          "l'actualité|recommandé pour vous|la sélection de la rédaction|articles les plus lus|"
          "les articles les plus lus|les plus populaires|à lire également|nos derniers articles|"
          "pour approfondir|autres articles|d'autres articles|les plus vus|les plus vues|"
          "vidéos les plus vues|vidéos les plus regardées|les plus consultés",
    "es": "notas relacionadas|noticias relacionadas|artículos relacionados|contenido relacionado|relacionados|relacionado|"
          "lo más leído|lo más visto|más leídas|más leído|más vistas|te puede interesar|"
          "también te puede interesar|también te puede gustar|te recomendamos|"
          "te puede gustar|más noticias|últimas noticias|últimos artículos|entradas recientes|"
          "entradas relacionadas|publicaciones relacionadas|lee también|lea también|"
          "le puede interesar|le recomendamos|más información|temas relacionados|"
          "contexto de la noticia|los más leídos|las más leídas|noticias más leídas|"
          "artículos más leídos|te puede interesar también|recomendado para ti|más populares|"
          "otras noticias|más noticias relacionadas|lo más reciente|lo más comentado|"
          "más comentadas|más comentados",
    "it": "articoli correlati|notizie correlate|potrebbe interessarti anche|potrebbe interessarti|"
          "ti potrebbe interessare|ti potrebbe interessare anche|potrebbero interessarti|i più letti|"
          "più letti|più lette|"
          "le più lette|ultime notizie|ultimi articoli|articoli recenti|leggi anche|"
          "altri articoli|altre notizie|da non perdere|consigliati per te|in evidenza|"
          "per saperne di più|correlati|commenti recenti",
    "pt": "notícias relacionadas|artigos relacionados|conteúdo relacionado|relacionados|"
          "mais lidas|mais lidos|mais vistos|mais lidas da semana|veja também|leia também|"
          "você pode gostar|você também pode gostar|recomendados para você|últimas notícias|"
          "artigos recentes|posts recentes|posts relacionados|mais notícias|leia mais|"
          "continue lendo sobre|saiba mais|em destaque|destaques|relacionado|"
          "comentários recentes|relacionadas|tópicos relacionados|mais comentadas|mais comentados",
    "nl": "gerelateerde artikelen|gerelateerd nieuws|gerelateerd|meest gelezen|"
          "meest bekeken|lees ook|ook interessant|meer nieuws|laatste nieuws|recente artikelen|"
          "meer artikelen|aanbevolen|aanbevolen voor jou|misschien ook interessant|"
          "dit vind je misschien ook leuk|dit vind je misschien ook interessant|uitgelicht|recente berichten|"
          "recente reacties",
    "pl": "czytaj także|czytaj też|czytaj również|zobacz też|zobacz także|zobacz również|polecamy|"
          "najczęściej czytane|najpopularniejsze|podobne artykuły|powiązane artykuły|najnowsze|"
          "czytaj więcej na ten temat|więcej na ten temat|na ten temat|polecane|polecane artykuły|"
          "najczęściej komentowane|zobacz także inne|inne artykuły|warto przeczytać|przeczytaj też|"
          "przeczytaj także|najważniejsze|wybrane dla ciebie|podobne|podobne wpisy|powiązane",
    "ru": "читайте также|смотрите также|похожие статьи|похожие новости|похожие материалы|"
          "похожие записи|материалы по теме|новости по теме|по теме|другие новости|популярное|"
          "самое читаемое|самое популярное|самое обсуждаемое|рекомендуем|рекомендуем прочитать|"
          "вам также может понравиться|вам может понравиться|еще по теме|ещё по теме|"
          "вас может заинтересовать|последние новости|главное за день|лента новостей|"
          "выбор редакции|популярные статьи|популярные новости|свежие новости|также читайте|"
          "ссылки по теме|вам также может быть интересно|вам может быть интересно|свежие записи|"
          "последние записи",
    "ja": "関連記事|関連ニュース|関連する記事|関連リンク|関連エントリー|おすすめ記事|おすすめ|"
          "人気記事|人気の記事|人気ランキング|アクセスランキング|ランキング|こちらの記事もおすすめ|"
          "あわせて読みたい|合わせて読みたい|こちらの記事も合わせてどうぞ|こちらもおすすめ|"
          "最新記事|新着記事|この記事を読んだ人はこんな記事も読んでいます|注目記事|"
          "よく読まれている記事",
    "zh": "相关文章|相關文章|相关新闻|相關新聞|相关阅读|相關閱讀|相关报道|相關報導|延伸阅读|"
          "延伸閱讀|推荐阅读|推薦閱讀|推荐文章|推薦文章|热门文章|熱門文章|热门新闻|熱門新聞|"
          "猜你喜欢|猜你喜歡|最新文章|更多新闻|更多新聞|你可能感兴趣|你可能也喜歡|热门推荐|"
          "熱門推薦|编辑推荐|編輯推薦|热点新闻|熱點新聞|阅读排行|閱讀排行|热评文章|熱評文章",
    "ko": "관련기사|관련 기사|관련뉴스|관련 뉴스|많이 본 뉴스|많이 본 기사|가장 많이 본 기사|"
          "인기기사|인기 기사|주요뉴스|주요 뉴스|추천기사|추천 기사|최신기사|최신 기사|"
          "이 시각 주요뉴스|함께 보면 좋은 기사|많이 본 뉴스",
})
#: Labels that open a teaser line with another story's title after them (``Lesen Sie auch: …``).
TEASER_LABEL = Lexicon(openers={
    "de": "lesen sie auch|lesen sie hier|lesen sie mehr|lies auch|lies hier|lies mehr|"
          "auch interessant|mehr zum thema|das könnte sie auch interessieren|siehe auch|"
          "mehr dazu|zum thema|passend dazu|dazu passend|empfehlung der redaktion|"
          "verwandte themen|weitere artikel|weiterlesen|hier weiterlesen|hier lesen|"
          "das thema könnte dich auch interessieren|auch lesenswert|mehr lesen|ebenfalls lesenswert|"
          "lesen sie außerdem|lesen sie dazu|sehen sie auch|sehen sie hier",
    "fr": "lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|à voir aussi|"
          "sur le même sujet|lisez aussi|découvrez aussi|à découvrir|lire également|"
          "à lire également|voir également|notre article|retrouvez",
    "es": "lee también|lea también|leer más|ver también|te puede interesar|"
          "también te puede interesar|le puede interesar|noticia relacionada|relacionado|"
          "relacionada|lee más|lee aquí|más información|recomendamos|te recomendamos|"
          "mira también|mira aquí|escucha también",
    "it": "leggi anche|leggi di più|leggi qui|vedi anche|potrebbe interessarti|approfondisci|"
          "ti potrebbe interessare|ti potrebbe interessare anche|potrebbe interessarti anche|"
          "per saperne di più|correlato|correlati|leggi l'articolo",
    "pt": "leia também|leia mais|leia aqui|veja também|veja mais|saiba mais|você pode gostar|"
          "relacionado|relacionada|continue lendo|confira também|confira",
    "nl": "lees ook|lees meer|lees verder|lees hier|zie ook|meer weten|ook interessant|"
          "gerelateerd",
    "pl": "czytaj także|czytaj też|czytaj również|zobacz też|zobacz także|zobacz również|"
          "przeczytaj też|przeczytaj także|czytaj więcej|polecamy",
    "ru": "читайте также|смотрите также|читать также|см. также|читайте|читайте подробнее",
    "ja": "関連記事|あわせて読みたい|合わせて読みたい|こちらもおすすめ",
    "zh": "相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关文章|相關文章",
    "ko": "관련기사|관련 기사",
})

#: A loading note's words in the languages the rules read (``Loading...``, ``Lade …``, ``Cargando…``).
LOADING_WORDS = ("loading", "lade", "wird geladen", "chargement", "cargando", "caricamento", "carregando",
                 "laden", "wczytywanie")
#: A blog's like button (WordPress's, the commonest): its heading ``Gefällt mir:`` and the button
#: as it reaches the text with its loading note (``Gefällt mir Lade …``, ``Liken Lade …``, ``Like
#: Loading...``).
LIKE_WIDGET = lazy_pattern(
    r"^(?:(?:like this|gefällt mir|j['’]aime|me gusta|mi piace|curtir isso|vind ik leuk|lubię to)\s*:"
    r"|(?:like|liken|gefällt mir|j['’]aime|me gusta|mi piace|curtir|vind[- ]ik[- ]leuk|lubię to!?|podoba mi się)\s+"
    r"(?:" + "|".join(LOADING_WORDS) + r")\s*(?:\.\.\.|…)?"
    r"|gefällt mir gefällt mir nicht"
    # A post's count of likes and of restacks (Substack's share to its Notes) alone: ``12 Likes``.
    r"|(?:1\s+(?:like|restack)|\d[\d,.]*[km]?\s+(?:likes|restacks)))$",
    re.IGNORECASE)

# -- comments (NL301, NL302) ---------------------------------------------------------------------

COMMENT_FORM = Lexicon(labels={
    "en": "captcha|captcha code|enter the code|add comment|our comment policy|disqus comments|"
          "want to join the discussion?|feel free to contribute!|"
          # WordPress.com's comment box, its placeholder (Jetpack's wording).
          "enter your comment here",
    "de": "gib hier deinen kommentar ein|"
          "kommentar verfassen|kommentar schreiben|kommentar hinzufügen|neuen kommentar hinzufügen|"
          "kommentar absenden|kommentar abschicken|kommentar senden|kommentar erstellen|"
          "kommentieren|antwort abbrechen|schreibe einen kommentar|"
          "schreiben sie einen kommentar|hinterlasse einen kommentar|"
          "hinterlassen sie einen kommentar|kommentar verfassen antwort abbrechen|"
          "schreibe einen kommentar antworten abbrechen|antworten abbrechen|"
          "ihr kommentar|dein kommentar|hilfe zum textformat|kommentare anzeigen|"
          "hinterlasse eine antwort|hinterlassen sie eine antwort|eine antwort schreiben|"
          "antwort schreiben|kommentare schreiben|kommentar abgeben|kommentieren sie hier|"
          "jetzt kommentieren|diskutieren sie mit|diskutieren sie mit uns|diskutiere mit|"
          "antwort hinterlassen|kommentar hinterlassen|diesen artikel kommentieren|artikel kommentieren|"
          "diesen beitrag kommentieren|beitrag kommentieren|kommentare werden geladen|"
          "leserbrief schreiben|schreiben sie einen leserbrief",
    "fr": "laisser un commentaire|laisser une réponse|annuler la réponse|ajouter un commentaire|"
          "réagir à cet article|réagissez à cet article|réagir|"
          "écrire un commentaire|commenter|publier un commentaire|votre commentaire|"
          "réagir|réagissez|envoyer le commentaire|poster le commentaire|publier le commentaire",
    "es": "deja un comentario|dejar un comentario|deja una respuesta|cancelar respuesta|"
          "comenta esta noticia|comenta este artículo|comenta la noticia|"
          "cancelar la respuesta|añadir comentario|escribe un comentario|comentar|"
          "publicar comentario|enviar comentario|tu comentario|comentar este artículo|"
          "deja tu comentario|escribe tu comentario|deja tu opinión",
    "it": "lascia un commento|lascia una risposta|annulla risposta|aggiungi un commento|"
          "commenta l'articolo|commenta questo articolo|commenta la notizia|"
          "scrivi un commento|commenta|pubblica commento|invia commento|il tuo commento",
    "pt": "deixe um comentário|deixe uma resposta|deixe seu comentário|cancelar resposta|"
          "comente esta notícia|comente este artigo|comente a notícia|"
          "escreva seu comentário|escreva um comentário|escreva o seu comentário|"
          "adicionar comentário|escreva um comentário|comentar|publicar comentário|enviar comentário|"
          "seu comentário",
    "nl": "laat een reactie achter|geef een reactie|reactie annuleren|plaats een reactie|"
          "reageer op dit artikel|reageer op dit bericht|reageer|"
          "reageer|reageren|je reactie|uw reactie|reactie plaatsen|plaats reactie",
    "pl": "dodaj komentarz|skomentuj|komentarze|komentarz|zostaw komentarz|napisz komentarz|"
          "anuluj pisanie odpowiedzi|dodaj odpowiedź|opublikuj komentarz|brak komentarzy|"
          "wyślij komentarz|twój komentarz",
    "ru": "добавить комментарий|оставить комментарий|оставьте комментарий|ваш комментарий|"
          "комментарии|комментарий|отменить ответ|отправить комментарий|написать комментарий|"
          "комментариев нет|нет комментариев|оставить ответ",
    "ja": "コメントを残す|コメントする|コメント|コメントを書く|コメントを投稿|コメントを送信|"
          "返信をキャンセル|コメントをキャンセル|コメントはまだありません|コメント一覧",
    "zh": "发表评论|發表評論|评论|評論|留言|发表回复|發表回覆|取消回复|取消回覆|网友评论|網友評論|"
          "我要评论|我要評論|暂无评论|暫無評論|写评论|寫評論|发表留言|發表留言",
    "ko": "댓글|댓글쓰기|댓글 쓰기|댓글 달기|답글 남기기|답글 취소|의견 남기기|댓글 보기|댓글 0|"
          "댓글목록|댓글 목록|등록된 댓글이 없습니다",
}, runs=True, openers={
    "de": "schreibe einen kommentar|kommentar verfassen|hinterlasse einen kommentar|"
          "diese website verwendet akismet|diese seite verwendet akismet|"
          "benachrichtige mich|benachrichtigen sie mich|meinen namen, meine e-mail-adresse|"
          "meinen namen, e-mail und website|mit der nutzung dieses formulars|"
          "du musst angemeldet sein|sie müssen angemeldet sein|bitte melden sie sich an, um|"
          "melde dich an, um|kommentare sind geschlossen|die kommentarfunktion|"
          "sei der erste|seien sie der erste|noch keine kommentare|keine kommentare|"
          "gib deine e-mail-adresse ein|wenn sie diesen blogeintrag kommentieren|"
          "um einen kommentar zu schreiben|um ein kommentar zu hinterlassen|"
          "um einen kommentar zu hinterlassen|leider sind keine kommentare|"
          "kommentare sind deaktiviert|kommentare sind nicht möglich|"
          "die kommentare sind geschlossen|die diskussion ist geschlossen|"
          "bitte halten sie sich an unsere netiquette|das kommentieren dieses artikels wurde deaktiviert|"
          "das kommentieren ist deaktiviert|die kommentarfunktion wurde deaktiviert|"
          # WordPress.com's sign-in line above its comment box.
          "trage deine daten unten ein oder klicke ein icon",
    "fr": "laisser un commentaire|ce site utilise akismet|enregistrer mon nom|"
          "prévenez-moi|avertissez-moi|me notifier|vous devez être connecté|soyez le premier|"
          "les commentaires sont fermés|les commentaires sont désactivés|aucun commentaire|"
          "saisissez vos coordonnées ci-dessous ou cliquez sur une icône",
    "es": "deja un comentario|este sitio usa akismet|guarda mi nombre|notificarme|avísame|"
          "recibir un correo electrónico con los siguientes comentarios|"
          "debes estar registrado|debes iniciar sesión|sé el primero|"
          "los comentarios están cerrados|los comentarios están desactivados|sin comentarios|"
          "no hay comentarios|introduce tus datos o haz clic en un icono",
    "it": "lascia un commento|questo sito usa akismet|salva il mio nome|avvisami|notificami|"
          "devi essere connesso|sii il primo|i commenti sono chiusi|nessun commento|"
          "inserisci i tuoi dati qui sotto o clicca su un'icona",
    "pt": "deixe um comentário|este site utiliza o akismet|este site usa o akismet|"
          "salvar meus dados|salve meu nome|guardar o meu nome|notifique-me|avise-me|você precisa fazer login|"
          "seja o primeiro|os comentários estão fechados|sem comentários|"
          "preencha os seus dados abaixo ou clique em um ícone",
    "nl": "laat een reactie achter|deze site gebruikt akismet|mijn naam, e-mail en website|"
          "mijn naam, e-mail en site|"
          "stuur mij|houd mij via e-mail op de hoogte|je moet ingelogd zijn|wees de eerste|"
          "reacties zijn gesloten|geen reacties|vul je gegevens in of klik op een icoon",
    "pl": "zapisz moje dane|zapisz moje imię|ta witryna wykorzystuje akismet|ta strona używa akismet|"
          "musisz się zalogować|komentarze są wyłączone|możliwość komentowania jest wyłączona",
}, phrases={
    "de": "e-mail-adresse wird nicht veröffentlicht|"
          "kommentar wartet auf freischaltung|kommentar wartet auf moderation|"
          "e-mail adresse wird nicht veröffentlicht|"
          "erforderliche felder sind mit|pflichtfelder sind mit|"
          "ihr kommentar wird nach prüfung|dein kommentar muss noch freigegeben werden|"
          "kommentare werden moderiert|kommentare werden vor der freischaltung|"
          # Drupal's help under its comment box, in each language.
          "absätze werden automatisch erzeugt|werden automatisch in links umgewandelt|"
          "erlaubte html-tags",
    "fr": "adresse e-mail ne sera pas publiée|"
          "commentaire est en attente de modération|adresse mail ne sera pas publiée|"
          "adresse de messagerie ne sera pas publiée|champs obligatoires sont indiqués|"
          "commentaires sont modérés|commentaires sont soumis à modération|"
          "paragraphes vont à la ligne automatiquement|se transforment en liens automatiquement|"
          "balises html autorisées",
    "es": "correo electrónico no será publicada|"
          "comentario está pendiente de moderación|comentario está esperando moderación|comentario está a la espera de moderación|correo electrónico no será publicado|"
          "campos obligatorios están marcados|comentarios están sujetos a moderación|"
          "comentarios son moderados|comentarios son responsabilidad de|"
          "saltos automáticos de líneas y de párrafos|se convierten en enlaces automáticamente|"
          "etiquetas html permitidas",
    "it": "indirizzo email non sarà pubblicato|"
          "commento è in attesa di moderazione|campi obbligatori sono contrassegnati|"
          "commenti sono moderati|commenti sono soggetti a moderazione|"
          "vanno a capo automaticamente|trasformati in link automaticamente|tag html consentiti|"
          "tag html permessi",
    "pt": "endereço de e-mail não será publicado|"
          "comentário está aguardando moderação|comentário aguarda moderação|endereço de email não será publicado|"
          "campos obrigatórios são marcados|campos obrigatórios estão marcados|"
          "aprovados pelo moderador|comentários são moderados|"
          "comentários são de responsabilidade|quebras de linhas e parágrafos|"
          "convertidos em links automaticamente|tags html permitidas",
    "nl": "e-mailadres wordt niet gepubliceerd|"
          "reactie wacht op goedkeuring|reactie wacht op moderatie|vereiste velden zijn gemarkeerd|"
          "reacties worden gemodereerd|worden automatisch gesplitst|automatisch naar links omgezet|"
          "toegestane html-tags",
    "pl": "twój adres e-mail nie zostanie opublikowany|adres e-mail nie zostanie opublikowany|"
          "wymagane pola są oznaczone",
    "ru": "ваш адрес email не будет опубликован|ваш e-mail не будет опубликован|"
          "обязательные поля помечены|сохранить моё имя, email и адрес сайта",
    "ja": "メールアドレスが公開されることはありません|が付いている欄は必須項目です|"
          "ブラウザーに自分の名前、メールアドレス、サイトを保存する",
    "zh": "您的电子邮箱地址不会被公开|您的電子郵件地址不會被公開|必填项已用|必填欄位標示為",
    "ko": "이메일 주소는 공개되지 않습니다|필수 필드는",
})
#: The login state a comment form shows a reader who is not logged in, as a sentence of its own
#: (the final stop is part of the opener: ``Sie sind nicht angemeldet, sagte …`` is not one).
LOGGED_OUT = Lexicon(openers={
    "en": "you are not logged in.|you are currently not logged in.|you are not currently logged in.|"
          "you're not logged in.|you are not signed in.|you're not signed in.|you are not logged in!",
    "de": "sie sind nicht eingeloggt.|sie sind aktuell nicht eingeloggt.|"
          "sie sind derzeit nicht eingeloggt.|sie sind momentan nicht eingeloggt.|"
          "sie sind zurzeit nicht eingeloggt.|du bist nicht eingeloggt.|"
          "du bist aktuell nicht eingeloggt.|du bist derzeit nicht eingeloggt.|"
          "sie sind nicht angemeldet.|sie sind aktuell nicht angemeldet.|"
          "sie sind derzeit nicht angemeldet.|du bist nicht angemeldet.|"
          "du bist aktuell nicht angemeldet.|sie sind nicht eingeloggt!|du bist nicht eingeloggt!",
    "fr": "vous n'êtes pas connecté.|vous n'êtes pas connectée.|vous n'êtes pas connecté(e).|"
          "vous n'êtes pas identifié.|tu n'es pas connecté.",
    "es": "no has iniciado sesión.|no estás conectado.|no estás registrado.|"
          "usted no ha iniciado sesión.",
    "it": "non sei connesso.|non hai effettuato l'accesso.|non sei loggato.|non sei registrato.",
    "pt": "você não está logado.|você não está conectado.|não está logado.|"
          "você não fez login.",
    "nl": "je bent niet ingelogd.|u bent niet ingelogd.|je bent niet aangemeld.|u bent niet aangemeld.",
})
#: A reader told to log in, in a sentence that also speaks of commenting (``Um den Tipp …
#: kommentieren zu können, müssen Sie eingeloggt sein.``): both together, as a comment form
#: writes them. ``Sie müssen sich beim Bürgeramt anmelden`` alone is advice in a story.
LOGIN_REQUIRED = Lexicon(phrases={
    "en": "you must be logged in|you need to be logged in|you have to be logged in|you must log in|"
          "you need to log in|you have to log in|you must be signed in|you need to sign in|"
          "you must sign in|you need to be signed in|please log in|please sign in|please login",
    "de": "müssen sie eingeloggt sein|müssen sie angemeldet sein|musst du eingeloggt sein|"
          "musst du angemeldet sein|du musst eingeloggt sein|du musst angemeldet sein|"
          "sie müssen eingeloggt sein|sie müssen angemeldet sein|"
          "musst du registriert und eingeloggt sein|müssen sie registriert und eingeloggt sein|"
          "müssen sie sich einloggen|müssen sie sich anmelden|musst du dich einloggen|"
          "musst du dich anmelden|du musst dich einloggen|du musst dich anmelden|"
          "sie müssen sich einloggen|sie müssen sich anmelden|loggen sie sich bitte ein|"
          "melden sie sich bitte an|bitte loggen sie sich ein|bitte melden sie sich an|"
          "logge dich ein|melde dich an",
    "fr": "vous devez être connecté|vous devez être connectée|vous devez vous connecter|"
          "vous devez être identifié|tu dois être connecté|veuillez vous connecter|"
          "connectez-vous pour",
    "es": "debes estar registrado|debes iniciar sesión|debes estar conectado|"
          "tienes que iniciar sesión|necesitas iniciar sesión|inicia sesión para|"
          "debe iniciar sesión|debe estar registrado",
    "it": "devi essere connesso|devi essere registrato|devi effettuare il login|"
          "devi effettuare l'accesso|devi aver effettuato l'accesso|accedi per|effettua il login per",
    "pt": "você precisa fazer login|você precisa estar logado|você precisa estar conectado|"
          "é necessário fazer login|é necessário estar logado|faça login para|precisa estar logado|"
          "tem de iniciar sessão|tem de estar registado|tem de fazer login|inicie sessão para|"
          "precisa de iniciar sessão|é necessário iniciar sessão",
    "nl": "je moet ingelogd zijn|u moet ingelogd zijn|je moet aangemeld zijn|u moet aangemeld zijn|"
          "je moet inloggen|u moet inloggen|log in om te reageren|meld je aan om te reageren|"
          "moet je ingelogd zijn|moet u ingelogd zijn|moet je inloggen|moet u inloggen",
})
#: Words of commenting, the other half of that sentence.
COMMENTING = Lexicon(phrases={
    "en": "comment|reply|discussion",
    "de": "kommentar|kommentier|diskutier|diskussion",
    "fr": "commentaire|commenter|réagir",
    "es": "comentar|comentario",
    "it": "commentare|commento|commenti",
    "pt": "comentar|comentário",
    "nl": "reageren|reactie",
})
#: A comment thread's controls and counts.
COMMENT_THREAD = Lexicon(labels={
    # A thread's controls as comment software writes them (WordPress, wpDiscuz, Disqus).
    "en": "latest comments|recent comments|most commented|log in to reply|trackbacks/pingbacks|"
          "trackbacks|pingbacks|trackback|inline feedbacks|newest most voted|oldest newest most voted|"
          "notify of|oldest first|newest first|report abuse|report comment|flag as inappropriate|"
          "report as spam|report spam|mark as spam|flag as spam",
    "de": "antworten|antwort|kommentare|kommentar|leserkommentare|diskussion|als spam melden|"
          "spam melden|unangemessenen inhalt melden|"
          "alle kommentare|alle kommentare anzeigen|kommentare lesen|zu den kommentaren|melden|"
          "letzte kommentare|neueste kommentare|aktuelle kommentare|meistkommentiert|"
          "zum antworten anmelden|neueste zuerst|älteste zuerst|missbrauch melden|"
          "weitere kommentare laden|mehr kommentare laden|mehr kommentare anzeigen|"
          "weitere kommentare anzeigen|kommentare anzeigen|kommentare ausblenden",
    "fr": "répondre|commentaires|commentaire|réactions|voir les commentaires|signaler|"
          "afficher les commentaires|masquer les commentaires|lire les commentaires|"
          "commentaires récents|connectez-vous pour répondre|charger plus de commentaires|"
          "voir plus de commentaires|plus anciens d'abord|plus récents d'abord|signaler comme spam|"
          "signaler un abus",
    "es": "responder|comentarios|comentario|ver comentarios|denunciar|comentarios recientes|"
          "ver los comentarios|mostrar comentarios|ocultar comentarios|comentar|"
          "inicia sesión para responder|denunciar abuso|reportar abuso|cargar más comentarios|"
          "ver más comentarios|marcar como spam|denunciar como spam|reportar como spam",
    "it": "rispondi|commenti|commento|vedi commenti|segnala|accedi per rispondere|segnala abuso|"
          "mostra commenti|mostra i commenti|leggi i commenti|nascondi commenti|"
          "carica altri commenti|mostra altri commenti|segnala come spam",
    "pt": "responder|comentários|comentário|ver comentários|denunciar|faça login para responder|"
          "ver os comentários|mostrar comentários|ocultar comentários|"
          "entre para responder|denunciar abuso|carregar mais comentários|ver mais comentários|"
          "marcar como spam|denunciar como spam",
    "nl": "beantwoorden|reageer|reacties|reactie|bekijk reacties|melden|misbruik melden|"
          "meer reacties laden|meer reacties tonen|markeer als spam|als spam markeren",
    "pl": "odpowiedz|zgłoś|zgłoś nadużycie|zgłoś komentarz|najnowsze komentarze|ostatnie komentarze",
    "ru": "ответить|пожаловаться|последние комментарии|свежие комментарии|все комментарии",
    "ja": "返信|返信する|通報|通報する|最新のコメント",
    "zh": "回复|回覆|举报|檢舉|舉報|最新评论|最新評論",
    "ko": "답글|답글쓰기|신고|신고하기|최신 댓글",
}, runs=True)
#: A count of comments: ``12 Kommentare``, ``Kommentare (3)``, ``5 komentarzy``; or a thread's
#: heading with its count: ``Kommentare insgesamt: 0``, ``Bisherige Kommentare zur Nachricht (0)``,
#: ``Comments on this story (3)`` (a few words around the word, the count in brackets or after a
#: colon).
COMMENT_COUNT = lazy_pattern(
    r"^(?:(?:\d+|ein|un|une|uno|um|één|een)\s+)?(?:kommentare?|leserkommentare|commentaires?"
    r"|comentarios?|commenti|commento|"
    r"comentários?|reacties|reactie|réactions?|komentarz[ey]?)(?:\s*[(\[]\d+[)\]])?(?:\s+\d+)?$"
    r"|^(?:[^\W\d_]+\s+){0,2}(?:comments|kommentare|leserkommentare|commentaires|comentarios|commenti"
    r"|comentários|reacties|réactions|komentarze)(?:\s+[^\W\d_]+){0,4}\s*(?:[(\[]\d+[)\]]|:\s*\d+)$"
    # A link to the thread with its count: ``Voir les 12 commentaires``, ``Ver 12 comentarios``,
    # ``Alle 12 Kommentare anzeigen``, ``45 comments so far``, ``Comment count: 12``.
    r"|^(?:view|see|show|read|load|voir|afficher|lire|ver|mostrar|leer|vedi|mostra|leggi|bekijk|lees|toon"
    r"|alle|comentar este artículo|comentar esta nota)\s+(?:(?:all|les|los|las|tutti i|todos os|os|de|die)\s+)?"
    r"\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties)"
    r"(?:\s+(?:anzeigen|lesen|ansehen))?$"
    r"|^\d+\s+(?:comments so far|kommentare zu diesem (?:artikel|beitrag)|comments? on this (?:story|article|post))$"
    # … and the comment link of Chinese, Japanese and Korean pages with its count: ``我要评论(0)``,
    # ``评论（12）``, ``12条评论``, ``コメント(3)``, ``댓글 5``.
    r"|^(?:我要评论|我要評論|网友评论|網友評論|评论|評論|留言|跟帖|コメント|댓글)\s*(?:[(（\[]\d+[)）\]]|\d+)$"
    r"|^\d+\s*(?:条评论|條評論|则评论|則評論|件のコメント|개의 댓글)$"
    r"|^comment count:\s*\d+$",
    re.IGNORECASE)

#: A reader-feedback widget's question or call: whether the page helped, stars to rate it
#: (``Was this article helpful?``, ``Fanden Sie diesen Artikel hilfreich?``, ``Artikel bewerten``,
#: ``(Noch keine Bewertungen)``). English is read in every text, as with other widgets.
READER_FEEDBACK = Lexicon(phrases={
    "en": "was this article helpful|was this article useful|was this post helpful|"
          "was this page helpful|was this information helpful|was this story helpful|"
          "did you find this article helpful|did you find this article useful|"
          "did you find this post helpful|did you find this page helpful|"
          "did you find this helpful|did you find this useful|how helpful was this|"
          "how useful was this|rate this article|rate this post|rate this story|rate this page|"
          "rate this product|rate this recipe|no ratings yet|be the first to rate|"
          "feedback to editors|send us feedback|give feedback on this article|"
          "did you enjoy this article|did you like this article|did you enjoy this post|"
          "did you like this post|did you enjoy this story|did you like this story|"
          "was this page useful|is this page useful|was this information useful|"
          "did you find this page useful|did you find what you were looking for|"
          "did you find what you needed|report a typo|report an error|report a typo or error|"
          "submit a correction|send us your photos|send us your videos|send us your photos and videos|"
          "submit your photos|submit your photos and videos",
    "de": "war dieser artikel hilfreich|war dieser beitrag hilfreich|war diese seite hilfreich|"
          "war dieser artikel nützlich|war dieser beitrag nützlich|"
          "fanden sie diesen artikel hilfreich|fanden sie diesen artikel nützlich|"
          "fanden sie diesen beitrag hilfreich|fanden sie diesen beitrag nützlich|"
          "fandest du diesen artikel hilfreich|fandest du diesen beitrag hilfreich|"
          "wie hilfreich war|artikel bewerten|beitrag bewerten|seite bewerten|produkt bewerten|"
          "rezept bewerten|bewerten sie diesen artikel|bewerten sie diesen beitrag|"
          "bewerten sie dieses produkt|bewerten sie dieses rezept|bewerte diesen artikel|"
          "bewerte diesen beitrag|den artikel bewerten|den beitrag bewerten|"
          "wie gefällt ihnen dieser artikel|wie gefällt dir dieser artikel|"
          "wie hat ihnen der artikel gefallen|wie hat ihnen dieser artikel gefallen|"
          "wie hat dir der artikel gefallen|wie hat ihnen der beitrag gefallen|"
          "hat ihnen dieser artikel gefallen|hat ihnen der artikel gefallen|"
          "hat dir dieser artikel gefallen|hat dir der artikel gefallen|"
          "hat ihnen dieser beitrag gefallen|hat ihnen der beitrag gefallen|"
          "hat dir dieser beitrag gefallen|hat dir der beitrag gefallen|"
          "dieser artikel gefällt ihnen|gefällt ihnen dieser artikel|gefällt dir dieser artikel|"
          "noch keine bewertungen|noch keine bewertung|sei der erste, der bewertet|"
          "war diese seite nützlich|war diese information hilfreich|"
          "haben sie gefunden, was sie gesucht haben",
    "fr": "cet article vous a-t-il été utile|cet article vous a été utile|"
          "cette page vous a-t-elle été utile|cette information vous a-t-elle été utile|"
          "noter cet article|notez cet article|évaluer cet article|évaluez cet article|"
          "aucune note pour le moment|aucun avis pour le moment|"
          "vous avez aimé cet article|avez-vous aimé cet article",
    "es": "te ha resultado útil|te ha sido útil|te resultó útil|le ha resultado útil|"
          "le ha sido útil|le resultó útil|fue útil este artículo|es útil este artículo|"
          "valora este artículo|califica este artículo|valorar este artículo|"
          "calificar este artículo|aún no hay valoraciones|sin valoraciones|valora esta noticia|"
          "califica esta noticia|valorar esta noticia|"
          "te ha gustado este artículo|te ha gustado esta noticia|te gustó este artículo",
    "it": "questo articolo ti è stato utile|questo articolo è stato utile|ti è stato utile|"
          "questa pagina ti è stata utile|valuta questo articolo|vota questo articolo|"
          "valuta l'articolo|nessuna valutazione|"
          "ti è piaciuto questo articolo|ti è piaciuto l'articolo",
    "pt": "este artigo foi útil|esse artigo foi útil|este conteúdo foi útil|esta página foi útil|"
          "avalie este artigo|avalie este conteúdo|avaliar este artigo|ainda sem avaliações|"
          "nenhuma avaliação|"
          "gostou desta matéria|gostou deste artigo|gostou deste conteúdo|gostou da matéria",
    "nl": "was dit artikel nuttig|was dit artikel handig|was dit artikel behulpzaam|"
          "was deze pagina nuttig|was deze informatie nuttig|beoordeel dit artikel|"
          "waardeer dit artikel|nog geen beoordelingen|"
          "vond je dit artikel interessant|vond je dit artikel nuttig|vond u dit artikel nuttig",
})

# -- copyright, author boxes, captions, galleries (NL311, NL313, NL210-212) ----------------------

COPYRIGHT = Lexicon(phrases={
    "de": "alle rechte vorbehalten|alle rechte reserviert|nachdruck nur mit genehmigung|"
          "nachdruck verboten|vervielfältigung nur mit genehmigung",
    "fr": "tous droits réservés|reproduction interdite|toute reproduction interdite",
    "es": "todos los derechos reservados|prohibida su reproducción|prohibida la reproducción",
    "it": "tutti i diritti riservati|riproduzione riservata|vietata la riproduzione",
    "pt": "todos os direitos reservados|reprodução proibida|proibida a reprodução",
    "nl": "alle rechten voorbehouden",
    "pl": "wszelkie prawa zastrzeżone|materiał chroniony prawem autorskim",
    "ru": "все права защищены|все права сохранены|перепечатка запрещена|"
          "при использовании материалов|при перепечатке",
    "ja": "無断転載を禁じます|無断転載禁止|無断転載・複製を禁じます|無断複製・転載を禁じます|"
          "著作権は|転載を禁止",
    "zh": "版权所有|版權所有|未经授权|未經授權|转载请注明|轉載請註明|不得转载|不得轉載|禁止转载|"
          "禁止轉載|版权声明|版權聲明|转载须经|轉載須經|如需转载|如需轉載",
})

#: (German *Zur Person* heads a paper's profile of the one the story is about, not of its writer.)
AUTHOR_BOX = Lexicon(labels={
    "de": "über den autor|über die autorin|über die autoren|der autor|die autorin|"
          "autor|autorin|autoren",
    "fr": "à propos de l'auteur|à propos de l'autrice|l'auteur|l'autrice|auteur",
    "es": "sobre el autor|sobre la autora|acerca del autor|el autor|la autora|autor",
    "it": "sull'autore|sull'autrice|l'autore|l'autrice|autore",
    "pt": "sobre o autor|sobre a autora|o autor|a autora|autor",
    "nl": "over de auteur|over de schrijver|over de auteurs|de auteur|auteur",
}, openers={
    "en": "more articles by|more stories by|more posts by|all articles by|all stories by|"
          "all posts by|see all articles by|see all stories by|view all articles by|"
          "view all stories by|more from author|view all posts by|see all posts by|posts by",
    "de": "mehr von|alle artikel von|alle beiträge von|weitere artikel von|weitere beiträge von|"
          "mehr artikel von|artikel von|zum autorenprofil|autorenprofil",
    "fr": "tous les articles de|plus d'articles de|voir tous les articles de|les articles de",
    "es": "más artículos de|todos los artículos de|ver todos los artículos de|más de|"
          "ver todas las entradas de|todas las entradas de|entradas de",
    "it": "tutti gli articoli di|altri articoli di|gli articoli di",
    "pt": "mais artigos de|todos os artigos de|ver todos os artigos de|ver todos os posts de|"
          "todos os posts de",
    "nl": "meer artikelen van|alle artikelen van|meer van|alle berichten van|berichten van",
})

#: Labels a photo credit opens with: ``Foto: …``, ``Crédits photos : …``, ``(crédito: …)``.
CREDIT_LABEL = Lexicon(openers={
    "de": "foto|fotos|bild|bilder|bildquelle|bildnachweis|fotonachweis|quelle|grafik|"
          "illustration|foto/grafik|titelbild|titelfoto|beitragsbild|symbolbild|archivbild|"
          "archivfoto",
    "fr": "photo|photos|crédit photo|crédits photo|crédits photos|crédit|crédits|illustration|"
          "image",
    "es": "foto|fotos|fotografía|imagen|crédito|créditos|ilustración",
    "it": "foto|immagine|credit|illustrazione",
    "pt": "foto|fotos|fotografia|imagem|crédito|créditos|ilustração",
    "nl": "foto|beeld|afbeelding|illustratie",
    "pl": "fot|foto|zdjęcie|źródło zdjęcia",
})

GALLERY = Lexicon(labels={
    "de": "bildergalerie|fotostrecke|fotogalerie|galerie|alle bilder|zur bildergalerie|"
          "zur fotostrecke|bild vergrößern|vergrößern|bilder ansehen|alle fotos|zur galerie",
    "fr": "diaporama|galerie photos|galerie photo|galerie|voir le diaporama|voir les photos|"
          "agrandir l'image",
    "es": "galería|galería de fotos|fotogalería|ver galería|ver fotos|ampliar imagen",
    "it": "galleria|fotogallery|galleria fotografica|guarda la gallery|guarda le foto|"
          "ingrandisci",
    "pt": "galeria|galeria de fotos|fotogaleria|ver galeria|ver fotos|ampliar imagem",
    "nl": "fotogalerij|fotoserie|bekijk de foto's|bekijk foto's|vergroot afbeelding",
    "pl": "galeria|galeria zdjęć|zobacz galerię|powiększ|zobacz zdjęcia",
    "ru": "фотогалерея|галерея|все фото|смотреть все фото|фоторепортаж|увеличить",
    "ja": "フォトギャラリー|写真一覧|画像一覧|拡大|写真を拡大|画像を拡大",
    "zh": "图集|圖集|相册|相冊|查看大图|查看大圖|点击查看大图|點擊查看大圖|组图|組圖",
    "ko": "포토갤러리|사진 확대|확대|사진 보기|화보",
})
#: A gallery counter: ``Bild 1 von 5``, ``Photo 2 sur 12``, ``Foto 3 de 10``, ``1 di 6``.
GALLERY_COUNTER = lazy_pattern(
    r"^(?:(?:bild|foto|photo|image|imagen|immagine|imagem|afbeelding)\s+)?(?P<n>\d{1,3})\s*"
    r"(?:von|sur|de|di|van)\s*(?P<m>\d{1,3})$", re.IGNORECASE)

# -- dates and stamps (NL312) --------------------------------------------------------------------

#: Words of a date or publication stamp, by language: months (and their abbreviations),
#: weekdays, stamp words ("veröffentlicht", "publié le", "mis à jour"), connectors and the
#: words of ages and reading times.
DATE_WORDS = {
    "de": {
        "months": "januar jan jänner februar feb märz mär mrz april apr mai juni jun juli jul "
                  "august aug september sep sept oktober okt november nov dezember dez",
        "weekdays": "montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sa "
                    "sonntag so",
        "stamp": "veröffentlicht aktualisiert zuletzt erstellt geändert stand datum am um uhr "
                 "publiziert erschienen aktualisierung letzte von",
        "relative": "vor minuten minute min std stunden stunde tagen tag wochen woche monaten "
                    "monat jahren jahr gestern heute",
        "ago": "vor",
        "reading": "lesezeit lesedauer min minuten minute",
    },
    "fr": {
        "months": "janvier janv février févr fév mars avril avr mai juin juillet juil août "
                  "septembre sept octobre oct novembre nov décembre déc",
        "weekdays": "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "stamp": "publié publiée mis à jour jour le à mise modifié date h par",
        "relative": "il y a minutes minute min heures heure jours jour semaines semaine mois ans "
                    "an hier aujourd'hui",
        "ago": "il y a",
        "reading": "temps lecture de min minutes minute",
    },
    "es": {
        "months": "enero ene febrero feb marzo mar abril abr mayo may junio jun julio jul agosto "
                  "ago septiembre sep sept setiembre octubre oct noviembre nov diciembre dic",
        "weekdays": "lunes martes miércoles jueves viernes sábado domingo",
        "stamp": "publicado publicada actualizado actualizada modificado fecha el de a las hrs "
                 "h del",
        "relative": "hace minutos minuto min horas hora días día semanas semana meses mes años "
                    "año ayer hoy",
        "ago": "hace",
        "reading": "tiempo de lectura min minutos minuto",
    },
    "it": {
        "months": "gennaio gen febbraio feb marzo mar aprile apr maggio mag giugno giu luglio lug "
                  "agosto ago settembre set ottobre ott novembre nov dicembre dic",
        "weekdays": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "stamp": "pubblicato pubblicata aggiornato aggiornata modificato data il alle ore del",
        "relative": "fa minuti minuto min ore ora giorni giorno settimane settimana mesi mese "
                    "anni anno ieri oggi",
        "ago": "fa",
        "reading": "tempo di lettura min minuti minuto",
    },
    "pt": {
        "months": "janeiro jan fevereiro fev março mar abril abr maio mai junho jun julho jul "
                  "agosto ago setembro set outubro out novembro nov dezembro dez",
        "weekdays": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado "
                    "domingo",
        "stamp": "publicado publicada atualizado atualizada actualizado modificado data em de "
                 "às as h",
        "relative": "há minutos minuto min horas hora dias dia semanas semana meses mês anos ano "
                    "ontem hoje",
        "ago": "há",
        "reading": "tempo de leitura min minutos minuto",
    },
    "nl": {
        "months": "januari jan februari feb maart mrt april apr mei juni jun juli jul augustus "
                  "aug september sep sept oktober okt november nov december dec",
        "weekdays": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "stamp": "gepubliceerd bijgewerkt aangepast geplaatst datum op om uur laatste update",
        "relative": "geleden minuten minuut min uur uren dagen dag weken week maanden maand jaren "
                    "jaar gisteren vandaag",
        "ago": "geleden",
        "reading": "leestijd min minuten minuut",
    },
    "pl": {
        "months": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września "
                  "października listopada grudnia styczeń luty marzec kwiecień maj czerwiec "
                  "lipiec sierpień wrzesień październik listopad grudzień sty lut mar kwi cze lip "
                  "sie wrz paź lis gru",
        "weekdays": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
        "stamp": "opublikowano aktualizacja zaktualizowano data dnia o godz r roku publikacji "
                 "aktualizacji dodania dodano modyfikacji utworzenia utworzono",
        "relative": "temu minut minuty minutę godzin godziny godzinę dni dzień tygodni tydzień "
                    "miesięcy miesiąc lat rok wczoraj dzisiaj dziś",
        "ago": "temu",
        "reading": "czas czytania min minut minuty",
    },
    "ru": {
        "months": "января февраля марта апреля мая июня июля августа сентября октября ноября "
                  "декабря январь февраль март апрель май июнь июль август сентябрь октябрь "
                  "ноябрь декабрь янв фев мар апр июн июл авг сен сент окт ноя нояб дек",
        "weekdays": "понедельник вторник среда среду четверг пятница пятницу суббота субботу "
                    "воскресенье пн вт ср чт пт сб вс",
        "stamp": "опубликовано обновлено изменено дата в г года размещено",
        "relative": "назад минут минуту минуты мин час часа часов день дня дней неделю недели "
                    "недель месяц месяца месяцев год лет вчера сегодня",
        "ago": "назад",
        "reading": "время чтения мин минут минуты",
    },
    # Chinese, Japanese and Korean write a date with its units after the numbers (2024年3月12日,
    # 2024년 3월 12일): the unit of the month stands for a month's name.
    "ja": {
        "months": "月",
        "weekdays": "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日",
        "stamp": "年 日 時 分 投稿日 更新日 公開日 最終更新日 配信日 投稿 更新 公開 配信",
        "relative": "分前 時間前 日前 週間前 か月前 ヶ月前 年前 昨日 今日",
        "ago": "前",
        "reading": "分で読めます",
    },
    "zh": {
        "months": "月",
        "weekdays": "星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周一 周二 周三 周四 "
                    "周五 周六 周日 週一 週二 週三 週四 週五 週六 週日",
        "stamp": "年 日 时 時 分 发布 發布 发布时间 發布時間 发布于 發佈於 更新 更新时间 更新時間 "
                 "日期",
        "relative": "分钟前 分鐘前 小时前 小時前 天前 周前 週前 个月前 個月前 年前 昨天 今天 刚刚 剛剛",
        "ago": "前",
        "reading": "阅读时间 閱讀時間",
    },
    "ko": {
        "months": "월",
        "weekdays": "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
        "stamp": "년 일 시 분 입력 수정 승인 등록 기사입력 최종수정 오전 오후 업데이트 발행",
        "relative": "분 시간 일 주 개월 년 어제 오늘",
        "ago": "전",
        "reading": "읽는",
    },
}

#: A lone link to the rest of a story, whose title went elsewhere (``Weiterlesen``).
READ_MORE_ALONE = Lexicon(labels={
    "de": "weiterlesen|mehr lesen|hier weiterlesen|artikel lesen|zum artikel|mehr erfahren|mehr|"
          "mehr dazu|weiter lesen|jetzt lesen|zum originalartikel|den ganzen artikel lesen|"
          "ganzen artikel lesen|zum vollständigen artikel|hier geht's zum artikel|"
          "hier geht es zum artikel|hier geht's zum vollständigen artikel|"
          "hier geht es zum vollständigen artikel|lesen sie jetzt",
    "fr": "lire la suite|lire plus|en savoir plus|suite|lire l'article|lire l'article complet|"
          "voir l'article original|article original",
    "es": "leer más|seguir leyendo|leer artículo|ver más|más información|sigue leyendo|"
          "leer artículo completo|ver artículo original|artículo original",
    "it": "leggi di più|continua a leggere|leggi tutto|leggi l'articolo|scopri di più",
    "pt": "leia mais|continue lendo|continuar lendo|ler mais|saiba mais|ler artigo|continue a ler|"
          "continuar a ler|ler artigo completo",
    "nl": "lees verder|lees meer|meer lezen|lees het artikel",
    "pl": "czytaj więcej|czytaj dalej|więcej|zobacz więcej|czytaj całość|przeczytaj więcej",
    "ru": "читать далее|читать дальше|подробнее|читать полностью|читать больше|далее|читать",
    "ja": "続きを読む|もっと読む|詳細はこちら|記事を読む|全文を読む|続きはこちら|詳しくはこちら",
    "zh": "阅读全文|閱讀全文|阅读更多|閱讀更多|查看全文|详情|詳情|点击查看|點擊查看|继续阅读|"
          "繼續閱讀",
    "ko": "기사 더보기|자세히 보기|기사 전문 보기|전문 보기|기사 보기|원문 보기",
})

#: The sentence a blog theme writes under a post: when it was posted and where it was filed.
POST_META = Lexicon(openers={
    "en": "this entry was posted|this entry was filed|this post was posted|this entry is filed under|"
          "this post was filed|this post is filed under|this article was posted|this article was filed",
    "de": "der beitrag wurde am|dieser beitrag wurde am|dieser eintrag wurde am|"
          "dieser eintrag wurde veröffentlicht|dieser beitrag wurde unter|"
          "dieser beitrag wurde veröffentlicht|dieser eintrag wurde unter|der eintrag wurde am",
    "fr": "cette entrée a été publiée|cette entrée a été postée|cet article a été publié|"
          "ce contenu a été publié|ce billet a été publié|cette entrée a été classée",
    "es": "esta entrada fue publicada|esta entrada se publicó|esta entrada fue archivada|"
          "este artículo fue publicado|esta entrada ha sido publicada",
    "it": "questa voce è stata pubblicata|questo articolo è stato pubblicato|"
          "questo post è stato pubblicato|questa voce è stata archiviata",
    "pt": "esta entrada foi publicada|este post foi publicado|esse post foi publicado|"
          "este artigo foi publicado|este conteúdo foi publicado|esta entrada foi arquivada",
    "nl": "dit bericht is geplaatst|dit artikel is geplaatst|dit bericht werd geplaatst|"
          "dit artikel werd geplaatst|dit item is geplaatst|dit item werd geplaatst|"
          "dit bericht is gepubliceerd|dit artikel is gepubliceerd",
})
#: What makes that sentence the theme's and not the story's ("Der Beitrag wurde am Montag im ZDF
#: gezeigt"): words only a blog engine writes there, its permalink and its feed.
POST_META_LINK = Lexicon(phrases={
    "en": "bookmark the permalink|permalink|rss 2.0|rss feed|filed under",
    "de": "permalink|permanentlink|verschlagwortet|rss 2.0|rss-feed|rss feed",
    "fr": "permalien|permalink|rss 2.0|flux rss",
    "es": "enlace permanente|permalink|rss 2.0",
    "it": "permalink|collegamento permanente|rss 2.0",
    "pt": "link permanente|permalink|rss 2.0",
    "nl": "permalink|permanente link|rss 2.0",
})
#: Where the post was filed and how it was tagged: ordinary words alone ("archiviato dalla
#: procura", "tagged by hundreds of users"), the theme's only together.
POST_META_FILING = Lexicon(phrases={
    "en": "is filed under|was filed under|posted in|categorized|categorised",
    "de": "abgelegt|kategorisiert",
    "fr": "classé dans|classée dans|publié dans|publiée dans",
    "es": "archivada en|archivado en|publicada en|publicado en",
    "it": "archiviato|archiviata|pubblicato in|pubblicata in",
    "pt": "arquivado em|arquivada em|publicada em|publicado em",
    "nl": "gearchiveerd|geplaatst in|geplaatst onder",
})
POST_META_TAGS = Lexicon(phrases={
    "en": "and tagged|tagged with",
    "de": "getaggt|gekennzeichnet mit|markiert mit|schlagwörter|schlagworte",
    "fr": "marqué avec|marquée avec|mot-clé|mots-clés|étiqueté|étiquetée",
    "es": "etiquetada|etiquetado|etiquetas",
    "it": "taggato|taggata|etichettato|etichettata|con i tag|con il tag",
    "pt": "marcada com|marcado com|com a tag|com as tags|etiquetas",
    "nl": "getagd|met de tags|met de tag",
})

#: The labels of a post's meta fields, as a blog theme lines them up (``05/10/2018 - Publicado por:
#: Clarissa Borba - Categoria: Saúde - Tags: …``, ``Veröffentlicht: 05.01.2020 | Autor: … |
#: Abgelegt unter: … | Tags: …``): who, when, where filed, how tagged.
POST_META_FIELD = lazy_pattern(
    r"^(?:posted by|published by|written by|by|author|authors|posted on|published on|published|"
    r"posted|date|posted in|filed under|category|categories|tags|tagged|topics|"
    r"news date|release date|post date|publication date|date published|date posted|"
    r"von|autor|autorin|autoren|veröffentlicht|veröffentlicht am|veröffentlicht von|geschrieben von|"
    r"datum|abgelegt unter|kategorie|kategorien|schlagworte|schlagwörter|stichworte|themen|"
    r"par|auteur|publié|publié le|publié par|publié dans|classé dans|catégorie|catégories|étiquettes|"
    r"mots-clés|mots clés|"
    r"por|autor|publicado|publicado por|publicado el|publicado em|publicado en|fecha|data|"
    r"categoría|categorías|categoria|categorias|etiquetas|arquivado em|"
    r"di|autore|pubblicato|pubblicato da|pubblicato il|pubblicato in|categorie|argomenti|"
    r"door|geplaatst door|geplaatst op|geplaatst in|categorieën|trefwoorden|onderwerpen)"
    r"\s*:\s*\S",
    re.IGNORECASE)

class _NeedsWords:
    """A case-blind pattern searched only in a line that holds, lower-cased, one of ``words``
    (one of which each of its matches holds): a pattern that may match at any blank is tried at
    each character of the line, the words' substring tests refuse most lines first. Where
    lower-casing and a case-blind match differ (dotless ı, long ſ, İ), the pattern decides."""

    def __init__(self, pattern: "re.Pattern[str]", words: tuple[str, ...]):
        self.pattern = pattern
        self.words = words

    def search(self, text: str) -> "Optional[re.Match[str]]":
        lower = text.lower()
        for word in self.words:
            if word in lower:
                return self.pattern.search(text)
        if "ı" in lower or "ſ" in lower or "\u0307" in lower:
            return self.pattern.search(text)
        return None


#: A link to the comments closing a post's stamp line (``October 5, 2018 Posted by Vortex Leave a
#: comment``, ``Veröffentlicht am 6. Juli 2015 von Mark Hosak — Hinterlasse eine Antwort``,
#: ``27. November 2021 | 1 Kommentar``).
COMMENT_LINK_TAIL = _NeedsWords(lazy_pattern(
    r"(?:\s*[-–—|•·,]\s*|\s+)(?:leave a (?:comment|reply|response)|(?:\d+|no|one) (?:comments?|responses?|replies)"
    r"|comments? off|hinterlasse (?:eine antwort|einen kommentar)|kommentar hinterlassen"
    r"|schreibe einen kommentar|(?:\d+|keine|ein) kommentare?"
    r"|laisser un commentaire|(?:\d+|aucun|un) commentaires?"
    r"|deja un comentario|(?:\d+|sin|un) comentarios?"
    r"|lascia un commento|(?:\d+|nessun|un) comment[oi]"
    r"|deixe um comentário|(?:\d+|sem|um) comentários?"
    r"|geef een reactie|laat een reactie achter|(?:\d+|geen|een) reacties?)\s*$",
    re.IGNORECASE),
    # Every alternative above holds one of these, lower-cased: a new one must too, or add its word.
    ("omment", "repl", "respons", "antwort", "coment", "reactie"))

#: Headers of a list of topic tags or categories: ``Themen: …``, ``Schlagworte``, ``Etiquetas:``.
TAG_HEADERS = Lexicon(labels={
    "de": "themen|themen im artikel|schlagworte|schlagwörter|stichworte|stichwörter|kategorie|kategorien|"
          "blog-themen|tags|verschlagwortet mit|abgelegt unter|markiert mit|getaggt|gekennzeichnet mit|"
          "schlagworte zum thema|schlagwörter zum thema|stichworte zum thema",
    "fr": "thèmes|mots-clés|mots clés|catégories|catégorie|sujets|étiquettes|tags|classé dans|"
          "classé sous",
    "es": "temas|etiquetas|categorías|categoría|palabras clave|tags|archivado en|"
          "temas en este artículo|temas de esta nota|temas de la nota|temas relacionados",
    "it": "argomenti|tag|categorie|categoria|parole chiave|archiviato in",
    "pt": "temas|etiquetas|categorias|categoria|palavras-chave|tags|assuntos|arquivado em",
    "nl": "onderwerpen|trefwoorden|categorieën|categorie|tags|gearchiveerd onder",
    "pl": "tagi|tematy|kategorie|kategoria|słowa kluczowe",
    "ru": "теги|метки|ключевые слова|рубрики|рубрика|темы|категории|категория",
    "ja": "タグ|キーワード|カテゴリー|カテゴリ",
    "zh": "标签|標籤|关键词|關鍵詞|关键字|關鍵字|分类|分類",
    "ko": "태그|키워드|카테고리",
})

#: Links to the next or previous story, with its title after them (``Artículo siguiente …``).
STORY_NAVIGATION = Lexicon(openers={
    "en": "next article|previous article|next post|previous post|next story|previous story|"
          "older post|newer post|next entry|previous entry",
    "de": "nächster artikel|vorheriger artikel|nächster beitrag|vorheriger beitrag|"
          "nächste meldung|vorherige meldung",
    "fr": "article suivant|article précédent|billet suivant|billet précédent",
    "es": "artículo siguiente|artículo anterior|siguiente artículo|noticia siguiente|"
          "noticia anterior|entrada siguiente|entrada anterior",
    "it": "articolo successivo|articolo precedente|post successivo|post precedente",
    "pt": "próximo artigo|artigo anterior|próxima notícia|notícia anterior|post anterior|"
          "próximo post",
    "nl": "volgend artikel|vorig artikel|volgend bericht|vorig bericht",
    "pl": "poprzedni artykuł|następny artykuł|poprzedni wpis|następny wpis|poprzedni post|"
          "następny post",
    "ru": "предыдущая статья|следующая статья|предыдущая запись|следующая запись|"
          "предыдущая новость|следующая новость|предыдущий пост|следующий пост",
    "ja": "前の記事|次の記事|前の投稿|次の投稿",
    "zh": "上一篇|下一篇|上一条|下一条|上一則|下一則",
    "ko": "이전글|다음글|이전 기사|다음 기사",
})

#: The words a writer closes a letter, a column or a blog post with, over their name (``Herzlichst``
#: / ``Eure`` / ``Martina``): the story's signature, not a link. Whole lines only.
VALEDICTION = Lexicon(labels={
    "en": "love|cheers|best|best wishes|all the best|best regards|kind regards|warm regards|regards|"
          "sincerely|yours|yours truly|yours sincerely|warmly|hugs|xoxo|until next time",
    "de": "herzlichst|herzliche grüße|liebe grüße|viele grüße|beste grüße|schöne grüße|"
          "mit freundlichen grüßen|bis bald|bis zum nächsten mal|eure|euer|deine|dein|ihre|ihr",
    "fr": "cordialement|amitiés|bisous|bises|à bientôt|bien à vous|affectueusement",
    "es": "saludos|un saludo|un abrazo|abrazos|besos|hasta pronto|atentamente|cordialmente",
    "it": "saluti|cordiali saluti|un abbraccio|baci|a presto|un saluto",
    "pt": "abraços|um abraço|beijos|beijinhos|até breve|atenciosamente|cumprimentos",
    "nl": "groetjes|groeten|liefs|met vriendelijke groet|hartelijke groet|tot snel",
})

#: The sky a weather widget shows beside its temperature (``Partly cloudy``, ``wolkig``,
#: ``partiellement nuageux``). Whole lines only, and read only beside a widget's temperature.
WEATHER = Lexicon(labels={
    "en": "clear|sunny|mostly sunny|partly sunny|partly cloudy|mostly cloudy|cloudy|overcast|fair|"
          "rain|light rain|heavy rain|showers|few showers|scattered showers|thunderstorms|"
          "scattered thunderstorms|snow|light snow|sleet|fog|mist|haze|drizzle|windy",
    "de": "sonnig|heiter|wolkig|leicht bewölkt|teilweise bewölkt|bewölkt|stark bewölkt|bedeckt|"
          "regen|leichter regen|regenschauer|schauer|gewitter|schnee|schneefall|nebel|klar",
    "fr": "ensoleillé|ciel dégagé|dégagé|partiellement nuageux|peu nuageux|nuageux|très nuageux|"
          "couvert|pluie|pluie faible|averses|orages|neige|brouillard|brume|éclaircies",
    "es": "soleado|despejado|cielo despejado|parcialmente nublado|nubes dispersas|nublado|"
          "muy nublado|cubierto|lluvia|lluvia ligera|chubascos|tormentas|nieve|niebla|neblina",
    "it": "sereno|soleggiato|poco nuvoloso|parzialmente nuvoloso|nuvoloso|molto nuvoloso|coperto|"
          "pioggia|pioggia debole|rovesci|temporali|neve|nebbia|foschia",
    "pt": "ensolarado|céu limpo|limpo|parcialmente nublado|nublado|encoberto|chuva|chuva fraca|"
          "aguaceiros|pancadas de chuva|trovoadas|neve|nevoeiro|neblina",
    "nl": "zonnig|half bewolkt|licht bewolkt|bewolkt|zwaar bewolkt|regen|lichte regen|buien|"
          "onweer|sneeuw|mist|helder",
    "pl": "słonecznie|bezchmurnie|częściowe zachmurzenie|małe zachmurzenie|pochmurno|"
          "zachmurzenie|deszcz|przelotne opady|burze|śnieg|mgła",
    "ru": "ясно|солнечно|малооблачно|переменная облачность|облачно|пасмурно|дождь|небольшой дождь|"
          "ливень|гроза|снег|туман",
})
