#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cp {
class Workspace;
}

namespace cp::ui {

// The tasks of one document: number, title, lead, cooperating, targets, deadline, status.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TitleColumn,
        LeadColumn,
        CooperatingColumn,
        TargetsColumn,
        DeadlineColumn,
        StatusColumn,
        ColumnCount
    };
    enum DataRole { TaskIdRole = Qt::UserRole + 1, SortRole };

    explicit TaskTableModel(Workspace *workspace, QObject *parent = nullptr);

    void setDocument(Id documentId);
    Id documentId() const { return m_documentId; }
    Id taskId(int row) const;
    int rowOfTask(Id taskId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString departmentNames(const Task &task, cp::Role role) const;

    Workspace *m_workspace;
    Id m_documentId = 0;
    QList<Task> m_tasks;
    QHash<Id, QList<Metric>> m_metrics;
    QHash<Id, QString> m_departmentNames;
};

} // namespace cp::ui
