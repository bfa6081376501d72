"""Checks JSON responses against the OpenAPI document's schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses).

usage: check_schema.py OPENAPI.json CASES.json
CASES.json: [{"schema": "ReportList", "body": {...}}, ...]. Prints each failure; exit 1 if any.
"""
import json
import sys

from jsonschema import Draft202012Validator

doc = json.load(open(sys.argv[1], encoding="utf-8"))
cases = json.load(open(sys.argv[2], encoding="utf-8"))
failures = 0
for case in cases:
    schema = {"$ref": "#/components/schemas/" + case["schema"], "components": doc["components"]}
    for error in Draft202012Validator(schema).iter_errors(case["body"]):
        failures += 1
        print(f"{case['label']}: {case['schema']}: {'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")
print(f"{len(cases)} responses checked, {failures} failures")
sys.exit(1 if failures else 0)
