"""Cross-section rules (checks/cross.py): need ↔ provision ↔ outcome, therapy outside F,
health and care needs without provision, provision outside F, personal budget consistency."""

from __future__ import annotations

import pytest

from ehcp_audit.examples import example_findings
from ehcp_audit.model import Severity

PHONICS = "Read Write Inc phonics, 30 minutes daily in a group of four, taught by a trained teacher."


def fire(auditor, rule_id: str, text: str):
    return example_findings(auditor.registry.rules[rule_id], auditor.analyzer, text)


NEEDS = """
Section B: Special educational needs
Social, emotional and mental health
Sara becomes very anxious at transitions.
Cognition and learning
Sara reads at a Year 1 level.
Sensory and/or physical
Sara has no sensory processing needs.
Section F: Special educational provision
{provision}
"""


def test_area_of_need_without_provision(auditor):
    findings = fire(auditor, "X101", NEEDS.format(provision=PHONICS))
    assert [(f.section, f.quote, f.severity) for f in findings] == [
        ("B", "Sara becomes very anxious at transitions.", Severity.ERROR)]
    assert "Social, emotional and mental health" in findings[0].message


def test_need_met_by_provision_found_through_its_words_not_its_heading(auditor):
    # Provision listed under another heading still meets the need if it names it.
    provision = PHONICS + "\nA named key adult meets Sara at 8:40 each day to go through a visual timetable and calm her anxiety."
    assert fire(auditor, "X101", NEEDS.format(provision=provision)) == []


def test_negated_need_is_not_a_need(auditor):
    # "no sensory processing needs" must not raise X101 for sensory / physical.
    provision = PHONICS + "\nA daily check-in with a key adult to reduce Sara's anxiety."
    assert fire(auditor, "X101", NEEDS.format(provision=provision)) == []


def test_provision_for_an_area_b_never_mentions(auditor):
    text = NEEDS.format(provision=PHONICS + "\nIndependent travel training on the bus route to school, two 60-minute sessions per week.")
    findings = fire(auditor, "X104", text)
    assert [f.quote[:30] for f in findings] == ["Independent travel training on"]


def test_a_sub_heading_alone_does_not_make_provision_answer_an_undescribed_need(auditor):
    # "Physical development" in F with nothing in B: the item naming its need is reported,
    # the one that names none ("an adult stays near her") is not, whatever its heading says
    provision = PHONICS + "\nPhysical development\nAn adult will stay near Sara during free play.\nA daily 20-minute balance and climbing programme with a TA trained by the physiotherapist."
    text = NEEDS.replace("Sara has no sensory processing needs.\n", "").replace("Sensory and/or physical\n", "")
    quotes = [f.quote[:25] for f in fire(auditor, "X104", text.format(provision=provision))]
    assert quotes == ["A daily 20-minute balance"]


def test_pre_teaching_subject_words_serves_a_learning_need(auditor):
    # the plan's B describes reading (cognition and learning), not language: pre-teaching
    # science words is still provision for the needs it describes
    text = NEEDS.format(provision=PHONICS + "\nPre-teaching of key vocabulary for GCSE science, 20 minutes weekly with a TA trained in Precision Teaching.")
    assert fire(auditor, "X104", text) == []


def test_drawing_and_talking_serves_an_emotional_need(auditor):
    text = NEEDS.format(provision=PHONICS + "\nDrawing and Talking: a 50-minute session every Thursday with the ELSA (trained in Drawing and Talking).\nA daily check-in with a key adult about Sara's worries.")
    assert fire(auditor, "X104", text) == []


def test_exam_access_arrangements_are_not_matched_to_one_area(auditor):
    # rest breaks in exams serve anxiety as much as fatigue: not "provision without need"
    text = NEEDS.format(provision=PHONICS + "\nSupervised rest breaks in exams, with 25% extra time.")
    assert fire(auditor, "X104", text) == []


def test_outcome_without_provision_unless_a_table_row_points_to_it(auditor):
    text = """
Section E: Outcomes
| No. | Outcome | By when |
| E1 | Kai will travel by bus from home to school on his own. | July 2027 |
| E2 | Kai will read a Year 3 book aloud with 90% accuracy. | July 2027 |
Section F: Special educational provision
| Need | Outcome | Provision | Frequency |
| Reading | E2 | Read Write Inc phonics in a group of four with a trained teacher | 30 minutes daily |
"""
    assert [f.quote for f in fire(auditor, "X105", text)] == ["Kai will travel by bus from home to school on his own."]
    linked = text.replace("| Reading | E2 |", "| Reading and getting about | E1, E2 |")
    assert fire(auditor, "X105", linked) == []


@pytest.mark.parametrize("year, fires", [("Year 8", False), ("Year 9", True), ("Year 13", True)])
def test_pfa_provision_from_year_9(auditor, year, fires):
    text = f"Year group: {year}\nSection F: Special educational provision\n{PHONICS}\nSection G: Health provision\nNone.\n"
    assert bool(fire(auditor, "X102", text)) is fires
    with_pfa = text.replace("Section G:", "Careers guidance with a qualified careers adviser, 45 minutes each term.\nSection G:")
    assert fire(auditor, "X102", with_pfa) == []


@pytest.mark.parametrize("therapy, severity", [
    ("A block of six speech and language therapy sessions to develop her speech sounds.", Severity.ERROR),
    ("Occupational therapy, six weekly sessions to teach her to use cutlery.", Severity.WARNING),
])
def test_therapy_that_teaches_outside_f(auditor, therapy, severity):
    text = f"Section F: Special educational provision\n{PHONICS}\nSection G: Health provision\n{therapy}\n"
    assert [f.severity for f in fire(auditor, "X103", text)] == [severity]


def test_therapy_outside_f_is_fine_when_f_specifies_it_too(auditor):
    text = ("Section F: Special educational provision\nOne 30-minute session of speech and language therapy each week.\n"
            "Section G: Health provision\nA block of six speech and language therapy sessions to develop her speech sounds.\n")
    assert fire(auditor, "X103", text) == []


def test_health_treatment_in_g_is_not_therapy_that_teaches(auditor):
    text = f"Section F: Special educational provision\n{PHONICS}\nSection G: Health provision\nAudiology review every six months.\n"
    assert fire(auditor, "X103", text) == []


@pytest.mark.parametrize("g_body, fires", [("", True), ("None required: the paediatrician reviews her yearly.\n", False)])
def test_health_needs_and_a_blank_g(auditor, g_body, fires):
    text = ("Section C: Health needs\nAmy has type 1 diabetes and needs her blood glucose checked before lunch.\n"
            f"Section G: Health provision\n{g_body}Section H1: Social care provision under section 2 CSDPA\nNone.\n")
    assert bool(fire(auditor, "X106", text)) is fires


def test_health_section_that_says_none_raises_nothing(auditor):
    text = "Section C: Health needs\nNo health needs were identified.\nSection G: Health provision\nSection H1: Social care provision\n"
    assert fire(auditor, "X106", text) == []


def test_care_needs_and_blank_h_sections(auditor):
    text = ("Section D: Social care needs\nLucy needs support to join clubs outside school.\n"
            "Section H1: Social care provision under section 2 CSDPA\nSection H2: Other social care provision\n{h2}Section I: Placement\n")
    assert fire(auditor, "X107", text.format(h2=""))
    assert not fire(auditor, "X107", text.format(h2="None.\n"))


def test_provision_written_outside_f(auditor):
    text = ("Section B: Special educational needs\nShe needs speech and language therapy for 30 minutes every week.\n"
            f"Section F: Special educational provision\n{PHONICS}\n")
    assert [f.severity for f in fire(auditor, "X109", text)] == [Severity.ERROR]
    unquantified = text.replace(" for 30 minutes every week", "")
    assert fire(auditor, "X109", unquantified) == []


def test_direct_payment_in_f_needs_section_j(auditor):
    text = ("Section F: Special educational provision\nMusic therapy, 45 minutes weekly, funded by a direct payment of £1,800 a year.\n"
            "Section J: Personal budget\n{j}\n")
    assert fire(auditor, "X110", text.format(j="Not applicable."))
    assert not fire(auditor, "X110", text.format(j="A direct payment of £1,800 a year pays for the music therapy in Section F."))
