"""SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for GitHub code scanning
and other SARIF viewers.

One run. `tool.driver.rules` describes every rule in effect (name, rationale, legal
basis, suggested fix, examples) so a viewer can show the help next to each result. A
redacted report leaves the example wordings out (they are made up, but hold names).

Plans are PDFs and Word files, which have pages, not lines. GitHub code scanning needs a
`region.startLine` on every result, so the page number is given there (1 when the page is
unknown, as in Word files); the page itself, the section and the quote are also in each
result's `properties`. Files that could not be read are tool execution notifications.
"""

from __future__ import annotations

import json
import os
from typing import Iterable, Optional
from urllib.parse import quote as url_quote

from .. import __version__
from ..model import Finding, PlanResult, Severity
from . import DISCLAIMER

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
MIME = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
FINGERPRINT_KEY = "ehcpAuditFinding/v1"


def rules_in_effect(config) -> list:
    """The RuleMeta of every rule this configuration runs (built-in, plug-ins, own folders)."""
    from ..engine import build_registry

    registry = build_registry(config.checks_dirs, config.lexicons, config.plugins)
    return [rule.meta for rid, rule in sorted(registry.rules.items()) if config.wants(rid)]


def default_rules() -> list:
    from ..config import Config

    return rules_in_effect(Config())


def catalogue(results: list[PlanResult], rules: Optional[Iterable]) -> dict[str, dict]:
    """Rule id → {id, name, severity, rationale, legal_basis, suggestion, bad, good}, for
    the rules given plus any rule that has a finding but is not among them."""
    out: dict[str, dict] = {}
    for meta in rules if rules is not None else default_rules():
        out[meta.id] = {
            "id": meta.id, "name": meta.name, "severity": meta.severity, "rationale": meta.rationale,
            "legal_basis": list(meta.legal_basis), "suggestion": meta.suggestion,
            "bad": list(meta.bad), "good": list(meta.good), "sections": list(meta.sections),
        }
    for result in results:
        for f in result.findings:
            out.setdefault(f.rule, {
                "id": f.rule, "name": f.name, "severity": f.severity, "rationale": f.message,
                "legal_basis": list(f.legal_basis), "suggestion": f.suggestion, "bad": [], "good": [], "sections": [],
            })
    return dict(sorted(out.items()))


def artifact_uri(path: str) -> str:
    """A relative path stays relative (GitHub resolves it from the repository root); an
    absolute one becomes a file: URI."""
    if os.path.isabs(path):
        from pathlib import Path

        return Path(path).as_uri()
    return url_quote(path.replace(os.sep, "/"), safe="/")


def _title(name: str) -> str:
    return name.replace("-", " ").replace("_", " ").capitalize()


def _example_lines(examples: list[str]) -> list[str]:
    return [" / ".join(line.strip() for line in ex.strip().splitlines()) for ex in examples]


def reporting_descriptor(rule: dict, examples: bool = True) -> dict:
    """A rule's SARIF description. `examples=False` leaves out the example wordings: in a
    redacted report a reader checking for names should find none, not even made-up ones."""
    legal = rule["legal_basis"]
    text_parts = [rule["rationale"], "Legal basis: " + "; ".join(legal), "Suggested fix: " + rule["suggestion"]]
    md_parts = [rule["rationale"], "**Legal basis**", *[f"- {basis}" for basis in legal],
                f"**Suggested fix:** {rule['suggestion']}"]
    if examples and rule["bad"]:
        md_parts += ["**Flagged wording**", *[f"- ✗ {ex}" for ex in _example_lines(rule["bad"])]]
    if examples and rule["good"]:
        md_parts += ["**Wording that passes**", *[f"- ✓ {ex}" for ex in _example_lines(rule["good"])]]
    md_parts.append(f"_{DISCLAIMER}_")
    return {
        "id": rule["id"],
        "name": rule["name"],
        "shortDescription": {"text": f"{rule['id']} {_title(rule['name'])}"},
        "fullDescription": {"text": rule["rationale"]},
        "help": {"text": "\n\n".join(text_parts), "markdown": "\n\n".join(md_parts)},
        "defaultConfiguration": {"level": LEVEL[Severity(rule["severity"])]},
        "properties": {
            "tags": ["ehcp", *[f"section-{s}" for s in rule["sections"]]],
            "legal_basis": legal,
            "precision": "medium",
        },
    }


def _result(finding: Finding, result: PlanResult, artifact_index: int, rule_index: int) -> dict:
    from ..baseline import plan_key

    text = finding.message
    if finding.quote:
        text += f' Quote: "{finding.quote}"'
    where = f"Section {finding.section}" if finding.section else "Whole plan"
    region: dict = {"startLine": finding.page or 1}
    if finding.quote:
        region["snippet"] = {"text": finding.quote}
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(result.path), "index": artifact_index},
                "region": region,
            },
            "logicalLocations": [{"name": where, "fullyQualifiedName": where}],
        }],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint(plan_key(result.path))},
        "properties": {
            "section": finding.section,
            "page": finding.page,
            "quote": finding.quote,
            "legal_basis": list(finding.legal_basis),
            "suggestion": finding.suggestion,
        },
    }


def _notifications(results: list[PlanResult], artifact_index: dict[str, int]) -> list[dict]:
    out = []
    for result in results:
        location = [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.path), "index": artifact_index[result.path]}}}]
        if result.error is not None:
            level = "note" if result.status == "skipped" else "error"
            out.append({"level": level, "message": {"text": result.error.message},
                        "descriptor": {"id": result.error.code}, "locations": location})
        for notice in result.notices:
            out.append({"level": "warning", "message": {"text": notice.message},
                        "descriptor": {"id": notice.code}, "locations": location})
    return out


def sarif_log(results: list[PlanResult], rules: Optional[Iterable] = None) -> dict:
    rule_table = catalogue(results, rules)
    redacted = any(n.code == "redacted" for r in results for n in r.notices)
    rule_index = {rid: i for i, rid in enumerate(rule_table)}
    artifacts, artifact_index = [], {}
    for result in results:
        if result.path in artifact_index:
            continue
        artifact_index[result.path] = len(artifacts)
        artifact: dict = {"location": {"uri": artifact_uri(result.path)}}
        if result.format in MIME:
            artifact["mimeType"] = MIME[result.format]
        if result.sha256:
            artifact["hashes"] = {"sha-256": result.sha256}
        artifacts.append(artifact)
    findings = [
        _result(f, r, artifact_index[r.path], rule_index[f.rule]) for r in results for f in r.findings
    ]
    run = {
        "tool": {"driver": {
            "name": "ehcp-audit",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [reporting_descriptor(rule, examples=not redacted) for rule in rule_table.values()],
        }},
        "artifacts": artifacts,
        "results": findings,
        "invocations": [{
            "executionSuccessful": not any(r.status == "failed" for r in results),
            "toolExecutionNotifications": _notifications(results, artifact_index),
        }],
        "properties": {"disclaimer": DISCLAIMER},
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(results: list[PlanResult], rules: Optional[Iterable] = None) -> str:
    return json.dumps(sarif_log(results, rules), indent=2, ensure_ascii=False) + "\n"


render.wants_rules = True  # type: ignore[attr-defined]  # run_check passes the rules in effect
