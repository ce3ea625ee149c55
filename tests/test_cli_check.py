"""`ehcp-audit check` and `baseline` end to end: each format through the real command (worker
process included), exit codes, owner-only output files, baselines and redaction.

A settings file adds the test pack in tests/data/quote_all_pack (rule T901 quotes every
block as a warning), so every run has findings whatever the built-in rules find.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import SAMPLES
from ehcp_audit.cli import app

DATA = Path(__file__).parent / "data"
PLAN = SAMPLES / "riverside_year4.docx"


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def settings(tmp_path) -> Path:
    path = tmp_path / "settings.yaml"
    path.write_text(f"checks-dirs: ['{DATA / 'quote_all_pack'}']\n", "utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(app, [*args, "-j", "1"] if args[0] in ("check", "baseline", "summary") else list(args))


def _check(settings, *args):
    return run("check", str(PLAN), "--config", str(settings), "--select", "T901", *args)


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "csv"])
def test_each_format_through_the_command(settings, tmp_path, fmt):
    """Wiring, not layout (test_formats.py covers that): the rules in effect reach SARIF and
    JUnit, the text reaches stdout or an owner-only file, and each parses."""
    target = tmp_path / f"report.{fmt}"
    result = _check(settings, "-f", fmt, "--fail-on", "never", *(["-o", str(target)] if fmt == "sarif" else []))
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "sarif":
        assert out == "" and stat.S_IMODE(target.stat().st_mode) == 0o600
        log = json.loads(target.read_text("utf-8"))
        jsonschema.Draft202012Validator(json.loads((DATA / "sarif-2.1.0-subset.schema.json").read_text("utf-8"))).validate(log)
        # the rules in effect: the test pack's rule, and not the built-in ones that --select left out
        assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == ["T901"]
        assert "test only" in log["runs"][0]["tool"]["driver"]["rules"][0]["help"]["text"]
        assert {r["ruleId"] for r in log["runs"][0]["results"]} == {"T901"}
    elif fmt == "junit":
        from lxml import etree

        assert etree.XMLSchema(etree.parse(str(DATA / "junit-jenkins.xsd"))).validate(etree.fromstring(out.encode()))
        cases = ET.fromstring(out).findall("testsuite/testcase")
        assert [c.get("name") for c in cases] == ["T901 quote-every-block"] and cases[0].find("failure") is not None
    elif fmt == "github":
        lines = out.splitlines()
        assert any(line.startswith(f"::warning file={PLAN},title=T901 quote-every-block") for line in lines)
        assert lines[-1].startswith("ehcp-audit: 1 file(s), 1 audited")
    else:
        rows = [r for r in csv.DictReader(io.StringIO(out, newline="")) if r["kind"] == "finding"]
        assert rows and all(r["rule"] == "T901" for r in rows)
        assert any("Toby" in r["quote"] for r in rows)


def test_exit_code_rules():
    from ehcp_audit.checking import exit_code
    from ehcp_audit.model import Finding, PlanError, PlanResult, Severity

    def plan(*severities):
        return PlanResult("p.pdf", "pdf", None, "audited",
                          findings=tuple(Finding("X101", "x", s, None, None, None, "m", (), "s") for s in severities))

    warning, clean = plan(Severity.WARNING), plan()
    failed = PlanResult("q.pdf", "pdf", None, "failed", PlanError("corrupt", "damaged"))
    assert [exit_code([warning], level) for level in ("error", "warning", "info", "never")] == [0, 1, 1, 0]
    assert exit_code([plan(Severity.INFO)], "warning") == 0 and exit_code([plan(Severity.INFO)], "info") == 1
    assert exit_code([clean], "info") == 0
    assert exit_code([warning, failed], "warning") == 3 and exit_code([clean, failed], "never") == 3  # unreadable wins


def test_exit_codes_through_the_command(settings, tmp_path):
    assert _check(settings, "-f", "json", "--fail-on", "warning").exit_code == 1
    unreadable = run("check", str(PLAN), str(tmp_path / "missing.pdf"), "--config", str(settings), "-f", "json", "--fail-on", "never")
    assert unreadable.exit_code == 3 and json.loads(unreadable.stdout)["summary"]["failed"] == 1
    usage = _check(settings, "-f", "xml")
    assert usage.exit_code == 2 and "unknown format" in usage.stderr and usage.stdout == ""
    assert "Traceback" not in unreadable.output + usage.output


def test_baseline_command_then_check(settings, tmp_path):
    baseline = tmp_path / "baseline.json"
    made = run("baseline", str(PLAN), "--config", str(settings), "--select", "T901", "-o", str(baseline))
    assert made.exit_code == 0, made.output
    assert stat.S_IMODE(baseline.stat().st_mode) == 0o600
    recorded = sum(entry["count"] for entry in json.loads(baseline.read_text("utf-8"))["findings"])
    assert recorded > 20 and f"recorded {recorded} finding(s)" in made.stderr
    assert "Toby" not in baseline.read_text("utf-8")

    # the same plan in another folder: every finding is hidden, the run passes even at --fail-on info
    moved = tmp_path / "elsewhere" / PLAN.name
    moved.parent.mkdir()
    shutil.copy(PLAN, moved)
    result = run("check", str(moved), "--config", str(settings), "--select", "T901", "--baseline", str(baseline),
                 "-f", "json", "--fail-on", "info")
    assert result.exit_code == 0, result.output
    assert f"{recorded} finding(s) hidden" in result.stderr
    report = json.loads(result.stdout)
    assert report["plans"][0]["findings"] == [] and report["plans"][0]["notices"][-1]["code"] == "baselined"
    from importlib import resources

    jsonschema.validate(report, json.loads(resources.files("ehcp_audit").joinpath("data/report.schema.json").read_text("utf-8")))


def test_bad_baseline_is_a_usage_error(settings, tmp_path):
    broken = tmp_path / "baseline.json"
    broken.write_text("[]", "utf-8")
    result = _check(settings, "--baseline", str(broken))
    assert result.exit_code == 2 and "not an ehcp-audit baseline" in result.stderr


def test_redact_through_the_command(settings, tmp_path):
    named = tmp_path / "Toby Wrenfield EHCP.docx"
    shutil.copy(PLAN, named)
    result = run("check", str(named), "--config", str(settings), "--select", "T901", "--redact", "-f", "csv", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    for identifier in ("Toby", "Wrenfield", "14/11/2016", "Sandpiper", "ZX4 7QT", "Hannah", "Marcus"):
        assert identifier not in result.stdout
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert any(r["quote"].startswith("[CHILD]") for r in rows)
    assert any(r["kind"] == "notice" and r["rule"] == "redacted" and "not anonymisation" in r["message"] for r in rows)
    assert not any(r["rule"] == "redaction_incomplete" for r in rows)  # the names crossed from the worker process
    assert all(r["plan"].startswith("plan-") and r["plan"].endswith(".docx") for r in rows)


def test_pre_commit_hooks_file():
    """The hooks run real `check` options on plan files and leave Word lock files alone."""
    import re

    import yaml

    hooks = yaml.safe_load((Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert {h["id"] for h in hooks} == {"ehcp-audit", "ehcp-audit-redacted"}
    options = run("check", "--help").stdout
    for hook in hooks:
        command, *flags = hook["entry"].split()
        assert command == "ehcp-audit" and flags[0] == "check"
        assert all(flag in options for flag in flags[1:])
        files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
        for name, wanted in (("plans/a.pdf", True), ("plans/B.DOCX", True), ("plans/~$b.docx", False),
                             ("notes.txt", False), ("plan.doc", False)):
            assert (bool(files.search(name)) and not exclude.search(name)) == wanted, name
