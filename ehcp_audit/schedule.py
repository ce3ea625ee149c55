"""The provision schedule: Section F (and G / H where they hold provision) as a table.

One row per provision item: the area of need it sits under, the need it answers (where a
provision table names one), the provision itself, and six fields — frequency, session
length or amount, group size or ratio, who delivers it, their qualification, and how it is
reviewed. A field the plan leaves unspecified is shown as a gap, never guessed: the text
in a field is always the plan's own words.

Fields are filled from the lexicon hits the pipeline already attached to each item
(checks/lexicons/*.yaml), as data/schedule.yaml maps them; in a provision table, the
"frequency" and "who" columns are read as those fields. This is the schedule a solicitor
drafts for a Tribunal appeal and a parent uses to check that provision is delivered.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

import yaml

from .items import Item
from .model import Plan, collapse

STATED, VAGUE, MISSING = "stated", "vague", "missing"


@lru_cache(maxsize=1)
def settings() -> dict:
    """data/schedule.yaml, read once."""
    return yaml.safe_load(resources.files("ehcp_audit").joinpath("data/schedule.yaml").read_text("utf-8"))


def field_names() -> tuple[str, ...]:
    return tuple(settings()["fields"])


def field_label(name: str) -> str:
    return settings()["fields"][name]["label"]


@dataclass(frozen=True)
class FieldValue:
    """One cell of the schedule: what the plan says, or that it says nothing definite."""

    status: str  # STATED, VAGUE or MISSING
    text: Optional[str] = None  # the plan's words (stated or vague); None when missing

    @property
    def is_gap(self) -> bool:
        return self.status != STATED

    def display(self) -> str:
        if self.status == STATED:
            return self.text or ""
        if self.status == VAGUE:
            return f"NOT SPECIFIED (plan says: {self.text})"
        return "NOT SPECIFIED"

    def to_dict(self) -> dict:
        return {"status": self.status, "text": self.text}


@dataclass(frozen=True)
class ScheduleRow:
    section: str
    area: Optional[str]
    area_from: Optional[str]  # "heading" (the plan's sub-heading) or "words" (need-area vocabulary)
    need: Optional[str]  # the need column of a provision table
    outcome: Optional[str]  # the outcome column of a provision table
    provision: str
    page: Optional[int]
    block: int
    fields: tuple[tuple[str, FieldValue], ...]
    concerns: tuple[tuple[str, str], ...] = ()  # (category, the plan's words)

    def get(self, name: str) -> FieldValue:
        return next(value for key, value in self.fields if key == name)

    @property
    def gaps(self) -> tuple[str, ...]:
        return tuple(name for name, value in self.fields if value.is_gap)

    def to_dict(self) -> dict:
        return {
            "section": self.section,
            "area": self.area,
            "area_from": self.area_from,
            "need": self.need,
            "outcome": self.outcome,
            "provision": self.provision,
            "page": self.page,
            "fields": {name: value.to_dict() for name, value in self.fields},
            "gaps": list(self.gaps),
            "concerns": [{"category": c, "text": t} for c, t in self.concerns],
        }


@dataclass(frozen=True)
class Schedule:
    rows: tuple[ScheduleRow, ...]
    general: tuple[str, ...] = ()  # statements about Section F as a whole ("in term time")

    def gap_counts(self) -> dict[str, int]:
        return {name: sum(row.get(name).is_gap for row in self.rows) for name in field_names()}

    def to_dict(self) -> dict:
        return {
            "rows": [row.to_dict() for row in self.rows],
            "general_statements": list(self.general),
            "summary": {"items": len(self.rows), "gaps": self.gap_counts()},
        }


# ---- finding the hits in an item's text --------------------------------------------------


@dataclass(frozen=True)
class Span:
    category: str
    start: int  # offsets in Item.context
    end: int


def locate_hits(item: Item) -> list[Span]:
    """The item's lexicon hits as offsets in `item.context`.

    Row hits were found in exactly that text. A sentence's hits were found in its whole
    paragraph, before whitespace was collapsed, so each is found again in the context: the
    occurrence nearest to where its offset says it should be.
    """
    context = item.context
    hits = sorted(item.matches.hits, key=lambda h: (h.start, h.end))
    if not hits:
        return []
    if all(context[h.start:h.end] == h.text for h in hits):
        return [Span(h.category, h.start, h.end) for h in hits]
    spans: list[Span] = []
    anchor: Optional[int] = None
    first = hits[0].start
    for hit in hits:
        needle = collapse(hit.text)
        found = [m.start() for m in re.finditer(re.escape(needle), context)] if needle else []
        if not found:
            continue
        expected = (anchor if anchor is not None else 0) + (hit.start - first)
        start = min(found, key=lambda pos: abs(pos - expected))
        if anchor is None:
            anchor = start
        spans.append(Span(hit.category, start, start + len(needle)))
    return spans


def _column_ranges(item: Item) -> list[tuple[str, int, int]]:
    """(role, start, end) of each cell of a table row within its context ("a | b | c")."""
    ranges, pos = [], 0
    for role, text in item.columns:
        ranges.append((role, pos, pos + len(text)))
        pos += len(text) + 3
    return ranges


IGNORED_COLUMNS = ("need", "outcome", "advice")  # their words describe the need, not the provision


# ---- filling the fields --------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return re.findall(r"[\w×]+", text.lower())


def _merge(spans: list[Span], context: str) -> list[tuple[int, int]]:
    """Overlapping spans, and spans separated only by connector words, become one stretch."""
    connectors = set(settings()["connectors"])
    merged: list[list[int]] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged:
            gap = context[merged[-1][1]:span.start] if span.start > merged[-1][1] else ""
            if span.start <= merged[-1][1] or all(w in connectors for w in _words(gap)) and len(gap) < 25 and "|" not in gap:
                merged[-1][1] = max(merged[-1][1], span.end)
                continue
        merged.append([span.start, span.end])
    return [(s, e) for s, e in merged]


def _text_of(spans: list[Span], context: str) -> Optional[str]:
    stretches = _merge(spans, context)
    texts: list[str] = []
    for start, end in stretches:
        text = context[start:end].strip(" ,;|")
        if text and text.lower() not in (t.lower() for t in texts):
            texts.append(text)
    return "; ".join(texts) or None


def _inside(span: Span, others: Iterable[Span]) -> bool:
    return any(o.start <= span.start and span.end <= o.end and o != span for o in others)


_DETERMINERS = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|this|that|[\w-]+['’]s)\s+)+$", re.I)


def _named_as_source(span: Span, context: str) -> bool:
    """A role right after "trained by", "devised by" … is a source of training, not the deliverer."""
    before = _DETERMINERS.sub("", context[max(0, span.start - 60):span.start].lower()).rstrip()
    return any(before.endswith(cue) for cue in settings()["not_deliverer_after"])


def _maximal(spans: list[Span]) -> list[Span]:
    """Drop spans inside a longer span ("psychologist" inside "educational psychologist")."""
    return [s for s in spans if not any(o.start <= s.start and s.end <= o.end and (o.start, o.end) != (s.start, s.end) for o in spans)]


def _extend_open(span: Span, context: str) -> Span:
    """ "trained in" → "trained in Precision Teaching": take the words after an open-ended
    hit, up to punctuation, a table cell edge or a stop word."""
    spec = settings()["open_ended"]
    words = _words(context[span.start:span.end])
    following = _words(context[span.end:span.end + 12])[:1]
    if not words or words[-1] not in spec["ends"] and following != ["by"]:
        return span
    end = span.end
    for match in re.finditer(r"[^\s,;.:()|]+|[,;.:()|]", context[span.end:]):
        token = match.group(0)
        if not re.match(r"[\w'’&-]", token) or token.lower() in spec["stops"]:
            break
        end = span.end + match.end()
    return Span(span.category, span.start, end)


_COUNT = re.compile(r"([\w-]+)\s*$")


def _session_count(durations: list[Span], context: str) -> Optional[str]:
    """ "Two sessions" from "Two 30-minute sessions": a count right before a session length
    and a session noun within three words after it."""
    numbers, nouns = settings()["numbers"], set(settings()["session_nouns"])
    for span in durations:
        before = _COUNT.search(context[:span.start])
        after = _words(context[span.end:span.end + 40])[:3]
        noun = next((w for w in after if w in nouns), None)
        if before and noun and (before.group(1).lower() in numbers or before.group(1).isdigit()):
            return f"{before.group(1)} {noun}"
    return None


def _field_spans(name: str, spans: list[Span], context: str) -> tuple[list[Span], list[Span]]:
    """(stated, vague) spans for one field."""
    data = settings()
    spec = data["fields"][name]
    stated = _maximal([s for s in spans if s.category in spec["stated"]])
    blockers = [s for s in spans if s.category in data.get("exclusive", {}).get(name, ())]
    stated = [s for s in stated if not any(b.start <= s.start and s.end <= b.end for b in blockers)]
    vague = [s for s in spans if s.category in spec["vague"]]
    owners = data["not_inside"].get(name, ())
    if owners:
        others = [_extend_open(s, context) for s in spans if s.category in owners]
        stated = [s for s in stated if not _inside(s, others)]
    if name == "who":
        stated = [s for s in stated if not _named_as_source(s, context)]
    if name in data["open_ended"]["fields"]:
        stated = [_extend_open(s, context) for s in stated]
    if name in data["ceiling"]["fields"]:
        ceilings = [s for s in spans if s.category == data["ceiling"]["category"]]
        capped = [s for s in stated if any(_caps(c, s, context) for c in ceilings)]
        if capped:
            vague = [c for c in ceilings if any(_caps(c, s, context) for s in capped)] + capped
            stated = [s for s in stated if s not in capped]
    return stated, vague


def _caps(ceiling: Span, span: Span, context: str) -> bool:
    """ "Up to" right before (or overlapping the start of) an amount."""
    return ceiling.start < span.start and (ceiling.end >= span.start or not context[ceiling.end:span.start].strip())


def _fill(name: str, spans: list[Span], context: str, column: Optional[str] = None) -> FieldValue:
    stated, vague = _field_spans(name, spans, context)
    if stated:
        text = _text_of(stated, context)
        if name == "frequency":
            durations = [s for s in spans if s.category in settings()["fields"]["duration"]["stated"]]
            count = _session_count(durations, context)
            text = f"{count}, {text}" if count else text
        return FieldValue(STATED, text)
    if vague:
        return FieldValue(VAGUE, _text_of(vague, context))
    if column:  # a filled-in frequency / who cell whose words no lexicon knows: the plan's own words
        return FieldValue(STATED, column)
    return FieldValue(MISSING)


def item_fields(item: Item) -> tuple[tuple[tuple[str, FieldValue], ...], tuple[tuple[str, str], ...]]:
    """The six schedule fields of one item, and the weakening wording it contains."""
    context = item.context
    spans = locate_hits(item)
    cell_text: dict[str, str] = {}
    if item.kind == "row" and " | ".join(t for _, t in item.columns) == context:
        ranges = _column_ranges(item)
        ignored = [(s, e) for role, s, e in ranges if role in IGNORED_COLUMNS]
        spans = [sp for sp in spans if not any(s <= sp.start and sp.end <= e for s, e in ignored)]
        for role, start, end in ranges:
            col_spans = [sp for sp in spans if start <= sp.start and sp.end <= end]
            if context[start:end].strip() and not col_spans:
                cell_text[role] = context[start:end].strip()
    values = []
    for name in field_names():
        spec = settings()["fields"][name]
        fallback = cell_text.get(spec.get("column", "")) if spec.get("fallback") else None
        values.append((name, _fill(name, spans, context, fallback)))
    concerns, weakening = [], settings()["concerns"]
    for span in sorted(spans, key=lambda s: s.start):
        if span.category in weakening:
            pair = (span.category, context[span.start:span.end])
            if pair not in concerns:
                concerns.append(pair)
    return tuple(values), tuple(concerns)


# ---- which items are provision ---------------------------------------------------------------


def _contains_phrase(text: str, phrases: Iterable[str]) -> bool:
    lowered = f" {' '.join(_words(text))} "
    return any(f" {' '.join(_words(p))} " in lowered for p in phrases)


def is_general_statement(item: Item) -> bool:
    return _contains_phrase(item.text, settings()["general_statements"])


def says_no_provision(item: Item) -> bool:
    words = " ".join(_words(item.text))
    data = settings()
    return any(words.startswith(" ".join(_words(p))) for p in data["no_provision_start"]) or _contains_phrase(
        item.text, data["no_provision_anywhere"])


_HEADING_LIKE = re.compile(r"^[A-Z][^.;:\d]*$")


def looks_like_heading(item: Item) -> bool:
    """A short capitalised line with no lexicon hits read as a list item ("Wellbeing and friendships")."""
    text = item.text.strip()
    detail = {c for spec in settings()["fields"].values() for c in spec["stated"]}
    return (item.kind != "row" and len(text.split()) <= 6 and bool(_HEADING_LIKE.match(text))
            and not item.matches.has(*detail))


def area_from_words(text: str) -> Optional[str]:
    """The first area of need whose provision vocabulary the text uses (data/need_areas.yaml,
    shared with the need → outcome → provision table)."""
    from .trace import need_areas, need_keys

    found = {area for area, _ in need_keys(text, as_provision=True)}
    return next((a.title for a in need_areas() if a.id in found), None)


# ---- the schedule ------------------------------------------------------------------------------


def schedule_from_items(items: Iterable[Item]) -> Schedule:
    """Rows for the provision items among `items` (already limited to F, G and H)."""
    rows: list[ScheduleRow] = []
    general: list[str] = []
    listed_heading: dict[str, Optional[str]] = {}  # per section: a sub-heading typed as a list item
    general_blocks: set[int] = set()  # a paragraph that talks about F as a whole, all its sentences
    for item in items:
        if looks_like_heading(item):
            listed_heading[item.section] = item.text.strip()
            continue
        if item.section == "F" and (item.block in general_blocks and item.kind == "sentence" or is_general_statement(item)):
            general_blocks.add(item.block)
            general.append(item.text)
            continue
        if item.section != "F" and says_no_provision(item):
            continue
        rows.append(_row(item, item.heading or listed_heading.get(item.section)))
    return Schedule(tuple(rows), tuple(general))


def _row(item: Item, heading: Optional[str]) -> ScheduleRow:
    fields, concerns = item_fields(item)
    need = item.column("need") or None
    area, area_from = (heading, "heading") if heading else (None, None)
    if area is None:
        guessed = area_from_words(" ".join(filter(None, (need, item.text))))
        area, area_from = (guessed, "words") if guessed else (None, None)
    return ScheduleRow(
        section=item.section, area=area, area_from=area_from, need=need, outcome=item.column("outcome") or None,
        provision=item.text, page=item.page, block=item.block, fields=fields, concerns=concerns,
    )


def build_schedule(plan: Plan, analyzer) -> Schedule:
    """The schedule of a split plan, using `analyzer` (nlp.Analyzer) for the lexicon hits."""
    from .items import plan_items

    wanted = set(settings()["sections"])
    return schedule_from_items(plan_items(plan, analyzer, wanted))


@lru_cache(maxsize=1)
def default_analyzer():
    """An Analyzer with the built-in and installed lexicons, for reports that get no other."""
    from .engine import build_registry
    from .nlp import Analyzer

    return Analyzer(build_registry().lexicons)


def schedule_for_result(result, analyzer=None) -> Optional[Schedule]:
    """The schedule of an audited PlanResult that kept its document, else None."""
    if result.document is None or result.status != "audited":
        return None
    return build_schedule(Plan(result.document, result.sections), analyzer or default_analyzer())


# ---- output ------------------------------------------------------------------------------------


def to_json(schedule: Schedule, path: str) -> str:
    return json.dumps({"schedule_version": 1, "path": path, **schedule.to_dict()}, indent=2, ensure_ascii=False) + "\n"


def to_csv(schedule: Schedule) -> str:
    """One row per item; gaps written as NOT SPECIFIED; cells made safe to open in a spreadsheet."""
    from .report.csv_report import safe_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    names = field_names()
    writer.writerow(["section", "area", "need", "outcome", "provision", *names, "gaps", "page"])
    for row in schedule.rows:
        writer.writerow([safe_cell(v) for v in (
            row.section, row.area, row.need, row.outcome, row.provision,
            *(row.get(n).display() for n in names), " ".join(row.gaps), str(row.page or ""),
        )])
    return buffer.getvalue()


WIDE_TABLE = 150  # columns needed to show the schedule as a table; narrower terminals get a list


def render_terminal(console, schedule: Schedule, title: str = "") -> None:
    """Items grouped by area of need, gaps in red (nothing said) or yellow (vague words only):
    a table on a wide terminal, a list of items on a narrow one."""
    from rich.markup import escape

    names = field_names()
    if title:
        console.print(f"[bold]{escape(title)}[/]")
    if schedule.general:
        console.print("Said of all provision in Section F:")
        for text in schedule.general:
            console.print(f"  {escape(text)}")
    number = 0
    for area, rows in _by_area(schedule.rows):
        numbered = [(f"{row.section}{number + i}", row) for i, row in enumerate(rows, 1)]
        number += len(rows)
        if console.width >= WIDE_TABLE:
            _area_table(console, area, numbered)
        else:
            _area_list(console, area, numbered)
    counts = schedule.gap_counts()
    console.print(
        f"{len(schedule.rows)} provision item(s). Items with a gap: "
        + ", ".join(f"{field_label(n).lower()} {counts[n]}" for n in names)
        + ". GAP means the plan does not say it; GAP: '…' means it says it only in vague words."
    )


def _area_table(console, area: str, numbered: list[tuple[str, ScheduleRow]]) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(area), title_justify="left", title_style="bold", show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Provision", ratio=4)
    for name in field_names():
        table.add_column(field_label(name), ratio=2)
    for label, row in numbered:
        provision = escape(row.provision) + (f"\n[dim]Need: {escape(row.need)}[/]" if row.need else "")
        table.add_row(label, provision, *(_terminal_cell(row.get(n)) for n in field_names()))
    console.print(table)


def _area_list(console, area: str, numbered: list[tuple[str, ScheduleRow]]) -> None:
    from rich.markup import escape

    console.print(f"\n[bold underline]{escape(area)}[/]")
    for label, row in numbered:
        console.print(f"[bold]{label}[/] {escape(row.provision)}")
        if row.need:
            console.print(f"     Need: {escape(row.need)}", style="dim")
        for name in field_names():
            console.print(f"     {field_label(name)}: {_terminal_cell(row.get(name))}")


def _terminal_cell(value: FieldValue) -> str:
    from rich.markup import escape

    if value.status == MISSING:
        return "[bold red]GAP[/]"
    if value.status == VAGUE:
        return f"[yellow]GAP: '{escape(value.text or '')}'[/]"
    return escape(value.text or "")


def _by_area(rows: Iterable[ScheduleRow]) -> list[tuple[str, list[ScheduleRow]]]:
    """Consecutive rows grouped under their area (sections G and H under their own names)."""
    groups: list[tuple[str, list[ScheduleRow]]] = []
    for row in rows:
        name = row.area or "Area of need not stated" if row.section == "F" else f"Section {row.section}" + (f": {row.area}" if row.area and row.area_from == "heading" else "")
        if groups and groups[-1][0] == name:
            groups[-1][1].append(row)
        else:
            groups.append((name, [row]))
    return groups


def render_text(schedule: Schedule, title: str = "", width: int = 160) -> str:
    """The terminal table as plain text (no colour): for --output files and tests."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, no_color=True, highlight=False)
    render_terminal(console, schedule, title)
    return buffer.getvalue()
