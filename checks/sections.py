"""Section rules for A to E (law file §5.A–5.E): views and aspirations, needs, health and
social care needs, and outcomes. Rules for G to J are in sections_gk.py, for K in sections_k.py."""

from __future__ import annotations

import re

from ehcp_audit.engine import Flag, check
from ehcp_audit.model import Severity

from ehcp_audit_checks._plan_parts import (
    PFA_YEAR, PROFESSIONS, analyse, cached, first_text, is_blank, is_outcome, outcomes, own_matches, section_flag,
    section_page, section_text,
)

A_MIN_WORDS = 30  # law file A101: fewer than ~30 words of content is boilerplate
MIN_OUTCOMES, MAX_OUTCOMES = 3, 10  # law file E106 (Hounslow guidance: 3–10)
YOUNG_PERSON_AGE, YOUNG_PERSON_YEAR = 16, 12  # CFA 2014 s.83: over compulsory school age
_QUOTED = re.compile(r"[\"“][^\"”]{3,}[\"”]")
_REPLACEMENT = re.compile(r"\binstead\b|\brather than\b|\bwill use\b|\bby using\b", re.I)


# ---- Section A -----------------------------------------------------------------------------

@check("A101")
def a_empty(ctx):
    """Section A is (nearly) empty or only points elsewhere ("See one-page profile")."""
    if not ctx.plan.has("A"):
        return
    text = section_text(ctx, "A")
    if len(text.split()) < A_MIN_WORDS or analyse(ctx, text).has("report_reference") and len(text.split()) < 2 * A_MIN_WORDS:
        yield Flag(section="A", page=section_page(ctx, "A"), quote=first_text(ctx, "A"), order=ctx.plan.section("A").start)


def _has_child_voice(ctx) -> bool:
    text = section_text(ctx, "A")
    return bool(_QUOTED.search(text)) or analyse(ctx, text).has("child_voice")


@check("A102")
def a_no_child_voice(ctx):
    """Section A has content but nothing in the child's own words or from the child (under 16;
    A107 covers young people)."""
    if not ctx.plan.has("A") or len(section_text(ctx, "A").split()) < A_MIN_WORDS or _is_young_person(ctx):
        return
    if not _has_child_voice(ctx):
        yield section_flag(ctx, "A")


def _is_young_person(ctx) -> bool:
    facts = ctx.facts
    if facts.age is not None:
        return facts.age >= YOUNG_PERSON_AGE
    return facts.year_group is not None and facts.year_group >= YOUNG_PERSON_YEAR


@check("A104")
def a_no_aspirations(ctx):
    """Section A says nothing about hopes or aspirations for the future."""
    if not ctx.plan.has("A") or len(section_text(ctx, "A").split()) < A_MIN_WORDS:
        return
    if not analyse(ctx, section_text(ctx, "A")).has("future_hopes"):
        yield section_flag(ctx, "A")


@check("A105")
def a_no_adult_aspirations(ctx):
    """From Year 9, Section A should say what the young person wants from adult life."""
    year = ctx.facts.year_group
    if year is None or year < PFA_YEAR or not ctx.plan.has("A") or len(section_text(ctx, "A").split()) < A_MIN_WORDS:
        return
    if not analyse(ctx, section_text(ctx, "A")).has("pfa"):
        yield section_flag(ctx, "A", year=year)


@check("A107")
def a_only_parents(ctx):
    """A young person over compulsory school age, but Section A records only others' views."""
    if not ctx.plan.has("A") or not _is_young_person(ctx) or len(section_text(ctx, "A").split()) < A_MIN_WORDS:
        return
    if not _has_child_voice(ctx):
        yield section_flag(ctx, "A")


# ---- Sections B, C, D ------------------------------------------------------------------------

@check("B101")
def b_empty(ctx):
    """Section B has no needs written in it (empty, or only a pointer to reports)."""
    if not ctx.plan.has("B"):
        return
    items = [i for i in ctx.items("B") if not i.matches.has("report_reference")]
    if not items:
        yield Flag(section="B", page=section_page(ctx, "B"), quote=first_text(ctx, "B"), order=ctx.plan.section("B").start)


@check("B104")
def b_by_reference(item, ctx):
    """A need given by pointing at a report; an error when it is all an area of need says."""
    if not item.matches.has("report_reference"):
        return None
    alone = all(other is item for other in ctx.items("B") if other.heading == item.heading)
    return Flag(severity=Severity.ERROR) if alone and item.heading else True


def _empty_needs_section(ctx, sid: str):
    if is_blank(ctx, sid):
        yield section_flag(ctx, sid)


@check("C101")
def c_empty(ctx):
    """Section C is blank, without even "no health needs identified"."""
    yield from _empty_needs_section(ctx, "C")


@check("D101")
def d_empty(ctx):
    """Section D is blank, without even "no social care needs identified"."""
    yield from _empty_needs_section(ctx, "D")


# ---- Section E -----------------------------------------------------------------------------

@check("E101")
def e_empty(ctx):
    """Section E has no outcomes."""
    if ctx.plan.has("E") and not outcomes(ctx):
        yield Flag(section="E", page=section_page(ctx, "E"), quote=first_text(ctx, "E"), order=ctx.plan.section("E").start)


def _other_cells(item, ctx) -> str:
    """The rest of the table row an outcome sits in, when the row was not read as a table
    row (no header the item splitter knew): a by-when cell beside it still counts."""
    blocks = ctx.plan.document.blocks
    pos = blocks[item.block].table
    if pos is None or item.kind == "row":
        return ""
    return " ".join(b.text for i, b in enumerate(blocks)
                    if i != item.block and b.table is not None and (b.table.table, b.table.row) == (pos.table, pos.row))


@check("E102")
def e_not_time_bound(item, ctx):
    """The outcome says nothing about when it is to be achieved (a by-when column counts)."""
    if not is_outcome(item, ctx) or item.matches.has("time_bound"):
        return False
    beside = _other_cells(item, ctx)
    return not (beside and analyse(ctx, beside).has("time_bound"))


def _measure_hits(item, ctx) -> list:
    """Measurable criteria in the outcome's own words, not counting the numbers inside a
    time marker ("Year 5" in "by the end of Year 5")."""
    matches = own_matches(item, ctx)
    times = matches.get("time_bound")
    return [h for h in matches.get("outcome_measure") if not any(t.start <= h.start and h.end <= t.end for t in times)]


@check("E103")
def e_not_measurable(item, ctx):
    """A vague verb ("improve", "gain confidence", "reach his potential") with no number,
    frequency or criterion; outcomes that describe provision (E104) or only a behaviour to
    stop (E110) are left to those rules."""
    if not is_outcome(item, ctx):
        return False
    matches = own_matches(item, ctx)
    if not matches.has("outcome_vague") or matches.has("outcome_as_provision", "deficit_framing"):
        return False
    return not _measure_hits(item, ctx)


def _f_professions(ctx) -> set[str]:
    return cached(ctx, "f_professions", lambda c: {p for i in c.items("F") for p in PROFESSIONS if i.matches.has(p)})


@check("E104")
def e_provision_as_outcome(item, ctx):
    """"Will receive speech and language therapy": a service, not the difference it makes;
    an error when Section F does not specify that service at all (law file E104, X109)."""
    matches = own_matches(item, ctx)
    if not is_outcome(item, ctx) or not matches.has("outcome_as_provision"):
        return False
    named = {p for p in PROFESSIONS if matches.has(p)}
    return Flag(severity=Severity.ERROR) if named and not named & _f_professions(ctx) else True


@check("E105")
def e_aspiration(item, ctx):
    """"Will become a mechanic", "will live independently": an aspiration for Section A."""
    return is_outcome(item, ctx) and own_matches(item, ctx).has("aspiration")


@check("E106")
def e_outcome_count(ctx):
    """Fewer than 3 or more than 10 outcomes."""
    found = outcomes(ctx)
    if found and not MIN_OUTCOMES <= len(found) <= MAX_OUTCOMES:
        yield section_flag(ctx, "E", count=len(found))


@check("E108")
def e_no_pfa(ctx):
    """Year 9 or above, and no outcome about adult life (work, independent living,
    community, health)."""
    year = ctx.facts.year_group
    found = outcomes(ctx)
    if year is None or year < PFA_YEAR or not found:
        return
    if not any(own_matches(o, ctx).has("pfa") for o in found):
        yield section_flag(ctx, "E", year=year)


@check("E110")
def e_deficit(item, ctx):
    """"Will not hit", "will stop having meltdowns", with no skill to replace the behaviour."""
    if not is_outcome(item, ctx) or not own_matches(item, ctx).has("deficit_framing"):
        return False
    return not _REPLACEMENT.search(item.text)

