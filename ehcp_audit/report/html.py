"""The HTML report: one self-contained file a parent, SENCO or solicitor can open and print.

Each plan is shown section by section, with every finding's quoted text marked where it
stands and, beside it, the finding's message, legal basis and suggested fix. Above the
sections: the section map, the need → outcome → provision table (when the traceability
step stored one in `PlanResult.extras["traceability"]`) and the provision schedule.

No network, no scripts, no external assets: the CSS is inline and every link points inside
the page. The section text comes from `PlanResult.document`, which the auditor keeps only
when this format is chosen; a plan without it is shown with its findings only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape
from typing import Iterable, Optional

from .. import __version__
from ..model import ORDER, Block, BlockKind, Finding, PlanResult, Severity, collapse
from . import DISCLAIMER
SEVERITY_WORD = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Note"}

CSS = """
:root { --err:#b3261e; --warn:#8a5a00; --info:#1d5f8a; --ink:#1b1b1b; --muted:#5c5c5c; --line:#d6d6d6; }
* { box-sizing: border-box; }
body { font: 15px/1.5 "Segoe UI", Arial, Helvetica, sans-serif; color: var(--ink); margin: 0; background: #f6f6f4; }
main { max-width: 1180px; margin: 0 auto; padding: 24px; }
header.report h1 { font-size: 1.6rem; margin: 0 0 4px; }
.muted, .disclaimer { color: var(--muted); }
article.plan { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 20px 24px; margin: 24px 0; }
article.plan > h2 { margin-top: 0; word-break: break-all; }
h3 { border-bottom: 2px solid var(--ink); padding-bottom: 2px; margin-top: 28px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #efefec; }
.counts span { display: inline-block; margin-right: 14px; font-weight: 600; }
.sev-error { color: var(--err); } .sev-warning { color: var(--warn); } .sev-info { color: var(--info); }
.notice { border-left: 4px solid var(--warn); background: #fff8e6; padding: 6px 10px; margin: 8px 0; }
.failed { border-left: 4px solid var(--err); background: #fdecea; padding: 6px 10px; }
.section { border-top: 1px solid var(--line); padding-top: 10px; margin-top: 18px; }
.section h4 { margin: 0 0 8px; font-size: 1.1rem; }
.row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 20px; margin-bottom: 4px; }
.text p, .text li { margin: 0 0 6px; }
.text ul { margin: 0; padding-left: 22px; }
.text .sub { font-weight: 700; margin-top: 10px; }
.text table { font-size: .85rem; }
mark { padding: 0 1px; border-radius: 2px; }
mark.sev-error { background: #f9d2cf; color: inherit; border-bottom: 2px solid var(--err); }
mark.sev-warning { background: #fbe7b5; color: inherit; border-bottom: 2px solid var(--warn); }
mark.sev-info { background: #d6e9f6; color: inherit; border-bottom: 2px dotted var(--info); }
sup.ref a { text-decoration: none; font-weight: 700; font-size: .75rem; }
.cards { display: flex; flex-direction: column; gap: 8px; }
.card { border: 1px solid var(--line); border-left-width: 5px; border-radius: 4px; padding: 6px 10px; background: #fcfcfb; font-size: .88rem; line-height: 1.4; }
.card.sev-error { border-left-color: var(--err); } .card.sev-warning { border-left-color: var(--warn); }
.card.sev-info { border-left-color: var(--info); }
.card .title { font-weight: 700; color: var(--ink); }
.card .badge { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; font-weight: 700; }
.card blockquote { margin: 4px 0; padding-left: 8px; border-left: 2px solid var(--line); font-style: italic; }
.card p { margin: 3px 0; color: var(--ink); }
.card .law { font-size: .85rem; color: var(--muted); }
.card .unlocated { font-size: .8rem; color: var(--muted); }
td.gap { background: #fdecea; color: var(--err); font-weight: 600; }
td.vague { background: #fff4d6; color: var(--warn); }
.gap-text { color: var(--err); font-style: italic; }
table.trace ul { margin: 0; padding-left: 16px; }
.general { font-size: .9rem; }
nav.toc a { margin-right: 10px; }
footer { margin: 24px 0; font-size: .85rem; }
@media (max-width: 800px) { .row { grid-template-columns: 1fr; } }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  article.plan { border: none; padding: 0; margin: 0; page-break-after: always; }
  article.plan:last-of-type { page-break-after: auto; }
  nav.toc, a.back { display: none; }
  .row { grid-template-columns: 3fr 2fr; }
  .card, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  td.gap, td.vague, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 15mm; }
}
"""


@dataclass(frozen=True)
class Marked:
    """A finding with its number in the report and where its quote was found."""

    number: int
    finding: Finding
    block: Optional[int] = None  # index in Document.blocks
    line: int = 0  # line within the block's text
    start: int = 0  # offsets in that line, whitespace collapsed
    end: int = 0


# ---- locating quotes ---------------------------------------------------------------------


def _lines(block: Block) -> list[str]:
    return [collapse(line) for line in block.text.split("\n") if line.strip()]


def locate(findings: Iterable[tuple[int, Finding]], result: PlanResult) -> list[Marked]:
    """Find each quote in the text: in its section's blocks if it is there, else anywhere;
    the first occurrence no other finding has claimed, else the first."""
    marked: list[Marked] = []
    blocks = result.document.blocks if result.document else ()
    ranges = defaultdict(list)
    for section in result.sections:
        ranges[section.id].append(range(section.start, section.end))
    claimed: set[tuple[int, int, int, int]] = set()
    for number, finding in findings:
        quote = collapse(finding.quote or "")
        spot = None
        if quote and blocks:
            # In the finding's own section first; a cross-section finding may quote another section.
            hits = []
            for where in (ranges.get(finding.section or "", []), [range(len(blocks))]):
                hits = [
                    (i, li, pos, pos + len(quote))
                    for r in where for i in r if i < len(blocks)
                    for li, line in enumerate(_lines(blocks[i]))
                    for pos in _occurrences(line, quote)
                ]
                if hits:
                    break
            spot = next((h for h in hits if h not in claimed), hits[0] if hits else None)
        if spot:
            claimed.add(spot)
            marked.append(Marked(number, finding, *spot))
        else:
            marked.append(Marked(number, finding))
    return marked


def _occurrences(line: str, quote: str) -> list[int]:
    found, pos = [], line.find(quote)
    while pos >= 0:
        found.append(pos)
        pos = line.find(quote, pos + 1)
    return found


# ---- text with marks -----------------------------------------------------------------------


def _worst(marks: list[Marked]) -> Severity:
    return max((m.finding.severity for m in marks), key=lambda s: s.rank)


def marked_line(line: str, marks: list[Marked], prefix: str) -> str:
    """The line as HTML, each finding's quote in a <mark> followed by its number."""
    if not marks:
        return escape(line)
    cuts = sorted({0, len(line), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= a and b <= m.end]
        piece = escape(line[a:b])
        if covering:
            ids = " ".join(f"{prefix}-f{m.number}" for m in covering)
            piece = f'<mark class="sev-{_worst(covering).value}" data-findings="{ids}">{piece}</mark>'
        out.append(piece)
        for m in marks:
            if m.end == b:
                out.append(f'<sup class="ref"><a href="#{prefix}-f{m.number}" id="{prefix}-q{m.number}">[{m.number}]</a></sup>')
    return "".join(out)


def section_units(blocks: tuple[Block, ...], start: int, end: int, marks: list[Marked], prefix: str) -> list[tuple[str, list[Marked]]]:
    """A section's body as (HTML, findings marked in it) units — a paragraph, a list item, a
    sub-heading or a whole table — so each finding's card can stand beside its text."""
    by_block = defaultdict(list)
    for m in marks:
        if m.block is not None:
            by_block[m.block].append(m)
    units: list[tuple[str, list[Marked]]] = []
    index = start
    while index < end:
        block = blocks[index]
        if block.table is not None:
            html: list[str] = []
            first = index
            index = _table(blocks, index, end, by_block, prefix, html)
            units.append(("".join(html), [m for i in range(first, index) for m in by_block[i]]))
            continue
        css = ' class="sub"' if block.kind == BlockKind.HEADING else ""
        for li, line in enumerate(_lines(block)):
            mine = [m for m in by_block[index] if m.line == li]
            content = marked_line(line, mine, prefix)
            units.append((f"<ul><li>{content}</li></ul>" if block.kind == BlockKind.LIST_ITEM else f"<p{css}>{content}</p>", mine))
        index += 1
    return units


def _table(blocks, index: int, end: int, by_block, prefix: str, html: list[str]) -> int:
    table = blocks[index].table.table
    rows: dict[int, dict[int, str]] = defaultdict(dict)
    while index < end and blocks[index].table is not None and blocks[index].table.table == table:
        block = blocks[index]
        lines = [marked_line(line, [m for m in by_block[index] if m.line == li], prefix) for li, line in enumerate(_lines(block))]
        rows[block.table.row][block.table.col] = "<br>".join(lines)
        index += 1
    width = max((max(cols) + 1 for cols in rows.values() if cols), default=0)
    html.append("<table>")
    for r in sorted(rows):
        html.append("<tr>" + "".join(f"<td>{rows[r].get(c, '')}</td>" for c in range(width)) + "</tr>")
    html.append("</table>")
    return index


# ---- cards and tables ------------------------------------------------------------------------


def card(m: Marked, prefix: str) -> str:
    f = m.finding
    where = f" · page {f.page}" if f.page else ""
    back = f' <a class="back" href="#{prefix}-q{m.number}">↑ in the text</a>' if m.block is not None else ""
    # Beside its marked text the quote would repeat it; it is shown only when it could not be marked.
    quote = f"<blockquote>{escape(f.quote)}</blockquote>" if f.quote and m.block is None else ""
    unlocated = ('<div class="unlocated">The quoted text could not be placed in the section text shown.</div>'
                 if f.quote and m.block is None else "")
    law = "; ".join(escape(b) for b in f.legal_basis)
    return (
        f'<div class="card sev-{f.severity.value}" id="{prefix}-f{m.number}">'
        f'<div><span class="badge sev-{f.severity.value}">[{m.number}] {SEVERITY_WORD[f.severity]}</span> '
        f'<span class="title">{escape(f.rule)} {escape(f.name)}</span><span class="muted">{where}</span>{back}</div>'
        f"{quote}{unlocated}<p>{escape(f.message)}</p>"
        f'<p class="law"><strong>Legal basis:</strong> {law}</p>'
        f"<p><strong>Suggested fix:</strong> {escape(f.suggestion)}</p></div>"
    )


def _pages(start, end) -> str:
    if start is None:
        return "–"
    return str(start) if start == end or end is None else f"{start}–{end}"


def section_map(result: PlanResult, prefix: str) -> str:
    counts: dict[Optional[str], list[Finding]] = defaultdict(list)
    for f in result.findings:
        counts[f.section].append(f)
    rows = []
    for s in result.sections:
        found = counts.get(s.id, [])
        by_sev = ", ".join(f"{sum(f.severity == sev for f in found)} {sev.value}" for sev in Severity if any(f.severity == sev for f in found))
        rows.append(f'<tr><td><a href="#{prefix}-s{s.start}">{escape(s.id)}</a></td><td>{escape(s.title)}</td>'
                    f"<td>{_pages(s.page_start, s.page_end)}</td><td>{len(found)}{' (' + by_sev + ')' if by_sev else ''}</td></tr>")
    return ("<h3>Section map</h3><table><thead><tr><th>Section</th><th>Title</th><th>Pages</th><th>Findings</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def schedule_table(schedule) -> str:
    """The provision schedule with gaps shaded (nothing said) or amber (vague words only)."""
    from ..schedule import MISSING, VAGUE, field_label, field_names

    names = field_names()
    show_need = any(row.need for row in schedule.rows)
    head = "<th>#</th><th>Area</th>" + ("<th>Need</th>" if show_need else "") + "<th>Provision</th>" + "".join(
        f"<th>{escape(field_label(n))}</th>" for n in names)
    rows = []
    for number, row in enumerate(schedule.rows, 1):
        cells = [f"<td>{escape(row.section)}{number}</td>", f"<td>{escape(row.area or '')}</td>"]
        if show_need:
            cells.append(f"<td>{escape(row.need or '')}</td>")
        cells.append(f"<td>{escape(row.provision)}</td>")
        for n in names:
            value = row.get(n)
            if value.status == MISSING:
                cells.append('<td class="gap">Not specified</td>')
            elif value.status == VAGUE:
                cells.append(f'<td class="vague">Not specified (plan says “{escape(value.text or "")}”)</td>')
            else:
                cells.append(f"<td>{escape(value.text or '')}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    general = ""
    if schedule.general:
        general = '<div class="general"><strong>Said of all provision in Section F:</strong><ul>' + "".join(
            f"<li>{escape(t)}</li>" for t in schedule.general) + "</ul></div>"
    counts = schedule.gap_counts()
    summary = ", ".join(f"{escape(field_label(n).lower())}: {counts[n]}" for n in names)
    return (f"<h3>Provision schedule</h3>{general}<p class=\"muted\">{len(schedule.rows)} provision item(s). "
            f"Items with a gap — {summary}. A gap means the plan does not say it, or says it only in vague words.</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return str(value)


TRACE_PARTS = (("needs", "Need (Section B)"), ("outcomes", "Outcomes (Section E)"), ("provision", "Provision (Section F)"))


def _quotes(entries) -> str:
    if not entries:
        return '<span class="gap-text">none</span>'
    items = []
    for entry in entries:
        if isinstance(entry, dict):
            ref = f"{entry['ref']}: " if entry.get("ref") else ""
            items.append(f"<li>{escape(ref)}{escape(str(entry.get('quote', '')))}</li>")
        else:
            items.append(f"<li>{escape(_value(entry))}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def traceability_table(data) -> str:
    """The need → outcome → provision table that trace.py stores ({"rows": [{area_title,
    need_label, needs, outcomes, provision, gaps}]}); other shapes are shown column by column."""
    rows = data.get("rows", []) if isinstance(data, dict) else data
    rows = [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
    if not rows:
        return ""
    if all(all(part in r for part, _ in TRACE_PARTS) for r in rows):
        head = "<th>Area of need</th>" + "".join(f"<th>{title}</th>" for _, title in TRACE_PARTS) + "<th>Gaps</th>"
        body = []
        for r in rows:
            area = escape(str(r.get("area_title") or r.get("area") or ""))
            if r.get("need_label"):
                area += f"<br><span class=\"muted\">{escape(str(r['need_label']))}</span>"
            gaps = ", ".join(escape(str(g).replace("_", " ")) for g in r.get("gaps") or ())
            body.append(f"<tr><td>{area}</td>" + "".join(f"<td>{_quotes(r.get(part))}</td>" for part, _ in TRACE_PARTS)
                        + f'<td class="{"gap" if gaps else ""}">{gaps}</td></tr>')
    else:
        columns: list[str] = []
        for row in rows:
            columns += [k for k in row if k not in columns]
        head = "".join(f"<th>{escape(str(c).replace('_', ' ').capitalize())}</th>" for c in columns)
        body = ["<tr>" + "".join(f"<td>{escape(_value(r.get(c)))}</td>" for c in columns) + "</tr>" for r in rows]
    return f"<h3>Need → outcome → provision</h3><table class=\"trace\"><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


# ---- the page ----------------------------------------------------------------------------------


def plan_html(result: PlanResult, index: int, schedule=None) -> str:
    prefix = f"p{index}"
    title = f"<h2>{escape(result.path)}</h2>"
    if result.status != "audited":
        code = result.error.code if result.error else "unknown"
        message = result.error.message if result.error else ""
        label = "Skipped" if result.status == "skipped" else "Could not be audited"
        return f'<article class="plan" id="{prefix}">{title}<p class="failed"><strong>{label}</strong> [{escape(code)}] {escape(message)}</p></article>'
    pages = f"{result.pages} pages" if result.pages else "Word document (no fixed pages)"
    counts = {sev: sum(f.severity == sev for f in result.findings) for sev in Severity}
    parts = [
        title,
        f'<p class="muted">{escape((result.format or "").upper())}, {pages}, {len(result.sections)} sections found.</p>',
        '<p class="counts">' + "".join(f'<span class="sev-{sev.value}">{counts[sev]} {sev.value}</span>' for sev in reversed(Severity)) + "</p>",
    ]
    parts += [f'<p class="notice"><strong>Note</strong> [{escape(n.code)}] {escape(n.message)}</p>' for n in result.notices]
    parts.append(section_map(result, prefix))
    numbered = list(enumerate(_ordered(result.findings), 1))
    marks = locate(numbered, result)
    parts.append(_sections_html(result, marks, prefix))
    if "traceability" in result.extras:
        parts.append(traceability_table(result.extras["traceability"]))
    if schedule is not None:
        parts.append(schedule_table(schedule))
    return f'<article class="plan" id="{prefix}">' + "\n".join(p for p in parts if p) + "</article>"


def _ordered(findings: tuple[Finding, ...]) -> list[Finding]:
    """Whole-plan findings first, then by section order, keeping document order inside each."""
    return sorted(findings, key=lambda f: -1 if f.section is None else ORDER.get(f.section, 99))


def _home(m: Marked, result: PlanResult) -> Optional[int]:
    """The start of the section a finding is shown in: where its quote was found, else the
    first section with its id, else None (a whole-plan finding)."""
    if m.block is not None:
        for section in result.sections:
            if section.start <= m.block < section.end:
                return section.start
    return next((s.start for s in result.sections if s.id == m.finding.section), None)


def _sections_html(result: PlanResult, marks: list[Marked], prefix: str) -> str:
    out = ["<h3>The plan, section by section</h3>"]
    placed: dict[Optional[int], list[Marked]] = defaultdict(list)
    for m in marks:
        placed[_home(m, result)].append(m)
    if placed.get(None):
        out.append('<div class="section"><h4>Whole plan</h4><div class="row"><div class="text"><p class="muted">Findings about the plan '
                   'as a whole or about something missing from it.</p></div><div class="cards">'
                   + "".join(card(m, prefix) for m in placed[None]) + "</div></div></div>")
    blocks = result.document.blocks if result.document else ()
    for section in result.sections:
        mine = placed.get(section.start, [])
        units = section_units(blocks, section.start + 1, section.end, mine, prefix) if blocks else [
            ('<p class="muted">The section text was not kept for this report.</p>', [])]
        in_text = {id(m) for _, ms in units for m in ms}
        elsewhere = [m for m in mine if id(m) not in in_text]  # about the section as a whole, or not found in it
        if elsewhere:
            units.insert(0, ("", elsewhere))
        heading = f"{escape(section.id)} · {escape(section.title)}"
        page = f' <span class="muted">(page {_pages(section.page_start, section.page_end)})</span>' if section.page_start else ""
        rows = "".join(f'<div class="row"><div class="text">{html}</div><div class="cards">{"".join(card(m, prefix) for m in ms)}</div></div>'
                       for html, ms in units)
        out.append(f'<div class="section" id="{prefix}-s{section.start}"><h4>{heading}{page}</h4>{rows}</div>')
    return "\n".join(out)


def render(results: list[PlanResult], analyzer=None) -> str:
    """The whole report as one HTML page."""
    from ..schedule import schedule_for_result

    total = {sev: sum(f.severity == sev for r in results for f in r.findings) for sev in Severity}
    toc = "".join(f'<a href="#p{i}">{escape(r.path)}</a>' for i, r in enumerate(results, 1)) if len(results) > 1 else ""
    articles = []
    for i, result in enumerate(results, 1):
        schedule = schedule_for_result(result, analyzer) if result.document is not None else None
        articles.append(plan_html(result, i, schedule))
    return (
        "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta name=\"referrer\" content=\"no-referrer\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        f"<title>ehcp-audit report</title><style>{CSS}</style></head><body><main>"
        f'<header class="report"><h1>EHC plan audit</h1><p class="muted">ehcp-audit {escape(__version__)} · '
        f"{len(results)} file(s) · {total[Severity.ERROR]} error, {total[Severity.WARNING]} warning, {total[Severity.INFO]} info</p>"
        f'<p class="disclaimer">{escape(DISCLAIMER)}</p></header>'
        + (f'<nav class="toc">{toc}</nav>' if toc else "")
        + "\n".join(articles)
        + f'<footer class="disclaimer">{escape(DISCLAIMER)}</footer></main></body></html>\n'
    )
