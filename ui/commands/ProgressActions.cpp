// EditActions: readings, reports, events, plans and rules as undoable steps.
#include "EditActions.h"
#include "EditCommand.h"

#include "domain/Format.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>

namespace cp::ui {

std::optional<QString> EditActions::storeEvidence(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(Error(tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(filePath), file.errorString())));
        return std::nullopt;
    }
    auto sha = m_progress.storeEvidence(QFileInfo(filePath).fileName(), file.readAll());
    if (!sha) {
        fail(sha.error());
        return std::nullopt;
    }
    return *sha;
}

bool EditActions::setReading(Id metricId, Month month, std::optional<double> value, const QString &note, Id departmentId,
                             const QStringList &evidence)
{
    auto metric = m_workspace->metrics().get(metricId);
    if (!metric)
        return fail(metric.error());
    auto existing = m_workspace->progress().findReading(metricId, month.toString());
    if (!existing)
        return fail(existing.error());
    ProgressEditor editor = m_progress;
    if (!*existing) {
        if (!value)
            return true;
        Reading r;
        r.metricId = metricId;
        r.period = month.toString();
        r.value = *value;
        r.note = note;
        r.departmentId = departmentId;
        r.evidence = evidence;
        return run(new InsertCommand<Reading, Reading>(
            tr("Read %1 for %2").arg(metric->label, month.toString()), r, [editor](const Reading &x) mutable { return editor.addReading(x); },
            [editor](Id id) mutable { return editor.removeReading(id); },
            [editor](const Reading &x) mutable { return toStatus(editor.addReading(x)); }));
    }
    auto before = m_workspace->progress().reading(*existing);
    if (!before)
        return fail(before.error());
    if (!value) {
        return run(new RemoveCommand<Reading>(
            tr("Remove the reading of %1 for %2").arg(metric->label, month.toString()), *existing,
            [editor](Id id) mutable { return editor.removeReading(id); },
            [editor](const Reading &x) mutable { return toStatus(editor.addReading(x)); }));
    }
    Reading after = *before;
    after.value = *value;
    after.note = note;
    after.departmentId = departmentId;
    after.evidence = evidence;
    after.recordedAt = QDateTime::currentDateTimeUtc();
    if (after.value == before->value && after.note == before->note && after.departmentId == before->departmentId
        && after.evidence == before->evidence)
        return true;
    return run(new ChangeCommand<Reading>(tr("Change the reading of %1 for %2").arg(metric->label, month.toString()), *before, after,
                                          [editor](const Reading &from, const Reading &to) mutable { return editor.updateReading(from, to); }));
}

bool EditActions::setReport(Id taskId, Id departmentId, Month month, std::optional<TaskStatus> status, const QString &narrative,
                            const QStringList &evidence, const QDateTime &submittedAt)
{
    auto task = m_workspace->tasks().get(taskId);
    if (!task)
        return fail(task.error());
    auto existing = m_workspace->progress().findReport(taskId, departmentId, month.toString());
    if (!existing)
        return fail(existing.error());
    ProgressEditor editor = m_progress;
    const auto restore = [editor](const TaskReport &x) mutable { return toStatus(editor.addReport(x)); };
    if (!*existing) {
        if (!status)
            return true;
        TaskReport r;
        r.taskId = taskId;
        r.departmentId = departmentId;
        r.period = month.toString();
        r.status = *status;
        r.narrative = narrative;
        r.evidence = evidence;
        r.submittedAt = submittedAt.isValid() ? submittedAt : QDateTime::currentDateTimeUtc();
        return run(new InsertCommand<TaskReport, TaskReport>(
            tr("Report on %1 for %2").arg(task->path, month.toString()), r, [editor](const TaskReport &x) mutable { return editor.addReport(x); },
            [editor](Id id) mutable { return editor.removeReport(id); }, restore));
    }
    auto before = m_workspace->progress().report(*existing);
    if (!before)
        return fail(before.error());
    if (!status) {
        return run(new RemoveCommand<TaskReport>(tr("Remove the report on %1 for %2").arg(task->path, month.toString()), *existing,
                                                 [editor](Id id) mutable { return editor.removeReport(id); }, restore));
    }
    TaskReport after = *before;
    after.status = *status;
    after.narrative = narrative;
    after.evidence = evidence;
    if (submittedAt.isValid())
        after.submittedAt = submittedAt;
    if (after.status == before->status && after.narrative == before->narrative && after.evidence == before->evidence
        && after.submittedAt == before->submittedAt)
        return true;
    return run(new ChangeCommand<TaskReport>(tr("Change the report on %1 for %2").arg(task->path, month.toString()), *before, after,
                                             [editor](const TaskReport &from, const TaskReport &to) mutable { return editor.updateReport(from, to); }));
}

std::optional<Id> EditActions::addEvent(const DispatchEvent &event)
{
    ProgressEditor editor = m_progress;
    auto *command = new InsertCommand<DispatchEvent, DispatchEvent>(
        tr("Add %1 on %2").arg(displayName(event.kind), QLocale().toString(event.date, QLocale::ShortFormat)), event,
        [editor](const DispatchEvent &x) mutable { return editor.addEvent(x); }, [editor](Id id) mutable { return editor.removeEvent(id); },
        [editor](const DispatchEvent &x) mutable { return toStatus(editor.addEvent(x)); });
    if (!run(command))
        return std::nullopt;
    return command->storedId();
}

bool EditActions::updateEvent(const DispatchEvent &after)
{
    auto before = m_workspace->progress().event(after.id);
    if (!before)
        return fail(before.error());
    ProgressEditor editor = m_progress;
    return run(new ChangeCommand<DispatchEvent>(tr("Change %1 of %2").arg(displayName(after.kind), QLocale().toString(after.date, QLocale::ShortFormat)),
                                                *before, after,
                                                [editor](const DispatchEvent &from, const DispatchEvent &to) mutable { return editor.updateEvent(from, to); }));
}

bool EditActions::removeEvent(Id eventId)
{
    auto event = m_workspace->progress().event(eventId);
    if (!event)
        return fail(event.error());
    ProgressEditor editor = m_progress;
    return run(new RemoveCommand<DispatchEvent>(
        tr("Remove %1 of %2").arg(displayName(event->kind), QLocale().toString(event->date, QLocale::ShortFormat)), eventId,
        [editor](Id id) mutable { return editor.removeEvent(id); },
        [editor](const DispatchEvent &x) mutable { return toStatus(editor.addEvent(x)); }));
}

bool EditActions::setPlan(Id metricId, const QMap<Month, double> &plan)
{
    auto metric = m_workspace->metrics().get(metricId);
    if (!metric)
        return fail(metric.error());
    auto before = m_workspace->progress().plan(metricId);
    if (!before)
        return fail(before.error());
    if (*before == plan)
        return true;
    ProgressEditor editor = m_progress;
    return run(new ChangeCommand<QMap<Month, double>>(
        tr("Change the plan of %1").arg(metric->label), *before, plan,
        [editor, metricId](const QMap<Month, double> &from, const QMap<Month, double> &to) mutable { return editor.setPlan(metricId, from, to); }));
}

bool EditActions::setDispatchRules(const DispatchRules &rules)
{
    auto before = DispatchRules::load(*m_workspace);
    if (!before)
        return fail(before.error());
    if (*before == rules)
        return true;
    ProgressEditor editor = m_progress;
    return run(new ChangeCommand<DispatchRules>(tr("Change the dispatch rules"), *before, rules,
                                                [editor](const DispatchRules &from, const DispatchRules &to) mutable { return editor.setRules(from, to); }));
}

} // namespace cp::ui
