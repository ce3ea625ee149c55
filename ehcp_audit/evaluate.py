"""Measure the checks against the hand-labelled sample plans.

    python -m ehcp_audit.evaluate [--split dev|test|all] [--section F] [--write docs/quality.md]

Every `sample_plans/<name>.labels.yaml` lists items (`section`, `text`, `defects`: rule
ids, empty for a well-specified item) and a `split` (dev or test). Each plan is audited
from its PDF and its DOCX with the full rule set, and every finding is matched to a
labelled item:

- both texts are cut into lower-case words (letters and digits; punctuation, bullets and
  spacing ignored) and compared as bags of words;
- a finding matches an item of the same section when at least 80% of the quote's words
  are in the item's text (the quote is the item, not a bigger stretch of text) and the
  quote covers at least half of the item's words (a line break in a PDF may cut an item
  in two, and each half still counts), or is a run of at least four of the item's words
  in order (one sentence of an item labelled as two, one nested bullet of an item labelled
  with its sub-bullets); `MATCH_INSIDE`, `MATCH_COVER` and `MIN_PART_WORDS` hold these;
- a finding that matches several items goes to the one it overlaps most (Dice score).

Figures:
- recall of defective items: the share of items with at least one labelled defect that
  received at least one warning or error finding (from any rule);
- clean items flagged: the share of items labelled with no defect that received a
  warning or error finding — the false-alarm rate a reader sees;
- per rule: on labelled items, a finding of rule R (any severity, info included) on an
  item whose labels include R is a true positive, on an item whose labels do not is a
  false positive; a labelled R with no R finding is a miss. Findings that match no
  labelled item (e.g. on introductory sentences) are counted apart as "unlabelled".
- plan-level labels (`plan_defects`) are compared with the rules that fired anywhere in
  the plan.

Plans with `split: test` are held out: rules and word lists are written without reading
their wording, and their figures are reported separately.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

import yaml

from .model import Finding, Severity

MATCH_INSIDE = 0.8  # share of the quote's words that must be in the item
MATCH_COVER = 0.5  # share of the item's words the quote must cover
MIN_PART_WORDS = 4  # ... unless the quote is a run of this many of the item's words in order
FLAG_LEVEL = Severity.WARNING  # findings at or above this count as "flagged"
FORMATS = ("pdf", "docx")
TARGET_RECALL = 0.90
TARGET_CLEAN_FLAGGED = 0.05
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class LabelledItem:
    section: str
    text: str
    defects: frozenset[str]
    row: tuple[str, ...] = ()  # the cells of a labelled table row


@dataclass(frozen=True)
class PlanLabels:
    name: str
    split: str
    items: tuple[LabelledItem, ...]
    plan_defects: frozenset[str]
    folder: Path


@dataclass
class PlanOutcome:
    """One plan file audited: per labelled item, the rules that fired on it."""

    labels: PlanLabels
    format: str
    fired: list[dict[str, Severity]]  # parallel to labels.items: rule -> highest severity
    unlabelled: list[Finding] = field(default_factory=list)
    plan_rules: frozenset[str] = frozenset()
    status: str = "audited"


def words(text: str) -> Counter:
    """The bag of lower-case words and numbers in a text."""
    return Counter(_sequence(text))


def overlap(quote: str, item: str) -> tuple[float, float]:
    """(share of the quote inside the item, share of the item covered by the quote)."""
    q, i = words(quote), words(item)
    common = sum((q & i).values())
    return (common / max(sum(q.values()), 1), common / max(sum(i.values()), 1))


def _sequence(text: str) -> list[str]:
    """The lower-case words and numbers of a text, in order."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower().replace("’", "'"))


def _words_and_breaks(item: str) -> tuple[list[str], set[int]]:
    """The item's words, and the word positions where a sentence or a joined bullet may
    start: after . ! ? ; : and before a capital or a digit."""
    words: list[str] = []
    breaks = {0}
    ends_stop = False
    for token in item.split():
        if ends_stop or token[:1].isupper() or token[:1].isdigit():
            breaks.add(len(words))
        words += _sequence(token)
        ends_stop = token.rstrip("'\")]”’").endswith((".", "!", "?", ";", ":"))
    breaks.add(len(words))
    return words, breaks


def is_part(quote: str, item: str) -> bool:
    """The quote is a whole piece of the item: one sentence of an item the labeller wrote
    as two ("… 1:1 support from a TA. This will be between 15 and 20 hours a week."), or a
    nested bullet of an item labelled with its sub-bullets; not a fragment ("Up to 5 hours"
    of "Up to 5 hours per week of …")."""
    q = _sequence(quote)
    words, breaks = _words_and_breaks(item)
    if len(q) < MIN_PART_WORDS:
        return False
    return any(words[start:start + len(q)] == q and start + len(q) in breaks for start in breaks)


def quote_matches(quote: str, item: str) -> bool:
    inside, cover = overlap(quote, item)
    return inside >= MATCH_INSIDE and (cover >= MATCH_COVER or is_part(quote, item))


def _same_section(finding_section: Optional[str], label_section: str) -> bool:
    if finding_section == label_section:
        return True
    return bool(finding_section) and finding_section[0] == "H" and label_section[0] == "H"


def assign(findings: Iterable[Finding], items: Sequence[LabelledItem]) -> list[tuple[Finding, Optional[int]]]:
    """Each finding with the index of the labelled item it quotes, or None."""
    result = []
    for finding in findings:
        best: tuple[float, Optional[int]] = (0.0, None)
        if finding.quote:
            for index, item in enumerate(items):
                if _same_section(finding.section, item.section) and quote_matches(finding.quote, item.text):
                    inside, cover = overlap(finding.quote, item.text)
                    dice = 2 * inside * cover / (inside + cover)
                    if dice > best[0]:
                        best = (dice, index)
            if best[1] is None:
                # a row labelled by another of its cells ("A block of up to six sessions …" for
                # the row the reader quotes by its "Therapy" cell, "Occupational therapy")
                quoted = _sequence(finding.quote)
                best = next(((1.0, index) for index, item in enumerate(items) if _same_section(finding.section, item.section)
                             and any(_sequence(cell) == quoted for cell in item.row)), best)
        result.append((finding, best[1]))
    return result


def load_labels(folder: Path) -> list[PlanLabels]:
    plans = []
    for path in sorted(folder.glob("*.labels.yaml")):
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        items = tuple(
            LabelledItem(str(raw["section"]), str(raw["text"]), frozenset(raw.get("defects") or ()),
                         tuple(str(cell) for cell in raw.get("row") or () if cell))
            for raw in data.get("items") or ()
        )
        name = path.name[: -len(".labels.yaml")]
        plans.append(PlanLabels(name, str(data.get("split", "dev")), items, frozenset(data.get("plan_defects") or ()), folder))
    return plans


def audit_labelled(plan: PlanLabels, fmt: str, auditor) -> Optional[PlanOutcome]:
    """Audit one plan file and sort its findings onto the labelled items."""
    path = plan.folder / f"{plan.name}.{fmt}"
    if not path.exists():
        return None
    result = auditor.audit_file(str(path))
    fired: list[dict[str, Severity]] = [{} for _ in plan.items]
    unlabelled = []
    for finding, index in assign(result.findings, plan.items):
        if index is None:
            unlabelled.append(finding)
            continue
        known = fired[index].get(finding.rule)
        if known is None or finding.severity.rank > known.rank:
            fired[index][finding.rule] = finding.severity
    rules = frozenset(f.rule for f in result.findings)
    return PlanOutcome(plan, fmt, fired, unlabelled, rules, result.status)


@dataclass
class Scores:
    items: int = 0
    defective: int = 0
    defective_flagged: int = 0
    clean: int = 0
    clean_flagged: int = 0
    unlabelled: int = 0
    rules: dict[str, Counter] = field(default_factory=dict)  # rule -> tp / fp / fn

    @property
    def recall(self) -> Optional[float]:
        return self.defective_flagged / self.defective if self.defective else None

    @property
    def clean_rate(self) -> Optional[float]:
        return self.clean_flagged / self.clean if self.clean else None


def score(outcomes: Iterable[PlanOutcome], sections: Optional[set[str]] = None) -> Scores:
    """Item-level and per-rule figures over some audited plans (optionally some sections)."""
    s = Scores()
    for outcome in outcomes:
        for item, fired in zip(outcome.labels.items, outcome.fired):
            if sections and item.section not in sections:
                continue
            s.items += 1
            flagged = any(sev.rank >= FLAG_LEVEL.rank for sev in fired.values())
            if item.defects:
                s.defective += 1
                s.defective_flagged += flagged
            else:
                s.clean += 1
                s.clean_flagged += flagged
            for rule in set(item.defects) | set(fired):
                counts = s.rules.setdefault(rule, Counter())
                counts["tp" if rule in item.defects and rule in fired else "fn" if rule in item.defects else "fp"] += 1
        s.unlabelled += sum(1 for f in outcome.unlabelled if not sections or f.section in sections)
    return s


def plan_level(outcomes: Iterable[PlanOutcome]) -> dict[str, Counter]:
    """For every rule named in some plan's `plan_defects`: plans found, missed, and flagged wrongly."""
    outcomes = list(outcomes)
    labelled = {rule for o in outcomes for rule in o.labels.plan_defects}
    table: dict[str, Counter] = {rule: Counter() for rule in sorted(labelled)}
    for o in outcomes:
        for rule in labelled:
            wanted, got = rule in o.labels.plan_defects, rule in o.plan_rules
            if wanted or got:
                table[rule]["tp" if wanted and got else "fn" if wanted else "fp"] += 1
    return table


def _pct(value: Optional[float]) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _ratio(num: int, den: int) -> str:
    return "–" if not den else f"{num}/{den} ({100 * num / den:.0f}%)"


def render(outcomes: list[PlanOutcome], splits: Sequence[str], sections: Optional[set[str]]) -> str:
    """The report as Markdown tables."""
    scope = "Section " + ", ".join(sorted(sections)) if sections else "all sections"
    lines = [f"### Item level ({scope})", "",
             "| split | format | items | defective | recall of defective | clean | clean flagged | unlabelled findings |",
             "|---|---|---|---|---|---|---|---|"]
    for split in splits:
        for fmt in FORMATS + ("both",):
            chosen = [o for o in outcomes if o.labels.split == split and (fmt == "both" or o.format == fmt)]
            s = score(chosen, sections)
            lines.append(f"| {split} | {fmt} | {s.items} | {s.defective} | {_ratio(s.defective_flagged, s.defective)} | "
                         f"{s.clean} | {_ratio(s.clean_flagged, s.clean)} | {s.unlabelled} |")
    for split in splits:
        s = score([o for o in outcomes if o.labels.split == split], sections)
        lines += ["", f"### Per rule, {split} split (PDF and DOCX together; {scope})", "",
                  "| rule | labelled | found | missed | false | precision | recall |", "|---|---|---|---|---|---|---|"]
        for rule in sorted(s.rules):
            c = s.rules[rule]
            tp, fp, fn = c["tp"], c["fp"], c["fn"]
            lines.append(f"| {rule} | {tp + fn} | {tp} | {fn} | {fp} | {_pct(tp / (tp + fp) if tp + fp else None)} | "
                         f"{_pct(tp / (tp + fn) if tp + fn else None)} |")
    table = plan_level(o for o in outcomes if o.labels.split in splits)
    if table:
        lines += ["", "### Plan-level labels (`plan_defects`, all chosen splits, per file)", "",
                  "| rule | found | missed | false |", "|---|---|---|---|"]
        lines += [f"| {rule} | {c['tp']} | {c['fn']} | {c['fp']} |" for rule, c in table.items()]
    return "\n".join(lines)


def details(outcomes: list[PlanOutcome], sections: Optional[set[str]]) -> str:
    """Each labelled item that was missed or wrongly flagged (for working on dev plans)."""
    lines = []
    for o in outcomes:
        for item, fired in zip(o.labels.items, o.fired):
            if sections and item.section not in sections:
                continue
            flagged = {r for r, sev in fired.items() if sev.rank >= FLAG_LEVEL.rank}
            if set(item.defects) != set(fired):
                lines.append(f"{o.labels.name}.{o.format} [{item.section}] want {sorted(item.defects)} got "
                             f"{sorted(f'{r}:{s.value}' for r, s in fired.items())}{'' if flagged or not item.defects else '  MISSED'}"
                             f"\n    {item.text[:150]}")
        for f in o.unlabelled:
            if not sections or f.section in sections:
                lines.append(f"{o.labels.name}.{o.format} [{f.section}] unlabelled {f.rule}:{f.severity.value}\n    {(f.quote or '')[:150]}")
    return "\n".join(lines)


def default_folder() -> Path:
    return Path(__file__).resolve().parent.parent / "sample_plans"


def run(folder: Path, splits: Sequence[str], auditor=None) -> list[PlanOutcome]:
    """Audit every labelled plan of the chosen splits, PDF and DOCX."""
    if auditor is None:
        from .audit import Auditor

        auditor = Auditor()
    outcomes = []
    for plan in load_labels(folder):
        if plan.split in splits:
            for fmt in FORMATS:
                outcome = audit_labelled(plan, fmt, auditor)
                if outcome is not None:
                    outcomes.append(outcome)
    return outcomes


QUALITY_HEADER = """# Quality: the checks against the labelled sample plans

Generated by `python -m ehcp_audit.evaluate --write docs/quality.md` (method in the
docstring of `ehcp_audit/evaluate.py`). Targets for Section F: recall of defective items
at least {recall:.0%}; at most {clean:.0%} of well-specified items flagged at warning or error.
The test split is held out: its plans were written blind (by people who had read only the
law file and the labelling conventions, never the rules) and were measured once, at the
commit named below; no rule or word list has been changed for them since.

Every held-out round, each measured once at the commit named and then (apart from the
latest) opened up as development data; Section F, PDF and DOCX together. The figures are
recorded in sample_plans/blind_rounds.yaml, and `python sample_plans/blind_rounds.py`
re-measures every round at its commit.

{history}

Blind sets of fresh Section F wording (tests/data/unseen_provision_r*.yaml, 160 well-specified
and 60 defective items a file, written by people who had read only the law file and the
labelling conventions), each run once at the commit named before any rule was changed for
it, then used as development data:

{wording}

How often a rule and a labeller disagree on a plan never seen depends on its layout and on
the labeller's reading of borderline cases, so the rounds spread ({spread}). The last five
rounds, each of six plans written blind in new layouts, found {recent_recall} of their
defective items and flagged {recent} of their well-specified items. Most of a new round's
misses and false alarms have been a layout the reader did not yet know (several provisions in
one table cell, a weekly grid of day columns, a deliverer cell merged down a group of rows, an
item written over two table rows), fixed before the next round, which then brought layouts of
its own; the rest are borderline readings of amounts for routines and equipment, of who
delivers and of expertise for low-intensity support. {verdict} Both are met on the
development plans and on the wording sets once their layouts and phrasing are known.

A finding matches a labelled item when at least {inside:.0%} of the quote's words are in the
item and the quote covers at least {cover:.0%} of the item's words, or is a whole sentence or
bullet of it (an item the labeller wrote as two sentences, or with its sub-bullets). "Recall of defective" and
"clean flagged" count warning and error findings from any rule; the per-rule tables count
findings of that rule at any severity. "Unlabelled findings" quote text that is not a
labelled item (introductions, lines the labels leave out).
"""


def _blind_data(folder: Path) -> dict:
    """`blind_rounds.yaml` in the plans folder (held-out rounds, blind wording sets)."""
    path = folder / "blind_rounds.yaml"
    return yaml.safe_load(path.read_text("utf-8")) if path.is_file() else {}


def blind_spread(folder: Path) -> tuple[str, str, str]:
    """How the held-out rounds spread ("6% to 46% of clean items flagged; recall …"), and the
    clean-flagged rates and the recall of the last five rounds, from `blind_rounds.yaml`."""
    recall, clean = _round_rates(folder)
    if not recall:
        return "no rounds recorded", "nothing", "nothing"
    spread = f"{min(clean):.0%} to {max(clean):.0%} of clean items flagged; recall {min(recall):.0%} to {max(recall):.0%}"
    return spread, _listed(clean[-5:]), _listed(recall[-5:])


def _round_rates(folder: Path) -> tuple[list[float], list[float]]:
    """Recall and clean-flagged rate of each held-out round, oldest first."""
    rounds = _blind_data(folder).get("rounds", [])
    return ([r["recall"][0] / r["recall"][1] for r in rounds],
            [r["clean_flagged"][0] / r["clean_flagged"][1] for r in rounds])


def blind_verdict(folder: Path) -> str:
    """Whether the held-out rounds meet both Section F targets: the latest, and how many of
    the last five (from `blind_rounds.yaml`)."""
    recall, clean = _round_rates(folder)
    if not recall:
        return "No held-out round is recorded."
    met = [found >= TARGET_RECALL and flagged <= TARGET_CLEAN_FLAGGED for found, flagged in zip(recall[-5:], clean[-5:])]
    targets = f"{TARGET_RECALL:.0%} recall, at most {TARGET_CLEAN_FLAGGED:.0%} of clean items flagged"
    latest = f"Both targets ({targets}) are met on the latest round" if met[-1] else \
        f"The latest round does not meet both targets ({targets})"
    return f"{latest}; {sum(met)} of the last {len(met)} rounds met both."


def _listed(shares: list[float]) -> str:
    """ "9%, 17% and 23%"."""
    words = [f"{share:.0%}" for share in shares]
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]


def blind_history(folder: Path) -> str:
    """The table of held-out rounds from `blind_rounds.yaml` in the plans folder."""
    rounds = _blind_data(folder).get("rounds")
    if not rounds:
        return "(no blind_rounds.yaml in the plans folder)"
    lines = ["| round | plans | commit | recall of defective | clean flagged |", "|---|---|---|---|---|"]
    for r in rounds:
        plans = ", ".join(p.split("_")[0] for p in r["plans"])
        lines.append(f"| {r['name']} | {plans} | {r['commit']} | {_ratio(*r['recall'])} | {_ratio(*r['clean_flagged'])} |")
    return "\n".join(lines)


def wording_history(folder: Path) -> str:
    """The table of blind wording sets (`wording_rounds` in `blind_rounds.yaml`)."""
    rounds = _blind_data(folder).get("wording_rounds")
    if not rounds:
        return "(no wording rounds recorded)"
    lines = ["| set | files | commit | defective found | clean flagged |", "|---|---|---|---|---|"]
    for r in rounds:
        files = ", ".join(r["files"])
        lines.append(f"| {r['name']} | {files} | {r['commit']} | {_ratio(*r['recall'])} | {_ratio(*r['clean_flagged'])} |")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ehcp_audit.evaluate", description="Score the checks on the labelled sample plans.")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--section", action="append", help="Only these sections (repeatable); default F, then all sections.")
    parser.add_argument("--plans", type=Path, default=default_folder(), help="Folder of plans and *.labels.yaml files.")
    parser.add_argument("--write", type=Path, help="Also write the report to this Markdown file.")
    parser.add_argument("--details", action="store_true", help="List missed and wrongly flagged items (do not use on test).")
    args = parser.parse_args(argv)
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    outcomes = run(args.plans, splits)
    scopes = [set(args.section)] if args.section else [{"F"}, None]
    body = "\n\n".join(render(outcomes, splits, scope) for scope in scopes)
    print(body)
    if args.details:
        print("\n" + details(outcomes, scopes[0]))
    if args.write:
        spread, recent, recent_recall = blind_spread(args.plans)
        header = QUALITY_HEADER.format(recall=TARGET_RECALL, clean=TARGET_CLEAN_FLAGGED, inside=MATCH_INSIDE, cover=MATCH_COVER,
                                       history=blind_history(args.plans), wording=wording_history(args.plans),
                                       spread=spread, recent=recent, recent_recall=recent_recall,
                                       verdict=blind_verdict(args.plans))
        args.write.write_text(header + "\n" + body + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head`
        sys.stderr.close()
        sys.exit(0)
