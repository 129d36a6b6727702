#!/usr/bin/env python3
"""Compares two snapshots made by blackbox_snapshot.py: OpenAPI field facts, statuses, params,
report shapes and error answers, endpoint by endpoint; prints each difference and their count.
Usage: python3 scripts/blackbox_compare.py BEFORE.json AFTER.json [path prefix ...]
"""
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2])); prefixes = tuple(sys.argv[3:])
diffs = 0
def show(path, what, x, y):
    global diffs; diffs += 1
    print(f"{path} {what}:\n   base {json.dumps(x)[:600]}\n   new  {json.dumps(y)[:600]}")
for path in sorted(set(a) | set(b)):
    if path == "index" or (prefixes and not path.startswith(prefixes)): continue
    if path not in b: show(path, "missing in new", a[path]["summary"], None); continue
    if path not in a: show(path, "new path", None, b[path]["summary"]); continue
    A, B = a[path], b[path]
    for k in ("summary", "tags", "body_description", "fields", "unknown", "nulljson", "empty_json_ct"):
        if A.get(k) != B.get(k): show(path, k, A.get(k), B.get(k))
    na, nb = A["nobody"], B["nobody"]
    if na[:3] != nb[:3]: show(path, "no-body status/params", na[:3], nb[:3])
    if na[3] != nb[3]: show(path, "no-body report shape", na[3], nb[3])
    for k in sorted(set(A["bad"]) | set(B["bad"])):
        if A["bad"].get(k) != B["bad"].get(k): show(path, "bad " + k, A["bad"].get(k), B["bad"].get(k))
print(diffs, "differences")
