#!/usr/bin/env bash
# Determinism: the same inputs through every face — Rust (the CLI's --json), C (libminzheng),
# Java (examples/java over JNA) and JavaScript (the npm package under Node) — give the same
# JSON, byte for byte in the canonical form (RELIABILITY.md, "Determinism"): UTF-8, object keys
# sorted by code point, no whitespace between tokens, strings unescaped except where JSON
# requires, integers as written (no face emits a float). Also checks that C's and Java's raw
# strings are byte-identical (they are the library's own serialisation) and that a second C run
# gives the same bytes.
# Inputs: the power list, the sample households, 20 disclosure cases (examples/data) and every
# case of tests/vectors/calendar_add.json.
# Usage: tests/determinism.sh [CLI] [LIBMINZHENG_SO]; last line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cli=${1:-$root/target/release/minzheng}
so=${2:-$root/target/release/libminzheng.so}
[ -x "$cli" ] && [ -f "$so" ] || cargo build --quiet --release -p minzheng-cli -p minzheng-c
[ -d bindings-wasm/npm/node_modules ] || (cd bindings-wasm/npm && npm install --no-audit --no-fund --loglevel=error)
[ -f bindings-wasm/pkg/node.js ] || bindings-wasm/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import json, sys, os
work = sys.argv[1]
jobs = [("power.check", "examples/data/power-list.json", "2026-06-01")]
hh = [open("examples/data/household-sample.json", encoding="utf-8").read()]
hh += [l for l in open("examples/data/households-sample.jsonl", encoding="utf-8").read().splitlines() if l.strip()]
for i, h in enumerate(hh):
    p = f"{work}/household-{i}.json"
    open(p, "w", encoding="utf-8").write(h)
    jobs.append(("evaluate", p, "2026-06-01"))
cases = {}
for l in open("examples/data/requests-2025.jsonl", encoding="utf-8").read().splitlines():
    if l.strip():
        cases.setdefault(json.loads(l)["case"], []).append(l)
for i, (case, lines) in enumerate(list(cases.items())[:20]):
    p = f"{work}/case-{i}.jsonl"
    open(p, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    jobs.append(("replay", p, "2025-12-31"))
adds = [f'{c["date"]} {c["n"]}' for c in json.load(open("tests/vectors/calendar_add.json"))["cases"]]
open(f"{work}/adds.txt", "w").write("\n".join(adds) + "\n")
jobs.append(("calendar.add", f"{work}/adds.txt", "2026-06-01"))
open(f"{work}/jobs.tsv", "w").write("".join("\t".join(j) + "\n" for j in jobs))
PY

fail() { echo "FAIL determinism: $*"; }
# C, twice.
mkdir -p "$work/lib" && ln -sf "$so" "$work/lib/libminzheng.so" && ln -sf "$so" "$work/lib/libminzheng.so.0"
gcc -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Werror -O1 -I bindings-c/include tests/determinism/c_run.c \
  -L "$work/lib" -lminzheng -Wl,-rpath,"$work/lib" -o "$work/c_run" || { echo "0 passed, 1 failed"; exit 1; }
"$work/c_run" "$work/jobs.tsv" examples/data >"$work/c.out"
"$work/c_run" "$work/jobs.tsv" examples/data >"$work/c2.out"
# Java.
jna=/usr/share/java/jna.jar
mkdir -p "$work/java/linux-x86-64" && cp "$so" "$work/java/linux-x86-64/libminzheng.so"
javac --release 8 -nowarn -cp "$jna" -d "$work/java" $(find examples/java/src/main/java -name '*.java') \
  tests/determinism/Determinism.java && java -cp "$work/java:$jna" Determinism "$work/jobs.tsv" examples/data >"$work/java.out"
# JavaScript under Node.
node tests/determinism/node_run.mjs "$work/jobs.tsv" examples/data >"$work/node.out"
# Rust, through the command line.
python3 tests/determinism/cli_run.py "$cli" "$work/jobs.tsv" >"$work/cli.out"

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
jobs = [l.split("\t") for l in open(f"{work}/jobs.tsv").read().splitlines()]
def canon(text):
    def no_float(o):
        if isinstance(o, float): raise ValueError("a float")
        if isinstance(o, dict): [no_float(v) for v in o.values()]
        if isinstance(o, list): [no_float(v) for v in o]
    v = json.loads(text)
    no_float(v)
    return json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
faces = {}
for face in ["c", "c2", "java", "node", "cli"]:
    lines = open(f"{work}/{face}.out", encoding="utf-8").read().splitlines()
    faces[face] = lines
passed = failed = 0
for i, job in enumerate(jobs):
    name = f"{job[0]} {job[1].split('/')[-1]}"
    problems = []
    raw = {f: (l[i] if i < len(l) else None) for f, l in faces.items()}
    if any(v is None for v in raw.values()):
        problems.append("missing output from " + ",".join(f for f, v in raw.items() if v is None))
    else:
        if raw["c"] != raw["c2"]: problems.append("C differs from itself between runs")
        if raw["c"] != raw["java"]: problems.append("C and Java raw strings differ")
        try:
            can = {f: canon(v) for f, v in raw.items()}
        except ValueError as e:
            problems.append(f"not canonical JSON: {e}")
            can = {}
        if can and "error" in json.loads(raw["c"]) and len(raw["c"]) < 40:
            problems.append(f"C refused it: {raw['c']}")
        for f in ["java", "node", "cli"]:
            if can and can[f] != can["c"]:
                a, b = can["c"], can[f]
                k = next((j for j in range(min(len(a), len(b))) if a[j] != b[j]), min(len(a), len(b)))
                problems.append(f"{f} differs from C at byte {k}: C …{a[max(0,k-60):k+60]}… {f} …{b[max(0,k-60):k+60]}…")
    if problems:
        failed += 1
        print(f"FAIL determinism {name}: " + "; ".join(problems))
    else:
        passed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
