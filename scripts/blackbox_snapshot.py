#!/usr/bin/env python3
"""Black-box snapshot of a running lab, to compare two builds of it with blackbox_compare.py.

For every POST endpoint in /v3/api-docs it records: the OpenAPI facts of each body field
(default, minimum, maximum, example, description), the answer to no body (status, params and
the report's shape), to an unknown field, to a JSON null and to an empty body, and the answer
to each field set to -1, 10**12 and "x". Usage: python3 scripts/blackbox_snapshot.py BASE_URL
OUT.json [path prefix ...]; it takes a few minutes (the default runs really run).
"""
import json, sys, urllib.request, urllib.error
BASE, OUT = sys.argv[1], sys.argv[2]
PREFIXES = tuple(sys.argv[3:])
def req(path, body=None, raw=None, ctype="application/json", method="POST"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    headers = {"Content-Type": ctype} if ctype and data is not None else {}
    r = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(r, timeout=90) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as e:
        txt = e.read().decode()
        try: return e.code, json.loads(txt)
        except Exception: return e.code, txt[:300]
def shape(v):
    if isinstance(v, dict): return {k: shape(x) for k, x in sorted(v.items())}
    if isinstance(v, list): return [shape(v[0])] if v else []
    return type(v).__name__
docs = json.load(urllib.request.urlopen(BASE + "/v3/api-docs"))
schemas = docs["components"]["schemas"]
out = {"index": req("/", method="GET")[1]}
def resolve(ref): return schemas[ref.split("/")[-1]]
fields = {}
for path, ops in sorted(docs["paths"].items()):
    op = ops.get("post")
    if not op: continue
    if PREFIXES and not path.startswith(PREFIXES): continue
    entry = {"summary": op.get("summary"), "tags": op.get("tags")}
    rb = op.get("requestBody")
    props = {}
    if rb:
        sch = rb["content"]["application/json"]["schema"]
        s = resolve(sch["$ref"]) if "$ref" in sch else sch
        entry["body_description"] = s.get("description")
        for n, p in s.get("properties", {}).items():
            props[n] = {k: p.get(k) for k in ("default", "minimum", "maximum", "example", "description", "enum", "type", "exclusiveMinimum", "format")}
    entry["fields"] = props
    st, body = req(path)
    entry["nobody"] = [st, body.get("status") if isinstance(body, dict) else body, body.get("params") if isinstance(body, dict) else None, shape(body) if st == 200 else body]
    entry["unknown"] = req(path, {"no_such_field": 1})
    entry["nulljson"] = req(path, raw=b"null")[0]
    entry["empty_json_ct"] = req(path, raw=b"")[0]
    bad = {}
    for n in props:
        for v in (-1, 10**12, "x"):
            st, b = req(path, {n: v})
            bad[n + "=" + json.dumps(v)] = [st, b.get("errors") if isinstance(b, dict) and st != 200 else (b.get("status") if isinstance(b, dict) else b)]
    entry["bad"] = bad
    out[path] = entry
    print(path, entry["nobody"][0], file=sys.stderr)
json.dump(out, open(OUT, "w"), indent=1, sort_keys=True)
