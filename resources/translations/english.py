# The English of the window's texts, in British English (as the code's own "programme").
# Keyed by the Danish source text; a text that needs another English in one context goes
# in BY_CONTEXT under (context, source). A "%n …" text gives its forms (one, other).
#
# A new text in the sources: run scripts/update-translations, which lists what has no
# English yet; add it here and run it again. Keep %1, %n, HTML tags and one "&" mnemonic
# as the source has them (the script checks); menu and action names in Title Case.

ENGLISH = {
    # Agenda warnings and the planning warnings beside the programme
    "%1 overlapper %2.": "%1 overlaps %2.",
    "%1 slutter efter dagens afslutning kl. %2.": "%1 ends after the day ends at %2.",
    "(uden titel)": "(untitled)",
    "En oplægsholder": "A speaker",
    "%1 er sat på både %2 og %3, som overlapper.":
        "%1 is down for both %2 and %3, which overlap.",
    "%1 er sat på %2 og samme dag kl. %3 i «%4».":
        "%1 is down for %2 and, the same day, at %3 in “%4”.",
    "Mødestedet er ikke valgt endnu.": "No venue has been chosen yet.",

    # Case export
    "Titel;Ejer;Temaer;Periode;Præsenteret ved": "Title;Owner;Themes;Period;Presented at",
    "Filen %1 kunne ikke gemmes: %2": "The file %1 could not be saved: %2",
    "%n case(s)": ("%n case", "%n cases"),
    "Titel": "Title",
    "Ejer": "Owner",
    "Temaer": "Themes",
    "Periode": "Period",
    "Præsenteret ved": "Presented at",
    "PDF-filen %1 kunne ikke gemmes.": "The PDF file %1 could not be saved.",
    "flet «%1» ind i «%2»": "merge “%1” into “%2”",
    "til %1": "until %1",
    "uden dato": "no date",
    "Demobiblioteket mangler i programmet.": "The demo library is missing from the program.",

    # Kinds of events, slots and speakers
    "Temamøde": "Theme meeting",
    "Temadag": "Theme day",
    "Konference": "Conference",
    "Netværksmøde": "Network meeting",
    "Arrangement": "Event",
    "Oplæg": "Presentation",
    "Velkomst": "Welcome",
    "Pause": "Break",
    "Forplejning": "Refreshments",
    "Panel": "Panel",
    "Afrunding": "Wrap-up",
    "Oplægsholder": "Speaker",
    "Ordstyrer": "Moderator",
    "Facilitator": "Facilitator",
    "Paneldeltager": "Panellist",
    "Frokost": "Lunch",

    # The event form (ui/eventform.ui and eventform.cpp)
    "Arrangementet": "Event",
    "&Titel:": "&Title:",
    "Temagruppemøde om …": "Theme group meeting on …",
    "T&ype:": "T&ype:",
    "Tema&gruppe:": "Theme &group:",
    "Møderæ&kke:": "Meeting &series:",
    "Må&lgruppe:": "&Audience:",
    "&Note til deltagerne:": "&Note to participants:",
    "Som deltager vil det være en fordel at …": "As a participant it will help to …",
    "Dato og sted": "Date and Place",
    "&Dato:": "&Date:",
    "Fjern fluebenet, hvis datoen ikke er fastlagt": "Untick when the date is not settled",
    "d. MMMM yyyy": "d MMMM yyyy",
    "d. MMMM": "d MMMM",
    "med år&stal": "with yea&r",
    "Uden årstal står der fx «Den 6. december»":
        "Without a year the programme says, for example, “Den 6. december”",
    "T&id:": "T&ime:",
    "fx 9.30": "e.g. 9.30",
    "til": "to",
    "fx 15.00": "e.g. 15.00",
    "&Mødested:": "&Venue:",
    "Ret titel": "Edit Title",
    "Ret målgruppe": "Edit Audience",
    "Ret note til deltagerne": "Edit Note to Participants",
    "Ret type": "Edit Type",
    "Ret temagruppe": "Edit Theme Group",
    "Ret møderække": "Edit Meeting Series",
    "Ret mødested": "Edit Venue",
    "(ingen temagruppe)": "(no theme group)",
    "(ingen møderække)": "(no meeting series)",
    "(intet mødested valgt)": "(no venue chosen)",
    "Ret dato": "Edit Date",
    "Starttidspunktet skal ligge før sluttidspunktet kl. %1.":
        "The start time must be before the end time, %1.",
    "Sluttidspunktet skal ligge efter starttidspunktet kl. %1.":
        "The end time must be after the start time, %1.",
    "Arrangementet skal have en titel; «%1» er gemt.":
        "The event must have a title; “%1” is saved.",
    "Ret starttidspunkt": "Edit Start Time",
    "Ret sluttidspunkt": "Edit End Time",

    # Exchange files
    "%1: skal henvise til %2, men id'et %3 er %4 i filen.":
        "%1: must refer to %2, but the id %3 is %4 in the file.",
    "%1: henviser til %2 (id %3), som hverken findes i filen eller i biblioteket.":
        "%1: refers to %2 (id %3), which is neither in the file nor in the library.",
    "%1 kan ikke læses: %2": "%1 cannot be read: %2",
    "%1 er for stor til at være en Temaplan-fil (%2 MB).":
        "%1 is too large to be a Temaplan file (%2 MB).",
    "%1 blev ikke importeret: %2": "%1 was not imported: %2",
    "Der er intet at eksportere: de valgte poster findes ikke.":
        "There is nothing to export: the chosen records do not exist.",
    "Kunne ikke skrive %1: %2": "Could not write %1: %2",

    # The library file
    "%1 er ikke et Temaplan-bibliotek.": "%1 is not a Temaplan library.",
    "Biblioteket %1 er beskadiget og kan ikke åbnes. Filen er ikke ændret; åbn en sikkerhedskopi.":
        "The library %1 is damaged and cannot be opened. The file has not been changed; "
        "open a backup.",
    "Biblioteket %1 er låst af et andet program. Luk det, og prøv igen.":
        "The library %1 is locked by another program. Close it and try again.",
    "Biblioteket %1 blev ikke lukket rigtigt: et program stoppede midt i en ændring, som skal "
    "rulles tilbage, før biblioteket kan vises. Åbn det med skriveadgang (ikke skrivebeskyttet), "
    "så sker det. Filen er ikke ændret.":
        "The library %1 was not closed properly: a program stopped in the middle of a change, "
        "which must be rolled back before the library can be shown. Open it with write access "
        "(not read-only) and that will happen. The file has not been changed.",
    "Biblioteket %1 er skrivebeskyttet.": "The library %1 is read-only.",
    "Biblioteket %1 kunne ikke åbnes.": "The library %1 could not be opened.",
    "Biblioteket %1 kunne ikke oprettes.": "The library %1 could not be created.",
    "Biblioteket %1 kan ikke læses: %2": "The library %1 cannot be read: %2",
    "%1 er tom og er ikke et Temaplan-bibliotek.": "%1 is empty and is not a Temaplan library.",
    "%1 er en SQLite-database, men ikke et Temaplan-bibliotek. Filen er ikke ændret.":
        "%1 is an SQLite database, but not a Temaplan library. The file has not been changed.",
    "Biblioteket %1 er gemt af en nyere version af Temaplan (skemaversion %2; denne version "
    "kender op til %3). Opdatér Temaplan for at åbne det. Filen er ikke ændret.":
        "The library %1 was saved by a newer version of Temaplan (schema version %2; this "
        "version knows up to %3). Update Temaplan to open it. The file has not been changed.",
    "Biblioteket %1 er fra en ældre version af Temaplan og skal opgraderes, men filen er "
    "skrivebeskyttet. Gør filen skrivbar, og prøv igen.":
        "The library %1 is from an older version of Temaplan and must be upgraded, but the "
        "file is read-only. Make the file writable and try again.",
    "Biblioteket %1 kunne ikke opgraderes; filen er uændret.":
        "The library %1 could not be upgraded; the file is unchanged.",
    "Der er ikke angivet nogen biblioteksfil.": "No library file was given.",
    "%1 er en mappe, ikke en biblioteksfil.": "%1 is a folder, not a library file.",
    "Der findes allerede en fil med navnet %1.": "A file named %1 already exists.",
    "Biblioteket %1 findes ikke.": "The library %1 does not exist.",
    "Mappen %1 findes ikke.": "The folder %1 does not exist.",
    "Et bibliotek i hukommelsen kunne ikke oprettes.": "A library in memory could not be created.",
    "Biblioteket kunne ikke opgraderes til version %1.":
        "The library could not be upgraded to version %1.",

    # Reading exchange JSON
    '"%1" er ikke en farve (#rrggbb)': '"%1" is not a colour (#rrggbb)',
    "logoet er ikke gyldig base64": "the logo is not valid base64",
    "slutåret ligger før startåret": "the end year is before the start year",
    "sluttidspunktet ligger før starttidspunktet": "the end time is before the start time",
    "forventede et objekt": "expected an object",
    "feltet mangler": "the field is missing",
    "forventede tekst": "expected text",
    "må ikke være tom": "must not be empty",
    "forventede et id (UUID som tekst)": "expected an id (a UUID as text)",
    '"%1" er ikke et gyldigt id (UUID)': '"%1" is not a valid id (UUID)',
    "forventede en liste": "expected a list",
    '"%1" er ikke en gyldig dato (ÅÅÅÅ-MM-DD eller --MM-DD)':
        '"%1" is not a valid date (YYYY-MM-DD or --MM-DD)',
    '"%1" er ikke et gyldigt klokkeslæt (TT:MM)': '"%1" is not a valid time (HH:MM)',
    "forventede et heltal": "expected a whole number",
    "%1 ligger uden for %2–%3": "%1 is outside %2–%3",
    "forventede true eller false": "expected true or false",
    'ukendt værdi "%1"': 'unknown value "%1"',
    'forventede {"paragraph": …} eller {"bullet": …}': 'expected {"paragraph": …} or {"bullet": …}',
    "ukendt felt": "unknown field",
    "linje %1, kolonne %2": "line %1, column %2",
    "filen er tom": "the file is empty",
    "ikke gyldig JSON": "not valid JSON",
    "ikke gyldig JSON (et tal er for stort)": "not valid JSON (a number is too large)",
    'ikke en Temaplan-fil (forventede "format": "%1")':
        'not a Temaplan file (expected "format": "%1")',
    "mangler et gyldigt versionsnummer": "lacks a valid version number",
    "Filen er skrevet af en nyere version af Temaplan (format %1; denne version læser op til "
    "%2). Opdatér Temaplan for at læse den.":
        "The file was written by a newer version of Temaplan (format %1; this version reads up "
        "to %2). Update Temaplan to read it.",
    "id'et %1 findes mere end én gang i filen": "the id %1 occurs more than once in the file",

    # Kinds of records in messages ("en case", "casen")
    "en organisation": "an organisation",
    "en person": "a person",
    "et mødested": "a venue",
    "en temagruppe": "a theme group",
    "en møderække": "a meeting series",
    "en case": "a case",
    "et arrangement": "an event",
    "organisationen": "the organisation",
    "personen": "the person",
    "temagruppen": "the theme group",
    "møderækken": "the meeting series",
    "casen": "the case",
    "arrangementet": "the event",
    "mødestedet": "the venue",

    # The store's messages; "Kunne ikke %1" takes what it was doing ("søge i cases")
    "En case kan ikke flettes med sig selv.": "A case cannot be merged with itself.",
    "søge i cases": "search the cases",
    "finde cases": "find cases",
    "tælle cases": "count cases",
    "Uden ejer": "No owner",
    "Ukendt år": "Unknown year",
    "finde dubletter": "find duplicates",
    "Kunne ikke %1: biblioteket %2 er optaget af et andet program. Prøv igen om lidt.":
        "Could not %1: the library %2 is busy in another program. Try again in a moment.",
    "Kunne ikke %1: biblioteket %2 er skrivebeskyttet.":
        "Could not %1: the library %2 is read-only.",
    "Kunne ikke %1: biblioteket %2 er beskadiget.": "Could not %1: the library %2 is damaged.",
    "Kunne ikke %1: biblioteket %2 kunne ikke læses eller skrives (fuld disk?).":
        "Could not %1: the library %2 could not be read or written (disk full?).",
    "Kunne ikke %1 i biblioteket %2.": "Could not %1 in the library %2.",
    "Biblioteket %1 er åbnet skrivebeskyttet; ændringen er ikke gemt.":
        "The library %1 is open read-only; the change was not saved.",
    "begynde en ændring": "begin a change",
    "gemme ændringen": "save the change",
    "%1 «%2» henviser til en post (id %3), der ikke findes i biblioteket. Intet er gemt.":
        "%1 “%2” refers to a record (id %3) that is not in the library. Nothing was saved.",
    "Ændringen ville efterlade en henvisning til en post, der ikke findes. Intet er gemt.":
        "The change would leave a reference to a record that does not exist. Nothing was saved.",
    "finde arrangementer": "find events",
    "finde hvor casen er præsenteret": "find where the case was presented",
    "finde personens programpunkter": "find the person's agenda items",
    "finde arrangementets cases": "find the event's cases",
    "søge i arrangementer": "search the events",
    "Biblioteket %1 indeholder en ulæselig post.": "The library %1 contains an unreadable record.",
    "Biblioteket %1 indeholder en ukendt slags post.":
        "The library %1 contains an unknown kind of record.",
    "læse biblioteket": "read the library",
    "En kopi kan ikke gemmes oven i biblioteket selv.":
        "A copy cannot be saved over the library itself.",
    "Kopien %1 kunne ikke gemmes: %2": "The copy %1 could not be saved: %2",
    "Kopien %1 kunne ikke gemmes.": "The copy %1 could not be saved.",
    "Filen er beskadiget: %1": "The file is damaged: %1",
    "kontrollere biblioteket": "check the library",
    "%1 «%2» henviser til en post (id %3), der ikke findes.":
        "%1 “%2” refers to a record (id %3) that does not exist.",
    "læse %1": "read %1",
    "%1 med id %2 findes ikke i biblioteket.": "%1 with id %2 is not in the library.",
    "%1 har intet id og kan ikke gemmes.": "%1 has no id and cannot be saved.",
    "%1 skal have et navn eller en titel.": "%1 must have a name or a title.",
    "Id'et %1 bruges allerede af %2.": "The id %1 is already used by %2.",
    "gemme %1 «%2»": "save %1 “%2”",
    "%1 «%2»": "%1 “%2”",
    " og %n andre": (" and %n other", " and %n others"),
    "Kan ikke slette %1 «%2», fordi %3 henviser til %1.":
        "Cannot delete %1 “%2”, because %3 refers to %1.",
    "slette %1": "delete %1",
    "posterne": "the records",

    # The command line of the window (temaplan --help)
    "Intet bibliotek": "No library",
    "Programmer og case-bibliotek for Sund By Netværket.":
        "Programmes and case library for Sund By Netværket.",
    "FIL": "FILE",
    "Biblioteket, der skal åbnes.": "The library to open.",
    "Vis denne hjælp og afslut.": "Show this help and quit.",
    "[FIL]": "[FILE]",
    "Gem et billede af vinduet som PNG og afslut.": "Save a picture of the window as PNG and quit.",
    "FIL.png": "FILE.png",
    "Sprog: da eller en (ellers systemets sprog, hvis det er engelsk, og ellers dansk).":
        "Language: da or en (otherwise the system's language if it is English, else Danish).",
    "SPROG": "LANGUAGE",
    "Vis case-biblioteket ved start: --room cases.": "Show the case library at start: --room cases.",
    "RUM": "ROOM",
    "Filtrér arrangementerne ved start.": "Filter the events at start.",
    "TEKST": "TEXT",
    "Åbn biblioteket skrivebeskyttet.": "Open the library read-only.",
    "Vis det første arrangement, hvis titel indeholder TEKST.":
        "Show the first event whose title contains TEXT.",
    "Søg i cases ved start.": "Search the cases at start.",
    "temaplan: kunne ikke gemme skærmbilledet %1": "temaplan: could not save the screenshot %1",
    "Afslut, så snart vinduet er tegnet (til måling af opstart).":
        "Quit as soon as the window is painted (to measure start-up).",
    "temaplan: --lang %1 er hverken da eller en; systemets sprog bestemmer.":
        "temaplan: --lang %1 is neither da nor en; the system's language decides.",

    # The agenda editor
    " min": " min",
    "Varighed af et nyt programpunkt": "Length of a new agenda item",
    "Så meget flyttes det valgte og de senere programpunkter (negativt: tidligere)":
        "How far the chosen and the later agenda items move (negative: earlier)",
    "Indsæt &før": "Insert &Before",
    "Indsæt et programpunkt før det valgte; de senere rykker (Skift+Insert)":
        "Insert an agenda item before the chosen one; the later ones move (Shift+Insert)",
    "Indsæt &efter": "Insert &After",
    "Indsæt et programpunkt efter det valgte; de senere rykker (Insert)":
        "Insert an agenda item after the chosen one; the later ones move (Insert)",
    "&Slet": "&Delete",
    "Slet det valgte programpunkt; de senere rykker op (Delete)":
        "Delete the chosen agenda item; the later ones move up (Delete)",
    "Flyt &op": "Move &Up",
    "Byt plads med punktet før, tiderne bliver (Alt+Op)":
        "Swap places with the item before; the times stay (Alt+Up)",
    "Flyt &ned": "Move Dow&n",
    "Byt plads med punktet efter, tiderne bliver (Alt+Ned)":
        "Swap places with the item after; the times stay (Alt+Down)",
    "F&orskyd": "&Shift",
    "Flyt det valgte og de senere programpunkter; faste tidspunkter bliver":
        "Move the chosen and the later agenda items; fixed times stay",
    "Fortryd": "Undo",
    "Gendan": "Redo",
    "Gentag": "Redo",
    "%1 (%2 min)": "%1 (%2 min)",
    "Indsæt «%1» på %2 minutter efter det valgte; de senere rykker":
        "Insert “%1” of %2 minutes after the chosen item; the later ones move",
    "Skabelon": "Template",
    "Indsæt velkomst, pause, frokost eller afrunding": "Insert a welcome, break, lunch or wrap-up",
    "Nyt programpunkt": "New agenda item",
    "Programmet er tomt. Tryk Insert for at tilføje et programpunkt.":
        "The programme is empty. Press Insert to add an agenda item.",
    "%n programpunkt(er)": ("%n agenda item", "%n agenda items"),
    "dagen slutter kl. %1": "the day ends at %1",
    "Indsæt programpunkt": "Insert Agenda Item",
    "Slet programpunkt": "Delete Agenda Item",
    "Sluttidspunktet skal ligge efter starttidspunktet.": "The end time must be after the start time.",
    "Et programpunkt skal have en titel.": "An agenda item must have a title.",
    "Programpunktet har intet starttidspunkt, så det har ingen varighed.":
        "The agenda item has no start time, so it has no length.",
    "Ændr varighed": "Change Length",
    "Flyt programpunkt op": "Move Agenda Item Up",
    "Flyt programpunkt ned": "Move Agenda Item Down",
    "Forskyd programpunkter": "Shift Agenda Items",
    "Fast tidspunkt: flytter sig ikke, når andre punkter indsættes eller slettes.":
        "Fixed time: does not move when other items are inserted or deleted.",
    "Sluttidspunktet følger af næste programpunkt.": "The end time follows from the next agenda item.",
    "Tid": "Time",
    "Type": "Type",
    "Talere": "Speakers",
    "Cases": "Cases",
    "»%1« er ikke et klokkeslæt. Skriv fx 9.30 eller 14.45.":
        "“%1” is not a time. Write e.g. 9.30 or 14.45.",
    "Ret titel til «%1»": "Rename to “%1”",
    "Ret type for «%1»": "Edit Type of “%1”",
    "Ret beskrivelse af «%1»": "Edit Description of “%1”",
    "Ret talere i «%1»": "Edit Speakers of “%1”",
    "Ret cases i «%1»": "Edit Cases of “%1”",
    "Fastlås tidspunktet for «%1»": "Fix the Time of “%1”",
    "Frigiv tidspunktet for «%1»": "Release the Time of “%1”",
    "Ret tidspunkt for «%1»": "Edit Time of “%1”",
    "Ret programpunkt «%1»": "Edit Agenda Item “%1”",
    "Sæt «%1» i række med punktet før": "Share Row of “%1” with the Item Before",
    "Giv «%1» sin egen række": "Give “%1” Its Own Row",
    "Ret programpunkt": "Edit Agenda Item",
    "Ændringen er ikke foretaget: et tidspunkt ville falde uden for døgnet (før 0.00 eller "
    "efter 23.59).":
        "The change was not made: a time would fall outside the day (before 0.00 or after "
        "23.59).",
    "Tilføj": "Add",
    "Fjern": "Remove",
    "Ret": "Edit",
    "Søg efter en case": "Search for a case",
    "(ukendt case)": "(unknown case)",
    "Fast tidspunkt": "Fixed time",
    "Et afsnit pr. linje. Punkter begynder med • eller -":
        "One paragraph per line. Bullets begin with • or -",
    "Et fast tidspunkt (fx frokost) flytter sig ikke, når andre programpunkter indsættes, "
    "slettes eller ændrer varighed.":
        "A fixed time (lunch, say) does not move when other agenda items are inserted, deleted "
        "or change length.",
    "&Tid": "&Time",
    "T&ype": "T&ype",
    "Tit&el": "T&itle",
    "&Beskrivelse": "&Description",
    "Ta&lere": "S&peakers",
    "&Cases": "&Cases",
    "(næste punkts start)": "(next item's start)",
    "Vælg person": "Choose a person",
    "Rolletekst, fx »projektleder«": "Role, e.g. “projektleder”",
    "Personen fra biblioteket": "The person from the library",
    "Står foran navnet i programmet: »ved projektleder Vibeke Skøtt«":
        "Stands before the name in the programme: “ved projektleder Vibeke Skøtt”",
    "(ukendt person)": "(unknown person)",

    # The case library
    "Vælg en case i listen for at se, hvad den handler om, og hvor den er præsenteret.":
        "Choose a case in the list to see what it is about and where it was presented.",
    "Dato": "Date",
    "Sted": "Place",
    "Programpunkt": "Agenda item",
    "Dobbeltklik for at åbne arrangementet": "Double-click to open the event",
    "Kontakt": "Contact",
    "Links": "Links",
    "Dokumenter": "Documents",
    "Casen har intet resumé endnu.": "The case has no summary yet.",
    "oplyses snarest": "to be announced",
    "Præsenteret ved: endnu ingen arrangementer": "Presented at: no events yet",
    "Præsenteret ved (%1)": "Presented at (%1)",
    "Nulstil filtre": "Clear Filters",
    "Filtre": "Filters",
    "Tema": "Theme",
    "Startår": "Start year",
    "Temagruppe": "Theme group",
    "ingen": "none",
    "Vis alle %1 …": "Show all %1 …",
    "%1\nTemaer: %2": "%1\nThemes: %2",
    "Case": "Case",
    "Gemte søgninger": "Saved Searches",
    "Vælg en søgning for at vise den igen; Delete fjerner den":
        "Choose a search to show it again; Delete removes it",
    "Gem søgning": "Save Search",
    "Navn på søgningen:": "Name of the search:",
    "%1 (%2)": "%1 (%2)",
    "Ingen gemte søgninger endnu": "No saved searches yet",
    "Gem søgning …": "Save Search …",
    "Flet valgte": "Merge Selected",
    "Som CSV (regneark) …": "As CSV (Spreadsheet) …",
    "Som PDF …": "As PDF …",
    "Søg i cases: kommune, titel, tema … (Ctrl+F)":
        "Search the cases: municipality, title, theme … (Ctrl+F)",
    "Fortryd: %1": "Undo: %1",
    "Gentag: %1": "Redo: %1",
    "Flet de to valgte cases til én: den viste beholdes, og hvor den anden er præsenteret, "
    "peger nu på den":
        "Merge the two selected cases into one: the one shown is kept, and where the other was "
        "presented now points to it",
    "Dubletter": "Duplicates",
    "Cases med samme titel og ejer": "Cases with the same title and owner",
    "Eksportér": "Export",
    "Eksportér listen, som den vises": "Export the list as shown",
    "Gem søgeteksten og de valgte filtre under et navn":
        "Save the search text and the chosen filters under a name",
    "Eksportér cases": "Export Cases",
    "Over %1 cases passer …": "More than %1 cases match …",
    "Over %1 cases i biblioteket …": "More than %1 cases in the library …",
    "%n case(s) i biblioteket": ("%n case in the library", "%n cases in the library"),
    "Ingen cases passer på filtrene": "No cases match the filters",
    "%n case(s) passer på filtrene": ("%n case matches the filters", "%n cases match the filters"),
    "Ingen cases passer på «%1»": "No cases match “%1”",
    "%n case(s) passer på «%1»": ("%n case matches “%1”", "%n cases match “%1”"),
    "Ingen cases med samme titel og ejer": "No cases with the same title and owner",
    "uden ejer": "no owner",
    "Flet «%1» (%2)": "Merge “%1” (%2)",
    "cases.pdf": "cases.pdf",
    "cases.csv": "cases.csv",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "CSV-filer (*.csv)": "CSV files (*.csv)",
    "Cases: «%1»": "Cases: “%1”",

    # Events
    "&Nyt arrangement…": "&New Event…",
    "&Kopiér arrangement": "&Copy Event",
    "&Slet arrangement": "&Delete Event",
    "Tilføj &dato og sted": "&Add Date and Place",
    "Fjern d&ato og sted": "&Remove Date and Place",
    "Opret et nyt arrangement med én dato og et tomt program":
        "Create a new event with one date and an empty programme",
    "Opret en kopi af arrangementet med dets datoer og program, til næste møde":
        "Create a copy of the event with its dates and programme, for the next meeting",
    "Slet arrangementet; Fortryd henter det tilbage": "Delete the event; Undo brings it back",
    "Arrangementet holdes også et andet sted eller en anden dag, med en kopi af programmet":
        "The event is also held in another place or on another day, with a copy of the programme",
    "Fjern den viste dato og dens program": "Remove the date shown and its programme",
    "Nyt arrangement": "New event",
    "%1 (kopi)": "%1 (copy)",
    "Kopiér «%1»": "Copy “%1”",
    "Slet «%1»": "Delete “%1”",
    "Tilføj dato og sted": "Add Date and Place",
    "Fjern dato og sted": "Remove Date and Place",
    "Vælg et arrangement i listen for at se dets program.":
        "Choose an event in the list to see its programme.",
    "Arrangementet holdes flere steder; vælg hvilket program du vil se":
        "The event is held in several places; choose which programme to see",
    "Program": "Programme",
    "Oplysninger": "Details",
    "Vis programmet for:": "Show the programme for:",
    "Dato og sted er endnu ikke fastlagt.": "Date and place are not settled yet.",
    "Cases (%1)": "Cases (%1)",
    "dato ikke fastlagt": "date not settled",
    "Filtrér arrangementer efter titel, sted eller temagruppe":
        "Filter events by title, place or theme group",
    "Kunne ikke oprette mappen %1 til biblioteket.":
        "Could not create the folder %1 for the library.",

    # The File menu
    "&Nyt bibliotek…": "&New Library…",
    "&Åbn bibliotek…": "&Open Library…",
    "Åbn &skrivebeskyttet…": "Open &Read-Only…",
    "&Importér JSON…": "&Import JSON…",
    "&Eksportér JSON…": "&Export JSON…",
    "Seneste &biblioteker": "Recent &Libraries",
    "Åbn et bibliotek til gennemsyn uden at kunne ændre det":
        "Open a library to look through without being able to change it",
    "Flet arrangementer og cases fra en JSON-fil ind i biblioteket":
        "Merge events and cases from a JSON file into the library",
    "Gem hele biblioteket som JSON": "Save the whole library as JSON",
    "Temaplan-biblioteker (*.temaplan);;Alle filer (*)": "Temaplan libraries (*.temaplan);;All files (*)",
    "Biblioteket blev ikke åbnet": "The library was not opened",
    "Åbnede %1": "Opened %1",
    "bibliotek.temaplan": "library.temaplan",
    "Nyt bibliotek": "New Library",
    "Åbn bibliotek skrivebeskyttet": "Open Library Read-Only",
    "Åbn bibliotek": "Open Library",
    "Intet blev importeret": "Nothing was imported",
    "Importerede %1: %2 nye, %3 ændrede, %4 uændrede poster":
        "Imported %1: %2 new, %3 changed, %4 unchanged records",
    "Biblioteket blev ikke eksporteret": "The library was not exported",
    "Gemte biblioteket som %1": "Saved the library as %1",
    "Importér JSON": "Import JSON",
    "JSON-filer (*.json);;Alle filer (*)": "JSON files (*.json);;All files (*)",
    "bibliotek": "library",
    "Eksportér JSON": "Export JSON",
    "JSON-filer (*.json)": "JSON files (*.json)",
    "(ingen)": "(none)",
    "Ryd listen": "Clear the List",
    "bibliotek i hukommelsen": "library in memory",
    "Biblioteket er åbnet skrivebeskyttet, så ændringen blev ikke gemt.":
        "The library is open read-only, so the change was not saved.",
    "Intet bibliotek er åbent.": "No library is open.",

    # The main window
    "Biblioteket er åbnet skrivebeskyttet. Du kan se og udskrive, men ikke ændre eller importere.":
        "The library is open read-only. You can look and print, but not change or import.",
    "Arrangementer": "Events",
    "Gemte %1": "Saved %1",
    "Ændringen blev ikke gemt": "The change was not saved",
    "&Filer": "&File",
    "&Afslut": "&Quit",
    "&Program": "&Programme",
    "Indsæt &skabelon": "Insert &Template",
    "&Vis": "&View",
    "&Arrangementer": "&Events",
    "&Søg i cases": "&Search Cases",
    "&Hjælp": "&Help",
    "&Om Temaplan": "&About Temaplan",
    "Om Temaplan": "About Temaplan",
    "<h3>Temaplan %1</h3><p>Programmer for temagruppemøder og et bibliotek over kommunale "
    "cases for Sund By Netværket.</p>":
        "<h3>Temaplan %1</h3><p>Programmes for theme group meetings and a library of municipal "
        "cases for Sund By Netværket.</p>",
    "&Rediger": "&Edit",
    "&Fortryd": "&Undo",
    "&Gendan": "&Redo",
    "<åbnet>": "<opened>",
    "Fortrydelseshistorik": "Undo History",
    "Fortrydelses&historik": "Undo &History",
    "&Fortryd «%1»": "&Undo “%1”",
    "&Gendan «%1»": "&Redo “%1”",
    "Temaplan – %1": "Temaplan – %1",
    "Temaplan": "Temaplan",
    "%n arrangement(er)": ("%n event", "%n events"),
    "Fejl i biblioteket": "Error in the library",

    # Printing and saving the programme
    "Eksportér PDF…": "Export PDF…",
    "Udskriv…": "Print…",
    "Gem som HTML…": "Save as HTML…",
    "Gem kalenderinvitation…": "Save Calendar Invitation…",
    "Gem programmet som PDF til udsendelse": "Save the programme as a PDF to send out",
    "Se programmet, som det bliver udskrevet, og udskriv det":
        "See the programme as it will be printed, and print it",
    "Gem programmet som en webside til netværkets hjemmeside":
        "Save the programme as a web page for the network's website",
    "Gem en kalenderinvitation (.ics) til deltagerne":
        "Save a calendar invitation (.ics) for the participants",
    "Der er intet program valgt.": "No programme is chosen.",
    "Eksportér programmet som PDF": "Export Programme as PDF",
    "PDF-dokumenter (*.pdf)": "PDF documents (*.pdf)",
    "PDF blev ikke gemt": "The PDF was not saved",
    "Gem programmet som HTML": "Save Programme as HTML",
    "Websider (*.html *.htm)": "Web pages (*.html *.htm)",
    "HTML blev ikke gemt": "The HTML was not saved",
    "Ingen kalenderinvitation": "No calendar invitation",
    "Gem kalenderinvitation": "Save Calendar Invitation",
    "Kalenderinvitationer (*.ics)": "Calendar invitations (*.ics)",
    "Kalenderinvitationen blev ikke gemt": "The calendar invitation was not saved",
    "Udskriv program": "Print Programme",
    "Programmet kunne ikke udskrives": "The programme could not be printed",
    "program": "programme",
    "Side ": "Page ",
    "Hvilken side af det trykte program der vises": "Which page of the printed programme is shown",
    "Udskrift": "Printout",
    "af %1": "of %1",

    # Kinds of organisations
    "Netværk": "Network",
    "Kommune": "Municipality",
    "Boligorganisation": "Housing association",
    "Forskning": "Research",
    "Anden": "Other",

    # The rooms for people, organisations, theme groups and series
    "&Personer": "&People",
    "&Organisationer": "&Organisations",
    "&Temagrupper": "&Theme Groups",
    "S&erier": "Meeting Se&ries",
    "Personer": "People",
    "Organisationer": "Organisations",
    "Temagrupper": "Theme Groups",
    "Serier": "Meeting Series",
    "Navn": "Name",
    "Undertitel": "Subtitle",
    "Tidligere navne": "Former names",
    "Ny person": "New person",
    "Ny organisation": "New organisation",
    "Ny temagruppe": "New theme group",
    "Ny serie": "New meeting series",
    "&Ny person": "&New Person",
    "&Slet person": "&Delete Person",
    "&Ny organisation": "&New Organisation",
    "&Slet organisation": "&Delete Organisation",
    "&Ny temagruppe": "&New Theme Group",
    "&Slet temagruppe": "&Delete Theme Group",
    "&Ny serie": "&New Meeting Series",
    "&Slet serie": "&Delete Meeting Series",
    "Filtrér personer efter navn, titel, organisation eller mail":
        "Filter people by name, title, organisation or email",
    "Filtrér organisationer efter navn, forkortelse, type eller by":
        "Filter organisations by name, abbreviation, type or town",
    "Filtrér temagrupper efter navn eller tidligere navn":
        "Filter theme groups by name or former name",
    "Filtrér serier efter titel eller undertitel": "Filter meeting series by title or subtitle",
    "<b>Personer</b>": "<b>People</b>",
    "Ingen personer": "No people",
    "<b>Cases</b> (dobbeltklik åbner casen)": "<b>Cases</b> (double-click opens the case)",
    "Ingen cases": "No cases",
    "<b>Oplæg</b> (dobbeltklik åbner arrangementet)":
        "<b>Presentations</b> (double-click opens the event)",
    "Ingen oplæg i programmerne": "No presentations in the programmes",
    "<b>Arrangementer</b> (dobbeltklik åbner arrangementet)":
        "<b>Events</b> (double-click opens the event)",
    "Ingen arrangementer": "No events",
    "Slet; Fortryd henter det tilbage. Det, som andre poster henviser til, kan ikke slettes.":
        "Delete; Undo brings it back. What other records refer to cannot be deleted.",
    "Intet valgt. Vælg i listen, eller opret med «%1».":
        "Nothing chosen. Choose in the list, or create with “%1”.",
    "Navnet må ikke være tomt; det gemte navn står tilbage, hvis feltet forlades tomt.":
        "The name must not be empty; the saved name stays if the field is left empty.",
    "(ukendt)": "(unknown)",
    "Søg efter en organisation": "Search for an organisation",
    "Søg efter en person": "Search for a person",
    "Delete fjerner den valgte": "Delete removes the selected one",
    "Skriv en del af navnet, vælg på listen, og tryk Enter for at tilføje":
        "Type part of the name, choose in the list, and press Enter to add",
    # The status bar: what the room on show lists.
    "%n person(er)": ("%n person", "%n people"),
    "%1 af %n person(er)": ("%1 of %n person", "%1 of %n people"),
    "%n organisation(er)": ("%n organisation", "%n organisations"),
    "%1 af %n organisation(er)": ("%1 of %n organisation", "%1 of %n organisations"),
    "%n temagruppe(r)": ("%n theme group", "%n theme groups"),
    "%1 af %n temagruppe(r)": ("%1 of %n theme group", "%1 of %n theme groups"),
    "%n serie(r)": ("%n series", "%n series"),
    "%1 af %n serie(r)": ("%1 of %n series", "%1 of %n series"),
    "%1 af %n case(s)": ("%1 of %n case", "%1 of %n cases"),
    "Over %1 af %n case(s)": ("Over %1 of %n case", "Over %1 of %n cases"),
    "Et afsnit en linje; punkter begynder med «• » eller «- »":
        "One paragraph a line; bullet points begin with “• ” or “- ”",
    "Ret navn": "Edit Name",
    "Ret telefon": "Edit Phone",
    "Ret mail": "Edit Email",
    "Ret kontaktpersoner": "Edit Contact People",
    "&Navn:": "&Name:",
    "&Mail:": "&Email:",
    "Tele&fon:": "P&hone:",
    "Organisation": "Organisation",

    # The organisation form
    "Organisationen": "Organisation",
    "fx Gladsaxe Kommune": "e.g. Gladsaxe Kommune",
    "&Forkortelse:": "&Abbreviation:",
    "fx KL, BL": "e.g. KL, BL",
    "Brevpapir (sidefoden på programmer, organisationen arrangerer)":
        "Letterhead (the footer of programmes the organisation arranges)",
    "&c/o:": "&c/o:",
    "fx c/o KL-huset": "e.g. c/o KL-huset",
    "&Adresse:": "A&ddress:",
    "fx Weidekampsgade 10": "e.g. Weidekampsgade 10",
    "&Postnr. og by:": "&Postcode and town:",
    "fx 2300": "e.g. 2300",
    "fx København S": "e.g. København S",
    "&Web:": "&Website:",
    "fx www.sund-by-net.dk": "e.g. www.sund-by-net.dk",
    "&Slogan og tekst:": "&Slogan and text:",
    "Første linje er sloganet, de næste en kort tekst":
        "The first line is the slogan, the next ones a short text",
    "Fa&rve:": "Colou&r:",
    "#rrggbb (tom: husets farve)": "#rrggbb (empty: house colour)",
    "Vælg farve…": "Choose Colour…",
    "Logo:": "Logo:",
    "Vælg logo…": "Choose Logo…",
    "Fjern logo": "Remove Logo",
    "Vælg logo": "Choose Logo",
    "Billeder (*.png *.svg *.jpg *.jpeg)": "Images (*.png *.svg *.jpg *.jpeg)",
    "Ret forkortelse": "Edit Abbreviation",
    "Ret c/o": "Edit c/o",
    "Ret adresse": "Edit Address",
    "Ret postnummer": "Edit Postcode",
    "Ret by": "Edit Town",
    "Ret web": "Edit Website",
    "Ret slogan": "Edit Slogan",
    "intet logo": "no logo",
    "ulæseligt logo": "unreadable logo",
    "«%1» er ikke en farve; skriv fx #1a6e8e, eller lad feltet stå tomt":
        "“%1” is not a colour; write e.g. #1a6e8e, or leave the field empty",
    "Ret farve": "Edit Colour",
    "Logoet «%1» fylder over 2 MB; brug en mindre udgave.":
        "The logo “%1” takes up more than 2 MB; use a smaller version.",
    "Kunne ikke læse «%1».": "Could not read “%1”.",
    "«%1» er ikke et billede, Temaplan kan læse; brug PNG, JPEG eller SVG.":
        "“%1” is not an image Temaplan can read; use PNG, JPEG or SVG.",

    # The person form; the examples are what is printed, so they stay Danish
    "Personen": "Person",
    "Fornavn Efternavn": "First name Last name",
    "&Titel eller rolle:": "&Title or role:",
    "fx projektleder, sekretariatschef": "e.g. projektleder, sekretariatschef",
    "&Organisation:": "&Organisation:",
    "&Afdeling:": "&Department:",
    "fx Sundhed & Ældre": "e.g. Sundhed & Ældre",
    "+45 …": "+45 …",
    "navn@kommune.dk": "name@kommune.dk",
    "Ret afdeling": "Edit Department",
    "Ret organisation": "Edit Organisation",
    "(ingen organisation)": "(no organisation)",

    # The series form
    "Serien": "Meeting Series",
    "fx Sund By Ledernetværket": "e.g. Sund By Ledernetværket",
    "&Undertitel:": "&Subtitle:",
    "fx Momentum for forebyggelsen – møderække 2018":
        "e.g. Momentum for forebyggelsen – møderække 2018",
    "&Beskrivelse:": "&Description:",
    "&Praktisk:": "&Practical:",
    "fx heldagsmøder fra kl. 10.00 til kl. 18.30 med efterfølgende middag":
        "e.g. heldagsmøder fra kl. 10.00 til kl. 18.30 med efterfølgende middag",
    "&Arrangører:": "&Organisers:",
    "&Facilitatorer:": "&Facilitators:",
    "&Kontaktpersoner:": "&Contact people:",
    "Ret undertitel": "Edit Subtitle",
    "Ret praktisk note": "Edit Practical Note",
    "Ret arrangører": "Edit Organisers",
    "Ret facilitatorer": "Edit Facilitators",

    # The theme group form and renaming a theme group
    "Temagruppen": "Theme Group",
    "Ret stavningen her; et nyt navn gives med «Omdøb…», så det gamle huskes":
        "Correct the spelling here; a new name is given with “Rename…”, so the old one is "
        "remembered",
    "&Omdøb…": "&Rename…",
    "Giv gruppen et nyt navn og gem det nuværende som tidligere navn":
        "Give the group a new name and keep the current one as a former name",
    "Tidligere navne:": "Former names:",
    "Fjern det valgte tidligere navn": "Remove the chosen former name",
    "&Arrangør:": "&Organiser:",
    "&Mødefrekvens:": "Meeting fre&quency:",
    "fx 3-4 årlige temamøder, de fleste online": "e.g. 3-4 årlige temamøder, de fleste online",
    "&Baggrund:": "&Background:",
    "&Formål:": "&Purpose:",
    "Må&lgruppe:": "&Audience:",
    "&Fokus:": "&Focus:",
    "Ret mødefrekvens": "Edit Meeting Frequency",
    "Ret baggrund": "Edit Background",
    "Ret formål": "Edit Purpose",
    "Ret fokus": "Edit Focus",
    "Ret arrangør": "Edit Organiser",
    "(ingen arrangør)": "(no organiser)",
    "%1 (til %2)": "%1 (until %2)",
    "Omdøb «%1» til «%2»": "Rename “%1” to “%2”",
    "Fjern tidligere navn «%1»": "Remove Former Name “%1”",
    "kendt:": "known:",
    "Omdøb temagruppe": "Rename Theme Group",
    "Omdøb": "Rename",
    "Det nuværende navn, «%1», gemmes som tidligere navn, så tidligere møder stadig kan findes "
    "under det.":
        "The current name, “%1”, is kept as a former name, so earlier meetings can still be "
        "found under it.",
    "&Nyt navn:": "&New name:",
    "Det gamle navn brugt til og med:": "The old name used up to and including:",

    # Agenda templates
    "skabelonen": "the template",
    "&Gem program som skabelon…": "&Save Programme as Template…",
    "Nyt arrangement fra skabe&lon…": "New Event from Temp&late…",
    "Skabelone&r…": "Te&mplates…",
    "Gem det viste program med tider, talere og cases som en skabelon til nye arrangementer":
        "Save the programme shown, with times, speakers and cases, as a template for new events",
    "Opret et nyt arrangement med programmet fra en skabelon":
        "Create a new event with the programme from a template",
    "Omdøb eller slet skabeloner": "Rename or delete templates",
    "Skabelonens navn:": "Name of the template:",
    "Gem skabelon «%1»": "Save Template “%1”",
    "Nyt arrangement fra «%1»": "New Event from “%1”",
    "Skabelonen blev ikke omdøbt": "The template was not renamed",
    "Der findes allerede en skabelon med navnet «%1».": "A template named “%1” already exists.",
    "Omdøb skabelon «%1»": "Rename Template “%1”",
    "Slet skabelon «%1»": "Delete Template “%1”",
    "Omdøb skabelon": "Rename Template",
    "Gem program som skabelon": "Save Programme as Template",
    "Ingen skabeloner": "No templates",
    "Biblioteket har ingen skabeloner endnu. Vælg et arrangement og «Gem program som skabelon…» "
    "først.":
        "The library has no templates yet. Choose an event and “Save Programme as Template…” "
        "first.",
    "Behold &talerne": "Keep the &speakers",
    "Behold &cases": "Keep the &cases",
    "Nyt arrangement fra skabelon": "New Event from Template",
    "Tiderne følger altid med. Uden talere og cases står programpunkterne klar til at blive "
    "udfyldt.":
        "The times always come along. Without speakers and cases the agenda items stand ready "
        "to be filled in.",
    "Opret arrangement": "Create Event",
    "&Skabelon:": "&Template:",
    "Skabeloner": "Templates",
    "Slet skabelonen; Fortryd henter den tilbage": "Delete the template; Undo brings it back",

    # The agenda editor: new people and cases, and items sharing a row
    "Flyt programpunkt": "Move Agenda Item",
    "Opret «%1» som ny person": "Create “%1” as a New Person",
    "Opret ny case «%1»": "Create New Case “%1”",
    "Nye personer og cases kan kun oprettes, når programmet hører til et bibliotek.":
        "New people and cases can only be created when the programme belongs to a library.",
    "Trykkes i samme række som punktet før: »%1«.":
        "Printed on the same row as the item before: “%1”.",
    "Opret casen i biblioteket og sæt den på programpunktet; Fortryd fjerner begge dele":
        "Create the case in the library and put it on the agenda item; Undo removes both",
    "Opret personen i biblioteket og sæt vedkommende på programpunktet; Fortryd fjerner begge "
    "dele":
        "Create the person in the library and put them on the agenda item; Undo removes both",
    "Vælg eller skriv en person": "Choose or type a person",
    "I samme række som punktet før": "Same row as the item before",
    "Det første programpunkt har intet punkt før sig at dele række med.":
        "The first agenda item has no item before it to share a row with.",
    "det første programpunkt har intet punkt før sig at dele række med":
        "the first agenda item has no item before it to share a row with",
    "Punktet trykkes i samme række som punktet før, med begge tidspunkter i tidskolonnen, fx "
    "»9.30 / 10.00«: let morgenmad og velkomst.":
        "The item is printed on the same row as the item before, with both times in the time "
        "column, e.g. “9.30 / 10.00”: let morgenmad og velkomst.",

    # Saved searches in the navigation and the facet counter
    "Vælg en søgning for at vise den igen; F2 omdøber den, Delete fjerner den":
        "Choose a search to show it again; F2 renames it, Delete removes it",
    "Omdøb …": "Rename …",
    "Slet": "Delete",
    "Alle cases": "All cases",
    "Søger «%1»": "Searching “%1”",
    "%1, med filtre": "%1, with filters",
    "Gemt søgning: %1": "Saved search: %1",
    "tæller …": "counting …",

    # The store and the library file
    "%1 er ikke længere det bibliotek, der blev åbnet.":
        "%1 is no longer the library that was opened.",

    # The welcome panel, the empty rooms, the Help menu and the About box
    "Luk": "Close",
    "<b>Velkommen til Temaplan</b>": "<b>Welcome to Temaplan</b>",
    "Dette er et demobibliotek med Sund By Netværkets egne programmer og cases, så du kan prøve "
    "alt uden at ødelægge noget: vælg et arrangement og ret i programmet, eller søg i cases "
    "(Ctrl+F). Når du vil i gang for alvor, så opret dit eget bibliotek med <i>Filer ▸ Nyt "
    "bibliotek…</i> og hent eventuelt arrangementer og cases ind med <i>Filer ▸ Importér "
    "JSON…</i>":
        "This is a demo library with Sund By Netværket's own programmes and cases, so you can "
        "try everything without breaking anything: choose an event and edit its programme, or "
        "search the cases (Ctrl+F). When you want to start for real, create your own library "
        "with <i>File ▸ New Library…</i> and, if you like, bring in events and cases with "
        "<i>File ▸ Import JSON…</i>",
    "Nyt bibliotek…": "New Library…",
    "Brugervejledning": "User Guide",
    "Skjul velkomsten; den vises ikke igen": "Hide the welcome; it will not be shown again",
    "Ingen arrangementer endnu": "No events yet",
    "Biblioteket er tomt. Opret det første møde med «Nyt arrangement», eller hent arrangementer "
    "og cases fra et andet bibliotek med «Importér JSON…».":
        "The library is empty. Create the first meeting with “New Event”, or bring in events "
        "and cases from another library with “Import JSON…”.",
    "Importér JSON…": "Import JSON…",
    "Ingen cases endnu": "No cases yet",
    "Cases kommer ind i biblioteket med «Importér JSON…» fra et bibliotek, der har dem. Knyt "
    "dem siden til programpunkterne i et arrangements program.":
        "Cases come into the library with “Import JSON…” from a library that has them. Then "
        "link them to the agenda items in an event's programme.",
    "&Brugervejledning": "&User Guide",
    "Sådan planlægger du et møde, udskriver programmet og finder cases":
        "How to plan a meeting, print the programme and find cases",
    "Temaplan – Brugervejledning": "Temaplan – User Guide",
    "Licensteksten mangler i programmet.": "The licence text is missing from the program.",
    "<h2>Temaplan %1</h2><p>Programmer for temagruppemøder, temadage og konferencer og et "
    "bibliotek over kommunale cases for Sund By Netværket.</p><p>Temaplan er fri software under "
    "Apache License 2.0. De trykte programmer sættes med skrifttypen Open Sans, som også er "
    "udgivet under Apache License 2.0.</p>":
        "<h2>Temaplan %1</h2><p>Programmes for theme group meetings, theme days and conferences "
        "and a library of municipal cases for Sund By Netværket.</p><p>Temaplan is free software "
        "under the Apache License 2.0. The printed programmes are set in the Open Sans typeface, "
        "which is also published under the Apache License 2.0.</p>",
    "Licens (Apache-2.0)": "Licence (Apache-2.0)",
    "Skrifttypen Open Sans": "The Open Sans Typeface",
    "Om Qt": "About Qt",

    # The command line and the user guide's scenes
    "Vis et andet rum ved start: cases, people, organisations, themegroups eller series.":
        "Show another room at start: cases, people, organisations, themegroups or series.",
    "Vis en af brugervejledningens scener (til billederne): %1.":
        "Show one of the user guide's scenes (for its pictures): %1.",
    "Ukendt scene «%1». Scenerne er: %2.": "Unknown scene “%1”. The scenes are: %2.",
    "Scenen kunne ikke vises": "The scene could not be shown",
    "Arrangementet «%1» findes ikke i biblioteket.": "The event “%1” is not in the library.",
    # Links and documents of theme groups and cases; people's cases as contact; templates'
    # programmes.
    "finde cases med personen som kontakt": "find the cases with the person as contact",
    "&Dokumenter:": "&Documents:",
    "Links (%1)": "Links (%1)",
    "Dokumenter (%1)": "Documents (%1)",
    "«%1» er ikke en gyldig adresse. Skriv hele adressen, fx https://www.sund-by-net.dk/haandbog.pdf.":
        "“%1” is not a valid address. Write the whole address, e.g. https://www.sund-by-net.dk/haandbog.pdf.",
    "Op": "Up",
    "Ned": "Down",
    "Åbn": "Open",
    "Adresse": "Address",
    "F2 eller dobbeltklik retter en titel eller adresse; Delete fjerner linket, Alt+Op og Alt+Ned flytter det":
        "F2 or a double-click edits a title or address; Delete removes the link, Alt+Up and Alt+Down move it",
    "Titel, fx Håndbog": "Title, e.g. Handbook",
    "Adresse, fx https://www.sund-by-net.dk/haandbog.pdf": "Address, e.g. https://www.sund-by-net.dk/haandbog.pdf",
    "Tilføj linket med titlen og adressen i felterne (Enter)":
        "Add the link with the title and address in the fields (Enter)",
    "Fjern det valgte link (Delete)": "Remove the chosen link (Delete)",
    "Flyt det valgte link op (Alt+Op)": "Move the chosen link up (Alt+Up)",
    "Flyt det valgte link ned (Alt+Ned)": "Move the chosen link down (Alt+Down)",
    "Åbn det valgte link i browseren": "Open the chosen link in the browser",
    "Giv linket en titel, fx «Håndbog».": "Give the link a title, e.g. “Handbook”.",
    "Tilføj link «%1»": "Add Link “%1”",
    "Ret link «%1»": "Edit Link “%1”",
    "Fjern link «%1»": "Remove Link “%1”",
    "Flyt link «%1» op": "Move Link “%1” Up",
    "Flyt link «%1» ned": "Move Link “%1” Down",
    "<b>Kontaktperson for cases</b> (dobbeltklik åbner casen)":
        "<b>Contact for cases</b> (double-click opens the case)",
    "År": "Years",
    "Ikke kontaktperson for nogen case": "Not the contact of any case",
    "Omdøb skabeloner, ret deres programmer eller slet dem":
        "Rename templates, edit their programmes or delete them",
    "Ret program i skabelon «%1»": "Edit Programme of Template “%1”",
    "Program i skabelonen «%1»": "Programme of the Template “%1”",
    "Ændringerne gemmes i skabelonen med «Gem» som ét trin, der kan fortrydes. Arrangementer, der er oprettet fra skabelonen, ændres ikke.":
        "“Save” writes the changes to the template as one step that can be undone. Events made from the template do not change.",
    "&Gem": "&Save",
    "Annuller": "Cancel",
    "Rediger &program…": "Edit &Programme…",
    "Ret skabelonens programpunkter, tider, talere og cases i programeditoren":
        "Edit the template's slots, times, speakers and cases in the programme editor",

    # A case's own fields, corrected in the case room
    "fx Social balance": "e.g. Social balance",
    "&Ejer:": "&Owner:",
    "Peri&ode:": "Pe&riod:",
    "startår": "start year",
    "slutår": "end year",
    "Slutår": "End year",
    "Året, casen begyndte; tomt, hvis det ikke kendes":
        "The year the case began; empty if it is not known",
    "Året, casen sluttede eller slutter; tomt, hvis det ikke kendes":
        "The year the case ended or ends; empty if it is not known",
    "Te&maer:": "The&mes:",
    "adskilt med komma, fx mobilitet, sundhed": "separated by commas, e.g. mobilitet, sundhed",
    "Temaerne adskilt med komma; listen foreslår dem, biblioteket bruger i forvejen":
        "The themes separated by commas; the list suggests those the library already uses",
    "&Kontakt:": "&Contact:",
    "Res&umé:": "S&ummary:",
    "Ret resumé": "Edit Summary",
    "Ret ejer": "Edit Owner",
    "Ret kontaktperson": "Edit Contact Person",
    "Ret periode": "Edit Period",
    "Ret startår": "Edit Start Year",
    "Ret slutår": "Edit End Year",
    "Ret temaer": "Edit Themes",
    "(ingen ejer)": "(no owner)",
    "(ingen kontaktperson)": "(no contact person)",
    "Skriv en del af navnet, og vælg personen på listen":
        "Type part of the name and choose the person from the list",
    "Ingen organisation i biblioteket hedder «%1». Vælg en fra listen, eller tøm feltet, hvis casen ingen ejer har.":
        "No organisation in the library is called “%1”. Choose one from the list, or empty the field if the case has no owner.",
    "Ingen person i biblioteket hedder «%1». Vælg en fra listen, eller tøm feltet, hvis casen ingen kontaktperson har.":
        "No person in the library is called “%1”. Choose one from the list, or empty the field if the case has no contact person.",
    "En case skal have en titel. Den gemte titel «%1» står tilbage, hvis feltet forlades tomt.":
        "A case must have a title. The saved title “%1” stays if the field is left empty.",
    "En case skal have en titel, så «%1» er beholdt.":
        "A case must have a title, so “%1” has been kept.",
    "«%1» er ikke et årstal. Skriv fx 2024, eller lad feltet stå tomt, hvis året ikke kendes.":
        "“%1” is not a year. Type e.g. 2024, or leave the field empty if the year is not known.",
    "Slutåret %1 ligger før startåret %2. Ret et af dem; perioden er ikke gemt.":
        "The end year %1 is before the start year %2. Correct one of them; the period has not been saved.",
}

# The same Danish that needs other English where it stands.
BY_CONTEXT = {
    # The button in the empty events room names the action "&New Event…".
    ("temaplan::app::MainWindow", "Nyt arrangement"): "New Event",
    # A case's period: "2019 til 2022" is made elsewhere; alone it is "until 2022".
    ("CaseText", "til %1"): "until %1",
}
