"""The JSON report: the public contract in shared/spec/report-contract.md, schema_version 1.

The schema ships as ehcp_audit/data/report.schema.json and every report the tests
produce is validated against it. New fields may be added; the required ones keep their
meaning.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import PlanResult

SCHEMA_VERSION = 1


def plan_dict(result: PlanResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "path": result.path,
        "sha256": result.sha256,
        "format": result.format,
        "status": result.status,
        "error": {"code": result.error.code, "message": result.error.message} if result.error else None,
        "pages": result.pages,
        "sections": [
            {"id": s.id, "title": s.title, "page_start": s.page_start, "page_end": s.page_end} for s in result.sections
        ],
        "findings": [f.to_dict() for f in result.findings],
        "notices": [
            {"code": n.code, "message": n.message, **({"pages": list(n.pages)} if n.pages else {})} for n in result.notices
        ],
    }
    out.update(result.extras)
    return out


def summary(results: list[PlanResult]) -> dict[str, Any]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for result in results:
        for finding in result.findings:
            counts[finding.severity.value] += 1
    return {
        "plans": len(results),
        "audited": sum(r.status == "audited" for r in results),
        "failed": sum(r.status == "failed" for r in results),
        "skipped": sum(r.status == "skipped" for r in results),
        "findings": counts,
    }


def report_dict(results: list[PlanResult]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "ehcp-audit", "version": __version__},
        "plans": [plan_dict(r) for r in results],
        "summary": summary(results),
    }


def render(results: list[PlanResult]) -> str:
    return json.dumps(report_dict(results), indent=2, ensure_ascii=False) + "\n"
