"""Split a Document into its statutory sections A–K.

A block starts a section when it reads as a heading for one: a letter label ("Section F:",
"PART F –", "F." followed by a title word, "H1", "Sections H1 and H2"), or, for a heading
block or a table's first-column cell, a known section title on its own ("Special
educational provision"). Heading variants are data, in data/sections.yaml.

Not headings: cross-references in running text ("as set out in Section F" — the label is
not at the start, or is followed by a verb), contents-page entries (they end in a page
number), and running headers (removed by the PDF reader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

from .model import ORDER, Block, BlockKind, Document, Plan, Section, StructureProblem, collapse

_PAGE_NUMBER_END = re.compile(r"(?:\.{2,}|…+|\s)\s*\d{1,3}\s*$")
_COMBINED_H = re.compile(r"^h\s*\(?\s*1\s*\)?\s*(?:&|and|/|,|\+)\s*(?:h\s*)?\(?\s*2\s*\)?", re.I)
_SUB_H = re.compile(r"^h\s*(?:\(\s*)?(1|2|i{1,2})(?:\s*\))?(?![a-z0-9])", re.I)
_SEPARATOR = re.compile(r"^\s*[:.\-–—)|·•/~]+\s*")  # "Section F · Special …" too
_BRACKETED_TITLE = re.compile(r"\s+\(([^()]+)\)\s*")
_BARE_LETTER = re.compile(r"^([A-K])\s+([A-Z][^.:;]{2,80})$")  # "I  My college"
_LONE_LETTER = re.compile(r"[A-K]|H[12]")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")  # a PDF reads Word's numbered headings as list items
_LABEL_END = re.compile(r"[A-K12]", re.I)  # the last character of a trailing label ("(Section F)", "– Part H2")


def _ends_in_page_number(text: str) -> bool:
    """_PAGE_NUMBER_END.search(text), with its cheap necessary condition first: the regex
    scans the whole text, and few blocks end in a digit."""
    return text.rstrip()[-1:].isdigit() and _PAGE_NUMBER_END.search(text) is not None


def _may_end_in_label(text: str) -> bool:
    """A cheap necessary condition for HeadingRules.trailing_label: the text ends (before
    spaces and one closing bracket) in a section letter or the 1/2 of "H1"/"H2"."""
    tail = text.rstrip()
    if tail[-1:] in (")", "]"):
        tail = tail[:-1].rstrip()
    return _LABEL_END.fullmatch(tail[-1:]) is not None


@dataclass(frozen=True)
class HeadingRules:
    titles: dict[str, tuple[str, ...]]
    keywords: dict[str, tuple[str, ...]]
    canonical: dict[str, str]
    label_words: tuple[str, ...]
    max_chars: int
    contents_window: int
    possessive: re.Pattern  # "My", "Our", "Toby's" before a title
    heading_number: re.Pattern  # a number before the label: "6. Section F: …", "6) Part F – …"
    trailing_label: re.Pattern  # the label after the title: "Outcomes (Section E)", "Placement [Part I]"
    bare_label: re.Pattern  # a label and nothing more: "Section F."
    open_end: re.Pattern  # a sentence stopping on "in" or "see", before a broken-off label
    # (title, section) of every title by its first character, longest first (in `titles`
    # order among equals): ~1,000 blocks a plan are compared with ~100 titles.
    titles_by_first: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        ordered = sorted(((t, sid) for sid, titles in self.titles.items() for t in titles if t), key=lambda ts: -len(ts[0]))
        by_first: dict[str, list[tuple[str, str]]] = {}
        for title, sid in ordered:
            by_first.setdefault(title[0], []).append((title, sid))
        object.__setattr__(self, "titles_by_first", {c: tuple(pairs) for c, pairs in by_first.items()})


@lru_cache(maxsize=1)
def heading_rules() -> HeadingRules:
    """Load data/sections.yaml once per process."""
    data = yaml.safe_load(resources.files("ehcp_audit").joinpath("data/sections.yaml").read_text("utf-8"))
    sections = data["sections"]
    label_words = "|".join(re.escape(w) for w in data["label_words"])
    return HeadingRules(
        titles={sid: tuple(sorted(s["titles"], key=len, reverse=True)) for sid, s in sections.items()},
        keywords={sid: tuple(s["keywords"]) for sid, s in sections.items()},
        canonical={sid: s["canonical"] for sid, s in sections.items()},
        label_words=tuple(data["label_words"]),
        max_chars=int(data["max_heading_chars"]),
        contents_window=int(data["contents_window"]),
        # Any "<name>'s" counts too: "Toby's health needs".
        possessive=re.compile(r"^(?:" + "|".join(re.escape(w) for w in data["title_prefixes"]) + r"|(?:[a-z]+'s))\s+"),
        heading_number=re.compile(rf"^\d{{1,2}}[.)]?\s+(?=(?:{label_words})\b)", re.I),
        trailing_label=re.compile(rf"\s*(?:[(\[]|[-–—:]\s*)\s*(?:{label_words})\s+([A-K]|H\s*[12])\s*[)\]]?\s*$", re.I),
        bare_label=re.compile(rf"^(?:{label_words})\s+(?:[A-K]|H[12])\s*[.,;)]?$", re.I),
        open_end=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data["cross_reference_words"]) + r")\s*$", re.I),
    )


@dataclass(frozen=True)
class HeadingMatch:
    section: str
    title: str
    labelled: bool  # carried a letter label, not just a title


def match_heading(block: Block, rules: Optional[HeadingRules] = None) -> Optional[HeadingMatch]:
    """The section this block is a heading for, if it is one."""
    rules = rules or heading_rules()
    text = collapse(block.text.partition("\n")[0] if block.kind == BlockKind.TABLE_CELL else block.text)
    if not text or len(text) > rules.max_chars or _ends_in_page_number(text):
        return None
    text = rules.heading_number.sub("", text, count=1)
    labelled = _match_label(text, rules, styled=block.kind == BlockKind.HEADING) or _match_trailing_label(text, block, rules)
    if labelled:
        return labelled
    if block.kind == BlockKind.HEADING or (block.table is not None and block.table.col == 0):
        sid = _title_section(text.lower().rstrip(":. "), rules, exact=True) or _title_section(_plain_title(text).rstrip(":. "), rules, exact=True)
        if sid:
            return HeadingMatch(sid, text.rstrip(":. "), labelled=False)
    return None


def _match_label(text: str, rules: HeadingRules, styled: bool = False) -> Optional[HeadingMatch]:
    m = _label_start(rules.label_words).match(text)
    if not m:
        return None
    has_word = m.group(1) is not None
    letter = m.group(2)
    if not has_word and letter != letter.upper():
        return None  # "a) ..." is a list item, not Section A
    rest = text[m.end() :]
    sid = letter.upper()
    if sid == "H":
        sub = text[m.start(2) :]
        if _COMBINED_H.match(sub):
            sid, rest = "H", _COMBINED_H.sub("", sub, count=1)
        elif (h := _SUB_H.match(sub)) is not None:
            sid, rest = ("H1" if h.group(1).lower() in ("1", "i") else "H2"), sub[h.end() :]
    rest = rest.lstrip(")")
    bracketed = _BRACKETED_TITLE.fullmatch(rest)  # "Section F (Special educational provision)"
    if bracketed:
        rest = ": " + bracketed.group(1)
    separated = bool(_SEPARATOR.match(rest)) or not rest.strip()
    title = _SEPARATOR.sub("", rest).strip()
    if title and not separated and not rest.startswith(" "):
        return None  # "Fred", "Band B2": the letter is part of a word
    title_sid = _title_section(_plain_title(title), rules, exact=False) if title else None
    if has_word:
        # "Section F sets out…" is a sentence, not a heading: without punctuation after the
        # label, the words that follow must be a section title.
        if separated or title_sid or _keyword_start(title, sid, rules):
            return HeadingMatch(sid, title or rules.canonical[sid], labelled=True)
        return None
    # A bare letter ("F." / "F –" / "H2 Other…") counts only when a title for that section
    # follows, or when the block is styled as a heading ("I. Where I will study").
    if styled and separated:
        return HeadingMatch(sid, title or rules.canonical[sid], labelled=True)
    if title and ((separated and _keyword_start(title, sid, rules)) or title_sid == sid or (sid in ("H1", "H2") and title_sid in ("H", "H1", "H2"))):
        return HeadingMatch(sid, title, labelled=True)
    return None


@lru_cache(maxsize=8)
def _label_start(label_words: tuple[str, ...]) -> re.Pattern:
    """A label word and a section letter at the start of a heading; compiled once, not
    looked up in re's cache for every block."""
    words = "|".join(label_words)
    return re.compile(rf"^(?:({words})s?\s+)?\(?([A-K])(?![a-z'’]|-[a-z])", re.I)  # not "E-mail", "A-level"


def _match_trailing_label(text: str, block: Block, rules: HeadingRules) -> Optional[HeadingMatch]:
    """A title with its letter after it: "Special educational provision (Section F)". The
    block must look like a heading (styled, or the first cell of a row) or the title must
    be that section's, so a sentence ending "(see Section F)" is not taken for one."""
    m = rules.trailing_label.search(text) if _may_end_in_label(text) else None
    if not m or m.start() == 0:
        return None
    sid = re.sub(r"\s+", "", m.group(1)).upper()
    title = _LIST_NUMBER.sub("", text[: m.start()].strip(), count=1)  # "6. Special educational provision (Section F)"
    title_sid = _title_section(_plain_title(title), rules, exact=False)
    styled = block.kind == BlockKind.HEADING or (block.table is not None and block.table.col == 0)
    if (styled and len(title.split()) <= 16 and not title.endswith((".", ","))) or title_sid == sid:
        return HeadingMatch(sid, title, labelled=True)
    return None


def _plain_title(title: str) -> str:
    """Lower-cased, without a leading possessive: "My health needs" reads as "health needs"."""
    lowered = title.lower().replace("’", "'")
    return heading_rules().possessive.sub("", lowered, count=1)


def _keyword_start(title: str, sid: str, rules: HeadingRules) -> bool:
    lowered = _plain_title(title)
    family = ("H", "H1", "H2") if sid.startswith("H") else (sid,)
    return any(lowered.startswith(k) for s in family for k in rules.keywords.get(s, ()))


def _title_section(text: str, rules: HeadingRules, exact: bool) -> Optional[str]:
    """The section whose title is the longest one `text` is (exact) or starts with."""
    for title, sid in rules.titles_by_first.get(text[:1], ()):
        if text == title if exact else text.startswith(title):
            return sid
        # Long statutory titles are shortened or continued in real templates.
        if exact and len(title) > 24 and text.startswith(title):
            return sid
    return None


def _contents_entries(blocks: tuple[Block, ...], rules: HeadingRules) -> set[int]:
    """Indexes of blocks in a contents page: a run of section entries ending in page numbers,
    plus the headings between them."""
    numbered = [i for i, b in enumerate(blocks) if len(b.text) < rules.max_chars and _ends_in_page_number(collapse(b.text))]
    entries: set[int] = set()
    for start, i in enumerate(numbered):
        window = [j for j in numbered[start:] if j - i <= rules.contents_window]
        if len(window) >= 5:
            entries.update(range(i, window[-1] + 1))
    return entries


def split(document: Document) -> Plan:
    """Find the section headings and cut the document at them."""
    rules = heading_rules()
    skip = _contents_entries(document.blocks, rules)
    starts: list[tuple[int, HeadingMatch]] = []
    seen: set[str] = set()
    current: Optional[str] = None
    for index, block in enumerate(document.blocks):
        if index in skip:
            continue
        match = match_heading(_with_title_cell(document.blocks, index), rules) or _next_letter_heading(block, current)
        if match is None or _ends_a_sentence(document.blocks, index):
            continue
        if not match.labelled and (match.section in seen or match.section == current):
            continue  # a bare title repeated later is a sub-heading or table header, not a new section
        if match.labelled and match.section == current and "continued" in match.title.lower():
            continue
        if block.table is not None and match.section in seen:
            continue  # a column "Area of need (Section B)" in F's table points to B, not a new start
        starts.append((index, match))
        seen.add(match.section)
        current = match.section
    starts = _drop_empty_h_wrapper(starts)
    return _build_plan(document, starts)


def _ends_a_sentence(blocks: tuple[Block, ...], index: int) -> bool:
    """Is the block the end of the paragraph before it, cut off by a PDF line break ("… and
    the therapy in" / "Section F.")? A bare label after a paragraph that stops on "in" or
    "see" is a cross-reference, not a heading."""
    rules = heading_rules()
    if index == 0 or not rules.bare_label.match(blocks[index].text.strip()):
        return False
    before = blocks[index - 1]
    return before.kind == BlockKind.PARAGRAPH and before.table is None and bool(rules.open_end.search(before.text))


def _with_title_cell(blocks: tuple[Block, ...], index: int) -> Block:
    """A section letter alone in a cell, its title in the next cell of the row ("A" |
    "Views, interests and aspirations": a PDF reads "A<tab>Views…" so), as one heading."""
    block = blocks[index]
    if block.table is None or block.table.col != 0 or not _LONE_LETTER.fullmatch(block.text.strip()):
        return block
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if after is None or after.table is None or (after.table.table, after.table.row) != (block.table.table, block.table.row):
        return block
    return Block(f"{block.text.strip()} {after.text.strip()}", BlockKind.HEADING, block.page, block.table)


def _next_letter_heading(block: Block, current: Optional[str]) -> Optional[HeadingMatch]:
    """A heading of a bare letter and a title of the plan's own ("I  My college") when the
    letter is the next section: alone, "I My college" could be anything."""
    if block.kind != BlockKind.HEADING or current is None:
        return None
    m = _BARE_LETTER.match(collapse(block.text))
    if not m or m.group(1) not in ORDER or current not in ORDER:
        return None
    # the first section after this one, past H's parts when in H ("H2" is followed by "I")
    later = sorted((sid for sid in ORDER if ORDER[sid] > ORDER[current]), key=ORDER.get)
    if current.startswith("H"):
        later = [sid for sid in later if not sid.startswith("H")]
    return HeadingMatch(m.group(1), m.group(2), labelled=True) if later[:1] == [m.group(1)] else None


def _drop_empty_h_wrapper(starts: list[tuple[int, HeadingMatch]]) -> list[tuple[int, HeadingMatch]]:
    """A "Section H" heading directly followed by H1 and H2 sub-headings is only a wrapper."""
    if not {"H1", "H2"} <= {m.section for _, m in starts}:
        return starts
    kept = []
    for n, (index, match) in enumerate(starts):
        following = starts[n + 1] if n + 1 < len(starts) else None
        wrapper = match.section == "H" and following is not None and following[1].section in ("H1", "H2") and following[0] - index <= 2
        if not wrapper:
            kept.append((index, match))
    return kept


def _build_plan(document: Document, starts: list[tuple[int, HeadingMatch]]) -> Plan:
    sections: list[Section] = []
    problems: list[StructureProblem] = []
    seen: set[str] = set()
    highest = -1
    for n, (index, match) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(document.blocks)
        pages = [b.page for b in document.blocks[index:end] if b.page is not None]
        sid = match.section
        sections.append(Section(sid, match.title, index, end, pages[0] if pages else None, pages[-1] if pages else None))
        if sid in seen:
            problems.append(StructureProblem("duplicate", sid, document.blocks[index].page))
        elif ORDER[sid] < highest:
            problems.append(StructureProblem("out_of_order", sid, document.blocks[index].page))
        seen.add(sid)
        highest = max(highest, ORDER[sid])
    return Plan(document, tuple(sections), tuple(problems))
