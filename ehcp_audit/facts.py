"""Facts a plan states about itself: status, dates, the child's name, year group.

They come from the details block before Section A (or a details table) and drive the
rules that depend on age (preparing for adulthood from Year 9) or status (a draft must
not name a school). Year group is worked out from the date of birth and the plan date
when the plan does not state it (law file §10).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from .model import Plan, collapse

_DATE = r"(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\s+(\d{4})"
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_DOB = re.compile(rf"\b(?:date of birth|d\.?o\.?b\.?)\s*[:\-]?\s*(?:{_DATE})", re.I)
_PLAN_DATE = re.compile(rf"\b(?:date of (?:the )?(?:final |draft |amended )?(?:plan|issue|final plan|draft plan)|plan (?:issue )?date|date issued|issued on|date finalised)\s*[:\-]?\s*(?:{_DATE})", re.I)
_YEAR = re.compile(r"\b(?:national curriculum year|nc year|year group|school year|current year)\s*[:\-]?\s*(?:year\s*)?(r|reception|\d{1,2})\b", re.I)
_YEAR_LOOSE = re.compile(r"\b(?:in|is in|attends)\s+year\s+(\d{1,2})\b", re.I)
_NAME = re.compile(r"\b(?:child's name|young person's name|name of (?:child|young person)|full name|name)\s*[:\-]\s*([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3})")
_STATUS = re.compile(r"\b(proposed amended|amendment notice|amended final|final|draft)\b(?=[^.]{0,40}\b(?:ehc|plan|education, health)\b)|\b(?:plan status|status)\s*[:\-]\s*(draft|final|proposed amended|amended final)", re.I)


@dataclass(frozen=True)
class Facts:
    status: Optional[str] = None  # "draft", "final", "proposed amended", …
    plan_date: Optional[date] = None
    date_of_birth: Optional[date] = None
    stated_year: Optional[int] = None  # 0 = Reception
    child_name: Optional[str] = None

    @property
    def year_group(self) -> Optional[int]:
        """The stated year group, else the one computed from date of birth and plan date."""
        if self.stated_year is not None:
            return self.stated_year
        if self.date_of_birth and self.plan_date:
            return year_group_on(self.date_of_birth, self.plan_date)
        return None


def year_group_on(dob: date, on: date) -> int:
    """National Curriculum year on a date: Year N if aged N + 4 on the 31 August before
    that school year began (law file §10)."""
    school_year_start = on.year if on.month >= 9 else on.year - 1
    cutoff = date(school_year_start, 8, 31)
    age = cutoff.year - dob.year - ((cutoff.month, cutoff.day) < (dob.month, dob.day))
    return age - 4


def _to_date(groups: tuple) -> Optional[date]:
    try:
        if groups[0]:
            day, month, year = int(groups[0]), int(groups[1]), int(groups[2])
        else:
            day, month, year = int(groups[3]), _MONTHS.get(groups[4][:3].lower(), 0), int(groups[5])
        if year < 100:
            year += 2000 if year < 50 else 1900
        return date(year, month, day)
    except (ValueError, TypeError):
        return None


def details_text(plan: Plan) -> str:
    """The text before the first section (cover page and details table), or the first
    40 blocks when the plan has no sections."""
    first = plan.sections[0].start if plan.sections else min(40, len(plan.document.blocks))
    return "\n".join(b.text for b in plan.document.blocks[:first])


def read_facts(plan: Plan) -> Facts:
    head = details_text(plan)
    everything = "\n".join(b.text for b in plan.document.blocks)
    # A details table puts label and value in neighbouring cells: read them as "label: value".
    head = re.sub(r"(date of birth|d\.o\.b\.?|dob|name|status|year group|nc year)\n", r"\1: ", head, flags=re.I)
    dob = _DOB.search(head) or _DOB.search(everything)
    plan_date = _PLAN_DATE.search(head) or _PLAN_DATE.search(everything)
    year = _YEAR.search(head) or _YEAR.search(everything) or _YEAR_LOOSE.search(everything)
    name = _NAME.search(head)
    status = _STATUS.search(head)
    stated = None
    if year:
        value = year.group(1).lower()
        stated = 0 if value.startswith("r") else int(value)
    return Facts(
        status=collapse((status.group(1) or status.group(2))).lower() if status else None,
        plan_date=_to_date(plan_date.groups()) if plan_date else None,
        date_of_birth=_to_date(dob.groups()) if dob else None,
        stated_year=stated,
        child_name=name.group(1) if name else None,
    )
