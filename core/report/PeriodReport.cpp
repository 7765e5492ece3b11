#include "PeriodReport.h"

#include "Palette.h"
#include "ReportSections.h"
#include "storage/Workspace.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cp {

namespace {

double hundredths(double v)
{
    return std::round(v * 100) / 100;
}

QString points(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', 2);
}

QString monthLabel(Month month, const QLocale &locale)
{
    return locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
}

// One department over the period's dispatched months.
struct PeriodRow
{
    Id departmentId = 0;
    Id regionId = 0;
    QString department;
    QMap<Month, double> scores;
    QMap<Month, int> ranks;
    QList<Month> late;
    double average = 0;
    int rank = 0;
};

// Every department ranked in any of the months, by the mean of its months' scores per region;
// equal means share a rank (1, 1, 3), as the monthly ranking does.
QList<PeriodRow> rankPeriod(const QMap<Month, QList<DepartmentScore>> &months)
{
    QHash<Id, qsizetype> rowOf;
    QList<PeriodRow> rows;
    for (auto it = months.begin(); it != months.end(); ++it) {
        for (const DepartmentScore &s : it.value()) {
            if (!rowOf.contains(s.departmentId)) {
                rowOf.insert(s.departmentId, rows.size());
                rows.append({s.departmentId, s.regionId, s.department, {}, {}, {}, 0, 0});
            }
            PeriodRow &row = rows[rowOf.value(s.departmentId)];
            row.scores.insert(it.key(), s.score);
            row.ranks.insert(it.key(), s.rank);
            if (s.late)
                row.late.append(it.key());
        }
    }
    for (PeriodRow &row : rows) {
        double sum = 0;
        for (double v : std::as_const(row.scores))
            sum += v;
        row.average = hundredths(sum / double(row.scores.size()));
    }
    std::sort(rows.begin(), rows.end(), [](const PeriodRow &a, const PeriodRow &b) {
        if (a.regionId != b.regionId)
            return a.regionId < b.regionId;
        if (a.average != b.average)
            return a.average > b.average;
        return a.department < b.department;
    });
    qsizetype start = 0; // the region's first row
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i == 0 || rows.at(i - 1).regionId != rows.at(i).regionId)
            start = i;
        rows[i].rank = i > start && rows.at(i - 1).average == rows.at(i).average
                           ? rows.at(i - 1).rank
                           : int(i - start) + 1;
    }
    return rows;
}

// How the rank moved from the first dispatched month to the last: "5→2 ↑3".
QString rankTrend(const PeriodRow &row, const QLocale &locale)
{
    if (row.ranks.size() < 2)
        return PeriodReport::tr("—");
    const int from = row.ranks.first(), to = row.ranks.last();
    const int change = from - to;
    const QString arrow = change > 0   ? QStringLiteral("↑%1").arg(change)
                          : change < 0 ? QStringLiteral("↓%1").arg(-change)
                                       : QStringLiteral("=");
    return PeriodReport::tr("%1→%2 %3").arg(locale.toString(from), locale.toString(to), arrow);
}

} // namespace

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const Month first(year, (quarter - 1) * 3 + 1);
    return {Kind::Quarter, first, first.plus(2)};
}

ReportPeriod ReportPeriod::year(int year)
{
    return {Kind::Year, Month(year, 1), Month(year, 12)};
}

std::optional<ReportPeriod> ReportPeriod::parseQuarter(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    return quarter(match.captured(1).toInt(), match.captured(2).toInt());
}

std::optional<ReportPeriod> ReportPeriod::parseYear(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})$"));
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    return year(match.captured(1).toInt());
}

ReportPeriod ReportPeriod::quarterOf(Month month)
{
    return quarter(month.year(), (month.month() - 1) / 3 + 1);
}

QList<Month> ReportPeriod::months() const
{
    QList<Month> months;
    for (Month m = first; m <= last; m = m.plus(1))
        months.append(m);
    return months;
}

QString ReportPeriod::toString() const
{
    if (kind == Kind::Year)
        return QString::number(first.year());
    return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
}

QStringList PeriodReport::rankingColumnTitles(const QList<Month> &months)
{
    const QLocale locale;
    QStringList titles{tr("Rank"), tr("Department")};
    for (Month m : months)
        titles.append(monthLabel(m, locale));
    titles << tr("Average") << tr("Rank trend") << tr("Months late");
    return titles;
}

Result<ReportDocument> PeriodReport::content(const Workspace &ws, const ReportPeriod &period,
                                             Id regionId, const ReportOptions &options,
                                             const QDateTime &now)
{
    auto names = ReportSections::Names::load(ws);
    auto rules = DispatchRules::load(ws);
    for (const Status &s : {toStatus(names), toStatus(rules)}) {
        if (!s)
            return s.error();
    }
    const QLocale locale;
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    const bool year = period.kind == ReportPeriod::Kind::Year;
    const QString periodText =
        year ? tr("the year %1").arg(period.first.year())
             : tr("%1, %2 to %3")
                   .arg(period.toString(), period.first.toString(), period.last.toString());

    ReportDocument report;
    report.title = year ? tr("Annual dispatch summary, %1").arg(period.toString())
                        : tr("Quarterly dispatch bulletin, %1").arg(period.toString());
    report.blocks.append({ReportBlock::Kind::Title, year ? tr("Annual dispatch summary")
                                                         : tr("Quarterly dispatch bulletin")});
    report.blocks.append(
        {ReportBlock::Kind::Subtitle,
         (regionId ? tr("Region: %1").arg(names->regions.value(regionId)) : tr("All regions")) +
             QStringLiteral("    ") + tr("Period: %1").arg(periodText) + QStringLiteral("    ") +
             tr("Printed on %1").arg(locale.toString(date, QLocale::ShortFormat))});

    // The months anything was reported, read or recorded in; the others were not dispatched.
    QMap<Month, QList<DepartmentScore>> scores;
    QList<Month> idle;
    QSet<Id> reportingDepartments, completed;
    int reports = 0, events = 0, readings = 0;
    for (Month m : period.months()) {
        auto activity = MonthActivity::load(ws, m, regionId);
        if (!activity)
            return activity.error();
        if (activity->isEmpty()) {
            idle.append(m);
            continue;
        }
        scores.insert(m, DispatchScoring::compute(activity->input, *rules, now));
        reportingDepartments += activity->reportingDepartments;
        completed += activity->completedNow;
        reports += int(activity->input.reports.size());
        events += int(activity->input.events.size());
        readings += activity->readings;
    }
    if (scores.isEmpty()) {
        report.blocks.append({ReportBlock::Kind::Paragraph,
                              tr("No reports, readings or dispatch events were recorded in %1: "
                                 "there is no data to rank.")
                                  .arg(periodText)});
        return report;
    }
    const QList<Month> dispatched = scores.keys();
    QStringList dispatchedNames, idleNames;
    for (Month m : dispatched)
        dispatchedNames.append(monthLabel(m, locale));
    for (Month m : std::as_const(idle))
        idleNames.append(monthLabel(m, locale));
    const QList<PeriodRow> rows = rankPeriod(scores);
    int lateReports = 0;
    for (const PeriodRow &r : rows)
        lateReports += int(r.late.size());

    report.blocks.append({ReportBlock::Kind::Heading, tr("Summary")});
    QString summary =
        tr("Months dispatched: %1 (%2). Departments reporting: %3; task reports: %4; target "
           "values: %5; tasks completed for the first time: %6; dispatch events: %7; monthly "
           "reports late: %8.")
            .arg(locale.toString(dispatched.size()), dispatchedNames.join(tr(", ")),
                 locale.toString(reportingDepartments.size()), locale.toString(reports),
                 locale.toString(readings), locale.toString(completed.size()),
                 locale.toString(events), locale.toString(lateReports));
    if (!idle.isEmpty())
        summary += QLatin1Char(' ') + tr("Nothing was reported for %1; those months are not "
                                         "ranked.")
                                          .arg(idleNames.join(tr(", ")));
    report.blocks.append({ReportBlock::Kind::Paragraph, summary});

    QList<Id> regionOrder;
    for (const PeriodRow &r : rows) {
        if (!regionOrder.contains(r.regionId))
            regionOrder.append(r.regionId);
    }
    const QStringList titles = rankingColumnTitles(dispatched);
    for (Id region : std::as_const(regionOrder)) {
        const QString regionName = names->regions.value(region);
        QList<const PeriodRow *> ranked;
        for (const PeriodRow &r : rows) {
            if (r.regionId == region)
                ranked.append(&r);
        }
        report.blocks.append({ReportBlock::Kind::Heading, tr("Ranking: %1").arg(regionName)});
        QStringList first;
        for (const PeriodRow *r : std::as_const(ranked)) {
            if (r->rank == 1)
                first.append(tr("%1 (%2)").arg(r->department, points(r->average, locale)));
        }
        report.blocks.append(
            {ReportBlock::Kind::Paragraph,
             tr("Ranked by the average of the monthly dispatch scores of the %n month(s) "
                "dispatched; equal averages share a rank.",
                nullptr, int(dispatched.size())) +
                 QLatin1Char(' ') +
                 (first.size() > 3 ? tr("%1 departments share the first rank.")
                                         .arg(locale.toString(first.size()))
                                   : tr("First: %1.").arg(first.join(QStringLiteral("、"))))});

        ReportBlock table(ReportBlock::Kind::Table);
        table.compact = dispatched.size() > 6;
        for (qsizetype c = 0; c < titles.size(); ++c) {
            const bool month = c >= 2 && c < 2 + dispatched.size();
            const double weight = c == 0                   ? 5.5
                                  : c == 1                 ? 17
                                  : month                  ? 6.5
                                  : c == titles.size() - 2 ? 10.5
                                                           : 7;
            table.columns.append({titles.at(c), weight,
                                  c == 1                   ? Qt::AlignLeft
                                  : c == titles.size() - 2 ? Qt::AlignHCenter
                                                           : Qt::AlignRight});
        }
        for (const PeriodRow *r : std::as_const(ranked)) {
            QStringList cells{locale.toString(r->rank), r->department};
            for (Month m : dispatched)
                cells.append(r->scores.contains(m) ? points(r->scores.value(m), locale) : tr("—"));
            cells << points(r->average, locale) << rankTrend(*r, locale)
                  << (r->late.isEmpty() ? QString() : locale.toString(r->late.size()));
            table.rows.append({cells, false});
        }
        report.blocks.append(std::move(table));

        // The first departments' months, and the region's mean, as lines.
        if (dispatched.size() > 1) {
            ReportChart chart;
            chart.kind = ReportChart::Kind::Lines;
            chart.decimals = 0;
            chart.title =
                tr("Monthly scores of the first %1 and the region's average, %2")
                    .arg(locale.toString(std::min(ChartedDepartments, ranked.size())), regionName);
            chart.categories = dispatchedNames;
            for (qsizetype i = 0; i < std::min(ChartedDepartments, ranked.size()); ++i) {
                ReportChart::Series series{
                    tr("%1. %2").arg(locale.toString(ranked.at(i)->rank), ranked.at(i)->department),
                    Palette::series(int(i)),
                    {}};
                for (Month m : dispatched)
                    series.values.append(
                        ranked.at(i)->scores.value(m, std::numeric_limits<double>::quiet_NaN()));
                chart.series.append(series);
            }
            ReportChart::Series mean{tr("Region's average"), QColor(0x61, 0x61, 0x61), {}, true};
            for (Month m : dispatched) {
                double sum = 0;
                int n = 0;
                for (const PeriodRow *r : std::as_const(ranked)) {
                    if (r->scores.contains(m)) {
                        sum += r->scores.value(m);
                        ++n;
                    }
                }
                mean.values.append(n ? sum / n : std::numeric_limits<double>::quiet_NaN());
            }
            chart.series.append(mean);
            report.blocks.append(ReportBlock::chartOf(std::move(chart)));
        }
    }

    // Who was late, how often and when.
    report.blocks.append({ReportBlock::Kind::Heading, tr("Late reporters")});
    QList<const PeriodRow *> late;
    for (const PeriodRow &r : rows) {
        if (!r.late.isEmpty())
            late.append(&r);
    }
    std::stable_sort(late.begin(), late.end(), [](const PeriodRow *a, const PeriodRow *b) {
        return a->late.size() > b->late.size();
    });
    if (late.isEmpty()) {
        report.blocks.append(
            {ReportBlock::Kind::Paragraph,
             tr("No department was late with a monthly report in %1.").arg(periodText)});
    } else {
        ReportBlock table(ReportBlock::Kind::Table);
        table.columns = {{tr("Department"), 3, Qt::AlignLeft},
                         {tr("Region"), 1.5, Qt::AlignLeft},
                         {tr("Months late"), 1.2, Qt::AlignRight},
                         {tr("Months"), 5, Qt::AlignLeft}};
        for (const PeriodRow *r : std::as_const(late)) {
            QStringList months;
            for (Month m : r->late)
                months.append(monthLabel(m, locale));
            table.rows.append({{r->department, names->regions.value(r->regionId),
                                locale.toString(r->late.size()), months.join(tr(", "))},
                               false});
        }
        report.blocks.append(std::move(table));
    }

    // Where the work stands at the last month dispatched, and what lags behind then.
    auto snapshot = ProgressSnapshot::load(ws, dispatched.last(), regionId);
    if (!snapshot)
        return snapshot.error();
    ReportSections::appendStatusOverview(report, *snapshot, *names);
    if (Status s = ReportSections::appendLaggingWork(report, ws, *snapshot, *names, year ? 40 : 20);
        !s)
        return s.error();
    return report;
}

Result<ReportLayout> PeriodReport::build(const Workspace &workspace, const ReportPeriod &period,
                                         Id regionId, const ReportOptions &options,
                                         const QDateTime &now)
{
    auto document = content(workspace, period, regionId, options, now);
    if (!document)
        return document.error();
    return ReportLayout::build(*document, options);
}

} // namespace cp
