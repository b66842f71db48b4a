#include "synthetic.h"

#include <QStringList>

#include <random>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

namespace {

// Word lists: real municipality names and the vocabulary of the network's programmes,
// so that search, folding and ranking meet the text they will meet in use.
const QStringList municipalities = {
    u"Aabenraa"_s, u"Aalborg"_s, u"Aarhus"_s, u"Albertslund"_s, u"Allerød"_s, u"Assens"_s,
    u"Ballerup"_s, u"Billund"_s, u"Bornholm"_s, u"Brøndby"_s, u"Brønderslev"_s, u"Egedal"_s,
    u"Esbjerg"_s, u"Faaborg-Midtfyn"_s, u"Favrskov"_s, u"Faxe"_s, u"Fredensborg"_s,
    u"Fredericia"_s, u"Frederiksberg"_s, u"Frederikshavn"_s, u"Frederikssund"_s, u"Furesø"_s,
    u"Gentofte"_s, u"Gladsaxe"_s, u"Glostrup"_s, u"Greve"_s, u"Gribskov"_s, u"Guldborgsund"_s,
    u"Haderslev"_s, u"Halsnæs"_s, u"Hedensted"_s, u"Helsingør"_s, u"Herlev"_s, u"Herning"_s,
    u"Hillerød"_s, u"Hjørring"_s, u"Holbæk"_s, u"Holstebro"_s, u"Horsens"_s, u"Hvidovre"_s,
    u"Høje-Taastrup"_s, u"Ikast-Brande"_s, u"Ishøj"_s, u"Jammerbugt"_s, u"Kalundborg"_s,
    u"Kerteminde"_s, u"Kolding"_s, u"København"_s, u"Køge"_s, u"Langeland"_s, u"Lejre"_s,
    u"Lemvig"_s, u"Lolland"_s, u"Lyngby-Taarbæk"_s, u"Mariagerfjord"_s, u"Middelfart"_s,
    u"Morsø"_s, u"Norddjurs"_s, u"Nordfyn"_s, u"Nyborg"_s, u"Næstved"_s, u"Odder"_s,
    u"Odense"_s, u"Odsherred"_s, u"Randers"_s, u"Rebild"_s, u"Ringkøbing-Skjern"_s,
    u"Ringsted"_s, u"Roskilde"_s, u"Rudersdal"_s, u"Rødovre"_s, u"Samsø"_s, u"Silkeborg"_s,
    u"Skanderborg"_s, u"Skive"_s, u"Slagelse"_s, u"Solrød"_s, u"Sorø"_s, u"Stevns"_s,
    u"Struer"_s, u"Svendborg"_s, u"Syddjurs"_s, u"Sønderborg"_s, u"Thisted"_s, u"Tønder"_s,
    u"Tårnby"_s, u"Vallensbæk"_s, u"Varde"_s, u"Vejen"_s, u"Vejle"_s, u"Vesthimmerland"_s,
    u"Viborg"_s, u"Vordingborg"_s, u"Ærø"_s,
};

const QStringList topics = {
    u"Sundhedshuse"_s, u"Bæredygtig mobilitet"_s, u"Social balance"_s, u"Grønne fællesskaber"_s,
    u"Trivsel i skolen"_s, u"Røgfri fremtid"_s, u"Ensomhed blandt ældre"_s, u"Aktive byrum"_s,
    u"Mental sundhed"_s, u"Lokalsamfundsudvikling"_s, u"Sund mad i daginstitutioner"_s,
    u"Borgerinddragelse"_s, u"Fysisk aktivitet"_s, u"Boligsociale indsatser"_s,
    u"Naturen som sundhedsrum"_s, u"Ulighed i sundhed"_s, u"Forebyggelse på arbejdspladsen"_s,
    u"Unges alkoholvaner"_s, u"Sundhedsfremme i landdistrikter"_s, u"Partnerskaber med foreninger"_s,
};

const QStringList settings = {
    u"i boligområdet"_s, u"for ældre borgere"_s, u"for børn og unge"_s, u"i landsbyerne"_s,
    u"på tværs af forvaltninger"_s, u"med frivillige"_s, u"i nærmiljøet"_s, u"for nye borgere"_s,
    u"i partnerskab med boligorganisationen"_s, u"gennem kultur og idræt"_s,
};

const QStringList themes = {
    u"bæredygtighed"_s, u"lokalsamfund"_s, u"mental sundhed"_s, u"fysisk aktivitet"_s,
    u"ulighed"_s, u"børn og unge"_s, u"ældre"_s, u"byplanlægning"_s, u"partnerskaber"_s,
    u"borgerinddragelse"_s, u"kost"_s, u"tobak og alkohol"_s,
};

const QStringList firstNames = {
    u"Mette"_s, u"Søren"_s, u"Anne"_s, u"Jens"_s, u"Malene"_s, u"Pernille"_s, u"Mia"_s,
    u"Lars"_s, u"Kirsten"_s, u"Ole"_s, u"Signe"_s, u"Rasmus"_s, u"Åse"_s, u"Bjørn"_s,
    u"Helle"_s, u"Morten"_s, u"Louise"_s, u"Niels"_s, u"Karen"_s, u"Thomas"_s,
};

const QStringList lastNames = {
    u"Jensen"_s, u"Nielsen"_s, u"Hansen"_s, u"Pedersen"_s, u"Andersen"_s, u"Christensen"_s,
    u"Larsen"_s, u"Sørensen"_s, u"Rasmussen"_s, u"Jørgensen"_s, u"Dybkjær"_s, u"Mølgaard"_s,
    u"Kjærgaard"_s, u"Østergaard"_s, u"Bæk"_s, u"Lund"_s,
};

const QStringList jobTitles = {
    u"projektleder"_s, u"sundhedskonsulent"_s, u"leder af strategien"_s, u"chefkonsulent"_s,
    u"områdeleder"_s, u"boligsocial medarbejder"_s, u"forebyggelseskonsulent"_s,
};

const QStringList groupNames = {
    u"Strategisk Lokalsamfundsudvikling"_s, u"Mental sundhed"_s, u"Bæredygtig byudvikling"_s,
    u"Børn og unge"_s, u"Ældre og sundhed"_s, u"Ulighed i sundhed"_s,
};

class Dice
{
public:
    explicit Dice(quint32 seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % quint32(n)); }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    Id id()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(m_engine() & 0xff);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes);
    }

private:
    std::mt19937 m_engine;
};

Case makeCase(Dice &dice, const SyntheticLibrary &lib, int index)
{
    const int owner = dice.below(int(municipalities.size()));
    Case c;
    c.id = dice.id();
    c.title = dice.pick(topics) + u' ' + dice.pick(settings);
    if (index % 3 == 0)
        c.title = municipalities.at(owner) + u" – "_s + c.title;
    c.ownerId = lib.organisations.at(1 + owner).id;
    c.summary = {
        TextBlock{TextBlock::Kind::Paragraph,
                  u"%1 Kommune arbejder med %2 %3. Indsatsen bygger på erfaringer fra nærmiljøet "
                  "og samarbejde med lokale foreninger."_s
                      .arg(municipalities.at(owner), dice.pick(topics).toLower(), dice.pick(settings))},
        TextBlock{TextBlock::Kind::Bullet, u"Mål: "_s + dice.pick(themes)},
    };
    c.themes = {dice.pick(themes), dice.pick(themes)};
    c.themes.removeDuplicates();
    c.startYear = 2012 + dice.below(14);
    c.endYear = dice.below(2) ? c.startYear + 1 + dice.below(3) : 0;
    c.contactId = lib.people.at(dice.below(int(lib.people.size()))).id;
    return c;
}

Event makeEvent(Dice &dice, const SyntheticLibrary &lib, int index)
{
    Event e;
    e.id = dice.id();
    e.kind = index % 10 == 0 ? EventKind::ThemeDay : EventKind::ThemeMeeting;
    const ThemeGroup &group = lib.themeGroups.at(dice.below(int(lib.themeGroups.size())));
    e.title = (e.kind == EventKind::ThemeDay ? u"Temadag om "_s : u"Temamøde om "_s)
              + dice.pick(topics).toLower();
    e.organiserIds = {lib.organisations.first().id};
    e.themeGroupId = group.id;
    Occurrence o;
    o.id = dice.id();
    o.date = CalendarDate{2014 + dice.below(13), 1 + dice.below(12), 1 + dice.below(28)};
    o.venueId = lib.venues.at(dice.below(int(lib.venues.size()))).id;
    QTime at(9, 30);
    const int slots = 5 + dice.below(6);
    for (int s = 0; s < slots; ++s) {
        AgendaSlot slot;
        slot.id = dice.id();
        slot.start = at;
        if (s == 0) {
            slot.kind = SlotKind::Welcome;
            slot.title = u"Velkommen"_s;
        } else if (s == slots - 1) {
            slot.kind = SlotKind::Closing;
            slot.title = u"Afrunding og tak for i dag"_s;
            slot.end = at.addSecs(15 * 60);
        } else {
            const Case &c = lib.cases.at(dice.below(int(lib.cases.size())));
            slot.title = c.title;
            slot.caseIds = {c.id};
            slot.speakers = {SlotSpeaker{c.contactId, SpeakerRole::Speaker, dice.pick(jobTitles)}};
            slot.description = {TextBlock{TextBlock::Kind::Bullet, u"Erfaringer og resultater"_s},
                                TextBlock{TextBlock::Kind::Bullet, u"Spørgsmål og dialog"_s}};
        }
        o.agenda << slot;
        at = at.addSecs((15 + 15 * dice.below(4)) * 60);
    }
    e.occurrences = {o};
    return e;
}

} // namespace

SyntheticLibrary generateSyntheticLibrary(const SyntheticOptions &options)
{
    Dice dice(options.seed);
    SyntheticLibrary lib;

    Organisation network{dice.id(), u"Sund By Netværket"_s, {}, OrganisationKind::Network, {}};
    network.letterhead.careOf = u"c/o KL-huset"_s;
    network.letterhead.street = u"Weidekampsgade 10"_s;
    network.letterhead.postcode = u"2300"_s;
    network.letterhead.town = u"København S"_s;
    lib.organisations << network;
    for (const QString &m : municipalities)
        lib.organisations << Organisation{dice.id(), m + u" Kommune"_s, {}, OrganisationKind::Municipality, {}};

    const int peopleCount = qMax(20, options.cases / 5);
    for (int i = 0; i < peopleCount; ++i) {
        const Organisation &org = lib.organisations.at(1 + dice.below(int(municipalities.size())));
        lib.people << Person{dice.id(), dice.pick(firstNames) + u' ' + dice.pick(lastNames),
                             dice.pick(jobTitles), org.id, {}, {}, {}};
    }
    for (const QString &m : municipalities)
        lib.venues << Venue{dice.id(), VenueKind::Address, m + u" Rådhus"_s, {}, {}, m, {}};

    for (const QString &name : groupNames) {
        ThemeGroup g;
        g.id = dice.id();
        g.name = name;
        g.organiserId = network.id;
        lib.themeGroups << g;
    }
    lib.themeGroups.first().formerNames = {FormerName{u"Sundhed og Lokalsamfund"_s, {}}};

    for (int i = 0; i < options.cases; ++i)
        lib.cases << makeCase(dice, lib, i);
    if (!lib.cases.isEmpty())
        for (int i = 0; i < options.events; ++i)
            lib.events << makeEvent(dice, lib, i);
    return lib;
}

} // namespace temaplan
