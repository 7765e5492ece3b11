#pragma once

#include "ReportLayout.h"
#include "domain/Types.h"

#include <QDateTime>

namespace cp {

class Workspace;

// The months a quarterly bulletin (季度通报) or an annual summary (年度总结) covers.
struct ReportPeriod
{
    enum class Kind { Quarter, Year };
    Kind kind = Kind::Quarter;
    Month first, last;

    static ReportPeriod quarter(int year, int quarter); // quarter 1…4
    static ReportPeriod year(int year);
    // "2023-Q2" (also "2023Q2", "2023-q2"); nullopt for anything else.
    static std::optional<ReportPeriod> parseQuarter(QStringView text);
    // "2023"; nullopt for anything else.
    static std::optional<ReportPeriod> parseYear(QStringView text);
    // The quarter a month is in.
    static ReportPeriod quarterOf(Month month);

    QList<Month> months() const;
    QString toString() const; // "2023-Q2" or "2023"
    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;
};

// 季度通报 and 年度总结: the months of the period that were dispatched, each department's monthly
// scores with its average and how its rank moved, ranked by the average; a chart of the first
// departments' months; who reported late and when; where the work stands at the period's last
// dispatched month and what lags behind. 002's 调度办法 has 月度排名、季度通报、年终考核 and gives
// only the monthly rule, so a period ranks by the mean of its dispatched months' scores.
class PeriodReport
{
    Q_DECLARE_TR_FUNCTIONS(cp::PeriodReport)

public:
    // regionId 0: every region, one ranking each. now: when the scores are computed (lateness).
    static Result<ReportDocument> content(const Workspace &workspace, const ReportPeriod &period,
                                          Id regionId, const ReportOptions &options,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    static Result<ReportLayout> build(const Workspace &workspace, const ReportPeriod &period,
                                      Id regionId, const ReportOptions &options,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Rank, department, a column per month, average, rank trend, months late.
    static QStringList rankingColumnTitles(const QList<Month> &months);
    // How many departments the chart of monthly scores follows, the first of the ranking.
    static constexpr qsizetype ChartedDepartments = 5;
};

} // namespace cp
