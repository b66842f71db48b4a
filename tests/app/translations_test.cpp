#include "apptestsupport.h"

#include "app/displaytext.h"
#include "app/eventdetailview.h"
#include "app/eventsview.h"
#include "app/libraryfileactions.h"
#include "app/organisationform.h"
#include "app/personform.h"
#include "app/recordroom.h"
#include "app/seriesform.h"
#include "app/themegroupform.h"
#include "app/translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStatusBar>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

// Every test leaves the application speaking Danish again, as the test main set it up.
struct SpeakingEnglish
{
    SpeakingEnglish() { REQUIRE(app::installTranslations(u"en"_s)); }
    ~SpeakingEnglish() { app::installTranslations(u"da"_s); }
};

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList statusTexts(const QMainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTemaplan(const QStringList &arguments, const QString &language)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LANG"_s, language);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TEMAPLAN_BIN_DIR "/temaplan"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("the window speaks English on an English system, else Danish, unless --lang says")
{
    CHECK(app::chooseLanguage({}, {u"da-DK"_s, u"da"_s}) == u"da"_s);
    CHECK(app::chooseLanguage({}, {u"en-GB"_s, u"en-Latn-GB"_s}) == u"en"_s);
    CHECK(app::chooseLanguage({}, {u"en"_s, u"en-US"_s, u"da"_s}) == u"en"_s);
    CHECK(app::chooseLanguage({}, {u"de-DE"_s, u"en-US"_s}) == u"en"_s);
    CHECK(app::chooseLanguage({}, {u"sv-SE"_s, u"da-DK"_s, u"en-US"_s}) == u"da"_s);
    CHECK(app::chooseLanguage({}, {u"de-DE"_s, u"de"_s}) == u"da"_s);
    CHECK(app::chooseLanguage({}, {u"C"_s}) == u"da"_s);
    CHECK(app::chooseLanguage({}, {}) == u"da"_s);
    // Not fooled by a language whose code only begins like ours.
    CHECK(app::chooseLanguage({}, {u"dav-KE"_s, u"en-KE"_s}) == u"en"_s);

    CHECK(app::chooseLanguage(u"en"_s, {u"da-DK"_s}) == u"en"_s);
    CHECK(app::chooseLanguage(u"da"_s, {u"en-US"_s}) == u"da"_s);
    CHECK(app::chooseLanguage(u" EN "_s, {u"da-DK"_s}) == u"en"_s);
    CHECK(app::chooseLanguage(u"fr"_s, {u"en-US"_s}) == u"en"_s);
    CHECK(app::chooseLanguage(u"fr"_s, {u"da-DK"_s}) == u"da"_s);
}

TEST_CASE("the English translation is compiled in and translates the window's texts")
{
    SpeakingEnglish english;
    CHECK(QLocale().language() == QLocale::English);
    CHECK(QCoreApplication::translate("temaplan::app::MainWindow", "&Filer") == u"&File"_s);
    CHECK(QCoreApplication::translate("temaplan::app::MainWindow", "%n arrangement(er)", nullptr,
                                      1) == u"1 event"_s);
    CHECK(QCoreApplication::translate("temaplan::app::MainWindow", "%n arrangement(er)", nullptr,
                                      7) == u"7 events"_s);
    // Texts made outside a QObject, in the store and the JSON reader, come along too.
    CHECK(QCoreApplication::translate("Store", "casen") == u"the case"_s);
    CHECK(QCoreApplication::translate("Store", " og %n andre", nullptr, 1) == u" and 1 other"_s);
    CHECK(QCoreApplication::translate("LibraryJson", "feltet mangler") ==
          u"the field is missing"_s);
    // Qt's own buttons in English again (qtbase_en holds little but plural forms).
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Cancel"_s);
}

TEST_CASE("the record forms and rooms find their English under the contexts they ask with")
{
    SpeakingEnglish english;
    // The context a class's tr() asks with is its meta-object's class name; lupdate must
    // have put the texts there, not under a name it guessed.
    const auto translated = [](const QMetaObject &meta, const char *text) {
        return QCoreApplication::translate(meta.className(), text);
    };
    CHECK(translated(app::PersonForm::staticMetaObject, "(ingen organisation)") ==
          u"(no organisation)"_s);
    CHECK(translated(app::PersonForm::staticMetaObject, "Ret afdeling") == u"Edit Department"_s);
    CHECK(translated(app::OrganisationForm::staticMetaObject, "Vælg logo") == u"Choose Logo"_s);
    CHECK(translated(app::SeriesForm::staticMetaObject, "Ret undertitel") == u"Edit Subtitle"_s);
    CHECK(translated(app::ThemeGroupForm::staticMetaObject, "(ingen arrangør)") ==
          u"(no organiser)"_s);
    CHECK(translated(app::RecordRoom::staticMetaObject, "Slet «%1»") == u"Delete “%1”"_s);
    // A template's summary counts its agenda items with one %n text.
    CHECK(QCoreApplication::translate("TemplateDialogs", "%n programpunkt(er)", nullptr, 1) ==
          u"1 agenda item"_s);
}

TEST_CASE("Danish keeps the written texts and takes the forms of the %n texts from its file")
{
    REQUIRE(app::installTranslations(u"da"_s));
    CHECK(QLocale().language() == QLocale::Danish);
    CHECK(QCoreApplication::translate("temaplan::app::MainWindow", "&Filer") == u"&Filer"_s);
    CHECK(QCoreApplication::translate("temaplan::app::MainWindow", "%n arrangement(er)", nullptr,
                                      1) == u"1 arrangement"_s);
    CHECK(QCoreApplication::translate("temaplan::app::MainWindow", "%n arrangement(er)", nullptr,
                                      7) == u"7 arrangementer"_s);
    CHECK(QCoreApplication::translate("Store", " og %n andre", nullptr, 1) == u" og 1 anden"_s);
    CHECK(QCoreApplication::translate("temaplan::app::CasesView", "%n case(s) passer på «%1»",
                                      nullptr, 2)
              .arg(u"Århus"_s) == u"2 cases passer på «Århus»"_s);
    // Qt's buttons in Danish, from qtbase_da.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Annuller"_s);
}

TEST_CASE("a window made in English has English menus, and in Danish Danish ones")
{
    {
        SpeakingEnglish english;
        test::DemoWindow demo;
        CHECK(menuTitles(demo.window) ==
              QStringList{u"&File"_s, u"&Edit"_s, u"&Programme"_s, u"&View"_s, u"&Help"_s});
        CHECK(demo.window.fileActions()->importAction()->text() == u"&Import JSON…"_s);
        CHECK(statusTexts(demo.window).contains(u"6 events"_s));
        // The event's date in its field, with English month names.
        demo.window.openEvent(
            test::eventIdByTitle(demo.window, u"Temagruppemøde om lokalsamfund"_s));
        // The fields are built when their tab is first chosen, as a person would.
        demo.window.eventsView()->detail()->tabs()->setCurrentIndex(1);
        const auto *date = demo.window.findChild<QDateEdit *>(u"dateEdit"_s);
        REQUIRE(date);
        CHECK(date->text() == u"6 December"_s);
    }
    test::DemoWindow demo;
    CHECK(menuTitles(demo.window) ==
          QStringList{u"&Filer"_s, u"&Rediger"_s, u"&Program"_s, u"&Vis"_s, u"&Hjælp"_s});
    CHECK(statusTexts(demo.window).contains(u"6 arrangementer"_s));
    demo.window.openEvent(test::eventIdByTitle(demo.window, u"Temagruppemøde om lokalsamfund"_s));
    demo.window.eventsView()->detail()->tabs()->setCurrentIndex(1);
    const auto *date = demo.window.findChild<QDateEdit *>(u"dateEdit"_s);
    REQUIRE(date);
    CHECK(date->text() == u"6. december"_s);
}

TEST_CASE("temaplan --help speaks the system's language, and --lang overrides it")
{
    const Run english = runTemaplan({u"--help"_s}, u"en_GB.UTF-8"_s);
    CHECK(english.exitCode == 0);
    CHECK(english.out.contains(u"The library to open."_s));
    CHECK(english.out.contains(u"Show this help and quit."_s));

    const Run danish = runTemaplan({u"--help"_s}, u"da_DK.UTF-8"_s);
    CHECK(danish.exitCode == 0);
    CHECK(danish.out.contains(u"Biblioteket, der skal åbnes."_s));
    // Every line of the help in Danish, the help option's own too (Qt's catalogue lacks it).
    CHECK(danish.out.contains(u"Vis denne hjælp og afslut."_s));
    CHECK_FALSE(danish.out.contains(u"Displays"_s));
    const Run shortForm = runTemaplan({u"-h"_s}, u"da_DK.UTF-8"_s);
    CHECK(shortForm.exitCode == 0);
    CHECK(shortForm.out.contains(u"Vis denne hjælp og afslut."_s));

    const Run neither = runTemaplan({u"--help"_s}, u"de_DE.UTF-8"_s);
    CHECK(neither.out.contains(u"Biblioteket, der skal åbnes."_s));

    const Run asked = runTemaplan({u"--lang"_s, u"en"_s, u"--help"_s}, u"da_DK.UTF-8"_s);
    CHECK(asked.out.contains(u"The library to open."_s));
    const Run askedDanish = runTemaplan({u"--lang=da"_s, u"--help"_s}, u"en_US.UTF-8"_s);
    CHECK(askedDanish.out.contains(u"Biblioteket, der skal åbnes."_s));

    // A language we do not have is said so, and the system's decides.
    const Run unknown = runTemaplan({u"--lang"_s, u"fr"_s, u"--help"_s}, u"en_US.UTF-8"_s);
    CHECK(unknown.err.contains(u"--lang fr is neither da nor en"_s));
    CHECK(unknown.out.contains(u"The library to open."_s));
}

TEST_CASE("dates in the window are written the English way in English, the Danish way in Danish")
{
    const CalendarDate withYear{2024, 12, 6};
    const CalendarDate leapDay = CalendarDate::dayAndMonth(2, 29);
    {
        SpeakingEnglish english;
        CHECK(app::displayDate(withYear, true) == u"6 December 2024"_s);
        CHECK(app::displayDate(withYear, false) == u"6 December"_s);
        CHECK(app::displayDate(leapDay, true) == u"29 February"_s);
    }
    REQUIRE(app::installTranslations(u"da"_s));
    CHECK(app::displayDate(withYear, true) == u"6. december 2024"_s);
    CHECK(app::displayDate(leapDay, true) == u"29. februar"_s);
}
