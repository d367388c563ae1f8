#!/usr/bin/env python3
"""The bad-input corpus (cases.json) through the command line: each case whose faces hold
"cli" is written to a scratch file and given to the CLI binary (argv[1]) as its command takes
it. Each must exit 1 (refused), print one JSON error object on stdout with --json whose code
is the expected stable name (or its last part, or the name with "_" for ".") and whose
"registered" entry has the expected number and name and both messages (the id check's report
carries them in its "error" object instead), and one line on stderr holding the message in
Chinese and in English, no identity number in clear, and no input echoed at length.
Last line: "N passed, N failed"."""
import json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = sys.argv[1]
DATA = os.path.join(ROOT, "examples", "data")
PROFILE = os.path.join(DATA, "profile-sample-city.json")
HOUSEHOLD = os.path.join(DATA, "household-sample.json")
LIST = os.path.join(DATA, "power-list.json")
CLEAR_ID = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
CJK = re.compile(r"[\u4e00-\u9fff]")


def input_bytes(case):
    if "input" in case:
        return case["input"].encode("utf-8")
    if "input_hex" in case:
        return bytes.fromhex(case["input_hex"])
    g = case.get("input_gen")
    if not g:
        return b""
    return (g.get("prefix", "") + g["repeat"] * g["count"] + g.get("suffix", "")).encode("utf-8")


def argv(case, path):
    op, d, d2, n = case["op"], case.get("date", ""), case.get("date2", ""), case.get("n", 0)
    text = input_bytes(case).decode("utf-8", "replace")
    return {
        "calendar.load": ["--data", path, "calendar", "day", "2026-01-05"],
        "calendar.overlay": ["--overlay", path, "calendar", "day", "2026-01-05"],
        "calendar.add_workdays": ["calendar", "add", d, str(n)],
        "calendar.is_workday": ["calendar", "day", d],
        "calendar.between": ["calendar", "between", d, d2],
        "id.resident": ["id", "check", "--kind", "resident", text],
        "id.credit": ["id", "check", "--kind", "credit", text],
        "deadline.overrides": ["--periods", path, "deadline", "dibao.total", "2026-06-01",
                               "--today", "2026-06-01"],
        "power.check": ["power", "check", path],
        "power.toml": ["power", "check", path],
        "profile": ["eligibility", "evaluate", "--profile", path, "--household", HOUSEHOLD,
                    "--date", "2026-06-01"],
        "profile.toml": ["eligibility", "evaluate", "--profile", path, "--household",
                         HOUSEHOLD, "--date", "2026-06-01"],
        "household.evaluate": ["eligibility", "evaluate", "--profile", PROFILE, "--household",
                               path, "--date", d],
        "household.csv": ["eligibility", "batch", "--profile", PROFILE, "--input", path,
                          "--date", "2026-06-01"],
        "disclosure.replay": ["request", "replay", path, "--today", d],
        "window.replay": ["window", "replay", path, "--items", LIST, "--today", d],
    }[op]


SUFFIX = {"power.toml": ".toml", "profile.toml": ".toml", "household.csv": ".csv"}


def main():
    cases = json.load(open(os.path.join(ROOT, "tests", "bad-inputs", "cases.json")))["cases"]
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            if "cli" not in case["faces"]:
                continue
            number, name = case.get("expect_cli", case["expect"])
            path = os.path.join(tmp, case["id"] + SUFFIX.get(case["op"], ".json"))
            with open(path, "wb") as f:
                f.write(input_bytes(case))
            before = os.stat(path).st_mtime_ns, os.path.getsize(path)
            p = subprocess.run([CLI, "--json"] + argv(case, path), capture_output=True)
            bad = []
            if p.returncode != 1:
                bad.append(f"exit {p.returncode}, expected 1")
            err = p.stderr.decode("utf-8", "replace").strip()
            out = p.stdout.decode("utf-8", "replace")
            try:  # a report whose "error" is {code, number, zh, en} (id check) ...
                doc = json.loads(out)
            except json.JSONDecodeError:  # ... or the one-line {"error": code, "message"} object
                lines = [l for l in out.splitlines() if l.startswith('{"error"')]
                doc = json.loads(lines[-1]) if lines else {}
            err_obj = doc.get("error") if isinstance(doc, dict) else None
            code = err_obj.get("code") if isinstance(err_obj, dict) else err_obj
            if isinstance(err_obj, dict) and err_obj.get("number") not in (None, number):
                bad.append(f"number {err_obj.get('number')}, expected {number}")
            reg = doc.get("registered") if isinstance(doc, dict) else None
            if not isinstance(err_obj, dict):
                # A core error carries its registry entry: the number C, Java and JS give.
                if not isinstance(reg, dict):
                    bad.append("no registry entry (number, name, zh, en) in the JSON error")
                elif [reg.get("number"), reg.get("name")] != case["expect"]:
                    bad.append(f"registered {reg.get('number')} {reg.get('name')}, expected {case['expect']}")
                elif not (CJK.search(reg.get("zh") or "") and re.search(r"[A-Za-z]{3}", reg.get("en") or "")):
                    bad.append("registered messages missing a language")
            if code is None:
                bad.append("no JSON error object on stdout")
            elif code not in (name, name.split(".", 1)[-1], name.replace(".", "_")):
                bad.append(f"code {code}, expected {name}")
            if "\n" in err or not err.startswith("错误 / error:"):
                bad.append(f"stderr is not one error line: {err[:200]!r}")
            if not CJK.search(err) or not re.search(r"[A-Za-z]{3}", err.split(" / ", 1)[-1]):
                bad.append("stderr lacks the message in one of the languages")
            if CLEAR_ID.search(err) or CLEAR_ID.search(p.stdout.decode("utf-8", "replace")):
                bad.append("identity number in clear")
            if len(err) > 4096:
                bad.append(f"a message of {len(err)} bytes (input echoed?)")
            if (os.stat(path).st_mtime_ns, os.path.getsize(path)) != before:
                bad.append("the input file was changed")
            if bad:
                failed += 1
                print(f"FAIL cli {case['id']}: " + "; ".join(bad))
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
