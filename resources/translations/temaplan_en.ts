<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AgendaWarnings</name>
    <message>
        <source>%1 overlapper %2.</source>
        <translation>%1 overlaps %2.</translation>
    </message>
    <message>
        <source>%1 slutter efter dagens afslutning kl. %2.</source>
        <translation>%1 ends after the day ends at %2.</translation>
    </message>
    <message>
        <source>(uden titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <source>Titel;Ejer;Temaer;Periode;Præsenteret ved</source>
        <translation>Title;Owner;Themes;Period;Presented at</translation>
    </message>
    <message>
        <source>Filen %1 kunne ikke gemmes: %2</source>
        <translation>The file %1 could not be saved: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ejer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Temaer</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Præsenteret ved</source>
        <translation>Presented at</translation>
    </message>
    <message>
        <source>PDF-filen %1 kunne ikke gemmes.</source>
        <translation>The PDF file %1 could not be saved.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>fx Social balance</source>
        <translation>e.g. Social balance</translation>
    </message>
    <message>
        <source>&amp;Ejer:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Peri&amp;ode:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <source>startår</source>
        <translation>start year</translation>
    </message>
    <message>
        <source>Året, casen begyndte; tomt, hvis det ikke kendes</source>
        <translation>The year the case began; empty if it is not known</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>slutår</source>
        <translation>end year</translation>
    </message>
    <message>
        <source>Året, casen sluttede eller slutter; tomt, hvis det ikke kendes</source>
        <translation>The year the case ended or ends; empty if it is not known</translation>
    </message>
    <message>
        <source>Te&amp;maer:</source>
        <translation>The&amp;mes:</translation>
    </message>
    <message>
        <source>adskilt med komma, fx mobilitet, sundhed</source>
        <translation>separated by commas, e.g. mobilitet, sundhed</translation>
    </message>
    <message>
        <source>Temaerne adskilt med komma; listen foreslår dem, biblioteket bruger i forvejen</source>
        <translation>The themes separated by commas; the list suggests those the library already uses</translation>
    </message>
    <message>
        <source>&amp;Kontakt:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Res&amp;umé:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>Et afsnit en linje; punkter begynder med «• » eller «- »</source>
        <translation>One paragraph a line; bullet points begin with “• ” or “- ”</translation>
    </message>
</context>
<context>
    <name>CaseMergeCommand</name>
    <message>
        <source>flet «%1» ind i «%2»</source>
        <translation>merge “%1” into “%2”</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>til %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>uden dato</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demobiblioteket mangler i programmet.</source>
        <translation>The demo library is missing from the program.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Temamøde</source>
        <translation>Theme meeting</translation>
    </message>
    <message>
        <source>Temadag</source>
        <translation>Theme day</translation>
    </message>
    <message>
        <source>Konference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Netværksmøde</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Netværk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Boligorganisation</source>
        <translation>Housing association</translation>
    </message>
    <message>
        <source>Forskning</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>Anden</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Arrangementet</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Temagruppemøde om …</source>
        <translation>Theme group meeting on …</translation>
    </message>
    <message>
        <source>Tema&amp;gruppe:</source>
        <translation>Theme &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Note til deltagerne:</source>
        <translation>&amp;Note to participants:</translation>
    </message>
    <message>
        <source>Som deltager vil det være en fordel at …</source>
        <translation>As a participant it will help to …</translation>
    </message>
    <message>
        <source>Dato og sted</source>
        <translation>Date and Place</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Fjern fluebenet, hvis datoen ikke er fastlagt</source>
        <translation>Untick when the date is not settled</translation>
    </message>
    <message>
        <source>d. MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Uden årstal står der fx «Den 6. december»</source>
        <translation>Without a year the programme says, for example, “Den 6. december”</translation>
    </message>
    <message>
        <source>T&amp;id:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>fx 9.30</source>
        <translation>e.g. 9.30</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>fx 15.00</source>
        <translation>e.g. 15.00</translation>
    </message>
    <message>
        <source>&amp;Mødested:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Møderæ&amp;kke:</source>
        <translation>Meeting &amp;series:</translation>
    </message>
    <message>
        <source>Må&amp;lgruppe:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>med år&amp;stal</source>
        <translation>with yea&amp;r</translation>
    </message>
</context>
<context>
    <name>KindNames</name>
    <message>
        <source>Oplæg</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Velkomst</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Forplejning</source>
        <translation>Refreshments</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Afrunding</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Oplægsholder</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Ordstyrer</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Paneldeltager</source>
        <translation>Panellist</translation>
    </message>
</context>
<context>
    <name>LibraryExchange</name>
    <message>
        <source>%1: skal henvise til %2, men id&apos;et %3 er %4 i filen.</source>
        <translation>%1: must refer to %2, but the id %3 is %4 in the file.</translation>
    </message>
    <message>
        <source>%1: henviser til %2 (id %3), som hverken findes i filen eller i biblioteket.</source>
        <translation>%1: refers to %2 (id %3), which is neither in the file nor in the library.</translation>
    </message>
    <message>
        <source>%1 kan ikke læses: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 er for stor til at være en Temaplan-fil (%2 MB).</source>
        <translation>%1 is too large to be a Temaplan file (%2 MB).</translation>
    </message>
    <message>
        <source>%1 blev ikke importeret: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>Der er intet at eksportere: de valgte poster findes ikke.</source>
        <translation>There is nothing to export: the chosen records do not exist.</translation>
    </message>
    <message>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>LibraryFile</name>
    <message>
        <source>%1 er ikke et Temaplan-bibliotek.</source>
        <translation>%1 is not a Temaplan library.</translation>
    </message>
    <message>
        <source>Biblioteket %1 er beskadiget og kan ikke åbnes. Filen er ikke ændret; åbn en sikkerhedskopi.</source>
        <translation>The library %1 is damaged and cannot be opened. The file has not been changed; open a backup.</translation>
    </message>
    <message>
        <source>Biblioteket %1 er låst af et andet program. Luk det, og prøv igen.</source>
        <translation>The library %1 is locked by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>Biblioteket %1 blev ikke lukket rigtigt: et program stoppede midt i en ændring, som skal rulles tilbage, før biblioteket kan vises. Åbn det med skriveadgang (ikke skrivebeskyttet), så sker det. Filen er ikke ændret.</source>
        <translation>The library %1 was not closed properly: a program stopped in the middle of a change, which must be rolled back before the library can be shown. Open it with write access (not read-only) and that will happen. The file has not been changed.</translation>
    </message>
    <message>
        <source>Biblioteket %1 er skrivebeskyttet.</source>
        <translation>The library %1 is read-only.</translation>
    </message>
    <message>
        <source>Biblioteket %1 kunne ikke åbnes.</source>
        <translation>The library %1 could not be opened.</translation>
    </message>
    <message>
        <source>Biblioteket %1 kunne ikke oprettes.</source>
        <translation>The library %1 could not be created.</translation>
    </message>
    <message>
        <source>Biblioteket %1 kan ikke læses: %2</source>
        <translation>The library %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 er tom og er ikke et Temaplan-bibliotek.</source>
        <translation>%1 is empty and is not a Temaplan library.</translation>
    </message>
    <message>
        <source>%1 er en SQLite-database, men ikke et Temaplan-bibliotek. Filen er ikke ændret.</source>
        <translation>%1 is an SQLite database, but not a Temaplan library. The file has not been changed.</translation>
    </message>
    <message>
        <source>Biblioteket %1 er gemt af en nyere version af Temaplan (skemaversion %2; denne version kender op til %3). Opdatér Temaplan for at åbne det. Filen er ikke ændret.</source>
        <translation>The library %1 was saved by a newer version of Temaplan (schema version %2; this version knows up to %3). Update Temaplan to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>Biblioteket %1 er fra en ældre version af Temaplan og skal opgraderes, men filen er skrivebeskyttet. Gør filen skrivbar, og prøv igen.</source>
        <translation>The library %1 is from an older version of Temaplan and must be upgraded, but the file is read-only. Make the file writable and try again.</translation>
    </message>
    <message>
        <source>Biblioteket %1 kunne ikke opgraderes; filen er uændret.</source>
        <translation>The library %1 could not be upgraded; the file is unchanged.</translation>
    </message>
    <message>
        <source>Der er ikke angivet nogen biblioteksfil.</source>
        <translation>No library file was given.</translation>
    </message>
    <message>
        <source>%1 er en mappe, ikke en biblioteksfil.</source>
        <translation>%1 is a folder, not a library file.</translation>
    </message>
    <message>
        <source>Der findes allerede en fil med navnet %1.</source>
        <translation>A file named %1 already exists.</translation>
    </message>
    <message>
        <source>Biblioteket %1 findes ikke.</source>
        <translation>The library %1 does not exist.</translation>
    </message>
    <message>
        <source>Mappen %1 findes ikke.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Et bibliotek i hukommelsen kunne ikke oprettes.</source>
        <translation>A library in memory could not be created.</translation>
    </message>
    <message>
        <source>%1 er ikke længere det bibliotek, der blev åbnet.</source>
        <translation>%1 is no longer the library that was opened.</translation>
    </message>
</context>
<context>
    <name>LibraryJson</name>
    <message>
        <source>&quot;%1&quot; er ikke en farve (#rrggbb)</source>
        <translation>&quot;%1&quot; is not a colour (#rrggbb)</translation>
    </message>
    <message>
        <source>logoet er ikke gyldig base64</source>
        <translation>the logo is not valid base64</translation>
    </message>
    <message>
        <source>slutåret ligger før startåret</source>
        <translation>the end year is before the start year</translation>
    </message>
    <message>
        <source>sluttidspunktet ligger før starttidspunktet</source>
        <translation>the end time is before the start time</translation>
    </message>
    <message>
        <source>forventede et objekt</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>feltet mangler</source>
        <translation>the field is missing</translation>
    </message>
    <message>
        <source>forventede tekst</source>
        <translation>expected text</translation>
    </message>
    <message>
        <source>må ikke være tom</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>forventede et id (UUID som tekst)</source>
        <translation>expected an id (a UUID as text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; er ikke et gyldigt id (UUID)</source>
        <translation>&quot;%1&quot; is not a valid id (UUID)</translation>
    </message>
    <message>
        <source>forventede en liste</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; er ikke en gyldig dato (ÅÅÅÅ-MM-DD eller --MM-DD)</source>
        <translation>&quot;%1&quot; is not a valid date (YYYY-MM-DD or --MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; er ikke et gyldigt klokkeslæt (TT:MM)</source>
        <translation>&quot;%1&quot; is not a valid time (HH:MM)</translation>
    </message>
    <message>
        <source>forventede et heltal</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>%1 ligger uden for %2–%3</source>
        <translation>%1 is outside %2–%3</translation>
    </message>
    <message>
        <source>forventede true eller false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>ukendt værdi &quot;%1&quot;</source>
        <translation>unknown value &quot;%1&quot;</translation>
    </message>
    <message>
        <source>forventede {&quot;paragraph&quot;: …} eller {&quot;bullet&quot;: …}</source>
        <translation>expected {&quot;paragraph&quot;: …} or {&quot;bullet&quot;: …}</translation>
    </message>
    <message>
        <source>ukendt felt</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>linje %1, kolonne %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>filen er tom</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>ikke gyldig JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>ikke gyldig JSON (et tal er for stort)</source>
        <translation>not valid JSON (a number is too large)</translation>
    </message>
    <message>
        <source>ikke en Temaplan-fil (forventede &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>not a Temaplan file (expected &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>mangler et gyldigt versionsnummer</source>
        <translation>lacks a valid version number</translation>
    </message>
    <message>
        <source>Filen er skrevet af en nyere version af Temaplan (format %1; denne version læser op til %2). Opdatér Temaplan for at læse den.</source>
        <translation>The file was written by a newer version of Temaplan (format %1; this version reads up to %2). Update Temaplan to read it.</translation>
    </message>
    <message>
        <source>id&apos;et %1 findes mere end én gang i filen</source>
        <translation>the id %1 occurs more than once in the file</translation>
    </message>
    <message>
        <source>det første programpunkt har intet punkt før sig at dele række med</source>
        <translation>the first agenda item has no item before it to share a row with</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisationen</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>fx Gladsaxe Kommune</source>
        <translation>e.g. Gladsaxe Kommune</translation>
    </message>
    <message>
        <source>&amp;Forkortelse:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <source>fx KL, BL</source>
        <translation>e.g. KL, BL</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Brevpapir (sidefoden på programmer, organisationen arrangerer)</source>
        <translation>Letterhead (the footer of programmes the organisation arranges)</translation>
    </message>
    <message>
        <source>&amp;c/o:</source>
        <translation>&amp;c/o:</translation>
    </message>
    <message>
        <source>fx c/o KL-huset</source>
        <translation>e.g. c/o KL-huset</translation>
    </message>
    <message>
        <source>&amp;Adresse:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>fx Weidekampsgade 10</source>
        <translation>e.g. Weidekampsgade 10</translation>
    </message>
    <message>
        <source>&amp;Postnr. og by:</source>
        <translation>&amp;Postcode and town:</translation>
    </message>
    <message>
        <source>fx 2300</source>
        <translation>e.g. 2300</translation>
    </message>
    <message>
        <source>fx København S</source>
        <translation>e.g. København S</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Web:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>fx www.sund-by-net.dk</source>
        <translation>e.g. www.sund-by-net.dk</translation>
    </message>
    <message>
        <source>&amp;Slogan og tekst:</source>
        <translation>&amp;Slogan and text:</translation>
    </message>
    <message>
        <source>Første linje er sloganet, de næste en kort tekst</source>
        <translation>The first line is the slogan, the next ones a short text</translation>
    </message>
    <message>
        <source>Fa&amp;rve:</source>
        <translation>Colou&amp;r:</translation>
    </message>
    <message>
        <source>#rrggbb (tom: husets farve)</source>
        <translation>#rrggbb (empty: house colour)</translation>
    </message>
    <message>
        <source>Vælg farve…</source>
        <translation>Choose Colour…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Vælg logo…</source>
        <translation>Choose Logo…</translation>
    </message>
    <message>
        <source>Fjern logo</source>
        <translation>Remove Logo</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Personen</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Fornavn Efternavn</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>&amp;Titel eller rolle:</source>
        <translation>&amp;Title or role:</translation>
    </message>
    <message>
        <source>fx projektleder, sekretariatschef</source>
        <translation>e.g. projektleder, sekretariatschef</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Afdeling:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>fx Sundhed &amp; Ældre</source>
        <translation>e.g. Sundhed &amp; Ældre</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>+45 …</source>
        <translation>+45 …</translation>
    </message>
    <message>
        <source>&amp;Mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>navn@kommune.dk</source>
        <translation>name@kommune.dk</translation>
    </message>
</context>
<context>
    <name>PlanningWarnings</name>
    <message>
        <source>En oplægsholder</source>
        <translation>A speaker</translation>
    </message>
    <message>
        <source>%1 er sat på både %2 og %3, som overlapper.</source>
        <translation>%1 is down for both %2 and %3, which overlap.</translation>
    </message>
    <message>
        <source>%1 er sat på %2 og samme dag kl. %3 i «%4».</source>
        <translation>%1 is down for %2 and, the same day, at %3 in “%4”.</translation>
    </message>
    <message>
        <source>Mødestedet er ikke valgt endnu.</source>
        <translation>No venue has been chosen yet.</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <source>en organisation</source>
        <translation>an organisation</translation>
    </message>
    <message>
        <source>en person</source>
        <translation>a person</translation>
    </message>
    <message>
        <source>et mødested</source>
        <translation>a venue</translation>
    </message>
    <message>
        <source>en temagruppe</source>
        <translation>a theme group</translation>
    </message>
    <message>
        <source>en møderække</source>
        <translation>a meeting series</translation>
    </message>
    <message>
        <source>en case</source>
        <translation>a case</translation>
    </message>
    <message>
        <source>et arrangement</source>
        <translation>an event</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Biblioteket kunne ikke opgraderes til version %1.</source>
        <translation>The library could not be upgraded to version %1.</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>temaplan: kunne ikke gemme skærmbilledet %1</source>
        <translation>temaplan: could not save the screenshot %1</translation>
    </message>
</context>
<context>
    <name>SeriesForm</name>
    <message>
        <source>Serien</source>
        <translation>Meeting Series</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>fx Sund By Ledernetværket</source>
        <translation>e.g. Sund By Ledernetværket</translation>
    </message>
    <message>
        <source>&amp;Undertitel:</source>
        <translation>&amp;Subtitle:</translation>
    </message>
    <message>
        <source>fx Momentum for forebyggelsen – møderække 2018</source>
        <translation>e.g. Momentum for forebyggelsen – møderække 2018</translation>
    </message>
    <message>
        <source>&amp;Beskrivelse:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Et afsnit en linje; punkter begynder med «• » eller «- »</source>
        <translation>One paragraph a line; bullet points begin with “• ” or “- ”</translation>
    </message>
    <message>
        <source>&amp;Praktisk:</source>
        <translation>&amp;Practical:</translation>
    </message>
    <message>
        <source>fx heldagsmøder fra kl. 10.00 til kl. 18.30 med efterfølgende middag</source>
        <translation>e.g. heldagsmøder fra kl. 10.00 til kl. 18.30 med efterfølgende middag</translation>
    </message>
    <message>
        <source>&amp;Arrangører:</source>
        <translation>&amp;Organisers:</translation>
    </message>
    <message>
        <source>&amp;Facilitatorer:</source>
        <translation>&amp;Facilitators:</translation>
    </message>
    <message>
        <source>&amp;Kontaktpersoner:</source>
        <translation>&amp;Contact people:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>En case kan ikke flettes med sig selv.</source>
        <translation>A case cannot be merged with itself.</translation>
    </message>
    <message>
        <source>søge i cases</source>
        <translation>search the cases</translation>
    </message>
    <message>
        <source>finde cases</source>
        <translation>find cases</translation>
    </message>
    <message>
        <source>tælle cases</source>
        <translation>count cases</translation>
    </message>
    <message>
        <source>Uden ejer</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Ukendt år</source>
        <translation>Unknown year</translation>
    </message>
    <message>
        <source>finde dubletter</source>
        <translation>find duplicates</translation>
    </message>
    <message>
        <source>organisationen</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>personen</source>
        <translation>the person</translation>
    </message>
    <message>
        <source>temagruppen</source>
        <translation>the theme group</translation>
    </message>
    <message>
        <source>møderækken</source>
        <translation>the meeting series</translation>
    </message>
    <message>
        <source>casen</source>
        <translation>the case</translation>
    </message>
    <message>
        <source>arrangementet</source>
        <translation>the event</translation>
    </message>
    <message>
        <source>mødestedet</source>
        <translation>the venue</translation>
    </message>
    <message>
        <source>Kunne ikke %1: biblioteket %2 er optaget af et andet program. Prøv igen om lidt.</source>
        <translation>Could not %1: the library %2 is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>Kunne ikke %1: biblioteket %2 er skrivebeskyttet.</source>
        <translation>Could not %1: the library %2 is read-only.</translation>
    </message>
    <message>
        <source>Kunne ikke %1: biblioteket %2 er beskadiget.</source>
        <translation>Could not %1: the library %2 is damaged.</translation>
    </message>
    <message>
        <source>Kunne ikke %1: biblioteket %2 kunne ikke læses eller skrives (fuld disk?).</source>
        <translation>Could not %1: the library %2 could not be read or written (disk full?).</translation>
    </message>
    <message>
        <source>Kunne ikke %1 i biblioteket %2.</source>
        <translation>Could not %1 in the library %2.</translation>
    </message>
    <message>
        <source>Biblioteket %1 er åbnet skrivebeskyttet; ændringen er ikke gemt.</source>
        <translation>The library %1 is open read-only; the change was not saved.</translation>
    </message>
    <message>
        <source>begynde en ændring</source>
        <translation>begin a change</translation>
    </message>
    <message>
        <source>gemme ændringen</source>
        <translation>save the change</translation>
    </message>
    <message>
        <source>%1 «%2» henviser til en post (id %3), der ikke findes i biblioteket. Intet er gemt.</source>
        <translation>%1 “%2” refers to a record (id %3) that is not in the library. Nothing was saved.</translation>
    </message>
    <message>
        <source>Ændringen ville efterlade en henvisning til en post, der ikke findes. Intet er gemt.</source>
        <translation>The change would leave a reference to a record that does not exist. Nothing was saved.</translation>
    </message>
    <message>
        <source>finde arrangementer</source>
        <translation>find events</translation>
    </message>
    <message>
        <source>finde hvor casen er præsenteret</source>
        <translation>find where the case was presented</translation>
    </message>
    <message>
        <source>finde personens programpunkter</source>
        <translation>find the person&apos;s agenda items</translation>
    </message>
    <message>
        <source>finde arrangementets cases</source>
        <translation>find the event&apos;s cases</translation>
    </message>
    <message>
        <source>søge i arrangementer</source>
        <translation>search the events</translation>
    </message>
    <message>
        <source>Biblioteket %1 indeholder en ulæselig post.</source>
        <translation>The library %1 contains an unreadable record.</translation>
    </message>
    <message>
        <source>Biblioteket %1 indeholder en ukendt slags post.</source>
        <translation>The library %1 contains an unknown kind of record.</translation>
    </message>
    <message>
        <source>læse biblioteket</source>
        <translation>read the library</translation>
    </message>
    <message>
        <source>En kopi kan ikke gemmes oven i biblioteket selv.</source>
        <translation>A copy cannot be saved over the library itself.</translation>
    </message>
    <message>
        <source>Kopien %1 kunne ikke gemmes: %2</source>
        <translation>The copy %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>Kopien %1 kunne ikke gemmes.</source>
        <translation>The copy %1 could not be saved.</translation>
    </message>
    <message>
        <source>Filen er beskadiget: %1</source>
        <translation>The file is damaged: %1</translation>
    </message>
    <message>
        <source>kontrollere biblioteket</source>
        <translation>check the library</translation>
    </message>
    <message>
        <source>%1 «%2» henviser til en post (id %3), der ikke findes.</source>
        <translation>%1 “%2” refers to a record (id %3) that does not exist.</translation>
    </message>
    <message>
        <source>læse %1</source>
        <translation>read %1</translation>
    </message>
    <message>
        <source>%1 med id %2 findes ikke i biblioteket.</source>
        <translation>%1 with id %2 is not in the library.</translation>
    </message>
    <message>
        <source>%1 har intet id og kan ikke gemmes.</source>
        <translation>%1 has no id and cannot be saved.</translation>
    </message>
    <message>
        <source>%1 skal have et navn eller en titel.</source>
        <translation>%1 must have a name or a title.</translation>
    </message>
    <message>
        <source>Id&apos;et %1 bruges allerede af %2.</source>
        <translation>The id %1 is already used by %2.</translation>
    </message>
    <message>
        <source>gemme %1 «%2»</source>
        <translation>save %1 “%2”</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 “%2”</translation>
    </message>
    <message numerus="yes">
        <source> og %n andre</source>
        <translation>
            <numerusform> and %n other</numerusform>
            <numerusform> and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Kan ikke slette %1 «%2», fordi %3 henviser til %1.</source>
        <translation>Cannot delete %1 “%2”, because %3 refers to %1.</translation>
    </message>
    <message>
        <source>slette %1</source>
        <translation>delete %1</translation>
    </message>
    <message>
        <source>posterne</source>
        <translation>the records</translation>
    </message>
    <message>
        <source>skabelonen</source>
        <translation>the template</translation>
    </message>
    <message>
        <source>finde cases med personen som kontakt</source>
        <translation>find the cases with the person as contact</translation>
    </message>
</context>
<context>
    <name>TemplateDialogs</name>
    <message numerus="yes">
        <source>%n programpunkt(er)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeGroupForm</name>
    <message>
        <source>Temagruppen</source>
        <translation>Theme Group</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ret stavningen her; et nyt navn gives med «Omdøb…», så det gamle huskes</source>
        <translation>Correct the spelling here; a new name is given with “Rename…”, so the old one is remembered</translation>
    </message>
    <message>
        <source>&amp;Omdøb…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Giv gruppen et nyt navn og gem det nuværende som tidligere navn</source>
        <translation>Give the group a new name and keep the current one as a former name</translation>
    </message>
    <message>
        <source>Tidligere navne:</source>
        <translation>Former names:</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern det valgte tidligere navn</source>
        <translation>Remove the chosen former name</translation>
    </message>
    <message>
        <source>&amp;Arrangør:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>&amp;Mødefrekvens:</source>
        <translation>Meeting fre&amp;quency:</translation>
    </message>
    <message>
        <source>fx 3-4 årlige temamøder, de fleste online</source>
        <translation>e.g. 3-4 årlige temamøder, de fleste online</translation>
    </message>
    <message>
        <source>&amp;Baggrund:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <source>Et afsnit en linje; punkter begynder med «• » eller «- »</source>
        <translation>One paragraph a line; bullet points begin with “• ” or “- ”</translation>
    </message>
    <message>
        <source>&amp;Formål:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Må&amp;lgruppe:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>&amp;Fokus:</source>
        <translation>&amp;Focus:</translation>
    </message>
    <message>
        <source>&amp;Kontaktpersoner:</source>
        <translation>&amp;Contact people:</translation>
    </message>
    <message>
        <source>&amp;Dokumenter:</source>
        <translation>&amp;Documents:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Intet bibliotek</source>
        <translation>No library</translation>
    </message>
    <message>
        <source>Programmer og case-bibliotek for Sund By Netværket.</source>
        <translation>Programmes and case library for Sund By Netværket.</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Biblioteket, der skal åbnes.</source>
        <translation>The library to open.</translation>
    </message>
    <message>
        <source>[FIL]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>Gem et billede af vinduet som PNG og afslut.</source>
        <translation>Save a picture of the window as PNG and quit.</translation>
    </message>
    <message>
        <source>FIL.png</source>
        <translation>FILE.png</translation>
    </message>
    <message>
        <source>Sprog: da eller en (ellers systemets sprog, hvis det er engelsk, og ellers dansk).</source>
        <translation>Language: da or en (otherwise the system&apos;s language if it is English, else Danish).</translation>
    </message>
    <message>
        <source>SPROG</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>RUM</source>
        <translation>ROOM</translation>
    </message>
    <message>
        <source>Filtrér arrangementerne ved start.</source>
        <translation>Filter the events at start.</translation>
    </message>
    <message>
        <source>TEKST</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Åbn biblioteket skrivebeskyttet.</source>
        <translation>Open the library read-only.</translation>
    </message>
    <message>
        <source>Vis det første arrangement, hvis titel indeholder TEKST.</source>
        <translation>Show the first event whose title contains TEXT.</translation>
    </message>
    <message>
        <source>Søg i cases ved start.</source>
        <translation>Search the cases at start.</translation>
    </message>
    <message>
        <source>Afslut, så snart vinduet er tegnet (til måling af opstart).</source>
        <translation>Quit as soon as the window is painted (to measure start-up).</translation>
    </message>
    <message>
        <source>temaplan: --lang %1 er hverken da eller en; systemets sprog bestemmer.</source>
        <translation>temaplan: --lang %1 is neither da nor en; the system&apos;s language decides.</translation>
    </message>
    <message>
        <source>Vis et andet rum ved start: cases, people, organisations, themegroups eller series.</source>
        <translation>Show another room at start: cases, people, organisations, themegroups or series.</translation>
    </message>
    <message>
        <source>Vis en af brugervejledningens scener (til billederne): %1.</source>
        <translation>Show one of the user guide&apos;s scenes (for its pictures): %1.</translation>
    </message>
    <message>
        <source>Ukendt scene «%1». Scenerne er: %2.</source>
        <translation>Unknown scene “%1”. The scenes are: %2.</translation>
    </message>
    <message>
        <source>Scenen kunne ikke vises</source>
        <translation>The scene could not be shown</translation>
    </message>
    <message>
        <source>Vis denne hjælp og afslut.</source>
        <translation>Show this help and quit.</translation>
    </message>
</context>
<context>
    <name>temaplan::AgendaEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Varighed af et nyt programpunkt</source>
        <translation>Length of a new agenda item</translation>
    </message>
    <message>
        <source>Så meget flyttes det valgte og de senere programpunkter (negativt: tidligere)</source>
        <translation>How far the chosen and the later agenda items move (negative: earlier)</translation>
    </message>
    <message>
        <source>Indsæt &amp;før</source>
        <translation>Insert &amp;Before</translation>
    </message>
    <message>
        <source>Indsæt et programpunkt før det valgte; de senere rykker (Skift+Insert)</source>
        <translation>Insert an agenda item before the chosen one; the later ones move (Shift+Insert)</translation>
    </message>
    <message>
        <source>Indsæt &amp;efter</source>
        <translation>Insert &amp;After</translation>
    </message>
    <message>
        <source>Indsæt et programpunkt efter det valgte; de senere rykker (Insert)</source>
        <translation>Insert an agenda item after the chosen one; the later ones move (Insert)</translation>
    </message>
    <message>
        <source>&amp;Slet</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Slet det valgte programpunkt; de senere rykker op (Delete)</source>
        <translation>Delete the chosen agenda item; the later ones move up (Delete)</translation>
    </message>
    <message>
        <source>Flyt &amp;op</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Byt plads med punktet før, tiderne bliver (Alt+Op)</source>
        <translation>Swap places with the item before; the times stay (Alt+Up)</translation>
    </message>
    <message>
        <source>Flyt &amp;ned</source>
        <translation>Move Dow&amp;n</translation>
    </message>
    <message>
        <source>Byt plads med punktet efter, tiderne bliver (Alt+Ned)</source>
        <translation>Swap places with the item after; the times stay (Alt+Down)</translation>
    </message>
    <message>
        <source>F&amp;orskyd</source>
        <translation>&amp;Shift</translation>
    </message>
    <message>
        <source>Flyt det valgte og de senere programpunkter; faste tidspunkter bliver</source>
        <translation>Move the chosen and the later agenda items; fixed times stay</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gendan</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Velkomst</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Frokost</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Afrunding</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Indsæt «%1» på %2 minutter efter det valgte; de senere rykker</source>
        <translation>Insert “%1” of %2 minutes after the chosen item; the later ones move</translation>
    </message>
    <message>
        <source>Skabelon</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Indsæt velkomst, pause, frokost eller afrunding</source>
        <translation>Insert a welcome, break, lunch or wrap-up</translation>
    </message>
    <message>
        <source>Nyt programpunkt</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Programmet er tomt. Tryk Insert for at tilføje et programpunkt.</source>
        <translation>The programme is empty. Press Insert to add an agenda item.</translation>
    </message>
    <message numerus="yes">
        <source>%n programpunkt(er)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message>
        <source>dagen slutter kl. %1</source>
        <translation>the day ends at %1</translation>
    </message>
</context>
<context>
    <name>temaplan::AgendaModel</name>
    <message>
        <source>Indsæt programpunkt</source>
        <translation>Insert Agenda Item</translation>
    </message>
    <message>
        <source>Slet programpunkt</source>
        <translation>Delete Agenda Item</translation>
    </message>
    <message>
        <source>Sluttidspunktet skal ligge efter starttidspunktet.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Programpunktet har intet starttidspunkt, så det har ingen varighed.</source>
        <translation>The agenda item has no start time, so it has no length.</translation>
    </message>
    <message>
        <source>Ændr varighed</source>
        <translation>Change Length</translation>
    </message>
    <message>
        <source>Flyt programpunkt op</source>
        <translation>Move Agenda Item Up</translation>
    </message>
    <message>
        <source>Flyt programpunkt ned</source>
        <translation>Move Agenda Item Down</translation>
    </message>
    <message>
        <source>Forskyd programpunkter</source>
        <translation>Shift Agenda Items</translation>
    </message>
    <message>
        <source>Fast tidspunkt: flytter sig ikke, når andre punkter indsættes eller slettes.</source>
        <translation>Fixed time: does not move when other items are inserted or deleted.</translation>
    </message>
    <message>
        <source>Sluttidspunktet følger af næste programpunkt.</source>
        <translation>The end time follows from the next agenda item.</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Talere</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>»%1« er ikke et klokkeslæt. Skriv fx 9.30 eller 14.45.</source>
        <translation>“%1” is not a time. Write e.g. 9.30 or 14.45.</translation>
    </message>
    <message>
        <source>Ret programpunkt</source>
        <translation>Edit Agenda Item</translation>
    </message>
    <message>
        <source>Ændringen er ikke foretaget: et tidspunkt ville falde uden for døgnet (før 0.00 eller efter 23.59).</source>
        <translation>The change was not made: a time would fall outside the day (before 0.00 or after 23.59).</translation>
    </message>
    <message>
        <source>Flyt programpunkt</source>
        <translation>Move Agenda Item</translation>
    </message>
    <message>
        <source>Opret «%1» som ny person</source>
        <translation>Create “%1” as a New Person</translation>
    </message>
    <message>
        <source>Opret ny case «%1»</source>
        <translation>Create New Case “%1”</translation>
    </message>
    <message>
        <source>Nye personer og cases kan kun oprettes, når programmet hører til et bibliotek.</source>
        <translation>New people and cases can only be created when the programme belongs to a library.</translation>
    </message>
    <message>
        <source>Trykkes i samme række som punktet før: »%1«.</source>
        <translation>Printed on the same row as the item before: “%1”.</translation>
    </message>
    <message>
        <source>Et programpunkt skal have en titel.</source>
        <translation>An agenda item must have a title.</translation>
    </message>
    <message>
        <source>Ret titel til «%1»</source>
        <translation>Rename to “%1”</translation>
    </message>
    <message>
        <source>Ret type for «%1»</source>
        <translation>Edit Type of “%1”</translation>
    </message>
    <message>
        <source>Ret beskrivelse af «%1»</source>
        <translation>Edit Description of “%1”</translation>
    </message>
    <message>
        <source>Ret talere i «%1»</source>
        <translation>Edit Speakers of “%1”</translation>
    </message>
    <message>
        <source>Ret cases i «%1»</source>
        <translation>Edit Cases of “%1”</translation>
    </message>
    <message>
        <source>Fastlås tidspunktet for «%1»</source>
        <translation>Fix the Time of “%1”</translation>
    </message>
    <message>
        <source>Frigiv tidspunktet for «%1»</source>
        <translation>Release the Time of “%1”</translation>
    </message>
    <message>
        <source>Sæt «%1» i række med punktet før</source>
        <translation>Share Row of “%1” with the Item Before</translation>
    </message>
    <message>
        <source>Giv «%1» sin egen række</source>
        <translation>Give “%1” Its Own Row</translation>
    </message>
    <message>
        <source>Ret tidspunkt for «%1»</source>
        <translation>Edit Time of “%1”</translation>
    </message>
    <message>
        <source>Ret programpunkt «%1»</source>
        <translation>Edit Agenda Item “%1”</translation>
    </message>
</context>
<context>
    <name>temaplan::CaseListEdit</name>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Søg efter en case</source>
        <translation>Search for a case</translation>
    </message>
    <message>
        <source>(ukendt case)</source>
        <translation>(unknown case)</translation>
    </message>
    <message>
        <source>Opret casen i biblioteket og sæt den på programpunktet; Fortryd fjerner begge dele</source>
        <translation>Create the case in the library and put it on the agenda item; Undo removes both</translation>
    </message>
    <message>
        <source>Opret ny case «%1»</source>
        <translation>Create New Case “%1”</translation>
    </message>
</context>
<context>
    <name>temaplan::SlotForm</name>
    <message>
        <source>Fast tidspunkt</source>
        <translation>Fixed time</translation>
    </message>
    <message>
        <source>Et afsnit pr. linje. Punkter begynder med • eller -</source>
        <translation>One paragraph per line. Bullets begin with • or -</translation>
    </message>
    <message>
        <source>Et fast tidspunkt (fx frokost) flytter sig ikke, når andre programpunkter indsættes, slettes eller ændrer varighed.</source>
        <translation>A fixed time (lunch, say) does not move when other agenda items are inserted, deleted or change length.</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Tid</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Tit&amp;el</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>&amp;Beskrivelse</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Ta&amp;lere</source>
        <translation>S&amp;peakers</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>(næste punkts start)</source>
        <translation>(next item&apos;s start)</translation>
    </message>
    <message>
        <source>Det første programpunkt har intet punkt før sig at dele række med.</source>
        <translation>The first agenda item has no item before it to share a row with.</translation>
    </message>
    <message>
        <source>Punktet trykkes i samme række som punktet før, med begge tidspunkter i tidskolonnen, fx »9.30 / 10.00«: let morgenmad og velkomst.</source>
        <translation>The item is printed on the same row as the item before, with both times in the time column, e.g. “9.30 / 10.00”: let morgenmad og velkomst.</translation>
    </message>
    <message>
        <source>I samme række som punktet før</source>
        <translation>Same row as the item before</translation>
    </message>
</context>
<context>
    <name>temaplan::SpeakerListEdit</name>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ret</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Rolletekst, fx »projektleder«</source>
        <translation>Role, e.g. “projektleder”</translation>
    </message>
    <message>
        <source>Personen fra biblioteket</source>
        <translation>The person from the library</translation>
    </message>
    <message>
        <source>Står foran navnet i programmet: »ved projektleder Vibeke Skøtt«</source>
        <translation>Stands before the name in the programme: “ved projektleder Vibeke Skøtt”</translation>
    </message>
    <message>
        <source>(ukendt person)</source>
        <translation>(unknown person)</translation>
    </message>
    <message>
        <source>Opret personen i biblioteket og sæt vedkommende på programpunktet; Fortryd fjerner begge dele</source>
        <translation>Create the person in the library and put them on the agenda item; Undo removes both</translation>
    </message>
    <message>
        <source>Vælg eller skriv en person</source>
        <translation>Choose or type a person</translation>
    </message>
    <message>
        <source>Opret «%1» som ny person</source>
        <translation>Create “%1” as a New Person</translation>
    </message>
</context>
<context>
    <name>temaplan::app::AboutDialog</name>
    <message>
        <source>Licensteksten mangler i programmet.</source>
        <translation>The licence text is missing from the program.</translation>
    </message>
    <message>
        <source>Om Temaplan</source>
        <translation>About Temaplan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Temaplan %1&lt;/h2&gt;&lt;p&gt;Programmer for temagruppemøder, temadage og konferencer og et bibliotek over kommunale cases for Sund By Netværket.&lt;/p&gt;&lt;p&gt;Temaplan er fri software under Apache License 2.0. De trykte programmer sættes med skrifttypen Open Sans, som også er udgivet under Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Temaplan %1&lt;/h2&gt;&lt;p&gt;Programmes for theme group meetings, theme days and conferences and a library of municipal cases for Sund By Netværket.&lt;/p&gt;&lt;p&gt;Temaplan is free software under the Apache License 2.0. The printed programmes are set in the Open Sans typeface, which is also published under the Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licens (Apache-2.0)</source>
        <translation>Licence (Apache-2.0)</translation>
    </message>
    <message>
        <source>Skrifttypen Open Sans</source>
        <translation>The Open Sans Typeface</translation>
    </message>
    <message>
        <source>Om Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>temaplan::app::CaseDetailView</name>
    <message>
        <source>Præsenteret ved</source>
        <translation>Presented at</translation>
    </message>
    <message>
        <source>Vælg en case i listen for at se, hvad den handler om, og hvor den er præsenteret.</source>
        <translation>Choose a case in the list to see what it is about and where it was presented.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Programpunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Dobbeltklik for at åbne arrangementet</source>
        <translation>Double-click to open the event</translation>
    </message>
    <message>
        <source>Ejer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Temaer</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Dokumenter</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Casen har intet resumé endnu.</source>
        <translation>The case has no summary yet.</translation>
    </message>
    <message>
        <source>uden dato</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>oplyses snarest</source>
        <translation>to be announced</translation>
    </message>
    <message>
        <source>Præsenteret ved: endnu ingen arrangementer</source>
        <translation>Presented at: no events yet</translation>
    </message>
    <message>
        <source>Præsenteret ved (%1)</source>
        <translation>Presented at (%1)</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Links (%1)</translation>
    </message>
    <message>
        <source>Dokumenter (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Oplysninger</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>temaplan::app::CaseFacetPanel</name>
    <message>
        <source>Nulstil filtre</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>Filtre</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Ejer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Startår</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Temagruppe</source>
        <translation>Theme group</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Vis alle %1 …</source>
        <translation>Show all %1 …</translation>
    </message>
    <message>
        <source>tæller …</source>
        <translation>counting …</translation>
    </message>
</context>
<context>
    <name>temaplan::app::CaseForm</name>
    <message>
        <source>Slutår</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>Ret resumé</source>
        <translation>Edit Summary</translation>
    </message>
    <message>
        <source>Ret ejer</source>
        <translation>Edit Owner</translation>
    </message>
    <message>
        <source>Ingen organisation i biblioteket hedder «%1». Vælg en fra listen, eller tøm feltet, hvis casen ingen ejer har.</source>
        <translation>No organisation in the library is called “%1”. Choose one from the list, or empty the field if the case has no owner.</translation>
    </message>
    <message>
        <source>Ret kontaktperson</source>
        <translation>Edit Contact Person</translation>
    </message>
    <message>
        <source>Ingen person i biblioteket hedder «%1». Vælg en fra listen, eller tøm feltet, hvis casen ingen kontaktperson har.</source>
        <translation>No person in the library is called “%1”. Choose one from the list, or empty the field if the case has no contact person.</translation>
    </message>
    <message>
        <source>(ingen ejer)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>(ingen kontaktperson)</source>
        <translation>(no contact person)</translation>
    </message>
    <message>
        <source>En case skal have en titel. Den gemte titel «%1» står tilbage, hvis feltet forlades tomt.</source>
        <translation>A case must have a title. The saved title “%1” stays if the field is left empty.</translation>
    </message>
    <message>
        <source>Ret titel</source>
        <translation>Edit Title</translation>
    </message>
    <message>
        <source>En case skal have en titel, så «%1» er beholdt.</source>
        <translation>A case must have a title, so “%1” has been kept.</translation>
    </message>
    <message>
        <source>«%1» er ikke et årstal. Skriv fx 2024, eller lad feltet stå tomt, hvis året ikke kendes.</source>
        <translation>“%1” is not a year. Type e.g. 2024, or leave the field empty if the year is not known.</translation>
    </message>
    <message>
        <source>Slutåret %1 ligger før startåret %2. Ret et af dem; perioden er ikke gemt.</source>
        <translation>The end year %1 is before the start year %2. Correct one of them; the period has not been saved.</translation>
    </message>
    <message>
        <source>Ret periode</source>
        <translation>Edit Period</translation>
    </message>
    <message>
        <source>Ret startår</source>
        <translation>Edit Start Year</translation>
    </message>
    <message>
        <source>Ret slutår</source>
        <translation>Edit End Year</translation>
    </message>
    <message>
        <source>Ret temaer</source>
        <translation>Edit Themes</translation>
    </message>
    <message>
        <source>Skriv en del af navnet, og vælg personen på listen</source>
        <translation>Type part of the name and choose the person from the list</translation>
    </message>
</context>
<context>
    <name>temaplan::app::CaseListModel</name>
    <message>
        <source>%1
Temaer: %2</source>
        <translation>%1
Themes: %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Ejer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>temaplan::app::CaseSavedSearches</name>
    <message>
        <source>Gemte søgninger</source>
        <translation>Saved Searches</translation>
    </message>
    <message>
        <source>Gem søgning</source>
        <translation>Save Search</translation>
    </message>
    <message>
        <source>Navn på søgningen:</source>
        <translation>Name of the search:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ingen gemte søgninger endnu</source>
        <translation>No saved searches yet</translation>
    </message>
    <message>
        <source>Vælg en søgning for at vise den igen; F2 omdøber den, Delete fjerner den</source>
        <translation>Choose a search to show it again; F2 renames it, Delete removes it</translation>
    </message>
    <message>
        <source>Omdøb …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>temaplan::app::CasesView</name>
    <message>
        <source>Gem søgning …</source>
        <translation>Save Search …</translation>
    </message>
    <message>
        <source>Flet valgte</source>
        <translation>Merge Selected</translation>
    </message>
    <message>
        <source>Som CSV (regneark) …</source>
        <translation>As CSV (Spreadsheet) …</translation>
    </message>
    <message>
        <source>Som PDF …</source>
        <translation>As PDF …</translation>
    </message>
    <message>
        <source>Søg i cases: kommune, titel, tema … (Ctrl+F)</source>
        <translation>Search the cases: municipality, title, theme … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Fortryd: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Gentag: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Flet de to valgte cases til én: den viste beholdes, og hvor den anden er præsenteret, peger nu på den</source>
        <translation>Merge the two selected cases into one: the one shown is kept, and where the other was presented now points to it</translation>
    </message>
    <message>
        <source>Dubletter</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Cases med samme titel og ejer</source>
        <translation>Cases with the same title and owner</translation>
    </message>
    <message>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Eksportér listen, som den vises</source>
        <translation>Export the list as shown</translation>
    </message>
    <message>
        <source>Gem søgeteksten og de valgte filtre under et navn</source>
        <translation>Save the search text and the chosen filters under a name</translation>
    </message>
    <message>
        <source>Eksportér cases</source>
        <translation>Export Cases</translation>
    </message>
    <message>
        <source>Over %1 cases passer …</source>
        <translation>More than %1 cases match …</translation>
    </message>
    <message>
        <source>Over %1 cases i biblioteket …</source>
        <translation>More than %1 cases in the library …</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) i biblioteket</source>
        <translation>
            <numerusform>%n case in the library</numerusform>
            <numerusform>%n cases in the library</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingen cases passer på filtrene</source>
        <translation>No cases match the filters</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) passer på filtrene</source>
        <translation>
            <numerusform>%n case matches the filters</numerusform>
            <numerusform>%n cases match the filters</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingen cases passer på «%1»</source>
        <translation>No cases match “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) passer på «%1»</source>
        <translation>
            <numerusform>%n case matches “%1”</numerusform>
            <numerusform>%n cases match “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingen cases med samme titel og ejer</source>
        <translation>No cases with the same title and owner</translation>
    </message>
    <message>
        <source>uden ejer</source>
        <translation>no owner</translation>
    </message>
    <message>
        <source>Flet «%1» (%2)</source>
        <translation>Merge “%1” (%2)</translation>
    </message>
    <message>
        <source>cases.pdf</source>
        <translation>cases.pdf</translation>
    </message>
    <message>
        <source>cases.csv</source>
        <translation>cases.csv</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Cases: «%1»</source>
        <translation>Cases: “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n case(s)</source>
        <translation>
            <numerusform>%1 of %n case</numerusform>
            <numerusform>%1 of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %1 af %n case(s)</source>
        <translation>
            <numerusform>Over %1 of %n case</numerusform>
            <numerusform>Over %1 of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>temaplan::app::DocumentLinksEdit</name>
    <message>
        <source>«%1» er ikke en gyldig adresse. Skriv hele adressen, fx https://www.sund-by-net.dk/haandbog.pdf.</source>
        <translation>“%1” is not a valid address. Write the whole address, e.g. https://www.sund-by-net.dk/haandbog.pdf.</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>F2 eller dobbeltklik retter en titel eller adresse; Delete fjerner linket, Alt+Op og Alt+Ned flytter det</source>
        <translation>F2 or a double-click edits a title or address; Delete removes the link, Alt+Up and Alt+Down move it</translation>
    </message>
    <message>
        <source>Titel, fx Håndbog</source>
        <translation>Title, e.g. Handbook</translation>
    </message>
    <message>
        <source>Adresse, fx https://www.sund-by-net.dk/haandbog.pdf</source>
        <translation>Address, e.g. https://www.sund-by-net.dk/haandbog.pdf</translation>
    </message>
    <message>
        <source>Tilføj linket med titlen og adressen i felterne (Enter)</source>
        <translation>Add the link with the title and address in the fields (Enter)</translation>
    </message>
    <message>
        <source>Fjern det valgte link (Delete)</source>
        <translation>Remove the chosen link (Delete)</translation>
    </message>
    <message>
        <source>Flyt det valgte link op (Alt+Op)</source>
        <translation>Move the chosen link up (Alt+Up)</translation>
    </message>
    <message>
        <source>Flyt det valgte link ned (Alt+Ned)</source>
        <translation>Move the chosen link down (Alt+Down)</translation>
    </message>
    <message>
        <source>Åbn det valgte link i browseren</source>
        <translation>Open the chosen link in the browser</translation>
    </message>
    <message>
        <source>Giv linket en titel, fx «Håndbog».</source>
        <translation>Give the link a title, e.g. “Handbook”.</translation>
    </message>
    <message>
        <source>Tilføj link «%1»</source>
        <translation>Add Link “%1”</translation>
    </message>
    <message>
        <source>Ret link «%1»</source>
        <translation>Edit Link “%1”</translation>
    </message>
    <message>
        <source>Fjern link «%1»</source>
        <translation>Remove Link “%1”</translation>
    </message>
    <message>
        <source>Flyt link «%1» op</source>
        <translation>Move Link “%1” Up</translation>
    </message>
    <message>
        <source>Flyt link «%1» ned</source>
        <translation>Move Link “%1” Down</translation>
    </message>
</context>
<context>
    <name>temaplan::app::EventActions</name>
    <message>
        <source>&amp;Nyt arrangement…</source>
        <translation>&amp;New Event…</translation>
    </message>
    <message>
        <source>&amp;Kopiér arrangement</source>
        <translation>&amp;Copy Event</translation>
    </message>
    <message>
        <source>&amp;Slet arrangement</source>
        <translation>&amp;Delete Event</translation>
    </message>
    <message>
        <source>Tilføj &amp;dato og sted</source>
        <translation>&amp;Add Date and Place</translation>
    </message>
    <message>
        <source>Fjern d&amp;ato og sted</source>
        <translation>&amp;Remove Date and Place</translation>
    </message>
    <message>
        <source>Opret et nyt arrangement med én dato og et tomt program</source>
        <translation>Create a new event with one date and an empty programme</translation>
    </message>
    <message>
        <source>Opret en kopi af arrangementet med dets datoer og program, til næste møde</source>
        <translation>Create a copy of the event with its dates and programme, for the next meeting</translation>
    </message>
    <message>
        <source>Slet arrangementet; Fortryd henter det tilbage</source>
        <translation>Delete the event; Undo brings it back</translation>
    </message>
    <message>
        <source>Arrangementet holdes også et andet sted eller en anden dag, med en kopi af programmet</source>
        <translation>The event is also held in another place or on another day, with a copy of the programme</translation>
    </message>
    <message>
        <source>Fjern den viste dato og dens program</source>
        <translation>Remove the date shown and its programme</translation>
    </message>
    <message>
        <source>Nyt arrangement</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>%1 (kopi)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Kopiér «%1»</source>
        <translation>Copy “%1”</translation>
    </message>
    <message>
        <source>Slet «%1»</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Tilføj dato og sted</source>
        <translation>Add Date and Place</translation>
    </message>
    <message>
        <source>Fjern dato og sted</source>
        <translation>Remove Date and Place</translation>
    </message>
</context>
<context>
    <name>temaplan::app::EventDetailView</name>
    <message>
        <source>Vælg et arrangement i listen for at se dets program.</source>
        <translation>Choose an event in the list to see its programme.</translation>
    </message>
    <message>
        <source>Arrangementet holdes flere steder; vælg hvilket program du vil se</source>
        <translation>The event is held in several places; choose which programme to see</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Oplysninger</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Vis programmet for:</source>
        <translation>Show the programme for:</translation>
    </message>
    <message>
        <source>Dato og sted er endnu ikke fastlagt.</source>
        <translation>Date and place are not settled yet.</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Cases (%1)</translation>
    </message>
</context>
<context>
    <name>temaplan::app::EventForm</name>
    <message>
        <source>Ret titel</source>
        <translation>Edit Title</translation>
    </message>
    <message>
        <source>Ret målgruppe</source>
        <translation>Edit Audience</translation>
    </message>
    <message>
        <source>Ret note til deltagerne</source>
        <translation>Edit Note to Participants</translation>
    </message>
    <message>
        <source>Ret type</source>
        <translation>Edit Type</translation>
    </message>
    <message>
        <source>Ret temagruppe</source>
        <translation>Edit Theme Group</translation>
    </message>
    <message>
        <source>Ret møderække</source>
        <translation>Edit Meeting Series</translation>
    </message>
    <message>
        <source>Ret mødested</source>
        <translation>Edit Venue</translation>
    </message>
    <message>
        <source>(ingen temagruppe)</source>
        <translation>(no theme group)</translation>
    </message>
    <message>
        <source>(ingen møderække)</source>
        <translation>(no meeting series)</translation>
    </message>
    <message>
        <source>(intet mødested valgt)</source>
        <translation>(no venue chosen)</translation>
    </message>
    <message>
        <source>Ret dato</source>
        <translation>Edit Date</translation>
    </message>
    <message>
        <source>Ret starttidspunkt</source>
        <translation>Edit Start Time</translation>
    </message>
    <message>
        <source>Ret sluttidspunkt</source>
        <translation>Edit End Time</translation>
    </message>
    <message>
        <source>d. MMMM yyyy</source>
        <extracomment>QDate display format of a date with and without its year</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d. MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>Arrangementet skal have en titel; «%1» er gemt.</source>
        <translation>The event must have a title; “%1” is saved.</translation>
    </message>
    <message>
        <source>»%1« er ikke et klokkeslæt. Skriv fx 9.30 eller 14.45.</source>
        <translation>“%1” is not a time. Write e.g. 9.30 or 14.45.</translation>
    </message>
    <message>
        <source>Starttidspunktet skal ligge før sluttidspunktet kl. %1.</source>
        <translation>The start time must be before the end time, %1.</translation>
    </message>
    <message>
        <source>Sluttidspunktet skal ligge efter starttidspunktet kl. %1.</source>
        <translation>The end time must be after the start time, %1.</translation>
    </message>
</context>
<context>
    <name>temaplan::app::EventListModel</name>
    <message>
        <source>dato ikke fastlagt</source>
        <translation>date not settled</translation>
    </message>
    <message>
        <source>oplyses snarest</source>
        <translation>to be announced</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Temagruppe</source>
        <translation>Theme group</translation>
    </message>
</context>
<context>
    <name>temaplan::app::EventsView</name>
    <message>
        <source>Filtrér arrangementer efter titel, sted eller temagruppe</source>
        <translation>Filter events by title, place or theme group</translation>
    </message>
</context>
<context>
    <name>temaplan::app::FirstRun</name>
    <message>
        <source>Kunne ikke oprette mappen %1 til biblioteket.</source>
        <translation>Could not create the folder %1 for the library.</translation>
    </message>
</context>
<context>
    <name>temaplan::app::GuideScenes</name>
    <message>
        <source>Arrangementet «%1» findes ikke i biblioteket.</source>
        <translation>The event “%1” is not in the library.</translation>
    </message>
    <message>
        <source>Ukendt scene «%1». Scenerne er: %2.</source>
        <translation>Unknown scene “%1”. The scenes are: %2.</translation>
    </message>
</context>
<context>
    <name>temaplan::app::HelpActions</name>
    <message>
        <source>&amp;Brugervejledning</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;Om Temaplan</source>
        <translation>&amp;About Temaplan</translation>
    </message>
    <message>
        <source>Sådan planlægger du et møde, udskriver programmet og finder cases</source>
        <translation>How to plan a meeting, print the programme and find cases</translation>
    </message>
</context>
<context>
    <name>temaplan::app::IdListEdit</name>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>(ukendt)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Delete fjerner den valgte</source>
        <translation>Delete removes the selected one</translation>
    </message>
    <message>
        <source>Skriv en del af navnet, vælg på listen, og tryk Enter for at tilføje</source>
        <translation>Type part of the name, choose in the list, and press Enter to add</translation>
    </message>
</context>
<context>
    <name>temaplan::app::LibraryFileActions</name>
    <message>
        <source>&amp;Nyt bibliotek…</source>
        <translation>&amp;New Library…</translation>
    </message>
    <message>
        <source>&amp;Åbn bibliotek…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <source>Åbn &amp;skrivebeskyttet…</source>
        <translation>Open &amp;Read-Only…</translation>
    </message>
    <message>
        <source>&amp;Importér JSON…</source>
        <translation>&amp;Import JSON…</translation>
    </message>
    <message>
        <source>&amp;Eksportér JSON…</source>
        <translation>&amp;Export JSON…</translation>
    </message>
    <message>
        <source>Seneste &amp;biblioteker</source>
        <translation>Recent &amp;Libraries</translation>
    </message>
    <message>
        <source>Åbn et bibliotek til gennemsyn uden at kunne ændre det</source>
        <translation>Open a library to look through without being able to change it</translation>
    </message>
    <message>
        <source>Flet arrangementer og cases fra en JSON-fil ind i biblioteket</source>
        <translation>Merge events and cases from a JSON file into the library</translation>
    </message>
    <message>
        <source>Gem hele biblioteket som JSON</source>
        <translation>Save the whole library as JSON</translation>
    </message>
    <message>
        <source>Temaplan-biblioteker (*.temaplan);;Alle filer (*)</source>
        <translation>Temaplan libraries (*.temaplan);;All files (*)</translation>
    </message>
    <message>
        <source>Biblioteket blev ikke åbnet</source>
        <translation>The library was not opened</translation>
    </message>
    <message>
        <source>Åbnede %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>bibliotek.temaplan</source>
        <translation>library.temaplan</translation>
    </message>
    <message>
        <source>Nyt bibliotek</source>
        <translation>New Library</translation>
    </message>
    <message>
        <source>Åbn bibliotek skrivebeskyttet</source>
        <translation>Open Library Read-Only</translation>
    </message>
    <message>
        <source>Åbn bibliotek</source>
        <translation>Open Library</translation>
    </message>
    <message>
        <source>Intet blev importeret</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Importerede %1: %2 nye, %3 ændrede, %4 uændrede poster</source>
        <translation>Imported %1: %2 new, %3 changed, %4 unchanged records</translation>
    </message>
    <message>
        <source>Biblioteket blev ikke eksporteret</source>
        <translation>The library was not exported</translation>
    </message>
    <message>
        <source>Gemte biblioteket som %1</source>
        <translation>Saved the library as %1</translation>
    </message>
    <message>
        <source>Importér JSON</source>
        <translation>Import JSON</translation>
    </message>
    <message>
        <source>JSON-filer (*.json);;Alle filer (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>bibliotek</source>
        <translation>library</translation>
    </message>
    <message>
        <source>Eksportér JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <source>JSON-filer (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Ryd listen</source>
        <translation>Clear the List</translation>
    </message>
</context>
<context>
    <name>temaplan::app::LibrarySession</name>
    <message>
        <source>bibliotek i hukommelsen</source>
        <translation>library in memory</translation>
    </message>
    <message>
        <source>Biblioteket er åbnet skrivebeskyttet, så ændringen blev ikke gemt.</source>
        <translation>The library is open read-only, so the change was not saved.</translation>
    </message>
    <message>
        <source>Intet bibliotek er åbent.</source>
        <translation>No library is open.</translation>
    </message>
</context>
<context>
    <name>temaplan::app::MainWindow</name>
    <message>
        <source>Biblioteket er åbnet skrivebeskyttet. Du kan se og udskrive, men ikke ændre eller importere.</source>
        <translation>The library is open read-only. You can look and print, but not change or import.</translation>
    </message>
    <message>
        <source>Arrangementer</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Gemte %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Ændringen blev ikke gemt</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>Indsæt &amp;skabelon</source>
        <translation>Insert &amp;Template</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Arrangementer</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Søg i cases</source>
        <translation>&amp;Search Cases</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gendan</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&lt;åbnet&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>Fortrydelseshistorik</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>Fortrydelses&amp;historik</source>
        <translation>Undo &amp;History</translation>
    </message>
    <message>
        <source>&amp;Fortryd «%1»</source>
        <translation>&amp;Undo “%1”</translation>
    </message>
    <message>
        <source>&amp;Gendan «%1»</source>
        <translation>&amp;Redo “%1”</translation>
    </message>
    <message>
        <source>Temaplan – %1</source>
        <translation>Temaplan – %1</translation>
    </message>
    <message>
        <source>Temaplan</source>
        <translation>Temaplan</translation>
    </message>
    <message numerus="yes">
        <source>%n arrangement(er)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Fejl i biblioteket</source>
        <translation>Error in the library</translation>
    </message>
    <message>
        <source>&amp;Personer</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Organisationer</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Temagrupper</source>
        <translation>&amp;Theme Groups</translation>
    </message>
    <message>
        <source>S&amp;erier</source>
        <translation>Meeting Se&amp;ries</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Temagrupper</source>
        <translation>Theme Groups</translation>
    </message>
    <message>
        <source>Serier</source>
        <translation>Meeting Series</translation>
    </message>
    <message>
        <source>Ingen arrangementer endnu</source>
        <translation>No events yet</translation>
    </message>
    <message>
        <source>Biblioteket er tomt. Opret det første møde med «Nyt arrangement», eller hent arrangementer og cases fra et andet bibliotek med «Importér JSON…».</source>
        <translation>The library is empty. Create the first meeting with “New Event”, or bring in events and cases from another library with “Import JSON…”.</translation>
    </message>
    <message>
        <source>Nyt arrangement</source>
        <translation>New Event</translation>
    </message>
    <message>
        <source>Importér JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <source>Ingen cases endnu</source>
        <translation>No cases yet</translation>
    </message>
    <message>
        <source>Cases kommer ind i biblioteket med «Importér JSON…» fra et bibliotek, der har dem. Knyt dem siden til programpunkterne i et arrangements program.</source>
        <translation>Cases come into the library with “Import JSON…” from a library that has them. Then link them to the agenda items in an event&apos;s programme.</translation>
    </message>
</context>
<context>
    <name>temaplan::app::OrganisationForm</name>
    <message>
        <source>Vælg logo</source>
        <translation>Choose Logo</translation>
    </message>
    <message>
        <source>Billeder (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Images (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Ret navn</source>
        <translation>Edit Name</translation>
    </message>
    <message>
        <source>Ret forkortelse</source>
        <translation>Edit Abbreviation</translation>
    </message>
    <message>
        <source>Ret type</source>
        <translation>Edit Type</translation>
    </message>
    <message>
        <source>Ret c/o</source>
        <translation>Edit c/o</translation>
    </message>
    <message>
        <source>Ret adresse</source>
        <translation>Edit Address</translation>
    </message>
    <message>
        <source>Ret postnummer</source>
        <translation>Edit Postcode</translation>
    </message>
    <message>
        <source>Ret by</source>
        <translation>Edit Town</translation>
    </message>
    <message>
        <source>Ret telefon</source>
        <translation>Edit Phone</translation>
    </message>
    <message>
        <source>Ret mail</source>
        <translation>Edit Email</translation>
    </message>
    <message>
        <source>Ret web</source>
        <translation>Edit Website</translation>
    </message>
    <message>
        <source>Ret slogan</source>
        <translation>Edit Slogan</translation>
    </message>
    <message>
        <source>Fjern logo</source>
        <translation>Remove Logo</translation>
    </message>
    <message>
        <source>intet logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>ulæseligt logo</source>
        <translation>unreadable logo</translation>
    </message>
    <message>
        <source>«%1» er ikke en farve; skriv fx #1a6e8e, eller lad feltet stå tomt</source>
        <translation>“%1” is not a colour; write e.g. #1a6e8e, or leave the field empty</translation>
    </message>
    <message>
        <source>Ret farve</source>
        <translation>Edit Colour</translation>
    </message>
    <message>
        <source>Logoet «%1» fylder over 2 MB; brug en mindre udgave.</source>
        <translation>The logo “%1” takes up more than 2 MB; use a smaller version.</translation>
    </message>
    <message>
        <source>Kunne ikke læse «%1».</source>
        <translation>Could not read “%1”.</translation>
    </message>
    <message>
        <source>«%1» er ikke et billede, Temaplan kan læse; brug PNG, JPEG eller SVG.</source>
        <translation>“%1” is not an image Temaplan can read; use PNG, JPEG or SVG.</translation>
    </message>
</context>
<context>
    <name>temaplan::app::OrganisationsView</name>
    <message>
        <source>Ny organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Filtrér organisationer efter navn, forkortelse, type eller by</source>
        <translation>Filter organisations by name, abbreviation, type or town</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Ny organisation</source>
        <translation>&amp;New Organisation</translation>
    </message>
    <message>
        <source>&amp;Slet organisation</source>
        <translation>&amp;Delete Organisation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personer&lt;/b&gt;</source>
        <translation>&lt;b&gt;People&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ingen personer</source>
        <translation>No people</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cases&lt;/b&gt; (dobbeltklik åbner casen)</source>
        <translation>&lt;b&gt;Cases&lt;/b&gt; (double-click opens the case)</translation>
    </message>
    <message>
        <source>Ingen cases</source>
        <translation>No cases</translation>
    </message>
</context>
<context>
    <name>temaplan::app::PeopleView</name>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Filtrér personer efter navn, titel, organisation eller mail</source>
        <translation>Filter people by name, title, organisation or email</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Ny person</source>
        <translation>&amp;New Person</translation>
    </message>
    <message>
        <source>&amp;Slet person</source>
        <translation>&amp;Delete Person</translation>
    </message>
    <message>
        <source>&lt;b&gt;Oplæg&lt;/b&gt; (dobbeltklik åbner arrangementet)</source>
        <translation>&lt;b&gt;Presentations&lt;/b&gt; (double-click opens the event)</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Programpunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Ingen oplæg i programmerne</source>
        <translation>No presentations in the programmes</translation>
    </message>
    <message>
        <source>uden dato</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontaktperson for cases&lt;/b&gt; (dobbeltklik åbner casen)</source>
        <translation>&lt;b&gt;Contact for cases&lt;/b&gt; (double-click opens the case)</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ejer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Ikke kontaktperson for nogen case</source>
        <translation>Not the contact of any case</translation>
    </message>
</context>
<context>
    <name>temaplan::app::PersonForm</name>
    <message>
        <source>Ret navn</source>
        <translation>Edit Name</translation>
    </message>
    <message>
        <source>Ret titel</source>
        <translation>Edit Title</translation>
    </message>
    <message>
        <source>Ret afdeling</source>
        <translation>Edit Department</translation>
    </message>
    <message>
        <source>Ret telefon</source>
        <translation>Edit Phone</translation>
    </message>
    <message>
        <source>Ret mail</source>
        <translation>Edit Email</translation>
    </message>
    <message>
        <source>Ret organisation</source>
        <translation>Edit Organisation</translation>
    </message>
    <message>
        <source>(ingen organisation)</source>
        <translation>(no organisation)</translation>
    </message>
</context>
<context>
    <name>temaplan::app::ProgrammeActions</name>
    <message>
        <source>Eksportér PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Udskriv…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Gem som HTML…</source>
        <translation>Save as HTML…</translation>
    </message>
    <message>
        <source>Gem kalenderinvitation…</source>
        <translation>Save Calendar Invitation…</translation>
    </message>
    <message>
        <source>Gem programmet som PDF til udsendelse</source>
        <translation>Save the programme as a PDF to send out</translation>
    </message>
    <message>
        <source>Se programmet, som det bliver udskrevet, og udskriv det</source>
        <translation>See the programme as it will be printed, and print it</translation>
    </message>
    <message>
        <source>Gem programmet som en webside til netværkets hjemmeside</source>
        <translation>Save the programme as a web page for the network&apos;s website</translation>
    </message>
    <message>
        <source>Gem en kalenderinvitation (.ics) til deltagerne</source>
        <translation>Save a calendar invitation (.ics) for the participants</translation>
    </message>
    <message>
        <source>Der er intet program valgt.</source>
        <translation>No programme is chosen.</translation>
    </message>
    <message>
        <source>Eksportér programmet som PDF</source>
        <translation>Export Programme as PDF</translation>
    </message>
    <message>
        <source>PDF-dokumenter (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF blev ikke gemt</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <source>Gem programmet som HTML</source>
        <translation>Save Programme as HTML</translation>
    </message>
    <message>
        <source>Websider (*.html *.htm)</source>
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>HTML blev ikke gemt</source>
        <translation>The HTML was not saved</translation>
    </message>
    <message>
        <source>Ingen kalenderinvitation</source>
        <translation>No calendar invitation</translation>
    </message>
    <message>
        <source>Gem kalenderinvitation</source>
        <translation>Save Calendar Invitation</translation>
    </message>
    <message>
        <source>Kalenderinvitationer (*.ics)</source>
        <translation>Calendar invitations (*.ics)</translation>
    </message>
    <message>
        <source>Kalenderinvitationen blev ikke gemt</source>
        <translation>The calendar invitation was not saved</translation>
    </message>
    <message>
        <source>Udskriv program</source>
        <translation>Print Programme</translation>
    </message>
    <message>
        <source>Programmet kunne ikke udskrives</source>
        <translation>The programme could not be printed</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
</context>
<context>
    <name>temaplan::app::ProgrammePreview</name>
    <message>
        <source>Side </source>
        <translation>Page </translation>
    </message>
    <message>
        <source>Hvilken side af det trykte program der vises</source>
        <translation>Which page of the printed programme is shown</translation>
    </message>
    <message>
        <source>Udskrift</source>
        <translation>Printout</translation>
    </message>
    <message>
        <source>af %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>temaplan::app::RecordEditing</name>
    <message>
        <source>Navnet må ikke være tomt; det gemte navn står tilbage, hvis feltet forlades tomt.</source>
        <translation>The name must not be empty; the saved name stays if the field is left empty.</translation>
    </message>
</context>
<context>
    <name>temaplan::app::RecordRoom</name>
    <message>
        <source>Slet; Fortryd henter det tilbage. Det, som andre poster henviser til, kan ikke slettes.</source>
        <translation>Delete; Undo brings it back. What other records refer to cannot be deleted.</translation>
    </message>
    <message>
        <source>Intet valgt. Vælg i listen, eller opret med «%1».</source>
        <translation>Nothing chosen. Choose in the list, or create with “%1”.</translation>
    </message>
    <message>
        <source>uden dato</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Slet «%1»</source>
        <translation>Delete “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n person(er)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n person(er)</source>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(er)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n organisation(er)</source>
        <translation>
            <numerusform>%1 of %n organisation</numerusform>
            <numerusform>%1 of %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temagruppe(r)</source>
        <translation>
            <numerusform>%n theme group</numerusform>
            <numerusform>%n theme groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n temagruppe(r)</source>
        <translation>
            <numerusform>%1 of %n theme group</numerusform>
            <numerusform>%1 of %n theme groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serie(r)</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n serie(r)</source>
        <translation>
            <numerusform>%1 of %n series</numerusform>
            <numerusform>%1 of %n series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>temaplan::app::RenameDialog</name>
    <message>
        <source>kendt:</source>
        <translation>known:</translation>
    </message>
    <message>
        <source>Omdøb temagruppe</source>
        <translation>Rename Theme Group</translation>
    </message>
    <message>
        <source>Omdøb</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Det nuværende navn, «%1», gemmes som tidligere navn, så tidligere møder stadig kan findes under det.</source>
        <translation>The current name, “%1”, is kept as a former name, so earlier meetings can still be found under it.</translation>
    </message>
    <message>
        <source>&amp;Nyt navn:</source>
        <translation>&amp;New name:</translation>
    </message>
    <message>
        <source>Det gamle navn brugt til og med:</source>
        <translation>The old name used up to and including:</translation>
    </message>
</context>
<context>
    <name>temaplan::app::SavedSearchNavigation</name>
    <message>
        <source>Alle cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Søger «%1»</source>
        <translation>Searching “%1”</translation>
    </message>
    <message>
        <source>%1, med filtre</source>
        <translation>%1, with filters</translation>
    </message>
    <message>
        <source>Gemte søgninger</source>
        <translation>Saved Searches</translation>
    </message>
    <message>
        <source>Gemt søgning: %1</source>
        <translation>Saved search: %1</translation>
    </message>
</context>
<context>
    <name>temaplan::app::SeriesForm</name>
    <message>
        <source>Søg efter en organisation</source>
        <translation>Search for an organisation</translation>
    </message>
    <message>
        <source>Søg efter en person</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <source>Ret titel</source>
        <translation>Edit Title</translation>
    </message>
    <message>
        <source>Ret undertitel</source>
        <translation>Edit Subtitle</translation>
    </message>
    <message>
        <source>Ret beskrivelse</source>
        <translation>Edit Description</translation>
    </message>
    <message>
        <source>Ret praktisk note</source>
        <translation>Edit Practical Note</translation>
    </message>
    <message>
        <source>Ret arrangører</source>
        <translation>Edit Organisers</translation>
    </message>
    <message>
        <source>Ret facilitatorer</source>
        <translation>Edit Facilitators</translation>
    </message>
    <message>
        <source>Ret kontaktpersoner</source>
        <translation>Edit Contact People</translation>
    </message>
</context>
<context>
    <name>temaplan::app::SeriesView</name>
    <message>
        <source>Ny serie</source>
        <translation>New meeting series</translation>
    </message>
    <message>
        <source>Filtrér serier efter titel eller undertitel</source>
        <translation>Filter meeting series by title or subtitle</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Undertitel</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>&amp;Ny serie</source>
        <translation>&amp;New Meeting Series</translation>
    </message>
    <message>
        <source>&amp;Slet serie</source>
        <translation>&amp;Delete Meeting Series</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arrangementer&lt;/b&gt; (dobbeltklik åbner arrangementet)</source>
        <translation>&lt;b&gt;Events&lt;/b&gt; (double-click opens the event)</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ingen arrangementer</source>
        <translation>No events</translation>
    </message>
</context>
<context>
    <name>temaplan::app::TemplateActions</name>
    <message>
        <source>&amp;Gem program som skabelon…</source>
        <translation>&amp;Save Programme as Template…</translation>
    </message>
    <message>
        <source>Nyt arrangement fra skabe&amp;lon…</source>
        <translation>New Event from Temp&amp;late…</translation>
    </message>
    <message>
        <source>Skabelone&amp;r…</source>
        <translation>Te&amp;mplates…</translation>
    </message>
    <message>
        <source>Gem det viste program med tider, talere og cases som en skabelon til nye arrangementer</source>
        <translation>Save the programme shown, with times, speakers and cases, as a template for new events</translation>
    </message>
    <message>
        <source>Opret et nyt arrangement med programmet fra en skabelon</source>
        <translation>Create a new event with the programme from a template</translation>
    </message>
    <message>
        <source>Skabelonens navn:</source>
        <translation>Name of the template:</translation>
    </message>
    <message>
        <source>Gem skabelon «%1»</source>
        <translation>Save Template “%1”</translation>
    </message>
    <message>
        <source>Nyt arrangement fra «%1»</source>
        <translation>New Event from “%1”</translation>
    </message>
    <message>
        <source>Skabelonen blev ikke omdøbt</source>
        <translation>The template was not renamed</translation>
    </message>
    <message>
        <source>Der findes allerede en skabelon med navnet «%1».</source>
        <translation>A template named “%1” already exists.</translation>
    </message>
    <message>
        <source>Omdøb skabelon «%1»</source>
        <translation>Rename Template “%1”</translation>
    </message>
    <message>
        <source>Slet skabelon «%1»</source>
        <translation>Delete Template “%1”</translation>
    </message>
    <message>
        <source>Omdøb skabelon</source>
        <translation>Rename Template</translation>
    </message>
    <message>
        <source>Gem program som skabelon</source>
        <translation>Save Programme as Template</translation>
    </message>
    <message>
        <source>Ingen skabeloner</source>
        <translation>No templates</translation>
    </message>
    <message>
        <source>Biblioteket har ingen skabeloner endnu. Vælg et arrangement og «Gem program som skabelon…» først.</source>
        <translation>The library has no templates yet. Choose an event and “Save Programme as Template…” first.</translation>
    </message>
    <message>
        <source>Omdøb skabeloner, ret deres programmer eller slet dem</source>
        <translation>Rename templates, edit their programmes or delete them</translation>
    </message>
    <message>
        <source>Ret program i skabelon «%1»</source>
        <translation>Edit Programme of Template “%1”</translation>
    </message>
</context>
<context>
    <name>temaplan::app::TemplateAgendaDialog</name>
    <message>
        <source>Program i skabelonen «%1»</source>
        <translation>Programme of the Template “%1”</translation>
    </message>
    <message>
        <source>Ændringerne gemmes i skabelonen med «Gem» som ét trin, der kan fortrydes. Arrangementer, der er oprettet fra skabelonen, ændres ikke.</source>
        <translation>“Save” writes the changes to the template as one step that can be undone. Events made from the template do not change.</translation>
    </message>
    <message>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>temaplan::app::TemplateChoiceDialog</name>
    <message>
        <source>Behold &amp;talerne</source>
        <translation>Keep the &amp;speakers</translation>
    </message>
    <message>
        <source>Behold &amp;cases</source>
        <translation>Keep the &amp;cases</translation>
    </message>
    <message>
        <source>Nyt arrangement fra skabelon</source>
        <translation>New Event from Template</translation>
    </message>
    <message>
        <source>Tiderne følger altid med. Uden talere og cases står programpunkterne klar til at blive udfyldt.</source>
        <translation>The times always come along. Without speakers and cases the agenda items stand ready to be filled in.</translation>
    </message>
    <message>
        <source>Opret arrangement</source>
        <translation>Create Event</translation>
    </message>
    <message>
        <source>&amp;Skabelon:</source>
        <translation>&amp;Template:</translation>
    </message>
</context>
<context>
    <name>temaplan::app::TemplatesDialog</name>
    <message>
        <source>&amp;Omdøb…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Slet</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Skabeloner</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Slet skabelonen; Fortryd henter den tilbage</source>
        <translation>Delete the template; Undo brings it back</translation>
    </message>
    <message>
        <source>Rediger &amp;program…</source>
        <translation>Edit &amp;Programme…</translation>
    </message>
    <message>
        <source>Ret skabelonens programpunkter, tider, talere og cases i programeditoren</source>
        <translation>Edit the template&apos;s slots, times, speakers and cases in the programme editor</translation>
    </message>
</context>
<context>
    <name>temaplan::app::ThemeGroupForm</name>
    <message>
        <source>Søg efter en person</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <source>Ret navn</source>
        <translation>Edit Name</translation>
    </message>
    <message>
        <source>Ret mødefrekvens</source>
        <translation>Edit Meeting Frequency</translation>
    </message>
    <message>
        <source>Ret baggrund</source>
        <translation>Edit Background</translation>
    </message>
    <message>
        <source>Ret formål</source>
        <translation>Edit Purpose</translation>
    </message>
    <message>
        <source>Ret målgruppe</source>
        <translation>Edit Audience</translation>
    </message>
    <message>
        <source>Ret fokus</source>
        <translation>Edit Focus</translation>
    </message>
    <message>
        <source>Ret arrangør</source>
        <translation>Edit Organiser</translation>
    </message>
    <message>
        <source>Ret kontaktpersoner</source>
        <translation>Edit Contact People</translation>
    </message>
    <message>
        <source>(ingen arrangør)</source>
        <translation>(no organiser)</translation>
    </message>
    <message>
        <source>%1 (til %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <source>Omdøb «%1» til «%2»</source>
        <translation>Rename “%1” to “%2”</translation>
    </message>
    <message>
        <source>Fjern tidligere navn «%1»</source>
        <translation>Remove Former Name “%1”</translation>
    </message>
</context>
<context>
    <name>temaplan::app::ThemeGroupsView</name>
    <message>
        <source>Ny temagruppe</source>
        <translation>New theme group</translation>
    </message>
    <message>
        <source>Filtrér temagrupper efter navn eller tidligere navn</source>
        <translation>Filter theme groups by name or former name</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tidligere navne</source>
        <translation>Former names</translation>
    </message>
    <message>
        <source>&amp;Ny temagruppe</source>
        <translation>&amp;New Theme Group</translation>
    </message>
    <message>
        <source>&amp;Slet temagruppe</source>
        <translation>&amp;Delete Theme Group</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arrangementer&lt;/b&gt; (dobbeltklik åbner arrangementet)</source>
        <translation>&lt;b&gt;Events&lt;/b&gt; (double-click opens the event)</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ingen arrangementer</source>
        <translation>No events</translation>
    </message>
</context>
<context>
    <name>temaplan::app::UserGuideDialog</name>
    <message>
        <source>Temaplan – Brugervejledning</source>
        <translation>Temaplan – User Guide</translation>
    </message>
</context>
<context>
    <name>temaplan::app::WelcomePanel</name>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Velkommen til Temaplan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Welcome to Temaplan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nyt bibliotek…</source>
        <translation>New Library…</translation>
    </message>
    <message>
        <source>Brugervejledning</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <source>Skjul velkomsten; den vises ikke igen</source>
        <translation>Hide the welcome; it will not be shown again</translation>
    </message>
    <message>
        <source>Dette er et demobibliotek med Sund By Netværkets egne programmer og cases, så du kan prøve alt uden at ødelægge noget: vælg et arrangement og ret i programmet, eller søg i cases (Ctrl+F). Når du vil i gang for alvor, så opret dit eget bibliotek med &lt;i&gt;Filer ▸ Nyt bibliotek…&lt;/i&gt; og hent eventuelt arrangementer og cases ind med &lt;i&gt;Filer ▸ Importér JSON…&lt;/i&gt;</source>
        <translation>This is a demo library with Sund By Netværket&apos;s own programmes and cases, so you can try everything without breaking anything: choose an event and edit its programme, or search the cases (Ctrl+F). When you want to start for real, create your own library with &lt;i&gt;File ▸ New Library…&lt;/i&gt; and, if you like, bring in events and cases with &lt;i&gt;File ▸ Import JSON…&lt;/i&gt;</translation>
    </message>
</context>
</TS>
