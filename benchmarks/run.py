#!/usr/bin/env python3
"""The ehcp-audit speed benchmark: one command, a few minutes.

    python benchmarks/run.py             # everything, 5 interleaved repetitions
    python benchmarks/run.py --quick     # 3 repetitions and a smaller batch (about half the time)
    python benchmarks/run.py --markdown benchmarks/out/results.md   # also write the tables

It builds the ~30- and ~100-page benchmark plans if they are not cached (make_plans.py,
which needs LibreOffice for the PDFs), then measures:

1. per plan, in a warm process: ehcp-audit end to end (load, split, check) beside
   pdfplumber's plain text extraction and PDFium's (pypdfium2), the fastest extractor
   installed, on the same file; also the careful (pdfplumber) reader and the DOCX path;
2. memory: peak RSS of one process auditing the 100-page plan again and again;
3. cold start: `ehcp-audit --help`, `--version` and one whole `check` from a new process;
4. batch: `ehcp-audit check FOLDER -j 2` on copies of the 30-page plan, at two batch
   sizes, giving plans per minute with start-up included and at steady state.

Method (why the numbers can be trusted on a shared 2-core machine): every measurement
runs in a fresh child process, so no library warms another's caches and peak RSS
belongs to that method alone; the order of methods is rotated on every repetition;
inside a child there is a warm-up call, then timed calls summarised by their median;
the report gives the median over repetitions. Times are CPU seconds (user + system,
children included), which other tenants disturb far less than wall time; wall time is
shown beside them. Targets are checked on these medians; unit tests never time anything.
Results are written to benchmarks/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
WARMUP_PDF = ROOT / "sample_plans" / "kestrel_year9.pdf"  # a small real plan to warm code paths on


def _warmup_for(path: str) -> str:
    """A small sample plan in the same format: a warm worker has read that format before."""
    return str(WARMUP_PDF.with_suffix(Path(path).suffix))

# Targets from issue 7 (2-core machine).
TARGETS = {
    "audit30_cpu_s": 1.0,  # 30-page PDF, end to end, warm worker
    "audit30_vs_pdfplumber": 0.2,  # ... and at most a fifth of pdfplumber's text extraction alone
    "audit100_cpu_s": 3.0,
    "docx30_cpu_s": 0.3,
    "plans_per_minute": 120.0,  # 30-page PDFs, 2 workers
    "worker_rss_mb": 300.0,  # 100-page plan
    "help_s": 0.3,
    "version_s": 0.3,
    "cold_check_s": 3.0,
}


# ----------------------------------------------------------------------------- children
# Each method runs inside `python run.py --child METHOD FILE INNER` and prints one JSON line.


def _cpu() -> float:
    """CPU seconds of this process (fine-grained) plus its waited-for children (pdftotext)."""
    t = os.times()
    return time.process_time() + t.children_user + t.children_system


def _peak_rss_mb() -> float:
    """This process's own high-water mark. (getrusage's ru_maxrss would do, but on Linux
    it starts from the parent's RSS at fork and keeps it across exec.)"""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _pdfplumber_text(path: str) -> int:
    import pdfplumber

    chars = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars += len(page.extract_text() or "")
            page.close()
    return chars


def _pdfium_text(path: str) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    chars = 0
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return chars


def _pdftotext(path: str) -> int:
    result = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, check=True)
    return len(result.stdout)


def _make_method(name: str):
    """(warm-up call, timed call) for a method; the imports happen here, outside the timing."""
    if name == "pdfplumber_text":
        return (lambda path: _pdfplumber_text(str(WARMUP_PDF))), _pdfplumber_text
    if name == "pdfium_text":
        return _pdfium_text, _pdfium_text
    if name == "pdftotext":
        return _pdftotext, _pdftotext
    if name in ("load_fast", "load_careful"):
        from ehcp_audit.extract import LoadOptions, load_document

        options = LoadOptions(careful=name == "load_careful")

        def load(path: str) -> int:
            return len(load_document(path, options).blocks)

        warm = (lambda path: load(str(WARMUP_PDF))) if name == "load_careful" else load
        return warm, load
    if name == "audit":
        from ehcp_audit.audit import Auditor

        auditor = Auditor()

        def audit(path: str) -> int:
            result = auditor.audit_file(path)
            if result.status != "audited":
                raise SystemExit(f"the benchmark plan was not audited: {result.error}")
            return len(result.findings)

        return (lambda path: audit(_warmup_for(path))), audit
    raise SystemExit(f"unknown method {name}")


def stages(path: str) -> dict:
    """CPU seconds of each stage of one warm audit (a second pass, after a warm-up)."""
    from ehcp_audit.audit import Auditor
    from ehcp_audit.engine import Context, run_rules
    from ehcp_audit.extract import load_document
    from ehcp_audit.split import split

    auditor = Auditor()
    auditor.audit_file(_warmup_for(path))
    times: dict[str, float] = {}

    def timed(label, fn):
        start = _cpu()
        value = fn()
        times[label] = round(_cpu() - start, 4)
        return value

    document = timed("load (read the file into blocks)", lambda: load_document(path))
    plan = timed("split into sections", lambda: split(document))
    ctx = Context(plan, auditor.analyzer)
    timed("items (spaCy tokenizer, sentencizer, matchers)", lambda: ctx.all_items)
    timed("need → outcome → provision table", lambda: ctx.trace)
    timed("rules", lambda: run_rules(plan, auditor.rules, auditor.analyzer, auditor.config.severity, ctx))
    timed("whole audit_file, for comparison", lambda: auditor.audit_file(path))
    return times


def child(method: str, path: str, inner: int) -> None:
    start = _cpu()
    warm, timed = _make_method(method)
    setup_cpu = _cpu() - start
    warm(path)
    cpu, wall, rss = [], [], []
    for _ in range(inner):
        c0, w0 = _cpu(), time.perf_counter()
        size = timed(path)
        cpu.append(_cpu() - c0)
        wall.append(time.perf_counter() - w0)
        rss.append(_current_rss_mb())
    print(json.dumps({"cpu": statistics.median(cpu), "wall": statistics.median(wall), "setup_cpu": setup_cpu,
                      "peak_rss_mb": _peak_rss_mb(), "rss_after_each_mb": rss, "size": size}))


# ----------------------------------------------------------------------------- parent


def _run_child(method: str, path: Path, inner: int) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", method, str(path), str(inner)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"benchmark child {method} on {path.name} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# A tiny wrapper process runs a command and reports its CPU and the peak RSS of the
# largest process under it (the command or one of its workers), so each measurement has
# its own RUSAGE_CHILDREN.
_WRAPPER = (
    "import json,resource,subprocess,sys,time\n"
    "w=time.perf_counter()\n"
    "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE)\n"
    "w=time.perf_counter()-w\n"
    "u=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'rc':r.returncode,'wall':w,'cpu':u.ru_utime+u.ru_stime,'peak_rss_mb':u.ru_maxrss/1024,"
    "'stderr':r.stderr.decode('utf-8','replace')[-500:]}))\n"
)


def _run_command(command: list[str]) -> dict:
    result = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _cli() -> list[str]:
    exe = shutil.which("ehcp-audit")
    return [exe] if exe else [sys.executable, "-m", "ehcp_audit"]


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def measure_per_plan(files: dict, reps: int) -> dict:
    """Interleaved, fresh-process measurements of each (method, file)."""
    cases = []
    pdf30, pdf100, docx30 = files["plan30"]["pdf"], files["plan100"]["pdf"], files["plan30"]["docx"]
    if pdf30 is not None:
        cases += [("pdfplumber_text", pdf30, 1), ("pdfium_text", pdf30, 3), ("load_fast", pdf30, 3),
                  ("load_careful", pdf30, 1), ("audit", pdf30, 3)]
        if shutil.which("pdftotext"):
            cases.append(("pdftotext", pdf30, 3))
    if pdf100 is not None:
        cases += [("pdfium_text", pdf100, 3), ("audit", pdf100, 2)]
    cases.append(("audit", docx30, 3))
    runs: dict[str, list[dict]] = {}
    for rep in range(reps):
        shift = rep % len(cases)
        for method, path, inner in cases[shift:] + cases[:shift]:
            key = f"{method}:{path.name}"
            runs.setdefault(key, []).append(_run_child(method, path, inner))
            print(f"  rep {rep + 1}/{reps} {key}: {runs[key][-1]['cpu']:.3f} s CPU", file=sys.stderr)
    return {key: {"cpu": _median([r["cpu"] for r in rs]), "wall": _median([r["wall"] for r in rs]),
                  "setup_cpu": _median([r["setup_cpu"] for r in rs]),
                  "peak_rss_mb": max(r["peak_rss_mb"] for r in rs), "reps": len(rs), "size": rs[-1]["size"],
                  "cpu_all": [round(r["cpu"], 4) for r in rs]}
            for key, rs in runs.items()}


def measure_stages(files: dict) -> dict:
    """Where one warm audit's time goes (one run per file; for reading, not for targets)."""
    out = {}
    for name, kind in (("plan30", "pdf"), ("plan30", "docx")):
        path = files[name][kind]
        if path is not None:
            command = [sys.executable, str(Path(__file__).resolve()), "--child", "stages", str(path), "1"]
            result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
            if result.returncode == 0:
                out[path.name] = json.loads(result.stdout.strip().splitlines()[-1])
    return out


def measure_memory(pdf100: Path, rounds: int) -> dict:
    """One process auditing the 100-page plan `rounds` times: RSS after each."""
    run = _run_child("audit", pdf100, rounds)
    return {"rss_after_each_mb": [round(x, 1) for x in run["rss_after_each_mb"]], "peak_rss_mb": run["peak_rss_mb"]}


def measure_cold(files: dict, reps: int) -> dict:
    cli = _cli()
    cases = {"help": cli + ["--help"], "version": cli + ["--version"]}
    if files["plan30"]["pdf"] is not None:
        cases["check_pdf30"] = cli + ["check", str(files["plan30"]["pdf"]), "--format", "json", "-j", "1"]
    cases["check_docx30"] = cli + ["check", str(files["plan30"]["docx"]), "--format", "json", "-j", "1"]
    runs: dict[str, list[dict]] = {name: [] for name in cases}
    names = list(cases)
    for rep in range(reps):
        shift = rep % len(names)
        for name in names[shift:] + names[:shift]:
            result = _run_command(cases[name])
            if result["rc"] not in (0, 1):
                raise SystemExit(f"`{' '.join(cases[name])}` failed (exit {result['rc']}): {result['stderr']}")
            runs[name].append(result)
    return {name: {"wall": _median([r["wall"] for r in rs]), "cpu": _median([r["cpu"] for r in rs]),
                   "peak_rss_mb": max(r["peak_rss_mb"] for r in rs), "reps": len(rs)} for name, rs in runs.items()}


def _has_runner() -> bool:
    import importlib.util

    return importlib.util.find_spec("ehcp_audit.runner") is not None


def measure_batch(pdf30: Path, sizes: tuple[int, int], reps: int, jobs: int) -> dict:
    """`ehcp-audit check FOLDER -j jobs` on copies of the 30-page plan, at two batch sizes.
    plans/min at steady state comes from the slope between the sizes (start-up cancels)."""
    cli = _cli()
    results: dict[int, list[dict]] = {n: [] for n in sizes}
    with tempfile.TemporaryDirectory(prefix="batch-", dir=OUT) as tmp:
        folders = {}
        for n in sizes:
            folder = Path(tmp) / f"batch{n}"
            folder.mkdir()
            for i in range(n):
                # Real copies: the CLI audits a hard-linked file once (same device and inode).
                shutil.copyfile(pdf30, folder / f"plan_{i:03d}.pdf")
            folders[n] = folder
        for rep in range(reps):
            for n in (sizes if rep % 2 == 0 else sizes[::-1]):
                result = _run_command(cli + ["check", str(folders[n]), "-j", str(jobs), "--format", "json"])
                if result["rc"] not in (0, 1):
                    raise SystemExit(f"batch check failed (exit {result['rc']}): {result['stderr']}")
                results[n].append(result)
                print(f"  batch rep {rep + 1}/{reps} n={n}: {result['wall']:.2f} s wall", file=sys.stderr)
    small, large = sizes
    wall = {n: _median([r["wall"] for r in results[n]]) for n in sizes}
    cpu = {n: _median([r["cpu"] for r in results[n]]) for n in sizes}
    slope = (wall[large] - wall[small]) / (large - small)
    cpu_per_plan = (cpu[large] - cpu[small]) / (large - small)
    return {
        "jobs": jobs,
        "runner": _has_runner(),
        "wall_s": wall,
        "cpu_s": cpu,
        "cpu_per_plan_s": cpu_per_plan,
        # What `jobs` cores of our own would do: wall time on a shared machine also pays
        # for other tenants' work, CPU time much less so.
        "plans_per_min_cpu_bound": 60 * jobs / cpu_per_plan if cpu_per_plan > 0 else float("inf"),
        "peak_rss_mb": max(r["peak_rss_mb"] for rs in results.values() for r in rs),
        "plans_per_min_with_startup": 60 * large / wall[large],
        "plans_per_min_steady": 60 / slope if slope > 0 else float("inf"),
        "startup_s": wall[small] - slope * small,
    }


def machine() -> dict:
    import importlib.metadata as md

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0) if Path("/proc/meminfo").exists() else 0
    versions = {}
    for package in ("ehcp-audit", "pdfplumber", "pdfminer.six", "pypdfium2", "spacy", "python-docx", "typer", "rich"):
        try:
            versions[package] = md.version(package)
        except md.PackageNotFoundError:
            versions[package] = None
    return {"cpu": cpu, "cores": os.cpu_count(), "mem_mib": mem, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}", "load_avg": [round(x, 2) for x in os.getloadavg()],
            "versions": versions}


# ----------------------------------------------------------------------------- report


def _verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def report(results: dict) -> str:
    m, per = results["machine"], results["per_plan"]
    lines = [f"Machine: {m['cpu']}, {m['cores']} cores, {m['mem_mib']} MiB, Python {m['python']}, {m['system']}; "
             f"load average {m['load_avg']} at start, {results.get('load_avg_end')} at end.",
             "Versions: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items() if v), ""]

    def row(key: str, label: str, ref: str | None = None) -> str:
        if key not in per:
            return ""
        r = per[key]
        ratio = f"{r['cpu'] / per[ref]['cpu']:.3f}" if ref and ref in per else ""
        return (f"| {label} | {r['cpu']:.3f} | {r['wall']:.3f} | {ratio} | {r['peak_rss_mb']:.0f} | "
                f"{', '.join(f'{x:.3f}' for x in r['cpu_all'])} |")

    lines += ["Per plan, warm process (median of interleaved fresh-process repetitions):", "",
              "| what | CPU s | wall s | × pdfplumber text (CPU) | peak RSS MB | CPU s per repetition |",
              "|---|---|---|---|---|---|"]
    ref = "pdfplumber_text:plan30.pdf"
    for key, label in [("pdfplumber_text:plan30.pdf", "pdfplumber `extract_text`, 30-page PDF (reference)"),
                       ("pdfium_text:plan30.pdf", "pypdfium2 text, 30-page PDF (fastest extractor)"),
                       ("pdftotext:plan30.pdf", "poppler `pdftotext`, 30-page PDF"),
                       ("load_careful:plan30.pdf", "ehcp-audit careful reader (pdfplumber), load only, 30-page PDF"),
                       ("load_fast:plan30.pdf", "ehcp-audit fast reader, load only, 30-page PDF"),
                       ("audit:plan30.pdf", "**ehcp-audit end to end, 30-page PDF**"),
                       ("pdfium_text:plan100.pdf", "pypdfium2 text, 100-page PDF"),
                       ("audit:plan100.pdf", "**ehcp-audit end to end, 100-page PDF**"),
                       ("audit:plan30.docx", "**ehcp-audit end to end, 30-page DOCX**")]:
        line = row(key, label, ref)
        if line:
            lines.append(line)
    lines.append("")
    checks = []
    if "audit:plan30.pdf" in per:
        a30 = per["audit:plan30.pdf"]["cpu"]
        checks.append(("30-page PDF end to end", f"{a30:.3f} s CPU", f"≤ {TARGETS['audit30_cpu_s']} s",
                       _verdict(a30, TARGETS["audit30_cpu_s"])))
        if ref in per:
            ratio = a30 / per[ref]["cpu"]
            checks.append(("… as a share of pdfplumber's text extraction", f"{ratio:.3f} (1/{1 / ratio:.0f})",
                           f"≤ {TARGETS['audit30_vs_pdfplumber']}", _verdict(ratio, TARGETS["audit30_vs_pdfplumber"])))
    if "audit:plan100.pdf" in per:
        a100 = per["audit:plan100.pdf"]["cpu"]
        checks.append(("100-page PDF end to end", f"{a100:.3f} s CPU", f"≤ {TARGETS['audit100_cpu_s']} s",
                       _verdict(a100, TARGETS["audit100_cpu_s"])))
    d30 = per["audit:plan30.docx"]["cpu"]
    checks.append(("30-page DOCX end to end", f"{d30:.3f} s CPU", f"≤ {TARGETS['docx30_cpu_s']} s",
                   _verdict(d30, TARGETS["docx30_cpu_s"])))
    mem = results.get("memory")
    if mem:
        after = mem["rss_after_each_mb"]
        checks.append((f"one worker, 100-page plan audited {len(after)} times: RSS after each",
                       f"{after[0]:.0f} → {after[-1]:.0f} MB (peak {mem['peak_rss_mb']:.0f})",
                       f"≤ {TARGETS['worker_rss_mb']:.0f} MB, flat",
                       _verdict(mem["peak_rss_mb"], TARGETS["worker_rss_mb"])
                       if after[-1] - after[0] < 0.1 * after[0] + 5 else "GROWS"))
    cold = results.get("cold", {})
    for name, label, target in [("help", "`ehcp-audit --help`, new process", "help_s"),
                                ("version", "`ehcp-audit --version`, new process", "version_s"),
                                ("check_pdf30", "`ehcp-audit check` one 30-page PDF, new process", "cold_check_s"),
                                ("check_docx30", "`ehcp-audit check` one 30-page DOCX, new process", "cold_check_s")]:
        if name in cold:
            c = cold[name]
            checks.append((label, f"{c['cpu']:.3f} s CPU, {c['wall']:.3f} s wall",
                           f"≤ {TARGETS[target]} s", _verdict(c["cpu"], TARGETS[target])))
    batch = results.get("batch")
    if batch and "cpu_per_plan_s" not in batch:  # a results file from before this field existed
        (small, c_small), (large, c_large) = sorted(((int(n), c) for n, c in batch["cpu_s"].items()))
        batch["cpu_per_plan_s"] = (c_large - c_small) / (large - small)
        batch["plans_per_min_cpu_bound"] = 60 * batch["jobs"] / batch["cpu_per_plan_s"]
    if batch:
        large = max(batch["wall_s"], key=int)
        note = "" if batch["runner"] else " (no process-pool runner yet: files audited one after another)"
        checks.append((f"batch of {large} × 30-page PDF, `-j {batch['jobs']}`{note}",
                       f"{batch['plans_per_min_with_startup']:.0f} plans/min with start-up, "
                       f"{batch['plans_per_min_steady']:.0f} steady (wall); {batch.get('cpu_per_plan_s', float('nan')):.2f} s CPU "
                       f"per plan = {batch.get('plans_per_min_cpu_bound', float('nan')):.0f} plans/min on {batch['jobs']} free cores; "
                       f"peak RSS of one process {batch['peak_rss_mb']:.0f} MB",
                       f"≥ {TARGETS['plans_per_minute']:.0f} plans/min",
                       "ok" if batch["plans_per_min_with_startup"] >= TARGETS["plans_per_minute"] else "MISSED"))
    stage_rows = results.get("stages") or {}
    if stage_rows:
        names = list(stage_rows)
        lines += ["Where one warm audit's CPU time goes (seconds, one run):", "",
                  "| stage | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
        for stage in next(iter(stage_rows.values())):
            lines.append(f"| {stage} | " + " | ".join(f"{stage_rows[n].get(stage, float('nan')):.3f}" for n in names) + " |")
        lines.append("")
    lines += ["Targets (issue 7):", "", "| target | measured | goal | |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in checks]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark ehcp-audit (see the module docstring).")
    parser.add_argument("--reps", type=int, default=5, help="interleaved repetitions (default 5)")
    parser.add_argument("--quick", action="store_true", help="3 repetitions and a smaller batch")
    parser.add_argument("--skip", action="append", default=[], choices=["per-plan", "memory", "cold", "batch"],
                        help="leave out a part (repeatable)")
    parser.add_argument("--jobs", type=int, default=2, help="workers for the batch run (default 2)")
    parser.add_argument("--markdown", type=Path, help="also write the report tables to this file")
    parser.add_argument("--report", type=Path, metavar="RESULTS_JSON", help="only print the report of a saved run")
    parser.add_argument("--child", nargs=3, metavar=("METHOD", "FILE", "INNER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.child[0] == "stages":
            print(json.dumps(stages(args.child[1])))
        else:
            child(args.child[0], args.child[1], int(args.child[2]))
        return 0

    if args.report:
        print(report(json.loads(args.report.read_text())))
        return 0
    sys.path.insert(0, str(HERE))
    import make_plans

    reps = 3 if args.quick else args.reps
    files = make_plans.build(list(make_plans.PLANS), quiet=True)
    if files["plan30"]["pdf"] is None:
        print("\nWARNING: " + make_plans.SOFFICE_MISSING + "\nOnly the DOCX and start-up parts will run.\n",
              file=sys.stderr)
    results: dict = {"machine": machine(), "reps": reps}
    started = time.perf_counter()
    if "per-plan" not in args.skip:
        print("per-plan measurements …", file=sys.stderr)
        results["per_plan"] = measure_per_plan(files, reps)
    if "per-plan" not in args.skip:
        results["stages"] = measure_stages(files)
    if "memory" not in args.skip and files["plan100"]["pdf"] is not None:
        print("memory over repeated 100-page audits …", file=sys.stderr)
        results["memory"] = measure_memory(files["plan100"]["pdf"], 5)
    if "cold" not in args.skip:
        print("cold start …", file=sys.stderr)
        results["cold"] = measure_cold(files, max(reps, 5))
    if "batch" not in args.skip and files["plan30"]["pdf"] is not None:
        print("batch …", file=sys.stderr)
        sizes = (6, 18) if args.quick else (8, 32)
        results["batch"] = measure_batch(files["plan30"]["pdf"], sizes, 2, args.jobs)
    results["load_avg_end"] = [round(x, 2) for x in os.getloadavg()]
    results["seconds"] = round(time.perf_counter() - started, 1)
    OUT.mkdir(exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2, default=str))
    text = report(results) if "per_plan" in results else json.dumps(results, indent=2, default=str)
    print(text)
    print(f"\n(finished in {results['seconds']} s; raw numbers in {OUT / 'results.json'})")
    if args.markdown:
        args.markdown.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
