"""The report as one HTML page: overview, tables, documents in full, rule documentation.

Everything is in the page: the style sheet and the script are inlined, charts are inline SVG, and a
Content-Security-Policy forbids the page to fetch anything at all. The page reads without
JavaScript; the script only adds sorting, filtering and keyboard navigation (its controls are
hidden until it runs).
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any, Iterable, Optional

from newslint.formatters.html.charts import bar_chart
from newslint.formatters.html.model import (
    MAX_TABLE_DOCUMENTS, SEVERITIES, Doc, Report, Row, Table,
)
from newslint.formatters.html.text import esc, number
from newslint.formatters.html.view import View, build_view
from newslint.violation import Violation

#: Nothing may be fetched: no fonts, scripts, images or styles from anywhere.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")
_RANK = {"error": 0, "warning": 1, "info": 2}


def _asset(name: str) -> str:
    return resources.files("newslint.formatters.html").joinpath(name).read_text(encoding="utf-8")


def _plural(count: int, one: str, many: Optional[str] = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _worst(severities: Iterable[str]) -> str:
    return min(severities, key=lambda s: _RANK.get(s, 1), default="warning")


def _code_link(code: str, report: Report) -> str:
    return f'<a class="code" href="#rule-{esc(code)}">{esc(code)}</a>'


def _codes_cell(codes, report: Report) -> str:
    items = sorted(codes.items(), key=lambda item: (-item[1], item[0]))
    return "<td class=\"codes\">" + " ".join(
        _code_link(code, report) + (f"&times;{count}" if count > 1 else "")
        for code, count in items) + "</td>"


def _summary(code: str, report: Report, fallback: str = "") -> str:
    rule = report.rule_classes.get(code)
    return str(getattr(rule, "summary", "") or fallback)


# -- overview --------------------------------------------------------------------------------------


def _totals(report: Report) -> str:
    items = [
        ("findings", "Findings", f"{report.findings:,}", report.findings),
        ("flagged", "Documents with findings",
         f"{report.flagged:,} of {report.documents:,}", report.flagged),
        ("documents", "Documents linted", f"{report.documents:,}", report.documents),
        ("files", "Files", f"{report.files:,}", report.files),
    ]
    items += [(severity, severity.capitalize() + ("s" if severity != "info" else ""),
               f"{report.severities.get(severity, 0):,}", report.severities.get(severity, 0))
              for severity in SEVERITIES]
    if report.fixed:
        items.append(("fixed", "Fixed", f"{report.fixed:,}", report.fixed))
    cells = "".join(
        f'<div class="total t-{key}"><dt>{label}</dt>'
        f'<dd id="total-{key}" data-value="{value}">{shown}</dd></div>'
        for key, label, shown, value in items)
    return f'<dl class="totals">{cells}</dl>'


def _count_table(table_id: str, caption: str, head: list[str], rows: list[Row],
                 cells) -> str:
    """A sortable table: ``head`` the column headers, ``cells(row)`` the cells of each row."""
    parts = [f'<div class="scroll"><table class="counts sortable" id="{table_id}">',
             f"<caption>{esc(caption)}</caption><thead><tr>{''.join(head)}</tr></thead><tbody>"]
    parts += [f'<tr data-key="{esc(row.key)}">{cells(row)}</tr>' for row in rows]
    parts.append("</tbody></table></div>")
    return "".join(parts)


def _col(label: str, numeric: bool = False) -> str:
    cls = ' class="num"' if numeric else ""
    return f'<th scope="col"{cls}>{esc(label)}</th>'


def _finding_cols(report: Report) -> list[str]:
    return [_col("Findings", True), _col("Documents with findings", True)] + (
        [_col("Fixed", True)] if report.fixed else [])


def _finding_cells(row: Row, report: Report) -> str:
    return number(row.findings) + number(row.flagged) + (number(row.fixed) if report.fixed else "")


def _families(report: Report) -> str:
    if not report.families:
        return ""
    chart = bar_chart("chart-families", "Findings per family",
                      [(f"{row.key} {row.label}".strip(), row.findings) for row in report.families],
                      "findings")
    table = _count_table(
        "table-families", "Findings per family of rules",
        [_col("Family"), _col("What"), *_finding_cols(report)], report.families,
        lambda row: f'<th scope="row">{esc(row.key)}</th><td>{esc(row.label)}</td>'
                    + _finding_cells(row, report))
    return (f'<section id="families" aria-labelledby="families-h"><h3 id="families-h">'
            f"Findings per family</h3>{chart}{table}</section>")


def _rules(report: Report) -> str:
    if not report.rules:
        return ""
    first_message: dict[str, str] = {}
    for doc in report.ranked:
        for violation in doc.violations + doc.fixed:
            first_message.setdefault(violation.code, violation.name)
    chart = bar_chart("chart-rules", "Findings per rule",
                      [(f"{row.key} {first_message.get(row.key, '')}", row.findings)
                       for row in report.rules], "findings")

    def cells(row: Row) -> str:
        rule = report.rule_classes.get(row.key)
        name = getattr(rule, "name", None) or first_message.get(row.key, "")
        severity = str(getattr(rule, "severity", "") or _worst(row.severities))
        return (f'<th scope="row">{_code_link(row.key, report)}</th><td>{esc(name)}</td>'
                f"<td>{esc(_summary(row.key, report))}</td>"
                f'<td><span class="sev s-{esc(severity)}">{esc(severity)}</span></td>'
                + _finding_cells(row, report))

    table = _count_table(
        "table-rules", "Findings per rule (the code links to the rule's documentation below)",
        [_col("Code"), _col("Name"), _col("Summary"), _col("Severity"), *_finding_cols(report)],
        report.rules, cells)
    return (f'<section id="rules" aria-labelledby="rules-h"><h3 id="rules-h">Findings per rule'
            f"</h3>{chart}{table}</section>")


def _group(table: Table, report: Report) -> str:
    title = "site" if table.name == "site" else f"{table.name} (record field)"
    rows = table.rows + ([table.more] if table.more else [])
    chart = bar_chart(f"chart-{table.anchor}", f"Findings per {title}",
                      [(row.key, row.findings) for row in table.rows], "findings")

    def cells(row: Row) -> str:
        per = row.findings / row.documents if row.documents else 0.0
        return (f'<th scope="row">{esc(row.key)}</th>{number(row.documents)}{number(row.flagged)}'
                f'<td class="num" data-sort="{_share(row):.2f}">{_share(row):.0f}%</td>'
                f"{number(row.findings)}"
                f'<td class="num" data-sort="{per:.4f}">{per:.2f}</td>'
                + _codes_cell(dict(row.codes.most_common(3)), report)
                + (number(row.fixed) if report.fixed else ""))

    head = [_col(table.name.capitalize()), _col("Documents read", True),
            _col("With findings", True), _col("Share with findings", True),
            _col("Findings", True), _col("Findings per document", True), _col("Top rules")]
    body = _count_table(
        f"table-{table.anchor}", f"Findings per {title}: documents read, how many have findings, "
        f"findings per document, the most frequent rules",
        head + ([_col("Fixed", True)] if report.fixed else []), rows, cells)
    note = (f'<p class="note">{esc(table.more.key)} values are summed up in the last row.</p>'
            if table.more else "")
    return (f'<section id="{table.anchor}" aria-labelledby="{table.anchor}-h">'
            f'<h3 id="{table.anchor}-h">Findings per {esc(title)}</h3>{chart}{body}{note}</section>')


def _share(row: Row) -> float:
    return 100.0 * row.flagged / row.documents if row.documents else 0.0


def _overview(report: Report) -> str:
    parts = ['<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2>',
             _totals(report)]
    if not report.findings and not report.fixed:
        parts.append('<p class="clean">No findings: every document passed the selected rules.</p>')
    parts += [_families(report), _rules(report)]
    parts += [_group(table, report) for table in report.tables]
    if report.group_by and not report.has_documents:
        parts.append('<p class="note">The documents were not available to this report, so it '
                     "cannot count them per site or field.</p>")
    parts.append("</section>")
    return "".join(parts)


# -- the table of documents ------------------------------------------------------------------------


def _doc_label(doc: Doc) -> str:
    return doc.path + (f" [{doc.where}]" if doc.where else "")


def _documents_table(report: Report) -> str:
    if not report.ranked:
        return ""
    listed = report.ranked[:MAX_TABLE_DOCUMENTS]
    records = report.has_records
    fields = report.group_by if report.has_documents else ()
    sites = any(table.name == "site" for table in report.tables)
    fixed = report.fixed > 0
    head = ['<th scope="col" class="num">Rank</th>', '<th scope="col">Document</th>']
    if records:
        head += ['<th scope="col" class="num">Record</th>', '<th scope="col">Id</th>',
                 '<th scope="col">Field</th>']
    if sites:
        head.append('<th scope="col">Site</th>')
    head += [f'<th scope="col">{esc(name)}</th>' for name in fields]
    head += ['<th scope="col" class="num">Findings</th>']
    head += [f'<th scope="col" class="num">{s.capitalize()}</th>' for s in SEVERITIES]
    head.append('<th scope="col">Rules</th>')
    if fixed:
        head.append('<th scope="col" class="num">Fixed</th>')
    parts = [
        '<section id="worst" aria-labelledby="worst-h"><h2 id="worst-h">Documents, worst first</h2>',
        f"<p>{_plural(len(report.ranked), 'document')} with findings"
        + (" or fixed findings" if fixed else "")
        + (f"; the {len(report.shown):,} worst are shown in full below (their names link there)"
           if report.shown else "")
        + (f"; this table lists the {len(listed):,} worst (the JSON output has every finding)"
           if len(listed) < len(report.ranked) else "") + ".</p>",
        '<div class="controls" hidden><label>Filter documents <input type="search" '
        'data-filter="table-documents" placeholder="path, site, rule code…"></label> '
        '<output class="filter-count" for="table-documents"></output></div>',
        '<div class="scroll"><table class="docs sortable" id="table-documents">'
        "<caption>Documents with findings, worst first (most findings, then most errors)</caption>"
        f"<thead><tr>{''.join(head)}</tr></thead><tbody>",
    ]
    for rank, doc in enumerate(listed, 1):
        severities = doc.severities()
        name = esc(doc.path)
        if doc.shown:
            name = f'<a href="#{doc.anchor}">{name}</a>'
        cells = [f'<td class="num" data-sort="{rank}">{rank}</td>', f'<th scope="row">{name}</th>']
        if records:
            cells += [number(doc.record) if doc.record is not None else '<td class="num"></td>',
                      f"<td>{esc(doc.record_id or '')}</td>", f"<td>{esc(doc.field or '')}</td>"]
        if sites:
            cells.append(f"<td>{esc(doc.site or '')}</td>")
        cells += [f"<td>{esc(doc.groups.get(name_, ''))}</td>" for name_ in fields]
        cells.append(number(len(doc.violations)))
        cells += [number(severities.get(s, 0)) for s in SEVERITIES]
        cells.append(_codes_cell(doc.codes(), report))
        if fixed:
            cells.append(number(len(doc.fixed)))
        parts.append(f"<tr>{''.join(cells)}</tr>")
    parts.append("</tbody></table></div></section>")
    return "".join(parts)


# -- fixed findings --------------------------------------------------------------------------------


def _fixed_section(report: Report) -> str:
    if not report.fixed_findings:
        return ""
    parts = ['<section id="fixed" aria-labelledby="fixed-h"><h2 id="fixed-h">Fixed</h2>',
             f"<p>{_plural(report.fixed, 'finding')} fixed by <code>--fix</code>: the document "
             "no longer has them. Lines are those of the text before the fix.</p>",
             '<div class="scroll"><table class="fixed sortable" id="table-fixed">'
             "<caption>Fixed findings</caption><thead><tr><th scope=\"col\">Document</th>"
             '<th scope="col" class="num">Line</th><th scope="col">Code</th>'
             '<th scope="col">Message</th><th scope="col">Text before the fix</th></tr></thead><tbody>']
    shown = {doc.key: doc for doc in report.shown}
    for violation in report.fixed_findings[:MAX_TABLE_DOCUMENTS]:
        doc = shown.get((violation.path, violation.record))
        label = esc(violation.path) + (f" [record {violation.record}]" if violation.record else "")
        if doc is not None:
            label = f'<a href="#{doc.anchor}">{label}</a>'
        line = violation.field_line if violation.record is not None else violation.line
        parts.append(f'<tr class="fixed-row"><th scope="row">{label}</th>{number(line or 0)}'
                     f"<td>{_code_link(violation.code, report)}</td><td>{esc(violation.message)}</td>"
                     f'<td class="src"><del>{esc(violation.source_line)}</del></td></tr>')
    parts.append("</tbody></table></div></section>")
    return "".join(parts)


# -- documents in full -----------------------------------------------------------------------------


def _note(violation: Violation, index: int, doc: Doc, report: Report) -> str:
    severity = str(violation.severity)
    return (f'<li class="f" id="{doc.anchor}-f{index}">'
            f"{_code_link(violation.code, report)} "
            f'<span class="sev s-{esc(severity)}">{esc(severity)}</span> '
            f'<span class="msg">{esc(violation.message)}</span></li>')


def _line_cells(line, doc: Doc, report: Report) -> str:
    pieces = []
    for text, covering in line.segments:
        if not covering:
            pieces.append(esc(text))
            continue
        violations = [doc.violations[i] for i in covering]
        severity = _worst(str(v.severity) for v in violations)
        codes = ", ".join(dict.fromkeys(v.code for v in violations))
        many = " many" if len(covering) > 1 else ""  # two findings overlap here
        pieces.append(f'<mark class="hl hl-{esc(severity)}{many}" title="{esc(codes)}">'
                      f"{esc(text)}</mark>")
    notes = "".join(_note(doc.violations[i], i, doc, report) for i in line.notes)
    if not notes and not line.covered:  # a plain line: no empty cell (a long text has many)
        return f'<td class="src">{"".join(pieces)}</td>'
    return (f'<td class="src">{"".join(pieces)}</td>'
            f'<td class="notes">{"<ul>" + notes + "</ul>" if notes else ""}</td>')


def _gap(count: int) -> str:
    return (f'<tr class="gap"><td colspan="3">&#8943; {_plural(count, "line")} without findings '
            "not shown</td></tr>")


def _review(view: View, doc: Doc, report: Report) -> str:
    parts = ['<div class="scroll"><table class="review">'
             f'<caption class="vh">Text of {esc(_doc_label(doc))}, line by line, with its findings'
             "</caption><thead><tr><th scope=\"col\" class=\"ln\">Line</th>"
             '<th scope="col">Text</th><th scope="col">Findings</th></tr></thead><tbody>']
    for line in view.lines:
        if line.skipped:
            parts.append(_gap(line.skipped))
        hit = ' class="hit"' if line.covered or line.notes else ""
        parts.append(f'<tr id="{doc.anchor}-L{line.number}"{hit}>'
                     f'<th scope="row" class="ln">{line.number}</th>{_line_cells(line, doc, report)}</tr>')
    if view.skipped_after:
        parts.append(_gap(view.skipped_after))
    parts.append("</tbody></table></div>")
    return "".join(parts)


def _fixed_list(doc: Doc, report: Report) -> str:
    if not doc.fixed:
        return ""
    items = []
    for violation in doc.fixed:
        line = violation.field_line if violation.record is not None else violation.line
        items.append(f'<li>{_code_link(violation.code, report)} <span class="badge">fixed</span> '
                     f"line {line}: {esc(violation.message)} "
                     f'<del class="src">{esc(violation.source_line)}</del></li>')
    return (f'<div class="fixed-list"><h4>Fixed here ({len(doc.fixed)})</h4>'
            f"<ul>{''.join(items)}</ul></div>")


def _document(doc: Doc, previous: Optional[Doc], following: Optional[Doc], report: Report) -> str:
    note = "" if report.has_documents else "the report was made without the documents"
    view = build_view(doc.text if report.has_documents else None, doc.violations, note)
    severities = doc.severities()
    counts = ", ".join(_plural(severities[s], s, "info" if s == "info" else None)
                       for s in SEVERITIES if severities.get(s))
    meta = []
    if doc.record is not None:
        meta.append(("Record", f"line {doc.record} of the file"))
        if doc.record_id:
            meta.append(("Id", esc(doc.record_id)))
        if doc.field:
            meta.append(("Field", esc(doc.field)))
    if doc.site:
        meta.append(("Site", esc(doc.site)))
    if doc.url:
        meta.append(("URL", f'<a href="{esc(doc.url)}" rel="noreferrer noopener">{esc(doc.url)}</a>'))
    if doc.title:
        meta.append(("Title", esc(doc.title)))
    meta += [(esc(name), esc(value)) for name, value in doc.groups.items()]
    meta.append(("Findings", f"{len(doc.violations):,}" + (f" ({counts})" if counts else "")))
    nav = ['<nav class="doc-nav" aria-label="Between documents">']
    nav.append(f'<a href="#{previous.anchor}" rel="prev">&larr; Previous</a>' if previous
               else '<span class="off">&larr; Previous</span>')
    nav.append('<a href="#worst">All documents</a>')
    nav.append(f'<a href="#{following.anchor}" rel="next">Next &rarr;</a>' if following
               else '<span class="off">Next &rarr;</span>')
    nav.append("</nav>")
    codes = " ".join(sorted(doc.codes()))
    parts = [
        f'<article class="doc" id="{doc.anchor}" data-codes="{esc(codes)}" '
        f'aria-labelledby="{doc.anchor}-h"><header>',
        f'<h3 id="{doc.anchor}-h"><span class="rank">{doc.shown}.</span> {esc(doc.path)}'
        + (f' <span class="where">{esc(doc.where)}</span>' if doc.where else "") + "</h3>",
        '<dl class="doc-meta">' + "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in meta)
        + "</dl>", "".join(nav), "</header>",
    ]
    if view.note:
        parts.append(f'<p class="note">Only the flagged lines are shown: {esc(view.note)}.</p>')
    parts.append(_fixed_list(doc, report))
    if doc.violations:
        parts.append(_review(view, doc, report))
    parts.append("</article>")
    return "".join(parts)


def _documents(report: Report) -> str:
    if not report.shown:
        return ""
    codes = sorted({v.code for doc in report.shown for v in doc.violations})
    options = "".join(f'<option value="{esc(code)}">{esc(f"{code} {_summary(code, report)}".strip())}'
                      "</option>" for code in codes)
    rest = len(report.ranked) - len(report.shown)
    parts = [
        '<section id="documents" aria-labelledby="documents-h"><h2 id="documents-h">'
        "Documents in full</h2>",
        f"<p>The {_plural(len(report.shown), 'document')} with the most findings, each line "
        "beside what was found in it" + (f"; {rest:,} more are in the table above" if rest else "")
        + ". Keys: <kbd>j</kbd> next document, <kbd>k</kbd> previous (with JavaScript).</p>",
        '<div class="controls" hidden><label><input type="checkbox" id="only-flagged"> Only flagged '
        'lines</label> <label>Rule <select id="rule-filter"><option value="">all rules</option>'
        f"{options}</select></label></div>",
    ]
    shown = report.shown
    for index, doc in enumerate(shown):
        parts.append(_document(doc, shown[index - 1] if index else None,
                               shown[index + 1] if index + 1 < len(shown) else None, report))
    parts.append("</section>")
    return "".join(parts)


# -- rule documentation ----------------------------------------------------------------------------

_HEADING = re.compile(r"^([A-Z][A-Za-z' ]{2,40}):\s*(.*)$")
_LITERAL = re.compile(r"``(.+?)``")


def _inline(text: str) -> str:
    return _LITERAL.sub(lambda m: f"<code>{m.group(1)}</code>", esc(text))


def documentation_html(text: str) -> str:
    """A rule's docstring as paragraphs; ``What it flags:``-style openings in bold."""
    parts = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in paragraph.splitlines()]
        match = _HEADING.match(lines[0])
        if match:
            body = " ".join([match.group(2), *lines[1:]]).strip()
            parts.append(f"<p><strong>{esc(match.group(1))}:</strong> {_inline(body)}</p>")
        else:
            parts.append(f"<p>{_inline(' '.join(lines))}</p>")
    return "".join(parts)


def _rule_docs(report: Report) -> str:
    codes = sorted({row.key for row in report.rules}
                   | {v.code for v in report.fixed_findings})
    if not codes:
        return ""
    parts = ['<section id="rule-docs" aria-labelledby="rule-docs-h"><h2 id="rule-docs-h">'
             "The rules that fired</h2>"]
    for code in codes:
        rule: Any = report.rule_classes.get(code)
        name = getattr(rule, "name", "")
        parts.append(f'<section class="rule" id="rule-{esc(code)}" aria-labelledby="rule-{esc(code)}-h">'
                     f'<h3 id="rule-{esc(code)}-h">{esc(code)} <code>{esc(name)}</code></h3>')
        if rule is None:
            parts.append("<p>A rule this report has no documentation for (not loaded).</p>")
        else:
            parts.append(f'<p class="summary">{esc(rule.summary)}</p>'
                         f'<p class="facts">Severity: {esc(rule.severity)}. Kind: {esc(rule.kind)} '
                         f"rule. Plugin: {esc(rule.plugin)}.</p>")
            measured = getattr(rule, "measured", "")
            if measured:
                parts.append(f'<p class="facts">Measured: {esc(measured)}.</p>')
            parts.append(documentation_html(rule.documentation()))
        parts.append('<p><a href="#rules">&uarr; Findings per rule</a></p></section>')
    parts.append("</section>")
    return "".join(parts)


# -- the page --------------------------------------------------------------------------------------


def _navigation(report: Report) -> str:
    links = [("overview", "Overview")]
    links += [(anchor, label) for anchor, label, present in (
        ("families", "Families", bool(report.families)), ("rules", "Rules", bool(report.rules)))
        if present]
    links += [(table.anchor, "By " + table.name) for table in report.tables]
    if report.ranked:
        links.append(("worst", "Worst documents"))
    if report.fixed_findings:
        links.append(("fixed", "Fixed"))
    if report.shown:
        links.append(("documents", "Documents in full"))
    if report.rules or report.fixed_findings:
        links.append(("rule-docs", "Rule docs"))
    return ('<nav class="sections" aria-label="Sections"><ul>'
            + "".join(f'<li><a href="#{esc(anchor)}">{esc(label)}</a></li>' for anchor, label in links)
            + "</ul></nav>")


def render(report: Report) -> str:
    """The whole page."""
    title = (f"newslint report: {_plural(report.findings, 'finding')} in "
             f"{_plural(report.flagged, 'document')}")
    scope = ", ".join(report.paths[:3]) + (f" and {len(report.paths) - 3:,} more"
                                            if len(report.paths) > 3 else "")
    version = f"newslint {report.tool_version}".strip()
    return "".join([
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f'<meta name="generator" content="{esc(version)}">\n'
        f"<title>{esc(title)}</title>\n<style>\n{_asset('report.css')}</style>\n</head>\n<body>\n",
        '<a class="skip" href="#main">Skip to the report</a>\n<header class="top">'
        f"<h1>newslint report</h1><p class=\"subtitle\">{esc(title[len('newslint report: '):])}"
        f" &middot; {_plural(report.files, 'file')} linted"
        + (f": {esc(scope)}" if scope else "") + f" &middot; {esc(version)}</p>",
        _navigation(report), "</header>\n<main id=\"main\">\n",
        _overview(report), "\n", _documents_table(report), "\n", _fixed_section(report), "\n",
        _documents(report), "\n", _rule_docs(report), "\n</main>\n",
        f'<footer><p>Made by {esc(version)}. Self-contained: this page loads nothing from anywhere.'
        "</p></footer>\n",
        f"<script>\n{_asset('report.js')}</script>\n</body>\n</html>\n",
    ])
