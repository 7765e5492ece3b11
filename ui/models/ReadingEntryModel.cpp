#include "ReadingEntryModel.h"

#include "commands/EditActions.h"
#include "domain/Format.h"
#include "importing/ChineseNumber.h"
#include "storage/Workspace.h"

#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <utility>

namespace cp::ui {

namespace {

const QColor kMuted(128, 128, 128);
const QColor kMisses(198, 40, 40);

// A value as the table shows it: up to two decimals, no trailing zeros.
QString shown(double v)
{
    const QLocale locale;
    QString s = locale.toString(v, 'f', 2);
    const QString point = locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

// A value as the editor offers it: every digit stored, no group separators.
QString editable(double v)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'g', 12);
}

// A number as typed: 120, 1.5, 1.5万, 一百; empty for none; nullopt when it is no number.
std::optional<std::optional<double>> parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double v = QLocale().toDouble(t, &ok);
    if (ok && std::isfinite(v))
        return std::optional<double>(v);
    if (auto parsed = ChineseNumber::parse(t))
        return std::optional<double>(*parsed);
    return std::nullopt;
}

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

ReadingEntryModel::ReadingEntryModel(Workspace *workspace, EditActions *edits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_edits(edits)
{
    // A reading or plan of one target can move others (linked targets share readings): every
    // row is computed again, and only the cells that changed are announced.
    for (auto signal : {&Workspace::readingsChanged, &Workspace::plansChanged}) {
        connect(m_workspace, signal, this, [this] {
            reload();
            m_handled = true;
        });
    }
    connect(m_workspace, &Workspace::dispatchRulesChanged, this, [this] {
        m_rules = DispatchRules::load(*m_workspace).value_or(DispatchRules());
        reload();
        m_handled = true;
    });
    for (auto signal : {&Workspace::reportsChanged, &Workspace::eventsChanged})
        connect(m_workspace, signal, this, [this] { m_handled = true; });
    connect(m_workspace, &Workspace::progressChanged, this, [this] {
        if (!std::exchange(m_handled, false))
            reload();
    });
    connect(m_workspace, &Workspace::metricsChanged, this, &ReadingEntryModel::reload);
    connect(m_workspace, &Workspace::taskChanged, this, &ReadingEntryModel::reload);
    connect(m_workspace, &Workspace::tasksChanged, this, &ReadingEntryModel::reload);
    connect(m_workspace, &Workspace::documentsChanged, this, &ReadingEntryModel::reload);
    connect(m_workspace, &Workspace::departmentsChanged, this, [this](Id regionId) {
        if (regionId == m_regionId)
            reload();
    });
    connect(m_workspace, &Workspace::aboutToClose, this, [this] { setScope(0, 0, m_month); });
}

void ReadingEntryModel::setScope(Id regionId, Id departmentId, Month month)
{
    const bool same = regionId == m_regionId && departmentId == m_departmentId && month == m_month;
    m_regionId = regionId;
    m_departmentId = departmentId;
    m_month = month;
    m_rules = m_workspace->isOpen() ? DispatchRules::load(*m_workspace).value_or(DispatchRules())
                                    : DispatchRules();
    if (same) {
        reload();
        return;
    }
    beginResetModel();
    m_rows = readRows();
    endResetModel();
}

QList<ReadingEntryModel::Row> ReadingEntryModel::readRows() const
{
    QList<Row> rows;
    if (!m_workspace->isOpen() || !m_regionId || !m_departmentId)
        return rows;
    const QList<Id> leadIds =
        m_workspace->tasks().tasksOfDepartment(m_departmentId, true).value_or({});
    const QSet<Id> leads(leadIds.begin(), leadIds.end());
    QHash<Id, Reading> readings;
    for (const Reading &r :
         m_workspace->progress().readingsForMonth(m_month, m_regionId).value_or({}))
        readings.insert(r.metricId, r);
    QHash<Id, QString> paths;
    for (const MetricTrack &track :
         m_workspace->progress().metricTracks(m_month, m_regionId).value_or({})) {
        if (!leads.contains(track.metric.taskId))
            continue;
        Row r;
        r.metric = track.metric;
        r.assessment = ProgressStatus::assess(track, m_month, m_rules);
        if (r.assessment.state == ProgressState::NotDue || m_month > r.assessment.end)
            continue; // the month is outside the target's period
        if (!paths.contains(r.metric.taskId))
            paths.insert(r.metric.taskId,
                         m_workspace->tasks().get(r.metric.taskId).value_or(Task()).path);
        r.path = paths.value(r.metric.taskId);
        if (auto it = readings.constFind(r.metric.id); it != readings.constEnd()) {
            r.reading = *it;
            for (const QString &sha : it->evidence)
                r.evidence.append(m_workspace->progress().evidenceFile(sha).value_or(
                    EvidenceFile{0, sha, sha.left(12), 0}));
        }
        rows.append(r);
    }
    return rows;
}

void ReadingEntryModel::reload()
{
    const QList<Row> rows = readRows();
    bool sameMetrics = rows.size() == m_rows.size();
    for (int i = 0; sameMetrics && i < rows.size(); ++i)
        sameMetrics = rows.at(i).metric.id == m_rows.at(i).metric.id;
    if (!sameMetrics) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i)
        replaceRow(i, rows.at(i));
}

void ReadingEntryModel::replaceRow(int r, const Row &updated)
{
    static const int roles[] = {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::ForegroundRole,
                                Qt::BackgroundRole};
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

void ReadingEntryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QColor ReadingEntryModel::stateColor(ProgressState state)
{
    switch (state) {
    case ProgressState::Done:
        return QColor(200, 230, 201); // green
    case ProgressState::OnTrack:
        return QColor(187, 222, 251); // blue
    case ProgressState::Behind:
        return QColor(255, 224, 130); // amber
    case ProgressState::AtRisk:
        return QColor(239, 154, 154); // red
    case ProgressState::NotReported:
        return QColor(224, 224, 224); // grey
    case ProgressState::NotDue:
        return {};
    }
    return {};
}

Id ReadingEntryModel::metricId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).metric.id : 0;
}

int ReadingEntryModel::rowOfMetric(Id metricId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).metric.id == metricId)
            return i;
    }
    return -1;
}

std::optional<Reading> ReadingEntryModel::reading(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).reading : std::nullopt;
}

MetricAssessment ReadingEntryModel::assessment(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).assessment : MetricAssessment();
}

QList<EvidenceFile> ReadingEntryModel::evidence(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).evidence : QList<EvidenceFile>();
}

int ReadingEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReadingEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadingEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return cell(m_rows.at(index.row()), index.column(), role);
}

QVariant ReadingEntryModel::cell(const Row &r, int column, int role) const
{
    const MetricAssessment &a = r.assessment;
    // The month's value came from a linked target (the same target in another document).
    const bool shared = !r.reading && a.value;
    switch (role) {
    case MetricIdRole:
        return r.metric.id;
    case StateRole:
        return int(a.state);
    case Qt::TextAlignmentRole:
        switch (column) {
        case ExpectedColumn:
        case ValueColumn:
        case ForecastColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (column == StatusColumn && stateColor(a.state).isValid())
            return stateColor(a.state);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && stateColor(a.state).isValid())
            return QColor(Qt::black); // readable on the light status colours in a dark theme too
        if (column == ValueColumn && shared)
            return kMuted;
        if (column == ForecastColumn && a.forecastMisses)
            return kMisses;
        return {};
    case Qt::EditRole:
        if (column == ValueColumn)
            return r.reading ? editable(r.reading->value) : QString();
        return cell(r, column, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (column) {
        case NumberColumn:
        case TargetColumn:
        case GoalColumn:
            return r.metric.quote;
        case ExpectedColumn:
            if (!a.expected)
                return {};
            return tr("Where the path to the target puts the end of %1: %2% of its period gone by")
                .arg(m_month.toString(), QLocale().toString(a.elapsed * 100, 'f', 0));
        case ValueColumn:
            return shared ? tr("Read for a linked target; type a value to read this target itself")
                          : QString();
        case ForecastColumn:
            if (!a.forecast)
                return {};
            if (a.forecastMisses)
                return tr("At this pace it will miss the target (%1) by the end of %2")
                    .arg(formatTarget(r.metric), a.end.toString());
            return tr("Where this pace leads by the end of %1").arg(a.end.toString());
        case NoteColumn:
            return r.reading ? r.reading->note : QString();
        case EvidenceColumn: {
            QStringList names;
            for (const EvidenceFile &f : r.evidence)
                names.append(f.name);
            return names.isEmpty() ? tr("Drop files here, or right-click to attach evidence")
                                   : names.join(QLatin1Char('\n'));
        }
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return r.path;
        case TargetColumn:
            return r.metric.label;
        case GoalColumn:
            return formatTarget(r.metric);
        case ExpectedColumn:
            return a.expected ? shown(*a.expected) : QString();
        case ValueColumn:
            if (r.reading)
                return shown(r.reading->value);
            return a.value ? shown(*a.value) : QString();
        case StatusColumn:
            return ProgressStatus::name(a.state);
        case ForecastColumn:
            return a.forecast ? shown(*a.forecast) : QString();
        case NoteColumn:
            return r.reading ? r.reading->note : QString();
        case EvidenceColumn:
            return r.evidence.isEmpty() ? QString()
                                        : tr("%n file(s)", nullptr, int(r.evidence.size()));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReadingEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TargetColumn:
        return tr("Target");
    case GoalColumn:
        return tr("Goal");
    case ExpectedColumn:
        return tr("Expected this month");
    case ValueColumn:
        return tr("This month");
    case StatusColumn:
        return tr("Status");
    case ForecastColumn:
        return tr("Forecast");
    case NoteColumn:
        return tr("Note");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

Qt::ItemFlags ReadingEntryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDropEnabled; // evidence files are dropped on any cell of the row
    if (index.column() == ValueColumn || index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReadingEntryModel::setReading(const Row &r, std::optional<double> value, const QString &note,
                                   const QStringList &evidence)
{
    return m_edits->setReading(r.metric.id, m_month, value, note, m_departmentId, evidence);
}

bool ReadingEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    const Row r = m_rows.at(index.row());
    const QString note = r.reading ? r.reading->note : QString();
    const QStringList evidence = r.reading ? r.reading->evidence : QStringList();
    // The edit goes through the undo stack; the row follows from readingsChanged.
    switch (index.column()) {
    case ValueColumn: {
        const QString text = value.toString();
        if (r.reading && text.trimmed() == editable(r.reading->value))
            return true;
        const auto parsed = parseNumber(text);
        if (!parsed) {
            Q_EMIT m_edits->failed(tr("“%1” is not a number: the reading of %2 was not changed")
                                       .arg(text.trimmed(), r.metric.label));
            return false;
        }
        return setReading(r, *parsed, note, evidence);
    }
    case NoteColumn: {
        const QString text = value.toString().trimmed();
        if (!r.reading) {
            if (text.isEmpty())
                return true;
            Q_EMIT m_edits->failed(
                tr("Enter this month's value of %1 before its note").arg(r.metric.label));
            return false;
        }
        return setReading(r, r.reading->value, text, evidence);
    }
    default:
        return false;
    }
}

bool ReadingEntryModel::attachEvidence(int row, const QStringList &filePaths)
{
    if (row < 0 || row >= m_rows.size() || filePaths.isEmpty())
        return false;
    const Row r = m_rows.at(row);
    if (!r.reading) {
        Q_EMIT m_edits->failed(
            tr("Enter this month's value of %1 before attaching evidence").arg(r.metric.label));
        return false;
    }
    QStringList evidence = r.reading->evidence;
    for (const QString &path : filePaths) {
        const auto sha = m_edits->storeEvidence(path);
        if (!sha)
            return false;
        if (!evidence.contains(*sha))
            evidence.append(*sha);
    }
    return setReading(r, r.reading->value, r.reading->note, evidence);
}

bool ReadingEntryModel::removeEvidence(int row, const QString &sha256)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).reading)
        return false;
    const Row r = m_rows.at(row);
    QStringList evidence = r.reading->evidence;
    evidence.removeAll(sha256);
    return setReading(r, r.reading->value, r.reading->note, evidence);
}

QStringList ReadingEntryModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions ReadingEntryModel::supportedDropActions() const
{
    // Never Move: the file manager would delete the file it thinks was moved.
    return Qt::CopyAction | Qt::LinkAction;
}

bool ReadingEntryModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &parent) const
{
    return parent.isValid() && (action & supportedDropActions()) && !localFiles(data).isEmpty();
}

bool ReadingEntryModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    return attachEvidence(parent.row(), localFiles(data));
}

} // namespace cp::ui
