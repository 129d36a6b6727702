#!/usr/bin/env python3
"""CPython beside the lab: the seed's own Python ways on the same work, in one run.

    python3 scripts/bench_python.py --url http://localhost:18080 [--quick] [--runs N]
            [--python python3] [--gather-sizes 10000,100000] [--timeout 300]

For each row, the lab's experiment over HTTP (after warm-up, as scripts/bench_report.py
does) and the same work in CPython (scripts/cpython_ways.py, one fresh interpreter per
measurement, so no heap, pool or cache carries over), each the median of N runs:

- waits: asyncio.gather of 10,000, 100,000 and 1,000,000 sleeps of 1 s beside
  io-bound/async and io-bound/virtual-threads; a ThreadPoolExecutor with one thread per
  wait beside io-bound/threading at 100 and 1,000 waits (io-bound/threading starts one
  platform thread per task and allows at most lab.limits.platform-threads = 1,000 of them,
  so 1,000 is the largest size both can do);
- computing: the lab's SplitMix64 hash chain (HashChain.java) in pure Python, one task
  after another, on threads and on multiprocessing.Pool, beside cpu-bound/sequential,
  threading, multiprocessing and gil-simulated. Python's steps are scaled down 100 times
  (it takes about 100 times longer per step), so the rows compare steps per second. Every
  Python result is checked against the lab's result for the same tasks and steps.

Prints Markdown on stdout (progress on stderr). The ratio is lab speed ÷ CPython speed:
above 1 the lab is faster. With --quick everything is shrunk to finish in seconds, and the
figures are marked not to quote. If the Python to measure is not found, says so and exits 0.
"""

import argparse
import datetime
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

sys.dont_write_bytecode = True  # no scripts/__pycache__ from the import below
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_report import Lab, LabError  # noqa: E402  (the same HTTP client, timeouts and 429 retries)

WAYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython_ways.py")


@dataclass
class Plan:
    runs: int            # measured runs per figure, each side
    warmups: int         # unmeasured lab runs before each figure
    gather_sizes: list   # asyncio.gather ↔ io-bound/async, virtual-threads
    pool_sizes: list     # ThreadPoolExecutor ↔ io-bound/threading (≤ lab.limits.platform-threads)
    delay: float         # seconds each wait lasts
    tasks: int           # hash-chain tasks, both sides
    lab_steps: int       # steps per task in the lab
    python_steps: int    # steps per task in CPython


FULL = Plan(runs=3, warmups=2, gather_sizes=[10_000, 100_000, 1_000_000], pool_sizes=[100, 1_000], delay=1.0,
            tasks=4, lab_steps=40_000_000, python_steps=400_000)
QUICK = Plan(runs=1, warmups=1, gather_sizes=[1_000], pool_sizes=[100], delay=0.1,
             tasks=4, lab_steps=4_000_000, python_steps=40_000)


def progress(message):
    print(f"[bench-python] {message}", file=sys.stderr, flush=True)


def out(line=""):
    print(line, flush=True)


def table(header, rows):
    out("| " + " | ".join(header) + " |")
    out("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        out("| " + " | ".join(str(cell) for cell in row) + " |")
    out()


def median(values):
    return statistics.median(values) if values else None


PROBLEMS = []  # lab reports that did not complete, and Python runs that failed


class Measure:
    def __init__(self, lab, python, plan, timeout):
        self.lab, self.python, self.plan, self.timeout = lab, python, plan, timeout
        self.versions = set()

    def lab_seconds(self, path, body):
        """Median `duration` of plan.runs completed reports, after plan.warmups unmeasured runs."""
        for _ in range(self.plan.warmups):
            self.lab.post(path, body)
        seconds = []
        for run in range(1, self.plan.runs + 1):
            report, _ = self.lab.post(path, body)
            if report.get("status") == "completed":
                seconds.append(report["duration"])
            else:
                PROBLEMS.append(f"lab `{path}` {json.dumps(body)}, run {run}: status **{report.get('status')}**: "
                                f"{report.get('note', '')}")
        return seconds

    def python_runs(self, *args):
        """plan.runs fresh interpreters running cpython_ways.py ARGS; their JSON answers."""
        progress(f"CPython: {' '.join(map(str, args))}, {self.plan.runs} fresh interpreter"
                 + ("" if self.plan.runs == 1 else "s"))
        answers = []
        for run in range(1, self.plan.runs + 1):
            answer = self.python_once(list(map(str, args)))
            if answer is None:
                PROBLEMS.append(f"CPython `{' '.join(map(str, args))}`, run {run}: failed (see stderr)")
            else:
                self.versions.add(f"{answer['implementation']} {answer['python']}")
                answers.append(answer)
        return answers

    def python_once(self, args):
        # a session of its own, so a timeout ends the multiprocessing.Pool's workers too
        child = subprocess.Popen([self.python, WAYS] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, start_new_session=True)
        try:
            stdout, stderr = child.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
            progress(f"    python {' '.join(args)}: no answer in {self.timeout} s; killed")
            return None
        finally:
            try:
                os.killpg(child.pid, signal.SIGKILL)  # anything it left behind
            except ProcessLookupError:
                pass
        if child.returncode != 0:
            progress(f"    python {' '.join(args)} exited with {child.returncode}: {stderr.strip()[-600:]}")
            return None
        return json.loads(stdout.strip().splitlines()[-1])


def ratio(lab_speed, python_speed):
    if not lab_speed or not python_speed:
        return "n/a"
    r = lab_speed / python_speed
    faster = "lab faster" if r >= 1.005 else "CPython faster" if r < 0.995 else "even"
    return f"**{r:,.2f}×** ({faster})"


def seconds_text(values):
    return "n/a" if not values else f"{median(values):.3f}"


def waits_section(measure, plan):
    delay = plan.delay
    rows, runs = [], []

    def row(size, lab_path, lab_values, python_label, python_answers):
        py = [a["seconds"] for a in python_answers]
        lab_median, py_median = median(lab_values), median(py)
        rows.append([f"`{lab_path}` ↔ {python_label}", f"{size:,} × {delay:g} s",
                     seconds_text(lab_values), seconds_text(py),
                     ratio(1 / lab_median if lab_median else None, 1 / py_median if py_median else None),
                     "n/a" if lab_median is None or py_median is None
                     else f"{(lab_median - delay) * 1000:,.0f} / {(py_median - delay) * 1000:,.0f}"])
        runs.append([f"`{lab_path}` ↔ {python_label}, {size:,}",
                     " / ".join(f"{v:.3f}" for v in lab_values), " / ".join(f"{v:.3f}" for v in py),
                     f"{max(a['peak_rss_mb'] for a in python_answers):,.0f}" if python_answers else "n/a"])

    for size in plan.gather_sizes:
        gathers = measure.python_runs("gather", size, delay)
        for path in ("/io-bound/async", "/io-bound/virtual-threads"):
            progress(f"lab {path}, {size:,} × {delay:g} s: {plan.warmups} warm-up + {plan.runs} measured")
            lab = measure.lab_seconds(path, {"iterations": size, "delay": delay})
            row(size, path, lab, "`asyncio.gather`", gathers)
    for size in plan.pool_sizes:
        pools = measure.python_runs("thread-pool", size, delay)
        progress(f"lab /io-bound/threading, {size:,} × {delay:g} s: {plan.warmups} warm-up + {plan.runs} measured")
        lab = measure.lab_seconds("/io-bound/threading", {"iterations": size, "delay": delay})
        row(size, "/io-bound/threading", lab, f"`ThreadPoolExecutor({size:,})`", pools)
    out(f"### Waits: {delay:g} s each, wall time")
    out()
    out("`asyncio.gather` of that many `asyncio.sleep` coroutines (the seed's async way) beside the lab's "
        "non-blocking and virtual-thread methods; a `ThreadPoolExecutor` with one thread per wait (the seed's "
        "threading way) beside `io-bound/threading`, which starts one platform thread per task, at sizes up to "
        "`lab.limits.platform-threads` (1,000). *Beyond the wait* is the median wall time minus the delay: "
        "what making, scheduling and collecting the waits cost.")
    out()
    table(["what", "waits", "lab (s)", "CPython (s)", "lab ÷ CPython speed", "beyond the wait, lab / CPython (ms)"],
          rows)
    return runs


def compute_section(measure, plan, workers):
    tasks, lab_steps, py_steps = plan.tasks, plan.lab_steps, plan.python_steps
    progress(f"checking the Python hash chain: lab /cpu-bound/sequential with {tasks} × {py_steps:,} steps")
    check, _ = measure.lab.post("/cpu-bound/sequential", {"iterations": tasks, "work": py_steps})
    if check.get("status") != "completed":
        raise LabError(f"cpu-bound/sequential for the check answered status {check.get('status')}")
    expected = check["result"]
    ways = [("sequential", "/cpu-bound/sequential", "one thread", ["sequential", tasks, py_steps]),
            ("threads", "/cpu-bound/threading", f"`ThreadPoolExecutor({workers})`",
             ["threads", tasks, py_steps, workers]),
            ("processes", "/cpu-bound/multiprocessing", f"`multiprocessing.Pool({workers})`",
             ["processes", tasks, py_steps, workers])]
    python = {}
    for name, _, label, args in ways:
        answers = measure.python_runs(*args)
        for answer in answers:
            if answer["result"] != expected:
                raise SystemExit(f"the Python hash chain ({name}) gave {answer['result']}, the lab {expected} "
                                 f"for {tasks} tasks × {py_steps} steps")
        python[name] = answers
    rows, runs, lab_sps, py_sps = [], [], {}, {}
    body = {"iterations": tasks, "work": lab_steps, "workers": workers}
    pairs = [(path, label, name) for name, path, label, _ in ways]
    pairs.append(("/cpu-bound/gil-simulated", f"`ThreadPoolExecutor({workers})`", "threads"))
    for path, label, name in pairs:
        progress(f"lab {path}, {tasks} × {lab_steps:,} steps: {plan.warmups} warm-up + {plan.runs} measured")
        lab = measure.lab_seconds(path, body)
        py = [a["seconds"] for a in python[name]]
        lab_sps[path] = tasks * lab_steps / median(lab) if lab else None
        py_sps[path] = tasks * py_steps / median(py) if py else None
        runs.append([f"`{path}` ↔ {label}", " / ".join(f"{v:.3f}" for v in lab),
                     " / ".join(f"{v:.3f}" for v in py),
                     f"{max(a['peak_rss_mb'] for a in python[name]):,.0f}" if python[name] else "n/a"])
    base_lab, base_py = lab_sps["/cpu-bound/sequential"], py_sps["/cpu-bound/sequential"]
    for (path, label, _), run in zip(pairs, runs):
        speedup = lambda sps, base: "n/a" if not sps or not base else f"{sps / base:.2f}"
        rows.append([f"`{path}` ↔ {label}", f"{tasks} × {lab_steps:,} / {tasks} × {py_steps:,}",
                     millions(lab_sps[path]), millions(py_sps[path]), ratio(lab_sps[path], py_sps[path]),
                     f"{speedup(lab_sps[path], base_lab)} / {speedup(py_sps[path], base_py)}"])
    out(f"### Computing: the SplitMix64 hash chain, steps per second, {workers} workers")
    out()
    checked = sum(len(answers) for answers in python.values())
    out(f"The lab's `HashChain` in pure Python (`scripts/cpython_ways.py`), {tasks} tasks, with {lab_steps // py_steps:,} "
        f"times fewer steps per task in CPython; the result of each of the {checked} Python runs equals the lab's "
        f"for the same tasks and steps ({expected}). Times include starting the pool (child JVMs in the lab, worker processes "
        f"in Python). `gil-simulated` is the lab's imitation of CPython's threads, so it sits beside them too.")
    out()
    table(["what", "tasks × steps, lab / CPython", "lab (M steps/s)", "CPython (M steps/s)", "lab ÷ CPython speed",
           "speedup over sequential, lab / CPython"], rows)
    return runs


def millions(steps_per_second):
    return "n/a" if not steps_per_second else f"{steps_per_second / 1e6:,.2f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://localhost:18080", help="the lab to measure")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a check that the script works")
    parser.add_argument("--runs", type=int, help="measured runs per figure (default 3; 1 with --quick)")
    parser.add_argument("--python", default="python3", help="the Python to measure (default: python3 on PATH)")
    parser.add_argument("--gather-sizes", help="comma-separated asyncio.gather sizes instead of the plan's")
    parser.add_argument("--timeout", type=float, default=300, help="seconds one Python measurement may take")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    if args.runs:
        plan.runs = args.runs
    if args.gather_sizes:
        plan.gather_sizes = [int(size) for size in args.gather_sizes.split(",") if size]

    out("## CPython beside the lab")
    out()
    if args.quick:
        out("*Quick mode: tiny sizes, one run each; a check that the script works, not figures to quote.*")
        out()
    python = shutil.which(args.python)
    if python is None:
        out(f"Not measured: `{args.python}` was not found, so there is no CPython to compare with.")
        return 0
    started = time.perf_counter()
    lab = Lab(args.url.rstrip("/"))
    try:
        metrics = lab.get("/metrics/system")
        workers = metrics["host"]["logical_cores"]
        measure = Measure(lab, python, plan, args.timeout)
        wait_runs = waits_section(measure, plan)
        compute_runs = compute_section(measure, plan, workers)
    except LabError as e:
        progress(f"ERROR: {e}")
        return 1
    finally:
        lab.close()
    out("Each figure is the median of "
        + (f"{plan.runs} runs" if plan.runs > 1 else "1 run")
        + f" per side: lab runs after {plan.warmups} unmeasured warm-up "
        + ("run" if plan.warmups == 1 else "runs") + " of the same request, each CPython run in a fresh "
        "interpreter. Every run:")
    out()
    table(["what", "lab runs (s)", "CPython runs (s)", "CPython peak RSS (MB)"], wait_runs + compute_runs)
    out(f"- CPython: {', '.join(sorted(measure.versions)) or 'n/a'} (`{python}`); the lab: JVM "
        f"{metrics['jvm']['version']} at {lab.url}; {workers} logical cores; "
        f"{datetime.datetime.now().astimezone().isoformat(timespec='seconds')}.")
    if PROBLEMS:
        out(f"- Left out of the medians ({len(PROBLEMS)}):")
        for problem in PROBLEMS:
            out(f"  - {problem}")
    if args.quick:
        out("- **Quick mode**: tiny sizes and one run each, a check that the script works; "
            "these figures are not to be quoted.")
    out(f"- Measured in {time.perf_counter() - started:.0f} s.")
    out()
    return 1 if any(problem.startswith("CPython") for problem in PROBLEMS) else 0


if __name__ == "__main__":
    sys.exit(main())
