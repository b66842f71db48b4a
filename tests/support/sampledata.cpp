#include "sampledata.h"

#include <catch2/catch.hpp>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace sample {

const Id eventId = idFromString(u"11111111-aaaa-4aaa-8aaa-000000000001"_s);
const Id caseId = idFromString(u"22222222-bbbb-4bbb-8bbb-000000000001"_s);
const Id aarhusCaseId = idFromString(u"22222223-bbbb-4bbb-8bbb-000000000002"_s);

void fill(Library &library)
{
    Organisation network{newId(), u"Sund By Netværket"_s, {}, OrganisationKind::Network, {}};
    network.letterhead.street = u"Weidekampsgade 10"_s;
    Organisation gladsaxe{newId(), u"Gladsaxe Kommune"_s, {}, OrganisationKind::Municipality, {}};
    Organisation aarhus{newId(), u"Aarhus Kommune"_s, {}, OrganisationKind::Municipality, {}};
    for (const Organisation &o : {network, gladsaxe, aarhus})
        REQUIRE(library.organisations().save(o).ok());

    Person mette{newId(), u"Mette Dybkjær"_s, {}, gladsaxe.id, {}, {}, {}};
    REQUIRE(library.people().save(mette).ok());

    Venue venue{newId(), VenueKind::Address, {}, {}, {}, u"Gladsaxe"_s, {}};
    REQUIRE(library.venues().save(venue).ok());

    ThemeGroup group;
    group.id = newId();
    group.name = u"Strategisk Lokalsamfundsudvikling"_s;
    group.formerNames = {FormerName{u"Sundhed og Lokalsamfund"_s, {}}};
    group.organiserId = network.id;
    REQUIRE(library.themeGroups().save(group).ok());

    Case social;
    social.id = caseId;
    social.title = u"Social balance"_s;
    social.ownerId = gladsaxe.id;
    social.links = {DocumentLink{u"Link til casen"_s, u"https://example.org/social-balance"_s}};
    REQUIRE(library.cases().save(social).ok());

    Case harbour;
    harbour.id = aarhusCaseId;
    harbour.title = u"Sundhedshuse i Århus"_s;
    harbour.ownerId = aarhus.id;
    harbour.themes = {u"bæredygtighed"_s};
    REQUIRE(library.cases().save(harbour).ok());

    Event event;
    event.id = eventId;
    event.kind = EventKind::ThemeMeeting;
    event.title = u"Temagruppemøde om lokalsamfund"_s;
    event.organiserIds = {network.id};
    event.themeGroupId = group.id;
    Occurrence occ;
    occ.id = newId();
    occ.date = CalendarDate{2024, 12, 6};
    occ.venueId = venue.id;
    AgendaSlot breakfast{newId(), QTime(9, 30), {}, SlotKind::Meal, u"Let morgenforplejning"_s, {}, {}, {}, false};
    AgendaSlot talk{newId(), QTime(10, 30), {}, SlotKind::Session, u"Gladsaxe – 'Social balance'"_s,
                    {TextBlock{TextBlock::Kind::Bullet, u"Kort om Strategien Social Balance"_s}},
                    {SlotSpeaker{mette.id, SpeakerRole::Speaker, u"leder af strategien"_s}},
                    {social.id}, false};
    AgendaSlot closing{newId(), QTime(14, 45), QTime(15, 0), SlotKind::Closing,
                       u"Afrunding og tak for i dag"_s, {}, {}, {}, false};
    occ.agenda = {breakfast, talk, closing};
    event.occurrences = {occ};
    REQUIRE(library.events().save(event).ok());

    Event older;
    older.id = newId();
    older.kind = EventKind::NetworkMeeting;
    older.title = u"Ledernetværket"_s;
    older.organiserIds = {network.id};
    Occurrence o2;
    o2.id = newId();
    o2.date = CalendarDate{2018, 2, 27};
    older.occurrences = {o2};
    REQUIRE(library.events().save(older).ok());
}

} // namespace sample
