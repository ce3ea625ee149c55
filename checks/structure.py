"""Structure rules: the statutory sections are all there."""

from ehcp_audit.engine import Flag, check
from ehcp_audit.model import SECTION_IDS
from ehcp_audit.split import heading_rules


@check("S001")
def missing_section(ctx):
    """Each of A–K must have its own heading; a combined "H" stands in for H1 and H2
    (its own rule reports that they are not split)."""
    present = {s.id for s in ctx.plan.sections}
    if "H" in present:
        present |= {"H1", "H2"}
    titles = heading_rules().canonical
    for sid in SECTION_IDS:
        if sid not in present:
            yield Flag(section=sid, order=len(ctx.plan.document.blocks), params={"section": sid, "title": titles[sid]})
