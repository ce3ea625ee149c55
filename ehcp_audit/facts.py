"""Facts a plan states about itself: status, dates, the child's name, year group.

They come from the details block before Section A (a cover page, a details table, or
"Label: value" lines) and drive the rules that depend on age (preparing for adulthood
from Year 9, H1 for under-18s) or on status (a draft must not name a school). Year group
is worked out from the date of birth and the plan date when the plan does not state it
(law file §10). The labels are data, in data/facts.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

from .model import BlockKind, Plan, collapse

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# 14/11/2016, 22.07.2019, 14-11-16; 14 March 2026, 2nd March 2026, 14th of March 2026; March 2026
DATE = (rf"(\d{{1,2}})[./-](\d{{1,2}})[./-](\d{{2,4}})\b"
        rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAME})\s+(\d{{4}})\b"
        rf"|({_MONTH_NAME})\s+(\d{{4}})\b")
DATE_RE = re.compile(DATE, re.I)
_SEP = r"[ \t]*[:\-–—]?[ \t]*\n?[ \t]*"
_YEAR_VALUE = r"(?:nc[ \t]+)?(?:year|yr|y)?[ \t]*(r|reception|\d{1,2})\b"
_YEAR_LOOSE = re.compile(r"\b(?:is in|in|attends|is a)\s+year\s+(\d{1,2})\b", re.I)
_BARE_YEAR = re.compile(r"year[ \t]+\d{1,2}", re.I)  # "Year 5" with no label of its own
MAX_YEAR_GROUP = 16  # post-16 and post-19 settings count on ("Year 14", "Year 16 (post-19)"); larger is not a year group
MAX_STATUS_LINE_WORDS = 12  # a status word in a long sentence ("...named in the final plan") is not a status


@dataclass(frozen=True)
class Facts:
    status: Optional[str] = None  # "draft", "final", "proposed amended", …
    plan_date: Optional[date] = None
    date_of_birth: Optional[date] = None
    stated_year: Optional[int] = None  # 0 = Reception
    child_name: Optional[str] = None
    review_date: Optional[date] = None  # month-only dates ("February 2027") are the 1st
    out_of_year: bool = False  # the plan says the child is taught out of their year group

    @property
    def computed_year(self) -> Optional[int]:
        """The year group from date of birth and plan date, if both are known."""
        if self.date_of_birth and self.plan_date:
            return year_group_on(self.date_of_birth, self.plan_date)
        return None

    @property
    def year_group(self) -> Optional[int]:
        """The stated year group (law file §10: prefer it), else the computed one."""
        return self.stated_year if self.stated_year is not None else self.computed_year

    @property
    def age(self) -> Optional[int]:
        """Age in whole years on the plan date."""
        if not (self.date_of_birth and self.plan_date):
            return None
        on, dob = self.plan_date, self.date_of_birth
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

    @property
    def year_conflict(self) -> bool:
        """The stated year group differs from the one the dates give (out of year group, or a typo)."""
        computed = self.computed_year
        return (self.stated_year is not None and computed is not None and computed != self.stated_year
                and not self.out_of_year)

    @property
    def is_final(self) -> bool:
        return self.status in ("final", "amended final")

    @property
    def is_draft(self) -> bool:
        return self.status in ("draft", "proposed amended", "amendment notice", "working document")


def year_group_on(dob: date, on: date) -> int:
    """National Curriculum year on a date: Year N if aged N + 4 on the 31 August before
    that school year began (law file §10)."""
    school_year_start = on.year if on.month >= 9 else on.year - 1
    cutoff = date(school_year_start, 8, 31)
    age = cutoff.year - dob.year - ((cutoff.month, cutoff.day) < (dob.month, dob.day))
    return age - 4


@lru_cache(maxsize=1)
def _labels() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load(resources.files("ehcp_audit").joinpath("data/facts.yaml").read_text("utf-8"))
    return {key: tuple(sorted((str(v) for v in values), key=len, reverse=True)) for key, values in data.items()}


def _label_pattern(key: str) -> str:
    return "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in _labels()[key])


def parse_date(text: str) -> Optional[date]:
    """The first date in `text` (day-month-year, or month and year as the 1st), or None."""
    for match in DATE_RE.finditer(text):
        value = _to_date(match.groups())
        if value:
            return value
    return None


def _to_date(groups: tuple) -> Optional[date]:
    try:
        if groups[0]:
            day, month, year = int(groups[0]), int(groups[1]), int(groups[2])
        elif groups[3]:
            day, month, year = int(groups[3]), _MONTHS.get(groups[4][:3].lower(), 0), int(groups[5])
        else:
            day, month, year = 1, _MONTHS.get(groups[6][:3].lower(), 0), int(groups[7])
        if year < 100:
            year += 2000 if year < 50 else 1900
        return date(year, month, day)
    except (ValueError, TypeError):
        return None


def details_lines(plan: Plan) -> list[str]:
    """The lines before the first section (cover page and details table), or the first 40
    blocks when the plan has no sections. A details-table row becomes "label: value" pairs
    so that a label and its value in neighbouring cells read as one line."""
    first = plan.sections[0].start if plan.sections else min(40, len(plan.document.blocks))
    blocks = plan.document.blocks[:first]
    lines: list[str] = []
    row: list[str] = []
    row_key = None
    for block in blocks:
        key = (block.table.table, block.table.row) if block.table is not None else None
        if row and key != row_key:
            lines.append(_pair_cells(row))
            row = []
        if key is not None:
            row.append(collapse(block.text))
            row_key = key
        elif block.kind != BlockKind.TABLE_CELL:
            lines.extend(line for line in block.text.split("\n") if line.strip())
    if row:
        lines.append(_pair_cells(row))
    return lines


def details_text(plan: Plan) -> str:
    return "\n".join(details_lines(plan))


def _pair_cells(cells: list[str]) -> str:
    """["Name", "Ruby", "Date of birth", "22.07.2019"] -> "Name: Ruby ; Date of birth: 22.07.2019"."""
    if len(cells) % 2:
        return " ; ".join(cells)
    return " ; ".join(f"{cells[i]}: {cells[i + 1]}" for i in range(0, len(cells), 2))


def _labelled_date(text: str, key: str) -> Optional[date]:
    """The date after a label: "Review date: 5 March 2027", "review: by 5 March 2027", or
    failing those a deadline later in the value ("First review: within 12 months, by February 2027")."""
    labels = rf"\b(?:{_label_pattern(key)})"
    patterns = (
        labels + _SEP + r"(?:(?:by|on|before)[ \t]+)?",
        labels + _SEP + r"[^\n;]{0,60}?\bby[ \t]+",
        # …or after a note in brackets ("Review by (six-monthly, under 5): 20/07/2026")
        labels + _SEP + r"\([^)\n]{0,40}\)[ \t]*[:\-–—]?[ \t]*",
        # …or "on" or "by" a day named after a colon ("Next review: phase-transfer review meeting on 24 February 2026",
        # "Review: early years review within six months: by 19 October 2026")
        labels + r"[ \t]*:[ \t]*[^\n;]{0,60}?\b(?:on|by)[ \t]+",
    )
    interim: Optional[date] = None
    for pattern in patterns:
        for match in re.finditer(pattern + f"(?:{DATE})", text, re.I):
            if key != "draft_date" and _words_before(text, match.start(), "draft_words"):
                continue  # "Date draft plan issued": not the final plan's "plan issued"
            if key == "plan_date" and _words_before(text, match.start(), "earlier_words", reach=25):
                continue  # "First plan issued: 8 March 2023": an earlier version's date
            if key == "review_date" and _words_before(text, match.start(), "past_words", reach=20):
                continue  # "Last annual review: 21 January 2026": a review already held
            if key == "review_date" and (_words_before(text, match.start(), "interim_words", reach=12)
                                         or _words_before(match.group(0), len(match.group(0)), "interim_words")):
                # "An early review by 31 July 2026": not the annual review, unless it is the
                # only review the plan names (a child under five is reviewed every 3-6 months)
                interim = interim or _to_date(match.groups())
                continue
            value = _to_date(match.groups())
            if value:
                return value
    return interim


def _this_version_date(text: str) -> Optional[date]:
    """The date on a version-history row marked as this plan: "Amended final (this plan) ;
    19/12/2025 ; Amendments finalised …"."""
    for line in text.split("\n"):
        lowered = line.lower()
        if any(marker in lowered for marker in _labels()["this_version"]):
            for match in re.finditer(DATE, line, re.I):
                value = _to_date(match.groups())
                if value:
                    return value
    return None


def _words_before(text: str, start: int, key: str, reach: Optional[int] = None) -> bool:
    """Does the text before `start`, back to the start of its line or ";"-part (or only
    `reach` characters back), hold one of the facts.yaml words under `key`? "Date draft plan
    issued" (draft_words), "First plan issued" (earlier_words), "Brother: Jago, Year 3"
    (relative_words)."""
    opening = max(text.rfind("\n", 0, start), text.rfind(";", 0, start)) + 1
    if reach is not None:
        opening = max(opening, start - reach)
    before = text[opening:start].lower()
    return any(re.search(rf"\b{re.escape(word)}\b", before) for word in _labels()[key])


def _stated_year(text: str) -> Optional[int]:
    """The year group the plan states. A labelled one ("Year group: 6", "NC year 6", a
    "Year group | Year 6" row) wins over a bare "Year 5" in running text ("amended following
    the Year 5 annual review"), wherever each comes."""
    pattern = re.compile(rf"\b(?:{_label_pattern('year_group')})\b{_SEP}{_YEAR_VALUE}", re.I)
    bare: Optional[int] = None
    for match in pattern.finditer(text):
        if _words_before(text, match.start(), "relative_words"):
            continue  # "Brother: Jago, aged 7, Year 3": the brother's year group
        value = match.group(1).lower()
        year = 0 if value.startswith("r") else int(value)
        if text[max(match.start(1) - 2, 0):match.start(1)] in (" -", " −", " –"):
            year = -year  # "NC year -1": the year before Reception
        if year > MAX_YEAR_GROUP:
            continue
        if _BARE_YEAR.fullmatch(match.group()):
            bare = year if bare is None else bare
            continue
        return year
    return bare


def _status(lines: list[str]) -> Optional[str]:
    words = _labels()["status_words"]
    word_re = re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)
    labelled = re.compile(rf"\b(?:{_label_pattern('status_labels')}){_SEP}(.*)", re.I)
    for line in lines:
        for part in line.split(" ; "):
            m = labelled.search(part)
            if m and (w := word_re.search(m.group(1))):
                return collapse(w.group(1)).lower()
    # A line that opens with the status: "Final plan issued under section 37 …", "FINAL AMENDED PLAN – issued …",
    # "FINAL – amended following the annual review …".
    opening = re.compile(rf"^\s*{word_re.pattern}(?:\s+amended)?(?:\s+plan\b|\s*[–—:-]\s)", re.I)
    for line in lines:
        if (len(line.split()) <= MAX_STATUS_LINE_WORDS or opening.match(line)) and (w := word_re.search(line)):
            return collapse(w.group(1)).lower()
    return None


def _child_name(text: str) -> Optional[str]:
    pattern = re.compile(rf"\b(?:{_label_pattern('child_name')})[ \t]*[:\-–][ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,3}})", re.I)
    for match in pattern.finditer(text):
        name = match.group(1)
        if name[:1].isupper():
            return name
    return None


def read_facts(plan: Plan) -> Facts:
    """Status, dates, name and year group from the plan's details; the whole text is the
    fallback for date of birth, plan date and year group (e.g. "DOB" in a running header)."""
    lines = details_lines(plan)
    head = "\n".join(lines)
    everything = "\n".join(b.text for b in plan.document.blocks)
    dob = _labelled_date(head, "date_of_birth") or _labelled_date(everything, "date_of_birth")
    plan_date = (_labelled_date(head, "plan_date") or _labelled_date(head, "draft_date")
                 or _labelled_date(everything, "plan_date") or _labelled_date(everything, "draft_date")
                 or _this_version_date(head))
    stated = _stated_year(head)
    if stated is None and (loose := _YEAR_LOOSE.search(everything)) and int(loose.group(1)) <= MAX_YEAR_GROUP:
        stated = int(loose.group(1))
    return Facts(
        status=_status(lines),
        plan_date=plan_date,
        date_of_birth=dob,
        stated_year=stated,
        child_name=_child_name(head),
        review_date=_labelled_date(head, "review_date") or _labelled_date(everything, "review_date"),
        out_of_year=any(word in head.lower() for word in _labels()["out_of_year_words"]),
    )
