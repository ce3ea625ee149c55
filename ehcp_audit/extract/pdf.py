"""Read a PDF plan into blocks with PDFium (pypdfium2, installed with pdfplumber).

PDFium follows the content stream, which Word and LibreOffice write cell by cell, so a
Section F table row comes out as its need / provision / frequency / who cells rather
than as interleaved columns; it is also about 45 times faster than pdfplumber's
`extract_text` (see performance.md). Lines are grouped into blocks by geometry: a new
block starts at a bullet, a change of font, a paragraph gap, or a jump back up the page
(the next cell of a table row). Cells that share a top edge form a table row.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Optional

from ..errors import AuditError
from ..model import Block, BlockKind, Document, Notice, TablePos
from . import normalize

MARGIN_BAND = 0.12  # running headers and footers live in the top and bottom 12% of a page
RECURRING_SHARE = 0.6  # a margin line on at least 60% of pages is a running header or footer
MIN_PAGES_FOR_RUNNING = 3
MIN_CHARS_PER_PAGE = 20  # fewer readable characters than this and the page counts as unread
ROW_TOLERANCE = 2.5  # points: cells of one table row share a top edge


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


@dataclass
class RawBlock:
    lines: list[Line] = field(default_factory=list)
    cell: Optional[TablePos] = None

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


def open_pdf(path: str, password: Optional[str] = None):
    """Open with PDFium, mapping its errors to stable codes (never its messages)."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == 4:  # FPDF_ERR_PASSWORD
            raise AuditError("wrong_password" if password else "encrypted") from None
        raise AuditError("corrupt") from None


def read_pdf(path: str, password: Optional[str] = None, max_pages: int = 2000) -> Document:
    """Read every page's lines, drop running headers and footers, and build blocks."""
    pdf = open_pdf(path, password)
    try:
        page_count = len(pdf)
        if page_count == 0:
            raise AuditError("corrupt")
        if page_count > max_pages:
            raise AuditError("too_many_pages")
        pages: list[list[Line]] = []
        widths: list[float] = []
        unread: list[int] = []
        for index in range(page_count):
            lines, chars, width = _page_lines(pdf, index)
            widths.append(width)
            if chars < MIN_CHARS_PER_PAGE:
                unread.append(index + 1)
            pages.append(lines)
    finally:
        pdf.close()

    if len(unread) == page_count:
        raise AuditError("no_text_layer")
    _drop_running_lines(pages)
    vocabulary = _vocabulary(pages)
    blocks = _build_blocks(pages, widths, vocabulary)
    notices = []
    if unread:
        notices.append(
            Notice(
                "pages_not_read",
                f"{len(unread)} of {page_count} pages had no readable text (scanned images?). "
                "Findings about missing content may be wrong for those pages; OCR the file and check again.",
                tuple(unread),
            )
        )
    return Document("pdf", tuple(blocks), page_count, tuple(notices), tuple(unread))


def _page_lines(pdf, index: int) -> tuple[list[Line], int, float]:
    import pypdfium2.raw as raw

    page = pdf[index]
    textpage = page.get_textpage()
    try:
        height = page.get_height()
        count = textpage.count_chars()
        text = textpage.get_text_range() if count else ""
        lines: list[Line] = []
        if len(text) != count:  # surrogate pairs shift indices: fall back to one line per rect
            return _rect_lines(textpage, index + 1, height), len(text.strip()), page.get_width()
        start = 0
        for raw_line in text.split("\n"):
            end = start + len(raw_line)
            stripped = raw_line.rstrip("\r")
            if stripped.strip():
                first = start + (len(stripped) - len(stripped.lstrip()))
                last = start + len(stripped.rstrip()) - 1
                x0, _, _, top = textpage.get_charbox(first)
                x1, bottom, _, _ = _right_bottom(textpage, last)
                size = raw.FPDFText_GetFontSize(textpage.raw, first)
                weight = raw.FPDFText_GetFontWeight(textpage.raw, first)
                lines.append(Line(stripped, index + 1, x0, x1, height - top, height - bottom, round(size, 1), weight >= 600))
            start = end + 1
        return lines, len(text.strip()), page.get_width()
    finally:
        textpage.close()
        page.close()


def _right_bottom(textpage, index: int) -> tuple[float, float, float, float]:
    left, bottom, right, top = textpage.get_charbox(index)
    return right, bottom, left, top


def _rect_lines(textpage, page_no: int, height: float) -> list[Line]:
    lines = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if text.strip():
            lines.append(Line(text, page_no, left, right, height - top, height - bottom, 0.0, False))
    return lines


_DIGITS = re.compile(r"\d+")


def _margin_key(line: Line, page_height: float) -> Optional[str]:
    """The digit-masked text of a line in the page margin band, else None."""
    band = page_height * MARGIN_BAND
    if line.top > band and line.bottom < page_height - band:
        return None
    return _DIGITS.sub("#", normalize.collapse_spaces(line.text).lower())


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
    for lines in pages:
        lines[:] = [ln for ln in lines if _margin_key(ln, page_height) not in running]


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


def _build_blocks(pages: list[list[Line]], widths: list[float], vocabulary: set[str]) -> list[Block]:
    sizes = [ln.size for lines in pages for ln in lines if ln.size]
    body_size = median(sizes) if sizes else 0.0
    raw_blocks: list[RawBlock] = []
    for lines, width in zip(pages, widths):
        if not lines:
            continue
        left_edge = min(ln.x0 for ln in lines)
        # The text area's right edge: where the longest line ends, or the mirror of the
        # left margin when no line is long (a page of short lines).
        right_edge = max(max(ln.x1 for ln in lines), width - left_edge)
        text_width = max(right_edge - left_edge, 1.0)
        page_blocks: list[RawBlock] = []
        for line in lines:
            if page_blocks and not _new_block_needed(page_blocks[-1], line, right_edge, text_width):
                page_blocks[-1].lines.append(line)
            else:
                page_blocks.append(RawBlock([line]))
        raw_blocks.extend(_group_cells(page_blocks))
    _assign_tables(raw_blocks)
    return [_to_block(b, vocabulary, body_size) for b in raw_blocks]


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
    current: Optional[RawBlock] = None
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
    return cell.x0 - 3 <= block.x0 < right - 3 and cell.top < block.top < next_top - ROW_TOLERANCE


def _assign_tables(blocks: list[RawBlock]) -> None:
    """Number tables and rows: consecutive rows with the same column count are one table,
    also across a page break (a table continued on the next page)."""
    table, row, prev_cols = -1, -1, None
    i = 0
    while i < len(blocks):
        if blocks[i].cell is None:
            prev_cols = None
            i += 1
            continue
        j = i
        while j + 1 < len(blocks) and blocks[j + 1].cell is not None and blocks[j + 1].cell.col > blocks[j].cell.col:
            j += 1
        cols = j - i + 1
        if prev_cols != cols:
            table += 1
            row = -1
        row += 1
        for k in range(i, j + 1):
            blocks[k].cell = TablePos(table, row, blocks[k].cell.col)
        prev_cols = cols
        i = j + 1


def _to_block(raw_block: RawBlock, vocabulary: set[str], body_size: float) -> Block:
    text = _join_lines(raw_block.lines, vocabulary)
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


def _join_lines(lines: list[Line], vocabulary: set[str]) -> str:
    """Join a block's lines; rejoin words split at a line end; keep bullets on new lines."""
    text = ""
    for line in lines:
        piece = normalize.clean(line.text).strip()
        if not text:
            text = piece
        elif text.endswith(normalize.LINE_BREAK_HYPHEN):
            text = normalize.join_hyphenated(text[:-1], piece, vocabulary)
        elif _starts_bullet(piece):
            text += "\n" + piece
        else:
            text += " " + piece
    return normalize.collapse_spaces(text.replace(normalize.LINE_BREAK_HYPHEN, "-"))
