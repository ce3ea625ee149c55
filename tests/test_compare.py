"""Comparing two versions of a plan. Each test builds an "amended" plan from a sample plan
with python-docx (in tmp_path; the sample is never changed), making known edits to
Section F — weaken, cut, remove, add — and checks that the comparison reports exactly
those changes and nothing else."""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import replace

import pytest

from conftest import SAMPLES
from ehcp_audit.compare import (
    compare_results,
    render_text,
    session_minutes,
    times_per_week,
    to_json,
    weekly_minutes,
)
from ehcp_audit.config import Config
from ehcp_audit.model import Plan
from ehcp_audit.schedule import build_schedule


@pytest.fixture(scope="module")
def keeping(auditor):
    from ehcp_audit.audit import Auditor

    return Auditor(replace(Config(), keep_document=True), registry=auditor.registry)


def _compare(keeping, old_path, new_path):
    results = [keeping.audit_file(str(p)) for p in (old_path, new_path)]
    assert all(r.status == "audited" for r in results)
    schedules = [build_schedule(Plan(r.document, r.sections), keeping.analyzer) for r in results]
    return compare_results(*results, *schedules)


def _set_text(paragraph, text: str) -> None:
    """Replace a paragraph's words, keeping its style and list numbering."""
    runs = paragraph.runs
    for run in runs[1:]:
        run._r.getparent().remove(run._r)
    runs[0].text = text


def _paragraph(doc, start: str):
    return next(p for p in doc.paragraphs if p.text.startswith(start))


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def amended_riverside(tmp_path_factory):
    """riverside_year4 with four edits to Section F."""
    from docx import Document

    source = SAMPLES / "riverside_year4.docx"
    before = _sha(source)
    doc = Document(str(source))
    # 1. weakened: "two 30-minute sessions each week" becomes "regular sessions"
    _set_text(_paragraph(doc, "Two 30-minute sessions of individual speech"),
              "Regular sessions of individual speech and language therapy in term time, delivered in school by an "
              "HCPC-registered speech and language therapist.")
    # 2. weakened: the daily phonics session cut from 30 to 15 minutes
    phonics = _paragraph(doc, "Toby will be taught through Read Write Inc")
    _set_text(phonics, phonics.text.replace("for 30 minutes every school day", "for 15 minutes every school day"))
    # 3. removed: Precision Teaching
    precision = _paragraph(doc, "Precision Teaching for high-frequency words")
    precision._p.getparent().remove(precision._p)
    # 4. added: a new item after the writing board
    board = _paragraph(doc, "A sloped writing board")
    new = copy.deepcopy(board._p)
    board._p.addnext(new)
    added = next(p for p in doc.paragraphs if p._p is new)
    _set_text(added, "A 20-minute Lexia reading session three times a week, 1:1 with a teaching assistant trained in Lexia.")
    path = tmp_path_factory.mktemp("amended") / "riverside_amended.docx"
    doc.save(str(path))
    assert _sha(source) == before, "the sample plan must never be modified"
    return source, path


def test_prose_plan_amendments_are_reported_exactly(keeping, amended_riverside):
    old, new = amended_riverside
    result = _compare(keeping, old, new)
    kinds = {}
    for change in result.provision:
        kinds.setdefault(change.kind, []).append(change)
    assert set(kinds) == {"weakened", "removed", "added"}, [(c.kind, c.reasons) for c in result.provision]
    weakened = {c.old.provision[:30]: c for c in kinds["weakened"]}
    assert set(weakened) == {"Two 30-minute sessions of indi", "Toby will be taught through Re"}
    therapy = weakened["Two 30-minute sessions of indi"]
    assert therapy.new.provision.startswith("Regular sessions")
    assert any("frequency" in r and "Regular" in r for r in therapy.reasons), therapy.reasons
    phonics = weakened["Toby will be taught through Re"]
    assert any(r.startswith("amount cut") and "30 minutes" in r and "15 minutes" in r for r in phonics.reasons), phonics.reasons
    assert [c.old.provision[:27] for c in kinds["removed"]] == ["Precision Teaching for high"]
    assert [c.new.provision[:24] for c in kinds["added"]] == ["A 20-minute Lexia readin"]
    assert [(s.id, s.status) for s in result.sections] == [("F", "changed")]
    f_section = result.sections[0]
    assert (f_section.lines_added, f_section.lines_removed) == (3, 3)  # two edited, one added, one removed


def test_findings_fixed_and_introduced_follow_the_edits(keeping, amended_riverside):
    old, new = amended_riverside
    result = _compare(keeping, old, new)
    new_texts = [c.new.provision for c in result.provision if c.new is not None]
    old_texts = [c.old.provision for c in result.provision if c.old is not None]
    for finding in result.introduced:
        assert finding.quote is None or any(finding.quote in t or t in finding.quote for t in new_texts), finding
    for finding in result.fixed:
        assert finding.quote is None or any(finding.quote in t or t in finding.quote for t in old_texts), finding
    if "F102" in keeping.registry.rules:  # the vague-wording rule flags the new "Regular sessions"
        assert any(f.rule == "F102" and f.quote.startswith("Regular sessions") for f in result.introduced)


@pytest.fixture(scope="module")
def amended_northmoor(tmp_path_factory):
    """northmoor_year7 (provision tables) with three rows weakened in their other columns."""
    from docx import Document

    doc = Document(str(SAMPLES / "northmoor_year7.docx"))
    rows = {row.cells[2].text: row for table in doc.tables for row in table.rows if len(row.cells) == 5}
    therapy = rows["Direct 1:1 speech and language therapy targeting inference and narrative skills"]
    therapy.cells[3].text = "Regularly"
    therapy.cells[4].text = "Advice from the speech and language therapist to school staff"
    lsa = next(r for text, r in rows.items() if text.startswith("In-class support from a learning support assistant"))
    lsa.cells[3].text = lsa.cells[3].text.replace("12 hours per week", "8 hours per week")
    path = tmp_path_factory.mktemp("amended") / "northmoor_amended.docx"
    doc.save(str(path))
    return SAMPLES / "northmoor_year7.docx", path


def test_table_plan_weakening_in_other_columns(keeping, amended_northmoor):
    old, new = amended_northmoor
    result = _compare(keeping, old, new)
    assert {c.kind for c in result.provision} == {"weakened"}, [(c.kind, c.reasons) for c in result.provision]
    by_text = {c.new.provision[:20]: c for c in result.provision}
    assert set(by_text) == {"Direct 1:1 speech an", "In-class support fro"}
    therapy = by_text["Direct 1:1 speech an"]
    assert any(r.startswith("frequency") and "Regularly" in r for r in therapy.reasons), therapy.reasons
    assert any(r.startswith("delivered by") for r in therapy.reasons), therapy.reasons
    lsa = by_text["In-class support fro"]
    assert any(r.startswith("amount cut") for r in lsa.reasons), lsa.reasons
    assert [(s.id, s.status) for s in result.sections] == [("F", "changed")]


def test_a_plan_compared_with_itself_has_no_changes(keeping):
    path = SAMPLES / "oakridge_draft_year3.docx"
    result = _compare(keeping, path, path)
    assert result.sections == () and result.provision == () and result.fixed == () and result.introduced == ()


def test_pdf_and_docx_of_one_plan_have_the_same_provision(keeping):
    result = _compare(keeping, SAMPLES / "kestrel_year9.docx", SAMPLES / "kestrel_year9.pdf")
    assert [c for c in result.provision if c.kind != "changed"] == []


def test_terminal_output(keeping, amended_riverside):
    text = render_text(_compare(keeping, *amended_riverside))
    assert "weakened (F)" in text and "removed (F)" in text and "added (F)" in text
    assert "was: Precision Teaching" in text and "Findings introduced" in text


def test_json_output(keeping, amended_riverside):
    data = json.loads(to_json(_compare(keeping, *amended_riverside)))
    assert data["comparison_version"] == 1
    summary = data["summary"]
    assert (summary["provision_weakened"], summary["provision_removed"], summary["provision_added"]) == (2, 1, 1)
    assert summary["findings_fixed"] == len(data["findings_fixed"])
    assert {c["kind"] for c in data["provision"]} == {"weakened", "removed", "added"}


def test_compare_command(tmp_path, amended_riverside):
    from typer.testing import CliRunner

    from ehcp_audit.cli import app

    old, new = amended_riverside
    out = tmp_path / "changes.json"
    result = CliRunner().invoke(app, ["compare", str(old), str(new), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text("utf-8"))["summary"]["provision_removed"] == 1
    # The same file twice is a comparison with no changes (unreadable files: see test_schedule.py).
    same = CliRunner().invoke(app, ["compare", str(old), str(old), "--format", "json"])
    assert same.exit_code == 0, same.output
    assert json.loads(same.output)["summary"]["provision_weakened"] == 0


@pytest.mark.parametrize("text, per_week", [
    ("three times a week", 3), ("twice weekly", 2), ("Two 15-minute sessions per week", 2),
    ("every fortnight", 0.5), ("daily", 5), ("every school day", 5), ("As and when", None),
])
def test_times_per_week(text, per_week):
    assert times_per_week(text) == per_week


@pytest.mark.parametrize("text, minutes", [
    ("30-minute", 30), ("1 hour", 60), ("half an hour", 30), ("12 hours per week", 720), ("weekly", None),
])
def test_session_minutes(text, minutes):
    assert session_minutes(text) == minutes


def test_weekly_minutes_needs_length_and_frequency():
    assert weekly_minutes("Two 15-minute sessions per week") == 30
    assert weekly_minutes("10 minutes daily") == 50
    assert weekly_minutes("30 minutes") is None
