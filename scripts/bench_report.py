#!/usr/bin/env python3
"""Concurrency Lab benchmarks: the measuring half of scripts/bench.sh.

Runs the experiments against a lab that is already up and prints a Markdown report to
stdout (progress goes to stderr). bench.sh builds the jar, finds a JDK 25, starts the
server, measures its start-up and hands those figures over with --startup.

    python3 scripts/bench_report.py --url http://localhost:18080 [--quick]
            [--startup bench-out/startup.tsv] [--java /path/to/java] [--command "..."]

Every figure below is measured after warm-up: the same request first runs a few times
unmeasured, because the JIT changes the results a lot (100,000 virtual threads take about
2 s cold and 1.3 s warm). Every report's "status" is checked; anything not "completed" is
listed in the report and left out of the medians.
"""

import argparse
import datetime
import http.client
import json
import math
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass


# ---------------------------------------------------------------------------------------
# What to run
# ---------------------------------------------------------------------------------------

@dataclass
class Plan:
    warmups: int                # unmeasured runs before each measured figure
    vt_sizes: list              # io-bound virtual threads: task counts
    vt_runs: int                # measured runs per task count
    io_compare_bodies: list     # io-bound compare: request bodies (None = the default body)
    cpu_compare_body: dict      # cpu-bound compare: request body (None = the default body)
    cpu_compare_runs: int
    child_jvm_runs: int
    overhead_runs: int
    overhead_warmups: int
    litmus_runs: int = 20       # memory-model/store-buffering at its defaults, per mode


FULL = Plan(warmups=2, vt_sizes=[10_000, 100_000, 1_000_000], vt_runs=5,
            io_compare_bodies=[None, {"iterations": 200, "delay": 0.02}],
            cpu_compare_body=None, cpu_compare_runs=3,
            child_jvm_runs=15, overhead_runs=200, overhead_warmups=20)

# --quick: a check that everything works in well under a minute; not figures to quote
QUICK = Plan(warmups=1, vt_sizes=[100, 1000], vt_runs=2,
             io_compare_bodies=[{"iterations": 5, "delay": 0.1}, {"iterations": 20, "delay": 0.1}],
             cpu_compare_body={"iterations": 4, "work": 4_000_000}, cpu_compare_runs=2,
             child_jvm_runs=5, overhead_runs=20, overhead_warmups=5, litmus_runs=3)

VT_DELAY = 1.0            # seconds each virtual thread waits
HEAP_POLL_SECONDS = 0.05  # how often GET /metrics/system is polled during a run
HTTP_TIMEOUT_SECONDS = 120  # longer than the lab's 30 s deadline plus its grace period

PYTHON_ASYNCIO = ("CPython's `asyncio.gather` on the same waits, measured in the same run: "
                  "*CPython beside the lab*, after this report (scripts/bench_python.py).")


# ---------------------------------------------------------------------------------------
# Talking to the lab
# ---------------------------------------------------------------------------------------

class LabError(Exception):
    """The lab could not be reached or answered something other than a report."""


class Lab:
    """One kept-alive HTTP connection to the lab; every call answers parsed JSON."""

    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.url = url
        self.host = parts.hostname
        self.port = parts.port or 80
        self.prefix = parts.path.rstrip("/")
        self.connection = None

    def get(self, path):
        return self.request("GET", path)[0]

    def post(self, path, body=None):
        """POSTs body as JSON (none at all for None) and answers (report, client round-trip ms)."""
        return self.request("POST", path, body)

    def request(self, method, path, body=None):
        payload = None if body is None else json.dumps(body).encode()
        headers = {"Accept": "application/json"}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        reconnected = False
        busy_retries = 0
        while True:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port,
                                                             timeout=HTTP_TIMEOUT_SECONDS)
            try:
                start = time.perf_counter()
                self.connection.request(method, self.prefix + path, body=payload, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                round_trip_ms = (time.perf_counter() - start) * 1000
            except ConnectionRefusedError:
                self.close()
                raise LabError(f"nothing answers at {self.url} (connection refused): "
                               f"did the server die? See bench-out/server.log") from None
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as e:
                self.close()
                if not reconnected:  # the server may have closed an idle kept-alive connection
                    reconnected = True
                    continue
                raise LabError(f"the lab dropped {method} {path} ({e}): "
                               f"did the server die? See bench-out/server.log") from None
            except TimeoutError:
                self.close()
                raise LabError(f"{method} {path} got no answer in {HTTP_TIMEOUT_SECONDS} s") from None
            if response.status == 429 and busy_retries < 10:  # too many experiments at once
                busy_retries += 1
                wait = float(response.getheader("Retry-After") or 1)
                progress(f"    the lab is busy (429); trying again in {wait:g} s")
                time.sleep(wait)
                continue
            if response.status != 200:
                raise LabError(f"{method} {path} {json.dumps(body) if body else ''} answered HTTP "
                               f"{response.status}: {data[:600].decode(errors='replace')}")
            return json.loads(data), round_trip_ms

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


class HeapWatch:
    """While open, polls GET /metrics/system every 50 ms (on its own connection, in a
    background thread) and keeps every jvm.heap_used_mb it sees."""

    def __init__(self, url):
        self.lab = Lab(url)
        self.samples = []
        self.error = None
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        self.thread.join()
        self.lab.close()
        if self.error is not None and exc[0] is None:
            raise self.error

    def _poll(self):
        next_poll = time.perf_counter()
        while not self.stopping.is_set():
            try:
                self.samples.append(self.lab.get("/metrics/system")["jvm"]["heap_used_mb"])
            except LabError as e:
                self.error = e
                return
            next_poll += HEAP_POLL_SECONDS
            self.stopping.wait(max(0.0, next_poll - time.perf_counter()))


# ---------------------------------------------------------------------------------------
# Bookkeeping: status checks, statistics, output
# ---------------------------------------------------------------------------------------

PROBLEMS = []   # every report (or compare run) whose status was not "completed"
CHECKED = 0     # how many statuses were checked


def completed(status_holder, what, expected_reason=None):
    """True if the report (or one run of a compare) completed; otherwise notes it down."""
    global CHECKED
    CHECKED += 1
    status = status_holder.get("status")
    if status == "completed":
        return True
    line = f"{what}: status **{status}**: {status_holder.get('note', '')}"
    if expected_reason:
        line += f" *(expected: {expected_reason})*"
    PROBLEMS.append(line)
    return False


def median(values):
    return statistics.median(values) if values else None


def p90(values):
    """The 90th percentile by nearest rank: the smallest value that 90 % of the values do not exceed."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def fmt(value, digits=3, suffix=""):
    return "n/a" if value is None else f"{value:,.{digits}f}{suffix}"


def out(line=""):
    """One line of the Markdown report (stdout, flushed so a failed run still leaves a partial report)."""
    print(line, flush=True)


def progress(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def table(header, rows):
    out("| " + " | ".join(header) + " |")
    out("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        out("| " + " | ".join(str(cell) for cell in row) + " |")
    out()


def warm_up(lab, path, body, times):
    for _ in range(times):
        lab.post(path, body)


def body_text(body):
    return "default body" if body is None else json.dumps(body)


# ---------------------------------------------------------------------------------------
# The sections of the report
# ---------------------------------------------------------------------------------------

def header(args, lab, plan, metrics):
    out("# Concurrency Lab benchmarks")
    out()
    cpu_model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu_model = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        nproc = subprocess.run(["nproc"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        nproc = str(os.cpu_count())
    if args.java:
        version = subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr
        java = f"`{args.java}`: {version.splitlines()[0] if version else '?'}"
    else:
        java = "the already-running server's (not started by this script)"
    out(f"- Date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}")
    out(f"- `nproc`: {nproc} (the lab sees {metrics['host']['logical_cores']} logical cores)")
    out(f"- CPU: {cpu_model}")
    out(f"- Java: {java}; the server's JVM reports {metrics['jvm']['version']}")
    out(f"- Command: `{args.command or ' '.join(sys.argv)}`")
    out(f"- Server: {lab.url}" + (" (**quick mode**: small sizes, figures not comparable to the targets)"
                                 if args.quick else ""))
    times = lambda n: f"{n} time" + ("" if n == 1 else "s")
    out(f"- Warm-up: before each measured figure the same request ran {times(plan.warmups)} unmeasured "
        f"({times(plan.overhead_warmups)} for the engine overhead), so the JIT has compiled the hot paths.")
    out()


def startup_section(args):
    """Figures measured by bench.sh: launch until /actuator/health said UP, the jar as built
    (`java -jar`) and the fastest way (scripts/run.sh). Returns the fast way's median."""
    out("## 1. Server start-up (`java -jar`, and `scripts/run.sh`)")
    out()
    if not args.startup:
        out("Not measured: the script used a server that was already running (`--url`).")
        out()
        return None
    rows, up_seconds = [], {}
    with open(args.startup) as f:
        for line in f:
            run, up_ms, started, running, how = (line.rstrip("\n").split("\t") + ["", "", "", ""])[:5]
            how = {"jar": "java -jar target/…jar", "fast": "scripts/run.sh"}.get(how, how or "java -jar")
            up_seconds.setdefault(how, []).append(int(up_ms) / 1000)
            rows.append([how, run, fmt(int(up_ms) / 1000), started or "n/a", running or "n/a"])
    for how, seconds in up_seconds.items():
        rows.append([f"**median, {how}**", "", f"**{fmt(median(seconds))}**", "", ""])
    out("Launch until `GET /actuator/health` answers UP (polled every 50 ms), and Spring's own "
        "`Started LabApplication in X seconds (process running for Y)` line.")
    out()
    table(["how", "run", "launch → UP (s)", "Spring: started in (s)", "process running for (s)"], rows)
    fast = up_seconds.get("scripts/run.sh") or next(iter(up_seconds.values()), [])
    return median(fast) if fast else None


def virtual_threads_section(lab, plan):
    out(f"## 2. io-bound, virtual threads, delay {VT_DELAY} s")
    out()
    out("Each run: `POST /io-bound/virtual-threads` with `{\"iterations\": N, \"delay\": 1.0}`. "
        "\"Heap for it\" is the highest `jvm.heap_used_mb` seen while the run was going "
        "(`GET /metrics/system` polled every 50 ms) minus the value just before the run. "
        "`cpu_time_ms` is the whole server process's CPU time, so it includes answering those polls "
        "(roughly 15 ms each on a 2-core machine); from 100,000 tasks on nothing is polled, and the "
        "heap is the report's `heap.used_mb_when_all_started`, the heap in use once every thread had started "
        "(such a run collects the heap first, so there is no \"before\" to subtract). \"all started\" and "
        "\"last done\" are the report's `phases` (ms since the first task began to start); \"GCs\" are "
        "the collections during the run (`heap.collections`, `heap.collection_ms`).")
    out()
    medians = {}
    for size in plan.vt_sizes:
        body = {"iterations": size, "delay": VT_DELAY}
        progress(f"virtual threads, {size:,} tasks: {plan.warmups} warm-up + {plan.vt_runs} measured runs")
        warm_up(lab, "/io-bound/virtual-threads", body, plan.warmups)
        rows, walls, heaps = [], [], []
        for run in range(1, plan.vt_runs + 1):
            heap_before = lab.get("/metrics/system")["jvm"]["heap_used_mb"]
            if size >= 100_000:
                # the run collects the heap before it starts (from 100,000 tasks on), so "minus
                # the value before" would subtract garbage: the heap in use once every thread
                # had started is the figure; and polling would take a share of the two cores
                report, _ = lab.post("/io-bound/virtual-threads", body)
                samples = []
                heap_for_it = (report.get("heap") or {}).get("used_mb_when_all_started")
            else:
                with HeapWatch(lab.url) as watch:
                    report, _ = lab.post("/io-bound/virtual-threads", body)
                samples = watch.samples
                heap_for_it = max(samples) - heap_before if samples else None
            phases = report.get("phases") or {}
            heap = report.get("heap") or {}
            ok = completed(report, f"virtual threads, {size:,} tasks, run {run}")
            if ok:
                walls.append(report["duration"])
                if heap_for_it is not None:
                    heaps.append(heap_for_it)
            rows.append([run, report["status"], fmt(report["duration"]),
                         fmt(report["duration"] / VT_DELAY, 2), fmt(report["cpu_time_ms"], 0),
                         fmt(phases.get("all_started_ms"), 0), fmt(phases.get("last_done_ms"), 0),
                         f"{heap.get('collections', '?')} ({heap.get('collection_ms', '?')} ms)",
                         fmt(heap_for_it, 1), len(samples)])
        rows.append(["**median**", "", f"**{fmt(median(walls))}**",
                     fmt(median(walls) / VT_DELAY if walls else None, 2), "", "", "", "",
                     f"**{fmt(median(heaps), 1)}**", ""])
        out(f"### {size:,} tasks")
        out()
        table(["run", "status", "wall (s)", "wall ÷ delay", "cpu_time_ms", "all started (ms)", "last done (ms)",
               "GCs", "heap for it (MB)", "heap samples"], rows)
        live = live_heap(lab, body)
        if live is not None:
            out()
            out(f"Live heap while the {size:,} virtual threads were parked: **{fmt(live, 1)} MB** "
                "(one more, untimed run: a full GC before it and another 0.6 s into it, with `jcmd GC.run`, "
                "so garbage is not counted; this is what holding them costs).")
            out()
        medians[size] = (median(walls), live if live is not None else median(heaps))
    out(PYTHON_ASYNCIO)
    out()
    return medians


ARGS = None  # the parsed command line, set by main()


def live_heap(lab, body):
    """Heap that stays in use while the run's virtual threads are parked: a full GC (jcmd)
    before the run and another 0.6 s into it, heap read after each. None without --pid."""
    if not (ARGS.pid and ARGS.jcmd):
        return None

    def gc_then_heap():
        subprocess.run([ARGS.jcmd, str(ARGS.pid), "GC.run"], check=True, capture_output=True)
        return lab.get("/metrics/system")["jvm"]["heap_used_mb"]

    before = gc_then_heap()
    result = {}
    runner = threading.Thread(target=lambda: result.update(report=Lab(lab.url).post("/io-bound/virtual-threads", body)[0]))
    runner.start()
    time.sleep(0.6 if body["iterations"] < 1_000_000 else 0.9)  # once every thread has started
    probe = Lab(lab.url)
    try:
        subprocess.run([ARGS.jcmd, str(ARGS.pid), "GC.run"], check=True, capture_output=True)
        during = probe.get("/metrics/system")["jvm"]["heap_used_mb"]
    finally:
        probe.close()
    runner.join()
    completed(result.get("report", {}), "live-heap run")
    return during - before


def io_compare_section(lab, plan):
    out("## 3. io-bound compare")
    out()
    out("`POST /io-bound/compare`: every method on the same waits. *Speedup* is the lab's own "
        "(sequential ÷ this method); *vs. sum of waits* is iterations × delay ÷ this method, "
        "which still means something when sequential ran out of time.")
    out()
    for body in plan.io_compare_bodies:
        iterations = (body or {}).get("iterations", 5)
        delay = (body or {}).get("delay", 1.0)
        progress(f"io-bound compare, {body_text(body)}: warm-up of the concurrent methods, then 1 measured run")
        # Warm up each concurrent method on its own: warming the whole compare would mostly
        # wait for the sequential part (1,000 × 1 s cannot even finish in the deadline).
        for method in ("threading", "async", "virtual-threads"):
            if method == "threading" and iterations > 1000:
                continue
            warm_up(lab, f"/io-bound/{method}", body, plan.warmups)
        report, _ = lab.post("/io-bound/compare", body)
        completed(report, f"io-bound compare ({body_text(body)})")
        sum_of_waits = iterations * delay
        rows = []
        for run in report["runs"]:
            expected = None
            if run["method"] == "sequential" and sum_of_waits > 25:
                expected = f"{iterations:,} waits of {delay:g} s one after another do not fit in the 30 s deadline"
            if run["status"] != "skipped":
                completed(run, f"io-bound compare ({body_text(body)}), {run['method']}", expected)
            threads = run.get("threads") or {}
            rows.append([run["method"], run["status"], fmt(run["duration"]),
                         fmt(run.get("speedup"), 2),
                         fmt(sum_of_waits / run["duration"], 1) if run["duration"] > 0 else "n/a",
                         threads.get("platform_started", "n/a"), threads.get("virtual_started", "n/a")])
        out(f"### {body_text(body)} ({iterations:,} tasks × {delay:g} s); fastest: {report.get('fastest')}")
        out()
        table(["method", "status", "duration (s)", "speedup", "vs. sum of waits",
               "platform threads started", "virtual threads started"], rows)


def cpu_compare_section(lab, plan, cores):
    body = plan.cpu_compare_body
    out("## 4. cpu-bound compare")
    out()
    progress(f"cpu-bound compare, {body_text(body)}: {plan.warmups} warm-up + {plan.cpu_compare_runs} measured runs")
    warm_up(lab, "/cpu-bound/compare", body, plan.warmups)
    by_method = {}  # method -> list of its runs, one per compare
    workers = None
    for number in range(1, plan.cpu_compare_runs + 1):
        report, _ = lab.post("/cpu-bound/compare", body)
        completed(report, f"cpu-bound compare, run {number}")
        workers = report["params"]["workers"]
        for run in report["runs"]:
            if run["status"] == "skipped" or completed(run, f"cpu-bound compare run {number}, {run['method']}"):
                by_method.setdefault(run["method"], []).append(run)
    out(f"`POST /cpu-bound/compare` ({body_text(body)}: {workers} workers), run {plan.cpu_compare_runs} "
        f"times; **cores = {cores}**. Speedup is over sequential; a perfect parallel method "
        f"reaches speedup = cores, i.e. speedup ÷ cores = 1.")
    out()
    rows, median_speedups = [], {}
    for method, runs in by_method.items():
        speedups = [r["speedup"] for r in runs if r.get("speedup") is not None]
        median_speedups[method] = median(speedups)
        rows.append([method,
                     " / ".join(fmt(r["duration"]) for r in runs),
                     fmt(median([r["duration"] for r in runs])),
                     " / ".join(fmt(s, 2) for s in speedups),
                     f"**{fmt(median(speedups), 2)}**",
                     fmt(median(speedups) / cores if speedups else None, 2),
                     fmt(median([r["cpu_time_ms"] for r in runs]), 0)])
    table(["method", "durations (s)", "median duration (s)", "speedups", "median speedup",
           "speedup ÷ cores", "median cpu_time_ms"], rows)
    return median_speedups


def child_jvm_section(lab, plan):
    body = {"iterations": 1, "workers": 1, "work": 1}
    out("## 5. Child-JVM start latency")
    out()
    progress(f"child JVMs: {plan.warmups} warm-up + {plan.child_jvm_runs} measured runs")
    warm_up(lab, "/cpu-bound/multiprocessing", body, plan.warmups)
    to_main, round_trip = [], []
    for run in range(1, plan.child_jvm_runs + 1):
        report, _ = lab.post("/cpu-bound/multiprocessing", body)
        if completed(report, f"child JVM, run {run}") and report["processes"]["startup_ms"]:
            to_main.append(report["processes"]["startup_ms"][0])
            round_trip.append(report["duration_ms"])
    out(f"{plan.child_jvm_runs} runs of `POST /cpu-bound/multiprocessing` {json.dumps(body)}: one child JVM "
        f"that computes almost nothing.")
    out()
    table(["measure", "median (ms)", "p90 (ms)"], [
        ["launch → child's main() running (`processes.startup_ms[0]`)", fmt(median(to_main), 1), fmt(p90(to_main), 1)],
        ["launch → answered → exited (the run's `duration_ms`)", fmt(median(round_trip), 1), fmt(p90(round_trip), 1)],
    ])
    return median(to_main)


def overhead_section(lab, plan):
    body = {"iterations": 1, "delay": 0}
    out("## 6. Engine overhead")
    out()
    progress(f"engine overhead: {plan.overhead_warmups} warm-up + {plan.overhead_runs} measured runs")
    warm_up(lab, "/io-bound/sequential", body, plan.overhead_warmups)
    engine_ms, client_ms = [], []
    for run in range(1, plan.overhead_runs + 1):
        report, round_trip_ms = lab.post("/io-bound/sequential", body)
        if completed(report, f"engine overhead, run {run}"):
            engine_ms.append(report["duration_ms"])
            client_ms.append(round_trip_ms)
    out(f"{plan.overhead_runs} runs of `POST /io-bound/sequential` {json.dumps(body)}: one task that does not "
        f"wait, so the report's `duration_ms` is the engine's own cost per experiment (main thread, "
        f"measurement, clean-up). The client round trip is timed in Python on a kept-alive connection.")
    out()
    table(["measure", "p50 (ms)", "p90 (ms)"], [
        ["report `duration_ms` (engine overhead)", fmt(median(engine_ms), 2), fmt(p90(engine_ms), 2)],
        ["client HTTP round trip", fmt(median(client_ms), 2), fmt(p90(client_ms), 2)],
    ])
    return median(engine_ms)


def litmus_section(lab, plan):
    out("## 7. Litmus tests (memory-model)")
    out()
    progress(f"litmus: {plan.litmus_runs} runs of store-buffering, plain and volatile")
    figures = {}
    rows = []
    for mode in ("plain", "volatile"):
        shown, rates = 0, []
        for run in range(1, plan.litmus_runs + 1):
            report, _ = lab.post("/memory-model/store-buffering", {"mode": mode})
            if completed(report, f"store-buffering {mode}, run {run}"):
                zero_zero = next(o["count"] for o in report["outcomes"] if o["outcome"] == "0, 0")
                shown += zero_zero > 0
                rates.append(report["samples_per_second"])
        figures[mode] = (shown, median(rates))
        rows.append([mode, f"{shown} of {plan.litmus_runs}", fmt(median(rates) / 1e6 if rates else None, 1)])
    out(f"{plan.litmus_runs} runs per mode of `POST /memory-model/store-buffering` at its defaults (a 1 s "
        f"budget, two actors): in how many runs `(0, 0)` was seen, and the median samples a second.")
    out()
    table(["mode", "runs showing (0, 0)", "median samples/s (millions)"], rows)
    return figures


def status_section():
    out("## 8. Status checks")
    out()
    if not PROBLEMS:
        out(f"All {CHECKED} reports and compare runs checked had status `completed`.")
    else:
        out(f"{len(PROBLEMS)} of {CHECKED} reports and compare runs checked did not complete "
            f"(they are left out of the medians):")
        out()
        for problem in PROBLEMS:
            out(f"- {problem}")
    out()


def targets_section(quick, plan, cores, startup, vt, cpu, child_to_main, overhead, litmus):
    out("## 9. Targets")
    out()
    if quick:
        out("*Quick mode: the sizes are smaller than the targets assume; read these as a smoke test only.*")
        out()
    small, large = plan.vt_sizes[:2]
    million = plan.vt_sizes[2] if len(plan.vt_sizes) > 2 else None
    rows = []

    def check(name, figure, passes, threshold, shown):
        result = "n/a" if figure is None else ("PASS" if passes(figure) else "**MISS**")
        rows.append([name, threshold, shown(figure) if figure is not None else "not measured", result])

    seconds = lambda v: f"{v:.3f} s"
    check(f"io VT {small:,} tasks, median wall", vt[small][0], lambda v: v <= 1.10, "≤ 1.10 s", seconds)
    check(f"io VT {large:,} tasks, median wall", vt[large][0], lambda v: v <= 1.5, "≤ 1.5 s", seconds)
    check(f"io VT {large:,} tasks, heap (live while parked, else in use once all started)", vt[large][1], lambda v: v <= 300, "≤ 300 MB",
          lambda v: f"{v:.1f} MB")
    if million:
        check(f"io VT {million:,} tasks, median wall", vt[million][0], lambda v: v <= 2.5, "≤ 2.5 s", seconds)
    for method, factor in (("threading", 0.9), ("fork-join", 0.9), ("multiprocessing", 0.75)):
        check(f"cpu {method}, median speedup", cpu.get(method), lambda v, f=factor: v >= f * cores,
              f"≥ {factor} × cores = {factor * cores:.2f}", lambda v: f"{v:.2f}")
    check("cpu gil-simulated, median speedup", cpu.get("gil-simulated"), lambda v: v <= 1.1,
          "≤ 1.1 (CPython ≈ 1.0)", lambda v: f"{v:.2f}")
    check("child JVM launch → main, median", child_to_main, lambda v: v <= 100, "≤ 100 ms",
          lambda v: f"{v:.1f} ms")
    check("server up (`scripts/run.sh`: extracted, AOT cache), median", startup, lambda v: v <= 4.0, "≤ 4 s",
          seconds)
    check("engine overhead, p50 of `duration_ms`", overhead, lambda v: v <= 5, "≤ 5 ms",
          lambda v: f"{v:.2f} ms")
    runs = plan.litmus_runs
    check("store-buffering plain, runs showing (0, 0)", litmus["plain"][0], lambda v: v >= runs - runs // 20,
          f"≥ {runs - runs // 20} of {runs}", lambda v: f"{v} of {runs}")
    check("store-buffering volatile, runs showing (0, 0)", litmus["volatile"][0], lambda v: v == 0, "0",
          lambda v: f"{v} of {runs}")
    check("litmus harness, median samples/s", litmus["plain"][1], lambda v: v >= 1_000_000, "≥ 1,000,000",
          lambda v: f"{v:,.0f}")
    table(["target", "threshold", "figure", "result"], rows)


# ---------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://localhost:18080", help="the lab to measure")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke test of the script")
    parser.add_argument("--startup", help="bench.sh's start-up figures (TSV: run, launch→UP ms, started s, running s)")
    parser.add_argument("--java", help="the java binary the server was started with (for the header)")
    parser.add_argument("--command", help="the command line to show in the header")
    parser.add_argument("--pid", type=int, help="the server's pid, to measure the live heap with jcmd")
    parser.add_argument("--jcmd", help="the jcmd binary of the server's JDK")
    global ARGS
    ARGS = parser.parse_args()
    args = ARGS
    plan = QUICK if args.quick else FULL
    started = time.perf_counter()

    lab = Lab(args.url.rstrip("/"))
    try:
        metrics = lab.get("/metrics/system")
        cores = metrics["host"]["logical_cores"]
        header(args, lab, plan, metrics)
        startup = startup_section(args)
        vt = virtual_threads_section(lab, plan)
        io_compare_section(lab, plan)
        cpu = cpu_compare_section(lab, plan, cores)
        child_to_main = child_jvm_section(lab, plan)
        overhead = overhead_section(lab, plan)
        litmus = litmus_section(lab, plan)
        status_section()
        targets_section(args.quick, plan, cores, startup, vt, cpu, child_to_main, overhead, litmus)
        out(f"*Measured in {time.perf_counter() - started:.0f} s.*")
    except LabError as e:
        progress(f"ERROR: {e}")
        return 1
    except KeyboardInterrupt:
        progress("interrupted")
        return 130
    finally:
        lab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
