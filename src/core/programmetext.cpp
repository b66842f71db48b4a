#include "programmetext.h"

#include "danishtext.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::programme {

QString speakerName(const SlotSpeaker &speaker, const Person &person)
{
    if (speaker.roleText.trimmed().isEmpty())
        return person.name;
    return speaker.roleText.trimmed() + u' ' + person.name;
}

QString speakerPhrase(const QList<SlotSpeaker> &speakers, const PersonLookup &lookup)
{
    QStringList names;
    std::optional<Person> lone;
    for (const SlotSpeaker &s : speakers) {
        const auto person = lookup(s.personId);
        if (!person)
            continue;
        names << speakerName(s, *person);
        if (speakers.size() == 1 && s.roleText.trimmed().isEmpty())
            lone = person;
    }
    if (names.isEmpty())
        return {};
    QString phrase = u"ved "_s + danish::joinList(names);
    if (lone && !lone->title.trimmed().isEmpty())
        phrase += u", "_s + lone->title.trimmed();
    return phrase;
}

} // namespace temaplan::programme
