"""The need → outcome → provision table: the "golden thread" a solicitor builds by hand.

Each row is one area of need (the Code's four broad areas, plus independence and
preparing for adulthood) or one specific need within it ("Reading and phonics",
"Anxiety"), with the Section B statements that describe it, the Section E outcomes aimed
at it and the Section F provision that meets it. Items are placed in rows by the
sub-heading they sit under and by area-of-need vocabulary (data/need_areas.yaml); a
provision table's "Need" and "Outcome" columns ("E1, E3") link rows directly.

The cross-section rules (X101 need without provision, X104 provision without need, X105
outcome without provision) read the same table, so the report and the findings agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional


from .items import Item, load_yaml

Key = tuple[str, Optional[str]]  # (area id, specific need id or None for the area in general)

_WORD = re.compile(r"[\w-]+")  # a term starts and ends where these characters stop
_OUTCOME_REF = re.compile(r"\b([E])\s?(\d{1,2})\b")
_LEADING_REF = re.compile(r"^\s*E\s?(\d{1,2})\b[.):]?\s*")
# "He has no sensory processing needs", "No physical needs have been identified": not a need.
_NEGATED_NEED = re.compile(
    r"\b(?:no|none of)\b[^.;]*\b(?:needs?|difficult(?:y|ies)|concerns?)\b|\bnot (?:been )?identified\b|\bthere are no\b",
    re.I,
)
# Lines in Section E that talk about the outcomes rather than being one.
_ABOUT_OUTCOMES = re.compile(
    r"\b(?:outcomes?|targets?|steps towards|short-term|small-step)\b.*\b(?:below|above|these|each|set|will be|are to be)\b"
    r"|\b(?:set|review|share)\b[^.]*\b(?:targets?|steps|outcomes?)\b",
    re.I,
)


@dataclass(frozen=True, eq=False)
class Words:
    """A need's vocabulary as one regex, with the words of each term (see `_Candidates`)."""

    pattern: re.Pattern
    # Per term: its words made of [\w-] only (looked up among the text's words) and its
    # other words (e.g. "e.g.", looked for as substrings).
    terms: tuple[tuple[frozenset[str], tuple[str, ...]], ...]


_Term = tuple[int, frozenset[str], tuple[str, ...]]  # (vocabulary id, [\w-] words, other strings)


class _Candidates:
    """Which vocabularies could match a text at all: those with a term whose every word is
    in the text. A plan asks about some thirty needs for each of its items, and word lookups
    rule most of them out far more cheaply than their regexes. Exact for ASCII text (a
    term's words of word characters and hyphens are whole words of any text it matches);
    other text (where re.I folds more) tries every vocabulary."""

    def __init__(self, vocabularies: Iterable[Words]):
        self.by_word: dict[str, list[_Term]] = {}  # terms by one of their [\w-] words
        self.by_substring: list[_Term] = []  # terms with no such word
        for words in vocabularies:
            for plain, others in words.terms:
                term = (id(words), plain, others)
                if plain:
                    self.by_word.setdefault(min(plain), []).append(term)
                else:
                    self.by_substring.append(term)

    def of(self, text: str) -> Optional[set[int]]:
        """ids of the vocabularies worth searching, or None for "all of them"."""
        if not text.isascii():
            return None
        lowered = text.lower()
        present = set(_WORD.findall(lowered))
        found: set[int] = set()
        for word in self.by_word.keys() & present:
            for vocabulary, plain, others in self.by_word[word]:
                if vocabulary not in found and plain <= present and all(s in lowered for s in others):
                    found.add(vocabulary)
        found.update(v for v, _, others in self.by_substring if all(s in lowered for s in others))
        return found


@dataclass(frozen=True)
class NeedDef:
    id: str
    label: str
    terms: Optional[Words]
    provision: Optional[Words]


@dataclass(frozen=True)
class AreaDef:
    id: str
    title: str
    headings: tuple[str, ...]
    needs: tuple[NeedDef, ...]


def _words(terms: Iterable[str]) -> Optional[Words]:
    terms = [str(t).lower() for t in terms if t]
    if not terms:
        return None
    alternatives = sorted((re.escape(t).replace(r"\ ", r"\s+") for t in terms), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)
    split = [t.split() for t in terms]
    return Words(pattern, tuple((frozenset(w for w in words if _WORD.fullmatch(w)),
                                 tuple(w for w in words if not _WORD.fullmatch(w))) for words in split))


@lru_cache(maxsize=1)
def need_areas() -> tuple[AreaDef, ...]:
    """The areas of need and their vocabulary, from data/need_areas.yaml (loaded once)."""
    data = load_yaml(resources.files("ehcp_audit").joinpath("data/need_areas.yaml").read_text("utf-8"))
    areas = []
    for area_id, area in data["areas"].items():
        needs = tuple(
            NeedDef(need_id, str(need["label"]), _words(need.get("terms") or ()), _words(need.get("provision") or ()))
            for need_id, need in (area.get("needs") or {}).items()
        )
        areas.append(AreaDef(area_id, str(area["title"]), tuple(h.lower() for h in area.get("headings") or ()), needs))
    return tuple(areas)


def heading_areas(heading: Optional[str]) -> set[str]:
    """Areas a sub-heading names ("Social, emotional and mental health" → semh)."""
    return set(_heading_areas(heading)) if heading else set()


@lru_cache(maxsize=1024)
def _heading_areas(heading: str) -> frozenset[str]:
    # Cached: a plan repeats a handful of sub-headings over thousands of items.
    lowered = heading.lower()
    return frozenset(a.id for a in need_areas() if any(re.search(rf"(?<!\w){re.escape(h)}", lowered) for h in a.headings))


@lru_cache(maxsize=1)
def _candidates() -> _Candidates:
    return _Candidates(w for a in need_areas() for n in a.needs for w in (n.terms, n.provision) if w)


@lru_cache(maxsize=1)
def _vocabularies() -> tuple[tuple[Key, Words, bool], ...]:
    """(need, vocabulary, whether it is the need's provision words) for every vocabulary."""
    return tuple(((area.id, need.id), words, provision) for area in need_areas() for need in area.needs
                 for words, provision in ((need.terms, False), (need.provision, True)) if words)


def need_keys(text: str, as_provision: bool = False, within: Optional[set[str]] = None) -> set[Key]:
    """The specific needs a piece of text names: by their `terms`, and for provision also by
    their `provision` words. `within` limits the search to some areas."""
    return set(_need_keys(text, as_provision, None if within is None else frozenset(within)))


@lru_cache(maxsize=2048)
def _need_keys(text: str, as_provision: bool, within: Optional[frozenset[str]]) -> frozenset[Key]:
    # Cached: the table and the cross-section rules ask about the same items several times.
    keys: set[Key] = set()
    candidates = _candidates().of(text)
    for key, words, provision in _vocabularies():
        if key in keys or (provision and not as_provision) or (within is not None and key[0] not in within):
            continue
        if (candidates is None or id(words) in candidates) and words.pattern.search(text):
            keys.add(key)
    return frozenset(keys)


def is_negated_need(text: str) -> bool:
    return bool(_NEGATED_NEED.search(text))


def outcome_items(items: list[Item]) -> list[Item]:
    """The items of Section E that are outcomes: list items and table rows, or (in a plan
    that writes outcomes as prose) sentences with "will" — never the lines that introduce
    or explain the outcomes ("Short-term targets are set by the school each term")."""
    e_items = [i for i in items if i.section == "E"]
    listed = [i for i in e_items if i.kind in ("list_item", "row") or _LEADING_REF.match(i.context)]
    pool = listed or [i for i in e_items if re.search(r"\bwill\b|\bto be able to\b", i.text, re.I)]
    return [i for i in pool if not _ABOUT_OUTCOMES.search(i.text) and len(i.text.split()) >= 3]


def outcome_ref(item: Item) -> Optional[str]:
    """"E3" when the outcome is numbered (a leading "E3" or an id column)."""
    for _, cell in item.columns:
        m = re.fullmatch(r"\s*E\s?(\d{1,2})\s*", cell)
        if m:
            return f"E{m.group(1)}"
    m = _LEADING_REF.match(item.context)
    return f"E{m.group(1)}" if m else None


@dataclass
class Entry:
    """One quoted item placed in the table."""

    section: str
    quote: str
    page: Optional[int]
    block: int
    ref: Optional[str] = None

    def to_dict(self) -> dict:
        out = {"section": self.section, "quote": self.quote, "page": self.page}
        if self.ref:
            out["ref"] = self.ref
        return out


@dataclass
class Row:
    area: str
    area_title: str
    need: Optional[str]
    need_label: Optional[str]
    needs: list[Entry] = field(default_factory=list)
    outcomes: list[Entry] = field(default_factory=list)
    provision: list[Entry] = field(default_factory=list)

    @property
    def gaps(self) -> list[str]:
        gaps = []
        if self.needs and not self.provision:
            gaps.append("need_without_provision")
        if self.outcomes and not self.provision:
            gaps.append("outcome_without_provision")
        if self.needs and not self.outcomes:
            gaps.append("need_without_outcome")
        if self.provision and not self.needs:
            gaps.append("provision_without_need")
        if self.outcomes and not self.needs:
            gaps.append("outcome_without_need")
        return gaps

    def to_dict(self) -> dict:
        return {
            "area": self.area,
            "area_title": self.area_title,
            "need": self.need,
            "need_label": self.need_label,
            "needs": [e.to_dict() for e in self.needs],
            "outcomes": [e.to_dict() for e in self.outcomes],
            "provision": [e.to_dict() for e in self.provision],
            "gaps": self.gaps,
        }


@dataclass
class Trace:
    rows: list[Row]
    unplaced_outcomes: list[Entry]  # outcomes the vocabulary could not place in any area
    unplaced_provision: list[Entry]  # provision the vocabulary could not place in any area
    # Which rows each outcome / provision item (by block and quote) landed in.
    placed: dict[tuple[int, str], set[Key]] = field(default_factory=dict)

    def area_has(self, area: str, part: str) -> bool:
        return any(getattr(r, part) for r in self.rows if r.area == area)

    def areas_with_needs(self) -> list[str]:
        seen: list[str] = []
        for row in self.rows:
            if row.needs and row.area not in seen:
                seen.append(row.area)
        return seen

    def keys_of(self, item: Item) -> set[Key]:
        return self.placed.get((item.block, item.text), set())

    def to_dict(self) -> dict:
        return {
            "method": "area-of-need vocabulary and sub-headings; table columns where the plan has them",
            "rows": [r.to_dict() for r in self.rows],
            "unplaced_outcomes": [e.to_dict() for e in self.unplaced_outcomes],
            "unplaced_provision": [e.to_dict() for e in self.unplaced_provision],
        }


def _entry(item: Item, ref: Optional[str] = None) -> Entry:
    return Entry(item.section, item.text, item.page, item.block, ref)


def _need_item_keys(item: Item) -> set[Key]:
    areas = heading_areas(item.heading)
    keys = need_keys(item.text, within=areas or None)
    for area in areas:
        if not any(k[0] == area for k in keys):
            keys.add((area, None))
    return keys


def _placed_keys(item: Item, as_provision: bool) -> set[Key]:
    text = item.context if item.kind == "row" else item.text
    keys = need_keys(text, as_provision=as_provision)
    for area in heading_areas(item.heading):
        if not any(k[0] == area for k in keys):
            keys.add((area, None))
    return keys


def build_trace(items: list[Item]) -> Trace:
    """The table for one plan, from its B, E and F items."""
    areas = {a.id: a for a in need_areas()}
    labels = {(a.id, n.id): n.label for a in need_areas() for n in a.needs}
    rows: dict[Key, Row] = {}
    placed: dict[tuple[int, str], set[Key]] = {}

    def row(key: Key) -> Row:
        if key not in rows:
            rows[key] = Row(key[0], areas[key[0]].title, key[1], labels.get(key) if key[1] else None)
        return rows[key]

    for item in items:
        if item.section == "B" and not is_negated_need(item.text):
            for key in _need_item_keys(item):
                row(key).needs.append(_entry(item))
    outcome_keys: dict[str, set[Key]] = {}
    unplaced_outcomes: list[Entry] = []
    for item in outcome_items(items):
        ref = outcome_ref(item)
        keys = _placed_keys(item, as_provision=False)
        placed[(item.block, item.text)] = keys
        if ref:
            outcome_keys[ref] = keys
        for key in keys:
            row(key).outcomes.append(_entry(item, ref))
        if not keys:
            unplaced_outcomes.append(_entry(item, ref))
    unplaced_provision: list[Entry] = []
    for item in items:
        if item.section != "F":
            continue
        keys = _placed_keys(item, as_provision=True)
        need_cell = item.column("need")
        if need_cell:
            keys |= need_keys(need_cell)
        for ref in _OUTCOME_REF.findall(item.column("outcome")):
            keys |= outcome_keys.get(f"E{ref[1]}", set())
        placed[(item.block, item.text)] = keys
        for key in keys:
            row(key).provision.append(_entry(item))
        if not keys:
            unplaced_provision.append(_entry(item))
    order = {a.id: i for i, a in enumerate(need_areas())}
    need_order = {(a.id, n.id): j for a in need_areas() for j, n in enumerate(a.needs)}
    ordered = sorted(rows.values(), key=lambda r: (order[r.area], need_order.get((r.area, r.need), -1)))
    return Trace(ordered, unplaced_outcomes, unplaced_provision, placed)


ORPHAN_MIN_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


def with_orphan_sentences(plan, items: list[Item]) -> list[Item]:
    """The items plus whole sentences in B and F that produced no item because the reader
    took them for headings (some PDFs style body text as headings). Without them a need
    or a provision would silently drop out of the table."""
    from .nlp import Matches

    covered = {i.block for i in items}
    extra = []
    for section in plan.sections:
        if section.id not in ("B", "F"):
            continue
        for index in range(section.start + 1, section.end):
            block = plan.document.blocks[index]
            text = " ".join(block.text.split())
            if index not in covered and len(text.split()) >= ORPHAN_MIN_WORDS and _SENTENCE_END.search(text):
                extra.append(Item(section=section.id, text=text, page=block.page, block=index, kind="sentence",
                                  matches=Matches(), context=text))
    return sorted(items + extra, key=lambda i: i.block)


def trace_for_plan(plan, analyzer, items: Optional[list[Item]] = None) -> Trace:
    """Build the table straight from a plan (reads only Sections B, E and F). Pass the
    plan's items if they are already made, to save a second pass of the spaCy pipeline."""
    from .items import plan_items

    if items is None:
        items = plan_items(plan, analyzer, sections={"B", "E", "F"})
    else:
        items = [item for item in items if item.section in ("B", "E", "F")]
    return build_trace(with_orphan_sentences(plan, items))
