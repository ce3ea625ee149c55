"""What `ehcp-audit check` does, stage by stage:

  inputs   expand files, folders and globs into plan files        (inputs.py)
  run      audit them, in worker processes with time/memory limits (runner.py)
  filter   hide baselined findings                                 (baseline.py)
  redact   remove identifiers when asked                           (redact.py)
  render   in the chosen format, to stdout or a private file       (report/)
  exit     an exit code from the results and --fail-on
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .config import Config
from .errors import PASSWORD_ENV
from .model import PlanResult, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3


@dataclass(frozen=True)
class CheckOptions:
    paths: tuple[str, ...]
    format: str = "terminal"
    output: Optional[Path] = None
    baseline: Optional[Path] = None
    redact: bool = False
    jobs: int = 0
    password_file: Optional[Path] = None
    password_prompt: bool = False
    ocr: bool = False


class UsageError(Exception):
    """A problem with the command line: reported in one line, exit code 2."""


def read_password(options: CheckOptions) -> Optional[str]:
    """The PDF password from a file, a prompt or the environment, never the command line
    (which other users can read in the process list)."""
    if options.password_file is not None:
        try:
            return options.password_file.read_text("utf-8").rstrip("\r\n")
        except OSError:
            raise UsageError(f"could not read the password file {options.password_file}") from None
    if options.password_prompt:
        import getpass

        return getpass.getpass("PDF password: ")
    return os.environ.get(PASSWORD_ENV) or None


INCOMPLETE = {"absence_checks_skipped", "check_failed"}
"""Notices that mean a plan was not fully checked (pages unread, a rule or plug-in broke):
such a plan is never reported as clean."""


def exit_code(results: list[PlanResult], fail_on: str) -> int:
    """3 if any file could not be read or fully checked, else 1 if any finding reaches
    --fail-on, else 0."""
    if any(r.status == "failed" or any(n.code in INCOMPLETE for n in r.notices) for r in results):
        return EXIT_UNREADABLE
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    if any(f.severity.rank >= threshold for r in results for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def audit_paths(paths: list[str], config: Config, password: Optional[str], jobs: int = 0, ocr: bool = False) -> list[PlanResult]:
    """Expand files, folders and globs (inputs.py), then audit them in worker processes,
    each file under the time and memory limits (runner.py). Results are in input order."""
    from .inputs import expand
    from .runner import AuditJob, Limits, WorkerStartError, run_batch

    entries = expand(paths)
    if not entries:
        raise UsageError("no PDF or Word (.docx) files were found in the paths given")
    try:
        return run_batch(entries, AuditJob(config, password, ocr), Limits(config.timeout, config.memory_limit), jobs)
    except WorkerStartError as exc:
        raise UsageError(f"the checks could not be loaded ({exc}); check the rule packs and settings") from None


def _read_baseline(path: Optional[Path]):
    """The baseline's (plan, fingerprint) counts, or None when no baseline was given."""
    if path is None:
        return None
    from .baseline import BaselineError, load_baseline

    try:
        return load_baseline(path)
    except BaselineError as exc:
        raise UsageError(str(exc)) from None


def run_check(options: CheckOptions, config: Config) -> int:
    """Run the whole `check` command; returns the exit code."""
    from .report import FORMATS, renderer

    try:
        if options.format not in FORMATS:
            raise UsageError(f"unknown format {options.format!r}; choose one of {', '.join(FORMATS)}")
        baseline = _read_baseline(options.baseline)  # before auditing: a bad baseline fails fast
        password = read_password(options)
        paths = list(options.paths)
        if options.format == "html":  # the HTML report shows each section's text
            from dataclasses import replace

            config = replace(config, keep_document=True)
        results = audit_paths(paths, config, password, options.jobs, options.ocr)
    except UsageError as exc:
        print(f"ehcp-audit: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if baseline is not None:
        from .baseline import apply_baseline

        results, hidden = apply_baseline(results, baseline)
        print(f"ehcp-audit: {hidden} finding(s) hidden by the baseline {options.baseline}", file=sys.stderr)
    if options.redact:
        from .redact import redact_results

        results = redact_results(results)
    if options.format == "terminal" and options.output is None:
        from .report.terminal import print_report

        print_report(results)
    else:
        render = renderer(options.format)
        if getattr(render, "wants_rules", False):  # SARIF and JUnit describe every rule that ran
            from .report.sarif import rules_in_effect

            text = render(results, rules=rules_in_effect(config))
        else:
            text = render(results)
        if options.output is None:
            sys.stdout.write(text)
        else:
            from .safe_io import write_private

            write_private(options.output, text)
    return exit_code(results, config.fail_on)
