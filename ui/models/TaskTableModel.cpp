#include "TaskTableModel.h"

#include "commands/EditActions.h"
#include "domain/Format.h"
#include "importing/ChineseScript.h"
#include "storage/Workspace.h"

#include <QRegularExpression>

namespace cp::ui {

namespace {

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、，,；;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

TaskTableModel::TaskTableModel(Workspace *workspace, EditActions *edits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_edits(edits)
{
    connect(m_workspace, &Workspace::opened, this, &TaskTableModel::reload);
    connect(m_workspace, &Workspace::documentsChanged, this, &TaskTableModel::reload);
    connect(m_workspace, &Workspace::aboutToClose, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_rowOfTask.clear();
        endResetModel();
    });
    connect(m_workspace, &Workspace::taskChanged, this, &TaskTableModel::refreshTask);
    connect(m_workspace, &Workspace::metricsChanged, this, &TaskTableModel::refreshTask);
    connect(m_workspace, &Workspace::tasksChanged, this, &TaskTableModel::refreshDocument);
    connect(m_workspace, &Workspace::departmentsChanged, this, &TaskTableModel::refreshRegion);
    if (m_workspace->isOpen())
        reload();
}

void TaskTableModel::loadNames()
{
    m_names = {};
    for (const Department &d : m_workspace->departments().all().value_or({})) {
        m_names.name.insert(d.id, d.name);
        m_names.searchable.insert(d.id, ChineseScript::fold(d.name + QLatin1Char(' ') + d.aliases.join(QLatin1Char(' '))));
        m_names.region.insert(d.id, d.regionId);
    }
    m_documentTitles.clear();
    m_documentRegions.clear();
    for (const Document &d : m_workspace->documents().list().value_or({})) {
        m_documentTitles.insert(d.id, d.title);
        m_documentRegions.insert(d.id, d.regionId);
    }
}

TaskTableModel::Row TaskTableModel::makeRow(const Task &task, const QList<Metric> &metrics) const
{
    Row r;
    r.task = task;
    r.regionId = m_documentRegions.value(task.documentId);
    r.documentTitle = m_documentTitles.value(task.documentId);
    QStringList targets;
    QString search = task.path + QLatin1Char(' ') + task.title + QLatin1Char(' ') + task.text;
    for (const Metric &m : metrics) {
        targets.append(m.label + QLatin1Char(' ') + formatTarget(m));
        search += QLatin1Char(' ') + m.label;
    }
    r.targets = targets.join(QStringLiteral("；"));
    r.metricCount = int(metrics.size());
    r.searchKey = ChineseScript::fold(search);
    r.unitsKeyFrom = r.searchKey.size();
    setUnits(r);
    return r;
}

void TaskTableModel::setUnits(Row &r) const
{
    QStringList lead, cooperating;
    QString searchableNames;
    r.leadIds.clear();
    r.departmentIds.clear();
    for (const TaskDepartment &d : r.task.departments) {
        const QString name = m_names.name.value(d.departmentId);
        (d.role == Role::Lead ? lead : cooperating).append(name);
        if (d.role == Role::Lead)
            r.leadIds.append(d.departmentId);
        r.departmentIds.append(d.departmentId);
        searchableNames += QLatin1Char(' ') + m_names.searchable.value(d.departmentId);
    }
    r.lead = lead.join(QStringLiteral("、"));
    r.cooperating = cooperating.join(QStringLiteral("、"));
    r.searchKey.truncate(r.unitsKeyFrom);
    r.searchKey += searchableNames;
}

void TaskTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_workspace->isOpen()) {
        loadNames();
        QHash<Id, QList<Metric>> metrics;
        for (const Metric &m : m_workspace->metrics().all().value_or({}))
            metrics[m.taskId].append(m);
        const QList<Task> tasks = m_workspace->tasks().all().value_or({});
        m_rows.reserve(tasks.size());
        for (const Task &t : tasks)
            m_rows.append(makeRow(t, metrics.value(t.id)));
    }
    reindex();
    endResetModel();
}

void TaskTableModel::reindex()
{
    m_rowOfTask.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfTask.insert(m_rows.at(i).task.id, i);
}

void TaskTableModel::refreshTask(Id taskId)
{
    const int r = rowOfTask(taskId);
    auto task = m_workspace->tasks().get(taskId);
    if (r < 0 || !task)
        return;
    m_rows[r] = makeRow(*task, m_workspace->metrics().forTask(taskId).value_or({}));
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

// The document's tasks were added, removed or reordered: its block of rows is replaced.
void TaskTableModel::refreshDocument(Id documentId)
{
    QHash<Id, QList<Metric>> metrics;
    for (const Metric &m : m_workspace->metrics().forDocument(documentId).value_or({}))
        metrics[m.taskId].append(m);
    const QList<Task> tasks = m_workspace->tasks().forDocument(documentId).value_or({});

    int first = -1, last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).task.documentId == documentId) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    bool sameOrder = first >= 0 && last - first + 1 == tasks.size();
    for (int i = 0; sameOrder && i < tasks.size(); ++i)
        sameOrder = m_rows.at(first + i).task.id == tasks.at(i).id;
    if (sameOrder) {
        for (int i = 0; i < tasks.size(); ++i)
            m_rows[first + i] = makeRow(tasks.at(i), metrics.value(tasks.at(i).id));
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        return;
    }
    if (first >= 0) {
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    } else {
        // A new document's block goes after the blocks of earlier documents.
        first = 0;
        while (first < m_rows.size() && m_rows.at(first).task.documentId < documentId)
            ++first;
    }
    if (!tasks.isEmpty()) {
        beginInsertRows(QModelIndex(), first, first + int(tasks.size()) - 1);
        QList<Row> block;
        for (const Task &t : tasks)
            block.append(makeRow(t, metrics.value(t.id)));
        m_rows.insert(first, block.size(), Row());
        for (int i = 0; i < block.size(); ++i)
            m_rows[first + i] = block.at(i);
        reindex();
        endInsertRows();
    } else {
        reindex();
    }
}

// A department was renamed, merged or given another name: the region's rows show it anew.
// A region's departments were renamed, merged or given other names: only the unit columns and
// search words of that region's tasks can change, so only those are read again and only the rows
// that changed are announced.
void TaskTableModel::refreshRegion(Id regionId)
{
    loadNames();
    auto links = m_workspace->tasks().departmentsInRegion(regionId);
    if (!links) {
        reload();
        return;
    }
    int first = -1, last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.regionId != regionId)
            continue;
        const QString lead = r.lead, cooperating = r.cooperating;
        const qsizetype keySize = r.searchKey.size();
        const QString unitsKey = r.searchKey.mid(r.unitsKeyFrom);
        r.task.departments = links->value(r.task.id);
        setUnits(r);
        if (r.lead != lead || r.cooperating != cooperating || r.searchKey.size() != keySize
            || QStringView(r.searchKey).mid(r.unitsKeyFrom) != unitsKey) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

Id TaskTableModel::taskId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).task.id : 0;
}

int TaskTableModel::rowOfTask(Id taskId) const
{
    return m_rowOfTask.value(taskId, -1);
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Task &t = r.task;
    switch (role) {
    case TaskIdRole:
        return t.id;
    case DocumentIdRole:
        return t.documentId;
    case SortRole:
        switch (index.column()) {
        case DocumentColumn:
        case NumberColumn:
            // Document order: the document, then the task's place in it.
            return t.documentId * 100000 + t.position;
        case DeadlineColumn:
            return t.deadline.isValid() ? t.deadline : QDate(9999, 12, 31);
        case StatusColumn:
            return int(t.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return t.text;
        if (index.column() == TargetsColumn)
            return QString(r.targets).replace(QStringLiteral("；"), QStringLiteral("\n"));
        return data(index, Qt::DisplayRole);
    case Qt::EditRole:
        if (index.column() == DeadlineColumn)
            return t.deadline;
        if (index.column() == StatusColumn)
            return QVariant::fromValue(t.status);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return r.documentTitle;
        case NumberColumn:
            return t.path; // （一） repeats in every section; 二.（一） does not
        case TitleColumn:
            return t.title;
        case LeadColumn:
            return r.lead;
        case CooperatingColumn:
            return r.cooperating;
        case TargetsColumn:
            return r.targets;
        case DeadlineColumn:
            return t.deadline.isValid() ? QLocale().toString(t.deadline, QLocale::ShortFormat) : QString();
        case StatusColumn:
            return displayName(t.status);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
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

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case NumberColumn:
    case TitleColumn:
    case LeadColumn:
    case CooperatingColumn:
    case DeadlineColumn:
    case StatusColumn:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    const Id id = m_rows.at(index.row()).task.id;
    // The edit goes through the undo stack; the row follows from the change signal.
    switch (index.column()) {
    case NumberColumn:
        return m_edits->setTaskField(id, EditActions::TaskField::Number, value);
    case TitleColumn:
        return m_edits->setTaskField(id, EditActions::TaskField::Title, value);
    case LeadColumn:
        return m_edits->setTaskLeads(id, splitNames(value.toString()));
    case CooperatingColumn:
        return m_edits->setTaskCooperating(id, splitNames(value.toString()));
    case DeadlineColumn:
        return m_edits->setTaskField(id, EditActions::TaskField::Deadline, value.toDate());
    case StatusColumn:
        return m_edits->setTaskField(id, EditActions::TaskField::Status, value);
    default:
        return false;
    }
}

} // namespace cp::ui
