"""JUnit XML, for Jenkins, GitLab and other CI test-report viewers.

One <testsuite> per plan and one <testcase> per rule in effect: a rule with findings in
that plan is a <failure> (its `type` is the highest severity, its text lists each finding
with section, page, quote, legal basis and fix); a rule without findings passes. A file
that could not be read is one test case with an <error>; a skipped lock file is
<skipped>. Notices (unread pages, redaction) go in the suite's <system-out>.

The shape follows the common Jenkins JUnit schema (testsuites > testsuite > testcase >
failure | error | skipped, with properties and system-out).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Iterable, Optional

from ..model import Finding, PlanResult
from . import DISCLAIMER
from .sarif import catalogue

# Characters XML 1.0 cannot hold (PDF text can carry them); they are dropped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: Optional[str]) -> str:
    return _NOT_XML.sub("", text or "")


def _classname(path: str) -> str:
    """Jenkins splits class names on dots into packages, so dots and slashes become "_"."""
    return "ehcp_audit." + re.sub(r"[./\\]+", "_", path).strip("_")


def _finding_text(finding: Finding) -> str:
    where = f"Section {finding.section}" if finding.section else "Whole plan"
    if finding.page:
        where += f", page {finding.page}"
    lines = [f"{where}: {finding.severity.value} {finding.rule} {finding.name}"]
    if finding.quote:
        lines.append(f'  "{finding.quote}"')
    lines += [f"  {finding.message}", f"  Law: {'; '.join(finding.legal_basis)}", f"  Fix: {finding.suggestion}"]
    return "\n".join(lines)


def _suite(result: PlanResult, rules: dict[str, dict]) -> ET.Element:
    suite = ET.Element("testsuite", name=_clean(result.path))
    props = ET.SubElement(suite, "properties")
    for name, value in (("format", result.format or ""), ("status", result.status), ("pages", str(result.pages or ""))):
        ET.SubElement(props, "property", name=name, value=_clean(value))
    classname = _clean(_classname(result.path))
    tests = failures = errors = skipped = 0
    if result.status != "audited":
        case = ET.SubElement(suite, "testcase", name="read the plan", classname=classname, time="0")
        code = result.error.code if result.error else "unknown"
        message = _clean(result.error.message if result.error else "The file could not be audited.")
        if result.status == "skipped":
            ET.SubElement(case, "skipped", message=message)
            skipped += 1
        else:
            error = ET.SubElement(case, "error", message=message, type=code)
            error.text = message
            errors += 1
        tests += 1
    else:
        by_rule: dict[str, list[Finding]] = defaultdict(list)
        for finding in result.findings:
            by_rule[finding.rule].append(finding)
        for rid, rule in rules.items():
            case = ET.SubElement(suite, "testcase", name=_clean(f"{rid} {rule['name']}"), classname=classname, time="0")
            tests += 1
            found = by_rule.get(rid)
            if found:
                worst = max((f.severity for f in found), key=lambda s: s.rank)
                failure = ET.SubElement(case, "failure", type=worst.value,
                                        message=_clean(f"{len(found)} finding(s): {found[0].message}"))
                failure.text = _clean("\n\n".join(_finding_text(f) for f in found))
                failures += 1
    notes = [f"[{n.code}] {n.message}" for n in result.notices] + [DISCLAIMER]
    ET.SubElement(suite, "system-out").text = _clean("\n".join(notes))
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    suite.set("time", "0")
    return suite


def render(results: list[PlanResult], rules: Optional[Iterable] = None) -> str:
    table = catalogue(results, rules)
    root = ET.Element("testsuites", name="ehcp-audit")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for result in results:
        suite = _suite(result, table)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


render.wants_rules = True  # type: ignore[attr-defined]  # run_check passes the rules in effect
