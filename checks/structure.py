"""Structure rules (law file §4, S0xx): the statutory sections are all there, each with its
own heading, in a readable order, with the plan's dates and without template leftovers."""

from __future__ import annotations

import re

from ehcp_audit.engine import Flag, check
from ehcp_audit.model import ORDER, SECTION_IDS, BlockKind, Severity, collapse
from ehcp_audit.split import heading_rules

from ehcp_audit_checks._plan_parts import analyse, content_items, section_text

# "Sections C and D", "Section C/D – Health and social care needs", "Parts E & F"
_MERGED_LABEL = re.compile(r"^(?:sections?|parts?)\s+([A-K])\s*(?:,|&|and|/|\+)\s*(?:sections?\s+|parts?\s+)?([A-K])(?![a-z0-9])", re.I)
# Combined titles with no letters: one heading standing for two sections.
_MERGED_TITLES = {
    ("C", "D"): re.compile(r"^(?:my\s+)?health and social care needs\b", re.I),
    ("G", "H"): re.compile(r"^(?:my\s+)?health and social care provision\b", re.I),
    ("B", "F"): re.compile(r"^(?:my\s+)?needs and (?:the\s+)?provision\b", re.I),
    ("B", "E"): re.compile(r"^(?:my\s+)?needs and outcomes\b", re.I),
    ("E", "F"): re.compile(r"^(?:my\s+)?outcomes and provision\b", re.I),
}
MAX_HEADING_WORDS = 14
APPEALABLE = {"B", "F", "I"}  # CFA 2014 s.51: the sections the Tribunal can order changes to
_CSDPA = re.compile(r"\bcsdpa\b|chronically sick|section 2\b|s\.?\s?2\b", re.I)
HEADING_ONLY_SECTIONS = ("G", "H1", "H2", "H", "J")  # A–F, I and K have their own "empty" rules


def _heading_text(ctx, section) -> str:
    """The heading as written (its first line), for quoting; the section's title may be a
    canonical one supplied by the splitter."""
    return collapse(ctx.plan.document.blocks[section.start].text.split("\n")[0])


def _merged_groups(ctx) -> list[tuple[tuple[str, ...], int]]:
    """(letters, block index) for each heading that stands for two sections at once."""
    found = []
    for index, block in enumerate(ctx.plan.document.blocks):
        text = collapse(block.text)
        if not text or len(text.split()) > MAX_HEADING_WORDS or text.endswith("."):
            continue
        m = _MERGED_LABEL.match(text)
        if m and {m.group(1).upper(), m.group(2).upper()} != {"H"}:
            found.append(((m.group(1).upper(), m.group(2).upper()), index))
            continue
        if block.kind == BlockKind.HEADING or block.table is not None or len(text.split()) <= 6:
            for letters, pattern in _MERGED_TITLES.items():
                if pattern.match(text):
                    found.append((letters, index))
    return found


def _covered_by_merge(ctx) -> set[str]:
    covered: set[str] = set()
    for letters, _ in _merged_groups(ctx):
        for letter in letters:
            covered |= {"H1", "H2"} if letter == "H" else {letter}
    return covered


@check("S001")
def missing_section(ctx):
    """Each of A–K must have its own heading; a combined "H" stands in for H1 and H2
    (S003 reports that they are not split) and a merged heading is reported by S002."""
    present = {s.id for s in ctx.plan.sections}
    if "H" in present:
        present |= {"H1", "H2"}
    present |= _covered_by_merge(ctx)
    titles = heading_rules().canonical
    for sid in SECTION_IDS:
        if sid not in present:
            yield Flag(section=sid, order=len(ctx.plan.document.blocks), params={"section": sid, "title": titles[sid]})


@check("S002")
def merged_sections(ctx):
    """One heading for two sections ("Sections C and D"); error when B, F or I is merged."""
    for letters, index in _merged_groups(ctx):
        block = ctx.plan.document.blocks[index]
        severe = bool(set(letters) & APPEALABLE)
        yield Flag(
            section=None, page=block.page, quote=collapse(block.text), order=index,
            severity=Severity.ERROR if severe else None,
            params={"sections": " and ".join(letters)},
        )


@check("S003")
def h_not_split(ctx):
    """A single Section H. Error when the child is under 18 and H lists provision without
    saying which part is under section 2 of the CSDPA 1970."""
    section = ctx.plan.section("H")
    if section is None:
        return
    age = ctx.facts.age
    year = ctx.facts.year_group
    under_18 = (age is not None and age < 18) or (age is None and year is not None and year <= 12)
    lists_provision = bool(content_items(ctx, "H"))
    severe = under_18 and lists_provision and not _CSDPA.search(section_text(ctx, "H"))
    yield Flag(section="H", page=section.page_start, quote=_heading_text(ctx, section), order=section.start,
               severity=Severity.ERROR if severe else None)


def _misplaced_sections(ctx, kind: str):
    """Sections that repeat a letter already used ("duplicate"), or that step back in the
    A–K order from the section before them ("out_of_order": E then B reports B once, not
    every section after it)."""
    seen: set[str] = set()
    previous = -1
    for section in ctx.plan.sections:
        if section.id in seen:
            found = "duplicate"
        elif ORDER[section.id] < previous:
            found = "out_of_order"
        else:
            found = None
        seen.add(section.id)
        previous = ORDER[section.id]
        if found == kind:
            yield Flag(section=section.id, page=section.page_start, quote=_heading_text(ctx, section), order=section.start,
                       params={"section": section.id})


@check("S004")
def duplicate_heading(ctx):
    """The same section letter heads two parts of the plan."""
    yield from _misplaced_sections(ctx, "duplicate")


@check("S005")
def out_of_order(ctx):
    """A section comes after one that should follow it (lawful; reported so the layout is clear)."""
    yield from _misplaced_sections(ctx, "out_of_order")


@check("S007")
def missing_dates(ctx):
    """No date for this plan, or no date for its next review."""
    facts = ctx.facts
    missing = [what for what, value in (("the date of the plan", facts.plan_date), ("a review date", facts.review_date)) if value is None]
    if missing:
        first = ctx.plan.sections[0].start if ctx.plan.sections else 0
        yield Flag(section=None, order=first, params={"missing": " or ".join(missing)})


@check("S009")
def placeholder_text(ctx):
    """Template text left in: "[insert frequency]", "Click here to enter text", "XXX"."""
    lexicon = ctx.analyzer.lexicons.get("placeholder")
    if lexicon is None:
        return
    probes = tuple(p.lower() for p in lexicon.phrases)
    for index, block in enumerate(ctx.plan.document.blocks):
        lowered = block.text.lower()
        if not any(p in lowered for p in probes):
            continue
        hits = analyse(ctx, block.text).get("placeholder")
        if hits:
            # A whole-plan finding: the quote shows where, whichever section the text is in.
            yield Flag(section=None, page=block.page, quote=collapse(block.text), order=index,
                       params={"placeholder": hits[0].text})


@check("S014")
def heading_only(ctx):
    """A section with a heading and nothing under it, not even "None"."""
    for section in ctx.plan.sections:
        if section.id not in HEADING_ONLY_SECTIONS:
            continue
        if not any(b.text.strip() for b in ctx.plan.blocks(section)):
            yield Flag(section=section.id, page=section.page_start, quote=None, order=section.start,
                       params={"section": section.id, "title": heading_rules().canonical[section.id]})
