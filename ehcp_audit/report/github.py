"""GitHub Actions workflow commands: one annotation per finding, shown on the run's
summary page and beside the file in pull requests.

    ::error file=plans/riverside_year4.pdf,line=8,title=F101 unquantified-provision (Section F, page 8)::…

Severity maps to `error`, `warning` and `notice`. A PDF page is given as `line` (GitHub
has no notion of pages; the title says "page N" too); findings without a page are
annotations on the whole file. Files that could not be read are `error` annotations and
notices (unread pages) are `notice` annotations; the redaction note is given once. Values are escaped as the
workflow command syntax requires (%, CR and LF everywhere; also ":" and "," in properties).
"""

from __future__ import annotations

from ..model import Finding, PlanResult, Severity

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
ONCE_PER_RUN = ("redacted",)  # notices worded the same for every plan; GitHub shows few annotations


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties) -> str:
    """One workflow command line: `::name k=v,k=v::message`."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def _annotation(result: PlanResult, finding: Finding) -> str:
    where = f"Section {finding.section}" if finding.section else "Whole plan"
    if finding.page:
        where += f", page {finding.page}"
    message = finding.message
    if finding.quote:
        message += f'\nQuote: "{finding.quote}"'
    message += f"\nLaw: {'; '.join(finding.legal_basis)}\nFix: {finding.suggestion}"
    return command(COMMAND[finding.severity], message, file=result.path, line=finding.page,
                   title=f"{finding.rule} {finding.name} ({where})")


def render(results: list[PlanResult]) -> str:
    lines: list[str] = []
    counts = {s: 0 for s in Severity}
    said_once: set[str] = set()
    for result in results:
        if result.error is not None:
            name = "notice" if result.status == "skipped" else "error"
            lines.append(command(name, result.error.message, file=result.path, title=f"could not be audited [{result.error.code}]"))
        for notice in result.notices:
            if notice.code in ONCE_PER_RUN:
                if notice.code not in said_once:  # the same for every plan: one annotation, not one per plan
                    said_once.add(notice.code)
                    lines.append(command("notice", notice.message, title=f"note [{notice.code}]"))
                continue
            lines.append(command("notice", notice.message, file=result.path, title=f"note [{notice.code}]"))
        for finding in result.findings:
            counts[finding.severity] += 1
            lines.append(_annotation(result, finding))
    audited = sum(r.status == "audited" for r in results)
    failed = sum(r.status == "failed" for r in results)
    lines.append(
        f"ehcp-audit: {len(results)} file(s), {audited} audited, {failed} could not be read; "
        f"{counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, {counts[Severity.INFO]} info."
    )
    return "\n".join(lines) + "\n"
