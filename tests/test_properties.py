"""Property-based tests (hypothesis, derandomised so CI is reproducible).

- text: the splitter and the checks never raise on any plan text, every finding quotes
  text that is in the plan, and the same plan gives the same findings;
- files: mutated copies of real PDFs and DOCX files (byte flips, truncation, spliced
  tokens, broken XML inside a valid zip) always end as audited, failed or skipped with
  a known code, in process, each within a deadline (about 2,000 cases per format);
- DOCX round trip: text wrapped in any mix of content controls, insertions, deletions,
  moves, hyperlinks, fields and text boxes comes out once, and deleted text never.

EHCP_FUZZ_EXAMPLES scales the file cases (default 2000 per format).
"""

from __future__ import annotations

import faulthandler
import io
import os
import re
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import HOSTILE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_extract_docx import make_docx
from test_extract_pdf import PLAN_LINES, PROSE, build_pdf

from ehcp_audit.errors import MESSAGES, AuditError
from ehcp_audit.extract import load_document
from ehcp_audit.model import Block, BlockKind, Document, TablePos, collapse
from ehcp_audit.split import split

FILE_CASES = int(os.environ.get("EHCP_FUZZ_EXAMPLES", "2000"))
HANG_GUARD_SECONDS = 600  # a hang in C code cannot be interrupted: end the run with a stack dump

COMMON = dict(derandomize=True, database=None, suppress_health_check=list(HealthCheck), print_blob=False)
FILE_SETTINGS = settings(max_examples=FILE_CASES, deadline=timedelta(seconds=5), **COMMON)


@pytest.fixture(autouse=True)
def hang_guard():
    faulthandler.dump_traceback_later(HANG_GUARD_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


# --- text ---------------------------------------------------------------------------

HEADINGS = [
    "Section A: The views, interests and aspirations of the child and parent",
    "Section B: Special educational needs", "SECTION B - SPECIAL EDUCATIONAL NEEDS",
    "Section C: Health needs", "Section D: Social care needs", "Section E: Outcomes",
    "Section F: Special educational provision", "F", "Special Educational Provision",
    "Section G: Health provision", "Section H1: Social care provision", "Section H2: Other social care provision",
    "Section I: Placement", "Section J: Personal budget", "Section K: Advice and information", "Contents",
]
SENTENCES = [
    "Alex will receive 1:1 support from a teaching assistant for 25 hours per week.",
    "Access to speech and language therapy as required.",
    "Jo may benefit from regular input from an occupational therapist.",
    "Weekly 30 minute sessions of Precision Teaching delivered by a trained TA.",
    "Support will be provided subject to funding and available resources.",
    "Small group work, such as social skills groups, etc.",
    "To be reviewed termly by the SENCO.", "Provision: to be determined following assessment.",
    "Speech and language therapy: 6 sessions per term delivered by a qualified SALT.",
    "• daily reading practice with an adult", "1. A quiet area is available.", "See appendix 2.",
]
text_pieces = st.one_of(st.sampled_from(HEADINGS), st.sampled_from(SENTENCES), st.text(max_size=120))
blocks_strategy = st.lists(st.tuples(text_pieces, st.sampled_from(list(BlockKind)), st.booleans()), min_size=1, max_size=30)


def to_document(raw_blocks) -> Document:
    blocks = []
    for index, (text, kind, in_table) in enumerate(raw_blocks):
        table = TablePos(0, index, index % 3) if kind == BlockKind.TABLE_CELL and in_table else None
        blocks.append(Block(text, kind, 1 + index // 8, table))
    return Document("pdf", tuple(blocks), 1 + len(blocks) // 8)


@settings(max_examples=150, deadline=None, **COMMON)
@given(raw_blocks=blocks_strategy)
def test_splitter_and_checks_never_raise_quote_real_text_and_are_deterministic(auditor, raw_blocks):
    document = to_document(raw_blocks)
    plan = split(document)
    first = auditor.audit_plan(plan)
    plan_text = collapse(" ".join(b.text for b in document.blocks))
    for finding in first.findings:
        if finding.quote is not None:
            assert collapse(finding.quote) in plan_text, finding.rule
    second = auditor.audit_plan(split(document))
    assert first.findings == second.findings
    assert [n.code for n in first.notices if n.code == "check_failed"] == []


# --- mutated files ------------------------------------------------------------------

PDF_TOKENS = [b"<<", b">>", b"[", b"]", b"(", b")", b" 0 R ", b"/Length 99999", b"endstream", b"endobj",
              b"%%EOF", b"\x00", b"/Type /Pages", b"/Kids [1 0 R]", b"/Filter /FlateDecode", b"xref", b"trailer"]
XML_TOKENS = [b"<w:p>", b"</w:p>", b"<w:del>", b"</w:ins>", b"<w:sdt><w:sdtContent>", b"&amp;", b"&#0;", b"<!--",
              b"<![CDATA[", b"<!DOCTYPE x>", b"\x00", b"\xff\xfe", b'w:val="', b"<w:t>", b"</w:t>", b">"]


def mutate(draw, seed: bytes, tokens: list[bytes]) -> bytes:
    data = bytearray(seed)
    for op in draw(st.lists(st.sampled_from(["flip", "truncate", "delete", "duplicate", "insert"]), min_size=1, max_size=4)):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[i] = draw(st.integers(0, 255))
        elif op == "truncate":
            del data[i:]
        elif op == "delete":
            del data[i:i + draw(st.integers(1, 256))]
        elif op == "duplicate":
            data[i:i] = data[i:i + draw(st.integers(1, 256))]
        else:
            data[i:i] = draw(st.sampled_from(tokens))
    return bytes(data)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, list[bytes]]:
    folder = tmp_path_factory.mktemp("seeds")
    pdfs = [Path(build_pdf(folder / "plan.pdf", [{"lines": PLAN_LINES}, {"image": (0, 0, 595, 842)},
                                                 {"lines": [PROSE[i:i + 90] for i in range(0, 450, 90)], "rotate": 90}])).read_bytes()]
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in PLAN_LINES)
    docxs = [make_docx(body)]
    for name in ("control-baseline.pdf", "xref-offsets-wrong.pdf", "rotate-90-page.pdf", "pages-tree-cycle.pdf",
                 "control-baseline.docx", "tracked-changes.docx", "content-controls-and-fields.docx"):
        if (HOSTILE / name).is_file():
            (pdfs if name.endswith(".pdf") else docxs).append((HOSTILE / name).read_bytes())
    return {"pdf": pdfs, "docx": docxs}


def assert_clean_outcome(result) -> None:
    assert result.status in ("audited", "failed", "skipped")
    if result.status == "audited":
        assert result.error is None
    else:
        assert result.error is not None and result.error.code in MESSAGES
        assert result.error.message == MESSAGES[result.error.code]


@FILE_SETTINGS
@given(data=st.data())
def test_mutated_pdfs_end_audited_or_failed(auditor, seeds, tmp_path_factory, data):
    seed = data.draw(st.sampled_from(seeds["pdf"]))
    path = tmp_path_factory.getbasetemp() / "mutant.pdf"
    path.write_bytes(mutate(data.draw, seed, PDF_TOKENS))
    assert_clean_outcome(auditor.audit_file(str(path)))


@FILE_SETTINGS
@given(data=st.data())
def test_mutated_docx_end_audited_or_failed(auditor, seeds, tmp_path_factory, data):
    """Half the cases damage the zip; the other half damage word/document.xml inside a
    valid zip, so the XML parser and the body walker are reached."""
    seed = data.draw(st.sampled_from(seeds["docx"]))
    if data.draw(st.booleans()):
        mutant = mutate(data.draw, seed, [b"PK\x03\x04", b"PK\x01\x02", b"\x00" * 4])
    else:
        with zipfile.ZipFile(io.BytesIO(seed)) as archive:
            xml = archive.read("word/document.xml")
        mutant = make_docx(raw_document=mutate(data.draw, xml, XML_TOKENS)) if seed else seed
    path = tmp_path_factory.getbasetemp() / "mutant.docx"
    path.write_bytes(mutant)
    assert_clean_outcome(auditor.audit_file(str(path)))


# --- DOCX round trip ----------------------------------------------------------------

INLINE_WRAPPERS = ["sdt", "ins", "del", "moveTo", "moveFrom", "hyperlink", "smartTag", "customXml", "fldSimple"]
DELETING = {"del", "moveFrom"}


def inline_xml(token: str, wrappers: list[str], textbox: bool) -> str:
    deleted = bool(DELETING & set(wrappers))
    tag = "delText" if "del" in wrappers else "t"
    run = f'<w:r><w:{tag} xml:space="preserve"> {token} </w:{tag}></w:r>'
    if textbox and not deleted:
        box = f'<w:txbxContent><w:p><w:r><w:t>{token}</w:t></w:r></w:p></w:txbxContent>'
        run = (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing>'
               f'</mc:Choice><mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    for wrapper in reversed(wrappers):
        if wrapper == "sdt":
            run = f"<w:sdt><w:sdtPr/><w:sdtContent>{run}</w:sdtContent></w:sdt>"
        elif wrapper in ("ins", "del", "moveTo", "moveFrom"):
            run = f'<w:{wrapper} w:id="1" w:author="a">{run}</w:{wrapper}>'
        elif wrapper == "hyperlink":
            run = f'<w:hyperlink w:anchor="x">{run}</w:hyperlink>'
        elif wrapper == "smartTag":
            run = f'<w:smartTag w:uri="u" w:element="e">{run}</w:smartTag>'
        elif wrapper == "customXml":
            run = f'<w:customXml w:element="e">{run}</w:customXml>'
        else:
            run = f'<w:fldSimple w:instr=" MERGEFIELD X ">{run}</w:fldSimple>'
    return run


piece = st.tuples(st.lists(st.sampled_from(INLINE_WRAPPERS), max_size=3), st.booleans())
paragraph = st.lists(piece, min_size=1, max_size=5)
block = st.tuples(st.sampled_from(["p", "sdt", "ins", "customXml", "table"]), st.lists(paragraph, min_size=1, max_size=3))


@settings(max_examples=200, deadline=None, **COMMON)
@given(blocks=st.lists(block, min_size=1, max_size=6))
def test_docx_text_comes_out_once_and_deleted_text_never(tmp_path_factory, blocks):
    counter = iter(range(10_000))
    visible, hidden = [], []

    def para_xml(pieces) -> str:
        runs = []
        for wrappers, textbox in pieces:
            token = f"tok{next(counter)}z"
            (hidden if DELETING & set(wrappers) else visible).append(token)
            runs.append(inline_xml(token, wrappers, textbox))
        return f"<w:p>{''.join(runs)}</w:p>"

    body = []
    for kind, paragraphs in blocks:
        inner = "".join(para_xml(p) for p in paragraphs)
        if kind == "sdt":
            inner = f"<w:sdt><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
        elif kind in ("ins", "customXml"):
            inner = f'<w:{kind} w:id="2" w:author="a">{inner}</w:{kind}>' if kind == "ins" else f'<w:customXml w:element="e">{inner}</w:customXml>'
        elif kind == "table":
            inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
        body.append(inner)
    path = tmp_path_factory.getbasetemp() / "roundtrip.docx"
    path.write_bytes(make_docx("".join(body)))
    try:
        text = "\n".join(b.text for b in load_document(str(path)).blocks)
    except AuditError as exc:
        assert exc.code == "no_text" and not visible
        return
    for token in visible:
        assert len(re.findall(rf"\b{token}\b", text)) == 1, token
    for token in hidden:
        assert token not in text, token
