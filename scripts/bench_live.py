#!/usr/bin/env python3
"""Benchmarks of what issue 10 added: live runs, thread states and the page.

    scripts/bench_live.py --java JAVA --jar JAR [--quick] [--port PORT]

Starts the lab (java -jar) three times, one after the other, and always stops it again:
  1. as shipped (thread states on, lab.limits.watched-threads=128): the engine's overhead
     for a one-task run, 100,000 virtual threads x 1 s, 100 platform threads x 0.2 s
     (all 100 watched), and the latency of the first Server-Sent Event;
  2. with thread states off (lab.limits.watched-threads=0): the same runs, for the
     difference;
  3. with lab.limits.timeline-entries=10000: the page in headless Chromium (Debian's
     chromium and chromium-driver, driven over the WebDriver protocol, nothing
     downloaded), from the Run click until 10,000 task bars are drawn.
Prints a Markdown report on stdout; progress on stderr.
"""

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def progress(message):
    print(f"[bench-live] {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Lab:
    """One lab server, started with extra properties, stopped with SIGTERM."""

    def __init__(self, java, jar, port, properties):
        self.url = f"http://127.0.0.1:{port}"
        self.port = port
        self.log = tempfile.NamedTemporaryFile(prefix="bench-live-", suffix=".log", delete=False)
        args = [java, "-jar", jar, f"--server.port={port}"] + [f"--{key}={value}" for key, value in properties.items()]
        self.process = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the lab exited; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.url + "/actuator/health", timeout=1) as response:
                    if b'"UP"' in response.read():
                        return
            except OSError:
                pass
            time.sleep(0.1)
        raise SystemExit(f"the lab was not UP after 120 s; see {self.log.name}")

    def post(self, path, body):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        connection.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        report = json.loads(connection.getresponse().read())
        connection.close()
        return report

    def first_event_ms(self, path, body):
        """Milliseconds from sending the request to reading its first event's data line."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        start = time.perf_counter()
        connection.request("POST", path, json.dumps(body),
                           {"Content-Type": "application/json", "Accept": "text/event-stream",
                            "Connection": "close"})
        response = connection.getresponse()
        first = None
        while True:
            line = response.readline()
            if not line:
                break
            if first is None and line.startswith(b"data:"):
                first = (time.perf_counter() - start) * 1000
        connection.close()
        return first

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(30)
        os.unlink(self.log.name)


def engine_figures(lab, plan):
    """The runs measured with thread states on and off."""
    figures = {}
    one = {"iterations": 1, "delay": 0}
    for _ in range(plan["warmups"]):
        lab.post("/io-bound/sequential", one)
    overhead = [lab.post("/io-bound/sequential", one)["duration_ms"] for _ in range(plan["overhead_runs"])]
    figures["overhead_p50"] = statistics.median(overhead)
    figures["overhead_p90"] = percentile(overhead, 0.9)
    vt = {"iterations": plan["vt_tasks"], "delay": 1.0}
    lab.post("/io-bound/virtual-threads", vt)
    walls = []
    for _ in range(plan["vt_runs"]):
        report = lab.post("/io-bound/virtual-threads", vt)
        assert report["status"] == "completed", report["note"]
        walls.append(report["duration"])
        figures["vt_states"] = report.get("thread_states", {})
    figures["vt_wall"] = statistics.median(walls)
    threads = {"iterations": 100, "delay": 0.2}
    lab.post("/io-bound/threading", threads)
    walls = []
    for _ in range(plan["vt_runs"]):
        report = lab.post("/io-bound/threading", threads)
        walls.append(report["duration_ms"])
        figures["threads_lanes"] = len((report.get("thread_states") or {}).get("workers") or [])
    figures["threads_wall"] = statistics.median(walls)
    return figures


class Browser:
    """Headless Chromium through chromedriver's WebDriver HTTP API."""

    def __init__(self):
        driver = shutil.which("chromedriver")
        chromium = shutil.which("chromium")
        if not driver or not chromium:
            raise RuntimeError("chromium and chromedriver are needed (apt install chromium chromium-driver)")
        self.port = free_port()
        self.process = subprocess.Popen([driver, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        capabilities = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"]}}}}
        self.session = self.call("POST", "/session", capabilities)["sessionId"]
        self.call("POST", f"/session/{self.session}/timeouts", {"script": 180_000, "pageLoad": 60_000})

    def call(self, method, path, body=None):
        for attempt in range(50):
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                                 data=json.dumps(body).encode() if body is not None else None,
                                                 headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=200) as response:
                    return json.loads(response.read())["value"]
            except urllib.error.URLError as ex:
                if attempt == 49 or not isinstance(getattr(ex, "reason", None), ConnectionRefusedError):
                    raise
                time.sleep(0.1)

    def open(self, url):
        self.call("POST", f"/session/{self.session}/url", {"url": url})

    def run_script(self, script):
        return self.call("POST", f"/session/{self.session}/execute/async", {"script": script, "args": []})

    def close(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.process.terminate()
            self.process.wait(10)


# In the page: fill the form, click Run, and time until `tasks` task bars are drawn.
DRAW_SCRIPT = """
const done = arguments[arguments.length - 1];
const tasks = %d, delay = %s;
const waitFor = (test, ms) => new Promise((resolve, reject) => {
  const t0 = performance.now();
  (function poll() {
    if (test()) resolve(); else if (performance.now() - t0 > ms) reject(new Error('timed out'));
    else requestAnimationFrame(poll);
  })();
});
const set = (name, value) => {
  const input = document.querySelector('[name="' + name + '"]');
  input.value = String(value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('change', {bubbles: true}));
};
(async () => {
  await waitFor(() => document.querySelector('[name="iterations"]') && document.querySelector('.run-button'), 30000);
  set('iterations', tasks);
  set('delay', delay);
  const shown = () => document.querySelector('.reports .report');
  const before = shown() ? shown().dataset.runId : null;
  const t0 = performance.now();
  document.querySelector('.run-button').click();
  // a new run's report, its bars all drawn
  await waitFor(() => shown() && shown().dataset.runId && shown().dataset.runId !== before
    && shown().querySelectorAll('rect.task').length >= tasks, 170000);
  done({drawn_ms: performance.now() - t0, run_id: shown().dataset.runId});
})().catch((error) => done({error: String(error)}));
"""


def page_figures(lab, tasks, delay, runs):
    browser = Browser()
    try:
        results = []
        for _ in range(runs):
            browser.open("about:blank")
            browser.open(lab.url + "/#/io-bound/virtual-threads")
            value = browser.run_script(DRAW_SCRIPT % (tasks, delay))
            if "error" in value:
                raise RuntimeError("the page: " + value["error"])
            with urllib.request.urlopen(f"{lab.url}/runs/{value['run_id']}") as response:
                run = json.loads(response.read())
            results.append((value["drawn_ms"], run["duration"] * 1000))
        return results
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--java", required=True)
    parser.add_argument("--jar", required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--page-only", action="store_true", help="measure only the page")
    args = parser.parse_args()
    plan = {"warmups": 20, "overhead_runs": 200, "vt_tasks": 100_000, "vt_runs": 3, "sse_runs": 50, "page_runs": 3}
    if args.quick:
        plan = {"warmups": 3, "overhead_runs": 20, "vt_tasks": 1_000, "vt_runs": 1, "sse_runs": 5, "page_runs": 1}
    figures = {}
    for label, properties in () if args.page_only else (("on", {}), ("off", {"lab.limits.watched-threads": 0})):
        progress(f"thread states {label}: starting the lab")
        lab = Lab(args.java, args.jar, free_port(), properties)
        try:
            progress(f"thread states {label}: engine overhead, virtual threads, platform threads")
            figures[label] = engine_figures(lab, plan)
            if label == "on":
                progress("first Server-Sent Event latency")
                body = {"iterations": 1, "delay": 0}
                for _ in range(plan["warmups"]):
                    lab.first_event_ms("/io-bound/sequential", body)
                figures["sse"] = [lab.first_event_ms("/io-bound/sequential", body) for _ in range(plan["sse_runs"])]
        finally:
            lab.stop()
    tasks = 10_000 if not args.quick else 1_000
    progress(f"the page: {tasks:,} task bars")
    lab = Lab(args.java, args.jar, free_port(), {"lab.limits.timeline-entries": tasks})
    try:
        page = page_figures(lab, tasks, 1.0, plan["page_runs"])
    finally:
        lab.stop()

    print("## Live runs, thread states and the page")
    print()
    print(f"`{' '.join(sys.argv)}`{' (quick: figures not to quote)' if args.quick else ''}")
    print()
    if not args.page_only:
        engine_report(plan, figures)
    print(f"The page (headless Chromium, 1280×900), `io-bound/virtual-threads` with {tasks:,} tasks × 1 s and "
          f"`lab.limits.timeline-entries={tasks}`: from the Run click until the new run's report is drawn with "
          f"its {tasks:,} task bars.")
    print()
    print("| run | click → bars drawn | the run's own wall time | the page's share |")
    print("|---|---|---|---|")
    for number, (drawn, wall) in enumerate(page, 1):
        print(f"| {number} | {drawn:.0f} ms | {wall:.0f} ms | {drawn - wall:.0f} ms |")


def engine_report(plan, figures):
    on, off = figures["on"], figures["off"]
    print("| measure | thread states on | off | difference |")
    print("|---|---|---|---|")
    print(f"| one-task run, `duration_ms` p50 ({plan['overhead_runs']} runs) | {on['overhead_p50']:.2f} ms | "
          f"{off['overhead_p50']:.2f} ms | {on['overhead_p50'] - off['overhead_p50']:+.2f} ms |")
    print(f"| one-task run, `duration_ms` p90 | {on['overhead_p90']:.2f} ms | {off['overhead_p90']:.2f} ms | "
          f"{on['overhead_p90'] - off['overhead_p90']:+.2f} ms |")
    print(f"| {plan['vt_tasks']:,} virtual threads × 1 s, wall (median of {plan['vt_runs']}) | {on['vt_wall']:.3f} s | "
          f"{off['vt_wall']:.3f} s | {on['vt_wall'] - off['vt_wall']:+.3f} s |")
    print(f"| 100 platform threads × 0.2 s, `duration_ms` ({on['threads_lanes']} lanes watched) | "
          f"{on['threads_wall']:.1f} ms | {off['threads_wall']:.1f} ms | {on['threads_wall'] - off['threads_wall']:+.1f} ms |")
    print()
    skipped = on["vt_states"].get("skipped", "")
    print(f"With {plan['vt_tasks']:,} threads the states are skipped: \"{skipped}\".")
    print()
    sse = figures["sse"]
    print(f"First Server-Sent Event (`started`) of `POST /io-bound/sequential` with `Accept: text/event-stream`, "
          f"from sending the request to reading its data line, {len(sse)} runs: "
          f"p50 **{statistics.median(sse):.2f} ms**, p90 {percentile(sse, 0.9):.2f} ms.")
    print()


if __name__ == "__main__":
    main()
