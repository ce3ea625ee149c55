"""Turn the paths given to `check` into a list of files to audit, before anything is opened.

- a file is audited whatever its name (the reader decides the type from its bytes);
- a folder is searched recursively, in sorted order, for .pdf and .docx files (any case)
  and for document types a parent may have saved by mistake (.doc, .odt, .rtf …), which
  are audited so that they get a clear error; other files are ignored;
- a glob pattern (`plans/*.pdf`, `**/*.docx`) is expanded, sorted;
- Word/LibreOffice lock files and hidden files found in folders are listed as skipped;
- FIFOs, devices and sockets (and links to them) are refused before they are opened,
  because opening one can hang for ever; folder walks do not follow symbolic links;
- a file named twice (directly and through its folder) is audited once.

Nothing here reads a file's contents, so expanding paths cannot hang or leak.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass

PLAN_SUFFIXES = (".pdf", ".docx")
MISTAKEN_SUFFIXES = (".doc", ".docm", ".dot", ".dotx", ".odt", ".rtf", ".wpd", ".pages", ".xps")
"""Document types found in a folder that are audited only to tell the user how to fix them."""

LOCK_PREFIXES = ("~$", ".~lock")
GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Input:
    """One entry of the batch: a file to audit, or a path already settled with a code."""

    path: str
    code: str | None = None  # None: audit it; else an errors.MESSAGES code

    @property
    def to_audit(self) -> bool:
        return self.code is None


def display_path(path: str) -> str:
    """The path as text that can always be printed: undecodable bytes become \\xNN."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def expand(arguments: Iterable[str]) -> list[Input]:
    """The batch, in the order given: each argument expanded in sorted order."""
    entries: list[Input] = []
    seen: set = set()
    for argument in arguments:
        for entry in _expand_one(argument):
            key = _identity(entry.path) if entry.to_audit else None
            if key is not None:
                if key in seen:
                    continue
                seen.add(key)
            entries.append(entry)
    return entries


def _expand_one(argument: str) -> list[Input]:
    if os.path.lexists(argument):
        return _explicit(argument)
    if GLOB_CHARS & set(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        if matches:
            return [entry for match in matches for entry in _explicit(match)]
    return [Input(argument, "not_found")]


def _explicit(path: str) -> list[Input]:
    """A path the user named (or a glob matched): followed if it is a link."""
    code = check_path(path)
    if code == "is_dir":
        return list(_walk(path))
    return [Input(path, code)]


def check_path(path: str) -> str | None:
    """None for a regular file that may be opened; 'is_dir' for a folder; else an error code.

    Uses stat() on the link target, so a link to /dev/zero or to a FIFO is refused here,
    before any parser could block on it."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "broken_link"
        if exc.errno == errno.ENOENT:
            return "broken_link" if os.path.islink(path) else "not_found"
        return "unreadable"
    if stat.S_ISDIR(info.st_mode):
        return "is_dir"
    if not stat.S_ISREG(info.st_mode):
        return "not_a_file"
    return None


def _walk(folder: str) -> Iterable[Input]:
    """Files under a folder, sorted, not following links; hidden folders are not entered."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            suffix = os.path.splitext(name)[1].lower()
            if suffix not in PLAN_SUFFIXES + MISTAKEN_SUFFIXES:
                continue
            if name.startswith(LOCK_PREFIXES):
                yield Input(path, "lock_file")
            elif name.startswith("."):
                yield Input(path, "hidden_file")
            elif os.path.islink(path):
                yield Input(path, "symlink")
            else:
                yield Input(path, check_path(path))


def _identity(path: str):
    """What makes two paths the same file: device and inode, else the normalised path."""
    try:
        info = os.stat(path)
        return (info.st_dev, info.st_ino)
    except OSError:
        return os.path.normcase(os.path.abspath(path))
