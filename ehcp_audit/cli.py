"""Command line: `ehcp-audit check`, `rules`, `explain`.

Heavy libraries (spaCy, pdfplumber, python-docx) are imported inside the commands that
need them, so `--help` and `--version` start fast.

Exit codes:
  0  every file audited; no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage or configuration error; nothing audited
  3  at least one file could not be read, or not fully (unread pages, a failed rule);
     the others were audited and reported
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .errors import PASSWORD_ENV

EXIT_USAGE, EXIT_INTERNAL = 2, 4

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # a traceback could show plan text held in local variables
    rich_markup_mode=None,  # plain help: typer's rich help formatter adds ~150 ms to every --help
    help="Audit English EHC plans (PDF or Word) for legal defects, section by section, with citations. "
    "Exit codes: 0 clean, 1 findings at the --fail-on level, 2 usage or config error, 3 a file could not be (fully) read.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ehcp-audit {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Audit English EHC plans for legal defects."""


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"ehcp-audit: {message}", err=True)
    raise typer.Exit(code)


def _load_config(config_path: Optional[Path], **overrides):
    from .config import ConfigError, load_config, with_overrides

    try:
        return with_overrides(load_config(config_path), **overrides)
    except ConfigError as exc:
        _fail(f"configuration error: {exc}")


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Plan files (PDF or .docx), folders (searched recursively) or glob patterns."),
    format: str = typer.Option("terminal", "--format", "-f", help="terminal, json, sarif, junit, github, csv or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file (owner-only, written atomically)."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="error, warning, info or never (default: error)."),
    select: List[str] = typer.Option([], "--select", help="Only these rule ids or prefixes (repeatable)."),
    ignore: List[str] = typer.Option([], "--ignore", help="Skip these rule ids or prefixes (repeatable)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Settings file (default: nearest .ehcp-audit.yaml or pyproject.toml)."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Hide findings already recorded in this baseline file."),
    redact: bool = typer.Option(False, "--redact", help="Remove names, dates of birth, addresses and other identifiers from the output."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (default: one per core)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="Seconds allowed per file (default 60)."),
    memory_limit: Optional[int] = typer.Option(None, "--memory-limit", help="MiB of memory allowed per file (default 1024)."),
    max_pages: Optional[int] = typer.Option(None, "--max-pages", help="Refuse PDFs with more pages than this (default 2000)."),
    password_file: Optional[Path] = typer.Option(None, "--password-file", help=f"File holding the PDF password (or set {PASSWORD_ENV})."),
    password_prompt: bool = typer.Option(False, "--password-prompt", help="Ask for the PDF password."),
    ocr: bool = typer.Option(False, "--ocr", help="Run OCR (ocrmypdf) on scanned PDFs before auditing."),
) -> None:
    """Audit plan files and report defects with their legal basis."""
    from .checking import CheckOptions, run_check

    settings = _load_config(config, select=select, ignore=ignore, fail_on=fail_on, timeout=timeout,
                            memory_limit=memory_limit, max_pages=max_pages)
    options = CheckOptions(
        paths=tuple(paths), format=format, output=output, baseline=baseline, redact=redact, jobs=jobs,
        password_file=password_file, password_prompt=password_prompt, ocr=ocr,
    )
    raise typer.Exit(run_check(options, settings))


@app.command()
def rules(config: Optional[Path] = typer.Option(None, "--config", help="Settings file.")) -> None:
    """List every rule: id, name, severity and sections."""
    from rich.console import Console
    from rich.table import Table

    from .engine import build_registry

    settings = _load_config(config)
    registry = build_registry(settings.checks_dirs, settings.lexicons, settings.plugins)
    table = Table(show_edge=False)
    for column in ("Rule", "Name", "Severity", "Sections", "Pack"):
        table.add_column(column)
    for rid, rule in sorted(registry.rules.items()):
        meta = rule.meta
        table.add_row(rid, meta.name, meta.severity.value, ", ".join(meta.sections) or "whole plan", rule.pack)
    console = Console(highlight=False)
    console.print(table)
    for problem in registry.problems:
        console.print(f"[red]problem:[/] {problem}")


@app.command()
def explain(
    rule_id: str = typer.Argument(..., help="A rule id, e.g. F102."),
    config: Optional[Path] = typer.Option(None, "--config"),
    run: bool = typer.Option(False, "--run", help="Also run the rule on each example and show what it raises."),
) -> None:
    """Print a rule's rationale, legal basis, and good and bad example wordings."""
    from .engine import build_registry

    settings = _load_config(config)
    registry = build_registry(settings.checks_dirs, settings.lexicons, settings.plugins)
    rule = registry.rules.get(rule_id.upper())
    if rule is None:
        _fail(f"no rule {rule_id!r}; `ehcp-audit rules` lists them")
    meta = rule.meta
    lines = [
        f"{meta.id} {meta.name} ({meta.severity.value})",
        f"Sections: {', '.join(meta.sections) or 'whole plan'}",
        "",
        meta.rationale,
        "",
        "Legal basis:",
        *[f"  - {basis}" for basis in meta.legal_basis],
        "",
        f"Suggested fix: {meta.suggestion}",
    ]
    outcome = _example_outcomes(registry, rule) if run else (lambda text: "")
    if meta.bad:
        lines += ["", "Flagged wording:", *[f"  ✗ {' / '.join(ex.strip().splitlines())}{outcome(ex)}" for ex in meta.bad]]
    if meta.good:
        lines += ["", "Wording that passes:", *[f"  ✓ {' / '.join(ex.strip().splitlines())}{outcome(ex)}" for ex in meta.good]]
    typer.echo("\n".join(lines))


def _example_outcomes(registry, rule):
    """A function giving, for one example wording, what the rule raises on it now
    (built the same way as the test suite's example checks, in ehcp_audit.examples)."""
    from .examples import example_findings
    from .nlp import Analyzer

    analyzer = Analyzer(registry.lexicons)

    def outcome(text: str) -> str:
        found = example_findings(rule, analyzer, text)
        return f"   [raises: {', '.join(sorted({f.severity.value for f in found}))}]" if found else "   [raises nothing]"

    return outcome


def main() -> None:
    """Entry point: run the app; an unexpected error becomes one line, never a traceback."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        typer.echo("ehcp-audit: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # pragma: no cover - last line of defence
        typer.echo(f"ehcp-audit: internal error ({type(exc).__name__}); please report it. No plan text is shown.", err=True)
        sys.exit(EXIT_INTERNAL)


from . import cli_extra  # noqa: E402,F401  (registers `schedule` and `compare` on the app)
from . import cli_batch  # noqa: E402,F401  (registers `summary` and `baseline` on the app)
