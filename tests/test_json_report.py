"""The JSON report follows the public contract: validated against the shipped schema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from conftest import SAMPLES
from ehcp_audit.report.json_report import render


@pytest.fixture(scope="module")
def schema():
    return json.loads(resources.files("ehcp_audit").joinpath("data/report.schema.json").read_text("utf-8"))


def _validate(schema, text: str) -> dict:
    report = json.loads(text)
    jsonschema.validate(report, schema)
    return report


def test_sample_plans_give_valid_reports(auditor, schema):
    paths = sorted(SAMPLES.glob("*.pdf")) + sorted(SAMPLES.glob("*.docx"))
    assert paths, "the bundled sample plans are missing"
    results = [auditor.audit_file(str(p)) for p in paths]
    report = _validate(schema, render(results))
    assert report["summary"]["plans"] == len(paths) == report["summary"]["audited"]
    for plan in report["plans"]:
        assert plan["status"] == "audited" and plan["sections"]
        assert len(plan["sha256"]) == 64
        for finding in plan["findings"]:
            assert finding["legal_basis"]
            if plan["format"] == "docx":
                assert finding["page"] is None


def test_failed_and_missing_files_give_valid_reports(auditor, schema, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    text_file = tmp_path / "notes.docx"
    text_file.write_text("just some notes")
    results = [auditor.audit_file(str(p)) for p in (empty, text_file, tmp_path / "missing.pdf")]
    report = _validate(schema, render(results))
    assert [p["error"]["code"] for p in report["plans"]] == ["empty_file", "unsupported_format", "not_found"]
    assert report["summary"] == {"plans": 3, "audited": 0, "failed": 3, "skipped": 0, "findings": {"error": 0, "warning": 0, "info": 0}}


def test_missing_section_finding_has_contract_fields(auditor, schema, hostile_dir):
    report = _validate(schema, render([auditor.audit_file(str(hostile_dir / "control-baseline.docx"))]))
    missing = [f for f in report["plans"][0]["findings"] if f["rule"] == "S001"]
    assert {f["section"] for f in missing} == {"C", "D", "E", "G", "H1", "H2", "J", "K"}
    assert all(f["quote"] is None and "reg 12" in " ".join(f["legal_basis"]) for f in missing)
