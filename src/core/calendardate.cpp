#include "calendardate.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

CalendarDate CalendarDate::fromQDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    return {d.year(), d.month(), d.day()};
}

CalendarDate CalendarDate::dayAndMonth(int month, int day) { return {0, month, day}; }

bool CalendarDate::isValid() const
{
    if (hasYear())
        return QDate(year, month, day).isValid();
    // Without a year, 29 February is allowed: 2000 is a leap year.
    return QDate(2000, month, day).isValid();
}

QDate CalendarDate::toQDate() const
{
    return hasYear() ? QDate(year, month, day) : QDate();
}

QString CalendarDate::toIso() const
{
    if (isNull())
        return {};
    const QString md = u"%1-%2"_s.arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
    if (!hasYear())
        return u"--"_s + md;
    return u"%1-"_s.arg(year, 4, 10, QLatin1Char('0')) + md;
}

CalendarDate CalendarDate::fromIso(const QString &text)
{
    static const QRegularExpression re(u"^(?:(\\d{4})|-)-(\\d{2})-(\\d{2})$"_s);
    const auto m = re.match(text);
    CalendarDate d;
    if (!m.hasMatch()) {
        d.month = -1; // not null and not valid: the caller reports bad text
        return d;
    }
    d.year = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    d.month = m.captured(2).toInt();
    d.day = m.captured(3).toInt();
    if (!d.isValid())
        d.month = -1;
    return d;
}

} // namespace temaplan
