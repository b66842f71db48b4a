// Writes to a library without end, the way a user who saves often does: one case per
// transaction, and every fifth edit an import of a small batch (an organisation and the
// cases it owns, all or nothing). After each commit returns, it prints "committed N" and
// flushes, so whoever kills it knows which edits the library promised to keep.
//
//   editloop LIBRARY [--until-error] [--summary-bytes B]
//
// --until-error stops at the first save that fails, prints "failed N: CODE MESSAGE",
// shows that the library still answers, and exits 0 (the disk-full test sets a file
// size limit on this process). Edits continue numbering after the highest one already
// in the library, so the same file can be killed and reopened again and again.
#include "editnumbers.h"

#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

Case editCase(int n, int part, const Id &owner, int summaryBytes)
{
    Case c;
    c.id = edits::caseId(n, part);
    c.title = edits::caseTitle(n, part);
    c.ownerId = owner;
    c.startYear = 2000 + n % 25;
    c.themes = {u"sundhed"_s, u"lokalsamfund"_s};
    if (summaryBytes > 0)
        c.summary.append({TextBlock::Kind::Paragraph, QString(summaryBytes, u'æ')});
    return c;
}

Status edit(Library &library, int n, int summaryBytes)
{
    if (!edits::isImport(n))
        return library.cases().save(editCase(n, 0, {}, summaryBytes));
    LibraryContents batch;
    Organisation org;
    org.id = edits::organisationId(n);
    org.name = u"Kommune %1"_s.arg(n);
    batch.organisations.append(org);
    for (int part = 0; part < edits::importBatchCases; ++part)
        batch.cases.append(editCase(n, part, org.id, summaryBytes));
    return importContents(library, batch).status();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool untilError = args.removeAll(u"--until-error"_s) > 0;
    int summaryBytes = 0;
    if (const qsizetype i = args.indexOf(u"--summary-bytes"_s); i >= 0 && i + 1 < args.size()) {
        summaryBytes = args.at(i + 1).toInt();
        args.remove(i, 2);
    }
    if (args.size() != 1) {
        std::fputs("Brug: editloop BIBLIOTEK [--until-error] [--summary-bytes B]\n", stderr);
        return 2;
    }

    auto library = openLibrary(args.first(), OpenMode::OpenOrCreate);
    if (!library) {
        say(u"open failed: "_s + library.error().message);
        return 1;
    }
    auto cases = (*library)->cases().all();
    if (!cases) {
        say(u"read failed: "_s + cases.error().message);
        return 1;
    }
    int n = 0;
    for (const Case &c : *cases)
        n = std::max(n, edits::numberOf(c.title));
    say(u"ready after %1"_s.arg(n));

    for (++n;; ++n) {
        const Status s = edit(**library, n, summaryBytes);
        if (s) {
            say(u"committed %1"_s.arg(n));
            continue;
        }
        say(u"failed %1: %2 %3 [%4]"_s.arg(n).arg(int(s.error().code)).arg(s.error().message, s.error().detail));
        if (!untilError)
            return 1;
        // The failure must leave a working library behind: it still reads, and the
        // same save fails the same clean way rather than crashing or hanging.
        auto still = (*library)->cases().all();
        if (!still) {
            say(u"read after failure failed: "_s + still.error().message);
            return 1;
        }
        const Status again = edit(**library, n, summaryBytes);
        say(u"still running: %1 cases, retry %2"_s.arg(still->size()).arg(again ? u"ok"_s : u"failed"_s));
        return 0;
    }
}
