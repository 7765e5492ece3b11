#pragma once

#include "domain/Types.h"
#include "storage/DepartmentRepository.h"

#include <QAbstractItemModel>

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;

// The department registry: region → its departments, with how many tasks each leads and
// cooperates on and the other names it goes by. Renaming (editing the name) is undoable.
class DepartmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LeadColumn, CooperatingColumn, AliasesColumn, ColumnCount };
    enum DataRole { DepartmentIdRole = Qt::UserRole + 1, RegionIdRole };

    DepartmentTreeModel(Workspace *workspace, EditActions *edits, QObject *parent = nullptr);

    void reload();
    // Reads one region's departments and counts again, keeping the rows (and so the view's
    // selection) of departments that stayed.
    void reloadRegion(Id regionId);
    QModelIndex indexOfDepartment(Id departmentId) const;
    // The departments of a region, for merge targets and completers.
    QList<Department> departmentsOf(Id regionId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<Department> sortedDepartments(Id regionId) const;
    void reloadRegionOfTask(Id taskId);

    struct RegionEntry
    {
        Region region;
        QString label; // 阳泉市 · 盂县
        QList<Department> departments;
        QHash<Id, DepartmentTaskCount> counts;
    };

    Workspace *m_workspace;
    EditActions *m_edits;
    QList<RegionEntry> m_regions;
};

} // namespace cp::ui
