#!/usr/bin/env python3
"""The one coverage table of the faces (COVERAGE.md at the root): every public function of the
core (free functions and methods, found in core/src) has one row naming the C function(s) and
the JavaScript export(s) that reach it, or "not exposed: <reason>" for each face.

`--check` (the default) fails on drift: a public core function without a row, a row for a
function the core no longer has, a cell without a decision (TODO or empty), a C function of
bindings-c/include/minzheng.h or an export of the npm package (bindings-wasm/ts/minzheng.d.ts
and bindings-wasm/package/index.d.ts, both committed and checked for staleness by the faces'
scripts) missing from the table, or a table naming a C function or an export that does not
exist.

`--update` adds rows (marked TODO) for new core functions and drops the rows of functions that
are gone, keeping every other row as written. `--import-c FILE` takes the C column of every row
of an old-style two-column table (`| core function | C face |`, as bindings-c/COVERAGE.md was)
into this one, for merging work done on that file.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "COVERAGE.md"
HEADER = ROOT / "bindings-c" / "include" / "minzheng.h"
JS_TYPES = [ROOT / "bindings-wasm" / "ts" / "minzheng.d.ts",
            ROOT / "bindings-wasm" / "package" / "index.d.ts"]
TABLE_HEAD = "| core function | C face | JavaScript face |\n|---|---|---|\n"

IMPL = re.compile(r"^impl(?:<[^>]*>)?\s+(?:[\w:]+(?:<[^>]*>)?\s+for\s+)?([A-Z]\w*)")
FN = re.compile(r"^(\s*)pub (?:const )?fn (\w+)")
ROW = re.compile(r"^\| `([\w:]+)` \| (.*?) \| (.*?) \|$")
JS_OWN = re.compile(r"^Exports the JavaScript package adds of its own: (.*)$", re.M)


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


def read_rows(path=TABLE):
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            rows[m.group(1)] = [m.group(2), m.group(3)]
    return rows


def write_rows(rows):
    text = TABLE.read_text(encoding="utf-8")
    head, _, _ = text.partition(TABLE_HEAD)
    body = "".join(f"| `{k}` | {c} | {j} |\n" for k, (c, j) in sorted(rows.items()))
    TABLE.write_text(head + TABLE_HEAD + body, encoding="utf-8")


def header_functions():
    return set(re.findall(r"\b(minzheng_\w+)\(", HEADER.read_text(encoding="utf-8")))


def js_exports():
    names = set()
    for path in JS_TYPES:
        names |= set(re.findall(r"^\s*export (?:declare )?(?:function|class) (\w+)",
                                path.read_text(encoding="utf-8"), re.M))
    return names


def exposed(cell):
    return not cell.startswith("not exposed")


def js_names(cell):
    """The exports a JavaScript cell names: the backticked identifiers of an exposed cell."""
    return set(re.findall(r"`(\w+)`", cell)) if exposed(cell) else set()


def check():
    core = core_functions()
    rows = read_rows()
    text = TABLE.read_text(encoding="utf-8")
    problems = []
    for k in sorted(core - rows.keys()):
        problems.append(f"core function without a row: {k} (run tests/coverage.py --update)")
    for k in sorted(rows.keys() - core):
        problems.append(f"row for a function the core no longer has: {k}")
    lines = [m.group(1) for m in map(ROW.match, text.splitlines()) if m]
    if lines != sorted(lines):
        problems.append("rows are not sorted by core function (run tests/coverage.py --update)")
    for k, (c, j) in sorted(rows.items()):
        for face, cell in (("C", c), ("JavaScript", j)):
            if "TODO" in cell or not cell.strip():
                problems.append(f"row without a decision for {face}: {k}")
        if exposed(c) and not re.search(r"minzheng_\w+", c):
            problems.append(f"C cell neither names a C function nor says why not: {k}")
        if exposed(j) and not js_names(j):
            problems.append(f"JavaScript cell neither names an export nor says why not: {k}")
    c_named = set(re.findall(r"minzheng_\w+", text))
    header = header_functions()
    for f in sorted(header - c_named):
        problems.append(f"C function not in the table: {f}")
    for f in sorted(c_named - header):
        problems.append(f"table names a C function the header lacks: {f}")
    js_named = set().union(*(js_names(j) for _, j in rows.values()))
    own = JS_OWN.search(text)
    if own:
        js_named |= set(re.findall(r"`(\w+)`", own.group(1)))
    exports = js_exports()
    for f in sorted(exports - js_named):
        problems.append(f"JavaScript export not in the table: {f}")
    for f in sorted(js_named - exports):
        problems.append(f"table names a JavaScript export the package lacks: {f}")
    for p in problems:
        print(p)
    c_rows = sum(1 for c, _ in rows.values() if exposed(c))
    j_rows = sum(1 for _, j in rows.values() if exposed(j))
    print(f"{len(core)} core functions: {c_rows} reached from C, {j_rows} from JavaScript; "
          f"{len(header)} C functions, {len(exports)} JavaScript exports; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


def main():
    args = sys.argv[1:]
    if args[:1] == ["--update"]:
        core = core_functions()
        rows = read_rows()
        write_rows({k: rows.get(k, ["TODO", "TODO"]) for k in core})
        return 0
    if args[:1] == ["--import-c"] and len(args) == 2:
        rows = read_rows()
        for line in Path(args[1]).read_text(encoding="utf-8").splitlines():
            m = re.match(r"^\| `([\w:]+)` \| (.*) \|$", line)
            if m and m.group(1) in rows:
                rows[m.group(1)][0] = m.group(2)
            elif m:
                rows[m.group(1)] = [m.group(2), "TODO"]
        write_rows(rows)
        return 0
    if args and args != ["--check"]:
        print(__doc__)
        return 2
    return check()


if __name__ == "__main__":
    sys.exit(main())
