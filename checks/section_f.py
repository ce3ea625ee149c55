"""Section F rules: is each provision item specific enough to enforce? (law file §5.F)

Every rule reads the lexicon hits already attached to the item (one analyser pass per
plan). For a table row only the provision-side cells count: the need and outcome cells
describe the child, so "often anxious" there is not vague provision.

Rules that fire together on one item are kept apart so each defect is reported once
(law file §5.F scoring guidance):
- vague, access or recommendation wording (F102-F104) already says the item is not
  committed or not quantified, so the bare "no frequency" / "no amount" rules (F107,
  F108) stay quiet on that item;
- equipment, exam access arrangements and funding lines have their own rules (F121,
  F123); the session rules (F107-F109, F113) do not apply to them;
- a word inside a stronger construction belongs to that construction: "available" in
  "subject to the availability of" is F106, not F103; "up to" in "groups of up to 4" caps
  a group, not the provision; "resources" in "within existing resources" is not equipment;
  "appropriate" in "appropriate software" is F121, not F102; "may" in "so that Jo may take
  part" is a purpose, not a hedge; "whenever" in "whenever he needs them" is not a frequency.

What a provision states (how often, how much, who, expertise, group size) may be spread
over the sentences of one paragraph: "Harry will have speech and language therapy from an
HCPC-registered therapist. This will be one 30-minute session every week." The second
sentence carries on the first (it opens with "This will…", or names the same profession
or programme), so F107-F111 judge the two together (`with_paragraph`). The wording rules
(F102-F106, F112-F123) still judge each sentence on its own words.

Expertise for F110 can come from the person who directs the work rather than the one who
delivers it: "a programme written by the OT, delivered by a TA", "the SaLT will set targets
for his TA to practise" (law file §8.2.4).
"""

from __future__ import annotations

from typing import Optional

from ehcp_audit.engine import Flag, check
from ehcp_audit.items import Item
from ehcp_audit_checks._section_f_parts import (
    DIRECT_WORK, ERROR, THERAPISTS, INFO, WARNING, access_hits, already_unquantified, amount, brief_routine, by_quantity, equipment_only, frequency,
    described_after_colon, direct_work, equipment_words, get, has, hedge_hits, is_provision, provision_hits, offer_hits, session_rules_apply, terms, universal_only, vague_hits,
    therapist_directs, with_paragraph, in_introduction, trained_elsewhere, provision_side, continues_provision,
    introduced_with_training,
)


@check("F102")
def vague_quantity(item: Item, ctx) -> Optional[Flag]:
    hits = vague_hits(item)
    if not hits:
        return None
    return Flag(severity=by_quantity(item), params={"term": terms(hits)})


@check("F103")
def access_not_provision(item: Item, ctx) -> Optional[Flag]:
    hits = offer_hits(item)
    if not hits:
        weak = access_hits(item, "access_weak")
        return Flag(severity=INFO, params={"term": terms(weak)}) if weak else None
    severity = by_quantity(item)
    if frequency(item) and amount(item) and has(item, "deliverer"):
        severity = INFO  # a full schedule follows the offer (law file §8.8)
    return Flag(severity=severity, params={"term": terms(hits)})


@check("F104")
def recommendation_not_commitment(item: Item, ctx) -> Optional[Flag]:
    hits = hedge_hits(item)
    return Flag(params={"term": terms(hits)}) if hits else None


@check("F105")
def discretion_delegated(item: Item, ctx) -> Optional[Flag]:
    hits = get(item, "discretion", unless_in=("provider_course",))  # "the school's autism practice training"
    return Flag(params={"term": terms(hits)}) if hits else None


@check("F106")
def conditional_on_resources(item: Item, ctx) -> Optional[Flag]:
    hits = get(item, "resource_condition")
    return Flag(params={"term": terms(hits)}) if hits else None


def _quantity_rules_apply(item: Item) -> bool:
    """F107 / F108 judge an item that commits to something specific to the child, and not a
    document written once for the child (a support plan, a one-page profile)."""
    return (session_rules_apply(item) and not already_unquantified(item) and not universal_only(item)
            and not has(item, "document_written", "prn_medication"))


@check("F107")
def frequency_missing(item: Item, ctx) -> bool:
    return (_quantity_rules_apply(item) and not in_introduction(item, ctx) and not continues_provision(item, ctx)
            and not frequency(with_paragraph(item, ctx)))


@check("F108")
def amount_missing(item: Item, ctx) -> bool:
    # Session length does not apply to a way of working ("strategies"), to reviewing
    # progress, to an adjustment the child's teachers make with no session or support in it
    # ("a printed copy of the slides in every lesson"), to material made for each lesson
    # ("a typed set of notes for each lesson"), to a care routine at set times (each
    # occasion, or each copy, is the amount) or to a staffed class of a stated size; it does
    # to anything delivered in sessions or groups.
    whole = with_paragraph(item, ctx)
    sessions = has(item, "therapy", "grouping", "unspecified_group")
    # ("in every phonics session the teacher will seat her at the front": the lesson names the slot, not work)
    adjustment = (has(whole, "teacher_role") and not direct_work(whole, also_unless=("frequency",))
                  and not has(whole, "session_count", "duration"))
    care = has(item, "care_routine") and frequency(item)
    # ("a Social Story" is the material itself, not a programme taught in sessions)
    material = has(item, "lesson_material") and frequency(item) and not direct_work(whole, also_unless=("lesson_material", "light_task"))
    # ("taught in a class of no more than ten by a teacher and two TAs": a class, all week)
    whole_class = has(item, "class_staffing", "teacher_role") and has(item, "class_size")
    not_a_session = (has(item, "strategy", "review") and not sessions) or adjustment or care or material or whole_class
    return (_quantity_rules_apply(item) and not in_introduction(item, ctx) and not continues_provision(item, ctx)
            and not amount(whole) and not not_a_session)


@check("F109")
def deliverer_missing(item: Item, ctx) -> Optional[Flag]:
    whole = with_paragraph(item, ctx)
    # A therapy names its therapist ("weekly SaLT"); "Lego therapy" is a programme anyone may run.
    # (a therapist who only designed or trained, "designed by the OT", delivers nothing)
    therapist = get(whole, "therapy", unless_in=("named_programme", "qualification"))
    if (not session_rules_apply(item) or in_introduction(item, ctx) or continues_provision(item, ctx) or therapist
            or has(whole, "deliverer", "parent_delivery")):
        return None
    generic = provision_hits(item).get("generic_actor")
    # "two staff who have completed Boxall training" says who, by training; the bare
    # "trained" of "trained staff" does not
    actors = get(whole, "generic_actor")
    training = [q for q in get(whole, "qualification") if not any(g.start <= q.start and q.end <= g.end for g in actors)]
    if generic and training:
        return None
    who = f"names only {terms(generic)}" if generic else "names no one"
    return Flag(params={"who": who})


@check("F110")
def expertise_missing(item: Item, ctx) -> Optional[Flag]:
    roles = get(item, "expertise_role", unless_in=("cross_reference", "deferred"))
    whole = with_paragraph(item, ctx)
    if not roles or has(whole, "qualification") or therapist_directs(whole) or has(item, "deferred", "cross_reference"):
        return None
    if trained_elsewhere(roles, ctx) or introduced_with_training(item, roles, ctx):  # what Section F says elsewhere
        return None
    if any(h.start == 0 for h in get(item, "staff_training")):
        return None  # "Training on … for every adult, including midday supervisors": they are the trainees
    direct = has(item, *DIRECT_WORK) and not equipment_only(item)
    class_team = has(item, "class_staffing") and has(item, "grouping")  # a staffed class of a stated size
    assisting = has(whole, "teacher_led")  # a teacher teaches, the assistant helps
    # a short task, or a document written and handed round ("a one-page profile given to every
    # teacher and TA"), needs no trained hand
    light = has(item, "light_task", "document_written") and not has(item, "therapy", "named_programme", "unnamed_programme")
    intensive = direct and not class_team and not assisting and not light and not brief_routine(whole)
    return Flag(severity=WARNING if intensive else INFO, params={"role": terms(roles)})


@check("F111")
def group_size_missing(item: Item, ctx) -> Optional[Flag]:
    hits = get(item, "unspecified_group")
    if not hits or has(with_paragraph(item, ctx), "grouping"):
        return None
    return Flag(params={"term": terms(hits)})


@check("F112")
def range_or_ceiling(item: Item, ctx) -> Optional[Flag]:
    ceilings = get(item, "ceiling", unless_in=("grouping", "demand_limit"))
    if ceilings:
        return Flag(severity=ERROR, params={"term": terms(ceilings)})
    ranges = get(item, "range", unless_in=("grouping", "amount_change", "date_span", "times_tables"))
    return Flag(severity=WARNING, params={"term": terms(ranges)}) if ranges else None


@check("F113")
def programme_not_identified(item: Item, ctx) -> Optional[Flag]:
    # the training named for staff ("trained in the feeding programme", "an award in
    # intervention") is not the child's programme
    hits = provision_side(item, get(item, "unnamed_programme", unless_in=("named_programme", "qualification")))
    # "exercises as set out in the physiotherapy report" names its source: that is F115's finding
    if (not hits or not session_rules_apply(item) or in_introduction(item, ctx)
            or has(item, "named_programme", "example_marker", "cross_reference")):
        return None
    whole = with_paragraph(item, ctx)
    if frequency(whole) and amount(whole) and has(whole, "deliverer") and not has(item, "generic_quality"):
        return None  # described by who runs it, how often and for how long ("evidence-based" is no name)
    if described_after_colon(item, hits[0]):
        return None  # "Stretching programme written by her physiotherapist: 20 minutes in her standing frame, then …"
    return Flag(params={"term": terms(hits)})


@check("F114")
def universal_provision(item: Item, ctx) -> Optional[Flag]:
    return Flag(params={"term": terms(get(item, "universal"))}) if universal_only(item) else None


@check("F115")
def cross_reference(item: Item, ctx) -> Optional[Flag]:
    # "the programme as written by her physiotherapist: 40 minutes in her standing frame …"
    # names its author, then sets the content out in the plan itself
    # (emergency medicine "as set out in his health care plan" follows its prescriber's protocol)
    hits = [h for h in get(item, "cross_reference", unless_in=("prn_medication",)) if not described_after_colon(item, h)]
    return Flag(params={"term": terms(hits)}) if hits else None


MEASURED_END_REACH = 100  # characters from "until he can" to the measure that ends it


@check("F116")
def taper_unspecified(item: Item, ctx) -> Optional[Flag]:
    tapers = get(item, "taper")
    # "until he can type 20 words a minute": a measured end is the plan's, not a judgement
    ends = get(item, "measured_end")
    conditions = [c for c in get(item, "progress_condition")
                  if not any(0 <= e.start - c.end <= MEASURED_END_REACH or e.start < c.start < e.end for e in ends)]
    if not tapers and (not conditions or has(item, "deferred")):
        return None  # "to be set once Zara has settled" says when it will be decided: F118
    first = min(h.start for h in tapers + conditions)
    later_amount = any(h.start >= first for h in provision_hits(item).get("frequency", "duration", "amount"))
    specified = later_amount and not conditions
    return Flag(severity=WARNING if specified else ERROR, params={"term": terms(sorted(tapers + conditions, key=lambda h: h.start))})


@check("F117")
def subject_to_review(item: Item, ctx) -> Optional[Flag]:
    hits = get(item, "review_qualifier")
    if not hits and not has(item, "statutory_review"):
        hits = get(item, "provision_reviewed")
    if not hits and has(item, "taper", "progress_condition", "hedge"):
        hits = get(item, "review_weak")
    return Flag(params={"term": terms(hits)}) if hits else None


@check("F118")
def deferred_provision(item: Item, ctx) -> Optional[Flag]:
    quantified = frequency(item) or amount(item)
    # ("six one-hour visits …; the timetable of visits will be agreed by 31 March": only the
    # dates of a quantified provision are left open)
    hits = get(item, "deferred", unless_in=("schedule_detail",) if quantified else ())
    if not quantified:
        hits += get(item, "deferred_content", unless_in=("deferred",))
    return Flag(params={"term": terms(sorted(hits, key=lambda h: h.start))}) if hits else None


@check("F119")
def illustrative_wording(item: Item, ctx) -> Optional[Flag]:
    hits = get(item, "illustrative")
    return Flag(params={"term": terms(hits)}) if hits else None


@check("F120")
def therapy_advice_only(item: Item, ctx) -> Optional[Flag]:
    advice = get(item, "advice_only", unless_in=("cross_reference", "discretion"))
    # the therapist may be named once for the group, on its "Delivered by" line
    therapy = has(item, "therapy") or has(item, *THERAPISTS)
    if not advice or not therapy or (frequency(item) and amount(item)):
        return None
    return Flag(params={"term": terms(advice)})


@check("F121")
def equipment_unspecified(item: Item, ctx) -> Optional[Flag]:
    # ("a Level 5 Certificate in Assistive Technology" is the adviser's training, not kit)
    hits = get(item, "equipment_vague", unless_in=("resource_condition", "equipment_reference", "qualification"))
    # ("… training sessions on the software": a sentence carrying on a provision that names its kit)
    if not hits and equipment_only(item) and not has(with_paragraph(item, ctx), "equipment_item"):
        hits = equipment_words(item)
    # (a hedge that is the child's or a parent's choice, "his mum may stay", conditions nothing)
    if not hits and equipment_only(item) and has(item, "equipment_item") and (has(item, "resource_condition", "deferred", "provision_if")
                                                      or hedge_hits(item) or vague_hits(item)):
        hits = get(item, "equipment_item")
    return Flag(params={"term": terms(hits)}) if hits else None


@check("F122")
def parents_deliver(item: Item, ctx) -> Optional[Flag]:
    # a row whose "who" cell names the family: "Who: Maisie's parents"
    hits = get(item, "parent_delivery") or [h for h in get(item, "family_member") if _opens_who_cell(item, h)]
    return Flag(params={"term": terms(hits)}) if hits else None


def _opens_who_cell(item: Item, hit) -> bool:
    """Is the hit what a row's "who" cell starts with ("Maisie's parents", "Her foster carers")?"""
    text = item.context or item.text
    return any(role == "who" and start <= hit.start < end and len(text[start:hit.start].split()) <= 1
               for role, start, end in item.spans)


@check("F123")
def funding_instead_of_provision(item: Item, ctx) -> Optional[Flag]:
    hits = get(item, "funding_band")
    whole = with_paragraph(item, ctx)  # "… with my youth worker. We keep to the £15 food budget."
    if not hits or has(whole, "duration") or has(whole, "deliverer"):
        return None
    return Flag(params={"term": terms(hits)})


@check("F126")
def row_not_linked(item: Item, ctx) -> bool:
    roles = {role for role, _ in item.columns}
    linked = [item.column(role) for role in ("need", "outcome") if role in roles]
    return item.kind == "row" and bool(linked) and not any(text.strip() for text in linked)


def _generic_statement(item: Item) -> bool:
    """A line that only points at the school's usual offer or another document."""
    return (has(item, "universal", "cross_reference", "discretion")
            and not has(item, "duration", "deliverer", "therapy", "named_programme", "grouping"))


@check("F101")
def section_f_empty_or_generic(ctx):
    section = ctx.plan.section("F")
    if section is None:
        return  # a missing section is S001's finding
    provision = [item for item in ctx.items("F") if is_provision(item)]
    if len(provision) >= 2 and not all(_generic_statement(item) for item in provision):
        return
    quote = provision[0].text if len(provision) == 1 else None
    yield Flag(section="F", page=section.page_start, quote=quote, order=section.start,
               params={"count": str(len(provision))})
