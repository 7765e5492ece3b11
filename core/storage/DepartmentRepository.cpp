#include "DepartmentRepository.h"

#include "Database.h"
#include "Query.h"

namespace cp {

Result<QList<Department>> DepartmentRepository::select(const QString &where, const QVariant &bound) const
{
    Query q(m_db, QStringLiteral("SELECT d.id, d.region_id, d.name, a.alias FROM departments d "
                                 "LEFT JOIN department_aliases a ON a.department_id = d.id ")
                      + where + QStringLiteral(" ORDER BY d.id, a.id"));
    if (bound.isValid())
        q.bind(bound);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Department> out;
    while (q.next()) {
        const Id id = q.id(0);
        if (out.isEmpty() || out.last().id != id) {
            Department d;
            d.id = id;
            d.regionId = q.id(1);
            d.name = q.text(2);
            out.append(d);
        }
        if (!q.value(3).isNull())
            out.last().aliases.append(q.text(3));
    }
    return out;
}

Result<QList<Department>> DepartmentRepository::all() const
{
    return select(QString(), QVariant());
}

Result<QList<Department>> DepartmentRepository::forRegion(Id regionId) const
{
    return select(QStringLiteral("WHERE d.region_id = ?"), regionId);
}

Result<Department> DepartmentRepository::get(Id id) const
{
    auto found = select(QStringLiteral("WHERE d.id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(tr("department %1 does not exist").arg(id));
    return found->first();
}

Result<Id> DepartmentRepository::resolve(Id regionId, const QString &nameOrAlias) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM departments WHERE region_id = ? AND name = ? "
                                 "UNION ALL "
                                 "SELECT department_id FROM department_aliases WHERE region_id = ? AND alias = ?"));
    q.bind(regionId, nameOrAlias, regionId, nameOrAlias);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.id(0) : Id(0);
}

Status DepartmentRepository::checkNameFree(Id regionId, const QString &name, Id except) const
{
    if (name.trimmed().isEmpty())
        return Error(tr("a department needs a name"));
    auto existing = resolve(regionId, name);
    if (!existing)
        return existing.error();
    if (*existing && *existing != except) {
        auto other = get(*existing);
        const QString otherName = other ? other->name : name;
        if (otherName == name)
            return Error(tr("“%1” is already a department of this region").arg(name));
        return Error(tr("“%1” is already another name of “%2”").arg(name, otherName));
    }
    return {};
}

Result<Id> DepartmentRepository::insert(Id regionId, const QString &name, Id id)
{
    if (Status s = checkNameFree(regionId, name, 0); !s)
        return s.error();
    Query q(m_db, QStringLiteral("INSERT INTO departments (id, region_id, name) VALUES (?, ?, ?)"));
    q.bind(nullIfZero(id), regionId, name);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Status DepartmentRepository::remove(Id departmentId)
{
    Query used(m_db, QStringLiteral("SELECT (SELECT count(*) FROM task_departments WHERE department_id = ?) + "
                                    "(SELECT count(*) FROM task_reports WHERE department_id = ?) + "
                                    "(SELECT count(*) FROM dispatch_events WHERE department_id = ?)"));
    used.bind(departmentId, departmentId, departmentId);
    if (Status s = used.exec(); !s)
        return s;
    if (used.next() && used.value(0).toInt() > 0)
        return Error(tr("department %1 is still named by tasks or reports").arg(departmentId));
    Query q(m_db, QStringLiteral("DELETE FROM departments WHERE id = ?"));
    q.bind(departmentId);
    return q.execChanging(tr("department %1").arg(departmentId));
}

Status DepartmentRepository::addAlias(Id departmentId, const QString &alias)
{
    auto dept = get(departmentId);
    if (!dept)
        return dept.error();
    if (alias == dept->name || dept->aliases.contains(alias))
        return {};
    if (Status s = checkNameFree(dept->regionId, alias, departmentId); !s)
        return s;
    Query q(m_db, QStringLiteral("INSERT INTO department_aliases (department_id, region_id, alias) VALUES (?, ?, ?)"));
    q.bind(departmentId, dept->regionId, alias);
    return q.exec();
}

Status DepartmentRepository::removeAlias(Id departmentId, const QString &alias)
{
    Query q(m_db, QStringLiteral("DELETE FROM department_aliases WHERE department_id = ? AND alias = ?"));
    q.bind(departmentId, alias);
    return q.execChanging(tr("alias “%1”").arg(alias));
}

Status DepartmentRepository::rename(Id departmentId, const QString &newName)
{
    auto dept = get(departmentId);
    if (!dept)
        return dept.error();
    if (dept->name == newName)
        return {};
    if (dept->aliases.contains(newName)) {
        // Promoting an alias to the name: the old name becomes the alias.
        return m_db.transaction([&]() -> Status {
            Query swap(m_db, QStringLiteral("UPDATE department_aliases SET alias = ? WHERE department_id = ? AND alias = ?"));
            swap.bind(QStringLiteral("\x01") + dept->name, departmentId, newName);
            if (Status s = swap.exec(); !s)
                return s;
            Query q(m_db, QStringLiteral("UPDATE departments SET name = ? WHERE id = ?"));
            q.bind(newName, departmentId);
            if (Status s = q.exec(); !s)
                return s;
            Query fix(m_db, QStringLiteral("UPDATE department_aliases SET alias = ? WHERE department_id = ? AND alias = ?"));
            fix.bind(dept->name, departmentId, QStringLiteral("\x01") + dept->name);
            return fix.exec();
        });
    }
    if (Status s = checkNameFree(dept->regionId, newName, departmentId); !s)
        return s;
    Query q(m_db, QStringLiteral("UPDATE departments SET name = ? WHERE id = ?"));
    q.bind(newName, departmentId);
    return q.execChanging(tr("department “%1”").arg(dept->name));
}

namespace {

Result<QList<TaskLinkRow>> linksOf(Database &db, const QString &sql, Id a, Id b = 0)
{
    Query q(db, sql);
    q.bind(a);
    if (b)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<TaskLinkRow> out;
    while (q.next())
        out.append({q.id(0), q.id(1), fromCode<Role>(q.text(2)).value_or(Role::Cooperating), q.value(3).toInt()});
    return out;
}

Result<QList<Id>> idsOf(Database &db, const QString &sql, Id departmentId)
{
    Query q(db, sql);
    q.bind(departmentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> out;
    while (q.next())
        out.append(q.id(0));
    return out;
}

Status execBound(Database &db, const QString &sql, const QVariantList &values)
{
    Query q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    return q.exec();
}

} // namespace

Result<DepartmentMerge> DepartmentRepository::merge(Id from, Id into)
{
    if (from == into)
        return Error(tr("a department cannot be merged into itself"));
    auto fromDept = get(from);
    if (!fromDept)
        return fromDept.error();
    auto intoDept = get(into);
    if (!intoDept)
        return intoDept.error();
    if (fromDept->regionId != intoDept->regionId) {
        return Error(tr("“%1” and “%2” belong to different regions and cannot be merged")
                         .arg(fromDept->name, intoDept->name));
    }

    DepartmentMerge record;
    record.from = *fromDept;
    record.into = into;
    Status status = m_db.transaction([&]() -> Status {
        Query clash(m_db, QStringLiteral("SELECT t.path, a.period FROM task_reports a JOIN task_reports b "
                                         "ON a.task_id = b.task_id AND a.period = b.period JOIN tasks t ON t.id = a.task_id "
                                         "WHERE a.department_id = ? AND b.department_id = ? ORDER BY a.period, t.id LIMIT 1"));
        clash.bind(from, into);
        if (Status s = clash.exec(); !s)
            return s;
        if (clash.next()) {
            return Error(tr("“%1” and “%2” both reported task %3 for %4; remove one report before merging")
                             .arg(fromDept->name, intoDept->name, clash.text(0), clash.text(1)));
        }
        auto fromLinks = linksOf(m_db, QStringLiteral("SELECT task_id, department_id, role, position FROM task_departments "
                                                      "WHERE department_id = ? ORDER BY task_id"), from);
        if (!fromLinks)
            return fromLinks.error();
        record.fromLinks = *fromLinks;
        auto intoLinks = linksOf(m_db, QStringLiteral("SELECT task_id, department_id, role, position FROM task_departments "
                                                      "WHERE department_id = ? AND task_id IN (SELECT task_id "
                                                      "FROM task_departments WHERE department_id = ?) ORDER BY task_id"),
                                 into, from);
        if (!intoLinks)
            return intoLinks.error();
        record.intoLinks = *intoLinks;
        auto readings = idsOf(m_db, QStringLiteral("SELECT id FROM readings WHERE department_id = ?"), from);
        auto reports = idsOf(m_db, QStringLiteral("SELECT id FROM task_reports WHERE department_id = ?"), from);
        auto events = idsOf(m_db, QStringLiteral("SELECT id FROM dispatch_events WHERE department_id = ?"), from);
        if (!readings || !reports || !events)
            return !readings ? readings.error() : !reports ? reports.error() : events.error();
        record.readings = *readings;
        record.reports = *reports;
        record.events = *events;

        const QVariantList both{from, into};
        const QList<QPair<QString, QVariantList>> steps{
            // A task both departments share keeps one link, lead if either was lead.
            {QStringLiteral("UPDATE task_departments SET role = 'lead' WHERE department_id = ? AND role = 'cooperating' "
                            "AND task_id IN (SELECT task_id FROM task_departments WHERE department_id = ? AND role = 'lead')"),
             {into, from}},
            {QStringLiteral("DELETE FROM task_departments WHERE department_id = ? AND task_id IN "
                            "(SELECT task_id FROM task_departments WHERE department_id = ?)"),
             both},
            {QStringLiteral("UPDATE task_departments SET department_id = ? WHERE department_id = ?"), {into, from}},
            {QStringLiteral("UPDATE readings SET department_id = ? WHERE department_id = ?"), {into, from}},
            {QStringLiteral("UPDATE task_reports SET department_id = ? WHERE department_id = ?"), {into, from}},
            {QStringLiteral("UPDATE dispatch_events SET department_id = ? WHERE department_id = ?"), {into, from}},
            {QStringLiteral("UPDATE department_aliases SET department_id = ? WHERE department_id = ?"), {into, from}},
            {QStringLiteral("DELETE FROM departments WHERE id = ?"), {from}},
            {QStringLiteral("INSERT INTO department_aliases (department_id, region_id, alias) VALUES (?, ?, ?)"),
             {into, fromDept->regionId, fromDept->name}},
        };
        for (const auto &[sql, values] : steps) {
            if (Status s = execBound(m_db, sql, values); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    return record;
}

Status DepartmentRepository::unmerge(const DepartmentMerge &merge)
{
    const Id from = merge.from.id;
    const Id into = merge.into;
    return m_db.transaction([&]() -> Status {
        const QList<QPair<QString, QVariantList>> steps{
            {QStringLiteral("DELETE FROM department_aliases WHERE department_id = ? AND alias = ?"), {into, merge.from.name}},
            {QStringLiteral("INSERT INTO departments (id, region_id, name) VALUES (?, ?, ?)"),
             {from, merge.from.regionId, merge.from.name}},
        };
        for (const auto &[sql, values] : steps) {
            if (Status s = execBound(m_db, sql, values); !s)
                return s;
        }
        for (const QString &alias : merge.from.aliases) {
            if (Status s = execBound(m_db, QStringLiteral("UPDATE department_aliases SET department_id = ? "
                                                          "WHERE department_id = ? AND alias = ?"),
                                     {from, into, alias});
                !s)
                return s;
        }
        const QList<QPair<QString, const QList<Id> *>> moved{
            {QStringLiteral("UPDATE readings SET department_id = ? WHERE id = ?"), &merge.readings},
            {QStringLiteral("UPDATE task_reports SET department_id = ? WHERE id = ?"), &merge.reports},
            {QStringLiteral("UPDATE dispatch_events SET department_id = ? WHERE id = ?"), &merge.events},
        };
        for (const auto &[sql, ids] : moved) {
            for (Id id : *ids) {
                if (Status s = execBound(m_db, sql, {from, id}); !s)
                    return s;
            }
        }
        // Restore both departments' links on the affected tasks exactly as they were.
        for (const TaskLinkRow &row : merge.fromLinks) {
            if (Status s = execBound(m_db, QStringLiteral("DELETE FROM task_departments WHERE task_id = ? AND department_id = ?"),
                                     {row.taskId, into});
                !s)
                return s;
        }
        for (const QList<TaskLinkRow> *rows : {&merge.fromLinks, &merge.intoLinks}) {
            for (const TaskLinkRow &row : *rows) {
                if (Status s = execBound(m_db, QStringLiteral("INSERT INTO task_departments (task_id, department_id, role, position) "
                                                              "VALUES (?, ?, ?, ?)"),
                                         {row.taskId, row.departmentId, toCode(row.role), row.position});
                    !s)
                    return s;
            }
        }
        return {};
    });
}

Result<QHash<Id, DepartmentTaskCount>> DepartmentRepository::taskCounts(Id regionId) const
{
    Query q(m_db, QStringLiteral("SELECT td.department_id, sum(td.role = 'lead'), sum(td.role = 'cooperating') "
                                 "FROM task_departments td JOIN departments d ON d.id = td.department_id "
                                 "WHERE d.region_id = ? GROUP BY td.department_id"));
    q.bind(regionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<Id, DepartmentTaskCount> out;
    while (q.next())
        out.insert(q.id(0), DepartmentTaskCount{q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

} // namespace cp
