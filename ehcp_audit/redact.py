"""`--redact`: take the child's and family's identifying details out of a report.

Two parts:

1. `collect_identifiers(plan)` reads the plan's own details block (the cover page or
   details table before Section A) for the values behind labels such as "Child's name",
   "Parents", "Date of birth", "Address", "NHS number", "UPN", "Phone" and "Email"
   (the labels are data, in data/redact.yaml). The Auditor attaches the result to the
   PlanResult in a private field that no report ever prints.
2. `Redactor` replaces those values wherever they appear in report text, with typed
   placeholders so quotes keep their meaning ("[CHILD] will have…"): names word by word
   (a first name used on its own is caught too), the date of birth in any common format,
   the street part of the address; then patterns that need no details block: e-mail
   addresses, postcodes, NHS-style numbers, UPNs and phone numbers.

`redact_results` applies it to everything plan-derived in a PlanResult (quotes, messages,
section titles, notices, extras) and replaces the file's path, whose name often holds the
child's name, with a keyed pseudonym (see `pseudonym`). Redaction is best-effort, not
anonymisation, and every redacted report says so.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import sys
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from .model import Notice, Plan, PlanResult

REDACTION_NOTICE = Notice(
    "redacted",
    "Names, dates of birth, addresses, postcodes, NHS numbers, UPNs/ULNs, phone numbers and e-mail "
    "addresses found in the plan were replaced with labels such as [CHILD], and the file name with a "
    "pseudonym. Redaction is best-effort, not anonymisation: read the report before you share it.",
)
NAMES_NOT_FOUND = Notice(
    "redaction_incomplete",
    "No child's name was found in the plan's details block, so names in quotes may not have been "
    "removed. Check the report by eye before sharing it.",
)

_DATE_NUMERIC = r"(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})"
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_ANY_DATE = re.compile(
    rf"(?<!\d){_DATE_NUMERIC}(?!\d)"
    rf"|(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(\d{{4}})(?!\d)"
    rf"|\b{_MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)",
    re.I,
)

# Identifiers that need no details block, in the order they are replaced.
_NEXT_NAME = re.compile(r"(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")  # ", Zac", " and Lily-Mae"
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}\b")
_NHS_NUMBER = re.compile(r"(?<![\d\w])\d{3}[ -]\d{3}[ -]\d{4}(?![\d\w])")  # grouped 3-3-4 as printed
_UPN = re.compile(r"\b[A-Z]\d{11}[0-9A-Z]\b")  # a letter and 12 characters (temporary UPNs end in a letter)
# UK numbers: 0 and 9-10 more digits, or +44 and 9-10 digits; one or two separators between digits
_PHONE = re.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)(?:\d[ )-]{0,2}){8,9}\d(?!\w)")
_BARE_ID = re.compile(r"(?<![\d\w])\d{10}(?![\d\w])")  # an NHS number or ULN written without spaces


@dataclass(frozen=True)
class Identifiers:
    """What identifies this child and family, read from the plan. Kept in memory only."""

    literals: tuple[tuple[str, str], ...] = ()  # (text, placeholder): matched ignoring case
    names: tuple[tuple[str, str], ...] = ()  # (name or name part, placeholder): matched as written
    birth_dates: tuple[date, ...] = ()
    child_found: bool = False

    def values(self) -> list[str]:
        """Every text value found (for tests and for checking a report by eye)."""
        return [text for text, _ in self.literals + self.names]


@dataclass(frozen=True)
class _Group:
    name: str
    kind: str  # names | date | address | text
    placeholder: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class _Rules:
    groups: tuple[_Group, ...]
    label_group: dict  # lower-case label -> group name ("" for labels that only end a value)
    label_re: re.Pattern
    not_name_words: frozenset
    titles: frozenset
    street_words: frozenset
    kin_re: tuple  # ((regex, placeholder, words that are not names), ...): relatives and pets named in the text
    kin_starts: re.Pattern  # the places where any of the kin_re can match
    name_then_kin: re.Pattern  # "Elowen (his sister)": a name, then who they are in brackets


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = yaml.safe_load(resources.files("ehcp_audit").joinpath("data/redact.yaml").read_text("utf-8"))
    groups = tuple(
        _Group(name, spec["kind"], spec["placeholder"], tuple(str(label).lower() for label in spec["labels"]))
        for name, spec in data["groups"].items()
    )
    label_group: dict[str, str] = {str(label).lower(): "" for label in data["other_labels"]}
    for group in groups:
        for label in group.labels:
            label_group[label] = group.name
    alternation = "|".join(re.escape(label) for label in sorted(label_group, key=len, reverse=True))
    not_kin = {str(w).lower() for w in data["not_relation_names"]}
    kin_keys = ("relations", "friends", "pets")
    kin_re = tuple((_kin_pattern(data[key]["words"]), data[key]["placeholder"], frozenset(not_kin)) for key in kin_keys)
    return _Rules(
        groups=groups,
        label_group=label_group,
        label_re=re.compile(rf"(?<![\w'])(?:{alternation})(?![\w])", re.I),
        not_name_words=frozenset(str(w).lower() for w in data["not_name_words"]),
        titles=frozenset(str(w).lower() for w in data["titles"]),
        street_words=frozenset(str(w).lower() for w in data["street_words"]),
        kin_re=kin_re,
        kin_starts=_kin_starts([w for key in kin_keys for w in data[key]["words"]]),
        name_then_kin=_name_then_kin([w for key in ("relations", "friends") for w in data[key]["words"]]),
    )


def _kin_alternation(words: list) -> tuple[str, str]:
    """The words as one alternation grouped by first letter, and those first letters."""
    by_first: dict[str, list[str]] = {}
    for word in sorted((str(w) for w in words), key=len, reverse=True):
        by_first.setdefault(word[0].lower(), []).append(word[1:])
    alternation = "|".join(f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})" for first, rests in by_first.items())
    return alternation, "".join(map(re.escape, by_first))


def _kin_starts(words: list) -> re.Pattern:
    """Where a relation, friend or pet word starts (as _kin_pattern's regexes require it)."""
    alternation, firsts = _kin_alternation(words)
    return re.compile(rf"(?=(?i:[{firsts}]))(?<![\w-])(?=(?i:{alternation}))")


def _name_then_kin(words: list) -> re.Pattern:
    """"Elowen (his sister)", "Sam (my best friend)": a name, then who they are in brackets."""
    kin = "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: len(str(w)), reverse=True))
    return re.compile(rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]*\((?:his|her|their|my)[ \t]+(?:[a-z]+[ \t]+)?(?:{kin})\)")


def _kin_pattern(words: list) -> re.Pattern:
    """'<relation word>[,] [called|named|to] Name' ("a younger brother, Teo", "big sister to
    Felix"), the relation word in any case."""
    # The words are grouped by first letter, and a look-ahead for those letters comes first:
    # the same matches, but most positions of a plan are rejected at one character instead
    # of being tried against every word (the regex runs over the whole plan text).
    alternation, firsts = _kin_alternation(words)
    return re.compile(rf"(?=(?i:[{firsts}]))(?<![\w-])(?i:{alternation})(?:'s)?,?\s+(?:\((?=[A-Z]))?(?:(?i:called|named|to)\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


# --- reading the details block -------------------------------------------------------------


def details_lines(plan: Plan) -> list[str]:
    """The blocks before the first section as lines; the cells of one table row share a
    line, separated by tabs, so a label cell is followed by its value cell."""
    first = plan.sections[0].start if plan.sections else min(40, len(plan.document.blocks))
    lines: list[str] = []
    row_key = None
    for block in plan.document.blocks[:first]:
        text = block.text.replace("\t", " ").replace("’", "'")
        key = (block.table.table, block.table.row) if block.table else None
        if key is not None and key == row_key:
            lines[-1] += "\t" + text
        else:
            lines.extend(text.splitlines() or [""])
        row_key = key
    return lines


def _accepted_labels(line: str, rules: _Rules) -> list[re.Match]:
    """Label matches that really are labels: at the start of the line or a cell, followed
    by a colon, or written with a capital mid-line ("… Date of birth 22.07.2019")."""
    found = []
    for match in rules.label_re.finditer(line):
        before = line[: match.start()].rstrip(" ")
        at_start = before == "" or before.endswith("\t")
        colon = line[match.end():].lstrip(" ").startswith(":")
        if at_start or colon or match.group(0)[0].isupper():
            found.append(match)
    return found


def labelled_values(lines: list[str]) -> list[tuple[str, str]]:
    """(group name, value) for each identifier label in the details lines. A value runs to
    the next label, the next cell or the end of the line; a label alone on its line takes
    the next line as its value."""
    rules = _rules()
    out: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        labels = _accepted_labels(line, rules)
        for n, match in enumerate(labels):
            group = rules.label_group[match.group(0).lower()]
            if not group:
                continue
            end = labels[n + 1].start() if n + 1 < len(labels) else len(line)
            value = line[match.end():end].lstrip(" :-–\t")
            value = value.split("\t", 1)[0].strip(" ,;")
            if not value and n + 1 == len(labels) and index + 1 < len(lines):
                following = lines[index + 1]
                if not _accepted_labels(following, rules) or _accepted_labels(following, rules)[0].start() > 0:
                    value = following.split("\t", 1)[0].strip(" ,;")
            if value:
                out.append((group, value))
    return out


_NAME_WORD = re.compile(r"^[A-Z][A-Za-z'’-]*[A-Za-z]$|^[A-Z]$")
# "(I like to be called Ellie)", "(sometimes “Lo” at home)": a name after a cue, or any
# capitalised name in quotation marks inside brackets
_NICKNAME = re.compile(r"\b(?:called|known as|prefers?|nickname)\s+['\"“‘]?([A-Z][A-Za-z'’-]+)"
                       r"|\([^)]*?[\"“‘']([A-Z][A-Za-z'’-]+)[\"”’'][^)]*\)")
_PERSON_SPLIT = re.compile(r"\s+(?:and|&)\s+|[,;/|]|\s[-–—]\s|\s{2,}")


def person_names(value: str) -> tuple[list[tuple[str, ...]], list[str]]:
    """The people named in a details value, each as its name words, plus any nicknames
    ("Eleanor Marchbank (I like to be called Ellie)" → [("Eleanor", "Marchbank")], ["Ellie"])."""
    rules = _rules()
    nicknames = [a or b for a, b in _NICKNAME.findall(value)]
    plain = re.sub(r"\([^)]*\)", " ", value)
    people: list[tuple[str, ...]] = []
    for chunk in _PERSON_SPLIT.split(plain):
        words = [w.strip(".:") for w in chunk.split()]
        while words and words[0].lower().rstrip(".") in rules.titles:
            words.pop(0)
        run: list[str] = []
        for word in words:
            if not _NAME_WORD.match(word):
                break
            run.append(word)
        if not run or len(run) > 4 or any(w.lower() in rules.not_name_words for w in run):
            continue
        people.append(tuple(run))
    return people, nicknames


def _parse_date(groups: tuple) -> Optional[date]:
    """A date from one _ANY_DATE match's groups (day-month-year, British order)."""
    try:
        if groups[0]:
            day, month, year = int(groups[0]), int(groups[1]), int(groups[2])
        elif groups[3]:
            day, month, year = int(groups[3]), _MONTH_NAMES.index(groups[4][:3].lower()) + 1, int(groups[5])
        else:
            day, month, year = int(groups[7]), _MONTH_NAMES.index(groups[6][:3].lower()) + 1, int(groups[8])
        if year < 100:
            year += 2000 if year < 50 else 1900
        return date(year, month, day)
    except (ValueError, TypeError, IndexError):
        return None


def _address_parts(value: str) -> list[str]:
    """The street part of an address: comma-separated parts holding a digit or a street
    word. A town on its own stays (it is usually the local authority's name too)."""
    street = _rules().street_words
    parts = []
    for part in (p.strip() for p in value.split(",")):
        words = {w.lower().strip(".") for w in part.split()}
        if part and (any(ch.isdigit() for ch in part) or words & street):
            parts.append(part)
            # the street without its house number ("7 Fennel Row" -> "Fennel Row"), which
            # the plan may name again (a travel-training route)
            number, _, rest = part.partition(" ")
            if number[:1].isdigit() and rest and words & street:
                parts.append(rest)
    return parts


class _Collector:
    """Gathers identifiers; the first placeholder given to a text wins (child before family)."""

    def __init__(self) -> None:
        self.literals: dict[str, tuple[str, str]] = {}
        self.names: dict[str, tuple[str, str]] = {}
        self.dates: list[date] = []

    def literal(self, text: str, placeholder: str) -> None:
        text = " ".join(text.split()).strip(" ,;.")
        if len(text) >= 3:
            self.literals.setdefault(text.lower(), (text, placeholder))

    def name(self, text: str, placeholder: str) -> None:
        if len(text) >= 2:
            self.names.setdefault(text, (text, placeholder))

    def person(self, words: tuple[str, ...], whole: str, given: str, family: str) -> None:
        self.name(" ".join(words), whole)
        for word in words[:-1] if len(words) > 1 else words:
            self.name(word, given)
        if len(words) > 1:
            self.name(words[-1], family)


def collect_identifiers(plan: Plan) -> Optional[Identifiers]:
    """The identifiers in a plan's details block, or None if reading them failed (the
    redactor then falls back to patterns and the report says names may remain)."""
    try:
        return _collect(plan)
    except Exception:  # redaction hints must never stop an audit
        return None


def _collect(plan: Plan) -> Identifiers:
    groups = {g.name: g for g in _rules().groups}
    found = _Collector()
    child_found = False
    values = labelled_values(details_lines(plan))
    # children first, so a shared surname or first name takes the child's placeholder
    values.sort(key=lambda gv: ("child", "family", "staff").index(gv[0]) if gv[0] in ("child", "family", "staff") else 3)
    for group_name, value in values:
        group = groups[group_name]
        if group.kind == "names":
            people, nicknames = person_names(value)
            if group_name == "child":
                people, child_found = people[:1], child_found or bool(people)
            given = group.placeholder
            family = "[FAMILY NAME]" if group_name in ("child", "family") else group.placeholder
            for words in people:
                found.person(words, group.placeholder, given, family)
            for nick in nicknames:
                found.name(nick, group.placeholder)
        elif group.kind == "date":
            found.literal(value, group.placeholder)
            match = _ANY_DATE.search(value)
            parsed = _parse_date(match.groups()) if match else None
            if parsed:
                found.dates.append(parsed)
        elif group.kind == "address":
            found.literal(value, group.placeholder)
            for part in _address_parts(value):
                found.literal(part, group.placeholder)
            _add_people_in_brackets(value, groups["family"], found)
        else:
            found.literal(value, group.placeholder)
    child_found = _add_facts(plan, found) or child_found
    text = "\n".join(block.text for block in plan.document.blocks)
    _add_relatives(text, found)
    _add_first_names_of_the_family(text, found)
    return Identifiers(tuple(found.literals.values()), tuple(found.names.values()), tuple(found.dates), child_found)


def _add_people_in_brackets(value: str, family, found: _Collector) -> None:
    """People named in brackets after a family label inside another value: "14 Sorrel
    Close, … (foster carers Denise and Paul Marchbank)"."""
    labels = sorted(family.labels, key=len, reverse=True)
    for inside in re.findall(r"\(([^)]*)\)", value):
        lowered = inside.lower()
        label = next((l for l in labels if lowered.startswith(l)), None)
        if label:
            rest = inside[len(label):]
            rest = rest[1:] if rest.startswith("s ") else rest  # "foster carers Denise …"
            for words in person_names(rest)[0]:
                found.person(words, family.placeholder, family.placeholder, "[FAMILY NAME]")


def _add_facts(plan: Plan, found: _Collector) -> bool:
    """The child's name and date of birth as facts.py reads them (a second opinion)."""
    from .facts import read_facts

    facts = read_facts(plan)
    if facts.date_of_birth:
        found.dates.append(facts.date_of_birth)
    if facts.child_name:
        people, _ = person_names(facts.child_name)
        for words in people[:1]:
            found.person(words, "[CHILD]", "[CHILD]", "[FAMILY NAME]")
        return bool(people)
    return False


def _add_relatives(text: str, found: _Collector) -> None:
    """Relatives, friends and pets the plan names in its text ("a younger brother, Teo",
    "her friend Ivy")."""
    rules = _rules()
    # One scan over the plan finds where any kind's word starts; each kind's regex is then
    # tried only there, left to right and never inside its own previous match, as its
    # finditer would: the same names in the same order, for one scan of the text, not three.
    starts = [match.start() for match in rules.kin_starts.finditer(text)]
    for pattern, placeholder, not_names in rules.kin_re:
        after = 0
        for start in starts:
            match = pattern.match(text, start) if start >= after else None
            if not match:
                continue
            after = match.end()
            name = match.group(1)
            if name.lower() in not_names:
                continue
            found.name(name, placeholder)
            # the names listed after the first: "my friends Jordan and Lily-Mae", "Amy, Zac and Ben"
            while (more := _NEXT_NAME.match(text, after)) and more.group(1).lower() not in not_names:
                found.name(more.group(1), placeholder)
                after = more.end()


def _add_first_names_of_the_family(text: str, found: _Collector) -> None:
    """First names written before a surname the plan has already given for the child or
    the family ("Denise and Paulo Ferreira say …" once "Ferreira" is known), and names
    followed by a relation in brackets ("Elowen (his sister)")."""
    rules = _rules()
    skip = rules.not_name_words | rules.titles | {w for _, _, not_names in rules.kin_re for w in not_names}
    surnames = [name for name, placeholder in found.names.values() if placeholder == "[FAMILY NAME]"]
    matches = [m for surname in surnames
               for m in re.finditer(rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+{re.escape(surname)}\b", text)]
    for match in matches + list(rules.name_then_kin.finditer(text)):
        if match.group(1).lower() not in skip:
            found.name(match.group(1), "[RELATIVE]")
    # a name paired with a known one: "I want to stay at Bernie and Clive's" (a carer's
    # short name, once "Clive Okonjo" is known)
    given = {name: placeholder for name, placeholder in found.names.values()
             if placeholder != "[FAMILY NAME]" and " " not in name and len(name) >= 3}
    if given:
        known = "|".join(re.escape(name) for name in sorted(given, key=len, reverse=True))
        paired = rf"\b([A-Z][a-z]{{2,}})[ \t]+(?:and|&)[ \t]+({known})\b|\b({known})[ \t]+(?:and|&)[ \t]+([A-Z][a-z]{{2,}})\b"
        for match in re.finditer(paired, text):
            name, partner = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
            if name.lower() not in skip and name not in given:
                found.name(name, given[partner])


# --- replacing -----------------------------------------------------------------------------


def _pattern(text: str) -> str:
    """A literal as a regex that tolerates any run of whitespace, with word boundaries."""
    body = r"\s+".join(re.escape(part) for part in text.split())
    return rf"(?<![\w]){body}(?![\w])"


def _phone(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if digits.startswith("44"):
        digits = "0" + digits[2:].lstrip("0")
    return "[PHONE]" if len(digits) in (10, 11) else match.group(0)


class Redactor:
    """Replaces one plan's identifiers (and generic ones) in any text."""

    def __init__(self, identifiers: Optional[Identifiers] = None):
        ids = identifiers or Identifiers()
        self._literal = {text.lower(): placeholder for text, placeholder in ids.literals}
        self._literal_re = self._compile([text for text, _ in ids.literals], re.I)
        self._names: dict[str, str] = {}
        for text, placeholder in ids.names:
            for variant in (text, text.upper(), text.title()):
                self._names.setdefault(variant, placeholder)
        self._names_re = self._compile(list(self._names), 0)
        self._dates = set(ids.birth_dates)

    @staticmethod
    def _compile(texts: list[str], flags: int) -> Optional[re.Pattern]:
        if not texts:
            return None
        ordered = sorted(set(texts), key=len, reverse=True)
        return re.compile("|".join(f"(?:{_pattern(t)})" for t in ordered), flags)

    def _literal_for(self, match: re.Match) -> str:
        return self._literal.get(" ".join(match.group(0).split()).lower(), "[REDACTED]")

    def _date_for(self, match: re.Match) -> str:
        return "[DATE OF BIRTH]" if _parse_date(match.groups()) in self._dates else match.group(0)

    def __call__(self, text: Optional[str]) -> Optional[str]:
        if not text:
            return text
        text = _EMAIL.sub("[EMAIL]", text)
        if self._literal_re is not None:
            text = self._literal_re.sub(self._literal_for, text)
        if self._names_re is not None:
            text = self._names_re.sub(lambda m: self._names.get(" ".join(m.group(0).split()), "[NAME]"), text)
        if self._dates:
            text = _ANY_DATE.sub(self._date_for, text)
        text = _POSTCODE.sub("[POSTCODE]", text)
        text = _UPN.sub("[UPN]", text)
        text = _NHS_NUMBER.sub("[NHS NUMBER]", text)
        text = _PHONE.sub(_phone, text)
        return _BARE_ID.sub("[ID NUMBER]", text)

    def deep(self, value: Any) -> Any:
        """Redact every string inside lists, tuples and dicts (report extras)."""
        if isinstance(value, str):
            return self(value)
        if isinstance(value, dict):
            return {key: self.deep(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.deep(item) for item in value)
        return value


def redact_result(result: PlanResult, key: bytes) -> PlanResult:
    """A copy of the result with identifiers replaced and the path made a pseudonym."""
    redactor = Redactor(result.identifiers if isinstance(result.identifiers, Identifiers) else None)
    findings = tuple(
        replace(f, quote=redactor(f.quote), message=redactor(f.message), suggestion=redactor(f.suggestion))
        for f in result.findings
    )
    sections = tuple(replace(s, title=redactor(s.title)) for s in result.sections)
    notices = tuple(replace(n, message=redactor(n.message)) for n in result.notices)
    extra_notices = [REDACTION_NOTICE]
    ids = result.identifiers
    if result.status == "audited" and not (isinstance(ids, Identifiers) and ids.child_found):
        extra_notices.append(NAMES_NOT_FOUND)
    error = replace(result.error, message=redactor(result.error.message)) if result.error else None
    return replace(
        result,
        path=redacted_path(result, key),
        sha256=None,  # a hash of the file would let anyone holding the plan link it to this report
        error=error,
        sections=sections,
        findings=findings,
        notices=notices + tuple(extra_notices),
        extras=redactor.deep(result.extras),
        document=_redact_document(result.document, redactor),
        identifiers=None,
    )


def _redact_document(document, redactor: Redactor):
    """The text kept for the HTML report, with every block redacted (None stays None)."""
    if document is None:
        return None
    blocks = tuple(replace(block, text=redactor(block.text) or "") for block in document.blocks)
    notices = tuple(replace(n, message=redactor(n.message)) for n in document.notices)
    return replace(document, blocks=blocks, notices=notices)


def redact_results(results: Iterable[PlanResult], key: Optional[bytes] = None) -> list[PlanResult]:
    key = key if key is not None else installation_key()
    return [redact_result(result, key) for result in results]


# --- pseudonyms ----------------------------------------------------------------------------

KEY_FILE_NAME = "key"


def config_dir() -> Path:
    """The per-user settings folder: %APPDATA%\\ehcp-audit on Windows, else
    $XDG_CONFIG_HOME/ehcp-audit or ~/.config/ehcp-audit."""
    if os.name == "nt" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "ehcp-audit"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "ehcp-audit"


def key_path() -> Path:
    return config_dir() / KEY_FILE_NAME


def installation_key() -> bytes:
    """This installation's secret pseudonym key, created on first use (owner-only file in an
    owner-only folder). If it cannot be stored, a one-off key is used and a warning says
    that pseudonyms will not match those of other runs."""
    path = key_path()
    try:
        return _read_or_create_key(path)
    except OSError:
        print("ehcp-audit: could not read or create the pseudonym key "
              f"{path}; using a one-off key, so pseudonyms will differ between runs", file=sys.stderr)
        return secrets.token_bytes(32)


def _read_or_create_key(path: Path) -> bytes:
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = path.with_name(f".{KEY_FILE_NAME}-{secrets.token_hex(6)}")
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(handle, "w", encoding="ascii") as out:
                out.write(secrets.token_hex(32) + "\n")
            try:
                os.link(temp, path)  # atomic: if another run made the key first, theirs is kept
            except FileExistsError:
                pass
        finally:
            os.unlink(temp)
    text = path.read_text("ascii").strip()
    if os.name != "nt" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    key = bytes.fromhex(text)
    if len(key) < 16:
        raise OSError("pseudonym key too short")
    return key


def pseudonym(result: PlanResult, key: bytes) -> str:
    """A short keyed name for a plan: HMAC-SHA256 of the file's content hash. The same file
    gets the same pseudonym on this installation; without the key it cannot be linked back
    to the file, even by someone holding a copy of the plan."""
    material = bytes.fromhex(result.sha256) if result.sha256 else os.path.basename(result.path).encode("utf-8")
    return "plan-" + hmac.new(key, material, hashlib.sha256).hexdigest()[:10]


def redacted_path(result: PlanResult, key: bytes) -> str:
    """The pseudonym with the file's extension (the folder is dropped: it may name the family)."""
    suffix = os.path.splitext(result.path)[1].lower()
    return pseudonym(result, key) + (suffix if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix) else "")
