"""Baselines hide exactly the recorded findings, survive page moves, and hold no plan text."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from ehcp_audit.baseline import BaselineError, apply_baseline, load_baseline, plan_key, render_baseline
from ehcp_audit.model import Finding, PlanResult, Severity


def _finding(quote, rule="F101", section="F", page=4):
    return Finding(rule, "x", Severity.ERROR, section, page, quote, "m", ("Reg",), "s")


def _plan(path, *findings):
    return PlanResult(path, "pdf", None, "audited", findings=tuple(findings))


def _baseline(tmp_path, results):
    path = tmp_path / "baseline.json"
    path.write_text(render_baseline(results), "utf-8")
    return load_baseline(path)


def test_plan_identity_is_the_file_name():
    assert plan_key("plans/2025/riverside_year4.pdf") == plan_key("riverside_year4.pdf") == "riverside_year4.pdf"
    assert plan_key("C:\\plans\\riverside_year4.pdf") == "riverside_year4.pdf"


def test_baseline_hides_exactly_what_it_recorded(tmp_path):
    old = [_plan("plans/a.pdf", _finding("Support as required."), _finding(None, "S001", "J", None)),
           _plan("plans/b.pdf", _finding("Support as required."))]
    baseline = _baseline(tmp_path, old)
    now = [
        # same findings, text moved to another page, checked out in another folder
        _plan("elsewhere/a.pdf", _finding("Support  as\nrequired.", page=9), _finding(None, "S001", "J", None),
              _finding("Therapy where possible.")),  # a new finding
        _plan("b.pdf", _finding("Support as required."), _finding("Support as required.")),  # one more of the same
        _plan("c.pdf", _finding("Support as required.")),  # same wording, another plan: new
    ]
    kept, hidden = apply_baseline(now, baseline)
    assert hidden == 3
    assert [[f.quote for f in r.findings] for r in kept] == [["Therapy where possible."], ["Support as required."], ["Support as required."]]
    assert [n.code for n in kept[0].notices] == ["baselined"] and "2 finding(s)" in kept[0].notices[0].message
    assert kept[2].notices == ()


def test_changed_wording_or_rule_is_new(tmp_path):
    baseline = _baseline(tmp_path, [_plan("a.pdf", _finding("Support as required."))])
    kept, hidden = apply_baseline([_plan("a.pdf", _finding("Support as required daily."), _finding("Support as required.", rule="F102"))], baseline)
    assert hidden == 0 and len(kept[0].findings) == 2


def test_baseline_file_holds_no_plan_text(tmp_path):
    text = render_baseline([_plan("plans/a.pdf", _finding("Toby will have support as required."))])
    data = json.loads(text)
    assert "Toby" not in text and "support" not in text.lower()
    assert data["ehcp_audit_baseline"] == 1 and data["findings"][0]["plan"] == "a.pdf"
    assert data["findings"][0]["rule"] == "F101" and data["findings"][0]["count"] == 1


@pytest.mark.parametrize("content, message", [
    (None, "does not exist"),
    ("{not json", "not valid JSON"),
    ('{"findings": []}', "not an ehcp-audit baseline"),
    ('{"ehcp_audit_baseline": 1, "findings": {}}', "must be a list"),
    ('{"ehcp_audit_baseline": 1, "findings": [{"plan": "a.pdf"}]}', "finding 1"),
    ('{"ehcp_audit_baseline": 1, "findings": [{"plan": "a.pdf", "fingerprint": "x", "count": 0}]}', "bad 'count'"),
])
def test_bad_baseline_files_are_named(tmp_path, content, message):
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, "utf-8")
    with pytest.raises(BaselineError, match=message):
        load_baseline(path)


def test_baseline_of_real_plans_round_trips(tmp_path):
    """The built-in rules plus the test pack's T901 (which quotes every block, so there are
    always findings, some with the same wording in several places)."""
    from pathlib import Path

    from conftest import SAMPLES
    from ehcp_audit.audit import Auditor
    from ehcp_audit.config import Config

    auditor = Auditor(Config(checks_dirs=(Path(__file__).parent / "data" / "quote_all_pack",)))
    results = [auditor.audit_file(str(SAMPLES / name)) for name in ("riverside_year4.docx", "harbour_cells_year6.pdf")]
    total = sum(len(r.findings) for r in results)
    assert total > 0
    kept, hidden = apply_baseline(results, _baseline(tmp_path, results))
    assert hidden == total and not any(r.findings for r in kept)
    # one finding dropped from the baseline comes back
    first = next(r for r in results if r.findings)
    trimmed = [replace(r, findings=r.findings[1:]) if r is first else r for r in results]
    kept, hidden = apply_baseline(results, _baseline(tmp_path, trimmed))
    assert hidden == total - 1 and sum(len(r.findings) for r in kept) == 1
