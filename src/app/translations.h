#pragma once

#include <QString>
#include <QStringList>

namespace temaplan::app {

// The window speaks Danish or English. `requested` (from --lang) decides when it is "da"
// or "en". Otherwise the first of the user's UI languages (QLocale::uiLanguages(), most
// wanted first) that is Danish or English decides, and Danish when neither is there: the
// users are Danish, and Norwegian and Swedish readers manage Danish better than English.
QString chooseLanguage(const QString &requested, const QStringList &uiLanguages);

// Installs Qt's own texts (qtbase_<language>.qm from Qt's translations folder: buttons,
// file and print dialogs) and ours (temaplan_<language>.qm, compiled in under :/i18n)
// in place of the ones installed before, and makes the language in Denmark the default
// locale. Danish needs its file too: our texts are written in Danish, but the forms of
// "%n arrangement(er)" come from temaplan_da.qm. False when our file is missing.
bool installTranslations(const QString &language);

} // namespace temaplan::app
