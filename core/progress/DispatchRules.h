#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>

namespace cp {

class Workspace;

// Points for one kind of dispatch event (调度加减分项).
struct EventRule
{
    double points = 0;
    double monthlyCap = 0;         // the most the kind adds in a month; 0: no cap
    bool evidenceRequired = false; // only events with evidence (印证材料) count

    friend bool operator==(const EventRule &, const EventRule &) = default;
};

// The monthly dispatch (月调度) rules of a workspace as data, so a county with other weights changes
// them without code. The defaults are 002's 调度办法: base 100; task progress, completion and
// completed-task progress each worth 10 × their share of the department's annual tasks; commendations
// +10/+5/+3, criticisms −10/−5/−3, adopted suggestions +5, seminars +5 (≤ +10 a month), regional
// exchanges with evidence +5 (≤ +15 a month), late or inaccurate reports −5; reports due on the 25th.
struct DispatchRules
{
    Q_DECLARE_TR_FUNCTIONS(cp::DispatchRules)

public:
    double base = 100;
    double progressPoints = 10;          // 当月任务推进得分 = 有成果或实际成效任务占比 × 10
    double completionPoints = 10;        // 当月任务办结得分 = 办结任务数占比 × 10
    double completedProgressPoints = 10; // 当月已办结任务推进得分 = 有成果或实际成效办结任务占比 × 10
    bool leadOnly = false;               // annual tasks: those a department leads, or (default) every role
    bool evidenceRequired = true;        // a task report counts only with evidence

    std::array<EventRule, 3> commendation; // central, provincial, municipal
    std::array<EventRule, 3> criticism;
    EventRule adoptedSuggestion;
    EventRule seminar;
    EventRule exchange;
    EventRule lateReport;
    EventRule inaccurateReport;

    int reportDeadlineDay = 25; // 每月25日前: a report submitted later, or missing then, is late
    bool automaticLate = true;  // count a missing or late monthly report without a recorded event

    // A metric below this share of its expected progress (序时进度) is at risk, between it and
    // the expected progress behind.
    double atRiskBelow = 0.8;

    DispatchRules();

    // The rule for an event; commendations and criticisms without a level count nothing.
    EventRule rule(EventKind kind, EventLevel level) const;

    QJsonObject toJson() const;
    // Keys left out keep their defaults; an unknown key or a wrong value is refused, naming it.
    static Result<DispatchRules> fromJson(const QJsonObject &json);

    // The workspace's rules (its metadata "dispatch_rules"), the defaults when it has none.
    static Result<DispatchRules> load(const Workspace &workspace);
    Status save(Workspace &workspace) const;

    friend bool operator==(const DispatchRules &, const DispatchRules &) = default;
};

} // namespace cp
