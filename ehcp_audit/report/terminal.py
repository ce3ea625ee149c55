"""The terminal report (rich): each plan's section map, then its findings by section.

Plain text when piped, with NO_COLOR, or in CI: rich decides from the output stream.
"""

from __future__ import annotations

import io
import os
from collections import defaultdict

from ..model import ORDER, PlanResult, Severity
from . import DISCLAIMER
from .trace_view import render_trace

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _pages(start, end) -> str:
    if start is None:
        return "–"
    return str(start) if start == end or end is None else f"{start}–{end}"


def render_to(console, results: list[PlanResult]) -> None:
    from rich.markup import escape
    from rich.rule import Rule
    from rich.table import Table

    for result in results:
        console.print(Rule(escape(result.path), style="bold"))
        if result.status != "audited":
            label = "skipped" if result.status == "skipped" else "could not be audited"
            code = result.error.code if result.error else "unknown"
            message = result.error.message if result.error else ""
            console.print(f"[bold red]{label}[/] {escape(f'[{code}]')} {escape(message)}")
            continue
        pages = f"{result.pages} page{'s' if result.pages != 1 else ''}" if result.pages else "Word document (no fixed pages)"
        console.print(f"{result.format.upper()}, {pages}, {len(result.sections)} sections found")
        for notice in result.notices:
            console.print(f"[bold yellow]note[/] {escape(f'[{notice.code}]')} {escape(notice.message)}")
        table = Table(title="Section map", show_edge=False, title_justify="left")
        for column in ("Section", "Title", "Pages", "Findings"):
            table.add_column(column)
        counts = defaultdict(int)
        for finding in result.findings:
            counts[finding.section] += 1
        for section in result.sections:
            table.add_row(section.id, escape(section.title[:70]), _pages(section.page_start, section.page_end), str(counts.get(section.id, 0)))
        console.print(table)
        _render_findings(console, result)
        render_trace(console, result)
    _render_summary(console, results)


def _render_findings(console, result: PlanResult) -> None:
    """Findings by section; the defects of one quoted item are listed together under it."""
    from rich.padding import Padding
    from rich.text import Text

    if not result.findings:
        console.print("No findings.")
        return
    by_section = defaultdict(list)
    for finding in result.findings:
        by_section[finding.section].append(finding)
    for section in sorted(by_section, key=lambda s: ORDER.get(s, -1) if s else -1):
        console.print(Text(f"\n{'Whole plan' if section is None else 'Section ' + section}", style="bold"))
        groups: dict[tuple, list] = {}
        for f in by_section[section]:
            groups.setdefault((f.quote, f.page) if f.quote else (id(f), None), []).append(f)
        for (quote, page), findings in groups.items():
            if isinstance(quote, str):
                where = f" (page {page})" if page else ""
                console.print(Padding(Text(f'"{quote}"{where}', style="italic"), (0, 0, 0, 2)))
            for f in findings:
                head = Text()
                head.append(f.severity.value, style=STYLE[f.severity])
                head.append(f" {f.rule} {f.name}")
                if not f.quote and f.page:
                    head.append(f" (page {f.page})")
                body = Text()
                body.append(f.message + "\n")
                body.append("Law: " + "; ".join(f.legal_basis) + "\n", style="dim")
                body.append("Fix: " + f.suggestion)
                console.print(Padding(head, (0, 0, 0, 4)))
                console.print(Padding(body, (0, 0, 0, 6)))


def _render_summary(console, results: list[PlanResult]) -> None:
    counts = {s: 0 for s in Severity}
    for result in results:
        for f in result.findings:
            counts[f.severity] += 1
    audited = sum(r.status == "audited" for r in results)
    failed = sum(r.status == "failed" for r in results)
    console.print(
        f"\n{len(results)} file(s): {audited} audited, {failed} could not be read. "
        f"Findings: {counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, {counts[Severity.INFO]} info."
    )
    console.print(DISCLAIMER, style="dim")


def render(results: list[PlanResult], width: int = 100) -> str:
    """The report as text (no colour): for --output files and tests."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, no_color=True, highlight=False)
    render_to(console, results)
    return buffer.getvalue()


def print_report(results: list[PlanResult]) -> None:
    """Print to stdout with colour where the terminal supports it (and NO_COLOR is unset)."""
    from rich.console import Console

    console = Console(highlight=False, no_color=bool(os.environ.get("NO_COLOR")) or None)
    render_to(console, results)
