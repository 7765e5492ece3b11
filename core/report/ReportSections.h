#pragma once

#include "ReportLayout.h"
#include "domain/Types.h"
#include "progress/DispatchInput.h"
#include "progress/DispatchScore.h"
#include "progress/ProgressSnapshot.h"

#include <QHash>
#include <QSet>

namespace cp {

class Workspace;

// What happened in a month's dispatch: its input, and the counts a bulletin's summary gives.
struct MonthActivity
{
    Month month;
    DispatchInput input;
    int readings = 0; // targets read for the month
    QSet<Id> reportingDepartments;
    QSet<Id> reportedTasks;
    QSet<Id> completedNow; // tasks reported 已办结 for the first time

    // Nobody reported, read or was commended: nothing to rank, every score would be the base.
    bool isEmpty() const
    {
        return input.reports.isEmpty() && input.events.isEmpty() && readings == 0;
    }
    static Result<MonthActivity> load(const Workspace &workspace, Month month, Id regionId);
};

// The parts the bulletins share: the ranking as a chart, where the region's tasks and targets
// stand, and who and what lags behind.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(cp::ReportSections)

public:
    // Names the sections need, read once.
    struct Names
    {
        QHash<Id, QString> documents;   // document → title
        QHash<Id, QString> departments; // department → name
        QHash<Id, QString> regions;     // region → name
        static Result<Names> load(const Workspace &workspace);
    };

    // One region's ranking in rank order: stacked bars of the dynamic points (all but the base,
    // which is everyone's), the total score after each.
    static ReportChart rankingChart(const QList<DepartmentScore> &scores, const QString &title);

    // "Of the 38 targets: 5 done, 20 on track …" and the tasks by status per document, as a chart.
    static void appendStatusOverview(ReportDocument &report, const ProgressSnapshot &snapshot,
                                     const Names &names);
    // Targets at risk or missing by the trend (the limit furthest behind, 0: all, saying how many
    // were left out), and tasks past their deadline, as tables or a sentence saying there are none.
    static Status appendLaggingWork(ReportDocument &report, const Workspace &workspace,
                                    const ProgressSnapshot &snapshot, const Names &names,
                                    qsizetype limit = 0);

    static QStringList laggingTargetColumnTitles();
    static QStringList overdueTaskColumnTitles();
    // The states a status overview counts, best first.
    static QList<ProgressState> overviewStates();
};

} // namespace cp
