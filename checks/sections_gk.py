"""Section rules for G to J (law file §5.G–5.J): health and social care provision,
placement and personal budget. Section K is in sections_k.py."""

from __future__ import annotations

import re

from ehcp_audit.engine import Flag, check

from ehcp_audit_checks._plan_parts import (
    THERAPIES, VAGUE, analyse, budget_mentions, content_items, is_none_statement, is_section_title, quantified, section_page,
    section_says_none, section_statements, section_text,
)

ADULT_AGE = 18  # COP 9.69 (H1): section 2 CSDPA services are for under-18s
_SECTION_POINTER = re.compile(r"\b(?:see|set out in|described in|listed in|refer to)\s+(?:section|part)\s+[A-K]\b", re.I)
_PRN = re.compile(r"\bas (?:required|needed)\b", re.I)
_NAMED = re.compile(r"\b(?:St\.? )?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|&))*\s+(?:School|Academy|College|Nursery|Centre|Center|Provision|Unit|Hub|Institute|University|Base)\b")
_ALTERNATIVES = re.compile(r"\beither\b|\bone of the following\b|\b(?:School|Academy|College|Nursery|setting|provision)\s+or\s+[A-Z]", re.I)
_HIGHER_EDUCATION = re.compile(r"\buniversity\b|\bdegree\b|\bhigher education\b|\bBSc\b|\bBA\b", re.I)
_MONEY = re.compile(r"£\s?\d|\d+\s?(?:pounds|gbp)\b", re.I)
_PLACE_FEES = re.compile(r"\bfees\b|\bschool place\b|\bcollege place\b|\bplacement\b", re.I)


def _statement(item, ctx) -> bool:
    """A provision statement: not "None" (nor explaining a "None"), not a repeated section
    title, not a pointer to another section."""
    return (not is_none_statement(ctx, item.text) and not is_section_title(item.text)
            and not section_says_none(ctx, item.section) and not _SECTION_POINTER.search(item.text))


def _vague_care(item, ctx) -> bool:
    """Vague or unquantified health / social care provision. Medication "as required" under
    a named care plan is specified by that plan (law file §8.8)."""
    matches = item.matches
    covered_by_plan = analyse(ctx, item.text).has("care_plan_cover")
    vague_hits = [h for h in matches.get(*VAGUE) if not (covered_by_plan and _PRN.fullmatch(h.text))]
    return bool(vague_hits) or (not quantified(matches) and not covered_by_plan)


# ---- Section G -----------------------------------------------------------------------------

@check("G102")
def g_vague(item, ctx):
    """Health provision with vague wording, or no amount or frequency; provision still
    awaiting health's agreement is G104's."""
    if not _statement(item, ctx) or item.matches.has("health_unagreed"):
        return False
    return _vague_care(item, ctx)


def _educates(item) -> bool:
    return item.matches.has(*THERAPIES) and item.matches.has("educates_trains")


@check("G103")
def g_educates(item, ctx):
    """A therapy in Section G that teaches or trains (SaLT to develop speech, physiotherapy
    to teach a routine, CBT to teach coping skills) is special educational provision."""
    return _statement(item, ctx) and _educates(item)


@check("G104")
def g_not_agreed(item, ctx):
    """Health provision still to be confirmed or agreed by health."""
    return item.matches.has("health_unagreed")


@check("G105")
def g_service_limited(item, ctx):
    """Health provision limited by a waiting list, service criteria or availability."""
    return item.matches.has("service_limit")


# ---- Section H -----------------------------------------------------------------------------

@check("H102")
def h1_vague(item, ctx):
    """Vague or unquantified provision in H1 (or in a combined Section H)."""
    return _statement(item, ctx) and _vague_care(item, ctx)


@check("H202")
def h2_vague(item, ctx):
    """Vague or unquantified provision in H2."""
    return _statement(item, ctx) and _vague_care(item, ctx)


@check("H103")
def h1_adult(item, ctx):
    """H1 (section 2 CSDPA, for under-18s) used for a young person aged 18 or over."""
    age = ctx.facts.age
    return age is not None and age >= ADULT_AGE and _statement(item, ctx)


@check("H104")
def h_trains(item, ctx):
    """Social care that teaches (travel training, life skills) may be special educational
    provision and then belongs in Section F."""
    return _statement(item, ctx) and item.matches.has("care_trains")


@check("H203")
def h_no_care_act(ctx):
    """Aged 18 or over with social care needs, and Section H names no Care Act care and
    support plan."""
    age = ctx.facts.age
    if age is None or age < ADULT_AGE or not content_items(ctx, "D"):
        return
    if any(analyse(ctx, section_text(ctx, sid)).has("care_act") for sid in ("H1", "H2", "H")):
        return
    for sid in ("H2", "H", "H1"):
        items = [i for i in ctx.items(sid) if _statement(i, ctx)]
        if items:
            yield Flag(section=sid, page=items[0].page, quote=items[0].text, order=items[0].block)
            return
    section = ctx.plan.section("H2") or ctx.plan.section("H") or ctx.plan.section("D")
    yield Flag(section=section.id, page=section.page_start, order=section.start)


@check("H204")
def h_short_breaks(item, ctx):
    """Short breaks or respite with no nights, hours or frequency."""
    return item.matches.has("short_breaks") and not quantified(item.matches)


# ---- Section I -----------------------------------------------------------------------------

def _placements(ctx) -> list:
    """What Section I says, line by line, leaving out "none" statements."""
    if section_says_none(ctx, "I"):
        return []
    return [st for st in section_statements(ctx, "I") if not is_none_statement(ctx, st.text)]


def _names_place(statement) -> bool:
    return bool(_NAMED.search(statement.text)) or statement.matches.has("institution_type", "institution_vague")


def _flag(statement) -> Flag:
    return Flag(section=statement.section, page=statement.page, quote=statement.text, order=statement.block)


@check("I101")
def i_unresolved(ctx):
    """A final plan must name the school or type: Section I is blank or "to be confirmed"."""
    if not ctx.facts.is_final or not ctx.plan.has("I"):
        return
    placements = _placements(ctx)
    if not placements:
        yield Flag(section="I", page=section_page(ctx, "I"), order=ctx.plan.section("I").start)
    for statement in placements:
        if statement.matches.has("placement_unresolved"):
            yield _flag(statement)


def _lacks_type(statement, ctx) -> bool:
    matches = analyse(ctx, statement.text)  # offsets in the statement's own text, to compare with names
    names = [m.span() for m in _NAMED.finditer(statement.text)]
    unresolved = matches.has("placement_unresolved")
    # Once the placement is unresolved, a school mentioned in passing ("following consultation
    # with Seagrove Academy") is not the placement, so the type in its name does not count.
    def in_name(hit) -> bool:
        return any(s <= hit.start and hit.end <= e for s, e in names)

    # "Caldmoor Park Academy": "Academy" in a school's name says nothing of mainstream or special.
    types = [h for h in matches.get("institution_type")
             if not (in_name(h) and (unresolved or h.text.lower() == "academy"))]
    if types:
        return False
    if names and not unresolved:
        return True  # a name with no type
    return matches.has("institution_vague")


@check("I102")
def i_no_type(ctx):
    """A school named without its type, or a type too vague to be one ("mainstream")."""
    for statement in _placements(ctx):
        if _lacks_type(statement, ctx):
            yield _flag(statement)


@check("I103")
def i_named_in_draft(ctx):
    """A draft plan must not name a school or a type of school (s.38(5))."""
    if not ctx.facts.is_draft:
        return
    for statement in _placements(ctx):
        if _names_place(statement) and not statement.matches.has("placement_unresolved"):
            yield _flag(statement)


@check("I104")
def i_alternatives(ctx):
    """More than one institution offered as alternatives ("X or Y")."""
    for statement in _placements(ctx):
        if _ALTERNATIVES.search(statement.text) and _names_place(statement):
            yield _flag(statement)


@check("I105")
def i_higher_education(ctx):
    """A university or degree course: EHC plans do not continue into higher education."""
    for statement in _placements(ctx):
        if _HIGHER_EDUCATION.search(statement.text):
            yield _flag(statement)


# ---- Section J -----------------------------------------------------------------------------

@check("J102")
def j_direct_payment_unlinked(ctx):
    """A direct payment with no statement of the needs and outcomes it meets."""
    text = section_text(ctx, "J")
    payments = [i for i in budget_mentions(ctx, "J") if re.search(r"direct payment|\bDP\b", i.text, re.I)]
    if not payments or analyse(ctx, text).has("need_link"):
        return
    # a social care direct payment under a Care Act plan is accounted for there, not here
    unlinked = [i for i in payments if not i.matches.has("social_care_only")]
    if unlinked:
        yield Flag(section="J", page=unlinked[0].page, quote=unlinked[0].text, order=unlinked[0].block)


@check("J103")
def j_budget_unspecified(ctx):
    """A personal budget with no amount, no provision it pays for, or no delivery route."""
    sentences = budget_mentions(ctx, "J")
    if not sentences:
        return
    text = section_text(ctx, "J")
    missing = [what for what, ok in (
        ("an amount", bool(_MONEY.search(text))),
        ("the provision it pays for", analyse(ctx, text).has("budget_purpose")),
        ("how it is delivered", analyse(ctx, text).has("budget_route")),
    ) if not ok]
    if missing:
        first = sentences[0]
        yield Flag(section="J", page=first.page, quote=first.text, order=first.block, params={"missing": ", ".join(missing)})


@check("J104")
def j_pays_for_place(item, ctx):
    """A personal budget or direct payment used for school or college fees or a placement."""
    return item.matches.has("personal_budget") and not item.matches.has("not_applicable") and bool(_PLACE_FEES.search(item.text))
