#include "command.h"
#include "libraryaccess.h"

#include "core/agendatext.h"
#include "core/danishtext.h"
#include "core/searchfolding.h"
#include "store/librarylookups.h"

#include <QDate>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::cli {

namespace {

Result<CalendarDate> parseDateOption(const QString &text, const QString &option)
{
    const CalendarDate d = CalendarDate::fromIso(text);
    if (!d.isValid() || !d.hasYear())
        return Error::make(Error::Code::Invalid,
                           u"%1: «%2» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, fx 2024-12-06."_s.arg(option, text));
    return d;
}

// Theme groups whose current or former name contains `name`, folded as search folds.
Result<QList<Id>> groupsNamed(Library &library, const QString &name)
{
    auto groups = library.themeGroups().all();
    if (!groups)
        return groups.error();
    const QString wanted = foldForSearch(name);
    QList<Id> ids;
    for (const ThemeGroup &g : *groups) {
        bool match = foldForSearch(g.name).contains(wanted);
        for (const FormerName &f : g.formerNames)
            match = match || foldForSearch(f.name).contains(wanted);
        if (match)
            ids << g.id;
    }
    if (ids.isEmpty())
        return Error::make(Error::Code::NotFound, u"ingen temagruppe hedder «%1» (heller ikke tidligere)."_s.arg(name));
    return ids;
}

int runEvents(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, u"Kun arrangementer fra og med DATO (ÅÅÅÅ-MM-DD)."_s, u"DATO"_s);
    const QCommandLineOption to(u"to"_s, u"Kun arrangementer til og med DATO (ÅÅÅÅ-MM-DD)."_s, u"DATO"_s);
    const QCommandLineOption group(u"group"_s, u"Kun temagruppens møder (også under et tidligere navn)."_s, u"NAVN"_s);
    parser.addOptions({from, to, group});
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << "temaplan-cli events: uventet argument «" << parser.positionalArguments().first() << "».\n";
        return UsageError;
    }
    EventQuery query;
    for (const auto &[option, target] : {std::pair{&from, &query.from}, std::pair{&to, &query.to}}) {
        if (!parser.isSet(*option))
            continue;
        auto d = parseDateOption(parser.value(*option), u"--"_s + option->names().first());
        if (!d)
            return fail(ctx, d.error(), UsageError);
        *target = *d;
    }
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;
    QList<Id> groupIds{Id()};
    if (parser.isSet(group)) {
        auto ids = groupsNamed(*library, parser.value(group));
        if (!ids)
            return fail(ctx, ids.error());
        groupIds = *ids;
    }
    QList<EventSummary> rows;
    for (const Id &g : groupIds) {
        query.themeGroupId = g;
        auto found = library->findEvents(query);
        if (!found)
            return fail(ctx, found.error());
        rows << *found;
    }
    for (const EventSummary &e : rows) {
        ctx.out << shortId(e.eventId) << "  " << danish::formatDate(e.date, true).leftJustified(18)
                << ' ' << e.title;
        if (!e.place.isEmpty())
            ctx.out << " (" << e.place << ')';
        ctx.out << '\n';
    }
    if (rows.isEmpty())
        ctx.out << "Ingen arrangementer.\n";
    return Ok;
}

int runEvent(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, u"Arrangementets id (eller en entydig begyndelse af det)."_s);
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "temaplan-cli event: angiv præcis ét id.\n";
        return UsageError;
    }
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;
    const auto event = eventByPrefix(*library, parser.positionalArguments().first());
    if (!event)
        return fail(ctx, event.error());
    const Lookups lookups = lookupsFor(*library);
    const int year = QDate::currentDate().year();
    for (qsizetype i = 0; i < event->occurrences.size(); ++i) {
        if (i > 0)
            ctx.out << '\n';
        ctx.out << programme::agendaAsPlainText(*event, event->occurrences.at(i), lookups, year);
    }
    if (event->occurrences.isEmpty())
        ctx.out << event->title << "\n\nArrangementet har endnu ingen dato eller program.\n";
    return Ok;
}

} // namespace

QList<Command> eventCommands()
{
    Command events{u"events"_s, u"events [--from DATO] [--to DATO] [--group NAVN]"_s,
                   u"List arrangementer efter dato."_s, {}};
    events.run = [events](const QStringList &a, Context &c) { return runEvents(a, c, events); };
    Command event{u"event"_s, u"event ID"_s, u"Vis et arrangements program som tekst."_s, {}};
    event.run = [event](const QStringList &a, Context &c) { return runEvent(a, c, event); };
    return {events, event};
}

} // namespace temaplan::cli
