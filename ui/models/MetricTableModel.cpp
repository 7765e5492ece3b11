#include "MetricTableModel.h"

#include "commands/EditActions.h"
#include "importing/ChineseNumber.h"
#include "storage/Workspace.h"

namespace cp::ui {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'g', 12) : QString();
}

// A number as typed: 1.5, 15000, 1.5万, 一百; empty for none.
std::optional<std::optional<double>> parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double v = QLocale().toDouble(t, &ok);
    if (ok)
        return std::optional<double>(v);
    if (auto parsed = ChineseNumber::parse(t))
        return std::optional<double>(*parsed);
    return std::nullopt;
}

} // namespace

MetricTableModel::MetricTableModel(Workspace *workspace, EditActions *edits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_edits(edits)
{
    connect(m_workspace, &Workspace::metricsChanged, this, [this](Id taskId) {
        if (taskId == m_taskId)
            reload();
    });
    connect(m_workspace, &Workspace::tasksChanged, this, &MetricTableModel::reload);
    connect(m_workspace, &Workspace::aboutToClose, this, [this] { setTask(0); });
}

void MetricTableModel::setTask(Id taskId)
{
    m_taskId = taskId;
    reload();
}

void MetricTableModel::reload()
{
    beginResetModel();
    m_metrics = m_taskId && m_workspace->isOpen() ? m_workspace->metrics().forTask(m_taskId).value_or({}) : QList<Metric>();
    endResetModel();
}

int MetricTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int MetricTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_metrics.size())
        return {};
    const Metric &m = m_metrics.at(index.row());
    if (role == MetricIdRole)
        return m.id;
    if (role == SpanStartRole)
        return m.span.start;
    if (role == SpanEndRole)
        return m.span.end;
    if (role == Qt::ToolTipRole)
        return m.quote;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return m.label;
    case ValueColumn:
        return number(m.value);
    case UnitColumn:
        return m.unit;
    case ComparatorColumn:
        return role == Qt::EditRole ? QVariant::fromValue(m.comparator) : QVariant(comparatorSymbol(m.comparator));
    case BaselineColumn:
        return number(m.baseline);
    case UpperColumn:
        return number(m.valueMax);
    case KindColumn:
        return role == Qt::EditRole ? QVariant::fromValue(m.kind) : QVariant(displayName(m.kind));
    case PeriodColumn:
        return m.period;
    default:
        return {};
    }
}

QVariant MetricTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Measured");
    case ValueColumn:
        return tr("Target");
    case UnitColumn:
        return tr("Unit");
    case ComparatorColumn:
        return tr("Comparator");
    case BaselineColumn:
        return tr("Baseline");
    case UpperColumn:
        return tr("Up to");
    case KindColumn:
        return tr("Kind");
    case PeriodColumn:
        return tr("Period");
    default:
        return {};
    }
}

Qt::ItemFlags MetricTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool MetricTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_metrics.size())
        return false;
    Metric m = m_metrics.at(index.row());
    switch (index.column()) {
    case LabelColumn:
        m.label = value.toString().trimmed();
        break;
    case ValueColumn:
    case BaselineColumn:
    case UpperColumn: {
        const auto parsed = parseNumber(value.toString());
        if (!parsed || (index.column() == ValueColumn && !*parsed)) {
            Q_EMIT m_edits->failed(tr("“%1” is not a number").arg(value.toString()));
            return false;
        }
        if (index.column() == ValueColumn)
            m.value = **parsed;
        else if (index.column() == BaselineColumn)
            m.baseline = *parsed;
        else
            m.valueMax = *parsed;
        break;
    }
    case UnitColumn:
        m.unit = value.toString().trimmed();
        break;
    case ComparatorColumn:
        m.comparator = value.value<Comparator>();
        break;
    case KindColumn:
        m.kind = value.value<MetricKind>();
        break;
    case PeriodColumn:
        m.period = value.toString().trimmed();
        break;
    default:
        return false;
    }
    return m_edits->updateMetric(m);
}

} // namespace cp::ui
