#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace cp {

// A calendar month, the unit of readings, reports and the dispatch (月调度): "2023-06".
class Month
{
public:
    constexpr Month() = default;
    constexpr Month(int year, int month)
        : m_index(year * 12 + (month - 1))
    {}

    // "2023-06" (also "2023-6"); nullopt for anything else.
    static std::optional<Month> parse(QStringView text);
    static Month of(QDate date) { return Month(date.year(), date.month()); }

    constexpr int year() const { return m_index / 12; }
    constexpr int month() const { return m_index % 12 + 1; }
    // Months since year 0: differences count months.
    constexpr int index() const { return m_index; }
    constexpr Month plus(int months) const { return fromIndex(m_index + months); }
    static constexpr Month fromIndex(int index)
    {
        Month m;
        m.m_index = index;
        return m;
    }

    QDate firstDay() const { return QDate(year(), month(), 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    // The day of this month, or its last day when the month is shorter (a deadline on the 31st).
    QDate day(int day) const;
    QString toString() const; // "2023-06"

    friend constexpr auto operator<=>(const Month &, const Month &) = default;

private:
    int m_index = 0;
};

} // namespace cp
