#pragma once

#include "domain/Enums.h"
#include "domain/Month.h"
#include "domain/Types.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace cp {

// What the monthly dispatch of one month reads from a workspace (ProgressRepository::dispatchInput):
// plain data, so the scoring can be tested with hand-made inputs.
struct DispatchInput
{
    struct Department
    {
        Id id = 0;
        Id regionId = 0;
        QString name;
    };
    // A department's responsibility for a task of the year's documents (its annual tasks, 年度任务).
    struct Assignment
    {
        Id taskId = 0;
        Id departmentId = 0;
        Role role = Role::Lead;
    };
    // A department's report on a task for the month.
    struct Report
    {
        Id id = 0;
        Id taskId = 0;
        Id departmentId = 0;
        TaskStatus status = TaskStatus::NotStarted;
        QDateTime submittedAt;
        int evidence = 0; // attached evidence files
    };
    struct Event
    {
        Id id = 0;
        Id departmentId = 0;
        EventKind kind = EventKind::Commendation;
        EventLevel level = EventLevel::None;
        QDate date;
        QString note;
        int evidence = 0;
    };

    Month month;
    QList<Department> departments;
    QList<Assignment> assignments;
    QList<Report> reports;              // of the month
    QHash<Id, Month> completedBefore;   // task → the first month it was reported completed, if before the month
    QList<Event> events;                // of the month
    QHash<Id, QString> taskLabels;      // task → "二.（三） 加快产业融合发展", for explanations
};

} // namespace cp
