"""What a Section F item states: its lexicon hits on the provision side, whether it is
quantified, and which kind of item it is (a session, a piece of equipment, a funding
line, a note about the plan). Shared by the rules in section_f.py.

Not a rule module (the leading underscore keeps the engine from looking for rules here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import wraps
from typing import Callable, Iterable, Optional
from weakref import WeakKeyDictionary

from ehcp_audit.compare import session_minutes
from ehcp_audit.items import NOT_JUDGED, Item
from ehcp_audit.model import Severity
from ehcp_audit.nlp import Hit, Matches

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
# Signs that a sentence is about provision, even when it also talks about the plan.
PROVISION_WORDS = ("deliverer", "therapy", "named_programme", "unnamed_programme", "grouping", "duration",
                   "equipment_item", "unspecified_group", "expertise_role")
DIRECT_WORK = ("generic_support", "direct_work", "unnamed_programme", "named_programme", "therapy", "grouping", "unspecified_group")
# Professions whose mention in two sentences of one paragraph shows they describe one provision.
# Words that start a provision of their own: a sentence with them is a new item, not more about the last.
NEW_PROVISION = ("therapy", "named_programme", "unnamed_programme", "grouping", "unspecified_group", "equipment_item",
                 "generic_support", "direct_work")
GROUP_WORDS = ("grouping", "unspecified_group")
PROFESSIONS = ("prof_salt", "prof_ot", "prof_physio", "prof_psychology", "prof_sensory")
THERAPISTS = ("prof_salt", "prof_ot", "prof_physio")
PURPOSE_GAP = 6  # characters between "access to" and "the curriculum" that still make a purpose clause
# A routine this short ("met at the door, 8:40 to 8:50") is low-intensity work: the law file
# notes missing expertise for it (F110 info) rather than warning about it.
BRIEF_ROUTINE_MINUTES = 15
DESCRIBED_WORDS = 6  # words after "programme …:" that set out what it holds
# a timetable's "When" cell naming each occasion: "Every session longer than 30 minutes"
_EACH_OCCASION = re.compile(r"\s*(?:at |before |after |in |for |during )?(?:every|each)\s+\w", re.I)
_CLOCK_SPAN = re.compile(r"(\d{1,2})[:.](\d{2})\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to|until|till)\s*(\d{1,2})[:.](\d{2})", re.I)


def _per_item(question: Callable[[Item], bool]) -> Callable[[Item], bool]:
    """Keep a yes/no answer about an item on the item: the rules ask the same questions of
    each item many times (frequency() ~1,500 times a plan), and an item's hits never change.
    Kept on the item object itself, not keyed by it: a paragraph's merged item compares
    equal to the sentence it was made from."""
    name = question.__name__

    @wraps(question)
    def asked(item: Item) -> bool:
        answers = item.__dict__.setdefault("_answers", {})
        if name not in answers:
            answers[name] = question(item)
        return answers[name]

    return asked


def provision_hits(item: Item) -> Matches:
    """The item's hits, without the need / outcome / advice cells of a table row."""
    return item.matches_without(*NOT_JUDGED)


def has(item: Item, *categories: str) -> bool:
    return provision_hits(item).has(*categories)


def get(item: Item, category: str, unless_in: Iterable[str] = ()) -> list[Hit]:
    """Hits of one category, minus those overlapping a hit of a stronger category."""
    hits = provision_hits(item)
    found = hits.get(category)
    if not found or not unless_in:  # most questions are about a category the item lacks
        return found
    blockers = hits.get(*unless_in)
    return [h for h in found if not any(b.start < h.end and h.start < b.end for b in blockers)]


def terms(hits: Iterable[Hit]) -> str:
    seen: list[str] = []
    for hit in hits:
        text = " ".join(hit.text.split())
        if text.lower() not in (s.lower() for s in seen):
            seen.append(text)
    return ", ".join(f"'{t}'" for t in seen)


@_per_item
def frequency(item: Item) -> bool:
    """How often: a stated frequency, or a number of sessions over a stated period, or a
    weekday in a timetable's "Day" column, each time the child shows an agreed card, or the
    date of a one-off ("in the first week of June").
    "Whenever" inside "whenever he needs them" is the vague wording, not a frequency."""
    return (bool(get(item, "frequency", unless_in=("vague_quantity",))) or (has(item, "session_count") and has(item, "period"))
            or has(item, "child_signal", "dated_occasion")
            or any(_in_column(item, hit, "frequency") for hit in get(item, "weekday"))
            or any(_EACH_OCCASION.match(cell) for cell in _frequency_cells(item)))


@_per_item
def amount(item: Item) -> bool:
    """How much: a duration or amount (a bare "1.5" under "Hours per week" is read by the
    table reader as "1.5 hours per week")."""
    # "the six-day ELSA training" is the adult's course, not an amount for the child
    return any(get(item, c, unless_in=("qualification",)) for c in ("duration", "amount"))


def _frequency_cells(item: Item) -> list[str]:
    return [text for role, text in item.columns if role == "frequency"]


def _in_column(item: Item, hit: Hit, role: str) -> bool:
    """Is the hit in a cell of this role of a table row?"""
    return any(r == role and start <= hit.start and hit.end <= end for r, start, end in item.spans)


@_per_item
def is_provision(item: Item) -> bool:
    """False for sentences about the plan itself ("Each row shows the need…", "Provision
    will be reviewed at the annual review")."""
    return not has(item, "plan_meta", "review", "review_weak") or has(item, *PROVISION_WORDS)


def direct_work(item: Item, also_unless: tuple[str, ...] = ()) -> bool:
    """Teaching, support, therapy, a programme or a group in the item; not the word
    "support" in a role's name ("learning support coordinator", "support worker"), nor
    words inside a hit of `also_unless`."""
    return any(get(item, work, unless_in=("deliverer", "qualification") + also_unless) for work in DIRECT_WORK)


def described_after_colon(item: Item, hit: Hit) -> bool:
    """Is what the programme holds set out after a colon that follows it ("… programme
    written by her physiotherapist: 20 minutes in her standing frame followed by …")?"""
    text = item.column("provision") if item.spans else item.text
    start = text.find(hit.text)
    colon = text.find(": ", start + len(hit.text)) if start >= 0 else -1
    return colon >= 0 and len(text[colon + 2:].split()) >= DESCRIBED_WORDS


def equipment_words(item: Item) -> list[Hit]:
    """General equipment words naming kit being provided: not "within existing resources"
    (a condition), "carry his equipment" (kit the child already has) nor "a Certificate in
    Assistive Technology" (someone's training)."""
    return get(item, "equipment", unless_in=("resource_condition", "equipment_reference", "qualification"))


@_per_item
def equipment_only(item: Item) -> bool:
    kit = (equipment_words(item) + get(item, "equipment_vague", unless_in=("equipment_reference",))
           + get(item, "equipment_item") + get(item, "arrangement"))
    if not kit:
        return False
    # "to help with recording" is the kit's purpose, so support words do not count here;
    # a therapist who wrote the seating plan, or who sets the kit up (named in a row's
    # "who" cell), is expertise behind the kit, not a session.
    therapy = provision_side(item, get(item, "therapy", unless_in=("qualification", "kit_expert")))
    # ("in every phonics lesson" says when the kit is used, not what is taught)
    programme = provision_side(item, [h for c in ("unnamed_programme", "named_programme", "unspecified_group")
                                      for h in get(item, c, unless_in=("qualification", "frequency"))])
    work = provision_side(item, get(item, "direct_work", unless_in=("deliverer", "qualification")))
    # an item that opens with the kit is about the kit, whoever then fits or checks it ("A
    # supportive chair …, supplied by the Children's Therapy Service") and wherever it is used
    # ("… worn by the adult in every phonics lesson") — unless the kit names a programme ("a
    # standing frame programme") or teaching ("wheelchair skills training")
    first_kit = min(h.start for h in kit)
    named_after_kit = any(0 <= p.start - k.end <= 1 for p in programme + get(item, "direct_work") for k in kit)
    return not named_after_kit and not any(h.start < first_kit for h in therapy + programme + work)


def provision_side(item: Item, hits: list[Hit]) -> list[Hit]:
    """The hits in a table row's provision cell ("All seated activities" in the frequency
    cell names no activity); every hit of an item that is not a row."""
    return [h for h in hits if not item.spans or _in_column(item, h, "provision")]


@_per_item
def funding_only(item: Item) -> bool:
    return has(item, "funding_band") and not has(item, "deliverer", "therapy", "named_programme", "duration")


@_per_item
def session_rules_apply(item: Item) -> bool:
    """F107-F109 and F113 judge taught or delivered provision, not kit, exam arrangements or money."""
    return (item.section == "F" and is_provision(item) and not equipment_only(item) and not funding_only(item)
            and not residential_only(item) and not describes_the_child(item))


# Words that show a sentence provides something; a sentence with none of them describes.
PROVIDES = PROVISION_WORDS + ("generic_support", "direct_work", "frequency", "amount", "session_count", "generic_actor",
                              "access", "access_weak", "hedge", "vague_quantity", "equipment", "equipment_vague",
                              "discretion", "resource_condition", "deferred", "cross_reference", "parent_delivery")


def describes_the_child(item: Item) -> bool:
    """A sentence of prose that provides nothing ("Ezra communicates mainly through sounds
    and movement."), often the first of a paragraph: it sets the scene for the provision."""
    return item.kind == "sentence" and not has(item, *PROVIDES)


@_per_item
def residential_only(item: Item) -> bool:
    """A boarding arrangement, not a session: "will board four nights a week for 38 weeks"."""
    return has(item, "residential") and not has(item, *DIRECT_WORK)


def therapist_directs(item: Item) -> bool:
    """A registered therapist in the provision writes or sets what the others deliver
    ("the SaLT will set targets for his TA to practise daily")."""
    return bool(get(item, "therapy", unless_in=("named_programme",))) and has(item, "programme_authoring")


@_per_item
def universal_only(item: Item) -> bool:
    """Teaching every pupil gets, with nothing specific to this child (F114). A quiet room
    used for a scheduled routine with a named adult is a place, not the provision."""
    scheduled = has(item, "deliverer") and (frequency(item) or amount(item)) and not has(item, "universal_teaching")
    offered = offer_hits(item) or access_hits(item, "access_weak")  # "a quiet room available": F103's
    return bool(get(item, "universal")) and not offered and not scheduled and not has(
        item, "named_programme", "therapy", "grouping", "qualification", "unnamed_programme")


def vague_hits(item: Item) -> list[Hit]:
    # a word inside a stronger construction belongs to it ("appropriate software" is F121)
    hits = get(item, "vague_quantity", unless_in=("discretion", "resource_condition", "progress_condition", "deferred", "equipment_vague",
                                                  "prn_medication", "child_signal", "named_programme", "care_routine"))
    if not (frequency(item) or amount(item)):
        hits += get(item, "vague_amount", unless_in=("arrangement", "vague_quantity", "named_programme"))
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
    """Recommendation wording, minus "may" in a purpose clause ("so that Jo may take part")
    or a choice given to the child ("Nell may respond by pointing")."""
    return get(item, "hedge", unless_in=("cross_reference", "purpose_clause", "child_permission"))


@_per_item
def already_unquantified(item: Item) -> bool:
    """F102-F104 have said it: the item is vague, an offer, or only a recommendation."""
    return bool(vague_hits(item) or offer_hits(item) or hedge_hits(item))


def _minutes(text: str) -> Optional[float]:
    """Length in minutes of a duration hit: "10 minutes", "a five-minute", "1 hour" (as an
    amended-plan comparison reads them), or a clock span "8:40 to 8:50"; None when it states
    no length (e.g. "full-time")."""
    span = _CLOCK_SPAN.search(text)
    if span:
        start, end = (int(h) * 60 + int(m) for h, m in (span.group(1, 2), span.group(3, 4)))
        return float(end - start) if end > start else None
    return session_minutes(text)


def brief_routine(item: Item) -> bool:
    """A short routine (a check-in, being met at the door), not therapy or a programme taught."""
    lengths = [_minutes(h.text) for h in get(item, "duration")]
    if not lengths or None in lengths:
        return False
    taught = has(item, "named_programme", "unnamed_programme") and not has(item, "routine")
    return max(lengths) <= BRIEF_ROUTINE_MINUTES and not has(item, "therapy") and not taught


def by_quantity(item: Item) -> Severity:
    return WARNING if frequency(item) or amount(item) else ERROR


# ---- a provision told in several sentences of one paragraph ---------------------------

_PARAGRAPHS: "WeakKeyDictionary[object, dict]" = WeakKeyDictionary()


def names_new_provision(item: Item, allowed: tuple[str, ...] = ()) -> bool:
    """Words that start a provision of their own, outside the words naming who delivers
    it ("a job coach who holds the Level 3 Certificate in Supported Employment")."""
    return any(get(item, c, unless_in=("qualification", "deliverer")) for c in NEW_PROVISION if c not in allowed)


_POINTER = re.compile(r"\b(?:this|these|that|those)\s+(?:[\w-]+\s+){0,2}$", re.I)
_THE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.I)


def _new_provision_words(previous: Item, item: Item) -> list[Hit]:
    """Provision words that do not point back to the sentence before: "this group", or
    "the programme" after a sentence that named a programme ("His TA, trained by the
    therapist in the programme, allows 15 minutes for each change"). A sentence with none
    names nothing new."""
    words = [h for c in NEW_PROVISION for h in get(item, c, unless_in=("qualification", "deliverer"))]
    programme_before = has(previous, "named_programme", "unnamed_programme")
    return [h for h in words if not _points_back(item.text, h.text, previous.text,
                                                 any_programme=programme_before and h.category == "unnamed_programme")]


def _points_back(text: str, word: str, before: str, any_programme: bool = False) -> bool:
    """Is every use of `word` in `text` led by "this", "these"…, or by "the" when the
    sentence before used the word too, or named a programme and `word` is a programme word
    (two words may come between)?"""
    lead, _, rest = word.lower().partition(" ")
    if rest and lead in ("this", "these", "that", "those"):
        return True
    if rest and lead == "the":
        word = rest  # the hit "the programme": judge "programme"
    named_before = any_programme or word.lower() in before.lower()
    uses = [m.start() for m in re.finditer(re.escape(word), text, re.I)]
    return bool(uses) and all(_POINTER.search(text[:at]) or (named_before and _THE.search(text[:at])) for at in uses)


def _continues(previous: Item, item: Item) -> bool:
    """Does `item` carry on the provision of the sentence before it? It does when it opens
    with "This will be…", "The sessions…", or names the same profession or programme
    ("Direct OT, 45 minutes fortnightly. The LA will commission an independent OT if…")."""
    opens = any(item.text.lower().startswith(h.text.lower()) for h in get(item, "continuation"))
    # "…will set it up", "Cookery will take place every Tuesday, in a group of four": a group
    # size or the word "support" in such a sentence is a detail, not a new provision
    refers_back = has(item, "back_reference") and not names_new_provision(item, allowed=GROUP_WORDS + ("generic_support",))
    same_programme = {h.text.lower() for h in get(previous, "named_programme")} & {h.text.lower() for h in get(item, "named_programme")}
    # a sentence with no provision words and no wording finding of its own is a detail of
    # the one before: "At the half-way point of the lesson the subject teacher will send her
    # on a three-minute errand", after "Maisie will have a movement break in every lesson"
    detail_only = not _new_provision_words(previous, item) and not already_unquantified(item)
    return opens or refers_back or detail_only or bool(same_programme) or any(has(previous, c) and has(item, c) for c in PROFESSIONS)


def _opens_provision(item: Item) -> bool:
    """Does a sentence of prose state a provision of its own ("Isla will also have Precision
    Teaching"), or carry vague, offer or recommendation wording? Any other sentence of the
    paragraph says more about the provision before it."""
    opens = any(item.text.lower().startswith(h.text.lower()) for h in get(item, "provision_opener"))
    return opens or already_unquantified(item)


def _details_bullet(item: Item) -> bool:
    """A bullet that only gives details of the one above: "Delivered by a teaching
    assistant", "Four 30-minute sessions a week, Monday to Thursday"."""
    def opens_with(category: str) -> bool:
        return any(item.text.lower().startswith(h.text.lower()) for h in get(item, category))

    if opens_with("detail_opener"):  # "Taught by Mr Halloran, trained in Fresh Start"
        return True
    # a bullet opening with a quantity or a group size ("Groups of up to four students") is
    # a detail only if it names no provision of its own
    quantity_first = any(opens_with(c) for c in ("frequency", "duration", "session_count", "grouping"))
    return quantity_first and not names_new_provision(item, allowed=GROUP_WORDS)


def _joins(group: list[Item], item: Item) -> bool:
    last = group[-1]
    if item.kind == "sentence":
        return last.kind == "sentence" and item.block == last.block and (_continues(last, item) or not _opens_provision(item))
    return last.kind == "list_item" and item.heading == last.heading and _details_bullet(item)


def _paragraph_runs(ctx) -> dict:
    """(block, text) of each sentence or bullet -> (the item with the hits of its whole run,
    whether it carries on an earlier member of the run)."""
    runs: dict = {}
    pieces = [i for i in ctx.items("F") if i.kind in ("sentence", "list_item")]
    group: list[Item] = []
    for item in pieces + [None]:
        if item is not None and group and _joins(group, item):
            group.append(item)
            continue
        # the run reads as one text: each member's hits move to where it starts in it, so a
        # hit of one sentence never seems to overlap (and cancel) a hit of another
        hits, texts, offset = [], [], 0
        for member in group:
            text = member.context or member.text
            hits += [replace(h, start=h.start + offset, end=h.end + offset) for h in member.matches.hits]
            texts.append(text)
            offset += len(text) + 1
        hits.sort(key=lambda h: (h.start, h.end, h.category))
        for n, member in enumerate(group):
            whole = replace(member, matches=Matches(hits), context=" ".join(texts)) if len(group) > 1 else member
            runs[(member.block, member.text)] = (whole, n > 0)
        group = [item] if item is not None else []
    return runs


def _run_of(item: Item, ctx) -> tuple[Item, bool]:
    if item.kind not in ("sentence", "list_item") or ctx is None:
        return item, False
    try:
        runs = _PARAGRAPHS[ctx]
    except KeyError:
        runs = _PARAGRAPHS[ctx] = _paragraph_runs(ctx)
    return runs.get((item.block, item.text), (item, False))


def with_paragraph(item: Item, ctx) -> Item:
    """The item judged together with the sentences of its paragraph that describe the same
    provision, or a bullet with the detail bullets under it (only for what the provision
    states: how often, how much, who, expertise, group size). Table rows are whole items."""
    return _run_of(item, ctx)[0]


def continues_provision(item: Item, ctx) -> bool:
    """Does this sentence carry on the provision of the one before ("The TA completed the
    SaLT's training in September.")? The provision is judged once, at its first sentence,
    for what it states as a whole (F107-F109)."""
    return _run_of(item, ctx)[1]


# ---- the introduction at the top of Section F -------------------------------------------

_INTRODUCTIONS: "WeakKeyDictionary[object, frozenset]" = WeakKeyDictionary()


def in_introduction(item: Item, ctx) -> bool:
    """Is the item a sentence of the prose that opens Section F, before its first list,
    table or sub-heading ("The provision below is in addition to the class offer", "Each
    table covers one area of need")? Such sentences introduce the provision, they are not
    items of it (the labelling convention), so the rules about what an item must state
    (F107-F109, F113) leave them alone; wording rules still read them. A Section F written
    all in prose has no introduction in this sense: its first sentences are provision."""
    if ctx is None or item.kind != "sentence" or item.heading is not None:
        return False
    try:
        intro = _INTRODUCTIONS[ctx]
    except KeyError:
        intro = _INTRODUCTIONS[ctx] = _introduction(ctx)
    return (item.block, item.text) in intro


def _introduction(ctx) -> frozenset:
    items = ctx.items("F")
    opening = []
    for item in items:
        if item.kind != "sentence" or item.heading is not None:
            break
        opening.append((item.block, item.text))
    structured = len(opening) < len(items)
    return frozenset(opening) if structured else frozenset()


# ---- what Section F says about its staff as a whole -------------------------------------

_STAFFING: "WeakKeyDictionary[object, tuple[frozenset, bool]]" = WeakKeyDictionary()


def trained_elsewhere(roles: Iterable[Hit], ctx) -> bool:
    """Does Section F say, in a sentence of its own, that these roles are trained or
    qualified? "The learning mentor (F5, F7 and F16) has completed the Zones of Regulation
    course" covers the learning mentor; "Every member of staff who works with Maisie has
    completed the two-day autism training" covers every role. Such a sentence names no
    provision of its own."""
    if ctx is None:
        return False
    try:
        named, everyone = _STAFFING[ctx]
    except KeyError:
        named, everyone = _STAFFING[ctx] = _staffing_statements(ctx)
    return everyone or {r.text.lower() for r in roles} <= named


@dataclass(frozen=True)
class _Introduced:
    roles: frozenset  # roles named with a qualification or training in some item of Section F
    numbers: frozenset  # the numbers ("SE1", "F3") of items that name a qualification or training


_INTRODUCED: "WeakKeyDictionary[object, _Introduced]" = WeakKeyDictionary()
# "the specialist dyslexia teacher", "Jonah's 1:1 teaching assistant", "his key worker": someone already named
_REFERRING = re.compile(r"(?:\b(?:the|same|this|his|her|their)|['’]s)(?:\s+(?:1:1|named|own|key|usual))?\s*$", re.I)


def introduced_with_training(item: Item, roles: Iterable[Hit], ctx) -> bool:
    """Are these roles referred back to ("the specialist dyslexia teacher", "the teaching
    assistant in SE1") after another item of Section F named them with their training ("a
    specialist dyslexia teacher holding AMBDA")? The plan has said who they are."""
    if ctx is None:
        return False
    try:
        introduced = _INTRODUCED[ctx]
    except KeyError:
        introduced = _INTRODUCED[ctx] = _introduced(ctx)
    text = item.context or item.text
    references = get(item, "item_reference")

    def known(role: str) -> bool:  # "the specialist dyslexia teacher" after "a specialist teacher holding AMBDA"
        words = set(role.split())
        return role in introduced.roles or any(len(q.split()) > 1 and words >= set(q.split()) for q in introduced.roles)

    def referred(role: Hit) -> bool:  # "the teaching assistant in SE1": that item says who they are
        return any(0 < ref.start - role.end <= 2 and ref.text.split()[-1] in introduced.numbers for ref in references)

    roles = list(roles)
    longest = [r for r in roles if not any(o.start <= r.start and r.end <= o.end and o.end - o.start > r.end - r.start for o in roles)]
    return all(referred(r) or (known(r.text.lower()) and _REFERRING.search(text[:r.start].rstrip())) for r in longest)


_ITEM_NUMBER = re.compile(r"^\s*([A-Z]{1,3}\d{1,2})\b")  # an item's own number: "SE1 …", "F3 | …"


def _introduced(ctx) -> _Introduced:
    """Roles named together with a qualification or training in some item of Section F (in
    a row, both in its "who" cell), and the numbers of the items that name one."""
    roles: set[str] = set()
    numbers: set[str] = set()
    for item in ctx.items("F"):
        if not has(item, "qualification"):
            continue
        number = _ITEM_NUMBER.match(item.context or item.text)
        if number:
            numbers.add(number.group(1))
        spans = ([(s, e) for role, s, e in item.spans if role == "who"]
                 or [(s, e) for role, s, e in item.spans if role == "provision"]  # "Provision, staffing and training"
                 or [(0, len(item.context or item.text))])
        quals = [h for h in get(item, "qualification") if any(s <= h.start < e for s, e in spans)]
        for role in get(item, "expertise_role", unless_in=("qualification",)) + get(item, "deliverer", unless_in=("qualification",)):
            if any(s <= role.start < e and any(s <= q.start < e for q in quals) for s, e in spans):
                roles.add(role.text.lower())
    return _Introduced(frozenset(roles), frozenset(numbers))


def _staffing_statements(ctx) -> tuple[frozenset, bool]:
    named: set[str] = set()
    everyone = False
    for item in ctx.items("F"):
        if item.kind != "sentence" or not has(item, "qualification"):
            continue
        # the training it names ("the Zones of Regulation course") describes the staff
        if names_new_provision(item, allowed=GROUP_WORDS + ("generic_support", "named_programme", "unnamed_programme")):
            continue
        named |= {h.text.lower() for h in get(item, "expertise_role", unless_in=("qualification",))}
        everyone = everyone or any(item.text.lower().startswith(h.text.lower()) for h in get(item, "whole_staff"))
    return frozenset(named), everyone
