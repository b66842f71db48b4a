#include "displaytext.h"

#include <QCoreApplication>
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
