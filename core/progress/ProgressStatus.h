#pragma once

#include "DispatchRules.h"
#include "Tracks.h"

#include <QCoreApplication>

#include <optional>

namespace cp {

// Where a metric or task stands in a month, best first.
enum class ProgressState {
    Done,        // 已完成: the target is reached (or the task reported 已办结)
    OnTrack,     // 正常: at or ahead of the expected path (序时进度)
    Behind,      // 滞后: below the path, but not by much
    AtRisk,      // 严重滞后: well below the path, over a cap, or past the deadline
    NotReported, // 未报送: no reading (or report) for the month
    NotDue       // 未开始: the month is before the target's period
};

struct MetricAssessment
{
    ProgressState state = ProgressState::NotReported;
    Month start, end;                // the target's period, January of its first year to December of its last
    std::optional<double> value;     // read for the month
    std::optional<double> expected;  // where the path puts the month (the target itself for rates and caps)
    double elapsed = 0;              // share of the period gone by the end of the month
    std::optional<double> forecast;  // the end-of-period value the trend of the readings leads to
    bool forecastMisses = false;     // … and it falls short of the target
};

struct TaskAssessment
{
    ProgressState state = ProgressState::NotReported;
    std::optional<TaskStatus> reported; // the latest status reported up to the month
    std::optional<Month> completed;     // the month it was first reported 已办结
    bool overdue = false;               // its deadline passed and it is not done
};

// Status of metrics and tasks against the expected path. ≥ targets (and = and ~) are met when the
// value reaches the target, and are on the path while the share of the way from the start (the
// baseline, else 0, else for a ratio its first reading) keeps up with the share of the period
// elapsed, or with the planner's monthly plan; ≤ targets with no higher baseline are caps, on track
// while under; growth rates (增长 %, measured against the base year) are compared as they are read.
class ProgressStatus
{
    Q_DECLARE_TR_FUNCTIONS(cp::ProgressStatus)

public:
    static MetricAssessment assess(const MetricTrack &track, Month month, const DispatchRules &rules);
    // metrics: the assessments of the task's own metrics for the same month.
    static TaskAssessment assess(const TaskTrack &track, const QList<MetricAssessment> &metrics, Month month);

    // The target's period: January of its first year to December of its last.
    static std::pair<Month, Month> period(const MetricTrack &track, Month fallback);

    static QString name(ProgressState state);
    static QString code(ProgressState state); // "done", "on_track" … for JSON and CSV
};

} // namespace cp
