"""``--diff``: what ``--fix`` would change, as a unified diff (``diff -u``, ``git diff``, ruff's
``--diff``), of a file's text or of a record's text field."""

from __future__ import annotations

import difflib

from newslint.document import Document


def unified(old: str, new: str, name: str) -> str:
    """The unified diff turning ``old`` into ``new`` (lines as the rules see them, ``\\n``), with
    ``name`` on both header lines; a last line without a newline is marked as ``diff`` marks it."""
    out: list[str] = []
    for line in difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                     fromfile=name, tofile=name):
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


def document_name(document: Document) -> str:
    """How a diff names a document: the path, and for a record its line, id and field."""
    if document.record is None:
        return document.path
    where = f"record {document.record_id}" if document.record_id else f"record #{document.record}"
    return f"{document.path}:{document.record} [{where}, {document.field}]"
