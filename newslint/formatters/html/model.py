"""What the HTML report says, computed from the findings (and the documents, when given).

:func:`build` turns the run's findings, its fixed findings, its statistics and (optionally) the
documents read again after the run into a :class:`Report`: totals, counts per family, rule, site
and named record field, the documents ranked worst first, and the text of the ones shown in full.
Nothing here writes HTML (:mod:`.render` does), so the numbers can be tested on their own.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field as dataclass_field
from typing import Any, Iterable, Optional, Sequence
from urllib.parse import urlsplit

from newslint.formatters.base import ReportOptions, RunStats
from newslint.violation import Violation

#: What each built-in family of codes is about (as the README's table says).
FAMILIES = {
    "NL1": "article structure and credits",
    "NL2": "injected content",
    "NL3": "page boilerplate",
    "NL4": "text integrity",
    "NL9": "problems of the input or the run",
}
SEVERITIES = ("error", "warning", "info")
#: Rows a count table (sites, field values) lists at most; the rest are summed up in one line.
MAX_GROUP_ROWS = 2000
#: Documents the table of documents lists at most (the worst ones); the JSON output has them all.
MAX_TABLE_DOCUMENTS = 10000
#: The value shown for a record without the field, and for a document without a site.
MISSING = "(no value)"
NO_SITE = "(no site)"

_FAMILY = re.compile(r"^([A-Z]+\d)")


def family_of(code: str) -> str:
    """``NL2xx`` for ``NL201``; a code of another shape is its own family."""
    match = _FAMILY.match(code)
    return f"{match.group(1)}xx" if match else code


def site_of(url: Optional[str], outlet: Optional[str]) -> Optional[str]:
    """The site a record came from: the host of its URL (without ``www.``), else its outlet field."""
    if url:
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if host:
            return host[4:] if host.startswith("www.") else host
    return outlet or None


def field_text(value: Any) -> str:
    """A record field's value as one short line of text, for grouping."""
    if value is None:
        return MISSING
    if isinstance(value, str):
        value = " ".join(value.split())
        return value[:120] if value else MISSING
    return json.dumps(value, ensure_ascii=False, sort_keys=True)[:120]


@dataclass
class Doc:
    """One document with findings (or fixed findings)."""

    #: Order of its first finding in the report (the run's order).
    order: int
    path: str
    record: Optional[int]
    record_id: Optional[str]
    field: Optional[str]
    violations: list[Violation] = dataclass_field(default_factory=list)
    fixed: list[Violation] = dataclass_field(default_factory=list)
    site: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    groups: dict[str, str] = dataclass_field(default_factory=dict)
    #: The document's text, read again after the run; only for documents shown in full.
    text: Optional[str] = None
    #: 1-based place among the documents shown in full, or 0 when only in the tables.
    shown: int = 0

    @property
    def key(self) -> tuple[str, Optional[int]]:
        return self.path, self.record

    @property
    def anchor(self) -> str:
        return f"doc-{self.shown}"

    @property
    def where(self) -> str:
        """``record 17 (id abc123), field text`` for a record, ``""`` for a file."""
        if self.record is None:
            return ""
        parts = [f"record {self.record}" + (f" (id {self.record_id})" if self.record_id else "")]
        if self.field:
            parts.append(f"field {self.field}")
        return ", ".join(parts)

    def severities(self) -> Counter:
        return Counter(str(v.severity) for v in self.violations)

    def codes(self) -> Counter:
        return Counter(v.code for v in self.violations)

    def rank_key(self) -> tuple:
        """Worst first: most findings, then most errors, then most fixed, then report order."""
        errors = sum(1 for v in self.violations if str(v.severity) == "error")
        return -len(self.violations), -errors, -len(self.fixed), self.order


@dataclass
class Row:
    """One line of a count table: a family, a rule, a site or a field value."""

    key: str
    label: str = ""
    documents: int = 0
    flagged: int = 0
    findings: int = 0
    fixed: int = 0
    severities: Counter = dataclass_field(default_factory=Counter)
    codes: Counter = dataclass_field(default_factory=Counter)


@dataclass
class Table:
    """Counts per value of something (``site``, or a record field)."""

    name: str
    #: The anchor of its section (``by-site``, ``by-field-extractor``).
    anchor: str
    rows: list[Row]
    #: Rows beyond :data:`MAX_GROUP_ROWS`, summed up.
    more: Optional[Row] = None


@dataclass
class Report:
    tool_version: str
    paths: list[str]
    files: int
    documents: int
    findings: int
    severities: Counter
    fixed: int
    families: list[Row]
    rules: list[Row]
    tables: list[Table]
    #: Documents with findings or fixed findings, worst first.
    ranked: list[Doc]
    #: The first of them, shown in full.
    shown: list[Doc]
    #: Rule code → rule class (for summaries and documentation), as the formatter got them.
    rule_classes: dict[str, type]
    #: Whether the documents were read again (text, sites, fields available).
    has_documents: bool
    #: Whether any document is a record (record, site and field columns make sense).
    has_records: bool
    fixed_findings: list[Violation]
    group_by: tuple[str, ...] = ()

    @property
    def flagged(self) -> int:
        return sum(1 for doc in self.ranked if doc.violations)


def _tally(row: Row, doc: Optional[Doc]) -> None:
    row.documents += 1
    if doc is None:
        return
    if doc.violations:
        row.flagged += 1
    row.findings += len(doc.violations)
    row.fixed += len(doc.fixed)
    for violation in doc.violations:
        row.severities[str(violation.severity)] += 1
        row.codes[violation.code] += 1


def _count_rows(docs: Iterable[Doc], key_of, labels: dict[str, str]) -> list[Row]:
    """Rows keyed by ``key_of(code)`` over every finding: findings, documents, fixed."""
    rows: dict[str, Row] = {}
    for doc in docs:
        seen: set[str] = set()
        for violation in doc.violations:
            key = key_of(violation.code)
            row = rows.setdefault(key, Row(key, labels.get(key, "")))
            row.findings += 1
            row.severities[str(violation.severity)] += 1
            row.codes[violation.code] += 1
            if key not in seen:
                seen.add(key)
                row.flagged += 1
        for violation in doc.fixed:
            key = key_of(violation.code)
            rows.setdefault(key, Row(key, labels.get(key, ""))).fixed += 1
    return sorted(rows.values(), key=lambda r: (-r.findings, -r.fixed, r.key))


def _ordered(rows: dict[str, Row], name: str, anchor: str) -> Table:
    ranked = sorted(rows.values(), key=lambda r: (-r.findings, -r.flagged, -r.documents, r.key))
    table = Table(name, anchor, ranked[:MAX_GROUP_ROWS])
    rest = ranked[MAX_GROUP_ROWS:]
    if rest:
        more = Row(f"{len(rest):,} more")
        for row in rest:
            more.documents += row.documents
            more.flagged += row.flagged
            more.findings += row.findings
            more.fixed += row.fixed
            more.severities.update(row.severities)
            more.codes.update(row.codes)
        table.more = more
    return table


def _anchor(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "field"


def build(violations: Sequence[Violation], fixed: Sequence[Violation], stats: RunStats,
          options: ReportOptions) -> Report:
    """The report of a run: its findings, fixed findings and statistics, and the documents."""
    docs: dict[tuple[str, Optional[int]], Doc] = {}

    def doc_for(violation: Violation) -> Doc:
        key = (violation.path, violation.record)
        doc = docs.get(key)
        if doc is None:
            doc = docs[key] = Doc(len(docs), violation.path, violation.record,
                                  violation.record_id, violation.field)
        elif doc.field is None and violation.field:
            doc.field = violation.field
        return doc

    for violation in violations:
        doc_for(violation).violations.append(violation)
    for violation in fixed:
        doc_for(violation).fixed.append(violation)
    ranked = sorted(docs.values(), key=Doc.rank_key)
    shown = ranked[:max(options.max_documents, 0)]
    for place, doc in enumerate(shown, 1):
        doc.shown = place

    group_by = tuple(dict.fromkeys(options.group_by))
    tables: list[Table] = []
    documents_read = 0
    has_records = any(doc.record is not None for doc in docs.values())
    if options.documents is not None:
        sites: dict[str, Row] = {}
        any_site = False
        groups: dict[str, dict[str, Row]] = {name: {} for name in group_by}
        for document in options.documents.documents(stats.paths):
            documents_read += 1
            found = docs.get((document.path, document.record))
            if document.record is not None:
                has_records = True
            site = site_of(document.url, document.outlet)
            any_site = any_site or site is not None
            _tally(sites.setdefault(site or NO_SITE, Row(site or NO_SITE)), found)
            meta = getattr(document, "meta", None) or {}
            values = {name: field_text(meta.get(name)) for name in group_by}
            for name, value in values.items():
                _tally(groups[name].setdefault(value, Row(value)), found)
            if found is None:
                continue
            if found.site is None:
                found.site, found.url, found.title = site, document.url, document.title
                found.groups = values
            if found.shown and found.text is None:
                found.text = document.text
        if any_site:
            tables.append(_ordered(sites, "site", "by-site"))
        for name in group_by:
            tables.append(_ordered(groups[name], name, f"by-field-{_anchor(name)}"))

    severities = Counter(str(v.severity) for v in violations)
    return Report(
        tool_version=options.tool_version, paths=list(stats.paths), files=stats.files,
        documents=stats.documents or documents_read, findings=len(violations),
        severities=severities, fixed=len(fixed),
        families=_count_rows(docs.values(), family_of,
                             {f"{prefix}xx": label for prefix, label in FAMILIES.items()}),
        rules=_count_rows(docs.values(), lambda code: code, {}),
        tables=tables, ranked=ranked, shown=shown, rule_classes=dict(options.rules),
        has_documents=options.documents is not None, has_records=has_records,
        fixed_findings=list(fixed), group_by=group_by,
    )
