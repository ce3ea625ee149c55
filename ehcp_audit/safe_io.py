"""Writing reports safely: owner-only permissions, atomic replacement, never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` atomically with mode 0600, whatever the umask.

    The report is written to a temporary file in the same folder and renamed over the
    target, so an interrupted run never leaves a half-written report; the temporary file
    is removed if anything fails.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(prefix=".ehcp-audit-", suffix=".tmp", dir=folder)
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
