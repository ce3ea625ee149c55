"""Audit a batch of files in worker processes, each file under a time and a memory limit.

Parsers cannot promise to finish (pdfminer.six #879 and #909 are open "never finishes"
bugs; PDFium and libxml2 are C code that can crash), so the limits are enforced from
outside the parser:

- each worker is a separate process that builds one Auditor at start-up, then audits one
  file at a time (chunksize 1);
- memory: the worker caps its own address space with RLIMIT_AS once the Auditor is built
  (POSIX), so a bomb fails inside that worker with MemoryError or kills only that worker;
- time: the parent gives each file a deadline and kills the worker (SIGKILL) when it
  passes; a fresh worker takes the killed one's place and the batch goes on;
- a worker that dies for any other reason (a crash in C code) is reported on its file as
  `crashed`, or `resource_limit` if it died near its memory cap, and is replaced.

Results come back in input order whatever the number of workers, so the report does not
depend on -j. Workers ignore Ctrl-C (the parent handles it and stops them) and send
their stderr to /dev/null, so no library message or traceback can reach the user; set
EHCP_AUDIT_DEBUG=1 to keep it while debugging (it may then show plan text).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import SKIP_CODES, plan_error
from .inputs import Input, display_path
from .model import PlanResult

POLL_SECONDS = 0.1  # how often the parent looks at deadlines and worker memory
NEAR_MEMORY_LIMIT = 0.8  # a worker that dies above this share of its cap ran out of memory
STOP_GRACE_SECONDS = 2.0
DEBUG_ENV = "EHCP_AUDIT_DEBUG"


@dataclass(frozen=True)
class Limits:
    """Per-file limits: wall-clock seconds, and MiB of address space per worker."""

    timeout: float = 60.0
    memory_mib: int = 1024


class WorkerStartError(Exception):
    """A worker could not get ready (for example, a rule pack failed to load)."""


class Job:
    """What the workers do. `setup` runs once per worker; `work` once per file and must
    return a PlanResult (it may call `extend(seconds)` to ask for more time, e.g. for OCR)."""

    def preload(self) -> None:
        """Imports the parent may do once before forking workers (they inherit them)."""

    def setup(self) -> Any:  # pragma: no cover - interface
        raise NotImplementedError

    def work(self, state: Any, path: str, extend: Callable[[float], None]) -> PlanResult:  # pragma: no cover
        raise NotImplementedError


@dataclass(frozen=True)
class AuditJob(Job):
    """The real job: one Auditor per worker; OCR for scanned PDFs when asked."""

    config: Any
    password: str | None = None
    ocr: bool = False

    def preload(self) -> None:
        # spaCy and the readers take ~1.5 s to import; imported once here, every forked
        # worker (and every replacement after a timeout or crash) starts without it.
        from . import audit  # noqa: F401
        from .extract import docx, pdf  # noqa: F401

    def setup(self) -> Any:
        from .audit import Auditor

        return Auditor(self.config)

    def work(self, state: Any, path: str, extend: Callable[[float], None]) -> PlanResult:
        result = state.audit_file(path, self.password)
        if self.ocr:
            from .ocr import audit_with_ocr, wants_ocr

            if wants_ocr(result):
                result = audit_with_ocr(state, path, result, self.config.timeout, extend)
        return result


def settled_result(entry: Input) -> PlanResult:
    """The result for a path that inputs.py settled without opening it."""
    assert entry.code is not None
    return _failed(entry.path, entry.code)


def _failed(path: str, code: str) -> PlanResult:
    suffix = os.path.splitext(path)[1].lower().lstrip(".")
    status = "skipped" if code in SKIP_CODES else "failed"
    return PlanResult(path, suffix if suffix in ("pdf", "docx") else None, None, status, plan_error(code))


def _finish(result: PlanResult, entry: Input) -> PlanResult:
    """Report the path as given (printable), and skip-codes as skipped."""
    result.path = display_path(entry.path)
    if result.error is not None and result.error.code in SKIP_CODES:
        result.status = "skipped"
    return result


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run_batch(entries: list[Input], job: Job, limits: Limits = Limits(), jobs: int = 0,
              progress: bool | None = None) -> list[PlanResult]:
    """Audit every entry; returns one result per entry, in the same order."""
    results: list[PlanResult | None] = [None] * len(entries)
    queue: deque[int] = deque()
    for index, entry in enumerate(entries):
        if entry.to_audit:
            queue.append(index)
        else:
            results[index] = _finish(settled_result(entry), entry)
    if queue:
        workers = min(jobs if jobs > 0 else default_jobs(), len(queue))
        show = _want_progress() if progress is None else progress
        with _progress_bar(len(queue), show) as advance:
            _Pool(entries, job, limits, workers, advance).run(queue, results)
    return [r for r in results if r is not None]


def _want_progress() -> bool:
    """A progress bar only for a person at a terminal: not when piped, not in CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


class _progress_bar:
    """A rich progress bar on stderr, refreshed by hand (no thread, so forking stays safe)."""

    def __init__(self, total: int, show: bool):
        self.total, self.show, self.bar, self.task = total, show, None, None

    def __enter__(self) -> Callable[[], None]:
        if self.show:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self.bar = Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                console=Console(stderr=True), auto_refresh=False, transient=True,
                                redirect_stdout=False, redirect_stderr=False)
            self.bar.start()
            self.task = self.bar.add_task("audit", total=self.total)
            self.bar.refresh()
        return self.advance

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1)
            self.bar.refresh()

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _context():
    """fork on Linux (fast, and the CLI's parent process has no threads); spawn elsewhere."""
    import multiprocessing

    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Worker:
    """One worker process, its pipe, and the file it is working on."""

    def __init__(self, ctx, job: Job, limits: Limits):
        self.conn, child = ctx.Pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        self.process = ctx.Process(target=worker_main, args=(child, job, limits.memory_mib), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.task: int | None = None
        self.deadline = 0.0
        self.peak_bytes = 0

    def assign(self, index: int, path: str, timeout: float) -> None:
        self.conn.send((index, path))
        self.task = index
        self.deadline = time.monotonic() + timeout
        self.peak_bytes = 0

    def messages(self) -> list:
        """Everything the worker has sent; stops at end of file (a dead worker)."""
        out = []
        try:
            while self.conn.poll():
                out.append(self.conn.recv())
        except (EOFError, OSError):
            pass
        return out

    def sample_memory(self) -> None:
        self.peak_bytes = max(self.peak_bytes, _address_space(self.process.pid))

    def kill(self) -> None:
        if self.process.is_alive():
            try:
                os.kill(self.process.pid, signal.SIGKILL)
            except (OSError, AttributeError):
                self.process.kill()
        self.process.join(STOP_GRACE_SECONDS)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(STOP_GRACE_SECONDS)
        self.kill()


class _Pool:
    """A small pool that can kill and replace one worker (multiprocessing.Pool cannot)."""

    def __init__(self, entries: list[Input], job: Job, limits: Limits, size: int, advance: Callable[[], None]):
        self.entries, self.job, self.limits, self.size, self.advance = entries, job, limits, size, advance
        self.ctx = _context()
        self.workers: list[_Worker] = []

    def run(self, queue: deque, results: list) -> None:
        from multiprocessing.connection import wait

        finished = False
        if self.ctx.get_start_method() == "fork":
            self.job.preload()
        try:
            self.workers = [_Worker(self.ctx, self.job, self.limits) for _ in range(self.size)]
            while queue or any(w.task is not None for w in self.workers):
                self._dispatch(queue)
                busy = [w.deadline - time.monotonic() for w in self.workers if w.task is not None]
                waitables = [w.conn for w in self.workers] + [w.process.sentinel for w in self.workers]
                wait(waitables, timeout=max(0.0, min(busy + [POLL_SECONDS])))
                for worker in list(self.workers):
                    self._service(worker, queue, results)
            finished = True
        finally:  # on Ctrl-C or an error, workers are killed at once rather than waited for
            for worker in self.workers:
                if finished:
                    worker.stop()
                else:
                    worker.kill()

    def _dispatch(self, queue: deque) -> None:
        for worker in self.workers:
            if worker.ready and worker.task is None and queue:
                index = queue.popleft()
                worker.assign(index, self.entries[index].path, self.limits.timeout)

    def _service(self, worker: _Worker, queue: deque, results: list) -> None:
        for message in worker.messages():
            kind = message[0]
            if kind == "ready":
                worker.ready = True
            elif kind == "setup_failed":
                raise WorkerStartError(message[1])
            elif kind == "extend":
                worker.deadline += float(message[1])
            elif kind == "done" and message[1] == worker.task:
                self._record(results, worker.task, message[2])
                worker.task = None
        if worker.task is not None:
            worker.sample_memory()
        if not worker.process.is_alive():
            if not worker.ready:
                raise WorkerStartError("a worker stopped while starting")
            if worker.task is not None:
                self._record(results, worker.task, None, self._death_code(worker))
            self._replace(worker, queue)
        elif worker.task is not None and time.monotonic() > worker.deadline:
            self._record(results, worker.task, None, "timeout")
            self._replace(worker, queue)

    def _death_code(self, worker: _Worker) -> str:
        """Why a worker died on its own: out of memory (last seen near its cap, or aborted,
        which is what PDFium does when an allocation fails), or some other crash."""
        near_cap = worker.peak_bytes >= NEAR_MEMORY_LIMIT * self.limits.memory_mib * 2**20
        aborted = worker.process.exitcode == -getattr(signal, "SIGABRT", 6)
        return "resource_limit" if near_cap or aborted else "crashed"

    def _record(self, results: list, index: int, result: PlanResult | None, code: str = "") -> None:
        entry = self.entries[index]
        results[index] = _finish(result if result is not None else _failed(entry.path, code), entry)
        self.advance()

    def _replace(self, worker: _Worker, queue: deque) -> None:
        worker.task = None
        worker.kill()
        self.workers.remove(worker)
        if queue:
            self.workers.append(_Worker(self.ctx, self.job, self.limits))


def _address_space(pid: int) -> int:
    """The process's virtual memory size in bytes (Linux; 0 where unknown)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def worker_main(conn, job: Job, memory_mib: int) -> None:
    """A worker: build the job's state, cap memory, then audit files until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    _quiet()
    try:
        state = job.setup()
    except BaseException as exc:  # noqa: BLE001 - reported to the parent by type only
        conn.send(("setup_failed", type(exc).__name__))
        return
    limit_memory(memory_mib)
    conn.send(("ready",))

    def extend(seconds: float) -> None:
        conn.send(("extend", seconds))

    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, path = message
        try:
            result = job.work(state, path, extend)
        except MemoryError:
            result = _failed(path, "resource_limit")
        except BaseException:  # noqa: BLE001 - a bug must cost one file, not the batch
            result = _failed(path, "crashed")
        try:
            conn.send(("done", index, result))
        except MemoryError:
            conn.send(("done", index, _failed(path, "resource_limit")))


def limit_memory(memory_mib: int) -> None:
    """Cap this process's address space (soft limit only, so OCR's own tools may raise it)."""
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-clock limit still applies
        return
    soft = memory_mib * 2**20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _quiet() -> None:
    """No library warning, log line or traceback from a worker may reach the user: they
    can quote the file (pdfminer's messages quote PDF metadata, for example)."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    if os.environ.get(DEBUG_ENV):
        return
    import faulthandler

    faulthandler.disable()  # it keeps its own copy of stderr and would print a crash's stack
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass

