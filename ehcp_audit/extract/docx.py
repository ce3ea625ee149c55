"""Read a Word (.docx) plan into blocks with python-docx, walking the XML in body order.

`paragraph.text` in python-docx skips text that local-authority templates depend on, so
the walk reads the accepted view of the document itself:

- content controls (w:sdt), smart tags, custom XML and hyperlinks are descended into;
- field results (simple and complex fields) are read, field codes are not;
- tracked insertions are read and tracked deletions are not (and the plan says so);
- text boxes are read once, from mc:Choice, never again from mc:Fallback;
- footnotes are read after the paragraph that cites them;
- comments and page headers/footers are left out of the plan text;
- imported chunks (w:altChunk: HTML or another document pasted in as a part) cannot be
  read, so the plan says so and absence checks are not run on it.
"""

from __future__ import annotations

import re

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import AuditError
from ..model import Block, BlockKind, Document, Notice, TablePos
from . import normalize

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


TRANSPARENT = {q("sdt"), q("sdtContent"), q("customXml"), q("smartTag"), q("hyperlink"), q("fldSimple"),
               q("ins"), q("moveTo"), q("dir"), q("bdo")}
SKIPPED = {q("del"), q("moveFrom"), q("sdtPr"), q("sdtEndPr"), q("rPr"), q("pPr"), q("instrText"), q("delText"),
           q("commentReference"), q("footnotePr"), q("endnotePr")}


# Tag names, computed once: the walk compares thousands of tags per plan.
W_ALT_CHUNK = q("altChunk")
W_BR = q("br")
W_CR = q("cr")
W_DEL = q("del")
W_DRAWING = q("drawing")
W_FLD_CHAR = q("fldChar")
W_FLD_CHAR_TYPE = q("fldCharType")
W_FOOTNOTE = q("footnote")
W_FOOTNOTE_REFERENCE = q("footnoteReference")
W_GRID_SPAN = q("gridSpan")
W_ID = q("id")
W_INS = q("ins")
W_MOVE_FROM = q("moveFrom")
W_MOVE_TO = q("moveTo")
W_NAME = q("name")
W_NO_BREAK_HYPHEN = q("noBreakHyphen")
W_OBJECT = q("object")
W_P = q("p")
W_PICT = q("pict")
W_PTAB = q("ptab")
W_R = q("r")
W_STYLE = q("style")
W_STYLE_ID = q("styleId")
W_T = q("t")
W_B = q("b")
W_R_PR = q("rPr")
W_P_PR = q("pPr")
BOLD_HEADING_CHARS = 160  # as the PDF reader: a longer bold line is emphasis, not a heading
# an item number or bullet typed before a tab: "1.", "2.3", "(b)", "F1", "E3:", "iv)", "•"
_LIST_MARK = re.compile(r"^(?:[(\[]?[A-Za-z]{0,3}\s?\d+(?:\.\d+)*[a-z]?[)\].:]?|[(\[]?[A-Za-z][)\].]|[ivxIVX]+[).]|[•·▪■●◦*o\-–—])$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
MAX_TAB_LEAD = 40  # characters: a longer text before a tab is a sentence, not the lead-in of a column
W_TAB = q("tab")
W_TBL = q("tbl")
W_TC = q("tc")
W_TC_PR = q("tcPr")
W_TR = q("tr")
W_TXBX_CONTENT = q("txbxContent")
W_TYPE = q("type")
W_V_MERGE = q("vMerge")
W_VAL = q("val")
MC_ALTERNATE = f"{{{MC}}}AlternateContent"
W_P_STYLE, W_OUTLINE_LVL, W_NUM_PR = q("pStyle"), q("outlineLvl"), q("numPr")


def _child(element, tag: str):
    """`element.find(tag)`: its first child with this tag, or None. lxml's find goes through
    ElementPath, several times slower, and the walk asks this thousands of times a plan."""
    for child in element.iterchildren(tag):
        return child
    return None


def _grandchild(element, tag: str, inner: str):
    """`element.find("tag/inner")`, the same way."""
    for child in element.iterchildren(tag):
        for found in child.iterchildren(inner):
            return found
    return None


@dataclass
class WalkState:
    styles: dict[str, str]
    footnotes: dict[str, list[str]]
    blocks: list[Block] = field(default_factory=list)
    tables: int = 0
    tab_table: int | None = None  # the table that paragraphs set out in tab columns are rows of
    insertions: int = 0
    deletions: int = 0
    unread_chunks: int = 0


UNREAD_MARKER = (0,)
"""Document.unread_pages for a DOCX with content that was not read: a Word file has no
pages, and any non-empty value stops checks for missing content from clearing the plan."""


def read_docx(path: str) -> Document:
    """Open with python-docx and walk the body in order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(path)
    except KeyError:
        raise AuditError("strict_ooxml") from None
    except MemoryError:
        raise
    except (PackageNotFoundError, ValueError, OSError):
        raise AuditError("corrupt") from None
    except Exception:  # lxml and zipfile raise many types on damaged parts
        raise AuditError("corrupt") from None

    body = document.element.body
    if body is None:
        raise AuditError("corrupt")
    state = WalkState(_style_names(document), _footnotes(document))
    _walk_block_container(body, state, cell=None)
    notices = []
    if state.insertions or state.deletions:
        notices.append(
            Notice(
                "tracked_changes",
                f"The file has tracked changes that were not accepted ({state.insertions} insertions, "
                f"{state.deletions} deletions). It was audited as if all changes were accepted; "
                "check that this is the version you mean to audit.",
            )
        )
    if state.unread_chunks:
        notices.append(Notice(
            "unread_content",
            f"The file has {state.unread_chunks} imported chunk(s) of other content (HTML or another document "
            "pasted in as a whole) that could not be read, so checks for missing content were not run. "
            "Open the plan in Word and save it as PDF, then audit the PDF.",
        ))
    return Document("docx", tuple(state.blocks), None, tuple(notices), UNREAD_MARKER if state.unread_chunks else ())


def _style_names(document) -> dict[str, str]:
    names = {}
    for style in document.styles.element.iterchildren(W_STYLE):
        sid = style.get(W_STYLE_ID)
        name = _child(style, W_NAME)
        if sid and name is not None:
            names[sid] = name.get(W_VAL) or sid
    return names


def _footnotes(document) -> dict[str, list[str]]:
    from lxml import etree

    notes: dict[str, list[str]] = {}
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/footnotes"):
            continue
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        root = etree.fromstring(rel.target_part.blob, parser)
        for note in root.iterchildren(W_FOOTNOTE):
            if note.get(W_TYPE) in ("separator", "continuationSeparator"):
                continue
            state = WalkState({}, {})
            paragraphs = [_paragraph_text(p, state)[0] for p in note.iter(W_P)]
            notes[note.get(W_ID)] = [t for t in paragraphs if t]
    return notes


def _walk_block_container(element, state: WalkState, cell: TablePos | None) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if tag == W_P:
            _emit_paragraph(child, state)
        elif tag == W_TBL:
            _walk_table(child, state)
        elif tag in TRANSPARENT and tag not in (W_DEL,):
            if tag == W_INS:
                state.insertions += 1
            _walk_block_container(child, state, cell)
        elif tag in (W_DEL, W_MOVE_FROM):
            state.deletions += 1
        elif tag == MC_ALTERNATE:
            _walk_block_container(_chosen_alternative(child), state, cell)
        elif tag == W_ALT_CHUNK:
            state.unread_chunks += 1


def _emit_paragraph(p, state: WalkState) -> None:
    raw, boxes, notes = _paragraph_parts(p, state)
    text = _plain(raw)
    style = _paragraph_style(p, state)
    if text:
        kind = _kind(p, style, text)
        columns = _tab_columns(raw) if kind != BlockKind.HEADING else None
        if columns:
            _emit_tab_row(columns, style, state)
        else:
            if kind == BlockKind.PARAGRAPH and len(text) < BOLD_HEADING_CHARS and _all_bold(p):
                kind = BlockKind.HEADING  # a bold line set as Normal text, read as the PDF reader reads it
            state.blocks.append(Block(text, kind, None, None, style))
    for box in boxes:
        _walk_block_container(box, state, None)
    for note_id in notes:
        for note_text in state.footnotes.get(note_id, []):
            state.blocks.append(Block(note_text, BlockKind.PARAGRAPH, None, None, "footnote text"))


def _tab_columns(raw: str) -> tuple[str, str] | None:
    """A paragraph set out in two columns by a tab: a short lead-in, a tab, then the rest
    ("3 × 50 min a week<tab>1:1 teaching of …", "F1<tab>Speech and language therapy …").
    The PDF of it shows two columns side by side, and its reader makes a table row of them;
    this reads the Word file the same way. None for any other paragraph."""
    lead, tab, rest = raw.partition("\t")
    lead, rest = _plain(lead), _plain(rest)
    if not tab or not lead or not rest or len(lead) > MAX_TAB_LEAD:
        return None
    if _LIST_MARK.match(lead) or _PAGE_NUMBER.match(rest):
        return None  # "1.<tab>text" is a numbered paragraph; "Section F<tab>7" a contents line
    return lead, rest


def _emit_tab_row(columns: tuple[str, str], style: str | None, state: WalkState) -> None:
    """Consecutive tab-column paragraphs are the rows of one table."""
    last = state.blocks[-1] if state.blocks else None
    if state.tab_table is None or last is None or last.table is None or last.table.table != state.tab_table:
        state.tab_table = state.tables
        state.tables += 1
        row = 0
    else:
        row = last.table.row + 1
    for col, text in enumerate(columns):
        state.blocks.append(Block(text, BlockKind.TABLE_CELL, None, TablePos(state.tab_table, row, col), style))


def _all_bold(p) -> bool:
    """Is every run with text in the paragraph bold (w:b set, and not switched off)?"""
    runs = [r for r in p.iter(W_R) if any(t.text for t in r.iter(W_T))]
    if not runs:
        return False
    for run in runs:
        bold = _grandchild(run, W_R_PR, W_B)
        if bold is None or bold.get(W_VAL) in ("0", "false", "off"):
            return False
    return True


def _paragraph_style(p, state: WalkState) -> str | None:
    ref = _grandchild(p, W_P_PR, W_P_STYLE)
    if ref is None:
        return None
    sid = ref.get(W_VAL)
    return state.styles.get(sid, sid)


def _kind(p, style: str | None, text: str) -> BlockKind:
    lowered = (style or "").lower()
    outline = _grandchild(p, W_P_PR, W_OUTLINE_LVL)
    if lowered.startswith(("heading", "title")) or outline is not None:
        return BlockKind.HEADING
    if _grandchild(p, W_P_PR, W_NUM_PR) is not None or lowered.startswith("list"):
        return BlockKind.LIST_ITEM
    return BlockKind.PARAGRAPH


def _paragraph_text(p, state: WalkState) -> tuple[str, list, list[str]]:
    """The accepted-view text of a paragraph, its text-box contents and footnote ids."""
    raw, boxes, notes = _paragraph_parts(p, state)
    return _plain(raw), boxes, notes


def _paragraph_parts(p, state: WalkState) -> tuple[str, list, list[str]]:
    """The paragraph's text as written (tabs kept), its text boxes and footnote ids."""
    parts: list[str] = []
    boxes: list = []
    notes: list[str] = []
    fields: list[bool] = []  # open complex fields, innermost last: True while in its code part
    for piece in _runs(p, state, boxes, notes, fields):
        parts.append(piece)
    return "".join(parts), boxes, notes


def _plain(raw: str) -> str:
    return normalize.collapse_spaces(normalize.clean(raw))


def _runs(element, state: WalkState, boxes: list, notes: list[str], fields: list[bool]) -> Iterator[str]:
    for child in element.iterchildren():
        tag = child.tag
        if tag == W_R:
            yield from _run_text(child, boxes, notes, fields)
        elif tag in (W_DEL, W_MOVE_FROM):
            state.deletions += 1
        elif tag in TRANSPARENT:
            if tag in (W_INS, W_MOVE_TO):
                state.insertions += 1
            yield from _runs(child, state, boxes, notes, fields)
        elif tag == MC_ALTERNATE:
            yield from _runs(_chosen_alternative(child), state, boxes, notes, fields)


def _chosen_alternative(alternate):
    """mc:Choice if there is one (the modern form), otherwise mc:Fallback: never both."""
    for branch in ("Choice", "Fallback"):
        found = _child(alternate, f"{{{MC}}}{branch}")
        if found is not None:
            return found
    return alternate


def _run_text(run, boxes: list, notes: list[str], fields: list[bool]) -> Iterator[str]:
    """A run's text. Field codes are skipped and field results read; a field nested in
    another field's code is part of that code, so text shows only when no open field is
    in its code part."""
    for child in run.iterchildren():
        tag = child.tag
        if tag == W_FLD_CHAR:
            kind = child.get(W_FLD_CHAR_TYPE)
            if kind == "begin":
                fields.append(True)
            elif kind == "separate" and fields:
                fields[-1] = False
            elif kind == "end" and fields:
                fields.pop()
        elif any(fields):
            continue
        elif tag == W_T:
            yield child.text or ""
        elif tag in (W_TAB, W_PTAB):
            yield "\t"
        elif tag in (W_BR, W_CR):
            yield "\n"
        elif tag == W_NO_BREAK_HYPHEN:
            yield "-"
        elif tag == W_FOOTNOTE_REFERENCE:
            notes.append(child.get(W_ID))
        elif tag == MC_ALTERNATE:
            boxes.extend(_chosen_alternative(child).iter(W_TXBX_CONTENT))
        elif tag in (W_DRAWING, W_PICT, W_OBJECT):
            boxes.extend(child.iter(W_TXBX_CONTENT))


def _walk_table(tbl, state: WalkState) -> None:
    table = state.tables
    state.tables += 1
    grid: list[list[tuple[object, int, bool]]] = []  # per row: (cell, first grid column, merged into the one above)
    for tr in _table_rows(tbl):
        col, cells = 0, []
        for tc in _row_cells(tr):
            pr = _child(tc, W_TC_PR)
            span = 1
            merged_into_above = False
            if pr is not None:
                grid_span = _child(pr, W_GRID_SPAN)
                span = int(grid_span.get(W_VAL, "1")) if grid_span is not None and (grid_span.get(W_VAL) or "1").isdigit() else 1
                vmerge = _child(pr, W_V_MERGE)
                merged_into_above = vmerge is not None and vmerge.get(W_VAL) in (None, "continue")
            cells.append((tc, col, merged_into_above))
            col += max(span, 1)
        grid.append(cells)
    continued = {(r, col) for r, cells in enumerate(grid) for _, col, merged in cells if merged}
    for row_index, cells in enumerate(grid):
        for tc, col, merged in cells:
            if not merged:
                rows = 1
                while (row_index + rows, col) in continued:
                    rows += 1
                _emit_cell(tc, state, TablePos(table, row_index, col, rows))


def _table_rows(tbl) -> Iterator:
    for child in tbl.iterchildren():
        if child.tag == W_TR:
            yield child
        elif child.tag in TRANSPARENT:
            yield from _table_rows(child)


def _row_cells(tr) -> Iterator:
    for child in tr.iterchildren():
        if child.tag == W_TC:
            yield child
        elif child.tag in TRANSPARENT:
            yield from _row_cells(child)


def _emit_cell(tc, state: WalkState, pos: TablePos) -> None:
    """A cell becomes one block (its paragraphs on separate lines); nested tables follow it."""
    lines: list[str] = []
    nested: list = []
    first_style = None

    def collect(container) -> None:
        nonlocal first_style
        for child in container.iterchildren():
            if child.tag == W_P:
                text, boxes, _ = _paragraph_text(child, state)
                if text:
                    lines.append(text)
                    first_style = first_style or _paragraph_style(child, state)
                for box in boxes:
                    for p in box.iter(W_P):
                        box_text = _paragraph_text(p, state)[0]
                        if box_text:
                            lines.append(box_text)
            elif child.tag == W_TBL:
                nested.append(child)
            elif child.tag in TRANSPARENT:
                collect(child)

    collect(tc)
    if lines:
        state.blocks.append(Block("\n".join(lines), BlockKind.TABLE_CELL, None, pos, first_style))
    for tbl in nested:
        _walk_table(tbl, state)
