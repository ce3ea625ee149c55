"""The check engine: packs load the same way whatever their source, and a broken one
never stops the others."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from ehcp_audit.audit import Auditor
from ehcp_audit.config import Config
from ehcp_audit.engine import Flag, Rule, RuleMeta, build_registry, load_pack, run_rules
from ehcp_audit.model import Block, BlockKind, Document, Severity
from ehcp_audit.split import split

RULE_YAML = """
rules:
  - id: T101
    name: mentions-trampoline
    severity: warning
    sections: [F]
    legal_basis: ["Test basis"]
    rationale: Trampolines are a test.
    message: The item mentions a trampoline.
    suggestion: Remove the trampoline.
    examples:
      bad: ["Jo will use the trampoline daily."]
      good: ["Jo will use the swing daily."]
"""

RULE_PY = """
from ehcp_audit.engine import check

@check("T101")
def mentions_trampoline(item, ctx):
    return "trampoline" in item.text.lower()
"""


def _pack(folder: Path, yaml_text: str = RULE_YAML, py_text: str = RULE_PY) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "team_rules.yaml").write_text(textwrap.dedent(yaml_text))
    (folder / "team_rules.py").write_text(textwrap.dedent(py_text))
    return folder


def _plan(*lines: str):
    return split(Document("docx", tuple(Block(line, BlockKind.PARAGRAPH) for line in lines)))


def test_builtin_pack_loads_without_problems():
    registry = build_registry(plugins=False)
    assert "S001" in registry.rules
    assert registry.problems == []


def test_team_folder_rules_run_beside_builtins(tmp_path):
    folder = _pack(tmp_path / "team")
    auditor = Auditor(Config(checks_dirs=(folder,), plugins=False))
    result = auditor.audit_plan(_plan("Section F: Special educational provision", "Jo will use the trampoline every day for 10 minutes."))
    rules = [f.rule for f in result.findings]
    assert "T101" in rules and "S001" in rules
    hit = next(f for f in result.findings if f.rule == "T101")
    assert hit.quote == "Jo will use the trampoline every day for 10 minutes."
    assert hit.section == "F" and hit.severity is Severity.WARNING


def test_broken_pack_is_reported_and_others_still_run(tmp_path):
    broken = _pack(tmp_path / "broken", py_text="raise RuntimeError('boom')\n")
    registry = build_registry([broken], plugins=False)
    assert "S001" in registry.rules and "T101" not in registry.rules
    assert any("broken" in p and "failed to import" in p for p in registry.problems)


def test_rule_without_logic_is_a_pack_error(tmp_path):
    folder = _pack(tmp_path / "nologic", py_text="x = 1\n")
    with pytest.raises(Exception, match="rules without logic"):
        load_pack(folder, "nologic")


def test_duplicate_rule_id_is_refused_with_both_sources(tmp_path):
    clash = RULE_YAML.replace("T101", "S001")
    folder = _pack(tmp_path / "clash", clash, RULE_PY.replace("T101", "S001"))
    registry = build_registry([folder], plugins=False)
    assert registry.rules["S001"].pack == "built-in"
    assert any("S001" in p and "already defined" in p for p in registry.problems)


def test_a_rule_that_raises_is_reported_not_fatal():
    def explode(item, ctx):
        raise ValueError("plan text must not leak: Alex Example")

    meta = RuleMeta("T900", "explodes", Severity.ERROR, ("F",), "item", ("x",), "r", "m", "s")
    quiet = RuleMeta("T901", "always", Severity.INFO, ("F",), "item", ("x",), "r", "m", "s")
    plan = _plan("Section F: Provision", "Jo will have three sessions a week.")
    from ehcp_audit.nlp import Analyzer

    run = run_rules(plan, [Rule(meta, explode, "t"), Rule(quiet, lambda item, ctx: Flag(), "t")], Analyzer({}))
    assert [f.rule for f in run.findings] == ["T901"]
    assert run.problems and "T900" in run.problems[0] and "Alex" not in run.problems[0]


def test_absence_rules_are_not_claimed_when_pages_were_not_read(auditor):
    document = Document("pdf", (Block("Section A: Views", BlockKind.PARAGRAPH, page=1),), pages=2, unread_pages=(2,))
    result = auditor.audit_plan(split(document))
    assert not any(f.rule == "S001" for f in result.findings)
    assert any(n.code == "absence_checks_skipped" for n in result.notices)


def test_select_ignore_and_severity_override(tmp_path):
    folder = _pack(tmp_path / "team")
    plan = _plan("Section F: Provision", "Jo will use the trampoline.")
    only_t = Auditor(Config(checks_dirs=(folder,), plugins=False, select=("T",)))
    assert {f.rule for f in only_t.audit_plan(plan).findings} == {"T101"}
    no_t = Auditor(Config(checks_dirs=(folder,), plugins=False, ignore=("T1",)))
    assert "T101" not in {f.rule for f in no_t.audit_plan(plan).findings}
    raised = Auditor(Config(checks_dirs=(folder,), plugins=False, select=("T101",), severity={"T101": "error"}))
    assert [f.severity for f in raised.audit_plan(plan).findings] == [Severity.ERROR]


def test_entry_point_plugin_pack_is_loaded(tmp_path, monkeypatch):
    site = tmp_path / "site"
    _pack(site / "la_rules")
    (site / "la_rules" / "__init__.py").write_text("")
    dist = site / "la_rules-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: la-rules\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[ehcp_audit.checks]\nla = la_rules\n")
    monkeypatch.syspath_prepend(str(site))
    registry = build_registry()
    assert registry.rules["T101"].pack == "plugin la"
    assert registry.problems == []


def test_a_plan_not_fully_checked_is_never_reported_clean():
    from ehcp_audit.checking import EXIT_OK, EXIT_UNREADABLE, exit_code
    from ehcp_audit.model import Notice, PlanResult

    clean = PlanResult("a.pdf", "pdf", None, "audited")
    partly_read = PlanResult("b.pdf", "pdf", None, "audited", notices=(Notice("absence_checks_skipped", "m"),))
    assert exit_code([clean], "error") == EXIT_OK
    assert exit_code([clean, partly_read], "never") == EXIT_UNREADABLE


def test_a_bad_token_pattern_is_reported_and_other_lexicons_still_match():
    from ehcp_audit.nlp import Analyzer, Lexicon

    analyzer = Analyzer({
        "broken": Lexicon("broken", patterns=(("bad", ({"NOT_AN_ATTRIBUTE": 1},)),)),
        "pets": Lexicon("pets", phrases=("guinea pig",)),
    })
    assert analyzer.problems and "broken" in analyzer.problems[0]
    assert analyzer.analyse("Jo feeds the guinea pig daily.").has("pets")
