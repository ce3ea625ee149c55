"""`--help` and `--version` must start fast: they may not import the heavy libraries.

A behavioural test, not a timing one: each command runs in a fresh interpreter, which
then reports which of the heavy top-level modules ended up in `sys.modules`. spaCy alone
costs ~1.5 s to import (docs/performance.md); the PDF and Word libraries and rich's help
formatter add a few hundred milliseconds more. They belong inside the commands that use them.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "thinc", "numpy", "pdfplumber", "pdfminer", "pypdfium2", "docx", "lxml", "rich", "yaml")

_PROBE = """
import json, sys
sys.argv = ["ehcp-audit", *sys.argv[1:]]
from ehcp_audit.cli import main
try:
    main()
except SystemExit:
    pass
heavy = {heavy!r}
print(json.dumps(sorted(m for m in heavy if m in sys.modules)), file=sys.stderr)
"""


def _heavy_modules_imported(*args: str) -> tuple[list[str], str]:
    code = _PROBE.format(heavy=HEAVY)
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60)
    last = result.stderr.strip().splitlines()[-1]
    return json.loads(last), result.stdout


@pytest.mark.parametrize(
    "args, expected_output",
    [
        (("--version",), "ehcp-audit"),
        (("--help",), "Usage"),
        (("check", "--help"), "Usage"),
    ],
)
def test_light_commands_import_no_heavy_library(args, expected_output):
    imported, output = _heavy_modules_imported(*args)
    assert expected_output in output  # the command really ran
    assert imported == [], f"`ehcp-audit {' '.join(args)}` imported {imported}"


def test_probe_detects_a_heavy_import():
    # The probe itself must be able to fail: a command that does load rules imports yaml.
    imported, _ = _heavy_modules_imported("rules")
    assert "yaml" in imported
