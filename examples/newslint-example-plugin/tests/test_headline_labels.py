"""EX101 on real headline shapes: what must fire, what must not (run with pytest, newslint installed)."""

from __future__ import annotations

import pytest

from newslint.config import ConfigError
from newslint.testing import assert_clean, assert_examples, assert_flags

from newslint_example import HeadlineUrgencyLabel

BODY = "\n\nSenior US officials traveled to Venezuela on Saturday for talks.\n"


@pytest.mark.parametrize("headline, label", [
    ("BREAKING: US officials travel to Russia's ally Venezuela for talks", "BREAKING:"),
    ("Breaking News | US officials travel to Venezuela for talks", "Breaking News |"),
    ("JUST IN: Maduro meets US delegation in Caracas", "JUST IN:"),
    ("UPDATE 2-U.S. officials travel to Venezuela, a Russian ally, for talks", "UPDATE 2-"),
    ("DEVELOPING - Venezuela talks end without agreement", "DEVELOPING -"),
])
def test_a_label_in_front_of_a_headline_is_flagged(headline, label):
    found = assert_flags(HeadlineUrgencyLabel, headline + BODY, lines=[1])
    assert found[0].col == 1
    assert found[0].end_col == 1 + len(label)
    assert f"'{label}'" in found[0].message


@pytest.mark.parametrize("text", [
    "US officials travel to Russia's ally Venezuela for talks" + BODY,
    # A label followed by too little is a section name, not a labelled headline.
    "BREAKING: Venezuela" + BODY,
    # Hyphenated words are not the wire's glued label.
    "Live-action remake of classic tops the box office" + BODY,
    # The body may say anything: only the headline is looked at.
    "US officials travel to Venezuela for talks\n\nWatch: the minister said nothing at all today.\n",
])
def test_headlines_without_a_label_and_body_lines_are_clean(text):
    assert_clean(HeadlineUrgencyLabel, text)


def test_the_label_list_is_an_option():
    text = "EXCLUSIVE: US officials travel to Venezuela for talks" + BODY
    assert_clean(HeadlineUrgencyLabel, text)
    assert_flags(HeadlineUrgencyLabel, text, lines=[1], options={"labels": ["exclusive"]})


def test_a_wrong_option_type_is_refused():
    with pytest.raises(ConfigError, match="labels"):
        assert_clean(HeadlineUrgencyLabel, "Headline" + BODY, options={"labels": "breaking"})


def test_the_fixture_runs_the_real_command_line(newslint_lint):
    newslint_lint.write("story.txt", "BREAKING: US officials travel to Venezuela for talks" + BODY)
    result = newslint_lint.run("--select", "EX101", "story.txt")
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("story.txt:1:1: EX101 ")


def test_the_rules_own_examples_behave():
    # What `newslint test-rules EX101` checks on the command line.
    assert_examples(HeadlineUrgencyLabel)


def test_test_rules_runs_the_examples_on_the_command_line(newslint_lint):
    result = newslint_lint.run("test-rules", "EX101")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "newslint test-rules: 1 rule, 6 examples, all behave.\n"
