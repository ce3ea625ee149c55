"""Cut each section into items: the units that checks judge and findings quote.

An item is one sentence of a paragraph, one list item (a bullet, or a paragraph with its
own number such as "F3" or "1.2"), one row of a provision / outcome table, or one block of
labelled lines ("Provision: …" / "How often: …" / "Delivered by: …", read like a row). A
table row is quoted by its provision (or outcome) cell but judged with all its cells, so a
frequency written in the next column counts for the provision beside it. Sub-headings ("Communication and interaction") are
remembered on the items below them, and lead-ins ("Jo will receive:") are not items. A
numbered item keeps its lettered sub-points ("F4 Nurture provision." / "(a) What: …" /
"(b) How often: …"), and a "Staffing: …" line after a group of bullets lends its words
about people to each bullet of the group instead of being an item itself.

Readers do not always hand over whole paragraphs: a PDF may break a wrapped paragraph
or a list item at a line or page end into two blocks. A block that carries on an
unfinished one (no closing punctuation, and the next starts in lower case or the first
ends on a word such as "of" or "and") is joined back before the text is cut, so a
finding quotes the whole provision, never half of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterator, Optional

import yaml

from .extract.normalize import BULLET_PREFIX
from .model import Block, BlockKind, Plan, Section, collapse
from .nlp import Analyzer, Hit, Matches

MIN_ITEM_WORDS = 3
MIN_LIST_WORDS = 2
MAX_HEADING_WORDS = 8
WRAPPED_LINE_WORDS = 8  # an unpunctuated numbered item this long was cut by a line wrap
MAX_GROUP_TITLE_WORDS = 10  # "3. Teaching of language and literacy in the resource base"
MAX_LABEL_WORDS = 7  # "How often and for how long:" is a label; a sentence with a colon is not
# An item's own number in the plan: "F1", "F2.3", "E4:", "1.3" (section letter or a
# multi-level number; a plain "1." is a bullet, removed with the bullets).
_ITEM_NUMBER = re.compile(
    r"^\(?(?:(?:[A-K]|H[12])\d{1,2}(?:\.\d{1,2})*[.:)]?\s+"  # "F3 ", "E1.2: " (not "A 30-minute…")
    r"|\d{1,2}(?:\.\d{1,2})+[.:)]?\s+(?=[A-Z(]|\d:\d)"  # "1.3 The…", "2.2 1:1 …" (not "2.5 hours…")
    r"|\d{1,2}[a-h]\)\s+)")  # "2e) Little Wandle …"
# A capitalised label of a few words inside a line: " How often and for how long: "
_INNER_LABEL = re.compile(r"(?<=\s)([A-Z][a-z]+(?: [a-z]+){0,6}):\s")
# The number of a group line: "1 Delivered by the class team", "2. Delivered by …"
_GROUP_NUMBER = re.compile(r"^\d{1,2}[.)]?\s+(?=[A-Z])")
# A cell holding only an item's number: "F1", "2.3", "1", "(a)" (a PDF list read as a table)
_NUMBER_CELL = re.compile(r"\(?(?:(?:[A-K]|H[12])?\d{1,2}(?:\.\d{1,2})*|[a-h]|[ivx]{1,5})[.:)]?")  # "(iv)" too
# "(E1, E2)", "(Outcomes 3, 7)" after a group's title: which outcomes the group serves
_OUTCOME_NOTE = re.compile(r"\s*\([^()]*\b(?:E\s?\d|outcomes?)\b[^()]*\)\s*$", re.I)  # "(towards outcomes E1, E2)"
# Where a label ends: "How often: …", "Frequency – every school day"
_HAND_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s")  # "3. Attention Autism …" typed as a paragraph
_LABEL_END = re.compile(r"(?<!\d):(?!\d)|\s[–-]\s")  # (not the colon of "1:1" or "9:15")
# A lettered sub-point of a numbered item: "(a) ", "b) "
_SUB_POINT = re.compile(r"^\s*\(?[a-h]\)\s+")
_CLOSED = re.compile(r"[.!?;:]['\")\]]*\s*$")
# spaCy keeps "B." as one token, so "…set out in Section B. It will…" (or "in Sections F
# and G. The…") is not split.
_LETTER_STOP = re.compile(r"\b(?:sections?|parts?|appendix|annex)\s+(?:[A-K]\d?(?:,\s*|\s+and\s+|\s*&\s*))*[A-K]\d?\.\s+(?=[A-Z])", re.I)
NOT_JUDGED = ("need", "outcome", "advice", "funding")  # row columns that describe, not provide
PROVISION_SECTIONS = ("F", "G", "H1", "H2", "H")  # where an "Outcomes supported:" line is a link, not an item
MAX_LINK_WORDS = 12
DETAIL_ROLES = ("frequency", "who", "group", "place")  # labels that open a line of details
SENTENCE_WORDS = 6  # a bold line this long ending in a full stop is a sentence, not a heading


@dataclass(frozen=True)
class Item:
    section: str
    text: str  # the quoted text: one sentence, list item or table cell
    page: Optional[int]
    block: int  # index of the item's block in Document.blocks
    kind: str  # "sentence", "list_item" or "row"
    matches: Matches = field(compare=False, repr=False)  # lexicon hits over `context`
    context: str = ""  # what the hits were found in: the item, or its whole table row
    columns: tuple[tuple[str, str], ...] = ()  # (role, cell text) for table rows
    heading: Optional[str] = None  # the sub-heading the item sits under
    spans: tuple[tuple[str, int, int], ...] = ()  # (role, start, end) of each cell in `context`

    def column(self, role: str) -> str:
        return next((text for r, text in self.columns if r == role), "")

    def matches_without(self, *roles: str) -> Matches:
        """The hits outside the named row columns (e.g. without the need and outcome
        cells, whose words describe the child rather than the provision)."""
        if not self.spans:
            return self.matches
        cache = self.__dict__.setdefault("_without", {})  # rules ask again and again per item
        if roles not in cache:
            skipped = [(s, e) for role, s, e in self.spans if role in roles]
            cache[roles] = Matches([h for h in self.matches.hits if not any(s <= h.start and h.end <= e for s, e in skipped)])
        return cache[roles]


@dataclass(frozen=True)
class _Patterns:
    label: re.Pattern  # "Provision:" before an item
    open_end: re.Pattern  # a block that stops mid-sentence
    not_a_title: re.Pattern  # words that make a short line a provision, not a sub-heading
    staffing_categories: frozenset[str]  # what a group's "Staffing:" line lends its items
    group_deliverer: re.Pattern  # a heading that says who delivers the items under it
    vague_title: re.Pattern  # "as required": a short line with it is a terse provision, not a title
    written_by: re.Pattern  # "Programmes are written by …": a note saying who delivers a group
    heading_categories: tuple[str, ...]  # what a group's heading says for all its items ("Every college day")
    detail_fields: re.Pattern  # "Twice a week · 30 minutes · a trained TA": a line of details
    not_provision: tuple[str, ...]  # categories of sentences about the plan, not provision ...
    provision: tuple[str, ...]  # ... unless they also have one of these


def _alternatives(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in words)



def load_yaml(text: str):
    """Safe YAML through libyaml when PyYAML has it: ~10x faster, for the first plan."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """Regexes built from data/segmentation.yaml, once per process."""
    data = load_yaml(resources.files("ehcp_audit").joinpath("data/segmentation.yaml").read_text("utf-8"))
    return _Patterns(
        # "Provision: …", "Need 2.1 – …", "Outcome 3 Freya will …" (a number may stand for the colon)
        label=re.compile(rf"^(?:{_alternatives(data['item_labels'])})(?:\s*\d{{1,2}}(?:\.\d{{1,2}})*\s*[:.–-]?|\s*[:.–-])\s+(?=\S)", re.I),
        open_end=re.compile(rf"\b(?:{_alternatives(data['open_end_words'])})\s*$", re.I),
        not_a_title=re.compile(rf"\d|\b(?:{_alternatives(data['not_title_words'])})\b|\b(?:{_alternatives(data['not_title_phrases'])})\b", re.I),
        staffing_categories=frozenset(data["staffing_line_categories"]),
        group_deliverer=re.compile(rf"^(?:{_alternatives(data['group_deliverer_openers'])})\b", re.I),
        vague_title=re.compile(rf"\b(?:{_alternatives(data['not_title_phrases'])})\b", re.I),
        written_by=re.compile(rf"\b(?:is|are|will be)\s+(?:{_alternatives(data['group_note_verbs'])})\s+by\b", re.I),
        heading_categories=tuple(data["heading_categories"]),
        detail_fields=re.compile("|".join(re.escape(s) for s in data["detail_separators"])),
        not_provision=tuple(data["not_provision_categories"]),
        provision=tuple(data["provision_categories"]),
    )


@lru_cache(maxsize=1)
def _abbreviation_end() -> re.Pattern:
    data = load_yaml(resources.files("ehcp_audit").joinpath("data/abbreviations.yaml").read_text("utf-8"))
    words = "|".join(re.escape(w) for w in data["abbreviations"])
    return re.compile(rf"\b(?:{words})\.\s*$", re.I)


@dataclass(frozen=True)
class _Tables:
    """data/tables.yaml, read once: what table headings say."""
    roles: dict[str, tuple[str, ...]]  # role -> heading words, longest first
    units: tuple[tuple[str, re.Pattern], ...]  # ("minutes", /\b(?:minutes|mins|min)\b/), then the periods
    weekdays: dict[str, str]  # "tu" -> "Tuesday"
    min_weekday_columns: int
    no_session_marks: frozenset[str]  # "-", "x": the provision does not run that day
    key_headings: frozenset[str]  # "Code": the first heading of a staffing key
    max_code_length: int
    leading_number: re.Pattern  # "10, straight after registration": a number with no unit of its own
    key_line: re.Pattern  # "KP – Tegan's key person …"
    key_pair: re.Pattern  # "D = every college day"
    tick_marks: frozenset[str]
    group_size: re.Pattern  # "6", "No more than 6": a size under a group-size heading
    period_heading: re.Pattern  # "Every week", "Each half-term, term or year"
    own_period: re.Pattern  # the same words anywhere in a cell: "45 every fortnight"


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = load_yaml(resources.files("ehcp_audit").joinpath("data/tables.yaml").read_text("utf-8"))
    return _Tables(
        roles={role: tuple(sorted(words, key=len, reverse=True)) for role, words in data["roles"].items()},
        units=tuple((name, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"))
                    for group in ("units", "periods") for name, words in data[group].items()),
        weekdays={form: day for day, forms in data["weekdays"].items() for form in forms},
        min_weekday_columns=data["min_weekday_columns"],
        no_session_marks=frozenset(data["no_session_marks"]),
        key_headings=frozenset(data["key_headings"]),
        max_code_length=data["max_code_length"],
        leading_number=re.compile(r"(\d{1,3}(?:\.\d)?)(?=,|\s+(?:%s))" % "|".join(re.escape(w) for w in data["number_followers"])),
        key_line=re.compile(r"^([A-Z][A-Za-z0-9]{0,%d})\s*(?:%s)\s+(\S.*)$" % (
            data["max_code_length"] - 1, "|".join(re.escape(s) for s in data["key_line_separators"])), re.S),
        key_pair=re.compile(r"(?:^|[;,:]\s*)([A-Z][A-Za-z0-9]{0,%d})\s*%s\s*([^;=]+?)\s*(?=;|$|\.\s*$)" % (
            data["max_code_length"] - 1, re.escape(data["key_pair_separator"]))),
        tick_marks=frozenset(data["tick_marks"]),
        period_heading=re.compile(r"(?:%s)\b" % "|".join(re.escape(w) for w in data["period_heading_openers"]), re.I),
        own_period=re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in data["period_heading_openers"]), re.I),
        group_size=re.compile(r"(?:(?:%s)\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b(?!\s*[:/]|\s+(?:adults?|staff)\b)" % "|".join(
            re.escape(w) for w in data["group_size_openers"]), re.I),
    )


def column_roles() -> dict[str, tuple[str, ...]]:
    return _tables().roles


_BARE_NUMBER = re.compile(r"\d{1,3}(?:\.\d)?(?:\s*[-–]\s*\d{1,3}(?:\.\d)?)?")  # "20", "20-30", "1.5"


def _header_unit(header: str) -> str:
    """The unit a column heading gives its cells: "Minutes each time" -> "minutes",
    "Hours per week" -> "hours per week"; "" when it gives none."""
    lowered = collapse(header).lower()
    found = [name for name, pattern in _tables().units if pattern.search(lowered)]
    unit = next((n for n in found if not n.startswith("per ")), "")
    period = next((n for n in found if n.startswith("per ")), "")
    if period and not unit:
        unit = "times"  # "Frequency per week" | "3" -> "3 times per week"
    return f"{unit} {period}".strip()


def _cell_text(text: str, unit: str, day: Optional[str]) -> str:
    """A cell as its heading reads it: "20" under "Minutes each time" is "20 minutes"; "✓"
    under "Tu" is "Tuesday: ✓", and a dash there is "" (the provision does not run that day);
    "two 5-minute breaks" under "Each day" is "two 5-minute breaks (per day)"."""
    marks = _tables().no_session_marks
    if day:
        return "" if not text or text.lower() in marks else f"{day}: {text}"
    if unit and _BARE_NUMBER.fullmatch(text):
        return f"{text} {unit}"
    opening = _tables().leading_number.match(text) if unit and not unit.startswith(("times", "sessions")) and not day else None
    if opening:  # "10, straight after registration" under "Minutes": "10 minutes, straight after …";
        # "45 every fortnight" under "Minutes a week": "45 minutes every fortnight" (the cell's own timing wins)
        rest = text[opening.end(1):]
        own_timing = " per " in f" {unit} " and _tables().own_period.search(rest)
        return f"{opening.group(1)} {unit.split(' per ')[0] if own_timing else unit}{rest}"
    period = unit[unit.find("per "):] if "per " in unit else ""
    return f"{text} ({period})" if period and text and text.lower() not in marks else text


def _group_cell(text: str) -> str:
    """A cell under a group-size heading as the heading reads it: "No more than 6" is "group
    of no more than 6"; "1:1" or "Whole class" stay as they are."""
    return f"group of {text}" if _tables().group_size.match(text) else text


def _period_columns(header: list[str]) -> set[int]:
    """The columns of a grid laid out by how often ("Every school day | Every week"), or
    nothing when fewer than two headings say how often."""
    found = {col for col, text in enumerate(header) if len(text) < 60 and _tables().period_heading.match(collapse(text))}
    return found if len(found) >= 2 else set()


def _weekday_columns(header: list[str]) -> dict[int, str]:
    """The day each column of a weekly provision map stands for ("Tu" -> "Tuesday");
    nothing unless the table has enough day columns to be such a map."""
    tables = _tables()
    days = {col: tables.weekdays.get(collapse(text).lower().rstrip(".")) for col, text in enumerate(header)}
    days = {col: day for col, day in days.items() if day}
    return days if len(set(days.values())) >= tables.min_weekday_columns else {}


def _plan_key(blocks, section: Section) -> tuple[dict[str, str], set[int], set[int]]:
    """The codes a key in the section defines, and the key's tables and blocks (they
    provide nothing themselves). A key is a table headed "Code" ("KA | Maisie's key adult |
    Thrive Licensed Practitioner"), or two or more lines "KP – Tegan's key person …", or a
    paragraph of pairs "Frequency key: D = every college day; W = once a week". Lines and
    pairs count as a key only when a table of the section uses one of their codes, so that
    bullets such as "OT – weekly sessions" stay provision."""
    tables = _tables()
    key: dict[str, str] = {}
    key_tables: set[int] = set()
    cells: dict[int, dict[int, list[Block]]] = {}
    candidates: list[tuple[set[int], Optional[int], list[tuple[str, str]]]] = []  # (blocks, table, codes)
    run: list[tuple[int, str, str]] = []  # consecutive "CODE – text" blocks

    def close_run() -> None:
        if len(run) >= 2:  # one such line alone is a sentence, not a key
            candidates.append(({i for i, _, _ in run}, None, [(code, meaning) for _, code, meaning in run]))
        run.clear()

    for index in range(section.start + 1, section.end):
        block = blocks[index]
        if block.table is not None:
            cells.setdefault(block.table.table, {}).setdefault(block.table.row, []).append(block)
        text = collapse(BULLET_PREFIX.sub("", block.text, count=1)) if block.table is None else ""
        line = tables.key_line.match(text) if text else None
        if line and _key_code(line.group(1)):
            run.append((index, line.group(1), line.group(2)))
            continue
        close_run()
        pairs = tables.key_pair.findall(text) if "=" in text else []
        if len(pairs) >= 2:
            candidates.append(({index}, None, pairs))
    close_run()
    for table, rows in cells.items():
        ordered = [sorted(rows[r], key=lambda b: b.table.col) for r in sorted(rows)]
        # (a PDF reads a bulleted key as a table of bullets and lines)
        bulleted = [tables.key_line.match(collapse(row[1].text)) for row in ordered
                    if len(row) == 2 and _bullet_only(row[0].text)]
        if len(ordered) >= 2 and len(bulleted) == len(ordered) and all(b and _key_code(b.group(1)) for b in bulleted):
            candidates.append((set(), table, [line.groups() for line in bulleted]))
            continue
        header = ordered[0]
        if len(header) < 2 or collapse(header[0].text).lower().rstrip(":") not in tables.key_headings:
            continue
        # each of a code's cells under its heading: "Training and qualifications: Thrive
        # Licensed Practitioner" says what the training column means
        headings = {b.table.col: collapse(b.text) for b in header}
        codes = {collapse(row[0].text): "; ".join(f"{headings.get(b.table.col, '')}: {collapse(b.text)}".lstrip(": ")
                                                  for b in row[1:] if b.text.strip())
                 for row in ordered[1:] if len(row) > 1}
        if codes and all(0 < len(code) <= tables.max_code_length and " " not in code for code in codes):
            key.update(codes)
            key_tables.add(table)
    candidate_tables = {table for _, table, _ in candidates if table is not None}
    used = {word for table, rows in cells.items() if table not in key_tables | candidate_tables
            for row in rows.values() for b in row for word in re.findall(r"[A-Za-z0-9]+", b.text)}
    key_blocks: set[int] = set()
    for indices, table, codes in candidates:
        if any(code in used for code, _ in codes):
            key.update(codes)
            key_blocks |= indices
            if table is not None:
                key_tables.add(table)
    return key, key_tables, key_blocks


def _key_code(code: str) -> bool:
    """"KP", "SENCO", "D": a code a key may define; not a label such as "Who" or "When"."""
    return (code.isupper() or len(code) <= 3) and _role(code) is None


def _with_key(text: str, key: dict[str, str]) -> str:
    """A staff or frequency cell with each code from the key read with the key's words:
    "KA" -> "KA (Who: Maisie's key adult; Training and qualifications: …)", "W" -> "W (once a week)"."""
    if not key or not text:
        return text
    return _codes_pattern(tuple(sorted(key, key=len, reverse=True))).sub(
        lambda m: f"{m.group(1)} ({key[m.group(1)]})" if key[m.group(1)] else m.group(1), text)


@lru_cache(maxsize=32)
def _codes_pattern(codes: tuple[str, ...]) -> re.Pattern:
    """The codes of a key as whole words, longest first (built once per key, not per cell)."""
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(c) for c in codes) + r")(?![\w-])")


def _role(header: str) -> Optional[str]:
    lowered = collapse(header).lower()
    best: tuple[int, Optional[str]] = (0, None)
    for role, words in column_roles().items():
        for word in words:
            if lowered.startswith(word) and len(word) > best[0]:
                best = (len(word), role)
    return best[1]


@dataclass
class _Segment:
    section: str
    text: str
    block: int
    page: Optional[int]
    kind: str  # "paragraph", "lines" or "row"
    heading: Optional[str]
    quote: str = ""
    columns: tuple[tuple[str, str], ...] = ()
    spans: tuple[tuple[str, int, int], ...] = ()
    shared: str = ""  # a group's "Staffing: …" line, which holds for each item of the group


def _section_segments(plan: Plan, section: Section) -> list[_Segment]:
    blocks = plan.document.blocks
    segments: list[_Segment] = []
    heading: Optional[str] = None
    leading: Optional[str] = None  # a "Delivered by …" line over the items that follow it
    carried: Optional[list[str]] = None  # a header row standing alone over the tables below it, to the section's end
    key, key_tables, key_blocks = _plan_key(blocks, section)
    index = section.start + 1
    while index < section.end:
        block = blocks[index]
        if index in key_blocks or (block.table is not None and block.table.table in key_tables):
            index += 1  # a key defines codes; it provides nothing
            continue
        if block.table is not None and segments and segments[-1].kind != "row" and _just_after(blocks, segments[-1].block, index):
            grid = _details_grid(blocks, index, section.end)
            if grid:  # "F1 Direct speech and language therapy …", then "How often | How long | Who"
                columns, index = grid
                previous = segments[-1]
                columns = (("provision", _clean_quote(previous.text)[0]),) + columns
                context, spans = _join_cells(columns)
                segments[-1] = _Segment(section.id, context, previous.block, previous.page, "row", previous.heading,
                                        columns[0][1], columns, spans, shared=previous.shared)
                continue
        if block.table is not None:
            lone = _lone_header(blocks, index, section.end)
            if lone:  # "How much / when | What will be provided": the columns of the tables below
                carried, index = lone
                continue
            index, leading = _table_segments(blocks, index, section, heading, segments, leading, key, carried)
            continue
        if _numbered_heading(blocks, index, section.end):
            heading, leading = _clean_quote(block.text)[0], None
            index += 1
            if _group_note(blocks, index, section.end):
                leading = collapse(blocks[index].text)
                index += 1
            continue
        if section.id in PROVISION_SECTIONS and _link_note(block):
            index += 1  # "Outcomes supported: E1, E2" under a group heading: a link, not provision
            continue
        detail = _labelled_line(block) if segments and segments[-1].kind == "row" and _just_after(blocks, segments[-1].block, index) else None
        if detail and detail[0] in DETAIL_ROLES and detail[0] not in {role for role, _ in segments[-1].columns}:
            # a detail line a PDF left under the row it belongs to ("Adult: …" after "1. | A named
            # TA every morning. When and for how long: 8:45 to 11:45")
            previous = segments[-1]
            columns = previous.columns + tuple(_cut_at_labels(*detail))
            context, spans = _join_cells(columns)
            segments[-1] = _Segment(section.id, context, previous.block, previous.page, "row", previous.heading,
                                    previous.quote, columns, spans, shared=previous.shared)
            index += 1
            continue
        group, taken = _labelled_group(blocks, index, section.end)
        if not group:
            group, taken = _detailed_item(blocks, index, section.end)
        if group:
            columns = tuple(group)
            context, spans = _join_cells(columns)
            segments.append(_Segment(section.id, context, index, block.page, "row", heading, columns[0][1], columns, spans))
            index += taken
            continue
        who = _who_line(block)
        if who is not None:
            # a who-line after a group says who delivers the group; one that opens a group
            # (or follows another such line) says who delivers the items that follow it
            if leading is None and _lend_staffing(segments, who, heading):
                index += 1
                continue
            leading = who
            if block.kind == BlockKind.HEADING:
                heading = collapse(block.text)
            index += 1
            if _note_on_the_deliverer(blocks, index, section.end):
                leading = f"{leading} {collapse(blocks[index].text)}"  # "Her key person is a Level 3 …"
                index += 1
            continue
        if (block.kind == BlockKind.HEADING and not _sentence_in_bold(block)) or _is_subheading(block) or _area_line(block):
            heading, leading = collapse(block.text), None
            if _group_note(blocks, index + 1, section.end):
                leading = collapse(blocks[index + 1].text)
                index += 1
        elif segments and _sub_point_of(segments[-1], block):
            segments[-1].text = segments[-1].text.rstrip() + "\n" + block.text.strip()
        elif segments and _carries_on(segments[-1], block):
            segments[-1].text = segments[-1].text.rstrip() + " " + block.text.lstrip()
        elif block.kind == BlockKind.LIST_ITEM or "\n" in block.text or _numbered(block.text):
            segments.append(_Segment(section.id, block.text, index, block.page, "lines", heading, shared=leading or ""))
        else:
            segments.append(_Segment(section.id, block.text, index, block.page, "paragraph", heading, shared=leading or ""))
        index += 1
    return segments


def _numbered_heading(blocks, index: int, end: int) -> bool:
    """A numbered sub-heading, not an item: "F3 Emotional well-being" followed by "F3.1 …",
    or a numbered title over its group's table or "Delivered by" line ("1. Communication
    and interaction", then the table; a PDF reads Word's numbered headings as list items)."""
    text = blocks[index].text.lstrip()
    number = _ITEM_NUMBER.match(text) or BULLET_PREFIX.match(text)  # as `_numbered` reads it
    if not number or index + 1 >= end or blocks[index].table is not None:
        return False
    title, after = text[number.end():], blocks[index + 1]
    if after.text.lstrip().startswith(number.group().strip(" \t().:") + "."):
        return _looks_like_title(title)
    following = index + 1
    # past a "Links: outcomes E1, E2" line and a "Provision" sub-heading
    while following + 1 < end and (_link_note(blocks[following]) or _is_subheading(blocks[following])
                                   or blocks[following].kind == BlockKind.HEADING) and following < index + 3:
        following += 1
    after = blocks[following]
    over_a_group = after.table is not None or _who_line(after) is not None or _group_note(blocks, following, end)
    return over_a_group and any(c.isdigit() for c in number.group()) and _group_title(title)


def _group_title(text: str) -> bool:
    """The title of a numbered group ("Moving on to higher education (E3, E4)"): short,
    capitalised, unpunctuated, and with no vague phrase ("as required") that would make it
    a terse provision. Its place over a table or a "Delivered by" line says the rest."""
    text = collapse(_OUTCOME_NOTE.sub("", text))
    return (0 < len(text.split()) <= MAX_GROUP_TITLE_WORDS and text[:1].isupper()
            and not text.endswith((".", ";", ",", ":")) and not any(c.isdigit() for c in text)
            and not _patterns().vague_title.search(text))


def _group_note(blocks, index: int, end: int) -> bool:
    """A paragraph under a group's heading and over its list that says who delivers or
    writes the group's provision: "Delivered by school staff across the school day.",
    "Programmes are written by HCPC-registered physiotherapists." It is said of every item
    of the group, not a provision of its own."""
    if index >= end:
        return False
    block = blocks[index]
    if block.kind != BlockKind.PARAGRAPH or block.table is not None or "\n" in block.text:
        return False
    text = collapse(block.text)
    says_who = _patterns().group_deliverer.match(text) or _patterns().written_by.search(text)
    return bool(says_who) and _note_on_the_deliverer(blocks, index, end)


def _labelled_line(block: Block) -> Optional[tuple[str, str]]:
    """(role, value) of a one-line "How often: two sessions a week" block, by the role its
    label names in data/tables.yaml; None for any other block. The value may be empty
    ("How long:" left blank), which says something is missing."""
    if block.table is not None or "\n" in block.text:
        return None
    return _labelled_text(block.text)


def _labelled_text(text: str) -> Optional[tuple[str, str]]:
    """`_labelled_line` on a line's text (also a cell of a PDF list read as a table). The
    label ends at a colon, or at a dash ("Frequency – every school day")."""
    split = _split_label(text)
    role = _role(split[0]) if split else None
    return (role, collapse(split[1])) if role else None


def _split_label(text: str) -> Optional[tuple[str, str]]:
    """(label, value) of "Label: value" or "Label – value" when the label is short enough."""
    end = _LABEL_END.search(text)
    if not end or len(text[:end.start()].split()) > MAX_LABEL_WORDS:
        return None
    return text[:end.start()].strip(), text[end.end():]


def _labelled_group(blocks, index: int, end: int) -> tuple[list[tuple[str, str]], int]:
    """A "Provision: …" line and the labelled lines under it ("How often: …", "Delivered
    by: …") as (role, value) columns, and how many blocks they take: one item, read like
    a table row. No columns unless there are at least two labels. A PDF may run two
    labelled lines into one block ("… each Outcomes supported: E2"); such a line is cut
    back into its labels."""
    first = _labelled_line(blocks[index])
    if first is None or first[0] != "provision" or not first[1]:
        return [], 0
    lines, taken = [first], 1
    while index + taken < end:
        # a label the tables do not know ("Why: …", "Home-school link: …") is still a line
        # of this item, once it has a known one
        line = _labelled_line(blocks[index + taken]) or (_other_label(blocks[index + taken]) if len(lines) > 1 else None)
        if line is None or line[0] == "provision":
            break
        lines.append(line)
        taken += 1
    group = [part for role, value in lines for part in _cut_at_labels(role, value)]
    return (group, taken) if len(group) > 1 else ([], 0)


def _other_label(block: Block) -> Optional[tuple[str, str]]:
    """ "Why: so that Ali can talk with his peers": a short capitalised label of no known role."""
    split = _split_label(block.text) if block.table is None and "\n" not in block.text else None
    if split is None or not split[0][:1].isupper() or any(c.isdigit() for c in split[0]):
        return None
    return ("other", collapse(split[1]))


def _detailed_item(blocks, index: int, end: int) -> tuple[list[tuple[str, str]], int]:
    """A provision with labelled detail lines under it, as one item read like a table row:
    a numbered item with detail bullets ("1. Direct speech and language therapy …" / "•
    How often: one 40-minute session a week" / "• Who: …"), or a provision paragraph with a
    line of two labels or more ("When: weekly. Who: Deaf BSL tutor. Outcome: E2.").
    A single "Staffing:" paragraph after a plain item is not a detail: it may say who
    delivers a whole group (`_lend_staffing`)."""
    block = blocks[index]
    dotted, taken = _dotted_details(blocks, index, end)
    if dotted:
        return dotted, taken
    if block.table is not None or "\n" in block.text or _labelled_line(block):
        return [], 0
    if _numbered(block.text):
        # detail bullets, or indented detail paragraphs that each open with a label
        # ("When and for how long: …", "Adult: …", "Reviewed: …")
        details, taken = [], 1
        # (paragraphs only under an item numbered by hand: a "Staffing:" paragraph after
        # bullets says who delivers the whole group)
        kinds = (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) if _HAND_NUMBER.match(block.text) else (BlockKind.LIST_ITEM,)
        while index + taken < end and blocks[index + taken].kind in kinds:
            line = _labelled_line(blocks[index + taken])
            if line is None or line[0] == "provision" or _numbered(blocks[index + taken].text):
                break
            if blocks[index + taken].kind == BlockKind.PARAGRAPH and line[0] not in DETAIL_ROLES + ("review",):
                break
            details.extend(_cut_at_labels(*line))
            taken += 1
        if details:
            return [("provision", _clean_quote(block.text)[0])] + details, taken
    # a paragraph with its details run in after it ("Keep-up phonics in a small group.
    # When and how long: every afternoon. Who: a teaching assistant.")
    text, taken = block.text, 1
    # (a PDF may break it, even after a label's colon: "When and how long:" / "Lunchtimes.")
    while index + taken < end and (_continues(text, "paragraph", blocks[index + taken]) or _label_waits(text, blocks[index + taken])):
        text, taken = text.rstrip() + " " + blocks[index + taken].text.lstrip(), taken + 1
    run_in = _run_in_details(text)
    if run_in:
        return run_in, taken
    # a paragraph: one line of labels after it, the first saying when or who
    line = _labelled_line(blocks[index + 1]) if index + 1 < end else None
    details = _cut_at_labels(*line) if line and line[0] in DETAIL_ROLES else []
    return ([("provision", collapse(block.text))] + details, 2) if len(details) > 1 else ([], 0)


def _run_in_details(text: str) -> list[tuple[str, str]]:
    """A provision sentence with its details run in after it ("Keep-up phonics in a small
    group. When and how long: every afternoon. Who: a teaching assistant.") as the columns
    of a row; nothing otherwise. (A whole sentence of provision comes first: not "Reading
    intervention – Who: …", where the provision would be quoted without its details.)"""
    run_in = _cut_at_labels("provision", _clean_quote(text)[0])
    return run_in if len(run_in) > 1 and _CLOSED.search(run_in[0][1]) and run_in[1][0] in DETAIL_ROLES else []


def _dotted_details(blocks, index: int, end: int) -> tuple[list[tuple[str, str]], int]:
    """A provision with a line of details under it whose fields are split by a separator
    ("Direct speech and language therapy …" / "Twice a week · 30 minutes · an HCPC-registered
    therapist"): the next line of the block (Word), the rest of the line after the sentence
    (a PDF may run the two together), or the next block (a PDF may break it off)."""
    block = blocks[index]
    if block.table is not None:
        return [], 0
    fields = _patterns().detail_fields
    lines = [line for line in block.text.split("\n") if line.strip()]
    provision, details, taken = None, None, 1
    if len(lines) == 2 and fields.search(lines[1]) and not fields.search(lines[0]):
        provision, details = lines
    elif len(lines) == 1 and (first := fields.search(lines[0])):
        cut = lines[0].rfind(". ", 0, first.start())
        if cut > 0:
            provision, details = lines[0][:cut + 1], lines[0][cut + 2:]
    elif len(lines) == 1 and index + 1 < end:
        after = blocks[index + 1]
        if after.table is None and "\n" not in after.text and fields.search(after.text) and not BULLET_PREFIX.match(after.text):
            provision, details, taken = lines[0], after.text, 2
    if provision is None:
        return [], 0
    return [("provision", _clean_quote(provision)[0]), ("frequency", collapse(details))], taken


def _detail_run(ordered, r: int) -> Iterator[tuple[str, str]]:
    """The labelled bullet rows under row `r` of a PDF list read as a table, as (role, value)."""
    for row in ordered[r + 1:]:
        if len(row) < 2 or not _bullet_only(row[0][1].text):
            return
        line = _labelled_text(row[1][1].text) if "\n" not in row[1][1].text else None
        if line is None or line[0] == "provision":
            return
        yield line


def _detail_rows(ordered, r: int) -> list[tuple[str, str]]:
    """`_detailed_item` for a PDF list read as a table: "1. | Direct therapy …" then
    "• | How often: …" rows."""
    row = ordered[r]
    if len(row) < 2 or "\n" in row[1][1].text or _labelled_text(row[1][1].text):
        return []
    details = [part for line in _detail_run(ordered, r) for part in _cut_at_labels(*line)]
    return [("provision", collapse(row[1][1].text))] + details if details else []


def _link_note(block: Block) -> bool:
    """A line that only links a group of provision to needs or outcomes ("Outcomes
    supported: E1, E2", "Links: Section B need 2; outcomes E3 and E4") or says how its
    progress is monitored ("Monitoring: the therapist reports at the annual review")."""
    line = _labelled_line(block)
    if line is None:
        return False
    return line[0] == "review" or (line[0] in NOT_JUDGED and len(line[1].split()) <= MAX_LINK_WORDS)


def _cut_at_labels(role: str, value: str) -> list[tuple[str, str]]:
    """ "weekly How long: 45 minutes" -> [(role, "weekly"), ("frequency", "45 minutes")]."""
    parts = [(role, value)]
    for match in _INNER_LABEL.finditer(value):
        inner = _role(match.group(1))
        if inner and inner != "provision":
            head = parts[-1][1]
            cut = head.find(match.group(0))
            if cut > 0:
                parts[-1] = (parts[-1][0], head[:cut].strip())
                parts.append((inner, head[cut + len(match.group(0)):].strip()))
    return parts


def _who_line(block: Block) -> Optional[str]:
    """What a line saying who delivers a group of items says: a "Staffing: …" or
    "Delivered by: …" line, or a heading "Delivered by the school's ELSA". None for any
    other block."""
    if block.table is not None or "\n" in block.text:
        return None
    return _who_text(collapse(block.text), block.kind)


def _who_text(text: str, kind: BlockKind) -> Optional[str]:
    """`_who_line` on a line's text (also for a cell of a PDF list read as a table)."""
    group_number = _GROUP_NUMBER.match(text)
    number = _ITEM_NUMBER.match(text) or BULLET_PREFIX.match(text) or group_number
    unnumbered = text[number.end():] if number else text  # "1 Delivered by the class team: …"
    label, colon, value = unnumbered.partition(":")
    if colon and len(label.split()) <= MAX_LABEL_WORDS and _role(label) == "who":
        return collapse(value) or None
    # a heading, or a numbered group line ("1. Delivered by Elowen's key person"); a bullet
    # "Delivered by a TA" under a provision is a detail of that provision instead
    opener = _patterns().group_deliverer.match(unnumbered)
    if opener and (kind == BlockKind.HEADING or colon or (group_number and kind == BlockKind.LIST_ITEM)):
        return unnumbered
    return None


def _note_on_the_deliverer(blocks, index: int, end: int) -> bool:
    """A plain paragraph between a "Delivered by …" line and its first bullet or numbered
    item says more about the deliverer (their training), not a provision of its own."""
    if index + 1 >= end:
        return False
    note, first = blocks[index], blocks[index + 1]
    bullet_cell = first.table is not None and (_bullet_only(first.text) or _number_only(first.text))  # a PDF list
    return (note.kind == BlockKind.PARAGRAPH and note.table is None and not _numbered(note.text)
            and (first.kind == BlockKind.LIST_ITEM or _numbered(first.text) or bullet_cell))


def _lend_staffing(segments: list[_Segment], who: str, heading: Optional[str]) -> bool:
    """A "Staffing: …" line after a group of bullets or numbered items under one sub-heading
    says who delivers each of them; an item that names someone else is judged on its own
    words as well. The line joins the group's items as context and is not an item itself.
    A paragraph of prose before the line is an introduction, not a group: the line then
    opens the group below it."""
    group = []
    for segment in reversed(segments):
        if segment.kind != "lines" or segment.heading != heading or segment.shared:
            break
        group.append(segment)
    for segment in group:
        segment.shared = who
    return bool(group)


def _sub_point_of(previous: _Segment, block: Block) -> bool:
    """ "(a) What: …" / "(b) How often: …" under "F4 Nurture provision.": the lettered
    sub-points of a numbered item belong to it (the item is judged and quoted whole)."""
    if previous.kind != "lines" or block.table is not None or not _SUB_POINT.match(block.text):
        return False
    first = previous.text.lstrip().split("\n")[0]
    return bool(_ITEM_NUMBER.match(first)) and not _SUB_POINT.match(first) and not first.rstrip().endswith(":")


def _numbered(text: str) -> bool:
    """A paragraph with its own item number ("F3 …", "1.2 …", "(a) …") is one item, like a
    bullet: its sentences describe one provision and are judged together."""
    text = text.lstrip()
    return bool(_ITEM_NUMBER.match(text) or BULLET_PREFIX.match(text))


def _carries_on(previous: _Segment, block: Block) -> bool:
    """Does `block` continue the unfinished text of the segment before it?"""
    return previous.kind != "row" and _continues(previous.text, previous.kind, block)


def _label_waits(text: str, block: Block) -> bool:
    """Does `text` end on a run-in label ("… When and how long:") whose value is `block`?"""
    label = _INNER_LABEL.search(text[-60:] + " ")
    return (block.kind == BlockKind.PARAGRAPH and "\n" not in block.text and label is not None
            and text.rstrip().endswith(label.group(1) + ":") and _role(label.group(1)) in DETAIL_ROLES)


def _continues(text: str, kind: str, block: Block) -> bool:
    """Does `block` continue `text` (of a segment of this kind), left unfinished?"""
    if block.kind != BlockKind.PARAGRAPH or "\n" in block.text:
        return False
    before, after = text.rstrip(), block.text.lstrip()
    if not before or not after or _CLOSED.search(before) or _numbered(after):
        return False
    last_line = before.split("\n")[-1].split()
    if len(last_line) < 4:
        return False  # a short unpunctuated line is a title, not half a sentence
    # A long numbered item that stops mid-sentence was wrapped onto the next line ("F1.2 … will
    # run" / "Maisie's programme …"), whatever case the next line starts in.
    wrapped = kind == "lines" and _numbered(before) and len(last_line) >= WRAPPED_LINE_WORDS
    return not after[0].isupper() or wrapped or bool(_patterns().open_end.search(before))


def _sentence_in_bold(block: Block) -> bool:
    """A whole sentence set in bold ("BSL lessons so that Ellis can work towards Level 2."):
    a reader takes an all-bold line for a heading, but a heading is not a sentence."""
    text = collapse(block.text)
    return block.style is None and text.endswith(".") and len(text.split()) >= SENTENCE_WORDS


def _area_line(block: Block) -> bool:
    """A list item naming an area and its outcomes, over the items of that area: "Social,
    emotional and mental health (towards outcomes E1, E2 and E3)" (a Word list whose
    levels carry no numbers in the text)."""
    return block.table is None and _area_title(block.text)


def _area_title(text: str) -> bool:
    return bool(_OUTCOME_NOTE.search(text)) and _group_title(text)


def _is_subheading(block: Block) -> bool:
    """A short, unpunctuated line with no provision words: "Communication and interaction"."""
    return block.kind != BlockKind.LIST_ITEM and _looks_like_title(block.text)


def _looks_like_title(text: str, max_words: int = 6) -> bool:
    text = collapse(text)
    return (
        0 < len(text.split()) <= max_words
        and text[:1].isupper()
        and not text.endswith((".", ";", ","))
        and not _patterns().not_a_title.search(text)
    )


def _table_rows(blocks, index: int, end_of_section: int) -> tuple[list, int]:
    """The rows of the table starting at `index` (each a list of (index, block)), and the
    index after it."""
    table = blocks[index].table.table
    rows: dict[int, list[tuple[int, Block]]] = {}
    end = index
    while end < end_of_section and blocks[end].table is not None and blocks[end].table.table == table:
        rows.setdefault(blocks[end].table.row, []).append((end, blocks[end]))
        end += 1
    return [rows[r] for r in sorted(rows)], end


def _lone_header(blocks, index: int, end_of_section: int) -> Optional[tuple[list[str], int]]:
    """A table that is only a header row naming a provision column ("How much / when | What
    will be provided"), set over the tables (or tab-set paragraphs) below it: its headings,
    and the index after it."""
    ordered, end = _table_rows(blocks, index, end_of_section)
    if len(ordered) != 1 or len(ordered[0]) < 2:
        return None
    header = [collapse(b.text) for _, b in sorted(ordered[0], key=lambda ib: ib[1].table.col)]
    roles = [_role(text) if len(text) < 80 else None for text in header]
    return (header, end) if "provision" in roles and all(roles) else None


def _table_segments(blocks, index: int, section: Section, heading, segments: list[_Segment],
                    leading: Optional[str] = None, key: Optional[dict[str, str]] = None,
                    carried: Optional[list[str]] = None) -> tuple[int, Optional[str]]:
    """Read one table (within the section) from `index`; return the index after it, and the
    "Delivered by …" line in force after it (a PDF list read as a table may hold one).
    `carried` is the header of a lone header row above, for a table with no header of its own."""
    ordered, end = _table_rows(blocks, index, section.end)
    width = 1 + max(b.table.col for row in ordered for _, b in row)
    own = [_role(collapse(b.text)) for _, b in ordered[0] if len(b.text) < 80]
    # (every row is body when the header is carried from above)
    header_override = carried if carried and len(carried) == width and not {"provision", "outcome"} & set(own) else None
    cards = [] if header_override else (_card_items(ordered) or _transposed_items(ordered))
    if cards:
        for (i, block), columns in cards:
            context, spans = _join_cells(columns)
            segments.append(_Segment(section.id, context, i, block.page, "row", heading, columns[0][1], columns, spans,
                                     shared=leading or ""))
        return end, leading
    size = 0 if header_override else _record_rows(ordered)
    if size > 1:
        _record_segments(ordered, size, section, heading, segments, leading)
        return end, None
    header, body = (header_override, 0) if header_override else _header_texts(ordered)
    roles = [(_role(text) if len(text) < 80 else None) for text in header]
    main_role = "provision" if "provision" in roles else "outcome" if "outcome" in roles else None
    # "What Ayla needs (Section B) | Provision to meet this need": when two headers read as
    # provision, the one that says "provision" is it, and the other describes the need
    named = [col for col, text in enumerate(header) if main_role and roles[col] == main_role and main_role in text.lower()]
    # ("Provision made by the class team | Provision made by therapists": several columns that
    # each say "provision" hold provision, one item per cell)
    if named:
        keep = named if len(named) > 1 and main_role == "provision" else named[:1]
        roles = [("need" if role == main_role and col not in keep else role) for col, role in enumerate(roles)]
    # "Area | Every school day | Every week": each cell under a period heading is provision,
    # as often as its heading says
    periods = _period_columns(header) if main_role is None else set()
    if periods:
        main_role = "provision"
        roles = [("provision" if col in periods else role or "need") for col, role in enumerate(roles)]
    units = [_header_unit(text) if len(text) < 80 and col not in periods else "" for col, text in enumerate(header)]
    if main_role == "outcome" and section.id in PROVISION_SECTIONS and None in roles:
        _by_outcome_segments(ordered[body:], roles, section, segments, leading)
        return end, None
    days = _weekday_columns(header)
    roles = [("frequency" if col in days else role) for col, role in enumerate(roles)]
    # "KP | RP | SENCO": a column for each code of the key, ticked where that person delivers
    ticks = {col for col, text in enumerate(header) if key and text in key}
    roles = [("who" if col in ticks else role) for col, role in enumerate(roles)]
    if main_role is None:
        # Not a provision/outcome table (e.g. a heading in the first column, content in the
        # second): read each cell as ordinary text.
        skip_rows = 0
        for r, row in enumerate(ordered):
            if skip_rows:
                skip_rows -= 1
                continue
            # A PDF list can come out as a two-column table: the bullet (or the item's own
            # number, "F1"), then its text.
            bulleted = len(row) > 1 and (_bullet_only(row[0][1].text) or _number_only(row[0][1].text))
            columns = _detail_rows(ordered, r) if bulleted and _number_only(row[0][1].text) else []
            if columns:
                i, block = row[1]
                context, spans = _join_cells(tuple(columns))
                segments.append(_Segment(section.id, context, i, block.page, "row", heading, columns[0][1],
                                         tuple(columns), spans, shared=leading or ""))
                skip_rows = sum(1 for _ in _detail_run(ordered, r))
                continue
            run_in = _run_in_details(row[1][1].text) if bulleted and len(row) == 2 else []
            if run_in:  # "16. | Small group maths work. When and for how long: Weekly Adult: Class teacher"
                i, block = row[1]
                context, spans = _join_cells(tuple(run_in))
                segments.append(_Segment(section.id, context, i, block.page, "row", heading, run_in[0][1],
                                         tuple(run_in), spans, shared=leading or ""))
                continue
            for i, block in row:
                if i == section.start or (bulleted and i == row[0][0]):
                    continue
                if bulleted and _area_title(block.text):
                    heading = collapse(block.text)  # "2. | Communication (towards outcomes E3 and E6)"
                    continue
                who = _who_text(collapse(row[0][1].text + " " + block.text), BlockKind.LIST_ITEM) if bulleted else None
                if who is not None:
                    leading = who  # "1 | Delivered by the class team: …"
                    continue
                kind = "lines" if "\n" in block.text or block.kind == BlockKind.LIST_ITEM or bulleted else "paragraph"
                segments.append(_Segment(section.id, block.text, i, block.page, kind, heading, shared=leading or ""))
        return end, leading
    merged_down: dict[int, tuple[int, Block]] = {}
    last_row = {}  # the last row of the table on each page
    for row in ordered:
        for _, b in row:
            last_row[b.page] = max(last_row.get(b.page, -1), b.table.row)
    for row in ordered[body:]:
        texts = {collapse(b.text) for _, b in row if b.text.strip()}
        who = _who_text(next(iter(texts)), BlockKind.HEADING) if len(texts) == 1 else None
        if who is not None:
            leading = who  # a row across the table, "Provided by: the class TA (Level 3 …)", for the rows under it
            continue
        banner = _banner(row)
        if banner:
            heading = banner
            continue
        cells = {b.table.col: (i, b) for i, b in row}
        r, page = row[0][1].table.row, row[0][1].page
        for col, (i, b) in merged_down.items():  # a "Delivered by" cell merged down a group of rows
            covers = b.table.row < r < b.table.row + b.table.rows
            # a PDF shows a merged cell on its first page only: the group runs on over the break
            runs_on = page is not None and b.page is not None and page > b.page and b.table.row + b.table.rows > last_row[b.page]
            if col not in cells and (covers or runs_on) and roles[col] != main_role:
                cells[col] = (i, b)
        merged_down.update({b.table.col: (i, b) for i, b in row if b.table.rows > 1})
        # Every header column, empty where the row has no cell: a blank "Need" cell is
        # information (the provision is linked to no need).
        columns = tuple((roles[col] or f"col{col}", _cell_text(collapse(cells[col][1].text), units[col], days.get(col))
                         if col in cells else "") for col in range(len(roles)))
        columns = tuple((role, header[col] if text.lower() in _tables().tick_marks else "") if col in ticks else (role, text)
                        for col, (role, text) in enumerate(columns))
        columns = tuple((role, _with_key(text, key or {}) if role in ("who", "frequency") else _group_cell(text) if role == "group" else text)
                        for role, text in columns)
        mains = [(col, (i, b)) for col, (i, b) in sorted(cells.items())
                 if col < len(roles) and roles[col] == main_role and b.text.strip()]
        for main_col, main in mains:
            # lettered provisions with their details under the same letters in the other cells:
            # "(a) Direct speech and language therapy …" | "(a) One 30-minute session each week, by …"
            lettered = dict(_lettered_parts(main[1].text))
            others = {col: dict(_lettered_parts(text)) for col, (_, text) in enumerate(columns)} if lettered else {}
            # a provision cell holding several bulleted provisions gives one item for each
            # (and a cell of a grid laid out by how often holds one provision per paragraph)
            for letter, provision in (list(lettered.items()) or [(None, p) for p in (
                    _cell_bullets(main[1].text) or (_cell_paragraphs(main[1].text) if main_col in periods else [])
                    or [collapse(BULLET_PREFIX.sub("", main[1].text, count=1))])]):
                cells_of_item = tuple((role, provision if col == main_col else others[col].get(letter, "") if others.get(col) else text)
                                      for col, (role, text) in enumerate(columns)
                                      if col == main_col or role != main_role)  # not the other provision columns
                if main_col in periods:
                    cells_of_item += (("frequency", collapse(header[main_col])),)
                context, spans = _join_cells(cells_of_item)
                segments.append(_Segment(section.id, context, main[0], main[1].page, "row", heading, provision, cells_of_item,
                                         spans, shared=leading or ""))  # a "Delivered by:" line over the table
    return end, None


def _just_after(blocks, start: int, index: int) -> bool:
    """Does block `index` follow the item that starts at block `start`, with nothing but
    that item's own text (a paragraph a PDF broke in two) between them?"""
    return start < index and all(blocks[j].table is None and blocks[j].kind != BlockKind.HEADING for j in range(start + 1, index))


def _details_grid(blocks, index: int, end: int) -> Optional[tuple[tuple[tuple[str, str], ...], int]]:
    """A one-row grid of details under the provision it belongs to ("How often | How long |
    Who | Training" over one row of cells): its (role, cell) columns and the index after
    it; None for any other table."""
    table = blocks[index].table.table
    rows: dict[int, dict[int, str]] = {}
    after = index
    while after < end and blocks[after].table is not None and blocks[after].table.table == table:
        rows.setdefault(blocks[after].table.row, {})[blocks[after].table.col] = collapse(blocks[after].text)
        after += 1
    if len(rows) > 2:
        return None
    header, cells = rows[min(rows)], rows.get(min(rows) + 1, {})  # (a PDF drops a row of blank cells)
    roles = {col: _role(text) for col, text in header.items()}
    if not roles or any(role not in DETAIL_ROLES + ("review",) for role in roles.values()):
        return None
    return tuple((roles[col], cells.get(col, "")) for col in sorted(roles)), after


def _header_texts(ordered) -> tuple[list[str], int]:
    """Each grid column's heading, and how many rows the heading takes (the body starts
    there). A heading over two columns with a second header row under it ("Delivered by"
    over "Role | Training or qualification", the other headings merged down both rows) is
    read as "Delivered by Role" and "Delivered by Training or qualification"."""
    if not ordered:
        return [], 1
    columns = 1 + max(b.table.col for row in ordered for _, b in row)
    top = {b.table.col: collapse(b.text) for _, b in ordered[0]}
    header = [top.get(col, "") for col in range(columns)]
    second = {b.table.col: collapse(b.text) for _, b in ordered[1]} if len(ordered) > 2 else {}
    merged_down = {b.table.col for _, b in ordered[0] if b.table.rows > 1}
    two_tier = (merged_down and second and not merged_down & set(second)
                and all(len(text) < 80 for text in second.values()))
    if not two_tier:
        return header, 1
    for col, text in second.items():
        parent = max((c for c in top if c <= col and c not in merged_down), default=None)
        header[col] = f"{top[parent]} {text}" if parent is not None and _role(text) is None else text
    return header, 2


def _banner(row) -> Optional[str]:
    """The title of a merged, shaded row naming the area ("Communication and interaction"):
    a sub-heading for the rows below it."""
    texts = {collapse(b.text) for _, b in row if b.text.strip()}
    title = next(iter(texts)) if len(texts) == 1 else None
    return title if title and _looks_like_title(title) else None


def _record_rows(ordered) -> int:
    """How many table rows make one item, when a header's first cell is merged down over
    that many rows ("Ref" over "What will be provided" / "How often | How long | Who"): 1
    for an ordinary table."""
    if len(ordered) < 3 or not ordered[0] or ordered[0][0][1].table.col != 0:
        return 1
    rows = ordered[0][0][1].table.rows
    # (an item's number merged down as far: else it is a two-row header, `_header_texts`)
    numbered = any(row[0][1].table.col == 0 and row[0][1].table.rows == rows for row in ordered[rows:])
    return rows if 1 < rows < len(ordered) and numbered else 1


def _record_segments(ordered, size: int, section: Section, heading, segments: list[_Segment],
                     leading: Optional[str]) -> None:
    """Items that each take `size` rows of a table, their number cell merged down over
    them: each row of the header names the columns of the same row of every item."""
    roles = {(r, b.table.col): (_role(b.text) if len(b.text) < 80 else None)
             for r, row in enumerate(ordered[:size]) for _, b in row}
    r = size
    while r < len(ordered):
        first = ordered[r][0][1]
        if first.table.col != 0 or first.table.rows != size:
            heading = _banner(ordered[r]) or heading
            r += 1
            continue
        columns, main = [], None
        for offset, row in enumerate(ordered[r:r + size]):
            for i, b in row:
                role = roles.get((offset, b.table.col)) or f"col{offset}.{b.table.col}"
                columns.append((role, collapse(b.text)))
                if role == "provision" and main is None:
                    main = (i, b)
        if main is not None:
            columns.sort(key=lambda c: c[0] != "provision")  # the provision first, as in a row
            context, spans = _join_cells(tuple(columns))
            segments.append(_Segment(section.id, context, main[0], main[1].page, "row", heading, collapse(main[1].text),
                                     tuple(columns), spans, shared=leading or ""))
        r += size


def _by_outcome_segments(ordered, roles, section: Section, segments: list[_Segment], leading: Optional[str]) -> None:
    """Provision laid out by outcome: "Outcomes | In the class | In the base | From
    specialists", a row per outcome (`ordered` holds the rows under the header). The cells
    under headings that name no role hold the provision, read as ordinary text under the
    row's outcome; the outcome cell is not an item."""
    for row in ordered:
        outcome = next((collapse(b.text) for _, b in row if b.table.col < len(roles) and roles[b.table.col] == "outcome"), None)
        for i, block in row:
            if block.table.col < len(roles) and roles[block.table.col] is None and block.text.strip():
                kind = "lines" if "\n" in block.text else "paragraph"
                segments.append(_Segment(section.id, block.text, i, block.page, kind, outcome, shared=leading or ""))


def _cell_bullets(text: str) -> list[str]:
    """The provisions of a cell that lists two or more, each on a bulleted line ("• A
    physiotherapy programme …", "• Intimate care …"); a line without a bullet carries on
    the one above. Nothing for a cell with fewer than two bullets."""
    items: list[str] = []
    for line in text.split("\n"):
        if BULLET_PREFIX.match(line):
            items.append(BULLET_PREFIX.sub("", line, count=1).strip())
        elif items and line.strip():
            items[-1] = f"{items[-1]} {line.strip()}"
    return [collapse(item) for item in items] if len(items) >= 2 else []


_LETTER = re.compile(r"(?:^|(?<=\s))\(([a-z])\)\s+")


def _lettered_parts(text: str) -> list[tuple[str, str]]:
    """The lettered paragraphs of a cell ("(e) A personalised curriculum … (f) 1:1 teaching of
    early number …"), as (letter, text), when the cell opens with one and its letters run on
    in order; nothing otherwise (a stray "(s)" is no letter)."""
    marks = list(_LETTER.finditer(text))
    if len(marks) < 2 or text[:marks[0].start()].strip():
        return []
    run = [marks[0]]
    for mark in marks[1:]:
        if ord(mark.group(1)) == ord(run[-1].group(1)) + 1:
            run.append(mark)
    if len(run) < 2:
        return []
    ends = [m.start() for m in run[1:]] + [len(text)]
    return [(m.group(1), collapse(text[m.end():end])) for m, end in zip(run, ends)]


def _cell_paragraphs(text: str) -> list[str]:
    """The paragraphs of a cell that holds two or more, each opening with a capital; a line
    that does not carries on the one above. Nothing for a cell of one paragraph."""
    paragraphs: list[str] = []
    for line in (line.strip() for line in text.split("\n")):
        if line and (line[:1].isupper() or line[:1].isdigit() or not paragraphs):
            paragraphs.append(line)
        elif line:
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
    return [collapse(p) for p in paragraphs] if len(paragraphs) >= 2 else []


def _card_items(ordered) -> list:
    """A "card" table, read down rather than across: two columns, the left one labels
    ("Provision F1" or "F1", then "How often and for how long", "Delivered by", "Outcome")
    and the right one their values. Each provision row starts an item; the labelled rows
    under it are its columns. Returns ((index, block) of the provision cell, columns) per
    item, or nothing when the table is not laid out like this."""
    # (a value left blank leaves its row with the label cell only)
    if not ordered or any(len(row) > 2 or row[0][1].table.col != 0 for row in ordered):
        return []
    labels = [_role(row[0][1].text) if len(row[0][1].text) < 60 else None for row in ordered]
    starts = [r for r, row in enumerate(ordered) if labels[r] == "provision" or _number_only(row[0][1].text)]
    if not starts or starts[0] != 0 or sum(1 for r, role in enumerate(labels) if role and r not in starts) < len(starts):
        return []
    cards = []
    for n, first in enumerate(starts):
        last = starts[n + 1] if n + 1 < len(starts) else len(ordered)
        if any(labels[r] is None for r in range(first + 1, last)):
            return []
        if len(ordered[first]) < 2:
            return []
        cell = ordered[first][1]
        columns = (("provision", collapse(cell[1].text)),) + tuple(
            (labels[r], collapse(ordered[r][1][1].text) if len(ordered[r]) > 1 else "") for r in range(first + 1, last))
        cards.append((cell, columns))
    return cards


def _transposed_items(ordered) -> list:
    """A table turned on its side: each column after the first is one provision, and the
    first column labels the rows ("Ref | F1 | F2", then "Provision", "How often and how
    long", "Delivered by", "Outcome(s)"). Returns items as `_card_items` does."""
    labels = [_role(row[0][1].text) if row and row[0][1].table.col == 0 and len(row[0][1].text) < 60 else None
              for row in ordered]
    labelled = [r for r, role in enumerate(labels) if role]
    # each row a different label (rows of an ordinary table would repeat theirs)
    if ("provision" not in labels or len(labelled) < 3 or any(r not in labelled for r in range(1, len(ordered)))
            or len({labels[r] for r in labelled}) < len(labelled) or max(b.table.col for row in ordered for _, b in row) < 2):
        return []  # (two columns are a card, read by `_card_items`)
    provision_row = ordered[labels.index("provision")]
    items = []
    for i, block in provision_row:
        if block.table.col == 0 or not block.text.strip():
            continue
        columns = (("provision", collapse(block.text)),) + tuple(
            (labels[r], next((collapse(b.text) for _, b in ordered[r] if b.table.col == block.table.col), ""))
            for r in labelled if labels[r] != "provision")
        items.append(((i, block), columns))
    return items


def _bullet_only(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) <= 3 and not any(c.isalnum() for c in text)


def _number_only(text: str) -> bool:
    """A cell holding only an item's own number or letter: "F1", "2.3", "1", "(a)"."""
    return bool(_NUMBER_CELL.fullmatch(text.strip()))


def _join_cells(columns: tuple[tuple[str, str], ...]) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """The row's cells joined with " | ", and where each cell sits in the joined text."""
    parts, spans, offset = [], [], 0
    for role, text in columns:
        spans.append((role, offset, offset + len(text)))
        parts.append(text)
        offset += len(text) + 3
    return " | ".join(parts), tuple(spans)


def _is_item(text: str, kind: str = "sentence") -> bool:
    """Long enough to judge, and not a lead-in ("Jo will receive:"). A bullet may be short
    ("Visual timetable"): it is a whole provision on its own line."""
    words = text.split()
    least = MIN_LIST_WORDS if kind == "list_item" else MIN_ITEM_WORDS
    return len(words) >= least and not text.rstrip().endswith(":")


def _clean_quote(raw: str) -> tuple[str, int]:
    """The item as quoted: without its bullet, its own number ("F3") or a "Provision:"
    label; and how many leading characters of `raw` those took."""
    text = BULLET_PREFIX.sub("", raw, count=1)
    text = _ITEM_NUMBER.sub("", text, count=1)
    text = _patterns().label.sub("", text, count=1)
    return collapse(text), len(raw) - len(text)


def plan_items(plan: Plan, analyzer: Analyzer, sections: Optional[set[str]] = None) -> list[Item]:
    """Every item of every section (or of the named sections), in document order."""
    segments = [seg for s in plan.sections if sections is None or s.id in sections for seg in _section_segments(plan, s)]
    shared = list(dict.fromkeys(seg.shared for seg in segments if seg.shared))
    headings = list(dict.fromkeys(seg.heading for seg in segments if seg.heading))
    docs = list(analyzer.pipe([seg.text for seg in segments] + shared + headings))
    shared_matches = {text: analyzer.matches(doc, text) for text, doc in zip(shared, docs[len(segments):])}
    timing = _heading_timing(analyzer, headings, docs[len(segments) + len(shared):])
    items: list[Item] = []
    for segment, doc in zip(segments, docs):
        matches = analyzer.matches(doc, segment.text)
        if segment.kind == "row":
            matches, context = _with_timing(matches, timing.get(segment.heading)), segment.text
            if segment.shared:
                matches, context = _with_shared(matches, context, segment, shared_matches[segment.shared])
            items.append(Item(segment.section, segment.quote, segment.page, segment.block, "row", matches,
                              context, segment.columns, segment.heading, segment.spans))
            continue
        heading = segment.heading
        for start, end, kind in _pieces(doc, segment.text, segment.kind):
            raw = segment.text[start:end]
            if kind == "heading":
                heading = collapse(raw)
                continue
            text, prefix = _clean_quote(raw)
            if _is_item(text, kind):
                # Hits in the item's own words: its number ("2)", "F3") is not a quantity.
                own = matches.within(start + prefix, end)
                context = collapse(raw)
                if _about_the_plan(own):
                    continue
                own = _with_timing(own, timing.get(heading))
                if segment.shared:
                    own, context = _with_shared(own, context, segment, shared_matches[segment.shared])
                items.append(Item(segment.section, text, segment.page, segment.block, kind, own, context, (), heading))
    return items


def _heading_timing(analyzer: Analyzer, headings: list[str], docs) -> dict[str, list[Hit]]:
    """The timing a group's heading gives all its items ("Every college day", "Each term"):
    its hits of `heading_categories`, placed before the start of any item's text (at
    negative offsets) so that none overlaps a hit of the item's own."""
    wanted = _patterns().heading_categories
    timing = {}
    for heading, doc in zip(headings, docs):
        found = analyzer.matches(doc, heading).hits
        hits = [h for h in found if h.category in wanted]
        if not hits and _only_weekdays(heading, found):
            hits = [Hit("frequency", 0, len(heading), heading)]  # a timetable's "Monday" banner: weekly
        if hits:
            timing[heading] = [Hit(h.category, h.start - len(heading) - 3, h.end - len(heading) - 3, h.text) for h in hits]
    return timing


def _with_timing(own: Matches, timing: Optional[list[Hit]]) -> Matches:
    """An item's hits with its group heading's timing, unless it states its own."""
    if not timing or own.has(*_patterns().heading_categories):
        return own
    return Matches(own.hits + timing)


def _only_weekdays(heading: str, hits: list[Hit]) -> bool:
    """ "Monday", "Tuesday and Thursday": a heading that names only days of the week."""
    rest = heading
    for hit in hits:
        if hit.category == "weekday":
            rest = rest.replace(hit.text, " ")
    return rest != heading and not re.sub(r"[\s,&/]|\band\b|s\b", "", rest, flags=re.I)


def _about_the_plan(own: Matches) -> bool:
    """A note on the section's layout ("Each table lists the provision for one outcome") or
    required statutory wording, with no provision of its own: not an item."""
    patterns = _patterns()
    return own.has(*patterns.not_provision) and not own.has(*patterns.provision)


def _with_shared(own: Matches, context: str, segment: _Segment, shared: Matches) -> tuple[Matches, str]:
    """An item's hits and context with its group's "Staffing: …" line after them: only the
    line's words about people, placed beyond the end of the segment so that none overlaps
    a hit of the item's own."""
    offset = len(segment.text) + 3
    wanted = _patterns().staffing_categories
    moved = [Hit(h.category, h.start + offset, h.end + offset, h.text) for h in shared.hits if h.category in wanted]
    return Matches(own.hits + moved), f"{context} | {segment.shared}"


def _pieces(doc, text: str, kind: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) character spans of the Doc's `text`: one per line for list text,
    one per sentence otherwise; kind "heading" marks a sub-heading line among bullets."""
    if kind == "lines":
        yield from _line_pieces(text)
        return
    for start, end in _joined_sentences(doc, text):
        yield from _split_after_letter_labels(text, start, end)


def _joined_sentences(doc, text: str) -> Iterator[tuple[int, int]]:
    """spaCy's sentences, re-joined where a full stop belonged to an abbreviation ("approx.")
    or the next "sentence" starts in lower case ("every Mon. and Thurs.")."""
    current: Optional[list[int]] = None
    for sent in doc.sents:
        if current is not None:
            head = text[sent.start_char:sent.end_char].lstrip()[:1]
            if head.islower() or _abbreviation_end().search(text[current[0]:current[1]]):
                current[1] = sent.end_char
                continue
            yield current[0], current[1]
        current = [sent.start_char, sent.end_char]
    if current is not None:
        yield current[0], current[1]


def _line_pieces(text: str) -> Iterator[tuple[int, int, str]]:
    """One piece per line. Where some lines carry bullets, an unbulleted title-like line is
    a sub-heading and any other unbulleted line carries on the line before it."""
    lines, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, offset + len(line), line))
        offset += len(line) + 1
    bulleted = any(BULLET_PREFIX.match(line) for _, _, line in lines)
    current: Optional[list[int]] = None
    for start, end, line in lines:
        marked = bool(BULLET_PREFIX.match(line))
        if bulleted and not marked and _looks_like_title(line):
            if current:
                yield current[0], current[1], "list_item"
            current = None
            yield start, end, "heading"
            continue
        follows = current is not None and not _CLOSED.search(text[current[0]:current[1]])
        if not marked and follows and (bulleted or not line.lstrip()[:1].isupper()):
            current[1] = end
            continue
        if current is not None and _SUB_POINT.match(line) and _has_sub_points(text[current[0]:current[1]]):
            current[1] = end  # "(b) Two sessions a week" belongs to the item above
            continue
        if current:
            yield current[0], current[1], "list_item"
        current = [start, end]
    if current:
        yield current[0], current[1], "list_item"


def _has_sub_points(piece: str) -> bool:
    """Can lettered lines below this piece be its sub-points? Yes unless the piece is a
    sub-point or a bullet itself, or a lead-in ("Jo will receive:") to a lettered list."""
    first = piece.lstrip().split("\n")[0]
    return not BULLET_PREFIX.match(first) and not first.rstrip().endswith(":")


def _split_after_letter_labels(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    for match in _LETTER_STOP.finditer(text, start, end):
        stop = match.start() + len(match.group().rstrip())
        yield start, stop, "sentence"
        start = match.end()
    yield start, end, "sentence"
