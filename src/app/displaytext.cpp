#include "displaytext.h"

#include "core/danishtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

struct DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
};

bool isSafeLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s);
}

} // namespace

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::ThemeMeeting:
        return DisplayText::tr("Temamøde");
    case EventKind::ThemeDay:
        return DisplayText::tr("Temadag");
    case EventKind::Conference:
        return DisplayText::tr("Konference");
    case EventKind::NetworkMeeting:
        return DisplayText::tr("Netværksmøde");
    case EventKind::Other:
        break;
    }
    return DisplayText::tr("Arrangement");
}

QLocale windowLocale()
{
    return QLocale().language() == QLocale::English ? QLocale()
                                                    : QLocale(QLocale::Danish, QLocale::Denmark);
}

QString displayDate(const CalendarDate &date, bool withYear)
{
    const QLocale locale = windowLocale();
    if (locale.language() != QLocale::English)
        return danish::formatDate(date, withYear);
    const bool year = withYear && date.hasYear();
    // A leap year stands in for a date without one, so that 29 February is a day too.
    const QDate day(year ? date.year : 2000, date.month, date.day);
    return locale.toString(day, year ? u"d MMMM yyyy"_s : u"d MMMM"_s);
}

QString organisationKindName(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Network:
        return DisplayText::tr("Netværk");
    case OrganisationKind::Municipality:
        return DisplayText::tr("Kommune");
    case OrganisationKind::Housing:
        return DisplayText::tr("Boligorganisation");
    case OrganisationKind::Research:
        return DisplayText::tr("Forskning");
    case OrganisationKind::Other:
        break;
    }
    return DisplayText::tr("Anden");
}

QString linksHtml(const DocumentLinks &links)
{
    QStringList lines;
    for (const DocumentLink &link : links) {
        const QUrl url(link.url);
        const QString text = (link.title.isEmpty() ? link.url : link.title).toHtmlEscaped();
        lines << (isSafeLink(url) ? u"<a href=\"%1\">%2</a>"_s.arg(
                                        url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text)
                                  : text);
    }
    return lines.join(u"<br>"_s);
}

} // namespace temaplan::app
