"""The record reader: JSON Lines, gzipped JSON Lines and JSON, on real scraped records.

The fixtures in ``tests/fixtures/records/`` hold real extractor output (see the README there) in the
shapes the common scrapers write: news-please, trafilatura, CC-News, FineWeb, plus broken records.
Findings in CLI runs come from the fixture plugin ``corpus_fixture_rules`` (XC102: a line reading
exactly "Advertisement") and the NL9xx input problems, so they do not move when built-in rules are
tuned.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from conftest import REPO, plugin_env, run_newslint
from newslint.readers import records
from newslint.readers.records import FieldMap, read_records
from newslint.units import chunks
from newslint.settings import Settings

RECORDS = REPO / "tests" / "fixtures" / "records"


def read(name: str, settings: Settings | None = None, **options) -> list:
    path = str(RECORDS / name)
    return list(read_records(path, name, settings or Settings(), **options))


def problem_codes(document) -> list[str]:
    return [problem.code for problem in document.problems]


def lint(*args: str, cwd: Path = RECORDS, input: bytes | None = None):
    return run_newslint(["--isolated", "-p", "corpus_fixture_rules", "--select", "XC102,NL9", *args],
                        cwd=cwd, input=input, env=plugin_env())


# -- the scrapers' schemas -------------------------------------------------------------------------

def test_news_please_records_fill_text_and_metadata():
    documents = read("newsplease.jsonl")
    assert [d.record for d in documents] == [1, 2, 3, 4]
    first, second = documents[0], documents[1]
    assert first.readable and first.field == "maintext" and first.record_id is None
    assert first.text.split("\n")[1] == "By Tess Bonn - 11/19/19 06:56 AM EST"
    assert first.authors == ("Tess Bonn",)
    assert first.outlet == "thehill.com"
    assert first.url.startswith("https://thehill.com/")
    assert first.date == "2019-11-19 06:56:00"
    assert first.title == "South Dakota governor defends 'Meth. We're On It' campaign"
    # news-please writes a missing date as the string "None"; an empty author list is no author.
    assert second.date is None and second.authors == () and second.title is None


def test_trafilatura_object_splits_authors_and_takes_url_from_source():
    [document] = read("trafilatura.json")
    assert document.record == 1 and document.field == "text"
    assert document.authors == ("Greg Beacham", "Ap Sports Writer")
    assert document.outlet == "mysanantonio.com"  # hostname wins over source-hostname
    assert document.url.startswith("https://www.mysanantonio.com/")
    assert document.date == "2019-11-20"
    assert document.record_id is None  # "id": null
    assert "Photo: Ringo H.W. Chiu, AP" in document.text


def test_cc_news_gzipped_shard_takes_outlet_from_domain():
    documents = read("ccnews.jsonl.gz")
    assert [d.record for d in documents] == [1, 2, 3]
    assert all(d.readable for d in documents)
    assert [d.outlet for d in documents] == ["www.nbcnews.com", "www.thesun.co.uk", "theantijunecleaver.com"]


def test_json_array_is_streamed_with_each_record_at_its_line():
    text = (RECORDS / "fineweb-array.json").read_text(encoding="utf-8")
    starts = [number for number, line in enumerate(text.split("\n"), 1) if line.startswith(" {")]
    documents = read("fineweb-array.json")
    assert [d.record for d in documents] == starts and len(starts) == 3
    assert [d.record_id for d in documents] == [item["id"] for item in json.loads(text)]
    # FineWeb has no outlet field: the URL's host stands in, without "www.".
    assert [d.outlet for d in documents] == ["express.co.uk", "express.co.uk", "mspoweruser.com"]
    assert [d.text for d in documents] == [item["text"] for item in json.loads(text)]


def test_crlf_records_are_normalised():
    documents = read("crlf.jsonl")
    assert [d.record_id for d in documents] == ["crlf-1", "crlf-2"]
    assert all("\r" not in d.text for d in documents)
    assert documents[0].text.splitlines()[0] == "Advertisement"


def test_configured_fields_replace_the_aliases():
    settings = Settings(input_fields={"text": ["body"], "title": ["headline"], "authors": ["byline"],
                                      "outlet": ["site"], "url": ["link"], "date": ["published"],
                                      "id": ["uid"]})
    [document] = read("custom-fields.jsonl", settings)
    assert document.readable and document.field == "body"
    assert (document.record_id, document.title, document.authors, document.outlet, document.date) == (
        "hill-471033", "South Dakota governor defends campaign", ("Tess Bonn",), "thehill.com",
        "2019-11-19")
    [unconfigured] = read("custom-fields.jsonl")
    assert not unconfigured.readable and problem_codes(unconfigured) == ["NL920"]


# -- bad records -----------------------------------------------------------------------------------

def test_each_bad_record_is_reported_and_the_others_are_linted():
    documents = read("bad.jsonl")
    by_line = {d.record: d for d in documents}
    assert sorted(by_line) == [1, 2, 4, 5, 6, 7, 8]  # line 3 is blank
    assert by_line[1].readable and by_line[7].readable
    expected = {
        2: "not valid JSON",
        4: "no text field",
        5: "'text' field is a number, not a string",
        6: "'text' field is a list, not a string",
        8: "last record is truncated",
    }
    for line, fragment in expected.items():
        document = by_line[line]
        assert not document.readable and problem_codes(document) == ["NL920"]
        assert fragment in document.problems[0].message
    assert by_line[4].record_id == "no-text" and by_line[5].field == "text"


def test_gzip_corrupt_halfway_keeps_the_records_before_the_damage():
    documents = read("corrupt.jsonl.gz")
    *good, last = documents
    assert len(good) == 11 and all(d.readable for d in good)
    assert [d.record for d in good] == list(range(1, 12))
    assert problem_codes(last) == ["NL921"] and last.record == 12
    assert "truncated" in last.problems[0].message


def test_gzip_with_damaged_bytes_and_a_fake_gzip_are_reported(tmp_path):
    data = (RECORDS / "ccnews.jsonl.gz").read_bytes()
    damaged = bytearray(data)
    damaged[len(data) // 2: len(data) // 2 + 40] = bytes(40)
    (tmp_path / "damaged.jsonl.gz").write_bytes(bytes(damaged))
    (tmp_path / "plain.jsonl.gz").write_bytes(b'{"text": "not compressed"}\n')
    documents = list(read_records(str(tmp_path / "damaged.jsonl.gz"), "damaged.jsonl.gz"))
    assert documents and "NL921" in problem_codes(documents[-1])
    [fake] = list(read_records(str(tmp_path / "plain.jsonl.gz"), "plain.jsonl.gz"))
    assert problem_codes(fake) == ["NL921"] and "before the first record" in fake.problems[0].message


def test_oversized_record_is_skipped_without_holding_it():
    documents = read("bad.jsonl", limit=1000)
    by_line = {d.record: d for d in documents}
    assert problem_codes(by_line[1]) == ["NL922"] and "exceeds the 1000 bytes limit" in \
        by_line[1].problems[0].message
    assert problem_codes(by_line[5]) == ["NL920"]  # small records still read
    array = read("fineweb-array.json", limit=2500)  # elements of about 2.9, 2.4 and 2.1 kB
    assert [problem_codes(d) for d in array] == [["NL922"], [], []]


def test_binary_file_and_empty_file(tmp_path):
    (tmp_path / "photo.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    [binary] = list(read_records(str(tmp_path / "photo.jsonl"), "photo.jsonl"))
    assert problem_codes(binary) == ["NL911"]
    assert list(read_records(str(tmp_path / "empty.jsonl"), "empty.jsonl")) == []


def test_invalid_utf8_in_a_record_is_replaced_and_reported(tmp_path):
    (tmp_path / "latin.jsonl").write_bytes(b'{"text": "caf\xe9 au lait"}\n')
    [document] = list(read_records(str(tmp_path / "latin.jsonl"), "latin.jsonl"))
    assert document.readable and document.text == "caf\ufffd au lait"
    assert problem_codes(document) == ["NL912"]


# -- streaming -------------------------------------------------------------------------------------

def test_chunks_read_the_same_documents_as_the_whole_file(tmp_path):
    lines = (RECORDS / "bad.jsonl").read_bytes().split(b"\n")
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(b"\n".join(lines[:-1] * 5 + lines[-1:]))  # the truncated line stays last
    whole = list(read_records(str(shard), "shard.jsonl"))
    pieces = list(chunks(str(shard), "shard.jsonl", shard.stat().st_size, 3000))
    assert len(pieces) > 3
    assert pieces[0].start == 0 and pieces[-1].end == shard.stat().st_size
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:]))
    chunked = [d for piece in pieces for d in read_records(
        str(shard), "shard.jsonl", start=piece.start, end=piece.end, first_line=piece.first_line)]
    assert chunked == whole
    assert [d.record for d in whole][-1] == len(lines) * 5 - 4


@pytest.mark.parametrize("kind", ["jsonl", "json"])
def test_memory_stays_flat_on_a_large_file(tmp_path, kind):
    record = json.loads((RECORDS / "newsplease.jsonl").read_text(encoding="utf-8").split("\n")[0])
    path = tmp_path / f"large.{kind}"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("[\n" if kind == "json" else "")
        for number in range(6000):  # about 16 MB
            separator = ",\n" if kind == "json" and number else ""
            handle.write(separator + json.dumps({**record, "id": str(number)}) + ("\n" if kind == "jsonl" else ""))
        handle.write("\n]\n" if kind == "json" else "")
    assert path.stat().st_size > 15e6
    tracemalloc.start()
    count = sum(1 for _ in read_records(str(path), path.name))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 6000
    assert peak < 4e6, f"peak {peak / 1e6:.1f} MB while streaming a {path.stat().st_size / 1e6:.0f} MB file"


_text = st.text(alphabet=st.sampled_from(list('ab "\\[]{},:\n\té€😀')), max_size=40)


@hypothesis_settings(max_examples=60, deadline=None)
@given(items=st.lists(st.fixed_dictionaries({"text": _text, "id": _text}), max_size=6),
       indent=st.sampled_from([None, 0, 2]), chunk=st.integers(1, 17))
def test_json_scanner_finds_every_element_at_any_buffer_boundary(items, indent, chunk, tmp_path_factory):
    path = tmp_path_factory.mktemp("json") / "items.json"
    path.write_text(json.dumps(items, indent=indent, ensure_ascii=False), encoding="utf-8")
    original = records.READ_CHUNK
    records.READ_CHUNK = chunk
    try:
        documents = list(read_records(str(path), "items.json"))
    finally:
        records.READ_CHUNK = original
    assert [d.text for d in documents] == [item["text"].replace("\r", "\n") for item in items]
    assert all(d.readable for d in documents)


def test_field_map_defaults_cover_the_common_scrapers():
    fields = FieldMap.from_settings(None)
    assert fields.text == ("text", "maintext")
    assert "source_domain" in fields.outlet and "hostname" in fields.outlet and "domain" in fields.outlet
    assert fields.date[0] == "date_publish" and "author" in fields.authors


# -- on the command line ---------------------------------------------------------------------------

def test_cli_reports_record_locations_in_default_and_json_formats():
    result = lint("newsplease.jsonl", "crlf.jsonl")
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [  # sorted by path, whatever the command-line order
        "crlf.jsonl:1:1: XC102 advertisement placeholder [record crlf-1, text 1:1]",
        "newsplease.jsonl:2:1: XC102 advertisement placeholder [record #2, maintext 1:1]",
    ]
    [item] = json.loads(lint("--format", "json", "newsplease.jsonl").stdout)
    assert {key: item[key] for key in ("path", "line", "record", "record_id", "field", "field_line",
                                       "field_col")} == {
        "path": "newsplease.jsonl", "line": 2, "record": 2, "record_id": None, "field": "maintext",
        "field_line": 1, "field_col": 1}


def test_cli_reports_bad_records_and_lints_the_rest():
    result = lint("bad.jsonl", "corrupt.jsonl.gz")
    lines = result.stdout.splitlines()
    assert [line.split(" ")[0:2] for line in lines] == [
        ["bad.jsonl:2:1:", "NL920"], ["bad.jsonl:4:1:", "NL920"], ["bad.jsonl:5:1:", "NL920"],
        ["bad.jsonl:6:1:", "NL920"], ["bad.jsonl:8:1:", "NL920"], ["corrupt.jsonl.gz:12:1:", "NL921"]]
    assert "[record no-text]" in lines[1]


def test_cli_field_option_and_config_table(tmp_path):
    shard = tmp_path / "custom.jsonl"
    record = json.loads((RECORDS / "custom-fields.jsonl").read_text(encoding="utf-8"))
    record["body"] = "Advertisement\n\n" + record["body"]
    shard.write_text(json.dumps(record) + "\n", encoding="utf-8")
    expected = ["custom.jsonl:1:1: XC102 advertisement placeholder [record hill-471033, body 1:1]"]
    by_option = lint("--field", "text=body", "--field", "id=uid", "custom.jsonl", cwd=tmp_path)
    assert by_option.stdout.splitlines() == expected, by_option.stderr
    (tmp_path / "newslint.toml").write_text('[input]\ntext = "body"\nid = ["uid"]\n', encoding="utf-8")
    by_config = run_newslint(["-p", "corpus_fixture_rules", "--select", "XC102,NL9", "custom.jsonl"],
                             cwd=tmp_path, env=plugin_env())
    assert by_config.stdout.splitlines() == expected, by_config.stderr


def test_cli_reads_records_from_stdin_by_display_name():
    data = (RECORDS / "crlf.jsonl").read_bytes()
    result = lint("--stdin-display-name", "piped.jsonl", "-", input=data)
    assert result.stdout.splitlines() == [
        "piped.jsonl:1:1: XC102 advertisement placeholder [record crlf-1, text 1:1]"]


def test_cli_skips_a_huge_record_and_lints_the_next(tmp_path):
    shard = tmp_path / "huge.jsonl"
    with open(shard, "wb") as handle:
        handle.write(b'{"id": "huge", "text": "')
        block = b"word " * 200_000
        for _ in range(68):  # 68 MB: over the 64 MiB limit
            handle.write(block)
        handle.write(b'"}\n{"id": "after", "text": "Advertisement"}\n')
    result = lint("huge.jsonl", cwd=tmp_path)
    assert result.stdout.splitlines() == [
        "huge.jsonl:1:1: NL922 record of 64.8 MiB exceeds the 64.0 MiB limit, skipped [record #1]",
        "huge.jsonl:2:1: XC102 advertisement placeholder [record after, text 1:1]",
    ], result.stderr


def test_a_lone_surrogate_in_a_record_is_replaced_and_reported(tmp_path):
    # Valid JSON can escape half a UTF-16 pair; Python keeps it as an unprintable code point.
    shard = tmp_path / "shard.jsonl"
    shard.write_text('{"id": "a", "text": "Half a smile \\ud83d here."}\n{"id": "b", "text": "fine"}\n',
                     encoding="utf-8")
    result = run_newslint(["--isolated", "--select", "NL9", "--format", "json", str(shard)])
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)
    assert [(f["code"], f["record_id"]) for f in findings] == [("NL912", "a")]
    assert "lone surrogate (\\ud83d)" in findings[0]["message"]
