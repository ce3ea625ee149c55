"""Helpers shared by the whole-plan rule modules (structure, sections, cross).

Not a rule module (the leading underscore keeps the engine from looking for rules here).
Everything here reads a plan through the check Context: section bodies, "none"
statements, the outcomes in Section E, the advice list in Section K, and the
need → outcome → provision table; plus the constants (Year 9, therapy families) and the
whole-section finding that several rule modules share. Results that several rules need
are computed once per plan and cached against the Context.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Callable, Optional

from ehcp_audit.engine import Flag
from ehcp_audit.model import collapse
from ehcp_audit.nlp import Matches
from ehcp_audit.trace import Trace, outcome_items

_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
NONE_STATEMENT_MAX_WORDS = 25  # "None. No social care assessment has identified a need…" is still a none statement
QUANTITY = ("frequency", "duration", "amount", "care_quantity", "time_bound")
VAGUE = ("care_vague", "vague_quantity", "discretion", "hedge", "access", "illustrative")
PFA_YEAR = 9  # reg 12(3), reg 6(1)(g), COP 9.63: preparing for adulthood from Year 9
THERAPIES = ("prof_salt", "prof_ot", "prof_physio", "prof_mental_health")  # therapies that can educate or train
PROFESSIONS = THERAPIES + ("prof_sensory", "prof_psychology")


def cached(ctx, name: str, compute: Callable):
    """compute(ctx) once per plan."""
    store = _CACHE.setdefault(ctx, {})
    if name not in store:
        store[name] = compute(ctx)
    return store[name]


def analyse(ctx, text: str) -> Matches:
    """Lexicon hits in any piece of text (for text that is not an item, e.g. a K entry);
    remembered per plan, as several rules ask about the same text."""
    memo = cached(ctx, "analysed", lambda c: {})
    if text not in memo:
        memo[text] = ctx.analyzer.analyse(text)
    return memo[text]


def might_have(ctx, text: str, category: str) -> bool:
    """A cheap first test for a phrase-only lexicon: does any of its phrases occur in the
    text at all? (The matcher then confirms word boundaries.)"""
    lexicon = ctx.analyzer.lexicons.get(category)
    if lexicon is None or lexicon.patterns:
        return True
    lowered = text.lower()
    return any(p.lower() in lowered for p in lexicon.phrases)


def section_blocks(ctx, sid: str) -> tuple:
    """Body blocks of every section with this id, in order."""
    return tuple(b for s in ctx.plan.sections if s.id == sid for b in ctx.plan.blocks(s))


def section_text(ctx, sid: str) -> str:
    return collapse(" ".join(b.text for b in section_blocks(ctx, sid)))


def first_text(ctx, sid: str) -> Optional[str]:
    """The first non-empty body block of the section, as a quote (a quote is always one
    stretch of the plan's own text, never pieces joined up)."""
    return next((collapse(b.text) for b in section_blocks(ctx, sid) if b.text.strip()), None)


def section_page(ctx, sid: str) -> Optional[int]:
    section = ctx.plan.section(sid)
    return section.page_start if section else None


def section_flag(ctx, sid: str, **params) -> Flag:
    """A finding about a whole section, placed at its heading (no quote)."""
    section = ctx.plan.section(sid)
    return Flag(section=sid, page=section_page(ctx, sid), order=section.start if section else 0, params=params)


def is_blank(ctx, sid: str) -> bool:
    """The section has a heading but nothing under it, not even "None" (dashes and dots
    do not count as content)."""
    return ctx.plan.has(sid) and not section_text(ctx, sid).strip(" .-–—")


def budget_mentions(ctx, *sids: str) -> list:
    """Items in these sections that mention a personal budget or direct payment and do not
    say there is none."""
    return [i for i in ctx.items(*sids) if i.matches.has("personal_budget") and not i.matches.has("not_applicable")]


def is_section_title(text: str) -> bool:
    """"Other social care provision" on its own: a section title repeated in the body (cell
    layouts put the title under the letter), not content."""
    from ehcp_audit.split import heading_rules

    lowered = collapse(text).lower().rstrip(":. ")
    rules = heading_rules()
    return any(lowered == t for titles in rules.titles.values() for t in titles) or any(
        lowered == c.lower() for c in rules.canonical.values())


def is_none_statement(ctx, text: str) -> bool:
    """"None", "Not applicable. Ruby has no assessed social care needs.", "No personal budget
    has been requested": the section has nothing to record and says so."""
    text = collapse(text)
    if not text or len(text.split()) > NONE_STATEMENT_MAX_WORDS or not might_have(ctx, text, "not_applicable"):
        return False
    return analyse(ctx, text).has("not_applicable")


def content_items(ctx, sid: str) -> list:
    """The section's items that say something: not "none" statements, not a repeated title,
    and nothing at all when the whole section is a "none" statement."""
    if section_says_none(ctx, sid):
        return []
    return [i for i in ctx.items(sid) if not is_none_statement(ctx, i.text) and not is_section_title(i.text)]


def section_says_none(ctx, sid: str) -> bool:
    """The section exists and all it says is that there is nothing to record."""
    return cached(ctx, f"says_none_{sid}", lambda c: bool(section_text(c, sid)) and is_none_statement(c, section_text(c, sid)))


@dataclass(frozen=True)
class Statement:
    """A piece of a section to judge: an item, or a short line the item splitter took for a
    sub-heading ("Meadowbank Infant School" on its own)."""

    section: str
    text: str
    page: Optional[int]
    block: int
    matches: Matches


def section_statements(ctx, sid: str) -> list:
    """The section's items plus any body line that produced no item."""
    items = ctx.items(sid)
    covered = {i.block for i in items}
    found = [Statement(i.section, i.text, i.page, i.block, i.matches) for i in items]
    for section in (s for s in ctx.plan.sections if s.id == sid):
        for index in range(section.start + 1, section.end):
            block = ctx.plan.document.blocks[index]
            text = collapse(block.text)
            if index not in covered and text and not is_section_title(text):
                found.append(Statement(sid, text, block.page, index, analyse(ctx, text)))
    return sorted(found, key=lambda s: s.block)


_NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                        r"half|once|twice|full[- ]time|whole)\b", re.I)


def quantified(matches: Matches) -> bool:
    """The wording says how much or how often (or when). An "amount" hit counts only with a
    number in it: "a course of" alone says nothing about how much."""
    if matches.has(*(c for c in QUANTITY if c != "amount")):
        return True
    return any(_NUMBERISH.search(h.text) for h in matches.get("amount"))


def outcomes(ctx) -> list:
    """Section E's outcome items (see ehcp_audit.trace.outcome_items)."""
    return cached(ctx, "outcomes", lambda c: outcome_items(c.items("E")))


def is_outcome(item, ctx) -> bool:
    return any(o is item for o in outcomes(ctx))


def own_matches(item, ctx) -> Matches:
    """Hits in the item's own words: for a table row, its main cell only (an "E3" id or a
    by-when date in the next column is not part of the outcome's wording)."""
    return analyse(ctx, item.text) if item.kind == "row" else item.matches


def trace(ctx) -> Trace:
    return ctx.trace  # built once per plan by the engine's Context, shared with the report
