#include "casetext.h"

#include "displaytext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

QString casePeriod(int startYear, int endYear)
{
    if (startYear == 0 && endYear == 0)
        return {};
    if (endYear == 0 || endYear == startYear)
        return QString::number(startYear ? startYear : endYear);
    if (startYear == 0)
        return QCoreApplication::translate("CaseText", "til %1").arg(endYear);
    return u"%1–%2"_s.arg(startYear).arg(endYear);
}

QString presentedAtLine(const SlotReference &r)
{
    QString line = r.date.isNull() ? QCoreApplication::translate("CaseText", "uden dato")
                                   : displayDate(r.date, true);
    line += u": "_s + r.eventTitle;
    if (!r.place.isEmpty())
        line += u", "_s + r.place;
    return line;
}

} // namespace temaplan::app
