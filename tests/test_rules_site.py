"""NL314 site-boilerplate: real CLI runs over a folder of stories and a JSON Lines shard of a German
site (real text from the dev sources, see ``fixtures/rules/site/README.md``); what must not be
flagged (credits, reused quotes, copies of one story, small sites); and the state's promises:
bounded, and the same findings however the run is split (``--jobs``, Dask, any merge order)."""

from __future__ import annotations

import json
import pickle
import random
import shutil
import sys
from pathlib import Path

import pytest

from conftest import run_newslint
from newslint.article import parse
from newslint.document import Document
from newslint.engine import CorpusState, Linter
from newslint.locate import locate
from newslint.run import Run
import newslint.rules.site as site_module
from newslint.rules.site import normal_form, removal, site_and_page
from newslint.settings import Settings

SITE = Path(__file__).parent / "fixtures" / "rules" / "site"
CHROME_TAIL = ["Pick Six Newsletter",
               "Get the day's big stories + fun stuff you love like mock drafts, picks and power rankings.",
               "Please check the opt-in box to acknowledge that you would like to subscribe.",
               "Thanks for signing up!", "Keep an eye on your inbox for the latest sports news.",
               "Sorry!", "There was an error processing your subscription."]


def linter(**options) -> Linter:
    rule_options = {"NL314": {key.replace("_", "-"): value for key, value in options.items()}}
    return Linter(Settings(select=["NL314"], rule_options=rule_options if options else {}))


def corpus_findings(documents, **options):
    """NL314's findings over ``documents``, linted as one corpus in this process."""
    lint = linter(**options)
    corpus = CorpusState()
    for document in documents:
        lint.lint(document, corpus)
    return lint.judge(corpus)


def folder_documents(folder: Path, prefix: str = "newsroom") -> list[Document]:
    return [Document(f"{prefix}/{path.name}", path.read_text(encoding="utf-8"))
            for path in sorted(folder.iterdir())]


# -- real runs over real text ---------------------------------------------------------------------

def test_a_folder_of_stories_flags_the_site_chrome_and_nothing_else():
    result = run_newslint(["--isolated", "--select", "NL314", "--show-source", "newsroom"], cwd=SITE)
    assert result.returncode == 1, result.stderr
    assert result.stdout == (SITE / "newsroom.expected").read_text(encoding="utf-8")
    flagged = result.stdout.splitlines()[1::3]
    # Head (a date line, a reading time: their numbers differ) and the newsletter box at the foot.
    assert sorted(set(flagged)) == sorted({*CHROME_TAIL, *(line for line in flagged if "min read" in line
                                                          or " pm ET" in line)})
    assert sum("min read" in line for line in flagged) == 12
    # Story 5 has no 'Sorry!': 11 of 12, the other lines 12 of 12.
    assert result.stdout.count("NL314 line repeated in 11 of 12 pages in folder newsroom") == 11


def test_the_same_text_twice_is_one_page_flagged_in_both_files(tmp_path):
    shutil.copytree(SITE / "newsroom", tmp_path / "newsroom")
    shutil.copy(SITE / "newsroom" / "story-01.txt", tmp_path / "newsroom" / "story-01-copy.txt")
    result = run_newslint(["--isolated", "--select", "NL314", "newsroom"], cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert len(lines) == 107 + 9
    assert sum(line.startswith("newsroom/story-01-copy.txt:") for line in lines) == 9
    assert all(" of 12 pages in folder newsroom" in line for line in lines)


def test_credits_reused_quotes_and_recurring_headings_are_not_chrome():
    text = "".join((SITE / "newsroom" / f"story-{n:02d}.txt").read_text(encoding="utf-8")
                   for n in range(1, 13))
    # In 8 of the 12 stories each, yet never flagged: the sign-off stands right above the
    # newsletter box, the quote and the subheading side by side among the story's own lines.
    assert text.count("(Reporting by Will Dunham; Editing by Tom Brown)") == 8
    assert text.count('"It was a difficult situation for us," Lopez said.') == 8
    assert text.count("\nWhat happens next\n") == 7
    result = run_newslint(["--isolated", "--select", "NL314", "--show-source", "newsroom"], cwd=SITE)
    assert "Will Dunham" not in result.stdout
    assert "Lopez said" not in result.stdout
    assert "What happens next" not in result.stdout


def test_a_shard_counts_pages_by_url_and_reads_german_chrome():
    result = run_newslint(["--isolated", "--select", "NL314", "ministry.jsonl"], cwd=SITE)
    assert result.returncode == 1, result.stderr
    assert result.stdout == (SITE / "ministry.expected").read_text(encoding="utf-8")
    lines = result.stdout.splitlines()
    # 11 pages, one of them from three extractors (13 records): pages, not records, are counted.
    assert all("line repeated in 11 of 11 pages of mluk.brandenburg.de" in line for line in lines)
    records = {line.split("[record ")[1].split(",")[0] for line in lines}
    assert records == {f"mluk-{n:02d}-page-text" for n in range(1, 12)} | {"mluk-03-goose3"}
    # The article extractor's output of page 3 has no chrome; the small site (4 pages) is silent.
    assert not any("readability" in line or "klein" in line for line in lines)


def test_the_same_findings_with_jobs_and_with_a_sampled_state(tmp_path):
    corpus = _big_corpus(tmp_path)
    units = Run(Linter(Settings()), [str(corpus / "shards")], jobs=2).units()
    assert sum(unit.display.endswith("big.jsonl") for unit in units) >= 3  # cut into chunks
    config = tmp_path / "newslint.toml"
    config.write_text("[rules.site-boilerplate]\nsample-pages = 8\nmax-pages = 30\nmin-pages = 5\n",
                      encoding="utf-8")
    for extra in ([], ["--config", str(config)]):
        args = [*(extra or ["--isolated"]), "--select", "NL314", "shards", "newsroom"]
        one = run_newslint(["--jobs", "1", *args], cwd=corpus)
        two = run_newslint(["--jobs", "2", *args], cwd=corpus)
        assert one.returncode == two.returncode == 1, one.stderr + two.stderr
        assert two.stdout == one.stdout
        assert one.stdout.count(" NL314 ") > 100
    assert "sampled pages of site" in one.stdout


def test_the_same_findings_on_a_dask_cluster(tmp_path):
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    corpus = _big_corpus(tmp_path)
    args = ["--isolated", "--select", "NL314", "shards", "newsroom"]
    import dask.bag as db
    assert db.read_text(str(corpus / "shards" / "big.jsonl"), blocksize="16KiB").npartitions > 10
    local = run_newslint(args, cwd=corpus)
    cluster = run_newslint(["--dask", "local", *args], cwd=corpus, timeout=120,
                           env={"DASK_NEWSLINT__BLOCKSIZE": "16KiB"})
    assert cluster.returncode == local.returncode == 1, cluster.stderr
    assert cluster.stderr == ""
    assert cluster.stdout == local.stdout
    assert local.stdout.count(" NL314 ") > 100


def _big_corpus(root: Path) -> Path:
    """The fixtures, and a ~400 kB shard of 6 sites of 60 pages each made of the ministry site's
    records under other hosts and paths (cut into several pieces by ``--jobs 2`` and Dask)."""
    shutil.copytree(SITE / "newsroom", root / "newsroom")
    shards = root / "shards"
    shards.mkdir()
    shutil.copy(SITE / "ministry.jsonl", shards / "ministry.jsonl")
    records = [json.loads(line) for line in (SITE / "ministry.jsonl").read_text(encoding="utf-8").splitlines()]
    pages = [record for record in records if record["id"].endswith("page-text")]
    with open(shards / "big.jsonl", "w", encoding="utf-8") as handle:
        for number in range(360):
            record = pages[number % len(pages)]
            # Each page a story of its own: another record's story lines between the chrome.
            story = pages[(number * 7 + 3) % len(pages)]["text"].split("\n")[8:-10]
            chrome = record["text"].split("\n")
            text = "\n".join(chrome[:8] + story + [f"Meldung {number}: ein eigener Satz."] + chrome[-10:])
            handle.write(json.dumps({"id": f"big-{number}", "url": f"https://site{number % 6}.example/{number}",
                                     "text": text}, ensure_ascii=False) + "\n")
    return root


def test_chrome_in_any_script():
    """A Korean site's head and footer (the lines of a real entermedia.co.kr page of the dev set)
    around 12 stories: repetition needs no vocabulary."""
    head, foot = "Entermedia 주요뉴스", "저작권자 ⓒ '대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지"
    documents = []
    for number in range(1, 13):
        story = (SITE / "newsroom" / f"story-{number:02d}.txt").read_text(encoding="utf-8").split("\n\n")[1:-1]
        documents.append(Document(f"ko/{number}.txt", "\n\n".join([head, *story, foot]),
                                  url=f"http://entermedia.co.kr/news/news_view.html?idx={number}"))
    found = corpus_findings(documents)
    assert len(found) == 24 and {v.source_line for v in found} == {head, foot}
    assert found[0].message == "line repeated in 12 of 12 pages of entermedia.co.kr"


# -- what counts as a site, a page, a line --------------------------------------------------------

def test_sites_pages_and_lines():
    def site(path, outlet=None, url=None):
        return site_and_page(path, outlet, url, "text")[0]

    def page(url, text=""):
        return site_and_page("x.jsonl", None, url, text)[1]

    assert site("news/a.txt") == "folder:news"
    assert site("a.txt") == "folder:."
    assert site("x.jsonl", "WWW.Example.com", "https://other.org/a") == "example.com"
    assert site("x.jsonl", None, "https://www.example.com/a/b") == "example.com"
    archived = "https://web.archive.org/web/20130307194448/the-pain.net/2008/05/quests.html"
    assert site("x.jsonl", "web.archive.org", archived) == "the-pain.net"
    assert page(archived) == "url:the-pain.net/2008/05/quests.html"
    assert page("https://www.example.com/a/#top") == page("http://example.com/a", "x")
    assert page("https://example.com/a?id=1") != page("https://example.com/a?id=2")
    assert page(None, "same text") == page(None, "same text") != page(None, "other text")
    assert page("not a url", "same text") == page(None, "same text")
    assert normal_form("  © 2019\u00a0Example\tMedia ") == normal_form("©  2020 EXAMPLE MEDIA") \
        == "© 0 example media"
    assert normal_form("12 Kommentare") == normal_form("3 KOMMENTARE") != normal_form("Kommentare")
    assert normal_form("ÜBER UNS") == normal_form("Über uns") == "über uns"


# -- what is not flagged --------------------------------------------------------------------------

def test_a_site_of_fewer_pages_than_min_pages_is_never_flagged():
    documents = folder_documents(SITE / "newsroom")
    assert len(corpus_findings(documents)) == 107
    assert corpus_findings(documents[:9]) == []
    assert len(corpus_findings(documents[:9], min_pages=9)) == 9 * 9 - 1


def test_min_share_is_the_share_of_pages_a_line_must_stand_in():
    documents = folder_documents(SITE / "newsroom")
    # 'Sorry!' is in 11 of 12 pages (0.92).
    assert sum("Sorry!" == v.source_line for v in corpus_findings(documents, min_share=0.9)) == 11
    assert sum("Sorry!" == v.source_line for v in corpus_findings(documents, min_share=0.95)) == 0


def test_copies_of_one_story_are_not_a_template():
    story = (SITE / "newsroom" / "story-04.txt").read_text(encoding="utf-8")
    # Twelve versions of one story (a word changed in each): they share nearly every line.
    versions = [Document(f"drafts/v{n}.txt", story.replace("Twitter", f"Twitter{n * ' '}!", 1))
                for n in range(12)]
    assert corpus_findings(versions) == []


def test_extractions_of_two_stories_without_urls_are_two_pages():
    """Six extractors' output of each of two pages, as plain files without URLs: each body line is
    in half the files or more, yet they are copies of two stories: only what both stories share is
    chrome (with ``min-pages`` 2; 12 files are still 2 pages, too few by default)."""
    documents = []
    for number in (1, 2):
        parts = (SITE / "newsroom" / f"story-{number:02d}.txt").read_text(encoding="utf-8").split("\n\n")
        for extractor in range(6):
            kept = [part for index, part in enumerate(parts) if (index + extractor) % 4 != 3]
            documents.append(Document(f"out/{number}-{extractor}.txt", "\n\n".join(kept)))
    found = corpus_findings(documents, min_pages=2)
    assert found and all(v.message.endswith("of 2 pages in folder out") for v in found)
    assert {v.source_line for v in found} - set(CHROME_TAIL) == \
        {v.source_line for v in found if v.line <= 2}  # the date and reading-time lines
    assert corpus_findings(documents) == []


def test_a_line_among_the_story_is_not_flagged_unless_in_a_block():
    reused = ('"It was a difficult', "What happens next")
    stories = [[part for part in (SITE / "newsroom" / f"story-{n:02d}.txt").read_text(encoding="utf-8")
                .split("\n\n") if not part.startswith(reused)] for n in range(1, 13)]

    def with_inserted(lines: list[str]) -> list[Document]:
        return [Document(f"s/{n}.txt", "\n\n".join([*parts[:2], *lines, *parts[2:]]))
                for n, parts in enumerate(stories)]

    box = ["Sign up for our newsletter", "Enter your email", "Subscribe"]
    found = corpus_findings(with_inserted(box))
    assert sum(v.source_line in box for v in found) == 36
    found = corpus_findings(with_inserted(box[:1]))
    assert not any(v.source_line == box[0] for v in found)


def _letters(number: int) -> str:
    return "".join(chr(ord("a") + int(digit)) for digit in str(number))


def test_long_documents_keep_their_head_and_foot():
    """Of a document of more than 400 lines the first and last 200 are read, the middle counts as
    the page's own text: chrome at both ends is found, at the right lines."""
    documents = []
    for number in range(12):
        # Numbers spelled in letters: lines differing only in their digits are one line.
        body = [f"Line {_letters(n)} of page {_letters(number)}: a sentence no other page has."
                for n in range(450)]
        documents.append(Document(f"long/{number}.txt", "\n".join(["Home", "World", "Sport", *body,
                                                                   "About us", "Contact", "Jobs"])))
    found = corpus_findings(documents)
    assert [(v.path, v.line, v.source_line) for v in found if v.path == "long/3.txt"] == [
        ("long/3.txt", 1, "Home"), ("long/3.txt", 2, "World"), ("long/3.txt", 3, "Sport"),
        ("long/3.txt", 454, "About us"), ("long/3.txt", 455, "Contact"), ("long/3.txt", 456, "Jobs")]
    assert len(found) == 12 * 6


# -- the finding and its fix ------------------------------------------------------------------------

def test_a_finding_is_placed_as_a_line_rule_hit_would_be_and_removes_its_line():
    documents = [Document("shard.jsonl", d.text, record=n + 1, record_id=f"r{n}", field="text",
                          url=f"https://example.com/{n}") for n, d in enumerate(folder_documents(SITE / "newsroom"))]
    found = corpus_findings(documents)
    finding = next(v for v in found if v.record == 3 and v.source_line == "Thanks for signing up!")
    document = documents[2]
    start = document.text.index("Thanks for signing up!")
    anchor = locate(document, start, start + len("Thanks for signing up!"), "NL314")
    assert (finding.path, finding.line, finding.col, finding.end_line, finding.end_col,
            finding.source_line, finding.fingerprint, finding.record, finding.record_id,
            finding.field, finding.field_line, finding.field_col) == anchor
    article = parse(document)
    fix = removal(article, finding.field_line, finding.source_line)
    assert fix is not None and not fix.safe
    [edit] = fix.edits
    fixed = document.text[:edit.start] + edit.replacement + document.text[edit.end:]
    assert "Thanks for signing up!" not in fixed
    assert fixed.count("\n") == document.text.count("\n") - 1
    assert removal(article, finding.field_line, "Thanks for signing up") is None
    assert removal(article, 10_000, finding.source_line) is None


# -- the state: bounded, and the same however it is merged -------------------------------------------

def _documents(count: int, seed: int = 5, pages: int = 0) -> list[Document]:
    """Pages of 8 sites sharing a menu and a footer, some pages from several records: copies, or
    as another extractor gives them (without the menu's first line). ``pages`` a site: about a
    quarter of ``count`` unless given."""
    rng = random.Random(seed)
    documents = []
    for number in range(count):
        site, page = rng.randrange(8), rng.randrange(pages or count // 4 + 1)
        story = f"Story {page:x} of site {site} tells its own tale in words no other page has, {page}x{site}."
        menu = "Home\nNews\nSport" if rng.random() < 0.7 else "News\nSport"
        documents.append(Document(f"shard-{number % 3}.jsonl", f"{menu}\n\n{story}\n\nAll rights reserved.\n",
                                  url=f"https://s{site}.example/{page}", record=number + 1))
    return documents


def test_merging_in_any_grouping_and_order_gives_the_same_findings():
    options = {"sample-pages": 8, "max-pages": 60, "min-pages": 3}
    rule = Linter(Settings(select=["NL314"], rule_options={"NL314": options})).corpus_rules[0]
    documents = _documents(300)

    def fold(part):
        state = rule.empty()
        for document in part:
            state = rule.merge(state, rule.collect(parse(document)))
        return state

    def outcome(state):
        state = pickle.loads(pickle.dumps(state))
        sizes = sorted(len(pages) for pages in state.sites.values())
        return state.threshold, sizes, sorted(map(tuple, rule.judge(state)))

    expected = outcome(fold(documents))
    # Both limits at work (the global threshold, and sites cut to 8 pages), and findings.
    assert expected[0] < 1 << 64 and 8 in expected[1] and len(expected[2]) > 100
    rng = random.Random(1)
    for _ in range(25):
        cuts = sorted(rng.sample(range(1, len(documents)), rng.randrange(1, 8)))
        states = [fold(documents[a:b]) for a, b in zip([0, *cuts], [*cuts, len(documents)])]
        rng.shuffle(states)
        while len(states) > 1:
            i = rng.randrange(len(states) - 1)
            left, right = (pickle.loads(pickle.dumps(s)) for s in states[i:i + 2])
            states[i:i + 2] = [rule.merge(left, right) if rng.random() < 0.5 else rule.merge(right, left)]
        assert outcome(states[0]) == expected


def test_a_part_started_from_the_runs_seed_reads_less_and_merges_to_the_same_state(monkeypatch):
    """``--jobs`` sends each batch the run's state so far as a seed: the pages and documents the run
    would drop are refused before they are read, and the findings are those of parts started
    from nothing (sites cut to their sample, the global threshold, full pages all at work)."""
    options = {"sample-pages": 8, "max-pages": 60, "min-pages": 3}
    rule = Linter(Settings(select=["NL314"], rule_options={"NL314": options})).corpus_rules[0]
    site = sys.modules[type(rule).__module__]
    assert site is site_module
    read = []
    monkeypatch.setattr(site, "_document", lambda article, real=site._document: read.append(1) or real(article))
    # Pages seen again and again, as many extractions and copies of a site's pages make them.
    documents = _documents(300) + _documents(900, seed=6, pages=12)

    def fold(part, start=None):
        state = start if start is not None else rule.empty()
        for document in part:
            state = rule.merge(state, rule.collect(parse(document)))
        return pickle.loads(pickle.dumps(state))  # as a worker sends it back

    def outcome(state):
        return state.threshold, sorted(len(pages) for pages in state.sites.values()), \
            sorted(map(tuple, rule.judge(state)))

    cuts = list(range(0, len(documents) + 1, 50))
    parts = [documents[a:b] for a, b in zip(cuts, cuts[1:])]
    random.Random(3).shuffle(parts)  # parts in any order: earlier documents may come later
    plain = fold(parts[0])
    for part in parts[1:]:
        plain = rule.merge(plain, fold(part))
    unseeded = len(read)
    read.clear()
    seeded = fold(parts[0])
    for part in parts[1:]:
        start = pickle.loads(pickle.dumps(rule.seed(seeded)))  # as the batch carries it
        seeded = rule.merge(seeded, fold(part, start))
    assert outcome(seeded) == outcome(plain)
    assert outcome(plain)[0] < 1 << 64 and 8 in outcome(plain)[1] and len(outcome(plain)[2]) > 50
    assert len(read) < unseeded / 2


def test_jobs_send_each_batch_a_seed_and_report_as_one_process(tmp_path):
    corpus = _big_corpus(tmp_path)
    shard = corpus / "shards" / "big.jsonl"
    with open(shard, "a", encoding="utf-8") as handle:  # every page again, in later chunks
        handle.write(shard.read_text(encoding="utf-8"))
    args = ["--isolated", "--no-cache", "--select", "NL314", "shards"]
    one = run_newslint(["--jobs", "1", *args], cwd=corpus)
    two = run_newslint(["--jobs", "2", *args], cwd=corpus)
    assert one.returncode == two.returncode == 1, one.stderr + two.stderr
    assert two.stdout == one.stdout and one.stdout.count(" NL314 ") > 200


def test_the_state_stays_within_its_limits():
    options = {"sample-pages": 20, "max-pages": 100}
    lint = Linter(Settings(select=["NL314"], rule_options={"NL314": options}))
    sizes = []
    for count in (1000, 2000):
        corpus = CorpusState()
        for document in _documents(count, seed=count):
            lint.lint(document, corpus)
        state = corpus.states["NL314"]
        assert state.count == sum(map(len, state.sites.values())) == 100
        assert all(len(pages) <= 20 for pages in state.sites.values())
        sizes.append(len(pickle.dumps(state)))
        found = lint.judge(corpus)
        assert found and all("sampled pages of s" in v.message and "(about " in v.message for v in found)
    assert sizes[1] < sizes[0] * 1.2


def test_unsafe_fixes_remove_the_site_chrome_and_keep_every_other_line(tmp_path):
    """NL314's fix is unsafe (the judgement rests on the corpus, not on the line): --fix alone
    leaves the files as they were; --unsafe-fixes removes every flagged line and nothing else."""
    folder = tmp_path / "newsroom"
    shutil.copytree(SITE / "newsroom", folder)
    before = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.txt")}
    found = run_newslint(["--select", "NL314", "--format", "json", "newsroom"], cwd=tmp_path)
    flagged = {(Path(v["path"]).name, v["line"]) for v in json.loads(found.stdout)}
    assert flagged

    safe_only = run_newslint(["--select", "NL314", "--fix", "newsroom"], cwd=tmp_path)
    assert safe_only.returncode == 1
    assert {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.txt")} == before

    fixed = run_newslint(["--select", "NL314", "--fix", "--unsafe-fixes", "newsroom"], cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stderr
    assert f"Fixed {len(flagged)} findings (0 remaining)" in fixed.stderr
    for name, text in before.items():
        kept = [line for number, line in enumerate(text.split("\n"), 1)
                if (name, number) not in flagged and line.strip()]
        after = [line for line in (folder / name).read_text(encoding="utf-8").split("\n") if line.strip()]
        assert after == kept, name
    fixed_once = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.txt")}
    again = run_newslint(["--select", "NL314", "--fix", "--unsafe-fixes", "newsroom"], cwd=tmp_path)
    assert again.returncode == 0 and "Fixed 0 findings (0 remaining)" in again.stderr
    assert {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.txt")} == fixed_once
