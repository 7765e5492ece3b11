#pragma once

#include "ProgressStatus.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>

namespace cp {

class Workspace;

// Where every target and task of a region stands in a month (ProgressStatus), read and assessed
// once: what the ledger's statuses, the bulletins' overviews and the laggards are made of.
struct ProgressSnapshot
{
    struct Target
    {
        MetricTrack track;
        MetricAssessment assessment;
    };
    struct TaskState
    {
        TaskTrack track;
        TaskAssessment assessment;
    };

    Month month;
    QList<Target> targets;  // in the repository's order (document, task, metric)
    QList<TaskState> tasks; // in document order

    // regionId 0: every region.
    static Result<ProgressSnapshot> load(const Workspace &workspace, Month month, Id regionId);
    static ProgressSnapshot assess(const QList<MetricTrack> &metrics, const QList<TaskTrack> &tasks,
                                   Month month, const DispatchRules &rules);

    // Targets at risk, or not done and missing by the trend; the furthest behind their path first.
    QList<const Target *> laggingTargets() const;
    // Tasks past their deadline and not done, in document order.
    QList<const TaskState *> overdueTasks() const;
    // task → its assessment.
    QHash<Id, TaskAssessment> taskStates() const;
};

} // namespace cp
