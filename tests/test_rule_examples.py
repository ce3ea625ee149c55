"""Every rule in the registry, whatever pack it comes from, is checked against its own
examples: each bad wording must raise the rule, each good wording must not. Meta-tests
keep the rule metadata complete (examples, legal basis, id and name format).

The example → plan conversion is `ehcp_audit.examples`, shared with `ehcp-audit explain`.
"""

from __future__ import annotations

import re

import pytest

from ehcp_audit.engine import build_registry
from ehcp_audit.examples import example_blocks, example_findings, example_plan
from ehcp_audit.model import BlockKind

# Built once at import for parametrisation: loading rule YAML is cheap; spaCy is not,
# so the analyser comes from the session fixture.
REGISTRY = build_registry()
RULES = sorted(REGISTRY.rules.items())
ID_FORMAT = re.compile(r"^(?:S0\d\d|[A-GIJK]1\d\d|H[12]\d\d|X1\d\d)$")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")


def _cases(kind: str):
    for rule_id, rule in RULES:
        for index, text in enumerate(getattr(rule.meta, kind)):
            yield pytest.param(rule_id, text, id=f"{rule_id}::{kind}{index + 1}")


def test_registry_loads_without_problems():
    assert REGISTRY.problems == []
    assert len(RULES) >= 20


@pytest.mark.parametrize("rule_id,text", list(_cases("bad")))
def test_bad_example_fires(rule_id, text, analyzer):
    findings = example_findings(REGISTRY.rules[rule_id], analyzer, text)
    assert findings, f"{rule_id} did not fire on its bad example"


@pytest.mark.parametrize("rule_id,text", list(_cases("good")))
def test_good_example_passes(rule_id, text, analyzer):
    findings = example_findings(REGISTRY.rules[rule_id], analyzer, text)
    assert not findings, f"{rule_id} fired on its good example: {[f.message for f in findings]}"


@pytest.mark.parametrize("rule_id", [rid for rid, _ in RULES])
def test_rule_metadata_is_complete(rule_id):
    meta = REGISTRY.rules[rule_id].meta
    assert ID_FORMAT.match(meta.id), f"{meta.id} does not follow the law file's id scheme"
    assert KEBAB.match(meta.name), f"{meta.name!r} is not a kebab-case name"
    assert meta.bad, "needs at least one bad example"
    assert meta.good, "needs at least one good example"
    assert meta.legal_basis and all(str(b).strip() for b in meta.legal_basis)
    assert meta.rationale.strip() and meta.message.strip() and meta.suggestion.strip()


@pytest.mark.parametrize("rule_id", [rid for rid, _ in RULES if rid.startswith("F")])
def test_section_f_rules_have_varied_examples(rule_id):
    meta = REGISTRY.rules[rule_id].meta
    if meta.id != "F126":  # a table-row rule: one row each way says all there is
        assert len(meta.bad) >= 2 and len(meta.good) >= 2
    assert len(set(meta.bad)) == len(meta.bad) and not set(meta.bad) & set(meta.good)


def test_plain_example_goes_under_the_rules_section():
    blocks = example_blocks("Weekly speech therapy.\n• Ear defenders", "F")
    assert blocks[0].kind == BlockKind.HEADING and blocks[0].text.startswith("Section F")
    assert [b.kind for b in blocks[1:]] == [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM]
    plan = example_plan("Weekly speech therapy.", "F")
    assert [s.id for s in plan.sections] == ["F"]


def test_example_with_its_own_headings_is_a_mini_plan():
    plan = example_plan("Section B: Special educational needs\nReading is hard.\nSection F: Provision\nWeekly help.", "F")
    assert [s.id for s in plan.sections] == ["B", "F"]


def test_table_lines_become_one_table():
    blocks = example_blocks("| Need | Provision |\n| Reading | Daily phonics |\nAfter the table.", "F")
    cells = [b for b in blocks if b.kind == BlockKind.TABLE_CELL]
    assert [(b.table.row, b.table.col, b.text) for b in cells] == [(0, 0, "Need"), (0, 1, "Provision"), (1, 0, "Reading"), (1, 1, "Daily phonics")]
    assert blocks[-1].kind == BlockKind.PARAGRAPH
