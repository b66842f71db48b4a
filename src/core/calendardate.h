#pragma once

#include <QDate>
#include <QString>

#include <compare>

namespace temaplan {

// A day that may lack its year (seed programmes say "Den 6. december") or be wholly
// unknown. A stand-in year would be invented data, so the year is optional.
// ISO 8601 text: "2024-12-06", "--12-06" without year, "" when unknown.
struct CalendarDate
{
    int year = 0; // 0: not known
    int month = 0;
    int day = 0;

    static CalendarDate fromQDate(const QDate &d);
    static CalendarDate fromIso(const QString &text); // invalid on bad text
    static CalendarDate dayAndMonth(int month, int day);

    bool isNull() const { return month == 0 && day == 0 && year == 0; }
    bool isValid() const;
    bool hasYear() const { return year != 0; }
    QDate toQDate() const; // null unless the year is known
    QString toIso() const;

    friend bool operator==(const CalendarDate &, const CalendarDate &) = default;
    friend auto operator<=>(const CalendarDate &, const CalendarDate &) = default;
};

} // namespace temaplan
