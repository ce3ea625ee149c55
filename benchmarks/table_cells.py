"""How many table cells of a Word plan come out of its PDF as one whole block.

    python benchmarks/table_cells.py                    # the sample plans
    python benchmarks/table_cells.py benchmarks/out/plan30.docx benchmarks/out/plan100.docx

Each DOCX is compared with the PDF of the same name beside it. A cell counts when it has
at least 40 characters and the PDF reader gives exactly that text as one block (cells
interleaved with their neighbours, as pdfplumber's extract_text gives them, do not count).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ehcp_audit.extract import load_document
from ehcp_audit.model import collapse

MIN_CELL_CHARS = 40


def intact_cells(docx: Path) -> tuple[int, int]:
    """(long cells in the DOCX, of those found whole in the PDF)."""
    cells = [collapse(b.text) for b in load_document(str(docx)).blocks if b.table is not None and len(b.text) >= MIN_CELL_CHARS]
    blocks = {collapse(b.text) for b in load_document(str(docx.with_suffix(".pdf"))).blocks}
    return len(cells), sum(cell in blocks for cell in cells)


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or sorted(Path(__file__).resolve().parents[1].joinpath("sample_plans").glob("*.docx"))
    total = whole = 0
    for docx in paths:
        cells, found = intact_cells(docx)
        total, whole = total + cells, whole + found
        print(f"{docx.name}: {found}/{cells}")
    print(f"all: {whole}/{total} long table cells whole in the PDF")


if __name__ == "__main__":
    main(sys.argv[1:])
