#!/usr/bin/env python3
"""Fills and checks the Qt Linguist files beside this script.

    fill_translations.py DIR          fill temaplan_en.ts and temaplan_da.ts in DIR from
                                      english.py and danish.py, then check them
    fill_translations.py --check TS…  only check: exit 1 when a text has no translation,
                                      is no longer in the sources, or does not keep the
                                      source's %1, %n, "&" mnemonic, HTML tags and outer
                                      spaces

A translation made in Qt Linguist for a text the mappings do not know is kept; one the
mappings know is overwritten by theirs, so the mappings stay the one place to change.
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from danish import DANISH  # noqa: E402
from english import BY_CONTEXT, ENGLISH  # noqa: E402

HTML_TAG = re.compile(r"</?(h[1-6]|p|b|i|u|em|strong|br|a|ul|ol|li|span|div|table|tr|td|th|"
                      r"small|big|tt|code|pre|font|img|hr)\b[^>]*>", re.IGNORECASE)
PLACEHOLDER = re.compile(r"%L?(\d+|n)")


def forms(translation):
    numerus = translation.findall("numerusform")
    if numerus:
        return [f.text or "" for f in numerus]
    return [translation.text or ""]


def fill(path, mapping, by_context):
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            wanted = by_context.get((name, source), mapping.get(source))
            if wanted is None:
                continue
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                if not isinstance(wanted, tuple):
                    sys.exit(f"{path}: «{source}» is a %n text and needs its forms")
                numerus = translation.findall("numerusform")
                for element in numerus[len(wanted):]:
                    translation.remove(element)
                for i, text in enumerate(wanted):
                    element = numerus[i] if i < len(numerus) else ET.SubElement(
                        translation, "numerusform")
                    element.text = text
            else:
                if isinstance(wanted, tuple):
                    sys.exit(f"{path}: «{source}» is not a %n text, but has forms")
                translation.text = wanted
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def mnemonics(text):
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def problems_of(source, text, numerus):
    found = []
    if numerus and "%n" not in text:
        found.append("has no %n")
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
        found.append("does not keep the placeholders")
    if mnemonics(source) != mnemonics(text):
        found.append("does not keep the & mnemonic")
    tags = lambda t: sorted(m.group(1).lower() for m in HTML_TAG.finditer(t))
    if tags(source) != tags(text):
        found.append("does not keep the HTML tags")
    outer = lambda t: (t[:len(t) - len(t.lstrip())], t[len(t.rstrip()):])
    if outer(source) != outer(text):
        found.append("does not keep the spaces at its ends")
    return found


def check(path):
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type")
            where = f"{os.path.basename(path)}: {name}: «{source}»"
            if kind in ("vanished", "obsolete"):
                problems.append(f"{where} is no longer in the sources")
                continue
            texts = forms(translation)
            if kind == "unfinished" or any(not t for t in texts):
                problems.append(f"{where} has no translation")
                continue
            numerus = message.get("numerus") == "yes"
            for text in texts:
                problems += [f"{where}: «{text}» {p}" for p in problems_of(source, text, numerus)]
    return problems


def main(args):
    if args[:1] == ["--check"]:
        paths = args[1:]
    elif len(args) == 1:
        folder = args[0]
        paths = [os.path.join(folder, "temaplan_en.ts"), os.path.join(folder, "temaplan_da.ts")]
        fill(paths[0], ENGLISH, BY_CONTEXT)
        fill(paths[1], DANISH, {})
    else:
        sys.exit(__doc__)
    problems = [p for path in paths for p in check(path)]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} text(s) to see to: add them to english.py or danish.py "
              "beside this script, then run scripts/update-translations again.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
