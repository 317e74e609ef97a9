"""NL21x caption, credit and gallery rules on real lines (tests/fixtures/rules/nl2/): each case is a
run of verbatim lines from the seed or the development set, the lines to flag marked."""

from __future__ import annotations

from newslint.document import Document
from rule_cases import linter, load_cases

# The fixture cases of these rules, their documentation, RE2 and hostile-line checks run with the
# rest of the NL2xx family in test_rules_injected.py (FAMILY); here: what is particular to captions.


def test_a_caption_with_its_credit_is_one_finding_of_the_caption_rule():
    (case,) = [c for c in load_cases("NL210") if c.title.startswith("seeds/")]
    found = linter("NL2").lint(Document("seed.txt", case.text))
    assert [(v.line, v.code) for v in found] == [(3, "NL210")]
    assert "REUTERS/Manor Quintero" in found[0].message


def test_a_credit_under_its_caption_is_reported_by_the_credit_rule_only():
    (case,) = [c for c in load_cases("NL211") if "Photo: Name, AP" in c.title]
    found = linter("NL2").lint(Document("credit.txt", case.text))
    assert {(v.line, v.code) for v in found if v.line in case.flagged} == \
        {(line, "NL211") for line in case.flagged}


# The per-rule checks of documentation, RE2 exactness and hostile lines run for the captions
# rules too, in test_rules_injected.py (FAMILY).


def test_a_trailing_credit_is_searched_for_at_the_end_of_the_line_only():
    import re._parser as parser

    from newslint.rules import captions

    # Every shape but one in brackets fits in the reach; the bracketed ones hold no other "(".
    (branch,) = [node for node in parser.parse(captions._TRAILING_CREDIT.pattern)
                 if node[0] is parser.BRANCH]
    for shape in branch[1][1]:
        if shape[0] != (parser.LITERAL, ord("(")):
            assert shape.getwidth()[1] <= captions._TRAILING_REACH
    long = "A man walks past. " * 20
    for text in (long + "REUTERS/Jane Doe", long + "(Photo:" + " " * 200 + "Jane Doe)",
                 "(a) " + long + "(AP Photo/Jane Doe)", long + "(x)" + long, long + "Getty Images "):
        expected = captions._TRAILING_CREDIT.search(text.rstrip())
        found = captions.trailing_credit(text)
        assert (found and found.span()) == (expected and expected.span())


def test_credits_that_name_the_kind_of_picture_or_an_agency_photo_desk_stand_alone():
    """Credits of shapes the development sources hold too few of to make fixture cases: an
    agency's photo desk (``(AP Photo)``), a local paper's kind of picture (``Courtesy photo``,
    ``Staff photo by …``) and a screenshot's source. Each alone after a story is flagged; the same
    words inside a sentence are not."""
    story = ("The council approved the budget on Tuesday after a long debate about roads, parks and "
             "the cost of the new library, officials said.\n\n"
             "Work on the first projects is expected to begin in the spring, the mayor said.\n\n")
    for credit in ("(AP Photo)", "PTI Photo", "Reuters Photo/Jane Doe", "Courtesy photo",
                   "Submitted photo", "File photo", "Staff photo by Jane Doe",
                   "Screenshot: YouTube", "Screengrab via Twitter"):
        found = linter("NL211").lint(Document("credit.txt", story + credit + "\n"))
        assert [v.line for v in found] == [5], credit
    sentence = story + "A file photo of the mayor was shown at the meeting, where staff photos were taken.\n"
    assert linter("NL211").lint(Document("credit.txt", sentence)) == []
