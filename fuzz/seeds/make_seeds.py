#!/usr/bin/env python3
"""Writes the seed corpus of the parser fuzz targets (fuzz/corpus/<target>/) from
examples/data and tests/vectors: small excerpts, each prefixed by the selector byte that picks
the parser inside the target (see core/tests/parser_invariants/mod.rs). Run from the
repository root; rerunning rewrites the same files."""
import hashlib, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
def rd(p): return open(os.path.join(ROOT, p), encoding="utf-8").read()

def put(target, sel, text):
    data = (bytes([sel]) if sel is not None else b"") + text.encode("utf-8")
    d = os.path.join(ROOT, "fuzz", "corpus", target)
    os.makedirs(d, exist_ok=True)
    name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
    open(os.path.join(d, name), "wb").write(data)

# calendar: 0 data file, 1 replacement load, 2 overlay, 3 period overrides
cal = json.loads(rd("core/data/cn_holidays.json"))
for y in ["2025", "2026"]:
    one = json.dumps({"years": {y: cal["years"][y]}}, ensure_ascii=False)
    put("calendar", 0, one); put("calendar", 1, one)
put("calendar", 2, json.dumps({"name": "示例市地方节日", "rest_days": [
    {"date": "2026-03-03", "name": "三月三", "basis": "示例市人民政府通知"}]}, ensure_ascii=False))
put("calendar", 3, json.dumps({"jurisdiction": "郑州市", "overrides": [{"id": "dibao.total",
    "period": {"amount": 25, "unit": "working_days"},
    "basis": {"instrument": "某办法", "article": "第一条", "confidence": "v2"}}]}, ensure_ascii=False))

# eligibility: 0 profile JSON, 1 profile TOML, 2 household JSON, 3 households CSV
put("eligibility", 0, rd("examples/data/profile-sample-city.json"))
put("eligibility", 1, rd("examples/data/profile-sample-county.toml"))
put("eligibility", 2, rd("examples/data/household-sample.json"))
for line in rd("examples/data/households-sample.jsonl").splitlines()[:3]:
    put("eligibility", 2, line)
put("eligibility", 3, rd("examples/data/households-sample.csv"))
put("eligibility", 3, rd("examples/data/crosscheck/households.csv"))

# power: 0 JSON (the first items), 1 TOML
pl = json.loads(rd("examples/data/power-list.json"))
for n in [1, 3]:
    put("power", 0, json.dumps(dict(pl, items=pl["items"][:n]), ensure_ascii=False))
put("power", 1, rd("examples/data/power-list-excerpt.toml"))

# logs: 0 disclosure requests, 1 window cases (first lines)
req = rd("examples/data/requests-2025.jsonl").splitlines()
put("logs", 0, "\n".join(req[:12])); put("logs", 0, "\n".join(req[40:60]))
win = rd("examples/data/window-cases-2025.jsonl").splitlines()
put("logs", 1, "\n".join(win[:15])); put("logs", 1, "\n".join(win[200:215]))

# crosscheck: 0 JSON lines, 1 CSV
put("crosscheck", 0, rd("examples/data/crosscheck/records/public_payroll.jsonl"))
for f in ["social_insurance.csv", "tax.csv", "vehicles.csv"]:
    put("crosscheck", 1, "\n".join(rd("examples/data/crosscheck/records/" + f).splitlines()[:8]))

# identifiers: every vector
for c in json.loads(rd("tests/vectors/identifiers.json"))["cases"]:
    v = c.get("value")
    if isinstance(v, str):
        put("identifiers", None, v)

# annual report input
put("annual_report", None, rd("examples/data/report-input-2025.json"))

# c_abi: op byte, two little-endian i32 (a, b), then up to three strings separated by NUL
import struct
def abi(op, a, b, *strings):
    d = os.path.join(ROOT, "fuzz", "corpus", "c_abi")
    os.makedirs(d, exist_ok=True)
    data = bytes([op]) + struct.pack("<ii", a, b) + b"\0".join(s.encode("utf-8") for s in strings)
    open(os.path.join(d, "seed-" + hashlib.sha1(data).hexdigest()[:16]), "wb").write(data)
y2027 = json.dumps({"years": {"2027": dict(cal["years"]["2026"], notice="x")}}, ensure_ascii=False)
abi(0, 20261001, 5)
abi(0, 20260101, -3, y2027.replace("2026-", "2027-"))
abi(1, 20261020, 20261105, "", "dibao.total")
abi(1, 20260301, 0x00A00001, json.dumps({"jurisdiction": "郑州市", "overrides": [{"id": "dibao.total",
    "period": {"amount": 25, "unit": "working_days"},
    "basis": {"instrument": "某办法", "article": "第一条", "confidence": "v2"}}]}, ensure_ascii=False), "dibao.total")
for c in json.loads(rd("tests/vectors/identifiers.json"))["cases"][:8]:
    abi(2, 20260101, 0, c["value"])
small = json.dumps(dict(pl, items=pl["items"][:2]), ensure_ascii=False)
abi(3, 0, 0, small, pl["items"][0].get("code", "x"))
abi(4, 20251231, 1, "\n".join(req[:12]), rd("examples/data/report-input-2025.json"))
abi(5, 20250701, 3, "\n".join(win[:15]), small)
abi(6, 20260601, 1, rd("examples/data/profile-sample-city.json"), rd("examples/data/household-sample.json"))
abi(7, 0, 0, "序号,事项名称,类别\n1,社会团体成立登记,行政许可\n")
