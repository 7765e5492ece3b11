#include "ProgressEditor.h"

#include "storage/Workspace.h"

#include <QJsonDocument>

#include <cmath>

namespace cp {

namespace {

QString describe(const Reading &r)
{
    return QStringLiteral("metric %1, %2: %3%4").arg(r.metricId).arg(r.period, QString::number(r.value, 'g', 15),
                                                        r.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.note));
}

QString describe(const TaskReport &r)
{
    return QStringLiteral("task %1, department %2, %3: %4 %5").arg(r.taskId).arg(r.departmentId).arg(r.period, toCode(r.status), r.narrative);
}

QString describe(const DispatchEvent &e)
{
    return QStringLiteral("department %1, %2: %3 %4 %5")
        .arg(e.departmentId)
        .arg(e.date.toString(Qt::ISODate), toCode(e.kind), toCode(e.level), e.note);
}

QString describe(const QMap<Month, double> &plan)
{
    QStringList parts;
    for (auto it = plan.constBegin(); it != plan.constEnd(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key().toString(), QString::number(it.value(), 'g', 15)));
    return parts.join(QLatin1Char(' '));
}

} // namespace

ProgressEditor::ProgressEditor(Workspace &workspace)
    : m_ws(workspace)
{}

Status ProgressEditor::check(const Reading &r)
{
    const bool year = r.period.size() == 4 && r.period.toInt() >= 1900;
    if (!year && !Month::parse(r.period))
        return Error(tr("a reading is for a month like 2023-06 (or a whole year), not “%1”").arg(r.period));
    if (!std::isfinite(r.value))
        return Error(tr("a reading needs a number"));
    if (!r.metricId)
        return Error(tr("a reading belongs to a target"));
    return {};
}

Status ProgressEditor::check(const TaskReport &r)
{
    if (!Month::parse(r.period))
        return Error(tr("a report is for a month like 2023-06, not “%1”").arg(r.period));
    if (!r.taskId || !r.departmentId)
        return Error(tr("a report names its task and the department reporting"));
    return {};
}

Status ProgressEditor::check(const DispatchEvent &e)
{
    if (!e.date.isValid())
        return Error(tr("an event needs a date"));
    if (!e.departmentId)
        return Error(tr("an event names its department"));
    if ((e.kind == EventKind::Commendation || e.kind == EventKind::Criticism) && e.level == EventLevel::None)
        return Error(tr("a %1 needs a level: central, provincial or municipal").arg(displayName(e.kind)));
    return {};
}

Result<QString> ProgressEditor::storeEvidence(const QString &name, const QByteArray &data)
{
    QString sha;
    Status s = m_ws.database().transaction([&]() -> Status {
        auto stored = m_ws.progress().storeEvidence(name, data);
        if (!stored)
            return stored.error();
        sha = *stored;
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("evidence"), 0, QStringLiteral("sha256"), QString(),
                                   QStringLiteral("%1 %2").arg(sha, name));
    });
    if (!s)
        return s.error();
    return sha;
}

Result<Reading> ProgressEditor::addReading(Reading r)
{
    if (Status s = check(r); !s)
        return s.error();
    if (!r.recordedAt.isValid())
        r.recordedAt = QDateTime::currentDateTimeUtc();
    Status s = m_ws.database().transaction([&]() -> Status {
        auto id = m_ws.progress().insertReading(r);
        if (!id)
            return id.error();
        r.id = *id;
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("reading"), r.id, QStringLiteral("value"), QString(), describe(r));
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.readingsChanged(r.metricId);
    Q_EMIT m_ws.progressChanged();
    return r;
}

Status ProgressEditor::updateReading(const Reading &before, const Reading &after)
{
    if (Status s = check(after); !s)
        return s;
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.progress().updateReading(after); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("update"), QStringLiteral("reading"), after.id, QStringLiteral("value"), describe(before),
                                   describe(after));
    });
    if (!s)
        return s;
    if (before.metricId != after.metricId)
        Q_EMIT m_ws.readingsChanged(before.metricId);
    Q_EMIT m_ws.readingsChanged(after.metricId);
    Q_EMIT m_ws.progressChanged();
    return {};
}

Result<Reading> ProgressEditor::removeReading(Id id)
{
    auto reading = m_ws.progress().reading(id);
    if (!reading)
        return reading.error();
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.progress().removeReading(id); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("delete"), QStringLiteral("reading"), id, QStringLiteral("value"), describe(*reading),
                                   QString());
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.readingsChanged(reading->metricId);
    Q_EMIT m_ws.progressChanged();
    return reading;
}

Result<TaskReport> ProgressEditor::addReport(TaskReport r)
{
    if (Status s = check(r); !s)
        return s.error();
    if (!r.submittedAt.isValid())
        r.submittedAt = QDateTime::currentDateTimeUtc();
    auto task = m_ws.tasks().get(r.taskId);
    if (!task)
        return task.error();
    if (std::none_of(task->departments.begin(), task->departments.end(), [&](const TaskDepartment &d) { return d.departmentId == r.departmentId; })) {
        auto dept = m_ws.departments().get(r.departmentId);
        return Error(tr("%1 is not responsible for task %2").arg(dept ? dept->name : QString::number(r.departmentId), task->path));
    }
    Status s = m_ws.database().transaction([&]() -> Status {
        auto id = m_ws.progress().insertReport(r);
        if (!id)
            return id.error();
        r.id = *id;
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("task_report"), r.id, QStringLiteral("status"), QString(),
                                   describe(r));
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.reportsChanged(r.taskId);
    Q_EMIT m_ws.progressChanged();
    return r;
}

Status ProgressEditor::updateReport(const TaskReport &before, const TaskReport &after)
{
    if (Status s = check(after); !s)
        return s;
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.progress().updateReport(after); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("update"), QStringLiteral("task_report"), after.id, QStringLiteral("status"),
                                   describe(before), describe(after));
    });
    if (!s)
        return s;
    Q_EMIT m_ws.reportsChanged(after.taskId);
    Q_EMIT m_ws.progressChanged();
    return {};
}

Result<TaskReport> ProgressEditor::removeReport(Id id)
{
    auto report = m_ws.progress().report(id);
    if (!report)
        return report.error();
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.progress().removeReport(id); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("delete"), QStringLiteral("task_report"), id, QStringLiteral("status"), describe(*report),
                                   QString());
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.reportsChanged(report->taskId);
    Q_EMIT m_ws.progressChanged();
    return report;
}

Result<DispatchEvent> ProgressEditor::addEvent(DispatchEvent e)
{
    if (Status s = check(e); !s)
        return s.error();
    Status s = m_ws.database().transaction([&]() -> Status {
        auto id = m_ws.progress().insertEvent(e);
        if (!id)
            return id.error();
        e.id = *id;
        return m_ws.audit().record(QStringLiteral("insert"), QStringLiteral("dispatch_event"), e.id, QStringLiteral("kind"), QString(),
                                   describe(e));
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.eventsChanged(e.departmentId);
    Q_EMIT m_ws.progressChanged();
    return e;
}

Status ProgressEditor::updateEvent(const DispatchEvent &before, const DispatchEvent &after)
{
    if (Status s = check(after); !s)
        return s;
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.progress().updateEvent(after); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("update"), QStringLiteral("dispatch_event"), after.id, QStringLiteral("kind"),
                                   describe(before), describe(after));
    });
    if (!s)
        return s;
    if (before.departmentId != after.departmentId)
        Q_EMIT m_ws.eventsChanged(before.departmentId);
    Q_EMIT m_ws.eventsChanged(after.departmentId);
    Q_EMIT m_ws.progressChanged();
    return {};
}

Result<DispatchEvent> ProgressEditor::removeEvent(Id id)
{
    auto event = m_ws.progress().event(id);
    if (!event)
        return event.error();
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.progress().removeEvent(id); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("delete"), QStringLiteral("dispatch_event"), id, QStringLiteral("kind"), describe(*event),
                                   QString());
    });
    if (!s)
        return s.error();
    Q_EMIT m_ws.eventsChanged(event->departmentId);
    Q_EMIT m_ws.progressChanged();
    return event;
}

Status ProgressEditor::setPlan(Id metricId, const QMap<Month, double> &before, const QMap<Month, double> &after)
{
    if (before == after)
        return {};
    for (double v : after) {
        if (!std::isfinite(v))
            return Error(tr("a plan needs a number for each month"));
    }
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = m_ws.progress().setPlan(metricId, after); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("update"), QStringLiteral("metric"), metricId, QStringLiteral("plan"), describe(before),
                                   describe(after));
    });
    if (!s)
        return s;
    Q_EMIT m_ws.plansChanged(metricId);
    Q_EMIT m_ws.progressChanged();
    return {};
}

Status ProgressEditor::setRules(const DispatchRules &before, const DispatchRules &after)
{
    if (before == after)
        return {};
    const auto json = [](const DispatchRules &r) { return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)); };
    Status s = m_ws.database().transaction([&]() -> Status {
        if (Status st = after.save(m_ws); !st)
            return st;
        return m_ws.audit().record(QStringLiteral("update"), QStringLiteral("workspace"), 0, QStringLiteral("dispatch_rules"), json(before),
                                   json(after));
    });
    if (!s)
        return s;
    Q_EMIT m_ws.dispatchRulesChanged();
    Q_EMIT m_ws.progressChanged();
    return {};
}

} // namespace cp
