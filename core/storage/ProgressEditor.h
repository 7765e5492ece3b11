#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "domain/Types.h"
#include "progress/DispatchRules.h"

#include <QCoreApplication>
#include <QMap>

namespace cp {

class Workspace;

// The changes made to a workspace's progress data: readings, task reports, dispatch events, plans
// and the dispatch rules. Like WorkspaceEditor, each call is one transaction, is recorded in the
// audit log and then emits the Workspace signal that says what changed; undo commands
// (ui/commands) call the same functions backwards.
class ProgressEditor
{
    Q_DECLARE_TR_FUNCTIONS(cp::ProgressEditor)

public:
    explicit ProgressEditor(Workspace &workspace);

    // Stores a file's bytes as evidence (once per content); returns its SHA-256.
    Result<QString> storeEvidence(const QString &name, const QByteArray &data);

    // id 0 adds a new row; a known id restores a removed one (undo). The stored row is returned.
    Result<Reading> addReading(Reading reading);
    Status updateReading(const Reading &before, const Reading &after);
    Result<Reading> removeReading(Id id);

    Result<TaskReport> addReport(TaskReport report);
    Status updateReport(const TaskReport &before, const TaskReport &after);
    Result<TaskReport> removeReport(Id id);

    Result<DispatchEvent> addEvent(DispatchEvent event);
    Status updateEvent(const DispatchEvent &before, const DispatchEvent &after);
    Result<DispatchEvent> removeEvent(Id id);

    Status setPlan(Id metricId, const QMap<Month, double> &before, const QMap<Month, double> &after);
    Status setRules(const DispatchRules &before, const DispatchRules &after);

    // Refuses what the dispatch could not use: a period that is no month, a value that is no number,
    // a commendation without a level … naming what is wrong.
    static Status check(const Reading &reading);
    static Status check(const TaskReport &report);
    static Status check(const DispatchEvent &event);

private:
    Workspace &m_ws;
};

} // namespace cp
