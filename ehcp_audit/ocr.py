"""OCR for scanned PDFs (`check --ocr`), with ocrmypdf and tesseract when they are installed.

The tool never installs or downloads anything: without ocrmypdf the file fails as
`ocr_unavailable` and says how to install it. When OCR runs:

- the input is passed on stdin, so its name is not in the process list, and it is never
  changed;
- ocrmypdf writes its output and all its working files into a private temporary folder
  (mode 0700, TMPDIR pointed at it) that is removed when the audit of the OCR'd copy is
  done, whatever happens; the OCR'd copy is never kept;
- `--skip-text` OCRs only pages without text, so typed pages are read as they are;
- OCR gets its own time budget (per page, capped), granted by the parent runner, and its
  process group is killed if it overruns.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable

from .errors import plan_error
from .model import Notice, PlanResult

OCR_SECONDS_PER_PAGE = 20.0
OCR_MAX_SECONDS = 1800.0
SCAN_NOTICES = ("scanned_pages", "partly_scanned", "outlined_text")
OCR_COMMAND = "ocrmypdf"


def ocr_available() -> bool:
    """ocrmypdf and tesseract are both on PATH."""
    return shutil.which(OCR_COMMAND) is not None and shutil.which("tesseract") is not None


def wants_ocr(result: PlanResult) -> bool:
    """A PDF with no text layer, or one with scanned pages."""
    if result.status == "failed":
        return result.error is not None and result.error.code == "no_text_layer"
    return result.status == "audited" and any(n.code in SCAN_NOTICES for n in result.notices)


def audit_with_ocr(auditor, path: str, first: PlanResult, timeout: float, extend: Callable[[float], None]) -> PlanResult:
    """OCR the file into a private temporary folder, audit the OCR'd copy, remove the folder."""
    if not ocr_available():
        return _give_up(first, "ocr_unavailable")
    budget = min(OCR_MAX_SECONDS, timeout + OCR_SECONDS_PER_PAGE * (first.pages or 1))
    extend(budget + timeout)  # the parent's deadline must outlast our own timeout below
    with tempfile.TemporaryDirectory(prefix="ehcp-audit-ocr-") as folder:
        os.chmod(folder, 0o700)
        output = os.path.join(folder, "ocr.pdf")
        if not _run_ocrmypdf(path, output, folder, budget):
            return _give_up(first, "ocr_failed")
        result = auditor.audit_file(output, None)
    result.path = first.path
    result.sha256 = first.sha256
    if result.status == "audited":
        result.notices = tuple(result.notices) + (Notice(
            "ocr_used", "The text was read by OCR (ocrmypdf), which can misread words: check quoted wording "
            "against the plan itself."),)
    return result


def _give_up(first: PlanResult, code: str) -> PlanResult:
    """Keep an audited result (with a notice) or replace a failure with the OCR error."""
    error = plan_error(code)
    if first.status == "audited":
        first.notices = tuple(first.notices) + (Notice(code, error.message),)
        return first
    return PlanResult(first.path, first.format, first.sha256, "failed", error, first.pages)


def _run_ocrmypdf(path: str, output: str, folder: str, budget: float) -> bool:
    """True when ocrmypdf wrote the output. Its messages are discarded: they can quote the file."""
    env = dict(os.environ, TMPDIR=folder, TMP=folder, TEMP=folder)
    command = [OCR_COMMAND, "--skip-text", "--quiet", "--output-type", "pdf", "-", output]
    try:
        with open(path, "rb") as source:
            process = subprocess.Popen(command, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                       env=env, cwd=folder, start_new_session=True, preexec_fn=_child_setup)
            try:
                code = process.wait(timeout=budget)
            except subprocess.TimeoutExpired:
                _kill_group(process)
                return False
    except OSError:
        return False
    return code == 0 and os.path.isfile(output) and os.path.getsize(output) > 0


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        process.kill()
    process.wait()


def _child_setup() -> None:
    """In the OCR child: lift the worker's memory cap (tesseract needs more), and die with
    the worker if the runner kills it (Linux), so no OCR process outlives its audit."""
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
    except (ImportError, ValueError, OSError):
        pass
    _die_with_parent()


def _die_with_parent() -> int | None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return None
