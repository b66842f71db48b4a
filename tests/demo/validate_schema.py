#!/usr/bin/env python3
"""Validates Temaplan JSON files against docs/temaplan.schema.json.

    python3 tests/demo/validate_schema.py FILE...

Also checks that the schema still refuses what it must (an unknown key, a bad time),
so that a schema loosened by mistake fails here. Needs python3-jsonschema.
"""

import copy
import json
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("validate_schema: python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77 if "--skip-if-missing" in sys.argv else 1)

REPO = Path(__file__).resolve().parents[2]
schema = json.loads((REPO / "docs" / "temaplan.schema.json").read_text(encoding="utf-8"))
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)

failed = False
files = [a for a in sys.argv[1:] if not a.startswith("--")]
for path in files:
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        print(f"{path}: /{'/'.join(map(str, e.absolute_path))}: {e.message}", file=sys.stderr)
    if errors:
        failed = True
        continue
    print(f"validate_schema: {path}: ok")

    # The schema must still say no.
    if doc.get("events"):
        bad = copy.deepcopy(doc)
        bad["events"][0]["unknownKey"] = 1
        if validator.is_valid(bad):
            print("validate_schema: the schema accepts an unknown key", file=sys.stderr)
            failed = True
        bad = copy.deepcopy(doc)
        occurrences = [o for o in bad["events"][0].get("occurrences", []) if o.get("agenda")]
        if occurrences:
            occurrences[0]["agenda"][0]["start"] = "9.30"
            if validator.is_valid(bad):
                print("validate_schema: the schema accepts the time 9.30", file=sys.stderr)
                failed = True

        # Only a slot after another may share its printed row.
        def with_shared_row(index):
            """The file with slot `index` of its first agenda of two or more slots
            sharing the row before it; None when the file has no such agenda."""
            changed = copy.deepcopy(doc)
            agendas = [o["agenda"] for e in changed["events"] for o in e.get("occurrences", [])
                       if len(o.get("agenda", [])) > 1]
            if not agendas:
                return None
            agendas[0][index]["sharesRowWithPrevious"] = True
            return changed

        first, second = with_shared_row(0), with_shared_row(1)
        if first is not None and validator.is_valid(first):
            print("validate_schema: the schema lets the first slot share a row", file=sys.stderr)
            failed = True
        if second is not None and not validator.is_valid(second):
            print("validate_schema: the schema refuses a second slot sharing a row",
                  file=sys.stderr)
            failed = True

sys.exit(1 if failed else 0)
