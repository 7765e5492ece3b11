#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QHash>

namespace cp {

class Database;

// One row of task_departments.
struct TaskLinkRow
{
    Id taskId = 0;
    Id departmentId = 0;
    Role role = Role::Cooperating;
    int position = 0;
};

// What a department merge changed, so that it can be undone exactly.
struct DepartmentMerge
{
    Department from; // the department that disappeared, with its aliases
    Id into = 0;
    QList<TaskLinkRow> fromLinks; // rows of `from` before the merge
    QList<TaskLinkRow> intoLinks; // rows of `into` on the same tasks before the merge
    QList<Id> readings;
    QList<Id> reports;
    QList<Id> events;
};

struct DepartmentTaskCount
{
    int lead = 0;
    int cooperating = 0;
};

// Departments of a region, with the other names the documents use for them.
class DepartmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(cp::DepartmentRepository)

public:
    explicit DepartmentRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<Department>> all() const;
    Result<QList<Department>> forRegion(Id regionId) const;
    Result<Department> get(Id id) const;
    // The department whose name or alias is nameOrAlias in the region, or 0.
    Result<Id> resolve(Id regionId, const QString &nameOrAlias) const;
    // A new department; fails when the name is already a department or alias in the region.
    // id is used when non-zero (redo of an undone creation gives back the same department).
    Result<Id> insert(Id regionId, const QString &name, Id id = 0);
    // Deletes a department no task, reading, report or event names.
    Status remove(Id departmentId);
    Status addAlias(Id departmentId, const QString &alias);
    Status removeAlias(Id departmentId, const QString &alias);
    Status rename(Id departmentId, const QString &newName);
    // Moves every task link, reading, report, event and alias of `from` to `into`; from's
    // name becomes an alias of into. Both must belong to one region.
    Result<DepartmentMerge> merge(Id from, Id into);
    Status unmerge(const DepartmentMerge &merge);
    Result<QHash<Id, DepartmentTaskCount>> taskCounts(Id regionId) const;

private:
    Result<QList<Department>> select(const QString &where, const QVariant &bound) const;
    Status checkNameFree(Id regionId, const QString &name, Id except) const;

    Database &m_db;
};

} // namespace cp
