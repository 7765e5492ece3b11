#include "ProgressSnapshot.h"

#include "storage/Workspace.h"

#include <algorithm>

namespace cp {

namespace {

// How far along its path a target is: its value over the expected one (0 when not read).
double pathShare(const MetricAssessment &a)
{
    return a.value && a.expected && *a.expected != 0 ? *a.value / *a.expected : 0;
}

} // namespace

Result<ProgressSnapshot> ProgressSnapshot::load(const Workspace &ws, Month month, Id regionId)
{
    auto rules = DispatchRules::load(ws);
    auto metrics = ws.progress().metricTracks(month, regionId);
    auto tasks = ws.progress().taskTracks(month, regionId);
    for (const Status &s : {toStatus(rules), toStatus(metrics), toStatus(tasks)}) {
        if (!s)
            return s.error();
    }
    return assess(*metrics, *tasks, month, *rules);
}

ProgressSnapshot ProgressSnapshot::assess(const QList<MetricTrack> &metrics,
                                          const QList<TaskTrack> &tasks, Month month,
                                          const DispatchRules &rules)
{
    ProgressSnapshot snapshot;
    snapshot.month = month;
    snapshot.targets.reserve(metrics.size());
    QHash<Id, QList<MetricAssessment>> byTask;
    for (const MetricTrack &t : metrics) {
        const MetricAssessment a = ProgressStatus::assess(t, month, rules);
        byTask[t.metric.taskId].append(a);
        snapshot.targets.append({t, a});
    }
    snapshot.tasks.reserve(tasks.size());
    for (const TaskTrack &t : tasks)
        snapshot.tasks.append({t, ProgressStatus::assess(t, byTask.value(t.taskId), month)});
    return snapshot;
}

QList<const ProgressSnapshot::Target *> ProgressSnapshot::laggingTargets() const
{
    QList<const Target *> lagging;
    for (const Target &t : targets) {
        const MetricAssessment &a = t.assessment;
        if (a.state == ProgressState::AtRisk ||
            (a.forecastMisses && a.state != ProgressState::Done &&
             a.state != ProgressState::NotDue))
            lagging.append(&t);
    }
    std::stable_sort(lagging.begin(), lagging.end(), [](const Target *a, const Target *b) {
        return pathShare(a->assessment) < pathShare(b->assessment);
    });
    return lagging;
}

QList<const ProgressSnapshot::TaskState *> ProgressSnapshot::overdueTasks() const
{
    QList<const TaskState *> overdue;
    for (const TaskState &t : tasks) {
        if (t.assessment.overdue)
            overdue.append(&t);
    }
    return overdue;
}

QHash<Id, TaskAssessment> ProgressSnapshot::taskStates() const
{
    QHash<Id, TaskAssessment> states;
    states.reserve(tasks.size());
    for (const TaskState &t : tasks)
        states.insert(t.track.taskId, t.assessment);
    return states;
}

} // namespace cp
