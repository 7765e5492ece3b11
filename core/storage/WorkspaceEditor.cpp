#include "WorkspaceEditor.h"

#include "domain/Format.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

namespace cp {

namespace {

QString spanText(const TextSpan &s)
{
    return s.isValid() ? QStringLiteral("%1-%2").arg(s.start).arg(s.end) : QString();
}

QString optionalText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

// (field, old, new) of every field that differs.
using Changes = QList<std::tuple<QString, QString, QString>>;

Changes taskChanges(const Task &a, const Task &b)
{
    Changes c;
    const auto check = [&](const char *field, const QString &x, const QString &y) {
        if (x != y)
            c.append({QString::fromLatin1(field), x, y});
    };
    check("section", QString::number(a.sectionId), QString::number(b.sectionId));
    check("position", QString::number(a.position), QString::number(b.position));
    check("number", a.number, b.number);
    check("path", a.path, b.path);
    check("title", a.title, b.title);
    check("text", a.text, b.text);
    check("span", spanText(a.span), spanText(b.span));
    check("deadline", a.deadline.toString(Qt::ISODate), b.deadline.toString(Qt::ISODate));
    check("status", toCode(a.status), toCode(b.status));
    check("notes", a.notes, b.notes);
    return c;
}

Changes metricChanges(const Metric &a, const Metric &b)
{
    Changes c;
    const auto check = [&](const char *field, const QString &x, const QString &y) {
        if (x != y)
            c.append({QString::fromLatin1(field), x, y});
    };
    check("task", QString::number(a.taskId), QString::number(b.taskId));
    check("position", QString::number(a.position), QString::number(b.position));
    check("label", a.label, b.label);
    check("value", QString::number(a.value, 'g', 15), QString::number(b.value, 'g', 15));
    check("value_max", optionalText(a.valueMax), optionalText(b.valueMax));
    check("unit", a.unit, b.unit);
    check("comparator", toCode(a.comparator), toCode(b.comparator));
    check("baseline", optionalText(a.baseline), optionalText(b.baseline));
    check("kind", toCode(a.kind), toCode(b.kind));
    check("period", a.period, b.period);
    check("quote", a.quote, b.quote);
    check("span", spanText(a.span), spanText(b.span));
    return c;
}

} // namespace

WorkspaceEditor::WorkspaceEditor(Workspace &workspace)
    : m_ws(workspace)
{}

QString WorkspaceEditor::describeDepartments(const QList<TaskDepartment> &departments) const
{
    QStringList lead, cooperating;
    for (const TaskDepartment &d : departments) {
        auto dept = m_ws.departments().get(d.departmentId);
        (d.role == Role::Lead ? lead : cooperating).append(dept ? dept->name : QString::number(d.departmentId));
    }
    return QStringLiteral("lead: %1; cooperating: %2").arg(lead.join(QStringLiteral("、")), cooperating.join(QStringLiteral("、")));
}

Status WorkspaceEditor::updateTask(const Task &before, const Task &after)
{
    const Changes changes = taskChanges(before, after);
    if (changes.isEmpty())
        return {};
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.tasks().update(after); !st)
            return st;
        for (const auto &[field, oldValue, newValue] : changes) {
            if (Status st = m_ws.audit().record(QStringLiteral("update"), QStringLiteral("task"), after.id, field, oldValue, newValue); !st)
                return st;
        }
        return {};
    });
    if (!s)
        return s;
    // Order and place in the outline are the document's structure; other fields are the task's own.
    if (before.position != after.position || before.sectionId != after.sectionId)
        Q_EMIT m_ws.tasksChanged(after.documentId);
    Q_EMIT m_ws.taskChanged(after.id);
    return {};
}

Status WorkspaceEditor::setTaskDepartments(Id taskId, const QList<TaskDepartment> &before, const QList<TaskDepartment> &after)
{
    if (before == after)
        return {};
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.tasks().setDepartments(taskId, after); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("update"), QStringLiteral("task"), taskId, QStringLiteral("departments"),
                                   describeDepartments(before), describeDepartments(after));
    });
    if (s)
        Q_EMIT m_ws.taskChanged(taskId);
    return s;
}

Result<Task> WorkspaceEditor::insertTask(Task task)
{
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.tasks().shiftPositions(task.documentId, task.position, 1); !st)
            return st;
        auto id = m_ws.tasks().insert(task);
        if (!id)
            return id.error();
        task.id = *id;
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("task"), task.id, QStringLiteral("title"), QString(),
                                   task.title);
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.tasksChanged(task.documentId);
    return task;
}

Result<TaskSnapshot> WorkspaceEditor::removeTask(Id taskId)
{
    TaskSnapshot snap;
    Status s = m_ws.database().transaction([&]() -> Status {
        auto task = m_ws.tasks().get(taskId);
        auto metrics = m_ws.metrics().forTask(taskId);
        auto reports = m_ws.progress().reportsForTask(taskId);
        auto links = m_ws.tasks().linksOf(taskId);
        if (!task || !metrics || !reports || !links)
            return !task ? task.error() : !metrics ? metrics.error() : !reports ? reports.error() : links.error();
        snap.task = *task;
        snap.metrics = *metrics;
        snap.reports = *reports;
        snap.taskLinks = *links;
        for (const Metric &m : snap.metrics) {
            auto readings = m_ws.progress().readingsForMetric(m.id);
            auto metricLinks = m_ws.metrics().linksOf(m.id);
            if (!readings || !metricLinks)
                return !readings ? readings.error() : metricLinks.error();
            snap.readings += *readings;
            for (const MetricLink &l : *metricLinks) {
                if (!snap.metricLinks.contains(l))
                    snap.metricLinks.append(l);
            }
        }
        if (Status st = m_ws.tasks().remove(taskId); !st)
            return st;
        if (Status st = m_ws.tasks().shiftPositions(snap.task.documentId, snap.task.position + 1, -1); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("delete"), QStringLiteral("task"), taskId, QStringLiteral("title"),
                                   snap.task.title, QString());
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.tasksChanged(snap.task.documentId);
    return snap;
}

Status WorkspaceEditor::restoreTask(const TaskSnapshot &snap)
{
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.tasks().shiftPositions(snap.task.documentId, snap.task.position, 1); !st)
            return st;
        if (auto id = m_ws.tasks().insert(snap.task); !id)
            return id.error();
        for (const Metric &m : snap.metrics) {
            if (auto id = m_ws.metrics().insert(m); !id)
                return id.error();
        }
        for (const Reading &r : snap.readings) {
            if (auto id = m_ws.progress().insertReading(r); !id)
                return id.error();
        }
        for (const TaskReport &r : snap.reports) {
            if (auto id = m_ws.progress().insertReport(r); !id)
                return id.error();
        }
        for (const TaskLink &l : snap.taskLinks) {
            if (Status st = m_ws.tasks().restoreLink(l); !st)
                return st;
        }
        for (const MetricLink &l : snap.metricLinks) {
            if (Status st = m_ws.metrics().restoreLink(l); !st)
                return st;
        }
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("task"), snap.task.id, QStringLiteral("title"),
                                   QString(), snap.task.title);
    });
    if (s)
        Q_EMIT m_ws.tasksChanged(snap.task.documentId);
    return s;
}

Status WorkspaceEditor::swapTasks(Id a, Id b)
{
    auto ta = m_ws.tasks().get(a);
    auto tb = m_ws.tasks().get(b);
    if (!ta || !tb)
        return !ta ? ta.error() : tb.error();
    if (ta->documentId != tb->documentId)
        return Error(tr("tasks of two documents cannot change places"));
    Task newA = *ta, newB = *tb;
    std::swap(newA.position, newB.position);
    Status s = m_ws.database().transaction([&]() -> Status {
        for (const auto &[before, after] : {std::pair{*ta, newA}, std::pair{*tb, newB}}) {
            if (Status st = m_ws.tasks().update(after); !st)
                return st;
            if (Status st = m_ws.audit().record(QStringLiteral("update"), QStringLiteral("task"), after.id, QStringLiteral("position"),
                                                QString::number(before.position), QString::number(after.position));
                !st)
                return st;
        }
        return {};
    });
    if (s)
        Q_EMIT m_ws.tasksChanged(ta->documentId);
    return s;
}

Status WorkspaceEditor::updateMetric(const Metric &before, const Metric &after)
{
    const Changes changes = metricChanges(before, after);
    if (changes.isEmpty())
        return {};
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.metrics().update(after); !st)
            return st;
        for (const auto &[field, oldValue, newValue] : changes) {
            if (Status st = m_ws.audit().record(QStringLiteral("update"), QStringLiteral("metric"), after.id, field, oldValue, newValue); !st)
                return st;
        }
        return {};
    });
    if (!s)
        return s;
    if (before.taskId != after.taskId)
        Q_EMIT m_ws.metricsChanged(before.taskId);
    Q_EMIT m_ws.metricsChanged(after.taskId);
    return {};
}

Result<Metric> WorkspaceEditor::insertMetric(Metric metric)
{
    Status s = m_ws.database().transaction([&]() -> Status {
        auto id = m_ws.metrics().insert(metric);
        if (!id)
            return id.error();
        metric.id = *id;
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("metric"), metric.id, QStringLiteral("label"), QString(),
                                   metric.label + QLatin1Char(' ') + formatTarget(metric));
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.metricsChanged(metric.taskId);
    return metric;
}

Result<MetricSnapshot> WorkspaceEditor::removeMetric(Id metricId)
{
    MetricSnapshot snap;
    Status s = m_ws.database().transaction([&]() -> Status {
        auto metric = m_ws.metrics().get(metricId);
        auto readings = m_ws.progress().readingsForMetric(metricId);
        auto links = m_ws.metrics().linksOf(metricId);
        if (!metric || !readings || !links)
            return !metric ? metric.error() : !readings ? readings.error() : links.error();
        snap = {*metric, *readings, *links};
        if (Status st = m_ws.metrics().remove(metricId); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("delete"), QStringLiteral("metric"), metricId, QStringLiteral("label"),
                                   snap.metric.label + QLatin1Char(' ') + formatTarget(snap.metric), QString());
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.metricsChanged(snap.metric.taskId);
    return snap;
}

Status WorkspaceEditor::restoreMetric(const MetricSnapshot &snap)
{
    Status s = m_ws.database().transaction([&]() -> Status {
        if (auto id = m_ws.metrics().insert(snap.metric); !id)
            return id.error();
        for (const Reading &r : snap.readings) {
            if (auto id = m_ws.progress().insertReading(r); !id)
                return id.error();
        }
        for (const MetricLink &l : snap.links) {
            if (Status st = m_ws.metrics().restoreLink(l); !st)
                return st;
        }
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("metric"), snap.metric.id, QStringLiteral("label"),
                                   QString(), snap.metric.label + QLatin1Char(' ') + formatTarget(snap.metric));
    });
    if (s)
        Q_EMIT m_ws.metricsChanged(snap.metric.taskId);
    return s;
}

Result<Id> WorkspaceEditor::addDepartment(Id regionId, const QString &name, Id givenId)
{
    Id id = 0;
    Status s = m_ws.database().transaction([&]() -> Status {
        auto inserted = m_ws.departments().insert(regionId, name, givenId);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("department"), id, QStringLiteral("name"), QString(), name);
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.departmentsChanged(regionId);
    return id;
}

Status WorkspaceEditor::removeDepartment(Id departmentId)
{
    auto dept = m_ws.departments().get(departmentId);
    if (!dept)
        return dept.error();
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.departments().remove(departmentId); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("delete"), QStringLiteral("department"), departmentId, QStringLiteral("name"),
                                   dept->name, QString());
    });
    if (s)
        Q_EMIT m_ws.departmentsChanged(dept->regionId);
    return s;
}

Result<DepartmentMerge> WorkspaceEditor::mergeDepartments(Id from, Id into)
{
    DepartmentMerge merge;
    Status s = m_ws.database().transaction([&]() -> Status {
        auto merged = m_ws.departments().merge(from, into);
        if (!merged)
            return merged.error();
        merge = *merged;
        auto target = m_ws.departments().get(into);
        return m_ws.audit().record(QStringLiteral("merge"), QStringLiteral("department"), into, QStringLiteral("name"), merge.from.name,
                                   target ? target->name : QString());
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.departmentsChanged(merge.from.regionId);
    return merge;
}

Status WorkspaceEditor::unmergeDepartments(const DepartmentMerge &merge)
{
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.departments().unmerge(merge); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("unmerge"), QStringLiteral("department"), merge.from.id, QStringLiteral("name"),
                                   QString(), merge.from.name);
    });
    if (s)
        Q_EMIT m_ws.departmentsChanged(merge.from.regionId);
    return s;
}

Status WorkspaceEditor::renameDepartment(Id departmentId, const QString &from, const QString &to)
{
    auto dept = m_ws.departments().get(departmentId);
    if (!dept)
        return dept.error();
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.departments().rename(departmentId, to); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("update"), QStringLiteral("department"), departmentId, QStringLiteral("name"), from, to);
    });
    if (s)
        Q_EMIT m_ws.departmentsChanged(dept->regionId);
    return s;
}

Status WorkspaceEditor::addAlias(Id departmentId, const QString &alias)
{
    auto dept = m_ws.departments().get(departmentId);
    if (!dept)
        return dept.error();
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.departments().addAlias(departmentId, alias); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("alias"), departmentId, QStringLiteral("alias"), QString(), alias);
    });
    if (s)
        Q_EMIT m_ws.departmentsChanged(dept->regionId);
    return s;
}

Status WorkspaceEditor::removeAlias(Id departmentId, const QString &alias)
{
    auto dept = m_ws.departments().get(departmentId);
    if (!dept)
        return dept.error();
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.departments().removeAlias(departmentId, alias); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("delete"), QStringLiteral("alias"), departmentId, QStringLiteral("alias"), alias, QString());
    });
    if (s)
        Q_EMIT m_ws.departmentsChanged(dept->regionId);
    return s;
}

} // namespace cp
