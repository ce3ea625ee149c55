#!/usr/bin/env python3
"""Build the benchmark plans: a ~30-page and a ~100-page fictional EHC plan, as DOCX
(python-docx) and as PDF (LibreOffice `soffice --headless --convert-to pdf`).

    python benchmarks/make_plans.py            # build what is missing or out of date
    python benchmarks/make_plans.py --force    # rebuild everything

The files go to benchmarks/out/ (git-ignored). They are deterministic: the text comes
from a seeded random generator over fixed phrase lists, the DOCX zip has fixed dates,
and the PDF's dates and /ID are blanked. A file is rebuilt when this script or its size
setting changes (a fingerprint is kept next to it).

The plans look like a local authority's template: a cover page with a details table, a
contents page with dot leaders, a running header and a "Page n of N" footer, sections A
to K with sub-headings and bullet lists, an outcomes table in E, five-column provision
tables in F (need | outcome | provision | how often | who) whose header row repeats on
every page, and tables in G, H1, H2 and J. Carlito (metric-compatible with Calibri) and
automatic hyphenation give real ligatures and line-break hyphens in the PDF. About a
third of the provision rows carry the vague wording the checks look for, so the rules
do real work.

Everyone in these plans is invented.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
FONT = "Carlito"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

# name -> scale: how many paragraphs, outcomes and provision rows the plan has
PLANS = {"plan30": 4.5, "plan100": 17.2}

CHILD = "Robin Ashdown"
FIRST = "Robin"
NEED_AREAS = ["Communication and interaction", "Cognition and learning",
              "Social, emotional and mental health", "Sensory and/or physical", "Independence and self-care"]
SUBJECTS = ["reading", "spelling", "number work", "handwriting", "listening in class", "following instructions",
            "turn-taking", "joining group work", "managing change", "using the toilet", "dressing for PE",
            "asking for help", "staying on task", "fine motor skills", "using a keyboard", "speaking in class"]
STRENGTHS = ["is kind to younger children", "loves drawing trains", "has a good memory for facts",
             "enjoys swimming", "is curious about animals", "builds elaborate models", "likes music lessons"]
DELIVERERS = ["a teaching assistant trained in precision teaching", "the class teacher",
              "a speech and language therapist (HCPC-registered)", "an occupational therapist",
              "a specialist teacher for literacy difficulties", "the school's ELSA", "a higher level teaching assistant"]
FREQUENCIES = ["three times a week", "daily for 20 minutes", "twice a week for 30 minutes", "once a week",
               "every morning at registration", "each half term", "four 15-minute sessions a week"]
GOOD_PROVISION = [
    "{n} 30-minute sessions of structured {s} practice each week, 1:1, using a multi-sensory programme",
    "Pre-teaching of key vocabulary for {s} before each new topic, in a group of no more than four pupils",
    "A visual timetable reviewed with {c} at the start of each morning and afternoon session",
    "Individual work on {s} targets set by the therapist and reviewed every six weeks",
    "Modelling and practice of {s} in a group of three pupils, following the therapist's written programme",
]
VAGUE_PROVISION = [
    "{c} will have access to support with {s} as appropriate",
    "Regular opportunities to practise {s} where possible",
    "Small group support for {s}, subject to available resources",
    "{c} would benefit from help with {s}, e.g. prompts and reminders",
    "Input from staff to support {s} as required",
]
OUTCOME = "By the end of {when}, {c} will {verb} {s} {measure}."
WHENS = ["the autumn term", "Year 5", "the spring term 2027", "Key Stage 2", "the summer term"]
VERBS = ["show progress in", "use new strategies for", "manage", "take part in", "be more independent with"]
MEASURES = ["in four out of five observed lessons", "with one verbal prompt", "without adult help on most days",
            "as measured by the termly reading assessment", "on at least three days a week"]
SENTENCES = [
    "{c} {strength} and is well liked by the other children in the class.",
    "At home {c} finds {s} difficult, particularly at the end of a busy school day.",
    "Staff report that {c} needs extra time and clear, short instructions when working on {s}.",
    "The educational psychologist observed that {c} responds well to praise and to routines that do not change.",
    "{c}'s parents would like the school to keep them informed about progress with {s} every week.",
    "Assessment in the summer term showed that {c}'s {s} is about two years behind that of other pupils of the same age.",
    "When {c} becomes anxious, {c} may leave the classroom or refuse to start a task involving {s}.",
]


def fingerprint(name: str) -> str:
    """Changes when this script or the plan's scale changes."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{name}:{PLANS[name]}".encode())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------------------- DOCX


def _font(style_or_run_element) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = style_or_run_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def _field(paragraph, instruction: str) -> None:
    """A PAGE or NUMPAGES field, so LibreOffice writes real page numbers."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind):
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run("1")
    char("end")


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _auto_hyphenation(doc) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc.settings.element.append(OxmlElement("w:autoHyphenation"))
    doc.settings.element.find(qn("w:autoHyphenation")).set(qn("w:val"), "true")


class Writer:
    """A few python-docx helpers with the template's look."""

    def __init__(self):
        from docx import Document
        from docx.shared import Cm, Pt

        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.2))
        self.text_width = section.page_width - section.left_margin - section.right_margin
        styles = self.doc.styles
        styles["Normal"].font.size = Pt(11)
        styles["Normal"].paragraph_format.space_after = Pt(5)
        for name in ("Normal", "Heading 1", "Heading 2", "List Bullet", "Table Grid"):
            _font(styles[name].element)
        styles["Heading 1"].font.size = Pt(15)
        styles["Heading 2"].font.size = Pt(12.5)
        _auto_hyphenation(self.doc)

    def header_footer(self, text: str) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.add_run(text).font.size = Pt(9)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Page ")
        _field(footer, "PAGE")
        footer.add_run(" of ")
        _field(footer, "NUMPAGES")
        for run in footer.runs:
            run.font.size = Pt(9)

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(text, level=level)

    def para(self, text: str) -> None:
        self.doc.add_paragraph(text)

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.doc.add_paragraph(item, style="List Bullet")

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, header: list[str], rows: list[list[str]], widths_cm: list[float]) -> None:
        from docx.shared import Cm, Pt

        table = self.doc.add_table(rows=0, cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        for index, values in enumerate([header] + rows):
            cells = table.add_row().cells
            for cell, value, width in zip(cells, values, widths_cm):
                cell.width = Cm(width)
                paragraph = cell.paragraphs[0]
                paragraph.paragraph_format.space_after = Pt(2)
                run = paragraph.add_run(value)
                run.bold = index == 0
                run.font.size = Pt(10)
                if index == 0:
                    _shade(cell, "D9E2F3")
        _repeat_header(table.rows[0])
        for column, width in zip(table.columns, widths_cm):
            column.width = Cm(width)
        self.doc.add_paragraph()

    def contents(self, entries: list[str]) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

        self.heading("Contents")
        for number, entry in enumerate(entries, start=2):
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.tab_stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            paragraph.add_run(f"{entry}\t{number}")

    def save(self, path: Path) -> None:
        import datetime as dt

        props = self.doc.core_properties
        props.author = props.last_modified_by = "ehcp-audit benchmark"
        props.title = "Fictional benchmark EHC plan"
        props.created = props.modified = dt.datetime(2026, 1, 1)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        _rezip(buffer.getvalue(), path)


def _rezip(data: bytes, path: Path) -> None:
    """Rewrite the zip with fixed dates so the same content gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------- content


def _fill(template: str, rng: random.Random) -> str:
    return template.format(c=FIRST, s=rng.choice(SUBJECTS), n=rng.choice(["two", "three", "four"]),
                           strength=rng.choice(STRENGTHS))


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_fill(rng.choice(SENTENCES), rng) for _ in range(sentences))


def _provision_row(rng: random.Random, area: str) -> list[str]:
    vague = rng.random() < 0.35
    provision = _fill(rng.choice(VAGUE_PROVISION if vague else GOOD_PROVISION), rng)
    need = f"{FIRST} finds {rng.choice(SUBJECTS)} hard ({area.lower()})."
    outcome = OUTCOME.format(when=rng.choice(WHENS), c=FIRST, verb=rng.choice(VERBS), s=rng.choice(SUBJECTS),
                             measure=rng.choice(MEASURES))
    frequency = "as required" if vague and rng.random() < 0.5 else rng.choice(FREQUENCIES)
    who = "staff" if vague and rng.random() < 0.5 else rng.choice(DELIVERERS)
    return [need, outcome, provision, frequency, who]


def build_docx(path: Path, scale: float, seed: int = 7) -> None:
    rng = random.Random(seed)
    per_area = max(2, round(6 * scale))  # provision rows per need area in Section F
    paragraphs = max(2, round(3 * scale))  # paragraphs per need area in Section B
    w = Writer()
    w.header_footer(f"{CHILD} - EHC plan - Ashdown Vale Council (fictional)")
    w.heading("Education, Health and Care Plan", 0)
    details = [("Name", CHILD), ("Date of birth", "14/03/2016"), ("Year group", "Year 5"),
               ("Address", "12 Larch Close, Ashdown Vale, ZZ9 9ZZ"), ("Parent or carer", "Jordan Ashdown"),
               ("School", "Ashdown Vale Primary School"), ("Plan status", "Final"), ("Date issued", "1 February 2026"),
               ("Review date", "February 2027"), ("Case officer", "Alex Fenwick"), ("NHS number", "999 000 0000"),
               ("UPN", "Z000000000000"), ("Home language", "English"), ("Gender", "Not recorded"),
               ("Local authority", "Ashdown Vale Council")]
    w.table(["Details", ""], [list(row) for row in details], [5.5, 11.0])
    w.page_break()
    titles = [("A", f"About {FIRST}: views, interests and aspirations"), ("B", "Special educational needs"),
              ("C", "Health needs related to SEN"), ("D", "Social care needs related to SEN or disability"),
              ("E", "Outcomes"), ("F", "Special educational provision"), ("G", "Health provision"),
              ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
              ("H2", "Other social care provision"), ("I", "Placement"), ("J", "Personal budget"),
              ("K", "Advice and information")]
    w.contents([f"Section {sid}: {title}" for sid, title in titles])
    w.page_break()
    sections = dict(titles)

    w.heading(f"Section A: {sections['A']}")
    for _ in range(paragraphs):
        w.para(_paragraph(rng, 5))
    w.heading(f"Section B: {sections['B']}")
    for area in NEED_AREAS:
        w.heading(area, 2)
        for _ in range(paragraphs):
            w.para(_paragraph(rng, 4))
    w.heading(f"Section C: {sections['C']}")
    w.para(_paragraph(rng, 4))
    w.heading(f"Section D: {sections['D']}")
    w.para(_paragraph(rng, 3))
    w.heading(f"Section E: {sections['E']}")
    outcomes = [[area, OUTCOME.format(when=rng.choice(WHENS), c=FIRST, verb=rng.choice(VERBS), s=rng.choice(SUBJECTS),
                                      measure=rng.choice(MEASURES)), "Reviewed termly at the plan review meeting"]
                for area in NEED_AREAS for _ in range(max(1, round(2 * scale)))]
    w.table(["Area of need", "Outcome", "Steps towards it"], outcomes, [4.0, 8.0, 4.5])
    w.heading(f"Section F: {sections['F']}")
    for area in NEED_AREAS:
        w.heading(area, 2)
        rows = [_provision_row(rng, area) for _ in range(per_area)]
        w.table(["Need", "Outcome", "Provision", "How often", "Who"], rows, [3.0, 3.8, 4.7, 2.5, 2.6])
    w.heading(f"Section G: {sections['G']}")
    w.table(["Health need", "Provision", "Who"],
            [["Asthma", "Inhaler kept in class and used as in the health care plan", "School nurse"],
             ["Hearing", "Annual audiology review", "Audiology service"]], [4.0, 8.0, 4.5])
    w.heading(f"Section H1: {sections['H1']}")
    w.table(["Need", "Provision", "Who"], [["Short breaks", "Two overnight short breaks a month", "Children's services"]],
            [4.0, 8.0, 4.5])
    w.heading(f"Section H2: {sections['H2']}")
    w.para("None identified at this time.")
    w.heading(f"Section I: {sections['I']}")
    w.para("Ashdown Vale Primary School (community primary school), full time.")
    w.heading(f"Section J: {sections['J']}")
    w.table(["Element", "Amount", "Arrangement"], [["Travel", "£1,200 a year", "Direct payment to parent"]],
            [5.0, 4.0, 7.5])
    w.heading(f"Section K: {sections['K']}")
    w.bullets(["Parent's views, 10 December 2025", "Educational psychology advice, 3 December 2025",
               "Speech and language therapy advice, 28 November 2025", "School advice, 1 December 2025"])
    w.save(path)


# ---------------------------------------------------------------------------- PDF


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


SOFFICE_MISSING = (
    "LibreOffice ('soffice') is not installed or not on PATH, so the benchmark PDFs cannot be built.\n"
    "Install it (Debian/Ubuntu: apt-get install libreoffice-writer fonts-crosextra-carlito) and run again.\n"
    "The DOCX plans are built without it."
)


# Tagged PDF, as Word's own export is: tagging adds marked-content operators that cost
# every extractor time, so leaving it out would flatter the numbers.
PDF_EXPORT = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def docx_to_pdf(docx: Path, pdf: Path, soffice: str) -> None:
    with tempfile.TemporaryDirectory(prefix="ehcp-bench-") as tmp:
        profile, outdir = Path(tmp) / "profile", Path(tmp) / "out"
        outdir.mkdir()
        command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                   "--convert-to", PDF_EXPORT, "--outdir", str(outdir), str(docx)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=600, env=dict(os.environ, TZ="UTC"))
        produced = outdir / (docx.stem + ".pdf")
        if result.returncode != 0 or not produced.exists():
            raise SystemExit(f"LibreOffice could not convert {docx.name} (exit code {result.returncode}).")
        data = produced.read_bytes()
    # Blank the dates and the file /ID so rebuilds give the same bytes.
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", rb"\g<1>20260101000000", data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    pdf.write_bytes(data)


def build(names: list[str], force: bool = False, quiet: bool = False) -> dict[str, dict[str, Path]]:
    """Build the named plans if needed; returns {name: {"docx": path, "pdf": path or None}}."""
    OUT.mkdir(exist_ok=True)
    soffice = find_soffice()
    built: dict[str, dict[str, Path]] = {}
    for name in names:
        docx, pdf, stamp = OUT / f"{name}.docx", OUT / f"{name}.pdf", OUT / f"{name}.fingerprint"
        fresh = not force and stamp.exists() and stamp.read_text() == fingerprint(name)
        if not (fresh and docx.exists()):
            build_docx(docx, PLANS[name])
            pdf.unlink(missing_ok=True)
            stamp.unlink(missing_ok=True)
            if not quiet:
                print(f"{name}: wrote {docx}")
        if not pdf.exists():
            if soffice is None:
                print(SOFFICE_MISSING, file=sys.stderr)
            else:
                docx_to_pdf(docx, pdf, soffice)
                if not quiet:
                    print(f"{name}: wrote {pdf}")
        if pdf.exists():
            stamp.write_text(fingerprint(name))
        built[name] = {"docx": docx, "pdf": pdf if pdf.exists() else None}
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the ~30- and ~100-page benchmark plans in benchmarks/out/.")
    parser.add_argument("--force", action="store_true", help="rebuild even if the cached files are up to date")
    args = parser.parse_args(argv)
    built = build(list(PLANS), force=args.force)
    missing = [name for name, files in built.items() if files["pdf"] is None]
    for name, files in built.items():
        if files["pdf"] is not None:
            import pypdfium2

            pages = len(pypdfium2.PdfDocument(str(files["pdf"])))
            print(f"{name}: {pages} pages, PDF {files['pdf'].stat().st_size // 1024} KB, "
                  f"DOCX {files['docx'].stat().st_size // 1024} KB")
    return 2 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
