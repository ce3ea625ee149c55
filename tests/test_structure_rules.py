"""Structure rules (checks/structure.py): missing, merged, unsplit, duplicated and
out-of-order sections, missing dates, template leftovers, heading-only sections."""

from __future__ import annotations

import pytest

from ehcp_audit.examples import example_findings
from ehcp_audit.model import Severity

ALL_SECTIONS = """
Date of final plan: 14/03/2026
Next annual review by: 13/03/2027
Section A: Views, interests and aspirations
Section B: Special educational needs
Section C: Health needs
Section D: Social care needs
Section E: Outcomes
Section F: Special educational provision
Section G: Health provision
Section H1: Social care provision under section 2 CSDPA
Section H2: Other social care provision
Section I: Placement
Section J: Personal budget
Section K: Advice and information
"""


def fire(auditor, rule_id: str, text: str):
    return example_findings(auditor.registry.rules[rule_id], auditor.analyzer, text)


def test_every_statutory_section_present_is_clean(auditor):
    for rule_id in ("S001", "S002", "S003", "S004", "S005", "S007"):
        assert fire(auditor, rule_id, ALL_SECTIONS) == [], rule_id


def test_missing_section_named_with_its_title(auditor):
    findings = fire(auditor, "S001", ALL_SECTIONS.replace("Section J: Personal budget\n", ""))
    assert [(f.section, f.quote) for f in findings] == [("J", None)]
    assert "Personal budget" in findings[0].message


def test_merged_sections_reported_once_not_as_two_missing(auditor):
    text = ALL_SECTIONS.replace("Section C: Health needs\nSection D: Social care needs\n", "Sections C and D: Health and social care needs\n")
    assert fire(auditor, "S001", text) == []
    merged = fire(auditor, "S002", text)
    assert len(merged) == 1 and merged[0].severity == Severity.WARNING
    assert "C and D" in merged[0].message


def test_merging_an_appealable_section_is_an_error(auditor):
    text = ALL_SECTIONS.replace("Section E: Outcomes\nSection F: Special educational provision\n", "Sections E and F: Outcomes and provision\n")
    findings = fire(auditor, "S002", text)
    assert [f.severity for f in findings] == [Severity.ERROR]


def test_an_unlabelled_combined_title_counts_as_merged(auditor):
    text = ALL_SECTIONS.replace("Section C: Health needs\nSection D: Social care needs\n", "Health and social care needs\n")
    assert len(fire(auditor, "S002", text)) == 1


def _with_h(body: str, details: str = "") -> str:
    return ALL_SECTIONS.replace("Section H1: Social care provision under section 2 CSDPA\nSection H2: Other social care provision\n",
                                "Section H: Social care provision\n" + body).replace("Date of final plan", details + "Date of final plan")


def test_unsplit_h_is_an_error_for_a_child_when_services_are_listed_without_csdpa(auditor):
    text = _with_h("A support worker for 3 hours every Saturday.\n", "Date of birth: 19/06/2012\n")
    assert [f.severity for f in fire(auditor, "S003", text)] == [Severity.ERROR]


def test_unsplit_h_is_a_warning_when_the_csdpa_element_is_named(auditor):
    text = _with_h("A support worker for 3 hours every Saturday under section 2 of the CSDPA 1970.\n", "Date of birth: 19/06/2012\n")
    assert [f.severity for f in fire(auditor, "S003", text)] == [Severity.WARNING]


def test_unsplit_h_that_says_none_is_a_warning(auditor):
    assert [f.severity for f in fire(auditor, "S003", _with_h("None.\n", "Date of birth: 19/06/2012\n"))] == [Severity.WARNING]


def test_duplicate_and_out_of_order_sections(auditor):
    text = ALL_SECTIONS + "Section F: Finance summary\n"
    assert [f.section for f in fire(auditor, "S004", text)] == ["F"]
    moved = ALL_SECTIONS.replace("Section E: Outcomes\n", "").replace("Section A: Views, interests and aspirations\n",
                                                                        "Section A: Views, interests and aspirations\nSection E: Outcomes\n")
    assert [f.section for f in fire(auditor, "S005", moved)] == ["B"]


@pytest.mark.parametrize("drop, missing", [
    ("Date of final plan: 14/03/2026\n", "the date of the plan"),
    ("Next annual review by: 13/03/2027\n", "a review date"),
])
def test_missing_plan_or_review_date(auditor, drop, missing):
    findings = fire(auditor, "S007", ALL_SECTIONS.replace(drop, ""))
    assert len(findings) == 1 and missing in findings[0].message


@pytest.mark.parametrize("line", [
    "[insert frequency] sessions with the speech and language therapist.",
    "Click here to enter text.",
    "Date of review: dd/mm/yyyy",
    "Provision: XXX hours of support.",
])
def test_placeholders_are_found_wherever_they_are(auditor, line):
    findings = fire(auditor, "S009", ALL_SECTIONS + line + "\n")
    assert len(findings) == 1
    assert findings[0].section is None and findings[0].quote == line


@pytest.mark.parametrize("line", [
    "The insert in the folder explains the radio aid.",  # "insert" without a bracket
    "Sam loves the film Foxxxy.",  # "xxx" only inside another word
])
def test_words_that_only_look_like_placeholders(auditor, line):
    assert fire(auditor, "S009", ALL_SECTIONS + line + "\n") == []


def test_heading_only_sections_but_not_ones_that_say_none(auditor):
    text = ALL_SECTIONS.replace("Section H2: Other social care provision\n", "Section H2: Other social care provision\nNone.\n")
    flagged = {f.section for f in fire(auditor, "S014", text)}
    assert flagged == {"G", "H1", "J"}  # A–F, I and K have their own "empty" rules
