"""NL4xx mojibake: text decoded with the wrong character set ("itâ€™s", "cafÃ©").

- NL401 ``mojibake``.

A cheap trigger finds the byte patterns UTF-8 leaves when read as Windows-1252 or Latin-1 (a lead
character such as ``Ã``, ``Â`` or ``â`` followed by the right number of continuation characters);
ftfy (https://ftfy.readthedocs.io) then decides whether the line really is mojibake and what it
should read. ftfy runs only on lines the trigger picked: running it on every document would cost
more than every other rule together.
"""

from __future__ import annotations

from typing import Iterable

from newslint import hookimpl
from newslint.article import Article, Line
from newslint.lazy import lazy_pattern
from newslint.rule import Fixable, LineRule
from newslint.violation import Edit, Fix, Hit, Severity

#: What a UTF-8 continuation byte (0x80-0xBF) looks like once decoded as Windows-1252/Latin-1.
_CONT = ("[\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
         "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
#: One UTF-8 sequence read as single-byte characters: a lead character and its continuations.
_UNIT = f"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})"
_RUN = lazy_pattern(f"{_UNIT}+")


class Mojibake(LineRule):
    """Text decoded with the wrong character set: "itâ€™s", "cafÃ©", "Â£5".

    What it flags: sequences of characters that are UTF-8 bytes read as Windows-1252 or Latin-1,
    where ftfy confirms that the line is mojibake and can say what it should read. One finding
    per line (the first sequence), with how many more the line holds.

    Why it matters: every apostrophe, quote, dash and accented letter of the story is garbled;
    readers see "â€œ" for a quotation mark, and search, deduplication and language models see
    different words from the real ones.

    Example: ``The minister said itâ€™s too early.`` → ``NL401 mojibake 'â€™' (should read
    '’')``; the fix writes what ftfy reads, for every such sequence of the line. Accented text that is right ("ATENÇÃO", "Città", "São Paulo") is not flagged: ftfy
    must agree the line is broken.
    """

    code = "NL401"
    fix = Fixable("edit", safe=False)
    name = "mojibake"
    summary = "Text decoded with the wrong character set ('itâ€™s', 'cafÃ©')"
    examples = {
        "flag": [
            "Venezuelaâ€™s Ministry of Information did not immediately respond to a request for "
            "comment on Sunday.",
        ],
        "pass": [
            "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao "
            "usuário não serão aprovados",
        ],
    }
    severity = Severity.ERROR
    languages = ("*",)
    #: A lead character and one continuation: cheap (the full sequence is checked per line).
    trigger = f"[\u00c2-\u00f4]{_CONT}"
    measured = ("dev set (1,373 records): 0 findings; the trigger picks 0 lines (the 24 records "
                "with 'Ã' are correct Portuguese, e.g. 'ATENÇÃO'); tests cover real mojibake")

    def check_line(self, line: Line, article: Article) -> Iterable[Hit]:
        # Imported here: ftfy's tables take a tenth of newslint's start-up, and most runs (every
        # pre-commit run on clean files) never reach a line this trigger picks.
        import ftfy

        text = line.text
        if ftfy.fix_encoding(text) == text:
            return
        runs = [(match, ftfy.fix_encoding(match.group())) for match in _RUN.finditer(text)]
        runs = [(match, fixed) for match, fixed in runs if fixed != match.group()]
        if not runs:
            return
        first, reads = runs[0]
        message = f"mojibake '{first.group()}' (should read '{reads}')"
        if len(runs) > 1:
            message += f"; {len(runs) - 1} more on this line"
        edits = tuple(Edit(line.start + match.start(), line.start + match.end(), fixed)
                      for match, fixed in runs)
        yield Hit(line.start + first.start(), line.start + first.end(), message, Fix(edits, safe=True))


@hookimpl
def newslint_rules():
    return [Mojibake]
