#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "domain/Types.h"
#include "progress/DispatchRules.h"
#include "storage/ProgressEditor.h"
#include "storage/WorkspaceEditor.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditCommand;

// The one place widgets and models go to change a workspace. Every call is one undoable step on
// the workspace's undo stack, written to storage at once and audited. A refused change returns
// false (or nullopt), emits failed() with the reason, and leaves the undo stack unchanged.
class EditActions : public QObject
{
    Q_OBJECT

public:
    enum class TaskField { Number, Title, Text, Deadline, Status, Notes };

    explicit EditActions(Workspace *workspace, QObject *parent = nullptr);
    ~EditActions() override;

    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_stack; }

    bool setTaskField(Id taskId, TaskField field, const QVariant &value);
    bool setTaskDepartments(Id taskId, const QList<TaskDepartment> &departments);
    // Names as a planner types them (县发改局, 县交通局 …), resolved in the task's region; a name
    // that is no department yet creates one in the same step.
    bool setTaskLeads(Id taskId, const QStringList &names);
    bool setTaskCooperating(Id taskId, const QStringList &names);
    // A new task after `afterTaskId` (at the end when 0), in the same section.
    std::optional<Id> addTask(Id documentId, Id afterTaskId, const QString &title = QString());
    // A task made from a span of the document's text (the document view's selection).
    std::optional<Id> addTaskFromSpan(Id documentId, const TextSpan &span);
    bool removeTasks(const QList<Id> &taskIds);
    // Moves a task one place up (-1) or down (+1) in its document.
    bool moveTask(Id taskId, int direction);
    // Splits a task's text at a position into two tasks; targets go with the part they are in.
    std::optional<Id> splitTask(Id taskId, int textPosition);
    // Joins the second task into the first: text, departments and targets.
    bool mergeTasks(Id first, Id second);

    bool updateMetric(const Metric &after);
    std::optional<Id> addMetric(const Metric &metric);
    // A target read from a span of the document's text, in the given task.
    std::optional<Id> addMetricFromSpan(Id taskId, const TextSpan &span);
    bool removeMetric(Id metricId);

    std::optional<Id> addDepartment(Id regionId, const QString &name);
    bool renameDepartment(Id departmentId, const QString &name);
    bool mergeDepartments(Id from, Id into);
    bool addAlias(Id departmentId, const QString &alias);
    bool removeAlias(Id departmentId, const QString &alias);

    // ---- progress (ProgressActions.cpp) ----
    // Keeps a file as evidence (印证材料), once per content; its SHA-256. Not an undo step: an
    // unused file harms nothing.
    std::optional<QString> storeEvidence(const QString &filePath);
    // The month's reading of a target: added, changed, or removed when value is nullopt.
    bool setReading(Id metricId, Month month, std::optional<double> value, const QString &note = QString(), Id departmentId = 0,
                    const QStringList &evidence = {});
    // A department's report on a task for the month: added, changed, or removed when status is
    // nullopt. submittedAt defaults to now for a new report and stays for a changed one.
    bool setReport(Id taskId, Id departmentId, Month month, std::optional<TaskStatus> status, const QString &narrative = QString(),
                   const QStringList &evidence = {}, const QDateTime &submittedAt = {});
    std::optional<Id> addEvent(const DispatchEvent &event);
    bool updateEvent(const DispatchEvent &after);
    bool removeEvent(Id eventId);
    bool setPlan(Id metricId, const QMap<Month, double> &plan);
    bool setDispatchRules(const DispatchRules &rules);

Q_SIGNALS:
    void failed(const QString &message);

private:
    bool run(EditCommand *command);
    bool fail(const Error &error);
    // Runs steps as one undoable macro; when one fails, the ones done are undone again.
    bool runMacro(const QString &text, const std::function<bool()> &steps);
    // The region's department a typed name means (name, alias, or another spelling), or 0.
    Id findDepartment(Id regionId, const QString &name) const;
    bool setRole(Id taskId, Role role, const QStringList &names);
    Id addTaskCommand(const Task &task);
    static bool taskChangesNothing(const Task &a, const Task &b);
    Id addMetricCommand(const Metric &metric);

    Workspace *m_workspace;
    QUndoStack *m_stack;
    WorkspaceEditor m_editor;
    ProgressEditor m_progress;
};

} // namespace cp::ui
