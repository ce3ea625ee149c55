#!/usr/bin/env python3
"""Build the bundled, fictional sample EHC plans (DOCX, then PDF via LibreOffice).

Usage (from the project root or anywhere):

    python sample_plans/build.py                 # rebuild every plan (DOCX + PDF)
    python sample_plans/build.py riverside_year4  # rebuild named plans only
    python sample_plans/build.py --docx-only     # DOCX only (no LibreOffice needed)
    python sample_plans/build.py --check         # verify built files against *.labels.yaml
    python sample_plans/build.py --pages         # print the PDF page of every section heading

Each plan's content lives in ``sample_plans/src/<name>.py`` (a ``build(doc)`` function).
The built ``<name>.docx`` and ``<name>.pdf`` are committed, so the test suite never needs
LibreOffice. Building needs python-docx, pypdfium2, PyYAML (for --check), LibreOffice
(``soffice``) and the Carlito font (Debian/Ubuntu: ``fonts-crosextra-carlito``).

Everyone and everything in these plans is invented: children, parents, professionals,
schools, local authorities, addresses, NHS numbers (999 test range), phone numbers
(Ofcom drama ranges) and e-mail addresses (example.org / example.com).

The labels (``<name>.labels.yaml``) are written by hand; this script never writes them.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.dont_write_bytecode = True  # keep sample_plans/src free of __pycache__

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
FONT = "Carlito"
FIXED_DATE = dt.datetime(2026, 1, 1, 0, 0, 0)
AUTHOR = "ehcp-audit sample"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------

def _set_run_font(rpr_parent, name: str = FONT) -> None:
    """Force a concrete font on a style / run (removing theme-font attributes)."""
    rpr = rpr_parent.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _set_widths(table, widths_cm) -> None:
    """Set grid column widths and every cell width (LibreOffice reads w:gridCol)."""
    table.autofit = False
    for ci, w in enumerate(widths_cm):
        table.columns[ci].width = Cm(w)
    for row in table.rows:
        for ci, w in enumerate(widths_cm):
            row.cells[ci].width = Cm(w)


def _add_field(paragraph, instr: str, placeholder: str = "1") -> None:
    """Append a complex field (e.g. PAGE, NUMPAGES) to a paragraph."""
    def fld(kind):
        r = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
        return r

    fld("begin")
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    paragraph.add_run(placeholder)
    fld("end")


class PlanDoc:
    """A thin, deterministic wrapper around python-docx used by the plan sources.

    ``headings`` records (section id, heading text) in document order; the page finder
    uses it to locate each heading in the PDF.
    """

    def __init__(self, *, font_size: float = 11, heading_color: str = "1F3864",
                 margins_cm: float = 2.2):
        self.doc = Document()
        self.headings: list[tuple[str, str]] = []
        self.toc_pages: dict[str, int] = {}
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(margins_cm))
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.size = Pt(font_size)
        _set_run_font(normal.element)
        normal.paragraph_format.space_after = Pt(5)
        for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet",
                     "List Bullet 2", "List Number", "Table Grid"):
            try:
                st = styles[name]
            except KeyError:
                continue
            _set_run_font(st.element)
        for name, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11.5)):
            st = styles[name]
            st.font.size = Pt(size)
            st.font.color.rgb = RGBColor.from_string(heading_color)
        self.text_width = sec.page_width - sec.left_margin - sec.right_margin

    # ---- metadata -------------------------------------------------------------------
    def _core(self, title: str) -> None:
        cp = self.doc.core_properties
        cp.author = AUTHOR
        cp.last_modified_by = AUTHOR
        cp.title = title
        cp.subject = "Fictional sample EHC plan"
        cp.keywords = "ehcp-audit; sample; fictional"
        cp.comments = "All people, schools and local authorities in this document are fictional."
        cp.created = FIXED_DATE
        cp.modified = FIXED_DATE
        cp.last_printed = FIXED_DATE
        cp.revision = 1
        cp.category = ""
        cp.content_status = ""
        cp.identifier = ""
        cp.language = "en-GB"
        cp.version = ""

    # ---- running header / footer -----------------------------------------------------
    def running_header_footer(self, header_text: str, footer_left: str = "",
                              first_page_plain: bool = True) -> None:
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = first_page_plain
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.runs[0].font.size = Pt(9)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer_left:
            r = fp.add_run(footer_left + "    ")
            r.font.size = Pt(9)
        r = fp.add_run("Page ")
        r.font.size = Pt(9)
        _add_field(fp, "PAGE")
        r = fp.add_run(" of ")
        r.font.size = Pt(9)
        _add_field(fp, "NUMPAGES")
        for run in fp.runs:
            run.font.size = Pt(9)

    def simple_footer(self, text: str) -> None:
        sec = self.doc.sections[0]
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(text)
        r.font.size = Pt(8)

    # ---- block elements --------------------------------------------------------------
    def title(self, text: str, size: float = 22, color: str = "1F3864",
              align=WD_ALIGN_PARAGRAPH.LEFT) -> None:
        p = self.doc.add_paragraph()
        p.alignment = align
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor.from_string(color)

    def heading(self, text: str, level: int = 1, section: str | None = None) -> None:
        """A Word heading. ``section`` (e.g. "F") records it as a section start."""
        self.doc.add_heading(text, level=level)
        if section:
            self.headings.append((section, text))

    def bold_line(self, text: str, section: str | None = None, size: float = 13,
                  color: str | None = None) -> None:
        """A heading made of bold Normal text (no heading style), as some LAs do."""
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if section:
            self.headings.append((section, text))

    def para(self, text: str, bold: bool = False, italic: bool = False,
             size: float | None = None, align=None) -> None:
        p = self.doc.add_paragraph()
        if align is not None:
            p.alignment = align
        self._runs(p, text, bold=bold, italic=italic, size=size)

    def label_para(self, label: str, text: str) -> None:
        p = self.doc.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        p.add_run(text)

    @staticmethod
    def _runs(p, text: str, bold=False, italic=False, size=None) -> None:
        # **bold** spans inside text
        parts = re.split(r"(\*\*[^*]+\*\*)", text)
        for part in parts:
            if not part:
                continue
            b = bold
            if part.startswith("**") and part.endswith("**"):
                part, b = part[2:-2], True
            r = p.add_run(part)
            r.bold = b
            r.italic = italic
            if size:
                r.font.size = Pt(size)

    def bullets(self, items: list[str], style: str = "List Bullet") -> None:
        for it in items:
            p = self.doc.add_paragraph(style=style)
            self._runs(p, it)

    def numbered(self, items: list[str], start: int = 1, fmt: str = "{n}.") -> None:
        """Numbered items with literal numbers (so numbering restarts per list)."""
        for i, it in enumerate(items, start):
            p = self.doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.9)
            p.paragraph_format.first_line_indent = Cm(-0.9)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
            self._runs(p, fmt.format(n=i) + "\t" + it)

    def page_break(self) -> None:
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def table(self, header: list[str] | None, rows: list[list[str]],
              widths_cm: list[float] | None = None, header_fill: str = "D9E2F3",
              font_size: float | None = None, bold_first_col: bool = False,
              repeat_header: bool = True):
        ncols = len(header) if header else len(rows[0])
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        all_rows = ([header] if header else []) + rows
        for ri, row in enumerate(all_rows):
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                cell = cells[ci]
                cell.text = ""
                lines = val.split("\n") if val else [""]
                for li, line in enumerate(lines):
                    p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                    p.paragraph_format.space_after = Pt(2)
                    is_head = header is not None and ri == 0
                    self._runs(p, line, bold=is_head or (bold_first_col and ci == 0),
                               size=font_size)
                if header is not None and ri == 0:
                    _shade(cell, header_fill)
            if header is not None and ri == 0 and repeat_header:
                _repeat_header(t.rows[0])
        if widths_cm:
            _set_widths(t, widths_cm)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def cell_section(self, label: str, title: str, blocks: list, section: str | None,
                     label_fill: str = "DEEAF6", widths_cm=(3.2, 13.4)) -> None:
        """A two-column table: left cell holds the section label, right cell the content.

        ``blocks`` is a list of strings (paragraphs), ("b", text) bullet items, or
        ("h", text) bold sub-headings.
        """
        t = self.doc.add_table(rows=1, cols=2)
        t.style = self.doc.styles["Table Grid"]
        left, right = t.rows[0].cells
        left.text = ""
        lp = left.paragraphs[0]
        r = lp.add_run(label)
        r.bold = True
        r.font.size = Pt(13)
        _shade(left, label_fill)
        rp = right.paragraphs[0]
        r = rp.add_run(title)
        r.bold = True
        first = True
        for blk in blocks:
            p = right.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            if isinstance(blk, tuple) and blk[0] == "b":
                p.paragraph_format.left_indent = Cm(0.5)
                p.paragraph_format.first_line_indent = Cm(-0.4)
                self._runs(p, "\u2022 " + blk[1])
            elif isinstance(blk, tuple) and blk[0] == "h":
                self._runs(p, blk[1], bold=True)
            else:
                self._runs(p, blk)
            first = False
        _set_widths(t, widths_cm)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        if section:
            self.headings.append((section, label))

    def toc(self, entries: list[tuple[str, str]], title: str = "Contents") -> None:
        """A static contents list with dot leaders. ``entries`` = [(section_id, text)].

        Page numbers come from ``self.toc_pages`` (filled by the two-pass build).
        """
        self.bold_line(title, size=16)
        for sid, text in entries:
            p = self.doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(
                self.text_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.paragraph_format.space_after = Pt(4)
            p.add_run(f"{text}\t{self.toc_pages.get(sid, 0)}")

    def details_table(self, rows: list[tuple[str, str]], widths_cm=(5.5, 11.0),
                      fill: str = "F2F2F2") -> None:
        t = self.doc.add_table(rows=0, cols=2)
        t.style = self.doc.styles["Table Grid"]
        for k, v in rows:
            cells = t.add_row().cells
            cells[0].text = ""
            r = cells[0].paragraphs[0].add_run(k)
            r.bold = True
            _shade(cells[0], fill)
            cells[1].text = v
        _set_widths(t, widths_cm)
        self.doc.add_paragraph()

    # ---- save ------------------------------------------------------------------------
    def save(self, path: Path, title: str) -> None:
        self._core(title)
        buf = io.BytesIO()
        self.doc.save(buf)
        _rezip_deterministic(buf.getvalue(), path)


def _rezip_deterministic(data: bytes, path: Path) -> None:
    """Rewrite the DOCX zip with fixed timestamps so identical content = identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# PDF conversion and inspection
# --------------------------------------------------------------------------------------

PDF_FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def find_soffice() -> str:
    for name in ("soffice", "libreoffice"):
        exe = shutil.which(name)
        if exe:
            return exe
    sys.exit(
        "ERROR: LibreOffice ('soffice') was not found on PATH, so the PDFs cannot be built.\n"
        "Install it (Debian/Ubuntu: apt-get install libreoffice-writer fonts-crosextra-carlito)\n"
        "or run with --docx-only. The committed PDFs do not need rebuilding for the tests."
    )


def docx_to_pdf(docx_path: Path, soffice: str) -> Path:
    with tempfile.TemporaryDirectory(prefix="ehcp-sample-") as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
               "--norestore", "--convert-to", PDF_FILTER, "--outdir", str(outdir),
               str(docx_path)]
        env = dict(os.environ, TZ="UTC")
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
        produced = outdir / (docx_path.stem + ".pdf")
        if res.returncode != 0 or not produced.exists():
            sys.exit(f"ERROR: LibreOffice failed on {docx_path.name}:\n{res.stdout}\n{res.stderr}")
        target = docx_path.with_suffix(".pdf")
        target.write_bytes(_normalise_pdf(produced.read_bytes()))
    return target


def _normalise_pdf(data: bytes) -> bytes:
    """Same-length replacement of dates and /ID so rebuilds give stable bytes."""
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}",
                  lambda m: m.group(1) + b"20260101000000", data)
    data = re.sub(rb"(/ID\s*\[\s*)<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                  lambda m: m.group(1) + b"<" + b"0" * len(m.group(2)) + b"> <"
                  + b"0" * len(m.group(3)) + b">"
                  if len(m.group(0)) == len(m.group(1)) + len(m.group(2)) + len(m.group(3)) + 5
                  else m.group(0), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    return data


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00ad", "").replace("\ufffe", "-").replace("\x02", "-")
    s = re.sub(r"-\s*\r?\n\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_page_texts(pdf_path: Path) -> list[str]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            texts.append(tp.get_text_range())
            tp.close()
            page.close()
        return texts
    finally:
        pdf.close()


def _lines(text: str) -> list[str]:
    return [norm(l) for l in re.split(r"[\r\n]+", text) if norm(l)]


def heading_pages(pdf_path: Path, headings: list[tuple[str, str]],
                  skip_pages: set[int] | None = None) -> dict[str, int]:
    """1-based page of each heading: first line starting with the heading's first words,
    searching forward from the previous heading's page."""
    pages = [_lines(t) for t in pdf_page_texts(pdf_path)]
    found: dict[str, int] = {}
    start = 0
    for sid, text in headings:
        key = norm(text)[:40]
        hit = None
        for pi in range(start, len(pages)):
            if skip_pages and (pi + 1) in skip_pages:
                continue
            if any(line.startswith(key) for line in pages[pi]):
                hit = pi
                break
        if hit is None:
            # wrapped heading: match on the first line of it
            short = norm(text)[:22]
            for pi in range(start, len(pages)):
                if skip_pages and (pi + 1) in skip_pages:
                    continue
                if any(line.startswith(short) for line in pages[pi]):
                    hit = pi
                    break
        if hit is None:
            raise RuntimeError(f"{pdf_path.name}: heading {sid!r} {text!r} not found in PDF")
        found[sid] = hit + 1
        start = hit
    return found


# --------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------

def load_source(name: str):
    path = SRC / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"sample_src_{name}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def plan_names() -> list[str]:
    return sorted(p.stem for p in SRC.glob("*.py") if not p.name.startswith("_"))


def build_docx(name: str, toc_pages: dict[str, int] | None = None) -> PlanDoc:
    mod = load_source(name)
    doc = mod.make_doc() if hasattr(mod, "make_doc") else PlanDoc()
    if toc_pages:
        doc.toc_pages = dict(toc_pages)
    mod.build(doc)
    doc.save(HERE / f"{name}.docx", getattr(mod, "TITLE", name))
    return doc


def build_one(name: str, soffice: str | None) -> dict[str, int] | None:
    mod = load_source(name)
    doc = build_docx(name)
    if soffice is None:
        print(f"{name}: docx written")
        return None
    skip = set(getattr(mod, "TOC_PAGES", ()))
    pdf = docx_to_pdf(HERE / f"{name}.docx", soffice)
    pages = heading_pages(pdf, doc.headings, skip)
    if getattr(mod, "HAS_TOC", False):
        # second pass: write real page numbers into the contents list
        for _ in range(3):
            doc = build_docx(name, pages)
            pdf = docx_to_pdf(HERE / f"{name}.docx", soffice)
            new = heading_pages(pdf, doc.headings, skip)
            if new == pages:
                break
            pages = new
        else:
            sys.exit(f"ERROR: {name}: contents page numbers did not converge")
    n = len(pdf_page_texts(pdf))
    print(f"{name}: {n} pages; " + ", ".join(f"{k}={v}" for k, v in pages.items()))
    return pages


def docx_text(path: Path) -> str:
    """All paragraph and table text of a DOCX, in body order (for --check)."""
    d = Document(str(path))
    out = []

    def ptext(p):
        parts = []
        for r in p.iter(qn("w:r")):
            for el in r.iterchildren(qn("w:t"), qn("w:tab"), qn("w:br")):
                parts.append(el.text or "" if el.tag == qn("w:t") else
                             ("\t" if el.tag == qn("w:tab") else "\n"))
        return "".join(parts)

    def walk(el):
        for child in el.iterchildren():
            tag = child.tag.split("}")[1]
            if tag == "p":
                out.append(ptext(child))
            elif tag == "tbl":
                for tc in child.iter(qn("w:tc")):
                    for p in tc.iter(qn("w:p")):
                        out.append(ptext(p))
    walk(d.element.body)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in part.paragraphs)
    return "\n".join(out)


def check(names: list[str]) -> int:
    import yaml
    problems = 0
    for name in names:
        lab_path = HERE / f"{name}.labels.yaml"
        if not lab_path.exists():
            print(f"{name}: no labels file")
            problems += 1
            continue
        lab = yaml.safe_load(lab_path.read_text(encoding="utf-8"))
        dtext = norm(docx_text(HERE / f"{name}.docx"))
        pdf = HERE / f"{name}.pdf"
        ptexts = pdf_page_texts(pdf)
        ptext = norm(" ".join(ptexts))
        ptext_nospace = ptext.replace(" ", "")
        mod = load_source(name)
        doc = build_docx_in_memory(name)
        measured = heading_pages(pdf, doc.headings, set(getattr(mod, "TOC_PAGES", ())))
        labelled = {s["id"]: s["page"] for s in lab["sections"]}
        if list(labelled) != list(measured) or labelled != measured:
            print(f"{name}: section pages differ: labels={labelled} measured={measured}")
            problems += 1
        for ident in lab.get("identifiers", []):
            if norm(str(ident)) not in dtext:
                print(f"{name}: identifier not in DOCX: {ident!r}")
                problems += 1
        for it in lab.get("items", []):
            t = norm(it["text"])
            if t not in dtext:
                print(f"{name}: item text not in DOCX: {t[:70]!r}")
                problems += 1
            if t.replace(" ", "") not in ptext_nospace:
                # not an error: e.g. a table row split across a page break
                print(f"{name}: note: item text not contiguous in PDF text: {t[:60]!r}")
            for cell in it.get("row", []) or []:
                if cell and norm(cell) not in dtext:
                    print(f"{name}: row cell not in DOCX: {cell[:60]!r}")
                    problems += 1
        nf = sum(1 for it in lab["items"] if it["section"] == "F")
        nd = sum(1 for it in lab["items"] if it["section"] == "F" and it["defects"])
        print(f"{name}: {len(ptexts)} pages, {nf} F items ({nd} defective), split={lab['split']}")
    return problems


def build_docx_in_memory(name: str) -> PlanDoc:
    mod = load_source(name)
    doc = mod.make_doc() if hasattr(mod, "make_doc") else PlanDoc()
    mod.build(doc)
    return doc


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="plan names (default: all)")
    ap.add_argument("--docx-only", action="store_true", help="write DOCX files only")
    ap.add_argument("--check", action="store_true",
                    help="verify built files against the hand-written labels")
    ap.add_argument("--pages", action="store_true",
                    help="print section heading pages of the built PDFs")
    args = ap.parse_args(argv)
    names = args.names or plan_names()
    unknown = [n for n in names if not (SRC / f"{n}.py").exists()]
    if unknown:
        sys.exit(f"ERROR: unknown plan(s): {', '.join(unknown)}")
    if args.check:
        n = check(names)
        print("OK" if n == 0 else f"{n} problem(s)")
        return 1 if n else 0
    if args.pages:
        for name in names:
            mod = load_source(name)
            doc = build_docx_in_memory(name)
            pages = heading_pages(HERE / f"{name}.pdf", doc.headings,
                                  set(getattr(mod, "TOC_PAGES", ())))
            print(f"{name}:")
            for k, v in pages.items():
                print(f"  - {{id: {k}, page: {v}}}")
        return 0
    soffice = None if args.docx_only else find_soffice()
    for name in names:
        build_one(name, soffice)
    return 0


if __name__ == "__main__":
    sys.exit(main())
