"""Batch commands: `summary` (defects across many plans) and `baseline` (record today's
findings so CI fails only on new ones).

They register on the same typer app (cli.py imports this module at its end) and audit
through the same pipeline as `check` (inputs, worker processes, limits).

Exit codes: 0 done; 2 usage or configuration error; 3 at least one file could not be
read (the others were summarised or recorded).
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .cli import PASSWORD_ENV, _fail, _load_config, app

EXIT_OK, EXIT_UNREADABLE = 0, 3

# Options shared by the batch commands here and by `schedule` and `compare` (cli_extra.py).
# typer copies an option's settings per command, so one definition can serve several.
PATHS = typer.Argument(..., help="Plan files, folders (searched recursively) or glob patterns.")
OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file (owner-only, written atomically).")
SELECT = typer.Option([], "--select", help="Only these rule ids or prefixes (repeatable).")
IGNORE = typer.Option([], "--ignore", help="Skip these rule ids or prefixes (repeatable).")
CONFIG = typer.Option(None, "--config", help="Settings file.")
JOBS = typer.Option(0, "--jobs", "-j", help="Worker processes (default: one per core).")
PASSWORD_FILE = typer.Option(None, "--password-file", help=f"File holding the PDF password (or set {PASSWORD_ENV}).")


def _check_format(format: str, choices) -> None:
    """Stop with a usage error (exit 2) unless `format` is one of `choices`."""
    if format not in choices:
        _fail(f"unknown format {format!r}; choose one of {', '.join(choices)}")


def _audit(paths: List[str], settings, password_file: Optional[Path], jobs: int = 0):
    """Audit `paths` through the `check` pipeline (checking.audit_paths); a usage problem
    (no plan files, unreadable password file, broken rule packs) stops with exit code 2."""
    from .checking import CheckOptions, UsageError, audit_paths, read_password

    try:
        password = read_password(CheckOptions(paths=tuple(paths), password_file=password_file))
        return audit_paths(list(paths), settings, password, jobs)
    except UsageError as exc:
        _fail(str(exc))


def _emit(text: str, output: Optional[Path]) -> None:
    """Write `text` to stdout, or to `output` privately and atomically (safe_io.write_private)."""
    if output is None:
        typer.echo(text, nl=False)
    else:
        from .safe_io import write_private

        write_private(output, text)


def _unread(results) -> int:
    return sum(r.status == "failed" for r in results)


@app.command()
def summary(
    paths: List[str] = PATHS,
    format: str = typer.Option("terminal", "--format", "-f", help="terminal or csv."),
    output: Optional[Path] = OUTPUT,
    show_names: bool = typer.Option(False, "--show-names", help="Name plans by file path instead of a keyed pseudonym."),
    select: List[str] = SELECT,
    ignore: List[str] = IGNORE,
    config: Optional[Path] = CONFIG,
    jobs: int = JOBS,
    password_file: Optional[Path] = PASSWORD_FILE,
) -> None:
    """Summarise defects across many plans: per rule and per section, how many plans have
    them, and the plans with the most errors. No plan text; plans are pseudonymised."""
    from .summary import FORMATS, render, summarise

    _check_format(format, FORMATS)
    settings = _load_config(config, select=select, ignore=ignore)
    results = _audit(paths, settings, password_file, jobs)
    _emit(render(summarise(results, show_names=show_names), format), output)
    raise typer.Exit(EXIT_UNREADABLE if _unread(results) else EXIT_OK)


@app.command()
def baseline(
    paths: List[str] = PATHS,
    output: Path = typer.Option(Path(".ehcp-audit-baseline.json"), "--output", "-o",
                                help="Where to write the baseline (default .ehcp-audit-baseline.json)."),
    select: List[str] = SELECT,
    ignore: List[str] = IGNORE,
    config: Optional[Path] = CONFIG,
    jobs: int = JOBS,
    password_file: Optional[Path] = PASSWORD_FILE,
) -> None:
    """Record the current findings so that `check --baseline FILE` reports only new ones.
    Plans are identified by file name (without folder); the file holds no plan text."""
    from .baseline import render_baseline

    settings = _load_config(config, select=select, ignore=ignore)
    results = _audit(paths, settings, password_file, jobs)
    _emit(render_baseline(results), output)
    findings = sum(len(r.findings) for r in results)
    audited = sum(r.status == "audited" for r in results)
    typer.echo(f"ehcp-audit: recorded {findings} finding(s) from {audited} plan(s) in {output}", err=True)
    unread = _unread(results)
    if unread:
        typer.echo(f"ehcp-audit: {unread} file(s) could not be read, so none of their findings are in the baseline", err=True)
    raise typer.Exit(EXIT_UNREADABLE if unread else EXIT_OK)
