#!/usr/bin/env python3
"""The coverage table of the C API: every public function of the core (free functions and
methods, found in core/src) has one row in bindings-c/COVERAGE.md naming the C function(s)
that reach it, or "not exposed: <reason>"; every C function of the header appears in the
table. A core addition without a row, a row for a function that is gone, or a C function
missing from the table fails `--check`. `--update` adds rows for new core functions (marked
"TODO") and drops rows for functions that are gone, keeping every other row as written.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "bindings-c" / "COVERAGE.md"
HEADER = ROOT / "bindings-c" / "include" / "minzheng.h"

IMPL = re.compile(r"^impl(?:<[^>]*>)?\s+(?:[\w:]+(?:<[^>]*>)?\s+for\s+)?([A-Z]\w*)")
FN = re.compile(r"^(\s*)pub (?:const )?fn (\w+)")


def core_functions():
    """`module::name` for free functions, `module::Type::name` for methods."""
    out = set()
    for path in sorted((ROOT / "core" / "src").rglob("*.rs")):
        rel = path.relative_to(ROOT / "core" / "src")
        if path.name == "tests.rs" or "tests" in rel.parts:
            continue
        module = rel.parts[0].removesuffix(".rs") if len(rel.parts) > 1 else rel.stem
        if module == "lib":
            module = "crate"
        current = None
        in_tests = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#[cfg(test)]"):
                in_tests = True
            if in_tests:
                continue
            m = IMPL.match(line)
            if m:
                current = m.group(1)
                continue
            if line.startswith("}"):
                current = None
                continue
            m = FN.match(line)
            if not m:
                continue
            indent, name = m.groups()
            if indent == "":
                out.add(f"{module}::{name}")
            elif current and len(indent) == 4:
                out.add(f"{module}::{current}::{name}")
    return out


def read_table():
    rows = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\| `([\w:]+)` \| (.*) \|$", line)
        if m:
            rows[m.group(1)] = m.group(2)
    return rows


def header_functions():
    return set(re.findall(r"\b(minzheng_\w+)\(", HEADER.read_text(encoding="utf-8")))


def main():
    core = core_functions()
    rows = read_table()
    if "--update" in sys.argv:
        text = TABLE.read_text(encoding="utf-8")
        head, _, _ = text.partition("\n| core function | C face |")
        merged = {k: rows.get(k, "TODO") for k in core}
        body = "\n".join(f"| `{k}` | {v} |" for k, v in sorted(merged.items()))
        TABLE.write_text(head + "\n| core function | C face |\n|---|---|\n" + body + "\n",
                         encoding="utf-8")
        return 0
    problems = []
    for k in sorted(core - rows.keys()):
        problems.append(f"core function without a row: {k}")
    for k in sorted(rows.keys() - core):
        problems.append(f"row for a function the core no longer has: {k}")
    for k, v in sorted(rows.items()):
        if "TODO" in v or not v.strip():
            problems.append(f"row without a decision: {k}")
        if not (v.startswith("not exposed") or re.search(r"minzheng_\w+", v)):
            problems.append(f"row neither names a C function nor says why not: {k}")
    named = set(re.findall(r"minzheng_\w+", TABLE.read_text(encoding="utf-8")))
    for f in sorted(header_functions() - named):
        problems.append(f"C function not in the table: {f}")
    for f in sorted(named - header_functions()):
        problems.append(f"table names a C function the header lacks: {f}")
    for p in problems:
        print(p)
    exposed = sum(1 for v in rows.values() if not v.startswith("not exposed"))
    print(f"{len(core)} core functions: {exposed} reached from C, {len(rows) - exposed} not exposed"
          f" (with the reason); {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
