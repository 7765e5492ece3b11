#include "TaskRepository.h"

#include "Database.h"
#include "Query.h"

#include <QHash>

#include <algorithm>

namespace cp {

Result<Id> TaskRepository::insert(const Task &t)
{
    Id id = 0;
    Status status = m_db.transaction([&]() -> Status {
        Query q(m_db, QStringLiteral("INSERT INTO tasks (id, document_id, section_id, position, number, path, title, text, "
                                     "span_start, span_end, deadline, status, notes) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), Query::Reuse);
        q.bind(nullIfZero(t.id), t.documentId, nullIfZero(t.sectionId), t.position, t.number, t.path, t.title, t.text,
               spanStart(t.span), spanEnd(t.span), t.deadline, toCode(t.status), t.notes);
        if (Status s = q.exec(); !s)
            return s;
        id = q.lastInsertId();
        return setDepartments(id, t.departments);
    });
    if (!status)
        return status.error();
    return id;
}

Status TaskRepository::setDepartments(Id taskId, const QList<TaskDepartment> &departments)
{
    return m_db.transaction([&]() -> Status {
        Query clear(m_db, QStringLiteral("DELETE FROM task_departments WHERE task_id = ?"));
        clear.bind(taskId);
        if (Status s = clear.exec(); !s)
            return s;
        int position = 0;
        for (const TaskDepartment &d : departments) {
            Query q(m_db, QStringLiteral("INSERT INTO task_departments (task_id, department_id, role, position) "
                                         "VALUES (?, ?, ?, ?)"), Query::Reuse);
            q.bind(taskId, d.departmentId, toCode(d.role), position++);
            if (Status s = q.exec(); !s)
                return s;
        }
        return {};
    });
}

Status TaskRepository::update(const Task &t)
{
    Query q(m_db, QStringLiteral("UPDATE tasks SET section_id = ?, position = ?, number = ?, path = ?, title = ?, text = ?, "
                                 "span_start = ?, span_end = ?, deadline = ?, status = ?, notes = ? WHERE id = ?"),
            Query::Reuse);
    q.bind(nullIfZero(t.sectionId), t.position, t.number, t.path, t.title, t.text, spanStart(t.span), spanEnd(t.span),
           t.deadline, toCode(t.status), t.notes, t.id);
    return q.execChanging(tr("task %1").arg(t.id));
}

Status TaskRepository::remove(Id taskId)
{
    Query q(m_db, QStringLiteral("DELETE FROM tasks WHERE id = ?"));
    q.bind(taskId);
    return q.execChanging(tr("task %1").arg(taskId));
}

Status TaskRepository::shiftPositions(Id documentId, int from, int delta)
{
    Query q(m_db, QStringLiteral("UPDATE tasks SET position = position + ? WHERE document_id = ? AND position >= ?"));
    q.bind(delta, documentId, from);
    return q.exec();
}

Result<QList<Id>> TaskRepository::tasksOfDepartment(Id departmentId, bool leadOnly) const
{
    Query q(m_db, QStringLiteral("SELECT task_id FROM task_departments WHERE department_id = ?")
                      + (leadOnly ? QStringLiteral(" AND role = 'lead'") : QString()) + QStringLiteral(" ORDER BY task_id"));
    q.bind(departmentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> out;
    while (q.next())
        out.append(q.id(0));
    return out;
}

Result<QList<Task>> TaskRepository::all() const
{
    return select(QStringLiteral("WHERE tasks.id > ?"), 0);
}

Result<QHash<Id, QList<TaskDepartment>>> TaskRepository::departmentsInRegion(Id regionId) const
{
    Query q(m_db, QStringLiteral("SELECT td.task_id, td.department_id, td.role FROM task_departments td "
                                 "JOIN tasks t ON t.id = td.task_id JOIN documents d ON d.id = t.document_id "
                                 "WHERE d.region_id = ? ORDER BY td.task_id, td.position"));
    q.bind(regionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<Id, QList<TaskDepartment>> out;
    while (q.next())
        out[q.id(0)].append({q.id(1), fromCode<Role>(q.text(2)).value_or(Role::Cooperating)});
    return out;
}

Result<Id> TaskRepository::regionOf(Id taskId) const
{
    Query q(m_db, QStringLiteral("SELECT d.region_id FROM tasks t JOIN documents d ON d.id = t.document_id WHERE t.id = ?"));
    q.bind(taskId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.id(0) : Id(0);
}

Result<QHash<Id, QString>> TaskRepository::paths() const
{
    Query q(m_db, QStringLiteral("SELECT id, path FROM tasks"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<Id, QString> out;
    while (q.next())
        out.insert(q.id(0), q.text(1));
    return out;
}

Result<QList<std::pair<Id, QString>>> TaskRepository::withoutLead() const
{
    Query q(m_db, QStringLiteral("SELECT t.id, t.path FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM task_departments td "
                                 "WHERE td.task_id = t.id AND td.role = 'lead') ORDER BY t.document_id, t.position, t.id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<Id, QString>> out;
    while (q.next())
        out.append({q.id(0), q.text(1)});
    return out;
}

Result<QList<Task>> TaskRepository::select(const QString &where, Id bound) const
{
    Query q(m_db, QStringLiteral("SELECT id, document_id, ifnull(section_id, 0), position, number, path, title, text, "
                                 "span_start, span_end, deadline, status, notes FROM tasks ")
                      + where + QStringLiteral(" ORDER BY document_id, position, id"));
    q.bind(bound);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Task> out;
    QHash<Id, qsizetype> index;
    while (q.next()) {
        Task t;
        t.id = q.id(0);
        t.documentId = q.id(1);
        t.sectionId = q.id(2);
        t.position = q.value(3).toInt();
        t.number = q.text(4);
        t.path = q.text(5);
        t.title = q.text(6);
        t.text = q.text(7);
        t.span = q.span(8);
        t.deadline = q.date(10);
        t.status = fromCode<TaskStatus>(q.text(11)).value_or(TaskStatus::NotStarted);
        t.notes = q.text(12);
        index.insert(t.id, out.size());
        out.append(t);
    }
    if (out.isEmpty())
        return out;

    Query links(m_db, QStringLiteral("SELECT td.task_id, td.department_id, td.role FROM task_departments td "
                                     "JOIN tasks ON tasks.id = td.task_id ")
                          + where + QStringLiteral(" ORDER BY td.task_id, td.position"));
    links.bind(bound);
    if (Status s = links.exec(); !s)
        return s.error();
    while (links.next()) {
        const auto it = index.constFind(links.id(0));
        if (it != index.constEnd())
            out[*it].departments.append({links.id(1), fromCode<Role>(links.text(2)).value_or(Role::Cooperating)});
    }
    return out;
}

Result<Task> TaskRepository::get(Id id) const
{
    auto found = select(QStringLiteral("WHERE tasks.id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(tr("task %1 does not exist").arg(id));
    return found->first();
}

Result<QList<Task>> TaskRepository::forDocument(Id documentId) const
{
    return select(QStringLiteral("WHERE tasks.document_id = ?"), documentId);
}

Result<int> TaskRepository::countForDocument(Id documentId) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM tasks WHERE document_id = ?"));
    q.bind(documentId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

namespace {

Result<QHash<Id, int>> counts(Query &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<Id, int> out;
    while (q.next())
        out.insert(q.id(0), q.value(1).toInt());
    return out;
}

} // namespace

Result<QHash<Id, int>> TaskRepository::countsByDocument() const
{
    Query q(m_db, QStringLiteral("SELECT document_id, count(*) FROM tasks GROUP BY document_id"));
    return counts(q);
}

Result<QHash<Id, int>> TaskRepository::countsBySection(Id documentId) const
{
    Query q(m_db, QStringLiteral("SELECT section_id, count(*) FROM tasks WHERE document_id = ? AND section_id IS NOT NULL "
                                 "GROUP BY section_id"));
    q.bind(documentId);
    return counts(q);
}

Result<Id> TaskRepository::link(Id a, Id b, const QString &reason)
{
    if (a == b)
        return Error(tr("a task cannot be linked to itself"));
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO task_links (task_a, task_b, reason) VALUES (?, ?, ?)"));
    q.bind(std::min(a, b), std::max(a, b), reason);
    if (Status s = q.exec(); !s)
        return s.error();
    Query id(m_db, QStringLiteral("SELECT id FROM task_links WHERE task_a = ? AND task_b = ?"));
    id.bind(std::min(a, b), std::max(a, b));
    if (Status s = id.exec(); !s)
        return s.error();
    return id.next() ? id.id(0) : Id(0);
}

Result<QList<TaskLink>> TaskRepository::links() const
{
    Query q(m_db, QStringLiteral("SELECT id, task_a, task_b, reason FROM task_links ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<TaskLink> out;
    while (q.next())
        out.append({q.id(0), q.id(1), q.id(2), q.text(3)});
    return out;
}

Result<QList<TaskLink>> TaskRepository::linksOf(Id taskId) const
{
    Query q(m_db, QStringLiteral("SELECT id, task_a, task_b, reason FROM task_links WHERE task_a = ? OR task_b = ? ORDER BY id"));
    q.bind(taskId, taskId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<TaskLink> out;
    while (q.next())
        out.append({q.id(0), q.id(1), q.id(2), q.text(3)});
    return out;
}

Status TaskRepository::restoreLink(const TaskLink &link)
{
    Query q(m_db, QStringLiteral("INSERT INTO task_links (id, task_a, task_b, reason) VALUES (?, ?, ?, ?)"));
    q.bind(link.id, link.taskA, link.taskB, link.reason);
    return q.exec();
}

Result<int> TaskRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM tasks"));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace cp
