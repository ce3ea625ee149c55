"""The worker pool: limits enforced from outside the parser, crashes contained, order kept.

These tests use small stand-in jobs (sleep, crash, allocate) so they run in seconds; the
real AuditJob is exercised on real files in test_hostile.py.
"""

from __future__ import annotations

import os
import signal
import time

import pytest
from conftest import HOSTILE

from ehcp_audit.inputs import Input
from ehcp_audit.model import PlanResult
from ehcp_audit.runner import AuditJob, Job, Limits, WorkerStartError, run_batch

pytestmark = pytest.mark.skipif(os.name != "posix", reason="worker limits are tested on POSIX")


class Scripted(Job):
    """Does what the file name says: 'ok-N', 'sleep-S', 'exit', 'kill', 'alloc', 'extend'."""

    def setup(self):
        return os.getpid()

    def work(self, state, path, extend):
        if path.startswith("sleep-"):
            time.sleep(float(path.split("-")[1]))
        elif path == "exit":
            os._exit(3)
        elif path == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        elif path == "alloc":
            bytearray(3 * 2**30)  # 3 GiB, over any limit used here
        elif path == "extend":
            extend(5)
            time.sleep(1.5)
        elif path == "raise":
            raise RuntimeError("Alex Example")  # a bug in a job must not escape or leak text
        result = PlanResult(path, None, None, "audited")
        result.extras["pid"] = state
        return result


class BrokenSetup(Job):
    def setup(self):
        raise ValueError("rule pack does not load")

    def work(self, state, path, extend):  # pragma: no cover - never reached
        raise AssertionError


def run(names, jobs=2, timeout=10.0, memory=1024):
    return run_batch([Input(n) for n in names], Scripted(), Limits(timeout, memory), jobs=jobs, progress=False)


def outcome(result: PlanResult) -> str:
    return result.error.code if result.error else result.status


def child_pids() -> set[int]:
    """Live children of this process, from /proc (zombies included)."""
    me = str(os.getpid())
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me:
                found.add(int(entry))
    return found


def test_results_come_back_in_input_order_whatever_the_jobs():
    names = [f"sleep-{d}" for d in (0.3, 0.0, 0.2, 0.0, 0.1, 0.0)]
    one = [r.path for r in run(names, jobs=1)]
    three = [r.path for r in run(names, jobs=3)]
    assert one == three == names


def test_timeout_kills_the_worker_and_the_batch_goes_on():
    before = child_pids()
    results = run(["ok-1", "sleep-30", "ok-2", "ok-3"], jobs=1, timeout=1.0)
    assert [outcome(r) for r in results] == ["audited", "timeout", "audited", "audited"]
    # the worker that timed out was replaced by a fresh one
    assert results[0].extras["pid"] != results[2].extras["pid"]
    assert child_pids() <= before  # no zombies or stray workers left


def test_crashed_worker_is_reported_and_replaced():
    results = run(["exit", "ok-1", "kill", "ok-2"], jobs=1)
    assert [outcome(r) for r in results] == ["crashed", "audited", "crashed", "audited"]
    assert results[1].extras["pid"] != results[3].extras["pid"]


def test_memory_limit_is_enforced_in_the_worker():
    results = run(["alloc", "ok-1"], jobs=1, memory=512)
    assert [outcome(r) for r in results] == ["resource_limit", "audited"]


def test_a_job_that_raises_costs_one_file_and_no_text():
    results = run(["raise", "ok-1"], jobs=1)
    assert [outcome(r) for r in results] == ["crashed", "audited"]
    assert "Alex" not in results[0].error.message


def test_a_job_may_ask_for_more_time():
    results = run(["extend"], jobs=1, timeout=1.0)
    assert outcome(results[0]) == "audited"


def test_settled_inputs_are_reported_without_a_worker():
    entries = [Input("gone.pdf", "not_found"), Input("~$lock.docx", "lock_file"), Input("fifo.pdf", "not_a_file")]
    results = run_batch(entries, BrokenSetup(), Limits(), jobs=2, progress=False)  # no worker is started
    assert [(r.status, r.error.code) for r in results] == [
        ("failed", "not_found"), ("skipped", "lock_file"), ("failed", "not_a_file")]


def test_setup_failure_is_an_error_not_a_hang():
    with pytest.raises(WorkerStartError):
        run_batch([Input("a"), Input("b")], BrokenSetup(), Limits(), jobs=2, progress=False)


def test_more_workers_than_files_is_fine():
    assert [outcome(r) for r in run(["ok-1"], jobs=8)] == ["audited"]


def test_decompression_bomb_past_the_precheck_is_stopped_by_the_memory_limit(monkeypatch):
    """With the cheap pre-check switched off, the 1 GiB Flate bomb reaches PDFium; the
    worker's address-space cap must stop it (and the next file must still be read)."""
    bomb = HOSTILE / "flate-bomb-1GiB.pdf"
    control = HOSTILE / "control-baseline.pdf"
    if not bomb.is_file():
        pytest.skip("hostile corpus not present")
    from ehcp_audit import extract

    monkeypatch.setattr(extract, "precheck_pdf", lambda path: None)

    class LoadOnly(Job):
        def setup(self):
            return None

        def work(self, state, path, extend):
            try:
                document = extract.load_document(path)
            except extract.AuditError as exc:
                return PlanResult(path, "pdf", None, "failed", exc.as_plan_error())
            return PlanResult(path, "pdf", None, "audited", pages=document.pages)

    results = run_batch([Input(str(bomb)), Input(str(control))], LoadOnly(), Limits(30.0, 512), jobs=1, progress=False)
    assert outcome(results[0]) in {"resource_limit", "no_text", "corrupt"}
    assert outcome(results[1]) == "audited"


def test_audit_job_is_picklable_for_spawn_platforms():
    import pickle

    from ehcp_audit.config import Config

    job = pickle.loads(pickle.dumps(AuditJob(Config(), None, False)))
    assert isinstance(job, AuditJob)


def test_ctrl_c_stops_the_workers_at_once():
    """KeyboardInterrupt in the parent (Ctrl-C) kills the workers (busy for a minute)
    and leaves no child process behind; the CLI turns it into exit code 130."""
    before = child_pids()

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 1.0)
    try:
        with pytest.raises(KeyboardInterrupt):
            run(["sleep-60", "sleep-60", "ok-1"], jobs=2, timeout=120)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert child_pids() <= before  # the sleeping workers were killed, not left running


def test_progress_bar_only_for_a_person_at_a_terminal(monkeypatch):
    from ehcp_audit import runner

    class Stream:
        def __init__(self, tty):
            self.tty = tty

        def isatty(self):
            return self.tty

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(runner.sys, "stderr", Stream(True))
    assert runner._want_progress()
    monkeypatch.setenv("CI", "true")
    assert not runner._want_progress()
    monkeypatch.delenv("CI")
    monkeypatch.setattr(runner.sys, "stderr", Stream(False))
    assert not runner._want_progress()
