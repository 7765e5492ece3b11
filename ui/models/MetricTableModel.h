#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;

// The targets of one task, each editable field a column; edits are undoable.
class MetricTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ValueColumn, UnitColumn, ComparatorColumn, BaselineColumn, UpperColumn, KindColumn,
                  PeriodColumn, ColumnCount };
    enum DataRole { MetricIdRole = Qt::UserRole + 1, SpanStartRole, SpanEndRole };

    MetricTableModel(Workspace *workspace, EditActions *edits, QObject *parent = nullptr);

    void setTask(Id taskId);
    Id taskId() const { return m_taskId; }
    const Metric &metric(int row) const { return m_metrics.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();

    Workspace *m_workspace;
    EditActions *m_edits;
    Id m_taskId = 0;
    QList<Metric> m_metrics;
};

} // namespace cp::ui
