#include "command.h"
#include "libraryaccess.h"

#include "render/programmehtml.h"
#include "render/programmeics.h"
#include "render/programmepdf.h"
#include "store/librarylookups.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::cli {

namespace {

// The occurrence a person names: its number (1, 2 …) or a word of its place.
Result<Id> chooseOccurrence(const Event &event, const QString &wanted, Library &library)
{
    if (event.occurrences.isEmpty())
        return Error::make(Error::Code::NotFound, u"«%1» har endnu ingen dato eller program."_s.arg(event.title));
    if (wanted.isEmpty()) {
        if (event.occurrences.size() == 1)
            return event.occurrences.first().id;
        return Error::make(Error::Code::Invalid,
                           u"«%1» holdes %2 gange; vælg et med --venue (nummer eller sted)."_s
                               .arg(event.title)
                               .arg(event.occurrences.size()));
    }
    bool isNumber = false;
    const int n = wanted.toInt(&isNumber);
    if (isNumber) {
        if (n < 1 || n > event.occurrences.size())
            return Error::make(Error::Code::Invalid, u"--venue skal være mellem 1 og %1."_s.arg(event.occurrences.size()));
        return event.occurrences.at(n - 1).id;
    }
    for (const Occurrence &o : event.occurrences) {
        const auto venue = library.venues().get(o.venueId);
        const QString place = venue ? venue->town + u' ' + venue->name : QString();
        if (place.contains(wanted, Qt::CaseInsensitive) || o.note.contains(wanted, Qt::CaseInsensitive))
            return o.id;
    }
    return Error::make(Error::Code::NotFound, u"«%1» holdes ikke i «%2»."_s.arg(event.title, wanted));
}

Status writeOne(const render::ProgrammeInput &input, const QString &path, const QString &format)
{
    if (format == u"pdf"_s)
        return render::writeProgrammePdf(input, path);
    if (format == u"ics"_s)
        return render::writeProgrammeIcs(input, path);
    return render::writeProgrammeHtml(input, path);
}

int runRender(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption venue({u"venue"_s, u"occurrence"_s},
                                   u"For et arrangement flere steder: hvilket (nummer 1, 2 … eller stedets navn)."_s,
                                   u"STED"_s);
    const QCommandLineOption pdf(u"pdf"_s, u"Skriv programmet til tryk som PDF."_s, u"FIL"_s);
    const QCommandLineOption html(u"html"_s, u"Skriv programmet som HTML til hjemmesiden."_s, u"FIL"_s);
    const QCommandLineOption ics(u"ics"_s, u"Skriv en kalenderinvitation (.ics)."_s, u"FIL"_s);
    parser.addOptions({venue, pdf, html, ics});
    parser.addPositionalArgument(u"ID"_s, u"Arrangementets id (eller en entydig begyndelse af det)."_s);
    parser.addPositionalArgument(u"[FIL]"_s, u"Eller én fil, hvis endelse (.pdf, .html, .ics) giver formatet."_s);
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    const QStringList positional = parser.positionalArguments();
    QList<std::pair<QString, QString>> outputs; // format, path
    for (const auto &[option, format] : {std::pair{&pdf, u"pdf"_s}, {&html, u"html"_s}, {&ics, u"ics"_s}}) {
        if (parser.isSet(*option))
            outputs.append({format, parser.value(*option)});
    }
    if (positional.size() == 2) {
        QString suffix = QFileInfo(positional.at(1)).suffix().toLower();
        if (suffix == u"htm"_s)
            suffix = u"html"_s;
        if (suffix != u"pdf"_s && suffix != u"html"_s && suffix != u"ics"_s) {
            ctx.err << "temaplan-cli render: filen skal ende på .pdf, .html eller .ics.\n";
            return UsageError;
        }
        outputs.append({suffix, positional.at(1)});
    }
    if (positional.isEmpty() || positional.size() > 2 || outputs.isEmpty()) {
        ctx.err << "temaplan-cli render: angiv et arrangement og mindst én af --pdf, --html og --ics.\n";
        return UsageError;
    }
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;
    const auto event = eventByPrefix(*library, positional.first());
    if (!event)
        return fail(ctx, event.error());
    const auto occurrenceId = chooseOccurrence(*event, parser.value(venue), *library);
    if (!occurrenceId)
        return fail(ctx, occurrenceId.error());

    const render::ProgrammeInput input{*event, *occurrenceId, lookupsFor(*library), QDate::currentDate().year(), {}};
    int result = Ok;
    for (const auto &[format, path] : outputs) {
        if (Status written = writeOne(input, path, format); !written) {
            result = fail(ctx, written.error());
            continue;
        }
        ctx.out << "Skrev " << QDir::toNativeSeparators(path) << ".\n";
    }
    return result;
}

} // namespace

QList<Command> renderCommands()
{
    Command renderCommand{u"render"_s, u"render [--venue STED] ID [--pdf FIL] [--html FIL] [--ics FIL]"_s,
                          u"Skriv et arrangements program som PDF, HTML eller kalenderinvitation (.ics)."_s, {}};
    renderCommand.usesFonts = true;
    renderCommand.run = [renderCommand](const QStringList &a, Context &c) { return runRender(a, c, renderCommand); };
    return {renderCommand};
}

} // namespace temaplan::cli
