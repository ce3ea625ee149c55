"""The pipeline for one file: load → split → check, giving a PlanResult.

`Auditor` holds what is expensive to build (the rule registry and the spaCy pipeline) so
that a worker builds it once and audits many files with it.
"""

from __future__ import annotations

import gc
import hashlib
import os
from typing import Optional

from .config import Config
from .engine import Context, Registry, Rule, build_registry, run_rules
from .errors import AuditError, plan_error
from .extract import LoadOptions, load_document
from .model import Notice, Plan, PlanResult
from .nlp import Analyzer
from .redact import collect_identifiers
from .split import split


def file_sha256(path: str) -> Optional[str]:
    """Hash of the file's bytes (opened read-only), or None if it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


class Auditor:
    """Audits files with one registry and one spaCy pipeline. Build one per process: it
    freezes what the process holds so far out of the garbage collector's sight (see below)."""

    def __init__(self, config: Config = Config(), registry: Optional[Registry] = None):
        self.config = config
        self.registry = registry or build_registry(config.checks_dirs, config.lexicons, config.plugins)
        self.rules: list[Rule] = [rule for rid, rule in sorted(self.registry.rules.items()) if config.wants(rid)]
        self.analyzer = Analyzer(self.registry.lexicons)
        # spaCy, the rule pack and the matchers are ~100k objects that live as long as the
        # process. Frozen, they are left out of the garbage collector's full collections,
        # which otherwise re-scan them all every few plans (~60 ms each time).
        gc.freeze()

    def audit_file(self, path: str, password: Optional[str] = None) -> PlanResult:
        """Audit one file. Never raises for a bad file: it comes back as status "failed"."""
        # An audit makes ~100k short-lived objects, nearly all freed by reference counting;
        # the cyclic collector would walk them dozens of times per plan for almost nothing.
        # It is paused for the audit, and whatever garbage is left is collected after it.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._audit_file(path, password)
        finally:
            if enabled:
                gc.enable()

    def _audit_file(self, path: str, password: Optional[str]) -> PlanResult:
        fmt = _format_from_name(path)
        try:
            from .extract import sniff

            kind = sniff(path)
            fmt = kind if kind in ("pdf", "docx") else fmt
            sha = file_sha256(path)
            document = load_document(path, LoadOptions(password=password, max_pages=self.config.max_pages))
        except AuditError as exc:
            status = "skipped" if exc.code == "lock_file" else "failed"
            return PlanResult(path, fmt, file_sha256(path) if os.path.isfile(path) else None, status, exc.as_plan_error())
        except MemoryError:
            return PlanResult(path, fmt, None, "failed", plan_error("resource_limit"))
        except RecursionError:
            return PlanResult(path, fmt, None, "failed", plan_error("corrupt"))
        except Exception:  # a parser bug on a damaged file; its message may hold plan text
            return PlanResult(path, fmt, file_sha256(path), "failed", plan_error("corrupt"))
        plan = split(document)
        if not plan.sections:
            return PlanResult(path, document.format, sha, "failed", plan_error("not_a_plan"), document.pages)
        return self.audit_plan(plan, path, sha)

    def audit_plan(self, plan: Plan, path: str = "<text>", sha: Optional[str] = None) -> PlanResult:
        """Run the rules on a plan that is already split."""
        ctx = Context(plan, self.analyzer)  # its items serve the rules and the traceability table
        run = run_rules(plan, self.rules, self.analyzer, self.config.severity, ctx)
        notices = list(plan.document.notices)
        if run.skipped_absence:
            notices.append(Notice(
                "absence_checks_skipped",
                "Some pages could not be read, so checks for missing content were not run "
                f"({', '.join(run.skipped_absence)}); this plan has NOT been cleared of them.",
            ))
        for problem in list(self.registry.problems) + list(self.analyzer.problems) + list(run.problems):
            notices.append(Notice("check_failed", problem))
        result = PlanResult(path, plan.document.format, sha, "audited", None, plan.document.pages, plan.sections, run.findings, tuple(notices))
        if self.config.keep_document:
            result.document = plan.document
        # A few milliseconds; attached always so --redact works however files are run.
        result.identifiers = collect_identifiers(plan)
        self._add_traceability(ctx, result)
        return result

    def _add_traceability(self, ctx: Context, result: PlanResult) -> None:
        """The need → outcome → provision table (trace.py) as extras["traceability"]; a
        failure to build it is a notice, never a failed audit."""
        try:
            # The table the rules already built from their items: no second spaCy pass.
            result.extras["traceability"] = ctx.trace.to_dict()
        except Exception as exc:
            result.notices = result.notices + (Notice("traceability_failed", f"The need → outcome → provision table could not be built ({type(exc).__name__})."),)


def _format_from_name(path: str) -> Optional[str]:
    suffix = os.path.splitext(path)[1].lower().lstrip(".")
    return suffix if suffix in ("pdf", "docx") else None
