#!/usr/bin/env bash
# Makes libraries with temaplan-cli (the demo, a generated one), exports them, and
# runs the format checker and the schema over the exports.
set -euo pipefail
work=$1 check=$2 schema=$3
rm -rf "$work" && mkdir -p "$work"
"$TEMAPLAN_CLI" demo "$work/demo.temaplan"
"$TEMAPLAN_CLI" --library "$work/demo.temaplan" export -o "$work/demo.json"
"$TEMAPLAN_CLI" generate --cases 300 --events 40 --seed 5 "$work/gen.temaplan"
"$TEMAPLAN_CLI" --library "$work/gen.temaplan" export > "$work/gen.json"
"$PYTHON" "$check" "$work/demo.json"
"$PYTHON" "$check" "$work/gen.json"
"$PYTHON" "$schema" "$work/demo.json" "$work/gen.json"

# The example in docs/json-format.md is a real file: it imports.
"$PYTHON" - "$(dirname "$check")/../../docs/json-format.md" "$work/example.json" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
example = text.split("## Example", 1)[1].split("```json", 1)[1].split("```", 1)[0]
open(sys.argv[2], "w", encoding="utf-8").write(example)
PY
"$TEMAPLAN_CLI" init "$work/example.temaplan"
"$TEMAPLAN_CLI" --library "$work/example.temaplan" import "$work/example.json"
"$PYTHON" "$schema" "$work/example.json"

# A library with an agenda template: made from the demo's first programme, imported,
# exported again, and the export obeys the format and the schema too.
"$PYTHON" - "$work/demo.json" "$work/template.json" <<'PY'
import json, sys, uuid
doc = json.load(open(sys.argv[1], encoding="utf-8"))
occurrence = next(o for e in doc["events"] for o in e["occurrences"] if o.get("agenda"))
agenda = [dict(slot, id=str(uuid.uuid4())) for slot in occurrence["agenda"]]
template = {"id": str(uuid.uuid4()), "name": "Skabelon fra demoen"}
for key in ("start", "end"):
    if key in occurrence:
        template[key] = occurrence[key]
template["agenda"] = agenda
doc["templates"] = [template]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
PY
"$TEMAPLAN_CLI" init "$work/template.temaplan"
"$TEMAPLAN_CLI" --library "$work/template.temaplan" import "$work/template.json"
"$TEMAPLAN_CLI" --library "$work/template.temaplan" export -o "$work/template-export.json"
grep -q '"name": "Skabelon fra demoen"' "$work/template-export.json"
"$PYTHON" "$check" "$work/template-export.json"
"$PYTHON" "$schema" "$work/template-export.json"
