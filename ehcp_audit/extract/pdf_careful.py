"""The careful PDF reader: pdfplumber (pdfminer.six) instead of PDFium.

This path is about 20 times slower than `pdf.py` (see docs/performance.md) and is not
used by default. It exists as an independent second reading of the same file: a test
audits every sample plan both ways and requires identical findings, so a speed-up in the
fast path can never silently lose text. Select it with `LoadOptions(careful=True)`.

pdfminer gives characters in content-stream order, the same order PDFium follows.
They are put into lines the way PDFium does it (a new line when the baseline moves, a
space where there is a gap, a hyphen at a line end joined to the next line and marked
U+FFFE), and the lines then go through the same block builder as the fast path, so both
readers produce the same `Document` model. Every page is closed as soon as it is read:
pdfplumber keeps large caches on open pages (~5 MB per page).
"""

from __future__ import annotations

import itertools
from operator import itemgetter
from typing import Optional

from ..errors import AuditError
from ..model import Document
from . import garble
from . import pdf as fast
from .pdf import Line, PageRead, PageState, Ruling, font_is_bold, nominal_line_box, reads_to_document

NEW_LINE_SHIFT = 0.3  # a baseline move of more than 0.3 x the font size starts a new line
SPACE_GAP = 0.15  # a gap wider than 0.15 x the font size between two glyphs is a space
HYPHENS = ("-", "\u00ad")  # what PDFium treats as a hyphen at a line end
DEDUPE_TOLERANCE = 1.0  # points, as pdfplumber's dedupe_chars


def read_pdf_careful(path: str, password: Optional[str] = None, max_pages: int = 2000) -> Document:
    """Read every page with pdfplumber, one page at a time, and build the Document."""
    pdf = _open(path, password)
    try:
        page_count = len(pdf.pages)
        if page_count == 0:
            raise AuditError("corrupt")
        if page_count > max_pages:
            raise AuditError("too_many_pages")
        reads: list[PageRead] = []
        for index, page in enumerate(pdf.pages):
            try:
                reads.append(_read_page(page, index + 1))
            finally:
                page.close()  # frees pdfplumber's per-page caches
        encrypted = pdf.doc.encryption is not None
    except (AuditError, MemoryError):
        raise
    except Exception:  # pdfminer errors can quote the file's metadata: never pass them on
        raise AuditError("corrupt") from None
    finally:
        pdf.close()
    return reads_to_document(reads, encrypted)


def _read_page(page, page_no: int) -> PageRead:
    if len(page.chars) > fast.MAX_CHARS_PER_PAGE:
        raise AuditError("too_much_text")
    lines = _page_lines(page, page_no)
    text = "\n".join(line.text for line in lines)
    visible = len(text) - sum(text.count(c) for c in " \r\n\t")
    return PageRead(lines, visible, float(page.width), _classify(page, text, visible), _rulings(page))


def _classify(page, text: str, visible: int) -> PageState:
    """The same decision as pdf._classify, from pdfplumber's view of the page's images and shapes."""
    area = float(page.width) * float(page.height)
    covered = sum(max(0.0, float(i["x1"]) - float(i["x0"])) * max(0.0, float(i["bottom"]) - float(i["top"]))
                  for i in page.images)
    coverage = min(1.0, covered / area) if area > 0 else 0.0
    if visible == 0:
        if coverage > 0:
            return PageState.SCANNED
        paths = len(page.curves) + len(page.rects) + len(page.lines)
        return PageState.OUTLINED if paths >= fast.OUTLINE_PATHS else PageState.BLANK
    if garble.is_garbled(text):
        return PageState.GARBLED
    if coverage >= fast.SCAN_COVERAGE and visible < fast.FEW_CHARS:
        return PageState.SCANNED
    if fast.PARTLY_SCANNED_COVERAGE <= coverage < fast.OCR_LAYER_COVERAGE:
        return PageState.PARTLY_SCANNED
    return PageState.TEXT


def _open(path: str, password: Optional[str]):
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return pdfplumber.open(path, password=password or "")
    except Exception as exc:
        cause = exc.args[0] if exc.args else None
        if isinstance(exc, PDFPasswordIncorrect) or isinstance(cause, PDFPasswordIncorrect):
            raise AuditError("wrong_password" if password else "encrypted") from None
        raise AuditError("corrupt") from None


def dedupe_chars(chars: list[dict]) -> list[dict]:
    """Drop glyphs drawn twice at (nearly) the same place, as "fake bold" does.

    The same test as pdfplumber's `dedupe_chars` (same text, font and size within 1 pt),
    but the result keeps content-stream order in linear time; pdfplumber's own version
    restores order with `list.index`, which is quadratic in the glyphs on a page."""
    from pdfplumber.utils import cluster_objects

    key = itemgetter("upright", "text", "fontname", "size")
    keep: set[int] = set()
    for _, group in itertools.groupby(sorted(chars, key=key), key=key):
        for row in cluster_objects(list(group), itemgetter("doctop"), DEDUPE_TOLERANCE):
            for cluster in cluster_objects(row, itemgetter("x0"), DEDUPE_TOLERANCE):
                keep.add(id(min(cluster, key=itemgetter("doctop", "x0"))))
    return [c for c in chars if id(c) in keep]


def _page_lines(page, page_no: int) -> list[Line]:
    """The page's text lines in content-stream order, with their geometry."""
    page_height = float(page.height)
    lines: list[Line] = []
    text: list[str] = []  # the current line's characters (and generated spaces)
    glyphs: list[dict] = []  # the current line's real, non-blank glyphs
    prev: Optional[dict] = None
    for char in dedupe_chars(page.chars):
        value = char["text"]
        if not value:
            continue
        if prev is not None and _baseline_moved(prev, char):
            if _joins_hyphen(text, value):
                _mark_hyphen(text)
            else:
                _close_line(lines, text, glyphs, page_no, page_height)
                text, glyphs = [], []
        elif glyphs and value.strip() and _cell_gap(glyphs[-1], char):
            # Text on one baseline but in the next table cell: a line of its own, as pdf.py does.
            _close_line(lines, text, glyphs, page_no, page_height)
            text, glyphs = [], []
        elif prev is not None and _gap(prev, char) and text and text[-1] != " " and value != " ":
            text.append(" ")
        if value == " " and text and text[-1] == " ":
            prev = char
            continue  # PDFium keeps one space of a run
        text.append(value)
        if value.strip():
            glyphs.append(char)
        prev = char
    _close_line(lines, text, glyphs, page_no, page_height)
    return lines


def _baseline(char: dict) -> float:
    return float(char["matrix"][5])


def _baseline_moved(prev: dict, char: dict) -> bool:
    size = max(float(prev["size"]), float(char["size"]), 1.0)
    return abs(_baseline(char) - _baseline(prev)) > NEW_LINE_SHIFT * size


def _gap(prev: dict, char: dict) -> bool:
    size = max(float(prev["size"]), float(char["size"]), 1.0)
    return float(char["x0"]) - float(prev["x1"]) > SPACE_GAP * size


def _cell_gap(prev: dict, char: dict) -> bool:
    size = float(char["size"]) or 10.0
    return float(char["x0"]) - float(prev["x1"]) > fast.CELL_GAP_EMS * size


def _rulings(page) -> list[Ruling]:
    """Thin drawn lines and rectangles (table borders), as pdf._rulings finds them."""
    found = []
    for obj in list(page.lines) + list(page.rects):
        rule = Ruling(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
        if rule.horizontal or rule.vertical:
            found.append(rule)
    return found


def _joins_hyphen(text: list[str], next_value: str) -> bool:
    """A line ending "word-" followed by a line starting with a letter or digit is one
    word broken by the typesetter (or a real hyphen: `normalize` decides which)."""
    body = "".join(text).rstrip(" ")
    return len(body) >= 2 and body[-1] in HYPHENS and body[-2].isalpha() and next_value[:1].isalnum()


def _mark_hyphen(text: list[str]) -> None:
    while text and text[-1] == " ":
        text.pop()
    text[-1] = text[-1][:-1] + "\ufffe"


def _close_line(lines: list[Line], text: list[str], glyphs: list[dict], page_no: int, page_height: float) -> None:
    if not glyphs:
        return
    first, last = glyphs[0], glyphs[-1]
    size = round(float(first["size"]), 1)
    top, bottom = nominal_line_box(page_height - _baseline(first), float(first["size"]))
    bold = font_is_bold(first["fontname"]) and font_is_bold(last["fontname"])  # as pdf.py: both ends bold
    lines.append(Line("".join(text), page_no, float(first["x0"]), float(last["x1"]), top, bottom, size, bold))
