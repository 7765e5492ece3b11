#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;

// Every task of the workspace, one row each, in document order: number, title, lead, cooperating,
// targets, deadline, status (and the document). Rows follow changes precisely: an edited task
// updates its row, a document whose tasks were added, removed or moved replaces its block of rows,
// a department change refreshes the names. Title, lead, cooperating, deadline and status are
// editable; setData() asks EditActions, never storage.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DocumentColumn,
        NumberColumn,
        TitleColumn,
        LeadColumn,
        CooperatingColumn,
        TargetsColumn,
        DeadlineColumn,
        StatusColumn,
        ColumnCount
    };
    enum DataRole { TaskIdRole = Qt::UserRole + 1, SortRole, DocumentIdRole };

    // What a row holds, also what filters read.
    struct Row
    {
        Task task;
        Id regionId = 0;
        QString documentTitle;
        QString lead;
        QString cooperating;
        QString targets;
        QString searchKey; // folded: number, title, text, target labels, then units and their other names
        qsizetype unitsKeyFrom = 0; // where the units' part of searchKey starts
        QList<Id> leadIds;
        QList<Id> departmentIds;
        int metricCount = 0;
    };

    TaskTableModel(Workspace *workspace, EditActions *edits, QObject *parent = nullptr);

    // Reads every task again (a workspace was opened, documents came or went).
    void reload();

    const Row &row(int row) const { return m_rows.at(row); }
    Id taskId(int row) const;
    int rowOfTask(Id taskId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Names
    {
        QHash<Id, QString> name;
        QHash<Id, QString> searchable; // name and other names, folded
        QHash<Id, Id> region;
    };
    void loadNames();
    Row makeRow(const Task &task, const QList<Metric> &metrics) const;
    // Fills the row's unit columns, ids and search words from row.task.departments.
    void setUnits(Row &row) const;
    void refreshTask(Id taskId);
    void refreshDocument(Id documentId);
    void refreshRegion(Id regionId);
    void reindex();

    Workspace *m_workspace;
    EditActions *m_edits;
    QList<Row> m_rows;
    QHash<Id, int> m_rowOfTask;
    Names m_names;
    QHash<Id, QString> m_documentTitles;
    QHash<Id, Id> m_documentRegions;
};

} // namespace cp::ui
