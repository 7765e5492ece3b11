#pragma once

#include "domain/Month.h"
#include "domain/Types.h"

#include <QDate>
#include <QMap>

namespace cp {

// A metric with what its status is computed from (ProgressRepository::metricTracks).
struct MetricTrack
{
    Metric metric;
    Id documentId = 0;
    Id regionId = 0;
    int documentYear = 0;
    // The readings of the metric and of the metrics linked to it (the same target in two documents),
    // by month; where two are read for one month the later recorded wins. A whole-year reading
    // ("2023") counts for December.
    QMap<Month, double> readings;
    QMap<Month, double> plan; // planner-set monthly plan (序时计划), if any
};

// A task with what its status is computed from (ProgressRepository::taskTracks).
struct TaskTrack
{
    struct Report
    {
        Month month;
        Id departmentId = 0;
        TaskStatus status = TaskStatus::NotStarted;
        int evidence = 0;
    };

    Id taskId = 0;
    Id documentId = 0;
    Id regionId = 0;
    int documentYear = 0;
    QDate deadline;
    QList<Id> leads;
    QList<Report> reports; // up to the month asked for, oldest first
};

} // namespace cp
