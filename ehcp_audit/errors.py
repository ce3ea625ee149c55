"""Stable error codes for files that cannot be audited, each with a sentence a parent can act on.

The messages never include text from the file: library exceptions can carry a PDF's
metadata (for example a child's name), so they are never shown to the user.
"""

from __future__ import annotations

from .model import PlanError

PASSWORD_ENV = "EHCP_AUDIT_PASSWORD"  # the environment variable a PDF password may come from

MESSAGES: dict[str, str] = {
    # The path itself
    "not_found": "The file could not be found. Check the name and the folder.",
    "unreadable": "The file could not be opened. Check that you have permission to read it.",
    "not_a_file": "This is not an ordinary file (it may be a folder, a device or a pipe), so it was not read.",
    "broken_link": "This is a shortcut (symbolic link) that points nowhere or round in a loop, so there was nothing to read.",
    "symlink": "This shortcut (symbolic link) inside a folder was not followed. Name the file it points to directly to audit it.",
    "lock_file": "This is a temporary lock file left by Word or LibreOffice, not a plan. It was skipped.",
    "hidden_file": "This is a hidden file, not a plan. It was skipped; name it directly to audit it.",
    # The kind of file
    "empty_file": "The file is empty (0 bytes). Download or save the plan again.",
    "unsupported_format": "This is not a PDF or Word (.docx) file. Save the plan as PDF or .docx and try again.",
    "legacy_doc": "This is an old Word 97-2003 (.doc) file. Open it in Word and save it as .docx or PDF, then try again.",
    "strict_ooxml": "The Word file is saved in 'Strict Open XML' format. Open it in Word and save it as an ordinary Word Document (.docx).",
    # Passwords
    "encrypted": f"The PDF is protected by a password. Give the password with {PASSWORD_ENV}, --password-file or "
    "--password-prompt (never on the command line), or ask the sender for an unprotected copy.",
    "encrypted_docx": "The Word file is protected by a password. Open it in Word, remove the password (File > Info > Protect Document) and save a copy.",
    "wrong_password": "The password given did not open the PDF. Check it and try again.",
    # Damage and hostile content
    "corrupt": "The file is damaged and could not be read. Download or save the plan again.",
    "hostile_xml": "The Word file contains XML entity declarations, which plans never need and which can be used to attack software. It was not read.",
    # Limits
    "too_large": "The file is far larger than any plan when unpacked (it may be a compression bomb), so it was not read.",
    "too_many_pages": "The PDF has more pages than the page limit, so it was not read. Raise --max-pages if this really is a plan.",
    "too_much_text": "A page holds far more characters than any real plan page (the file may be built to slow readers down), so it was not read.",
    "resource_limit": "Reading the file needed more memory than the limit allows, so it was stopped. Raise --memory-limit if this really is a plan.",
    "timeout": "Reading the file took longer than the time limit, so it was stopped. Raise --timeout if this really is a plan.",
    "crashed": "The reader stopped unexpectedly on this file (it may be damaged, or need more memory than the limit allows). "
    "Try saving it again as PDF.",
    # Text that cannot be read
    "no_text_layer": "The PDF has no text layer (it is probably a scan). Run it through OCR first, e.g. "
    "`ocrmypdf plan.pdf plan-ocr.pdf`, or use --ocr.",
    "garbled_text": "The PDF's text comes out as nonsense (its fonts map letters to the wrong characters). Save the plan "
    "as PDF again from the original document, or OCR it: `ocrmypdf --force-ocr plan.pdf plan-ocr.pdf`.",
    "no_text": "No text could be read from the file (it may be blank or damaged), so it cannot be audited.",
    "not_a_plan": "The file does not look like an EHC plan: none of the statutory sections A to K were found.",
    # OCR
    "ocr_unavailable": "--ocr needs ocrmypdf and tesseract, which are not installed. Install them (e.g. `apt install ocrmypdf`) and try again.",
    "ocr_failed": "OCR could not read this file. Check that ocrmypdf and tesseract work, or OCR the file yourself and audit the result.",
}

SKIP_CODES = frozenset({"lock_file", "hidden_file", "symlink"})
"""Codes that mean "left out on purpose" (status skipped), not "could not be read"."""


class AuditError(Exception):
    """Raised by loaders when a file cannot be audited. Carries only a code."""

    def __init__(self, code: str):
        if code not in MESSAGES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(code)
        self.code = code

    def as_plan_error(self) -> PlanError:
        return PlanError(self.code, MESSAGES[self.code])


def plan_error(code: str) -> PlanError:
    return PlanError(code, MESSAGES[code])
