"""Hostile input and faulty plugins, from the command line: nothing crashes, nothing is lost.

Every test runs the real CLI in a subprocess on real files. Positions and "the rest was still
linted" are checked with the fixture rule ``HX001`` (``-p hostile_marker``), which flags each
``MARK`` at its exact place; faulty rules come from ``tests/fixtures/plugins/hostile_*.py``.
What a user sees for each case is documented in ``docs/errors.md``.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, Optional, Sequence

import pytest

from conftest import PLUGINS, REPO, plugin_env, run_newslint

HOSTILE = REPO / "tests" / "fixtures" / "hostile"
FINDING = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<message>.*)$")
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def lint(paths: Sequence[str], *options: str, cwd: Path, plugins: Sequence[str] = ("hostile_marker",),
         select: str = "HX,NL9", env: Optional[dict] = None, input: Optional[bytes] = None,
         timeout: float = 120) -> subprocess.CompletedProcess:
    args = [arg for name in plugins for arg in ("-p", name)]
    args += ["--isolated", "--disable-plugin-autoload", "--select", select, *options, *paths]
    return run_newslint(args, cwd=cwd, env=plugin_env(**(env or {})), input=input, timeout=timeout)


def findings(result: subprocess.CompletedProcess) -> list[tuple[str, int, int, str, str]]:
    rows = []
    for line in result.stdout.splitlines():
        match = FINDING.match(line)
        assert match, f"not a finding line: {line!r}"
        rows.append((match["path"], int(match["line"]), int(match["col"]), match["code"], match["message"]))
    return rows


def places(result: subprocess.CompletedProcess, code: str = "HX001") -> list[tuple[str, int, int]]:
    return [(path, line, col) for path, line, col, found, _ in findings(result) if found == code]


def messages(result: subprocess.CompletedProcess, code: str) -> list[str]:
    return [f"{path}: {message}" for path, _, _, found, message in findings(result) if found == code]


def assert_clean_exit(result: subprocess.CompletedProcess, code: int = 1) -> None:
    assert result.returncode == code, (result.returncode, result.stdout[-2000:], result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr


def assert_one_error_line(result: subprocess.CompletedProcess, *fragments: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def without_privileges() -> list[str]:
    """A command prefix under which permission checks apply: root ignores file modes, so as root
    the run drops every capability (``setpriv``); skip where that is not possible."""
    if not IS_ROOT:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot be tested")
    return ["setpriv", "--inh-caps=-all", "--bounding-set=-all"]


def run_unprivileged(args: Sequence[str], cwd: Path, env: Optional[dict] = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **plugin_env(), **(env or {})}
    full_env.pop("NO_COLOR", None)
    result = subprocess.run([*without_privileges(), sys.executable, "-m", "newslint", *args], cwd=cwd,
                            env=full_env, capture_output=True, timeout=120)
    result.stdout = result.stdout.decode("utf-8")  # type: ignore[assignment]
    result.stderr = result.stderr.decode("utf-8")  # type: ignore[assignment]
    return result


@pytest.fixture
def unlock(tmp_path) -> Iterator[None]:
    """Give every file back its permissions after the test, so pytest can remove them."""
    yield
    for path in tmp_path.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755)


# == files ==========================================================================================

def test_a_binary_file_is_skipped_with_nl911_and_the_next_file_is_linted(tmp_path):
    shutil.copy(HOSTILE / "photo.txt", tmp_path / "photo.txt")
    (tmp_path / "late-nul.txt").write_bytes(b"MARK " * 40_000 + b"\x00 MARK")
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    result = lint(["."], cwd=tmp_path)
    assert_clean_exit(result)
    assert messages(result, "NL911") == ["./late-nul.txt: binary file (NUL byte at offset 200000), skipped",
                                         "./photo.txt: binary file (NUL byte at offset 8), skipped"]
    assert places(result) == [("./story.txt", 1, 1)]  # nothing was read as text from the binaries


def test_invalid_utf8_is_one_finding_with_the_byte_offset_and_the_rest_is_linted(tmp_path):
    shutil.copy(HOSTILE / "latin1.txt", tmp_path / "latin1.txt")
    raw = (tmp_path / "latin1.txt").read_bytes()
    first_bad = next(i for i, byte in enumerate(raw) if byte >= 0x80)
    result = lint(["latin1.txt"], cwd=tmp_path)
    assert_clean_exit(result)
    bad = [row for row in findings(result) if row[3] == "NL912"]
    assert len(bad) == 1
    _, line, col, _, message = bad[0]
    before = raw[:first_bad].decode("ascii")
    assert (line, col) == (before.count("\n") + 1, len(before.rsplit("\n", 1)[-1]) + 1)
    assert message.startswith(f"invalid UTF-8 at byte {first_bad} (0x{raw[first_bad]:02x}); ")
    assert message.endswith("bad byte sequences in all, replaced with U+FFFD")
    # Every MARK is found, at the column it has in the file (one character per Latin-1 byte).
    expected = [(i + 1, line_text.index(b"MARK") + 1) for i, line_text in enumerate(raw.split(b"\n"))
                if b"MARK" in line_text]
    assert len(expected) >= 2
    assert [(line, col) for _, line, col in places(result)] == expected


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_bom_encodings_and_line_endings_never_shift_a_position(tmp_path, encoding, newline):
    lines = ["Zoë’s MARK", "", "\t\tMARK — MARK", "naïve text", "MARK"]
    text = newline.join(lines) + newline
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    (tmp_path / "story.txt").write_bytes(bom + text.encode(encoding))
    result = lint(["story.txt"], cwd=tmp_path)
    assert_clean_exit(result)
    assert places(result) == [("story.txt", 1, 7), ("story.txt", 3, 3), ("story.txt", 3, 10),
                              ("story.txt", 5, 1)]


def test_mixed_line_endings_in_one_file_count_like_an_editor(tmp_path):
    (tmp_path / "mixed.txt").write_bytes(b"a\r\nb\rc\nMARK\r\n\r\rx MARK")
    result = lint(["mixed.txt"], cwd=tmp_path)
    assert places(result) == [("mixed.txt", 4, 1), ("mixed.txt", 7, 3)]


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n\n\n", b"\r\n", b"   \t  "])
def test_an_empty_or_blank_file_is_clean(tmp_path, content):
    (tmp_path / "empty.txt").write_bytes(content)
    result = run_newslint(["--isolated", "empty.txt"], cwd=tmp_path)  # every built-in rule
    assert_clean_exit(result, 0)
    assert result.stdout == "" and result.stderr == ""


def test_a_file_over_the_size_limit_is_skipped_unread(tmp_path):
    huge = tmp_path / "dump.txt"
    with open(huge, "wb") as handle:  # sparse: 300 MB that take no disk and must not be read
        handle.truncate(300 * 1000 * 1000)
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    started = time.monotonic()
    result = lint(["dump.txt", "story.txt"], cwd=tmp_path)
    assert time.monotonic() - started < 30
    assert_clean_exit(result)
    assert messages(result, "NL922") == ["dump.txt: file of 300.0 MB exceeds the 64 MiB limit, skipped"]
    assert places(result) == [("story.txt", 1, 1)]


def test_a_100_mb_file_that_is_one_line_is_reported_not_stalled_on(tmp_path):
    unit = b"Officials said the talks would continue. "
    (tmp_path / "blob.txt").write_bytes(unit * (100_000_000 // len(unit)) + b"MARK")
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    started = time.monotonic()
    result = lint(["blob.txt", "story.txt"], cwd=tmp_path)
    assert time.monotonic() - started < 60
    assert_clean_exit(result)
    assert messages(result, "NL922") == ["blob.txt: file of 100.0 MB exceeds the 64 MiB limit, skipped"]
    assert places(result) == [("story.txt", 1, 1)]


def test_very_long_lines_keep_exact_columns_with_every_built_in_rule(tmp_path):
    unit = "Officials said the talks would continue, and nobody knew for how long. "
    long_line = unit * (2_000_000 // len(unit))
    text = f"Talks continue\n\n{long_line}MARK\n\n{'word ' * 200_000}MARK tail\n"
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    started = time.monotonic()
    # All built-in rules run (ALL), with the fixture marker; each rule gets the default budget.
    result = run_newslint(["--isolated", "-p", "hostile_marker", "--select", "ALL", "long.txt"],
                          cwd=tmp_path, env=plugin_env(), timeout=300)
    elapsed = time.monotonic() - started
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr, result.stderr
    assert places(result) == [("long.txt", 3, len(long_line) + 1), ("long.txt", 5, 1_000_001)]
    assert not messages(result, "NL901") and not messages(result, "NL903")
    assert elapsed < 240, f"3 MB in two lines took {elapsed:.0f} s"


def test_a_deep_folder_tree_is_walked_to_the_bottom(tmp_path):
    depth = 1200  # deeper than Python's recursion limit; the path stays under PATH_MAX
    folder = tmp_path / "deep"
    relative = "/".join(["d"] * depth)
    bottom = folder
    folder.mkdir()
    for _ in range(depth):  # os.makedirs itself recurses
        bottom = bottom / "d"
        bottom.mkdir()
    (bottom / "bottom.txt").write_text("x MARK\n", encoding="utf-8")
    (folder / "top.txt").write_text("MARK\n", encoding="utf-8")
    try:
        result = lint(["deep"], cwd=tmp_path)
    finally:  # shutil.rmtree recurses too: take the tree down from the bottom
        (bottom / "bottom.txt").unlink()
        while bottom != folder:
            bottom.rmdir()
            bottom = bottom.parent
    assert_clean_exit(result)
    assert places(result) == [(f"deep/{relative}/bottom.txt", 1, 3), ("deep/top.txt", 1, 1)]


def test_symlink_loops_end_the_walk_and_broken_links_are_nl910(tmp_path):
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "story.txt").write_text("MARK\n", encoding="utf-8")
    os.symlink("..", tree / "sub" / "up")            # a loop through a folder link
    os.symlink("sub", tree / "again")                # the same folder twice
    os.symlink("self.txt", tree / "self.txt")        # a link to itself
    os.symlink("missing.txt", tree / "gone.txt")     # a broken link
    os.symlink("sub/story.txt", tree / "alias.txt")  # a link to a file is linted as that file
    result = lint(["tree"], cwd=tmp_path, timeout=60)
    assert_clean_exit(result)
    assert places(result) == [("tree/alias.txt", 1, 1), ("tree/sub/story.txt", 1, 1)]
    assert messages(result, "NL910") == [
        "tree/gone.txt: cannot read file: broken symbolic link (to 'missing.txt', which does not exist)",
        "tree/self.txt: cannot read file: symbolic link loop",
    ]


def test_a_path_that_does_not_exist_is_nl910_and_the_run_goes_on(tmp_path):
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    result = lint(["missing.txt", "story.txt", "nowhere/"], cwd=tmp_path)
    assert_clean_exit(result)
    assert messages(result, "NL910") == ["missing.txt: cannot read file: No such file or directory",
                                         "nowhere/: cannot read file: No such file or directory"]
    assert places(result) == [("story.txt", 1, 1)]


def test_fifos_in_folders_are_skipped_and_a_named_pipe_is_read(tmp_path):
    (tmp_path / "tree").mkdir()
    os.mkfifo(tmp_path / "tree" / "pipe.txt")  # opening it would block the run forever
    (tmp_path / "tree" / "story.txt").write_text("MARK\n", encoding="utf-8")
    result = lint(["tree"], cwd=tmp_path, timeout=60)
    assert_clean_exit(result)
    assert places(result) == [("tree/story.txt", 1, 1)]
    # Named on the command line, a pipe is read like a file (``newslint <(zcat shard.gz)``).
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", "--isolated", "--disable-plugin-autoload", "-p",
         "hostile_marker", "--select", "HX", "tree/pipe.txt"],
        cwd=tmp_path, env={**os.environ, **plugin_env()}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with open(tmp_path / "tree" / "pipe.txt", "wb") as writer:
        writer.write(b"piped MARK\n")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1 and err == b""
    assert out.decode() == "tree/pipe.txt:1:7: HX001 MARK here\n"


def test_standard_input_with_bad_bytes_is_linted(tmp_path):
    result = lint(["-"], "--stdin-display-name", "pasted.txt", cwd=tmp_path,
                  input=b"ok \xff\r\nMARK\r\n")
    assert_clean_exit(result)
    assert messages(result, "NL912") == [
        "pasted.txt: invalid UTF-8 at byte 3 (0xff), replaced with U+FFFD"]
    assert places(result) == [("pasted.txt", 2, 1)]


def test_files_that_vanish_or_lose_permission_mid_run_are_nl910(tmp_path, unlock):
    for name, text in (("a.txt", "SABOTAGE\n"), ("b.txt", "MARK\n"), ("c.txt", "MARK\n"),
                       ("d.txt", "x MARK\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / name).chmod(0o666)
    # a.txt's rule deletes b.txt and locks c.txt after discovery listed them, before they are read.
    result = run_unprivileged(
        ["--isolated", "-p", "hostile_saboteur", "-p", "hostile_marker", "--select", "HX,NL9", "."],
        cwd=tmp_path, env={"HOSTILE_DELETE": str(tmp_path / "b.txt"),
                             "HOSTILE_LOCK": str(tmp_path / "c.txt")})
    assert_clean_exit(result)
    assert messages(result, "NL910") == ["./b.txt: cannot read file: No such file or directory",
                                         "./c.txt: cannot read file: Permission denied"]
    assert places(result) == [("./d.txt", 1, 3)]
    assert places(result, "HX301") == [("./a.txt", 1, 1)]


def test_an_unreadable_folder_is_nl910_and_its_siblings_are_linted(tmp_path, unlock):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "secret.txt").write_text("MARK\n", encoding="utf-8")
    (tmp_path / "open").mkdir(mode=0o777)
    (tmp_path / "open" / "story.txt").write_text("MARK\n", encoding="utf-8")
    (tmp_path / "open" / "story.txt").chmod(0o644)
    (tmp_path / "locked").chmod(0)
    result = run_unprivileged(["--isolated", "-p", "hostile_marker", "--select", "HX,NL9", "."],
                              cwd=tmp_path)
    assert_clean_exit(result)
    assert messages(result, "NL910") == ["./locked: cannot read file: Permission denied"]
    assert places(result) == [("./open/story.txt", 1, 1)]


# == records ========================================================================================

def _record(number: int, text: object, **fields: object) -> str:
    return json.dumps({"id": f"r{number}", "text": text, **fields})


def test_each_bad_record_is_one_finding_and_every_other_record_is_linted(tmp_path):
    lines = [
        _record(1, "First MARK"),
        "{this is not json",
        json.dumps({"id": "r3", "title": "no text field"}),
        _record(4, 42),
        _record(5, ["a", "list"]),
        _record(6, "Sixth MARK"),
        json.dumps({"id": "r7", "text": "x" * (65 * 1024 * 1024)}),
        _record(8, "Eighth MARK"),
        '{"id": "r9", "text": "cut in the mid',
    ]
    (tmp_path / "shard.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = lint(["shard.jsonl"], cwd=tmp_path, timeout=180)
    assert_clean_exit(result)
    rows = findings(result)
    problems = [(line, code) for _, line, _, code, _ in rows if code.startswith("NL9")]
    assert problems == [(2, "NL920"), (3, "NL920"), (4, "NL920"), (5, "NL920"), (7, "NL922"), (9, "NL920")]
    for _, line, _, code, message in rows:
        if code.startswith("NL9"):
            assert "shard.jsonl" and "\n" not in message
            assert re.search(r"\[record (#\d+|r\d+)", message), message  # names the record
    assert [(line, message) for _, line, _, code, message in rows if code == "HX001"] == [
        (1, "MARK here [record r1, text 1:7]"), (6, "MARK here [record r6, text 1:7]"),
        (8, "MARK here [record r8, text 1:8]")]


def test_a_gzip_shard_corrupt_halfway_reports_the_damage_after_linting_what_came_before(tmp_path):
    records = "".join(_record(i, f"Story {i} MARK " + "filler words " * 40) + "\n" for i in range(1, 401))
    data = gzip.compress(records.encode("utf-8"))
    damaged = bytearray(data)
    middle = len(damaged) // 2
    damaged[middle:middle + 64] = bytes(64)  # zeroes over the deflate stream
    (tmp_path / "shard.jsonl.gz").write_bytes(bytes(damaged))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[:middle])
    result = lint(["shard.jsonl.gz", "cut.jsonl.gz"], cwd=tmp_path)
    assert_clean_exit(result)
    for name in ("shard.jsonl.gz", "cut.jsonl.gz"):
        rows = [row for row in findings(result) if row[0] == name]
        damage = [row for row in rows if row[3] == "NL921"]
        assert len(damage) == 1, result.stdout
        marks = [(line, message) for _, line, _, code, message in rows if code == "HX001"]
        # The records before the damage were linted, each named by its line and id.
        assert marks[:50] == [(i, f"MARK here [record r{i}, text 1:{len(str(i)) + 8}]")
                              for i in range(1, 51)]
        assert all(line < damage[0][1] for line, _ in marks)  # the damage comes after them
        if name == "cut.jsonl.gz":  # a clean cut: every record before it, nothing after
            assert [line for line, _ in marks] == list(range(1, len(marks) + 1))
            assert damage[0][1] == len(marks) + 1


# == configuration ==================================================================================

@pytest.mark.parametrize("content, fragments", [
    ('[tool.newslint]\nselect = ["NL1"\nignore = []\n',
     ("pyproject.toml: invalid TOML: ", "line 3, column 1")),
    ("[tool.newslint]\nselct = ['NL1']\n", ("pyproject.toml: tool.newslint.selct: unknown key",)),
    ("[tool.newslint]\nselect = 'NL1'\n", ("tool.newslint.select must be a list of strings, not a string",)),
    ("[tool.newslint]\nrule-timeout = 'fast'\n", ("tool.newslint.rule-timeout must be a positive number",)),
    ("[tool.newslint]\nselect = ['NL999']\n", ("unknown rule code or name 'NL999'",)),
    ("[tool.newslint]\nignore = ['ZZ1']\n", ("unknown rule code or name 'ZZ1'",)),
])
def test_bad_configuration_is_one_clear_line_and_exit_2(tmp_path, content, fragments):
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    assert_one_error_line(run_newslint(["story.txt"], cwd=tmp_path), *fragments)


def test_a_config_file_that_is_not_utf8_or_not_a_file_is_one_line(tmp_path):
    (tmp_path / "latin.toml").write_bytes(b"select = ['caf\xe9']\n")
    assert_one_error_line(run_newslint(["--config", "latin.toml", "."], cwd=tmp_path),
                          "latin.toml: invalid TOML")
    (tmp_path / "folder.toml").mkdir()
    assert_one_error_line(run_newslint(["--config", "folder.toml", "."], cwd=tmp_path),
                          "folder.toml: cannot read configuration")
    assert_one_error_line(run_newslint(["--config", "absent.toml", "."], cwd=tmp_path),
                          "absent.toml: configuration file not found")


def test_an_unreadable_config_file_is_one_line(tmp_path, unlock):
    config = tmp_path / "newslint.toml"
    config.write_text("select = ['NL1']\n", encoding="utf-8")
    config.chmod(0)
    assert_one_error_line(run_unprivileged([".", "--disable-plugin-autoload"], cwd=tmp_path),
                          "newslint.toml: cannot read configuration: Permission denied")


# == plugins ========================================================================================

def test_a_rule_that_raises_is_nl901_and_the_other_rules_still_run(tmp_path):
    (tmp_path / "story.txt").write_text("BOOM and MARK\nMARK\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("BOOM\n", encoding="utf-8")
    result = lint(["story.txt", "other.txt"], cwd=tmp_path, plugins=["hostile_marker", "hostile_faults"])
    assert_clean_exit(result)
    assert messages(result, "NL901") == [  # reported by path: other.txt first
        "other.txt: rule HX101 (hostile-raises) crashed: ValueError: cannot handle line 1",
        "story.txt: rule HX101 (hostile-raises) crashed: ValueError: cannot handle line 1"]
    assert places(result) == [("story.txt", 1, 10), ("story.txt", 2, 1)]


def test_positions_outside_the_text_and_malformed_findings_are_nl903(tmp_path):
    (tmp_path / "story.txt").write_text("OUTSIDE\nMALFORMED\nNOTITER\nMARK\n", encoding="utf-8")
    result = lint(["story.txt"], cwd=tmp_path, plugins=["hostile_marker", "hostile_faults"])
    assert_clean_exit(result)
    bad = messages(result, "NL903")
    assert len(bad) == 7
    assert sum("HX102 (hostile-outside) reported span" in m and "outside the text (length 31)" in m
               for m in bad) == 3
    assert sum("HX103 (hostile-malformed) reported a malformed finding" in m for m in bad) == 4
    assert messages(result, "NL901") == [
        "story.txt: rule HX104 (hostile-not-iterable) crashed: TypeError: 'int' object is not iterable"]
    # The one good finding among the malformed ones is kept, its newlines flattened.
    assert messages(result, "HX103") == ["story.txt: a good finding whose message has newlines"]
    assert places(result) == [("story.txt", 4, 1)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_rules_that_never_return_are_nl902_after_the_budget_and_the_run_goes_on(tmp_path, jobs):
    keywords = {"SPIN": "HX201 (hostile-spin)", "SLEEP": "HX202 (hostile-sleep)",
                "BACKTRACK": "HX203 (hostile-backtrack)", "SWALLOW": "HX204 (hostile-swallow)"}
    for keyword in keywords:
        (tmp_path / f"{keyword.lower()}.txt").write_text(f"x {keyword}\nMARK\n", encoding="utf-8")
    (tmp_path / "slow.txt").write_text("SLOWLINE\n" * 12 + "MARK\n", encoding="utf-8")
    started = time.monotonic()
    result = lint(["."], "--rule-timeout", "0.5", "--jobs", jobs, cwd=tmp_path,
                  plugins=["hostile_marker", "hostile_hang"], timeout=120)
    elapsed = time.monotonic() - started
    assert_clean_exit(result)
    timed_out = messages(result, "NL902")
    expected = sorted([f"./{keyword.lower()}.txt: rule {rule} timed out after 0.5 s"
                       for keyword, rule in keywords.items()]
                      + ["./slow.txt: rule HX205 (hostile-slow-line) timed out after 0.5 s"])
    assert sorted(timed_out) == expected
    # Every document was still linted by the marker, after the rule that hung in it.
    assert sorted(places(result)) == sorted([(f"./{k.lower()}.txt", 2, 1) for k in keywords]
                                            + [("./slow.txt", 13, 1)])
    # 12 calls of 0.3 s are 3.6 s; the budget is per document, so it stops after about 0.5 s.
    assert elapsed < 30


def test_the_rule_timeout_config_key_sets_the_budget(tmp_path):
    (tmp_path / "newslint.toml").write_text("rule-timeout = 0.4\n", encoding="utf-8")
    (tmp_path / "spin.txt").write_text("SPIN\n", encoding="utf-8")
    result = run_newslint(["-p", "hostile_hang", "--select", "HX,NL9", "spin.txt"], cwd=tmp_path,
                          env=plugin_env())
    assert_clean_exit(result)
    assert messages(result, "NL902") == ["spin.txt: rule HX201 (hostile-spin) timed out after 0.4 s"]


@pytest.fixture(scope="module")
def broken_distribution(tmp_path_factory) -> Path:
    """A real installed distribution whose ``newslint`` entry point fails to import: a
    ``.dist-info`` with ``entry_points.txt`` on a folder that goes on ``PYTHONPATH``."""
    site = tmp_path_factory.mktemp("site")
    shutil.copy(PLUGINS / "hostile_import_error.py", site / "hostile_import_error.py")
    info = site / "hostile_plugin_dist-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: hostile-plugin-dist\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text("[newslint]\nhostile = hostile_import_error\n",
                                           encoding="utf-8")
    (info / "RECORD").write_text("", encoding="utf-8")
    return site


def _with_site(site: Path) -> dict:
    return {"PYTHONPATH": os.pathsep.join([str(site), str(PLUGINS)])}


def test_a_plugin_that_fails_to_import_is_named_and_skipped(tmp_path, broken_distribution):
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    result = run_newslint(["--isolated", "-p", "hostile_marker", "--select", "HX", "story.txt"],
                          cwd=tmp_path, env=_with_site(broken_distribution))
    assert_clean_exit(result)
    assert result.stderr == (
        "newslint: warning: plugin 'hostile' from hostile-plugin-dist 1.0 failed to load: ImportError: "
        "No module named 'hostile_missing_dependency' (a fixture that fails on purpose)\n")
    assert places(result) == [("story.txt", 1, 1)]


def test_require_plugins_makes_an_import_failure_fatal(tmp_path, broken_distribution):
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    result = run_newslint(["--isolated", "--require-plugins", "hostile-plugin-dist", "story.txt"],
                          cwd=tmp_path, env=_with_site(broken_distribution))
    assert_one_error_line(result, "plugin 'hostile' from hostile-plugin-dist 1.0 failed to load",
                          "ImportError")
    assert result.stdout == ""


def test_a_plugin_whose_rule_hook_raises_stops_the_run_with_one_line(tmp_path):
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    result = lint(["story.txt"], cwd=tmp_path, plugins=["hostile_bad_hook"], select="NL9")
    assert_one_error_line(result, "hostile_bad_hook", "rule table is corrupt")


def test_a_missing_p_plugin_module_is_one_line(tmp_path):
    result = lint(["."], cwd=tmp_path, plugins=["no_such_plugin_module"], select="NL9")
    assert_one_error_line(result, "no_such_plugin_module", "ModuleNotFoundError")


# == the process ====================================================================================

@pytest.fixture
def many_findings(tmp_path) -> Path:
    for number in range(300):
        (tmp_path / f"story{number:03}.txt").write_text("MARK\n" * 50, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_pipe_ends_the_run_quietly(many_findings, jobs):
    command = (f"{sys.executable} -m newslint --isolated -p hostile_marker --select HX "
               f"--jobs {jobs} . | head -1")
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=many_findings,
                            capture_output=True, timeout=120, env={**os.environ, **plugin_env()})
    assert result.stdout.decode() == "./story000.txt:1:1: HX001 MARK here\n"
    assert result.stderr.decode() == ""
    assert result.returncode in (1, 141)  # findings, or killed by SIGPIPE like cat; never a crash


def _start_stalled_run(folder: Path, *options: str) -> tuple[subprocess.Popen, Path]:
    """A run that is held mid-way (the third STALL document, findings already reported) until it
    is signalled: it cannot finish before the test's signal, however busy the machine."""
    for number in range(40):
        (folder / f"story{number:02}.txt").write_text("STALL\nMARK\n", encoding="utf-8")
    started = folder.parent / f"{folder.name}-started"
    never = folder.parent / f"{folder.name}-never-released"
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", "--isolated", "-p", "hostile_saboteur", "-p",
         "hostile_marker", "--select", "HX", *options, str(folder)],
        cwd=folder.parent,
        env={**os.environ, **plugin_env(HOSTILE_STARTED=str(started), HOSTILE_RELEASE=str(never))},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not started.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the run never started"
        time.sleep(0.05)
    return process, started


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_with_exit_130_and_one_line(tmp_path, jobs):
    folder = tmp_path / "stories"
    folder.mkdir()
    process, _ = _start_stalled_run(folder, "--jobs", jobs)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode() == "newslint: error: interrupted\n"


def test_an_interrupted_or_killed_run_never_leaves_half_a_report(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    report = tmp_path / "report.txt"
    report.write_text("the previous report\n", encoding="utf-8")
    for stop in (signal.SIGINT, signal.SIGKILL):
        process, started = _start_stalled_run(folder, "--output-file", str(report))
        process.send_signal(stop)
        process.communicate(timeout=60)
        assert report.read_text(encoding="utf-8") == "the previous report\n"
        started.unlink()
        leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".report.txt."))
        if stop == signal.SIGINT:
            assert leftovers == []  # cleaned up on the way out
        for name in leftovers:  # SIGKILL leaves a hidden temporary file at most, never report.txt
            (tmp_path / name).unlink()


def test_the_report_file_is_replaced_whole_with_the_usual_permissions(tmp_path):
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("old and much longer than the new report\n" * 10, encoding="utf-8")
    report.chmod(0o640)
    result = lint(["story.txt"], "--output-file", "report.txt", cwd=tmp_path)
    assert_clean_exit(result)
    assert result.stdout == ""
    assert report.read_text(encoding="utf-8") == "story.txt:1:1: HX001 MARK here\n"
    assert stat.S_IMODE(report.stat().st_mode) == 0o640  # the replaced file's mode is kept
    fresh = tmp_path / "fresh.txt"
    old_umask = os.umask(0o022)
    try:
        lint(["story.txt"], "--output-file", "fresh.txt", cwd=tmp_path)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not the 0600 of a temporary file
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".newslint_cache") == [
        "fresh.txt", "report.txt", "story.txt"]  # no temporary file left (the cache is by design)


def test_an_output_file_that_is_a_device_is_written_not_replaced(tmp_path):
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    result = lint(["story.txt"], "--output-file", "/dev/stdout", cwd=tmp_path)
    assert_clean_exit(result)
    assert result.stdout == "story.txt:1:1: HX001 MARK here\n"


def test_an_output_file_in_a_missing_folder_is_one_line(tmp_path):
    (tmp_path / "story.txt").write_text("MARK\n", encoding="utf-8")
    result = lint(["story.txt"], "--output-file", "no/such/folder/report.txt", cwd=tmp_path)
    assert_one_error_line(result, "no/such/folder/report.txt: No such file or directory")
    result = lint(["story.txt"], "--write-baseline", "no/such/baseline.json", cwd=tmp_path)
    assert_one_error_line(result, "no/such/baseline.json: No such file or directory")


def test_an_interrupted_baseline_write_keeps_the_old_baseline(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"tool": "newslint", "version": 1, "findings": []}\n', encoding="utf-8")
    before = baseline.read_bytes()
    process, _ = _start_stalled_run(folder, "--write-baseline", str(baseline))
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=60)
    assert process.returncode == 130
    assert baseline.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".baseline")) == []


def test_a_lone_surrogate_in_a_record_is_replaced_and_reported_not_a_crash(tmp_path):
    # Valid JSON, but not encodable as UTF-8: a scraper's half of an emoji.
    (tmp_path / "shard.jsonl").write_text('{"id": "s1", "text": "Half an emoji \\ud83d here MARK"}\n',
                                          encoding="utf-8")
    result = lint(["shard.jsonl"], "--show-source", cwd=tmp_path)
    assert_clean_exit(result)
    assert "HX001 MARK here [record s1, text 1:22]" in result.stdout
    assert "Half an emoji \ufffd here MARK" in result.stdout
    assert "NL912 record's 'text' field holds a lone surrogate (\\ud83d)" in result.stdout
    report = tmp_path / "report.json"
    result = lint(["shard.jsonl"], "--format", "json", "--output-file", str(report), cwd=tmp_path)
    assert_clean_exit(result)
    assert [item["code"] for item in json.loads(report.read_text(encoding="utf-8"))] == ["NL912", "HX001"]


# == the time budget and atomic writes, in process ===================================================

def test_the_budget_interrupts_a_runaway_regular_expression_inside_c_code():
    from newslint.timeout import RuleTimeout, budget

    catastrophic = re.compile(r"^(a+)+$")
    started = time.monotonic()
    with pytest.raises(RuleTimeout) as stopped:
        with budget(0.3):
            catastrophic.match("a" * 64 + "!")
    assert 0.3 <= time.monotonic() - started < 3
    assert stopped.value.seconds == 0.3


def test_a_budget_that_ends_in_time_leaves_no_alarm_behind():
    from newslint.timeout import budget

    for _ in range(1000):
        with budget(0.2):
            pass
    with budget(0.05):
        pass
    time.sleep(0.6)  # past every deadline and the re-fire period: nothing may be raised now


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs interval timers")
def test_a_timer_still_armed_at_exit_does_not_kill_the_process():
    """The last rule's budget leaves the timer armed (it is left to lapse); a process that ends
    before it lapses must exit with its own status, not be killed by SIGALRM once the shutting-
    down interpreter has put the default handler back. The exit handler registered last runs
    first: here the one that plays the interpreter's part runs after newslint's."""
    script = (
        "import atexit, signal, time\n"
        "def shutdown():\n"
        "    signal.signal(signal.SIGALRM, signal.SIG_DFL)  # as the interpreter does\n"
        "    time.sleep(0.6)  # past the armed timer\n"
        "atexit.register(shutdown)\n"
        "from newslint.timeout import laps\n"
        "with laps() as clock:\n"
        "    clock.start(0.2, 0.2)\n"
        "    clock.stop()\n"
        "raise SystemExit(3)\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 3, (result.returncode, result.stderr)


def test_the_budget_is_spread_over_calls_and_reported_whole():
    from newslint.timeout import RuleTimeout, budget

    with pytest.raises(RuleTimeout) as stopped:
        with budget(0, limit=10):  # nothing left of a 10 s budget
            pass
    assert stopped.value.seconds == 10
    with budget(None) as unlimited:
        time.sleep(0.01)
    assert unlimited.elapsed >= 0.01


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_the_budget_works_in_a_forked_worker():
    from newslint.timeout import RuleTimeout, budget

    with budget(30):  # the parent's timer is armed when the child is forked
        pid = os.fork()
        if pid == 0:  # the child: timers are not inherited, the budget must re-arm its own
            code = 1
            try:
                with budget(0.2):
                    while True:
                        pass
            except RuleTimeout:
                code = 0
            finally:
                os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_atomic_write_keeps_the_old_file_when_the_writer_fails(tmp_path):
    from newslint.atomic import atomic_write

    target = tmp_path / "report.txt"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(str(target)) as handle:
            handle.write("half a rep")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
    link = tmp_path / "link.txt"
    link.symlink_to("report.txt")
    with atomic_write(str(link)) as handle:
        handle.write("new\n")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new\n"


@pytest.mark.parametrize("moment", ["after the temporary file is made", "before it is made"])
def test_ctrl_c_around_the_temporary_files_creation_leaves_nothing_behind(tmp_path, monkeypatch, moment):
    # Ctrl-C raises KeyboardInterrupt between two bytecodes: right after os.open has made the
    # temporary file and before the writer knows it has a file is the narrowest moment there is.
    # The writer must remove the file it made, list nothing, and leave the target as it was.
    from newslint import atomic

    target = tmp_path / "s.txt"
    target.write_text("old\n", encoding="utf-8")
    real_open = os.open

    def interrupted_open(name, flags, mode=0o777):
        if moment == "after the temporary file is made":
            os.close(real_open(name, flags, mode))
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "open", interrupted_open)
    with pytest.raises(KeyboardInterrupt):
        with atomic.atomic_write(str(target)) as handle:
            handle.write("new\n")
    assert [path.name for path in tmp_path.iterdir()] == ["s.txt"]
    assert target.read_text(encoding="utf-8") == "old\n"
    assert atomic.PENDING == set()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_worker_stopped_halfway_through_a_write_leaves_the_original_and_no_temporary_file(
        tmp_path, signum):
    # A --jobs worker is stopped by Ctrl-C (SIGINT, to the whole group) or by its parent ending
    # the pool (SIGTERM): either way, in the middle of writing a fixed file, the original stays
    # and the temporary copy goes. The child says through a pipe when it is halfway (a state, not
    # a time), then waits for the signal.
    from newslint import atomic, parallel

    target = tmp_path / "s.txt"
    target.write_text("old\n", encoding="utf-8")
    ready, told = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        code = 1
        try:
            os.close(ready)
            parallel.stop_quietly_on_signals()
            with atomic.atomic_write(str(target)) as handle:
                handle.write("half of the ne")
                handle.flush()
                os.write(told, b"!")
                while True:
                    signal.pause()
        finally:
            os._exit(code)
    os.close(told)
    assert os.read(ready, 1) == b"!"
    os.close(ready)
    os.kill(pid, signum)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 130
    assert [path.name for path in tmp_path.iterdir()] == ["s.txt"]
    assert target.read_text(encoding="utf-8") == "old\n"


def test_a_temporary_name_another_writer_holds_is_left_to_it(tmp_path, monkeypatch):
    # The first name drawn is taken: that file is someone else's and stays; the write goes on
    # under the next name.
    from newslint import atomic

    target = tmp_path / "s.txt"
    target.write_text("old\n", encoding="utf-8")
    names = iter(["aaaaaaaa", "bbbbbbbb"])
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda size: next(names))
    theirs = tmp_path / ".s.txt.aaaaaaaa.tmp"
    theirs.write_text("theirs\n", encoding="utf-8")
    with atomic.atomic_write(str(target)) as handle:
        handle.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert theirs.read_text(encoding="utf-8") == "theirs\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == [".s.txt.aaaaaaaa.tmp", "s.txt"]
    assert atomic.PENDING == set()
