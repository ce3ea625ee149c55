"""The PDF reader's hardening: scanned, partly scanned, blank, garbled and oversized pages.

PDFs are built at test time with PDFium itself (pypdfium2's page-object API), so every
case is a real PDF read through the real reader.
"""

from __future__ import annotations

import ctypes
import string
from pathlib import Path

import pytest
from conftest import SAMPLES

from ehcp_audit.errors import AuditError
from ehcp_audit.extract import LoadOptions, load_document, precheck_pdf
from ehcp_audit.extract.garble import is_garbled

A4 = (595.0, 842.0)
PLAN_LINES = [
    "Section F: Special educational provision",
    "Alex will receive 1:1 support from a teaching assistant for 25 hours per week.",
    "Speech and language therapy: 6 sessions per term delivered by a qualified therapist.",
    "The school will review the plan each term with the parents and the child.",
]
PROSE = (
    "The views, interests and aspirations of the child and the family are set out here. "
    "She enjoys drawing and playing outside with her friends, and she wants to be a vet when she is older. "
    "Her parents would like her to have more support with reading and writing at school, and they want "
    "to be kept informed about her progress each term. "
) * 3


def build_pdf(path: Path, pages: list[dict]) -> str:
    """Each page: {"lines": [...], "image": (x0, y0, x1, y1), "rotate": 90, "turned": True,
    "landscape": True, "size": 11, "shapes": 80}."""
    import pypdfium2 as pdfium
    from pypdfium2 import raw

    doc = pdfium.PdfDocument.new()
    for spec in pages:
        width, height = (A4[1], A4[0]) if spec.get("landscape") else A4
        page = doc.new_page(width, height)
        y = height - 72
        for number, line in enumerate(spec.get("lines", ())):
            obj = raw.FPDFPageObj_NewTextObj(doc.raw, b"Helvetica", float(spec.get("size", 11)))
            data = (line + "\0").encode("utf-16-le")
            raw.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(data), ctypes.POINTER(raw.FPDF_WCHAR)))
            if spec.get("turned"):  # drawn running up the page, to read upright under /Rotate 90
                raw.FPDFPageObj_Transform(obj, 0, 1, -1, 0, 72 + 16 * number, 72)
            else:
                raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 72, y)
            raw.FPDFPage_InsertObject(page.raw, obj)
            y -= 16
        for k in range(spec.get("shapes", 0)):  # little filled shapes, as text turned into outlines
            shape = raw.FPDFPageObj_CreateNewPath(72 + (k % 40) * 10, 700 - (k // 40) * 14)
            raw.FPDFPath_LineTo(shape, 78 + (k % 40) * 10, 700 - (k // 40) * 14)
            raw.FPDFPath_LineTo(shape, 78 + (k % 40) * 10, 708 - (k // 40) * 14)
            raw.FPDFPath_Close(shape)
            raw.FPDFPath_SetDrawMode(shape, raw.FPDF_FILLMODE_WINDING, False)
            raw.FPDFPage_InsertObject(page.raw, shape)
        if "image" in spec:
            x0, y0, x1, y1 = spec["image"]
            bitmap = pdfium.PdfBitmap.new_native(32, 32, raw.FPDFBitmap_Gray)
            bitmap.fill_rect((200, 200, 200, 255), 0, 0, 32, 32)
            image = raw.FPDFPageObj_NewImageObj(doc.raw)
            raw.FPDFImageObj_SetBitmap(None, 0, image, bitmap.raw)
            raw.FPDFImageObj_SetMatrix(image, x1 - x0, 0, 0, y1 - y0, x0, y0)
            raw.FPDFPage_InsertObject(page.raw, image)
        if spec.get("rotate"):
            page.set_rotation(spec["rotate"])
        raw.FPDFPage_GenerateContent(page.raw)
        page.close()
    doc.save(str(path))
    doc.close()
    return str(path)


FULL_PAGE = (0, 0, *A4)


def shift(text: str, by: int = 1) -> str:
    """What a font with a ToUnicode map shifted by one gives: 'Section' -> 'Tfdujpo'."""
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[by:] + lower[:by] + upper[by:] + upper[:by])
    return text.translate(table)


# --- the garble detector on text -------------------------------------------------------

def test_shifted_text_is_garbled_and_the_original_is_not():
    assert not is_garbled(PROSE)
    assert is_garbled(shift(PROSE, 1))
    assert is_garbled(shift(PROSE, 2))


def test_real_text_of_uncommon_words_is_not_garbled():
    assert not is_garbled("Hello world " * 40)  # pdfminer issue 1113's page
    names = ("Parental views - Siobhan Brennan, 3 October 2025. School advice - Mrs A. Devlin, SENCO. "
             "Medical advice - Dr K. Oyelaran, Community Paediatrician. OT report, M. Sheridan. ") * 3
    assert not is_garbled(names)


def test_unmapped_glyphs_are_garbled():
    assert is_garbled("Section F " + "\ufffd" * 20 + " provision " * 5)
    assert is_garbled("(cid:12)(cid:40)(cid:7) " * 10 + "Section F")
    assert not is_garbled("\uf0b7 Weekly speech therapy \uf0b7 Daily reading support \uf0a7 ticked")  # Word bullets


def test_short_text_is_not_judged():
    assert not is_garbled(shift("Section F: provision"))


# --- whole pages ------------------------------------------------------------------------

def test_scanned_page_among_text_pages_is_reported_and_marks_the_plan_unread(tmp_path):
    path = build_pdf(tmp_path / "mixed.pdf", [{"lines": PLAN_LINES}, {"image": FULL_PAGE}, {"lines": PLAN_LINES[1:]}])
    document = load_document(path)
    assert document.unread_pages == (2,)
    notice = next(n for n in document.notices if n.code == "scanned_pages")
    assert notice.pages == (2,) and "page 2 of 3" in notice.message
    assert "Alex" not in notice.message  # notices never quote the plan


def test_scan_with_a_typed_page_number_is_still_a_scan(tmp_path):
    path = build_pdf(tmp_path / "scan.pdf", [{"lines": PLAN_LINES}, {"lines": ["Page 2"], "image": FULL_PAGE}])
    assert load_document(path).unread_pages == (2,)


def test_partly_scanned_page_is_reported(tmp_path):
    lines = [PROSE[i:i + 90] for i in range(0, 900, 90)]
    path = build_pdf(tmp_path / "part.pdf", [{"lines": PLAN_LINES + lines, "image": (72, 100, 520, 420)}])
    document = load_document(path)
    assert "partly_scanned" in {n.code for n in document.notices}
    assert document.unread_pages == (1,)
    assert "Section F: Special educational provision" in "\n".join(b.text for b in document.blocks)


def test_text_over_a_full_page_image_is_read_normally(tmp_path):
    """An OCR'd scan (text layer over the image) or a letterhead background is fine."""
    lines = [PROSE[i:i + 90] for i in range(0, 900, 90)]
    path = build_pdf(tmp_path / "ocrd.pdf", [{"lines": PLAN_LINES + lines, "image": FULL_PAGE}])
    document = load_document(path)
    assert document.unread_pages == () and document.notices == ()


def test_small_picture_on_a_text_page_is_fine(tmp_path):
    path = build_pdf(tmp_path / "photo.pdf", [{"lines": PLAN_LINES, "image": (400, 650, 520, 780)}])
    assert load_document(path).unread_pages == ()


def test_only_scanned_pages_fail_with_ocr_advice(tmp_path):
    path = build_pdf(tmp_path / "scan.pdf", [{"image": FULL_PAGE}, {"image": FULL_PAGE}])
    with pytest.raises(AuditError) as failed:
        load_document(path)
    assert failed.value.code == "no_text_layer"


def test_blank_pages_are_not_unread_but_an_all_blank_file_has_no_text(tmp_path):
    path = build_pdf(tmp_path / "blank-inside.pdf", [{"lines": PLAN_LINES}, {}, {"lines": PLAN_LINES[:2]}])
    assert load_document(path).unread_pages == ()
    with pytest.raises(AuditError) as failed:
        load_document(build_pdf(tmp_path / "blank.pdf", [{}, {}]))
    assert failed.value.code == "no_text"


def test_page_of_shapes_without_text_is_reported_as_outlined(tmp_path):
    document = load_document(build_pdf(tmp_path / "outlined.pdf", [{"lines": PLAN_LINES}, {"shapes": 120}]))
    assert document.unread_pages == (2,)
    assert "outlined_text" in {n.code for n in document.notices}
    with pytest.raises(AuditError) as failed:
        load_document(build_pdf(tmp_path / "all-outlined.pdf", [{"shapes": 120}]))
    assert failed.value.code == "no_text_layer"


def test_garbled_page_is_left_out_and_reported(tmp_path):
    good = {"lines": PLAN_LINES}
    bad = {"lines": [shift(PROSE[i:i + 90]) for i in range(0, 900, 90)]}
    document = load_document(build_pdf(tmp_path / "garbled.pdf", [good, bad]))
    assert document.unread_pages == (2,)
    assert "garbled_text" in {n.code for n in document.notices}
    assert all(b.page == 1 for b in document.blocks)  # no nonsense text reaches the checks
    with pytest.raises(AuditError) as failed:
        load_document(build_pdf(tmp_path / "all-garbled.pdf", [bad]))
    assert failed.value.code == "garbled_text"


def test_rotated_page_reads_in_order(tmp_path):
    document = load_document(build_pdf(tmp_path / "rot.pdf", [{"lines": PLAN_LINES, "rotate": 90}]))
    texts = [b.text for b in document.blocks]
    assert texts[0] == "Section F: Special educational provision"
    assert any(t.startswith("Alex will receive 1:1 support") for t in texts)


def test_turned_text_on_a_rotated_page_reads_like_a_landscape_page(tmp_path):
    """Landscape pages printed as portrait + /Rotate 90 with the text turned to match
    must give the same blocks (text, order, geometry-based grouping) as the same page
    drawn landscape."""
    lines = PLAN_LINES[:1] + [PROSE[i:i + 145] for i in range(0, 580, 145)]
    turned = load_document(build_pdf(tmp_path / "turned.pdf", [{"lines": lines, "rotate": 90, "turned": True}]))
    flat = load_document(build_pdf(tmp_path / "flat.pdf", [{"lines": lines, "landscape": True}]))
    assert [b.text for b in turned.blocks] == [b.text for b in flat.blocks]
    assert turned.blocks[0].text == "Section F: Special educational provision" and len(turned.blocks) == 2


def test_glyph_bomb_page_is_refused(tmp_path):
    path = build_pdf(tmp_path / "glyphs.pdf", [{"lines": ["x " * 10_000] * 6, "size": 1}])  # 120k characters
    with pytest.raises(AuditError) as failed:
        load_document(path)
    assert failed.value.code == "too_much_text"


def test_page_cap_is_checked_before_reading(tmp_path):
    path = build_pdf(tmp_path / "pages.pdf", [{"lines": PLAN_LINES}] * 4)
    with pytest.raises(AuditError) as failed:
        load_document(path, LoadOptions(max_pages=3))
    assert failed.value.code == "too_many_pages"
    assert load_document(path, LoadOptions(max_pages=4)).pages == 4


@pytest.mark.parametrize("filters, refused", [
    (b"/Filter /FlateDecode", False),
    (b"/Filter [/FlateDecode]", False),
    (b"/Filter [/ASCII85Decode /FlateDecode]", False),
    (b"/Filter [/FlateDecode /FlateDecode]", True),
    (b"/Filter [ /Fl /ASCIIHexDecode /Fl ]", True),
])
def test_stacked_flate_precheck(tmp_path, filters, refused):
    path = tmp_path / "f.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Length 3 " + filters + b" >>\nstream\nabc\nendstream endobj\n%%EOF")
    if refused:
        with pytest.raises(AuditError) as failed:
            precheck_pdf(str(path))
        assert failed.value.code == "too_large"
    else:
        precheck_pdf(str(path))


def test_sample_plans_have_no_false_alarms():
    """No page of a real (sample) plan may be called scanned, garbled or damaged."""
    paths = sorted(SAMPLES.glob("*.pdf"))
    if not paths:
        pytest.skip("no sample plans")
    for path in paths:
        document = load_document(str(path))
        assert document.unread_pages == (), path.name
        assert document.notices == (), (path.name, document.notices)


def test_extraction_is_deterministic(tmp_path):
    path = build_pdf(tmp_path / "d.pdf", [{"lines": PLAN_LINES}, {"image": FULL_PAGE}])
    assert load_document(path) == load_document(path)


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,  # an image saved as .pdf
    b"<!DOCTYPE html><html><body>Plan</body></html>",  # a web page saved as .pdf
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,  # an old Word file named .pdf
])
def test_other_files_named_pdf_get_a_clear_code(tmp_path, content):
    path = tmp_path / "plan.pdf"
    path.write_bytes(content)
    with pytest.raises(AuditError) as failed:
        load_document(str(path))
    assert failed.value.code in ("unsupported_format", "legacy_doc")


def test_unreadable_file_is_reported_not_raised(tmp_path, monkeypatch, auditor):
    """CI runs as root, which ignores mode 000, so the refusal is simulated."""
    from ehcp_audit import extract

    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4\n")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(extract, "open", refuse, raising=False)
    result = auditor.audit_file(str(path))
    assert result.status == "failed" and result.error.code == "unreadable"


def test_a_sentence_ending_short_of_a_cell_edge_ends_its_paragraph():
    from ehcp_audit.extract.pdf import Line, _paragraph_break

    def line(text, x1):
        return Line(text, 1, 100.0, x1, 0.0, 10.0, 10.0, False)

    right = 300.0
    # room for "A" and more after "book.": the writer started a new paragraph
    assert _paragraph_break(line("with signs and his book.", 210.0), line("A social group run by a TA.", 230.0), right)
    # the line ran to the edge: the next sentence simply wrapped
    assert not _paragraph_break(line("with signs and his communication book.", 296.0), line("Sessions are weekly.", 200.0), right)
    # not the end of a sentence, or no known cell edge
    assert not _paragraph_break(line("with signs and his", 210.0), line("Book of symbols.", 200.0), right)
    assert not _paragraph_break(line("with signs and his book.", 210.0), line("A social group.", 200.0), None)


def test_a_note_in_smaller_print_under_a_cell_is_not_part_of_it():
    from ehcp_audit.extract.pdf import Line, RawBlock, _continues_cell

    def block(text, x0, top, size):
        return RawBlock([Line(text, 1, x0, x0 + 200, top, top + size, size, False)])

    number, cell = block("1.3", 50.0, 100.0, 11.0), block("Communication in lessons. Staff will use visual supports.", 90.0, 100.0, 11.0)
    row = [number, cell]
    more_of_it = block("and check Kai has understood.", 90.0, 114.0, 11.0)
    note = block("Links: B communication and interaction; Outcome 1", 90.0, 114.0, 8.5)
    assert _continues_cell(cell, row, more_of_it, [100.0, 140.0])
    assert not _continues_cell(cell, row, note, [100.0, 140.0])
