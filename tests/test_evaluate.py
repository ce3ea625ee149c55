"""The evaluation harness: the quote ↔ labelled-item matcher on a tiny hand-made case,
the scoring, and — as a regression guard — the Section F targets on the dev split."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehcp_audit.evaluate import (
    TARGET_CLEAN_FLAGGED, TARGET_RECALL, LabelledItem, PlanLabels, PlanOutcome, assign, load_labels, main,
    quote_matches, run, score,
)
from ehcp_audit.model import Finding, Severity

ROOT = Path(__file__).resolve().parents[1]
ITEMS = (
    LabelledItem("F", "Weekly speech and language therapy for 30 minutes with an HCPC-registered SaLT.", frozenset()),
    LabelledItem("F", "Up to 5 hours per week of additional maths tuition.", frozenset({"F112", "F109"})),
    LabelledItem("E", "By the end of Year 5, Sam will read 50 common words.", frozenset({"E103"})),
)


def finding(rule: str, quote: str, section: str = "F", severity: Severity = Severity.WARNING) -> Finding:
    return Finding(rule, rule.lower(), severity, section, None, quote, "message", ("basis",), "fix")


def test_quote_matching_tolerates_formatting_but_not_other_text():
    label = ITEMS[1].text
    assert quote_matches("• Up to 5 hours per week of additional maths tuition", label)
    assert quote_matches("UP TO 5 HOURS PER WEEK OF ADDITIONAL  MATHS TUITION.", label)
    assert quote_matches("Up to 5 hours per week of", label)  # a PDF half-line still covers half the item
    assert not quote_matches("Up to 5 hours", label)  # too little of the item
    assert not quote_matches(label + " Weekly speech and language therapy for 30 minutes with a SaLT.", label)  # a paragraph
    assert not quote_matches("Daily phonics with a teaching assistant.", label)


def test_assign_uses_section_and_best_overlap():
    found = [
        finding("F112", "Up to 5 hours per week of additional maths tuition"),
        finding("E103", "By the end of Year 5, Sam will read 50 common words.", section="E"),
        finding("F112", "Up to 5 hours per week of additional maths tuition", section="E"),  # wrong section
        finding("F101", None),
        finding("F107", "The provision below is required."),
    ]
    assert [index for _, index in assign(found, ITEMS)] == [1, 2, None, None, None]


def test_a_row_labelled_by_another_of_its_cells_is_found_by_the_cell_the_finding_quotes():
    row = LabelledItem("F", "A block of up to six sessions each year, subject to review", frozenset({"F112"}),
                       ("Occupational therapy", "Direct", "A block of up to six sessions each year, subject to review"))
    items = ITEMS + (row,)
    found = [finding("F112", "Occupational therapy"), finding("F112", "Occupational"), finding("F112", "Direct", section="E")]
    assert [index for _, index in assign(found, items)] == [3, None, None]


def _outcome(fired, unlabelled=()):
    plan = PlanLabels("tiny", "dev", ITEMS, frozenset(), Path("."))
    return PlanOutcome(plan, "docx", fired, list(unlabelled))


def test_scores_count_items_and_rules():
    outcome = _outcome(
        [{"F104": Severity.INFO}, {"F112": Severity.ERROR, "F108": Severity.WARNING}, {}],
        [finding("F107", "The provision below is required.")],
    )
    s = score([outcome], {"F"})
    assert (s.items, s.defective, s.defective_flagged, s.clean, s.clean_flagged) == (2, 1, 1, 1, 0)  # info is not a flag
    assert s.rules["F112"] == {"tp": 1} and s.rules["F109"] == {"fn": 1}
    assert s.rules["F108"] == {"fp": 1} and s.rules["F104"] == {"fp": 1}
    assert s.unlabelled == 1
    everything = score([outcome])
    assert (everything.items, everything.defective, everything.defective_flagged) == (3, 2, 1)


def test_sample_labels_load_with_both_splits():
    plans = load_labels(ROOT / "sample_plans")
    assert {p.split for p in plans} == {"dev", "test"}
    assert all(item.section and item.text for p in plans for item in p.items)


@pytest.fixture(scope="module")
def dev_outcomes(auditor):
    return run(ROOT / "sample_plans", ("dev",), auditor)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_section_f_targets_hold_on_dev(dev_outcomes, fmt):
    s = score([o for o in dev_outcomes if o.format == fmt], {"F"})
    assert s.defective >= 50 and s.clean >= 30  # the dev plans really were scored
    assert s.recall >= TARGET_RECALL, f"{fmt}: recall of defective F items {s.recall:.2f}"
    assert s.clean_rate <= TARGET_CLEAN_FLAGGED, f"{fmt}: clean F items flagged {s.clean_rate:.2f}"


def test_command_line_writes_a_report(tmp_path, capsys, monkeypatch):
    plans = tmp_path / "plans"
    plans.mkdir()
    source = ROOT / "sample_plans" / "riverside_year4"
    for suffix in (".docx", ".labels.yaml"):
        (plans / f"riverside_year4{suffix}").write_bytes(Path(f"{source}{suffix}").read_bytes())
    out = tmp_path / "quality.md"
    split = load_labels(plans)[0].split
    assert main(["--split", split, "--plans", str(plans), "--write", str(out), "--section", "F"]) == 0
    text = out.read_text("utf-8")
    assert "recall of defective" in text and f"| {split} | docx |" in text
    assert "Per rule" in capsys.readouterr().out


def test_blind_round_history_is_rendered_from_its_yaml(tmp_path):
    from ehcp_audit.evaluate import blind_history

    table = blind_history(ROOT / "sample_plans")
    assert "| 6 | elmstead, corrowby, wrenfold, tollbridge | ec81306 | 80/94 (85%) | 14/64 (22%) |" in table
    assert "| 7 | ravensworth, kingsmead, bramblecote, hartfield | 70a06e1 | 76/96 (79%) | 16/64 (25%) |" in table
    assert "no blind_rounds.yaml" in blind_history(tmp_path)


def test_the_quality_report_derives_the_spread_of_blind_rounds_from_the_record(tmp_path):
    from ehcp_audit.evaluate import blind_spread

    (tmp_path / "blind_rounds.yaml").write_text(
        "rounds:\n"
        "  - {name: a, commit: x, plans: [p], recall: [9, 10], clean_flagged: [1, 20]}\n"
        "  - {name: b, commit: y, plans: [q], recall: [10, 10], clean_flagged: [4, 10]}\n", "utf-8")
    spread, recent, recent_recall = blind_spread(tmp_path)
    assert spread == "5% to 40% of clean items flagged; recall 90% to 100%"
    assert recent == "5% and 40%" and recent_recall == "90% and 100%"
    from ehcp_audit.evaluate import blind_verdict

    # round b found all it should but flagged 40% of clean items; round a met both targets
    assert blind_verdict(tmp_path).startswith("The latest round does not meet both targets")
    assert blind_verdict(tmp_path).endswith("1 of the last 2 rounds met both.")
