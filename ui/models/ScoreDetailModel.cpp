#include "ScoreDetailModel.h"

#include <QFont>
#include <QLocale>

namespace cp::ui {

namespace {

// Internal ids: 0 for a part's row, the part's row + 1 for the rows of its items.
constexpr quintptr kPartRow = 0;

QString points(double value)
{
    return QLocale().toString(value, 'f', 2);
}

bool isTaskPart(ScorePart part)
{
    return part == ScorePart::Progress || part == ScorePart::Completion ||
           part == ScorePart::CompletedProgress;
}

} // namespace

ScoreDetailModel::ScoreDetailModel(QObject *parent) : QAbstractItemModel(parent) {}

void ScoreDetailModel::setScore(const DepartmentScore &score)
{
    beginResetModel();
    m_score = score;
    m_parts.clear();
    for (int i = 0; i < m_score.components.size(); ++i) {
        const ScoreComponent &c = m_score.components.at(i);
        if (c.part == ScorePart::Base || c.points != 0 || !c.items.isEmpty())
            m_parts.append(i);
    }
    endResetModel();
}

void ScoreDetailModel::clear()
{
    setScore({});
}

QModelIndex ScoreDetailModel::indexOfPart(ScorePart part) const
{
    for (int row = 0; row < m_parts.size(); ++row) {
        if (m_score.components.at(m_parts.at(row)).part == part)
            return index(row, 0);
    }
    return {};
}

QModelIndex ScoreDetailModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kPartRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ScoreDetailModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPartRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kPartRow);
}

int ScoreDetailModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_parts.size());
    if (parent.internalId() != kPartRow || parent.column() != 0 || parent.row() >= m_parts.size())
        return 0;
    return int(m_score.components.at(m_parts.at(parent.row())).items.size());
}

int ScoreDetailModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScoreDetailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kPartRow) {
        if (index.row() >= m_parts.size())
            return {};
        return partData(m_score.components.at(m_parts.at(index.row())), index.column(), role);
    }
    const int partRow = int(index.internalId() - 1);
    if (partRow >= m_parts.size())
        return {};
    const ScoreComponent &part = m_score.components.at(m_parts.at(partRow));
    if (index.row() >= part.items.size())
        return {};
    if (role == PartRole)
        return int(part.part);
    return itemData(part.items.at(index.row()), index.column(), role);
}

QVariant ScoreDetailModel::partData(const ScoreComponent &part, int column, int role) const
{
    switch (role) {
    case PartRole:
        return int(part.part);
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return DispatchScoring::partName(part.part);
        case PointsColumn:
            return points(part.points);
        case DetailColumn: {
            if (part.part == ScorePart::Base)
                return QString();
            QString detail = isTaskPart(part.part) ? part.formula
                             : part.count == part.items.size()
                                 ? tr("%1 counted").arg(QLocale().toString(part.count))
                                 : tr("%1 of %2 counted")
                                       .arg(QLocale().toString(part.count),
                                            QLocale().toString(part.items.size()));
            if (part.capped)
                detail = tr("%1 · cap reached").arg(detail);
            return detail;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == DetailColumn && isTaskPart(part.part)
                   ? tr("Counted tasks / annual tasks × points")
                   : partData(part, column, Qt::DisplayRole);
    case Qt::FontRole:
        if (column == PointsColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == PointsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ScoreDetailModel::itemData(const ScoreItem &item, int column, int role) const
{
    switch (role) {
    case TaskIdRole:
        return item.taskId;
    case EventIdRole:
        return item.eventId;
    case ReportIdRole:
        return item.reportId;
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return item.text;
        case PointsColumn:
            return item.counted ? points(item.points) : tr("not counted");
        case DetailColumn:
            return item.why;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return itemData(item, column, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return column == PointsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ScoreDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == PointsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Part of the score");
    case PointsColumn:
        return tr("Points");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace cp::ui
