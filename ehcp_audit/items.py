"""Cut each section into items: the units that checks judge and findings quote.

An item is one sentence of a paragraph, one list item (a bullet or numbered line), or
one row of a provision / outcome table. A table row is quoted by its provision (or
outcome) cell but judged with all its cells, so a frequency written in the next column
counts for the provision beside it. Sub-headings ("Communication and interaction") are
remembered on the items below them, and lead-ins ("Jo will receive:") are not items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

from .extract.normalize import BULLET_PREFIX
from .model import Block, BlockKind, Plan, Section, collapse
from .nlp import Analyzer, Matches

MIN_ITEM_WORDS = 3
_LABEL = re.compile(r"^(?:provision|support|outcome|need|needs)\s*:\s*", re.I)


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

    def column(self, role: str) -> str:
        return next((text for r, text in self.columns if r == role), "")


@lru_cache(maxsize=1)
def column_roles() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load(resources.files("ehcp_audit").joinpath("data/tables.yaml").read_text("utf-8"))
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in data["roles"].items()}


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


def _section_segments(plan: Plan, section: Section) -> list[_Segment]:
    blocks = plan.document.blocks
    segments: list[_Segment] = []
    heading: Optional[str] = None
    index = section.start + 1
    while index < section.end:
        block = blocks[index]
        if block.table is not None:
            index = _table_segments(blocks, index, section, heading, segments)
            continue
        if block.kind == BlockKind.HEADING or _is_subheading(block):
            heading = collapse(block.text)
        elif block.kind == BlockKind.LIST_ITEM or "\n" in block.text:
            segments.append(_Segment(section.id, block.text, index, block.page, "lines", heading))
        else:
            segments.append(_Segment(section.id, block.text, index, block.page, "paragraph", heading))
        index += 1
    return segments


_NOT_A_TITLE = re.compile(r"\d|\b(?:will|per|with|by|each|every|to)\b", re.I)


def _is_subheading(block: Block) -> bool:
    """A short, unpunctuated line with no provision words: "Communication and interaction"."""
    text = collapse(block.text)
    return (
        block.kind != BlockKind.LIST_ITEM
        and len(text.split()) <= 6
        and text[:1].isupper()
        and not text.endswith((".", ";"))
        and not _NOT_A_TITLE.search(text)
    )


def _table_segments(blocks, index: int, section: Section, heading, segments: list[_Segment]) -> int:
    """Read one table (within the section) from `index`; return the index after it."""
    table = blocks[index].table.table
    rows: dict[int, list[tuple[int, Block]]] = {}
    end = index
    while end < section.end and blocks[end].table is not None and blocks[end].table.table == table:
        rows.setdefault(blocks[end].table.row, []).append((end, blocks[end]))
        end += 1
    ordered = [rows[r] for r in sorted(rows)]
    header = ordered[0] if ordered else []
    roles = [(_role(b.text) if len(b.text) < 80 else None) for _, b in header]
    main_role = "provision" if "provision" in roles else "outcome" if "outcome" in roles else None
    if main_role is None:
        # Not a provision/outcome table (e.g. a heading in the first column, content in the
        # second): read each cell as ordinary text.
        for row in ordered:
            for i, block in row:
                if i == section.start:
                    continue
                kind = "lines" if "\n" in block.text or block.kind == BlockKind.LIST_ITEM else "paragraph"
                segments.append(_Segment(section.id, block.text, i, block.page, kind, heading))
        return end
    for row in ordered[1:]:
        cells = {blocks_col: (i, b) for i, b in row for blocks_col in [b.table.col]}
        columns = tuple((roles[col] or f"col{col}", collapse(b.text)) for col, (_, b) in sorted(cells.items()) if col < len(roles))
        main = next(((i, b) for col, (i, b) in sorted(cells.items()) if col < len(roles) and roles[col] == main_role), None)
        if main is None or not main[1].text.strip():
            continue
        context = " | ".join(text for _, text in columns)
        segments.append(_Segment(section.id, context, main[0], main[1].page, "row", heading, collapse(main[1].text), columns))
    return end


def _is_item(text: str) -> bool:
    words = text.split()
    return len(words) >= MIN_ITEM_WORDS and not text.rstrip().endswith(":")


def plan_items(plan: Plan, analyzer: Analyzer, sections: Optional[set[str]] = None) -> list[Item]:
    """Every item of every section (or of the named sections), in document order."""
    segments = [seg for s in plan.sections if sections is None or s.id in sections for seg in _section_segments(plan, s)]
    items: list[Item] = []
    for segment, doc in zip(segments, analyzer.pipe(seg.text for seg in segments)):
        matches = analyzer.matches(doc)
        if segment.kind == "row":
            items.append(Item(segment.section, segment.quote, segment.page, segment.block, "row", matches, segment.text, segment.columns, segment.heading))
            continue
        for start, end, kind in _pieces(doc, segment.kind):
            raw = segment.text[start:end]
            text = collapse(_LABEL.sub("", BULLET_PREFIX.sub("", raw, count=1), count=1))
            if _is_item(text):
                items.append(Item(segment.section, text, segment.page, segment.block, kind, matches.within(start, end), collapse(raw), (), segment.heading))
    return items


def _pieces(doc, kind: str):
    """(start, end, kind) character spans: one per line for list text, one per sentence otherwise."""
    text = doc.text
    if kind == "lines":
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                yield offset, offset + len(line), "list_item"
            offset += len(line) + 1
        return
    for sent in doc.sents:
        yield sent.start_char, sent.end_char, "sentence"
