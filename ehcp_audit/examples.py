"""Turn a rule's example wording into a plan, and run the rule on it.

Rule metadata carries good and bad example wordings (`examples: {bad, good}`). The
tests check that every bad example fires its rule and no good one does, and `ehcp-audit
explain` can show the same. Both build the plan here, so they agree:

- one block per non-empty line;
- a line with a letter-labelled section heading ("Section F: …") is a heading; if the
  example has none, it is placed under the heading of the rule's first section;
- a line starting with "|" is a table row, its cells split on "|"; consecutive rows form
  one table whose first row is the header ("| Need | Provision | Frequency |");
- a line starting with a bullet ("•", "-", "1.") is a list item; any other is a paragraph.
"""

from __future__ import annotations

from typing import Optional

from .extract.normalize import BULLET_PREFIX
from .model import Block, BlockKind, Document, Finding, Plan, TablePos
from .split import heading_rules, match_heading, split


def _is_labelled_heading(line: str) -> bool:
    match = match_heading(Block(line, BlockKind.HEADING))
    return match is not None and match.labelled


def example_blocks(text: str, section: Optional[str]) -> list[Block]:
    """The blocks of an example, with the section heading added when it has none."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    blocks: list[Block] = []
    if section and not any(_is_labelled_heading(line) for line in lines):
        blocks.append(Block(f"Section {section}: {heading_rules().canonical[section]}", BlockKind.HEADING))
    table, row, in_table = -1, 0, False
    for line in lines:
        if line.startswith("|"):
            if not in_table:
                table, row, in_table = table + 1, 0, True
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            blocks.extend(Block(cell, BlockKind.TABLE_CELL, table=TablePos(table, row, col)) for col, cell in enumerate(cells))
            row += 1
            continue
        in_table = False
        if _is_labelled_heading(line):
            blocks.append(Block(line, BlockKind.HEADING))
        elif BULLET_PREFIX.match(line):
            blocks.append(Block(line, BlockKind.LIST_ITEM))
        else:
            blocks.append(Block(line, BlockKind.PARAGRAPH))
    return blocks


def example_plan(text: str, section: Optional[str]) -> Plan:
    """A plan holding just the example (DOCX-like: no page numbers)."""
    return split(Document("docx", tuple(example_blocks(text, section))))


def example_findings(rule, analyzer, text: str) -> list[Finding]:
    """The findings of one rule (an engine `Rule`) on one example wording."""
    from .engine import run_rules

    section = rule.meta.sections[0] if rule.meta.sections else None
    run = run_rules(example_plan(text, section), [rule], analyzer)
    if run.problems:
        raise RuntimeError(f"rule {rule.meta.id} failed on its own example")
    return [f for f in run.findings if f.rule == rule.meta.id]
