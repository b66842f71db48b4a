#include "command.h"
#include "libraryaccess.h"

#include "render/programmehtml.h"
#include "render/programmeics.h"
#include "render/programmepdf.h"
#include "store/librarylookups.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
                           u"«%1» holdes %2 gange; vælg én med --occurrence (nummer eller sted)."_s
                               .arg(event.title)
                               .arg(event.occurrences.size()));
    }
    bool isNumber = false;
    const int n = wanted.toInt(&isNumber);
    if (isNumber) {
        if (n < 1 || n > event.occurrences.size())
            return Error::make(Error::Code::Invalid, u"--occurrence skal være mellem 1 og %1."_s.arg(event.occurrences.size()));
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

Status writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Code::Io, u"Kunne ikke skrive %1: %2"_s.arg(QDir::toNativeSeparators(path),
                                                                             file.errorString()));
    return {};
}

int runRender(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption occurrence(u"occurrence"_s,
                                        u"Hvilken af arrangementets datoer: nummer (1, 2 …) eller sted."_s, u"VALG"_s);
    parser.addOption(occurrence);
    parser.addPositionalArgument(u"ID"_s, u"Arrangementets id (eller en entydig begyndelse af det)."_s);
    parser.addPositionalArgument(u"FIL"_s, u"Filen der skrives: .pdf (program til tryk), .html (til "
                                           u"hjemmesiden) eller .ics (kalenderinvitation)."_s);
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (parser.positionalArguments().size() != 2) {
        ctx.err << "temaplan-cli render: angiv et arrangement og en fil.\n";
        return UsageError;
    }
    const QString path = parser.positionalArguments().at(1);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf"_s && suffix != u"html"_s && suffix != u"htm"_s && suffix != u"ics"_s) {
        ctx.err << "temaplan-cli render: filen skal ende på .pdf, .html eller .ics.\n";
        return UsageError;
    }
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;
    const auto id = resolveEvent(*library, parser.positionalArguments().first());
    if (!id)
        return fail(ctx, id.error());
    const auto event = library->events().get(*id);
    if (!event)
        return fail(ctx, event.error());
    const auto occurrenceId = chooseOccurrence(*event, parser.value(occurrence), *library);
    if (!occurrenceId)
        return fail(ctx, occurrenceId.error());

    render::ProgrammeInput input{*event, *occurrenceId, lookupsFor(*library), QDate::currentDate().year(), {}};
    Status written;
    if (suffix == u"pdf"_s) {
        written = render::writeProgrammePdf(input, path);
    } else if (suffix == u"ics"_s) {
        const auto ics = render::programmeIcs(input);
        written = ics ? writeText(path, *ics) : Status(ics.error());
    } else {
        written = writeText(path, render::programmeHtml(input).toUtf8());
    }
    if (!written)
        return fail(ctx, written.error());
    ctx.out << "Skrev " << QDir::toNativeSeparators(path) << ".\n";
    return Ok;
}

} // namespace

QList<Command> renderCommands()
{
    Command renderCommand{u"render"_s, u"render [--occurrence VALG] ID FIL"_s,
                          u"Skriv et arrangements program som PDF, HTML eller kalenderinvitation (.ics)."_s, {}};
    renderCommand.run = [renderCommand](const QStringList &a, Context &c) { return runRender(a, c, renderCommand); };
    return {renderCommand};
}

} // namespace temaplan::cli
