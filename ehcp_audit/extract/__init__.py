"""Load a plan file into a Document, whatever its format.

The type is decided from the file's first bytes, not its name, and cheap checks run
before any parser sees the file, so that bombs are refused in milliseconds.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from dataclasses import dataclass

from ..errors import AuditError
from ..model import Document, Notice

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNZIPPED_BYTES = 150 * 1024 * 1024  # the largest real plan DOCX we know of unpacks to a few MB
MAX_PART_RATIO = 200  # an XML part that inflates more than 200x is a bomb, not a plan
MAX_PART_BYTES = 25 * 1024 * 1024  # one XML part
MAX_FLATE_LAYERS = 1  # real PDFs compress a stream once; stacked filters are a bomb sign
MAX_MEMBERS = 2000  # a plan DOCX has 15-200 parts; thousands is a zip bomb spread thin
SCAN_CHUNK = 1 << 20
STRICT_NAMESPACE = b"purl.oclc.org/ooxml"
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_FILTER_ARRAY = re.compile(rb"/Filter\s*\[([^\]]{0,400})\]")
_FLATE_NAME = re.compile(rb"/(?:FlateDecode|Fl)(?![A-Za-z])")


@dataclass(frozen=True)
class LoadOptions:
    password: str | None = None
    max_pages: int = 2000
    careful: bool = False  # read PDFs with pdfplumber (pdf_careful.py): ~20x slower, same model


def sniff(path: str) -> str:
    """'pdf', 'docx', 'legacy_doc' or 'encrypted_docx' from the first bytes; raises AuditError."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise AuditError("not_found") from None
    except OSError:
        raise AuditError("unreadable") from None
    if not stat.S_ISREG(info.st_mode):  # FIFOs, devices and folders would hang or mislead a parser
        raise AuditError("not_a_file")
    if info.st_size == 0:
        raise AuditError("empty_file")
    if info.st_size > MAX_FILE_BYTES:
        raise AuditError("too_large")
    if os.path.basename(path).startswith(("~$", ".~lock")):
        raise AuditError("lock_file")
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError:
        raise AuditError("unreadable") from None
    if PDF_MAGIC in head:
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        return "docx"
    if head.startswith(OLE2_MAGIC):
        return "encrypted_docx" if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in _read_all(path) else "legacy_doc"
    raise AuditError("unsupported_format")


def _read_all(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(MAX_FILE_BYTES)


def precheck_docx(path: str) -> None:
    """Refuse zip bombs and XML with DTDs before python-docx parses anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            total = sum(m.file_size for m in members)
            if total > MAX_UNZIPPED_BYTES or len(members) > MAX_MEMBERS:
                raise AuditError("too_large")
            names = {m.filename for m in members}
            if "[Content_Types].xml" not in names:
                raise AuditError("corrupt")
            for member in members:
                if not member.filename.endswith((".xml", ".rels")):
                    continue
                if member.file_size > MAX_PART_BYTES or (
                    member.compress_size and member.file_size > 1_000_000 and member.file_size / member.compress_size > MAX_PART_RATIO
                ):
                    raise AuditError("too_large")
                if _has_doctype(archive, member):
                    raise AuditError("hostile_xml")
            main_part = "word/document.xml" if "word/document.xml" in names else "[Content_Types].xml"
            if STRICT_NAMESPACE in archive.read(main_part)[:4096]:
                raise AuditError("strict_ooxml")
    except (AuditError, MemoryError):
        raise
    except Exception:  # BadZipFile, zlib.error, CRC errors, odd offsets
        raise AuditError("corrupt") from None


def _has_doctype(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Whether an XML part declares a DTD or entities anywhere (OOXML never needs one).

    The whole part is scanned in chunks, not only its start: a long comment before the
    DOCTYPE must not hide it. zipfile stops at the declared size, so this is bounded."""
    tail = b""
    with archive.open(member) as part:
        while True:
            chunk = part.read(SCAN_CHUNK)
            if not chunk:
                return False
            if _DOCTYPE.search(tail + chunk):
                return True
            tail = chunk[-16:]


def precheck_pdf(path: str) -> None:
    """Refuse stacked compression filters (a cheap sign of a decompression bomb): a real
    PDF compresses a stream once, so two Flate filters in one filter array are refused."""
    data = _read_all(path)
    for match in _FILTER_ARRAY.finditer(data):
        if len(_FLATE_NAME.findall(match.group(1))) > MAX_FLATE_LAYERS:
            raise AuditError("too_large")


def load_document(path: str, options: LoadOptions = LoadOptions()) -> Document:
    """Sniff, pre-check and read one file. Raises AuditError with a stable code."""
    kind = sniff(path)
    if kind in ("legacy_doc", "encrypted_docx"):
        raise AuditError(kind)
    notices: list[Notice] = []
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".pdf", ".docx") and suffix[1:] != kind:
        notices.append(Notice("wrong_extension", f"The file is named .{suffix[1:]} but is really a {kind.upper()} file; it was read as {kind.upper()}."))
    if kind == "pdf":
        from .pdf import read_pdf
        from .pdf_careful import read_pdf_careful

        precheck_pdf(path)
        reader = read_pdf_careful if options.careful else read_pdf
        document = reader(path, options.password, options.max_pages)
    else:
        from .docx import read_docx

        precheck_docx(path)
        document = read_docx(path)
    if not any(b.text.strip() for b in document.blocks):
        raise AuditError("no_text")
    return document.with_notices(*notices)
