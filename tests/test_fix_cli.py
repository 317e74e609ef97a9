"""``newslint --fix`` for real: subprocess runs of the CLI on real files, every option, and every
way a write can fail (changed on disk, no permission, a full disk, Ctrl-C halfway).

The article is real extractor output (``tests/fixtures/fix/``: a Live Science story with its page
furniture: a time stamp, a section label, a share bar, a "Related:" teaser and a photo credit).
The fixture plugin ``fix_fixture_rules`` gives rules whose fixes never change, for the mechanics.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, plugin_env, run_newslint

FIXTURES = REPO / "tests" / "fixtures" / "fix"
ARTICLE = (FIXTURES / "livescience.txt").read_text(encoding="utf-8")
LINES = ARTICLE.split("\n")
#: The article's safe junk (0-based lines): stamp, section label, share bar, Related teaser.
SAFE_JUNK = {2: "NL312", 3: "NL309", 4: "NL303", 10: "NL202"}
#: Its unsafe junk: the photo credit (NL211, precision 0.965 on the dev set).
CREDIT = 6
FIXED = "\n".join(line for index, line in enumerate(LINES) if index not in SAFE_JUNK)
ISOLATED = ["--isolated"]


def without(lines: list[str], drop) -> list[str]:
    return [line for index, line in enumerate(lines) if index not in drop]


def newslint(*args: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    return run_newslint([*ISOLATED, *args], cwd=cwd, **kwargs)


def fixture(tmp_path: Path, name: str = "story.txt", text: str = ARTICLE) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


# -- --fix ------------------------------------------------------------------------------------------


def test_fix_removes_the_safe_junk_in_place_and_reports_what_remains(tmp_path):
    story = fixture(tmp_path)
    result = newslint("--fix", "story.txt", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == FIXED
    # The photo credit (an unsafe fix) is reported where it now stands: line 4.
    assert result.stdout == "story.txt:4:1: NL211 photo credit on its own line: (Image: © TNG Collaboration)\n"
    assert result.stderr == "Fixed 4 findings (1 remaining, 1 fixable with --unsafe-fixes)\n"
    assert result.returncode == 1
    # A second --fix changes nothing.
    again = newslint("--fix", "story.txt", cwd=tmp_path)
    assert (again.stdout, again.stderr, again.returncode) == (result.stdout, "Fixed 0 findings (1 remaining, 1 fixable with --unsafe-fixes)\n", 1)
    assert story.read_text(encoding="utf-8") == FIXED


def test_unsafe_fixes_remove_the_photo_credit_too(tmp_path):
    story = fixture(tmp_path)
    result = newslint("--fix", "--unsafe-fixes", "story.txt", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == "\n".join(without(LINES, {*SAFE_JUNK, CREDIT}))
    assert (result.stdout, result.stderr, result.returncode) == ("", "Fixed 5 findings (0 remaining)\n", 0)


def test_fix_only_reports_nothing_of_what_remains(tmp_path):
    story = fixture(tmp_path)
    result = newslint("--fix-only", "story.txt", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == FIXED
    assert (result.stdout, result.stderr, result.returncode) == ("", "Fixed 4 findings (1 remaining, 1 fixable with --unsafe-fixes)\n", 0)


def test_show_fixes_lists_what_was_fixed_per_file_and_rule(tmp_path):
    fixture(tmp_path)
    fixture(tmp_path, "b.txt", "A paragraph of the story itself.\n\nJUNK: share this\n\nHe SHOUTED.\n")
    result = newslint("--fix", "--show-fixes", "-p", "fix_fixture_rules", "b.txt", "story.txt",
                      cwd=tmp_path, env=plugin_env())
    assert result.stdout == (
        "story.txt:4:1: NL211 photo credit on its own line: (Image: © TNG Collaboration)\n"
        "Fixed 6 findings:\n"
        "- b.txt:\n"
        "    1 × XF101 (fixture-junk)\n"
        "    1 × XF103 (fixture-shout)\n"
        "- story.txt:\n"
        "    1 × NL202 (read-more-teaser)\n"
        "    1 × NL303 (share-buttons)\n"
        "    1 × NL309 (navigation-menu)\n"
        "    1 × NL312 (timestamp-line)\n")
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == "A paragraph of the story itself.\n\nHe shouted.\n"


def test_a_formatter_is_told_of_each_fixed_finding_before_it_stops(tmp_path):
    fixture(tmp_path)
    result = newslint("--fix", "--format", "fix-calls", "-p", "fix_fixture_rules", "story.txt", cwd=tmp_path,
                      env=plugin_env())
    # Positions of fixed findings are those of the text as read; what remains, of the new text.
    assert result.stdout.splitlines() == ["start", "fixed NL312 3", "fixed NL309 4", "fixed NL303 5",
                                          "fixed NL202 11", "handle NL211 4", "stop 1"]


def test_diff_prints_what_fix_would_change_and_changes_nothing(tmp_path):
    story = fixture(tmp_path)
    result = newslint("--diff", "story.txt", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == ARTICLE
    assert result.returncode == 1
    assert result.stderr == "Would fix 4 findings (1 remaining, 1 fixable with --unsafe-fixes)\n"
    removed = [line[1:] for line in result.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert removed == [LINES[index] for index in sorted(SAFE_JUNK)]
    assert result.stdout.splitlines()[:3] == ["--- story.txt", "+++ story.txt", "@@ -1,14 +1,10 @@"]
    assert not any(line.startswith("+") and not line.startswith("+++") for line in result.stdout.splitlines())
    newslint("--fix", "story.txt", cwd=tmp_path)
    clean = newslint("--diff", "story.txt", cwd=tmp_path)
    assert (clean.stdout, clean.stderr, clean.returncode) == ("", "Would fix 0 findings (1 remaining, 1 fixable with --unsafe-fixes)\n", 0)


# -- what is kept: encodings, line endings, records ----------------------------------------------------


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                           ("utf-16-le", b"\xff\xfe")])
def test_fix_keeps_encoding_bom_and_every_line_ending(tmp_path, encoding, bom):
    endings = ["\r\n", "\n", "\r\n", "\r", "\n"]
    pieces = [(line, endings[index % len(endings)]) for index, line in enumerate(LINES[:-1])]
    pieces.append((LINES[-1], ""))
    raw = "".join(line + ending for line, ending in pieces)
    story = tmp_path / "story.txt"
    story.write_bytes(bom + raw.encode(encoding))
    result = newslint("--fix", "story.txt", cwd=tmp_path)
    assert result.stderr == "Fixed 4 findings (1 remaining, 1 fixable with --unsafe-fixes)\n"
    kept = "".join(line + ending for index, (line, ending) in enumerate(pieces) if index not in SAFE_JUNK)
    assert story.read_bytes() == bom + kept.encode(encoding)


EXPRESS = (FIXTURES / "express.jsonl").read_text(encoding="utf-8").splitlines()


def express_text_after_fix() -> str:
    lines = json.loads(EXPRESS[0])["text"].split("\n")
    # Safe: the section label, two stamps, the comment counter ("0"), two teasers, the Related
    # heading (0-based lines).
    return "\n".join(without(lines, {0, 4, 5, 6, 8, 19, 21}))


def test_fix_rewrites_only_the_text_field_of_a_record(tmp_path):
    first = json.loads(EXPRESS[0])
    # The record as another tool writes it: escaped non-ASCII, compact separators, a CRLF line.
    compact = json.dumps(first, separators=(",", ":")) + "\r\n"
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(compact.encode("utf-8") + b"\n" + (EXPRESS[1] + "\n").encode("utf-8"))
    result = newslint("--fix", "--select", "NL2,NL3", "shard.jsonl", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    lines = shard.read_bytes().split(b"\n")
    new = lines[0].decode("utf-8")
    token_start = compact.index('"text":"') + len('"text":')
    token_end = compact.index(',"date_publish"')
    # Every byte outside the text's string is as it was; the string is the fixed text, escaped
    # as the record escaped it.
    assert new[:token_start] == compact[:token_start]
    assert new.endswith(compact[token_end:].rstrip("\n"))
    assert json.loads(new)["text"] == express_text_after_fix()
    assert new[token_start:len(new) - len(compact[token_end:].rstrip("\n"))] == json.dumps(express_text_after_fix())
    assert lines[1] == b""  # the blank line stays
    # The second record, paragraphs apart: its two "Related:" teasers and the three headlines of
    # other stories after its last paragraph (NL205) go, each with one of the blank lines around it.
    before = json.loads(EXPRESS[1])["text"].split("\n")
    after = json.loads(lines[2])["text"].split("\n")
    teasers = [index for index, line in enumerate(before) if line.startswith("Related:")]
    assert len(teasers) == 2
    others = [before.index(title) for title in ("15 Amazing Images of Stars",
                                                "11 Fascinating Facts About Our Milky Way Galaxy",
                                                "The 11 Biggest Unanswered Questions About Dark Matter")]
    assert [line for line in after if line.strip()] == [
        line for index, line in enumerate(before) if line.strip() and index not in teasers + others]
    assert len(after) == len(before) - 10


def test_fix_output_mirrors_the_inputs_and_gzip_stays_gzip(tmp_path):
    inputs = tmp_path / "corpus"
    fixture(inputs / "news", "story.txt")
    clean = fixture(inputs / "news", "clean.md", "# A clean page\n\nNothing to fix here.\n")
    with gzip.open(inputs / "news" / "shard.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(EXPRESS[0] + "\n")
    before = {path: path.read_bytes() for path in inputs.rglob("*") if path.is_file()}
    result = newslint("--fix-output", "cleaned", "--select", "NL2,NL3", "corpus", cwd=tmp_path)
    assert {path: path.read_bytes() for path in inputs.rglob("*") if path.is_file()} == before
    out = tmp_path / "cleaned" / "corpus" / "news"
    assert sorted(path.name for path in out.iterdir()) == ["clean.md", "shard.jsonl.gz", "story.txt"]
    assert (out / "story.txt").read_text(encoding="utf-8") == FIXED
    assert (out / "clean.md").read_bytes() == clean.read_bytes()
    with gzip.open(out / "shard.jsonl.gz", "rt", encoding="utf-8") as handle:
        assert json.loads(handle.read())["text"] == express_text_after_fix()
    # What remains is reported in the cleaned copies.
    assert result.stdout.startswith(f"cleaned{os.sep}corpus{os.sep}news{os.sep}shard.jsonl.gz:1:1: NL210 ")
    assert f"cleaned{os.sep}corpus{os.sep}news{os.sep}story.txt:4:1: NL211 " in result.stdout


def test_fix_audit_lists_what_was_removed_from_each_record(tmp_path):
    shard = fixture(tmp_path, "shard.jsonl", EXPRESS[0] + "\n")
    newslint("--fix", "--select", "NL312", "--fix-audit", "cleaning", "shard.jsonl", cwd=tmp_path)
    record = json.loads(shard.read_text(encoding="utf-8"))
    lines = json.loads(EXPRESS[0])["text"].split("\n")
    assert record["cleaning"] == [
        {"code": "NL312", "lines": [5, 5], "replacement": "",
         "fingerprint": hashlib.sha256((lines[4] + "\n").encode()).hexdigest()[:16]},
        {"code": "NL312", "lines": [6, 6], "replacement": "",
         "fingerprint": hashlib.sha256((lines[5] + "\n").encode()).hexdigest()[:16]},
    ]
    assert record["text"] == "\n".join(without(lines, {4, 5}))
    assert list(record) == [*json.loads(EXPRESS[0]), "cleaning"]


def test_fix_keeps_a_pretty_printed_json_file_as_it_was_written(tmp_path):
    records = [json.loads(EXPRESS[0]), {"id": "short", "text": "Nothing to fix in this one."}]
    original = json.dumps(records, indent=4, ensure_ascii=False) + "\n"
    path = fixture(tmp_path, "pages.json", original)
    newslint("--fix", "--select", "NL2,NL3", "pages.json", cwd=tmp_path)
    new = path.read_text(encoding="utf-8")
    old_token = json.dumps(records[0]["text"], ensure_ascii=False)
    assert new == original.replace(old_token, json.dumps(express_text_after_fix(), ensure_ascii=False))


# -- the run: jobs, Dask, baseline, ignores, selection ---------------------------------------------------


def corpus(root: Path) -> None:
    for number in range(6):
        fixture(root / f"part{number % 2}", f"story{number}.txt", ARTICLE)
    fixture(root, "shard.jsonl", "\n".join(EXPRESS) + "\n")


def tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_many_jobs_and_dask_write_the_same_bytes_as_one_process(tmp_path):
    corpus(tmp_path / "in")
    runs = {}
    for name, extra in (("one", []), ("jobs", ["--jobs", "2"]), ("dask", ["--dask", "local"])):
        result = newslint("--fix-output", name, "--fix-audit", "cleaning", *extra, "in",
                          cwd=tmp_path, timeout=180)
        assert result.returncode == 1, result.stderr
        # (Dask may warn on standard error about its own ports: the closing line is ours.)
        runs[name] = (tree(tmp_path / name), result.stdout.replace(name + os.sep, ""),
                      result.stderr.splitlines()[-1])
    assert runs["one"] == runs["jobs"] == runs["dask"]
    files = runs["one"][0]
    assert len(files) == 7
    assert files["in/part0/story0.txt"].decode("utf-8") == FIXED
    assert runs["one"][2] == "Fixed 36 findings (10 remaining, 9 fixable with --unsafe-fixes)"


def test_a_corpus_rule_s_findings_are_fixed_in_every_document(tmp_path):
    site = "SITE: Subscribe to the Daily Bugle for the day's news"
    fixture(tmp_path / "in", "a.txt", f"The first story.\n\n{site}\n\nIts end.\n")
    fixture(tmp_path / "in", "b.txt", f"{site}\n\nThe second story.\n")
    fixture(tmp_path / "in", "shard.jsonl", json.dumps({"id": "c", "text": f"Third.\n{site}"}) + "\n"
            + json.dumps({"id": "d", "text": "SITE: only here\nFourth."}) + "\n")
    runs = {}
    for name, extra in (("one", []), ("jobs", ["--jobs", "2"])):
        result = newslint("-p", "fix_fixture_rules", "--select", "XF105", "--fix-output", name, *extra,
                          "in", cwd=tmp_path, env=plugin_env())
        runs[name] = tree(tmp_path / name), result.stderr, result.returncode
    assert runs["one"] == runs["jobs"]
    files, stderr, status = runs["one"]
    assert (stderr, status) == ("Fixed 3 findings (0 remaining)\n", 0)
    assert files["in/a.txt"] == b"The first story.\n\nIts end.\n"
    assert files["in/b.txt"] == b"The second story.\n"
    records = [json.loads(line) for line in files["in/shard.jsonl"].splitlines()]
    assert [record["text"] for record in records] == ["Third.", "SITE: only here\nFourth."]


def test_baselined_findings_are_not_fixed(tmp_path):
    story = fixture(tmp_path)
    newslint("--select", "NL202", "--write-baseline", "baseline.json", "story.txt", cwd=tmp_path)
    result = newslint("--fix", "--baseline", "baseline.json", "story.txt", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == "\n".join(without(LINES, {2, 3, 4}))
    assert result.stdout == "story.txt:4:1: NL211 photo credit on its own line: (Image: © TNG Collaboration)\n"
    assert result.stderr == "Fixed 3 findings (1 remaining, 1 fixable with --unsafe-fixes)\n"


def test_inline_ignores_and_selection_decide_what_is_fixed(tmp_path):
    text = "\n".join(LINES[:2] + ["<!-- newslint: ignore NL312 -->"] + LINES[2:])
    page = fixture(tmp_path, "page.md", text)
    result = newslint("--fix", "--ignore", "NL202", "page.md", cwd=tmp_path)
    lines = text.split("\n")
    # The stamp (ignored inline) and the teaser (--ignore) stay; the menu item and share bar go.
    assert page.read_text(encoding="utf-8") == "\n".join(without(lines, {4, 5}))
    assert result.stderr == "Fixed 2 findings (1 remaining, 1 fixable with --unsafe-fixes)\n"
    selected = fixture(tmp_path, "selected.txt")
    newslint("--fix", "--select", "NL312", "selected.txt", cwd=tmp_path)
    assert selected.read_text(encoding="utf-8") == "\n".join(without(LINES, {2}))


def test_standard_input_is_fixed_to_standard_output(tmp_path):
    result = newslint("--fix", "-", cwd=tmp_path, input=ARTICLE.encode("utf-8"))
    assert result.stdout == FIXED
    assert result.stderr == ("stdin:4:1: NL211 photo credit on its own line: (Image: © TNG Collaboration)\n"
                             "Fixed 4 findings (1 remaining, 1 fixable with --unsafe-fixes)\n")


# -- failures: one line, the original intact -----------------------------------------------------------


def assert_error_lines(result, *expected: str) -> None:
    errors = [line for line in result.stderr.splitlines() if line.startswith("newslint: error:")]
    assert errors == [f"newslint: error: {line}" for line in expected]
    assert "Traceback" not in result.stderr


def test_usage_mistakes_are_one_line_and_exit_2(tmp_path):
    fixture(tmp_path)
    for args, message in ((["--fix-audit", "x"], "--fix-audit: nothing is fixed without --fix, --fix-only or --fix-output"),
                          (["--diff", "--fix-output", "out"], "--diff writes nothing: it does not go with --fix-output")):
        result = newslint(*args, "story.txt", cwd=tmp_path)
        assert (result.returncode, result.stdout) == (2, "")
        assert_error_lines(result, message)


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path):
    pause = tmp_path / "pause"
    pause.mkdir()
    story = fixture(tmp_path, "story.txt", "The story.\n\nJUNK: share this\n\nPAUSE\n")
    other = fixture(tmp_path, "other.txt", "Another story.\n\nJUNK: share this\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", "--isolated", "-p", "fix_fixture_rules", "--select",
         "XF101,XF104", "--rule-timeout", "600", "--fix", "other.txt", "story.txt"],
        cwd=tmp_path, env={**os.environ, **plugin_env(NEWSLINT_FIXTURE_PAUSE=str(pause))},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while not (pause / "paused").exists():  # story.txt is read and being linted
            assert process.poll() is None, process.communicate()
            time.sleep(0.01)
        story.write_text("The story, edited by hand meanwhile.\n\nJUNK: share this\n\nPAUSE\n", encoding="utf-8")
        (pause / "go").write_text("go", encoding="utf-8")
        stdout, stderr = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 2
    assert "newslint: error: story.txt: changed on disk since it was read; not overwritten (run again to fix it)\n" in stderr
    assert story.read_text(encoding="utf-8") == "The story, edited by hand meanwhile.\n\nJUNK: share this\n\nPAUSE\n"
    assert other.read_text(encoding="utf-8") == "Another story.\n"
    # The edited file is reported as it now is.
    assert stdout == "story.txt:3:1: XF101 junk line\n"


def unshare_available() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


def test_an_unwritable_file_is_left_intact_and_said_in_one_line(tmp_path):
    locked_dir = tmp_path / "archive"
    locked = fixture(locked_dir, "locked.txt")
    free = fixture(tmp_path, "free.txt")
    command = [sys.executable, "-m", "newslint", "--isolated", "--fix", "free.txt", "archive/locked.txt"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(REPO)}
    if os.geteuid() != 0:
        locked.chmod(0o444)
        locked_dir.chmod(0o555)
        reason = "Permission denied"
        result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        locked_dir.chmod(0o755)
    elif unshare_available():
        # Root may write any file: the archive is mounted read-only instead, as a real archive is.
        reason = "Read-only file system"
        script = (f"mount --bind {locked_dir} {locked_dir} && mount -o remount,ro,bind {locked_dir} && "
                  + " ".join(f"'{part}'" for part in command))
        result = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=120)
    else:
        pytest.skip("running as root without user namespaces: nothing is unwritable")
    assert result.returncode == 2, result.stderr
    assert_error_lines(result, f"archive/locked.txt: cannot write the fixes: {reason}; left as it was")
    assert locked.read_text(encoding="utf-8") == ARTICLE
    assert free.read_text(encoding="utf-8") == FIXED
    assert result.stderr.endswith("Fixed 4 findings (6 remaining, 2 fixable with --unsafe-fixes)\n")


def test_a_write_that_fails_halfway_leaves_the_original(tmp_path):
    # A file size limit makes the write fail for real (EFBIG) once the temporary file is big.
    import resource

    big = fixture(tmp_path, "big.txt", ARTICLE * 40)
    small = fixture(tmp_path, "small.txt", "The story.\n\nJUNK: share this\n")

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))

    result = subprocess.run([sys.executable, "-m", "newslint", "--isolated", "-p", "fix_fixture_rules", "--fix",
                             "--select", "NL3,XF101", "big.txt", "small.txt"], cwd=tmp_path,
                            env={**os.environ, **plugin_env()}, capture_output=True, text=True,
                            preexec_fn=limit, timeout=120)
    assert result.returncode == 2
    assert_error_lines(result, "big.txt: cannot write the fixes: File too large; left as it was")
    assert big.read_text(encoding="utf-8") == ARTICLE * 40
    assert small.read_text(encoding="utf-8") == "The story.\n"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")] == []


@pytest.mark.skipif(not unshare_available(), reason="no user namespaces to mount a small tmpfs in")
def test_a_full_disk_leaves_the_original_intact(tmp_path):
    script = tmp_path / "run.sh"
    work = tmp_path / "disk"
    work.mkdir()
    (tmp_path / "story.txt").write_text(ARTICLE * 30, encoding="utf-8")
    # A 128 KiB disk holding the 100 KiB story: its fixed copy cannot fit beside it.
    script.write_text(
        f"mount -t tmpfs -o size=128k tmpfs {work}\n"
        f"cp {tmp_path / 'story.txt'} {work}/story.txt\n"
        f"cd {work} && {sys.executable} -m newslint --isolated --select NL3 --fix story.txt\n"
        f"echo \"exit $?\"\n"
        f"cmp {tmp_path / 'story.txt'} {work}/story.txt && echo intact\n"
        f"ls -a {work}\n", encoding="utf-8")
    result = subprocess.run(["unshare", "-rm", "sh", str(script)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(REPO)},
                            timeout=120)
    assert "exit 2" in result.stdout and "intact" in result.stdout, result.stdout + result.stderr
    assert "newslint: error: story.txt: cannot write the fixes: No space left on device; left as it was\n" in result.stderr
    assert result.stdout.split("intact\n")[1].split() == [".", "..", "story.txt"]


def interruptible() -> None:
    """In the child: Ctrl-C does what it does in a terminal (a test run in the background, where
    the shell ignores SIGINT, must not hand that on)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_while_a_run_waits_leaves_every_file_old_or_new(tmp_path):
    # Files are fixed in the order of their paths: the pipe stands between the a's and the z's.
    names = [f"a{number}.txt" for number in range(3)] + ["m-pipe.txt"] + [f"z{number}.txt" for number in range(3)]
    for name in names:
        if name != "m-pipe.txt":
            fixture(tmp_path, name)
    os.mkfifo(tmp_path / "m-pipe.txt")
    process = subprocess.Popen([sys.executable, "-m", "newslint", "--isolated", "--fix", *names], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONIOENCODING": "utf-8"}, preexec_fn=interruptible)
    try:
        # The files before the pipe are fixed, then the run blocks reading the pipe: interrupt it.
        # (The deadline only turns a state that never comes, the run stuck elsewhere, into a
        # failure instead of a hang.)
        deadline = time.monotonic() + 300
        while not all((tmp_path / f"a{number}.txt").read_text(encoding="utf-8") == FIXED for number in range(3)):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the files before the pipe were never fixed"
            time.sleep(0.01)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130
    assert stderr.endswith("newslint: error: interrupted\n") and "Traceback" not in stderr
    for number in range(3):
        assert (tmp_path / f"z{number}.txt").read_text(encoding="utf-8") == ARTICLE
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


def test_ctrl_c_at_any_moment_leaves_no_file_half_written(tmp_path):
    big = ARTICLE * 200  # ~700 kB each: writing one takes a while
    # "New" is what a run that is not interrupted writes.
    reference = fixture(tmp_path / "reference", "s.txt", big)
    newslint("--fix", "s.txt", cwd=reference.parent)
    fixed_big = reference.read_text(encoding="utf-8")
    assert fixed_big != big
    names = [f"s{number:02d}.txt" for number in range(24)]
    for name in names:
        fixture(tmp_path, name, big)
    process = subprocess.Popen([sys.executable, "-m", "newslint", "--isolated", "--fix", "--jobs", "2", *names],
                               cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
                               preexec_fn=interruptible)
    try:
        # As soon as one file is new, interrupt the whole group (as Ctrl-C does): the others are
        # being read, linted or written at that moment.
        while not any(len((tmp_path / name).read_bytes()) != len(big.encode()) for name in names):
            assert process.poll() is None, process.communicate()
            time.sleep(0.005)
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert "Traceback" not in stderr
    states = [(tmp_path / name).read_text(encoding="utf-8") for name in names]
    assert all(state in (big, fixed_big) for state in states)
    assert fixed_big in states
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


def test_what_cannot_be_fixed_safely_is_left_with_a_warning(tmp_path):
    # A byte that is not UTF-8: the file is reported (NL912) and not rewritten.
    raw = ARTICLE.encode("utf-8").replace(b"Space ", b"Sp\xe9ce ")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(raw)
    result = newslint("--fix", "broken.txt", cwd=tmp_path)
    assert broken.read_bytes() == raw
    assert re.search(r"^newslint: warning: broken.txt: not fixed: invalid UTF-8 at byte \d+ \(0xe9\), "
                     r"replaced with U\+FFFD$", result.stderr, re.M), result.stderr
    assert result.returncode == 1


def test_rule_docs_say_whether_a_rule_has_a_fix_and_whether_it_is_safe(tmp_path):
    pages = {code: run_newslint(["rule", code], cwd=tmp_path).stdout for code in ("NL312", "NL211", "NL407", "NL101")}
    assert "\nFix: removes the flagged line (safe).\n" in pages["NL312"]
    assert "\nFix: removes the flagged line (unsafe: only with --unsafe-fixes).\n" in pages["NL211"]
    assert "\nFix: repairs the flagged text (safe).\n" in pages["NL407"]
    assert "\nFix: none.\n" in pages["NL101"]
    catalogue = {rule["code"]: rule for rule in json.loads(
        run_newslint(["rules", "--format", "json"], cwd=tmp_path).stdout)}
    assert catalogue["NL312"]["fix"] == {"how": "remove-line", "safe": True}
    assert catalogue["NL101"]["fix"] is None
    table = {line.split()[0]: line.split()[3] for line in run_newslint(["rules"], cwd=tmp_path).stdout.splitlines()[1:]}
    assert (table["NL312"], table["NL211"], table["NL101"]) == ("safe", "unsafe", "-")


def test_standard_input_records_and_unfixable_input_come_back_whole(tmp_path):
    shard = (EXPRESS[0] + "\n").encode("utf-8")
    result = newslint("--fix", "--select", "NL312", "--stdin-display-name", "in.jsonl", "-", cwd=tmp_path,
                      input=shard)
    assert json.loads(result.stdout)["text"] == "\n".join(without(json.loads(EXPRESS[0])["text"].split("\n"), {4, 5}))
    assert result.stderr == "Fixed 2 findings (0 remaining)\n"
    # Bytes that are not UTF-8: not fixed, and written back as they came.
    broken = ARTICLE.encode("utf-8").replace(b"Space ", b"Sp\xe9ce ")
    raw = subprocess.run([sys.executable, "-m", "newslint", *ISOLATED, "--fix", "-"], cwd=tmp_path,
                         input=broken, capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert raw.returncode == 1
    assert raw.stdout == broken
    assert "newslint: warning: stdin: not fixed: invalid UTF-8" in raw.stderr.decode("utf-8")
