#include "command.h"
#include "libraryaccess.h"

#include "core/danishtext.h"
#include "store/librarylookups.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::cli {

namespace {

QString ownerName(const Lookups &lookups, const Id &ownerId)
{
    if (ownerId.isNull())
        return {};
    const auto owner = lookups.organisation(ownerId);
    return owner ? owner->name : QString();
}

int runCases(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption search(u"search"_s, u"Kun cases der matcher TEKST (dansk stavning foldes: Århus = Aarhus)."_s, u"TEKST"_s);
    const QCommandLineOption limit(u"limit"_s, u"Højst N søgeresultater (standard 50)."_s, u"N"_s, u"50"_s);
    parser.addOptions({search, limit});
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    bool limitOk = false;
    const int max = parser.value(limit).toInt(&limitOk);
    if (!limitOk || max <= 0) {
        ctx.err << "temaplan-cli cases: --limit skal være et positivt heltal.\n";
        return UsageError;
    }
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;
    int shown = 0;
    if (parser.isSet(search)) {
        auto hits = library->searchCases(parser.value(search), max);
        if (!hits)
            return fail(ctx, hits.error());
        for (const CaseHit &h : *hits) {
            ctx.out << shortId(h.caseId) << "  " << h.title;
            if (!h.owner.isEmpty())
                ctx.out << " (" << h.owner << ')';
            ctx.out << '\n';
            ++shown;
        }
    } else {
        auto all = library->cases().all();
        if (!all)
            return fail(ctx, all.error());
        const Lookups lookups = lookupsFor(*library);
        for (const Case &c : *all) {
            ctx.out << shortId(c.id) << "  " << c.title;
            if (const QString owner = ownerName(lookups, c.ownerId); !owner.isEmpty())
                ctx.out << " (" << owner << ')';
            ctx.out << '\n';
            ++shown;
        }
    }
    if (shown == 0)
        ctx.out << "Ingen cases.\n";
    return Ok;
}

int runCase(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, u"Casens id (eller en entydig begyndelse af det)."_s);
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "temaplan-cli case: angiv præcis ét id.\n";
        return UsageError;
    }
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;
    auto all = library->cases().all();
    if (!all)
        return fail(ctx, all.error());
    QList<Id> ids;
    for (const Case &c : *all)
        ids << c.id;
    auto id = resolveId(parser.positionalArguments().first(), ids, u"cases"_s);
    if (!id)
        return fail(ctx, id.error());
    auto record = library->cases().get(*id);
    if (!record)
        return fail(ctx, record.error());
    const Lookups lookups = lookupsFor(*library);
    const Case &c = *record;
    ctx.out << c.title << '\n';
    if (const QString owner = ownerName(lookups, c.ownerId); !owner.isEmpty())
        ctx.out << "Ejer: " << owner << '\n';
    if (c.startYear || c.endYear)
        ctx.out << "Periode: " << (c.startYear ? QString::number(c.startYear) : QString())
                << u'\u2013' << (c.endYear ? QString::number(c.endYear) : QString()) << '\n';
    if (!c.themes.isEmpty())
        ctx.out << "Temaer: " << c.themes.join(u", "_s) << '\n';
    if (!c.contactId.isNull())
        if (const auto p = lookups.person(c.contactId))
            ctx.out << "Kontakt: " << p->name << (p->email.isEmpty() ? QString() : u" <"_s + p->email + u'>') << '\n';
    for (const TextBlock &b : c.summary)
        ctx.out << (b.kind == TextBlock::Kind::Bullet ? u"  • "_s : QString()) << b.text << '\n';
    for (const DocumentLink &l : c.links + c.documents)
        ctx.out << "Link: " << l.title << (l.url.isEmpty() ? QString() : u" <"_s + l.url + u'>') << '\n';
    auto presented = library->presentedAt(c.id);
    if (!presented)
        return fail(ctx, presented.error());
    ctx.out << "\nPræsenteret ved:\n";
    if (presented->isEmpty())
        ctx.out << "  (endnu ikke præsenteret ved et arrangement)\n";
    for (const SlotReference &r : *presented) {
        ctx.out << "  " << danish::formatDate(r.date, true).leftJustified(18) << ' ' << r.eventTitle;
        if (!r.place.isEmpty())
            ctx.out << " (" << r.place << ')';
        ctx.out << "\n    " << danish::formatTime(r.start) << (r.start.isValid() ? u" "_s : QString())
                << r.slotTitle << "  [" << shortId(r.eventId) << "]\n";
    }
    return Ok;
}

} // namespace

QList<Command> caseCommands()
{
    Command cases{u"cases"_s, u"cases [--search TEKST]"_s, u"List eller søg i cases."_s, {}};
    cases.run = [cases](const QStringList &a, Context &c) { return runCases(a, c, cases); };
    Command one{u"case"_s, u"case ID"_s, u"Vis en case og hvert arrangement, den er præsenteret ved."_s, {}};
    one.run = [one](const QStringList &a, Context &c) { return runCase(a, c, one); };
    return {cases, one};
}

} // namespace temaplan::cli
