#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QHash>

namespace cp {

class Database;

// Tasks with their responsible departments (牵头 / 配合).
class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(cp::TaskRepository)

public:
    explicit TaskRepository(Database &db)
        : m_db(db)
    {}

    // Inserts the task and its department links; task.id is used when non-zero (undo of a delete).
    Result<Id> insert(const Task &task);
    Result<Task> get(Id id) const;
    // All tasks of a document in order, with departments.
    Result<QList<Task>> forDocument(Id documentId) const;
    Result<int> countForDocument(Id documentId) const;
    Result<int> count() const;
    // Task counts per document, and per section of one document (tasks directly in the section).
    Result<QHash<Id, int>> countsByDocument() const;
    Result<QHash<Id, int>> countsBySection(Id documentId) const;
    Status setDepartments(Id taskId, const QList<TaskDepartment> &departments);
    // Writes the task's own fields (section, position, number, path, title, text, span, deadline,
    // status, notes); departments are set with setDepartments.
    Status update(const Task &task);
    // Deletes the task; its metrics, readings, reports and links go with it (ON DELETE CASCADE).
    Status remove(Id taskId);
    // Moves positions >= from in a document by delta (making or closing a gap).
    Status shiftPositions(Id documentId, int from, int delta);
    // Every task and department link that names the department (for counts and filters).
    Result<QList<Id>> tasksOfDepartment(Id departmentId, bool leadOnly) const;
    // All tasks of the workspace in document order, with departments.
    Result<QList<Task>> all() const;
    // The department links of every task in the region's documents, in each task's order: what a
    // view needs again after the region's departments were renamed or merged.
    Result<QHash<Id, QList<TaskDepartment>>> departmentsInRegion(Id regionId) const;
    // The region of the task's document (0 when the task does not exist).
    Result<Id> regionOf(Id taskId) const;
    // Every task's path (一.（三）) by id, without reading the tasks.
    Result<QHash<Id, QString>> paths() const;
    // Tasks no unit leads, in document order (id, path): the problems list.
    Result<QList<std::pair<Id, QString>>> withoutLead() const;

    Result<Id> link(Id a, Id b, const QString &reason);
    Result<QList<TaskLink>> links() const;
    Result<QList<TaskLink>> linksOf(Id taskId) const;
    // Restores a link with its id (undo of a delete).
    Status restoreLink(const TaskLink &link);

private:
    Result<QList<Task>> select(const QString &where, Id bound) const;

    Database &m_db;
};

} // namespace cp
