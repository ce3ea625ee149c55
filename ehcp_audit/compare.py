"""Compare two versions of a plan: draft and final, or last year's plan and the amended one.

What changed, in the order a parent or solicitor asks about it:

- sections whose text changed, appeared or disappeared;
- provision added, removed, weakened (hours cut, "weekly" become "regular", a named
  therapist become "advice") or strengthened, matched item to item through the schedule;
- findings fixed (in the old plan only) and introduced (in the new plan only).

Provision items are paired by their wording (word-level similarity), so an item that was
reworded stays one item with its changes listed, not one removal and one addition.
"""

from __future__ import annotations

import difflib
import io
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

from .model import Finding, PlanResult, collapse
from .schedule import MISSING, STATED, VAGUE, Schedule, ScheduleRow, field_label, field_names, settings

SAME_AREA_MATCH = 0.5  # word similarity needed to pair two items under the same sub-heading
ANY_AREA_MATCH = 0.65  # … or anywhere in the same section


@dataclass(frozen=True)
class SectionChange:
    id: str
    status: str  # "changed", "added" or "removed"
    title: str
    lines_added: int = 0
    lines_removed: int = 0

    def to_dict(self) -> dict:
        return {"id": self.id, "status": self.status, "title": self.title,
                "lines_added": self.lines_added, "lines_removed": self.lines_removed}


@dataclass(frozen=True)
class ProvisionChange:
    kind: str  # "added", "removed", "weakened", "strengthened" or "changed"
    section: str
    old: Optional[ScheduleRow]
    new: Optional[ScheduleRow]
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "section": self.section,
            "old": self.old.provision if self.old else None,
            "new": self.new.provision if self.new else None,
            "old_page": self.old.page if self.old else None,
            "new_page": self.new.page if self.new else None,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class Comparison:
    old_path: str
    new_path: str
    sections: tuple[SectionChange, ...]
    provision: tuple[ProvisionChange, ...]
    fixed: tuple[Finding, ...]
    introduced: tuple[Finding, ...]

    def of_kind(self, kind: str) -> list[ProvisionChange]:
        return [c for c in self.provision if c.kind == kind]

    def to_dict(self) -> dict:
        kinds = ("added", "removed", "weakened", "strengthened", "changed")
        return {
            "comparison_version": 1,
            "old": self.old_path,
            "new": self.new_path,
            "sections": [s.to_dict() for s in self.sections],
            "provision": [c.to_dict() for c in self.provision],
            "findings_fixed": [f.to_dict() for f in self.fixed],
            "findings_introduced": [f.to_dict() for f in self.introduced],
            "summary": {
                "sections_changed": len(self.sections),
                **{f"provision_{k}": len(self.of_kind(k)) for k in kinds},
                "findings_fixed": len(self.fixed),
                "findings_introduced": len(self.introduced),
            },
        }


# ---- sections ----------------------------------------------------------------------------


def _section_lines(result: PlanResult) -> dict[str, tuple[str, list[str]]]:
    """Section id -> (title, its body text one block per line), first occurrence of each id."""
    out: dict[str, tuple[str, list[str]]] = {}
    blocks = result.document.blocks if result.document else ()
    for section in result.sections:
        if section.id not in out:
            lines = [collapse(b.text) for b in blocks[section.start + 1:section.end] if b.text.strip()]
            out[section.id] = (section.title, lines)
    return out


def compare_sections(old: PlanResult, new: PlanResult) -> list[SectionChange]:
    before, after = _section_lines(old), _section_lines(new)
    order = list(after) + [sid for sid in before if sid not in after]
    changes = []
    for sid in order:
        if sid not in before:
            changes.append(SectionChange(sid, "added", after[sid][0], len(after[sid][1]), 0))
        elif sid not in after:
            changes.append(SectionChange(sid, "removed", before[sid][0], 0, len(before[sid][1])))
        elif before[sid][1] != after[sid][1]:
            added = removed = 0
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before[sid][1], after[sid][1], autojunk=False).get_opcodes():
                removed += (i2 - i1) if tag in ("replace", "delete") else 0
                added += (j2 - j1) if tag in ("replace", "insert") else 0
            changes.append(SectionChange(sid, "changed", after[sid][0], added, removed))
    return changes


# ---- provision ---------------------------------------------------------------------------


def _similarity(a: str, b: str) -> float:
    wa, wb = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def pair_rows(old: list[ScheduleRow], new: list[ScheduleRow]) -> list[tuple[Optional[ScheduleRow], Optional[ScheduleRow]]]:
    """Pair each old item with the new item most like it (same section; identical wording
    first, then the most similar above a threshold); the rest are removed or added."""
    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if a.section != b.section:
                continue
            score = 2.0 if a.provision == b.provision else _similarity(a.provision, b.provision)
            needed = SAME_AREA_MATCH if a.area == b.area else ANY_AREA_MATCH
            if score >= needed:
                candidates.append((score, -abs(i - j), i, j))
    used_old, used_new, pairs = set(), set(), {}
    for _, _, i, j in sorted(candidates, reverse=True):
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs[j] = i
    out: list[tuple[Optional[ScheduleRow], Optional[ScheduleRow]]] = []
    for j, b in enumerate(new):
        out.append((old[pairs[j]] if j in pairs else None, b))
    out += [(a, None) for i, a in enumerate(old) if i not in used_old]
    return out


def _number(token: str) -> Optional[float]:
    try:
        return float(token)
    except ValueError:
        return settings()["numbers"].get(token)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _number_pattern() -> str:
    return rf"(\d+(?:\.\d+)?|{_alternatives(settings()['numbers'])})"


def session_minutes(text: str) -> Optional[float]:
    """Minutes in one session (or a weekly total): "30-minute", "1 hour", "half an hour"."""
    units = settings()["minutes_per_unit"]
    match = re.search(rf"\b{_number_pattern()}[\s-]*({_alternatives(units)})\b", text.lower())
    return _number(match.group(1)) * units[match.group(2)] if match else None


def times_per_week(text: str) -> Optional[float]:
    """How often a week: "three times a week" 3, "Two 15-minute sessions per week" 2,
    "twice weekly" 2, "every fortnight" 0.5, "daily" 5; None without a period."""
    lowered = text.lower()
    periods = settings()["per_week"]
    period = re.search(rf"\b({_alternatives(periods)})\b", lowered)
    if not period:
        return None
    number = _number_pattern()
    nouns = _alternatives(settings()["session_nouns"])
    count = (re.search(rf"\b({_alternatives(settings()['times_words'])})\b", lowered)
             or re.search(rf"\b{number}\s*(?:x|×|times)(?!\w)", lowered)
             or re.search(rf"\b{number}\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b", lowered))
    return (_number(count.group(1)) if count else 1) * periods[period.group(1)]


def weekly_minutes(text: str) -> Optional[float]:
    """Minutes a week when the text says both how long and how often (or "N hours per week")."""
    minutes, rate = session_minutes(text), times_per_week(text)
    return minutes * rate if minutes is not None and rate is not None else None


def _quantity_change(old_text: str, new_text: str) -> Optional[str]:
    """'cut' or 'increased' when both versions state a comparable amount, else None."""
    for measure in (weekly_minutes, times_per_week, session_minutes):
        before, after = measure(old_text), measure(new_text)
        if before is not None and after is not None:
            if after < before * 0.99:
                return "cut"
            if after > before * 1.01:
                return "increased"
            return None
    return None


def _amount_text(row: ScheduleRow) -> str:
    """Session length and frequency as the plan words them: "30 minutes, every school day"."""
    return ", ".join(row.get(n).text or "" for n in ("duration", "frequency") if row.get(n).status == STATED)


def _new_concerns(before: ScheduleRow, after: ScheduleRow) -> list[tuple[str, str]]:
    """(category, text) of weakening wording in `after` whose category `before` lacks
    (categories and their reasons: data/schedule.yaml `weakening`)."""
    weakening, seen = settings()["weakening"], {category for category, _ in before.concerns}
    return [(c, text) for c, text in after.concerns if c in weakening and c not in seen]


def row_changes(old: ScheduleRow, new: ScheduleRow) -> tuple[list[str], list[str], list[str]]:
    """(weakened, strengthened, other) reasons for one paired item."""
    weaker, stronger, other = [], [], []
    for name in field_names():
        a, b = old.get(name), new.get(name)
        label = field_label(name).lower()
        if a == b or name in ("frequency", "duration") and a.status == b.status == STATED:
            continue
        if a.status == STATED and b.status == VAGUE:
            weaker.append(f"{label}: '{a.text}' became '{b.text}'")
        elif a.status == STATED and b.status == MISSING:
            weaker.append(f"{label}: '{a.text}' no longer stated")
        elif a.status != STATED and b.status == STATED:
            stronger.append(f"{label}: now '{b.text}'")
        elif a.status == b.status == STATED:
            other.append(f"{label}: '{a.text}' became '{b.text}'")
    before, after = _amount_text(old), _amount_text(new)
    if before and after and before != after:
        change = _quantity_change(before, after)
        target = weaker if change == "cut" else stronger if change == "increased" else other
        target.append(f"amount {change or 'changed'}: '{before}' became '{after}'")
    why = settings()["weakening"]
    weaker += [f"new wording '{text}' ({why[category]})" for category, text in _new_concerns(old, new)]
    stronger += [f"wording '{text}' removed ({why[category]})" for category, text in _new_concerns(new, old)]
    if not (weaker or stronger or other) and old.provision != new.provision:
        other.append("wording changed")
    return weaker, stronger, other


def compare_schedules(old: Schedule, new: Schedule) -> list[ProvisionChange]:
    changes = []
    for before, after in pair_rows(list(old.rows), list(new.rows)):
        if before is None:
            changes.append(ProvisionChange("added", after.section, None, after))
        elif after is None:
            changes.append(ProvisionChange("removed", before.section, before, None))
        else:
            weaker, stronger, other = row_changes(before, after)
            if weaker:
                changes.append(ProvisionChange("weakened", after.section, before, after, tuple(weaker + stronger + other)))
            elif stronger:
                changes.append(ProvisionChange("strengthened", after.section, before, after, tuple(stronger + other)))
            elif other:
                changes.append(ProvisionChange("changed", after.section, before, after, tuple(other)))
    return changes


# ---- findings ----------------------------------------------------------------------------


def _unmatched(findings: list[Finding], other: list[Finding]) -> list[Finding]:
    """The findings in `findings` with no counterpart (same fingerprint) left in `other`."""
    remaining = Counter(f.fingerprint() for f in other)
    unmatched = []
    for finding in findings:
        key = finding.fingerprint()
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            unmatched.append(finding)
    return unmatched


def compare_findings(old: PlanResult, new: PlanResult) -> tuple[list[Finding], list[Finding]]:
    """(fixed, introduced): findings whose rule, section and quote appear on one side only."""
    return _unmatched(old.findings, new.findings), _unmatched(new.findings, old.findings)


def compare_results(old: PlanResult, new: PlanResult, old_schedule: Schedule, new_schedule: Schedule) -> Comparison:
    """Everything that differs between two audited plans (results that kept their documents)."""
    fixed, introduced = compare_findings(old, new)
    return Comparison(old.path, new.path, tuple(compare_sections(old, new)),
                      tuple(compare_schedules(old_schedule, new_schedule)), tuple(fixed), tuple(introduced))


# ---- output ------------------------------------------------------------------------------


def to_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False) + "\n"


KIND_STYLE = {"added": "green", "removed": "bold red", "weakened": "red", "strengthened": "green", "changed": "cyan"}


def render_terminal(console, comparison: Comparison) -> None:
    from rich.markup import escape
    from rich.rule import Rule

    console.print(Rule(f"{escape(comparison.old_path)} → {escape(comparison.new_path)}", style="bold"))
    console.print("[bold]Sections[/]")
    if not comparison.sections:
        console.print("  No section text changed.")
    for s in comparison.sections:
        detail = f" (+{s.lines_added} / -{s.lines_removed} lines)" if s.status == "changed" else ""
        console.print(f"  {s.id} {escape(s.title)}: {s.status}{detail}")
    console.print("\n[bold]Provision[/]")
    if not comparison.provision:
        console.print("  No provision changed.")
    for change in comparison.provision:
        style = KIND_STYLE[change.kind]
        console.print(f"  [{style}]{change.kind}[/] ({change.section})")
        if change.old is not None and (change.new is None or change.old.provision != change.new.provision):
            console.print(f"    was: {escape(change.old.provision)}", style="dim" if change.new else None)
        if change.new is not None:
            reworded = change.old is not None and change.old.provision != change.new.provision
            console.print(f"    {'now: ' if reworded else ''}{escape(change.new.provision)}")
        for reason in change.reasons:
            console.print(f"    - {escape(reason)}")
    for title, findings in (("Findings fixed", comparison.fixed), ("Findings introduced", comparison.introduced)):
        console.print(f"\n[bold]{title}[/] ({len(findings)})")
        for f in findings:
            where = f"section {f.section}" if f.section else "whole plan"
            quote = f': "{escape(f.quote)}"' if f.quote else ""
            console.print(f"  {f.rule} {f.name} ({where}){quote}")
    counts = comparison.to_dict()["summary"]
    console.print(
        f"\n{counts['sections_changed']} section(s) changed; provision: {counts['provision_added']} added, "
        f"{counts['provision_removed']} removed, {counts['provision_weakened']} weakened, "
        f"{counts['provision_strengthened']} strengthened, {counts['provision_changed']} reworded; "
        f"findings: {counts['findings_fixed']} fixed, {counts['findings_introduced']} introduced."
    )


def render_text(comparison: Comparison, width: int = 120) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, no_color=True, highlight=False)
    render_terminal(console, comparison)
    return buffer.getvalue()
