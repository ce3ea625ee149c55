"""Nothing leaks, nothing is changed, nothing is left behind, nothing goes on the network.

- no network: the whole pipeline runs with sockets blocked, and a listener on the
  corpus's loopback canary port (127.0.0.1:9) sees no connection during a CLI run;
- canaries: the child's name and date of birth in a PDF's broken metadata never reach
  stdout, stderr or the report;
- inputs: unchanged by hash and modification time; PDF passwords come from the
  environment or a file, never the command line, and no decrypted copy is written;
- outputs: owner-only (0600) whatever the umask, written atomically;
- OCR: its working folder is private and removed; without the tools the file fails
  with a clear code.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import HOSTILE, ROOT, SAMPLES

CANARIES = ("Alex Example", "01/01/2015")
LEAKY = HOSTILE / "exception-leaks-metadata.pdf"
ENCRYPTED = HOSTILE / "pdfminer-aes-256-userpw.pdf"
SCANNED = HOSTILE / "scanned-image-only.pdf"
CONTROL = HOSTILE / "control-baseline.pdf"

needs_corpus = pytest.mark.skipif(not HOSTILE.is_dir(), reason="the shared hostile corpus is not present")


def cli(args: list[str], tmp_path: Path, env_extra: dict | None = None, umask: int = -1, timeout: float = 240):
    temp = tmp_path / "tmpdir"
    temp.mkdir(exist_ok=True)
    env = dict(os.environ, TMPDIR=str(temp), PYTHONIOENCODING="utf-8")
    env.pop("EHCP_AUDIT_PASSWORD", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "ehcp_audit", "check", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=timeout, umask=umask)


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """SHA-256 and mtime of every file in a folder."""
    out = {}
    for path in sorted(folder.iterdir()):
        if path.is_file():
            out[path.name] = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    return out


# --- network ----------------------------------------------------------------------------

@needs_corpus
def test_pipeline_runs_with_sockets_blocked(auditor, monkeypatch):
    """Every corpus file and sample plan through the in-process audit, with any attempt
    to open a connection recorded and refused."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[:1])
        raise OSError("network access is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    paths = sorted(p for p in HOSTILE.iterdir() if p.is_file() and p.name != "SOURCES.md")
    paths += sorted(SAMPLES.glob("*.pdf")) + sorted(SAMPLES.glob("*.docx"))
    for path in paths:
        auditor.audit_file(str(path))
    assert attempts == []


@needs_corpus
def test_no_connection_to_the_loopback_canary(tmp_path):
    """The XXE file points at 127.0.0.1:9, and one PDF carries JavaScript and a /Launch
    action: a CLI run over them must make no connection (and leave no temp file)."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", 9))
    except OSError:
        pytest.skip("cannot listen on port 9 here")
    listener.listen(5)
    listener.settimeout(0.2)
    connections = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                connections.append(1)
                conn.close()
            except OSError:
                continue

    watcher = threading.Thread(target=accept, daemon=True)
    watcher.start()
    try:
        names = ("xxe-external-entity.docx", "billion-laughs.docx", "openaction-javascript.pdf", "control-baseline.docx")
        proc = cli([str(HOSTILE / n) for n in names] + ["--format", "json"], tmp_path)
        assert proc.returncode == 3 and "Traceback" not in proc.stderr
    finally:
        stop.set()
        watcher.join(2)
        listener.close()
    assert connections == []
    assert not any((tmp_path / "tmpdir").iterdir())  # no temp files left


NETWORK_MODULES = ("socket", "ssl", "urllib.request", "http.client", "requests", "httpx", "aiohttp", "ftplib", "smtplib")


def test_tool_code_has_no_network_client_imports():
    import re

    pattern = re.compile(rf"^\s*(?:from|import)\s+(?:{'|'.join(re.escape(m) for m in NETWORK_MODULES)})\b", re.MULTILINE)
    for folder in (ROOT / "ehcp_audit", ROOT / "checks"):
        for path in folder.rglob("*.py"):
            assert not pattern.search(path.read_text("utf-8")), path.name


# --- canaries ---------------------------------------------------------------------------

@needs_corpus
def test_metadata_canaries_never_appear(tmp_path):
    report = tmp_path / "report.json"
    shown = cli([str(LEAKY)], tmp_path)  # the terminal report
    written = cli([str(LEAKY), "--format", "json", "-o", str(report)], tmp_path)
    assert shown.returncode in (0, 1) and written.returncode in (0, 1), shown.stderr
    outputs = [shown.stdout, shown.stderr, written.stdout, written.stderr, report.read_text("utf-8")]
    for canary in CANARIES:
        assert not any(canary in text for text in outputs), canary


@needs_corpus
def test_careful_reader_errors_carry_no_metadata():
    """pdfminer's own message for this file quotes the metadata; ours must not."""
    from ehcp_audit.errors import AuditError
    from ehcp_audit.extract import LoadOptions, load_document

    try:
        document = load_document(str(LEAKY), LoadOptions(careful=True))
    except AuditError as exc:
        assert not any(c in str(exc) or c in repr(exc) for c in CANARIES)
    else:
        assert document.blocks


# --- passwords --------------------------------------------------------------------------

@needs_corpus
def test_password_from_environment_or_file_never_argv(tmp_path):
    folder_before = sorted(os.listdir(HOSTILE))  # without a password: test_hostile.py
    by_env = cli([str(ENCRYPTED), "--format", "json"], tmp_path, {"EHCP_AUDIT_PASSWORD": "foo"})
    secret = tmp_path / "password.txt"
    secret.write_text("foo\n", "utf-8")
    by_file = cli([str(ENCRYPTED), "--format", "json", "--password-file", str(secret)], tmp_path)
    for proc in (by_env, by_file):
        error = json.loads(proc.stdout)["plans"][0]["error"]
        assert error is None or error["code"] not in ("encrypted", "wrong_password"), error
    wrong = cli([str(ENCRYPTED), "--format", "json"], tmp_path, {"EHCP_AUDIT_PASSWORD": "nope"})
    assert json.loads(wrong.stdout)["plans"][0]["error"]["code"] == "wrong_password"
    argv = cli([str(ENCRYPTED), "--password", "foo"], tmp_path)
    assert argv.returncode == 2  # there is no such option
    assert sorted(os.listdir(HOSTILE)) == folder_before  # no decrypted copy beside the input
    assert not any((tmp_path / "tmpdir").iterdir())  # nor in the temp folder


# --- outputs ----------------------------------------------------------------------------

@needs_corpus
def test_report_file_is_owner_only_and_atomic(tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    report = out_dir / "report.json"
    report.write_text("old report", "utf-8")
    os.chmod(report, 0o644)
    proc = cli([str(CONTROL), "--format", "json", "-o", str(report)], tmp_path, umask=0)
    assert proc.returncode in (0, 1), proc.stderr
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert json.loads(report.read_text("utf-8"))["plans"][0]["status"] == "audited"
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.json"]  # no temp file left


# --- OCR --------------------------------------------------------------------------------

FAKE_OCRMYPDF = """#!/bin/sh
# A stand-in for ocrmypdf: reads the PDF from stdin, leaves a scratch file in TMPDIR
# (the real tool does), and writes a known text PDF as its output (the last argument).
for last; do :; done
cat > /dev/null
echo scratch > "$TMPDIR/ocr-scratch.tmp"
cp "{control}" "$last"
"""


@needs_corpus
@pytest.mark.skipif(os.name != "posix", reason="shell stand-ins")
def test_ocr_output_is_audited_and_its_folder_removed(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "ocrmypdf").write_text(FAKE_OCRMYPDF.format(control=CONTROL), "utf-8")
    (bin_dir / "tesseract").write_text("#!/bin/sh\nexit 0\n", "utf-8")
    for tool in bin_dir.iterdir():
        tool.chmod(0o700)
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    ocr = cli([str(SCANNED), "--format", "json", "--ocr"], tmp_path, env)
    plan = json.loads(ocr.stdout)["plans"][0]
    assert plan["status"] == "audited", plan["error"]
    assert plan["path"] == str(SCANNED)
    assert plan["sha256"] == hashlib.sha256(SCANNED.read_bytes()).hexdigest()  # the input's, not the copy's
    assert "ocr_used" in {n["code"] for n in plan["notices"]}
    assert not any((tmp_path / "tmpdir").iterdir())  # OCR folder and scratch files removed


@needs_corpus
def test_ocr_without_the_tools_says_how_to_get_them(tmp_path):
    empty_bin = tmp_path / "nothing"
    empty_bin.mkdir()
    proc = cli([str(SCANNED), "--format", "json", "--ocr"], tmp_path, {"PATH": str(empty_bin)})
    plan = json.loads(proc.stdout)["plans"][0]
    assert plan["error"]["code"] == "ocr_unavailable" and "install" in plan["error"]["message"].lower()
    assert proc.returncode == 3
