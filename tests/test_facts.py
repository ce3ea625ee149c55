"""Plan facts (ehcp_audit/facts.py): dates, status, year group and age, read from the
details before Section A — on hand-made details blocks and on every sample plan."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from conftest import SAMPLES
from ehcp_audit.extract import load_document
from ehcp_audit.facts import Facts, parse_date, read_facts, year_group_on
from ehcp_audit.model import Block, BlockKind, Document, TablePos
from ehcp_audit.split import split

P = BlockKind.PARAGRAPH


def _plan(*lines: str, table: list[list[str]] = ()):
    """Details lines (and an optional details table), then a minimal plan body."""
    blocks = [Block(line, P) for line in lines]
    for r, row in enumerate(table):
        blocks += [Block(cell, BlockKind.TABLE_CELL, table=TablePos(0, r, c)) for c, cell in enumerate(row)]
    blocks += [Block("Section A: Views, interests and aspirations", BlockKind.HEADING),
               Block("Sam likes trains and Lego.", P),
               Block("Section B: Special educational needs", BlockKind.HEADING)]
    return split(Document("docx", tuple(blocks)))


@pytest.mark.parametrize("dob, on, year", [
    (date(2016, 9, 1), date(2026, 3, 14), 4),   # oldest in the year group
    (date(2017, 8, 31), date(2026, 3, 14), 4),  # youngest in the same year group
    (date(2017, 9, 1), date(2026, 3, 14), 3),   # one day younger: the year below
    (date(2021, 12, 1), date(2026, 10, 1), 0),  # Reception: aged 4 on 31 August
    (date(2012, 6, 19), date(2026, 2, 20), 9),  # Year 9 threshold for preparing for adulthood
    (date(2012, 6, 19), date(2025, 9, 1), 9),   # a new school year starts on 1 September
    (date(2012, 6, 19), date(2025, 8, 31), 8),
])
def test_year_group_from_date_of_birth(dob, on, year):
    assert year_group_on(dob, on) == year


@pytest.mark.parametrize("text, expected", [
    ("14/11/2016", date(2016, 11, 14)),
    ("22.07.2019", date(2019, 7, 22)),
    ("5-4-15", date(2015, 4, 5)),
    ("14 March 2026", date(2026, 3, 14)),
    ("2nd March 2026", date(2026, 3, 2)),
    ("14th of Sept 2025", date(2025, 9, 14)),
    ("Review due: January 2027", date(2027, 1, 1)),
    ("31/02/2026", None),  # not a real date
    ("no date here", None),
])
def test_dates_in_the_forms_plans_use(text, expected):
    assert parse_date(text) == expected


def test_label_and_value_in_neighbouring_cells_of_a_four_column_table():
    facts = read_facts(_plan(table=[["Name", "Ruby Mensah", "Date of birth", "22.07.2019"],
                                    ["Year group", "Year 2", "School", "Meadowbank Infant School"]]))
    assert facts.child_name == "Ruby Mensah"
    assert facts.date_of_birth == date(2019, 7, 22)
    assert facts.stated_year == 2


def test_two_labelled_dates_on_one_line():
    facts = read_facts(_plan("Final plan issued: 6 February 2026          Next review by: 5 February 2027"))
    assert facts.plan_date == date(2026, 2, 6)
    assert facts.review_date == date(2027, 2, 5)
    assert facts.status == "final"


def test_draft_date_is_the_plan_date_only_when_no_final_date_is_given():
    assert read_facts(_plan("DRAFT", "Date of draft: 16/01/2026")).plan_date == date(2026, 1, 16)
    both = read_facts(_plan("Date of draft: 16/01/2026", "Date of final plan: 20/02/2026"))
    assert both.plan_date == date(2026, 2, 20)


def test_a_draft_date_label_is_not_the_final_plans():
    facts = read_facts(_plan("Date draft plan issued: 9 February 2026", "Date final plan issued: 12 March 2026"))
    assert facts.plan_date == date(2026, 3, 12)


def test_an_earlier_versions_issue_date_is_not_this_plans():
    first = read_facts(_plan("First plan issued: 8 March 2023", "Date of final amended plan: 12 January 2026"))
    assert first.plan_date == date(2026, 1, 12)
    later = read_facts(_plan("Date plan first issued: 12 May 2023", "Date of this amended final plan: 9 February 2026"))
    assert later.plan_date == date(2026, 2, 9)


def test_a_siblings_year_group_is_not_the_childs():
    facts = read_facts(_plan("Name: Elowen Pascoe", "Brother: Jago Pascoe, aged 7, Year 3 at Trewithen Primary"))
    assert facts.stated_year is None


def test_the_version_history_row_marked_as_this_plan_gives_the_plan_date():
    facts = read_facts(_plan(table=[["Version", "Date", "Reason"],
                                    ["Amended final", "22/01/2025", "Annual review"],
                                    ["Amended final (this plan)", "19/12/2025", "Amendments finalised"]]))
    assert facts.plan_date == date(2025, 12, 19)


@pytest.mark.parametrize("lines, status", [
    (["FINAL – amended following the annual review held on 2 December 2025"], "final"),
    (["Plan status: Final"], "final"),
    (["Plan type: Final EHC plan (following annual review)"], "final"),
    (["Education, Health and Care Plan (Final)"], "final"),
    (["DRAFT"], "draft"),
    (["PROPOSED AMENDED EHC PLAN"], "proposed amended"),
    # A status word inside a long sentence is not the plan's status.
    (["Parents have 15 days to comment on it and to say which school they would like to be named in the final plan."], None),
])
def test_status(lines, status):
    assert read_facts(_plan(*lines)).status == status


@pytest.mark.parametrize("lines, year", [
    (["School year: Year 4"], 4),
    (["NC year: Reception"], 0),
    (["Where I study: Fenwick College (second year of post-16 study, Year 13)"], 13),
    (["Year: Y6"], 6),
    (["Year group: Year 19"], None),  # not a year group
    (["Year group: Nursery (NC year -1); starts Reception in September 2026"], -1),
    # a labelled year group wins over a year in running text above it
    (["FINAL PLAN – amended following the Year 5 annual review", "Year group: Year 6"], 6),
    (["FINAL PLAN – amended following the Year 5 annual review"], 5),
])
def test_stated_year_group(lines, year):
    assert read_facts(_plan(*lines)).stated_year == year


def test_body_sentence_gives_year_group_when_details_do_not():
    plan = split(Document("docx", (
        Block("Section A: Views, interests and aspirations", BlockKind.HEADING),
        Block("Alfie is 10 and in Year 6.", P),
    )))
    assert read_facts(plan).stated_year == 6


def test_age_and_conflict_between_stated_and_computed_year():
    facts = Facts(plan_date=date(2026, 3, 2), date_of_birth=date(2007, 10, 8), stated_year=12)
    assert facts.age == 18
    assert facts.computed_year == 13
    assert facts.year_group == 12  # the plan's own statement wins (law file §10)
    assert facts.year_conflict
    assert not Facts(plan_date=date(2026, 3, 2), date_of_birth=date(2007, 10, 8), stated_year=13).year_conflict


def test_no_details_gives_no_facts():
    facts = read_facts(_plan())
    assert (facts.status, facts.plan_date, facts.date_of_birth, facts.review_date, facts.year_group) == (None,) * 5


def _labels():
    """The dev plans: held-out test plans are measured (python -m ehcp_audit.evaluate), never
    asserted on, so no test pulls the readers towards them."""
    return sorted(p for p in SAMPLES.glob("*.labels.yaml") if yaml.safe_load(p.read_text("utf-8")).get("split") == "dev")


def _as_date(value):
    """Label dates are "YYYY-MM-DD" or, for a month only, "YYYY-MM" (read as the 1st)."""
    if value is None:
        return None
    parts = [int(p) for p in str(value).split("-")]
    return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


@pytest.mark.parametrize("labels", _labels(), ids=lambda p: p.name.split(".")[0])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_sample_plan_facts_match_their_labels(labels, fmt):
    truth = yaml.safe_load(labels.read_text("utf-8"))
    path = labels.with_name(labels.name.replace(".labels.yaml", f".{fmt}"))
    facts = read_facts(split(load_document(str(path))))
    # The labels know two statuses; the reader may be more precise ("amended final" is final).
    assert facts.status == truth["status"] or (truth["status"] == "final" and facts.status == "amended final")
    assert facts.plan_date == _as_date(truth["plan_date"])
    assert facts.date_of_birth == _as_date(truth["date_of_birth"])
    assert facts.review_date == _as_date(truth.get("review_date"))
    assert facts.year_group == truth["year_group"]
    assert not facts.year_conflict


def test_an_early_review_is_not_the_annual_review():
    facts = read_facts(_plan("Next review: An early review by 31 July 2026; annual review by 9 February 2027"))
    assert facts.review_date == date(2027, 2, 9)


def test_an_early_review_is_the_review_date_when_it_is_the_only_one():
    # a child under five is reviewed every three to six months
    facts = read_facts(_plan("Review: Early review by 31 July 2026 (six months, as Theo is in the early years)"))
    assert facts.review_date == date(2026, 7, 31)


def test_a_review_meeting_on_a_named_day_and_a_plan_finalised_date():
    facts = read_facts(_plan("Next review: phase-transfer review meeting on 24 February 2026",
                             "Plan finalised: 23 February 2026",
                             "Following the annual review held on 2 December 2025"))
    assert facts.review_date == date(2026, 2, 24) and facts.plan_date == date(2026, 2, 23)


def test_a_year_group_the_plan_explains_is_not_a_conflict():
    said = "Year group: Year 13. Callum has been taught one year below his age group since primary school."
    explained = read_facts(_plan("Date of birth: 21 October 2006", "Date of final plan: 2 March 2026", said))
    assert explained.stated_year == 13 and not explained.year_conflict
    typo = read_facts(_plan("Date of birth: 21 October 2006", "Date of final plan: 2 March 2026", "Year group: Year 13"))
    assert typo.year_conflict
