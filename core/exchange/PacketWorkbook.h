#pragma once

#include "domain/Month.h"
#include "domain/Types.h"
#include "progress/ProgressStatus.h"

#include <QDateTime>
#include <QHash>

#include <optional>
#include <xlsxwriter.h>

// The workbook of a report packet, as ReportPackets::write fills it (PacketWorkbook.cpp).
namespace cp::packet {

// A task row: the task and the department's part in it.
struct TaskRow
{
    Task task;
    Role role = Role::Lead;
};

// What one department's packet lists.
struct PacketContent
{
    Department department;
    QString region;        // as RegionNames references it
    QList<TaskRow> tasks;  // lead first, then cooperating, each in document order
    QList<Metric> metrics; // of the tasks it leads
};

// Everything the packets of a month read from the workspace, loaded once.
struct MonthData
{
    Month month;
    QString workspaceId;
    QDateTime deadline;
    QHash<Id, Document> documents;
    QHash<Id, QString> taskPaths;
    QHash<std::pair<Id, Id>, TaskReport> reports;     // (task, department) → the month's report
    QHash<std::pair<Id, Id>, TaskReport> lastReports; // … and last month's
    QHash<Id, Reading> readings;                      // metric → the month's own reading
    QHash<Id, MetricAssessment> assessments;          // metric → where it stands in the month
    QHash<Id, std::optional<double>> lastValues;      // metric → last month's value
    QHash<QString, QString> evidenceNames;            // SHA-256 → file name
};

// Adds the sheets to the workbook: instructions, tasks, targets and the hidden countyplan sheet
// (protected; a department that unhides and changes it is refused on collecting). Returns the
// first error.
lxw_error buildWorkbook(lxw_workbook *workbook, const PacketContent &content,
                        const MonthData &data);

} // namespace cp::packet
