#include "BulletinReport.h"

#include "ReportSections.h"
#include "progress/DispatchScore.h"
#include "storage/Workspace.h"

#include <QLocale>
#include <QSet>

namespace cp {

namespace {

QString points(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', 2);
}

// The rank against last month's: ↑2, ↓1, =, or new where it was not ranked then.
QString rankChange(int rank, const QHash<Id, int> &previous, Id department)
{
    const auto before = previous.constFind(department);
    if (before == previous.constEnd())
        return BulletinReport::tr("new");
    const int change = *before - rank;
    return change > 0   ? QStringLiteral("↑%1").arg(change)
           : change < 0 ? QStringLiteral("↓%1").arg(-change)
                        : QStringLiteral("=");
}

} // namespace

QStringList BulletinReport::rankingColumnTitles()
{
    return {tr("Rank"),      tr("Department"),   tr("Score"),      tr("Change"),
            tr("Base"),      tr("Progress"),     tr("Completion"), tr("Bonuses"),
            tr("Penalties"), tr("Annual tasks"), tr("Late")};
}

Result<ReportDocument> BulletinReport::content(const Workspace &ws, Month month, Id regionId,
                                               const ReportOptions &options, const QDateTime &now)
{
    auto activity = MonthActivity::load(ws, month, regionId);
    auto names = ReportSections::Names::load(ws);
    auto rules = DispatchRules::load(ws);
    for (const Status &s : {toStatus(activity), toStatus(names), toStatus(rules)}) {
        if (!s)
            return s.error();
    }

    const QLocale locale;
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    ReportDocument report;
    report.title = tr("Monthly dispatch bulletin, %1").arg(month.toString());
    report.blocks.append({ReportBlock::Kind::Title, tr("Monthly dispatch bulletin"), {}, {}});
    report.blocks.append(
        {ReportBlock::Kind::Subtitle,
         (regionId ? tr("Region: %1").arg(names->regions.value(regionId)) : tr("All regions")) +
             QStringLiteral("    ") + tr("Month: %1").arg(month.toString()) +
             QStringLiteral("    ") +
             tr("Printed on %1").arg(locale.toString(date, QLocale::ShortFormat))});

    // A month nobody reported in has nothing to rank: every department would sit on its base score.
    if (activity->isEmpty()) {
        report.blocks.append({ReportBlock::Kind::Paragraph,
                              tr("No reports, readings or dispatch events were recorded for %1: "
                                 "there is no data to rank.")
                                  .arg(month.toString()),
                              {},
                              {}});
        return report;
    }

    const QList<DepartmentScore> scores = DispatchScoring::compute(activity->input, *rules, now);
    auto previous = DispatchScoring::compute(ws, month.plus(-1), regionId, now);
    auto snapshot = ProgressSnapshot::load(ws, month, regionId);
    for (const Status &s : {toStatus(previous), toStatus(snapshot)}) {
        if (!s)
            return s.error();
    }
    QHash<Id, int> previousRank;
    for (const DepartmentScore &s : std::as_const(*previous))
        previousRank.insert(s.departmentId, s.rank);

    QStringList late;
    bool pending = false;
    for (const DepartmentScore &s : std::as_const(scores)) {
        if (s.late)
            late.append(s.department);
        pending = pending || s.reportPending;
    }
    report.blocks.append({ReportBlock::Kind::Heading, tr("Summary"), {}, {}});
    report.blocks.append(
        {ReportBlock::Kind::Paragraph,
         tr("%1 — departments reporting: %2; tasks reported on: %3; targets read: %4; tasks "
            "completed "
            "for the first time: %5; dispatch events: %6; departments late with their monthly "
            "report: %7.")
             .arg(month.toString())
             .arg(locale.toString(activity->reportingDepartments.size()),
                  locale.toString(activity->reportedTasks.size()),
                  locale.toString(activity->readings),
                  locale.toString(activity->completedNow.size()),
                  locale.toString(activity->input.events.size()), locale.toString(late.size())),
         {},
         {}});

    QList<Id> regionOrder;
    for (const DepartmentScore &s : std::as_const(scores)) {
        if (!regionOrder.contains(s.regionId))
            regionOrder.append(s.regionId);
    }
    const QStringList titles = rankingColumnTitles();
    for (Id region : std::as_const(regionOrder)) {
        QList<DepartmentScore> ranked;
        for (const DepartmentScore &s : std::as_const(scores)) {
            if (s.regionId == region)
                ranked.append(s);
        }
        QStringList first;
        ReportBlock table(ReportBlock::Kind::Table);
        const QList<double> weights{5, 20, 8, 6, 7, 9, 9, 9, 9, 8, 6};
        for (qsizetype c = 0; c < titles.size(); ++c)
            table.columns.append({titles.at(c), weights.at(c),
                                  c == 1   ? Qt::AlignLeft
                                  : c == 3 ? Qt::AlignHCenter
                                           : Qt::AlignRight});
        for (const DepartmentScore &s : std::as_const(ranked)) {
            if (s.rank == 1)
                first.append(tr("%1 (%2)").arg(s.department, points(s.score, locale)));
            const ScoreGroups groups = DispatchScoring::groups(s);
            table.rows.append({{locale.toString(s.rank), s.department, points(s.score, locale),
                                rankChange(s.rank, previousRank, s.departmentId),
                                points(groups[ScoreGroup::Base], locale),
                                points(groups[ScoreGroup::Progress], locale),
                                points(groups[ScoreGroup::Completion], locale),
                                points(groups[ScoreGroup::Bonuses], locale),
                                points(groups[ScoreGroup::Penalties], locale),
                                locale.toString(s.annualTasks), s.late ? tr("late") : QString()},
                               false});
        }
        const QString regionName = names->regions.value(region);
        report.blocks.append({ReportBlock::Kind::Heading, tr("Ranking: %1").arg(regionName)});
        // A long tie at the top says nothing name by name.
        const QString top =
            first.size() > 3
                ? tr("%1 departments share the first rank.").arg(locale.toString(first.size()))
                : tr("First: %1.").arg(first.join(QStringLiteral("、")));
        report.blocks.append({ReportBlock::Kind::Paragraph, top});
        report.blocks.append(std::move(table));
        report.blocks.append(ReportBlock::chartOf(ReportSections::rankingChart(
            ranked,
            tr("Dynamic points by part and score, %1, %2").arg(regionName, month.toString()))));
    }

    ReportSections::appendStatusOverview(report, *snapshot, *names);

    report.blocks.append({ReportBlock::Kind::Heading, tr("Late reporters"), {}, {}});
    QString lateText =
        late.isEmpty()
            ? tr("No department was late with its monthly report.")
            : tr("Late with their monthly report: %1.").arg(late.join(QStringLiteral("、")));
    if (pending)
        lateText +=
            QLatin1Char(' ') +
            tr("The month's reports are not all due yet; lateness is judged after the deadline.");
    report.blocks.append({ReportBlock::Kind::Paragraph, lateText});
    if (Status s = ReportSections::appendLaggingWork(report, ws, *snapshot, *names, LaggardLimit);
        !s)
        return s.error();
    return report;
}

Result<ReportLayout> BulletinReport::build(const Workspace &workspace, Month month, Id regionId,
                                           const ReportOptions &options, const QDateTime &now)
{
    auto document = content(workspace, month, regionId, options, now);
    if (!document)
        return document.error();
    return ReportLayout::build(*document, options);
}

} // namespace cp
