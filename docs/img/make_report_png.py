#!/usr/bin/env python3
"""Make docs/img/report.png: the HTML report of a sample plan, rendered by headless Chromium.

    python docs/img/make_report_png.py [sample_plans/riverside_year4.docx]

The picture starts at the plan's Section F, where most findings are marked in the text with
their cards beside them. It needs Chromium (`apt-get install chromium`) and Pillow. The
report's copy used to measure where Section F starts gets a small script; the report itself
has none.
"""

from __future__ import annotations

import json
from html import unescape
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "img" / "report.png"
WIDTH, HEIGHT = 1280, 1900
MAX_BYTES = 500_000
MEASURE = """<script>(function () {
  var out = document.createElement('pre'); out.id = 'where';
  out.textContent = JSON.stringify(Array.from(document.querySelectorAll('.section')).map(function (s) {
    return [s.querySelector('h4').textContent, s.getBoundingClientRect().top + window.scrollY]; }));
  document.body.appendChild(out); })();</script>"""


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        sys.exit("Chromium is not installed (apt-get install chromium)")
    return subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                           "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                           f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=180, check=True)


def main(plan: str) -> None:
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        report = work / "report.html"
        subprocess.run([sys.executable, "-m", "ehcp_audit", "check", plan, "--format", "html", "--output", str(report),
                        "--fail-on", "never", "--jobs", "1"], check=True)
        html = report.read_text("utf-8")
        measured = work / "measure.html"
        measured.write_text(html.replace("Content-Security-Policy", "x-csp-off").replace("</body>", MEASURE + "</body>"), "utf-8")
        dom = chromium(f"--window-size={WIDTH},{HEIGHT}", "--dump-dom", measured.as_uri(), profile=work / "p1").stdout
        sections = json.loads(unescape(re.search(r'<pre id="where">(.*?)</pre>', dom, re.S).group(1)))
        top = int(next(y for title, y in sections if title.startswith("F ")))
        full = work / "full.png"
        chromium(f"--window-size={WIDTH},{top + HEIGHT}", f"--screenshot={full}", report.as_uri(), profile=work / "p2")
        image = Image.open(full).convert("RGB").crop((0, top - 20, WIDTH, top - 20 + HEIGHT))
        image.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(OUT, optimize=True)
    size = OUT.stat().st_size
    print(f"wrote {OUT.relative_to(ROOT)} ({size // 1024} KB)")
    if size > MAX_BYTES:
        sys.exit(f"{OUT.name} is over {MAX_BYTES // 1000} KB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "sample_plans" / "riverside_year4.docx"))
