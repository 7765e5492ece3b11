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

    Result<Id> link(Id a, Id b, const QString &reason);
    Result<QList<TaskLink>> links() const;

private:
    Result<QList<Task>> select(const QString &where, Id bound) const;

    Database &m_db;
};

} // namespace cp
