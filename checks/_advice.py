"""Reading the list of advice in Section K (helpers for K101–K107; not a rule module).

Lists come as bullet lines ("Educational advice - Mrs A. Devlin, SENCO, 10 October 2025"),
as table rows (Advice | Author | Date), or, from PDFs whose tables were not recovered, as
lines that wrap mid-entry or run several entries together. Entries are rebuilt from the
lines: a date-only line or a line starting in lower case continues the entry before it, an
entry still waiting for its date takes the next line unless that line starts a new advice,
and a line holding several dated entries is cut after each date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ehcp_audit.extract.normalize import BULLET_PREFIX
from ehcp_audit.facts import DATE, DATE_RE, parse_date
from ehcp_audit.model import collapse

from ehcp_audit_checks._plan_parts import cached

_INTRO = re.compile(r"^(?:the following|this plan|advice and information|signed|signature|list of advice|appendices)\b|:\s*$", re.I)
_HEADER_WORDS = {"no", "no.", "advice", "author", "and", "date", "from", "report", "name", "type", "document", "by", "/", "dated", "who"}
_NUMBERING = re.compile(r"^(?:\d{1,2}[.)]?|[A-Z]\d{1,2}[.):]?|[A-Z][.)])\s+")  # "3.", "K5", "K5:", "a)"
_ADVICE_TYPE = re.compile(r"^.*?\b(?:advice|views|view|report|letter|assessment|contribution|information)\b", re.I)
_VIEWS = re.compile(r"\bviews?\b", re.I)
_NEW_ADVICE = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?(?:[A-Z][\w'’/-]*\s+){0,5}(?:advice|views|report|letter|assessment|contribution)\b", re.I)
_AFTER_DATE = re.compile(rf"(?:{DATE})\s+(?=[A-Z])")
MAX_ENTRY_WORDS = 40


@dataclass(frozen=True)
class AdviceEntry:
    """One entry of the advice list: what it is, by whom, when."""

    quote: str  # the advice cell of a table row, or the whole line
    text: str  # everything in the line or row
    author: bool
    date: Optional[object]  # datetime.date
    page: Optional[int]
    block: int


def advice_entries(ctx) -> list[AdviceEntry]:
    """Every entry of Section K's list, in document order (cached per plan)."""
    return cached(ctx, "advice", _read_advice)


def _read_advice(ctx) -> list[AdviceEntry]:
    entries: list[AdviceEntry] = []
    rows: dict[tuple[int, int], list] = {}
    lines: list[tuple[str, Optional[int], int, int]] = []  # (line, page, block, position)
    position = 0  # lines are numbered through the section, so only neighbours are joined
    for section in (s for s in ctx.plan.sections if s.id == "K"):
        for index in range(section.start + 1, section.end):
            block = ctx.plan.document.blocks[index]
            if block.table is not None and "\n" not in block.text.strip():
                rows.setdefault((block.table.table, block.table.row), []).append((index, block))
                position += 2
                continue
            for line in block.text.split("\n"):
                lines.append((line, block.page, index, position))
                position += 1
        position += 2
    for _, cells in sorted(rows.items()):
        texts = [collapse(b.text) for _, b in cells]
        if not _is_header(" ".join(texts)):
            entry = _row_entry(texts, cells[0][1].page, cells[0][0])
            if entry:
                entries.append(entry)
    entries.extend(_line_entries(lines))
    return sorted(entries, key=lambda e: e.block)


def _is_header(text: str) -> bool:
    words = collapse(text).lower().split()
    return len(words) >= 2 and all(w in _HEADER_WORDS for w in words)  # "Advice | Author | Date"


def _clean(line: str) -> str:
    text = collapse(BULLET_PREFIX.sub("", line, count=1))
    return _NUMBERING.sub("", text)


def _line_entries(lines) -> list[AdviceEntry]:
    """Rebuild entries from lines (see the module docstring)."""
    merged: list[list] = []  # [text, page, block, position of its last line]
    for raw, page, index, position in lines:
        text = _clean(raw)
        if not text or _is_header(text) or _INTRO.search(text) or text.lower().rstrip(". ") in ("advice and information", "advice and information gathered"):
            continue
        if merged and merged[-1][3] == position - 1 and _continues(merged[-1][0], text):
            merged[-1][0] = f"{merged[-1][0]} {text}"
            merged[-1][3] = position
        else:
            merged.append([text, page, index, position])
    entries = []
    for text, page, index, _ in merged:
        for piece in _split_after_dates(text):
            if len(piece.split()) <= MAX_ENTRY_WORDS:
                entries.append(AdviceEntry(piece, piece, _has_author(piece), parse_date(piece), page, index))
    return entries


def _continues(previous: str, line: str) -> bool:
    if DATE_RE.fullmatch(line.strip(" ,.")) or line[:1].islower() or line[:1] in ")],":
        return True
    last = _split_after_dates(previous)[-1]
    return parse_date(last) is None and not _NEW_ADVICE.match(line)


def _split_after_dates(text: str) -> list[str]:
    pieces, start = [], 0
    for m in _AFTER_DATE.finditer(text):
        pieces.append(text[start:m.end()].strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _has_author(text: str) -> bool:
    """Someone named after the kind of advice ("Parental advice Farah Qureshi", "EP advice -
    Dr A. Smith"); views are by definition the family's own."""
    if _VIEWS.search(text):
        return True
    rest = DATE_RE.sub("", _ADVICE_TYPE.sub("", text, count=1))
    return bool(re.search(r"[A-Z]", rest))


def _row_entry(cells: list[str], page, index: int) -> Optional[AdviceEntry]:
    content = [c for c in cells if c and not re.fullmatch(r"\d{1,3}\.?", c)]
    if not content:
        return None
    quote = content[0]
    text = " | ".join(content)
    others = [c for c in content[1:] if re.search(r"[A-Za-z]", DATE_RE.sub("", c))]
    return AdviceEntry(quote, text, bool(others) or _has_author(DATE_RE.sub("", quote)), parse_date(text), page, index)
