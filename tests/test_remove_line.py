"""remove_line: the one way a rule deletes a junk line, keeping the blank lines around it right."""

import pytest

from newslint.article import parse
from newslint.document import Document
from newslint.rule import remove_line


def removed(text: str, index: int) -> str:
    fix = remove_line(parse(Document("x.txt", text)).line(index), safe=True)
    assert fix.safe
    (edit,) = fix.edits
    return text[:edit.start] + edit.replacement + text[edit.end:]


@pytest.mark.parametrize("text, index, expected", [
    ("A\n\nJ\n\nB", 2, "A\n\nB"),       # between paragraphs: one blank line stays
    ("A\nJ\nB", 1, "A\nB"),             # no blank lines around
    ("J\n\nB", 0, "B"),                 # first line
    ("J\nB", 0, "B"),
    ("A\n\nJ\n", 2, "A\n"),             # last line: the final newline stays
    ("A\n\nJ", 2, "A"),
    ("A\nJ", 1, "A"),
    ("A\nJ\n", 1, "A\n"),
    ("J", 0, ""),
    ("A\n\nJ1\n\nJ2\n\nB", 2, "A\n\nJ2\n\nB"),
    ("A\n\nJ1\n\nJ2\n\nB", 4, "A\n\nJ1\n\nB"),
])
def test_remove_line_keeps_paragraph_separation(text: str, index: int, expected: str) -> None:
    assert removed(text, index) == expected


@pytest.mark.parametrize("text, index, removed", [
    ("A\n\nJ\n", 2, "\nJ\n"),      # the kept line's own break ends the text
    ("A\n\nJ\n\n", 2, "\nJ\n"),    # blank lines after the junk stay
    ("A\n\nJ", 2, "\n\nJ"),        # no break after the junk: the text still ends without one
    ("A\nJ\nB", 1, "J\n"),
])
def test_remove_line_takes_its_own_line_break_and_keeps_the_others(text, index, removed):
    (edit,) = remove_line(parse(Document("x.txt", text)).line(index)).edits
    assert text[edit.start:edit.end] == removed


@pytest.mark.parametrize("text, index, expected", [
    ("A\n\n\nJ\n\n\nB", 3, "A\n\n\nB"),       # two blank lines each side: two stay, not three
    ("A\n\nJ\n\n\nB", 2, "A\n\n\nB"),         # the longer run stays
    ("A\n\n\nJ\n\nB", 3, "A\n\n\nB"),
    ("A\nJ\n\nB", 1, "A\n\nB"),               # paragraphs stay apart
    ("J\n\n\nB", 0, "B"),                     # at the top: the text starts as it did
    ("\nJ\n\nB", 1, "\nB"),
])
def test_remove_line_never_lengthens_a_gap(text: str, index: int, expected: str) -> None:
    assert removed(text, index) == expected
