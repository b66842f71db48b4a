#include "danishtext.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::danish {

QString formatTime(const QTime &time)
{
    if (!time.isValid())
        return {};
    return u"%1.%2"_s.arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString formatTimeRange(const QTime &start, const QTime &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return formatTime(start);
    return formatTime(start) + u'\u2013' + formatTime(end);
}

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression separated(u"^\\s*(\\d{1,2})\\s*[.:,]\\s*(\\d{2})\\s*$"_s);
    static const QRegularExpression compact(u"^\\s*(\\d{1,4})\\s*$"_s);
    int hour = -1;
    int minute = 0;
    if (const auto m = separated.match(text); m.hasMatch()) {
        hour = m.captured(1).toInt();
        minute = m.captured(2).toInt();
    } else if (const auto c = compact.match(text); c.hasMatch()) {
        const QString digits = c.captured(1);
        if (digits.size() <= 2) {
            hour = digits.toInt();
        } else {
            hour = digits.left(digits.size() - 2).toInt();
            minute = digits.right(2).toInt();
        }
    } else {
        return std::nullopt;
    }
    const QTime t(hour, minute);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QString formatDate(const CalendarDate &date, bool withYear)
{
    if (!date.isValid())
        return {};
    // QLocale gives the Danish month names in lower case, as Danish writes them.
    const QString month = QLocale(QLocale::Danish, QLocale::Denmark).monthName(date.month, QLocale::LongFormat);
    QString s = u"%1. %2"_s.arg(date.day).arg(month);
    if (withYear && date.hasYear())
        s += u' ' + QString::number(date.year);
    return s;
}

QString placePhrase(VenueKind kind, const QString &town)
{
    const QString where = town.trimmed();
    switch (kind) {
    case VenueKind::Online:
        return u"online"_s;
    case VenueKind::ToBeAnnounced:
        return where.isEmpty() ? u"mødested oplyses snarest"_s
                               : u"i "_s + where + u" – mødested oplyses snarest"_s;
    case VenueKind::Address:
        break;
    }
    return where.isEmpty() ? QString() : u"i "_s + where;
}

QString formatDateLine(const CalendarDate &date, const QString &place, int currentYear)
{
    QString line;
    if (date.isValid()) {
        const bool withYear = date.hasYear() && date.year != currentYear;
        line = u"Den "_s + formatDate(date, withYear);
    }
    if (place.isEmpty())
        return line;
    if (line.isEmpty())
        return place.left(1).toUpper() + place.mid(1);
    return line + u' ' + place;
}

QString joinList(const QStringList &items)
{
    QStringList parts;
    for (const QString &item : items)
        if (!item.trimmed().isEmpty())
            parts << item.trimmed();
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1)
        return parts.first();
    const QString last = parts.takeLast();
    return parts.join(u", "_s) + u" og "_s + last;
}

QString closingLine(const QTime &end)
{
    if (!end.isValid())
        return {};
    return u"Vi slutter kl. "_s + formatTime(end) + u'.';
}

} // namespace temaplan::danish
