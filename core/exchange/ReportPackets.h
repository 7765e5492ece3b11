#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cp {

class Workspace;

// One written packet: the form a department fills in for the monthly dispatch (月调度报送表).
struct PacketFile
{
    QString path;
    Id departmentId = 0;
    QString department;
    int tasks = 0;   // rows on the tasks sheet
    int targets = 0; // rows on the targets sheet
};

// Something wrong in a returned packet and where it is.
struct PacketProblem
{
    QString file;  // the packet's file name
    QString sheet; // empty when the problem is the whole file
    QString cell;  // "H7"; empty when the problem is the whole file or sheet
    QString message;

    // "2023-06 盂县 县发改局.xlsx, Targets!H7: text in a number cell: “约80”"
    QString text() const;
};

struct CollectResult
{
    int packets = 0;               // packets read
    int reports = 0;               // task reports added or changed
    int readings = 0;              // readings added or changed
    int evidenceFiles = 0;         // evidence files new to the workspace
    int unchanged = 0;             // rows that hold what is stored already
    QList<PacketProblem> problems; // when not empty, nothing was stored
};

// Monthly report packets (月调度报送表): one .xlsx per department listing its tasks and the targets
// of the tasks it leads, written for a month and collected back once the department has filled
// in statuses, narratives, values and evidence file names. A returned packet is checked in full
// before anything is stored, and all packets are stored in one transaction or not at all.
class ReportPackets
{
    Q_DECLARE_TR_FUNCTIONS(cp::ReportPackets)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kHeaderRows = 1; // on the tasks and targets sheets

    // Columns of the tasks sheet (任务进展); the department fills in the last three.
    enum TaskColumn {
        TaskIdColumn, // hidden
        TaskDocumentColumn,
        TaskNumberColumn, // the task's path: 二.（四）
        TaskTitleColumn,
        TaskRoleColumn,       // 牵头 / 配合
        TaskLastStatusColumn, // last month's report, if any
        TaskStatusColumn,
        TaskNarrativeColumn,
        TaskEvidenceColumn,
        TaskColumnCount
    };

    // Columns of the targets sheet (指标数据); the department fills in the last three.
    enum TargetColumn {
        TargetIdColumn, // hidden
        TargetNumberColumn,
        TargetLabelColumn,
        TargetUnitColumn,
        TargetGoalColumn,
        TargetExpectedColumn, // 序时进度 by the end of the month
        TargetLastValueColumn,
        TargetValueColumn,
        TargetNoteColumn,
        TargetEvidenceColumn,
        TargetColumnCount
    };

    // The name of the hidden sheet that says what the packet is.
    static QString metaSheetName();

    // Writes one packet per department of the region (0: every region) with tasks in the
    // documents of the month's year, into directory (created if missing). Each file appears whole
    // or not at all.
    static Result<QList<PacketFile>> write(Workspace &workspace, Month month,
                                           const QString &directory, Id regionId = 0);

    // Reads returned packets (.xlsx files). With any problem in any packet nothing is stored and
    // every problem is listed; otherwise the reports, readings and evidence files are stored in
    // one transaction, submitted or recorded at receivedAt.
    static Result<CollectResult> collect(Workspace &workspace, const QStringList &paths,
                                         const QDateTime &receivedAt);

    // The workspace's identity (metadata "workspace_id"), created on first use: packets carry it
    // so that a packet is only collected into the workspace it was written for.
    static Result<QString> workspaceId(Workspace &workspace);

    // "2023-06 盂县 县发改局.xlsx", with characters no file system allows replaced.
    static QString fileName(Month month, const QString &region, const QString &department);

    // A status as a department writes it: the name in English or Chinese, or the code
    // (not_started …), ignoring case and surrounding spaces.
    static std::optional<TaskStatus> parseStatus(const QString &text);
    // Evidence file names in one cell, separated by 、 or ; (or line breaks).
    static QStringList splitEvidenceNames(const QString &text);
};

} // namespace cp
