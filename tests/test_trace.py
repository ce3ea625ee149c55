"""The need → outcome → provision table (ehcp_audit/trace.py), its place in the JSON
report (schema) and its terminal view."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from conftest import SAMPLES
from ehcp_audit.examples import example_plan
from ehcp_audit.items import plan_items
from ehcp_audit.trace import build_trace, heading_areas, is_negated_need, need_areas, need_keys, outcome_items

PLAN = """
Section B: Special educational needs
Communication and interaction
Sam has a language disorder; he struggles to follow spoken instructions and to find words.
Social, emotional and mental health
Sam becomes anxious at transitions.
Sensory and/or physical
Sam has no sensory processing needs.
Section E: Outcomes
- By July 2027, Sam will follow a three-step spoken instruction without a visual prompt.
- By July 2027, Sam will travel to school by bus on his own.
Short-term targets are set by the school each term.
Section F: Special educational provision
Communication and interaction
- Two 30-minute sessions of speech and language therapy each week with an HCPC-registered therapist.
- Numicon number work, 1:1 for 15 minutes three times a week with a trained teaching assistant.
"""


def _items(analyzer, text):
    return plan_items(example_plan(text, None), analyzer)


def _row(table, area, need):
    return next(r for r in table.rows if (r.area, r.need) == (area, need))


def test_vocabulary_has_the_codes_four_areas_and_every_need_has_words():
    areas = {a.id: a for a in need_areas()}
    assert {"communication", "cognition", "semh", "sensory_physical"} <= set(areas)
    for area in areas.values():
        assert area.needs and area.headings
        for need in area.needs:
            assert need.terms is not None and need.provision is not None, need.id


@pytest.mark.parametrize("heading, areas", [
    ("Communication and interaction", {"communication"}),
    ("Social, emotional and mental health", {"semh"}),
    ("Wellbeing and physical development", {"semh", "sensory_physical"}),
    ("Provision to prepare for adulthood", {"independence"}),
    ("Funding", set()),
    (None, set()),
])
def test_sub_headings_name_areas(heading, areas):
    assert heading_areas(heading) == areas


def test_need_words_and_provision_words():
    assert ("semh", "anxiety") in need_keys("She becomes anxious in crowded corridors.")
    assert ("cognition", "reading") in need_keys("He reads at a Year 1 level.")
    # A programme's name places provision, but does not describe a need.
    assert ("cognition", "maths") not in need_keys("Numicon sessions")
    assert ("cognition", "maths") in need_keys("Numicon sessions", as_provision=True)
    # Whole words only: "pe" is not found inside "speech".
    assert ("sensory_physical", "gross_motor") not in need_keys("speech")


@pytest.mark.parametrize("text, negated", [
    ("He has no sensory processing needs that have been identified.", True),
    ("No physical needs have been identified.", True),
    ("There are no physical needs.", True),
    ("Nathan does not yet travel independently.", False),
    ("Ruby cannot yet blend sounds.", False),
])
def test_negated_need_statements(text, negated):
    assert is_negated_need(text) is negated


def test_outcome_items_leave_out_the_lines_about_outcomes(analyzer):
    found = [i.text for i in outcome_items(_items(analyzer, PLAN))]
    assert len(found) == 2
    assert not any("Short-term targets" in t for t in found)


def test_prose_outcomes_are_found_when_there_is_no_list(analyzer):
    text = "Section E: Outcomes\nThe outcomes below are to be achieved by July 2028.\nBy July 2027, Sam will read a Year 3 book aloud.\n"
    assert [i.text for i in outcome_items(_items(analyzer, text))] == ["By July 2027, Sam will read a Year 3 book aloud."]


def test_table_places_needs_outcomes_and_provision(analyzer):
    table = build_trace(_items(analyzer, PLAN))
    speech = _row(table, "communication", "speech_language")
    assert speech.needs and speech.outcomes and speech.provision
    assert speech.gaps == []
    anxiety = _row(table, "semh", "anxiety")
    assert anxiety.needs and not anxiety.provision
    assert "need_without_provision" in anxiety.gaps
    # The negated sensory sentence is not a need.
    assert not any(r.area == "sensory_physical" and r.needs for r in table.rows)
    # Provision with no need in B is shown as such.
    assert "provision_without_need" in _row(table, "cognition", "maths").gaps
    travel = _row(table, "independence", "travel")
    assert travel.outcomes and {"outcome_without_provision", "outcome_without_need"} <= set(travel.gaps)


def test_provision_table_columns_link_rows_to_numbered_outcomes(analyzer):
    text = """
Section E: Outcomes
| No. | Outcome | By when |
| E1 | Imogen will take part in a group discussion, taking three turns. | July 2027 |
Section F: Special educational provision
| Need | Outcome | Provision | Frequency |
| Getting on with others | E1 | Lunchtime club run by the learning mentor | Three times a week |
"""
    table = build_trace(_items(analyzer, text))
    linked = [r for r in table.rows if any(e.ref == "E1" for e in r.outcomes)]
    assert linked and all(r.provision for r in linked)


def test_table_serialises_to_the_report_schema(analyzer):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("ehcp_audit").joinpath("data/report.schema.json").read_text("utf-8"))
    data = build_trace(_items(analyzer, PLAN)).to_dict()
    jsonschema.validate(data, {"$defs": schema["$defs"], "$ref": "#/$defs/traceability"})
    needs = [e for r in data["rows"] for e in r["needs"]]
    assert needs and all(e["section"] == "B" for e in needs)
    assert all(e["section"] == "F" for r in data["rows"] for e in r["provision"])


def test_audit_adds_the_table_and_the_report_validates(auditor):
    jsonschema = pytest.importorskip("jsonschema")
    from ehcp_audit.report.json_report import report_dict

    result = auditor.audit_file(str(SAMPLES / "riverside_year4.docx"))
    table = result.extras["traceability"]
    areas_with_needs = {r["area"] for r in table["rows"] if r["needs"]}
    assert {"communication", "cognition", "semh", "sensory_physical"} <= areas_with_needs
    # Every area of need in this plan has some provision (no X101 gap at area level).
    for area in areas_with_needs:
        assert any(r["provision"] for r in table["rows"] if r["area"] == area), area
    reading = next(r for r in table["rows"] if r["need"] == "reading")
    assert any("Read Write Inc" in e["quote"] for e in reading["provision"])
    schema = json.loads(resources.files("ehcp_audit").joinpath("data/report.schema.json").read_text("utf-8"))
    jsonschema.validate(report_dict([result]), schema)


def test_terminal_report_shows_the_table(auditor):
    from ehcp_audit.report.terminal import render

    result = auditor.audit_plan(example_plan(PLAN, None))
    text = render([result], width=160)
    assert "Need → outcome → provision" in text
    assert "Anxiety" in text and "no provision" in text


def test_terminal_view_is_silent_without_a_table(auditor):
    from rich.console import Console

    from ehcp_audit.report.trace_view import render_trace

    result = auditor.audit_plan(example_plan(PLAN, None))
    result.extras.pop("traceability")
    console = Console(record=True, width=120)
    render_trace(console, result)
    assert console.export_text() == ""


def test_body_sentences_a_reader_took_for_headings_still_count(analyzer):
    """Some PDFs style body text as headings; a whole sentence under B is still a need."""
    from ehcp_audit.model import Block, BlockKind, Document
    from ehcp_audit.split import split
    from ehcp_audit.trace import trace_for_plan

    H, P = BlockKind.HEADING, BlockKind.PARAGRAPH
    plan = split(Document("pdf", (
        Block("Section B: Special educational needs", H, 1),
        Block("Sensory and/or physical", H, 1),
        Block("Imogen is very sensitive to noise and to crowded spaces.", H, 1),
        Block("Section F: Special educational provision", H, 1),
        Block("Ear defenders for Imogen's own use in every noisy lesson, checked daily by her LSA.", P, 1),
    ), 1))
    table = trace_for_plan(plan, analyzer)
    sensory = [r for r in table.rows if r.area == "sensory_physical"]
    assert any(e.quote.startswith("Imogen is very sensitive") for r in sensory for e in r.needs)
    assert not any("provision_without_need" in r.gaps for r in sensory)
