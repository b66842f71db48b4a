#include "sampleprogramme.h"
#include "tools.h"

#include "render/programmefont.h"
#include "render/programmelayout.h"
#include "render/programmepdf.h"

#include "core/danishtext.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The page map of the programme as writeProgrammePdf lays it out.
render::PageMap pdfPageMap(const render::ProgrammeInput &input)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(render::programmePdfResolution);
    writer.setPageLayout(render::programmePageLayout());
    return render::ProgrammeLayout(input, writer).pageMap();
}

QString writeSample(const QTemporaryDir &dir, const SampleProgramme &sample, const QString &name)
{
    const QString path = dir.filePath(name);
    const Status written = render::writeProgrammePdf(sample.input(), path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    keepRendering(path);
    return path;
}

int pdfPages(const QString &pdf)
{
    const ToolRun info = runTool(u"pdfinfo"_s, {pdf});
    REQUIRE(info.started);
    const auto m = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
                       .match(QString::fromUtf8(info.out));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("the seed programme prints its words in the programme's order", "[pdf]")
{
    QTemporaryDir dir;
    const QString pdf = writeSample(dir, seedProgramme(), u"programme-sample.pdf"_s);
    const QString text = collapsed(pdfText(pdf));
    REQUIRE_FALSE(text.isEmpty());

    qsizetype at = 0;
    for (const QString &expected : seedProgrammeTextInOrder()) {
        INFO("looking for: " << expected.toStdString() << "\nafter position " << at
                             << " in: " << text.toStdString());
        const qsizetype found = text.indexOf(expected, at);
        REQUIRE(found >= 0);
        at = found + expected.size();
    }
    CHECK(text.count(u"Link til casen"_s) == 3);
    CHECK(text.contains(u"• Hvordan samarbejder Social balance med de kommunale forvaltninger?"_s));
}

TEST_CASE("the PDF carries title, creator and working case links", "[pdf]")
{
    QTemporaryDir dir;
    const SampleProgramme sample = seedProgramme();
    const QString pdf = writeSample(dir, sample, u"metadata.pdf"_s);

    const ToolRun info = runTool(u"pdfinfo"_s, {pdf});
    REQUIRE(info.started);
    QHash<QString, QString> fields;
    for (const QString &line : QString::fromUtf8(info.out).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    CHECK(fields.value(u"Title"_s) == sample.event.title);
    CHECK(fields.value(u"Creator"_s) == u"Temaplan"_s);
    CHECK(fields.value(u"Page size"_s).contains(u"(A4)"_s));

    // Link annotations are plain objects in Qt's PDFs, outside the compressed streams.
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.contains("/URI (https://www.sund-by-net.dk/cases/social-balance)"));
    CHECK(bytes.contains("/URI (https://www.sund-by-net.dk/cases/naermiljoeprojekter)"));
    CHECK(bytes.contains("/URI (mailto:post@sundbynetvaerket.dk)"));
}

TEST_CASE("the PDF embeds Open Sans and passes qpdf's check", "[pdf]")
{
    QTemporaryDir dir;
    const QString pdf = writeSample(dir, seedProgramme(), u"fonts.pdf"_s);

    const ToolRun fonts = runTool(u"pdffonts"_s, {pdf});
    REQUIRE(fonts.started);
    const QStringList lines = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    static const QRegularExpression columns(
        u"\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s);
    for (const QString &line : lines) {
        INFO(line.toStdString());
        const auto m = columns.match(line);
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1) == u"yes"_s);
        if (render::programmeFont().houseFont)
            CHECK(line.contains(u"OpenSans"_s));
    }
    if (!render::programmeFont().houseFont) {
        if (qEnvironmentVariable("CI") == u"true"_s)
            FAIL("Open Sans is missing (fonts-open-sans)");
        WARN("Open Sans is missing (fonts-open-sans); the PDF used "
             << render::programmeFont().family.toStdString());
    }

    const ToolRun check = runTool(u"qpdf"_s, {u"--check"_s, pdf});
    REQUIRE(check.started);
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("a long programme runs over several pages, each with the letterhead and no slot split",
          "[pdf]")
{
    constexpr int slots = 40;
    QTemporaryDir dir;
    const SampleProgramme sample = longProgramme(slots);
    const QString pdf = writeSample(dir, sample, u"long-programme.pdf"_s);

    const render::PageMap map = pdfPageMap(sample.input());
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 3);
    CHECK(pages == map.pageCount());

    QStringList pageTexts;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        // The footer's columns sit side by side; read in drawing order to keep each whole.
        const QString footer = collapsed(pdfText(pdf, page, false));
        INFO("page " << page << ": " << footer.toStdString());
        CHECK(footer.contains(u"Side %1 af %2"_s.arg(page).arg(pages)));
        CHECK(footer.contains(u"c/o KL-huset, Weidekampsgade 10, 2300 København S"_s));
        CHECK(footer.contains(u"3370 3580 · post@sundbynetvaerket.dk · www.sund-by-net.dk"_s));
        CHECK(footer.contains(u"Sund By Netværket – en del af noget større."_s));
        CHECK(footer.contains(u"Det nationale WHO Healthy Cities Network arbejder for at skabe "
                              u"rammer for et godt liv "
                              "i bæredygtige byer – Vi bidrager til Agenda 2030."_s));
        pageTexts << collapsed(text);
    }
    CHECK(pageTexts.first().contains(u"Den 6. december i Gladsaxe"_s));

    for (int n = 1; n <= slots; ++n) {
        const QString head = u"Emne %1 – "_s.arg(n);
        const QString tail = u"Opsamling på emne %1."_s.arg(n);
        QList<int> headPages, tailPages;
        for (int p = 0; p < pageTexts.size(); ++p) {
            if (pageTexts[p].contains(head))
                headPages << p;
            if (pageTexts[p].contains(tail))
                tailPages << p;
        }
        INFO("slot " << n);
        REQUIRE(headPages.size() == 1);
        CHECK(tailPages == headPages);
        CHECK(map.pagesOfRow(n - 1) == headPages);
    }
}

TEST_CASE("a slot taller than a page continues on the next page instead of being lost", "[pdf]")
{
    SampleProgramme sample = longProgramme(2);
    AgendaSlot &huge = sample.event.occurrences.first().agenda.first();
    for (int i = 0; i < 90; ++i)
        huge.description.insert(
            0, {TextBlock::Kind::Paragraph, u"Afsnit %1 af et meget langt oplæg."_s.arg(i + 1)});
    QTemporaryDir dir;
    const QString pdf = writeSample(dir, sample, u"tall-slot.pdf"_s);

    const render::PageMap map = pdfPageMap(sample.input());
    CHECK(map.pagesOfRow(0).size() >= 2);
    const QString all = collapsed(pdfText(pdf));
    for (int i = 1; i <= 90; ++i)
        CHECK(all.count(u"Afsnit %1 af et meget langt oplæg."_s.arg(i)) == 1);
    CHECK(all.contains(u"Opsamling på emne 1."_s));
}

TEST_CASE("a failed write reports in Danish and leaves an existing file as it was", "[pdf]")
{
    QTemporaryDir dir;
    const SampleProgramme sample = seedProgramme();

    SECTION("into a folder that does not exist")
    {
        const QString path = dir.filePath(u"findes-ikke/program.pdf"_s);
        const Status s = render::writeProgrammePdf(sample.input(), path);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.startsWith(u"Kunne ikke skrive programmet til "_s +
                                           QDir::toNativeSeparators(path) + u": "_s));
        CHECK_FALSE(QFile::exists(path));
    }

    SECTION("when the disk gives out half way")
    {
        const QString path = dir.filePath(u"program.pdf"_s);
        QFile good(path);
        REQUIRE(good.open(QIODevice::WriteOnly));
        good.write("%PDF-1.4 et tidligere, godt program\n");
        good.close();
        const QByteArray before = readAll(path);

        // A file-size limit makes the write fail even for root, for whom a read-only
        // folder is no obstacle.
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
        rlimit small = old;
        small.rlim_cur = 4096;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const Status s = render::writeProgrammePdf(sample.input(), path);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);

        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.startsWith(u"Kunne ikke skrive programmet til "_s));
        CHECK(readAll(path) == before);
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"program.pdf"_s});
    }
}

TEST_CASE("another organiser's event prints with that organiser's letterhead", "[pdf]")
{
    SampleProgramme sample = seedProgramme();
    Organisation kl;
    kl.id = newId();
    kl.name = u"KL"_s;
    kl.letterhead.street = u"Weidekampsgade 10"_s;
    kl.letterhead.postcode = u"2300"_s;
    kl.letterhead.town = u"København S"_s;
    kl.letterhead.phone = u"3370 3370"_s;
    kl.letterhead.email = u"kl@kl.dk"_s;
    kl.letterhead.web = u"www.kl.dk"_s;
    sample.organisations.insert(kl.id, kl);
    sample.event.organiserIds = {kl.id};

    QTemporaryDir dir;
    const QString pdf = writeSample(dir, sample, u"kl.pdf"_s);
    const QString text = collapsed(pdfText(pdf, 0, false));
    CHECK(text.contains(u"Weidekampsgade 10, 2300 København S"_s));
    CHECK(text.contains(u"3370 3370 · kl@kl.dk · www.kl.dk"_s));
    CHECK_FALSE(text.contains(u"post@sundbynetvaerket.dk"_s));
    CHECK_FALSE(text.contains(u"en del af noget større"_s));
}

TEST_CASE("the programme font is compiled in, with its licence", "[render][font]")
{
    CHECK(QFile::exists(QStringLiteral(":/fonts/OpenSans-Regular.ttf")));
    CHECK(QFile::exists(QStringLiteral(":/fonts/LICENSE-OpenSans.txt")));
    const auto &font = temaplan::render::programmeFont();
    CHECK(font.houseFont);
    CHECK(font.family.contains(QStringLiteral("Open Sans")));
}

TEST_CASE("slots sharing a row print on one line of the time column, as one row", "[pdf]")
{
    QTemporaryDir dir;
    const SampleProgramme sample = seedProgramme();
    const QString pdf = writeSample(dir, sample, u"shared-row.pdf"_s);

    // The seed: "9.30 10.00 | Let morgenforplejning Velkomst …", one row.
    const QStringList lines = pdfText(pdf, 1).split(u'\n');
    const auto rowLine = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
        return line.contains(u"9.30 / 10.00"_s);
    });
    REQUIRE(rowLine != lines.end());
    CHECK(collapsed(*rowLine) == u"9.30 / 10.00 Let morgenforplejning"_s);
    CHECK(collapsed(*std::next(rowLine)).startsWith(u"Velkomst og intro til dagen"_s));
    for (const QString &line : lines)
        CHECK_FALSE(line.trimmed().startsWith(u"10.00"_s));

    // Nine slots, eight rows.
    const render::PageMap map = pdfPageMap(sample.input());
    int rows = 0;
    for (const render::PagePlan &page : map.pages)
        for (const render::RowPiece &piece : page.pieces)
            rows = std::max(rows, piece.row + 1);
    CHECK(rows == 8);
}

TEST_CASE("a page break never falls between slots that share a row", "[pdf]")
{
    constexpr int slots = 40;
    SampleProgramme sample = longProgramme(slots);

    // Printed one slot a row, some page begins with the second slot of a pair, so
    // pairing them below tests something.
    const render::PageMap apart = pdfPageMap(sample.input());
    REQUIRE(apart.pageCount() >= 3);
    bool breakInsidePair = false;
    for (int p = 1; p < apart.pageCount(); ++p)
        breakInsidePair |= apart.pages[p].pieces.first().row % 2 == 1;
    REQUIRE(breakInsidePair);

    // Slots 1 and 2 share a row, 3 and 4, and so on.
    Agenda &agenda = sample.event.occurrences.first().agenda;
    for (int i = 1; i < agenda.size(); i += 2)
        agenda[i].sharesRowWithPrevious = true;
    QTemporaryDir dir;
    const QString pdf = writeSample(dir, sample, u"long-shared-rows.pdf"_s);
    const render::PageMap map = pdfPageMap(sample.input());
    const int pages = pdfPages(pdf);
    REQUIRE(pages == map.pageCount());

    QStringList pageTexts;
    for (int page = 1; page <= pages; ++page)
        pageTexts << collapsed(pdfText(pdf, page));
    for (int pair = 0; pair < slots / 2; ++pair) {
        const int first = 2 * pair + 1; // "Emne N" counts from 1
        QList<int> where;
        for (const QString &text :
             {u"Emne %1 – "_s.arg(first), u"Opsamling på emne %1."_s.arg(first),
              u"Emne %1 – "_s.arg(first + 1), u"Opsamling på emne %1."_s.arg(first + 1)}) {
            for (int p = 0; p < pageTexts.size(); ++p)
                if (pageTexts[p].contains(text))
                    where << p;
        }
        INFO("slots " << first << " and " << first + 1);
        REQUIRE(where.size() == 4);
        CHECK(std::all_of(where.begin(), where.end(), [&](int p) { return p == where.first(); }));
        CHECK(map.pagesOfRow(pair) == QList<int>{where.first()});
        const QTime start = agenda.at(2 * pair).start;
        const QString times = u"%1 / %2"_s.arg(danish::formatTime(start),
                                               danish::formatTime(agenda.at(2 * pair + 1).start));
        CHECK(pageTexts[where.first()].contains(times + u" Emne %1 – "_s.arg(first)));
    }
}

TEST_CASE("a letterhead longer than its room is cut, and leaves the programme its pages", "[pdf]")
{
    SampleProgramme sample = seedProgramme();
    QStringList lines{u"Sund By Netværket – en del af noget større."_s};
    for (int n = 1; n <= 200; ++n)
        lines << u"Linje %1 af en tagline, der blev sat ind i sin helhed."_s.arg(n);
    sample.organisations[sample.event.organiserIds.first()].letterhead.tagline = lines.join(u'\n');

    QTemporaryDir dir;
    const QString pdf = writeSample(dir, sample, u"long-letterhead.pdf"_s);
    const int pages = pdfPages(pdf);
    CHECK(pages <= 3);
    CHECK(pages == pdfPageMap(sample.input()).pageCount());
    const QString text = collapsed(pdfText(pdf, 0, false));
    CHECK(text.contains(u"Linje 1 af en tagline"_s));
    CHECK_FALSE(text.contains(u"Linje 200 af en tagline"_s));
    for (const QString &expected : seedProgrammeTextInOrder())
        CHECK(text.contains(expected));
}

TEST_CASE("the PDF names its organisers as author and Danish as its language", "[pdf]")
{
    SampleProgramme sample = seedProgramme();
    Organisation kl;
    kl.id = newId();
    kl.name = u"KL"_s;
    sample.organisations.insert(kl.id, kl);
    sample.event.organiserIds.append(kl.id);
    sample.event.title = u"Tema (med parentes) og \\ skråstreg – æøå"_s;

    QTemporaryDir dir;
    const QString pdf = writeSample(dir, sample, u"author.pdf"_s);
    const ToolRun info = runTool(u"pdfinfo"_s, {pdf});
    REQUIRE(info.started);
    QHash<QString, QString> fields;
    for (const QString &line : QString::fromUtf8(info.out).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    CHECK(fields.value(u"Author"_s) == u"Sund By Netværket og KL"_s);
    CHECK(fields.value(u"Title"_s) == sample.event.title);
    CHECK(fields.value(u"Creator"_s) == u"Temaplan"_s);
    CHECK_FALSE(fields.value(u"CreationDate"_s).isEmpty());
    CHECK(pdfPages(pdf) == 2);

    const ToolRun catalog = runTool(u"qpdf"_s, {u"--show-object=trailer"_s, pdf});
    REQUIRE(catalog.started);
    const auto root =
        QRegularExpression(u"/Root (\\d+) 0 R"_s).match(QString::fromLatin1(catalog.out));
    REQUIRE(root.hasMatch());
    const ToolRun rootObject = runTool(u"qpdf"_s, {u"--show-object="_s + root.captured(1), pdf});
    CHECK(rootObject.out.contains("/Lang (da)"));
    CHECK(rootObject.out.contains("/Type /Catalog"));

    const ToolRun check = runTool(u"qpdf"_s, {u"--check"_s, pdf});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK_FALSE(check.out.contains("WARNING"));
    CHECK_FALSE(check.err.contains("WARNING"));
}

TEST_CASE("a case address with spaces still links, percent-encoded", "[pdf]")
{
    SampleProgramme sample = seedProgramme();
    sample.event.occurrences.first().agenda[3].caseIds = {
        sample.addCase(u"Rapport"_s, u" https://www.kl.dk/media/Sund By rapport.pdf "_s)};
    QTemporaryDir dir;
    const QString pdf = writeSample(dir, sample, u"spaced-link.pdf"_s);
    CHECK(readAll(pdf).contains("/URI (https://www.kl.dk/media/Sund%20By%20rapport.pdf)"));
    CHECK(collapsed(pdfText(pdf)).count(u"Link til casen"_s) == 4);
}
