#include "displaytext.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("temaplan::app::DisplayText", text);
}

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
        return tr("Temamøde");
    case EventKind::ThemeDay:
        return tr("Temadag");
    case EventKind::Conference:
        return tr("Konference");
    case EventKind::NetworkMeeting:
        return tr("Netværksmøde");
    case EventKind::Other:
        break;
    }
    return tr("Arrangement");
}

QString organisationKindName(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Network:
        return tr("Netværk");
    case OrganisationKind::Municipality:
        return tr("Kommune");
    case OrganisationKind::Housing:
        return tr("Boligorganisation");
    case OrganisationKind::Research:
        return tr("Forskning");
    case OrganisationKind::Other:
        break;
    }
    return tr("Anden");
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
