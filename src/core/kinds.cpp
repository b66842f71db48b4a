#include "kinds.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

namespace {

template<class E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, n] : table)
        if (e == value)
            return QString::fromUtf16(n);
    return {};
}

template<class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table,
                         const QString &name)
{
    for (const auto &[e, n] : table)
        if (name == QStringView(n))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<OrganisationKind, const char16_t *>, 5> organisationKinds{{
    {OrganisationKind::Network, u"network"},
    {OrganisationKind::Municipality, u"municipality"},
    {OrganisationKind::Housing, u"housing"},
    {OrganisationKind::Research, u"research"},
    {OrganisationKind::Other, u"other"},
}};

constexpr std::array<std::pair<VenueKind, const char16_t *>, 3> venueKinds{{
    {VenueKind::Address, u"address"},
    {VenueKind::Online, u"online"},
    {VenueKind::ToBeAnnounced, u"to-be-announced"},
}};

constexpr std::array<std::pair<EventKind, const char16_t *>, 5> eventKinds{{
    {EventKind::ThemeMeeting, u"theme-meeting"},
    {EventKind::ThemeDay, u"theme-day"},
    {EventKind::Conference, u"conference"},
    {EventKind::NetworkMeeting, u"network-meeting"},
    {EventKind::Other, u"other"},
}};

constexpr std::array<std::pair<SlotKind, const char16_t *>, 6> slotKinds{{
    {SlotKind::Session, u"session"},
    {SlotKind::Welcome, u"welcome"},
    {SlotKind::Break, u"break"},
    {SlotKind::Meal, u"meal"},
    {SlotKind::Panel, u"panel"},
    {SlotKind::Closing, u"closing"},
}};

constexpr std::array<std::pair<SpeakerRole, const char16_t *>, 4> speakerRoles{{
    {SpeakerRole::Speaker, u"speaker"},
    {SpeakerRole::Moderator, u"moderator"},
    {SpeakerRole::Facilitator, u"facilitator"},
    {SpeakerRole::Panelist, u"panelist"},
}};

} // namespace

QString toName(OrganisationKind kind) { return nameOf(organisationKinds, kind); }
QString toName(VenueKind kind) { return nameOf(venueKinds, kind); }
QString toName(EventKind kind) { return nameOf(eventKinds, kind); }
QString toName(SlotKind kind) { return nameOf(slotKinds, kind); }
QString toName(SpeakerRole role) { return nameOf(speakerRoles, role); }

std::optional<OrganisationKind> organisationKindFromName(const QString &name) { return valueOf(organisationKinds, name); }
std::optional<VenueKind> venueKindFromName(const QString &name) { return valueOf(venueKinds, name); }
std::optional<EventKind> eventKindFromName(const QString &name) { return valueOf(eventKinds, name); }
std::optional<SlotKind> slotKindFromName(const QString &name) { return valueOf(slotKinds, name); }
std::optional<SpeakerRole> speakerRoleFromName(const QString &name) { return valueOf(speakerRoles, name); }

} // namespace temaplan
