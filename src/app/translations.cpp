#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

bool isLanguage(const QString &uiLanguage, const QString &language)
{
    return uiLanguage == language || uiLanguage.startsWith(language + u'-') ||
           uiLanguage.startsWith(language + u'_');
}

// The translators installed last, replaced by the next call.
QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

bool replaceTranslator(int which, const QString &fileName, const QString &folder)
{
    if (QTranslator *old = installed(which)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed(which) = translator;
    return true;
}

} // namespace

QString chooseLanguage(const QString &requested, const QStringList &uiLanguages)
{
    const QString asked = requested.trimmed().toLower();
    if (asked == u"da"_s || asked == u"en"_s)
        return asked;
    for (const QString &ui : uiLanguages) {
        if (isLanguage(ui, u"da"_s))
            return u"da"_s;
        if (isLanguage(ui, u"en"_s))
            return u"en"_s;
    }
    return u"da"_s;
}

bool installTranslations(const QString &language)
{
    const bool english = language == u"en"_s;
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::Denmark)
                                : QLocale(QLocale::Danish, QLocale::Denmark));
    const QString code = english ? u"en"_s : u"da"_s;
    // Qt's own texts are a nicety: without them Qt's dialogs speak English.
    replaceTranslator(0, u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return replaceTranslator(1, u"temaplan_"_s + code, u":/i18n"_s);
}

} // namespace temaplan::app
