#!/usr/bin/env python3
"""Re-measure every blind round with the rules as they were when it was measured.

    python sample_plans/blind_rounds.py            # all rounds (a few minutes)
    python sample_plans/blind_rounds.py 1 6        # some rounds, by name

For each round in blind_rounds.yaml: check out its commit into a temporary git worktree,
install that checkout (no dependencies: they come from this environment) into a throwaway
virtualenv, copy the round's plans and labels from this working tree into a folder of
their own, and run that version's `python -m ehcp_audit.evaluate --plans FOLDER` on them.
The labels here are the ones used then, apart from the `split:` line (now `dev`), which
the tally below ignores. Prints the measured figures beside the recorded ones; exits 1
if any differ. Needs git and a clone with the history.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BOTH = re.compile(r"^\| \w+ \| both \| (\d+) \| (\d+) \| (\d+)/\d+ .*?\| (\d+) \| (\d+)/\d+ ", re.M)


def measure(commit: str, plans: list[str], work: Path) -> tuple[list[int], list[int]]:
    tree, venv, folder = work / "tree", work / "venv", work / "plans"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), commit], check=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
        python = venv / "bin" / "python"
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "-e", str(tree)], check=True)
        folder.mkdir()
        for name in plans:
            for suffix in (".docx", ".pdf", ".labels.yaml"):
                shutil.copy(HERE / f"{name}{suffix}", folder)
        out = subprocess.run([str(python), "-m", "ehcp_audit.evaluate", "--plans", str(folder), "--split", "all",
                              "--section", "F"], check=True, capture_output=True, text=True, cwd=work).stdout
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    # Sum the "both" rows of every split (the plans' split line may say dev or test).
    found = defective = flagged = clean = 0
    for row in BOTH.finditer(out):
        defective += int(row.group(2))
        found += int(row.group(3))
        clean += int(row.group(4))
        flagged += int(row.group(5))
    return [found, defective], [flagged, clean]


def main(argv: list[str]) -> int:
    rounds = yaml.safe_load((HERE / "blind_rounds.yaml").read_text("utf-8"))["rounds"]
    chosen = [r for r in rounds if not argv or str(r["name"]).split()[0] in argv]
    differ = 0
    print("| round | commit | recall: recorded / measured | clean flagged: recorded / measured |")
    print("|---|---|---|---|")
    for r in chosen:
        with tempfile.TemporaryDirectory() as tmp:
            recall, flagged = measure(str(r["commit"]), r["plans"], Path(tmp))
        same = recall == r["recall"] and flagged == r["clean_flagged"]
        differ += not same
        print(f"| {r['name']} | {r['commit']} | {r['recall'][0]}/{r['recall'][1]} / {recall[0]}/{recall[1]} | "
              f"{r['clean_flagged'][0]}/{r['clean_flagged'][1]} / {flagged[0]}/{flagged[1]} |{'' if same else ' DIFFERS'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
