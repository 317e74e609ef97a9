"""The pieces of fixing, exactly: which fixes go in one pass, splicing, offsets mapped back, the
stored form (line endings, BOM, JSON escapes) and JSON positions."""

from __future__ import annotations

import json

import pytest

from newslint.fix.apply import Origin, apply, select
from newslint.fix.jsontext import parse_object, top_level_values
from newslint.fix.stored import Stored, dominant_ending, json_pieces, writes_ascii
from newslint.violation import Edit, Fix


def fix(*edits: tuple[int, int, str]) -> Fix:
    return Fix(tuple(Edit(*edit) for edit in edits), safe=True)


def test_select_takes_fixes_that_neither_overlap_nor_touch():
    fixes = [fix((10, 20, "")), fix((0, 5, "")), fix((15, 25, "")), fix((20, 22, "")), fix((5, 6, "x")),
             fix((30, 30, " "))]
    taken, edits = select(fixes)
    # (0,5) first; (5,6) touches it; (10,20) next; (15,25) overlaps it; (20,22) touches it.
    assert taken == [0, 1, 5]
    assert edits == [Edit(0, 5, ""), Edit(10, 20, ""), Edit(30, 30, " ")]


def test_select_applies_identical_fixes_once_and_counts_both():
    taken, edits = select([fix((3, 9, "")), fix((3, 9, "")), fix((4, 5, ""))])
    assert taken == [0, 1]
    assert edits == [Edit(3, 9, "")]


def test_select_keeps_a_fix_whole_or_not_at_all():
    # The second fix's first edit is free but its second overlaps the first fix: none of it goes.
    taken, edits = select([fix((10, 12, "")), fix((0, 2, ""), (11, 13, ""))])
    assert (taken, edits) == ([1], [Edit(0, 2, ""), Edit(11, 13, "")])


def test_two_insertions_at_one_place_wait_for_another_pass():
    taken, _ = select([fix((4, 4, "a")), fix((4, 4, "b"))])
    assert taken == [0]


def test_apply_splices_in_order():
    assert apply("abcdefgh", [Edit(0, 1, "A"), Edit(3, 5, ""), Edit(8, 8, "!")]) == "Abcfgh!"


def test_origin_maps_offsets_back_through_passes():
    text = "0123456789"
    origin = Origin()
    first = [Edit(2, 4, ""), Edit(6, 6, "XY")]  # "01" + "45" + "XY" + "6789"
    once = apply(text, first)
    origin.add(first)
    second = [Edit(0, 1, "")]  # drop "0"
    twice = apply(once, second)
    origin.add(second)
    assert twice == "145XY6789"
    # '1' → 1, '4' → 4, 'X' → inside an insertion: the place it was put, '6' → 6, the end → 10
    assert [origin.original(offset) for offset in (0, 1, 3, 5, 9)] == [1, 4, 6, 6, 10]
    # An end offset just before a removal maps to before it: "1" ends at 2 in the original.
    assert origin.original(1, end=True) == 2
    assert origin.original(0, end=True) == 0  # an empty span before the removed "0"


@pytest.mark.parametrize("raw, edits, expected", [
    # Mixed endings: each kept line keeps its own ending.
    ("A\r\nJ\nB\rC\r\n", [Edit(2, 4, "")], "A\r\nB\rC\r\n"),
    ("A\r\n\r\nJ\r\n\r\nB", [Edit(3, 6, "")], "A\r\n\r\nB"),
    # A BOM character stays first; an edit at offset 0 goes after it.
    ("\ufeffJ\r\nB", [Edit(0, 2, "")], "\ufeffB"),
    # A replacement with a line break gets the text's own line ending.
    ("A\r\nB\r\nC\n", [Edit(2, 3, "X\nY")], "A\r\nX\r\nY\r\nC\n"),
    ("lone\rcarriage\rreturns", [Edit(5, 14, "")], "lone\rreturns"),
])
def test_stored_text_follows_the_edits_with_its_own_line_endings(raw, edits, expected):
    stored = Stored(raw)
    assert stored.text == raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    stored.apply(edits)
    assert stored.raw == expected


def test_dominant_ending():
    assert dominant_ending("a\r\nb\r\nc\nd") == "\r\n"
    assert dominant_ending("a\nb\r\n") == "\n"
    assert dominant_ending("no breaks") == "\n"


def test_json_string_keeps_how_each_kept_character_was_written():
    token = r'"caf\u00e9 \/ said.\r\nThe \ud83d\ude00 end"'
    value, pieces = json_pieces(token)
    assert value == json.loads(token)
    assert len(pieces) == len(value)
    stored = Stored(value, pieces, ascii=writes_ascii(token))
    assert stored.ascii
    # In the normalised text "said.\nThe" the break is one character: replace it with ". ".
    text = stored.text
    start = text.index("\nThe")
    stored.apply([Edit(start, start + 1, " — ")])
    assert stored.json() == r'"caf\u00e9 \/ said. \u2014 The \ud83d\ude00 end"'
    assert json.loads(stored.json()) == "café / said. — The 😀 end"


def test_json_string_written_as_utf8_gets_new_characters_as_utf8():
    token = '"itâ€™s"'
    value, pieces = json_pieces(token)
    stored = Stored(value, pieces, ascii=writes_ascii(token))
    stored.apply([Edit(2, 5, "’")])
    assert stored.json() == '"it’s"'


def test_parse_object_finds_members_as_json_loads_sees_them():
    body = '{"id": 1, "text": "first", "meta": {"text": "inner"}, "text" :"last"}'
    parsed = parse_object(body)
    member = parsed.last("text")
    assert body[member.value_start:member.value_end] == '"last"'
    assert [m.key for m in parsed.members] == ["id", "text", "meta", "text"]
    assert body[parsed.close] == "}"


def test_top_level_values_of_an_array_and_of_values_one_after_another():
    array = '[\n {"a": 1},\n {"b": [2, 3]}\n]\n'
    assert [array[s:e] for s, e in top_level_values(array)] == ['{"a": 1}', '{"b": [2, 3]}']
    stream = '{"a": 1}\n{"b": 2}\n'
    assert [stream[s:e] for s, e in top_level_values(stream)] == ['{"a": 1}', '{"b": 2}']
    with pytest.raises(ValueError):
        top_level_values('[{"a": 1} {"b": 2}]')


def test_a_lone_carriage_return_never_merges_with_a_following_line_feed():
    # "A\r" then "J\r\n" then a blank line "\n": removing J must not leave "A\r\n" (one break).
    stored = Stored("A\rJ\r\n\nB")
    stored.apply([Edit(2, 4, "")])
    assert stored.raw == "A\r\r\nB"
    assert stored.text == "A\n\nB"


def test_origin_maps_original_offsets_forward_or_says_they_are_gone():
    origin = Origin()
    origin.add([Edit(2, 4, ""), Edit(6, 6, "XY")])   # "0123456789" → "0145XY6789"
    origin.add([Edit(0, 1, "")])                     # → "145XY6789"
    assert [origin.current(offset) for offset in (0, 1, 2, 3, 4, 6, 9)] == [None, 0, None, None, 1, 5, 8]
