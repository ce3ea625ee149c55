"""Read a PDF plan into blocks with PDFium (pypdfium2, installed with pdfplumber).

PDFium follows the content stream, which Word and LibreOffice write cell by cell, so a
Section F table row comes out as its need / provision / frequency / who cells rather
than as interleaved columns; it is also about 45 times faster than pdfplumber's
`extract_text` (see performance.md). Lines are grouped into blocks by geometry: a new
block starts at a bullet, a change of font, a paragraph gap, or a jump back up the page
(the next cell of a table row). Cells that share a top edge form a table row.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from statistics import median

from ..errors import AuditError
from ..model import Block, BlockKind, Document, Notice, TablePos
from . import garble, normalize

MARGIN_BAND = 0.12  # running headers and footers live in the top and bottom 12% of a page
RECURRING_SHARE = 0.6  # a margin line on at least 60% of pages is a running header or footer
MIN_PAGES_FOR_RUNNING = 3
_LIST_MARKER = re.compile(r"\(?\d{1,3}[.)]|\(?[a-z][.)]")  # "19.", "(b)": an item's number, not a page's
ROW_TOLERANCE = 2.5  # points: cells of one table row share a top edge
MAX_RULE_THICKNESS = 2.5  # points: a table border is a thin line or a thin filled rectangle
MIN_RULE_LENGTH = 16.0  # points: shorter strokes are underlines, bullets or decoration
# A line's box comes from its baseline and font size, not from its glyphs' outlines, so
# gaps between lines do not depend on which letters a line starts or ends with (with
# glyph boxes every line of a paragraph became a block of its own, and a line ending in a
# quote mark looked 1 pt tall), and the careful reader (pdf_careful.py) gets the same box.
NOMINAL_ASCENT, NOMINAL_DESCENT = 0.7, 0.1  # of the font size: about cap height, a little below
_BOLD_FONT = re.compile(r"bold|black|heavy", re.IGNORECASE)

# Limits and thresholds for pages that cannot be read (see docs/reliability.md).
MAX_CHARS_PER_PAGE = 100_000  # a dense A4 page has 3-5k characters; far more is a glyph bomb
MAX_OBJECTS_EXAMINED = 50_000  # objects looked at per page when measuring images
SCAN_COVERAGE = 0.5  # images over half the page and little text: a scanned page
FEW_CHARS = 200  # visible characters: a scanned page may carry a typed page number or stamp
OCR_LAYER_COVERAGE = 0.9  # a full-page image under plenty of text is an OCR'd scan or a background
PARTLY_SCANNED_COVERAGE = 0.25  # images over a quarter of a page that has text: part of it may be a scan
OUTLINE_PATHS = 50  # a page with no text but this many drawn shapes may hold text turned into outlines


class PageState(str, Enum):
    TEXT = "text"
    BLANK = "blank"
    SCANNED = "scanned"
    PARTLY_SCANNED = "partly_scanned"
    OUTLINED = "outlined"
    GARBLED = "garbled"
    DAMAGED = "damaged"


UNREAD_STATES = {PageState.SCANNED, PageState.PARTLY_SCANNED, PageState.OUTLINED, PageState.GARBLED, PageState.DAMAGED}
"""Pages whose text was not (fully) read: absence checks are not run on a plan that has one."""

NOTICE_TEXT = {
    PageState.SCANNED: ("scanned_pages", "No text layer (a scan?) on {pages} of {total}: that text was not read, so "
                        "checks for missing content were not run. OCR the file (for example with --ocr) and check again."),
    PageState.PARTLY_SCANNED: ("partly_scanned", "Part of {pages} is an image (a scan or a picture of text?): text "
                               "inside images was not read, so checks for missing content were not run."),
    PageState.OUTLINED: ("outlined_text", "Drawings but no text on {pages} (text may have been turned into shapes): "
                         "it was not read, so checks for missing content were not run."),
    PageState.GARBLED: ("garbled_text", "The text of {pages} comes out as nonsense (a font maps letters to the wrong "
                        "characters), so it was not audited and checks for missing content were not run. Save the "
                        "PDF again from the original document, or OCR it."),
    PageState.DAMAGED: ("damaged_pages", "{pages} could not be read (damaged), so checks for missing content were "
                        "not run. Download or save the plan again."),
}
"""Notice code and message for each kind of unread page. Messages name pages, never text."""


@dataclass
class Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(frozen=True)
class Ruling:
    """A thin drawn line (a table border), in points from the page's top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.bottom - self.top <= MAX_RULE_THICKNESS and self.x1 - self.x0 >= MIN_RULE_LENGTH

    @property
    def vertical(self) -> bool:
        return self.x1 - self.x0 <= MAX_RULE_THICKNESS and self.bottom - self.top >= MIN_RULE_LENGTH / 2


@dataclass
class PageRead:
    """One page as read: its lines, how many visible characters, and whether it was readable."""

    lines: list[Line]
    chars: int
    width: float
    state: PageState
    rulings: list[Ruling] = field(default_factory=list)  # table border lines drawn on the page


@dataclass
class RawBlock:
    lines: list[Line] = field(default_factory=list)
    cell: TablePos | None = None
    columns: tuple[float, ...] = ()  # column edges of the ruled table the cell is in
    grid: "Grid | None" = None  # a placeholder for a whole ruled table, while a page is read

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom


def open_pdf(path: str, password: str | None = None):
    """Open with PDFium, mapping its errors to stable codes (never its messages).

    PDFium reads the file itself (read-only) and decrypts in memory: no decrypted copy
    is ever written. A PDF with an empty user password opens without one."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == 4:  # FPDF_ERR_PASSWORD
            raise AuditError("wrong_password" if password else "encrypted") from None
        raise AuditError("corrupt") from None


def read_pdf(path: str, password: str | None = None, max_pages: int = 2000) -> Document:
    """Read every page's lines, drop running headers and footers, and build blocks."""
    pdf = open_pdf(path, password)
    try:
        page_count = len(pdf)
        if page_count <= 0:
            raise AuditError("corrupt")
        if page_count > max_pages:
            raise AuditError("too_many_pages")
        reads = [_read_page(pdf, index) for index in range(page_count)]
        encrypted = _is_encrypted(pdf)
    finally:
        pdf.close()

    return reads_to_document(reads, encrypted)


def reads_to_document(reads: list[PageRead], encrypted: bool = False) -> Document:
    """Drop running headers and footers and build the Document from the pages as read.
    Shared with the careful reader (pdf_careful.py), so both give the same model."""
    page_count = len(reads)
    if not any(r.chars for r in reads if r.state not in UNREAD_STATES or r.state == PageState.PARTLY_SCANNED):
        raise AuditError(_nothing_read_code(reads))
    pages = [r.lines if r.state != PageState.GARBLED else [] for r in reads]
    _drop_running_lines(pages)
    vocabulary = _vocabulary(pages)
    blocks = _build_blocks(pages, [r.width for r in reads], vocabulary, [r.rulings for r in reads])
    notices = _page_notices(reads)
    if encrypted:
        notices.append(Notice("encrypted_no_password", "The PDF is encrypted but opens without a password "
                              "(it is only protected against changes); it was read normally."))
    unread = tuple(i + 1 for i, r in enumerate(reads) if r.state in UNREAD_STATES)
    return Document("pdf", tuple(blocks), page_count, tuple(notices), unread)


def _nothing_read_code(reads: list[PageRead]) -> str:
    """The error code for a PDF with no readable text, from what its pages held."""
    states = {r.state for r in reads}
    if PageState.GARBLED in states:
        return "garbled_text"
    if states & {PageState.SCANNED, PageState.PARTLY_SCANNED, PageState.OUTLINED}:
        return "no_text_layer"
    if PageState.DAMAGED in states:
        return "corrupt"
    return "no_text"


def _page_notices(reads: list[PageRead]) -> list[Notice]:
    """One notice per kind of unread page, naming the pages (never their text)."""
    notices = []
    for state, (code, template) in NOTICE_TEXT.items():
        numbers = tuple(i + 1 for i, r in enumerate(reads) if r.state == state)
        if numbers:
            pages = f"{'page' if len(numbers) == 1 else 'pages'} {_page_list(numbers)}"
            message = template.format(pages=pages, total=len(reads))
            notices.append(Notice(code, message[0].upper() + message[1:], numbers))
    return notices


def _page_list(numbers: tuple[int, ...]) -> str:
    """'2, 5-7, 9' from (2, 5, 6, 7, 9)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def _is_encrypted(pdf) -> bool:
    from pypdfium2 import raw

    return raw.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1


def _read_page(pdf, index: int) -> PageRead:
    """Read one page. A page PDFium cannot load is marked damaged; the others still count."""
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return PageRead([], 0, 0.0, PageState.DAMAGED)
    try:
        rotation = page.get_rotation()
        if rotation and _text_upright_in_user_space(page):
            # /Rotate only turns the view of upright text (the page shows sideways): read
            # it as written, or PDFium gives the lines bottom to top (pdfplumber #848).
            page.set_rotation(0)  # in memory only: the file is never written
            rotation = 0
        try:
            textpage = page.get_textpage()
        except pdfium.PdfiumError:
            return PageRead([], 0, page.get_width(), PageState.DAMAGED)
        try:
            count = textpage.count_chars()
            if count < 0:
                return PageRead([], 0, page.get_width(), PageState.DAMAGED)
            if count > MAX_CHARS_PER_PAGE:
                raise AuditError("too_much_text")
            lines, text = _page_lines(page, textpage, index, count, rotation)
        finally:
            textpage.close()
        visible = len(text) - sum(text.count(c) for c in " \r\n\t")
        return PageRead(lines, visible, page.get_width(), _classify(page, text, visible), _rulings(page))
    finally:
        page.close()


def _classify(page, text: str, visible: int) -> PageState:
    """Whether the page's text was read, from its characters and how much of it is image."""
    coverage, paths = _image_coverage(page)
    if visible == 0:
        if coverage > 0:
            return PageState.SCANNED
        return PageState.OUTLINED if paths >= OUTLINE_PATHS else PageState.BLANK
    if garble.is_garbled(text):
        return PageState.GARBLED
    if coverage >= SCAN_COVERAGE and visible < FEW_CHARS:
        return PageState.SCANNED
    if PARTLY_SCANNED_COVERAGE <= coverage < OCR_LAYER_COVERAGE:
        return PageState.PARTLY_SCANNED
    return PageState.TEXT


def _image_coverage(page) -> tuple[float, int]:
    """Share of the page covered by images (directly or inside form XObjects), and the
    number of path objects. Uses PDFium's object list: about 0.1 ms a page."""
    import ctypes

    from pypdfium2 import raw

    area = page.get_width() * page.get_height()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    covered = 0.0
    paths = 0
    count = min(raw.FPDFPage_CountObjects(page.raw), MAX_OBJECTS_EXAMINED)
    for k in range(count):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif kind == raw.FPDF_PAGEOBJ_IMAGE or (kind == raw.FPDF_PAGEOBJ_FORM and _form_has_image(obj, 2)):
            if raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                covered += max(0.0, right.value - left.value) * max(0.0, top.value - bottom.value)
    return (min(1.0, covered / area) if area > 0 else 0.0), paths


def _rulings(page) -> list[Ruling]:
    """The page's thin drawn lines (table borders), from PDFium's object list."""
    import ctypes

    from pypdfium2 import raw

    height = page.get_height()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    found = []
    for k in range(min(raw.FPDFPage_CountObjects(page.raw), MAX_OBJECTS_EXAMINED)):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_PATH and raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            rule = Ruling(left.value, height - top.value, right.value, height - bottom.value)
            if rule.horizontal or rule.vertical:
                found.append(rule)
    return found


def _form_has_image(form, depth: int) -> bool:
    from pypdfium2 import raw

    if depth <= 0:
        return False
    count = min(raw.FPDFFormObj_CountObjects(form), MAX_OBJECTS_EXAMINED)
    for k in range(max(count, 0)):
        obj = raw.FPDFFormObj_GetObject(form, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE or (kind == raw.FPDF_PAGEOBJ_FORM and _form_has_image(obj, depth - 1)):
            return True
    return False


def _text_upright_in_user_space(page, sample: int = 50) -> bool:
    """Whether most text objects are drawn without rotation (a /Rotate page whose text
    was not turned to compensate), judged from their matrices."""
    from pypdfium2 import raw

    matrix = raw.FS_MATRIX()
    upright = turned = 0
    for k in range(min(raw.FPDFPage_CountObjects(page.raw), MAX_OBJECTS_EXAMINED)):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_TEXT and raw.FPDFPageObj_GetMatrix(obj, matrix):
            if abs(matrix.a) >= abs(matrix.b):
                upright += 1
            else:
                turned += 1
            if upright + turned >= sample:
                break
    return upright > turned


def _view(page, rotation: int):
    """For a page shown turned by /Rotate, maps PDF space to the view a reader sees:
    (horizontal extent of a box, depth of a point below the top). Unturned pages keep
    the plain formulas the careful reader also uses."""
    x0, y0, x1, y1 = page.get_mediabox()
    if rotation == 90:
        return (lambda l, b, r, t: (b - y0, t - y0)), (lambda x, y: x - x0)
    if rotation == 180:
        return (lambda l, b, r, t: (x1 - r, x1 - l)), (lambda x, y: y - y0)
    if rotation == 270:
        return (lambda l, b, r, t: (y1 - t, y1 - b)), (lambda x, y: x1 - x)
    height = page.get_height()
    return (lambda l, b, r, t: (l, r)), (lambda x, y: height - y)


def _page_lines(page, textpage, index: int, count: int, rotation: int = 0) -> tuple[list[Line], str]:
    """The page's text lines with their geometry (as the page is seen), and its whole text."""
    height = page.get_height()
    extent, depth = _view(page, rotation)
    text = textpage.get_text_range() if count else ""
    lines: list[Line] = []
    if len(text) != count:  # surrogate pairs shift indices: fall back to one line per rect
        return _rect_lines(textpage, index + 1, height), text
    glyphs = _Glyphs(textpage, extent, depth)
    start = 0
    for raw_line in text.split("\n"):
        end = start + len(raw_line)
        stripped = raw_line.rstrip("\r")
        if stripped.strip():
            first = start + (len(stripped) - len(stripped.lstrip()))
            last = start + len(stripped.rstrip()) - 1
            for seg_first, seg_last in _cell_segments(glyphs, first, last, text):
                seg_text = text[seg_first : seg_last + 1]
                # Loose (advance-width) boxes give the same x extents as pdfminer's glyphs.
                x0 = glyphs.span(seg_first)[0]
                x1 = glyphs.span(seg_last)[1]
                size = glyphs.size(seg_first)
                top, bottom = nominal_line_box(glyphs.baseline(seg_first), size)
                # A line is bold if it starts and ends bold: a bold label before plain text is not.
                bold = glyphs.bold(seg_first) and glyphs.bold(seg_last)
                lines.append(Line(seg_text, index + 1, x0, x1, top, bottom, round(size, 1), bold))
        start = end + 1
    return lines, text


class _Glyphs:
    """Per-character facts of one text page, asked of PDFium's C functions directly.

    A page needs thousands of these look-ups; pypdfium2's helpers build fresh ctypes
    buffers and wrapper objects on every call, which was most of the reader's time.
    Here one set of buffers is reused, and each font's boldness is worked out once."""

    def __init__(self, textpage, extent, depth):
        import ctypes

        from pypdfium2 import raw

        self._raw, self._handle = raw, textpage.raw
        self._extent, self._depth = extent, depth
        self._rect = raw.FS_RECTF()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._name = ctypes.create_string_buffer(128)
        self._bold: dict[tuple[bytes, int], bool] = {}

    def span(self, index: int) -> tuple[float, float]:
        """Horizontal extent (as the page is seen) of a glyph's loose, advance-width box."""
        rect = self._rect
        if not self._raw.FPDFText_GetLooseCharBox(self._handle, index, rect):
            from pypdfium2 import PdfiumError

            raise PdfiumError("Failed to get charbox.")  # as pypdfium2's get_charbox
        return self._extent(rect.left, rect.bottom, rect.right, rect.top)

    def size(self, index: int) -> float:
        return self._raw.FPDFText_GetFontSize(self._handle, index)

    def baseline(self, index: int) -> float:
        """Depth below the top of the page of a glyph's origin (on its baseline)."""
        x, y = self._x, self._y
        if not self._raw.FPDFText_GetCharOrigin(self._handle, index, x, y):
            x.value = y.value = 0.0  # as fresh buffers would read: no stale origin
        return self._depth(x.value, y.value)

    def bold(self, index: int) -> bool:
        name = self._name
        length = self._raw.FPDFText_GetFontInfo(self._handle, index, name, len(name), None)
        # PDFium leaves the buffer alone when the name does not fit (or there is no font):
        # read that as no name, which is what a fresh zeroed buffer would give.
        key = (name.value if 0 < length <= len(name) else b"", self._raw.FPDFText_GetFontWeight(self._handle, index))
        if key not in self._bold:
            self._bold[key] = font_is_bold(key[0].decode("utf-8", "replace"), key[1])
        return self._bold[key]


CELL_GAP_EMS = 1.0  # a horizontal gap wider than one font size between two glyphs separates table cells
_SPACE_RUN = re.compile(r"[ \t]+")
_HYPHEN_END = re.compile(r"\w-$")  # a line ending in a hyphen that PDFium left unmarked
_OPEN_EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]*|[\w.-]*[.-])$")  # no ".tld" yet, or ends on "." or "-"
_LAST_EMAIL = re.compile(r"[\w.+-]+@[\w.-]+$")


def _cell_segments(glyphs: _Glyphs, first: int, last: int, text: str) -> list[tuple[int, int]]:
    """Split one PDFium text line where it crosses from one table cell to the next.

    PDFium joins text that shares a baseline into one line, so a table row's short cells
    ("Weekly" | "Speech and language therapist") come out as one line, with a space where
    the gap is. Only the glyphs either side of each run of spaces are measured: a gap wider
    than CELL_GAP_EMS font sizes splits the line (the careful reader splits at the same gaps)."""
    segments: list[tuple[int, int]] = []
    seg_start = first
    for run in _SPACE_RUN.finditer(text, first, last + 1):
        before, after = run.start() - 1, run.end()
        if before >= seg_start and after <= last:
            right = glyphs.span(before)[1]
            left = glyphs.span(after)[0]
            size = glyphs.size(after) or 10.0
            if left - right > CELL_GAP_EMS * size:
                segments.append((seg_start, before))
                seg_start = after
    segments.append((seg_start, last))
    return segments


def nominal_line_box(baseline: float, size: float) -> tuple[float, float]:
    """(top, bottom) of a line from its baseline, in points from the top of the page."""
    return baseline - NOMINAL_ASCENT * size, baseline + NOMINAL_DESCENT * size


def font_is_bold(font_name: str, weight: int = -1) -> bool:
    """Bold by weight or by name ("ABCDEF+Carlito-Bold", "Arial,Bold"): LibreOffice and
    some Word exports report weight 400 for bold fonts."""
    return weight >= 600 or bool(_BOLD_FONT.search(font_name.split("+", 1)[-1]))


def _rect_lines(textpage, page_no: int, height: float) -> list[Line]:
    lines = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if text.strip():
            lines.append(Line(text, page_no, left, right, height - top, height - bottom, 0.0, False))
    return lines


_DIGITS = re.compile(r"\d+")


def _margin_key(line: Line, page_height: float) -> str | None:
    """The digit-masked text of a line in the page margin band, with its height on the
    page, else None. A running header sits at the same height on every page; a short
    line that happens to recur near the margins ("None identified.") does not."""
    band = page_height * MARGIN_BAND
    if line.top > band and line.bottom < page_height - band:
        return None
    if _LIST_MARKER.fullmatch(line.text.strip()):
        return None  # "19." beside its item: a numbered list can reach the margin on many pages
    return f"{round(line.top / 2)}|" + _DIGITS.sub("#", normalize.collapse_spaces(line.text).lower())


def _drop_running_lines(pages: list[list[Line]]) -> None:
    """Remove lines that recur in the margins of most pages ("Name: … Page 3 of 20")."""
    if len(pages) < MIN_PAGES_FOR_RUNNING:
        return
    heights = [max((ln.bottom for ln in p), default=0) for p in pages]
    page_height = max(heights + [792.0])
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({k for ln in lines if (k := _margin_key(ln, page_height))})
    threshold = RECURRING_SHARE * len(pages)
    running = {k for k, n in seen.items() if n >= threshold}
    kept = [[ln for ln in lines if _margin_key(ln, page_height) not in running] for lines in pages]
    if any(kept):  # a file made only of "running" lines keeps them: its text was still read
        for lines, keep in zip(pages, kept):
            lines[:] = keep


def _vocabulary(pages: list[list[Line]]) -> set[str]:
    words: set[str] = set()
    for lines in pages:
        for ln in lines:
            words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", ln.text))
    return words


def _starts_bullet(text: str) -> bool:
    return bool(normalize.BULLET_PREFIX.match(normalize.clean(text)))


def _new_block_needed(block: RawBlock, line: Line, right_edge: float, text_width: float) -> bool:
    prev = block.lines[-1]
    if line.page != prev.page or _starts_bullet(line.text):
        return True
    if line.top < prev.top - 1:  # moved back up the page: the next cell of a table row
        return True
    if abs(line.size - prev.size) > 0.6 or line.bold != prev.bold:
        return True
    line_height = max(prev.bottom - prev.top, 1.0)
    if line.top - prev.bottom > 0.9 * line_height:  # paragraph spacing
        return True
    if abs(line.x0 - block.lines[0].x0) > 3 and (len(block.lines) < 2 or abs(line.x0 - block.lines[1].x0) > 3):
        # A continuation line starts under the first line, or under the second (hanging indent)
        if not (_starts_bullet(block.lines[0].text) and len(block.lines) == 1 and line.x0 > block.lines[0].x0):
            return True
    # A line that stops well short of the right edge ends its paragraph. Inside table cells
    # every line is short; the cell pass below puts those lines back together.
    shortfall = right_edge - prev.x1
    ends_sentence = prev.text.rstrip()[-1:] in ".:;!?"
    return shortfall > 0.15 * text_width or (ends_sentence and shortfall > 0.05 * text_width)


def _build_blocks(pages: list[list[Line]], widths: list[float], vocabulary: set[str],
                  rulings: list[list[Ruling]] | None = None) -> list[Block]:
    sizes = [ln.size for lines in pages for ln in lines if ln.size]
    body_size = median(sizes) if sizes else 0.0
    raw_blocks: list[RawBlock] = []
    for lines, width, page_rulings in zip(pages, widths, rulings or [[] for _ in pages]):
        if not lines:
            continue
        # (whole points: the two readers place a glyph's edge a fraction of a point apart,
        # and a line's shortfall against these edges decides where a paragraph ends)
        left_edge = math.floor(min(ln.x0 for ln in lines))
        # The text area's right edge: where the longest line ends, or the mirror of the
        # left margin when no line is long (a page of short lines).
        right_edge = max(math.ceil(max(ln.x1 for ln in lines)), width - left_edge)
        text_width = max(right_edge - left_edge, 1.0)
        grids = _grids(page_rulings)
        page_blocks: list[RawBlock] = []
        free: list[RawBlock] = []  # blocks outside ruled tables, grouped by the heuristics below
        emitted: set[int] = set()
        for line in lines:
            grid = next((g for g in grids if g.holds(line)), None)
            if grid is not None:
                grid.add(line)
                if id(grid) not in emitted:  # the table takes the place of its first line
                    emitted.add(id(grid))
                    page_blocks.extend(_group_cells(free))
                    free = []
                    page_blocks.append(RawBlock(grid=grid))
                continue
            if free and not _new_block_needed(free[-1], line, right_edge, text_width):
                free[-1].lines.append(line)
            else:
                free.append(RawBlock([line]))
        page_blocks.extend(_group_cells(free))
        for block in page_blocks:
            raw_blocks.extend(block.grid.cells() if block.grid is not None else [block])
    _assign_tables(raw_blocks)
    return [_to_block(b, vocabulary, body_size) for b in raw_blocks]


class Grid:
    """A ruled table on one page: column edges from its vertical borders, row edges from
    its horizontal ones. Text lines are put in the cell that holds their middle, so a
    row's cells stay whole however PDFium ordered the lines."""

    def __init__(self, xs: list[float], ys: list[float], borders: list[Ruling] = ()):
        self.xs, self.ys = xs, ys
        self.borders = borders  # the horizontal rulings, to find cells merged down
        self.slots: dict[tuple[int, int], list[Line]] = {}

    def holds(self, line: Line) -> bool:
        mid_y = (line.top + line.bottom) / 2
        return self.xs[0] - 1 <= line.x0 and line.x1 <= self.xs[-1] + 1 and self.ys[0] <= mid_y <= self.ys[-1]

    def add(self, line: Line) -> None:
        mid_y = (line.top + line.bottom) / 2
        row = max(i for i, y in enumerate(self.ys[:-1]) if y <= mid_y)
        col = max(i for i, x in enumerate(self.xs[:-1]) if x <= line.x0 + 1)
        self.slots.setdefault((row, col), []).append(line)

    def cells(self) -> list[RawBlock]:
        """The non-empty cells, row by row; TablePos rows are renumbered later. A cell with
        no border under it in its column is merged down: it covers the rows below it up to
        the next border, and the text in them is its own."""
        out = []
        covered: set[tuple[int, int]] = set()
        for (row, col) in sorted(self.slots):
            if (row, col) in covered:
                continue
            rows = 1
            while row + rows < len(self.ys) - 1 and not self._border(row + rows, col):
                rows += 1
            lines = [ln for r in range(row, row + rows) for ln in self.slots.get((r, col), [])]
            covered.update((r, col) for r in range(row, row + rows))
            lines.sort(key=lambda ln: (round(ln.top), ln.x0))
            out.append(RawBlock(lines, TablePos(-1, row, col, rows), columns=tuple(self.xs)))
        return sorted(out, key=lambda b: (b.cell.row, b.cell.col))

    def _border(self, row: int, col: int) -> bool:
        """Is there a border along the top of this row in this column? (True when the
        table's borders are not known: a grid built without them.)"""
        if not self.borders:
            return True
        y, left, right = self.ys[row], self.xs[col], self.xs[col + 1]
        return any(abs((r.top + r.bottom) / 2 - y) <= 2 and r.x0 <= left + 3 and r.x1 >= right - 3 for r in self.borders)


def _grids(rulings: list[Ruling]) -> list[Grid]:
    """Ruled tables on a page: clusters of vertical borders that share a vertical span,
    with the horizontal borders that cross them. A table needs two columns at least."""
    verticals = sorted((r for r in rulings if r.vertical), key=lambda r: r.top)
    clusters: list[list[Ruling]] = []
    for rule in verticals:
        for cluster in clusters:
            if rule.top <= max(r.bottom for r in cluster) + 2 and rule.bottom >= min(r.top for r in cluster) - 2:
                cluster.append(rule)
                break
        else:
            clusters.append([rule])
    grids = []
    for cluster in clusters:
        xs = _dedupe(sorted((r.x0 + r.x1) / 2 for r in cluster))
        top, bottom = min(r.top for r in cluster), max(r.bottom for r in cluster)
        borders = [r for r in rulings if r.horizontal and top - 2 <= r.top <= bottom + 2]
        # A row border runs to the table's right edge from its left edge, or from a column
        # edge when the first column's cell is merged down over several rows.
        ys = _dedupe(sorted((r.top + r.bottom) / 2 for r in borders
                            if r.x1 >= xs[-1] - 2 and (r.x0 <= xs[0] + 2 or any(abs(r.x0 - x) <= 2 for x in xs[1:-1]))))
        if len(xs) >= 3 and len(ys) >= 2:  # two columns or more, and at least one row
            grids.append(Grid(xs, ys, borders))
    return grids


def _dedupe(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for value in values:
        if not out or value - out[-1] > tolerance:
            out.append(value)
    return out


def _row_anchors(blocks: list[RawBlock]) -> dict[int, list[RawBlock]]:
    """Blocks that start side by side at one height: the first blocks of a table row's cells.
    Returns the rows keyed by the id of each anchor block."""
    rows: list[list[RawBlock]] = []
    for block in sorted(blocks, key=lambda b: (b.top, b.x0)):
        if rows and abs(block.top - rows[-1][0].top) <= ROW_TOLERANCE:
            rows[-1].append(block)
        else:
            rows.append([block])
    anchors: dict[int, list[RawBlock]] = {}
    for row in rows:
        row.sort(key=lambda b: b.x0)
        if len(row) > 1 and all(b.x0 > a.x1 - 3 for a, b in zip(row, row[1:])):
            for block in row:
                anchors[id(block)] = row
    return anchors


def _group_cells(blocks: list[RawBlock]) -> list[RawBlock]:
    """Mark the cells of table rows and fold each cell's later lines into it.

    Word and LibreOffice write a table cell by cell, so the blocks that follow a cell's
    first block, inside its column and above the next row, are the rest of that cell."""
    anchors = _row_anchors(blocks)
    row_tops = sorted({row[0].top for row in anchors.values()})
    out: list[RawBlock] = []
    current: RawBlock | None = None
    for block in blocks:
        row = anchors.get(id(block))
        if row is not None:
            block.cell = TablePos(-1, -1, row.index(block))
            current = block
            out.append(block)
            continue
        if current is not None and _continues_cell(current, anchors[id(current)], block, row_tops):
            current.lines.extend(block.lines)
            continue
        current = None
        out.append(block)
    return out


def _continues_cell(cell: RawBlock, row: list[RawBlock], block: RawBlock, row_tops: list[float]) -> bool:
    col = row.index(cell)
    right = row[col + 1].x0 if col + 1 < len(row) else float("inf")
    next_top = next((t for t in row_tops if t > cell.top + ROW_TOLERANCE), float("inf"))
    # a line in smaller print under the cell is a note of its own ("Links: B communication; Outcome 1")
    smaller = block.lines[0].size < cell.lines[-1].size - 0.6
    return cell.x0 - 3 <= block.x0 < right - 3 and cell.top < block.top < next_top - ROW_TOLERANCE and not smaller


def _assign_tables(blocks: list[RawBlock]) -> None:
    """Number tables and rows. Cells of a ruled table keep its rows; other cells form a row
    of consecutive, left-to-right blocks. A ruled table that starts a page with the same
    columns as the one that ended the previous page continues it (its repeated header row
    is dropped, and a row split by the page break is joined back together)."""
    table, row, prev_cols, prev_row_key, prev_page = -1, -1, None, None, None
    last_columns: tuple[float, ...] = ()
    i = 0
    while i < len(blocks):
        if blocks[i].cell is None:
            prev_cols, last_columns, prev_row_key = None, (), None
            i += 1
            continue
        j = i
        if blocks[i].columns:
            while j + 1 < len(blocks) and blocks[j + 1].columns == blocks[i].columns and blocks[j + 1].cell.row == blocks[i].cell.row:
                j += 1
            continues = last_columns and _same_columns(last_columns, blocks[i].columns) and blocks[i].lines[0].page != prev_page
            new_table = not (prev_row_key == (blocks[i].lines[0].page, blocks[i].columns) or continues)
        else:
            while j + 1 < len(blocks) and blocks[j + 1].cell is not None and not blocks[j + 1].columns and blocks[j + 1].cell.col > blocks[j].cell.col:
                j += 1
            new_table = prev_cols != j - i + 1 or last_columns != ()
        if new_table:
            table += 1
            row = -1
        row += 1
        for k in range(i, j + 1):
            blocks[k].cell = TablePos(table, row, blocks[k].cell.col, blocks[k].cell.rows)
        prev_cols = j - i + 1
        prev_page = blocks[j].lines[0].page
        prev_row_key = (prev_page, blocks[i].columns) if blocks[i].columns else None
        last_columns = blocks[i].columns
        i = j + 1
    _mend_page_breaks(blocks)


def _same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 2 for x, y in zip(a, b))


def _mend_page_breaks(blocks: list[RawBlock]) -> None:
    """Inside a table that runs over a page break: drop a repeated header row, and join a
    row whose first cell is empty (the rest of a row cut by the break) to the row above."""
    rows: dict[tuple[int, int], list[RawBlock]] = {}
    for block in blocks:
        if block.cell is not None:
            rows.setdefault((block.cell.table, block.cell.row), []).append(block)
    page_of = {key: cells[0].lines[0].page for key, cells in rows.items()}
    # a table whose first column is merged down over groups of rows leaves that column
    # empty on a new page when a group runs on: no evidence of a cut row there
    merged_first = {block.cell.table for block in blocks if block.cell is not None and block.cell.col == 0 and block.cell.rows > 1}
    mended_pages: set[tuple[int, int]] = set()
    for (table, row), cells in sorted(rows.items()):
        earlier = [r for r in range(row - 1, -1, -1) if any(c.lines for c in rows.get((table, r), []))]
        if row == 0 or not earlier or page_of[(table, row)] == page_of[(table, earlier[0])]:
            continue
        above = rows[(table, earlier[0])]
        header = rows.get((table, 0))
        if header and [_plain(c) for c in cells] == [_plain(c) for c in header]:
            for cell in cells:
                cell.lines.clear()
            continue
        if (table, page_of[(table, row)]) in mended_pages:
            continue  # only the first row on a page can be the rest of a row cut by the break
        mended_pages.add((table, page_of[(table, row)]))
        no_first_cell = all(c.cell.col != 0 for c in cells) and table not in merged_first
        if no_first_cell or sum(_plain(c)[:1].islower() for c in cells) * 2 > len(cells):
            # The rest of a row cut by the page break: no first cell, or text that carries
            # on mid-sentence ("Inference and" / "narrative language").
            for cell in cells:
                target = next((a for a in above if a.cell.col == cell.cell.col and a.lines), None)
                if target is not None:
                    target.lines.extend(cell.lines)
                    cell.lines.clear()
    blocks[:] = [b for b in blocks if b.lines]


def _plain(block: RawBlock) -> str:
    return " ".join(ln.text.strip() for ln in block.lines)


def _cell_right(raw_block: RawBlock) -> float | None:
    """Where the lines of a ruled table cell may reach: its right border, less the same
    padding as on its left. None outside ruled tables."""
    cell, edges = raw_block.cell, raw_block.columns
    if cell is None or not edges or cell.col + 1 >= len(edges):
        return None
    padding = max(raw_block.x0 - edges[cell.col], 0.0)
    return edges[cell.col + 1] - padding


def _paragraph_break(prev: Line, line: Line, right: float | None) -> bool:
    """Does `line` start a new paragraph of the same cell? It does when the line before
    ended a sentence short of the cell's edge, with room left for this line's first word: a
    wrapped sentence would have taken it. ("...his communication book." / "A social group...")"""
    if right is None or not line.text[:1].isupper() or not prev.text.rstrip(" \"'”’)").endswith((".", "!", "?")):
        return False
    first_word = line.text.split(" ", 1)[0]
    char_width = (line.x1 - line.x0) / max(len(line.text), 1)
    return right - prev.x1 > (len(first_word) + 2) * char_width * 1.2


def _to_block(raw_block: RawBlock, vocabulary: set[str], body_size: float) -> Block:
    text = _join_lines(raw_block.lines, vocabulary, _cell_right(raw_block))
    first = raw_block.lines[0]
    if raw_block.cell is not None:
        kind = BlockKind.TABLE_CELL
    elif _starts_bullet(first.text):
        kind = BlockKind.LIST_ITEM
    elif (first.bold or (body_size and first.size > body_size + 0.9)) and len(text) < 160:
        kind = BlockKind.HEADING
    else:
        kind = BlockKind.PARAGRAPH
    return Block(text, kind, first.page, raw_block.cell)


def _wrapped_address(text: str, piece: str) -> bool:
    """Does `piece` carry on an e-mail address cut at the end of `text`? It does when the
    address is unfinished ("jo@exam"), or when the next line is a lone lower-case
    fragment ("jo@example.or" / "g")."""
    if not piece[:1].isalnum():
        return False
    return bool(_OPEN_EMAIL.search(text)) or (bool(_LAST_EMAIL.search(text)) and " " not in piece and piece[:1].islower())


def _join_lines(lines: list[Line], vocabulary: set[str], right: float | None = None) -> str:
    """Join a block's lines; rejoin words split at a line end; keep bullets, and the
    paragraphs of a table cell (where its right edge is known), on new lines."""
    text = ""
    for n, line in enumerate(lines):
        piece = normalize.clean(line.text).strip()
        if not text:
            text = piece
        elif _paragraph_break(lines[n - 1], line, right):
            text += "\n" + piece
        elif text.endswith(normalize.LINE_BREAK_HYPHEN):
            text = normalize.join_hyphenated(text[:-1], piece, vocabulary)
        elif _HYPHEN_END.search(text) and piece[:1].isalnum():
            text += piece  # a compound broken after its hyphen ("40-" / "minute"): no space
        elif _wrapped_address(text, piece):
            text += piece  # an e-mail address wrapped in a narrow cell ("jo.bloggs@exam" / "ple.org")
        elif _starts_bullet(piece):
            text += "\n" + piece
        else:
            text += " " + piece
    return normalize.collapse_spaces(text.replace(normalize.LINE_BREAK_HYPHEN, "-"))
