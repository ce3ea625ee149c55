"""Logic of the test-only rule T901 (see quote_all.yaml)."""

from ehcp_audit.engine import Flag, check


@check("T901")
def quote_every_block(ctx):
    for index, block in enumerate(ctx.plan.document.blocks):
        yield Flag(quote=block.text, page=block.page, order=index, params={"text": block.text})
