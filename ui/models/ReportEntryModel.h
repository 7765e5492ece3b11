#pragma once

#include "domain/Month.h"
#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;

// A department's monthly reports (月调度) on its annual tasks: one row per task of the region's
// documents of the month's year that it leads (those first) or cooperates on, with the status it
// reported the month before, this month's status, narrative, evidence and submission time (red when
// after the deadline). Status and narrative are editable and files dropped on a row become its
// evidence; every change goes through EditActions. Rows follow the workspace's signals and announce
// only the cells that changed.
class ReportEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TaskColumn,
        RoleColumn,
        LastMonthColumn,
        StatusColumn,
        NarrativeColumn,
        EvidenceColumn,
        SubmittedColumn,
        ColumnCount
    };
    enum DataRole { TaskIdRole = Qt::UserRole + 1, LateRole };
    // The Status column's edit value (an int) for "no report"; otherwise int(TaskStatus).
    static constexpr int NoReport = -1;

    ReportEntryModel(Workspace *workspace, EditActions *edits, QObject *parent = nullptr);

    // The department whose reports are shown, of which region, for which month; 0 shows nothing.
    void setScope(Id regionId, Id departmentId, Month month);
    Id departmentId() const { return m_departmentId; }
    Month month() const { return m_month; }
    // When the month's reports are due under the workspace's dispatch rules.
    QDateTime deadline() const { return m_deadline; }

    Id taskId(int row) const;
    int rowOfTask(Id taskId) const;
    std::optional<TaskReport> report(int row) const;
    QList<EvidenceFile> evidence(int row) const;
    // Stores the files and adds them to the row's report in one undo step. Refused (false, with
    // EditActions::failed) when the row has no report yet or a file cannot be read.
    bool attachEvidence(int row, const QStringList &filePaths);
    bool removeEvidence(int row, const QString &sha256);

    // A region's tasks in its documents of the year (documents without a year count in every
    // year), in document order: what its departments report on (年度任务).
    static QList<Task> annualTasks(const Workspace &workspace, Id regionId, int year);

    // Headers and cells again in the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Row
    {
        Id taskId = 0;
        QString path;
        QString title;
        Role role = Role::Lead;
        std::optional<TaskReport> report;    // this month's
        std::optional<TaskStatus> lastMonth; // reported the month before
        QList<EvidenceFile> evidence;        // of this month's report
    };
    QList<Row> readRows() const;
    void reload();
    void refreshTask(Id taskId);
    void loadDeadline();
    QList<EvidenceFile> evidenceFiles(const QStringList &sha256s) const;
    QVariant cell(const Row &row, int column, int role) const;
    // Puts the row in place and announces the cells that look different.
    void replaceRow(int row, const Row &updated);
    bool setReport(const Row &row, std::optional<TaskStatus> status, const QString &narrative,
                   const QStringList &evidence);

    Workspace *m_workspace;
    EditActions *m_edits;
    Id m_regionId = 0;
    Id m_departmentId = 0;
    Month m_month;
    QDateTime m_deadline;
    QList<Row> m_rows;
    // A precise signal was handled: the progressChanged that follows it is no news.
    bool m_handled = false;
};

} // namespace cp::ui
