"""The section splitter: heading variants, traps, and every sample plan against its labels."""

from __future__ import annotations

import pytest
import yaml

from conftest import SAMPLES
from ehcp_audit.extract import load_document
from ehcp_audit.model import Block, BlockKind, Document, TablePos
from ehcp_audit.split import match_heading, split

P, H, L = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        ("Section F: Special educational provision", P, "F"),
        ("SECTION F – SPECIAL EDUCATIONAL PROVISION", P, "F"),
        ("Section F", P, "F"),
        ("Section F  \u00b7  Special educational provision", P, "F"),  # a middle dot between letter and title
        ("Section F.", P, "F"),
        ("F. Special educational provision", P, "F"),
        ("F) Special educational provision", P, "F"),
        ("(F) Special educational provision", P, "F"),
        ("Part F", P, "F"),
        ("PART F - Provision", P, "F"),
        ("Special educational provision", H, "F"),
        ("My health needs", H, "C"),
        ("A. My views, interests and aspirations", H, "A"),
        ("J. My personal budget", P, "J"),
        ("I. Where I will study", H, "I"),
        ("Section H1: Any social care provision which must be made for a child or young person under 18 "
         "resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970", P, "H1"),
        ("Section H2 – Any other social care provision reasonably required", P, "H2"),
        ("H2 Other social care provision", P, "H2"),
        ("Section H (1)", P, "H1"),
        ("Section H: Social care provision", P, "H"),
        ("Sections H1 and H2: Social care provision", P, "H"),
        ("Section H1/H2", P, "H"),
        ("Section K – Advice and information gathered during the EHC needs assessment", P, "K"),
        ("6. Section F: Special educational provision", H, "F"),  # numbered headings
        ("12) Part K – Advice", P, "K"),
        ("Special educational provision (Section F)", H, "F"),  # the letter after the title
        ("Outcomes (Section E)", P, "E"),
        ("Placement [Part I]", H, "I"),
    ],
)
def test_heading_variants_are_recognised(text, kind, expected):
    match = match_heading(Block(text, kind))
    assert match is not None and match.section == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("as set out in Section F", P),  # cross-reference in running text
        ("The provision in Section F will be reviewed termly.", P),
        ("Section F sets out the provision Jo needs.", P),  # a sentence, not a heading
        ("Section F: Special educational provision ........ 9", P),  # contents entry
        ("Section F\t9", P),
        ("Special educational provision", P),  # a bare title in body text
        ("I will need help with reading.", P),  # the pronoun I, not Section I
        ("a) reading with a familiar adult", L),
        ("Fred enjoys trains.", P),
        ("Band B2 funding applies.", P),
        ("K is a quiet child", P),
        ("The provision is described above (see Section F)", P),  # a sentence ending in a pointer
        ("6. The school will follow the advice in section F", P),
    ],
)
def test_traps_are_not_headings(text, kind):
    assert match_heading(Block(text, kind)) is None


def test_heading_in_a_table_cell_starts_a_section():
    blocks = (
        Block("Section E", P),
        Block("Outcomes go here.", P),
        Block("Section F", BlockKind.TABLE_CELL, table=TablePos(0, 0, 0)),
        Block("Jo will have two 30-minute sessions each week.", BlockKind.TABLE_CELL, table=TablePos(0, 0, 1)),
    )
    plan = split(Document("docx", blocks))
    assert [s.id for s in plan.sections] == ["E", "F"]
    assert plan.blocks(plan.section("F"))[0].text.startswith("Jo will have")


def test_contents_page_is_skipped_and_real_headings_found():
    toc = [Block(f"Section {s}: Title ........ {i + 2}", P) for i, s in enumerate("ABCDEFGIJK")]
    body = [Block("Contents", H), *toc, Block("Section A: Views, interests and aspirations", P), Block("Jo likes music.", P),
            Block("Section F: Special educational provision", P), Block("Jo will have speech therapy weekly.", P)]
    plan = split(Document("docx", tuple(body)))
    assert [s.id for s in plan.sections] == ["A", "F"]
    assert plan.sections[0].start == len(toc) + 1


def test_a_label_a_pdf_cut_from_the_end_of_a_sentence_is_not_a_heading():
    blocks = (Block("Section A: Views", BlockKind.HEADING),
              Block("The plan was amended to add the cognitive behavioural therapy in", BlockKind.PARAGRAPH),
              Block("Section F.", BlockKind.PARAGRAPH),
              Block("Section B: Needs", BlockKind.HEADING),
              Block("Section F.", BlockKind.PARAGRAPH),
              Block("Weekly therapy.", BlockKind.PARAGRAPH))
    assert [s.id for s in split(Document("pdf", blocks)).sections] == ["A", "B", "F"]


def test_duplicate_and_out_of_order_sections_are_reported():
    blocks = tuple(Block(t, P) for t in [
        "Section B: Special educational needs", "Needs.",
        "Section A: Views", "Views.",
        "Section F: Provision", "Provision.",
        "Section F: Provision", "More provision.",
    ])
    plan = split(Document("docx", blocks))
    kinds = {(p.kind, p.section) for p in plan.problems}
    assert ("out_of_order", "A") in kinds
    assert ("duplicate", "F") in kinds


def test_h_wrapper_with_h1_and_h2_subheadings_is_dropped():
    blocks = tuple(Block(t, P) for t in [
        "Section H: Social care provision", "Section H1: Social care provision under section 2 CSDPA",
        "None.", "Section H2: Other social care provision", "Short breaks."])
    plan = split(Document("docx", blocks))
    assert [s.id for s in plan.sections] == ["H1", "H2"]


def _labelled_plans():
    return sorted(SAMPLES.glob("*.labels.yaml"))


@pytest.mark.parametrize("labels_path", _labelled_plans(), ids=lambda p: p.name.split(".")[0])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_sample_plan_sections_and_start_pages(labels_path, fmt):
    labels = yaml.safe_load(labels_path.read_text("utf-8"))
    plan = split(load_document(str(SAMPLES / f"{labels['plan']}.{fmt}")))
    expected = [s["id"] for s in labels["sections"]]
    assert [s.id for s in plan.sections] == expected
    if fmt == "pdf":
        assert [s.page_start for s in plan.sections] == [s["page"] for s in labels["sections"]]
    else:
        assert all(s.page_start is None for s in plan.sections)


def test_a_table_column_naming_an_earlier_section_is_not_a_heading():
    # F's table has a column "Area of need (Section B)": a pointer back to B, not B again
    blocks = [Block("Section B: Special educational needs", BlockKind.HEADING),
              Block("Zara has a permanent hearing loss.", BlockKind.PARAGRAPH),
              Block("Section F: Special educational provision", BlockKind.HEADING)]
    header = ["Area of need (Section B)", "Provision", "Staffing and expertise", "How much and how often"]
    blocks += [Block(text, BlockKind.TABLE_CELL, table=TablePos(0, 0, col)) for col, text in enumerate(header)]
    plan = split(Document("docx", tuple(blocks)))
    assert [s.id for s in plan.sections] == ["B", "F"]
    assert not plan.problems


@pytest.mark.parametrize("line", ["E-mail: danielle@example.org", "A-level choices: biology and art"])
def test_a_letter_joined_to_a_word_by_a_hyphen_is_not_a_section_label(line):
    assert match_heading(Block(line, BlockKind.HEADING)) is None


def test_a_title_in_brackets_after_the_label_is_a_heading():
    match = match_heading(Block("Section F (Special educational provision)", BlockKind.HEADING))
    assert match is not None and match.section == "F" and match.title == "Special educational provision"
    assert match_heading(Block("Section B (see the EP report) sets out her needs.", BlockKind.PARAGRAPH)) is None


def test_a_bare_letter_and_own_title_is_a_heading_only_as_the_next_section():
    blocks = [Block("H2 My other social care provision", BlockKind.HEADING), Block("None.", BlockKind.PARAGRAPH),
              Block("I My college", BlockKind.HEADING), Block("Birchfield College.", BlockKind.PARAGRAPH)]
    assert [s.id for s in split(Document("docx", tuple(blocks))).sections] == ["H2", "I"]
    # in Section A, "I Like Music" is the child's own heading, not Section I
    child = [Block("Section A: About me", BlockKind.HEADING), Block("I Like Music", BlockKind.HEADING)]
    assert [s.id for s in split(Document("docx", tuple(child))).sections] == ["A"]


def test_a_section_letter_in_a_cell_of_its_own_takes_the_title_beside_it():
    # a PDF reads "A<tab>Views, interests and aspirations" as a row of two cells
    blocks = (Block("A", BlockKind.TABLE_CELL, table=TablePos(0, 0, 0)),
              Block("Views, interests and aspirations", BlockKind.TABLE_CELL, table=TablePos(0, 0, 1)),
              Block("Freya likes art.", BlockKind.PARAGRAPH))
    assert [s.id for s in split(Document("pdf", blocks)).sections] == ["A"]


def test_a_numbered_heading_read_as_a_list_item_keeps_its_trailing_label():
    # a PDF reads Word's numbered heading "6. Special educational provision (Section F)" as a list item
    assert match_heading(Block("6. Special educational provision (Section F)", BlockKind.LIST_ITEM)).section == "F"
    assert match_heading(Block("6. Speech therapy is described in the report (Section F)", BlockKind.LIST_ITEM)) is None
