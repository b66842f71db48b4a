#!/usr/bin/env python3
"""Checks a Temaplan library file (format "temaplan-library", version 1).

    python3 tests/demo/check_demo.py [path/to/library.json]

With no path it checks resources/demo/demo.json of this repository. It checks the
format and version, the layout of the text (UTF-8, 2-space indent, final newline, keys in
the format's order, empty values omitted), that every id is a unique lowercase UUID, that
every reference resolves to a record of the right kind, that the top-level arrays are
sorted by id, that times are "HH:MM" and never go backwards within an agenda, and that
dates are valid. Prints every problem found and exits 1 if there is any. Standard
library only.
"""

import base64
import binascii
import calendar
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_PATH = REPO / "resources" / "demo" / "demo.json"

TOP_KEYS = ["format", "version", "organisations", "people", "venues", "themeGroups",
            "series", "cases", "events"]
# Written only when the library has any, after the others.
OPTIONAL_TOP_KEYS = ["templates"]

# Keys of each record, in the order the format lists them.
KEYS = {
    "organisation": ["id", "name", "shortName", "kind", "letterhead"],
    "letterhead": ["careOf", "street", "postcode", "town", "phone", "email", "web", "tagline",
                   "colour", "logo", "logoMimeType"],
    "person": ["id", "name", "title", "organisation", "department", "phone", "email"],
    "venue": ["id", "kind", "name", "street", "postcode", "town", "url"],
    "themeGroup": ["id", "name", "formerNames", "organiser", "background", "purpose",
                   "audience", "focus", "meetingRhythm", "contacts", "documents"],
    "formerName": ["name", "until"],
    "series": ["id", "title", "subtitle", "description", "practicalNote", "organisers",
               "facilitators", "contacts"],
    "case": ["id", "title", "owner", "summary", "themes", "links", "documents", "startYear",
             "endYear", "contact"],
    "event": ["id", "kind", "title", "subtitle", "organisers", "themeGroup", "series", "intro",
              "participantNote", "audience", "registration", "documents", "contacts",
              "partners", "occurrences"],
    "registration": ["deadline", "url", "note"],
    "occurrence": ["id", "date", "start", "end", "venue", "note", "agenda"],
    "slot": ["id", "start", "end", "kind", "title", "description", "speakers", "cases",
             "fixedTime", "sharesRowWithPrevious"],
    "template": ["id", "name", "start", "end", "agenda"],
    "speaker": ["person", "role", "roleText"],
    "documentLink": ["title", "url"],
}

# Keys each record must have (the rest may be omitted when empty).
REQUIRED = {
    "organisation": ["id", "name", "kind"],
    "person": ["id", "name"],
    "venue": ["id", "kind"],
    "themeGroup": ["id", "name"],
    "formerName": ["name"],
    "series": ["id", "title"],
    "case": ["id", "title"],
    "event": ["id", "kind", "title", "occurrences"],
    "occurrence": ["id"],
    "template": ["id", "name"],
    "slot": ["id", "kind"],
    "speaker": ["person", "role"],
    "documentLink": ["title"],
}

ORGANISATION_KINDS = {"network", "municipality", "housing", "research", "other"}
VENUE_KINDS = {"address", "online", "to-be-announced"}
EVENT_KINDS = {"theme-meeting", "theme-day", "conference", "network-meeting", "other"}
SLOT_KINDS = {"session", "welcome", "break", "meal", "panel", "closing"}
SPEAKER_ROLES = {"speaker", "moderator", "facilitator", "panelist"}

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
TIME_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
DATE_RE = re.compile(r"^(?:(\d{4})|-)-(\d{2})-(\d{2})$")
COLOUR_RE = re.compile(r"^#[0-9a-f]{6}$")


class Checker:
    def __init__(self):
        self.errors = []
        self.ids = {}  # id -> (kind, where)
        self.references = []  # (where, id, expected kind)

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")

    # --- shapes ----------------------------------------------------------------------

    def record(self, kind, value, where):
        """Checks that `value` is an object with the keys of `kind`, in order, none empty,
        and the required ones present. Returns False when it is not an object."""
        if not isinstance(value, dict):
            self.error(where, f"a {kind} must be an object")
            return False
        allowed = KEYS[kind]
        unknown = [k for k in value if k not in allowed]
        if unknown:
            self.error(where, f"unknown key(s) {unknown} in {kind}")
        known = [k for k in value if k in allowed]
        if known != sorted(known, key=allowed.index):
            self.error(where, f"keys of {kind} out of order: {known}; the order is {allowed}")
        for key in REQUIRED.get(kind, []):
            if key not in value:
                self.error(where, f"{kind} lacks '{key}'")
        for key, v in value.items():
            if v in ("", [], {}, None) or v is False or (type(v) is int and v == 0):
                self.error(f"{where}.{key}", "empty values are omitted, not written")
        return True

    def string(self, value, where, required=False):
        if value is None:
            if required:
                self.error(where, "missing text")
            return
        if not isinstance(value, str):
            self.error(where, "must be a string")
        elif value != value.strip():
            self.error(where, f"leading or trailing white space in {value!r}")

    def strings(self, record, keys, where):
        for key in keys:
            if key in record:
                self.string(record[key], f"{where}.{key}")

    def enum(self, value, allowed, where):
        if value not in allowed:
            self.error(where, f"{value!r} is not one of {sorted(allowed)}")

    def new_id(self, kind, value, where):
        if not isinstance(value, str) or not UUID_RE.match(value):
            self.error(where, f"id {value!r} is not a lowercase UUID "
                              "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)")
            return
        if value in self.ids:
            other_kind, other_where = self.ids[value]
            self.error(where, f"id {value} is used twice (also by the {other_kind} at "
                              f"{other_where})")
            return
        self.ids[value] = (kind, where)

    def ref(self, value, kind, where):
        if not isinstance(value, str) or not UUID_RE.match(value):
            self.error(where, f"reference {value!r} is not a lowercase UUID")
            return
        self.references.append((where, value, kind))

    def refs(self, record, key, kind, where):
        if key not in record:
            return
        values = record[key]
        if not isinstance(values, list):
            self.error(f"{where}.{key}", "must be an array of ids")
            return
        if len(set(map(str, values))) != len(values):
            self.error(f"{where}.{key}", "the same id is listed twice")
        for i, v in enumerate(values):
            self.ref(v, kind, f"{where}.{key}[{i}]")

    def date(self, value, where):
        m = DATE_RE.match(value) if isinstance(value, str) else None
        if not m:
            self.error(where, f"date {value!r} is not YYYY-MM-DD or --MM-DD")
            return
        year = int(m.group(1)) if m.group(1) else None
        month, day = int(m.group(2)), int(m.group(3))
        if year is not None and year < 1:
            self.error(where, f"year of {value!r} out of range")
            return
        if not 1 <= month <= 12:
            self.error(where, f"month of {value!r} out of range")
            return
        # Without a year, 29 February is allowed (it exists in some year).
        last = calendar.monthrange(year if year else 2000, month)[1]
        if not 1 <= day <= last:
            self.error(where, f"day of {value!r} out of range")

    def time(self, value, where):
        if not isinstance(value, str) or not TIME_RE.match(value):
            self.error(where, f"time {value!r} is not HH:MM (00:00–23:59)")
            return None
        hours, minutes = value.split(":")
        return int(hours) * 60 + int(minutes)

    def year(self, value, where):
        if type(value) is not int or not 1 <= value <= 9999:
            self.error(where, f"year {value!r} is not a whole number 1–9999")
            return None
        return value

    def description(self, value, where):
        if not isinstance(value, list):
            self.error(where, "a description must be an array of blocks")
            return
        for i, block in enumerate(value):
            w = f"{where}[{i}]"
            if not isinstance(block, dict) or len(block) != 1 \
                    or next(iter(block)) not in ("paragraph", "bullet"):
                self.error(w, 'a block is {"paragraph": text} or {"bullet": text}')
                continue
            text = next(iter(block.values()))
            self.string(text, w, required=True)
            if isinstance(text, str) and ("\n" in text or not text.strip()):
                self.error(w, "a block is one non-empty line")

    def document_links(self, record, key, where):
        if key not in record:
            return
        if not isinstance(record[key], list):
            self.error(f"{where}.{key}", "must be an array of document links")
            return
        for i, link in enumerate(record[key]):
            w = f"{where}.{key}[{i}]"
            if self.record("documentLink", link, w):
                self.strings(link, ["title", "url"], w)

    def sorted_by_id(self, array, name):
        ids = [r.get("id") for r in array if isinstance(r, dict)]
        if ids != sorted(ids, key=str):
            self.error(name, "records are not sorted by id")

    # --- records ---------------------------------------------------------------------

    def organisation(self, o, w):
        if not self.record("organisation", o, w):
            return
        self.new_id("organisation", o.get("id"), f"{w}.id")
        self.strings(o, ["name", "shortName"], w)
        self.enum(o.get("kind"), ORGANISATION_KINDS, f"{w}.kind")
        lh = o.get("letterhead")
        if lh is not None and self.record("letterhead", lh, f"{w}.letterhead"):
            self.strings(lh, KEYS["letterhead"][:-3] + ["logoMimeType"], f"{w}.letterhead")
            if "colour" in lh and not COLOUR_RE.match(str(lh["colour"])):
                self.error(f"{w}.letterhead.colour", f"{lh['colour']!r} is not #rrggbb")
            if "logo" in lh:
                try:
                    base64.b64decode(str(lh["logo"]), validate=True)
                except (binascii.Error, ValueError):
                    self.error(f"{w}.letterhead.logo", "logo is not base64")
                if "logoMimeType" not in lh:
                    self.error(f"{w}.letterhead", "a logo needs its logoMimeType")

    def person(self, p, w):
        if not self.record("person", p, w):
            return
        self.new_id("person", p.get("id"), f"{w}.id")
        self.strings(p, ["name", "title", "department", "phone", "email"], w)
        if "organisation" in p:
            self.ref(p["organisation"], "organisation", f"{w}.organisation")

    def venue(self, v, w):
        if not self.record("venue", v, w):
            return
        self.new_id("venue", v.get("id"), f"{w}.id")
        self.enum(v.get("kind"), VENUE_KINDS, f"{w}.kind")
        self.strings(v, ["name", "street", "postcode", "town", "url"], w)
        if not any(k in v for k in ("name", "street", "town", "url")) \
                and v.get("kind") != "to-be-announced":
            self.error(w, "a venue names at least a place, a street, a town or a url")

    def theme_group(self, t, w):
        if not self.record("themeGroup", t, w):
            return
        self.new_id("themeGroup", t.get("id"), f"{w}.id")
        self.strings(t, ["name", "meetingRhythm"], w)
        previous = None
        for i, f in enumerate(t.get("formerNames", [])):
            fw = f"{w}.formerNames[{i}]"
            if not self.record("formerName", f, fw):
                continue
            self.string(f.get("name"), f"{fw}.name", required=True)
            if "until" in f:
                self.date(f["until"], f"{fw}.until")
                if previous and len(previous) == len(f["until"]) and f["until"] < previous:
                    self.error(fw, "former names are listed oldest first")
                previous = f["until"]
        if "organiser" in t:
            self.ref(t["organiser"], "organisation", f"{w}.organiser")
        for key in ("background", "purpose", "audience", "focus"):
            if key in t:
                self.description(t[key], f"{w}.{key}")
        self.refs(t, "contacts", "person", w)
        self.document_links(t, "documents", w)

    def series(self, s, w):
        if not self.record("series", s, w):
            return
        self.new_id("series", s.get("id"), f"{w}.id")
        self.strings(s, ["title", "subtitle", "practicalNote"], w)
        if "description" in s:
            self.description(s["description"], f"{w}.description")
        self.refs(s, "organisers", "organisation", w)
        self.refs(s, "facilitators", "person", w)
        self.refs(s, "contacts", "person", w)

    def case(self, c, w):
        if not self.record("case", c, w):
            return
        self.new_id("case", c.get("id"), f"{w}.id")
        self.string(c.get("title"), f"{w}.title", required=True)
        if "owner" in c:
            self.ref(c["owner"], "organisation", f"{w}.owner")
        if "summary" in c:
            self.description(c["summary"], f"{w}.summary")
        for i, theme in enumerate(c.get("themes", [])):
            self.string(theme, f"{w}.themes[{i}]", required=True)
        self.document_links(c, "links", w)
        self.document_links(c, "documents", w)
        start = self.year(c["startYear"], f"{w}.startYear") if "startYear" in c else None
        end = self.year(c["endYear"], f"{w}.endYear") if "endYear" in c else None
        if start and end and end < start:
            self.error(w, f"endYear {end} is before startYear {start}")
        if "contact" in c:
            self.ref(c["contact"], "person", f"{w}.contact")

    def event(self, e, w):
        if not self.record("event", e, w):
            return
        self.new_id("event", e.get("id"), f"{w}.id")
        self.enum(e.get("kind"), EVENT_KINDS, f"{w}.kind")
        self.strings(e, ["title", "subtitle", "participantNote", "audience"], w)
        self.refs(e, "organisers", "organisation", w)
        if "themeGroup" in e:
            self.ref(e["themeGroup"], "themeGroup", f"{w}.themeGroup")
        if "series" in e:
            self.ref(e["series"], "series", f"{w}.series")
        if "intro" in e:
            self.description(e["intro"], f"{w}.intro")
        reg = e.get("registration")
        if reg is not None and self.record("registration", reg, f"{w}.registration"):
            if "deadline" in reg:
                self.date(reg["deadline"], f"{w}.registration.deadline")
            self.strings(reg, ["url", "note"], f"{w}.registration")
        self.document_links(e, "documents", w)
        self.refs(e, "contacts", "person", w)
        self.refs(e, "partners", "organisation", w)
        occurrences = e.get("occurrences", [])
        if not isinstance(occurrences, list):
            self.error(f"{w}.occurrences", "must be an array")
            return
        for i, o in enumerate(occurrences):
            self.occurrence(o, f"{w}.occurrences[{i}]")

    def occurrence(self, o, w):
        if not self.record("occurrence", o, w):
            return
        self.new_id("occurrence", o.get("id"), f"{w}.id")
        if "date" in o:
            self.date(o["date"], f"{w}.date")
        start = self.time(o["start"], f"{w}.start") if "start" in o else None
        end = self.time(o["end"], f"{w}.end") if "end" in o else None
        if start is not None and end is not None and end < start:
            self.error(w, f"ends ({o['end']}) before it starts ({o['start']})")
        if "venue" in o:
            self.ref(o["venue"], "venue", f"{w}.venue")
        self.string(o.get("note"), f"{w}.note")
        agenda = o.get("agenda", [])
        if not isinstance(agenda, list):
            self.error(f"{w}.agenda", "must be an array of slots")
            return
        # Times never go backwards: each slot's start <= its end <= the next times.
        last, last_where = None, None
        for i, s in enumerate(agenda):
            sw = f"{w}.agenda[{i}]"
            if i == 0 and isinstance(s, dict) and "sharesRowWithPrevious" in s:
                self.error(f"{sw}.sharesRowWithPrevious",
                           "the first slot has no slot before it to share a row with")
            for key, minutes in self.slot(s, sw):
                if last is not None and minutes < last:
                    self.error(f"{sw}.{key}", f"time goes backwards (after {last_where})")
                last, last_where = minutes, f"{sw}.{key}"

    def template(self, t, w):
        if not self.record("template", t, w):
            return
        self.new_id("template", t.get("id"), f"{w}.id")
        self.string(t.get("name"), f"{w}.name", required=True)
        start = self.time(t["start"], f"{w}.start") if "start" in t else None
        end = self.time(t["end"], f"{w}.end") if "end" in t else None
        if start is not None and end is not None and end < start:
            self.error(w, f"ends ({t['end']}) before it starts ({t['start']})")
        agenda = t.get("agenda", [])
        if not isinstance(agenda, list):
            self.error(f"{w}.agenda", "must be an array of slots")
            return
        for i, s in enumerate(agenda):
            self.slot(s, f"{w}.agenda[{i}]")

    def slot(self, s, w):
        """Checks one slot; returns its (key, minutes) times in order."""
        times = []
        if not self.record("slot", s, w):
            return times
        self.new_id("slot", s.get("id"), f"{w}.id")
        for key in ("start", "end"):
            if key in s:
                minutes = self.time(s[key], f"{w}.{key}")
                if minutes is not None:
                    times.append((f"{key} {s[key]}", minutes))
        if "end" in s and "start" not in s:
            self.error(w, "a slot with an end needs a start")
        self.enum(s.get("kind"), SLOT_KINDS, f"{w}.kind")
        self.string(s.get("title"), f"{w}.title")
        if "description" in s:
            self.description(s["description"], f"{w}.description")
        speakers = s.get("speakers", [])
        seen = set()
        for i, sp in enumerate(speakers if isinstance(speakers, list) else []):
            spw = f"{w}.speakers[{i}]"
            if not self.record("speaker", sp, spw):
                continue
            self.ref(sp.get("person"), "person", f"{spw}.person")
            self.enum(sp.get("role"), SPEAKER_ROLES, f"{spw}.role")
            self.string(sp.get("roleText"), f"{spw}.roleText")
            if sp.get("person") in seen:
                self.error(spw, "the same person is listed twice in one slot")
            seen.add(sp.get("person"))
        self.refs(s, "cases", "case", w)
        for flag in ("fixedTime", "sharesRowWithPrevious"):
            if flag in s and s[flag] is not True:
                self.error(f"{w}.{flag}", "is true or omitted")
        return times

    # --- the file --------------------------------------------------------------------

    def check(self, path):
        try:
            raw = path.read_bytes()
        except OSError as e:
            self.error(str(path), f"cannot read: {e}")
            return
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.error(str(path), f"not UTF-8: {e}")
            return
        if text.startswith("\ufeff"):
            self.error(str(path), "starts with a byte-order mark")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            self.error(str(path), f"not JSON: {e}")
            return
        if text != json.dumps(data, ensure_ascii=False, indent=2) + "\n":
            self.error(str(path), "layout differs from 2-space indented JSON with literal "
                                  "UTF-8 and one final newline")
        if not isinstance(data, dict):
            self.error(str(path), "the top level must be an object")
            return
        present = [k for k in TOP_KEYS + OPTIONAL_TOP_KEYS if k in data or k in TOP_KEYS]
        if list(data) != present:
            self.error("top level", f"keys are {list(data)}; expected {present}")
        if data.get("format") != "temaplan-library":
            self.error("format", f"{data.get('format')!r} is not 'temaplan-library'")
        if data.get("version") != 1 or type(data.get("version")) is not int:
            self.error("version", f"{data.get('version')!r} is not 1")

        checks = [("organisations", self.organisation), ("people", self.person),
                  ("venues", self.venue), ("themeGroups", self.theme_group),
                  ("series", self.series), ("cases", self.case), ("events", self.event),
                  ("templates", self.template)]
        for name, check in checks:
            array = data.get(name, [])
            if not isinstance(array, list):
                self.error(name, "must be an array")
                continue
            self.sorted_by_id(array, name)
            for i, record in enumerate(array):
                label = record.get("name") or record.get("title") if isinstance(record, dict) \
                    else None
                check(record, f"{name}[{i}]" + (f" ({label})" if label else ""))

        for where, value, kind in self.references:
            target = self.ids.get(value)
            if target is None:
                self.error(where, f"refers to {value}, which is no record")
            elif target[0] != kind:
                self.error(where, f"refers to {value}, a {target[0]}, where a {kind} is "
                                  "expected")


def main(argv):
    path = Path(argv[0]) if argv else DEFAULT_PATH
    checker = Checker()
    checker.check(path)
    if checker.errors:
        for message in checker.errors:
            print(f"check_demo: {message}", file=sys.stderr)
        print(f"check_demo: {path}: {len(checker.errors)} problem(s)", file=sys.stderr)
        return 1
    kinds = {}
    for kind, _ in checker.ids.values():
        kinds[kind] = kinds.get(kind, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    print(f"check_demo: {path}: ok ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
