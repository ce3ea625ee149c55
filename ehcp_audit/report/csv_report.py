"""CSV: one row per finding, for spreadsheets.

Columns: plan, status, kind, rule, name, severity, section, page, quote, message,
legal_basis (joined with "; "), suggestion. `kind` is "finding" on finding rows; a file
that could not be read gets one "error" row and each notice (unread pages, redaction) a
"notice" row, so that no plan silently drops out of the sheet. Filter on kind = finding
to count findings.

A cell that starts with =, +, -, @, a tab or a carriage return is prefixed with an
apostrophe, so a spreadsheet shows it as text instead of running it as a formula (plan
text is outside our control). Lines end in CRLF, as RFC 4180 and Excel expect.
"""

from __future__ import annotations

import csv
import io

from ..model import PlanResult

COLUMNS = ("plan", "status", "kind", "rule", "name", "severity", "section", "page", "quote", "message", "legal_basis", "suggestion")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """The value as text, defused if a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def rows(results: list[PlanResult]) -> list[dict]:
    out: list[dict] = []
    for result in results:
        base = {"plan": result.path, "status": result.status}
        if result.error is not None:
            out.append({**base, "kind": "error", "rule": result.error.code, "message": result.error.message})
        for notice in result.notices:
            out.append({**base, "kind": "notice", "rule": notice.code, "message": notice.message})
        for f in result.findings:
            out.append({
                **base, "kind": "finding", "rule": f.rule, "name": f.name, "severity": f.severity.value,
                "section": f.section, "page": f.page, "quote": f.quote, "message": f.message,
                "legal_basis": "; ".join(f.legal_basis), "suggestion": f.suggestion,
            })
    return out


def render(results: list[PlanResult]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(results):
        writer.writerow({column: safe_cell(row.get(column)) for column in COLUMNS})
    return buffer.getvalue()
