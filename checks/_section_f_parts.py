"""What a Section F item states: its lexicon hits on the provision side, whether it is
quantified, and which kind of item it is (a session, a piece of equipment, a funding
line, a note about the plan). Shared by the rules in section_f.py.

Not a rule module (the leading underscore keeps the engine from looking for rules here).
"""

from __future__ import annotations

from typing import Iterable

from ehcp_audit.items import NOT_JUDGED, Item
from ehcp_audit.model import Severity
from ehcp_audit.nlp import Hit, Matches

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
# Signs that a sentence is about provision, even when it also talks about the plan.
PROVISION_WORDS = ("deliverer", "therapy", "named_programme", "unnamed_programme", "grouping", "duration",
                   "equipment_item", "unspecified_group", "expertise_role")
DIRECT_WORK = ("generic_support", "unnamed_programme", "named_programme", "therapy", "grouping", "unspecified_group")
PURPOSE_GAP = 6  # characters between "access to" and "the curriculum" that still make a purpose clause


def provision_hits(item: Item) -> Matches:
    """The item's hits, without the need / outcome / advice cells of a table row."""
    return item.matches_without(*NOT_JUDGED)


def has(item: Item, *categories: str) -> bool:
    return provision_hits(item).has(*categories)


def get(item: Item, category: str, unless_in: Iterable[str] = ()) -> list[Hit]:
    """Hits of one category, minus those overlapping a hit of a stronger category."""
    hits = provision_hits(item)
    blockers = hits.get(*unless_in) if unless_in else []
    return [h for h in hits.get(category) if not any(b.start < h.end and h.start < b.end for b in blockers)]


def terms(hits: Iterable[Hit]) -> str:
    seen: list[str] = []
    for hit in hits:
        text = " ".join(hit.text.split())
        if text.lower() not in (s.lower() for s in seen):
            seen.append(text)
    return ", ".join(f"'{t}'" for t in seen)


def frequency(item: Item) -> bool:
    """How often: a stated frequency, or a number of sessions over a stated period."""
    return has(item, "frequency") or (has(item, "session_count") and has(item, "period"))


def amount(item: Item) -> bool:
    return has(item, "duration", "amount")


def is_provision(item: Item) -> bool:
    """False for sentences about the plan itself ("Each row shows the need…", "Provision
    will be reviewed at the annual review")."""
    return not has(item, "plan_meta", "review", "review_weak") or has(item, *PROVISION_WORDS)


def equipment_only(item: Item) -> bool:
    kit = get(item, "equipment", unless_in=("resource_condition",)) or has(item, "equipment_vague", "equipment_item", "arrangement")
    # "to help with recording" is the kit's purpose, so support words do not count here
    return bool(kit) and not has(item, "unnamed_programme", "therapy", "named_programme", "unspecified_group")


def funding_only(item: Item) -> bool:
    return has(item, "funding_band") and not has(item, "deliverer", "therapy", "named_programme", "duration")


def session_rules_apply(item: Item) -> bool:
    """F107-F109 and F113 judge taught or delivered provision, not kit, exam arrangements or money."""
    return item.section == "F" and is_provision(item) and not equipment_only(item) and not funding_only(item)


def universal_only(item: Item) -> bool:
    """Teaching every pupil gets, with nothing specific to this child (F114). A quiet room
    used for a scheduled routine with a named adult is a place, not the provision."""
    scheduled = has(item, "deliverer") and (frequency(item) or amount(item))
    return bool(get(item, "universal")) and not offer_hits(item) and not scheduled and not has(
        item, "named_programme", "therapy", "grouping", "qualification", "unnamed_programme")


def vague_hits(item: Item) -> list[Hit]:
    hits = get(item, "vague_quantity", unless_in=("discretion", "resource_condition", "progress_condition", "deferred"))
    if not (frequency(item) or amount(item)):
        hits += get(item, "vague_amount", unless_in=("arrangement", "vague_quantity"))
    return sorted(hits, key=lambda h: h.start)


def access_hits(item: Item, category: str = "access") -> list[Hit]:
    """Offer wording, minus purpose clauses ("to access the curriculum") and words inside
    a stronger construction ("subject to the availability of")."""
    purposes = provision_hits(item).get("access_purpose")
    stronger = ("resource_condition", "deferred") + (("access",) if category != "access" else ())
    return [h for h in get(item, category, unless_in=stronger)
            if not any(0 <= p.start - h.end <= PURPOSE_GAP for p in purposes)]


def offer_hits(item: Item) -> list[Hit]:
    """Strong offers ("access to") always; mild ones ("available") only with no amount at all."""
    strong = access_hits(item)
    if strong or frequency(item) or amount(item):
        return strong
    return access_hits(item, "access_weak")


def hedge_hits(item: Item) -> list[Hit]:
    return get(item, "hedge", unless_in=("cross_reference",))


def already_unquantified(item: Item) -> bool:
    """F102-F104 have said it: the item is vague, an offer, or only a recommendation."""
    return bool(vague_hits(item) or offer_hits(item) or hedge_hits(item))


def by_quantity(item: Item) -> Severity:
    return WARNING if frequency(item) or amount(item) else ERROR
