"""`ehcp-audit summary`: what a batch of plans has in common, for parent groups and local
authority quality teams.

It reports how many plans were audited and how many could not be read; for each rule and
each section, how many plans (and what share of the audited plans) have at least one
finding there; and the plans with the most errors. It holds no plan text. Plans are
named by a keyed pseudonym (redact.pseudonym: an HMAC of the file's content with this
installation's key), not by file name, unless --show-names is given.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Optional

from .model import ORDER, PlanResult, Severity

TOP_PLANS = 10
NOTE = ("Shares are of the plans audited. No plan text is included; plans are named by a keyed pseudonym "
        "unless --show-names is given. Small counts can still single out a child: think before publishing them.")


@dataclass
class RuleRow:
    rule: str
    name: str
    severity: str  # the most severe seen
    plans: int = 0
    findings: int = 0


@dataclass
class SectionRow:
    section: str  # a section id, or "" for whole-plan findings
    title: str
    plans: int = 0
    findings: dict = field(default_factory=lambda: {s.value: 0 for s in Severity})


@dataclass
class PlanRow:
    label: str
    status: str
    error: Optional[str]  # the error code when the file could not be audited
    counts: dict = field(default_factory=lambda: {s.value: 0 for s in Severity})


@dataclass
class Summary:
    files: int
    audited: int
    failed: int
    skipped: int
    with_findings: dict  # severity -> plans with at least one finding of it
    rules: list[RuleRow]
    sections: list[SectionRow]
    plans: list[PlanRow]  # every file, most errors first

    def share(self, count: int) -> float:
        return count / self.audited if self.audited else 0.0


def _labels(results: list[PlanResult], show_names: bool, key: Optional[bytes]) -> list[str]:
    if show_names:
        return [r.path for r in results]
    from .redact import installation_key, pseudonym

    key = key if key is not None else installation_key()
    return [pseudonym(r, key) for r in results]


def summarise(results: list[PlanResult], show_names: bool = False, key: Optional[bytes] = None) -> Summary:
    from .split import heading_rules

    titles = heading_rules().canonical
    rules: dict[str, RuleRow] = {}
    sections: dict[str, SectionRow] = {}
    plans: list[PlanRow] = []
    with_findings = {s.value: 0 for s in Severity}
    for result, label in zip(results, _labels(results, show_names, key)):
        row = PlanRow(label, result.status, result.error.code if result.error else None)
        plans.append(row)
        seen_rules: set[str] = set()
        seen_sections: set[str] = set()
        for f in result.findings:
            row.counts[f.severity.value] += 1
            rule = rules.setdefault(f.rule, RuleRow(f.rule, f.name, f.severity.value))
            if f.severity.rank > Severity(rule.severity).rank:
                rule.severity = f.severity.value
            rule.findings += 1
            sid = f.section or ""
            section = sections.setdefault(sid, SectionRow(sid, titles.get(sid, "Whole plan") if sid else "Whole plan"))
            section.findings[f.severity.value] += 1
            if f.rule not in seen_rules:
                rule.plans += 1
                seen_rules.add(f.rule)
            if sid not in seen_sections:
                section.plans += 1
                seen_sections.add(sid)
        for severity, count in row.counts.items():
            with_findings[severity] += bool(count)
    plans.sort(key=lambda p: (-p.counts["error"], -p.counts["warning"], -p.counts["info"], p.label))
    return Summary(
        files=len(results),
        audited=sum(r.status == "audited" for r in results),
        failed=sum(r.status == "failed" for r in results),
        skipped=sum(r.status == "skipped" for r in results),
        with_findings=with_findings,
        rules=sorted(rules.values(), key=lambda r: (-r.plans, -Severity(r.severity).rank, r.rule)),
        sections=sorted(sections.values(), key=lambda s: ORDER.get(s.section, -1)),
        plans=plans,
    )


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def _table(title: str, *columns: str):
    """A plain rich table; a column name ending in ":" is a number column (right-aligned)."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_edge=False)
    for column in columns:
        table.add_column(column.rstrip(":"), justify="right" if column.endswith(":") else "left")
    return table


def render_terminal(summary: Summary, width: int = 100) -> str:
    """The summary as plain-text tables."""
    from rich.console import Console
    from rich.markup import escape

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, no_color=True, highlight=False)
    console.print(
        f"{summary.files} file(s): {summary.audited} audited, {summary.failed} could not be read, "
        f"{summary.skipped} skipped."
    )
    errors, warnings = summary.with_findings["error"], summary.with_findings["warning"]
    console.print(
        f"Plans with at least one error: {errors} ({_percent(summary.share(errors))}); "
        f"with a warning: {warnings} ({_percent(summary.share(warnings))})."
    )
    table = _table("Plans with each defect", "Rule", "Name", "Severity", "Plans:", "Share:", "Findings:")
    for r in summary.rules:
        table.add_row(r.rule, r.name, r.severity, str(r.plans), _percent(summary.share(r.plans)), str(r.findings))
    console.print(table if summary.rules else "No findings in any plan.")
    table = _table("Plans with findings in each section", "Section", "Title", "Plans:", "Share:", "Errors:", "Warnings:", "Info:")
    for s in summary.sections:
        table.add_row(s.section or "–", s.title, str(s.plans), _percent(summary.share(s.plans)),
                      str(s.findings["error"]), str(s.findings["warning"]), str(s.findings["info"]))
    if summary.sections:
        console.print(table)
    table = _table(f"Plans with the most errors (top {TOP_PLANS})", "Plan", "Errors:", "Warnings:", "Info:")
    top = [p for p in summary.plans if p.status == "audited" and sum(p.counts.values())][:TOP_PLANS]
    for p in top:
        table.add_row(escape(p.label), str(p.counts["error"]), str(p.counts["warning"]), str(p.counts["info"]))
    if top:
        console.print(table)
    unread = [p for p in summary.plans if p.status == "failed"]
    if unread:
        console.print("Could not be read: " + ", ".join(escape(f"{p.label} [{p.error}]") for p in unread))
    console.print(NOTE)
    return buffer.getvalue()


CSV_COLUMNS = ("table", "key", "name", "severity", "plans", "share", "findings", "errors", "warnings", "info")


def render_csv(summary: Summary) -> str:
    """One table with a `table` column: overview, rule, section and plan rows."""
    from .report.csv_report import safe_cell

    buffer = io.StringIO()
    writer = _SafeWriter(csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n"), safe_cell)
    writer.writeheader()

    def share(count: int) -> str:
        return f"{summary.share(count):.3f}"

    for key, count in (("files", summary.files), ("audited", summary.audited), ("failed", summary.failed),
                       ("skipped", summary.skipped)):
        writer.writerow({"table": "overview", "key": key, "plans": count})
    for severity, count in summary.with_findings.items():
        writer.writerow({"table": "overview", "key": f"with_{severity}", "severity": severity, "plans": count, "share": share(count)})
    for r in summary.rules:
        writer.writerow({"table": "rule", "key": r.rule, "name": r.name, "severity": r.severity, "plans": r.plans,
                         "share": share(r.plans), "findings": r.findings})
    for s in summary.sections:
        writer.writerow({"table": "section", "key": s.section or "whole_plan", "name": s.title, "plans": s.plans,
                         "share": share(s.plans), "findings": sum(s.findings.values()), "errors": s.findings["error"],
                         "warnings": s.findings["warning"], "info": s.findings["info"]})
    for p in summary.plans:
        writer.writerow({"table": "plan", "key": p.label, "name": p.error or p.status, "findings": sum(p.counts.values()),
                         "errors": p.counts["error"], "warnings": p.counts["warning"], "info": p.counts["info"]})
    return buffer.getvalue()


class _SafeWriter:
    """A DictWriter whose cells are defused against spreadsheet formulas (file names can
    start with "=" or "-" when --show-names is given)."""

    def __init__(self, writer: csv.DictWriter, safe):
        self.writer, self.safe = writer, safe

    def writeheader(self) -> None:
        self.writer.writeheader()

    def writerow(self, row: dict) -> None:
        self.writer.writerow({key: self.safe(value) for key, value in row.items()})


FORMATS = ("terminal", "csv")


def render(summary: Summary, fmt: str) -> str:
    return render_csv(summary) if fmt == "csv" else render_terminal(summary)
