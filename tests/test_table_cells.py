"""Table cells survive PDF export: each long cell of the Word plan is one block of the PDF
(not interleaved with its neighbours), and provision-table rows keep their columns."""

from __future__ import annotations

from conftest import SAMPLES
from ehcp_audit.extract import load_document

def test_long_table_cells_come_out_whole_from_the_pdfs():
    import sys

    sys.path.insert(0, str(SAMPLES.parent / "benchmarks"))
    from table_cells import intact_cells

    counts = [intact_cells(docx) for docx in sorted(SAMPLES.glob("*.docx"))]
    total, intact = sum(c for c, _ in counts), sum(f for _, f in counts)
    assert total >= 50
    assert intact / total >= 0.95, f"{intact}/{total} cells intact"


def test_a_provision_row_split_by_a_page_break_is_one_row_again():
    blocks = load_document(str(SAMPLES / "northmoor_year7.pdf")).blocks
    row = [b for b in blocks if b.table is not None and "therapy targeting inference" in b.text]
    assert len(row) == 1 and row[0].text.startswith("Direct 1:1 speech and language therapy")
    cells = [b for b in blocks if b.table is not None and (b.table.table, b.table.row) == (row[0].table.table, row[0].table.row)]
    assert [c.text for c in cells][-2:] == ["Weekly", "NHS speech and language therapist"]


def test_a_who_cell_merged_down_a_group_holds_for_every_row_of_it(auditor):
    """quenby_year3 gives each deliverer once, in a first-column cell merged down over its
    group of provisions; the group runs over a page break in the PDF."""
    from ehcp_audit.audit import LoadOptions, split
    from ehcp_audit.items import plan_items

    for fmt in ("docx", "pdf"):
        plan = split(load_document(str(SAMPLES / f"quenby_year3.{fmt}"), LoadOptions()))
        items = {i.text[:25]: i for i in plan_items(plan, auditor.analyzer, {"F"})}
        aided, group = items["Aided language modelling "], items["A turn-taking and convers"]
        assert aided.column("who").startswith("Two named teaching assistants"), fmt
        assert group.column("who") == aided.column("who"), fmt
        assert items["Rosa's physiotherapy prog"].column("provision").endswith("for assembly"), fmt  # not joined to the rows after it
