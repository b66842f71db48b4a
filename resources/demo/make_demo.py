#!/usr/bin/env python3
"""Writes resources/demo/demo.json, the bundled demo library (format temaplan-library 1).

Every record comes from the five seed documents (docs: see README.md next to this file).
Ids are uuid5(NAMESPACE_URL, "temaplan-demo:<kind>:<natural key>"), so running this again
gives the same file. Standard library only.

    python3 resources/demo/make_demo.py            # writes demo.json next to this script
    python3 resources/demo/make_demo.py --check    # fails if demo.json is not up to date
"""

import json
import re
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "demo.json"


def make_id(kind, key):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"temaplan-demo:{kind}:{key}"))


def clean(text):
    """One line of seed text: line breaks and runs of spaces become one space."""
    return re.sub(r"\s+", " ", text).strip()


def P(text):
    return {"paragraph": clean(text)}


def B(text):
    return {"bullet": clean(text)}


def prune(record):
    """Drops keys whose value is empty (empty string, list, dict, None, 0, False),
    keeping the key order of the record."""
    out = {}
    for key, value in record.items():
        if isinstance(value, dict):
            value = prune(value)
        if value in ("", [], {}, None, 0, False):
            continue
        out[key] = value
    return out


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

organisations = {}  # name -> record


def org(name, kind, short_name="", letterhead=None):
    assert name not in organisations, name
    organisations[name] = {
        "id": make_id("organisation", name),
        "name": name,
        "shortName": short_name,
        "kind": kind,
        "letterhead": letterhead or {},
    }
    return organisations[name]["id"]


def O(name):
    return organisations[name]["id"]


def letterhead(careOf="", street="", postcode="", town="", phone="", email="", web="",
               tagline="", colour="", logo="", logoMimeType=""):
    return {
        "careOf": careOf, "street": street, "postcode": postcode, "town": town,
        "phone": phone, "email": email, "web": web, "tagline": tagline,
        "colour": colour, "logo": logo, "logoMimeType": logoMimeType,
    }


# 000 (page footer), 003 (signature)
org("Sund By Netværket", "network", letterhead=letterhead(
    careOf="c/o KL-huset",
    street="Weidekampsgade 10",
    postcode="2300",
    town="København S",
    phone="3370 3580",
    email="post@sundbynetvaerket.dk",
    web="www.sund-by-net.dk",
    tagline="Sund By Netværket – en del af noget større.\n"
            "Det nationale WHO Healthy Cities Network arbejder for at skabe rammer for et "
            "godt liv i bæredygtige byer – Vi bidrager til Agenda 2030.",
))
# 002 (contacts at kl.dk), 004 (organiser with BL)
org("KL", "network", short_name="KL")
# 004
org("BL", "network", short_name="BL")

# 000
org("Gladsaxe Kommune", "municipality")
org("Silkeborg Kommune", "municipality")   # also 001
org("Middelfart Kommune", "municipality")
# 002
org("Vordingborg Kommune", "municipality")
org("Aalborg Kommune", "municipality")
org("Albertslund Kommune", "municipality")
org("Frederikssund Kommune", "municipality")
org("DCUM", "other")
# 004: speakers, cases and the partners' logo wall
org("Halsnæs Kommune", "municipality")
org("Horsens Kommune", "municipality")
org("Aarhus Kommune", "municipality")
org("Slagelse Kommune", "municipality")
org("Faxe Kommune", "municipality")
org("Kolding Kommune", "municipality")
org("Ikast-Brande Kommune", "municipality")
org("Billund Kommune", "municipality")
org("Hillerød Kommune", "municipality")
org("Holbæk Kommune", "municipality")
org("Holstebro Kommune", "municipality")
org("Fredericia Kommune", "municipality")
org("Helsingør Kommune", "municipality")
org("Det kommunale Sundhedscenter i Skanderborg", "municipality")
org("ALBO Boligselskab", "housing", short_name="Albo")
org("Lejerbo", "housing")
org("Boligkontoret Fredericia", "housing")
org("Nykøbing F. Boligselskab", "housing", short_name="BO-GODT")
org("bolinu", "housing")
org("Boligforeningen Ringgården", "housing")
org("ALBOA", "housing")
org("Himmerland Boligforening", "housing")
org("Boligselskabet Sjælland", "housing")
org("Boligselskabet Nordjylland", "housing")
org("Ikast Andelsboligforening", "housing")
org("Boliggården", "housing")
org("østerBO", "housing")
org("Århus Omegn", "housing")
org("ALABU Bolig", "housing")
org("Bolig Korsør", "housing")
org("VBA", "other")
org("Forum for Mænds Sundhed", "other")
org("Landdistrikternes Fællesråd", "other")
org("Fællesskabsby Ringsted", "other")
org("Steno Diabetes Center Copenhagen", "research", short_name="SDCC")
org("Steno Diabetes Center Sjælland", "research")
org("CBS", "research")
org("Nordsjællands Hospital", "other", short_name="NOH")
org("Naturstyrelsen", "other")
org("Aktionsuniversitetet", "other", letterhead=letterhead(
    street="The Theatre Island",
    town="Copenhagen",
    web="www.actionuniversity.org",
))
org("Mobilize Strategy Consulting", "other")

# The partners' logo wall of 004, in the order the slide shows them (BL and KL organise).
partners_004 = [
    "Boligkontoret Fredericia", "Nykøbing F. Boligselskab", "Forum for Mænds Sundhed",
    "Landdistrikternes Fællesråd", "bolinu", "Boligforeningen Ringgården",
    "Steno Diabetes Center Sjælland", "Halsnæs Kommune", "ALBOA", "Himmerland Boligforening",
    "Fællesskabsby Ringsted", "Boligselskabet Sjælland", "ALBO Boligselskab",
    "Slagelse Kommune", "Kolding Kommune", "Boligselskabet Nordjylland",
    "Steno Diabetes Center Copenhagen", "Ikast Andelsboligforening", "Boliggården",
    "Horsens Kommune", "Ikast-Brande Kommune", "Det kommunale Sundhedscenter i Skanderborg",
    "østerBO", "Århus Omegn", "ALABU Bolig", "Billund Kommune", "Hillerød Kommune",
    "Holbæk Kommune", "Aarhus Kommune", "Bolig Korsør", "Holstebro Kommune",
    "Fredericia Kommune", "Helsingør Kommune", "VBA",
]

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

people = {}  # name -> record


def person(name, title="", organisation="", department="", phone="", email=""):
    assert name not in people, name
    people[name] = {
        "id": make_id("person", name),
        "name": name,
        "title": title,
        "organisation": O(organisation) if organisation else None,
        "department": department,
        "phone": phone,
        "email": email,
    }


def H(name):
    return people[name]["id"]


# 000
person("Mette Dybkjær", title="leder af strategien", organisation="Gladsaxe Kommune")
person("Malene Steiniche Kjær", title="projektleder", organisation="Silkeborg Kommune")
person("Vibeke Skøtt", title="projektleder", organisation="Middelfart Kommune")
person("Pernille Tanggaard Andersen", title="Professor og forskningsleder",
       department="Det Sundhedsvidenskabelige Fakultet")
# 001 (000 and 002 name her as speaker)
person("Mia Butler", organisation="Silkeborg Kommune", phone="24986061")
# 001 (phone, title), 003 (e-mail; spelt "Lisager" there)
person("Charlotte Iisager Petersen", title="Sekretariatschef", organisation="Sund By Netværket",
       phone="+4524804503", email="cjp@kl.dk")
# 002
person("Karen Karlsson Eriksen", title="Specialkonsulent", organisation="KL",
       department="Sundhed & Ældre", phone="+45 3370 3859", email="kae@kl.dk")
person("Lisbeth Holm Olsen", title="Chefkonsulent", organisation="KL",
       department="Sundhed & Ældre", phone="+45 3370 3834", email="llo@kl.dk")
person("Lisbeth Alnor", title="chefkonsulent", organisation="DCUM")
# 003
person("Andreas Rønne Nielsen")
# 004
person("Bent Madsen", title="direktør", organisation="BL")
person("Sisse Marie Welling", organisation="KL", department="Sundheds- og Ældreudvalg")
person("Sophie Løhde", title="Indenrigs- og sundhedsminister")
person("Anne Hune Gjerrild", title="leder af Sundhedsafdelingen", organisation="Halsnæs Kommune")
person("Peter Sørensen", title="borgmester", organisation="Horsens Kommune")
person("Michael Meldgaard", title="adm. direktør", organisation="ALBO Boligselskab")
person("Otto Ohrt", title="sundhedschef", organisation="Aarhus Kommune")
person("Johan Brødsgaard", title="formand", organisation="KL",
       department="Kultur-, Erhverv- og Planudvalg")
person("Sophie Hæstorp Andersen", title="Social- og boligminister")
person("Knud Vincents", title="borgmester", organisation="Slagelse Kommune")
person("Christa Breum Amhøj",
       title="Stifter af Aktionsuniversitetet og Handletanken for lokal bærekraft",
       organisation="Aktionsuniversitetet", phone="+45 26282950",
       email="christa.breum.amhoj@gmail.com")
person("Claus Bjørn Billehøj", title="partner", organisation="Mobilize Strategy Consulting")
person("Christian Harsløf", title="direktør", organisation="KL")
person("Stine Johansen", title="direktør", organisation="KL")
person("Rikke Lønne", organisation="BL", email="ril@bl.dk")
person("Line Novél", organisation="BL", email="lin@bl.dk")
person("Astrid Jensen-Kanstrup", organisation="KL", email="acj@kl.dk")
person("Kit Jørgensen", organisation="KL", email="kitj@kl.dk")

# ---------------------------------------------------------------------------
# Venues
# ---------------------------------------------------------------------------

venues = {}  # key -> record


def venue(key, kind, name="", street="", postcode="", town="", url=""):
    venues[key] = {
        "id": make_id("venue", key),
        "kind": kind,
        "name": name,
        "street": street,
        "postcode": postcode,
        "town": town,
        "url": url,
    }


def V(key):
    return venues[key]["id"]


# 000 "Den 6. december i Gladsaxe": only the town is known.
venue("town:Gladsaxe", "address", town="Gladsaxe")
# 002 "Temadagen i Vejle", "Temadagen i København": only the towns are known.
venue("town:Vejle", "address", town="Vejle")
venue("town:København", "address", town="København")
# 003 "i Aarhus mødested oplyses snarest"
venue("tba:Aarhus", "to-be-announced", town="Aarhus")
# 003 "i KL-huset, København"; the address is the letterhead's "c/o KL-huset".
venue("KL-huset", "address", name="KL-huset", street="Weidekampsgade 10", postcode="2300",
      town="København S")

# ---------------------------------------------------------------------------
# Theme group (001)
# ---------------------------------------------------------------------------

theme_groups = {}

theme_groups["Strategisk Lokalsamfundsudvikling"] = {
    "id": make_id("theme-group", "Strategisk Lokalsamfundsudvikling"),
    "name": "Strategisk Lokalsamfundsudvikling",
    "formerNames": [{"name": "Sundhed og Lokalsamfund"}],
    "organiser": O("Sund By Netværket"),
    "background": [
        P("For fem år siden etablerede Sund By Netværket temagruppen Sundhed og Lokalsamfund – "
          "meget er sket på fem år, og nu tager temagruppen nyt navn til temagruppen for "
          "Strategisk Lokalsamfundsudvikling."),
        P("""Der er fortsat et stort behov for at arbejde med at styrke sundhed og
trivsel, der hvor folk bor og lever. Derfor vil robuste lokalsamfund,
et styrket nabo- og genboskab samt community empowerment fortsat præge temagruppens arbejde."""),
        P("""Men der er ligeledes et behov for, at temagruppen adresserer, hvordan kommunens
medarbejdere, der arbejder på et administrativt niveau med kort afstand til det besluttende
niveau, bliver klædt på til at argumentere for lokalsamfunds-perspektivet. Et perspektiv der
selvfølgelig skal understøttes af strategiske greb, der taler ind i en  økonomisk, politisk
og administrativ/faglig prioritering."""),
        P("""Lokalsamfund skal forstås bredt – det er der, hvor mennesker lever og agerer. Dette
‘take’ på sundhedsfremme kan være med til at favne kompleksiteten mellem individ og struktur,
og mellem lokale erfaringer og organisatorisk kapacitetsopbygning.  Lokalsamfundsperspektivet
giver mulighed for at uddrage erfaringer fra det specifikke til det generelle, så viden kan
finde anvendelse bredere set."""),
    ],
    "purpose": [
        P("""Lokalsamfundsperspektivet rummer betegnelser som ‘community health’, empowerment,
levevilkår, kollektiv handlekraft og meget mere, som vi gerne vil udforske i temagruppen. Og
alt dette skal underbygge bestræbelserne på at tænke og dagsordensætte
lokalsamfundsudvikling. Det vil vi gerne bidrage til i temagruppen. Vi vil også gerne bidrage
til at blive klogere på arbejdet med at reducere ulighed i sundhed set i et
lokalsamfundsperspektiv. Sociale forhold, tilgængelige ressourcer,
rammer og netværk har stor indflydelse på menneskers sundhed og
trivsel."""),
        P("""Ligeledes er beboersammensætning, uddannelsesniveau og indkomstniveau afgørende
indikatorer i fht ulighed i sundhed. Således ser vi i kommunerne forskellige typer af
lokalsamfund, hvor nogle områder er præget af borgere med lang uddannelse og høj
husstandsindkomst, mens andre lokalområder er kendetegnende ved, at der bor flere borgere med
kort uddannelse og lav husstandsindkomst. Dette har ofte indflydelse på borgernes
sundhedstilstand, sammenhængskraften i lokalsamfundet og ressourcer i civilsamfundet."""),
    ],
    "audience": [
        P("""Målgruppen for temagruppen er derfor de ansatte i kommunen, der arbejder med et
helhedsorienteret blik på sundhedsfremme, trivsel, kapacitetsopbygning og lokal understøttelse
af netværksopbygning. Samarbejdspartnere eller ansatte i praksisfeltet er ligeledes velkommen
til at bidrage til og deltage i gruppens arbejde, men er altså ikke længere den primære
målgruppe for temagruppen."""),
    ],
    "focus": [
        P("""Vi planlægger 3-4 årlige temamøder, de fleste online, men der vi også være plads
til at holde enkelte møder i nogle af de lokalsamfund, vi er optaget af. Eksempler på emner,
der kan tages op i gruppen er fx Communitybuilding i Islandsmodellen, Kommuneplaner og
byplanlægning som værktøj, Setting vs. Individ, Mikropartnerskaber – andre forslag er meget
velkomne.  Tjek kalenderen og find information om gruppens kommende møder og tilmeld dig."""),
    ],
    "meetingRhythm": "3-4 årlige temamøder, de fleste online",
    "contacts": [H("Mia Butler"), H("Charlotte Iisager Petersen")],
    # The seed links the handbook but the link text carries no address.
    "documents": [{"title": "Strategisk lokalsamfunds håndbog"}],
}

# ---------------------------------------------------------------------------
# Series (003)
# ---------------------------------------------------------------------------

series = {}

series["Sund By Ledernetværket 2018"] = {
    "id": make_id("series", "Sund By Ledernetværket 2018"),
    "title": "Sund By Ledernetværket",
    "subtitle": "Momentum for forebyggelsen - møderække 2018",
    "description": [
        P("""Sund By Ledernetværket er en mulighed for at chefer og ledere med ansvar for
sundhedsfremme og forebyggelse, sammen kan lære og reflektere over det, der er særligt
kendetegnende for denne rolle og opgave."""),
        P("Det handler fx om:"),
        B("""At sundhedsfremme og forebyggelse er en tværgående indsats der kræver en høj grad af
koordinering og samarbejde i og udenfor de kommunale organisationer"""),
        B("At få skabt ejerskab og læring der hvor den sundhedsfremmende og forebyggende indsats "
          "sker i praksis"),
        B("At lede op og ud i både den kommunale organisation og i de organisationer og netværk "
          "der indgår i indsatsen"),
        B("At lede medarbejdere der løser deres opgaver væk fra kollegaer og ledere i et mix af "
          "selvledelse og strategisk (selv)styring."),
        P("""Dette vil Sund By Ledernetværket fortsætte med i 2018 at sætte i spil, ud fra oplæg,
cases og gennem refleksion over en ny samtalepartners fortælling fra gang til gang. Hvor den
første møderække netop sigtede mod at undersøge hvad det er, der særligt kendetegner ledelses
rollen i den sundhedsfremmende og forbyggende indsats, så vil den kommende møderække fokusere
på det handlingsrum, der netop nu er opstået (eller på vej til at opstå?) med KL's
forebyggelsesudspil, Danske Regioners forebyggelsesudspil, De nationale sundhedsmål,
opdateringen af forebyggelsespakkerne og endelig Sundhedsprofil-resultaterne."""),
        P("Momentum for forebyggelse"),
        P("""Den sundhedsfremmende og forebyggende indsats har siden kommunalreformen været
kendetegnet ved, at der ikke har været en samlet styring på området og det derfor har været op
til den enkelte kommune at finde et værdipolitisk ståsted i forhold til indsatsen og der af, en
medfølgende praksis. Derfor har indsatsen og organiseringen også set vidt forskellige ud på
tværs af landet."""),
        P("""Der er dog nu en række tegn på, at der er ved at opstå en landspolitisk-, regional- og
kommunal platform der peger mod en mere sammenhængende sundhedsfremmende og forbyggende
indsats. Det betyder, at der i de kommende år, vil være en række andre politiske og
strategiske strømninger der støtter op om denne indsats."""),
        P("""Vi vil derfor i den kommende møderække se på hvad det giver os af muligheder for at
styrke området i vores egne kommuner og reflektere over, hvordan vi fra vores position bedst
får udnyttet dette momentum."""),
        P("""Formiddagen bruges til at afdække et område eller problemstilling. Efter frokost får
vi besøg af en samtalepartner der kan hjælpe os med at få perspektiv på vores genstandsfelt og
eftermiddagen bruges på at dele viden og give sparring på konkrete problemstillinger til de
andre medlemmer i netværket."""),
        P("Vi ser frem til en spændende og deltagende møderække."),
    ],
    "practicalNote": clean("""Møderne er heldags møder, der løber fra kl. 10.00 til kl. 18.30 med
efterfølgende middag (valgfri – udgifter hertil afholdes af den enkelte deltager)."""),
    "organisers": [O("Sund By Netværket")],
    "facilitators": [H("Andreas Rønne Nielsen")],
    "contacts": [H("Charlotte Iisager Petersen")],
}

# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

cases = {}


def case(key, title, owner="", summary=(), themes=(), links=(), documents=(), startYear=0,
         endYear=0, contact=""):
    assert key not in cases, key
    cases[key] = {
        "id": make_id("case", key),
        "title": title,
        "owner": O(owner) if owner else None,
        "summary": list(summary),
        "themes": list(themes),
        "links": list(links),
        "documents": list(documents),
        "startYear": startYear,
        "endYear": endYear,
        "contact": H(contact) if contact else None,
    }


def C(key):
    return cases[key]["id"]


# 000: the bullets of each case's programme point; "Link til casen" carries no address.
case("Social balance", "Social balance", owner="Gladsaxe Kommune", contact="Mette Dybkjær",
     themes=["lokalsamfund"],
     summary=[
         B("Kort om Strategien Social Balance og en uddybning af de tre spor; Organisatorisk, "
           "social og fysisk spor"),
         B("Hvordan fungerer lokale partnerskaber mellem kommune og boligforeninger og evt. "
           "andre organisationer, og hvordan spiller de sammen med Social Balance?"),
         B("Hvordan samarbejder Social balance med de kommunale forvaltninger?"),
         P("I Social Balance arbejder man med ni effektmål og der til hørende indikatorer."),
     ])
case("Nærmiljøprojekter", "Nærmiljøprojekter", owner="Silkeborg Kommune",
     contact="Malene Steiniche Kjær", themes=["lokalsamfund"],
     summary=[
         P("Hvordan en social brobygger arbejder med"),
         B("at opbygge kapacitet i lokalsamfundet og i kommunen"),
         B("at bygge bro mellem borger og fællesskaber samt mellem borger og systemer"),
         B("at sikre koordination og samarbejde mellem kommunale organisationer og "
           "civilsamfundet i lokalsamfundet."),
     ])
case("Bæredygtige lokalsamfund", "Bæredygtige lokalsamfund", owner="Middelfart Kommune",
     contact="Vibeke Skøtt", themes=["lokalsamfund"],
     summary=[
         B("Hvilken proces bliver lokalsamfundene tilbudt i Bæredygtige lokalsamfund?"),
         B("Hvad sker der, når lokalpolitikere er med i udviklingen af det lokale liv?"),
         B("Hvad kan en lokal udviklingsplan (LUP), og hvordan bliver der arbejdet med den i "
           "Middelfart Kommune?"),
     ])
# 002: themes are the page's own topic tags.
themes_002 = ["Sundhed", "Børn og unge", "Forebyggelse"]
case("Børneliv i sund balance", "Børneliv i sund balance", themes=themes_002,
     summary=[
         P("Børneliv i sund balance der foregår i 10 lokalsamfund i Aalborg, Albertslund og "
           "Frederikssund Kommuner"),
     ])
case("Sundere Børn på Møn", "Sundere Børn på Møn", owner="Vordingborg Kommune",
     themes=themes_002,
     summary=[
         P("Sundere Børn på Møn, Vordingborg Kommune som er en del af forskningsprojektet "
           "Child-COOP som Steno Diabetes Centrene bl.a. står bag"),
     ])
# 004
themes_vision = ["fremskudte sundhedstilbud", "forebyggelse i boligområder"]
case("Steno Tværs", clean("""Steno Tværs – en model for differentieret sundhedsindsats for
borgere med diabetes og anden kronisk sygdom med afsæt i Halsnæs Kommune"""),
     owner="Halsnæs Kommune", contact="Anne Hune Gjerrild", themes=themes_vision,
     startYear=2025, endYear=2028,
     summary=[
         P("Et nyt partnerskabsprojekt mellem SDCC, NOH og Halsnæs Kommune (med aktiv "
           "deltagelse af Lejerbo)"),
         P("Fælles ønske om at undersøge:"),
         B("Hvordan man kan tilrettelægge sundhedsindsatser sådan, at også socialt udsatte får "
           "gavn af indsatserne"),
         B("Hvordan man bedst muligt skaber rammer for en ”effektiv brobygning” mellem "
           "sundhedsindsatser og samarbejdspartnere – sammenhængende patientforløb"),
         B("Hvordan man involverer og aktiverer boligområder, lokalsamfund og foreningsliv i "
           "sundhedstilbud"),
         P("Målgrupper"),
         B("Borgere med kronisk sygdom (herunder diabetes)"),
         B("Borgere med kronisk sygdom i en særlig udsat social position med afsæt i "
           "boligområdet Maglehøj"),
         P("Maglehøj er med sine 339 boliger et af de største boligområder i kommunen"),
         P("Projektet understøttes forskningsmæssigt af SDCC"),
     ])
case("Fremskudte sundhedstilbud i Axelborg", "Fremskudte sundhedstilbud i Axelborg",
     owner="Horsens Kommune", contact="Peter Sørensen", themes=themes_vision,
     summary=[
         P("v. Borgmester Peter Sørensen, Horsens Kommune og Michael Meldgaard, adm. direktør i "
           "Albo"),
         P("Visionerne for Axelborg"),
         B("Opført i 1960'erne – i dag med 288 boliger"),
         B("Er med på listen over forebyggelsesområder"),
         B("En stor andel af beboere med særlige helbredsmæssige udfordringer"),
         B("Langt til nærmeste praktiserende læge"),
         B("Nursing the Care og vores visioner"),
     ])
case("Aarhus: Lokale sundhedstilbud", "Lokale sundhedstilbud", owner="Aarhus Kommune",
     contact="Otto Ohrt", themes=themes_vision,
     summary=[
         P("Vi skal have flere tilbud tæt på borgerne og inddrage andre aktører i "
           "opgaveløsningen"),
         B("Sundhedshus Globus1"),
         B("Sundhedshus Frydenlund"),
         B("Marselisborg Centret"),
         P("Andre lokationer på tegnebrættet:"),
         B("Sundhedshus i Viby og Herredsvang"),
         B("Folkehusene i Aarhus"),
     ])
case("Aarhus: Fremskudte sundheds- og trivselsindsatser",
     "Fremskudte sundheds- og trivselsindsatser i almene boligområder",
     owner="Aarhus Kommune", contact="Otto Ohrt", themes=themes_vision,
     summary=[
         P("Bispehaven, Gellerup-Toveshøj, Vejlby-Vest, Viby Syd, Tilst"),
         B("Lokal forståelse og indblik i hvad borgerne efterspørger"),
         B("Sundhed integreres i andre lokale indsatser under den boligsociale helhedsplan"),
         B("Tværgående samarbejde med boligsociale medarbejdere og andre kommunale aktører i "
           "området"),
         B("Brobygning til sundhedstilbud og fællesskaber i og uden for boligområdet"),
         B("Etablering af lokale sundhedstilbud som trædesten til aktiviteter uden for "
           "boligområdet"),
     ])
case("Faxe: Mistrivsel er et vildt problem", "Mistrivsel er et vildt problem",
     owner="Faxe Kommune", themes=["lokal bærekraft"],
     summary=[
         P("Faxe Kommune Børne-ungeområdet"),
         P("Mennesker og mission: Hvad er problemet egentlig? Alle aktører undersøger det levede "
           "liv gennem fotosafari"),
         P("De opdager “ørkener og oaser”"),
         P("En børne og kultur festival skabes til at bevæge sig rundt mellem landsbyer"),
         P("Ørkener bliver til oaser af liv. Der skabes læring og relationer tæt på der, hvor "
           "livet laves."),
         P("Der skabes relationer på tværs af landsbyer"),
     ])

# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

events = {}


def speaker(name, role="speaker", roleText=""):
    return {"person": H(name), "role": role, "roleText": roleText}


def slot(occurrence_key, index, title, kind="session", start="", end="", description=(),
         speakers=(), case_keys=(), fixedTime=False, sharesRowWithPrevious=False):
    return {
        "id": make_id("slot", f"{occurrence_key}:{index:02d}"),
        "start": start,
        "end": end,
        "kind": kind,
        "title": clean(title),
        "description": list(description),
        "speakers": list(speakers),
        "cases": [C(k) for k in case_keys],
        "fixedTime": fixedTime,
        "sharesRowWithPrevious": sharesRowWithPrevious,
    }


def occurrence(key, date="", start="", end="", venue_key="", note="", agenda=()):
    return {
        "id": make_id("occurrence", key),
        "date": date,
        "start": start,
        "end": end,
        "venue": V(venue_key) if venue_key else None,
        "note": note,
        "agenda": list(agenda),
    }


def event(key, kind, title, subtitle="", organisers=(), themeGroup=None, series_id=None,
          intro=(), participantNote="", audience="", registration=None, documents=(),
          contacts=(), partners=(), occurrences=()):
    assert key not in events, key
    events[key] = {
        "id": make_id("event", key),
        "kind": kind,
        "title": clean(title),
        "subtitle": clean(subtitle),
        "organisers": list(organisers),
        "themeGroup": themeGroup,
        "series": series_id,
        "intro": list(intro),
        "participantNote": clean(participantNote),
        "audience": clean(audience),
        "registration": registration or {},
        "documents": list(documents),
        "contacts": list(contacts),
        "partners": list(partners),
        "occurrences": list(occurrences),
    }


def agenda(occurrence_key, rows):
    return [slot(occurrence_key, i, **row) for i, row in enumerate(rows)]


# --- 000: temagruppemøde, 6 December, year not given -------------------------------------
occ = "temagruppemøde lokalsamfund som sundhedsfremmende arenaer:--12-06"
event(
    "temagruppemøde lokalsamfund som sundhedsfremmende arenaer", "theme-meeting",
    "Temagruppemøde om lokalsamfund som sundhedsfremmende arenaer – fra politik til praksis",
    organisers=[O("Sund By Netværket")],
    themeGroup=theme_groups["Strategisk Lokalsamfundsudvikling"]["id"],
    participantNote="Som deltager vil det være en fordel at have læst de cases, der præsenteres "
                    "på dagen på forhånd. Links findes under de tilhørende programpunkter.",
    occurrences=[occurrence(occ, date="--12-06", venue_key="town:Gladsaxe", agenda=agenda(occ, [
        dict(start="09:30", kind="meal", title="Let morgenforplejning"),
        # The seed prints breakfast and welcome in one row: "9.30 10.00 | Let
        # morgenforplejning Velkomst og intro …".
        dict(start="10:00", kind="welcome", title="Velkomst og intro til dagen og håndbogen",
             speakers=[speaker("Mia Butler"), speaker("Malene Steiniche Kjær"),
                       speaker("Pernille Tanggaard Andersen")],
             sharesRowWithPrevious=True),
        dict(start="10:30", title="Gladsaxe – 'Social balance'",
             speakers=[speaker("Mette Dybkjær", roleText="leder af strategien")],
             description=cases["Social balance"]["summary"][:3],
             case_keys=["Social balance"]),
        dict(start="11:15", title="Effektmål, indikatorer og data i Social Balance",
             description=[P("""I Social Balance arbejder man med ni effektmål og der til hørende
indikatorer. Hør om, hvordan Social balance er kommet frem til disse, og hvordan der bliver
arbejdet med dem i strategien. Der er desuden udarbejdet et spørgeskema med udgangspunkt i
disse mål og indikatorer, og vi vil fortælle om, hvordan dette redskab bruges i Social
Balance.""")],
             case_keys=["Social balance"]),
        dict(start="12:00", title="Silkeborg Kommune – 'Nærmiljøprojekter'",
             speakers=[speaker("Malene Steiniche Kjær", roleText="projektleder")],
             description=[P("som bl.a. vil komme ind på, hvordan en social brobygger arbejder "
                            "med")] + cases["Nærmiljøprojekter"]["summary"][1:],
             case_keys=["Nærmiljøprojekter"]),
        dict(start="12:45", kind="meal", title="Frokost"),
        dict(start="13:15", title="Middelfart Kommune – 'Bæredygtige lokalsamfund'",
             speakers=[speaker("Vibeke Skøtt", roleText="projektleder")],
             description=cases["Bæredygtige lokalsamfund"]["summary"],
             case_keys=["Bæredygtige lokalsamfund"]),
        dict(start="14:00", title="Vi ser med LUP på sundheden",
             speakers=[speaker("Pernille Tanggaard Andersen")],
             description=[P("""Pernille vil bidrage med en undersøgelse af, hvad der sker, når
der i lokalsamfunds lokale udviklingsplaner (LUP'er) er taget et valg om at arbejde strategisk
og målrettet med at styrke sundhed, trivsel og tryghed.""")]),
        dict(start="14:45", end="15:00", kind="closing", title="Afrunding og tak for i dag"),
    ]))],
)

# --- 002: temadag in Vejle and in København, dates not given -----------------------------
ev002 = "temadag fælles om børns sundhed og trivsel i lokalsamfundet"


def agenda_002(occ_key, mia_role, case_keys, case_bullets):
    return agenda(occ_key, [
        dict(title="Lokalsamfundet som ramme for sundhedsfremme og trivsel blandt børn",
             description=[P("Hvilke teorier ligger bag, og drøftelse af, hvordan de passer ind "
                            "i erfaringerne fra praksis.")],
             speakers=[speaker("Mia Butler", roleText=mia_role)]),
        dict(title="Drøftelse af, hvem aktørerne kunne være i de forskellige lokalsamfund, og "
                   "hvilke roller kommunen har i samarbejdet for at gøre lokalsamfundet til et "
                   "godt sted at vokse op"),
        dict(title="Præsentation af to eksempler på lokalsamfundsbaserede indsatser med fokus på "
                   "børns sundhed og trivsel og hvor kommunen spiller en aktiv rolle",
             description=case_bullets, case_keys=case_keys),
        dict(title="Hvordan får vi børnenes stemmer i spil ift., hvad der er et godt børneliv?",
             description=[P("Erfaringer, metoder og redskaber til at inddrage børnene")],
             speakers=[speaker("Lisbeth Alnor", roleText="chefkonsulent, DCUM")]),
        dict(title="Vejen videre til at styrke indsatsen i lokalsamfund - og kommunens roller"),
    ])


bullet_boerneliv = B("Børneliv i sund balance der foregår i 10 lokalsamfund i Aalborg, "
                     "Albertslund og Frederikssund Kommuner")
bullet_moen = B("Sundere Børn på Møn, Vordingborg Kommune som er en del af forskningsprojektet "
                "Child-COOP som Steno Diabetes Centrene bl.a. står bag")
occ_vejle = f"{ev002}:Vejle"
occ_kbh = f"{ev002}:København"
event(
    ev002, "theme-day", "Fælles om børns sundhed og trivsel i lokalsamfundet",
    subtitle="På temadagen blev der stillet skarpt på, hvordan kommunen sammen med andre aktører "
             "i lokalsamfundet kan gøre en forskel for børnenes sundhed og trivsel",
    organisers=[O("KL")],
    intro=[
        P("""Der er et stort potentiale i lokalsamfund i forhold til at styrke rammerne for
børns sundhed og trivsel. Lokalsamfund ser forskellige ud, og mulighederne afhænger bl.a. af,
hvilke rammer og ressourcer, der er til stede; både i form af kommunale aktører i dagtilbud,
skole, biblioteker, fritids-og kulturtilbud og i form af øvrige lokale aktører i boligområder,
foreninger, arbejdspladser osv."""),
        P("""Temadagen havde til formål at inspirere og dele erfaringer om, hvordan lokalsamfund
bliver styrket til at fremme børnenes sundhed og trivsel. Der var primært fokus på børn fra
0-10 år, og vi kom ind på, hvordan aktører i lokalsamfundet kan gøre en forskel i børnenes
hverdag. Hvordan inviteres og motiveres de? Og hvad er kommunes roller?"""),
        P("Temadagen vekslede mellem faglige oplæg og fælles drøftelser blandt deltagerne."),
    ],
    audience="""Målgruppen for temadagen var ledere og konsulenter i kommuner med ansvar for
børns sundhed og trivsel, fx kultur- og fritidskonsulenter, sundhedskonsulenter og konsulenter
inden for dagtilbud og skole.""",
    contacts=[H("Karen Karlsson Eriksen"), H("Lisbeth Holm Olsen")],
    occurrences=[
        occurrence(occ_vejle, venue_key="town:Vejle", note="Temadagen i Vejle",
                   agenda=agenda_002(occ_vejle, "Leder af Boligsocial Helhedsplan Silkeborg",
                                     ["Børneliv i sund balance"], [bullet_boerneliv])),
        occurrence(occ_kbh, venue_key="town:København", note="Temadagen i København",
                   agenda=agenda_002(occ_kbh, "Leder af Center for Forebyggelse i praksis",
                                     ["Børneliv i sund balance", "Sundere Børn på Møn"],
                                     [bullet_boerneliv, bullet_moen])),
    ],
)

# --- 003: three meetings of the series ---------------------------------------------------
for date, venue_key in [("2018-02-27", "tba:Aarhus"), ("2018-06-26", "KL-huset"),
                        ("2018-10-30", "KL-huset")]:
    key = f"Sund By Ledernetværket:{date}"
    event(
        key, "network-meeting", "Sund By Ledernetværket",
        subtitle="Momentum for forebyggelsen - møderække 2018",
        organisers=[O("Sund By Netværket")],
        series_id=series["Sund By Ledernetværket 2018"]["id"],
        occurrences=[occurrence(key, date=date, start="10:00", end="18:30",
                                venue_key=venue_key)],
    )

# --- 004: partnerkonference 10 March 2025, no times in the slides ------------------------
ev004 = "partnerkonference fælles om lokal sundhed:2025-03-10"
event(
    ev004, "conference", "Fælles om lokal sundhed",
    subtitle="Partnerkonferencen Fælles om lokal sundhed",
    organisers=[O("BL"), O("KL")],
    intro=[
        P("""Partnerskabet Fælles om lokal Sundhed samler boligorganisationer, civilsamfund,
kommuner og andre sundhedsaktører til inspiration og erfaringsudveksling samt afprøvning af
udvalgte konkrete initiativer. Bag partnerskabet står BL og KL."""),
        P("Et fælles udspil: Boligpolitik skal styrke det borgernære sundhedsvæsen"),
        B("Sundhedsarkitektur styrker den nære sundhed og ældrepleje"),
        B("Flere lokale sundheds- og ældretilbud, dér hvor vi bor"),
        B("Mobilisering af et handlekraftigt civil- og lokalsamfund"),
    ],
    contacts=[H("Rikke Lønne"), H("Line Novél"), H("Astrid Jensen-Kanstrup"),
              H("Kit Jørgensen")],
    partners=[O(n) for n in partners_004],
    occurrences=[occurrence(ev004, date="2025-03-10", agenda=agenda(ev004, [
        dict(kind="welcome", title="Velkommen: Et partnerskab om borgernær sundhed",
             speakers=[speaker("Bent Madsen", roleText="direktør i BL"),
                       speaker("Sisse Marie Welling",
                               roleText="KL's Sundheds- og Ældreudvalg")]),
        dict(title="Indenrigs- og sundhedsminister",
             speakers=[speaker("Sophie Løhde")]),
        dict(title="Fra vision til virkelighed: Fremskudte sundhedstilbud og forebyggelse i "
                   "boligområder",
             description=[
                 B("Fra vision til virkelighed – et bidrag fra Halsnæs Kommune"),
                 B("Fremskudte sundhedstilbud i Axelborg"),
                 B("Hvilke udfordringer står vi overfor på sundhedsområdet i Aarhus?"),
             ],
             speakers=[
                 speaker("Anne Hune Gjerrild",
                         roleText="leder af Sundhedsafdelingen, Halsnæs kommune"),
                 speaker("Peter Sørensen", roleText="borgmester, Horsens kommune"),
                 speaker("Michael Meldgaard", roleText="direktør, ALBO Boligselskab"),
                 speaker("Otto Ohrt", roleText="sundhedschef, Aarhus kommune"),
             ],
             case_keys=["Steno Tværs", "Fremskudte sundhedstilbud i Axelborg",
                        "Aarhus: Lokale sundhedstilbud",
                        "Aarhus: Fremskudte sundheds- og trivselsindsatser"]),
        dict(kind="break", title="Pause"),
        dict(kind="welcome", title="Velkommen til Social- og boligministeren",
             speakers=[speaker("Johan Brødsgaard",
                               roleText="formand for KL's Kultur-, Erhverv- og Planudvalg")]),
        dict(title="Social- og boligminister",
             speakers=[speaker("Sophie Hæstorp Andersen")]),
        dict(kind="panel", title="Panel samtale om fremtidens nære sundhedstilbud",
             speakers=[
                 speaker("Sophie Hæstorp Andersen", "panelist", "Social- og boligminister"),
                 speaker("Knud Vincents", "panelist", "borgmester, Slagelse kommune"),
                 speaker("Peter Sørensen", "panelist", "borgmester, Horsens kommune"),
                 speaker("Michael Meldgaard", "panelist", "direktør i ALBO Boligselskab"),
             ]),
        dict(title="Mobilisering og lokal bærekraft",
             description=[
                 B("Lokal bærekraft – Stedet som kilde til fællesskabelse og trivsel"),
                 B("“Sundhed tæt på borgeren” kræver mere end blot flere projekter"),
             ],
             speakers=[
                 speaker("Christa Breum Amhøj", roleText="Aktionsuniversitetet og CBS"),
                 speaker("Claus Bjørn Billehøj", roleText="Mobilize Strategy Consulting"),
             ],
             case_keys=["Faxe: Mistrivsel er et vildt problem"]),
        dict(title="Fælles refleksioner over formiddagens indlæg",
             speakers=[
                 speaker("Bent Madsen", roleText="direktør i BL"),
                 speaker("Christian Harsløf", roleText="direktør i KL"),
                 speaker("Stine Johansen", roleText="direktør i KL"),
             ]),
        dict(kind="meal", title="Frokost og netværk",
             description=[P("Tak for i dag! – Netværk og sandwich")]),
    ]))],
)

# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


def prune_event(e):
    e = dict(e)
    occs = []
    for o in e["occurrences"]:
        o = dict(o)
        slots = []
        for s in o["agenda"]:
            s = dict(s)
            s["speakers"] = [prune(sp) for sp in s["speakers"]]
            slots.append(prune(s))
        o["agenda"] = slots
        occs.append(prune(o))
    e["occurrences"] = occs
    return prune(e)


def by_id(records):
    return sorted(records, key=lambda r: r["id"])


def library():
    return {
        "format": "temaplan-library",
        "version": 1,
        "organisations": by_id(prune(o) for o in organisations.values()),
        "people": by_id(prune(p) for p in people.values()),
        "venues": by_id(prune(v) for v in venues.values()),
        "themeGroups": by_id(prune(t) for t in theme_groups.values()),
        "series": by_id(prune(s) for s in series.values()),
        "cases": by_id(prune(c) for c in cases.values()),
        "events": by_id(prune_event(e) for e in events.values()),
    }


def render():
    return json.dumps(library(), ensure_ascii=False, indent=2) + "\n"


def main(argv):
    text = render()
    if "--check" in argv:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is not up to date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
