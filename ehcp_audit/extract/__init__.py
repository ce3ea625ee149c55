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
from typing import Optional

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
STRICT_NAMESPACE = b"purl.oclc.org/ooxml"
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_STACKED_FLATE = re.compile(rb"/Filter\s*\[\s*(?:/(?:FlateDecode|Fl)\s*){2,}\]")


@dataclass(frozen=True)
class LoadOptions:
    password: Optional[str] = None
    max_pages: int = 2000


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
            if total > MAX_UNZIPPED_BYTES:
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
                with archive.open(member) as part:
                    if _DOCTYPE.search(part.read(4096)):
                        raise AuditError("hostile_xml")
            main_part = "word/document.xml" if "word/document.xml" in names else "[Content_Types].xml"
            if STRICT_NAMESPACE in archive.read(main_part)[:4096]:
                raise AuditError("strict_ooxml")
    except AuditError:
        raise
    except Exception:  # BadZipFile, zlib.error, CRC errors, odd offsets
        raise AuditError("corrupt") from None


def precheck_pdf(path: str) -> None:
    """Refuse stacked compression filters (a cheap sign of a decompression bomb)."""
    data = _read_all(path)
    if _STACKED_FLATE.search(data):
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

        precheck_pdf(path)
        document = read_pdf(path, options.password, options.max_pages)
    else:
        from .docx import read_docx

        precheck_docx(path)
        document = read_docx(path)
    if not any(b.text.strip() for b in document.blocks):
        raise AuditError("no_text")
    return document.with_notices(*notices)
