"""Section K rules (law file §5.K): the list of advice and information gathered during the
assessment — present, complete (reg 6), dated and attributed, and covering what Section F
relies on. The list itself is read by _advice.py."""

from __future__ import annotations

from datetime import timedelta

from ehcp_audit.engine import Flag, check

from ehcp_audit_checks._advice import advice_entries
from ehcp_audit_checks._plan_parts import PFA_YEAR, analyse, cached, section_flag

OLD_ADVICE = timedelta(days=730)  # law file K106: "more than ~2 years before the plan date"
CORE_ADVICE = {  # reg 6(1)(a)–(e)
    "advice_parent": "the views of the parent or young person",
    "advice_educational": "educational advice",
    "advice_medical": "medical advice",
    "prof_psychology": "psychological advice",
    "advice_social_care": "social care advice",
}
ADVICE_FAMILIES = {
    "prof_salt": "speech and language therapy",
    "prof_ot": "occupational therapy",
    "prof_physio": "physiotherapy",
    "prof_psychology": "educational psychology",
    "prof_sensory": "a specialist teacher or service for vision or hearing",
    "prof_mental_health": "mental health",
}


# ---- Section K -----------------------------------------------------------------------------

@check("K101")
def k_no_list(ctx):
    """Section K has a heading but no list of advice."""
    if ctx.plan.has("K") and not advice_entries(ctx):
        yield section_flag(ctx, "K")


def _entry_categories(ctx) -> set[str]:
    """The lexicon categories found anywhere in the advice list (cached per plan)."""
    return cached(ctx, "advice_categories",
                  lambda c: {h.category for entry in advice_entries(c) for h in analyse(c, entry.text).hits})


@check("K102")
def k_missing_advice(ctx):
    """One of the advices the Regulations require (parent, educational, medical,
    psychological, social care) is not listed."""
    if not ctx.plan.has("K") or not advice_entries(ctx):
        return
    found = _entry_categories(ctx)
    for category, name in CORE_ADVICE.items():
        if category not in found:
            yield section_flag(ctx, "K", advice=name)


@check("K103")
def k_no_pfa_advice(ctx):
    """Year 9 or above and no preparing-for-adulthood advice listed."""
    year = ctx.facts.year_group
    if year is None or year < PFA_YEAR or not advice_entries(ctx):
        return
    if "advice_pfa" not in _entry_categories(ctx):
        yield section_flag(ctx, "K", year=year)


@check("K104")
def k_no_sensory_advice(ctx):
    """Section B describes a vision or hearing impairment, and no qualified teacher of the
    visually or hearing impaired gave advice."""
    if not advice_entries(ctx) or not any(i.matches.has("vision_hearing") for i in ctx.items("B")):
        return
    if "prof_sensory" not in _entry_categories(ctx):
        yield section_flag(ctx, "K")


@check("K105")
def k_entry_undated(ctx):
    """An advice entry with no author or no date."""
    for entry in advice_entries(ctx):
        missing = [what for what, ok in (("its author", entry.author), ("its date", entry.date is not None)) if not ok]
        if missing:
            yield Flag(section="K", page=entry.page, quote=entry.quote, order=entry.block, params={"missing": " or ".join(missing)})


@check("K106")
def k_old_advice(ctx):
    """Advice dated more than two years before the plan."""
    plan_date = ctx.facts.plan_date
    if plan_date is None:
        return
    for entry in advice_entries(ctx):
        if entry.date is not None and plan_date - entry.date > OLD_ADVICE:
            yield Flag(section="K", page=entry.page, quote=entry.quote, order=entry.block,
                       params={"date": entry.date.strftime("%d %B %Y").lstrip("0")})


@check("K107")
def k_relied_on_not_listed(ctx):
    """Section F relies on a professional's advice or programme that Section K does not list."""
    if not ctx.plan.has("K"):
        return
    listed = _entry_categories(ctx)
    for item in ctx.items("F"):
        if not item.matches.has("advice_reliance"):
            continue
        missing = [c for c in ADVICE_FAMILIES if item.matches.has(c) and c not in listed]
        if missing:
            # About K's list (what is missing from it); the quote is the F provision relying on it.
            yield Flag(section="K", page=item.page, quote=item.text, order=item.block, params={"advice": ADVICE_FAMILIES[missing[0]]})
