#include "TaskTableModel.h"

#include "domain/Format.h"
#include "storage/Workspace.h"

namespace cp::ui {

TaskTableModel::TaskTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(m_workspace, &Workspace::tasksChanged, this, [this](Id documentId) {
        if (documentId == m_documentId)
            reload();
    });
    connect(m_workspace, &Workspace::departmentsChanged, this, &TaskTableModel::reload);
    connect(m_workspace, &Workspace::aboutToClose, this, [this] { setDocument(0); });
    connect(m_workspace, &Workspace::opened, this, [this] { setDocument(0); });
}

void TaskTableModel::setDocument(Id documentId)
{
    m_documentId = documentId;
    reload();
}

void TaskTableModel::reload()
{
    beginResetModel();
    m_tasks.clear();
    m_metrics.clear();
    m_departmentNames.clear();
    if (m_documentId && m_workspace->isOpen()) {
        auto tasks = m_workspace->tasks().forDocument(m_documentId);
        auto metrics = m_workspace->metrics().forDocument(m_documentId);
        auto document = m_workspace->documents().header(m_documentId);
        if (tasks && metrics && document) {
            m_tasks = *tasks;
            for (const Metric &m : *metrics)
                m_metrics[m.taskId].append(m);
            if (auto departments = m_workspace->departments().forRegion(document->regionId)) {
                for (const Department &dep : *departments)
                    m_departmentNames.insert(dep.id, dep.name);
            }
        }
    }
    endResetModel();
}

Id TaskTableModel::taskId(int row) const
{
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row).id : 0;
}

int TaskTableModel::rowOfTask(Id taskId) const
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == taskId)
            return int(i);
    }
    return -1;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskTableModel::departmentNames(const Task &task, cp::Role role) const
{
    QStringList names;
    for (const TaskDepartment &d : task.departments) {
        if (d.role == role)
            names.append(m_departmentNames.value(d.departmentId));
    }
    return names.join(QStringLiteral("、"));
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const Task &t = m_tasks.at(index.row());
    if (role == TaskIdRole)
        return t.id;
    if (role == SortRole && index.column() == NumberColumn)
        return t.position;
    if (role == SortRole && index.column() == DeadlineColumn)
        return t.deadline;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return t.text;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};

    switch (index.column()) {
    case NumberColumn:
        return t.path; // （一） repeats in every section; 二.（一） does not
    case TitleColumn:
        return t.title;
    case LeadColumn:
        return departmentNames(t, cp::Role::Lead);
    case CooperatingColumn:
        return departmentNames(t, cp::Role::Cooperating);
    case TargetsColumn: {
        QStringList targets;
        for (const Metric &m : m_metrics.value(t.id))
            targets.append(m.label + QLatin1Char(' ') + formatTarget(m));
        return targets.join(QStringLiteral("；"));
    }
    case DeadlineColumn:
        return t.deadline.isValid() ? QLocale().toString(t.deadline, QLocale::ShortFormat) : QString();
    case StatusColumn:
        return displayName(t.status);
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Task");
    case LeadColumn:
        return tr("Lead");
    case CooperatingColumn:
        return tr("Cooperating");
    case TargetsColumn:
        return tr("Targets");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cp::ui
