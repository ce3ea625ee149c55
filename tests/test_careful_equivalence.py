"""The fast PDF reader (PDFium) loses nothing against the careful one (pdfplumber).

Every sample plan PDF is read both ways. The two readers share no text-extraction code
(PDFium is C++, pdfminer.six is pure Python) but feed the same block builder, so any
text the fast path drops, reorders or mangles shows up here as a different block or a
different finding. If this fails after a change to either reader, make both agree again
rather than loosening the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ehcp_audit.errors import AuditError
from ehcp_audit.extract import LoadOptions, load_document
from ehcp_audit.split import split

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDFS = sorted((ROOT / "sample_plans").glob("*.pdf"))
CAREFUL = LoadOptions(careful=True)


def _findings(auditor, document) -> list[dict]:
    return [f.to_dict() for f in auditor.audit_plan(split(document)).findings]


def test_there_are_sample_plans_to_compare():
    assert len(SAMPLE_PDFS) >= 5


@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_fast_and_careful_readers_agree(pdf, auditor):
    fast = load_document(str(pdf))
    careful = load_document(str(pdf), CAREFUL)
    assert careful.pages == fast.pages
    # Block by block first: a difference here says exactly where the readers part.
    for index, (a, b) in enumerate(zip(fast.blocks, careful.blocks)):
        assert a == b, f"block {index} on page {a.page} differs"
    assert len(careful.blocks) == len(fast.blocks)
    assert (careful.notices, careful.unread_pages) == (fast.notices, fast.unread_pages)
    assert split(careful).sections == split(fast).sections
    assert _findings(auditor, careful) == _findings(auditor, fast)


def test_sample_plans_have_findings_to_compare(auditor):
    # Guard against a vacuous pass: equal findings only mean something if there are some.
    total = sum(len(_findings(auditor, load_document(str(pdf)))) for pdf in SAMPLE_PDFS)
    assert total > 0


def test_careful_reader_closes_each_page_before_reading_the_next(monkeypatch):
    # pdfplumber keeps ~5 MB of caches per open page; memory stays flat only if each page
    # is closed as soon as it has been read.
    import pdfplumber.page

    from ehcp_audit.extract import pdf_careful

    events = []
    close, read_page = pdfplumber.page.Page.close, pdf_careful._read_page
    monkeypatch.setattr(pdfplumber.page.Page, "close", lambda self: (events.append(("close", self.page_number)), close(self))[1])
    monkeypatch.setattr(pdf_careful, "_read_page", lambda page, n: (events.append(("read", n)), read_page(page, n))[1])
    document = load_document(str(SAMPLE_PDFS[0]), CAREFUL)
    assert document.pages >= 2
    for n in range(1, document.pages):
        assert events.index(("close", n)) < events.index(("read", n + 1))
    assert ("close", document.pages) in events


def test_careful_reader_drops_overprinted_fake_bold(hostile_dir):
    document = load_document(str(hostile_dir / "fake-bold-overprint.pdf"), CAREFUL)
    text = "\n".join(b.text for b in document.blocks)
    assert text.count("Section F: Special educational provision") == 1
    assert "SSeeccttiioonn" not in text


def test_careful_reader_maps_errors_to_codes_without_file_text(hostile_dir):
    with pytest.raises(AuditError) as encrypted:
        load_document(str(hostile_dir / "pdfminer-aes-256-userpw.pdf"), CAREFUL)
    assert encrypted.value.code == "encrypted"
    with pytest.raises(AuditError) as wrong:
        load_document(str(hostile_dir / "pdfminer-aes-256-userpw.pdf"), LoadOptions(password="nope", careful=True))
    assert wrong.value.code == "wrong_password"
    opened = load_document(str(hostile_dir / "pdfminer-aes-256-userpw.pdf"), LoadOptions(password="foo", careful=True))
    assert "Secret!" in " ".join(b.text for b in opened.blocks)
