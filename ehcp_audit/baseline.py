"""Baselines: record today's findings so that CI fails only on new ones.

`ehcp-audit baseline PATH...` writes one entry per finding: the plan, the rule, the
section and a fingerprint of the rule, section and normalised quote (`Finding.fingerprint`).
The page is left out, so a finding survives its text moving to another page; an edit to
the quoted wording makes it new. `check --baseline FILE` hides exactly the recorded
findings (a finding recorded once is hidden once, even if the same wording now appears
twice) and says how many it hid.

A plan is known by its file name without the folder ("riverside_year4.pdf"), so a
baseline made in one checkout works in another; two plans with the same file name in
different folders share entries. The file holds no plan text: only file names, rule ids,
section ids and fingerprints.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Iterable

from . import __version__
from .model import Notice, PlanResult

BASELINE_VERSION = 1


class BaselineError(Exception):
    """The baseline file is missing or not a baseline; the message says which."""


def plan_key(path: str) -> str:
    """A plan's identity in a baseline: its file name without the folder."""
    return os.path.basename(path.replace("\\", "/"))


def _entries(results: Iterable[PlanResult]) -> Counter:
    counts: Counter = Counter()
    for result in results:
        key = plan_key(result.path)
        for finding in result.findings:
            counts[(key, finding.rule, finding.section or "", finding.fingerprint(key))] += 1
    return counts


def render_baseline(results: list[PlanResult]) -> str:
    """The baseline file for these results (sorted, so it diffs cleanly in version control)."""
    findings = [
        {"plan": plan, "rule": rule, "section": section or None, "fingerprint": fingerprint, "count": count}
        for (plan, rule, section, fingerprint), count in sorted(_entries(results).items())
    ]
    document = {
        "ehcp_audit_baseline": BASELINE_VERSION,
        "tool": {"name": "ehcp-audit", "version": __version__},
        "plan_identity": "file name without folder",
        "fingerprint": "rule, section and normalised quote; not the page",
        "findings": findings,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> Counter:
    """(plan, fingerprint) → how many findings to hide."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"the baseline file {path} does not exist; make one with `ehcp-audit baseline`") from None
    except (OSError, UnicodeDecodeError):
        raise BaselineError(f"the baseline file {path} could not be read") from None
    except json.JSONDecodeError:
        raise BaselineError(f"the baseline file {path} is not valid JSON") from None
    if not isinstance(data, dict) or data.get("ehcp_audit_baseline") != BASELINE_VERSION:
        raise BaselineError(f"{path} is not an ehcp-audit baseline (version {BASELINE_VERSION})")
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: 'findings' must be a list")
    hidden: Counter = Counter()
    for number, entry in enumerate(entries, start=1):
        if not (isinstance(entry, dict) and isinstance(entry.get("plan"), str) and isinstance(entry.get("fingerprint"), str)):
            raise BaselineError(f"{path}: finding {number} needs a 'plan' and a 'fingerprint'")
        count = entry.get("count", 1)
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise BaselineError(f"{path}: finding {number} has a bad 'count' {count!r}")
        hidden[(entry["plan"], entry["fingerprint"])] += count
    return hidden


def apply_baseline(results: list[PlanResult], baseline: Counter) -> tuple[list[PlanResult], int]:
    """The results without baselined findings, and how many were hidden. Each plan that
    lost findings gets a notice saying how many."""
    remaining = Counter(baseline)
    out: list[PlanResult] = []
    total = 0
    for result in results:
        key = plan_key(result.path)
        kept = []
        for finding in result.findings:
            slot = (key, finding.fingerprint(key))
            if remaining[slot] > 0:
                remaining[slot] -= 1
            else:
                kept.append(finding)
        hidden = len(result.findings) - len(kept)
        total += hidden
        if hidden:
            notice = Notice("baselined", f"{hidden} finding(s) recorded in the baseline file were hidden.")
            result = replace(result, findings=tuple(kept), notices=result.notices + (notice,))
        out.append(result)
    return out, total
