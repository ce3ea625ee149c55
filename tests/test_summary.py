"""`ehcp-audit summary`: counts and shares across plans, pseudonymous, with no plan text."""

from __future__ import annotations

import csv
import io
import re
import stat

import pytest

from ehcp_audit.model import Finding, PlanError, PlanResult, Severity
from ehcp_audit.summary import render_csv, render_terminal, summarise

KEY = b"s" * 32


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _f(rule, severity, section, quote="Toby gets support as required."):
    return Finding(rule, rule.lower() + "-name", severity, section, 3, quote, "message", ("Reg",), "fix")


@pytest.fixture
def batch() -> list[PlanResult]:
    e, w = Severity.ERROR, Severity.WARNING
    return [
        PlanResult("plans/Toby Wrenfield.pdf", "pdf", "1" * 64, "audited",
                   findings=(_f("F101", e, "F"), _f("F101", e, "F"), _f("E102", w, "E"))),
        PlanResult("plans/Ruby Mensah.docx", "docx", "2" * 64, "audited", findings=(_f("F101", e, "F"), _f("S001", e, "J", None))),
        PlanResult("plans/Alfie Brennan.pdf", "pdf", "3" * 64, "audited", findings=(_f("E102", w, "E"),)),
        PlanResult("plans/clean.pdf", "pdf", "4" * 64, "audited"),
        PlanResult("plans/Samir scan.pdf", "pdf", None, "failed", PlanError("no_text_layer", "The PDF has no text layer.")),
    ]


def test_counts_and_shares(batch):
    s = summarise(batch, key=KEY)
    assert (s.files, s.audited, s.failed, s.skipped) == (5, 4, 1, 0)
    assert s.with_findings == {"error": 2, "warning": 2, "info": 0}
    rules = {r.rule: (r.plans, r.findings, r.severity) for r in s.rules}
    assert rules == {"F101": (2, 3, "error"), "E102": (2, 2, "warning"), "S001": (1, 1, "error")}
    assert s.share(2) == 0.5  # of the four plans audited, not of the five files
    sections = {x.section: (x.plans, x.findings["error"], x.findings["warning"]) for x in s.sections}
    assert sections == {"E": (2, 0, 2), "F": (2, 3, 0), "J": (1, 1, 0)}
    assert [x.section for x in s.sections] == ["E", "F", "J"]  # statutory order
    assert [p.counts["error"] for p in s.plans[:2]] == [2, 2] and s.plans[0].counts["warning"] == 1  # ties broken by warnings


def test_output_has_no_plan_text_or_file_names(batch):
    s = summarise(batch, key=KEY)
    for text, listed in ((render_terminal(s), 4), (render_csv(s), 5)):  # the terminal leaves out clean plans
        assert "Toby" not in text and "Ruby" not in text and "Samir" not in text and "as required" not in text
        assert len(set(re.findall(r"plan-[0-9a-f]{10}", text))) == listed
    shown = render_terminal(summarise(batch, show_names=True, key=KEY))
    assert "plans/Toby Wrenfield.pdf" in shown and "no_text_layer" in shown


def test_csv_parses_into_tables(batch):
    rows = list(csv.DictReader(io.StringIO(render_csv(summarise(batch, key=KEY)), newline="")))
    by_table = {}
    for row in rows:
        by_table.setdefault(row["table"], []).append(row)
    overview = {r["key"]: r for r in by_table["overview"]}
    assert overview["audited"]["plans"] == "4" and overview["failed"]["plans"] == "1"
    assert overview["with_error"]["share"] == "0.500"
    rule = next(r for r in by_table["rule"] if r["key"] == "F101")
    assert (rule["plans"], rule["share"], rule["findings"], rule["severity"]) == ("2", "0.500", "3", "error")
    assert [r["key"] for r in by_table["section"]] == ["E", "F", "J"]
    assert len(by_table["plan"]) == 5 and by_table["plan"][0]["errors"] == "2"
    assert next(r for r in by_table["plan"] if r["name"] == "no_text_layer")["findings"] == "0"


def test_the_same_file_keeps_its_pseudonym_across_runs(batch):
    first = [p.label for p in summarise(batch).plans]  # uses the installation key (created now)
    second = [p.label for p in summarise(list(reversed(batch))).plans]
    assert sorted(first) == sorted(second)


def test_summary_command_on_sample_plans(tmp_path):
    """The whole command: real plans, the worker pool, CSV to an owner-only file."""
    from typer.testing import CliRunner

    from conftest import SAMPLES
    from ehcp_audit.cli import app
    from ehcp_audit.redact import key_path

    out = tmp_path / "summary.csv"
    result = CliRunner().invoke(app, ["summary", str(SAMPLES / "riverside_year4.docx"), str(SAMPLES / "harbour_cells_year6.docx"),
                                      str(tmp_path / "missing.pdf"), "--format", "csv", "-o", str(out), "-j", "1"])
    assert result.exit_code == 3, result.output  # one file could not be read
    text = out.read_text("utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and stat.S_IMODE(key_path().stat().st_mode) == 0o600
    assert "riverside" not in text and "harbour" not in text and "missing.pdf" not in text
    overview = {r["key"]: r["plans"] for r in csv.DictReader(io.StringIO(text, newline="")) if r["table"] == "overview"}
    assert overview["files"] == "3" and overview["audited"] == "2"
    bad = CliRunner().invoke(app, ["summary", str(SAMPLES / "riverside_year4.docx"), "--format", "xml"])
    assert bad.exit_code == 2 and "unknown format" in bad.output
