#!/usr/bin/env python3
"""The demo's seed-000 meeting printed by temaplan-cli holds the seed's programme.

    check_programme.py TEMAPLAN-CLI WORK-DIR

Renders the meeting of 6 December in Gladsaxe from the demo library to PDF and checks,
with pdftotext, pdfinfo and pdffonts, that every line of the seed's programme is there
in the seed's order, with breakfast and welcome in one row ("9.30 / 10.00"), that the
letterhead is on every page, that the page is A4 and the fonts embedded, and that the
footer's addresses are link annotations.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

cli, work = sys.argv[1], Path(sys.argv[2])
work.mkdir(parents=True, exist_ok=True)
library, pdf = work / "demo.temaplan", work / "gladsaxe.pdf"
library.unlink(missing_ok=True)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


run(cli, "demo", str(library))
run(cli, "--library", str(library), "render", "af101870", "--pdf", str(pdf))

# In the seed's order: each must be found after the one before it.
SEED_000 = [
    "Temagruppemøde om lokalsamfund som sundhedsfremmende arenaer – fra politik til praksis",
    "Som deltager vil det være en fordel at have læst de cases, der præsenteres på dagen på forhånd.",
    "Den 6. december i Gladsaxe",
    # The seed's first row holds two slots: "9.30 10.00 | Let morgenforplejning Velkomst …".
    "9.30 / 10.00", "Let morgenforplejning", "Velkomst og intro til dagen og håndbogen ved Mia",
    "10.30", "Gladsaxe – 'Social balance' ved leder af strategien Mette Dybkjær",
    "Kort om Strategien Social Balance og en uddybning af de tre spor",
    "Hvordan samarbejder Social balance med de kommunale forvaltninger?",
    "11.15", "Effektmål, indikatorer og data i Social Balance",
    "I Social Balance arbejder man med ni effektmål",
    "12.00", "Silkeborg Kommune – 'Nærmiljøprojekter' ved projektleder Malene Steiniche Kjær",
    "at opbygge kapacitet i lokalsamfundet og i kommunen",
    "12.45", "Frokost",
    "13.15", "Middelfart Kommune – 'Bæredygtige lokalsamfund' ved projektleder Vibeke Skøtt",
    "Hvad kan en lokal udviklingsplan (LUP), og hvordan bliver der arbejdet med den i Middelfart Kommune?",
    "14.00", "Vi ser med LUP på sundheden ved Pernille Tanggaard Andersen",
    "14.45", "Afrunding og tak for i dag. Vi slutter kl. 15.00.",
]

problems = []
pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)), re.M).group(1))
info = run("pdfinfo", str(pdf))
if "A4" not in info:
    problems.append("the page size is not A4")
text = " ".join(run("pdftotext", "-layout", str(pdf), "-").split())
at = 0
for line in SEED_000:
    found = text.find(line, at)
    if found < 0:
        where = "anywhere" if text.find(line) < 0 else "after the line before it"
        problems.append(f"not found {where}: {line!r}")
    else:
        at = found + len(line)
# Breakfast and welcome share one row: one line has both times and breakfast, and no
# line of the time column starts with 10.00 on its own.
layout_lines = run("pdftotext", "-layout", str(pdf), "-").splitlines()
shared = re.compile(r"^\s*9\.30 / 10\.00\s+Let morgenforplejning\s*$")
if not any(shared.match(line) for line in layout_lines):
    problems.append("no line reads '9.30 / 10.00  Let morgenforplejning': the row is not shared")
if any(line.strip().startswith("10.00") for line in layout_lines):
    problems.append("10.00 prints in a row of its own")
for page in range(1, pages + 1):
    page_text = run("pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-")
    for letterhead in ("Weidekampsgade 10", "Side %d af %d" % (page, pages)):
        if letterhead not in page_text:
            problems.append(f"page {page} lacks {letterhead!r}")
fonts = run("pdffonts", str(pdf)).splitlines()[2:]
if not fonts or any(line.split()[-5] != "yes" for line in fonts):
    problems.append("a font is not embedded:\n" + "\n".join(fonts))
# The seeds give no address for "Link til casen", so the demo's cases have none and the
# programme prints no dead link; the footer's mail and web addresses are links.
links = pdf.read_bytes().count(b"/Subtype /Link") + pdf.read_bytes().count(b"/Subtype/Link")
if links < 2 * pages:
    problems.append(f"{links} link annotations; the footer's mail and web should be links on every page")

# The machine's font settings do not move the text: a desktop that asks fontconfig for
# full hinting gets every word where the default one does.
hinting = work / "full-hinting.conf"
hinting.write_text('<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                   '<match target="font"><edit name="hintstyle" mode="assign"><const>hintfull</const></edit></match>'
                   "</fontconfig>\n")
hinted = work / "gladsaxe-full-hinting.pdf"
subprocess.run([cli, "--library", str(library), "render", "af101870", "--pdf", str(hinted)], check=True,
               capture_output=True, env=dict(os.environ, FONTCONFIG_FILE=str(hinting)))


def words(path):
    return [line for line in run("pdftotext", "-bbox", str(path), "-").splitlines() if "<word" in line]


if words(hinted) != words(pdf):
    problems.append("with full hinting the words stand elsewhere on the page")

for p in problems:
    print("check_programme:", p, file=sys.stderr)
print(f"check_programme: {pages} pages, {len(SEED_000)} lines checked, {links} links")
sys.exit(1 if problems else 0)
