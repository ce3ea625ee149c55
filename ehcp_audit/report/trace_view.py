"""The need → outcome → provision table in the terminal report.

Reads the dict that ehcp_audit.trace stores in `PlanResult.extras["traceability"]` and
prints one row per area of need or specific need: a few of the Section B statements, the
Section E outcomes and the Section F provision placed in it, and its gaps. Quotes are
shortened; the JSON report has them in full.
"""

from __future__ import annotations

SHOWN_PER_CELL = 1
QUOTE_CHARS = 48
GAP_WORDS = {
    "need_without_provision": "no provision",
    "outcome_without_provision": "outcome without provision",
    "need_without_outcome": "no outcome",
    "provision_without_need": "no need in B",
    "outcome_without_need": "outcome without need in B",
}


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def _cell(entries) -> str:
    """Up to two shortened quotes (outcomes by their number when they have one), then "+N more"."""
    from rich.markup import escape

    entries = list(entries or ())
    if not entries:
        return "–"
    shown = [escape(e.get("ref") or f"“{_short(e.get('quote', ''))}”") for e in entries[:SHOWN_PER_CELL]]
    more = len(entries) - SHOWN_PER_CELL
    return "\n".join(shown) + (f" (+{more})" if more > 0 else "")


def render_trace(console, result) -> None:
    """Print the table for one audited plan, if the audit built one."""
    from rich.markup import escape
    from rich.table import Table

    data = (result.extras or {}).get("traceability")
    if not isinstance(data, dict) or not data.get("rows"):
        return
    table = Table(title="Need → outcome → provision", show_edge=False, title_justify="left")
    for column in ("Area / need", "Needs (B)", "Outcomes (E)", "Provision (F)", "Gaps"):
        table.add_column(column)
    area = None
    for row in data["rows"]:
        if row.get("area") != area:
            if area is not None:
                table.add_section()
            area = row.get("area")
            table.add_row(f"[bold]{escape(str(row.get('area_title', '')))}[/]", "", "", "", "")
        label = escape(str(row.get("need_label") or "(general)"))
        gaps = ", ".join(GAP_WORDS.get(g, str(g)) for g in row.get("gaps") or ())
        table.add_row(f"  {label}", _cell(row.get("needs")), _cell(row.get("outcomes")), _cell(row.get("provision")),
                      f"[yellow]{escape(gaps)}[/]" if gaps else "")
    console.print(table)
    unplaced = len(data.get("unplaced_outcomes") or ()), len(data.get("unplaced_provision") or ())
    if any(unplaced):
        console.print(f"Not placed in any area: {unplaced[0]} outcome(s), {unplaced[1]} provision item(s).", style="dim")
