"""The data that flows through the pipeline: load → split → check → report.

Every stage takes and returns these immutable values, so a check never needs to know
whether a plan came from a PDF or a Word file. This module imports nothing else from
the package.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Optional

SECTION_IDS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")
"""Statutory section ids in their canonical order (SEND Regs 2014 reg 12; COP 9.62).
A plan that merges H1 and H2 under one heading has a section with the id "H"."""

ORDER = {sid: i for i, sid in enumerate(("A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K"))}


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class TablePos:
    """Where a table cell sits: which table in the document, which row, which column."""

    table: int
    row: int
    col: int
    rows: int = 1  # table rows the cell covers: more than one when merged down (Word's vMerge)


@dataclass(frozen=True, slots=True)
class Block:
    """One heading, paragraph, list item or table cell, in reading order."""

    text: str
    kind: BlockKind
    page: Optional[int] = None  # 1-based; None where the source has no fixed pages (DOCX)
    table: Optional[TablePos] = None
    style: Optional[str] = None  # DOCX paragraph style, e.g. "Heading 1"


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the reader of a report must know about how the file was read.

    Notices are not legal findings: they say when text could not be read (so a clean
    result must not be trusted) or when the file had hidden content such as tracked
    changes. `code` is stable; `message` is a sentence a parent can act on and never
    contains plan text.
    """

    code: str
    message: str
    pages: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A plan as read from disk, before it is split into sections."""

    format: str  # "pdf" or "docx"
    blocks: tuple[Block, ...]
    pages: Optional[int] = None
    notices: tuple[Notice, ...] = ()
    unread_pages: tuple[int, ...] = ()  # pages whose text could not be read (scans, garbled fonts)

    def with_notices(self, *extra: Notice) -> "Document":
        return Document(self.format, self.blocks, self.pages, self.notices + extra, self.unread_pages)


@dataclass(frozen=True, slots=True)
class Section:
    """A statutory section: its heading block and the blocks up to the next section."""

    id: str
    title: str
    start: int  # index of the heading block in Document.blocks
    end: int  # index one past the last block of the section
    page_start: Optional[int] = None
    page_end: Optional[int] = None


@dataclass(frozen=True, slots=True)
class StructureProblem:
    """A problem the splitter saw: a duplicated or out-of-order section heading."""

    kind: str  # "duplicate" or "out_of_order"
    section: str
    page: Optional[int] = None


@dataclass(frozen=True, slots=True)
class Plan:
    """A document split into its statutory sections."""

    document: Document
    sections: tuple[Section, ...]
    problems: tuple[StructureProblem, ...] = ()

    def section(self, sid: str) -> Optional[Section]:
        """The first section with this id, or None."""
        return next((s for s in self.sections if s.id == sid), None)

    def blocks(self, section: Section) -> tuple[Block, ...]:
        """The section's body blocks (its heading excluded)."""
        return self.document.blocks[section.start + 1 : section.end]

    def has(self, sid: str) -> bool:
        return any(s.id == sid for s in self.sections)


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, as quotes are compared and shown. (str.split
    splits on exactly the characters regex `\\s` matches, several times faster.)"""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    name: str
    severity: Severity
    section: Optional[str]
    page: Optional[int]
    quote: Optional[str]
    message: str
    legal_basis: tuple[str, ...]
    suggestion: str

    def fingerprint(self, plan_key: str = "") -> str:
        """Identity used by baselines: rule, section and normalised quote, never the page,
        so that a finding survives text moving to another page."""
        quote = collapse(self.quote or "").lower()
        raw = "\x1f".join((plan_key, self.rule, self.section or "", quote))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity.value,
            "section": self.section,
            "page": self.page,
            "quote": self.quote,
            "message": self.message,
            "legal_basis": list(self.legal_basis),
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class PlanError:
    """Why a file could not be audited: a stable code and a sentence a parent can act on."""

    code: str
    message: str


@dataclass(slots=True)
class PlanResult:
    """Everything the report needs about one input file."""

    path: str
    format: Optional[str]
    sha256: Optional[str]
    status: str  # "audited" or "failed" (or "skipped" for lock files)
    error: Optional[PlanError] = None
    pages: Optional[int] = None
    sections: tuple[Section, ...] = ()
    findings: tuple[Finding, ...] = ()
    notices: tuple[Notice, ...] = ()
    extras: dict = field(default_factory=dict)  # optional report parts, e.g. the need → provision table
    # The text as read, kept only when a report shows it (html, schedule, compare); never serialised.
    document: Optional[Document] = field(default=None, repr=False, compare=False)
    # Private: the child's and family's identifiers read from the plan (redact.Identifiers),
    # used only by --redact; no report prints them (they cross from worker processes in memory only).
    identifiers: Optional[object] = field(default=None, repr=False, compare=False)
