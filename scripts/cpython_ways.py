#!/usr/bin/env python3
"""The seed's own Python ways, on the lab's work: one measurement per process.

    python3 scripts/cpython_ways.py gather N DELAY           asyncio.gather of N asyncio.sleep(DELAY)
    python3 scripts/cpython_ways.py thread-pool N DELAY      ThreadPoolExecutor(N) of N time.sleep(DELAY)
    python3 scripts/cpython_ways.py sequential TASKS STEPS   the hash chain, one task after another
    python3 scripts/cpython_ways.py threads TASKS STEPS WORKERS      ... on ThreadPoolExecutor(WORKERS)
    python3 scripts/cpython_ways.py processes TASKS STEPS WORKERS    ... on multiprocessing.Pool(WORKERS)

Prints one JSON line: the way, its wall time in seconds (from before the first task is made
until the last has answered, pool start-up included, as the lab's `duration` does), the
result (for the hash chain, the lab's `result` for the same tasks and steps), the peak RSS
and the Python version. scripts/bench_python.py starts one fresh interpreter per
measurement, so no heap, pool or warm cache carries over from one to the next.

The hash chain is the lab's HashChain (src/main/java/org/concurrency/lab/cpubound/
HashChain.java): task t starts at 0x9E3779B97F4A7C15 * (t + 1) and takes STEPS SplitMix64
steps; the run's result is the XOR of every task's digest, shifted right by 11 bits. Java's
long arithmetic wraps at 64 bits; here every product and sum is masked to 64 bits.
"""

import asyncio
import json
import multiprocessing
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor

MASK = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15


def seed(task):
    return (GOLDEN * (task + 1)) & MASK


def digest(task_and_steps):
    """HashChain.digest: STEPS SplitMix64 steps from the task's seed (>>> is >> on a masked int)."""
    task, steps = task_and_steps
    x = seed(task)
    for _ in range(steps):
        x = (x + GOLDEN) & MASK
        x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK
        x ^= x >> 31
    return x


def result(digests):
    """HashChain.combine over every digest, then HashChain.result (53 bits)."""
    combined = 0
    for d in digests:
        combined ^= d
    return combined >> 11


# The lab's answers for small runs (POST /cpu-bound/sequential {"iterations": 2, "work": W}),
# checked on every start so a wrong port fails before anything is measured.
# bench_python.py also checks every run's result against the lab's for the same tasks and steps.
LAB_RESULTS = {(2, 1): 3685118149670404, (2, 3): 6701017941256045}


def hash_chain(way, tasks, steps, workers):
    work = [(task, steps) for task in range(tasks)]
    if way == "sequential":
        return [digest(w) for w in work]
    if way == "threads":
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(digest, work))
    with multiprocessing.Pool(processes=workers) as pool:
        return pool.map(digest, work)


async def gather(n, delay):
    async def wait(i):
        await asyncio.sleep(delay)
        return i

    return len(await asyncio.gather(*(wait(i) for i in range(n))))


def thread_pool(n, delay):
    def wait(i):
        time.sleep(delay)
        return i

    with ThreadPoolExecutor(max_workers=n) as pool:
        return len(list(pool.map(wait, range(n))))


def main(argv):
    way, size = argv[0], int(argv[1])
    for (tasks, steps), expected in LAB_RESULTS.items():
        got = result(digest((t, steps)) for t in range(tasks))
        assert got == expected, f"hash chain differs from the lab's: {got} != {expected}"
    start = time.perf_counter()
    if way == "gather":
        answer = asyncio.run(gather(size, float(argv[2])))
    elif way == "thread-pool":
        answer = thread_pool(size, float(argv[2]))
    elif way in ("sequential", "threads", "processes"):
        workers = int(argv[3]) if len(argv) > 3 else 1
        answer = result(hash_chain(way, size, int(argv[2]), workers))
    else:
        raise SystemExit(f"unknown way: {way}")
    seconds = time.perf_counter() - start
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"way": way, "seconds": seconds, "result": answer, "peak_rss_mb": peak_kb / 1024,
                      "python": sys.version.split()[0], "implementation": sys.implementation.name}))


if __name__ == "__main__":
    main(sys.argv[1:])
