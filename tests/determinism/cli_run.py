#!/usr/bin/env python3
"""The Rust face of tests/determinism.sh, through the command line's --json: one line of JSON
per job (see c_run.c). The CLI wraps some results (an evaluation with its refusal notices, the
replayed cases in a list); the wrapped value is taken, as it comes from the same core type."""
import json, subprocess, sys

cli, jobs = sys.argv[1], sys.argv[2]
PROFILE = "examples/data/profile-sample-city.json"


def run(args):
    p = subprocess.run([cli, "--json"] + args, capture_output=True, text=True)
    try:
        return json.loads(p.stdout)
    except json.JSONDecodeError:
        return {"error": p.returncode, "stderr": p.stderr.strip()[:200]}


for line in open(jobs).read().splitlines():
    kind, path, day = line.split("\t")
    if kind == "power.check":
        out = run(["power", "check", path])
    elif kind == "evaluate":
        out = run(["eligibility", "evaluate", "--profile", PROFILE, "--household", path, "--date", day])
        out = out.get("evaluation", out)
    elif kind == "replay":
        out = run(["request", "replay", path, "--today", day])
        out = out["cases"][0] if out.get("cases") else out
    elif kind == "calendar.add":
        out = []
        for l in open(path).read().splitlines():
            d, n = l.split()
            r = run(["calendar", "add", d, n])
            out.append(r.get("result", r.get("error")))
    else:
        out = {"error": "unknown kind"}
    print(json.dumps(out, ensure_ascii=False, separators=(",", ":")))
