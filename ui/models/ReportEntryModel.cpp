#include "ReportEntryModel.h"

#include "commands/EditActions.h"
#include "progress/DispatchScore.h"
#include "storage/Workspace.h"

#include <QColor>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace cp::ui {

namespace {

const QColor kLate(198, 40, 40);
const QColor kMuted(128, 128, 128);
const QString kNoReportText = QStringLiteral("—");

QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data)
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

ReportEntryModel::ReportEntryModel(Workspace *workspace, EditActions *edits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_edits(edits)
{
    connect(m_workspace, &Workspace::reportsChanged, this, [this](Id taskId) {
        refreshTask(taskId);
        m_handled = true;
    });
    connect(m_workspace, &Workspace::taskChanged, this, &ReportEntryModel::refreshTask);
    connect(m_workspace, &Workspace::tasksChanged, this, &ReportEntryModel::reload);
    connect(m_workspace, &Workspace::documentsChanged, this, &ReportEntryModel::reload);
    connect(m_workspace, &Workspace::departmentsChanged, this, [this](Id regionId) {
        if (regionId == m_regionId)
            reload();
    });
    connect(m_workspace, &Workspace::dispatchRulesChanged, this, [this] {
        const QDateTime before = m_deadline;
        loadDeadline();
        if (m_deadline != before && !m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, SubmittedColumn),
                               index(int(m_rows.size()) - 1, SubmittedColumn));
        m_handled = true;
    });
    // Readings, events and plans do not show here.
    for (auto signal :
         {&Workspace::readingsChanged, &Workspace::eventsChanged, &Workspace::plansChanged})
        connect(m_workspace, signal, this, [this] { m_handled = true; });
    // progressChanged alone: a bulk change (a generated workspace) that names nothing in
    // particular.
    connect(m_workspace, &Workspace::progressChanged, this, [this] {
        if (!std::exchange(m_handled, false))
            reload();
    });
    connect(m_workspace, &Workspace::aboutToClose, this, [this] { setScope(0, 0, m_month); });
}

void ReportEntryModel::setScope(Id regionId, Id departmentId, Month month)
{
    const bool same = regionId == m_regionId && departmentId == m_departmentId && month == m_month;
    m_regionId = regionId;
    m_departmentId = departmentId;
    m_month = month;
    loadDeadline();
    if (same) {
        reload();
        return;
    }
    beginResetModel();
    m_rows = readRows();
    endResetModel();
}

void ReportEntryModel::loadDeadline()
{
    const DispatchRules rules = m_workspace->isOpen()
                                    ? DispatchRules::load(*m_workspace).value_or(DispatchRules())
                                    : DispatchRules();
    m_deadline = DispatchScoring::reportDeadline(m_month, rules);
}

QList<Task> ReportEntryModel::annualTasks(const Workspace &workspace, Id regionId, int year)
{
    QList<Task> tasks;
    if (!workspace.isOpen() || !regionId)
        return tasks;
    for (const Document &d : workspace.documents().list().value_or({})) {
        if (d.regionId == regionId && (d.year == year || d.year == 0))
            tasks.append(workspace.tasks().forDocument(d.id).value_or({}));
    }
    return tasks;
}

QList<EvidenceFile> ReportEntryModel::evidenceFiles(const QStringList &sha256s) const
{
    QList<EvidenceFile> files;
    for (const QString &sha : sha256s)
        files.append(m_workspace->progress().evidenceFile(sha).value_or(
            EvidenceFile{0, sha, sha.left(12), 0}));
    return files;
}

QList<ReportEntryModel::Row> ReportEntryModel::readRows() const
{
    QList<Row> rows;
    if (m_workspace->isOpen() && m_regionId && m_departmentId) {
        QHash<Id, TaskReport> reports, lastMonth;
        for (const TaskReport &r :
             m_workspace->progress().reportsForMonth(m_month, m_regionId).value_or({})) {
            if (r.departmentId == m_departmentId)
                reports.insert(r.taskId, r);
        }
        for (const TaskReport &r :
             m_workspace->progress().reportsForMonth(m_month.plus(-1), m_regionId).value_or({})) {
            if (r.departmentId == m_departmentId)
                lastMonth.insert(r.taskId, r);
        }
        QList<Row> cooperating;
        for (const Task &t : annualTasks(*m_workspace, m_regionId, m_month.year())) {
            const auto link = std::find_if(
                t.departments.begin(), t.departments.end(),
                [&](const TaskDepartment &d) { return d.departmentId == m_departmentId; });
            if (link == t.departments.end())
                continue;
            Row r;
            r.taskId = t.id;
            r.path = t.path;
            r.title = t.title;
            r.role = link->role;
            if (auto it = reports.constFind(t.id); it != reports.constEnd()) {
                r.report = *it;
                r.evidence = evidenceFiles(it->evidence);
            }
            if (auto it = lastMonth.constFind(t.id); it != lastMonth.constEnd())
                r.lastMonth = it->status;
            (r.role == Role::Lead ? rows : cooperating).append(r);
        }
        rows.append(cooperating); // 牵头 first, then 配合
    }
    return rows;
}

// Reads the department's tasks and reports again; the same tasks keep their rows.
void ReportEntryModel::reload()
{
    const QList<Row> rows = readRows();
    bool sameTasks = rows.size() == m_rows.size();
    for (int i = 0; sameTasks && i < rows.size(); ++i)
        sameTasks = rows.at(i).taskId == m_rows.at(i).taskId;
    if (!sameTasks) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i)
        replaceRow(i, rows.at(i));
}

void ReportEntryModel::refreshTask(Id taskId)
{
    const int r = rowOfTask(taskId);
    if (r < 0)
        return;
    Row row = m_rows.at(r);
    if (auto task = m_workspace->tasks().get(taskId)) {
        row.path = task->path;
        row.title = task->title;
    }
    const auto read = [&](Month month) -> std::optional<TaskReport> {
        const Id id = m_workspace->progress()
                          .findReport(taskId, m_departmentId, month.toString())
                          .value_or(0);
        if (!id)
            return std::nullopt;
        auto report = m_workspace->progress().report(id);
        return report ? std::optional<TaskReport>(*report) : std::nullopt;
    };
    row.report = read(m_month);
    row.evidence = row.report ? evidenceFiles(row.report->evidence) : QList<EvidenceFile>();
    const auto last = read(m_month.plus(-1));
    row.lastMonth = last ? std::optional<TaskStatus>(last->status) : std::nullopt;
    replaceRow(r, row);
}

void ReportEntryModel::replaceRow(int r, const Row &updated)
{
    static const int roles[] = {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::ForegroundRole};
    int first = -1, last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        for (int role : roles) {
            if (cell(m_rows.at(r), c, role) != cell(updated, c, role)) {
                if (first < 0)
                    first = c;
                last = c;
                break;
            }
        }
    }
    m_rows[r] = updated;
    if (first >= 0)
        Q_EMIT dataChanged(index(r, first), index(r, last));
}

void ReportEntryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

Id ReportEntryModel::taskId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).taskId : 0;
}

int ReportEntryModel::rowOfTask(Id taskId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).taskId == taskId)
            return i;
    }
    return -1;
}

std::optional<TaskReport> ReportEntryModel::report(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).report : std::nullopt;
}

QList<EvidenceFile> ReportEntryModel::evidence(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).evidence : QList<EvidenceFile>();
}

int ReportEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return cell(m_rows.at(index.row()), index.column(), role);
}

QVariant ReportEntryModel::cell(const Row &r, int column, int role) const
{
    const bool late = r.report && r.report->submittedAt > m_deadline;
    switch (role) {
    case TaskIdRole:
        return r.taskId;
    case LateRole:
        return late;
    case Qt::EditRole:
        if (column == StatusColumn)
            return r.report ? int(r.report->status) : NoReport;
        return cell(r, column, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (column == SubmittedColumn && late)
            return kLate;
        if (column == StatusColumn && !r.report)
            return kMuted;
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TaskColumn:
            return r.title;
        case StatusColumn:
            return r.report ? QVariant() : tr("Not reported yet: choose a status (F2)");
        case NarrativeColumn:
            return r.report ? r.report->narrative : QString();
        case EvidenceColumn: {
            QStringList names;
            for (const EvidenceFile &f : r.evidence)
                names.append(f.name);
            return names.isEmpty() ? tr("Drop files here, or right-click to attach evidence")
                                   : names.join(QLatin1Char('\n'));
        }
        case SubmittedColumn:
            if (late)
                return tr("Late: reports for %1 were due by %2")
                    .arg(m_month.toString(), m_deadline.date().toString(Qt::ISODate));
            return {};
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return r.path;
        case TaskColumn:
            return r.title;
        case RoleColumn:
            return displayName(r.role);
        case LastMonthColumn:
            return r.lastMonth ? displayName(*r.lastMonth) : QString();
        case StatusColumn:
            return r.report ? displayName(r.report->status) : kNoReportText;
        case NarrativeColumn:
            return r.report ? r.report->narrative : QString();
        case EvidenceColumn:
            return r.evidence.isEmpty() ? QString()
                                        : tr("%n file(s)", nullptr, int(r.evidence.size()));
        case SubmittedColumn:
            return r.report ? QLocale().toString(r.report->submittedAt.toLocalTime(),
                                                 QLocale::ShortFormat)
                            : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReportEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TaskColumn:
        return tr("Task");
    case RoleColumn:
        return tr("Role");
    case LastMonthColumn:
        return tr("Last month");
    case StatusColumn:
        return tr("Status");
    case NarrativeColumn:
        return tr("Narrative");
    case EvidenceColumn:
        return tr("Evidence");
    case SubmittedColumn:
        return tr("Submitted");
    default:
        return {};
    }
}

Qt::ItemFlags ReportEntryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDropEnabled; // evidence files are dropped on any cell of the row
    if (index.column() == StatusColumn || index.column() == NarrativeColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReportEntryModel::setReport(const Row &r, std::optional<TaskStatus> status,
                                 const QString &narrative, const QStringList &evidence)
{
    return m_edits->setReport(r.taskId, m_departmentId, m_month, status, narrative, evidence);
}

bool ReportEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    const Row r = m_rows.at(index.row());
    const QString narrative = r.report ? r.report->narrative : QString();
    const QStringList evidence = r.report ? r.report->evidence : QStringList();
    // The edit goes through the undo stack; the row follows from reportsChanged.
    switch (index.column()) {
    case StatusColumn: {
        bool ok = false;
        const int code = value.toInt(&ok);
        if (!ok || code < NoReport || code > int(TaskStatus::Completed))
            return false;
        const std::optional<TaskStatus> status =
            code == NoReport ? std::nullopt : std::optional<TaskStatus>(TaskStatus(code));
        return setReport(r, status, narrative, evidence);
    }
    case NarrativeColumn: {
        const QString text = value.toString().trimmed();
        if (!r.report) {
            if (text.isEmpty())
                return true;
            Q_EMIT m_edits->failed(
                tr("Choose the status of %1 before writing about it").arg(r.path));
            return false;
        }
        return setReport(r, r.report->status, text, evidence);
    }
    default:
        return false;
    }
}

bool ReportEntryModel::attachEvidence(int row, const QStringList &filePaths)
{
    if (row < 0 || row >= m_rows.size() || filePaths.isEmpty())
        return false;
    const Row r = m_rows.at(row);
    if (!r.report) {
        Q_EMIT m_edits->failed(tr("Choose the status of %1 before attaching evidence").arg(r.path));
        return false;
    }
    QStringList evidence = r.report->evidence;
    for (const QString &path : filePaths) {
        const auto sha = m_edits->storeEvidence(path);
        if (!sha)
            return false;
        if (!evidence.contains(*sha))
            evidence.append(*sha);
    }
    return setReport(r, r.report->status, r.report->narrative, evidence);
}

bool ReportEntryModel::removeEvidence(int row, const QString &sha256)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).report)
        return false;
    const Row r = m_rows.at(row);
    QStringList evidence = r.report->evidence;
    evidence.removeAll(sha256);
    return setReport(r, r.report->status, r.report->narrative, evidence);
}

QStringList ReportEntryModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions ReportEntryModel::supportedDropActions() const
{
    // Never Move: the file manager would delete the file it thinks was moved.
    return Qt::CopyAction | Qt::LinkAction;
}

bool ReportEntryModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    return parent.isValid() && (action & supportedDropActions()) && !localFiles(data).isEmpty();
}

bool ReportEntryModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    return attachEvidence(parent.row(), localFiles(data));
}

} // namespace cp::ui
