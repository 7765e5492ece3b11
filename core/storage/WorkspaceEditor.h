#pragma once

#include "domain/Result.h"
#include "domain/Types.h"
#include "storage/DepartmentRepository.h"

#include <QCoreApplication>

namespace cp {

class Workspace;

// Everything a task takes with it when deleted, so that undo restores the same rows.
struct TaskSnapshot
{
    Task task; // with its departments
    QList<Metric> metrics;
    QList<Reading> readings;
    QList<TaskReport> reports;
    QList<TaskLink> taskLinks;
    QList<MetricLink> metricLinks;
};

struct MetricSnapshot
{
    Metric metric;
    QList<Reading> readings;
    QList<MetricLink> links;
};

// The changes a planner makes to a workspace. Each call is one transaction, is recorded in the
// audit log (who, when, what, old and new value) and, once committed, emits the Workspace signal
// that says exactly what changed. Undo commands (ui/commands) call the same functions backwards.
class WorkspaceEditor
{
    Q_DECLARE_TR_FUNCTIONS(cp::WorkspaceEditor)

public:
    explicit WorkspaceEditor(Workspace &workspace);

    // Writes after's own fields (not departments); audits each field that differs from before.
    Status updateTask(const Task &before, const Task &after);
    Status setTaskDepartments(Id taskId, const QList<TaskDepartment> &before, const QList<TaskDepartment> &after);
    // Inserts at task.position (later tasks move down); returns the stored task with its id.
    Result<Task> insertTask(Task task);
    Result<TaskSnapshot> removeTask(Id taskId);
    Status restoreTask(const TaskSnapshot &snapshot);
    // Exchanges the positions of two tasks of one document (moving a task up or down).
    Status swapTasks(Id a, Id b);

    Status updateMetric(const Metric &before, const Metric &after);
    Result<Metric> insertMetric(Metric metric);
    Result<MetricSnapshot> removeMetric(Id metricId);
    Status restoreMetric(const MetricSnapshot &snapshot);

    // id is used when non-zero (redo recreates the same department).
    Result<Id> addDepartment(Id regionId, const QString &name, Id id = 0);
    Status removeDepartment(Id departmentId);
    Result<DepartmentMerge> mergeDepartments(Id from, Id into);
    Status unmergeDepartments(const DepartmentMerge &merge);
    Status renameDepartment(Id departmentId, const QString &from, const QString &to);
    Status addAlias(Id departmentId, const QString &alias);
    Status removeAlias(Id departmentId, const QString &alias);

    // How the audit log writes a task's departments: "lead: 县发改局; cooperating: 县财政局、县住建局".
    QString describeDepartments(const QList<TaskDepartment> &departments) const;

private:
    Workspace &m_ws;
};

} // namespace cp
