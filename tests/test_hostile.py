"""Every file of the shared hostile corpus ends as audited, failed or skipped, with the
code and text that ../shared/corpus/hostile/SOURCES.md expects; the whole folder runs
through the CLI without a traceback, and a batch goes on past bombs and special files.

The corpus is read from ../shared relative to the project root and never copied.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ehcp_audit.errors import MESSAGES, AuditError
from ehcp_audit.extract import LoadOptions, load_document

HOSTILE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "hostile"
ROOT = Path(__file__).resolve().parents[1]
NOT_DATA = {"SOURCES.md", "LICENSES"}

pytestmark = pytest.mark.skipif(not HOSTILE.is_dir(), reason="the shared hostile corpus (../shared/corpus/hostile) is not present")

F_HEADING = "Section F: Special educational provision"


@dataclass(frozen=True)
class Expect:
    status: str  # audited | failed | skipped
    codes: frozenset = frozenset()  # acceptable error codes (failed/skipped)
    phrases: tuple = ()  # must be in the extracted text
    once: tuple = ()  # must be in the extracted text exactly once
    absent: tuple = ()  # must not be in the extracted text
    notices: tuple = ()  # notice codes the extraction must carry
    one_block: tuple = ()  # must appear inside a single block (one line of reading order)


def audited(**kw) -> Expect:
    return Expect("audited", **kw)


def failed(*codes: str, **kw) -> Expect:
    return Expect("failed", frozenset(codes), **kw)


# One row per corpus file; the comments give SOURCES.md's expected outcome.
EXPECTED: dict[str, Expect] = {
    "control-baseline.pdf": audited(once=(F_HEADING,)),  # EXTRACT
    "control-baseline.docx": audited(once=(F_HEADING,)),  # EXTRACT
    "qpdf-bad1.pdf": failed("unsupported_format"),  # REJECT(not-a-pdf)
    "qpdf-fuzz-70245-empty.pdf": failed("empty_file"),  # REJECT(empty-file)
    "pdf-renamed.docx": audited(phrases=(F_HEADING,), notices=("wrong_extension",)),  # routed by magic bytes
    "docx-renamed.pdf": audited(phrases=(F_HEADING,), notices=("wrong_extension",)),
    "~$plan-lockfile.docx": Expect("skipped", frozenset({"lock_file"})),  # SKIP
    "fc-text_only.doc": failed("legacy_doc"),  # REJECT(legacy-doc)
    # EXTRACT 'Beautiful is better than ugly' (a poem, so not a plan once read)
    "pdfminer-zen_of_python_corrupted.pdf": failed("not_a_plan", phrases=("Beautiful is better than ugly",)),
    "xref-offsets-wrong.pdf": audited(phrases=("Section F",)),  # EXTRACT
    "truncated-half.pdf": failed("corrupt"),  # REJECT(damaged)
    "qpdf-issue-146-deep-array.pdf": failed("corrupt"),  # REJECT(damaged)
    "truncated-zip.docx": failed("corrupt"),  # REJECT(damaged)
    "mammoth-strict-format.docx": failed("strict_ooxml"),  # REJECT(unsupported strict)
    # REJECT(damaged): PDFium repairs the /Prev loop and reads 3 characters, not a plan
    "qpdf-issue-149-xref-prev-loop.pdf": failed("corrupt", "not_a_plan"),
    "pdfminer-issue-1113-evil-xobjects.pdf": failed("not_a_plan", phrases=("Hello world",)),  # EXTRACT
    # EXTRACT, 'Section F' once; the self-listing /Kids entry is a damaged page 2
    "pages-tree-cycle.pdf": audited(once=(F_HEADING,), notices=("damaged_pages",)),
    "flate-bomb-1GiB.pdf": failed("too_large"),  # REJECT(resource-limit)
    "char-bomb-300k-glyphs.pdf": failed("too_much_text"),  # REJECT(glyph cap)
    "pages-20000.pdf": failed("too_many_pages"),  # REJECT(page cap)
    "zip-bomb-150MB-text-node.docx": failed("too_large"),  # REJECT(resource-limit) before parsing
    "zip-bomb-5M-paragraphs.docx": failed("too_large"),
    "billion-laughs.docx": failed("hostile_xml"),  # REJECT(hostile-xml)
    "pdfminer-aes-256-userpw.pdf": failed("encrypted"),  # REJECT(encrypted)
    # EXTRACT 'Potato' (+NOTE encrypted, opened with the empty password); not a plan
    "qpdf-enc-R3-V2-owner-only.pdf": failed("not_a_plan", phrases=("Potato",), notices=("encrypted_no_password",)),
    "pdfminer-encrypted_doc_no_id.pdf": failed("no_text_layer", "no_text"),  # WARN(no-text), never a pass
    "password-protected.docx": failed("encrypted_docx"),  # REJECT(encrypted-docx)
    "scanned-image-only.pdf": failed("no_text_layer"),  # WARN(no-text-layer): needs OCR
    "pdfminer-pdf-with-jbig2.pdf": failed("no_text_layer"),  # WARN(no-text-layer)
    "stream-length-lies.pdf": audited(phrases=(F_HEADING,)),  # EXTRACT (PDFium reads it)
    "rotate-90-page.pdf": audited(one_block=(F_HEADING,)),  # EXTRACT in reading order
    "tounicode-shifted.pdf": failed("garbled_text"),  # WARN(garbled-text)
    "fake-bold-overprint.pdf": audited(once=(F_HEADING,)),  # EXTRACT, phrase once
    "mammoth-text-box.docx": failed("not_a_plan", once=("Datum plane",)),  # text box read once
    # WARN(tracked-changes), accepted view: insertions in, deletions out
    "tracked-changes.docx": audited(
        phrases=("Alex will receive some 1:1 support per week.", "Inserted paragraph: provision to be reviewed annually."),
        absent=("25 hours", "Deleted paragraph"), notices=("tracked_changes",)),
    "content-controls-and-fields.docx": audited(  # EXTRACT all three texts
        phrases=("Section F text inside a block-level content control.", "Placement: Example Primary School",
                 "Alex Example", "01/09/2024"), absent=("MERGEFIELD", "DATE")),
    "qpdf-issue-449.pdf": failed("corrupt", "no_text"),  # REJECT(damaged)
    # EXTRACT 'Hello PDF-world!' with PDFium's default page box; not a plan
    "fc-T02-03_008-mediabox-missing.pdf": failed("not_a_plan", phrases=("Hello PDF-world!",)),
    "openaction-javascript.pdf": audited(phrases=(F_HEADING,)),  # EXTRACT, nothing executed
    "xxe-external-entity.docx": failed("hostile_xml"),  # REJECT(hostile-xml)
    "exception-leaks-metadata.pdf": audited(phrases=(F_HEADING,)),  # EXTRACT despite broken /Info
}

PRECHECK_BOMBS = ("flate-bomb-1GiB.pdf", "zip-bomb-150MB-text-node.docx", "zip-bomb-5M-paragraphs.docx",
                  "billion-laughs.docx", "xxe-external-entity.docx", "pages-20000.pdf")


def corpus_files() -> list[str]:
    if not HOSTILE.is_dir():
        return sorted(EXPECTED)
    return sorted(p.name for p in HOSTILE.iterdir() if p.name not in NOT_DATA)


def extracted_blocks(path: Path, password=None) -> list[str]:
    return [b.text for b in load_document(str(path), LoadOptions(password=password)).blocks]


def test_every_corpus_file_has_an_expectation():
    assert set(corpus_files()) == set(EXPECTED)
    assert len(EXPECTED) == 41


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_outcome(name, auditor):
    expect = EXPECTED[name]
    result = auditor.audit_file(str(HOSTILE / name))
    status = "skipped" if result.error and result.error.code == "lock_file" else result.status
    assert status == expect.status, (name, result.error)
    if expect.status != "audited":
        assert result.error is not None and result.error.code in expect.codes, (name, result.error)
        assert result.error.message == MESSAGES[result.error.code]
    else:
        assert result.error is None and result.sections


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items()
                                         if e.phrases or e.once or e.absent or e.notices or e.one_block))
def test_corpus_file_text(name):
    expect = EXPECTED[name]
    document = load_document(str(HOSTILE / name))
    blocks = [b.text for b in document.blocks]
    text = "\n".join(blocks)
    for phrase in expect.phrases:
        assert phrase in text, (name, phrase)
    for phrase in expect.once:
        assert text.count(phrase) == 1, (name, phrase, text.count(phrase))
    for phrase in expect.absent:
        assert phrase not in text, (name, phrase)
    for phrase in expect.one_block:
        assert any(phrase in block for block in blocks), (name, phrase)
    assert set(expect.notices) <= {n.code for n in document.notices}, (name, document.notices)


def test_user_password_opens_the_encrypted_pdf_in_memory():
    path = HOSTILE / "pdfminer-aes-256-userpw.pdf"
    with pytest.raises(AuditError) as wrong:
        load_document(str(path), LoadOptions(password="not-it"))
    assert wrong.value.code == "wrong_password"
    assert "Secret!" in "\n".join(extracted_blocks(path, password="foo"))


@pytest.mark.parametrize("name", PRECHECK_BOMBS)
def test_bombs_are_refused_before_any_parser_runs(name, monkeypatch):
    """The cheap pre-checks (zip totals, DOCTYPE, stacked Flate, page count before any
    page is read) refuse these: the parsers' page and body readers are never reached."""
    from ehcp_audit.extract import docx as docx_reader
    from ehcp_audit.extract import pdf as pdf_reader

    def forbidden(*args, **kwargs):
        raise AssertionError("the parser was reached")

    monkeypatch.setattr(docx_reader, "read_docx", forbidden)
    monkeypatch.setattr(pdf_reader, "_read_page", forbidden)
    with pytest.raises(AuditError) as refused:
        load_document(str(HOSTILE / name))
    assert refused.value.code in EXPECTED[name].codes


def run_cli(args: list[str], tmp_path: Path, timeout: float = 240) -> subprocess.CompletedProcess:
    """`ehcp-audit check` in a subprocess with an empty private TMPDIR."""
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    env = dict(os.environ, TMPDIR=str(temp), PYTHONIOENCODING="utf-8")
    env.pop("EHCP_AUDIT_PASSWORD", None)
    return subprocess.run([sys.executable, "-m", "ehcp_audit", "check", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=timeout)


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir()) if p.is_file()}


def test_whole_folder_through_the_cli(tmp_path):
    """One run over the folder, 2 workers: every file reported with the expected outcome,
    exit code 3 (some files unreadable), no traceback, no temp files left."""
    before = fingerprint(HOSTILE)
    proc = run_cli([str(HOSTILE), "-j", "2", "--format", "json"], tmp_path)
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert fingerprint(HOSTILE) == before  # every input unchanged (SHA-256 and mtime)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    report = json.loads(proc.stdout)
    plans = {Path(p["path"]).name: p for p in report["plans"]}
    assert set(plans) == set(EXPECTED)
    for name, expect in EXPECTED.items():
        plan = plans[name]
        assert plan["status"] == expect.status, (name, plan["error"])
        if expect.status != "audited":
            assert plan["error"]["code"] in expect.codes, (name, plan["error"])
    assert [Path(p["path"]).name for p in report["plans"]] == sorted(plans)  # folder order: sorted
    assert not any((tmp_path / "tmp").iterdir())
    try:
        from importlib import resources

        import jsonschema

        schema = json.loads(resources.files("ehcp_audit").joinpath("data/report.schema.json").read_text("utf-8"))
        jsonschema.validate(report, schema)
    except ImportError:  # pragma: no cover - jsonschema is a test dependency
        pass


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"), reason="needs FIFOs and /dev/zero")
def test_batch_goes_on_past_bombs_and_special_files(tmp_path):
    """Bombs, a FIFO and a link to /dev/zero (which hang naive readers) come first; the
    controls after them must still be audited, and nothing may hang."""
    special = tmp_path / "special"
    special.mkdir()
    os.mkfifo(special / "plan.pdf")
    (special / "zero.pdf").symlink_to("/dev/zero")
    (special / "loop.pdf").symlink_to(special / "loop.pdf")
    (special / "x.pdf").mkdir()
    bombs = [str(HOSTILE / n) for n in PRECHECK_BOMBS + ("char-bomb-300k-glyphs.pdf", "qpdf-issue-149-xref-prev-loop.pdf")]
    controls = [str(HOSTILE / "control-baseline.pdf"), str(HOSTILE / "control-baseline.docx")]
    args = bombs + [str(special / "plan.pdf"), str(special / "zero.pdf"), str(special / "loop.pdf")] + controls
    proc = run_cli(args + ["-j", "2", "--format", "json"], tmp_path, timeout=180)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    plans = json.loads(proc.stdout)["plans"]
    assert [p["path"] for p in plans] == args  # input order
    by_name = {Path(p["path"]).name: p for p in plans}
    assert by_name["plan.pdf"]["error"]["code"] == "not_a_file"
    assert by_name["zero.pdf"]["error"]["code"] == "not_a_file"
    assert by_name["loop.pdf"]["error"]["code"] == "broken_link"
    assert [p["status"] for p in plans[-2:]] == ["audited", "audited"]


def test_cli_exit_codes(tmp_path):
    """0 clean (no finding at the --fail-on level), 2 usage error, 3 unreadable file."""
    control = str(HOSTILE / "control-baseline.pdf")
    clean = run_cli([control, "--fail-on", "never", "--format", "json"], tmp_path)
    assert clean.returncode == 0, clean.stderr
    usage = run_cli([control, "--format", "no-such-format"], tmp_path)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    assert run_cli([str(empty)], tmp_path).returncode == 2
    unreadable = run_cli([str(HOSTILE / "truncated-half.pdf"), "--format", "json"], tmp_path)
    assert unreadable.returncode == 3
    assert json.loads(unreadable.stdout)["plans"][0]["error"]["code"] == "corrupt"


PACK_YAML = """
rules:
  - id: T901
    name: test-always-fires
    severity: error
    sections: [F]
    scope: item
    legal_basis: ["test only"]
    rationale: A rule that fires on every Section F item, to test exit codes.
    message: Test finding.
    suggestion: None.
"""

PACK_PY = """
from ehcp_audit.engine import check


@check("T901")
def always(item, ctx):
    return True
"""


def test_cli_reports_findings_with_exit_code_1(tmp_path):
    """A finding at the --fail-on level gives exit code 1 (a one-rule pack of our own, so
    the test does not depend on the built-in rules' wording)."""
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "always.yaml").write_text(PACK_YAML, "utf-8")
    (pack / "always.py").write_text(PACK_PY, "utf-8")
    config = tmp_path / "settings.yaml"
    config.write_text(f"checks-dirs: [{str(pack)!r}]\nselect: [T901]\nplugins: false\n", "utf-8")
    control = str(HOSTILE / "control-baseline.docx")
    proc = run_cli([control, "--config", str(config), "--format", "json"], tmp_path)
    report = json.loads(proc.stdout)
    assert proc.returncode == 1, proc.stderr
    assert report["summary"]["findings"]["error"] >= 1


def test_cli_time_limit_is_configurable(tmp_path):
    """The glyph bomb takes PDFium most of a second; with --timeout 0.05 the parent kills
    the worker and reports a timeout (exit code 3, no traceback)."""
    proc = run_cli([str(HOSTILE / "char-bomb-300k-glyphs.pdf"), "--timeout", "0.05", "--format", "json"], tmp_path)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["plans"][0]["error"]["code"] == "timeout"
