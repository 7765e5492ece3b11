#include "Month.h"

#include <algorithm>

namespace cp {

std::optional<Month> Month::parse(QStringView text)
{
    const qsizetype dash = text.indexOf(u'-');
    if (dash != 4 || text.size() < 6 || text.size() > 7)
        return std::nullopt;
    bool yearOk = false, monthOk = false;
    const int year = text.left(4).toInt(&yearOk);
    const int month = text.mid(5).toInt(&monthOk);
    if (!yearOk || !monthOk || year < 1900 || year > 2200 || month < 1 || month > 12)
        return std::nullopt;
    for (QChar c : text.mid(5)) {
        if (!c.isDigit())
            return std::nullopt;
    }
    return Month(year, month);
}

QDate Month::day(int day) const
{
    return QDate(year(), month(), std::clamp(day, 1, lastDay().day()));
}

QString Month::toString() const
{
    return QStringLiteral("%1-%2").arg(year(), 4, 10, QLatin1Char('0')).arg(month(), 2, 10, QLatin1Char('0'));
}

} // namespace cp
