"""NL4xx markup remnants: pieces of the web page's source left in the article's text.

- NL402 ``html-entity``: an escaped character (``&amp;``, ``&nbsp;``, ``&#8217;``).
- NL403 ``html-tag``: an HTML tag or comment (``<p>``, ``</div>``, ``<br/>``, ``<!-- wp:… -->``).
- NL404 ``shortcode``: a CMS shortcode (``[caption id=…]``, ``[/embed]``).
- NL405 ``script-remnant``: JavaScript (``function(){``, ``window.dataLayer``, ``googletag.cmd``).
- NL410 ``invisible-character``: a soft hyphen, zero-width space, word joiner or stray byte-order
  mark inside the text (the page's ``&shy;`` hyphenation hints and editor markers, decoded).

Each is a line rule with a narrow trigger; the check then confirms the remnant (a real entity
name, a real HTML element, a known shortcode or one with attributes, a JavaScript construct) so
that prose mentioning ampersands, angle brackets or square brackets is never flagged. newslint's own
``<!-- newslint: … -->`` comments (inline suppressions in Markdown) are not remnants.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.entities import html5
from typing import Iterable

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.compiled import compile as compile_pattern
from newslint.lazy import lazy_pattern
from newslint.rule import Fixable, LineRule, remove_line
from newslint.violation import Edit, Fix, Hit, Severity

_ENTITY = lazy_pattern(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")

#: HTML elements: a tag must name one of them to count ("List<String>" is code, not HTML).
_ELEMENTS = frozenset("""
a abbr address article aside audio b blockquote body br button canvas caption center cite code col
dd del details div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head
header hr html i iframe img input ins label legend li link main mark meta nav noscript object ol
optgroup option p param picture pre q s section select small source span strike strong style sub
summary sup svg table tbody td template textarea tfoot th thead time title tr track u ul video wbr
script
""".split())
_TAG = lazy_pattern(
    r"<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9]{0,9})(?:\s+[^<>\n]{0,400}?)?\s*/?>"
    r"|<!--(?P<comment>.{0,400}?)-->",
)

#: Shortcodes of WordPress and its common plugins and themes, by name.
_SHORTCODE_NAMES = (
    r"caption|embed|video|audio|gallery|playlist|tweet|youtube|vimeo|soundcloud|instagram|iframe|"
    r"contact-form-7|contact-form|mc4wp_form|gravityform|wpforms|ninja_form|rev_slider|jwplayer|"
    r"wpvideo|googlemaps|pdf-embedder|adsense|adrotate|adinserter|related_posts|wp_ad_camp_\d+|"
    r"(?:vc|et_pb|fusion|av|su|tie|td|mk|dt|cs|ux|bs|tm|themify|thrive|ult)_[a-z0-9_-]+"
)
_ATTRIBUTE = r"[A-Za-z_][\w-]*=(?:\"[^\"\]\n]{0,200}\"|'[^'\]\n]{0,200}'|[^\s\"'\]]{1,100})"
_SHORTCODE = lazy_pattern(
    rf"\[(?P<close>/)?(?P<known>{_SHORTCODE_NAMES})(?:\s[^\[\]\n]{{0,300}})?\]"
    rf"|\[(?P<name>[a-z][\w-]{{1,30}})(?:\s+{_ATTRIBUTE}){{1,12}}\s*/?\]"
)

#: JavaScript that only code contains.
#: The script shapes, each with a literal every match of it holds. On a long line an alternation
#: of branches with different starts is tried at every position; each branch alone is searched
#: only where its literal is, at C speed.
_SCRIPT_BRANCHES = (
    ("function", r"\bfunction\s*[\w$]*\s*\([\w$,\s]{0,80}\)\s*\{"),
    ("window.", r"\bwindow\.[\w$]+(?:\.[\w$]+){0,3}\s*(?:=[^=]|\|\||\()"),
    ("document.", r"\bdocument\.(?:write|writeln|getElementById|getElementsBy\w+|createElement"
                  r"|querySelector(?:All)?|addEventListener|cookie\s*=)\s*\(?"),
    ("googletag.", r"\bgoogletag\.\w+"),
    ("adsbygoogle", r"\badsbygoogle\b"),
    ("dataLayer.push", r"\bdataLayer\.push\s*\("),
    ("_gaq.push", r"\b_gaq\.push\s*\("),
    ("jQuery", r"\bjQuery\s*\("),
    ("$(", r"\$\(\s*(?:document|window)\s*\)"),
    ("fbq", r"\bfbq\s*\(\s*['\"]"),
    ("gtag", r"\bgtag\s*\(\s*['\"]"),
    ("var", r"\bvar\s+[A-Za-z_$][\w$]*\s*=\s*[^;\n]{0,200};"),
    ("}", r"\}\s*\)\s*\(\s*[\w$,\s]{0,40}\)\s*;"),
)
#: All of them as one pattern: what :func:`_script` finds is this pattern's first match.
_SCRIPT = lazy_pattern("|".join(branch for _, branch in _SCRIPT_BRANCHES))
_SCRIPT_SEARCHES = tuple((needle, compile_pattern(branch).search) for needle, branch in _SCRIPT_BRANCHES)


def _script(text: str) -> "re.Match[str] | None":
    """``_SCRIPT.search(text)``, branch by branch: the leftmost match, the earlier branch first
    where two start at the same place (as the alternation chooses)."""
    best = None
    for needle, search in _SCRIPT_SEARCHES:
        if needle in text:
            match = search(text)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
    return best


def _is_directive(comment: str) -> bool:
    return comment.strip().lower().startswith("newslint:")


#: Elements that run with the text around them: removing their tag leaves the words as they were.
#: Any other tag (and a comment, a shortcode) stood between blocks: between two words it becomes
#: a space.
_INLINE = frozenset("a abbr b cite code del em font i ins label mark q s small span strike strong "
                    "sub sup time u".split())


def _decoded(entity: str) -> str:
    """What an entity stands for; nothing for an invisible formatting character (``&#65279;``,
    ``&shy;``, ``&zwj;``), which only marks up text that is no longer HTML."""
    meaning = html.unescape(entity)
    if meaning and all(unicodedata.category(char) == "Cf" for char in meaning):
        return ""
    return meaning


def _removals(line: Line, spans: list[tuple[int, int, bool]]) -> Fix:
    """The fix removing each ``(start, end, inline)`` span of the line, spaces kept right: one
    space where a block-level remnant stood between two words, no doubled or dangling space."""
    text = line.text
    edits: list[tuple[int, int, str]] = []
    for start, end, inline in spans:
        joined = bool(edits) and edits[-1][1] >= start  # right after the previous removal
        if joined:
            start = edits[-1][1]
            before, _, put = edits[-1]
            left = put[-1:] or text[before - 1:before]
        else:
            left = text[start - 1:start]
        right = text[end:end + 1]
        replacement = ""
        if left and right and not left.isspace() and not right.isspace():
            replacement = "" if inline else " "
        elif (not left or left.isspace()) and right.isspace():
            end += 1  # "word <br/> word": one of the two spaces goes
        elif left.isspace() and not right and not joined:
            start -= 1  # a remnant at the end of the line takes the space before it
        edits.append((start, end, replacement))
    return _line_fix(line, [Edit(line.start + start, line.start + end, put) for start, end, put in edits])


def _line_fix(line: Line, edits: list[Edit]) -> Fix:
    """``edits`` of one line as a fix; the removal of the whole line (:func:`remove_line`) when
    they would leave it blank, so that no blank line is added between paragraphs."""
    text, position, kept = line.text, 0, []
    for edit in edits:
        kept += [text[position:edit.start - line.start], edit.replacement]
        position = edit.end - line.start
    kept.append(text[position:])
    if not "".join(kept).strip():
        return remove_line(line, safe=True)
    return Fix(tuple(edits), safe=True)


class HtmlEntity(LineRule):
    """An HTML entity left in the text: ``&amp;``, ``&nbsp;``, ``&#8217;``, ``&amp;lt;``.

    What it flags: a character reference that names a real HTML entity (or a numeric one), left
    escaped in text that is no longer HTML. One finding per line (the first), with how many more.

    Why it matters: the extractor took the page's source, not its text: readers see "Q&amp;A"
    and "don&#8217;t", and the words no longer match in search or deduplication. Double escapes
    (``&amp;lt;``) show the text went through two such steps.

    Example: ``Tom &amp; Jerry`` → ``NL402 HTML entity '&amp;' (should read '&')``; the fix
    writes each entity of the line as the character it stands for (an invisible formatting
    character such as ``&#65279;`` is dropped). A bare
    ampersand ("AT&T", "R&D") is not an entity and is not flagged.
    """

    code = "NL402"
    fix = Fixable("edit", safe=False)
    name = "html-entity"
    summary = "An HTML entity left in the text ('&amp;', '&nbsp;', '&#8217;')"
    examples = {
        "flag": [
            "&lt;span data-mce-type=\"bookmark\" style=\"display: inline-block; width: 0px; "
            "overflow: hidden; line-height: 0;\" "
            "class=\"mce_SELRES_start\"&gt;&amp;#65279;&lt;/span&gt;",
        ],
        "pass": ["AT&T and R&D spending rose; Q&A below."],
    }
    severity = Severity.WARNING
    languages = ("*",)
    trigger = r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    measured = ("dev set (1,373 records): 24 findings on 3 distinct lines, all true (escaped "
                "TinyMCE markers '&amp;lt;span …&amp;gt;&amp;amp;#65279;'); 0 on body lines")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        found = []
        for match in _ENTITY.finditer(line.text):
            entity = match.group()
            if entity[1] != "#" and entity[1:] not in html5:
                continue
            found.append(match)
        if not found:
            return
        first = found[0].group()
        meaning = html.unescape(first)
        if meaning.isprintable() and not meaning.isspace():
            message = f"HTML entity '{first}' (should read '{meaning}')"
        else:
            names = ", ".join(f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip() for char in meaning)
            message = f"HTML entity '{first}' (an invisible character: {names})"
        if len(found) > 1:
            message += f"; {len(found) - 1} more on this line"
        fix = _line_fix(line, [Edit(line.start + match.start(), line.start + match.end(),
                                    _decoded(match.group())) for match in found])
        yield Hit(line.start + found[0].start(), line.start + found[0].end(), message, fix)


class HtmlTag(LineRule):
    """An HTML tag or comment left in the text: ``<p>``, ``</div>``, ``<br/>``, ``<!-- … -->``.

    What it flags: a tag naming a real HTML element (with or without attributes, opening, closing
    or self-closing) and HTML comments such as WordPress block markers (``<!-- wp:paragraph
    -->``). One finding per line (the first), with how many more. newslint's own suppression
    comments (``<!-- newslint: ignore NL201 -->``) are not flagged.

    Why it matters: the extractor kept markup; readers see it, and it splits words and sentences
    for every tool downstream.

    Example: ``<p>The minister said …</p>`` → ``NL403 HTML tag '<p>' left in the text``; the fix
    removes every tag and comment of the line (a block-level one between two words leaves a
    space). Angle
    brackets around other words ("List<String>", "<3", "a < b > c") are not tags.
    """

    code = "NL403"
    fix = Fixable("edit", safe=False)
    name = "html-tag"
    summary = "An HTML tag or comment left in the text ('<p>', '</div>', '<br/>')"
    examples = {
        "flag": [
            "<span data-mce-type=\"bookmark\" style=\"display: inline-block; width: 0px; overflow: "
            "hidden; line-height: 0;\" class=\"mce_SELRES_start\">&#65279;</span>",
        ],
        "pass": ["Email <jane@example.com> or visit <https://example.com>."],
    }
    severity = Severity.WARNING
    languages = ("*",)
    trigger = r"</?[A-Za-z][A-Za-z0-9]{0,9}[\s/>]|<!--"
    measured = ("dev set (1,373 records): 4 findings on 1 distinct line, true (a TinyMCE "
                "'<span data-mce-type=\"bookmark\" …>' marker); 0 on body lines")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        found = []
        for match in _TAG.finditer(line.text):
            comment = match.group("comment")
            if comment is not None:
                if not _is_directive(comment):
                    found.append(match)
            elif match.group("name").lower() in _ELEMENTS:
                found.append(match)
        if not found:
            return
        first = found[0].group()
        kind = "HTML comment" if first.startswith("<!--") else "HTML tag"
        message = f"{kind} '{_clip(first)}' left in the text"
        if len(found) > 1:
            message += f"; {len(found) - 1} more on this line"
        fix = _removals(line, [(match.start(), match.end(), (match.group("name") or "").lower() in _INLINE)
                               for match in found])
        yield Hit(line.start + found[0].start(), line.start + found[0].end(), message, fix)


class Shortcode(LineRule):
    """A CMS shortcode left in the text: ``[caption id="attachment_1" …]``, ``[/embed]``.

    What it flags: a WordPress-style shortcode: a known name (caption, embed, gallery, video,
    tweet, contact-form-7, page-builder codes such as ``vc_row`` or ``et_pb_section``, opening or
    closing), or any bracketed lower-case name followed by ``key=value`` attributes. One finding
    per line (the first), with how many more.

    Why it matters: the CMS never expanded it, so the text holds a placeholder where a photo,
    video or form was; a caption shortcode also drags the caption into the body.

    Example: ``[caption id="attachment_42" align="alignnone" width="300"]`` → ``NL404 shortcode
    '[caption …]' left in the text``; the fix removes every shortcode of the line. Editorial brackets ("[the]", "[sic]", "[breaking their
    friendship]") have neither a shortcode's name nor attributes and are not flagged.
    """

    code = "NL404"
    fix = Fixable("edit", safe=False)
    name = "shortcode"
    summary = "A CMS shortcode left in the text ('[caption id=…]', '[/embed]')"
    examples = {
        "flag": [
            "[caption id=\"attachment_4521\" align=\"aligncenter\" width=\"640\"] Maduro in "
            "Caracas.[/caption]",
        ],
        "pass": [
            "“I’m not going to [do it] again,” she said of [actor Ted Danson] and [breaking "
            "their friendship].",
        ],
    }
    severity = Severity.WARNING
    languages = ("*",)
    trigger = r"\[/?[a-z][\w-]*[\s\]=]"
    measured = ("dev set (1,373 records): 0 findings (84 records hold editorial brackets such as "
                "'[the]' and '[actor Ted Danson]', none flagged)")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        found = list(_SHORTCODE.finditer(line.text))
        if not found:
            return
        first = found[0]
        message = f"shortcode '{_clip(first.group())}' left in the text"
        if len(found) > 1:
            message += f"; {len(found) - 1} more on this line"
        fix = _removals(line, [(match.start(), match.end(), False) for match in found])
        yield Hit(line.start + first.start(), line.start + first.end(), message, fix)


class ScriptRemnant(LineRule):
    """JavaScript left in the text: ``function(){``, ``window.dataLayer = …``, ``googletag.cmd``.

    What it flags: constructs only code contains: a function literal with its brace, an
    assignment or call on ``window.…``, ``document.write(``/``getElementById(``, ad and analytics
    calls (``googletag``, ``adsbygoogle``, ``dataLayer.push(``, ``fbq('…``, ``gtag('…``),
    ``var x = …;`` and the end of an immediately invoked function. One finding per line.

    Why it matters: an inline script or ad snippet was taken for text: it is noise for readers and
    a strong sign the extractor kept more of the page than the article.

    Example: ``(adsbygoogle = window.adsbygoogle || []).push({});`` → ``NL405 script left in the
    text: 'window.adsbygoogle ||'``. Prose about windows or documents ("the window. He…") is not
    code and is not flagged.
    """

    code = "NL405"
    name = "script-remnant"
    summary = "JavaScript left in the text ('function(){', 'window.dataLayer', 'googletag')"
    examples = {
        "flag": ["(adsbygoogle = window.adsbygoogle || []).push({});"],
        "pass": [
            "It was a bathroom with a bit of mold above the shower and window. He hadn't "
            "traveled to a foreign area.",
        ],
    }
    severity = Severity.WARNING
    languages = ("*",)
    # Each branch starts with a rare literal character and looks back for the name, so the
    # shared prefilter skips ordinary text quickly.
    trigger = (r"[.(v}](?:(?<=window\.)|(?<=document\.)|(?<=googletag\.)|(?<=dataLayer\.)"
               r"|(?<=_gaq\.)|(?<=function\()|(?<=function \()|(?<=jQuery\()|(?<=\$\()|(?<=fbq\()"
               r"|(?<=gtag\()|(?<=v)ar\s+[\w$]+\s*=|(?<=\})\s*\)\s*\()")
    measured = ("dev set (1,373 records): 0 findings (the trigger picks 15 lines of prose, e.g. "
                "'…above the shower and window. He…', none flagged)")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        match = _script(line.text)
        if match:
            yield Hit(line.start + match.start(), line.start + match.end(),
                      f"script left in the text: '{_clip(match.group().strip())}'")


def _clip(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


#: Invisible formatting characters that split a word for every tool reading the text: soft hyphen,
#: zero-width space, word joiner, and the byte-order mark away from the start of the text. (Zero-
#: width joiners and non-joiners are left alone: they shape emoji and the letters of some scripts.)
_INVISIBLE = {"\u00ad": "soft hyphen", "\u200b": "zero-width space", "\u2060": "word joiner",
              "\ufeff": "byte-order mark"}
_INVISIBLE_CHARS = lazy_pattern("[" + "".join(_INVISIBLE) + "]")
_WORD_AROUND = lazy_pattern(r"[\w\u00ad\u200b\u2060\ufeff'’-]*")
#: Scripts written without spaces, where a zero-width space marks where a line may break: there
#: it is the text's own spacing, not a remnant.
_UNSPACED_SCRIPTS = ("THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN", "CJK", "HIRAGANA", "KATAKANA",
                     "JAVANESE", "BALINESE")


def _unspaced(char: str) -> bool:
    return bool(char) and unicodedata.name(char, "").startswith(_UNSPACED_SCRIPTS)


class InvisibleCharacter(LineRule):
    """An invisible formatting character inside the text: a soft hyphen (the page's ``&shy;``), a
    zero-width space, a word joiner, a byte-order mark.

    What it flags: the first such character of a line, with how many more the line holds. A
    zero-width space between letters of a script written without spaces (Thai, Khmer, Japanese
    …) is that script's word break and is left alone, as is a byte-order mark opening the text
    and the zero-width joiners that shape emoji and some scripts' letters.

    Why it matters: a reader sees nothing, but every tool that reads the text sees two words:
    ``Mineralölstatistik`` written with the page's hyphenation hints matches no search, no
    vocabulary and no deduplication key, and a tokeniser splits it at each hint. German pages
    carry them by the thousand (the ``&shy;`` of their typesetting, decoded).

    Example: ``Mineralölstatistik`` with six soft hyphens in it → ``NL410 invisible soft hyphen
    inside 'Mineralölstatistik' (5 more on this line)``; the fix removes every such character of
    the line, which leaves the visible text as it was (a line of nothing else becomes empty).
    """

    code = "NL410"
    fix = Fixable("edit", safe=True)
    name = "invisible-character"
    summary = "A soft hyphen, zero-width space or word joiner inside the text (the page's &shy;)"
    examples = {
        "flag": ["Die Mi\u00adne\u00adral\u00adöl\u00adsta\u00adtis\u00adtik des Bundesamts zeigt den Rückgang."],
        "pass": ["Die Mineralölstatistik des Bundesamts zeigt den Rückgang."],
    }
    severity = Severity.WARNING
    languages = ("*",)
    trigger = "[\u00ad\u200b\u2060\ufeff]"
    measured = ("dev-trafilatura.jsonl (1,358 records): 1,192 lines of 46 records, holding 7,030 "
                "such characters (6,991 soft hyphens of German pages, 20 zero-width spaces, 15 word "
                "joiners, 4 byte-order marks); dev.jsonl: 11 lines of 11 records; each one invisible "
                "(no line of a script written without spaces among them)")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        text = line.text
        found = [match for match in _INVISIBLE_CHARS.finditer(text) if self._stray(text, match.start(), line)]
        if not found:
            return
        first = found[0].start()
        word = _WORD_AROUND.search(text, _word_start(text, first)).group()
        shown = _INVISIBLE_CHARS.sub("", word).strip("'’-")
        where = f"inside '{shown[:40]}'" if shown else (
            "on an otherwise empty line" if not _INVISIBLE_CHARS.sub("", text).strip() else "between words")
        message = f"invisible {_INVISIBLE[text[first]]} {where}"
        if len(found) > 1:
            message += f" ({len(found) - 1} more on this line)"
        fix = Fix(tuple(Edit(line.start + match.start(), line.start + match.end(), "") for match in found),
                  safe=True)
        yield Hit(line.start + first, line.start + first + 1, message, fix)

    @staticmethod
    def _stray(text: str, position: int, line: Line) -> bool:
        char = text[position]
        if char == "\ufeff" and line.start + position == 0:
            return False  # the text's byte-order mark, where it belongs
        if char == "\u200b":
            before, after = text[position - 1:position], text[position + 1:position + 2]
            if _unspaced(before) or _unspaced(after):
                return False
        return True


def _word_start(text: str, position: int) -> int:
    """Where the word holding ``position`` starts."""
    start = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _INVISIBLE or text[start - 1] in "'’-"):
        start -= 1
    return start


#: Cloudflare's placeholder for what its e-mail protection hid (``[email&#160;protected]``, read as
#: text): anything shaped like an address, a real one or a word with an ``@``.
_PROTECTED = lazy_pattern(r"\[email[\u00a0 ]protected\]")


class ProtectedEmail(LineRule):
    """An e-mail address the site hid from scrapers: ``[email protected]``.

    What it flags: Cloudflare's placeholder for what its e-mail protection hides, as a scraper
    reads it (``Contact: [email protected]``, ``Hacete [email protected] para contribuir``).
    The page's script puts the address back in a browser; a scraper keeps the placeholder.

    Why it matters: the address, or the words the protection took for one, is gone from the
    text, and nothing in the text can bring it back: the record must be scraped again with the
    page's script run, or the address taken from the page's ``data-cfemail`` attribute.

    Example: ``For tips, write to [email protected].`` → ``NL411 an e-mail address the site hid
    from scrapers ('[email protected]'): it is lost from the text``. No fix: the text does not
    hold the address.
    """

    code = "NL411"
    name = "protected-email"
    summary = "An e-mail address the site hid from scrapers ('[email protected]'): lost from the text"
    examples = {
        "flag": ["For tips, write to [email\u00a0protected] or call the newsroom."],
        "pass": ["For tips, write to tips@example.com or call the newsroom."],
    }
    severity = Severity.WARNING
    languages = ("*",)
    trigger = _PROTECTED.pattern
    measured = ("dev-trafilatura.jsonl (1,358 records): 24 lines of 14 records, each a hidden "
                "address (a newsroom's contact, a correction or letters address in a story's "
                "sentence, a footer's mail field, a word with an '@' such as a Spanish paper's "
                "'Hacete [email protected]'); dev.jsonl: none")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        found = list(_PROTECTED.finditer(line.text))
        if not found:
            return
        message = "an e-mail address the site hid from scrapers ('[email protected]'): it is lost from the text"
        if len(found) > 1:
            message += f" ({len(found) - 1} more on this line)"
        yield Hit(line.start + found[0].start(), line.start + found[0].end(), message)


@hookimpl
def newslint_rules():
    return [HtmlEntity, HtmlTag, Shortcode, ScriptRemnant, InvisibleCharacter, ProtectedEmail]
