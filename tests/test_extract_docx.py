"""The Word reader: the accepted view of the text, every piece once, and hostile parts refused.

Documents are built at test time: python-docx's default template with our own
word/document.xml (and other parts) written into it.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import SAMPLES

from ehcp_audit.errors import AuditError
from ehcp_audit.extract import load_document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>'
)
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>'
)


@lru_cache(maxsize=1)
def template() -> bytes:
    """A minimal Word package (what Word needs and python-docx reads), small so that
    hundreds of generated documents are cheap."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        package.writestr("word/styles.xml", STYLES)
        package.writestr("word/document.xml", document_xml(""))
    return out.getvalue()


def document_xml(body: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NAMESPACES}><w:body>{body}'
            '<w:sectPr/></w:body></w:document>').encode()


def make_docx(body: str = "", parts: dict[str, bytes] | None = None, raw_document: bytes | None = None) -> bytes:
    """A .docx whose body is `body` (WordprocessingML inside w:body), with extra or
    replaced parts."""
    replaced = {"word/document.xml": raw_document if raw_document is not None else document_xml(body)}
    replaced.update(parts or {})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template())) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename not in replaced:
                target.writestr(item.filename, source.read(item.filename))
        for name, data in replaced.items():
            target.writestr(name, data)
    return out.getvalue()


def p(*runs: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def deleted(text: str) -> str:
    return f'<w:del w:id="9" w:author="x"><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


def read(tmp_path: Path, data: bytes, name: str = "plan.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return load_document(str(path))


def text_of(document) -> str:
    return "\n".join(b.text for b in document.blocks)


def test_content_controls_smart_tags_custom_xml_and_hyperlinks_are_read(tmp_path):
    body = (
        p(r("Section F: Special educational provision"))
        + f"<w:sdt><w:sdtPr/><w:sdtContent>{p(r('Block control text.'))}</w:sdtContent></w:sdt>"
        + p(r("School: "), f"<w:sdt><w:sdtContent>{r('Example School')}</w:sdtContent></w:sdt>")
        + p(f'<w:hyperlink r:id="rId99">{r("linked words")}</w:hyperlink>',
            f'<w:smartTag w:uri="u" w:element="place">{r(" tagged words")}</w:smartTag>',
            f'<w:customXml w:element="x">{r(" custom words")}</w:customXml>')
    )
    text = text_of(read(tmp_path, make_docx(body)))
    for piece in ("Block control text.", "School: Example School", "linked words tagged words custom words"):
        assert text.count(piece) == 1, piece


def test_tracked_changes_give_the_accepted_view_and_a_notice(tmp_path):
    body = (p(r("Jo will receive "), deleted("25 hours of "), f'<w:ins w:id="1" w:author="x">{r("some ")}</w:ins>',
              r("support."))
            + f'<w:ins w:id="2" w:author="x">{p(r("A whole inserted paragraph."))}</w:ins>'
            + p(f'<w:moveFrom w:id="3" w:author="x">{r("moved away")}</w:moveFrom>',
                f'<w:moveTo w:id="4" w:author="x">{r("moved here")}</w:moveTo>'))
    document = read(tmp_path, make_docx(body))
    text = text_of(document)
    assert "Jo will receive some support." in text
    assert "A whole inserted paragraph." in text and "moved here" in text
    assert "25 hours" not in text and "moved away" not in text
    notice = next(n for n in document.notices if n.code == "tracked_changes")
    assert "25 hours" not in notice.message  # counts, never the deleted text


def test_fields_show_results_not_codes_even_when_nested(tmp_path):
    def fld(kind: str) -> str:
        return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'

    def instr(code: str) -> str:
        return f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'

    nested = (fld("begin") + instr(" IF ") + fld("begin") + instr(" MERGEFIELD Inner ") + fld("separate")
              + r("innerresult") + fld("end") + instr(' = "x" ') + fld("separate") + r("Outer result") + fld("end"))
    body = p(r("Date: "), fld("begin"), instr(" DATE "), fld("separate"), r("01/09/2024"), fld("end")) + p(nested) \
        + p(f'<w:fldSimple w:instr=" MERGEFIELD Name ">{r("Alex Example")}</w:fldSimple>')
    text = text_of(read(tmp_path, make_docx(body)))
    assert "Date: 01/09/2024" in text and "Outer result" in text and "Alex Example" in text
    for code in ("DATE", "MERGEFIELD", "IF", "innerresult"):
        assert code not in text


def test_text_box_is_read_once_from_choice_not_fallback(tmp_path):
    box = f"<w:txbxContent>{p(r('Datum plane'))}</w:txbxContent>"
    alternate = (f"<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing>"
                 f"</mc:Choice><mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent>")
    body = p(f"<w:r>{alternate}</w:r>", r("Body text."))
    assert text_of(read(tmp_path, make_docx(body))).count("Datum plane") == 1


def test_merged_cells_are_not_repeated(tmp_path):
    def tc(text: str, merge: str | None = None) -> str:
        props = f'<w:tcPr><w:vMerge w:val="{merge}"/></w:tcPr>' if merge == "restart" else (
            "<w:tcPr><w:vMerge/></w:tcPr>" if merge == "continue" else "")
        return f"<w:tc>{props}{p(r(text))}</w:tc>"

    table = ("<w:tbl>" + f"<w:tr>{tc('Need', 'restart')}{tc('Weekly speech therapy')}</w:tr>"
             + f"<w:tr>{tc('', 'continue')}{tc('Daily reading support')}</w:tr></w:tbl>")
    document = read(tmp_path, make_docx(p(r("Section F")) + table))
    text = text_of(document)
    assert text.count("Need") == 1 and "Daily reading support" in text
    cells = [b for b in document.blocks if b.table is not None]
    assert {(c.table.row, c.table.col) for c in cells} == {(0, 0), (0, 1), (1, 1)}
    # the merged cell says how many rows it covers, so each row can be read with it
    assert {(c.table.row, c.table.col): c.table.rows for c in cells} == {(0, 0): 2, (0, 1): 1, (1, 1): 1}


def test_imported_chunks_are_reported_as_unread(tmp_path):
    body = p(r("Section F: Special educational provision")) + '<w:altChunk r:id="rId77"/>'
    document = read(tmp_path, make_docx(body))
    assert "unread_content" in {n.code for n in document.notices}
    assert document.unread_pages  # so checks for missing content do not clear the plan


def test_doctype_in_any_part_is_refused(tmp_path):
    styles = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:styles xmlns:w="' + W_NS.encode() + b'"/>'
    with pytest.raises(AuditError) as refused:
        read(tmp_path, make_docx(p(r("text")), parts={"word/styles.xml": styles}))
    assert refused.value.code == "hostile_xml"


def test_doctype_hidden_after_a_long_comment_is_refused(tmp_path):
    padding = b"<!--" + b"x" * 20000 + b"-->"
    raw = b'<?xml version="1.0"?>' + padding + b'<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/passwd">]>' \
        + document_xml(p(r("&e;")))[len(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'):]
    with pytest.raises(AuditError) as refused:
        read(tmp_path, make_docx(raw_document=raw))
    assert refused.value.code == "hostile_xml"


def test_too_many_parts_is_a_bomb(tmp_path):
    parts = {f"word/media/x{i}.xml": b"<a/>" for i in range(2100)}
    with pytest.raises(AuditError) as refused:
        read(tmp_path, make_docx(p(r("text")), parts=parts))
    assert refused.value.code == "too_large"


def test_broken_xml_inside_a_valid_zip_is_damaged(tmp_path):
    with pytest.raises(AuditError) as refused:
        read(tmp_path, make_docx(raw_document=b"<w:document><w:body><w:p></w:body>"))
    assert refused.value.code == "corrupt"


def test_very_deep_nesting_fails_cleanly(tmp_path):
    depth = 400  # past libxml2's default depth limit of 256
    body = "<w:sdt><w:sdtContent>" * depth + p(r("deep")) + "</w:sdtContent></w:sdt>" * depth
    with pytest.raises(AuditError) as refused:
        read(tmp_path, make_docx(body))
    assert refused.value.code == "corrupt"


def test_moderate_nesting_is_read(tmp_path):
    depth = 40
    body = "<w:sdt><w:sdtContent>" * depth + p(r("deep text")) + "</w:sdtContent></w:sdt>" * depth
    assert "deep text" in text_of(read(tmp_path, make_docx(body)))


def test_empty_body_is_no_text(tmp_path):
    with pytest.raises(AuditError) as refused:
        read(tmp_path, make_docx(p()))
    assert refused.value.code == "no_text"


def test_footnotes_are_read_after_their_paragraph(tmp_path):
    footnotes = (f'<?xml version="1.0"?><w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="1">'
                 f'{p(r("Footnote words."))}</w:footnote></w:footnotes>').encode()
    rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
            b'Target="footnotes.xml"/><Relationship Id="rId1" '
            b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            b'</Relationships>')
    content_types = zipfile.ZipFile(io.BytesIO(template())).read("[Content_Types].xml").replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    body = p(r("Main text"), '<w:r><w:footnoteReference w:id="1"/></w:r>') + p(r("Next paragraph."))
    document = read(tmp_path, make_docx(body, parts={"word/footnotes.xml": footnotes, "word/_rels/document.xml.rels": rels,
                                                      "[Content_Types].xml": content_types}))
    texts = [b.text for b in document.blocks]
    assert texts == ["Main text", "Footnote words.", "Next paragraph."]


def test_sample_plans_read_without_warnings():
    paths = sorted(SAMPLES.glob("*.docx"))
    if not paths:
        pytest.skip("no sample plans")
    for path in paths:
        document = load_document(str(path))
        assert document.blocks and not document.unread_pages, path.name
        assert {n.code for n in document.notices} <= {"tracked_changes"}, path.name


def test_a_fraction_after_a_number_keeps_its_value():
    # NFKC alone would turn "2½" into "21⁄2", which reads as twenty-one over two
    from ehcp_audit.extract.normalize import clean

    assert clean("Every Wednesday, 2 to 2½ hours; ½ day") == "Every Wednesday, 2 to 2 1/2 hours; 1/2 day"
    assert clean("ﬁne motor skills") == "fine motor skills"  # ligatures are still folded


def test_paragraphs_set_out_in_tab_columns_are_table_rows(tmp_path):
    tab = "<w:r><w:tab/></w:r>"
    body = (
        p(r("How much / when"), tab, r("What will be provided"))
        + p(r("Study programme"), style="Heading2")
        + p(r("3 × 50 min a week"), tab, r("1:1 braille maths teaching with a QTVI."))
        + p(r("Every Wed, 90 min"), tab, r("Independent living skills in a group of four."))
        + p(r("1."), tab, r("A numbered paragraph stays a paragraph."))
        + p(r("Section F"), tab, r("7"))
    )
    blocks = read(tmp_path, make_docx(body)).blocks
    cells = [(b.table.table, b.table.row, b.table.col, b.text) for b in blocks if b.table is not None]
    assert cells == [(0, 0, 0, "How much / when"), (0, 0, 1, "What will be provided"),
                     (1, 0, 0, "3 × 50 min a week"), (1, 0, 1, "1:1 braille maths teaching with a QTVI."),
                     (1, 1, 0, "Every Wed, 90 min"), (1, 1, 1, "Independent living skills in a group of four.")]
    others = [b.text for b in blocks if b.table is None]
    assert others == ["Study programme", "1. A numbered paragraph stays a paragraph.", "Section F 7"]
