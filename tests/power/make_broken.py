#!/usr/bin/env python3
"""Writes broken.json: a copy of examples/data/power-list.json with one deliberate fault per item
listed in broken.expected (written by hand). Run from the repository root."""
import json

src = json.load(open("examples/data/power-list.json", encoding="utf-8"))
items = {it["code"]: it for it in src["items"]}
wd = lambda n: {"amount": n, "unit": "working_days"}


def step(item, sid):
    return next(s for s in item["process"]["steps"] if s["id"] == sid)


items["MZ-XK-001"]["legal_bases"] = []
items["MZ-XK-004"]["time_limits"]["promised"] = wd(25)
items["MZ-QR-001"]["time_limits"]["promised"] = wd(5)
del items["MZ-QT-003"]["time_limits"]["promised"]
items["MZ-XK-005"]["fee"] = {"charged": True, "standard": "每件200元", "amount_fen": 20000}
items["MZ-GG-002"]["fee"] = {"charged": False, "basis": [{"instrument": "某收费文件", "confidence": "unverified"}]}
items["MZ-GF-001"]["materials"] = []
step(items["MZ-CF-002"], "notice")["kind"] = "review"
step(items["MZ-CF-003"], "notice")["hearing_notice"] = False
items["MZ-CF-004"]["remedies"] = []
del items["MZ-XK-002"]["time_limits"]["statutory_basis"]
items["MZ-JC-002"]["code"] = "MZ-JC-001"
items["MZ-QR-003"]["time_limits"]["promised"] = wd(15)
s = step(items["MZ-JC-003"], "plan")
s.update({"kind": "review", "post": "科长", "time_limit": "immediate"})
items["MZ-JC-004"]["process"]["steps"].append(
    {"id": "archive", "name": "归档", "kind": "review", "post": "档案员", "time_limit": "immediate"})
items["MZ-JC-004"]["process"]["transitions"].append({"from": "archive", "to": "done"})
items["MZ-JC-005"]["process"]["transitions"] = [
    t for t in items["MZ-JC-005"]["process"]["transitions"] if not (t["from"] == "publish")]
del step(items["MZ-GF-003"], "survey")["post"]
del step(items["MZ-GF-005"], "confirm")["time_limit"]
qt4 = items["MZ-QT-004"]["process"]
qt4["transitions"] = [t for t in qt4["transitions"] if t["from"] != "decide"] + [
    {"from": "decide", "to": "review", "label": "退回重审"}]
step(items["MZ-GF-006"], "survey")["time_limit"] = {"period": wd(15)}
items["MZ-CF-005"]["process"]["transitions"].append({"from": "serve", "to": "execute"})

src["authority"] = "示例市民政局（故意出错的副本）"
with open("tests/power/broken.json", "w", encoding="utf-8") as f:
    json.dump(src, f, ensure_ascii=False, indent=1)
    f.write("\n")
