#!/usr/bin/env python3
"""Validates power lists against core/schema/power-list.schema.json (Python `jsonschema`), and
checks that a document with a misspelt field or a wrong enum value is rejected."""
import json, sys
import jsonschema

schema = json.load(open("core/schema/power-list.schema.json", encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
for path in sys.argv[1:]:
    errors = list(v.iter_errors(json.load(open(path, encoding="utf-8"))))
    for e in errors[:10]:
        print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    if errors:
        sys.exit(1)
    print(f"{path}: valid")
bad = {"authority": "x", "items": [{"code": "1", "name": "a", "category": "licence", "implementing_body": "x",
                                     "handling": "promised", "legal_base": []}]}
assert len(list(v.iter_errors(bad))) == 2, "schema accepted a misspelt field or category"
print("schema rejects a misspelt field and an unknown category")
