"""SARIF, JUnit, GitHub annotations and CSV: each checked against its schema or parser.

The SARIF schema and the JUnit XSD in tests/data/ were written for these tests from the
SARIF 2.1.0 specification and the common Jenkins JUnit shape (see their headers).
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from conftest import SAMPLES
from ehcp_audit.model import Finding, Notice, PlanError, PlanResult, Section, Severity
from ehcp_audit.report import FORMATS, renderer
from ehcp_audit.report import csv_report, github, junit, sarif

DATA = Path(__file__).parent / "data"

QUOTE_TRICKY = '=SUM(A1) "Daily", 30% of sessions: as required\nnext line\x0b'


def _finding(rule="F101", severity=Severity.ERROR, section="F", page=8, quote="Access to therapy as required.", **kw):
    return Finding(rule, kw.get("name", "unquantified-provision"), severity, section, page, quote,
                   kw.get("message", "Provision does not say how often."), ("SEND Code of Practice (2015) 9.69",),
                   "State how often, for how long and by whom.")


@pytest.fixture
def results() -> list[PlanResult]:
    audited = PlanResult(
        "plans/team a/plan, one.pdf", "pdf", "a" * 64, "audited", None, 14,
        (Section("F", "Special educational provision", 10, 20, 7, 10),),
        (
            _finding(),
            _finding(quote=QUOTE_TRICKY, page=9),
            _finding("E102", Severity.WARNING, "E", 5, "Toby will be happier.", name="vague-outcome", message="Outcome is not measurable."),
            _finding("S001", Severity.ERROR, "J", None, None, name="missing-section", message="The plan has no Section J."),
        ),
        (Notice("unread_pages", "Page 3 could not be read.", (3,)),),
    )
    clean = PlanResult("plans/clean.docx", "docx", "b" * 64, "audited", None, None, (), (), ())
    failed = PlanResult("plans/broken.pdf", "pdf", None, "failed", PlanError("corrupt", "The file is damaged and could not be read."))
    skipped = PlanResult("plans/~$lock.docx", "docx", None, "skipped", PlanError("lock_file", "This is a temporary lock file."))
    return [audited, clean, failed, skipped]


def _rules(*ids):
    """RuleMeta-like records for the rules 'in effect' (as run_check passes them)."""
    from ehcp_audit.engine import RuleMeta

    names = {"F101": "unquantified-provision", "E102": "vague-outcome", "S001": "missing-section", "K101": "advice-not-listed"}
    return [RuleMeta(rid, names[rid], Severity.ERROR, ("F",), "item", ("Reg 12",), f"Why {rid} matters.", "msg", "fix it",
                     good=("Good wording.",), bad=("Bad wording.",)) for rid in ids]


def test_every_format_is_registered():
    for name in ("terminal", "json", "sarif", "junit", "github", "csv"):
        assert name in FORMATS
        assert callable(renderer(name))


# --- SARIF -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_schema():
    return json.loads((DATA / "sarif-2.1.0-subset.schema.json").read_text("utf-8"))


def _valid_sarif(schema, text: str) -> dict:
    log = json.loads(text)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    return log


def test_sarif_is_valid_and_complete(results, sarif_schema):
    log = _valid_sarif(sarif_schema, sarif.render(results, rules=_rules("F101", "E102", "S001", "K101")))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["E102", "F101", "K101", "S001"]  # K101 ran without findings: still described
    for rule in rules:
        assert "Reg 12" in rule["help"]["text"] and "fix it" in rule["help"]["text"]
        assert "Bad wording." in rule["help"]["markdown"] and rule["fullDescription"]["text"].startswith("Why")
    assert len(run["results"]) == 4
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert run["artifacts"][location["artifactLocation"]["index"]]["location"]["uri"] == location["artifactLocation"]["uri"]
    by_quote = {r["properties"]["quote"]: r for r in run["results"]}
    assert by_quote["Access to therapy as required."]["locations"][0]["physicalLocation"]["region"]["startLine"] == 8
    missing = by_quote[None]
    assert missing["level"] == "error" and missing["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert by_quote["Toby will be happier."]["level"] == "warning"
    assert run["artifacts"][0]["location"]["uri"] == "plans/team%20a/plan%2C%20one.pdf"
    assert run["artifacts"][0]["hashes"] == {"sha-256": "a" * 64}


def test_sarif_reports_unreadable_files_and_notices(results, sarif_schema):
    run = _valid_sarif(sarif_schema, sarif.render(results, rules=_rules("F101")))["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = {(n["descriptor"]["id"], n["level"]) for n in invocation["toolExecutionNotifications"]}
    assert {("corrupt", "error"), ("lock_file", "note"), ("unread_pages", "warning")} <= notes
    only_clean = _valid_sarif(sarif_schema, sarif.render(results[:2], rules=_rules("F101")))
    assert only_clean["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_sarif_fingerprint_ignores_the_page(results):
    first = json.loads(sarif.render(results[:1]))["runs"][0]["results"][0]
    moved = results[0]
    moved.findings = (_finding(page=12),) + moved.findings[1:]
    second = json.loads(sarif.render([moved]))["runs"][0]["results"][0]
    assert first["partialFingerprints"] == second["partialFingerprints"]
    assert first["locations"] != second["locations"]


def test_sarif_schema_rejects_what_viewers_would_reject(sarif_schema, results):
    """The schema is not a rubber stamp: a missing startLine or an invented property fails."""
    log = json.loads(sarif.render(results, rules=_rules("F101")))
    broken = json.loads(json.dumps(log))
    del broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
    with pytest.raises(jsonschema.ValidationError):
        _valid_sarif(sarif_schema, json.dumps(broken))
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["severity"] = "error"
    with pytest.raises(jsonschema.ValidationError):
        _valid_sarif(sarif_schema, json.dumps(broken))


def test_sarif_of_real_plans_uses_the_installed_rules(auditor, sarif_schema):
    plans = [auditor.audit_file(str(SAMPLES / "harbour_cells_year6.docx")), auditor.audit_file(str(SAMPLES / "riverside_year4.pdf"))]
    from ehcp_audit.config import Config

    in_effect = sarif.rules_in_effect(Config())
    log = _valid_sarif(sarif_schema, sarif.render(plans, rules=in_effect))
    driver_ids = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert {m.id for m in in_effect} <= driver_ids and len(driver_ids) > 10
    assert {f.rule for p in plans for f in p.findings} <= driver_ids
    assert sum(len(p.findings) for p in plans) == len(log["runs"][0]["results"]) > 0


# --- JUnit -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def junit_schema():
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(DATA / "junit-jenkins.xsd")))


def _valid_junit(schema, text: str) -> ET.Element:
    from lxml import etree

    document = etree.fromstring(text.encode("utf-8"))
    assert schema.validate(document), schema.error_log
    return ET.fromstring(text)


def test_junit_has_one_case_per_rule_per_plan(results, junit_schema):
    root = _valid_junit(junit_schema, junit.render(results, rules=_rules("F101", "E102", "S001", "K101")))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [r.path for r in results]
    audited, clean, failed, skipped = suites
    assert [c.get("name") for c in audited.findall("testcase")] == [
        "E102 vague-outcome", "F101 unquantified-provision", "K101 advice-not-listed", "S001 missing-section"]
    failing = {c.get("name").split()[0]: c.find("failure") for c in audited.findall("testcase") if c.find("failure") is not None}
    assert set(failing) == {"E102", "F101", "S001"}
    assert failing["E102"].get("type") == "warning" and failing["F101"].get("type") == "error"
    assert failing["F101"].get("message").startswith("2 finding(s)")
    assert "Access to therapy as required." in failing["F101"].text and "\x0b" not in failing["F101"].text
    assert len(clean.findall("testcase")) == 4 and clean.get("failures") == "0"
    assert failed.find("testcase/error").get("type") == "corrupt" and failed.get("errors") == "1"
    assert skipped.find("testcase/skipped") is not None
    assert "Page 3 could not be read." in audited.find("system-out").text
    assert root.get("tests") == str(4 + 4 + 1 + 1) and root.get("failures") == "3" and root.get("errors") == "1"


def test_junit_xsd_rejects_a_malformed_report(junit_schema):
    from lxml import etree

    bad = etree.fromstring(b"<testsuites><testsuite name='x'><testcase/></testsuite></testsuites>")  # no tests=, no name=
    assert not junit_schema.validate(bad)


# --- GitHub annotations ----------------------------------------------------------------------

_COMMAND = re.compile(r"^::(?P<name>[a-z]+)(?: (?P<props>[^:]*))?::(?P<data>.*)$")


def _unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def parse_annotations(text: str) -> list[dict]:
    """Read workflow commands back as GitHub's runner does."""
    out = []
    for line in text.split("\n"):  # the runner reads commands line by line, on LF only
        match = _COMMAND.match(line.rstrip("\r"))
        if not match:
            continue
        props = {}
        for pair in (match.group("props") or "").split(","):
            if pair:
                key, _, value = pair.partition("=")
                props[key] = _unescape(value)
        out.append({"command": match.group("name"), "props": props, "message": _unescape(match.group("data"))})
    return out


def test_github_annotations_round_trip(results):
    text = github.render(results)
    notes = parse_annotations(text)
    lines = text.rstrip("\n").split("\n")
    assert len(lines) == len(notes) + 1 and lines[-1].startswith("ehcp-audit: 4 file(s)")  # one line per command + total
    findings = [n for n in notes if n["props"].get("title", "").startswith(("F101", "E102", "S001"))]
    assert len(findings) == 4
    tricky = next(n for n in findings if QUOTE_TRICKY.strip() in n["message"])
    assert tricky["command"] == "error" and tricky["props"]["line"] == "9"
    assert tricky["props"]["file"] == "plans/team a/plan, one.pdf"  # comma escaped and restored
    assert next(n for n in findings if n["props"]["title"].startswith("E102"))["command"] == "warning"
    missing = next(n for n in findings if n["props"]["title"].startswith("S001"))
    assert "line" not in missing["props"] and "Section J" in missing["props"]["title"]
    unread = [n for n in notes if n["props"].get("file") == "plans/broken.pdf"]
    assert unread and unread[0]["command"] == "error" and "[corrupt]" in unread[0]["props"]["title"]
    assert any(n["command"] == "notice" and "Page 3" in n["message"] for n in notes)


def test_github_info_findings_are_notices():
    info = PlanResult("p.docx", "docx", None, "audited", findings=(_finding(severity=Severity.INFO, page=None),))
    [note] = parse_annotations(github.render([info]))
    assert note["command"] == "notice" and "line" not in note["props"]


# --- CSV -------------------------------------------------------------------------------------


def test_csv_has_one_row_per_finding(results):
    text = csv_report.render(results)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == csv_report.COLUMNS
    finding_rows = [r for r in rows if r["kind"] == "finding"]
    assert len(finding_rows) == sum(len(r.findings) for r in results) == 4
    assert {r["rule"] for r in finding_rows} == {"F101", "E102", "S001"}
    tricky = next(r for r in finding_rows if r["page"] == "9")
    assert tricky["quote"] == "'" + QUOTE_TRICKY  # defused formula, commas, quotes and newline intact
    assert next(r for r in finding_rows if r["rule"] == "S001")["page"] == ""
    assert [r["rule"] for r in rows if r["kind"] == "error"] == ["corrupt", "lock_file"]
    assert any(r["kind"] == "notice" and r["rule"] == "unread_pages" for r in rows)
    assert not any(r["plan"] == "plans/clean.docx" for r in rows)  # a clean plan has no rows of its own


@pytest.mark.parametrize("value, expected", [("=1+1", "'=1+1"), ("-3 sessions", "'-3 sessions"), ("@x", "'@x"),
                                             ("+44", "'+44"), ("Daily", "Daily"), (None, ""), (3, "3")])
def test_csv_cells_are_defused(value, expected):
    assert csv_report.safe_cell(value) == expected


def test_github_gives_the_redaction_note_once(results):
    from ehcp_audit.redact import redact_results

    notes = parse_annotations(github.render(redact_results(results, b"k" * 32)))
    redaction = [n for n in notes if n["props"].get("title") == "note [redacted]"]
    assert len(redaction) == 1 and "file" not in redaction[0]["props"] and "not anonymisation" in redaction[0]["message"]
    assert all(n["props"]["file"].startswith("plan-") for n in notes if "file" in n["props"])


def test_redacted_sarif_leaves_out_example_wordings(results):
    from ehcp_audit.redact import redact_results

    plain = json.loads(sarif.render(results, rules=_rules("F101")))["runs"][0]["tool"]["driver"]["rules"]
    redacted = json.loads(sarif.render(redact_results(results, b"k" * 32), rules=_rules("F101")))["runs"][0]["tool"]["driver"]["rules"]
    assert any("Bad wording." in r["help"]["markdown"] for r in plain)
    assert not any("Bad wording." in r["help"]["markdown"] or "Good wording." in r["help"]["markdown"] for r in redacted)
    assert all("Reg 12" in r["help"]["text"] for r in redacted if r["id"] == "F101")
