"""Cross-section rules (law file §6, X1xx): every need has provision, provision answers a
need, outcomes have provision behind them, therapy that teaches sits in F, health and
social care needs have provision, and the personal budget is consistent.

Needs, outcomes and provision are matched through the need → outcome → provision table
(ehcp_audit.trace), so the findings and the table in the report agree. Matching is by
area of need: the rules fire only when a whole area has nothing, which keeps them quiet
on plans whose wording differs from section to section.
"""

from __future__ import annotations

from ehcp_audit.engine import Flag, check
from ehcp_audit.model import Severity
from ehcp_audit.trace import heading_areas, is_negated_need, need_keys, with_orphan_sentences

from ehcp_audit_checks._section_f_parts import is_provision
from ehcp_audit_checks._plan_parts import (
    PFA_YEAR, PROFESSIONS, THERAPIES, budget_mentions, content_items, is_blank, outcomes, section_flag, trace,
)

CARE_SECTIONS = ("F", "G", "H1", "H2", "H")
THERAPY_NAMES = {
    "prof_salt": "speech and language therapy",
    "prof_ot": "occupational therapy",
    "prof_physio": "physiotherapy",
    "prof_mental_health": "psychological or mental-health therapy",
    "prof_sensory": "specialist vision or hearing teaching",
    "prof_psychology": "educational psychology",
}


def _areas(keys) -> set[str]:
    return {area for area, _ in keys}


def _need_areas_of(item) -> tuple[set[str], set[str]]:
    """(the areas a B statement belongs to, the areas anything it describes falls in)."""
    keys = need_keys(item.text)
    own = heading_areas(item.heading) or _areas(keys)
    return own, own | _areas(keys)


@check("X101")
def need_without_provision(ctx):
    """An area of need described in Section B with no provision in Section F for anything
    its statements describe."""
    if not ctx.plan.has("F"):
        return
    table = trace(ctx)
    provided = {row.area for row in table.rows if row.provision}
    titles = {row.area: row.area_title for row in table.rows}
    first_uncovered: dict[str, object] = {}
    covered: set[str] = set()
    for item in with_orphan_sentences(ctx.plan, ctx.items("B")):
        if is_negated_need(item.text):
            continue
        own, described = _need_areas_of(item)
        for area in own:
            if described & provided:
                covered.add(area)
            else:
                first_uncovered.setdefault(area, item)
    for area, item in first_uncovered.items():
        if area not in covered:
            yield Flag(section="B", page=item.page, quote=item.text, order=item.block, params={"area": titles.get(area, area)})


@check("X102")
def no_pfa_provision(ctx):
    """Year 9 or above and nothing in F, G or H prepares for adulthood."""
    year = ctx.facts.year_group
    if year is None or year < PFA_YEAR or not ctx.plan.has("F"):
        return
    if not any(i.matches.has("pfa") for sid in CARE_SECTIONS for i in content_items(ctx, sid)):
        yield section_flag(ctx, "F", year=year)


def _families(items, categories) -> set[str]:
    return {c for i in items for c in categories if i.matches.has(c)}


@check("X103")
def therapy_outside_f(ctx):
    """A therapy that teaches or trains appears in G, H or E and Section F has none of it;
    an error for speech and language therapy (COP 9.74), a warning for the others."""
    in_f = _families(ctx.items("F"), THERAPIES)
    for item in ctx.items("G", "H1", "H2", "H", "E"):
        if not item.matches.has("educates_trains"):
            continue
        for family in THERAPIES:
            if item.matches.has(family) and family not in in_f:
                yield Flag(section=item.section, page=item.page, quote=item.text, order=item.block,
                           severity=Severity.ERROR if family == "prof_salt" else Severity.WARNING,
                           params={"therapy": THERAPY_NAMES[family]})
                break


@check("X104")
def provision_without_need(ctx):
    """Provision in Section F whose area of need is not described anywhere in Section B."""
    table = trace(ctx)
    with_needs = set(table.areas_with_needs())
    if not with_needs:
        return
    # Any mention in B counts here, even outside its own sub-heading ("his hand control
    # affects writing, cooking and handling money" under "Physical" describes a cooking need).
    described = with_needs | {area for item in ctx.items("B") for area, _ in need_keys(item.text)}
    for item in ctx.items("F"):
        if not is_provision(item) or item.matches.has("arrangement"):
            # "The provision below is delivered by the college unless it says otherwise.";
            # exam access arrangements ("supervised rest breaks in exams") serve many needs
            continue
        areas = _areas(table.keys_of(item))
        # (an item that names no need of its own takes its area from its sub-heading alone,
        # and a part-of-the-day heading such as "Playing and learning" is no area of need)
        if areas and not areas & described and need_keys(item.text, as_provision=True):
            yield Flag(section="F", page=item.page, quote=item.text, order=item.block,
                       params={"area": ", ".join(sorted(areas))})


@check("X105")
def outcome_without_provision(ctx):
    """An outcome in an area of need for which Section F has no provision at all (and no
    provision-table row points to it)."""
    if not ctx.plan.has("F"):
        return
    table = trace(ctx)
    provided = {row.area for row in table.rows if row.provision}
    referenced = {ref.upper().replace(" ", "") for i in ctx.items("F") for ref in i.column("outcome").replace(",", " ").split()}
    for item in outcomes(ctx):
        areas = _areas(table.keys_of(item))
        ref = next((e.ref for row in table.rows for e in row.outcomes if e.block == item.block and e.quote == item.text), None)
        if areas and not areas & provided and ref not in referenced:
            yield Flag(section="E", page=item.page, quote=item.text, order=item.block)


@check("X106")
def health_needs_without_g(ctx):
    """Section C lists health needs and Section G is blank (not even "none")."""
    if content_items(ctx, "C") and is_blank(ctx, "G"):
        yield section_flag(ctx, "G")


@check("X107")
def care_needs_without_h(ctx):
    """Section D lists social care needs and Sections H1 and H2 are blank (not even "none")."""
    present = [sid for sid in ("H1", "H2", "H") if ctx.plan.has(sid)]
    if content_items(ctx, "D") and present and all(is_blank(ctx, sid) for sid in present):
        yield section_flag(ctx, present[0])


@check("X109")
def provision_outside_f(ctx):
    """Quantified professional provision written in Sections A to E with nothing like it in
    Section F (only F is enforceable as special educational provision)."""
    in_f = _families(ctx.items("F"), PROFESSIONS)
    for item in ctx.items("A", "B", "C", "D", "E"):
        if not item.matches.has("frequency", "duration", "care_quantity"):
            continue
        family = next((c for c in PROFESSIONS if item.matches.has(c) and c not in in_f), None)
        if family:
            yield Flag(section=item.section, page=item.page, quote=item.text, order=item.block,
                       severity=Severity.ERROR if family == "prof_salt" else None,
                       params={"provision": THERAPY_NAMES[family]})


@check("X110")
def budget_inconsistent(ctx):
    """F, G or H pays for provision through a personal budget or direct payment, but
    Section J is missing, blank or says there is none."""
    mentions = [i for sid in CARE_SECTIONS for i in budget_mentions(ctx, sid)]  # F's first, then G's, then H's
    if mentions and not budget_mentions(ctx, "J"):
        first = mentions[0]
        yield Flag(section=first.section, page=first.page, quote=first.text, order=first.block)
