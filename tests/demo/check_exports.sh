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
