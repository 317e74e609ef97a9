"""The ``NL9xx`` codes: problems with the input or the run itself.

They are rules in the catalogue (so they can be selected, ignored and documented like any other)
but they never run on text: the readers and the engine report them.
"""

from __future__ import annotations

from newslint import hookimpl
from newslint.rule import Rule
from newslint.violation import Severity


class Problem(Rule):
    kind = "problem"
    languages = ("*",)


def _problem(code: str, name: str, severity: Severity, summary: str, doc: str) -> type[Problem]:
    return type(name.title().replace("-", ""), (Problem,), {
        "code": code, "name": name, "severity": severity, "summary": summary, "__doc__": doc,
    })


RuleCrashed = _problem("NL901", "rule-crashed", Severity.ERROR, "A rule raised an exception on this document", """
    What it flags: a rule that raised an exception while checking this document.
    Why it matters: the document was not fully checked; the other rules and documents still were.
    Example: ``NL901 rule NL201 (see-also-link) crashed: ValueError: …``.""")
RuleTimedOut = _problem("NL902", "rule-timed-out", Severity.ERROR, "A rule ran past its time budget on this document", """
    What it flags: a rule that ran longer than ``rule-timeout`` seconds on one document.
    Why it matters: the rule was stopped for this document; its findings there are missing.
    Example: ``NL902 rule NL999 (slow-rule) timed out after 10.0 s``.""")
BadFinding = _problem("NL903", "bad-finding", Severity.ERROR, "A rule reported a malformed finding or a position outside the text", """
    What it flags: a finding whose span lies outside the document or that is not a Hit.
    Why it matters: a broken plugin; the bad finding is dropped, the rest are kept.
    Example: ``NL903 rule NL999 (bad-rule) reported span 10..99999 outside the text (length 120)``.""")
UnreadableFile = _problem("NL910", "unreadable-file", Severity.ERROR, "A file could not be read (missing, permission, vanished)", """
    What it flags: a path that does not exist, cannot be opened or disappeared during the run
    (flake8's E902).
    Why it matters: nothing in it was checked; the other files were.
    Example: ``missing.txt:1:1: NL910 cannot read file: No such file or directory``.""")
BinaryFile = _problem("NL911", "binary-file", Severity.WARNING, "A file is binary (NUL bytes), not text; it was skipped", """
    What it flags: a file holding NUL bytes or another binary signature.
    Why it matters: binary data is not article text; linting it would only produce noise.
    Example: ``photo.txt:1:1: NL911 binary file (NUL byte at offset 12), skipped``.""")
UndecodableText = _problem("NL912", "undecodable-text", Severity.WARNING, "Bytes that are not valid UTF-8 (replaced; the rest was checked)", """
    What it flags: bytes that are not valid in the file's encoding, with their byte offset.
    Why it matters: the scrape stored text in the wrong encoding or was cut mid-character.
    Example: ``story.txt:3:7: NL912 invalid UTF-8 at byte 214 (0xe9)``.""")
BadRecord = _problem("NL920", "bad-record", Severity.ERROR, "A record could not be read (not JSON, no text field, wrong type)", """
    What it flags: a record that is not valid JSON, has no text field, or whose text is not a string.
    Why it matters: that record was not checked; every other record was.
    Example: ``shard.jsonl:7:1: NL920 record is not valid JSON: Expecting ',' delimiter``.""")
CorruptArchive = _problem("NL921", "corrupt-archive", Severity.ERROR, "A compressed file is corrupt or truncated", """
    What it flags: a ``.gz`` file that cannot be decompressed to the end.
    Why it matters: the records after the damage were not checked.
    Example: ``shard.jsonl.gz:1041:1: NL921 gzip stream corrupt after record 1040``.""")
OversizedInput = _problem("NL922", "oversized-input", Severity.WARNING, "A document is larger than the configured limit; it was skipped", """
    What it flags: a file or record larger than the size limit.
    Why it matters: a page of hundreds of megabytes is not an article; checking it would stall the run.
    Example: ``dump.txt:1:1: NL922 document of 300.0 MB exceeds the 64 MB limit, skipped``.""")

PROBLEMS = [RuleCrashed, RuleTimedOut, BadFinding, UnreadableFile, BinaryFile, UndecodableText,
            BadRecord, CorruptArchive, OversizedInput]


@hookimpl
def newslint_rules() -> list[type[Rule]]:
    return list(PROBLEMS)
