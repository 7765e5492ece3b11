#include "DepartmentTreeModel.h"

#include "commands/EditActions.h"
#include "storage/Workspace.h"

namespace cp::ui {

namespace {

// Internal ids: 0 for a region row, region index + 1 for its departments' rows.
constexpr quintptr kRegionRow = 0;

} // namespace

DepartmentTreeModel::DepartmentTreeModel(Workspace *workspace, EditActions *edits, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_edits(edits)
{
    connect(m_workspace, &Workspace::opened, this, &DepartmentTreeModel::reload);
    connect(m_workspace, &Workspace::documentsChanged, this, &DepartmentTreeModel::reload);
    connect(m_workspace, &Workspace::departmentsChanged, this, &DepartmentTreeModel::reloadRegion);
    connect(m_workspace, &Workspace::tasksChanged, this, [this](Id documentId) {
        if (auto document = m_workspace->documents().header(documentId))
            reloadRegion(document->regionId);
        else
            reload();
    });
    connect(m_workspace, &Workspace::taskChanged, this, &DepartmentTreeModel::reloadRegionOfTask);
    connect(m_workspace, &Workspace::aboutToClose, this, [this] {
        beginResetModel();
        m_regions.clear();
        endResetModel();
    });
    if (m_workspace->isOpen())
        reload();
}

void DepartmentTreeModel::reload()
{
    beginResetModel();
    m_regions.clear();
    if (m_workspace->isOpen()) {
        const QList<Region> regions = m_workspace->regions().all().value_or({});
        QHash<Id, QString> names;
        for (const Region &r : regions)
            names.insert(r.id, r.name);
        for (const Region &r : regions) {
            const QList<Department> departments = sortedDepartments(r.id);
            if (departments.isEmpty())
                continue;
            RegionEntry e;
            e.region = r;
            e.label = r.parentId ? names.value(r.parentId) + QStringLiteral(" · ") + r.name : r.name;
            e.departments = departments;
            e.counts = m_workspace->departments().taskCounts(r.id).value_or({});
            m_regions.append(e);
        }
    }
    endResetModel();
}

QList<Department> DepartmentTreeModel::sortedDepartments(Id regionId) const
{
    QList<Department> departments = m_workspace->departments().forRegion(regionId).value_or({});
    std::sort(departments.begin(), departments.end(),
              [](const Department &a, const Department &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return departments;
}

void DepartmentTreeModel::reloadRegionOfTask(Id taskId)
{
    if (auto region = m_workspace->tasks().regionOf(taskId); region && *region)
        reloadRegion(*region);
}

void DepartmentTreeModel::reloadRegion(Id regionId)
{
    if (!m_workspace->isOpen())
        return;
    const auto entry = std::find_if(m_regions.begin(), m_regions.end(), [regionId](const RegionEntry &e) { return e.region.id == regionId; });
    const QList<Department> departments = sortedDepartments(regionId);
    if (entry == m_regions.end() || departments.isEmpty()) {
        // A region gains its first department or loses its last: rare enough to rebuild.
        reload();
        return;
    }
    const int regionRow = int(entry - m_regions.begin());
    const QModelIndex parent = index(regionRow, 0);
    QList<Department> &shown = entry->departments;
    QHash<Id, QString> names;
    for (const Department &d : departments)
        names.insert(d.id, d.name);
    // Rows of departments that went (merged away) or were renamed (they move) are removed ...
    for (int row = int(shown.size()) - 1; row >= 0; --row) {
        const Department &d = shown.at(row);
        if (names.value(d.id) == d.name && names.contains(d.id))
            continue;
        beginRemoveRows(parent, row, row);
        shown.removeAt(row);
        endRemoveRows();
    }
    // ... what stayed is in the new order already, and the new rows go in where they sort.
    for (int row = 0; row < departments.size(); ++row) {
        if (row < shown.size() && shown.at(row).id == departments.at(row).id) {
            shown[row] = departments.at(row); // other names may have changed
            continue;
        }
        beginInsertRows(parent, row, row);
        shown.insert(row, departments.at(row));
        endInsertRows();
    }
    entry->counts = m_workspace->departments().taskCounts(regionId).value_or({});
    Q_EMIT dataChanged(parent, parent.siblingAtColumn(ColumnCount - 1));
    if (!shown.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parent), index(int(shown.size()) - 1, ColumnCount - 1, parent));
}

QModelIndex DepartmentTreeModel::indexOfDepartment(Id departmentId) const
{
    for (int r = 0; r < m_regions.size(); ++r) {
        const QList<Department> &ds = m_regions.at(r).departments;
        for (int d = 0; d < ds.size(); ++d) {
            if (ds.at(d).id == departmentId)
                return createIndex(d, 0, quintptr(r + 1));
        }
    }
    return {};
}

QList<Department> DepartmentTreeModel::departmentsOf(Id regionId) const
{
    for (const RegionEntry &e : m_regions) {
        if (e.region.id == regionId)
            return e.departments;
    }
    return {};
}

QModelIndex DepartmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_regions.size() ? createIndex(row, column, kRegionRow) : QModelIndex();
    if (parent.internalId() != kRegionRow)
        return {};
    const RegionEntry &e = m_regions.at(parent.row());
    return row < e.departments.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex DepartmentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kRegionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kRegionRow);
}

int DepartmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_regions.size());
    if (parent.internalId() != kRegionRow || parent.column() != 0)
        return 0;
    return int(m_regions.at(parent.row()).departments.size());
}

int DepartmentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DepartmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kRegionRow) {
        const RegionEntry &e = m_regions.at(index.row());
        if (role == RegionIdRole)
            return e.region.id;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("%1 (%n department(s))", nullptr, int(e.departments.size())).arg(e.label);
        return {};
    }
    const RegionEntry &e = m_regions.at(int(index.internalId() - 1));
    const Department &d = e.departments.at(index.row());
    const DepartmentTaskCount c = e.counts.value(d.id);
    switch (role) {
    case DepartmentIdRole:
        return d.id;
    case RegionIdRole:
        return e.region.id;
    case Qt::EditRole:
        return d.name;
    case Qt::ToolTipRole:
        return d.aliases.isEmpty() ? d.name : tr("%1, also written %2").arg(d.name, d.aliases.join(QStringLiteral("、")));
    case Qt::TextAlignmentRole:
        if (index.column() == LeadColumn || index.column() == CooperatingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case LeadColumn:
            return QLocale().toString(c.lead);
        case CooperatingColumn:
            return QLocale().toString(c.cooperating);
        case AliasesColumn:
            return d.aliases.join(QStringLiteral("、"));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DepartmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Department");
    case LeadColumn:
        return tr("Leads");
    case CooperatingColumn:
        return tr("Cooperates");
    case AliasesColumn:
        return tr("Also written");
    default:
        return {};
    }
}

Qt::ItemFlags DepartmentTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.internalId() != kRegionRow && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool DepartmentTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return m_edits->renameDepartment(index.data(DepartmentIdRole).toLongLong(), value.toString());
}

} // namespace cp::ui
