"""Commands beyond `check`: `schedule` (the provision schedule) and `compare` (two versions).

They register on the same typer app (cli.py imports this module at its end). Like `check`,
they import heavy libraries only when run, read the password from a file or the environment
(never the command line), and turn an unreadable file into exit code 3 and one sentence,
never a traceback. The auditing, output and option helpers are shared with cli_batch.py.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

import typer

from .cli import _fail, _load_config, app
from .cli_batch import CONFIG, EXIT_UNREADABLE, OUTPUT, PASSWORD_FILE, _audit, _check_format, _emit

SCHEDULE_FORMATS = ("terminal", "csv", "json")
COMPARE_FORMATS = ("terminal", "json")


def _audit_keeping_text(paths: list[str], config_path: Optional[Path], password_file: Optional[Path]):
    """Audit `paths` with the check pipeline, keeping each plan's text; returns (results, analyzer)."""
    from .engine import build_registry
    from .nlp import Analyzer

    settings = replace(_load_config(config_path), keep_document=True)
    unique = list(dict.fromkeys(paths))  # the same file twice is audited once
    audited = _audit(unique, settings, password_file)
    if len(audited) != len(unique):  # a folder or glob was given: these commands take single files
        _fail("give plan files, not folders or patterns")
    results = [audited[unique.index(path)] for path in paths]
    for result in results:
        if result.status != "audited":
            code = result.error.code if result.error else "unknown"
            message = result.error.message if result.error else "The file could not be audited."
            _fail(f"{result.path}: [{code}] {message}", EXIT_UNREADABLE)
    registry = build_registry(settings.checks_dirs, settings.lexicons, settings.plugins)
    return results, Analyzer(registry.lexicons)


@app.command()
def schedule(
    plan: str = typer.Argument(..., help="One plan file (PDF or .docx)."),
    format: str = typer.Option("terminal", "--format", "-f", help="terminal, csv or json."),
    output: Optional[Path] = OUTPUT,
    config: Optional[Path] = typer.Option(None, "--config", help="Settings file (lexicon changes apply)."),
    password_file: Optional[Path] = PASSWORD_FILE,
) -> None:
    """Tabulate the provision in F (and G/H), every unspecified detail shown as a gap."""
    _check_format(format, SCHEDULE_FORMATS)
    from .schedule import build_schedule, render_terminal, render_text, to_csv, to_json
    from .model import Plan

    (result,), analyzer = _audit_keeping_text([plan], config, password_file)
    table = build_schedule(Plan(result.document, result.sections), analyzer)
    if format == "terminal" and output is None:
        from rich.console import Console

        render_terminal(Console(highlight=False), table, f"Provision schedule: {result.path}")
    elif format == "terminal":
        _emit(render_text(table, f"Provision schedule: {result.path}"), output)
    else:
        _emit(to_csv(table) if format == "csv" else to_json(table, result.path), output)


@app.command()
def compare(
    old: str = typer.Argument(..., help="The earlier plan (e.g. the draft, or last year's plan)."),
    new: str = typer.Argument(..., help="The later plan (e.g. the final, or the amended plan)."),
    format: str = typer.Option("terminal", "--format", "-f", help="terminal or json."),
    output: Optional[Path] = OUTPUT,
    config: Optional[Path] = CONFIG,
    password_file: Optional[Path] = PASSWORD_FILE,
) -> None:
    """Compare two versions of a plan: sections, provision and findings that changed."""
    _check_format(format, COMPARE_FORMATS)
    from .compare import compare_results, render_terminal, render_text, to_json
    from .model import Plan
    from .schedule import build_schedule

    (before, after), analyzer = _audit_keeping_text([old, new], config, password_file)
    schedules = [build_schedule(Plan(r.document, r.sections), analyzer) for r in (before, after)]
    comparison = compare_results(before, after, *schedules)
    if format == "terminal" and output is None:
        from rich.console import Console

        render_terminal(Console(highlight=False), comparison)
    else:
        _emit(render_text(comparison) if format == "terminal" else to_json(comparison), output)
