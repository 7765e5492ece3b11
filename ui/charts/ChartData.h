#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "domain/Types.h"
#include "progress/DispatchScore.h"
#include "progress/ProgressStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace cp {
class Workspace;
}

namespace cp::ui {

enum class ChartKind {
    Progress, // targets toward their goals (目标进度)
    Trend,    // one target's months against its path (序时进度)
    Ranking,  // the month's dispatch ranking (调度排名)
    HeatMap,  // departments × months
    Overview  // tasks by status per section, or per document of the region
};

// What a chart shows. Unset ids widen the scope: no document shows the region's documents, no
// region the first region with documents.
struct ChartRequest
{
    ChartKind kind = ChartKind::Progress;
    Month month;          // invalid (default): the latest month anything was reported for
    Id regionId = 0;
    Id documentId = 0;
    Id sectionId = 0;
    Id departmentId = 0;  // Progress: the targets of the tasks it leads
    QList<Id> metricIds;  // Trend: the targets, one series each (linked ones read as one)
    bool scoreHeatMap = true; // HeatMap: dispatch scores; false: the departments' statuses
    int heatMapMonths = 12;   // HeatMap: the months up to the chart's month

    friend bool operator==(const ChartRequest &, const ChartRequest &) = default;
};

// One bar of the target progress chart.
struct ProgressBar
{
    Id metricId = 0;
    Id taskId = 0;
    QString label;       // 新建5G基站 (the task's number before it where it helps)
    QString valueText;   // 96座, "—" when not read
    QString targetText;  // 160座, 1.5万亩
    std::optional<double> value;
    double share = 0;    // the way from the baseline (else 0) to the target, in percent
    std::optional<double> expectedShare; // where the path puts the month, in percent
    ProgressState state = ProgressState::NotReported;
};

// One target over the months.
struct TrendLine
{
    Id metricId = 0;
    QString label;
    QString unit;
    double target = 0;
    Month start, end;
    QMap<Month, double> readings; // with those of linked targets
    QMap<Month, double> expected; // the path, month by month
    std::optional<double> forecast; // at the end of the period
    bool forecastMisses = false;
};

struct RankingRow
{
    DepartmentScore score;
    std::optional<int> previousRank; // last month's, when it was ranked then
    double base = 0, progress = 0, completion = 0, bonus = 0, penalties = 0; // penalties ≤ 0
};

struct HeatCell
{
    std::optional<double> score;          // score heat maps
    std::optional<ProgressState> state;   // status heat maps
};

struct HeatRow
{
    Id departmentId = 0;
    QString department;
    QList<HeatCell> cells; // one per month
};

struct OverviewRow
{
    Id id = 0; // the section, or the document
    QString label;
    QMap<ProgressState, int> tasks;
    int done = 0;
    int total = 0;
};

// What a chart shows, read from the workspace by the same code the tables use (statuses from
// ProgressStatus, scores from DispatchScoring).
struct ChartData
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::ChartData)

public:
    ChartRequest request; // with the month and region resolved
    QString title;
    QString subtitle;
    QList<ProgressBar> bars;
    QList<TrendLine> trends;
    QList<RankingRow> ranking;
    QList<Month> months; // heat map columns
    QList<HeatRow> heat;
    QList<OverviewRow> overview;

    bool isEmpty() const;
    // What to say instead of a chart when there is nothing to draw.
    QString emptyText() const;

    static Result<ChartData> load(const Workspace &workspace, const ChartRequest &request,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The month a chart shows when none is asked for: the latest month reported, else December
    // of the latest document's year, else the current month.
    static Month defaultMonth(const Workspace &workspace);
    // The department's state in a month: the middle of its targets' and tasks' states.
    static std::optional<ProgressState> departmentState(const QList<ProgressState> &states);
    static QString kindName(ChartKind kind);
    static QString kindCode(ChartKind kind); // "progress", "trend" …
    static std::optional<ChartKind> kindFromCode(const QString &code);
};

} // namespace cp::ui
