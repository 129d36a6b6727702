"""CPython reference for cpu-bound/gil-simulated: the same kind of hash chain in pure Python,
four tasks run one after another and then on two threads. Run: python3 scripts/cpython_gil.py"""
import time, sys
from concurrent.futures import ThreadPoolExecutor
M = (1 << 64) - 1
def task(seed, steps=400_000):
    x = seed
    for _ in range(steps):
        x = (x + 0x9E3779B97F4A7C15) & M
        x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & M
    return x
def run(workers):
    t = time.perf_counter()
    if workers == 0:
        r = [task(i) for i in range(4)]
    else:
        with ThreadPoolExecutor(workers) as ex:
            r = list(ex.map(task, range(4)))
    return time.perf_counter() - t
print(sys.version.split()[0])
for rep in range(3):
    s = run(0); t = run(2)
    print(f"sequential {s:.3f} s, 2 threads {t:.3f} s, speedup {s/t:.2f}")
