#!/usr/bin/env python3
"""Score blind wording sets the way their first run was recorded in blind_rounds.yaml
(`wording_rounds`): each well-specified item counts once (a table cell in its row), each
defective item that expects a warning or error counts once.

    python sample_plans/wording_round.py tests/data/unseen_provision_r7a.yaml tests/data/unseen_provision_r7b.yaml

Run it in a checkout of the commit a set was recorded at to re-measure that first run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import test_unseen_wording as wording  # noqa: E402  (the pipeline and forms the test uses)


def main(paths: list[str]) -> int:
    from ehcp_audit.nlp import Analyzer

    analyzer = Analyzer(wording.REGISTRY.lexicons)
    counts = {"clean": 0, "clean_flagged": 0, "defective": 0, "found": 0}
    for path in paths:
        data = yaml.safe_load(Path(path).read_text("utf-8"))
        for kind, entries in (("clean", data["good"]), ("defective", data["bad"])):
            for entry in entries:
                forms = wording._forms(entry)
                form, text = next((f for f in forms if f[0] == "row"), forms[0])
                case = wording.Case(entry["id"], form, text, tuple(entry.get("expect", ())))
                case.found = wording._run(analyzer, case.text, wording.F_ITEM_RULES)
                if kind == "clean":
                    counts["clean"] += 1
                    counts["clean_flagged"] += bool(case.flagged)
                elif wording._expects_warning(case):
                    counts["defective"] += 1
                    counts["found"] += bool(case.flagged)
    print(f"defective found {counts['found']}/{counts['defective']}; clean flagged {counts['clean_flagged']}/{counts['clean']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
