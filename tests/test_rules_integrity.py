"""NL4xx text integrity (mojibake, markup, shortcodes, scripts, glued words and sentences, duplicate
paragraphs, truncated endings), through the real linter on real scraped lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from newslint.document import Document
from newslint.engine import Linter
from newslint.settings import Settings
from newslint.testing import run_newslint

FIXTURES = Path(__file__).parent / "fixtures" / "rules" / "nl4"
NL1 = Path(__file__).parent / "fixtures" / "rules" / "nl1"
SEED = (REPO / "seeds" / "000_c63b3b5783eb788a.txt").read_text(encoding="utf-8")
TITAN = (NL1 / "reuters_titan.txt").read_text(encoding="utf-8")
_LINTERS: dict = {}


def lint(text: str, code: str, path: str = "story.txt", **options):
    key = (code, repr(sorted(options.items())))
    if key not in _LINTERS:
        rule_options = {code: {k.replace("_", "-"): v for k, v in options.items()}} if options else {}
        _LINTERS[key] = Linter(Settings(select=[code], rule_options=rule_options))
    return _LINTERS[key].lint(Document(path, text))


def lines(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8").splitlines()


def flagged(text: str, code: str, **options) -> str:
    """The text of the single finding's span."""
    found = lint(text, code, **options)
    assert len(found) == 1, found
    return text.split("\n")[found[0].line - 1][found[0].col - 1:found[0].end_col - 1]


def test_seed_and_a_clean_wire_story_have_no_integrity_findings():
    linter = Linter(Settings(select=["NL4"]))
    assert linter.lint(Document("seed.txt", SEED)) == []
    assert linter.lint(Document("titan.txt", TITAN)) == []


# -- NL401 mojibake -------------------------------------------------------------------------------

def _as_mojibake(text: str) -> str:
    """What a page shows when its UTF-8 is read as Windows-1252 (how mojibake comes about)."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def test_mojibake_of_a_real_paragraph_is_flagged_once_per_line():
    line = "Venezuela’s Ministry of Information did not immediately respond to a request for comment on Sunday."
    broken = _as_mojibake(line)
    assert "â€™" in broken
    found = lint(broken + "\n", "NL401")
    assert [v.line for v in found] == [1]
    assert found[0].message == "mojibake 'â€™' (should read '’')"
    quote = _as_mojibake("it expressed “concern that the crisis will worsen.” Cuba and Nicaragua also defended Putin’s position")
    found = lint(quote, "NL401")
    # cp1252 has no character for the last byte of '”': that one is lost ('â€�'), not mojibake.
    assert len(found) == 1 and found[0].message == "mojibake 'â€œ' (should read '“'); 1 more on this line"


@pytest.mark.parametrize("text", ["cafÃ© au lait", "Â£5 a month", "SÃ£o Paulo", "Ã¢â‚¬â„¢ twice broken"])
def test_latin1_and_double_mojibake(text):
    assert len(lint(text, "NL401")) == 1


@pytest.mark.parametrize("text", [
    # Real text of the development pages: correct accents and typography.
    "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados",
    "Città, stock car velopark, stock-car londrina",
    "He said “Merry Noël…” and left. Voilà… ” she said.",
    SEED,
])
def test_correct_accents_are_not_mojibake(text):
    assert lint(text, "NL401") == []


# -- NL402 html-entity, NL403 html-tag ------------------------------------------------------------

def test_real_tinymce_markers_are_flagged():
    escaped_twice, escaped, raw = lines("tinymce_markers.txt")
    assert flagged(escaped_twice, "NL402") == "&amp;"
    assert lint(escaped_twice, "NL402")[0].message.endswith("4 more on this line")
    assert flagged(escaped, "NL402") == "&lt;"
    assert lint(raw, "NL402")[0].message == \
        "HTML entity '&#65279;' (an invisible character: U+FEFF ZERO WIDTH NO-BREAK SPACE)"
    assert flagged(raw, "NL403").startswith('<span data-mce-type="bookmark"')
    assert lint(raw, "NL403")[0].message.endswith("1 more on this line")


@pytest.mark.parametrize("text, span", [
    ("<p>The minister said on Tuesday the plan would go ahead.</p>", "<p>"),
    ("The minister said the plan would go ahead.<br/>He did not say when.", "<br/>"),
    ('Read the <a href="https://example.com/report">full report</a> here.', '<a href="https://example.com/report">'),
    ("<!-- wp:paragraph -->", "<!-- wp:paragraph -->"),
    ("Tom &amp; Jerry", None),
])
def test_markup_is_flagged(text, span):
    if span is None:
        assert flagged(text, "NL402") == "&amp;"
    else:
        assert flagged(text, "NL403") == span


@pytest.mark.parametrize("text", [
    "AT&T and R&D spending rose; Q&A below.",
    "Use List<String> for the names; 3 < 4 > 2; I <3 NY.",
    "Email <jane@example.com> or visit <https://example.com>.",
    "<!-- newslint: ignore NL201 -->",
    "See also the story below <!-- newslint: ignore NL201 --> about the vote.",
])
def test_prose_with_ampersands_and_brackets_is_not_markup(text):
    assert lint(text, "NL402") == [] and lint(text, "NL403") == []


def test_markdown_suppression_comments_are_not_flagged():
    text = ("# Venezuela talks\n\n<!-- newslint: ignore NL201 -->\nSee also  The UK has only a few days\n\n"
            "<!-- newslint: disable NL3 -->\nLeave a Reply\n<!-- newslint: enable NL3 -->\n")
    assert lint(text, "NL403", path="story.md") == []


# -- NL404 shortcode, NL405 script-remnant --------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ('[caption id="attachment_4521" align="aligncenter" width="640"] Maduro in Caracas.[/caption]',
     '[caption id="attachment_4521" align="aligncenter" width="640"]'),
    ("[embed]https://www.youtube.com/watch?v=abc[/embed]", "[embed]"),
    ('[vc_row][vc_column width="1/2"]', "[vc_row]"),
    ('[contact-form-7 id="123" title="Contact form 1"]', '[contact-form-7 id="123" title="Contact form 1"]'),
    ('[newsletter_signup list="daily" style=compact]', '[newsletter_signup list="daily" style=compact]'),
])
def test_shortcodes_are_flagged(text, span):
    assert flagged(text, "NL404") == span


@pytest.mark.parametrize("text", [
    # Real editorial brackets of the development pages.
    "“I’m not going to [do it] again,” she said of [actor Ted Danson] and [breaking their friendship].",
    "The [severe] cases were [s]ent home [sic].",
    "[VIDEO CLIP] [LAUGHTER]",
])
def test_editorial_brackets_are_not_shortcodes(text):
    assert lint(text, "NL404") == []


@pytest.mark.parametrize("text, span", [
    ("(adsbygoogle = window.adsbygoogle || []).push({});", "adsbygoogle"),
    ("window.dataLayer = window.dataLayer || [];", "window.dataLayer = "),
    ("googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });", "googletag.cmd"),
    ("!function(f,b,e,v,n,t,s){if(f.fbq)return;", "function(f,b,e,v,n,t,s){"),
    ("var _comscore = _comscore || [];", "var _comscore = _comscore || [];"),
])
def test_script_remnants_are_flagged(text, span):
    assert flagged(text, "NL405") == span


@pytest.mark.parametrize("text", [
    # Real line of the development pages, and prose about windows, documents and functions.
    "It was a bathroom with a bit of mold above the shower and window. He hadn't traveled to a foreign area.",
    "The document. (It was signed in 2019.) Its function (to record votes) is unchanged.",
    "The var in Swedish means 'was'; the variance = 3.",
])
def test_prose_is_not_script(text):
    assert lint(text, "NL405") == []


# -- NL406 glued-words, NL407 glued-sentences -----------------------------------------------------

@pytest.mark.parametrize("line", lines("glued_words.txt"))
def test_real_glued_words_are_flagged(line):
    found = lint(line, "NL406")
    assert len(found) == 1, line
    assert found[0].message.startswith(("words glued together", "missing space after a comma"))


def test_glued_word_span_and_message():
    text = "The visit, whichThe New York Times first reported, was in 2019,as officials said."
    found = lint(text, "NL406")
    assert found[0].message == "words glued together: 'whichThe'; 1 more on this line"
    assert text[found[0].col - 1:found[0].end_col - 1] == "whichThe"


@pytest.mark.parametrize("line", lines("camelcase_names.txt"))
def test_real_camelcase_names_handles_and_links_are_not_glued(line):
    assert lint(line, "NL406") == [], line
    assert lint(line, "NL407") == [], line


@pytest.mark.parametrize("text", [
    "iPhone, YouTube, McDonald's, PlayStation and JavaScript; eBay, LinkedIn, UniCredit.",
    "Jacob deGrom and Rachel vanDyke posted on arXiv and bioRxiv; blood pressure of 120 mmHg.",
    "Contact us at info@example.com or https://example.com/newsRoom?id=aB,cd for the onClick() demo.",
    "Scores were 1,000 to 2,500; tags: news,politics,world,europe.",
])
def test_names_units_addresses_and_lists_are_not_glued(text):
    assert lint(text, "NL406") == []


def test_allow_option_keeps_a_brand_name():
    text = "The startup launched its crowdSource app on Monday."
    assert len(lint(text, "NL406")) == 1
    assert lint(text, "NL406", allow=["crowdSource"]) == []


@pytest.mark.parametrize("line", lines("glued_sentences.txt"))
def test_real_glued_sentences_are_flagged(line):
    found = lint(line, "NL407")
    assert len(found) == 1, line
    assert found[0].message.startswith("no space after the sentence end: ")


@pytest.mark.parametrize("text", [
    "Shop at Amazon.com or Booking.com; see example.org.",
    "J.K.Rowling met Mr.Smith at 5 p.m. in St. Louis, U.S.",
    "Visit www.DearAbby.com or email news@Example.Com today.",
    "He said, \"Yes.\" Then he left. And so... The end.",
])
def test_abbreviations_domains_and_spaced_sentences_are_not_glued(text):
    assert lint(text, "NL407") == []


# -- NL408 duplicate-paragraph --------------------------------------------------------------------

def test_repeated_paragraph_is_flagged_on_the_later_copy():
    paragraph = "She added that an appeal against the decision could be made to the office of Sweden’s attorney general."
    text = f"Headline\n\n{paragraph}\n\nAssange is battling extradition to the United States.\n\n{paragraph}\n"
    found = lint(text, "NL408")
    assert [(v.line, v.message) for v in found] == [(7, "paragraph repeats line 3")]
    assert lint(text.replace(f"\n\n{paragraph}\n", f"\n\n  {paragraph}  \n", 1), "NL408") != []


def test_short_lines_questions_and_a_clean_story_are_not_duplicates():
    question = "Какую кухню любите сами? Есть ли какие-то предпочтения, а может, наоборот, есть блюда или продукты, которые вам не нравятся?"
    text = f"Advertisement\n\nShare this story\n\n{question}\n\nОтвет первый.\n\nAdvertisement\n\nShare this story\n\n{question}\n"
    assert lint(text, "NL408") == []
    assert lint(TITAN, "NL408") == []


# -- NL409 truncated-ending -----------------------------------------------------------------------

@pytest.mark.parametrize("ending, message", [
    ("Cognitive behavioral therapy explores the connection between your thoughts, feelings, and "
     "eating patterns and then develops strategies to modify your behavior (",
     "text ends mid-sentence, on an open bracket or a comma"),
    ("The company said on Tuesday that it would close three of its plants in the Midwest and move "
     "production to the",
     "text ends mid-sentence"),
    ("The company said on Tuesday that it would close three of its plants in the Midwest and move "
     "production to Mexico by the end of the year [...]",
     "text ends with an excerpt mark"),
    ("The company said on Tuesday that it would close three of its plants in the Midwest and move "
     "production to Mexico by the end of the… Read more",
     "text ends with an excerpt mark"),
])
def test_cut_endings_are_flagged(ending, message):
    found = lint(f"Headline\n\nFirst paragraph of the story.\n\n{ending}\n", "NL409")
    assert len(found) == 1 and found[0].message.startswith(message)
    assert found[0].line == 5


@pytest.mark.parametrize("ending", [
    "It is not only scientifically important but also really cool - a drone flying around on Titan,\" Lopes said. \"It will be really exciting.\"",
    "\"We will see what happens next and whether the government is ready to distance itself from Russia…\"",
    "The band will tour with Santana at Blossom Music Center in 2020, their first visit since 2019 and their biggest",
    "25 worst Rock and Roll Hall of Fame Inductees ever",
    "(Reporting by Will Dunham; Editing by Tom Brown)",
])
def test_complete_or_non_prose_endings_are_not_flagged(ending):
    assert lint(f"Headline\n\nFirst paragraph of the story.\n\n{ending}\n", "NL409") == []


# -- NL410 invisible-character ----------------------------------------------------------------------

def test_soft_hyphens_of_a_german_page_are_flagged_once_per_line_and_removed_by_the_fix(tmp_path):
    """A real line of dev-trafilatura (the &shy; hints of a German ministry's page, decoded): one
    finding names the word as a reader sees it; --fix removes every hint and nothing else."""
    line = "Mi\u00adne\u00adral\u00adöl\u00adsta\u00adtis\u00adtik:"
    found = lint(f"Die Zahlen im Überblick.\n{line}\nDer Absatz sank um zwei Prozent.", "NL410")
    assert [(v.line, v.col, v.message) for v in found] == \
        [(2, 3, "invisible soft hyphen inside 'Mineralölstatistik' (5 more on this line)")]
    story = tmp_path / "story.txt"
    story.write_text(f"{line}\n\u200b\nEnd of the story.\n", encoding="utf-8")
    result = run_newslint("--select", "NL410", "--fix", "--no-cache", str(story))
    assert result.returncode == 0, result.stdout + result.stderr
    assert story.read_text(encoding="utf-8") == "Mineralölstatistik:\n\nEnd of the story.\n"


@pytest.mark.parametrize("text", [
    "Die Mineralölstatistik des Bundesamts zeigt den Rückgang.",
    "\ufeffA text that opens with its byte-order mark.",
    "ภาษา\u200bไทย เขียน\u200bติดกัน",  # Thai: the zero-width space is its word break
    "Pride flag 🏳️\u200d🌈 in a tweet",  # a zero-width joiner shapes the emoji
])
def test_invisible_characters_that_belong_are_not_flagged(text):
    assert lint(text, "NL410") == []


# -- NL411 protected-email --------------------------------------------------------------------------

def test_an_address_the_site_hid_from_scrapers_is_flagged_where_the_placeholder_stands(tmp_path):
    """Real shapes of dev-trafilatura (Cloudflare's placeholder, read as text with its no-break
    space, or with a space where an extractor normalised it): one finding per line, on the
    placeholder, with how many more; no fix, since the text does not hold the address."""
    text = ("La manera de hacer llegar estas cartas será enviándolas al correo [email\u00a0protected].\n"
            "[email\u00a0protected] (Redacción) [email protected] (Publicidad)\n"
            "Write to tips@example.com with your story.\n")
    found = lint(text, "NL411")
    assert [(v.line, v.col, v.message) for v in found] == [
        (1, 67, "an e-mail address the site hid from scrapers ('[email protected]'): it is lost from the text"),
        (2, 1, "an e-mail address the site hid from scrapers ('[email protected]'): it is lost from the "
               "text (1 more on this line)"),
    ]
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    result = run_newslint("--select", "NL411", "--fix", "--no-cache", str(story))
    assert result.returncode == 1 and "NL411" in result.stdout, result.stdout + result.stderr
    assert story.read_text(encoding="utf-8") == text
