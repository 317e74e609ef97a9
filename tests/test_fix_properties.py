"""Nothing lost, proven on random documents (hypothesis): fixing removes exactly the flagged lines
and leaves every other line as it was, its own line ending included; a second fix changes
nothing; a record keeps every byte outside its text field.

The documents are random sequences of real lines (the rule fixtures' flagged and unflagged lines:
teasers, captions, comment forms, menus, stamps, mojibake, markup, glued sentences, and body
paragraphs), blank lines, random line endings (``\\n``, ``\\r\\n``, ``\\r``), a BOM or not, a final
newline or not. The real rules decide what is flagged, over as many passes as the fixes take.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from newslint.document import Document, normalise_newlines
from newslint.engine import Linter
from newslint.fix.document import fix_document
from newslint.fix.records import RecordText
from newslint.fix.stored import Stored
from newslint.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules"
_BREAK = re.compile(r"\r\n|\r|\n")


def fixture_lines() -> list[str]:
    lines: set[str] = set()
    for path in sorted(FIXTURES.glob("nl[234]/*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if path.parent.name == "nl4":
                lines.add(line[:300])
            elif line[:2] in ("+ ", "  ") and line[2:].strip():
                lines.add(line[2:])
    return sorted(line for line in lines if line.strip() and "\r" not in line)


POOL = fixture_lines()
#: Only rules whose fixes remove lines: the output must be the input minus the flagged lines.
REMOVING = Linter(Settings(select=["NL2", "NL3", "NL408"]))
#: Every default rule, unsafe fixes too: span repairs change flagged lines, never others.
EVERYTHING = Linter(Settings())
SLOW = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def raw_documents(draw) -> str:
    lines = draw(st.lists(st.one_of(st.sampled_from(POOL), st.just(""), st.just("")),
                          min_size=1, max_size=24))
    endings = draw(st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=len(lines),
                            max_size=len(lines)))
    if not draw(st.booleans()):
        endings[-1] = ""
    raw = "".join(line + ending for line, ending in zip(lines, endings))
    return ("\ufeff" if draw(st.booleans()) else "") + raw


def split_raw(raw: str) -> list[tuple[str, str]]:
    """(line, its ending) for every line of a stored text (the BOM left out)."""
    raw = raw[1:] if raw.startswith("\ufeff") else raw
    pieces, position = [], 0
    for match in _BREAK.finditer(raw):
        pieces.append((raw[position:match.start()], match.group()))
        position = match.end()
    pieces.append((raw[position:], ""))
    return pieces


def fixed_lines(outcome) -> set[int]:
    """0-based lines of the original text whose findings were fixed, in any pass."""
    return {violation.line - 1 for violation in outcome.fixed}


def blank_runs(lines: list[str], first: int, last: int, flagged: set[int]) -> list[int]:
    """Lengths of the runs of blank lines strictly between two lines (flagged lines split runs)."""
    runs, run = [], 0
    for index in range(first + 1, last):
        if not lines[index].strip() and index not in flagged:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    if run:
        runs.append(run)
    return runs


@SLOW
@given(raw_documents())
def test_fixing_removes_exactly_the_flagged_lines_and_keeps_the_rest_as_they_were(raw):
    document = Document("doc.txt", normalise_newlines(raw))
    stored = Stored(raw[1:] if raw.startswith("\ufeff") else raw)
    outcome = fix_document(REMOVING, document, stored, unsafe=True)
    lines = document.text.split("\n")
    flagged = fixed_lines(outcome)
    kept = [index for index, line in enumerate(lines) if line.strip() and index not in flagged]
    out_lines = outcome.text.split("\n")
    # 1. The lines left are exactly the unflagged ones, in order, character for character.
    assert [line for line in out_lines if line.strip()] == [lines[index] for index in kept]
    # 2. Paragraphs stay apart, and never by more blank lines than stood between them.
    out_kept = [index for index, line in enumerate(out_lines) if line.strip()]
    for (a, b), (x, y) in zip(zip(kept, kept[1:]), zip(out_kept, out_kept[1:])):
        runs = blank_runs(lines, a, b, flagged)
        between = y - x - 1
        assert between <= max(runs, default=0)
        assert between >= (1 if runs else 0)
    # 3. The stored text is the fixed text, and every line kept keeps its own line ending.
    assert normalise_newlines(stored.raw) == outcome.text
    original = [piece for piece in split_raw(raw)]
    after = [piece for piece in split_raw(stored.raw) if piece[0].strip()]
    for position, (index, (text, ending)) in enumerate(zip(kept, after)):
        assert text == original[index][0]
        last = position == len(after) - 1
        assert ending == original[index][1] or (last and ending == "")
    # 4. Every line the rules flagged for removal on the text as read is gone: a removal that had
    #    to wait for another pass is not dropped because the first pass changed its context.
    first = [found for found in REMOVING.lint(document) if found.fix is not None]
    assert {found.line - 1 for found in first} <= flagged
    # 5. Idempotent: fixing the result again changes nothing.
    again = fix_document(REMOVING, Document("doc.txt", outcome.text), None, unsafe=True)
    assert not again.changed and again.text == outcome.text


@SLOW
@given(raw_documents())
def test_span_repairs_change_only_flagged_lines_and_settle(raw):
    document = Document("doc.txt", normalise_newlines(raw))
    outcome = fix_document(EVERYTHING, document, None, unsafe=True)
    lines = document.text.split("\n")
    flagged = fixed_lines(outcome)
    kept = [lines[index] for index, line in enumerate(lines) if line.strip() and index not in flagged]
    out = [line for line in outcome.text.split("\n") if line.strip()]
    # Every unflagged line is there, in order; any other line is a repaired flagged one.
    position = 0
    for line in out:
        if position < len(kept) and line == kept[position]:
            position += 1
    assert position == len(kept)
    assert len(out) - len(kept) <= len(flagged)
    if outcome.converged:
        again = fix_document(EVERYTHING, Document("doc.txt", outcome.text), None, unsafe=True)
        assert not again.changed


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12))


@SLOW
@given(raw_documents(), st.dictionaries(st.text(min_size=1, max_size=8).filter(lambda k: k != "text"),
                                        json_scalars, max_size=4),
       st.integers(min_value=0, max_value=4), st.booleans(),
       st.sampled_from([(", ", ": "), (",", ":")]), st.booleans())
def test_a_record_keeps_every_byte_outside_the_text_it_fixes(raw, others, place, ascii, separators,
                                                              audit):
    items = list(others.items())
    items.insert(min(place, len(items)), ("text", raw))
    body = json.dumps(dict(items), ensure_ascii=ascii, separators=separators)
    document = Document("shard.jsonl", normalise_newlines(raw), record=1, field="text")
    text = RecordText(body, document, "cleaning" if audit else None)
    outcome = fix_document(REMOVING, document, text.stored, unsafe=True)
    new = text.rewritten(outcome) if outcome.changed else body
    decoded = json.loads(new)
    assert normalise_newlines(decoded.pop("text")) == outcome.text
    if audit and outcome.changed:
        entries = decoded.pop("cleaning")
        assert entries == [change.audit() for change in outcome.changes]
    assert decoded == others
    # Byte for byte: only the text's string changed (and the audit member was added at the end,
    # with the record's own separators).
    member = text.member
    expected = body[:member.value_start] + text.stored.json() + body[member.value_end:]
    if audit and outcome.changed:
        added = (separators[0] + '"cleaning"' + separators[1]
                 + json.dumps(entries, separators=separators))
        expected = expected[:-1] + added + "}"
    assert new == expected


def test_a_related_stories_box_goes_whole_though_its_heading_goes_first():
    """Real lines (tests/fixtures/rules/nl2): the heading and the first items touch one another, so
    they go in different passes; once the heading is gone the items no longer sit under one, but
    the decision made on the text as read stands."""
    case = (FIXTURES / "nl2" / "NL205-related-story-list.txt").read_text(encoding="utf-8")
    block = case.split("\n---- ")[1].split("\n", 1)[1]
    tagged = [(line[:2], line[2:]) for line in block.split("\n") if line[:2] in ("+ ", "  ")]
    text = "\n\n".join(line for _, line in tagged) + "\n"
    outcome = fix_document(EVERYTHING, Document("box.txt", text), None, unsafe=True)
    # The box's heading (NL203) and every headline under it (NL205) go; the story stays.
    story = [line for tag, line in tagged if tag == "  " and line != "Most read in world news"]
    assert len(story) < len(tagged) - 10
    assert outcome.text == "\n\n".join(story) + "\n"
