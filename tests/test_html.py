"""The HTML report: one self-contained page, every finding shown in place with its message,
legal basis and fix, the section map and the provision schedule; no external resources.

The parser tests run everywhere. The browser test renders the page in headless Chromium
and checks that every finding is laid out visibly; it is skipped when Chromium is not
installed (`apt-get install chromium`).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from conftest import SAMPLES
from ehcp_audit.config import Config
from ehcp_audit.model import ORDER, collapse
from ehcp_audit.report.html import render

PLANS = ("riverside_year4.docx", "northmoor_year7.pdf", "harbour_cells_year6.docx")


class Page(HTMLParser):
    """Tags, attributes and text of a page, and the text inside each element with an id."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.marks: list[str] = []  # data-findings of each <mark>
        self.marked_text: dict[str, list[str]] = {}  # finding card id -> the text of its marks
        self.by_id: dict[str, list[str]] = {}
        self._open: list[tuple[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "mark":
            self.marks.append(attributes.get("data-findings", ""))
        if tag not in ("br", "meta", "img", "input", "hr"):
            self._open.append((tag, attributes.get("id")))
            if attributes.get("id"):
                self.by_id[attributes["id"]] = []

    def handle_endtag(self, tag):
        while self._open:
            open_tag, _ = self._open.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        self.text.append(data)
        if self._open and self._open[-1][0] == "mark":
            for ref in self.marks[-1].split():
                self.marked_text.setdefault(ref, []).append(data)
        for _, element_id in self._open:
            if element_id:
                self.by_id[element_id].append(data)

    def text_of(self, element_id: str) -> str:
        return collapse(" ".join(self.by_id.get(element_id, [])))


@pytest.fixture(scope="module")
def keeping(auditor):
    from ehcp_audit.audit import Auditor

    return Auditor(replace(Config(), keep_document=True), registry=auditor.registry)


@pytest.fixture(scope="module")
def results(keeping):
    out = [keeping.audit_file(str(SAMPLES / name)) for name in PLANS]
    assert all(r.status == "audited" and r.document is not None for r in out)
    return out


@pytest.fixture(scope="module")
def html(results, keeping):
    return render(results, keeping.analyzer)


@pytest.fixture(scope="module")
def page(html):
    return Page(html)


def test_every_finding_has_its_card_with_message_law_and_fix(results, page):
    total = 0
    for index, result in enumerate(results, 1):
        assert result.findings, f"{result.path}: expected the sample plan to have findings"
        cards = sorted((k for k in page.by_id if re.fullmatch(rf"p{index}-f\d+", k)), key=lambda k: int(k.split("f")[-1]))
        assert len(cards) == len(result.findings)
        card_texts = [page.text_of(k) for k in cards]
        for finding in result.findings:
            parts = [finding.rule, finding.name, finding.message, finding.suggestion, *finding.legal_basis]
            assert any(all(collapse(part) in text for part in parts) for text in card_texts), (result.path, finding)
        total += len(result.findings)
    assert total > 10


def test_quoted_text_is_marked_in_place(results, page):
    """A finding whose quote is in the plan's text is marked there, with a link to its card;
    only a quote that is not in the text is said to be unplaced."""
    marked = set(page.marked_text)
    placed = 0
    for index, result in enumerate(results, 1):
        lines = [collapse(line) for b in result.document.blocks for line in b.text.split("\n")]
        numbered = enumerate(sorted(result.findings, key=lambda f: -1 if f.section is None else ORDER[f.section]), 1)
        for number, finding in numbered:
            card = f"p{index}-f{number}"
            text = page.text_of(card)
            assert finding.rule in text and collapse(finding.message) in text, (card, finding)
            if not finding.quote:
                continue  # a finding about something missing quotes nothing
            in_text = any(collapse(finding.quote) in line for line in lines)
            assert (card in marked) == in_text, (result.path, card)
            # The card repeats the quote only when it could not be marked in the text.
            assert ("could not be placed" in text) == (not in_text), (result.path, card)
            if not in_text:
                assert collapse(finding.quote) in text
            if in_text:  # the marked words are exactly the quote
                assert collapse("".join(page.marked_text[card])) == collapse(finding.quote), card
            placed += in_text
    assert placed > 10


def test_no_external_resources_and_no_scripts(html, page):
    for tag, attributes in page.tags:
        assert tag not in ("script", "link", "iframe", "object", "embed", "base")
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            value = (attributes.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//", "ftp:", "file:")), (tag, name, value)
            if name == "href" and value:
                assert value.startswith("#"), value
    assert not re.search(r"url\(\s*['\"]?(?!#|data:)", html), "CSS must not load anything"
    assert "@import" not in html
    assert "@media print" in html  # prints well on paper


def test_section_map_schedule_and_sections_are_shown(results, page, html):
    headings = [t for t in page.text if t.strip()]
    for title in ("Section map", "Provision schedule", "The plan, section by section"):
        assert headings.count(title) == len(results), title
    riverside = results[0]
    for section in riverside.sections:
        assert f"p1-s{section.start}" in page.by_id
    # The section text itself is there, e.g. a Section A sentence with no finding.
    first_a = next(b.text for b in riverside.document.blocks[riverside.sections[0].start + 1:] if len(b.text) > 40)
    assert collapse(first_a)[:60] in collapse(" ".join(page.text))
    assert "Not specified" in html  # gaps in the schedule


def test_traceability_table_is_rendered_when_present(results, keeping):
    result = replace(results[0], extras={"traceability": {"rows": [
        {"area": "communication", "area_title": "Communication and interaction", "need": None, "need_label": None,
         "needs": [{"section": "B", "quote": "Toby finds it hard to find words.", "page": None}],
         "outcomes": [], "provision": [], "gaps": ["need_without_provision"]}]}})
    page = Page(render([result], keeping.analyzer))
    text = collapse(" ".join(page.text))
    assert "Need → outcome → provision" in text
    assert "Toby finds it hard to find words." in text and "need without provision" in text.lower()


def test_failed_files_are_reported_not_shown(keeping, tmp_path):
    bad = tmp_path / "plan.pdf"
    bad.write_bytes(b"%PDF-1.4\ngarbage")
    result = keeping.audit_file(str(bad))
    page = Page(render([result]))
    assert "Could not be audited" in page.text and any("corrupt" in t for t in page.text)


def test_plan_text_stays_out_of_json(results):
    from ehcp_audit.report.json_report import render as render_json

    riverside = results[0]
    text = render_json([riverside])
    quoted = {collapse(f.quote or "") for f in riverside.findings}
    # Sections A and K are quoted only by findings (the traceability table reads B, E and F).
    blocks = [b for s in riverside.sections if s.id in ("A", "K") for b in riverside.document.blocks[s.start + 1:s.end]]
    unquoted = [collapse(b.text) for b in blocks if len(b.text) > 40 and not any(q and q in collapse(b.text) for q in quoted)]
    assert unquoted and not any(u in text for u in unquoted)
    assert "document" not in json.loads(text)["plans"][0]


def test_check_command_writes_html(tmp_path):
    from typer.testing import CliRunner

    from ehcp_audit.cli import app

    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["check", str(SAMPLES / "oakridge_draft_year3.docx"), "--format", "html",
                                      "--output", str(out), "--fail-on", "never", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    page = Page(out.read_text("utf-8"))
    assert any(re.fullmatch(r"p1-f\d+", k) for k in page.by_id)
    assert page.marks


# ---- a real browser ------------------------------------------------------------------------------

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
CHECKER = """<script>
(function () {
  var bad = [];
  document.querySelectorAll('.card, mark').forEach(function (el) {
    var box = el.getBoundingClientRect(), style = getComputedStyle(el);
    if (box.width < 1 || box.height < 1 || style.visibility === 'hidden' || style.display === 'none' || style.opacity === '0')
      bad.push(el.id || el.getAttribute('data-findings'));
  });
  var out = document.createElement('pre');
  out.id = 'visibility-check';
  out.textContent = JSON.stringify({cards: document.querySelectorAll('.card').length,
    marks: document.querySelectorAll('mark').length, hidden: bad, width: document.body.scrollWidth});
  document.body.appendChild(out);
})();
</script>"""


def _chromium(*args: str, profile) -> subprocess.CompletedProcess:
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_browser_renders_every_finding_visibly(results, html, tmp_path):
    # The report forbids scripts (CSP); a copy for this test only gets a checker script.
    copy = html.replace('<meta http-equiv="Content-Security-Policy"', '<meta name="csp-removed-for-test"')
    copy = copy.replace("</body>", CHECKER + "</body>")
    page_file = tmp_path / "report.html"
    page_file.write_text(copy, "utf-8")
    run = _chromium("--window-size=1280,2000", "--virtual-time-budget=5000", "--dump-dom", page_file.as_uri(), profile=tmp_path / "profile")
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.search(r'<pre id="visibility-check">(.*?)</pre>', run.stdout, re.S)
    assert found, "the page did not render"
    check = json.loads(found.group(1).replace("&quot;", '"'))
    assert check["cards"] == sum(len(r.findings) for r in results)
    assert check["marks"] > 0 and check["hidden"] == []
    assert check["width"] <= 1280  # nothing forces sideways scrolling


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_browser_screenshot_and_print(html, tmp_path):
    page_file = tmp_path / "report.html"
    page_file.write_text(html, "utf-8")
    shot, pdf = tmp_path / "report.png", tmp_path / "report.pdf"
    run = _chromium("--window-size=1280,2000", f"--screenshot={shot}", page_file.as_uri(), profile=tmp_path / "p1")
    assert run.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    run = _chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page_file.as_uri(), profile=tmp_path / "p2")
    assert run.returncode == 0 and pdf.read_bytes()[:5] == b"%PDF-"
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        assert len(document) >= 3  # three plans, each starting on a new page
    finally:
        document.close()
