#!/usr/bin/env python3
"""Posts bad and edge values to every field of every experiment a running lab documents.

For each POST endpoint in /v3/api-docs with a JSON body, and each property of that body, it
sends -1, 0, 10**12, "x", 1.5, null and true (one field at a time, the rest defaulted) and
reports any answer that is a 5xx, or a 200 whose run neither completed nor timed out. The
lab's promise: bad input gets a clear 4xx, never a 5xx. Usage: python3 scripts/probe_inputs.py
[base URL, default http://localhost:8080]; takes a few minutes (the valid values really run).
"""
import json
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
docs = json.load(urllib.request.urlopen(BASE + "/v3/api-docs"))
schemas = docs["components"]["schemas"]
def post(path, body):
    req = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()[:200]
bad = []
count = 0
for path, ops in sorted(docs["paths"].items()):
    op = ops.get("post")
    if not op or "requestBody" not in op:
        continue
    ref = op["requestBody"]["content"]["application/json"]["schema"].get("$ref")
    if not ref:
        continue
    props = schemas[ref.split("/")[-1]].get("properties", {})
    for name, prop in props.items():
        for value in (-1, 0, 10**12, "x", 1.5, None, True):
            status, body = post(path, {name: value})
            count += 1
            if status >= 500 or (status == 200 and body.get("status") not in ("completed", "timed_out")):
                bad.append((path, name, value, status, str(body)[:200]))
print(count, "requests;", len(bad), "bad")
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
