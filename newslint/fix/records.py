"""Rewrite one record (the JSON text of one object) with its text field fixed.

Only the text field's string token changes, and inside it only the characters a fix removed or
put in: every other byte of the record stays as it was (key order, spacing, number formats, the
other fields, and how each kept character of the text was escaped). With an audit field asked
for (``--fix-audit FIELD``), a member ``"FIELD": [...]`` is added after the last member, written
with the record's own separators (``", "`` or ``","``, ``": "`` or ``":"``, a new line and
indentation in a pretty-printed object); if the record already has that field and it is a list
(an earlier cleaning), the new entries are added to it.
"""

from __future__ import annotations

import json
from typing import Optional

from newslint.document import Document, normalise_newlines
from newslint.fix.document import Outcome
from newslint.fix.jsontext import Member, ObjectText, parse_object
from newslint.fix.stored import Stored, json_pieces, writes_ascii


class RecordError(ValueError):
    """The record cannot be rewritten as asked (the message says why, in words for the user)."""


class RecordText:
    """One record's JSON text, parsed far enough to replace its text field."""

    def __init__(self, body: str, document: Document, audit: Optional[str] = None):
        self.body = body
        self.audit = audit
        start = 1 if body.startswith("\ufeff") else 0
        try:
            self.object: ObjectText = parse_object(body, start)
        except (ValueError, IndexError) as error:
            raise RecordError(f"cannot locate the record's fields ({error})") from None
        member = self.object.last(document.field or "")
        if member is None:
            raise RecordError(f"cannot locate the record's {document.field!r} field")
        self.member: Member = member
        token = body[member.value_start:member.value_end]
        try:
            value, pieces = json_pieces(token)
        except ValueError as error:
            raise RecordError(f"cannot read the record's {document.field!r} field ({error})") from None
        if normalise_newlines(value) != document.text:
            raise RecordError(f"the record's {document.field!r} field does not read as linted")
        self.stored = Stored(value, pieces, ascii=writes_ascii(token))
        self.earlier: list = []
        existing = self.object.last(audit) if audit else None
        if existing is not None:
            try:
                earlier = json.loads(body[existing.value_start:existing.value_end])
            except ValueError:
                earlier = None
            if not isinstance(earlier, list):
                raise RecordError(f"the record's {audit!r} field is not a list; the audit would "
                                  f"overwrite it")
            self.earlier = earlier

    def rewritten(self, outcome: Outcome) -> str:
        """The record's JSON text with the fixed text (``outcome.stored`` is :attr:`stored`, after
        the fixes) and, when an audit field was asked for, the changes listed there."""
        body = self.body
        edits = [(self.member.value_start, self.member.value_end, self.stored.json())]
        if self.audit:
            edits.append(self._audit_edit(self.audit, [change.audit() for change in outcome.changes]))
        for start, end, replacement in sorted(edits, reverse=True):
            body = body[:start] + replacement + body[end:]
        return body

    def _audit_edit(self, field: str, entries: list[dict]) -> tuple[int, int, str]:
        body = self.body
        members = self.object.members
        colon = body[self.member.key_end:self.member.value_start]
        compact = colon.strip() == colon
        separators = (",", ":") if compact else (", ", ": ")
        existing = self.object.last(field)
        if existing is not None:
            return (existing.value_start, existing.value_end, json.dumps(
                self.earlier + entries, ensure_ascii=self.stored.ascii, separators=separators))
        last = members[-1]
        if len(members) > 1:
            between = body[members[-2].value_end:last.key_start]
        else:
            spacing = body[body.rfind("{", 0, last.key_start) + 1:last.key_start]
            between = "," + spacing if "\n" in spacing else separators[0]
        member = (between + json.dumps(field, ensure_ascii=self.stored.ascii) + colon
                  + json.dumps(entries, ensure_ascii=self.stored.ascii, separators=separators))
        return (last.value_end, last.value_end, member)
